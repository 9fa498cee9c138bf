"""The fast segmentation engine (rjieba) gives jieba's tokens, token for token.

jieba is the reference: its dictionary, the project's terms (``vocstudy/data/terms.txt``)
at the frequencies :mod:`vocstudy.tokens` gives them, and its HMM. The comparisons run on
the seeds, on a synthetic bench corpus and on excerpts of real web pages
(``tests/data/engine_pages.json``: Simplified, Traditional, mixed ASCII - DOIs, dates,
article numbers, URLs, English).
"""

from __future__ import annotations

import builtins
import json
from pathlib import Path

import pytest

from vocstudy import tokens as T
from vocstudy.corpus import corpus_from_texts
from vocstudy.text import split_sentences

pytest.importorskip("rjieba")

PAGES = json.loads((Path(__file__).parent / "data" / "engine_pages.json").read_text("utf-8"))
TERMS = T._terms_key(None)


@pytest.fixture(scope="module")
def engines():
    tk, _ = T._tokenizer_and_guard(TERMS)
    fast = T._Segmenter(tk, fast=True)
    assert fast.engine == "rjieba"
    return tk, fast


def _bench_texts(n: int, folder: Path) -> list[str]:
    """The cleaned texts of ``n`` synthetic bench articles written to ``folder``."""
    import sys

    import vocstudy as vs

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    try:
        from synth import generate
    finally:
        sys.path.pop(0)
    generate(n, folder)
    return vs.load_corpus(folder)["text"].tolist()


def _pieces(text: str) -> list[str]:
    """The text whole, line by line and sentence by sentence."""
    return [text, *text.split("\n"), *split_sentences(text)]


def _assert_same(tk, fast, texts, hmm=True):
    n = 0
    for text in texts:
        for piece in _pieces(text):
            assert fast.lcut(piece, hmm=hmm) == tk.lcut(piece, HMM=hmm), piece
            n += 1
    return n


@pytest.mark.parametrize("hmm", [True, False])
def test_real_pages_identical(engines, hmm):
    tk, fast = engines
    texts = [p["text"] for p in PAGES["pages"]]
    assert {p["script"] for p in PAGES["pages"]} >= {"simplified", "traditional", "mixed"}
    assert _assert_same(tk, fast, texts, hmm) > 50


def test_seeds_identical(engines, corpus):
    tk, fast = engines
    texts = corpus["text"].tolist() + corpus["text_raw"].tolist()  # cleaned and raw pages
    assert _assert_same(tk, fast, texts) > 200


def test_bench_corpus_identical(engines, tmp_path):
    tk, fast = engines
    assert _assert_same(tk, fast, _bench_texts(40, tmp_path)) > 1000


def test_ascii_runs_follow_jieba(engines):
    """jieba-rs keeps 2024-07-24, URLs and a_b.c% whole; jieba splits them - so do we."""
    tk, fast = engines
    cases = {
        "2024-07-24召开会议": ["2024", "-", "07", "-", "24", "召开", "会议"],
        "a_b.c%d-e": ["a", "_", "b", ".", "c%", "d", "-", "e"],
    }
    for text, want in cases.items():
        assert tk.lcut(text) == want  # the reference itself
        assert fast.lcut(text) == want
    url = "访问https://www.moe.gov.cn/jyb_xwfb/t20240724_1142.html了解"
    assert fast.lcut(url) == tk.lcut(url)
    assert "www" in fast.lcut(url) and "www.moe.gov.cn" not in fast.lcut(url)
    import rjieba  # the bare engine does differ here, which is why blocks are routed

    assert "2024-07-24" in rjieba.cut("2024-07-24召开会议")


def test_project_terms_and_frequencies(engines):
    """add_word with the project's frequencies: every CJK term cut as jieba cuts it."""
    tk, fast = engines
    cjk = [t for t in TERMS if T._CJK_ONLY.fullmatch(t)]
    assert len(cjk) > 100
    for t in cjk:
        for frame in ("{}", "我们推进{}的工作。", "全面加强{}建设"):
            s = frame.format(t)
            assert fast.lcut(s) == tk.lcut(s), s
            assert fast.lcut(s, hmm=False) == tk.lcut(s, HMM=False), s
    assert fast.lcut("深化产教融合") == ["深化", "产教融合"]


def test_tokenize_without_rjieba_gives_the_same_table(monkeypatch, corpus):
    fast_table = T.tokenize(corpus)
    real_import = builtins.__import__

    def no_rjieba(name, *args, **kwargs):
        if name == "rjieba":
            raise ImportError("simulated: rjieba not installed")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_rjieba)
    T._segmenter_and_guard.cache_clear()
    try:
        assert T.engine() == "jieba"
        slow_table = T.tokenize(corpus)
    finally:
        monkeypatch.undo()
        T._segmenter_and_guard.cache_clear()
    assert T.engine() == "rjieba"
    assert len(fast_table) > 1000
    assert fast_table.equals(slow_table)


