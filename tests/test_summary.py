"""article_summary: the per-article answers side by side."""

from __future__ import annotations

import pandas as pd

import vocstudy as vs


def test_summary_on_written_articles():
    c = vs.corpus_from_texts(
        {
            "a": "重庆市与四川省签署职业教育合作协议,深化产教融合、校企合作。两地成立职教联盟。",
            "b": "学校举办技能大赛,弘扬工匠精神。",
            "c": "",
        },
        published={"a": "2024-05-01", "b": "2024-05-01"},
        clean=False,
    )
    s = vs.article_summary(c)
    assert list(s.index) == ["a", "b", "c"]
    assert s.loc["a", "top_theme"] == "industry_education_integration"
    assert s.loc["a", "top_pair"] == "四川省–重庆市"
    # 两地成立职教联盟: the two places of the sentence before found an alliance (issue 10)
    assert s.loc["a", "collab_sentences"] == 2
    assert s.loc["a", "events"] == 2 and s.loc["a", "top_event"] == "founding"
    assert s.loc["b", "top_theme"] == "skills_craftsmanship"
    assert s.loc["b", "top_event"] == "competition" and pd.isna(s.loc["b", "top_pair"])
    assert (
        s.loc["c", "events"] == 0 and s.loc["c", "themes"] == 0 and pd.isna(s.loc["c", "top_theme"])
    )


def test_summary_on_seeds(corpus):
    s = vs.article_summary(corpus)
    assert s["top_pair"].iloc[2] == "四川省–重庆市"
    assert s["top_event"].iloc[4] == "founding"
    assert (s["themes"] > 0).all()
