"""Tests for vocstudy.event_extraction (vs.events): triggers, context rules, dates, places, dedup, seeds, evaluation."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from vocstudy.corpus import corpus_from_texts
from vocstudy.event_extraction import (
    EVENT_COLUMNS,
    EVENT_TYPES,
    LEXICON_COLUMNS,
    MACROS,
    compile_lexicon,
    events,
    find_events,
    load_event_lexicon,
    resolve_dates,
)
from vocstudy.text import split_sentences

NaT = pd.NaT
NA = pd.NA
PUB = "2024-07-24"


def ts(s: str) -> pd.Timestamp:
    return pd.Timestamp(s)


def rows(text: str, published: str | None = PUB) -> list[tuple]:
    """(sent_id, event_type, trigger, date, place) for a one-document corpus."""
    pub = {"d": published} if published else {}
    c = corpus_from_texts({"d": text}, published=pub, clean=False)
    t = events(c)
    return [
        (r.sent_id, r.event_type, r.trigger, r.date, None if pd.isna(r.place) else r.place)
        for r in t.itertuples()
    ]


def types(sentence: str, published: str | None = PUB) -> list[str]:
    return [e.event_type for e in find_events(sentence, published)]


# ------------------------------------------------------------------------------ lexicon
def test_lexicon_is_well_formed():
    lex = load_event_lexicon()
    assert set(lex["event_type"]) == set(EVENT_TYPES)
    assert (lex["definition"] != "").all()
    assert not lex.duplicated([c for c in LEXICON_COLUMNS if c != "definition"]).any()
    for col in ["before", "not_before", "after", "not_after", "requires", "negative"]:
        for pat in lex[col]:
            for name in re.findall(r"@([a-z]+)", pat):
                assert name in MACROS, (col, pat)
    compile_lexicon(lex)  # every pattern compiles


def test_lexicon_is_replaceable():
    lex = pd.DataFrame({"event_type": ["forum"], "trigger": ["茶话会"]})
    c = corpus_from_texts({"d": "学校举行茶话会。学校举行签约仪式。"}, clean=False)
    t = events(c, lexicon=lex)
    assert t[["sent_id", "event_type", "trigger"]].values.tolist() == [[0, "forum", "茶话会"]]


def test_lexicon_rejects_unknown_type(tmp_path):
    p = tmp_path / "x.csv"
    p.write_text("event_type,trigger\nparty,聚会\n", encoding="utf-8")
    with pytest.raises(ValueError, match="party"):
        load_event_lexicon(p)


# ------------------------------------------------------------------------------ dates
@pytest.mark.parametrize(
    "sentence, published, expected",
    [
        ("7月23日,学校举办活动。", PUB, [("7月23日", ts("2024-07-23"))]),
        ("23日下午,学校继续举办论坛。", PUB, [("23日", ts("2024-07-23"))]),
        ("仪式于24日在宜宾举行。", PUB, [("24日", ts("2024-07-24"))]),
        # a day later than the publication day: last month's
        ("28日,学校召开大会。", "2024-03-02", [("28日", ts("2024-02-28"))]),
        ("28日,学校召开大会。", "2024-01-02", [("28日", ts("2023-12-28"))]),
        # unless a future marker says it lies ahead
        ("大会将于28日召开。", "2024-03-20", [("28日", ts("2024-03-28"))]),
        ("大会将于5日召开。", "2024-03-20", [("5日", ts("2024-04-05"))]),
        ("去年9月,双方签署协议。", PUB, [("去年9月", ts("2023-09-01"))]),
        ("今年5月,联盟成立。", PUB, [("今年5月", ts("2024-05-01"))]),
        ("明年3月将举办大赛。", PUB, [("明年3月", ts("2025-03-01"))]),
        ("2023年7月15日牵头成立联合体。", PUB, [("2023年7月15日", ts("2023-07-15"))]),
        ("2023年7月15日牵头成立联合体。", None, [("2023年7月15日", ts("2023-07-15"))]),
        ("发布时间:2023-07-15", None, [("2023-07-15", ts("2023-07-15"))]),
        ("二〇二三年九月十六日举行。", None, [("二〇二三年九月十六日", ts("2023-09-16"))]),
        ("十二月五日举行。", "2024-12-20", [("十二月五日", ts("2024-12-05"))]),
        # year digits stripped by the source: the year cannot be known
        ("并于年9月16日举行了签约仪式。", PUB, [("年9月16日", NaT)]),
        ("于年4月和7月两次召开联席会议。", PUB, [("年4月", NaT), ("7月", NaT)]),
        (
            "2023年4月和7月两次召开会议。",
            PUB,
            [("2023年4月", ts("2023-04-01")), ("7月", ts("2023-07-01"))],
        ),
        ("4月3日和5日举行。", PUB, [("4月3日", ts("2024-04-03")), ("5日", ts("2024-04-05"))]),
        # ranges give their first day; scheduled dates may lie after publication
        ("展示将在9月12日至18日进行。", PUB, [("9月12日至18日", ts("2024-09-12"))]),
        ("展示将在9月12至18日进行。", PUB, [("9月12至18日", ts("2024-09-12"))]),
        ("9月28日—10月3日举办。", PUB, [("9月28日—10月3日", ts("2024-09-28"))]),
        # a month-day more than half a year after publication is last year's
        ("12月28日,学校举办年会。", "2024-01-05", [("12月28日", ts("2023-12-28"))]),
        ("1月10日,学校召开会议。", "2024-12-01", [("1月10日", ts("2024-01-10"))]),
        ("将于1月10日举办。", "2024-12-01", [("1月10日", ts("2025-01-10"))]),
        ("9月上旬举办。", PUB, [("9月上旬", ts("2024-09-01"))]),
        ("今天,推进会召开。", "2023-05-27", [("今天", ts("2023-05-27"))]),
        ("昨日,联盟成立。", "2023-05-27", [("昨日", ts("2023-05-26"))]),
        (
            "北京5月27日电 今天开幕。",
            "2023-05-27",
            [("5月27日", ts("2023-05-27")), ("今天", ts("2023-05-27"))],
        ),
        # no publication date: nothing without a year can be resolved
        ("7月23日,学校举办活动。", None, [("7月23日", NaT)]),
        ("11日,启动仪式举行。", None, [("11日", NaT)]),
        ("去年9月,签约仪式举行。", None, [("去年9月", NaT)]),
        # year-level expressions are listed but too vague to date an event
        ("今年上半年,学校获批项目。", PUB, [("今年上半年", NaT)]),
        ("年上半年,学校获批项目。", PUB, [("年上半年", NaT)]),
        ("年底前完成。", PUB, [("年底", NaT)]),
        ("今年,学校举办大赛。", PUB, [("今年", NaT)]),
        ("当年9月,学校成立。", PUB, [("当年9月", NaT)]),
        ("2月30日举行。", PUB, [("2月30日", NaT)]),
        # not dates
        ("2024年中国服贸会职业技能展示。", PUB, []),
        ("每年9月举办技能节。", PUB, []),
        ("培训为期3个月。", PUB, []),
        ("30日内完成备案。", PUB, []),
        ("一年来,近年来,建党周年。", PUB, []),
    ],
)
def test_resolve_dates(sentence, published, expected):
    got = resolve_dates(sentence, published)
    assert [(m.text, m.date) for m in got] == expected
    for m in got:
        assert sentence[m.start : m.end] == m.text


# ------------------------------------------------------------------------------ triggers
@pytest.mark.parametrize(
    "sentence, expected",
    [
        # launch
        ("7月23日,学校举行“匠果”校友平台启动仪式。", ["launch"]),
        ("在与会领导见证下,丰职校友平台正式启动。", ["launch"]),
        ("北京职业教育宣传月启动 发布“入学即入职”项目", ["launch", "release"]),
        ("活动上,启动“匠果”校友平台,打造人才库。", ["launch"]),
        ("该项目启动资金为200万元。", []),
        ("园区启动区已完成建设。", []),
        ("学校启动实施新一轮专业改革。", []),
        ("平台正式上线运行。", ["launch"]),
        ("坚持线上线下相结合。", []),
        # the opening of an exhibition is part of it, not a launch (issue 10)
        ("本届博览会拉开了帷幕。", ["exhibition"]),
        # founding
        ("去年11月,川渝建设职业教育联盟在重庆成立。", ["founding"]),
        ("学校牵头组建职教集团。", ["founding"]),
        ("自建校以来,学校培养了6万多名人才。", []),
        ("公司新成立的北方总部将落地哈市。", []),
        ("在已成立的7个共同体基础上,再建3个。", []),
        ("联盟成立以来,成员单位不断增加。", []),
        ("学校成立于1958年。", []),
        ("在校友会成立一年之际,平台上线。", ["launch"]),
        # signing, plaque
        ("9家企业与职业院校现场签约。", ["signing"]),
        ("会上举行了签约揭牌仪式。", ["signing", "plaque_ceremony"]),
        ("该项目被列入挂牌督办名单。", []),
        ("毕业生签约率达98%。", []),
        # release
        ("现场发布北京市职业教育产教融合重点项目。", ["release"]),
        # a notice is not a release; the competition it announces is a scheduled event
        ("省教育厅发布关于举办职业院校技能大赛的通知。", ["competition"]),
        ("平台设有学校信息发布、在线课程两个模块。", []),
        # exhibition
        # a clause-initial 会议 refers back to an occasion named before (issue 10): here only
        # the exhibition is new; the meeting counts where it is named
        ("会议同期举办了职业教育产教融合成果展。", ["exhibition"]),
        ("全市职业教育工作会议同期举办了职业教育产教融合成果展。", ["meeting", "exhibition"]),
        ("与会人员参观了美育作品展厅。", ["visit"]),
        ("活动集中展示了学校的办学成果。", []),
        ("学校举办技能展示活动。", ["exhibition"]),
        # competition
        ("学校举办第三届职业技能大赛。", ["competition"]),
        ("他是世界技能大赛选拔赛10强选手。", []),
        ("校友在技能大赛、技术创新中发挥了作用。", []),
        # meeting
        ("学校召开专业建设指导委员会会议。", ["meeting"]),
        ("深入学习贯彻全国职业教育大会精神。", []),
        ("充分发挥职业教育工作联席会议制度作用。", []),
        # forum
        ("23日下午,学校继续举办2024京台职业教育发展论坛。", ["forum"]),
        ("学生在论坛网发帖讨论。", []),
        # visit
        ("董事长一行赴学校洽谈合作。", ["visit"]),
        ("代表团赴德国考察职业教育。", ["visit"]),
        ("联合体从园区、院校调研,到机制建设。", []),
        ("他曾是访问学者。", []),
        # homecoming
        ("学校举办“学子回家”系列活动。", ["homecoming"]),
        ("平台让“学子回家”突破时空限制。", []),
        ("开学第一天,学生陆续返校报到。", []),
        ("百余名校友返校参加活动。", ["homecoming"]),
        ("平台设有校友日常活动模块。", []),
        # training
        ("市教育局举办职业院校教师信息化教学能力培训班。", ["training"]),
        ("学校组织了为期一周的师资培训。", ["training"]),
        ("学校每年开展技能提升培训。", []),
        ("培养培训一大批技术技能人才。", []),
    ],
)
def test_triggers_and_contexts(sentence, expected):
    assert types(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "学校要主动对接地方产业,组建职教集团。",  # an aim in the clause
        "鼓励各地举办职业技能大赛。",
        "如何召开好联席会议?",
        "今后,联盟将定期召开联席会议。",  # a plan in the sentence
        "接下来,学校将举办技能大赛。",
        "《框架协议》提出要组建大联盟,以优质院校牵头,组建多主体的大联盟。",
        "力争成立10个产教融合共同体。",
    ],
)
def test_irrealis_is_not_an_event(sentence):
    assert types(sentence) == []


def test_scheduled_events_count_with_future_dates():
    text = "据悉,2024年中国服贸会职业技能展示将在9月12日至18日进行。"
    assert rows(text) == [(0, "exhibition", "服贸会", ts("2024-09-12"), None)]
    # revised (issue 10, validation/GUIDE.md): a plan without a date is not an event
    text = "哈市还将开展市职教协会成立大会、跨境电商技能大赛、校企对话会等活动。"
    assert rows(text, None) == []
    # ... with a date it is a scheduled event
    text = "哈市还将于5月20日开展市职教协会成立大会、跨境电商技能大赛等活动。"
    assert [r[1] for r in rows(text)] == ["founding", "competition"]


# ------------------------------------------------------------------------------ rows
def test_exact_rows_with_dates_places_and_sent_ids():
    text = (
        "联合启动仪式于24日在四川省宜宾市举行。开幕式集表演、展览等活动为一体。\n"
        "去年9月,协议签约仪式暨联盟成立大会在渝举行。此次签约让蓝图更加清晰。\n"
        "2023年7月15日,学校牵头成立北京数字文化产教联合体。学校要办好职业教育。"
    )
    assert rows(text) == [
        (0, "launch", "启动仪式", ts("2024-07-24"), "宜宾市"),
        # 开幕式 in an article reporting an exhibition: part of it (issue 10)
        (1, "exhibition", "展览", NaT, None),
        (2, "signing", "签约仪式", ts("2023-09-01"), "重庆市"),
        (2, "founding", "成立大会", ts("2023-09-01"), "重庆市"),
        (3, "signing", "签约", NaT, None),
        (4, "founding", "成立", ts("2023-07-15"), None),
    ]
    sents = split_sentences(text)
    t = events(corpus_from_texts({"d": text}, published={"d": PUB}, clean=False))
    assert [sents[i] for i in t["sent_id"]] == t["evidence"].tolist()


def test_unknown_publication_date_gives_nat_except_explicit_years():
    text = "11日,活动周启动仪式在哈尔滨职业技术学院举行。2023年7月15日,联合体成立。"
    assert rows(text, None) == [
        (0, "launch", "启动仪式", NaT, "哈尔滨市"),
        (1, "founding", "成立", ts("2023-07-15"), None),
    ]


def test_dedup_one_row_per_type_per_sentence():
    # the first trigger is kept; date and place come from the first mention stating them
    s = "于4月召开会议,推动签署框架协议,并于9月16日在重庆工业职业技术学院举行了签约揭牌仪式。"
    evs = find_events(s, PUB)
    assert [(e.event_type, e.trigger, e.date, e.place) for e in evs] == [
        ("meeting", "召开", ts("2024-04-01"), NA),
        ("signing", "签署", ts("2024-04-01"), "重庆市"),
        ("plaque_ceremony", "揭牌仪式", ts("2024-09-16"), "重庆市"),
    ]
    # the same type in two sentences: two rows
    assert len(rows("双方签署协议。此次签约意义重大。")) == 2


def test_date_is_taken_from_the_triggers_clause_first():
    s = "3月1日,学校召开会议,论坛将于5月2日举行。"
    got = {e.event_type: e.date for e in find_events(s, PUB)}
    assert got == {"meeting": ts("2024-03-01"), "forum": ts("2024-05-02")}
    # a year-level expression in the clause makes the event undated
    s = "去年4月,双方签署协议,今年在渝召开联席会议。"
    got = {e.event_type: e.date for e in find_events(s, PUB)}
    assert got == {"signing": ts("2023-04-01"), "meeting": NaT}


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("启动仪式在四川省宜宾市举行。", "宜宾市"),
        ("签约仪式在渝举行。", "重庆市"),
        ("启动仪式在哈尔滨职业技术学院举行。", "哈尔滨市"),
        ("成立大会在浙江省湖州艺术与设计学校举行。", "湖州市"),
        ("论坛在北京市丰台区职业教育中心学校举办。", "丰台区"),
        ("双方在京签署合作协议。", "北京市"),
        ("论坛在川渝两地同时举办。", None),  # two places: none stated
        ("北京市丰台区职业教育中心学校举办论坛2024。", None),  # the organiser is no venue
        ("在与会领导见证下,平台正式启动。", None),
    ],
)
def test_places(sentence, place):
    evs = find_events(sentence, PUB)
    assert len(evs) == 1
    assert (None if pd.isna(evs[0].place) else evs[0].place) == place


def test_table_shape_order_and_n_jobs():
    texts = {
        "b": "学校举行签约仪式。会上揭牌。",
        "a": "7月23日,学校举办论坛和技能大赛。\n成果展开幕。",
        "c": "",
    }
    c = corpus_from_texts(texts, published={"a": PUB, "b": PUB}, clean=False)
    t1 = events(c)
    assert list(t1.columns) == EVENT_COLUMNS
    assert t1["doc_id"].tolist() == ["a", "a", "a", "b", "b"]
    assert t1["event_type"].tolist() == [
        "forum",
        "competition",
        "exhibition",  # 成果展开幕: the opening is part of the exhibition
        "signing",
        "plaque_ceremony",
    ]
    assert t1["sent_id"].tolist() == [0, 0, 1, 0, 1]
    assert t1["date"].tolist()[:2] == [ts("2024-07-23")] * 2
    assert str(t1["date"].dtype).startswith("datetime64")
    t2 = events(c, n_jobs=2)
    pd.testing.assert_frame_equal(t1, t2)


def test_position_order_within_a_sentence():
    got = [(e.event_type, e.trigger) for e in find_events("学校举行揭牌仪式暨签约仪式。", PUB)]
    assert got == [("plaque_ceremony", "揭牌仪式"), ("signing", "签约仪式")]
    # an opening named with the exhibition it opens is that exhibition (issue 10)
    got = [(e.event_type, e.trigger) for e in find_events("职业教育成果展今天开幕。", PUB)]
    assert got == [("exhibition", "成果展")]


def test_empty_corpus():
    c = corpus_from_texts({}, clean=False)
    t = events(c)
    assert list(t.columns) == EVENT_COLUMNS and len(t) == 0


# ------------------------------------------------------------------------------ seeds
@pytest.fixture(scope="module")
def seed_events():
    vs = pytest.importorskip("vocstudy")
    corpus = vs.load_corpus()
    return corpus, events(corpus)


def _doc(table: pd.DataFrame, prefix: str) -> pd.DataFrame:
    return table[table["doc_id"].str.startswith(prefix)]


def test_seed_facts(seed_events):
    _, t = seed_events
    assert {"launch", "signing", "release", "exhibition"} <= set(_doc(t, "001")["event_type"])
    assert {"launch", "signing", "plaque_ceremony", "exhibition"} <= set(
        _doc(t, "003")["event_type"]
    )
    assert {"founding", "plaque_ceremony"} <= set(_doc(t, "004")["event_type"])


def test_seed_dates_and_places(seed_events):
    corpus, t = seed_events
    # no publication date and stripped year digits: nothing in 002/003 is dated
    assert _doc(t, "002")["date"].isna().all()
    d0 = _doc(t, "000")
    # revised (issue 10): 近年来,…2023年7月15日牵头成立… is the school's background,
    # not an event of the reported occasion
    assert ts("2023-07-15") not in set(d0.loc[d0["event_type"] == "founding", "date"])
    assert ts("2024-07-23") in set(d0.loc[d0["event_type"] == "forum", "date"])
    assert ts("2024-09-12") in set(d0.loc[d0["event_type"] == "exhibition", "date"])
    d1 = _doc(t, "001")
    assert ts("2023-05-27") in set(d1.loc[d1["event_type"] == "launch", "date"])
    d4 = _doc(t, "004")
    founding = d4[d4["trigger"] == "成立大会"].iloc[0]
    assert (founding["date"], founding["place"]) == (ts("2023-12-22"), "湖州市")
    d2 = _doc(t, "002")
    assert "宜宾市" in set(d2.loc[d2["event_type"] == "launch", "place"].dropna())
    assert set(d2.loc[d2["event_type"] == "signing", "place"].dropna()) == {"重庆市"}
    d3 = _doc(t, "003")
    assert "哈尔滨市" in set(d3.loc[d3["event_type"] == "launch", "place"].dropna())
    # evidence is the sentence sent_id points at
    for r in t.itertuples():
        assert split_sentences(corpus.loc[r.doc_id, "text"])[r.sent_id] == r.evidence


def test_seed_negatives(seed_events):
    _, t = seed_events
    ev = t["evidence"]
    assert not ev.str.contains("自建校以来").any()
    assert not ev.str.contains("新成立的北方总部").any()
    assert not t[ev.str.contains("信息发布")]["event_type"].eq("release").any()
    assert not t[ev.str.contains("10强选手")]["event_type"].eq("competition").any()
    assert not t[ev.str.contains("大会精神")]["event_type"].eq("meeting").any()


# ------------------------------------------------------------------------------ evaluation
#: Hand-annotated evaluation sentences (written for this test, not from the seeds): the
#: events a careful reader finds, with date and place where the text gives them. Types
#: are scored for precision/recall; dates and places are scored on the true positives.
EVAL = [
    (
        "3月15日,2024年全省职业院校技能大赛在杭州职业技术学院开幕。",
        "2024-03-16",
        {"competition": ("2024-03-15", "杭州市"), "launch": ("2024-03-15", "杭州市")},
    ),
    (
        "会上,市教育局与5家龙头企业签订校企合作协议,并为首批产教融合实训基地授牌。",
        "2024-05-20",
        {"signing": (None, None), "plaque_ceremony": (None, None)},
    ),
    ("学校自1958年成立以来,累计培养技术技能人才8万余名。", "2024-05-20", {}),
    ("该项目启动资金为200万元,由区财政全额拨付。", "2024-05-20", {}),
    (
        "去年11月,长三角职业教育联盟在上海成立。",
        "2024-05-10",
        {"founding": ("2023-11-01", "上海市")},
    ),
    (
        "论坛期间还举办了职业教育装备成果展,集中展示了50余家企业的新技术新产品。",
        "2024-05-10",
        {"forum": (None, None), "exhibition": (None, None)},
    ),
    ("近年来,学校以赛促学,积极组织学生参加各类技能竞赛,展示办学成果。", "2024-05-10", {}),
    ("省教育厅日前印发通知,发布2024年职业教育活动周工作安排。", "2024-05-10", {}),
    (
        "6月18日上午,德国巴伐利亚州职业教育代表团一行赴我校考察交流。",
        "2024-06-20",
        {"visit": ("2024-06-18", None)},
    ),
    (
        "据悉,第二届黄河流域职业教育发展论坛将于10月在郑州举办。",
        "2024-08-01",
        {"forum": ("2024-10-01", "郑州市")},
    ),
    ("学校要主动对接地方产业,积极组建职教集团,推动产教深度融合。", "2024-08-01", {}),
    ("活动现场,数字化教学资源共享平台正式上线。", "2024-08-01", {"launch": (None, None)}),
    (
        "当天下午,参会代表参观了学校智能制造实训中心和非遗传承工作室。",
        "2024-08-01",
        {"visit": (None, None)},
    ),
    (
        "毕业20年的校友纷纷返校,在母校举行了“校友回家”主题活动。",
        "2024-08-01",
        {"homecoming": (None, None)},
    ),
    (
        "为提升教师数字素养,市教育局在宁波职业技术学院举办职业院校教师信息化教学能力培训班。",
        "2024-08-01",
        {"training": (None, "宁波市")},
    ),
    (
        "12月28日,市职业教育集团理事会召开年度工作会议,审议通过了新一届理事会名单。",
        "2025-01-06",
        {"meeting": ("2024-12-28", None)},
    ),
    (
        "学院与企业共建的产业学院挂牌成立,双方代表共同为学院揭牌。",
        "2025-01-06",
        {"plaque_ceremony": (None, None), "founding": (None, None)},
    ),
    ("这些成果充分展示了学校在专业建设方面取得的成绩。", "2025-01-06", {}),
    (
        "大会发布了《2024年中国职业教育质量年度报告》,并举行了职业教育国际合作项目签约仪式。",
        "2025-01-06",
        {"meeting": (None, None), "release": (None, None), "signing": (None, None)},
    ),
    ("她曾获全国职业院校技能大赛一等奖,现为学校专业带头人。", "2025-01-06", {}),
    ("今后,联盟将定期召开联席会议,共同研究解决合作中的重大问题。", "2025-01-06", {}),
    (
        "9月12日至14日,职业教育活动周系列活动在全区各校陆续开展,其中包括职业体验日、技能展示活动等。",
        "2024-09-15",
        {"exhibition": ("2024-09-12", None)},
    ),
    ("会议强调,要深入学习贯彻全国职业教育大会精神,加快构建现代职业教育体系。", "2024-09-15", {}),
    (
        "教育部日前召开新闻发布会,介绍职业教育改革发展情况。",
        "2024-09-15",
        # a press conference presenting a situation releases nothing: a meeting (GUIDE [o])
        {"meeting": (None, None)},
    ),
    ("新学期伊始,学生们陆续返校报到,开始了新的学习生活。", "2024-09-15", {}),
    (
        "学校与德国某职业学院缔结友好学校关系,双方将互派师生开展交流访问。",
        "2024-09-15",
        {"signing": (None, None)},
    ),
    (
        "4月26日,2024年全国职业院校技能大赛中职组烹饪赛项在扬州开赛。",
        "2024-04-28",
        {"competition": ("2024-04-26", "扬州市")},
    ),
    (
        "市人社局将于本月下旬举办第三届职业技能大赛,届时将设置12个竞赛项目。",
        "2024-05-10",
        {"competition": ("2024-05-01", None)},
    ),
    (
        "调研组一行深入企业车间,实地了解校企合作订单班运行情况。",
        "2024-05-10",
        {"visit": (None, None)},
    ),
    ("学校投入500万元建设的技能大师工作室日前正式启用。", "2024-05-10", {"launch": (None, None)}),
]


#: A second batch, written and annotated after the rules were tuned on the first and
#: scored once before any change (see the module report for both first-run scores).
EVAL += [
    (
        "5月20日,2024年职业教育活动周在山东省潍坊市启动。",
        "2024-05-21",
        {"launch": ("2024-05-20", "潍坊市")},
    ),
    (
        "会议期间,与会代表观摩了学生技能展示,并参观了产教融合实训基地。",
        "2024-05-21",
        {"meeting": (None, None), "exhibition": (None, None), "visit": (None, None)},
    ),
    (
        "学校先后与华为、比亚迪等20余家企业签订校企合作协议,共建产业学院。",
        "2024-05-21",
        {"signing": (None, None)},
    ),
    ("职业教育要坚持面向市场、服务发展、促进就业的办学方向。", "2024-05-21", {}),
    (
        "10月18日至20日,首届全国职业教育教学改革研讨会在长沙召开。",
        "2024-10-22",
        {"forum": ("2024-10-18", "长沙市")},
    ),
    ("学院党委书记带队赴深圳、东莞等地走访合作企业。", "2024-10-22", {"visit": (None, None)}),
    ("学校被确定为全国职业院校技能大赛承办单位。", "2024-10-22", {}),
    (
        "当天,还举行了校企合作项目集中签约和“产业导师”聘任仪式。",
        "2024-10-22",
        {"signing": (None, None)},
    ),
    ("2023年11月,该校牵头成立的全国新能源汽车职业教育集团已吸纳成员单位120家。", "2024-10-22", {}),
    ("下一步,学校将继续办好“校友返校日”活动,凝聚校友力量。", "2024-10-22", {}),
    (
        "7月8日,首期乡村振兴带头人研修班在县职教中心开班。",
        "2024-07-10",
        {"training": ("2024-07-08", None)},
    ),
    (
        "揭牌仪式后,嘉宾们参观了学校的非遗技艺展览。",
        "2024-07-10",
        {"plaque_ceremony": (None, None), "visit": (None, None), "exhibition": (None, None)},
    ),
    ("近日,省教育厅公布了首批省级产教融合共同体名单。", "2024-07-10", {"release": (None, None)}),
    ("活动中,学生们展示了烹饪、茶艺等技能。", "2024-07-10", {}),
]


def evaluate() -> dict[str, float]:
    tp = fp = fn = 0
    date_ok = date_n = place_ok = place_n = 0
    for sentence, published, gold in EVAL:
        found = {e.event_type: e for e in find_events(sentence, published)}
        tp += len(found.keys() & gold.keys())
        fp += len(found.keys() - gold.keys())
        fn += len(gold.keys() - found.keys())
        for etype in found.keys() & gold.keys():
            gdate, gplace = gold[etype]
            e = found[etype]
            if gdate is not None:
                date_n += 1
                date_ok += e.date == pd.Timestamp(gdate)
            if gplace is not None:
                place_n += 1
                place_ok += (not pd.isna(e.place)) and e.place == gplace
    return {
        "precision": tp / (tp + fp),
        "recall": tp / (tp + fn),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "date_accuracy": date_ok / date_n,
        "place_accuracy": place_ok / place_n,
    }


def test_evaluation_precision_and_recall():
    m = evaluate()
    # Scored before tuning: batch 1 P 0.83 R 0.92, batch 2 P 0.86 R 0.92. After the
    # general fixes those errors prompted, all 44 sentences score 1.0; the floors below
    # leave room for lexicon edits but catch regressions.
    assert m["tp"] + m["fn"] >= 35
    assert m["precision"] >= 0.90, m
    assert m["recall"] >= 0.90, m
    assert m["date_accuracy"] >= 0.90, m
    assert m["place_accuracy"] >= 0.80, m


# ------------------------------------------------------------------------------ real pages (issue 10)
# Sentences from public pages found with the project's page search; Traditional pages are
# given in their Simplified form (what cleaning feeds the extractor).
def _types(sentence: str, published: str) -> list[str]:
    return [e.event_type for e in find_events(sentence, published)]


def test_real_background_is_not_an_event():
    # http://szb.wxrb.com/content/202212/08/content_130346.html (published 2022-12-08)
    s = "无锡科技职业学院于2020年牵头成立长三角开发区职业教育发展联盟。"
    assert _types(s, "2022-12-08") == []
    # ... while the founding reported at the occasion in the same article counts
    s = "全国开发区职业教育发展联盟同时成立。"
    assert _types(s, "2022-12-08") == ["founding"]
    # https://www.gzasmz.cn/ArtcleDetail.aspx?ID=3331: 先后 of the occasion itself is kept
    s = "代表团先后考察了希望教育集团旗下的四川天一学院、四川科技职业学院鼎利学院。"
    assert _types(s, "2023-03-30") == ["visit"]


def test_real_undated_plans_are_not_events_dated_ones_are():
    # https://m.news.shi-fen.com/china/201905/50-313194.html (published 2019-05-07)
    s = (
        "据介绍,在整个活动周期间,全省各级各类职业院校将开放所有实验实训室,开展技能体验观摩、"
        "校企合作成果和校园文化展示活动,邀请合作企业代表和优秀毕业生返校,举办本行业技术前沿和行业前景论坛。"
    )
    assert _types(s, "2019-05-07") == []
    s = (
        "当天我省举办了山西省职业教育改革发展成就展、山西省现代学徒制试点单位校企协同育人成果展等,"
        "5月10日晚还将举办全省职业教育活动周艺术展演。"
    )
    assert _types(s, "2019-05-07") == ["exhibition"]
    # https://lemofix.com/whsh/2009-06/26/content_165777.htm: scheduled with a date
    s = "2009年全国职业院校技能大赛,将于6月27日至30日在天津举行。"
    evs = find_events(s, "2009-06-26")
    assert [(e.event_type, e.date, e.place) for e in evs] == [
        ("competition", ts("2009-06-27"), "天津市")
    ]


def test_real_opening_of_a_competition_is_the_competition():
    # http://www.dongyuewang.com/website/shehui/20160921/6399.html
    s = "9月20日,2016年泰安市职业院校技能大赛开幕式在宁阳县职业中专隆重举行。"
    assert _types(s, "2016-09-21") == ["competition"]
    # http://sfdot.oucnet.cn/GuShiXian/html/2018/04/20/ec5e7b1f-999a-49af-8f5f-09d4dc725ec8.htm:
    # the 开幕式 in a later sentence belongs to the competition the article reports
    text = (
        "4月20日上午,由教体局主办、县职教中心承办的固始县第四届中等职业教育技能大赛隆重开幕。"
        "教体局相关负责人以及各参赛学校选手、职教中心全体师生参加了开幕式。开幕式由杨培军主持。"
    )
    c = corpus_from_texts({"d": text}, published={"d": "2018-04-20"}, clean=False)
    assert events(c)["event_type"].tolist() == ["competition"]


def test_real_launch_of_a_programme_is_a_launch():
    # https://sdwm.edu.cn/info/1048/24083.htm
    s = "5月7日上午,泰安校区举行了2018年“职业教育活动周”启动仪式,校区领导及全体师生参加。"
    assert _types(s, "2018-05-08") == ["launch"]
    # https://m.fx361.cc/news/2020/1228/7761250.html: the week itself opens
    s = "省政协副主席李青山讲话,并宣布活动周启动。"
    assert _types(s, "2020-12-28") == ["launch"]


def test_real_back_reference_to_the_meeting_is_no_new_meeting():
    # http://www.ahdca.org/article/detail/17817.html
    s = "民建上海市松江区委副主委、松江区教育局职教科科长张峰在会议上作了报告。"
    assert _types(s, "2021-05-27") == []


def test_real_delegations_are_visits():
    # https://bastillepost.com/hongkong/article/13390518 (四川省交通運輸廳代表團訪港專; Simplified form)
    s = "四川省交通运输厅代表团一行6人到访港专,期间港专与四川交通职业技术学院签订《合作备忘录》。"
    assert _types(s, "2023-09-28") == ["visit", "signing"]
    # https://www.gzasmz.cn/ArtcleDetail.aspx?ID=3331: 希望 in a company's name is no wish
    s = "3月26—28日,安顺市职教代表团到成都希望教育集团总部进行考察。"
    assert _types(s, "2023-03-30") == ["visit"]


# ------------------------------------------------------------------------------ real pages, round 2
# Rules added in issue 10 (second pass) from the real pages in
# tests/fixtures/events_real_pages.json and the dev errors; each sentence is real (URL given;
# Traditional pages in their Simplified form).
@pytest.mark.parametrize(
    ("url", "sentence", "published", "expected"),
    [
        # courtesy formulas are no visits: 对…一行的到来表示欢迎, 对莅临…的领导表示欢迎
        (
            "http://axcuq.cn/info/1046/1598.htm",
            "仪式上,李金盛校长在致辞中对江志军总经理一行的到来表示欢迎。",
            "2023-11-15",
            [],
        ),
        (
            "https://firespicebbq.com/info/1301/151391.htm",
            "11月15日,肯尼亚、尼泊尔教育代表团一行9人来我校交流访问。",
            "2023-11-16",
            ["visit"],
        ),
        (
            "https://news.kdvtc.edu.cn/html/2025/xxxw_0523/5153.html",
            "开幕式上,广州康大职业技术学院校长朱金龙首先代表主办方对莅临论坛的领导、嘉宾、专家、学者表示热烈欢迎。",
            "2025-05-23",
            ["forum"],
        ),
        # a back-reference to the occasion is no new meeting (此次大会, 大会还安排…)
        (
            "http://hnsjxy.cn/kejiao/4840.html",
            "此次大会由中国商业联合会、中国职业技术教育学会联合指导,江苏商贸职业教育集团牵头单位无锡商业职业技术学院主办,"
            "来自全国100多家企业、80多所大中专院校领导出席此次大会。",
            "2017-01-10",
            [],
        ),
        # ... and competitors touring a landmark are part of the competition
        (
            "https://www.stheadline.com/zh-hans/columnists/education/3518466/",
            "为期3日的邀请赛除了紧张刺激的赛程外,大会还安排一众选手参观本港文化地标「大馆」及举办职业专才教育研讨会,"
            "加深选手们对职专教育及技能培训的认识。",
            "2025-11-17",
            ["competition", "forum"],
        ),
        # 召开 is a light verb, what it convenes may be named up to 40 characters on
        (
            "https://zjyjy.sdut.edu.cn/2025/1119/c8917a554210/page.htm",
            "为破解产教融合“融而不深”难题,山东省职业教育和产业人才研究院2025年9月于山东济南召开第三届"
            "“市域产教联合体、行业产教融合共同体”研讨会。",
            "2025-11-19",
            ["forum"],
        ),
        (
            "https://jt.rednet.cn/c/2018/04/25/4089841.htm",
            "随后双方召开了中泰合作交流会,原中国驻泰国大使管木先生、北京唐风汉语教育科技有限公司董事长刘飞女士出席了交流会。",
            "2018-04-25",
            ["forum"],
        ),
        # 启动 with an event of another type as its object: that event
        (
            "https://zjyjy.sdut.edu.cn/2025/1119/c8917a554210/page.htm",
            "会议汇聚政行企校研300余人,现场启动《2024山东省“十强”产业人才供需报告》新书发布仪式,"
            "系统梳理“两体”建设的战略定位、供需适配与数字化赋能路径。",
            "2025-11-19",
            ["release"],
        ),
        # 开启…序幕, 启幕: a programme week opens
        (
            "https://kj1.jxvc.jx.cn/info/1022/1575.htm",
            "根据教育部以及江西省教育厅《关于做好2020年职业教育活动周相关工作的通知》精神以及我校职教周的活动安排,"
            "“为职业教育亮灯”活动开启了本次职教周的序幕。",
            "2020-11-10",
            ["launch"],
        ),
        (
            "https://epaper.zjgrrb.cn/html/2025-05/14/content_2864595.htm?div=-1",
            "2025年浙江省暨金华市职业教育活动周启幕",
            "2025-05-14",
            ["launch"],
        ),
        # 开班仪式 of a study programme is a launch, of a 研修班 a training; 出席开班仪式 refers back
        (
            "https://hgx.hzvtc.edu.cn/info/1004/4866.htm",
            "9月3日,精细化工技术专业2024级区域中高职一体化培养订单班开班仪式在平湖市职业中等专业学校举行。",
            "2024-09-05",
            ["launch"],
        ),
        (
            "https://hgx.hzvtc.edu.cn/info/1004/4866.htm",
            "平湖市教育局党委委员、总督学王献、平湖市职业中等专业学校书记姚雁,以及联合培养企业代表出席开班仪式。",
            "2024-09-05",
            [],
        ),
        (
            "https://www.zime.edu.cn/jxjyxy/info/1070/2501.htm",
            "7月17日上午,2025年湖南省“职业院校教师素质提高计划”国家教师创新团队模块化教学改革专题研修班开班仪式"
            "在浙江机电职业技术大学滨江校区隆重举行。",
            "2025-07-18",
            ["training"],
        ),
        (
            "http://www.355466.com/NewsView_794.html",
            "联合日报:重庆首批高校生赴港进行职教交换培训",
            "2023-05-13",
            ["training"],
        ),
        # homecoming vocabulary: 返回…母校
        (
            "http://regatron-china.com/jiuye/info/1018/1555.htm",
            "8月5日,94级车辆75班30名校友相约返回毕业20周年的母校山东职业学院,共叙光阴的故事,共话美好的未来。",
            "2023-08-06",
            ["homecoming"],
        ),
        # a reporter's fieldwork is no visit; a president leading a party south is one
        (
            "https://www.gdjy.cn/show-74-5095-1.html",
            "发布会后,本刊记者实地走访广州、深圳、佛山、东莞、清远等地,深入了解广东职业教育发展的经验做法。",
            "2022-06-01",
            ["release"],
        ),
        (
            "https://acadsys.ntunhs.edu.tw/Periodical-eNews/views/fullArticlePage.php?id=1490&period=176",
            "本校于4月29日由谢校长率领校内主管13人南下与国立勤益科技大学,进行实质交流与对谈,并签署合作备忘录(MOU)。",
            "2016-06-24",
            ["visit", "signing"],
        ),
        (
            "https://news.shi-fen.com/china/202308/50-1517549.html",
            "新华网天津8月18日电(贾凯淇)“走进区域看发展·中国式现代化的京津冀实践”主题宣传采访团17日来到坐落于"
            "天津轻工业职业技术学院的鲁班工坊建设·体验馆,实地了解感受近年来我国职业教育走出去取得的显著成效。",
            "2023-08-18",
            ["visit"],
        ),
        # release vocabulary and a notice cited by name
        (
            "https://www.epochtimes.com/b5/15/3/21/n4393012.htm",
            "台湾科技大学今天举行校庆典礼暨「技职领航 影响四十」新书发表会,上述3家公司董事长都出席。",
            "2015-03-21",
            ["release"],
        ),
        (
            "http://ganchn.net/acveg/info/1019/1761.html",
            "日前,根据《关于开展示范性职业教育集团(联盟)建设的通知》(教职成司函〔2019〕92号)的工作安排,经自愿申报、"
            "省级教育行政部门和有关行指委推荐、专家评审、公示等环节,教育部职业教育与成人教育司发布了"
            "“第一批示范性职业教育集团(联盟)培育单位名单”。",
            "2020-01-10",
            ["release"],
        ),
        # 博览 named as such, in a venue called 会议展览中心 (not a meeting)
        (
            "https://www.stheadline.com/zh-hans/columnists/education/3536741/",
            "为协助学生及在职人士掌握行业趋势,一年一度的「教育及职业博览」将于本周四至日(1月22至25日)在湾仔会议展览中心举行。",
            "2026-01-19",
            ["exhibition"],
        ),
        # kinds and areas: 等方面, 等平台, 等品牌活动; examples 如…等; duties 做好…
        (
            "https://wxredian.com/art?id=a7494f128e260df596c0338b8b86e003",
            "在校友座谈会上,李虎从专业建设、技能竞赛、育人质量、招生就业、师资队伍、社会服务等方面向校友详细介绍了"
            "学院近年来的发展状况。",
            "2024-11-21",
            ["meeting"],
        ),
        (
            "https://news.sdust.edu.cn/info/1007/106035.htm",
            "交流座谈模块搭建“师生恳谈会”“行业圆桌论坛”“创业分享会”等平台,助力校友间资源共享与校企合作。",
            "2025-10-01",
            [],
        ),
        (
            "http://yule.kcwzh.com/xingwen/426187.html",
            "据介绍,川渝两地教育部门充分发挥教育的基础性、先导性和全局性作用,川渝职教协同推动建立成渝地区双城经济圈"
            "职业教育协同发展联盟,建设泸永江、万达开等5个融合发展试验区,成立陆海新通道职业教育国际合作联盟等"
            "国际交流合作平台,联合举办成渝地区双城经济圈职业教育活动周、西部职业教育论坛等品牌活动。",
            "2022-05-20",
            [],
        ),
        (
            "http://m.timesauto.com/jxzs/202504/131849.html",
            "通过开展丰富多彩的活动,如技能大赛、校园开放日等,职业教育活动周让公众深入了解职业教育的魅力和价值。",
            "2025-04-15",
            [],
        ),
        (
            "http://www.sxgl.net/info/1007/2265.htm",
            "李维斌副校长讲到,今年职业教育活动周以“迎祖国七十华诞展职教时代风采”为主题,根据学校活动周方案,"
            "全力做好职业教育宣传、专业技能展示、优秀毕业生事迹报告、职业体验、走进社区、招生宣传等系列活动。",
            "2019-05-07",
            [],
        ),
        (
            "http://hksdedu.com/show.asp?id=164",
            "访川的交流团,有些是和自身专业相结合,着重考察相关内地院校、行业的发展情况。",
            "2018-02-15",
            [],
        ),
        # background: …至今 after the trigger, 当前…已, 自…开始
        (
            "https://jizhibao.com.cn/news/FBB028D0-CE9C-45CD-9CCF-656A3E271585",
            "2012年《中国高等职业教育质量年度报告》首次向全社会发布至今,质量年报制度已走过十余年。",
            "2024-01-01",
            [],
        ),
        (
            "https://058ss.cn/zhixiaozixun/265498.html",
            "当前,成渝地区双城经济圈已正式启动,亟需大量高素质技术技能型人才来支撑。",
            "2020-11-01",
            [],
        ),
        (
            "https://udn.com/news/story/6929/8972913",
            "北科大研发长庄贺乔则表示,双方自今年上半年开始密切讨论,6月北科大一级主管受邀前往北九州市与市府高层会面,"
            "并参访当地电动车新创EV Motors,规画学生海外实习蓝图。",
            "2025-08-30",
            [],
        ),
        # a bare year that names the edition of an occasion dated in that year is no background
        (
            "https://fx361.cc/page/2018/0131/2808299.shtml",
            "12月2日,2017年全国职业教育与继续教育工作推进会在北京举行。",
            "2018-01-31",
            ["meeting"],
        ),
        # 就业 is no proposal (就…); 对接活动 is a meeting
        (
            "https://www.163.com/dy/article/KDPPI3NH0530QRMB.html",
            "11月7日,“协作促就业·技能创品牌”2025年粤黔协作帮扶促就业现场对接活动在毕节职业技术学院举行。",
            "2025-11-10",
            ["meeting"],
        ),
        # a founding inside the name of a preparatory meeting is not held
        (
            "http://shaanxizhzjs.org.cn/show-1-108-1.html",
            "我社组织召开“丝绸之路职业教育联盟”成立大会筹备会",
            "2017-03-02",
            ["meeting"],
        ),
        # a routine 开展…展示活动 and a discussion about a competition are no events
        (
            "https://jyj.gmw.cn/2018-05/09/content_28704334.htm",
            "交通技术学院对外开放了校园、实训室等,以组织开展技能体验观摩和校企合作成果、校园文化展示活动,"
            "同时也邀请了在校学生、毕业生、合作企业代表参与技能大赛的研讨、交流活动。",
            "2018-05-09",
            [],
        ),
        # round 2 (pages read after the rules above; rules below added from their errors)
        (
            "https://xjc.sdbi.edu.cn/info/1022/12477.htm",
            "5月8日下午,山东商务职业学院与滨州中裕食品有限公司在学校会议室举行粮食工程技术专业省级现代学徒制"
            "试点中裕班开班及拜师仪式。",
            "2019-05-09",
            ["launch"],
        ),
        (
            "https://xjc.sdbi.edu.cn/info/1022/12477.htm",
            "杨新春在开班仪式上致辞。",
            "2019-05-09",
            [],
        ),
        (
            "https://tw.news.yahoo.com/%E7%94%A2%E5%AD%B8%E7%A7%91%E5%AD%B8-%E4%B8%AD%E5%B8%82%E6%8A%80%E8%81%B7"
            "%E7%A7%80%E8%B5%B7%E4%BE%86-%E7%A7%91%E5%8D%9A%E9%A4%A8%E7%99%BB%E5%A0%B4-105309469.html",
            "技职秀起来活动分三大展区,二十三所工业、商业、家事、农业类科之「技职学校亮点区」外,设置「产学×科学共创区」。",
            "2026-01-21",
            ["exhibition"],
        ),
        (
            "http://news.ltn.com.tw/news/life/breakingnews/2070822",
            "[记者黄旭磊/高雄报导]教育部举办全国高级中等学校专业类科专题及创意制作决赛,高雄中山工商拿到2个冠军及季军。",
            "2017-05-17",
            ["competition"],
        ),
        # 计划 as a noun (a programme's name) is no plan
        (
            "https://tw.news.yahoo.com/%E9%AB%98%E4%B8%AD%E8%81%B7%E7%94%9F%E5%B0%88%E9%A1%8C%E7%AB%B6%E8%B3%BD-"
            "%E9%A1%8C%E6%9D%90%E7%B7%8A%E6%89%A3%E7%A4%BE%E6%9C%83%E6%99%82%E4%BA%8B-084218917.html",
            "教育部自二○二一年起推动「科大共同指导高中职专题实作」计划,以「大手牵小手」的模式,由科大端携手高中职指导专题;"
            "一一四年高中职生专题竞赛由国立高雄科技大学主办,全国共十一校二十七队伍晋级决赛。",
            "2025-12-22",
            ["competition"],
        ),
        (
            "https://www.zlxy.edu.cn/info/1081/36851.htm",
            "随后,学员们依次上前向导师敬茶,一声真挚的“师傅”,一杯暖心的清茶,正式缔结了师徒情谊。",
            "2026-01-21",
            [],
        ),
        (
            "https://freewechat.com/a/MzA3OTA4MzY2NA==/2649745562/",
            "10月22日下午,根据中共泉州市丰泽区委办公室、政协泉州市丰泽区委办公室的安排,“打造高水平专业化实训基地,"
            "着力培养新时期‘丰泽工匠’”专题协商活动,在我校顺利举办。",
            "2025-10-23",
            ["meeting"],
        ),
        # round 3: a body or place named after a summit is no forum; courses announced with
        # their enrolment or start are a training; 推出…平台 is a launch
        (
            "https://udn.com/news/story/7333/8973173",
            "在上合组织天津峰会新闻中心的规划和安排下,各个国家与地区媒体30日上午走进天津轻工职业技术学院,"
            "参访正式完成升级工程后首次对外开放的「鲁班工坊体验馆」。",
            "2025-08-30",
            ["visit"],
        ),
        (
            "https://www.gov.mo/zh-hans/news/67114",
            "劳工事务局於2012年继续与多家公共机构、工程企业及博彩企业合作开办「工程见习技术员课程-2012」,"
            "课程由即日开始接受报名,9月3日开课。",
            "2012-07-20",
            ["training"],
        ),
        (
            "https://www.macaucabletv.com/en/video/page/102464",
            "为进一步便利居民提升职业技能与就业竞争力,劳工局于2025年10月30日推出“综合职业培训平台”试用版。",
            "2025-12-09",
            ["launch"],
        ),
        # 典礼 for 仪式 (Taiwan, Hong Kong, and 开学典礼 everywhere), 签字仪式, 拜会
        (
            "http://www.ulrapak.com/wanboguanwangmanbetx/70/b3/c2363a94387/page.htm",  # dev article d13
            "10月23日,杭州科技职业技术学院与比勒费尔德中等企业应用技术大学(FHM)中德合作办学机电一体化技术专业"
            "2023级新生开学典礼在高桥校区举行。",
            "2023-10-24",
            ["launch"],
        ),
        (
            "https://zi.media/@yidianzixun/post/mzs2wo",
            "教育部副部长孙尧,国务院扶贫办副主任洪天云,副省长、省政协副主席郝远出席签字仪式。",
            "2016-07-09",
            ["signing"],
        ),
        (
            "http://big5.chinataiwan.cn/gate/big5/www.taiwan.cn/local/dfkx/201512/t20151214_11241696.htm",
            "在台湾期间,考察团先后拜会了创新智库暨企业大学基金会、中华国际观光教育学会、中华经贸文教交流协会等行业协会。",
            "2015-12-14",
            ["visit"],
        ),
        # round 4: 去年 without a month is background; a nominal 的发布 is no release
        (
            "https://zjzx.hbvtc.edu.cn/info/1030/1355.htm",
            "这是该法颁布26年来的首次大修,也是继去年第一次以党中央国务院名义召开全国职教大会之后职教领域的又一件大事。",
            None,
            [],
        ),
        (
            "https://gjxb.yzpc.edu.cn/2019/0408/c2095a26110/page.htm",
            "职业院校大规模扩招政策的发布,引起广泛的关注和热议。",
            "2019-04-08",
            [],
        ),
        # a school offering a programme (开办…课程) is routine, not a training event
        (
            "https://www.macaucabletv.com/en/video/page/102464",
            "2025年1月至11月期间,劳工局共开办570个职业培训课程,参加培训学员逾10,670人次。",
            "2025-12-09",
            [],
        ),
    ],
)
def test_real_pages_round_two(url, sentence, published, expected):
    assert _types(sentence, published) == expected, url


def test_real_opening_ceremony_started_is_part_of_the_event():
    # https://news.pchome.com.tw/society/winnews/20250508/index-74668927749037346002.html
    text = (
        "「2025年全国技专院校学生实务专题制作竞赛暨成果展」于5月8日至9日连续两天在台北世界贸易中心展览大楼盛大举办。"
        "开幕仪式由主办单位教育部技职司司长杨玉惠、承办学校朝阳科技大学校长郑道明共同推杆流金沙正式启动。"
    )
    c = corpus_from_texts({"d": text}, published={"d": "2025-05-08"}, clean=False)
    assert sorted(set(events(c)["event_type"])) == ["competition", "exhibition"]


def test_real_skills_show_at_a_competition_ceremony_is_part_of_it():
    # https://news.ycwb.com/2023-09/19/content_52215985.htm
    text = (
        "9月19日,中华人民共和国第二届职业技能大赛闭幕式在天津市奥林匹克中心体育馆举行。"
        "闭幕式围绕《匠心》《筑梦》《技艺》《未来》四个篇章进行了现场技能展演。"
    )
    c = corpus_from_texts({"d": text}, published={"d": "2023-09-19"}, clean=False)
    assert sorted(set(events(c)["event_type"])) == ["competition"]


def test_real_alumni_touring_the_campus_is_part_of_the_homecoming():
    # https://wxredian.com/art?id=a7494f128e260df596c0338b8b86e003
    text = (
        "11月20日,学院举办校友返校日活动,组织开展校友座谈会、创新创业沙龙分享会。"
        "活动中,校友们还参观了学院实训基地,参加第二届校园美食节活动。"
    )
    c = corpus_from_texts({"d": text}, published={"d": "2024-11-21"}, clean=False)
    assert sorted(set(events(c)["event_type"])) == ["forum", "homecoming", "meeting"]


# ------------------------------------------------------------------------------ the real-pages fixture
def _fixture_pages() -> list[dict]:
    import json
    from pathlib import Path

    path = Path(__file__).parent / "fixtures" / "events_real_pages.json"
    return json.loads(path.read_text(encoding="utf-8"))["pages"]


def test_real_pages_fixture_is_not_validation_data():
    """The fixture's pages are new: none is an article of validation/ (either split)."""
    import csv
    from pathlib import Path

    urls = set()
    for f in (Path(__file__).parents[1] / "validation" / "manifest").glob("*.csv"):
        with f.open(encoding="utf-8") as fh:
            urls |= {r["url"].rstrip("/") for r in csv.DictReader(fh)}
    pages = _fixture_pages()
    assert len(pages) >= 30
    assert not {p["url"].rstrip("/") for p in pages} & urls
    assert all(set(p["event_types"]) <= set(EVENT_TYPES) for p in pages)


