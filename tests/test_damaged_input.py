"""Damaged and unusual input: every file is a row, its text is kept, its problem is named.

Each case here failed on the code before the robustness work (crash, text lost, markup or
control characters left in ``text``, a body paragraph cut), and the fuzz tests check the
three promises on arbitrary bytes and on shuffled real page lines.
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vocstudy as vs
from vocstudy.cleaning import clean
from vocstudy.loading import decode_bytes

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

HEAD = "川渝两地签署职业教育协同发展框架协议"
P1 = "5月17日,重庆市教委与四川省教育厅在成都签署职业教育协同发展框架协议,推动两地产教融合。"
P2 = "根据协议,两地将共建二十个实训基地,联合培养技术技能人才,共享优质教学资源。"
P3 = "双方还将建立联席会议制度,每年轮流召开一次会议,研究解决合作中的重要问题。"
ARTICLE = "\n".join([HEAD, "发布时间:2024-05-17 10:21 来源:川渝教育网", P1, P2, P3])


# ---------------------------------------------------------------------------
# reposts


def _write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> None:
    (folder / name).write_bytes(text.encode(encoding))


def test_duplicate_groups_with_different_flags_do_not_crash(tmp_path):
    # two pairs of reposts: one pair with a headline, the other without (different flags)
    no_head = "\n".join([P1, P2, P3])
    other = "\n".join(["另一篇报道的标题在这里", P3.replace("联席会议", "联合办公"), P2])
    for name, text in [
        ("a1", ARTICLE),
        ("a2", ARTICLE),
        ("b1", no_head),
        ("b2", no_head),
        ("b3", no_head),
        ("c1", other),
    ]:
        _write(tmp_path, f"{name}.txt", text)
    c = vs.load_corpus(tmp_path)
    assert len(c) == 6
    marks = {d: [p for p in c.loc[d, "problems"] if "duplicate" in p] for d in c.index}
    assert marks["a2"] == ["duplicate_of:a1"]
    assert marks["b2"] == ["duplicate_of:b1"] and marks["b3"] == ["duplicate_of:b1"]
    assert "no_title" in c.loc["b2", "problems"] and "no_title" not in c.loc["a2", "problems"]
    # b1 tells a1's story without its headline and date line: a near-duplicate
    assert marks["b1"] == ["near_duplicate_of:a1"]
    assert marks["a1"] == [] and marks["c1"] == []


def test_near_duplicate_is_the_story_reposted_with_small_edits(tmp_path):
    edited = "\n".join(
        [
            HEAD + "(转载)",
            "来源:新华网",
            P1.replace("5月17日", "17日"),
            P2,
            P3,
            "本文转自川渝教育网,编辑:王五。",
        ]
    )
    _write(tmp_path, "orig.txt", ARTICLE)
    _write(tmp_path, "repost.txt", edited, "gbk")
    _write(
        tmp_path,
        "unrelated.txt",
        "\n".join(
            [
                "另一个标题写在这里",
                P2.replace("二十", "三十").replace("实训基地", "产业学院"),
                "其他内容很多,与上面那篇报道完全不同,讲的是另外一件事情。",
            ]
        ),
    )
    c = vs.load_corpus(tmp_path)
    assert "near_duplicate_of:orig" in c.loc["repost", "problems"]
    assert not any("duplicate" in p for p in c.loc["unrelated", "problems"])
    s = vs.stories(c)
    assert s.loc["repost", "story"] == "orig" and s.loc["repost", "relation"] == "near_duplicate"
    assert s["story"].nunique() == 2


# ---------------------------------------------------------------------------
# decoding


def test_a_few_bad_bytes_keep_the_text_and_are_counted(tmp_path):
    data = ARTICLE.encode("utf-8")
    cut = data.index(P2.encode("utf-8"))
    (tmp_path / "bad.txt").write_bytes(data[:cut] + b"\xff\xfe" + data[cut:])
    c = vs.load_corpus(tmp_path)
    row = c.loc["bad"]
    assert row["encoding"] == "utf-8"
    assert "invalid_bytes" in row["problems"] and "undecodable" not in row["problems"]
    assert "mojibake_unrepaired" not in row["problems"]
    assert P1 in row["text"] and P3 in row["text"] and "\ufffd\ufffd" + P2 in row["text"]
    audit = vs.cleaning_audit(c)
    rows = audit[audit["rule"] == "invalid_bytes"]
    assert len(rows) == 1 and rows.iloc[0]["line_no"] == 0
    assert (
        rows.iloc[0]["before"].startswith("2 invalid byte")
        and "line(s) 4" in rows.iloc[0]["before"]
    )


def test_gbk_file_with_a_stray_byte_is_read_as_gbk(tmp_path):
    data = ARTICLE.encode("gbk")
    (tmp_path / "g.txt").write_bytes(data[:60] + b"\xff" + data[60:])
    row = vs.load_corpus(tmp_path).loc["g"]
    assert row["encoding"] in ("gbk", "gb18030")
    assert "invalid_bytes" in row["problems"] and P3 in row["text"]


@pytest.mark.parametrize("data", [bytes(range(256)) * 4, b"\x89PNG\r\n\x1a\n" + bytes(500)])
def test_only_bytes_that_read_as_nothing_are_undecodable(data):
    text, enc, problem = decode_bytes(data)
    assert problem == "undecodable" and text == "" and enc is None


def test_control_characters_are_removed_and_audited(tmp_path):
    _write(tmp_path, "nul.txt", ARTICLE.replace("签署职业教育", "签署\x00职业\x1b教育", 1))
    c = vs.load_corpus(tmp_path)
    text = c.loc["nul", "text"]
    assert "\x00" not in text and "\x1b" not in text and P1 in text
    audit = vs.cleaning_audit(c)
    ctl = audit[audit["rule"] == "control_characters"]
    assert len(ctl) == 1 and "\x00" in ctl.iloc[0]["before"] and "\x00" not in ctl.iloc[0]["after"]


# ---------------------------------------------------------------------------
# markup


def test_html_markup_inside_a_txt_file_is_reduced_and_audited(tmp_path):
    page = "\n".join(
        [
            "<html><body>",
            "<h1>" + HEAD + "</h1>",
            "<p>" + P1.replace(",", "&nbsp;", 1) + "</p>",
            "<p>" + P2 + "</p>",
            "<p>" + P3 + "<br/></p>",
            "</body></html>",
        ]
    )
    _write(tmp_path, "m.txt", page)
    c = vs.load_corpus(tmp_path)
    text = c.loc["m", "text"]
    assert "<" not in text and "&nbsp;" not in text
    assert c.loc["m", "title"] == HEAD
    assert P2 in text and P3 in text
    rules = set(vs.cleaning_audit(c)["rule"])
    assert {"html_tag", "html_entity"} <= rules


def test_markdown_scrape_keeps_the_story_and_drops_images_links_and_menus(tmp_path):
    page = "\n".join(
        [
            "[跳过导航](#main)",
            "* [首页](https://www.example.edu.cn/) * [学校概况](/about) * [新闻中心](/news)",
            "# " + HEAD,
            "date 2024-05-17",
            "![](https://www.example.edu.cn/images/banner.jpg)",
            P1,
            "![签约现场](https://www.example.edu.cn/images/1.jpg)",
            P2.replace("实训基地", "[实训基地](https://www.example.edu.cn/base)"),
            P3,
            "[上一篇:我校召开教学工作会议](/news/1.html)",
            "[下一篇:我校举行运动会](/news/3.html)",
        ]
    )
    _write(tmp_path, "md.txt", page)
    c = vs.load_corpus(tmp_path)
    row = c.loc["md"]
    assert row["title"] == HEAD
    assert row["published"] == __import__("pandas").Timestamp("2024-05-17")
    assert row["text"].split("\n") == [HEAD, P1, P2, P3]
    rules = set(vs.cleaning_audit(c)["rule"])
    assert {"markdown_image", "markdown_link", "link_menu", "markdown_heading"} <= rules


def test_html_file_is_an_article_with_its_metadata(tmp_path):
    page = f"""<!DOCTYPE html><html><head><meta charset="gbk"><title>{HEAD}_川渝教育网</title>
