"""One document: decoded text → cleaned text, metadata and flags → a corpus row.

Shared by every way a corpus is built (files, tables, texts in memory), so they all
clean and flag alike.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

import pandas as pd

from ._regex import skipping
from .cleaning import (
    _CN_DATE_LINE_RE,  # 二○一一年四月十四日
    BLOG_BYLINE,
    COMPACT_BYLINE_DATE,
    CTIME_DATE_LINE,
    DAY_MONTH_WORD_DATE_LINE,
    EN_GLUED_DATE,
    EPAPER_HEADLINE_TAIL,
    MONTH_DAY_YEAR_DATE_LINE,
    PRINT_ISSUE,
    PRINT_LINE,
    SIGNATURE_DATE_LINE,
    WEEKDAY_DATE_LINE,
    Change,
    Cleaned,
    clean,
)
from .dates import _cn_int
from .dates import to_day as _date_or_nat
from .markup import extract_html

# ---------------------------------------------------------------------------
# metadata

_DATE_PART = r"(\d{4}|1\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})"
_LABELED_DATE_RE = skipping(
    r"(?:发布时间|发布日期|发表时间|发稿时间|创建时间|刊登日期?|出版日期|上稿时间|时间|日期|"
    r"发布于|发表于|(?<![出引突])发于|更新时间|更新日期|最后更新|更新于|date|published|posted|updated|"
    # an English byline's Time: (Author:Main News in Tibet Time:2022.06.19; yo03)
    r"\btime(?=\s*[::])|"
    # a college's English news system: Publisher:…Release time:2022-05-18Viewed:419 (ub06)
    r"(?:release|creation)\s*(?:time|date)(?=\s*[::])|"
    # a blog's byline: by admin on 2020年4月9日 (zi10)
    r"^\s*" + BLOG_BYLINE + r"(?=\s+\d)|"
    # an e-paper's issue (当前报章2024年04月10日); a bare 发布 label, also with the
    # pinyin a conversion left behind it (發布(bu):2021-12-17)
    # an e-paper's page shown: 您正在阅读:2022年09月26日
    r"last updated|(?:当前|本期)?报章|您正在阅读|发布(?=\s*(?:[((][a-z]{1,6}[))])?\s*[::]))"
    # an English label's preposition: Updated on 2024-02-21 (zy01)
    r"(?i:\s+on(?=\s+\d))?"
    # a label in brackets: 发布者: [发表时间]:2020-12-03 [来源]: (wr03)
    r"(?:\s*[\]】])?"
    # an English gloss after the Chinese label: 发布时间 Release time: 2020年11月23日 (yj05)
    r"(?:\s+(?i:release|publish(?:ed)?|update(?:d)?)\s+(?i:time|date)\s*[::])?"
    r"\s*(?:[((][a-z]{1,6}[))])?\s*[::]?\s*(?:民国)?(?:\d{1,2}:\d{2}(?::\d{2})?\s+)?" + _DATE_PART,
    re.I,
)
_BARE_DATETIME_RE = re.compile(
    r"(?<!\d)(\d{4})\s*[-/.年\s]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})"
    r"日?\s*(?:[/|]\s*)?\d{1,2}:\d{2}"
)  # also "2021-09-09 / 16:43" (zz09)
# a header line that is nothing but a date (the dateline under many headlines, also as a
# bullet: ``• 2012-11-07``, ``- 2006-06-02`` (vv05)), or that starts with one (``2020-12-28 王五``, an e-paper's
# ``2021-10-31 1 1 南通日报 …``, ``【2013/1/23 国立教育广播电台``); a labelled date may
# carry the time first (``更新时间:16:25 2026-01-22 HKT``)
_DATE_LINE_RE = re.compile(
    r"^\s*(?:(?:[•·▪●◦*]|-(?=\s))\s*)?(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    # the weekday may be cut to its label (2023年5月26日 星期, an e-paper's header; ul02)
    r"(?:\s*(?:星期[一二三四五六日天]?|周[一二三四五六日天]))?\s*$"
)
# a scraper's "date 2025-08-30" label in front of the first paragraph
_SCRAPER_DATE_RE = re.compile(
    r"^\s*(?:date\s+|日期\s*[::]\s*)(\d{4}|1\d{2})-(\d{1,2})-(\d{1,2})(?!\d)", re.I
)
_TRAILING_DATE_RE = re.compile(r"(?<![\d-])(\d{4})-(\d{1,2})-(\d{1,2})$")
# the same in brackets, cut from a headline: …優秀人才《2015/6/13》
_TITLE_BRACKET_DATE_RE = re.compile(
    r"[《(（\[【]\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*[》)）\]】]$"
)
# an e-paper's page, byline and issue date cut from the headline (版次:A02  作者:  2025年04月19日)
_EPAPER_TAIL_DATE_RE = re.compile(EPAPER_HEADLINE_TAIL + "$")
# a date whose 年 and 月 a scrape dropped, on its own line: 20231129日(星期三)
_COMPACT_DATE_LINE_RE = re.compile(
    r"^\s*(\d{4})(\d{2})(\d{2})日\s*(?:[((](?:星期|周)[一二三四五六日天][))])?\s*$"
)
# the issue date of the newspaper a repost was printed in: 《中国教育报》2019年07月27日第1版,
# 文章原载《HK01》2024年3月19日
_PRINT_ISSUE_DATE_RE = re.compile(PRINT_ISSUE)
_PRINT_LINE_DATE_RE = re.compile(PRINT_LINE)
# a blog byline of author and date joined by a dash: 作者:本社编辑部 - 2025-07-14
_AUTHOR_DASH_DATE_RE = re.compile(
    r"作者\s*[::]\s*[^\s\d::]{1,16}\s+[-–—]\s+(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"
)
# a source field then the date, and a counter behind (来源:网络 2025-03-10 338; validation hh10)
_SOURCE_THEN_DATE_RE = re.compile(
    r"来源\s*[::]\s*[^\s\d]{1,20}\s+(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)(?:\s+\d{1,7})?\s*$"
)
# month/day/year after a date label (發布日期:9/5/2025 on Taiwanese government pages)
_MDY_DATE_RE = re.compile(
    r"(?:发布日期|发布时间|更新日期|日期)\s*[::]\s*(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)"
)
# a content system's header date with the month in words (週三, 20 三月 2019 15:25), and an
# e-paper's page line closing on the issue date and weekday: as cleaning marks them
_DAY_MONTH_WORD_YEAR_RE = re.compile(DAY_MONTH_WORD_DATE_LINE)
_MONTH_DAY_YEAR_RE = re.compile(MONTH_DAY_YEAR_DATE_LINE)
_WEEKDAY_DATE_END_RE = re.compile(WEEKDAY_DATE_LINE)
_LEADING_DATE_RE = re.compile(
    r"^\s*(?:(?:[•·▪●◦*【\[((]|-(?=\s))\s*)?(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)"
)
# a wire dateline opening the story, with the year: 德国科隆2023年9月28日 /美通社/ --,
# 帝力,2025年6月4日(TATOLI)-,
# 北京2024年5月17日电, 2021年12月9日内比都讯: (a place of at most 12 characters, then the
# full date and the agency between slashes or 电, or a place and 讯); a story's first
# sentence that merely starts with a date (2024年5月17日,我校举行…) is no dateline
_DATELINE_RE = re.compile(
    r"^[\u4e00-\u9fff·\s]{0,12}[,，]?\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*"
    r"(?:/\s*[\u4e00-\u9fffA-Za-z]{2,10}\s*/|电"
    # a foreign agency's dateline in translation: 帝力,2025年6月4日(TATOLI)- (wx07)
    r"|[(（]\s*[A-Za-z\u4e00-\u9fff .]{2,20}\s*[)）]\s*[-—–]"
    # a paper's dateline with the date before the place: 2021年12月9日内比都讯: (zx04)
    r"|[\u4e00-\u9fff]{0,8}?讯(?!息)\s*[::(（]?)"
)
# a release service's stamp opening the story, its date without separators:
# (中央社讯息服务20170220 15:03:21)101年教育部…
_WIRE_STAMP_RE = re.compile(
    r"^\s*[((][\u4e00-\u9fff]{2,12}\s*(\d{4})(\d{2})(\d{2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*[))]"
)
# a date standing as one field of a bar-separated metadata row:
# 公告讯息 资料组长 - 辅导室 | 2026-01-19 | 点阅数: 12
# also the last field (办公室 | 2022-01-13, xp08), and fields split by slashes
# (首页 > 教育新闻 > 新闻阅读存档/2012-05-02 / 加入收藏 / 阅读, ww11)
_BAR_FIELD_DATE_RE = re.compile(r"[|｜]\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*(?:[|｜]|$)")
_SLASH_FIELD_DATE_RE = re.compile(r"(?<![\d/])/\s*(\d{4})-(\d{1,2})-(\d{1,2})\s+/(?![\d/])")
# a bare date followed by the source or a counter on the same metadata line:
# 2022年11月21日  来源:衢州职业技术学院 (also behind a spam address glued before it, and in
# brackets after the site's address: www.gcdr.gov.cn (2026-01-23) 来源:…, vg02)
_DATE_THEN_LABEL_RE = re.compile(
    r"(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*[)）]?\s+"
    r"(?:来源|作者|浏览|点击|阅读)(?:次数|量|数)?\s*[::]"
)
# an outlet's bracketed dateline with the full date opening the story:
# 【新唐人2012年10月20日讯】(中央社记者…专电)…
_BRACKET_DATELINE_RE = re.compile(
    r"^\s*[【\[]\s*[\u4e00-\u9fff]{0,12}(\d{4})年(\d{1,2})月(\d{1,2})日\s*讯\s*[】\]]"
)
# a site's name and address, then the date: 中国发展门户网 www.chinagate.com.cn  2007 年 05 月 06 日 (vj06)
_ADDRESS_DATE_RE = re.compile(
    r"(?:www\.|https?://)[\w./-]+\s*[(（]?\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})"
    r"\s*日?\s*[)）]?\s*$"
)
# a school news system's byline, the unit, the date and the views:
# 重庆工商职业学院 2021-10-20 121 (yf04)
_NAME_DATE_COUNT_RE = re.compile(r"^[\u4e00-\u9fff]{2,20}\s+(\d{4})-(\d{1,2})-(\d{1,2})\s+\d{1,7}$")
# a notice's signature, the issuing office and the date on one line:
# 陕西省教育厅办公室 2014年3月4日
_SIGNATURE_DATE_RE = re.compile(SIGNATURE_DATE_LINE)
_SOURCE_RE = skipping(r"来源\s*[::|｜]\s*([^\s|,,::]+)(?=[\s|,,]|$)")
_AUTHOR_RE = re.compile(r"作者\s*[::|｜]\s*([^\s|,,()()]+)")
_REPORTER_RES = [
    re.compile(r"[((]\s*记者\s*([\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*)\s*[))]"),
    re.compile(r"记者\s+([\u4e00-\u9fff]{2,4})(?=\s*[/\s))]|$)"),
]
_EDITOR_RE = re.compile(r"(?:责任编辑|责编|编辑)\s*[::]\s*([\u4e00-\u9fff]{2,4})")


_EN_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for m in names
}
_EN_MONTH = r"(" + "|".join(sorted(_EN_MONTHS, key=len, reverse=True)) + r")\.?"
_EN_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
# an English date in a header line: the whole line (Thursday, December 10, 2009, yy03),
# or after an update or post label (Last Updated:Oct 14, 2025 15:47, wi09; (Latest Update
# December 4, 2024), yo09)
_EN_MONTH_DATE_RE = re.compile(
    r"^\s*[((]?\s*(?:(?:last|latest)\s+)?(?:updated?|posted|published|date)?\s*(?:on\s+)?[::]?\s*"
    # (a time may come first: 08:07, July 11, 2025 People's Daily Online; ud03)
    r"(?:\d{1,2}:\d{2}(?::\d{2})?,?\s+)?"
    rf"(?:{_EN_WEEKDAY},?\s+)?{_EN_MONTH}\s+(\d{{1,2}}),?\s+(\d{{4}})(?!\d)"
    # then only a time, a closing bracket, the next field's label or the outlet's name
    r"(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?\s*(?:[))|｜]|$|\w+\s*[::]"
    r"|[A-Z][\w'.]*(?:\s+[A-Z][\w'.]*){0,4}\s*$)",
    re.I,
)
# an English date glued behind an English headline, cut from it (…visit our CollegeSeptember
# 9, 2016; ud10)
_EN_TRAILING_DATE_RE = re.compile(EN_GLUED_DATE + "$")
# a forum's ctime stamp, as cleaning marks it (時間Sun Aug 1 15:31:22 2010, tt05)
_CTIME_DATE_RE = re.compile(CTIME_DATE_LINE)
# a day-first date with dots or dashes, alone or with its time or a post label:
# 03.05.2016 16:11 (kk04), 06-11-2020 (ys03), 大灰狠 发表于 17-7-2015 10:55:12 (zi03)
_DMY_DATE_RE = re.compile(
    r"(?:^\s*|发表于\s*|发布于\s*)(\d{1,2})([.-])(\d{1,2})\2(\d{4})"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
)
# a Taiwanese paper's compact date glued to its byline: 20211022文/郭文正 (gg08)
_COMPACT_BYLINE_DATE_RE = re.compile(COMPACT_BYLINE_DATE)


def _date(m: re.Match[str]) -> pd.Timestamp:
    if m.re in (_EN_MONTH_DATE_RE, _CTIME_DATE_RE, _EN_TRAILING_DATE_RE):  # Month D, YYYY
        month, d, y = m.groups()
        if month.lower() not in _EN_MONTHS:
            return pd.NaT
        mo = str(_EN_MONTHS[month.lower()])
    elif m.re is _DMY_DATE_RE:  # D.M.YYYY, D-M-YYYY (group 2 is the separator)
        y, mo, d = m.group(4), m.group(3), m.group(1)
    elif m.re is _MDY_DATE_RE:  # month/day/year; day/month/year when the first cannot be a
        y, mo, d = (
            m.group(3),
            m.group(1),
            m.group(2),
        )  # month (Hong Kong's 發佈日期:26/8/2020, yb01)
        if int(mo) > 12 >= int(d):
            mo, d = d, mo
    elif m.re is _MONTH_DAY_YEAR_RE:  # 12月 16, 2016
        y, mo, d = m.group(3), m.group(1), m.group(2)
    elif m.re is _DAY_MONTH_WORD_YEAR_RE:  # 20 三月 2019
        y, mo, d = m.group(3), str(_cn_int(m.group(2))), m.group(1)
    elif m.re is _CN_DATE_LINE_RE:  # 二○一一年四月十四日
        y, mo, d = (str(_cn_int(g)) for g in m.groups())
    else:
        y, mo, d = m.group(1), m.group(2), m.group(3)
    year = int(y)
    if year < 200:  # a Republic-of-China year (Taiwan): 113 → 2024
        year += 1911
    if not 1990 <= year <= 2100:
        return pd.NaT
    try:
        return pd.Timestamp(year, int(mo), int(d))
    except ValueError:
        return pd.NaT


def _title_lines(cleaned: Cleaned) -> list[str]:
    """The title's line as it was before a date glued to it was cut."""
    return [
        c.before
        for c in cleaned.changes
        if c.rule == "headline_suffix" and cleaned.title and c.after == cleaned.title
    ]