def test_real_pages_article_event_types():
    """Article × type precision and recall of vs.article_events on the real pages.

    The reading (``event_types``) was written and committed before vocstudy was run on
    the pages. Round 1 (52 pages) scored P 0.74, R 0.89 with the rules before the second
    pass of issue 10. Round 2 (20 pages, ``round`` = 2) was read after the rules drawn
    from round 1 and scored on them once, held out: P 0.85, R 0.82 (the rules before the
    pass: P 0.81, R 0.79). Round 3 (9 pages, ``round`` = 3) was read after all those
    rules and scored once, held out: P 0.71, R 0.56 (Macau government releases about
    training courses, a summit as the frame of a visit). Round 4 (8 pages) was read after
    the round-3 rules and scored once, held out: P 0.56, R 1.00 (a nominal 的发布, 去年 as
    background, a show at a competition's closing). All rounds then prompted general
    rules; the floors catch regressions.
    """
    from vocstudy.event_extraction import article_events

    pages = _fixture_pages()
    texts = {p["id"]: p["text"] for p in pages}
    published = {p["id"]: p["published"] for p in pages if p["published"]}
    c = corpus_from_texts(texts, published=published)
    table = article_events(c)
    tp = fp = fn = 0
    for p in pages:
        gold = set(p["event_types"])
        pred = set(table.loc[table["doc_id"] == p["id"], "event_type"])
        tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
    assert tp / (tp + fp) >= 0.90, (tp, fp, fn)
    assert tp / (tp + fn) >= 0.90, (tp, fp, fn)


