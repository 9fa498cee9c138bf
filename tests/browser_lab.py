"""Run notebooks the way a researcher does: open them in JupyterLab in a real browser.

This module starts a private JupyterLab server, drives headless Chromium (Debian's package,
through Playwright) to open a notebook, clear its outputs and choose *Run → Run All Cells*,
waits until the kernel has finished, and reports what the page shows: error outputs, which
figure cells display an image, and a screenshot of the whole notebook.

It is a helper for ``tests/test_browser.py`` and has no side effects at import.

Example
-------
>>> with running_lab(root_dir) as lab:                                  # doctest: +SKIP
...     result = run_notebook_in_lab(lab, root_dir / "01-x.ipynb", screenshot=png)
...     assert not result.errors and not result.missing_images
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import nbformat

if TYPE_CHECKING:  # playwright is imported lazily so that a missing install can skip cleanly
    from playwright.sync_api import Browser, Page

CHROMIUM_ARGS = [
    "--no-sandbox",  # we run as root in CI; Chromium refuses its sandbox there
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1400, "height": 1000}
#: Tallest viewport used for a whole-notebook screenshot; taller notebooks are cut here.
MAX_SCREENSHOT_HEIGHT = 32_000
SERVER_START_TIMEOUT = 90.0
NOTEBOOK_TIMEOUT = 240.0
POLL_INTERVAL = 0.25

#: User settings for the private JupyterLab: no autosave (the run must not write back),
#: every cell attached to the DOM (so off-screen outputs can be checked and photographed),
#: no blank space after the last cell, no news or update pop-ups (the network is closed).
LAB_SETTINGS: dict[str, dict[str, Any]] = {
    "@jupyterlab/docmanager-extension/plugin": {"autosave": False},
    "@jupyterlab/notebook-extension/tracker": {
        "windowingMode": "none",
        "scrollPastEnd": False,
    },
    "@jupyterlab/apputils-extension/notification": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
}


@dataclass
class LabServer:
    """A JupyterLab server started by :func:`running_lab`, and the browser that drives it.

    Attributes
    ----------
    url : str
        Base URL ending in ``/``, e.g. ``http://127.0.0.1:PORT/``.
    token : str
        The random token the server accepts.
    root_dir : Path
        Directory the server serves; notebook paths are relative to it.
    process : subprocess.Popen
        The server process (stopped by its own id when the context ends).
    browser : Browser
        Headless Chromium; each notebook gets a fresh context.
    log_path : Path
        Where the server's stdout and stderr go (shown when something fails).
    """

    url: str
    token: str
    root_dir: Path
    process: subprocess.Popen[bytes]
    browser: Browser
    log_path: Path

    def api(self, method: str, endpoint: str) -> Any:
        """Call the Jupyter REST API (``endpoint`` like ``api/sessions``) and decode JSON."""
        req = urllib.request.Request(
            self.url + endpoint,
            method=method,
            headers={"Authorization": f"token {self.token}"},
        )
        with urllib.request.urlopen(req, timeout=10) as resp:
            body = resp.read()
        return json.loads(body) if body else None

    def log_tail(self, n: int = 40) -> str:
        """Return the last ``n`` lines of the server log."""
        try:
            lines = self.log_path.read_text(errors="replace").splitlines()
        except OSError:
            return ""
        return "\n".join(lines[-n:])


@dataclass
class Result:
    """What the browser showed after *Run All Cells* on one notebook.

    Attributes
    ----------
    notebook : str
        Path of the notebook relative to the server's root.
    errors : list of str
        One line per error output (``cell 3: ValueError: boom``), or a timeout / dialog
        message; empty when the run was clean.
    n_images : int
        Number of loaded ``<img>`` elements in output areas after the run.
    missing_images : list of int
        Indices of figure cells (committed outputs contain ``image/png``) that show no
        loaded image after the run.
    screenshot : Path or None
        The PNG written, if one was asked for.
    figure_cells : list of int
        Indices of the figure cells that were checked.
    stderr : list of str
        stderr stream outputs of the run (warnings), ``cell N: text``; reported, not judged.
    notes : list of str
        Anything else worth knowing, e.g. a *Select Kernel* dialog that had to be accepted.
    seconds : float
        Wall time from opening the notebook to the screenshot.
    """

    notebook: str
    errors: list[str] = field(default_factory=list)
    n_images: int = 0
    missing_images: list[int] = field(default_factory=list)
    screenshot: Path | None = None
    figure_cells: list[int] = field(default_factory=list)
    stderr: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when there is no error and no figure cell misses its image."""
        return not self.errors and not self.missing_images


