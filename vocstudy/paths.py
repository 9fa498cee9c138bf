"""Where things live: the project root, the seeds, the shipped data and the cache.

Paths are resolved from this file, never from the current directory, so notebooks and
scripts behave the same wherever they are started.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent
DATA_DIR = PACKAGE_DIR / "data"
SEEDS_DIR = PROJECT_ROOT / "seeds"
FIGURES_DIR = PROJECT_ROOT / "figures"


def cache_dir() -> Path:
    """Return (and create) the directory for derived caches such as jieba's model cache.

    ``$VOCSTUDY_CACHE`` wins; otherwise ``.cache/`` in the project root when it is
    writable, else ``~/.cache/vocstudy``.

    Examples
    --------
    >>> cache_dir().is_dir()
    True
    """
    env = os.environ.get("VOCSTUDY_CACHE")
    candidates = [Path(env)] if env else []
    candidates += [PROJECT_ROOT / ".cache", Path.home() / ".cache" / "vocstudy"]
    for cand in candidates:
        try:
            cand.mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        if os.access(cand, os.W_OK):
            return cand
    raise OSError("no writable cache directory; set VOCSTUDY_CACHE to one")


def figures_dir() -> Path:
    """Where notebooks write figures: ``$VOCSTUDY_FIGURES`` or the repository's ``figures/``.

    The test suite points the variable at a temporary folder, re-runs the notebooks and
    compares the bytes with the committed figures.

    Examples
    --------
    >>> figures_dir().name in {"figures"} or "VOCSTUDY_FIGURES" in os.environ
    True
    """
    env = os.environ.get("VOCSTUDY_FIGURES")
    return Path(env) if env else FIGURES_DIR


def data_path(name: str) -> Path:
    """Return the path of a shipped data file in ``vocstudy/data``.

    Examples
    --------
    >>> data_path("terms.txt").name
    'terms.txt'
    """
    return DATA_DIR / name
