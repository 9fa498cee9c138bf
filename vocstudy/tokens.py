"""Tokens, term frequencies and keyness, with the project's own jieba tokenizer.

Segmentation uses a *private* :class:`jieba.Tokenizer` that knows the vocabulary of
vocational-education policy listed in ``vocstudy/data/terms.txt`` (产教融合, 职普融通,
1+X …), so those terms come out whole instead of as 产教/融合. jieba's global tokenizer,
its logger and its other module state are never touched:

* the prefix dictionary is built (or read back) by this module and handed to the
  tokenizer directly, so jieba's ``initialize()`` - the one that prints "Building prefix
  dict …" to stderr - never runs, and nothing has to be silenced or restored;
* the dictionary including the project terms is cached (``marshal``, the format jieba
  itself uses) in :func:`vocstudy.paths.cache_dir`, under a name that hashes the term list
  and jieba's version, so every process - including ``n_jobs`` workers - reuses it;
* terms written only in CJK characters get the dictionary frequency
  ``max(jieba's suggestion, TERM_FREQ)`` so they win against the general-language words
  around them; terms with other characters (``1+X``, ``5G``, ``互联网+``) - which jieba's
  block regex and HMM break apart - and any CJK term a plain cut would still not return
  whole are *protected* instead: matched in the sentence by one regular expression
  (longest first, as in :mod:`vocstudy.policy_themes`) and emitted whole, jieba cutting only
  the text between. They are deliberately not added to jieba's dictionary, so ``25G``
  stays one token rather than 2/5G.

A term inside a longer term is not split out (产教融合共同体 is one token, not
产教融合 + 共同体) - the same leftmost-longest rule :func:`vocstudy.themes` (in :mod:`vocstudy.policy_themes`) uses.

The tokens are always jieba's, but most of the cutting is done by ``rjieba`` (the Python
binding of jieba-rs) when it is installed: it is handed jieba's own dictionary and
frequencies (project terms included) and only the text on which the two engines provably
split alike; runs holding ``+#&._%-``, whitespace or CJK characters outside
U+4E00-U+9FD5 (where jieba-rs keeps ``2024-07-24`` or a URL whole) are cut by jieba itself.
:func:`engine` says which is in use; without rjieba everything is cut by jieba.

Tokens are cut sentence by sentence (:func:`vocstudy.text.split_sentences`), so
``sent_id`` agrees with :func:`vocstudy.sentences`. jieba's HMM for unknown words is kept
on (jieba's default), which is also what the speed baseline uses.
"""

from __future__ import annotations

import hashlib
import marshal
import math
import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache, partial
from itertools import chain
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from ._automaton import Automaton, join_parts, part_at
from ._parallel import concat_frames, doc_items, map_frames
from ._regex import skipping
from .paths import cache_dir, data_path
from .policy_themes import compile_terms
from .text import split_sentences

if TYPE_CHECKING:  # pragma: no cover
    import jieba

#: Minimum dictionary frequency given to every project term (jieba's dictionary totals
#: about 6e7; 2e4 puts a term among jieba's ~3,000 most frequent words, enough for it to
#: win against any split of it into ordinary words in context).
TERM_FREQ = 20_000

_CJK_ONLY = skipping(r"[\u4e00-\u9fff]+")
_WORD_CHAR = re.compile(r"[^\W_]")  # a character for which str.isalnum() is true

TOKEN_COLUMNS = ["doc_id", "sent_id", "token", "is_stop"]
FREQ_COLUMNS = ["term", "count", "docs"]
FREQ_BY_DOC_COLUMNS = ["doc_id", "term", "count", "docs"]
KEYNESS_COLUMNS = ["doc_id", "term", "count", "ref_count", "g2", "p", "log_ratio"]


# --------------------------------------------------------------------------- data files
def _read_list(name: str) -> list[str]:
    """Read a one-item-per-line data file; ``#`` comments and blank lines ignored."""
    out: list[str] = []
    seen: set[str] = set()
    with open(data_path(name), encoding="utf-8") as fh:
        for line in fh:
            item = line.strip()
            if item and not item.startswith("#") and item not in seen:
                seen.add(item)
                out.append(item)
    return out


