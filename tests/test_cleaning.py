"""Cleaning steps, each on text written for the test, plus idempotence as a property."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from vocstudy.cleaning import (
    classify_lines,
    clean,
    detect_script,
    find_stripped_years,
    is_body_line,
    line_rule,
    normalize_whitespace,
    repair_mojibake,
    strip_inline_credits,
    strip_pinyin,
    to_simplified,
)
from vocstudy.document import extract_metadata

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
    lines = [
        "标题是这样的一句话",
        BODY1,
        BODY2,
        "报考条件:",
        "1.考生本人自愿,家长同意;",
        cut,
        "张三 李四",
        "标签:",
    ]
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
    raw = (
        "(資料圖)\n"
        + "11日,哈爾濱市職業(yè)教育活動(dòng)周啟動儀式在哈爾濱職業技術學院舉行,全市師生參加。"
    )
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
        alphabet=st.sampled_from(
            list("产教融合学校企业。,!?“”() \n\u3000?!Sa鄙钲谪(yè)年1月日完编辑:【】")
        ),
        max_size=80,
    )
)
def test_cleaning_is_idempotent_on_arbitrary_text(text):
    once = clean(text).text
    assert clean(once).text == once


def test_question_headline_is_a_title_not_the_first_paragraph():
    c = clean(
        "职业教育如何成为年轻人心中的好选择?听听他们怎么说!\n来源:示例报\n"
        "5月1日,记者走访了三所职业学校,学生们讲述了自己的选择。"
    )
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


# --- rules added with validation batch h (lines quoted from pages of that batch) ------


def test_page_counters_and_a_related_heading_with_a_colon_are_furniture():
    # https://etweb.tp.edu.tw/epa/paper_show.aspx?EDM=EPS201301231722121C8 (Simplified)
    assert line_rule("点阅次数: 60162095") == "header_metadata"
    assert line_rule("订阅人数: 58178") == "header_metadata"
    # https://www.stheadline.com/edu-news/3537893/
    assert line_rule("延伸阅读:") == "related_list_heading"


def test_one_sentence_closed_by_a_photographer_is_a_caption_however_long():
    # https://www.stheadline.com/edu-news/3537893/ (Simplified)
    line = "教育局局长蔡若莲致开幕辞时表示,是次博览与政府致力提供灵活多元和多阶进出升学途径的方向一致。欧文瀚摄"
    assert is_body_line(line) and line_rule(line) == "photo_caption"
    # https://exmoo.com/article/197192.html: an office credited for the photo
    assert line_rule("双方签署校企合作意向书。(教育及青年发展局图片)") == "photo_caption"
    # a story paragraph that merely mentions photographs is not one
    assert line_rule("学生们展示了摄影作品,吸引众多市民驻足观看。作品由学校提供。") is None


def test_a_bare_image_path_and_a_production_credit_are_furniture():
    # https://newsday.tw/news/34477
    assert (
        line_rule("/001/Upload/342/relpic/10162/8891084/84333e29-44a0-4b18-93cd-628994ce2e35.jpg")
        == "image_caption"
    )
    # http://nvsc.com.cn/2012/jctj-sb_0515/10331.html
    assert line_rule("全国职业院校技能大赛网摄制") == "credit_line"
    # the player's note under the video: a whole line in brackets, no full stop
    assert line_rule("(带宽不够的情况下,通常第二遍播放会流畅)") == "bracketed_note"
    assert line_rule("(一)深化产教融合,推进校企合作") is None  # a sub-heading


def test_image_placeholders_around_a_headline_are_cut():
    # https://etweb.tp.edu.tw/epa/paper_show.aspx?EDM=EPS201301231722121C8 (Simplified)
    c = clean(
        "pic pic pic\n【2013/1/23 国立教育广播电台\npic   光宝、和硕力挺技职 捐先进设备提供实习 pic\npic pic\n"
        "光宝及和硕两家企业集团今天(23)以具体行动,力挺台湾技职教育,各提供75个实习名额。"
    )
    assert c.title == "光宝、和硕力挺技职 捐先进设备提供实习"
    assert "image_placeholder" in [x.rule for x in c.changes]
    assert c.text.endswith("各提供75个实习名额。")


def test_a_print_button_glued_to_the_headline_is_cut():
    # https://www.edu.tw/News_Content.aspx?n=9E7AC85F1954DDA8&s=FE4729E50B8C7D3B (Simplified)
    c = clean(
        "Rss\n109学年度工业类高中学生技艺竞赛加深产学链接 企业捐汽车共襄盛举 友善列印\n"
        "发布单位:国教署 联络人:陈姵呈\n"
        "109学年度全国高级中等学校工业类学生技艺竞赛11月24日至27日在国立彰化师范大学附属工业职业学校举办。"
    )
    assert c.title == "109学年度工业类高中学生技艺竞赛加深产学链接 企业捐汽车共襄盛举"


def test_a_headline_repeated_as_alt_text_with_a_dash_is_a_repeat():
    # https://www1.ydu.edu.tw/zh_tw/announcement/… (Simplified)
    c = clean(
        "育达与姐妹校名产大 共同携手推动实施海外企业实习\n"
        "【本报讯】2012年11月7日下午,名古屋产业大学伊藤雅一校长一行六人莅临本校。\n"
        "育达与姐妹校名产大 共同携手推动实施海外企业实习 -\n"
        "双方随即移师多媒体会议室进行签约仪式,签订海外企业实习合作交流协议。"
    )
    assert [(x.line_no, x.rule) for x in c.changes] == [(3, "repeated_line")]


def test_a_headline_printed_twice_is_not_the_story_and_contacts_are_furniture():
    # https://newsday.tw/news/34477 (Simplified): a press release; the headline is long
    # and ends with "!", and is printed again after a section label
    head = "教育局新闻稿1111122全国高级中等学校111学年度工业类学生技艺竞赛颁奖典礼,为选手们加油打气,为台北Skills Power Up喝采!"
    c = clean(
        "\n".join(
            [
                "北部新闻台北市" + head,
                head,
                "台北市政府教育局新闻稿 请转交文教记者",
                "业务联络:台北市政府教育局中等教育科 黄乔伟科长 0905-135-026",
                "王鼎元股长 0953-723-222",
                "李自瑞课督 0919-900-870",
                "【发稿日期:111年11月22日】",
                "【台北报导】全国高级中等学校111学年度工业类学生技艺竞赛,将自111年11月22日至24日假台北市六大竞赛场地隆重展开。",
                "共有来自全国132所高级中等学校984名技职菁英齐聚台北参与竞赛,竞赛种类共分28项。",
                "「全国高级中等学校111学年度工业类学生技艺竞赛」系由教育部主办,台北市教育局承办。",
            ]
        )
    )
    assert c.title == head
    assert c.text.splitlines()[1:] == [
        "【台北报导】全国高级中等学校111学年度工业类学生技艺竞赛,将自111年11月22日至24日假台北市六大竞赛场地隆重展开。",
        "共有来自全国132所高级中等学校984名技职菁英齐聚台北参与竞赛,竞赛种类共分28项。",
        "「全国高级中等学校111学年度工业类学生技艺竞赛」系由教育部主办,台北市教育局承办。",
    ]
    assert line_rule("王鼎元股长 0953-723-222") == "contact_line"


def test_a_video_title_quoting_the_lead_is_a_repeat():
    # http://nvsc.com.cn/2012/jctj-sb_0515/10331.html
    c = clean(
        "5月3日上午,2012年全国职业院校技能大赛筹备工作会议在天津召开。240多位代表出席会议。\n"
        "2012年全国职业院校技能大赛筹备工作会议在天津召开\n"
        "会议由教育部职成司司长葛道凯先生主持,研究部署大赛各项筹备工作。"
    )
    assert [(x.line_no, x.rule) for x in c.changes] == [(2, "repeated_line")]


def test_a_keywords_line_does_not_end_the_story_but_a_tags_row_does():
    # https://yjs.hceb.edu.cn/info/1005/1307.htm: abstract, keywords, then the text
    c = clean(
        "新升格职业大学治理的挑战与应对\n来源: 高等职业教育研究所 日期:2021年01月23日 10:16\n"
        "摘要:职业院校升格为职业大学是我国探索发展本科层次职业教育的新路径。\n"
        "关键词:本科层次职业教育 职业大学 治理 新制度主义\n"
        "开展本科层次职业教育是我国完善现代职业教育体系的重要举措。新一轮改革中,职业院校升格成为主要探索路径。"
    )
    assert line_rule("关键词:本科层次职业教育 职业大学 治理 新制度主义") == "tag_line"
    assert c.text.endswith("职业院校升格成为主要探索路径。")
    assert line_rule("标签:") == "related_list_heading"


def test_a_speech_salutation_above_the_first_paragraph_is_kept():
    # HK Education Bureau speech page (validation e09)
    sal = "VTC Chairman Mr Tony Tai, friends from Singapore, 各位来自大湾区的领导和朋友、各位嘉宾、老师同学们:"
    c = clean(
        "粤港澳大湾区国际青年技能邀请赛颁奖典礼致辞全文\n"
        + sal
        + "\n大家好!很高兴今天出席粤港澳大湾区国际青年技能邀请赛颁奖典礼,与大家一同见证青年的技能成果。"
    )
    assert sal in c.text.splitlines()


@pytest.mark.parametrize(
    ("page", "date"),
    [
        # https://www.stheadline.com/edu-news/3537893/: time before the date
        (
            "教育及职业博览开幕 今起一连4日举行\n更新时间:16:25 2026-01-22 HKT\n"
            "第35届教育及职业博览今日(22日)正式开幕,共有来自23个国家及地区、超过860间机构参展。",
            "2026-01-22",
        ),
        # https://www1.ydu.edu.tw/…: the date as a bullet under the headline
        (
            "育达与姐妹校名产大 共同携手推动实施海外企业实习\n • 2012-11-07\n • 管理者2\n"
            "【本报讯】2012年11月7日下午,名古屋产业大学伊藤雅一校长一行六人莅临本校,双方签订协议。",
            "2012-11-07",
        ),
        # https://etweb.tp.edu.tw/…: date and source in an opening bracket
        (
            "【2013/1/23 国立教育广播电台\n光宝、和硕力挺技职 捐先进设备提供实习\n"
            "光宝及和硕两家企业集团今天(23)以具体行动,力挺台湾技职教育,各提供75个实习名额。",
            "2013-01-23",
        ),
    ],
)
def test_header_dates_with_a_time_first_a_bullet_or_a_bracket(page, date):
    from vocstudy.document import extract_metadata

    assert extract_metadata(clean(page))["published"] == pd.Timestamp(date)


def test_placeholder_guard_passes_every_line_the_pattern_changes():
    """The cheap edge test before the image-placeholder pattern never skips a line the
    pattern would change (random lines of placeholder words, spaces and text)."""
    import random

    from vocstudy.cleaning import _PLACEHOLDER_RE, _placeholder_edge

    rng = random.Random(2)
    pieces = ["pic", "PIC", "img", "Image", "icon", " ", "\u3000", "图", "a", "产教", "İ"]
    changed = 0
    for _ in range(50000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        if _PLACEHOLDER_RE.sub("", s) != s:
            changed += 1
            assert _placeholder_edge(s), repr(s)
    assert changed > 1000


# --- rules added with validation batch m (lines quoted from dev pages, Simplified) ----


def test_markup_junk_greetings_enquiries_and_counters_are_furniture():
    # http://shenyangwangzhanzhizuo.com/cn/Instant/domestic/202310/t20231027_7511136.html
    assert line_rule('      <p id="utfaj"></p>') == "html_tag"
    assert line_rule('<noscript id="utfaj"><meter id="utfaj"></meter></noscript>') == "html_tag"
    # http://free.vireal.world/…/forum.php?…tid=14649: junk injected by a forum mirror
    assert line_rule(". v, m/ ~) v( D7 l/ Q9 |9 t' a% m7 G5 l+ v") == "stray_symbols"
    # http://yxquwei.com/info/10476/92980.htm: an image's size counter
    assert line_rule("640 (2)") == "stray_symbols"
    assert line_rule("VTC 2024") is None  # a word of three letters: not junk
    # https://www.dab.org.hk/post/…: a press release's enquiries line
    assert (
        line_rule("新闻查询:民建联主席李慧琼(7770 0820)、青年民建联主席颜汶羽(6600 2511)")
        == "contact_line"
    )
    # http://sengpou.com/news_detail.php?element_index=4&news_id=12637: a site's greeting
    # and bookmark links, the e-paper's issue line
    assert line_rule("您好!今天是") == "navigation"
    assert line_rule("今天是教师节,学校举行表彰大会。") is None
    assert line_rule("设为主页收藏本页") == "navigation"
    assert line_rule("当前报章2024年04月10日") == "header_metadata"
    # http://oia.nuu.edu.tw/p/406-1068-19361,r320.php: a view counter
    assert line_rule("浏览数:") == "header_metadata"
    # https://big5.cri.cn/gate/big5/taiwan.cri.cn/2017-10-22/…: the related list's heading
    assert line_rule("新闻推荐") == "related_list_heading"
    # https://newton.com.tw/wiki/…: an official notice's date in Chinese numerals
    assert line_rule("二○一一年四月十四日") == "header_metadata"


def test_a_sentence_closed_by_the_photo_supplier_is_a_caption():
    # https://hd.stheadline.com/ncov/news-detail.php?r=1947257&y=2023
    assert line_rule("职训局今日与广东省教育厅签署《合作备忘录》。图:政府新闻处") == "photo_caption"
    # https://www.aypygwqc.com/info/1062/24281.html
    assert line_rule("“万达开云”职业教育活动周启动。宣汉县委宣传部供图") == "photo_caption"
    # http://m.studyofnet.com/560557908.html
    assert (
        line_rule(
            "2019年5月10日,鲁班工坊产教融合国际论坛在天津举行。图为参会代表参观鲁班工坊体验馆。"
            "(天津日报资料照片)"
        )
        == "photo_caption"
    )
    # a paragraph that names a supplier elsewhere stays
    assert line_rule("学校向企业供图纸和样品,双方共同研发新产品,推动成果转化。") is None


def test_a_headline_printed_twice_keeps_the_copy_on_the_dateline():
    # https://finance.sina.com.cn/jjxw/2023-10-24/doc-imzsewnp9935226.shtml
    c = clean(
        "亳州牵手连云港共谱职教新篇章\n\n亳州牵手连云港共谱职教新篇章\n2023年10月24日 13:02 媒体滚动\n\n"
        "10月20日,亳州市委教育工委委员、市教育局副局长乔红侠带队赴连云港市考察交流,两市签订战略合作协议。"
    )
    assert c.title == "亳州牵手连云港共谱职教新篇章"
    assert line_rule("2023年10月24日 13:02 媒体滚动") == "header_metadata"
    assert [(x.line_no, x.rule) for x in c.changes if x.action == "removed"][:2] == [
        (1, "repeated_line"),
        (2, "blank_line"),
    ]
    # http://idtheftpreventiononline.com/shehui/2023-09-18/…: copies split by a share widget
    head = "上海教育援疆高起点再出发 喀什理工职业技术学院揭牌"
    c = clean(
        "\n".join(
            [
                "中新网",
                "分享到:",
                head,
                "分享到:",
                head,
                "2023-09-18 18:57:13 来源:中新网新疆",
                "中新网新疆新闻9月18日电(陈昭淋)9月16日,喀什地区首个理工类全日制普通高等职业学校正式揭牌。",
            ]
        )
    )
    assert [x.rule for x in c.changes if x.line_no == 3] == ["repeated_line"]
    assert c.text.splitlines()[0] == head


def test_a_headline_cut_after_its_first_part_or_reworded_picks_the_whole_first():
    # https://www.ive.edu.hk/ivesite/html/tc/aboutive/press_1226.html (Simplified)
    c = clean(
        "2017年 10月 10日\n香港精英选手前往阿布扎比\n出战「世界技能大赛」  全力争取佳绩\n\n"
        "香港精英选手前往阿布扎比 出战「世界技能大赛」 全力争取佳绩\n"
        "香港22名精英年轻选手今晚(10月10日)出发前往阿联酋阿布扎比,代表香港出战「2017世界技能大赛」。"
    )
    assert c.title == "香港精英选手前往阿布扎比 出战「世界技能大赛」 全力争取佳绩"
    # https://gov.mo/zh-hant/news/995150 (Simplified): 访问 then a reworded 到访 copy
    c = clean(
        "跳过导航\n深圳职业技术大学代表团访问澳门理工大学促粤港澳高教合作\n"
        "深圳职业技术大学代表团到访澳门理工大学促粤港澳高教合作\n"
        "为加强粤港澳大湾区高等教育的合作,深圳职业技术大学副校长李月一行于6月26日到访澳门理工大学。"
    )
    assert c.title == "深圳职业技术大学代表团访问澳门理工大学促粤港澳高教合作"


def test_a_site_notice_above_the_headline_is_not_the_story():
    # https://www.cna.com.tw/postwrite/chi/356023 (Simplified)
    c = clean(
        "中央社讯息平台\n"
        "欢迎公司行号投递新闻讯息!详洽业务行销中心 人工服务时间为周一至周六9:30-12:00、14:00-18:30 "
        "如有周日发稿需求请于周六18:00前完成刊登程序。\n\n"
        "世界留台校友总会莅临昆山科大 参访类产线见证技职教育成果\n\n发稿时间:2023/11/06 14:26:03\n\n"
        "(中央社讯息服务20231106 14:26:03)为强化世界各地毕业留台校友会组织功能,侨务委员会邀请各国地区重要干部莅临昆山科技大学。"
    )
    assert c.title == "世界留台校友总会莅临昆山科大 参访类产线见证技职教育成果"
    assert [x.rule for x in c.changes if x.line_no == 2] == ["site_notice"]


def test_an_addressee_line_is_no_headline_and_stays_above_the_notice():
    # https://newton.com.tw/wiki/… (Simplified): an official notice
    c = clean(
        "通知\n安徽省人民政府办公厅关于印发皖江城市带承接产业转移示范区职业教育发展规划(2010—2015年)的通知\n"
        "皖政办〔2011〕30号\n各市、县人民政府,省政府有关部门、各直属机构:\n"
        "《皖江城市带承接产业转移示范区职业教育发展规划(2010—2015年)》业经省人民政府同意,现印发给你们,请认真贯彻执行。"
    )
    assert c.title.startswith("安徽省人民政府办公厅关于印发")
    assert "各市、县人民政府,省政府有关部门、各直属机构:" in c.text.splitlines()


def test_short_phrases_under_the_last_paragraph_are_photo_captions():
    # http://www.cben.edu.cn/… (k13 of the validation corpus)
    c = clean(
        "2017年6月15日,来自香港的大学生参访团一行31名师生来到学校参观交流,受到学校热烈欢迎。\n"
        "代表团抵达学校后首先前往图书馆报告厅参加了欢迎仪式,双方进行了座谈交流。\n"
        "双方互换礼品\n参观学校图书馆\n参观御冠酒店"
    )
    assert c.text.splitlines()[-1].endswith("双方进行了座谈交流。")


@pytest.mark.parametrize(
    ("page", "date"),
    [
        # https://news.586.com.tw/?p=568361: the site's date above, the byline's below
        (
            "Skip to content\n2025-08-29\n  • 头条\n全国高中职工业类技艺竞赛台中登场\n\nNews586 林明佑 2024-11-26\n\n"
            "(记者林明佑/台中报导)113学年度全国高级中等学校学生工业类技艺竞赛,今年轮由台中市政府教育局承办。",
            "2024-11-26",
        ),
        # https://www.sengpou.com/… (g18): pinyin a conversion left behind the label
        (
            "内地职教合作迈新步\n发布(bu):2021-12-17\n澳门劳工事务局与广东省人力资源和社会保障厅签署合作协议,推动技能人才培养。",
            "2021-12-17",
        ),
        # http://sengpou.com/… (g16): an e-paper's issue date
        (
            "当前报章2024年04月10日\n工联争取深合区建职业学校\n\n"
            "【特讯】工联透露,正争取于横琴粤澳深合区筹办一所职业培训学校,以培养产业人才。",
            "2024-04-10",
        ),
        # https://www.edb.gov.hk/sc/about-edb/press/speeches/psed/20231130122400.html (e09):
        # a date whose 年 and 月 the scrape dropped, under the headline
        (
            "粤港澳大湾区国际青年技能邀请赛颁奖典礼致辞全文(普通话)\n教育局常任秘书长李美嫦太平绅士\n"
            "20231129日(星期三)\n大家好!今天很高兴出席粤港澳大湾区国际青年技能邀请赛颁奖典礼,与大家一同见证青年的技能成果。",
            "2023-11-29",
        ),
        # https://newton.com.tw/wiki/… (k16): a notice dated in Chinese numerals
        (
            "关于印发职业教育发展规划的通知\n各市、县人民政府:\n《职业教育发展规划》业经省人民政府同意,现印发给你们,请认真贯彻执行。\n"
            "安徽省人民政府办公厅\n二○一一年四月十四日",
            "2011-04-14",
        ),
    ],
)
def test_dates_under_the_headline_behind_a_label_or_in_chinese_numerals(page, date):
    from vocstudy.document import extract_metadata

    assert extract_metadata(clean(page))["published"] == pd.Timestamp(date)


def test_an_indented_tags_only_line_is_audited_as_removed_whole():
    # http://shenyangwangzhanzhizuo.com/cn/Instant/domestic/202310/t20231027_7511136.html
    c = clean(
        '<style id="utfaj"></style>\n      <p id="utfaj"></p>\n'
        "黄景容:政企校合力促西部学生回家乡就业\n"
        "10月26日,2023职业教育与共同富裕高层对话会在浙江永康召开,与会专家学者围绕主题展开讨论。"
    )
    assert [(x.line_no, x.rule, x.after) for x in c.changes if x.line_no == 2] == [
        (2, "html_tag", "")
    ]


def test_footer_address_translation_marker_and_a_notice_signature():
    # http://oia.nuu.edu.tw/p/406-1068-19361,r320.php (Simplified): an address behind a postcode
    assert line_rule("360302苗栗市南势里联大二号(国际组)") == "contact_line"
    assert line_rule("300名学生在市区参观了职业学校。") is None
    # http://wuwenjie.xyz/wordpress/archives/67469 (g08): a content farm's translation
    assert line_rule("英语如下:") == "machine_translation"
    # https://newton.com.tw/wiki/… (Simplified): the issuing office above the notice's date
    c = clean(
        "关于印发职业教育发展规划的通知\n"
        "《职业教育发展规划》业经省人民政府同意,现印发给你们,请认真贯彻执行。\n"
        "安徽省人民政府办公厅\n二○一一年四月十四日\n"
        "为贯彻落实国务院的批复,主动适应示范区建设对高素质劳动者和技能型人才的需求,特制定本规划。"
    )
    assert [(x.line_no, x.rule) for x in c.changes if x.line_no == 3] == [(3, "credit_line")]


def test_a_headline_whose_verb_precedes_the_school_is_no_organisation_line():
    # http://sengpou.com/news_detail.php?element_index=4&news_id=12637 (Simplified)
    c = clean(
        "您好!今天是\n设为主页收藏本页\n当前报章2024年04月10日\n本报新闻\n工联争取深合区建职业学校\n\n"
        "【特讯】工联透露,正争取于横琴粤澳深合区筹办一所职业培训学校,以培养产业人才,计划明年招生。"
    )
    assert c.title == "工联争取深合区建职业学校"


def test_a_deck_kicker_or_site_suffix_copy_is_not_the_headline():
    # p10, https://jyj.zgqingyang.gov.cn/zwgk/zfxxgkml/gsgg19jyj/content_23572: a deck (——…)
    c = clean(
        "弘扬工匠精神,技能成就未来\n——庆阳市第十九届中职学校学生技能大赛开幕\n"
        "11月26日, 庆阳市第十九届中职学校学生技能大赛在西峰职专赛点开幕,市教育局党组书记、局长刘小银,"
        "市人社局、市总工会有关领导出席开幕式。"
    )
    assert c.title == "弘扬工匠精神,技能成就未来"
    assert [x.rule for x in c.changes if x.line_no == 2] == ["before_article_start"]
    # p06, http://www.rmzxb.com.cn/c/2022-08-11/3178272.shtml: a kicker ending in 强调
    c = clean(
        "首页>统一战线>要闻\n\n郝明金在第十届职业教育与城市发展高层对话会上强调\n\n"
        "职业教育在城市产业升级和乡村振兴中具有独特作用\n\n"
        "2022年08月11日 09:01  |  作者:廉维亮  |  来源:人民政协网\n\n"
        "本报讯 第十届职业教育与城市发展高层对话会8月10日至11日在山东滨州举行,"
        "全国人大常委会副委员长、中华职业教育社理事长郝明金出席并讲话。"
    )
    assert c.title == "职业教育在城市产业升级和乡村振兴中具有独特作用"
    assert [x.rule for x in c.changes if x.line_no == 3] == ["before_article_start"]
    # p11, http://xj.gqsoso.com/xj/20230508/984674.html: the browser title "headline|spam"
    c = clean(
        "工匠从这里诞生|全球热议\n\n\n(相关资料图)\n\n工匠从这里诞生\n\n"
        "——第二届全国职业技能大赛昌吉州选拔赛剪影\n\n何龙 文/图\n\n"
        "5月5日—6日,第二届全国职业技能大赛昌吉州选拔赛在昌吉职业技术学院开赛,"
        "来自昌吉州各县市、园区的12支队伍266名选手参赛。"
    )
    assert c.title == "工匠从这里诞生"
    # negative: a complete headline that ends with a verb of speaking but stands alone,
    # and a headline with no deck, stay the title
    c = clean(
        "教育部部长在全国职业教育大会上强调\n2024-05-17\n5月17日,全国职业教育大会在北京召开,会议强调深化产教融合。"
    )
    assert c.title == "教育部部长在全国职业教育大会上强调"
    c = clean(
        "亳州牵手连云港共谱职教新篇章\n2023年10月24日 13:02 媒体滚动\n"
        "10月20日,亳州市委教育工委委员、市教育局副局长乔红侠带队赴连云港市考察交流,两市签订战略合作协议。"
    )
    assert c.title == "亳州牵手连云港共谱职教新篇章"


def test_a_wire_dateline_with_the_year_opening_the_story_is_the_published_date():
    from vocstudy.document import extract_metadata

    # n05, https://prnasia.com/story/420752-1.shtml (PR Newswire): no headline, no date line; the lead
    # opens with the wire's dateline
    page = (
        "德国科隆2023年9月28日 /美通社/ -- 日前,在中国教育部国际合作与交流司、中国教育国际交流协会的组织下,"
        "由20家职业院校共37位代表组成的产教融合任务团一行到访德国莱茵TÜV集团科隆总部。"
    )
    assert extract_metadata(clean(page))["published"] == pd.Timestamp("2023-09-28")
    # negative: a lead that only starts with the event's date is no dateline (p15)
    page = "2012年就業工作啟動\n2011年11月19日上午,“河南省2012年大中專畢業生就業工作啟動儀式”在華北水利水電學院舉行。"
    assert pd.isna(extract_metadata(clean(page))["published"])
    # nor a dateline without the year (p08: 中新网 郑州10月30日电)
    page = "中新网 郑州10月30日电 (杨大勇)10月30日,黄炎培职业教育思想研究会2024学术年会在郑州举行。"
    assert pd.isna(extract_metadata(clean(page))["published"])


def test_a_story_opening_on_its_wire_dateline_across_a_line_break_is_body():
    # p19, http://ucptt.com/article/Tainan/1503760606/FE2: a CNA wire reposted with hard
    # line breaks; its first line has no full stop but is the story's first words
    c = clean(
        "(中央社記者張榮祥台南26日電)教育部科技院校教學卓越計畫聯合成果展,今天在台南\n"
        "市新光三越中山店開幕,台南市長賴清德當場鼓勵學生就讀技職學校,學習技藝。\n"
        "賴清德表示,台南市有7所科技大學,培育人才,成績卓越,相信其他城市科技大學也有同樣傑出表現。"
    )
    assert c.text.splitlines()[0].startswith("(中央社记者张荣祥台南26日电)教育部")
    assert not [x for x in c.changes if x.line_no == 1 and x.action == "removed"]
    # negative: a bracketed reporter credit alone above the story stays out
    c = clean(
        "〔記者李文德／雲林報導〕\n"
        "國立虎尾科技大學與勞動部勞發署、工具機集團及全台16所職校簽訂合作意向書,打造一條龍培訓。"
    )
    assert [x.rule for x in c.changes if x.line_no == 1 and x.action == "removed"] == [
        "before_article_start"
    ]


def test_a_list_item_line_is_no_headline_and_a_bracketed_name_closing_the_story_is_a_credit():
    # p14, http://www.hbjxjy.org/shownnews.asp?id=4154: the sidebar's list of notices
    # (- title + date) stands above the story, which has no headline of its own
    c = clean(
        "- 省教育厅关于进一步加强大学生实习管理工作的通知2025-12-26\n"
        "- 全民阅读促进条例2025-12-17\n"
        "5月28日,由中华职业教育社,黄石市委、市政府等主办的第九届职业教育与城市发展高层对话会在黄石举行。"
        "全国人大常委会副委员长、中华职业教育社理事长郝明金出席并作主旨讲话。"
    )
    assert c.title is None
    assert [x.rule for x in c.changes if x.line_no == 2 and x.action == "removed"][
        -1
    ] == "before_article_start"
    # p06, http://www.rmzxb.com.cn/c/2022-08-11/3178272.shtml: (廉维亮) under the story
    c = clean(
        "本报讯 第十届职业教育与城市发展高层对话会8月10日至11日在山东滨州举行,"
        "全国人大常委会副委员长、中华职业教育社理事长郝明金出席并讲话。\n\n(廉维亮)\n\n编辑:贾元昌"
    )
    assert [x.rule for x in c.changes if x.line_no == 3] == ["after_article_end"]
    # negatives: a prose list item and a bracketed closing sentence stay
    c = clean(
        "会议提出三项要求,部署下一阶段工作,要求各校抓好落实。\n- 各校要深化产教融合,推动校企共建实训基地。\n(完)"
    )
    assert "- 各校要深化产教融合,推动校企共建实训基地。" in c.text
    assert line_rule("(廉维亮)") is None


def test_a_run_of_asterisks_after_the_headline_is_cut():
    # q03, http://police.noabears.com/20220226/sixvegetables.html: a content farm puts
    # "******" between the reposted items, right after each headline
    c = clean(
        "香港教育及职业博览开幕 提供最新教育与职业资讯******\n"
        "中新社香港2月2日电 (记者 戴小橦)香港贸易发展局(贸发局)主办的“教育及职业博览2023”(博览)"
        "2日在香港会议展览中心举行开幕典礼。"
    )
    assert c.title == "香港教育及职业博览开幕 提供最新教育与职业资讯"
    # negative: asterisks inside a line (the next item glued to them) are not a suffix
    line = "彰化1个月爆4个鹌鹑场染禽流感 扑杀22万只鹌鹑****** 中新网1月29日电 据台湾《联合报》报道,春节连假期间"
    assert not [x for x in clean(line).changes if x.rule == "headline_suffix"]


def test_a_month_level_date_stamp_before_the_headline_and_a_release_stamp_in_the_lead():
    # q07, http://news.sina.com.tw/article/20170220/20718912.html: " date 2017-02" glued to
    # the headline; the full date is the release service's stamp opening the lead
    page = (
        " date 2017-02 最佳產學合作夥伴科技大學 101年起南臺科技大學連續6年榮獲教育部"
        "「發展典範科技大學計畫」私校最高補助累計5.22億元\n\n"
        "(中央社訊息服務20170220 15:03:21)101年教育部試辦「發展典範科技大學計畫」,南臺科技大學獲遴選為"
        "全國六所典範科技大學之一,亦是唯一一所獲選私立科大。"
    )
    c = clean(page)
    assert c.title.startswith("最佳产学合作伙伴科技大学 101年起")
    assert extract_metadata(c)["published"] == pd.Timestamp("2017-02-20")
    # negatives: a month alone gives no date, and a stamp further down the story is not read
    page = (
        " date 2017-02 最佳產學合作夥伴科技大學 南臺科技大學連續6年榮獲補助\n\n"
        "101年教育部試辦「發展典範科技大學計畫」,南臺科技大學獲遴選為全國六所典範科技大學之一。\n\n"
        "(中央社訊息服務20170220 15:03:21)南臺科技大學創校以來一向以產學合作自我定位,培育產業人才。"
    )
    assert pd.isna(extract_metadata(clean(page))["published"])


def test_image_file_names_that_are_caption_sentences_are_furniture():
    # q11, https://tynews.floppy-demo.com/index/News/Show/id/135536: the photos' file names,
    # each a caption sentence, stand above the story
    assert (
        line_rule("屏東縣長曹啟鴻鼓勵青年學子勤學技藝,增加未來的國際競爭力。.jpg")
        == "image_file_name"
    )
    assert (
        line_rule("恆春工恆餐飲管理科學子們展現飲料調製、中餐暨餐服技術等多元化學習成果。.jpg")
        == "image_file_name"
    )
    # negative: a sentence that mentions a file name is prose
    assert (
        line_rule("请将报名照片命名为本人姓名.jpg后,与报名表一并发送至学校招生办公室邮箱。") is None
    )


def test_browser_notices_gallery_prompts_long_tag_rows_and_the_link_back_to_the_original():
    # q13, https://today.line.me/hk/v3/article/WBj697v: the portal's browser notice heads
    # the page (and was taken for the headline); 查看原始文章 closes the repost
    page = (
        "請更新您的瀏覽器\n\n您使用的瀏覽器版本較舊,已不再受支援。建議您更新瀏覽器版本,以獲得最佳使用體驗。\n\n"
        "建造業議會指畢業生100%入行 DSE放榜日設免費巴士接考生\n\n"
        "更新於 2025年07月10日11:16 • 發布於 2025年07月10日11:16 • on.cc 東網\n"
        "本港基建工程持續進行,對建造業人手需求殷切。當中,培訓建造業人員的建造業議會今日(10日)表示,"
        "近年建造學院收生理想。\n\n查看原始文章\n\n南亞漢持刀挾女人質遭開槍擊斃 母親認屍淚灑殮房"
    )
    c = clean(page)
    assert c.title == "建造业议会指毕业生100%入行 DSE放榜日设免费巴士接考生"
    assert [x.rule for x in c.changes if x.line_no == 3 and x.action == "removed"] == [
        "browser_notice"
    ]
    assert "南亚汉持刀挟女人质遭开枪击毙 母亲认尸泪洒殓房" not in c.text
    # q02, http://yhcfeng.com/html/946/2012-10-21/content-13490.html: a gallery prompt
    assert line_rule("更多比赛图片请浏览本站“图片新闻”") == "navigation"
    # q01, http://pfnrcvx.cn/edu/84527.html: a tags row longer than a heading
    assert (
        line_rule("标签: 弘扬工匠精神 中等职业学校技能大赛 十堰市2022年中等职业学校技能大赛")
        == "tag_line"
    )
    # negatives: story sentences about browsers, more photos or tags
    assert line_rule("该校学生团队开发的浏览器插件在全国职业院校技能大赛中获得一等奖。") is None
    assert line_rule("更多企业加入校企合作,为学生提供实习岗位。") is None
    assert line_rule("标签化管理是学校推进产教融合的一项创新。") is None


def test_a_story_cut_into_fragments_by_injected_spam_is_kept_and_the_spam_removed():
    # q06, https://cs.yes99.com.tw/?p=200568: keyword spam injected between fragments of
    # the story's sentences; the story had been cut above its first full paragraph
    page = (
        "國立勤益科技大學昨為新任校長趙敏勳舉辦就職典禮,\n金門高粱酒\n"
        ",同時有中部70多家工具機和光電廠商與該校簽署產學合作備忘錄,\n暗沉\n"
        ",未來將提供1400個實習機會和超過1700萬元的獎學金。\n"
        "上銀機械董事長卓永財致詞時語重心長的指出,\n台中印表機\n,台中最大的產業就是工具機和零組件,\n二胎民間貸款\n"
        ",但大家不應僅追求量的增加,也應追求質的提升,而企業要能進一步提升,就要和大學緊密合作。"
    )
    c = clean(page)
    assert c.title is None
    assert c.text.splitlines()[0] == "国立勤益科技大学昨为新任校长赵敏勋举办就职典礼,"
    assert [x.rule for x in c.changes if x.line_no == 2 and x.action == "removed"] == [
        "injected_spam"
    ]
    assert "金门高粱酒" not in c.text and ",台中最大的产业就是工具机和零组件," in c.text
    # negative: without injected spam, a line ending on a comma above the story stays out
    c = clean(
        "弘扬工匠精神,\n技能成就未来\n"
        "11月26日,庆阳市第十九届中职学校学生技能大赛在西峰职专赛点开幕,市教育局党组书记出席开幕式。"
    )
    assert "弘扬工匠精神," not in c.text
    # nor is a short heading between two paragraphs taken for spam
    c = clean(BODY1 + "\n一、主要做法\n" + BODY2)
    assert "一、主要做法" in c.text


def test_a_section_label_before_the_headline_is_cut_from_the_title():
    # q20, https://www.komorihealth.com/page2.html: 學院動态|我院與武平縣人民政府簽訂戰略合作協議
    c = clean(
        "學院動态|我院與武平縣人民政府簽訂戰略合作協議\n\n發布者:發布時間:2022-04-02浏覽次數:718\n\n"
        "4月2日,我院與武平縣人民政府戰略合作簽約暨鄉村振興學院揭牌儀式在武平職業中專學校舉行。"
    )
    assert c.title == "我院与武平县人民政府签订战略合作协议"
    # a column of two to four ideographs before a headline of its own: ss03, vk04, vq07,
    # wh02 (dev)
    body = "4月2日,我院与武平县五家企业举行校企合作签约仪式,双方将共建实训基地和订单班。"
    for label, head in [
        ("全球连线|", "鲁班工坊:走向世界的中国职教名片"),
        ("技能|", "40余名参赛选手齐聚内蒙古敕勒川国际大酒店比拼厨艺"),
        ("绵阳|", "学习挖掘机哪家强?来通用工程机械操作扶贫专班"),
        ("职教出海 | ", "共建“班·墨学院”,凯文职教迈出国际化坚定步伐"),
    ]:
        assert clean(f"{label}{head}\n\n{body}").title == head
    # negatives: a short headline keeps its kicker (wn02), and a longer phrase before the
    # bar is the headline's first part (yj10)
    assert (
        clean(f"龍神助力|2017中國國際技能大賽\n\n{body}").title == "龙神助力|2017中国国际技能大赛"
    )
    head = "山海共执笔 鲁甘同树人|从全省排名25到第2,礼县职专这么做"
    assert clean(f"{head}\n\n{body}").title == head


def test_the_last_line_of_an_excerpt_cut_mid_sentence_is_kept():
    # q05, http://uoper.xyz/articles/2022-05-01/2260955.html: the excerpt ends mid-quote,
    # on a line that names the reporter (记者), which marked it as a trailing credit
    page = (
        "修訂后的《職業教育法》,自今天(5月1日)起施行。新職教法首次以法律形式明確職業教育的地位。\n"
        "而北京市朝陽區某中學李老師則有不同看法,其對每經濟記者表示:“對學習成"
    )
    c = clean(page)
    assert (
        c.text.splitlines()[-1]
        == "而北京市朝阳区某中学李老师则有不同看法,其对每经济记者表示:“对学习成"
    )
    # negative: a short credit on the last line is still furniture
    c = clean(BODY1 + "\n" + BODY2 + "\n记者 王五 李四")
    assert "记者 王五 李四" not in c.text


def test_a_headline_joined_to_the_first_line_of_the_story_is_the_title():
    # k14: headline, photo caption (▲…) and lead on one scraped line; the line stays body
    line = (
        "彰化選手全國技能競賽勇奪15面金牌 彰師附工技能高超驚動全場 ▲彰化縣長王惠美感謝選手為縣爭光,"
        "由縣府派員張貼紅榜祝賀。(圖/記者林明佑翻攝) 【焦點時報/記者林明佑報導】彰化選手在「第52屆全國技能競賽」中表現優異。"
    )
    c = clean(line)
    assert c.title == "彰化选手全国技能竞赛勇夺15面金牌 彰师附工技能高超惊动全场"
    assert c.text.startswith("彰化选手全国技能竞赛勇夺15面金牌 彰师附工技能高超惊动全场 ▲彰化县长")
    # t07: the story follows the headline in an open bracket
    c = clean(
        "整合技職資源 國立科大組協會 ( 台灣科技大學今天表示,為整合技職教育資源,提升技職形象與競爭力,"
        "國立科技大學校院成立「國立科技大學校院協會」。"
    )
    assert c.title == "整合技职资源 国立科大组协会"
    # negatives: a wire dateline or a report tag before a bracketed credit is no headline
    assert (
        clean(
            "中新社香港2月2日电 (记者 戴小橦)香港贸易发展局主办的“教育及职业博览2023”2日在香港会议展览中心"
            "举行开幕典礼。"
        ).title
        is None
    )
    assert (
        clean(
            "本报讯 ( 记者 王五 )5月17日,江南市职业教育活动周在江南职业技术学院开幕,三十所学校参加。"
        ).title
        is None
    )


def test_repost_source_lines_lead_teasers_and_scene_captions_are_furniture():
    # n01, c11: the repost's source line
    assert line_rule("转自:中国改革报") == "header_metadata"
    assert line_rule("本文转自:人民网-贵州频道") == "header_metadata"
    # f05: a teaser box repeating the lead, cut off with ".." above the full lead
    teaser = (
        "[導讀]中新社重慶5月12日電(記者 劉賢)重慶32名高校生12日啟程往香港職業訓練局交流學習。"
        "這標志著渝港兩地職業教育交流合作進入新階段。2012年,VTC開始在內地.."
    )
    c = clean(
        teaser
        + "\n    中新社重慶5月12日電 (記者 劉賢)重慶32名高校生12日啟程往香港職業訓練局交流學習。"
        "這標志著渝港兩地職業教育交流合作進入新階段,未來雙方將進一步深化此項合作。"
    )
    assert [x.rule for x in c.changes if x.line_no == 1 and x.action == "removed"] == [
        "lead_teaser"
    ]
    # n14: a caption naming only the scene
    assert line_rule("签约仪式现场。") == "image_caption"
    # negatives: a story sentence that was reposted, a lead closing a paragraph with
    # "导读" elsewhere, and a sentence about a scene
    assert line_rule("该校转自主招生为统一招生后,生源质量明显提高。") is None
    assert line_rule("[导读]重庆32名高校生12日启程往香港职业训练局交流学习。") is None
    assert line_rule("双方在签约仪式现场交换了协议文本。") is None
    # va05 (dev): numbered when there are several photos; the scene of a training
    assert line_rule("签约仪式会议现场1") == "image_caption"
    assert line_rule("比赛现场(3)") == "image_caption"
    assert line_rule("技能培训现场") == "image_caption"
    # negatives: more words after the scene; a sentence
    assert line_rule("培训现场教学") is None
    assert line_rule("会议现场气氛热烈。") is None


def test_site_visit_counters_and_comment_widget_lines_are_furniture():
    # validation s05 (dev), http://www.jswjjd.org/news.detail.php?id=WVhTMzQ0ODY%3D
    assert line_rule("总访问量:1402371今日访问量:417昨日访问量:489") == "site_counter"
    assert line_rule("您是第 1234 位访问者") == "site_counter"
    # validation s19 (dev), http://news.524400.com/html/news/20071207/5650.html
    assert line_rule("最新评论共有 0 位网友发表了评论") == "comment_form"
    assert line_rule("查看所有评论") == "comment_form"
    # story sentences about visits or comments stay
    assert line_rule("今年访问量超过200万人次,同比增长。") is None
    assert line_rule("网友发表评论称职业教育很重要,值得关注。") is None


def test_camera_and_messaging_app_file_names_without_extension_are_furniture():
    # validation s04 (dev), https://www.xykjzyxy.edu.cn/mtjj/7110.html
    assert line_rule("微信图片_2025-08-23_085532_539") == "image_file_name"
    # a news page's photo placeholders: IMG_20170509_101509
    assert line_rule("IMG_20170509_101509") == "image_file_name"
    # a word followed by text, or a bare date, is not a file name
    assert line_rule("IMG 技术展示") is None
    assert line_rule("2025年8月23日") != "image_file_name"


def test_one_search_tells_whether_any_line_rule_applies():
    """line_rule's first search (all rules whose length limit allows the line, one
    pattern) matches exactly the lines on which one of the rules matches on its own."""
    from vocstudy.cleaning import _LINE_RULES, _line_rules_up_to
    from vocstudy.paths import PROJECT_ROOT

    lines = {
        line.strip()
        for path in sorted((PROJECT_ROOT / "validation" / "articles").glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    lines |= {"分享到:", "COPYRIGHT 2024", "标签:职业教育", "图为签约现场", "相关新闻"}
    hits = 0
    for line in lines:
        n = len(line)
        each = any(n <= limit and p.search(line) for _, p, limit in _LINE_RULES)
        one = _line_rules_up_to(n)
        assert each == (one is not None and one.search(line) is not None), line
        hits += each
    assert 0 < hits < len(lines)


# --- rules added with validation batch v (lines quoted from dev pages of that batch) --


def _title(text: str) -> str | None:
    from vocstudy.cleaning import clean

    return clean(text).title


def test_a_breadcrumb_saying_where_you_are_now_is_navigation():
    # validation v10 (dev), http://sdlivc.edu.cn/info/1081/20992.htm
    assert line_rule("您现在的位置: 首页 > 综合新闻 > 学院动态 > 正文") == "navigation"
    # a story sentence about where something is now stays
    assert line_rule("学校现在的位置原是一片农田,如今已建成实训楼。") is None


def test_a_headline_about_a_visit_to_a_company_is_no_company_name():
    from vocstudy.cleaning import _ORG_ONLY_RE

    # validation v10 (dev): the headline ends with the company visited
    assert _ORG_ONLY_RE.match("院长孙才顺带队走访淄博宏业纺织服装有限公司") is None
    text = (
        "今天是\n您现在的位置: 首页 > 综合新闻 > 学院动态 > 正文\n\n"
        "院长孙才顺带队走访淄博宏业纺织服装有限公司\n\n作者: 发布时间:2021-07-23\n\n"
        "7月23日,党委副书记、院长孙才顺带队到高青县淄博宏业纺织服装有限公司调研。"
        "高青县副县长冯斌陪同调研。"
    )
    assert _title(text) == "院长孙才顺带队走访淄博宏业纺织服装有限公司"
    # the company's name alone is still an organisation line
    assert _ORG_ONLY_RE.match("淄博宏业纺织服装有限公司") is not None


def test_a_prompt_to_the_next_story_ends_the_article():
    # validation v11 (dev), https://news.nextapple.com/politics/20251219/…
    assert line_rule("点击阅读下一则新闻") == "related_list_heading"
    # a sentence that mentions reading the next story stays
    assert line_rule("同学们点击阅读下一则新闻后留言讨论。") is None


def test_a_photo_gallery_label_in_brackets_is_furniture():
    # validation v01 (dev), http://ahclgc.com/contents/11/265.html
    assert line_rule("[以下仅为部分图片]") == "image_caption"
    assert line_rule("【组图】") == "image_caption"
    # a headline opening with a bracketed label, and a sentence about photos, stay
    assert line_rule("【图片新闻】我校举行第十届职业技能大赛开幕式") is None
    assert line_rule("以下为部分获奖摄影作品名单。") is None


def test_one_sentence_closed_by_a_photographer_in_brackets_is_a_caption():
    # validation v19 (dev), http://mingpaocanada.com/Tor/htm/News/20221031/HK-gfa1_r.htm
    line = (
        "代表香港参加「世界技能大赛」特别赛橱窗设计项目获金牌的梁家瑜,是知专设计学院高级文凭毕业生,"
        "她称,在课程学到电脑立体绘图、道具制作与科技,以及空间场景处理等专业知识,"
        "助她在比赛中有更好发挥。(杨柏贤摄)"
    )
    assert line_rule(line) == "photo_caption"
    # a paragraph of several sentences, and a dateline paragraph, stay
    # (longer than the short lines any bracketed credit marks as a caption)
    assert (
        line_rule(
            "学校举行开学典礼,校长致辞并勉励新生珍惜时光、刻苦学习专业技能。随后学生代表发言,"
            "表达了对职业教育的信心和对未来的期待,教师代表也分享了教学心得,现场气氛热烈。(李明摄)"
        )
        is None
    )
    assert (
        line_rule(
            "本报讯 记者昨日从市教育局获悉,为期三天的全市职业院校技能大赛圆满落幕,来自十二所学校的"
            "三百余名选手参加了二十个项目的角逐,共决出金牌二十五枚、银牌四十九枚。(王五摄)"
        )
        is None
    )


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (  # validation v07 (dev), http://tech.jiangsulong.com/a/2019/0319/167819_2.html
            "甘肃6000余名师生技能比拼 促职业教育产教融合发展( 二 )\n"
            "王光亚表示 , 希望参赛选手修心明德、博能强技 , 抓住在校的宝贵时间 , 学文化、学技能 。",
            "甘肃6000余名师生技能比拼 促职业教育产教融合发展",
        ),
        (  # validation o02 (dev): the page marker goes, and so does the place-named
            # column in front (the gold title leaves it out, [q] bar-label rule)
            "青海省|青海多措并举助推现代职业教育高质量发展( 二 )\n"
            "近年来,青海省多措并举,推动现代职业教育高质量发展,职业院校办学条件持续改善。",
            "青海多措并举助推现代职业教育高质量发展",
        ),
        (  # validation u15 (dev): a portal's tag behind the headline
            "泸州高新产业发展产教联合体成立大会召开|世界独家\n"
            "6月16日,泸州高新产业发展产教联合体成立大会在泸州职业技术学院召开,多家企业参会。",
            "泸州高新产业发展产教联合体成立大会召开",
        ),
        (  # validation e06 (dev): a topic label in front of the bar is part of the headline
            "世界技能大賽|港派38名選手 出戰「技能界奧林匹克」\n"
            "第47屆世界技能大賽下月在法國里昂舉行,香港派出38名選手參加多個項目的比賽。",
            "世界技能大赛|港派38名选手 出战「技能界奥林匹克」",
        ),
        # a headline numbered as part of a series, and two long sides of a bar, stay whole
        (
            "职业教育改革系列谈(二)\n"
            "职业教育改革进入深水区,各地围绕产教融合、校企合作推出了一系列新举措。",
            "职业教育改革系列谈(二)",
        ),
        (
            "粤港澳大湾区职业教育联盟成立|首批三十所院校加入联盟\n"
            "粤港澳大湾区职业教育联盟昨日在广州成立,首批三十所职业院校加入,共商合作。",
            "粤港澳大湾区职业教育联盟成立|首批三十所院校加入联盟",
        ),
    ],
)  # fmt: skip
def test_a_page_marker_and_a_short_label_behind_a_bar_leave_the_headline(page, expected):
    assert _title(page) == expected


def test_a_scrapers_field_name_in_front_of_the_headline_is_cut():
    # validation o07 (dev)
    text = (
        "标题 穗港职业教育合作项目签约仪式在广州举行\n"
        "穗港职业教育合作项目签约仪式昨日在广州举行,两地多所职业院校签署合作协议。"
    )
    assert _title(text) == "穗港职业教育合作项目签约仪式在广州举行"
    # a headline that starts with the word 标题 but is no field name stays
    text = (
        "标题党现象引发职业院校学生讨论\n"
        "近日,标题党现象引发职业院校学生热烈讨论,不少同学表示要提高媒介素养。"
    )
    assert _title(text) == "标题党现象引发职业院校学生讨论"


def test_a_headline_given_only_as_the_last_crumb_of_a_breadcrumb():
    # validation v03 (dev), a content farm's copy (Traditional on the page)
    text = (
        "當前位置:汽車配件110網 >> 汽修百科 >> 汽車保養維修 >> 石家莊市全國汽車維修基本技能比賽獲一等獎 |\n"
        "互聯網 俠名 汽車保養維修\n"
        "記者昨日從石家莊市教育局了解到,三年來,石家莊市代表河北省參加全國職業院校技能比賽"
        "(中職組)屢創佳績,連年獨佔全省鰲頭。"
    )
    assert _title(text) == "石家庄市全国汽车维修基本技能比赛获一等奖"
    # a breadcrumb ending in a section name gives no title
    text = (
        "您的位置:首页 > 新闻中心 > 学院动态\n"
        "7月23日,党委副书记、院长带队到高青县调研,双方就共建实习基地达成合作意向。"
    )
    assert _title(text) is None


def test_a_newspapers_issue_line_is_furniture_and_gives_the_date():
    from vocstudy.document import build_row

    # validation r03 (dev) and u03 (dev)
    assert line_rule("《中国教育报》2019年07月27日第1版") == "header_metadata"
    assert line_rule("文章原载《HK01》2024年3月19日") == "header_metadata"
    text = (
        "2019职教与城市发展高层对话会举办\n《中國教育報》2019年07月27日第1版\n"
        "本報訊(記者 翟帆)2019職業教育與城市發展高層對話會日前在西寧市舉辦,與會代表圍繞職業教育展開討論。"
    )
    assert str(build_row("r", None, text, "utf-8")["published"])[:10] == "2019-07-27"
    # a story sentence citing a newspaper's date stays, and gives no publication date
    sentence = "《人民日报》2019年7月27日刊发评论员文章,引起职业院校师生广泛关注。"
    assert line_rule(sentence) is None
    row = build_row("s", None, "职业院校师生热议评论员文章\n" + sentence, "utf-8")
    assert pd.isna(row["published"])


def test_an_author_and_date_joined_by_a_dash_give_the_date():
    from vocstudy.document import build_row

    # validation v08 (dev), https://www.master-insight.com/article/44791 (one scraped line)
    text = (
        "香港都會大學林群聲校長:如何推動本港職專教育發展 更好為畢業生謀出路?香港都會大學校長林群聲教授表示,"
        "「支持香港,就要支持香港的大學」。 作者:本社編輯部 - 2025-07-14 灼見視頻灼見原創"
    )
    assert str(build_row("m", None, text, "utf-8")["published"])[:10] == "2025-07-14"
    # an author line with a year range in its name stays without a date
    row = build_row(
        "n", None, "职教改革观察\n作者:张三 - 2025年职教研究课题组成员,长期关注职业教育。", "utf-8"
    )
    assert pd.isna(row["published"])


# --- rules added with validation batch x ---------------------------------------------


def test_a_bare_photo_placeholder_and_an_editorial_office_byline_are_furniture():
    # y12 (also drawn as x16), https://www.gxsxks.com/news_1/134.html: the word an export leaves where each photo was
    assert line_rule("图片") == "image_caption"
    # x10, https://856464.zxcghmpak.asia/News/Info/1003 (Simplified): the author line
    assert line_rule("大学问编辑部") == "credit_line"
    # negatives: a sentence about photos or about an editorial office is story text
    assert line_rule("图片展示了学生在实训基地的学习场景。") is None
    assert line_rule("学校新闻中心编辑部负责人介绍了今年的宣传工作安排。") is None


# --- rules added with validation batch z ---------------------------------------------


def test_a_caption_opened_by_its_figure_number_is_furniture():
    # r20 (dev), a university department page: 图3:邓兰兰博士作主题讲座
    assert line_rule("图3:邓兰兰博士作主题讲座") == "photo_caption"
    # y19 (dev): 图3 // 考察团一行深入校园
    assert line_rule("图3 // 考察团一行深入校园") == "photo_caption"
    # negatives: a sentence opening with 图书馆 or a year is story text
    assert line_rule("图书馆2楼新设的实训室于9月正式启用,供学生课后练习。") is None
    assert line_rule("2024年9月,学校新建的实训中心正式投入使用,可容纳300名学生。") is None


def test_a_sentence_closed_by_a_photo_credit_with_its_photographer_is_a_caption():
    # y07 (dev): the supplier and the photographer after the caption sentence
    assert (
        line_rule("南疆职业技能培训实训基地。浙江省援疆指挥部供图 拍友 孙晗玫 摄")
        == "photo_caption"
    )
    # z07 (dev), a content-farm copy of a Taiwanese release: …獎學金。照:屏東科大提供
    assert (
        line_rule(
            "校友總會郭威伯理事長頒發(fā)財(cái)團(tuán)法人國立屏東科技大學(xué)校友文教基金會獎(jiǎng)學(xué)金。照:屏東科大提供"
        )
        == "photo_caption"
    )
    # negatives: a story sentence followed by another, or naming who provided a venue
    assert line_rule("学校为此次活动提供了场地。照顾好每一位学员是我们的责任。") is None
    assert line_rule("基地由市人社局提供资金支持。下一步将扩大招生规模,服务县域企业。") is None


def test_a_date_in_brackets_closing_the_headline_is_cut_and_gives_the_date():
    from vocstudy.document import build_row

    # z19 (dev), a Taiwanese university's news page: the headline line closes with 《2015/6/13》
    headline = (
        "「鷹揚、振翅、展望」 南臺科技大學舉辦104級畢業典禮 宋楚瑜主席親臨 "
        "感謝校方為國家培育優秀人才《2015/6/13》"
    )
    body = "南臺科技大學「104級學生畢業典禮」今(13)日舉行,即將畢業的應屆生多達近4,686名,校方特別辦理三場畢業典禮。"
    row = build_row("z", None, headline + "\n" + body, "utf-8")
    assert str(row["published"])[:10] == "2015-06-13"
    assert not row["title"].endswith("》")
    # negatives: a year range in brackets is part of the headline and gives no date
    row = build_row(
        "n",
        None,
        "职业教育发展报告发布(2015-2016)\n"
        + "报告显示,全省职业院校毕业生就业率连续三年保持在95%以上,校企合作不断深化。",
        "utf-8",
    )
    assert row["title"].endswith("(2015-2016)") and pd.isna(row["published"])


def test_a_reposts_source_given_as_a_phrase_is_furniture():
    # z18 (dev), a training portal reposting a journal article
    assert line_rule("文章来源于中国电化教育 ,作者CET 2020年第8期") == "header_metadata"
    # negative: a story sentence on where an article's ideas came from stays
    assert line_rule("本文来源于作者在职业院校多年的教学实践。") is None


def test_a_headline_copy_cut_after_its_first_part_and_its_opening_bracket_gives_way_to_the_whole():
    from vocstudy.document import build_row

    # z19 (dev): the whole headline opens with 「; the reprint below it lost the 「 and is
    # split over two lines
    text = "\n".join(
        [
            "「鷹揚、振翅、展望」 南臺科技大學舉辦104級畢業典禮 宋楚瑜主席親臨 感謝校方為國家培育優秀人才《2015/6/13》",
            "",
            "鷹揚、振翅、展望」 南臺科技大學舉辦104級畢業典禮",
            "宋楚瑜主席親臨 感謝校方為國家培育優秀人才",
            "",
            "南臺科技大學「104級學生畢業典禮」今(13)日舉行,即將畢業的應屆生畢業生多達近4,686名,校方特別辦理上、下午場及星光等三場畢業典禮。",
        ]
    )
    assert build_row("z", None, text, "utf-8")["title"].endswith("感谢校方为国家培育优秀人才")
    # negative: a copy carrying a site name after a bar is not the whole headline
    text = "\n".join(
        [
            "「技能成才」职教活动周开幕|市教育网",
            "技能成才」职教活动周开幕 全市30所学校参与",
            "5月12日,全市职业教育活动周在市职教中心开幕,30所职业学校开放校园,展示学生技能成果。",
        ]
    )
    assert "市教育网" not in build_row("n", None, text, "utf-8")["title"]


def test_a_special_topic_column_glued_before_the_headline_by_a_bar_is_left_out():
    from vocstudy.document import build_row

    # y12 (dev): 聚焦2025职业教育活动周 | headline
    body = "近日,我校代表团赴马来西亚开展交流访问,与马来西亚中国教育发展协会就共建职业教育合作平台进行深入洽谈。"
    row = build_row(
        "y",
        None,
        "聚焦2025职业教育活动周 | 中马共建“职教出海”新平台 ——我校与马来西亚中国教育发展协会初步达成战略合作意向\n"
        + body,
        "utf-8",
    )
    assert row["title"].startswith("中马共建")
    # negative: a headline that only mentions 聚焦 with no bar keeps it
    row = build_row("n", None, "聚焦产教融合 职教活动周在我市开幕\n" + body, "utf-8")
    assert row["title"].startswith("聚焦产教融合")


def test_a_bullet_images_alt_text_before_the_headline_is_left_out():
    from vocstudy.document import build_row

    body = "本校學生參加教育部第6屆技職之光評選,榮獲競賽卓越獎,校長親自頒發獎狀表揚。"
    # x09 (dev), a Taiwanese vocational school's news page: 圓點   賀!!本校榮獲…
    row = build_row("x", None, "圓點   賀!!本校榮獲第6屆技職之光-競賽卓越獎\n" + body, "utf-8")
    assert row["title"].startswith("贺!!") or row["title"].startswith("賀!!")
    # negative: 圆点 inside a headline's words stays
    row = build_row("n", None, "学校举办圆点设计作品展 展出学生作品百余件\n" + body, "utf-8")
    assert "圆点" in row["title"] or "圓點" in row["title"]


def test_an_editors_picks_heading_opens_a_related_list():
    # z04 (dev), a content site: 小编推荐 above a numbered list of other stories
    assert line_rule("小编推荐") == "related_list_heading"
    # negative: a sentence about an editor's recommendation is story text
    assert line_rule("小编推荐的几所职业学校都开设了新能源汽车专业。") is None


def test_a_writer_credit_opened_by_wen_and_a_slash_is_furniture():
    # u02 (dev), a Taiwanese union's release: the writer's line under the headline
    assert line_rule("文/全國教師工會總聯合會") == "credit_line"
    # negatives: a ratio or a story sentence opening with 文 stays
    assert line_rule("文化课与专业课课时比例调整为4/6,更加突出实践教学。") is None
    assert line_rule("文/理科招生计划按1:1安排,全市共招收新生3000人。") is None


def test_furniture_lines_of_logos_summaries_bylines_prompts_and_comment_boxes():
    # real lines of dev pages (after conversion to Simplified, as the rules see them)
    # a20, 5ch.com.tw: the site's logo left as text; t01, epochtimes.com
    assert line_rule("台湾新闻网(Logo-image) 台湾新闻网(Logo-text)") == "site_name"
    # j02 / r06: a news page's summary box above the story
    assert (
        line_rule(
            "摘要:为上海建设卓越的全球城市和具有世界影响力的社会主义现代化国际大都市打下坚实技能人才基础"
        )
        == "lead_teaser"
    )
    assert (
        line_rule(
            "摘要提示:第六届全国技工院校校长论坛年会暨全国技工院校产教合作联盟成立仪式11月2日在南宁举行。"
            "与会者表示,技工教育、职业教育前景广阔,大有可为。"
        )
        == "lead_teaser"
    )
    # r07: the repost's former headline
    assert line_rule("原标题:1200万师生参加职业教育活动周") == "header_metadata"
    # a13: the authors' byline with their college
    assert line_rule("广州铁路职业技术学院 胡昌送 蔡勤生") == "credit_line"
    # a16: a gallery prompt; o03: a share prompt; s12: an attachments heading
    assert line_rule("点选可以浏览全部照片或影片") == "navigation"
    assert line_rule("用微信扫描二维码,分享好友和朋友圈") == "share_widget"
    assert line_rule("相关文件下载:") == "navigation"
    # w14 / u16: a comment box's prompt and terms
    assert line_rule("新增评论") == "comment_form"
    assert line_rule("请输入验证码") == "comment_form"
    assert (
        line_rule(
            "请将评论填写在如下表格中。 评论必须符合自由亚洲电台的 《使用条款》并经管理员通过后方能显示。"
            "因此,评论将不会在您提交后即时出现。"
        )
        == "copyright_or_contact"
    )
    # j11: a desk's credit; s20: an account with a relative time; s09: an agency's photo credit
    assert line_rule("继续教育部 供稿") == "credit_line"
    assert line_rule("技能山东 昨天17:35") == "header_metadata"
    assert line_rule("香港中通社图片") == "image_caption"
    # negatives: story sentences with the same words stay
    assert line_rule("会上还发布了黄河流域产教联盟标志(LOGO)。") is None  # c09
    assert line_rule("摘要显示,全市职业院校今年招生人数增长。") is None
    assert line_rule("原标题中的“职教”二字被改为“职业教育”。") is None
    assert line_rule("广州铁路职业技术学院举行开学典礼") is None
    assert line_rule("点击鼠标即可浏览学校的实训设备。") is None
    assert (
        line_rule("学生们通过扫描二维码参与线上问卷,学校共收到有效问卷三千余份,评论区也很热闹。")
        is None
    )
    assert line_rule("昨天17:35,比赛正式开始,来自全省的选手同台竞技。") is None


@pytest.mark.parametrize(
    "page, date",
    [
        # a16 (dev), a school's notice board: the date is one field of a bar-separated row
        (
            ":::\n公告訊息 資料組長 - 輔導室 | 2026-01-19 | 點閱數: 12\n"
            "一、 依據教育部國民及學前教育署 115 年 1 月 15 日臺教國署高字第 1150002832 號函辦理。",
            "2026-01-19",
        ),
        # j08 (dev): the date and the source behind a spam address under the headline
        (
            "“二十正青春 奋斗新时代” 衢州職業技術學院建校20周年紀念大會隆重舉行\n"
            "http://www.yourloanhere.com  2022年11月21日  來源:衢州職業技術學院\n"
            "廿歲崢嶸,初心如磐;扎根三衢,薪火相傳。11月18日晚,衢州職業技術學院建校20周年紀念大會在此隆重舉行。",
            "2022-11-21",
        ),
        # l15 (dev): an outlet's bracketed dateline with the full date opening the story
        (
            "【新唐人2012年10月20日讯】(中央社记者郭朝河吉隆坡20日专电)马来西亚留台联总会长李子松表示,"
            "为了在大马拓展台湾的技职教育,留台联总将与大马新纪元学院洽谈合作,引进台湾技职教育课程。",
            "2012-10-20",
        ),
    ],
)
def test_dates_in_a_bar_row_before_a_source_label_or_in_a_bracketed_dateline(page, date):
    assert extract_metadata(clean(page))["published"] == pd.Timestamp(date)


def test_dates_inside_the_story_are_not_read_by_the_bar_label_or_dateline_rules():
    # negatives: a story sentence with a date before 来源 words, a bracketed dateline
    # without the year, a date between bars inside a paragraph
    for page in (
        "活动于2024年5月17日 来源于学校的倡议,全体师生参加了启动仪式。",
        "【本报5月17日讯】江南市职业教育活动周在江南职业技术学院开幕,全市三十所学校参加。",
        "本次比赛分为三个阶段|2024-05-17|初赛在各校举行,决赛在市体育馆举行,共有五百名选手参加。",
    ):
        assert pd.isna(extract_metadata(clean(page))["published"]), page


def test_a_headline_ending_a_breadcrumb_and_opening_the_next_line_with_a_teaser_is_the_title():
    # a05 (dev), storm.mg: the breadcrumb ends with the headline; the next line prints it
    # again with the teaser and the photo credit glued behind it
    page = (
        "首頁 評論 觀點投書:升學新藍海─從技職起飛翻轉未來,寫給會考後的你\n"
        "觀點投書:升學新藍海─從技職起飛翻轉未來,寫給會考後的你 技職體系正從傳統的「備胎印象」蛻變為新時代人才的孵化器,"
        "已成為升學與就業並重的關鍵路徑。(圖/新北市教育局提供)\n"
        "2001年統測報考人數約24萬人一路下滑,2025年跌破7萬人。少子化的衝擊讓「技職教育」更有機會成為學生與家長選擇的新主流。"
    )
    assert clean(page).title == "观点投书:升学新蓝海─从技职起飞翻转未来,写给会考后的你"
    # negative: a menu whose last item the next line does not repeat gives no title
    page = (
        "首页 评论 观点投书:升学新蓝海─从技职起飞翻转未来,写给会考后的你\n"
        "2001年统测报考人数约24万人一路下滑,2025年跌破7万人。少子化的冲击让技职教育更有机会成为新主流。"
    )
    assert clean(page).title is None


def test_a_place_named_column_before_a_bar_is_left_out_of_the_title():
    # o02 (dev): a regional portal's column glued before the headline
    page = (
        "青海省|青海多措并举助推现代职业教育高质量发展( 二 )\n\n"
        "值得一提的是,“十三五”期间,青海还成立了由企事业单位、学校、科研机构和协会为成员单位的10个职教集团,共同促进产教融合。"
    )
    assert clean(page).title == "青海多措并举助推现代职业教育高质量发展"
    # negative: a label that is no place stays part of the headline (as printed)
    page = (
        "世界技能大赛|中国代表团在里昂再创佳绩\n\n"
        "第47届世界技能大赛闭幕,中国代表团共获得36枚金牌,位列金牌榜和团体总分第一。"
    )
    assert clean(page).title == "世界技能大赛|中国代表团在里昂再创佳绩"


def test_paragraphs_hard_wrapped_mid_clause_are_kept_whole():
    # a10 (dev), a school page whose story is broken at a fixed width mid-sentence
    raw = open("validation/articles/a10.txt", encoding="utf-8").read()
    c = clean(raw)
    kept = {no for no, _, rule in c.lines if rule is None}
    assert set(range(5, 15)) <= kept
    # negative: a list of headlines (no sentence closes the run) is not a paragraph
    page = (
        "职业学校开展技能节活动,全校师生踊跃参加各项比赛项目展示风采\n"
        "市教育局召开职业教育工作会议,部署下半年重点工作任务和安排\n"
        "学院举行校企合作签约仪式,与十家企业共建实训基地和产业学院\n"
        "5月8日,江南市职业教育活动周在江南职业技术学院开幕,来自全市的三十所学校参加。"
    )
    c = clean(page)
    assert len([no for no, _, rule in c.lines if rule is None and no < 4]) <= 1  # the title at most


def test_previous_and_next_item_links_are_navigation():
    # b04 (dev): a school news system's links to the items before and after the story
    assert line_rule("上一条:学院召开党委会扩大会议 部署新学期工作") == "navigation"
    assert line_rule("下一条:我院丝绸技艺职") == "navigation"
    # negatives: a sentence that opens with the same words is body
    assert line_rule("上一条新闻很重要,他说。") is None
    assert line_rule("下一条高速公路将于明年通车。") is None


def test_a_list_inside_the_story_that_a_paragraph_follows_does_not_end_it():
    # o06, https://m.xuezishang.com/nd.jsp?fromId=1999&id=2010&mid=70: one item a line,
    # then the story goes on
    items = [
        "2024年项目运营成果,包括:",
        "联合开发中泰高等职业证书课程(18个专业+汉语)",
        "制定双元制职业教育管理标准",
        "开发数字课程(20门科目+语言)",
        "2所***教师培训中心",
    ]
    after = (
        "11月16日,在世界中文大会期间举行的“中文+职业技能”教育专题研讨会上,"
        "与会嘉宾共同探讨如何推动“中文+职业技能”教育高质量发展。"
    )
    rules, _ = classify_lines([BODY1, *items, after])
    assert rules[2:] == [None] * 5
    # negative: a run of headlines with no story after it is a list of other articles
    rules, _ = classify_lines([BODY1, BODY2, *items[1:], "版权所有 江南职业技术学院"])
    assert rules[2:6] == ["after_article_end"] * 4
    # nor when the run lists other articles with their dates (p14,
    # http://www.hbjxjy.org/shownnews.asp?id=4154), a paragraph below them or not
    listed = [
        "- 教育部等七部门关于深入推进中华优秀语言文化传承发展...2026-01-19",
        "- 教育部办公厅等四部门关于开展高校毕业生异地求职“双...2026-01-16",
        "- 高等学校寒假《安全责任告知》《安全温馨提示》2026-01-14",
    ]
    rules, _ = classify_lines([BODY1, BODY2, *listed, after])
    assert rules[2:] == ["after_article_end"] * 4


def test_an_image_file_name_holding_spaces_is_boilerplate():
    # l04, http://cndcaheb.org.cn/article/5920/cid/28.html
    assert (
        line_rule("纪念中华职业教育社立社100周年 民建保定市委企业科技创新委员会举办慈善义拍.jpg")
        == "image_file_name"
    )
    # negative: a sentence naming a file type, not ending in an extension
    assert line_rule("学校将活动照片 jpg 格式上传至官网。") is None


def test_a_headline_printed_over_two_lines_is_its_first_line():
    # y13, https://www.tangce.net/news/n2022/news_2022_11_04.html
    lines = [
        "超过200家中国及马来西亚院校参与首届“中国——马来西亚职业教育展”,",
        "共同探讨中马职教合作的可能性",
        BODY1,
    ]
    rules, title = classify_lines(lines)
    assert title == 0 and rules[1] == "before_article_start"
    # negative: a short slogan ending on a comma above the headline is a kicker
    rules, title = classify_lines(["弘扬工匠精神,", "共同探讨中马职教合作的可能性", BODY1])
    assert title == 1


def test_a_caption_placing_people_in_the_photo_is_boilerplate():
    # y14, http://gxnz558.com/html/newsjiaoliuhezuo2017122915588.html
    assert (
        line_rule(
            "留华砂总会长拿督刘乃好(右6),署理会长黄首詠(右5),杜方敏(左5)共同为我校与"
            "马来西亚留华同学会砂拉越总会共建的“海外教育合作与招生处”揭牌"
        )
        == "photo_caption"
    )
    # z19, http://news.stust.edu.tw/pid/2248
    assert (
        line_rule(
            "【南台科技大学郑高辉董事长(右)与亲民党宋楚瑜主席(中)及南台科技大学戴谦校长(左)"
            "于104级毕业典礼后合影"
        )
        == "photo_caption"
    )
    # negatives: one person placed, and a long paragraph a caption ran into (z08)
    assert line_rule("校长王五(左)表示,学校将与企业共建实训基地,推动产教融合。") is None
    # (https://freshweekly.tw/?pn=vw&id=p5xo36x9q0a4)
    z08 = (
        "國立高雄科技大學元年校慶12月8日舉行,上午8點30分至晚上9點30分跨校慶祝活動在第一、建工、"
        "楠梓三校區接力登場,規劃捐贈興學感恩餐會、慶祝大會與元年校史特展、海洋嘉年華、海內外校友校慶"
        "聯誼餐會、新南向國家姐妹校簽約暨交流座談會、演唱會等、準高雄市長韓國瑜、教育部政務次長姚立德、"
        "高科大校長楊慶煜、教職員生、校友、家長、姊妹校菲律賓宿霧科技大學、印尼帕蘭卡拉雅大學、"
        "柬埔寨亞歐大學代表團等上千人見證三校合併新頁,楊慶煜與前海科大校長周照仁(左)、"
        "前高應大校長方俊雄(右二)、前第一科大校長陳振遠(右)等人合切蛋糕慶生。"
    )
    assert len(z08) > 160 and line_rule(z08) is None


def test_a_paragraph_leading_into_a_list_on_a_colon_is_body():
    # u11, http://www.sqzjw.cn/html/zjdt/zjfc/10161.html
    assert is_body_line(
        "沭阳县教育局高度重视第三届“职教活动周”工作,把此项工作摆上主要议事日程,"
        "认真对待、全力以赴,具体做法:"
    )
    # negative: a short line leading into a list (r09) is no paragraph on its own
    assert not is_body_line("出席是次交流的代表名单包括:")


def test_a_lead_opening_on_an_unbracketed_news_dateline_is_body():
    # s19, http://news.524400.com/html/news/20071207/5650.html
    lead = "廉江讯 9月10日,廉江技工学校举行2007年度开学典礼。"
    body = (
        "副市长郑炎章,市政协副主席李康华,市府办、市劳动与保障局等部门领导参加了开学典礼,"
        "并送上慰问金10000元。"
    )
    rules, title = classify_lines(["市技工学校开学典礼", "点击:", lead, body])
    assert title == 0 and rules[2] is None
    # negative: a dated photo caption above the story (f03) stays out
    rules, _ = classify_lines(
        ["市技工学校开学典礼", "点击:", "5月8日,选手在参加珠算项目的决赛。", body]
    )
    assert rules[2] == "before_article_start"


def test_a_sentence_printed_twice_in_a_row_is_a_photo_caption():
    # e06, https://std.stheadline.com/education/article/2018513/ (a caption and its alt text)
    cap = "本港今年派出38名技能精英出戰「世界技能大賽」,人數屬歷屆之冠。"
    c = clean("\n".join([BODY1, cap, cap, BODY2]))
    assert c.text.splitlines() == [BODY1, BODY2]
    # negative: a paragraph the scrape printed twice keeps its first copy (e07,
    # http://www.puiching.edu.mo/index.php/news/view/2725)
    para = (
        "勞工事務局於日前舉辦第十一屆穗港澳蓉青年技能競賽澳門特區選拔賽頒獎典禮。今屆競賽選手是通過"
        "公開選拔方式挑選,選手們先通過入圍賽爭奪入讀強化課程之資格,經過約一百至三百小時不等之培訓後"
        "再進行決賽,以爭奪2021年代表澳門到成都參賽的資格。"
    )
    c = clean("\n".join([BODY1, para, para, BODY2]))
    assert len(c.text.splitlines()) == 3 and c.text.splitlines()[1].startswith("劳工事务局")


def test_a_headline_joined_to_a_story_opening_on_a_newspaper_dateline_is_the_title():
    # u19, https://qingdaonews.com/content/2009-06/23/content_8072852.htm: headline and
    # 本报讯 story on one scraped line; the line stays body
    line = (
        "胶南订单培养企业人才 八成以上职业学校学生为订单培养 本报讯 胶南市日前举行2009年订单培养签约仪式。"
        "国内外30余家大中型企业代表与会,其中有14家企业现场与各职业学校签订了订单培养协议。"
    )
    c = clean(line)
    assert c.title == "胶南订单培养企业人才 八成以上职业学校学生为订单培养"
    assert c.text == line
    # negative: a story opening on the dateline has no headline before it (d03)
    assert clean("本报讯 昨天,长三角开发区职业教育发展联盟在无锡科技职业学院成立。").title is None


def test_a_label_printed_under_several_photos_goes_with_every_copy():
    # u11, http://www.sqzjw.cn/html/zjdt/zjfc/10161.html
    p1 = "一是成立组织。为明确分工,落实责任,县局成立了以局主要领导为组长,分管同志为副组长的领导小组。"
    p2 = "二是广泛宣传。本届活动周的主题是“共筑职教梦 喜迎十九大”,为使这一主题能够深入人心,各校广泛宣传。"
    label = "沭阳县第三届职教活动周"
    c = clean("\n".join([p1, label, p2, label, BODY1]))
    assert label not in c.text and c.text.splitlines() == [p1, p2, BODY1]
    # negative: a sub-heading printed once stays
    c = clean("\n".join([p1, label, p2, BODY1]))
    assert label in c.text.splitlines()


def test_a_bulleted_list_of_links_is_a_menu_or_a_ticker_not_the_story():
    # cc10, https://www.cyberctm.com/zh_TW/news/detail/2986682: a portal's media menu,
    # its section menu and its ticker of other headlines, each under a short heading
    page = "\n".join(
        [
            "媒體",
            "  • 澳廣視新聞",
            "  • 政府消息",
            "  • 濠江日報",
            "  • MediaOutReach",
            "新聞",
            "  • 日圓貶破160再創新低 午後反彈引來干預揣測",
            "  • 優質礦藏愈來愈少 銅價漲破10,000美元",
            "  • 林定國:23條立法無損新聞自由 不論對政府批評多尖銳",
            "",
            BODY1,
            BODY2,
        ]
    )
    c = clean(page)
    assert c.text.splitlines() == [BODY1, BODY2]
    assert {x.rule for x in c.changes if x.line_no in (1, 2, 6, 7) and x.action == "removed"} == {
        "link_list"
    }
    # negative: bulleted paragraphs of prose stay (e03, https://www.eratime.tw/article-info.asp?cate=23&id=18676)
    items = [
        "    • 新北市:持續推動「金手培訓計畫」,投入經費辦理專業培訓,並提供獎勵金支持師生出國見學,參與全國及國際競賽。",
        "    • 高雄市:結合教育節活動及多項技高成果展,積極宣導技職教育;更與海軍後勤單位合作舉辦技勤競賽,展現在地化與專業並重的特色。",
        "    • 臺南市:自 110 年起邀請漫畫家繪製技職群漫畫,並製作動畫,吸引學生對職群探索的興趣。",
    ]
    c = clean("\n".join([BODY1, *items, BODY2]))
    assert len(c.text.splitlines()) == 5
    # negative: short items of a list the story leads into on a colon stay
    c = clean(
        "\n".join(
            [
                BODY1,
                "学校今年新开设的专业包括:",
                "• 工业机器人技术",
                "• 新能源汽车技术",
                "• 智能制造",
                BODY2,
            ]
        )
    )
    assert "• 智能制造" in c.text.splitlines()


def test_comment_share_forum_and_disclaimer_furniture_and_credited_captions():
    # dd04, https://one19810109.blogspot.com/2020/08/blog-post_63.html: an empty comment widget
    assert line_rule("没有留言:") == "comment_form"
    assert line_rule("没有留言的同学请在课后找老师报名。") is None
    # dd06, http://news.cnwest.com/weinan/a/2020/12/10/19355768.html: how to share the page
    assert (
        line_rule("打开微信,点击 “ 发现 ” ,使用 “ 扫一扫 ” 即可将网页分享至朋友圈。")
        == "share_instruction"
    )
    # negative: a story's 朋友圈 of partners (w03)
    assert line_rule("学校将进一步扩大对外合作交流“朋友圈”,深化交流合作内容,拓宽办学视野。") is None
    # dd09, https://bbs.cktcw.cn/forum.php?mod=viewthread&page=1&tid=21098: a forum's notice to guests
    assert line_rule("本帖子中包含更多资源") == "forum_notice"
    assert line_rule("本帖介绍了学校的实训资源。") is None
    # dd11, https://sc.cri.cn/n/20250623/57415061-f4de-e8b5-dffb-f3941ee4110a.html: a caption
    # with its credit in the middle, and the site's disclaimer list
    assert line_rule("活动现场 供图 成都市龙泉驿区委统战部") == "image_caption"
    assert (
        line_rule("1、“国际在线”由中国国际广播电台主办。经中国国际广播电台授权,国广国际在线网络(北")
        == "copyright_or_contact"
    )
    # negatives: a caption run into the story (i04), a contest a body runs (not a site)
    assert (
        line_rule(
            "闭赛式现场 供图 重庆商务职业学院 闭赛式上,赛事裁判长许存福从裁判规范、参赛选手表现"
        )
        is None
    )
    assert line_rule("1、本次大赛由市教育局主办,经市政府批准,每两年举办一次。") is None
    # dd06: an architect's rendering
    assert line_rule("项目建设效果图") == "image_caption"
    assert line_rule("效果图设计") is None


def test_an_office_over_the_date_line_under_the_story_is_the_release_signature():
    # cc05, http://geocloths.com/gjhzjl/info/1014/1781.html
    body = (
        "学校始终秉持服务“一带一路”国家重大战略和区域经济社会发展的国际化办学宗旨,持续加强与泰国及东盟"
        "等国家在农业职业教育领域的交流与合作。"
    )
    c = clean("\n".join([BODY1, body, "国际合作与交流处", "2024年12月3日"]))
    assert c.text.splitlines() == [BODY1, body]
    # negative: a sub-heading ending with 部 that a paragraph follows stays
    c = clean("\n".join([BODY1, "走进技能培训部", body]))
    assert "走进技能培训部" in c.text.splitlines()


def test_a_summary_box_repeating_the_story_opening_cut_short_is_a_teaser():
    # cc20, http://www.hsdyjx.com/index.php?m=content&c=index&a=show&catid=13&id=260
    box = "3月16日下午3:00,天公作美,春雨間歇。 我校2018年開學典禮正式拉開大幕。在學工部統籌安排及各班主任的帶領下,全校15、16"
    lead = "3月16日下午3:00,天公作美,春雨間歇。"
    para = (
        "我校2018年開學典禮正式拉開大幕。在學工部統籌安排及各班主任的帶領下,全校15、16、17級1300余名學生"
        "齊聚足球運動場。"
    )
    c = clean(
        "\n".join(
            [
                "我校舉行2018年開學典禮",
                "2018-03-16 20:08:16 來源:辦公室 點擊:",
                box,
                lead,
                para,
                BODY2,
            ]
        )
    )
    assert [x.rule for x in c.changes if x.line_no == 3 and x.action == "removed"] == [
        "lead_teaser"
    ]
    assert len(c.text.splitlines()) == 4 and c.title == "我校举行2018年开学典礼"
    # negative: a first paragraph that closes its sentence stays, though the next line opens like it
    c = clean("\n".join(["我校舉行2018年開學典禮", box + "級學生參加。", lead, para]))
    assert [x.rule for x in c.changes if x.line_no == 2 and x.action == "removed"] == []


def test_the_paragraphs_of_a_page_in_english_are_its_story():
    # b18, https://ysln.ycwb.com/content/2024-12/16/content_53124984.html
    p1 = (
        "Wong Chi Hong, Director of the Labor Affairs Bureau of Macao SAR, was interviewed by the Yangcheng "
        "Evening News recently."
    )
    p2 = (
        "Yangcheng Evening News: What initiatives has the Labor Affairs Bureau taken to support the employment "
        "of young people and university graduates?"
    )
    c = clean("\n".join(["Home | News | Macao", p1, p2]))
    assert c.text.splitlines() == [p1, p2]
    # negative: the same English lines on a Chinese page are furniture (a translation, an ad)
    c = clean("\n".join([BODY1, p1, p2, BODY2]))
    assert c.text.splitlines() == [BODY1, BODY2]


def test_a_browser_tabs_column_and_site_behind_the_headline_leave_the_title():
    # cc18, https://www.lnmtc.com/index.php?c=show&id=602
    c = clean(
        "\n".join(
            [
                "忆往昔,我们在一起——记我校2013届毕业典礼-新闻中心|广东岭南现代高级技工学校",
                BODY1,
                BODY2,
            ]
        )
    )
    assert c.title == "忆往昔,我们在一起——记我校2013届毕业典礼"
    # a medium's label before a bar is cut as a column (有片, "with video", as 视频|, zl11;
    # o18's gold keeps it); negative: a phrase after a dash and a bar that is not a site's
    # name
    assert (
        clean("\n".join(["有片|「職校掌門人」聚首 解鎖大灣區產教融合新密碼", BODY1])).title
        == "「职校掌门人」聚首 解锁大湾区产教融合新密码"
    )
    assert (
        clean("\n".join(["我校举行2013届毕业典礼-现场直击|毕业生代表回顾三年时光", BODY1])).title
        == "我校举行2013届毕业典礼-现场直击|毕业生代表回顾三年时光"
    )


def test_a_caption_retelling_a_sentence_of_the_story_above_it_is_furniture():
    # cc02, https://www.zjiet.edu.cn/2015/1201/c99a3426/page.htm
    para = (
        "11月23日,劳书记与美国犹他谷大学校长Matthew Holland签署《合作协议谅解备忘录》,标志着两校在计算机"
        "应用技术专业、“创业讲堂”海外课堂、学生职业生涯规划等方面合作的正式启动。"
    )
    cap = "劳赐铭书记与美国犹他谷大学校长Matthew Holland签署《合作协议谅解备忘录》"
    c = clean("\n".join([BODY1, para, cap, BODY2]))
    assert c.text.splitlines() == [BODY1, para, BODY2]
    assert [x.rule for x in c.changes if x.line_no == 3] == ["image_caption"]
    # negatives: a short sub-heading naming what the story said (f11,
    # http://www.tcsvs.js.cn/info/1018/1153.htm), a label on a colon, the page's last line
    sub = "推进现代学徒制人才培养"
    para2 = "学校深化校企合作,推进现代学徒制人才培养,与三十余家企业共建实训基地。"
    c = clean("\n".join([BODY1, para2, sub, BODY2]))
    assert sub in c.text.splitlines()
    c = clean("\n".join([BODY1, para, cap + ":", BODY2]))
    assert cap + ":" in c.text.splitlines()
    c = clean("\n".join([BODY1, para, cap]))
    assert cap in c.text.splitlines()


def test_a_caption_printed_again_as_a_photos_title_or_pointing_at_the_photo_goes():
    # cc13, http://49.213.3.36/doc/93_18931_105084110_1.html:
    # the caption with a full stop above the story, again without one under its lead
    cap = "杭州科技职业技术学院校长许淑燕、台湾东南科技大学副校长董益吾共同为毕业生颁发毕业证书和赴台研修证书"
    lead = (
        "中评社北京5月29日电/5月22日,杭州科技职业技术学院2018届建筑设备工程技术两岸合作班毕业典礼在陶研馆"
        "报告厅举行。"
    )
    c = clean("\n".join(["两岸合作班毕业生毕业 冀为两岸交流做贡献", cap + "。", lead, cap, BODY2]))
    assert c.text.splitlines() == ["两岸合作班毕业生毕业 冀为两岸交流做贡献", lead, BODY2]
    # negative: a lead sentence a photo's title quotes with no paragraph between stays
    c = clean("\n".join(["两岸合作班毕业生毕业 冀为两岸交流做贡献", cap + "。", cap, lead]))
    assert cap + "。" in c.text.splitlines()
    # dd14, http://www.epochtimes.com.tw/n249245/ (僑委會推教育新南向…): a sentence pointing at the photo, twice in a row
    pic = (
        "僑務委員會委員長吳新興(圖)表示,政府放寬參與「3+4僑生技職專班」的學校數量,並積極在東南國家招生,"
        "技職僑生來台不僅人數提升,僑生來源國也逐漸增加。(中央社)"
    )
    c = clean("\n".join(["僑委會推教育新南向 技職僑生來台逾千", pic, pic, BODY1, BODY2]))
    assert c.text.splitlines()[1:] == [BODY1, BODY2]


def test_captions_of_gifts_and_signatures_between_paragraphs():
    # dd13, https://m.027art.com/fujianzhuanke/HTML/9932096.html
    gift = "澳门教育暨青年发展局高等教育厅黄嘉祺厅长向吴滨如校长赠送纪念礼品"
    # cc18, https://www.lnmtc.com/index.php?c=show&id=602
    wall = "毕业生在签名墙上签名"
    c = clean("\n".join([BODY1, gift, BODY2, wall, BODY3]))
    assert c.text.splitlines() == [BODY1, BODY2, BODY3]
    # negative: a sentence telling the gift stays, and so does a sub-heading on gifts
    told = "黄嘉祺厅长向吴滨如校长赠送纪念礼品。"
    c = clean("\n".join([BODY1, told, BODY2, "纪念礼品的由来", BODY3]))
    assert told in c.text.splitlines() and "纪念礼品的由来" in c.text.splitlines()


def test_a_run_of_short_labels_between_paragraphs_is_a_row_of_photo_captions():
    # z15, https://sdlzsk.com/hhts/info/1002/29721.html
    lead = "8月9日,我校2023年第二批面向社会的职业技能等级认定工作顺利举行。"
    labels = ["考生入场", "查验考生信息", "实操考试现场", "现场评分"]
    after = "本次认定严格按照人力资源和社会保障部门有关职业技能等级认定组考工作要求进行,考评全程严格规范。"
    c = clean("\n".join([lead, *labels, after, BODY2]))
    assert c.text.splitlines() == [lead, after, BODY2]
    # negatives: items a paragraph leads into on a colon (i02's skills, introduced), and
    # two sub-headings in a row
    intro = "本届大赛共设26个赛项,包括:"
    items = ["车身涂装", "艺术插花", "中华茶艺"]
    c = clean("\n".join([lead, intro, *items, after]))
    assert c.text.splitlines()[2:5] == items
    c = clean("\n".join([lead, "考生入场", "查验考生信息", after]))
    assert "考生入场" in c.text.splitlines()


def test_a_bare_photo_credit_and_a_news_systems_unit_and_category_fields():
    # b17, https://www.bastillepost.com/macau/article/1532104 (资料图片 alone under a photo)
    assert line_rule(to_simplified("資料圖片")) == "image_caption"
    assert line_rule("资料图片显示,该校毕业生就业率逐年上升。") is None
    # s10, http://sparc.nfu.edu.tw/~epaper/45-3.html; bb19, https://bangboer.net/news/show600977.html
    assert line_rule(to_simplified("單位:秘書室")) == "header_metadata"
    assert line_rule("分类:中专专业") == "header_metadata"
    # negative: a sentence opening on 单位 is not a field
    assert line_rule("单位:各参赛学校须于5月10日前报名,逾期不予受理。") is None


def test_a_notices_signature_date_and_an_e_papers_reading_label_give_the_published_date():
    # bb05, https://www.youzy.cn/news/detail?id=679870887b2328f166e3296d
    sig = "陕西省教育厅办公室 2014年3月4日"
    assert line_rule(sig) == "header_metadata"
    meta = extract_metadata(clean("\n".join([BODY1, BODY2, sig])))
    assert str(meta["published"].date()) == "2014-03-04"
    # i12, http://xxx.xdjyb.net/html/20220926_17822.html
    meta = extract_metadata(
        clean("\n".join(["您正在阅读:2022年09月26日 -", "职业教育活动周在江南开幕", BODY1]))
    )
    assert str(meta["published"].date()) == "2022-09-26"
    # negatives: a story sentence naming an office and a date is not a signature
    meta = extract_metadata(clean("\n".join([BODY1, "会议由市教育局主持,定于2014年3月4日召开。"])))
    assert pd.isna(meta["published"])


def test_an_english_story_under_a_chinese_spam_line_keeps_its_paragraphs():
    # gg03, http://m.a3658.cn/english/2018-06/21/c_137271256.htm (a content farm's spam
    # title above a Xinhua English story)
    spam = "亚洲аv天堂无码,久久aⅴ无码一区二区三区,96免费精品视频在线观看,国产2021精品视频免费播放"
    paras = [
        "HANGZHOU, June 21 (Xinhua) -- Since 2007, 1,019 trainees from 48 African countries have "
        "been trained at Ningbo Polytechnic's campus in east China's Zhejiang Province.",
        "Among just a few vocational skill training centers for foreigners in China, Ningbo "
        "Polytechnic offers programs on port and shipping management, education, and automobile maintenance.",
        "Kamara expressed hope that in the future, Uganda will have its own vocational education "
        "system, so they can have more skilled workers of their own.",
    ]
    kept = clean("\n".join([spam, *paras])).text.splitlines()
    assert all(p in kept for p in paras)
    # negative: a Chinese story quoting one English paragraph is not an English page
    c = clean("\n".join([BODY1, BODY2, BODY3, paras[0]]))
    assert paras[0] not in c.text.splitlines()


def test_a_source_label_before_the_headline_is_cut_from_the_title():
    # gg05, http://jzl-wood.com/html/gzsy201801168831.html; gg04, http://m.hr1j.cn/baike/20230604/91086.html
    assert (
        clean("\n".join(["光明日报:服务“一带一路” 推动澜湄合作", BODY1])).title
        == "服务“一带一路” 推动澜湄合作"
    )
    got = clean(
        "\n".join(["最新資訊:蘇黔攜手譜新篇 傾力幫扶 推動高質量發展邁上新臺階", BODY1])
    ).title
    assert got == "苏黔携手谱新篇 倾力帮扶 推动高质量发展迈上新台阶"
    # negative: a speaker whose words the headline quotes stays (v08, dev)
    head = "香港都会大学林群声校长:如何推动本港职专教育发展 更好为毕业生谋出路?"
    assert clean("\n".join([head, BODY1])).title == head


def test_a_source_credit_closing_a_story_paragraph_leaves_the_line_in_the_story():
    # gg01, http://ccpd.china.com.cn/2024-10/30/content_42951737.html
    line = (
        "党委副书记郭鹏,铁道机车车辆学院、乌拉尔国际轨道交通学院、国际交流学院、城市轨道学院、"
        "创新创业学院等部门负责人、训练营参训学员代表及指导教师参加开幕式。(来源:山东职业学院)"
    )
    assert line_rule(line) is None
    # negatives: the credit alone, and a header line, are metadata
    assert line_rule("(来源:山东职业学院)") == "header_metadata"
    assert line_rule("来源:山东职业学院 2024-10-30") == "header_metadata"


def test_a_story_opening_on_clauses_closed_by_semicolons_keeps_them():
    # gg02, http://www.mxzdjyxk.cn/forum.php?mod=viewthread&tid=134449 (a forum's repost,
    # with the forum's anti-copy noise)
    opening = [
        "在东非之角,首批 24 名学生在吉布提鲁班工坊完成 3 年的学习与实践后,走上亚吉铁路的工作岗位;",
        "- h; {* B6 E% O# Z在红海之滨,从中埃合作建设的埃及职业学校里走出的年轻人,备受相关企业欢迎;",
        "% }8 ^: |8 p* L0 Z- h在高原水乡,借鉴中国减贫经验,越来越多的乌干达民众开始投身竹产业;  d/ b- ~! n+ @2 p6",
    ]
    first = (
        "能力建设工程是中国同非洲国家共同实施的九项工程之一。近年来,中非合作不断向全方位、"
        "多层次、高质量发展。"
    )
    head = "中非能力建设合作迈上新台阶(新时代中非合作)"
    c = clean("\n".join([head, "发表于 2023-6-14 20:57:08", *opening, first, BODY2]))
    assert c.text.splitlines()[1:4] == [normalize_whitespace(x) for x in opening]
    assert c.title == head
    # negative: a menu line above the story does not end on a semicolon and goes
    c = clean("\n".join([head, "首页 新闻 学院概况", first, BODY2]))
    assert "首页 新闻 学院概况" not in c.text


def test_a_story_paragraph_naming_a_platform_after_captions_is_not_a_site_blurb():
    # gg11, http://www.geely.edu.cn/show-12-1938-1.html: captions, then the story resumes
    p1 = "12月23日,浙江汽车职业技术学院与中国报道校企合作定向实践签约授牌仪式正式举行。"
    caps = [
        "校企双方代表签署合作协议",
        "中国报道授予学校“人才培养基地”",
        "学校授予中国报道“实践教育基地”",
        "学校聘任中国报道梁老师为企业导师",
    ]
    last = (
        "签约仪式结束,梁老师分享了“感恩”、“感触”、“感动”这三个意味深长的词,他鼓励同学们要利用好"
        "中国报道这个实践性平台,发挥自身的才干,并为学子们授课解惑。"
    )
    assert last in clean("\n".join([p1, *caps, last])).text
    # negative: a site's blurb after a run of headlines still ends the story
    blurb = "本网是全面、权威的职业教育信息服务与互动平台,欢迎各界投稿,共同打造公共服务平台。"
    assert blurb not in clean("\n".join([p1, *caps, blurb])).text


def test_an_adult_video_keyword_line_is_spam_and_a_headline_of_a_founding_is_no_org_name():
    # bb12, a content farm's copy of 中国西藏网 (the spam line stood above the breadcrumb)
    spam = "欧美老妇性午夜小视频_国产97最新在线视频_亚洲精品免费Ww久久_日韩三级在线成人网站"
    assert line_rule(spam) == "ad_or_spam"
    c = clean(
        "\n".join(
            [
                spam,
                "中国西藏网 > 教育",
                "西藏新成立两家职业教育集团",
                "发布时间:2021-12-08 09:54:00来源: 西藏法制报",
                BODY1,
                BODY2,
            ]
        )
    )
    assert c.title == "西藏新成立两家职业教育集团"
    # negatives: a story sentence about an online course, and a bare name of a group
    assert line_rule("学校开设的精品课程可在线观看,累计访问量超过十万人次。") is None
    assert clean("\n".join(["西藏职业教育集团", BODY1, BODY2])).title is None


def test_a_repost_printing_only_its_original_headline_has_that_headline_as_title():
    # hh04, http://m.hr1j.cn (a repost whose only headline is the 原標題 line)
    head = "原標題:魯甘兩省將共同搭建家政服務勞務協作平台"
    first = "近日,魯甘家政服務勞務對接活動暨家政服務簽約儀式在隴南舉行,兩省簽訂了勞務協作協議。"
    c = clean("\n".join(["圖集", head, first, BODY2]))
    assert c.title == "鲁甘两省将共同搭建家政服务劳务协作平台"
    # negative: under a new headline the original one stays metadata
    c = clean("\n".join(["鲁甘家政服务劳务对接活动在陇南举行", head, first, BODY2]))
    assert c.title == "鲁甘家政服务劳务对接活动在陇南举行"


def test_a_news_agency_and_its_city_under_the_headline_is_a_byline():
    # ii08, https://www.cna.com.tw (a mirror): 中央社  / 台中市 between headline and story
    assert line_rule("中央社  / 台中市") == "credit_line"
    c = clean(
        "\n".join(
            [
                "勤益科大緬甸高科技人才基地揭牌 強化產學合作",
                "中央社  / 台中市",
                "(中央社記者蘇木春台中16日電)勤益科技大學與僑委會合作設置「緬甸高科技人才培訓基地」,今天揭牌。",
                BODY2,
            ]
        )
    )
    assert c.title == "勤益科大缅甸高科技人才基地揭牌 强化产学合作"
    # negative: a headline with a slash is no byline
    assert line_rule("产学合作 / 台中市政府与科大签约") is None


def test_an_e_papers_page_and_section_label_is_no_headline():
    # jj06, a 浙江工人日报 e-paper page: 00003版:职业教育 above the story's headline
    assert line_rule("00003版:职业教育") == "navigation"
    c = clean(
        "\n".join(
            [
                "浙江工人日报 数字报纸",
                "00003版:职业教育",
                "授“鱼”又授“渔”",
                "自2021年以来,绍兴柯桥与四川峨边联手实施了蓝鹰工程、技能培训、劳务输入等多样化东西协作项目。",
            ]
        )
    )
    assert c.title == "授“鱼”又授“渔”"
    # negative: a headline opening on a number is no page label
    assert line_rule("3版面设计获全国职业院校技能大赛一等奖") is None


def test_a_caption_of_a_visit_or_a_venue_between_paragraphs_is_removed():
    # nn07 (dev), http://bpufood.cn/newsshow.php?cid=1&id=2689: the caption of a photo of
    # the visitors touring the school, between two paragraphs
    c = clean(
        "5月20日,安康市职业技术学校鄢鸣校长一行到我校交流访问。\n"
        "鄢鸣校长一行参观我校实训场所\n"
        "座谈会上,双方就专业建设、校企合作等方面进行了深入交流。"
    )
    assert "鄢鸣校长一行参观我校实训场所" not in c.text.splitlines()
    # oo06 (dev), https://www.yuntech.edu.tw/…601-mou: the venue of the signing, in
    # Traditional script
    c = clean(
        "雲林縣政府與三校今日共同簽署地方創生合作意向書。\n"
        "雲林縣政府與雲科大、虎科大及環科大等三校共同簽署MOU會場\n"
        "縣長表示,將持續推動官學合作。"
    )
    assert len(c.text.splitlines()) == 2
    # negatives: a heading about visiting and a sentence of the story stay
    c = clean("5月20日,代表团到学校交流。\n参观学习\n代表团参观了学校的实训基地和图书馆。")
    assert c.text.splitlines() == [
        "5月20日,代表团到学校交流。",
        "参观学习",
        "代表团参观了学校的实训基地和图书馆。",
    ]


def test_headlines_the_pp_and_qq_pages_printed():
    # pp04 (dev), https://devb.gov.hk/tc/home/my_blog/index_id_1538.html: a headline in
    # phrases set apart by spaces, which reads like a menu
    c = clean(
        "建業築夢 成就專業 加強人才培訓\n\n"
        "香港未來有大型基建項目陸續上馬,建造業將邁向另一個黃金期,為年輕人提供專業培訓和就業機會。\n\n"
        "發展局表示,會繼續加強人才培訓,提供更多專業培訓名額。"
    )
    assert c.title == "建业筑梦 成就专业 加强人才培训"
    # negative: a menu of sections above the same story is no headline
    c = clean(
        "首頁 新聞中心 學院概況 招生就業\n\n"
        "香港未來有大型基建項目陸續上馬,建造業將邁向另一個黃金期,為年輕人提供專業培訓和就業機會。"
    )
    assert c.title is None
    # qq01 (dev), https://nmxzy.cn/contents/425/11739.html: a visit to the school it names
    # is a headline, not the school's name alone
    c = clean(
        "俄罗斯赤塔市政府代表团到访兴安职业技术学院\n\n"
        "7月25日上午,俄罗斯赤塔市市长一行来我院走访交流,双方就合作办学进行了座谈。"
    )
    assert c.title == "俄罗斯赤塔市政府代表团到访兴安职业技术学院"
    # pp03 (dev), http://www.783735.buzz/…: a bar left behind the headline
    c = clean(
        "“綠寶石杯”第三屆全國茶藝職業技能競賽團體賽銅獎花落茶業集團 |\n"
        "9月28日,第三屆全國茶藝職業技能競賽總決賽在貴陽落下帷幕,集團代表隊獲得團體賽銅獎。"
    )
    assert c.title == "“绿宝石杯”第三届全国茶艺职业技能竞赛团体赛铜奖花落茶业集团"


def test_caption_file_name_and_page_editor_lines_are_furniture():
    from vocstudy.cleaning import line_rule

    assert (
        line_rule("图说:全国高中学生技艺竞赛成绩揭晓,中市金手奖数全国第") == "photo_caption"
    )  # pp06
    assert line_rule("IMG_257") == "image_file_name"  # qq01
    assert line_rule("页面编辑:李天赐") == "credit_line"  # qq01
    assert line_rule("Global EditionASIA 中文雙語Fran?ais") == "navigation"  # pp09
    # negatives: a story's sentence about a caption, and a model number
    assert line_rule("图说新中国成立以来职业教育的发展历程,展出照片百余幅。") is None
    assert line_rule("IMG2024智能制造产线") is None


def test_an_english_pages_headline_and_sub_heading_are_kept():
    # pp09 (dev), http://www.szjzcy.com/a/202506/18/WS6852013aa310a04af22c6e0d.html: a China
    # Daily story on a spam mirror; gg03 (dev): a Xinhua story with its column label
    para = (
        "China and Uzbekistan are expanding vocational education cooperation, with new "
        "joint workshops introduced and industry-college partnerships forged."
    )
    page = (
        "男女羞羞视频在线观看,国产精品黄色免费,麻豆91在线视频,美女被羞羞免费软件下载,国产的一级片,"
        "亚洲熟色妇,天天操夜夜摸,一区二区三区在线电影\nGlobal EditionASIA 中文雙語Fran?ais\n"
        "China\nHome / China / Society\n\nVocational education cooperation boosted with Uzbekistan\n\n"
        "By TAN YINGZI in Chongqing | China Daily | Updated: 2025-06-18 07:58\nShare\n\n"
        + para
        + "\n\n"
        + para.replace("China", "Beijing")
        + "\n\n'Strategic pillar'\n\n"
        + "\n\n".join(
            para.replace("China", p) for p in ("Chongqing", "Tashkent", "Anhui", "Ningbo")
        )
    )
    c = clean(page)
    assert c.title == "Vocational education cooperation boosted with Uzbekistan"
    assert "'Strategic pillar'" in c.text.splitlines()
    assert "Home / China / Society" not in c.text and "Share" not in c.text.splitlines()
    c = clean(
        page.replace(
            "Vocational education cooperation boosted",
            "Across China: Vocational education cooperation boosted",
        )
    )
    assert c.title == "Vocational education cooperation boosted with Uzbekistan"
    # negative: a Chinese story quoting one English sentence keeps its Chinese headline
    c = clean(
        "中乌职业教育合作交流会在重庆举行\n6月14日,中乌职业教育合作交流会在重庆举行,双方签署协议。\n"
        + para
    )
    assert c.title == "中乌职业教育合作交流会在重庆举行"


def test_english_pages_under_chinese_furniture_and_their_long_headlines():
    para = (
        "To further deepen vocational education cooperation with Africa, the vice president "
        "led a delegation to Rwanda and Tanzania from March 26 to April 2."
    )
    story = "\n\n".join([para, para.replace("Rwanda", "Kenya"), para.replace("Africa", "Asia")])
    # yh04 (dev): a college's Chinese menu and 来源/作者/时间 bar above an English story
    page = (
        "News\n首页  Home  News\n"
        "Vice President Zhang Yanping Led an Educational Delegation to Visit Rwanda and Tanzania\n"
        "来源:金华职业技术学院英文网站 作者:杨灿 时间:2024-04-05 浏览:78\n\n" + story
    )
    c = clean(page)
    assert c.title.startswith("Vice President Zhang Yanping Led")
    assert para in c.text.splitlines()
    # xd07 (dev): the line naming the college that runs the site, and two paragraphs only
    page = (
        "DKY\n北京电子科技职业学院\nBeijing Pilytechnic\n\n"
        "Teachers and students from the Singapore Institute of Technology and Education (ITE) "
        "come to the school for exchange and study\n\n"
        + para
        + "\n\n"
        + para.replace("Rwanda", "Kenya")
    )
    c = clean(page)
    assert c.title.startswith("Teachers and students from the Singapore")
    assert para in c.text.splitlines()
    # xe04 (dev): a long headline with a comma, above the first paragraph closed by a full stop;
    # wk05 (dev): a headline opening with a brand written iStudy
    head = (
        "Cambodia Regional Polytechnic Institute Techo Sen Battambang, Guizhou Vocational and "
        "Technical College of Water Resources and Hydropower jointly write a new chapter"
    )
    assert clean(head + "\n" + story).title == head
    head = "iStudy Invited to Attend the Cooperation Signing Ceremony between Two Colleges"
    assert clean(head + "\n\n" + story).title == head
    # negatives: a Chinese story quoting two English paragraphs keeps its Chinese headline and
    # loses the English lines; a first paragraph closed by a full stop is no headline
    c = clean(
        "中非职业教育合作交流会在金华举行\n4月2日,中非职业教育合作交流会在金华举行,双方签署协议。\n"
        "学院院长出席会议并致辞,介绍了学院国际合作情况。\n"
        + para
        + "\n"
        + para.replace("Rwanda", "Kenya")
    )
    assert c.title == "中非职业教育合作交流会在金华举行" and para not in c.text
    assert clean(story).title is None


def test_furniture_of_the_rr_and_ss_pages():
    from vocstudy.cleaning import line_rule

    # rr06 (dev), https://eycc.ey.gov.tw/…: a government page's print and zoom help
    assert line_rule("请利用键盘按住Ctrl + P开启列印功能") == "browser_notice"
    assert (
        line_rule("而IE7或Firefox浏览器则可利用键盘 Ctrl + (+)放大 (-)缩小来改变字型大小。")
        == "browser_notice"
    )
    # ss07 (dev), https://sabah.sinchew.com.my/…: the site's links in a row
    assert (
        line_rule(
            "Newsletter|星洲网 Newsletter 联络我们|星洲网 联络我们 登广告|星洲网 登广告 "
            "关于我们|星洲网 关于我们 活动|星洲网 活动"
        )
        == "navigation"
    )
    # ss09 (dev), https://www.gfxy.com/…: text, photo and editor credits on one line
    assert line_rule("文/图 计算机与软件学院 王勃 编辑/宣传部 郭辉") == "credit_line"
    # rr11 (dev), http://qjwb.thehour.cn/…: an e-paper's page line with the issue date
    line = "钱江晚报 杭州城事·民生 h0003 87位养老护理员技能大比武 2013-09-06 3174687 2 2013年09月06日 星期五"
    assert line_rule(line) == "header_metadata"
    from vocstudy.corpus import corpus_from_texts

    c = corpus_from_texts(
        {"d": line + "\n9月5日,杭州市87位养老护理员在市社会福利中心参加技能大比武,比拼护理技能。"}
    )
    assert c.loc["d", "published"] == pd.Timestamp("2013-09-06")
    # negatives: a story sentence naming a weekday, and one on pressing keys
    assert line_rule("9月6日是星期五,杭州举行养老护理员技能大比武。") is None
    assert line_rule("学员们练习用Ctrl + C复制文件,掌握办公软件的基本操作。") is None


def test_furniture_of_the_tt_and_uu_pages():
    # uu08 (dev), https://www.jjtc.com.cn/…: an old-browser notice and a bare link back
    assert line_rule("你正在使用旧版本浏览器。请升级浏览器以获得更好的体验。") == "browser_notice"
    assert line_rule("|返回|") == "navigation"
    # tt07 (dev): a comment board's rules, which read like sentences
    assert (
        line_rule("·请注意语言文明,尊重网络道德,并承担一切因您的行为而直接或间接引起的法律责任。")
        == "copyright_or_contact"
    )
    assert (
        line_rule("·长沙社区通管理员有权保留或删除其管辖留言中的任意非法内容。")
        == "copyright_or_contact"
    )
    # negatives: a story's sentences about browsers and going back
    assert line_rule("学生们返回学校后,继续参加实训课程,提升专业技能。") is None
    assert line_rule("老师教学员使用浏览器查找资料,掌握网络检索的基本方法。") is None


def test_furniture_of_the_zz_and_za_pages():
    # zz03 (dev), http://renlwarn.com/info/1003/20222.htm: captions of calls paid and of a
    # meeting held, as bare phrases between paragraphs (Traditional script)
    c = clean(
        "近日,學校黨委委員率團赴吉爾吉斯斯坦開展公務訪問,受到中國駐吉爾吉斯斯坦大使館熱情接待。\n"
        "拜訪中國駐吉大使館\n"
        "吉爾吉斯斯坦交通運輸部副部長介紹了該國的交通基礎設施建設情況,並希望雙方加強合作。\n"
        "在國立技術大學召開魯班工坊建設推進會\n"
        "會上,雙方就魯班工坊的建設進度和師資培訓進行了深入交流,達成多項共識。"
    )
    assert len(c.text.splitlines()) == 3
    # zz01 (dev), https://www.tjlivtc.edu.cn/…: who attended a signing, a dated caption
    c = clean(
        "2019年12月28日,两校联合团组26人飞赴埃及,完成埃及鲁班工坊的设备安装与调试等工作。\n"
        "2019年3月,天津市委常委、市委宣传部部长陈浙闽出席埃及鲁班工坊合作备忘录签字仪式\n"
        "截止12月31日,我们已高效高质量的完成了埃及两个鲁班工坊的全部建设任务。"
    )
    assert len(c.text.splitlines()) == 2
    # za10 (dev), https://mknews.com.tw/?p=733236: the browser-title copy "headline – site"
    # above the bare headline; the bare one is the title
    c = clean(
        "崑山科大赴菲辦教育展 吸引國際生赴臺深造 – 天天上新聞\n\n"
        "崑山科大赴菲辦教育展 吸引國際生赴臺深造\n\n"
        "【勁報記者于郁金/臺南報導】教育部為吸引更多優秀國際學生來台就學,崑山科技大學於近日在馬尼拉舉辦教育展。"
    )
    assert c.title == "昆山科大赴菲办教育展 吸引国际生赴台深造"
    # zz09 (dev), http://whopools.net/…: a section label, the date, a slash and the time
    c = clean(
        "8181801威尼斯被授予教育工作先进集体\n\n[校园要闻] 2021-09-09 / 16:43\n\n"
        "9月9日,黄南州召开教育发展暨教育教学工作表彰大会,学院被授予教育工作先进集体称号。"
    )
    assert extract_metadata(c)["published"] == pd.Timestamp("2021-09-09")
    # negatives: a sub-heading about visiting, a paragraph about a call paid, a headline
    # cut after its first part printed whole below, and a date with no time
    lines = [
        "5月20日,市职业教育考察团一行到学校交流访问,双方举行了座谈。",
        "拜访企业",
        "代表团拜访了当地教育局,双方就职业教育合作进行了深入交流。",
    ]
    assert clean("\n".join(lines)).text.splitlines() == lines
    c = clean("[校园要闻] 学院新闻 / 16:43\n\n9月9日,学院召开教育教学工作会议,部署新学期工作。")
    assert pd.isna(extract_metadata(c)["published"])


def test_a_headline_planning_a_school_is_no_school_name():
    # ww11 (dev): 宁波拟建第二技师学院 ends in a school's head noun but plans one
    page = (
        "宁波拟建第二技师学院\n\n首页 > 教育新闻 > 新闻阅读存档/2012-05-02 / 加入收藏 / 阅读 [打印]\n\n"
        "本报讯(记者 史望颖 通讯员 毛春来)日前,浙江省技师学院设置评议专家组就宁波第二高级技工学校创建"
        "宁波第二技师学院工作展开全面评估。"
    )
    assert clean(page).title == "宁波拟建第二技师学院"
    # negative: the school's name alone above the story is a byline, not a headline
    assert clean(page.replace("宁波拟建第二技师学院\n", "宁波第二技师学院\n", 1)).title is None


def test_furniture_of_the_zb_and_zc_pages():
    story = "7月18日,中航国际在肯尼亚东部城市蒙巴萨向肯尼亚教育部交付一批教学设备,支持当地职业教育发展。"
    second = "当天,货物交接仪式在蒙巴萨一所职业院校举行。货物包括机电一体化设备、焊接设备、汽车维修设备等。"
    # zb03 (dev), https://www.lcdaily.cn/…: an e-paper's issue line and submission address,
    # then the story pasted again and cut by the page's end
    lines = [
        story,
        second,
        "返回",
        "2025年07月08日  第7642期 往期报纸>>",
        "在线投稿:ynlcrbs@126.com",
        story,
        second[:30],
    ]
    assert clean("\n".join(lines)).text.splitlines() == [story, second]
    # zc02 (dev), https://www.tjmc.edu.cn/info/1066/12085.htm: a bilingual page's label
    c = clean(
        "9月1日,《中国日报》刊发文章,报道乌兹别克斯坦鲁班工坊的建设成效。\n"
        "Uzbekistan Luban Workshop was established through a collaboration.\n中文:\n"
        "乌兹别克斯坦鲁班工坊由天津海运职业学院与塔什干国立交通大学合作建立。"
    )
    assert "中文:" not in c.text
    # zb07 (dev), http://m.gzhdxm.com/…: a betting site's keywords before the headline and
    # its keyword list under the story
    c = clean(
        "‘外围买球app十大排名榜推荐’湖北汉南建武汉职教园区将有6至8所院校入驻\n\n"
        "记者从汉南区获悉,武汉职教园区正在建设,将有6至8所院校入驻,预计明年投入使用。\n"
        "本文关键词:十大靠谱外围买球网站,十大靠谱外围买球网站排行榜前十名推荐,外围买球app十大排名榜推荐"
    )
    assert c.title == "湖北汉南建武汉职教园区将有6至8所院校入驻"
    assert "本文关键词" not in c.text
    # zb02 (dev), http://lvyou.jingxi.net/…: a forum post's date (发于)
    c = clean(
        "越南学生在靖西学汉语\n\n发于2017-06-23 我有话说评论\n\n"
        "越南高平省每年都向靖西职业技术学校派出50名左右的对外汉语培训学员来学习。"
    )
    assert extract_metadata(c)["published"] == pd.Timestamp("2017-06-23")
    # negatives: a story's sentence naming an e-mail address and a quoted headline
    body = (
        "学校开通了职业教育咨询邮箱zhijiao@school.edu.cn,方便家长和学生了解招生政策与专业设置情况。"
    )
    assert clean(body).text == body
    c = clean(
        "“技能中国行”走进湖北 职业院校学子展风采\n\n"
        "5月20日,“技能中国行”活动在武汉举行,来自全省职业院校的学生展示了技能成果。"
    )
    assert c.title == "“技能中国行”走进湖北 职业院校学子展风采"


def _story_kept_alone(story: str, line: str) -> bool:
    """Whether cleaning a story paragraph with ``line`` under it keeps the paragraph only."""
    return clean(story + "\n" + line).text.splitlines() == [story]


def test_furniture_of_the_zd_and_ze_pages():
    # zd06 (dev), https://penghudaily.blogspot.com/…: a paper saying what it offers above
    # a 熱門文章 box, then the headline straight above the story, with no date line
    page = (
        "澎湖日報提供澎湖每日在地新聞、時事專欄評論、縣政新聞、專題報導、旅遊動態報導、夾報、印刷服務等!\n\n"
        "自動輪播廣告(右)橫式1欄\n熱門文章\n\n"
        "全國海事水產類學生技藝競賽 澎水團體職種奪3冠\n\n"
        "【記者嚴光澎報導】111年海類水產類學生技藝競賽在國立東港海事進行三天的比賽,來自全國7校130位選手爭取金手獎。\n\n"
        "顏嘉禾校長表示,澎湖海事展現訓練成果的時刻;四方好手切磋交流、師長們交換彼此專業。"
    )
    c = clean(page)
    assert c.title == "全国海事水产类学生技艺竞赛 澎水团体职种夺3冠"
    assert (
        len(c.text.splitlines()) == 3 and "印刷服务" not in c.text
    )  # the headline, two paragraphs
    # ze03 (dev), https://m.0jhouse.com/news/1005.html: a betting site's name before a dot;
    # ze08 (dev), https://www.tabc.org.tw/…: a forwarded notice's label
    assert (
        clean(
            "星空体育APP下载·中德双元制职业教育产业园在江苏太仓成立\n\n"
            "5月30日,中德双元制职业教育产业园成立大会在太仓举行,来自两国的企业和院校代表出席。"
        ).title
        == "中德双元制职业教育产业园在江苏太仓成立"
    )
    assert (
        clean(
            "轉知訊息:有關僑務委員會「僑生人才大聯盟」計畫一案\n\n"
            "僑務委員會為協助僑生在臺就業,推動「僑生人才大聯盟」計畫,邀請各校及企業參與。"
        ).title
        == "有关侨务委员会「侨生人才大联盟」计划一案"
    )
    story = "6月12日,平顶山工业职业技术学院海外分校巴基斯坦乌金学院揭牌成立,标志着该校国际化办学迈出新步伐。"
    furniture = [
        "【原载《中国教育新闻网》】",  # zd03 (dev), https://www.pzxy.edu.cn/…
        "声明:文章仅代表作者观点,不代表本站立场",  # zd07 (dev), http://www.jjchem.net/…
        "zs44915623 發表在 痞客邦 留言(0) 人氣()",  # zd08 (dev), http://zs44915623.pixnet.net/…
        "·凡注明来源为“海口网”的所有文字、图片、音视频、美术设计等作品,版权均属海口网所有。",  # ze04 (dev)
        # ze06 (dev), http://m.hokaitech.com/…: a content farm's index of names between bars
        "主站蜘蛛池模板: 理塘县| 固始县| 云南省| 临城县| 广安市| 乌兰察布市| 山东| 清水县| 盘锦市| 聊城市",
    ]
    for line in furniture:
        assert _story_kept_alone(story, line), line
    # zd10 (dev), http://www.zjkszjzx.com/…, ze10 (dev), https://cqics.cn/…: photo captions
    # between paragraphs
    second = "随后,考察团一行与学校领导进行座谈,就职业教育合作和专业建设等方面深入交流。"
    for caption in [
        "张庆伟省长与我校学生亲切交谈",
        "张庆伟省长观看我校商行班专业同学技能演练",
        "参观学校智能制造公共实训基地",
    ]:
        assert clean("\n".join([story, caption, second])).text.splitlines() == [story, second], (
            caption
        )
    # negatives: a sub-heading about visiting, a ranking table's rows, and a story line
    # stating a statement
    lines = [story, "参观学习", second]
    assert clean("\n".join(lines)).text.splitlines() == lines
    table = [
        "排名 | 高校名称 | 得分 | 等级 | 地区 | 地区序 | 类型 | 类型序 | 学校数 |",
        "| 1 | 深圳职业技术大学 | 100 | 5★ | 广东 | 1 | 综合 | 1 | 51 |",
    ]
    assert all(line_rule(x) is None for x in table)


def test_a_betting_sites_name_quoted_after_the_headline_is_cut():
    # zf05 (dev), http://dqnq.net/rongyuzizhi/232.html
    c = clean(
        "南丰县委县政府加大职业学校校园建设力度“九游会·j9官方网站”\n\n"
        "2010年6月,南丰县委副书记、县长在县委常委的陪同下,来到南丰职业学校视察校园建设情况。"
    )
    assert c.title == "南丰县委县政府加大职业学校校园建设力度"
    # negative: a campaign's name quoted at a headline's end stays
    c = clean(
        "学校举办“技能中国行”活动\n\n5月20日,学校举办“技能中国行”活动,来自全省职业院校的学生展示了技能成果。"
    )
    assert c.title == "学校举办“技能中国行”活动"


def test_furniture_of_the_zh_and_zi_pages():
    story = "6月25日上午,河南省第一届职业技能大赛在郑州奥林匹克体育中心正式开幕,来自全省18个代表团的选手参赛。"
    furniture = [
        "【编译:木合塔尔·木拉提】",  # zh03 (dev), https://cn.inform.kz/…
        "坦桑尼亚认证中国服务中心|PVOC认证|COC认证's Archivers",  # zh04 (dev), a blog's archive title
        "热点标签:章子怡 春运 郭德纲 315 明星代言",  # zh09 (dev), https://news.sohu.com/…
        "大灰狠 发表于 17-7-2015 10:55:12",  # zi03 (dev), a forum's poster line
        "本篇内容为转载/翻译内容,仅代表原文作者或原媒体观点,不代表本平台立场",  # zi03 (dev)
        "顶端新闻·河南商报记者 魏敏",  # zi07 (dev), https://shangbw.com/…
    ]
    for line in furniture:
        assert _story_kept_alone(story, line), line
    # zi07 (dev): the summary box above the story
    assert (
        line_rule(
            "核心提示:顶端新闻河南商报记者 魏敏6月25日上午,河南省第一届职业技能大赛在郑州开幕。"
        )
        == "lead_teaser"
    )
    # zh07 (dev), http://phsea.net/…: a date label glued to the headline
    c = clean(
        "「在地時尚海洋風手作飾品班」成果豐碩 發布日期:2014-06-20\n\n"
        "县府为提升县民就业或创业机会,委托澎湖县菊岛智库协会为失业者开办手作饰品班,20日上午举行结业式。"
    )
    assert c.title == "「在地时尚海洋风手作饰品班」成果丰硕"
    assert extract_metadata(c)["published"] == pd.Timestamp("2014-06-20")
    # zi11 (dev), http://www.xxszxw.net/…: a news site's education column before a bar
    c = clean(
        "中新教育 | 广西大力推进职业教育 力求“一技在手,一生无忧”\n\n"
        "5月20日,广西2024年职业教育活动周启动仪式在南宁举行,来自全区的职业院校代表参加。"
    )
    assert c.title == "广西大力推进职业教育 力求“一技在手,一生无忧”"
    # negatives: a story line quoting a reporter, and a headline about a school's archives
    line = "记者了解到,学校档案馆收藏了建校以来的各类资料,供师生查阅。"
    assert clean(story + "\n" + line).text.splitlines() == [story, line]


def test_a_short_caption_placing_one_person_is_boilerplate():
    # zm03 (dev), http://bostonorange.blogspot.com/2016/12/blog-post_16.html: numbered
    # captions over two lines, and zj06 (dev): 吴锦(中)听取许小兰办学特色的汇报
    assert line_rule("海青班中南區畢典3:僑務委員會委員長吳新興(中)參觀海青班") == "photo_caption"
    assert line_rule("海青班中南區畢典1:僑務委員會委員長吳新興(第二排中)與") == "photo_caption"
    assert line_rule("靜態成果展,由海青班同學(左)介紹學習成果。") == "photo_caption"
    assert line_rule("吴锦(中)听取许小兰办学特色的汇报") == "photo_caption"
    # negatives: the person quoted, a dateline's lead, and two sentences
    assert line_rule("校长王五(左)表示,学校将与企业共建实训基地,推动产教融合。") is None
    assert line_rule("本报讯 校长王五(左)与企业代表签署协议") is None
    assert line_rule("校长王五(左)出席会议。会上,双方签署了合作协议。") is None


def test_a_blog_post_date_month_first_dates_the_page():
    # zm03 (dev): Blogger prints the post's date as 星期五, 12月 16, 2016
    body = "僑務委員會委員長吳新興16日出席第34期海外青年技術訓練班中南區聯合畢業典禮,期許畢業生學以致用。"
    from vocstudy.corpus import corpus_from_texts

    c = corpus_from_texts(
        {"blog": "網頁\n\n星期五, 12月 16, 2016\n\n海青班中南區畢典 吳新興祝福畢業生\n\n" + body}
    )
    assert c.loc["blog", "published"] == pd.Timestamp("2016-12-16")
    assert "12月 16" not in c.loc["blog", "text"]
    # negative: a story sentence with a month and a day stays
    assert line_rule("12月 16, 2016年共有百名学员结业。") is None


def test_the_medium_before_a_bar_and_a_repost_credit_give_the_headline():
    story = "近年来,随着新疆喀什地区对于高素质技能型人才的需求日益迫切,上海援疆团队计划在莎车县筹建职业技术学院。"
    # zl11 (dev), https://m.kankanews.com/…: 视频 | headline
    assert (
        clean("视频 | 祖祖辈辈不敢想的事儿 上海人帮忙做到了!\n\n" + story).title
        == "祖祖辈辈不敢想的事儿 上海人帮忙做到了!"
    )
    # zm06 (dev), http://shangqiu.yuduxx.com/…: no headline above the story, only in the
    # portal's repost credit under it
    body = "5月16日,我县在职教中心大礼堂举行2018年商丘市职业教育活动周现场会暨第十届中职技能大赛开幕式。"
    c = clean(
        "发布时间:2018-05-18 16:43 我要投稿\n"
        + body
        + "\n《我县举行2018年商丘市职业教育活动周现场会暨第十届"
        "中职技能大赛开幕式》由河南新闻网-豫都网提供,转载请注明出处:http://shangqiu.yuduxx.com/suixian/739830.html"
    )
    assert c.title == "我县举行2018年商丘市职业教育活动周现场会暨第十届中职技能大赛开幕式"
    assert c.text == body
    # negatives: a headline above the story wins over the credit, and a book in the story
    c = clean(
        "我县举办职教活动周\n"
        + body
        + "\n《我县举行职教活动周开幕式》由河南新闻网提供,转载请注明出处"
    )
    assert c.title == "我县举办职教活动周"
    assert (
        clean(body + "\n《职业教育法》由全国人大常委会发布,学校组织师生学习。").title
        != "职业教育法"
    )


def test_forum_sign_up_and_share_prompts_are_furniture():
    # zo05 (dev), http://www.fy168.com/thread-…: a Discuz board's prompt to guests
    assert line_rule("马上注册,结交更多好友,享用更多功能,让你轻松玩转社区。") == "forum_notice"
    assert line_rule("只需一步,快速开始") == "forum_notice"
    # zn07 (dev), http://osh.china-consulate.gov.cn/…: a share prompt left without its links
    assert line_rule("推荐给朋友:") == "share_instruction"
    # negatives: story sentences with the same words
    assert line_rule("只需一步,就能完成报名。") is None
    assert line_rule("学校将优秀毕业生推荐给朋友企业。") is None


def test_a_list_a_paragraph_leads_into_on_a_colon_is_the_story():
    # zo08 (dev), https://zhejiang.010b.com/…: numbered items under a paragraph ending on a
    # colon, then the next heading of the story's outline
    lines = [
        "浙江省探索企校双师联合培养新模式",
        "在推进制造业高质量发展和招商引资战略背景下,浙江省率先启动企业新型学徒制试点,覆盖重点产业。",
        "区别于传统职业培训,该制度采用企校双师带徒机制,院校教师侧重理论教学。培养周期设置为1-2年,采用弹性学制安排:",
        "1.生产线现场教学占比不低于60%,重点强化设备操作",
        "2.理论课程设置突出行业前沿技术,包含电缆材料学",
        "3.建立学分银行制度,学员通过技能等级认证可折算学分",
        "三、质量评估体系保障培养实效性",
    ]
    rules, title = classify_lines(lines)
    assert title == 0 and rules[3:] == [None] * 4
    # negative: the same items under a paragraph closed by a full stop end the story
    lines[2] = (
        "区别于传统职业培训,该制度采用企校双师带徒机制,院校教师侧重理论教学,培养周期为1-2年。"
    )
    rules, _ = classify_lines(lines)
    assert rules[3:] == ["after_article_end"] * 4


def test_a_caption_glued_before_a_paragraph_is_cut_off():
    # zn03 (dev), http://www.aimeixin.net/24073.html
    story = "当日,青海工匠学院揭牌仪式暨劳模工匠进校园活动在青海职业技术大学举行。"
    c = clean("青海工匠学院揭牌\n图为揭牌仪式现场。孙睿 摄  " + story)
    assert c.text.splitlines() == ["青海工匠学院揭牌", story]
    assert [ch.rule for ch in c.changes if ch.rule == "photo_caption"] == ["photo_caption"]
    # negatives: a caption on its own line, and a caption with a short remark after it
    assert clean("青海工匠学院揭牌\n图为揭牌仪式现场。孙睿 摄\n" + story).text.splitlines() == [
        "青海工匠学院揭牌",
        story,
    ]
    c = clean("青海工匠学院揭牌\n" + story + "\n图为揭牌仪式现场。孙睿 摄  嘉宾合影")
    assert c.text.splitlines() == ["青海工匠学院揭牌", story]
    assert not [ch for ch in c.changes if ch.rule == "photo_caption"]


def test_a_site_after_a_dash_and_slashed_photo_credits_are_not_the_story():
    story = (
        "新华社塔那那利佛2月18日电 马达加斯加鲁班工坊揭牌仪式18日在马达加斯加首都塔那那利佛举行。"
    )
    # zp03 (dev), https://a62530.com/…: a portal mirror's name after a dash, its home page too
    c = clean(
        "马达加斯加鲁班工坊举行揭牌仪式——诸暨网-凯发官网首页\n发布时间:2022-02-19 13:42:44\n"
        + story
    )
    assert c.title == "马达加斯加鲁班工坊举行揭牌仪式"
    # zq06 (dev), https://www.fcu.edu.tw/…, and zq07 (dev), https://colamg.com/…
    assert (
        line_rule(
            "僑委會張富美委員長(左)頒贈「推動僑教有功單位」獎章,由劉校長代表接受。(攝影/王惠娟)"
        )
        == "photo_caption"
    )
    assert (
        line_rule(
            "僑委會舉辦2020年產學攜手合作僑生專班成果博覽會,展現僑生在臺學習成效。(龍華科大提供/李侑珊臺北傳真)"
        )
        == "photo_caption"
    )
    # zp07 (dev), https://xxgk.stiei.edu.cn/…: a school page's credit after the last sentence
    line = "此次交流洽谈取得良好的成效,为今后双方开展国际合作与交流奠定了基础。(图/文:章亚芳 供稿单位:校办(国交中心))"
    assert (
        strip_inline_credits(line)
        == "此次交流洽谈取得良好的成效,为今后双方开展国际合作与交流奠定了基础。"
    )
    # negatives: a deck after a dash, a reporter's slashed byline, a credit inside a sentence
    assert (
        clean("职业教育的春天——访全国人大代表王五\n" + story).title
        == "职业教育的春天——访全国人大代表王五"
    )
    assert line_rule("学校举行开学典礼,新生代表发言。(记者/王五)") is None
    assert (
        strip_inline_credits("学院与企业签约(文:王五)并举行仪式")
        == "学院与企业签约(文:王五)并举行仪式"
    )


def test_the_story_opening_cut_short_above_it_is_a_teaser():
    # zq05 (dev), http://tz.sjfzxm.com/…: the first paragraph's start, cut, under the headline
    head = "浙江纺织服装职业技术学院在罗马尼亚创办中罗丝路工匠学院"
    story = (
        "昨天,从浙江纺织服装职业技术学院传来消息,该校与罗马尼亚胡内多阿拉省国立杨库学校合作开办的"
        "中罗丝路工匠学院日前在胡内多阿拉市成立。"
    )
    c = clean(f"当前位置:童装天地 > 即时新闻 > 浙江纺织服装\n{head}\n  {story[:40]}\n\n  {story}")
    assert c.title == head
    assert c.text.splitlines() == [head, story]
    # negative: a headline the story happens to begin with is still the headline
    c = clean(
        "中罗丝路工匠学院成立\n中罗丝路工匠学院成立大会昨天在胡内多阿拉市举行,两校签署合作协议。"
    )
    assert c.title == "中罗丝路工匠学院成立"


def test_a_wire_dateline_and_its_column_before_the_headline_are_cut():
    story = "印尼学生在鲁班工坊学习中国职业技术,毕业后进入中资企业工作,成为当地的技术骨干。"
    # zr04 (dev), buenomex.com (a Xinhua feature): 新华社雅加达4月11日电 特写|headline
    c = clean(
        "新华社雅加达4月11日电 特写|中印尼职业教育合作助力印尼学子圆梦\n新华社记者陶方伟\n" + story
    )
    assert c.title == "中印尼职业教育合作助力印尼学子圆梦"
    # bb18 (dev): the wire's column 心相近| after the dateline
    c = clean(
        "新华社北京9月7日电 心相近|为非洲现代化培育英才,鲁班工坊在行动\n新华社记者赵嫣 刘方强\n"
        + story
    )
    assert c.title == "为非洲现代化培育英才,鲁班工坊在行动"
    # the column is cut with no dateline too, as a short column before a long headline
    # (ss03); negatives: a column before a short headline, a wire's own name
    c = clean("心相近|为非洲现代化培育英才,鲁班工坊在行动\n新华社记者赵嫣 刘方强\n" + story)
    assert c.title == "为非洲现代化培育英才,鲁班工坊在行动"
    c = clean("心相近|鲁班工坊在行动\n新华社记者赵嫣 刘方强\n" + story)
    assert c.title == "心相近|鲁班工坊在行动"
    from vocstudy.cleaning import _title_trims

    assert _title_trims("新华网评:职业教育大有可为") == []


def test_footer_fields_an_outlet_credit_and_a_headline_glued_to_the_dateline():
    # zu09 (dev), http://www.igdzc.com/…, and zt07 (dev), heilongjiang.chinagdp.org: footers
    assert (
        line_rule("联系邮箱:85 572 98@qq.com 法律支持:广东海新律师事务所 刘海涛 律师")
        == "copyright_or_contact"
    )
    assert line_rule("单位名称:北京中政国宏社会经济咨询中心") == "copyright_or_contact"
    # zu07 (dev), http://www.wnxia.top/…: the outlet and the photographer after a caption
    assert line_rule("活动现场,江西省教育厅副厅长刘小强致辞。新华网 王晓震 摄") == "photo_caption"
    # ... and its headline, printed twice and then glued to the story's dateline, is the
    # headline, not a teaser cut from the story
    head = "赓续“天工”文脉 聚力“赣教出海”——江西高水平推进教育对外开放"
    story = "新华网南昌6月27日电(王晓震)6月27日,江西“天工学院”联盟成立大会暨“赣教出海”工作研讨会在南昌举行。"
    assert clean(f"{head}\n{head}\n{head}{story}").title == head
    # negatives: a sentence about a unit's name, a story sentence with a photographer's word
    assert line_rule("学校设立单位名称变更办公室。") is None
    assert line_rule("记者在现场看到,摄影爱好者们纷纷举起相机。") is None


def test_reading_time_and_magazine_credit_lines_are_furniture():
    # zy10 (dev), a content farm: a word count and reading time above the story
    assert line_rule("本篇文章234字,读完约1分钟") == "header_metadata"
    assert line_rule("全文共2,345字,阅读大约需要6分钟") == "header_metadata"
    assert line_rule("预计阅读时间:5分钟") == "header_metadata"
    # zx06 (dev), a Taiwan magazine site: the issue a story is taken from
    assert line_rule("本文出自 2017 / 2月號雜誌 偷學成功者的運動筆記") == "header_metadata"
    assert line_rule("本文摘自《职业教育研究》2020年第3期") == "header_metadata"
    # negatives: story sentences with the same words
    assert line_rule("学生每天阅读时间约30分钟,读完了十本书。") is None
    assert line_rule("本文出自一位职校教师多年的教学实践,讲述了学徒制的经验。") is None


def test_an_english_date_line_and_a_title_field_under_the_story():
    # zy01 (dev), an English page: the site's name and "Updated on" date under the headline
    page = (
        "The first Luban workshop built by our province in Russia was unveiled\n\n"
        "Mondo International Updated on 2024-02-21\n\n"
        "A few days ago, the reporter learned from the Provincial Department of Education that "
        "the signing ceremony was held recently."
    )
    from vocstudy.corpus import corpus_from_texts

    c = corpus_from_texts({"en": page})
    assert (
        c.loc["en", "title"]
        == "The first Luban workshop built by our province in Russia was unveiled"
    )
    assert c.loc["en", "published"] == pd.Timestamp("2024-02-21")
    assert "Updated on" not in c.loc["en", "text"]
    # zy10 (dev): the headline given only as a 标题: field under the story
    body = "据《劳动日报》报道:昨天,在上海科技馆,一场别开生面的技能秀精彩上演,工匠们走上舞台。"
    c = clean(
        "本篇文章234字,读完约1分钟\n\n"
        + body
        + "\n\n来源:上海热线新闻网\n\n标题:黄浦区年培训各类技术人才达4.5万之多"
    )
    assert c.title == "黄浦区年培训各类技术人才达4.5万之多"
    # negative: a headline above the story wins over a field line below it
    c = clean("黄浦区举办技能秀\n\n" + body + "\n\n标题:黄浦区年培训各类技术人才达4.5万之多")
    assert c.title == "黄浦区举办技能秀"


def test_a_paper_dateline_with_the_date_before_the_place_dates_the_page():
    # zx04 (dev), a Myanmar Chinese site: 2021年12月9日内比都讯: under the headline
    from vocstudy.corpus import corpus_from_texts

    story = "2021年12月9日内比都讯:“第二号机械培训学校举行升级项目启动仪式。”今天缅甸纸媒都报道了该消息。"
    c = corpus_from_texts({"mm": "中国大力支持缅甸职技教育\n胞波网\n" + story})
    assert c.loc["mm", "published"] == pd.Timestamp("2021-12-09")
    c = corpus_from_texts({"mm": "职教新闻\n\n" + story})
    assert c.loc["mm", "published"] == pd.Timestamp("2021-12-09")
    # negative: a story that merely opens on a date has no dateline
    c = corpus_from_texts(
        {"d": "学校新闻\n\n2021年12月9日,我校举行技能大赛开幕式,师生三百余人参加。"}
    )
    assert pd.isna(c.loc["d", "published"])
    # wx07 (dev): a foreign agency's dateline in translation - the place, a comma, the date,
    # the agency in brackets and a dash; negative: a place and a date opening a sentence
    story = "帝力,2025年6月4日(TATOLI)-政府通过教育部与印度尼西亚职业技术中等教育主任共同讨论了两个基本支柱。"
    c = corpus_from_texts({"tl": "东帝汶加强职业技术教育\n\n" + story})
    assert c.loc["tl", "published"] == pd.Timestamp("2025-06-04")
    c = corpus_from_texts({"d": "学校新闻\n\n南宁,2025年6月4日,学校举行技能大赛开幕式。"})
    assert pd.isna(c.loc["d", "published"])


def test_a_labelled_day_first_date_dates_the_page():
    # yb01 (dev), a Hong Kong press release: 發佈日期:26/8/2020 (day/month/year)
    from vocstudy.corpus import corpus_from_texts

    body = "僱員再培訓局宣布於2020年9月1日起分階段有秩序恢復面授課堂,為保障學員健康,培訓機構須做好防疫措施。"
    c = corpus_from_texts({"hk": "新聞稿\n\n" + body + "\n\n發佈日期:26/8/2020"})
    assert c.loc["hk", "published"] == pd.Timestamp("2020-08-26")
    # negative: month first where the first number can be a month stays month/day/year
    c = corpus_from_texts({"us": "新闻\n\n" + body + "\n\n发布日期:10/17/2016"})
    assert c.loc["us", "published"] == pd.Timestamp("2016-10-17")


def test_a_wire_features_title_label_after_its_dateline_is_cut():
    # yc04 (dev), a China News Service copy: 中新网南宁9月16日电 题:…
    page = (
        "中新网南宁9月16日电 题:东盟职业教育学者盼中国帮助培训更多职业技能人才\n作者 王以照 王怀玉 陈梅\n"
        "东盟国家和国际组织的学者与官员16日接受采访时表示,中国职业教育的技术技能培训经验值得借鉴。"
    )
    assert clean(page).title == "东盟职业教育学者盼中国帮助培训更多职业技能人才"
    # negative: a headline that begins with 题 as a word
    assert (
        clean(
            "题名金榜 技校学子喜获佳绩\n\n6月1日,学校举行表彰大会,表彰在技能大赛中获奖的学生。"
        ).title
        == "题名金榜 技校学子喜获佳绩"
    )


def test_a_columns_exclamation_label_and_a_unit_date_views_byline():
    # yf07 (dev), a content farm: 焦点速递!headline
    page = (
        "您的位置:首页>商业 >\n\n焦点速递!顺德牵手香港构筑大湾区职教人才培养新高地\n\n"
        "6月19日,顺德区与香港高等教育科技学院签署合作备忘录,共建职教人才培养高地。"
    )
    assert clean(page).title == "顺德牵手香港构筑大湾区职教人才培养新高地"
    # qq05 (dev): 全球今日讯!headline
    page = "全球今日讯!我省第十六届职业院校烹饪技能大赛举行\n\n3月4日,我省第十六届职业院校烹饪技能大赛在太原举行。"
    assert clean(page).title == "我省第十六届职业院校烹饪技能大赛举行"
    # negative: an exclamation inside a headline's own words
    assert (
        clean("加油!技校学子备战技能大赛\n\n6月1日,学校举行动员会,为参赛选手鼓劲。").title
        == "加油!技校学子备战技能大赛"
    )
    # yf04 (dev), a college news system: the unit, the date and the views under the headline
    from vocstudy.corpus import corpus_from_texts

    assert line_rule("重庆工商职业学院 2021-10-20 121") == "header_metadata"
    c = corpus_from_texts(
        {
            "d": "重庆工商职业学院 2021-10-20 121\n\n10月12日下午,泰国职业院校管理者能力提升高级研修项目线上开班。"
        }
    )
    assert c.loc["d", "published"] == pd.Timestamp("2021-10-20")
    # negative: a story line with a date and a number
    assert line_rule("学校于 2021-10-20 举行开学典礼,新生 121 人报到。") is None
    # wy02 (dev): the same byline the other way round - the date, the unit, the writer
    # (the story names 高级技工学校 too: the byline was taken for the headline)
    page = (
        "当前位置:首页>战线联播\n"
        "枣庄工程技师学院成功举办微山县2023年养老护理员培训结业仪式暨职业技能大赛颁奖典礼\n"
        "  2023-06-16 高级技工学校 杨瑞瑞\n\n \n"
        "        6月13日下午,微山县2023年养老护理员职业技能大赛颁奖典礼暨培训结业仪式成功举办。"
        "本次培训和技能大赛由微山县民政局主办,枣庄工程技师学院承办,微山县县委常委、副县长李丙宏,"
        "滕州高级技工学校党委书记、校长沈继章,微山县民政局和滕州高级技工学校相关负责人参加活动。"
    )
    c = corpus_from_texts({"d": page})
    assert c.loc["d", "published"] == pd.Timestamp("2023-06-16")
    assert c.loc["d", "title"] == (
        "枣庄工程技师学院成功举办微山县2023年养老护理员培训结业仪式暨职业技能大赛颁奖典礼"
    )
    # negatives: more words after the date are a line of the story
    assert line_rule("2023-06-16 学校 举行 结业 仪式") is None
    assert line_rule("2023-06-16 高级技工学校举行养老护理员培训结业仪式,学员参加。") is None


def test_a_column_before_the_stroke_a_document_number_and_browser_advice():
    # yg08 (dev), dd13, zp10: a column's name before 丨 (U+4E28, printed as a bar)
    page = "双城记丨广西&仰光:一座“工坊”,成就双向奔赴的佳话\n\n广西职业教育出海,在广西和仰光省两座友城之间架起友谊之桥。"
    assert clean(page).title == "广西&仰光:一座“工坊”,成就双向奔赴的佳话"
    # negative: a headline without the stroke keeps its words
    assert (
        clean("广西职校走进仰光\n\n广西职业教育出海,在广西和仰光省两座友城之间架起友谊之桥。").title
        == "广西职校走进仰光"
    )
    # yh07 (dev), a city bureau's notice: its document number on its own line
    assert line_rule("榕教职成〔2020〕23号") == "header_metadata"
    assert line_rule("教职成[2019]13号") == "header_metadata"
    # yg03 (dev), a government portal: the site's browser advice
    assert line_rule("本网站建议IE10浏览器") == "browser_notice"
    # negatives: a sentence citing a document, and advice in the story
    assert (
        line_rule("根据《关于公布获奖情况的通知》(榕教职成〔2020〕23号)要求,各校认真总结。") is None
    )
    assert line_rule("专家建议家长关注孩子的职业规划。") is None


def test_a_forum_print_pages_title_field_and_an_english_gloss_on_the_date_label():
    # yi03 (dev), a forum's print page: 标题: … [打印本页]
    page = (
        "赣州论坛\n\n标题: 我县举行“一村一名大学生工程”开班仪式 [打印本页]\n\n"
        "作者: x9pxb    时间: 2012-7-8 17:46:48\n\n"
        "  5月12日,我县“一村一名大学生工程”开班仪式在县进修学校举行,来自全县的50名学员参加。"
    )
    assert clean(page).title == "我县举行“一村一名大学生工程”开班仪式"
    # negative: a print link alone is still furniture
    assert line_rule("[打印本页]") is not None
    # yj05 (dev), a university centre's page: 发布时间 Release time: 2020年11月23日
    from vocstudy.corpus import corpus_from_texts

    c = corpus_from_texts(
        {
            "d": "研究中心动态\n\n发布时间 Release time: 2020年11月23日 阅读次数 Hits:\n\n"
            "11月20日,中非职业教育合作联盟会议在重庆召开,多所院校参加。"
        }
    )
    assert c.loc["d", "published"] == pd.Timestamp("2020-11-23")


def test_view_counts_publishers_previous_next_and_an_e_paper_edition_line():
    # ym03 (dev): a chamber's page - its view count is no headline
    page = (
        "商会动态\n\n会员动态丨和众之志 走向世界 “ 丝路学院 ” 成功启动\n\n中非民间商会\n"
        "新闻来源: 中非民间商会\n查看次数:1252\n\n"
        "2024年5月11日,共建“丝路学院”项目启动仪式在尼日利亚拉各斯成功举办。"
    )
    assert line_rule("查看次数:1252") == "header_metadata"
    assert clean(page).title == "和众之志 走向世界 “ 丝路学院 ” 成功启动"
    # yn02 (dev): a library record's publisher field
    assert line_rule("出版者:宜春日报社") == "header_metadata"
    # yn08 (dev): an e-paper's previous and next links
    assert line_rule("上篇:汉中擦鞋工统一着装换形象") == "navigation"
    assert line_rule("下篇:我省160辆应急车解决民工返乡难") == "navigation"
    # yn03 (dev): an e-paper's date, edition and page name give the issue date
    from vocstudy.corpus import corpus_from_texts

    assert line_rule("2011-11-08 B3版 人力资源社会保障") == "header_metadata"
    c = corpus_from_texts(
        {
            "d": "返回 11-08 读报\n图释新闻\n2011-11-08 B3版 人力资源社会保障\n\n"
            "“金蓝领”培训项目是市人力资源社会保障局加快高技能人才队伍建设的一项重要举措。"
        }
    )
    assert c.loc["d", "published"] == pd.Timestamp("2011-11-08")
    # negatives: a story line citing views, a page and an edition
    assert line_rule("该视频的查看次数已超过10万次,受到广泛关注。") is None
    assert line_rule("上篇文章我们介绍了学校的实训基地建设情况,本篇继续介绍。") is None
    assert line_rule("2011年11月8日,本报第3版刊发了学校的专题报道。") is None


def test_a_photo_news_story_after_the_mark_and_a_long_english_subheading():
    # yn03 (dev): a photo-news item's story of three sentences after ▲ is the story
    story = (
        "▲10月29—30日,全市168名学员参加了市人力资源社会保障局统一组织的技能鉴定考试。"
        "此次鉴定考试,共涉及维修电工、电焊工等六个工种。鉴定考试在日照高级技工学校举行。"
    )
    assert line_rule(story) is None
    # negative: a one-sentence caption after the mark
    assert line_rule("▲图为学员在实训车间参加技能鉴定考试。") == "photo_caption"
    # ym02 (dev): an English page's eleven-word sub-heading between two paragraphs
    para = (
        "The delegation also visited practical training classrooms in aerospace and rail "
        "transportation, and exchanged in-depth views on vocational education."
    )
    head = "Seminar on Vocational Education and Industrial Development in China and Africa"
    page = "\n".join([para, para.replace("also", "then"), head, para.replace("also", "later")])
    kept = [x for x in clean(page).text.split("\n") if x]
    assert head in kept


def test_a_lead_teaser_a_summary_box_an_english_byline_and_a_sites_name_after_a_hyphen():
    # yo01 (dev): the lead sentence printed above the paragraph that opens with it
    lead = (
        "近日,越南北江省人民委员会举行(北江)越-韩高等职业技术学校落成典礼暨2014-2015学年开学典礼。"
    )
    page = f"(北江)越-韩高等职业技术学校力争至2020年建成高质量学校\n\n{lead}\n{lead}越南劳动荣军社会部部长出席典礼。"
    assert clean(page).text.split("\n")[1:] == [lead + "越南劳动荣军社会部部长出席典礼。"]
    # yo04 (dev): a content farm's summary box whose text the story opens with
    box = "本文摘要:日前,记者从河南省政府得知,省政府办公厅发送了省教育厅等部门制订的意见。"
    story = "日前,记者从河南省政府得知,省政府办公厅发送了省教育厅等部门制订的意见,全省将加快职业教育发展。"
    page = f"河南省采取多项措施力促职业教育发展-aifa体育官方网站\n\n{box}\n\n{story}"
    cleaned = clean(page)
    assert cleaned.text.split("\n") == ["河南省采取多项措施力促职业教育发展", story]
    assert cleaned.title == "河南省采取多项措施力促职业教育发展"
    # yo03 (dev): an English byline with its date
    from vocstudy.corpus import corpus_from_texts

    assert line_rule("Author:Main News in Tibet Time:2022.06.19") == "header_metadata"
    head = "Guangdong provides skilled talent training for Linzhi"
    para = (
        "In recent years, Guangdong has vigorously supported Nyingchi to develop technical "
        "education, and introduced the teaching resources of its technician colleges."
    )
    c = corpus_from_texts(
        {"d": f"{head}\n\nAuthor:Main News in Tibet Time:2022.06.19\n\n{para}\n\n{para}\n\n{para}"}
    )
    assert c.loc["d", ["title", "published"]].tolist() == [head, pd.Timestamp("2022-06-19")]
    # negatives: a lead that is the whole paragraph once, a summary box that is all the
    # page prints (zb07), and a headline with a hyphen of its own
    assert lead in clean(f"越-韩高职学校落成\n\n{lead}\n{story}").text.split("\n")
    only = "本文摘要:进驻院校6至8所,在校学生4万至5万名,打造特色职教园区。"
    assert (
        only
        in clean(f"湖北汉南建武汉职教园区\n\n{only}\n\n2009年起,汉南区开始谋划职教园区建设。").text
    )
    assert clean(
        "湖南省-黑森州高等职业教育研讨会在长沙召开\n\n5月25日,研讨会在长沙召开,双方交流。"
    ).title == ("湖南省-黑森州高等职业教育研讨会在长沙召开")


def test_a_lottery_sites_name_and_a_caption_counting_places_in_the_photo():
    # yp08 (dev): a lottery site's name glued where the school's was
    assert line_rule("澳港宝典免费资料大全") == "ad_or_spam"
    # yp08 (dev): (主要列席领导:左二为…,左三为…,左四为…)
    caption = "(主要列席领导:左二为法兰克福大学校长马克先生,左三为长沙市副市长何寄华先生,左四为黑森州官员)"
    assert line_rule(caption) == "photo_caption"
    # negatives: a story line on data, and a sentence naming one person's place
    assert line_rule("学院建成职业教育教学资源库,提供课程资料。") is None
    assert line_rule("左二为学院院长,他在会上介绍了学院的发展情况。") is None
    # wz09 (dev): a betting site's name where a hijacked page printed its own, with the
    # counter's label left (…:次); it was taken for the headline
    assert line_rule("澳门太阳神娱乐网:次") == "ad_or_spam"
    page = "黄石学子省赛秀技能\n时间:2016-11-22\n来源:黄石日报\n澳门太阳神娱乐网:次\n" + (
        "20日,全省职业院校技能大赛落下帷幕,学院学子代表黄石出征,共斩获11个奖项。"
    )
    assert clean(page).title == "黄石学子省赛秀技能"
    # negatives: the name glued before a headline (ya06) is cut, not the line; a story line
    assert line_rule("台湾佬中文娱乐网川渝携手推动职业教育高质量发展") is None
    assert line_rule("学校开设文化娱乐网络直播课程。") is None


def test_a_caption_closed_by_its_date_and_place_and_an_english_list_paragraph():
    # yr06 (dev): …投资研讨会(2019年3月30日津巴布韦总统内阁办公大楼)
    assert line_rule("布韦政府举行经济特区投资研讨会(2019年3月30日津巴布韦总统内阁办公大楼)") == (
        "photo_caption"
    )
    # negatives: a headline dated in brackets, and a sentence with a bracketed date
    assert line_rule("学院举行2019届毕业典礼(2019年6月30日)") is None
    assert line_rule("学院在北京举行毕业典礼(2019年6月30日,北京)。") is None
    # yr08 (dev): an English page's paragraph listing its items with semicolons
    para = (
        "According to the Organizing Committee, the Workshop creates a forum for exchanging "
        "and sharing information between scientists, managers and training institutions."
    )
    items = (
        "The main contents of the Workshop include: Organizing two roundtable forums on "
        "vocational education cooperation; Launching the Vietnam - China Vocational Education "
        "Cooperation Center; Surveying Chinese enterprises in Vietnam and industrial parks"
    )
    page = "\n".join(
        [para, para.replace("creates", "opens"), para.replace("creates", "builds"), items]
    )
    assert items in clean(page).text.split("\n")


def test_a_news_column_after_a_hyphen_a_comment_count_a_guide_box_and_an_empty_editor_field():
    # ys04 (dev): …职业技能大赛-全球要闻 - the site's column after a hyphen
    page = "洛阳组团参加河南省第二届职业技能大赛-全球要闻\n时间:2023-04-25 12:06:01\n\n本届大赛由省政府主办,濮阳市政府联合承办。"
    assert clean(page).title == "洛阳组团参加河南省第二届职业技能大赛"
    # ys01 (dev): a comment widget's count
    assert line_rule("已有0人发表了评论") == "comment_form"
    # yt03 (dev): a portal's [导读] box whose text the story opens with
    box = "[导读]近日,合肥幼专119名新疆班学生在皮山县教育局带队老师的护送下抵达合肥。"
    story = (
        "近日,合肥幼专119名新疆班学生在皮山县教育局带队老师的护送下抵达合肥,学校领导到车站迎接。"
    )
    assert clean(f"合肥幼专迎来新疆班新生\n\n{box}\n\n{story}").text.split("\n") == [
        "合肥幼专迎来新疆班新生",
        story,
    ]
    # yt04 (dev): 来源: / 河南省援疆指挥部 编辑: - the source carried over, the editor empty
    assert line_rule("河南省援疆指挥部 编辑:") == "credit_line"
    # negatives: a headline naming news, a sentence about comments, an editorial office at work
    assert clean("学院举办新闻宣传培训-提升要闻\n\n学院近日举办培训。").title is not None
    assert line_rule("已有多人在会上发表了意见和评论,气氛热烈。") is None
    assert line_rule("本次会议由学院编辑部主任主持。") is None


def test_a_wire_files_code_and_a_blogs_hot_searches_label_are_furniture():
    # yz05 (dev): a CNA wire file's code above the headline, 痞客邦's 全站熱搜
    assert line_rule("lg5g3001.b27.rpt          g30") == "stray_symbols"
    assert line_rule("全站热搜") == "related_list_heading"  # 全站熱搜, converted
    # negatives: English words (left to the English-page rules) are no codes, and a
    # sentence naming hot searches is no label
    assert line_rule("The whole training is conducted in English.") != "stray_symbols"
    assert line_rule("Version 2 of the 1+X platform") != "stray_symbols"
    assert line_rule("全站热搜的话题是职业教育改革。") is None


def test_a_friends_links_heading_and_a_caption_credited_to_the_papers_correspondent():
    # xb06 (dev): a school site's 友情链接: heading
    assert line_rule("友情链接:") == "related_list_heading"
    # xc09 (dev): a caption closed by 本报通讯员 and the photographer's name
    assert line_rule("参赛选手邓政强正在切割木料。本报通讯员 金俊良 摄") == "photo_caption"
    # negatives: a sentence on links, and a dateline paragraph of the paper's own news
    assert line_rule("友情链接是网站之间交换的链接。") is None
    assert line_rule("本报讯 选手正在切割木料。本报通讯员 金俊良 摄") is None


def test_a_reviewed_and_issued_field_is_a_credit():
    # xd06 (dev): 核发:王丽娜 under a story
    assert line_rule("核发:王丽娜") == "credit_line"
    # negative: a sentence on issuing licences
    assert line_rule("核发营业执照的部门是市场监管局。") is None


def test_the_headline_printed_again_after_a_dash_under_the_story_is_a_copy():
    # xf07 (dev): ——辽宁首个…在大连建立 closing the page
    head = "辽宁首个家庭服务业实景技能培训中心在大连建立"
    story = "辽宁省首个家庭服务业技能实景培训中心在大连西岗区启动,计划每年免费培养3000人。"
    more = "据了解,通过这种订单式家庭服务专业培训,可以保证学员们毕业后直接上岗。"
    doc = clean(f"{head}\n{story}\n{more}\n——{head}")
    assert doc.title == head
    assert doc.text.split("\n") == [head, story, more]
    # negative: a paragraph opening with a dash that is no copy stays
    quote = "——这是学员们共同的心声。"
    assert clean(f"{head}\n{story}\n{quote}").text.split("\n")[-1] == quote


def test_a_photos_number_after_the_headline_and_its_alt_text_copy():
    # xi10 (dev): …在一技师院签约(图1) - the headline's photo number, and the alt text
    head = "东南汽车城产业专班在一技师院签约"
    story = "5月30日下午,福州第一技师学院与闽侯县人社局在院内举行签约仪式,开启校地合作新篇章。"
    doc = clean(f"{head}(图1)\n{story}")
    assert doc.title == head
    doc = clean(f"{head}\n日期:2022-05-31\n{head}(图1)\n{story}")
    assert doc.title == head and doc.text.split("\n") == [head, story]
    # negative: a headline ending in a bracketed figure that is no photo number
    assert clean(f"学院签约项目(第1期)\n{story}").title == "学院签约项目(第1期)"


def test_an_outdated_internet_explorer_notice_is_furniture():
    # xk04 (dev): an association's site asks IE users to upgrade
    assert line_rule("你知道你的Internet Explorer是过时了吗?") == "browser_notice"
    s = (
        "为了得到我们网站最好的体验效果,我们建议您升级到最新版本的Internet Explorer或选择另一个"
        "web浏览器.一个列表最流行的web浏览器在下面可以找到."
    )
    assert line_rule(s) == "browser_notice"
    # negatives: equipment upgraded, a company named IE
    assert line_rule("学校升级到最新的教学设备。") is None
    assert line_rule("IE是一家公司。") is None


def test_the_rest_of_a_deck_broken_over_two_lines_is_no_headline():
    # wh08 (dev, investhainan.cn): the headline, the date, then the headline printed again
    # as a kicker and a deck whose last words stand on a line of their own
    text = (
        "海南面向全球投资者的官方门户网站\n\n"
        "能力提升建设年丨海南国际经济发展局与海南外国语职业技术学院签署战略合作协议\n\n"
        "2022-11-25\n"
        "   以实际行动推动党的二十大精神落地落实\n"
        "推进职业教育品牌化特色化发展\n"
        "——海南国际经济发展局与海南外国语职业技术学院\n"
        "签署战略合作协议\n\n"
        "11月24日,海南国际经济发展局与海南外国语职业技术学院签署战略合作协议,双方将在职业外语人才"
        "培养、国际化人才交流等方面开展合作。\n"
    )
    assert _title(text) == "海南国际经济发展局与海南外国语职业技术学院签署战略合作协议"
    # negative: a menu's "-- 天氣" above the headline is no deck
    text = (
        "香港商報\n-- 天氣\n有片|「職校掌門人」聚首 解鎖大灣區產教融合新密碼\n\n"
        "12月19日,深圳中山職業技術學院舉辦大灣區職業教育論壇,各校校長聚首交流產教融合經驗。\n"
    )
    assert _title(text) == "「职校掌门人」聚首 解锁大湾区产教融合新密码"


def test_a_markdown_image_with_tags_in_its_alt_text_or_a_cut_address_is_furniture():
    # wi07 (dev, meishuziliao.com): related-image lines, the last cut by the page's end
    text = (
        "\n前天,上海市人社局为23位技能大师颁发工作室牌匾,大师们将带徒传艺,培养更多高技能人才。\n"
        "2018年新资助的大师工作室行业领域覆盖飞机维修、机器人维保、信息安全等领域。\n\n\n"
        "![“帝”形古画现身 “建文帝出亡福建宁德”添佐证[图文] “帝”形古画现身 “建文帝出亡福建宁德”添佐证[图文]]"
        "(http://zuopin.meishuziliao.com/file/zuopin_img/w2u5551sy4l.webp)\n"
        "![奇晶化妙相——“大威德金刚”水晶佛造像问世[图文] 奇晶化妙相——“大威德金刚”水晶佛造像问世[图文]]"
        "(http://zuopin.meishuziliao.com/file/z"
    )
    kept = clean(text).text
    assert "宁德" not in kept and "奇晶化妙相" not in kept
    assert "技能大师颁发工作室牌匾" in kept


def test_a_reposts_disclaimer_is_furniture():
    # wn03 (dev, a content farm): the site's disclaimer under the story
    text = (
        "首届世界职业院校技能大赛在天津开幕\n\n"
        "9月14日,首届世界职业院校技能大赛在天津开幕,来自多个国家和地区的选手参赛。\n"
        "郑重声明:此文内容为本网站转载企业宣传资讯,目的在于传播更多信息,与本站立场无关。"
        "仅供读者参考,并请自行核实相关内容\n"
    )
    kept = clean(text).text
    assert "郑重声明" not in kept and "选手参赛" in kept
    # negative: a story's own statement (声明) in a sentence is kept
    text = "学院发表声明\n\n9月14日,学院发表声明,表示将与企业共同做好学生实习保障。\n"
    assert "发表声明,表示将与企业共同做好学生实习保障" in clean(text).text


def test_a_news_sites_name_after_a_single_bar_is_cut_from_the_title():
    from vocstudy.cleaning import _title_trims

    # xu01 (dev): …纳入教学大纲|界面新闻 · 中国 - the site and its section after one bar
    got = [
        (r, a)
        for r, _, a in _title_trims("安哥拉一职业技术学院将中文课程纳入教学大纲|界面新闻 · 中国")
    ]
    assert got == [("headline_suffix", "安哥拉一职业技术学院将中文课程纳入教学大纲")]
    # negative: a headline before a bar with no site
    assert _title_trims("中国教育新闻网|学院举行技能大赛颁奖典礼活动") == []
    # ws06 (dev): a deck's dash left dangling at the end; a dash inside the headline stays
    got = [r for r in _title_trims("中德职业教育中心第六期培训结业暨颁证典礼举行 ——")]
    assert [a for _, _, a in got] == ["中德职业教育中心第六期培训结业暨颁证典礼举行"]
    assert _title_trims("匠心筑梦——职业教育新篇章") == []


# --- one line, the rule that removes it (None: kept): rules of the later rounds ---------------
# Each case is a page's own line (dev id in the comment) or the negative written beside it.
LINE_RULES = [
    # xr03: a prompt to follow a site's account by its QR code
    ("了解黔西南更多资讯,尽在亮点黔西南网微信,扫描下方二维码免费阅读。", "url_or_ad"),
    ("欢迎关注学院微信公众号,扫描下方二维码", "url_or_ad"),
    ("学院开通了微信公众号,并在招生简章上印制了报名二维码,方便考生咨询和报名。", None),
    # xt06: the editor of the first review
    ("初审编辑:李润杰 姜晖", "credit_line"),
    ("初审编辑负责把关。", None),
    # xu05: a Japanese translation under each Chinese paragraph; a Japanese brand's の
    (
        "始めに、刘子龙书记は学院指导グループの代表でご来校の方々に热烈な歓迎と衷心の感谢を表し",
        "non_chinese_line",
    ),
    ("学生们在日本の旅行社实习,学习了很多。", None),
    # xv07, xv06: a short caption opened by 图1 and a space; a sentence or a long line is not
    ("图1 对企业发展战略进行了解", "photo_caption"),
    ("圖3 參觀電芯生產線", "photo_caption"),
    ("图12是学校大门", None),
    (
        "图1 显示,近年来全省职业院校招生规模持续扩大,专业结构不断优化,服务产业能力明显增强。",
        None,
    ),
    # xy08: a paragraph closed by a bracket of credits is the story's; the bracket alone is not
    (
        "发展规划处、汽车与智能交通学院等相关部门负责人及教师参加调研交流。"
        "(发展规划处/文:王永红,图:杨硕;审核:罗志军)",
        None,
    ),
    ("(发展规划处/文:王永红,图:杨硕;审核:罗志军)", "header_metadata"),
    ("审核:罗志军", "header_metadata"),
    # ws02: a tag cloud's heading under the story; a sentence about hot words is not one
    ("相关热词:", "related_list_heading"),
    ("相关热词是什么,很多网友都在关心。", None),
    # wo10: a site's licences in its footer; a story about a licence is not one
    ("增值电信业务经营许可证 互联网新闻信息服务许可证 国际联网备案", "copyright_or_contact"),
    ("学院为毕业生办理职业资格证书和技能等级证书。", None),
]


@pytest.mark.parametrize(("line", "rule"), LINE_RULES, ids=[c[0][:20] for c in LINE_RULES])
def test_line_rules_of_the_later_rounds(line: str, rule: str | None) -> None:
    assert line_rule(line) == rule


def test_a_caption_closed_by_its_photographer_and_an_outlet_editor_line():
    # vb04 (dev): a foreign paper's Chinese page closes captions with 图片:name |
    assert (
        line_rule("劳动荣军与社会部部长阮邦全先生敲响开学鼓。图片:Thanh Nga |") == "photo_caption"
    )
    assert line_rule("省人民委员会主席向校长颁发奖状。图片:Thanh Nga") == "photo_caption"
    # vb03 (dev): the outlet and its editor on one line
    assert line_rule("千岛湖新闻网 编辑:方耀") == "credit_line"
    # negatives: a sentence naming a picture's source; an editor named inside a story line
    assert line_rule("本文来源于图片:新华社的报道。") is None
    assert line_rule("学校编辑:王五") is None
    assert line_rule("学校新闻网编辑部主任王五介绍了新闻网的改版情况。") is None


def test_a_date_label_with_a_space_for_its_colon():
    # vd06 (dev): 发布时间 2015-09-02 浏览 19448 次 - it was taken for the headline
    from vocstudy.corpus import corpus_from_texts

    assert line_rule("发布时间 2015-09-02 浏览 19448 次") == "header_metadata"
    page = "茶村办“夜校”茶农来“悦读”\n发布时间 2015-09-02 浏览 19448 次\n直到21时许,夜校授课结束。"
    c = corpus_from_texts({"d": page})
    assert c.loc["d", "title"] == "茶村办“夜校”茶农来“悦读”"
    assert c.loc["d", "published"] == pd.Timestamp("2015-09-02")
    # negative: a story line opening with 时间 and a date
    assert (
        line_rule("时间 2015-09-02 那天,学员们来到茶园,开始了第一堂课,气氛热烈,大家收获很多。")
        is None
    )


def test_a_quote_saying_someone_contacted_us_is_no_contact_line():
    # vd02 (dev): …就开始联系我们了 - the story's quote, not a site's 联系我们; the rest of
    # the story after it had been cut as after the article's end
    quote = (
        "“班主任老师很关心我们,还没出发的时候就开始联系我们了,到了学校老师和同学们"
        "还给我们准备了欢迎会。”活动期间,同学们你一言我一言地说到。"
    )
    assert line_rule(quote) is None
    # negatives: a footer's contact links and phone line
    assert line_rule("关于我们 | 联系我们 | 网站地图") == "copyright_or_contact"
    assert line_rule("联系电话:0574-86888888") == "copyright_or_contact"


def test_a_lead_in_ending_in_a_dash_over_the_headline():
    # ve07 (dev): 西藏大力推进农牧民转移就业—— over 学会新技能 迈向新生活
    page = (
        "西藏大力推进农牧民转移就业——\n学会新技能 迈向新生活\n本报记者 申 琳\n"
        "在西藏拉萨林周县格桑塘现代农牧产业示范园里,奶牛养殖车间的工人正忙着喂料。"
    )
    assert clean(page).title == "学会新技能 迈向新生活"
    # negative: a dash dangling after the headline with no line under it (ws06)
    page = (
        "中德职业教育中心第六期培训结业暨颁证典礼举行 ——\n\n10月16日,我校举行结业典礼,学员获证书。"
    )
    assert clean(page).title == "中德职业教育中心第六期培训结业暨颁证典礼举行"


def test_a_bulletins_distribution_lines_browser_advice_and_a_bracketed_date():
    from vocstudy.corpus import corpus_from_texts

    # vf09 (dev): a county bulletin's reporter and distribution lines
    for line in (
        "信息员:陈文",
        "抄报:地区妇联;政府县长赛力克",
        "抄送:县委信息科、县政府信息科",
        "发:各乡镇妇联",
    ):
        assert line_rule(line) == "credit_line", line
    # vf07 (dev): browser advice naming the browsers
    assert (
        line_rule("建议使用 IE9及以上版本,或 Firefox ChromeOpera等浏览器。谢谢!")
        == "browser_notice"
    )
    # vg02 (dev): the date in brackets after the site's address, before 来源:
    page = "乐山沙湾培育电商人才\nwww.gcdr.gov.cn (2026-01-23) 来源:中国组织人事报\n\n今年以来,沙湾区开展电商培训。"
    assert corpus_from_texts({"d": page}).loc["d", "published"] == pd.Timestamp("2026-01-23")
    # negatives: a label that is a word (发展:), a story line naming browsers
    assert line_rule("发展:学校三年规划") is None
    assert line_rule("学生们学会了使用 Chrome 浏览器检索资料,效率大大提高。") is None


def test_bracketed_labels_a_blog_byline_and_date_fields_date_the_page():
    from vocstudy.corpus import corpus_from_texts

    def published(page: str) -> pd.Timestamp:
        return corpus_from_texts({"d": page}).loc["d", "published"]

    story = "\n\n10月16日,我校举行技能培训结业典礼,学员获证书。"
    # wr03, xq08 (dev): the label in brackets
    page = "我校举行培训结业典礼\n发布者: [发表时间]:2020-12-03 [来源]: [浏览次数]:" + story
    assert published(page) == pd.Timestamp("2020-12-03")
    # zi10 (dev): a blog's byline
    assert published("我校举行培训结业典礼\nby admin on 2020年4月9日" + story) == pd.Timestamp(
        "2020-04-09"
    )
    # xp08 (dev): the date as the last field of a bar-separated byline
    assert published("办公室 | 2022-01-13\n我校举行培训结业典礼" + story) == pd.Timestamp(
        "2022-01-13"
    )
    # ww11 (dev): the date between slashes in a breadcrumb's tools
    page = (
        "首页 > 教育新闻 > 新闻阅读存档/2012-05-02 / 加入收藏 / 阅读 [打印]\n我校举行培训结业典礼"
        + story
    )
    assert published(page) == pd.Timestamp("2012-05-02")
    # vv05 (dev): a date line under a headline after the story, as a dash bullet
    page = "我校举行培训结业典礼。\n学员们收获很多,纷纷表示要学以致用。\n结业典礼举行\n- 2006-06-02"
    assert published(page) == pd.Timestamp("2006-06-02")
    # xc05 (dev): an e-paper's page, byline and issue date behind the headline
    page = (
        "A02\n\n湖南省第二届职业技能大赛闭幕 郴州斩获2金3银2铜 版次:A02  作者:  2025年04月19日"
        + story
    )
    c = corpus_from_texts({"d": page})
    assert c.loc["d", "title"] == "湖南省第二届职业技能大赛闭幕 郴州斩获2金3银2铜"
    assert c.loc["d", "published"] == pd.Timestamp("2025-04-19")
    # negatives: a date in a story line between slashes or after a bar; a byline in prose
    page = (
        "我校举行培训结业典礼"
        + story
        + "\n学员名单见附件/2012-05-02 /公示期五天,欢迎监督,如有异议请反映。"
    )
    assert published(page) is pd.NaT
    page = "我校举行培训结业典礼\n\n培训由王老师主讲,他说:“技能改变命运 | 2022-01-13”。" + story
    assert published(page) is pd.NaT


def test_english_day_first_and_roc_dates_in_header_lines_date_the_page():
    from vocstudy.corpus import corpus_from_texts

    def published(header: str) -> pd.Timestamp:
        page = (
            "我校举行培训结业典礼\n" + header + "\n\n10月16日,我校举行技能培训结业典礼,学员获证书。"
        )
        return corpus_from_texts({"d": page}).loc["d", "published"]

    day = pd.Timestamp
    # English dates: yy03, wi09, yo09 (dev); a forum's ctime stamp, tt05 (dev)
    assert published("Thursday, December 10, 2009") == day("2009-12-10")
    assert published("Last Updated:Oct 14, 2025 15:47 View: times") == day("2025-10-14")
    assert published("(Latest Update December 4, 2024)") == day("2024-12-04")
    assert published("時間Sun Aug 1 15:31:22 2010") == day("2010-08-01")
    # day-first with dots or dashes: kk04, ys03, zi03 (dev)
    assert published("03.05.2016 16:11") == day("2016-05-03")
    assert published("06-11-2020") == day("2020-11-06")
    assert published("大灰狠 发表于 17-7-2015 10:55:12") == day("2015-07-17")
    # a Republic-of-China date after 刊登日 (mm07), a compact date glued to a byline (gg08)
    assert published("刊登日:108/06/13") == day("2019-06-13")
    assert published("20211022文/郭文正") == day("2021-10-22")
    # negatives: an English sentence opening with a date; a ratio; a story line's date
    assert published("May 5, 2020 was a great day for the students of the school") is pd.NaT
    assert published("比分 3.5.2016 队") is pd.NaT
    assert published("学员们在2015年7月17日那天来到学校,开始培训。") is pd.NaT


def test_a_cookie_banner_broken_attributes_keyword_spam_and_a_farm_template_are_furniture():
    # vi04 (dev): an English site's cookie banner was taken for the headline
    page = (
        "Our Privacy Statement & Cookie Policy\n\nBy continuing to browse our site you agree to our "
        "use of cookies, revised Privacy Policy and Terms of Use. You can change your cookie "
        "settings through your browser.\n\nI agree\n\nKyrgyzstan's first Luban Workshop opens\n\n"
        "Kyrgyzstan's first Luban Workshop was officially inaugurated on Saturday morning. "
        "Guests at the opening ceremony included the Chinese Ambassador to Kyrgyzstan."
    )
    assert clean(page).title == "Kyrgyzstan's first Luban Workshop opens"
    # vi07 (dev): the end of a broken attribute; fields of adult keywords joined by underscores
    assert line_rule('數據來源:人力資源社會保障部">') == "html_tag"
    s = "欧美日韩国产在线观看网站_欧美日韩精品免费观看视频_日韩精品看片_91精品国产综合久久久久久"
    assert line_rule(s) == "ad_or_spam"
    # vi05 (dev): a content farm's column before the headline with a colon
    page = (
        "首頁 > 宏觀 > 正文\n\n頭條焦點:浙江實施千萬農民素質提升工程——培養“新農匠”絕活有傳承\n\n"
        + ("“我的夢想是制出好茶,帶領農民實現增收。”說這話的,是浙江杭州市淳安縣一位評茶師。")
    )
    assert clean(page).title == "浙江实施千万农民素质提升工程——培养“新农匠”绝活有传承"
    # vi10 (dev): a content farm's template sentence with the lunar date, though it reads as prose
    s = "北京时间2022年9月26日(农历2022年9月1日),星期一,贵州省台江县“锦绣计划”助推民族手工艺产业发展。"
    assert line_rule(s) == "injected_spam"
    # negatives: a story line with an underscore and a film; a wire's Beijing time; a quote
    assert line_rule("学员们在线观看了教学视频_第一讲_焊接基础,收获很大。") is None
    assert line_rule("北京时间2022年9月26日,世界技能大赛特别赛在德国开幕,中国选手参赛。") is None
    assert line_rule("他说:“我们用好每一分钱。”") is None


def test_spaced_credit_labels_image_placeholders_and_a_sites_address_before_the_date():
    from vocstudy.corpus import corpus_from_texts

    # vk03 (dev): two-character credit labels spaced out
    assert line_rule("责 编:刘慧艳") == "credit_line"
    assert line_rule("编 辑:闫雪萍") == "credit_line"
    # vk04 (dev): an image's placeholder text; vk09 (dev): a caption after an emptied image
    assert line_rule("文章图片") == "image_caption"
    assert clean("![]() 图|安徽新东方刘鑫雨(中间)同学和领导合影 |").lines[0][2] == "image_caption"
    # vj06 (dev): the site's name and address, then the date
    page = (
        "“阳光工程”三年实现760万农村劳动力转移就业\n中国发展门户网 www.chinagate.com.cn  2007 年 05 月 06 日\n\n"
        "三年来,阳光工程累计培训农村劳动力1000万人,转移就业760万人。"
    )
    assert corpus_from_texts({"d": page}).loc["d", "published"] == pd.Timestamp("2007-05-06")
    # negatives: words in a story line; an address in prose
    assert line_rule("编辑部的同志们认真审核每一篇稿件,保证质量。") is None
    assert line_rule("图片展示了学员们的作品,受到一致好评。") is None
    page = "学员结业\n\n详情请登录 www.example.com 查看,报名截至2007年05月06日。\n学员们收获很多。"
    assert corpus_from_texts({"d": page}).loc["d", "published"] is pd.NaT


def test_a_headline_building_a_school_and_a_photo_mark_without_a_number():
    # vo05 (dev): 建 before the school it names - a headline, not a school's name
    page = (
        "行业新闻\n\n广州过半工地建农民工学校\n\n信息来源: 广州城市建设网 信息提供日期:2008-12-12\n\n"
        "目前广州有3000多个建筑工地,已累计建立农民工业余学校1700多所。"
    )
    assert clean(page).title == "广州过半工地建农民工学校"
    # vn06 (dev): (图) after the headline
    page = "奋斗正青春 技能创未来(图)\n\n4月23日,赣州技师学院第五届技能节开幕,千余名师生参加。"
    assert clean(page).title == "奋斗正青春 技能创未来"
    # negatives: a school's name with 建 inside it stays a name, not the headline
    page = (
        "福建信息职业技术学院\n\n学员技能比武举行\n\n发布时间:2023-05-06\n\n"
        "5月6日,学院举行学员技能比武,百余名学员参加。"
    )
    assert clean(page).title == "学员技能比武举行"


def test_a_numbered_section_heading_naming_a_hospital_is_no_ad():
    # vp10 (dev): 二、深入了解老龄化社会,参观新型社区康复养老医院
    assert line_rule("二、深入了解老龄化社会,参观新型社区康复养老医院") is None
    # negative: a hospital's advertisement
    assert line_rule("白癜风医院哪家好,专业治疗") == "ad_or_spam"


def test_a_publication_label_glued_behind_the_headline_is_cut():
    # vs08 (dev): …对口合作协议 发表时间:2021-10-08
    page = "津疆人社部门签署“十四五”对口合作协议 发表时间:2021-10-08\n\n10月8日,天津与新疆签署协议,两地合作。"
    assert clean(page).title == "津疆人社部门签署“十四五”对口合作协议"
    # negative: a headline ending in a date of the occasion without a label stays as it was cut
    page = "技能大赛举行\n\n10月8日,我校举行技能大赛,发表时间另行通知。"
    assert clean(page).title == "技能大赛举行"


def test_a_betting_brand_glued_behind_the_headline_is_cut_from_the_title():
    # w07, wn04 (dev): a content farm glues its brand (Latin letters and 体育, with a
    # slogan) behind the headline and into the story
    story = "4月12日,赣粤技工教育合作发展座谈会暨技工院校校际合作签约仪式在南昌市举行。" * 2
    head = "赣粤技工教育合作发展座谈会暨技工院校校际合作签约仪式在昌举行"
    assert clean(f"{head}GOGO体育\n\n{story}").title == head
    head = "中国矿业大学(北京):助力瑶山职业教育打造产教融合“同心圆”"
    assert clean(f"{head}k1体育十年品牌\n\n{story}").title == head
    # negatives: 体育 as the headline's own word, and a brand after a hyphen left to the
    # site rule
    head = "我市举办全民健身运动会推动群众体育"
    assert clean(f"{head}\n\n{story}").title == head
    head = "我省高校学生积极参加CUBA体育赛事"
    assert clean(f"{head}\n\n{story}").title == head


def test_an_english_date_line_with_empty_fields_and_an_excerpts_cut_english_line():
    # vx03 (dev), a college's English news: the date line with empty author and hits
    # fields dates the page; the excerpt's last line, cut after a full sentence, is prose
    from vocstudy.corpus import corpus_from_texts

    assert line_rule("Date:2019-06-05 Author: Hits:") == "header_metadata"
    para = (
        "On June 4, the President of the Sri Lanka-China Association came to the college "
        "for an exchange visit, accompanied by the President of the college."
    )
    last = "In his concluding speech, Zhao Ping put forward four comments. The first is to strength"
    page = (
        "International Exchanges\nSri Lanka-China Association visited the College\n"
        f"Date:2019-06-05 Author: Hits:\n\n{para}\n\n{para}\n\n{para}\n\n{last}"
    )
    c = corpus_from_texts({"d": page})
    assert c.loc["d", "published"] == pd.Timestamp("2019-06-05")
    assert c.loc["d", "text"].split("\n")[-1] == last
    # negatives: a date line opening a sentence, a menu of capitalised words
    assert line_rule("Date:2019-06-05 the college held its open day") != "header_metadata"
    assert (
        clean(f"{para}\n{para}\n{para}\nHome. About Us. News. Contact Us. Admissions").text.split(
            "\n"
        )[-1]
        == para
    )


def test_review_credits_a_takedown_notice_search_keywords_form_fields_and_shop_spam():
    # vy01 (dev): a school's three-review credits and a one-character text credit
    for line in ["文:孙卓君", "一审一校:倪璟璟", "二审二校:教导处", "三审三校:校长室"]:
        assert line_rule(line) == "credit_line"
    # vz01 (dev): a repost's takedown notice
    assert line_rule("本文由转载于互联网,如有侵权请联系删除!") == "copyright_or_contact"
    # vz03 (dev): a site's search keywords between bars
    line = "成都财贸职高|成都职业学校|成都公办职高哪个好|成都公办职高有哪些|成都公办"
    assert line_rule(line) == "navigation"
    # vy09 (dev): a sign-up form's empty fields
    assert line_rule("身份证号:") == "comment_form"
    # vy02 (dev): a sex shop's goods injected into a repost
    line = "Rush 熊祭rush 防真假陽具 情侶共震器 陰莖環 飛機杯 仿真乳房 按摩棒"
    assert line_rule(line) == "ad_or_spam"
    # vz08 (dev): an English byline with its source and date
    from vocstudy.corpus import corpus_from_texts

    head = "Tibet holds skill training to promote employment"
    para = (
        "A skill training class for college graduates opened in Lhasa on Monday, with "
        "teachers from the aid-Tibet vocational schools giving the lectures."
    )
    page = (
        f"{head}\nBy Zhi Xinghua Source:China Tibet News 2017-07-26\n\n{para}\n\n{para}\n\n{para}"
    )
    c = corpus_from_texts({"d": page})
    assert c.loc["d", ["title", "published"]].tolist() == [head, pd.Timestamp("2017-07-26")]
    # negatives: a text line opening with 文, a headline in three parts, a field with its
    # value, a sentence with a keyword of care
    assert line_rule("文:本次活动由学校主办") != "credit_line"
    assert line_rule("技能强国|匠心筑梦|青春建功") != "navigation"
    assert line_rule("联系电话:0371-12345678") != "comment_form"
    assert line_rule("学员学习了按摩手法和产后护理知识。") is None


def test_an_english_news_systems_glued_fields_and_a_mood_poll():
    # ub06 (dev): Publisher:…Release time:2022-05-18Viewed:419 under the headline
    from vocstudy.corpus import corpus_from_texts

    line = "Publisher:Office of International EducationRelease time:2022-05-18Viewed:419"
    assert line_rule(line) == "header_metadata"
    head = (
        "Online Training on New Energy Vehicle Technology for Malaysia Held at Hangzhou Polytechnic"
    )
    para = (
        "On April 15, 2022, Hangzhou Polytechnic held an online training on new energy "
        "vehicle technology for Malaysian students and teachers of three colleges."
    )
    c = corpus_from_texts({"d": f"{head}\n{line}\n\n{para}\n\n{para}\n\n{para}"})
    assert c.loc["d", ["title", "published"]].tolist() == [head, pd.Timestamp("2022-05-18")]
    # ub04 (dev): a site's mood poll
    assert line_rule("您看到此篇文章时的感受是: |") == "comment_form"
    # negatives: a sentence on a release, a reader's feeling told in the story
    assert (
        line_rule("The release time of the results was announced at the meeting.")
        != "header_metadata"
    )
    assert line_rule("学生们看到此篇文章时的感受各不相同,纷纷留言。") != "comment_form"


def test_an_english_byline_a_time_first_date_line_a_glued_english_date_and_edit_buttons():
    from vocstudy.corpus import corpus_from_texts

    para = (
        "Amid the burning summer heat, a lively discussion in a classroom of Tianjin "
        "Vocational Institute was even more intense than the scorching sun outside."
    )
    body = f"{para}\n\n{para}\n\n{para}"
    # ud03 (dev): People's Daily Online's byline of names, then the time, date and outlet
    head = "Luban Workshop offers vocational education support for Kazakhstan"
    page = (
        f"The Belt and Road News Network\n\n{head}\n\n"
        "By Yuan Meng, Zhang Rong, Chang Sha, Wang Jing, Elena Davydova\n"
        f"08:07, July 11, 2025 People's Daily Online\n\n{body}"
    )
    c = corpus_from_texts({"d": page})
    assert c.loc["d", ["title", "published"]].tolist() == [head, pd.Timestamp("2025-07-11")]
    assert "Elena Davydova" not in c.loc["d", "text"]
    # ud10 (dev): the date glued behind the headline
    head = "Former Secretary of Nepalese President visit our College"
    c = corpus_from_texts({"d": f"{head}September 9, 2016\n\n{body}"})
    assert c.loc["d", ["title", "published"]].tolist() == [head, pd.Timestamp("2016-09-09")]
    # uc05 (dev): an app page's edit buttons under each photo
    assert line_rule("删除 删除") == "share_widget"
    # negatives: a headline that ends in a month's name and a year, a byline-like sentence
    head = "College students visit the museum in May 2016"
    assert corpus_from_texts({"d": f"{head}\n\n{body}"}).loc["d", "title"] == head
    assert line_rule("删除重复数据后,共有120名学员。") is None


def test_an_english_creation_date_label_and_a_sign_up_prompt():
    # ue05 (dev): creation date:2023-11-09 under an English headline (the date is the
    # label's, not a suffix glued to a headline)
    from vocstudy.corpus import corpus_from_texts

    assert line_rule("creation date:2023-11-09") == "header_metadata"
    para = (
        "The Seminar on Vocational Education Models, organized by Shanghai Business School, "
        "commenced successfully on November 3rd with officials of developing countries."
    )
    page = f"News & Events\n\nSeminar held by Shanghai Business School\n\ncreation date:2023-11-09\n\n{para}\n\n{para}\n\n{para}"
    assert corpus_from_texts({"d": page}).loc["d", "published"] == pd.Timestamp("2023-11-09")
    # uf01 (dev): a site's sign-up prompt
    assert line_rule("还没有账号?") == "comment_form"
    # negatives: a Chinese headline with a date glued is still cut; a sentence about accounts
    assert (
        clean("技能大赛在我校举行2020-12-09\n\n12月8日,技能大赛在我校举行。").title
        == "技能大赛在我校举行"
    )
    assert line_rule("还没有账号的学员请尽快到教务处登记注册。") != "comment_form"


def test_a_portals_follow_box_with_its_slogan():
    # ug02 (dev): 農業網(Agronet.com.cn)微信掃一掃: 盡“掃”天下農商情
    assert line_rule("农业网(Agronet.com.cn)微信扫一扫: 尽“扫”天下农商情") == "share_widget"
    # negative: a sentence telling readers how the school publicised its course
    s = "学校在招生宣传中请家长用微信扫一扫校园二维码,了解专业设置和实训条件等情况。"
    assert line_rule(s) is None


def test_a_betting_sites_name_before_a_bar_is_cut_from_the_title():
    # ui04 (dev): NG体育·(南宫)官方网站|广西藤县:投入7400多万元推进职教建设
    head = "广西藤县:投入7400多万元推进职教建设"
    body = "2008年以来,藤县将职教攻坚经费划入县财政预算,每年投放职教中心建设。"
    assert clean(f"NG体育·(南宫)官方网站|{head}\n\n{body}").title == head
    # negative: a school's own site name after its headline stays for the suffix rules
    assert clean(f"{head}\n\n{body}").title == head


def test_a_story_opening_on_short_full_sentence_lines_keeps_them():
    # ul04 (dev): two short sentences above the first paragraph, under the date line
    raw = (
        "像花儿一样绽放 如明星一般闪耀\n\n发布时间: 2021-10-18 07:52:00\n"
        "       18岁,正是花儿一样的年纪。\n       秋天,正是丰收的季节。\n"
        "       为了追逐梦想,两个18岁的女孩,两个多月以来每天都把自己关在直播间里练习,"
        "反复打磨每一句台词和每一个动作。\n"
    )
    c = clean(raw)
    assert "18岁,正是花儿一样的年纪。" in c.text and "秋天,正是丰收的季节。" in c.text
    # negative: one such line alone is a photo's caption above the story
    raw = (
        "珠算比赛举行\n\n5月8日,选手在参加珠算项目的决赛。\n"
        "5月8日,全市职业院校珠算技能大赛在市职业技术学院举行,来自全市十所学校的八十名选手"
        "参加了比赛,比赛分为理论和实操两部分。\n"
    )
    c = clean(raw)
    assert "选手在参加珠算项目的决赛" not in c.text


def test_a_date_line_with_its_weekday_label_cut_is_furniture_and_dates_the_page():
    # ul02 (dev), an e-paper's header: 2023年5月26日 星期 (the weekday cut off)
    raw = (
        "第03版:高教经纬\n本版新闻列表\n \n上一篇\n2023年5月26日 星期\n杭科职院商务管理学院:\n"
        "赋能产业发展 服务乡村振兴\n\n\n□赵博雅\n\n"
        "杭州市富阳区拔山村是浙江有名的茶村。这里种植的春茶,因为平均开摘期比西湖龙井早3~5天,"
        "被誉为“大杭州第一锅春茶”。\n"
    )
    c = clean(raw)
    assert c.title == "赋能产业发展 服务乡村振兴"
    assert "2023年5月26日" not in c.text
    assert extract_metadata(c)["published"] == pd.Timestamp("2023-05-26")
    # negative: a date inside a sentence stays
    c = clean(
        "职教周开幕\n\n2023年5月26日,星期五上午,全市职教活动周在职教中心开幕,各校师生参加。\n"
    )
    assert "星期五上午" in c.text


def test_a_series_name_and_part_number_before_a_middle_dot_leave_the_title():
    # ul06 (dev): 职教出海看南洋之五·树品牌 拓合作 …
    raw = (
        "当前位置: 首页 >> 国际交流 >> 功夫工坊 >> 正文\n\n"
        "职教出海看南洋之五·树品牌 拓合作 佛职院与印尼工业部人力资源局携手共建“功夫工坊”\n\n"
        "发布日期:2024-07-02    作者:     来源:     点击:\n\n"
        "2024年6月28日,佛山职业技术学院代表团到访印度尼西亚工业部人力资源发展局,双方签署合作备忘录。\n"
    )
    assert clean(raw).title == "树品牌 拓合作 佛职院与印尼工业部人力资源局携手共建“功夫工坊”"
    # negative: a headline naming its part at its end keeps it
    raw = (
        "太仓深耕德国“双元制”教育20年系列报道之四\n\n发布日期:2021-07-02\n\n"
        "2021年6月28日,太仓健雄职业技术学院举行中德合作办学二十周年座谈会,双方回顾了合作历程。\n"
    )
    assert clean(raw).title == "太仓深耕德国“双元制”教育20年系列报道之四"


def test_a_caption_closed_by_its_photographer_after_a_slash_is_removed():
    # ul08 (dev): 游国栋在宿舍学习大学课程 摄影/陈绪凯
    assert line_rule("游国栋在宿舍学习大学课程 摄影/陈绪凯") == "photo_caption"
    assert line_rule("由教育部长蒋伟宁(左)颁奖表扬。图/陈正兴") == "photo_caption"
    # negatives: a sentence with a slash inside, a ratio
    assert line_rule("学校开设摄影/摄像专业,学生在实训室练习拍摄技巧。") is None
    assert line_rule("本次培训采用理论/实操结合的方式进行。") is None


def test_a_skip_link_is_furniture_and_a_headline_over_its_date_line_is_no_teaser():
    # un05 (dev), a Taiwanese county site: skip link, weather widget, headline, date line,
    # and the story's first line opening with the headline again
    raw = (
        "跳到主要內容區塊\n短暫雨\n氣溫\n降雨:\nAQI\n"
        "讓美麗的成果成為觀光產業的生力軍  手工藝精品設計培訓班結業\n  • 發布日期:102-10-25\n\n"
        "讓美麗的成果成為觀光產業的生力軍  手工藝精品設計培訓班結業新竹縣原住民傳統手工藝精品設計"
        "培訓班結業典禮,25日在尖石鄉沙雲達魯藝術工作室舉行,多位學員製作琳瑯滿目的手工藝品。\n"
    )
    c = clean(raw)
    assert c.title == "让美丽的成果成为观光产业的生力军 手工艺精品设计培训班结业"
    assert line_rule("跳到主要内容区块") is not None
    # negative: a story opening cut short right above its paragraph is still a teaser
    raw = (
        "两校签约仪式举行\n\n2024-05-01\n\n昨天,从浙江交通职业技术学院传来消息,该校与\n"
        "昨天,从浙江交通职业技术学院传来消息,该校与德国一所应用科学大学签署合作协议。\n"
    )
    c = clean(raw)
    assert c.title == "两校签约仪式举行" and c.text.count("传来消息") == 1
    assert [x.rule for x in c.changes if x.line_no == 5] == ["lead_teaser"]


def test_a_tip_off_prompt_is_furniture():
    # un06 (dev): 按個讚!警政時報粉絲團!讓您立馬觀看獨家影片!也可向我們投訴爆料
    assert (
        line_rule("按个赞!警政时报粉丝团!让您立马观看独家影片!也可向我们投诉爆料") == "share_widget"
    )
    assert line_rule("版权声明 新闻爆料热线:0535-6631311") is not None
    # negative: a story sentence about a tip-off
    assert line_rule("群众向记者投诉爆料后,执法人员迅速赶到现场进行了处置。") is None


def test_a_sites_slogan_about_itself_is_furniture():
    # uo07 (dev): the site's slogan above its breadcrumb hid the headline
    raw = (
        "文章详情\n\n茶礼仪网专注茶道礼仪,弘扬茶道文化。传播茶叶知识、茶道、茶艺、品茶、泡法知识。\n"
        "您所在的位置:茶叶网>茶叶资讯>茶叶知识>漳州天福茶学院举行2011援外茶叶培训班开班\n\n"
        "漳州天福茶学院举行2011援外茶叶培训班开班\n\n2020-08-20 访问量: 11 茶礼仪网\n\n"
        "5月11日,漳州天福茶学院举行2011援外茶叶培训班开班仪式,来自14个国家的学员参加。\n"
    )
    c = clean(raw)
    assert c.title == "漳州天福茶学院举行2011援外茶叶培训班开班"
    assert "茶礼仪网专注" not in c.text
    # negative: a story sentence about a site's work
    assert line_rule("据介绍,该网站专注职业教育资讯,已有十年历史。") is None


def test_an_english_paragraph_of_fourteen_words_with_a_comma_is_prose():
    # uo09 (dev): the excerpt's last line, cut mid-sentence (16 words, commas)
    from vocstudy.cleaning import _english_prose

    s = (
        "ZHAO Hongmei, Dean of the College of International Education, first warmly "
        "welcomed the leaders an"
    )
    assert _english_prose(s)
    # negatives: a login prompt glued to a headline, a menu of labels
    assert not _english_prose("Already have an account?Login")
    assert not _english_prose("Home About Us News Center Admissions Research Contact Us")


def test_a_teaser_marked_daodu_or_a_deck_marked_fu_is_furniture():
    # uq03 (dev): 导读 and a space before the teaser; wb06: 导读今天,…; uq10: [副] deck
    assert (
        line_rule("导读 1月8日上午,合肥职业技术学院与巢湖市庙岗镇人民政府举行签约仪式。")
        == "lead_teaser"
    )
    assert (
        line_rule("导读今天,环保百科带来福建3年内开展残疾人技能培训逾4万人次,请往下看。")
        == "lead_teaser"
    )
    assert line_rule("[副] 10名老挝飞行留学生今天(3日)正式入学") == "lead_teaser"
    # negatives: a story sentence about a guide (导读员), a teacher's reading guide
    assert line_rule("导读员向游客介绍了学校的发展历程和办学特色。") is None


def test_a_title_fields_value_in_corner_brackets_or_quotes_loses_them():
    # ur02 (dev): 標題:「高雄科技大學校名揭牌暨校長就職典禮」; wg05: 标题:“鄂州中专…”
    raw = (
        "發稿人:高雄新聞網 發稿日:2018/02/01 11:11:00 PM\n\n"
        "標題:「高雄科技大學校名揭牌暨校長就職典禮」\n\n"
        "【記者崔家齊高雄報導】國立高雄科技大學2月1日下午3時舉行校名揭牌暨首任校長就職典禮,"
        "教育部長潘文忠出席。\n"
    )
    assert clean(raw).title == "高雄科技大学校名揭牌暨校长就职典礼"
    # negative: a headline printed in brackets without a field name keeps them
    raw = (
        "「睿商天下 民建聯政策工作坊」\n\n"
        "為廣納社會各界人士對青年發展的意見,民建聯於今天上午舉辦第二場政策工作坊,主題是教育與培訓。\n"
    )
    assert clean(raw).title == "「睿商天下 民建联政策工作坊」"


def test_a_caption_closed_by_its_photographer_after_its_full_stop_is_removed():
    # uw04 (dev): …实训车间参观。 袁骏杰摄; …研究加工零件。 本报肯尼亚分社 邓肯·西科约摄
    assert (
        line_rule("图为留学生们在浙江机电职业技术学院智能制造实训车间参观。 袁骏杰摄")
        == "photo_caption"
    )
    s = "第八届非洲职业技能挑战赛中,来自赞比亚的参赛选手在研究加工零件。 本报肯尼亚分社 邓肯·西科约摄"
    assert line_rule(s) == "photo_caption"
    # negatives: a story sentence about photographing, a sentence ending with 摄 inside prose
    assert line_rule("学员们认真学习。随后,大家来到户外,用无人机进行航拍摄影。") is None
    assert line_rule("比赛结束。选手王明说,他最喜欢的是航拍,每次都亲手拍摄") is None
