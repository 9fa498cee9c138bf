"""Figures are written only by notebooks and are byte-identical when re-built."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
COMMITTED = sorted((ROOT / "figures").glob("*.png"))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("figures")
    old = os.environ.get("VOCSTUDY_FIGURES")
    os.environ["VOCSTUDY_FIGURES"] = str(out)
    try:
        for path in NOTEBOOKS:
            nb = nbformat.read(path, as_version=4)
            NotebookClient(
                nb,
                timeout=600,
                kernel_name="python3",
                resources={"metadata": {"path": str(path.parent)}},
            ).execute()
    finally:
        if old is None:
            del os.environ["VOCSTUDY_FIGURES"]
        else:
            os.environ["VOCSTUDY_FIGURES"] = old
    return out


def test_every_committed_figure_is_named_after_a_notebook():
    prefixes = {p.name[:2] for p in NOTEBOOKS}
    assert COMMITTED, "figures/ is empty: run `make report`"
    for fig in COMMITTED:
        assert fig.name[:2] in prefixes, fig.name


def test_rebuilt_figures_are_byte_identical(rebuilt):
    made = sorted(p.name for p in rebuilt.glob("*.png"))
    assert made == [p.name for p in COMMITTED], (
        "notebooks and figures/ disagree on which figures exist"
    )
    for fig in COMMITTED:
        assert _sha(rebuilt / fig.name) == _sha(fig), f"{fig.name} differs when re-built"
