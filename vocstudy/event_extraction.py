"""Events the articles report: launches, foundings, signings, ceremonies, forums …

An *event* is something the article reports as having happened or as scheduled - a
launch ceremony, an alliance founded, an agreement signed, a forum held - not a policy
aim, a slogan or an organisation's history. Each is found from a documented trigger
lexicon (``vocstudy/data/event_types.csv``, described in ``vocstudy/data/events.md``)
plus a few general rules, sentence by sentence, with regular expressions only (no
segmentation, so it costs a small fraction of tokenising).

For every event mention the table gives the trigger, the sentence as evidence, the date
resolved from the text and the publication date (:func:`resolve_dates` shows how) and the
place where the text states it (在/于 … 举行/举办/召开/签署 …, resolved with
:func:`vocstudy.gazetteer.find_places`).

Rules in brief (details and reasons in ``events.md``):

* **Triggers**: leftmost-longest match over the lexicon (启动仪式 before 启动); a trigger
  counts when one of its lexicon rows accepts the context (``before``/``not_before``
  just before it in its clause, ``after``/``not_after`` just after it, ``requires``
  somewhere in the sentence, ``negative`` nowhere in the sentence).
* **Not events**: a trigger in an irrealis frame - an aim, call, duty or question (鼓励/
  希望/如何/力争/做好 … before it in its clause; 要/应当/必须, 今后/下一步/接下来/提出要
  before it in its sentence) - or a kind rather than an occasion: after a generic
  quantifier (参加各类技能竞赛) or a distributive 有些/有的, in a list that ends in a kind
  or an area (从专业建设、技能竞赛等方面; …联盟等合作平台), or an example (如技能大赛、
  校园开放日等). Courtesy formulas (对…一行的到来表示欢迎) and back-references to the
  occasion (会议指出, 此次大会, 在开班仪式上) are no new events; a title in 《》 is a name
  (根据《…的通知》 issues no notice).
* **Scheduled events count when dated** (将在9月12日至18日进行); an undated plan
  (将进一步…, 计划举办) does not.
* **Background** (此前, 曾, 过去三年, 近年来, 自…以来, 当前…已, …至今 after the trigger, a
  bare earlier year: 于2020年牵头成立 - unless it names the edition of an occasion dated in
  that year) and **proposals** (提出成立…) are not events.
* **Sub-parts**: a mention whose lexicon row has ``part_of`` types is dropped when the
  sentence or article reports one of them (the 开幕式 of a competition is the competition).
* :func:`article_events` merges the mentions of one occasion into one row, marks the lead
  occasion and gives its city.
* **Dedup**: one row per event type per sentence - same-type mentions in a sentence are
  taken as one event (签约仪式 … 此次签署); the row keeps the first trigger and takes
  date and place from the first mention that states them.
* **Date**: the date expression in the trigger's clause (a precise one before it, else
  after it), else the nearest one earlier in the sentence; none → NaT. Day and month
  expressions date an event; year-level ones (今年, 上半年, 年底) make it NaT.
* **Place**: the most specific place named in a location phrase in the trigger's clause.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import chain
from typing import Any, NamedTuple

import pandas as pd

from ._automaton import Automaton
from ._parallel import concat_frames, doc_items, map_frames, python_strings
from ._regex import skipping
from .dates import (  # noqa: F401  (re-exported: the date helpers' former home)
    FUTURE_WINDOW_DAYS,
    DateMention,
    _cn_int,
    _scan_dates,
    _timestamp,
    _to_published,
    resolve_dates,
)
from .gazetteer import (
    SchoolMatch,
    document_places,
    find_english_places,
    find_places,
    find_schools,
    foreign_kind,
    lookup,
    lookup_all,
)
from .paths import data_path
from .text import LATIN_WORD_RE, is_english, split_sentences

EVENT_TYPES = (
    "launch",
    "founding",
    "signing",
    "plaque_ceremony",
    "forum",
    "meeting",
    "exhibition",
    "competition",
    "release",
    "visit",
    "homecoming",
    "training",
)
EVENT_COLUMNS = ["doc_id", "sent_id", "event_type", "trigger", "date", "place", "evidence"]
LEXICON_COLUMNS = [
    "event_type",
    "trigger",
    "before",
    "not_before",
    "after",
    "not_after",
    "requires",
    "negative",
    "part_of",
    "definition",
]
#: Context columns of the lexicon, all regular expressions (empty: no condition).
CONTEXT_COLUMNS = ["before", "not_before", "after", "not_after", "requires", "negative"]

# ------------------------------------------------------------------------------ rules
_CLAUSE_PUNCT = ",,;;::。!?!?"
_C = f"[^{_CLAUSE_PUNCT}]"  # one character inside a clause

#: A count of two or more, in figures or in words (5, 12, 两, 十一, 二十三): what makes a
#: tally of bodies set up or of trips made, not one occasion.
COUNT_2_PLUS = (
    r"(?<![0-9第])(?:[2-9]|[1-9][0-9]+|[两三四五六七八九]|十[一二三四五六七八九]?"
    r"|[二三四五六七八九]十[一二三四五六七八九]?)"
)

#: ``@name`` macros usable in the lexicon's context columns (documented in events.md).
MACROS = {
    # the sentence reports an occasion as held, attended or scheduled
    "held": "举办|举行|召开|开幕|闭幕|落幕|开展|开启|启动|进行|开赛|揭晓|参加|出席|亮相|主办"
    "|承办|协办|帷幕|期间|开班|结业|参赛|决赛|现场|隆重|圆满|顺利|莅临|展开",
    # an edition names a particular occurrence: 2024…论坛, 第三届, 首届, 本次
    "edition": r"(?:19|20)\d{2}|第[0-9一二三四五六七八九十百]+[届场]|首届|首场|本届|本次|此次",
    # the sentence is set at an occasion
    "occasion": "活动上|仪式上|典礼上|会上|大会上|现场|活动中|期间|仪式|典礼",
    # the trigger ends its clause (X启动。 / X启动,)
    "end": r"了?\s*(?:[,,。;;!!??、::))”」]|\s|$)",
    # a competition named as someone's credential (大赛10强选手, 大赛金牌)
    "credential": f"[^{_CLAUSE_PUNCT}、中]{{0,6}}?"
    r"(?:[0-9一二三四五六七八九十百]+强|选手|冠军|亚军|季军|金牌|银牌|铜牌|[一二三特]等奖|获奖者|得主"
    # a school's award for organising its teams (…技能大赛优秀组织奖; gg14)
    r"|组织奖|优胜奖)",
    # a tally of several bodies set up (成立了…10个职教集团, 组建了35个职教集团, 成立3座…中心):
    # a count of achievements, not one occasion reported
    "tally": f"了?{_C}{{0,40}}?{COUNT_2_PLUS}多?(?:个|所|座|家|支|批)",
    # an occasion the annotation guide types as none of the event types - a graduation, a
    # school sports meet, a freshmen's welcome, an anniversary (GUIDE [e], [dd], [m]): its
    # opening (拉开帷幕, 隆重开幕) opens no programme (batches cc, dd); a sports race or
    # match (越野滑雪赛, 篮球联赛: GUIDE [we] we06)
    "untyped": "毕业典礼|毕业礼|结业礼|运动会|体育节|迎新|校庆|周年庆"
    "|(?:滑雪|越野|篮球|足球|排球|乒乓球|羽毛球|网球|马拉松|龙舟|冰球)[^，。,]{0,3}?赛",
    # one character inside the trigger's clause
    "c": _C,
}
_MACRO_RE = re.compile(r"@([a-z]+)")

#: An aim, call, question or ability in the trigger's clause before it: not an event.
IRREALIS_CLAUSE = (
    r"(?<![重主需只纲提])要(?![求素点闻])|应当|应该|需要|必须|鼓励|倡导|号召|呼吁|如何|是否"
    r"|希望(?!教育|集团|小学|中学|学校|工程|杯|之星|田野)|期许|期望|期盼|期待|争取|力争|致力于|有望"
    r"|可以|能够|(?:做好|抓好|办好)(?!了)"
    # setting about it (正著手成立虚拟的工具机学院): under way, not done (batch i)
    r"|[着著]手"
)
#: A negation just before the trigger in its clause (教育部从未官方发布过…排名, 尚未成立,
#: 并未签署): what did not happen is not reported as happening.
NEGATION = r"(?:从未|从来没有|从没|尚未|并未|未曾|没有|未能|(?<![从尚并])未(?![来必]))"
#: Heard as the subject of a report (会议听取…成立建设…联合体的情况汇报): the trigger is what
#: a report was about, not an occasion of the story.
REPORT_HEARD = r"听取"
#: A generic quantifier just before the trigger in its clause (参加各类技能竞赛, 举办各种
#: 培训): a kind of activity, not a particular event.
GENERIC = (
    r"各类|各种|各级各类|各项|多种|多类|多项|不同"
    # an arrangement to hold it regularly (建立…机制,定期举办联盟大会, zs02): a mechanism, not one
    # occasion
    r"|定期|不定期"
)
#: A distributive subject before the trigger in its sentence (有些是…考察, 有的…): kinds of
#: activity described, not one occasion.
GENERIC_SENTENCE = r"有些|有的"
#: After the trigger in its clause, the list it belongs to ends in a kind or an area
#: (成立…联盟等国际交流合作平台, 从专业建设、技能竞赛、育人质量等方面, “师生恳谈会”
#: “行业圆桌论坛”等平台, 举办…活动周、…论坛等品牌活动): a summary of kinds, not an event.
KINDS_AFTER = (
    r"(?:等(?:[^,,。;;:：]{0,10}?)"
    r"(?:平台|品牌活动|载体|方面|领域|维度|层面|模块|板块|议题)"
    # or a list closed by 等等 (举办马中职业教育展、引进鲁班工坊合作办学、成立…联盟等等, zc08):
    # what a body has done, listed, not an occasion reported
    r"|等等)"
)
#: Just before the trigger in its clause, an example marker, with 等 after it (如技能大赛、
#: 校园开放日等): examples of a kind, not an event.
EXAMPLE_BEFORE = r"(?:例如|诸如|比如|譬如|(?<![例诸比譬假犹正])如(?![期今何果此同实]))"
#: An enumeration of an occasion's programme around the trigger: a list opened by 包括/设置/
#: 集成 … and closed by 等, with only 、/和/及 between (活动主要包括:全国职业院校技能大赛、
#: …研讨会、…高端论坛等; 设置开幕式、分论坛、…展览和…实地考察等环节): the items are parts
#: or kinds of the occasion, not occasions reported on their own (GUIDE [r]). A bare 包括
#: counts only after a word of programme in its sentence (主要包括, 活动周期间…包括, 一系列
#: 活动,包括, 多项计划,包括), and not as 其中包括 (among them): 活动内容丰富,包括…论坛、
#: …对话会 lists the sessions a conference held, and 系列活动在全区各校陆续开展,其中包括…
#: 技能展示活动等 picks activities carried out - reported occasions.
PROGRAMME_LIST = (
    r"(?:(?:主要|期间|系列活动|计划|环节)[^。!?]*?(?<!其中)包括|包含|涵盖|设置|设有|集成)(?:了|有)?"
)
#: A time frame rather than a report: the trigger names the moment something else happened
#: (恰逢“全国职业教育活动周”开幕, 正值…召开之际) or what it is dedicated to (为党的十九大胜利
#: 召开献礼, 喜迎二十大召开).
TIME_FRAME = r"恰逢|适逢|正值|时值|正逢|喜迎"
TIME_FRAME_AFTER = (
    r"献礼|之际|(?<![0-9])时刻|第一时间"
    # the eve of an occasion (…博览会开幕前夕的“预热”活动: batch oo) dates something else
    r"|前夕"
    # a time clause (…大赛开幕时,习近平总书记曾…; 视察西藏时确定建设; 到摊位参观时与市民交谈):
    # the trigger dates something else; not 同时, 及时, 届时, 小时, 学时, 课时 …
    r"|(?<![同及届当平小学课工按准临暂随适一实计定限历耗用费到彼此那这何])(?:之)?时(?![间期代尚装长段效任])"
)
#: Strong modals anywhere in the sentence before the trigger (要…,积极组建…): the whole
#: sentence states duties or aims. Not the future 将要 (将要派出…的学生进行了面试,…签署了…协议,
#: zy08): it marks its own clause's verb (``IRREALIS_CLAUSE``), not the sentence.
IRREALIS_MODAL = r"(?<![重主需只纲提将])要(?![求素点闻])|应当|应该|必须"
#: Plans and proposals in the sentence before the trigger (今后/下一步/接下来/提出要 …):
#: not an event.
IRREALIS_SENTENCE = (
    r"今后|下一步|接下来|未来[将要,,]|提出了?要|提出将"
    # an invitation to the public (欢迎各界朋友于10月26日…莅临竞赛现场参观, gg07; 欢迎有意…的青年
    # 人参加): what readers are asked to come to, not what happened
    r"|欢迎(?:社会)?(?:各界|广大|市民|民众|家长|大家|您|有意|有兴趣|各位朋友|朋友们?)"
)
#: A proposal or deliberation just before the trigger in its clause (提出成立…, 倡议
#: 组建…, 就组建…进行谋划): the thing is proposed, not done.
PROPOSAL = (
    r"(?:(?:提出|建议|倡议|谋划|商议|探讨|研究|筹划|酝酿|就(?![业读职是在近地此]))@c{0,6}"
    # a proposal put to a partner, anywhere in the clause (俄方向中国提议根据…标准联合成立…; ws03)
    r"|提议[^,，。;；]{0,24})$"
)
#: Background in the sentence before the trigger: what happened before the reported
#: occasion (过去三年先后举办, 此前, 曾, 自2019年以来, 近年来, 回顾, 早在, 历届).
BACKGROUND = (
    r"此前|之前|以前|以往|早在|历年|历届|多年来|近年|近[一二三四五六七八九十两几数0-9]+年"
    # (not the first since: 自新冠疫情爆发以来首期…培训班开班仪式, rr03)
    r"|过去(?:的)?[一二三四五六七八九十两几数0-9]*年|以来(?!的?首[期届批])|迄今|至今|已连续|回顾|多次"
    # editions held over the years (成功举办了多届…论坛, rr04)
    r"|(?:多|数|几)届"
    r"|曾(?:经)?(?=[在于多先参举承主签成组赴到获与连])"
    # at that time (当时的班主任便鼓励他…,筹组参观工地与交流活动): a past told as a story
    r"|(?<![在])当时(?![间])"
    # 三年来, 十年前, 多年前, 最早成立于… (batch i); not 2020年前 (a deadline)
    # (also typeset with a space: 4 年前,非洲首家鲁班工坊在吉布提挂牌运行; gg02)
    r"|(?<![0-9])(?:[0-9]{1,2}\s?|[一二三四五六七八九十两几数]+)年(?:来|前)|多年前|最早"
    r"|(?:当前|目前|如今)[^。!?]{0,30}?已(?:经)?|自[^,,。;;]{1,12}?开始"
    # a tally up to now (截至目前…共签署16项…协议, 累计举办)
    r"|截至|累计"
    # a tally of sessions held so far (已举行超50期员工技能培训, 已成功举办了十届)
    r"|已(?:经)?(?:成功)?(?:举办|举行|开展|召开|组织|开设|培训)了?(?:超过?|逾|近)?"
    r"[0-9一二三四五六七八九十百]+(?:余|多)?(?:期|场|次|届|批|轮)"
    # a tally of partners so far (已与10余家在塔中资企业签署…协议, zf02)
    r"|已(?:经)?(?:先后)?与[^,,。;;]{0,10}?[0-9一二三四五六七八九十百]+(?:余|多)?(?:家|所|个)"
    # past editions listed by their years (成功主办了2012、2013、2015…联展暨论坛)
    r"|(?:19|20)\d{2}年?、(?:19|20)\d{2}"
    # a habit (教育部每年都在海外举办…展或…论坛; batch cc): what is done every year, not
    # the occasion reported
    r"|每年(?:都|均|定期|固定)"
)
#: Just after the trigger: 以来/至今 (首次发布至今, 启动以来) - background as well.
# (also after the trigger's object: 屏、泰两校签订合作协议至今将满20年; mm08)
_SINCE_AFTER_RE = re.compile(r"\s*了?\s*(?:[^,，。;；!?！？、\s]{0,8}?)(?:以来|至今|迄今)")
#: A later clause of the sentence told from years on (…于2018年…正式成立,近年来已成为…重要平台,
#: za09): the occasion is the thing's history, not the news.
_LATER_YEARS_RE = re.compile(r"[^。!?;;]*?[,,]\s*(?:近年来|近几年|多年来|如今|现已|至今已|此后)")
#: A future or planning marker in the sentence before the trigger (将, 计划, 拟, 准备,
#: 预计, 即将): a plan, unless the sentence dates it (将于5月6日举行) or the clause names an
#: edition (还将举办第七届…展览会) — then it is a scheduled event.
FUTURE = (
    # not the disposal 现将 of a notice (现将获奖名单予以公布: hereby), but 现将于/现将在 (now will)
    r"(?<![即现])将(?![军领士近来])|(?<=现)将(?=于|在)|即将|拟|准备|预计"
    # 还会 + a verb (同时还会成立社会监督队, yd08); not 还会见了, 还会同…, 还会议
    r"|还会(?![议上后见谈同场员长期堂商展中])"
    # 计划/筹备 as verbs (计划举办, 筹备召开), not nouns (「…」计划, 提质培优行动计划(…),
    # 介绍了大赛筹备情况)
    r"|(?<![”」》\"])计划(?![”」》\"),,。、;;::的项目书表(（])|筹备(?![情工会组委])"
)

#: Most specific first: the place of an event is the most specific place in its location
#: phrase (在四川省宜宾市举行 → 宜宾市).
#: How specific a place is as a venue (lower is more). A township ranks after its county:
#: both give the same city, and where they differ the county names the venue more surely
#: (小榄镇组团驻潮安区金石镇…培训班: 潮安区, in 潮州市; dev xg07).
PLACE_LEVEL_RANK = {
    "district": 0, "town": 0.5, "city": 1, "area": 2, "province": 3, "foreign": 4, "bloc": 5
}  # fmt: skip

#: After 在/于, a date rather than a place (于24日, 在2024年, 于年9月, 在今年).
_DATE_AHEAD = r"[0-9]|[〇零一二三四五六七八九十两]{1,4}[年月日号]|[今去明前本当同]年|[年月日]"
_PLACE_RE = re.compile(
    # 假 (Hong Kong, Taiwan: 假灣仔香港會議展覽中心舉行) is 在
    rf"(?:在|于|假)(?!{_DATE_AHEAD})"
    rf"(?P<loc>[^{_CLAUSE_PUNCT}、在于]{{1,30}}?)"
    r"(?:隆重|正式|顺利|成功|盛大|同时|同期|联合|共同|现场)?"
    r"(?:举行|举办|召开|开幕|闭幕|启动|开班|开赛|开营|揭牌|签约|签署|签订|成立|开展|进行|落幕"
    r"|开园|开馆|开业|揭幕|展开|展出|落下帷幕|拉开帷幕|拉开序幕"
    # a class opened somewhere (文化馆在东河镇玉龙村开设为期三天的培训班; vh07)
    r"|开设|开办"
    # a school taking a booth at an expo (于107年8月24日在曼谷盛大参展; batch cc)
    r"|参展)"
)
_CLAUSE_RE = re.compile(f"[{_CLAUSE_PUNCT}]")
_IRREALIS_CLAUSE_RE = skipping(IRREALIS_CLAUSE)
_IRREALIS_SENTENCE_RE = skipping(f"{IRREALIS_SENTENCE}|{IRREALIS_MODAL}")
_GENERIC_RE = re.compile(
    f"(?:{GENERIC}){_C}{{0,8}}$"
    # 定期 reaches further: 定期召开“双高”建设与改革专题研讨会 (yw04) is a standing
    # arrangement whatever the name between
    f"|定期{_C}{{0,20}}$"
    # held every year (每年举办2-3场福州特色农产品主播大赛, vq10): a custom, not one occasion
    f"|每年(?:都|均|还)?(?:举办|举行|开展|组织|召开){_C}{{0,20}}$"
    # a count of trips or times (领导班子成员5次赴肇庆调研, uc08): a tally, not one occasion
    f"|(?:{COUNT_2_PLUS}|(?<![0-9第])[多数])次"
    f"(?:赴|到|前往|深入|走访|组织|举办|召开){_C}{{0,20}}$"
)
_NEGATION_RE = re.compile(f"{NEGATION}{_C}{{0,4}}$")
_REPORT_HEARD_RE = re.compile(f"{REPORT_HEARD}{_C}{{0,40}}$")
_REPORT_AFTER_RE = re.compile(f"{_C}{{0,30}}?(?:汇报|报告)")
_GENERIC_SENTENCE_RE = re.compile(GENERIC_SENTENCE)
_KINDS_AFTER_RE = re.compile(f"{_C}{{0,40}}?{KINDS_AFTER}")
#: After the trigger in its clause, an opportunity offered (提供到企业参访、实习的机会; 推动企业
#: 参访、竞赛以及实习机会三大面向合作): a kind of activity promised, not an occasion.
_OPPORTUNITY_AFTER_RE = re.compile(f"{_C}{{0,12}}?机会")
#: Before the trigger in its clause, a status of being first (巴新是首个同中国签署…谅解备忘录
#: 的太平洋岛国, vx09), with 的 after it: a relative clause describing a party, not an
#: occasion reported.
_FIRST_STATUS_RE = re.compile(
    f"是{_C}{{0,6}}?(?:首个|首家|首批|第一个|第一家|第一所|唯一一?[个家所]?|最早){_C}{{0,20}}$"
)
#: Before the trigger in its clause, what an occasion signifies (签署…,标志着两校…合作的正式
#: 启动; batch cc): the trigger names the significance, not a second occasion.
_SIGNIFIES_RE = re.compile(f"(?:标志着|意味着){_C}*$")
#: A sentence opening with an example marker (如天津社以…;山东社组织开展…推动…签署合作协议;
#: batch dd): a body's work given as examples, not the occasion reported.
_EXAMPLE_OPEN_RE = re.compile(
    r"\s*(?:例如|比如|譬如|如(?![期今何果此同实下上约火])"
    # or with a work summary's item number (一是成立组织。 二是广泛宣传。; dev u11, GUIDE [u])
    r"|[一二三四五六七八九十]是)"
)
#: After the trigger, what the occasion brought, judged (技能大赛的成功举办,为专业建设…搭建了
#: 很好的平台, dev k18; 成立「合作中心」是…峰会的重大成果, dev n18) or an award named after it
#: (「竞赛卓越奖」, dev x10): the trigger is a subject of comment or a name, not an occasion
#: reported.
_JUDGED_AFTER_RE = re.compile(
    rf"的?(?:成功|顺利)?(?:举办|召开|举行)?[,,]?为{_C}{{0,30}}?(?:提供|奠定|注入|搭建|开辟|带来|开创)"
    r"|的(?:重大|重要|标志性|丰硕)?成果(?![展发])"
    r"|[^,,。;;「」“”『』]{0,6}?奖[」”』]"
)
_EXAMPLE_BEFORE_RE = skipping(f"{EXAMPLE_BEFORE}[^{_CLAUSE_PUNCT}如]{{0,6}}$")
#: A title in 《》 (根据《…的通知》): a name, masked for the ``requires`` and ``negative``
#: conditions - a notice cited by name is not a notice issued.
_TITLE_RE = re.compile(r"《[^《》]{0,80}》")
_PROPOSAL_RE = skipping(PROPOSAL.replace("@c", _C))
#: the list runs from its opener to the trigger and on to 等 without clause punctuation
#: (a colon right after the opener is allowed: 主要包括:…)
_PROGRAMME_BEFORE_RE = skipping(f"(?:{PROGRAMME_LIST})[::]?[^{_CLAUSE_PUNCT}]*$")
_PROGRAMME_AFTER_RE = re.compile(f"[^{_CLAUSE_PUNCT}]*?等")
#: The means by which something is done, listed between 通过 and 等形式 (培训主要通过听取…介绍
#: 经验,参观…现场,开设专题讲座等形式帮助…, xr05): the parts of a programme, not occasions.
_MEANS_BEFORE_RE = re.compile("通过[^。;；!?！？]{0,40}$")
_MEANS_AFTER_RE = re.compile(
    "[^。;；!?！？]{0,40}?等(?:多种|多样|各种)?(?:形式|方式|途径|手段|渠道)"
)
#: An occasion named as the starting point or the occasion for something else (以第二届…联盟大会
#: 为新起点, zs02; 以…开幕为契机): the frame of what is urged, not an occasion reported.
_STARTING_POINT_BEFORE_RE = re.compile(f"以{_C}{{0,40}}$")
_STARTING_POINT_AFTER_RE = re.compile(f"{_C}{{0,8}}?为(?:新的?)?(?:起点|契机|开端)")
#: The parts an occasion is made of, listed after 即 (本次联展暨论坛由“1+1+7+5”多项活动组成,即召开…
#: 大会、聚焦1场…展、举办7场…论坛、组织5项…大赛, zn10): parts of that occasion ([r] r04).
_COMPOSED_OF_RE = re.compile(f"由{_C}{{0,30}}组成[,,::]?即{_C}*$")
_TIME_FRAME_RE = skipping(f"(?:{TIME_FRAME}){_C}*$")
_TIME_FRAME_AFTER_RE = re.compile(f"{_C}{{0,6}}?(?:{TIME_FRAME_AFTER})")
#: An occasion being prepared for (为正式揭牌做最后的准备, ss03; 为…的顺利揭牌工作奠定基础, zz01): 为
#: before the trigger in its clause and 做/作…准备 or 奠定…基础 after it - a plan, not an
#: occasion held.
_PREPARED_FOR_BEFORE_RE = re.compile(f"为{_C}{{0,12}}$")
_PREPARED_FOR_AFTER_RE = re.compile(
    f"{_C}{{0,4}}?(?:(?:做|作)(?:好)?{_C}{{0,6}}?准备|(?:奠定|打下|夯实)了?{_C}{{0,6}}?基础)"
)
#: The occasion reported named as the frame the reported one is part of (本次活动是第四届
#: 中国—中东欧国家博览会人文交流板块的重要组成部分, uu05): context, not an occasion reported.
_PART_OF_AFTER_RE = re.compile(f"{_C}{{0,12}}?的(?:重要|有机)?组成部分")
_BACKGROUND_RE = skipping(BACKGROUND)
#: The occasion the reporter learnt the news at (记者从近日在…举行的2019年全法留学工作会议上获悉,
#: …; ze06; GUIDE [r] r04): the source of the news, not an occasion it reports - also
#: when the trigger is the verb before the occasion's name (记者从昨天召开的…师生座谈会上获悉; ys06).
_NEWS_SOURCE_BEFORE_RE = re.compile(f"从{_C}{{0,40}}$")
_NEWS_SOURCE_AFTER_RE = re.compile(f"{_C}{{0,40}}?[上中](?:获悉|了解到|得知)")
#: The occasion a reporter interviewed someone at (在前不久召开的自治区煤炭工作会议上,记者采访了…,
#: zl09): where the interview took place, not an occasion the story reports.
_INTERVIEW_AT_BEFORE_RE = re.compile(f"在{_C}{{0,24}}$")
_INTERVIEW_AT_AFTER_RE = re.compile(
    f"{_C}{{0,24}}?(?:期间|上)[,,]?\\s*(?:本报|本刊|本台)?记者(?:采访|专访|获悉|了解到|见到)"
)
#: An occasion cited for what came of it, to carry it out (为推进中国-中亚峰会成果落地见效,
#: 落实…大会精神, 列入…峰会的成果清单, zz03; 为落实…在首届中国-阿拉伯国家峰会上提出的…, zc04):
#: the occasion is named, not reported.
_CARRY_OUT_BEFORE_RE = re.compile(f"(?:落实|推进|推动|贯彻|践行|列入|纳入|转化){_C}{{0,30}}$")
_CARRY_OUT_AFTER_RE = re.compile(
    # … also with a document named beside it (落实中央农村工作会议和2024年中央一号文件精神, xb07;
    # the trigger 工作会 leaves the 议 of its name)
    f'议?[”」》"]?(?:[和及与、]{_C}{{0,16}}?)?'
    r"(?:的?(?:重要)?(?:成果|精神|共识|部署|要求|倡议)|上?(?:提出|确定|作出)的)"
)
#: 继…之后/后 around the trigger (继2024年9月首次合作交流会后, 继去年10月在万隆成功举办「…论坛」
#: 后): the earlier occasion the reported one follows - background.
#: After the trigger in its clause, a document it adopted named as the subject (中非合作论坛
#: 第八届部长会议通过的《中非合作2035年愿景》提出…): the occasion is cited as a document's
#: source, not reported.
_SOURCE_OF_RE = re.compile(rf"{_C}{{0,20}}?(?:审议)?(?:通过|发布|印发|制定|形成)的《")
#: An occasion named as the setting of results (在今年8月举办的45届世界技能大赛上,中国代表队
#: 取得了16枚金牌; 对在2011年全省职业院校技能大赛作出突出贡献的单位…予以表彰): 在 before the
#: trigger in its clause, 上/中 after it, then what was won or done there - the occasion
#: frames results, it is not reported (GUIDE [r] r06, [e] results rule; batch i) - after
#: the lead: in the headline or lead it is the occasion the story reports (在阿联酋首都阿布
#: 扎比举办的…竞赛上,澳门选手…勇夺金牌, dev e-batch).
_SETTING_BEFORE_RE = re.compile(rf"在{_C}{{0,40}}$")
_SETTING_AFTER_RE = re.compile(
    rf"(?:{_C}{{0,8}}?(?:上|中|期间)[,,]?{_C}{{0,30}}?)?"
    r"(?:取得|获得|荣获|夺得|斩获|摘得|摘取|勇夺|作出|获)"
)
_FOLLOWS_BEFORE_RE = re.compile(r"继(?![续承而任往])[^。!?;;]{0,50}$")
_FOLLOWS_AFTER_RE = re.compile(r"[^,,。;;!?!?]{0,12}?[”」》\"]?(?:之)?后")
_FUTURE_EVENT_RE = skipping(FUTURE)
#: After a future marker, the rest of its clause: a noun phrase closed by 的, then a verb
#: done (了) - 将要派出到…留学的学生进行了面试, - the future describes the noun, the clause
#: reports a deed.
_EMBEDDED_FUTURE_RE = re.compile(r"[^,，;；。!?]*?的[^,，;；。!?]*?了[^,，;；。!?]*[,，;；]")
_EDITION_RE = skipping(MACROS["edition"])
#: A bare year (2020年, not 2020年9月): with a year before publication in the trigger's
#: clause before it, the mention is background (于2020年牵头成立).
#: A year may be written in Chinese numerals (我在二○一八年的《财政预算案》拨款…成立, pp05;
#: 二0二五年, a zero typed as a digit): :func:`vocstudy.dates._cn_int` reads both.
_YEAR = r"(?:19|20)\d{2}|[一二][〇○零0九][〇○零0一二三四五六七八九]{2}"
_BARE_YEAR_RE = re.compile(
    rf"(?<![0-9〇○零一二三四五六七八九])({_YEAR})年(?![0-9一二三四五六七八九十]+月|元月|[上下]半年|初|底|末)"
)


#: A bare year standing as a clause of its own before the trigger (2016年,由…揭牌成立;
#: 据…介绍,2009年,福建正式成立…): it dates the clauses after it, so an earlier year
#: makes the mention background, as a bare year inside the trigger's clause does.
_BARE_YEAR_TOPIC_RE = re.compile(
    # also after a dateline's space (台湾网2月5日潍坊消息 2009年,在第二届…研讨会上; batch cc)
    rf"(?:^|[{_CLAUSE_PUNCT}]|(?<=\s))\s*({_YEAR})年"
    r"(?:\s*(?=[,,])|(?![0-9一二三四五六七八九十]+月|元月|[上下]半年|初|底|末|度|届|版|级|第|全|[^,,]{0,40}[”」》]))"
)


#: 去年/前年 without a month in the trigger's clause (继去年…召开全国职教大会之后): like a bare
#: earlier year, background (去年9月 dates an event).
#: Last year or the year before (去年, 前年; with the year in brackets as Taiwan writes it:
#: 去(一0五)年, zb06).
_REL_YEAR_RE = re.compile(
    r"(?:去|前)(?:年(?![0-9一二三四五六七八九十两]+月|元月)"
    # the bracketed year is read by no date pattern, so its month does not date the mention
    r"|\s*[((][0-9一二三四五六七八九十〇○零]{2,4}[))]\s*年)"
)
#: Early this year (今年初, 年初) in a story published from this month on: an earlier part of the
#: year told as background (今年初教育部安排部署了…签订了对口支援协议, published in December;
#: za02), unless the sentence gives a date of its own.
_EARLY_YEAR_RE = re.compile(r"(?:今|本)?年初")
#: Next year (明年, 后年) before a trigger: an occasion still to come.
_NEXT_YEAR_RE = re.compile(r"明年|后年")
EARLY_YEAR_LATE_MONTH = 6

#: A clause that is the predicate of the clause before it (…大赛,将于6月27日在天津举行).
_PREDICATE_RE = re.compile(r"\s*(?:还|也|已|均|正式)?(?:将于|定于|拟于|于|将在|在)")


class EventMention(NamedTuple):
    """One event found in a sentence (after the per-sentence, per-type dedup)."""

    start: int
    end: int
    event_type: str
    trigger: str
    date: pd.Timestamp
    place: Any  # canonical place name, or pd.NA


# ------------------------------------------------------------------------------ lexicon
def load_event_lexicon(path: str | os.PathLike | None = None) -> pd.DataFrame:
    """Read the event trigger lexicon.

    Parameters
    ----------
    path : path-like, optional
        A CSV with the columns of ``vocstudy/data/event_types.csv``; default that file.

    Returns
    -------
    DataFrame
        Columns ``event_type``, ``trigger``, ``before``, ``not_before``, ``after``,
        ``not_after``, ``requires``, ``negative``, ``definition`` (empty string: no
        condition), in file order - which is the order rows of one trigger are tried.

    Examples
    --------
    >>> lex = load_event_lexicon()
    >>> sorted(set(lex["event_type"])) == sorted(EVENT_TYPES)
    True
    """
    path = data_path("event_types.csv") if path is None else path
    lex = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    missing = [c for c in ("event_type", "trigger") if c not in lex.columns]
    if missing:
        raise ValueError(f"event lexicon {path} lacks columns {missing}")
    for c in LEXICON_COLUMNS:
        if c not in lex.columns:
            lex[c] = ""
    lex = lex[LEXICON_COLUMNS].copy()
    for c in lex.columns:
        lex[c] = lex[c].str.strip()
    lex = lex[lex["trigger"] != ""].reset_index(drop=True)
    parts = {t for cell in lex["part_of"] for t in cell.split("|") if t}
    unknown = sorted((set(lex["event_type"]) | parts) - set(EVENT_TYPES))
    if unknown:
        raise ValueError(f"event lexicon {path} has unknown event types {unknown}")
    return lex


def _expand(pattern: str) -> str:
    def sub(m: re.Match[str]) -> str:
        if m.group(1) not in MACROS:
            raise ValueError(f"unknown macro @{m.group(1)} in event lexicon pattern {pattern!r}")
        return f"(?:{MACROS[m.group(1)]})"

    return _MACRO_RE.sub(sub, pattern)


class _Rule(NamedTuple):
    event_type: str
    part_of: tuple[str, ...]
    before: re.Pattern[str] | None
    not_before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    not_after: re.Pattern[str] | None
    requires: re.Pattern[str] | None
    negative: re.Pattern[str] | None


class CompiledLexicon(NamedTuple):
    """The lexicon ready for matching (picklable, so it travels to worker processes)."""

    by_first: dict[str, tuple[tuple[str, tuple[_Rule, ...]], ...]]  # first char → triggers
    automaton: Automaton  # every trigger's occurrences in one pass


def compile_lexicon(lexicon: pd.DataFrame | str | os.PathLike | None = None) -> CompiledLexicon:
    """Compile a lexicon (a table like :func:`load_event_lexicon` returns, or its path).

    Examples
    --------
    >>> lex = compile_lexicon()
    >>> [t for t, _ in lex.by_first["签"] if t == "签约仪式"], lex.automaton.spans("签约仪式")[0]
    (['签约仪式'], (0, 4))
    """
    lex = lexicon if isinstance(lexicon, pd.DataFrame) else load_event_lexicon(lexicon)
    rules: dict[str, list[_Rule]] = {}
    for row in lex.fillna("").itertuples(index=False):
        r = row._asdict()

        def comp(col: str, anchor: str = "", r: dict = r) -> re.Pattern[str] | None:
            pat = str(r.get(col, "") or "")
            if not pat:
                return None
            pat = _expand(pat)
            if anchor == "end":
                pat = f"(?:{pat})$"
            return re.compile(pat)

        rules.setdefault(r["trigger"], []).append(
            _Rule(
                r["event_type"],
                tuple(t for t in str(r.get("part_of", "") or "").split("|") if t),
                comp("before", "end"),
                comp("not_before", "end"),
                comp("after"),
                comp("not_after"),
                comp("requires"),
                comp("negative"),
            )
        )
    triggers = sorted(rules, key=lambda t: (-len(t), t))
    by_first: dict[str, list[tuple[str, tuple[_Rule, ...]]]] = {}
    for t in triggers:
        by_first.setdefault(t[0], []).append((t, tuple(rules[t])))
    return CompiledLexicon({k: tuple(v) for k, v in by_first.items()}, Automaton(triggers))


@lru_cache(maxsize=1)
def _default_lexicon() -> CompiledLexicon:
    return compile_lexicon()


# ------------------------------------------------------------------------------ places
def _location_phrases(sentence: str) -> list[tuple[int, int, Any]]:
    """``(start, end, place)`` for each location phrase (在/于 … 举行) of a sentence.

    ``place`` is the most specific place :func:`vocstudy.gazetteer.find_places` finds inside
    the phrase (the whole sentence is its context); NA when it finds none, or when the
    most specific level holds several different places (在川渝举行, 在京津两地召开).
    """
    spans = [(m.start(), m.end()) for m in _PLACE_RE.finditer(sentence)]
    if not spans:
        return []
    found = find_places(sentence)
    out: list[tuple[int, int, Any]] = []
    for s, e in spans:
        inside = [p for p in found if p.start >= s and p.end <= e]
        place: Any = pd.NA
        if inside:
            top = min(PLACE_LEVEL_RANK.get(p.level, 9) for p in inside)
            best = [p for p in inside if PLACE_LEVEL_RANK.get(p.level, 9) == top]
            names = {p.name for p in best}
            if len(names) == 1:
                place = names.pop()
                if all(sentence.startswith("校区", p.end) for p in best):
                    # a campus named after a place (广州市技师学院…在黄石校区举行; dev wk02):
                    # where the sentence names the school before with another city, there
                    school = _school_city_before(sentence, found, best[0].start)
                    if not pd.isna(school) and school != _city_of(place, best[0].adcode):
                        place = school
        out.append((s, e, place))
    return out


# ------------------------------------------------------------------------------ matching
def _clause_bounds(sentence: str) -> list[int]:
    """Start offsets of clauses, plus the sentence length at the end."""
    return [0, *(m.end() for m in _CLAUSE_RE.finditer(sentence)), len(sentence) + 1]


def _clause_of(bounds: list[int], pos: int) -> tuple[int, int]:
    lo = 0
    for i in range(len(bounds) - 1):
        if bounds[i] <= pos:
            lo = i
        else:
            break
    return bounds[lo], max(bounds[lo], bounds[lo + 1] - 1)


def _mask_titles(sentence: str) -> str:
    """The sentence with the text inside 《…》 replaced by spaces (same length)."""
    return _TITLE_RE.sub(lambda m: "《" + " " * (len(m.group(0)) - 2) + "》", sentence)


def _accepts(
    rule: _Rule,
    sentence: str,
    start: int,
    end: int,
    cs: int,
    ce: int,
    masked: str | None = None,
) -> bool:
    """Whether ``rule`` accepts the trigger at ``[start, end)`` of clause ``[cs, ce)``.
    ``requires`` and ``negative`` are tried on ``masked`` (titles in 《》 blanked)."""
    masked = sentence if masked is None else masked
    left = sentence[cs:start]
    right = sentence[end:]
    if rule.before is not None and not rule.before.search(left):
        return False
    if rule.not_before is not None and rule.not_before.search(left):
        return False
    if rule.after is not None and not rule.after.match(right):
        return False
    if rule.not_after is not None and rule.not_after.match(right):
        return False
    if rule.requires is not None and not rule.requires.search(masked):
        return False
    return not (rule.negative is not None and rule.negative.search(masked))


def _pick_date(dates: list[tuple], start: int, cs: int, ce: int) -> pd.Timestamp:
    """Date of a trigger at ``start`` in clause ``[cs, ce)``."""
    in_clause = [d for d in dates if d[0] >= cs and d[1] <= ce]
    precise = [d for d in in_clause if d[4]]
    before = [d for d in precise if d[1] <= start]
    if before:
        return before[-1][2]
    after = [d for d in precise if d[0] >= start]
    if after:
        return after[0][2]
    if in_clause:  # only a year-level expression in the clause: too vague
        return pd.NaT
    earlier = [d for d in dates if d[1] <= cs]
    return earlier[-1][2] if earlier else pd.NaT


def _pick_place(places: list[tuple[int, int, Any]], start: int, cs: int, ce: int) -> Any:
    cands = [p for p in places if p[0] >= cs and p[1] <= ce and not pd.isna(p[2])]
    if not cands:
        return pd.NA
    return min(cands, key=lambda p: min(abs(p[0] - start), abs(p[1] - start)))[2]


def find_events(
    sentence: str, published: Any = None, lexicon: CompiledLexicon | None = None
) -> list[EventMention]:
    """Events reported in one sentence.

    Parameters
    ----------
    sentence : str
        One sentence of cleaned Simplified Chinese.
    published : Timestamp, str or None
        Publication date of the article (for dates without a year).
    lexicon : CompiledLexicon, optional
        From :func:`compile_lexicon`; default the shipped lexicon.

    Returns
    -------
    list of EventMention
        One per event type (the first mention), in order of position.

    Examples
    --------
    >>> [(e.event_type, e.trigger, str(e.date.date()))
    ...  for e in find_events("7月23日,学校举行签约仪式。", "2024-07-24")]
    [('signing', '签约仪式', '2024-07-23')]
    """
    return [mention for mention, _ in _sentence_events(sentence, published, lexicon)]


def _not_reported(
    sentence: str,
    pos: int,
    cs: int,
    pub: pd.Timestamp,
    dated: Callable[[], bool],
    end: int | None = None,
    ce: int | None = None,
    dates: Callable[[], list] | None = None,
    ref: Any = pd.NaT,
) -> bool:
    """True when the trigger at ``[pos, end)`` (clause ``[cs, ce)``) is not a reported
    occurrence: an aim, a proposal, a generic kind or an example, background, or an
    undated plan. ``ref`` stands for the publication date in the bare-year test when
    ``pub`` is unknown (:func:`_reference_date`)."""
    end = pos if end is None else end
    ce = len(sentence) if ce is None else ce
    if (
        _IRREALIS_CLAUSE_RE.search(sentence, cs, pos)
        or _IRREALIS_SENTENCE_RE.search(sentence, 0, pos)
        or _GENERIC_RE.search(sentence, cs, pos)
        or (sentence.find("未", cs, pos) >= 0 or sentence.find("没", cs, pos) >= 0)
        and _NEGATION_RE.search(sentence, cs, pos)
        or sentence.find("听取", cs, pos) >= 0
        and _REPORT_HEARD_RE.search(sentence, cs, pos)
        and _REPORT_AFTER_RE.match(sentence, end, ce)
        or _GENERIC_SENTENCE_RE.search(sentence, 0, pos)
        or _PROPOSAL_RE.search(sentence, cs, pos)
        or _BACKGROUND_RE.search(sentence, _fresh_start(sentence, cs, pos, dates), pos)
        or _SINCE_AFTER_RE.match(sentence, end)
        or _LATER_YEARS_RE.match(sentence, end)
        or _SOURCE_OF_RE.match(sentence, end, ce)
        or (_FOLLOWS_BEFORE_RE.search(sentence[:pos]) and _FOLLOWS_AFTER_RE.match(sentence, end))
        or _inside_title(sentence, pos, end)
        or _THEME_NAME_RE.match(sentence, end)
        or _KINDS_AFTER_RE.match(sentence, end, ce)
        or (_EXAMPLE_BEFORE_RE.search(sentence, cs, pos) and "等" in sentence[end:ce])
        or sentence.find("机会", end, ce) >= 0
        and _OPPORTUNITY_AFTER_RE.match(sentence, end, ce)
        or (
            sentence.find("为", end, end + 14) >= 0
            or sentence.find("成果", end, end + 8) >= 0
            or sentence.find("奖", end, end + 8) >= 0
        )
        and _JUDGED_AFTER_RE.match(sentence, end)
        or sentence.find("着", cs, pos) >= 0
        and _SIGNIFIES_RE.search(sentence, cs, pos)
        or sentence.find("是", cs, pos) >= 0
        and sentence.find("的", end, ce) >= 0
        and _FIRST_STATUS_RE.search(sentence, cs, pos)
        or (sentence.find("如", 0, 3) >= 0 or sentence.find("是", 0, 3) >= 0)
        and _EXAMPLE_OPEN_RE.match(sentence)
        or _TIME_FRAME_RE.search(sentence, cs, pos)
        or _TIME_FRAME_AFTER_RE.match(sentence, end, ce)
        or sentence.find("组成部分", end, ce) >= 0
        and _PART_OF_AFTER_RE.match(sentence, end, ce)
        or sentence.find("从", cs, pos) >= 0
        and _NEWS_SOURCE_AFTER_RE.match(sentence, end, ce)
        and _NEWS_SOURCE_BEFORE_RE.search(sentence, cs, pos)
        or _CARRY_OUT_AFTER_RE.match(sentence, end, ce)
        and _CARRY_OUT_BEFORE_RE.search(sentence, cs, pos)
        or sentence.find("记者", end, end + 40) >= 0
        and _INTERVIEW_AT_AFTER_RE.match(sentence, end)
        and _INTERVIEW_AT_BEFORE_RE.search(sentence, cs, pos)
        or (sentence.find("准备", end, ce) >= 0 or sentence.find("基础", end, ce) >= 0)
        and _PREPARED_FOR_AFTER_RE.match(sentence, end, ce)
        and _PREPARED_FOR_BEFORE_RE.search(sentence, cs, pos)
        or sentence.find("组成", 0, pos) >= 0
        and _COMPOSED_OF_RE.search(sentence, 0, pos)
        or sentence.find("以", cs, pos) >= 0
        and _STARTING_POINT_AFTER_RE.match(sentence, end, ce)
        and _STARTING_POINT_BEFORE_RE.search(sentence, cs, pos)
        or (
            _PROGRAMME_BEFORE_RE.search(sentence, 0, pos)
            and _PROGRAMME_AFTER_RE.match(sentence, end)
        )
        or sentence.find("通过", max(0, pos - 42), pos) >= 0
        and _MEANS_AFTER_RE.match(sentence, end)
        and _MEANS_BEFORE_RE.search(sentence, max(0, pos - 42), pos)
    ):
        return True
    basis = pub if not pd.isna(pub) else ref
    if not pd.isna(basis):
        # a bare year standing as its own clause before the trigger's, or in its clause
        # (the sentence's dates are scanned only when there is one)
        now: bool | None = None
        for y in chain(
            _BARE_YEAR_TOPIC_RE.finditer(sentence, 0, cs), _BARE_YEAR_RE.finditer(sentence, cs, pos)
        ):
            year = _cn_int(y.group(1))
            if year >= basis.year:
                continue
            if now is None:
                now = _dated_now(dates, basis, sentence)
            if now:
                break
            if not _dated_in_year(dates, year, basis):
                return True
    for y in _REL_YEAR_RE.finditer(sentence, cs, pos):
        if pd.isna(pub):
            return True  # last year, whatever the year is
        year = pub.year - (1 if y.group(0)[0] == "去" else 2)
        if not _dated_in_year(dates, year, pub):
            return True
    if (
        not pd.isna(pub)
        and pub.month >= EARLY_YEAR_LATE_MONTH
        and _EARLY_YEAR_RE.search(sentence, 0, pos)
        and not dated()
    ):
        return True  # 今年初…签订了…协议 told in a story of the year's end: background
    if _NEXT_YEAR_RE.search(sentence, 0, pos) and not dated():
        return True  # 明年,上海将承办第46届世界技能大赛 (vo01): next year's, whatever its edition
    fut = _FUTURE_EVENT_RE.search(sentence, 0, pos)
    while fut and (m := _EMBEDDED_FUTURE_RE.match(sentence, fut.end(), cs)):
        # a future inside a noun phrase of an earlier clause that reports what was done
        # (对将要派出…留学的学生进行了面试,…签署了…协议; zy08): not the trigger's plan
        fut = _FUTURE_EVENT_RE.search(sentence, m.end(), pos)
    if fut and not dated():
        return not _EDITION_RE.search(sentence, cs, pos + 12)
    if fut and fut.start() >= cs and dates is not None:
        # a plan in the trigger's own clause (即将于万隆技职大学成立「…中心」,特别指派…于4月5日
        # 至9日访台): a date only in a later clause dates something else, not the plan
        if not any(d[4] and d[0] < ce for d in dates()):
            return not _EDITION_RE.search(sentence, cs, pos + 12)
    return False


#: A back-reference right before a trigger (本次发表会, 此次大会): the occasion named before.
_BACK_REFERENCE_RE = re.compile(r"(?:本次|此次|这次|是次|该)$")
#: Closing quotes of a name (「…」, “…”).
_CLOSE_QUOTES = frozenset('」”"』')
#: A name given as a theme (以「职训小学堂-返校日」为主题): the quoted text names the
#: occasion's theme, not an occasion.
_THEME_NAME_RE = re.compile(r"[」”\"』]\s*(?:为|作为)?主题")


#: How many characters may stand between a quoted name and the trigger it names
#: (「…返校日」职业训练成果发表会).
NAME_GAP = 10


def _names_next(sentence: str, hit: tuple, found: list[tuple]) -> bool:
    """Whether ``hit`` ends a quoted name that a later trigger of its clause heads."""
    end = hit[1]
    if sentence[end : end + 1] not in _CLOSE_QUOTES:
        return False
    for nxt in found:
        if end < nxt[0] <= end + 1 + NAME_GAP and not _CLAUSE_RE.search(sentence, end, nxt[0]):
            return hit[2] not in nxt[6] and nxt[2] != hit[2]
    return False


def _inside_title(sentence: str, pos: int, end: int) -> bool:
    """Whether the trigger at ``[pos, end)`` lies inside a title in 《》 that goes on after
    it (《中非合作论坛—北京行动计划》): a document named after an occasion, not the
    occasion. A title ending with the trigger (首届《通达校企见面会》) names the occasion."""
    op = sentence.rfind("《", 0, pos)
    if op < 0 or "》" in sentence[op:pos]:
        return False
    return sentence.find("》", end) > end


def _fresh_start(sentence: str, cs: int, pos: int, dates: Callable[[], list] | None) -> int:
    """Where background markers before a trigger at ``pos`` start to count: the sentence's
    start, or the start of the last clause before the trigger's that opens with a day of
    the story's own year, written without a year (已连续5年办理「技职秀起来」活动,1月21日首次
    在…扩大举办,由…设摊: the day begins the occasion reported, the markers before it are
    about the earlier years). A date with its year (近年来,…2023年7月15日牵头成立…) may be
    part of the background and does not end it."""
    if dates is None or not _BACKGROUND_RE.search(sentence, 0, pos):
        return 0
    bounds = [0] + [m.end() for m in _CLAUSE_RE.finditer(sentence, 0, cs)]
    start = 0
    for d in dates():
        if d[4] and d[0] < pos and d[0] in bounds and "日" in d[3] and "年" not in d[3]:
            start = max(start, d[0])
    return start


def _dated_now(dates: Callable[[], list] | None, basis: pd.Timestamp, sentence: str = "") -> bool:
    """Whether the sentence dates its occasion to a day or month within half a year of
    ``basis`` (2017年6月15日,…举行2016年秋季…订单班结业典礼): an earlier bare year in it
    then names a cohort or an edition, not the time of the occasion (batch i, dev j13).
    A dateline's date (台湾网2月5日潍坊消息 2009年,…) dates the report, not the occasion
    (batch cc)."""
    if dates is None:
        return False
    return any(
        d[4]
        and not pd.isna(d[2])
        and abs((basis - d[2]).days) <= FUTURE_WINDOW_DAYS
        and not _DATELINE_AFTER_RE.match(sentence, d[1])
        for d in dates()
    )


#: Right after a date, a dateline's place and word (2月5日潍坊消息, 5月24日电).
_DATELINE_AFTER_RE = re.compile(r"[^,,。;;\s]{0,8}?(?:消息|电|讯)")


def _dated_in_year(dates: Callable[[], list] | None, year: int, pub: pd.Timestamp) -> bool:
    """Whether the sentence dates its occasion to a day or month of ``year`` within half a
    year before publication: the bare year then names the edition (12月2日,2017年全国…
    推进会在北京举行, published January 2018), not background."""
    if dates is None:
        return False
    return any(
        d[4] and not pd.isna(d[2]) and d[2].year == year and (pub - d[2]).days <= FUTURE_WINDOW_DAYS
        for d in dates()
    )


# ------------------------------------------------------------------------------ English
#: A plan, a wish or a future before the trigger: not an occasion reported.
_EN_PLAN_RE = re.compile(
    r"\b(?:will|would|shall|plans? to|planning to|aims? to|expected to|to be held|is to|are to"
    r"|hopes? to|look(?:s|ing)? forward to|going to|intends? to|wish(?:es)? to)\b",
    re.I,
)
#: Right before a place: where something happened (held in Chongqing, at Guangzhou …).
_EN_AT_RE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.I)
#: … and where a visit goes (led a delegation to Indonesia, visited Tianjin).
_EN_TO_RE = re.compile(r"\b(?:in|at|to|visited|visit)\s+(?:the\s+)?$", re.I)


#: Latin letters an English sentence has at least, to be read for events.
EN_MIN_LETTERS = 20


def _is_english(sentence: str) -> bool:
    """Whether ``sentence`` is read with the English triggers: English
    (:func:`vocstudy.text.is_english`), with :data:`EN_MIN_LETTERS` letters or more."""
    return bool(LATIN_WORD_RE.search(sentence)) and is_english(sentence, EN_MIN_LETTERS)


@lru_cache(maxsize=1)
def _english_lexicon() -> tuple[tuple[str, re.Pattern[str], Any, tuple[str, ...]], ...]:
    """``event_types_en.csv``: per row the type, its pattern, what the sentence must also
    say (``requires``) and the types it is only a part of (``part_of``)."""
    with data_path("event_types_en.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return tuple(
        (
            r["event_type"],
            re.compile(r["pattern"], re.I),
            re.compile(r["requires"], re.I) if r["requires"] else None,
            tuple(t for t in r["part_of"].split("|") if t),
        )
        for r in rows
    )


#: A verb of taking place right before the in/at of a place (was held … in Tianjin).
_EN_HELD_RE = re.compile(
    r"\b(?:held|took place|convened|opened|hosted|signed|launched|unveiled|kicked off)"
    r"\b[^.;,]{0,40}$",
    re.I,
)
#: Text in quotation marks: a title (the seminar titled “… in China and Egypt …”).
_EN_QUOTED_RE = re.compile(r"[“\"][^”\"]{0,300}[”\"]")


def _english_place(sentence: str, start: int, etype: str) -> Any:
    """The place an English sentence says its occasion happened: a place named right
    after in/at (to, for a visit) - the one a verb of taking place leads to (was held …
    in Tianjin), else the first after the trigger, else the last before it; not one that
    begins a hyphenated name (at the China-Uzbekistan … Conference), nor one inside a
    quoted title."""
    quoted = [(q.start(), q.end()) for q in _EN_QUOTED_RE.finditer(sentence)]
    before = _EN_TO_RE if etype == "visit" else _EN_AT_RE
    at = [
        m
        for m in find_english_places(sentence)
        if m.level != "bloc"
        and before.search(sentence, max(0, m.start - 10), m.start)
        and sentence[m.end : m.end + 1] not in ("-", "–")
        and not any(a <= m.start < b for a, b in quoted)
    ]
    held = [m for m in at if _EN_HELD_RE.search(sentence, max(0, m.start - 50), m.start)]
    after = [m for m in at if m.start >= start]
    m = held[0] if held else after[0] if after else (at[-1] if at else None)
    return m.name if m is not None else pd.NA


#: After a Chinese city's English name, the rest of a school's name (Cangzhou Technical
#: College, Jinhua Polytechnic).
_EN_SCHOOL_RE = re.compile(
    r"(?:\s+[A-Z][A-Za-z&'’-]*){0,5}?\s+(?:College|Polytechnic|University|Institute|School|Academy)\b"
)


def _english_school_city(sentence: str) -> Any:
    """On an English page whose lead occasion names no place, the city of the school it is
    held by (GUIDE [d] d13): the first Chinese city or district whose English name begins
    a school's name in the sentence, unless the school comes *from* it (a visitor)."""
    for m in find_english_places(sentence):
        if (
            m.level in ("city", "district")
            and _EN_SCHOOL_RE.match(sentence, m.end)
            and not sentence[max(0, m.start - 8) : m.start].rstrip().endswith(("from", "From"))
        ):
            return m.name
    return pd.NA


