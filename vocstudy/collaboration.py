"""Pairs of places a sentence presents as working together, with mechanism and evidence.

A sentence yields pairs only when it carries a collaboration cue (协议, 联盟, 共同体,
论坛, 对口帮扶, 东西部协作, 联合培养, 交流, 协同发展 … listed with their mechanism in
``data/collaboration_cues.csv``). The places are those of :func:`vocstudy.gazetteer.find_places`
(whatever the gazetteer knows: provinces, cities, districts, Hong Kong/Macau/Taiwan,
countries), plus China and a partner country written together (中德, 中俄 …,
``data/country_pairs.csv``; used only when the gazetteer knows both names).

Blocs (issue 10, ``validation/GUIDE.md``):

* a bloc named as context (服务长三角一体化, 粤港澳大湾区建设, 长三角开发区职业教育联盟)
  is a bloc mention, not a set of pairs;
* its members pair up only when the text names them as acting (:data:`BLOC_ACTING`:
  京津冀三地签署…, 长三角三省一市联合…, 京津冀职业院校签署…), with a cue in that clause
  and no aim (:data:`AIM`: 京津冀三地应进一步加强合作 is not yet working together), and only
  for blocs of at most :data:`MAX_ACTING_MEMBERS` members - a larger bloc acting
  (黄河流域九省(区)…共同签署) is a multilateral platform, not n(n-1)/2 pairs;
* a bloc linked by 与/和 to another party pairs as one unit (长三角与成渝签署 →
  长三角–成渝地区双城经济圈; an abbreviation that begins a bloc's name stands for the bloc);
* a two-place abbreviation (川渝, 粤港, 闽宁, 京台, 中德) pairs its places when its clause
  carries a cue, or when it is named as both sides (:data:`GROUP_BOTH`: 川渝两地…) and the
  sentence carries one; one of three or more places (粤港澳, 沪苏浙皖) is treated like a bloc,
  and also acts when its shared field follows (推进粤港澳职业教育在…方面的合作), unless that
  field begins a body's name (…职业教育合作工作小组);
* a bloc the text serves (:data:`CONTEXT_BEFORE`: 为配合国家粤港澳大湾区城市的…合作) is
  context even when a member word follows; a 联席会 of a bloc is its members meeting jointly;
* an aim or a demand in the clause, or a demand or hope earlier in its part of the
  sentence (:data:`DEMAND`: 他要求,…;要…,在成渝教育协同发展中取得新成效), is not yet
  working together.

Programmes with a fixed party (``party`` column of ``data/collaboration_cues.csv``): the
hosts of 内地新疆中职班 pair with 新疆, the partner countries of 鲁班工坊 with 中国 (and
with a Chinese place that builds them), the places named with 援疆/援藏 with the
region assisted. The places such a programme pairs are not paired with each other.

Separate places (each the place of a body or school, or a place itself) pair when the
sentence links them as parties:

* a linking word between them (:data:`LINK`: 与, 和, 同, 携手, 联合, 帮扶, 对口, 结对 …;
  香港职业训练局与广东省教育厅签署 → 广东省–香港特别行政区), or
* a list followed by a word naming its places as acting together (:data:`JOINT`:
  共同, 联合, 两地, 双方 …), or a 、-enumeration that is the subject of the cue after it
  (哈尔滨市、呼和浩特市、黑河市…现场签署) - not one that is the object of a verb before it
  (:data:`OBJECT_BEFORE`: 联合重庆、天津、青岛等…);
* places written back to back, or joined by a dash or a middle dot, that do not contain
  each other are couples (天津甘肃、上海云南…分别签订 → 天津–甘肃, 上海–云南; 宁波-黔西南
  “就业帮扶”座谈会), and then only couples pair;
* the object of 对 followed by assistance (福建省对宁夏回族自治区开展对口帮扶);
* a destination of a trip to assist or sign (:data:`TRIP`: 大连市教育局组织…赴贵州六盘水市
  开展…帮扶) with the first place of its clause.

Never paired: places that merely co-occur; venues (在四川省宜宾市举行, 在渝签署);
participants' origins (:data:`PARTICIPANTS`: 来自天津、雄安新区以及北京等地的代表);
separate places of a sentence reporting a visit (:data:`VISIT`) when its strongest cue
is an exchange or general cooperation; guests listed before a verb of attending (:data:`ATTEND`: …、北京…董事长出席了交流会);
postings (:data:`POSTED`: 中国驻泰国大使); destinations of a trip (:data:`DESTINATION`:
赴马尔康授课, 到宁波参观交流) unless it is a trip to assist or sign; the places of a
clause of purpose when another clause names places (:data:`PURPOSE`: 为促进澳门与内地…
互通共融,…劳工局与广东省…签署了合作协议); a
place written just before a place inside it (四川省宜宾市: the specific one speaks for
both); a place and a place it contains (a city and its own province); partners listed
after a first-person or anaphoric subject (我校与A市…、B市…签订协议); with ``A与B、C``
the pairs are A–B and A–C, not B–C. Places are paired within a clause when a clause names
two or more; a clause joined by 并与/还与 pairs its place with the subject of the
clause before (宜宾市与泸州市共建…,并与重庆市永川区开展交流).

Groups take the strongest cue of their clause; separate places the strongest cue of the
sentence, in the order of :data:`MECHANISMS`.

Within one article, a school the text calls 学校/学院/我院 as a subject, in a sentence that
names no mainland place and pairs 中国 with a foreign partner, is placed by its own name
elsewhere in the article when that names one mainland place (临沂职业学院 → 临沂市–泰国
beside 中国–泰国; :func:`_own_school_pairs`, dev k20).

Within one article (:func:`collaborations`), a pair of a place with a province named as
a separate place (密云区职业学校与河北、内蒙古等四所职业学校签订…) is dropped when the
article pairs that place with a place inside the province (…与河北蔚县职业技术教育中心…):
the pair is written at the level the article names. A province whose own body acts
(四川省教育厅) and pairs named as a unit (川渝, a bloc, a programme) are kept. Likewise a
programme's fixed region gives way to a place inside it that the article pairs with the
same partner (山东省援疆… beside 喀什大学与山东交通学院…签署 → 山东省–喀什地区 only).

Also never paired (validation batch g): bodies listed as each speaking at a meeting
(:data:`_SPEAKERS_RE`: …、青海省教育厅领导分别讲话) as parties of the programme it
discusses; a bloc that is the beneficiary of a platform (为京津冀三地…交流合作搭建了平台);
the places of schools of one province-level unit named together in one alliance or
signing (:func:`_schools_of_one_province`: 虎尾科大与…新北高工、西螺农工、嘉义高工…签订策略
联盟, GUIDE [t]) - three or more places, each named only inside a school's name.

Generalisation rules (validation batch k, pages no rule had seen):

* co-objects are not partners of each other: places coordinated after a link word or a
  verb (:data:`CO_OBJECT`: …还分别与奉节县职教中心、彭水…职教中心签订; 签约建设泰国…鲁班工坊
  和马来西亚…鲁班工坊) are each the partner of the clause's subject;
* separate places pair only on a cue of their own statement - the part of the sentence
  between ；/。 that names them - and, when no clause names two of them, places of
  different statements are not taken together (guests listed before ；, a signing after);
* an aim or talks in the clauses that name them (:data:`AIM`: 洽谈合作, 强化台日交流) is not
  yet working together, for separate places as for groups;
* office names (国际合作处, 国际暨两岸交流处, 国际交流学院) are neither cues nor
  partnerships; a place right before a school name it locates (刚果(布)中国海外职业技术学院)
  is not a couple;
* a multi-place abbreviation or bloc in closing quotes still acts (“万达开云”4地).

Generalisation rules (validation batch n, pages no rule had seen):

* a place of the mainland working with a foreign place makes China and that country
  partners too (南宁职业技术学院与泰国佛统皇家大学…签订 → 南宁市–佛统府 and 中国–泰国;
  GUIDE 中德合作 → 中国–德国); Hong Kong, Macau and Taiwan with a foreign partner stay;
* a programme's partner inside another partner gives way (马达加斯加首都塔那那利佛的鲁班
  工坊: 中国–马达加斯加 once), and within an article a place's pair with a country gives
  way to its pair with a place inside that country (天津市–塔那那利佛, not also
  天津市–马达加斯加);
* a two-place abbreviation right after 与/和/同/对/向 is the partner of the place before it
  in its clause (珠海…与港澳开展…合作 → 珠海–香港, 珠海–澳门; not 香港–澳门); after the
  mainland (内地与港澳) it pairs with neither;
* a government body opening a statement assists the places listed right after an
  assistance verb in a later clause (上海市教委依托…,对口支援新疆、青海、西藏、云南等地…);
* an enumeration that leads (牵头, 发起) what its statement founds (an alliance, a joint
  body, an agreement) acts together (新疆…大学、塔吉克斯坦…大学等院校牵头,…共同参与成立).

Generalisation rules (validation batch o, pages no rule had seen):

* a place of a programme's country builds it only when named in the clause of the
  programme's cue (天津渤海职业技术学院在泰国建成…鲁班工坊起步,8年多的时间,北辰职业院校
  打造了…: 天津 builds it, not 北辰);
* within an article, the mainland's pair (两岸: 中国大陆–台湾省) gives way to a pair of a
  mainland place with the same partner or a place inside it (闽台…合作 → 福建省–台湾省)
  (:func:`_mainland_gives_way`);
* places inside quoted titles that 以…为核心/为主题 makes a topic (:data:`TOPIC`: 以「粤港澳
  职教协同发展」为核心展开对话) are what is talked about, not parties;
* two places joined by a dash at the head of a body's name (新加坡-中国经济文化发展中心,
  中国-老挝楚怡学院) are one name, not a couple silencing the sentence's other pairs;
* guests listed between an invitation and a verb of attending (:data:`INVITED`: 并邀得…
  Microsoft香港及澳门区总经理…、辽宁省政协委员…等嘉宾亲临出席) are not parties, even with
  a 与/和 among them;
* 援 right after 中国 links China with the place after it (中国援布基纳法索职业培训中心).

Generalisation rules (validation batch y, pages no rule had seen):

* the hosts who invite a trip, named together (:data:`INVITERS`: 应新加坡国立教育学院、
  马来西亚砂拉越科技大学和泰国博仁大学的邀请,校长…带队赴…), are not partners of each other;
* nor are the bodies someone calls together (邀集, 召集: co-objects, :data:`CO_OBJECT`).

Rules from one pass over every dev pair missed, sorted by cause:

* an occasion's host and its co-organisers are partners, pairwise, when the host has a
  place (由厦门市…主办,海沧区…承办; 主办城市成都, 协办城市广州、香港、澳门); an unplaced
  host (由教育部主办) pairs nothing;
* 协助 is an assistance cue and links its parties (…协助柬埔寨、老挝…培训), unless the
  helper is only context (在…协助下) or the ones helped are people (协助有意愿的青年到
  大湾区实习: validation batch b);
* an agreement named by its parties after one signing verb (签署了A与B、C…协议) pairs A
  with each of the others, instead of reading them as co-objects of 签署.

Across two sentences, two forms. A sentence with no place of its own whose subject is
the two parties (双方, 两校, 两地 …) doing something strong (an agreement, a joint
programme, an alliance, assistance) pairs the two places of the sentence before
(…香港东华学院代表团到访四川长江职业学院。随后两校签署了…协议。;
:func:`_pair_of_both_sides`). A counted group (九城市, 两地) stands for the places one of
the two sentences before lists when it lists exactly as many (validation batch y, dev
w16: …上海松江区、嘉兴市、…合肥市人力社保局局长…齐聚…。…会上,九城市…签订了相关合作协议):
as the subject of a strong act it pairs its members, as the partner after 与 it pairs the
place before it with each member (:func:`_counted_group_pairs`). The evidence of such
rows is the sentences from the list to the act.

Rules from validation batch b (pages no rule had seen), with a pass over the dev misses:

* partners listed in a clause that opens with a link word (先后与, 并与, 还分别与) pair with
  the one place of the clauses before in the same statement, when the act is strong
  (台湾昆山科技大学成立于1965年,先后与…北京科技大学、…海南大学等九所大学缔结姐妹校合约;
  :func:`_subject_before`); concluding a sister-school tie (缔结姐妹校) is an agreement;
* an occasion held in two or more cities at once (在北京和贵阳两地同时开幕) is held
  there: those places are venues (:data:`_TWIN_VENUE_RE`);
* with ``A、B与C、D``, two places of one city named on one side (舟山市普陀区、定海区与…) are
  one party's, not partners of each other; a name districts share (普陀区) counts as
  inside a city that holds one of its rows;
* 协助 followed by the people helped (协助有意愿的青年到大湾区实习) links no places;
* a local reporter's dateline (〔记者…/台北报导〕) is where the story was filed, not a party;
  when the sentence pairs nothing else, it is the home of a body named without a place
  that signs with one partner right after a link word (北科大近日与日本北九州市…签署 →
  台北市–北九州市; :func:`_reporter_home_pair`);
* the mainland (大陆, 内地) holds the mainland's places: 泉州…、厦门…等大陆职业学校和台湾
  相关院校 pairs 泉州 and 厦门 with Taiwan, not with the mainland or each other;
* a delegation signing at a host its sentence does not place pairs with the one place of
  whoever welcomes it in the next two sentences (…代表团…出席…联合办学签约仪式。嘉定区
  教育局…对远道而来的客人们表示热烈的欢迎。; :func:`_welcomed_delegation`).

Not done, on purpose: a first-person party (我校, 我市) is not resolved to a place (the
article's own place is often only in page furniture, which cleaning removes, and guessing
it from the places a text names would pair schools with their own visitors' cities).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from itertools import combinations

import pandas as pd

from ._automaton import Automaton
from ._parallel import concat_frames, doc_items, map_frames, python_strings
from ._regex import skipping
from .gazetteer import (
    PlaceMatch,
    _find_in_units,
    bloc_members,
    document_places,
    foreign_kind,
    lookup,
    lookup_all,
    partner_named,
)
from .paths import data_path
from .text import LATIN_WORD_RE, is_english, split_sentences

COLLABORATION_COLUMNS = ["doc_id", "sent_id", "a", "b", "mechanism", "evidence"]

#: The mechanism vocabulary, strongest first.
MECHANISMS = (
    "assistance",
    "agreement",
    "alliance",
    "community",
    "forum",
    "joint_programme",
    "exchange",
    "coordination",
)

_VENUE_RE = skipping(
    r"(?<![现正存所实])[在于]([^，。；！？、与和]{1,30}?)(?:隆重|正式|成功|顺利)?"
    r"(?:举行|举办|召开|开幕|闭幕|签署|签约|签订|启动|进行)"
)
_CLAUSE_RE = re.compile(r"[^，；：,;:]+")
_SUBJECT_RE = re.compile(
    r"(?:^|[，。；：“,;:])\s*(?:我|本|该|学校|我们)(?:校|院|市|区|县|省|所|单位|集团|中心|们)?"
    # (not 该联合体由…牵头, yw03: the body's name, not 该 + 联合)
    r"(?:还|也|将|已|先后|积极|主动|多次|分别|已经)*(?:与|和|同|联合(?![体会])|携手)"
)
_JOIN_RE = re.compile(r"\s*(?:并|还|也|同时|又)?(?:与|和|同)")
#: A clause opening with 该校/该县… and a verb of pairing or signing: the 该 refers back to
#: the one place of the previous clause (以乌恰县技工学校为例,该校对口常州技师学院和徐州技师
#: 学院, dev s05), which is the party of the places this clause names.
ANAPHOR_PARTY = (
    r"\s*该(?:校|院|所|县|市|区|州|中心)(?:还|也|将|已|先后|分别|已经)*"
    r"(?:与|和|同|对口|结对|帮扶|援建|签约|签订|签署|携手|联合)"
)
_ANAPHOR_PARTY_RE = re.compile(ANAPHOR_PARTY)
#: ``&`` between two names (四川财经职业学院&泰国格乐大学…签约仪式, dev ya01) is a 与, and so
#: is a middle dot after a body's name.
_CONNECTOR_RE = skipping(
    r"(?<![参给赋])与(?!会)|(?<![温总缓共])和(?![谐平美睦])|携手|联合(?!国)"
    r"|(?<=[\u4e00-\u9fff])[&＆](?=[\u4e00-\u9fff])"
    # a middle dot after a body's name (东莞市家庭服务业协会·松桃苗族自治县中等职业学校
    # 校企合作洽谈会, vw07)
    r"|(?<=[会校院局司厂])[·・](?=[\u4e00-\u9fff])"
)


@lru_cache(maxsize=1)
def _cues() -> dict[str, str]:
    """Cue → mechanism (``data/collaboration_cues.csv``)."""
    with data_path("collaboration_cues.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return {r["cue"]: r["mechanism"] for r in rows}


@lru_cache(maxsize=1)
def _programme_parties() -> dict[str, tuple[str, ...]]:
    """Programmes with a fixed party (``party`` column of ``data/collaboration_cues.csv``).

    内地新疆中职班 is hosted by named provinces for 新疆; a 鲁班工坊 is China's, built with
    a named partner country. ``party`` may list alternatives (新疆维吾尔自治区|西藏自治区
    for 内地中职班): the one the sentence names is the party.
    """
    with data_path("collaboration_cues.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return {r["cue"]: tuple(r["party"].split("|")) for r in rows if (r.get("party") or "").strip()}


def mechanism_of(sentence: str) -> str | None:
    """The strongest collaboration mechanism a sentence's cues name, or ``None``.

    Masking cues (校企合作, 产教融合 …, mechanism ``none``) hide the words they contain.

    Examples
    --------
    >>> mechanism_of("两市签署职业教育联盟合作协议。")
    'agreement'
    >>> mechanism_of("深化校企合作。") is None
    True
    """
    return _mechanism(sentence)


@lru_cache(maxsize=16384)
def _mechanism(sentence: str) -> str | None:
    """:func:`mechanism_of`, remembered per string (the same clause is asked for by
    several rules), from the cues :func:`_cue_spans` finds."""
    mech = _cues()
    found = {mech[sentence[i:j]] for i, j in _cue_spans(sentence)}
    found.discard("none")
    for m in MECHANISMS:
        if m in found:
            return m
    return None


def _cue_spans(sentence: str) -> list[tuple[int, int]]:
    """The cues of a sentence: the leftmost-longest, left to right, not overlapping."""
    return _cue_automaton().leftmost_longest(sentence)


@lru_cache(maxsize=1)
def _cue_automaton() -> Automaton:
    return Automaton(_cues())


#: Right after a bloc: its members are named as acting (京津冀三地, 长三角三省一市,
#: 黄河流域九省(区), 东北三省各地) - then, with a cue in the clause, the members pair up.
BLOC_ACTING = (
    r"[(（]?(?:[两二三四五六七八九十]+|[0-9]+)个?(?:地|省|市|方|省市|省区|省份|城市|城)"
    r"(?:[(（][区市][)）])?|[(（]?(?:三省一市|两省一市|一市两省|一市三省|各省|各地|各方|各城市|各省市|各省区)"
    r"|的?(?:职业院校|院校|高校|高职院校|中职学校|职业学校|学校|职校|教育部门|教育厅|教育行政部门|政府|城市)"
    r"|[^,，;；。:：、的]{0,10}?(?:联合|共同|携手)"
    r"|[^,，;；。:：、]{0,16}?联席会"
)
#: A bloc or multi-place abbreviation of more members than this, even named as acting
#: (黄河流域九省(区)…共同签署), is a multilateral platform: a bloc mention, not the
#: n(n-1)/2 pairs of its members.
MAX_ACTING_MEMBERS = 4
#: An aim or call in the clause before the cue (京津冀三地应进一步加强合作): not yet
#: working together.
AIM = (
    r"(?<![已得])强化(?=[^,，;；。]{0,8}(?:交流|合作|协作))|洽谈(?!会)|商谈|磋商|应当|应该|(?<![重主需只纲提])要(?![求素点闻])|需要|必须|希望|力争|争取|将进一步|进一步(?=加强|深化|推动|推进)"
    # a willingness (愿与英国院校、企业深化合作, zm09)
    r"|愿(?:意)?(?=[与同和跟])|愿意"
)
#: A demand or hope earlier in the same part of the sentence (他要求,…;要强化保障、合作共赢,
#: 在成渝教育协同发展中取得新成效; 希望透过是次访问,…深化粤港澳三地…融合发展): the
#: clauses after it are what is asked or hoped for, not done. (A purpose before the clause,
#: 为进一步推进…, does not make the clause an aim.)
#: A belief in what will come (我们相信,…合作一定会开鲜花结硕果,共谱川渝职业教育协同发展新篇章,
#: qq11) is an aim too.
DEMAND = (
    r"应当|应该|(?<![重主需只纲提])要(?![求素点闻])|必须|希望|期待|期盼|期望|相信|一定会|必将|定将"
)
#: Between two places, a word linking them as parties (与, 和, 携手, 帮扶, 对口 …; 援 right
#: after 中国 names China's aid to the place after it: 中国援布基纳法索职业培训中心, dev o08).
#: The words that join two parties (与, 和, 同), not where they belong to other words.
LINK_WORD = r"(?<![参给赋])与(?!会)|(?<![温总缓共])和(?![谐平美睦])|同(?=[^时样步期类等一])"
LINK = (
    LINK_WORD + r"|携手|联合(?!国)"
    r"|联手|牵手|对口|帮扶|支援|援建|援助|协助(?!下)(?![^,，;；。]{0,5}?(?:青年|学生|学员|居民|市民|人员|人士|毕业生))|结对|结成|(?<=中国)援"
)
#: After a list of places in its clause, a word naming them as acting together (``8地州``,
#: ``10地市`` count prefectures, they do not name places acting: dev w18).
JOINT = (
    r"共同|联合|携手|一起|一道|双方|三方|多方|两地|三地|四地|五地|[0-9]+地(?![州市区])|分别签|互派|互访"
    r"|两省|三省|两市|三市|两校|三校|两国|合作共建|共建|合建|合办"
)
#: Before the first place of an enumeration in its clause, a word making the places
#: objects (联合重庆、天津…, 覆盖A、B…), not parties acting together.
OBJECT_BEFORE = (
    r"联合|通过|包括|覆盖|面向|辐射|涵盖|来自|对接|服务|助力|支持|帮助|带动|赴|到|前往|在|于"
)
#: Before a place, ``来自`` makes it the origin of participants, not a party.
PARTICIPANTS = r"来自[^,，;；。:：]{0,64}?的"
#: Witnesses of a signing (在重庆市艾玲企业管理咨询有限公司和师生领导的见证下, …厂与…学校签订…;
#: yq01): the bodies that watch are not parties.
WITNESS = r"在[^,，;；。:：]{1,60}?的(?:共同)?见证下"
#: Quoted titles that 以…为主题/为核心 makes the topic of an event or a dialogue (以「职业教育
#: 创新实践」「粤港澳职教协同发展」为核心展开对话; 以“魅力中国、活力上海”为主题): the places
#: inside are what is talked about, not parties.
TOPIC = (
    r"以(?:[「“《『][^」”》』]{1,40}[」”》』][、和与及]?\s*)+为(?:核心|主题|题|重点|议题|中心|主线)"
)
#: After an enumeration, a verb of attending: the places are where guests come from or
#: are posted (原中国驻泰国大使、北京…公司董事长出席了交流会), not parties.
ATTEND = (
    r"出席|莅临|列席|见证|陪同|观摩"
    r"|参[加与]了?(?:本次|此次|这次)?(?:会议|活动|仪式|典礼|大会|座谈|论坛|交流会|研讨会|开幕式)"
)
#: Right before a place, a posting (驻泰国大使, 驻港部队): not a party.
POSTED = "驻"
#: Right before a bloc, a word making it the context the text serves (为配合国家粤港澳大湾区
#: 城市的教育合作, 服务长三角一体化) or the beneficiary of a platform (为京津冀三地职业教育
#: 交流合作搭建了平台): its members are not named as acting.
CONTEXT_BEFORE = (
    r"(?:服务|配合|助力|融入|对接|落实|围绕|聚焦|支撑|支持|赋能|推动|推进|促进|深化|加快|面向|(?<![作成认因])为)"
    r"(?:于|国家|好)?$"
)
#: Right after a two-place abbreviation, a word naming both places as one party (川渝两地
#: …的18所高职院校): then a cue anywhere in the sentence (联盟确立了…理事单位) pairs them.
GROUP_BOTH = r"两地|双方|两省|两市|两区|两国|两岸"
#: Right before a place, a trip to it (赴四川成都参加…座谈会, 赴马尔康授课, 希望近期到宁波
#: 参观交流): the destination, like a venue, is not a party.
DESTINATION = r"(?:赴|前往|来到|抵达|到访|走访|访问|莅临|(?<![达得])到)$"
#: A clause of purpose (为促进澳门与内地…互通共融, 劳工局与广东省…签署了合作协议): its
#: places are the aim of what the other clauses report, not parties.
PURPOSE = r"\s*为了?(?:促进|推动|推进|加强|深化|配合|落实|服务|助力|进一步|全面)"

_BLOC_ACTING_RE = re.compile(BLOC_ACTING)
#: Closing quotes or brackets right after a quoted name (“万达开云”4地, 「京津冀」三地).
_CLOSE_QUOTE_RE = re.compile(r"[”」』\"’》]?")
#: Right after an abbreviation of three or four places (粤港澳, 沪苏浙皖; not a bloc's
#: name), their shared field (推进粤港澳职业教育在…等方面的合作): the places themselves act.
#: Right after a multi-place abbreviation, a branch of one body that serves those places
#: (劳动力发展署高屏澎东分署, 中彰投分署): the places are its area, not members acting.
BRANCH = r"(?:分署|分局|分处|分中心|办事处|联络处)"
_BRANCH_RE = re.compile(BRANCH)
_GROUP_FIELD_RE = skipping(
    r"(?:两地|三地|四地)?(?:职业教育|职教|教育)(?![^,，;；。:：]{0,6}?(?:集团|联盟|园区|小组|论坛|会))"
)
_AIM_RE = skipping(AIM)
_DEMAND_RE = skipping(DEMAND)
_LINK_RE = skipping(LINK)
_JOINT_RE = skipping(JOINT)
_PARTICIPANTS_RE = skipping(PARTICIPANTS)
_WITNESS_RE = re.compile(WITNESS)
_TOPIC_RE = re.compile(TOPIC)
#: The ends of a route (连接昆明和万象的中老铁路, 往返…之间): places a line joins, not parties.
_ROUTE_RE = re.compile(r"(?:连接|连通|联通|贯通|往返)[^,，。;；]{2,24}?(?:的|之间)")
#: The topics of talks (双方就高等教育产业化、…、闽澳两地师生交流等方面进行了探讨): a group
#: named there is a subject discussed, not places acting together.
TALK_TOPIC = r"就[^,，;；。:：]{1,60}?进行了?(?:深入|深度|广泛|充分|热烈)?的?(?:探讨|研讨|商讨|磋商|座谈|沟通|交流)"
_TALK_TOPIC_RE = re.compile(TALK_TOPIC)
_OBJECT_BEFORE_RE = re.compile(OBJECT_BEFORE)
#: Before the first place of a list in its clause, a verb of travelling whose stops the
#: places are (7天跑了河内、胡志明市和同塔省三地; 前往成都、重庆两地考察): the stops of one
#: trip, not places acting together, whatever follows the list (三地, 和, 签约).
TRAVEL_BEFORE = r"赴|前往|来到|抵达|跑了|跑遍|走访了?|走遍|遍访|探访了?|寻访了?"
_TRAVEL_BEFORE_RE = re.compile(TRAVEL_BEFORE)
#: Before the first of the places of a clause, a link word or a verb whose objects they
#: are (…还分别与奉节县职教中心、彭水…职教中心签订协议; 学校签约建设泰国…鲁班工坊和马来西亚
#: …鲁班工坊): the places coordinated after it are co-objects - each a partner of the
#: clause's subject, not partners of each other; so are those a body calls together
#: (国际司…邀集国立台北科技大学、…国立屏东科技大学…等单位代表与访宾进行讨论交流, dev y15).
CO_OBJECT = (
    r"(?<![参给赋])与(?!会)|(?<![温总缓共])和(?![谐平美睦])"
    r"|签约|签署|签订|建设|建立|设立|组建|考察|访问|参观|走访|拜访|邀集|召集"
)
_CO_OBJECT_RE = re.compile(CO_OBJECT)
#: Right before the first of the places of a clause, a verb of pairing or assisting
#: (该校对口常州技师学院和徐州技师学院, dev s05; 帮扶A、B两县): the places after it are
#: co-objects too. Only right before them: a 对口 earlier in the clause is usually a noun
#: (对口支援促共享 合作交流促共赢—— 上海嘉定与云南楚雄签订…, dev s06).
PAIRING_VERB_BEFORE = r"(?:对口|结对|帮扶|援建)(?:支援|帮扶)?(?:了|于)?\s*$"
_PAIRING_VERB_BEFORE_RE = re.compile(PAIRING_VERB_BEFORE)
_ATTEND_RE = re.compile(ATTEND)
#: Before a list of people, an invitation (邀请, 邀得, 特邀): with a verb of attending
#: after the list in the same statement (…等嘉宾亲临出席), its places are where the guests
#: come from or work, not parties - also when a 与/和 stands among them.
INVITED = r"邀请|邀得|特邀|应邀"
_INVITED_RE = re.compile(INVITED)


#: Who invites a trip or visit (应新加坡国立教育学院、马来西亚砂拉越科技大学和泰国博仁大学
#: 的邀请,校长…带队赴…): its hosts, named together, are not partners of each other
#: (validation batch y, dev y14).
INVITERS = (
    r"(?<![响适供对反相])应(?!邀)(?P<who>[^。;；!?！？]{2,80}?)(?:的|之)?(?:邀请|邀约|之邀|所邀)"
)
_INVITERS_RE = re.compile(INVITERS)


def _inviters(sentence: str) -> list[tuple[int, int]]:
    """The spans naming who invites (:data:`INVITERS`) in ``sentence``."""
    return [(m.start("who"), m.end("who")) for m in _INVITERS_RE.finditer(sentence)]


def _invited_guests(sentence: str, first: int, last: int) -> bool:
    """The places from ``first`` to ``last`` are those of guests: an invitation stands
    before them and a verb of attending after them, in the same statement (between ；/。)
    (香港明爱…举行…启航礼暨合作伙伴备忘签署…,并邀得中央人民政府驻香港…张震先生、Microsoft
    香港及澳门区总经理…、辽宁省政协委员…、和记电讯香港控股有限公司…,以及伍杏修先生等嘉宾
    亲临出席: no pair among 香港, 澳门 and 辽宁; dev m18)."""
    lo = max((m.end() for m in _SEGMENT_END_RE.finditer(sentence, 0, first)), default=0)
    hi = next((m.start() for m in _SEGMENT_END_RE.finditer(sentence, last)), len(sentence))
    inv = [m for m in _INVITED_RE.finditer(sentence, lo, first)]
    att = _ATTEND_RE.search(sentence, last, hi)
    # nothing done between the invitation and the guests, nor between them and their
    # attending (…邀请…广西…与泰国…签署协议,…出席 stays a signing)
    return bool(
        inv
        and att
        and mechanism_of(sentence[inv[-1].end() : first]) is None
        and mechanism_of(sentence[last : att.start()]) is None
    )


#: After a list of bodies, each of them speaking (…、青海省教育厅领导分别讲话): speakers.
_SPEAKERS_RE = re.compile(r"分别(?:讲话|致辞|发言)")
_CONTEXT_BEFORE_RE = skipping(CONTEXT_BEFORE)
_GROUP_BOTH_RE = re.compile(GROUP_BOTH)
_DESTINATION_RE = skipping(DESTINATION)
#: After a destination, the work done there that makes it a partner: assistance or a
#: signing (not a visit, a study trip or an exchange: 到深圳及东莞的…学校交流学习).
TRIP = (
    r"[^,，;；。:：]{0,16}?(?:帮扶|支教|援建|对口支援|支援|结对|签约|签署|签订)"
    # …一行到宁夏…学校指导工作,并签订新一轮对口合作协议: the visit's own signing (zp05)
    r"|[^,，;；。:：]{0,16}?[,，](?:双方)?[并还](?:与[^,，;；。:：]{0,12}?)?(?:签约|签署|签订)"
)
_TRIP_RE = re.compile(TRIP)
_PURPOSE_RE = re.compile(PURPOSE)
_SEGMENT_END_RE = re.compile(r"[；;。！？!?]")
#: Right after a place, its government or one of its departments: the place acts itself.
_GOVERNMENT_RE = skipping(
    r"(?:省|市|区|县|自治区)?(?:人民政府|政府|教育厅|教育委员会|教委|教育局|人社厅|人力资源和社会保障厅"
    r"|发展改革委|发改委|商务厅|党委|委员会|办公厅)"
)
#: Two or more venues of one occasion held at once (2022中国—东盟教育交流周在北京和贵阳
#: 两地同时开幕; validation batch b): the places where it is held, not parties.
#: 在/于 and a list of places (group 1) - the sites of what the verb after it does.
AT_PLACE_LIST = (
    r"(?<![现正存所实])[在于]([^，。；！？,;]{1,30}?(?:和|与|及|、)[^，。；！？,;]{1,20}?)"
)
_TWIN_VENUE_RE = skipping(
    AT_PLACE_LIST + r"(?:(?:两地|两市|三地|四地|等地)(?:同时|同步|分别)?|同时|同步|分别)"
    r"(?:隆重|正式|成功|顺利)?(?:举行|举办|召开|开幕|闭幕|启动|开班|开赛)"
)
#: Places where one body sets up its bases (在北京、上海、哈尔滨三地还建立…接收基地; yx09):
#: the sites of its bases, not partners of each other (共同建立 stays a joint act).
_BASE_SITES_RE = skipping(
    AT_PLACE_LIST
    + r"(?:两地|三地|四地|五地|等地)(?:还|也|均|都|分别|各)?(?:建立|设立|开设|建成|设有)"
)
#: The venue of a meeting (全国对口援疆工作会议在北京召开): not a party of a programme
#: (the hosts of a class are: 在天津…举办内地新疆中职班).
_MEETING_VENUE_RE = skipping(
    r"(?<![现正存所实])[在于]([^，。；！？、与和,;]{1,30}?)(?:隆重|正式|成功|顺利)?(?:举行|召开|开幕|闭幕)"
)
#: A visit by a delegation (考察, 访问, 参访 …): with nothing stronger than an exchange
#: (联谊、学术交流) or general cooperation, its visitors and hosts are separate places
#: that are not paired - visitors at an event without an agreement or joint action
#: (validation/GUIDE.md). Abbreviations, blocs and programmes are not affected.
VISIT = r"考察|访问|参访|到访|来访|拜访|拜会|造访"
_VISIT_RE = re.compile(VISIT)
#: The head nouns that end a body's name (中德职教合作示范基地, 中国-老挝楚怡学院).
NAME_HEADS = r"示范基地|基地|学校|学院|大学|学堂|中心|工坊|研究院|研究所|园区"
#: Right after a destination, the name of the body visited there (韶关市中等职业技术学校).
_HOST_NAME_RE = re.compile(rf"[\u4e00-\u9fff]{{0,12}}?(?:{NAME_HEADS})")
#: The mainland as one party (两岸, 大陆, 内地): the gazetteer's 中国大陆.
MAINLAND = "中国大陆"
_COUPLE_SEP_RE = re.compile(r"\s?[-－—–·•・]{1,2}\s?")
#: After two places joined by a dash, the rest of a body's name and its head noun
#: (新加坡-中国经济文化发展中心, 中国-老挝楚怡学院): the couple is that body's name.
_DASH_NAME_RE = re.compile(rf"[\u4e00-\u9fff]{{0,12}}?(?:{NAME_HEADS})")
#: A bloc pairs as one unit with its 与/和 partner when the two are the subject of a
#: verb right after them (长三角与成渝签署…, 京津冀和长三角两地共同…) …
_UNIT_VERB_RE = re.compile(
    r"[^,，;；。:：]{0,6}?(?:签署|签订|签约|共建|共同|联合|携手|合作|开展|建立|达成|结成|结对)"
)
#: … and not the object of a founding before them (成立长江经济带和成渝…联盟: one name).
_UNIT_OBJECT_RE = re.compile(r"(?:成立|组建|建立|共建|建设|打造|筹建)[^,，;；。:：]{0,4}$")
_ENUM_GAP_RE = re.compile(r"[^,，;；。:：与和及]*、[^,，;；。:：与和及]*|[、和及与]|以及")


def _enumeration_acts(sentence: str, g: list, clause: tuple[int, int]) -> bool:
    """Places enumerated with 、 as the subject of a cue after them (哈尔滨市、呼和浩特市、
    黑河市…现场签署合作协议): they act together."""
    cs, ce = clause
    if not all(cs <= u[0] < ce for u in g):
        return False
    gaps = [sentence[u[1] : v[0]] for u, v in zip(g, g[1:]) if v[0] >= u[1]]
    if not gaps or not all(gap == "" or _ENUM_GAP_RE.fullmatch(gap) for gap in gaps):
        return False
    if _OBJECT_BEFORE_RE.search(sentence, cs, g[0][0]):
        return False
    if _ATTEND_RE.search(sentence, g[-1][1], ce):
        return False  # …、北京…董事长出席了交流会: guests, not parties
    if mechanism_of(sentence[g[-1][1] : ce]) is not None:
        # 协调北京、浙江等15省份44所技工院校对口帮扶“三区三州”…: the places are the
        # helpers of an assistance verb with an object of its own, not partners of each other
        return not _HELPERS_RE.search(sentence, g[-1][1], ce)
    # …,新疆农业职业技术大学、塔吉克斯坦农业大学等院校牵头,70多家…共同参与成立: the
    # enumeration leads what its statement founds (an alliance, a joint body, an agreement)
    if _LEAD_RE.search(sentence, g[-1][1], ce):
        lo = max((m.end() for m in _SEGMENT_END_RE.finditer(sentence, 0, cs)), default=0)
        hi = next((m.start() for m in _SEGMENT_END_RE.finditer(sentence, ce)), len(sentence))
        return mechanism_of(sentence[lo:hi]) in _LEAD_MECHANISMS
    return False


#: After an enumeration, an assistance verb followed by its own object (…等15省份44所技工
#: 院校对口帮扶“三区三州”等深度贫困地区…): the enumerated places are the helpers, each of
#: them assisting that object, not working with each other (dev w18).
_HELPERS_RE = re.compile(
    r"(?:对口支援|对口帮扶|对口援助|结对帮扶|帮扶|支援|援建|援助)(?!工作|协议|关系|机制|项目|任务|活动)"
    r"(?=[“\"「《]|[\u4e00-\u9fff])"
)
#: At the end of an enumeration's clause, the places lead or initiate together
#: (…等院校牵头, …共同发起).
_LEAD_RE = re.compile(r"(?:共同|联合)?(?:牵头|发起)(?:单位)?$")
_LEAD_MECHANISMS = ("agreement", "alliance", "community", "joint_programme")
_PARTNER_RE_CACHE: dict[str, re.Pattern[str]] = {}


# a two-place abbreviation that begins a name: the rest of the name, then its head noun
# (中德职教合作示范基地, 中葡职业技术学校, 国际暨两岸交流处 - an office; 川渝产教联合体 is
# not: 联合体 acts)
_IN_NAME_RE = skipping(
    # … or a route named after them (中老铁路, 中欧班列; validation ii06)
    rf"[\u4e00-\u9fff]{{0,12}}?(?:{NAME_HEADS}|交流处|合作处|事务处|办公室|事务办|铁路|公路|班列|航线|经济走廊)"
    r"(?![\u4e00-\u9fff]{0,2}(?:签|共建|成立|揭牌|合作))"
)


@lru_cache(maxsize=1)
def _country_pairs() -> tuple[re.Pattern[str] | None, dict[str, tuple[str, ...]]]:
    """中德, 中俄 … (``data/country_pairs.csv``): China and a partner country."""
    with data_path("country_pairs.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    members = {r["mention"]: tuple(r["members"].split("|")) for r in rows}
    if not members:
        return None, {}
    alts = "|".join(re.escape(m) for m in sorted(members, key=lambda m: (-len(m), m)))
    # not inside a word (高中德育, 集中俄语): the mention starts a name or follows a break
    # (the look-ahead on the mentions' first characters lets the engine skip every
    # other position at once; the matches are unchanged)
    first = "".join(sorted({re.escape(m[0]) for m in members}))
    pattern = re.compile(
        rf"(?=[{first}])(?<![高初集其期空途心居央华正省市县区平舞阳站灶柜讲烟后前])(?:{alts})"
        r"(?=[职教合两双联友建交企学院经论鲁产人政(（青高班项国技“科贸])"
    )
    return pattern, members


@lru_cache(maxsize=1)
def _bloc_names() -> dict[str, str]:
    """Every name and alias of a bloc → its canonical name (from ``data/blocs.csv``)."""
    with data_path("blocs.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    out: dict[str, str] = {}
    for r in rows:
        for n in [r["bloc"], *(a for a in r["aliases"].split("|") if a)]:
            out[n] = r["bloc"]
    return out


def _bloc_for(mention: str) -> str | None:
    """The bloc whose name starts with an abbreviation (成渝 → 成渝地区双城经济圈)."""
    names = _bloc_names()
    hits = sorted({b for n, b in names.items() if n.startswith(mention)})
    return hits[0] if len(hits) == 1 else None


#: Blocs listed as places but never a party of a pair: continents (GUIDE [n]: 非洲 is
#: listed "without a pair", n01, g06, o08).
NO_PARTY = frozenset({"非洲"})


def _units(sentence: str, matches: list[PlaceMatch]) -> list[tuple[int, int, tuple[str, ...], str]]:
    """Group matches by span: (start, end, place names, kind) with kind ``bloc``,
    ``group`` (an abbreviation naming several places) or ``single``."""
    spans: dict[tuple[int, int], list[PlaceMatch]] = {}
    for m in matches:
        spans.setdefault((m.start, m.end), []).append(m)
    out = []
    for (s, e), ms in sorted(spans.items()):
        if ms[0].level == "bloc" and ms[0].name in NO_PARTY:
            continue  # 中国与非洲国家合作: a continent is listed as a place, never paired
        if ms[0].level == "bloc":
            out.append((s, e, (ms[0].name,), "bloc"))
        elif len(ms) > 1:
            out.append((s, e, tuple(m.name for m in ms), "group"))
        else:
            out.append((s, e, (ms[0].name,), "single"))
    pattern, members = _country_pairs()
    if pattern is not None:
        taken = [(s, e) for s, e, _, _ in out]
        for m in pattern.finditer(sentence):
            names = _partner_named(members[m.group(0)], m.group(0), matches)
            if all(lookup(n) is not None for n in names) and not any(
                s < m.end() and m.start() < e for s, e in taken
            ):
                out.append((m.start(), m.end(), names, "group"))
        out.sort()
    return out


def _partner_named(
    names: tuple[str, ...], mention: str, matches: list[PlaceMatch]
) -> tuple[str, ...]:
    """The members of a China-and-partner abbreviation, its partner read in the sentence
    (:func:`vocstudy.gazetteer.partner_named` over the countries the sentence names)."""
    return partner_named(
        mention, names, (p.name for p in matches if foreign_kind(p.name) == "country")
    )


#: Right before a two-place abbreviation, a link word or 对/向 making it the partner or
#: the object of the place before it (珠海…与港澳开展…合作, 对港澳扩大开放).
_GROUP_AS_PARTNER_RE = re.compile(r"(?:(?<![参给赋])与|(?<![温总缓共])和|同|对|向|面向)$")


def _partner_before_group(
    sentence: str, units: list[tuple[int, int, tuple[str, ...], str]], i: int, cs: int
) -> str | None:
    """The place a two-place abbreviation is the partner of: the nearest single place before
    it in its clause when a link word (与, 和, 同) or 对/向 stands right before the
    abbreviation (珠海在…等方面与港澳开展了良好的合作关系 → 珠海's partners are 香港 and
    澳门). ``None`` when there is no such place (推动两岸交流; 川渝携手)."""
    s = units[i][0]
    if not _GROUP_AS_PARTNER_RE.search(sentence, cs, s):
        return None
    for u in reversed(units[:i]):
        if u[0] < cs:
            break
        if u[3] == "single" and not any(
            _contains(u[2][0], n) or _contains(n, u[2][0]) for n in units[i][2]
        ):
            return u[2][0]
    return None


#: Verbs of assistance whose objects are the places written right after them.
ASSIST_VERBS = r"对口支援|对口帮扶|对口援助|对口协作|帮扶|支援|援助|援建"
_ASSIST_VERB_RE = re.compile(ASSIST_VERBS)


def _assisted_after_group(
    sentence: str, units: list[tuple[int, int, tuple[str, ...], str]], i: int, ce: int
) -> str | None:
    """The place a two-place abbreviation assists: the most specific single place named
    after an assistance verb later in its clause (京津…7所院校对口帮扶新疆和田职业技术学院 →
    和田; vt04): the abbreviation's places are co-donors, each the partner of that place,
    not of each other. ``None`` when no such verb and place follow."""
    e = units[i][1]
    m = _ASSIST_VERB_RE.search(sentence, e, ce)
    if m is None:
        return None
    # the verb's object: places written right after it (新疆和田), not a venue further on
    # (“粤黔协作”帮扶促就业现场对接活动在毕节…举行)
    after: list[str] = []
    k = m.end()
    for u in units[i + 1 :]:
        if u[3] != "single" or u[0] != k or u[0] >= ce:
            break
        after.append(u[2][0])
        k = u[1]
    after = [n for n in after if not any(_contains(n, o) for o in after)]  # 新疆和田: 和田
    return after[0] if after else None


#: Right before the first place of a clause, an assistance verb whose objects the places
#: are (…,对口支援新疆、青海、西藏、云南等地的职业教育).
_ASSIST_OBJECTS_RE = re.compile(f"(?:{ASSIST_VERBS})(?:了)?$")


def _assisted_objects(
    sentence: str, singles: list[tuple[int, int, str]], clauses: list[tuple[int, int]], add
) -> None:
    """A government body opening the statement assists the places listed right after an
    assistance verb in a later clause (上海市教委依托…职教联盟…,…,对口支援新疆、青海、西藏、
    云南等地的职业教育 → 上海市 with each): the body is the subject, the places its
    objects. Only when the statement's first place is followed by its government or a
    department (上海市教委, 江苏省教育厅) and nothing in the statement is an aim."""
    for cs, ce in clauses:
        objects = [u for u in singles if cs <= u[0] < ce]
        if not objects or not _ASSIST_OBJECTS_RE.search(sentence, cs, objects[0][0]):
            continue
        lo = max((m.end() for m in _SEGMENT_END_RE.finditer(sentence, 0, cs)), default=0)
        subject = next((u for u in singles if lo <= u[0] < cs), None)
        if subject is None or not _GOVERNMENT_RE.match(sentence, subject[1]):
            continue
        if sentence[lo : subject[0]].strip(' \u3000“"') or _AIM_RE.search(sentence, lo, ce):
            continue  # the body must open the statement; an aim is not assistance given
        for u in objects:
            add(subject[2], u[2], "assistance")


#: The verb after a list of couples (A与B、C和D…分别签订了…协议).
_PAIRED_LIST_END_RE = re.compile(r"分别(?:签订|签署|签约|结对|结成|缔结|建立)")
_PAIR_LINK_RE = skipping(LINK_WORD)
#: Where the list before 分别… starts: after the last punctuation mark before it.
_LIST_START_RE = re.compile(r"[,，;；:：。！？]")


def _paired_list(
    sentence: str, singles: list[tuple[int, int, str]], spans: list[tuple[int, int]]
) -> list[tuple[tuple[int, int, str], tuple[int, int, str]]]:
    """Couples of a list whose every item joins two parties, closed by 分别 and a verb of
    agreeing (南京科技职业学院与青海建筑职业技术学院、武汉铁路职业技术学院和青海交通职业技术
    学院、青岛职业技术学院与西宁城市职业技术学院…分别签订了…协议 → 南京–青海, 武汉–青海,
    青岛–西宁): each item's places pair across its link word, not with the other items.
    Empty when an item has no link word, or several (A与B、C、D…分别签订: one party
    with several, left to the other rules)."""

    def inside(k: int) -> bool:  # within a place's name
        return any(s <= k < e for s, e in spans)

    out = []
    for m in _PAIRED_LIST_END_RE.finditer(sentence):
        lo = max((x.end() for x in _LIST_START_RE.finditer(sentence, 0, m.start())), default=0)
        cuts = [k for k in range(lo, m.start()) if sentence[k] == "、" and not inside(k)]
        if not cuts:
            continue
        items = list(zip([lo, *[k + 1 for k in cuts]], [*cuts, m.start()]))
        couples = []
        for a, b in items:
            links = [
                x.start() for x in _PAIR_LINK_RE.finditer(sentence, a, b) if not inside(x.start())
            ]
            if len(links) != 1:
                break
            k = links[0]
            left = [u for u in singles if a <= u[0] and u[1] <= k]
            right = [u for u in singles if k < u[0] and u[1] <= b]
            if not left or not right:
                break
            couples += [(u, v) for u in left for v in right]
        else:
            out += couples
    return out


@lru_cache(maxsize=65536)
def _contains(outer: str, inner: str) -> bool:
    """Whether ``inner`` lies inside ``outer``; for a name districts share (普陀区 of 上海市
    and of 舟山市) any of its rows counts inside a city: 舟山市普陀区 is not a partner of
    舟山市 (validation batch b, dev b12). A province holds only the first row (泰山区 of
    泰安市 stays a partner of 台湾省, which has a 泰山区 too)."""
    if outer == inner:
        return False
    if outer == MAINLAND:  # 泉州…、厦门…等大陆职业学校: the mainland holds its places
        return _is_mainland(inner)
    po = lookup(outer)
    if po is None:
        return False
    rows = lookup_all(inner) if po.level in ("city", "district") else lookup_all(inner)[:1]
    return any(po.contains(pi) for pi in rows)


def _chain_contains(outer: str, inner: str) -> bool:
    """In a chain of two places written together, whether the first holds the second: as
    the gazetteer knows it, or a foreign first-level division followed by a city of the
    same country, whose divisions the gazetteer does not record (越南平定省归仁市:
    validation batch l, dev g14)."""
    if _contains(outer, inner):
        return True
    po, pi = lookup(outer), lookup(inner)
    return (
        po is not None
        and pi is not None
        and po.province == pi.province
        and foreign_kind(outer) == "division"
        and foreign_kind(inner) == "city"
    )


#: A count of places right after a group's name (川渝4地, 川渝四地).
_GROUP_COUNT_RE = re.compile(
    r"(?P<n>十[一二]?|[两二三四五六七八九]|1[0-2]|[2-9])个?(?:地|市|县|区|城|区县|市县)"
)


def _more_places_counted(sentence: str, after: int, members: int) -> bool:
    """Whether the count right after a group's name is larger than its members: the
    places counted lie inside them and are the parties, not the group's members
    (川渝4地签订合作协议 - 万州、达州、开州、云阳, not 四川省–重庆市; validation batch l,
    dev k05)."""
    m = _GROUP_COUNT_RE.match(sentence, after)
    if m is None:
        return False
    n = m.group("n")
    return (_NUMBER[n] if n in _NUMBER else int(n)) > members


def _linked(sentence: str, a_end: int, b_start: int, spans: list[tuple[int, int]]) -> bool:
    """A linking word (与, 帮扶 …) stands between two places, outside place names; or
    the second place is the object of 对 and assistance follows (福建省对宁夏回族自治区
    开展对口帮扶, 天津市对甘肃省的职业教育东西协作)."""
    if any(
        not any(s <= m.start() < e for s, e in spans)
        for m in _LINK_RE.finditer(sentence, a_end, b_start)
    ):
        return True
    if sentence[a_end:b_start].endswith("对"):
        end = next((m.start() for m in re.finditer(r"[,，;；。:：]", sentence[b_start:])), None)
        tail = sentence[b_start : b_start + end] if end is not None else sentence[b_start:]
        return mechanism_of(tail) == "assistance"
    return False


def _programme_pairs(
    sentence: str,
    units: list[tuple[int, int, tuple[str, ...], str]],
    participants: list[tuple[int, int]],
    add,
) -> tuple[list[tuple[int, int]], set[str]]:
    """A programme with a fixed party (内地新疆中职班, 鲁班工坊) pairs that party with each
    other place the sentence names: the hosts (在天津、辽宁、上海等9个东中部省(市)…举办
    内地新疆中职班 → 天津–新疆 …), or the partner countries (泰国、印尼…等25个国家建成27所
    鲁班工坊 → 中国–泰国 …; places inside the party, such as 天津 for 中国, are left out by
    :func:`_contains`). Places inside the programme's name (内地) and participants' origins
    are not parties.

    Returns the spans of the programmes found and the names of their fixed parties.
    """
    parties = _programme_parties()
    spans: list[tuple[int, int]] = []
    fixed: set[str] = set()
    if not parties or not any(cue in sentence for cue in parties):
        return spans, fixed
    mech = _cues()
    named = {n for _, _, names, _ in units for n in names}
    for ms, me in _cue_spans(sentence):
        cue = sentence[ms:me]
        alts = parties.get(cue)
        if not alts:
            continue
        party = alts if len(alts) == 1 else tuple(a for a in alts if a in named)
        if len(party) != 1 or lookup(party[0]) is None:
            continue
        spans.append((ms, me))
        fixed.add(party[0])
        partners, members = [], []
        # the clause of the cue: a place of the party's country builds the programme only
        # when named there (天津渤海职业技术学院在泰国建成…鲁班工坊起步,8年多的时间,北辰
        # 职业院校打造了…: 天津 builds it, 北辰 is a later clause's subject; dev o01)
        cue_clause = [
            (c.start(), c.end()) for c in _CLAUSE_RE.finditer(sentence) if c.start() <= ms < c.end()
        ]
        # the statement of the cue (up to ；/。): 如天津社以尼日利亚鲁班工坊建设为媒介…；山东社
        # 推动…与韩国…签署: the partners after ； are another subject's, not 天津's
        seg_start = max((m.end() for m in _SEGMENT_END_RE.finditer(sentence, 0, ms)), default=0)
        seg_end = next((m.start() for m in _SEGMENT_END_RE.finditer(sentence, me)), len(sentence))
        for s, e, names, kind in units:
            if kind == "bloc" or ms <= s < me or not seg_start <= s < seg_end:
                continue
            if any(ps <= s and e <= pe for ps, pe in participants):
                continue
            for n in names:
                if n == MAINLAND or n == party[0]:
                    continue
                if not _contains(party[0], n):
                    partners.append(n)
                elif any(cs <= s < ce for cs, ce in cue_clause):
                    members.append(n)
        # 马达加斯加首都塔那那利佛的鲁班工坊: the country is the partner; a place inside
        # another partner named beside it speaks for neither side twice
        partners = [n for n in partners if not any(_contains(o, n) for o in partners)]
        for n in partners:
            add(party[0], n, mech[cue])
        # 天津已在哈萨克斯坦、…等8个上合组织国家建设10个鲁班工坊: a place of the party's
        # country that builds the programme (named in the cue's clause) pairs with the
        # partner countries too
        if lookup(party[0]).level == "country":
            for a in members:
                for b in partners:
                    add(a, b, mech[cue])
    return spans, fixed


def _pairs(sentence: str, matches: list[PlaceMatch]) -> dict[tuple[str, str], str]:
    """Pairs with their mechanism (rules in the module docstring)."""
    return _pairs_and_units(sentence, matches)[0]


#: A wire or news-site dateline (中评社北京10月15日电, 中新网天津5月24日电, 新华社澳门3月25日电):
#: the place is where the news was filed (validation batch l, dev d18).
#: A reporter's dateline (〔记者林晓云/台北报导〕, (中央社记者程启峰高雄九日电)): where the
#: story was filed, not a party (validation batch b, dev s11).
_REPORTER_DATELINE_RE = re.compile(
    r"[〔【\[(（]\s*(?:[^〕】\])）/／]{0,12}?记者[^〕】\])）/／]{0,8}?)(?:[/／]|(?<=[\u4e00-\u9fff]))"
    r"([\u4e00-\u9fff]{2,4}?)(?:[0-9０-９一二三四五六七八九十]{0,3}日?(?:专?电|報導|报导|报道|報道))"
)
_WIRE_DATELINE_RE = re.compile(
    r"(?:社|网|網|台|报|報)\s?([\u4e00-\u9fff]{2,8}?)"  # also 中新社 阿斯塔纳12月14日电 (zf02)
    r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日"
    r"(?:专?电|專?電|讯|訊)"
)


#: The link word right before a signing body's partner (北科大近日与日本北九州市…签署).
_PARTNER_LINK_RE = re.compile(r"(?<![参给赋])与(?!会)|跟|(?<![温总缓共])和|同(?=[^时样步期类等一])")


def _reporter_home_pair(
    sentence: str, matches: list[PlaceMatch], filed: list[PlaceMatch]
) -> tuple[str, str, str] | None:
    """A local reporter's dateline as the home of a body the sentence names without a
    place (〔记者王良博/台北报导〕北科大近日与日本北九州市,签署产学合作协议 → 台北市–
    北九州市; validation dev g10, batch b): when the sentence pairs nothing else, names
    one partner place besides those holding the dateline's place (台湾), right after a
    link word in its clause, and what they do is strong (an agreement, a joint programme,
    an alliance, assistance)."""
    if len({m.name for m in filed}) != 1:
        return None
    home = filed[0].name
    others = [
        m
        for m in matches
        if m.level != "bloc" and m.name != MAINLAND and not _contains(m.name, home)
    ]
    names = {m.name for m in others}
    names = {n for n in names if not any(_contains(n, o) for o in names)}
    if len(names) != 1:
        return None
    partner = names.pop()
    if partner == home or _contains(home, partner):
        return None
    first = min(m.start for m in others)
    cs = max((c.end() for c in _LIST_START_RE.finditer(sentence, 0, first)), default=0)
    link = list(_PARTNER_LINK_RE.finditer(sentence[cs:first]))
    if not link or sentence[cs + link[-1].end() : first].strip(" 、"):
        return None  # the partner is not right after a link word (与日本北九州市)
    end = next((m.start() for m in _SEGMENT_END_RE.finditer(sentence, first)), len(sentence))
    mech = mechanism_of(sentence[cs:end])
    if mech not in _SUBJECT_MECHANISMS or _AIM_RE.search(sentence, cs, end):
        return None
    a, b = sorted((home, partner))
    return a, b, mech


def _pairs_and_units(
    sentence: str, matches: list[PlaceMatch]
) -> tuple[dict[tuple[str, str], str], set[tuple[str, str]]]:
    """Pairs with their mechanism, and the pairs named as a unit (an abbreviation such as
    川渝, a bloc, a programme) rather than as two separate places.

    A programme's party gives way to a place inside it that the sentence pairs with the
    same partner (江苏省与伊犁州签署援疆协议: 江苏省–伊犁哈萨克自治州, not also
    江苏省–新疆维吾尔自治区): the specific place speaks for both. A country stays a party
    (中国 of a 鲁班工坊 beside the Chinese place that builds it).
    """
    wires = [(m.start(1), m.end(1)) for m in _WIRE_DATELINE_RE.finditer(sentence)]
    reporter = [(m.start(1), m.end(1)) for m in _REPORTER_DATELINE_RE.finditer(sentence)]
    filed = [m for m in matches if any(s <= m.start and m.end <= e for s, e in wires + reporter)]
    if filed:  # 中评社北京10月15日电, 〔记者…/台北报导〕: where the news was filed, not a party
        matches = [m for m in matches if m not in filed]
    matches = _party_matches(sentence, matches)
    found, as_units = _pairs_raw(sentence, matches)
    if not found and reporter:
        home = _reporter_home_pair(
            sentence,
            matches,
            [m for m in filed if any(s <= m.start and m.end <= e for s, e in reporter)],
        )
        if home is not None:
            found[home[:2]] = home[2]
    fixed = {p for cue, ps in _programme_parties().items() if cue in sentence for p in ps}
    for f in fixed:
        if (lookup(f) is None) or lookup(f).level == "country":
            continue  # 中国 stays a party beside 天津 (鲁班工坊; dev gold d07: 中国 and 贵州)
        for key in [k for k in found if f in k]:
            other = key[1] if key[0] == f else key[0]
            if any(other in k and _contains(f, k[1] if k[0] == other else k[0]) for k in found):
                del found[key]
                as_units.discard(key)
    if found:
        _add_china(found, as_units)
    return found, as_units


def _party_matches(sentence: str, matches: list[PlaceMatch]) -> list[PlaceMatch]:
    """The place mentions that can be parties. 中国 written straight before a place of the
    mainland qualifies it (中国江苏省人民政府): the party is that place, not China beside it
    (zz05; not 中国(广西)—东盟, a bilateral name, dev oo04). A two-country abbreviation
    that begins a body's name (天津中德应用技术大学) names the body, not a partnership
    (GUIDE [t]; za09)."""
    abbreviations = _country_pairs()[1]
    out = []
    for k, m in enumerate(matches):
        if m.name == "中国" and k + 1 < len(matches):
            nxt = matches[k + 1]
            if nxt.start == m.end and _is_mainland(nxt.name):
                continue
        if m.mention in abbreviations and _IN_NAME_RE.match(sentence, m.end):
            continue
        out.append(m)
    return out


def _names_china(text: str, scanned: tuple[tuple[str, tuple[PlaceMatch, ...]], ...]) -> bool:
    """Whether a text names China as a party: 我国 (our country), or 中国 as a place of its
    own - not as the qualifier of a province or inside a two-country name heading a body
    (:func:`_party_matches`)."""
    return "我国" in text or any(
        m.name == "中国" for s, ms in scanned for m in _party_matches(s, list(ms))
    )


#: Places of the mainland's administrative levels: with a foreign partner, China is one too.
_MAINLAND_LEVELS = frozenset({"province", "city", "district", "area", "town"})
_NOT_MAINLAND = frozenset({"香港特别行政区", "澳门特别行政区", "台湾省"})


def _foreign_country(name: str) -> str | None:
    """The foreign country a place is or lies in (曼德勒 → 缅甸), else ``None``."""
    p = lookup(name)
    if p is None or p.level != "foreign":
        return None
    return p.province or p.name


def _one_foreign_country(a: str, b: str) -> bool:
    """True when two places lie in one foreign country (莫斯科 and 圣彼得堡)."""
    ca, cb = _foreign_country(a), _foreign_country(b)
    return ca is not None and ca == cb


def _co_partners(pairs: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """Pairs of two places of one foreign country that a third place of the same sentence
    pairs with both (黑龙江农业工程职业学院已与俄罗斯滨海边疆区居民职业教育和就业部、乌苏里斯克
    农工学院签署…: 黑龙江省 with each, not 滨海边疆区–乌苏里斯克, whose 和 is inside a
    ministry's name; dev y16): co-partners of one side, not a pair of their own."""
    have = set(pairs)
    linked = lambda x, y: (x, y) in have or (y, x) in have  # noqa: E731
    places = {p for ab in pairs for p in ab}
    return {
        (a, b)
        for a, b in pairs
        if _one_foreign_country(a, b)
        and any(c not in (a, b) and linked(a, c) and linked(b, c) for c in places)
    }


def _is_mainland(name: str) -> bool:
    p = lookup(name)
    return (
        p is not None
        and p.level in _MAINLAND_LEVELS
        and (p.province or p.name) not in _NOT_MAINLAND
    )


def _add_china(found: dict[tuple[str, str], str], as_units: set[tuple[str, str]]) -> None:
    """A place of the mainland working with a foreign place (南宁职业技术学院与泰国佛统皇家
    大学…签订了合作协议 → 南宁市–佛统府) makes China and that country partners too
    (中国–泰国), as the gold writes international partners (GUIDE: 中德合作 → 中国–德国;
    d07, k19). Hong Kong, Macau and Taiwan with a foreign partner stay as they are
    (台湾省–越南)."""
    if not found or lookup("中国") is None:
        return
    for (a, b), mech in list(found.items()):
        for x, y in ((a, b), (b, a)):
            country = _foreign_country(y)
            if country is None or not _is_mainland(x):
                continue
            key = ("中国", country) if "中国" < country else (country, "中国")
            old = found.get(key)
            if old is None or MECHANISMS.index(mech) < MECHANISMS.index(old):
                found[key] = mech
            as_units.add(key)


#: 签署了A与B、C…协议: after a verb of signing, an agreement named by its parties.
_SIGN_VERB_RE = re.compile(r"签署|签订|簽署|簽訂")
_AGREEMENT_NOUN_RE = re.compile(r"协议|协定|備忘錄|备忘录|意向书|協議|協定|意向書")


def _agreement_of_named_parties(sentence: str, cs: int, first: int, last_end: int, ce: int) -> bool:
    """Whether places after a verb of signing are the parties of the agreement it signs,
    named as the agreement's own parties (大会签署了河北省…职教集团与北京…职教集团、天津…
    职教集团战略合作协议 → 河北省–北京市, 河北省–天津市; validation dev r16): the verb is
    the clause's only co-object word before the first place, a 与/和 follows that place,
    and an agreement noun closes the list in the same clause - not objects of the verb
    signed with someone else (与A、B签署协议, 签约建设A…和B…)."""
    verbs = list(_CO_OBJECT_RE.finditer(sentence, cs, first))
    if len(verbs) != 1 or not _SIGN_VERB_RE.fullmatch(verbs[0].group()):
        return False
    if _PAIRING_VERB_BEFORE_RE.search(sentence, cs, first):
        return False
    if not re.search(LINK_WORD, sentence[first:last_end]):
        return False
    tail = sentence[last_end:ce]
    return bool(re.match(r"[^与和、,，]{0,20}?(?:" + _AGREEMENT_NOUN_RE.pattern + ")", tail))


def _pairs_raw(
    sentence: str, matches: list[PlaceMatch]
) -> tuple[dict[tuple[str, str], str], set[tuple[str, str]]]:
    """:func:`_pairs_and_units` before a programme's party gives way."""
    found: dict[tuple[str, str], str] = {}
    as_units: set[tuple[str, str]] = set()

    def add(a: str, b: str, mech: str) -> None:
        if a == b or _contains(a, b) or _contains(b, a):
            return
        key = (a, b) if a < b else (b, a)
        old = found.get(key)
        if old is None or MECHANISMS.index(mech) < MECHANISMS.index(old):
            found[key] = mech

    units = _units(sentence, matches)
    if not units or (
        all(u[3] == "single" for u in units)
        and len({u[2] for u in units}) == 1
        and not any(cue in sentence for cue in _programme_parties())
    ):
        # no place, or one place (named once or more) without a programme that has a
        # fixed party: every rule below pairs two different names of the units, a bloc's
        # members or a programme's party, so none can pair anything
        return found, as_units
    clauses = [(c.start(), c.end()) for c in _CLAUSE_RE.finditer(sentence)]

    def clause_of(pos: int) -> tuple[int, int]:
        return next(((a, b) for a, b in clauses if a <= pos < b), (pos, pos + 1))

    participants = [(m.start(), m.end()) for m in _PARTICIPANTS_RE.finditer(sentence)]
    if "见证" in sentence:  # in whose presence a signing is made: witnesses (yq01)
        participants += [(m.start(), m.end()) for m in _WITNESS_RE.finditer(sentence)]
    # the topics of a talk or an event are neither parties nor groups acting (dev o18)
    participants += [(m.start(), m.end()) for m in _TOPIC_RE.finditer(sentence)]
    if "连" in sentence or "通" in sentence or "往返" in sentence:  # a route's ends (ii06)
        participants += [(m.start(), m.end()) for m in _ROUTE_RE.finditer(sentence)]
    if "就" in sentence and "进行" in sentence:  # 双方就…闽澳两地师生交流等方面进行了探讨
        participants += [(m.start(), m.end()) for m in _TALK_TOPIC_RE.finditer(sentence)]
    spans = [(s, e) for s, e, _, _ in units]
    bloc_units: set[int] = set()  # units (by start) already paired as a bloc
    group_pairs: list[tuple[int, list[str], str]] = []
    for i, (s, e, names, kind) in enumerate(units):
        if kind != "single" and any(ps <= s and e <= pe for ps, pe in participants):
            continue  # 以「粤港澳职教协同发展」为核心展开对话: a topic, not places acting
        cs, ce = clause_of(s)
        mech = mechanism_of(sentence[cs : max(ce, e)])
        if mech is None and kind == "group" and _GROUP_BOTH_RE.match(sentence, e):
            mech = mechanism_of(sentence)  # 川渝两地…理事单位, with 联盟 in the sentence
        # an aim or call anywhere in the clause or earlier in its part of the sentence
        # (…;要强化保障、合作共赢,在成渝教育协同发展中取得新成效): not yet working together
        seg = max((m.end() for m in _SEGMENT_END_RE.finditer(sentence, 0, cs)), default=0)
        if mech is None or _AIM_RE.search(sentence, cs, max(ce, e)):
            continue
        if sentence.endswith("来自", 0, s):
            continue  # 嘉宾来自粤港两地不同部门: where people come from, not parties (qq06)
        if _DEMAND_RE.search(sentence, seg, cs):
            continue
        if kind == "group" and len(set(names)) == 2:  # 川渝两地共建…, 中德合作
            if _IN_NAME_RE.match(sentence, e):
                continue  # 中德职教合作示范基地, 中葡职业技术学校: a name, not a partnership
            if _more_places_counted(
                sentence, e + len(_CLOSE_QUOTE_RE.match(sentence, e).group(0)), 2
            ):
                continue  # 川渝4地签订合作协议: four places inside them sign
            partner = _partner_before_group(sentence, units, i, cs)
            if partner == MAINLAND:
                continue  # 内地与港澳: the mainland is not paired (GUIDE [t]), nor 港–澳
            if partner is None:
                partner = _assisted_after_group(sentence, units, i, ce)
            if partner is not None:
                # 珠海在…等方面与港澳开展了良好的合作关系: 港澳 is 珠海's partner, each of
                # its places with 珠海 - not two places working with each other (also 京津
                # …院校对口帮扶新疆和田…: 和田 each member's)
                for n in sorted(set(names)):
                    add(partner, n, mech)
                continue
            group_pairs.append((s, sorted(set(names)), mech))
        elif kind == "group":  # 粤港澳, 沪苏浙皖: like a bloc, only when named as acting
            members = sorted(set(names))
            after = e + len(_CLOSE_QUOTE_RE.match(sentence, e).group(0))  # “万达开云”4地
            if _BRANCH_RE.match(sentence, e):
                continue  # 劳动力发展署高屏澎东分署签署MOU: one body's area, not members acting
            if len(members) <= MAX_ACTING_MEMBERS and (
                _BLOC_ACTING_RE.match(sentence, after) or _GROUP_FIELD_RE.match(sentence, after)
            ):
                for a, b in combinations(members, 2):
                    add(a, b, mech)
        elif kind == "bloc":
            if _CONTEXT_BEFORE_RE.search(sentence[max(cs, s - 6) : s]):
                continue  # 为配合国家粤港澳大湾区城市的教育合作: the bloc is context
            if _BLOC_ACTING_RE.match(  # 京津冀三地签署…, “京津冀”三地…: members act
                sentence, e + len(_CLOSE_QUOTE_RE.match(sentence, e).group(0))
            ):
                members = sorted(set(bloc_members(names[0])))
                if len(members) <= MAX_ACTING_MEMBERS:
                    for a, b in combinations(members, 2):
                        add(a, b, mech)
                bloc_units.add(s)
                continue
            # 长三角与成渝签署: the bloc as one party, linked to its neighbour
            for j in (i - 1, i + 1):
                if not 0 <= j < len(units):
                    continue
                o = units[j]
                gap = sentence[e : o[0]] if j > i else sentence[o[1] : s]
                first, last = min(s, o[0]), max(e, o[1])
                acts = _UNIT_VERB_RE.match(sentence, last) and not _UNIT_OBJECT_RE.search(
                    sentence, cs, first
                )  # 长三角与成渝签署 - not 成立长江经济带和成渝…联盟 (one name)
                if acts and len(gap) <= 2 and _LINK_RE.fullmatch(gap.strip() or "x"):
                    other = o[2]
                    if o[3] == "group":
                        b = _bloc_for(sentence[o[0] : o[1]])
                        other = (b,) if b else other
                    for n in other:
                        add(names[0], n, mech)
                    bloc_units.add(s)
                    bloc_units.add(o[0])
    for s, names, mech in group_pairs:  # unless the group stood as a bloc (长三角与成渝)
        if s not in bloc_units:
            add(names[0], names[1], mech)
    meetings = [(m.start(1), m.end(1)) for m in _MEETING_VENUE_RE.finditer(sentence)]
    # 中国职业技术教育学会、西藏自治区教育厅、青海省教育厅领导分别讲话,…说明了援藏设想:
    # the speakers of a meeting are not parties of the programme it discusses
    speakers = [
        (cs, m.start())
        for cs, ce in clauses
        for m in [_SPEAKERS_RE.search(sentence, cs, ce)]
        if m is not None
    ]
    programmes, fixed = _programme_pairs(sentence, units, participants + meetings + speakers, add)
    as_units.update(found)
    sent_mech = mechanism_of(sentence)
    if sent_mech is None:
        return found, as_units
    if _VISIT_RE.search(sentence) and sent_mech in ("exchange", "coordination"):
        # 台北…参访团…赴辽宁省沈阳市参访,与沈阳高校的师生进行联谊、展开…学术交流活动:
        # visitors meeting their hosts, without an agreement or joint action; nor do
        # two places joined in one word (泰国…学校组团拜会侨委会 深化台泰技职教育交流;
        # 期许本次参访团完成实地考察后,…促进台泰交流: validation batch l)
        return {}, as_units
    venues = [(m.start(1), m.end(1)) for m in _VENUE_RE.finditer(sentence)]
    venues += [(m.start(1), m.end(1)) for m in _TWIN_VENUE_RE.finditer(sentence)]
    venues += [(m.start(1), m.end(1)) for m in _BASE_SITES_RE.finditer(sentence)]

    def span_mech(start: int, end: int) -> str | None:
        """The strongest cue of the part of the sentence (between ；or 。) that names the
        places: separate places pair only on a cue of their own statement, not on one of
        another statement of the same sentence."""
        lo = max((m.end() for m in _SEGMENT_END_RE.finditer(sentence, 0, start)), default=0)
        hi = next((m.start() for m in _SEGMENT_END_RE.finditer(sentence, end)), len(sentence))
        return mechanism_of(sentence[lo:hi])

    singles = [
        (s, e, names[0])
        for s, e, names, kind in units
        if kind == "single"
        and s not in bloc_units
        and not any(vs <= s and e <= ve for vs, ve in venues)
        and not any(ps <= s and e <= pe for ps, pe in participants)
        # …、斯里兰卡教育部副部长…等12位中外嘉宾在主旨论坛上分别发言: speakers (batch l, dev r05)
        and not any(ps <= s and e <= pe for ps, pe in speakers)
        and not sentence[max(0, s - len(POSTED)) : s] == POSTED
        and sentence[e : e + 1] != "籍"  # 老挝籍留学生: where people come from (ii06)
        and not any(ms <= s < me for ms, me in programmes)  # 内地 of 内地新疆中职班
        and names[0] not in fixed
    ]
    # 赴四川成都, 到宁波: destinations of a trip (with the rest of their chain)
    kept, dests = [], []
    dest_end = -1
    for u in singles:
        if u[0] == dest_end or _DESTINATION_RE.search(sentence[max(0, u[0] - 2) : u[0]]):
            if u[0] == dest_end and dests:
                dests[-1] = u  # 赴贵州六盘水市: the specific place
            else:
                dests.append(u)
            dest_end = u[1]
            continue
        kept.append(u)
    singles = kept
    # …大连市教育局组织…赴贵州六盘水市开展职业教育“组团式”帮扶: a trip to assist or to
    # sign pairs the destination with the place that sends it (the first place of its clause)
    for d in dests:
        cs, _ = clause_of(d[0])
        # up to the end of the statement: a signing may follow in a clause of its own
        # (…到宁夏…学校指导工作,并签订…协议)
        se = next((m.start() for m in _SEGMENT_END_RE.finditer(sentence, d[1])), len(sentence))
        tail = sentence[d[1] : se]
        # 赴韶关市中等职业技术学校实地调研考察教育对口帮扶工作: the work done there is
        # counted from the end of the host body's name (validation batch l, dev s01)
        host = _HOST_NAME_RE.match(tail)
        trip = _TRIP_RE.match(tail) or (host and _TRIP_RE.match(tail, host.end()))
        before = [u for u in singles if cs <= u[0] and u[1] <= d[0]]
        sender = before[0] if before else None
        for u in before[1:]:  # 青海省海北藏族自治州…代表团: the more specific place sends it
            if sender is not None and u[0] == sender[1] and _chain_contains(sender[2], u[2]):
                sender = u
        if trip and sender is not None:
            add(sender[2], d[2], mechanism_of(trip.group(0)) or sent_mech)
    if sent_mech == "assistance":  # the strongest cue: the sentence has an assistance cue
        _assisted_objects(sentence, singles, clauses, add)
    # 四川省宜宾市, 西藏昌都: the more specific place of such a chain speaks for both
    singles = [
        u
        for u, nxt in zip(singles, [*singles[1:], None])
        if not (nxt is not None and nxt[0] == u[1] and _chain_contains(u[2], nxt[2]))
    ]
    if len({n for _, _, n in singles}) < 2:
        return found, as_units
    subj = _SUBJECT_RE.search(sentence)
    if subj is not None and subj.end() <= singles[0][0]:
        return found, as_units  # 我校与A、B…: partners of an unnamed party are not paired
    # A与B、C和D…分别签订: each item of the list is a couple of its own (dev w06)
    paired = _paired_list(sentence, singles, spans)
    if paired:
        for u, v in paired:
            add(u[2], v[2], span_mech(u[0], v[1]) or "agreement")
        return found, as_units
    # 天津甘肃、上海云南…分别签订: places written back to back are couples, and so are
    # two places joined by a dash or a middle dot (宁波-黔西南“就业帮扶、校校合作”座谈会)
    couples = [
        (u, v)
        for u, v in zip(singles, singles[1:])
        if (
            v[0] == u[1]
            or _COUPLE_SEP_RE.fullmatch(sentence, u[1], v[0])
            # 中国(海南)-柬埔寨…合作协议: the place in brackets is China's party (vx08)
            or (
                sentence[u[0] - 3 : u[0]] in ("中国(", "中国（")
                and sentence[u[1] : u[1] + 1] in ")）"
                and _COUPLE_SEP_RE.fullmatch(sentence, u[1] + 1, v[0]) is not None
            )
        )
        and not (_contains(u[2], v[2]) or _contains(v[2], u[2]))
        # 建设刚果(布)中国海外职业技术学院: the second begins a school's name placed in the
        # first - a location and a name, not a couple; likewise two places joined by a
        # dash at the head of a body's name (与新加坡-中国经济文化发展中心合作, 中国-老挝
        # 楚怡学院): one name, not a couple that would silence the sentence's other
        # partnerships (泸州职业技术学院与老挝琅勃拉邦省教育与体育厅建立…机制; dev o17)
        and not (v[0] == u[1] and _IN_NAME_RE.match(sentence, v[1]))
        and not (v[0] > u[1] and _DASH_NAME_RE.match(sentence, v[1]))
    ]
    if couples:
        for u, v in couples:
            mech = span_mech(u[0], v[1])
            if mech is not None:
                add(u[2], v[2], mech)
        return found, as_units
    # pair within clauses first (甲与乙合作,丙与丁结对); the whole sentence otherwise
    by_clause = [([u for u in singles if cs <= u[0] < ce], cs, ce) for cs, ce in clauses]
    if sum(1 for g, _, _ in by_clause if g) > 1:
        # 为促进澳门与内地…互通共融,…,劳工局与广东省…签署: the purpose is not a party
        by_clause = [
            ([] if _PURPOSE_RE.match(sentence, cs) else g, cs, ce) for g, cs, ce in by_clause
        ]
    groups = []
    prev: list = []
    joined = False
    for g, cs, _ in by_clause:
        if len({n for _, _, n in g}) >= 2:
            groups.append(g)
        elif (
            g
            and prev
            and _JOIN_RE.match(sentence, cs)
            and not _AIM_RE.search(sentence, prev[-1][1], cs)
        ):
            # …共建联盟,并与重庆市永川区开展交流: the subject (first place) of the
            # previous clause is the party, not the places it visited or listed
            subject = [prev[0]]
            for u, v in zip(prev, prev[1:]):  # 宜宾市与泸州市共建…: both are the subject
                if not re.fullmatch(r"[与和、及同]", sentence[u[1] : v[0]]):
                    break
                subject.append(v)
            for a in {n for _, _, n in subject}:
                add(a, g[0][2], sent_mech)
            joined = True
        if (
            g
            and prev
            and _ANAPHOR_PARTY_RE.match(sentence, cs)
            and len({n for _, _, n in prev}) == 1
        ):
            # 以乌恰县技工学校为例,该校对口常州技师学院和徐州技师学院: 乌恰县 is the party
            mech = span_mech(prev[0][0], g[-1][1])
            if mech is not None:
                for n in {n for _, _, n in g}:
                    add(prev[0][2], n, mech)
                joined = True
        if g:
            prev = g
    if not groups and not joined:
        # no clause names two places: the places of each part of the sentence (up to ；)
        # - one statement - are taken together; places of two statements are not paired
        ends = [m.start() for m in _SEGMENT_END_RE.finditer(sentence)] + [len(sentence)]
        groups = [[u for u in singles if lo <= u[0] < hi] for lo, hi in zip([-1, *ends], ends)]
    for g in groups:
        inner = {n for _, _, n in g}
        g = [u for u in g if not any(_contains(u[2], o) for o in inner)]  # 北京…丰台: 丰台
        if len({n for _, _, n in g}) < 2:
            continue
        first = g[0][0]
        cs = clause_of(first)[0]
        if (
            _CO_OBJECT_RE.search(sentence, cs, first)
            or _PAIRING_VERB_BEFORE_RE.search(sentence, cs, first)
        ) and not _agreement_of_named_parties(
            sentence, cs, first, g[-1][1], clause_of(g[-1][0])[1]
        ):
            # co-objects of a link or a verb before them: not partners of each other, but
            # each the partner of the subject of an earlier clause when theirs opens with
            # the link (台湾昆山科技大学成立于1965年,先后与…北京科技大学、…海南大学等九所
            # 大学缔结姐妹校合约; validation batch b)
            subject = _subject_before(sentence, singles, cs, first, g[-1][1])
            if subject is not None:
                mech = span_mech(subject[0], g[-1][1])
                for n in {n for _, _, n in g}:
                    add(subject[2], n, mech)
            continue
        if _TRAVEL_BEFORE_RE.search(sentence, cs, first):
            continue  # …7天跑了河内、胡志明市和同塔省三地: the stops of one trip
        sent_mech = span_mech(first, g[-1][1])
        if sent_mech is None:
            continue  # no cue where the places are named: they merely co-occur
        if _invited_guests(sentence, first, g[-1][1]):
            continue  # 并邀得…驻香港…、Microsoft香港及澳门区总经理…、辽宁省政协委员…等嘉宾亲临出席
        if any(a <= first and g[-1][1] <= b for a, b in _inviters(sentence)):
            continue  # 应新加坡…、马来西亚…和泰国…的邀请: hosts inviting, not partners of each other
        if _AIM_RE.search(sentence, clause_of(first)[0], clause_of(g[-1][0])[1]):
            continue  # an aim or talks in their clauses (…洽谈合作): not yet working together
        conn = next(
            (
                c.start()
                for c in _CONNECTOR_RE.finditer(sentence)
                if first < c.start() < g[-1][0]
                and not any(s <= c.start() < e for s, e, _, _ in units)
            ),
            None,
        )
        if programmes:
            # the programme gave the places their partner (泰国、印尼…等25个国家建成27所
            # 鲁班工坊: partners of China, not of each other); only a link word pairs them,
            # and not two places of the party (南疆四地州(喀什地区、…克州和阿克苏地区))
            for u, v in combinations(g, 2):
                both_inside = any(_contains(f, u[2]) and _contains(f, v[2]) for f in fixed)
                if u[2] != v[2] and not both_inside and _linked(sentence, u[1], v[0], spans):
                    add(u[2], v[2], sent_mech)
            continue
        if conn is None:
            # no 与/和 between them: a link word (帮扶, 对口) between two of them, or a
            # word after the list naming them as acting together (…共同发起, 两地…)
            linked = [
                (u, v)
                for u, v in combinations(g, 2)
                if u[2] != v[2] and _linked(sentence, u[1], v[0], spans)
            ]
            if linked:
                for u, v in linked:
                    add(u[2], v[2], sent_mech)
                continue
            clause = clause_of(g[-1][0])
            if _ATTEND_RE.search(sentence, g[-1][1], clause[1]):
                continue  # …、重庆市长寿区…副主任…出席了会议: guests, not parties
            if not (
                _JOINT_RE.search(sentence, g[-1][1], clause[1])
                or _enumeration_acts(sentence, g, clause)
            ):
                continue  # places merely named together
        left = sorted({n for s, _, n in g if conn is None or s < conn})
        right = sorted({n for s, _, n in g if conn is not None and s > conn} - set(left))
        sides = list(combinations(left, 2))
        if right:
            # 舟山市普陀区、定海区与…万源市、宣汉县…结对: two places of one city named on
            # one side are one party's, not partners of each other (validation batch b)
            sides = [
                (a, b)
                for a, b in sides
                if not any(_contains(p, a) and _contains(p, b) for _, _, ns, _ in units for p in ns)
            ]
        for a, b in [*sides, *((a, b) for a in left for b in right)]:
            add(a, b, sent_mech)
    return found, as_units


#: A clause opening with a link word after adverbs only (先后与, 还分别与, 并同): its
#: places are the partners of a subject named in an earlier clause.
_LINK_OPENING_RE = re.compile(
    r"\s*(?:先后|分别|还|也|并|又|已|已经|均|陆续|相继|同时|曾|多次|此前|目前)*"
    r"(?:(?<![参给赋])与(?!会)|(?<![温总缓共])和|同)"
)
#: What a subject and its partners must do for :func:`_subject_before` to pair them.
_SUBJECT_MECHANISMS = ("assistance", "agreement", "alliance", "community", "joint_programme")


def _subject_before(
    sentence: str, singles: list[tuple[int, int, str]], cs: int, first: int, last_end: int
) -> tuple[int, int, str] | None:
    """The subject of the places a clause names after an opening link word: the one place
    of the earlier clauses of the same statement (up to ；/。), when the clause opens with
    the link (先后与A、B…缔结…; 并与A、B签署…) and what it does is strong (an agreement, a
    joint programme, an alliance, assistance), with no aim or demand. ``None`` when the
    clause does not open so, or the earlier clauses name no place or several."""
    if (
        not _LINK_OPENING_RE.match(sentence, cs)
        or _LINK_OPENING_RE.match(sentence, cs).end() > first
    ):
        return None
    seg = max((m.end() for m in _SEGMENT_END_RE.finditer(sentence, 0, cs)), default=0)
    before = [u for u in singles if seg <= u[0] and u[1] <= cs]
    names = {n for _, _, n in before}
    names = {n for n in names if not any(_contains(n, o) for o in names)}
    if len(names) != 1:
        return None
    end = next((m.start() for m in _SEGMENT_END_RE.finditer(sentence, last_end)), len(sentence))
    if mechanism_of(sentence[cs:end]) not in _SUBJECT_MECHANISMS:
        return None
    if _AIM_RE.search(sentence, seg, end) or _DEMAND_RE.search(sentence, seg, end):
        return None
    name = names.pop()
    return next(u for u in reversed(before) if u[2] == name)


def find_collaborations(
    sentence: str, matches: list[PlaceMatch] | None = None
) -> list[tuple[str, str, str]]:
    """Pairs of places one sentence presents as working together.

    Parameters
    ----------
    sentence : str
        One sentence of cleaned text.
    matches : list of PlaceMatch, optional
        Its places, when already found with a wider context (a whole document).

    Returns
    -------
    list of (a, b, mechanism)
        ``a < b``, sorted.

    Examples
    --------
    >>> find_collaborations("重庆市教委与四川省教育厅在渝签署框架协议。")
    [('四川省', '重庆市', 'agreement')]
    """
    if mechanism_of(sentence) is None:
        return []
    if matches is None:
        matches = _find_in_units([sentence])[0]
    found = _pairs(sentence, matches)
    if _schools_of_one_province(sentence, matches, found):
        return []
    co = _co_partners(list(found))
    return [(a, b, mech) for (a, b), mech in sorted(found.items()) if (a, b) not in co]


#: The roles of an occasion's organisers split between bodies (主办, 承办, 协办, 合办):
#: a host and its co-organisers run the occasion together.
_ROLE_RE = re.compile(
    r"(?P<role>主办|主辦|承办|承辦|协办|協辦|合办|合辦)(?P<head>城市|单位|單位|方)?"
)
#: Before a place in a role's span, a word making it a venue or an origin, not an organiser.
_NOT_ORGANISER_RE = re.compile(r"[在于於]|来自|來自|赴|到|前往")


def _co_organiser_pairs(sentence: str, matches: list[PlaceMatch]) -> list[tuple[str, str]]:
    """Places of the bodies a sentence names as an occasion's host and co-organisers work
    together (本次研修班由深圳职业技术大学主办、晋中市职业中专学校承办 → 深圳市–晋中市;
    主办城市成都…,协办城市广州、香港、澳门… → the four cities pairwise; validation
    dev l18, j16, j17).

    A role's bodies are written before it, from 由 or the clause's start or the previous
    role (由A主办、B承办), or after it when it heads them (主办城市成都, 协办单位:…). The
    host (主办) must be placed: a host named without a place (由教育部主办,台北市教育局
    承办…; 由唐风国际教育集团主办,…深圳…、成都…协办) gives no pairs. A place after a venue
    or origin word in its span is not an organiser; a place inside another organiser's
    place is that one (海沧区 beside 厦门市); a word naming several places at once (两岸 in
    国际暨两岸事务处主办, dev l14) places no organiser."""
    if len(matches) < 2 or not _ROLE_RE.search(sentence):
        return []  # a pair needs two places and a role word
    hosts: list[str] = []
    names: list[str] = []
    for cm in re.finditer(r"[^,，;；。:：]+", sentence):
        c0, c1 = cm.start(), cm.end()
        prev_end = c0
        roles = list(_ROLE_RE.finditer(sentence, c0, c1))
        for i, rm in enumerate(roles):
            if rm.group("head"):
                lo = rm.end()
                hi = roles[i + 1].start() if i + 1 < len(roles) else c1
            else:
                lo = prev_end
                by = sentence.rfind("由", lo, rm.start())
                if by >= 0:
                    lo = by + 1
                hi = rm.start()
            prev_end = rm.end() if not rm.group("head") else hi
            for m in matches:
                if not (lo <= m.start and m.end <= hi):
                    continue
                if _NOT_ORGANISER_RE.search(sentence, lo, m.start):
                    continue
                if m.level in ("country", "bloc"):
                    continue
                if any(o.start == m.start and o.name != m.name for o in matches):
                    continue  # a word naming several places (两岸 in 两岸事务处) is no body's place
                if rm.group("role") in ("主办", "主辦") and m.name not in hosts:
                    hosts.append(m.name)
                if m.name not in names:
                    names.append(m.name)
    if not hosts:
        return []
    names = [n for n in names if not any(_contains(o, n) for o in names)]
    out = []
    for a, b in combinations(names, 2):
        if _contains(a, b) or _contains(b, a):
            continue
        out.append(tuple(sorted((a, b))))
    return out


#: A school's own name after a place (临沂职业学院, 山东交通技师学院): what places the
#: school an article calls 学校/我院 elsewhere.
SCHOOL_NAME_AFTER = (
    r"[\u4e00-\u9fff]{0,6}?(?:职业技术学院|职业技术大学|职业学院|职业大学|技师学院|高级技工学校"
    r"|技工学校|职业技术学校|职业学校|职业中专|职教中心|职业教育中心)"
)
_SCHOOL_NAME_AFTER_RE = re.compile(SCHOOL_NAME_AFTER)
#: The article's own school as the subject of a sentence, without its name (学校在…签约
#: 建设…鲁班工坊, 学院与乌干达高校…共建, 我院与…签订).
OWN_SCHOOL = r"(?:^|[,，;；。:：])\s*(?:[0-9]{4}年[0-9]{1,2}月(?:[0-9]{1,2}日)?[,，]?)?(?:我校|我院|本校|本院|学校|学院)(?=[与和同在先已还也将于今近积多始不])"
_OWN_SCHOOL_RE = re.compile(OWN_SCHOOL)


def _school_home(scanned) -> str | None:
    """The one mainland place of the schools an article names with a place in their name
    (…在临沂职业学院签约现场见证 → 临沂市; dev k20), or ``None`` when it names none or
    schools of several places: the home of the school it calls 学校/我院 elsewhere."""
    homes = set()
    for sent, matches in scanned:
        for m in matches:
            if (
                m.level in ("province", "city", "district")
                and _is_mainland(m.name)
                and (_SCHOOL_NAME_AFTER_RE.match(sent, m.end))
            ):
                homes.add(m.name)
    homes = {h for h in homes if not any(o != h and _contains(h, o) for o in homes)}
    return homes.pop() if len(homes) == 1 else None


def _own_school_pairs(
    sentence: str, matches: list[PlaceMatch], found: dict[tuple[str, str], str], home: str | None
) -> list[tuple[str, str, str]]:
    """A foreign partner of the article's own school, named only as 学校/学院/我院 in a
    sentence that names no mainland place (学校…签约建设泰国西那瓦国际大学鲁班工坊和马来西亚
    英迪国际大学鲁班工坊: 中国–泰国 and also 临沂市–泰国; dev k20): the school's home, from
    its name elsewhere in the article (:func:`_school_home`), pairs with each country the
    sentence pairs with 中国."""
    if home is None or not _OWN_SCHOOL_RE.search(sentence):
        return []
    if any(_is_mainland(m.name) for m in matches):
        return []  # the sentence places its Chinese side itself
    out = []
    for (a, b), mech in found.items():
        other = b if a == "中国" else a if b == "中国" else None
        if other is None or lookup(other) is None or lookup(other).level != "foreign":
            continue
        x, y = sorted((home, other))
        if (x, y) not in found:
            out.append((x, y, mech))
    return out


def _own_school_as_place(
    sentence: str, matches: list[PlaceMatch], home: str
) -> tuple[dict[tuple[str, str], str], set[tuple[str, str]]]:
    """The pairs of a sentence whose subject is the article's own school, named only as
    学校/我院, read as if the school's name placed it at its home (:func:`_school_home`):
    学校…先后与德国、西班牙…等国家的13所高等院校…建立了合作关系 → 酒泉市–德国 … (the school
    named 酒泉职业技术学院 elsewhere) and, as for a named school, 中国–德国 …. Only for a
    sentence that names no mainland place and only foreign partners."""
    m = _OWN_SCHOOL_RE.search(sentence)
    if m is None or not matches or any(_is_mainland(x.name) for x in matches):
        return {}, set()
    if any(x.level != "foreign" for x in matches):
        return {}, set()
    place = lookup(home)
    if place is None:
        return {}, set()
    start = m.end() - 2
    own = PlaceMatch(
        start,
        m.end(),
        sentence[start : m.end()],
        place.name,
        place.level,
        place.province,
        place.adcode,
        place.lon,
        place.lat,
    )
    return _pairs_and_units(sentence, sorted([own, *matches], key=lambda x: x.start))


#: In an English sentence, what presents its places as working together: an agreement
#: signed, a body built or run jointly, a partnership (not a visit, GUIDE [k]).
_EN_CUE_RE = re.compile(
    r"\b(?:signed|signing|agreements?|memorand(?:um|a)|MoUs?|MOUs?|jointly|co-(?:built|"
    r"founded|established|organi[sz]ed|hosted)|partnerships?|sister (?:schools?|colleges?|"
    r"cities|city|provinces?))\b"
)
#: The cues of :data:`_EN_CUE_RE` that say an agreement was signed.
_EN_SIGNED_RE = re.compile(r"sign|agree|memorand|mou", re.I)
#: More places than this in one English sentence are a list, not parties.
EN_MAX_PARTIES = 3


def _english_pairs(sentence: str, matches: list[PlaceMatch]) -> dict[tuple[str, str], str]:
    """The pairs of an English sentence that presents places as working together
    (:data:`_EN_CUE_RE`): every two of its places (two or three, not a list, and neither
    inside the other), by agreement when one is signed, else as a joint programme."""
    names = list(dict.fromkeys(m.name for m in matches if m.level != "bloc"))
    if not 2 <= len(names) <= EN_MAX_PARTIES:
        return {}
    cue = _EN_CUE_RE.search(sentence)
    signed = cue is not None and _EN_SIGNED_RE.match(cue.group(0))
    mech = "agreement" if signed else "joint_programme"
    return {
        (a, b) if a < b else (b, a): mech
        for a, b in combinations(names, 2)
        if not (_contains(a, b) or _contains(b, a))
    }


def _doc_collaborations(item: tuple) -> list[tuple]:
    doc_id, text = item
    text = text or ""
    if (
        not any(mechanism_of(s) for s in split_sentences(text))
        and not _ROLE_RE.search(text)
        and not (LATIN_WORD_RE.search(text) and _EN_CUE_RE.search(text))
    ):
        return []
    rows = []
    loose = []  # pairs of two separate places, not named as a unit
    prev: tuple[str, list[PlaceMatch]] | None = None
    scanned = document_places(text)
    home = None
    if any(_OWN_SCHOOL_RE.search(sent) for sent, _ in scanned):
        home = _school_home(scanned)
    for sent_id, (sent, matches) in enumerate(scanned):
        before, prev = prev, (sent, list(matches))
        if LATIN_WORD_RE.search(sent) and is_english(sent) and _EN_CUE_RE.search(sent):
            # an English page's sentence
            for (a, b), mech in sorted(_english_pairs(sent, list(matches)).items()):
                rows.append((doc_id, sent_id, a, b, mech, sent))
                loose.append(True)
            continue
        hosts = _co_organiser_pairs(sent, list(matches))
        if mechanism_of(sent) is None:
            for a, b in hosts:
                rows.append((doc_id, sent_id, a, b, "joint_programme", sent))
                loose.append(False)
            continue
        found, as_units = _pairs_and_units(sent, list(matches))
        if hosts:  # co-organisers pair with each other, not with China containing them ([oo])
            named = {x for ab in hosts for x in ab}
            for key in [
                k
                for k in found
                if "中国" in k
                and "中国" not in named
                and (k[1] if k[0] == "中国" else k[0]) in named
            ]:
                del found[key]
                as_units.discard(key)
        for a, b in hosts:
            if (a, b) not in found:
                found[(a, b)] = "joint_programme"
                as_units.add((a, b))
        if _schools_of_one_province(sent, list(matches), found):
            continue
        if not found and before is not None:
            pair = _pair_of_both_sides(sent, list(matches), *before)
            if pair is not None:
                a, b, mech = pair
                rows.append((doc_id, sent_id, a, b, mech, before[0] + sent))
                loose.append(False)
                continue
        if not found and _DELEGATION_RE.search(sent) and sent_id + 1 < len(scanned):
            welcomed = _welcomed_delegation(
                sent, list(matches), scanned[sent_id + 1 : sent_id + 1 + WELCOME_LOOKAHEAD]
            )
            if welcomed is not None:
                a, b, mech, evidence = welcomed
                rows.append((doc_id, sent_id, a, b, mech, evidence))
                loose.append(False)
                continue
        if not found and _DELEGATION_RE.search(sent):  # the earlier sentences only then
            signed = _delegation_signing(
                sent, list(matches), [(s, list(ms)) for s, ms in scanned[:sent_id]]
            )
            if signed is not None:
                a, b, mech, evidence = signed
                rows.append((doc_id, sent_id, a, b, mech, evidence))
                loose.append(False)
                continue
        if not found:
            first = max(0, sent_id - COUNTED_GROUP_LOOKBACK)
            earlier = [(s, list(ms)) for s, ms in scanned[first:sent_id]]
            pairs, k = _counted_group_pairs(sent, list(matches), earlier)
            if pairs:
                evidence = "".join(s for s, _ in earlier[k:]) + sent
                for a, b, mech in pairs:
                    rows.append((doc_id, sent_id, a, b, mech, evidence))
                    loose.append(False)
                continue
        if not found and home is not None:
            found, as_units = _own_school_as_place(sent, list(matches), home)
        for a, b, mech in _own_school_pairs(sent, list(matches), found, home):
            found[(a, b)] = mech
            as_units.add((a, b))
        # a province whose own government body acts (四川省教育厅) is a party itself
        governs = {m.name for m in matches if _GOVERNMENT_RE.match(sent, m.end)}
        for (a, b), mech in sorted(found.items()):
            loose.append((a, b) not in as_units and not {a, b} & governs)
            rows.append((doc_id, sent_id, a, b, mech, sent))
    co = {
        (sid, a, b)
        for sid in {r[1] for r in rows}
        for a, b in _co_partners([(r[2], r[3]) for r in rows if r[1] == sid])
    }
    keep = [(r[1], r[2], r[3]) not in co for r in rows]
    rows = [r for r, k in zip(rows, keep) if k]
    loose = [x for x, k in zip(loose, keep) if k]
    rows, loose = _programme_party_gives_way(rows, loose)
    if any("中国" in (r[2], r[3]) for r in rows) and not _names_china(text, scanned):
        # China named nowhere (only 中方, a Chinese school): no pair of its own ([bb] bb14)
        keep = ["中国" not in (r[2], r[3]) for r in rows]
        rows = [r for r, k in zip(rows, keep) if k]
        loose = [x for x, k in zip(loose, keep) if k]
    return _mainland_gives_way(_country_gives_way(_drop_loose_provinces(rows, loose)))


def _mainland_gives_way(rows: list[tuple]) -> list[tuple]:
    """Within one article, the mainland's pair with Taiwan (or Hong Kong, Macau) gives way
    to a pair of a mainland place with that partner or a place inside it (福建将在两岸职业
    教育融合发展上开展更多探索 beside 闽台职业教育交流合作具备了较好基础: 福建省–台湾省,
    not also 中国大陆–台湾省; dev n15, n16, o04): the cooperation is named precisely there,
    as a province gives way to a city inside it (:func:`_drop_loose_provinces`). The
    mainland's pair stays when the article names no such place (GUIDE [t])."""
    precise: set[str] = set()  # partners that a mainland place other than 中国大陆 pairs with
    for r in rows:
        for x, y in ((r[2], r[3]), (r[3], r[2])):
            if x != MAINLAND and y != MAINLAND and _is_mainland(x) and not _is_mainland(y):
                precise.add(y)
    if not precise:
        return rows

    def finer(other: str) -> bool:
        return any(q == other or _contains(other, q) for q in precise)

    return [
        r
        for r in rows
        if not ((r[2] == MAINLAND and finer(r[3])) or (r[3] == MAINLAND and finer(r[2])))
    ]


def _country_gives_way(rows: list[tuple]) -> list[tuple]:
    """Within one article, a place's pair with a foreign country gives way to its pair with
    a place inside that country (…天津市机电工业学校与塔那那利佛大学共同合作设立 beside the
    鲁班工坊 it builds in 马达加斯加: 天津市–塔那那利佛, not also 天津市–马达加斯加), as a
    province gives way to a city inside it. China itself keeps its country-level pair
    (中国–马达加斯加, GUIDE [d])."""
    country: dict[str, str | None] = {}  # each place's foreign country, None for the others
    for r in rows:
        for n in (r[2], r[3]):
            if n not in country:
                country[n] = _foreign_country(n)
    if len({c for c in country.values() if c}) == 0:
        return rows
    partners: dict[str, set[str]] = {}
    for r in rows:
        partners.setdefault(r[2], set()).add(r[3])
        partners.setdefault(r[3], set()).add(r[2])

    def inside_elsewhere(place: str, other: str) -> bool:
        # other is a country (its own country) and place pairs with a place inside it
        if place == "中国" or country.get(other) != other:
            return False
        return any(o != other and country.get(o) == other for o in partners.get(place, ()))

    return [r for r in rows if not (inside_elsewhere(r[2], r[3]) or inside_elsewhere(r[3], r[2]))]


def _programme_party_gives_way(rows: list[tuple], loose: list[bool]) -> tuple[list, list]:
    """Across an article, a programme's fixed region (新疆 of 援疆) gives way to a place
    inside it that the article pairs with the same partner (山东省援疆工作指挥部…: 山东省–
    新疆 beside 喀什大学与山东交通学院…签署: 山东省–喀什地区): the precise place speaks
    for both, as within one sentence (:func:`_pairs_and_units`). A country stays."""
    parties = _programme_parties()
    partners: dict[str, set[str]] = {}
    for r in rows:
        partners.setdefault(r[2], set()).add(r[3])
        partners.setdefault(r[3], set()).add(r[2])
    keep_rows, keep_loose = [], []
    for r, lo in zip(rows, loose):
        fixed = {p for cue, ps in parties.items() if cue in r[5] for p in ps}
        drop = False
        for f, other in ((r[2], r[3]), (r[3], r[2])):
            pf = lookup(f)
            if f not in fixed or pf is None or pf.level == "country":
                continue
            if any(_contains(f, q) for q in partners.get(other, ())):
                drop = True
        if not drop:
            keep_rows.append(r)
            keep_loose.append(lo)
    return keep_rows, keep_loose


#: After a place, the head of a school's name: the place is named only through the school.
_SCHOOL_NEXT = (
    "职业学校", "职业技术", "职业中学", "职业学院", "职业高级", "职业教育中心", "职教中心",
    "实验学校", "科技大学", "中学", "中专", "学校", "学院", "大学", "科大", "高工", "高商",
    "高农", "农工", "商工", "家商", "高中", "中职", "高职", "技工", "技师",
)  # fmt: skip
#: Fewest separate places for :func:`_schools_of_one_province` to apply.
MIN_SCHOOL_PLACES = 3
#: A school's short name that places it (屏科大, 虎科大): the mention is the school.
_SCHOOL_SHORT = ("科大", "餐大")
#: The heads of schools' names, counted to tell how many schools a sentence names.
_SCHOOL_HEAD_RE = re.compile(
    r"科技大学|大学|职业技术学院|职业学院|技术学院|科大|高工|农工|商工|高中|职校|职业学校"
)


def _schools_of_one_province(
    sentence: str, matches: list[PlaceMatch], found: dict[tuple[str, str], str]
) -> bool:
    """Schools of one province-level unit joining one alliance or signing together
    (虎尾科大与…新北高工、西螺农工、嘉义高工、新营高工…等16所高工职校签订策略联盟合作意向书):
    the places are only where the members stand, not parties (validation/GUIDE.md [t]).

    True when the sentence's pairs name at least :data:`MIN_SCHOOL_PLACES` places, all
    in one province-level unit, each named only inside a school's name."""
    names = {n for pair in found for n in pair}
    if len(names) < MIN_SCHOOL_PLACES and not (
        # 虎科大…与国立屏东科技大学农学院、宏国德霖科技大学园艺系共同签署: three schools,
        # two of them placed by their names (dev cc08)
        len(names) == MIN_SCHOOL_PLACES - 1
        and len(_SCHOOL_HEAD_RE.findall(sentence)) >= MIN_SCHOOL_PLACES
    ):
        return False
    provinces = set()
    for n in names:
        p = lookup(n)
        if p is None or p.level in ("country", "bloc", "foreign"):
            return False
        provinces.add(p.province or p.name)
    if len(provinces) != 1:
        return False
    for n in names:
        ms = [m for m in matches if m.name == n]
        if not ms or not all(
            sentence.startswith(_SCHOOL_NEXT, m.end) or m.mention.endswith(_SCHOOL_SHORT)
            for m in ms
        ):
            return False
    return True


#: A sentence whose subject is the two parties (双方, 两校 …) doing something strong (an
#: agreement, a joint programme, an alliance, assistance): 两校签署了合作协议.
_BOTH_SIDES_RE = re.compile(
    r"(?:双方|两校|两院校|两院|两所学校|两地|两市|两省|两国)[^,，;；。:：]{0,20}?"
)
_BOTH_SIDES_MECHANISMS = ("assistance", "agreement", "alliance", "community", "joint_programme")


def _pair_of_both_sides(
    sentence: str, matches: list[PlaceMatch], before: str, before_matches: list[PlaceMatch]
) -> tuple[str, str, str] | None:
    """Across two sentences: the parties of the sentence before, referred to as 双方/两校
    by this one (…香港东华学院代表团到访四川长江职业学院。随后两校签署了学生交流合作协议。
    → 四川省–香港特别行政区).

    Only when this sentence names no place of its own, carries no aim, its 双方/两校 is
    followed in the same clause by a strong cue (:data:`_BOTH_SIDES_MECHANISMS`), and the
    sentence before names exactly two places that do not contain each other (a province
    and its city count once), none of them a venue of a meeting or a participant's origin.
    The evidence of such a row is the two sentences.
    """
    if matches or _AIM_RE.search(sentence) or _DEMAND_RE.search(sentence):
        return None
    mech = _both_sides_mechanism(sentence)
    if mech is None:
        return None
    names = _listed_places(before, before_matches, set())
    if len(names) != 2:
        return None
    a, b = sorted(names)
    return a, b, mech


#: A visiting delegation (参访团, 考察团 …), referred to again by a later sentence.
_DELEGATION_RE = re.compile(r"参访团|考察团|代表团|访问团|交流团|研习团|访问组|考察组")
#: Between a delegation's place of origin and the delegation word, in one clause: the
#: sending body's name (辽宁锦州市铁路高中教育参访团), no travel verb or second party.
_ORIGIN_GAP_RE = re.compile(r"[^\s,，;；。:：、与和同及赴到至在讯电]{0,12}")


def _both_sides_mechanism(sentence: str) -> str | None:
    """The strong cue following the sentence's 双方/两校 in the same clause, if any."""
    for m in _BOTH_SIDES_RE.finditer(sentence):
        end = next((c.end() for c in _CLAUSE_RE.finditer(sentence) if c.end() > m.start()), m.end())
        mech = mechanism_of(sentence[m.start() : end])
        if mech in _BOTH_SIDES_MECHANISMS:
            return mech
    return None


#: A host welcoming its visitors (…对远道而来的客人们表示热烈的欢迎): the one who welcomes
#: is the host.
_WELCOME_RE = re.compile(
    r"[对向][^，,。；;]{0,16}?(?:客人|来宾|嘉宾|一行|代表团|考察团|访问团|朋友)[们]?"
    r"[^，,。；;]{0,6}?(?:表示|致以)[^，,。；;]{0,6}?欢迎"
)
#: Sentences after a delegation's signing where its welcoming host is looked for.
WELCOME_LOOKAHEAD = 2


def _welcomed_delegation(
    sentence: str, matches: list[PlaceMatch], later: tuple[tuple[str, tuple[PlaceMatch, ...]], ...]
) -> tuple[str, str, str, str] | None:
    """Across sentences: a delegation that signs at a host the sentence does not place,
    and the host named by the sentence after that welcomes it (云南省楚雄彝族自治州职业
    教育代表团…来到[a school]…,并出席…联合办学签约仪式。嘉定区教育局俞勇彪副局长对远道
    而来的客人们表示热烈的欢迎。→ 嘉定区–楚雄彝族自治州; validation dev o14, batch b).

    Only when the delegation's origin is the one place of the sentence (a place and the
    places holding it count once), named before the delegation word, the sentence's act
    is strong (an agreement, a joint programme, an alliance, assistance) with no aim, and
    the welcoming sentence names exactly one other place, before its 对/向.
    (a, b, mechanism, evidence)."""
    mech = mechanism_of(sentence)
    if mech not in _SUBJECT_MECHANISMS or _AIM_RE.search(sentence):
        return None
    d = _DELEGATION_RE.search(sentence)
    names = {m.name for m in matches if m.level != "bloc" and m.name != MAINLAND}
    names = {n for n in names if not any(_contains(n, o) for o in names)}
    if len(names) != 1 or not any(m.end <= d.start() and m.name in names for m in matches):
        return None
    origin = names.pop()
    for sent, ms in later:
        w = _WELCOME_RE.search(sent)
        if w is None:
            continue
        hosts = {
            m.name for m in ms if m.end <= w.start() and m.level != "bloc" and m.name != MAINLAND
        }
        hosts = {n for n in hosts if not any(_contains(n, o) for o in hosts)}
        if len(hosts) != 1:
            return None
        host = hosts.pop()
        if host == origin or _contains(host, origin) or _contains(origin, host):
            return None
        a, b = sorted((host, origin))
        return a, b, mech, sentence + sent
    return None


def _delegation_origin(earlier: list[tuple[str, list[PlaceMatch]]]) -> tuple[str, str] | None:
    """The place a visiting delegation comes from, named right before the delegation word
    the first time the article names it (…辽宁锦州市铁路高中教育参访团于…到…): (place,
    sentence)."""
    for sent, matches in earlier:
        for d in _DELEGATION_RE.finditer(sent):
            before = [
                m
                for m in matches
                if m.level != "bloc"
                and m.name != MAINLAND
                and m.end <= d.start()
                and _ORIGIN_GAP_RE.fullmatch(sent, m.end, d.start())
            ]
            if before:
                return max(before, key=lambda m: m.end).name, sent
    return None


def _delegation_signing(
    sentence: str, matches: list[PlaceMatch], earlier: list[tuple[str, list[PlaceMatch]]]
) -> tuple[str, str, str, str] | None:
    """Across sentences: a delegation that signs with its host. A sentence naming one
    place, the host's, whose 双方/两校 is followed by a strong cue and which refers to the
    visitors by their delegation word (…接待了铁路高中参访团,…最后双方签署了联谊学校协议书)
    pairs the host's place with the delegation's place of origin, named right before the
    delegation word in an earlier sentence (辽宁锦州市铁路高中教育参访团; validation batch
    l). (a, b, mechanism, evidence)."""
    if (
        not _DELEGATION_RE.search(sentence)
        or _AIM_RE.search(sentence)
        or _DEMAND_RE.search(sentence)
    ):
        return None
    mech = _both_sides_mechanism(sentence)
    if mech is None:
        return None
    names = {m.name for m in matches if m.level != "bloc" and m.name != MAINLAND}
    names = {n for n in names if not any(_contains(n, o) for o in names)}
    if len(names) != 1:
        return None
    found = _delegation_origin(earlier)
    if found is None:
        return None
    origin, origin_sentence = found
    host = next(iter(names))
    if host == origin or _contains(host, origin) or _contains(origin, host):
        return None
    a, b = sorted((host, origin))
    return a, b, mech, origin_sentence + sentence


#: A counted group of places standing for the places an earlier sentence lists (上海松江区、
#: 嘉兴市、…合肥市…举行…会议。…会上,九城市…签订了相关合作协议; …前往奉节、彭水开展…。期间,
#: 永川…分别与两地教委签订了合作协议): a number and a word for places, not a bloc's members
#: (京津冀三地: a place right before it) nor an ordinal (第三地).
COUNTED_GROUP = (
    r"(?<![第前后每近这那约共])(?P<n>十[一二]?|[两二三四五六七八九]|1[0-2]|[2-9])个?"
    r"(?:城市|地市|省区市|省市|省区|省份|市州|市县|县市|区县|县区|地|市|省|国|县)"
    r"(?![场民长委级政属区域内外间])"
)
_COUNTED_GROUP_RE = re.compile(COUNTED_GROUP)
_NUMBER = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
           "十一": 11, "十二": 12}  # fmt: skip
