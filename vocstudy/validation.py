"""Check the findings on your own articles: validation sheets, precision reports, P/R/F1.

A number from an extractor is only as good as its precision on the articles it was run
on. This module gives the loop a researcher needs to check it:

1. :func:`validation_sheet` draws a stratified random sample of extracted rows (events,
   collaborating pairs, places, themes), each with the sentence that supports it and an
   empty ``verdict`` column, and writes it as an Excel sheet (with a dropdown) and CSV;
2. a reader fills in ``verdict`` (``correct`` / ``wrong`` / ``unsure``);
3. :func:`validation_report` turns the filled sheet into precision per stratum with
   Wilson 95 % intervals.

Where a gold standard exists, :func:`score` gives precision, recall and F1 with 95 %
intervals, and :func:`evaluate` scores every helper on an annotated validation folder
(see :mod:`vocstudy.evaluation`).

Examples
--------
>>> [round(x, 3) for x in wilson(8, 10)]
[0.49, 0.943]
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

VERDICTS = ("correct", "wrong", "unsure")
"""The values a reader writes in a sheet's ``verdict`` column."""

# what each tidy table is stratified by, recognised from its columns (first match wins)
TABLE_KINDS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("collaborations", ("a", "b", "mechanism"), "mechanism"),
    ("events", ("event_type",), "event_type"),
    ("places", ("name", "level", "mention"), "level"),
    ("themes", ("theme", "term"), "theme"),
)

# columns shown in a sheet per kind, besides doc_id, sent_id and evidence
_SHOWN = {
    "collaborations": ("a", "b", "mechanism"),
    "events": ("event_type", "trigger", "date", "place", "lead"),
    "places": ("mention", "name", "level", "province"),
    "themes": ("theme", "term"),
}

# spellings a reader may use in the verdict column; anything else is an error
_VERDICT_WORDS = {
    "correct": ("correct", "right", "yes", "y", "true", "1", "ok", "✓", "对", "正确", "是"),
    "wrong": ("wrong", "incorrect", "no", "n", "false", "0", "x", "✗", "错", "错误", "否"),
    "unsure": ("unsure", "?", "？", "maybe", "不确定", "不清楚"),
}
_VERDICT_OF = {w: v for v, words in _VERDICT_WORDS.items() for w in words}

Z95 = 1.959963984540054


