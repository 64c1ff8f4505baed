"""Dates for events whose sentence states none.

Reports tell an occasion and then its details (``21日举行仪式。…知事表示感谢。``,
"On April 9 the plane landed. … the governor thanked …"), and a page tells
acts done by the time it was written (``某市向友城捐赠了口罩``, "has sent").
So, once a document's events are merged (an inferred date must not keep a
headline apart from the body that tells the same gift), an event still
without a date takes:

1. the last date stated before its evidence in the document, leaving out
   dates inside quotations or reported speech (what someone said: ``他说，近期…``)
   ``as_of`` dates (those date a tally, not an occasion) and bare years
   (今年初, "earlier this year": too loose to date what follows);
2. before any, the page's own date, qualified ``before``.

A gift whose next sentence tells it again with a date (``…捐赠了口罩。这批捐赠
于5月27日运抵``, "The shipment arrived on May 27") takes that date.

An act told as coming later (``随后``, ``此后``, "Later, …", "subsequently")
must not take the date of what was told before it: it takes the page's date
(``before``: it was done by then).  One told as coming earlier (``此前``,
``先前``, "Earlier, …", "previously") takes the last date, qualified
``before``.

Measured on the dev tune gold: of the events whose sentence states no date,
the last stated date (else the page's) gives the gold value for 95 of 112,
the paragraph's last date (else the page's) 73, the page's date alone 52.
"""
from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_left, bisect_right

from cityaid.clean.normalize import to_simplified
from cityaid.extract.dates import THEN_WORDS, DateMention, find_dates, story_date
from cityaid.extract.en_dates import SAME_DAY, find_dates_en, item_datelines
from cityaid.extract.units import quote_mask, speech_spans
from cityaid.model import CleanText, DateRef, Event

_LATER = re.compile(r"^[^,，。]{0,15}?(?:随后|此后|后来|稍后|不久后|日后|其后)|\b(?:[Ll]ater|[Ss]ubsequently|[Aa]fterwards|[Ss]ince then)\b")
_EARLIER = re.compile(r"此前|先前|早前|之前|\b(?:[Ee]arlier|[Pp]reviously|[Bb]efore that)\b")
#: a sentence that opens by adding one more act to those told (此外，…还 / 与此同时，…): the act is one of the
#: page's, done by the time it was written, not on the day of the act told before it
_ADDED_ZH = re.compile(r"^\s*(?:此外|另外|與此同時|与此同时|同时|同時)\s*[,，]")
#: a letter told as already sent (已向X发去感谢信, 已分别致函): done by the time the page was written
_ALREADY_SENT_ZH = re.compile(r"已(?:经|經)?[^,，。;；]{0,20}?(?:发去|發去|寄去|发出|發出|致信|致函|致电|致電|去信|去函)")
#: words of a message quoted and said without a day ("…," Mayor X said. / X said: "…"): said for the page's story,
#: on its day, not on the day of the act told before them
_SAID_QUOTE_EN = re.compile(r"[,.!?][\"”]\s+(?:[\w.'’-]+\s+){1,6}?(?:said|says)\b|\b(?:said|says)\s*:\s*[\"“]")
#: a next sentence that tells the same gift again (这批捐赠5月27日运抵, "The shipment arrived on …")
_RESTATES = re.compile(r"[\s,，。.]*(?:这批|该批|此批|上述|这些|首批|这份)|[\s,.]*(?:The|This|These)\s+(?:\w+\s+)?"
                       r"(?:shipments?|consignments?|donations?|delivery|batch|cargo|masks|supplies|goods|gifts?|package|"
                       r"equipment|boxes|cartons|parcels|items|PPE|materials?|aid)\b")
#: …, 这批捐赠…: a later clause of the next sentence opening with the gift named again
_RESTATES_LATER = re.compile(r"[,，]\s*(?:这批|该批|此批|上述)"
                             # "The health department took delivery of the Hebei shipment on April 17"
                             r"|\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:shipment|consignment|cargo)\b"
                             # "The commissioner took receipt of the gift at his office on Sunday": the receiving told again
                             r"|\b(?:took|takes|taking|taken)\s+(?:receipt|delivery|possession|charge)\s+of\b"
                             # "The governor, who received the items at his office on Tuesday, …"
                             r"|\b(?:received|receiving|accepted|accepting)\s+the\s+(?:items|supplies|goods|donation|"
                             r"masks|consignment|shipment|equipment|gift)\b")
#: a letter or an appeal told in the present perfect ("has written to", "have since sent", "has asked"): done by
#: the time the page was written, not on the day the story last named
_PERFECT_TELLING = re.compile(r"\b(?:has|have|[’']ve)\s+(?:(?:since|already|also|now|just|personally)\s+)?"
                              r"(?:written|sent|asked|expressed|conveyed|requested|appealed|reached out)\b")
#: a gift told in the present perfect with no day of its own ("has also sent 50,000 masks to …"): done by the time
#: the page was written, not on the day the story last named
_PERFECT_GIFT = re.compile(r"\b(?:has|have)\s+(?:(?:also|already|now|just|since|recently)\s+)?"
                           r"(?:sent|donated|given|shipped|delivered|provided|dispatched|presented)\b")