def find_chromium() -> str | None:
    """Return the path of the system Chromium (Debian's ``chromium``), or None."""
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def figure_cells(nb: nbformat.NotebookNode) -> list[int]:
    """Indices of code cells whose committed outputs contain ``image/png``."""
    return [
        i
        for i, cell in enumerate(nb.cells)
        if cell.cell_type == "code"
        and any("image/png" in out.get("data", {}) for out in cell.get("outputs", []))
    ]


def error_outputs(nb: nbformat.NotebookNode) -> list[str]:
    """One line per ``error`` output in ``nb``: ``cell N: EName: value``."""
    found = []
    for i, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []) if cell.cell_type == "code" else []:
            if out.get("output_type") == "error":
                found.append(f"cell {i}: {out.get('ename')}: {out.get('evalue')}")
    return found


def stderr_outputs(nb: nbformat.NotebookNode) -> list[str]:
    """One entry per stderr stream output in ``nb``: ``cell N: text``."""
    return [
        f"cell {i}: {out.get('text', '').strip()}"
        for i, cell in enumerate(nb.cells)
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
        if out.get("output_type") == "stream" and out.get("name") == "stderr"
    ]


def _write_isolated_jupyter_dirs(base: Path) -> dict[str, str]:
    """Create config/data/settings dirs under ``base`` and return the env vars naming them.

    The ``python3`` kernelspec is written with this interpreter (``sys.executable``) as
    its argv[0], on ``JUPYTER_PATH`` (searched before user and system dirs), so notebooks
    run in the project venv whatever else is installed on the machine.
    """
    kernel_dir = base / "path" / "kernels" / "python3"
    kernel_dir.mkdir(parents=True)
    spec = {
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
        "metadata": {"debugger": True},
    }
    (kernel_dir / "kernel.json").write_text(json.dumps(spec, indent=1))
    settings = base / "lab-settings"
    for plugin, values in LAB_SETTINGS.items():
        target = settings / f"{plugin}.jupyterlab-settings"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(values, indent=1))
    dirs = {
        "JUPYTER_PATH": base / "path",
        "JUPYTER_CONFIG_DIR": base / "config",
        "JUPYTER_DATA_DIR": base / "data",
        "JUPYTER_RUNTIME_DIR": base / "runtime",
        "JUPYTERLAB_SETTINGS_DIR": settings,
        "JUPYTERLAB_WORKSPACES_DIR": base / "workspaces",
        "IPYTHONDIR": base / "ipython",
    }
    for d in dirs.values():
        d.mkdir(parents=True, exist_ok=True)
    return {k: str(v) for k, v in dirs.items()}