#: Before a counted group: it is the partner of the clause's subject (分别与两地教委签订).
_GROUP_PARTNER_BEFORE_RE = re.compile(r"(?:分别|还|也|又|并)?(?:与|和|同)$")
#: Sentences before (the list may close the paragraph before) where the group's places
#: are looked for.
COUNTED_GROUP_LOOKBACK = 2
#: Fewest members of a counted group that is the subject (two are 双方/两地 of the
#: sentence right before, :func:`_pair_of_both_sides`).
MIN_SUBJECT_GROUP = 3


def _listed_places(sentence: str, matches: list[PlaceMatch], skip: set[str]) -> set[str]:
    """The separate places a sentence names as possible members of a group: not blocs,
    not 中国大陆, not a meeting's venue or a participant's origin, not a place of ``skip``
    or containing one; a place and a place inside it count once (the inner one)."""
    excluded = [(m.start(1), m.end(1)) for m in _MEETING_VENUE_RE.finditer(sentence)]
    excluded += [(m.start(), m.end()) for m in _PARTICIPANTS_RE.finditer(sentence)]
    names = {
        m.name
        for m in matches
        if m.level != "bloc"
        and m.name != MAINLAND
        and not any(s <= m.start and m.end <= e for s, e in excluded)
    }
    names = {n for n in names if n not in skip and not any(_contains(n, k) for k in skip)}
    return {n for n in names if not any(_contains(n, o) for o in names)}