#: A year written in an English sentence.
_EN_YEAR_RE = re.compile(r"(?<!since )(?<!Since )\b((?:19|20)\d{2})\b")


def _english_events(sentence: str, ref: Any = pd.NaT) -> list[tuple[EventMention, tuple[str, ...]]]:
    """The events an English sentence reports (``event_types_en.csv``), one per type: a
    pattern's first match that no plan or wish comes before; undated. A sentence whose
    years all lie before the year of ``ref`` (the publication date) tells background (It
    was unveiled … in June 2020, on a 2023 page); a year after "since" reaches the present
    (Since 2007, 1,019 trainees … have been trained)."""
    years = [int(y) for y in _EN_YEAR_RE.findall(sentence)]
    if years and not pd.isna(ref) and max(years) < ref.year:
        return []
    found: dict[str, tuple[EventMention, tuple[str, ...]]] = {}
    for etype, pattern, requires, part_of in _english_lexicon():
        if etype in found or (requires is not None and not requires.search(sentence)):
            continue
        for m in pattern.finditer(sentence):
            if _EN_PLAN_RE.search(sentence, max(0, m.start() - 60), m.start()):
                continue
            place = _english_place(sentence, m.start(), etype)
            found[etype] = (
                EventMention(m.start(), m.end(), etype, m.group(0), pd.NaT, place),
                part_of,
            )
            break
    types = set(found)
    return sorted(
        (v for v in found.values() if not (set(v[1]) & (types - {v[0].event_type}))),
        key=lambda v: v[0].start,
    )


