"""Tokens, term frequency and keyness (vocstudy.tokens)."""

from __future__ import annotations

import math
import os
import subprocess
import sys

import pandas as pd
import pytest

from vocstudy.corpus import corpus_from_texts
from vocstudy.text import sentences
from vocstudy.tokens import (
    cut,
    get_tokenizer,
    keyness,
    load_stopwords,
    load_terms,
    term_frequency,
    tokenize,
)

TERMS = load_terms()
FRAMES = ["{}", "我们推进{}的工作。", "在{}中", "全面加强{}建设", "关于{}和改革的意见"]


def _kept_whole(term: str, tokens: list[str]) -> bool:
    """The term is a token, or lies inside a token that is itself a listed (longer) term."""
    return any(tok == term or (term in tok and tok in TERM_SET) for tok in tokens)


TERM_SET = set(TERMS)


def corpus(texts: dict[str, str]) -> pd.DataFrame:
    return corpus_from_texts(texts, clean=False)


# ------------------------------------------------------------------ term list & stopwords
def test_terms_file_is_clean():
    assert len(TERMS) == len(set(TERMS)) > 100
    assert all(t == t.strip() and " " not in t and not t.startswith("#") for t in TERMS)
    for must in ["产教融合", "校企合作", "市域产教联合体", "行业产教融合共同体", "成渝地区双城经济圈",
                 "职普融通", "科教融汇", "1+X", "双高计划", "技术技能人才", "现代职业教育体系",
                 "产教融合型企业", "双师型", "现代学徒制", "岗课赛证", "5G"]:  # fmt: skip
        assert must in TERM_SET


def test_stopwords_are_function_words_only():
    stop = load_stopwords()
    assert {"的", "了", "和", "与", "在", "我们"} <= stop
    assert not stop & TERM_SET
    assert not stop & {"发展", "建设", "职业教育", "学校", "企业", "推进", "技能"}


# ------------------------------------------------------------------ every term stays whole
@pytest.mark.parametrize("frame", FRAMES)
def test_every_term_is_kept_whole(frame):
    broken = []
    for term in TERMS:
        toks = cut(frame.format(term))
        if not _kept_whole(term, toks):
            broken.append((term, toks))
    assert broken == []


def test_terms_alone_are_one_token():
    assert [t for t in TERMS if cut(t) != [t]] == []


def test_non_cjk_terms_kept_whole_and_bounded():
    assert cut("推进1+X证书制度试点") == ["推进", "1+X证书制度", "试点"]
    assert cut("“1+X”证书") == ["“", "1+X", "”", "证书"]
    assert cut("发展5G和25G") == ["发展", "5G", "和", "25G"]
    assert cut("互联网+教育") == ["互联网+", "教育"]


# ------------------------------------------------------------------ tokenize
def test_tokenize_exact_rows():
    c = corpus({"b": "我们深化产教融合，培养技术技能人才。\n推进“1+X”证书制度！",
                "a": "学校与企业合作 共建产业学院。"})  # fmt: skip
    got = tokenize(c)
    assert list(got.columns) == ["doc_id", "sent_id", "token", "is_stop"]
    assert got.values.tolist() == [
        ["a", 0, "学校", False],
        ["a", 0, "与", True],
        ["a", 0, "企业", False],
        ["a", 0, "合作", False],
        ["a", 0, "共建", False],
        ["a", 0, "产业学院", False],
        ["b", 0, "我们", True],
        ["b", 0, "深化", False],
        ["b", 0, "产教融合", False],
        ["b", 0, "培养", False],
        ["b", 0, "技术技能人才", False],
        ["b", 1, "推进", False],
        ["b", 1, "1+X", False],
        ["b", 1, "证书", False],
        ["b", 1, "制度", False],
    ]
    assert got["sent_id"].dtype == "int64" and got["is_stop"].dtype == bool


def test_tokenize_drops_punctuation_and_whitespace_only():
    got = tokenize(corpus({"d": "“双高”、 ——%  100%"}))
    assert got["token"].tolist() == ["双高", "100%"]  # jieba keeps 100% as one token


def test_sent_ids_agree_with_sentences():
    c = corpus({"d": "第一句。第二句！\n小标题\n“引语。”最后"})
    toks = tokenize(c)
    sents = sentences(c)
    assert set(toks["sent_id"]) <= set(sents["sent_id"])
    joined = toks.groupby("sent_id")["token"].apply("".join)
    for sid, text in joined.items():
        assert text in sents.loc[sents["sent_id"] == sid, "sentence"].item()


def test_tokenize_empty_inputs():
    got = tokenize(corpus({"e": "", "p": "。。!"}))
    assert got.empty and list(got.columns) == ["doc_id", "sent_id", "token", "is_stop"]
    assert term_frequency(corpus({"e": ""})).empty


def test_tokenize_custom_terms_and_stopwords():
    c = corpus({"d": "推进职普融通的工作"})
    got = tokenize(c, terms=["普融"], stopwords=["推进"])
    assert "职普融通" not in got["token"].tolist()
    assert got.loc[got["token"] == "推进", "is_stop"].item() is True
    assert got.loc[got["token"] == "的", "is_stop"].item() is False


