"""Cleaning: from a decoded web page to the article body, with every change recorded.

Cleaning is a chain of small pure functions over the lines of a page:

1. *repair* — :func:`repair_mojibake` realigns GBK byte-shift mojibake;
2. *remove* — :func:`strip_pinyin` drops pinyin annotations such as ``業(yè)``;
3. *convert* — :func:`to_simplified` converts Traditional text (OpenCC ``t2s``) when
   :func:`detect_script` says the page is Traditional;
4. *normalize* — :func:`normalize_whitespace`, :func:`strip_inline_credits`;
5. *remove lines* — :func:`classify_lines` names, for each line, the rule that makes it
   boilerplate (site navigation, share widgets, header metadata, copyright, comment
   forms, related/recommended lists, ads, bare URLs, everything after the article ends),
   or keeps it.

:func:`clean` runs the chain and returns the cleaned text, one :class:`Change` per
changed or dropped line, and the data-quality flags. Cleaning a cleaned text changes
nothing. Rules are general patterns of Chinese news pages; none is keyed on a file.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ._regex import skipping
from .markup import looks_like_markup, strip_markup

# ---------------------------------------------------------------------------
# records


@dataclass(frozen=True)
class Change:
    """One change made by cleaning.

    ``line_no`` is 1-based in the raw text (0 for whole-document changes such as line
    endings); ``action`` is one of ``removed``, ``repaired``, ``converted``,
    ``normalized``.
    """

    line_no: int
    action: str
    rule: str
    before: str
    after: str


@dataclass
class Cleaned:
    """The result of :func:`clean`."""

    text: str
    changes: list[Change]
    flags: list[str]
    script: str
    title: str | None
    # (line_no, line after transformations, removal rule or None)
    lines: list[tuple[int, str, str | None]] = field(default_factory=list)
    # line texts after repair/pinyin/script conversion but before inline credits are cut:
    # what metadata extraction reads
    meta_lines: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------
# character classes

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{CJK}]")
_CJK_RUN_RE = skipping(f"[{CJK}]+")
_SENT_END_RE = skipping(r"[。!?!?]")


def cjk_count(text: str) -> int:
    """Number of CJK ideographs in ``text``.

    Examples
    --------
    >>> cjk_count("产教融合 2024")
    4
    """
    return sum(map(len, _CJK_RUN_RE.findall(text)))


# ---------------------------------------------------------------------------
# 0. control characters

# C0 controls other than tab, line feed, vertical tab, form feed and carriage return
# (those are whitespace), DEL, and C1 controls (left by a Latin-1 reading of bytes)
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def strip_control(line: str) -> str:
    """Remove control characters (NUL, ESC, DEL, C1 controls …) from a line.

    Examples
    --------
    >>> strip_control("产教\\x00融合\\x1b")
    '产教融合'
    """
    return _CONTROL_RE.sub("", line)


# ---------------------------------------------------------------------------
# 1. mojibake: GBK byte-shift

# A shifted run starts where a lead byte was lost (shown as ``?``) and continues over
# double-byte characters read across character boundaries (ASCII punctuation may stand
# for a full-width one that a site normalised, e.g. ``!`` for ``!``). Decoding the run's
# bytes again behind a restored lead byte realigns the stream; when the run's last byte
# is a lead byte, the ASCII character after the run is its trail byte (``谪S`` → ``豐``).
_MOJIBAKE_RE = re.compile(r"(\?+)((?:[^\x00-\x7f]|[!,;:]){1,200})([@-~]?)")
_LEAD_BYTES = range(0x81, 0xFF)
_ANNOT_RE = re.compile(
    r"[((][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü1-5]{1,7}[))]?|^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[))]"
)


def _gbk_bytes(ch: str) -> bytes | None:
    try:
        return ch.encode("gbk")
    except UnicodeEncodeError:
        return None


def _realign(
    marks: int, middle: str, tail: str, left: str = "", right: str = ""
) -> tuple[str, int, int] | None:
    """Repair one shifted run.

    Returns ``(repaired text, characters lost, characters of the run consumed)`` or
    ``None`` when no reading is clearly better than the damaged text. The lost lead byte
    is the candidate whose reading scores best: character frequency plus the
    dictionary words it forms with its neighbours.
    """
    from ._charfreq import char_logprob, char_logprob_sum, words_across

    # fast path: a run that already reads as Chinese (a question mark in prose) is not
    # byte-shifted text, whose characters are rare ones (鄙钲谪 for 深圳豐)
    if char_logprob(middle[:4]) > -9.0:
        return None
    body = b""
    used = 0
    for ch in middle:
        if ord(ch) < 0x80:  # a full-width character normalised to ASCII
            b = _gbk_bytes(chr(ord(ch) + 0xFEE0))
        else:
            b = _gbk_bytes(ch)
        if b is None or len(b) != 2:
            break
        body += b
        used += 1
    if not used:
        return None
    best: tuple[float, str, int] | None = None
    for lead in _LEAD_BYTES:
        consumed = used
        try:
            cand = (bytes([lead]) + body).decode("gbk")
        except UnicodeDecodeError:
            # the run ends on a lead byte: the ASCII character after it is its trail
            if not tail or used < len(middle):
                continue
            try:
                cand = (bytes([lead]) + body + tail.encode("ascii")).decode("gbk")
            except UnicodeDecodeError:
                continue
            consumed += 1
        if any(unicodedata.category(c).startswith("C") for c in cand):
            continue
        # the realigned stream agrees after its first characters: score the start only
        head = cand[:8]
        score = char_logprob_sum(head) + words_across(left, head, cand[8:12] or right)
        if best is None or score > best[0]:
            best = (score, cand, consumed)
    if best is None:
        return None
    consumed = best[2]
    original = "?" * marks + middle[:consumed]
    # accept only when the realigned part reads clearly more Chinese than the damage
    new, old = best[1], original
    while new and old and new[-1] == old[-1]:
        new, old = new[:-1], old[:-1]
    if char_logprob(new) < max(char_logprob(old) + 2.0, -10.5):
        return None
    lost = marks - 1
    return "\ufffd" * lost + best[1], lost, consumed


def repair_mojibake(line: str) -> tuple[str, int, int]:
    """Repair GBK byte-shift mojibake in one line.

    When GBK text loses one byte, every following pair of bytes is read across a
    character boundary until a single-byte character realigns the stream:
    ``。”深圳豐`` becomes ``?!鄙钲谪S``. Re-encoding the run as GBK, restoring the lost
    lead byte (the candidate that reads most like Chinese) and decoding again recovers
    the text. A character whose both bytes were lost cannot be recovered and is written
    as U+FFFD.

    Returns
    -------
    tuple
        ``(line, runs repaired, characters unrecoverable)``.

    Examples
    --------
    >>> repair_mojibake("回馈我的家乡?!鄙钲谪S农控股")[0]
    '回馈我的家乡。”深圳豐农控股'
    """
    repaired = 0
    lost_total = 0
    out: list[str] = []
    pos = 0
    for m in _MOJIBAKE_RE.finditer(line):
        run_start = m.start(2)
        fixed = _realign(
            len(m.group(1)),
            m.group(2),
            m.group(3),
            _ANNOT_RE.sub("", line[max(0, m.start() - 12) : m.start()])[-4:],
            _ANNOT_RE.sub("", line[m.end() : m.end() + 12])[:4],
        )
        if fixed is None:
            from ._charfreq import char_logprob

            if char_logprob(m.group(2)[:6]) < -11.0:  # reads like damage, cannot be fixed
                lost_total += 1
            continue
        end = run_start + fixed[2]
        out.append(line[pos : m.start()])
        out.append(fixed[0])
        pos = end
        repaired += 1
        lost_total += fixed[1]
    if not repaired:
        return line, 0, lost_total
    out.append(line[pos:])
    return "".join(out), repaired, lost_total


# ---------------------------------------------------------------------------
# 2. pinyin annotations

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
_PINYIN = rf"[a-z{_TONED}]{{0,6}}[{_TONED}][a-z{_TONED}]{{0,6}}|[a-zü]{{1,6}}[1-5]"
# Written bracket-first, the look-behind after the bracket it guards, so that the
# engine jumps from one bracket to the next instead of trying every character; the
# matches are those of ``(?<=[CJK])(?:[((](?:PINYIN)[))])+``.
_PINYIN_RE = re.compile(rf"[((](?<=[{CJK}][((])(?:{_PINYIN})[))](?:[((](?:{_PINYIN})[))])*")


# toneless syllables: (initial)(final), the initials and finals of Hanyu Pinyin
_INITIAL = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_FINAL = (
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|"
    r"in|un|vn|er|ia|ie|iu|ua|uo|ui|ve|a|o|e|i|u|v)"
)
_TONELESS_RE = re.compile(  # bracket-first, as _PINYIN_RE
    rf"\((?<=[{CJK}]\()(?:{_INITIAL}{_FINAL})\)(?:\((?:{_INITIAL}{_FINAL})\))*"
)
#: Toneless annotations (``職(zhi)業(ye)``) are removed only from a document that has
#: at least this many of them: one ``(a)`` after a character is not a pinyin layer.
TONELESS_MIN = 5


def strip_toneless_pinyin(lines: list[str]) -> list[tuple[str, int]]:
    """Remove toneless pinyin written after characters (``職(zhi)業(ye)``), document-wide.

    Mirror sites annotate every character with its syllable without tone marks. Such
    annotations are removed when the document has at least :data:`TONELESS_MIN`.

    Returns
    -------
    list
        ``(line, annotations removed)`` for each line.

    Examples
    --------
    >>> strip_toneless_pinyin(["深(shen)職(zhi)院(yuan)勇(yong)立(li)潮頭"])
    [('深職院勇立潮頭', 5)]
    >>> strip_toneless_pinyin(["附件(a)与附件(b)"])
    [('附件(a)与附件(b)', 0)]
    """
    if sum(len(_TONELESS_RE.findall(x)) for x in lines) < TONELESS_MIN:
        return [(x, 0) for x in lines]
    return [_TONELESS_RE.subn("", x) for x in lines]


def strip_pinyin(line: str) -> tuple[str, int]:
    """Remove pinyin annotations written after characters: ``業(yè)`` → ``業``.

    Only lower-case syllables with a tone mark (or a tone digit) directly after an
    ideograph count, so ``(AI)``, ``(一)`` or ``(a)`` are left alone.

    Examples
    --------
    >>> strip_pinyin("職業(yè)教育(AI)")
    ('職業教育(AI)', 1)
    """
    new, n = _PINYIN_RE.subn("", line)
    return new, n


# ---------------------------------------------------------------------------
# 3. script


@lru_cache(maxsize=1)
def _opencc():
    from opencc import OpenCC

    return OpenCC("t2s")


def _count_differences(a: str, b: str) -> int:
    """Positions where ``a`` and ``b`` differ, over the shorter length - what
    ``sum(x != y for x, y in zip(a, b))`` counts, compared as UTF-32 code units in numpy.

    Examples
    --------
    >>> _count_differences("職業教育", "职业教育x")
    2
    """
    import numpy as np

    n = min(len(a), len(b))
    if n == 0:
        return 0
    ua = np.frombuffer(a[:n].encode("utf-32-le", "surrogatepass"), dtype="<u4")
    ub = np.frombuffer(b[:n].encode("utf-32-le", "surrogatepass"), dtype="<u4")
    return int(np.count_nonzero(ua != ub))


def detect_script(text: str) -> str:
    """``'traditional'`` when at least 5 % of the ideographs change under OpenCC t2s
    (judged on the first 4,000 ideographs).

    Examples
    --------
    >>> detect_script("職業教育活動週"), detect_script("职业教育活动周")
    ('traditional', 'simplified')
    """
    joined = "".join(_CJK_RUN_RE.findall(text))[:4000]  # a page is in one script
    chars = joined
    if not chars:
        return "simplified"
    converted = _opencc().convert(joined)
    changed = _count_differences(joined, converted)
    return "traditional" if changed >= max(2, 0.05 * len(chars)) else "simplified"


#: Variant ideographs OpenCC ``t2s`` leaves as they are, each with the standard form it
#: stands for (蘇陜協作 → 苏陕协作, yq04; 瑯勃拉邦 → 琅勃拉邦, zx07). 甯 is left: it is also a
#: surname of its own.
VARIANTS = str.maketrans("陜瑯衞靑淸尙値硏", "陕琅卫青清尚值研")


def to_simplified(line: str) -> str:
    """Convert Traditional Chinese to Simplified with OpenCC ``t2s``, then the variant
    ideographs it leaves (:data:`VARIANTS`).

    Examples
    --------
    >>> to_simplified("哈爾濱職業技術學院")
    '哈尔滨职业技术学院'
    >>> to_simplified("蘇陜協作")
    '苏陕协作'
    """
    return _opencc().convert(line).translate(VARIANTS)


# ---------------------------------------------------------------------------
# 4. width, whitespace and inline credits

_WIDTH_TABLE = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH_RE = re.compile("[\uff01-\uff5e]")


def normalize_width(line: str) -> str:
    """Map full-width ASCII variants to ASCII: ``，：（）？！１２Ａ`` → ``,:()?!12A``.

    Chinese pages mix both forms (many sites already store the ASCII forms); one form
    lets every rule and helper read dates, labels and clauses the same way. CJK
    punctuation without an ASCII twin (。、“”《》【】) is left alone.

    Examples
    --------
    >>> normalize_width("来源：人民网（记者　王五）２０２５年")
    '来源:人民网(记者\u3000王五)2025年'
    """
    return line.translate(_WIDTH_TABLE) if _FULLWIDTH_RE.search(line) else line


_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES_RE = re.compile("[ \t\u00a0\u3000\u2002\u2003\u2009\u202f\x0b\x0c]+")


def normalize_whitespace(line: str) -> str:
    """Drop invisible characters, collapse runs of spaces (incl. NBSP and ideographic
    space) to one space and strip the ends.

    Examples
    --------
    >>> normalize_whitespace("\\u3000\\u3000产教融合\\xa0\\xa0 推进会 ")
    '产教融合 推进会'
    """
    line = _INVISIBLE_RE.sub("", line)
    return _SPACES_RE.sub(" ", line).strip()


#: An e-paper's page field, an optional byline and the issue date, after a headline.
EPAPER_HEADLINE_TAIL = (
    r"\s+版次\s*[::]\s*[A-Z]?\d{1,3}\s+(?:作者\s*[::]\s*[^\s\d]{0,12}\s+)?"
    r"(\d{4})年(\d{1,2})月(\d{1,2})日"
)

#: An English date glued behind an English headline, month, day and year grouped
#: (…visit our CollegeSeptember 9, 2016; ud10): cut from the title here, read as the page's
#: date by :mod:`vocstudy.document`.
EN_GLUED_DATE = (
    r"(?<=[a-z])(January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+(\d{1,2}),\s+(\d{4})"
)

# what a scraper glues after a headline: " - https://site…", a date "…夺冠2020-12-09",
# the text of the page's print button "… 友善列印", a run of asterisks that a
# content farm puts between reposted items ("…资讯******"), a date in brackets ("…《2015/6/13》")
_HEADLINE_SUFFIX_RE = re.compile(
    # (a date after an English label's colon is the label's: creation date:2023-11-09, ue05)
    r"(?<=[^\s。!?])(?:\s+[-|–_]\s+https?://\S+|(?<![\d-])(?<![A-Za-z][::])\d{4}-\d{1,2}-\d{1,2}"
    r"|\s+(?:友善列印|友善打印|列印本页|打印本页|列印此页|打印此页)|\s*\*{3,}"
    # a date label glued to the headline: …成果豐碩 發布日期:2014-06-20 (zh07)
    r"|\s+(?:发布日期|發布日期|发布时间|發布時間|发表时间|發表時間|日期)\s*[::]\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
    # a date in brackets closing a school page's headline: …優秀人才《2015/6/13》
    r"|\s*[《(（\[【]\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*[》)）\]】]"
    # an e-paper's page, byline and issue date behind the headline:
    # …郴州斩获2金3银2铜 版次:A02  作者:  2025年04月19日 (xc05)
    r"|"
    + EPAPER_HEADLINE_TAIL
    # an English date glued to an English headline: …visit our CollegeSeptember 9, 2016 (ud10)
    + r"|"
    + EN_GLUED_DATE
    + r")$"
)

# the alt text of images that did not load, around a line: "pic 光宝、和硕力挺技职 pic"
# (or a bullet image's: "圓點   賀!!本校榮獲…")
_PLACEHOLDER_WORD = r"(?:pic|img|image|icon|圆点|圓點)"
_PLACEHOLDER_RE = re.compile(
    rf"^(?:{_PLACEHOLDER_WORD}\s+)+(?=\S)|(?<=\S)(?:\s+{_PLACEHOLDER_WORD})+$", re.I
)

_PLACEHOLDER_HEAD_RE = re.compile(_PLACEHOLDER_WORD, re.I)
_PLACEHOLDER_TAIL_RE = skipping(_PLACEHOLDER_WORD + "$", re.I)


#: The last character of a line an inline credit can end (:data:`_INLINE_CREDIT_RE`,
#: after :func:`normalize_whitespace` has stripped the line).
_CREDIT_CLOSE = frozenset("】]))")
_SUFFIX_LAST = frozenset("印页*》)）]】日")


def _may_have_headline_suffix(line: str) -> bool:
    """Whether :data:`_HEADLINE_SUFFIX_RE` can match ``line`` (a cheap test before the
    pattern): it ends with a digit of a date, 印/页 of a print button, an asterisk, the
    bracket closing a date or 日 of an e-paper's issue date, or holds a URL."""
    last = line[-1:]
    return last.isdigit() or last in _SUFFIX_LAST or "://" in line


def _placeholder_edge(line: str) -> bool:
    """Whether ``line`` starts or ends with a placeholder word: the only lines
    :data:`_PLACEHOLDER_RE` can change (a cheap test before the pattern)."""
    return bool(_PLACEHOLDER_HEAD_RE.match(line) or _PLACEHOLDER_TAIL_RE.search(line[-5:]))


# indentation (ideographic spaces) that an encoding could not hold, shown as "?": "??? 12月"
_LOST_INDENT_RE = re.compile(f"^\\?{{1,8}}\\s*(?=[{CJK}0-9“(【])")

# a headline the scrape joined to the first line of the story, where a photo caption
# (▲…) or the story in brackets ("( 台湾科技大学今天表示,…") follows it: the line is the
# story's, the headline its first part; or where the story opens on a newspaper's
# dateline (… 本报讯 胶南市日前…)
_JOINED_HEADLINE_RE = re.compile(
    r"^([^。,,;;!?()()]{8,48}?)\s+(?:▲|[((]\s|(?=[^\s,,。]{2,10}讯\s))"
)

# a news section's name glued in front of the headline by a bar: 学院动态|我院与…签订…协议,
# or a special topic's column: 聚焦2025职业教育活动周 | 中马共建…
_SECTION_LABEL_RE = re.compile(
    f"^(?:[{CJK}]{{0,4}}(?:动态|新闻|要闻|资讯|快讯|速递|聚焦)|聚焦[^|｜。,,!?]{{2,16}}?"
    # a news site's education column: 中新教育 | … (zi11)
    f"|[{CJK}]{{2,4}}教育"
    # the story's medium: 视频 | 祖祖辈辈不敢想的事儿… (zl11), 组图 | …
    "|视频|視頻|组图|組圖|图集|圖集|图文|圖文|直播|音频|音頻|特写|特寫"
    # a regional portal's column named after a place: 青海省|青海多措并举…
    f"|[{CJK}]{{2,7}}(?:省|市|自治区|特别行政区))\\s*[|｜]\\s*(?=\\S)"
)

#: A column's name of two to four ideographs before a bar opening the headline
#: (全球连线|…, 技能|…, 职教出海 | …); cut only when the headline after it has
#: :data:`SHORT_LABEL_MIN_CJK` ideographs, a short headline keeping its kicker
#: (龍神助力|2017中國國際技能大賽).
_SHORT_LABEL_RE = re.compile(f"^[{CJK}]{{2,4}}\\s*[|｜]\\s*(?=\\S)")
SHORT_LABEL_MIN_CJK = 10

# a portal's short tag glued behind the headline by a single bar: …成立大会召开|世界独家, or the bar
# alone, its tag lost (…花落茶业集团 |, pp03)
# (a label in front, 有片|…, 世界技能大赛|…, is printed as part of the headline)
_BAR_LABEL_RE = re.compile(r"(?<=\S)\s*[|｜]([^|｜]{0,6})$")
#: A news site's name after a single bar closing the headline, with the site's section
#: after a middle dot: …纳入教学大纲|界面新闻 · 中国 (xu01)
_BAR_SITE_SUFFIX_RE = re.compile(
    r"(?<=\S)\s*[|｜]\s*[^|｜\s]{1,8}?(?:新闻|新聞|网|網|日报|日報|晚报|晚報|在线)"
    r"(?:\s*[·•・]\s*[^|｜·•・]{1,6})?$"
)
#: A column's name before 丨 (the stroke U+4E28, which sites print as a bar) opening the
#: headline: 双城记丨广西&仰光:一座“工坊”… (yg08)
_STROKE_LABEL_RE = re.compile(r"^[^丨|｜\s]{1,8}\s*丨\s*(?=\S)")
BAR_LABEL_MIN_CJK = 8