def _server_env(base: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    """Environment for the server: isolated Jupyter dirs, the venv's bin first on PATH."""
    env = dict(os.environ)
    env.update(extra or {})
    # The kernel inherits this environment; MPLBACKEND=Agg would stop inline figures.
    env.pop("MPLBACKEND", None)
    env.update(_write_isolated_jupyter_dirs(base))
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _wait_for_server(server: LabServer, timeout: float) -> None:
    """Block until ``api/status`` answers, or raise if the process dies or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(
                f"JupyterLab exited with code {server.process.returncode}:\n{server.log_tail()}"
            )
        try:
            server.api("GET", "api/status")
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(POLL_INTERVAL)
    raise TimeoutError(f"JupyterLab did not answer within {timeout:.0f} s:\n{server.log_tail()}")


def _stop_process(process: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    """Stop the server by its own pid (SIGTERM, then SIGKILL) and reap it."""
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)  # jupyter_server shuts its kernels down on SIGTERM
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=timeout)


@contextlib.contextmanager
def running_lab(
    root_dir: Path, chromium: str | None = None, env: dict[str, str] | None = None
) -> Iterator[LabServer]:
    """Start JupyterLab on 127.0.0.1 (random port and token) serving ``root_dir``, and Chromium.

    Both are stopped when the context exits: the browser is closed and the server is
    stopped by its own process id, then waited for.

    Parameters
    ----------
    root_dir : Path
        Directory to serve. Pass a scratch copy: the browser run may save into it.
    chromium : str, optional
        Chromium executable; default :func:`find_chromium`.
    env : dict, optional
        Extra environment variables for the server and so for every kernel it starts.
    """
    from playwright.sync_api import sync_playwright

    executable = chromium or find_chromium()
    if executable is None:
        raise FileNotFoundError("chromium not found on PATH")
    with tempfile.TemporaryDirectory(prefix="vocstudy-lab-") as tmp:
        base = Path(tmp)
        port, token = free_port(), secrets.token_hex(24)
        cmd = [
            sys.executable,
            "-m",
            "jupyterlab",
            "--no-browser",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={port}",
            "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={token}",
            f"--ServerApp.root_dir={Path(root_dir).resolve()}",
            "--LabApp.news_url=",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        ]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            cmd.append("--allow-root")
        log_path = base / "server.log"
        with open(log_path, "wb") as log, sync_playwright() as pw:
            process = subprocess.Popen(
                cmd,
                cwd=root_dir,
                env=_server_env(base, env),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            browser = None
            try:
                browser = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
                server = LabServer(
                    url=f"http://127.0.0.1:{port}/",
                    token=token,
                    root_dir=Path(root_dir).resolve(),
                    process=process,
                    browser=browser,
                    log_path=log_path,
                )
                _wait_for_server(server, SERVER_START_TIMEOUT)
                yield server
            finally:
                if browser is not None:
                    browser.close()
                _stop_process(process)


# ---------------------------------------------------------------- driving one notebook


def _session_for(server: LabServer, rel: str) -> dict[str, Any] | None:
    """The REST session whose path is ``rel``, if the page has started one."""
    for sess in server.api("GET", "api/sessions"):
        if sess.get("path") == rel:
            return sess
    return None


def _kernel_state(server: LabServer, rel: str) -> str | None:
    """``execution_state`` of the kernel of notebook ``rel`` (idle/busy/starting), or None."""
    sess = _session_for(server, rel)
    if not sess or not sess.get("kernel"):
        return None
    kernel = server.api("GET", f"api/kernels/{sess['kernel']['id']}")
    return kernel.get("execution_state")


def _dismiss_dialog(page: Page) -> str | None:
    """Accept a modal dialog (e.g. *Select Kernel*) if one is open; return its title."""
    dialog = page.locator(".jp-Dialog")
    if dialog.count() == 0:
        return None
    title = dialog.locator(".jp-Dialog-header").inner_text().strip()
    dialog.locator(".jp-Dialog-button.jp-mod-accept").first.click()
    return title or "dialog"


def _menu(page: Page, menu: str, command: str) -> None:
    """Click main-menu ``menu`` (e.g. ``Run``), then the item bound to ``command``."""
    page.locator("#jp-MainMenu .lm-MenuBar-item", has_text=menu).first.click()
    item = page.locator(f'.lm-Menu-item[data-command="{command}"]').first
    item.wait_for(state="visible", timeout=10_000)
    item.click()


_PROMPTS_JS = """
() => Array.from(document.querySelectorAll(
        '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputArea-prompt'))
      .map(e => e.textContent.trim())
"""

_IMAGES_JS = """
() => Array.from(document.querySelectorAll(
        '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell'))
      .map(cell => Array.from(cell.querySelectorAll('.jp-OutputArea-output img'))
                        .filter(img => img.complete && img.naturalWidth > 0).length)
"""


def _wait_until_run_done(page: Page, server: LabServer, rel: str, timeout: float) -> str | None:
    """Poll DOM prompts and the kernel's REST state until the run is over.

    The run is over when some code cell has an execution count (outputs were cleared
    first, so any number comes from this run), no prompt shows ``[*]``, and the kernel
    reports ``idle`` — on two polls in a row. Returns an error message on timeout.
    """
    deadline = time.monotonic() + timeout
    calm = 0
    while time.monotonic() < deadline:
        prompts = page.evaluate(_PROMPTS_JS)
        if not prompts:
            return None
        running = any("*" in p for p in prompts)
        started = any(any(ch.isdigit() for ch in p) for p in prompts)
        idle = _kernel_state(server, rel) == "idle"
        calm = calm + 1 if (started and not running and idle) else 0
        if calm >= 2:
            return None
        time.sleep(POLL_INTERVAL * 2)
    prompts = page.evaluate(_PROMPTS_JS)
    done = sum(any(ch.isdigit() for ch in p) for p in prompts)
    return f"timed out after {timeout:.0f} s: {done} of {len(prompts)} code cells ran"


def _wait_for_kernel_ready(page: Page, server: LabServer, rel: str, timeout: float) -> list[str]:
    """Wait for the notebook's kernel to be idle, accepting dialogs; return dialog titles."""
    dialogs: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        title = _dismiss_dialog(page)
        if title:
            dialogs.append(title)
        if _kernel_state(server, rel) == "idle":
            return dialogs
        time.sleep(POLL_INTERVAL)
    raise TimeoutError(f"kernel for {rel} not idle after {timeout:.0f} s:\n{server.log_tail()}")


def _whole_json(path: Path) -> bool:
    """Whether the file holds a complete JSON document (a notebook written to the end)."""
    try:
        json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return True


def _save(page: Page, server: LabServer, rel: str, timeout: float = 30.0) -> None:
    """Save the notebook through the UI (File → Save) and wait until it is on disk."""
    target = server.root_dir / rel
    before = target.stat().st_mtime_ns
    _menu(page, "File", "docmanager:save")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if target.stat().st_mtime_ns != before:
            # the tab drops its dirty mark once the server confirmed the save, and the
            # file is whole: a new mtime can be the file truncated, not yet written
            # (read empty once in CI)
            if page.locator(
                ".jp-NotebookPanel:not(.lm-mod-hidden).jp-mod-dirty"
            ).count() == 0 and _whole_json(target):
                return
        _dismiss_dialog(page)
        time.sleep(POLL_INTERVAL)
    raise TimeoutError(f"saving {rel} did not finish within {timeout:.0f} s")


def _screenshot_whole_notebook(page: Page, path: Path) -> bool:
    """Grow the viewport to the notebook's full height, then photograph the page.

    Returns False when the notebook is taller than :data:`MAX_SCREENSHOT_HEIGHT` and the
    picture is cut there.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    scroller = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer")
    extra = scroller.evaluate("e => e.scrollHeight - e.clientHeight")
    wanted = VIEWPORT["height"] + max(0, int(extra)) + 40
    height = min(wanted, MAX_SCREENSHOT_HEIGHT)
    page.set_viewport_size({"width": VIEWPORT["width"], "height": height})
    scroller.evaluate("e => e.scrollTo(0, 0)")
    page.wait_for_timeout(500)  # let the layout settle after the resize
    page.screenshot(path=str(path))
    page.set_viewport_size(VIEWPORT)
    return wanted <= MAX_SCREENSHOT_HEIGHT


def run_notebook_in_lab(
    server: LabServer,
    path: Path,
    *,
    screenshot: Path | None = None,
    timeout: float = NOTEBOOK_TIMEOUT,
) -> Result:
    """Open ``path`` in JupyterLab, clear outputs, *Run All Cells*, and check what shows.

    Parameters
    ----------
    server : LabServer
        From :func:`running_lab`; ``path`` must lie under its ``root_dir``.
    path : Path
        The notebook. Its committed outputs tell which cells are figure cells. The browser
        saves the run into this file, so it must be a scratch copy.
    screenshot : Path, optional
        Where to write a PNG of the whole notebook after the run.
    timeout : float
        Seconds the run may take before it counts as an error.

    Returns
    -------
    Result
        Errors (from the saved run: ``error`` outputs only, not warnings), image counts,
        figure cells missing their image, and the screenshot path.
    """
    start = time.monotonic()
    path = Path(path).resolve()
    rel = path.relative_to(server.root_dir).as_posix()
    committed = nbformat.read(path, as_version=4)
    result = Result(notebook=rel, figure_cells=figure_cells(committed))

    context = server.browser.new_context(viewport=VIEWPORT, device_scale_factor=1)
    page = context.new_page()
    try:
        workspace = "t" + secrets.token_hex(6)  # a fresh workspace: no tabs restored
        page.goto(
            f"{server.url}lab/workspaces/{workspace}/tree/{urllib.parse.quote(rel)}"
            f"?token={server.token}"
        )
        page.locator(".jp-NotebookPanel .jp-Notebook").first.wait_for(timeout=60_000)
        for title in _wait_for_kernel_ready(page, server, rel, timeout=60.0):
            result.notes.append(f"dialog accepted on open: {title}")
        cells = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell")
        n_dom = cells.count()
        if n_dom != len(committed.cells):
            result.errors.append(
                f"page shows {n_dom} cells, file has {len(committed.cells)} (windowing on?)"
            )
        # Hide the file browser so the notebook gets the page width in the screenshot.
        current = page.locator(".jp-SideBar.jp-mod-left .lm-TabBar-tab.lm-mod-current")
        if current.count():
            current.first.click()

        _menu(page, "Edit", "editmenu:clear-all")
        page.wait_for_function(  # every prompt back to [ ]: any number later is this run's
            f"() => ({_PROMPTS_JS})().every(p => !/[0-9*]/.test(p))", timeout=10_000
        )
        _menu(page, "Run", "runmenu:run-all")
        problem = _wait_until_run_done(page, server, rel, timeout)
        if problem:
            result.errors.append(problem)

        images = page.evaluate(_IMAGES_JS)
        result.n_images = sum(images)
        result.missing_images = [
            i for i in result.figure_cells if i >= len(images) or images[i] == 0
        ]
        if screenshot is not None:
            if not _screenshot_whole_notebook(page, screenshot):
                result.notes.append(f"screenshot cut at {MAX_SCREENSHOT_HEIGHT} px")
            result.screenshot = screenshot

        _save(page, server, rel)
        ran = nbformat.read(path, as_version=4)
        result.errors.extend(error_outputs(ran))
        result.stderr.extend(stderr_outputs(ran))
    finally:
        context.close()
        with contextlib.suppress(urllib.error.URLError, OSError):
            sess = _session_for(server, rel)
            if sess:  # shut the kernel down so the next notebook has the CPU
                server.api("DELETE", f"api/sessions/{sess['id']}")
    result.seconds = time.monotonic() - start
    return result