# ----------------------------------------------------------------------------- intervals
def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for a proportion ``k / n`` (95 % by default).

    Parameters
    ----------
    k : int
        Successes (e.g. rows judged correct).
    n : int
        Trials; ``0`` gives ``(nan, nan)``.
    z : float
        Normal quantile; the default gives a 95 % interval.

    Returns
    -------
    tuple of float
        ``(low, high)``, inside ``[0, 1]``.

    Examples
    --------
    >>> [round(x, 3) for x in wilson(8, 10)]
    [0.49, 0.943]
    >>> wilson(0, 0)
    (nan, nan)
    """
    if n <= 0:
        return (math.nan, math.nan)
    if not 0 <= k <= n:
        raise ValueError(f"wilson: need 0 <= k <= n, got k={k}, n={n}")
    p = k / n
    z2 = z * z
    denom = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom
    low = 0.0 if k == 0 else max(0.0, centre - half)  # exact ends, no rounding residue
    high = 1.0 if k == n else min(1.0, centre + half)
    return (low, high)


def _ratio(k: float, n: float) -> float:
    return k / n if n else math.nan


def _f1(p: float, r: float) -> float:
    if math.isnan(p) or math.isnan(r):
        return math.nan
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def prf_from_counts(counts: pd.DataFrame, n_boot: int = 1000, seed: int = 0) -> dict[str, float]:
    """Precision, recall and F1 with 95 % intervals from per-unit match counts.

    Parameters
    ----------
    counts : DataFrame
        One row per unit of resampling (an article), columns ``tp_pred`` (predicted
        items that matched), ``n_pred``, ``tp_gold`` (gold items that were matched) and
        ``n_gold``. With one-to-one matching ``tp_pred == tp_gold``.
    n_boot : int
        Bootstrap replicates over units for the F1 interval (``0``: no interval).
    seed : int
        Seed of the bootstrap; the same seed gives the same interval.

    Returns
    -------
    dict
        ``n_gold``, ``n_pred``, ``tp``, ``precision``, ``p_low``, ``p_high`` (Wilson),
        ``recall``, ``r_low``, ``r_high`` (Wilson), ``f1``, ``f1_low``, ``f1_high``
        (percentile bootstrap over units).

    Examples
    --------
    >>> c = pd.DataFrame({"tp_pred": [1, 1], "n_pred": [2, 1], "tp_gold": [1, 1], "n_gold": [1, 2]})
    >>> r = prf_from_counts(c, n_boot=0)
    >>> round(r["precision"], 3), round(r["recall"], 3), round(r["f1"], 3)
    (0.667, 0.667, 0.667)
    """
    arr = {c: counts[c].to_numpy(dtype="int64") for c in ("tp_pred", "n_pred", "tp_gold", "n_gold")}
    tp_p, n_p = int(arr["tp_pred"].sum()), int(arr["n_pred"].sum())
    tp_g, n_g = int(arr["tp_gold"].sum()), int(arr["n_gold"].sum())
    p, r = _ratio(tp_p, n_p), _ratio(tp_g, n_g)
    out: dict[str, float] = {"n_gold": n_g, "n_pred": n_p, "tp": tp_g}
    out["precision"], (out["p_low"], out["p_high"]) = p, wilson(tp_p, n_p)
    out["recall"], (out["r_low"], out["r_high"]) = r, wilson(tp_g, n_g)
    out["f1"] = _f1(p, r)
    out["f1_low"] = out["f1_high"] = math.nan
    units = len(counts)
    if n_boot > 0 and units > 0 and not math.isnan(out["f1"]):
        rng = np.random.default_rng(seed)
        idx = rng.integers(0, units, size=(n_boot, units))
        sums = {c: a[idx].sum(axis=1).astype(float) for c, a in arr.items()}
        with np.errstate(divide="ignore", invalid="ignore"):
            bp = sums["tp_pred"] / sums["n_pred"]
            br = sums["tp_gold"] / sums["n_gold"]
            bf = np.where(bp + br > 0, 2 * bp * br / (bp + br), 0.0)
        bf = bf[~np.isnan(bf)]
        if len(bf):
            out["f1_low"], out["f1_high"] = (
                float(np.quantile(bf, 0.025)),
                float(np.quantile(bf, 0.975)),
            )
    return out


# ----------------------------------------------------------------------------- score
def _as_frame(items: Any, on: Sequence[str] | None) -> pd.DataFrame:
    if isinstance(items, pd.DataFrame):
        return items
    rows = [tuple(x) if isinstance(x, (tuple, list)) else (x,) for x in items]
    width = len(rows[0]) if rows else (len(on) if on else 1)
    cols = list(on) if on and len(on) == width else [f"k{i}" for i in range(width)]
    return pd.DataFrame(rows, columns=cols)


def score(
    gold: pd.DataFrame | Iterable,
    predicted: pd.DataFrame | Iterable,
    on: Sequence[str] | None = None,
    by: str | None = None,
    unit: str | None = "doc_id",
    n_boot: int = 1000,
    seed: int = 0,
) -> pd.DataFrame:
    """Precision, recall and F1 (with 95 % intervals) of predicted items against gold.

    Items are the distinct rows of the ``on`` columns (duplicates count once); a
    predicted item is right when the same key is in the gold table.

    Parameters
    ----------
    gold, predicted : DataFrame or iterable of tuples
        The two tables (or sets of key tuples, read as the ``on`` columns).
    on : list of str, optional
        Key columns; default the columns the two tables share.
    by : str, optional
        Also score each value of this key column separately (e.g. ``"event_type"``).
    unit : str, optional
        Column resampled by the F1 bootstrap (default ``"doc_id"`` when it is a key,
        else each item is its own unit).
    n_boot, seed : int
        Bootstrap replicates and seed for the F1 interval.

    Returns
    -------
    DataFrame
        One row per group (``"all"`` last): ``group``, ``n_gold``, ``n_pred``, ``tp``,
        ``precision``, ``p_low``, ``p_high``, ``recall``, ``r_low``, ``r_high``, ``f1``,
        ``f1_low``, ``f1_high``. Precision and recall intervals are Wilson's; F1's is a
        percentile bootstrap over units.

    Examples
    --------
    >>> gold = [("a", "forum"), ("a", "signing"), ("b", "visit")]
    >>> pred = [("a", "forum"), ("b", "visit"), ("b", "launch"), ("b", "meeting")]
    >>> s = score(gold, pred, on=["doc_id", "event_type"], n_boot=0)
    >>> s.loc[0, ["n_gold", "n_pred", "tp"]].astype(int).tolist()
    [3, 4, 2]
    >>> float(s.loc[0, "precision"]), round(float(s.loc[0, "recall"]), 3)
    (0.5, 0.667)
    """
    g, p = _as_frame(gold, on), _as_frame(predicted, on)
    keys = list(on) if on else [c for c in g.columns if c in set(p.columns)]
    if not keys:
        raise ValueError("score: the two tables share no column; pass on=[...]")
    for name, t in (("gold", g), ("predicted", p)):
        missing = [k for k in keys if k not in t.columns]
        if missing:
            raise KeyError(f"score: {name} has no column {missing}")
    if by is not None and by not in keys:
        raise ValueError(f"score: by={by!r} must be one of the key columns {keys}")
    g = g[keys].drop_duplicates().astype(str)
    p = p[keys].drop_duplicates().astype(str)
    g_set = set(map(tuple, g.to_numpy().tolist()))
    p_set = set(map(tuple, p.to_numpy().tolist()))
    u = keys.index(unit) if unit in keys else None
    b = keys.index(by) if by is not None else None

    def counts(items_g: set, items_p: set) -> pd.DataFrame:
        tp = items_g & items_p
        rows: dict[Any, list[int]] = {}
        for key in sorted(items_g | items_p):
            unit_of = key[u] if u is not None else key
            r = rows.setdefault(unit_of, [0, 0, 0, 0])
            r[0] += key in tp and key in items_p
            r[1] += key in items_p
            r[2] += key in tp
            r[3] += key in items_g
        return pd.DataFrame(list(rows.values()), columns=["tp_pred", "n_pred", "tp_gold", "n_gold"])

    out = []
    if b is not None:
        for grp in sorted({k[b] for k in g_set | p_set}):
            gg = {k for k in g_set if k[b] == grp}
            pp = {k for k in p_set if k[b] == grp}
            out.append({"group": grp, **prf_from_counts(counts(gg, pp), n_boot, seed)})
    out.append({"group": "all", **prf_from_counts(counts(g_set, p_set), n_boot, seed)})
    df = pd.DataFrame(out)
    for c in ("n_gold", "n_pred", "tp"):
        df[c] = df[c].astype("int64")
    return df


# ----------------------------------------------------------------------------- pairs
def province_of(name: str) -> str:
    """The province a place lies in (itself for provinces, blocs, countries, unknowns).

    Uses the gazetteer's ``province`` column through :func:`vocstudy.gazetteer.lookup`.

    Examples
    --------
    >>> province_of("宁波市"), province_of("浙江省"), province_of("德国")
    ('浙江省', '浙江省', '德国')
    """
    from .gazetteer import lookup

    place = lookup(name)
    if place is None or not place.province:
        return name
    return place.province


def pair_matches(predicted: Sequence[str], gold: Sequence[str]) -> str | None:
    """How an unordered predicted pair matches a gold pair: ``"named"``, ``"province"`` or None.

    A pair matches at the named level when its two names are the gold pair's two
    names, in either order. Otherwise it matches when both sides, lifted to their
    provinces, give the gold pair's two (different) provinces: a pair inside one
    province can only match at the named level.

    Examples
    --------
    >>> pair_matches(("贵州省", "浙江省"), ("浙江省", "贵州省"))
    'named'
    >>> pair_matches(("浙江省", "贵州省"), ("宁波市", "黔西南布依族苗族自治州"))
    'province'
    >>> pair_matches(("宁波市", "温州市"), ("杭州市", "宁波市")) is None
    True
    """
    if len(predicted) != 2 or len(gold) != 2:
        raise ValueError("pair_matches: a pair has two places")
    if sorted(predicted) == sorted(gold):
        return "named"
    lp = sorted(province_of(x) for x in predicted)
    lg = sorted(province_of(x) for x in gold)
    if lp[0] != lp[1] and lp == lg:
        return "province"
    return None


def match_pairs(
    predicted: Iterable[Sequence[str]], gold: Iterable[Sequence[str]]
) -> list[tuple[tuple[str, str] | None, tuple[str, str] | None, str | None]]:
    """One-to-one matching of predicted and gold pairs of one article.

    Named-level matches are made first, then province-lifted ones among the pairs left
    (both lists in sorted order, so the result is deterministic).

    Returns
    -------
    list of (predicted, gold, how)
        Matched pairs with ``how`` = ``"named"``/``"province"``; unmatched predicted
        pairs as ``(pair, None, None)`` and unmatched gold pairs as ``(None, pair, None)``.

    Examples
    --------
    >>> match_pairs([("浙江省", "贵州省"), ("北京市", "天津市")], [("宁波市", "贵阳市")])
    [(('浙江省', '贵州省'), ('宁波市', '贵阳市'), 'province'), (('北京市', '天津市'), None, None)]
    """
    preds = sorted({tuple(sorted(p)) for p in predicted})
    golds = sorted({tuple(sorted(g)) for g in gold})
    used_p: set[int] = set()
    used_g: set[int] = set()
    out: list = []
    for level in ("named", "province"):
        for i, pp in enumerate(preds):
            if i in used_p:
                continue
            for j, gg in enumerate(golds):
                if j not in used_g and pair_matches(pp, gg) == level:
                    used_p.add(i)
                    used_g.add(j)
                    out.append((pp, gg, level))
                    break
    out += [(pp, None, None) for i, pp in enumerate(preds) if i not in used_p]
    out += [(None, gg, None) for j, gg in enumerate(golds) if j not in used_g]
    return out


# ----------------------------------------------------------------------------- sheets
def table_kind(table: pd.DataFrame) -> tuple[str, str]:
    """Recognise a tidy table from its columns: ``(kind, stratum column)``.

    Examples
    --------
    >>> table_kind(pd.DataFrame(columns=["doc_id", "sent_id", "a", "b", "mechanism"]))
    ('collaborations', 'mechanism')
    """
    cols = set(table.columns)
    for kind, needed, by in TABLE_KINDS:
        if set(needed) <= cols:
            return kind, by
    raise ValueError(
        "validation_sheet: cannot tell which table this is from its columns "
        f"{list(table.columns)}; pass by='<column to stratify by>'"
    )


def _allocate(sizes: dict[str, int], n: int) -> dict[str, int]:
    """Split ``n`` draws over strata as evenly as their sizes allow."""
    quota = dict.fromkeys(sizes, 0)
    left = min(n, sum(sizes.values()))
    while left > 0:
        open_ = [s for s in sizes if quota[s] < sizes[s]]
        share = max(1, left // len(open_))
        for s in open_:
            if left == 0:
                break
            take = min(share, sizes[s] - quota[s], left)
            quota[s] += take
            left -= take
    return quota


def _evidence(table: pd.DataFrame, corpus: pd.DataFrame | None) -> pd.Series:
    if "evidence" in table.columns:
        return table["evidence"].astype(object)
    if corpus is None:
        raise ValueError(
            "validation_sheet: this table has no evidence column; pass corpus= (the "
            "corpus table, or a vs.sentences table) so each row gets its sentence"
        )
    if "sentence" in corpus.columns:
        sents = corpus
    else:
        from .text import sentences

        sents = sentences(corpus)
    lookup = dict(
        zip(zip(sents["doc_id"].astype(str), sents["sent_id"].astype("int64")), sents["sentence"])
    )
    return pd.Series(
        [lookup.get((str(d), int(s))) for d, s in zip(table["doc_id"], table["sent_id"])],
        index=table.index,
        dtype=object,
    )


def _cell(value: Any) -> Any:
    """A value as a sheet shows it: dates as ISO strings, missing as empty."""
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, (np.bool_, bool)):
        return "yes" if value else "no"
    if isinstance(value, np.integer):
        return int(value)
    return value


def validation_sheet(
    table: pd.DataFrame,
    n: int = 60,
    seed: int = 0,
    path: str | os.PathLike | None = None,
    by: str | None = None,
    corpus: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Draw a stratified sample of extracted rows for a reader to judge.

    Parameters
    ----------
    table : DataFrame
        A tidy table from :func:`vocstudy.events`, :func:`vocstudy.collaborations`,
        :func:`vocstudy.places`, :func:`vocstudy.themes` (or ``article_events``).
    n : int
        Rows to draw in all. They are spread as evenly as possible over the strata
        (so rare types are judged too); a stratum smaller than its share gives all its
        rows.
    seed : int
        Seed of the draw: the same table, ``n`` and ``seed`` give the same sheet.
    path : path, optional
        Also write the sheet as ``<path>.xlsx`` (with a dropdown of
        ``correct``/``wrong``/``unsure`` in the verdict column) and ``<path>.csv``
        (UTF-8 with BOM, which Excel opens correctly). A ``.xlsx`` or ``.csv`` suffix
        on ``path`` is replaced.
    by : str, optional
        Column to stratify by; default from the table's kind (events: ``event_type``,
        collaborations: ``mechanism``, places: ``level``, themes: ``theme``).
    corpus : DataFrame, optional
        Needed for tables without an ``evidence`` column (places, themes): the corpus
        table, or a :func:`vocstudy.sentences` table.

    Returns
    -------
    DataFrame
        ``item`` (1..), ``stratum``, ``stratum_rows`` (rows of that stratum in the whole
        table), ``doc_id``, ``sent_id``, the table's own columns (e.g. ``event_type``,
        ``trigger``), ``evidence``, and empty ``verdict`` and ``note``; ordered by
        stratum, document and sentence.

    Examples
    --------
    >>> t = pd.DataFrame({"doc_id": list("aabbc"), "sent_id": [0, 1, 0, 1, 0],
    ...                   "event_type": ["forum", "forum", "visit", "forum", "signing"],
    ...                   "evidence": ["s1", "s2", "s3", "s4", "s5"]})
    >>> s = validation_sheet(t, n=3, seed=1)
    >>> sorted(s["stratum"]), set(s["verdict"])
    (['forum', 'signing', 'visit'], {''})
    """
    if by is None:
        kind, by = table_kind(table)
    else:
        kind = next((k for k, _, b in TABLE_KINDS if b == by), "table")
        if by not in table.columns:
            raise KeyError(f"validation_sheet: no column {by!r} to stratify by")
    for col in ("doc_id", "sent_id"):
        if col not in table.columns:
            raise KeyError(f"validation_sheet: the table needs a {col!r} column")
    if n < 1:
        raise ValueError("validation_sheet: n must be at least 1")
    t = table.reset_index(drop=True)
    strata = t[by].astype(str)
    sizes = strata.value_counts().sort_index().to_dict()
    quota = _allocate(sizes, n)
    rng = np.random.default_rng(seed)
    picked: list[int] = []
    for s in sorted(sizes):
        rows = np.flatnonzero((strata == s).to_numpy())
        picked += sorted(rng.choice(rows, size=quota[s], replace=False).tolist())
    sample = t.loc[picked]
    shown = [c for c in _SHOWN.get(kind, ()) if c in sample.columns and c != by]
    extra = [c for c in sample.columns if c not in {"doc_id", "sent_id", "evidence", by, *shown}]
    if kind == "table":
        shown = extra
    out = pd.DataFrame(
        {
            "stratum": strata.loc[picked].to_numpy(),
            "stratum_rows": [sizes[s] for s in strata.loc[picked]],
            "doc_id": sample["doc_id"].astype(str).to_numpy(),
            "sent_id": sample["sent_id"].astype("int64").to_numpy(),
        }
    )
    for c in [by, *shown]:
        out[c] = [_cell(v) for v in sample[c]]
    out["evidence"] = [_cell(v) for v in _evidence(sample, corpus)]
    out = out.sort_values(["stratum", "doc_id", "sent_id"], kind="stable").reset_index(drop=True)
    out.insert(0, "item", range(1, len(out) + 1))
    out["verdict"] = ""
    out["note"] = ""
    if path is not None:
        write_sheet(out, path)
    return out


