"""Keyword in context (vocstudy.concordance, vs.kwic)."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from vocstudy.concordance import kwic
from vocstudy.corpus import corpus_from_texts
from vocstudy.text import sentences


def corpus(texts: dict[str, str]) -> pd.DataFrame:
    return corpus_from_texts(texts, clean=False)


def test_exact_rows_context_crosses_sentences_not_documents():
    c = corpus({"b": "推进产教融合。深化产教融合改革。", "a": "产教融合"})
    got = kwic(c, "产教融合", window=3)
    assert list(got.columns) == ["doc_id", "sent_id", "left", "match", "right"]
    assert got.values.tolist() == [
        ["a", 0, "", "产教融合", ""],
        ["b", 0, "推进", "产教融合", "。深化"],
        ["b", 1, "。深化", "产教融合", "改革。"],
    ]
    assert got["sent_id"].dtype == "int64"


def test_paragraph_breaks_marked_and_window_exact():
    got = kwic(corpus({"d": "第一段\n推进职普融通\n第二段"}), "职普融通", window=4)
    assert got[["left", "right"]].values.tolist() == [["段¶推进", "¶第二段"]]


def test_plain_string_is_escaped_by_default():
    c = corpus({"d": "推进1+X证书。11X不是。"})
    assert kwic(c, "1+X", window=2)["match"].tolist() == ["1+X"]
    assert kwic(c, "1+X", window=2, regex=True)["match"].tolist() == ["11X"]


def test_regex_and_compiled_pattern():
    c = corpus({"d": "重庆与四川合作，北京和天津合作。"})
    got = kwic(c, r"(重庆|北京)[与和](\w\w)", regex=True, window=0)
    assert got["match"].tolist() == ["重庆与四川", "北京和天津"]
    assert got[["left", "right"]].values.tolist() == [["", ""], ["", ""]]
    pd.testing.assert_frame_equal(kwic(c, re.compile(r"(重庆|北京)[与和](\w\w)"), window=0), got)


def test_sent_id_is_the_sentence_where_the_match_starts():
    c = corpus({"d": "小标题\n“第一句。”  第二句讲校企合作！第三句"})
    got = kwic(c, "校企合作")
    s = sentences(c)
    sid = got["sent_id"].item()
    assert sid == 2
    assert "校企合作" in s.loc[s["sent_id"] == sid, "sentence"].item()
    # a regex match spanning two sentences belongs to the first
    span = kwic(c, "。”  第二", window=0)
    assert span["sent_id"].tolist() == [1]


def test_no_match_empty_match_and_errors():
    c = corpus({"d": "没有关键词。", "e": ""})
    got = kwic(c, "鲁班工坊")
    assert got.empty and list(got.columns) == ["doc_id", "sent_id", "left", "match", "right"]
    assert kwic(c, "x*", regex=True).empty  # zero-length matches skipped
    with pytest.raises(ValueError):
        kwic(c, "")
    with pytest.raises(ValueError):
        kwic(c, "词", window=-1)
    with pytest.raises(TypeError):
        kwic(c, 5)  # type: ignore[arg-type]


def test_parallel_identical():
    c = corpus({f"d{i}": "深化产教融合。" * (i + 1) for i in range(5)})
    pd.testing.assert_frame_equal(kwic(c, "产教融合", n_jobs=1), kwic(c, "产教融合", n_jobs=2))