def test_the_content_of_a_meeting_to_implement_is_not_a_meeting():
    # 贯彻落实…会议内容: the meeting is the source of instructions, not an occasion reported
    # a real sentence (validation/ dev page e11, http://1000-payday-loan.com/linfen/kjww/2608866.html)
    s = "为进一步贯彻落实全国深化职业教育改革电视电话会议内容,我市就职业教育活动周做出安排。"
    c = corpus_from_texts({"a": s}, clean=False)
    assert "meeting" not in set(events(c)["event_type"])
    held = corpus_from_texts({"b": "5月8日,全市职业教育工作会议在市行政中心召开。"}, clean=False)
    assert set(events(held)["event_type"]) == {"meeting"}


# --- lexicon rows and rules added with validation batch m (dev pages, Simplified) -------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # http://free.vireal.world/…tid=14649: 大会师 (a grand gathering of entries), no meeting
        (
            "本届入围作品在多达1,712件作品中脱颖而出,成果展堪称各校菁英团队优秀作品的年度大会师。",
            ["exhibition"],
        ),
        # http://shenyangwangzhanzhizuo.com/…: 主题展开讨论 is no exhibition
        (
            "10月26日,2023职业教育与共同富裕高层对话会在浙江永康召开,与会专家学者和各地职业教育代表"
            "围绕“协力创新同心共富”的主题展开讨论。",
            ["meeting"],
        ),
        # https://ccss3172.blogspot.com/2022/03/527.html: a 交流会议 is a meeting, not a 交流会
        (
            "今日交流会议,包含令狐副市长、研考会主委吴皇升、社会局长彭怀真出席,27所大学代表也共同参与,互动热络。",
            ["meeting"],
        ),
        # https://www.caritas.org.hk/zh/news/detail/147: 启航礼 launches a programme
        (
            "香港明爱于2022年10月28日举行「职业专才教育计划」启航礼暨合作伙伴备忘签署及委任仪式。",
            ["launch", "signing"],
        ),
        # https://e123.hk/zh-hant/news/today/890669: 推动成立 is pushed for, not founded
        ("其中一项措施是推动成立应用科学大学,鼓励大学与专业技术业界紧密合作。", []),
        ("在教育部推动下,成立了职业教育联盟。", ["founding"]),
        # https://e123.hk/zh-hant/news/today/890669: 支持成立 is supported, not founded
        ("政府已拨款设立启动资金,支持成立应用科学大学联盟,全面推动应用科学大学发展。", []),
        # http://news.ldnews.cn/news/kjww/201705/519376.shtml: viewing results is no visit
        (
            "启动仪式结束后,各领导以及学校的代表人员共同参观了娄底职业技术学院、娄底工贸中专等校的教学成果。",
            ["launch"],
        ),
        ("代表团参观了学校实训基地。", ["visit"]),
    ],
)
def test_batch_m_triggers(sentence, expected):
    assert [e.event_type for e in find_events(sentence, "2023-10-27")] == expected


def test_a_list_of_winners_posted_is_a_release_not_the_competition():
    # https://tsg.gipc.edu.cn/info/1085/1592.htm (published 2021-09-01)
    s = "重磅!2021年全国技能大赛获奖名单公示,哪些高职院校获奖多?"
    assert [e.event_type for e in find_events(s, "2021-09-01")] == ["release"]


def test_a_bare_year_standing_as_its_own_clause_dates_the_clauses_after_it():
    # g06, http://m.studyofnet.com/560557908.html (2022): background, like 于2016年…成立
    s = "2016年,由天津渤海职业技术学院建设的泰国鲁班工坊揭牌成立。"
    assert types(s, "2022-05-01") == []
    # n16, http://m.hxdzsz.com/local/wenhuajiaoliuyuhezuo/201001/t20100104_1208081.htm
    s = "据鞠维强介绍,2009年,福建正式成立海峡两岸职业教育交流合作中心,中心人员由两岸职业教育界人士共同组成。"
    assert types(s, "2010-01-04") == []
    # negative: the year of publication, or a year with its month, is no background
    # (揭牌成立 is a founding told in one word: GUIDE [ss])
    assert types("2016年,由天津渤海职业技术学院建设的泰国鲁班工坊揭牌成立。", "2016-03-09") == [
        "founding"
    ]
    assert types(
        "2016年3月8日,由天津渤海职业技术学院建设的泰国鲁班工坊揭牌成立。", "2022-05-01"
    ) == ["founding"]


def test_a_press_statement_is_no_release():
    # g10, https://www.knews.com.tw/news/15A70291F57F5705CAF18972089BD2AF (Simplified)
    s = "北科大今(30)日发布新闻稿表示,去年日本「九州冲绳开放大学联盟」与我国「国家重点领域国际合作联盟」签署合作备忘录。"
    assert "release" not in types(s, "2025-04-30")
    # negative: a report released is one (p08: 会议发布了《…倡议》)
    assert types("其间,会议发布了《职业教育赋能新质生产力行动倡议》。", "2024-11-15") == ["release"]


# ------------------------------------------------------------------------------ batch r
def doc_types(text: str, published: str | None) -> set[str]:
    c = corpus_from_texts(
        {"d": text}, published={"d": published} if published else None, clean=False
    )
    return set(events(c)["event_type"])


def test_the_programme_an_occasion_lists_is_part_of_it():
    # r07, http://zt-9jc.com.cn/caijing/2021052040842.html: the week's programme (包括…等)
    s = (
        "据了解,2021年职业教育活动周全国启动仪式暨全国职业院校技能大赛开幕式于5月20日在济南举行,"
        "集成大赛、论坛、展览、观摩体验等一系列活动,包括职业教育创新发展高地建设交流研讨活动、"
        "技能型社会教育研讨会、职业教育改革创新成就展、黄河流域产教联盟成立大会暨高峰论坛等。"
    )
    assert types(s, "2021-05-20") == ["launch", "competition"]
    # r06, https://gx.cri.cn/20191104/8a8d2030-637d-3d49-cd22-a48566444f89.html: 设置…等环节
    s = (
        "人社部职业能力建设司副司长王晓君在作关于国家职业能力建设工作的有关报告时说,本届年会主题为"
        "“产教合作激发新动能,转型发展开创新时代”,设置开幕式、分论坛、经济学家主旨报告、"
        "产教融合优秀企业展览和技工院校实地考察等环节。"
    )
    assert "exhibition" not in types(s, "2019-11-04") and "visit" not in types(s, "2019-11-04")
    # e02 (Simplified by the corpus): a city's programmes, 推动多项计划,包括…等
    s = (
        "教育局长郑新辉指出,市府积极整合技职校院资源,推动多项计划,包括国中技艺教育课程、"
        "国小高年级参访技术型高中、暑期体验课程、教师增能研习及技职博览会等,成效斐然。"
    )
    assert types(s, "2024-09-05") == []
    # negative: sessions a conference held, listed after 活动内容丰富,包括 (n06), are reported
    s = (
        "本届联展暨论坛由教育部和广西壮族自治区人民政府共同主办,活动内容丰富,包括中国—东盟职业教育"
        "高峰论坛、中国—东盟教育官员对话会、广西与越南边境四省教育工作磋商会等。"
    )
    assert {"forum", "meeting"} <= set(types(s, "2017-09-12"))
    # negative: 其中包括 picks activities carried out (the lexicon's seed sentences)
    s = "9月12日至14日,职业教育活动周系列活动在全区各校陆续开展,其中包括职业体验日、技能展示活动等。"
    assert types(s, "2024-09-15") == ["exhibition"]
    # negative: an item reported as held during the occasion (r06)
    s = "论坛期间,主办方举行全国技工院校产教合作联盟揭牌仪式、常务理事单位和产教合作联盟企业成员单位颁牌仪式。"
    assert "plaque_ceremony" in types(s, "2019-11-04")


def test_a_time_frame_or_a_dedication_is_no_event():
    # n02, a school page (2018): the activity week's opening only dates the contest
    s = "本赛项是今年江苏省31个国赛中职组项目中最早开赛的赛项,恰逢“全国职业教育活动周”开幕。"
    assert "launch" not in types(s, "2018-05-10")
    s = "三个参赛队全部获得一等奖,为江苏省2018年国赛中取得开门红,为党的十九大胜利召开献礼,充分展示江苏职教风采!"
    assert "meeting" not in types(s, "2018-05-10")
    # negative: the week's opening reported
    assert types("5月6日,“全国职业教育活动周”开幕。", "2018-05-10") == ["launch"]


def test_a_tally_or_past_editions_listed_by_year_are_background():
    # n09: a tally up to now
    s = "截至目前,全国机械行指委、对口支援院校和企业与新疆职业大学共签署16项对口支援协议。"
    assert types(s, "2024-06-01") == []
    # r04, https://mentorsc.com/news/39088/IMPORT_NEWS/1: past editions listed by year
    s = (
        "据悉,自治区依托中国-东盟博览会,与教育部共同成功主办了2012、2013、2015中国-东盟职业教育联展暨论坛,"
        "共有东盟各国17位部长、200余所高校600多名外宾参会参展,签署了逾百份合作协议。"
    )
    assert not {"signing", "forum"} & set(types(s, None))
    # negative: agreements signed at the reported occasion
    assert types("会上,双方签署了16项合作协议。", "2024-06-01") == ["signing"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # r14, http://m.8037eee.com/news/fujian/szjj/2017-05-29/2016259.html: a job fair
        (
            "据福州新闻网报道 日前,在一场由福建建筑学校与128家企业联合举办的供需见面会上,"
            "1100名2017届毕业生可任意挑选约1300个工作岗位。",
            [],
        ),
        # r15, https://tourzj.edu.cn/info/1019/13613.htm: a job fair named 人才交流大会
        (
            "4月7日下午,浙江旅游职业学院举行了浙江省第十二届旅游院校毕业生专场招聘会,"
            "同时也是杭州文旅人才交流大会酒店管理学院专场招聘会。",
            [],
        ),
        ("4月7日下午,学校举行了第十二届教职工代表大会。", ["meeting"]),  # negative
        # r12, https://www.lifetoutiao.news/302075: a contest inside an exhibition's name
        (
            "由教育部国民及学前教育署主办的「全国高级中等学校专业群科专题实作及创意竞赛优良作品展」,"
            "5月21日至23日于高雄科工馆北馆1F三角大厅展出。",
            ["exhibition"],
        ),
        (
            "本次展览为第15届竞赛成果之精华汇整,展出来自全国技术型高中的37件优良作品。",
            ["exhibition"],
        ),
        ("5月21日,第15届专题实作及创意竞赛在高雄举行。", ["competition"]),  # negative
        # g01: a contest inside a training base's name
        (
            "5月6日,「世界技能大赛澳门综合培训基地」揭牌仪式在横琴粤澳深度合作区举行。",
            ["plaque_ceremony"],
        ),
        # r06: the annual session of a forum is the forum; 本届年会 refers back
        (
            "第六届全国技工院校校长论坛年会暨全国技工院校产教合作联盟成立仪式11月2日在南宁举行。",
            ["forum", "founding"],
        ),
        ("而在本届年会的主办地广西壮族自治区,2019年广西技工院校招生5.8万人。", []),
        ("11月2日,中国职业技术教育学会学术年会在南宁召开。", ["meeting"]),  # negative
        # k07: a WeChat follow prompt names an account, not a release
        (
            "↑点击上方德州教育发布 德州齐鲁网5月22日讯(记者周树茂)5月22日,京津冀·鲁汽车职业教育联盟在德州成立。",
            ["founding"],
        ),
        # r08, http://rayvalet.com/info/1021/14727.htm: the week opens on a date
        ("【聚焦职教活动周①】职业教育活动周5月6日正式开幕", ["launch"]),
    ],
)
def test_batch_r_triggers(sentence, expected):
    assert types(sentence, "2025-05-22") == expected


def test_an_opening_ceremony_on_a_day_is_part_of_the_forum_and_a_parliament_is_no_meeting():
    # r05, https://legal.zgswcn.com/article/202312/202312201836041192.html
    text = (
        "12月20日至21日,“一带一路”职业教育国际论坛在河北保定和雄安举办。"
        "20日的开幕式上,全国人大常委会副委员长郝明金出席会议并作主旨演讲,欧洲议会议员、欧洲议会交通"
        "旅游委员会副主席乌伊海依·伊仕特万出席开幕式并先后致辞。"
    )
    assert doc_types(text, "2023-12-20") == {"forum"}
    # negative: a programme's opening day (开放日的开幕式) is still a launch
    assert doc_types("校园开放日的开幕式在学校举行。", "2023-12-20") == {"launch"}


def test_touring_or_attending_during_another_occasion_is_part_of_it():
    # k12: a skills show toured by a delegation is part of its visit
    text = "4月10日,考察团一行到学院考察。考察团一行参观了无人机专业技能展示、农业机械实训室、宠物美容诊疗室等多个特色教学场所。"
    assert doc_types(text, "2024-04-11") == {"visit"}
    assert doc_types("4月10日,学院举办无人机专业技能展示活动。", "2024-04-11") == {
        "exhibition"
    }  # negative
    # m11: guests touring the campus after the launch
    text = "活动上,启动“匠果”校友平台。企业嘉宾一行还参观了我校和云南理工职业学院的实训基地。"
    assert doc_types(text, "2025-04-11") == {"launch"}
    assert doc_types("企业嘉宾一行参观了我校实训基地。", "2025-04-11") == {
        "visit"
    }  # negative: no other occasion
    # k18: officials 莅临现场 attend the annual meeting
    text = (
        "11月8日,2014年全国职业教育集团化办学年会在马鞍山召开。马鞍山市副市长高晓平、马鞍山市教育局局长"
        "王炳祥等莅临现场,并对年会的召开表示热烈祝贺。"
    )
    assert doc_types(text, "2014-11-09") == {"meeting"}
    assert doc_types("11月8日,副市长高晓平莅临我校指导工作。", "2014-11-09") == {
        "visit"
    }  # negative


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # n02: a team's training site is no training held
        ("该校是此赛项江苏省代表队国赛集训点,由万烨锋副校长作为江苏省代表队领队率队出征。", []),
        ("5月,江苏省代表队在该校进行了为期一个月的集训。", ["training"]),  # negative
        # p15: 通过会议 (through the meeting) refers back to it
        ("通过会议我们了解到:2011年我省共有高校毕业生44.6万人。", []),
    ],
)
def test_batch_r_names_and_back_references(sentence, expected):
    assert types(sentence, "2011-09-10") == expected


def test_an_agreement_being_implemented_is_no_signing():
    # g03 (school page, 2023): the May agreement is implemented, not signed at the occasion
    s = (
        "袁乐表示学校将全面贯彻落实第九次全国对口支援新疆工作会议精神,逐项落实5月份学校与克州职院签订的"
        "对口帮扶协议,发挥江苏院校优势资源。"
    )
    assert "signing" not in types(s, "2023-09-27")
    # negative: the signing reported
    assert types("5月,学校与克州职院签订了对口帮扶协议。", "2023-09-27") == ["signing"]


# ------------------------------------------------------------------------------ batch u
def test_a_tour_just_before_or_after_the_reported_ceremony_adds_a_visit():
    # GUIDE [kk] kk05, [zm], [uu] uu08, [zr] zr09: the participants' tour before or after
    # the ceremony or meeting the article reports adds a visit (earlier gold, u10 and q20,
    # read it as part of the ceremony; the guide's later decisions read it as a visit)
    text = (
        "珲春市2024年职业教育活动周启动仪式在市职业中学举行。"
        "启动仪式前,与会人员参观考察了珲春市跨境电商产业园建设情况。"
    )
    assert doc_types(text, "2024-03-01") == {"launch", "visit"}
    text = "双方举行合作办学签约仪式。签约仪式结束后,昌都职校一行参观了我校国际电工学院。"
    assert doc_types(text, "2024-03-01") == {"signing", "visit"}
    # a tour with no other occasion reported is a visit
    assert doc_types("仪式结束后,校地领导前往新校址查看,考察了科技孵化器。", "2024-03-01") == {
        "visit"
    }
    # a delegation's visit reported for itself stays a visit beside its meeting
    text = "4月10日,考察团一行到学院考察并召开座谈会。座谈会后,考察团一行参观了实训室。"
    assert doc_types(text, "2024-04-11") == {"visit", "meeting"}
    # negative: the trainees' tour during their training stays part of the training
    text = "3月5日,北中镇举办茶叶实用技术培训班。培训期间,全体学员还前往基地参观学习。"
    assert doc_types(text, "2020-03-06") == {"training"}


