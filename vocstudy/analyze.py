"""Streaming analysis of a large folder of articles, batch by batch, to Parquet.

:func:`analyze` is the entry point for corpora too large to hold in memory
(10^4-10^5 articles). It lists the ``*.txt`` files, then for each batch of
``batch_size`` files (in ``doc_id`` order): reads and cleans them (the per-file function
of :func:`vocstudy.load_corpus`), derives the cleaning audit, the sentences, themes,
places, collaborations, events and term counts with the ordinary in-memory helpers, and
writes every table as one Parquet file per batch::

    OUT/_manifest.json                    finished batches and how they were made
    OUT/corpus/part-00000.parquet         corpus table without ``text_raw``, plus ``text_digest``
    OUT/audit/part-00000.parquet          :func:`vocstudy.cleaning_audit`
    OUT/sentences/part-00000.parquet      :func:`vocstudy.sentences`
    OUT/themes/part-00000.parquet         :func:`vocstudy.themes`
    OUT/places/part-00000.parquet         :func:`vocstudy.places`
    OUT/collaborations/part-00000.parquet :func:`vocstudy.collaborations`
    OUT/events/part-00000.parquet         :func:`vocstudy.events`
    OUT/term_counts/part-00000.parquet    term counts of the batch (``term``, ``count``, ``docs``)
    OUT/term_frequency/part-00000.parquet :func:`vocstudy.term_frequency` of the whole corpus

Only one batch (per process) is in memory at a time, so peak memory depends on
``batch_size``, not on the number of articles. Each row is what the in-memory helper
returns for the same documents: the helpers work document by document, so a batch's rows
equal the corpus's rows for its documents.

Resuming. Every file is written under a temporary name and renamed (atomic on one file
system); a batch enters ``_manifest.json`` only when all its files are written. Run
``analyze`` again with the same arguments after an interruption and the batches in the
manifest are skipped - a batch written stays written. Different files or a different
``batch_size`` for an existing output folder is an error (``overwrite=True`` starts
again).

Duplicates. :func:`vocstudy.load_corpus` flags a document whose cleaned text repeats an
earlier one (``duplicate_of:<doc_id>``). ``analyze`` keeps a 16-byte digest of every
cleaned text seen in earlier batches (about 100 bytes per article in memory, rebuilt from
the written ``corpus`` parts on resume), so it flags exactly the same documents, across
batches, with the same first ``doc_id``. Like ``load_corpus`` it flags identical cleaned
texts only: near-duplicates (a changed headline, another boilerplate line left in) are
not flagged by either.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections import deque
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pandas as pd

#: Tables written for every batch, in writing order.
BATCH_TABLES = (
    "corpus",
    "audit",
    "sentences",
    "themes",
    "places",
    "collaborations",
    "events",
    "term_counts",
)
#: Every table an :class:`Analysis` can return.
TABLES = (*BATCH_TABLES, "term_frequency")

_MANIFEST = "_manifest.json"
_FORMAT = 1


class Analysis:
    """The Parquet tables written by :func:`analyze`, read back on demand.

    Parameters
    ----------
    out : str or Path
        The output folder of :func:`analyze`.

    Examples
    --------
    >>> res = Analysis("analysis-out")  # doctest: +SKIP
    >>> res.table("themes").groupby("theme").size()  # doctest: +SKIP
    >>> import duckdb  # doctest: +SKIP
    >>> duckdb.sql(f"select theme, count(*) from {res.duckdb('themes')} group by 1")  # doctest: +SKIP
    """

    def __init__(self, out: str | os.PathLike) -> None:
        self.out = Path(out)

    @property
    def manifest(self) -> dict:
        """The content of ``_manifest.json``."""
        return _read_manifest(self.out) or {}

    @property
    def paths(self) -> dict[str, list[Path]]:
        """``table -> [part files]`` in batch order."""
        return {name: sorted((self.out / name).glob("part-*.parquet")) for name in TABLES}

    def glob(self, name: str) -> str:
        """The glob of a table's part files, e.g. for ``pyarrow.dataset`` or DuckDB."""
        _check_name(name)
        return str(self.out / name / "part-*.parquet")

    def duckdb(self, name: str) -> str:
        """A DuckDB table expression for ``name``: ``read_parquet('…/part-*.parquet', …)``."""
        return f"read_parquet('{self.glob(name)}', union_by_name=true)"

    def arrow(self, name: str, columns: list[str] | None = None):
        """The table ``name`` as one ``pyarrow.Table`` (parts concatenated in order)."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        _check_name(name)
        parts = [pq.read_table(p, columns=columns) for p in self.paths[name]]
        if not parts:
            raise FileNotFoundError(f"no part of table {name!r} under {self.out}")
        return pa.concat_tables(parts, promote_options="permissive")

    def table(self, name: str, columns: list[str] | None = None) -> pd.DataFrame:
        """The table ``name`` as a DataFrame (the corpus with index ``doc_id``).

        Parameters
        ----------
        name : str
            One of :data:`TABLES`.
        columns : list of str, optional
            Read only these columns.
        """
        df = self.arrow(name, columns).to_pandas()
        if name == "corpus" and "doc_id" in df.columns:
            if "problems" in df.columns:
                df["problems"] = [tuple(p) for p in df["problems"]]
            df = df.set_index("doc_id")
        return df

    def __repr__(self) -> str:
        m = self.manifest
        return (
            f"Analysis({str(self.out)!r}: {len(m.get('done', []))}/{m.get('n_batches', 0)} "
            f"batches, {m.get('n_files', 0)} files)"
        )


def _check_name(name: str) -> None:
    if name not in TABLES:
        raise KeyError(f"unknown table {name!r}; one of {', '.join(TABLES)}")


# --------------------------------------------------------------------------- one batch
def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _analyze_batch(items: list[tuple[str, str, str]]) -> dict[str, pd.DataFrame]:
    """Every table of one batch of files (duplicates not yet flagged across batches)."""
    from . import (
        collaborations,
        events,
        places,
        sentences,
        term_frequency,
        themes,
        tokenize,
    )
    from ._shared import clear as clear_shared
    from .loading import _batch, _load_one
    from .text import clear_sentence_memo

    corpus, audit, _ = _batch([_load_one(it) for it in items])  # the audit made while cleaning
    out = {
        "audit": audit,
        "sentences": sentences(corpus),
        "themes": themes(corpus),
        "places": places(corpus),
        "collaborations": collaborations(corpus),
        "events": events(corpus),
        "term_counts": term_frequency(corpus, tokens=tokenize(corpus)),
    }
    meta = corpus.drop(columns=["text_raw"])
    meta.insert(len(meta.columns), "text_digest", [_digest(t) for t in meta["text"]])
    out["corpus"] = meta
    clear_sentence_memo()
    clear_shared()
    return out


def _flag_exact_duplicates(corpus: pd.DataFrame, seen: dict[bytes, str]) -> pd.DataFrame:
    """Add ``duplicate_of:<first doc_id>`` as :func:`vocstudy.load_corpus` does; update ``seen``."""
    problems = list(corpus["problems"])
    changed = False
    for i, (doc_id, text, dig) in enumerate(
        zip(corpus.index, corpus["text"], corpus["text_digest"])
    ):
        if not text:
            continue
        first = seen.setdefault(dig, doc_id)
        if first != doc_id:
            problems[i] = (*problems[i], f"duplicate_of:{first}")
            changed = True
    if changed:
        corpus = corpus.copy()
        corpus["problems"] = problems
    return corpus


# --------------------------------------------------------------------------- files
def _write_parquet(df: pd.DataFrame, path: Path, index: bool = False) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(df, preserve_index=index)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)


def _read_manifest(out: Path) -> dict | None:
    try:
        with open(out / _MANIFEST, encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError:
        return None


def _write_manifest(out: Path, manifest: dict) -> None:
    tmp = out / (_MANIFEST + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1, sort_keys=True)
    os.replace(tmp, out / _MANIFEST)


def _list_files(path: str | os.PathLike) -> list[tuple[str, str, str]]:
    """The article files of a folder, as :func:`vocstudy.load_corpus` lists them."""
    from .loading import ARTICLE_SUFFIXES, _display_paths, _doc_ids

    folder = Path(path)
    if not folder.exists():
        raise FileNotFoundError(
            f"corpus path {str(folder)!r} does not exist: pass a folder of .txt or .html articles"
        )
    files = (
        [folder]
        if folder.is_file()
        else sorted(
            p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
        )
    )
    if not files:
        raise FileNotFoundError(
            f"corpus path {str(folder)!r} holds no article file: vocstudy reads one article "
            "per .txt or .html file"
        )
    return sorted(zip(_doc_ids(files), map(str, files), _display_paths(files)))


def _batch_results(batches: list[list], todo: list[int], n_jobs: int) -> Iterable[tuple[int, dict]]:
    """``(batch number, tables)`` in batch order; at most ``2 * n_jobs`` batches in flight."""
    if n_jobs <= 1:
        for b in todo:
            yield b, _analyze_batch(batches[b])
        return
    with ProcessPoolExecutor(max_workers=n_jobs) as pool:
        pending: deque = deque()
        queue = iter(todo)
        for b in queue:
            pending.append((b, pool.submit(_analyze_batch, batches[b])))
            if len(pending) >= 2 * n_jobs:
                break
        while pending:
            b, fut = pending.popleft()
            result = fut.result()
            nxt = next(queue, None)
            if nxt is not None:
                pending.append((nxt, pool.submit(_analyze_batch, batches[nxt])))
            yield b, result


def _merge_term_counts(out: Path, n_batches: int) -> None:
    """Sum the per-batch term counts into ``term_frequency`` (as :func:`vocstudy.term_frequency`)."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    total = None
    for b in range(n_batches):
        part = pq.read_table(
            out / "term_counts" / f"part-{b:05d}.parquet", columns=["term", "count", "docs"]
        )
        part = part.cast(
            pa.schema([("term", pa.large_string()), ("count", pa.int64()), ("docs", pa.int64())])
        )
        both = part if total is None else pa.concat_tables([total, part])
        total = both.group_by("term").aggregate([("count", "sum"), ("docs", "sum")])
        total = total.select(["term", "count_sum", "docs_sum"]).rename_columns(
            ["term", "count", "docs"]
        )
    idx = pc.sort_indices(total, sort_keys=[("count", "descending"), ("term", "ascending")])
    total = total.take(idx)
    df = total.to_pandas().astype({"term": "str", "count": "int64", "docs": "int64"})
    _write_parquet(df.reset_index(drop=True), out / "term_frequency" / "part-00000.parquet")