def load_terms() -> list[str]:
    """Return the shipped domain terms (``vocstudy/data/terms.txt``), in file order.

    Returns
    -------
    list of str
        Unique terms, comments and blank lines removed.

    Examples
    --------
    >>> "产教融合" in load_terms()
    True
    """
    return _read_list("terms.txt")


def load_stopwords() -> frozenset[str]:
    """Return the shipped stopword list (``vocstudy/data/stopwords.txt``).

    The list holds function words only (particles, pronouns, prepositions, conjunctions,
    auxiliaries, bare measure words and numerals written in characters); content words,
    however frequent (发展, 建设, 职业教育), are kept. See ``vocstudy/data/themes.md``.

    Examples
    --------
    >>> "的" in load_stopwords(), "发展" in load_stopwords()
    (True, False)
    """
    return frozenset(_read_list("stopwords.txt"))


# --------------------------------------------------------------------------- tokenizer
def _protect_pattern(terms: Sequence[str]) -> re.Pattern[str] | None:
    return compile_terms(terms) if terms else None


def _cache_file(terms: Sequence[str]) -> str:
    import jieba

    h = hashlib.sha256()
    h.update(f"v2;jieba={jieba.__version__};freq={TERM_FREQ}\n".encode())
    h.update("\n".join(terms).encode("utf-8"))
    return os.path.join(cache_dir(), f"jieba-vocstudy-{h.hexdigest()[:16]}.marshal")


@lru_cache(maxsize=8)
def _build(terms: tuple[str, ...]) -> jieba.Tokenizer:
    """A private, initialised jieba.Tokenizer knowing ``terms`` - without jieba's
    ``initialize()``, so jieba logs nothing."""
    import jieba

    tk = jieba.Tokenizer()
    path = _cache_file(terms)
    try:
        with open(path, "rb") as fh:
            tk.FREQ, tk.total = marshal.load(fh)
        tk.initialized = True
    except (OSError, EOFError, ValueError, TypeError):
        with tk.get_dict_file() as fh:
            tk.FREQ, tk.total = jieba.Tokenizer.gen_pfdict(fh)
        tk.initialized = True
        for t in terms:
            if _CJK_ONLY.fullmatch(t):  # the others are kept whole by the regex guard
                # add_word(word, 0) would touch jieba's global HMM state; freq is >= 1
                tk.add_word(t, max(TERM_FREQ, tk.suggest_freq(t), tk.FREQ.get(t) or 0))
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                marshal.dump((tk.FREQ, tk.total), out)
            os.replace(tmp, path)  # atomic: concurrent workers never read half a file
        except OSError:  # pragma: no cover - a read-only cache only costs speed
            if os.path.exists(tmp):
                os.unlink(tmp)
    return tk


class _Segmenter:
    """jieba's segmentation, with rjieba (jieba-rs) doing the blocks where it is identical.

    jieba's ``cut`` splits a sentence into *han blocks* (runs of CJK characters U+4E00-U+9FD5, ASCII letters, digits and
    ``+#&._%-``, jieba's ``re_han_default``) and the rest; the rest is cut by jieba's own
    rule (whitespace kept as one token, every other character a token of its own), which
    this class applies with jieba's own regular expressions. A han block made only of
    CJK characters and ASCII letters and digits is handed to rjieba, whose dictionary is
    filled from the jieba tokenizer's own (same words, same frequencies, same total), so
    its route and HMM give jieba's tokens. A block holding any of ``+#&._%-`` (dates such as
    2024-07-24, URLs, file names) is cut by jieba itself: jieba-rs keeps such runs whole
    where jieba splits them. Without rjieba installed, every block is cut by jieba.
    """

    def __init__(self, tk: jieba.Tokenizer, fast: bool = True) -> None:
        import jieba as _jieba

        self.tk = tk
        self.re_han = _jieba.re_han_default
        self.re_skip = _jieba.re_skip_default
        self.rj = _rjieba_from(tk) if fast else None

    @property
    def engine(self) -> str:
        """``"rjieba"`` when the fast engine is in use, else ``"jieba"``."""
        return "jieba" if self.rj is None else "rjieba"

    def lcut(self, sentence: str, hmm: bool = True) -> list[str]:
        """Tokens of ``sentence``, exactly ``jieba.Tokenizer.lcut(sentence, HMM=hmm)``."""
        rj = self.rj
        if rj is None:
            return self.tk.lcut(sentence, HMM=hmm)
        if _RISKY.search(sentence) is None:  # the engines split it into the same blocks
            return rj.cut(sentence, hmm)
        out: list[str] = []
        re_han, re_skip = self.re_han, self.re_skip
        for blk in re_han.split(sentence):
            if not blk:
                continue
            if re_han.match(blk):
                if _FAST_BLOCK.fullmatch(blk):
                    out.extend(rj.cut(blk, hmm))
                else:
                    out.extend(self.tk.lcut(blk, HMM=hmm))
            else:
                for x in re_skip.split(blk):
                    if re_skip.match(x):
                        out.append(x)
                    else:
                        out.extend(x)  # one token per character, as jieba does
        return out