def test_bare_jinnian_recent_years_is_background():
    # u04 (Taichung city news, 2024): centres set up 近年 are background to the contest
    s = (
        "叶俊杰也表示,市长卢秀燕用心推动技职教育,并积极落实人才培育,近年陆续于山区东势高工、屯区台中高工"
        "成立「电动车术教学中心」及「智慧制造技术教学中心」,透过教学共备、相关竞赛等策略提升师生专业素养。"
    )
    assert "founding" not in types(s, "2024-11-30")
    # o17 (school page): 近年,… 成立 a research centre abroad
    s = "近年,泸州职业技术学院在东坎赛教师培训学院成立“中老儿童教育研究中心”。"
    assert types(s, "2024-11-30") == []
    # negative: a centre set up on a date is a founding
    s = "11月29日,台中高工成立「智慧制造技术教学中心」。"
    assert types(s, "2024-11-30") == ["founding"]


# ---------------------------------------------------------- batch w (validation, dev)
def test_a_document_issued_now_is_a_release():
    # w18, http://m.mituya.cn/a/201909/18/WS5d81ccd2a31099ab995e0a11.html (Traditional mirror)
    s = (
        "人力资源社会保障部办公厅近日印发《关于进一步支持“三区三州”等深度贫困地区技工教育发展的通知》"
        "(以下简称《通知》)。"
    )
    assert types(s, "2019-09-18") == ["release"]
    # k17 (Traditional mirror with pinyin glosses): 近日, then the issuing body
    assert types(
        "近日,山西省教育厅印发(fā)《巩固拓展职业教育脱贫攻坚成果实施方案》。", "2021-09-01"
    ) == ["release"]
    # negatives: a document issued in a past year is background, a cited one is a name,
    # and 关于印发《…》的通知 is a notice's title
    assert (
        types(
            "2015年中共中央、国务院正式印发《京津冀协同发展规划纲要》,纲要中明确指出要加快发展。",
            "2018-01-01",
        )
        == []
    )
    assert "release" not in types(
        "近日,为落实国务院办公厅印发的《关于深化现代职业教育体系建设改革的意见》,学校召开会议。"
    )
    assert types("近日,省教育厅关于印发《2026年湖北省职业院校技能大赛方案》的通知已下发。") == []


def test_training_inside_the_quoted_name_of_a_seminar_is_not_a_training():
    # w20, https://www.bpu.edu.cn/info/1045/10860.htm
    s = (
        "本次交流聚焦深化职业教育领域的务实合作,共同举办“面向两国技术人员培训项目开发”专题研讨会,"
        "就课程体系共建、培训模式创新、师资交流等议题进行了深入探讨。"
    )
    assert types(s) == ["forum"]
    # negative: a training held under a quoted theme is a training
    assert types("5月,学院举办“乡村振兴”电商技能培训,来自各县的80名学员参加。") == ["training"]


# --- rules added with validation batch x ---------------------------------------------


def _article_types(text: str, published: str) -> list[str]:
    c = corpus_from_texts({"d": text}, published={"d": published}, clean=False)
    return sorted(set(events(c)["event_type"]))


def test_unveiling_of_a_competition_is_the_competition():
    # x01, http://m.vlkg348.com/zixunzhongxin/143.html: a contest 揭幕 (opens) - part of the
    # competition, like its 开幕 (GUIDE: the opening of a competition is the competition)
    text = (
        "10月15日,青海省西宁市首届中等职业学校技能大赛在西宁市世纪职业技术学校揭幕,"
        "在为期15天的比赛中,7所职业学校的三百余名学生将进行计算机应用等共计8个专业的职业技能比赛。"
    )
    assert _article_types(text, "2010-10-16") == ["competition"]
    # negative: an unveiling in an article reporting no competition, forum, meeting,
    # exhibition or training it opens stays a launch
    assert _article_types("10月15日,学校创新创业中心在校内揭幕。", "2010-10-16") == ["launch"]


def test_results_that_come_out_are_a_release():
    # x10 (Simplified form): 获奖名单已出爐; e03: 经审查后结果出爐 (GUIDE [e]: 結果出爐)
    assert "release" in types(
        "第13届「技职之光」获奖名单已出炉,「竞赛卓越奖」和「技职杰出奖」共有44名学生获得此项荣耀。",
        "2018-01-10",
    )
    assert types("今年,共有12个直辖市与县市政府提出申请,经审查后结果出炉。", "2025-09-05") == [
        "release"
    ]
    # negative: 出炉 of anything but results or a list is no release (新鲜出炉的面包)
    assert types("学生们在实训室里做出了新鲜出炉的面包。", "2025-09-05") == []


def test_participants_touring_together_are_part_of_the_meeting():
    # x18, http://rsj.sx.gov.cn/art/2020/10/30/art_1488667_58922072.html: the participants
    # of a 座谈会 touring the host college together (一同参观) - part of the meeting
    text = (
        "10月27日至28日,“金蓝领号”招才引智活动、校企合作座谈会在天津举办。"
        "27日下午,与会代表一同参观天津职业大学校内汽车、机械加工中心等实训基地。"
    )
    assert _article_types(text, "2020-10-30") == ["meeting"]
    # negative: a delegation's own tour, with no occasion it belongs to, is a visit
    assert _article_types(
        "27日下午,绍兴市人力社保局代表一同参观天津职业大学实训基地。", "2020-10-30"
    ) == ["visit"]


def test_an_education_fair_is_an_exhibition_and_its_launch_ceremony_is_part_of_it():
    # y13 (also drawn as x17), https://www.tangce.net/news/n2022/news_2022_11_04.html
    text = (
        "2022年10月31日及11月1日,超过200家中国、马来西亚职业技术学院,通过线上及线下的方式参加了"
        "“首届中国—马来西亚职业教育展”启动仪式,线上论坛同时拉开帷幕。"
    )
    assert _article_types(text, "2022-11-04") == ["exhibition", "forum"]
    # negatives: 教育展示 is prose, not a fair; a contest season's 启动仪式 stays a launch (g01)
    assert types("活动周将通过职业教育展示、师生书画作品等形式开展。", "2022-11-04") == []
    assert "launch" in _article_types("学院举行2024年职业技能竞赛启动仪式。", "2024-03-01")


def test_an_internal_working_group_set_up_is_no_founding():
    # j13, https://zjjt.hzvtc.cn/info/1002/1534.htm: a college sets up a working group to run
    # a training class - no alliance, college or centre is founded (GUIDE: founding)
    assert (
        types(
            "学员们进校之后,学院成立了退役士兵培训工作领导小组,拟定了汉中职业技术学院"
            "退役士兵订单式技能培训工作实施方案。",
            "2017-06-20",
        )
        == []
    )
    assert (
        types(
            "自接到上级部门通知起,学院成立领导小组,院领导主持会议、安排布置相关工作。", "2019-05-10"
        )
        == []
    )
    # n10 (dev): a coordination group of a city's education commission
    assert (
        types(
            "上海市教委高度重视职业教育对口支援工作,成立上海职业教育对口帮扶工作协调小组,"
            "设在上海市教委教育技术装备中心。",
            "2019-05-10",
        )
        == []
    )
    # negative: an alliance founded is still a founding
    assert types("5月10日,职业教育产教融合联盟在学院成立。", "2019-05-10") == ["founding"]


def test_a_job_fair_named_as_a_negotiation_meeting_is_no_meeting():
    # j20, https://jyfzjjh.imau.edu.cn/info/1017/8086.htm: a graduates' 实习就业洽谈会 is a job
    # fair (GUIDE [r]: no event type), as 供需见面会 and 人才交流大会 already are
    assert types("10日-11日,职业技术学院举办2008届毕业生实习就业洽谈会。", "2008-04-12") == []
    # and its back-references (本次洽谈会, 洽谈会期间) name no new occasion
    assert types("本次洽谈会共有区内外93家用人单位参会,需求毕业生1787人。", "2008-04-12") == []
    assert types("洽谈会期间,学院与多家企业签订了毕业生实习实训基地的合作协议。", "2008-04-12") == [
        "signing"
    ]
    # negative: a cooperation 洽谈会 between schools is a meeting (s03)
    assert types("6月5日,中国—柬埔寨职教合作洽谈会在学院举行。", "2024-06-06") == ["meeting"]


def test_an_anniversary_assembly_is_no_meeting():
    # j08, http://yourloanhere.com/unews2022/20221121165356.htm: a college's 建校20周年纪念大会
    # is an anniversary (GUIDE [m]: none of the event types), not a meeting
    assert types("11月18日晚,衢州职业技术学院建校20周年纪念大会在此隆重举行。", "2022-11-21") == []
    # negative: a work assembly held is still a meeting
    assert types("11月18日,全市职业教育工作大会在衢州举行。", "2022-11-21") == ["meeting"]


def test_an_invitation_to_come_is_no_visit():
    # j11, https://www.simc.cn/_t24/80/4e/c74a98382/page.htm: the school invites the company
    # to come (邀请企业来校莅临指导) - an invitation, not a visit reported held
    assert (
        types(
            "校方领导感谢上海烟机的热情接待,并邀请企业来校莅临指导,并表示希望双方可以进一步加强交流合作。",
            "2024-10-22",
        )
        == []
    )
    # negative: an official's visit reported held is a visit
    assert types("10月21日,上海烟机领导莅临学校指导工作。", "2024-10-22") == ["visit"]


def test_a_day_opening_a_later_clause_ends_the_background_before_it():
    # u06 (dev): 已连续5年办理 is about the earlier years; the clause opened by 1月21日 reports
    # this year's occasion, so the background marker before it does not drop it
    s = (
        "市府教育局已连续5年办理「技职秀起来」活动,1月21日首次在国立自然科学博物馆扩大举办"
        "技职教育成果展,现场参与人数破千人。"
    )
    assert types(s, "2025-01-22") == ["exhibition"]
    # negative: with no such date the marker still makes the mention background
    s = "市府教育局已连续5年在国立自然科学博物馆举办技职教育成果展,现场参与人数破千人。"
    assert types(s, "2025-01-22") == []
    # negative: a date with its year may belong to the background and does not end it
    s = "近年来,学校不断深化产教融合,2023年7月15日牵头成立北京数字文化产教联合体。"
    assert types(s, "2025-01-22") == []


def test_booths_set_up_at_a_reported_occasion_are_an_exhibition():
    # u06 (dev): schools, universities and trade bodies 设摊 at the 「技职秀起来」 day - a fair
    s = (
        "市府教育局已连续5年办理「技职秀起来」活动,1月21日首次在国立自然科学博物馆扩大举办,"
        "由高中职、科大端及厂协会代表设摊并邀请台中市辖属的高国中学生、家长参加,现场参与人数破千人。"
    )
    assert types(s, "2025-01-22") == ["exhibition"]
    # negative: the booths of a job fair are no exhibition (GUIDE [r])
    s = "3月5日,120家企业在学校体育馆设摊参加春季校园招聘会。"
    assert types(s, "2025-03-06") == []


def test_a_tally_of_bodies_set_up_is_no_founding():
    # y18 / o02 (dev): 青海成立了由…为成员单位的9个职业教育集团 counts achievements
    s = (
        "青海成立了由企事业单位、学校、科研机构和协会为成员单位的9个职业教育集团,"
        "与45家企业合作开展现代学徒制试点。"
    )
    assert "founding" not in types(s, "2019-05-10")
    # v07 (dev): 组建了35个职教集团
    assert "founding" not in types(
        "兰州新区职教园区,组建了35个职教集团,创建了23所国家级中职示范校。", "2019-05-10"
    )
    # n16 / u06 (dev): 成立7个高职师资培训中心, 成立3座技术教学中心
    assert "founding" not in types(
        "依托福建信息职业技术学院等高职院校成立7个高职师资培训中心。", "2010-01-04"
    )
    assert "founding" not in types("高中阶段,成立3座技术教学中心并创立产学合作专班。", "2025-01-22")
    # negative: one body founded is a founding, also with a count after it (联盟有30家成员)
    assert types("5月8日,长三角职业教育产教融合联盟在台州成立。", "2024-05-10") == ["founding"]
    assert types("5月8日,学院牵头成立全国首个数字文化产教联合体。", "2024-05-10") == ["founding"]
    assert types("5月8日,学院成立了第2个产业学院。", "2024-05-10") == ["founding"]


def test_the_occasion_a_reported_one_follows_is_background():
    # s04 (dev): the signing is reported; 继2024年9月首次合作交流会后 names the earlier forum
    s = (
        "此次签约是继2024年9月首次合作交流会后的重要成果,标志着两校在南南合作技能开发网络框架下的"
        "合作迈入实质性阶段。"
    )
    assert types(s, "2025-08-23") == ["signing"]
    # y15 (dev): 继去年10月在印尼万隆成功举办「2016年台印尼高等教育论坛」后
    s = "我国继去年10月在印尼万隆成功举办「2016年台印尼高等教育论坛」后,盼进一步拓展教育合作。"
    assert types(s, "2017-04-10") == []
    # negative: 继 followed by the reported occasion itself is no background (继续举办 is a verb)
    assert types("4月8日,学校继续举办第二届技能文化节暨技能大赛。", "2025-04-10") == ["competition"]
    assert types("4月8日,继开幕式后,论坛在学院报告厅举行。", "2025-04-10") == ["forum"]


def test_an_invitation_or_welcome_to_come_is_no_visit():
    # h10 (dev): 邀请家长…于博览举行期间到场参观 - an invitation to the public
    s = "她亦邀请家长、学生及教师于博览举行期间到场参观。"
    assert "visit" not in types(s, "2024-09-20")
    # o18 (dev): 中华文化节也欢迎各地学生到访交流
    s = "同时,澳门工联职业技术中学的中华文化节也欢迎各地学生到访交流,以活动为纽带拉近湾区职教学生的距离。"
    assert "visit" not in types(s, "2025-05-10")
    # negative: a visit welcomed warmly is reported (热烈欢迎…到访)
    assert types("5月8日,学校热烈欢迎澳门代表团一行到访交流。", "2025-05-10") == ["visit"]
    assert types("5月8日,澳门代表团一行到访我校参访交流。", "2025-05-10") == ["visit"]


def test_a_moment_named_by_an_occasion_is_a_time_frame():
    # z03 (dev): 党的二十大即将召开的重要时刻 dates the 开学典礼, it reports no meeting
    s = (
        "在热烈庆祝中华人民共和国成立73周年、党的二十大即将召开的重要时刻,10月15日上午,"
        "宜春职业技术学院2022级新生开学典礼在新校区奋发体育场举行。"
    )
    assert types(s, "2022-10-16") == ["launch"]
    # g03 (dev): …对口支援新疆工作会议召开后的第一时间, the visit is reported
    s = (
        "9月26日,第六次全国住房城乡建设系统对口支援新疆工作会议召开后的第一时间,"
        "我校副校长袁乐赴克孜勒苏职业技术学院考察调研。"
    )
    assert types(s, "2022-10-01") == ["visit"]
    # negative: a meeting held at a time is a meeting (10时召开)
    assert types("10月15日上午10时,全市职业教育工作会议在宜春召开。", "2022-10-16") == ["meeting"]


def test_a_luban_workshop_is_no_class():
    # y16 (dev): 鲁班工坊 holds 班 but is no class: 成立…鲁班工坊 launches no programme
    s = "天津轻工职业技术学院院长李云梅则认为,“全球已成立了30多家鲁班工坊,其核心是中国输出在职业教育领域的经验和技术。"
    assert "launch" not in types(s, "2024-05-10")
    # a single 鲁班工坊 set up at a reported occasion is a founding (a centre), not a launch
    assert types("5月8日,吉布提鲁班工坊在吉布提市正式成立。", "2024-05-10") == ["founding"]
    assert types("5月8日,学院成立吉布提鲁班工坊。", "2024-05-10") == ["founding"]
    # negative: a class is still launched (成立「国际学生产学合作专班」)
    assert types("5月8日,学院成立「国际学生产学合作专班」。", "2024-05-10") == ["launch"]


def test_a_training_centre_named_is_no_training():
    # y07 (dev): 汽车技能大赛集训中心 is a building planned, not a training course
    s = (
        "基地规划新建智能农业装备展厅、汽车技能大赛集训中心、医养救护实训中心、数字商贸孵化中心等,"
        "打造成为南疆高技能人才培养高地。"
    )
    assert "training" not in types(s, "2024-01-01")
    # negative: an intensive training held is training
    assert types("5月8日,参赛选手在学院开展为期一周的集训。", "2024-05-10") == ["training"]


def test_a_tally_of_sessions_held_so_far_is_background():
    # o08 (dev): 已举行超50期员工技能培训 counts sessions held over the years
    s = "赞比亚的中赞职业技术学院已举行超50期员工技能培训,培训超1000人。"
    assert types(s, "2024-01-01") == []
    assert types("该大赛已成功举办了十届,本届大赛吸引了全国选手参加。", "2024-01-01") == [
        "competition"
    ]
    # negative: a session named by its number and reported held is an event
    assert types("5月8日,学院举行第50期员工技能培训班开班仪式。", "2024-05-10") == ["training"]
    assert types("5月8日,学院已举行员工技能培训。", "2024-05-10") == ["training"]


def test_an_occasion_cited_as_a_documents_source_is_not_reported():
    # o08 (dev): the ministerial conference is cited as the source of the 《愿景》
    s = "2021年底,中非合作论坛第八届部长会议通过的《中非合作2035年愿景》提出,中国与非洲国家共同实施“能力建设工程”。"
    assert types(s, "2024-05-10") == []
    # negative: a meeting reported as adopting a document is a meeting
    assert types(
        "5月8日,全省职业教育工作会议在济南召开,会议审议通过了《实施方案》。", "2024-05-10"
    ) == ["meeting"]


# ------------------------------------------------------------------------------ batch i
def lead_of(text: str, published: str | None) -> tuple[str, str | None]:
    from vocstudy.event_extraction import article_events

    c = corpus_from_texts(
        {"d": text}, published={"d": published} if published else None, clean=False
    )
    t = article_events(c)
    row = t[t["lead"]].iloc[0]
    return row["event_type"], None if pd.isna(row["place"]) else row["place"]


def test_a_time_clause_dates_something_else():
    # y06 (dev): the contest's opening and a visit only date what followed
    s = (
        "中华人民共和国第一届职业技能大赛开幕时,习近平总书记曾给大赛发去贺信,强调要激励更多劳动者"
        "特别是青年一代走技能成才、技能报国之路。"
    )
    assert "技能大赛" not in [e.trigger for e in find_events(s, "2024-01-01")]
    s = "学院由李克强总理2018年7月视察西藏时确定建设,是经西藏自治区人民政府批准成立的全额拨款、全日制高等技工院校。"
    assert "visit" not in types(s, "2024-01-01")
    # negative: 学时/小时/同时 are no time clause
    assert types("5月8日,学院举办技能培训班,共计40学时。", "2024-05-10") == ["training"]
    assert types("5月8日,签约仪式同时举行。", "2024-05-10") == ["signing"]


def test_setting_about_a_founding_is_no_founding():
    # q06 (dev): 正著手成立 (Simplified by the corpus: 正着手)
    s = "赵敏勋昨也指出,该校正著手成立虚拟的工具机学院,它将以工具机为体、工程电资为用。"
    assert "founding" not in types(s, "2024-01-01")
    assert "founding" not in types(s.replace("著", "着"), "2024-01-01")
    # negative: a founding reported
    assert types("5月8日,该校正式成立工具机学院。", "2024-05-10") == ["founding"]


def test_releases_by_different_platforms_are_a_kind():
    # l08 (dev): 不同平台发布的排名
    s = "由于我国中等职业教育体系庞大且区域发展不均衡,不同平台发布的排名往往基于差异化的评估维度。"
    assert types(s, "2024-01-01") == []
    # negative: one release reported
    assert types("5月8日,平台发布了2024年中职学校排名榜单。", "2024-05-10") == ["release"]


def test_years_since_years_ago_and_earliest_are_background():
    # v03 (dev): 三年来; i14 (batch i): 最早成立于2018年 on a page with no publication date
    s = "记者昨日从石家庄市教育局了解到,三年来,石家庄市代表河北省参加全国职业院校技能比赛(中职组)屡创佳绩。"
    assert "competition" not in types(s, "2024-01-01")
    s = "皇冠9393体育平台“工匠班”最早成立于2018年,是皇冠9393体育平台创新探索人才培养模式的重要载体。"
    assert "founding" not in types(s, None)
    assert "founding" not in types("该中心十年前成立,现有学员千人。", "2024-01-01")
    # negative: a deadline year (2025年前) and a founding reported
    assert types("5月8日,学院成立职教集团,计划2025年前建成。", "2024-05-10") == ["founding"]


def test_a_trigger_inside_a_documents_title_is_a_name():
    # y11 (dev): the action plan is named after the forum
    s = (
        "2024年中非合作论坛北京峰会通过的《中非合作论坛—北京行动计划(2025—2027)》强调,中国和非洲发展振兴的关键"
        "在于将人才红利转化为助力本国现代化发展的动能,并指出将继续实施“未来非洲—中非职业教育合作计划”,中方将在"
        "农业、渔业、航天卫星、计算机、医药、公共健康、工程、油气技术等方面支持非洲国家人才培养。"
    )
    assert types(s, None) == []
    # negative: a title that ends with the trigger names the occasion (首届《…见面会》)
    assert types("5月8日,学院举办首届《职业教育与产业发展》论坛。", "2024-05-10") == ["forum"]


def art_types(text: str, published: str | None) -> set[str]:
    from vocstudy.event_extraction import article_events

    c = corpus_from_texts(
        {"d": text}, published={"d": published} if published else None, clean=False
    )
    return set(article_events(c)["event_type"])


def test_an_occasion_dated_long_before_publication_is_background():
    # g06 (dev, published 2019-05-10): the 2018 summit recounted in the body
    old = "2018年9月3日,我国在中非合作论坛北京峰会开幕式上提出,将在非洲设立10个鲁班工坊。"
    lead = "吉布提鲁班工坊运营一周年。学院师生赴吉布提交流。学生在工坊实训。"
    assert "forum" not in art_types(lead + old, "2019-05-10")
    # the mention table keeps it, with its date
    assert "forum" in doc_types(lead + old, "2019-05-10")
    # as the lead too (batches ff, gg: a feature opening on an occasion of years before)
    assert "forum" not in art_types(old, "2019-05-10")
    # negative: dated within half a year of publication, it is reported
    assert "forum" in art_types(lead + old, "2019-01-10")
    assert "forum" in art_types(old, "2019-01-10")


def test_a_page_without_publication_date_tells_background_by_its_latest_full_date():
    # s03 (dev): 2013年,…短期培训项目 on a page dated only by 2014年5月12日 in its text
    s = "2013年,公立培训机构为9.1万人次提供了各类培训,非政府组织的短期培训项目培训1000人次。"
    dated = "2014年5月12日,代表团抵达金边。"
    assert "training" not in doc_types(dated + s, None)
    # negative: with no full date the year cannot be placed
    assert "training" in doc_types(s, None)


def test_an_earlier_year_naming_a_cohort_of_a_dated_occasion_is_no_background():
    # j13 (dev): 2016年秋季 names the class whose ceremony is dated 2017年6月15日
    s = "2017年6月15日,汉中职业技术学院举行2016年秋季退役士兵订单班结业典礼,三个专业61名学员如期结业。"
    assert "training" in types(s, "2017-06-20")
    # negative: an undated earlier year is background
    assert "training" not in types(
        "2016年,汉中职业技术学院举行退役士兵订单班结业典礼。", "2017-06-20"
    )