def _first_match(regexes, lines: list[str]) -> re.Match[str] | None:
    """The first match of the first regex (in priority order) that matches any line."""
    for regex in regexes:
        for line in lines:
            m = regex.search(line)
            if m:
                return m
    return None


def extract_metadata(cleaned: Cleaned) -> dict:
    """Title, publication date, source, author and editor from the page around the body.

    Dates, sources and editors are read only from lines that are not article prose
    (headers, bylines, credits), so a date mentioned in the story is never taken for
    the publication date. Labelled fields (``发布时间:``, ``来源:``, ``作者:``,
    ``责任编辑:``) win; a bare ``YYYY-MM-DD hh:mm`` in a header line comes next. The
    reporter is read from ``作者:`` or a ``(记者 某某)`` / ``记者 某某/文`` credit,
    wherever it is.

    Returns
    -------
    dict
        ``title``, ``published`` (date, Timestamp or NaT), ``source``, ``author``,
        ``editor`` (None when absent).
    """
    meta_lines = cleaned.meta_lines
    non_body = [meta_lines[no - 1] for no, _, rule in cleaned.lines if rule is not None]
    first_body = next((no for no, _, rule in cleaned.lines if rule is None), None)
    header = [
        meta_lines[no - 1]
        for no, _, rule in cleaned.lines
        if rule is not None and (first_body is None or no < first_body)
    ]
    # the byline under the headline, down to the story: News586 林明佑 2024-11-26
    byline: list[str] = []
    if cleaned.title is not None and first_body is not None:
        story = next(
            (no for no, _, rule in cleaned.lines if rule is None and no > first_body), None
        )
        byline = [
            meta_lines[no - 1]
            for no, _, rule in cleaned.lines
            if rule is not None and first_body < no < (story or len(meta_lines) + 1)
        ]
    opening = list(islice((meta_lines[no - 1] for no, _, rule in cleaned.lines if rule is None), 2))
    # where a publication date is looked for, in priority order
    searches = (
        ((_LABELED_DATE_RE, _BARE_DATETIME_RE), non_body),
        ((_SCRAPER_DATE_RE,), meta_lines[:3]),
        (
            (_TRAILING_DATE_RE, _TITLE_BRACKET_DATE_RE, _EPAPER_TAIL_DATE_RE, _EN_TRAILING_DATE_RE),
            _title_lines(cleaned),
        ),
        # a headline copy above the story that another copy beat for the title
        (
            (_TITLE_BRACKET_DATE_RE,),
            [
                c.before
                for c in cleaned.changes
                if c.rule == "headline_suffix" and (first_body is None or c.line_no < first_body)
            ],
        ),
        ((_DATE_LINE_RE, _LEADING_DATE_RE, _TRAILING_DATE_RE, _COMPACT_DATE_LINE_RE), byline),
        ((_DATE_LINE_RE, _LEADING_DATE_RE), header),
        (
            (_MDY_DATE_RE, _SOURCE_THEN_DATE_RE, _DAY_MONTH_WORD_YEAR_RE, _MONTH_DAY_YEAR_RE),
            non_body,
        ),
        ((_PRINT_ISSUE_DATE_RE, _PRINT_LINE_DATE_RE), non_body),
        ((_AUTHOR_DASH_DATE_RE,), non_body + opening),  # a byline, or a page scraped as one line
        ((_LEADING_DATE_RE, _CN_DATE_LINE_RE), non_body),
        ((_EN_MONTH_DATE_RE, _CTIME_DATE_RE, _DMY_DATE_RE, _COMPACT_BYLINE_DATE_RE), non_body),
        (
            (
                _BAR_FIELD_DATE_RE,
                _SLASH_FIELD_DATE_RE,
                _ADDRESS_DATE_RE,
                _DATE_THEN_LABEL_RE,
                _SIGNATURE_DATE_RE,
                _WEEKDAY_DATE_END_RE,
                _NAME_DATE_COUNT_RE,
            ),
            non_body,
        ),
        # the story's dateline: its first line, or the one under the headline (zx04)
        ((_DATELINE_RE, _BRACKET_DATELINE_RE), opening),
        ((_WIRE_STAMP_RE,), opening),  # a release stamp opening the story under the headline
    )
    m = next((m for regexes, lines in searches if (m := _first_match(regexes, lines))), None)
    published = _date(m) if m else pd.NaT
    m = _first_match((_SOURCE_RE,), non_body)
    source = m.group(1) if m else None
    if source is None:
        site = [meta_lines[no - 1] for no, _, r in cleaned.lines if r == "site_name"]
        source = site[0] if site else None
    m = _first_match((_AUTHOR_RE,), non_body) or _first_match(_REPORTER_RES, meta_lines)
    author = "、".join(m.group(1).split()) if m else None
    m = _first_match((_EDITOR_RE,), meta_lines)
    editor = m.group(1) if m else None
    return {
        "title": cleaned.title,
        "published": published,
        "source": source,
        "author": author,
        "editor": editor,
    }