def test_tokenize_parallel_identical():
    texts = {f"d{i}": "深化产教融合，推进校企合作。职普融通！" * (i + 1) for i in range(5)}
    c = corpus(texts)
    pd.testing.assert_frame_equal(tokenize(c, n_jobs=1), tokenize(c, n_jobs=2))


# ------------------------------------------------------------------ private tokenizer
def test_get_tokenizer_is_private_and_cached():
    import jieba

    tk = get_tokenizer()
    assert tk is get_tokenizer()
    assert tk is not jieba.dt and isinstance(tk, jieba.Tokenizer)
    assert tk.lcut("深化产教融合") == ["深化", "产教融合"]
    assert "产教融合" not in jieba.dt.FREQ  # the global tokenizer is untouched


def test_fresh_process_is_silent_and_leaves_no_global_state(tmp_path):
    code = (
        "import logging, jieba, vocstudy.tokens as T, vocstudy as vs\n"
        "lg = logging.getLogger('jieba'); before = (lg.level, list(lg.handlers))\n"
        "c = vs.corpus_from_texts({'d': '深化产教融合。'}, clean=False)\n"
        "assert T.tokenize(c)['token'].tolist() == ['深化', '产教融合']\n"
        "assert (lg.level, list(lg.handlers)) == before\n"
        "assert not jieba.dt.initialized\n"
    )
    env = {**os.environ, "VOCSTUDY_CACHE": str(tmp_path)}
    for _ in range(2):  # first run builds the cache, the second reads it
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                             text=True, timeout=120)  # fmt: skip
        assert out.returncode == 0, out.stderr
        assert out.stderr == "" and out.stdout == ""
    assert len(list(tmp_path.glob("jieba-vocstudy-*.marshal"))) == 1


# ------------------------------------------------------------------ term_frequency
def test_term_frequency_exact():
    c = corpus({"a": "产教融合的产教融合，校企合作。", "b": "校企合作和产教融合。学校。"})
    got = term_frequency(c)
    assert list(got.columns) == ["term", "count", "docs"]
    assert got.values.tolist() == [
        ["产教融合", 3, 2],
        ["校企合作", 2, 2],
        ["学校", 1, 1],
    ]


def test_term_frequency_by_doc_exact():
    c = corpus({"a": "产教融合的产教融合，校企合作。", "b": "校企合作和产教融合。学校。"})
    got = term_frequency(c, by_doc=True)
    assert list(got.columns) == ["doc_id", "term", "count", "docs"]
    assert got.values.tolist() == [
        ["a", "产教融合", 2, 2],
        ["a", "校企合作", 1, 2],
        ["b", "产教融合", 1, 2],  # ties in code-point order of the term
        ["b", "学校", 1, 1],
        ["b", "校企合作", 1, 2],
    ]
    pd.testing.assert_frame_equal(term_frequency(c, by_doc=True, tokens=tokenize(c)), got)


# ------------------------------------------------------------------ keyness
def _g2_reference(a: int, b: int, c: int, d: int) -> float:
    """G2 = 2 (Σ O ln O − Σ rows ln rows − Σ cols ln cols + N ln N)."""

    def xlx(x: float) -> float:
        return x * math.log(x) if x > 0 else 0.0

    n = c + d
    cells = [a, b, c - a, d - b]
    rows, cols = [a + b, n - a - b], [c, d]
    return 2 * (sum(map(xlx, cells)) - sum(map(xlx, rows)) - sum(map(xlx, cols)) + xlx(n))


def test_keyness_values():
    # target a: 乡村振兴 x3, 学校 x1 (4 content tokens); reference b: 乡村振兴 x1, 学校 x5 (6)
    c = corpus({"a": "乡村振兴。乡村振兴。乡村振兴。学校。", "b": "乡村振兴。" + "学校。" * 5})
    got = keyness(c, "a")
    assert list(got.columns) == ["doc_id", "term", "count", "ref_count", "g2", "p", "log_ratio"]
    assert got[["doc_id", "term", "count", "ref_count"]].values.tolist() == [
        ["a", "乡村振兴", 3, 1],
        ["a", "学校", 1, 5],
    ]
    g2 = _g2_reference(3, 1, 4, 6)
    assert got["g2"].tolist() == pytest.approx([g2, -_g2_reference(1, 5, 4, 6)])
    assert got.loc[0, "p"] == pytest.approx(math.erfc(math.sqrt(g2 / 2)))
    assert got.loc[0, "log_ratio"] == pytest.approx(math.log2((3 / 4) / (1 / 6)))


def test_keyness_all_docs_zero_reference_and_errors():
    c = corpus({"a": "鲁班工坊。", "b": "学校。"})
    got = keyness(c)
    assert got["doc_id"].tolist() == ["a", "b"]
    assert got.loc[0, "log_ratio"] == pytest.approx(math.log2(1 / (0.5 / 1)))
    with pytest.raises(KeyError):
        keyness(c, "zz")
    with pytest.raises(ValueError):
        keyness(corpus({"only": "学校。"}), "only")