#: a date followed in its clause by the founding of the tie (1987年6月6日结为友好城市): background
_FOUNDING = re.compile(r"[^,，。;；\n]{0,16}?(?:结为|缔结|建立|结成|结好|签署[^,，。]{0,8}?协议|签订[^,，。]{0,8}?协议)")
#: an act placed at an occasion told before ("At the ceremony, …", 在交接仪式上…): the occasion's day
_AT_OCCASION = re.compile(r"\b(?:[Aa]t|[Dd]uring)\s+the\s+(?:[\w-]+\s+){0,2}?(?:(?P<en>ceremony|handover|event|news conference|"
                          r"press conference|briefing)|(?P<meet>meeting|video\s*conference|video call|call|talks|session))\b|在[^,，。]{0,10}?(?P<zh>仪式|儀式|记者会|記者會|发布会|發佈會|活动|活動)上"
                          # 在视频会议上/在视频中表示感谢: at the video meeting told before
                          r"|在(?P<zhmeet>视频会议|視頻會議|视频连线|視頻連線|视频交流会|視頻交流會|视像会议|視像會議|视频|視頻|会上|會上)(?:上|中)?")
#: a video meeting told by any of its Chinese names
_MEETING_ZH = re.compile(r"视频|視頻|视像|視像|视讯|視訊|连线|連線|(?:会议|會議|交流会|交流會)")


#: a handover told in words of its own (接收 / 交接 / 交付 / 运抵 …): the occasion of thanks said at a ceremony
_HANDOVER_TOLD_ZH = re.compile(r"接收|交接|交付|移交|签收|簽收|运抵|運抵|送抵|交到")
#: 在接收仪式上 / 在交接儀式上: a ceremony of the goods' handover
_AT_HANDOVER_ZH = re.compile(r"在[^,，。]{0,10}?(?:接收|交接|移交|交付|捐赠|捐贈|赠送|贈送|签收|簽收)[^,，。]{0,4}?(?:仪式|儀式)上")


def _handover_day(e: Event, events: list[Event]) -> DateRef | None:
    """甲省向乙县回赠的口罩已运抵乙县,由乙县知事接收。知事在接收仪式上说…感谢: thanks said at the handover
    ceremony of the gift told before (no sentence names the ceremony with a day) are of that gift's day."""
    if e.evidence_span is None or not _AT_HANDOVER_ZH.search(e.evidence or ""):
        return None
    keys = {a.key for a in e.from_}
    return _last_day_before(e, events, "donation", lambda g: bool(_HANDOVER_TOLD_ZH.search(g.evidence or ""))
                            and bool({a.key for a in g.to} & keys))


def _last_day_before(e: Event, events: list[Event], kind: str, fits) -> DateRef | None:
    """The day of the last event of ``kind`` told before ``e`` (dated to the day) that ``fits``: the act that words
    said at a handover or a welcome answer."""
    before = [g for g in events if g.type == kind and g.evidence_span is not None and g.date is not None
              and len(g.date.value) == 10 and g.evidence_span[1] <= e.evidence_span[0] and fits(g)]
    if not before:
        return None
    last = max(before, key=lambda g: g.evidence_span[1])
    return DateRef(value=last.date.value, qualifier=last.date.qualifier)


#: 在机场迎接时说 / 在迎接仪式上表示: words said while welcoming the arriving team
_AT_WELCOME_ZH = re.compile(r"在[^,，。:：“”]{0,10}?(?:迎接|欢迎|歡迎|接机|接機)[^,，。:：“”]{0,4}?(?:时|時|仪式上|儀式上)")


def _welcome_day(clean: CleanText, e: Event, events: list[Event], mentions: list[DateMention]) -> DateRef | None:
    """3月5日,甲省医疗队抵达乙市机场。…乙市市长在机场迎接时说:“…”他向甲省表示感谢: thanks said while welcoming
    the team told before (its paragraph gives no day) are of the team's arrival day, not the last day told."""
    if e.evidence_span is None:
        return None
    text = clean.text
    pos = bisect_right(clean.offsets, e.evidence_span[0] - 1)
    end = bisect_right(clean.offsets, e.evidence_span[1] - 1)
    para = text.rfind("\n", 0, pos) + 1
    m = None
    for m in _AT_WELCOME_ZH.finditer(text, para, end):
        pass
    if m is None or any(para <= d.start < end for d in mentions):
        return None
    keys = {a.key for a in e.to}
    return _last_day_before(e, events, "medical_team", lambda g: bool({a.key for a in g.from_} & keys))


def _occasion_day(text: str, evidence: str, mentions: list[DateMention], i: int) -> DateRef | None:
    """The day of the last sentence before that names the occasion the evidence places its act at."""
    m = _AT_OCCASION.search(evidence)
    if m is None:
        return None
    if m.group("zhmeet"):
        noun, meeting = None, _MEETING_ZH
    else:
        noun, meeting = m.group("en") or (None if m.group("meet") else to_simplified(m.group("zh"))), _MEETING_EN
    for d in reversed(mentions[:i]):
        if len(d.value) != 10:
            continue
        a = max((x.end() for x in _SENTENCE_END.finditer(text, max(0, d.start - 300), d.start)), default=max(0, d.start - 300))
        stop = _SENTENCE_END.search(text, d.end)
        told = text[a:stop.start() if stop else len(text)]
        if (noun in told) if noun is not None else meeting.search(told):
            return DateRef(value=d.value, qualifier=d.qualifier)
    return None


#: a meeting told by any of its names ("held a video conference", "the online meeting", "talks")
_MEETING_EN = re.compile(r"\b(?:meeting|video\s*conference|videoconference|teleconference|video call|video link|talks|"
                         r"session|webinar)s?\b", re.I)
