"""Score every helper on an annotated validation folder (gold read by hand).

The folder holds ``articles/<id>.txt`` (pages as retrieved), ``gold/<id>.json`` (one
annotation per article, format in the folder's ``GUIDE.md``) and ``manifest/*.csv``
(one row per article with its ``split``: ``dev`` or ``test``). :func:`evaluate` loads
the articles with :func:`vocstudy.load_corpus`, runs the helpers once, and compares
them with the gold annotations, split by split:

=====================  =====================================================================
metric                 what is counted
=====================  =====================================================================
``title``              articles whose page prints a headline: the extracted title equals it
                       (whitespace removed, Traditional converted to Simplified on both)
``published``          pages that print a publication date: the extracted date equals it
``boilerplate``        gold boilerplate lines that cleaning removed
                       (:func:`vocstudy.cleaning_audit`, action ``removed`` with
                       nothing left of the line)
``body``               gold body lines that cleaning kept; also the share of articles
                       with every body line kept (``articles``)
``events``             article × event type: P/R/F1 (``vs.article_events`` when the
                       package has it, else ``vs.events``)
``places``             distinct places per article: P/R/F1, names normalised by
                       :func:`normalize_place`
``not_organisation``   predicted places that are the head of a school's or company's
                       name (see ``data/organisation_heads.txt``): their share of the
                       predicted places (target: none)
``lead_city``          articles with a gold lead-event city: the ``lead`` row of
                       ``vs.article_events`` has that place (a district counts as its city)
``pairs``              collaborating pairs per article, unordered: P/R/F1; a predicted
                       pair matches at the named level or with both sides lifted to
                       provinces (:func:`vocstudy.validation.match_pairs`)
``themes``             gold theme phrases matched by a ``vs.themes`` row of the article
                       whose term overlaps the phrase (substring either way; both read
                       as cleaning reads the page: whitespace removed, Traditional to
                       Simplified, full-width ASCII variants to ASCII —
                       :func:`theme_phrase_matched`)
=====================  =====================================================================

Proportions carry Wilson 95 % intervals; precision and recall too, and F1 a percentile
bootstrap over articles with a fixed seed.
"""

from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from ._tables import pipeline_tables
from .paths import PROJECT_ROOT, data_path
from .validation import match_pairs, prf_from_counts, wilson

VALIDATION_DIR = PROJECT_ROOT / "validation"

METRICS = (
    "title",
    "published",
    "boilerplate",
    "body",
    "events",
    "places",
    "not_organisation",
    "lead_city",
    "pairs",
    "themes",
)

HELPERS = {
    "title": "vs.load_corpus (title)",
    "published": "vs.load_corpus (published)",
    "boilerplate": "vs.cleaning_audit",
    "body": "vs.cleaning_audit",
    "events": "vs.article_events / vs.events",
    "places": "vs.places",
    "not_organisation": "vs.places",
    "lead_city": "vs.article_events",
    "pairs": "vs.collaborations",
    "themes": "vs.themes",
}

# the targets of issue 10 (on the test half): (metric, measure) -> (comparison, value)
TARGETS: dict[tuple[str, str], tuple[str, float]] = {
    ("title", "share"): (">=", 0.90),
    ("published", "share"): (">=", 0.90),
    ("boilerplate", "share"): (">=", 0.95),
    ("body", "articles"): (">=", 1.0),
    ("events", "precision"): (">=", 0.85),
    ("events", "recall"): (">=", 0.85),
    ("places", "recall"): (">=", 0.95),
    ("not_organisation", "share"): ("<=", 0.0),
    ("lead_city", "share"): (">=", 0.85),
    ("pairs", "precision"): (">=", 0.85),
    ("pairs", "recall"): (">=", 0.85),
    ("themes", "share"): (">=", 0.80),
}

METRIC_COLUMNS = [
    "split",
    "metric",
    "measure",
    "helper",
    "k",
    "n",
    "value",
    "low",
    "high",
    "target",
    "met",
]
ERROR_COLUMNS = ["split", "doc_id", "error", "gold", "predicted", "evidence"]

#: Endings dropped by :func:`place_stem`. ``大陆`` makes 中国大陆 meet 中国 in the
#: fallback pass: an annotator writing 中国 for the mainland (内地) and the gazetteer's
#: 中国大陆 (or the reverse) name one place by two conventions. Matching stays one to one,
#: so an article listing both gets no double credit.
_PLACE_SUFFIXES = (
    "特别行政区",
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "自治州",
    "地区",
    "大陆",
    "省",
    "市",
)
_PUNCT_RE = re.compile(r"[\s,。;:!?、,.;:!?()()\[\]【】《》“”\"'‘’]")