#: han blocks rjieba may cut: CJK as jieba's re_han_default has it, ASCII letters, digits
_FAST_BLOCK = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9]+")
#: characters on which the two engines' cutting can differ: the ASCII symbols of jieba's
#: han blocks (jieba-rs keeps 2024-07-24 or a_b.c% whole where jieba splits them), and the
#: CJK ideographs jieba-rs counts as han but jieba does not (extension A, U+9FD6-U+9FFF,
#: compatibility ideographs, the supplementary ideographic planes). A sentence with none
#: of them is split identically by both - han blocks of [\u4E00-\u9FD5a-zA-Z0-9], every
#: other character a token of its own - so rjieba may cut it whole. Whitespace is not
#: among them: both engines give every whitespace character as a token of its own, and
#: one that Rust's \s does not count (U+001C-U+001F) still comes out alone from jieba-rs
#: as a character outside any block (checked on 150,000 random strings of every
#: whitespace character mixed with words, letters and digits; tests/test_engine.py).
_RISKY = re.compile(r"[+#&._%\-\u3400-\u4DBF\u9FD6-\u9FFF\uF900-\uFAFF\U00020000-\U0003FFFF]")
#: a word that never occurs in a han block, carrying the frequency that makes rjieba's
#: total equal to jieba's (jieba's add_word adds to its total even for a known word)
_PAD_WORD = "\ue000"


def _rjieba_from(tk: jieba.Tokenizer):
    """An rjieba.Jieba holding exactly the words and frequencies of ``tk`` - or None."""
    try:
        import rjieba
    except ImportError:
        return None
    rj = rjieba.Jieba.empty()
    total = 0
    for word, freq in tk.FREQ.items():
        if freq:  # jieba keeps every prefix with frequency 0; they are not words
            rj.add_word(word, int(freq), None)
            total += int(freq)
    if tk.total > total:
        rj.add_word(_PAD_WORD, int(tk.total - total), None)
    elif tk.total < total:  # pragma: no cover - jieba's total never falls below the sum
        return None
    return rj


@lru_cache(maxsize=8)
def _tokenizer_and_guard(terms: tuple[str, ...]) -> tuple[jieba.Tokenizer, re.Pattern[str] | None]:
    tk = _build(terms)
    return tk, _protect_pattern(_guarded(terms))


@lru_cache(maxsize=8)
def _guarded(terms: tuple[str, ...]) -> tuple[str, ...]:
    """The terms jieba's own pipeline would not keep whole: cut out by regex first."""
    tk = _build(terms)
    return tuple(t for t in terms if not _CJK_ONLY.fullmatch(t) or tk.lcut(t) != [t])


@lru_cache(maxsize=8)
def _guard_spans(terms: tuple[str, ...]) -> Automaton | None:
    """Every occurrence of a guarded term, its ASCII edges not checked: the sentences
    where the guard may match (a superset of them, which only costs speed)."""
    guarded = _guarded(terms)
    return Automaton(guarded) if guarded else None


@lru_cache(maxsize=8)
def _segmenter_and_guard(
    terms: tuple[str, ...], fast: bool = True
) -> tuple[_Segmenter, re.Pattern[str] | None]:
    tk, guard = _tokenizer_and_guard(terms)
    return _Segmenter(tk, fast=fast), guard