def test_a_quoted_name_or_theme_is_no_occasion_and_a_back_reference_no_new_type():
    # a06 (batch a; drawn for batch i too, kept once): the show is named 「职训小学堂-返校日」 and has it as its theme
    s0 = (
        "为了让民众暸解政府职业训练的资源,劳动部劳动力发展署北分署将于12月27日下午1点30分,在台北车站1楼"
        "多功能展演区,举办「职训小学堂-返校日」职业训练成果发表会,现场邀集辖区39个具特色的训练单位。"
    )
    assert types(s0, "2018-12-20") == ["exhibition"]
    s1 = "劳动力发展署北分署林仁昭分署长表示,这次的成果展以「职训小学堂-返校日」为主题。"
    assert "homecoming" not in types(s1, "2018-12-20")
    s2 = "本次发表会内容丰富,包括「职人技艺体验」、「职训小教室」等。"
    assert doc_types(s0 + s2, "2018-12-20") == {"exhibition"}
    # negatives: a homecoming named, and a release event on its own
    assert types("12月27日,学校举办「校友返校日」。", "2018-12-20") == ["homecoming"]
    assert doc_types("12月20日,学院举行新书发表会。本次发表会吸引百人参加。", "2018-12-20") == {
        "release"
    }


@pytest.mark.parametrize(
    ("sentence", "absent", "published"),
    [
        # i16 (batch i), j13 (dev): a meeting's delegates or agenda
        ("2019年,全国“职教联盟”会议代表团参观考察泗安成校。", "meeting", "2019-06-01"),
        (
            "按照会议议程,继续教育与培训部副主任张忆北宣读了退役士兵三个专业订单班结业名单。",
            "meeting",
            "2017-06-20",
        ),
        # v09 (dev): a preparatory meeting for a founding; i14 (batch i): a class's 成立背景
        (
            "10月14日晚,长三角汽车产教融合联盟成立预备会在台州香溢大酒店召开。",
            "founding",
            "2023-10-20",
        ),
        (
            "毕业典礼上,2023届“工匠班”班主任任东介绍了“工匠班”的成立背景、人才培养情况。",
            "founding",
            "2023-06-30",
        ),
        # q12 (dev): a results show is an exhibition, not a release
        (
            "嘉义县113学年度国中技艺教育课程竞赛颁奖典礼暨成果发表会,29日盛大登场。",
            "release",
            "2024-11-30",
        ),
    ],
)
def test_delegates_agendas_preparations_and_results_shows(sentence, absent, published):
    assert absent not in types(sentence, published)


def test_delegates_agendas_preparations_negatives():
    assert types("5月8日,全省职业教育工作会议在济南召开。", "2024-05-10") == ["meeting"]
    assert types("10月14日,长三角汽车产教融合联盟成立。", "2023-10-20") == ["founding"]
    assert "exhibition" in types(
        "嘉义县113学年度国中技艺教育课程竞赛颁奖典礼暨成果发表会,29日盛大登场。", "2024-11-30"
    )


@pytest.mark.parametrize(
    ("text", "published", "city"),
    [
        # i08 (batch i): 假…举行 (Hong Kong)
        (
            "教育及职业博览将于今个星期四至日,假湾仔香港会议展览中心举行,云集多家教育机构。",
            "2015-02-04",
            "香港特别行政区",
        ),
        # i03 (batch i): 在天津落下帷幕
        (
            "中新网6月30日电 为期3天的“2008年全国职业院校技能大赛”30日在天津落下帷幕。",
            "2008-06-30",
            "天津市",
        ),
        # w15 (dev): a local outlet's dateline without a date (德州新闻网讯(记者…)
        (
            "德州新闻网讯(记者王志冕 通讯员王志浩)6月12日至15日,重庆市秀山县人社部门来我市开展劳务协作对接工作,"
            "签订了德州·秀山2024年度劳务对接合作协议。",
            "2024-06-20",
            "德州市",
        ),
        # i05 (batch i): a branch venue of a conference watched by video
        (
            "6月23日,全国职业教育工作会议全体会议召开,县委常委、副县长赵鑫及县直各部门负责人在贞丰分会场收听收看会议。",
            None,
            "黔西南布依族苗族自治州",
        ),
        # u04 (dev): the host named as undertaking the contest
        (
            "「精工巧艺扬金手,群雄荟萃耀台中」,一一三学年度全国高级中等学校学生工业类技艺竞赛今年由台中市承办,"
            "全国计一二三校、九七○位选手同场竞技。",
            "2024-11-30",
            "台中市",
        ),
        # wx07 (dev): a foreign agency's dateline in translation (帝力,2025年6月4日(TATOLI)-)
        (
            "帝力,2025年6月4日(TATOLI)-国务秘书在一次全国研讨会上表示,将投资职业技术教育。",
            "2025-06-04",
            "帝力",
        ),
    ],
)
def test_lead_city_from_venue_words_datelines_and_hosts(text, published, city):
    assert lead_of(text, published)[1] == city


# --- one article, its lead event's type and city: host-school rules of the later rounds ---
LEAD_CITIES = [
    # yj02 (dev): 来访我校 - the host is the first school named that is not the visitors'
    (
        "6月25日上午,德国汉堡某双元制大学国际交流处主任一行来访我校,商讨交流合作事宜。"
        "座谈会由海外教育学院负责人主持。双方介绍了该大学和常州工业职业技术学院的合作项目。",
        "2024-06-30",
        ("visit", "常州市"),
    ),
    # zy03 (dev): …一行来访, with no place after: the visitors came to the writer's school
    (
        "3月12日上午,芬兰某应用科学大学国际合作主任一行来访,双方就教育合作事宜展开交流。"
        "宁波城市职业技术学院副校长热情接待来宾。",
        "2024-06-30",
        ("visit", "宁波市"),
    ),
    # yy01 (dev): 来学校; xd02 (dev): 到访学院
    (
        "越南某大学教育代表团来学校考察交流。代表团与莱芜职业技术学院签署合作备忘录。",
        "2024-06-30",
        ("visit", "济南市"),
    ),
    # l11 (dev): a school named …中专 is the host too
    (
        "对外交流:山东省成武县一行来我校交流访问。座谈中,校长介绍了省金坛中专的办学情况。",
        "2024-06-30",
        ("visit", "常州市"),
    ),
    # negatives: the visitors' own school (…中专校长一行来我校) is not the host; 来访问 is no
    # visit to us
    ("溧阳中专校长一行来我校交流访问。", "2024-06-30", ("visit", None)),
    (
        "代表团一行来访问了某职业学院。常州工业职业技术学院介绍了办学情况。",
        "2024-06-30",
        ("visit", None),
    ),
    # zr09 (dev): 我校与…昌都市职业技术学校(含昌都市第二…学校)…签署 - 昌都 is the partner's,
    # wherever it is named again; the host's own name still counts
    (
        "4月15日上午,我校与西藏自治区昌都市职业技术学校(含昌都市第二中等职业技术学校),"
        "在羊马校区签署了对口支援校际合作协议。",
        "2021-04-20",
        ("signing", None),
    ),
    (
        "4月15日上午,我校与昌都市职业技术学校签署了合作协议。成都纺织职业技术学院领导出席。",
        "2021-04-20",
        ("signing", "成都市"),
    ),
    # wk02 (dev): 广州市技师学院…开班仪式在黄石校区举行 - a campus, in the school's city;
    # negatives: a campus in the school's own city; a campus of no named school
    (
        "11月16日,广州市技师学院第七届订单班开班仪式在黄石校区举行,60名新生参加。",
        "2021-11-20",
        ("launch", "广州市"),
    ),
    (
        "11月16日,上海交通职业技术学院订单班开班仪式在宝山校区举行。",
        "2021-11-20",
        ("launch", "上海市"),
    ),
    ("11月16日,订单班开班仪式在黄石校区举行。", "2021-11-20", ("launch", "黄石市")),
    # a school of the school list whose name gives no city stands for its city: a venue
    # (wi02, d11: 在湖北三峡职业技术学院举行 → 宜昌市), a destination (wo10), the host (wb09)
    (
        "5月11日,宜昌市域产教联合体成立大会在湖北三峡职业技术学院举行。",
        "2023-05-15",
        ("founding", "宜昌市"),
    ),
    (
        "7月25日上午,揭牌仪式在山东理工职业学院隆重举行。",
        "2024-07-30",
        ("plaque_ceremony", "济宁市"),
    ),
    (
        "近日,新疆玛纳斯县考察团到湄洲湾职业技术学院交流考察,并就两地职业技术教育合作办学进行座谈。",
        "2024-06-30",
        ("visit", "莆田市"),
    ),
    (
        "2月20日,四川卫生康复职业学院首批留学生入学教育开班仪式举行。",
        "2024-02-25",
        ("training", "自贡市"),
    ),
    # a province heading the name gives no city; the list does (河南职业技术学院 is in 郑州)
    ("5月11日,职教集团成立大会在河南职业技术学院举行。", "2024-06-30", ("founding", "郑州市")),
    # xb05 (dev): an occasion held at the writer's school (…赛项在我校顺利举行) - the host's
    # city, from the school's name wherever the article first writes it; negative: 在我校
    # with no venue verb (在我校援疆干部…的带领下, ys08)
    (
        "2025江西省职业院校技能大赛三个赛项在我校顺利举行。作为承办方,学校精心组织。赛项涵盖老年护理。"
        "12月5日开幕当天,省教育厅领导出席。赣州职业技术学院院长致辞。",
        "2025-12-06",
        ("competition", "赣州市"),
    ),
    (
        "12月5日,全省职业院校技能大赛开幕,在我校援疆干部的带领下,学生积极备赛。作为参赛方,学校精心组织。"
        "赛项涵盖老年护理。省教育厅领导出席。赣州职业技术学院院长致辞。",
        "2025-12-06",
        ("competition", None),
    ),
    # va04 (dev): a visit to the writer's city (来我市调研) - the city the page names; negative:
    # a visit said to come nowhere stays unplaced by a city the page names
    (
        "4月17日,省政协副主席张显友来我市调研边境职业教育工作。张显友一行深入牡丹江大学实地调研。",
        "2024-04-18",
        ("visit", "牡丹江市"),
    ),
    (
        "4月17日,省政协副主席张显友一行调研边境职业教育工作。张显友与牡丹江市有关部门负责人座谈。",
        "2024-04-18",
        ("visit", None),
    ),
    # negatives: a school of another country named like a listed one (韩国湖南大学, zw05); a
    # campus named apart from the school's seat (三星堆校区 of a 成都 college, xc03)
    ("5月17日,韩国湖南大学国际交流处处长一行到学院交流访问。", "2024-06-30", ("visit", None)),
    (
        "9月15日,培训班开班仪式在四川航天职业技术学院三星堆校区举行。",
        "2021-09-20",
        ("training", None),
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), LEAD_CITIES, ids=[c[0][:24] for c in LEAD_CITIES]
)
def test_lead_cities_of_host_schools_partners_and_campuses(
    text: str, published: str, expected: tuple[str, str | None]
) -> None:
    assert lead_of(text, published) == expected


def test_lead_city_venue_words_negatives():
    # 假期 is no venue; a dateline with no place gives none; a host that is no place gives none
    assert lead_of("假期里,学院举办技能大赛。", "2024-05-10")[1] is None
    assert lead_of("本报讯(记者王五)5月8日,学院举办技能大赛。", "2024-05-10")[1] is None
    assert lead_of("5月8日,技能大赛由学院承办。", "2024-05-10")[1] is None


def test_an_occasion_framing_results_is_not_reported():
    # r06 (dev): the world contest is the setting of the team's medals (GUIDE [r])
    s = "在今年8月举办的45届世界技能大赛上,中国代表队取得了16枚金牌、14枚银牌、5枚铜牌和17个优胜奖。"
    lead = "11月3日,全国技工院校产教合作论坛在广州举行。论坛由人社部主办。与会代表参观了展览。"
    assert art_types(lead + s, "2019-11-04") == {"forum"}
    # negatives: in the lead it is the occasion reported; a contest held, with results, is
    assert "competition" in art_types(s + lead, "2019-11-04")
    s = "8月22日,第45届世界技能大赛在喀山举行,中国代表队取得了16枚金牌。"
    assert "competition" in art_types(lead + s, "2019-11-04")


def test_a_press_conference_is_a_meeting():
    # o04 (dev, GUIDE [o]): a press conference where an official announces plans
    s = (
        "中新社福州9月19日电 (记者 龙敏)福建省教育厅副厅长王飏19日在福建职业教育体系建设改革新闻发布会上透露,"
        "福建将在两岸职业教育融合发展上开展更多探索。"
    )
    assert types(s, "2023-09-19") == ["meeting"]
    # negative: a report released at it is a release as well
    s = "9月19日,省教育厅召开新闻发布会,发布了《福建省职业教育质量年度报告》。"
    assert types(s, "2023-09-19") == ["meeting", "release"]


def test_a_visit_to_our_school_is_placed_at_the_school_the_article_names():
    # e15 (dev): 一行4人来我院; the college is named in the fourth sentence
    text = (
        "12月5日下午,东阿县人民政府党组成员、副县长张强一行4人来我院洽谈校地合作事宜,学院党委副书记、院长徐公义,"
        "党委委员、副院长于乐山参加座谈交流。徐公义代表学院对东阿县一行的到来表示欢迎。"
        "徐公义表示,近年来双方在校企合作、专业建设、师资培养等方面一直保持良好交流。"
        "张强简要介绍了东阿县的基本发展情况和本次的意向合作需求,期待充分发挥聊城市技师学院办学资源优势。"
    )
    assert lead_of(text, "2023-12-06") == ("visit", "聊城市")
    # negative: a visit elsewhere takes no host school's city
    text = (
        "12月5日下午,学院院长徐公义一行4人赴企业考察。徐公义表示,双方合作空间很大。"
        "期待充分发挥聊城市技师学院办学资源优势。"
    )
    assert lead_of(text, "2023-12-06") == ("visit", None)


def test_the_public_admitted_to_a_show_and_guests_at_a_ceremony_pay_no_visit():
    # v18, u05 (dev): visitors admitted to an exhibition or a contest venue
    s = "展期至2021年底,展场位于科工馆二楼第3特展厅,开放免费参观,活动包罗万象、精彩可期,欢迎师生、家长、民众前往体验。"
    assert "visit" not in types(s, "2021-06-01")
    s = (
        "劳动部办理的「全国技能竞赛」是技能竞赛领域的最大年度盛事,109年第50届比照国际赛规格,于南港展览馆举办,"
        "吸引近7万人次进场参访,获得热烈的回响。"
    )
    assert "visit" not in types(s, "2021-06-01")
    # z19 (dev): guests attending a graduation
    s = "南台科大董事长郑高辉、校长戴谦、亲民党主席宋楚瑜等贵宾均莅临给予满满祝福,期许学生展翅高飞。"
    assert "visit" not in types(s, "2024-06-10")
    # negatives: a delegation's visit and an official's inspection visit
    assert types("5月8日,代表团参观了学院实训中心。", "2024-05-10") == ["visit"]
    assert types("5月8日,市领导莅临我校指导工作。", "2024-05-10") == ["visit"]


def test_a_negated_trigger_is_not_reported():
    # l08 (dev): what never happened is no release
    s = (
        "值得注意的是,教育部从未官方发布过全国中专学校统一排名,现有榜单多由第三方机构通过数据采集或网络投票形成,"
        "其权威性需结合具体指标综合判断。"
    )
    assert "release" not in types(s, "2025-03-01")
    # negatives: a release reported; 未来 is no negation (and an undated plan is dropped anyway)
    assert types("3月1日,教育部正式发布全国中专学校统一排名。", "2025-03-01") == ["release"]
    assert types("3月1日,学院在未来城校区举行签约仪式。", "2025-03-01") == ["signing"]


def test_a_trigger_heard_in_a_report_is_its_subject():
    # q17 (dev): the meeting heard a report on a body being set up
    s = (
        "会议听取示范区汽车局关于安阳市城乡一体化示范区和安阳市职业技术学院成立建设市域产教联合体的情况汇报,"
        "强调要秉持开放性原则扩大合作范围。"
    )
    assert "founding" not in types(s, "2024-05-10")
    # negative: a founding reported after a report was heard
    s = "会议听取了工作汇报,5月8日,安阳市职业技术学院成立市域产教联合体。"
    assert "founding" in types(s, "2024-05-10")


def test_at_that_time_is_background():
    # v16 (dev): a graduate's schooldays told as a story
    s = (
        "林文翰坦言,父亲去世令他对生活感到迷惘,当时的班主任便鼓励他多参与课外活动,以训练面对不同挑战的能力,故此,"
        "他在初中参与了不同活动,先后取得山艺、历奇、独木舟等教练证书;在IVE就读时亦加入工程学会,筹组参观工地与交流活动,"
        "亦曾参与世界技能大赛香港代表选拔赛的数码化建设项目。"
    )
    assert "visit" not in types(s, "2024-05-10")
    # negative: 当时间 is no marker; a visit reported
    assert types("5月8日,代表团一行赴学院参观。", "2024-05-10") == ["visit"]


def test_a_plan_in_the_triggers_clause_is_not_dated_by_a_later_clause():
    # y15 (dev): the centre is yet to be set up; the date is the delegation's trip
    s = (
        "印尼科研暨高等教育部纳西尔部长(Dr. Mohamad Nasir)就任后积极推动台印双方各项交流计画,"
        "即将于万隆技职大学成立「印尼-台湾技职及产学创新中心」,特别指派该部首席顾问哈利(Dr. Hari Purwanto)"
        "率领高等教育机构总司秘书长艾古斯(Dr. Agus Indarjo)及万隆技职大学校长英邦"
        "(Dr. Rachmad Imbang Tritjahjono)于4月5日至9日访台,初步洽商未来合作机构及相关方案。"
    )
    assert "founding" not in types(s, "2017-04-16")
    # negatives: dated in its own clause, or by a clause before it, it is scheduled
    assert "founding" in types("中心将于4月20日在万隆技职大学成立,双方将互派教师。", "2017-04-16")
    assert "founding" in types("4月20日,中心即将在万隆技职大学成立。", "2017-04-16")


def test_many_kinds_of_shows_are_generic():
    # e03 (dev): 多项…成果展 lists kinds of shows, not one exhibition
    s = "高雄市:结合教育节活动及多项技高成果展,积极宣导技职教育。"
    assert "exhibition" not in types(s, "2025-09-05")
    # negative: one show held
    assert types("5月8日,学院举办技高成果展。", "2025-09-05") == ["exhibition"]


def test_a_contest_inside_a_commendation_meetings_name_is_no_competition():
    # y10 (dev): the commendation meeting of a contest (GUIDE [h] h19)
    s = "为期两天(5月10日、11日)的陕西省“2012年全省职业教育工作暨中等职业学校技能大赛表彰会议”在安康召开。"
    assert types(s, "2012-05-12") == ["meeting"]
    # negative: a contest and its commendation meeting, both held (暨)
    s = "5月10日,全省中等职业学校技能大赛暨表彰大会在安康召开。"
    assert "competition" in types(s, "2012-05-12")
    # va03 (dev): the contest's winners commended, its short name in brackets between
    s = (
        "9月29日上午,第三届全国职业技能大赛(以下简称三届国赛)获奖选手表扬会议在市政府大楼召开,"
        "我校获奖选手和教练参加了会议。"
    )
    assert types(s, "2023-09-30") == ["meeting"]


def test_a_page_with_no_date_places_background_by_the_latest_year_it_writes():
    # i03 (dev): no publication date and no full date; the story is set in 2008
    text = (
        "2005年,国家教育部与天津市政府签署协议,共建国家职业教育改革试验区。"
        "2008年6月,全国职业院校技能大赛在天津举行。"
    )
    assert [r[1] for r in rows(text, None)] == ["competition"]
    # negatives: a target year does not move the reference; one year alone is no background
    text = "2005年,国家教育部与天津市政府签署协议。到2025年,建成示范区。"
    assert [r[1] for r in rows(text, None)] == ["signing"]
    assert [r[1] for r in rows("2005年,国家教育部与天津市政府签署协议。", None)] == ["signing"]


def test_a_district_name_two_cities_share_takes_the_one_the_sentence_names():
    # w01 (dev): 宝山校区 of a Shanghai college is 宝山区 of 上海市, not of 双鸭山市
    text = (
        "9月23日下午,沪明两地职业院校合作签约仪式在上海交通职业技术学院宝山校区举行,在上海市人社局、上海交通委、"
        "三明市人社局有关领导见证下,上海交通职业技术学院校长董晓峰和三明技师学院校长徐思明共同签署了合作协议。"
    )
    assert lead_of(text, "2024-09-24") == ("signing", "上海市")
    # negative: the 宝山区 of 双鸭山市 stays there
    text = "9月23日,双鸭山市宝山区职业技能大赛在宝山区举行。"
    assert lead_of(text, "2024-09-24")[1] == "双鸭山市"


def test_a_clause_opening_with_an_earlier_bare_year_dates_the_clauses_after_it():
    # l09 (dev): 2013年 opens the sentence with its subject, no comma after the year
    s = (
        "2013年香港与重庆的中职学生进行互访交流取得很好的效果,香港的学生们对重庆更加了解,"
        "来访的重庆学生将香港的面貌与他们的父母、朋友分享,这也有助于推广香港的城市形象。"
    )
    assert "visit" not in types(s, "2014-11-20")
    # negatives: an edition named by its year opens the sentence; the story's own year
    s = "2013年全国职业院校技能大赛中职组比赛,11月18日在重庆开幕,来访的香港学生观摩了比赛。"
    assert "visit" in types(s, "2014-01-10")
    s = "2014年香港与重庆的中职学生进行互访交流,来访的重庆学生参观了学院。"
    assert "visit" in types(s, "2014-11-20")


def test_the_opening_of_an_occasion_of_no_type_is_no_launch():
    # cc16, cc18, dd08 (dev): a graduation or a sports meet opening (GUIDE [e], [dd])
    assert types("下午1时,毕业典礼在雄壮的国歌声中拉开帷幕。", "2013-07-01") == []
    assert types("11月3日上午,城口县职业教育中心第十届学生田径运动会隆重开幕。", "2021-11-04") == []
    # negative: the opening of a term is a launch (GUIDE [cc] cc20)
    s = "9月27日下午,盐城技师学院2024级新生开学典礼在庄严的国歌声中拉开帷幕。"
    assert types(s, "2024-09-28") == ["launch"]


def test_attending_the_opening_of_a_sports_meet_is_no_launch():
    # dd09 (dev): the lead names a sports meet; 出席开幕式 opens no programme
    text = (
        "11月3日上午,城口县职业教育中心第十届学生田径运动会隆重开幕。"
        "刘松校长、邓华梅副书记、于延河副校长等在家校领导出席开幕式,开幕式由龚艳秋老师和陶友鹏同学主持。"
    )
    assert rows(text, "2021-11-04") == []
    # negative: attending an opening in a story that names no such occasion (r03, dev)
    s = "全国人大常委会副委员长、中华职业教育社理事长郝明金出席开幕式并讲话。"
    assert [r[1] for r in rows(s, "2019-07-27")] == ["launch"]


def test_the_contests_of_a_sports_meet_are_no_competition():
    # dd10 (dev): GUIDE [dd], a school sports meet is none of the types
    s = (
        "此次运动会有集体跳绳、50米迎面接力、跳高、跳远、铅球、100米、400米、800米、1500米等竞赛项目,"
        "将持续三天,于11月15日结束。"
    )
    assert types(s, "2019-12-10") == []
    # negative: a skills contest's events (q15, dev)
    s = "来自68个国家和地区的1259名选手参加了10月15日至18日举行的竞赛,澳门派出17名青年选手参加15个竞赛项目。"
    assert types(s, "2017-10-22") == ["competition"]


