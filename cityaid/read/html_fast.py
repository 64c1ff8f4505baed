"""Main text of a crawled HTML page: resiliparse first, trafilatura where its text looks poor.

A crawl holds millions of pages, most of them not reports; trafilatura
(``html_main``) reads one page in milliseconds, resiliparse's
``extract_plain_text(main_content=True)`` in a fraction of that.  So the fast
extractor reads every page, and only a page whose fast text looks poor —
too little prose left (a few short lines: navigation, a table-laid
government page whose body the heuristics dropped) — is read again by
trafilatura, the extractor the rest of cityaid uses for HTML.  A page whose
fast text is kept gets html_main's repairs too (a gift list or lead box the
main-content step left out, a ``<br>`` inside a sentence).
``benchmarks/warc_scale.py`` prints the speed of both and how often the
fallback runs.
"""
from __future__ import annotations

from dataclasses import dataclass

from cityaid.read.dates import find_full_date, iso_date
from cityaid.read.errors import ReadError
from cityaid.read.html_main import _DATE_HEAD_CHARS, _clean_title, _mentions_title, extract_html, repair_main_text

#: A line counts as prose from this many characters (a short Chinese sentence).
PROSE_LINE = 20
#: Fast text with fewer prose characters than this is read again by trafilatura.
MIN_PROSE = 120
_DATE_META = ('meta[property="article:published_time"]', 'meta[name="pubdate"]', 'meta[name="PubDate"]',
              'meta[name="publishdate"]', 'meta[itemprop="datePublished"]', 'meta[name="date"]')


@dataclass(frozen=True)
class PageText:
    text: str
    title: str | None
    published: str | None
    extractor: str  # "resiliparse" | "trafilatura"


def prose_chars(text: str) -> int:
    """Characters on lines of at least ``PROSE_LINE`` characters: the body, not the menus."""
    return sum(len(s) for s in (ln.strip() for ln in text.split("\n")) if len(s) >= PROSE_LINE)


def _tree(html: str):
    from resiliparse.parse.html import HTMLTree

    return HTMLTree.parse(html)


def whole_text(tree) -> str:
    """All visible text of a parsed page (menus included): what a pre-filter may look at."""
    from resiliparse.extract.html2text import extract_plain_text

    return extract_plain_text(tree, preserve_formatting=False, alt_texts=False)


def fast_text(html_or_tree) -> PageText:
    """resiliparse's main-content text, title and date; empty text when it found none."""
    from resiliparse.extract.html2text import extract_plain_text

    tree = _tree(html_or_tree) if isinstance(html_or_tree, str) else html_or_tree
    text = extract_plain_text(tree, main_content=True, preserve_formatting=True, list_bullets=False,
                              alt_texts=False)
    lines = [" ".join(ln.split()) for ln in text.split("\n")]
    text = "\n".join(ln for ln in lines if ln)
    title = _clean_title(tree.title)
    published = None
    head = tree.head
    if head is not None:
        for sel in _DATE_META:
            el = head.query_selector(sel)
            if el is not None and el.getattr("content"):
                published = iso_date(el.getattr("content"))
                if published:
                    break
    return PageText(text=text, title=title, published=published, extractor="resiliparse")


def page_text(html: str, name: str = "<html>", keep=None) -> PageText | None:
    """The page's main text (title as first line), title and ISO date; raises ``ReadError`` when empty.

    ``keep(text)``, when given, is asked first about the page's whole visible
    text (a cheap pre-filter): ``None`` comes back for a page it turns down,
    before any main-content extraction.
    """
    try:
        tree = _tree(html)
        if keep is not None and not keep(whole_text(tree)):
            return None
        fast = fast_text(tree)
    except Exception:  # noqa: BLE001 - a parser failure sends the page to trafilatura
        if keep is not None and not keep(html):
            return None
        fast = None
    if fast is not None and prose_chars(fast.text) >= MIN_PROSE:
        text, title, published = fast.text, fast.title, fast.published
        # a list inside the story, a lead box, a <br> inside a sentence: as html_main reads them (only a
        # page the pre-filter kept pays for this parse)
        text = repair_main_text(html, text, title)
        if title and not _mentions_title(text, title):
            text = f"{title}\n{text}"
        if published is None:
            published = find_full_date(text[:_DATE_HEAD_CHARS])
        return PageText(text=text, title=title, published=published, extractor="resiliparse")
    main = extract_html(html, name)  # raises ReadError when nothing is left
    return PageText(text=main.text, title=main.title or (fast.title if fast else None),
                    published=main.published or (fast.published if fast else None), extractor="trafilatura")


__all__ = ["PageText", "ReadError", "fast_text", "page_text", "prose_chars", "whole_text"]
