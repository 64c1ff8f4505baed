"""Which parts of a page are not sentences of the story.

A news page carries more than its story: the headline (which restates the
body), section titles, "上一条:…" links and "· …" lists of other stories,
bullet labels that name the place an item is about (● 柬埔寨金边 …), and a
dateline naming where the story was filed (中新网济南4月3日电).  The event
reader reads facts from the body's sentences; these helpers say what to
skip, by the shape of the line, never by its words' meaning.
"""
from __future__ import annotations

import re

from cityaid.extract.units import wrapped_breaks

# 中新网济南4月3日电 / 新华社昆明5月6日电 / (中央社记者某某东京9日专电) / 【本报记者某某维也纳报道】:
# where the story was filed, not a party to it
# (中国侨网4月3日电, 欧洲时报5月2日讯: a place that names the medium before its dateline files, it does not act;
# nor does the place of a dateline without its day, (某城讯) / 【本报某城讯】)
DATELINE = re.compile(r"\s*(?:(?:侨网|新闻网|网|日报|时报|新闻社|通讯社|电视台|广播电台)\s*)?"
                      r"(?:(?:(?:\d{1,2}月)?\d{1,2}日(?:专电|电|讯))|报道\s*[】\]）)]|讯\s*[】\]）)])")


#: 记者某某杭州报道: the reporter named just before the place of filing (its colon opening the story)
FILED_BY_REPORTER = re.compile(r"记者[^,，。:：\n]{0,8}$")
FILED_AT = re.compile(r"\s*报道\s*[:：]")


def in_dateline(text: str, r) -> bool:
    """A place mention (anything with ``end``) that names where the story was filed."""
    return bool(DATELINE.match(text, r.end)) or bool(
        FILED_AT.match(text, r.end) and FILED_BY_REPORTER.search(text, max(0, r.start - 10), r.start))


#: 【某报记者甲地报道】 / 〔记者某某／甲地报导〕: the byline's bracket names the paper and where it reports from
BYLINE = re.compile(r"[【〔\[][^】〕\]\n]{0,40}?(?:报道|報道|报导|報導|电|電|讯|訊)[】〕\]]")


def in_byline(text: str, r) -> bool:
    """A mention (anything with ``start`` and ``end``) inside a reporter's bracketed byline: no party to the story
    (【某报某国版记者甲地报道】 names the paper's edition and where it reports from)."""
    lo = max(text.rfind(ch, 0, r.start) for ch in "【〔[")
    if lo < 0 or r.start - lo > 40:
        return False
    m = BYLINE.match(text, lo)
    return m is not None and r.end <= m.end() - 1 and "记者" in text[lo:m.end()]


#: a breadcrumb above the headline (苏州新闻网 > 苏州 > 外事): the site's sections, not the headline
CRUMB = re.compile(r"[^\n>»›]{1,20}(?:\s*[>»›]\s*[^\n>»›]{1,20}){2,}")


def title_span(text: str) -> tuple[int, int]:
    """The headline: the first line with Chinese words (a breadcrumb aside), when it is not a sentence and more text follows."""
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if CRUMB.fullmatch(line.strip()) and not re.search(r"[。！？!?,，]", line):
            pos = end + 1
            continue
        if len(re.findall(r"[\u4e00-\u9fff]", line)) >= 2:
            if not re.search(r"[。！？!?]", line) and len(line.strip()) <= 60 and text[end:].strip():
                return pos, end
            return 0, 0
        pos = end + 1
    return 0, 0


HEADING_PUNCT = re.compile(r"[。！？!?；;，,]")
# (a summary box, "■ 新闻摘要:…" / "【内容摘要】…", restates the story told above or below it)
SIDEBAR = re.compile(r"\s*(?:[·•]|上一(?:条|篇|则)|下一(?:条|篇|则)|相关(?:新闻|阅读|信息|链接)|延伸阅读|推荐阅读"
                     r"|[■●◆□◇]?\s*[【\[]?(?:新闻|内容|文章)?摘要\s*[】\]]?\s*[:：】\]])")
# (a bulleted line that is a whole sentence - a clause break inside, a full stop at its end - is one brief of
# an "in brief" column or a work update, not a link of a related-news list)
BULLETED_SENTENCE = re.compile(r"\s*[·•]\s*\S[^\n]*[，,；;][^\n]*[。！？!?][」”\"’）)]?\s*$")
LABEL = re.compile(r"[ \t\u3000]*(?:[●■◆▲◇□][ \t\u3000]*[^\s,，。:：]{1,12}[ \t\u3000]+|【[^】\n]{1,12}】)")


def heading_lines(text: str) -> bytearray:
    """Lines that are not sentences: headlines, section titles, "上一条:…" links, "· …" sidebar lists, summary boxes.

    A page repeats its story in such lines (and lists other stories); the
    facts are read from the sentences of the body.
    """
    out, pos = bytearray(len(text) + 1), 0
    wrapped = wrapped_breaks(text)  # (a fixed-width line of a wrapped paragraph is no heading)
    for line in text.split("\n"):
        end = pos + len(line)
        body = line.strip()
        if body and end not in wrapped and (pos - 1) not in wrapped and (
                (SIDEBAR.match(line) and not BULLETED_SENTENCE.match(line)) or (len(body) <= 60 and not HEADING_PUNCT.search(body))):
            out[pos:end] = b"\x01" * (end - pos)
        pos = end + 1
    return out


def label_ends(text: str) -> dict[int, int]:
    """Sentence starts that carry a leading label (● 柬埔寨金边 …, 【马来西亚】…), with where the label ends."""
    out: dict[int, int] = {}
    pos = 0
    for line in text.split("\n"):
        m = LABEL.match(line)
        if m:
            lead = len(line) - len(line.lstrip(" \t\u3000-•·"))
            out[pos + lead] = pos + m.end()
            for k in range(pos, pos + m.end()):
                out.setdefault(k, pos + m.end())
        pos += len(line) + 1
    return out