def test_an_opportunity_offered_is_no_event():
    # dd04 (dev): 提供到企业参访、实习的机会 promises visits, reports none
    s = (
        "图/成大提供 | | | 成功大学展开「成蝶计划」,昨天与越南勇源基金会等单位签署合作备忘录,"
        "未来除了将提供成大越南籍学生奖学金外,也将提供到企业参访、实习的机会,双方共同加强人才培育。"
    )
    assert types(s, "2024-03-01") == ["signing"]
    # negative: a delegation's visit (l01, dev)
    s = (
        "12月22日,宜春职业技术学院为远道而来的马来西亚中学校长、教师参访团举办欢迎仪式,"
        "此次参访团来访旨在了解该校职业教育开展情况。"
    )
    assert "visit" in types(s, "2018-12-23")


def test_what_an_occasion_signifies_is_no_second_event():
    # cc02 (dev): 标志着…合作的正式启动 is the signing's significance, not a launch
    s = (
        "11月23日,劳书记与美国犹他谷大学校长Matthew Holland签署《合作协议谅解备忘录》,标志着两校在计算机应用技术专业、"
        "“创业讲堂”海外课堂、学生职业生涯规划等方面合作的正式启动。"
    )
    assert types(s, "2015-12-01") == ["signing"]
    # negative: a week declared launched (a12, dev)
    assert types("最后,周家华宣布2023年天长市职业教育活动周正式启动。", "2023-05-12") == ["launch"]


def test_a_sentence_of_examples_reports_no_event():
    # dd17 (dev): 如天津社…;山东社…推动…签署合作协议,…联合成立… - a body's work as examples
    s = (
        "如天津社以尼日利亚鲁班工坊建设为媒介,与西非金门集团、西非暨尼日利亚中国商会等机构达成合作共识;"
        "山东社组织开展“海外职业教育专家齐鲁行”活动,推动山东外事职业大学与韩国世翰大学签署合作协议,"
        "与马来西亚计算机科学与工程大学联合成立中马人工智能学院;重庆社以"
    )
    assert types(s, "2024-11-05") == []
    # negative: the same sentence without the opening marker is reported (written)
    assert "signing" in types(s[1:], "2024-11-05")


def test_a_habit_is_no_event_and_a_placed_booth_is_an_exhibition():
    # cc09 (dev): 每年都在海外举办…展或…论坛 is a habit; 于…在曼谷盛大参展 the occasion
    s = "新南向政策推动火热,教育部每年都在海外举办台湾高等教育展或高等教育论坛,提升高教国际竞争力吸引海外学子前来就读。"
    assert types(s, "2018-08-30") == []
    s = (
        "今年特别以「2018泰国国际合作交流暨形象成果发表」为主题,于107年8月24日在曼谷盛大参展,"
        "不只宣传学校形象,更要将校内卓越的技术成果在泰国的产官学研各界都能闪耀发光。"
    )
    assert [(r[1], r[4]) for r in rows(s, "2018-08-30")] == [("exhibition", "曼谷")]
    # negative: schools counted as exhibitors (参展院校), no place before 参展
    s = "本次教育部的号召之下,台湾共计27所大学参展,屏科大除了是参展院校之一的成员。"
    assert "exhibition" not in types(s, "2018-08-30")


def test_a_bare_year_after_a_datelines_space_dates_the_sentence():
    # cc14 (dev): 台湾网2月5日潍坊消息 2009年,在第二届…研讨会上 - background in 2015
    s = (
        "台湾网2月5日潍坊消息 2009年,在第二届鲁台职业教育院校长研讨会上,山东潍坊科技学院与台湾环球科技大学等多所"
        "台湾高校结缘,并签订了《学术合作协定书》(有效期5年)。"
    )
    assert types(s, "2015-02-05") == []
    # negative: in a story of that year it is the occasion
    assert types(s, "2009-03-01") == ["forum", "signing"]


def test_a_new_campus_completed_at_a_ceremony_is_a_founding():
    # j09 (dev): GUIDE [j] - 新生开学暨新校区落成典礼 is a founding
    s = "9月19日,岳阳现代服务职业学院2024级新生开学暨新校区落成典礼隆重举行。"
    assert "founding" in types(s, "2024-09-20")
    # negative: a building's completion ceremony (written)
    assert "founding" not in types("9月19日,学院实训大楼落成典礼隆重举行。", "2024-09-20")


def test_an_admissions_info_session_is_no_meeting():
    # dd02 (dev): GUIDE [dd], an info session for a programme is none of the types
    s = (
        "〔记者刘婉君/台南报导〕教育部推动「3+2新五专」,昆山科技大学获教育部核定7个班、共计200个名额,将携手6所高中职校,"
        "培育台积电供应链人才,首场与台积电慈善基金会及新化高工共同举办的说明会,吸引约200人参与。"
    )
    assert "meeting" not in types(s, "2024-05-01")
    # negative: a briefing held by a bureau (written)
    assert types("5月3日,市人社局举办政策说明会。", "2024-05-04") == ["meeting"]


def test_a_founding_judged_or_a_task_group_is_no_founding():
    # dd16 (dev): 中赞职院的成立为…提供了新动力 judges a founding; cc10 (dev): 已成立专项小组
    s = (
        "教育部郁洁巡视员表示,中赞职院的成立为“一带一路”国家经济社会发展提供了新动力,"
        "为中非职业教育合作提供了新样板。"
    )
    assert types(s, "2019-08-01") == []
    assert types("• 问界M7碰撞起火致3人遇难 车企:已成立专项小组", "2024-04-30") == []
    # negative: a founding assembly attended (r17, dev)
    s = (
        "5月15日,广东省物流行业协会受邀参加由协会理事单位-广州市番禺区新造职业技术学校牵头筹建的"
        "广州市番禺区现代商贸职业教育集团的成立大会。"
    )
    assert "founding" in types(s, "2025-05-16")


def test_a_city_in_brackets_ending_an_events_name_places_it():
    # cc03 (dev): …友城合作(黄山)论坛在安徽成功举办 - the province alone names no city
    s = (
        "6月4日至6日,由中国人民对外友好协会和安徽省人民政府共同主办的2025RCEP地方政府暨友城合作(黄山)论坛"
        "在安徽成功举办。"
    )
    assert lead_of(s, "2025-06-07") == ("forum", "黄山市")
    # negative: without the bracketed city the province gives none (written)
    s = "6月4日至6日,由中国人民对外友好协会和安徽省人民政府共同主办的2025RCEP地方政府暨友城合作论坛在安徽成功举办。"
    assert lead_of(s, "2025-06-07") == ("forum", None)


def test_a_visit_on_invitation_or_led_by_an_official_is_a_visit():
    # cc02, cc05 (dev): 应…的邀请,…赴两校进行了…访问; 带队访问了…学院
    s = "11月19—26日,应墨西哥阿纳瓦卡大学、美国犹他谷大学的邀请,学院党委书记劳赐铭等五人赴两校进行了为期8天的访问与交流。"
    assert types(s, "2015-12-01") == ["visit"]
    s = (
        "今年10月,学校党委常委、副院长杨博带队访问了素可泰农业技术学院、清迈农业技术学院"
        "(中泰职业技术教育合作“210工程”项目学校)等,就推进海外办学、“中国——东盟千校携手计划”等进行了充分沟通。"
    )
    assert types(s, "2024-12-03") == ["visit"]
    # negative: routine exchange visits of a programme (written)
    assert types("双方将互派师生开展交流访问。", "2024-12-03") == []


def test_a_training_received_and_a_dated_study_trip_are_reported():
    # cc14 (dev): 接受了…行前培训; dd11 (dev, GUIDE [dd]): a study trip scheduled for a month
    s = (
        "现潍坊科技学院的六名交换生已完成赴台手续办理,并在学院老师的陪同下,接受了寿光市台办相关行前培训,"
        "准备于2015年春节后、新学期开始前入台,接受全新的台湾学习生活。"
    )
    assert "training" in types(s, "2015-02-05")
    s = (
        "为进一步深化体验、激发动力,2025年8月中旬,龙泉驿欧美同学会还将组织甘孜县优秀学生代表赴该区职业院校"
        "和领克汽车等先进制造企业开展研学活动。"
    )
    assert types(s, "2025-06-21") == ["visit"]
    # negatives: routine training; the same trip undated is a plan (written)
    assert types("学校开展培训。", "2025-06-21") == []
    s = "龙泉驿欧美同学会还将组织甘孜县优秀学生代表赴该区职业院校和领克汽车等先进制造企业开展研学活动。"
    assert types(s, "2025-06-21") == []


def test_working_talks_are_a_meeting_courtesy_talks_are_not():
    # cc04 (dev): 会见了客人并进行了合作会谈 (GUIDE [d], talks held during a visit)
    assert types("学校副院长徐晓红在长清校区会见了客人并进行了合作会谈。", "2018-06-01") == [
        "meeting"
    ]
    # negative: courtesy talks (l03, dev)
    assert "meeting" not in types("双方进行了亲切会谈, 韩振对客人的到来表示欢迎。", "2018-06-01")


def test_an_occasion_judged_an_outcome_or_an_award_name_is_no_event():
    # k18, n18, x10 (dev): 大赛的成功举办,为…搭建了…平台; 是…峰会的重大成果; 「竞赛卓越奖」
    assert (
        types(
            "尤其是职业院校技能大赛的成功举办,为专业建设、教学改革、学生成长搭建了很好的平台。",
            "2019-01-10",
        )
        == []
    )
    assert "forum" not in types(
        "据介绍,成立「合作中心」是2025年上海合作组织峰会的重大成果。", "2025-09-10"
    )
    s = "第13届「技职之光」获奖名单已出炉,「竞赛卓越奖」和「技职杰出奖」共有44名学生获得此项荣耀。"
    assert "competition" not in types(s, "2017-12-01")
    # negatives: a contest held, a summit's results exhibition (written)
    assert types("5月10日,全市职业院校技能大赛成功举办。", "2019-05-11") == ["competition"]
    assert "forum" in types("5月10日,峰会的成果展在天津开幕。", "2025-05-11")


def test_the_opening_ceremony_of_a_training_course_is_the_training():
    # z16 (dev): 教师培训班…举行开学典礼, then 出席典礼…,开学典礼由…主持
    text = (
        "4月15日,广东省高职高专“双师素质”教师培训班在我院工业中心八楼学术交流厅举行开学典礼。"
        "省教育厅教师继续教育指导中心主任吴琦琳、学院副院长张茂光、顺德职业技术学院副院长何锐连等出席典礼并致辞,"
        "开学典礼由师培中心负责人主持。"
    )
    assert {r[1] for r in rows(text, "2010-04-16")} == {"training"}
    # negative: a school's term opening stays a launch (z01, dev)
    s = "9月27日下午,盐城技师学院2024级新生开学典礼在庄严的国歌声中拉开帷幕。"
    assert [r[1] for r in rows(s, "2024-09-28")] == ["launch"]


def test_a_work_summary_item_and_a_founding_purpose_are_no_founding():
    # u11 (dev, GUIDE [u]): 一是成立组织。 a work summary's item; b16 (dev): 成立目的及宗旨
    assert types("一是成立组织。", "2017-05-12") == []
    assert types("蔡锦富介绍协会成立目的及宗旨。", "2023-06-15") == []
    # negatives: a founding reported (written)
    assert types("5月10日,县局成立组织。", "2017-05-12") == ["founding"]
    assert types("5月10日,协会成立。", "2023-06-15") == ["founding"]


def test_a_school_skills_or_science_festival_is_a_competition():
    # a18 (dev): 11月21日至25日,我校举办了第十四届技能节; ff08, https://www.zimc.cn (title)
    assert "competition" in types("11月21日至25日,我校举办了第十四届技能节。", "2015-11-30")
    assert "competition" in types(
        "青春浇灌技能之花,专业展现育人硕果——第十三届学生技能节隆重开幕", "2023-05-10"
    )
    # ff07: 我校2022年职业教育活动周暨第二届科技节正式开幕
    assert "competition" in types("我校2022年职业教育活动周暨第二届科技节正式开幕!", "2022-05-09")
    # negative: a festival only named as a kind, not held (no edition, no occasion)
    assert "competition" not in types("技能节是展示学生风采的重要平台。", "2023-05-10")


def test_years_ago_typeset_with_a_space_and_an_organisers_award_are_no_event():
    # gg02, http://www.mxzdjyxk.cn/forum.php?mod=viewthread&tid=134449 (人民日报 repost)
    s = "4 年前,非洲首家鲁班工坊在吉布提挂牌运行,从吉布提工商学校电工专业毕业不久的艾查成为首届学生。"
    assert types(s, "2023-06-14") == []
    # gg14, http://61.175.241.68/jyxw1/xxdx/content_44088: an award named after a contest
    s = "县职业中专被评为丽水市第十届中等职业学校师生技能大赛优秀组织奖。"
    assert types(s, "2013-03-10") == []
    # negatives: the same occasions reported now
    assert types("6月1日,非洲首家鲁班工坊在吉布提挂牌运行。", "2023-06-14") == ["plaque_ceremony"]
    assert types("3月8日,丽水市第十届中等职业学校师生技能大赛在我校举行。", "2013-03-10") == [
        "competition"
    ]


def test_a_responsibility_pledge_is_no_signing():
    # gg13, http://admin.yxzjedu.cn/html/780/2018-05-29/content-2567.shtml
    s = "5月28日,县教育局召开招生工作会,下达了本年度招生计划,签订了招生工作责任书。"
    assert "signing" not in types(s, "2018-05-29")
    # negative: an agreement between parties is a signing
    s = "5月28日,县教育局与县职业中学签订了联合招生合作协议。"
    assert "signing" in types(s, "2018-05-29")


def test_organising_named_in_a_list_of_tasks_holds_no_training():
    # ff01, https://zjjs.edu.cn (a college's technical support for a county's contest)
    s = (
        "技术团体在赛前赛中做了大量工作,包括标准制定、试题编制、赛场技术指导、评委组织、"
        "赛前培训及赛后评估等环节。"
    )
    assert "training" not in types(s, "2024-09-30")
    # negative: a training organised is one
    assert "training" in types("9月20日,学院组织赛前培训,30名选手参加。", "2024-09-30")


def test_a_verb_ending_in_zhan_before_hui_is_no_trade_show():
    # ii14, a provincial news page: 他们未来的发展会怎样? (发展 + 会, not 展会)
    assert types("他们未来的发展会怎样?", "2018-10-27") == []
    # negative: a trade show held
    assert types("10月20日,职业教育展会在南宁开幕。", "2018-10-27") == ["exhibition"]


def test_a_contest_being_prepared_or_bid_for_is_not_held():
    # jj10, a 上海法治报 e-paper item (2020): 共同助力中国上海筹办2021年第46届世界技能大赛
    s = "吸引了众多青少年参与,共同助力中国上海筹办2021年第46届世界技能大赛,营造良好氛围。"
    assert types(s, "2020-07-15") == []
    # negative: the contest held
    assert types("2021年第46届世界技能大赛在上海举行。", "2021-10-15") == ["competition"]


def test_an_agreement_signed_long_ago_or_built_on_is_no_signing():
    # mm08 (dev): 屏、泰两校签订合作协议至今将满20年
    assert types("屏、泰两校签订合作协议至今将满20年,双方交流频繁。", "2019-06-13") == []
    # mm02 (dev): 在中非两国教育部签署的…框架协议的基础上
    s = "在中非两国教育部签署的加深扩大教育领域合作交流框架协议的基础上,学院开始承接南非实训项目。"
    assert "signing" not in types(s, "2025-01-10")
    # negative: a signing reported, with 基础上 in a later clause
    assert types("5月8日,两校签订合作协议,双方将在此基础上深化合作。", "2019-06-13") == ["signing"]


def test_the_guests_touring_or_viewing_a_show_at_the_occasion_are_part_of_it():
    # nn08 (dev), http://baiduchuangke.com/html/1738/2024-06-20/content-139914.html: the
    # firms attending a 现场交流会 tour the college's training base
    text = (
        "6月19日,高新区举办校企合作现场交流会。"
        "科宇机械、金环实业等参会企业负责人实地参观了焊接技能实训基地,详细介绍了各自企业发展情况。"
    )
    assert _article_types(text, "2024-06-20") == ["forum"]
    # oo02 (dev), http://gzrhgz.com/xinwenzixun/gongsixinwen/3674.html: the guests of a
    # forum view the contest's prize-work show at its opening
    text = (
        "第十届大江论坛在天津开幕。"
        "论坛开幕式上,与会嘉宾共同观摩了“第四届津台青年职业技能竞赛获奖作品展”。"
    )
    assert "exhibition" not in _article_types(text, "2023-11-20")
    # negatives: a show opened in its own right stays one; a delegation's own tour stays a visit
    assert _article_types("11月18日,学院师生书画作品展在图书馆开幕。", "2023-11-20") == [
        "exhibition"
    ]
    assert _article_types(
        "6月19日,科宇机械负责人一行实地参观了焊接技能实训基地。", "2024-06-20"
    ) == ["visit"]


def test_a_contest_announced_is_not_held():
    # oo04 (dev), http://m.btpafb.com/lhhzq/202509/15/655900.shtml
    s = "会上,郭肇明代表中国物流与采购联合会发布了第四届“中文+物流与供应链职业技能”国际赛暨首届东盟国家高校邀请赛。"
    assert types(s, "2025-09-15") == ["release"]
    s = "会上,联合会发布了第四届全国物流职业技能大赛。"
    assert "competition" not in types(s, "2025-09-15")
    # negative: an invitational held, and a contest's results released
    assert types("9月14日,首届东盟国家高校邀请赛在南宁举行。", "2025-09-15") == ["competition"]


def test_the_eve_of_an_occasion_dates_something_else():
    # oo04 (dev): 大赛作为第22届中国东盟博览会开幕前夕的“预热”活动
    s = "大赛作为第22届中国东盟博览会开幕前夕的“预热”活动,特别设置了东盟国家高校组队参赛的模式。"
    assert "exhibition" not in types(s, "2025-09-15")
    # negative: the expo opening reported
    assert types("9月17日,第22届中国东盟博览会在南宁开幕。", "2025-09-18") == ["exhibition"]


def test_a_task_group_with_a_leader_is_no_founding():
    # oo07 (dev), http://700307.nync.com/article/198586.html
    s = (
        "各县市成立了以县市分管教育领导为组长,职业中学校长、乡镇中心校校长为副组长,"
        "初中毕业班班主任为成员的招生工作领导组,负责宣传协调。"
    )
    assert "founding" not in types(s, "2016-09-01")
    # negative: an alliance founded
    assert types("6月5日,大理州职业教育联盟正式成立。", "2016-09-01") == ["founding"]


def test_a_meeting_cited_for_what_it_asked_is_not_reported():
    # oo07 (dev): 深入贯彻落实2016年全州教育工作会议上提出的…要求
    s = (
        "深入贯彻落实2016年全州教育工作会议上提出的“在全州中职学校开设电子商务专业”的要求,"
        "大理州教育局及时安排,认真部署。"
    )
    assert "meeting" not in types(s, "2016-09-01")
    # negative: a work meeting held, with a speech at it
    assert types("2月20日,全州教育工作会议在大理召开,会议上提出了今年的任务。", "2016-02-22") == [
        "meeting"
    ]


def test_rules_from_the_pp_and_qq_first_looks():
    # pp05 (dev), https://technow.com.hk/business/949093: a year in Chinese numerals before
    # the trigger is a bare earlier year, as 2018年 is
    s = "我在二○一八年的《财政预算案》拨款10亿元成立「建造业创新及科技基金」,鼓励业界采用科技。"
    assert types(s, "2020-03-01") == []
    assert types("二○二○年二月二十八日,基金正式成立。", "2020-03-01") == ["founding"]
    # qq07 (dev), http://vakiodaily.com/news/view/id/682596: 来 of 未来 is no coming
    s = "人才发展委员会于二0二五年重启「澳门重点发展产业未来人才需求」调研,调研对象包括相关企业。"
    assert types(s, "2025-11-01") == []
    assert types("5月8日,省教育厅领导来我校调研职业教育工作。", "2025-05-09") == ["visit"]
    # pp06 (dev), http://pacificnews.com.tw/…: 成果展现 is the verb 展现, no exhibition
    assert types("一场技艺竞赛更是学产研合一的成果展现,期许获奖选手持续精进。", "2020-12-09") == []
    assert types("12月8日,学院举办师生书画作品展。", "2020-12-09") == ["exhibition"]
    # qq03 (dev), https://anxiou-vanguard-8.com/…: a delegation led abroad to hold a seminar
    s = "李天祥校长于8月14日率团前往菲律宾举办「台湾新型国际产学教育留学研讨会」,逾60位贵宾莅临现场。"
    assert types(s, "2023-08-15") == ["forum"]
    assert types("8月14日,校长率团前往菲律宾马尼拉,拜会当地大学。", "2023-08-15") == ["visit"]


def test_rules_from_the_rr_and_ss_first_looks():
    # rr04 (dev), http://48844a.com/…: editions held over the years are background
    s = "学院不仅成功举办了多届中蒙俄职业院校服务“一带一路”特色畜牧业发展论坛,还积极承接培训项目。"
    assert "forum" not in types(s, "2024-05-01")
    # ss01 (dev), http://szchenguang.com/…: a tally of meetings in a year's summary
    assert types("今年互访交流7批次131人次,召开联席会、座谈会6次。", "2021-12-01") == []
    # ss03 (dev), http://www.bow-and-arrow.com/…: an unveiling being prepared for
    assert "plaque_ceremony" not in types(
        "本地教师已开展首批本土师资培训,为正式揭牌做最后的准备。", "2022-09-15"
    )
    # negatives: the occasions held
    assert types("5月20日,第五届中蒙俄职业院校畜牧业发展论坛在乌兰浩特举办。", "2024-05-21") == [
        "forum"
    ]
    assert types("12月1日,学院召开校企合作座谈会。", "2021-12-01") == ["meeting"]
    assert types("9月9日,学校举行揭牌仪式。", "2022-09-15") == ["plaque_ceremony"]


def test_an_alliances_launch_ceremony_is_its_founding():
    # rr02 (dev), http://www.aircomfortincwv.com/…: 联盟成立启动仪式 is the founding's ceremony
    s = "大会举行了闽宁职业教育联盟成立启动仪式、合作框架协议签订仪式。"
    assert types(s, "2023-06-01") == ["founding", "signing"]
    # rr04 (dev), http://48844a.com/…: an alliance's 启动仪式 (GUIDE [rr])
    assert types("兴安职业技术学院参加丝路北疆职业教育联盟启动仪式", "2024-06-01") == ["founding"]
    # negative: an activity week's launch ceremony stays a launch
    assert types("5月6日,全省职业教育活动周启动仪式在长沙举行。", "2023-05-07") == ["launch"]


def test_rules_from_the_tt_and_uu_first_looks():
    # tt04 (dev), https://setn.settv-it.com/…: tourists taken round a farm are no visit
    assert types("跟着导览人员脚步,带着游客参观高丽菜园,还能体验收割的感觉。", "2011-05-01") == []
    # uu05 (dev), http://www.80whid.cn/…: the expo an activity is part of is its frame
    s = "本次活动是第四届中国—中东欧国家博览会人文交流板块的重要组成部分,也是深化教育合作的重要平台。"
    assert types(s, "2025-05-25") == []
    # negatives: a delegation's visit, and the expo held
    assert types("5月8日,代表团参观了学院实训基地。", "2025-05-09") == ["visit"]
    assert types("5月22日,第四届中国—中东欧国家博览会在宁波开幕。", "2025-05-23") == ["exhibition"]