# --------------------------------------------------------------------------- entry point
def analyze(
    path: str | os.PathLike,
    out: str | os.PathLike,
    n_jobs: int = 1,
    batch_size: int = 500,
    *,
    overwrite: bool = False,
    progress: bool | None = None,
) -> Analysis:
    """Analyse a folder of articles batch by batch and write every table as Parquet.

    Parameters
    ----------
    path : str or Path
        A folder of ``.txt`` articles (or one file), as for :func:`vocstudy.load_corpus`.
    out : str or Path
        Output folder (created). Holds one sub-folder per table and ``_manifest.json``.
    n_jobs : int
        Processes; each analyses whole batches. The files do not depend on it.
    batch_size : int
        Articles per batch; peak memory grows with it, not with the number of articles.
    overwrite : bool
        Delete the finished-batch record of an existing ``out`` and start again.
    progress : bool, optional
        Progress bar over batches on stderr (default: only on a terminal, never in a notebook).

    Returns
    -------
    Analysis
        Handles on the tables: ``.table(name)`` → DataFrame, ``.paths``, ``.duckdb(name)``.

    Raises
    ------
    ValueError
        When ``out`` holds an analysis of other files or another ``batch_size``.

    Examples
    --------
    >>> res = analyze("articles/", out="analysis-out", n_jobs=2)  # doctest: +SKIP
    >>> res.table("collaborations").head()  # doctest: +SKIP
    """
    from ._parallel import _want_progress

    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    if n_jobs is None or n_jobs == 0:
        n_jobs = 1
    if n_jobs < 0:
        n_jobs = os.cpu_count() or 1
    items = _list_files(path)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    batches = [items[i : i + batch_size] for i in range(0, len(items), batch_size)]
    h = hashlib.sha256()
    for doc_id, _, shown in items:
        h.update(f"{doc_id}\t{shown}\n".encode())
    key = {
        "format": _FORMAT,
        "files": h.hexdigest(),
        "n_files": len(items),
        "batch_size": batch_size,
        "n_batches": len(batches),
    }
    manifest = None if overwrite else _read_manifest(out)
    if manifest is not None and {k: manifest.get(k) for k in key} != key:
        raise ValueError(
            f"{str(out)!r} holds an analysis of other files or another batch_size; "
            "pass overwrite=True or another out folder"
        )
    if manifest is None:
        manifest = {**key, "done": [], "complete": False}
        for name in TABLES:  # stale parts of an earlier analysis
            for p in (out / name).glob("part-*.parquet*"):
                p.unlink()
        _write_manifest(out, manifest)
    done = set(manifest["done"])
    seen: dict[bytes, str] = {}
    for b in sorted(done):  # the duplicate index of the batches already written
        part = pd.read_parquet(
            out / "corpus" / f"part-{b:05d}.parquet", columns=["doc_id", "text", "text_digest"]
        )
        for doc_id, text, dig in zip(part["doc_id"], part["text"], part["text_digest"]):
            if text:
                seen.setdefault(bytes(dig), doc_id)
    todo = [b for b in range(len(batches)) if b not in done]
    bar = None
    if _want_progress(progress, len(items)) and todo:
        from tqdm import tqdm

        bar = tqdm(total=len(batches), initial=len(done), desc="analyze", file=sys.stderr)
    try:
        for b, tables in _batch_results(batches, todo, n_jobs):
            tables["corpus"] = _flag_exact_duplicates(tables["corpus"], seen)
            for name in BATCH_TABLES:
                df = tables[name]
                if name == "corpus":
                    df = df.reset_index()
                _write_parquet(df, out / name / f"part-{b:05d}.parquet")
            manifest["done"] = sorted({*manifest["done"], b})
            _write_manifest(out, manifest)
            del tables
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
    if not manifest.get("complete"):
        _merge_term_counts(out, len(batches))
        manifest["complete"] = True
        _write_manifest(out, manifest)
    return Analysis(out)


__all__ = ["Analysis", "BATCH_TABLES", "TABLES", "analyze"]
