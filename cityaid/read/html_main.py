"""Main text, title and date of an HTML report.

trafilatura (``favor_precision``) finds the article body and drops
navigation, sidebars and footers; tables stay *in* because Chinese
government sites lay whole pages out in tables and excluding them loses the
body.  Table rows come out as ``| cell | cell |`` lines; the pipes are
removed so the clean step sees prose.  Truncated or garbage markup must not
stop a corpus run: when trafilatura finds nothing, the tag-stripped text of
the page is used instead.

Where trafilatura cannot name the body's container (a ``<div
class="article">`` rather than ``<article>``) it falls back to gathering
paragraphs, and a list or table *inside* the story ("The shipments went
to: <ul><li>Shiga, Japan: 30,000 masks</li>...") is lost with the gifts it
names.  ``_restore_dropped`` puts back the list items, table rows and
headings that stand between two paragraphs trafilatura kept, in page order,
and a lead paragraph in its own box between the headline and the body
(trafilatura keeps the bigger box); what lies before the headline or after
the last kept paragraph (menus, related-news lists, footers) stays out, as
do link lists and share/caption boxes inside the story.  A ``<br>`` that
cuts one sentence in two is undone (``_join_broken_sentences``), and a page
whose metadata and main text hold no date takes the full date nearest above
its story (``_date_above_story``: a "Time" box, a print edition's banner).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape

import lxml.etree
import lxml.html

from cityaid.read.dates import find_english_date, find_full_date, iso_date
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
    if text:
        text = repair_main_text(html, text, found.title)
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
    if published is None:
        published = _date_above_story(html, text, title)
    return HtmlMain(text=text, title=_with_site(html, title), published=published)


_TITLE_ELEMENT = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.S | re.I)


def _with_site(html: str, headline: str | None) -> str | None:
    """The page's ``<title>`` where it is the headline followed by the site's name, else ``headline``.

    trafilatura's title drops the site part (``新闻标题 - 某市人民政府外事办公室``, ``Headline | City of X``),
    yet that part says whose page it is: what 我市/本市/"the city" on it stand for, and whether a
    Chinese-language page is the foreign partner's own.  The headline alone stays the text's first line.
    """
    if not headline:
        return headline
    m = _TITLE_ELEMENT.search(html[:20000])
    if m is None:
        return headline
    whole = _clean_title(unescape(m.group(1)))
    if whole and len(_key(whole)) > len(_key(headline)) and _key(whole).startswith(_key(headline)):
        return whole
    return headline


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


#: Blocks that trafilatura's paragraph fallback can drop from inside a story.
_RESTORE_TAGS = ("li", "tr", "dd", "dt", "h2", "h3", "h4", "h5", "h6", "p", "blockquote")
#: Leaf blocks looked at: those above, the headline, and text boxes (a lead paragraph in a <div>).
_LEAF_TAGS = _RESTORE_TAGS + ("h1", "div")
#: Blocks put back only when they read as a sentence (a <div> may be any box).
_PROSE_ONLY = frozenset({"div", "h1"})
#: A kept block this long (key characters) anchors the story's span.
_ANCHOR_CHARS = 12
#: Class/id words of boxes inside a story that are not story.
_FURNITURE_BOX = re.compile(r"share|social|related|recommend|comment|advert|(?<![a-z])(?:ads?|nav|tags?)(?![a-z])"
                            r"|sidebar|caption|figure|byline|breadcrumb|footer|copyright|promo", re.I)
_FURNITURE_TAGS = frozenset({"figure", "figcaption", "nav", "aside", "footer", "form", "button", "select"})


def _parse(html: str):
    try:
        try:
            return lxml.html.fromstring(html)
        except ValueError:  # str with an <?xml encoding=...?> declaration
            return lxml.html.fromstring(html.encode("utf-8"))
    except (lxml.etree.ParserError, ValueError, TypeError):
        return None


def repair_main_text(html: str, text: str, title: str | None) -> str:
    """``text`` (a main-content extractor's) with the story's dropped blocks put back and ``<br>`` cuts joined.

    The one repair step for every extractor's text (trafilatura here, resiliparse in ``html_fast``)."""
    tree = _parse(html)
    if tree is None:
        return text
    return _join_broken_sentences(tree, _restore_dropped(tree, text, title))


def _furniture_box(el) -> bool:
    """``el`` sits in a share/caption/related box, or is mostly link text (a link list)."""
    for anc in el.iterancestors():
        if anc.tag in _FURNITURE_TAGS:
            return True
        names = f"{anc.get('class') or ''} {anc.get('id') or ''}"
        if names.strip() and _FURNITURE_BOX.search(names):
            return True
        if anc.tag in ("article", "main", "body"):
            break
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    if names.strip() and _FURNITURE_BOX.search(names):
        return True
    total = len(_key(el.text_content()))
    linked = sum(len(_key(a.text_content())) for a in el.iter("a"))
    return total == 0 or linked * 2 >= total


def _restore_dropped(tree, text: str, title: str | None = None) -> str:
    """``text`` with the story's blocks that trafilatura dropped put back.

    Between the first and the last block that ``text`` holds: list items,
    table rows, headings and paragraphs, each inserted after the line of the
    kept block before it.  Between the headline (the block that reads as
    ``title``) and the first kept block: prose only (a lead paragraph in its
    own box, ``<div class="summary">``), inserted before the first kept line.
    """
    lines = text.split("\n")
    keys = [_key(line) for line in lines]
    whole = "".join(keys)
    blocks = []  # (element, key) of leaf blocks in page order
    for el in tree.iter(*_LEAF_TAGS):
        for _ in el.iterdescendants(*_LEAF_TAGS):
            break  # a block holding blocks: its leaves stand for it
        else:
            key = _key(el.text_content())
            if key:
                blocks.append((el, key))
    kept = [k in whole for _el, k in blocks]
    title_key = _key(title or "")
    anchors = [i for i, (el, k) in enumerate(blocks)  # (the body's blocks: the headline is no anchor)
               if kept[i] and len(k) >= _ANCHOR_CHARS and k != title_key and el.tag != "h1"]
    if not anchors:
        return text
    inserts: dict[int, list[str]] = {}  # output line -> blocks to put after it (-1: before the first line)
    line_at = -1  # the output line of the last kept block (page order = line order)
    head = next((i for i in range(anchors[0] - 1, -1, -1)
                 if blocks[i][0].tag == "h1" or (title_key and blocks[i][1] == title_key)), None)
    if head is not None:
        lead = [line for i in range(head + 1, anchors[0]) if not kept[i]
                and _prose(line := _block_text(blocks[i][0])) and not _furniture_box(blocks[i][0])]
        if lead:
            first = next((j for j, k in enumerate(keys) if blocks[anchors[0]][1] in k), 0)
            inserts[first - 1] = lead
    for i in range(anchors[0], anchors[-1] + 1):
        el, key = blocks[i]
        if kept[i]:
            for j in range(max(line_at, 0), len(lines)):
                if key in keys[j]:
                    line_at = j
                    break
            continue
        if len(key) < 2 or _furniture_box(el):
            continue
        line = _block_text(el)
        if el.tag in _PROSE_ONLY and not _prose(line):
            continue
        inserts.setdefault(line_at, []).append(line)
    if not inserts:
        return text
    out = list(inserts.get(-1, ()))
    for j, line in enumerate(lines):
        out.append(line)
        out.extend(inserts.get(j, ()))
    return "\n".join(out)


#: The end of a fragment a <br> cuts inside a sentence, and the start of the rest (Chinese; English).
#: (a digit after a bare Han ending may open the next item of a list: "…口罩2万只<br>2. 向…")
_CUTS = ((re.compile(r"[\u4e00-\u9fff]$"), re.compile(r"^[\u4e00-\u9fff]"), ""),
         (re.compile(r"[，、]$"), re.compile(r"^[\u4e00-\u9fff0-9]"), ""),
         (re.compile(r"[a-z,]$"), re.compile(r"^[a-z]"), " "))


def _join_broken_sentences(tree, text: str) -> str:
    """Lines a ``<br>`` cut in the middle of a sentence, joined again.

    Pages pasted from a word processor break lines inside sentences
    ("4月8日，扬州市向日本友好城市<br>富山市捐赠…"); the reader would see two
    sentences, neither with both parties.  Only a break that stands between
    two fragments of one block in the page is undone: Chinese fragments meet
    directly, English ones with a space.
    """
    cuts = set()
    for br in tree.iter("br"):
        prev, parent = br.getprevious(), br.getparent()
        if prev is not None:
            before = prev.tail or (prev.text_content() if isinstance(prev.tag, str) else "")
        else:
            before = parent.text if parent is not None else ""
        before, after = (before or "").rstrip(), (br.tail or "").lstrip()
        if not before or not after:
            continue
        for end, start, glue in _CUTS:
            if end.search(before) and start.search(after):
                cuts.add((before[-6:], after[:6], glue))
                break
    if not cuts:
        return text
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        prev = out[-1].rstrip()
        head = line.lstrip()
        glue = next((g for b, a, g in cuts if prev.endswith(b) and head.startswith(a)), None)
        if glue is None:
            out.append(line)
        else:
            out[-1] = prev + glue + head
    return "\n".join(out)


_SENTENCE_END = re.compile(r"[。！？!?.．」”\"’）)]\s*$")


def _prose(line: str) -> bool:
    """A sentence, not a label, date line or menu: ends like one and is long enough to tell something."""
    if not _SENTENCE_END.search(line):
        return False
    han = sum(1 for ch in line if "\u4e00" <= ch <= "\u9fff")
    return han >= 15 or len(line.split()) >= 8


def _block_text(el) -> str:
    """One line for a block; table cells apart by two spaces (as ``_untable`` writes rows)."""
    if el.tag == "tr":
        cells = [" ".join(c.text_content().split()) for c in el if isinstance(c.tag, str) and c.tag in ("td", "th")]
        return "  ".join(c for c in cells if c)
    return " ".join(el.text_content().split())


#: How far above the story's first line a page date is looked for (characters of page text).
_DATE_ABOVE_CHARS = 600


def _date_above_story(html: str, text: str, title: str | None) -> str | None:
    """The full date nearest above the story's first sentence on the page, when the main text holds none.

    A date line kept out of the main text (``<div id="...Time">2021/03/15</div>``,
    a print edition's "2021年03月16日 星期二 第03版" banner) is the page's date;
    the nearest one above the body wins over a date further up the header.
    """
    page, _title = _stripped_text(html)
    if not page:
        return None
    title_key = _key(title or "")
    first = next((k for k in (_key(line) for line in text.split("\n"))
                  if len(k) >= _ANCHOR_CHARS and k != title_key), None)
    if first is None:
        return None
    at, pos = None, 0
    for line in page.split("\n"):
        key = _key(line)
        if key and (first in key or (len(key) >= _ANCHOR_CHARS and key in first)):
            at = pos
            break
        pos += len(line) + 1
    if at is None:
        return None
    head = page[max(0, at - _DATE_ABOVE_CHARS):at]
    for line in reversed(head.split("\n")):
        found = find_full_date(line) or find_english_date(line)  # (a by-line: "April 21, 2020 | Press Office")
        if found:
            return found
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
    tree = _parse(html)
    if tree is None:
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


_NON_WORD = re.compile(r"[\W_]+")


def _key(s: str) -> str:
    return _NON_WORD.sub("", s)


def _mentions_title(text: str, title: str) -> bool:
    """True when one of the first lines already holds the headline."""
    key = _key(title)
    if not key:
        return True
    head = text.split("\n", 3)[:3]
    return any(key in _key(line) or (_key(line) and _key(line) in key and len(_key(line)) >= 0.6 * len(key))
               for line in head)
