"""Notebook hygiene: committed executed, in order, clean outputs, findings backed by outputs."""

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


@pytest.mark.parametrize("path", [p for p in NOTEBOOKS if p.name != "template.ipynb"], ids=lambda p: p.name)
def test_numbers_in_findings_are_visible_in_outputs_above(path):
    nb = _load(path)
    seen = ""
    checked = 0
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            seen += "\n" + _output_text(cell)
            continue
        src = "".join(cell["source"])
        if not src.lstrip().startswith("## Findings"):
            continue
        body = re.sub(r"`[^`]*`", "", src)  # code spans name things, they are not findings
        body = re.sub(r"\b0\d{2}\b", "", body)  # article ids 000-004
        for number in NUMBER_RE.findall(body.split("\n", 1)[1]):
            checked += 1
            assert number in seen, f"{path.name}: finding number {number} is not in any output above"
    assert checked > 0, f"{path.name} states no number in its findings"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_machine_paths_in_outputs(path):
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"/(home|root|work|tmp|Users)/", text)
