"""Results out: the standard tables as one Excel workbook, or a folder of CSV and Parquet.

The workbook is meant to be worked in: a README sheet says what each sheet holds and how
the tables were made; the evidence sheets carry every sentence in full, with a frozen
header row, filters and two empty columns (``verdict``, ``note``) for coding. A folder
export writes the same tables as CSV (UTF-8 with BOM, which Excel opens correctly) and
Parquet (R's ``arrow``, Stata via ``pq``, DuckDB, pandas), plus the two networks as GEXF
and GraphML for Gephi.

The same inputs give byte-identical files: the run date is a parameter (or
``$VOCSTUDY_RUN_DATE``), and the workbook's internal timestamps are fixed.
"""

from __future__ import annotations

import datetime
import io
import os
import re
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

TABLE_NAMES = (
    "articles",
    "audit_summary",
    "themes",
    "theme_matrix",
    "places",
    "collaborations",
    "events",
)
"""The standard tables, in sheet order."""

TABLE_DESCRIPTIONS = {
    "articles": "One row per article: metadata, data-quality flags, size, and the three "
    "answers side by side (vs.load_corpus + vs.article_summary).",
    "audit_summary": "Lines cleaning removed or changed, counted per article, action and "
    "rule (vs.cleaning_audit).",
    "themes": "One row per policy-theme match, with the sentence it was found in (vs.themes).",
    "theme_matrix": "Articles × themes: number of matches (vs.theme_matrix).",
    "places": "One row per place mention, with adcode, lon/lat and the sentence (vs.places).",
    "collaborations": "One row per pair of places a sentence presents as working together, "
    "with the mechanism and the sentence (vs.collaborations).",
    "events": "One row per event mention, with type, trigger, resolved date, place and the "
    "sentence (vs.events).",
}

CODING_COLUMNS = ("verdict", "note")
"""Empty columns added to the evidence sheets of the workbook, for coding by hand."""

_EXCEL_CELL_MAX = 32767
_FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def _problems(value: object) -> str:
    return (
        "; ".join(value)
        if isinstance(value, tuple | list)
        else ("" if value is None else str(value))
    )


def _with_sentences(table: pd.DataFrame, corpus: pd.DataFrame) -> pd.DataFrame:
    from .text import sentences

    if table.empty:
        return table.assign(sentence=pd.Series(dtype=object))
    sents = sentences(corpus.loc[sorted(set(table["doc_id"]))])
    return table.merge(sents, on=["doc_id", "sent_id"], how="left", validate="many_to_one")


def standard_tables(corpus: pd.DataFrame, n_jobs: int = 1) -> dict[str, pd.DataFrame]:
    """The standard result tables of a corpus, ready to export.

    Parameters
    ----------
    corpus : DataFrame
        From :func:`vocstudy.load_corpus`.
    n_jobs : int
        Processes for the helpers; the tables do not depend on it.

    Returns
    -------
    dict
        ``name -> DataFrame`` in :data:`TABLE_NAMES` order, each with a plain 0..n-1
        index: ``articles`` (corpus metadata without the texts, ``problems`` joined
        with ``"; "``, and :func:`vocstudy.article_summary`), ``audit_summary``
        (``doc_id``, ``action``, ``rule``, ``lines``), ``themes`` (with ``label`` and
        ``sentence``), ``theme_matrix`` (``doc_id`` and one count column per theme),
        ``places`` (with ``sentence``), ``collaborations``, ``events``.

    Examples
    --------
    >>> from vocstudy.corpus import corpus_from_texts
    >>> c = corpus_from_texts({"d": "重庆市与四川省签署职业教育合作协议。"})
    >>> t = standard_tables(c)
    >>> list(t), t["collaborations"][["a", "b", "mechanism"]].values.tolist()
    (['articles', 'audit_summary', 'themes', 'theme_matrix', 'places', 'collaborations', 'events'], [['四川省', '重庆市', 'agreement']])
    """
    from .collaboration import collaborations
    from .event_extraction import events
    from .gazetteer import places
    from .loading import cleaning_audit
    from .policy_themes import load_theme_lexicon, theme_matrix, themes
    from .summary import article_summary

    meta = corpus.drop(columns=["text_raw", "text"]).copy()
    meta["problems"] = meta["problems"].map(_problems)
    summary = article_summary(corpus, n_jobs=n_jobs)
    summary = summary.drop(columns=[c for c in summary.columns if c in meta.columns])
    articles = meta.join(summary, how="left").rename_axis("doc_id").reset_index()

    audit = cleaning_audit(corpus)
    audit_summary = (
        audit.groupby(["doc_id", "action", "rule"], sort=True).size().rename("lines").reset_index()
    )

    lexicon = load_theme_lexicon()
    matches = themes(corpus, lexicon=lexicon, n_jobs=n_jobs)
    matches = matches.assign(
        label=matches["theme"].map(dict(zip(lexicon["theme"], lexicon["label"])))
    )
    matrix = (
        theme_matrix(corpus, lexicon=lexicon, n_jobs=n_jobs).rename_axis("doc_id").reset_index()
    )
    matrix.columns.name = None
    return {
        "articles": articles,
        "audit_summary": audit_summary,
        "themes": _with_sentences(matches, corpus),
        "theme_matrix": matrix,
        "places": _with_sentences(places(corpus, n_jobs=n_jobs), corpus),
        "collaborations": collaborations(corpus, n_jobs=n_jobs).reset_index(drop=True),
        "events": events(corpus, n_jobs=n_jobs).reset_index(drop=True),
    }


