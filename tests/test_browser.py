"""Open every notebook in JupyterLab in a real browser, Run All Cells, and look at it.

This is what a researcher does, so it catches what nbval cannot: a notebook that only
runs from the command line, a figure that is saved but not shown, a kernel that is not
the project's. One JupyterLab server serves a scratch copy of ``notebooks/`` for the whole
module, so the committed notebooks are never written (JupyterLab saves into the copy).
Screenshots land in ``build/screenshots/<notebook-stem>.png`` (git-ignored).

Needs Debian's ``chromium`` (``.ci/install-browser``). Without it the module skips —
unless ``CI`` is set, where a missing browser is a failure, not a silent skip.
"""

from __future__ import annotations

import base64
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest
from browser_lab import LabServer, Result, find_chromium, run_notebook_in_lab, running_lab
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

REPO = Path(__file__).resolve().parents[1]
NOTEBOOK_DIR = REPO / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))
SCREENSHOTS = REPO / "build" / "screenshots"
SELFTEST = "_selftest"  # subfolder of the scratch root for the notebooks written here

# A 1x1 PNG, used as the committed output of a figure cell that will not draw.
TINY_PNG = base64.b64encode(
    bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c63f8cfc0f01f0005000201a5f8cd2d0000000049454e44ae426082"
    )
).decode()


def _unavailable(reason: str) -> None:
    """Skip locally; fail under CI, where a missing browser must not pass as a skip."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so this is a failure, not a skip)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LabServer]:
    """One JupyterLab (random port and token) over a scratch copy of ``notebooks/``."""
    if find_chromium() is None:
        _unavailable("chromium not found on PATH: run .ci/install-browser")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _unavailable("playwright is not installed: pip install -e '.[test]'")
    # one screenshot per notebook: drop those of notebooks that no longer exist
    for stale in SCREENSHOTS.glob("*.png"):
        if stale.stem not in {p.stem for p in NOTEBOOKS}:
            stale.unlink()
    root = tmp_path_factory.mktemp("lab") / "notebooks"
    if NOTEBOOK_DIR.is_dir():
        shutil.copytree(NOTEBOOK_DIR, root, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    (root / SELFTEST).mkdir(parents=True, exist_ok=True)
    # notebooks save figures through vocstudy; send them to scratch, not to figures/
    figures = tmp_path_factory.mktemp("figures")
    with running_lab(root, env={"VOCSTUDY_FIGURES": str(figures)}) as server:
        yield server


def _explain(result: Result) -> str:
    """A failure message a reader can act on."""
    lines = [f"{result.notebook} in JupyterLab:"]
    lines += [f"  error: {e}" for e in result.errors]
    lines += [f"  figure cell {i} shows no image" for i in result.missing_images]
    lines += [f"  stderr: {s[:300]}" for s in result.stderr]
    lines += [f"  note: {n}" for n in result.notes]
    if result.screenshot:
        lines.append(f"  screenshot: {result.screenshot}")
    return "\n".join(lines)


def _write(lab: LabServer, name: str, cells: list[nbformat.NotebookNode]) -> Path:
    """Write a python3 notebook into the scratch root's self-test folder."""
    nb = new_notebook(
        cells=cells,
        metadata={
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}
        },
    )
    path = lab.root_dir / SELFTEST / name
    nbformat.write(nb, path)
    return path


def _figure_output() -> nbformat.NotebookNode:
    """A committed ``display_data`` output holding a PNG, as a saved figure cell has."""
    return new_output(
        "display_data", data={"image/png": TINY_PNG, "text/plain": "<Figure size 640x480>"}
    )


def test_repository_has_notebooks() -> None:
    """The compendium always has notebooks; an empty glob means a broken layout."""
    assert NOTEBOOKS, f"no notebooks found in {NOTEBOOK_DIR}: nothing to open in JupyterLab"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_in_jupyterlab(lab: LabServer, notebook: Path) -> None:
    """Run All Cells shows no error and every figure cell displays its image."""
    result = run_notebook_in_lab(
        lab, lab.root_dir / notebook.name, screenshot=SCREENSHOTS / f"{notebook.stem}.png"
    )
    assert result.ok, _explain(result)
    assert result.n_images >= len(result.figure_cells)
    assert result.screenshot is not None and result.screenshot.stat().st_size > 0


def test_good_notebook_passes(lab: LabServer, tmp_path: Path) -> None:
    """The check itself: Chinese text and an inline matplotlib figure come out clean."""
    path = _write(
        lab,
        "good.ipynb",
        [
            new_markdown_cell("# 自检\n\n产教融合"),
            new_code_cell("import sys\nimport matplotlib.pyplot as plt\nprint(sys.prefix)"),
            new_code_cell("print('成渝地区双城经济圈')"),
            new_code_cell(
                "fig, ax = plt.subplots()\n_ = ax.plot([1, 3, 2])", outputs=[_figure_output()]
            ),
        ],
    )
    result = run_notebook_in_lab(lab, path, screenshot=tmp_path / "good.png")
    assert result.ok, _explain(result)
    assert result.figure_cells == [3]
    assert result.n_images == 1
    assert result.screenshot is not None and result.screenshot.stat().st_size > 0
    # The kernel is this interpreter's environment (the project venv), nothing else.
    saved = nbformat.read(path, as_version=4)
    assert saved.cells[1].outputs[0]["text"].strip() == sys.prefix
    assert saved.cells[2].outputs[0]["text"].strip() == "成渝地区双城经济圈"
    spec = lab.api("GET", "api/kernelspecs")["kernelspecs"]["python3"]["spec"]
    assert spec["argv"][0] == sys.executable


def test_failing_cell_is_reported(lab: LabServer) -> None:
    """A cell that raises makes the check fail, naming the cell and the exception."""
    path = _write(
        lab,
        "raises.ipynb",
        [
            new_code_cell("print('before')"),
            new_code_cell('raise ValueError("boom")'),
            new_code_cell("print('after')"),
        ],
    )
    result = run_notebook_in_lab(lab, path)
    assert result.errors, _explain(result)
    assert not result.ok
    assert any("ValueError: boom" in e and e.startswith("cell 1:") for e in result.errors)


def test_figure_cell_without_image_is_reported(lab: LabServer) -> None:
    """A figure cell (committed PNG) that no longer draws is flagged as missing its image."""
    path = _write(
        lab,
        "no-figure.ipynb",
        [
            new_code_cell("import matplotlib.pyplot as plt"),
            new_code_cell("fig, ax = plt.subplots()\nplt.close(fig)", outputs=[_figure_output()]),
        ],
    )
    result = run_notebook_in_lab(lab, path)
    assert not result.errors, _explain(result)
    assert result.missing_images == [1]
    assert not result.ok


def test_committed_notebooks_are_not_written(lab: LabServer) -> None:
    """The server serves a scratch copy outside the repository, so no save reaches notebooks/.

    (A before/after hash of ``notebooks/`` would say the same in CI, but turns red on a
    workstation where someone re-executes a notebook while this module runs.)
    """
    assert lab.root_dir != NOTEBOOK_DIR.resolve()
    assert REPO not in lab.root_dir.parents
    assert sorted(p.name for p in lab.root_dir.glob("*.ipynb")) == [p.name for p in NOTEBOOKS]
