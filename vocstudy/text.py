"""Sentences: the unit every analysis table is keyed on (``doc_id``, ``sent_id``)."""

from __future__ import annotations

import re

import pandas as pd

from ._parallel import doc_items, map_frames

# A sentence ends at 。!?(full or half width) plus any closing quotes or brackets that
# follow, so “……。” stays whole. Paragraph breaks (newlines) also end a sentence, which
# keeps headings and subheads as sentences of their own.
_END = "。!?!?"
_CLOSE = "”’」』))】》\"'"
_SENT_RE = re.compile(rf"[^{_END}\n]*(?:[{_END}]+[{re.escape(_CLOSE)}]*|$)")


def split_sentences(text: str) -> list[str]:
    """Split cleaned text into sentences.

    Parameters
    ----------
    text : str
        Cleaned text, paragraphs separated by newlines.

    Returns
    -------
    list of str
        Non-empty sentences, stripped, in reading order.

    Examples
    --------
    >>> split_sentences("他说:“好。”然后走了!\\n小标题")
    ['他说:“好。”', '然后走了!', '小标题']
    """
    out: list[str] = []
    for para in text.split("\n"):
        for m in _SENT_RE.finditer(para):
            s = m.group(0).strip()
            if s:
                out.append(s)
    return out


def _doc_sentences(item: tuple) -> list[tuple]:
    doc_id, text = item
    return [(doc_id, i, s) for i, s in enumerate(split_sentences(text or ""))]


def sentences(corpus: pd.DataFrame, n_jobs: int = 1) -> pd.DataFrame:
    """One row per sentence of each cleaned text.

    Parameters
    ----------
    corpus : DataFrame
        The table from :func:`vocstudy.load_corpus` (index ``doc_id``, column ``text``).
    n_jobs : int
        Processes to use; the result does not depend on it.

    Returns
    -------
    DataFrame
        Columns ``doc_id``, ``sent_id`` (0-based within the document), ``sentence``,
        ordered by ``doc_id`` then ``sent_id``.

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"text": ["一。二!"]}, index=pd.Index(["d"], name="doc_id"))
    >>> sentences(c)["sentence"].tolist()
    ['一。', '二!']
    """
    frames = map_frames(_doc_sentences, doc_items(corpus, "text"), to_frame=_sentence_frame,
                        n_jobs=n_jobs, desc="sentences", batch_size=2000)
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]


def _sentence_frame(parts: list[list[tuple]]) -> pd.DataFrame:
    rows = [r for part in parts for r in part]
    df = pd.DataFrame(rows, columns=["doc_id", "sent_id", "sentence"])
    return df.astype({"doc_id": "str", "sent_id": "int64", "sentence": "str"})
