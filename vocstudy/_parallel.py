"""Run a per-document function over many documents, optionally in processes.

Every analysis helper is written as a pure function of one document that returns a list
of row tuples; :func:`map_docs` applies it in document order, so results are identical
whatever ``n_jobs`` is. :func:`map_frames` also turns the rows into tables batch by batch
- in the worker processes when there are several, so that compact tables travel back
instead of rows - and :func:`concat_frames` joins the batches into the table one pass
would have built. Worker processes are started by the first call with ``n_jobs`` > 1 and
kept for the calls that follow (:func:`close_workers` stops them).
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Sequence
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
    return _run(func, items, args, None, n_jobs, progress, desc, 100)


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
    With several processes each worker converts its own chunk, and the tables travel
    back instead of the rows.

    ``to_frame`` must be a module-level (picklable) function, and its tables must
    concatenate to the table of all results, however the results are cut into batches:
    one process uses batches of ``batch_size`` items, several use smaller chunks.

    Returns
    -------
    list
        ``to_frame(results of a batch)`` for each batch, in order (concatenate them).

    Examples
    --------
    >>> map_frames(len, ["ab", "c", "def"], to_frame=sum, batch_size=2)
    [3, 3]
    """
    return _run(func, items, args, to_frame, n_jobs, progress, desc, batch_size)


def _run(
    func: Callable[..., R],
    items: Sequence[T],
    args: tuple,
    to_frame: Callable[[list[R]], Any] | None,
    n_jobs: int,
    progress: bool | None,
    desc: str,
    batch_size: int,
) -> list[Any]:
    """:func:`map_docs` (``to_frame`` None: the results, flat) and :func:`map_frames`.

    Python's cyclic garbage collector is paused during the loop: the per-document
    functions free what they make by reference counting, and with a large corpus alive
    the collector's passes over every live object grew faster than the corpus (3 % of
    the time at 1,000 articles, 4 % at 3,000). It is switched back on (if it was on) when
    the loop ends, so any cycle is collected then.
    """
    items = list(items)
    show = _want_progress(progress, len(items))
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(total=len(items), desc=desc or getattr(func, "__name__", ""), file=sys.stderr)
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        out: list[Any] = []
        for part, n in _iter_chunks(func, items, args, to_frame, n_jobs, batch_size):
            if to_frame is None:
                out.extend(part)
            else:
                out.append(part)
            if bar is not None:
                bar.update(n)
        if to_frame is not None and not out:
            out.append(to_frame([]))
        return out
    finally:
        if gc_was_on:
            gc.enable()
        if bar is not None:
            bar.close()


def _jobs(n_jobs: int | None, n_items: int) -> int:
    if n_jobs is None or n_jobs == 0:
        n_jobs = 1
    if n_jobs < 0:
        n_jobs = os.cpu_count() or 1
    return min(n_jobs, max(1, n_items))