def _counted_group_pairs(
    sentence: str, matches: list[PlaceMatch], earlier: list[tuple[str, list[PlaceMatch]]]
) -> tuple[list[tuple[str, str, str]], int | None]:
    """Across sentences: a counted group (九城市, 两地) stands for the places a sentence
    just before lists when their number is the group's (validation batch y,
    dev w16, k06).

    * the group as the subject of a strong act (an agreement, a joint programme, an
      alliance, assistance) in its statement, in a sentence naming no place of its own,
      with at least :data:`MIN_SUBJECT_GROUP` members: each pair of members
      (…九城市人力社保局局长…齐聚…。…会上,九城市…达成共识,签订了相关合作协议);
    * the group right after 与/和/同 with one place before it in its clause, the statement
      strong: that place with each member (永川高新区管委会分别与两地教委签订了合作协议,
      the sentence before naming 奉节 and 彭水 besides 永川).

    The members are the separate places (:func:`_listed_places`) of the nearest of the
    :data:`COUNTED_GROUP_LOOKBACK` sentences before that names any: exactly as many as
    the group counts, else nothing (a guess would pair the wrong places). No aim or demand
    in the statement. Returns the pairs and the index (into ``earlier``) of the sentence
    the members come from."""
    for g in _COUNTED_GROUP_RE.finditer(sentence):
        n = _NUMBER.get(g.group("n")) or int(g.group("n"))
        if any(m.end == g.start() for m in matches):
            continue  # 京津冀三地: a bloc's or a place's members, not a list before
        stop = _SEGMENT_END_RE.search(sentence, g.end())
        statement = sentence[g.start() : stop.start() if stop else len(sentence)]
        if mechanism_of(statement) not in _BOTH_SIDES_MECHANISMS:
            continue
        cs = max((c.end() for c in _LIST_START_RE.finditer(sentence, 0, g.start())), default=0)
        lead_in = sentence[cs : g.start()]
        if _AIM_RE.search(sentence[cs : cs + len(lead_in) + len(statement)]) or _DEMAND_RE.search(
            sentence[cs : cs + len(lead_in) + len(statement)]
        ):
            continue
        partner = _GROUP_PARTNER_BEFORE_RE.search(lead_in)
        if partner is None:
            if matches or n < MIN_SUBJECT_GROUP or len(lead_in.strip()) > 6:
                continue
            subject = None
        else:
            before = [m for m in matches if cs <= m.start and m.end <= g.start()]
            heads = {m.name for m in before}
            heads = {h for h in heads if not any(_contains(h, o) for o in heads)}
            if len(heads) != 1 or any(m.level == "bloc" for m in before):
                continue
            subject = heads.pop()
        skip = {m.name for m in matches}
        for k in range(len(earlier) - 1, max(-1, len(earlier) - 1 - COUNTED_GROUP_LOOKBACK), -1):
            names = _listed_places(earlier[k][0], earlier[k][1], skip)
            if not names:
                continue
            if len(names) != n:
                break
            mech = mechanism_of(statement)
            if subject is None:
                pairs = [(a, b, mech) for a, b in combinations(sorted(names), 2)]
            else:
                pairs = [
                    (*sorted((subject, x)), mech)
                    for x in sorted(names)
                    if not _contains(subject, x) and not _contains(x, subject)
                ]
            return pairs, k
        break
    return [], None


