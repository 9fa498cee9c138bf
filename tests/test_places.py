"""Tests for vocstudy.gazetteer (vs.places): gazetteer, matching rules, the places() table, seed facts.

Also holds the hand-annotated evaluation set (EVAL) shared with test_collaborations.py:
sentences written for this test (not taken from the seeds), each with the canonical
places a careful reader finds in it, in order, and the pairs of places it presents as
working together.
"""

from __future__ import annotations

import csv
from collections import Counter

import pandas as pd
import pytest

from vocstudy import gazetteer as P
from vocstudy.corpus import corpus_from_texts
from vocstudy.paths import data_path
from vocstudy.text import split_sentences

# (sentence, expected places in order, expected collaboration pairs)
EVAL: list[tuple[str, list[str], set[tuple[str, str]]]] = [
    (
        "2023年5月,上海市教委与云南省教育厅在昆明签署沪滇职业教育东西部协作框架协议。",
        ["上海市", "云南省", "昆明市", "上海市", "云南省"],
        {("上海市", "云南省")},
    ),
    (
        "浙江省与四川省开展东西部协作,浙江30所职业院校对口帮扶凉山州职业学校。",
        ["浙江省", "四川省", "浙江省", "凉山彝族自治州"],
        {("四川省", "浙江省"), ("凉山彝族自治州", "浙江省")},
    ),
    (
        "京津冀职业教育协同发展联盟在天津成立。",
        ["京津冀", "天津市"],
        {("北京市", "天津市"), ("北京市", "河北省"), ("天津市", "河北省")},
    ),
    (
        "长三角职业教育一体化发展论坛在合肥举行。",
        ["长三角", "合肥市"],
        {
            ("上海市", "江苏省"),
            ("上海市", "浙江省"),
            ("上海市", "安徽省"),
            ("江苏省", "浙江省"),
            ("安徽省", "江苏省"),
            ("安徽省", "浙江省"),
        },
    ),
    (
        "粤港澳大湾区职业教育产教联盟在广州成立。",
        ["粤港澳大湾区", "广州市"],
        {
            ("广东省", "香港特别行政区"),
            ("广东省", "澳门特别行政区"),
            ("澳门特别行政区", "香港特别行政区"),
        },
    ),
    (
        "第十届海峡两岸职业教育交流会在厦门举行,两岸职业院校签署合作协议。",
        ["中国大陆", "台湾省", "厦门市", "中国大陆", "台湾省"],
        {("中国大陆", "台湾省")},
    ),
    ("中国网记者从京东方获悉,长安汽车与华中科技大学开展校企合作。", [], set()),
    ("南京市与北京市的职业院校开展师生交流。", ["南京市", "北京市"], {("北京市", "南京市")}),
    ("我校与成都市、绵阳市的三所中职学校签订合作协议。", ["成都市", "绵阳市"], set()),
    (
        "北京市朝阳区职业教育中心与河北省承德市教育局签署帮扶协议。",
        ["北京市", "朝阳区", "河北省", "承德市"],
        {("承德市", "朝阳区")},
    ),
    ("鼓楼区教育局组织教师赴鼓楼医院参观。", [], set()),
    ("川流不息的人群涌入京剧院,观看京韵演出。", [], set()),
    (
        "重庆与四川携手共建成渝地区双城经济圈职业教育联盟。",
        ["重庆市", "四川省", "成渝地区双城经济圈"],
        {("四川省", "重庆市")},
    ),
    (
        "黑龙江省与广东省建立对口合作机制,哈尔滨市与深圳市结对。",
        ["黑龙江省", "广东省", "哈尔滨市", "深圳市"],
        {("广东省", "黑龙江省"), ("哈尔滨市", "深圳市")},
    ),
    (
        "湖南省职业院校赴德国、瑞士学习双元制,并与德国企业签署合作协议。",
        ["湖南省", "德国", "瑞士", "德国"],
        {("德国", "湖南省"), ("湖南省", "瑞士")},
    ),
    ("吉林大学与吉林省教育厅合作。", ["吉林省", "吉林省"], set()),
    (
        "在渝举行的川渝职教论坛上,两地签署了合作备忘录。",
        ["重庆市", "四川省", "重庆市"],
        {("四川省", "重庆市")},
    ),
    (
        "来自美国、英国和新加坡的专家参加了在杭州举行的国际职业教育大会。",
        ["美国", "英国", "新加坡", "杭州市"],
        set(),
    ),
    ("北碚职业教育中心与璧山职业教育中心结对共建。", ["北碚区", "璧山区"], {("北碚区", "璧山区")}),
    (
        "两岸青年学生在福建开展研学交流。",
        ["中国大陆", "台湾省", "福建省"],
        {("中国大陆", "台湾省")},
    ),
    ("沿着长江两岸,新兴产业和合作企业蓬勃发展。", [], set()),
    (
        "江苏省对口帮扶新疆伊犁州。",
        ["江苏省", "新疆维吾尔自治区", "伊犁哈萨克自治州"],
        {("伊犁哈萨克自治州", "江苏省")},
    ),
    ("南京大学与江西省南昌市签约。", ["南京市", "江西省", "南昌市"], {("南京市", "南昌市")}),
    (
        "宜宾市与泸州市共建川南职业教育联盟,并与重庆市永川区开展交流。",
        ["宜宾市", "泸州市", "重庆市", "永川区"],
        {("宜宾市", "泸州市"), ("宜宾市", "永川区"), ("永川区", "泸州市")},
    ),
]


def names(text: str) -> list[str]:
    return [m.name for m in P.find_places(text)]


def rows(text: str) -> list[tuple]:
    return [(m.mention, m.name, m.level) for m in P.find_places(text)]


def mentions(text: str) -> list[tuple[str, str]]:
    return [(m.mention, m.name) for m in P.find_places(text)]


# ----------------------------------------------------------------------------- gazetteer
def test_gazetteer_covers_every_level() -> None:
    t = P.place_table()
    counts = t["level"].value_counts()
    assert counts["province"] == 34
    assert counts["city"] >= 330
    assert counts["district"] >= 2800
    assert counts["foreign"] >= 200
    assert counts["area"] >= 10
    assert list(t.columns) == [
        "name",
        "level",
        "province",
        "city",
        "adcode",
        "iso3",
        "lon",
        "lat",
        "short",
        "short_mode",
        "name_mode",
        "iso3166_2",
        "geonameid",
        "aliases",
    ]
    assert counts["country"] == 1


@pytest.mark.parametrize(
    ("name", "level", "province", "adcode"),
    [
        ("重庆市", "province", "重庆市", "500000"),
        ("四川省", "province", "四川省", "510000"),
        ("哈尔滨市", "city", "黑龙江省", "230100"),
        ("大兴安岭地区", "city", "黑龙江省", "232700"),
        ("北碚区", "district", "重庆市", "500109"),
        ("台湾省", "province", "台湾省", "710000"),
        ("香港特别行政区", "province", "香港特别行政区", "810000"),
        ("澳门特别行政区", "province", "澳门特别行政区", "820000"),
    ],
)
def test_gazetteer_rows(name: str, level: str, province: str, adcode: str) -> None:
    t = P.place_table().set_index("name")
    row = t.loc[name]
    assert (row["level"], row["province"], row["adcode"]) == (level, province, adcode)


def test_points_lie_in_china_for_chinese_units() -> None:
    t = P.place_table()
    cn = t[t["level"].isin(["province", "city", "district"])]
    # Taiwan's districts and townships have no point (none is invented, see places.md)
    no_point = (cn["province"] == "台湾省") & (cn["level"] == "district")
    assert (cn.loc[no_point, "lon"] == "").all() and (cn.loc[no_point, "adcode"] == "").all()
    cn = cn[~no_point]
    lon = cn["lon"].astype(float)
    lat = cn["lat"].astype(float)
    assert lon.between(73, 136).all() and lat.between(3, 54).all()
    chongqing = t.set_index("name").loc["重庆市"]
    assert 105 < float(chongqing["lon"]) < 110 and 28 < float(chongqing["lat"]) < 32


def test_curated_files_refer_to_known_places() -> None:
    known = set(P.place_table()["name"])
    with data_path("blocs.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            assert set(filter(None, r["members"].split("|"))) <= known, r["bloc"]
    with data_path("place_abbreviations.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            assert set(r["members"].split("|")) <= known, r["mention"]
    with data_path("place_aliases.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            assert r["mode"] in {"alias", "venue", "abbreviation", "guard"}
            assert r["mode"] == "guard" or r["name"] in known, r["alias"]


def test_bloc_members() -> None:
    assert P.bloc_members("成渝地区双城经济圈") == ("重庆市", "四川省")
    assert P.bloc_members("京津冀") == ("北京市", "天津市", "河北省")
    assert P.bloc_members("不存在") == ()
    assert P.bloc_members("东盟") == ()  # a party as a whole, not ten countries to pair


# ----------------------------------------------------------------------------- find_places
def test_find_places_fields_and_spans() -> None:
    text = "活动在四川省宜宾市举行。"
    ms = P.find_places(text)
    assert [m.name for m in ms] == ["四川省", "宜宾市"]
    m = ms[1]
    assert isinstance(m, P.PlaceMatch)
    assert text[m.start : m.end] == m.mention == "宜宾市"
    assert (m.level, m.province, m.adcode) == ("city", "四川省", 511500)
    assert 103 < m.lon < 106 and 27 < m.lat < 30


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("签约仪式在渝举行。", [("渝", "重庆市", "province")]),
        ("代表团赴京考察。", [("京", "北京市", "province")]),
        # a city's one-character abbreviation as a venue (dev v04, a Gansu portal)
        (
            "甘肃省信息技术职教集团成立大会在兰举行",
            [("甘肃省", "甘肃省", "province"), ("兰", "兰州市", "city")],
        ),
        ("代表团来锡考察交流。", [("锡", "无锡市", "city")]),
        # not as a surname or the head of another word
        ("在沈老师的带领下参观实训室。", []),
        ("学院在连续三年的比赛中获奖。", []),
        ("北碚职业教育中心校长", [("北碚", "北碚区", "district")]),
        (
            "哈尔滨市、呼和浩特市、黑河市、大兴安岭地区",
            [
                ("哈尔滨市", "哈尔滨市", "city"),
                ("呼和浩特市", "呼和浩特市", "city"),
                ("黑河市", "黑河市", "city"),
                ("大兴安岭地区", "大兴安岭地区", "city"),
            ],
        ),
        ("哈市职教活动周", [("哈市", "哈尔滨市", "city")]),
        (
            "台湾与香港、澳门",
            [
                ("台湾", "台湾省", "province"),
                ("香港", "香港特别行政区", "province"),
                ("澳门", "澳门特别行政区", "province"),
            ],
        ),
        ("成渝地区双城经济圈", [("成渝地区双城经济圈", "成渝地区双城经济圈", "bloc")]),
        ("京台职业教育论坛", [("京台", "北京市", "province"), ("京台", "台湾省", "province")]),
        ("促进两岸交流", [("两岸", "中国大陆", "area"), ("两岸", "台湾省", "province")]),
        ("雄安新区合作学校", [("雄安新区", "雄安新区", "area")]),
        ("赴德国、日本学习", [("德国", "德国", "foreign"), ("日本", "日本", "foreign")]),
        ("绵阳游仙职业技术学校", [("绵阳", "绵阳市", "city"), ("游仙", "游仙区", "district")]),
        ("西安交通大学", [("西安", "西安市", "city")]),
        ("南京市", [("南京市", "南京市", "city")]),
    ],
)
def test_positives(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "来源:中国网",  # an outlet
        "与江苏京东信息技术有限公司共同打造京东校园馆",  # company (江苏 is a place, 京东 not)
        "与京东方等知名企业进行产教融合",
        "对接专业群共建“重电-长安智能制造”产业学院",  # 长安 the carmaker
        "长安汽车与华中科技大学合作",
        "川流不息,山川秀美",  # a lone 川
        "京剧、京韵、京味、京胡",  # a lone 京
        "在京东方实习",  # 在京 + 东方 is not Beijing
        "促进合作,深化校企合作",  # 合作市 (甘肃) is not 合作
        "人民共和国的成立",  # 共和县 is not 共和 (中华人民共和国 is 中国: test_china_and_pairings)
        "全面推进乡村振兴",  # 振兴区 is not 振兴
        "长江两岸的城市",  # river banks, not cross-Strait
        "今日本报讯",
        "蒙古族同胞",
        "景泰蓝非遗技艺",
        "服务川渝发展",  # 服务 + 川渝: not 务川县
    ],
)
def test_negatives(text: str) -> None:
    got = [n for n in names(text) if n not in {"江苏省", "四川省", "重庆市"}]
    assert got == [], got


def test_nanjing_is_not_beijing() -> None:
    assert names("南京职业教育") == ["南京市"]


def test_glued_short_name_outside_its_neighbour_is_dropped() -> None:
    # 隆化 is a town of 南川区, not 隆化县 of 河北省
    assert names("南川隆化职业中学校长") == ["南川区"]


def test_ambiguous_names_resolved_by_context_or_skipped() -> None:
    assert names("朝阳区教委") == []  # two 朝阳区: no context, no arbitrary pick
    assert names("鼓楼区举办活动") == []
    ms = P.find_places("北京市教委和长春市朝阳区教育局")
    assert [(m.name, m.province) for m in ms] == [
        ("北京市", "北京市"),
        ("长春市", "吉林省"),
        ("朝阳区", "吉林省"),
    ]
    ms = P.find_places("北京市举办活动。朝阳区派代表参加。")  # document context
    assert [(m.name, m.adcode) for m in ms] == [("北京市", 110000), ("朝阳区", 110105)]
    assert names("吉林大学") == ["吉林省"]  # a province outranks its same-named city
    assert names("长沙县职业中专") == ["长沙县"]
    assert names("长沙职业教育") == ["长沙市"]


def test_context_only_short_names() -> None:
    assert names("南城县政府") == ["南城县"]
    # before an institution word, a context-only district short name needs its province
    # or city named in the same document (南城 of 抚州, 江西)
    assert names("南城职业中学") == []
    assert names("江西省抚州市南城职业中学") == ["江西省", "抚州市", "南城县"]
    assert names("南城职业中学组织学生赴南昌参观。") == ["南昌市"]
    assert names("南城职业中学组织学生赴南昌参观。抚州市教育局") == ["南城县", "南昌市", "抚州市"]
    assert names("首都南城职教高地") == ["北京市"]  # 南城 after 首都: a part of Beijing


def test_empty_and_missing_text() -> None:
    assert P.find_places("") == []
    assert P.find_places(None) == []  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- places()
def test_places_table_exact_rows() -> None:
    c = corpus_from_texts(
        {
            "d2": "重庆市教委与四川省教育厅在渝签署协议。川渝携手。",
            "d1": "北碚职业教育中心与绵阳游仙职业技术学校共建。\n中国网",
        },
        clean=False,
    )
    df = P.places(c)
    assert list(df.columns) == P.PLACE_COLUMNS
    got = [
        tuple(r)
        for r in df[
            ["doc_id", "sent_id", "mention", "name", "level", "province", "adcode"]
        ].itertuples(index=False)
    ]
    assert got == [
        ("d1", 0, "北碚", "北碚区", "district", "重庆市", 500109),
        ("d1", 0, "绵阳", "绵阳市", "city", "四川省", 510700),
        ("d1", 0, "游仙", "游仙区", "district", "四川省", 510704),
        ("d2", 0, "重庆市", "重庆市", "province", "重庆市", 500000),
        ("d2", 0, "四川省", "四川省", "province", "四川省", 510000),
        ("d2", 0, "渝", "重庆市", "province", "重庆市", 500000),
        ("d2", 1, "川渝", "四川省", "province", "四川省", 510000),
        ("d2", 1, "川渝", "重庆市", "province", "重庆市", 500000),
    ]
    assert str(df["adcode"].dtype) == "Int64"
    assert df["lon"].dtype == "float64"