#: a letter sent with the goods ("Along with the shipment, X sent a letter", "a letter sent along with the masks"):
#: it is dated by the gift's own day
_WITH_GOODS_EN = re.compile(r"\b(?:[Aa]long with|[Tt]ogether with|[Ww]ith)\s+the\s+(?:[\w-]+\s+)?(?:shipment|consignment|"
                            r"masks|supplies|donation|gift|goods|delivery|cargo|package)\b")


#: thanks said on receiving the goods (X收到口罩后表示感谢, "Upon receiving the masks, the mayor thanked …"): of the
#: day the goods came, not of a letter told between
_ON_RECEIPT = re.compile(r"(?:收到|接到|接收|收下|接过|接過)[^,，。;；]{0,12}?(?:后|後|之后|之後|时|時)|"
                         r"\b(?:[Uu]pon|[Oo]n|[Aa]fter)\s+(?:receiving|receipt of|taking (?:delivery|receipt) of)\b")


#: words said of the arrival itself ("said the arrival of the experts gave hope …, and thanked …"): the words
#: answer the arrival told before, a team's or goods'
_ON_ARRIVAL_EN = re.compile(r"(?:\b(?:said|says|stated|noted)\s+(?:that\s+)?|^\s*)the\s+arrival\s+of\b[^.;]*?,\s+and\s+$",
                            re.I)


def _goods_day(e: Event, dated: list[Event], lead: str = "") -> DateRef | None:
    """The day of the last gift told before a letter sent with it (``_WITH_GOODS_EN``), or before thanks said
    on receiving it (``_ON_RECEIPT``: the receiver's gift, when told), or of the last gift or team told before
    words said of its arrival (``_ON_ARRIVAL_EN``), not of a background act told between."""
    if e.type != "message" or e.evidence_span is None:
        return None
    receipt = _ON_RECEIPT.search(e.evidence or "") is not None
    arrival = _ON_ARRIVAL_EN.search(lead) is not None
    if not receipt and not arrival and not _WITH_GOODS_EN.search(e.evidence or ""):
        return None
    kinds = ("donation", "medical_team") if arrival else ("donation",)
    gifts = [g for g in dated if g.type in kinds and g.date is not None and g.evidence_span is not None
             and g.evidence_span[0] < e.evidence_span[0] and len(g.date.value) == 10]
    if not gifts:
        return None
    senders = {x.key for x in e.from_ if x.key}
    own = [g for g in gifts if senders & {x.key for x in (g.to if receipt else g.from_)}]  # (the writer's own goods)
    g = max(own or gifts, key=lambda g: g.evidence_span[0])
    return DateRef(value=g.date.value, qualifier=g.date.qualifier)


def _sentence_lead(clean: CleanText, e: Event) -> str:
    """The words of the event's sentence before its evidence ("X said that …, and" before "thanked Y …")."""
    if e.evidence_span is None:
        return ""
    pos = bisect_right(clean.offsets, e.evidence_span[0] - 1)
    start = max(clean.text.rfind(". ", 0, pos) + 1, clean.text.rfind("\n", 0, pos) + 1)
    return clean.text[start:pos]