#: A betting or gambling site's words around a headline: a quoted phrase, or one before a
#: dot or bar, opening the title line (‘外围买球app十大排名榜推荐’湖北汉南…, 星空体育APP下载·…),
#: a quoted phrase closing it (…建设力度“九游会·j9官方网站”), the site's keywords
#: (:data:`_SPAM_WORD_RE`) and, after the headline, its own name (:data:`_SPAM_SITE_RE`).
_SPAM_PREFIX_RE = re.compile(
    r"^(?:[‘“【\[]([^’”】\]]{2,30})[’”】\]]|([^\s·•|｜]{2,20})\s*[·•|｜])\s*(?=\S)"
)
_SPAM_SUFFIX_RE = re.compile(r"(?<=\S)\s*[‘“【\[]([^’”】\]]{2,30})[’”】\]]$")
_SPAM_WORD_RE = re.compile(
    r"买球|足彩|博彩|彩票|投注|赌场|娱乐城|棋牌|真人视讯|体育app|app下载|外围", re.I
)
_SPAM_SITE_RE = re.compile(r"官方网站$|官网$|娱乐$|九游|\bj9\b", re.I)
#: ... and glued before the headline with no mark between: 台湾佬中文娱乐网川渝携手推动… (ya06)
#: A betting site's name with its 官方网站 before a bar opening the title line
#: (NG体育·(南宫)官方网站|广西藤县:…; ui04).
_SPAM_SITE_BAR_RE = re.compile(r"^[^|｜]{0,24}(?:官方网站|官网)\s*[|｜]\s*(?=\S)")
_SPAM_SITE_PREFIX_RE = re.compile(f"^[{CJK}]{{0,10}}娱乐(?:网|城|平台|官网)\\s*")
#: A series' name with the part's number before a middle dot opening the headline
#: (职教出海看南洋之五·树品牌 拓合作 佛职院与…, ul06); not a headline naming its part at the
#: end (…系列报道之四, 之 with no dot after it).
_SERIES_PART_RE = re.compile(
    r"^[^\s·•・|｜:：,，。]{2,16}?之[一二三四五六七八九十]{1,3}\s*[·•・]\s*"
)
#: A content farm's column name closed by an exclamation mark before the headline
#: (焦点速递!…, 热点看点!…; yf07)
_BANG_LABEL_RE = re.compile(
    f"^[{CJK}]{{0,4}}(?:速递|速读|速览|看点|热讯|快讯|今日讯|要讯|资讯|头条|热点|焦点|观察|关注|聚焦|动态)[!！]\\s*"
)

# a browser tab's column and site behind the headline: …毕业典礼-新闻中心|广东岭南现代高级技工学校
# (the site's name ends as an institution's or a site's does)
_TAB_SUFFIX_RE = re.compile(
    r"(?<=\S)\s*[-_–]\s*[^-_–—|｜\s]{2,10}\s*[|｜_]\s*[^|｜_]{2,30}"
    r"(?:学校|学院|大学|中学|网|网站|在线|政府|集团|日报|晚报)$"
)

# the label of the headline a repost replaced: 原标题:1200万师生参加职业教育活动周 (a line of
# metadata under the new headline, or the title when the page prints no other)
_ORIGINAL_HEADLINE_RE = re.compile(r"^原标题\s*[::]\s*")

# a scraper's field name in front of the headline: 标题 穗港职业教育合作项目签约仪式在广州举行
#: The names a scraper gives the headline's field (:data:`_TITLE_FIELD_RE`, and with its
#: colon anywhere on the page, :func:`_title_field`).
TITLE_FIELD_NAMES = r"(?:标题|题目)"
#: A field's value wrapped whole in corner brackets or quotes (「…」, “…”), none inside.
_BRACKETED_VALUE_RE = re.compile(r"^「[^「」]+」$|^“[^“”]+”$")
_TITLE_FIELD_RE = re.compile(
    rf"^{TITLE_FIELD_NAMES}(?:\s*[::]?\s+|\s*[::]\s*)(?=\S)"
    # a wire feature's 题: after its dateline (中新网南宁9月16日电 题:东盟职业教育学者…, yc04)
    r"|^题\s*[::]\s*(?=\S)"
)

# a source, site or column named in front of the headline with a colon: 光明日报:服务…,
# 最新资讯:苏黔携手…, 广东省粤东技师学院智慧校园平台:技能权杖,… (validation gg04, gg05,
# cc17) - not a speaker whose words the headline quotes (林群声校长:如何推动…)
_COLON_LABEL_RE = re.compile(
    f"^[{CJK}]{{0,16}}(?:日报|晚报|时报|商报|周报|新闻网|新闻|资讯|快讯|要闻|动态|平台|频道|网"
    # a notice forwarded by an association: 轉知訊息:有關… (ze08)
    r"|转知讯息|转知|讯息"
    # a content farm's column: 头条焦点:浙江实施… (vi05), as its 焦点速递! (yf07)
    r"|头条|焦点|热点|看点|速递)"
    r"\s*[::]\s*(?=\S)"
)
#: What the headline keeps after a source label (ideographs).
COLON_LABEL_MIN_CJK = 8

# a print or close link a page prints after the headline: …开班仪式 [打印本页] (yi03)
_PAGE_LINK_SUFFIX_RE = re.compile(
    r"\s*[\[【]\s*(?:打印本页|打印|关闭窗口|关闭|收藏本页|收藏)\s*[\]】]$"
)

# a page-number marker a paginated repost prints after the headline of its second and
# later pages: 甘肃6000余名师生技能比拼 促职业教育产教融合发展( 二 )
# a photo's number a school site adds to the headline and its alt text: …签约(图1) (xi10)
_PHOTO_NUMBER_RE = re.compile(r"(?<=\S)\s*[(（]\s*图\s*\d{0,2}\s*[)）]$")  # also (图) (vn06)
_PAGE_MARKER_RE = re.compile(
    r"(?<=\S)\s*\(\s+(?:[一二三四五六七八九十]{1,2}|\d{1,2})\s+\)$|" + _PHOTO_NUMBER_RE.pattern
)

# the last crumb of a breadcrumb line, where a page that prints no headline of its own
# names the story: 当前位置:汽车配件110网 >> 汽修百科 >> 石家庄市…获一等奖 |
_LAST_CRUMB_RE = re.compile(r"(?:>>?|»|›|→)\s*([^<>»›→|｜]+?)\s*[|｜]?\s*$")

# a newspaper named with an issue date (year, month, day grouped), and the page of its
# print edition: 《中国教育报》2019年07月27日第1版 (read for dates by vocstudy.document)
PRINT_ISSUE = r"《[^》]{1,20}》\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
PRINT_PAGE = r"\s*第\s*[A-Z]?\d{1,3}\s*版"
# a notice's signature, the issuing office and the date on one line (陕西省教育厅办公室
# 2014年3月4日): furniture here, and the page's date in vocstudy.document
SIGNATURE_DATE_LINE = (
    f"^[{CJK}]{{2,24}}(?:办公室|办公厅|厅|局|委员会|委|政府|学院|学校|大学|中心|处)\\s+"
    r"(\d{4})年(\d{1,2})月(\d{1,2})日$"
)
# a whole line naming a newspaper and the day's issue: a masthead or an e-paper's issue line
# (工人日报 2017年05月07日 星期一, 《工人日报》(2017年05月07日 01版), a credit after the
# story: 襄阳日报2016年5月30日 2版) - the paper in 《》 or a name ending in 报, the full date,
# then at most the page or the weekday
PRINT_LINE = (
    r"^\s*(?:《[^》]{1,20}》|[\u4e00-\u9fff]{2,10}[报報])\s*[((]?\s*"
    r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
    r"\s*(?:第?\s*[A-Z]?\d{1,3}\s*版|星期[一二三四五六日天])?\s*[))]?\s*$"
)
# a content system's header date, day first with the month in words (Joomla's Chinese
# locales: 週三, 20 三月 2019 15:25, validation oo06): furniture, and the page's date in
# vocstudy.document (day, month in words, year grouped)
DAY_MONTH_WORD_DATE_LINE = (
    r"^\s*(?:(?:星期|週|周)[一二三四五六日天]\s*[,，]\s*)?(\d{1,2})\s+(十[一二]?|[一二三四五六七八九])月\s+"
    r"(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
)
# a blog platform's post-date header, month first: 星期五, 12月 16, 2016 (zm03, Blogger)
MONTH_DAY_YEAR_DATE_LINE = r"^\s*(?:(?:星期|週|周)[一二三四五六日天]\s*[,，]\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[,，]\s*(\d{4})\s*$"
# an e-paper's page line closing on the issue date and its weekday (validation rr11):
# 钱江晚报 杭州城事·民生 h0003 …大比武 2013-09-06 3174687 2 2013年09月06日 星期五
WEEKDAY_DATE_LINE = (
    r"^[^,，。;；!?！？]{0,80}(\d{4})年(\d{1,2})月(\d{1,2})日\s*星期[一二三四五六日天]$"
)
#: A forum post's ctime stamp (時間Sun Aug 1 15:31:22 2010; tt05): month name, day and year
#: grouped (vocstudy.document reads them).
CTIME_DATE_LINE = (
    r"^\s*(?:时间|時間)\s*[::]?\s*[A-Za-z]{3}\s+([A-Za-z]{3})\s+(\d{1,2})"
    r"\s+\d{1,2}:\d{2}:\d{2}\s+(\d{4})\s*$"
)
#: A blog's byline up to its date: by admin on …, Posted by admin on … (zi10).
BLOG_BYLINE = r"(?:posted\s+)?by\s+[\w.-]{1,30}\s+on"
#: A compact date glued to a Taiwanese paper's byline: 20211022文/郭文正 (gg08), the date
#: grouped.
COMPACT_BYLINE_DATE = r"^\s*(\d{4})(\d{2})(\d{2})\s*(?:文|图|圖|记者|記者)\s*[/／]"

# a scraper's "date 2025-08-30" label glued in front of the first paragraph, also with
# the month only ("date 2017-02 headline")
_DATE_PREFIX_RE = re.compile(
    r"^(?:date\s+\d{4}-\d{1,2}(?:-\d{1,2})?\s+|日期\s*[::]\s*(?:\d{4}|1\d{2})-\d{1,2}-\d{1,2}\s*)(?=\S)",
    re.I,
)

# a photo's caption and credit glued in front of a paragraph: 图为揭牌仪式现场。孙睿 摄  当日,… (zn03);
# cut when the paragraph left has at least CAPTION_PREFIX_MIN_CJK ideographs
_CAPTION_PREFIX_RE = re.compile(
    r"^(?:图为|圖為)[^。]{2,60}。\s*(?:[\u4e00-\u9fff]{2,4}\s*(?:摄|攝)|[((][^()()]{2,16}(?:摄|攝)[))])\s+(?=\S)"
)
CAPTION_PREFIX_MIN_CJK = 20

_INLINE_CREDIT_RE = re.compile(
    r"\s*[【\[((]\s*(?:责任编辑|责编|编辑|编审|审核|校对)\s*[::]?\s*[^】\]))]{1,20}[】\]))]\s*$"
    # a school page's credit after the last sentence, brackets inside it allowed:
    # …奠定了基础。(图/文:章亚芳 供稿单位:校办(国交中心)) (zp07)
    r"|(?<=[。!?!?])\s*[((]\s*(?:图/文|文/图|图文|文字|文)\s*[::][^。]{1,40}[))]\s*$"
)


def strip_inline_credits(line: str) -> str:
    """Cut an editor credit that closes a paragraph: ``…(完) 【编辑:李岩】`` → ``…(完)``.

    A line that is nothing but a credit is left to :func:`classify_lines`.

    Examples
    --------
    >>> strip_inline_credits("会议圆满结束。(完) 【编辑:王五】")
    '会议圆满结束。(完)'
    """
    m = _INLINE_CREDIT_RE.search(line)
    if not m or m.start() == 0:
        return line
    return line[: m.start()]


# ---------------------------------------------------------------------------
# 5. line classification

_URL_RE = re.compile(
    r"(?:https?://|www\.)[\w\-./?%&=#:~+]+|[\w\-]+\.(?:s?html?|php|aspx?|jsp)\b", re.I
)


# where a person stands in a photo, in brackets: (左), (右6), (前排左五), (中)
_PHOTO_POSITION = r"[((](?:前排|后排|中排|第[一二三四五六七八九十\d]排)?(?:[左右][一二三四五六七八九十\d]{1,2}|[左右中])[))]"