<meta name="author" content="王五"><meta name="author" content="李四"><meta property="article:published_time" content="2024-05-17T10:21:00+08:00">
</head><body><div class="nav"><a href="/">首页</a> | <a href="/news">新闻</a></div>
<article><h1>{HEAD}</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></article>
<div class="footer">版权所有 川渝教育网 渝ICP备12345678号</div></body></html>"""
    _write(tmp_path, "page.html", page, "gbk")
    _write(tmp_path, "page.txt", ARTICLE)  # same stem: both kept, ids are the file names
    c = vs.load_corpus(tmp_path)
    assert list(c.index) == ["page.html", "page.txt"]
    row = c.loc["page.html"]
    assert row["encoding"] == "gbk"
    assert row["title"] == HEAD
    assert str(row["published"].date()) == "2024-05-17"
    assert row["author"] == "王五; 李四"  # as trafilatura reports them
    for p in (P1, P2, P3):
        assert p in row["text"]
    assert "版权所有" not in row["text"] and "<" not in row["text"]
    audit = vs.cleaning_audit(c)
    assert "html_extraction" in set(audit[audit["doc_id"] == "page.html"]["rule"])


# ---------------------------------------------------------------------------
# article end


def test_a_photo_caption_does_not_end_the_article():
    page = "\n".join([HEAD, P1, P2, "典礼大合照。(图/记者王五摄)", P3])
    c = clean(page)
    assert c.text.split("\n") == [HEAD, P1, P2, P3]
    assert [(x.line_no, x.rule) for x in c.changes] == [(4, "image_caption")]


@pytest.mark.parametrize("marker", ["相关新闻", "版权所有 川渝教育网", "(完)", "【责任编辑:王五】"])
def test_strong_markers_end_the_article(marker):
    page = "\n".join([HEAD, P1, P2, marker, "某某学院召开教学工作会议", "某某学院举办运动会"])
    c = clean(page)
    assert c.text.split("\n") == [HEAD, P1, P2]
    assert "possible_body_dropped" not in c.flags


def test_a_run_of_headlines_ends_the_article_and_prose_after_it_is_flagged():
    page = "\n".join(
        [
            HEAD,
            P1,
            P2,
            "我校召开二〇二四年教学工作会议",
            "我校举办第十届田径运动会",
            "我校学子在技能大赛中获奖",
            "学院领导带队走访合作企业。",
        ]
    )
    c = clean(page)
    assert c.text.split("\n") == [HEAD, P1, P2]
    assert "possible_body_dropped" in c.flags


def test_a_body_paragraph_after_an_end_marker_is_never_dropped():
    page = "\n".join([HEAD, P1, "【责任编辑:王五】", P3])
    c = clean(page)
    assert P3 in c.text.split("\n")


# ---------------------------------------------------------------------------
# fuzzing: arbitrary bytes and shuffled real page lines


def _real_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        text, _, _ = decode_bytes(path.read_bytes())
        lines += [x for x in text.splitlines() if x.strip()]
    return lines


REAL_LINES = _real_lines()


def _check_promises(folder: Path, n_files: int) -> None:
    corpus = vs.load_corpus(folder)
    assert len(corpus) == n_files  # one row per file
    audit = vs.cleaning_audit(corpus)
    for doc_id, raw, text in zip(corpus.index, corpus["text_raw"], corpus["text"]):
        if not raw.strip():
            assert text == ""
            continue
        rows = audit[audit["doc_id"] == doc_id]
        seen = Counter(text)
        for before in rows["before"]:
            seen.update(before)
        # a character of the decoded file is in the text or in the audit (as it was
        # before a change): nothing disappears unrecorded
        lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        for ch in set("".join(lines)):
            assert seen[ch] > 0, (doc_id, repr(ch))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.binary(min_size=0, max_size=400), min_size=1, max_size=4))
def test_fuzz_arbitrary_bytes(tmp_path_factory, blobs):
    folder = tmp_path_factory.mktemp("bytes")
    for i, blob in enumerate(blobs):
        (folder / f"f{i}.txt").write_bytes(blob)
    _check_promises(folder, len(blobs))


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=0, max_value=10**6),
    st.sampled_from(["utf-8", "gbk", "big5", "utf-16"]),
    st.binary(max_size=3),
)
def test_fuzz_shuffled_real_page_lines(tmp_path_factory, seed, encoding, junk):
    rng = random.Random(seed)
    folder = tmp_path_factory.mktemp("lines")
    for i in range(3):
        lines = rng.sample(REAL_LINES, k=min(len(REAL_LINES), rng.randint(1, 25)))
        text = "\n".join(lines)
        data = text.encode(encoding, errors="replace")
        cut = rng.randint(0, len(data))
        (folder / f"p{i}.txt").write_bytes(data[:cut] + junk + data[cut:])
    _check_promises(folder, 3)


def test_a_paragraph_printed_twice_is_kept_once():
    page = "\n".join([HEAD, P1, P1, P2, "图为签约现场", P3, P2])
    c = clean(page)
    assert c.text.split("\n") == [HEAD, P1, P2, P3]
    assert [(x.line_no, x.rule) for x in c.changes if x.rule == "repeated_line"] == [
        (3, "repeated_line"),
        (7, "repeated_line"),
    ]
