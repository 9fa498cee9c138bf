"""Reading a corpus held as a table: one article per row of a CSV, Excel, JSONL or Parquet file.

Researchers get articles out of crawlers and news databases as spreadsheets with columns
such as 标题 / 正文 / 发布时间 / 来源 / 链接. This module maps those columns onto the corpus
table and sends every row's text through the same cleaning as a ``.txt`` file
(:func:`vocstudy.document.build_row`), so flags and the cleaning audit are the same.

Files are read in chunks (pandas ``chunksize`` for CSV, pyarrow record batches for
Parquet, openpyxl's read-only mode for Excel, line by line for JSONL): the raw table is
never held in memory beside the corpus.

The column names that are recognised live in ``vocstudy/data/table_columns.csv``.
"""

from __future__ import annotations

import codecs
import csv
import datetime
import json
import os
import re
import sys
from collections.abc import Iterator, Mapping
from functools import lru_cache, partial
from pathlib import Path

import pandas as pd

from ._parallel import python_strings
from .document import build_row
from .paths import data_path

TABLE_SUFFIXES = (".csv", ".tsv", ".xlsx", ".jsonl", ".parquet")
"""File suffixes read as tables (one article per row)."""

UNSUPPORTED_SUFFIXES = {
    ".xls": "save it as .xlsx (Excel: File › Save As › Excel Workbook)",
    ".xlsm": "save it as .xlsx",
    ".json": "write one JSON object per line (JSON Lines, .jsonl)",
    ".ods": "save it as .xlsx or .csv",
}
"""Table formats that are refused with a hint, rather than read as one article."""

FIELDS = ("id", "text", "title", "published", "source", "author", "url")
"""Corpus fields a table column can be mapped to."""

CHUNK_ROWS = 2000
"""Rows read and cleaned per chunk."""

_ID_WIDTH = 6


class TableError(ValueError):
    """A table that cannot be read as a corpus (unreadable file, no text column)."""


def is_table(path: object) -> bool:
    """Whether ``path`` is read as a table: a DataFrame, or a path with a table suffix.

    Examples
    --------
    >>> is_table("articles.xlsx"), is_table("articles/")
    (True, False)
    """
    if isinstance(path, pd.DataFrame):
        return True
    if isinstance(path, (str, os.PathLike)):
        suffix = Path(path).suffix.lower()
        return suffix in TABLE_SUFFIXES or suffix in UNSUPPORTED_SUFFIXES
    return False