def _drop_loose_provinces(rows: list[tuple], loose: list[bool]) -> list[tuple]:
    """Within one article, a pair of a place with a province named as a separate place
    (密云区职业学校与河北、内蒙古等四所职业学校签订对口帮扶协议) is dropped when the
    article also pairs that place with a place inside the province (…与河北蔚县职业技术
    教育中心…签订协议): the same partner, named precisely there. Pairs named as a unit
    (川渝, a bloc, a programme), pairs with a province whose government body acts
    (重庆市教委与四川省教育厅…签署) and the precise pairs that are themselves named as a
    unit (成渝 → 成都市–重庆市) are kept."""
    pairs = {(r[2], r[3]) for r, lo in zip(rows, loose) if lo}
    partners: dict[str, set[str]] = {}
    for a, b in pairs:
        partners.setdefault(a, set()).add(b)
        partners.setdefault(b, set()).add(a)

    def finer_elsewhere(place: str, province: str) -> bool:
        p = lookup(province)
        if p is None or p.level != "province":
            return False
        return any(q != province and _contains(province, q) for q in partners.get(place, ()))

    return [
        r
        for r, lo in zip(rows, loose)
        if not (lo and (finer_elsewhere(r[2], r[3]) or finer_elsewhere(r[3], r[2])))
    ]