# (rule, pattern, max length of the line for the rule to apply)
_LINE_RULES: list[tuple[str, re.Pattern[str], int]] = [
    (
        "copyright_or_contact",
        re.compile(
            r"版权(所有|声明)|copyright|©|all rights reserved|ICP[备证]|公网安备|"
            r"未经(许可|授权)|不得转载|转载请注明|本文仅代表作者|不代表本(站|网|平台)|"
            r"违法和不良信息|举报(电话|邮箱)|(?<![就来才再已])联系(?:我们(?![了的吧呢,，。])|电话|方式)|投稿邮箱|免责声明|"
            r"本站所有文章|仅限于学习交流|please contact|webmaster|"
            # a repost's takedown notice: 本文由转载于互联网,如有侵权请联系删除! (vz01)
            r"(?:如有|如果|如若)侵权|"
            # a site's footer: 联系邮箱:… 法律支持:…律师事务所 (zu09), 单位名称:… (zt07)
            r"^联系邮箱\s*[::]|法律支持\s*[::]|法律顾问\s*[::]|^单位名称\s*[::]|"
            # a comment box's terms: 评论必须符合…《使用条款》…对网友评论的内容不负任何责任
            r"评论必须符合|对网友评论的?内容不负|"
            # a site's rights notice and disclaimer: ·凡注明来源为“海口网”的所有文字…版权均属…
            # (ze04); 声明:文章仅代表… (zd07)
            r"^\W{0,2}凡注明(?:来源|稿件来源)|版权均?(?:属|归)|^(?:郑重)?声明\s*[::]|"
            # a repost's disclaimer: 郑重声明:此文内容为本网站转载企业宣传资讯… (wn03)
            r"与本站立场无关|并请自行核实|"
            # a site's licences: 增值电信业务经营许可证 互联网新闻信息服务许可证 国际联网备案 (wo10)
            r"增值电信业务经营许可证|新闻信息服务许可证|国际联网备案",
            re.I,
        ),
        300,
    ),
    (
        "comment_form",
        re.compile(
            r"^(留言|评论|发表评论|网友评论|我要评论|验证码|用户名|密码|匿名)|条评论|评论\s*[((]"
        ),
        30,
    ),
    # a comment widget's count and link: 最新评论共有 0 位网友发表了评论, 查看所有评论,
    # 已有0人发表了评论 (ys01)
    (
        "comment_form",
        re.compile(r"位网友发表了?评论$|^查看(?:所有|全部|更多)?评论$|^已有\s*\d+\s*人发表了?评论"),
        40,
    ),
    # a site's visit counters: 总访问量:1402371今日访问量:417…, 您是第1234位访问者
    (
        "site_counter",
        re.compile(r"访问(?:量|人次|次数|人数)\s*[::]\s*\d|第\s*\d+\s*位访(?:问|客)者"),
        80,
    ),
    (
        "share_widget",
        re.compile(
            r"分享到|分享至|链接已复制|复制链接|扫一扫|扫码|扫描二维码|打印本页|关闭窗口|收藏本文|"
            r"继续(往下)?阅读|阅读全文|展开全文|查看原文|点击查看|此页面有问题|帮助我们改进|意见反馈|"
            r"字号\s*[::]?\s*[大中小]|^[大中小]字号$|【字体|^(微信|微博|QQ空间)$|播报|^打印$|^纠错$"
        ),
        30,
    ),
    (
        "related_list_heading",
        re.compile(
            r"^(相关(阅读|新闻|文章|推荐|链接|报道)|推荐阅读|热门推荐|新闻推荐|(?:小编|编辑)推荐|猜你喜欢|延伸阅读|阅读更多|"
            r"更多(新闻|资讯|>>|»)?|精彩推荐|热门文章|热点新闻|最新(文章|新闻)|点击排行|全站热搜|友情链接|"
            # a prompt to the next story, its teaser headline below: 点击阅读下一则新闻
            r"点击阅读下一[则篇条](?:新闻|文章)?)\s*[::]?$|排行榜$|专栏$|"
            r"^.{0,8}相关(新闻|阅读|文章|报道)$|^(标签|tags?)\s*[::]|"
            # a tag cloud's heading under the story: 相關熱詞: (ws02)
            r"^(?:相关)?(?:热词|热门标签|热门关键词)\s*[::]?$|"
            # a repost's link back to the original, closing the story: 查看原始文章
            r"^查看原始文章$"
        ),
        30,
    ),
    # keywords: furniture, but not an end of the story (a journal page prints 关键词:…
    # between the abstract and the text; a news page's 标签: row ends the story)
    ("tag_line", re.compile(r"^(?:[\[【](关键词|关键字)[\]】]|(关键词|关键字)\s*[::])"), 40),
    # a content farm's keyword list, however long (本文关键词:十大…,…; zb07)
    ("tag_line", re.compile(r"^本文(?:关键词|关键字)\s*[::]"), 300),
    (
        "navigation",
        re.compile(
            # a skip link: 跳到主要內容區塊 (un05, a Taiwanese county site)
            r"^跳[到至](?:主要)?内容(?:区块|区)?$|^首页\s|当前位置|您的位置|您现在的位置|^现在的?位置\s*[::]|所在位置|所在的位置|上一篇|下一篇|^[上下]一?[条條则則篇]\s*[::]|返回顶部|网站地图|网站无障碍|无障碍浏览|"
            r"^(?:您好[!!,,]?\s*)?今天是\s*(?:\d{4}\s*年[^,,。]*)?$|官方微信|官方微博|设为首页|设为主页|加入收藏|收藏本页|网站简介|广告合作|服务条款|隐私保护|"
            r"^(\S{1,12}\s*(>>?|»|›|→)\s*){1,}\S{0,12}$|^[<‹«]\s*\S{1,8}$|"
            # an English news site's edition menu: Global EditionASIA 中文雙語Français (pp09)
            r"^Global Edition"
        ),
        60,
    ),
    (
        "header_metadata",
        re.compile(
            r"(发布时间|发布日期|发表时间|发稿时间|创建时间|更新时间|更新日期|刊登日期?|出版日期|日期|"
            r"来源|作者|责任编辑|浏览(次数|量|数)?|"
            r"发布单位|公布单位|发布部门|供稿单位|供稿|撰稿|审稿|审核|字体大小|备\s*注|"
            # (the label also in brackets: 发布者: [发表时间]:2020-12-03 [来源]:, wr03)
            r"点击(数|量)?|阅读(数|量|次数)|点阅(次数|数)?|查看(次数|数)|浏览人次|订阅人数|出版者)\s*[\]】]?\s*[::|｜]|(最后更新|更新于|发布于)\s*[::]?\s*\d|"
            r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}|"
            r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*\d{1,2}:\d{2}|"  # 2023年10月24日 13:02 媒体滚动
            # a label and its date with a space for the colon: 发布时间 2015-09-02 浏览 19448 次 (vd06)
            r"^(?!.*[,，。!?！？])(?:发布时间|发布日期|发表时间|发稿时间|更新时间|日期|时间)\s+\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|"
            # an e-paper's issue line: 当前报章2024年04月10日
            r"^(?:当前|本期|今日)?(?:报章|报纸|报刊|期刊)\s*[::]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|"
            # … and its date with the edition and page name: 2011-11-08 B3版 人力资源社会保障 (yn03)
            r"^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:第\s*)?[A-Z]?\d{1,3}\s*版(?:\s|$)|"
            r"^(?:date|Date|DATE|日期|时间|发布|更新)?\s*[::]?\s*"
            r"\d{2,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
            # … with its weekday, or the weekday's label cut off (2023年5月26日 星期, ul02)
            r"(?:\s*(?:星期[一二三四五六日天]?|周[一二三四五六日天]))?$|"
            r"^(?:last updated|updated|posted|published)\b|"
            # a unit's byline and the date: 办公室 | 2022-01-13 (xp08)
            r"^[^\s,，。!?！？:：]{2,16}\s*[|｜]\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$|"
            + COMPACT_BYLINE_DATE
            + "|"
            + CTIME_DATE_LINE
            + "|^"
            + BLOG_BYLINE
            + r"\s+\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$|"
            # an English date line with its empty fields: Date:2019-06-05 Author: Hits: (vx03)
            r"^(?:date|time)\s*[::]\s*\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}"
            r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+(?:author|source|from|editor|hits|views|clicks)\s*[::]|"
            # an English news system's fields: Publisher:…Release time:2022-05-18Viewed:419 (ub06),
            # creation date:2023-11-09 (ue05)
            r"^Publisher\s*[::]|(?:Release|Creation)\s*(?:time|date)\s*[::]\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|"
            # an English byline with its source and date: By Zhi Xinghua Source:China Tibet
            # News 2017-07-26 (vz08)
            r"^By\s+[A-Z][\w .'-]{1,40}?\s+Source\s*[::].{1,60}?\d{4}-\d{1,2}-\d{1,2}$|"
            # an English byline with its date: Author:Main News in Tibet Time:2022.06.19 (yo03)
            r"^Author\s*[::].{0,60}\bTime\s*[::]\s*\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|"
            + WEEKDAY_DATE_LINE
            + "|"
            + DAY_MONTH_WORD_DATE_LINE
            + "|"
            + MONTH_DAY_YEAR_DATE_LINE,
            re.I,
        ),
        100,
    ),
    (
        "credit_line",
        re.compile(
            r"^[((]?\s*(责任编辑|页面编辑|网页编辑|责编|编辑|审核|校对|通讯员|摄影|供图|记者|文字|文图|图文|图片|撰文|撰稿|"
            # 核发 (reviewed and issued: 核发:王丽娜, xd06); the editors of the three reviews
            # (初审编辑:李润杰 姜晖, xt06)
            r"审编|编审|审校|(?:初审|复审|终审)(?:编辑)?|[一二三]审(?:[一二三]校)?|统筹|监制|美编|排版|校审|核发)\s*[::\s]|"
            # a one-character text credit alone with its writer: 文:孙卓君 (vy01)
            r"^文\s*[::]\s*[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})*$|"
            r"记者\s*\S{2,4}\s*/\s*文|\S\s*摄\s*/|/\s*(文|摄|图)$|视频拍摄|^[图文]\s*/\s*\S{2,16}$|^\S{2,20}摄制$|"
            # a two-character label spaced out like the ones under it (责 编:刘慧艳; vk03)
            r"^(?:责\s编|编\s辑|校\s对|审\s核|记\s者|摄\s影|监\s制)\s*[::]|"
            # text and photo credits with the editor on one line: 文/图 …学院 王勃 编辑/宣传部 郭辉 (ss09)
            r"^(?:文\s*/\s*图|图\s*/\s*文)\s.{2,40}编辑\s*[/／:：]|"
            # a byline that is an editorial office alone on its line: 大学问编辑部
            r"^[\w·]{1,10}编辑部$|"
            # a source carried over from the line above, with an empty editor field after it
            # (来源: / 河南省援疆指挥部 编辑:; yt04)
            r"^\S{2,16}\s+(?:编辑|责编|责任编辑)\s*[::]\s*$|"
            # a news agency and the city it filed from: 中央社  / 台中市 (validation ii08)
            r"^[\u4e00-\u9fff]{1,6}(?:社|网|报)\s*[/／]\s*[\u4e00-\u9fff]{2,6}$"
        ),
        60,
    ),
    (
        "image_caption",
        re.compile(
            r"^[((\[【]\s*(资料图|资料图片|图片|图|摄影|供图|视频)[^))\]】]{0,20}[))\]】]$|"
            r"[((]\s*(图|摄影|图片|图文)\s*[/::][^))]{0,30}[))]$|[((][^()()]{0,20}摄[))]$|"
            r"^(合影|大合照|合照|活动现场|签约现场|现场图)[。.]?$|^.{0,28}(合影|合照|留影)(留念)?[。.]?$|"
            # an image's placeholder text (文章图片, vk04) and a caption labelled 图| after an
            # image a scrape emptied (![]() 图|…同学和领导合影 |, vk09)
            r"^(?:文章|新闻)?(?:图片|配图)$|^图\s*[|｜]\s*\S|"
            r"(摄|供图|摄影|图片来源\S{0,12})[)）]?$|"
            # …, or the bare word a page export leaves where each photo was (图片)
            r"^(放大图片|查看大图|点击图片|点击查看大图|图片)$|^\S{1,60}\.(?i:jpe?g|png|gif|webp|bmp)$|"
            # a photo gallery's label under the story: [以下仅为部分图片], 【组图】
            r"^[\[【][^\]】]{0,10}(?:图片|照片|组图)[^\]】]{0,4}[\]】]$"
        ),
        80,
    ),
    # a caption's label or mark; a mark before two sentences or more opens a photo-news
    # item's story, not a caption (▲10月29—30日,全市168名…参加了…考试。此次鉴定…。…; yn03)
    (
        "photo_caption",
        re.compile(
            r"^(图为|图:|图片:|图说[::]|资料图片?[::]|[▲△■](?!(?:[^。]*。){2}))|[((]图(片)?\s*(由|/|:)[^()()]{0,30}(提供|摄)[))]$|"
            r"记者\s*\S{2,4}\s*摄$"
        ),
        150,
    ),
    # a caption opened by its figure number: 图3:邓兰兰博士作主题讲座, 图1 // 考察团一行深入校园
    # (a story sentence does not open with 图 and a number)
    ("photo_caption", re.compile(r"^[图圖]\s*\d{1,2}\s*(?:[::、.．]|/{1,2})"), 120),
    # ... or by the number and a space alone: 图1 对企业发展战略进行了解 (xv07), a short line
    ("photo_caption", re.compile(r"^[图圖]\s*\d{1,2}\s+\S"), 40),
    # a caption closed by its photographer after 图片:/摄影: with no brackets, as a foreign
    # paper's Chinese page prints it: …敲响开学鼓。图片:Thanh Nga | (vb04)
    (
        "photo_caption",
        re.compile(
            r"[。.]\s*(?:图片|圖片|摄影|攝影|照片|图|圖)\s*[::]\s*[^\s。,,][^。!?,,]{0,29}?\s*[|｜]?$"
        ),
        150,
    ),
    # a caption closed by its photographer: after a space and a slash (游国栋在宿舍学习大学课程
    # 摄影/陈绪凯, ul08; …颁奖表扬。图/陈正兴, x08), or after its full stop and a space, a
    # paper's credit with no comma or colon in it (…实训车间参观。 袁骏杰摄, uw04; …调度系统。
    # 本报记者 张丹华摄, uq07; 本报肯尼亚分社 邓肯·西科约摄)
    (
        "photo_caption",
        re.compile(
            r"(?:\s|[。)）])(?:摄影|攝影|图片|圖片|摄|攝|图|圖|供图)\s*[/／]\s*[\u4e00-\u9fff]{2,4}$"
            r"|[。!！]\s+[^。,，;；:：]{2,20}?摄(?:影)?$"
        ),
        150,
    ),
    # a short line closed by a photo credit: …体验。(台南市政府提供), (记者林东良翻摄,下同)
    (
        "photo_caption",
        re.compile(r"[((][^()()]{2,24}(提供|翻摄|摄|图片|供图|照片)(,下同)?[))]$"),
        70,
    ),
    # a caption closed by a credit with a slash: …由劉校長代表接受。(攝影/王惠娟) (zq06),
    # …展现侨生在台学习成效。(龍華科大提供/李侑珊臺北傳真) (zq07)
    (
        "photo_caption",
        re.compile(
            r"[((](?:(?:摄影|攝影|图|圖|图片|圖片|照片)\s*/\s*[^()()/]{2,12}|[^()()/]{2,16}提供\s*/\s*[^()()/]{2,16})[))]$"
        ),
        90,
    ),
    # a sentence closed by the office that supplied the photo: …签署《合作备忘录》。图:政府新闻处,
    # …活动周启动。宣汉县委宣传部供图
    # …揭牌启用。浙江省援疆指挥部供图 拍友 曹月月 摄, …奖学金。照:屏東科大提供
    (
        "photo_caption",
        re.compile(
            f"^[^。]{{4,120}}。\\s*(?:[图圖照]\\s*[::/]\\s*[{CJK}]{{2,12}}|[{CJK}]{{2,16}}供图"
            f"(?:\\s+\\S{{0,4}}\\s*[{CJK}]{{2,4}}\\s*摄)?)$"
        ),
        150,
    ),
    # one sentence followed by the photographer's name: …方向一致。欧文瀚摄 (a caption
    # however long: story paragraphs do not end with a photographer's name), also with
    # the paper's correspondent (…切割木料。本报通讯员 金俊良 摄, xc09)
    (
        "photo_caption",
        re.compile(
            f"^(?!.*(?:(?<!通)讯|日电))[^。]{{4,120}}。\\s*(?:\\S{{0,10}}(?:记者|通讯员)\\s*)?"
            f"[{CJK}]{{2,4}}\\s*摄$"
        ),
        150,
    ),
    # ... or the outlet and the photographer: …刘小强致辞。新华网 王晓震 摄 (zu07)
    (
        "photo_caption",
        re.compile(
            f"^(?!.*(?:讯|日电))[^。]{{4,120}}。\\s*[{CJK}]{{2,6}}(?:网|社|报)\\s+[{CJK}]{{2,4}}\\s*摄$"
        ),
        150,
    ),
    # the same with the name in brackets: …助她在比赛中有更好发挥。(杨柏贤摄)
    (
        "photo_caption",
        re.compile(f"^(?!.*(?:讯|日电))[^。]{{4,120}}。\\s*[((][{CJK}]{{2,4}}\\s*摄[))]$"),
        150,
    ),
    # a caption placing two or more people in the photo: …刘乃好(右6),署理会长黄首詠(右5),
    # 杜方敏(左5)共同为…, …董事长(右)与…主席(中)及…校长(左)于…合影 (a story sentence names
    # no one's place in a picture; a long paragraph a caption ran into stays body)
    (
        "photo_caption",
        re.compile(f"{_PHOTO_POSITION}[^()()]*?(?:[((][^()()]*[))][^()()]*?)*?{_PHOTO_POSITION}"),
        160,
    ),
    # a caption closed by the photo's date and place in brackets, no sentence in it
    # (…经济特区投资研讨会(2019年3月30日津巴布韦总统内阁办公大楼); yr06) - not a paper's
    # issue line (《工人日报》(2017年05月07日 01版))
    (
        "photo_caption",
        re.compile(
            r"^[^。《]{4,60}[((]\d{4}年\d{1,2}月\d{1,2}日\s*(?![^()()]*版)[\u4e00-\u9fff][^()()。,,]{1,23}[))]$"
        ),
        90,
    ),
    # a caption naming people by their places in the photo with 为 (主要列席领导:左二为…校长…,
    # 左三为…副市长…; yp08): a story sentence does not count positions from the left
    (
        "photo_caption",
        re.compile(
            r"[左右][一二三四五六七八九十\d]{1,2}为[^。]*[左右][一二三四五六七八九十\d]{1,2}为"
        ),
        200,
    ),
    # a short line placing one person in the photo, the mark straight after the name:
    # 吴锦(中)听取许小兰办学特色的汇报 (zj06), 海青班中南區畢典3:僑務委員會委員長吳新興(中)
    # 參觀海青班, 靜態成果展,由海青班同學(左)介紹學習成果。 (zm03) - no story line of the
    # validation pages names where someone stands in a picture; a line quoting the person
    # (校长王五(左)表示,…) is left to the story
    (
        "photo_caption",
        re.compile(
            f"^(?!.*(?:讯|日电|消息|表示|指出|强调|強調|认为|認為))[^。]*[{CJK}]{_PHOTO_POSITION}[^。]*。?$"
        ),
        100,
    ),
    # a bare image path or file name: /001/Upload/…/84333e29.jpg
    ("image_caption", re.compile(r"^[\w\-./:%~]+\.(?i:jpe?g|png|gif|webp|bmp)$"), 300),
    # an image's file name that is a whole caption sentence, left where the photo was:
    # 屏东县长曹启鸿鼓励青年学子勤学技艺,增加未来的国际竞争力。.jpg (a story sentence never
    # ends in a file extension, so the rule holds however much the line reads as prose)
    # (a caption's words may hold spaces: 纪念…100周年 民建保定市委…举办慈善义拍.jpg)
    ("image_file_name", re.compile(r"^\S(?:.{0,118}\S)?\.(?i:jpe?g|png|gif|webp|bmp)$"), 130),
    # a camera's or a messaging app's file name left without its extension where the
    # photo was: 微信图片_2025-08-23_085532_539, IMG_20170509_101509, a site's own IMG_257 (qq01)
    (
        "image_file_name",
        re.compile(
            r"^(?:微信图片|微信截图|(?i:IMG|DSC[NF]?|mmexport|Screenshot|wx_camera))[_\- ]?\d[\d_\-]{2,}$"
        ),
        40,
    ),
    # a browser-upgrade notice at the top of a portal page: 请更新您的浏览器,
    # 您使用的浏览器版本较旧,已不再受支援。…, 为达最佳浏览效果,建议使用 Chrome…
    (
        "browser_notice",
        re.compile(
            r"^请(?:更新|升级)\S{0,4}浏览器|浏览器(?:版本)?(?:较旧|过旧|太旧|过低|不再受支[援持])|"
            # 你正在使用旧版本浏览器。请升级浏览器以获得更好的体验。(uu08)
            r"(?:使用|用)(?:的是)?旧版(?:本)?(?:的)?浏览器|"
            r"(?:不支[援持]|不兼容)\S{0,24}浏览器|最佳浏览(?:效果|体验)|(?:本网站|本站)?建议(?:您)?(?:使用)?\S{0,12}浏览器|"
            # a government page's print and zoom help: 请利用键盘按住Ctrl + P开启列印功能 (rr06)
            r"(?i:ctrl)\s*\+\s*\S{0,6}\s*\S{0,8}(?:列印|打印|放大|缩小|字型|字体)|"
            # 你知道你的Internet Explorer是过时了吗? …建议您升级到最新版本的Internet Explorer或
            # 选择另一个web浏览器 (xk04)
            r"(?i:internet\s*explorer|\bIE\b)\S{0,4}(?:是)?过时|"
            r"升级到最新(?:版本)?的?\s*(?:浏览器|(?i:internet\s*explorer|IE))|"
            # 建议使用 IE9及以上版本,或 Firefox Chrome Opera等浏览器。(vf07)
            r"建议(?:您)?使用\s*(?i:IE|Chrome|Firefox|Edge|Safari|Opera)[^。]{0,40}浏览器"
        ),
        120,
    ),
    # an English site's cookie banner: Our Privacy Statement & Cookie Policy; By continuing to
    # browse our site you agree to our use of cookies, … (vi04)
    (
        "browser_notice",
        re.compile(
            r"(?i:\bcookie\s+(?:policy|settings|preferences)\b|\buse\s+of\s+cookies\b|"
            r"^our\s+privacy\s+(?:statement|policy)\b)"
        ),
        300,
    ),
    # a site's own links in a row, however long: 联络我们|星洲网 … 关于我们|星洲网 (ss07)
    (
        "navigation",
        re.compile(r"(?:联络我们|联系我们).{0,60}关于我们|关于我们.{0,60}(?:联络我们|联系我们)"),
        200,
    ),
    # a prompt to a photo gallery under the story: 更多比赛图片请浏览本站“图片新闻”
    (
        "navigation",
        re.compile(r"^更多\S{0,10}(?:图片|照片|视频)\S{0,3}(?:请|敬请)?(?:浏览|点击|访问|查看)"),
        40,
    ),
    # a repost's source line: 转自:中国改革报, 本文转自:人民网-贵州频道
    ("header_metadata", re.compile(r"^(?:本文)?转(?:自|载自)\s*[::]"), 40),
    # the outlet a repost first ran in, in brackets: 【原载《中国教育新闻网》】 (zd03)
    (
        "header_metadata",
        re.compile(
            r"^[【\[((]\s*(?:原载|原刊|转载自|转自|来源)\s*[::]?\s*《?[^】\]))]{2,24}》?\s*[】\]))]$"
        ),
        40,
    ),
    # a keyword list of short names between bars, however long (主站蜘蛛池模板: 理塘县| 固始县|
    # 云南省| …, ze06): a content farm's index, not prose
    # (not a table's row: | 1 | 深圳职业技术大学 | 100 | 5★ | …, whose cells hold numbers)
    (
        "navigation",
        re.compile(
            r"^(?![|｜])(?:[^|｜]{0,12}[::]\s*)?(?:[^|｜\s\d]{1,8}\s*[|｜]\s*){7,}[^|｜\d\s]{1,8}\s*$"
        ),
        3000,
    ),
    # ... or a site's search keywords between bars, five or more (成都财贸职高|成都职业学校|
    # 成都公办职高哪个好|…, vz03)
    (
        "navigation",
        re.compile(
            r"^(?:[^|｜\s\d,，。、!?！？]{2,12}\s*[|｜]\s*){4,}[^|｜\s\d,，。、!?！？]{2,12}\s*$"
        ),
        200,
    ),
    # a forum post's poster line: 大灰狠 发表于 17-7-2015 10:55:12 (zi03)
    ("header_metadata", re.compile(r"^\S{1,20}\s+发表于\s+\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}"), 60),
    # a translator's or editor's credit in brackets: 【编译：木合塔尔·木拉提】 (zh03)
    (
        "credit_line",
        re.compile(r"^[【\[]\s*(?:编译|翻译|编辑|责编|校对)\s*[::][^】\]]{1,20}[】\]]$"),
        30,
    ),
    # a reporter's byline on its own line: 顶端新闻·河南商报记者 魏敏 (zi07)
    (
        "credit_line",
        re.compile(r"^[^,，。;；]{0,16}记者\s*[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3})?$"),
        30,
    ),
    # a blog's archive page title: …'s Archivers, … Archives (zh04)
    ("site_name", re.compile(r"(?:'s\s+)?Archiv(?:e|er)s?$"), 80),
    # a site's prompt to follow its account by its QR code: 了解黔西南更多资讯,尽在亮点黔西南网
    # 微信,扫描下方二维码免费阅读。 (xr03; a story line saying that trainees scan a code to
    # sign up names no account to follow); an ad for the site's account, a hard rule as the
    # prompt is written as a sentence
    (
        "url_or_ad",
        re.compile(
            r"(?:更多.{0,6}(?:资讯|精彩|新闻|内容|信息)|尽在|请关注|欢迎关注|敬请关注)"
            r".{0,24}(?:微信|公众号|客户端|APP|app).{0,20}二维码"
        ),
        80,
    ),
    # a blog platform's post line: zs44915623 發表在 痞客邦 留言(0) 人氣() (zd08)
    ("share_widget", re.compile(r"(?:发表|發表)在\s*痞客邦|留言\s*[((]\d*[))]\s*人(?:气|氣)"), 80),
    # a portal's follow box with its slogan: 农业网(Agronet.com.cn)微信扫一扫: 尽“扫”天下农商情 (ug02)
    ("share_widget", re.compile(r"微信扫一扫\s*[::]"), 60),
    # a site's slogan about itself: 茶礼仪网专注茶道礼仪,弘扬茶道文化。… (uo07), 第一考试网致力于
    # 提供…资讯 (zv10)
    # (a full sentence: not a soft rule)
    ("copyright_or_contact", re.compile(r"^[^,，。\s]{2,10}网(?:专注|致力)"), 120),
    # a tip-off box's prompt: 按个赞!警政时报粉丝团!…也可向我们投诉爆料 (un06), 我要爆料,
    # 新闻爆料热线:… (not a sentence: no full stop)
    ("share_widget", re.compile(r"^(?!.*。).*(?:我要|投诉|新闻)爆料"), 60),
    # a repost's source given as a phrase: 文章来源于中国电化教育 ,作者CET 2020年第8期
    # (not a sentence: a story line saying where an idea came from ends with 。)
    ("header_metadata", re.compile(r"^(?:文章|本文)来源(?:于|自)(?!.*。$)"), 60),
    # the magazine or book a repost was taken from: 本文出自 2017 / 2月號雜誌 偷學成功者的運動筆記,
    # 本文摘自《职业教育研究》 (zx06; not a story line saying where an idea came from: …。)
    (
        "header_metadata",
        re.compile(
            r"^本文(?:出自|摘自|选自|節選自|节选自|原载于?|原載於?|原刊于?|原刊於?|刊载于|刊載於|取材自)(?!.*。$)"
        ),
        60,
    ),
    # a notice's document number on its own line: 榕教职成〔2020〕23号 (yh07)
    (
        "header_metadata",
        re.compile(
            f"^[{CJK}]{{1,12}}\\s*[〔\\[【(（]\\s*\\d{{4}}\\s*[〕\\]】)）]\\s*\\d{{1,4}}\\s*号$"
        ),
        30,
    ),
    # a school news system's byline: the unit, the date and the views (yf04:
    # 重庆工商职业学院 2021-10-20 121)
    (
        "header_metadata",
        re.compile(f"^[{CJK}]{{2,20}}\\s+\\d{{4}}-\\d{{1,2}}-\\d{{1,2}}\\s+\\d{{1,7}}$"),
        40,
    ),
    # the same byline the other way round: the date, the unit and the writer (wy02:
    # 2023-06-16 高级技工学校 杨瑞瑞)
    (
        "header_metadata",
        re.compile(f"^\\d{{4}}-\\d{{1,2}}-\\d{{1,2}}(?:\\s+[{CJK}]{{2,20}}){{1,2}}$"),
        40,
    ),
    # a reader's length and reading time: 本篇文章234字,读完约1分钟, 全文共2345字,阅读大约需要6分钟,
    # 预计阅读时间:5分钟 (zy10)
    (
        "header_metadata",
        re.compile(
            r"^(?:本篇文章|本文|全文|文章)(?:共计|共|约|全长)?\s*\d[\d,]*\s*字\S{0,4}?[,，\s]*\S{0,4}?(?:读完|阅读|閱讀|讀完)"
            r"\S{0,6}?\d+(?:\.\d+)?\s*分[钟鐘]"
            r"|^(?:预计|預計)?(?:阅读|閱讀)(?:时间|時間|时长|時長|本文)\S{0,6}?\d+(?:\.\d+)?\s*分[钟鐘]"
        ),
        40,
    ),
    # an English page's date line behind the site's name: Mondo International Updated on 2024-02-21
    # (zy01)
    (
        "header_metadata",
        re.compile(
            r"\b(?:updated|published|posted)\s+on\s+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$",
            re.I,
        ),
        80,
    ),
    # the newspaper a repost was printed in, with its issue date: 《中国教育报》2019年07月27日第1版,
    # 文章原载《HK01》2024年3月19日
    (
        "header_metadata",
        re.compile(f"^(?:(?:文章|本文)?原(?:载|刊)(?:于|在)?\\s*)?{PRINT_ISSUE}(?:{PRINT_PAGE})?$"),
        60,
    ),
    ("header_metadata", re.compile(PRINT_LINE), 40),
    # a site's teaser box repeating the lead, cut off: [导读]中新社重庆5月12日电…在内地..
    ("lead_teaser", re.compile(r"^[\[【]导读[\]】].*(?:\.\.|…)$"), 400),
    # a photo caption naming only the scene: 签约仪式现场。, 揭牌仪式现场, numbered when
    # there are several photos (签约仪式会议现场1; va05), or the scene of a training
    # (技能培训现场, 培训现场图)
    (
        "image_caption",
        re.compile(
            r"^[^\s,,。:]{0,10}(?:仪式|典礼|开幕式|活动|会议|大会|培训|比赛|赛场)现场(?:图|图片|照片)?"
            r"\s*[(（]?[0-9一二三四五六七八九十]{0,2}[)）]?[。.]?$"
        ),
        20,
    ),
    # a tags row longer than a heading: 标签: 弘扬工匠精神 中等职业学校技能大赛 …
    ("tag_line", re.compile(r"^(?:(?:热点|热门|相关)?标签|tags?)\s*[::]", re.I), 120),
    # a whole line in brackets without a full stop: an editor's or player's note
    # ((带宽不够的情况下,通常第二遍播放会流畅)), a credit ((记者何淼))
    ("bracketed_note", re.compile(r"^[((][^()()。]{4,60}[))]$"), 64),
    # a contact person's line in a press release: 新闻联络:…研究员0930-936-532
    ("contact_line", re.compile(r"(?<![\d-])\d{2,4}-\d{3,4}-?\d{3,4}(?![\d-])"), 60),
    # a footer address behind a postal code: 360302苗栗市南势里联大二号(国际组)
    (
        "contact_line",
        re.compile(f"^\\d{{3,6}}\\s?[{CJK}]{{2,6}}[市县区乡镇][^。,,]{{0,20}}[路街里号巷弄段]"),
        40,
    ),
    # a content farm's machine translation announced under the story: 英语如下:
    ("machine_translation", re.compile(r"^(?:英语|英文|英译)(?:如下|版本?)\s*[::]?$"), 12),
    # a bilingual page's label over one language's version: 中文:, English: (zc02)
    (
        "machine_translation",
        re.compile(r"^(?:中文|英文|English|Chinese)\s*(?:版|版本)?\s*[::]$", re.I),
        12,
    ),
    # an e-mail address on a short line: 在线投稿:ynlcrbs@126.com (zb03)
    ("contact_line", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), 40),
    # an e-paper's issue line: 2025年07月08日  第7642期 往期报纸>> (zb03)
    ("navigation", re.compile(r"第\s*\d{2,6}\s*期.{0,6}往期|往期(?:报纸|回顾|查询)"), 40),
    # a press release's enquiries line: 新闻查询:民建联主席李慧琼(7770 0820)…
    ("contact_line", re.compile(r"^(?:新闻|传媒|媒体)(?:查询|联络|联系)(?:人|电话)?\s*[::]"), 100),
    # a site's logo left as text where the image was: 台灣新聞網(Logo-image), site logo:
    # www.epochtimes.com (not a sentence naming a logo: 发布了…标志(LOGO)。)
    (
        "site_name",
        re.compile(r"^(?!.*。)(?:.*[\s((:：])?(?:site\s+)?logo(?:[-_\s::))]|$)", re.I),
        60,
    ),
    # a summary box above or beside the story: 摘要:…, 摘要提示:… (a news page's teaser;
    # a journal page's abstract is headed 【摘要】 or 摘 要)
    ("lead_teaser", re.compile(r"^(?:摘要|摘要提示|内容提要|核心提示)\s*[::]"), 400),
    # ... or 导读 with a space or nothing before the teaser (导读 1月8日上午,…, uq03; 导读今天,…,
    # wb06), also a deck marked [副] (uq10)
    ("lead_teaser", re.compile(r"^(?:导读(?=\s|今天|近日|日前|\d)|\[副\]\s)"), 400),
    # the headline a repost replaced, under the new one: 原标题:1200万师生参加职业教育活动周
    ("header_metadata", _ORIGINAL_HEADLINE_RE, 80),
    # an e-paper's page and section: 00003版:职业教育, A02版:要闻 (validation jj06)
    ("navigation", re.compile(r"^(?:第\s*)?[A-Z]?\d{1,5}\s*版\s*[::]\s*\S{1,12}$"), 24),
    # an authors' byline: their college, then their names (广州铁路职业技术学院 胡昌送 蔡勤生)
    (
        "credit_line",
        re.compile(
            f"^[{CJK}]{{2,24}}(?:学校|学院|大学|研究院|研究所|中心)(?:\\s+[{CJK}]{{2,3}}){{1,4}}$"
        ),
        50,
    ),
    # a prompt to a photo gallery: 點選可以瀏覽全部照片或影片, 点击查看更多图片
    (
        "navigation",
        re.compile(r"^点(?:选|击)\S{0,8}(?:浏览|查看|观看)\S{0,8}(?:照片|图片|影片|视频)"),
        30,
    ),
    # a comment box's prompts: 新增评论, 请输入验证码
    ("comment_form", re.compile(r"^(?:新增|添加|发表|发布)评论$|^请输入验证码$"), 12),
    # an app page's edit buttons left under each photo: 删除 删除 (uc05)
    ("share_widget", re.compile(r"^(?:删除\s*){2,}$"), 12),
    # a site's mood poll under the story (您看到此篇文章时的感受是:, ub04), its sign-up prompt
    # (还没有账号?, uf01) and a sign-up form's empty personal fields (姓       名: / 身份证号:, vy09)
    (
        "comment_form",
        re.compile(
            r"^您?看到此篇文章时的感受|^还没有(?:账号|帐号)\s*[??]?\s*(?:立即注册|注册)?$"
            r"|^(?:姓\s*名|身份证号码?|手机号码?|联系电话|验证码|电子邮箱|邮\s*箱)\s*[::]\s*$"
        ),
        20,
    ),
    # a comment board's rules: ·请注意语言文明,尊重网络道德,…; ·…管理员有权保留或删除其管辖留言中
    # 的任意非法内容 (tt07)
    # (the board's terms, not a comment field: read even where they look like a sentence)
    ("copyright_or_contact", re.compile(r"尊重网络道德|有权保留或删除\S{0,8}留言"), 80),
    # a link back, alone in bars: |返回| (uu08)
    (
        "navigation",
        re.compile(r"^[|｜\[【\s]*返回(?:首页|顶部|列表|上一页|上页)?[|｜\]】\s]*$"),
        10,
    ),
    # a desk's credit closing a story: 继续教育部 供稿
    ("credit_line", re.compile(r"^\S{2,12}\s+供稿$"), 20),
    # a government bulletin's distribution and reporter lines: 抄报:…, 抄送:…, 发:各乡镇妇联,
    # 信息员:陈文 (vf09)
    (
        "credit_line",
        re.compile(r"^(?:抄报|抄送|报送|分送|发送|发|信息员|报送人)\s*[::]\s*\S"),
        60,
    ),
    # the outlet and its editor on one line: 千岛湖新闻网 编辑:方耀 (vb03)
    (
        "credit_line",
        re.compile(
            f"^[{CJK}]{{2,12}}(?:网|报|台|在线)\\s+(?:编辑|责编|责任编辑|编审)\\s*[::]\\s*\\S{{1,10}}$"
        ),
        30,
    ),
    # a portal teaser's account and relative time: 技能山东 昨天17:35, 3小时前
    (
        "header_metadata",
        re.compile(r"(?:昨天|前天|今天)\s*\d{1,2}:\d{2}$|^\S{0,12}\s*\d{1,2}\s*(?:分钟|小时)前$"),
        20,
    ),
    # an attachments heading: 相關文件下載:
    ("navigation", re.compile(r"^(?:相关)?(?:文件|附件)下载\s*[::]?$"), 12),
    # an agency's photo credit on its own line: 香港中通社圖片
    ("image_caption", re.compile(f"^[{CJK}]{{2,10}}(?:社|网|报)(?:图片|照片)$"), 14),
    # a photo credit alone on its line (资料图片), and a school news system's fields: the
    # office that posted the item (单位:秘书室) and the item's category (分类:中专专业)
    ("image_caption", re.compile(r"^资料(?:图片|照片|图)$"), 6),
    ("header_metadata", re.compile(r"^(?:单位|分类|类别|栏目)\s*[::]\s*[^,,。]{0,12}$"), 20),
    # a notice's signature, the issuing office and the date on one line: 陕西省教育厅办公室 2014年3月4日
    ("header_metadata", re.compile(SIGNATURE_DATE_LINE), 40),
    # a comment widget with no comment yet: 没有留言:, 暂无评论
    ("comment_form", re.compile(r"^(?:没有|暂无|尚无|还没有)(?:留言|评论)\s*[::]?$"), 12),
    # a how-to for sharing the page, however sentence-like: 打开微信,点击 “ 发现 ” ,使用
    # “ 扫一扫 ” 即可将网页分享至朋友圈。
    ("share_instruction", re.compile(r"扫一扫.{0,24}分享(?:至|到|给)\S{0,4}(?:朋友圈|好友)"), 60),
    # a forum's attachment notice for guests: 本帖子中包含更多资源, 您需要 登录 才可以下载或查看
    ("forum_notice", re.compile(r"^本帖子?中?包含更多资源|才可以下载或查看"), 40),
    # a forum's sign-up prompt to guests (Discuz's default wording): 马上注册,结交更多好友,享用
    # 更多功能,让你轻松玩转社区。 and 只需一步,快速开始 (zo05)
    (
        "forum_notice",
        re.compile(r"^马上注册[,，\s]*结交更多好友|^只需一步[,，\s]*快速开始$|轻松玩转社区"),
        40,
    ),
    # a share prompt with no link left: 推荐给朋友: (zn07)
    ("share_instruction", re.compile(r"^(?:推荐给|转发给|分享给)(?:朋友|好友)\s*[::]?$"), 8),
    # a photo caption with its credit in the middle: 活动现场 供图 成都市龙泉驿区委统战部
    (
        "image_caption",
        re.compile(f"^[{CJK}]{{2,16}}\\s+(?:供图|摄影|图片来源)\\s*[::]?\\s*[{CJK}]{{2,20}}$"),
        40,
    ),
    # an architect's rendering or a plan shown as a photo: 项目建设效果图
    ("image_caption", re.compile(f"^[{CJK}]{{0,14}}(?:效果图|示意图|鸟瞰图|规划图)$"), 16),
    # a site's statement of who runs it, in its disclaimer list: 1、“国际在线”由中国国际广播电台
    # 主办。经中国国际广播电台授权,…
    (
        "copyright_or_contact",
        re.compile(r"^(?:\d[、.]\s*)?“[^”]{2,12}”由[^。,]{2,24}主办。经[^。,]{2,24}授权"),
        120,
    ),
    (
        "ad_or_spam",
        re.compile(
            r"治疗|医院|白癜风|牛皮癣|银屑病|哪家好|哪里好|多少钱|加微信|加QQ|代开发票|博彩|"
            r"彩票|贷款|减肥|整形|祛斑|包治|尽在\S{0,12}(APP|客户端)|下载\S{0,6}(APP|客户端)|蜘蛛池|"
            r"课程推荐|APP专享|VIP|"
            # a lottery site's name (澳港宝典免费资料大全; yp08)
            r"免费资料|资料大全|六合彩|开奖结果|开奖记录|"
            # a betting site's name where a hijacked page printed its own, ending the line
            # (澳门太阳神娱乐网:次, a counter's label; wz09 - not glued before a headline: ya06)
            r"娱乐(?:网|城|平台)\s*(?:[::]\s*\S{0,3})?$"
        ),
        50,
    ),
    (
        "site_name",
        re.compile(
            r"^[^\s,,。]{2,24}(网|资讯网|新闻网|在线|网站|门户|频道)$|^\S{2,12}网[-_|]\S{2,16}网$"
        ),
        40,
    ),
    # a content farm's adult-video keyword line, however long (亚洲аv天堂无码,久久…一区二区三区,
    # 96免费精品视频在线观看…; 欧美…午夜小视频_国产97最新在线视频_…: validation gg03, bb12)
    (
        "ad_or_spam",
        re.compile(
            r"无码|一区二区|[аa]v天堂|精品视频|午夜\S{0,3}视频|三级在线|成人网站|国产\S{0,4}在线视频"
            # or fields joined by underscores, one of them such a keyword
            # (欧美日韩国产在线观看网站_欧美日韩精品免费观看视频_日韩精品看片_…; vi07)
            r"|^(?=[^。，,!?！？]*_[^。，,!?！？]*_)[^。，,!?！？]*(?:欧美|日韩|久久|看片|在线观看)"
            # or a sex shop's goods (防真假陽具 情侶共震器 陰莖環 飛機杯; vy02)
            r"|阳具|陽具|阴茎|陰莖|飞机杯|飛機杯|情趣用品|震动棒|震動棒"
        ),
        200,
    ),
    # a content farm's template sentence, the date with its lunar date and weekday, then the
    # headline again: 北京时间2022年9月26日(农历2022年9月1日),星期一,… (vi10); it reads as
    # prose, so the rule is not a soft one
    (
        "injected_spam",
        re.compile(r"^北京时间\s*\d{4}年\d{1,2}月\d{1,2}日\s*[(（]农历"),
        200,
    ),
]
_LINE_RULE_LIMITS = sorted({limit for _, _, limit in _LINE_RULES})

