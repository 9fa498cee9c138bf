"""Sentences: the unit every analysis table is keyed on (``doc_id``, ``sent_id``).

Every helper (themes, places, collaborations, events, kwic, tokenize) splits a document
with :func:`split_sentences`, so they all agree on ``sent_id``. The split of a text is
remembered (keyed on the text's hash and length, not the text itself) so that a corpus
is split once and the helpers that run after the first one read the same sentences back:
the memo holds at most :data:`SENTENCE_MEMO_CHARS` characters of sentences, dropping the
least recently used texts beyond that; :func:`clear_sentence_memo` empties it (the
streaming :func:`vocstudy.analyze` does so after every batch).
"""

from __future__ import annotations

import re
from collections import OrderedDict

import pandas as pd

from ._parallel import concat_frames, doc_items, map_frames, python_strings

# A sentence ends at 。!?(full or half width) plus any closing quotes or brackets that
# follow, so “……。” stays whole. Paragraph breaks (newlines) also end a sentence, which
# keeps headings and subheads as sentences of their own.
_END = "。!?!?"
_CLOSE = "”’」』))】》\"'"
_SENT_RE = re.compile(rf"[^{_END}\n]*(?:[{_END}]+[{re.escape(_CLOSE)}]*|$)")


#: Characters of sentences the split memo keeps (about 4 bytes each with Python's string
#: overhead); a corpus larger than this is split again by each helper, which costs time only.
SENTENCE_MEMO_CHARS = 48_000_000

_memo: OrderedDict[tuple[int, int], tuple[str, ...]] = OrderedDict()
_memo_chars = 0


def clear_sentence_memo() -> None:
    """Forget every remembered split (memory is returned; results never change).

    Examples
    --------
    >>> clear_sentence_memo()
    """
    global _memo_chars
    _memo.clear()
    _memo_chars = 0


def _split(text: str) -> list[str]:
    out: list[str] = []
    for para in text.split("\n"):
        for m in _SENT_RE.finditer(para):
            s = m.group(0).strip()
            if s:
                out.append(s)
    return out


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
    global _memo_chars
    if len(text) < 64:  # not worth remembering
        return _split(text)
    # the text's 64-bit hash and its length: the text itself is not kept, and the
    # hash is computed once per string object (a digest of its bytes cost ten times more);
    # two texts of one length share a key only if their 64-bit hashes collide (for
    # 100,000 texts, a chance of the order of 1e-10)
    key = (hash(text), len(text))
    hit = _memo.get(key)
    if hit is not None:
        _memo.move_to_end(key)
        return list(hit)
    sents = _split(text)
    _memo[key] = tuple(sents)
    _memo_chars += sum(map(len, sents))
    while _memo_chars > SENTENCE_MEMO_CHARS and len(_memo) > 1:
        _, old = _memo.popitem(last=False)
        _memo_chars -= sum(map(len, old))
    return sents


#: Runs of Latin letters and of ideographs, counted by what removing them takes away.
_LATIN_RUN_RE = re.compile(r"[A-Za-z]+")
#: Four Latin letters in a row: what a text needs before :func:`is_english` is worth asking
#: (a cheap scan that passes over nearly every Chinese sentence).
LATIN_WORD_RE = re.compile(r"[A-Za-z]{4}")
_IDEOGRAPH_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")


def is_english(text: str, min_letters: int = 1) -> bool:
    """Whether ``text`` is English: ``min_letters`` Latin letters or more, and more than
    three to an ideograph. A Chinese sentence with an English name in brackets is not
    (日本高知工业高等专门学校(National Institute of Technology, Kochi College)…); the places
    and events of an English one are read by their English names (``place_english.csv``,
    ``event_types_en.csv``).

    >>> is_english("Guangxi, Vietnam promote vocational education cooperation")
    True
    >>> is_english("6月1日,学院与Siemens公司签署合作协议。")
    False
    """
    latin = len(text) - len(_LATIN_RUN_RE.sub("", text))
    if latin < max(min_letters, 1):
        return False
    return latin > 3 * (len(text) - len(_IDEOGRAPH_RUN_RE.sub("", text)))


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
        Processes to use (the result never depends on it). With several, each worker
        splits the documents it keeps for every helper (and has split them already when
        ``load_corpus`` ran with the same ``n_jobs``).

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
    frames = map_frames(
        _doc_sentences,
        doc_items(corpus, "text"),
        to_frame=_sentence_frame,
        n_jobs=n_jobs,
        desc="sentences",
        batch_size=2000,
    )
    return concat_frames(frames)


@python_strings
def _sentence_frame(parts: list[list[tuple]]) -> pd.DataFrame:
    rows = [r for part in parts for r in part]
    df = pd.DataFrame(rows, columns=["doc_id", "sent_id", "sentence"])
    return df.astype({"doc_id": "str", "sent_id": "int64", "sentence": "str"})