def test_tokenize_traditional_and_mixed_pages():
    """Through cleaning (Traditional -> Simplified) and the term guard, both engines agree."""
    texts = {f"p{i}": p["text"] for i, p in enumerate(PAGES["pages"])}
    c = corpus_from_texts(texts)
    fast = T.tokenize(c)
    seg, guard = T._segmenter_and_guard(TERMS)
    slow_seg = T._Segmenter(seg.tk, fast=False)
    for text in c["text"]:
        for s in split_sentences(text):
            assert T._cut_with(seg, guard, s) == T._cut_with(slow_seg, guard, s)
    assert len(fast) > 300


# ------------------------------------------------------------------ theme matching
def test_theme_matcher_equals_regex_on_seeds_and_bench(corpus, tmp_path):
    """The Aho-Corasick matcher returns the regex's leftmost-longest matches."""
    from vocstudy.policy_themes import TermMatcher, _normalize_lexicon

    texts = corpus["text"].tolist() + _bench_texts(30, tmp_path)
    texts += [p["text"] for p in PAGES["pages"]]
    _, term_themes = _normalize_lexicon(None)
    ac, rx = TermMatcher(term_themes), TermMatcher(term_themes, engine="regex")
    assert (ac.engine, rx.engine) == ("ahocorasick", "regex")
    n = 0
    for text in texts:
        for s in split_sentences(text):
            got = ac.find(s)
            assert got == rx.find(s), s
            n += len(got)
    assert n > 500


def test_theme_matcher_fuzz():
    """Overlapping terms, ASCII edges (5G not inside 25G): random strings, same matches."""
    import random

    from vocstudy.policy_themes import TermMatcher

    terms = ["产教融合", "融合发展", "产教融合共同体", "5G", "1+X", "X", "合", "ab", "b1", "教融"]
    ac, rx = TermMatcher(terms), TermMatcher(terms, engine="regex")
    rng = random.Random(7)
    alphabet = "产教融合发展共同体5Gab1X+2"
    for _ in range(20000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 18)))
        assert ac.find(s) == rx.find(s), s
    assert ac.find("25G和5G") == [(4, 6, "5G")]


def test_whitespace_is_cut_alike_by_both_engines(engines):
    """Every whitespace character Python knows, mixed with words, letters and digits: the
    bare rjieba gives jieba's tokens, so a sentence is not routed to jieba for its spaces;
    the ASCII symbols still differ (the check can fail)."""
    import random

    import rjieba

    tk, fast = engines
    rj = fast.rj
    spaces = [chr(i) for i in range(0x3001) if chr(i).isspace()]
    words = ["产", "教", "融合", "职业", "学院", "a", "B", "1", "2", "。", ",", "X", "互联网"]
    rng = random.Random(11)
    for alphabet, same in ((words + spaces, True), (words + ["-", "2024-07-24", "%", "."], False)):
        differ = 0
        for _ in range(20000):
            s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9)))
            if rj.cut(s, True) != tk.lcut(s):
                differ += 1
            assert fast.lcut(s) == tk.lcut(s), s
        assert (differ == 0) is same
    assert rjieba.cut("2024-07-24") == ["2024-07-24"]


def test_characters_where_the_engines_split_blocks_differently(engines):
    """Whitespace, ASCII symbols and CJK outside U+4E00-U+9FD5: routed so tokens agree."""
    tk, fast = engines
    cases = [
        "㐀㐁中国职业教育，产教融合。",  # extension A: han for jieba-rs, not for jieba
        "鿖鿗职业教育鿿发展",  # U+9FD6-U+9FFF
        "豈更車職業教育",  # compatibility ideographs
        "𠀀𠀁职业教育𪜀发展",  # supplementary planes
        "职业教育\x1c产教融合\u3000校企合作\xa0发展  两个空格",  # Python-only / wide spaces
        "Café教育、α测试😀与ＡＢＣ１２３职业教育！",  # other letters, emoji, full-width
        "产教融合（2024）：1+X证书、5G+工业互联网、3.5%、C++与C#、R&D、a_b",
    ]
    for s in cases:
        for hmm in (True, False):
            assert fast.lcut(s, hmm=hmm) == tk.lcut(s, HMM=hmm), s


