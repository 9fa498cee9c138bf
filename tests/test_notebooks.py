"""Notebook hygiene: committed executed, in order, clean outputs, findings computed from the tables."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
NAME_RE = re.compile(r"^\d{2}-[a-z0-9-]+\.ipynb$")
NUMBER_RE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\w])")


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _output_text(cell: dict) -> str:
    parts = []
    for out in cell.get("outputs", []):
        if "text" in out:
            parts.append("".join(out["text"]))
        for mime, value in out.get("data", {}).items():
            if mime.startswith("text/"):
                parts.append("".join(value))
    return "\n".join(parts)


def test_the_notebook_sequence_is_complete():
    names = [p.name for p in NOTEBOOKS]
    assert "template.ipynb" in names
    numbered = [n for n in names if n[:2].isdigit()]
    assert [n[:2] for n in numbered] == [f"{i:02d}" for i in range(1, len(numbered) + 1)]
    assert len(numbered) >= 5


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_executed_in_order_without_errors(path):
    nb = _load(path)
    assert NAME_RE.match(path.name) or path.name == "template.ipynb"
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert [c["execution_count"] for c in code] == list(range(1, len(code) + 1))
    for c in code:
        for out in c["outputs"]:
            assert out["output_type"] != "error", c["source"]
            assert out.get("name") != "stderr", (path.name, "".join(out.get("text", "")))
    first = "".join(nb["cells"][0]["source"])
    assert first.startswith("# "), "a notebook opens with its question as H1"
    last = "".join(code[-1]["source"])
    assert last.startswith("# NBVAL_IGNORE_OUTPUT"), "the versions cell closes the notebook"


FINDINGS = [p for p in NOTEBOOKS if p.name[:2] in {"01", "02", "03", "04", "05"}]


@pytest.mark.parametrize("path", FINDINGS, ids=lambda p: p.name)
def test_findings_are_computed_not_written(path):
    """The findings of 01-05 are a code cell's output, so every number in them comes from
    the tables (and stays right on another corpus); no markdown cell states findings."""
    nb = _load(path)
    computed = []
    for cell in nb["cells"]:
        if cell["cell_type"] == "markdown":
            src = "".join(cell["source"])
            assert not src.lstrip().startswith("## Findings"), (
                f"{path.name}: findings written by hand"
            )
        elif "## Findings" in "".join(cell["source"]):
            computed.append(_output_text(cell))
    assert len(computed) == 1, f"{path.name}: one cell computes the findings"
    text = computed[0]
    assert text.lstrip().startswith("## Findings")
    assert NUMBER_RE.search(re.sub(r"\b0\d{2}\b", "", text)), (
        f"{path.name}: findings state no number"
    )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_machine_paths_in_outputs(path):
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"/(home|root|work|tmp|Users)/", text)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_one_output_per_stream(path):
    """How a kernel cuts stdout into messages depends on timing; stored notebooks hold one
    output per run of a stream, so that re-running them gives the same bytes."""
    for cell in _load(path)["cells"]:
        outs = cell.get("outputs", [])
        for a, b in zip(outs, outs[1:]):
            assert not (
                a["output_type"] == b["output_type"] == "stream" and a["name"] == b["name"]
            ), (path.name, cell.get("id"))


def test_run_notebooks_joins_a_stream_cut_by_timing(tmp_path):
    import importlib.util

    import nbformat

    spec = importlib.util.spec_from_file_location(
        "run_notebooks", ROOT / "scripts" / "run_notebooks.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell(
            "import sys, time\nprint('a', end='')\nsys.stdout.flush()\ntime.sleep(0.3)\nprint('b')"
        )
    ]
    path = tmp_path / "split.ipynb"
    nbformat.write(nb, path)
    mod.execute(path)
    outs = nbformat.read(path, as_version=4).cells[0].outputs
    assert [(o.output_type, o.name, o.text) for o in outs] == [("stream", "stdout", "ab\n")]