_NUMERIC_RE = re.compile(r"^[\d\s.,:;/|·•\-_=+*#>›»<‹«?]+$")
# a line of markup left by a scraper: <p id="x"></p>, <noscript>…</noscript>
_TAGS_ONLY_RE = re.compile(r"^\s*(?:<[^<>]*>\s*)+$")
# a line with no ideograph and no word of three letters: injected junk (. v, m/ ~) v( D7),
# an image's size counter (640 (2))
_WORDLESS_RE = re.compile(r"[A-Za-z]{3}")
# a token mixing letters and digits: a wire file's code before its headline
# (lg5g3001.b27.rpt g30, yz05), a line of such tokens only being no prose
_CODE_TOKEN_RE = re.compile(r"(?=\S*[0-9])(?=\S*[A-Za-z])[\x21-\x7e]+")
# a document's date in Chinese numerals on its own line: 二○一一年四月十四日
_CN_DATE_LINE_RE = re.compile(  # year, month, day grouped (vocstudy.document reads them)
    r"^\s*([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月"
    r"\s*([一二三四五六七八九十]{1,3})\s*日\s*$"
)
_BARE_URL_RE = re.compile(r"^\s*(?:\S{0,20}[::])?\s*(?:https?://|www\.)\S+\s*$", re.I)

_END_MARKER_RE = re.compile(
    r"[((]完[))]|[((]全文完[))]|[【\[((]\s*(责任编辑|责编|编辑)\s*[::]|^责任编辑[::]|"
    # the print edition a reposted story appeared in, under it: 《中国教育报》2019年07月27日第1版
    f"^{PRINT_ISSUE}{PRINT_PAGE}$"
)


#: A story's numbered section heading (二、深入了解老龄化社会…).
_NUMBERED_HEADING_RE = re.compile(r"^[一二三四五六七八九十]{1,3}、")


def line_rule(line: str) -> str | None:
    """The boilerplate rule a single line matches on its own, or ``None``.

    Rules only fire on short lines (each has a length limit) so article sentences that
    happen to mention, say, a hospital or a copyright are kept.

    Examples
    --------
    >>> line_rule("分享到:"), line_rule("本站所有文章仅限于学习交流"), line_rule("产教融合。")
    ('share_widget', 'copyright_or_contact', None)
    """
    if not line:
        return "blank_line"
    if _DATE_ONLY_RE.match(line):
        return "header_metadata"
    if _NUMERIC_RE.match(line):
        return "stray_symbols"
    if line[0] == "<" or line.lstrip()[:1] == "<":
        if _TAGS_ONLY_RE.match(line):
            return "html_tag"
    if line.endswith('">'):
        return "html_tag"  # the end of a broken attribute: 數據來源:人力資源社會保障部"> (vi07)
    if line[-1] == "日" and _CN_DATE_LINE_RE.match(line):
        return "header_metadata"
    if (
        len(line) >= 4
        and _CJK_RE.search(line) is None
        and _WORDLESS_RE.search(line) is None
        and len(line.replace(" ", "")) >= 4
    ):
        return "stray_symbols"
    if _BARE_URL_RE.match(line):
        return "bare_url"
    if (
        ("." in line or "://" in line)
        and _URL_RE.search(line)
        and cjk_count(_URL_RE.sub("", line)) < 30
    ):
        return "url_or_ad"
    n = len(line)
    anyrule = _line_rules_up_to(n)
    if anyrule is not None and anyrule.search(line):  # else none of the rules matches
        for rule, pattern, limit in _LINE_RULES:
            m = pattern.search(line) if n <= limit else None
            if m is not None:
                if rule in _SOFT_RULES and is_body_line(line):
                    continue
                if rule == "ad_or_spam" and _NUMBERED_HEADING_RE.match(line):
                    continue  # 二、…参观新型社区康复养老医院 (vp10): a section heading, no ad
                if rule == "header_metadata" and _closing_credit(line, m):
                    continue
                return rule
    if (
        len(line) >= 4
        and line.isascii()
        and all(_CODE_TOKEN_RE.fullmatch(t) for t in line.split())
        and line.strip()
    ):
        return "stray_symbols"  # lg5g3001.b27.rpt g30: codes, no words
    if _CJK_RE.search(line) is None and _latin_ratio(line) > 0.6:
        return "non_chinese_line"
    if _HIRAGANA_RE.search(line) and len(_HIRAGANA_RE.findall(line)) >= HIRAGANA_MIN:
        return "non_chinese_line"  # a Japanese translation of the paragraph above (xu05)
    return None


#: Hiragana, which Chinese text never writes: a line with at least HIRAGANA_MIN of them is
#: Japanese (a bilingual page's translation after each Chinese paragraph, validation xu05;
#: GUIDE [h] h18); a Japanese brand's の in a Chinese line stays
_HIRAGANA_RE = re.compile(r"[\u3041-\u309f]")
HIRAGANA_MIN = 6


def _closing_credit(line: str, m: re.Match[str]) -> bool:
    """Whether the header field found at ``m`` is a credit closing a paragraph of the
    story (``…参加开幕式。(来源:山东职业学院)``, validation gg01): what comes before it
    ends a sentence and reads as a body paragraph, so the line is the story's. The field
    may come after others in one bracket (…参加调研交流。(发展规划处/文:王永红,图:杨硕;审核:
    罗志军), xy08): the paragraph then ends where the bracket opens."""
    head = line[: m.start()]
    k = max(head.rfind("("), head.rfind("（"))
    if k > 0 and "。" not in head[k:]:
        head = head[:k]
    head = head.rstrip(" \t(（[【")
    return bool(head) and head[-1] in "。!?！？”’" and is_body_line(head)


def _line_rules_up_to(n: int) -> re.Pattern[str] | None:
    """One pattern that matches a line of ``n`` characters wherever one of the
    :data:`_LINE_RULES` whose limit allows that length does (each rule's own flags kept
    in a scoped group), or None when no rule applies to that length: most lines match no
    rule, and one search tells so instead of one per rule."""
    limits = _LINE_RULE_LIMITS
    k = bisect_left(limits, n)
    return _line_rules_from(limits[k]) if k < len(limits) else None


@cache
def _line_rules_from(limit: int) -> re.Pattern[str]:
    parts = []
    for _, pattern, lim in _LINE_RULES:
        if lim >= limit:
            scoped = "i" if pattern.flags & re.IGNORECASE else ""
            parts.append(f"(?{scoped}:{pattern.pattern})" if scoped else f"(?:{pattern.pattern})")
    return re.compile("|".join(parts))


# rules that give way when the line reads as a paragraph of prose
_SOFT_RULES = frozenset(
    (
        "ad_or_spam",
        "site_name",
        "navigation",
        "comment_form",
        "share_widget",
        "related_list_heading",
        "credit_line",
        "image_caption",
    )
)


def _latin_ratio(line: str) -> float:
    letters = sum(c.isascii() and c.isalpha() for c in line)
    return letters / max(1, len(line.replace(" ", "")))


def is_body_line(line: str) -> bool:
    """A paragraph of article prose: at least 20 ideographs and a full stop (or, for a
    paragraph without one, at least 40 ideographs and a sentence end), so that a
    headline phrased as a question is not taken for the article's first paragraph.

    Examples
    --------
    >>> is_body_line("重庆市教委与四川省教育厅签署了职业教育协同发展框架协议,推动两地合作。")
    True
    >>> is_body_line("相关新闻"), is_body_line("职业教育如何成为年轻人心中的好选择?听听他们怎么说!")
    (False, False)
    """
    n = cjk_count(line)
    if n < 20:
        return False
    # … or a paragraph leading into a list or a notice's items: …并就有关事项通知如下:
    return (
        "。" in line
        or (n >= 40 and bool(_SENT_END_RE.search(line)))
        or (n >= 40 and line[-1] in "::" and "," in line)
    )


def is_prose_line(line: str) -> bool:
    """A sentence of prose: at least 8 ideographs, ending with 。 (or 。” …).

    Examples
    --------
    >>> is_prose_line("活动期间,各职业院校将开放校园。"), is_prose_line("中国足球,最近为何又火了?")
    (True, False)
    """
    return cjk_count(line) >= 8 and bool(re.search(r"。[”’」』)]*$", line))