def collaborations(corpus: pd.DataFrame, n_jobs: int = 1) -> pd.DataFrame:
    """One row per pair of places a sentence presents as working together.

    Parameters
    ----------
    corpus : DataFrame
        The corpus table (index ``doc_id``, column ``text``).
    n_jobs : int
        Processes to use; the result does not depend on it.

    Returns
    -------
    DataFrame
        ``doc_id``, ``sent_id``, ``a``, ``b`` (canonical names, ``a < b``), ``mechanism``
        (one of :data:`MECHANISMS`), ``evidence`` (the sentence); one row per
        (``doc_id``, ``sent_id``, ``a``, ``b``), ordered by those columns.

    Examples
    --------
    >>> from vocstudy.corpus import corpus_from_texts
    >>> c = corpus_from_texts({"d": "川渝两地共建职业教育联盟。"}, clean=False)
    >>> collaborations(c)[["a", "b", "mechanism"]].values.tolist()
    [['四川省', '重庆市', 'alliance']]
    """
    frames = map_frames(
        _doc_collaborations,
        doc_items(corpus, "text"),
        to_frame=_collaboration_frame,
        n_jobs=n_jobs,
        desc="collaborations",
    )
    df = concat_frames(frames)
    return df.sort_values(["doc_id", "sent_id", "a", "b"], kind="stable").reset_index(drop=True)


@python_strings
def _collaboration_frame(parts: list[list[tuple]]) -> pd.DataFrame:
    df = pd.DataFrame([r for part in parts for r in part], columns=COLLABORATION_COLUMNS)
    df["sent_id"] = df["sent_id"].astype("int64")
    for col in ("doc_id", "a", "b", "mechanism", "evidence"):
        df[col] = df[col].astype(object)
    # the key holds doc_id, and a batch never cuts a document: dropping batch by batch
    # drops what dropping over the whole table would
    return df.drop_duplicates(["doc_id", "sent_id", "a", "b"])


__all__ = [
    "collaborations",
    "find_collaborations",
    "mechanism_of",
    "MECHANISMS",
    "COLLABORATION_COLUMNS",
]