def test_places_bloc_row_has_no_code() -> None:
    c = corpus_from_texts({"a": "服务长三角一体化。"}, clean=False)
    df = P.places(c)
    assert df[["name", "level"]].values.tolist() == [["长三角", "bloc"]]
    assert df["adcode"].isna().all() and df["lon"].isna().all() and df["province"].isna().all()


def test_places_sent_ids_agree_with_split_sentences() -> None:
    text = "第一句没有地名。\n第二句在重庆。第三句在成都!"
    c = corpus_from_texts({"a": text}, clean=False)
    df = P.places(c)
    sents = split_sentences(text)
    for r in df.itertuples():
        assert r.mention in sents[r.sent_id]
    assert df["sent_id"].tolist() == [1, 2]


def test_places_empty_corpus_and_empty_text() -> None:
    c = corpus_from_texts({"a": "", "b": "没有地名。"}, clean=False)
    df = P.places(c)
    assert df.empty and list(df.columns) == P.PLACE_COLUMNS


def test_places_same_result_whatever_n_jobs() -> None:
    texts = {f"d{i}": s for i, (s, _, _) in enumerate(EVAL)}
    c = corpus_from_texts(texts, clean=False)
    pd.testing.assert_frame_equal(P.places(c, n_jobs=1), P.places(c, n_jobs=3))


# ----------------------------------------------------------------------------- evaluation
def place_scores() -> tuple[float, float]:
    tp = fp = fn = 0
    for sentence, expected, _ in EVAL:
        got = Counter(names(sentence))
        want = Counter(expected)
        hit = sum((got & want).values())
        tp += hit
        fp += sum(got.values()) - hit
        fn += sum(want.values()) - hit
    return tp / (tp + fp), tp / (tp + fn)


def test_place_precision_recall_on_evaluation_set() -> None:
    precision, recall = place_scores()
    print(f"places: precision {precision:.3f} recall {recall:.3f} on {len(EVAL)} sentences")
    assert precision >= 0.95
    assert recall >= 0.95


# ----------------------------------------------------------------------------- seed facts
@pytest.fixture(scope="module")
def seed_places() -> pd.DataFrame:
    import vocstudy as vs

    return P.places(vs.load_corpus())


def test_seed_places(seed_places: pd.DataFrame) -> None:
    by_doc = seed_places.groupby("doc_id")["name"].apply(set)
    d000 = next(d for d in by_doc.index if d.startswith("000"))
    d002 = next(d for d in by_doc.index if d.startswith("002"))
    d003 = next(d for d in by_doc.index if d.startswith("003"))
    assert {"北京市", "丰台区", "台湾省", "京津冀", "雄安新区"} <= by_doc[d000]
    assert {
        "重庆市",
        "四川省",
        "成渝地区双城经济圈",
        "宜宾市",
        "北碚区",
        "绵阳市",
        "游仙区",
    } <= by_doc[d002]
    assert {"哈尔滨市", "呼和浩特市", "黑河市", "大兴安岭地区", "南岗区"} <= by_doc[d003]
    assert "长安区" not in set(seed_places["name"])
    assert "隆化县" not in set(seed_places["name"])


# ----------------------------------------------------------------------------- Taiwan, HK, Macau
# Real sentences from public pages (URL next to each), converted to Simplified with the
# project's OpenCC t2s as the cleaning step does. The full excerpts, with the hand-read
# places and theme phrases, are in tests/fixtures/real_excerpts_places_themes.json.
def simplified(text: str) -> str:
    from vocstudy.cleaning import to_simplified

    return to_simplified(text)


def by_name(text: str) -> dict[str, tuple[str, str | None]]:
    return {m.name: (m.level, m.province) for m in P.find_places(simplified(text))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # https://tw.news.yahoo.com/ (基隆高中職與大學、企業策略聯盟, 2025)
            "為提升學生競爭力，基隆市多所高中、高職與大學、企業策略聯盟。",
            {"基隆市": ("city", "台湾省")},
        ),
        (  # https://www.ettoday.net/news/20250910/3030851.htm
            "記者楊晨東／台東報導。國立台東高級商業職業學校觀光事業科三年級學生，在技能檢定中交出亮眼成績。",
            {"台东县": ("city", "台湾省")},
        ),
        (  # https://news.ltn.com.tw/news/life/breakingnews/5175519
            "〔記者李文德／雲林報導〕日前虎尾科大與友嘉集團及全台包括新北高工、嘉義高工、高雄高工等16所高工職校簽訂策略聯盟合作意向書。",
            {
                "台湾省": ("province", "台湾省"),  # 全台 (GUIDE [gg])
                "云林县": ("city", "台湾省"),
                "虎尾镇": ("district", "台湾省"),  # 虎尾科大 (GUIDE [t]: townships count)
                "新北市": ("city", "台湾省"),
                "嘉义市": ("city", "台湾省"),
                "高雄市": ("city", "台湾省"),
            },
        ),
        (  # https://tw.news.yahoo.com/ (高中職生專題競賽, 2025-12-22)
            "高雄高工研發「遠端智能複合式空調機」；台南海事的學生將蝦殼回收再利用，澎湖海事、金門農工等校均有隊伍進入決賽。",
            {
                "高雄市": ("city", "台湾省"),
                "台南市": ("city", "台湾省"),
                "澎湖县": ("city", "台湾省"),
                # Kinmen: cnmaps (PRC division) lists it under 泉州市, 福建省; see places.md
                "金门县": ("district", "福建省"),
            },
        ),
        (  # https://www.stheadline.com/columnists/education/3536741/
            "一年一度的「教育及職業博覽」將於本周四至日在灣仔會議展覽中心舉行。",
            {"湾仔区": ("district", "香港特别行政区")},
        ),
        (  # https://bo.io.gov.mo/bo/i/2021/28/regadm22_cn.asp
            "澳門特別行政區政府以提供財政支援的方式，支持學校開辦職業技術教育課程。",
            {"澳门特别行政区": ("province", "澳门特别行政区")},
        ),
        (  # https://zijing.com.cn/web/article/1345756489070456832/
            "香港职业训练局积极与内地职业院校开展交流合作，致力两地携手。",
            {"香港特别行政区": ("province", "香港特别行政区"), "中国大陆": ("area", None)},
        ),
    ],
)
def test_taiwan_hong_kong_macau_places_on_real_sentences(
    text: str, expected: dict[str, tuple[str, str | None]]
) -> None:
    assert by_name(text) == expected


def test_taiwan_cities_and_counties_in_gazetteer() -> None:
    t = P.place_table().set_index("name")
    tw = t[t["province"] == "台湾省"]
    assert len(tw[tw["level"] == "city"]) == 20
    assert t.loc["台中市", "iso3166_2"] == "TW-TXG"
    assert t.loc["新竹县", "short"] == "" and t.loc["新竹市", "short"] == "新竹"
    lon, lat = float(t.loc["高雄市", "lon"]), float(t.loc["高雄市", "lat"])
    assert 120 < lon < 121 and 22 < lat < 23
    tw_cities = tw[tw["level"] == "city"]
    assert (tw_cities["lon"].astype(float).between(119, 122.1)).all()


def test_hong_kong_and_macau_areas() -> None:
    t = P.place_table().set_index("name")
    for name, prov in [("香港岛", "香港特别行政区"), ("九龙", "香港特别行政区"),
                       ("新界", "香港特别行政区"), ("澳门半岛", "澳门特别行政区"),
                       ("氹仔", "澳门特别行政区"), ("路环", "澳门特别行政区")]:  # fmt: skip
        assert (t.loc[name, "level"], t.loc[name, "province"]) == ("area", prov)
    assert names("学生在氹仔和路氹城实习") == ["氹仔", "路凼填海区"]
    assert names("港岛和九龙的学校") == ["香港岛", "九龙"]


def test_short_names_of_taiwan_and_their_guards() -> None:
    assert names("台北、台中、台南和高雄的技职学校") == ["台北市", "台中市", "台南市", "高雄市"]
    assert names("在这个平台中分享经验") == []  # 平台中 is not 台中
    assert names("向西南投资") == []  # 南投资 is not 南投
    assert names("站台北侧有出口") == []
    assert names("建设新北京") == ["北京市"]  # not 新北市
    assert names("桃园村小学") == [] and names("在桃园举行") == ["桃园市"]
    assert names("让大新竹的孩子接受技职教育") == ["新竹市", "新竹县"]  # not 大新县


def test_ambiguous_hong_kong_names_only_in_safe_contexts() -> None:
    assert names("学生宿舍位于园区东区") == []
    assert names("香港东区的中学") == ["香港特别行政区", "东区"]
    assert by_name("香港东区的中学")["东区"] == ("district", "香港特别行政区")
    assert names("大埔的同学") == []  # 大埔区 (香港) or 大埔县 (梅州)
    assert names("西贡的河粉") == []  # Saigon
    assert names("台湾离岛学生报名踊跃") == ["台湾省"]
    # 北区 is also a district of 台中, 台南 and 新竹: before an institution word it needs
    # the place before it or the document to say which
    assert names("北区中学") == []
    assert names("香港北区中学") == ["香港特别行政区", "北区"]
    assert by_name("香港新界。北区中学")["北区"] == ("district", "香港特别行政区")


# ----------------------------------------------------------------------------- countries and 中国
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # http://harbin.joyhua.cn/hebrb/20230806/html/content_20230806002004.htm
            "由哈尔滨职业技术学院牵头、中俄两国普通高校和职业学校以及行业企业协会等130余个单位参与组建的中俄职业教育联盟成立大会在哈尔滨举行。",
            ["哈尔滨市", "中国", "俄罗斯", "中国", "俄罗斯", "哈尔滨市"],
        ),
        (  # https://a5qu.com/zh/brand/ (太仓中德双元制职业教育产业园, 2024)
            "5月30日，中德双元制职业教育产业园成立大会暨第三届中德产教融合创新生态交流会在太仓举行。",
            ["中国", "德国", "中国", "德国", "太仓市"],
        ),
        (  # https://ccvea.wzvtc.cn/xwzx/lmdt/2022/11/01/123388.html
            "中国教育部部长怀进鹏与中国教育国际交流协会会长刘利民在北京分会场共同启动中国-东盟职业教育联合会。",
            ["中国", "中国", "北京市", "中国"],  # 东盟 beside 中国 is not listed (GUIDE [n])
        ),
        (  # http://www.h3gj.cn/info/1035/14396.htm
            "下一步，学校将以工坊为平台，深耕中泰职业教育合作，依托中国高铁“走出去”。",
            ["中国", "泰国", "中国"],
        ),
        (  # https://smile-w-hc.com/news/47869 (教育部网站 2020-09-14)
            "教育部與德國羅伯特·博世有限公司簽署《中華人民共和國教育部與德意志聯邦共和國羅伯特·博世有限公司關於深入推進產教融合的諒解備忘錄》。",
            ["德国", "中国", "德国"],
        ),
    ],
)
def test_china_and_partners_on_real_sentences(text: str, expected: list[str]) -> None:
    assert names(simplified(text)) == expected


def test_china_is_a_country_containing_chinese_units() -> None:
    cn = P.lookup("中国")
    assert (cn.level, cn.adcode) == ("country", 100000)
    assert cn.contains(P.lookup("重庆市")) and cn.contains(P.lookup("北碚区"))
    assert not cn.contains(P.lookup("德国"))
    m = P.find_places("中俄职教联盟")
    assert [(x.name, x.level, x.start, x.end) for x in m] == [
        ("中国", "country", 0, 2),
        ("俄罗斯", "foreign", 0, 2),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "建设中国特色高水平高职学校",  # slogan, not 中国
        "推进中国式现代化",
        "帮助发展中国家培养技术人才",  # 发展中国家
        "其中国家级项目三个",  # 其中 + 国家
        "高中国际部招生",
        "学生中英文表达能力",  # languages, not China–UK
        "中老年人学习智能手机",  # not China–Laos
        "在工作中日益成熟",  # not China–Japan
        "他在这个过程中越来越自信",  # not China–Vietnam
        "明德国际学校",  # not 德国
        "精英国际教育",  # not 英国
        "据中新网报道",  # news outlet, not China–Singapore
        "中泰证券发布报告",  # company
        "国家实施健康中国战略",
    ],
)
def test_china_and_pairing_negatives(text: str) -> None:
    assert names(text) == [], text


def test_un_members_and_common_short_forms() -> None:
    t = P.place_table().set_index("name")
    for name, iso3 in [("美国", "USA"), ("德国", "DEU"), ("俄罗斯", "RUS"), ("新加坡", "SGP"),
                       ("泰国", "THA"), ("老挝", "LAO"), ("柬埔寨", "KHM"),
                       ("哈萨克斯坦", "KAZ"), ("巴基斯坦", "PAK"), ("埃及", "EGY"),
                       ("肯尼亚", "KEN"), ("南苏丹", "SSD"), ("多米尼克", "DMA"),
                       ("多米尼加共和国", "DOM"), ("巴勒斯坦", "PSE")]:  # fmt: skip
        assert (t.loc[name, "level"], t.loc[name, "iso3"]) == ("foreign", iso3)
        assert t.loc[name, "lon"] != ""
    assert names("学生赴多米尼加和刚果（金）交流") == ["多米尼加共和国", "民主刚果"]
    assert names("中国驻泰王国大使馆") == ["中国", "泰国"]
    assert names("塔吉克族学生") == []  # a Chinese ethnic group, not Tajikistan


# ----------------------------------------------------------------------------- schools and companies
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # https://xxjx.hbxgmgpi.edu.cn/article/3135.html
        ("湖北孝感美珈职业学院与华为集团在此共同见证了优选级ICT学院授牌仪式的盛大举行。",
         ["湖北省", "孝感市"]),
        # https://ep.ycwb.com/epaper/ycwb/h5/html5/2022-12/14/content_2_543184.htm
        ("三年前，江门职业技术学院与华为合作，抢先把华为ICT学院落户在人才岛。", ["江门市"]),
        # https://tw.news.yahoo.com/ (基隆, 2025): a school named after no place is no place;
        # 亚东科技大学 is not 亚东县 (西藏); 台北城市科技大学 places its school in 台北市
        ("國立基隆商工也與亞東科技大學、龍華科技大學、台北城市科技大學共同開設專題研究與實務課程。",
         ["基隆市", "台北市"]),
        ("学生在京东、华为和中兴通讯实习", []),
        ("重庆工业职业技术学院与大同大学签约", ["重庆市"]),
    ],
)  # fmt: skip
def test_schools_and_companies_are_no_places_by_themselves(text: str, expected: list[str]) -> None:
    assert names(simplified(text)) == expected