def is_title_candidate(line: str) -> bool:
    """A headline: 4-80 characters, at least 4 ideographs, not a sentence of prose.

    Examples
    --------
    >>> is_title_candidate("吹响川渝职业教育协同发展的嘹亮号角")
    True
    """
    if not 4 <= len(line) <= 80 or cjk_count(line) < 4:
        return False
    if line[-1] in "。;;" or re.match(r"^[((\[【].*[))\]】]$", line):
        return False
    return True


# words of page furniture that never head an article
_FURNITURE_RE = skipping(
    r"跳过导航|跳转到|跳[到至](?:主要)?内容|无障碍|首页|登录|注册|搜索|订阅|频道|栏目|导航|菜单|当前位置|您的位置|"
    r"所在位置|所在的位置|设为首页|设为主页|加入收藏|收藏本页|手机版|English|网站地图|返回|打印|关闭|RSS|"
    r"欢迎(您|来到|访问|光临)|热线|客服|电话|传真|邮编|地址[::]|记者|通讯员|摄影|来源[::]|"
    r"作者[::]|第\s*[A-Z]?\d+\s*版|版面|封面|上一篇|下一篇|视频信息|图片信息|^正文$|"
    r"(联播|频道|专题|栏目|专栏)$|新闻客户端|^[•·▪◦●○*]|^[-–]\s",
    re.I,
)
#: The longest line :data:`_ORG_ONLY_RE` can match (24 ideographs and a 4-character head).
ORG_LINE_MAX = 28
# a line that is only the name of a school, office or company (a byline or the site's
# owner), not a headline
_ORG_ONLY_RE = re.compile(
    # not a headline whose verb comes before the school it names (工联争取深合区建职业学校)
    # or a visit to the company it names (院长带队走访…有限公司; …代表团到访兴安职业技术学院, qq01)
    r"^(?!.*(?:争取|推动|携手|助力|签约|举办|举行|启动|获评|获批|入选|荣获|喜获|走进|建成|落户|"
    r"走访|带队|考察|看望|慰问|成立|组建|揭牌|挂牌|到访|来访|访问|参访|莅临|"  # 西藏新成立两家职业教育集团 (bb12)
    r"拟建|筹建|新建|扩建|设立|升格|更名|申报|获准|"  # 宁波拟建第二技师学院 (ww11): a plan for a school
    # and the bare verb (广州过半工地建农民工学校, vo05), not 建 inside a name (福建, 建筑, 建设)
    r"(?<!福)建(?![设筑工院校材])))"
    f"[{CJK}]{{2,24}}(学校|学院|大学|中学|小学|中心|研究院|研究所|委员会|教育局|教育厅|教委|"
    r"政府|办公室|办公厅|集团|公司|协会|学会|新闻网|日报|晚报|报社|电视台)$"
)
# an office of a school or a government body signing a release (国际合作与交流处, 党委宣传部,
# 招生办): a byline only where a date line follows it (the notice's signature)
_DEPARTMENT_RE = re.compile(f"^[{CJK}]{{2,14}}(?:处|部|科|办|室)$")
_DATE_ONLY_RE = re.compile(
    r"^\s*(?:date|日期|时间)?\s*[::]?\s*\d{4}\s*[-/.年\s]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$",
    re.I,
)
_MENU_TOKENS_RE = re.compile(r"[^\s|/·•]+")

# an "about this site" paragraph in a page footer reads like prose but is not the story
_SITE_BLURB_RE = skipping(r"本站|本网|网站|门户|平台|版权|免责|转载|联系我们")

_MARKUP_REMOVALS = frozenset(("html_tag", "markdown_image", "link_menu"))

# an explicit end of the story: (完), an editor credit
_STRONG_END_RULES = frozenset(("related_list_heading", "copyright_or_contact", "comment_form"))
#: A line of at least this many characters printed again later on the page is a repeat
#: (captions printed twice, a story pasted twice): the first copy stays.
REPEAT_MIN_CHARS = 6
#: The page's last line, cut off, is a repeat when an earlier line begins with it and it has
#: at least this many characters (the second copy of a story cut by the excerpt's end; zb03).
CUT_REPEAT_MIN_CHARS = 20
# what a page glues after a repeated headline (an image's alt text "headline -")
_REPEAT_TAIL_MARKS = "-–—_|"
_REPEAT_TAIL_RE = re.compile(rf"[\s{re.escape(_REPEAT_TAIL_MARKS)}]+$")
#: A sentence of at most this many characters printed twice in a row is a photo's
#: caption (its alt text and its caption): both copies go. A paragraph the scrape
#: doubled is longer (a short lead of 47 characters too), and its first copy stays.
CAPTION_TWICE_MAX_CHARS = 40
# a photo pointed at inside a sentence: 侨务委员会委员长吴新兴(图)表示
_PHOTO_MARK_RE = re.compile(r"[((]图[))]")
#: A phrase of at most this many characters without a sentence end, after the story's
#: first paragraph and printed again further down, is a label under photos: every copy
#: goes (a sub-heading is printed once).
CAPTION_REPEAT_MAX_CHARS = 30
#: A line without a full stop of at least this many characters that another line holds
#: (or that holds another) is a headline printed twice, not the story's first paragraph.
COPY_MIN_CHARS = 15
#: ... and the shorter copy is at least this share of the longer (a label glued to a
#: headline, not a headline quoted inside a paragraph).
COPY_MIN_SHARE = 0.6
#: A line after the story's start without a full stop, of at least this many characters,
#: quoted verbatim in an earlier paragraph is a video's or photo's title: a repeat.
QUOTED_MIN_CHARS = 12
#: A headline has at least this many characters (shorter lines are labels: 视频, 正文).
TITLE_MIN_CHARS = 6
#: A line after the story's last paragraph with at most this many ideographs and no
#: punctuation (names, a section label) is not part of the story.
TRAILING_MAX_CJK = 5
_PUNCT_RE = skipping(r"[,，:：;；、“”\"'《》()（）。!?！？…]")
#: Consecutive headline-like lines after the story that make a list (of other articles).
HEADLINE_RUN = 3


# how a photo caption between paragraphs ends: who did what (…讲话, …揭牌, …签约现场)
_CAPTION_END_RE = skipping(
    r"(现场|会场|讲话|致辞|发言|揭牌|授牌|签约|签字|签名|合影|留念|参观|调研|颁奖|颁证|剪彩|"
    # a visit and what was visited (鄢鸣校长一行参观我校实训场所, nn07; …签署MOU会场, oo06)
    r"(参观|考察)(了)?[我本该]?[校院局司][^\s,，。;；:：]{0,8}|"
    r"(签订|签署)\S{0,10}(协议|备忘录)|(赠送|互赠|互换|颁发)\S{0,4}(礼品|纪念品|锦旗|证书)|"
    # who attended a ceremony (…出席埃及鲁班工坊合作备忘录签字仪式, zz01)
    r"(签字|签约|揭牌|授牌|开幕|开班|启动|开学)仪式|"
    # a guest talking with students or watching them work (张庆伟省长与我校学生亲切交谈,
    # 张庆伟省长观看我校商行班专业同学技能演练; zd10)
    r"亲切交谈|观看\S{0,16}(演练|表演|展示|演示|操作))[。.]?$"
)
# how a photo caption between paragraphs opens: a call paid or a meeting held, told as a
# bare phrase (拜訪中國駐吉大使館, 在國立技術大學召開魯班工坊建設推進會, zz03)
_CAPTION_START_RE = re.compile(
    r"^(?:(?:拜访|走访|看望|慰问)[^\s,，。;；:：!！?？]{4,20}"
    # a visit's stop (参观学校智能制造公共实训基地, ze10; not a sub-heading 参观学习)
    r"|参观[^\s,，。;；:：!！?？]{8,20}"
    r"|在[^\s,，。;；:：]{2,16}(?:召开|举行|举办)[^\s,，。;；:：]{0,16}(?:会|仪式|典礼|论坛))$"
)

# a line of personal names only (an author or photographer credit): 王五 李四; or one
# name in brackets closing a story (廉维亮)
_NAMES_RE = re.compile(f"^(?:[{CJK}]{{2,3}}[ 、,]+)+[{CJK}]{{2,3}}$|^[((][{CJK}]{{2,4}}[))]$")


def _trailing_furniture(line: str) -> bool:
    """A short line after the story's last paragraph that is not part of it: a name, a
    tag label, a menu - not a cut-off sentence, a list item or a closing phrase."""
    if is_prose_line(line):
        return False
    n = cjk_count(line)
    return (
        n <= 2
        or (n <= TRAILING_MAX_CJK and not _PUNCT_RE.search(line))
        or bool(_FURNITURE_RE.search(line))
        or _menu_like(line)
        or bool(_NAMES_RE.match(line))
    )


#: The last line of a page cut off mid-sentence (an excerpt's end) with at least this
#: many ideographs and a clause comma is the story's, whatever words it holds (记者…).
CUT_SENTENCE_MIN_CJK = 20