def _sentence_events(
    sentence: str,
    published: Any = None,
    lexicon: CompiledLexicon | None = None,
    spans: list[tuple[int, int]] | None = None,
    ref: Any = pd.NaT,
) -> list[tuple[EventMention, tuple[str, ...]]]:
    """:func:`find_events` with, per event, the types it is a part of (``part_of``)
    when it occurs in an article reporting one of them (开幕式 of a competition).
    ``spans``: the lexicon automaton's spans in the sentence, when already found."""
    if _is_english(sentence):  # an English page's sentence: its own lexicon
        return _english_events(sentence, ref if not pd.isna(ref) else _to_published(published))
    lex = lexicon or _default_lexicon()
    if spans is None:
        spans = lex.automaton.spans(sentence)
    if not spans:
        return []
    # where a trigger starts, in order (spans come by start)
    where = list(dict.fromkeys(i for i, _ in spans))
    bounds = _clause_bounds(sentence)
    pub = _to_published(published)
    masked = _mask_titles(sentence)
    scanned: list[list] = []

    def scan() -> list:  # the sentence's dates, scanned once and only when needed
        if not scanned:
            scanned.append(_scan_dates(sentence, published))
        return scanned[0]

    def dated() -> bool:
        return any(d[4] for d in scan())

    found: list[tuple] = []  # start, end, type, trigger, cs, ce, part_of
    nxt = 0  # the next trigger start not yet passed
    for pos in where:
        if pos < nxt:
            continue
        cs, ce = _clause_of(bounds, pos)
        hit = None
        for trig, rules in lex.by_first.get(sentence[pos], ()):
            if not sentence.startswith(trig, pos):
                continue
            end = pos + len(trig)
            for rule in rules:
                if _accepts(rule, sentence, pos, end, cs, ce, masked):
                    hit = (pos, end, rule.event_type, trig, cs, ce, rule.part_of)
                    break
            if hit:
                break
        if hit and _not_reported(sentence, pos, cs, pub, dated, hit[1], ce, scan, ref):
            hit = None
        if hit:
            found.append(hit)
            nxt = hit[1]
    if not found:
        return []
    # a quoted name ending with a trigger and followed in its clause by another trigger is
    # that event's name (「职训小学堂-返校日」职业训练成果发表会: no homecoming; batch i) -
    # unless the follower is a part of it (“…职业教育展”启动仪式: the launch is the show's)
    found = [f for f in found if not _names_next(sentence, f, found)]
    # a part of another event named in the same sentence (技能大赛开幕式) is that event
    types = {f[2] for f in found}
    found = [f for f in found if not (set(f[6]) & (types - {f[2]}))]
    dates = scan()
    places = _location_phrases(sentence)
    merged: dict[str, list] = {}
    for start, end, etype, trig, cs, ce, part_of in found:
        date = _pick_date(dates, start, cs, ce)
        place = _pick_place(places, start, cs, ce)
        # 2009年…技能大赛,将于6月27日至30日在天津举行: the next clause is its predicate
        nxt = _PREDICATE_RE.match(sentence, ce + 1)
        if nxt is not None and not any(f[4] == ce + 1 for f in found):
            ns, ne = _clause_of(bounds, ce + 1)
            if pd.isna(date):
                date = next((d[2] for d in dates if d[4] and ns <= d[0] < ne), date)
            if pd.isna(place):
                place = _pick_place(places, ns, ns, ne)
        if etype not in merged:
            merged[etype] = [start, end, etype, trig, date, place, part_of]
            continue
        first = merged[etype]  # same type again in this sentence: the same event
        if pd.isna(first[4]) and not pd.isna(date):
            first[4] = date
        if pd.isna(first[5]) and not pd.isna(place):
            first[5] = place
        first[6] = tuple(t for t in first[6] if t in part_of)  # a part only if all are
    return [(EventMention(*v[:6]), v[6]) for v in sorted(merged.values(), key=lambda v: v[0])]


