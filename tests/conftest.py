"""Shared test set-up.

Notebooks run under nbval write their figures into a temporary folder (via
``VOCSTUDY_FIGURES``), so ``make test`` never touches the committed ``figures/``;
``tests/test_figures.py`` re-executes the notebooks and compares bytes.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent

settings.register_profile("ci", deadline=None, max_examples=150, derandomize=True)
settings.load_profile("ci")

_FIG_TMP = tempfile.mkdtemp(prefix="vocstudy-figures-")
os.environ.setdefault("VOCSTUDY_FIGURES", _FIG_TMP)


@pytest.fixture(scope="session")
def corpus():
    import vocstudy as vs

    return vs.load_corpus()


@pytest.fixture(autouse=True)
def _fresh_workers():
    """Worker processes kept by calls with ``n_jobs`` > 1 hold the package as it was
    when they started; a test that patched something must not hand them on."""
    yield
    from vocstudy import _parallel

    _parallel.close_workers()