def lexicon_version() -> str | None:
    """The lexicon version stated in ``vocstudy/data/README.md`` (``None`` if not stated).

    Examples
    --------
    >>> isinstance(lexicon_version(), str)
    True
    """
    from .paths import data_path

    try:
        text = data_path("README.md").read_text(encoding="utf-8")
    except OSError:
        return None
    m = re.search(r"Lexicon version:\s*\**\s*([\w.\-]+)", text)
    return m.group(1) if m else None


def _run_date(run_date: str | datetime.date | None) -> datetime.date:
    if run_date is None:
        run_date = os.environ.get("VOCSTUDY_RUN_DATE") or datetime.date.today()
    return pd.Timestamp(run_date).date()


def readme_table(
    tables: Mapping[str, pd.DataFrame],
    corpus_path: str | None = None,
    run_date: str | datetime.date | None = None,
) -> pd.DataFrame:
    """The README of an export: how it was made, then one row per table.

    Examples
    --------
    >>> r = readme_table({"events": pd.DataFrame({"a": [1, 2]})}, "seeds", "2025-01-02")
    >>> r.loc[r["item"] == "run date", "value"].item(), int(r.loc[r["item"] == "events", "rows"].item())
    ('2025-01-02', 2)
    """
    from . import __version__

    rows = [
        ("made by", f"vocstudy {__version__}", None),
        ("lexicon version", lexicon_version() or "not stated", None),
        ("run date", _run_date(run_date).isoformat(), None),
        ("corpus", corpus_path if corpus_path is not None else "not given", None),
        ("keys", "doc_id: article id; sent_id: 0-based sentence number in the cleaned text", None),
    ]
    for name, table in tables.items():
        rows.append((name, TABLE_DESCRIPTIONS.get(name, "table given by the caller"), len(table)))
    out = pd.DataFrame(rows, columns=["item", "value", "rows"])
    out["rows"] = out["rows"].astype("Int64")
    return out


def _tables_of(
    data: pd.DataFrame | Mapping[str, pd.DataFrame], tables: Sequence[str] | None, n_jobs: int
) -> dict[str, pd.DataFrame]:
    if isinstance(data, pd.DataFrame):
        if "text" not in data.columns:
            raise TypeError("export takes a corpus table (from vs.load_corpus) or a dict of tables")
        out = standard_tables(data, n_jobs=n_jobs)
    else:
        out = dict(data)
    if tables is not None:
        missing = [t for t in tables if t not in out]
        if missing:
            raise KeyError(f"no table(s) {missing}; available: {list(out)}")
        out = {t: out[t] for t in tables}
    return out


def export(
    data: pd.DataFrame | Mapping[str, pd.DataFrame],
    path: str | os.PathLike,
    tables: Sequence[str] | None = None,
    *,
    corpus_path: str | None = None,
    run_date: str | datetime.date | None = None,
    networks: bool = True,
    n_jobs: int = 1,
) -> Path:
    """Write results where other tools read them: an Excel workbook or a folder.

    Parameters
    ----------
    data : DataFrame or mapping
        A corpus table (the standard tables are computed with :func:`standard_tables`)
        or ``name -> DataFrame``.
    path : str or Path
        ``….xlsx``: one workbook, a README sheet then one sheet per table. Anything
        else is a folder (created): ``<name>.csv`` (UTF-8 with BOM) and
        ``<name>.parquet`` per table, ``README.csv``, and — from a corpus, with
        ``networks`` — ``collaborations.gexf/.graphml`` and ``themes.gexf/.graphml``.
    tables : sequence of str, optional
        Only these tables (default all, in :data:`TABLE_NAMES` order).
    corpus_path : str, optional
        Where the corpus came from, stated in the README.
    run_date : str or date, optional
        Date stated in the README; default ``$VOCSTUDY_RUN_DATE`` or today. Fix it for
        byte-identical files.
    networks : bool
        Also write the networks into a folder export.
    n_jobs : int
        Processes for the helpers.

    Returns
    -------
    Path
        The workbook or folder written.

    Examples
    --------
    >>> import vocstudy as vs  # doctest: +SKIP
    >>> vs.export(vs.load_corpus(), "results.xlsx", run_date="2025-01-01")  # doctest: +SKIP
    PosixPath('results.xlsx')
    """
    path = Path(path)
    out = _tables_of(data, tables, n_jobs)
    readme = readme_table(out, corpus_path, run_date)
    if path.suffix.lower() == ".xlsx":
        write_workbook(out, path, readme, run_date=_run_date(run_date))
        return path
    if path.suffix:
        raise ValueError(f"{path.name!r}: export to a .xlsx file or to a folder")
    path.mkdir(parents=True, exist_ok=True)
    _csv(readme, path / "README.csv")
    for name, table in out.items():
        flat = _flat(table)
        _csv(flat, path / f"{name}.csv")
        flat.to_parquet(path / f"{name}.parquet", index=False)
    if networks and isinstance(data, pd.DataFrame):
        from .networks import collaboration_network, theme_network, write_network

        graphs = {
            "collaborations": collaboration_network(data, n_jobs=n_jobs),
            "themes": theme_network(data, n_jobs=n_jobs),
        }
        for name, graph in graphs.items():
            write_network(graph, path / f"{name}.gexf")
            write_network(graph, path / f"{name}.graphml")
    return path