# ----------------------------------------------------------------------------- real excerpts
def _excerpt_recall(fixture: str) -> tuple[int, int, int]:
    import json
    from pathlib import Path

    path = Path(__file__).parent / "fixtures" / fixture
    found = gold_n = extra = 0
    for d in json.loads(path.read_text(encoding="utf-8")):
        text = "\n".join(simplified(line) for line in d["text"].split("\n"))
        got = {m.name for m in P.find_places(text)}
        gold = set(d["places"])
        found += len(gold & got)
        gold_n += len(gold)
        extra += len(got - gold)
    return found, gold_n, extra


def test_place_recall_on_real_excerpts() -> None:
    # 21 excerpts read while the gazetteer was extended (dev) and 10 read afterwards
    # (held-out); gold places by hand. Measured: dev 62/65, held-out 20/22, the misses
    # being Taiwan's districts and townships; with them in the gazetteer: dev 64/65 (竹东
    # written alone, a context-only short name), held-out 22/22; one extra (新竹市 for
    # 新竹在地). Before the first extension: dev 35/65, held-out 14/22. Since the dev
    # recall pass, 东盟 beside 中国 is no longer listed (GUIDE [n]): dev 63/65. 孔敬府
    # (在泰国孔敬府班派县举行), missing from the excerpt's hand list, added once the
    # gazetteer knew the name: dev 64/66. 台湾省 for 全台 (GUIDE [gg], 全臺 names Taiwan)
    # added to the hand lists (they were written before that decision) once the gazetteer
    # read it: dev 65/67, held-out 23/23 (成为全台产学合作的经典模范).
    found, gold, extra = _excerpt_recall("real_excerpts_places_themes.json")
    assert (found, gold) == (65, 67) and extra <= 1
    found, gold, extra = _excerpt_recall("real_excerpts_heldout.json")
    assert (found, gold, extra) == (23, 23, 0)


# ------------------------------------------- Taiwan townships, groups, zones, foreign divisions
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # https://news.ltn.com.tw/news/life/breakingnews/5175519
            "動力發展署及全台包括新北高工、西螺農工、虎尾農工、嘉義高工等校簽訂合作意向書。",
            {
                "台湾省": ("province", "台湾省"),  # 全台 (GUIDE [gg])
                "新北市": ("city", "台湾省"),
                "西螺镇": ("district", "台湾省"),
                "虎尾镇": ("district", "台湾省"),
                "嘉义市": ("city", "台湾省"),
            },
        ),
        (  # https://news.ltn.com.tw/news/life/breakingnews/5175519 (雲嘉南: GUIDE [t])
            "勞發署雲嘉南分署長劉邦棟說。",
            {
                "云林县": ("city", "台湾省"),
                "嘉义县": ("city", "台湾省"),
                "嘉义市": ("city", "台湾省"),
                "台南市": ("city", "台湾省"),
            },
        ),
        (  # https://tw.news.yahoo.com/ (岡山農工登場, 2025)
            "主競賽場地設於國立岡山農工,並由國立嘉義高工協辦7個職種。",
            {"冈山区": ("district", "台湾省"), "嘉义市": ("city", "台湾省")},
        ),
    ],
)
def test_taiwan_townships_inside_school_names(
    text: str, expected: dict[str, tuple[str, str | None]]
) -> None:
    assert by_name(simplified(text)) == expected


def test_taiwan_township_rows_have_no_invented_point() -> None:
    t = P.place_table()
    tw = t[(t["province"] == "台湾省") & (t["level"] == "district")]
    assert len(tw) == 358 and set(tw["lon"]) == {""} and set(tw["short_mode"]) <= {"context", ""}
    assert tw.set_index("name").loc["冈山区", "city"] == "高雄市"
    # a township's short name alone is a common word first (北门 'north gate')
    assert names("学生从北门进入校园") == []


def test_a_common_word_district_name_inside_a_school_of_another_province() -> None:
    # https://www.nbati.com/wap/show.aspx?nid=38c06ccc-b594-4023-b7aa-f64bf647f86d -
    # 江南职业技术学校 of 兰溪 (浙江) is not in 江南区 of 南宁 (广西)
    text = "在江南职业技术学校,洪主任与学校执行校长马德红就双方联合办学合作模式进行了探讨。宁波、兰溪两地"
    assert "江南区" not in names(text)
    # https://www.163.com/dy/article/KDPPI3NH0530QRMB.html
    assert names("2025年“粤黔协作”帮扶促就业现场对接活动在毕节职业技术学院举行") == [
        "广东省",
        "贵州省",
        "毕节市",
    ]
    # http://www.tcsvs.js.cn/info/1018/1153.htm - 中专 is an institution word
    assert names("太仓中专参加全国职业教育活动周启动仪式。江苏展区") == ["太仓市", "江苏省"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # http://yule.kcwzh.com/xingwen/426187.html (a mirror; GUIDE [d]: blocs)
            "建设泸永江、万达开等5个融合发展试验区。",
            ["泸永江", "万达开"],
        ),
        (  # http://www.chinanews.com/edu/2011/08-12/3255248.shtml
            "南疆四地州(喀什、和田地区、克州和阿克苏地区)少数民族初中毕业生",
            ["喀什地区", "和田地区", "克孜勒苏柯尔克孜自治州", "阿克苏地区"],
        ),
        (  # http://macaodaily.com/html/2023-07/31/content_1691473.htm
            "於橫琴設立「粵澳合作技能人才評價工作站」",
            ["横琴粤澳深度合作区", "广东省", "澳门特别行政区"],  # 粤澳: both
        ),
        (  # http://www.yunhepan.com/news/240681.shtml
            "山东理工职业学院近年来先后与美国纽约州立大学、德国职业教育联盟等国外著名高校合作办学",
            ["山东省", "美国", "纽约州", "德国"],
        ),
        (  # http://paper.wenweipo.com/2015/09/23/ED1509230009.htm
            "訪問團日前往德國,參觀德國黑森州一所職業訓練學院",
            ["德国", "德国", "黑森州"],
        ),
        (  # https://taiwanhot.net/news/focus/506811/ (明新科大國際產學專班開學)
            "越南同塔省副省長團晉寶先生率領教育局長等省府官員",
            ["越南", "同塔省"],
        ),
        (  # a foreign 省 name is not read into 省级 (北江 + 省级)
            "北江省级示范性职业学校",
            [],
        ),
    ],
)
def test_blocs_zones_and_foreign_divisions(text: str, expected: list[str]) -> None:
    assert names(simplified(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # http://paper.wenweipo.com/2015/09/23/ED1509230009.htm
            "訪問團下午參觀位於法蘭克福的工業園",
            {"法兰克福": ("foreign", "德国")},
        ),
        (  # http://harbin.joyhua.cn/hebrb/20230806/html/content_20230806002004.htm - the
            # krai is not the city (the gazetteer has no Russian divisions)
            "俄罗斯哈巴罗夫斯克边疆区教育发展学院",
            {"俄罗斯": ("foreign", None)},
        ),
        (  # https://news.ltn.com.tw/ (北科大與日本北九州市簽署產學合作協議)
            "國立臺北科技大學日前與日本北九州市簽署產學合作協議。",
            {
                "台北市": ("city", "台湾省"),
                "日本": ("foreign", None),
                "北九州市": ("foreign", "日本"),
            },
        ),
        (  # https://news.ltn.com.tw/ (KOOU 與 UAAT 於福岡簽署合作備忘錄); 沖繩 in a name counts (d16)
            "去年「九州沖繩開放大學聯盟」與我國北科大在內的聯盟,於福岡簽署合作備忘錄。",
            {"冲绳县": ("foreign", "日本"), "福冈市": ("foreign", "日本")},
        ),
        (  # https://www.hunantoday.cn/ (红网, 泰国职业教育代表团, 2024)
            "曼谷職業教育中心主任等20人組成的泰國職業教育代表團在湖南交通職業技術學院考察訪問。",
            {
                "曼谷": ("foreign", "泰国"),
                "泰国": ("foreign", None),
                "湖南省": ("province", "湖南省"),
            },
        ),
    ],
)
def test_foreign_cities_lie_in_their_country(
    text: str, expected: dict[str, tuple[str, str | None]]
) -> None:
    assert by_name(text) == expected


def test_a_country_contains_its_cities_and_divisions() -> None:
    de, frankfurt, hesse = P.lookup("德国"), P.lookup("法兰克福"), P.lookup("黑森州")
    assert de.contains(frankfurt) and de.contains(hesse) and not frankfurt.contains(de)
    assert not P.lookup("日本").contains(frankfurt)
    assert P.foreign_kind("德国") == "country" and P.foreign_kind("法兰克福") == "city"
    t = P.place_table().set_index("name")
    assert t.loc["法兰克福", "geonameid"] == "2925533"  # GeoNames, with its point
    assert 8 < float(t.loc["法兰克福", "lon"]) < 9 and 49 < float(t.loc["法兰克福", "lat"]) < 51
    assert t.loc["黑森州", "lon"] == ""  # divisions have no point


def test_macro_regions_are_read_but_not_listed() -> None:
    # http://yxquwei.com/info/10476/92980.htm (dev g02): 西部地区 inside a programme's name
    # is context (GUIDE: 东西部 is no place); no place inside it is read either
    assert names("是落实教育部“对口支援西部地区高等学校计划”的具体行动") == []
    assert P.bloc_members("西部地区")  # still known with its members
    # https://n.yam.com/Article/20250103773116 (dev g15): Vietnam's 和平大学 is no 和平区
    assert names(simplified("拜訪胡志明市經濟財政大學、和平大學(HBU)等。")) == ["胡志明市"]


def test_curated_foreign_cities_and_japan_korea() -> None:
    # https://n.yam.com/Article/20250103773116 (dev g15), https://www.hk01.com/ (dev e06):
    # cities GeoNames gives no Chinese name for; 日韓 names both countries (dev g11)
    assert by_name("赴越南胡志明市及河內市")["胡志明市"] == ("foreign", "越南")
    assert by_name("將於下月在法國里昂舉行")["里昂"] == ("foreign", "法国")
    assert names(simplified("尤其以日韓兩國為重點國家")) == ["日本", "韩国"]
    assert names("今日韩国队出场") == ["韩国"]  # 今日 + 韩国, not 日韩


def test_mainland_as_taiwan_names_it() -> None:
    # https://n.yam.com/Article/20250103773116 (dev g15): 大陸 is the mainland (GUIDE [t])
    assert "中国大陆" in names(simplified("新北市新住民(含大陸及港澳地區)112年統計資料"))
    assert names("欧亚大陆桥与大陆架") == []


# ------------------------------------------------- validation batch n (dev pages)
def test_batch_n_foreign_places_and_false_friends() -> None:
    # n06: a foreign division's short form right after its country (泰国佛统皇家大学)
    assert "佛统府" in names("南宁职业技术学院与泰国佛统皇家大学签订合作协议。")
    # … only glued to its country: not before a school word on its own (平福中学)
    assert "平福省" not in names("平福中学与宁平职业学校开展交流。")
    # n05: 科隆 (Cologne), a curated foreign city
    assert "科隆" in names("德国科隆2023年9月28日 /美通社/ -- 日前,代表团到访科隆总部。")
    # n01: 首都 after a country's name is that country's capital, not Beijing …
    assert "北京市" not in names("1月5日,马达加斯加首都塔那那利佛的鲁班工坊内,第一堂课正式开启。")
    assert "北京市" in names("首都职业教育与天津签署合作协议。")  # … 首都 alone is Beijing
    # n11: 管理县级 is no 理县, and 滇中 before a city is central Yunnan, not 滇中新区
    assert names("以州(市)提级管理县级职中改革破题。") == []
    assert "滇中新区" not in names("在滇中玉溪,职教资源整合与体系构建扎实推进。")
    assert "滇中新区" in names("滇中新区管委会与昆明市签约。")
    # n03: a former county-level city now a district (即墨市一職專)
    assert "即墨区" in names("即墨市一职专在服装设计比赛中获1个一等奖。")


def test_a_foreign_capital_and_a_taiwanese_school_named_for_a_mainland_district() -> None:
    # https://big5.cri.cn/gate/big5/taiwan.cri.cn/2017-10-22/… (dev m09): 阿联酋首都 is
    # Abu Dhabi, not Beijing; 首都 alone is Beijing
    assert names("在阿联酋首都阿布扎比举办的第四十四届世界职业技能竞赛上") == [
        "阿拉伯联合酋长国",
        "阿布扎比",
    ]
    assert names("会议在首都举行。") == ["北京市"]
    # https://ccss3172.blogspot.com/2022/03/527.html (dev m20): 岭东科技大学 is in 台中
    assert names("在岭东科技大学举办「第30次推动市政建设会议」") == []


def test_a_taiwanese_university_named_chaoyang_is_no_place() -> None:
    # https://news.586.com.tw/?p=568361 (dev m05): 朝阳科大 is in 台中, not 朝阳市
    assert names("分别在台中高工、朝阳科大、彰师大附工及嘉义高工登场") == ["台中市", "嘉义市"]
    assert names("在北京朝阳区举行") == ["北京市", "朝阳区"]


# ------------------------------------------------- validation batch o (dev pages)
def test_a_common_word_name_after_china_is_no_chain() -> None:
    # http://njhlxx.cn/news/7608.html (dev o16): 中国合作 is China + 'cooperation', not
    # 合作市 - 中国 contains every unit, so a glued common-word name needs a province or
    # a city before it
    s = "“职业教育是老挝和中国合作的重要内容,双方合作办学标志着老中两国在职业教育及国际产能合作方面迈出了重要一步。”"
    assert names(s) == ["老挝", "中国"]
    # … a province or city before it still makes the chain (甘南合作), as 香港东区
    assert names("甘南合作") == ["甘南藏族自治州", "合作市"]
    assert names("香港东区") == ["香港特别行政区", "东区"]


def test_vientiane_is_read_with_a_guard() -> None:
    # http://njhlxx.cn/news/7608.html (dev o16): the capital of Laos, the venue of a
    # Chinese college's joint school; GeoNames' form is a common word, so it is curated
    s = "湖南省“职教出海”品牌项目——中国-老挝楚怡学院近日在老挝万象开学,首届招生45名老挝学生。"
    assert "万象" in names(s)
    # … and guarded: 包罗万象, a 万象城 mall, 万象更新 are no places
    assert names("内容包罗万象") == [] and names("万象更新") == []
    assert names("深圳万象城开业") == ["深圳市"]


def test_an_epithet_of_a_chinese_place_glued_to_a_foreign_city_is_not_that_place():
    # validation s02 (dev), https://www.gxgj.com/art/14621: Vientiane's 首都, not Beijing
    assert names("我院与老挝万象首都技能发展中心签订合作备忘录") == ["老挝", "万象"]
    # 首都 on its own, or after a Chinese place, is still Beijing
    assert names("推动首都职业教育高质量发展") == ["北京市"]
    assert "北京市" in names("海淀区首都师范大学")