def engine() -> str:
    """The segmentation engine in use: ``"rjieba"`` if installed, else ``"jieba"``.

    Both give the same tokens (jieba's); rjieba is the faster.

    Examples
    --------
    >>> engine() in ("rjieba", "jieba")
    True
    """
    return _segmenter_and_guard(_terms_key(None))[0].engine


def _terms_key(terms: Iterable[str] | None) -> tuple[str, ...]:
    if terms is None:
        return tuple(load_terms())
    if isinstance(terms, str):
        raise TypeError("terms must be an iterable of strings, not a string")
    return tuple(dict.fromkeys(t.strip() for t in terms if t and t.strip()))


def get_tokenizer(terms: Iterable[str] | None = None) -> jieba.Tokenizer:
    """Return the project's private jieba tokenizer (created once per process).

    Parameters
    ----------
    terms : iterable of str, optional
        Domain terms to keep whole; default the shipped ``terms.txt``.

    Returns
    -------
    jieba.Tokenizer
        A tokenizer of its own (never ``jieba.dt``), already initialised, whose
        dictionary is jieba's plus ``terms``. Note that its bare ``lcut`` does not apply
        the regex protection :func:`tokenize` adds for terms such as ``1+X``; use
        :func:`cut` for the full behaviour.

    Examples
    --------
    >>> get_tokenizer().lcut("深化产教融合")
    ['深化', '产教融合']
    """
    return _tokenizer_and_guard(_terms_key(terms))[0]


def _cut_with(seg: _Segmenter, guard: re.Pattern[str] | None, sentence: str) -> list[str]:
    if guard is None or guard.search(sentence) is None:
        return seg.lcut(sentence)
    out: list[str] = []
    pos = 0
    for m in guard.finditer(sentence):
        if m.start() > pos:
            out.extend(seg.lcut(sentence[pos : m.start()]))
        out.append(m.group(0))
        pos = m.end()
    if pos < len(sentence):
        out.extend(seg.lcut(sentence[pos:]))
    return out


def cut(text: str, terms: Iterable[str] | None = None) -> list[str]:
    """Segment one string exactly as :func:`tokenize` does (punctuation included).

    Examples
    --------
    >>> cut("推进1+X证书制度试点")
    ['推进', '1+X证书制度', '试点']
    """
    seg, guard = _segmenter_and_guard(_terms_key(terms))
    return _cut_with(seg, guard, text)


_word_memo: dict[str, bool] = {}


def _is_word(token: str) -> bool:
    """A token is a word when it holds at least one letter or digit (any script)."""
    return _WORD_CHAR.search(token) is not None


#: what may stand between the sentences of a document when it is cut in one call: a
#: character no sentence holds, which both engines always give as a token of its own
#: (jieba's re_skip and jieba-rs both split whitespace one character at a time, and a
#: newline never joins a han block) - so one call over the joined sentences gives each
#: sentence's tokens, separated by it
_SEP = "\n"
#: a joined text with none of these is cut whole by rjieba (the newline between the
#: sentences is no risk, as no whitespace is)
_RISKY_JOINED = _RISKY


def _cut_sentences(
    seg: _Segmenter, guard: re.Pattern[str] | None, sents: list[str], near: Automaton | None
) -> list[str]:
    """The tokens of each sentence, exactly as :func:`_cut_with` gives them, in one list
    with :data:`_SEP` between sentences.

    Sentences holding a protected term or a character where the engines may differ are
    cut one by one by :func:`_cut_with`; each run of the others is joined and cut by
    rjieba in one call.
    """
    if not sents:
        return []
    joined, starts = join_parts(sents)  # _SEP is the newline join_parts puts between
    if seg.rj is None:
        bad = None  # every sentence through _cut_with (jieba)
    else:
        hits = [m.start() for m in _RISKY_JOINED.finditer(joined)]
        if near is not None:  # a sentence with a protected term is cut by _cut_with
            hits += [i for i, _ in near.spans(joined)]
        if not hits:
            return seg.rj.cut(joined, True)
        bad = {part_at(starts, h) for h in hits}
    out: list[str] = []
    run: list[str] = []
    for k, sent in enumerate(sents):
        if bad is not None and k not in bad:
            run.append(sent)
            continue
        if run:
            out.extend(seg.rj.cut(_SEP.join(run), True))
            out.append(_SEP)
            run = []
        out.extend(_cut_with(seg, guard, sent))
        out.append(_SEP)
    if run:
        out.extend(seg.rj.cut(_SEP.join(run), True))
    else:
        out.pop()  # the separator after the last sentence
    return out