def _cut_last_sentence(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is the page's last line and a sentence of the story cut short:
    ``而北京市朝阳区某中学李老师则有不同看法,其对每经济记者表示:“对学习成``."""
    x = lines[i]
    return (
        not any(y.strip() for y in lines[i + 1 :])
        and cjk_count(x) >= CUT_SENTENCE_MIN_CJK
        and "," in x
        and not _SENT_END_RE.search(x[-1:])
        and not _SITE_BLURB_RE.search(x)
    )


#: A phrase under the story's last paragraph with at most this many ideographs and no
#: punctuation, in a run of two or more: captions of the photos below the story.
CAPTION_PHRASE_MAX_CJK = 12


# a date closing a line of a list of other articles: 2024-05-17, [05-17], 2024年5月17日
_LISTED_DATE_RE = re.compile(r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}-\d{1,2})\W{0,2}$")


def _story_resumes(lines: list[str], rules: list[str | None], i: int, run: int) -> bool:
    """Whether the first line after the run of ``run`` headline-like lines ending at
    ``i`` that is not one of them is a paragraph of the story (or the page's last
    sentence cut short): the run was a list or a table inside the story
    (``2024年项目运营成果,包括:`` then one item a line, then the next paragraph). Not when
    a line of the run closes on a date (other articles listed with their dates) or the
    paragraph is the site's own blurb."""
    seen = 0
    k = i
    for k in range(i, -1, -1):
        if rules[k] is None:
            if _LISTED_DATE_RE.search(lines[k]):
                return False
            seen += 1
            if seen >= run:
                break
    # a paragraph of the story leading into the run on a colon (…采用弹性学制安排: then
    # 1.… 2.… 3.…, zo08): the run is its list
    lead = _prev_line(rules, k)
    if (
        lead is not None
        and rules[lead] is None
        and lines[lead].rstrip()[-1:] in (":", "：")
        and is_body_line(lines[lead])
    ):
        return True
    for k in range(i, len(lines)):
        if rules[k] is None and _cut_last_sentence(lines, k):
            return True
        if k == i or rules[k] == "blank_line" or (rules[k] is None and _headline_like(lines[k])):
            continue
        return rules[k] is None and is_body_line(lines[k]) and not _site_blurb(lines[k])
    return False


# a story's own word for a platform (利用好…这个实践性平台) is no site blurb by itself
_BLURB_PLATFORM_RE = re.compile(r"(?:信息|服务|互动|资讯|新闻|门户|公共|综合)[^,,。]{0,6}平台")


def _site_blurb(line: str) -> bool:
    """Whether a paragraph is the site's description of itself (本站…, …的信息服务与互动平台):
    a word of the site's own (本站, 版权, 转载 …), or a platform of information or
    services - not a story sentence naming a platform (他鼓励同学们要利用好中国报道这个
    实践性平台, validation gg11)."""
    words = {m.group(0) for m in _SITE_BLURB_RE.finditer(line)}
    if not words:
        return False
    return words != {"平台"} or _BLURB_PLATFORM_RE.search(line) is not None


def _caption_phrase(line: str) -> bool:
    return (
        cjk_count(line) <= CAPTION_PHRASE_MAX_CJK
        and not _PUNCT_RE.search(line)
        and not _ENUMERATOR_RE.match(line)
    )


# a site's notice or self-description that reads like a paragraph: 欢迎公司行号投递新闻讯息!…,
# 全面、权威…的信息服务与互动平台,…打造…公共服务平台。
# the site's own words however the story below is headed (its headline may stand straight
# above the first paragraph, with no date line): a welcome, or a paper saying what it offers
# (澎湖日報提供澎湖每日在地新聞、…、印刷服務等!, zd06)
_OWN_NOTICE = r"^欢迎|^[^,，。]{2,12}(?:日报|晚报|新闻网|电视台)提供"
_OWN_NOTICE_RE = re.compile(_OWN_NOTICE)
_SITE_NOTICE_RE = re.compile(_OWN_NOTICE + r"|本站|本网|网站|门户|平台")
#: How far after a site's notice (non-blank lines) a headline on its date line is looked for.
NOTICE_ANCHOR_LINES = 8


def _after_site_notice(lines: list[str], rules: list[str | None], body_idx: list[int]) -> list[int]:
    """The body lines once a site's notice above the story is set aside: when a headline
    standing on a date/source line (or, under the site's own words, straight above the
    story) follows the page's first paragraph-like lines and each of those reads as the
    site's own notice, they are ``site_notice``."""
    first = body_idx[0]
    seen = 0
    for i in range(first + 1, len(lines)):
        if rules[i] == "blank_line":
            continue
        seen += 1
        if seen > NOTICE_ANCHOR_LINES:
            break
        if rules[i] is not None or not _title_like(lines[i]):
            continue
        nxt = _next_line(rules, i)
        before = [b for b in body_idx if b < i]
        if nxt is not None and (rules[nxt] == "header_metadata" or _DATE_ONLY_RE.match(lines[nxt])):
            start = nxt  # the story starts under the headline's date line
        elif nxt in body_idx and all(_OWN_NOTICE_RE.search(lines[b]) for b in before):
            start = i  # ... or right under the headline, below the site's own words
        else:
            continue
        after = [b for b in body_idx if b > start]
        if after and all(_SITE_NOTICE_RE.search(lines[b]) for b in before):
            for b in before:
                rules[b] = "site_notice"
            return after
        break
    return body_idx


#: A bulleted list of at least this many links (one short item a line) is a menu or a
#: list of other articles, not the story.
LINK_LIST_MIN_ITEMS = 3
#: A bulleted link's text has at most this many characters (a headline, a section name).
LINK_ITEM_MAX_CHARS = 40
#: A heading over such a list (媒体, 分类, 新闻) has at most this many characters.
LINK_HEADING_MAX_CHARS = 6
_BULLETS = "•●▪◦"
_BULLET_ITEM_RE = re.compile(f"^[{_BULLETS}]\\s*\\S")


def _link_item(line: str) -> bool:
    """A bulleted line that reads as a link: a short phrase or headline, no sentence end,
    not a label leading into what follows (``● 福耀玻璃董事长 曹德旺:``)."""
    return (
        len(line) <= LINK_ITEM_MAX_CHARS + 2
        and _BULLET_ITEM_RE.match(line) is not None
        and not _SENT_END_RE.search(line)
        and line[-1] not in "::"
    )


def _bullet_link_lists(lines: list[str], rules: list[str | None]) -> list[int]:
    """Lines of bulleted link lists: runs of :data:`LINK_LIST_MIN_ITEMS` or more adjacent
    bulleted short items (``• 澳门日报`` / ``• 力报`` …, ``• 日圆贬破160再创新低 午后反弹…``),
    a portal's menus and its ticker of other headlines, and the short heading over such a
    run (``媒体``, ``分类``). A page made only of link lists keeps none of them as text.
    Not a list the story leads into (a line ending on a colon above it), nor bulleted
    paragraphs of prose (``• 新北市:持续推动「金手培训计划」,…。``)."""
    found: list[int] = []
    run: list[int] = []
    for i in range(len(lines) + 1):
        if i < len(lines):
            x = lines[i]
            if x[:1] in _BULLETS and (_link_item(x) or rules[i] not in (None, "blank_line")):
                run.append(i)  # a link, or a bulleted line already furniture (• EQSGroup)
                continue
            if rules[i] == "blank_line":
                continue
        if sum(_link_item(lines[k]) for k in run) >= LINK_LIST_MIN_ITEMS:
            head = _neighbour(lines, run[0], -1)
            if (
                head is None or lines[head][-1:] not in "::"
            ):  # not a list the story introduces (…包括:)
                found.extend(k for k in run if rules[k] is None)
                if (
                    head is not None
                    and rules[head] is None
                    and len(lines[head]) <= LINK_HEADING_MAX_CHARS
                    and not _PUNCT_RE.search(lines[head])
                    and lines[head][:1] not in _BULLETS
                ):
                    found.append(head)
        run = []
    return found


#: A paragraph that a summary box above the story starts with has at least this many
#: characters (a short dateline phrase is no evidence of a copy).
TEASER_MIN_CHARS = 15
_SPACES_RE = re.compile(r"\s+")


def _lead_teaser(lines: list[str], rules: list[str | None], first: int) -> int | None:
    """The line the story starts on when the page's first paragraph is a summary box
    repeating the story's opening, cut off at the box's length: it does not close a
    sentence, and the line below it is the start of it (spaces aside) - ``3月16日下午3:00,天公作美,春雨间歇。 我校…全校15、16``
    over ``3月16日下午3:00,天公作美,春雨间歇。``. A paragraph printed twice whole keeps its
    first copy ([e] duplication)."""
    k = _next_line(rules, first)
    if k is None or rules[k] is not None:
        return None
    head, nxt = lines[first], lines[k]
    if _SENT_END_RE.search(head[-1:]) or len(nxt) < TEASER_MIN_CHARS or len(nxt) >= len(head):
        return None
    a, b = _SPACES_RE.sub("", head), _SPACES_RE.sub("", nxt)
    return k if len(b) < len(a) and a.startswith(b) else None


#: A paragraph of English prose has at least this many words, or
#: :data:`ENGLISH_SENTENCE_MIN_WORDS` when it closes a sentence.
ENGLISH_PROSE_MIN_WORDS = 14
ENGLISH_SENTENCE_MIN_WORDS = 10
_ENGLISH_END_RE = re.compile(r"[.?!][\"'”’)]*$")
_ENGLISH_INNER_END_RE = re.compile(r"[a-z][.?!][\"'”’)]*\s+[A-Z][a-z]")


def _english_prose(line: str) -> bool:
    """A paragraph of an English-language page (``Our school held an online signing
    ceremony with three institutions in Thailand on December 8th. …``), not a menu or a
    label: many words, a sentence closed or a clause comma."""
    words = len(line.split())
    # a clause comma, or the semicolons of a list run into prose (The main contents of the
    # Workshop include: Organizing…; Launching…; Surveying…; yr08)
    if words >= ENGLISH_PROSE_MIN_WORDS and ("," in line or ";" in line):
        return True
    # a sentence closed, at the end or inside the line (the excerpt's last line, cut
    # after a full sentence: …four comments. The first is to strength, vx03)
    return words >= ENGLISH_SENTENCE_MIN_WORDS and (
        _ENGLISH_END_RE.search(line) is not None or _ENGLISH_INNER_END_RE.search(line) is not None
    )


#: A sub-heading between two paragraphs of an English page has at most this many words
#: ('Strategic pillar', pp09; 'Seminar on Vocational Education and Industrial Development
#: in China and Africa', 11 words, ym02).
ENGLISH_SUBHEAD_MAX_WORDS = 14
#: A page is in English when its English paragraphs are at least this many ...
ENGLISH_PAGE_MIN_PARAGRAPHS = 3
#: ... and this many times the lines holding an ideograph (a content farm's Chinese
#: spam title above a Xinhua English story, validation gg03).
ENGLISH_PAGE_RATIO = 3


#: An English headline has this many words at least and at most (a college's English
#: news writes long ones: …Institute of Technology and Education (ITE) come to the school
#: for exchange and study, 21 words, xd07).
ENGLISH_HEADLINE_WORDS = (4, 40)
#: An English byline of names: By Yuan Meng, Zhang Rong, …, Elena Davydova (ud03).
_ENGLISH_BYLINE_RE = re.compile(
    r"By\s+[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+(?:\s*(?:,|\band\b)\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+)*\s*$"
)
# a column label before an English headline: Across China: …
_ENGLISH_KICKER_RE = re.compile(r"^(?:[A-Z][\w'-]*\s){0,2}[A-Z][\w'-]*:\s+(?=[A-Z])")


def _english_headline(lines: list[str], rules: list[str | None], first: int) -> int | None:
    """The headline of a page in English: the last line above its first paragraph that
    reads as one - four to twenty words, opening with a capital, no full stop at its end,
    no breadcrumb or field bar (``Home / China / Society``, ``By … | China Daily``)
    (``Vocational education cooperation boosted with Uzbekistan``, pp09)."""
    lo, hi = ENGLISH_HEADLINE_WORDS
    for i in range(first - 1, -1, -1):
        x = lines[i]
        if rules[i] != "non_chinese_line":
            continue
        words = len(x.split())
        if (
            lo <= words <= hi
            and (x[:1].isupper() or x[1:2].isupper())  # iStudy Invited to Attend… (wk05)
            and not _ENGLISH_END_RE.search(x)
            and not re.search(r"[|/]|https?:|www\.", x)
            and not _ENGLISH_BYLINE_RE.match(x)
        ):
            return i
    return None


def _or_english_headline(
    lines: list[str], rules: list[str | None], title_idx: int | None, english_first: int | None
) -> int | None:
    """``title_idx``, or when no headline was found on a page in English (its first
    paragraph at ``english_first``) that page's own headline, kept (rule ``None``)."""
    if title_idx is not None or english_first is None:
        return title_idx
    title_idx = _english_headline(lines, rules, english_first)
    if title_idx is not None:
        rules[title_idx] = None
    return title_idx


def _english_page(lines: list[str], rules: list[str | None], english: int) -> bool:
    """Whether a page with ``english`` English paragraphs (:func:`_english_prose`) is an
    English-language article: no ideograph at all, or those paragraphs outnumbering the
    lines with ideographs by :data:`ENGLISH_PAGE_RATIO` to one (a spam title or a Chinese
    menu line above an English story) - not a Chinese story quoting a paragraph or two in
    English. Lines already read as furniture (a college's Chinese menu 首页 Home News, its
    来源/作者/时间 bar: yh04) are not counted, nor is a line that only names a school."""
    chinese = sum(
        1
        for x, r in zip(lines, rules)
        if r is None and _CJK_RE.search(x) and not _ORG_ONLY_RE.match(x.strip())
    )  # nor a line naming the college that runs the site (北京电子科技职业学院, xd07)
    if not chinese:
        return True
    return english >= ENGLISH_PAGE_MIN_PARAGRAPHS and english >= ENGLISH_PAGE_RATIO * chinese


#: A line without a sentence end after the story's start whose ideograph pairs are at
#: least this share found in one earlier paragraph restates it: a photo's caption.
RESTATED_MIN_SHARE = 0.65
#: ... and it has at least this many ideographs (a sub-heading naming what the paragraph
#: above said is shorter: 推进现代学徒制人才培养).
RESTATED_MIN_CJK = 16
#: ... and the paragraph it restates is one of this many nearest above it.
RESTATED_LOOKBACK = 4


def _restating_captions(
    lines: list[str], rules: list[str | None], body_idx: list[int], first: int, end: int
) -> None:
    """Captions that retell a sentence of the story above them in other words
    (``劳赐铭书记与美国犹他谷大学校长Matthew Holland签署《合作协议谅解备忘录》`` under
    ``11月23日,劳书记与美国犹他谷大学校长Matthew Holland签署《合作协议谅解备忘录》,…``):
    no sentence end, not a label on a colon, not the page's last line, and most of its
    ideograph pairs in one of the few paragraphs just above."""
    body = set(body_idx)
    grams: dict[int, set[str]] = {}
    for i in range(first + 1, end):
        x = lines[i]
        if (
            rules[i] is not None
            or i in body
            or _SENT_END_RE.search(x)
            or x[-1] in "::"
            or cjk_count(x) < RESTATED_MIN_CJK
            or _ENUMERATOR_RE.match(x)
            or _next_line(rules, i) is None
        ):  # a caption has the page go on below it
            continue
        mine = _bigrams(x)
        k = bisect_left(body_idx, i)
        for j in body_idx[max(0, k - RESTATED_LOOKBACK) : k]:
            if j not in grams:
                grams[j] = _bigrams(lines[j])
            if len(mine & grams[j]) >= RESTATED_MIN_SHARE * len(mine):
                rules[i] = "image_caption"
                break


#: Short labels in a run of at least this many between paragraphs are the captions of a
#: row of photos (车身涂装 / 艺术插花 / 中华茶艺, 考生入场 / 查验考生信息 / 现场评分) ...
CAPTION_RUN_MIN = 3
#: ... each of at most this many ideographs without punctuation.
CAPTION_RUN_MAX_CJK = 8
_CAPTION_RULES = frozenset(("image_caption", "photo_caption"))


def _caption_runs(lines: list[str], rules: list[str | None], first: int, end: int) -> None:
    """Mark runs of :data:`CAPTION_RUN_MIN` or more short labels standing between two
    paragraphs of the story as captions. Not a list the paragraph above leads into on a
    colon, nor a run the story does not resume after (a list of links, a byline)."""
    run: list[int] = []
    for i in range(first + 1, end):
        x = lines[i]
        if (
            rules[i] is None
            and len(x) <= 2 * CAPTION_RUN_MAX_CJK
            and 2 <= cjk_count(x) <= CAPTION_RUN_MAX_CJK
            and _caption_phrase(x)
        ):
            run.append(i)
            continue
        if rules[i] in _CAPTION_RULES or rules[i] == "blank_line":
            continue  # a caption the rules already know, inside the run
        if len(run) >= CAPTION_RUN_MIN and rules[i] is None and is_body_line(x):
            above = _prev_line(rules, run[0])
            while above is not None and rules[above] in _CAPTION_RULES:
                above = _prev_line(rules, above)
            if (
                above is not None
                and rules[above] is None
                and _SENT_END_RE.search(lines[above][-2:])
            ):
                for k in run:
                    rules[k] = "image_caption"
        run = []


def _menu_like(line: str) -> bool:
    tokens = _MENU_TOKENS_RE.findall(line)
    return len(tokens) >= 3 and all(len(t) <= 6 for t in tokens)


def _headline_like(line: str) -> bool:
    """A line of a list of other articles' headlines (ten characters or more)."""
    return (
        is_title_candidate(line)
        and len(line) >= 10
        and not is_prose_line(line)
        and not is_body_line(line)
    )


def title_score(lines: list[str], rules: list[str | None], i: int, first_body: int) -> float:
    """How much line ``i`` looks like the article's headline (higher is better; < 0: not).

    A headline is a title candidate (:func:`is_title_candidate`) that is not furniture
    (menus, skip links, breadcrumbs, site sections). It scores more when the next
    non-blank line is header metadata (date, source) or the first body paragraph - where
    headlines stand on news pages - and when it has headline length.

    Examples
    --------
    >>> lines = ["跳过导航", "首页 新闻 教育 图片", "川渝签署职业教育协同发展协议",
    ...          "发布时间:2024-05-17", "5月17日,重庆市教委与四川省教育厅签署协议,两地合作。"]
    >>> rules = [None, None, None, "header_metadata", None]
    >>> [round(title_score(lines, rules, i, 4), 2) for i in range(3)]
    [-1, -1, 5.69]
    """
    line = lines[i]
    if _DECK_RE.match(line):
        return -1  # a deck (——…) printed under the headline is never the headline
    prv = _prev_line(rules, i)
    if (
        prv is not None
        and lines[prv].lstrip().startswith("——")
        and lines[prv][-1:] not in _DECK_ENDS
        and cjk_count(lines[prv]) >= DECK_MIN_CJK
    ):
        return -1  # the rest of a deck broken over two lines (——…学院 / 签署战略合作协议: wh08)
    after = [lines[j] for j in range(i + 1, min(len(lines), first_body + 3)) if rules[j] is None]
    lead = "".join(after)[:400]
    if not _title_like(line) and not _spaced_headline(line, lead):
        return -1
    score = 1
    nxt = _next_line(rules, i)
    if _before_story(lines, rules, nxt, first_body):
        score += 2
    elif (
        nxt is not None
        and rules[nxt] is None
        and _title_like(lines[nxt])
        and _before_story(lines, rules, _next_line(rules, nxt), first_body)
    ):
        score += 1  # a headline followed by its deck (subtitle)
    if 8 <= len(line) <= 48:
        score += 2
    if _SOURCE_PREFIX_RE.match(line):
        score -= 1  # "[大众日报]headline": a reprint's label; the bare headline is better
    # a headline shares its words with what follows it: the lead of the story
    score += 3 * _overlap(line, lead)
    return score


#: A headline in phrases set apart by spaces shares at least this share of its character
#: pairs with the story's lead; a menu of sections shares almost none (0.08 on pp04's page).
SPACED_HEADLINE_OVERLAP = 0.3


def _spaced_headline(line: str, lead: str) -> bool:
    """A headline printed as phrases set apart by spaces, as Hong Kong and Taiwan pages print
    them (建業築夢 成就專業 加強人才培訓, pp04), which reads like a menu of short items: taken
    when a phrase is longer than a menu item (five characters or more) and the line shares
    its words with the story's lead."""
    tokens = _MENU_TOKENS_RE.findall(line)
    return (
        _menu_like(line)
        and all(len(t) >= 4 for t in tokens)
        and any(len(t) >= 5 for t in tokens)
        and is_title_candidate(line)
        and not _FURNITURE_RE.search(line)
        and _overlap(line, lead) >= SPACED_HEADLINE_OVERLAP
    )


def _bigrams(text: str) -> set[str]:
    chars = "".join(_CJK_RUN_RE.findall(text)) or text
    return {chars[k : k + 2] for k in range(len(chars) - 1)}


def _overlap(line: str, lead: str) -> float:
    grams = _bigrams(line)
    return len(grams & _bigrams(lead)) / len(grams) if grams else 0.0


# a speaker's byline under a speech's headline: 教育局常任秘书长李美嫦太平绅士
_SPEAKER_RE = re.compile(
    f"^.{{0,16}}(秘书长|局长|主席|书记|校长|院长|部长|厅长|主任|议员|太平绅士)[{CJK}]{{0,3}}$"
)
_SOURCE_PREFIX_RE = skipping(r"^[\[【][^\]】]{2,12}[\]】]")
# a deck (副题) on its own line under the headline: ——庆阳市第十九届…技能大赛开幕
_DECK_RE = re.compile(r"^\s*(?:——|—|--|──)")
# what ends a deck line that is complete (a full stop, a quote, a bracket)
_DECK_ENDS = frozenset("。！？!?”」』）)》")
# a deck line has words of its own (not a menu's "-- 天氣")
DECK_MIN_CJK = 6
#: A kicker (引题) above the headline: one ending in a verb of saying whose object is the
#: headline below it (郝明金在第十届…高层对话会上强调 / 职业教育在城市产业升级和乡村振兴中
#: 具有独特作用), or a lead-in ending in a dash (西藏大力推进农牧民转移就业——, over
#: 学会新技能 迈向新生活; ve07).
_KICKER_END_RE = re.compile(
    r"(?:强调|指出|表示|要求|提出|呼吁|认为)[::]?$|[\u4e00-\u9fff]\s*[—―]{1,2}\s*$"
)


def _title_like(line: str) -> bool:
    if "—" in line:  # judged without a site's name after a dash (…——诸暨网-凯发官网首页)
        line = _DASH_SITE_RE.sub("", line, count=1) or line
    return (
        is_title_candidate(line)
        and len(line.replace(" ", "")) >= TITLE_MIN_CHARS
        and line[-1] not in "::"  # an addressee (各市、县人民政府…:) or a label
        and not _FURNITURE_RE.search(line)
        and not _SPEAKER_RE.search(line)
        and not _menu_like(line)
        and not _ORG_ONLY_RE.match(line)
    )


def _next_line(rules: list[str | None], i: int) -> int | None:
    return next((j for j in range(i + 1, len(rules)) if rules[j] != "blank_line"), None)


_AFTER_SEMICOLON_NOISE_RE = re.compile(r"(?<=[;；])[\x20-\x7e]*$")
#: A line of a story's opening run of clauses has at least this many ideographs.
SEMICOLON_OPENING_MIN_CJK = 15


def _semicolon_opening(
    lines: list[str], rules: list[str | None], first: int, copies: set[int]
) -> list[int]:
    """The lines right above the first body paragraph that open the story with parallel
    clauses, each line a clause of prose closed by a semicolon (在东非之角,首批…走上亚吉
    铁路的工作岗位;/在红海之滨,…备受相关企业欢迎;, validation gg02): no full stop yet,
    so :func:`is_body_line` does not take them, but no headline, menu or label ends so.
    Blank lines and lines of stray symbols between them are passed over."""
    out: list[int] = []
    k = first - 1
    while k >= 0:
        if rules[k] in ("blank_line", "stray_symbols"):
            k -= 1
            continue
        # ASCII noise a forum scatters behind a line (…投身竹产业;  d/ b- ~! n+ @2) is not text
        x = _AFTER_SEMICOLON_NOISE_RE.sub("", lines[k].rstrip())
        if (
            rules[k] is not None
            or k in copies
            or x[-1:] not in (";", "；")
            or cjk_count(x) < SEMICOLON_OPENING_MIN_CJK
            or not _CLAUSE_RE.search(x[:-1])
        ):
            break
        out.append(k)
        k -= 1
    return sorted(out)


def _original_headline(lines: list[str], rules: list[str | None], first: int) -> int | None:
    """The ``原标题:`` line above the story when the page prints no other headline (the
    repost printed the original headline only: 原標題:魯甘兩省將共同搭建家政服務勞務協作平台,
    validation hh04, bb20; GUIDE [bb]): the headline, its label cut by :func:`_title_trims`."""
    for i in range(first):
        m = _ORIGINAL_HEADLINE_RE.match(lines[i])
        if m and rules[i] == "header_metadata" and is_title_candidate(lines[i][m.end() :]):
            return i
    return None


# a scraper's headline field with its colon, wherever the page prints it (标题:黄浦区年培训…
# printed under the story, zy10)
_TITLE_FIELD_COLON_RE = re.compile(rf"^{TITLE_FIELD_NAMES}\s*[::]\s*(?=\S)")


def _title_field(lines: list[str], rules: list[str | None]) -> int | None:
    """The ``标题:`` field line when the page prints no headline above the story: a
    content farm's scrape that gives the headline as a labelled field under the story
    (标题:黄浦区年培训各类技术人才达4.5万之多, validation zy10): the headline, its label cut
    by :func:`_title_trims`."""
    for i, line in enumerate(lines):
        m = _TITLE_FIELD_COLON_RE.match(line)
        if not m or rules[i] not in (None, "share_widget"):
            continue
        # a forum's print page prints its print link behind the field (标题: …开班仪式
        # [打印本页], yi03): the line is the headline, not a share row
        head = _PAGE_LINK_SUFFIX_RE.sub("", line[m.end() :])
        if (rules[i] is None or head != line[m.end() :]) and is_title_candidate(head):
            return i
    return None


def _prev_line(rules: list[str | None], i: int) -> int | None:
    return next((j for j in range(i - 1, -1, -1) if rules[j] != "blank_line"), None)


def _before_story(
    lines: list[str], rules: list[str | None], j: int | None, first_body: int
) -> bool:
    """Whether line ``j`` is where a story starts: its first paragraph or its metadata."""
    if j is None:
        return False
    return (
        j == first_body
        or rules[j] in ("header_metadata", "credit_line")
        or bool(_DATE_ONLY_RE.match(lines[j]))
    )


# a numbered sub-heading of the story: 一、… (二)… 3.…
_ENUMERATOR_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.．]|[((][一二三四五六七八九十\d]+[))]|\d+[、.．])"
)

# a story's first line opening on a wire or reporter dateline in brackets, its sentence
# cut by a hard line break: (中央社记者张荣祥台南26日电)教育部…联合成果展,今天在台南
# the word ending a dateline: 廉江讯, 新华社北京9月10日电
DATELINE_WORD = r"(?:讯|\d{1,2}月\d{1,2}日电)"
_WIRE_OPENING_RE = re.compile(
    r"^\s*[((【〔\[][^))】〕\]]{2,30}?(?:电|讯|报导|报道)\s*[))】〕\]]"
    # unbracketed: 廉江讯 9月10日,…, 新华社北京9月10日电 …
    rf"|^\s*[^\s,,。、::()()]{{2,20}}?{DATELINE_WORD}(?=\s|\d)"
)
#: At least this many ideographs after the dateline: the story's text, not a bare credit.
WIRE_OPENING_MIN_CJK = 8

# a speech's opening salutation: 各位嘉宾、老师同学们: / 尊敬的…:
_SALUTATION_RE = re.compile(
    r"(各位|尊敬的|女士们|先生们|同学们|朋友们|老师们|来宾们)[^。]{0,60}[::]$"
    r"|^各[^。]{1,60}[::]$"  # an official notice's addressees: 各市、县人民政府,…:
)


def _opening_salutation(lines: list[str], rules: list[str | None], first: int) -> int | None:
    """The line just above the first paragraph when it is a speech's salutation
    (``…各位嘉宾、老师同学们:``): the speech's first line, not page furniture."""
    j = _prev_line(rules, first)
    if j is not None and rules[j] is None and _SALUTATION_RE.search(lines[j]):
        return j
    return None


#: The dashes a headline printed again under the story may open with (——辽宁首个…).
_COPY_DASHES = "—-－"


def _mark_headline_reprints(lines: list[str], rules: list[str | None], title_idx: int) -> None:
    """Mark as ``repeated_line`` the headline printed again below it after a dash
    (——辽宁首个…在大连建立, xf07) or as a photo's alt text with its number (…在一技师院签约
    (图1), xi10): a copy, not a paragraph. Unmarked copies are found by
    :func:`_headline_copies`."""
    key = _PHOTO_NUMBER_RE.sub("", lines[title_idx].strip())
    if not key:
        return
    for i in range(title_idx + 1, len(lines)):
        x = lines[i].strip()
        if rules[i] is not None or not (
            x.startswith(tuple(_COPY_DASHES)) or x.endswith((")", "）"))
        ):
            continue
        if _PHOTO_NUMBER_RE.sub("", x).lstrip(_COPY_DASHES + " ") == key:
            rules[i] = "repeated_line"


def _headline_copies(lines: list[str], rules: list[str | None]) -> set[int]:
    """Lines without a full stop that hold another line of the page or are held by one
    (a headline printed twice, once after a section label): a headline, however long,
    and never the story's first paragraph."""
    cand = [
        i
        for i, x in enumerate(lines)
        if rules[i] is None and len(x) >= COPY_MIN_CHARS and "。" not in x
    ]
    out: set[int] = set()
    for i in cand:
        for j, y in enumerate(lines):
            if (
                j != i
                and rules[j] is None
                and len(y) >= COPY_MIN_CHARS
                and (lines[i] in y or y in lines[i])
                and (min(len(y), len(lines[i])) >= COPY_MIN_SHARE * max(len(y), len(lines[i])))
            ):
                out.add(i)
                break
    return out


#: A headline line ending on a comma, of at least this many characters, above the line
#: picked is the headline's first line, wrapped (a short slogan ending on a comma, 弘扬工匠
#: 精神, above a headline is a kicker).
WRAPPED_TITLE_MIN_CHARS = 16


def _pick_title(
    lines: list[str],
    rules: list[str | None],
    upto: int,
    headings: frozenset[int] | set[int] = frozenset(),
) -> int | None:
    best: tuple[float, int] | None = None
    for i in range(upto):
        if rules[i] is not None:
            continue
        sc = title_score(lines, rules, i, upto)
        if sc >= 0 and i in headings:
            sc += 3  # a Markdown heading (# …) before the body is the headline
        if sc >= 0 and (best is None or sc > best[0]):
            best = (sc, i)
    if best is None:
        return None
    i = best[1]
    prv = _prev_line(rules, i)
    if (
        prv is not None
        and rules[prv] is None
        and lines[prv][-1:] in _CLAUSE_END
        and len(lines[prv]) >= WRAPPED_TITLE_MIN_CHARS
        and is_title_candidate(lines[prv])
        and not _SENT_END_RE.search(lines[prv])
    ):
        i = prv  # a headline printed over two lines, the first ending on a comma: the first
    nxt = _next_line(rules, i)
    if (
        _KICKER_END_RE.search(lines[i])
        and nxt is not None
        and nxt < upto
        and rules[nxt] is None
        and title_score(lines, rules, nxt, upto) >= 0
    ):
        i = nxt  # a kicker ending in 强调/指出…: the headline is the line under it
    for j in range(
        upto
    ):  # a browser-title copy "headline|site" and the bare headline: the bare one
        if (
            j != i
            and rules[j] is None
            and len(lines[i]) > len(lines[j])
            and lines[i].startswith(lines[j])
            and lines[i][len(lines[j]) :].lstrip()[:1]
            in _COPY_SUFFIX_MARKS  # "headline – site" too
            and _title_like(lines[j])
        ):
            return j
    for j in range(upto):  # "section label + headline" and the bare headline: the bare one
        if (
            j != i
            and rules[j] is None
            and len(lines[j]) >= COPY_MIN_CHARS
            and lines[i] != lines[j]
            and lines[i].endswith(lines[j])
            and _title_like(lines[j])
            # not a headline's two parts printed apart and then whole
            and lines[i][: len(lines[i]) - len(lines[j])].strip() not in lines[:upto]
        ):
            return j
    page = set(lines[:upto])
    cut = lines[i].lstrip(_OPENING_MARKS)
    for j in range(upto):  # a headline cut after its first part, printed whole nearby: the whole
        whole = lines[j].lstrip(_OPENING_MARKS)  # the cut copy may have lost an opening 「
        if (
            j != i
            and rules[j] is None
            and len(lines[j]) >= len(lines[i]) + 2
            and _title_like(lines[j])
            and (
                (
                    whole.startswith(cut)
                    and len(whole) > len(cut)
                    and whole[len(cut) :].lstrip()[:1] not in _COPY_SUFFIX_MARKS
                )  # not "… – site"
                # its second part printed alone, the first part on the line above it
                or (
                    lines[j].endswith(lines[i])
                    and lines[j][: len(lines[j]) - len(lines[i])].strip() in page
                )
            )
        ):
            return j
    for j in range(i):  # a headline followed by a reworded copy of itself: the first
        if (
            rules[j] is None
            and _title_like(lines[j])
            and lines[j] not in lines[i]
            and lines[i] not in lines[j]  # a section label + the headline: above
            and min(len(lines[j]), len(lines[i]))
            >= NEAR_COPY_SHARE * max(len(lines[j]), len(lines[i]))
            and _overlap(lines[j], lines[i]) >= NEAR_COPY_SHARE
            and _overlap(lines[i], lines[j]) >= NEAR_COPY_SHARE
        ):
            return j
    return i