#: the writer's own act, done as the page is written (在此,谨代表…表示感谢 / 特此致谢 / X谨借此向Y致以感谢): the page's day
_HEREBY_ZH = re.compile(r"(?:^|[,，。])\s*(?:在此|谨此|謹此|特此)|(?:谨|謹)(?:借此|代表)")
_SENTENCE_END = re.compile(r"[。！？!?\n]|\.(?=\s)")
_EN_QUOTED = re.compile(r"[\"“][^\"”\n]*[\"”]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: "nowadays" words: the time of a comment, not of an occasion a later act is placed at
_NOWADAYS = ("如今",)


def stated_dates(text: str, anchor: _dt.date | None,
                 english: list[tuple[int, int]] | None = None) -> list[DateMention]:
    """Dates of ``text`` that can date a later act, in order: Chinese ones outside the ``english``
    ranges, English ones inside them; none inside quotations or reported speech, no ``as_of``."""
    english = english or []
    out: list[DateMention] = []
    if _CJK.search(text):
        said = quote_mask(text)
        for speech_from, end in speech_spans(text):
            said[speech_from:end] = [True] * (end - speech_from)
        out = [d for d in find_dates(text, anchor)
               if not said[d.start] and not any(a <= d.start < b for a, b in english)]
    if english:
        en_dates = find_dates_en(text, anchor)  # the whole text, as the English reader reads it
        for a, b in english:
            quoted = [(m.start(), m.end()) for m in _EN_QUOTED.finditer(text, a, b)]
            out += [d for d in en_dates if a <= d.start < b and d.value != SAME_DAY
                    and not any(q0 <= d.start < q1 for q0, q1 in quoted)]
    # (如今: "nowadays", words of a comment, not a day the story is told on)
    out = [d for d in out if d.qualifier != "as_of" and len(d.value) >= 7 and not _FOUNDING.match(text, d.end)
           and d.text not in _NOWADAYS
           and d.earlier_at < 0]  # (…,此前3日抵达: an earlier stage, not the story's day)
    if out:  # 1981年结为友好城市 / a year long before the page's story: history, not the date of an act told after it
        latest = max(int(d.value[:4]) for d in out)
        out = [d for d in out if int(d.value[:4]) >= latest - 1]
    return sorted(out, key=lambda d: d.start)


_SPACE = re.compile(r"\s*")
#: the rest of a sentence after the act told: a clause hung on it (", which sent masks in February, the office said")
_TRAILING_CLAUSE = re.compile(r"\s*,\s*(?:which|who|the\s|according to|[a-z]+\s+(?:said|says|told|announced))")


#: a next sentence that tells the same letter again (这封信落款日期为5月8日, "The letter, dated May 8, …")
_RESTATES_LETTER = re.compile(r"[\s,，。.]*(?:这封|該封|该封|此封|这份|該份|该份)(?:感谢|感謝)?(?:信|函|信函)(?![中里裡])|"
                              r"[\s,.]*(?:The|This|That|His|Her|Their)\s+(?:[\w-]+\s+)?letter\b")


def _restated(clean: CleanText, end: int, mentions: list[DateMention], starts: list[int],
              cue_re: re.Pattern[str] = _RESTATES) -> DateRef | None:
    """The date of the next sentence of the paragraph when it tells the same gift again (``这批捐赠于5月27日
    运抵``): the gift's own date, told a sentence later."""
    text = clean.text
    pos = bisect_right(clean.offsets, end - 1)
    stop = _SENTENCE_END.search(text, pos)
    rest = text[pos:stop.start()] if stop is not None else ""
    if stop is None or stop.group() == "\n" or (rest.strip(" ,，") and not _TRAILING_CLAUSE.match(rest)):
        return None
    nxt = _SPACE.match(text, stop.end()).end()  # (the next sentence may open the next paragraph)
    cue = cue_re.match(text, nxt)
    if cue is None and cue_re is _RESTATES_LETTER:
        return None
    if cue is None:
        # (由于出口要求提高,…,这批捐赠最终于5月27日运抵: the clause that opens with 这批 tells it)
        close = _SENTENCE_END.search(text, nxt)
        cue = _RESTATES_LATER.search(text, nxt, close.start() if close else len(text))
        if cue is None:
            return None
    close = _SENTENCE_END.search(text, cue.end())
    close_at = close.start() if close else len(text)
    i = bisect_left(starts, cue.start())
    if i < len(mentions) and mentions[i].start < close_at and len(mentions[i].value) == 10:
        return DateRef(value=mentions[i].value, qualifier=mentions[i].qualifier)
    return None


#: after a day: the news told that day (州长3日对外公布消息, 3日宣布, 市府5日证实)
_ANNOUNCED_ZH = re.compile(r"[^,，。;；]{0,12}?(?:宣布|公布|发布|發佈|發布|通报|通報|证实|證實|披露)")


def _announced_next(clean: CleanText, end: int, mentions: list[DateMention], starts: list[int]) -> DateRef | None:
    """The day the next sentence says the news was announced on (X日前向Y捐赠口罩。Y州长3日对外公布消息时表示…):
    the gift told as lately done was done by then (``before``)."""
    text = clean.text
    pos = bisect_right(clean.offsets, end - 1)
    stop = _SENTENCE_END.search(text, pos)
    if stop is None or stop.group() == "\n" or text[pos:stop.start()].strip(" ,，"):
        return None
    nxt = _SPACE.match(text, stop.end()).end()
    close = _SENTENCE_END.search(text, nxt)
    i = bisect_left(starts, nxt)
    if i < len(mentions) and mentions[i].start < (close.start() if close else len(text)) \
            and len(mentions[i].value) == 10 and _ANNOUNCED_ZH.match(text, mentions[i].end):
        return DateRef(value=mentions[i].value, qualifier="before")
    return None


def _after_flashback(text: str, before: list[DateMention], pos: int) -> DateRef | None:
    """A story that went back in time (``今年2月,…曾向…捐赠``, "Last month X wrote to …") and then, in a
    later paragraph, tells thanks without a date has come back to its own time: the thanks are dated by
    the latest day stated before the flashback, not by the flashback's month.  (Only messages: a gift
    told after a month, in the paragraphs that list it, is that month's — measured on tune material,
    gifts lost 6 where messages gained 3.)"""
    d = before[-1]
    # (…坦言,当时没想到…。她向X致谢: "at the time", looking back inside the paragraph, is a flashback too)
    if len(d.value) != 7 or ("\n" not in text[d.end:pos] and d.text not in THEN_WORDS):
        return None
    later = [m for m in before[:-1] if m.value > d.value and len(m.value) == 10]
    if not later:
        return None
    m = max(later, key=lambda m: m.value)
    return DateRef(value=m.value, qualifier=m.qualifier)


def _telling_day(clean: CleanText, e: Event, mentions: list[DateMention], starts: list[int]) -> DateRef | None:
    """The day the story says its news was told on (市长8日在市政厅宣布,口罩已于前一天运抵。… 她表示,已致函…),
    for a letter told as already sent: it was sent by then (``before``).  Only a telling shortly before, with
    nothing told between but what happened by its day."""
    if e.evidence_span is None:
        return None
    pos = bisect_right(clean.offsets, e.evidence_span[0] - 1)
    latest = ""
    for d in reversed(mentions[:bisect_left(starts, pos)]):
        if pos - d.end > _TELLING_REACH:
            return None
        if d.said and len(d.value) == 10:
            return DateRef(value=d.value, qualifier="before") if latest <= d.value else None
        latest = max(latest, d.value)
    return None


#: how far before a letter told as already sent the day of the telling may stand (characters)
_TELLING_REACH = 300


#: thanks sent by letter, post or video (致函…感谢, 发文致谢, 发来视频…道谢): written after what they thank for
_THANKS_SENT_ZH = re.compile(r"(?P<verb>致函|致信|来信|來信|去信|去函|写信|寫信|发文|發文|发来视频|發來視頻|发来视像|發來視像|致电|致電)"
                             r"[^。;；]{0,40}?(?:感谢|感謝|致谢|致謝|谢意|謝意|道谢|道謝|铭记|銘記|感激|感念)")
#: a letter of thanks named as such (寄去感谢信, 发去感谢函, 致感谢信)
_THANKS_LETTER_ZH = re.compile(r"(?:感谢|致谢|答谢)(?:信|函)")
#: a letter read out or handed over at an occasion (当场宣读了感谢信, 在仪式上递交感谢函): of the occasion's day
_READ_OUT_ZH = re.compile(r"当场|当面|宣读|现场|仪式上|递交|转交")
#: a letter that travels with the goods (随物资附上的信): of the gift's own day
_WITH_THE_GOODS_ZH = re.compile(r"[随隨](?![后後即])|附|一同|一并|一併")
#: after a date, in its clause: the goods arrived or were handed over then
_ARRIVED_AFTER = re.compile(r"[^。;；\n]{0,50}?(?:运抵|運抵|抵达|抵達|送达|送達|送抵|运到|運到|寄到|寄达|寄達|到达|到達|交付)")


#: the stops between two sentences, counted once (。\n\n: the next paragraph is the next sentence)
_SENTENCE_RUN = re.compile(r"(?:[。！？!?\n]|\.(?=\s))+")


def _thanks_after_arrival(clean: CleanText, e: Event, mentions: list[DateMention], starts: list[int],
                          anchor: _dt.date | None) -> DateRef | None:
    """Thanks sent by letter or post for goods whose arrival the same or the sentence before dates (4月7日,
    物资运抵X。X市长致函Y表示感谢): written after that day, on none the text gives; the page's date (``before``)."""
    if anchor is None or e.type != "message" or e.evidence_span is None:
        return None
    words = to_simplified(e.evidence or "")
    m = _THANKS_SENT_ZH.search(words)
    if m is None or _WITH_THE_GOODS_ZH.search(words, max(0, m.start() - 12), m.start()):
        return None
    if _ALREADY_SENT_ZH.search(words):
        return None  # (她表示,已致函…: a letter told as sent by a day of telling, see _telling_day)
    text = clean.text
    pos = bisect_right(clean.offsets, e.evidence_span[0] - 1)
    verb = to_simplified(text[pos:pos + len(words) + 40]).find(m.group("verb"))  # (the page may be traditional)
    if verb < 0:
        return None
    verb += pos
    if _RECEIVED_THEN_ZH.search(words, 0, m.start()):
        # (X收到Y捐赠的物资后,致函Y表示感谢: written after the goods came, told in its own sentence)
        sentence_from = max((r.end() for r in _SENTENCE_RUN.finditer(text, max(0, pos - 200), pos)),
                            default=max(0, pos - 200))
        if not any(sentence_from <= d.start < verb for d in mentions):
            return DateRef(value=anchor.isoformat(), qualifier="before")
        return None
    i = bisect_left(starts, verb)
    if not i:
        return None
    d = mentions[i - 1]
    if d.said:
        return None  # (市长9日宣布,物资已运抵。她已致函…: the day of the telling, see _telling_day)
    arrived = _ARRIVED_AFTER.match(text, d.end, verb)
    if arrived is None or (e.date is not None and d.value != e.date.value) or len(_SENTENCE_RUN.findall(text, d.end, verb)) > 1:
        return None
    if not re.search(r"[,，。;；]", text[arrived.end():verb]):
        return None  # (the clause of the arrival itself)
    if len(d.value) == 10 and _AT_ONCE_ZH.search(words, 0, m.start()) and "\n" not in text[d.end:verb]:
        return None  # (6月1日运抵。X市长随即发文致谢: at once, on the day the goods came, told in the same paragraph)
    return DateRef(value=anchor.isoformat(), qualifier="before")


#: the goods received before the thanks, in the thanks' own sentence (收到…物资后, / 接到…口罩後,)
_RECEIVED_THEN_ZH = re.compile(r"(?:收到|接到|接收|收妥)[^,，。;；]{0,30}?(?:后|之后|以后)[,，]?")
#: the thanks sent at once after the arrival told before (随即 / 当即 / 立即 / 第一时间)
_AT_ONCE_ZH = re.compile(r"随即|当即|立即|第一时间")


_HAN = re.compile(r"[\u4e00-\u9fff]")
#: a running tally told without a day (疫情发生以来,共收到… / 疫情期间,累计接收了… / 目前X已向… / X先后向… /
#: 全年组织…): as it stands on the page's day
_TALLY_ZH = re.compile(r"累计|累計|共收到|共接收|共接受|总计|總計|以来|以來|期间|期間|先后|先後|目前|迄今|至今|全年")
_OF_WHICH_ZH = re.compile(r"其中")
_TALLY_END = re.compile(r"[。！？!?\n;；]")  # (…共收到函电40余件;3月以来,…: the next tally has its own time)


def _undated_tally(clean: CleanText, e: Event, anchor: _dt.date | None) -> DateRef | None:
    """The page's day (``as_of``) for a tally whose sentence names no time of its own before any 其中
    (…累计接收口罩16.3万只,其中X捐赠的2万只于2月12日运抵: that day is of one part, not of the total; nor is the
    day of the act told in the sentence before)."""
    if anchor is None or e.type != "aggregate" or e.evidence_span is None or not _TALLY_ZH.search(e.evidence or ""):
        return None
    if e.date is not None and e.date.qualifier == "as_of":
        return None
    text = clean.text
    pos = bisect_right(clean.offsets, e.evidence_span[0] - 1)
    end = bisect_right(clean.offsets, e.evidence_span[1] - 1)
    sentence_from = max((m.end() for m in _SENTENCE_RUN.finditer(text, max(0, pos - 200), pos)), default=max(0, pos - 200))
    stop = _TALLY_END.search(text, end)
    sentence_to = stop.start() if stop else len(text)
    part = _OF_WHICH_ZH.search(text, sentence_from, sentence_to)
    until = part.start() if part else sentence_to
    if not _TALLY_ZH.search(text, sentence_from, until):
        return None
    if any(sentence_from <= d.start < until for d in find_dates(text, anchor)):
        return None
    reviewed = _year_under_review(text, pos, anchor)
    if reviewed is not None:
        return DateRef(value=str(reviewed), qualifier="approx")
    return DateRef(value=anchor.isoformat(), qualifier="as_of")


#: a year named as what the page reviews (2020年工作总结 / 2020年主要工作 / 2020年,在…领导下): the year alone,
#: not a day or a month of it
_YEAR_ALONE = re.compile(r"(?<!\d)(20\d\d)年(?![\d０-９一二三四五六七八九十]|\s*\d|度?[上下]半年)")
#: how early in a year a page may still review the year before (months)
_REVIEW_MONTHS = 3


def _year_under_review(text: str, pos: int, anchor: _dt.date) -> int | None:
    """The year before the page's a page published early in a year reviews (X市外办2020年工作总结,
    dated 2021年1月8日: 全年/先后 totals told without a day are of 2020, not as of the day it was written):
    the year before, named alone before the tally, and no day of the page's own year told before it
    but the page's date itself."""
    if anchor.month > _REVIEW_MONTHS:
        return None
    past = anchor.year - 1
    if not any(int(m.group(1)) == past for m in _YEAR_ALONE.finditer(text, 0, pos)):
        return None
    if any(d.value.startswith(str(anchor.year)) and d.value != anchor.isoformat()
           for d in find_dates(text[:pos], anchor)):
        return None
    return past


#: a gift or an answer told as responding to a request (为回应X的求助 / 应X请求 / "at the request of X")
_ANSWERS_REQUEST = re.compile(r"回应|回應|响应|響應|(?<![答回对對])应[^,，。;；]{0,20}?(?:请求|要求)|(?<![答回对對])應[^,，。;；]{0,20}?(?:請求|要求)|"
                              r"\b(?:[Ii]n response to|[Aa]t the request of|[Aa]nswering)\b")
#: in a later sentence: the request told again (早在1月底便致函Y,请求… / "had written in late January asking …")
_ASKING = re.compile(r"请求|請求|求助|求援|请[^,，。;；]{0,6}?(?:支援|援助|帮忙|幫忙|伸出援手)|請[^,，。;；]{0,6}?(?:支援|援助|幫忙|伸出援手)|"
                     r"\b(?:asked|asking|requested|requesting|appealed|appealing)\b")
#: in a later sentence: the goods handled on a day (2月10日,口罩在县内装车… / "On May 3 the masks were loaded …")
_HANDLED = re.compile(r"装车|裝車|装货|裝貨|装箱|裝箱|运抵|運抵|启运|啟運|起运|起運|空运|空運|运往|運往|送抵|送达|送達|交付|"
                      r"\b(?:loaded|shipped|flown|airlifted|arrived|delivered|handed over)\b")
#: how far after the act told a later sentence may tell its request or its day (characters)
_LATER_REACH = 400


def _later_told(clean: CleanText, e: Event, mentions: list[DateMention], starts: list[int], anchor: _dt.date | None,
                cue: re.Pattern[str], events: list[Event]) -> DateRef | None:
    """The date of a later sentence near the act that tells it again (``cue`` in its sentence, the date before
    the cue): a request answered in a gift's sentence (为回应X的求助,Y将口罩送往X。…X早在1月底便致函Y,请求支援)
    or a gift told in a page's lead without a day (…。2月10日,口罩在县内装车,空运至…).  No sentence that tells
    an act of its own (another event's evidence) is read."""
    if e.evidence_span is None:
        return None
    text = clean.text
    end = bisect_right(clean.offsets, e.evidence_span[1] - 1)
    told = [(bisect_right(clean.offsets, x.evidence_span[0] - 1), bisect_right(clean.offsets, x.evidence_span[1] - 1))
            for x in events if x is not e and x.evidence_span is not None and x.type != "message"]
    for d in mentions[bisect_left(starts, end):]:
        if d.start - end > _LATER_REACH:
            return None
        if len(d.value) < 7 or (anchor is not None and d.value[:len(d.value)] > anchor.isoformat()[:len(d.value)]):
            continue
        a = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, d.start - 200), d.start)), default=max(0, d.start - 200))
        stop = _SENTENCE_END.search(text, d.end)
        b = stop.start() if stop else len(text)
        if any(a <= x0 < b or x0 <= a < x1 for x0, x1 in told):
            continue
        if cue.search(text, d.end, b):
            return DateRef(value=d.value, qualifier=d.qualifier)
    return None