def test_this_year_will_is_no_annual_meeting():
    # b17 (dev), https://www.bastillepost.com/macau/…: 今年會到本澳…院校 reads 今年 + 会 (will),
    # not 年会 (an annual meeting)
    s = "劳工局局长黄志雄在电台节目指,今年会到本澳及广东省高等院校,向在读的本澳青年推广大湾区城市的实习计划。"
    assert types(s, "2019-05-01") == []
    # negatives: this year's meeting (今年会议), an annual meeting held, a dated one
    assert types("10月8日,逾百人参加。今年会议主题为产教融合。", "2019-10-09") == ["meeting"]
    assert types("12月28日,学校举办年会。", "2024-01-05") == ["meeting"]
    assert types("研究会2024学术年会在郑州举行。", "2024-10-30") == ["meeting"]


def test_an_invitation_to_the_public_is_not_reported():
    # gg07 (dev), https://labors.com.tw/…: readers are invited to come and watch the contest (歡迎各界朋友…蒞臨)
    s = "欢迎各界朋友于10月26日上午8时30分至下午3时,莅临竞赛现场参观,并为参赛选手加油打气。"
    assert "visit" not in types(s, "2025-10-20")
    # negatives: guests welcomed at a visit that happened, and a visit reported
    assert types("10月8日,学院热烈欢迎各位领导莅临指导,领导一行参观了实训基地。", "2025-10-09") == [
        "visit"
    ]
    assert types("10月8日,代表团一行参观了实训基地。", "2025-10-09") == ["visit"]


def test_rules_from_the_zz_and_za_first_looks():
    # zz03 (dev), http://renlwarn.com/…: a summit cited for carrying out its results
    s = "为推进中国-中亚峰会成果落地见效,近日,学校党委委员率团赴吉尔吉斯斯坦开展公务访问。"
    assert types(s, "2023-09-01") == ["visit"]
    # za02 (dev), http://photo.dxbei.com/…: early this year, told in December
    s = "据了解,今年初教育部安排部署了援疆省市结对帮扶南疆职业学校,南疆50所受援职业学校和124所支援院校签订了对口支援协议。"
    assert types(s, "2016-12-23") == []
    # zz01 (dev), https://www.tjlivtc.edu.cn/…: laying the groundwork for an unveiling to come
    s = "团组对埃及鲁班工坊的师生提供现场培训,为埃及鲁班工坊的顺利揭牌工作奠定基础。"
    assert "plaque_ceremony" not in types(s, "2020-01-13")
    # za09 (dev), http://www.383tm.com/…: a founding told as history (近年来已成为…), undated page
    s = "柬埔寨鲁班工坊于2018年在天津中德应用技术大学支持下正式成立,近年来已成为柬埔寨技能人才培养的重要平台。"
    assert types(s, None) == []
    # negatives: the summit held, a signing early in the year told in January or dated,
    # an unveiling held, a founding reported
    assert types("5月19日,中国-中亚峰会在西安举行。", "2023-05-20") == ["forum"]
    assert types("今年初,两校签订了对口支援协议。", "2016-01-20") == ["signing"]
    assert types("今年初,两校签订了对口支援协议。", "2016-12-23") == []
    assert types("12月5日,学院举行鲁班工坊揭牌仪式。", "2019-12-06") == ["plaque_ceremony"]
    assert types("9月1日,柬埔寨鲁班工坊正式成立,首批学员开始学习。", "2018-09-02") == ["founding"]


def test_rules_from_the_zb_and_zc_first_looks():
    # zb06 (dev), http://hsg5877520.pixnet.net/…: last year with its ROC year in brackets
    s = "东势高工去(一0五)年十二月间与彼此参访多年的千叶工业高校缔结为姊妹校。"
    assert types(s, "2017-12-19") == []
    # zc04 (dev), http://lenochina.com/…: a summit cited for what was proposed at it
    s = "为落实习近平主席在首届中国-阿拉伯国家峰会上提出的中阿务实合作“八大共同行动”,实施“中阿高校10+10合作计划”。"
    assert "forum" not in types(s, "2024-03-04")
    # zc08 (dev), http://maladaily.com/10259.html: what a university has done, listed with 等等
    s = "「在这方面,独大举办马中职业教育展、引进鲁班工坊合作办学、成立马来西亚职业教育联盟等等, 协助大马职业教育发展。」"
    assert types(s, "2021-06-01") == []
    # negatives: last December without brackets still dated by the date scanner, the
    # summit held, an expo held
    assert types("去年12月,两校签订合作协议。", "2017-01-10") == ["signing"]
    assert types("12月9日,首届中国-阿拉伯国家峰会在利雅得举行。", "2022-12-10") == ["forum"]
    assert types("6月1日,独立大学举办马中职业教育展。", "2021-06-02") == ["exhibition"]


def test_job_contracts_and_forums_named_after_training():
    # xx08 (dev): graduates sign job agreements at a fair - no signing of two parties
    s = "首场专场招聘会共吸引了近2000名大学生到现场咨询应聘,351名大学生当场与公司签订了就业意向协议。"
    assert "signing" not in types(s, "2023-05-20")
    # ll01 (dev): a forum and show named after training is no training held
    s = "7月31日至8月2日,校长苏东民带队参加了在贵阳市举办的中国-东盟轨道交通教育培训高峰论坛暨成果展。"
    assert "training" not in types(s, "2019-08-05")
    # negatives: two bodies sign an agreement, and a training course held
    assert types("5月20日,学校与公司签订了校企合作协议。", "2023-05-21") == ["signing"]
    assert types("5月20日,学院举办了教师信息化教学能力培训。", "2023-05-21") == ["training"]


def test_the_occasion_the_news_was_learnt_at_is_not_reported():
    # ze06 (dev), http://m.hokaitech.com/…: 记者从…会议上获悉 (GUIDE [r] r04)
    s = "记者从近日在中国驻法国大使馆教育处举行的2019年全法留学工作会议上获悉,中国将大力推进与法国的职业教育合作。"
    assert types(s, "2019-03-04") == []
    # negatives: the meeting held, and news learnt from a body
    assert types("3月1日,2019年全法留学工作会议在巴黎举行。", "2019-03-04") == ["meeting"]
    assert types("记者从市教育局获悉,3月1日全市职业教育工作会议召开。", "2019-03-04") == ["meeting"]


def test_a_tally_of_partners_signed_so_far_is_background():
    # zf02 (dev), http://fapeng.com/…: 已与10余家…签署 counts agreements made so far
    s = "塔鲁班工坊已与10余家在塔中资企业签署相关合作框架协议,面向相应人员开展职业培训。"
    assert "signing" not in types(s, "2024-12-14")
    # negative: an agreement signed with one named firm
    assert types("12月13日,塔鲁班工坊与中国路桥公司签署合作框架协议。", "2024-12-14") == ["signing"]


def test_an_interview_at_a_meeting_means_and_slogans_are_not_occasions():
    # zl09 (dev), http://51webe.cn/…: the meeting the reporter interviewed someone at
    s = "在前不久召开的自治区煤炭工作会议上,记者采访了新疆工业高等专科学校副校长黄朝华。"
    assert types(s, "2015-12-22") == []
    # zm11 (dev), http://www.shzq.edu.cn/…: a video meeting as the means of a signing
    s = "6月3日上午,上海中侨职业技术大学与韩国湖西大学通过远程视频会议形式举行合作签约仪式。"
    assert types(s, "2022-06-03") == ["signing"]
    # yu08 (dev): the same with 的 (开营仪式以视频会议的形式举行)
    s = "3月21日下午,由教育部中外语言交流合作中心主办的春令营开营仪式以视频会议的形式举行。"
    assert "meeting" not in types(s, "2022-03-22")
    # zm04 (dev), http://gczx.zzut.edu.cn/…: a contest named by its promotional show
    s = "5月9日,全国第三届职业技能大赛“迎国赛、展风采”系列展示活动走进郑州工程技术学院。"
    assert types(s, "2025-05-10") == ["exhibition"]
    # zm07 (dev), thealdertree.com: an agreement the occasion responds to
    s = "本次活动旨在响应市委、市政府关于对口援助工作的部署和两地教育局签订的职业教育对口支援协议方案有关任务。"
    assert "signing" not in types(s, "2019-11-20")
    # negatives: the meeting held, news learnt at it, a video meeting held, the contest held
    assert types(
        "6月3日,全省职业教育工作会议在郑州召开,会上记者获悉,全省将新建十所学校。", "2023-06-05"
    ) == ["meeting"]
    assert types("6月3日,学院召开视频会议,部署招生工作。", "2023-06-05") == ["meeting"]
    assert types("5月9日,全国第三届职业技能大赛在郑州开幕。", "2025-05-10") == ["competition"]
    assert types("11月18日,两地教育局签订职业教育对口支援协议。", "2019-11-20") == ["signing"]


def test_the_parts_an_occasion_is_made_of_and_an_approval_are_not_occasions():
    # zn10 (dev), https://lcershouche.com/…: the parts of a fair-and-forum, listed after 即
    s = (
        "本次联展暨论坛由“1+1+7+5”多项活动组成,即召开中国——东盟职业教育合作发展大会、聚焦1场职业教育技术技能展、"
        "举办7场特色行业平行论坛、组织5项中国——东盟职业院校学生技能大赛,形成了一体的职业教育交流合作盛会。"
    )
    assert types(s, "2023-09-20") == ["forum"]
    # zo09 (dev), http://web.chinamshare.com/…: a department's approval to set up a school
    s = "记者今天从柯桥区人力社保局了解到,2月13日,经省人力社保厅评审决定,批复同意成立“柯桥高级技工学校”。"
    assert types(s, "2020-02-20") == []
    # negatives: the parts held on their own, and a school founded
    assert types("9月18日,中国——东盟职业教育合作发展大会在南宁召开。", "2023-09-20") == ["meeting"]
    assert types("2月13日,柯桥高级技工学校正式成立。", "2020-02-20") == ["founding"]


def test_an_occasion_named_as_a_starting_point_is_not_reported():
    # zs02 (dev), https://www.fynews.net/…: the alliance's meeting as a new starting point
    s = (
        "9月29日,长三角一体化技工教育联盟倡议书在阜阳发布,倡议各技工院校以第二届长三角一体化技工教育"
        "联盟大会为新起点,用更加开放的姿态共同推进技工教育发展。"
    )
    assert "meeting" not in types(s, "2025-09-30")
    # ... and one to be held regularly, as a mechanism (zs02)
    assert (
        types(
            "建立常态化沟通协调机制,定期举办联盟大会,共商区域技工教育发展重大议题。", "2025-09-30"
        )
        == []
    )
    # negative: the meeting held
    assert types("9月28日,第二届长三角一体化技工教育联盟大会在阜阳召开。", "2025-09-30") == [
        "meeting"
    ]


def test_a_body_approved_to_be_set_up_is_not_founded():
    # zu05 (dev), weizg.com: 获批成立 reports an approval, not a founding ceremony
    assert types("河南职院获批成立河南省市域产教联合体。", "2024-06-01") == []
    # negative: a founding held
    assert types("6月1日,河南省市域产教联合体在郑州成立。", "2024-06-01") == ["founding"]


def test_talks_held_are_a_meeting_and_a_future_inside_a_noun_phrase_is_not_a_plan():
    # zy08 (dev), a hijacked school page: talks held during a visit
    assert types("访问期间,双方就中韩教育合作交流事宜进行洽谈。", "2013-10-25") == ["meeting"]
    # zs08 (dev): 进行了深入洽谈
    assert types("英国十所职业学校的代表与北京职业学校代表进行了深入洽谈。", "2019-05-20") == [
        "meeting"
    ]
    # zy08 (dev): 将要 describes the students interviewed; the agreement was signed
    s = (
        "金美良对学院将要派出到韩国敬仁女子大学留学的学生进行了面试,辛镇国代表韩国京畿工业大学"
        "与潍坊科技职业学院签署了双方缔结为友好姊妹学校的协议。"
    )
    assert types(s, "2013-10-25") == ["signing"]
    # negatives: talks as a visit's purpose, talks to come, and a plan in the trigger's clause
    assert "meeting" not in types("东阿县副县长一行来我院洽谈校地合作事宜。", "2013-10-25")
    assert types("希望坐下来与经开区就合作细节再进一步洽谈。", "2013-10-25") == []
    assert types("学院将要与企业签署合作协议。", "2013-10-25") == []


def test_a_body_that_will_also_be_set_up_is_a_plan():
    # yd08 (dev): 同时还会成立社会监督队 - 还会 + a verb is the future
    assert types("同时还会成立社会监督队,对示范性家政服务站建设进行监督管理。", "2013-05-01") == []
    # negatives: 还会同 (jointly with) and a founding done
    assert types("学校还会同企业举办了技能大赛。", "2013-05-01") == ["competition"]
    assert types("5月1日,社会监督队正式成立。", "2013-05-01") == ["founding"]


def test_a_team_put_together_is_not_a_founding():
    # yf02 (dev): 组建专业团队开展系统集训; b09 (dev): 组建多个宣传小组
    assert "founding" not in types("层层选拔精英选手,并组建专业团队开展系统集训。", "2025-05-01")
    assert "founding" not in types("学校组建多个宣传小组深入社区。", "2025-05-01")
    # wz02 (dev): any 队, here a fleet of training vans in quotes
    s = "统筹优质培训机构,组建“技能直通车”流动培训“车队”,为乡镇提供培训服务。"
    assert "founding" not in types(s, "2025-04-02")
    # negative: a body set up
    assert types("5月1日,学校组建职业教育集团。", "2025-05-01") == ["founding"]


def test_an_exam_of_training_and_a_chair_presiding_are_no_new_events():
    # ym07 (dev): a prison's exam of its inmates' training is no training held
    assert types("凌源第一监狱举行服刑人员职业教育培训考试。", "2012-10-29") == []
    assert types("中心组织学员培训考核。", "2012-10-29") == []
    # ym09 (dev): the city's party secretary chairs the session of a signing ceremony
    s = "副厅长代表农业农村厅发表讲话,崇州市委书记主持会议,市长进行了现场签约。"
    assert types(s, "2023-10-07") == ["signing"]
    # negatives: a training held, and a meeting reported held
    assert types("监狱举行服刑人员职业技能培训。", "2012-10-29") == ["training"]
    assert types("10月7日,市教育局召开职业教育工作会议。", "2023-10-07") == ["meeting"]


def test_a_launch_held_in_a_curated_foreign_city_is_placed_there():
    # ym03 (dev): 启动仪式在尼日利亚拉各斯成功举办 - Lagos, not the Chinese partner's city
    text = (
        "“丝路学院”成功启动\n\n2024年5月11日,共建“丝路学院”项目启动仪式在尼日利亚拉各斯成功举办。"
        "该项目由杭州职业技术学院和尼日利亚YABA职业技术学院共同发起。"
    )
    from vocstudy.event_extraction import article_events

    c = corpus_from_texts({"d": text})
    lead = article_events(c).query("lead")
    assert lead[["event_type", "place"]].values.tolist() == [["launch", "拉各斯"]]


def test_a_government_outlets_name_and_a_class_formed_are_no_events():
    # yq02 (dev): 四川发布客户端消息 - the outlet's name, not a release
    s = "四川发布客户端消息 5月15日,无锡电仪公司向九洲技师学院捐赠217万元暨战略合作签约仪式在学院举行。"
    assert "release" not in types(s, "2018-05-15")
    # yr01 (dev): 组建校企合作特色班 - a class, not a founding
    assert "founding" not in types(
        "12月11日,学校与电梯公司签订校外实训基地协议并组建校企合作特色班。", "2018-12-11"
    )
    # negatives: a list released, and a body formed
    assert types("5月15日,教育厅发布了职业教育质量年度报告。", "2018-05-15") == ["release"]
    assert types("12月11日,学校组建职业教育集团。", "2018-12-11") == ["founding"]


def test_an_occasion_the_news_was_learnt_at_named_after_its_verb():
    # ys06 (dev): 记者从昨天召开的…师生座谈会上获悉 - the source of the news, not a meeting
    s = (
        "记者从昨天召开的成都市实施少数民族地区“9+3”免费教育计划师生座谈会上获悉,"
        "今年9月,四川省全面启动少数民族地区“9+3”免费教育计划。"
    )
    assert "meeting" not in types(s, "2009-09-26")
    # negative: a meeting held
    assert types("9月25日,成都市召开“9+3”免费教育计划师生座谈会。", "2009-09-26") == ["meeting"]


def test_visitors_named_at_length_before_they_come_are_not_the_host():
    # ys08 (dev): …职业技术学院党委书记、副院长葛健在我校援疆干部…的陪同下来校, 洽谈
    from vocstudy.event_extraction import article_events

    text = (
        "签约\n\n6月15日下午,新疆巴音郭楞职业技术学院党委书记、副院长葛健在我校援疆干部韩东海同志的"
        "陪同下来校,就人才培养、师资援助等对口支援相关事宜进行洽谈。"
    )
    lead = article_events(corpus_from_texts({"d": text})).query("lead")
    assert lead["place"].isna().all()


def test_a_regular_arrangement_and_a_founding_assemblys_opening_are_no_new_events():
    # yw04 (dev): 定期召开…专题研讨会 - a standing arrangement, however long the name
    s = "双方共同约定,建立长期合作机制,定期召开“双高”建设与改革专题研讨会,共同打造标志性成果。"
    assert "forum" not in types(s, "2023-06-01")
    # yw03 (dev): the founding assembly opens - the founding, not a launch
    s = "4月29日,毕节市纺织服装产教联合体成立大会在热烈氛围中拉开帷幕。"
    assert types(s, "2025-04-30") == ["founding"]
    # negatives: a forum held, and a contest opening
    assert types("6月1日,双方召开“双高”建设与改革专题研讨会。", "2023-06-01") == ["forum"]
    assert "launch" in types("4月29日,全市职业教育活动周在热烈氛围中拉开帷幕。", "2025-04-30")


def test_a_task_force_and_a_working_group_set_up_are_no_events():
    # xa06 (dev): 成立工作专班 (a task force), 成立培训工作组 (a working group)
    s = "学院高度重视这次培训工作,成立工作专班,承担培训任务的3个系院成立培训工作组,超前设计方案。"
    assert types(s, "2020-12-01") == []
    # negatives: a class started, a group founded
    assert types("12月1日,学院成立「国际学生产学合作专班」。", "2020-12-01") == ["launch"]
    assert types("12月1日,学院成立职业教育集团。", "2020-12-01") == ["founding"]


def test_a_meeting_carried_out_with_a_document_and_a_hall_named_for_releases_are_no_events():
    # xb07 (dev): 落实中央农村工作会议和…一号文件精神 - the meeting's spirit carried out
    s = (
        "为深入学习贯彻习近平总书记关于“三农”工作的重要论述,落实中央农村工作会议和2024年中央"
        "一号文件精神,扎实推进乡村振兴青年人才开发行动,7月22日,培训班开班。"
    )
    assert types(s, "2024-07-25") == ["training"]
    # xc01 (dev): a venue named 产品发布厅
    s = "8月23日上午,培训班开班仪式在贵州百鸟河数字小镇产品发布厅举行。"
    assert types(s, "2017-08-25") == ["training"]
    # negatives: the meeting held, and a standard released
    assert types("1月5日,中央农村工作会议在北京召开。", "2024-01-06") == ["meeting"]
    assert types("8月23日上午,学院发布了新产品标准。", "2017-08-25") == ["release"]


def test_a_mode_named_after_hanging_a_plaque_is_no_plaque_ceremony():
    # xd04 (dev): 采用订单班培养模式以及互认挂牌模式
    assert types("据悉,本次校企合作采用订单班培养模式以及互认挂牌模式。", "2021-06-25") == []
    # negative: a plaque hung
    assert types("6月22日,学院为实训基地挂牌。", "2021-06-25") == ["plaque_ceremony"]


def test_an_exhibition_a_visiting_delegation_tours_is_part_of_the_visit():
    # wf01 (dev): 印尼峇淡世界大学代表团先后参观了黎苗文化师生作品展
    visit = "5月20日,印尼峇淡世界大学代表团到访海南科技职业大学。"
    tour = "当天,印尼峇淡世界大学代表团先后参观了黎苗文化师生作品展、南海艺术馆及陶艺设计与制作实训室等。"
    assert doc_types(visit + tour, "2025-05-21") == {"visit"}
    # negative: an exhibition the school holds, with no visit reported
    s = "5月20日,学院举办师生作品展,展出作品200余件。"
    assert doc_types(s, "2025-05-21") == {"exhibition"}


# --- English pages: ``event_types_en.csv`` ---------------------------------------------
# Lines of English pages of the validation corpus's dev half (China Daily, Xinhua, a
# college's English news) and sentences written for the rules.


def en(sentence: str, published: str | None = "2025-06-18") -> list[tuple[str, object]]:
    return [(e.event_type, e.place) for e in find_events(sentence, published)]


def test_english_events_with_their_place():
    # pp09 (dev, China Daily)
    s = (
        "Thirteen agreements were signed between Chinese colleges and enterprises and Uzbek "
        "institutions at the China-Uzbekistan Vocational Education Cooperation Conference, "
        "which was held over the weekend in Chongqing."
    )
    assert en(s) == [("signing", "重庆市"), ("meeting", "重庆市")]
    # wg07 (dev): a delegation's trip, placed where it goes
    s = (
        "From June 4th to 13th, President of WXIT, Zhou Guijin, led a delegation to Indonesia, "
        "Thailand, and Malaysia for exchange visits."
    )
    assert en(s, "2023-06-20") == [("visit", "印度尼西亚")]
    # zo03 (dev): a symposium, as Chinese pages translate 座谈会, is a meeting
    assert en("A symposium was held after the visit.") == [("meeting", pd.NA)]
    # yf01 (dev): the opening ceremony of a course is part of the training
    s = (
        "On October 15, the opening ceremony for the second phase of the online course jointly "
        "organized by Jinan Vocational College and Bali International Tourism and Business "
        "Institute of Indonesia was successfully held via cloud."
    )
    assert [t for t, _ in en(s, "2023-10-20")] == ["training"]
    # wp01 (dev): a new centre opened is founded; a meeting opened or a centre reopened is not
    s = (
        "A new training center for vocational education teachers opened in Addis Ababa, "
        "Ethiopia, on Dec 23."
    )
    assert en(s, "2024-12-25") == [("founding", "亚的斯亚贝巴")]
    assert en("The president opened the meeting of the new college council.", "2024-12-25") == []
    # wv07 (dev): officials who jointly inspected a school's project paid it a visit
    s = (
        "On February 1, Ambassador to Chad Wang Xining and Minister Usman jointly inspected "
        "the project of the Chadian Vocational and Technical Training School."
    )
    assert [t for t, _ in en(s, "2022-02-05")] == ["visit"]
    assert en("The goods are inspected at the port before shipping.", "2022-02-05") == []


def test_english_plans_and_background_are_no_events():
    assert en("The two sides will sign an agreement and hold a forum next year.") == []
    # yo03 (dev): unveiled in 2020, told on a 2023 page
    s = "It was unveiled and put into use in June 2020, filling the gap of technical education."
    assert en(s, "2023-05-01") == []
    # gg03 (dev): a programme running since a past year still reports its training
    s = (
        "Since 2007, 1,019 trainees from 48 African countries have been trained at Ningbo "
        "Polytechnic's campus in east China's Zhejiang Province."
    )
    assert [t for t, _ in en(s, "2018-06-21")] == ["training"]
    # a meeting room is no meeting; a Chinese sentence with an English name is read in Chinese
    assert en("A forum was held in the conference room of the college.") == [("forum", pd.NA)]
    assert [
        e.event_type for e in find_events("6月1日,学院与Siemens公司签署合作协议。", "2025-06-02")
    ] == ["signing"]


def test_the_commendation_assembly_of_a_reported_contest_is_part_of_it():
    # wj04 (dev): 技能节表彰大会暨艺术专业汇报演出 - the festival's closing awards
    s = (
        "铜山职教中心第二届“红五月”技能节落下帷幕\n"
        "2010年6月5日上午8时30分,铜山职教中心第二届“红五月”技能节表彰大会暨艺术专业汇报演出在校演播大厅举行。"
    )
    assert doc_types(s, "2010-06-06") == {"competition"}
    # negative: a commendation assembly of its own is a meeting
    s = "2010年6月5日上午,全市高技能人才表彰大会在市委礼堂举行。"
    assert doc_types(s, "2010-06-06") == {"meeting"}