#: Triggers of an opening (开幕式, 拉开帷幕): a launch, or a part of the event opened.
_OPENINGS = frozenset({"开幕式", "开幕", "启幕", "揭幕", "帷幕", "序幕", "开幕典礼"})
_UNTYPED_RE = re.compile(MACROS["untyped"])


def _doc_mentions(
    text: str, published: Any, lexicon: CompiledLexicon | None = None, ref: Any = None
) -> list[tuple[int, str, EventMention]]:
    """``(sent_id, sentence, mention)`` of a document, without the mentions that are a
    part of another event the document reports (the 开幕式 of a competition). ``ref``:
    the document's :func:`_reference_date`, when the caller has it already."""
    found = []
    published = _to_published(published)  # once per document, not per sentence
    sents = split_sentences(text if isinstance(text, str) else "")
    lex = lexicon or _default_lexicon()
    spans = lex.automaton.spans_by_part(sents)  # the triggers of every sentence, one scan
    if ref is None:
        ref = _reference_date(text, published)
    for sent_id, (sentence, sp) in enumerate(zip(sents, spans)):
        if not sp and not LATIN_WORD_RE.search(sentence):
            continue
        for ev, part_of in _sentence_events(sentence, published, lex, sp, ref):
            found.append((sent_id, sentence, ev, part_of))
    # a later bare head of an earlier trigger referred back to (成果发表会 … 本次发表会): the
    # same occasion, not an event of the head's own type (batch i)
    heads: dict[str, str] = {}
    kept = []
    for item in found:
        trig, etype, sentence = item[2].trigger, item[2].event_type, item[1]
        if _BACK_REFERENCE_RE.search(sentence, max(0, item[2].start - 3), item[2].start) and any(
            t != trig and t.endswith(trig) and ty != etype for t, ty in heads.items()
        ):
            continue
        heads.setdefault(trig, etype)
        kept.append(item)
    if any(ev.trigger in _OPENINGS for _, _, ev, _ in kept):
        # the opening (出席开幕式) of an occasion the title or lead names as one of no type
        # (田径运动会隆重开幕, 毕业典礼: GUIDE [e], [dd]) opens no programme (batch dd)
        lead = "".join(sents[:LEAD_SENTENCES])
        if _UNTYPED_RE.search(lead):
            kept = [k for k in kept if k[2].trigger not in _OPENINGS]
    types = {ev.event_type for _, _, ev, _ in kept}
    return [
        (sent_id, sentence, ev)
        for sent_id, sentence, ev, part_of in kept
        if not (set(part_of) & (types - {ev.event_type}))
    ]