@dataclass
class Evaluation:
    """What :func:`evaluate` returns.

    Attributes
    ----------
    metrics : DataFrame
        Long table, one row per split × metric × measure: ``split``, ``metric``,
        ``measure`` (``share``/``precision``/``recall``/``f1``/``articles``), ``helper``,
        ``k``, ``n``, ``value``, ``low``, ``high`` (95 % interval), ``target`` (issue 10's
        target for the measure, as text) and ``met``.
    errors : dict of DataFrame
        Per metric, the rows that were wrong: ``split``, ``doc_id``, ``error``
        (``missed``/``spurious``/``wrong``/``removed``/``kept``), ``gold``,
        ``predicted`` and ``evidence`` (the sentence or line).
    articles : DataFrame
        The manifest of the scored articles (one row each, index ``id``).
    notes : list of str
        What could not be scored and why.
    """

    metrics: pd.DataFrame
    errors: dict[str, pd.DataFrame]
    articles: pd.DataFrame
    notes: list[str] = field(default_factory=list)

    def table(
        self, measures: tuple[str, ...] = ("share", "precision", "recall", "f1")
    ) -> pd.DataFrame:
        """A wide table: one row per metric × measure, ``value [low, high]`` per split.

        Examples
        --------
        >>> evaluate("validation").table()  # doctest: +SKIP
        """
        m = self.metrics[self.metrics["measure"].isin(measures)].copy()
        m["cell"] = [
            _fmt(v, lo, hi, k, n)
            for v, lo, hi, k, n in zip(m["value"], m["low"], m["high"], m["k"], m["n"])
        ]
        wide = m.pivot_table(
            index=["metric", "measure"], columns="split", values="cell", aggfunc="first", sort=False
        )
        wide.columns.name = None
        return wide

    def targets(self, split: str = "test") -> pd.DataFrame:
        """The measures issue 10 sets a target for, on one split: value, target, gap, met.

        ``gap`` is value minus target (negative: missed by that much; for the
        organisation count, the share of predicted places that are organisations).

        Examples
        --------
        >>> evaluate("validation").targets("test")  # doctest: +SKIP
        """
        m = self.metrics[(self.metrics["split"] == split) & (self.metrics["target"] != "")]
        out = m[["metric", "measure", "k", "n", "value", "low", "high", "target", "met"]].copy()
        goal = [TARGETS[(a, b)] for a, b in zip(out["metric"], out["measure"])]
        out["gap"] = [v - t if op == ">=" else t - v for v, (op, t) in zip(out["value"], goal)]
        return out.reset_index(drop=True)

    def error_counts(self) -> pd.DataFrame:
        """Error rows per metric × kind of error, one column per split.

        Examples
        --------
        >>> evaluate("validation").error_counts()  # doctest: +SKIP
        """
        frames = [e.assign(metric=m) for m, e in self.errors.items() if len(e)]
        if not frames:
            return pd.DataFrame(columns=["metric", "error"])
        allerr = pd.concat(frames, ignore_index=True)
        order = {m: i for i, m in enumerate(METRICS)}
        t = allerr.groupby(["metric", "error", "split"]).size().unstack("split", fill_value=0)
        t = t.reset_index()
        t = t.sort_values(
            ["metric", "error"], key=lambda c: c.map(order) if c.name == "metric" else c
        )
        t.columns.name = None
        return t.reset_index(drop=True)

    def examples(
        self, metric: str, split: str | None = None, n: int | None = None, width: int = 60
    ) -> pd.DataFrame:
        """The error rows of one metric, evidence cut to ``width`` characters.

        Examples
        --------
        >>> evaluate("validation").examples("pairs", "test", n=10)  # doctest: +SKIP
        """
        e = self.errors[metric]
        if split is not None:
            e = e[e["split"] == split]
        e = e.assign(
            evidence=[
                x if len(x) <= width else x[: width - 1] + "…" for x in e["evidence"].fillna("")
            ]
        )
        return (e if n is None else e.head(n)).reset_index(drop=True)


def _fmt(v: float, lo: float, hi: float, k: Any, n: Any) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "–"
    counts = f" ({int(k)}/{int(n)})" if pd.notna(k) and pd.notna(n) else ""
    ci = f" [{lo:.2f}, {hi:.2f}]" if not math.isnan(lo) else ""
    return f"{v:.2f}{ci}{counts}"


# ----------------------------------------------------------------------------- names
@lru_cache(maxsize=1)
def _t2s():
    from .cleaning import to_simplified

    return to_simplified


