"""Reading article files: bytes → decoded text → cleaned text + metadata → corpus table."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pandas as pd

from ._parallel import map_frames
from .cleaning import clean
from .corpus import _frame
from .document import build_row, extract_metadata
from .paths import PROJECT_ROOT, SEEDS_DIR

# ---------------------------------------------------------------------------
# decoding

_BOMS = [
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]


# control characters other than \t \n \v \f \r, and the replacement character
_UNPRINTABLE_RE = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")


def _printable_ratio(text: str) -> float:
    if not text:
        return 1.0
    bad = len(_UNPRINTABLE_RE.findall(text))  # one C-level scan instead of a Python loop
    return 1 - bad / len(text)


def decode_bytes(data: bytes) -> tuple[str, str | None, str | None]:
    """Decode a file's bytes, detecting the encoding.

    Tries, in order: a byte-order mark (UTF-8, UTF-16, UTF-32), UTF-16 without BOM
    when every other byte is NUL (Latin text), strict UTF-8, then GBK/GB18030, Big5 and
    UTF-16 without BOM — when more than one of these decodes, the reading whose
    characters are most frequent in Chinese wins.

    Returns
    -------
    tuple
        ``(text, encoding, problem)``; ``problem`` is ``'empty'``, ``'undecodable'``
        or ``None``. An undecodable file gives ``('', None, 'undecodable')``.

    Examples
    --------
    >>> decode_bytes("职业教育".encode("gbk"))
    ('职业教育', 'gbk', None)
    >>> decode_bytes(b"")
    ('', None, 'empty')
    """
    if not data:
        return "", None, "empty"
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc, None
            except UnicodeDecodeError:
                return "", None, "undecodable"
    if b"\x00" in data:
        even, odd = data[0::2], data[1::2]
        for zeros, enc in ((odd, "utf-16-le"), (even, "utf-16-be")):
            if zeros.count(0) >= 0.3 * len(zeros):
                try:
                    text = data.decode(enc)
                except UnicodeDecodeError:
                    continue
                if _printable_ratio(text) > 0.95:
                    return text, enc, None
    try:
        text = data.decode("utf-8")
        if _printable_ratio(text) > 0.9:
            return text, "utf-8", None
        return "", None, "undecodable"
    except UnicodeDecodeError:
        pass
    from ._charfreq import char_logprob

    readings: list[tuple[float, str, str]] = []
    for enc in ("gbk", "gb18030", "big5", "cp950", "utf-16-le", "utf-16-be"):
        if enc.startswith("utf-16") and len(data) % 2:
            continue
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _printable_ratio(text) < 0.9:
            continue
        if enc == "gb18030" and any(r[1] == "gbk" for r in readings):
            continue
        if enc == "cp950" and any(r[1] == "big5" for r in readings):
            continue
        readings.append((char_logprob(text[:3000]), enc, text))  # a sample decides
    if not readings:
        return "", None, "undecodable"
    score, enc, text = max(readings, key=lambda r: r[0])
    if score < -11.0:  # reads like nothing: random bytes that happen to decode
        return "", None, "undecodable"
    return text, enc, None


def _load_one(item: tuple[str, str, str]) -> dict:
    doc_id, full, shown = item
    with open(full, "rb") as fh:
        data = fh.read()
    raw, enc, problem = decode_bytes(data)
    return {"doc_id": doc_id, **build_row(doc_id, shown, raw, enc, problem)}


def _display_path(p: Path) -> str:
    """Path relative to the project root (or the cwd) so tables carry no machine paths."""
    for base in (PROJECT_ROOT, Path.cwd()):
        try:
            return p.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
    return p.name


def load_corpus(path: str | os.PathLike | pd.DataFrame | None = None, n_jobs: int = 1,
                progress: bool | None = None, columns: dict[str, str] | None = None
                ) -> pd.DataFrame:
    """Load every ``*.txt`` file of a folder into the corpus table.

    Parameters
    ----------
    path : str or Path, optional
        A folder of article files (or one file). Default: the repository's ``seeds/``.
    n_jobs : int
        Processes used to read and clean; the table does not depend on it.
    progress : bool, optional
        Progress bar on stderr (default: only for long work on a terminal).
    columns : dict, optional
        For a table file or DataFrame (one article per row: ``.csv``, ``.xlsx``,
        ``.jsonl``, ``.parquet``): ``field -> column`` overrides of the guessed column
        mapping, e.g. ``{"text": "正文"}``; see :func:`vocstudy.tables.read_table_corpus`.

    Returns
    -------
    DataFrame
        Index ``doc_id`` (file stem), sorted. Columns ``path``, ``title``, ``published``
        (Timestamp or NaT), ``source``, ``author``, ``editor``, ``script`` (of the raw
        text), ``encoding``, ``text_raw``, ``text`` (cleaned, Simplified), ``n_chars``,
        ``problems`` (tuple of data-quality flags). The changes cleaning made are in
        :func:`cleaning_audit`.

    Raises
    ------
    FileNotFoundError
        When ``path`` does not exist or holds no ``.txt`` file (the message names it).
    vocstudy.tables.TableError
        When a table file cannot be read or has no text column.

    Examples
    --------
    >>> corpus = load_corpus()  # doctest: +SKIP
    >>> corpus.loc["000_bd74f1eb0df40bd9", "source"]  # doctest: +SKIP
    '中国网'
    """
    from .tables import is_table, read_table_corpus  # tables in: vocstudy/tables.py

    if is_table(path):
        table = read_table_corpus(path, columns=columns, n_jobs=n_jobs, progress=progress)
        return _flag_duplicates(table)
    folder = Path(path) if path is not None else SEEDS_DIR
    if not folder.exists():
        raise FileNotFoundError(
            f"corpus path {str(folder)!r} does not exist: pass a folder of .txt articles"
        )
    if folder.is_file():
        files = [folder]
    else:
        files = sorted(p for p in folder.glob("*.txt") if p.is_file())
        if not files:
            raise FileNotFoundError(
                f"corpus path {str(folder)!r} holds no .txt file: vocstudy reads one "
                "article per .txt file"
            )
    items = sorted((p.stem, str(p), _display_path(p)) for p in files)
    frames = map_frames(_load_one, items, to_frame=_frame, n_jobs=n_jobs, progress=progress,
                        desc="load_corpus")
    return _flag_duplicates(pd.concat(frames) if len(frames) > 1 else frames[0])


def _flag_duplicates(df: pd.DataFrame) -> pd.DataFrame:
    """Flag every document whose cleaned text repeats an earlier one (both are kept)."""
    texts = df["text"]
    repeated = texts.ne("") & texts.duplicated(keep="first")
    if repeated.any():
        first = {}
        for doc_id, text in texts[texts.ne("")].items():
            first.setdefault(text, doc_id)
        df = df.copy()
        df.loc[repeated, "problems"] = [
            (*problems, f"duplicate_of:{first[text]}")
            for problems, text in zip(df.loc[repeated, "problems"], texts[repeated])
        ]
    return df


AUDIT_COLUMNS = ["doc_id", "line_no", "action", "rule", "before", "after"]


def cleaning_audit(corpus: pd.DataFrame) -> pd.DataFrame:
    """Every change cleaning made, one row per changed or dropped line.

    Parameters
    ----------
    corpus : DataFrame
        A table from :func:`load_corpus`.

    Returns
    -------
    DataFrame
        ``doc_id``, ``line_no`` (1-based line of ``text_raw``; 0 for whole-file
        changes such as line endings), ``action`` (``removed``/``repaired``/
        ``converted``/``normalized``), ``rule``, ``before``, ``after``; in document
        and line order. Cleaning is pure, so the audit is re-derived from ``text_raw``
        and always matches the table it is given.

    Examples
    --------
    >>> audit = cleaning_audit(load_corpus())  # doctest: +SKIP
    >>> audit.groupby("rule").size()  # doctest: +SKIP
    """
    rows = []
    for doc_id, raw in zip(corpus.index, corpus["text_raw"]):
        if not isinstance(raw, str) or not raw.strip():
            continue
        for c in clean(raw).changes:
            rows.append((doc_id, c.line_no, c.action, c.rule, c.before, c.after))
    df = pd.DataFrame(rows, columns=AUDIT_COLUMNS)
    df["line_no"] = df["line_no"].astype("int64")
    return df


__all__ = ["load_corpus", "cleaning_audit", "decode_bytes", "extract_metadata"]
