"""Policy themes: which sentences speak of 产教融合, 职普融通, 双高 … and how often.

A theme lexicon maps theme ids to terms. Matching runs over the sentences of the cleaned
text (:func:`vocstudy.text.split_sentences`, so ``sent_id`` agrees with
:func:`vocstudy.sentences`) with one compiled regular expression: every term of the
lexicon in one alternation, longest first. Python's regex engine takes the first
alternative that matches at the leftmost position, so the result is *leftmost-longest*
matching, and overlapping terms count once:

* 技术技能人才 is one match (for 技术技能人才), never also 技能人才;
* 行业产教融合共同体 is one match, never also 产教融合 or 产教融合共同体;
* of two terms overlapping at different starts (产教融合 / 融合发展 in 产教融合发展) the
  one starting first wins.

A term whose first (last) character is an ASCII letter or digit must not be preceded
(followed) by another one, so ``5G`` does not match inside ``25G``. Matching is
case-sensitive and literal: no wildcards, no segmentation - a term can match across a
word boundary (党建 in 共产党建党), which is the price of speed and transparency.

The matching itself is done by an Aho-Corasick automaton (``ahocorasick_rs``) that finds
every occurrence of every term in one pass over the sentence; :func:`match_terms` then
keeps, from left to right, the longest admissible term at the leftmost start - exactly
what the regular expression of :func:`compile_terms` returns, which is used instead when
``ahocorasick_rs`` is not installed.

In the shipped lexicon every term belongs to exactly one theme (a test checks it). A
caller's lexicon may put a term in several themes: each match then yields one row per
theme.

Names are not themes. The shipped lexicon carries a short list of names of bodies and
offices that contain a theme term (``vocstudy/data/themes_names.txt``: 国际教育处,
国际教育学院 …). They take part in the leftmost-longest matching like terms, so inside
such a name the shorter term does not match, but they give no row. The list travels with
the table of :func:`load_theme_lexicon` (``attrs["names"]``); a mapping or a long table
from a caller has none.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

import numpy as np
import pandas as pd

from ._automaton import Automaton, join_parts, part_at
from ._parallel import concat_frames, doc_items, map_frames, python_strings
from .paths import data_path
from .text import split_sentences

THEME_COLUMNS = ["doc_id", "sent_id", "theme", "term"]
LEXICON_COLUMNS = ["theme", "label", "definition", "source", "terms"]
TERM_SEPARATOR = "|"

_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")

Lexicon = Mapping[str, Iterable[str]] | pd.DataFrame


def theme_lexicon_version() -> str:
    """Version of the shipped theme lexicon (``vocstudy/data/themes_version.txt``).

    The version goes up whenever ``themes.csv`` changes; ``themes.md`` lists what changed.
    Report it with theme counts so that figures can be traced to a lexicon.

    Returns
    -------
    str
        The version string, e.g. ``'2.1'``.

    Examples
    --------
    >>> tuple(int(x) for x in theme_lexicon_version().split(".")) >= (2, 8)
    True
    """
    return data_path("themes_version.txt").read_text(encoding="utf-8").strip()


def load_theme_names() -> tuple[str, ...]:
    """Names of bodies and offices that contain a theme term (``themes_names.txt``).

    Matched like terms (leftmost-longest) but giving no theme, so 国际教育 does not match
    inside 国际教育处. One name a line; ``#`` starts a comment.

    Examples
    --------
    >>> "国际教育处" in load_theme_names()
    True
    """
    path = data_path("themes_names.txt")
    if not path.exists():
        return ()
    names = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            names.append(line)
    return tuple(dict.fromkeys(names))


def load_theme_lexicon() -> pd.DataFrame:
    """Return the shipped policy-theme lexicon (``vocstudy/data/themes.csv``).

    Returns
    -------
    DataFrame
        One row per theme, in file order: ``theme`` (ASCII snake_case id), ``label``
        (Chinese), ``definition`` (one line, English), ``source`` (the policy document(s)
        the theme's wording comes from, ``None`` where there is no single one),
        ``terms`` (tuple of str). ``attrs["version"]`` holds
        :func:`theme_lexicon_version`, ``attrs["names"]`` the names that are no theme
        (:func:`load_theme_names`).

    Examples
    --------
    >>> lex = load_theme_lexicon()
    >>> lex.loc[lex["theme"] == "industry_education_integration", "label"].item()
    '产教融合'
    """
    with open(data_path("themes.csv"), encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for r in rows:
        terms = tuple(t.strip() for t in r["terms"].split(TERM_SEPARATOR) if t.strip())
        out.append((r["theme"], r["label"], r["definition"], r["source"].strip() or None, terms))
    lex = pd.DataFrame(out, columns=LEXICON_COLUMNS)
    lex.attrs["version"] = theme_lexicon_version()
    lex.attrs["names"] = load_theme_names()
    return lex


def _normalize_lexicon(lexicon: Lexicon | None) -> tuple[list[str], dict[str, tuple[str, ...]]]:
    """Return (themes in order, term -> themes in order) from any accepted lexicon."""
    pairs: list[tuple[str, str]] = []
    if lexicon is None:
        lexicon = load_theme_lexicon()
    if isinstance(lexicon, pd.DataFrame):
        if {"theme", "term"} <= set(lexicon.columns):
            pairs = list(zip(lexicon["theme"].tolist(), lexicon["term"].tolist()))
        elif {"theme", "terms"} <= set(lexicon.columns):
            pairs = [(th, t) for th, ts in zip(lexicon["theme"], lexicon["terms"]) for t in ts]
        else:
            raise ValueError("a lexicon DataFrame needs columns 'theme' and 'term'")
    elif isinstance(lexicon, Mapping):
        for th, ts in lexicon.items():
            if isinstance(ts, str):
                ts = [ts]
            pairs.extend((th, t) for t in ts)
    else:
        raise TypeError("lexicon must be None, a mapping {theme: [terms]} or a DataFrame")
    order: list[str] = []
    term_themes: dict[str, list[str]] = {}
    for th, t in pairs:
        th = str(th)
        if th not in order:
            order.append(th)
        t = "" if t is None or (isinstance(t, float) and np.isnan(t)) else str(t).strip()
        if t and th not in term_themes.setdefault(t, []):
            term_themes[t].append(th)
    if not term_themes:
        raise ValueError("the lexicon has no terms")
    out = {t: tuple(ths) for t, ths in term_themes.items()}
    # names of bodies that contain a term: matched, but they give no row
    names = lexicon.attrs.get("names", ()) if isinstance(lexicon, pd.DataFrame) else ()
    for name in names:
        out.setdefault(name, ())
    return order, out


def compile_terms(terms: Iterable[str]) -> re.Pattern[str]:
    """One regex matching any of ``terms``, leftmost-longest.

    Parameters
    ----------
    terms : iterable of str
        Literal terms.

    Returns
    -------
    re.Pattern
        An alternation sorted by length (descending) then text; ASCII letters/digits at
        a term's edge may not continue outside it.

    Examples
    --------
    >>> [m.group(0) for m in compile_terms(["技能人才", "技术技能人才"]).finditer("技术技能人才")]
    ['技术技能人才']
    """
    alts = []
    for t in sorted(set(terms), key=lambda s: (-len(s), s)):
        pre = r"(?<![A-Za-z0-9])" if _ASCII_ALNUM.match(t[0]) else ""
        post = r"(?![A-Za-z0-9])" if _ASCII_ALNUM.match(t[-1]) else ""
        alts.append(pre + re.escape(t) + post)
    if not alts:
        raise ValueError("no terms to compile")
    return re.compile("|".join(alts))


class TermMatcher:
    """Leftmost-longest literal matching of many terms, as :func:`compile_terms` does.

    Parameters
    ----------
    terms : iterable of str
        Literal terms.
    engine : {"auto", "ahocorasick", "regex"}
        ``"auto"``: an Aho-Corasick automaton when ``ahocorasick_rs`` is installed, else
        the regular expression of :func:`compile_terms`. Both return the same matches.

    Examples
    --------
    >>> TermMatcher(["技能人才", "技术技能人才", "5G"]).find("技术技能人才用25G和5G")
    [(0, 6, '技术技能人才'), (11, 13, '5G')]
    """

    def __init__(self, terms: Iterable[str], engine: str = "auto") -> None:
        self.terms = tuple(sorted(set(terms), key=lambda t: (-len(t), t)))
        if not self.terms:
            raise ValueError("no terms to compile")
        self.newline_term = any("\n" in t for t in self.terms)
        self.automaton = None
        if engine not in ("auto", "ahocorasick", "regex"):
            raise ValueError(f"unknown engine {engine!r}")
        if engine != "regex":
            auto = Automaton(self.terms, engine="auto" if engine == "auto" else "ahocorasick_rs")
            if auto.engine == "ahocorasick_rs":
                self.automaton = auto
                self._edges = {
                    t: (bool(_ASCII_ALNUM.match(t[0])), bool(_ASCII_ALNUM.match(t[-1])))
                    for t in self.terms
                }
        self.pattern = compile_terms(self.terms) if self.automaton is None else None

    @property
    def engine(self) -> str:
        """``"ahocorasick"`` or ``"regex"``."""
        return "regex" if self.automaton is None else "ahocorasick"

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, term)`` of every match, leftmost-longest, non-overlapping."""
        if self.automaton is None:
            return [(m.start(), m.end(), m.group(0)) for m in self.pattern.finditer(text)]
        n = len(text)
        edges = self._edges

        def alone(start: int, end: int) -> bool:  # 5G not inside 25G
            pre, post = edges[text[start:end]]
            return not (
                (pre and start > 0 and _is_ascii_alnum(text[start - 1]))
                or (post and end < n and _is_ascii_alnum(text[end]))
            )

        return [(i, j, text[i:j]) for i, j in self.automaton.leftmost_longest(text, alone)]


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


@lru_cache(maxsize=16)
def _matcher(terms: tuple[str, ...]) -> TermMatcher:
    return TermMatcher(terms)


def match_terms(text: str, terms: Iterable[str]) -> list[tuple[int, int, str]]:
    """Leftmost-longest matches of ``terms`` in ``text``: ``(start, end, term)``.

    The same matches as ``compile_terms(terms).finditer(text)``; the automaton is built
    once per process for a given set of terms.

    Examples
    --------
    >>> match_terms("产教融合发展", ["产教融合", "融合发展"])
    [(0, 4, '产教融合')]
    """
    return _matcher(tuple(sorted(set(terms)))).find(text)


def _doc_themes(
    item: tuple, terms: tuple[str, ...], term_themes: dict[str, tuple[str, ...]]
) -> list[tuple]:
    doc_id, text = item
    matcher = _matcher(terms)
    rows = []
    sents = split_sentences(text or "")
    if not sents:
        return rows
    # one scan of the sentences joined by newlines: no term holds one, and a newline is
    # no letter or digit, so every match is the one the sentence alone gives
    if matcher.newline_term:
        found = [(k, t) for k, s in enumerate(sents) for _, _, t in matcher.find(s)]
    else:
        joined, starts = join_parts(sents)
        found = [(part_at(starts, i), t) for i, _, t in matcher.find(joined)]
    for sent_id, term in found:
        for th in term_themes[term]:
            rows.append((doc_id, sent_id, th, term))
    return rows


def themes(corpus: pd.DataFrame, lexicon: Lexicon | None = None, n_jobs: int = 1) -> pd.DataFrame:
    """Every theme-term match, sentence by sentence.

    Parameters
    ----------
    corpus : DataFrame
        Corpus table (index ``doc_id``, column ``text``).
    lexicon : mapping or DataFrame, optional
        ``None``: the shipped lexicon (:func:`load_theme_lexicon`). A mapping
        ``{theme: [term, ...]}``, a long DataFrame with columns ``theme`` and ``term``,
        or a table shaped like :func:`load_theme_lexicon` (``theme``, ``terms``).
    n_jobs : int
        Processes to use; the result does not depend on it.

    Returns
    -------
    DataFrame
        ``doc_id``, ``sent_id``, ``theme``, ``term`` - one row per match (per theme, if a
        caller's lexicon lists a term under several), leftmost-longest so overlapping
        terms count once; ordered by document, sentence and position in the sentence.

    Examples
    --------
    >>> from vocstudy.corpus import corpus_from_texts
    >>> c = corpus_from_texts({"d": "培养技术技能人才。推进职普融通。"}, clean=False)
    >>> themes(c)[["sent_id", "theme", "term"]].values.tolist()
    [[0, 'skills_craftsmanship', '技术技能人才'], [1, 'vocational_general_integration', '职普融通']]
    """
    _, term_themes = _normalize_lexicon(lexicon)
    terms = tuple(sorted(term_themes))
    frames = map_frames(
        _doc_themes,
        doc_items(corpus, "text"),
        terms,
        term_themes,
        to_frame=_theme_frame,
        n_jobs=n_jobs,
        desc="themes",
    )
    return concat_frames(frames)


@python_strings
def _theme_frame(parts: list[list[tuple]]) -> pd.DataFrame:
    df = pd.DataFrame([r for part in parts for r in part], columns=THEME_COLUMNS)
    return df.astype({"doc_id": "str", "sent_id": "int64", "theme": "str", "term": "str"})


def theme_matrix(
    corpus: pd.DataFrame,
    lexicon: Lexicon | None = None,
    per: float | None = None,
    n_jobs: int = 1,
) -> pd.DataFrame:
    """Documents × themes: match counts, or rates per ``per`` characters.

    Parameters
    ----------
    corpus : DataFrame
        Corpus table (``text``; ``n_chars`` when ``per`` is given).
    lexicon : mapping or DataFrame, optional
        As in :func:`themes`.
    per : float, optional
        ``None``: counts (int64). A number, e.g. ``1000``: matches per ``per`` characters
        of the cleaned text (``count / n_chars * per``, float; NaN for an empty text).
    n_jobs : int
        Processes to use.

    Returns
    -------
    DataFrame
        Index ``doc_id`` - every document of the corpus, in corpus order; columns (named
        ``theme``) - every theme of the lexicon, in lexicon order; zeros kept.

    Examples
    --------
    >>> from vocstudy.corpus import corpus_from_texts
    >>> c = corpus_from_texts({"a": "校企合作。", "b": "无关。"}, clean=False)
    >>> m = theme_matrix(c, {"iei": ["校企合作"], "rural": ["乡村振兴"]})
    >>> m.values.tolist()
    [[1, 0], [0, 0]]
    >>> theme_matrix(c, {"iei": ["校企合作"]}, per=100).loc["a", "iei"]
    np.float64(20.0)
    """
    order, _ = _normalize_lexicon(lexicon)
    hits = themes(corpus, lexicon, n_jobs=n_jobs)
    counts = pd.crosstab(hits["doc_id"], hits["theme"]) if len(hits) else pd.DataFrame()
    mat = counts.reindex(index=corpus.index, columns=order, fill_value=0).astype("int64")
    mat.index.name = "doc_id"
    mat.columns.name = "theme"
    if per is None:
        return mat
    n_chars = corpus["n_chars"].astype(float).replace(0.0, np.nan)
    return mat.astype(float).div(n_chars, axis=0) * float(per)


__all__ = [
    "TermMatcher",
    "compile_terms",
    "load_theme_lexicon",
    "load_theme_names",
    "match_terms",
    "theme_cooccurrence",
    "theme_lexicon_version",
    "theme_matrix",
    "themes",
]


def theme_cooccurrence(matches: pd.DataFrame) -> pd.DataFrame:
    """How often two themes are matched in the same sentence.

    Parameters
    ----------
    matches : DataFrame
        Rows from :func:`themes` (``doc_id``, ``sent_id``, ``theme``).

    Returns
    -------
    DataFrame
        ``theme_a``, ``theme_b`` (``theme_a < theme_b``), ``sentences`` (number of
        sentences where both occur), ``docs`` (number of documents with such a
        sentence); sorted by ``sentences`` descending, then the theme names.

    Examples
    --------
    >>> m = pd.DataFrame({"doc_id": ["d", "d", "d"], "sent_id": [0, 0, 1],
    ...                   "theme": ["a", "b", "a"], "term": ["x", "y", "x"]})
    >>> theme_cooccurrence(m).values.tolist()
    [['a', 'b', 1, 1]]
    """
    per_sentence = (
        matches[["doc_id", "sent_id", "theme"]]
        .drop_duplicates()
        .sort_values(["doc_id", "sent_id", "theme"])
    )
    pairs: dict[tuple[str, str], list] = {}
    for (doc_id, _sent), group in per_sentence.groupby(["doc_id", "sent_id"], sort=True):
        names = group["theme"].tolist()
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                entry = pairs.setdefault((a, b), [0, set()])
                entry[0] += 1
                entry[1].add(doc_id)
    rows = [(a, b, n, len(docs)) for (a, b), (n, docs) in pairs.items()]
    out = pd.DataFrame(rows, columns=["theme_a", "theme_b", "sentences", "docs"])
    return out.sort_values(
        ["sentences", "theme_a", "theme_b"], ascending=[False, True, True], ignore_index=True
    )
