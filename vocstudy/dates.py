"""Dates in Chinese news sentences, resolved against the publication date.

:func:`resolve_dates` finds date expressions (``2024年7月24日``, ``7月24日``, ``24日``,
``二〇二三年十月``, ``今年``, ``昨天``, ranges ``9月12日至18日``) and resolves each to the
day it names. A month-day without a year takes the publication year, moved by the
window rule (:data:`FUTURE_WINDOW_DAYS`); a day alone takes the publication month.
Expressions vaguer than a month (今年, 上半年, 年底) resolve to NaT.

Used by :mod:`vocstudy.event_extraction` to date events.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

import pandas as pd

#: A future marker just before a date expression (将于5日): the date may lie ahead.
FUTURE_MARKER = r"(?:将|拟|定于|预计|计划)"
#: A month-day without a year takes the publication year, unless that falls more than
#: this many days after publication (then the previous year); with a future marker
#: (将于1月10日) a date more than this many days *before* publication moves a year on.
FUTURE_WINDOW_DAYS = 183
_FUTURE_RE = re.compile(FUTURE_MARKER)

_CN = "〇零一二三四五六七八九"
# (○, a circle, and 0, a digit, stand for 〇 in typed years: 二○一八年, 二0二五年)
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "0": 0}
_MONTH = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
_DAY = r"3[01]|[12][0-9]|0?[1-9]|[二三]十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"
_SEP = r"\s*(?:至|到|—{1,2}|–|-|~|~)\s*"
# Every alternative starts with one of these characters; the look-ahead in front lets
# the engine skip the other positions at once (the matches are unchanged).
_DATE_FIRST = f"0-9{_CN}十去今明前本当同次该年上下昨后"
_DATE_RE = re.compile(
    rf"""
    (?=[{_DATE_FIRST}])(?:
    (?P<iso>(?P<iy>(?:19|20)\d{{2}})[-/.](?P<im>1[0-2]|0?[1-9])[-/.](?P<id>3[01]|[12]\d|0?[1-9]))(?!\d)
    |(?:(?P<year>(?:19|20)\d{{2}}|[{_CN}]{{4}})年|(?P<rel>[去今明前本])年|(?P<ctx>[当同次该])年|(?P<strip>年))?
      (?P<month>{_MONTH})月份?
      (?:(?P<day>{_DAY})(?:[日号]|(?={_SEP}(?:(?:{_MONTH})月)?(?:{_DAY})[日号])))?
      (?:{_SEP}(?:(?:{_MONTH})月)?(?:{_DAY})[日号])?
      (?:上旬|中旬|下旬|初|底|末)?
    |(?P<vague>(?:(?:19|20)\d{{2}}年|[去今明前本]年|年)?(?:上半年|下半年|年初|年底|年末|年中|[一二三四]季度)
      |[去今明前本]年(?!度))
    |(?P<relm>[本上下当])月(?:(?P<rmday>{_DAY})[日号])?(?:上旬|中旬|下旬|初|底|末)?
    |(?P<relday>今天|今日(?!头条|中国|说|关注|焦点|之)|昨天|昨日|前天|明天|明日(?!之|星)|后天)
    |(?P<dday>3[01]|[12]\d|0?[1-9])日(?!内|以内|之内|游)(?:{_SEP}(?:3[01]|[12]\d|0?[1-9])日)?
    )""",
    re.X,
)
#: Characters that, just before a month with no year, show it is not a date (3个月, 每月…).
_MONTH_BLOCK = set("0123456789.〇零一二三四五六七八九十两几数每个第上下本前后次当年")
#: Characters that, just before a bare 年 + month, make it a word (每年9月, 近年) rather
#: than a year whose digits the source stripped (于年9月16日).
_STRIP_BLOCK = set(
    "0123456789〇零一二三四五六七八九十百千万两几数多半今去明前后本当同次该每上下近元新跨学财历早晚全逐连往常长翌隔来周整头末"
)
_DAY_BLOCK = set("0123456789.月年号第〇零一二三四五六七八九十")
_CONNECT_RE = re.compile(r"\s*(?:和|与|及|、|或|至|到|,|,)?\s*")
_REL_YEAR = {"去": -1, "今": 0, "本": 0, "明": 1, "前": -2}
_REL_DAY = {
    "今天": 0,
    "今日": 0,
    "昨天": -1,
    "昨日": -1,
    "前天": -2,
    "明天": 1,
    "明日": 1,
    "后天": 2,
}


class DateMention(NamedTuple):
    """A date expression in a sentence and the date it resolves to.

    ``date`` is the day it names (the first day of a range; the first day of the month
    for a month), or NaT when the year cannot be known or the expression is vaguer than
    a month (今年, 上半年, 年底).
    """

    start: int
    end: int
    date: pd.Timestamp
    text: str


def _cn_int(s: str) -> int:
    """``"12"``, ``"十二"``, ``"二十三"``, ``"二〇二三"`` → int."""
    if s.isascii():
        return int(s)
    digits = _CN_DIGITS
    if "十" not in s:
        return int("".join(str(digits[c]) for c in s))
    tens, _, ones = s.partition("十")
    return (digits[tens] if tens else 1) * 10 + (digits[ones] if ones else 0)


def _timestamp(y: int, m: int, d: int = 1) -> pd.Timestamp:
    try:
        return pd.Timestamp(year=y, month=m, day=d)
    except ValueError:  # 2月30日, 4月31日
        return pd.NaT


def to_day(value: Any) -> pd.Timestamp:
    """The day a date-like value names (time and time zone dropped); NaT when it is
    missing or not a date.

    Examples
    --------
    >>> to_day("2024-05-17T10:21:00+08:00"), to_day("not a date")
    (Timestamp('2024-05-17 00:00:00'), NaT)
    """
    if value is None:
        return pd.NaT
    if (
        type(value) is pd.Timestamp  # already a day (what a corpus' column holds)
        and value.tzinfo is None
        and not (
            value.hour or value.minute or value.second or value.microsecond or value.nanosecond
        )
    ):
        return value
    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError):
        return pd.NaT
    if pd.isna(ts):
        return pd.NaT
    if ts.tzinfo is not None:
        ts = ts.tz_localize(None)
    return ts.normalize()


_to_published = to_day


def _yearless(m: int, d: int | None, pub: pd.Timestamp, future: bool) -> pd.Timestamp:
    """Month(-day) without a year: the publication year, moved by the window rule."""
    if pd.isna(pub):
        return pd.NaT
    cand = _timestamp(pub.year, m, d or 1)
    if pd.isna(cand):
        return pd.NaT
    window = pd.Timedelta(days=FUTURE_WINDOW_DAYS)
    if not future and cand > pub + window:
        return _timestamp(pub.year - 1, m, d or 1)
    if future and cand < pub - window:
        return _timestamp(pub.year + 1, m, d or 1)
    return cand


def _day_only(d: int, pub: pd.Timestamp, future: bool) -> pd.Timestamp:
    """A day without month: the publication month; a day after publication is taken as
    last month's unless a future marker (将于28日) says it lies ahead, and a day before
    publication with a future marker as next month's."""
    if pd.isna(pub):
        return pd.NaT
    y, m = pub.year, pub.month
    if not future and d > pub.day:
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    elif future and d < pub.day:
        y, m = (y, m + 1) if m < 12 else (y + 1, 1)
    return _timestamp(y, m, d)