def test_capitals_and_large_cities_that_jieba_tags_as_names_are_places():
    """jieba's dictionary tags many foreign cities as persons' names (莫斯科 nr, 多哈 nrt);
    a capital or a city of 300,000 people or more is read all the same, and 马德里 is no
    德里 - while smaller cities named like people or common phrases stay out."""

    found = {
        "代表团抵达莫斯科访问职业学院。": "莫斯科",
        "学院在吉隆坡设立海外分校。": "吉隆坡",
        "论坛在开罗举行。": "开罗",
        "师生赴雅典交流。": "雅典",
        "双方在多哈签署协议。": "多哈",
        "学院与马德里一所职业学校结对。": "马德里",
        "代表团访问鹿特丹港务学院。": "鹿特丹",
    }
    texts = {f"p{i}": t for i, t in enumerate(found)}
    texts |= {
        "n0": "他以凯恩斯主义框架分析就业。",
        "n1": "杰克逊老师来校讲授英语课程。",
        "n2": "这片黄金海岸吸引了游客。",
        "n3": "乌拉尔山脉以东气候寒冷。",
    }
    p = P.places(corpus_from_texts(texts, clean=False))
    got = p.groupby("doc_id")["name"].agg(set).to_dict()
    for i, name in enumerate(found.values()):
        assert got.get(f"p{i}") == {name}
    assert not any(k.startswith("n") for k in got)


# validation x03, x10 (dev): capitals written without the suffix the gazetteer names them with
def test_capitals_written_without_their_city_suffix() -> None:
    # x10, https://856464.zxcghmpak.asia/News/Info/1003 (Simplified form)
    assert "首尔特别市" in names("一举夺下第45届日内瓦国际发明展、第12届韩国首尔国际发明展的金牌。")
    # x03, https://www.thehubnews.net/archives/155372: 河内 alone, and a school named after
    # it is Hanoi's, not 首都 (Beijing) read inside 河内首都大学
    got = names("7天跑了河内、胡志明市和同塔省三地,越南方面则包括河内首都大学、河内建设大学等。")
    assert "河内市" in got and "北京市" not in got
    assert "仁川广域市" in names("学生赴韩国仁川参加交流。")
    # negative: 首都 alone in domestic news is still Beijing
    assert "北京市" in names("首都职业院校代表参加了会议。")


# places pass over the dev misses: common words read as a place (dev q13, v17, j03, l12)
def test_common_words_are_not_places() -> None:
    # q13: 和 + 政策 is no 和政县
    assert "和政县" not in names(
        "预期未来本港的工程建造量非常庞大,但他强调机构坚定的方向和政策,是任何时候均会以本地劳工就业为优先。"
    )
    # v17: a Taiwanese short school name (南台科大) glued to 连续
    assert "大连市" not in names(
        "此次为南台科大连续第4年举办该项活动,此次成果展不仅展出该校各项研发成果。"
    )
    # j03: a river's 门户 is no 江门市
    assert "江门市" not in names("让观众领略到“乌江门户”“世界榨菜之乡”的独特魅力。")
    # l12: the idiom 长治久安 is no 长治市
    assert "长治市" not in names("为进一步推动新疆经济社会长治久安和高质量发展再作新贡献。")
    # negatives: the places themselves are still read
    assert "和政县" in names("和政职教中心与当地企业签约。")
    assert {"大连市", "江门市"} <= set(names("大连职业技术学院与江门职业技术学院签约。"))
    assert "长治市" in names("长治市职教中心举办技能大赛。")


# places pass: schools and companies named after a place they do not lie in (dev w20, y15,
# x03, m08, j15, l11)
def test_organisations_named_after_a_place_elsewhere() -> None:
    assert "义安区" not in names(
        "访问期间,费文婷与义安理工学院副校长MAWee Beng开展工作交流会议,共商双方合作发展。"
    )
    assert "成功镇" not in names("该访团本次也参访国立台湾科技大学育成中心、国立成功大学")
    assert "中国" not in names(
        "参访团包括国立中山大学、淡江大学、静宜大学、中国文化大学、华梵大学等十五所大学。"
    )
    assert "福建省" not in names(
        "出席的嘉宾包括恒生管理学院校长何顺文、福建中学校长林建华、香港理工大学专业及持续教育学院院长阮博文。"
    )
    got = names("澳门工会联合总会理事长李从正,金沙中国有限公司人力资源高级副总裁文红燕出席。")
    assert (
        "金沙县" not in got and "中国" in got
    )  # the company still places 中国 (GUIDE [d], j15 gold)
    assert "金沙县" not in names(
        "我校校长卞勇平、金沙中学董事长马平、金坛区委常委陈锁龙进行了热情地接待。"
    )
    # negatives: the places themselves
    assert {"成功镇", "义安区"} <= set(names("成功镇公所与义安区教育局签约。"))
    assert "金沙县" in names("金沙职业学校与毕节职业技术学院签约。")
    assert "中国" in names("中国职业技术教育学会召开年会。")


# places pass: 港澳台 gives its three places, not a bloc (GUIDE [o] o03, dev o03)
def test_hong_kong_macau_taiwan_gives_three_places() -> None:
    got = names("近年来,学校高度重视对港澳台地区多层次、宽领域的教育交流与合作。")
    assert sorted(got) == sorted(["香港特别行政区", "澳门特别行政区", "台湾省"])
    assert "港澳台" not in got
    # negative: an office name gives none (GUIDE [g])
    assert names("市港澳台事务办公室主任出席。") == []
    assert names("市港澳台办主任出席。") == []


# places pass: offices named after 港澳 / 两岸 give no place (GUIDE [g] office rule; dev l09,
# k03, l14)
def test_office_names_give_no_place() -> None:
    got = names("此次活动是由市政府港澳事务办、市教委、香港驻重庆联络处及香港职业训练局共同推动。")
    assert "澳门特别行政区" not in got and "香港特别行政区" in got
    assert "澳门特别行政区" not in names("重庆市政府港澳事务办公室副主任刘光术出席了启动仪式。")
    assert "中国大陆" not in names(
        "侨务委员会邀请各国地区重要干部莅临,国际暨两岸交流处携手特规划参访。"
    )
    assert "中国大陆" not in names("本次研讨会系由教育部指导,国际暨两岸事务处主办。")
    # negatives: 港澳 and 两岸 as places
    assert "澳门特别行政区" in names("学校招收港澳学生。")
    assert "中国大陆" in names("两岸交流合作日益密切。")


# places pass: countries under the names Taiwan's foreign ministry uses (dev z07)
def test_taiwanese_country_names() -> None:
    got = names(
        "外交部南部办事处庄恒盛前处长、史瓦帝尼一等秘书Ms. Abbigail Pieterse、巴布亚纽几内亚代表Mr.Tommy Kambu Kunji出席。"
    )
    assert "斯威士兰" in got and "巴布亚新几内亚" in got
    assert "几内亚" not in got  # not read inside 巴布亚纽几内亚
    assert names("学生赴纽西兰、南韩及肯亚交流。") == ["新西兰", "韩国", "肯尼亚"]
    # negatives: 南韩/北韩 glued after a province name ending in 南/北
    assert "韩国" not in names("湖南韩城职校")
    assert "朝鲜" not in names("河北韩村职校")


# places pass: first-level divisions iso-codes names in no Chinese (Malaysia, Kazakhstan,
# Russia's republics; dev y13, y14, n12) and 加州 (dev l03)
def test_curated_foreign_divisions() -> None:
    got = names(
        "马来西亚教育部职教司、人力资源部技术控制司、森美兰州政府、马来西亚全国职业工友会战略支持。"
    )
    assert "森美兰州" in got and "兰州市" not in got  # not 兰州 read inside 森美兰州
    assert "砂拉越州" in names("应新加坡国立教育学院、马来西亚砂拉越科技大学和泰国博仁大学的邀请。")
    assert "鞑靼斯坦共和国" in names("第45届世界技能大赛在俄罗斯鞑靼斯坦共和国首府喀山闭幕。")
    assert "东哈萨克斯坦州" in names("学院代表团访问哈萨克斯坦东哈萨克斯坦州。")
    assert "加利福尼亚州" in names(
        "11月12日,美国加州洛杉矶阿罕布拉市议员、副市长沈时康一行来我院参观访问。"
    )
    # negatives: the short forms are read only after their country; 加州 not after 参加/增加
    assert names("玻璃市场销售额增长。") == []
    assert names("学生参加州级比赛,增加州政府投入。") == []
    assert "沙巴州" not in names("沙巴舞表演精彩。")


# places pass: school words after which a context-only short name is a place (dev w12)
def test_more_school_words_place_context_names() -> None:
    assert "天水市" in names(
        "5月10日,天水农校党委副书记张银虎及招生就业科负责人到武威职业学院实地考察。"
    )
    assert "天水市" in names("天水卫校举行开学典礼。")
    # negatives: the same short names as common words
    assert "合作市" not in names("校企合作职业培训取得成效。")


# places pass: a representative office named after a capital places nothing (GUIDE [s] s10,
# [x]; dev s10, z07)
def test_representative_office_places_nothing() -> None:
    got = names("此行除拜访台北驻日经济文化代表处,并参访东京未来科学馆、日本国立长冈技术科学大学。")
    assert "台北市" not in got and "日本" in got
    got = names("外交部南部办事处庄恒盛前处长、菲律宾马尼拉经济文化办事处代表出席。")
    assert "马尼拉" not in got and "菲律宾" in got
    # negatives: the capitals as places
    assert "台北市" in names("研讨会在台北举行,马尼拉的学者也参加。")
    assert "马尼拉" in names("研讨会在台北举行,马尼拉的学者也参加。")


# places pass: Taiwanese universities' short names place their county or city (GUIDE [v]
# v18; dev v18) and a person's name is no country (dev z08)
def test_taiwanese_school_short_names_and_a_person() -> None:
    got = names(
        "今年教育部首度结合技职院校与社教机构设展,由台科大、虎尾科大、高科大和屏科大4校主办。"
    )
    assert {"台湾省", "高雄市", "屏东县"} <= set(got)
    assert "韩国" not in names("准高雄市长韩国瑜、教育部政务次长姚立德、高科大校长杨庆煜出席。")
    # negatives: a building, another school's name, the country itself
    assert names("高科大厦落成启用。") == []
    assert "台湾省" not in names("此次为南台科大第4年举办该项活动。")
    assert "韩国" in names("学生赴韩国交流。")


# places pass: named zones and a three-country abbreviation (dev w16, k16, s03)
def test_named_zones_and_myanmar_laos_cambodia() -> None:
    got = names(
        "上海松江区、嘉兴市、杭州市人力社保局局长8月15日齐聚我市,举行G60科创走廊九城市人力社保局局长联席会议第二次会议。"
    )
    assert "G60科创走廊" in got
    assert "皖江城市带" in names(
        "安徽省人民政府办公厅关于印发皖江城市带承接产业转移示范区职业教育发展规划(2010—2015年)的通知"
    )
    got = names(
        "2014年5月12日至13日,由中国—东盟中心组织的中国高职院校东盟行缅老柬访问团在柬埔寨访问。"
    )
    assert {"缅甸", "老挝", "柬埔寨"} <= set(got)
    assert P.bloc_members("G60科创走廊")[0] == "松江区"
    # negatives
    assert names("G60国道沿线。") == []
    assert names("缅怀老一辈。") == []


# places pass: 成渝 names the two province-level units, as 川渝 (dev d12, o15 gold)
def test_chengyu_names_sichuan_and_chongqing() -> None:
    got = names(
        "重庆市政府副秘书长唐慎,四川省教育厅副厅长张澜涛,成渝两地113所职业院校、30家知名企业的领导和嘉宾等出席大会。"
    )
    assert "成都市" not in got and {"四川省", "重庆市"} <= set(got)
    assert sorted(names("要强化保障、合作共赢,在成渝教育协同发展中取得新成效。")) == [
        "四川省",
        "重庆市",
    ]
    # negatives: the bloc and a verb ending in 成
    assert names("成渝地区双城经济圈职教联盟成立。") == ["成渝地区双城经济圈"]
    assert names("顺利完成渝北区的任务。") == ["渝北区"]


# places pass: 占巴赛 is Laos' 占巴塞省 (dev o17)
def test_champasak_variant() -> None:
    assert "占巴塞省" in names("学院与老挝占巴赛职业技术学院签署合作协议。")
    assert "占巴塞省" in names("学院与老挝占巴塞省教育厅签署合作协议。")
    assert names("学院与老挝签署合作协议。") == ["老挝"]


# validation batch b (dev b14, b06; dev w10, g05): gambling and lottery spam names no place
@pytest.mark.parametrize(
    "text",
    [
        "【大澳门威尼斯人赌场官网7月9日报导】(中央社记者程启峰高雄九日电)文藻外语学院今天下午与远见文化公司签署“产学合作协议书”",
        "日前,米兰体育-米兰(中国)(以下简称海职院)向省教育厅报备",
        "澳门新葡萄新京6663吴永新院长在内的五所技师学院院长",
        "港澳免费资料大全",
    ],
)
def test_gambling_spam_names_no_macau_or_milan(text: str) -> None:
    got = set(names(text))
    assert not got & {"澳门特别行政区", "香港特别行政区", "米兰", "中国"}


def test_macau_named_plainly_is_still_macau() -> None:
    assert names("在澳门举行的职业技能竞赛") == ["澳门特别行政区"]


# validation b17 (dev): 本澳 is Macau in Macau news, as 本港 is Hong Kong
def test_benao_is_macau() -> None:
    assert "澳门特别行政区" in names(
        "今年会到本澳及广东省高等院校,向在读的本澳青年推广大湾区城市的实习计划"
    )
    assert names("日本澳洲") == ["日本", "澳大利亚"]


# validation dev y19, o14 (batch b pass): two places written back to back before a count
# of two, or joined by a dash in a headline, are both places
def test_two_places_before_a_count_of_two_are_both_read() -> None:
    assert names("深圳河池两市领导到深圳携创看望“深桂雨露直通车”扶贫学生") == [
        "深圳市",
        "河池市",
        "深圳市",
    ]


def test_a_town_glued_to_a_place_is_still_dropped() -> None:
    assert names("南川隆化职业中学") == ["南川区"]


def test_a_context_only_name_before_a_dash_and_a_place_is_read() -> None:
    assert names("嘉定——楚雄,职业教育合作新开端") == ["嘉定区", "楚雄彝族自治州"]
    assert names("嘉定——相关报道") == []


# validation w07, q20 (dev): 赣粤 names two provinces; 闽粤赣边 is an informal border region
def test_ganyue_and_not_minyuegan_border() -> None:
    assert names("赣粤技工教育合作发展座谈会暨技工院校校际合作签约仪式在南昌市举行") == [
        "江西省",
        "广东省",
        "南昌市",
    ]
    assert names("为闽粤赣边乡村振兴战略提供武平智慧和方案") == []


# validation cc12, dd04 (dev): the seat named after 驻 before an office named 经济文化办事处
# or 代表处 places nothing either; curated foreign divisions (蒙大拿州, 孔敬府)
def test_the_seat_of_a_representative_office_after_zhu_places_nothing() -> None:
    got = names(simplified("我國駐西雅圖臺北經濟文化辦事處甄國清處長"))
    assert "西雅图" not in got and "台北市" not in got
    got = names(
        simplified("駐台北越南經濟文化代表處大使阮英勇表示,人才培育是越南當前國家建設重要發展項目")
    )
    assert "台北市" not in got and "越南" in got
    # negative: a consulate is not such an office; the seat after 驻 elsewhere is a place
    assert "旧金山" in names("赴美参访团抵达旧金山,走访驻旧金山的企业。")


