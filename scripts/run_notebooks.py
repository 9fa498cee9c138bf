"""Execute the notebooks in order, in place, and optionally render them to HTML.

Used by ``make report``. Outputs are stored without timing metadata so that a re-run
on the same inputs leaves the files byte-identical (``git status`` stays clean).

    python scripts/run_notebooks.py [--html build/report] [notebooks/01-….ipynb …]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from vocstudy.cli import render_html  # shared with `vocstudy report`

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"


def execute(path: Path, timeout: int = 600) -> None:
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        record_timing=False,
        # one output per stream: how the kernel's stdout is cut into messages depends on
        # timing, and would otherwise change the stored bytes from run to run
        coalesce_streams=True,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    nbformat.write(nb, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path)
    parser.add_argument("--html", type=Path, help="also render HTML into this folder")
    args = parser.parse_args(argv)
    paths = args.notebooks or [
        *sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb")),
        NOTEBOOKS / "template.ipynb",
    ]
    for path in paths:
        print(f"executing {path.relative_to(ROOT) if path.is_absolute() else path}", flush=True)
        execute(path.resolve())
    if args.html:
        index = render_html([p.resolve() for p in paths], args.html)
        print(f"HTML report: {index.relative_to(ROOT) if index.is_absolute() else index}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
