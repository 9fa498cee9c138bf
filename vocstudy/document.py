"""One document: decoded text → cleaned text, metadata and flags → a corpus row.

Shared by every way a corpus is built (files, tables, texts in memory), so they all
clean and flag alike.
"""

from __future__ import annotations

import re

import pandas as pd

from .cleaning import Cleaned, clean

# ---------------------------------------------------------------------------
# metadata

_DATE_PART = r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})"
_LABELED_DATE_RE = re.compile(
    r"(?:发布时间|发布日期|发表时间|发稿时间|创建时间|时间|日期)\s*[::]\s*" + _DATE_PART
)
_BARE_DATETIME_RE = re.compile(_DATE_PART + r"日?\s*\d{1,2}:\d{2}")
_SOURCE_RE = re.compile(r"来源\s*[::]\s*([^\s|,,]+)")
_AUTHOR_RE = re.compile(r"作者\s*[::]\s*([^\s|,,()()]+)")
_REPORTER_RES = [
    re.compile(r"[((]\s*记者\s*([\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*)\s*[))]"),
    re.compile(r"记者\s+([\u4e00-\u9fff]{2,4})(?=\s*[/\s))]|$)"),
]
_EDITOR_RE = re.compile(r"(?:责任编辑|责编|编辑)\s*[::]\s*([\u4e00-\u9fff]{2,4})")


def _date(m: re.Match[str]) -> pd.Timestamp:
    try:
        return pd.Timestamp(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return pd.NaT


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
    m = _first_match((_LABELED_DATE_RE, _BARE_DATETIME_RE), non_body)
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

def build_row(doc_id: str, path: str | None, raw: str, encoding: str | None,
              problem: str | None = None) -> dict:
    """Clean one decoded document and return its corpus row (without ``doc_id``)."""
    if problem is not None or not raw.strip():
        flag = problem or "empty"
        return {
            "path": path, "title": None, "published": pd.NaT, "source": None,
            "author": None, "editor": None, "script": "simplified", "encoding": encoding,
            "text_raw": raw, "text": "", "n_chars": 0, "problems": (flag,),
            "_changes": (),
        }
    cleaned = clean(raw)
    meta = extract_metadata(cleaned)
    flags = list(cleaned.flags)
    if not cleaned.text:
        flags.insert(0, "empty")
    if meta["title"] is None:
        flags.append("no_title")
    if meta["published"] is pd.NaT:
        flags.append("no_published_date")
    return {
        "path": path,
        **meta,
        "script": cleaned.script,
        "encoding": encoding,
        "text_raw": raw,
        "text": cleaned.text,
        "n_chars": len(cleaned.text),
        "problems": tuple(flags),
    }


__all__ = ["build_row", "extract_metadata"]