def _iter_chunks(
    func: Callable[..., R],
    items: list,
    args: tuple,
    to_frame: Callable | None,
    n_jobs: int,
    batch_size: int,
):
    """``(to_frame(results of a chunk) or the results, number of items)`` in item order.

    One process: chunks of ``batch_size`` items. Several: chunks of at most 100 items
    (four or more per process, for an even load), chunk ``i`` always to worker
    ``i % n_jobs`` of the kept workers (:func:`_workers`), and each worker turns its
    chunk into a table itself (``to_frame``), so that what travels back is a compact
    table, not one Python object per row.
    """
    n_jobs = _jobs(n_jobs, len(items))
    if n_jobs == 1:
        for i in range(0, len(items), max(1, batch_size)):
            part = [func(item, *args) for item in items[i : i + batch_size]]
            yield (part if to_frame is None else to_frame(part)), len(part)
        return
    size = max(1, min(100, -(-len(items) // (n_jobs * 4))))
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    yield from _workers(n_jobs).run(func, chunks, args, to_frame)


# ------------------------------------------------------------------- kept worker processes
def _worker_main(conn: Any) -> None:
    """A worker's loop: run ``(func, chunk, args, to_frame)`` tasks until told to stop.

    The worker keeps its memos (:mod:`vocstudy._shared`, the sentence splits) between
    tasks and between helpers, so a document's place scan made for ``places`` is read
    back by ``collaborations`` and ``events`` in the same worker. Ctrl-C is left to the
    parent, which stops the workers."""
    import signal
    import traceback

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The cyclic collector stays paused, as in the parent's loop (see _run): a worker
    # keeps millions of small objects in its memos, and the collector's passes over them
    # made the place scan take twice the CPU it takes in one process. After each task
    # only the objects the task made are looked at once (generation 0), so what cycles it
    # left are freed and what it keeps is not looked at again.
    gc.disable()
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        func, chunk, args, to_frame = task
        try:
            out = [func(item, *args) for item in chunk]
            reply: tuple = ("ok", (out if to_frame is None else to_frame(out), len(out)))
            del out
        except BaseException as exc:  # noqa: BLE001 - every failure goes to the parent
            reply = ("error", exc, traceback.format_exc())
        try:
            conn.send(reply)
        except Exception as exc:  # a result, or an exception, that cannot be pickled
            what = reply[1] if reply[0] == "error" else exc
            text = reply[2] if reply[0] == "error" else traceback.format_exc()
            conn.send(("error", RuntimeError(f"{type(what).__name__}: {what}"), text))
        del reply
        gc.collect(0)


class _Workers:
    """``n`` worker processes kept between calls, each with a pipe of its own.

    Why kept: every helper gives chunk ``i`` of a corpus to worker ``i % n``, so a
    worker sees the same documents in every helper and its memos (sentence splits,
    place scans) are read back where they were made. Forking new workers for each
    helper made them copy pages of a parent holding the whole corpus, and the scans had
    to travel back to the parent to reach the next helper's workers: 20-40 % more CPU
    than one process at 10,000 articles, against about 1 % with kept workers (bench/).
    """

    def __init__(self, n: int) -> None:
        import multiprocessing

        ctx = multiprocessing.get_context()
        self.n = n
        self.conns: list[Any] = []
        self.procs: list[Any] = []
        # the objects alive now are moved out of the collector's reach before the
        # workers are forked: a collection in a worker would otherwise write to (and so
        # copy) every page of the parent's memory it inherits
        gc.freeze()
        try:
            for _ in range(n):
                mine, theirs = ctx.Pipe()
                proc = ctx.Process(
                    target=_worker_main, args=(theirs,), daemon=True, name="vocstudy-worker"
                )
                proc.start()
                theirs.close()
                self.conns.append(mine)
                self.procs.append(proc)
        finally:
            gc.unfreeze()

    def alive(self) -> bool:
        return all(p.is_alive() for p in self.procs)

    def pids(self) -> list[int]:
        return [p.pid for p in self.procs]

    def close(self) -> None:
        for conn in self.conns:
            try:
                conn.send(None)
            except (OSError, ValueError):
                pass
        for proc in self.procs:
            proc.join(timeout=5)
            if proc.is_alive():
                proc.kill()
                proc.join()
        for conn in self.conns:
            conn.close()

    def run(self, func: Callable, chunks: list, args: tuple, to_frame: Callable | None):
        """Results of every chunk, in chunk order; chunk ``i`` runs on worker ``i % n``.

        A worker is sent its next chunk only when it has returned the last one, so
        neither side ever waits on a full pipe. Any failure stops every worker (the
        next call starts new ones) and is raised here."""
        from multiprocessing.connection import wait

        n, total = self.n, len(chunks)
        current: dict[Any, int] = {}  # pipe -> chunk its worker is running
        done: dict[int, Any] = {}
        try:
            for w in range(min(n, total)):
                self.conns[w].send((func, chunks[w], args, to_frame))
                current[self.conns[w]] = w
            want = 0
            while want < total:
                for conn in wait(list(current)):
                    i = current.pop(conn)
                    try:
                        reply = conn.recv()
                    except EOFError:
                        raise RuntimeError(
                            "a vocstudy worker process stopped while working (out of "
                            "memory?); run again, or with fewer n_jobs"
                        ) from None
                    if reply[0] == "error":
                        raise reply[1] from _RemoteError(reply[2])
                    done[i] = reply[1]
                    if i + n < total:
                        conn.send((func, chunks[i + n], args, to_frame))
                        current[conn] = i + n
                while want in done:
                    yield done.pop(want)
                    want += 1
        except BaseException:
            close_workers()
            raise


class _RemoteError(Exception):
    """The traceback of an exception raised in a worker process."""


_WORKERS: _Workers | None = None


def _workers(n: int) -> _Workers:
    """The kept workers, started (or started again with another count) when needed."""
    global _WORKERS
    if _WORKERS is not None and (_WORKERS.n != n or not _WORKERS.alive()):
        close_workers()
    if _WORKERS is None:
        _WORKERS = _Workers(n)
    return _WORKERS


def close_workers() -> None:
    """Stop the worker processes that calls with ``n_jobs`` > 1 keep between calls.

    The first call with ``n_jobs`` > 1 starts the workers; later calls with the same
    ``n_jobs`` reuse them, and each keeps what it computed for its share of the
    documents (sentence splits, place scans) for the helpers that follow. They end with
    the Python process (or notebook kernel); this frees their memory sooner. The
    workers hold the package as it was when they started: after changing vocstudy's
    code or data in a running session, close them (results never depend on it
    otherwise).

    Examples
    --------
    >>> close_workers()
    """
    global _WORKERS
    if _WORKERS is not None:
        workers, _WORKERS = _WORKERS, None
        workers.close()


def worker_pids() -> list[int]:
    """Process ids of the kept workers (none when no call with ``n_jobs`` > 1 is alive);
    the benchmark reads their CPU time."""
    return _WORKERS.pids() if _WORKERS is not None else []


def concat_frames(frames: Sequence[Any], ignore_index: bool = True) -> Any:
    """Concatenate the tables of :func:`map_frames` into the table that one ``to_frame``
    over all the results would have built, however the results were cut into batches.

    A table's constructor infers a column's dtype from its values, so a batch whose
    column is empty or all missing gets another dtype (``object``) than the whole
    column would. Empty batches are dropped, and a column whose dtype differs between
    batches is inferred again over all its values (dates read again as dates).

    Examples
    --------
    >>> import pandas as pd
    >>> parts = [pd.DataFrame({"a": [None]}), pd.DataFrame({"a": ["x"]}), pd.DataFrame({"a": []})]
    >>> [str(f["a"].dtype) for f in parts]
    ['object', 'str', 'float64']
    >>> str(concat_frames(parts)["a"].dtype), str(pd.DataFrame({"a": [None, "x"]})["a"].dtype)
    ('str', 'str')
    """
    import pandas as pd

    full = [f for f in frames if len(f)] or list(frames[:1])
    if len(full) == 1:
        return full[0].reset_index(drop=True) if ignore_index else full[0]
    out = pd.concat(full, ignore_index=ignore_index)
    for col in out.columns:
        kinds = {str(f[col].dtype) for f in full}
        if len(kinds) > 1:
            values = out[col].astype(object)
            if any(k.startswith("datetime64") for k in kinds):
                out[col] = pd.to_datetime(values)
            else:
                # a batch of only missing values (object) beside text: the text's storage
                storage = {getattr(f[col].dtype, "storage", None) for f in full}
                with pd.option_context(
                    "mode.string_storage", "python" if "python" in storage else "auto"
                ):
                    out[col] = values.infer_objects()
    return out


def python_strings(to_frame: Callable[..., R]) -> Callable[..., R]:
    """Build a table's text columns as pandas' ``str`` dtype stored as Python strings.

    pandas 3 stores ``str`` columns in Arrow by default: every article, line and sentence
    would be encoded to UTF-8 when its table is built and decoded again whenever a helper
    reads it back (``corpus["text"].tolist()``) - 5 % of the pipeline's CPU at 10,000 bench
    articles, and a quarter of its peak memory (``bench/results.md``). The strings already
    exist as Python objects, and the tables of
    sentences, places, themes and events repeat one sentence object on many rows, so the
    Python storage costs no copy. The dtype is still ``str`` and the values the same; the
    token table, with millions of short tokens, keeps Arrow (more compact there).

    Examples
    --------
    >>> import pandas as pd
    >>> build = python_strings(lambda rows: pd.DataFrame(rows, columns=["a"]))
    >>> str(build([("x",)])["a"].dtype), build([("x",)])["a"].dtype.storage
    ('str', 'python')
    """
    import functools

    import pandas as pd

    def labels(df: Any) -> Any:  # column labels as pandas makes them anywhere else
        if isinstance(df, pd.DataFrame):
            df.columns = pd.Index(df.columns.tolist())
        return df

    @functools.wraps(to_frame)
    def build(*args: Any, **kwargs: Any) -> R:
        with pd.option_context("mode.string_storage", "python"):
            out = to_frame(*args, **kwargs)
        return tuple(labels(x) for x in out) if isinstance(out, tuple) else labels(out)

    return build


def doc_items(corpus: Any, *columns: str) -> list[tuple]:
    """Return ``(doc_id, col1, col2, ...)`` tuples from a corpus table, in index order."""
    cols = [corpus[c].tolist() for c in columns]
    return list(zip(corpus.index.tolist(), *cols))


__all__ = [
    "close_workers",
    "concat_frames",
    "doc_items",
    "map_docs",
    "map_frames",
    "python_strings",
]