def _norm_text(s: Any) -> str:
    """Whitespace and pinyin annotations (``業(yè)``) removed, full-width forms mapped to
    ASCII, Traditional converted to Simplified: the forms cleaning gives every text."""
    from .cleaning import normalize_width, strip_pinyin

    if s is None or (isinstance(s, float) and math.isnan(s)):
        return ""
    return re.sub(r"\s+", "", normalize_width(_t2s()(strip_pinyin(str(s))[0])))


def _norm_theme_phrase(s: Any) -> str:
    """A gold theme phrase or a matched term read the way cleaning reads the article.

    Whitespace removed, Traditional converted to Simplified (:func:`_norm_text`), and
    full-width ASCII variants mapped to ASCII (:func:`vocstudy.cleaning.normalize_width`,
    the step cleaning applies to every line): a gold ``１＋Ｘ证书`` copied from the page
    is the ``1+X证书`` that ``vs.themes`` reads in the cleaned text.
    """
    from .cleaning import normalize_width

    return normalize_width(_norm_text(s))


def theme_phrase_matched(phrase: str, terms: Any) -> bool:
    """Whether a gold theme phrase is matched by one of an article's theme terms.

    Both sides normalised with :func:`_norm_theme_phrase`; a term matches when it
    overlaps the phrase as a substring either way (``产教融合`` for a gold
    ``深化产教融合``; ``技职教育`` for a gold ``技職教育`` copied from a Traditional page).

    Examples
    --------
    >>> theme_phrase_matched("產、官、學合作", ["产、官、学"])
    True
    >>> theme_phrase_matched("１＋Ｘ证书", ["1+X证书"])
    True
    >>> theme_phrase_matched("教育强国", ["产教融合"])
    False
    """
    ph = _norm_theme_phrase(phrase)
    if not ph:
        return False
    norm = (_norm_theme_phrase(t) for t in terms)
    return any(t and (ph in t or t in ph) for t in norm)


@lru_cache(maxsize=4096)
def normalize_place(name: str) -> str:
    """The canonical gazetteer name of a place as an annotator wrote it.

    Traditional is converted to Simplified and spaces dropped; a name the gazetteer
    knows is kept; otherwise, when :func:`vocstudy.gazetteer.find_places` reads the
    name alone as exactly one place spanning all of it (an alias or short form:
    ``长江三角洲``), its canonical name is used; else the name is returned as written.

    Examples
    --------
    >>> normalize_place("寧波市")
    '宁波市'
    """
    from .gazetteer import find_places, lookup

    n = _norm_text(name)
    if not n or lookup(n) is not None:
        return n
    found = find_places(n)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(n):
        return found[0].name
    return n


def place_stem(name: str) -> str:
    """A place name without its administrative suffix, the fallback comparison key.

    Used only when two names do not match in full (``香港`` written for
    ``香港特别行政区``, ``中国`` for ``中国大陆``); a stem is kept at two characters or
    more.

    Examples
    --------
    >>> place_stem("香港特别行政区"), place_stem("宜宾市"), place_stem("德国")
    ('香港', '宜宾', '德国')
    >>> place_stem("中国大陆")
    '中国'
    """
    for suffix in _PLACE_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def _match_names(pred: list[str], gold: list[str]) -> list[tuple[str | None, str | None]]:
    """One-to-one matching of place names: full names first, then stems."""
    p_left, g_left = sorted(set(pred)), sorted(set(gold))
    out: list[tuple[str | None, str | None]] = []
    for key in (lambda x: x, place_stem):
        for p in list(p_left):
            hit = next((g for g in g_left if key(g) == key(p)), None)
            if hit is not None:
                out.append((p, hit))
                p_left.remove(p)
                g_left.remove(hit)
    out += [(p, None) for p in p_left] + [(None, g) for g in g_left]
    return out


@lru_cache(maxsize=1)
def organisation_heads() -> tuple[str, ...]:
    """The words that end an organisation's name (``data/organisation_heads.txt``).

    Examples
    --------
    >>> "大学" in organisation_heads()
    True
    """
    lines = data_path("organisation_heads.txt").read_text(encoding="utf-8").splitlines()
    return tuple(x.strip() for x in lines if x.strip() and not x.startswith("#"))


def heads_organisation(sentence: str, mention: str) -> bool:
    """True when ``mention`` starts an organisation's name in ``sentence``.

    The characters after the mention, up to punctuation or at most 10 of them, contain
    an organisation head word (``data/organisation_heads.txt``): 中山|大学, 京|东集团.

    Examples
    --------
    >>> heads_organisation("他毕业于中山大学。", "中山")
    True
    >>> heads_organisation("在中山市举行。", "中山市")
    False
    """
    i = sentence.find(mention)
    if i < 0:
        return False
    rest = _PUNCT_RE.split(sentence[i + len(mention) :], maxsplit=1)[0][:10]
    return any(h in rest for h in organisation_heads())