#: an English clause telling what had been done by the story's time ("X had announced on March 15 that …")
_HAD_BEFORE_EN = re.compile(r"\bhad\s+(?:[a-z]+\s+){1,4}$")


def _before_recalled_en(text: str, before: list[DateMention], evidence: str) -> DateMention | None:
    """"The team landed on Saturday. X had announced on March 15 that he had asked for help. The plane brought
    16 tonnes of supplies.": an act told plainly after a past-perfect recollection is of the story's time, the
    last day told before the recollection (None where the act is itself told in the past perfect, or where no
    day comes before)."""
    if not before or not evidence.isascii() or re.search(r"\bhad\b", evidence):
        return None
    last = before[-1]
    if not _HAD_BEFORE_EN.search(text, max(0, last.start - 60), last.start):
        return None
    return next((d for d in reversed(before[:-1]) if len(d.value) == 10 and d.qualifier == "on"
                 and not _HAD_BEFORE_EN.search(text, max(0, d.start - 60), d.start)), None)


def _page_day_only(clean: CleanText, e: Event, mentions: list[DateMention], starts: list[int],
                   anchor: _dt.date | None) -> bool:
    """Whether every date stated before the act is the page's own (its date line, an agency's dateline)."""
    if anchor is None or e.evidence_span is None:
        return False
    pos = bisect_right(clean.offsets, e.evidence_span[0] - 1)
    before = mentions[:bisect_left(starts, pos)]
    return all(d.value == anchor.isoformat() for d in before)