def _flat(table: pd.DataFrame) -> pd.DataFrame:
    """Tuples (``problems``) joined into strings, so every format can hold them."""
    table = table.copy()
    for col in table.columns:
        if table[col].dtype == object and table[col].map(lambda v: isinstance(v, tuple)).any():
            table[col] = table[col].map(_problems)
    return table


def _csv(table: pd.DataFrame, path: Path) -> None:
    table.to_csv(
        path, index=False, encoding="utf-8-sig", lineterminator="\n", date_format="%Y-%m-%d"
    )


# ---------------------------------------------------------------------------
# the workbook

_WIDE = {
    "evidence": 80,
    "sentence": 80,
    "before": 50,
    "after": 50,
    "title": 36,
    "value": 90,
    "path": 30,
    "note": 30,
}


def _excel_value(value: object) -> object:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if value is None or value is pd.NaT:
        return None
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if isinstance(value, tuple | list):
        value = _problems(value)
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)  # control characters Excel refuses
        if len(value) > _EXCEL_CELL_MAX:
            value = value[: _EXCEL_CELL_MAX - 1] + "…"
        return value
    if hasattr(value, "item"):
        return value.item()
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def _sheet(wb, name: str, table: pd.DataFrame, coding: bool) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title=name[:31])
    columns = [str(c) for c in table.columns]
    if coding:
        columns += list(CODING_COLUMNS)
    ws.append(columns)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    date_cols = {
        i for i, c in enumerate(table.columns, 1) if pd.api.types.is_datetime64_any_dtype(table[c])
    }
    for values in table.itertuples(index=False, name=None):
        ws.append([_excel_value(v) for v in values])
    wrap = Alignment(wrap_text=True, vertical="top")
    for i, col in enumerate(columns, 1):
        letter = get_column_letter(i)
        if col in _WIDE:
            width = _WIDE[col]
        else:
            longest = max(
                [len(col), *(len(str(v)) for v in table[col].head(200))]
                if col in table.columns
                else [len(col)]
            )
            width = min(max(8, longest + 2), 40)
        ws.column_dimensions[letter].width = width
        if i in date_cols:
            for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                cell.number_format = "yyyy-mm-dd"
        if col in ("evidence", "sentence", "value", "before", "after"):
            for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                cell.alignment = wrap
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions


def write_workbook(
    tables: Mapping[str, pd.DataFrame],
    path: str | os.PathLike,
    readme: pd.DataFrame | None = None,
    run_date: datetime.date | None = None,
) -> Path:
    """Write tables as one workbook: the README sheet, then one sheet per table.

    Sheets with an ``evidence`` or ``sentence`` column get the empty coding columns
    :data:`CODING_COLUMNS`. Every sheet has a bold frozen header row and a filter.
    The file's timestamps are the run date, so the bytes depend only on the tables.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = write_workbook({"t": pd.DataFrame({"x": [1]})}, Path(d) / "r.xlsx")
    ...     pd.read_excel(p, sheet_name="t")["x"].tolist()
    [1]
    """
    from openpyxl import Workbook

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    run_date = run_date or _run_date(None)
    stamp = datetime.datetime.combine(run_date, datetime.time())
    wb = Workbook()
    wb.remove(wb.active)
    if readme is None:
        readme = readme_table(tables, run_date=run_date)
    _sheet(wb, "README", readme, coding=False)
    for name, table in tables.items():
        coding = "evidence" in table.columns or "sentence" in table.columns
        _sheet(wb, name, table, coding)
    wb.properties.creator = "vocstudy"
    wb.properties.created = stamp
    wb.properties.modified = stamp
    buffer = io.BytesIO()
    wb.save(buffer)
    _fix_zip(buffer.getvalue(), path, stamp)
    return path


_MODIFIED_RE = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def _fix_zip(data: bytes, path: Path, stamp: datetime.datetime) -> None:
    """Rewrite the .xlsx archive with fixed entry times and modification date."""
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = _MODIFIED_RE.sub(rb"\g<1>" + iso + rb"\g<2>", content)
            fixed = zipfile.ZipInfo(info.filename, date_time=_FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, content)


__all__ = [
    "TABLE_NAMES",
    "export",
    "lexicon_version",
    "readme_table",
    "standard_tables",
    "write_workbook",
]
