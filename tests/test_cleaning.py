"""Cleaning steps, each on text written for the test, plus idempotence as a property."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vocstudy.cleaning import (
    classify_lines,
    clean,
    detect_script,
    find_stripped_years,
    line_rule,
    normalize_whitespace,
    repair_mojibake,
    strip_inline_credits,
    strip_pinyin,
    to_simplified,
)

BODY1 = "5月8日,江南市职业教育活动周在江南职业技术学院开幕,来自全市的三十所学校参加。"
BODY2 = "市教育局与五家企业签署产教融合合作协议,推动校企共建实训基地和产业学院。"
BODY3 = "据介绍,本届活动周将持续一周,开放校园、开放企业,让市民了解职业教育。"

PAGE = "\n".join(
    [
        "江南新闻网",
        "首页 教育 正文",
        "职业教育活动周在江南开幕",
        "发布时间:2025-05-09 08:30 | 来源:江南日报 | 作者:王小明 | 责任编辑:赵六",
        "分享到:",
        "",
        "\u3000\u3000" + BODY1,
        "治疗颈椎病哪家好 http://ads.example.com/x",
        BODY2,
        "(资料图)",
        BODY3 + "(完) 【编辑:钱七】",
        "相关新闻",
        "江南市举办马拉松比赛",
        "夏季游泳安全提示发布了?",
        "版权所有 © 江南新闻网 苏ICP备12345678号",
        "发表评论",
        "验证码:",
    ]
)


def test_page_keeps_headline_and_every_body_sentence():
    c = clean(PAGE)
    assert c.text.split("\n") == [
        "职业教育活动周在江南开幕",
        BODY1,
        BODY2,
        BODY3 + "(完)",
    ]
    assert c.title == "职业教育活动周在江南开幕"


def test_page_rules_named_in_the_audit():
    c = clean(PAGE)
    removed = {x.line_no: x.rule for x in c.changes if x.action == "removed" and not x.after}
    assert removed == {
        1: "site_name",
        2: "navigation",
        4: "header_metadata",
        5: "share_widget",
        6: "blank_line",
        8: "url_or_ad",
        10: "image_caption",
        12: "related_list_heading",
        13: "after_article_end",
        14: "after_article_end",
        15: "copyright_or_contact",
        16: "comment_form",
        17: "comment_form",
    }
    credit = [x for x in c.changes if x.rule == "inline_editor_credit"]
    assert len(credit) == 1 and credit[0].line_no == 11 and credit[0].after.endswith("(完)")
    ws = [x for x in c.changes if x.rule == "whitespace"]
    assert [x.line_no for x in ws] == [7]


def test_every_raw_line_missing_from_text_is_audited():
    c = clean(PAGE)
    kept = set(c.text.split("\n"))
    audited = {x.line_no for x in c.changes}
    for no, line in enumerate(PAGE.split("\n"), 1):
        if line not in kept:
            assert no in audited, line


def test_line_rules_leave_prose_alone():
    # a sentence that mentions a hospital, a copyright and a share is article prose
    prose = "该校与市第一医院共建护理专业,学生分享到实习经历,版权课程也将开设,受到广泛欢迎。"
    assert line_rule(prose) is None
    assert line_rule("0") == "stray_symbols"
    assert line_rule("http://www.example.com/a.html") == "bare_url"
    assert line_rule("冀ICP备19027023号-7") == "copyright_or_contact"
    assert line_rule("Copyright 2024 Example All Rights Reserved") == "copyright_or_contact"
    assert line_rule("上一篇文章:") == "navigation"
    assert line_rule("校园新闻排行榜") == "related_list_heading"


def test_subheads_inside_the_article_are_kept():
    lines = ["标题是这样的一句话", BODY1, "某某学院院长张三:", "深化改革", BODY2, "王五"]
    rules, title = classify_lines(lines)
    assert title == 0
    assert rules == [None, None, None, None, None, "after_article_end"]


def test_trailing_lines_that_continue_the_story_are_kept():
    # a paragraph cut off by the page (no full stop), list items, a closing phrase
    cut = "罗术灿介绍,毕节正加快建设西部重要人力资源开发培育基地,持续扩大劳务输出规模"
    lines = ["标题是这样的一句话", BODY1, BODY2, "报考条件:", "1.考生本人自愿,家长同意;", cut,
             "张三 李四", "标签:"]
    rules, _ = classify_lines(lines)
    assert rules[3:6] == [None, None, None]
    assert rules[6] == "after_article_end" and rules[7] is not None


def test_no_body_means_no_position_rules():
    rules, title = classify_lines(["一行短文字没有句号", "另一行短文字"])
    assert rules == [None, None] and title == 0


def _shift(text: str, k: int) -> str:
    """Simulate GBK byte-shift damage: lose the lead byte of character ``k``.

    The reader emits ``?`` for the lost byte, then pairs bytes across character
    boundaries until a single-byte character realigns it; full-width punctuation is then
    normalised to ASCII, as the sites in the corpus do.
    """
    data = text.encode("gbk")
    start = len(text[:k].encode("gbk"))
    rest = data[start + 1 :]
    out = ["?"]
    i = 0
    while i < len(rest) and rest[i] >= 0x80:
        out.append(rest[i : i + 2].decode("gbk"))
        i += 2
    out.append(rest[i:].decode("gbk"))
    shifted = "".join(out)
    return text[:k] + re.sub("[\uff01-\uff5e]", lambda m: chr(ord(m.group()) - 0xFEE0), shifted)


@pytest.mark.parametrize(
    "original, k",
    [
        ("他笑着说:“欢迎回家。”广州市Kai公司随后发言", 12),
        ("同学们回到母校。杭州某Y职业学校的老师迎接", 7),
        ("会议在深圳举行。”深圳豐農公司代表发言", 7),
    ],
)
def test_repair_mojibake_on_own_text(original, k):
    damaged = _shift(original, k)
    assert damaged != original and "?" in damaged
    fixed, runs, lost = repair_mojibake(damaged)
    assert (runs, lost) == (1, 0)
    assert fixed == original


def test_mojibake_seed_pattern_and_unrecoverable_character():
    fixed, runs, lost = repair_mojibake("回饋我的家鄉?!鄙钲谪S農控股集團")
    assert fixed == "回饋我的家鄉。”深圳豐農控股集團" and (runs, lost) == (1, 0)
    fixed, runs, lost = repair_mojibake("幼兒師範高等??茖W校畢業生")
    assert fixed == "幼兒師範高等\ufffd科學校畢業生" and (runs, lost) == (1, 1)


def test_question_marks_in_prose_are_not_mojibake():
    for line in ["如何协同发展?如何办出特色?", "你好?ABC", "为什么?因为5G很快。"]:
        assert repair_mojibake(line) == (line, 0, 0)


def test_strip_pinyin():
    assert strip_pinyin("職業(yè)教育活動(dòng)周") == ("職業教育活動周", 2)
    assert strip_pinyin("人工智能(AI)和(一)以及x(a)") == ("人工智能(AI)和(一)以及x(a)", 0)
    assert strip_pinyin("学(xue2)校") == ("学校", 1)


def test_traditional_detection_and_conversion():
    assert detect_script("哈爾濱市職業教育活動週啟動儀式在哈爾濱職業技術學院舉行") == "traditional"
    assert detect_script("哈尔滨市职业教育活动周启动仪式") == "simplified"
    assert to_simplified("產教融合共同體揭牌") == "产教融合共同体揭牌"


def test_whitespace_and_inline_credit():
    assert normalize_whitespace("\ufeff\u3000产教 \u00a0 融合\t") == "产教 融合"
    assert strip_inline_credits("工作取得成效。(完)【责任编辑:孙八】") == "工作取得成效。(完)"
    assert strip_inline_credits("【编辑:孙八】") == "【编辑:孙八】"


def test_find_stripped_years():
    text = "于年4月召开会议。年以来,学校发展迅速。今年是建党周年。去年9月签约,2021年6月成立。"
    hits = [ctx for _, ctx in find_stripped_years(text)]
    assert len(hits) == 3
    assert find_stripped_years("2021年6月成立,去年9月签约,建党100周年,十周年。") == []


def test_traditional_page_cleaned_to_simplified_with_flags():
    raw = "(資料圖)\n" + "11日,哈爾濱市職業(yè)教育活動(dòng)周啟動儀式在哈爾濱職業技術學院舉行,全市師生參加。"
    c = clean(raw)
    assert c.text == "11日,哈尔滨市职业教育活动周启动仪式在哈尔滨职业技术学院举行,全市师生参加。"
    assert set(c.flags) == {"traditional_script", "pinyin_annotations"}
    assert c.title is None


def test_crlf_is_recorded():
    c = clean("标题一行文字\r\n" + BODY1 + "\r\n")
    assert c.text == "标题一行文字\n" + BODY1
    assert c.changes[0].rule == "line_endings" and c.changes[0].before == "CRLF"


# --- idempotence -------------------------------------------------------------

LINE_POOL = [
    BODY1,
    BODY2,
    BODY3,
    "江南新闻网",
    "分享到:",
    "发布时间:2025-05-09 08:30 来源:江南日报",
    "0",
    "",
    "   ",
    "相关新闻",
    "(完)",
    "【编辑:钱七】",
    "回饋我的家鄉?!鄙钲谪S農控股集團。",
    "職業(yè)教育活動(dòng)周在哈爾濱舉行,全市師生參加活動並觀看展覽。",
    "http://example.com/a",
    "版权所有 © 江南新闻网",
    "小标题:深化产教融合",
    "年以来,学校发展很快,成绩显著。",
]


@given(st.lists(st.sampled_from(LINE_POOL), max_size=12))
def test_cleaning_is_idempotent_on_page_like_text(lines):
    once = clean("\n".join(lines)).text
    assert clean(once).text == once


@given(
    st.text(
        alphabet=st.sampled_from(list("产教融合学校企业。,!?“”() \n\u3000?!Sa鄙钲谪(yè)年1月日完编辑:【】")),
        max_size=80,
    )
)
def test_cleaning_is_idempotent_on_arbitrary_text(text):
    once = clean(text).text
    assert clean(once).text == once


def test_question_headline_is_a_title_not_the_first_paragraph():
    c = clean("职业教育如何成为年轻人心中的好选择?听听他们怎么说!\n来源:示例报\n"
              "5月1日,记者走访了三所职业学校,学生们讲述了自己的选择。")
    assert c.title == "职业教育如何成为年轻人心中的好选择?听听他们怎么说!"
    assert [x.rule for x in c.changes] == ["header_metadata"]


def test_stripped_year_pattern_equals_its_plain_formulation():
    """The literal-first pattern finds what the look-behind-first one it replaced finds."""
    import random
    import re

    from vocstudy.cleaning import _STRIPPED_YEAR_RE

    plain = re.compile(
        r"(?:^|(?<=[于在从至到自,,。;;:、\s(“]))年(?=\d{1,2}月|[上下]半年|以来|[初底末中]\b|[初底末中][,,])"
        r"|(?<![\d〇零一二三四五六七八九十百千两几多数余])周年"
    )
    rng = random.Random(5)
    alphabet = "于在年1月上下半以来初底中,周三5 \n。x“"
    for _ in range(50000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert [m.span() for m in _STRIPPED_YEAR_RE.finditer(s)] == [
            m.span() for m in plain.finditer(s)
        ], s
    assert find_stripped_years("于年4月召开,建党周年。")[0][1] == "于年4月召开,建党周年。"