#: an English running total's opener ("since mid-April")
_SINCE_EN = re.compile(r"(?i:since)\s")


def _new_item_since(text: str, a: int, b: int) -> bool:
    """Whether a later item of a briefs page (its own dateline at a line's start) opens between ``a`` and ``b``."""
    items = item_datelines(text)
    return any(k and a <= m.start() < b for k, m in enumerate(items))


#: a paragraph opening a numbered item of a work report (一是… 二是… 三是…, 其二,): an item of its own
_NEXT_ITEM_ZH = re.compile(r"[二三四五六七八九十]是|其[二三四五六七八九十][,，、]")


def _new_item_zh(text: str, d: DateMention, pos: int) -> bool:
    """Whether a later numbered item of a report (二是…, 三是…) opens a paragraph between ``d`` and ``pos``."""
    for m in re.finditer(r"\n\s*", text[d.end:pos]):
        if _NEXT_ITEM_ZH.match(text, d.end + m.end()):
            return True
    return False


def fill_missing_dates(events: list[Event], clean: CleanText, mentions: list[DateMention],
                       anchor: _dt.date | None) -> list[Event]:
    """``events`` with each missing date completed (see the module docstring); others unchanged."""
    starts = [d.start for d in mentions]
    tally_anchor = page_anchor = anchor
    if anchor is None:  # a page without its date: acts told without one were done by the last day it states
        full = [d for d in mentions if len(d.value) == 10]
        if full:
            anchor = _dt.date.fromisoformat(max(d.value for d in full))
        # (截至5月20日,X已向…捐赠…。…X先后组织视频会议40余场。5月8日,…: the page's "now" is the day its tally
        # stands on, later than the acts it tells)
        tally_anchor = anchor
        if any(e.type == "aggregate" for e in events):
            asof = [d.value for d in find_dates(clean.text, None) if d.qualifier == "as_of" and len(d.value) == 10
                    and not d.value.startswith("-")]
            if asof and (anchor is None or max(asof) > anchor.isoformat()):
                tally_anchor = _dt.date.fromisoformat(max(asof))
    out = []
    for e in events:
        if (e.date is not None and e.date.qualifier == "before" and e.type == "donation" and e.evidence_span is not None
                and len(e.date.value) == 10):
            # "X has donated masks, the office said on Sunday. The masks were flown out last Tuesday.": the day told
            # next is the gift's own; the telling's day only bounds it
            own = _restated(clean, e.evidence_span[1], mentions, starts)
            if own is not None and own.value <= e.date.value:
                e = e.model_copy(update={"date": own})
        if (e.date is not None and e.date.qualifier == "before" and e.type == "message" and e.evidence_span is not None
                and len(e.date.value) == 10):
            # "X wrote to Y recently to thank it. The letter is dated May 8.": the letter's own day
            own = _restated(clean, e.evidence_span[1], mentions, starts, _RESTATES_LETTER)
            if own is not None and own.value <= e.date.value:
                e = e.model_copy(update={"date": own})
        if (e.date is not None and e.date.qualifier == "before" and anchor is not None and e.evidence_span is not None
                and e.type == "donation" and e.date.value == anchor.isoformat()):
            # (X日前向Y捐赠口罩。Y州长3日对外公布消息时表示…: done by the day it was announced)
            told = _announced_next(clean, e.evidence_span[1], mentions, starts)
            if told is not None and told.value < e.date.value:
                e = e.model_copy(update={"date": told})
        tally = _undated_tally(clean, e, tally_anchor)
        if tally is not None:
            e = e.model_copy(update={"date": tally})
        after = _thanks_after_arrival(clean, e, mentions, starts, anchor)
        if after is not None:
            e = e.model_copy(update={"date": after})
        if e.date is not None and e.type == "message" and e.evidence_span is not None and _AT_OCCASION.search(e.evidence or ""):
            # (4月29日,两市举行视频会议。…4月中旬,口罩运抵。X市长在视频会议上表示感谢: said at the meeting, on its day,
            # not on the day of the goods told just before; only where its own sentence gives no day)
            pos = bisect_right(clean.offsets, e.evidence_span[0] - 1)
            end = bisect_right(clean.offsets, e.evidence_span[1] - 1)
            if not any(pos <= d.start < end for d in mentions):
                at = _occasion_day(clean.text, e.evidence or "", mentions, bisect_left(starts, pos))
                if at is not None and at.value != e.date.value:
                    e = e.model_copy(update={"date": at})
        if e.type == "message" and e.evidence_span is not None and (e.date is None or e.date.qualifier == "before"):
            # (…口罩已运抵乙县,由知事接收。知事在接收仪式上说…感谢: of the handover's day, where the sentence gives none)
            pos = bisect_right(clean.offsets, e.evidence_span[0] - 1)
            end = bisect_right(clean.offsets, e.evidence_span[1] - 1)
            at = None if any(pos <= d.start < end for d in mentions) else _handover_day(e, events)
            if at is not None:
                e = e.model_copy(update={"date": at})
        if e.type == "message":
            # (3月5日,甲省医疗队抵达乙市。…乙市市长在机场迎接时说…感谢: of the team's arrival day)
            at = _welcome_day(clean, e, events, mentions)
            if at is not None:
                e = e.model_copy(update={"date": at})
        if (e.date is None and e.type == "aggregate" and page_anchor is not None and e.evidence
                and not _HAN.search(e.evidence)):
            # "Over the year it sent masks to 40 partners." / "Its doctors also held 23 video calls.": an English
            # tally told without a day of its own stands as of the page's day, not on the day of the act before it
            e = e.model_copy(update={"date": DateRef(value=page_anchor.isoformat(), qualifier="as_of")})
        if e.date is None:
            when = None
            later = bool(_LATER.search(e.evidence or ""))
            if e.evidence_span is not None and e.type in ("donation", "aggregate"):
                when = _restated(clean, e.evidence_span[1], mentions, starts)
            if when is None and e.type == "request" and _ANSWERS_REQUEST.search(e.evidence or ""):
                when = _later_told(clean, e, mentions, starts, anchor, _ASKING, events)
            if (when is None and e.type == "donation" and not later
                    and _page_day_only(clean, e, mentions, starts, anchor)):
                when = _later_told(clean, e, mentions, starts, anchor, _HANDLED, events)
            if (when is None and anchor is not None and e.type in ("message", "request")
                    and (_PERFECT_TELLING.search(e.evidence or "") or _ALREADY_SENT_ZH.search(e.evidence or ""))):
                when = (_telling_day(clean, e, mentions, starts) if _ALREADY_SENT_ZH.search(e.evidence or "") else None) \
                    or DateRef(value=anchor.isoformat(), qualifier="before")
            if (when is None and anchor is not None and e.type in ("donation", "aggregate")
                    and _PERFECT_GIFT.search(e.evidence or "")):
                when = DateRef(value=anchor.isoformat(), qualifier="before")
            if when is None and anchor is not None and _ADDED_ZH.match(e.evidence or ""):
                when = DateRef(value=anchor.isoformat(), qualifier="before")
            if when is None:
                when = _goods_day(e, out + events[len(out):], _sentence_lead(clean, e))
            if (when is None and anchor is not None and _HEREBY_ZH.search(e.evidence or "")):
                when = DateRef(value=anchor.isoformat(), qualifier="before")
            if (when is None and anchor is not None and e.type == "message" and not later
                    and _THANKS_LETTER_ZH.search(to_simplified(e.evidence or ""))
                    and not _READ_OUT_ZH.search(to_simplified(e.evidence or ""))):
                # (…4月10日,口罩运抵X。X市政府还向Y寄去感谢信: written after the goods came, on no day the text
                # gives: by the time the page was written)
                when = DateRef(value=anchor.isoformat(), qualifier="before")
            if when is None and e.evidence_span is not None and not later:
                pos = bisect_right(clean.offsets, e.evidence_span[0] - 1)  # first cleaned char at or after it
                i = bisect_left(starts, pos)
                when = _occasion_day(clean.text, e.evidence or "", mentions, i)
                if when is None and anchor is not None and e.type == "message" and _SAID_QUOTE_EN.search(e.evidence or ""):
                    when = DateRef(value=anchor.isoformat(), qualifier="before")
                # "Since mid-March, its partners have given 90,000 masks. A gave 50,000.": where a running total
                # starts is no day of the acts told after it; the day told before that opener is
                while i and _SINCE_EN.match(mentions[i - 1].text):
                    i -= 1
                if i and anchor is not None and _new_item_since(clean.text, mentions[i - 1].end, pos):
                    # "SAPPORO -- ... sent gowns on Wednesday ... KOBE -- X wrote to Y ...": the next item of a
                    # briefs page is its own story; a day told in the item before is not its day
                    when = DateRef(value=anchor.isoformat(), qualifier="before")
                if when is None and i:
                    # (…。今年2月,Y曾向X捐赠…。X此前还向Y寄送…: not the recollection's time, the story's before it)
                    d = story_date(mentions[:i], mentions[i - 1], e.evidence or "")
                    earlier = _EARLIER.search(e.evidence or "") is not None
                    if d is mentions[i - 1] and not earlier:
                        d = _before_recalled_en(clean.text, mentions[:i], e.evidence or "") or d
                    when = DateRef(value=d.value, qualifier="before" if earlier else d.qualifier)
                    back = _after_flashback(clean.text, mentions[:i], pos) if e.type == "message" else None
                    if back is not None and not earlier:
                        when = back
                    if anchor is not None and not earlier and _new_item_zh(clean.text, d, pos):
                        # (…4月3日,举行视频会议。\n三是致函慰问。市长致信X…: the item before dates none of this one)
                        when = DateRef(value=anchor.isoformat(), qualifier="before")
            if when is None and anchor is not None:
                when = DateRef(value=anchor.isoformat(), qualifier="before")
            if when is not None:
                e = e.model_copy(update={"date": when})
        out.append(e)
    return out