# --- one sentence, its event types: the rules of the later validation rounds ---------------
# Each case is a page's own line (dev id in the comment) or the negative written beside it.
SENTENCE_TYPES = [
    # xr01: a training class named between 培训 and 班 opens - training
    (
        "7月4日,六安市退役军人异地技能培训暑期特色班开班仪式在安徽万通高级技工学校举行,"
        "来自我市各县区的23名退役军人参加学习。",
        "2023-07-05",
        ["training"],
    ),
    # xr05: the means of a training, between 通过 and 等形式
    (
        "培训主要通过听取致富带头人介绍经验,参观产业发展和农村社会事业建设现场,"
        "开设专题讲座等形式帮助参加培训人员理清发展思路。",
        "2010-06-20",
        [],
    ),
    ("7月4日,学院2023级订单班开班仪式在学院举行。", "2023-07-05", ["launch"]),
    ("6月19日,学员们通过实地参观了解了产业发展情况。", "2010-06-20", ["visit"]),
    # xv02: an outlet named …发布 that runs a column
    ("在职业教育活动周期间,内蒙古教育发布特别推出 “职耀北疆” 栏目。", "2025-05-20", []),
    ("5月19日,学院发布了2025年专业建设报告。", "2025-05-20", ["release"]),
    # xz04: a congress named after training is a meeting only
    ("9月2日,在洛桑举行的国际职业教育与培训大会吸引了各国代表。", "2025-09-03", ["meeting"]),
    ("9月1日,学院举办了新教师培训。", "2025-09-02", ["training"]),
    # xu05: visitors who come to discuss hold a meeting (GUIDE [d] f06/f16); a tally is none
    ("11月4日下午,日本某公司社长一行10人来学院座谈交流。", "2017-11-05", ["visit", "meeting"]),
    ("去年,学院到企业座谈6次。", "2017-11-05", []),
    # we06: a ski race is no competition nor launch (GUIDE [we] we06); skills contests are
    (
        "2月16日,2025大学生越野滑雪邀请赛暨“冰”城研“雪”产教协同创新发展联盟成立仪式"
        "在哈尔滨职业技术大学越野滑雪场举行。",
        "2025-02-16",
        ["founding"],
    ),
    ("随着发令枪声响起,2025大学生越野滑雪赛正式拉开帷幕。", "2025-02-16", []),
    ("2月16日,首届职业院校数控技能邀请赛在学院举行。", "2025-02-16", ["competition"]),
    ("2月16日,学院第三届职业技能大赛正式拉开帷幕。", "2025-02-16", ["competition"]),
    # wl07: routine work that starts is no launch; a campaign launched is
    ("返疆路漫漫 家乡情切切——我校新疆内职班2020年暑期返疆工作顺利启动", "2020-07-10", []),
    ("7月9日,学院“职业教育宣传月”活动正式启动。", "2020-07-10", ["launch"]),
    # wo05: officials who come to inspect pay a visit; an inspection with no coming is none
    ("近期,市教育局相关领导来我院北区督查考评技能培训工作。", "2014-08-21", ["visit"]),
    ("8月20日,区人社局领导到校检查退役士兵培训工作。", "2014-08-21", ["visit"]),
    ("学校将加强对培训工作的督查和检查。", "2014-08-21", []),
    # wp09: a body named after a forum (…论坛联盟) and 大会现场, the assembly named before
    (
        "11月1日,一批项目在大会现场签约,包括海峡两岸纺织学术论坛联盟的共建项目。",
        "2023-11-02",
        ["signing"],
    ),
    ("11月1日,海峡两岸纺织学术论坛在泉州举行。", "2023-11-02", ["forum"]),
    ("11月1日,全市职业教育大会在泉州召开。", "2023-11-02", ["meeting"]),
    # wo09: 揭牌成立 tells a founding in one word (GUIDE [ss]); an unveiling told is one
    ("11月15日,眉山市退役军人教育学院在四川城市职业学院揭牌成立。", "2023-11-16", ["founding"]),
    ("11月15日,市长为眉山市退役军人教育学院揭牌。", "2023-11-16", ["plaque_ceremony"]),
    # wp10: 主持大会 presides over the assembly named before, as 出席大会 attends it
    ("副市长杨胜跃主持大会,省教育厅职成处处长参加。", "2023-12-06", []),
    ("12月5日,全市职业教育大会在株洲召开。", "2023-12-06", ["meeting"]),
    # wo04: a class's completion ceremony as Taiwan writes it (结训典礼) - training
    ("烘焙班于106年10月13日举行结训典礼,劳工局科长到场祝福。", "2017-10-20", ["training"]),
    # ws03: a founding proposed to a partner; ws05: a team put together with its members named
    ("俄方向中国提议根据世界技能大赛标准联合成立国际导师培训学院。", "2019-08-28", []),
    ("8月27日,中俄两国联合成立国际导师培训学院。", "2019-08-28", ["founding"]),
    (
        "2025年9月,公司联合培训中心,组建由资深技师、专业翻译、教学专家构成的“攻坚团队”。",
        "2025-10-20",
        [],
    ),
    ("9月1日,两校联合组建职业教育集团。", "2025-10-20", ["founding"]),
]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"), SENTENCE_TYPES, ids=[c[0][:24] for c in SENTENCE_TYPES]
)
def test_sentence_types_of_the_later_rounds(
    sentence: str, published: str, expected: list[str]
) -> None:
    assert types(sentence, published) == expected


# --- one article, its events: occasions that are parts of the reported one (later rounds) ---
_MEETING = "1月10日,中国职业技术教育学会年会在北京召开。"
_SHOW = "会议还专门设置了产教融合建设成果展,集中呈现了各会员单位的成果。"
_VISIT = "9月16日,学院党委书记等一行三人到新疆农业职业技术学院考察。"
_CEREMONY = "4月26日上午,三亚技师学院隆重举行技能大师工作室揭牌仪式。"
_AFTER = "随后院长一行到学院实训基地了解参赛学生训练情况。"
_TRAINING = "9月21日至29日,高素质农民农机手技能提升专题培训班在商南县顺利举办。"
_TRAINEES_TOUR = (
    "培训期间,全体学员还前往礼泉县陕西欣农现代农业产业园参观学习,直观感受前沿农业发展模式。"
)

OCCASION_PARTS = [
    # wp02 (dev): 会议还专门设置了…成果展 - part of the meeting the article reports;
    # negatives: an exhibition held on its own; one set up with no meeting reported
    (_MEETING + _SHOW, "2026-01-11", {"meeting"}),
    (
        _MEETING + "1月10日,学院在图书馆举办产教融合建设成果展。",
        "2026-01-11",
        {"meeting", "exhibition"},
    ),
    (_SHOW, "2026-01-11", {"exhibition"}),
    # wp05 (dev): …在学院副院长陪同参观了学院成就展 - part of the visit; negative: an
    # achievements exhibition opened on its own
    (_VISIT + "在新疆农业职业技术学院,在学院副院长陪同参观了学院成就展。", "2012-09-25", {"visit"}),
    (
        _VISIT + "9月20日,学院建院六十周年成就展在图书馆开幕。",
        "2012-09-25",
        {"visit", "exhibition"},
    ),
    # wq02 (dev): 随后…院长一行到学院…实训基地 - after the unveiling; negatives: a party that
    # goes somewhere in an article of no other occasion, and one not said to follow it
    (_CEREMONY + _AFTER, "2022-04-27", {"plaque_ceremony"}),
    (_AFTER, "2022-04-27", {"visit"}),
    (
        _CEREMONY + "5月10日,院长一行到海口市职业技术学院考察交流。",
        "2022-04-27",
        {"plaque_ceremony", "visit"},
    ),
    # wx08 (dev): 培训期间,全体学员还前往…参观学习 - part of the training; negative: a
    # tour during a training the article does not report
    (_TRAINING + _TRAINEES_TOUR, "2025-09-30", {"training"}),
    (_TRAINEES_TOUR, "2025-09-30", {"visit"}),
    # wy01 (dev): …培训肥东养老护理员开班啦! - 开班 of a training; negative: an order class
    # opening is a programme's launch
    ("2017年合肥市社会服务人才培训肥东养老护理员开班啦!", "2017-04-13", {"training"}),
    ("3月5日,我院与乐一软件公司合作的订单班开班。", "2023-03-06", {"launch"}),
    # wx10 (dev): 4名党员成立临时党支部 - no founding; negative: an alliance founded
    (
        _TRAINING + "4名党员成立临时党支部,每名党员出任小组长。",
        "2025-09-30",
        {"training"},
    ),
    (_TRAINING + "9月25日,县无人机产业联盟成立。", "2025-09-30", {"training", "founding"}),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), OCCASION_PARTS, ids=[c[0][:24] for c in OCCASION_PARTS]
)
def test_occasions_that_are_parts_of_the_reported_one(
    text: str, published: str, expected: set[str]
) -> None:
    assert art_types(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wz07 (dev): a cohort's class opening (2018级南非留学生开班典礼) is a launch
        ("近日,黄河水利职业技术学院隆重举行2018级南非留学生开班典礼。", {"launch"}),
        ("9月10日,学院举行23级中德合作班开班仪式。", {"launch"}),
        # negative: a training course of a cohort of trainees stays a training
        ("近日,学院举行2018级新型职业农民培训班开班典礼。", {"training"}),
    ],
)
def test_a_cohorts_class_opening_is_a_launch(text: str, expected: set[str]) -> None:
    assert art_types(text, "2018-10-01") == expected


def test_a_launch_joined_to_another_occasion():
    # wx05 (dev): …培训工程启动暨第一期培训班开班仪式 - the launch and the class opening
    s = "6月3日上午,学院举行贫困村创业致富带头人培训工程启动暨第一期培训班开班仪式。"
    assert art_types(s, "2016-06-04") == {"launch", "training"}
    # negative: routine work starting, joined to nothing
    assert art_types("6月3日,暑期返疆工作顺利启动。", "2016-06-04") == set()


def test_one_session_of_a_training():
    # wy06 (dev): 迎来新一期培训 - a session of a training held
    assert art_types("从江东脱贫技能培训基地迎来新一期培训", "2020-04-16") == {"training"}
    # negatives: one still to come (zp09); a base named after its sessions
    s = "据介绍,中刚丝路学院首期培训将与中国路桥公司合作,对员工开展中文培训。"
    assert art_types(s, "2020-04-16") == set()
    assert art_types("学院建成第一期培训基地。", "2020-04-16") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # vb02 (dev): a training given to counted trainees (为300多名村民进行…培训)
        ("县劳动保障局派出培训小组来到该乡为300多名村民进行一系列劳动知识的培训。", {"training"}),
        # vb01 (dev): a course's trainees starting classes (第一批65名学员现已开课)
        ("铁西区开办工业技能训练学校,昨日,第一批65名学员现已开课。", {"training"}),
        # negatives: a training planned for a country (zp07); a routine 开展培训
        ("双方就共建师资培训中心,为沙特开展职业教育师资培训等达成了初步合作共识。", set()),
        ("学校积极开展职业技能培训。", set()),
    ],
)
def test_a_training_given_to_counted_trainees_or_starting_classes(
    text: str, expected: set[str]
) -> None:
    assert art_types(text, "2024-06-30") == expected


def test_a_training_camp_planned_as_a_programme():
    # vb07 (dev): 打造“职Q训练营”, “职Q训练营”建设 - a programme to build, no camp held
    s = "此外,海尔智家提出联合打造“职Q训练营”,通过企业导师到校授课,助力学生提升能力。"
    assert "training" not in art_types(s, "2025-03-17")
    s = "双方重点围绕岗位实习及“职Q训练营”建设达成多项共识。"
    assert "training" not in art_types(s, "2025-03-17")
    # negative: a camp held
    assert art_types("7月10日,学院举办暑期技能训练营。", "2025-07-11") == {"training"}


def test_the_name_of_a_speech_made_during_an_inspection_is_no_visit():
    # ve05 (dev): 贯彻…视察贵州重要讲话精神 - the speech's name, no visit reported
    s = "为深入贯彻总书记视察贵州重要讲话精神,贵州省第一届职业技能大赛将于10月在贵阳举办。"
    assert "visit" not in art_types(s, "2021-08-01")
    # negative: an inspection made
    assert art_types("8月1日,省长视察贵阳职业技术学院。", "2021-08-02") == {"visit"}


def test_a_night_school_run_or_teaching_is_a_training():
    # vd06 (dev): 茶村办“夜校” - a night school run for tea farmers
    assert art_types("茶村办“夜校”茶农来“悦读”", "2015-09-02") == {"training"}
    assert art_types("直到21时许,夜校授课结束。", "2015-09-02") == {"training"}
    # negative: a night school named as a model, not run here
    assert art_types("夜校模式值得推广。", "2015-09-02") == set()


def test_a_scholarship_a_schools_making_and_a_field_lesson_are_no_events():
    # vj09 (dev): a graduate sets up a scholarship - no organisation founded
    assert "founding" not in types("郭海军成立个人奖学金,协助学弟学妹完成学业。")
    # vj02 (dev): how a school came to be (四校合并组建而成的公办学校)
    s = "黄梅理工学校是一所由黄梅职高、黄梅电大四校合并组建而成的公办学校。"
    assert "founding" not in types(s)
    # vk01 (dev): a teacher takes the trainees to the fields for a lesson
    s = "老师为学员们讲授了叶菜病虫害防治知识,课后带领学员们来到田间地头进行现场教学。"
    assert "visit" not in types(s)
    # negatives: a foundation set up, an alliance formed, a delegation led to a school
    assert "founding" in types("5月10日,两校联合组建职教集团。")
    assert "visit" in types("5月10日,校长带领代表团来到深圳职业技术大学考察。")


def test_next_years_occasion_is_not_reported_whatever_its_edition():
    # vo01 (dev): 明年,上海将承办第46届世界技能大赛
    assert "competition" not in types("明年,上海将承办第46届世界技能大赛。", "2019-12-01")
    # negative: this year's edition held; next year's plan named after a held one
    assert "competition" in types("12月1日,第46届世界技能大赛选拔赛在上海举行。", "2019-12-02")
    s = "12月1日,第一届全国技能大赛在广州举行,明年将扩大规模。"
    assert "competition" in types(s, "2020-12-02")


def test_a_contest_naming_a_training_base_for_its_listed_skills_is_no_competition():
    # vq01 (dev): 获批第48届世界技能大赛汽车技术项目、美发项目…中国集训基地
    s = "近日,我院获批第48届世界技能大赛汽车技术项目、美发项目、管道与制暖项目中国集训基地。"
    assert "competition" not in types(s, "2025-05-01")
    # negative: the contest held, its skills named
    s = "5月1日,第48届世界技能大赛汽车技术项目选拔赛在我院举行。"
    assert "competition" in types(s, "2025-05-02")


def test_an_occasion_held_every_year_is_a_custom_not_one_occasion():
    # vq10 (dev): 每年举办2-3场福州特色农产品主播大赛 - a custom
    assert "competition" not in types(
        "每年举办2-3场福州特色农产品主播大赛、青创训练营。", "2022-05-01"
    )
    # negative: this year's contest held
    assert "competition" in types("4月20日,福州特色农产品主播大赛在福州举办。", "2022-05-01")


def test_a_contest_or_training_course_started_is_that_event_not_a_launch():
    # vx04 (dev): …职工职业技能大赛钳工…实际操作比赛于8月23日全面启动
    s = "鹤岗市第三届职工职业技能大赛钳工、电焊工等20个工种实际操作比赛于8月23日全面启动。"
    assert art_types(s, "2017-08-24") == {"competition"}
    # vx09 (dev): …技术培训班”在海南文昌正式启动
    s = "4月11日,由商务部主办的“巴布亚新几内亚热带棕榈作物产业化关键技术培训班”在海南文昌正式启动。"
    assert art_types(s, "2025-04-12") == {"training"}
    # negatives: a campaign launched, and a programme launched beside a contest
    assert art_types("4月11日,全市职业技能提升行动正式启动。", "2025-04-12") == {"launch"}
    s = "4月11日,技能大赛在文昌开幕。当天,全市职业技能提升行动正式启动。"
    assert art_types(s, "2025-04-12") == {"competition", "launch"}


def test_a_class_that_closes_is_a_training():
    # vw09 (dev): …中式烹饪师技能班(第一期)顺利结业
    s = "2月23日,为期7天的封丘县黄德镇中式烹饪师技能班(第一期)顺利结业,60余名群众获得证书。"
    assert art_types(s, "2025-02-24") == {"training"}
    # negatives: a certificate of a class, a closing with no class
    assert art_types("学员凭技能班结业证书可申请补贴。", "2025-02-24") == set()
    assert art_types("2月23日,该校学生顺利结业。", "2025-02-24") == set()


def test_a_count_of_training_sessions_held_is_a_tally():
    # vw04 (dev): 举办电子商务基础知识技能培训16期,累计参训650人次
    s = "深入开展“送技进基层”活动,举办电子商务基础知识技能培训16期,累计参训650人次。"
    assert "training" not in types(s, "2020-01-01")
    # negative: one training held
    s = "3月5日,县人社局举办电子商务基础知识技能培训,50名学员参加。"
    assert "training" in types(s, "2020-03-06")


def test_a_party_described_as_the_first_to_sign_is_no_signing():
    # vx09 (dev): 巴新是首个同中国签署共建“一带一路”谅解备忘录和合作规划的太平洋岛国
    s = "李积华表示,巴新是首个同中国签署共建“一带一路”谅解备忘录和合作规划的太平洋岛国。"
    assert "signing" not in types(s, "2025-04-12")
    # negatives: the first signing of the day reported, and a first signed as the news
    s = "4月11日,两校签署合作协议,这是学院今年签署的第一个国际协议。"
    assert "signing" in types(s, "2025-04-12")
    s = "4月11日,学院成为首个与老挝签署合作协议的高职院校。"
    assert "signing" in types(s, "2025-04-12")


def test_a_training_of_a_stated_length_this_training_and_a_training_that_closes():
    # vy08 (dev): 开展为期两天的新能源客车维修专项培训
    s = "6月17日—18日,学院组织学生赴达州市公交公司,开展为期两天的新能源客车维修专项培训。"
    assert art_types(s, "2025-06-19") == {"training"}
    # vz06 (dev): 此次培训为期5天
    assert art_types("此次培训为期5天,参训人员50人。", "2017-06-01") == {"training"}
    # vz09 (dev): …专项技能培训在道孚县甲宗镇落下帷幕
    s = "近日,成都市郫都区援助道孚餐饮服务及旅游接待专项技能培训在道孚县甲宗镇落下帷幕。"
    assert art_types(s, "2019-10-11") == {"training"}
    # negatives: a training base of a stated length of service, a plan for this training
    assert art_types("该中心是为期三年的培训基地建设项目。", "2019-10-11") == set()
    assert art_types("此次培训计划明年实施。", "2019-10-11") == set()


def test_the_first_session_since_a_time_one_session_held_and_this_drill():
    # rr03 (dev): 举行自新冠疫情爆发以来首期…专项培训班开班仪式 - the first since, not background
    s = "5月29日上午,中心举行自新冠疫情爆发以来首期对蒙职业教育专项培训班开班仪式。"
    assert art_types(s, "2021-05-30") == {"training"}
    # xr04, vb03 (dev): 开办一期盲人按摩培训, 组织了一期由42名…妇女参加的…技能培训
    s = "经县残联协调,确定河南推拿职业学院为我县的视力残疾人开办一期盲人按摩培训。"
    assert art_types(s, "2015-05-01") == {"training"}
    # ff02 (dev): 此次专项训练; wn07 (dev): 为期…的培训研修
    assert art_types("学校领导对此次专项训练高度重视,提前安排部署。", "2015-05-01") == {"training"}
    # negatives: a work done since a time, a trainers' league of this edition
    s = "自2010年以来,学院举办培训班20期。"
    assert "training" not in art_types(s, "2015-05-01")
    s = "本次粤港澳培训师联赛由三地协会联合发起。"
    assert "training" not in art_types(s, "2021-08-20")


def test_a_count_of_trips_is_a_tally_not_one_visit():
    # uc08 (dev): 领导班子成员5次赴肇庆调研
    s = "中山市技师学院成立专项工作组,领导班子成员5次赴肇庆调研,围绕师资培养开展协作。"
    assert "visit" not in types(s, "2025-06-01")
    # negatives: one trip on a date, the fifth edition (第5次)
    s = "5月20日,领导班子成员赴肇庆调研,围绕师资培养开展协作。"
    assert "visit" in types(s, "2025-06-01")


def test_the_trainees_field_visit_is_part_of_their_training():
    # uf02 (dev): 室内培训课程结束之后,培训学员来到…基地进行了实地参观学习
    s = (
        "3月5日,北中镇举办茶叶实用技术培训班。室内培训课程结束之后,"
        "培训学员来到该镇吕河村种茶大户基地进行了实地参观学习。"
    )
    assert art_types(s, "2020-03-06") == {"training"}
    # negative: a delegation's visit beside a training
    s = "3月5日,北中镇举办茶叶实用技术培训班。当天,县领导一行来到该镇参观茶园。"
    assert art_types(s, "2020-03-06") == {"training", "visit"}


def test_a_reception_and_an_attended_discussion_are_meetings():
    # wf08 (dev): 学校校长陈德泉会见来访客人; wt01 (dev): …相关部门负责人参加座谈
    s = "学校校长陈德泉会见来访客人,双方就合作办学进行交流。"
    assert "meeting" in types(s, "2019-05-10")
    s = "我校校长、纪委书记及相关部门负责人参加座谈。"
    assert "meeting" in types(s, "2019-05-10")
    # xg05 (dev): an ambassador receives a minister
    assert "meeting" in types("李健大使会见阿尔及利亚职业培训和教育部部长。", "2019-05-23")
    # negatives: a tally of those met on a trip, machine-spun 会见下, a discussion planned
    s = "这次七天会见了十几所大学的代表。"
    assert "meeting" not in types(s, "2019-05-10")
    s = "县长在副县长的会见下,了解职中发展情况。"
    assert "meeting" not in types(s, "2019-05-10")
    assert "meeting" not in types("双方约定下月再座谈。", "2019-05-10")


def test_a_notice_that_itself_publishes_a_list_is_a_release():
    # wa02, vr08, xp07, yh07 (dev): 现将获奖名单予以公布 / …,现予以公布 / 现将…名单公布如下
    s = "授予26个单位优秀组织奖。现将获奖名单予以公布(见附件)。"
    assert "release" in types(s, "2025-06-01")
    s = "现将各校获奖总得分和获奖具体名单公布如下(详见附件1、2)。"
    assert "release" in types(s, "2021-06-01")
    # negatives: a notice cited, a plan to publish later, a notice that issues a plan to its readers
    s = "详见《教育部关于公布全国职业院校技能大赛组织委员会成员名单的通知》。"
    assert "release" not in types(s, "2019-04-01")
    assert "release" not in types("整体调研报告将于明年适时公布。", "2025-10-01")
    s = "现将大赛方案(见附件)印发给你们,请做好相关准备工作。"
    assert "release" not in types(s, "2019-04-01")


def test_a_firm_among_the_first_set_up_is_no_founding():
    # ut04 (dev): 金风科技是国内成立最早、目前规模最大的风电设备研发和制造企业之一
    s = "金风科技是国内成立最早、目前规模最大的风电设备研发和制造企业之一。"
    assert "founding" not in types(s, "2011-05-01")
    # negative: an alliance founded on a date
    assert "founding" in types("5月8日,全省风电职业教育联盟正式成立。", "2011-05-09")