#: How long before publication a mention dated after the lead is background: an
#: occasion recounted from more than half a year before (2018年9月3日,…论坛北京峰会上
#: 提出… in a 2019 article), the window a date without a year is resolved in.
BACKGROUND_DAYS = FUTURE_WINDOW_DAYS


#: A full date written with its year (2023年6月28日): what dates a page that prints no
#: publication date.
_FULL_DATE_RE = re.compile(r"(?<![0-9])((?:19|20)\d{2})年([0-9]{1,2})月([0-9]{1,2})日")


#: A year the text writes, not as a target (到2025年, 至2030年, 2025年前/底), nor as the end
#: of a span (2018—2020年, 2018?2020年 with its dash lost).
_PAST_YEAR_RE = re.compile(
    r"(?<![0-9到至])(?<!到 )(?<![0-9][-—–~～－?])((?:19|20)\d{2})年(?![前底末内中])"
)


def _reference_date(text: Any, published: Any) -> Any:
    """The publication date, else the latest full date the text writes with its year
    (2023年6月28日上午,…举行了毕业典礼): background is told relative to it (a page that
    prints no date still tells 最早成立于2018年 or 2005年,…签署协议 as the past); NaT when
    neither. A plan's month (2025年底前) is no full date."""
    if not pd.isna(published) or not isinstance(text, str) or "年" not in text:
        return published
    latest = pd.NaT
    for m in _FULL_DATE_RE.finditer(text):
        d = _timestamp(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if pd.isna(d):
            continue  # 2月30日
        if pd.isna(latest) or d > latest:
            latest = d
    if pd.isna(latest):
        # no full date either: the latest year the text writes as past (2005年,国家教育部
        # 与天津市政府签署协议 on a page whose story is set in 2008); not a target year
        # (到2025年, 至2030年, 2025年前)
        years = [int(m.group(1)) for m in _PAST_YEAR_RE.finditer(text)]
        if years:
            latest = pd.Timestamp(max(years), 1, 1)
    return latest


def _setting(sentence: str, ev: EventMention) -> bool:
    """Whether the mention is the setting of results (在…大赛上,…取得了…)."""
    cs, _ = _clause_of(_clause_bounds(sentence), ev.start)
    return bool(
        _SETTING_BEFORE_RE.search(sentence, cs, ev.start)
        and _SETTING_AFTER_RE.match(sentence, ev.end)
    )


def _long_before(date: Any, published: Any) -> bool:
    """Whether ``date`` lies more than :data:`BACKGROUND_DAYS` before ``published``."""
    if pd.isna(date) or pd.isna(published):
        return False
    return (published - date).days > BACKGROUND_DAYS


def _doc_events(item: tuple, lexicon: CompiledLexicon | None = None) -> list[tuple]:
    doc_id, text, published = item
    return [
        (doc_id, sent_id, ev.event_type, ev.trigger, ev.date, ev.place, sentence)
        for sent_id, sentence, ev in _doc_mentions(text, published, lexicon)
    ]


def events(
    corpus: pd.DataFrame,
    n_jobs: int = 1,
    lexicon: pd.DataFrame | str | os.PathLike | None = None,
) -> pd.DataFrame:
    """Events the articles report, one row per event type per sentence.

    Parameters
    ----------
    corpus : DataFrame
        The corpus table (index ``doc_id``; columns ``text``, ``published``).
    n_jobs : int
        Processes to use; the result does not depend on it.
    lexicon : DataFrame or path, optional
        A trigger lexicon like :func:`load_event_lexicon` returns; default
        ``vocstudy/data/event_types.csv``.

    Returns
    -------
    DataFrame
        Columns ``doc_id``, ``sent_id``, ``event_type``, ``trigger``, ``date``
        (Timestamp or NaT), ``place`` (canonical place name or NA), ``evidence`` (the
        sentence), ordered by ``doc_id``, ``sent_id`` and the trigger's position.

    Examples
    --------
    >>> from vocstudy.corpus import corpus_from_texts
    >>> c = corpus_from_texts({"d": "去年9月,双方签署合作协议。"},
    ...                       published={"d": "2024-07-24"}, clean=False)
    >>> events(c)[["event_type", "trigger", "date"]].to_dict("records")
    [{'event_type': 'signing', 'trigger': '签署', 'date': Timestamp('2023-09-01 00:00:00')}]
    """
    compiled = None if lexicon is None else compile_lexicon(lexicon)
    items = doc_items(corpus, "text", "published")
    frames = map_frames(
        _doc_events, items, compiled, to_frame=_event_frame, n_jobs=n_jobs, desc="events"
    )
    out = concat_frames(frames)
    # the dates' resolution is read from all of them at once, as one column
    out["date"] = pd.to_datetime(out["date"])
    return out


@python_strings
def _event_frame(parts: list[list[tuple]]) -> pd.DataFrame:
    out = pd.DataFrame([r for part in parts for r in part], columns=EVENT_COLUMNS)
    out["sent_id"] = out["sent_id"].astype("int64")
    out["date"] = out["date"].astype(object)
    out["place"] = out["place"].astype("string")
    return out


ARTICLE_EVENT_COLUMNS = [
    "doc_id",
    "event_type",
    "date",
    "place",
    "mentions",
    "first_sent_id",
    "evidence",
    "lead",
]
#: A dateline at the start of an article: 新华社重庆5月17日电, 中新网天津5月24日电,
#: 中国教育新闻网哈尔滨8月3日讯, 央广网哈尔滨8月3日消息, 本报重庆讯; a reporter's
#: dateline with a slash (〔记者李文德／云林报导〕) or, in brackets, without one
#: (【记者林怡妏台南报导】: the reporter's name and the city run together, the city is
#: the place found in them).
_DATELINE_RE = skipping(
    r"(?P<loc>[\u4e00-\u9fff]{2,8}?)\s*(?:\d{1,2}月)?\d{1,2}日\s*(?:电|讯|消息)"
    r"|[/／](?P<loc2>[\u4e00-\u9fff]{2,6})(?:报导|报道)"
    # 【记者林怡妏台南报导】: the reporter's name and the city with no slash between
    r"|[【〔\[(（]\s*记者\s*(?P<loc3>[\u4e00-\u9fff]{3,10})\s*(?:报导|报道)\s*[】〕\])）]"
    # a local outlet's dateline with no date before 讯/消息 (云上宜都讯(实习记者…, 枞阳在线消息
    # 12月29日): the outlet's place (batch i)
    # - not a newspaper's name (香港文汇报讯: a paper reports from anywhere)
    r"|(?<![\u4e00-\u9fff])(?P<loc4>[\u4e00-\u9fff]{2,8}?)(?<!报)(?:讯|消息)\s*(?:[(（]|[0-9]{1,2}月)"
    # a foreign agency's dateline in translation: 帝力,2025年6月4日(TATOLI)- (wx07)
    r"|(?<![\u4e00-\u9fff])(?P<loc5>[\u4e00-\u9fff]{2,8}?)[,，]\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*"
    r"[(（]\s*[A-Za-z\u4e00-\u9fff .]{2,20}\s*[)）]\s*[-—–]"
)
#: A clause opening with 在 + a place (在南通中专赛点,…技能大赛正紧张进行): the scene.
_SCENE_RE = re.compile(
    rf"(?:^|[{_CLAUSE_PUNCT}])\s*(?:近日|日前|昨天|今天|当天)?在(?P<loc>[^{_CLAUSE_PUNCT}在于]{{2,20}}?)"
    rf"(?=[{_CLAUSE_PUNCT}]|上|内|里)"
)
#: How many sentences from the start make the lead (headline and lead paragraph).
LEAD_SENTENCES = 3
#: 来 as a verb of coming to a place (来枣庄市开展…调研, 来山东省泰安市泰山职业技术学院访问;
#: hh06, b19): not 来自, 来访, 来校, 来华, nor the 来 of 以来, 近年来, 未来, 带来, 迎来, 原来 …
_COME = r"(?<![以本原未近从后将带出起看回进过下上年迎请引招])来(?![自访校院华到])"
#: Where a delegation goes: 赴/到/前往/走进/来 … (考察, 调研, 参观, 访问, 交流).
_DESTINATION_RE = skipping(
    rf"(?:赴|到|前往|往|来到|走进|抵达|{_COME})(?P<loc>[^{_CLAUSE_PUNCT}]{{1,20}}?)"
    r"(?:进行|开展)?(?:考察|调研|参观|访问|交流|学习|走访|期间)"
)


#: A destination written right after a verb of going or visiting: 到访澳门理工大学,
#: 考察深莞职技教育, 赴兰溪洽谈, 前往德国. The place must start right after the verb.
_DESTINATION_VERB_RE = re.compile(
    r"(?:到访|访问|拜访|走访|参访|考察|参观|远赴|飞赴|奔赴|赴|启程往|前往|来到|走进|抵达|莅临)"
)
#: A plan just before a verb of going (明年起…将选派学生,前往北九州市实习): where someone
#: is to go later, not where the occasion took place.
_PLANNED_GOING_RE = re.compile(FUTURE + r"|明年|未来")
#: How far before a verb of going a plan is looked for.
PLANNED_GOING_CHARS = 25
#: Where the venue of an occasion is given without 在…举行: 主竞赛场地设于国立冈山农工.
_VENUE_AT_RE = skipping(
    # also where an occasion lands (首场培训落地陕西省商洛市丹凤县; vk08)
    rf"(?:场地|会场|赛场|赛点|地点|主场|场馆)?(?:设于|设在|选在|定在|位于|(?<=[训赛班动会])落地)"
    rf"(?P<loc>[^{_CLAUSE_PUNCT}]{{2,20}})"
)

#: A host city named as such (主办城市成都在…举行了闭幕仪式, 东道主城市…): the venue.
_HOST_CITY_RE = skipping(
    rf"(?:主办城市|承办城市|举办城市|东道主城市|主办地|举办地)(?:为|是)?(?P<loc>[^{_CLAUSE_PUNCT}]{{2,20}})"
)


#: A branch or main venue of a conference watched by video (在贞丰分会场收听收看; 在主会场
#: 出席): where the page's own occasion took place (GUIDE [i]).
_BRANCH_VENUE_RE = re.compile(rf"在(?P<loc>[^{_CLAUSE_PUNCT}在于]{{2,12}}?)[分主]会场")
#: The host named as undertaking the occasion (今年由台中市承办, 由安庆市宜城科技学校承办).
_UNDERTAKER_RE = re.compile(rf"由(?P<loc>[^{_CLAUSE_PUNCT}由]{{2,20}}?)(?:负责)?承办")


def _city_of(name: Any, adcode: Any = None) -> Any:
    """The city a place lies in (宁阳县 → 泰安市); a city, municipality, SAR, foreign
    place, or a county directly under a province (济源市, a Taiwanese county) is itself;
    a new area gives the city that administers it (贵安新区 → 贵阳市) when it has one;
    a province, 中国 itself, or a bloc gives NA (not a city)."""
    if name is None or pd.isna(name):
        return pd.NA
    p = lookup(str(name))
    if p is None:
        return pd.NA
    if p.level in ("district", "town"):  # a county directly under a province is its own city
        if adcode is not None:
            # a name several districts share (宝山区 of 上海市 and of 双鸭山市): the one found
            p = next((q for q in lookup_all(p.name) if q.adcode == adcode), p)
        if p.level == "town":  # a township lies in its county's city (长官镇 → 德州市)
            return p.city or pd.NA
        return p.city or p.name
    if p.level == "province":
        return p.name if p.name in _CITY_LIKE_PROVINCES else pd.NA
    if p.level == "area":
        return p.city or pd.NA
    if p.level in ("bloc", "country"):
        return pd.NA
    return p.name  # a city, or a foreign country or city


#: Province-level units that are cities: the four municipalities and the two SARs.
_CITY_LIKE_PROVINCES = frozenset(
    {"北京市", "天津市", "上海市", "重庆市", "香港特别行政区", "澳门特别行政区"}
)


def _most_specific_city(text: str, lo: int = 0, hi: int | None = None) -> Any:
    """The city of the most specific place :func:`find_places` finds in ``text[lo:hi]``
    (the whole text is the context); NA when none, or several, are found. A mention
    naming several places at once (中德, 川渝) names partners, not a venue: skipped.
    A school of the school list (:func:`find_schools`) whose name gives no city of its
    own (湄洲湾职业技术学院, 河南职业技术学院) stands for its city, as a city."""
    hi = len(text) if hi is None else hi
    found = find_places(text)
    spans: dict[tuple[int, int], int] = {}
    for p in found:
        spans[(p.start, p.end)] = spans.get((p.start, p.end), 0) + 1
    inside = [p for p in found if p.start >= lo and p.end <= hi and spans[(p.start, p.end)] == 1]
    with_city = [(p, _city_of(p.name, p.adcode)) for p in inside]
    listed = [s for s in find_schools(text, found) if s.start >= lo and s.end <= hi]
    if listed:
        named = [p for p, c in with_city if not pd.isna(c)]
        listed = [s for s in listed if not any(s.start <= p.start < s.end for p in named)]
        with_city = [
            (p, c) for p, c in with_city if not any(s.start <= p.start < s.end for s in listed)
        ]
    # (rank, city) of every candidate; a listed school ranks with cities
    ranked = [(_venue_rank(p), c) for p, c in with_city if not pd.isna(c)]
    ranked += [(PLACE_LEVEL_RANK["city"], s.city) for s in listed]
    if not ranked:
        return pd.NA
    top = min(r for r, _ in ranked)
    cities = {c for r, c in ranked if r == top}
    return cities.pop() if len(cities) == 1 else pd.NA  # 川港, 京津: no single city


def _name_rest(after: str) -> str:
    """What follows a place up to the end of the name it may head (a clause mark, 、, or a
    conjunction): 仪征|技师学院与… → 技师学院."""
    return re.split(f"[{_CLAUSE_PUNCT}、与和及]", after, maxsplit=1)[0]


def _school_city_before(text: str, found: list, before: int) -> Any:
    """The city heading the name of the last school or body named before ``before``."""
    from .evaluation import organisation_heads

    heads = organisation_heads() + _SCHOOL_HEADS
    city = pd.NA
    for q in found:
        if q.end > before or q.level == "foreign":
            continue
        if any(h in _name_rest(text[q.end : before])[:10] for h in heads):
            c = _city_of(q.name, q.adcode)
            city = c if not pd.isna(c) else city
    return city


def _venue_rank(p: Any) -> float:
    """How specific a place is as a venue (lower is more): a foreign city ranks with
    cities, before its country (阿联酋首都阿布扎比 → 阿布扎比)."""
    if p.level == "foreign" and foreign_kind(p.name) == "city":
        return PLACE_LEVEL_RANK["city"]
    return PLACE_LEVEL_RANK.get(p.level, 9)


def _destination_city(sentence: str) -> Any:
    """The city of a place written right after a verb of going or visiting (到访澳门…,
    赴兰溪…); when that mention names several cities (考察深莞), the first named; a
    province written just before a place inside it gives that place's city (走访广西
    柳州市 → 柳州市, validation batch y)."""
    found = find_places(sentence)
    schools: list | None = None
    for m in _DESTINATION_VERB_RE.finditer(sentence):
        if _PLANNED_GOING_RE.search(sentence, max(0, m.start() - PLANNED_GOING_CHARS), m.start()):
            continue
        here = [p for p in found if p.start == m.end()]
        if not here:
            # a listed school whose name gives no city (…一行莅临黎明职业大学; vl04)
            schools = find_schools(sentence, found) if schools is None else schools
            listed = [sc for sc in schools if sc.start == m.end()]
            if listed:
                return listed[0].city
        for p in here:  # in the order written: 深莞 gives 深圳市 first
            city = _city_of(p.name, p.adcode)
            if pd.isna(city) and p.level == "province":
                # 走访广西柳州市: a province written just before a place inside it - the
                # inner place, right after, is where the visit went
                inner = [q for q in found if q.start == p.end and q.province == p.name]
                city = _city_of(inner[0].name) if inner else pd.NA
            if pd.isna(city):
                continue
            if foreign_kind(city) == "country":  # 前往德国,参观…法兰克福工业园: the city
                inner = [
                    q.name
                    for q in found
                    if q.start >= p.end and q.province == city and foreign_kind(q.name) == "city"
                ]
                return inner[0] if inner else city
            return city
    return pd.NA


#: How Hong Kong's and Macau's own press name their city (以充实本港职专人才库). Not
#: gazetteer aliases: 本港 is 'this port' in other news, and a paper's home is no party.
HOME_WORDS = {"本港": "香港特别行政区", "本澳": "澳门特别行政区"}
_HOME_RE = re.compile("(?:" + "|".join(HOME_WORDS) + ")(?![口埠区])")


def _home_city(sentences: list[str]) -> Any:
    """The city a paper calls its own (本港 → 香港特别行政区) in ``sentences``."""
    for sentence in sentences:
        m = _HOME_RE.search(sentence)
        if m is not None:
            return HOME_WORDS[m.group(0)]
    return pd.NA


#: How a city's or county's own government or school names it (我市隆重举行…启动仪式,
#: 本县…): not 本市场, 我市级…, 本县区.
_MY_CITY_RE = re.compile(r"(?:我|本)[市县](?![场级长委民属区])")


def _my_city(sentences: list[str]) -> Any:
    """When ``sentences`` call the place 我市/本县 (a municipal page: 我市隆重举行…), the
    city of the first sentence that names places of one city only (保定市社区教育工作人员…;
    新市区政府副区长 → 保定市); NA when no sentence says 我市/本县 or none names one city."""
    if not any(_MY_CITY_RE.search(s) for s in sentences):
        return pd.NA
    return _one_city(sentences)


#: The occasions whose lead's one city is their venue when nothing else says (not a
#: signing, meeting, forum or release, whose lead names the partner's or the speaker's
#: place; not a visit, whose lead names the visitors').
_ONE_CITY_TYPES = frozenset({"training", "plaque_ceremony", "launch", "exhibition"})


#: A sentence naming guests, visitors or a partner (出席, 一行, 会同, 代表团 …).
_GUESTS_RE = re.compile(r"出席|莅临|参加|参与|一行|会同|代表团|陪同|率团|带队|应邀")


def _one_city(sentences: list[str], domestic: bool = False) -> Any:
    """The city of the first of ``sentences`` that names places of one city only
    (``domestic``: of China, Taiwan, Hong Kong and Macau only; a sentence naming a
    foreign place names a partner)."""
    for sentence in sentences:
        if domestic and _GUESTS_RE.search(sentence):
            continue  # guests, visitors or a partner named: their places are not the venue
        found = find_places(sentence)
        if domestic and any(p.level in ("foreign", "country") for p in found):
            continue
        cities = {_city_of(p.name, p.adcode) for p in found}
        cities = {c for c in cities if not pd.isna(c)}
        if len(cities) == 1:
            return cities.pop()
    return pd.NA


#: Right after a school or body, its people coming to the writer's school: visitors
#: (浙江省衢州交通学校项连发校长一行5人,来校洽谈…; …一行莅临我院), not the host.
#: Also a school itself said to come (广州职业技术大学来我校调研交流; batch i), and its people
#: named at length before they come (…职业技术学院党委书记、副院长葛健在我校援疆干部…的陪同下来校; ys08).
#: The writer's own school after a verb of coming (我校, 本院, 校; not 校长, 院区, 校庆).
#: Also 学校/学院 (…代表团来学校考察, 一行到访学院; dev yy01, xd02).
OUR_SCHOOL = r"(?:我|本|学)?[校院](?![长区庆])"
#: A verb of coming (来访我校, 到访学院: dev yj02, xd02).
COME_TO = r"(?:来访|到访|来|到|莅临|走进)"
_VISITORS_RE = re.compile(
    r"[^。;!?]{0,50}?(?:(?:一行|代表团)[^。;!?]{0,12}?)?(?:" + COME_TO + r"|走访)" + OUR_SCHOOL
)


#: A visit to the writer's city or county (来我市调研, 莅临我县考察; dev va04).
_TO_MY_CITY_RE = re.compile(r"(?:" + COME_TO + r"|赴)" + _MY_CITY_RE.pattern)


#: A visit to the writer's school (…一行来我校交流访问, 莅临我院, 来校洽谈; 来到 is found by 到),
#: or visitors said to come with no place after (…一行来访,双方就…; dev zy03).
_TO_OUR_SCHOOL_RE = re.compile(
    COME_TO + OUR_SCHOOL + r"|一行[0-9一二三四五六七八九十余多人]{0,5}来访(?=[,，。;；])"
)


#: Right before a school's name, the writer's school working with it (我校与西藏自治区昌都市
#: 职业技术学校…签署; dev zr09): the partner, not the host.
_PARTNER_OF_OURS_RE = re.compile(r"(?:我|本)[校院](?:与|和|同|携手)[^,，。;；、]{0,10}$")
#: School names that end in none of the organisation heads (省金坛中专, 永安职专; dev l11;
#: the short names of building, health and farming schools: 泸县建校, vh01).
_SCHOOL_HEADS = ("中专", "职专", "职教中心", "职业教育中心", "职高", "建校", "卫校", "农校", "职中")
#: A government or one of its bodies right after its place (花莲县政府原住民行政处…办理…培训班,
#: vh03; 高雄市原民会, 镇安县人力资源和社会保障局): a body that hosts; not 遵义相关政府部门.
_GOVERNMENT_RE = re.compile(
    r"(?:人民)?政府|[县市]府|(?:人力资源和社会保障|[^\s,，。;；、与和及]{0,8}?)"
    r"(?:局|原民会|妇联|总工会|团委|残联|文化馆|就业中心)"
)
#: Its people going somewhere after it (且末县公安局副局长…,专程到…职教中心看望…; wk04).
_GOING_AFTER_RE = re.compile(r"[^。;；!?！？]{0,60}?(?:专程|一行)?(?:到|赴|前往|来到|走进|莅临)")


def _host_government(sentence: str, p: Any) -> bool:
    """Whether the place ``p`` heads the name of a government or one of its bodies that
    hosts (:data:`_GOVERNMENT_RE`): not when its people go elsewhere (they are visitors),
    nor as an organiser after 由 (由十堰市教育局主办的全省…大赛: not the venue's place)."""
    return bool(
        _GOVERNMENT_RE.match(sentence, p.end)
        and not _GOING_AFTER_RE.match(sentence, p.end)
        and "由" not in sentence[max(0, p.start - 3) : p.start]
    )


#: An occasion held at the writer's school (…赛项在我校顺利举行; dev xb05): not 在我校援疆干部…
#: 陪同下 (a person of the school, ys08).
_AT_OUR_SCHOOL_RE = re.compile(
    r"在(?:我|本)[校院](?![长区庆])[^,，。;；]{0,12}?(?:举行|举办|召开|开幕|开赛|进行|启动|落幕|闭幕)"
)


def _host_city(sentences: list[str]) -> Any:
    """The city named at the head of the first school's or body's name in ``sentences``
    (杭州科技职业技术学院 → 杭州市): the host, when the text names no venue city. A body
    whose people come to the writer's school (…一行5人,来校洽谈) is the visitors', not
    the host's."""
    from .evaluation import organisation_heads  # the one list of school and body heads

    heads = organisation_heads() + _SCHOOL_HEADS
    partners: set[str] = set()
    for sentence in sentences:
        found = find_places(sentence)
        # in the order written; a listed school right after a place heading its name that
        # gives no city (河南职业技术学院: 河南省) gives its own
        for p in sorted([*found, *find_schools(sentence, found)], key=lambda q: q.start):
            school = isinstance(p, SchoolMatch)
            if not school and (p.level == "foreign" or sum(q.start == p.start for q in found) > 1):
                continue  # 中德诺浩: partners named at once, not the host's city
            if p.name in partners:
                continue
            if _VISITORS_RE.match(sentence, p.end):
                partners.add(p.name)  # the visitors, wherever named again (泰宁县人民政府…; za03)
                continue
            if _PARTNER_OF_OURS_RE.search(sentence, max(0, p.start - 14), p.start):
                partners.add(p.name)  # and wherever it is named again (含昌都市第二…学校)
                continue
            if school:
                return p.city
            rest = _name_rest(sentence[p.end :])
            # 新北市立莺歌工商: a school run by the city (市立/县立) is the city's
            municipal = rest.startswith("立") and not rest.startswith("立法")
            if (
                not municipal
                and not _host_government(sentence, p)
                and not any(h in rest[:10] for h in heads)
            ):
                continue
            city = _city_of(p.name, p.adcode)
            if not pd.isna(city):
                return city
    return pd.NA


#: After a dateline, the story is relayed from another paper: (记者…)/据文汇网报导.
_RELAY_RE = re.compile(r"\s*(?:[(（][^)）]{0,20}[)）])?\s*[/／]?\s*据")


def _dateline_city(text: str) -> Any:
    """The city of a dateline in the first 200 characters of an article (中新网天津5月24日电,
    〔记者…／云林报导〕, 【记者林怡妏台南报导】 with no slash: validation batch y); not a relay
    dateline (中评社北京10月15日电/据文汇网报导: the agency relays another paper's story)."""
    head = text[:200]
    for m in _DATELINE_RE.finditer(head):
        if _RELAY_RE.match(head, m.end()):
            continue
        g = next(k for k in ("loc", "loc2", "loc3", "loc4", "loc5") if m.group(k))
        city = _most_specific_city(head, m.start(g), m.end(g))
        if not pd.isna(city):
            return city
    return pd.NA


_BRACKET_PLACE_RE = re.compile(r"[(（]([^()（）]{2,8})[)）]$")


#: What an occasion's own name follows when an organiser is named before it: the
#: organiser's 的, or its verb (…主办的十堰市2022年…技能大赛, …举办紫阳县家政月嫂培训班).
_NAME_OPENS_RE = re.compile(r"的|(?:举办|举行|开办)了?")


def _occasion_city(sentence: str, ev: EventMention) -> Any:
    """Where the occasion of a mention took place, from its sentence: its own location
    phrase; else a location phrase (在…举行) or a destination (赴…考察) anywhere in the
    sentence; else a place heading the clause of the trigger with no 与/和 before the
    trigger (固始县第四届…技能大赛, 泰安校区举行…) - an event named by its place, also
    right after its organiser's 的 (由…主办的十堰市2022年…技能大赛)."""
    city = _city_of(ev.place)
    if not pd.isna(city) and len(lookup_all(ev.place)) > 1:
        # a district name several cities share: the district the sentence names (在上海交通
        # 职业技术学院宝山校区举行 → 上海市, not 双鸭山市), the match nearest the trigger
        near = [p for p in find_places(sentence) if p.name == ev.place]
        if near:
            p = min(near, key=lambda q: abs(q.start - ev.start))
            city = _city_of(p.name, p.adcode)
    if not pd.isna(city):
        return city
    spans = [(m.start("loc"), m.end("loc")) for m in _PLACE_RE.finditer(sentence)]
    if ev.event_type == "visit":
        city = _destination_city(sentence)
        if not pd.isna(city):
            return city
        spans = [(m.start("loc"), m.end("loc")) for m in _DESTINATION_RE.finditer(sentence)] + spans
    for lo, hi in sorted(spans, key=lambda sp: (sp[0] < ev.start, abs(sp[0] - ev.start))):
        city = _most_specific_city(sentence, lo, hi)
        if not pd.isna(city):
            return city
    if ev.event_type == "visit":
        return pd.NA  # the visitors' own place is not where the visit happened
    bounds = _clause_bounds(sentence)
    cs, _ = _clause_of(bounds, ev.start)
    head = sentence[cs : ev.start]
    if head[-1:] in ")）":
        # a city in brackets ending the event's name (…友城合作(黄山)论坛在安徽成功举办;
        # batch cc): the name says where, when the location phrase gives a province only
        m = _BRACKET_PLACE_RE.search(head)
        if m:
            city = _most_specific_city(sentence, cs + m.start(1), cs + m.end(1))
            if not pd.isna(city):
                return city
    # partners (与/和…), an organiser (由), a team's home (代表香港出战): not the venue
    if re.search(r"与|和|同|携手|联合|由|为|向|参加|出席|双方|两地|多方|代表", head):
        # …主办的十堰市2022年中等职业学校技能大赛: after the organiser's 的, the event's
        # own name opening with its place (validation batch y, dev q01)
        # (also right after the organisers' verb: …会同县妇联…和县康嫂家政公司举办紫阳县家政月嫂
        # 免费培训班 → 紫阳县; vc08)
        k = max([0] + [m.end() for m in _NAME_OPENS_RE.finditer(head)])
        name = head[k:]
        if k and not re.search(r"与|和|同|携手|联合|为|向|双方|两地|多方|代表", name):
            if any(p.start == cs + k for p in find_places(sentence)):
                return _most_specific_city(sentence, cs + k, ev.start)
        return pd.NA
    return _most_specific_city(sentence, cs, ev.start)


def _lead_city(text: str, first_sent_id: int, event_type: str) -> Any:
    """Where the lead occasion happened when its own mentions do not say. In the lead -
    the headline and lead paragraph (:data:`LEAD_SENTENCES`) up to the event's first
    sentence - in this order: a location phrase (在…举行) or a venue (场地设于…, 主办城市成都); a
    destination (赴兰溪…, 到访澳门…, 赴…考察); a scene (在…,); else the dateline
    (中新网天津5月24日电, not a relay: 中评社北京…电/据文汇网报导); else the city the paper
    calls its own (本港); else the city heading the first school's or body's name
    (杭州科技职业技术学院…开学典礼在高桥校区举行 → 杭州市: the host)."""
    sentences = split_sentences(text)[: max(LEAD_SENTENCES, first_sent_id + 1)]

    def by_pattern(patterns: list[re.Pattern[str]]) -> Any:
        for pattern in patterns:
            for sentence in sentences:
                if _NEXT_EDITION_RE.search(sentence):  # 下一届…于广州举行: another occasion
                    continue
                for m in pattern.finditer(sentence):
                    city = _most_specific_city(sentence, m.start("loc"), m.end("loc"))
                    if not pd.isna(city):
                        return city
        return pd.NA

    steps: list[Callable[[], Any]] = []
    if event_type == "visit":
        steps.append(lambda: by_pattern([_DESTINATION_RE]))
    steps += [
        lambda: by_pattern([_PLACE_RE, _VENUE_AT_RE, _HOST_CITY_RE, _BRANCH_VENUE_RE]),
        lambda: next((c for c in map(_destination_city, sentences) if not pd.isna(c)), pd.NA),
        lambda: by_pattern([_SCENE_RE]),
        lambda: _dateline_city(text),
        lambda: _home_city(sentences),
        lambda: by_pattern([_UNDERTAKER_RE]),
    ]
    if event_type != "visit":  # a visit's first-named school or 我市 is the visitors' own
        steps.append(lambda: _my_city(sentences))
        steps.append(lambda: _host_city(sentences))
        if any(_AT_OUR_SCHOOL_RE.search(s) for s in sentences):
            # held at the writer's school: its name, wherever the article first writes it
            steps.append(lambda: _host_city(split_sentences(text)))
        if event_type in _ONE_CITY_TYPES:
            # a course, contest or ceremony whose lead names places of one city only
            # (铁西区与沈阳…兴办了…技能训练校园,…现已开课; vb01): held there
            steps.append(lambda: _one_city(sentences, domestic=True))
    elif any(_TO_MY_CITY_RE.search(s) for s in sentences):
        # …来我市调研: the visit came to the writer's city (a municipal page; dev va04)
        steps.append(lambda: _my_city(sentences))
    elif any(_TO_OUR_SCHOOL_RE.search(s) for s in sentences):
        # …一行来我校交流访问: the visit is to the writer's school - the host's city, from the
        # first school or body the article names that is not the visitors' (batch i)
        steps.append(lambda: _host_city(split_sentences(text)))
    for step in steps:
        city = step()
        if not pd.isna(city):
            return city
    return pd.NA


#: What stands for a foreign country's city: a city, or a first-level division named as
#: such (东京都, 大城府).
_IN_COUNTRY = frozenset({"city", "division"})


def _city_in_country(text: str, country: str) -> str:
    """A lead occasion placed only in a foreign country (赴马来西亚开展系列访问活动, 揭牌
    仪式在俄方学校举行): the first city of that country the article names, from its
    headline on (俄罗斯莫斯科国立通讯与信息技术大学…; …东京都…; a visit to 缅甸 whose unveiling
    is placed in 仰光 further down: dev zx05), else the country.
    A city is where an occasion takes place (validation/GUIDE.md, lead event)."""
    for _, found in document_places(text):  # the document's scan, shared with the helpers
        for p in found:
            if p.level != "foreign" or p.province != country:
                continue
            if foreign_kind(p.name) in _IN_COUNTRY:
                return p.name
    return country


#: A sentence about the next edition of an occasion (下一届竞赛于广州举行) or one set in a later
#: year (第十二届…竞赛将于2023年在广州举行): another occasion, whose place is not the
#: reported one's.
_NEXT_EDITION_RE = re.compile(r"下一?[届期]|下届")
_LATER_YEAR_RE = re.compile(r"将(?:于|在)\s*((?:19|20)\d{2})年")


def _other_edition(sentence: str, ev: EventMention, published: Any) -> bool:
    """Whether the sentence of a mention speaks of the next edition or of a later year
    than the publication's (the handover at a closing names where the next one will be):
    its place must not be taken for the reported occasion's.

    >>> from vocstudy.event_extraction import find_events
    >>> s = "下一届竞赛于广州举行"
    >>> _other_edition(s, find_events(s, "2021-12-30")[0], pd.Timestamp("2021-12-30"))
    True
    """
    if _NEXT_EDITION_RE.search(sentence):
        return True
    m = _LATER_YEAR_RE.search(sentence)
    pub = pd.Timestamp(published) if published is not None and not pd.isna(published) else pd.NaT
    return bool(m) and not pd.isna(pub) and int(m.group(1)) > pub.year


def _compatible(a: list, b: tuple) -> bool:
    """Two mentions of one type can be one occasion: no conflicting date or place."""
    da, db = a[2], b[2]
    if not (pd.isna(da) or pd.isna(db)) and da != db:
        return False
    pa, pb = a[3], b[3]
    return pd.isna(pa) or pd.isna(pb) or pa == pb


def _doc_article_events(item: tuple, lexicon: CompiledLexicon | None = None) -> list[tuple]:
    doc_id, text, published = item
    text = text if isinstance(text, str) else ""
    published = _to_published(published)
    ref = _reference_date(text, published)
    mentions = _doc_mentions(text, published, lexicon, ref)
    # an earlier occasion dated more than half a year before publication is background,
    # in the lead too (2014年12月,联合国大会通过决议…, 于2011年3月正式成立 at the start of a
    # feature: ff06, bb13, gg05), and so is a setting of results recounted after the lead:
    # not one of the occasions the article reports (the mention table keeps them with
    # their dates)
    mentions = [
        m
        for m in mentions
        if not (_long_before(m[2].date, ref) or (m[0] >= LEAD_SENTENCES and _setting(m[1], m[2])))
    ]
    if not mentions:
        return []
    # one occasion per type unless dates or places conflict
    events: list[list] = []  # type, first_sent_id, date, place, mentions, evidence, start
    for sent_id, sentence, ev in mentions:
        place = _occasion_city(sentence, ev)
        row = (ev.event_type, sent_id, ev.date, place)
        same = [e for e in events if e[0] == ev.event_type and _compatible(e, row)]
        if same:
            e = same[0]
            e[4] += 1
            if pd.isna(e[2]) and not pd.isna(ev.date):
                e[2] = ev.date
            if pd.isna(e[3]) and not pd.isna(place) and not _other_edition(sentence, ev, published):
                e[3] = place
        else:
            events.append([ev.event_type, sent_id, ev.date, place, 1, sentence, ev.start])
    # the lead: the event mentioned first (headline or lead paragraph)
    lead = min(range(len(events)), key=lambda i: (events[i][1], events[i][6]))
    if pd.isna(events[lead][3]):
        events[lead][3] = _lead_city(text, events[lead][1], events[lead][0])
    if pd.isna(events[lead][3]) and _is_english(events[lead][5]):
        events[lead][3] = _english_school_city(events[lead][5])
    if not pd.isna(events[lead][3]) and foreign_kind(events[lead][3]) == "country":
        events[lead][3] = _city_in_country(text, events[lead][3])
    rows = [
        (doc_id, e[0], e[2], e[3], e[4], e[1], e[5], i == lead, e[6]) for i, e in enumerate(events)
    ]
    rows.sort(key=lambda r: (r[5], r[8], r[1]))
    return [r[:8] for r in rows]


def article_events(
    corpus: pd.DataFrame,
    n_jobs: int = 1,
    lexicon: pd.DataFrame | str | os.PathLike | None = None,
) -> pd.DataFrame:
    """One row per distinct event an article reports, the lead occasion marked.

    Mentions of one type in one article are one event unless their dates or places
    differ (the same occasion named in the headline, the lead and the body). The
    ``lead`` event is the one the article mentions first (its headline, else its lead
    paragraph): the occasion it was written to report. ``place`` is the city where the
    event happened - from its location phrase (在宁阳县职业中专举行 → 泰安市), a
    destination (赴成都…考察, 到访澳门理工大学), a place naming the event
    (固始县第四届…技能大赛 → 信阳市), and for the lead event also a venue (场地设于…),
    a destination in the lead (赴兰溪…出席…仪式), the article's dateline
    (中新网天津5月24日电; not a relay, 中评社北京…电/据…报导), 本港/本澳, or the city of
    the host school's name; a district or county is lifted to its city, a new area to
    the city administering it, a province, 中国 or a bloc alone gives NA (details in
    ``data/events.md``).

    Parameters
    ----------
    corpus : DataFrame
        The corpus table (index ``doc_id``; columns ``text``, ``published``).
    n_jobs : int
        Processes to use; the result does not depend on it.
    lexicon : DataFrame or path, optional
        As for :func:`events`.

    Returns
    -------
    DataFrame
        ``doc_id``, ``event_type``, ``date`` (Timestamp or NaT), ``place`` (city or NA),
        ``mentions`` (sentences mentioning it), ``first_sent_id``, ``evidence`` (the
        first sentence), ``lead`` (bool); ordered by ``doc_id``, ``first_sent_id``,
        position of the first trigger.

    Examples
    --------
    >>> from vocstudy.corpus import corpus_from_texts
    >>> c = corpus_from_texts({"d": "9月20日,泰安市职业院校技能大赛开幕式在宁阳县职业中专举行。"
    ...                            "开幕式由副市长主持。"}, published={"d": "2016-09-21"}, clean=False)
    >>> article_events(c)[["event_type", "place", "mentions", "lead"]].values.tolist()
    [['competition', '泰安市', 1, True]]
    """
    compiled = None if lexicon is None else compile_lexicon(lexicon)
    items = doc_items(corpus, "text", "published")
    frames = map_frames(
        _doc_article_events,
        items,
        compiled,
        to_frame=_article_event_frame,
        n_jobs=n_jobs,
        desc="article events",
    )
    out = concat_frames(frames)
    out = out.sort_values(["doc_id"], kind="stable").reset_index(drop=True)
    out["date"] = pd.to_datetime(out["date"])
    return out


@python_strings
def _article_event_frame(parts: list[list[tuple]]) -> pd.DataFrame:
    out = pd.DataFrame([r for part in parts for r in part], columns=ARTICLE_EVENT_COLUMNS)
    out["date"] = out["date"].astype(object)
    out["place"] = out["place"].astype("string")
    out["mentions"] = out["mentions"].astype("int64")
    out["first_sent_id"] = out["first_sent_id"].astype("int64")
    out["lead"] = out["lead"].astype(bool)
    for c in ("doc_id", "event_type", "evidence"):
        out[c] = out[c].astype(object)
    return out


def event_counts(table: pd.DataFrame, by: Iterable[str] = ("doc_id",)) -> pd.DataFrame:
    """Count event rows per ``by`` × ``event_type`` (all twelve types as columns).

    Examples
    --------
    >>> t = pd.DataFrame({"doc_id": ["a", "a"], "event_type": ["launch", "forum"]})
    >>> int(event_counts(t).loc["a", "forum"])
    1
    """
    by = list(by)
    counts = table.groupby([*by, "event_type"]).size().unstack("event_type", fill_value=0)
    return counts.reindex(columns=list(EVENT_TYPES), fill_value=0).astype("int64")


def date_status(table: pd.DataFrame, corpus: pd.DataFrame) -> pd.Series:
    """Why each event has the date it has: how a researcher should read the ``date``.

    Returns a Series aligned with ``table``: ``'dated'``; ``'scheduled'`` (dated after
    publication); or, for NaT, ``'year digits stripped'`` (the sentence has a date that
    lost its year), ``'publication date unknown'`` (the sentence dates the event but
    the year cannot be known without a publication date) or ``'no date in sentence'``.

    Examples
    --------
    >>> from vocstudy.corpus import corpus_from_texts
    >>> c = corpus_from_texts({"d": "于年9月16日举行签约仪式。"}, clean=False)
    >>> date_status(events(c), c).tolist()
    ['year digits stripped']
    """
    from .cleaning import find_stripped_years

    published = corpus["published"]
    out = []
    for doc_id, date, sentence in zip(table["doc_id"], table["date"], table["evidence"]):
        pub = published.get(doc_id, pd.NaT)
        if pd.notna(date):
            out.append("scheduled" if pd.notna(pub) and date > pub else "dated")
        elif find_stripped_years(sentence):
            out.append("year digits stripped")
        elif pd.isna(pub) and _scan_dates(sentence, pd.Timestamp("2000-06-15")):
            out.append("publication date unknown")
        else:
            out.append("no date in sentence")
    return pd.Series(out, index=table.index, name="date_status", dtype="str")


__all__ = [
    "ARTICLE_EVENT_COLUMNS",
    "article_events",
    "EVENT_COLUMNS",
    "date_status",
    "EVENT_TYPES",
    "DateMention",
    "EventMention",
    "compile_lexicon",
    "event_counts",
    "events",
    "find_events",
    "load_event_lexicon",
    "resolve_dates",
]