# ---------------------------------------------------------------------------
# rows

HTML_SUFFIXES = (".html", ".htm")


def is_html_path(path: str | None) -> bool:
    """Whether a corpus row's ``path`` names a web page (read with trafilatura).

    Examples
    --------
    >>> is_html_path("pages/a.HTML"), is_html_path("table.csv#3"), is_html_path(None)
    (True, False, False)
    """
    return bool(path) and str(path).lower().endswith(HTML_SUFFIXES)


def _clean_document(raw: str, html: bool, invalid_bytes: bool):
    """Cleaning of one document: ``(Cleaned, changes, html metadata or None)``."""
    page = None
    changes: list[Change] = []
    body = raw
    if html:
        page = extract_html(raw)
        body = page.text
        changes.append(Change(0, "converted", "html_extraction", raw, body))
    cleaned = clean(body, invalid_bytes=invalid_bytes)
    return cleaned, changes + cleaned.changes, page


def document_changes(raw: str, path: str | None, problems: tuple[str, ...] = ()) -> list[Change]:
    """Every change cleaning makes to one document, as :func:`build_row` made them.

    Cleaning is pure, so this re-derives the audit of a corpus row from its
    ``text_raw``, ``path`` (a web page is extracted first) and ``problems`` (invalid
    bytes are counted).

    Examples
    --------
    >>> [c.rule for c in document_changes("标题很好看的一行字\\n分享到:", None)]
    ['share_widget']
    """
    if not isinstance(raw, str) or not raw.strip():
        return []
    return _clean_document(raw, is_html_path(path), "invalid_bytes" in problems)[1]


