"""Run a per-document function over many documents, optionally in processes.

Every analysis helper is written as a pure function of one document that returns a list
of row tuples; :func:`map_docs` applies it in document order, so results are identical
whatever ``n_jobs`` is.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def _want_progress(progress: bool | None, total: int) -> bool:
    if progress is not None:
        return progress
    if total < 200:
        return False
    if "ipykernel" in sys.modules:  # never in notebooks: nbval compares stderr
        return False
    return sys.stderr.isatty()


def _run_chunk(func: Callable[..., R], chunk: Sequence[Any], args: tuple) -> tuple[list[R], dict]:
    """A worker's results for a chunk, with the per-text results its memos computed
    (:mod:`vocstudy._shared`): the parent keeps them, so that the workers of the next
    helper, forked from it, read the place scan back instead of scanning again."""
    from . import _shared

    _shared.start_journal()
    try:
        out = [func(item, *args) for item in chunk]
    finally:
        journal = _shared.take_journal()
    return out, journal


def map_docs(
    func: Callable[..., R],
    items: Sequence[T],
    *args: Any,
    n_jobs: int = 1,
    progress: bool | None = None,
    desc: str = "",
) -> list[R]:
    """Apply ``func(item, *args)`` to every item, in order.

    Parameters
    ----------
    func : callable
        A module-level (picklable) function of one item.
    items : sequence
        The items, e.g. ``(doc_id, text)`` tuples.
    n_jobs : int
        Number of processes; ``1`` runs in this process, ``-1`` uses every core.
    progress : bool or None
        Show a progress bar on stderr. ``None``: only for long work on a terminal,
        never inside a notebook kernel.
    desc : str
        Label of the progress bar.

    Returns
    -------
    list
        ``[func(item, *args) for item in items]``, in the order of ``items``.

    Examples
    --------
    >>> map_docs(len, ["ab", "c"])
    [2, 1]
    """
    items = list(items)
    # one batch holding every result: map_frames with the identity "table"
    return map_frames(func, items, *args, to_frame=list, n_jobs=n_jobs, progress=progress,
                      desc=desc, batch_size=max(1, len(items)))[0]


def map_frames(
    func: Callable[..., R],
    items: Sequence[T],
    *args: Any,
    to_frame: Callable[[list[R]], Any],
    n_jobs: int = 1,
    progress: bool | None = None,
    desc: str = "",
    batch_size: int = 500,
) -> list[Any]:
    """Like :func:`map_docs`, but turn every batch of results into a table at once.

    Per-document results hold Python objects (one ``str`` per text or sentence); a
    table holds compact Arrow/numpy columns. Converting batch by batch keeps only one
    batch of Python objects alive, so memory stays near the size of the final table.

    Returns
    -------
    list
        ``to_frame(results of a batch)`` for each batch, in order (concatenate them).

    Examples
    --------
    >>> map_frames(len, ["ab", "c", "def"], to_frame=sum, batch_size=2)
    [3, 3]
    """
    items = list(items)
    show = _want_progress(progress, len(items))
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(total=len(items), desc=desc or getattr(func, "__name__", ""), file=sys.stderr)
    gc_was_on = gc.isenabled()
    gc.disable()  # see _iter_results: the loop makes no garbage cycles worth a collection
    try:
        frames = []
        buffer: list[R] = []
        for result in _iter_results(func, items, args, n_jobs):
            buffer.append(result)
            if len(buffer) == batch_size:
                frames.append(to_frame(buffer))
                buffer = []
            if bar is not None:
                bar.update(1)
        if buffer or not frames:
            frames.append(to_frame(buffer))
        return frames
    finally:
        if gc_was_on:
            gc.enable()
        if bar is not None:
            bar.close()


def _iter_results(func: Callable[..., R], items: list, args: tuple, n_jobs: int):
    """Results in item order, streamed: one process pool for all items when n_jobs > 1.

    :func:`map_frames` runs this loop with Python's cyclic garbage collector paused: the
    per-document functions free what they make by reference counting, and with a large
    corpus alive the collector's passes over every live object grew faster than the
    corpus (3 % of the time at 1,000 articles, 4 % at 3,000). It is switched back on (if
    it was on) when the loop ends, so any cycle is collected then."""
    if n_jobs is None or n_jobs == 0:
        n_jobs = 1
    if n_jobs < 0:
        n_jobs = os.cpu_count() or 1
    n_jobs = min(n_jobs, max(1, len(items)))
    if n_jobs == 1:
        for item in items:
            yield func(item, *args)
        return
    size = max(1, min(100, -(-len(items) // (n_jobs * 4))))
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    from . import _shared

    # the objects alive now are moved out of the collector's reach before the workers are
    # forked: a collection in a worker would otherwise write to (and so copy) every page
    # of the parent's memory it inherits
    gc.freeze()
    try:
        with ProcessPoolExecutor(max_workers=n_jobs) as pool:
            for part, journal in pool.map(
                _run_chunk, [func] * len(chunks), chunks, [args] * len(chunks)
            ):
                _shared.merge(journal)
                yield from part
    finally:
        gc.unfreeze()


def doc_items(corpus: Any, *columns: str) -> list[tuple]:
    """Return ``(doc_id, col1, col2, ...)`` tuples from a corpus table, in index order."""
    cols = [corpus[c].tolist() for c in columns]
    return list(zip(corpus.index.tolist(), *cols))


__all__ = ["map_docs", "map_frames", "doc_items"]