# ----------------------------------------------------------------------------- reading
def _read_manifest(folder: Path) -> pd.DataFrame:
    files = sorted((folder / "manifest").glob("*.csv")) if (folder / "manifest").is_dir() else []
    single = folder / "manifest.csv"
    if single.is_file():
        files.append(single)
    if not files:
        raise FileNotFoundError(
            f"evaluate: no manifest in {folder.name!r}: expected manifest/*.csv with "
            "columns id, split, ... (see GUIDE.md)"
        )
    df = pd.concat(
        [pd.read_csv(f, dtype=str, keep_default_na=False) for f in files], ignore_index=True
    )
    if "id" not in df.columns or "split" not in df.columns:
        raise ValueError("evaluate: the manifest needs the columns 'id' and 'split'")
    df = df.drop_duplicates("id", keep="last").set_index("id").sort_index()
    return df


def _read_gold(folder: Path) -> dict[str, dict]:
    gold = {}
    for path in sorted((folder / "gold").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        gold[str(data.get("id") or path.stem)] = data
    return gold


def _lines(raw: str) -> list[str]:
    from .cleaning import _LINE_SPLIT_RE

    return _LINE_SPLIT_RE.split(raw)


def _line(lines: list[str], no: int) -> str:
    return lines[no - 1] if 1 <= no <= len(lines) else ""


# ----------------------------------------------------------------------------- metrics
def _share_row(split: str, metric: str, measure: str, k: int, n: int) -> dict:
    lo, hi = wilson(k, n)
    return {
        "split": split,
        "metric": metric,
        "measure": measure,
        "k": k,
        "n": n,
        "value": k / n if n else math.nan,
        "low": lo,
        "high": hi,
    }


def _prf_rows(split: str, metric: str, counts: pd.DataFrame, n_boot: int, seed: int) -> list[dict]:
    r = (
        prf_from_counts(counts, n_boot=n_boot, seed=seed)
        if len(counts)
        else prf_from_counts(
            pd.DataFrame({c: [0] for c in ("tp_pred", "n_pred", "tp_gold", "n_gold")}), 0
        )
    )
    tp_p = int(counts["tp_pred"].sum()) if len(counts) else 0
    return [
        {
            "split": split,
            "metric": metric,
            "measure": "precision",
            "k": tp_p,
            "n": r["n_pred"],
            "value": r["precision"],
            "low": r["p_low"],
            "high": r["p_high"],
        },
        {
            "split": split,
            "metric": metric,
            "measure": "recall",
            "k": r["tp"],
            "n": r["n_gold"],
            "value": r["recall"],
            "low": r["r_low"],
            "high": r["r_high"],
        },
        {
            "split": split,
            "metric": metric,
            "measure": "f1",
            "k": None,
            "n": None,
            "value": r["f1"],
            "low": r["f1_low"],
            "high": r["f1_high"],
        },
    ]


def _first_sentence(sents: pd.DataFrame, doc_id: str, needle: str) -> str:
    """The first sentence of a document that contains ``needle`` (Simplified)."""
    if not needle:
        return ""
    sub = sents[sents["doc_id"] == doc_id]
    for s in sub["sentence"]:
        if needle in s:
            return s
    return ""


def _first_sentence_with(sents: pd.DataFrame, doc_id: str, needles: list[str]) -> str:
    """The first sentence of a document that contains every needle ("" if none does)."""
    sub = sents[sents["doc_id"] == doc_id]
    for s in sub["sentence"]:
        if all(n and n in s for n in needles):
            return s
    return ""


def _date_line(lines: list[str], iso: str) -> str:
    """The first raw line that prints the date ``iso`` (YYYY-MM-DD) in a common form."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", iso)
    if not m:
        return ""
    y, mo, d = m.groups()
    pat = re.compile(rf"{y}\s*[-/.年]\s*0?{int(mo)}\s*[-/.月]\s*0?{int(d)}(?!\d)")
    return next((x for x in lines if pat.search(x)), "")


def _city_of(name: Any) -> str:
    """A district's city (a place at city level or above is itself)."""
    from .gazetteer import lookup

    if name is None or (isinstance(name, float) and math.isnan(name)) or name is pd.NA:
        return ""
    name = str(name)
    p = lookup(name)
    if p is not None and p.level in {"district", "area", "town"} and p.city:
        return p.city
    return name


def evaluate(
    folder: str | os.PathLike | None = None,
    split: str | None = None,
    n_boot: int = 1000,
    seed: int = 0,
    tables: dict[str, Any] | None = None,
) -> Evaluation:
    """Score the helpers against the gold annotations of a validation folder.

    Parameters
    ----------
    folder : path, optional
        The validation folder (``articles/``, ``gold/``, ``manifest/``); default the
        repository's ``validation/``.
    split : str, optional
        Score only this split (``"dev"`` or ``"test"``); default every split, each
        reported on its own.
    n_boot, seed : int
        Bootstrap replicates over articles and their seed, for the F1 intervals.
    tables : dict, optional
        The helpers' tables for the folder's articles, as :func:`pipeline_tables` makes
        them - possibly by another version of vocstudy, so that an earlier version's
        output is scored by these metrics (``validation/first_look.py``). Default: made
        here by this version.

    Returns
    -------
    Evaluation
        ``metrics`` (long table with counts, values, 95 % intervals, targets),
        ``errors`` (per metric, the wrong rows with their sentence or line),
        ``articles`` (manifest rows scored) and ``notes``.

    Examples
    --------
    >>> result = evaluate()  # doctest: +SKIP
    >>> result.table()  # doctest: +SKIP
    """
    root = Path(folder) if folder is not None else VALIDATION_DIR
    if not (root / "articles").is_dir():
        raise FileNotFoundError(f"evaluate: {root.name!r} has no articles/ folder")
    manifest = _read_manifest(root)
    gold = _read_gold(root)
    texts = {p.stem for p in (root / "articles").glob("*.txt")}
    ids = sorted(i for i in gold if i in texts and i in manifest.index)
    notes: list[str] = []
    unscored = sorted(set(manifest.index) - set(ids))
    if unscored:
        notes.append(
            f"{len(unscored)} manifest articles have no gold file or no article "
            "file yet and are not scored."
        )
    if split is not None:
        ids = [i for i in ids if manifest.loc[i, "split"] == split]
    if not ids:
        raise ValueError(
            f"evaluate: no annotated article to score in {root.name!r}"
            + (f" for split {split!r}" if split else "")
        )
    if tables is None:
        tables = pipeline_tables(root / "articles", ids)
    notes.extend(tables.get("notes", []))
    corpus = tables["corpus"].loc[ids]
    audit = tables["audit"]
    # a line is removed when a rule drops it whole (a removal that leaves text, such as a
    # cut editor credit or a date prefix, keeps the line)
    gone = audit[(audit["action"] == "removed") & (audit["after"] == "")]
    removed = {d: set(g["line_no"]) for d, g in gone.groupby("doc_id")}
    rule_of = {(d, n): r for d, n, r in zip(audit["doc_id"], audit["line_no"], audit["rule"])}
    sents = tables["sentences"]
    sent_of = {(d, s): t for d, s, t in zip(sents["doc_id"], sents["sent_id"], sents["sentence"])}
    art_events = tables["article_events"]
    events = art_events if art_events is not None else tables["events"]
    places = tables["places"]
    pairs = tables["collaborations"]
    themes = tables["themes"]

    rows: list[dict] = []
    errors: dict[str, list[tuple]] = {m: [] for m in METRICS}
    splits = sorted({manifest.loc[i, "split"] for i in ids})
    for sp in splits:
        docs = [i for i in ids if manifest.loc[i, "split"] == sp]
        e = {m: [] for m in METRICS}

        # titles and dates
        k = n = 0
        for d in docs:
            g = gold[d].get("title")
            if not g:
                continue
            n += 1
            pred = corpus.loc[d, "title"]
            if _norm_text(g) == _norm_text(pred):
                k += 1
            else:
                line = gold[d].get("title_line")
                where = _line(_lines(corpus.loc[d, "text_raw"]), int(line)) if line else ""
                e["title"].append((d, "wrong", g, pred if isinstance(pred, str) else "", where))
        rows.append(_share_row(sp, "title", "share", k, n))
        k = n = 0
        for d in docs:
            g = gold[d].get("published")
            if not g:
                continue
            n += 1
            pred = corpus.loc[d, "published"]
            pred_s = pred.strftime("%Y-%m-%d") if pd.notna(pred) else ""
            if pred_s == str(g)[:10]:
                k += 1
            else:
                where = _date_line(_lines(corpus.loc[d, "text_raw"]), str(g)[:10])
                e["published"].append(
                    (d, "wrong" if pred_s else "missed", str(g)[:10], pred_s, where)
                )
        rows.append(_share_row(sp, "published", "share", k, n))

        # boilerplate removed, body kept
        kb = nb = kk = nk = all_kept = with_body = 0
        for d in docs:
            lines = _lines(corpus.loc[d, "text_raw"])
            gone = removed.get(d, set())
            for no in sorted(set(gold[d].get("boilerplate_lines") or [])):
                nb += 1
                if no in gone:
                    kb += 1
                else:
                    e["boilerplate"].append((d, "kept", f"line {no}", "", _line(lines, no)))
            body = sorted(set(gold[d].get("body_lines") or []))
            lost = [no for no in body if no in gone]
            nk += len(body)
            kk += len(body) - len(lost)
            if body:
                with_body += 1
                all_kept += not lost
            for no in lost:
                e["body"].append(
                    (d, "removed", f"line {no}", rule_of.get((d, no), ""), _line(lines, no))
                )
        rows.append(_share_row(sp, "boilerplate", "share", kb, nb))
        rows.append(_share_row(sp, "body", "share", kk, nk))
        rows.append(_share_row(sp, "body", "articles", all_kept, with_body))

        # events: article x type
        counts = []
        for d in docs:
            g = set(gold[d].get("event_types") or [])
            sub = events[events["doc_id"] == d]
            p = set(sub["event_type"])
            tp = g & p
            counts.append((len(tp), len(p), len(tp), len(g)))
            for t in sorted(p - g):
                first = sub[sub["event_type"] == t].iloc[0]
                ev = first["evidence"] if "evidence" in sub.columns else ""
                e["events"].append((d, "spurious", "", t, ev))
            for t in sorted(g - p):
                e["events"].append((d, "missed", t, "", ""))
        rows += _prf_rows(sp, "events", _counts(counts), n_boot, seed)

        # places, and organisations taken for places
        counts = []
        org_k = org_n = 0
        for d in docs:
            g = [normalize_place(x) for x in gold[d].get("places") or []]
            sub = places[places["doc_id"] == d]
            p = sorted(set(sub["name"]))
            matched = _match_names(p, g)
            tp = sum(1 for a, b in matched if a is not None and b is not None)
            counts.append((tp, len(set(p)), tp, len(set(g))))
            spurious = {a for a, b in matched if b is None}
            for a, b in matched:
                if b is None:
                    r = sub[sub["name"] == a].iloc[0]
                    e["places"].append((d, "spurious", "", a, sent_of.get((d, r["sent_id"]), "")))
                elif a is None:
                    e["places"].append(
                        (d, "missed", b, "", _first_sentence(sents, d, place_stem(b)))
                    )
            org_n += len(set(p))
            for name in p:
                if name not in spurious:
                    continue
                hit = next(
                    (
                        (m, s)
                        for m, s in zip(
                            sub.loc[sub["name"] == name, "mention"],
                            sub.loc[sub["name"] == name, "sent_id"],
                        )
                        if heads_organisation(sent_of.get((d, s), ""), m)
                    ),
                    None,
                )
                if hit is not None:
                    org_k += 1
                    e["not_organisation"].append(
                        (d, "wrong", "", f"{name} ({hit[0]})", sent_of.get((d, hit[1]), ""))
                    )
        rows += _prf_rows(sp, "places", _counts(counts), n_boot, seed)
        rows.append(_share_row(sp, "not_organisation", "share", org_k, org_n))

        # lead event city
        if art_events is not None:
            k = n = 0
            for d in docs:
                lead = gold[d].get("lead_event") or {}
                city = lead.get("city") if isinstance(lead, dict) else None
                if not city:
                    continue
                n += 1
                want = normalize_place(city)
                sub = art_events[
                    (art_events["doc_id"] == d) & art_events["lead"].fillna(False).astype(bool)
                ]
                got = [_city_of(x) for x in sub["place"]]
                ok = any(x and (x == want or place_stem(x) == place_stem(want)) for x in got)
                k += ok
                if not ok:
                    ev = sub["evidence"].iloc[0] if len(sub) and "evidence" in sub.columns else ""
                    e["lead_city"].append(
                        (
                            d,
                            "wrong" if any(got) else "missed",
                            want,
                            "、".join(x for x in got if x),
                            ev,
                        )
                    )
            rows.append(_share_row(sp, "lead_city", "share", k, n))

        # collaboration pairs
        counts = []
        for d in docs:
            g = [
                tuple(normalize_place(x) for x in pr)
                for pr in gold[d].get("pairs") or []
                if len(pr) == 2
            ]
            sub = pairs[pairs["doc_id"] == d]
            p = sorted(set(zip(sub["a"], sub["b"])))
            m = match_pairs(p, g)
            tp = sum(1 for a, b, _ in m if a is not None and b is not None)
            counts.append(
                (tp, len({tuple(sorted(x)) for x in p}), tp, len({tuple(sorted(x)) for x in g}))
            )
            for a, b, _ in m:
                if b is None:
                    hit = sub[(sub["a"] == a[0]) & (sub["b"] == a[1])]
                    ev = hit["evidence"].iloc[0] if len(hit) else ""
                    e["pairs"].append((d, "spurious", "", "–".join(a), ev))
                elif a is None:
                    where = _first_sentence_with(sents, d, [place_stem(x) for x in b])
                    e["pairs"].append((d, "missed", "–".join(b), "", where))
        rows += _prf_rows(sp, "pairs", _counts(counts), n_boot, seed)

        # policy themes
        k = n = 0
        for d in docs:
            sub = themes[themes["doc_id"] == d]
            terms = sorted(set(sub["term"]))
            for phrase in dict.fromkeys(gold[d].get("themes") or []):
                ph = _norm_theme_phrase(phrase)
                if not ph:
                    continue
                n += 1
                if theme_phrase_matched(ph, terms):
                    k += 1
                else:
                    e["themes"].append((d, "missed", phrase, "", _first_sentence(sents, d, ph)))
        rows.append(_share_row(sp, "themes", "share", k, n))

        for m, items in e.items():
            errors[m] += [(sp, *x) for x in items]

    metrics = pd.DataFrame(rows)
    metrics["helper"] = metrics["metric"].map(HELPERS)
    metrics["k"] = metrics["k"].astype("Int64")
    metrics["n"] = metrics["n"].astype("Int64")
    target, met = [], []
    for mt, ms, v in zip(metrics["metric"], metrics["measure"], metrics["value"]):
        t = TARGETS.get((mt, ms))
        target.append("" if t is None else f"{'≥' if t[0] == '>=' else '≤'} {t[1]:.2f}")
        if t is None or v is None or math.isnan(v):
            met.append(pd.NA)
        else:
            met.append(bool(v >= t[1] - 1e-12) if t[0] == ">=" else bool(v <= t[1] + 1e-12))
    metrics["target"] = target
    metrics["met"] = pd.array(met, dtype="boolean")
    metrics = metrics[METRIC_COLUMNS]
    err = {m: pd.DataFrame(v, columns=ERROR_COLUMNS) for m, v in errors.items()}
    return Evaluation(metrics=metrics, errors=err, articles=manifest.loc[ids], notes=notes)


def _counts(rows: list[tuple[int, int, int, int]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["tp_pred", "n_pred", "tp_gold", "n_gold"])


def first_looks(
    path: str | os.PathLike | None = None,
    test: Evaluation | None = None,
    values: bool = False,
) -> pd.DataFrame:
    """Pooled first looks: how the helpers scored later batches before anyone read them.

    ``validation/first_look.csv`` (written by ``validation/first_look.py``) holds, per
    later dev batch, the counts its metrics gave on the code of the commit made just
    before the batch was read, scored on today's gold. Pooled, they are a second
    estimate of how the helpers do on unseen pages, beside the test half and larger.

    Parameters
    ----------
    path : path, optional
        The CSV (default ``validation/first_look.csv``).
    test : Evaluation, optional
        When given, its test-half values are added as a column to compare with.
    values : bool
        Return the pooled numbers instead of the formatted table: one row per
        ``group`` (``all``, ``plain``) × metric × measure with ``k``, ``n``, ``value``,
        ``low``, ``high`` (Wilson 95 %).

    Returns
    -------
    DataFrame
        One row per metric × measure (``share``, ``articles``, ``precision``, ``recall``;
        ``f1`` from the pooled counts), columns ``all batches`` and ``plain draws`` (the batches
        drawn in search order, not searched for hard pages) as ``value [low, high] (k/n)``
        with Wilson 95 % intervals, then ``target`` (and ``test half``).

    Examples
    --------
    >>> first_looks().loc[("events", "precision"), "target"]  # doctest: +SKIP
    '>= 0.85'
    """
    src = Path(path) if path is not None else VALIDATION_DIR / "first_look.csv"
    if not src.is_file():
        raise FileNotFoundError(f"first_looks: no file {src.name!r}; run validation/first_look.py")
    t = pd.read_csv(src)
    if t.empty:
        raise ValueError(f"first_looks: {src.name!r} has no rows")
    order = list(dict.fromkeys(zip(t["metric"], t["measure"])))
    groups = (("all", "all batches", t), ("plain", "plain draws", t[t["plain"].astype(bool)]))
    rows = []
    for group, _, sub in groups:
        g = sub.groupby(["metric", "measure"])[["k", "n"]].sum()
        for metric, measure in order:
            if (metric, measure) in g.index:
                k, n = (int(x) for x in g.loc[(metric, measure)])
                lo, hi = wilson(k, n)
                rows.append((group, metric, measure, k, n, k / n, lo, hi))
    pooled = pd.DataFrame(
        rows, columns=["group", "metric", "measure", "k", "n", "value", "low", "high"]
    )
    if values:
        return pooled
    cols: dict[str, dict[tuple[str, str], str]] = {}
    for group, label, sub in groups:
        pages = int(sub.drop_duplicates("batch")["pages"].sum())
        name = f"{label} ({sub['batch'].nunique()} batches, {pages} pages)"
        p = pooled[pooled["group"] == group].set_index(["metric", "measure"])
        cells = {
            key: _fmt(*(p.loc[key, c] for c in ("value", "low", "high", "k", "n")))
            for key in order
            if key in p.index
        }
        for metric in dict.fromkeys(m for m, _ in order):
            if (metric, "precision") in p.index and (metric, "recall") in p.index:
                tp, npred = (int(p.loc[(metric, "precision"), c]) for c in ("k", "n"))
                ngold = int(p.loc[(metric, "recall"), "n"])
                f1 = 2 * tp / (npred + ngold) if npred + ngold else float("nan")
                cells[(metric, "f1")] = f"{f1:.2f} ({tp}/{npred}, {tp}/{ngold})"
        cols[name] = cells
    keys = []
    for key in order:
        keys.append(key)
        if key[1] == "recall" and (key[0], "f1") in next(iter(cols.values())):
            keys.append((key[0], "f1"))
    out = pd.DataFrame(
        {c: [cells.get(k, "") for k in keys] for c, cells in cols.items()},
        index=pd.MultiIndex.from_tuples(keys, names=["metric", "measure"]),
    )
    out["target"] = [f"{TARGETS[k][0]} {TARGETS[k][1]:g}" if k in TARGETS else "" for k in keys]
    if test is not None:
        m = test.metrics[test.metrics["split"] == "test"].set_index(["metric", "measure"])
        out["test half"] = [
            _fmt(*(m.loc[k, c] for c in ("value", "low", "high", "k", "n"))) if k in m.index else ""
            for k in keys
        ]
    return out


def diversity(manifest: pd.DataFrame) -> pd.DataFrame:
    """How varied a validation corpus is, per split and overall, from its manifest.

    Counts articles, distinct sites, Traditional-script articles, furniture and Markdown
    layouts, collaboration articles, the range of years and the distinct provinces (from
    a ``provinces`` column of ``|``-separated names, when the manifest has one).

    Examples
    --------
    >>> m = pd.DataFrame({"split": ["dev", "test"], "site": ["a.cn", "b.tw"],
    ...                   "script": ["simplified", "traditional"], "layout": ["plain", "markdown"],
    ...                   "year": ["2018", "2024"], "collaboration": ["yes", "no"],
    ...                   "provinces": ["浙江省|贵州省", "台湾省"]})
    >>> diversity(m).loc["all", ["articles", "sites", "traditional", "provinces"]].tolist()
    [2, 2, 1, 3]
    """

    def one(df: pd.DataFrame) -> dict:
        years = pd.to_numeric(df.get("year", pd.Series(dtype=str)), errors="coerce").dropna()
        provs: set[str] = set()
        for cell in df.get("provinces", pd.Series(dtype=str)):
            provs |= {x.strip() for x in str(cell).split("|") if x.strip()}
        layout = df.get("layout", pd.Series(dtype=str))
        return {
            "articles": len(df),
            "sites": df["site"].nunique() if "site" in df else 0,
            "traditional": int((df.get("script", pd.Series(dtype=str)) == "traditional").sum()),
            "furniture or markdown": int(layout.isin(["furniture", "markdown"]).sum()),
            "markdown": int((layout == "markdown").sum()),
            "collaboration": int((df.get("collaboration", pd.Series(dtype=str)) == "yes").sum()),
            "years": f"{int(years.min())}–{int(years.max())}" if len(years) else "",
            "provinces": len(provs),
        }

    out = {sp: one(g) for sp, g in manifest.groupby("split", sort=True)}
    out["all"] = one(manifest)
    return pd.DataFrame.from_dict(out, orient="index")


__all__ = [
    "Evaluation",
    "METRICS",
    "TARGETS",
    "VALIDATION_DIR",
    "diversity",
    "evaluate",
    "heads_organisation",
    "normalize_place",
    "organisation_heads",
    "place_stem",
    "theme_phrase_matched",
]
