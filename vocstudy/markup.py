"""Markup in articles: HTML pages through trafilatura, stray HTML and Markdown in text.

Two kinds of input carry markup:

* ``.html``/``.htm`` files are web pages. :func:`extract_html` hands them to
  `trafilatura <https://trafilatura.readthedocs.io>`_, the standard article-extraction
  library, which returns the main text and the page's title, date, author and site name.
* ``.txt`` files and table cells saved from a scraper often keep some markup: HTML tags
  and entities (``<p>``, ``&nbsp;``), Markdown images (``![](…)``), links
  (``[text](url)``), headings (``# …``) and menus made only of links.
  :func:`strip_markup` reduces one line of such text to plain text and names each
  change, so cleaning can audit it.
"""

from __future__ import annotations

import html
import re
from typing import NamedTuple

from ._regex import skipping

_TAG_RE = re.compile(
    r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]{0,400})?/?>|<!--.*?-->|<![A-Za-z][^<>]{0,200}>"
)
_ENTITY_RE = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,7}|#[xX][0-9A-Fa-f]{2,6});")
# the alt text may hold bracketed tags of its own (![…添佐证[图文] …[图文]](….webp): wi07)
# or its address cut by the end of a stored page (…](http://…/z)
_IMAGE_RE = skipping(
    r"!\[(?:[^\[\]\n]|\[[^\[\]\n]{0,40}\]){0,300}\]\((?:[^)\n]{0,800}\)|[^)\s]{0,800}$)"
)
_LINK_RE = re.compile(r"\[([^\]\n]{0,300})\]\((?:[^)\s\n]{0,800})(?:\s+\"[^\"\n]{0,200}\")?\)")
_EMPTY_LINK_RE = re.compile(r"\[\s*\]\([^)\n]{0,800}\)")
_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+")
_BULLET_RE = re.compile(r"^\s{0,6}(?:[*+\-•·]|\d{1,3}[.)])\s+")
_EMPHASIS_RE = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# what may stand between the links of a menu line
_MENU_FILLER_RE = re.compile(r"^[\s|/·•*+\-–—>»›<«‹,，、;；:：]*$")


class MarkupChange(NamedTuple):
    """One markup change in a line: the rule and the line after it."""

    rule: str
    after: str


def looks_like_markup(text: str) -> bool:
    """Whether a text carries HTML tags, entities or Markdown images/links.

    Examples
    --------
    >>> looks_like_markup("<p>产教融合</p>"), looks_like_markup("[首页](http://a.cn)")
    (True, True)
    >>> looks_like_markup("5<6,职业教育")
    False
    """
    return bool(
        _TAG_RE.search(text)
        or _ENTITY_RE.search(text)
        or _IMAGE_RE.search(text)
        or _LINK_RE.search(text)
    )


def strip_markup(line: str) -> list[MarkupChange]:
    """Reduce one line of HTML or Markdown to plain text, change by change.

    In order: HTML comments and tags are removed (``html_tag``), entities decoded
    (``html_entity``), Markdown images removed (``markdown_image``); a line made only of
    links (a menu, a related-article list) is removed whole (``link_menu``); otherwise
    links keep their text (``markdown_link``), heading and bullet marks and ``**``
    emphasis are dropped (``markdown_heading``, ``markdown_list``,
    ``markdown_emphasis``).

    Returns
    -------
    list of MarkupChange
        One entry per rule that changed the line, each with the line after it; empty
        when the line carries no markup. The last ``after`` is the plain line (``""``
        for a removed menu line).

    Examples
    --------
    >>> [c.rule for c in strip_markup("<p>校企合作&nbsp;育人</p>")]
    ['html_tag', 'html_entity']
    >>> strip_markup("<p>校企合作&nbsp;育人</p>")[-1].after
    '校企合作\\xa0育人'
    >>> strip_markup("* [首页](/) | [新闻](/news)")[-1]
    MarkupChange(rule='link_menu', after='')
    >>> strip_markup("详见[教育部网站](http://www.moe.gov.cn)通知。")[-1].after
    '详见教育部网站通知。'
    """
    out: list[MarkupChange] = []
    cur = line

    def step(rule: str, new: str) -> None:
        nonlocal cur
        if new != cur:
            out.append(MarkupChange(rule, new))
            cur = new

    if "<" in cur:
        step("html_tag", _TAG_RE.sub("", cur))
    if "&" in cur:
        step("html_entity", _ENTITY_RE.sub(lambda m: html.unescape(m.group(0)), cur))
    if "](" not in cur and not _HEADING_RE.match(cur) and "**" not in cur and "__" not in cur:
        return out
    if "![" in cur:
        step("markdown_image", _IMAGE_RE.sub("", cur))
    if "](" in cur:
        links = _LINK_RE.findall(cur)
        rest = _MENU_FILLER_RE.match(_LINK_RE.sub("", _EMPTY_LINK_RE.sub("", cur)))
        if (links or _EMPTY_LINK_RE.search(cur)) and rest:
            step("link_menu", "")
            return out
        step("markdown_link", _LINK_RE.sub(lambda m: m.group(1), cur))
    step("markdown_heading", _HEADING_RE.sub("", cur))
    if out:  # bullets only in a line that already showed Markdown
        step("markdown_list", _BULLET_RE.sub("", cur))
    step("markdown_emphasis", _EMPHASIS_RE.sub(lambda m: m.group(2), cur))
    return out


class HtmlArticle(NamedTuple):
    """What :func:`extract_html` finds in a web page."""

    text: str
    title: str | None
    published: str | None
    author: str | None
    source: str | None


def extract_html(page: str) -> HtmlArticle:
    """The main text and metadata of a web page, with trafilatura.

    Parameters
    ----------
    page : str
        The decoded HTML.

    Returns
    -------
    HtmlArticle
        ``text`` (paragraphs on their own lines; ``""`` when trafilatura finds no
        article), and ``title``, ``published`` (``YYYY-MM-DD``), ``author``, ``source``
        (the site name) when the page states them, else ``None``.

    Examples
    --------
    >>> page = ("<html><head><title>职教周 - 某网</title></head><body><article>"
    ...         "<h1>职业教育活动周开幕</h1><p>5月10日,职业教育活动周在重庆开幕,"
    ...         "各职业院校开放校园。</p></article></body></html>")
    >>> a = extract_html(page)
    >>> a.title, a.text.splitlines()[-1]
    ('职业教育活动周开幕', '5月10日,职业教育活动周在重庆开幕,各职业院校开放校园。')
    """
    import trafilatura

    doc = trafilatura.bare_extraction(
        page,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        deduplicate=False,
    )
    if doc is None:
        return HtmlArticle("", None, None, None, None)
    get = doc.as_dict().get if hasattr(doc, "as_dict") else doc.get
    text = get("text") or ""
    title = get("title") or None
    # the headline heads the text (as in a .txt article) unless the text already has it
    if title and title.strip() not in (x.strip() for x in text.split("\n")[:10]):
        text = f"{title}\n{text}" if text else title
    return HtmlArticle(
        text, title, get("date") or None, get("author") or None, get("sitename") or None
    )


__all__ = ["HtmlArticle", "MarkupChange", "extract_html", "looks_like_markup", "strip_markup"]
