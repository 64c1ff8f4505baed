"""Main text, title and date of an HTML report.

trafilatura (``favor_precision``) finds the article body and drops
navigation, sidebars and footers; tables stay *in* because Chinese
government sites lay whole pages out in tables and excluding them loses the
body.  Table rows come out as ``| cell | cell |`` lines; the pipes are
removed so the clean step sees prose.  Truncated or garbage markup must not
stop a corpus run: when trafilatura finds nothing, the tag-stripped text of
the page is used instead.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.etree
import lxml.html

from cityaid.read.dates import find_full_date, iso_date
from cityaid.read.errors import ReadError

#: Characters of the page head searched for a publication date when the
#: metadata has none (dateline, "发布时间:" line).
_DATE_HEAD_CHARS = 400
_BLOCK_TAGS = ("br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
               "table", "section", "article", "header", "footer", "ul", "ol", "dd", "dt")
_TABLE_ROW = re.compile(r"^\|\s?(.*?)\s?\|\s*$")
_BLANK_RUNS = re.compile(r"\n[ \t\u3000]*(?:\n[ \t\u3000]*)+")
_HEADLESS = re.compile(r"\s+")


@dataclass(frozen=True)
class HtmlMain:
    text: str
    title: str | None
    published: str | None


def extract_html(html: str, name: str = "<html>") -> HtmlMain:
    """Main text (title as first line), title and ISO date of ``html``.

    Raises ``ReadError(name, "no main text found in HTML")`` when neither
    trafilatura nor the tag-stripped page yields any text.
    """
    found = _trafilatura(html)
    text = _untable(found.text) if found is not None and found.text else ""
    title = _clean_title(found.title) if found is not None else None
    published = iso_date(found.date) if found is not None and found.date else None
    if not text.strip():
        text, fallback_title = _stripped_text(html)
        title = title or fallback_title
    text = text.strip("\n")
    if not text.strip():
        raise ReadError(name, "no main text found in HTML")
    if title and not _mentions_title(text, title):
        text = f"{title}\n{text}"
    if published is None:
        published = find_full_date(text[:_DATE_HEAD_CHARS])
    return HtmlMain(text=text, title=title, published=published)


def _trafilatura(html: str):
    import trafilatura  # heavy import: only when HTML is met

    try:
        return trafilatura.bare_extraction(
            html,
            favor_precision=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            with_metadata=True,
            # Non-extensive search: the extensive one turns a bare "2020年"
            # in the page into 2020-01-01.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # trafilatura raises assorted lxml/value errors on garbage
        return None


def _untable(text: str) -> str:
    """``| a | b |`` table rows -> ``a  b`` lines."""
    if "|" not in text:
        return text
    lines = []
    for line in text.split("\n"):
        m = _TABLE_ROW.match(line)
        if m:
            line = re.sub(r"\s+\|\s+", "  ", m.group(1)).strip()
        lines.append(line)
    return "\n".join(lines)


def _stripped_text(html: str) -> tuple[str, str | None]:
    """Tag-stripped page text (block elements end lines) and its <title>."""
    try:
        try:
            tree = lxml.html.fromstring(html)
        except ValueError:  # str with an <?xml encoding=...?> declaration
            tree = lxml.html.fromstring(html.encode("utf-8"))
    except (lxml.etree.ParserError, ValueError, TypeError):
        return "", None
    title = None
    for el in tree.iter("title"):
        title = _clean_title(el.text_content())
        break
    for el in list(tree.iter("script", "style", "noscript", "title", lxml.etree.Comment)):
        if el.getparent() is not None:
            el.drop_tree()  # keeps the element's tail text
    for el in tree.iter(*_BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
    text = tree.text_content()
    lines = [" ".join(line.split()) for line in text.split("\n")]
    text = _BLANK_RUNS.sub("\n", "\n".join(lines))
    return text.strip(), title


def _clean_title(title: str | None) -> str | None:
    if not title:
        return None
    title = _HEADLESS.sub(" ", title).strip()
    return title or None


def _key(s: str) -> str:
    return re.sub(r"[\W_]+", "", s)


def _mentions_title(text: str, title: str) -> bool:
    """True when one of the first lines already holds the headline."""
    key = _key(title)
    if not key:
        return True
    head = text.split("\n", 3)[:3]
    return any(key in _key(line) or (_key(line) and _key(line) in key and len(_key(line)) >= 0.6 * len(key))
               for line in head)