def _scan_dates(sentence: str, published: Any) -> list[tuple[int, int, pd.Timestamp, str, bool]]:
    """All date expressions: ``(start, end, date, text, precise)``; ``precise`` is True
    for day- and month-level expressions (the ones that can date an event)."""
    pub = _to_published(published)
    out: list[tuple[int, int, pd.Timestamp, str, bool]] = []
    # year basis of the previous expression, inherited across 和/、/至 (4月和7月)
    prev_end = -10
    prev_basis: tuple[str, int | None, int | None] | None = None
    for m in _DATE_RE.finditer(sentence):
        s, e, text = m.start(), m.end(), m.group(0)
        before = sentence[s - 1] if s else ""
        left = sentence[max(0, s - 6) : s]
        future = bool(_FUTURE_RE.search(left))
        connected = (
            prev_basis is not None and _CONNECT_RE.fullmatch(sentence[prev_end:s]) is not None
        )
        g = m.groupdict()
        if g["iso"]:
            if before.isdigit():
                continue
            date = _timestamp(int(g["iy"]), int(g["im"]), int(g["id"]))
            basis = ("explicit", int(g["iy"]), int(g["im"]))
            out.append((s, e, date, text, True))
        elif g["month"]:
            month = _cn_int(g["month"])
            day = _cn_int(g["day"]) if g["day"] else None
            if g["year"]:
                if before.isdigit():
                    continue
                y = _cn_int(g["year"])
                date, basis = _timestamp(y, month, day or 1), ("explicit", y, month)
            elif g["rel"]:
                if pd.isna(pub):
                    date, basis = pd.NaT, ("unknown", None, month)
                else:
                    y = pub.year + _REL_YEAR[g["rel"]]
                    date, basis = _timestamp(y, month, day or 1), ("explicit", y, month)
            elif g["ctx"]:  # 当年/同年: a year set elsewhere in the text
                date, basis = pd.NaT, ("unknown", None, month)
            elif g["strip"]:
                if before in _STRIP_BLOCK:  # 每年9月, 近年…: not a date at all
                    continue
                date, basis = pd.NaT, ("unknown", None, month)  # digits stripped by the source
            else:
                if before in _MONTH_BLOCK:
                    continue
                if connected and prev_basis[0] != "pub":
                    kind, y, _ = prev_basis
                    date = _timestamp(y, month, day or 1) if kind == "explicit" else pd.NaT
                    basis = (kind, y, month)
                else:
                    date = _yearless(month, day, pub, future)
                    basis = ("pub", None, month)
            out.append((s, e, date, text, True))
        elif g["vague"]:
            if g["vague"].startswith("年") and before in _STRIP_BLOCK:
                continue
            basis = None
            out.append((s, e, pd.NaT, text, False))
        elif g["relm"]:
            rday = _cn_int(g["rmday"]) if g["rmday"] else None
            if g["relm"] == "当" or pd.isna(pub):
                date, basis = pd.NaT, ("unknown", None, None)
            else:
                shift = {"本": 0, "上": -1, "下": 1}[g["relm"]]
                first = (pub.replace(day=1) + pd.DateOffset(months=shift)).normalize()
                date = _timestamp(first.year, first.month, rday or 1)
                basis = ("explicit", first.year, first.month)
            out.append((s, e, date, text, True))
        elif g["relday"]:
            date = pub + pd.Timedelta(days=_REL_DAY[g["relday"]]) if not pd.isna(pub) else pd.NaT
            basis = ("pub", None, None)
            out.append((s, e, date, text, True))
        else:  # day only
            if before in _DAY_BLOCK:
                continue
            d = int(g["dday"])
            if connected and prev_basis[2] is not None:  # 4月3日和5日
                kind, y, mo = prev_basis
                if kind == "explicit":
                    date = _timestamp(y, mo, d)
                elif kind == "pub":
                    date = _yearless(mo, d, pub, future)
                else:
                    date = pd.NaT
            else:
                date = _day_only(d, pub, future)
            basis = prev_basis if connected else ("pub", None, None)
            out.append((s, e, date, text, True))
        prev_end, prev_basis = e, basis
    return out


