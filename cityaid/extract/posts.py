"""A post's own words of thanks, with no subject written: the poster's place thanks the place it names.

Chinese: a speaker label on a line of its own (【某县知事 某某】, the account's owner), then a line that opens
with 感谢X的朋友！ / 感谢X人民！.  English: under an account line (@MayorOfX …), a line that opens with
"(Huge|Many|Big) thanks to our friends in X".  The poster is the label's place (Chinese) or the page's
own place (English); one message to X.
"""
from __future__ import annotations

import re

from cityaid.extract.actors import gathered
from cityaid.model import Actor, CleanText, Event
from cityaid.resolve.english import find_actors_en

_LABEL = re.compile(r"(?m)^[ \t]*【([^【】\n]{2,24})】[ \t]*$")
_HEAD_TITLE = re.compile(r"知事|市长|省长|州长|县长|道知事|市長|省長|縣長")
_THANKS_ZH = re.compile(r"(?m)^[ \t]*(?:衷心|由衷|真诚)?感谢")
_FRIENDS_AFTER = re.compile(r"(?:的)?(?:朋友们?|人民|市民|县民|省民|友人)[!！。]")
_ACCOUNT = re.compile(r"(?m)^[ \t]*@\w{3,40}\b")
_THANKS_EN = re.compile(r"(?m)^[ \t]*(?:(?:Huge|Many|Big|Special|Heartfelt)\s+)?[Tt]hanks\s+to\s+(?:our\s+)?"
                        r"(?:friends|partners|sister city|twin city)\s+in\s+")


def _event(clean: CleanText, original: str, a: int, b: int, frm: Actor, to: Actor) -> Event:
    oa, ob = clean.original_span(a, b)
    return Event(type="message", date=None, items=[], money=[], evidence=original[oa:ob], evidence_span=(oa, ob),
                 kind="thanks", **{"from": [frm]}, to=[to])


def post_thanks_zh(clean: CleanText, original: str, publisher=None) -> list[Event]:
    text = clean.text
    out = []
    refs = None
    for lab in _LABEL.finditer(text):
        if not _HEAD_TITLE.search(lab.group(1)):
            continue
        nxt = text.find("\n", lab.end()) + 1
        while 0 < nxt < len(text) and text[nxt] == "\n":
            nxt += 1
        m = _THANKS_ZH.match(text, nxt) if nxt > 0 else None
        if m is None:
            continue
        if refs is None:
            refs = gathered(text, publisher)  # (read only, once per page: the shared mentions, no copies)
        poster = [r for r in refs if lab.start(1) <= r.start < lab.end(1) and r.key]
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        thanked = [r for r in refs if m.end() <= r.start < line_end and r.key]
        if len(poster) != 1 or not thanked or thanked[0].start != m.end() \
                or not _FRIENDS_AFTER.match(text, thanked[0].end) or thanked[0].country == poster[0].country:
            continue
        t, p = thanked[0], poster[0]
        end = _FRIENDS_AFTER.match(text, t.end).end()
        out.append(_event(clean, original, m.start(), end, Actor(key=p.key, name=p.name, level=p.level),
                          Actor(key=t.key, name=t.name, level=t.level)))
    return out


def post_thanks_en(clean: CleanText, original: str, publisher=None) -> list[Event]:
    text = clean.text
    if publisher is None or not getattr(publisher, "key", None) or not _ACCOUNT.search(text):
        return []
    out = []
    for m in _THANKS_EN.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        found = [a for a in find_actors_en(text[m.end():line_end]) if a.key]
        if not found or found[0].start != 0 or found[0].country == publisher.country:
            continue
        t = found[0]
        end = text.find(".", m.end(), line_end)
        end = line_end if end < 0 else end
        out.append(_event(clean, original, m.start(), end,
                          Actor(key=publisher.key, name=publisher.surface, level=publisher.level),
                          Actor(key=t.key, name=t.surface, level=t.level)))
    return out