# ------------------------------------------------------------------ one split, shared
def test_sentence_memo_is_invisible(corpus, monkeypatch):
    """Remembered splits equal fresh ones; callers get copies; the budget evicts."""
    from vocstudy import text as X

    X.clear_sentence_memo()
    texts = corpus["text"].tolist()
    fresh = [X._split(t) for t in texts]
    assert [X.split_sentences(t) for t in texts] == fresh  # misses
    assert len(X._memo) == len(texts)
    got = X.split_sentences(texts[0])  # a hit
    assert got == fresh[0]
    got.append("mutated")
    assert X.split_sentences(texts[0]) == fresh[0]
    monkeypatch.setattr(X, "SENTENCE_MEMO_CHARS", len(texts[0]))
    X.clear_sentence_memo()
    assert [X.split_sentences(t) for t in texts] == fresh
    assert len(X._memo) == 1  # only the most recent text is kept
    assert X._memo_chars == sum(map(len, fresh[-1]))
    X.clear_sentence_memo()
    assert not X._memo


def test_shared_memo_gives_the_same_places(corpus):
    """The hook proposed for gazetteer.document_places changes no row."""
    from vocstudy import _shared
    from vocstudy import gazetteer as G

    memo = _shared.memo("test.document_places", G.document_places)
    for text in corpus["text"]:
        assert memo(text) == G.document_places(text)
        assert memo(text) == G.document_places(text)
    hits, misses, held = _shared.stats()["test.document_places"]
    assert (hits, misses) == (len(corpus), len(corpus)) and held == len(corpus)
    _shared.clear()
    assert _shared.stats()["test.document_places"][2] == 0


def test_automaton_engines_give_the_same_spans():
    """ahocorasick_rs and the pure-Python scan: the same spans, overlapping ones included,
    with characters outside the BMP shifting no offset."""
    import random

    from vocstudy._automaton import Automaton

    keys = ["中国", "国", "中国人", "人民", "𠀀中", "ab", "b", "香港东区", "东区"]
    fast, slow = Automaton(keys), Automaton(keys, engine="python")
    assert (fast.engine, slow.engine) == ("ahocorasick_rs", "python")
    assert fast.spans("a𠀀中国人民") == [(1, 3), (2, 5), (2, 4), (3, 4), (4, 6)]
    import pickle  # a compiled lexicon carries its automaton to worker processes

    again = pickle.loads(pickle.dumps(fast))
    assert again.engine == "ahocorasick_rs" and again.spans("中国人民") == fast.spans("中国人民")
    rng = random.Random(3)
    alphabet = "中国人民𠀀ab香港东区é "
    for _ in range(5000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        assert fast.spans(s) == slow.spans(s), s


def test_place_scan_same_without_the_automaton_library(corpus, tmp_path, monkeypatch):
    """The gazetteer scan gives the same places with the pure-Python scan."""
    import vocstudy as vs
    from vocstudy import _shared
    from vocstudy import gazetteer as G
    from vocstudy._automaton import Automaton

    texts = corpus["text"].tolist() + [p["text"] for p in PAGES["pages"]]
    G._lexicon.cache_clear()
    _shared.clear()
    fast = [G.document_places(t) for t in texts]
    lex = G._lexicon()
    assert lex.automaton.engine == "ahocorasick_rs"
    monkeypatch.setattr(lex, "automaton", Automaton(lex.entries, engine="python"))
    _shared.clear()
    slow = [G.document_places(t) for t in texts]
    assert slow == fast and sum(map(len, fast)) > 100
    G._lexicon.cache_clear()
    _shared.clear()
    assert vs.places(corpus).shape[0] > 0


def test_sentences_cut_in_runs_equal_jieba_sentence_by_sentence(corpus, tmp_path):
    """One rjieba call per run of plain sentences, the others one by one: every sentence's
    tokens are jieba's (seeds, real pages, a bench corpus with terms such as 1+X and
    互联网+, spaces, dates)."""
    pages = corpus_from_texts({f"p{i}": p["text"] for i, p in enumerate(PAGES["pages"])})
    texts = [*corpus["text"], *pages["text"], *_bench_texts(40, tmp_path)]
    seg, guard = T._segmenter_and_guard(TERMS)
    slow = T._Segmenter(seg.tk, fast=False)
    near = T._guard_spans(TERMS)
    mixed = 0
    for text in texts:
        sents = split_sentences(text)
        want: list[str] = []
        for k, s in enumerate(sents):
            want += ([T._SEP] if k else []) + T._cut_with(slow, guard, s)
        assert T._cut_sentences(seg, guard, sents, near) == want
        joined = T._SEP.join(sents)
        mixed += bool(T._RISKY_JOINED.search(joined) or near.spans(joined))
    assert mixed > 20  # the run-by-run path was taken
    assert not T._RISKY_JOINED.search("一句话。\n另一句话。")
    # spaces are no risk (test_whitespace_is_cut_alike_by_both_engines); ASCII symbols are
    assert not T._RISKY_JOINED.search("一句\u3000话 两个")
    assert T._RISKY_JOINED.search("2024-07-24")