def resolve_dates(sentence: str, published: Any = None) -> list[DateMention]:
    """Find the date expressions in a sentence and resolve them.

    Parameters
    ----------
    sentence : str
        A sentence (or any text) of cleaned Simplified Chinese.
    published : Timestamp, str or None
        Publication date of the article; NaT/None when unknown.

    Returns
    -------
    list of DateMention
        ``(start, end, date, text)`` in reading order. Rules (see ``events.md``):
        ``2023年7月15日``/``2023-07-15`` explicit; ``7月23日`` takes the publication
        year unless that lies more than ``FUTURE_WINDOW_DAYS`` after publication (then the
        year before); ``23日`` takes the publication month, or the month before if the
        day is later than publication; a future marker (将/拟/定于/预计/计划) just before
        lets a date lie ahead instead; ``去年9月``/``今年5月``/``明年3月`` count from the
        publication year; a range (``9月12日至18日``) gives its first day; a month alone
        gives its first day; ``今天``/``昨天`` count from publication. NaT when the year
        cannot be known - no publication date, ``当年``, or a year whose digits the
        source stripped (``于年9月16日``) - and for year-level expressions (``今年``,
        ``上半年``, ``年底``), which are listed but too vague to date an event.

    Examples
    --------
    >>> [(m.text, str(m.date.date())) for m in resolve_dates("7月23日举行", "2024-07-24")]
    [('7月23日', '2024-07-23')]
    >>> resolve_dates("于年9月16日举行", "2024-07-24")[0].date
    NaT
    """
    return [DateMention(s, e, d, t) for s, e, d, t, _ in _scan_dates(sentence, published)]


__all__ = ["DateMention", "FUTURE_WINDOW_DAYS", "resolve_dates"]