def _doc_tokens(item: tuple, terms: tuple[str, ...]) -> tuple[Any, list[str]]:
    """The document's id and its tokens, punctuation still in, with :data:`_SEP` between
    its sentences (:func:`_cut_sentences`: the sentences are cut in one call).

    :func:`_token_frame` turns a whole batch of these into the token table at once.
    """
    doc_id, text = item
    seg, guard = _segmenter_and_guard(terms)
    sents = split_sentences(text or "")
    return doc_id, _cut_sentences(seg, guard, sents, _guard_spans(terms))


def tokenize(
    corpus: pd.DataFrame,
    n_jobs: int = 1,
    *,
    terms: Iterable[str] | None = None,
    stopwords: Iterable[str] | None = None,
) -> pd.DataFrame:
    """One row per word token, sentence by sentence, in reading order.

    Parameters
    ----------
    corpus : DataFrame
        Corpus table (index ``doc_id``, column ``text``).
    n_jobs : int
        Processes to use; the result does not depend on it.
    terms : iterable of str, optional
        Domain terms to keep whole (default: shipped ``terms.txt``).
    stopwords : iterable of str, optional
        Words flagged ``is_stop`` (default: shipped ``stopwords.txt``).

    Returns
    -------
    DataFrame
        ``doc_id``, ``sent_id`` (as in :func:`vocstudy.sentences`), ``token``,
        ``is_stop`` (bool). Whitespace and punctuation/symbol tokens (no letter or digit
        in them) are dropped; stopwords are kept and flagged. Ordered by ``doc_id``,
        ``sent_id`` and position.

    Examples
    --------
    >>> from vocstudy.corpus import corpus_from_texts
    >>> c = corpus_from_texts({"d": "深化产教融合。"}, clean=False)
    >>> tokenize(c)["token"].tolist()
    ['深化', '产教融合']
    """
    key = _terms_key(terms)
    stop = load_stopwords() if stopwords is None else frozenset(stopwords)
    frames = map_frames(
        _doc_tokens,
        doc_items(corpus, "text"),
        key,
        to_frame=partial(_token_frame, stop=stop),
        n_jobs=n_jobs,
        desc="tokenize",
    )
    return concat_frames(frames)


def _token_frame(parts: list[tuple], stop: frozenset[str]) -> pd.DataFrame:
    """Assemble a batch of per-document tokens (:func:`_doc_tokens`) into the token table.

    The batch's tokens become one Arrow array, dictionary-encoded, so that the table
    holds no per-token Python object and each distinct token of the batch is classified
    once: the sentence separator and punctuation or whitespace (no letter or digit)
    dropped, stopwords flagged. A sentence's id counts the separators before it in its
    document.
    """
    import numpy as np
    import pyarrow as pa

    doc_ids = [p[0] for p in parts]
    lens = np.fromiter((len(p[1]) for p in parts), dtype=np.int64, count=len(parts))
    toks = pa.array(list(chain.from_iterable(p[1] for p in parts)), type=pa.large_string())
    enc = toks.dictionary_encode()
    memo = _word_memo
    if len(memo) > 2_000_000:  # bounded: a vocabulary, not a corpus
        memo.clear()
    uniq = enc.dictionary.to_pylist()
    is_word = np.empty(len(uniq), dtype=bool)
    is_stop = np.empty(len(uniq), dtype=bool)
    is_sep = np.zeros(len(uniq), dtype=bool)
    for k, t in enumerate(uniq):
        w = memo.get(t)
        if w is None:
            w = memo[t] = _is_word(t)
        is_word[k] = w
        is_stop[k] = t in stop
        is_sep[k] = t == _SEP
    idx = enc.indices.to_numpy(zero_copy_only=False)
    seps = np.cumsum(is_sep[idx], dtype=np.int64)
    starts = np.cumsum(lens) - lens
    # the separators before each document's first token (those of earlier documents)
    before = np.zeros(len(parts), dtype=np.int64)
    later = starts > 0
    before[later] = seps[starts[later] - 1]
    sids = seps - np.repeat(before, lens)
    codes = np.repeat(np.arange(len(doc_ids)), lens)
    keep = is_word[idx]
    values = (
        pa.array(doc_ids, type=pa.large_string()).take(pa.array(codes[keep], type=pa.int64())),
        sids[keep],
        toks.filter(pa.array(keep)),
        is_stop[idx[keep]],
    )
    dtypes = ("str", "int64", "str", "bool")
    return pd.DataFrame(
        {c: pd.Series(v, dtype=t) for c, v, t in zip(TOKEN_COLUMNS, values, dtypes, strict=True)}
    )