def test_curated_foreign_divisions_use_the_news_names() -> None:
    got = names(
        "由泰国职业教育委员会副秘书长瓦涅•稳夕和泰国孔敬工业社区教育学院校长阿杜•平松率领的泰国职业教育代表团一行11人访问我校"
    )
    assert "孔敬府" in got and "坤敬府" not in got
    assert "蒙大拿州" in names(simplified("MOU簽署儀式有蒙大拿州亞太商務辦事處王美美代表親自出席"))
    assert "猜也奔府" in names(simplified("名譽團長猜也奔府教育局局長馬茉莉帶領下拜會僑委會"))
    # negative: the short stem alone, not glued to its country, is not read
    assert "孔敬府" not in names("孔敬工业社区教育学院实习实训基地")


# validation cc11 (dev): a station named after a district (context-only short name)
def test_a_station_places_its_district() -> None:
    s = simplified("隨著高雄輕軌年初全線營運通車、捷運紅線岡山車站即將通車")
    assert "冈山区" in names(s)
    # negative: without 车站 the short name alone is not read
    assert "冈山区" not in names(simplified("隨著高雄輕軌年初全線營運通車、岡山即將通車"))


# validation dd08, cc02, dd13, cc08 (dev): the morning sun, a language, an office name;
# a Taiwanese university's short name
def test_words_that_hold_a_place_name_but_name_no_place() -> None:
    assert "朝阳市" not in names(
        "10月31日上午,迎着朝阳,湖南省永兴县职业中专学校2023年秋季田径运动会暨教职工趣味运动会在该校运动场拉开序幕。"
    )
    got = names(
        "双方就借力墨西哥的地理位置及其西班牙语教学优势,拓展学院经管类专业学生的国际化培养与“海外就业”达成了初步合作意向"
    )
    assert "西班牙" not in got and "墨西哥" in got
    got = names(
        "5月的澳门,海风轻送,风景如画,18日-21日,泉州市台港澳办副主任郑志强率代表团赴澳门开展高校合作交流。"
    )
    assert "台湾省" not in got and "香港特别行政区" not in got and "泉州市" in got
    # negatives: the same names as places
    assert "朝阳市" in names("朝阳市职业教育中心举行开学典礼。")
    assert "西班牙" in names("学院与西班牙高校签署合作协议。")
    assert "台湾省" in names("学校招收台港澳学生。")


def test_huwei_short_school_name_places_its_township() -> None:
    s = simplified("由屏科大農學院胡紹揚副院長與虎科大農業科技系鮑建國主任代表簽約")
    assert {"屏东县", "虎尾镇"} <= set(names(s))
    assert "虎尾镇" not in names("老虎大胆")


# validation cc11 (dev): Taiwan's 中國鋼鐵 places Taiwan, not 中国 (GUIDE [cc])
def test_china_steel_places_taiwan() -> None:
    got = names(
        simplified(
            "區域運籌策略聯盟合作意向書簽署由高分署與高雄捷運公司、中國鋼鐵股份有限公司附設職業訓練中心等十間企業與大專院校共同簽署。"
        )
    )
    assert "台湾省" in got and "中国" not in got
    # negative: the mainland's steel association is 中国
    assert names("中国钢铁工业协会发布报告。") == ["中国"]


# validation cc11 (dev): a metro line named after the districts it serves (GUIDE [cc])
def test_a_metro_line_places_its_districts() -> None:
    s = simplified(
        "捷運紅線岡山車站即將通車以及捷運小港林園線及黃線延伸,讓整體高雄大眾軌道運輸路網越來越完整"
    )
    assert {"小港区", "林园区", "冈山区"} <= set(names(s))
    # negatives: the same words without 捷运 … 线; a town glued to a place is still dropped
    assert "林园区" not in names("高雄小港林园")
    assert "隆化县" not in names("南川隆化线路")


def test_the_lancang_river_is_no_county():
    # gg05 and ii03 (dev): 澜沧江—湄公河合作, 河海大学“澜沧江—湄公河学院”
    from vocstudy.gazetteer import find_places

    assert [
        p.name for p in find_places("河海大学“澜沧江—湄公河学院”培训湄公河国家人员约500人次。")
    ] == []
    # negative: the county's school
    assert [p.name for p in find_places("澜沧县职业高级中学举行开学典礼。")] == ["澜沧拉祜族自治县"]


def test_rural_revitalisation_is_no_district():
    # mm10 (dev): 辽宁农业职业技术学院建昌县乡村振兴学院 - 乡村振兴, not 振兴区 of 丹东
    from vocstudy.gazetteer import find_places

    got = [p.name for p in find_places("辽宁农业职业技术学院建昌县乡村振兴学院揭牌仪式举行。")]
    assert "振兴区" not in got and "建昌县" in got
    # negative: the district named in full
    assert [p.name for p in find_places("丹东市振兴区乡村振兴工作会议召开。")] == [
        "丹东市",
        "振兴区",
    ]


def test_a_china_and_partner_short_form_takes_the_partner_the_text_names():
    # oo03 (dev), http://edhartdental.com/Print_id_30244.html: 中新 in a text about the
    # 中国-新西兰 forum is China and New Zealand, not the table's Singapore
    text = (
        "7月9日,“第二届中国-新西兰职业教育论坛”在张掖召开。"
        "在上午召开的中新职教论坛开幕式上,中新友协主席黎开盛致辞。"
    )
    got = {
        (m.mention, m.name)
        for m in P.places(corpus_from_texts({"d": text}, clean=False)).itertuples()
    }
    assert ("中新", "新西兰") in got and ("中新", "新加坡") not in got
    # negatives: alone, or beside Singapore named in full, 中新 stays Singapore
    for t in ["在中新职教论坛上,双方签署协议。", "新加坡南洋理工学院代表出席中新职教论坛。"]:
        got = {
            (m.mention, m.name)
            for m in P.places(corpus_from_texts({"d": t}, clean=False)).itertuples()
        }
        assert ("中新", "新加坡") in got, t


def test_partner_places_of_the_pp_and_qq_pages():
    # qq01 (dev): a Russian city, and Irkutsk as the page misspells it
    assert ("赤塔", "赤塔") in mentions("7月25日上午,俄罗斯赤塔市市长一行来我院走访交流。")
    assert ("伊尔库斯克", "伊尔库茨克") in mentions("学院与俄罗斯伊尔库斯克国立农业大学开展合作。")
    # pp08 (dev): an Uzbek region
    assert ("纳沃伊州", "纳沃伊州") in mentions("德州职院与乌兹别克斯坦纳沃伊州签约")
    assert P.lookup("纳沃伊州").province == "乌兹别克斯坦"
    # qq03 (dev): Cebu and Iloilo as Taiwan writes them
    assert mentions("同时亦在宿雾、怡朗等设置海外据点") == [("宿雾", "宿务"), ("怡朗", "伊洛伊洛")]
    # ss07 (dev): Kota Kinabalu as a Malaysian Chinese paper writes it, in its dateline
    assert ("亚庇", "哥打基纳巴卢") in mentions(
        "(亚庇6日讯)亚庇建国中学与台湾树人家商缔结为姐妹校。"
    )
    # negatives: 赤 and 塔 apart are no place; nor is 亚庇 in 东南亚庇护
    assert mentions("红色的塔楼") == []
    assert all(n != "哥打基纳巴卢" for _, n in mentions("东南亚庇护所"))


def test_names_that_look_like_places_on_the_uu_pages():
    # uu03 (dev), http://www.zmdwdkj.com/…: a transliterated surname after the middle dot,
    # and Brazil–China friendship
    got = mentions(
        "里约热内卢州立大学副校长布鲁诺·罗德里格斯表示,巴西棉花学校是巴中友谊的又一成果。"
    )
    assert all(n not in ("巴中市",) and m != "罗德里格斯" for m, n in got)
    # negatives: the city of Bazhong, and a place after a list dot
    assert ("巴中市", "巴中市") in mentions("四川省巴中市职业学校举行开学典礼。")


def test_partner_named_is_one_rule_for_the_sentence_and_the_text():
    # the table's partner stays when no other country of that initial is named, or two are
    assert P.partner_named("中新", ("中国", "新加坡"), {"德国"}) == ("中国", "新加坡")
    assert P.partner_named("中新", ("中国", "新加坡"), {"新西兰", "新几内亚"}) == ("中国", "新加坡")
    assert P.partner_named("中乌", ("中国", "乌兹别克斯坦"), ["乌干达"]) == ("中国", "乌干达")


def test_places_of_the_zz_and_za_pages():
    # za04 (dev), http://qqaa8.com/news/4340.html: Uganda's second city
    assert ("姆巴拉拉", "姆巴拉拉") in mentions(
        "海外工程二公司承建的乌干达职教项目姆巴拉拉地块举行奠基仪式。"
    )
    assert P.lookup("姆巴拉拉").province == "乌干达"
    # za01 (dev), https://www.amnewsfrontline.com/…: a university named after the 天山
    # mountains is no 天山区
    assert all(
        n != "天山区"
        for _, n in mentions("新疆在2024年新增新疆农业职业技术大学、新疆天山职业技术大学。")
    )
    # negatives: the district itself, and a school of it named with its city
    assert ("天山区", "天山区") in mentions("乌鲁木齐市天山区教育局组织中职学校开展技能竞赛。")
    assert any(n == "天山区" for _, n in mentions("乌鲁木齐市天山职业中学开展技能竞赛。"))


def test_all_of_taiwan_and_thai_provinces_as_mainland_news_writes_them():
    # xx06, z08, gg10 (dev): 全臺 / 全台 names Taiwan (GUIDE [gg])
    assert ("全台", "台湾省") in mentions("全台各地的技职学校纷纷响应。")
    # tt01 (dev): a Thai nursing alliance's colleges, named after their provinces
    got = mentions(
        "成员高校为:沙拉武里府王太后护理学院,碧武里府护理学院;泰国巴蜀府职业技术学院;帕尧府王太后护理学院。"
    )
    assert [n for _, n in got if n != "泰国"] == ["沙拉武里府", "碧武里府", "巴蜀府", "帕尧府"]
    assert P.lookup("巴蜀府").province == "泰国"
    # the iso-codes names read as the same provinces
    assert ("北标府", "沙拉武里府") in mentions("北标府的学校")
    # negatives: a TV station's staff, and 巴蜀 the Sichuan-Chongqing region
    assert mentions("全台员工参加了培训。") == []
    assert mentions("巴蜀文化源远流长。") == []


def test_places_of_the_zb_and_zc_pages():
    # zb09 (dev), http://lnve.net/contents/286/35372.html: Belarus as Taiwan and Malaysian
    # Chinese papers write it, and its Vitebsk region (not 克州, Kizilsu)
    got = mentions("维捷布斯克国立大学座落于白罗斯维捷布斯克州首府维捷布斯克。")
    assert ("白罗斯", "白俄罗斯") in got and ("维捷布斯克州", "维捷布斯克州") in got
    assert all(n != "克孜勒苏柯尔克孜自治州" for _, n in got)
    # zb10 (dev), https://hbly.edu.cn/…: Baranovichi; 交口称赞 is an idiom, not 交口县
    assert ("巴拉诺维奇", "巴拉诺维奇") in mentions("白俄罗斯巴拉诺维奇国立大学校长一行来访我校")
    assert mentions("作品让白俄罗斯客人极为惊叹,交口称赞。") == [("白俄罗斯", "白俄罗斯")]
    # zb05 (dev), https://www.mcalantian.org/…: 港台 names Hong Kong and Taiwan
    assert [n for _, n in mentions("使大马拥有中国和港台地区以外最完整的华文教育体系")] == [
        "中国",
        "香港特别行政区",
        "台湾省",
    ]
    # negatives: the county itself, and a Hong Kong channel's name
    assert ("交口县", "交口县") in mentions("山西省交口县职业中学开展技能培训。")
    assert all(n != "台湾省" for _, n in mentions("本港台的节目"))


def test_pakistans_provinces():
    # zd02 (dev), http://hbxytc.com/info/1011/34058.htm: Punjab as a Pakistani province (省),
    # India's Punjab stays a state (邦)
    assert ("旁遮普省", "旁遮普省") in mentions("巴基斯坦旁遮普省技术教育与职业培训局代表团来访。")
    assert P.lookup("旁遮普省").province == "巴基斯坦" and P.lookup("信德省").province == "巴基斯坦"
    assert P.lookup("旁遮普邦").province == "印度"


def test_the_capital_named_after_shoudu_and_a_research_institute_named_after_sun_yat_sen():
    # zf01 (dev), http://scwxjj.com/…; zg07 (dev), http://www.xyhkxy.com/news/8034.htm:
    # 首都 before a foreign capital is that capital's epithet, not Beijing
    assert mentions("中塔职业教育研讨会在首都杜尚别举行。") == [("杜尚别", "杜尚别")]
    assert mentions("主校区坐落于首都曼谷市中心。") == [("曼谷", "曼谷")]
    # zf10 (dev), https://ty30152002.pixnet.net/…: Taiwan's 中山科学研究院 is no 中山市
    assert mentions("崑山科大与国家中山科学研究院签署合作意向书。") == []
    # negatives: 首都 alone and before 北京 is Beijing; 中山市 itself
    assert mentions("职业教育活动周在首都举行。") == [("首都", "北京市")]
    assert ("中山市", "中山市") in mentions("广东省中山市职业技术学院举办技能节。")


def test_australian_states_and_a_four_province_abbreviation():
    # zi04 (dev), http://hcvt.cn/…: 南澳洲 is South Australia, not Guangdong's 南澳县
    assert mentions("TAFE SA南澳洲技术与继续教育学院") == [("南澳洲", "南澳大利亚州")]
    # zi02 (dev), https://study.tas.gov.au/…: Tasmania
    assert ("塔斯马尼亚州", "塔斯马尼亚州") in mentions("习近平应邀访问澳大利亚塔斯马尼亚州")
    # zi05 (dev), http://xiydc.com/…: 浙闽赣皖 names four provinces
    assert [n for _, n in mentions("浙闽赣皖四省边际职业教育联盟")] == [
        "浙江省",
        "福建省",
        "江西省",
        "安徽省",
    ]
    # negative: Guangdong's county itself
    assert ("南澳县", "南澳县") in mentions("广东省南澳县职业中学")


def test_places_of_the_zl_and_zm_pages():
    # zm08 (dev), dsdeal.com: Oxford, and Cambridge beside it
    got = mentions("牛津城市学院建校于1960年,浸润于世界上历史最悠久的牛津大学的学术氛围。")
    assert got == [("牛津", "牛津"), ("牛津", "牛津")] and P.lookup("牛津").province == "英国"
    assert mentions("学院与英国剑桥的一所学院签约。") == [("英国", "英国"), ("剑桥", "剑桥")]
    # zm02 (dev), http://www.hnwomen.com/…: the Ateneo de Manila is not Athens
    assert mentions("我院同菲律宾雅典耀大学及泰国易三仓大学签订校际合作交流协定。") == [
        ("菲律宾", "菲律宾"),
        ("泰国", "泰国"),
    ]
    # negative: Athens itself
    assert mentions("代表团访问了希腊雅典的职业学校。") == [("希腊", "希腊"), ("雅典", "雅典")]


