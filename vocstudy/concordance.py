"""Keyword in context: every occurrence of a string or pattern, with its surroundings.

Decisions
---------
* ``pattern`` is a **plain string by default** (``regex=False``): it is escaped, so
  ``"1+X"`` finds 1+X. Pass ``regex=True`` for a regular expression, or a compiled
  ``re.Pattern`` (used as is, with its flags).
* Matching runs over the whole cleaned ``text`` of each document, so a regex may span
  sentences; a plain string containing no newline never spans a paragraph break.
  Empty matches (``a*`` …) are skipped.
* ``left``/``right`` are up to ``window`` characters of the cleaned text before/after the
  match, **across sentence boundaries but never across documents** - a researcher
  reading a hit wants the clause before it. Paragraph breaks inside the context are
  shown as ``¶`` (one character for one, so the window is exact).
* ``sent_id`` is the sentence (as numbered by :func:`vocstudy.sentences`) in which the
  match starts; a match starting in the blank between two sentences belongs to the
  sentence before it (the first sentence if there is none).
"""

from __future__ import annotations

import bisect
import re

import pandas as pd

from ._parallel import doc_items, map_docs
from .text import split_sentences

KWIC_COLUMNS = ["doc_id", "sent_id", "left", "match", "right"]
PARAGRAPH_MARK = "¶"


def _sentence_starts(text: str) -> list[int]:
    """Character offset of every sentence of ``split_sentences(text)`` in ``text``."""
    starts: list[int] = []
    pos = 0
    for s in split_sentences(text):
        at = text.find(s, pos)
        if at < 0:  # pragma: no cover - split_sentences only strips, never rewrites
            raise ValueError("sentence not found in text")
        starts.append(at)
        pos = at + len(s)
    return starts


def _doc_kwic(item: tuple, pattern: re.Pattern[str], window: int) -> list[tuple]:
    doc_id, text = item
    text = text or ""
    rows: list[tuple] = []
    starts: list[int] | None = None
    for m in pattern.finditer(text):
        a, b = m.span()
        if a == b:
            continue
        if starts is None:
            starts = _sentence_starts(text)
        sent_id = max(bisect.bisect_right(starts, a) - 1, 0)
        left = text[max(0, a - window) : a].replace("\n", PARAGRAPH_MARK)
        right = text[b : b + window].replace("\n", PARAGRAPH_MARK)
        rows.append((doc_id, sent_id, left, m.group(0), right))
    return rows


def kwic(
    corpus: pd.DataFrame,
    pattern: str | re.Pattern[str],
    window: int = 20,
    regex: bool = False,
    n_jobs: int = 1,
) -> pd.DataFrame:
    """Every occurrence of ``pattern`` in the cleaned texts, with context.

    Parameters
    ----------
    corpus : DataFrame
        Corpus table (index ``doc_id``, column ``text``).
    pattern : str or re.Pattern
        What to find: a plain string (default), a regular expression when
        ``regex=True``, or a compiled pattern.
    window : int
        Characters of context on each side (fewer at the start/end of a document).
    regex : bool
        Treat a string ``pattern`` as a regular expression.
    n_jobs : int
        Processes to use; the result does not depend on it.

    Returns
    -------
    DataFrame
        ``doc_id``, ``sent_id`` (sentence where the match starts), ``left``, ``match``,
        ``right``; ordered by document and position.

    Examples
    --------
    >>> from vocstudy.corpus import corpus_from_texts
    >>> c = corpus_from_texts({"d": "推进产教融合。深化产教融合改革。"}, clean=False)
    >>> kwic(c, "产教融合", window=3).values.tolist()
    [['d', 0, '推进', '产教融合', '。深化'], ['d', 1, '。深化', '产教融合', '改革。']]
    """
    if window < 0:
        raise ValueError("window must be >= 0")
    if isinstance(pattern, re.Pattern):
        compiled = pattern
    elif isinstance(pattern, str):
        if not pattern:
            raise ValueError("pattern must not be empty")
        compiled = re.compile(pattern if regex else re.escape(pattern))
    else:
        raise TypeError("pattern must be a str or a compiled re.Pattern")
    parts = map_docs(
        _doc_kwic, doc_items(corpus, "text"), compiled, int(window), n_jobs=n_jobs, desc="kwic"
    )
    rows = [r for part in parts for r in part]
    df = pd.DataFrame(rows, columns=KWIC_COLUMNS)
    return df.astype(
        {"doc_id": "str", "sent_id": "int64", "left": "str", "match": "str", "right": "str"}
    )


__all__ = ["kwic"]