#: Two headline lines sharing at least this share of their character pairs (and of
#: length) are one headline printed twice, once reworded (訪問 / 到訪).
NEAR_COPY_SHARE = 0.8
# what joins a site name to a copy of the headline (headline_网站名, headline - 网站名)
_COPY_SUFFIX_MARKS = "_|-–—｜"
# the quotation marks and brackets a headline may open with, which a copy of it may lose
_OPENING_MARKS = "「『“‘《【〔(（\"'"


def _dateline_copy(lines: list[str], rules: list[str | None], title: int, upto: int) -> int:
    """Of a headline printed more than once before the story (the same words, spaces
    aside), the copy standing on the date/source line; else the one picked."""
    key = lines[title].replace(" ", "")
    copies = [
        j
        for j in range(upto)
        if rules[j] in (None, "repeated_line") and lines[j].replace(" ", "") == key
    ]
    if len(copies) < 2:
        return title
    for j in copies:
        nxt = _next_line(rules, j)
        if nxt is not None and (rules[nxt] == "header_metadata" or _DATE_ONLY_RE.match(lines[nxt])):
            return j
    return title


#: Lines up to this length (menus, labels, footers: printed again on every page of a
#: site) have their :func:`line_rule` remembered; longer ones are mostly unique prose.
_SHORT_LINE = 100


@lru_cache(maxsize=32768)
def _short_line_rule(line: str) -> str | None:
    return line_rule(line)


#: A phrase injected between two fragments of one sentence has at most this many
#: characters; a page needs at least :data:`SPAM_MIN_LINES` of them for the story's
#: opening fragments to be read as body.
SPAM_MAX_CHARS = 16
SPAM_MIN_LINES = 2
_CLAUSE_END = ",,"


def _neighbour(lines: list[str], i: int, step: int) -> int | None:
    """The nearest line before (``step=-1``) or after (``step=1``) ``i`` that is not blank."""
    k = i + step
    while 0 <= k < len(lines):
        if lines[k].strip():
            return k
        k += step
    return None


def _injected_spam(lines: list[str], rules: list[str | None]) -> list[int]:
    """Keyword-spam phrases a content farm injects into a story: a short line without
    punctuation standing between a line that ends on a comma and one that starts with a
    comma, i.e. inside one sentence (``…签约,`` / ``导电漆`` / ``,商讨设立…``)."""
    found = []
    for i, x in enumerate(lines):
        if (
            rules[i] not in (None, "ad_or_spam")
            or not x
            or len(x) > SPAM_MAX_CHARS
            or _PUNCT_RE.search(x)
        ):
            continue
        prev, nxt = _neighbour(lines, i, -1), _neighbour(lines, i, 1)
        if (
            prev is not None
            and nxt is not None
            and lines[prev][-1:] in _CLAUSE_END
            and lines[nxt][:1] in _CLAUSE_END
        ):
            found.append(i)
    return found


def _fragment_start(lines: list[str], rules: list[str | None], first: int) -> int:
    """On a page whose story is cut into fragments by injected spam, the fragment the
    story starts with: walking up from the first paragraph, lines that open or close on
    a comma (skipping the spam between them) are pieces of the story, not furniture."""
    start = first
    k = _neighbour(lines, first, -1)
    while k is not None:
        if rules[k] in ("injected_spam", "ad_or_spam"):
            k = _neighbour(lines, k, -1)
            continue
        x = lines[k]
        if (
            rules[k] is not None
            or cjk_count(x) < 4
            or not (x[:1] in _CLAUSE_END or x[-1:] in _CLAUSE_END)
        ):
            break
        start = k
        k = _neighbour(lines, k, -1)
    return start


#: A line of a paragraph hard-wrapped by the page has at least this many ideographs.
WRAP_MIN_CJK = 15
#: ... and is at least this share of the widest such line on the page (a column width).
WRAP_WIDTH_SHARE = 0.8
_WRAP_END_RE = re.compile(r"[。!?！？][”’」』)）]*(?:\s*[((][^()()]{1,12}[))])?$")
_CLAUSE_RE = re.compile(r"[,，、::]")


def _display_width(line: str) -> int:
    return sum(2 if ord(c) > 0x2E80 else 1 for c in line)


def _wrapped_paragraphs(lines: list[str], rules: list[str | None]) -> set[int]:
    """Lines of paragraphs the page broke at a fixed width, mid-clause (``…市总工会副主席吴为等一行`` /
    ``七人来到我校,…检查了我校`` / … / ``备等,现场听取了…的汇报。``): runs of adjacent kept
    lines whose every line but the last is a clause fragment (enough ideographs, a comma,
    no sentence end, about the page's column width) and whose last line closes a sentence.
    Only read when the page has two such runs, one of them three lines or more, so a
    headline standing on the first paragraph's line above it is not taken for one."""
    runs: list[list[int]] = []
    run: list[int] = []
    for i, x in enumerate(lines):
        if rules[i] is None and x.strip():
            if not run or not _WRAP_END_RE.search(lines[run[-1]]):
                run.append(i)
                if _WRAP_END_RE.search(x):
                    runs.append(run)
                    run = []
                continue
        run = []
        if rules[i] is None and x.strip():
            run = [i]

    def fragment(k: int) -> bool:
        return cjk_count(lines[k]) >= WRAP_MIN_CJK and bool(_CLAUSE_RE.search(lines[k]))

    trimmed = []
    for r in runs:  # the fragments above the closing line (not a headline standing over them)
        start = len(r) - 1
        while start > 0 and fragment(r[start - 1]):
            start -= 1
        if start < len(r) - 1:
            trimmed.append(r[start:])
    runs = trimmed
    if len(runs) < 2 or max(len(r) for r in runs) < 3:
        return set()
    width = max(_display_width(lines[k]) for r in runs for k in r[:-1])
    runs = [
        r for r in runs if all(_display_width(lines[k]) >= WRAP_WIDTH_SHARE * width for k in r[:-1])
    ]
    if len(runs) < 2 or max(len(r) for r in runs) < 3:
        return set()
    return {k for r in runs for k in r if is_body_line("".join(lines[j] for j in r))}


#: Fewest ideographs of a short full sentence opening the story above its first paragraph.
SHORT_OPENING_MIN_CJK = 8
#: Fewest such lines in a row (one alone is as often a photo's caption).
SHORT_OPENING_MIN_LINES = 2


def _short_opening(
    lines: list[str],
    rules: list[str | None],
    title_idx: int | None,
    first: int,
    copies: set[int],
) -> set[int]:
    """Short full sentences standing right above the first paragraph, below the headline.

    A feature may open on two or more lines too short to pass for paragraphs (18岁,正是花儿
    一样的年纪。 / 秋天,正是丰收的季节。, ul04): each closes with a full stop, no line rule
    names it, and nothing but blank lines stands between them and the paragraph below. One
    such line alone is kept out: it is as often a photo's caption (5月8日,选手在参加珠算项目的
    决赛。, f03). Only lines under the headline are read so: without a headline the page's
    top is not the story's.
    """
    keep: set[int] = set()
    if title_idx is None or title_idx >= first:
        return keep
    k = first - 1
    while k > title_idx:
        x = lines[k].strip()
        if not x:
            k -= 1
            continue
        if (
            rules[k] is None
            and k not in copies
            and x[-1] in "。!?"
            and cjk_count(x) >= SHORT_OPENING_MIN_CJK
        ):
            keep.add(k)
            k -= 1
            continue
        break
    return keep if len(keep) >= SHORT_OPENING_MIN_LINES else set()


def classify_lines(
    lines: list[str], headings: frozenset[int] | set[int] = frozenset()
) -> tuple[list[str | None], int | None]:
    """Name the removal rule of every line (``None`` keeps it) and find the title.

    Line rules (:func:`line_rule`) apply everywhere. Position rules then mark the page
    around the article:

    * the **title** is the best headline before the first body paragraph
      (:func:`title_score`: not furniture, just above the date/source line or the body);
      other lines before the first body paragraph are ``before_article_start``;
    * the **end** of the article is decided by strong markers only. After an end mark
      such as ``(完)`` or ``【编辑:…】`` only sentence-ending body paragraphs stay (the
      end rule never drops one); after a related-list heading, a copyright or comment
      line, or a run of :data:`HEADLINE_RUN` headline-like lines (a list of other
      articles) nothing of the story follows. A single caption, credit or short line
      does not end the article. Removed lines are ``after_article_end``, and
      :func:`clean` flags ``possible_body_dropped`` when one of them reads like story
      prose;
    * short non-sentence lines trailing the last body paragraph (bylines, labels) are
      ``after_article_end`` too.

    A run of headline-like lines that a story paragraph follows is a list or table
    inside the story (its items, rows, sub-headings), not a list of other articles.

    ``headings`` are the indexes of lines that were Markdown headings; one before the
    body is preferred as the title. A line printed again later on the page is
    ``repeated_line`` (the first copy stays; a trailing `` -`` of an image's alt text is
    ignored), and so is a line without a full stop after the story's start that an
    earlier paragraph quotes verbatim (a video's title). A headline printed twice (one
    copy holding the other, no full stop) is never the first paragraph, and the bare
    copy is preferred to one behind a section label; a speech's salutation just above
    the first paragraph (``各位嘉宾、老师同学们:``) is kept.

    Returns
    -------
    tuple
        ``(rules, title_index)``.
    """
    rules: list[str | None] = [
        _short_line_rule(x) if len(x) <= _SHORT_LINE else line_rule(x) for x in lines
    ]
    seen: set[str] = set()
    printed_again: set[str] = set()
    for i, x in enumerate(lines):  # a line the page prints again (captions, reposted paragraphs)
        # an image's alt text: the headline + " -" (the pattern can only match when the
        # line ends with one of its characters)
        tail = x[-1:]
        key = (
            _REPEAT_TAIL_RE.sub("", x)
            if tail and (tail in _REPEAT_TAIL_MARKS or tail.isspace())
            else x
        )
        if rules[i] is None and len(key) >= REPEAT_MIN_CHARS:
            if key in seen:
                rules[i] = "repeated_line"
                printed_again.add(key)
                j = _prev_line(rules, i)
                if (
                    j is not None
                    and rules[j] is None
                    and lines[j] == x
                    and (
                        (len(x) <= CAPTION_TWICE_MAX_CHARS and is_prose_line(x))
                        or _PHOTO_MARK_RE.search(x)
                    )
                ):
                    # a sentence printed twice in a row: a photo's caption, however long
                    # when it points at the photo (…委员长吴新兴(图)表示,…)
                    rules[j] = "image_caption"
            seen.add(key)
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), None)
    if (
        last is not None
        and rules[last] is None
        and len(lines[last]) >= CUT_REPEAT_MIN_CHARS
        and any(
            lines[j].startswith(lines[last]) and len(lines[j]) > len(lines[last])
            for j in range(last)
        )
    ):
        rules[last] = "repeated_line"  # a story pasted twice, the second copy cut by the page's end
    for i, x in enumerate(lines):
        # a sentence the next line opens with and goes on from: the lead printed as a teaser
        # above the paragraph that holds it (近日,…开学典礼。 / 近日,…开学典礼。越南劳动…; yo01)
        if rules[i] is None and len(x) >= TEASER_MIN_CHARS and x[-1:] in _SENTENCE_END:
            j = _next_line(rules, i)
            if j is not None and rules[j] is None and len(lines[j]) > len(x):
                if lines[j].startswith(x):
                    rules[i] = "repeated_line"
        # a content farm's summary box whose text the story then opens with (本文摘要:日前,
        # 记者从河南省政府得知,… above 日前,记者从河南省政府得知,…; yo04, zj08; a portal's
        # [导读] box, yt03); a summary box that is all the page prints of the story stays (zb07)
        if rules[i] is None and x.startswith(("本文摘要", "[导读]", "【导读】")):
            m = _SUMMARY_BOX_RE.match(x)
            key = x[m.end() : m.end() + SUMMARY_KEY_CHARS] if m else ""
            if len(key) == SUMMARY_KEY_CHARS and any(
                rules[k] is None and lines[k].lstrip().startswith(key)
                for k in range(i + 1, len(lines))
            ):
                rules[i] = "lead_teaser"
    english_first = None  # the first paragraph of a page in English
    if "non_chinese_line" in rules:
        english = [
            i for i, x in enumerate(lines) if rules[i] == "non_chinese_line" and _english_prose(x)
        ]
        if english and _english_page(lines, rules, len(english)):
            if (
                len(english) >= 2
                and not _ENGLISH_END_RE.search(lines[english[0]].rstrip())
                and len(lines[english[0]].split()) <= ENGLISH_HEADLINE_WORDS[1]
                and _ENGLISH_END_RE.search(lines[english[1]].rstrip())
            ):
                # a long headline with a comma, read as prose, above the first paragraph
                # closed by a full stop: the headline (…Battambang, Guizhou Vocational…
                # jointly write a new chapter in China-Cambodia educational cooperation, xe04)
                english.pop(0)
            english_first = english[0]
            for i in english:  # a page in English: its paragraphs are the story
                rules[i] = None
            # and a short line between two of them is the story's sub-heading ('Strategic
            # pillar' between paragraphs of a China Daily story, pp09)
            paragraphs = set(english)
            for i, x in enumerate(lines):
                if rules[i] != "non_chinese_line" or len(x.split()) > ENGLISH_SUBHEAD_MAX_WORDS:
                    continue
                above = next((j for j in range(i - 1, -1, -1) if rules[j] != "blank_line"), None)
                below = next(
                    (j for j in range(i + 1, len(lines)) if rules[j] != "blank_line"), None
                )
                if above in paragraphs and below in paragraphs:
                    rules[i] = None
    spam = _injected_spam(lines, rules)
    for i in spam:
        rules[i] = "injected_spam"
    if any(x[:1] in _BULLETS for x in lines):
        for i in _bullet_link_lists(lines, rules):
            rules[i] = "link_list"
    copies = _headline_copies(lines, rules)
    body_idx = [
        i for i, x in enumerate(lines) if rules[i] is None and is_body_line(x) and i not in copies
    ]
    wrapped = _wrapped_paragraphs(lines, rules) if body_idx else set()
    if wrapped:
        body_idx = sorted(set(body_idx) | (wrapped - copies))
    if not body_idx:
        title_idx = _pick_title(lines, rules, len(lines), headings)
        return rules, _or_english_headline(lines, rules, title_idx, english_first)
    opening = _lead_teaser(lines, rules, body_idx[0]) if len(body_idx) >= 2 else None
    if opening is not None:  # the story starts on the line the summary box copied
        rules[body_idx.pop(0)] = "lead_teaser"
        if opening not in body_idx:
            body_idx.insert(0, opening)
    first = body_idx[0]
    if _SITE_NOTICE_RE.search(lines[first]):
        body_idx = _after_site_notice(lines, rules, body_idx)
        first = body_idx[0]
    prev = _prev_line(rules, first)
    if prev is not None and rules[prev] is None and prev not in copies:
        m = _WIRE_OPENING_RE.match(lines[prev])
        if m and cjk_count(lines[prev][m.end() :]) >= WIRE_OPENING_MIN_CJK:
            body_idx.insert(0, prev)  # a story opening on its wire dateline, cut by a line break
            first = prev
    for i in range(
        first
    ):  # the story's opening cut short above it: 昨天,从…传来消息,该校与… (zq05)
        x = lines[i].strip()
        if (
            rules[i] is None
            and len(x) >= TEASER_MIN_CHARS
            and not _SENT_END_RE.search(x)
            and lines[first].strip().startswith(x)
            # not the headline over its date line, printed again at the story's start (un05)
            and not any(rules[k] == "header_metadata" for k in range(i + 1, first))
            # not a headline the scrape glued to the story's dateline (…对外开放新华网南昌
            # 6月27日电, zu07)
            and not _GLUED_DATELINE_RE.match(lines[first].strip(), len(x))
        ):
            rules[i] = "lead_teaser"
    # the headline is still judged against the first paragraph with a full stop
    title_upto = first
    opening_run = _semicolon_opening(lines, rules, first, copies)
    if opening_run:  # a story opening on parallel clauses, each line closed by a semicolon
        body_idx = sorted(set(body_idx) | set(opening_run))
        first = body_idx[0]
    for i in range(first + 1, len(lines)):  # a video's or photo's title quoting the story
        if (
            rules[i] is None
            and i not in body_idx
            and "。" not in lines[i]
            and len(lines[i]) >= QUOTED_MIN_CHARS
            and not _ENUMERATOR_RE.match(lines[i])
            and any(lines[i] in lines[j] for j in body_idx if j < i)
        ):
            rules[i] = "repeated_line"
            j = first  # ... and the story's first "paragraph" is that caption with a full stop,
            # a paragraph of the story standing between the copies
            if (
                lines[j][:-1] == lines[i]
                and lines[j][-1] == "。"
                and any(first < k < i for k in body_idx)
            ):
                rules[j] = "image_caption"
    for i in range(first + 1, len(lines)) if printed_again else ():
        x = lines[i]  # a label printed under several photos: 沭阳县第三届职教活动周
        if (
            rules[i] is None
            and x in printed_again
            and len(x) <= CAPTION_REPEAT_MAX_CHARS
            and not _SENT_END_RE.search(x)
            and not _ENUMERATOR_RE.match(x)
        ):
            rules[i] = "image_caption"
    if len(spam) >= SPAM_MIN_LINES:
        first = _fragment_start(lines, rules, first)
    title_idx = _pick_title(lines, rules, title_upto if opening_run else first, headings)
    if title_idx is None:  # a repost printing only the headline it replaced
        title_idx = _original_headline(lines, rules, first)
        if title_idx is not None:
            rules[title_idx] = None
    if title_idx is None:  # a scrape giving the headline as a field under the story
        title_idx = _title_field(lines, rules)
        if title_idx is not None:
            rules[title_idx] = None
    title_idx = _or_english_headline(lines, rules, title_idx, english_first)
    if title_idx is not None:
        on_dateline = _dateline_copy(lines, rules, title_idx, first)
        if on_dateline != title_idx:
            rules[on_dateline], rules[title_idx] = None, "repeated_line"
            title_idx = on_dateline
    if title_idx is not None:
        _mark_headline_reprints(lines, rules, title_idx)
    opening = _opening_salutation(lines, rules, first)
    lead_in = _short_opening(lines, rules, title_idx, first, copies)
    for i in range(first):
        if rules[i] is None and i != title_idx and i != opening and i not in lead_in:
            rules[i] = "before_article_start"
    # where the story ends: a soft end (an end mark, an editor credit) after which only
    # body paragraphs stay, and a hard end (a related list, the page footer, a run of
    # headlines) after which nothing of the story follows
    soft = hard = len(lines)
    run = 0
    for i in range(first + 1, len(lines)):
        if soft == len(lines) and _END_MARKER_RE.search(lines[i]):
            soft = i + 1 if rules[i] is None and is_body_line(lines[i]) else i
        if rules[i] in _STRONG_END_RULES:
            hard = i
            break
        if rules[i] is None and i not in wrapped and _headline_like(lines[i]):
            run += 1
            if run >= HEADLINE_RUN and not _story_resumes(lines, rules, i, run):
                hard = i - run + 1
                break
        elif rules[i] != "blank_line":
            run = 0
    _restating_captions(lines, rules, body_idx, first, min(soft, hard))
    _caption_runs(lines, rules, first, min(soft, hard))
    for i in range(first + 1, min(soft, hard)):
        if (
            rules[i] is None
            and len(lines[i]) <= 48
            and not _SENT_END_RE.search(lines[i])
            and (_CAPTION_END_RE.search(lines[i]) or _CAPTION_START_RE.match(lines[i]))
        ):
            rules[i] = "image_caption"  # a photo caption between paragraphs
    last = max(i for i in body_idx if i < min(soft, hard)) if first < min(soft, hard) else first
    tail = [i for i in range(last + 1, min(soft, hard)) if rules[i] is None]
    if len(tail) >= 2 and all(_caption_phrase(lines[i]) for i in tail):
        for i in tail:  # photo captions left under the story: 双方互换礼品, 参观学校图书馆
            rules[i] = "image_caption"
    for i in range(last + 1, len(lines)):
        if rules[i] is not None:
            continue
        if i >= hard:
            rules[i] = "after_article_end"
        elif i >= soft:
            if not is_body_line(lines[i]):
                rules[i] = "after_article_end"
        elif _trailing_furniture(lines[i]) and not _cut_last_sentence(lines, i):
            rules[i] = "after_article_end"
    for i in range(first + 1, len(lines)):  # a notice's signature: the office, then the date
        if (
            rules[i] is None
            and len(lines[i]) <= ORG_LINE_MAX
            and (_ORG_ONLY_RE.match(lines[i]) or _DEPARTMENT_RE.match(lines[i]))
        ):
            nxt = _next_line(rules, i)
            if nxt is not None and rules[nxt] == "header_metadata":
                rules[i] = "credit_line"
    return rules, title_idx


# ---------------------------------------------------------------------------
# stripped year digits

# 年 at the start of the text or after one of 于在从…, then a month, 上半年, 以来 …; or 周年
# after no numeral. Written literal-first (the look-behinds after the 年/周年 they
# guard) so that the engine can jump from one 年 or 周 to the next.
_STRIPPED_YEAR_RE = re.compile(
    r"年(?<![^于在从至到自,,。;;:、\s(“]年)(?=\d{1,2}月|[上下]半年|以来|[初底末中]\b|[初底末中][,,])"
    r"|周年(?<![\d〇零一二三四五六七八九十百千两几多数余]周年)"
)