@lru_cache(maxsize=1)
def column_names() -> dict[str, tuple[str, ...]]:
    """The column names recognised for each field, in order of preference.

    Read from ``vocstudy/data/table_columns.csv``.

    Examples
    --------
    >>> column_names()["text"][:2]
    ('正文', '内容')
    """
    with open(data_path("table_columns.csv"), encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    names = {r["field"]: tuple(n.strip() for n in r["names"].split("|") if n.strip()) for r in rows}
    return {field: names.get(field, ()) for field in FIELDS}


def _norm(name: object) -> str:
    return re.sub(r"[\s_\-]+", "", str(name)).lower()


def map_columns(found: list[object], columns: Mapping[str, str] | None = None) -> dict[str, str]:
    """Map the corpus fields onto a table's columns.

    Parameters
    ----------
    found : list
        The table's column names.
    columns : mapping, optional
        Overrides, ``field -> column`` (fields: ``id``, ``text``, ``title``,
        ``published``, ``source``, ``author``, ``url``). A field mapped to ``None`` is
        not read.

    Returns
    -------
    dict
        ``field -> column`` for every field found. Names are compared without case,
        spaces, ``_`` and ``-``; the first recognised name in
        ``vocstudy/data/table_columns.csv`` order wins.

    Raises
    ------
    TableError
        When no text column is found, or an override names a column the table lacks
        (the message lists the columns found and the names tried).

    Examples
    --------
    >>> map_columns(["标题", "正文", "发布时间", "链接"])
    {'text': '正文', 'title': '标题', 'published': '发布时间', 'url': '链接'}
    >>> map_columns(["headline", "body_html"], columns={"text": "body_html"})
    {'text': 'body_html', 'title': 'headline'}
    """
    columns = dict(columns or {})
    unknown = sorted(set(columns) - set(FIELDS))
    if unknown:
        raise TableError(f"unknown field(s) in columns=: {unknown}; fields are {list(FIELDS)}")
    by_norm: dict[str, str] = {}
    for col in found:
        by_norm.setdefault(_norm(col), col)
    shown = ", ".join(repr(str(c)) for c in found) or "none"
    mapping: dict[str, str] = {}
    for field, col in columns.items():
        if col is None:
            continue
        if col not in found:
            raise TableError(
                f"column {col!r} given for {field!r} is not in the table; columns found: {shown}"
            )
        mapping[field] = col
    taken = set(mapping.values())
    for field in ("text", "title", "published", "source", "author", "url", "id"):
        if field in columns:
            continue
        for name in column_names()[field]:
            col = by_norm.get(_norm(name))
            if col is not None and col not in taken:
                mapping[field] = col
                taken.add(col)
                break
    if "text" not in mapping:
        tried = "、".join(column_names()["text"])
        raise TableError(
            f"no text column: columns found: {shown}; names tried: {tried}; "
            "name it with columns={'text': '<column>'}"
        )
    return {f: mapping[f] for f in FIELDS if f in mapping}


# ---------------------------------------------------------------------------
# cell values


def _cell(value: object) -> str | None:
    """A table cell as stripped text, ``None`` when empty or missing."""
    if value is None:
        return None
    if isinstance(value, float):
        if value != value:  # NaN
            return None
        if value.is_integer():
            value = int(value)
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    text = str(value).strip()
    return text or None


_CN_DATE_RE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_COMPACT_DATE_RE = re.compile(r"(\d{4})(\d{2})(\d{2})(?:\d{4,6})?")


def parse_date(value: object) -> pd.Timestamp | None:
    """A table's date cell as a date (Timestamp at midnight); NaT when empty, None when unparseable.

    Accepts datetimes (Excel, Parquet), ``2024-07-24``, ``2024/7/24 10:00``,
    ``2024年7月24日``, ``20240724`` and ISO 8601 with a time zone (the local date is
    kept).

    Examples
    --------
    >>> parse_date("2024年7月24日 10:05")
    Timestamp('2024-07-24 00:00:00')
    >>> parse_date("") is pd.NaT, parse_date("昨天")
    (True, None)
    """
    if isinstance(value, datetime.date):
        ts = pd.Timestamp(value)
        if ts.tzinfo is not None:
            ts = ts.tz_localize(None)
        return ts.normalize()
    text = _cell(value)
    if text is None:
        return pd.NaT
    m = _CN_DATE_RE.match(text) or _COMPACT_DATE_RE.fullmatch(text)
    try:
        if m:
            return pd.Timestamp(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        ts = pd.Timestamp(text)
    except (ValueError, TypeError, OverflowError):
        return None
    if ts is pd.NaT:
        return None
    if ts.tzinfo is not None:
        ts = ts.tz_localize(None)
    return ts.normalize()


# ---------------------------------------------------------------------------
# one row


def table_row(
    row_no: int,
    record: Mapping[str, object],
    mapping: Mapping[str, str],
    where: str,
    encoding: str | None,
) -> dict:
    """One table row → a corpus row (with ``doc_id`` from the id column, else ``None``).

    The text goes through :func:`vocstudy.document.build_row` like a file's decoded
    text. A title, date, source or author given by the table wins over what cleaning
    finds in the text; a date cell that cannot be read gives the flag ``bad_date`` and
    leaves the date cleaning found.

    Examples
    --------
    >>> row = table_row(1, {"正文": "重庆市与四川省签署协议。", "日期": "2024-05-01"},
    ...                 {"text": "正文", "published": "日期"}, "a.csv", "utf-8")
    >>> row["path"], str(row["published"].date()), row["problems"]
    ('a.csv#1', '2024-05-01', ('no_title',))
    """
    get = {f: record.get(col) for f, col in mapping.items()}
    cell = get.get("text")
    raw = cell if isinstance(cell, str) else (_cell(cell) or "")  # text_raw: the cell as read
    row = build_row(str(row_no), f"{where}#{row_no}", raw, encoding)
    flags = list(row["problems"])
    for field in ("title", "source", "author"):
        value = _cell(get.get(field))
        if value is not None:
            row[field] = value
            if field == "title" and "no_title" in flags:
                flags.remove("no_title")
    if "published" in mapping:
        date = parse_date(get.get("published"))
        if date is None:
            flags.append("bad_date")
        elif date is not pd.NaT:
            row["published"] = date
            if "no_published_date" in flags:
                flags.remove("no_published_date")
    row["problems"] = tuple(flags)
    if "url" in mapping:
        row["url"] = _cell(get.get("url"))
    doc_id = _cell(get.get("id")) if "id" in mapping else None
    return {"doc_id": doc_id, "_row": row_no, **row}


# ---------------------------------------------------------------------------
# readers: each yields (columns, list of records) chunk by chunk


def _detect_text_encoding(path: Path) -> str:
    with open(path, "rb") as fh:
        sample = fh.read(1 << 20)
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            codecs.getincrementaldecoder(enc)().decode(sample, final=False)
            return enc
        except UnicodeDecodeError:
            continue
    raise TableError(f"cannot read {path.name!r}: not UTF-8, GB18030 or Big5 text")


def _read_delimited(path: Path, sep: str, chunk_rows: int) -> tuple[str, Iterator]:
    enc = _detect_text_encoding(path)
    try:
        reader = pd.read_csv(
            path, sep=sep, encoding=enc, dtype=str, keep_default_na=False, chunksize=chunk_rows
        )
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as e:
        raise TableError(f"cannot read {path.name!r} as a table: {e}") from e

    def chunks():
        try:
            for frame in reader:
                yield list(frame.columns), frame.to_dict("records")
        except (pd.errors.ParserError, UnicodeDecodeError) as e:
            raise TableError(f"cannot read {path.name!r} as a table: {e}") from e
        finally:
            reader.close()

    return enc, chunks()


def _read_jsonl(path: Path, chunk_rows: int) -> tuple[str, Iterator]:
    enc = _detect_text_encoding(path)

    def chunks():
        columns: list[str] = []
        seen: set[str] = set()
        batch: list[dict] = []
        with open(path, encoding=enc) as fh:
            for line in fh:
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    record = None
                if not isinstance(record, dict):
                    record = {"__unreadable__": True}
                for key in record:
                    if key not in seen and key != "__unreadable__":
                        seen.add(key)
                        columns.append(key)
                batch.append(record)
                if len(batch) == chunk_rows:
                    yield list(columns), batch
                    batch = []
        if batch or not columns:
            yield list(columns), batch

    return enc, chunks()


def _read_xlsx(path: Path, chunk_rows: int, sheet: str | int | None) -> Iterator:
    try:
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises several unrelated types for a bad file
        raise TableError(f"cannot read {path.name!r} as an Excel workbook: {e}") from e

    def chunks():
        try:
            ws = (
                wb.worksheets[sheet]
                if isinstance(sheet, int)
                else (wb[sheet] if sheet is not None else wb.worksheets[0])
            )
            rows = ws.iter_rows(values_only=True)
            header = next(rows, None) or ()
            columns = [("" if c is None else str(c).strip()) for c in header]
            batch: list[dict] = []
            blank: list[dict] = []  # empty rows count only when an article follows them
            for values in rows:
                record = dict(zip(columns, values or ()))
                if all(v is None for v in record.values()):
                    blank.append(record)  # Excel's trailing formatted-but-empty rows
                    continue
                batch += blank + [record]
                blank = []
                if len(batch) >= chunk_rows:
                    yield columns, batch
                    batch = []
            yield columns, batch
        finally:
            wb.close()

    return chunks()


def _read_parquet(path: Path, chunk_rows: int) -> Iterator:
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except Exception as e:  # pyarrow.ArrowInvalid and OSError for a bad file
        raise TableError(f"cannot read {path.name!r} as a Parquet file: {e}") from e

    def chunks():
        columns = list(pf.schema_arrow.names)
        any_batch = False
        for batch in pf.iter_batches(batch_size=chunk_rows):
            any_batch = True
            yield columns, batch.to_pylist()
        if not any_batch:
            yield columns, []

    return chunks()


def _read_frame(df: pd.DataFrame, chunk_rows: int) -> Iterator:
    columns = list(df.columns)
    for start in range(0, max(len(df), 1), chunk_rows):
        yield columns, df.iloc[start : start + chunk_rows].to_dict("records")


def _chunks(
    source: object, chunk_rows: int, sheet: str | int | None
) -> tuple[str, str | None, Iterator]:
    """``(where, encoding, chunks)`` for a table file or a DataFrame."""
    if isinstance(source, pd.DataFrame):
        return "table", None, _read_frame(source, chunk_rows)
    path = Path(source)  # type: ignore[arg-type]
    if not path.exists():
        raise FileNotFoundError(f"corpus path {str(path)!r} does not exist")
    if not path.is_file():
        raise TableError(f"corpus path {str(path)!r} has a table suffix but is not a file")
    suffix = path.suffix.lower()
    if suffix in UNSUPPORTED_SUFFIXES:
        raise TableError(
            f"cannot read {path.name!r}: {suffix} is not read; {UNSUPPORTED_SUFFIXES[suffix]}"
        )
    if suffix in (".csv", ".tsv"):
        enc, it = _read_delimited(path, "\t" if suffix == ".tsv" else ",", chunk_rows)
        return path.name, enc, it
    if suffix == ".jsonl":
        enc, it = _read_jsonl(path, chunk_rows)
        return path.name, enc, it
    if suffix == ".xlsx":
        return path.name, None, _read_xlsx(path, chunk_rows, sheet)
    if suffix == ".parquet":
        return path.name, None, _read_parquet(path, chunk_rows)
    raise TableError(
        f"{path.name!r}: not a table file (suffixes read: {', '.join(TABLE_SUFFIXES)})"
    )


def _unique_ids(rows: list[dict]) -> None:
    """Give every row a unique ``doc_id``, in row order; flag repeated ids ``duplicate_id``."""
    width = max(_ID_WIDTH, len(str(max((r["_row"] for r in rows), default=0))))
    given = {r["doc_id"] for r in rows if r["doc_id"] is not None}
    used: set[str] = set()
    for r in rows:
        doc_id = r["doc_id"]
        if doc_id is None:
            doc_id = f"row{r['_row']:0{width}d}"
            while doc_id in given or doc_id in used:
                doc_id += "_"
        elif doc_id in used:
            n = 2
            while f"{doc_id}-{n}" in used or f"{doc_id}-{n}" in given:
                n += 1
            doc_id = f"{doc_id}-{n}"
            r["problems"] = (*r["problems"], "duplicate_id")
        used.add(doc_id)
        r["doc_id"] = doc_id


def read_table_corpus(
    source: str | os.PathLike | pd.DataFrame,
    columns: Mapping[str, str] | None = None,
    sheet: str | int | None = None,
    n_jobs: int = 1,
    progress: bool | None = None,
    chunk_rows: int = CHUNK_ROWS,
    with_audit: bool = False,
) -> pd.DataFrame | tuple[pd.DataFrame, pd.DataFrame]:
    """Read a table of articles (one per row) into the corpus table.

    Most callers use :func:`vocstudy.load_corpus`, which calls this for a table file or
    a DataFrame and then flags repeated texts like it does for files.

    Parameters
    ----------
    source : str, Path or DataFrame
        A ``.csv`` / ``.tsv`` (UTF-8, GB18030 or Big5), ``.xlsx``, ``.jsonl`` or
        ``.parquet`` file, or a DataFrame.
    columns : mapping, optional
        ``field -> column`` overrides (see :func:`map_columns`), e.g.
        ``{"text": "正文"}``.
    sheet : str or int, optional
        Excel sheet (name or 0-based position); default the first.
    n_jobs : int
        Processes used to clean; the table does not depend on it.
    progress : bool, optional
        Progress bar on stderr (default: only on a terminal).
    chunk_rows : int
        Rows read and cleaned at a time.
    with_audit : bool
        Also return the cleaning audit made while reading (what
        :func:`vocstudy.cleaning_audit` gives), as ``(corpus, audit)``.

    Returns
    -------
    DataFrame
        The corpus table (see :func:`vocstudy.load_corpus`), index ``doc_id`` sorted.
        ``doc_id`` is the id column's value (repeats get ``-2``, ``-3`` … and the flag
        ``duplicate_id``) or ``row000001`` … (1-based article row, header not
        counted); ``path`` is ``<file>#<row>``; a ``url`` column is added when the table
        has one. Every row is kept: an empty text is flagged ``empty``, a date cell
        that cannot be read ``bad_date``, a JSONL line that is not a JSON object
        ``unreadable_row``.

    Raises
    ------
    FileNotFoundError
        When the file does not exist.
    TableError
        When the file cannot be read as a table or has no text column.

    Examples
    --------
    >>> df = pd.DataFrame({"标题": ["成渝职教联盟成立"], "正文": ["重庆市与四川省签署协议。"]})
    >>> c = read_table_corpus(df)
    >>> c.index.tolist(), c.loc["row000001", "title"]
    (['row000001'], '成渝职教联盟成立')
    """
    from ._parallel import concat_frames, map_frames

    where, encoding, chunks = _chunks(source, chunk_rows, sheet)
    show = progress if progress is not None else sys.stderr.isatty()
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(desc="load_corpus", unit=" rows", file=sys.stderr)
    frames: list[pd.DataFrame] = []  # one compact table per chunk, not one dict per row
    audits: list[pd.DataFrame] = []
    mapping: dict[str, str] | None = None
    row_no = 0
    try:
        for found, records in chunks:
            if mapping is None:
                mapping = map_columns(found, columns)
            items = []
            for record in records:
                row_no += 1
                items.append((row_no, record))
            records = []
            has_url = "url" in mapping
            for frame, audit in map_frames(
                _row_item,
                items,
                mapping,
                where,
                encoding,
                to_frame=partial(_chunk_frame, has_url=has_url),
                n_jobs=n_jobs,
                progress=False,
                batch_size=max(1, len(items)),
            ):
                frames.append(frame)
                audits.append(audit)
            del items
            if bar is not None:
                bar.update(row_no - bar.n)
    finally:
        if bar is not None:
            bar.close()
    frame = concat_frames(frames)
    del frames
    corpus, doc_of = _finish(frame)
    if not with_audit:
        return corpus
    # the audit made while cleaning, keyed by the final (unique) doc_id
    audit = concat_frames(audits)
    with pd.option_context("mode.string_storage", "python"):  # as the folder's audit
        audit.insert(0, "doc_id", [doc_of[r] for r in audit.pop("_row")])
    return corpus, audit


def _row_item(
    item: tuple[int, dict], mapping: Mapping[str, str], where: str, encoding: str | None
) -> dict:
    row_no, record = item
    if record.get("__unreadable__") is True and len(record) == 1:
        row = table_row(row_no, {}, mapping, where, encoding)
        row["problems"] = (*row["problems"], "unreadable_row")
        return row
    return table_row(row_no, record, mapping, where, encoding)


@python_strings
def _chunk_frame(rows: list[dict], has_url: bool) -> tuple[pd.DataFrame, pd.DataFrame]:
    from .corpus import CORPUS_COLUMNS

    audit = pd.DataFrame(
        [
            (r["_row"], c.line_no, c.action, c.rule, c.before, c.after)
            for r in rows
            for c in r.pop("_changes", ())
        ],
        columns=["_row", "line_no", "action", "rule", "before", "after"],
    )
    audit["line_no"] = audit["line_no"].astype("int64")

    columns = ["doc_id", "_row", *CORPUS_COLUMNS, *(["url"] if has_url else [])]
    frame = pd.DataFrame(rows, columns=columns)
    frame["published"] = pd.to_datetime(frame["published"])
    frame["n_chars"] = frame["n_chars"].astype("int64")
    frame["problems"] = pd.Series([r["problems"] for r in rows], index=frame.index, dtype=object)
    return frame, audit


_NON_TEXT = frozenset(("published", "n_chars", "problems"))


@python_strings
def _finish(frame: pd.DataFrame) -> tuple[pd.DataFrame, dict[int, str]]:
    """Unique ids (see :func:`_unique_ids`), then index ``doc_id``, sorted; also the map
    from table row number to the row's final ``doc_id``."""
    from .corpus import CORPUS_COLUMNS

    keys = [
        {"doc_id": d if isinstance(d, str) else None, "_row": int(r), "problems": p}
        for d, r, p in zip(frame["doc_id"], frame["_row"], frame["problems"])
    ]
    _unique_ids(keys)
    frame["doc_id"] = [k["doc_id"] for k in keys]
    doc_of = {k["_row"]: k["doc_id"] for k in keys}
    frame["problems"] = pd.Series([k["problems"] for k in keys], index=frame.index, dtype=object)
    extra = ["url"] if "url" in frame.columns else []
    # the text columns get one dtype whatever the chunk size
    for col in [c for c in CORPUS_COLUMNS if c not in _NON_TEXT] + extra:
        frame[col] = frame[col].astype("str")
    return frame.set_index("doc_id")[[*CORPUS_COLUMNS, *extra]].sort_index(), doc_of


__all__ = [
    "TABLE_SUFFIXES",
    "TableError",
    "column_names",
    "is_table",
    "map_columns",
    "parse_date",
    "read_table_corpus",
    "table_row",
]