def test_places_of_the_zn_and_zo_pages():
    # zo10 (dev), http://jsjxmhw.com/…: Berlin (GeoNames gives no Chinese name for it)
    assert mentions("德国柏林职业教育集团董事长等一行到德阳经开区实地考察。") == [
        ("德国", "德国"),
        ("柏林", "柏林"),
        ("德阳", "德阳市"),
    ]
    # zf07 (dev): Lagos; zo07 (dev): Yokohama written without 市
    assert ("拉各斯", "拉各斯") in mentions("学院在尼日利亚拉各斯设立培训中心。")
    assert ("横滨", "横滨市") in mentions("临沂市与日本横滨开展护理人才交流。")
    for city, country in [
        ("基加利", "卢旺达"),
        ("达卡", "孟加拉国"),
        ("科伦坡", "斯里兰卡"),
        ("基辅", "乌克兰"),
    ]:
        assert P.lookup(city).province == country
    # negative: Taiyuan's district keeps its own name
    assert mentions("太原市万柏林区职业学校") == [("太原市", "太原市"), ("万柏林区", "万柏林区")]


def test_places_of_the_zp_and_zq_pages():
    # zp03 (dev), https://a62530.com/…: 德里 inside a Malagasy minister's name
    assert mentions("马达加斯加领土整治与土地管理部部长哈乔·安德里亚奈纳里韦卢表示") == [
        ("马达加斯加", "马达加斯加")
    ]
    # zp09 (dev): the Pool department, before a name with a middle dot
    assert mentions("中刚丝路学院在位于刚果(布)普尔省的德尼·萨苏-恩格索大学揭牌成立。")[:2] == [
        ("刚果(布)", "刚果"),
        ("普尔省", "普尔省"),
    ]
    # zp04 (dev): Papua; zq05 (dev): Hunedoara county, as mainland news writes it, and its city
    assert ("巴布亚省", "巴布亚省") in mentions("印度尼西亚巴布亚省希望拓展与中国的旅游合作")
    got = mentions("该校与罗马尼亚胡内多阿拉省国立杨库学校合作开办的学院日前在胡内多阿拉市成立。")
    assert ("胡内多阿拉省", "胡内多阿拉县") in got and ("胡内多阿拉", "胡内多阿拉") in got
    # zp02 (dev): the Indian Ocean is not India
    assert mentions("一行出访了印度洋岛国马尔代夫") == [("马尔代夫", "马尔代夫")]
    # negatives: India itself after a name, and a place after a particle behind a name
    assert mentions("阿曼诺夫·亚历山大与印度代表会谈") == [("印度", "印度")]
    assert mentions("约翰·史密斯在德里分校讲课") == [("德里", "德里")]


def test_places_of_the_zr_and_zs_pages():
    # zr05 (dev), https://news.43male.com/…: Batam without 岛, in a polytechnic's name
    assert mentions("长江工程职业技术学院联合印度尼西亚巴淡国立理工学院") == [
        ("印度尼西亚", "印度尼西亚"),
        ("巴淡", "巴淡岛"),
    ]
    # zs06 (dev), https://ykjwl.com/…: Athlone
    assert mentions("爱尔兰阿斯隆理工学院校长一行访问我校") == [
        ("爱尔兰", "爱尔兰"),
        ("阿斯隆", "阿斯隆"),
    ]


def test_places_of_the_zt_and_zu_pages():
    # zu02 (dev), http://edu.5j.powerchina.cn/…: 合作 is the word cooperation, not 合作市
    assert mentions("在合作交流会上,学院副院长介绍了学院的基本情况。") == []
    # negatives: the city itself, by its full name and held in it
    assert mentions("甘南州合作市职业学校") == [("甘南", "甘南藏族自治州"), ("合作市", "合作市")]
    assert ("合作", "合作市") in mentions("会议在合作举行,甘南州各县参加。")


def test_places_of_the_zv_and_zw_pages():
    # zw03 (dev), jc82.com: Chennai (GeoNames gives it no Chinese name), and its older form
    got = [
        (m.mention, m.name) for m in P.find_places("来自印度金奈理工学院的老师研制出新能源汽车。")
    ]
    assert got == [("印度", "印度"), ("金奈", "金奈")] and P.lookup("金奈").province == "印度"
    assert [m.name for m in P.find_places("钦奈的职业学校")] == ["金奈"]


def test_places_of_the_zx_and_zy_pages():
    # wx07 (dev): Dili, Timor-Leste's capital (GeoNames gives it no Chinese name)
    assert mentions("帝力,2025年6月4日(TATOLI)-") == [("帝力", "帝力")]
    assert P.lookup("帝力").province == "东帝汶"
    # zx04, zx06 (dev): Naypyidaw and Yangon (the city; 仰光省 is the region)
    assert mentions("2021年12月9日内比都讯") == [("内比都", "内比都")]
    assert mentions("15所高职前进仰光招生") == [("仰光", "仰光")]
    # zx07 (dev): Luang Prabang with the variant 瑯 a conversion leaves
    assert mentions("瑯勃拉邦省教育与体育厅代表团来校考察") == [("瑯勃拉邦省", "琅勃拉邦省")]
    # zy08 (dev): Gyeonggi in a Korean university's name, after the country
    assert mentions("韩国京畿工业大学韩中教育中心") == [("韩国", "韩国"), ("京畿", "京畿道")]
    # zy09 (dev): the Tongzhou-Wuqing-Langfang zone is a bloc
    assert mentions("2025年通武廊职业学校技能大赛开幕") == [("通武廊", "通武廊")]
    assert P.bloc_members("通武廊") == ("通州区", "武清区", "廊坊市")
    # negatives: 京畿 without the country, and a province's full name
    assert mentions("京畿重地") == []
    assert mentions("韩国忠清南道") == [("韩国", "韩国"), ("忠清南道", "忠清南道")]


def test_places_of_the_ya_and_yb_pages():
    # yb05 (dev), a hijacked host: a consulate named after its seat places nothing (GUIDE [b])
    assert mentions("加拿大驻广州总领事馆教育领事出席") == [("加拿大", "加拿大")]
    # yb02, yb07 (dev): 政和 and 新和 straddling a word and the conjunction 和
    assert mentions("组织教育行政和职业学校管理人员一行18人赴济南") == [("济南", "济南市")]
    assert mentions("西班牙科学、创新和大学部") == [("西班牙", "西班牙")]
    # negatives: the city where the consulate's guest comes from, and the two counties
    assert mentions("广州总领事馆") == [("广州", "广州市")]
    assert mentions("福建政和县职业中专") == [("福建", "福建省"), ("政和县", "政和县")]
    assert ("新和", "新和县") in mentions("阿克苏地区新和职业技术学校")


def test_a_city_short_name_right_before_one_of_its_counties_and_a_spam_site_before_the_headline():
    # yb03 (dev), a mirror of a Tianjin story: 援建天水秦安县莲花教育园区
    assert mentions("援建天水秦安县莲花教育园区") == [("天水", "天水市"), ("秦安县", "秦安县")]
    # ya06 (dev): the 城宣万 zone is a bloc
    assert mentions("推动城宣万革命老区振兴发展示范区职业教育高质量发展") == [
        ("城宣万革命老区振兴发展示范区", "城宣万")
    ]
    # negatives: the short name before a word, and before a county of another city
    assert mentions("天水人民欢迎你") == []
    assert mentions("天水甘南两地") == [("甘南", "甘南藏族自治州")]
    # ya06 (dev), a hijacked host: a betting site's name glued before the headline is cut,
    # so its 台湾 is no place
    from vocstudy.cleaning import clean

    c = clean(
        "台湾佬中文娱乐网川渝携手推动城宣万革命老区振兴发展示范区职业教育高质量发展\n\n"
        "中新网重庆5月14日电 14日,城宣万革命老区振兴发展示范区职业教育高质量发展研讨活动在重庆市城口县举行。"
    )
    assert c.title == "川渝携手推动城宣万革命老区振兴发展示范区职业教育高质量发展"
    assert "娱乐网" not in c.text


def test_places_of_the_yc_and_yd_pages():
    # yd03 (dev): a body's local office named after its seat places nothing (GUIDE [b])
    assert mentions("日本日中工业技术文化中心北京事务所首席代表专程来津") == [
        ("日本", "日本"),
        ("津", "天津市"),
    ]
    # yc07 (dev): the Shenzhen–Shanwei zone, in full and short, inside Shenzhen
    assert mentions("深汕合作区与深职院签约") == [("深汕合作区", "深汕特别合作区")]
    assert P.lookup("深汕特别合作区").city == "深圳市"
    # negatives: an office where something is held, and an office of a place's own body
    assert mentions("座谈会在北京办事处举行") == [("北京", "北京市")]
    assert mentions("北京市教育委员会举办") == [("北京市", "北京市")]


def test_places_of_the_ye_and_yf_pages():
    # yf08 (dev): a Malaysian sultan in a state university's name is not Sudan
    assert mentions("与马来西亚彭亨苏丹阿卜杜拉大学签署备忘录") == [
        ("马来西亚", "马来西亚"),
        ("彭亨", "彭亨州"),
    ]
    # negatives: Sudan and South Sudan as countries
    assert mentions("中国与苏丹签署协议") == [("中国", "中国"), ("苏丹", "苏丹")]


def test_the_luliang_mountains_are_not_the_city():
    # yg06 (dev): 赴市参加吕梁山护工培训 - a care-worker brand named after the mountains
    assert mentions("石楼县欢送赴市参加吕梁山护工培训人员") == [("石楼县", "石楼县")]
    # negative: the city
    assert mentions("吕梁市举办护工技能大赛") == [("吕梁市", "吕梁市")]


def test_taichung_is_not_read_across_a_county_and_a_word():
    # yi02 (dev): 奇台中等职业技术学校 is 奇台 + 中等, not 台中
    assert ("台中", "台中市") not in mentions("实地走访奇台中等职业技术学校")
    # negative: Taichung listed with Taipei
    assert ("台中", "台中市") in mentions("台北、台中等地学校参加")


def test_a_county_slogan_and_the_short_name_of_a_county_of_all_peoples():
    # ym04 (dev): 工业兴县 制造强县 - a slogan, not 兴县 of 吕梁
    assert mentions("通江县将围绕“工业兴县 制造强县”发展战略,深化两地对接。") == [
        ("通江县", "通江县")
    ]
    # yn06 (dev): 隆林 is 隆林各族自治县 (各族 stands where a people's name does)
    assert mentions("项目实施以来,已成为隆林巩固脱贫成果的重要抓手") == [("隆林", "隆林各族自治县")]
    assert mentions("来到龙胜开展培训") == [("龙胜", "龙胜各族自治县")]
    # negatives: 兴县 itself, and a county named with its people
    assert mentions("吕梁市兴县职业中学举办开学典礼") == [("吕梁市", "吕梁市"), ("兴县", "兴县")]
    assert mentions("融水苗族自治县") == [("融水苗族自治县", "融水苗族自治县")]


def test_a_curated_foreign_city_is_a_city():
    # ym03 (dev): Lagos, from the curated list of cities GeoNames gives no Chinese name,
    # is a city (it was read as a country, so the launch held there went to the partner's city)
    from vocstudy.gazetteer import foreign_kind

    assert [foreign_kind(x) for x in ("拉各斯", "柏林", "金奈", "胡志明市")] == ["city"] * 4
    assert [foreign_kind(x) for x in ("尼日利亚", "德国")] == ["country"] * 2
    assert foreign_kind("黑森州") == "division"


def test_a_county_short_name_after_assistance_verbs():
    # yn06 (dev), w10 (dev): 深圳市对口帮扶隆林, 支援宁都 - the county a partner assists
    assert mentions("深圳市对口帮扶隆林的重点职业技能培训项目") == [
        ("深圳市", "深圳市"),
        ("隆林", "隆林各族自治县"),
    ]
    assert mentions("对口帮扶余庆的职业学校") == [("余庆", "余庆县")]
    # negatives: a word before a short name is still no boundary (服务川渝 is not 务川县)
    assert mentions("服务川渝地区发展") == [("川渝", "四川省"), ("川渝", "重庆市")]


def test_a_consulates_short_name_and_a_casino_brand_are_no_places():
    # ym03 (dev): 中国驻拉各斯总领馆 - a consulate's seat, in the short form 总领馆 (GUIDE [b])
    assert mentions("中国驻拉各斯总领馆总领事出席") == [("中国", "中国")]
    # yp07, zo04 (dev): a casino brand a hijacked page glues in, not 金沙县
    assert mentions("会议由9570官方金沙党委书记戴毅斌主持") == []
    assert mentions("所,了解金沙官方登录") == []
    # negatives: an embassy's seat is still read (中国驻泰王国大使馆), and 金沙县 itself
    assert mentions("中国驻老挝大使馆参赞出席") == [("中国", "中国"), ("老挝", "老挝")]
    assert mentions("毕节市金沙县职业高级中学举行开学典礼") == [
        ("毕节市", "毕节市"),
        ("金沙县", "金沙县"),
    ]


def test_a_new_movement_a_township_named_shuanghe_and_friendship_are_no_places():
    # yr03 (dev): 谱写了一曲…交流与合作的新乐章 - a new movement, not 新乐市
    assert ("新乐", "新乐市") not in mentions("谱写了一曲中韩教育交流与合作的新乐章")
    # yq04 (dev): a township named 双河, not 双河市
    assert mentions("双河镇中心学校开展培训") == []
    # yr09 (dev): 中国友好学校 - friendship after a country, not 友好区
    assert ("友好", "友好区") not in mentions("在安哥拉/中国友好学校780名中学生出席活动")
    # negatives: the three places themselves
    assert mentions("新乐市职教中心") == [("新乐市", "新乐市")]
    assert mentions("双河市职业技术学校") == [("双河市", "双河市")]
    assert mentions("伊春市友好区职业学校") == [("伊春市", "伊春市"), ("友好区", "友好区")]


def test_a_place_word_names_a_school_with_a_trade_before_its_head():
    # yw06 (dev): 白银 (also 'silver') heads a college's name with its trade between
    s = "5月25日,白银矿冶职业技术学院党委书记展守礼一行赴金华职业技术学院考察交流。"
    assert ("白银", "白银市") in mentions(s)
    # negatives: the metal, and guests (来宾) visiting a college
    assert mentions("白银价格上涨") == []
    assert mentions("来宾们参观了职业技术学院") == []
    assert mentions("来宾参观职业学院") == []


def test_a_county_short_name_after_a_foreign_country_is_that_countrys_place():
    # yz02 (dev): 韩国富川大学 - Bucheon University, not 富川瑶族自治县's; the same name later
    # without its country too
    text = "韩国富川大学代表团访问我院。富川大学注重培养产业技术人才。"
    assert mentions(text) == [("韩国", "韩国")]
    # yz08 (dev): 杨凌, the name news and schools use for 杨陵区
    assert mentions("赴杨凌职业技术学院学习交流") == [("杨凌", "杨陵区")]
    # negatives: the county's own school, and a foreign country's listed city
    assert mentions("富川职业技术学校") == [("富川", "富川瑶族自治县")]
    assert ("首尔", "首尔特别市") in mentions("贺州富川县职教中心。韩国首尔大学")
    assert ("富川", "富川瑶族自治县") in mentions("贺州富川县职教中心。韩国首尔大学")