def find_stripped_years(text: str) -> list[tuple[int, str]]:
    """Places where a date lost its year digits: ``于年4月``, ``年以来``, ``建党周年``.

    Returns ``(offset, context)`` pairs, context being ten characters either side.

    Examples
    --------
    >>> [c for _, c in find_stripped_years("于年4月召开。")]
    ['于年4月召开。']
    """
    out = []
    for m in _STRIPPED_YEAR_RE.finditer(text):
        out.append((m.start(), text[max(0, m.start() - 10) : m.end() + 10]))
    return out


# ---------------------------------------------------------------------------
# the chain

_LINE_SPLIT_RE = re.compile(r"\r\n|\r|\n")


def clean(raw: str, invalid_bytes: bool = False) -> Cleaned:
    """Clean one decoded page.

    Parameters
    ----------
    raw : str
        The decoded file, unmodified.
    invalid_bytes : bool
        The decoder replaced invalid bytes with U+FFFD (flag ``invalid_bytes``): the
        audit gets one whole-file row with their count, and they are not counted as
        mojibake that could not be repaired.

    Returns
    -------
    Cleaned
        ``text`` (kept lines joined by newlines: the headline, when there is one,
        then the body), ``changes`` (one :class:`Change` per changed or dropped line),
        ``flags``, ``script`` of the raw text and the ``title``.

    Examples
    --------
    >>> c = clean("标题在这里很好\\n分享到:\\n重庆市与四川省签署职业教育协同发展框架协议,两地合作。")
    >>> c.text.splitlines()
    ['标题在这里很好', '重庆市与四川省签署职业教育协同发展框架协议,两地合作。']
    >>> [(x.line_no, x.rule) for x in c.changes]
    [(2, 'share_widget')]
    """
    changes: list[Change] = []
    flags: list[str] = []
    if "\r" in raw:
        kind = "CRLF" if "\r\n" in raw else "CR"
        changes.append(Change(0, "normalized", "line_endings", kind, "LF"))
    raw_lines = _LINE_SPLIT_RE.split(raw)
    if raw_lines and raw_lines[-1] == "" and len(raw_lines) > 1:
        raw_lines = raw_lines[:-1]  # a final newline ends the last line, it is not a line

    if invalid_bytes:
        where = [no for no, x in enumerate(raw_lines, 1) if "\ufffd" in x]
        n_bad = sum(x.count("\ufffd") for x in raw_lines)
        shown = ", ".join(map(str, where[:20])) + (" …" if len(where) > 20 else "")
        changes.append(
            Change(
                0,
                "repaired",
                "invalid_bytes",
                f"{n_bad} invalid byte sequence(s) in line(s) {shown}",
                f"{n_bad} × U+FFFD",
            )
        )

    n_repaired = n_lost = n_pinyin = 0
    # Each line step below runs only when the text holds something it could change
    # (a control character, a "?" of mojibake, a pinyin annotation): the same result,
    # without a call per line for the many pages that have none.
    control = _CONTROL_RE.search(raw) is not None
    if control or "?" in raw or _PINYIN_RE.search(raw) is not None:
        stage: list[str] = []
        for no, line in enumerate(raw_lines, 1):
            bare = strip_control(line) if control else line
            if bare != line:
                changes.append(Change(no, "removed", "control_characters", line, bare))
                line = bare
            # mojibake is a run after a "?"
            fixed, rep, lost = repair_mojibake(line) if "?" in line else (line, 0, 0)
            n_lost += lost
            if rep:
                changes.append(Change(no, "repaired", "gbk_byte_shift_mojibake", line, fixed))
                n_repaired += rep
            stripped, npy = strip_pinyin(fixed)
            if npy:
                changes.append(Change(no, "removed", "pinyin_annotation", fixed, stripped))
                n_pinyin += npy
            stage.append(stripped)
    else:
        stage = list(raw_lines)
    if _TONELESS_RE.search("\n".join(stage)) is not None:
        for no, (line, (new, npy)) in enumerate(zip(stage, strip_toneless_pinyin(stage)), 1):
            if npy:
                changes.append(Change(no, "removed", "pinyin_annotation", line, new))
                n_pinyin += npy
                stage[no - 1] = new

    script = detect_script("\n".join(dict.fromkeys(stage)))  # each distinct line once
    if script == "traditional":
        converted = []
        for no, line in enumerate(stage, 1):
            new = to_simplified(line)
            if new != line:
                changes.append(Change(no, "converted", "traditional_to_simplified", line, new))
            converted.append(new)
        stage = converted

    if _FULLWIDTH_RE.search("\n".join(stage)) is not None:
        widened = []
        for no, line in enumerate(stage, 1):
            new = normalize_width(line)
            if new != line and new.strip():
                changes.append(Change(no, "normalized", "fullwidth_to_ascii", line, new))
            widened.append(new)
        stage = widened

    marked: list[str | None] = [None] * len(stage)  # markup rule that emptied a line
    headings: set[int] = set()
    if looks_like_markup("\n".join(stage)):
        plain = []
        for no, line in enumerate(stage, 1):
            steps = strip_markup(line)
            before = line
            for step in steps:
                action = "removed" if step.rule in _MARKUP_REMOVALS else "normalized"
                # a line emptied but for its indent (      <p id="x"></p>) is removed whole
                after = step.after if step.after.strip() else ""
                changes.append(Change(no, action, step.rule, before, after))
                before = step.after
                if step.rule == "markdown_heading":
                    headings.add(no - 1)
            if steps and not before.strip():
                marked[no - 1] = steps[-1].rule
            plain.append(before)
        stage = plain

    meta_lines = [normalize_whitespace(x) for x in stage]
    final: list[str] = []
    for no, (line, new) in enumerate(zip(stage, meta_lines), 1):
        if new != line and new:
            changes.append(Change(no, "normalized", "whitespace", line, new))
        # each step below only when the line has what its pattern needs (the bracket
        # that closes a credit, what a headline suffix ends with, a leading "?" or
        # "date"/"日期"): the same result without a pattern search per line
        cut = strip_inline_credits(new) if new[-1:] in _CREDIT_CLOSE else new
        if cut != new:
            changes.append(Change(no, "removed", "inline_editor_credit", new, cut))
        tail = _HEADLINE_SUFFIX_RE.sub("", cut) if _may_have_headline_suffix(cut) else cut
        if tail != cut and tail:
            changes.append(Change(no, "removed", "headline_suffix", cut, tail))
            cut = tail
        bare = _PLACEHOLDER_RE.sub("", cut) if _placeholder_edge(cut) else cut
        if bare != cut and _CJK_RE.search(bare):
            changes.append(Change(no, "removed", "image_placeholder", cut, bare))
            cut = bare
        lost = _LOST_INDENT_RE.sub("", cut) if cut[:1] == "?" else cut
        if lost != cut and lost:
            changes.append(Change(no, "removed", "lost_indent_characters", cut, lost))
            cut = lost
        head = cut[:4]
        bare = _DATE_PREFIX_RE.sub("", cut) if head[:2] == "日期" or head.lower() == "date" else cut
        if bare != cut and bare:
            changes.append(Change(no, "removed", "date_prefix", cut, bare))
            cut = bare
        if head[:2] in ("图为", "圖為"):
            bare = _CAPTION_PREFIX_RE.sub("", cut)
            if bare != cut and cjk_count(bare) >= CAPTION_PREFIX_MIN_CJK:
                changes.append(Change(no, "removed", "photo_caption", cut, bare))
                cut = bare
        final.append(cut)

    rules, title_idx = classify_lines(final, headings)
    if title_idx is not None:
        for rule, before, after in _title_trims(final[title_idx]):
            changes.append(Change(title_idx + 1, "removed", rule, before, after))
            final[title_idx] = after
    dropped_prose = False
    for no, rule in enumerate(rules, 1):
        if rule is None:
            continue
        if rule == "blank_line" and marked[no - 1]:
            continue  # emptied by a markup rule, already audited with its raw line
        changes.append(Change(no, "removed", rule, raw_lines[no - 1], ""))
        if (
            rule == "after_article_end"
            and is_prose_line(final[no - 1])
            and not _SITE_BLURB_RE.search(final[no - 1])
        ):
            dropped_prose = True
    changes.sort(key=lambda c: c.line_no)  # stable: steps stay in the order applied

    kept = [x for x, r in zip(final, rules) if r is None]
    text = "\n".join(kept)
    if n_repaired:
        flags.append("mojibake_repaired")
    if n_lost or ("\ufffd" in raw and not invalid_bytes):
        flags.append("mojibake_unrepaired")
    if script == "traditional":
        flags.append("traditional_script")
    if n_pinyin:
        flags.append("pinyin_annotations")
    if find_stripped_years(text):
        flags.append("year_digits_stripped")
    if dropped_prose:
        flags.append("possible_body_dropped")
    title = final[title_idx] if title_idx is not None else None
    if title is None:  # a headline the scrape joined to the story's first line
        first = next((x for x, r in zip(final, rules) if r is None), None)
        m = _JOINED_HEADLINE_RE.match(first) if first else None
        if m and is_title_candidate(m.group(1)):
            title = m.group(1)
    if title is None:  # a headline printed only as the breadcrumb's last crumb
        title = _crumb_title(final, rules)
    if title is None:  # ... or only in the portal's repost credit under the story
        title = next(
            (
                m.group(1)
                for x, r in zip(final, rules)
                if r is not None
                and (m := _CREDIT_TITLE_RE.match(x))
                and is_title_candidate(m.group(1))
            ),
            None,
        )
    lines = [(no, x, r) for no, (x, r) in enumerate(zip(final, rules), 1)]
    return Cleaned(text, changes, flags, script, title, lines, meta_lines)


def _title_trims(line: str) -> list[tuple[str, str, str]]:
    """The steps that cut what is not the headline off the title line, in order, each
    ``(rule, before, after)``: a section label in front of a bar, a short tag behind a
    single bar, a scraper's field name, a page-number marker. A step is taken only when
    the headline left keeps enough ideographs.

    Examples
    --------
    >>> [(r, a) for r, _, a in _title_trims("标题 甘肃师生技能比拼 促产教融合发展( 二 )")]
    [('title_field_name', '甘肃师生技能比拼 促产教融合发展( 二 )'), ('page_marker', '甘肃师生技能比拼 促产教融合发展')]
    """
    steps: list[tuple[str, str, str]] = []

    def step(rule: str, bare: str, min_cjk: int) -> None:
        nonlocal line
        if bare != line and cjk_count(bare) >= min_cjk:
            steps.append((rule, line, bare))
            line = bare

    # each pattern is tried only when the line has what it needs (a bar, a field name,
    # a closing bracket)
    if "丨" in line[:10]:  # a column before the stroke a site uses as a bar: 双城记丨… (yg08)
        step("section_label", _STROKE_LABEL_RE.sub("", line, count=1), 8)
    if "|" in line or "｜" in line:
        step("headline_suffix", _TAB_SUFFIX_RE.sub("", line, count=1), 4)
        step("section_label", _SECTION_LABEL_RE.sub("", line), 4)
        # a column of two to four ideographs before a headline of its own (全球连线|…, 绵阳|…)
        step("section_label", _SHORT_LABEL_RE.sub("", line, count=1), SHORT_LABEL_MIN_CJK)
        if line.count("|") + line.count("｜") == 1:
            step("headline_suffix", _BAR_SITE_SUFFIX_RE.sub("", line, count=1), 8)
            step("section_label", _BAR_LABEL_RE.sub("", line, count=1), BAR_LABEL_MIN_CJK)
    # a betting site's keywords before the headline, quoted or before a dot (zb07, ze03),
    # or its name quoted after it (…建设力度“九游会·j9官方网站”, zf05)
    m = _SPAM_PREFIX_RE.match(line)
    if m and _SPAM_WORD_RE.search(m.group(1) or m.group(2)):
        step("ad_or_spam", line[m.end() :], 8)
    m = _SPAM_SUFFIX_RE.search(line)
    if m and (_SPAM_WORD_RE.search(m.group(1)) or _SPAM_SITE_RE.search(m.group(1))):
        step("ad_or_spam", line[: m.start()], 8)
    # a betting site's name and its 官方网站 before a bar: NG体育·(南宫)官方网站|广西藤县:… (ui04)
    if "官方网站" in line[:32] or "官网" in line[:32]:
        step("ad_or_spam", _SPAM_SITE_BAR_RE.sub("", line, count=1), 8)
    # a series' name and the part's number before a middle dot: 职教出海看南洋之五·… (ul06)
    if "之" in line[:18]:
        step("section_label", _SERIES_PART_RE.sub("", line, count=1), 8)
    # a content farm's column closed by an exclamation mark: 焦点速递!顺德牵手香港… (yf07)
    if "!" in line[:9] or "！" in line[:9]:
        step("section_label", _BANG_LABEL_RE.sub("", line, count=1), 8)
    # a betting site's name glued before it: 台湾佬中文娱乐网川渝携手… (ya06)
    if "娱乐" in line[:14]:
        step("ad_or_spam", _SPAM_SITE_PREFIX_RE.sub("", line, count=1), 8)
    if line[:2] in _WIRE_NAMES:  # 新华社雅加达4月11日电 特写|… (zr04): the wire's dateline
        before = line
        step("source_label", _WIRE_DATELINE_PREFIX_RE.sub("", line, count=1), 8)
        if line != before and ("|" in line or "｜" in line):  # the wire's column: 心相近|… (bb18)
            step("section_label", _WIRE_COLUMN_RE.sub("", line, count=1), 8)
    # a field name, also a wire feature's 题: once its dateline is cut (yc04)
    if line[:1] == "题" or line[:2] == "标题":
        before = line
        step("title_field_name", _TITLE_FIELD_RE.sub("", line), 4)
        # the field's value in corner brackets: 標題:「高雄科技大學校名揭牌暨校長就職典禮」 (ur02)
        if line != before and _BRACKETED_VALUE_RE.match(line):
            step("title_field_name", line[1:-1], 4)
    if line[:3] == "原标题":
        step("title_field_name", _ORIGINAL_HEADLINE_RE.sub("", line), 4)
    if ":" in line or "：" in line:
        step("source_label", _COLON_LABEL_RE.sub("", line, count=1), COLON_LABEL_MIN_CJK)
        if _ENGLISH_KICKER_RE.match(line) and not _CJK_RE.search(line):  # Across China: …
            step("source_label", _ENGLISH_KICKER_RE.sub("", line, count=1), 0)
    if line[-1:] == ")":
        step("page_marker", _PAGE_MARKER_RE.sub("", line), 4)
    if line[-1:] in "]】":  # a print or close link left behind it: …开班仪式 [打印本页] (yi03)
        step("headline_suffix", _PAGE_LINK_SUFFIX_RE.sub("", line), 4)
    if "—" in line:  # …举行揭牌仪式——诸暨网-凯发官网首页 (zp03): the site after a dash
        step("headline_suffix", _DASH_SITE_RE.sub("", line, count=1), 8)
        # a deck's dash left dangling at the end, its words not printed (…颁证典礼举行 ——, ws06)
        step("headline_suffix", _DANGLING_DASH_RE.sub("", line, count=1), 8)
    # a betting brand glued behind the headline: …签约仪式在昌举行GOGO体育 (w07), …“同心圆”
    # k1体育十年品牌 (wn04)
    if "体育" in line[-12:]:
        step("ad_or_spam", _BRAND_SUFFIX_RE.sub("", line, count=1), 8)
    # …力促职业教育发展-aifa体育官方网站 (yo04), …职业技能大赛-全球要闻 (ys04)
    if line.endswith(HYPHEN_SITE_ENDS):
        step("headline_suffix", _HYPHEN_SITE_RE.sub("", line, count=1), 8)
    return steps


CRUMB_TITLE_MIN_CJK = 8
#: A dash (——, —) alone at the end of a title line.
_DANGLING_DASH_RE = re.compile(r"\s*[—―]{1,2}\s*$")

# a dateline right after a headline glued to the story: 新华网南昌6月27日电, 本报讯
_GLUED_DATELINE_RE = re.compile(rf"\s*[^\s,,。]{{0,12}}?{DATELINE_WORD}")

#: A line above the story that the first paragraph begins with, this long at least, is a
#: teaser cut from it, not the headline.
TEASER_MIN_CHARS = 20
#: What closes a sentence printed as a teaser.
_SENTENCE_END = frozenset("。!?！？")
#: A content farm's summary label, and how many characters of its text the story must
#: open with for the box to be a teaser.
_SUMMARY_BOX_RE = re.compile(r"(?:本文摘要\s*[::]|[\[【]导读[\]】]\s*[::]?)\s*")
SUMMARY_KEY_CHARS = 12

# a wire's dateline glued before the headline on the title line
_WIRE_NAMES = frozenset({"新华", "中新", "人民", "央视"})
_WIRE_DATELINE_PREFIX_RE = re.compile(
    r"^(?:新华社|中新社|中新网|人民网|央视网|新华网)\s*[^\s|｜,,。]{0,12}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*电\s*"
)

# the wire's column before a bar, once its dateline is cut: 特写|…, 心相近|…
_WIRE_COLUMN_RE = re.compile(r"^\s*[^|｜\s]{1,6}\s*[|｜]\s*(?=\S)")

# a site's name after a dash closing the headline: ——诸暨网-凯发官网首页, —— 中国教育新闻网
_DASH_SITE_RE = re.compile(r"\s*(?:——|—|--)\s*[^—\s]{0,12}网(?:[-_|][^—\s]{1,12})?$")
# ... or a site's own name or news column after a hyphen or an underscore: …力促职业教育发展-
# aifa体育官方网站, …职业技能大赛-全球要闻
#: A betting brand (Latin letters and 体育) glued behind the headline, with its slogan.
_BRAND_SUFFIX_RE = re.compile(
    f"(?<=[{CJK}”」』)）])\\s*[A-Za-z][A-Za-z0-9]{{0,9}}体育(?:[{CJK}]{{0,2}}品牌|官方网站|官网|平台)?$"
)
HYPHEN_SITE_ENDS = ("官方网站", "官网", "网站", "要闻", "资讯", "头条")
_HYPHEN_SITE_RE = re.compile(
    r"\s*[-_|｜]\s*[^-_|｜\s]{0,16}(?:" + "|".join(HYPHEN_SITE_ENDS) + ")$"
)


# a portal's repost credit naming the story it closes: 《我县举行…开幕式》由河南新闻网-豫都网提供,
# 转载请注明出处:… (zm06)
_CREDIT_TITLE_RE = re.compile(
    r"^\s*《([^《》]{6,80})》\s*(?:一文)?由[^,,。]{2,30}(?:提供|发布|供稿)"
)


def _crumb_title(lines: list[str], rules: list[str | None]) -> str | None:
    """The headline a breadcrumb above the story ends with, when the page prints no other.

    Only a navigation line that names the reader's position (``当前位置``, ``您的位置``)
    and comes before the first kept line is read; its last crumb must read as a headline
    of at least :data:`CRUMB_TITLE_MIN_CJK` ideographs (a section name such as ``正文``
    or ``学院动态`` is too short).

    Examples
    --------
    >>> _crumb_title(["当前位置:首页 >> 新闻 >> 石家庄市全国汽车维修基本技能比赛获一等奖 |",
    ...               "记者昨日从石家庄市教育局了解到,三年来,石家庄市屡创佳绩。"],
    ...              ["navigation", None])
    '石家庄市全国汽车维修基本技能比赛获一等奖'
    >>> _crumb_title(["您的位置:首页 > 综合新闻 > 学院动态 > 正文", "7月23日,院长带队调研。"],
    ...              ["navigation", None]) is None
    True
    """
    for i, (line, rule) in enumerate(zip(lines, rules)):
        if rule is None:
            return None
        if rule == "navigation" and "位置" not in line:
            repeated = _crumb_repeated(line, lines, i)
            if repeated is not None:
                return repeated
        if rule != "navigation" or "位置" not in line:
            continue
        m = _LAST_CRUMB_RE.search(line)
        if m:
            crumb = m.group(1)
            if cjk_count(crumb) >= CRUMB_TITLE_MIN_CJK and is_title_candidate(crumb):
                return crumb
    return None


def _crumb_repeated(line: str, lines: list[str], i: int) -> str | None:
    """The last crumb of a breadcrumb without a position label (``首页 评论 headline``)
    when the next non-blank line opens with it: the headline printed again with a teaser
    or a photo credit glued behind it (``headline 技职体系正从…(图/…提供)``)."""
    nxt = next((x for x in lines[i + 1 :] if x.strip()), None)
    if nxt is None or len(nxt) <= len(line):
        return None
    for k in range(len(line) - 1, 0, -1):
        if line[k - 1] in " \t>»›→/" and nxt.startswith(line[k:]):
            crumb = line[k:].strip()
            if (
                cjk_count(crumb) >= CRUMB_TITLE_MIN_CJK
                and is_title_candidate(crumb)
                and nxt[len(line) - k : len(line) - k + 1] in (" ", "\u3000")
            ):
                return crumb
            return None
    return None


def change_context(before: str, after: str, width: int = 15) -> tuple[str, str]:
    """The part of a changed line around the first difference, for showing an edit.

    Examples
    --------
    >>> change_context("回馈家乡?!鄙钲谪S农", "回馈家乡。”深圳豐农", width=2)
    ('家乡?!鄙钲谪S农', '家乡。”深圳豐农')
    """
    start = 0
    while start < min(len(before), len(after)) and before[start] == after[start]:
        start += 1
    end_b, end_a = len(before), len(after)
    while end_b > start and end_a > start and before[end_b - 1] == after[end_a - 1]:
        end_b -= 1
        end_a -= 1
    lo = max(0, start - width)
    return before[lo : end_b + width], after[lo : end_a + width]