def bare_row(
    path: str | None, raw: str, encoding: str | None, text: str, problems: tuple[str, ...]
) -> dict[str, Any]:
    """A corpus row whose metadata was not read: no title, date, source, author or editor,
    Simplified script - an empty or undecodable file (:func:`build_row`), or a text taken
    as already clean (``corpus_from_texts(..., clean=False)``).

    Examples
    --------
    >>> bare_row(None, "产教融合。", "str", "产教融合。", ())["n_chars"]
    5
    """
    return {
        "path": path,
        "title": None,
        "published": pd.NaT,
        "source": None,
        "author": None,
        "editor": None,
        "script": "simplified",
        "encoding": encoding,
        "text_raw": raw,
        "text": text,
        "n_chars": len(text),
        "problems": problems,
    }


def build_row(
    doc_id: str,
    path: str | None,
    raw: str,
    encoding: str | None,
    problem: str | None = None,
    meta: dict | None = None,
) -> dict:
    """Clean one decoded document and return its corpus row (without ``doc_id``).

    Parameters
    ----------
    doc_id, path : str
        The row's key and where it was read (a ``.html``/``.htm`` path is a web page:
        its article is extracted with trafilatura before cleaning).
    raw : str
        The decoded text, unmodified (it becomes ``text_raw``).
    encoding : str or None
        The encoding it was decoded from.
    problem : str, optional
        What decoding found: ``'empty'``, ``'undecodable'`` (the row has no text) or
        ``'invalid_bytes'`` (the text is kept and cleaned).
    meta : dict, optional
        Metadata given with the text (``title``, ``published``, ``source``,
        ``author``), e.g. by a table's columns; it wins over what cleaning finds.

    Returns
    -------
    dict
        The corpus columns, plus ``_changes``: the list of :class:`Change` cleaning
        made (the audit of this row).
    """
    if problem not in (None, "invalid_bytes") or not raw.strip():
        flag = problem if problem not in (None, "invalid_bytes") else "empty"
        return {**bare_row(path, raw, encoding, "", (flag,)), "_changes": []}
    cleaned, changes, page = _clean_document(raw, is_html_path(path), problem == "invalid_bytes")
    found = extract_metadata(cleaned)
    if page is not None:  # what the page's markup states wins over the text's guesses
        found["title"] = page.title or found["title"]
        found["published"] = _date_or_nat(page.published) if page.published else found["published"]
        found["author"] = page.author or found["author"]
        found["source"] = found["source"] or page.source
    for key, value in (meta or {}).items():
        if value is None or (not isinstance(value, str) and pd.isna(value)):
            continue
        found[key] = _date_or_nat(value) if key == "published" else value
    flags = [problem] if problem else []
    flags += cleaned.flags
    if not cleaned.text:
        flags.insert(0, "empty")
    if found["title"] is None:
        flags.append("no_title")
    if found["published"] is pd.NaT:
        flags.append("no_published_date")
    return {
        "path": path,
        **found,
        "script": cleaned.script,
        "encoding": encoding,
        "text_raw": raw,
        "text": cleaned.text,
        "n_chars": len(cleaned.text),
        "problems": tuple(flags),
        "_changes": changes,
    }


__all__ = ["build_row", "document_changes", "extract_metadata", "is_html_path"]