def write_sheet(sheet: pd.DataFrame, path: str | os.PathLike) -> tuple[Path, Path]:
    """Write a validation sheet as ``<path>.xlsx`` (with a verdict dropdown) and ``<path>.csv``.

    Returns
    -------
    tuple of Path
        The Excel and CSV files written.

    Examples
    --------
    >>> write_sheet(validation_sheet(table), "my-events-check")  # doctest: +SKIP
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation

    base = Path(path)
    if base.suffix.lower() in {".xlsx", ".csv"}:
        base = base.with_suffix("")
    base.parent.mkdir(parents=True, exist_ok=True)
    xlsx, csv = base.with_suffix(".xlsx"), base.with_suffix(".csv")
    sheet.to_csv(csv, index=False, encoding="utf-8-sig")

    wb = Workbook()
    ws = wb.active
    ws.title = "validation"
    cols = list(sheet.columns)
    ws.append(cols)
    for row in sheet.itertuples(index=False):
        ws.append([_cell(v) for v in row])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    widths = {"evidence": 80, "note": 30, "verdict": 12}
    for i, c in enumerate(cols, start=1):
        letter = ws.cell(row=1, column=i).column_letter
        ws.column_dimensions[letter].width = widths.get(c, 14)
        if c == "evidence":
            for cell in ws[letter][1:]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    if "verdict" in cols and len(sheet):
        letter = ws.cell(row=1, column=cols.index("verdict") + 1).column_letter
        dv = DataValidation(
            type="list",
            formula1='"' + ",".join(VERDICTS) + '"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="verdict",
            error="correct, wrong or unsure",
        )
        dv.add(f"{letter}2:{letter}{len(sheet) + 1}")
        ws.add_data_validation(dv)
    wb.save(xlsx)
    return xlsx, csv


def read_sheet(path: str | os.PathLike) -> pd.DataFrame:
    """Read a (filled) validation sheet from ``.xlsx`` or ``.csv``.

    Examples
    --------
    >>> read_sheet("my-events-check.xlsx")  # doctest: +SKIP
    """
    p = Path(path)
    if p.suffix.lower() == ".xlsx":
        df = pd.read_excel(p, sheet_name=0, dtype=object, engine="openpyxl")
    elif p.suffix.lower() == ".csv":
        df = pd.read_csv(p, dtype=object, encoding="utf-8-sig", keep_default_na=False)
    else:
        raise ValueError(f"read_sheet: {p.name!r} is neither .xlsx nor .csv")
    df = df.where(df.notna(), "")
    for c in ("item", "stratum_rows", "sent_id"):
        if c in df.columns:
            df[c] = pd.to_numeric(df[c]).astype("int64")
    return df


def _verdicts(values: pd.Series) -> pd.Series:
    out, bad = [], []
    for i, v in zip(values.index, values):
        word = (
            "" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v).strip().lower()
        )
        if word == "":
            out.append("")
        elif word in _VERDICT_OF:
            out.append(_VERDICT_OF[word])
        else:
            out.append("")
            bad.append((i, v))
    if bad:
        shown = ", ".join(f"row {i}: {v!r}" for i, v in bad[:5])
        raise ValueError(f"validation_report: verdicts must be correct, wrong or unsure ({shown})")
    return pd.Series(out, index=values.index, dtype=object)


REPORT_COLUMNS = [
    "stratum",
    "rows",
    "correct",
    "wrong",
    "unsure",
    "unjudged",
    "precision",
    "low",
    "high",
]


def validation_report(sheet: pd.DataFrame | str | os.PathLike, by: str = "stratum") -> pd.DataFrame:
    """Precision per stratum and overall, with Wilson 95 % intervals, from a filled sheet.

    Parameters
    ----------
    sheet : DataFrame or path
        A sheet from :func:`validation_sheet` with its ``verdict`` column filled, or the
        path of the filled ``.xlsx`` / ``.csv``. Verdicts: ``correct``, ``wrong``,
        ``unsure`` (also ``yes``/``no``/``?``, ``对``/``错``/``不确定``); blank rows
        are counted as ``unjudged``.
    by : str
        Column to report by (default ``stratum``).

    Returns
    -------
    DataFrame
        One row per stratum in sorted order, then ``all``: ``rows``, ``correct``,
        ``wrong``, ``unsure``, ``unjudged``, ``precision`` = correct / (correct + wrong)
        — unsure and unjudged rows are left out of it and counted — and its Wilson
        interval ``low``, ``high``. ``all`` is the precision of the sample; when strata
        were drawn evenly, it over-weights rare strata (read the per-stratum rows).

    Examples
    --------
    >>> s = pd.DataFrame({"stratum": ["a"] * 10 + ["b"] * 2,
    ...                   "verdict": ["correct"] * 8 + ["wrong"] * 2 + ["wrong", "unsure"]})
    >>> r = validation_report(s)
    >>> r[["stratum", "correct", "wrong", "unsure", "precision"]].values.tolist()
    [['a', 8, 2, 0, 0.8], ['b', 0, 1, 1, 0.0], ['all', 8, 3, 1, 0.7272727272727273]]
    >>> round(float(r.loc[0, "low"]), 3), round(float(r.loc[0, "high"]), 3)
    (0.49, 0.943)
    """
    df = read_sheet(sheet) if isinstance(sheet, (str, os.PathLike)) else sheet
    for col in (by, "verdict"):
        if col not in df.columns:
            raise KeyError(f"validation_report: the sheet has no {col!r} column")
    v = _verdicts(df["verdict"])
    groups = df[by].astype(str)
    rows = []
    for name in [*sorted(groups.unique()), None]:
        sel = v if name is None else v[groups == name]
        k, w, u = (
            int((sel == "correct").sum()),
            int((sel == "wrong").sum()),
            int((sel == "unsure").sum()),
        )
        lo, hi = wilson(k, k + w)
        rows.append(
            (
                "all" if name is None else name,
                len(sel),
                k,
                w,
                u,
                len(sel) - k - w - u,
                _ratio(k, k + w),
                lo,
                hi,
            )
        )
    return pd.DataFrame(rows, columns=REPORT_COLUMNS)


def evaluate(folder: str | os.PathLike | None = None, split: str | None = None, **kwargs: Any):
    """Score every helper on an annotated validation folder: see :func:`vocstudy.evaluation.evaluate`.

    Examples
    --------
    >>> result = evaluate("validation")  # doctest: +SKIP
    """
    from .evaluation import evaluate as _evaluate

    return _evaluate(folder, split=split, **kwargs)


__all__ = [
    "VERDICTS",
    "evaluate",
    "match_pairs",
    "pair_matches",
    "prf_from_counts",
    "province_of",
    "read_sheet",
    "score",
    "table_kind",
    "validation_report",
    "validation_sheet",
    "wilson",
    "write_sheet",
]