def test_high_demands_are_no_place():
    # xc04 (dev): 高标准筹备赛事,高要求组织赛事 - 高要求, not 高要区
    assert mentions("高标准筹备赛事,高要求组织赛事") == []
    # negatives: the district itself
    assert mentions("高要职业技术学校") == [("高要", "高要区")]


def test_everything_renewed_is_no_vientiane():
    # xe08 (dev): 春暖花开万象新 - everything renewed, not Vientiane
    assert mentions("春暖花开万象新,技能大赛展风采") == []
    # negative: Vientiane after Laos
    assert ("万象", "万象") in mentions("老挝万象职业技术学院")


def test_beijing_time_is_no_place_and_a_place_after_zoujin_is():
    # xg04 (dev): 1月13日北京时间上午11点 - a time zone
    assert mentions("1月13日北京时间上午11点,开班仪式在泰国清迈举行") == [
        ("泰国", "泰国"),
        ("清迈", "清迈府"),
    ]
    # xf04 (dev): 集中展示活动走进延平 - a district's short name after 走进
    assert mentions("职业教育集中展示活动走进延平") == [("延平", "延平区")]
    # negatives: Beijing's fashion week, and 和平 after 促进 (peace, not 和平区)
    assert mentions("北京时装周开幕") == [("北京", "北京市")]
    assert mentions("促进和平发展") == []


def test_raising_county_level_schools_is_no_gaoxian():
    # xj02 (dev): 提高县级技工院校的就业 - 提高 + 县级, not 高县
    assert mentions("提高县级技工院校的就业质量") == []
    assert mentions("提高县域经济发展水平") == []
    # negative: the county itself
    assert mentions("宜宾高县职业技术学校") == [("宜宾", "宜宾市"), ("高县", "高县")]


def test_hebei_in_a_list_with_tianjin_is_the_province():
    # xr05 (dev): 来自北京、天津、山西、河北、江苏等10个省市 - not Tianjin's 河北区
    s = "共有来自北京、天津、山西、河北、江苏等10个省市的100名大学生村官参加。"
    assert ("河北", "河北省") in mentions(s)
    assert mentions("来自北京、天津、河北等省。") == [
        ("北京", "北京市"),
        ("天津", "天津市"),
        ("河北", "河北省"),
    ]
    # negatives: the district with its city written before it, or by its full name
    assert mentions("天津河北职业学校") == [("天津", "天津市"), ("河北", "河北区")]
    assert ("河北区", "河北区") in mentions("天津市河北区教育局")


def test_a_titled_persons_name_before_he_is_no_place():
    # xw06 (dev): 副院长董学仁和学院办公室 - a name and the conjunction, not 仁和区's college
    s = "院长刘素花,副院长董学仁和学院办公室副主任一行赴福建船政交通职业学院考察交流学习。"
    assert mentions(s) == [("福建", "福建省")]
    assert mentions("副院长李平和市领导出席") == []
    # negatives: the district by its full name, and after its city
    assert mentions("攀枝花市仁和区职业学校") == [("攀枝花市", "攀枝花市"), ("仁和区", "仁和区")]
    assert mentions("攀枝花仁和职业学校") == [("攀枝花", "攀枝花市"), ("仁和", "仁和区")]