# --------------------------------------------------------------------------- frequency
def _content_tokens(corpus: pd.DataFrame, tokens: pd.DataFrame | None, n_jobs: int) -> pd.DataFrame:
    if tokens is None:
        tokens = tokenize(corpus, n_jobs=n_jobs)
    return tokens.loc[~tokens["is_stop"], ["doc_id", "token"]]


def term_frequency(
    corpus: pd.DataFrame,
    by_doc: bool = False,
    n_jobs: int = 1,
    *,
    tokens: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Term counts with document frequency; stopwords and punctuation excluded.

    Parameters
    ----------
    corpus : DataFrame
        Corpus table.
    by_doc : bool
        ``False``: one row per term over the whole corpus. ``True``: one row per
        (document, term) pair that occurs.
    n_jobs : int
        Processes for tokenizing.
    tokens : DataFrame, optional
        A table from :func:`tokenize` to count instead of tokenizing ``corpus`` again.

    Returns
    -------
    DataFrame
        ``by_doc=False``: ``term``, ``count`` (tokens in the corpus), ``docs`` (documents
        containing it), sorted by ``count`` descending then ``term``.
        ``by_doc=True``: ``doc_id``, ``term``, ``count`` (tokens in that document),
        ``docs`` (documents of the corpus containing the term - the same on every row of
        a term), sorted by ``doc_id``, ``count`` descending, ``term``.

    Examples
    --------
    >>> from vocstudy.corpus import corpus_from_texts
    >>> c = corpus_from_texts({"a": "产教融合的产教融合。", "b": "产教融合。"}, clean=False)
    >>> term_frequency(c).values.tolist()
    [['产教融合', 3, 2]]
    """
    toks = _content_tokens(corpus, tokens, n_jobs)
    per_doc = Counter(zip(toks["doc_id"].tolist(), toks["token"].tolist()))
    docs = Counter(term for (_, term) in per_doc)
    if by_doc:
        rows = sorted(
            ((d, t, n, docs[t]) for (d, t), n in per_doc.items()), key=lambda r: (r[0], -r[2], r[1])
        )
        cols = FREQ_BY_DOC_COLUMNS
    else:
        total = Counter(toks["token"].tolist())
        rows = sorted(((t, n, docs[t]) for t, n in total.items()), key=lambda r: (-r[1], r[0]))
        cols = FREQ_COLUMNS
    df = pd.DataFrame(rows, columns=cols)
    types = {"term": "str", "count": "int64", "docs": "int64"}
    if by_doc:
        types["doc_id"] = "str"
    return df.astype(types)


def keyness(
    corpus: pd.DataFrame,
    target_doc: str | Sequence[str] | None = None,
    n_jobs: int = 1,
    *,
    tokens: pd.DataFrame | None = None,
    min_count: int = 1,
) -> pd.DataFrame:
    """Which terms set a document apart: Dunning log-likelihood against the rest.

    For each target document and each term it contains, a 2 × 2 table compares the
    term's count ``a`` among the document's ``c`` content tokens with its count ``b``
    among the ``d`` content tokens of all *other* documents (stopwords and punctuation
    excluded, as in :func:`term_frequency`).

    * ``g2`` - Dunning's (1993) log-likelihood ratio over the four cells,
      ``2 Σ O ln(O/E)`` with no continuity correction, signed: positive when the term
      is relatively more frequent in the target (``a/c > b/d``), negative when less.
    * ``p`` - the chi-square (1 d.f.) tail probability of ``|g2|``, ``erfc(√(|g2|/2))``.
      With one test per term, treat it as a ranking aid, not a significance claim.
    * ``log_ratio`` - effect size (Hardie 2014): ``log2((a/c) / (b/d))``; a zero ``b``
      is replaced by 0.5 so terms unique to the target get a finite value.

    Parameters
    ----------
    corpus : DataFrame
        Corpus table with at least two documents that have content tokens.
    target_doc : str or sequence of str, optional
        The document(s) to describe; default every document, each against the rest.
    n_jobs : int
        Processes for tokenizing.
    tokens : DataFrame, optional
        A table from :func:`tokenize` to reuse.
    min_count : int
        Keep terms occurring at least this often in the target.

    Returns
    -------
    DataFrame
        ``doc_id``, ``term``, ``count`` (``a``), ``ref_count`` (``b``), ``g2``, ``p``,
        ``log_ratio``; sorted by ``doc_id``, ``g2`` descending, ``term``.

    Examples
    --------
    >>> from vocstudy.corpus import corpus_from_texts
    >>> c = corpus_from_texts({"a": "乡村振兴。乡村振兴。校企合作。", "b": "校企合作。"}, clean=False)
    >>> keyness(c, "a")[["term", "count", "ref_count"]].values.tolist()
    [['乡村振兴', 2, 0], ['校企合作', 1, 1]]
    """
    toks = _content_tokens(corpus, tokens, n_jobs)
    per_doc = Counter(zip(toks["doc_id"].tolist(), toks["token"].tolist()))
    doc_totals = Counter(toks["doc_id"].tolist())
    term_totals = Counter(toks["token"].tolist())
    n_all = sum(doc_totals.values())
    if target_doc is None:
        targets = list(corpus.index)
    elif isinstance(target_doc, str):
        targets = [target_doc]
    else:
        targets = list(target_doc)
    unknown = [t for t in targets if t not in corpus.index]
    if unknown:
        raise KeyError(f"not in the corpus: {unknown}")
    rows: list[tuple] = []
    for doc in sorted(targets):
        c = doc_totals.get(doc, 0)
        d = n_all - c
        if c == 0:
            continue
        if d == 0:
            raise ValueError("keyness needs a reference: other documents with content tokens")
        items = sorted((t, n) for (dd, t), n in per_doc.items() if dd == doc and n >= min_count)
        if not items:
            continue
        terms = [t for t, _ in items]
        a = np.array([n for _, n in items], dtype=float)
        b = np.array([term_totals[t] for t in terms], dtype=float) - a
        rows.extend(
            zip(
                [doc] * len(terms),
                terms,
                a.astype(int),
                b.astype(int),
                *_g2(a, b, float(c), float(d)),
            )
        )
    df = pd.DataFrame(rows, columns=KEYNESS_COLUMNS)
    df = df.astype(
        {
            "doc_id": "str",
            "term": "str",
            "count": "int64",
            "ref_count": "int64",
            "g2": float,
            "p": float,
            "log_ratio": float,
        }
    )
    df = df.sort_values(["doc_id", "g2", "term"], ascending=[True, False, True], kind="stable")
    return df.reset_index(drop=True)


def _g2(a: np.ndarray, b: np.ndarray, c: float, d: float) -> tuple[list, list, list]:
    """Signed 4-cell G2, its p-value and the log ratio for arrays of counts."""
    n = c + d
    obs = [a, b, c - a, d - b]
    exp = [c * (a + b) / n, d * (a + b) / n, c * (n - a - b) / n, d * (n - a - b) / n]
    g2 = np.zeros_like(a)
    for o, e in zip(obs, exp):
        with np.errstate(divide="ignore", invalid="ignore"):
            g2 += np.where(o > 0, o * np.log(np.where(o > 0, o, 1) / e), 0.0)
    g2 = 2 * g2
    sign = np.where(a / c >= b / d, 1.0, -1.0)
    g2 = np.clip(g2, 0.0, None) * sign  # clip float noise below zero
    p = [math.erfc(math.sqrt(abs(x) / 2)) for x in g2]
    lr = np.log2((a / c) / (np.where(b > 0, b, 0.5) / d))
    return g2.tolist(), p, lr.tolist()


__all__ = [
    "TERM_FREQ",
    "cut",
    "engine",
    "get_tokenizer",
    "keyness",
    "load_stopwords",
    "load_terms",
    "term_frequency",
    "tokenize",
]
