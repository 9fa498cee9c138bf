"""Cleaning on real page excerpts from sites the seeds do not cover (tests/pages/)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import vocstudy as vs

PAGES = Path(__file__).resolve().parent / "pages"


@pytest.fixture(scope="module")
def pages():
    return vs.load_corpus(PAGES)


def test_video_page_labels_are_not_the_title(pages):
    row = pages.loc["video-page"]
    assert pd.isna(row["title"]) and "no_title" in row["problems"]
    assert row["published"] == pd.Timestamp("2016-05-10")  # "2016-05-10点击:"
    assert row["text"].startswith("【正文】2016山东省暨济南市职业教育活动周今天启动。")
    assert "山东视频联播" not in row["text"] and "视频信息" not in row["text"]


def test_a_leading_photo_caption_is_not_the_story(pages):
    row = pages.loc["caption-first"]
    assert row["text"].startswith("中新网客户端2月19日电")
    assert "资料图" not in row["text"] and "上一篇" not in row["text"]
    assert pd.isna(row["editor"])  # "责任编辑:FRT136" is a code, not a name


def test_bullet_widgets_go_and_the_headline_stays(pages):
    row = pages.loc["bullets-paywall"]
    assert row["title"] == "2023年职业教育活动周及全国职业院校技能大赛在山东开幕"
    assert "打印" not in row["text"] and "收藏" not in row["text"]
    assert "monitor" not in row["text"]


def test_source_lines_with_bars_are_metadata(pages):
    row = pages.loc["source-bars"]
    assert "pinyin_annotations" in row["problems"] and "traditional_script" in row["problems"]
    assert "(yè)" not in row["text"] and "职业教育活动周" in row["text"]
    assert "来源" not in row["text"]
    assert row["source"] == "校企合作与就业服务处"


def test_traditional_page_with_label_lines(pages):
    row = pages.loc["traditional-credit"]
    assert row["title"].startswith("校校合作·共促发展")
    assert row["published"] == pd.Timestamp("2025-03-22")
    assert row["source"] == "宣传处" and row["editor"] == "李豪"
    assert row["text"].split("\n")[-1].endswith("铸造职业教育合作典范。")


def test_a_reprint_label_is_not_part_of_the_headline(pages):
    row = pages.loc["dzrb"]
    assert row["title"] == "潍坊职业学院参加国赛高职组比赛摘得三金"
    assert row["published"] == pd.Timestamp("2017-06-13")
    assert "链接" not in row["text"] and "点击次数" not in row["text"]


def test_a_label_after_a_source_label_is_not_the_source(pages):
    row = pages.loc["hn"]
    assert pd.isna(row["source"])  # "来源: 人气:2068" names no source
    assert row["published"] == pd.Timestamp("2013-12-26")
    assert "办 公 室" not in row["text"]


def test_toneless_pinyin_of_mirror_sites_is_removed(pages):
    row = pages.loc["pinyin"]
    assert "pinyin_annotations" in row["problems"]
    assert "(zhi)" not in row["text"] and "深职院勇立潮头" in row["text"]


def test_indentation_lost_as_question_marks_is_removed(pages):
    row = pages.loc["qmarks"]
    lines = row["text"].split("\n")
    assert len(lines) == 3 and all(not x.startswith("?") for x in lines)
    assert lines[0].startswith("12月28日,省政协副主席")


def test_a_taiwanese_date_label_glued_to_the_lead(pages):
    row = pages.loc["roc-date"]
    assert row["published"] == pd.Timestamp("2015-04-10")  # 日期:104-04-10, a Republic year
    assert row["text"].split("\n")[1].startswith("(中央社台南10日电)")
    assert "公布单位" not in row["text"] and row["source"] == "青年日报"


def test_captions_closed_by_a_photo_credit_go(pages):
    row = pages.loc["credit-caption"]
    assert row["published"] == pd.Timestamp("2025-09-22")
    assert "提供)" not in row["text"] and "首页" not in row["text"]
    assert row["text"].split("\n")[1].startswith("〔记者王姝琇/台南报导〕")