#: Words that look like places and are not, from the validation rounds xr-xz (dev), each
#: with its negatives: the place itself where it is one.
NOT_PLACES = [
    # xr10: 伍家岗区伍家乡灵宝村 - a village, not 灵宝市 (伍家乡 is the district's township)
    (
        "伍家岗区伍家乡灵宝村一组闫芝萍家中挤满了村民",
        [("伍家岗区", "伍家岗区"), ("伍家乡", "伍家乡")],
    ),
    # xs07: 国家级…示范县 - not 范县
    ("国家级农村职业教育与成人教育示范县承建单位", []),
    # xs08: 香格里拉大酒店 - a hotel chain, not 香格里拉市
    ("与青岛啤酒、香格里拉大酒店建立合作关系", [("青岛", "青岛市")]),
    # xu08: 千年古县 - not 古县 of 临汾; 县委台湾工作办公室 - a county's office
    ("漳浦是一座山海相拥的千年古县", [("漳浦", "漳浦县")]),
    ("中共漳浦县委台湾工作办公室副主任张小娟", [("漳浦县", "漳浦县")]),
    # xu09, xp02: 沿海地区 - not Haiti; 离开城市 - not Kaesong
    ("工作主要集中在中国东南沿海地区", [("中国", "中国")]),
    ("只要驱车离开城市50公里", []),
    # xy04: 普拉托夫南俄国立工业大学 (Platov South-Russian State Polytechnic), no Prato
    ("我校与普拉托夫南俄国立工业大学的中外合作办学项目推进会召开", []),
    # negatives: villagers of a province, a village official, the county, the city …
    ("宁夏村民参加培训", [("宁夏", "宁夏回族自治区")]),
    ("湖北村官培训班", [("湖北", "湖北省")]),
    ("在灵宝村务工", []),
    ("濮阳范县职业学校", [("濮阳", "濮阳市"), ("范县", "范县")]),
    ("在香格里拉举行", [("香格里拉", "香格里拉市")]),
    # … and the county, Haiti, Kaesong, Taiwan and Prato themselves
    ("临汾古县职业中学", [("临汾", "临汾市"), ("古县", "古县")]),
    ("海地发生地震", [("海地", "海地")]),
    ("朝鲜开城市", [("朝鲜", "朝鲜"), ("开城市", "开城市")]),
    ("台湾工业技术研究院", [("台湾", "台湾省")]),
    ("意大利普拉托市", [("意大利", "意大利"), ("普拉托", "普拉托")]),
    # we04: 中澳集团…合作企业 - a firm named with two countries' initials
    ("中澳集团航空高铁服务专业合作企业", []),
    ("中澳两国合作办学", [("中澳", "中国"), ("中澳", "澳大利亚")]),
    # wf02: 苏伊士运河大学 - the Suez Canal, not the city
    ("苏伊士运河大学孔子学院师生走进中企", []),
    ("位于埃及苏伊士的工厂", [("埃及", "埃及"), ("苏伊士", "苏伊士")]),
    # wg03: the East–West pairings' abbreviations (粤滇 as 沪滇, 粤黔)
    ("粤滇双方加大劳务协作", [("粤滇", "广东省"), ("粤滇", "云南省")]),
    ("津甘协作持续深化", [("津甘", "天津市"), ("津甘", "甘肃省")]),
    # xm03, d15, t03, wh04: an office for Hong Kong, Macau and Taiwan affairs
    ("国际交流处(港澳台事务办公室)相关负责人参加", []),
    ("港澳台和国际交流合作处副处长何江畅", []),
    # wl02: a titled person's whole name that begins with a country's (主席韩国柱同道)
    ("委员在县政协主席韩国柱同道的带领下视察", []),
    ("政协主席韩国代表团来访", [("韩国", "韩国")]),
    (
        "学校重视对港澳台地区的教育交流",
        [
            ("港澳台地区", "香港特别行政区"),
            ("港澳台地区", "澳门特别行政区"),
            ("港澳台地区", "台湾省"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_PLACES, ids=[t for t, _ in NOT_PLACES])
def test_words_that_look_like_places(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


# --- English pages -------------------------------------------------------------------
# Lines of English pages of the validation corpus's dev half (en.gxzf.gov.cn, a college's
# English news, a Macao bureau's interview), and sentences written for the rules.

ENGLISH = [
    (
        "A consultation on education between Guangxi Zhuang autonomous region and four "
        "border provinces of Vietnam was held on Sept 9 online with five on-site venues in "
        "Nanning and four Vietnam provinces.",
        ["广西壮族自治区", "越南", "南宁市", "越南"],
    ),
    (
        "To further deepen and expand vocational education cooperation with Africa, Vice "
        "President Zhang Yanping led a 6-member education delegation from Jinhua Polytechnic "
        "to Rwanda and Tanzania.",
        ["非洲", "金华市", "卢旺达", "坦桑尼亚"],
    ),
    # a bloc named in English is the bloc, not its members
    (
        "actively fostering talent exchange within the Guangdong-Hong Kong-Macao Greater Bay "
        "Area (GBA).",
        ["粤港澳大湾区"],
    ),
    # the longest name first; a possessive and a pinyin apostrophe
    (
        "Inner Mongolia and Mongolia, New Taipei and Taipei, South Africa, Xi'an and "
        "Guangdong's colleges, Shaanxi and Shanxi.",
        [
            "内蒙古自治区",
            "蒙古国",
            "新北市",
            "台北市",
            "南非",
            "西安市",
            "广东省",
            "陕西省",
            "山西省",
        ],
    ),
    # a city's name beside a surname is a person's given name
    ("Li Jinhua and Jining Wang met students in Jinhua.", ["金华市"]),
    # another country's city only where its country is named
    ("Students from Kumasi studied in Tianjin.", ["天津市"]),
    ("Students from Kumasi, Ghana studied in Tianjin.", ["库马西", "加纳", "天津市"]),
    # another country's division, with its country named (zk01, wi10)
    (
        "The agreement was signed at an institute of technology, Rayong Prefecture, Thailand.",
        ["罗勇府", "泰国"],
    ),
    ("Teachers from Khon Kaen and Surin in Thailand joined.", ["孔敬府", "素林府", "泰国"]),
    ("Teachers from Rayong joined the course in Nanning.", ["南宁市"]),
    # names of bodies that hold a place's name; a spelling two places share
    (
        "The Shanghai Cooperation Organization met Nanyang Polytechnic in Suzhou.",
        [],
    ),
    # in a Chinese sentence, an English name in brackets repeats the Chinese name
    (
        "日本高知工业高等专门学校(National Institute of Technology, Kochi College )"
        "于108年9月17日(二)至本校进行参访交流,继去年后,今年再度莅校。",
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_names(text: str, expected: list[str] | None) -> None:
    found = P.find_places(text)
    if expected is None:
        assert not [m for m in found if m.mention.isascii()]
        return
    assert [m.name for m in found] == expected
    for m in found:
        assert text[m.start : m.end] == m.mention


def test_english_names_table() -> None:
    with data_path("place_english.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    names = set(P.place_table()["name"]) | set(P._lexicon().blocs)
    assert len(rows) > 3000
    assert not [r for r in rows if r["name"] and r["name"] not in names]
    forms = Counter(r["english"] for r in rows)
    assert not [f for f, n in forms.items() if n > 1]  # one place per spelling
    by_form = {r["english"]: r["name"] for r in rows}
    assert by_form["Chongqing"] == "重庆市" and by_form["Xiamen"] == "厦门市"
    assert by_form["Jilin"] == "吉林省" and "Suzhou" not in by_form
    assert by_form["Kaohsiung"] == "高雄市" and "Gaoxiong" not in by_form
    assert by_form["Rayong"] == "罗勇府" and by_form["Eastern Cape"] == "东开普省"
    assert "Northern" not in by_form  # a division named by a common word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wo03 (dev): an autonomous county written short with its own suffix
        ("紧密结合石柱县中益乡的非物质文化遗产。", ["石柱土家族自治县", "中益乡"]),
        ("金平县职业技术学校与建德市签订协议。", ["金平苗族瑶族傣族自治县", "建德市"]),
        # a prefecture likewise; 海南州 is Qinghai's, not 海南省
        ("学校与海北州签订协议。", ["海北藏族自治州"]),
        ("学校与海南州签订协议。", ["海南藏族自治州"]),
        # negatives: the short name alone stays context-only; 海南 alone is the province
        ("开展了走进石柱系列活动。", []),
        ("学校与海南签订协议。", ["海南省"]),
        # wo03 (dev): a news outlet named after a district's short name
        ("华龙网-新重庆客户端3月10日12时45分讯", ["重庆市"]),
        ("濮阳市华龙区职业中专", ["濮阳市", "华龙区"]),
        # wo04 (dev): a sanatorium named after its district
        ("卫生福利部八里疗养院接受新北市政府劳工局补助。", ["八里区", "新北市"]),
        ("他在疗养院休养了八个月。", []),
        # wq06 (dev): a list of one-character names after 在, before 等地 or a count of places
        ("521人当年在京、津等地就业。", ["北京市", "天津市"]),
        ("学生赴川、渝、黔三地实习。", ["四川省", "重庆市", "贵州省"]),
        ("他在京、沪工作。", ["北京市"]),
        # wt04 (dev): Angola's Huambo is 万博省 (the ISO table's Chinese name was 世博省)
        ("中国将资助在安哥拉万博省建设一所职业培训中心。", ["中国", "安哥拉", "万博省"]),
        # wv02 (dev): a town named like a district of another city (东河镇 of 东方市, no 东河区)
        # (东河镇 itself is the township of 东方市)
        ("东方市总工会副主席、东河镇人民政府人大主席王彬出席。", ["东方市", "东河镇"]),
        ("包头市东河区职业技术学校", ["包头市", "东河区"]),
    ],
)
def test_autonomous_units_written_short_and_an_outlet(text: str, expected: list[str]) -> None:
    assert [m.name for m in P.find_places(text)] == expected


# ------------------------------------------------------------------------- the school list
def test_school_list_names_gazetteer_cities():
    t = P.school_table()
    assert len(t) == 2778 and t["name"].is_unique
    assert set(t["level"]) == {"本科", "专科"}
    for r in t.itertuples():
        city = P.lookup(r.city)
        assert city is not None and city.level in ("city", "district", "province"), r.name
        assert P.lookup(r.province).level == "province"
    # a school listed under one province that lies in another city (河北工业大学, 天津)
    assert t.set_index("name").loc["河北工业大学", "city"] == "天津市"
    assert t.set_index("name").loc["西藏民族大学", "province"] == "陕西省"


def test_find_schools_leftmost_longest_and_exclusions():
    found = P.find_schools("上海财经大学浙江学院与深圳职业技术大学签约。")
    assert [(s.name, s.city) for s in found] == [
        ("上海财经大学浙江学院", "金华市"),
        ("深圳职业技术大学", "深圳市"),
    ]
    assert found[0].start == 0 and found[1].start == 11
    assert [s.name for s in P.find_schools("中国矿业大学(北京)")] == ["中国矿业大学(北京)"]
    # a school of another country (韩国湖南大学); a campus of its own name (三星堆校区)
    assert P.find_schools("韩国湖南大学代表团来访。") == []
    assert P.find_schools("在四川航天职业技术学院三星堆校区举行。") == []
    # also a campus named after a place: the campus is read as a place (宝山区)
    assert P.find_schools("在上海交通职业技术学院宝山校区举行。") == []
    assert [s.name for s in P.find_schools("在上海交通职业技术学院举行。")] == [
        "上海交通职业技术学院"
    ]


def test_a_bare_list_of_provinces_one_character_names():
    # wx05 (dev): 已培训五期闽、甘、宁、鄂学员 - three or more items, each a province's
    # one-character name; 宁, 青, 新, 蒙 are read only as such items
    assert mentions("已培训五期闽、甘、宁、鄂学员700多人") == [
        ("闽", "福建省"),
        ("甘", "甘肃省"),
        ("宁", "宁夏回族自治区"),
        ("鄂", "湖北省"),
    ]
    assert mentions("来自甘、青、宁三省的学员") == [
        ("甘", "甘肃省"),
        ("青", "青海省"),
        ("宁", "宁夏回族自治区"),
    ]
    # negatives: an item that is not such a name (老); two items only; an item that ends or
    # starts a longer name (南京、宁、沪; 闽、甘、宁波); 宁 or 新 alone
    assert mentions("新、老、中青年教师") == []
    assert mentions("宁、新两区") == []
    assert mentions("南京、宁、沪") == [("南京", "南京市")]
    assert mentions("闽、甘、宁波") == [("宁波", "宁波市")]
    assert mentions("学校新建宁静的图书馆") == []


def test_a_list_of_a_citys_districts_after_zai():
    # wy10 (dev): 我市分别在大通、谢家集、毛集实验区设立培训点 - 在 opens the list; 大通 (淮南's
    # 大通区 or 西宁's 大通县) is read beside its neighbour of the same city
    assert mentions("我市分别在大通、谢家集、毛集实验区设立培训点") == [
        ("大通", "大通区"),
        ("谢家集", "谢家集区"),
    ]
    # negative: a common word after 在 in a list of no place of its city
    assert mentions("现在长寿、健康、幸福成为关键词") == []


# ------------------------------------------------------------------------------ townships
def test_townships_of_the_mainland():
    # wz03, wz04, va05 (dev): townships by their full names; the county written before one
    # settles a name several counties share (长官镇 of 宁津县, not of 临泉县)
    found = P.find_places("近日,山东省宁津县长官镇的高素质农民培训“技能夜校”开课。")
    assert [(m.name, m.level) for m in found] == [
        ("山东省", "province"),
        ("宁津县", "district"),
        ("长官镇", "town"),
    ]
    assert found[2].adcode // 1000 == found[1].adcode
    assert mentions("贵州食品工程职业学院与青岩镇洽谈校地合作事宜") == [
        ("贵州", "贵州省"),
        ("青岩镇", "青岩镇"),
    ]
    # a name several counties share, with no county or city of it in the text: none
    assert mentions("长官镇的农民培训开课") == []
    # the document names the city: that city's township (盐官镇 of 海宁市, not of 礼县)
    c = corpus_from_texts({"d": "海宁市职业高级中学送喜报。汽修支部为盐官镇红友村送去喜报。"})
    t = P.places(c)
    row = t[t["name"] == "盐官镇"].iloc[0]
    assert row["province"] == "浙江省" and row["level"] == "town"


def test_township_names_that_split_a_word_or_are_one():
    # bb06, n10 (dev): 县域城镇化 holds no 域城镇, 振兴乡村 no 振兴乡 (town_guards.csv)
    assert mentions("全力服务好县域城镇化和乡村振兴战略") == []
    assert mentions("甚至通过创业创新振兴乡村经济") == []
    # 小城镇 'small towns' is a word (a township of that name is left out); two-character
    # names (张镇: 张镇长) are left out
    assert mentions("推进小城镇建设") == []
    assert mentions("张镇长出席") == []
    # but the county before its township keeps it, though 县长 is a word (宁津县长官镇)
    assert mentions("宁津县长官镇") == [("宁津县", "宁津县"), ("长官镇", "长官镇")]
    # a township named like a Taiwanese township of the gazetteer: the gazetteer's
    assert [m.name for m in P.find_places("在南台湾吹着热情海风的东港镇举行")] == ["东港镇"]
    assert P.find_places("东港镇")[0].province == "台湾省"


def test_town_list_and_guards_files():
    rows = list(csv.DictReader(data_path("towns.csv").open(encoding="utf-8")))
    assert len(rows) == 38606
    assert all(len(r["name"]) >= 3 and r["name"][-1] in "镇乡道木所" for r in rows)
    assert all(P.lookup(r["province"]).level == "province" for r in rows[::500])
    assert sum(not r["county"] for r in rows) < 400  # counties the gazetteer names otherwise
    guards = {
        (r["char"], r["side"]): r["chars"]
        for r in csv.DictReader(data_path("town_guards.csv").open(encoding="utf-8"))
    }
    assert "县" in guards[("域", "first")] and "村" in guards[("乡", "last")]
    assert "长" not in guards[("镇", "last")] and "上" not in guards[("镇", "last")]


def test_english_names_with_accented_letters():
    # wz01 (dev): Yaoundé, with its accent, is a word of an English page
    assert [m.name for m in P.find_english_places("It was signed this week in Yaoundé.")] == [
        "雅温得"
    ]
    assert [m.name for m in P.find_english_places("Quảng Ninh province signed")] == ["广宁省"]
    # negative: a possessive stays no part of the word
    assert P.find_english_places("The college's students visited the campus.") == []


def test_county_names_that_are_a_conjunction_or_a_verb_before_xian():
    # vc08 (dev): 市监局会同县妇联 ('jointly with the county's women's federation'), 县职教中心
    # 和县康嫂家政公司 ('and the county's …'): no 会同县, no 和县
    s = "紫阳县市监局会同县妇联、县人社局、县职教中心和县康嫂家政公司举办培训班"
    assert [m.name for m in P.find_places(s)] == ["紫阳县"]
    # negatives: the counties after their city, or before an institution word
    assert [m.name for m in P.find_places("马鞍山市和县职教中心")] == ["马鞍山市", "和县"]
    assert [m.name for m in P.find_places("怀化市会同县职业中专")] == ["怀化市", "会同县"]


def test_a_province_short_name_glued_after_a_foreign_country_before_a_school():
    # zw05 (dev): 韩国湖南大学 is Honam University of Korea, not 湖南省's
    assert mentions("韩国湖南大学国际交流处处长孙皖怡到校交流访问") == [("韩国", "韩国")]
    # negatives: after China; not before a school's name
    assert mentions("中国湖南大学") == [("中国", "中国"), ("湖南", "湖南省")]
    assert mentions("韩国、湖南两地学校") == [("韩国", "韩国"), ("湖南", "湖南省")]


def test_more_surnames_before_a_city_name():
    # ww05 (dev): 娄金华表示 - a person, titled elsewhere (surnames 娄, 洪, 颜 added)
    assert mentions("校长娄金华一行到校访问。会前,娄金华表示感谢。") == []
    assert mentions("洪泉州老师介绍了课程。") == []
    # negative: the city itself after a place word
    assert mentions("代表团赴金华参观学校。") == [("金华", "金华市")]


def test_a_sunrise_industry_is_no_chaoyang():
    # ve01 (dev): 朝阳产业 'a sunrise industry'
    assert mentions("时机合适就直接转产做家政服务朝阳产业。") == []
    # negative: the city itself
    assert mentions("朝阳市职业教育中心") == [("朝阳市", "朝阳市")]


def test_a_community_or_village_named_like_a_far_district_or_county_is_no_place():
    # vi09 (dev): 金牛社区 of a 宁强县 township, not 成都's 金牛区
    assert names("汉中市宁强县大安镇细雨霏霏,金牛社区的多功能会议室里暖意融融。") == [
        "汉中市",
        "宁强县",
        "大安镇",
    ]
    # vi06 (dev): 大竹园村 in Zhejiang, not 达州's 大竹县
    assert names("培训还组织学员赴浙江余村、大竹园村等样板村实地观摩。") == ["浙江省"]
    # vi08 (dev): a job-service brand
    assert names("每月在盐都就业、都U+乐业空间公众号上发布课程安排。") == ["盐都区"]
    # negatives: the district's own city named; rural areas and villages of a province
    assert names("成都市金牛社区学院开班。") == ["成都市", "金牛区"]
    assert names("达州大竹园村开班。") == ["达州市", "大竹县"]
    assert names("北京农村的学员和宁夏乡村振兴的带头人。") == ["北京市", "宁夏回族自治区"]


def test_banner_short_forms_and_more_cities_abbreviated_as_venues():
    # vk04 (dev): 土右旗, the short form of 土默特右旗
    assert names("土右旗举办厨艺比拼,40余名选手参赛。") == ["土默特右旗"]
    assert names("科左中旗职业学校开班。") == ["科尔沁左翼中旗"]
    # vk11 (dev): 在芜启动, Wuhu as a venue; the same for Nanchang, Quanzhou …
    assert names("第二届汽车产业技能邀请赛在芜启动。") == ["芜湖市"]
    assert names("签约仪式在昌举行。") == ["南昌市"]
    assert names("代表团来泉考察。") == ["泉州市"]
    # negatives: the characters in ordinary words and names
    assert names("繁荣昌盛,肥料温度适宜,泉水清澈。") == []
    assert names("他在徐老师的带领下学习。") == []


def test_a_glued_run_of_provinces_one_character_names_before_their_count():
    # vj04 (dev): 鲁苏豫皖四省八县交界区域
    assert names("助力打造鲁苏豫皖四省八县交界区域教育高地。") == [
        "山东省",
        "江苏省",
        "河南省",
        "安徽省",
    ]
    assert names("甘青两省职业院校联合招生。") == ["甘肃省", "青海省"]
    # negatives: a count that does not match the run; no count; one character
    assert names("一苏三省") == []
    assert names("苏豫的学员") == []
    assert names("皖两省") == []


def test_a_day_then_the_whole_county_is_no_tianquan():
    # vm02 (dev): 这一天全县第二期汽修培训 - a day (一天), then the whole county (全县)
    assert names("这一天全县第二期汽修培训结业考试如期举行。") == []
    # negative: the county named as such
    assert names("四川省天全县职业高级中学开班。") == ["四川省", "天全县"]


def test_a_context_only_short_name_opening_a_headline_before_its_verb():
    # vo04 (dev): 临安着力推进建筑工地民工学校建设 - the district is the headline's subject
    assert names("临安着力推进建筑工地民工学校建设") == ["临安区"]
    # negatives: the same characters inside a word, or not at the opening
    assert names("面临安全风险,学校着力推进安全教育。") == []
    assert names("各地着力推进,临安着力推进建筑工地民工学校建设") == []


def test_a_one_character_city_name_before_the_bodies_based_there():
    # vo06 (dev): 在蓉省属评价机构, 在蓉本科以上院校
    assert names("负责未下放的在蓉省属评价机构的考评员培训。") == ["成都市"]
    assert names("包括在蓉本科以上院校。") == ["成都市"]
    # negatives: the whole prefecture's schools (全州), a short school name after 来
    assert names("在全州中职学校开设电子商务专业。") == []
    assert names("领导一行来苏高职访问交流。") == []


def test_the_lasting_stability_idiom_cut_short_is_no_changzhi():
    # vs08 (dev): a stored page ends inside 长治久安
    assert names("推进新疆社会稳定和长治久") == ["新疆维吾尔自治区"]
    # negative: the city before a school's name
    assert names("山西长治职业技术学院") == ["山西省", "长治市"]


def test_the_xiang_and_gan_rivers_are_no_new_areas():
    # vt07 (dev): 湘江源头 - the river's source, not 长沙's 湘江新区
    assert names("作为楚尾粤头、湘江源头、开放桥头,蓝山紧抓机遇。") == ["蓝山县"]
    assert names("赣江两岸风光秀丽。") == []
    # negative: the areas named in full, or as a venue
    assert names("在湘江新区举行。") == ["湘江新区"]
    assert names("赣江新区职业技术学院开学。") == ["赣江新区"]


def test_a_mining_areas_union_is_no_district_of_yangquan():
    # vx04, yi08 (dev): 矿区工会主席 (a mining group's union), 内蒙古矿区 - mining areas
    assert names("矿区工会主席王玉波、市总工会副主席樊金英出席活动。") == []
    assert "矿区" not in names("分配到内蒙古矿区工作。")
    # negative: 阳泉's district with its city
    assert names("阳泉市矿区职业中学举行开学典礼。") == ["阳泉市", "矿区"]


def test_heilongjiangs_short_name_and_a_places_taiwan_abbreviation_are_no_county_or_city():
    # vy06 (dev): “龙江巧女” (黑龙江's programme), yl04 (dev): 龙江特色技工 - not 龙江县
    assert names("市妇联在海林镇海丰社区举办“龙江巧女”手工技能培训活动。") == []
    # vz03 (dev): 蓉台中职学生 - 蓉台 and 中职, not 台中市
    assert "台中市" not in names("第四届蓉台中职学生技能交流营活动在我校拉开帷幕。")
    # negatives: the county in full, Taichung after a verb
    assert names("齐齐哈尔市龙江县职教中心开学。") == ["齐齐哈尔市", "龙江县"]
    assert names("学生赴台中参访科技大学。") == ["台中市"]


def test_a_trainees_given_name_and_a_tibetan_given_name_are_no_places():
    # ua05 (dev): 学员黄京雄 - a person, not 京 and 雄安
    assert names("参加培训的学员黄京雄一边竖起大拇指,一边向笔者说道。") == []
    # ub09 (dev): 尼玛德吉 - a Tibetan given name, not 尼玛县
    assert names("同样是“9+3”毕业生的尼玛德吉向记者介绍道。") == []
    # negatives: the abbreviation and the county where they are places
    assert names("推进京雄城际铁路建设。") == ["北京市", "雄安新区"]
    assert names("那曲市尼玛县职业技能培训班开班。") == ["那曲市", "尼玛县"]


def test_a_seas_region_is_no_haiti():
    # ug10 (dev): 为曹妃甸、京津冀和环渤海地区提供…人力资源 - the Bohai rim, not Haiti
    assert "海地" not in names("为曹妃甸、京津冀和环渤海地区提供丰富、合格的人力资源。")
    assert "海地" not in names("黄海地区的职业院校开展交流。")
    # negative: Haiti itself
    assert names("中国与海地建交后开展职业培训合作。") == ["中国", "海地"]


def test_a_titled_persons_name_before_what_they_do_is_no_country():
    # ui02 (dev): 淄博市副市长韩国祥出席成立大会 / …韩国祥共同为集团揭牌
    assert names("淄博市副市长韩国祥出席成立大会并讲话。") == ["淄博市"]
    assert names("省教育厅副厅长郭建磊与淄博市副市长韩国祥共同为集团揭牌。") == ["淄博市"]
    # negatives: a trip to Korea after a title, Korea after a verb
    assert names("院长赴韩国出席职业教育会议。") == ["韩国"]
    assert names("校长韩国访问归来后介绍经验。") == ["韩国"]


def test_leye_is_a_county_only_in_context():
    # uk03 (dev): 敬业、乐业 - content in one's work; 黄炎培's motto 使有业者乐业
    assert names("他紧紧围绕“精业”、“敬业”和“乐业”三个关键词,要求保安认真工作。") == []
    assert names("职业教育的目的是使无业者有业,使有业者乐业。") == []
    # negatives: the county in full, and its short name beside another county of its city
    assert names("乐业县职业教育中心举行开学典礼。") == ["乐业县"]
    assert names("百色市乐业、凌云两县开展培训。") == ["百色市", "乐业县", "凌云县"]


def test_the_jianghan_oilfield_is_no_district():
    # ut10 (dev): 江汉石油高级技工学校, 江汉油田, 江汉采油厂 - the oilfield, not 江汉区
    assert names("江汉石油高级技工学校成立于1978年,属于湖北省属公办学校。") == ["湖北省"]
    assert names("江汉油田江汉采油厂等9家单位接收实习生。") == []
    # negative: the district in full
    assert names("武汉市江汉区职业教育中心举行开学典礼。") == ["武汉市", "江汉区"]
