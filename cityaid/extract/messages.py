"""Messages told as speech, in both languages: thanks or sympathy quoted with its speaker.

News and city-hall pages report a partner's thanks less often with a word
like 感谢信 / "letter of thanks" than by quoting the official who spoke or
wrote it::

    Cllr X, for Cheltenham Borough Council, said: "We are very grateful to Weihai ..."
    "On behalf of the people of Treviso, I thank the people of Jiaxing," said Mayor X.
    旧金山市长…在记者会上说：“感谢上海的朋友们……”
    “……衷心感谢高雄市民的支持。”八王子市长说。

The spec counts thanks or sympathy expressed publicly (words at a ceremony,
a tweet, a press conference) as a ``message``.  The event readers mask
quotations (a quotation is not the reporter's statement of fact); this
module reads what they leave: a quotation that holds a word of thanks,
sympathy or good wishes, attributed by a speech verb just before or after
it.  The sender is the place of the speaker (the attribution's first named
party, ``on behalf of X``), the recipient the party the words address (named
in the quotation after the word of thanks, else before it, else in the
attribution).  A side left unnamed comes from the gift told last in the page
(thanks answer a gift: its recipient thanks its giver).  Only exchanges between two countries' places are
kept, and a quotation already read as a message (its sentence gave one, or
the same two sides exchanged one close by) adds nothing.

The second reader here splits an English message told with several senders
or addressees (``the mayors of A and B wrote to ...``, ``letters to the
mayors of A and B``) into one message each, as the spec asks, and reads a
consultation's sides in order: the side whose experts hold the meeting is
``from`` (the subject), the side met ``with`` is ``to``.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
import re
from dataclasses import dataclass
from typing import Optional

from cityaid.extract.frames import CALLED_OR_WROTE, opens_as_caller
from cityaid.model import Actor, CleanText, DateRef, Event
from cityaid.resolve.english import OWN_GOVERNMENT_BEHALF_EN
from cityaid.resolve.national import national_voice


@dataclass(frozen=True)
class Party:
    """A named party at ``[start, end)`` of the cleaned text (either language's mention, flattened)."""

    start: int
    end: int
    key: Optional[str]
    level: Optional[str]
    name: str
    country: Optional[str]


def _actor(p: Party) -> Actor:
    """The event side a party names."""
    return Actor(key=p.key, name=p.name, level=p.level)


# ------------------------------------------------------------------ cues
#: words of thanks in a quotation: thanks said outright, or a debt owned (never forget, your kindness)
THANKS_EN = re.compile(r"\b(?:thank(?:s|ed|ing|ful)?|grateful|gratitude|appreciat(?:e|es|ed|ion)|indebted|"
                       r"(?:never|not|won['’]t)\s+(?:ever\s+)?forget|kindness|generosity|"
                       # thanks in the speaker's own language: "Merci, Wuhan!", "Danke Shenyang"
                       r"grazie|merci|danke|gracias|obrigad[oa]|dzi[eę]kuj[eę]|dank\s+je|tack|kiitos|arigat[oō]|"
                       # (pinyin written with its tone marks, "xièxiè", is the same word)
                       r"kamsahamnida|spasibo|xi[eèéěē]\s*xi[eèéěē])\b", re.I)
SYMPATHY_EN = re.compile(r"\b(?:condolences?|sympath(?:y|ies|ize|ise)|solidarity|best wishes|stand(?:s|ing)? (?:with|by)|"
                         r"not alone|get well|stay strong|(?:thoughts|prayers|hearts?)\s+(?:are|is|go|goes)\s+(?:out\s+)?"
                         r"(?:with|to))\b", re.I)
#: a country named by its adjective ("Chinese", "Italian", "Polish"): it describes, it is told nothing
DEMONYM_EN = re.compile(r"[A-Z][a-z]+(?:ese|ian|ish|ean|ch)")
#: the party a quoted fragment is told to, named right after it: said the city was "deeply grateful" to X
ADDRESSEE_AFTER_QUOTE_EN = re.compile(r"[\"”]\s*(?:to|towards?|with)\s+(?:(?:the|its|our|their)\s+)?(?:(?:people|citizens|"
                                      r"residents|city|government|friends)\s+(?:of|in)\s+)?(?:the\s+)?")
SAYS_EN = re.compile(r"\b(?:said|says|say|wrote|writes|tweeted|posted|added|told|stated|declared|remarked|noted|"
                     r"commented|replied|stressed|saying|writing|(?:that|which)\s+read|reads|reading)\b", re.I)
BEHALF_EN = re.compile(r"\bon behalf of\s+(?:(?:all\s+)?(?:the\s+)?(?:people|citizens|residents|city|town|government|"
                       r"council)\s+of\s+)?", re.I)
#: the writer of words quoted from a letter or message: "a message from X that read"
AUTHOR_FROM_EN = re.compile(r"\b(?:letter|message|note|card|video)s?\s+from\s+(?:the\s+)?$", re.I)
#: a party after one of these is not the speaker's (``who received the supplies from a representative of X``)
#: a clause fronted before the main one ("In February, as X was under lockdown, Y's mayor said"): the place
#: named in it is the scene, not the speaker
FRONTED_CLAUSE_EN = re.compile(r"\W*(?:(?:[A-Z][a-z]+\s+)?(?:In|On|During|By|This|Last)\s+(?:(?:early|mid|late|the)[\s-]+)?"
                               r"[A-Z]?[a-z]+(?:\s+\d{1,2})?,\s+)?(?:[Ww]hen|[Aa]s|While|After|Amid|Since)\b[^,;:]*$")
OBLIQUE = re.compile(r"(?:\b(?:from|by|with|to|than)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w-]+\s+){0,3}|"
                     r"(?:从|由|向|给|对|与|同|自)[^,，。:：]{0,6})$")
#: a party named right after a word of thanks in the attribution: "thanking X", "grateful to the X", 感谢X, 向X致谢
THANKED_BEFORE = re.compile(r"(?:\b(?:thank(?:ing|ed|s)?|grateful\s+to|gratitude\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?|"
                            r"(?:感谢|感激|谢谢|致谢)[^,，。:：]{0,4}?)$", re.I)
#: a party the quoted words call on by name before a cheer: “温州加油”, 「高雄挺住」
ADDRESSED_BEFORE_CUE = re.compile(r"\s*(?:市民|人民)?\s*[,，!！]?\s*(?:加油|挺住|挺得住|必胜)")
THANKED_CUE_ZH = re.compile(r"感谢|感激|谢谢|致谢|(?:不会|不能|永不|绝不)忘")
#: between the thanker named in a quotation and its word of thanks: 三藩市(人民)衷心感谢, 大阪府民不会忘记
THANKER_GAP_ZH = re.compile(r"(?:人民|市民|县民|府民|州民|区民|道民|政府|全体市民)?(?:再次|衷心|由衷|真诚|诚挚|深深|非常|十分|"
                            r"特别|万分|永远|都|也|将|会|要|地)*")
#: a party named by a word that only points back (市民, 我市, 该市政府): not a named thanker
GENERIC_PARTY_ZH = re.compile(r"(?:我|本|该|全|贵|当地)?(?:市|省|县|区|州|府|国|地)?(?:民|人民|市民|政府|朋友)?")
#: a place in the name of the virus (``the Corona Virus``) is no party
VIRUS_AFTER = re.compile(r"\s*(?:virus|病毒)", re.I)
QUOTE_EN = re.compile(r"[\"“][^\"”\n]{8,}[\"”]")
#: words quoted in single marks, closed by a comma or a stop before the attribution ("'We thank X,' the mayor
#: wrote"): an apostrophe inside ends the match early, so only a clean quotation counts
QUOTE_SINGLE_EN = re.compile(r"(?:^|(?<=[\s(\[]))['‘](?=[A-Z])[^'’\"“”\n]{8,300}?[,!?]['’](?=\s)")

THANKS_ZH = re.compile(r"感谢|感激|谢谢|谢意|致谢|道谢|感恩|感动|(?:不会|不能|不曾|永不|绝不|没有|没|从未|从没)忘(?:记)?|铭记|难忘")
#: 慰问 as words of sympathy, not 慰问金/慰问品 (money or goods given)
CONSOLE_ZH = r"慰问(?!金|品|物资|款|袋|包)"
CONSOLE_ZH_RE = re.compile(CONSOLE_ZH)
_CONSOLE_OR_MOURN_ZH = re.compile(CONSOLE_ZH + r"|哀悼")
SYMPATHY_ZH = re.compile(CONSOLE_ZH + r"|哀悼|问候|祝福|祝愿|加油|挺住|声援|同舟共济|守望相助|站在一起|"
                         r"雪中送炭|患难见真情|真正的朋友|真朋友|好朋友|最需要的时候|困难时刻|及时雨|暖心|慷慨|"
                         r"感同身受|(?:早日|尽早|尽快)(?:战胜|渡过|度过|走出|摆脱)")
SAYS_ZH = re.compile(r"(?:说|表示|写道|写下|写到|称|指出|强调|留言|发文|贴文|推文|发帖|致辞|致词|感慨|动情地说|讲话)")
#: a cheer put on show (悬挂“X加油”横幅, 打出写有「X挺住」的标语): words to X, displayed; the verb counts as the
#: quotation's speech verb where the words it shows are named a banner, a poster or lights right after them
DISPLAY_ZH = re.compile(r"(?:悬挂|挂出|挂起|打出|拉起|拉出|张贴|亮出|展示|点亮|亮起)(?=[^,，。;；“「『]{0,12}[“「『][^”」』]{1,24}"
                        r"[”」』]\s*的?(?:巨幅|大幅|大型|中文)?(?:横幅|标语|条幅|海报|字样|灯光|灯饰|标牌|展板|布条))")
BEHALF_ZH = re.compile(r"(?:我)?(?:谨)?代表")
#: what may stand between "on behalf of" and the place: 全体, a head count (230万), the
BEHALF_GAP = re.compile(r"\s*(?:全体|所有|整个|(?:every|each|all(?:\s+of)?)\s+)?\s*(?:[\d.,]+\s*(?:万|千|百|亿)?(?:名|位)?|[一二三四五六七八九十百千万两]+(?:名|位)?)?\s*(?:the\s+)?")
REPORTED_ZH = re.compile(r"(?:说|表示|写道|称|指出|强调)\s*[,，:：](?![“「『])")
QUOTE_ZH = re.compile(r"[“「『]([^”」』\n]{4,})[”」』]")
SENT_END_ZH = re.compile(r"[。！？!?\n]")


#: a plan before the words of thanks: the thanks are promised, not given
PLAN_BEFORE_ZH = re.compile(r"(?:将|拟|计划|准备|打算|即将|将要|想要|会)(?:[^,，。]{0,3}?)(?:向|给|对|致|为)")
PLAN_BEFORE_EN = re.compile(r"\b(?:will|would(?!\s+(?:like|love)\s+to)|shall|plans? to|going to|intends? to|hopes? to)\s+(?:\w+\s+){0,2}?"
                            r"(?:thank|send|write|express|convey)\b", re.I)


def _kind(words: str, thanks: re.Pattern) -> str:
    return "thanks" if thanks.search(words) else "solidarity"


# ------------------------------------------------------------------ the shared reading
@dataclass
class _Spoken:
    start: int  # the sentence (quotation and attribution) in the cleaned text
    end: int
    frm: Party
    to: Party
    kind: str
    said_at: int  # the speech verb (for the date)
    latest: bool = False  # dated by the last day told before the verb (…运抵，州长当天…致谢)
    shown: bool = False  # words put on show (挂出“X加油”的横幅): an act of its own, not a letter told close by


#: a clause break inside quoted words
CLAUSE_PUNCT_ZH = re.compile(r"[,，。;；!?！？:：、]")


def _sides(text: str, q0: int, q1: int, cue_at: int, attribution: tuple[int, int], parties: list[Party],
           behalf: re.Pattern, says: re.Pattern) -> tuple[Optional[Party], Optional[Party]]:
    """(speaker's party, addressed party) of a quotation at ``[q0, q1)`` whose word of thanks is at ``cue_at``."""
    a0, a1 = attribution
    outside = [p for p in parties if a0 <= p.start < a1 and p.key]
    inside = [p for p in parties if q0 <= p.start < q1 and p.key]
    sender = None
    for m in behalf.finditer(text, min(q0, a0), max(q1, a1)):
        # 代表全市人民 / 我代表230万休士顿市民: a count or 全体 may stand between 代表 and the place
        sender = next((p for p in parties if p.key and ((0 <= p.start - m.end() <= 12 and BEHALF_GAP.fullmatch(
            text, m.end(), p.start)) or m.start() + 12 <= p.start < m.end() < p.end)), None)  # (…of the City of X)
        if sender is not None:
            break
    # the one thanked in the attribution ("she said, thanking X" / 说…，感谢X): addressed, never the speaker
    thanked = [p for p in outside if THANKED_BEFORE.search(text, max(a0, p.start - 30), p.start)]
    # the one the words address by name (“温州加油”, "Thank you, Daegu"): the speaker is of another country
    addressed = [p for p in inside if p.start >= cue_at or ADDRESSED_BEFORE_CUE.match(text, p.end)]
    if sender is None and THANKED_CUE_ZH.match(text, cue_at):
        # “…三藩市衷心感谢我们的姊妹城市”: the place the quoted words make the subject of their thanks speaks
        sender = next((p for p in inside if p.end <= cue_at and THANKER_GAP_ZH.fullmatch(text, p.end, cue_at)
                       and not GENERIC_PARTY_ZH.fullmatch(p.name or "")), None)
    if sender is None:
        # "a message from X that read": the one it is from wrote it
        sender = next((p for p in outside if AUTHOR_FROM_EN.search(text, max(a0, p.start - 30), p.start)), None)
    if sender is None and outside:
        # the speaker's own party, not one named in a phrase about someone else (received ... from X)
        far = {p.country for p in (thanked or addressed)[:1]}
        if not thanked and addressed and any(p.end <= cue_at and p.country not in far and not CLAUSE_PUNCT_ZH.search(
                text, p.end, cue_at) for p in inside):
            # 「…今天甲市同样没有忘记乙市」: another place is the subject of the cue in the words; the one after it is
            # its object, not one addressed, and may be the speaker's own
            far = set()
        sender = next((p for p in outside if not OBLIQUE.search(text, max(a0, p.start - 40), p.start)
                       and p not in thanked and p.country not in far
                       and not (FRONTED_CLAUSE_EN.match(text, a0, p.start) and "," in text[p.end:a1])), None)
    if thanked and (sender is None or thanked[0].country != sender.country):
        return sender, thanked[0]
    if sender is None and not outside:
        helped = _helper_in_words(text, inside)
        if helped is not None:
            return helped
    pool = [p for p in inside if sender is None or (p.key != sender.key and p.country != sender.country)]
    after = [p for p in pool if p.start >= cue_at]
    before = [p for p in pool if p.start < cue_at]
    to = after[0] if after else (before[-1] if before else None)
    if to is None:
        # a fragment quoted mid-sentence: the one addressed named right after it
        to = next((p for p in parties if p.key and q1 < p.start <= q1 + 60 and ADDRESSEE_AFTER_QUOTE_EN.fullmatch(
            text, q1, p.start) and (sender is None or p.country != sender.country)), None)
    if to is None:
        verb = says.search(text, a0, a1)
        rest = [p for p in outside if verb is not None and p.start > verb.end() and p is not sender
                and (sender is None or p.country != sender.country)
                and not (p.level == "country" and DEMONYM_EN.fullmatch(p.name or ""))]  # (a photo of Chinese boxes)
        to = rest[0] if rest else None
    return sender, to


#: the words tell who helped whom (X在自身抗疫的同时向Y伸出援手): X, the helper, is the one thanked
_HELPED_GAP_ZH = re.compile(r"[^,，。;；!?！？“”「」]{0,14}?[向给為为]$")
_HELP_AFTER_ZH = re.compile(r"\s*(?:伸出(?:了)?(?:援手|援助之手)|提供(?:了)?(?:援助|帮助|支援)|捐赠|捐贈|捐助|援助|支援|"
                            r"送来|送來|寄来|寄來|雪中送炭)")
#: the friends of X (X的朋友们雪中送炭): words about X's people, spoken to X
_FRIENDS_OF_ZH = re.compile(r"的(?:朋友|友人|人民|市民|县民|縣民)(?:们|們)?(?!的)")


def _helper_in_words(text: str, inside: list[Party]) -> Optional[tuple[Party, Party]]:
    """(speaker, thanked) where words quoted with no speaker's place name the helper and the helped: X向Y伸出援手
    (Y speaks, to X) or X的朋友们雪中送炭 (to X, from the other country named in the words)."""
    for a in inside:
        for b in inside:
            if b.start > a.end and a.country != b.country and _HELPED_GAP_ZH.search(text[a.end:b.start]) \
                    and _HELP_AFTER_ZH.match(text, b.end):
                return b, a
    for a in inside:
        if _FRIENDS_OF_ZH.match(text, a.end):
            other = next((b for b in inside if b.country != a.country), None)
            if other is not None:
                return other, a
    return None


def _fill(sender: Optional[Party], to: Optional[Party], gift: Optional[Event], home: Optional[Party],
          partner: Optional[Party]) -> tuple[Optional[Party], Optional[Party]]:
    """A side the words leave unnamed: from the gift told before (its recipient thanks its giver)."""
    def as_party(actors) -> Optional[Party]:
        a = next((x for x in actors if x.key), None)
        return None if a is None else Party(-1, -1, a.key, a.level, a.name, a.key.split("/")[0])
    if gift is not None:
        giver, got = as_party(gift.from_), as_party(gift.to)
        if sender is None and to is not None and giver is not None and to.country == giver.country:
            sender = got
        elif to is None and sender is not None and got is not None and sender.country == got.country:
            to = giver
        elif sender is None and to is None:
            sender, to = got, giver
    # (the page's place or its partner alone were tried as the missing side: one false message on check,
    # none gained on tune or the probes; a side the words and the gift leave unnamed stays unnamed)
    return sender, to


def _read_spoken(text: str, quotes: list[tuple[int, int]], parties: list[Party], lang: str,
                 gifts: list[tuple[int, Event]], home: Optional[Party], partner: Optional[Party],
                 sentence_starts: list[int]) -> list[_Spoken]:
    zh = lang == "zh"
    parties = [p for p in parties if not VIRUS_AFTER.match(text, p.end)]
    thanks, sympathy = (THANKS_ZH, SYMPATHY_ZH) if zh else (THANKS_EN, SYMPATHY_EN)
    says, behalf = (SAYS_ZH, BEHALF_ZH) if zh else (SAYS_EN, BEHALF_EN)
    out = []
    prev_end = 0
    for q0, q1 in quotes:
        words = text[q0:q1]
        if zh and INSCRIPTION_BEFORE_ZH.search(text, max(0, q0 - 16), q0):
            prev_end = q1
            continue  # (杭州方面在包裹上写着「……」: the words on the boxes, told by the one who got them)
        cue = thanks.search(words) or sympathy.search(words)
        # X在接收仪式上说，Y的援助“……”: words on the gift received, whatever they say of it, are thanks
        praised = cue is None and zh and PRAISED_GIFT_ZH.search(text, max(0, q0 - 40), q0) is not None \
            and RECEIPT_ZH.search(text, max([0] + [x for x in sentence_starts if x < q0]), q0) is not None
        # Y特别感谢X市长：「……」: the thanks are told in the words that introduce the quotation
        intro = THANKS_INTRO_ZH.search(text, max(0, q0 - 40), max(0, q0 - 1)) if zh and cue is None else None
        if intro is not None:
            praised = True
        if cue is None and not praised and zh and not SENT_END_ZH.search(
                text, q1, next((s for s, _ in quotes if s > q1), q1 + 1)):
            continue  # (X表示，Y的物资只是“一点心意”，“Z将永远铭记”: a fragment of the words the next quotation goes on with)
        if (cue is None and not praised) or (cue is not None and (PLAN_BEFORE_ZH if zh else PLAN_BEFORE_EN).search(
                words, 0, cue.start())):
            prev_end = q1  # (将向南京致信表达感谢 / "we will thank": a plan told, not the thanks)
            continue
        # the attribution: the speech verb in the words right before the quotation, or right after it
        line0 = max(text.rfind("\n", 0, q0) + 1, prev_end)
        b0 = max([line0] + [x for x in sentence_starts if x < q0 and not any(s0 < x < s1 for s0, s1 in quotes)])
        verb_before = [m for m in says.finditer(text, b0, q0)]
        if zh:  # (the display verb's lookahead reads past the quotation's start)
            verb_before = sorted(verb_before + [m for m in DISPLAY_ZH.finditer(text, b0, q1 + 16) if m.end() <= q0],
                                 key=lambda m: m.start())
        nl = text.find("\n", q1)
        lim = len(text) if nl == -1 else nl
        a_end = min([x for x in sentence_starts if x > q1 + 1] + [lim])
        nxt_q = next((s for s, _ in quotes if s > q1), None)
        if nxt_q is not None:
            a_end = min(a_end, nxt_q)
        reach = 30 + sum(len(g.group()) for g in LATIN_GLOSS.finditer(text, q1, min(a_end, q1 + 80))) if zh else 80
        verb_after = says.search(text, q1, min(a_end, q1 + reach))  # (…主任艾根（Jeff Egan）表示: the gloss adds no distance)
        if zh and verb_after is None and cue is not None and thanks.search(words) and _DATELINE_LEAD_ZH.fullmatch(text, b0, q0 - 1) \
                and q1 - q0 <= 40:
            # “X朋友，多谢了！”本周一，Y市长在社交媒体上发布一段视频 / “感谢X！”…，Y市长签收货箱，再三致谢: short
            # thanks opening the sentence, the scene told after; the act that shows or says them is the verb
            # (the scene may quote words of its own, 印有“…”字样的物资箱: the sentence, not the next quotation, ends it)
            s_end = min([x for x in sentence_starts if x > q1 + 1] + [lim])
            verb_after = SHOWN_AFTER_ZH.search(text, q1, min(s_end, q1 + 90))
            if verb_after is not None:
                a_end = s_end
        opener = [m for m in verb_before if re.match(r"\s*[,，:：]", text[m.end():m.end() + 2])]
        if intro is not None:
            attribution, said = (b0, q0), intro
        elif verb_before and q0 - verb_before[-1].end() <= (12 if zh else 30):
            attribution, said = (b0, q0), verb_before[-1]
        elif opener:
            # X在仪式上致词表示，……，「……衷心感谢Y」: the speech opened earlier in the sentence; the speaker
            # is named before its verb (the clause after it is what was said)
            attribution, said = (b0, opener[-1].start()), opener[-1]
        elif verb_after is not None:
            attribution, said = (q1, a_end), verb_after
        elif (cont := _continued(text, quotes, q0, says, zh)) is not None:
            # “…,” X said at the briefing. “…thank you…”: the speaker of the quotation just before goes on
            attribution, said = cont
        else:
            prev_end = q1
            continue
        sender, to = _sides(text, q0, q1, q0 + (cue.start() if cue is not None else 0), attribution, parties, behalf,
                            says)
        if zh and RECIPROCITY_ZH.search(words) and not SECOND_PERSON_ZH.search(words) \
                and _medium(text[attribution[0]:attribution[1]]) is None:
            prev_end = q1
            continue  # (“当时对方雪中送炭，现在我们投桃报李。”外办负责人说: the giver's own remark on the past)
        if zh and STAFF_SPEAKER_ZH.search(text, attribution[0], attribution[1]) and not SECOND_PERSON_ZH.search(words) \
                and _medium(text[attribution[0]:attribution[1]]) is None \
                and not any(attribution[0] <= p.start < attribution[1] and p.country not in (None, "CN", "TW", "HK", "MO")
                            for p in parties):
            prev_end = q1
            continue  # (市外办负责人说,“这份心意,我们会一直记着” / “…”一名工作人员说: the home side's staff telling the
            # reporter, of the partner in the third person, is no message to it)
        subject = _clause_subject(text, attribution[0], said.start(), parties) if zh else None
        if subject is not None and sender is not None and subject.country != sender.country:
            # 武汉捐赠的物资在大分市完成移交，大分市长接过清单后表示，……: the speaker is the subject of the verb's
            # own clause, not the place the sentence opens with
            if to is None or to.country == subject.country:
                to = sender
            sender = subject
        at_gift, gift = next(((at, g) for at, g in reversed(gifts) if at < q0), (-1, None))
        if sender is None and to is None and gift is not None and at_gift >= attribution[0] and not thanks.search(words):
            # 该市曾向成都寄出一批手套，“两市是真正的朋友” / 普拉托市曾…寄来温州，市长说了一句“温州加油”: the speaker
            # recalls their own side's gift in the attribution: the giver speaks, to the recipient
            to, sender = _fill(None, None, gift, home, partner)
        if to is None and sender is not None and sender.start >= 0 \
                and AUTHOR_FROM_EN.search(text, max(0, sender.start - 30), sender.start):
            # "the masks arrived along with a message from X that read, ...": to the recipient of X's goods
            sent = next((g for at, g in reversed(gifts) if at < q0 and any(x.key == sender.key for x in g.from_)), None)
            to = next((Party(-1, -1, x.key, x.level, x.name, x.key.split("/")[0]) for x in (sent.to if sent else [])
                       if x.key and x.key.split("/")[0] != sender.country), None)
        if sender is None and to is not None:
            # the thanks answer the gift the thanked party gave, not merely the gift told last
            gift = next((g for at, g in reversed(gifts) if at < q0 and any(a.key == to.key for a in g.from_)), gift)
        if zh and sender is None and to is not None and to.country and to.country != "CN" \
                and WE_CHINA_ZH.search(words):
            # 「…疫情正值难关，中方同感，愿这批口罩助X…」: the speaker speaks for China
            sender = Party(-1, -1, "CN", "country", "中方", "CN")
        if sender is None or to is None:
            sender, to = _fill(sender, to, gift, home, partner)
        prev_end = q1
        if sender is None or to is None or not sender.key or not to.key or sender.country == to.country:
            continue
        out.append(_Spoken(min(attribution[0], q0 - 1), max(attribution[1], q1 + 1), sender, to,
                           "thanks" if praised else _kind(words, thanks), said.start(),
                           shown=zh and DISPLAY_ZH.match(text, said.start()) is not None))
    return out


#: the words name the speaker's own side as China (中方感同身受 / 我们中国人民): a Chinese speaker
WE_CHINA_ZH = re.compile(r"中方(?!的)|中國方面|中国方面|我们中国|我們中國")
#: the thanks told in the words that introduce a quotation: 市长特别感谢X市长：「……」 (the colon closes them)
THANKS_INTRO_ZH = re.compile(r"(?:感谢|感激|致谢|谢谢)[^,，。;；!?！？“”「」『』:：\n]{1,30}[:：]\s*$")
#: words that set the other side's help then against one's own turn now (当时对方雪中送炭，现在我们投桃报李;
#: 那时X与我们站在一起，现在轮到我们了): a remark on the giver's reasons, not words to the partner
RECIPROCITY_ZH = re.compile(r"(?:当时|那时|当初|彼时|那会儿|曾经)[^。!?！？]{0,40}?[,，;；]\s*"
                            r"(?:现在|如今|今天|这次|此时|此刻|眼下)")
#: the words speak to the partner (你们, 您, 贵市): a message, whatever they recall
SECOND_PERSON_ZH = re.compile(r"你们|您|贵(?:市|省|县|区|州|国|方)")
#: an unnamed official, member of staff or of the public speaking: 有关负责人, 工作人员, 相关人士, 一位市民, 网友
STAFF_SPEAKER_ZH = re.compile(r"负责人|負責人|负责同志|工作人员|工作人員|相关人士|相關人士|知情人士|志愿者|志願者|网友|網友|"
                              r"一位[^,，。;；“”「」]{0,14}?(?:市民|居民|员工|員工)")
#: the same speakers right before the verb of saying (市外办有关负责人说, 网友留言)
STAFF_BEFORE_VERB_ZH = re.compile(r"(?:" + STAFF_SPEAKER_ZH.pattern + r")\s*(?:还|也|又|则)?\s*$")
#: a name glossed in Latin letters in brackets: 艾根（Jeff Egan）
LATIN_GLOSS = re.compile(r"[（(][A-Za-z][A-Za-z .'’-]{1,40}[)）]")
#: words written on the goods: 在包裹上写着“……”, 箱子上印有「……」
INSCRIPTION_BEFORE_ZH = re.compile(r"(?:包裹|箱子|纸箱|包装箱|外包装|物资|横幅|箱)上(?:写[着著有下了]|印[着著有]|贴[着著有])\s*[,，:：]?\s*[“「『]$")
#: the other side's gift named right before the words said of it: 河南的援助“……”, 山东的这份礼物「……」
PRAISED_GIFT_ZH = re.compile(r"(?:说|表示|称|指出|认为)\s*[,，:：]?\s*[^,，。“「『]{1,10}?的(?:这份|这批|此次|及时)?"
                             r"(?:援助|帮助|支援|支持|礼物|回赠|情谊|友情|善意|善举|心意|捐赠|物资)\s*[“「『]$")
#: the sentence tells the gift received: 在接收仪式上, 接收物资后, 签收时, 接过清单
RECEIPT_ZH = re.compile(r"接收|签收|接过|收到|交接|移交|受赠")
#: what may stand between a clause's start and its subject: a day, 当天, 随后
CLAUSE_LEAD_ZH = re.compile(r"\s*(?:(?:\d{1,2}月)?\d{1,2}日|当天|当日|同日|随后|此后|其后|日前|近日)?\s*[,，]?\s*")


#: all a paragraph may hold before the words of thanks that open it: a paper's dateline (本报讯（记者 某某）)
_DATELINE_LEAD_ZH = re.compile(r"[\s\u3000]*(?:本报讯|本网讯|本报[\u4e00-\u9fff]{0,6}电|[\u4e00-\u9fff]{2,8}讯)?\s*"
                               r"(?:[（(][^)）\n]{0,40}[)）])?[\s\u3000]*")
#: what a sentence opened by words of thanks goes on to tell its speaker doing: thanking, or putting up a post
SHOWN_AFTER_ZH = re.compile(r"(?:连声|连连|再三|频频|一再|多次)?(?:道谢|致谢|称谢)|"
                            r"(?:社交媒体|推特|脸书|微博|社群媒体|网站|主页|官网)上?(?:晒出|发布|贴出|发出|上传)")


#: a statement made, then its words introduced: 市长…发表谈话，称
STATEMENT_THEN_ZH = re.compile(r"[^,，;；。！？\n]*(?:发表|发布)[^,，;；。！？\n]{0,4}(?:谈话|声明|讲话|致辞|视频|文章)\s*[,，]\s*")


_CLAUSE_BREAK_ZH = re.compile(r"[,，;；。！？\n]")


def _clause_subject(text: str, a0: int, verb_at: int, parties: list[Party]) -> Optional[Party]:
    """The party opening the clause of the speech verb (X市长…后表示): the one who speaks."""
    if verb_at <= a0:
        return None
    for p in reversed([p for p in parties if a0 <= p.start < verb_at and p.key]):
        if _CLAUSE_BREAK_ZH.search(text[p.end:verb_at]) and not STATEMENT_THEN_ZH.fullmatch(text, p.end, verb_at):
            return None  # (the party is in an earlier clause)
        lead = max(text.rfind(c, a0, p.start) for c in "，,;；。！？\n")
        if CLAUSE_LEAD_ZH.fullmatch(text, max(lead + 1, a0), p.start):
            return None if OFFICE_ZH.fullmatch(p.name or "") else p  # (市长 alone names no place of its own)
    return None


def _continued(text: str, quotes: list[tuple[int, int]], q0: int, says: re.Pattern,
               zh: bool) -> Optional[tuple[tuple[int, int], re.Match]]:
    """The attribution of a quotation that goes on after its speaker's sentence in one paragraph
    (``"...," the mayor said on Monday. "I thank ..."``): the words between the two quotations, where they
    hold a speech verb and no more than a short sentence."""
    prev = [(a, b) for a, b in quotes if b < q0]
    if not prev:
        return None
    p1 = prev[-1][1]
    gap = text[p1:q0]
    if "\n" in gap or len(gap) > (40 if zh else 120):
        return None
    verb = says.search(text, p1, q0)
    return ((p1, q0), verb) if verb is not None else None


def _spans(original: str, events: list[Event]) -> list[tuple[int, int, Event]]:
    out = []
    for e in events:
        span = getattr(e, "evidence_span", None)
        if not span or original[span[0]:span[1]] != e.evidence:
            at = original.find(e.evidence) if e.evidence else -1
            span = (at, at + len(e.evidence)) if at != -1 else None
        if span:
            # (“…。”他随后向Y致谢: the closing mark of the quote before opens the evidence; the act told after it
            # is not what the quote says)
            a = span[0]
            while a < span[1] - 1 and original[a] in "”」』\"":
                a += 1
            out.append((a, span[1], e))
    return out


#: the medium a sentence names for the words it quotes: a video is not the letter told close by
MEDIUM_WORDS = (("video", re.compile(r"视频|視頻|影片|短片|录像|\bvideo\b", re.I)),
                ("letter", re.compile(r"(?<![相自确诚坚迷通短微])信(?![息心任用号誉赖念])|函|\bletter\b|\bnote\b", re.I)),
                ("phone", re.compile(r"电话|電話|\b(?:phone|call)\b", re.I)),
                # (4日的交接仪式上,市长说: words said in person at a hand-over are not the video sent before it)
                ("in_person", re.compile(r"(?:交接|接收|移交|捐赠|受赠|欢迎|揭牌)(?:仪式|儀式)(?:上|现场|現場|时|時)")))


def _medium(words: str) -> Optional[str]:
    named = [m for m, rx in MEDIUM_WORDS if rx.search(words)]
    return named[0] if len(named) == 1 else None


def _told(o0: int, o1: int, spans, frm: str, to: str, kind: Optional[str] = None, medium: Optional[str] = None,
          named: bool = False) -> bool:
    """The quotation's sentence already gave a message, or the same two sides exchanged one close by
    (of the same kind: a letter of sympathy told before is not the thanks quoted now; nor by another
    medium: words said in a video are not the letter told before them, nor words said in person at a
    hand-over the video sent before it)."""
    for s0, s1, e in spans:
        if e.type not in ("message", "aggregate"):
            continue
        if s0 < o1 and o0 < s1:
            return True
        if medium and e.type == "message" and e.medium and e.medium != medium:
            continue
        sides = {a.key for a in e.from_}, {a.key for a in e.to}
        told_kind = e.kind or _letter_kind(e, kind)
        if abs(s0 - o0) < 400 and sides == ({frm}, {to}) and (
                kind is None or told_kind in (None, kind) or e.type == "aggregate") \
                and not (e.type == "aggregate" and e.of not in (None, "message")):  # (a tally of gifts: no words)
            return True
        if 0 <= o0 - s1 < 300 and (frm in sides[0] or (to in sides[1] and (
                not sides[0] or frm.split("/")[0] in {k.split("/")[0] for k in sides[0] if k}))) \
                and not (named and _other_sender(frm, sides[0])) and (kind is None or told_kind in (None, kind)):
            # the words of the message told just before ("X thanked Y in a video. 'Thank you, Y,' she said"); not
            # the words of a speaker of another country (A致信南京…。…B市长写下“谢谢南京”: B's own thanks)
            return True
    return False


def _letter_kind(e: Event, kind: Optional[str]) -> Optional[str]:
    """A message told without its kind that speaks of sympathy only (致信…表示慰问): not the thanks now quoted."""
    if e.type != "message" or kind != "thanks" or not e.evidence:
        return None
    from cityaid.clean.normalize import to_simplified

    words = to_simplified(e.evidence)
    return "condolence" if CONSOLE_ZH_RE.search(words) and not THANKS_ZH.search(words) else None


def _other_sender(frm: str, senders: set) -> bool:
    """The speaker is another place than the sender of the message told before (a second partner thanking
    at its own ceremony), neither holding the other: the words are not that message's."""
    keys = {k for k in senders if k}
    if not keys or frm in keys:
        return False
    return all(not frm.startswith(k + "/") and not k.startswith(frm + "/") for k in keys)


def _misread(e: Event, s: _Spoken) -> bool:
    """A message of the quotation's sentence with no sender, or with the speaker's side as its recipient."""
    frm = {a.key for a in e.from_ if a.key}
    to = {a.key for a in e.to if a.key}
    return (not frm and (not to or to == {s.to.key})) or (frm == {s.to.key} and to == {s.frm.key})


#: a message the speaker received, told in the speaker's sentence (收到Y的慰问信, 接到Y的电话, "received a letter from Y")
RECEIVED_MESSAGE = re.compile(r"(?:收到|接到|接获|收悉|接獲|收讀)[^。！？,，]{0,24}?(?:信|函|电|電|视频|視頻|影片|邮件|郵件)|"
                              r"\b(?:received|got)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:letters?|messages?|notes?|cards?|videos?|calls?)\s+from\b", re.I)


#: …说:“…”。他代表大区向Y致谢: 他/她 opening the sentence is the head who spoke just before, a sender told
#: (not the recipient of a gift told earlier)
_PERSON_OPENS = re.compile(r"[\s”」』\"]*[他她](?![们們人国國方])")


def _events(clean: CleanText, original: str, events: list[Event], found: list[_Spoken], date_of) -> list[Event]:
    spans = _spans(original, events)
    out = []
    for s in found:
        if s.start >= min(s.end, len(clean.offsets)):
            continue
        # (a quotation left open by a cut page ends with the text: its span may run one past it)
        o0, o1 = clean.original_span(s.start, min(s.end, len(clean.offsets)))
        same = [e for s0, s1, e in spans if e.type == "message" and s0 < o1 and o0 < s1]
        if len(same) == 1 and _misread(same[0], s) and same[0].from_ and RECEIVED_MESSAGE.search(original, o0, o1):
            continue  # X表示，收到Y的慰问信后深受感动: the letter received runs Y -> X; the words react to it
        if len(same) == 1 and {a.key for a in same[0].from_} == {s.frm.key} and same[0].to \
                and all(a.key == s.to.country for a in same[0].to) and s.to.key != s.to.country:
            same[0].to = [_actor(s.to)]  # (“谢谢南京！谢谢中国朋友！”: read as thanks to China; the city is named first)
            continue
        if len(same) == 1 and s.latest and {a.key for a in same[0].to} == {s.to.key} and same[0].from_ \
                and {a.key for a in same[0].from_} != {s.frm.key} \
                and not any(a.name and a.name in original[o0:o1] for a in same[0].from_) \
                and not _PERSON_OPENS.match(original, o0, o1):
            # 向X捐赠的口罩运抵，州长随后…向Y致谢: a sender the sentence never names (a place told before) is
            # the gift's recipient
            same[0].from_ = [_actor(s.frm)]
            continue
        if len(same) == 1 and _misread(same[0], s):
            # the sentence's message read without its speaker, or backwards: the speaker's side wrote it
            same[0].from_ = [_actor(s.frm)]
            same[0].to = [_actor(s.to)]
            continue
        if s.kind == "thanks" and _retold_by_speaker(clean.text, s, original, spans, o0):
            continue
        medium = _medium(original[o0:o1])
        if _told(o0, o1, spans + [(x.evidence_span[0], x.evidence_span[1], x) for x in out], s.frm.key, s.to.key,
                 s.kind if s.kind == "thanks" or s.shown else None, medium, named=s.frm.start >= 0):
            continue
        evidence = original[o0:o1].strip()
        o0 = original.find(evidence, o0)
        ev = Event(type="message", date=date_of(s), evidence=evidence, evidence_span=(o0, o0 + len(evidence)),
                   **{"from": [_actor(s.frm)], "to": [_actor(s.to)]})
        ev.kind = s.kind
        ev.medium = medium  # (words said in a video are not the letter told elsewhere: see dedupe)
        out.append(ev)
    return out


#: the speaker of a quotation named by a surname after it (``"...," Fougere said.``, ``"...," the mayor, Lee, added``)
_SURNAME_SAID_EN = re.compile(r"[\"”]\s*,?\s*(?P<name>[A-Z][\w'’-]{2,})\s+(?:said|added|says|told)\b")


def _retold_by_speaker(text: str, s: _Spoken, original: str, spans, o0: int) -> bool:
    """``In a statement, Mayor A B thanked Y ... . ... "We are grateful," B said.``: thanks quoted later in the
    page, naming no one, from a speaker whose thanks the page has told already: the same message retold (the
    addressee guessed from the places named between them is not a second partner thanked)."""
    m = _SURNAME_SAID_EN.search(text, s.start, s.end)
    if m is None or s.start <= s.to.start < s.end:
        return False
    name = m.group("name")
    return any(e.type == "message" and s1 <= o0 and e.evidence and e.kind in (None, "thanks") and re.search(r"\b" + re.escape(name) + r"\b", e.evidence)
               and s.frm.key in {a.key for a in e.from_} for _s0, s1, e in spans)


def _gifts(clean: CleanText, original: str, events: list[Event]) -> list[tuple[int, Event]]:
    """Donations with both sides named, by where the page tells them (original offsets, mapped to cleaned)."""
    spans = _spans(original, events)
    starts = clean.offsets
    out = []
    for s0, _s1, e in spans:
        if e.type == "donation" and any(a.key for a in e.from_) and any(a.key for a in e.to):
            # the cleaned offset of the evidence: the first cleaned character at or after it
            lo, hi = 0, len(starts)
            while lo < hi:
                mid = (lo + hi) // 2
                if starts[mid] < s0:
                    lo = mid + 1
                else:
                    hi = mid
            out.append((lo, e))
    return sorted(out, key=lambda x: x[0])


# ------------------------------------------------------------------ English
def spoken_messages_en(clean: CleanText, original: str, events: list[Event], publisher=None, anchor=None,
                       ranges: Optional[list[tuple[int, int]]] = None) -> list[Event]:
    """Messages quoted with their speaker in English text (``X said: "We thank Y ..."``)."""
    from cityaid.extract.en_dates import event_date_en, find_dates_en
    from cityaid.resolve.english import find_actors_en

    text = clean.text
    quotes = [(m.start() + 1, m.end() - 1) for m in QUOTE_EN.finditer(text)
              if ranges is None or any(r0 <= m.start() < r1 for r0, r1 in ranges)]
    quotes += [(m.start() + 1, m.end() - 1) for m in QUOTE_SINGLE_EN.finditer(text)
               if (ranges is None or any(r0 <= m.start() < r1 for r0, r1 in ranges))
               and not any(q0 - 1 <= m.start() < q1 + 1 for q0, q1 in quotes)]
    quotes = sorted(quotes + _reported_en(text, quotes, ranges))
    asked = asked_meetings_en(clean, original, events, publisher, anchor, ranges) \
        if MEETING_ASKED_EN.search(text) else []
    if not quotes:
        return asked
    actors = find_actors_en(text, publisher)
    parties = [Party(m.start, m.end, m.key, m.level, m.surface, m.country) for m in actors]
    home = _party(publisher)
    partner = _partner(parties, home)
    parties = sorted(parties + _behalf_places(text, parties, home), key=lambda p: p.start)
    from cityaid.extract.en_events import split_sentences_en

    starts = [a for a, _b in split_sentences_en(text)]
    found = _read_spoken(text, quotes, parties, "en", _gifts(clean, original, events), home, partner, starts)
    if not found:
        return asked
    dates = find_dates_en(text, anchor)

    def date_of(s: _Spoken):
        outside = [d for d in dates if s.start <= d.start < s.end and not any(q0 <= d.start < q1 for q0, q1 in quotes)]
        got = event_date_en(text, outside, s.start, s.end, s.said_at) if outside else None
        return DateRef(value=got[0], qualifier=got[1]) if got else None
    return asked + _two_sided(_events(clean, original, events + asked, found, date_of))


#: reported speech without quotation marks, attributed at its end: "..., Mayor X said (in a statement)."
REPORTED_TAIL_EN = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+|(?:mayor|governor|premier|president)\s+){1,5}"
                              r"(?:said|says|wrote|told|added|tweeted)\b[^.!?\"“”]{0,60}[.!?]?\s*$")


def _reported_en(text: str, quotes: list[tuple[int, int]], ranges) -> list[tuple[int, int]]:
    """Sentences that report words of thanks or sympathy and name the speaker after them, without quotation
    marks ("The people of X will never forget Y's help, Mayor Z said."): their words read like a quotation."""
    from cityaid.extract.en_events import split_sentences_en

    out = []
    for a, b in split_sentences_en(text):
        if ranges is not None and not any(r0 <= a < r1 for r0, r1 in ranges):
            continue
        if any(a <= q0 < b for q0, _q1 in quotes) or re.search(r"[\"“”]", text[a:b]):
            continue
        m = REPORTED_TAIL_EN.search(text, a, b)
        if m is None or m.start() - a < 20:
            continue
        words = text[a:m.start()]
        if THANKS_EN.search(words) or SYMPATHY_EN.search(words):
            out.append((a, m.start()))
    return out


# ------------------------------------------------------------------ Chinese
def spoken_messages_zh(clean: CleanText, original: str, events: list[Event], publisher=None, anchor=None) -> list[Event]:
    """Messages quoted with their speaker in Chinese text (X市长说：“感谢Y……” / “……”X说)."""
    from cityaid.extract.dates import find_dates

    text = clean.text
    received_zh(clean, original, events, publisher, anchor)
    thanked_named_zh(clean, original, events, publisher)
    giver_thanked_zh(clean, original, events, publisher)
    letters_from_zh(clean, original, events, publisher, anchor)
    titled_after_place_zh(clean, original, events, publisher, anchor)
    message_after_receipt_zh(clean, original, events, publisher, anchor)
    if COUNTED_ZH.search(text) or LETTER_OF_ZH.search(text):
        _counted_zh(clean, original, events, publisher)
    if ATTACHED_LETTER_ZH.search(text):
        spans = [(x[0], x[1], e) for e in events for x in [_clean_span(clean, original, e)] if x is not None]
        events += attached_letters_zh(text, [x for x in spans if x[2].type == "message"],
                                      [x for x in spans if x[2].type == "donation"])
    quotes = [(m.start(1), m.end(1)) for m in QUOTE_ZH.finditer(text)]
    if not quotes and not THANKS_ZH.search(text) and not WITH_GOODS_LETTER_ZH.search(text) \
            and not LETTER_WRITER_ZH.search(text) and not WROTE_THIS_ZH.search(text):
        return []
    # reported speech without quotation marks (X说，Y在最困难的时候伸出援手，我们十分感激) reads like a quotation
    reported = []
    for m in REPORTED_ZH.finditer(text):
        end = SENT_END_ZH.search(text, m.end())
        end = end.start() if end else len(text)
        if not any(q0 <= m.end() < q1 for q0, q1 in quotes) and not QUOTE_ZH.search(text, m.end(), end):
            reported.append((m.end(), end))
    quotes = sorted(quotes + reported)
    parties = _zh_parties(text, publisher)
    home = _party(publisher)
    partner = _partner(parties, home)
    starts = [m.end() for m in SENT_END_ZH.finditer(text)]
    gifts = _gifts(clean, original, events)
    found = _read_spoken(text, quotes, parties, "zh", gifts, home, partner, starts) if quotes else []
    # in reported speech only thanks or sympathy told to a party it names count (not 我市和友城互相扶持)
    found = [f for f in found if not any(q0 <= f.said_at + 3 and f.end - 1 <= q1 + 1 for q0, q1 in reported)
             or _names_in_speech(text, f, reported, parties)]
    # (县府表示,A市议长也于上周致电B镇长,表达谢意: the call told is A's; the reporter did not speak the thanks)
    found = [f for f in found if not any(q0 <= f.said_at + 3 and f.end - 1 <= q1 + 1 and _call_told(text, q0, q1, parties)
                                         for q0, q1 in reported)]
    # (“…”市外办相关负责人说 / 很多网友留言：“…” told outside the quotation's own attribution: the page's own staff
    # or public speaking to the press or online, no message to the partner)
    found = [f for f in found if not (home is not None and f.frm.key == home.key
                                      and STAFF_BEFORE_VERB_ZH.search(text, max(0, f.said_at - 24), f.said_at))]
    found += _unnamed_thanks_zh(text, quotes, parties, gifts, starts)
    found += _letter_with_gift_zh(text, quotes, gifts, starts)
    found += _letter_by_writer_zh(text, [q for q in quotes if q not in reported], parties, gifts, starts, home)
    _thanked_named_before_zh(text, found, parties, gifts, starts)
    if not found:
        return []
    dates = find_dates(text, anchor)

    def date_of(s: _Spoken):
        outside = [d for d in dates if s.start <= d.start < s.end and not any(q0 <= d.start < q1 for q0, q1 in quotes)
                   and not d.further]  # (…致谢,又于8日把物资送往社区: that day is the next act's)
        words_after = any(s.said_at < q0 < s.end for q0, _q1 in quotes)
        told = [d for d in outside if d.start < s.said_at or not words_after]
        if outside and not told:
            return None  # (X表示，今年2月Y送去的物资……: a day the words recall; the day of the words is the page's)
        outside = told or outside
        if s.latest and told:
            outside = [d for d in told if d.start < s.said_at][-1:] or outside
        return DateRef(value=outside[0].value, qualifier=outside[0].qualifier) if outside else None
    return _events(clean, original, events, found, date_of)


def _call_told(text: str, q0: int, q1: int, parties: list[Party]) -> bool:
    """Reported words at ``[q0, q1)`` telling a call or letter whose caller is named before the verb in its clause."""
    for m in CALLED_OR_WROTE.finditer(text, q0, q1):
        head = max([q0] + [text.rfind(c, q0, m.start()) + 1 for c in "，,;；"])
        if any(p.key and head <= p.start < m.start() and opens_as_caller(text, head, p.start) for p in parties):
            return True
    return False


#: 她说 / 他表示 opening a sentence: the speaker is the one the sentence before told of
PRONOUN_SPEAKER_ZH = re.compile(r"\s*(?:她|他)(?:还|又|也|随后|接着)?\s*$")
#: 甲市长特别向乙市市长何某表示感谢 / 向乙致谢: the party thanked, named after 向
THANKED_TOWARD_ZH = re.compile(r"向\s*$")
THANKS_VERB_ZH = re.compile(r"[^,，。;；]{0,12}?(?:致谢|表示感谢|表达感谢|表示谢意|表达谢意|致以谢意|致以感谢)")


def _thanked_named_before_zh(text: str, found: list[_Spoken], parties: list[Party],
                             gifts: list[tuple[int, Event]], starts: list[int]) -> None:
    """甲市长向乙市市长致谢(。她说，…): the thanks go to the party named after 向, from the side that got that
    party's gift (not the sides of the gift told last); a sentence opening with 她/他说 goes on with the one who
    thanked in the sentence before."""
    for f in found:
        s0 = max([0] + [x for x in starts if x <= f.said_at])
        spans = [(s0, f.end)]
        if PRONOUN_SPEAKER_ZH.fullmatch(text, s0, f.said_at):
            spans.append((max([0] + [x for x in starts if x < s0]), s0))
        thanked = next((p for a, b in spans for p in parties if a <= p.start < b and p.key
                        and THANKED_TOWARD_ZH.search(text, max(a, p.start - 2), p.start)
                        and THANKS_VERB_ZH.match(text, p.end)), None)
        if thanked is None or f.to.key == thanked.key and f.frm.country != thanked.country:
            continue
        gift = next((g for at, g in reversed(gifts) if at < s0 and any(a.key == thanked.key for a in g.from_)), None)
        got = next((a for a in (gift.to if gift else []) if a.key), None)
        if got is None or got.key.split("/")[0] == thanked.country:
            continue
        f.frm, f.to = Party(-1, -1, got.key, got.level, got.name, got.key.split("/")[0]), thanked


# ------------------------------------------------------------------ "the two Chinese cities": a counted set named before
#: a message's addressees counted, not named: 向两座中国城市致谢, "thanked the two Chinese cities"
COUNTED_ZH = re.compile(r"(?:向|给|对|致|与|同)(?:这|上述|以上)?(?P<n>两|二|三|四|五)(?:座|个|家)?(?P<adj>[\u4e00-\u9fff]{1,4}?)?"
                        r"(?:友好城市|友城|姊妹市|姐妹市|姐妹城市|姊妹城市|城市|省份|省市|友好省州)")
COUNTED_EN = re.compile(r"\b(?:the|both|its|their|these|those)\s+(?P<n>two|three|four|five)\s+(?P<adj>[A-Z][\w-]*\s+)?"
                        r"(?:sister\s+|partner\s+|twin\s+|friendship\s+)?(?:cities|provinces|partners|municipalities|prefectures)\b")
_NUMBER = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "two": 2, "three": 3, "four": 4, "five": 5}


def counted_addressees(text: str, spans: list[tuple[int, int, Event]], parties: list[Party], pattern: re.Pattern,
                       types: tuple[str, ...] = ("message",)) -> None:
    """A message to a counted set (向两座中国城市致谢) goes to the places of that count named just before.

    Where the message's addressee was read as a country or as one place of
    that country, and the page named exactly that many places of the
    country before (the most recent distinct ones), they are the addressees.
    """
    for a, b, e in spans:
        if e.type not in types or not e.to or not e.from_:
            continue
        m = pattern.search(text, a, b)
        if m is None:
            continue
        n = _NUMBER.get(m.group("n").lower(), 0)
        countries = {(x.key or "").split("/")[0] for x in e.to}
        senders = {(x.key or "").split("/")[0] for x in e.from_}
        if len(countries) != 1 or countries & senders or n < 2:
            continue
        cc = countries.pop()
        named: list[Party] = []
        for p in sorted((p for p in parties if p.end <= m.start() and p.key and p.country == cc and p.level != "country"),
                        key=lambda p: -p.start):
            if p.key not in {q.key for q in named}:
                named.append(p)
            if len(named) == n:
                break
        if len(named) == n and {x.key for x in e.to} <= {p.key for p in named} | {cc}:
            e.to = [_actor(p) for p in reversed(named)]


#: a letter named by its author and addressees (上海市市长龚正致大阪府知事…的慰问信): the author wrote it, whoever
#: reads it out or hands it over (代为宣读, 转交)
LETTER_OF_ZH = re.compile(r"(?:致|写给|寄给|发给)[^,，。]{1,30}?的(?:一封)?(?:亲笔|慰问|感谢|问候|声援)?(?:信函|信件|信|函|电)(?![息任心用号赖誉])")


def letter_authors_zh(text: str, spans: list[tuple[int, int, Event]], parties: list[Party]) -> list[Event]:
    """Messages whose evidence names a letter as ``A致B的信`` run from A (the party right before 致) to B.

    The page may tell someone else delivering or reading it (a consul
    general 代为宣读, an association 转交): the author, not the bearer, is
    the sender.  The messages so re-read from one sentence are one letter,
    its addressees together.  Returns the messages merged into another (to drop).
    """
    drop: list[Event] = []
    kept: dict[tuple[int, str], Event] = {}
    for a, b, e in spans:
        if e.type != "message":
            continue
        m = LETTER_OF_ZH.search(text, a, b)
        if m is None:
            continue
        author = next((p for p in parties if p.key and p.end == m.start()), None)
        if author is None or author.level == "country":
            continue
        addressed = [p for p in parties if m.start() < p.start < m.end() and p.key and p.country != author.country]
        if not addressed or [x.key for x in e.from_] == [author.key]:
            continue
        to = [x for x in e.to if x.key in {p.key for p in addressed}] or \
            [_actor(p) for p in addressed if p.key not in {x.key for x in e.from_}]
        e.from_ = [_actor(author)]
        e.to = to
        same = kept.get((a, author.key))
        if same is None:
            kept[(a, author.key)] = e
            continue
        have = {x.key for x in same.to}
        same.to = same.to + [x for x in to if x.key not in have]
        drop.append(e)
    return drop


#: a letter sent in the same breath as goods (…赠送口罩2万只,并附上市长的亲笔信 / 将口罩寄往X,并随附知事的慰问信)
ATTACHED_LETTER_ZH = re.compile(r"(?:附上|附有|附带|随附|附寄)(?:了)?(?:一封)?[^,，。;；]{0,20}?(?:信函|信件|慰问函|感谢函|信)"
                                r"(?![息任心用号赖誉])")


def attached_letters_zh(text: str, spans: list[tuple[int, int, Event]], gifts: list[tuple[int, int, Event]]) -> list[Event]:
    """A message whose sentence tells goods sent with a letter attached (X向A、B两市各赠送口罩,并附上市长的亲笔信)
    goes the gifts' way: from their giver to each of their recipients (a letter to each, as the spec asks).
    The messages re-read are changed in place; returns the further ones (one per further recipient)."""
    more: list[Event] = []
    for a, b, e in spans:
        m = ATTACHED_LETTER_ZH.search(text, a, b)
        if m is None:
            continue
        here = [g for g0, g1, g in gifts if g0 < b and a < g1 and g0 < m.start()
                and any(x.key for x in g.from_) and any(x.key for x in g.to)]
        givers = {tuple(x.key for x in g.from_) for g in here}
        if len(givers) != 1:
            continue
        recipients: list[Actor] = []
        for g in here:
            recipients += [x for x in g.to if x.key and x.key not in {r.key for r in recipients}]
        giver = [x.model_copy() for x in here[0].from_]
        if {x.key.split("/")[0] for x in giver if x.key} & {x.key.split("/")[0] for x in recipients}:
            continue
        e.from_, e.to = giver, [recipients[0]]
        for r in recipients[1:]:
            more.append(e.model_copy(update={"from_": [x.model_copy() for x in giver], "to": [r]}, deep=True))
    return more


def _zh_parties(text: str, publisher) -> list[Party]:
    """The page's parties, from the shared mentions (only read: no copies).

    (speed) Several readers of one page ask in turn; the parties of the last page asked are kept (a fresh list
    of the same frozen parties for each caller).
    """
    from cityaid.extract.actors import _by_value, gathered

    key = (text, _by_value(publisher))
    last_key, parties = _LAST_PARTIES[0]  # (one read of one pair: a thread reading another page replaces it whole)
    if last_key != key:
        parties = [Party(r.start, r.end, r.key, r.level, r.name, r.country or (r.key.split("/")[0] if r.key else None))
                   for r in gathered(text, publisher, None)]
        _LAST_PARTIES[0] = (key, parties)
    return list(parties)


_LAST_PARTIES: list = [(None, [])]


def _counted_zh(clean: CleanText, original: str, events: list[Event], publisher) -> None:
    """The Chinese reader's messages read again in place: letter authors, counted addressees."""
    parties = _zh_parties(clean.text, publisher)
    spans = [(span[0], span[1], e) for e in events if e.type == "message"
             for span in [_clean_span(clean, original, e)] if span is not None]
    for e in letter_authors_zh(clean.text, spans, parties):
        events.remove(e)
    spans = [x for x in spans if any(x[2] is e for e in events)]
    counted_addressees(clean.text, spans, parties, COUNTED_ZH)


def _party(m) -> Optional[Party]:
    if m is None or not getattr(m, "key", None):
        return None
    country = getattr(m, "country", None) or m.key.split("/")[0]
    return Party(-1, -1, m.key, getattr(m, "level", None), getattr(m, "surface", None) or getattr(m, "name", m.key),
                 country)


def _partner(parties: list[Party], home: Optional[Party]) -> Optional[Party]:
    """The page's other side: the place of another country than the page's that it names most."""
    if home is None:
        return None
    counts: dict[str, int] = {}
    for p in parties:
        if p.key and p.country and p.country != home.country and p.level != "country":
            counts[p.key] = counts.get(p.key, 0) + 1
    if not counts:
        return None
    best = max(counts, key=counts.get)
    return next(p for p in parties if p.key == best)


# ------------------------------------------------------------------ English: several partners, consultation sides
#: between two partners of one list: "A and B", "A, B and C", "the mayors of A and B", "A and the city of B"
LIST_GAP_EN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+)(?:(?:the\s+)?(?:mayors?|governors?|people|"
                         r"cities|city|towns?|province|prefecture|county|state)\s+of\s+)?(?:the\s+)?\s*", re.I)
#: "the mayor of A and the governor of B": each place named by its own head's title (places of any level)
TITLED_LIST_GAP_EN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[Mm]ayors?|[Gg]overnors?|[Pp]remiers?|"
                                r"[Pp]residents?|[Pp]refects?|[Cc]hief\s+[Mm]inisters?)\s+of\s+(?:the\s+)?")
#: "to the mayor of A and to the governor of B": the preposition and a title told again before each addressee
#: (places of any level: a city's mayor, a province's governor)
TO_TITLE_GAP_EN = re.compile(r"\s*,?\s*(?:and\s+)?to\s+(?:the\s+)?(?:[Mm]ayors?|[Gg]overnors?|[Pp]remier|[Pp]resident|"
                             r"[Pp]refect|[Cc]hief\s+[Mm]inister)\s+of\s+(?:the\s+)?")
WITH_BEFORE_EN = re.compile(r"\b(?:with|between|by)\s+(?:[\w'’-]+\s+){0,5}$", re.I)
_PEOPLE = (r"(?:health\s+|medical\s+|public\s+health\s+)?(?:experts?|doctors?|physicians|officials?|specialists?|medics|"
           r"workers|staff|team|teams|hospitals?|authorities|professionals|delegation|researchers|nurses|mayor|governor|"
           r"department|commission|bureau|CDC)")
PEOPLE_AFTER_EN = re.compile(r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?" + _PEOPLE + r"\b", re.I)
PEOPLE_BEFORE_EN = re.compile(_PEOPLE + r"\s+(?:from|in|of|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$", re.I)
FRONTED_EN = re.compile(r"\s*(?:Via|Through|During|In|At|Over|By|On)\b[^,]{0,80},\s*")
EXCHANGED_EN = re.compile(r"\bexchanged\s+(?:\w+\s+)?(?:letters|messages|greetings|notes)\b", re.I)
#: a clause whose subject is a pronoun, after an optional fronted phrase ("In mid-February it also sent ...")
PRONOUN_SUBJECT_EN = re.compile(r"\s*(?:(?:In|On|By|At|Later|Then|Earlier|Also)\b[^,]{0,40}?,?\s+)?(?:it|they|It|They)\s+"
                                r"(?:also\s+|then\s+|later\s+|had\s+|has\s+|have\s+)*(?:sent|wrote|posted|recorded|made|"
                                r"delivered|expressed|conveyed|extended|thanked)\b")
RECEIVED_EN = re.compile(r"\b(?:received|receives|has received|have received|got|was sent|were sent)\b", re.I)
PAIR_EN = re.compile(r"\b(?:the two|both)\s+(?:cities|sides|provinces|regions|partners|prefectures|states|countries)\b", re.I)
CONSULT_WORDS_EN = re.compile(r"\b(?:video|online|virtual|web|zoom|tele)\s*-?(?:conferences?|conferencing|calls?|links?|"
                              r"meetings?|sessions?|exchanges?|seminars?|chats?|consultations?|briefings?|training|"
                              r"summits?|roundtables?|forums?|symposi(?:um|a)|talks)\b|"
                              r"\b(?:online|virtual|video)\s+(?:[\w-]+\s+){1,2}?(?:forum|summit|symposium|conference|"
                              r"meeting|seminar)s?\b|"
                              r"\bexchang(?:e|ed|es|ing)\s+(?:[\w-]+\s+){0,3}?(?:experiences?|views)\b|\bcompar(?:e|ed|ing)\s+notes\b|"
                              r"\bteleconferences?\b|\bvideoconferences?\b|\bwebinars?\b|\bshar(?:ed|ing|e)\b|\bcompared notes\b|"
                              r"\b(?:over|via|by)\s+video\b|\b(?:online|remote|video)\s+guidance\b|\banswered questions\b|"
                              r"\bZoom\b|\bonline\s+(?:symposium|forum|training)\b|\bmet\s+(?:online|virtually|via\s+video|by\s+video)\b",
                              re.I)


def _clean_span(clean: CleanText, original: str, e: Event) -> Optional[tuple[int, int]]:
    """The cleaned ``[lo, hi)`` of the event's evidence: the cleaned characters whose original offsets fall in it.

    (speed) The offsets only grow (cleaning deletes and replaces one for one, never reorders), so both ends are
    found by bisection instead of a walk over every character of the page, for every message read.
    """
    span = getattr(e, "evidence_span", None)
    if not span or original[span[0]:span[1]] != e.evidence:
        at = original.find(e.evidence) if e.evidence else -1
        if at == -1:
            return None
        span = (at, at + len(e.evidence))
    offs = clean.offsets
    lo = bisect_left(offs, span[0])
    if lo == len(offs):
        return None
    return lo, bisect_left(offs, span[1], lo)


#: "A City Council and B County Council": bodies of places of one country (any level) listed as one letter's writers
JOINT_BODY_GAP_EN = re.compile(r"(?:\s+(?:City|County|Borough|District|Town|Metropolitan|Regional|Provincial|"
                               r"Prefectural|State|Municipal)?\s*(?:Council|Government|Assembly|Administration))?"
                               r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?\s*")


def _joint_mate(text: str, a: Party, b: Party) -> bool:
    return bool(a.key and b.key and a.key != b.key and a.country == b.country and a.level != "country"
                and b.level != "country" and JOINT_BODY_GAP_EN.fullmatch(text, a.end, b.start))


def _listed(text: str, parties: list[Party], first: Party, end: int, joint: bool = False) -> list[Party]:
    """The list ``first`` belongs to (``A and B``, ``the mayors of A, B and C``), from its first item; for one
    joint letter, also places of one country at different levels named by their councils."""
    while True:  # back to the list's first item
        prev = next((p for p in reversed(parties) if p.end <= first.start), None)
        if joint and prev is not None and _joint_mate(text, prev, first):
            first = prev
            continue
        if prev is None or not prev.key or prev.level != first.level or not LIST_GAP_EN.fullmatch(text, prev.end, first.start):
            break
        if "," in text[prev.end:first.start] and FRONTED_LETTER_EN.search(text, max(0, first.start - 160), first.start):
            break  # "In a letter to Governor A, X's mayor wrote": the comma closes the fronted phrase, no list
        first = prev
    out = [first]
    for p in parties:
        if p.start <= out[-1].start or p.start >= end:
            continue
        if p.key and ((LIST_GAP_EN.fullmatch(text, out[-1].end, p.start) and p.level == first.level)
                      or (joint and _joint_mate(text, out[-1], p)) or (p.country == out[-1].country and (TO_TITLE_GAP_EN.fullmatch(text, out[-1].end, p.start)
                                                            or TITLED_LIST_GAP_EN.fullmatch(text, out[-1].end, p.start)))):
            out.append(p)
        elif p.start >= out[-1].end:
            break
    return out


#: a fronted phrase naming the letter and its addressee, closed by a comma ("In a letter to Governor A, ")
FRONTED_LETTER_EN = re.compile(r"\b(?:In|With|Through|Via)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?"
                               r"(?:letter|message|note|call|video|telegram)s?\s+to\b[^,;.]{0,80},\s*$")


#: meetings told as held one by one with the partners listed
ONE_BY_ONE_EN = re.compile(r"\b(?:respectively|separately|separate|each)\b", re.I)


def _two_sided(events: list[Event]) -> list[Event]:
    """Events between two sides: a gift, letter or meeting whose giver or receiver the page never names
    ("Thank you for your response to our appeal") is no exchange between places; only a total may leave
    its partners unnamed."""
    return [e for e in events if e.type == "aggregate" or (e.from_ and e.to)]


#: a letter only debated or ordered: "discussed whether the city should send ... a letter", "directed staff to
#: prepare a letter of appreciation"
UNDECIDED_MESSAGE_EN = re.compile(r"\b(?:discuss(?:ed|es|ing)?|debat(?:ed|es|ing)|consider(?:ed|s|ing)?|weigh(?:ed|s|ing)?)\s+"
                                  r"whether\b|\b(?:directed|asked|instructed|authori[sz]ed|tasked)\s+(?:the\s+)?(?:city\s+)?"
                                  r"(?:staff|manager|clerk|administration|officials?)\s+to\s+(?:prepare|draft|write|send)\b", re.I)
#: a council's own meeting held by phone or video (minutes): no exchange with a partner
OWN_MEETING_EN = re.compile(r"\bcalled the meeting to order\b|\b(?:council\s*members?|commissioners|board members|"
                            r"members)\s+(?:were\s+)?present\s+(?:via|by)\s+(?:teleconference|video|phone|zoom)\b", re.I)


#: partners named as some of many: "to several of its partners, among them A and B"
INCLUDED_EN = re.compile(r"\b(?:among\s+them|including|such\s+as|notably)\b", re.I)
#: several writers of one letter: "a joint letter", "co-signed", "together"
JOINT_EN = re.compile(r"\b(?:joint(?:ly)?|co-?signed|co-?authored|together|signed by (?:both|all))\b", re.I)


def read_sides_en(clean: CleanText, original: str, events: list[Event], publisher=None) -> list[Event]:
    """English events read again for their sides.

    * a message with several senders or addressees listed (``the mayors of A
      and B wrote to C``, ``letters to the mayors of A and B``) is one message
      each;
    * a consultation held with several partners (``with doctors from A and
      B``) keeps them all as ``to``;
    * a consultation runs from the side whose people hold it (the subject) to
      the side met ``with``; with no subject named, the page's own side held it.
    """
    from cityaid.resolve.english import find_actors_en

    text = clean.text
    if not any(e.type in ("message", "consultation") or e.of == "message" for e in events):
        if any(e.type == "donation" for e in events) and COUNTED_EN.search(text):
            _counted_en(clean, original, events, publisher, None)
        return _two_sided(events)
    parties = [Party(m.start, m.end, m.key, m.level, m.surface, m.country) for m in find_actors_en(text, publisher)]
    out: list[Event] = []
    for e in events:
        if e.type in ("message", "consultation"):
            span = _clean_span(clean, original, e)
            if span is not None and (UNDECIDED_MESSAGE_EN if e.type == "message" else OWN_MEETING_EN).search(
                    text, span[0], span[1]):
                continue  # a letter debated or ordered, not sent; a council's own meeting held by phone
        if e.type == "message" and out:
            e = _pronoun_sender(text, clean, original, parties, e, out)
            e = _similar_addressee(text, clean, original, parties, e, out)
        if e.type == "message":
            e = _behalf_of_residents(text, clean, original, parties, e)
            e = _first_person_sender(text, clean, original, e, publisher)
            e = _person_sender(text, clean, original, parties, e)
        if e.type == "message" and len(e.from_) == 1 and len(e.to) <= 1 and e.from_[0].key:
            span = _clean_span(clean, original, e)
            if span is not None:
                e = _consulate_sides(text, span[0], span[1], parties, e)
        if (e.type == "message" or e.of == "message") and len(e.from_) == 1 and not e.to:
            span = _clean_span(clean, original, e)
            if span is not None and RECEIVED_EN.search(text, span[0], span[1]):
                # "X has received letters of support from 20 sister cities": X is the recipient of them
                first = next((p for p in parties if span[0] <= p.start < span[1] and p.key), None)
                if first is not None and first.key == e.from_[0].key \
                        and RECEIVED_EN.search(text, first.end, min(span[1], first.end + 40)):
                    e = e.model_copy(update={"from_": [], "to": e.from_}, deep=True)
            out.append(e)
            continue
        span = _clean_span(clean, original, e) if e.type in ("message", "consultation") else None
        if e.type == "message" and span is not None and len(e.from_) > 1 and len(e.to) == 1 \
                and all(x.key for x in e.from_) and not JOINT_EN.search(text, span[0], span[1]):
            # "Letters came from Mayor A of X and Mayor B of Y": one message from each writer
            out.extend(e.model_copy(update={"from_": [x]}, deep=True) for x in e.from_)
            continue
        if e.type == "message" and span is not None and len(e.from_) == 1 and len(e.to) > 1 \
                and all(x.key for x in e.to) and INCLUDED_EN.search(text, span[0], span[1]) \
                and not JOINT_EN.search(text, span[0], span[1]):
            # "Letters were sent to its partners, among them A and the town of B": one message to each
            out.extend(e.model_copy(update={"to": [x]}, deep=True) for x in e.to)
            continue
        if span is None or len(e.from_) != 1 or len(e.to) != 1:
            out.append(e)
            continue
        a, b = span
        here = [p for p in parties if a <= p.start < b and p.key]
        if e.type == "consultation":
            e = _consultation_sides(text, a, b, here, e, publisher)
            # "spoke to X's mayor by video link to thank the city on behalf of Y": words said for Y, from Y
            e = _behalf_sender(text, a, b, here, e)
            if len(e.to) > 1 and ONE_BY_ONE_EN.search(text, a, b):
                # "with counterparts in A and B through video links on May 2 and May 9 respectively": one each
                out.extend(e.model_copy(update={"to": [x]}, deep=True) for x in e.to[:-1])
                e = e.model_copy(update={"to": e.to[-1:]}, deep=True)
            out.append(e)
            said = _thanks_said(text, a, b, here, e)
            if said is not None:
                out.append(said)
            continue
        e = _joined_on_call(text, a, b, here, e)
        e = _thanked_object(text, a, b, here, e)
        e = _received_where(text, a, b, here, e, events)
        e = _relative_thanker(text, a, b, here, e)
        e = _office_subject(text, a, b, here, parties, e)
        e = _behalf_sender(text, a, b, here, e)
        e = _told_roles(text, a, b, here, e)
        e = _first_person_thanks(text, a, b, here, e)
        e = _specific_sides(text, a, b, here, parties, e)
        e = _met_people_thanked(text, clean, original, parties, e, out)
        extra: list[Event] = [e]
        if EXCHANGED_EN.search(text, a, b) and e.from_[0].key and e.to[0].key:
            # "the two mayors exchanged letters": one each way
            extra.append(e.model_copy(update={"from_": e.to, "to": e.from_}, deep=True))
        for side in ("from_", "to"):
            key = getattr(e, side)[0].key
            first = next((p for p in here if p.key == key), None)
            if first is None:
                continue
            other_keys = {x.key for x in (e.to if side == "from_" else e.from_)}
            joint = e.type == "message" and side == "from_" and bool(JOINT_EN.search(text, a, b))
            more = [p for p in _listed(text, here, first, b, joint) if p.key not in other_keys and p.key != key
                    and not re.match(_ANY_OFFICE_EN, p.name)]  # ("In Lyon, Mayor A B ...": a person, no place)
            if more and e.type == "message" and JOINT_EN.search(text, a, b):
                # "The mayors of A, B and C co-signed a letter to X": one letter, its writers together
                extra[0] = extra[0].model_copy(update={side: getattr(extra[0], side) + [_actor(p) for p in more]},
                                               deep=True)
                continue
            for p in more:
                extra.append(e.model_copy(update={side: [_actor(p)]}, deep=True))
        out.extend(extra)
    if COUNTED_EN.search(text):
        _counted_en(clean, original, out, publisher, parties)
    return _two_sided(out)


def _counted_en(clean: CleanText, original: str, events: list[Event], publisher, parties: Optional[list[Party]]) -> None:
    """``a letter to the two cities``, ``a shipment for the two Japanese cities to share``: the places of that
    count named just before (:func:`counted_addressees`), for letters, gifts and meetings alike."""
    from cityaid.resolve.english import find_actors_en

    text = clean.text
    if parties is None:
        parties = [Party(m.start, m.end, m.key, m.level, m.surface, m.country) for m in find_actors_en(text, publisher)]
    spans = [(span[0], span[1], e) for e in events if e.type in ("message", "donation", "consultation")
             for span in [_clean_span(clean, original, e)] if span is not None]
    counted_addressees(text, spans, parties, COUNTED_EN, types=("message", "donation", "consultation"))


#: thanks to the people of a country met just before: "thanked the Chinese doctors", "thanked their Chinese hosts"
MET_PEOPLE_THANKED_EN = re.compile(r"\bthank(?:ed|s|ing)?\s+(?:the|their|its|his|her|our)\s+(?P<adj>[A-Z][a-z]+)\s+"
                                   r"(?:doctors|hosts|experts|counterparts|colleagues|specialists|peers|medics|"
                                   r"physicians|clinicians|presenters|speakers|side)\b")


def _met_people_thanked(text: str, clean: CleanText, original: str, parties: list[Party], e: Event,
                        out: list[Event]) -> Event:
    """"At the close, the Irish participants thanked the Chinese doctors": the thanked are the people of the meeting
    told before, so the message goes to that meeting's side of their country (the city whose hospital held it),
    not to the country their adjective names nor to another place of it."""
    if len(e.to) != 1 or not e.to[0].key or not e.from_:
        return e
    span = _clean_span(clean, original, e)
    met = MET_PEOPLE_THANKED_EN.search(text, span[0], span[1]) if span is not None else None
    if met is None:
        return e
    adj = next((p for p in parties if p.start == met.start("adj") and p.key and p.level == "country"), None)
    meeting = next((x for x in reversed(out) if x.type == "consultation"), None)
    if adj is None or meeting is None:
        return e
    side = next((x for x in meeting.from_ + meeting.to if x.key and x.level != "country"
                 and x.key.split("/")[0] == adj.key), None)
    if side is None or side.key == e.to[0].key or e.to[0].key.split("/")[0] != adj.key \
            or any(x.key and x.key.split("/")[0] == adj.key for x in e.from_):
        return e
    return e.model_copy(update={"to": [side]}, deep=True)


#: "Similar messages came from X": messages like the ones told before, to the same side
SIMILAR_EN = re.compile(r"\b(?:[Ss]imilar|[Ll]ike)\s+(?:messages|letters|greetings|notes|calls|words)\b")


def _similar_addressee(text: str, clean: CleanText, original: str, parties: list[Party], e: Event,
                       before: list[Event]) -> Event:
    """A message told as like the one before (``Similar letters came from X``) with no addressee of its own
    named goes to the one the message before went to."""
    span = _clean_span(clean, original, e)
    if span is None or not SIMILAR_EN.search(text, span[0], span[1]):
        return e
    prev = next((x for x in reversed(before) if x.type == "message" and x.to and all(t.key for t in x.to)), None)
    if prev is None or {t.key for t in prev.to} == {t.key for t in e.to}:
        return e
    senders = {f.key for f in e.from_}
    named = {p.key for p in parties if span[0] <= p.start < span[1] and p.key and p.key not in senders}
    if any(t.key in named for t in e.to) or any(t.key in senders for t in prev.to):
        return e  # "similar letters came to X from Y": its own addressee
    return e.model_copy(update={"to": [x.model_copy(deep=True) for x in prev.to]}, deep=True)


#: the speaker's people named by their demonym: "On behalf of all Chicagoans, I thank ..."
BEHALF_RESIDENTS_EN = re.compile(r"\b[Oo]n behalf of\s+(?:all\s+|the\s+|our\s+)?(?:(?:[\d.,]+\s*(?:million\s+)?)?)([A-Z][a-z]+)\b")


_DEMONYM_END = re.compile(r"(?:n?ians|ans|ns|ers|ites|ese)")


def _demonym_of(word: str, name: str) -> bool:
    """``word`` names the residents of ``name``: Chicagoans, Torontonians, Romans (Rome), Milanese."""
    for stem in (name, name[:-1]):
        if len(stem) >= 4 and word.startswith(stem) and _DEMONYM_END.fullmatch(word[len(stem):]):
            return True
    return False


def _behalf_of_residents(text: str, clean: CleanText, original: str, parties: list[Party], e: Event) -> Event:
    """A message told on behalf of a place's residents (Chicagoans, Romans) runs from that place: read
    backwards where that place was taken for its addressee."""
    span = _clean_span(clean, original, e)
    if span is None or len(e.from_) != 1 or len(e.to) != 1:
        return e
    m = BEHALF_RESIDENTS_EN.search(text, span[0], span[1])
    if m is None:
        return e
    word = m.group(1)
    place = next((p for p in parties if p.key and p.level != "country" and p.name and _demonym_of(word, p.name)), None)
    if place is None or e.to[0].key != place.key or e.from_[0].key == place.key:
        return e
    return e.model_copy(update={"from_": e.to, "to": e.from_}, deep=True)


#: the page's own side speaking: "I sent Mayor X a letter", "We've since sent a letter of thanks to Y", "our board sent"
FIRST_PERSON_EN = re.compile(r"(?:^|[\s\"“(])(?:I|We|we|[Oo]ur\s+(?:[\w-]+\s+){0,2}?(?:board|council|city|office|team|"
                             r"mayor|government|county|state))(?:['’]ve|['’]d)?\s+(?:(?:have|has|had|also|just|since|recently|"
                             r"already|then|later)\s+)*(?:sent|wrote|recorded|made|posted|thanked|expressed|called|phoned|"
                             r"extended|conveyed|mailed|emailed)\b")


def _first_person_sender(text: str, clean: CleanText, original: str, e: Event, publisher) -> Event:
    """A message the page's own side tells in the first person (a mayor's letter or blog, a council's
    newsletter) runs from the page's place: "I sent Mayor X a letter to say thank you" is not X's."""
    key = getattr(publisher, "key", None)
    if not key:
        return e
    span = _clean_span(clean, original, e)
    if span is None or not FIRST_PERSON_EN.search(text, span[0], span[1]):
        return e
    frm, to = [a.key for a in e.from_], [a.key for a in e.to]
    pub = Actor(key=key, name=getattr(publisher, "surface", None) or key, level=getattr(publisher, "level", None))
    if key in to and key not in frm and e.from_:
        return e.model_copy(update={"from_": [pub], "to": e.from_}, deep=True)
    if not frm and e.to and key not in to:
        return e.model_copy(update={"from_": [pub]}, deep=True)
    return e


#: an office held for a place: "Liaoning Governor Tang Yijun", "Kyoto mayor Daisaku Kadokawa"
OFFICE_EN = (r"(?:(?:Deputy|Vice|Lord|Acting|Executive|First)\s+)?(?:[Mm]ayor|[Gg]overnor|[Pp]remier|[Pp]refect|"
             r"[Cc]hief\s+[Mm]inister|[Pp]arty\s+[Ss]ecretary|[Cc]hairman|[Cc]hairwoman|[Cc]ouncill?or|[Ss]peaker)")
NAME_EN = r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)"
OFFICE_NAME_AFTER_EN = re.compile(r"(?:'s|’s)?\s+" + OFFICE_EN + r",?\s+" + NAME_EN)
NAME_OFFICE_BEFORE_EN = re.compile(NAME_EN + r",\s+(?:the\s+)?(?:[\w-]+\s+)?" + OFFICE_EN +
                                   r"\s+of\s+(?:the\s+)?(?:(?:city|town|prefecture|province|state)\s+of\s+)?$")
#: a message told with a person named alone as its subject: "Tang replied on February 15, thanking ..." (not
#: a speech verb: the one who says or tells may report another's message)
PERSON_SUBJECT_EN = re.compile(r"\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+|" + OFFICE_EN + r"\s+)?([A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)?\s+"
                               r"(?:also\s+|later\s+|then\s+|has\s+|had\s+)?(?:replied|wrote|thanked|sent|posted|"
                               r"tweeted|expressed|called|phoned|recorded|conveyed|extended)\b")


def _people_places(text: str, parties: list[Party]) -> dict[str, Party]:
    """Each word of a person's name introduced with an office held for a place (``Liaoning Governor Tang
    Yijun``, ``Daisaku Kadokawa, mayor of Kyoto``) -> that place's party, where the word names one place only."""
    seen: dict[str, set] = {}
    for p in parties:
        if not p.key or p.level == "country":
            continue
        names = []
        m = OFFICE_NAME_AFTER_EN.match(text, p.end)
        if m is None:
            # the mention may hold the office and name itself ("Liaoning Governor Tang Yijun")
            m = next((x for x in OFFICE_NAME_AFTER_EN.finditer(text, p.start, p.end + 60) if x.start() < p.end), None)
        if m:
            names.append(m.group(1))
        m = NAME_OFFICE_BEFORE_EN.search(text, max(0, p.start - 90), p.start)
        if m:
            names.append(m.group(1))
        for name in names:
            for word in name.split():
                seen.setdefault(word, set()).add(p)
    return {w: next(iter(ps)) for w, ps in seen.items() if len({x.key for x in ps}) == 1}


def _person_sender(text: str, clean: CleanText, original: str, parties: list[Party], e: Event) -> Event:
    """A message whose subject is a person named alone (``Tang replied ..., thanking the prefecture``) runs
    from the place that person's office was told with earlier in the page."""
    span = _clean_span(clean, original, e)
    if span is None:
        return e
    m = PERSON_SUBJECT_EN.match(text, span[0], span[1])
    if m is None or any(span[0] <= p.start < m.end(1) for p in parties if p.key):
        return e
    place = _people_places(text[:span[0]], [p for p in parties if p.end <= span[0]]).get(m.group(1))
    if place is None:
        return e
    sender = [_actor(place)]
    frm, to = [a.key for a in e.from_], [a.key for a in e.to]
    if frm == [place.key]:
        return e
    if place.key in to:
        rest = [a for a in e.to if a.key != place.key] or [a for a in e.from_ if a.key != place.key]
        return e.model_copy(update={"from_": sender, "to": rest}, deep=True)
    if any(a.key and a.key.split("/")[0] == place.country for a in e.to):
        return e  # (the addressee is of the person's own country: leave the reading alone)
    return e.model_copy(update={"from_": sender}, deep=True)


#: the people who share experience: experts, specialists, doctors (officials who join them receive it)
_EXPERTS = r"(?:experts?|specialists?|doctors?|physicians|medics|epidemiologists|scientists|clinicians)"
EXPERTS_BEFORE_EN = re.compile(_EXPERTS + r"\s+(?:from|in|of|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$", re.I)
EXPERTS_AFTER_EN = re.compile(r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?" + _EXPERTS + r"\b", re.I)
#: a place inside an institution's name: "University of X", "the Y Institute of X"
IN_NAME_EN = re.compile(r"\b[A-Z][a-z]+\s+of\s+(?:the\s+)?$")
#: the subject took part in a meeting that others held: joined, attended, took part in, sat in on
JOINED_EN = re.compile(r"\b(?:joined|attended|took part in|participated in|sat in on|listened (?:in|to))\s+(?:[\w-]+\s+){0,4}$", re.I)
#: partners named by their leaders: "the mayors of A, B and C", "officials from A and B"
TITLED_OF_EN = re.compile(r"\b(?:mayors?|governors?|leaders?|heads?|officials?|representatives?|delegates?)\s+(?:from|of)\s+"
                          r"(?:the\s+)?$", re.I)
#: the partners named as those who attended: "a forum attended by the mayors of A, B and C"
ATTENDED_BY_EN = re.compile(r"\b(?:attended|joined)\s+by\s+(?:[\w'’-]+\s+){0,4}$", re.I)
JOINED_OBJECT_EN = re.compile(r"\b(?:joined|met)\s+(?:the\s+)?$", re.I)
#: the subject met the others to learn from them: "held a video call with doctors of X in order to find out how ..."
LEARN_EN = re.compile(r"\b(?:in\s+order\s+)?to\s+(?:learn|hear|find\s+out)\s+(?:how|about|from|what)\b", re.I)


def _consultation_sides(text: str, a: int, b: int, here: list[Party], e: Event, publisher) -> Event:
    trig = CONSULT_WORDS_EN.search(text, a, b)
    if trig is None:
        return e
    frm, to = e.from_[0].key, e.to[0].key
    head = a
    fronted = FRONTED_EN.match(text, a, b)
    if fronted and trig.start() < fronted.end():
        # "Via a video link, experts from X shared ... with Y": the subject follows the fronted phrase
        head = fronted.end()
        verb = re.compile(r"\b(?:with|to|for)\b", re.I).search(text, head, b)
        cut = verb.start() if verb else b
    else:
        cut = trig.start()
    # (not the object of "joined": "The mayors of A and B joined X's mayor by video link")
    before = [p for p in here if head <= p.start < cut and not WITH_BEFORE_EN.search(text, max(a, p.start - 50), p.start)
              and not JOINED_OBJECT_EN.search(text, max(a, p.start - 30), p.start)]
    people = [p for p in before if PEOPLE_AFTER_EN.match(text, p.end) or PEOPLE_BEFORE_EN.search(text, max(a, p.start - 60), p.start)]
    if people:
        before = people + [p for p in before if p not in people]  # "In X and Y, the Z doctors ran ...": Z's people hold it
    if PAIR_EN.search(text, a, b) and not people:
        return e  # "officials of both cities met by video and the Chinese side shared": as read
    if before and before[0].level == "country":
        # "Doctors in east China's Anhui Province": the place inside the country named first
        inner = next((p for p in before[1:] if p.country == before[0].country), None)
        before = [inner] + before if inner is not None else before
    subject = before[0] if before else None
    met = [p for p in here if p.start > trig.start() and re.search(r"\bwith\b", text[trig.start():p.start], re.I)]
    sharers = [p for p in met if EXPERTS_BEFORE_EN.search(text, max(a, p.start - 60), p.start)]
    if subject is not None and sharers and JOINED_EN.search(text, max(a, trig.start() - 40), trig.start()) \
            and not EXPERTS_AFTER_EN.match(text, subject.end) \
            and sharers[0].key != subject.key and sharers[0].country != subject.country:
        # "Daegu officials joined a video conference with experts from Wuhan": the experts met shared
        return e.model_copy(update={"from_": [_actor(sharers[0])], "to": [_actor(subject)]}, deep=True)
    if subject is not None and sharers and sharers[0].key != subject.key and sharers[0].country != subject.country \
            and LEARN_EN.search(text, sharers[0].end, b):
        # "X nurses held a video call with doctors of Y, hoping to find out how Y had done it": the
        # experts met shared, the subject's people learnt
        return e.model_copy(update={"from_": [_actor(sharers[0])], "to": [_actor(subject)]}, deep=True)
    if subject is not None and subject in people and subject.level != "country" and frm and to \
            and subject.key not in (frm, to) and subject.country != to.split("/")[0] \
            and frm.split("/")[0] in (subject.country, to.split("/")[0]):
        # "experts from Chengdu, capital of ... Sichuan Province, held ...": the place whose people hold it, not
        # another place of theirs named close by (nor the dateline's city of the other side: "Milan: Doctors from
        # Hubei ...")
        e = e.model_copy(update={"from_": [_actor(subject)]}, deep=True)
        frm = subject.key
    met_people = [p for p in met if p.level != "country" and (PEOPLE_AFTER_EN.match(text, p.end)
                  or PEOPLE_BEFORE_EN.search(text, max(a, p.start - 60), p.start))
                  and not IN_NAME_EN.search(text, max(a, p.start - 30), p.start) and not re.match(r"\s+[A-Z]", text[p.end:])]
    if met_people and frm and to and met_people[0].key not in (frm, to) \
            and met_people[0].country == to.split("/")[0] != frm.split("/")[0]:
        # "... with Karnataka health officials": the place whose people were met (not the dateline's city)
        e = e.model_copy(update={"to": [_actor(met_people[0])]}, deep=True)
        to = met_people[0].key
    joined = next((p for p in here if head <= p.start < cut and JOINED_OBJECT_EN.search(text, max(a, p.start - 30), p.start)),
                  None)
    if subject is not None and joined is not None and joined.key != subject.key:
        # "The mayors of A and B joined X's mayor by video link": the one joined held it and shared
        e = e.model_copy(update={"from_": [_actor(joined)], "to": [_actor(subject)]}, deep=True)
    elif subject is not None and subject.key == to and frm != to:
        e = e.model_copy(update={"from_": e.to, "to": e.from_}, deep=True)  # the subject held the meeting
    elif subject is None and publisher is not None and getattr(publisher, "key", None):
        pub = Actor(key=publisher.key, name=publisher.surface, level=publisher.level)
        if to == publisher.key and frm and frm != to and not re.search(r"\bbetween\b", QUOTE_EN.sub("", text[a:b]), re.I):
            e = e.model_copy(update={"from_": e.to, "to": e.from_}, deep=True)  # the page's people held it
        elif met and (met[0].key == frm or frm is None) and publisher.key not in (frm, to) \
                and getattr(publisher, "country", None) != met[0].country:
            met_actor = [_actor(met[0])]
            e = e.model_copy(update={"from_": [pub], "to": met_actor}, deep=True)  # the page's people met X
    # "with doctors from A and B": every partner met
    first = next((p for p in met if p.key == e.to[0].key), None) or next(
        (p for p in here if p.start > trig.start() and p.key == e.to[0].key and (ATTENDED_BY_EN.search(
            text, max(a, p.start - 50), p.start) or TITLED_OF_EN.search(text, max(a, p.start - 40), p.start))),
        None)
    if first is not None:
        listed = _listed(text, here, first, b)
        if len(listed) > 1:
            e = e.model_copy(update={"to": [_actor(p) for p in listed]}, deep=True)
    return _listed_subject(text, here, subject, cut, e)


def _listed_subject(text: str, here: list[Party], subject: Optional[Party], cut: int, e: Event) -> Event:
    """``The mayors of A, B and C joined X's mayor by video link``, ``Officials from A, B and C joined a video
    conference hosted by X``: the subject is a list of partners, all of them on the side its first one was read
    on (with the others of the list read on the other side, the place named after the meeting word is that side)."""
    if subject is None:
        return e
    group = _listed(text, here, subject, cut)
    if len(group) < 2:
        return e
    keys = {p.key for p in group}
    in_from, in_to = any(x.key in keys for x in e.from_), any(x.key in keys for x in e.to)
    if in_from and in_to:
        # ("A and B held a video conference": the two sides, as read; only a list that joined what another held)
        host = next((p for p in here if p.start >= cut and p.key not in keys), None)
        if host is None or not JOINED_EN.search(text, max(group[-1].end, cut - 40), cut):
            return e
        return e.model_copy(update={"from_": [_actor(host)], "to": [_actor(p) for p in group]}, deep=True)
    if in_from or in_to:
        return e.model_copy(update={"from_" if in_from else "to": [_actor(p) for p in group]}, deep=True)
    return e


#: the one who thanks, named by office only (市长X, X市长, 该市, 当地政府): the side that received
OFFICE_ZH = re.compile(r"(?:市长|州长|知事|省长|县长|郡守|区长|镇长|议长|总领事|领事|大使|负责人|该市|该州|该省|该县|该镇|当地政府|市政府|州政府)")
THANKS_ACT_ZH = re.compile(r"表示(?:[^,，。]{0,6}?)(?:感谢|谢意)|致谢|道谢|深表感谢|表达(?:了)?[^,，。]{0,8}?(?:感谢|谢意)|致以[^,，。]{0,8}?谢意")


#: the one thanked, named right after 对/对于/向 (a few words of time may stand between): 对于X的这份善意表示感谢,
#: 对近期X提供的援助深表感谢 (not 向: 向X提供 names the one given to)
THANKED_AFTER_ZH = re.compile(r"(?:对于|对)(?:近期|近日|此前|日前|这次|此次|疫情期间|疫情发生后)?$")


def _zh_message_spans(clean: CleanText, original: str, events: list[Event], publisher):
    """(event, start, end, the page's parties) for each Chinese message with one keyed sender and one keyed
    addressee whose evidence is found in the cleaned text: what the readers that turn a message's sides
    look at.  The page's parties are read once, on first need (most pages have no such message)."""
    parties = None
    for e in events:
        if e.type != "message" or len(e.from_) != 1 or len(e.to) != 1 or not e.from_[0].key or not e.to[0].key \
                or not re.search(r"[\u4e00-\u9fff]", e.evidence or ""):
            continue
        span = _clean_span(clean, original, e)
        if span is None:
            continue
        if parties is None:
            parties = _zh_parties(clean.text, publisher)
        yield e, span[0], span[1], parties


def thanked_named_zh(clean: CleanText, original: str, events: list[Event], publisher=None) -> None:
    """A Chinese message of thanks read as sent by the one its words thank (对于X的这份善意，市长表示感谢: X
    thanked, not thanking) runs the other way, in place: the party right after 对/对于 is the addressee where
    the thanks themselves follow it in that sentence."""
    text = clean.text
    if not THANKS_ACT_ZH.search(text):
        return
    for e, a, b, parties in _zh_message_spans(clean, original, events, publisher):
        home, away = e.from_[0].key, e.to[0].key
        if home.split("/")[0] == away.split("/")[0]:
            continue

        def thanked(key: str) -> bool:
            for p in parties:
                if p.key != key or not a <= p.start < b or not THANKED_AFTER_ZH.search(text, max(a, p.start - 8), p.start):
                    continue
                end = SENT_END_ZH.search(text, p.end, b)
                if THANKS_ACT_ZH.search(text, p.end, end.start() if end else b):
                    return True
            return False
        if thanked(home) and not thanked(away):
            e.from_, e.to = e.to, e.from_


#: a giver named as the subject of what it gave the speaker's side: X(各地政府)向德方/我方/我们送来(了)…
GAVE_US_ZH = re.compile(r"^[^,，。;；:：!?！？“”「」]{0,10}?向(?:[日韩美英法德意俄中]方|我方|对方|我们|我国|我市|我省|我县|我区|本市|本省|本国)"
                        r"(?:[^,，。;；]{0,6}?)(?:提供|捐赠|捐助|捐献|援助|支援|赠送|送来|寄来|运来|伸出)")


def giver_thanked_zh(clean: CleanText, original: str, events: list[Event], publisher=None) -> None:
    """A Chinese message of thanks whose sentence names the one who gave the speaker's side what it thanks for
    (此前中国各地政府向德方送来了许多口罩，我们十分感动，在此表示感谢) goes to that giver, in place,
    where the addressee read is a place the sentence never names (the page's own city taken for the other side)."""
    text = clean.text
    for e, a, b, parties in _zh_message_spans(clean, original, events, publisher):
        here = [p for p in parties if a <= p.start < b and p.key]
        to = e.to[0]
        if any(p.key == to.key for p in here) or (to.name and to.name in text[a:b]):
            continue  # (the addressee is named: the event readers read it)
        sender_cc = e.from_[0].key.split("/")[0]
        for p in here:
            m = GAVE_US_ZH.search(text[p.end:b])
            if m is None or p.country == sender_cc:
                continue
            rest = text[p.end + m.end():b]
            if THANKS_ZH.search(rest) and not any(q.key and q.start >= p.end + m.end() and q.country != sender_cc
                                                  for q in here):
                e.to = [_actor(p)]
            break


def _unquoted_per_sentence(pattern: re.Pattern, text: str, quotes: list[tuple[int, int]], starts: list[int]):
    """(start, end, first match) of each sentence whose first ``pattern`` match is outside quotations."""
    bounds = [0] + starts
    for i, s0 in enumerate(bounds):
        s1 = bounds[i + 1] if i + 1 < len(bounds) else len(text)
        m = pattern.search(text, s0, s1)
        if m is not None and not any(q0 <= m.start() < q1 for q0, q1 in quotes):
            yield s0, s1, m


def _unnamed_thanks_zh(text: str, quotes: list[tuple[int, int]], parties: list[Party],
                       gifts: list[tuple[int, Event]], starts: list[int]) -> list[_Spoken]:
    """``市长X对这份善意表示感谢`` after a gift: thanks that name neither side answer the gift told just before.

    The one who thanks is named by office only (or by a bare name whose
    thanks go 向 the gift's giver: 拉玛在接收仪式上向厦门市政府表示感谢); the
    thanks' clause names no place but the gift's own sides (places told in the
    gift's own clause, 运抵X州首府Y市，州长…, are the gift's); the recipient of
    the gift thanks its giver.
    """
    out = []
    for s0, s1, m in _unquoted_per_sentence(THANKS_ACT_ZH, text, quotes, starts):
        addressee = ([x for x in re.finditer(r"[向对给]", text[s0:m.start()])] or [None])[-1]
        addressee = None if addressee is None else s0 + addressee.start()
        offices = [o for o in OFFICE_ZH.finditer(text, s0, m.start())  # (not the addressee's: 向X市政府表示感谢)
                   if addressee is None or o.start() < addressee]
        office = offices[-1] if offices else None
        gift = next((g for at, g in reversed(gifts) if s0 - 300 <= at < m.start()), None)
        if gift is None:
            continue
        giver, got = next((a for a in gift.from_ if a.key), None), next((a for a in gift.to if a.key), None)
        if giver is None or got is None:
            continue
        if office is None:
            # a bare name thanking 向 the gift's giver: nothing but the recipient before 向, the giver right after it
            to_at = ([x for x in re.finditer(r"向", text[s0:m.start()])] or [None])[-1]
            to_at = None if to_at is None else re.compile(r"向").match(text, s0 + to_at.start())
            if to_at is None or any(p.key and s0 <= p.start < to_at.start() and p.key != got.key for p in parties) \
                    or not any(p.key == giver.key and 0 <= p.start - to_at.end() <= 1 for p in parties):
                continue
            head = s0
        else:
            if any(p.key and s0 <= p.start < office.start() and office.start() - p.end <= 1
                   and not re.search(r"[,，;；]", text[p.end:office.start()]) for p in parties):
                continue  # (X市市长…表示感谢: the office's place is named, the event readers read who thanks whom)
            head = max([s0] + [i + 1 for i in (text.rfind(c, s0, office.start()) for c in "，,;；") if i >= 0])
        named = {p.key for p in parties if head <= p.start < m.end() and p.key and not OFFICE_ZH.fullmatch(p.name)}
        if named - {giver.key, got.key}:
            continue  # the thanks' clause names someone else: the event readers' business
        g_cc, r_cc = giver.key.split("/")[0], got.key.split("/")[0]
        if any(p.key and s0 <= p.start < m.end() and p.country not in (g_cc, r_cc) for p in parties):
            continue  # (a third country's place in the sentence)
        # (a sentence naming the gift's own sides, 丰川市收到无锡市捐赠的口罩后，市长致信表示感谢, is kept
        # only where the Chinese reader gave no message for it: see _told)
        if g_cc == r_cc:
            continue
        out.append(_Spoken(s0, s1, Party(-1, -1, got.key, got.level, got.name, r_cc),
                           Party(-1, -1, giver.key, giver.level, giver.name, g_cc), "thanks", m.start(), latest=True))
    return out


#: thanks told in a sentence about a meeting ("the governor said during the video conference, thanking X")
#: the meeting as the occasion of the words: "said during the video conference", "told the online meeting"
MEETING_AS_OCCASION = re.compile(r"\b(?:during|at|in|after|told)\s+(?:the|a|an|this|that|their|its)\s+(?:[\w-]+\s+){0,2}?"
                                 r"(?:video\s*conference|videoconference|teleconference|video\s+call|video\s+link|"
                                 r"(?:online|virtual|video|web)\s+(?:meeting|exchange|session|conference)|webinar|call)\b", re.I)
THANKS_SAID_EN = re.compile(r"\b(?:thank(?:ed|ing|s)?(?!\s+to\b)|(?:was|were|is|are|felt|feel)\s+(?:\w+\s+)?grateful|"
                            r"expressed\s+(?:\w+\s+){0,2}(?:gratitude|thanks|appreciation))\b", re.I)


def _thanks_said(text: str, a: int, b: int, here: list[Party], e: Event) -> Optional[Event]:
    """A consultation's sentence that also tells thanks (``said during the video conference, thanking X``,
    ``told the video call that Y was grateful``): the thanks are a message of their own, between the same sides."""
    m = THANKS_SAID_EN.search(text, a, b)
    if m is None or not SAYS_EN.search(text, a, b) or not MEETING_AS_OCCASION.search(text, a, b):
        return None  # thanks *for* the sharing are the consultation told from the other side
    sides = {x.key for x in e.from_} | {x.key for x in e.to}
    near = [p for p in here if p.start < m.start() and p.key in sides and re.fullmatch(r"\s*(?:\w+\s+){0,2}", text[p.end:m.start()])]
    after = [p for p in here if p.start > m.end() and p.key in sides]
    if after:
        to_key = after[0].key  # "thanking Shandong": the one thanked
        frm = [x for x in e.from_ + e.to if x.key != to_key][:1]
        to = [x for x in e.from_ + e.to if x.key == to_key][:1]
    elif near:
        frm = [x for x in e.from_ + e.to if x.key == near[-1].key][:1]  # "Toyokawa was grateful"
        to = [x for x in e.from_ + e.to if x.key != near[-1].key][:1]
    else:
        frm, to = e.from_[:1], e.to[:1]
    if not frm or not to:
        return None
    msg = e.model_copy(update={"type": "message", "from_": frm, "to": to}, deep=True)
    msg.kind = "thanks"
    msg.medium = "video"
    return msg


#: a country named by its adjective before a partner word: "his German counterpart", "its Japanese sister city"
COUNTERPART_EN = re.compile(r"\s+(?:counterparts?|partners?|sister(?:\s+(?:city|cities|province|state|region|town))?|"
                            r"twin(?:\s+(?:city|town))?|friendship\s+city|friends?)\b", re.I)


#: the thanks told in a relative clause about the one named before: "..., who thanked X", "..., who wrote to X"
RELATIVE_ACT_EN = re.compile(r",\s+who\s+(?:also\s+|later\s+|then\s+)?(?:thanked|wrote\s+to|sent\s+(?:a\s+)?"
                             r"(?:letter|message|note)s?\s+(?:of\s+\w+\s+)?to|expressed\s+(?:\w+\s+){0,2}?"
                             r"(?:gratitude|thanks|sympathy|condolences)\s+to)\b", re.I)


#: the roles a construction states outright: "Y sent X a letter of thanks" (X the indirect object, addressed),
#: "X was thanked by Y" (the passive's agent thanks)
DOUBLE_OBJECT_EN = re.compile(r"\b(?:sent|wrote|mailed|gave|handed)\s+$")
LETTER_AFTER_EN = re.compile(r"\s+(?:a|an|their|his|her|its)\s+(?:[\w-]+\s+){0,2}?(?:letters?|notes?|messages?|cards?|videos?)\b",
                             re.I)
THANKED_BY_EN = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:also\s+)?(?:thanked|praised)\s+(?:publicly\s+)?by\s+", re.I)
#: what may stand between "thanked by" and its agent: "the Leipzig mayor"
AGENT_GAP_EN = re.compile(r"(?:the\s+)?(?:[\w-]+\s+){0,3}", re.I)


_THANKING_EN = (r"\bthank(?:ing|ed|s)?\s+(?:the\s+)?(?:(?:city|town|people|government|citizens|residents|province|"
                r"prefecture|state|county)\s+of\s+)?")
THANKING_EN = re.compile(_THANKING_EN + "$", re.I)


#: the one words are for or thank, named right after: "a video message for the people of X", "thanking X",
#: "wrote to thank the city of X", "sympathy to the residents of X"
ADDRESSED_BEFORE_EN = re.compile(r"(?:\b(?:for|to)\s+(?:all\s+)?(?:the\s+)?(?:people|citizens|residents|government|"
                                 r"front-?line\s+workers|medical\s+workers|health\s+workers)\s+(?:of|in)\s+"
                                 r"|" + _THANKING_EN + r")$", re.I)


def _told_roles(text: str, a: int, b: int, here: list[Party], e: Event) -> Event:
    """Sides a construction states outright, read over the role reader's guess: ``Y sent X a thank-you
    letter`` (the indirect object X is addressed), ``X was thanked by Y`` (the agent Y thanks)."""
    frm = to = None
    for i, p in enumerate(here):
        if DOUBLE_OBJECT_EN.search(text, max(a, p.start - 12), p.start) and LETTER_AFTER_EN.match(text, p.end):
            giver = [q for q in here[:i] if q.country != p.country]
            if giver:
                frm, to = giver[-1], p
            break
    if frm is None:
        m = THANKED_BY_EN.search(text, a, b)
        if m is not None:
            before = [q for q in here if q.end <= m.start()]
            after = [q for q in here if q.start >= m.end() and AGENT_GAP_EN.fullmatch(text, m.end(), q.start)]
            before = [q for q in before if after and q.country != after[0].country]
            if before and after:  # (…sent masks to Leipzig and was thanked by the Leipzig mayor: the subject)
                frm, to = after[0], before[-1]
    if frm is None and len(e.from_) == 1 and len(e.to) == 1 and e.from_[0].key and e.to[0].key:
        # "recorded a video message for the people of Jiangxi", "..., thanking Hebei province": the one the words
        # are for or thank is no sender; read as one, the message runs the other way
        home, away = e.from_[0].key, e.to[0].key
        # (a place by its name, not "the city" standing for one; not the owner in "thanked Chicago's sister city")
        addressed = [p for p in here if p.key == home and text[p.start:p.start + 1].isupper()
                     and not re.match(r"['’]s\b", text[p.end:p.end + 2])
                     and ADDRESSED_BEFORE_EN.search(text, max(a, p.start - 60), p.start)]
        # (only where it is named nowhere before in the sentence: "the State of Vermont thanks the Vermont Asia Society";
        # a person linked to it, "Governor X", may be the other side's and does not count)
        if addressed and not any(p.key == home and p.start < addressed[0].start
                                 and not re.search(OFFICE_EN, text[p.start:p.end]) for p in here) \
                and home.split("/")[0] != away.split("/")[0] \
                and not any(p.key == away and ADDRESSED_BEFORE_EN.search(text, max(a, p.start - 60), p.start)
                            for p in here):
            return e.model_copy(update={"from_": e.to, "to": e.from_}, deep=True)
    if frm is None and e.from_ and e.from_[0].key:
        # "the consulate posted a message thanking the city of Busan for its support to Qingdao": the one thanked
        sender = e.from_[0].key.split("/")[0]
        thanked = next((p for p in here if THANKING_EN.search(text, max(a, p.start - 60), p.start)), None)
        if thanked is not None and thanked.key and thanked.country != sender \
                and thanked.key not in {x.key for x in e.to} \
                and not (thanked.level == "country" and re.match(r"\s+side\b", text[thanked.end:thanked.end + 8])
                         and any(x.key and x.key.split("/")[0] == thanked.key for x in e.to)):
            # ("thanked the Chinese side": the place of that nation already read as the one thanked stays)
            return e.model_copy(update={"to": [_actor(thanked)]}, deep=True)
    if frm is None or not frm.key or not to.key:
        return e
    return _turned(e, frm, to)


#: thanks said in the first person: "I want to thank X", "we are grateful to X", "Our thanks go to X",
#: "I would like to express my gratitude to X": the speaker's side thanks the X named next
FIRST_PERSON_THANKS_EN = re.compile(r"\b(?:(?:I|[Ww]e)\s+(?:[\w'’]+\s+){0,4}?(?:thank|(?:grateful|indebted|thankful)\s+to|"
                                    r"(?:gratitude|thanks|appreciation)\s+to)|[Oo]ur\s+(?:[\w-]+\s+)?(?:thanks|gratitude)\s+"
                                    r"(?:go(?:es)?|goes out|are extended|is extended)\s+(?:out\s+)?to)\b")
THANKED_END_EN = re.compile(r"[,.;:!?\"“”]|\s(?:for|who|which|that|as)\b")
#: what may stand between those words and the one thanked: "Mayor Tang and the people of", "the city of"
THANKED_GAP_EN = re.compile(r"\s+(?:[\w.'’-]+\s+){0,8}?")


#: "on behalf of everyone in X", "on behalf of the people of X": the side a thanks is said for, not the one thanked
_BEHALF_GAP_EN = re.compile(r"\bon\s+behalf\s+of\s+(?:(?:all|everyone|everybody|all\s+the\s+people|the\s+people|"
                            r"the\s+residents|the\s+citizens|all\s+residents)\s+(?:in|of)\s+)?(?:the\s+)?$", re.I)


def _first_person_thanks(text: str, a: int, b: int, here: list[Party], e: Event) -> Event:
    """A message read as running from the one its speaker thanks in the first person (``"I want to thank
    Mayor Tang and the people of Chongqing"``, ``"Our thanks go to ... Wuhan"``) runs the other way."""
    if len(e.from_) != 1 or len(e.to) != 1 or not e.from_[0].key or not e.to[0].key:
        return e
    for m in FIRST_PERSON_THANKS_EN.finditer(text, a, b):
        # the one thanked is named last in the phrase ("Mayor Tang and the people of Chongqing"), before its
        # reason or a clause about it ("for ...", ", who ...")
        stop = THANKED_END_EN.search(text, m.end(), b)
        named = [p for p in here if m.end() <= p.start < (stop.start() if stop else b) and p.start - m.end() <= 60
                 and THANKED_GAP_EN.fullmatch(text, m.end(), p.start)]
        # ("I want to thank them on behalf of everyone in X": X is the side the thanks is said for)
        named = [p for p in named if not _BEHALF_GAP_EN.search(text, max(m.end(), p.start - 60), p.start)]
        if not named:
            continue
        thanked = named[-1]
        if thanked.key == e.from_[0].key and e.to[0].key.split("/")[0] != thanked.country:
            return e.model_copy(update={"from_": e.to, "to": e.from_}, deep=True)
        return e
    return e


def _turned(e: Event, frm: Party, to: Party) -> Event:
    """``e`` with the writer ``frm`` and the addressee ``to`` a construction states, when one of them is
    already a side of ``e`` (else the construction is about another act: ``e`` as it was)."""
    keys = {x.key for x in e.from_} | {x.key for x in e.to}
    if not {frm.key, to.key} & keys:
        return e
    return e.model_copy(update={"from_": [_actor(frm)], "to": [_actor(to)]}, deep=True)


#: an office of a place or a nation, wider than the place's own (OFFICE_EN): "Minister-President", "Ambassador"
_ANY_OFFICE_EN = (r"(?:" + OFFICE_EN + r"|(?:Deputy\s+|Vice\s+)?(?:[Mm]inister-[Pp]resident|[Pp]resident|[Pp]rime\s+[Mm]inister|"
                  r"[Aa]mbassador|[Cc]onsul(?:[- ][Gg]eneral)?|(?:[Ff]oreign\s+)?[Mm]inister|[Ss]ecretary|[Pp]rovost|[Ll]eader))")
#: the verb of the message right after its subject: "... acknowledged", "... posted", "... thanked"
_MESSAGE_VERB_EN = (r"(?:\s+(?:also|later|then|has|had|have|personally|publicly|quickly))*\s+(?:acknowledged|thanked|posted|"
                    r"wrote|sent|expressed|tweeted|recorded|voiced|penned)\b")
#: the office and name standing between a place (or its adjective) and the message verb: " Mayor X Y posted"
OFFICE_SUBJECT_EN = re.compile(r"(?:'s|’s)?\s+" + _ANY_OFFICE_EN + r"(?:\s+" + NAME_EN + r")?" + _MESSAGE_VERB_EN)
MESSAGE_VERB_EN = re.compile(_MESSAGE_VERB_EN)
#: a place's adjective before the office: "Bavarian Minister-President X thanked"
ADJECTIVE_SUBJECT_EN = re.compile(r"\b([A-Z][a-z]{3,})" + OFFICE_SUBJECT_EN.pattern)
#: the office held in the place just named: "... trucked to Venice, where Mayor X posted ..."
WHERE_SUBJECT_EN = re.compile(r"\s*,\s+where\s+(?:the\s+)?(?:(?:city|town|state|province|prefecture)['’]s\s+|local\s+)?"
                              + _ANY_OFFICE_EN + r"(?:\s+" + NAME_EN + r")?" + _MESSAGE_VERB_EN)
_ADJECTIVE_END = ("n", "an", "ian", "ese", "ish", "i", "ean")


def _adjective_of(word: str, name: str) -> bool:
    """``word`` is the adjective of the place ``name``: Bavarian (Bavaria), Italian (Italy), Japanese (Japan)."""
    for stem in (name, name[:-1]):
        if len(stem) >= 4 and word.startswith(stem) and word[len(stem):] in _ADJECTIVE_END:
            return True
    return False


#: "In X, " / "From X in Y, " opening the sentence, then the office holder who acted
FRONTED_PLACE_EN = re.compile(r"\W*(?:In|At|From)\s+(?:the\s+)?")
#: a list item headed by a place and a colon ("- Bilbao: Mayor A B sent his sympathy to ...")
LIST_LABEL_EN = re.compile(r"[\s\-–—•*·]*")
LABEL_GAP_EN = re.compile(r"\s*:\s+(?:the\s+)?")
FRONTED_GAP_EN = re.compile(r"(?:\s+in\s+(?:the\s+)?[A-Z][\w' -]{1,30}?)?,\s+(?:its\s+|the\s+)?")


def _fronted_place_of_office(text: str, a: int, here: list[Party]) -> Party | None:
    """``In Nagaoka, Mayor A B wrote to ...``: the office holder right after a fronted place is that place's
    (a mayor named bare reads as the page's own)."""
    fronted = FRONTED_PLACE_EN.match(text, a)
    gap = FRONTED_GAP_EN
    if fronted is None:
        fronted, gap = LIST_LABEL_EN.match(text, a), LABEL_GAP_EN  # "- Bilbao: Mayor A B sent ...": a list item
    place = next((p for p in here if p.start == fronted.end() and p.level != "country"), None)
    if place is None:
        return None
    holder = next((p for p in here if p.start > place.end), None)
    if holder is None or not gap.fullmatch(text, place.end, holder.start) \
            or not re.match(_ANY_OFFICE_EN, text[holder.start:holder.end]):
        return None
    return place




def _office_subject(text: str, a: int, b: int, here: list[Party], parties: list[Party], e: Event) -> Event:
    """A message whose verb has an office holder of a place as its subject runs from that place: ``a gift that
    Manila Mayor X acknowledged in a video`` (not Manila's giver), ``Bavarian Minister-President X thanked``
    (the adjective's place), ``trucked to Venice, where Mayor X posted a thank-you video`` (the place named
    before ``where``)."""
    if len(e.from_) != 1 or len(e.to) != 1 or not e.from_[0].key or not e.to[0].key:
        return e
    if OWN_GOVERNMENT_BEHALF_EN.search(text, a, b):
        return e  # (the official speaks for the page's own government, read with the message)
    if any(p.key == e.from_[0].key and p.start == m.end() for m in BEHALF_EN.finditer(text, a, b) for p in here):
        return e  # "Lord Mayor A B wrote to Y on behalf of the people of X": the writer speaks for X, read already
    subject = _fronted_place_of_office(text, a, here)
    for p in here if subject is None else ():
        if WHERE_SUBJECT_EN.match(text, p.end) and p.level != "country":
            subject = p
            break
        if OBLIQUE.search(text, max(a, p.start - 40), p.start):
            continue  # ("a letter from Manila Mayor X", "thanked Shandong Governor X")
        if (re.search(_ANY_OFFICE_EN, text[p.start:p.end]) and MESSAGE_VERB_EN.match(text, p.end)) \
                or OFFICE_SUBJECT_EN.match(text, p.end):
            subject = p
            break
    if subject is None:
        for m in ADJECTIVE_SUBJECT_EN.finditer(text, a, b):
            if any(p.start <= m.start() < p.end for p in here):
                continue  # (the word is a place itself, read above)
            subject = next((p for p in reversed(parties) if p.key and p.start < b
                            and _adjective_of(m.group(1), p.key.split("/")[-1])), None)
            if subject is not None:
                break
    if subject is None:
        return e
    frm, to = e.from_[0].key, e.to[0].key
    if subject.key == frm or subject.country == frm.split("/")[0] and subject.level == "country":
        return e
    if subject.key == to:
        if frm.split("/")[0] == subject.country:
            return e
        return e.model_copy(update={"from_": [_actor(subject)], "to": e.from_}, deep=True)
    if subject.country == to.split("/")[0] or subject.level == "country":
        return e
    return e.model_copy(update={"from_": [_actor(subject)]}, deep=True)


def _behalf_sender(text: str, a: int, b: int, here: list[Party], e: Event) -> Event:
    """A message read as addressed to the place its words speak ``on behalf of`` ("I thank them for this gift on
    behalf of the people of X") runs from X, to the party of another country its sentence names."""
    if len(e.from_) != 1 or len(e.to) != 1 or not e.to[0].key:
        return e
    for m in BEHALF_EN.finditer(text, a, b):
        place = next((p for p in here if p.start == m.end() or (m.start() < p.start < m.end())), None)
        if place is None or place.key != e.to[0].key:
            continue
        other = [p for p in here if p.country != place.country and p.key]
        if not other or len({p.key for p in other}) != 1:
            return e
        return e.model_copy(update={"from_": [_actor(place)], "to": [_actor(other[0])]}, deep=True)
    return e


#: "the mayor joined X's mayor on a phone call to offer support": the one joined is met, not the one speaking
JOINED_BEFORE_EN = re.compile(r"\bjoined\s+(?:(?:the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}$", re.I)
ON_CALL_AFTER_EN = re.compile(r"[^.;]{0,60}?\b(?:on|in|for|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:call|conference|videoconference|meeting|chat|conversation)s?\b", re.I)


def _joined_on_call(text: str, a: int, b: int, here: list[Party], e: Event) -> Event:
    """``the Mayor joined Kobe's mayor on a phone call to offer the city's support``: the subject who joined the
    call speaks; the place named right after ``joined`` is the one spoken to."""
    if e.type != "message" or not e.from_[0].key or not e.to[0].key or e.from_[0].key == e.to[0].key:
        return e
    obj = next((p for p in here if p.key == e.from_[0].key and JOINED_BEFORE_EN.search(text, max(a, p.start - 40), p.start)
                and ON_CALL_AFTER_EN.match(text, p.end)), None)
    if obj is None:
        return e
    return e.model_copy(update={"from_": e.to, "to": e.from_}, deep=True)


#: the one thanks are told to: "conveyed her gratitude to X's mayor", "expressed sympathy with the people of X"
THANKS_TO_EN = re.compile(r"\b(?:gratitude|thanks|appreciation|condolences|sympathy|solidarity)\s+(?:to|with|towards?)\s+"
                          r"(?:(?:the|its|his|her|their|our)\s+)?(?:(?:people|citizens|residents|government|authorities|"
                          r"city|province|state)\s+(?:of|in)\s+)?(?:the\s+)?$", re.I)


def _thanked_object(text: str, a: int, b: int, here: list[Party], e: Event) -> Event:
    """``In a video message, Ortiz conveyed her gratitude to X's mayor``: a sender named only as the one the thanks
    go to (the speaker a person of no place) is the addressee; the other side speaks."""
    if e.type != "message" or not e.from_[0].key or not e.to[0].key or e.from_[0].key == e.to[0].key:
        return e
    frm, to = e.from_[0].key, e.to[0].key
    said = [p for p in here if p.key == frm]
    if not said or not all(THANKS_TO_EN.search(text, max(a, p.start - 80), p.start) for p in said):
        return e
    if any(p.key == to and THANKS_TO_EN.search(text, max(a, p.start - 80), p.start) for p in here):
        return e
    if frm.split("/")[0] == to.split("/")[0]:
        return e
    return e.model_copy(update={"from_": e.to, "to": e.from_}, deep=True)


#: "the governor, who received the goods at the state house in X, thanked ...": X is where, not who
RECEIVED_WHERE_EN = re.compile(r",\s+who\s+(?:had\s+|also\s+|personally\s+)?(?:received|accepted|took\s+delivery\s+of|"
                               r"took\s+receipt\s+of|welcomed)\b[^;.]{0,80}?\b(?:at|in)\b[^;.]{0,40}$", re.I)


def _received_where(text: str, a: int, b: int, here: list[Party], e: Event, events: list[Event]) -> Event:
    """A sender named only as the place where the thanker took the goods (``X, who received the items at the
    town hall in Y, thanked Z``) is the side Z's gift went to."""
    if e.type != "message" or not e.from_[0].key or not e.to[0].key:
        return e
    where = next((p for p in here if p.key == e.from_[0].key and RECEIVED_WHERE_EN.search(text, a, p.start)), None)
    if where is None:
        return e
    gifts = [g for g in events if g.type == "donation" and g.from_ and g.to and g.from_[0].key == e.to[0].key
             and len(g.to) == 1 and g.to[0].key and g.to[0].key != where.key
             and g.to[0].key.split("/")[0] == where.key.split("/")[0]]
    if len({g.to[0].key for g in gifts}) != 1:
        return e
    return e.model_copy(update={"from_": [gifts[0].to[0]]}, deep=True)


def _relative_thanker(text: str, a: int, b: int, here: list[Party], e: Event) -> Event:
    """``handed over by the Deputy Mayor of Lodz, who thanked the Chengdu authorities``: the one the relative
    clause is about (the party named last before ``, who``) thanks the one named after its verb."""
    m = RELATIVE_ACT_EN.search(text, a, b)
    if m is None:
        return e
    before = [p for p in here if a <= p.start < m.start() and not re.search(r"[.;]", text[p.end:m.start()])]
    after = [p for p in here if m.end() <= p.start < b]
    if not before or not after:
        return e
    frm, to = before[-1], after[0]
    if frm.level == "adm1" and len(before) > 1 and before[-2].key and before[-2].country == frm.country \
            and before[-2].level not in ("country", "adm1") \
            and LOCATED_IN_EN.fullmatch(text, before[-2].end, frm.start):
        frm = before[-2]  # "the mayor of X in Y province, who thanked ...": the province only locates X
    if frm.country == to.country or not frm.key or not to.key:
        return e
    return _turned(e, frm, to)


#: between a city and the province (state) named only to locate it: "X in Y province", "X, in the Y region"
LOCATED_IN_EN = re.compile(r",?\s+in\s+(?:the\s+)?")


def _specific_sides(text: str, a: int, b: int, here: list[Party], parties: list[Party], e: Event) -> Event:
    """A message side read as a bare country where the page means one of its places.

    ``thanks the X China Council ... and the Fujian Provincial Government``:
    a place of that country named in the sentence is the side; ``a letter to
    his German counterpart``: the place of that country the page names most.
    """
    for side in ("from_", "to"):
        actor = getattr(e, side)[0]
        if not actor.key or "/" in actor.key or actor.level not in (None, "country") or national_voice(actor.name):
            continue  # (a consulate, a ministry, a president speaks for the nation, not a place the words name)
        other = {x.key for x in (e.to if side == "from_" else e.from_)}
        inside = [p for p in here if p.country == actor.key and p.level != "country" and p.key not in other]
        pick = inside[-1] if len({p.key for p in inside}) == 1 else None
        if pick is None and not inside:
            mention = next((p for p in here if p.key == actor.key and COUNTERPART_EN.match(text, p.end)), None)
            if mention is not None:
                counts: dict[str, int] = {}
                for p in parties:
                    if p.country == actor.key and p.level != "country" and p.key and p.key not in other:
                        counts[p.key] = counts.get(p.key, 0) + 1
                if counts:
                    best = max(counts, key=counts.get)
                    pick = next(p for p in parties if p.key == best)
        if pick is not None:
            gov = next((p for p in here if p.key == actor.key and p.end <= pick.start
                        and NATION_AND_PLACE_EN.fullmatch(text, p.end, pick.start)), None)
            # "thanked the Chinese government and especially the Xiamen mayor": the nation and the place, both
            e = e.model_copy(update={side: ([getattr(e, side)[0], _actor(pick)] if gov is not None
                                            else [_actor(pick)])}, deep=True)
    return e


#: between a nation's government and a place of it, both thanked: "the Chinese government and especially to the "
NATION_AND_PLACE_EN = re.compile(r"\s+(?:central\s+|national\s+)?government,?\s+(?:and|as\s+well\s+as)\s+"
                                 r"(?:(?:especially|particularly|in\s+particular|above\s+all|also)\s+)?(?:to\s+)?"
                                 r"(?:the\s+)?(?:(?:people|mayor|governor|government|leaders?|authorities)"
                                 r"(?:\s+and\s+(?:people|government))?\s+of\s+(?:the\s+)?)?")


def _names_in_speech(text: str, f: _Spoken, reported: list[tuple[int, int]], parties: list[Party]) -> bool:
    """A reading from unquoted reported speech stands when the words are thanks or condolence and name
    the party they are told to."""
    for q0, q1 in reported:
        if f.start <= q0 <= f.end:
            words = text[q0:q1]
            if not (THANKS_ZH.search(words) or _CONSOLE_OR_MOURN_ZH.search(words)):
                return False
            return any(q0 <= p.start < q1 and p.key == f.to.key for p in parties) and any(
                f.start <= p.start < q0 and p.key == f.frm.key for p in parties)  # both sides named
    return True


# ------------------------------------------------------------------ a video link for greetings is a message
#: words of greeting, thanks or sympathy
GREETING = re.compile(r"问候|慰问|祝福|祝愿|感谢|谢意|致意|加油|打气|\b(?:greetings?|thank(?:s|ed|ing)?|gratitude|condolences?|"
                      r"sympathy|best wishes)\b", re.I)
#: what experts share: experience, measures, treatment, training
SHARED_TOPIC = re.compile(r"经验|防控|诊疗|救治|治疗|病例|交流|介绍|培训|会诊|探讨|研讨|分享|做法|措施|技术|"
                          r"\b(?:experience|expertise|treatment|measures|prevention|control|clinical|patients?|protocols?|"
                          r"share[ds]?|sharing|exchange[ds]?|discuss(?:ed|ion)?|advice|training|cases?)\b", re.I)


#: meetings told together but held one by one
SEPARATE_MEETINGS = re.compile(r"先后|分别|陆续|各自|相继|[两二三四五六七八九十多数几]场|多次|系列|"
                               r"\b(?:separate(?:ly)?|respectively|each|conferences|calls|meetings|sessions|links|"
                               r"exchanges|webinars|teleconferences|videoconferences)\b", re.I)


#: a letter's words told after it: X在信中说，…  / 市长在来信中写道 (the letter, not a second message)
#: (X在信中对Y…表达关切: whatever the letter is told to say)
IN_THE_LETTER = re.compile(r"^[^,，。;；:：]{0,16}?(?:在|于)(?:来信|回信|信函|信件|感谢信|慰问信|信|函)中(?:说|写道|表示|称|提到|指出|对|向|为|就|表达|感谢)")


def letter_told_again(events: list[Event]) -> list[Event]:
    """A message whose sentence only tells the words of a letter (X在信中说，…) is the letter told before it
    in the page between the same two sides: dropped."""
    from cityaid.clean.normalize import to_simplified

    out: list[Event] = []
    for e in events:
        # (the letter told before is looked for first: converting the evidence costs more)
        if e.type == "message" and e.evidence \
                and any(x.type == "message" and [a.key for a in x.from_] == [a.key for a in e.from_]
                        and [a.key for a in x.to] == [a.key for a in e.to] for x in out) \
                and IN_THE_LETTER.search(to_simplified(e.evidence).strip()):
            continue
        out.append(e)
    return out


#: one letter written (X致信Y) / letters or words exchanged (互致, 相互, exchanged)
ONE_LETTER_ZH = re.compile(r"致信|致函|致電|致电")
BOTH_WAYS = re.compile(r"互|彼此|双方|雙方|两市|兩市|\b(?:exchang|each other|both)", re.I)


def one_direction(events: list[Event]) -> list[Event]:
    """One sentence read as a message both ways (X市长…致信Y市长，感谢Z): the side named first, the sentence's
    subject, wrote it; the reversed reading is dropped (where both sides' names are found in it)."""
    from cityaid.clean.normalize import to_simplified

    def at(words: str, actors: list[Actor]) -> int:
        found = [words.find(to_simplified(a.name)) for a in actors if a.name]
        found = [i for i in found if i >= 0]
        return min(found) if found else -1

    drop = set()
    for i, e in enumerate(events):
        if e.type != "message" or not e.evidence or len(e.from_) != 1 or len(e.to) != 1 or i in drop:
            continue
        if not ONE_LETTER_ZH.search(e.evidence) or BOTH_WAYS.search(e.evidence):
            continue  # (letters exchanged, 互致慰问: both ways indeed)
        for j in range(i + 1, len(events)):
            x = events[j]
            if x.type == "message" and x.evidence == e.evidence and len(x.from_) == 1 and len(x.to) == 1 \
                    and x.from_[0].key == e.to[0].key and x.to[0].key == e.from_[0].key and x.from_[0].key:
                words = to_simplified(e.evidence)
                fe, fx = at(words, e.from_), at(words, x.from_)
                if fe >= 0 and fx >= 0 and fe != fx:
                    drop.add(j if fe < fx else i)
    return [e for k, e in enumerate(events) if k not in drop]


def _sibling_cities(have: list[Actor], more: list[Actor]) -> bool:
    """Cities listed side by side (与越南A市、B市卫生部门举行视频会议), neither holding the other: partners of
    their own, not the parts of one."""
    both = [a for a in have + more if a.key]
    return bool(more) and all(a.level == "city" for a in both) and not any(
        x.key != y.key and y.key.startswith(x.key + "/") for x in both for y in both)


#: a count of two or three givers or gifts (两座古城 / 三个友城 / 两地): a lead summing up what the page tells next
COUNTED_FEW_ZH = re.compile(r"(?<!其中)(?<!前)(两|兩|二|三)(?:座|个|個|地|家|批)")


def gifts_summed_up(events: list[Event]) -> list[Event]:
    """X省两座城市的援助物资先后抵达Y国: a lead that counts two (or three) gifts, with no figures of its own,
    which the page then tells one by one (A向Y国的B捐赠…, C向D捐赠…), is those gifts, not a total of its own."""
    from cityaid.clean.normalize import to_simplified

    drop = set()
    for i, e in enumerate(events):
        if e.type not in ("aggregate", "donation") or e.of not in (None, "donation") or e.money or not e.evidence_span \
                or any(it.quantity is not None for it in e.items) or not e.from_:
            continue
        m = COUNTED_FEW_ZH.search(to_simplified(e.evidence))
        if m is None:
            continue
        n = {"两": 2, "二": 2, "三": 3}[to_simplified(m.group(1))]
        if len(e.from_) > n:
            continue  # 先后收到A、B、C和D的四批捐赠,其中三批在去年抵达: more givers named than the gifts counted
        givers = {(a.key or "").split("/")[0] for a in e.from_}
        receivers = {(a.key or "").split("/")[0] for a in e.to}
        told = {frozenset(a.key for a in x.from_) for x in events
                if x.type == "donation" and x is not e and x.evidence_span and x.evidence_span[0] >= e.evidence_span[1]
                and x.from_ and x.to and all(a.key and a.key.split("/")[0] in givers for a in x.from_)
                and (not receivers or all(a.key and a.key.split("/")[0] in receivers for a in x.to))}
        if len(told) == n:
            drop.add(i)
    return [e for k, e in enumerate(events) if k not in drop]


def one_meeting(events: list[Event]) -> list[Event]:
    """One video conference with one partner told with its parts (与巴伐利亚州卫生部门和慕尼黑大学医院专家
    举行视频会议: a state and a city in it) is one consultation with them all as ``to``; meetings told as held
    one by one (先后, 分别, plural "conferences") or with partners of several countries stay as read.

    (The message passes that run on the whole page run here too: letters that only ask are requests, and one
    statement of thanks to several partners is one message.)"""
    events = letters_not_meetings(thanks_on_receipt(asked_for_meetings(sharing_side(one_statement(asking_letters(letter_told_again(one_direction(
        letters_answered(gifts_summed_up(events))))))))))
    out: list[Event] = []
    for e in events:
        if e.type == "consultation" and e.evidence and not SEPARATE_MEETINGS.search(e.evidence):
            same = next((x for x in out if x.type == "consultation" and x.evidence == e.evidence
                         and [a.key for a in x.from_] == [a.key for a in e.from_]
                         and (x.date.value if x.date else None) == (e.date.value if e.date else None)), None)
            countries = {(a.key or "").split("/")[0] for a in (same.to + e.to)} if same is not None else set()
            if same is not None and len(countries) == 1 and not _sibling_cities(same.to, e.to):
                # one partner told with its parts (a state and its city)
                have = {a.key for a in same.to}
                same.to = same.to + [a for a in e.to if a.key not in have]
                continue
        out.append(e)
    return out


#: the Chinese-speaking side of the genre's meetings: the mainland, Taiwan, Hong Kong, Macau
CHINESE_SIDE = frozenset({"CN", "TW", "HK", "MO"})
#: the foreign side said to be the one that shares ("Korean doctors shared their experience with the Chinese
#: side"): then the meeting runs its way
FOREIGN_SHARES = re.compile(r"\b(?:shared|briefed\s+\w+\s+on|taught)\s+(?:their|its|his|her)\s+(?:own\s+)?"
                            r"(?:experience|lessons)\s+(?:with|to)\s+(?:the\s+)?(?:Chinese|China)", re.I)


#: a verb of telling whose subject the English reader made the sharing side ("X officials briefed Y experts
#: on ... in a video conference"): that reading stands
TELLING_EN = re.compile(r"\b(?:briefed|advised|trained|taught|instructed|coached|lectured)\b")


def _side_country(side: list[Actor]) -> Optional[str]:
    countries = {(a.key or "").split("/")[0] for a in side if a.key}
    return countries.pop() if len(countries) == 1 else None


def sharing_side(events: list[Event]) -> list[Event]:
    """A consultation runs from the side that shares its experience to the side that hears it (spec: experts
    meet *to share epidemic-control experience*).  In the genre that is the Chinese side, which met the
    epidemic first, whichever side the sentence makes its subject (法国X市与成都市举行视频会议, "Mexico City's
    mayor held a video call with Beijing officials"): such a meeting is turned to run Chinese side -> partner,
    unless the sentence says the foreign side shared its own experience."""
    out = []
    for e in events:
        if e.type == "consultation" and e.from_ and e.to:
            frm, to = _side_country(e.from_), _side_country(e.to)
            if frm and to and frm not in CHINESE_SIDE and to in CHINESE_SIDE \
                    and not FOREIGN_SHARES.search(e.evidence or "") and not TELLING_EN.search(e.evidence or ""):
                e = e.model_copy(update={"from_": e.to, "to": e.from_}, deep=True)
        out.append(e)
    return out


#: a letter that asks: for goods, help or a meeting (致函X,希望就防控经验进行交流 / wrote to X asking for masks)
#: an e-mail, told with the letters (给X发去电子邮件,希望…)
_MAIL = re.compile(r"电子邮件|電子郵件|邮件|郵件|电邮|電郵")
#: (希望这批捐赠能帮助X渡过难关: a wish for the gift just given, not an ask; 希望了解X的经验: an ask to learn)
ASKS = re.compile(r"请求|希望[^。,，]{0,6}?(?:了解|学习|學習|借鉴|借鑒)[^。,，]{0,16}?(?:经验|經驗|做法)|求助|求援|寻求|询问|问[^。,，]{0,8}?(?:能否|可否|是否(?:可以|能够?))|希望(?!(?:这|该|此|上述)(?:份|批|些|次))(?:得到|获得|能够?|能|对方|贵方|中方)?[^。,，]{0,14}?(?:提供|援助|帮助|支援|协助|交流|分享|介绍)|"
                  r"\b(?:asking|asked|to ask|requesting|to request|seeking|to seek|appealing|pleading)\s+(?:\w+\s+){0,3}?(?:for|to|whether|if)\b",
                  re.I)
#: words that make a letter a message whatever else it asks: thanks, sympathy, wishes
FEELING = re.compile(r"感谢|谢意|致谢|慰问|哀悼|问候|祝|关切|牵挂|声援|加油|支持|同舟共济|"
                     r"\b(?:thank\w*|grat\w+|condolen\w+|sympath\w+|solidarity|support|wish\w*|concern\w*)\b", re.I)
#: a statement addressed to several at once (向A、B和C致以感谢): one message, not a letter to each
ONE_EACH = re.compile(r"分别|各自|先后|逐一|一一|\b(?:separate(?:ly)?|respectively|each)\b", re.I)


def asking_letters(events: list[Event]) -> list[Event]:
    """A letter that only asks (for goods, help, a meeting) is the request, not a message (spec: request):
    where its sentence gave no request, the letter is read as one, writer to addressee."""
    def overlaps(a: Event, b: Event) -> bool:
        if a.evidence_span and b.evidence_span:
            return a.evidence_span[0] < b.evidence_span[1] and b.evidence_span[0] < a.evidence_span[1]
        return a.evidence == b.evidence
    out = []
    for e in events:
        if e.type == "message" and (e.medium == "letter" or _MAIL.search(e.evidence or "")) and e.evidence and ASKS.search(e.evidence) \
                and not FEELING.search(ASKS.sub("", e.evidence)):
            if e.from_ and e.to and not any(x.type == "request" and overlaps(x, e) for x in events):
                out.append(e.model_copy(update={"type": "request", "kind": None, "medium": None}, deep=True))
            continue
        out.append(e)
    return out


#: a letter or post made public, read by all it names: 公开信, 声明, 发文, "open letter", "statement"
PUBLIC = re.compile(r"公开信|公開信|声明|聲明|发文|發文|推文|贴文|\b(?:open letter|statement|posted|tweet(?:ed)?)\b", re.I)


def _public(e: Event) -> bool:
    """Words said once in public (no letter or call to each addressee): no medium, a post, or an open letter."""
    return e.medium in (None, "social_media", "web") or bool(PUBLIC.search(e.evidence or ""))


def one_statement(events: list[Event]) -> list[Event]:
    """Thanks or sympathy spoken once to several partners (向A、B和C致以诚挚的感谢) is one message with them
    all as ``to``; letters, calls and videos to each (致信A和B, 分别致电) stay one each, as the spec asks."""
    out: list[Event] = []
    for e in events:
        if e.type == "message" and e.evidence and _public(e) and e.to and not ONE_EACH.search(e.evidence):
            same = next((x for x in out if x.type == "message" and x.evidence == e.evidence and _public(x)
                         and [a.key for a in x.from_] == [a.key for a in e.from_] and x.from_
                         and (x.date.value if x.date else None) == (e.date.value if e.date else None)), None)
            if same is not None:
                have = {a.key for a in same.to}
                same.to = same.to + [a for a in e.to if a.key not in have]
                continue
        out.append(e)
    return out


#: two leaders on a call (市长与Y市长视频通话), thanks said and views traded on the epidemic: no experts sharing
_LEADERS_CALL_ZH = re.compile(r"(?:市长|省长|州长|知事|县长|主席|书记)[^,，。]{0,10}(?:视频|电话)?通话")
_EXPERTS_TOPIC_ZH = re.compile(r"经验|诊疗|救治|治疗|病例|培训|会诊|做法|措施|技术|专家|医生|医护")


def greetings_by_video(events: list[Event]) -> list[Event]:
    """A video link or call that only carries greetings (视频连线…互致问候, "a video call to exchange greetings")
    is a message between the two sides, not experts sharing experience."""
    from cityaid.clean.normalize import to_simplified
    out = []
    for e in events:
        words = to_simplified(e.evidence) if e.type == "consultation" and e.evidence else ""
        if e.type == "consultation" and words and GREETING.search(words) \
                and (not SHARED_TOPIC.search(words) or _LEADERS_CALL_ZH.search(words) and not _EXPERTS_TOPIC_ZH.search(words)):
            if any(x.type == "message" and x.evidence == e.evidence for x in events):
                continue  # 甲与乙举行视频通话,感谢乙的援助: the thanks read on their own are the call's message
            e = e.model_copy(update={"type": "message"}, deep=True)
            e.medium = "video"
            e.kind = "thanks" if re.search(r"感谢|谢意|thank|gratitude", words, re.I) else "solidarity"
        out.append(e)
    return out


def _pronoun_sender(text: str, clean: CleanText, original: str, parties: list[Party], e: Event,
                    before: list[Event]) -> Event:
    """``The prefecture sent gloves to X. Weeks later it sent a video message too``: the pronoun is the
    previous act's sender, and the message goes where that act went unless the sentence names its addressee."""
    span = _clean_span(clean, original, e)
    if span is None:
        return e
    m = PRONOUN_SUBJECT_EN.match(text, span[0], span[1])
    if m is None or any(span[0] <= p.start < m.end() and p.key for p in parties):
        return e
    prev = before[-1]
    pspan = _clean_span(clean, original, prev)
    if pspan is None or not 0 <= span[0] - pspan[1] < 400 or not prev.from_ or not prev.from_[0].key:
        return e
    sender = prev.from_[0]
    named_to = [p for p in parties if m.end() <= p.start < span[1] and p.key and p.key != sender.key]
    to = e.to if named_to and any(a.key == named_to[0].key for a in e.to) else (prev.to[:1] if prev.to else e.to)
    if [a.key for a in to] == [sender.key]:
        return e
    return e.model_copy(update={"from_": [sender], "to": list(to)}, deep=True)


#: a letter that travels with the goods: 随物资附上了X的慰问信, 和物资一起寄到的还有…的信
WITH_GOODS_LETTER_ZH = re.compile(r"随(?:同)?(?:这批|该批|此批)?(?:物资|货物|口罩|包裹)[^。]{0,20}?(?:附上|附有|附带|附|带去|带来|送达|寄去|还有)"
                                  r"[^。]{0,30}?(?:慰问信|感谢信|问候信|慰问函|亲笔信|信函|信)")


#: …还有A市长致B市长的信: writer and addressee named in the letter's own words
_WRITER_TO_ADDRESSEE_ZH = re.compile(r"[^。，,]{2,}致[^。，,]{2,24}?的[^。，,]{0,4}?(?:慰问信|感谢信|问候信|慰问函|亲笔信|信函|信)$")


def _letter_with_gift_zh(text: str, quotes: list[tuple[int, int]], gifts: list[tuple[int, Event]],
                         starts: list[int]) -> list[_Spoken]:
    """A letter sent with the goods (随物资附上了X市市长的慰问信) goes the gift's way, giver to recipient."""
    out = []
    for s0, s1, m in _unquoted_per_sentence(WITH_GOODS_LETTER_ZH, text, quotes, starts):
        if _WRITER_TO_ADDRESSEE_ZH.search(m.group()):
            continue  # 随物资寄出的还有A市长致B市长的信: the letter names its own writer and addressee
        gift = next((g for at, g in reversed(gifts) if s0 - 300 <= at < s1), None)
        if gift is None:
            continue
        giver, got = next((a for a in gift.from_ if a.key), None), next((a for a in gift.to if a.key), None)
        if giver is None or got is None or giver.key.split("/")[0] == got.key.split("/")[0]:
            continue
        out.append(_Spoken(s0, s1, Party(-1, -1, giver.key, giver.level, giver.name, giver.key.split("/")[0]),
                           Party(-1, -1, got.key, got.level, got.name, got.key.split("/")[0]),
                           "thanks" if "感谢" in m.group() else "solidarity", m.start()))
    return out


BEHALF_NAME_EN = re.compile(r"\bon behalf of\s+(?:(?:all\s+)?(?:the\s+)?(?:people|citizens|residents|city|town|county|"
                            r"council)\s+of\s+)([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\b")


def _behalf_places(text: str, parties: list[Party], home: Optional[Party]) -> list[Party]:
    """``on behalf of the people of X``: X is a place, the speaker's, in the page's country when the
    gazetteer does not know it (a Scottish council area, an Italian comune)."""
    if home is None or not home.country:
        return []
    out = []
    for m in BEHALF_NAME_EN.finditer(text):
        if any(p.start <= m.start(1) < p.end for p in parties):
            continue
        name = m.group(1)
        key = home.key if name == home.name else f"{home.country}/{name}"
        out.append(Party(m.start(1), m.end(1), key, home.level if name == home.name else "city", name, home.country))
    return out


#: a mission named by where it sits: "the consul general of Japan in Shanghai", "the Chinese Consulate-General in X"
MISSION_EN = re.compile(r"\b(?:consul(?:ate)?s?(?:[- ]general)?|embassy|ambassador)\s+(?:of\s+(?:the\s+)?)?"
                        r"(?:[A-Z][\w-]*\s+){0,3}?in\s+(?:the\s+)?$", re.I)


def _consulate_sides(text: str, a: int, b: int, parties: list[Party], e: Event) -> Event:
    """A consulate or embassy stands for the country it serves, not the city it sits in (spec: 驻X总领馆 is
    China's): ``the consul general of Japan in Shanghai thanked Shanghai`` is Japan's message."""
    for side in ("from_", "to"):
        if not getattr(e, side):
            continue
        actor = getattr(e, side)[0]
        at = next((p for p in parties if a <= p.start < b and p.key == actor.key
                   and MISSION_EN.search(text, max(a, p.start - 60), p.start)), None)
        if at is None:
            continue
        served = [p for p in parties if at.start - 60 <= p.start < at.start and p.level == "country" and p.key
                  and p.key != at.country]
        if not served:
            continue
        country = served[-1]
        update = {side: [Actor(key=country.key, name=country.name, level="country")]}
        other = "to" if side == "from_" else "from_"
        if not getattr(e, other):
            # "... in Shanghai thanked Shanghai": the city named again after the verb is the addressee
            again = next((p for p in parties if at.end < p.start < b and p.key == actor.key), None)
            if again is not None:
                update[other] = [_actor(again)]
        return e.model_copy(update=update, deep=True)  # one side is the mission's
    return e


# ------------------------------------------------------------------ the letter told as a thing, with its writer
#: a letter (mail, card, video) named as a thing (一封信, 这封…的邮件) and its writer by a role word after it:
#: 一封信——写信人是X, 这封…的邮件来自X, 该信出自X之手, 落款是X
LETTER_NOUN_ZH = r"(?:信函|信件|慰问信|感谢信|问候信|声援信|亲笔信|信|函|电子邮件|邮件|电邮|贺卡|卡片|明信片)(?![息心任用号誉赖念])"
LETTER_WRITER_ZH = re.compile(r"(?:这|那|该|此|一)(?:封|张|份)[^。！？]{0,16}?" + LETTER_NOUN_ZH +
                              r"[^。！？]{0,12}?(?:来自|寄自|发自|出自|(?:写信|发信|执笔|寄信)人(?:是|为)|署名(?:是|为)?|落款(?:是|为)?)")
#: who the letter is to, named by a role word: 收信人是Y, 写给Y, 寄给Y
LETTER_ADDRESSEE_ZH = re.compile(r"(?:收信人|收件人)(?:是|为)|写给|寄给|发给")
#: the writer telling why he wrote: 他写这封信是希望…, 写下这封邮件是为了…
WROTE_THIS_ZH = re.compile(r"(?:写|寄|发)(?:下|出)?(?:这|那|此)(?:封|份)" + LETTER_NOUN_ZH)
#: the one the words go to, after the letter's purpose: 对Y的支持, 为Y加油, 向Y致意
AIMED_AT_ZH = re.compile(r"[对向给为替]")
#: a body of the whole country (全国对外友协, 中国人民对外友好协会): the country's own side
NATIONAL_BODY_ZH = re.compile(r"(?:全国|中国|中华)[\u4e00-\u9fff]{0,8}?(?:协会|友协|委员会|基金会|学会|联合会)")
#: the letter travels with the goods: 与口罩一道寄达的, 同批寄达的, 随物资
WITH_GOODS_ZH = re.compile(r"一道|一起|一同|一并|同批|随(?:同)?(?:这批|该批|此批)?(?:物资|货物|口罩|包裹)")


def _most_specific(found: list[Party]) -> Optional[Party]:
    """Of the parties named in one phrase (日本池田市: Japan and Ikeda), the one lowest in the hierarchy."""
    found = [p for p in found if p.key]
    return max(found, key=lambda p: (p.key.count("/"), -p.start)) if found else None


def _letter_by_writer_zh(text: str, quotes: list[tuple[int, int]], parties: list[Party],
                         gifts: list[tuple[int, Event]], starts: list[int], home: Optional[Party]) -> list[_Spoken]:
    """A letter the page names as a thing, with its writer told by a role word (这封为Y鼓劲的邮件来自X / 一封信——
    写信人是X，收信人是Y) or by the writer telling why he wrote it (X说，他写这封信是希望表达对Y的支持): a message
    from the writer's side to the side it is written to.

    The writer is the place named in the role word's phrase (the lowest of them), else the country for a
    national body (全国…协会), else the gift's giver where the letter came with the goods; the addressee is
    the one named after 收信人是 / 写给, else the one the letter is for (为Y鼓劲, 对Y的支持), else the gift's
    recipient where the writer gave it."""
    out = []
    for pattern in (LETTER_WRITER_ZH, WROTE_THIS_ZH):
        for s0, s1, m in _unquoted_per_sentence(pattern, text, quotes, starts):
            while s0 < s1 and text[s0] in "」”』\u3000 \t":
                s0 += 1  # (the sentence opens after the words quoted before it)
            if any(o.start == s0 for o in out):
                continue
            gift = next((g for at, g in reversed(gifts) if s0 - 300 <= at < s1), None)
            giver = next((a for a in gift.from_ if a.key), None) if gift is not None else None
            got = next((a for a in gift.to if a.key), None) if gift is not None else None

            def as_party(a: Actor) -> Party:
                return Party(-1, -1, a.key, a.level, a.name, a.key.split("/")[0])
            to = None
            addr = LETTER_ADDRESSEE_ZH.search(text, m.end(), s1)
            if addr is not None:
                run_end = _CLAUSE_BREAK_ZH.search(text, addr.end(), s1)
                run_end = run_end.start() if run_end else s1
                to = _most_specific([p for p in parties if addr.end() <= p.start < run_end])
            if pattern is LETTER_WRITER_ZH:
                w0 = m.end()
                w1 = addr.start() if addr is not None else s1
                brk = _CLAUSE_BREAK_ZH.search(text, w0, w1)
                w1 = brk.start() if brk else w1
                sender = _most_specific([p for p in parties if w0 <= p.start < w1])
                aimed_from, aimed_to = m.start(), m.end()  # (这封为苏州鼓劲的邮件)
            else:
                head = [p for p in parties if s0 <= p.start < m.start() and p.key]
                sender = head[0] if head else None  # (the speaker, the sentence's subject)
                w0, w1 = s0, m.start()
                aimed_from, aimed_to = m.end(), s1
            if sender is None and NATIONAL_BODY_ZH.search(text, w0, w1) and to is not None and to.country != "CN":
                sender = Party(-1, -1, "CN", "country", NATIONAL_BODY_ZH.search(text, w0, w1).group(), "CN")
            if sender is None and giver is not None and WITH_GOODS_ZH.search(text, s0, m.start()):
                sender = as_party(giver)  # (与口罩一道寄达的，还有一封信: the letter goes the gift's way)
            if sender is None:
                continue
            if to is None:
                for a in AIMED_AT_ZH.finditer(text, aimed_from, aimed_to):
                    to = next((p for p in parties if p.key and 0 <= p.start - a.end() <= 2
                               and p.country != sender.country), None)
                    if to is not None:
                        break
            if to is None and giver is not None and got is not None and giver.key.split("/")[0] == sender.country:
                to = as_party(got)
            if to is None or not to.key or not sender.key or to.country == sender.country:
                continue
            words = text[s0:s1]
            out.append(_Spoken(s0, s1, sender, to, _kind(words, THANKS_ZH), m.start()))
    return out


# ------------------------------------------------------------------ English: the meeting told, then who asked for it
#: a meeting told before, named again as asked for: "X had asked Y for the exchange", "the conference had been
#: requested by X", "the call was arranged at X's request"
_MEETING_NOUN_EN = r"(?:(?:video\s+|online\s+|virtual\s+)?(?:exchanges?|meetings?|conferences?|calls?|sessions?|consultations?|" \
                   r"links?|talks))"
MEETING_ASKED_EN = re.compile(
    r"\b(?:had|has|have)?\s*(?:asked|requested|sought)\s+(?:[\w'’-]+\s+){0,4}?for\s+(?:the|this|that|these|those|such)\s+"
    + _MEETING_NOUN_EN + r"\b|"
    r"\b(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?" + _MEETING_NOUN_EN +
    r"\s+(?:had|has|have)?\s*(?:been|was|were)\s+(?:first\s+)?(?:requested|proposed|sought)\s+by\b", re.I)
_ASKED_ACTIVE_EN = re.compile(r"\b(?:asked|requested|sought)\b", re.I)


def asked_meetings_en(clean: CleanText, original: str, events: list[Event], publisher=None, anchor=None,
                      ranges: Optional[list[tuple[int, int]]] = None) -> list[Event]:
    """A meeting told, then named again as asked for (``Montpellier had asked Chengdu for the exchange``, ``The
    conference had been requested by the state ministry``): a request from the side that asked (the one named
    before ``asked`` or after ``by``, else the meeting's ``to``, the side that heard) to the side that shared.

    Only a meeting the page told before, within a few sentences, is asked for: the words "the exchange" refer
    back to it."""
    from cityaid.extract.en_events import split_sentences_en
    from cityaid.resolve.english import find_actors_en

    text = clean.text
    spans = [(x[0], x[1], e) for e in events if e.type == "consultation"
             for x in [_clean_span(clean, original, e)] if x is not None and e.from_ and e.to]
    if not spans:
        return []
    parties = None
    out = []
    for a, b in split_sentences_en(text):
        if ranges is not None and not any(r0 <= a < r1 for r0, r1 in ranges):
            continue
        m = MEETING_ASKED_EN.search(text, a, b)
        if m is None:
            continue
        met = [(s0, e) for s0, s1, e in spans if s1 <= m.start() and m.start() - s0 <= 900]
        if not met or any(s0 < b and a < s1 for s0, s1, _e in spans):
            continue  # (no meeting told before; or this sentence is itself the meeting's)
        meeting = met[-1][1]
        if parties is None:
            parties = [Party(x.start, x.end, x.key, x.level, x.surface, x.country) for x in find_actors_en(text, publisher)]
        here = [p for p in parties if a <= p.start < b and p.key]
        sharer, hearer = meeting.from_, meeting.to
        countries = {(x.key or "").split("/")[0] for x in hearer}
        verb = _ASKED_ACTIVE_EN.search(text, m.start(), m.end())
        if m.group().lower().rstrip().endswith("by"):
            asker = next((p for p in here if p.start >= m.end()), None)
            asked_of = None
        else:
            asker = next((p for p in reversed(here) if p.end <= verb.start()), None)
            asked_of = next((p for p in here if verb.end() <= p.start < m.end()), None)
        frm = [_actor(asker)] if asker is not None and asker.country in countries else [x.model_copy() for x in hearer]
        to = [_actor(asked_of)] if asked_of is not None and asked_of.country not in countries \
            else [x.model_copy() for x in sharer]
        o0, o1 = clean.original_span(a, b)
        evidence = original[o0:o1].strip()
        o0 = original.find(evidence, o0)
        ev = Event(type="request", date=None, evidence=evidence, evidence_span=(o0, o0 + len(evidence)),
                   **{"from": frm, "to": to})
        out.append(ev)
    return out


#: a meeting only asked for in a letter or call (致函我市，希望与X专家举行视频交流): the asking, not a meeting held
MEETING_ASKED_ZH = re.compile(r"(?:致函|致信|致电|来函|来信|来电|写信|去函|去信|发函|发来邮件|联系|提出)[^。]{0,30}?"
                              r"(?:希望|请求|要求|盼望|期盼|期待)(?:能|能够|可以)?(?:与|同|和|跟|向)[^，,。]{0,20}?"
                              r"(?:视频|视讯|视像|线上|在线|远程|连线|交流|会议|座谈|会商|分享)")
#: the meeting told as held as well (…，双方随后举行了视频会议)
MEETING_HELD_ZH = re.compile(r"(?:举行|召开|进行|开展)了|已(?:经)?(?:举行|召开|进行)")


def asked_for_meetings(events: list[Event]) -> list[Event]:
    """A consultation read from a letter or call that only asks for the meeting (X致函Y，希望与Y的专家举行视频
    交流) is the request: from the side that asked (the side that would hear) to the side asked to share."""
    from cityaid.clean.normalize import to_simplified

    out = []
    for e in events:
        if e.type == "consultation" and e.evidence and e.from_ and e.to:
            words = to_simplified(e.evidence)
            m = MEETING_ASKED_ZH.search(words)
            if m is not None and not MEETING_HELD_ZH.search(words):
                e = e.model_copy(update={"type": "request", "from_": e.to, "to": e.from_}, deep=True)
                e.medium = None
        out.append(e)
    return out


#: the goods taken in, in the clause of the thanks (接收物资时，X向Y致谢 / "accepting the donation, X thanked Y")
RECEIVING = re.compile(r"接收|签收|接过|收到|受赠|领取|\b(?:accept(?:ed|ing)|receiv(?:ed|ing))\b", re.I)
#: a giving verb: the sentence may tell a gift of its own
GIVING = re.compile(r"(?<!受)(?:捐|赠)|寄(?:往|送|给|出|去)|(?:运|送|发)(?:往|给|去|出)|"
                    r"\b(?:donat(?:ed|es|ing)|gave|giv(?:es|ing)|sent|send(?:s|ing)?|ship(?:s|ped|ping)|deliver(?:s|ed|ing))\b",
                    re.I)


#: the giver named as such ("received masks from X", 收到来自X的口罩): the gift's direction is told outright
GIVER_NAMED = re.compile(r"\bfrom\b|来自", re.I)


def thanks_on_receipt(events: list[Event]) -> list[Event]:
    """Thanks said while taking in the goods (接收物资时，X对Y致以谢意) run from the receiver to the giver: a
    donation read from that same sentence with the thanker as giver and the thanked as recipient is the
    receiving clause misread (the thanker is never the giver of what it receives), and is dropped where the
    sentence tells no giving of its own nor names the giver outright ("received masks from X")."""
    from cityaid.clean.normalize import to_simplified

    thanks = {(e.evidence, tuple(a.key for a in e.from_), tuple(a.key for a in e.to)) for e in events
              if e.type == "message" and e.evidence and e.from_ and e.to
              and (e.kind == "thanks" or THANKS_ZH.search(to_simplified(e.evidence)) or THANKS_EN.search(e.evidence))}
    if not thanks:
        return events
    out = []
    for e in events:
        if e.type == "donation" and e.evidence and \
                (e.evidence, tuple(a.key for a in e.from_), tuple(a.key for a in e.to)) in thanks:
            words = to_simplified(e.evidence)
            if RECEIVING.search(words) and not GIVING.search(words) and not GIVER_NAMED.search(words):
                continue
        out.append(e)
    return out


#: a letter sent (the vehicle of what is shared): 致信, 去函, 寄去…信, "sent letters", "wrote to"
LETTER_SENT = re.compile(r"致信|致函|去函|去信|复信|复函|写信|寄(?:去|出)[^,，。]{0,10}?信|"
                         r"\b(?:sent|wrote|mailed|sends|writes)\s+(?:\w+\s+){0,3}?(?:letters?|notes?|messages?|cards?)\b|"
                         r"\bwrote\s+to\b", re.I)
#: the words of a meeting: held, by video, by phone, online
MEETING_WORDS = re.compile(r"视频|视讯|视像|连线|会议|座谈|会商|会谈|线上|在线|远程|电话|会见|"
                           r"\b(?:video|online|virtual|conference|conferencing|call|webinar|meeting|zoom|tele\w*)\b", re.I)


def letters_not_meetings(events: list[Event]) -> list[Event]:
    """Experience shared in a letter (sent letters of greetings to X, sharing its experience / 致信X，介绍防控经验)
    is a message: a consultation is experts meeting (by video, phone, in person), and the sentence tells no
    meeting."""
    from cityaid.clean.normalize import to_simplified

    out = []
    for e in events:
        if e.type == "consultation" and e.evidence:
            words = to_simplified(e.evidence)
            if LETTER_SENT.search(words) and not MEETING_WORDS.search(words):
                e = e.model_copy(update={"type": "message"}, deep=True)
                e.medium = "letter"
        out.append(e)
    return out


# ------------------------------------------------------------------ a message or request told from the receiving side
#: the verbs of receiving words: Y收到/接到/接获 X的…
_RECEIPT_VERB_ZH = r"(?:收到|接到|接获|收悉|收读|获得)"
#: the nouns of asking: 援助请求, 紧急请求, 求助, 求援, 求援信
_REQUEST_NOUN_ZH = r"(?:援助请求|紧急请求|请求|求援信|求助信|求援|求助|求救)"
#: the nouns of words sent: letters, mails, cables and what they carry (慰问, 问候, 祝福, 哀悼)
_MESSAGE_NOUN_ZH = (r"(?:慰问信函|慰问信|慰问函|慰问电|感谢信|感谢函|问候信|声援信|亲笔信|信函|信件|来信|来函|来电|唁电|贺电|电报|"
                    r"电子邮件|邮件|电邮|视频|信(?![息心任用号誉赖念])|函|" + CONSOLE_ZH + r"|问候|祝福|哀悼|致哀)")
RECEIVED_FROM_ZH = re.compile(_RECEIPT_VERB_ZH + r"(?:了)?(?:(?P<who>[^,，。;；！？:：]{1,40}?)的(?:一封|一份|一段|一条|一通)?)?"
                              r"(?:[^,，。;；！？的]{0,6}?)(?:(?P<ask>" + _REQUEST_NOUN_ZH + r")|(?P<msg>" + _MESSAGE_NOUN_ZH + r"))")
#: the asker named after the request (收到了求援，发出请求的是X)
ASKER_AFTER_ZH = re.compile(r"\s*[,，]?\s*(?:发出|提出)(?:请求|求助|求援)的(?:是|为)")
#: a mission stands for the country before 驻 (中国驻大阪总领事馆), not the city it sits in
def _mission_zh(text: str, a: int, b: int) -> Optional[tuple[int, int]]:
    """The span of a mission abroad named in ``[a, b)`` (驻大阪总领事馆), from its 驻 on: the pattern the
    actor reader knows (actors.MISSION)."""
    from cityaid.extract.actors import MISSION

    m = MISSION.search(text, a, b)
    return None if m is None else (m.start(2) - 1, m.end())


#: a subject that is the page's own office (省外办收到…, 市政府接到…): the page's place
_OWN_OFFICE_ZH = re.compile(r"(?:我|本)?(?:省|市|县|州|区)?(?:外办|外事办(?:公室)?|政府|人民政府|市府)")


def _sender_in(text: str, a: int, b: int, parties: list[Party]) -> Optional[Party]:
    """The side named in ``[a, b)`` as the one the words came from: a mission's country, else the place
    named last (友城、四川省会成都: Chengdu; 法国罗讷省议会主席: Rhône)."""
    found = [p for p in parties if a <= p.start < b and p.key]
    mission = _mission_zh(text, a, b)
    if mission is not None:
        served = [p for p in found if p.start < mission[0] and p.level == "country"]
        if served:
            return served[-1]
        found = [p for p in found if not mission[0] <= p.start < mission[1]]
    return found[-1] if found else None


def _receivers(text: str, s0: int, verb: int, parties: list[Party], home: Optional[Party]) -> list[Party]:
    """The side that received: the places named in the verb's clause before it (A、B等友城也收到了), else
    the last named in the sentence before it (X说，收到…后), else the page's own office (省外办收到…)."""
    brk = [m.end() for m in _CLAUSE_BREAK_ZH.finditer(text, s0, verb)]
    c0 = brk[-1] if brk else s0
    own = [p for p in parties if c0 <= p.start < verb and p.key]
    if not own:
        before = [p for p in parties if s0 <= p.start < verb and p.key]
        if before:
            return before[-1:]
        if home is not None and _OWN_OFFICE_ZH.search(text, c0, verb):
            return [home]
        return []
    out: list[Party] = []
    for p in own:  # one of each place (里昂市政府与里昂市民)
        if all(p.key != q.key for q in out):
            out.append(p)
    lowest = [p for p in out if not any(q.key != p.key and q.key.startswith(p.key + "/") for q in out)]
    return lowest


def received_zh(clean: CleanText, original: str, events: list[Event], publisher=None, anchor=None) -> None:
    """Words told from the side that got them (Y收到了X的信函 / Y接到X的援助请求 / Y收到了求援，发出请求的是X):
    a message or request from X to Y. A reading of the sentence with Y as the sender is turned; where the
    sentence gave none of that type, one is added (a letter whose words only ask is the request)."""
    from cityaid.extract.dates import find_dates

    text = clean.text
    if not RECEIVED_FROM_ZH.search(text):
        return
    parties = _zh_parties(text, publisher)
    home = _party(publisher)
    starts = [0] + [m.end() for m in SENT_END_ZH.finditer(text)]
    dates = None
    for m in RECEIVED_FROM_ZH.finditer(text):
        s0 = _sentence_start(starts, m.start())
        end = SENT_END_ZH.search(text, m.end())
        s1 = end.start() if end else len(text)
        if m.group("who") is not None:
            sender = _sender_in(text, m.start("who"), m.end("who"), parties)
        else:
            cleft = ASKER_AFTER_ZH.match(text, m.end())
            if cleft is None:
                continue
            stop = _CLAUSE_BREAK_ZH.search(text, cleft.end() + 1, s1)
            sender = _sender_in(text, cleft.end(), stop.start() if stop else s1, parties)
        if sender is None or sender.level == "country" and not national_voice(sender.name) \
                and _mission_zh(text, m.start(), m.end()) is None:
            continue  # (美国友人的问候: a country named for its people is no side of the genre)
        takers = [p for p in _receivers(text, s0, m.start(), parties, home) if p.country != sender.country]
        if not takers:
            continue
        rest = text[m.end():s1]
        kind = "request" if m.group("ask") or (ASKS.search(rest) and not FEELING.search(ASKS.sub("", rest))) \
            else "message"
        o0, o1 = clean.original_span(s0, s1)
        here = [e for e in events if e.type == kind and e.evidence_span and e.evidence_span[0] < o1
                and o0 < e.evidence_span[1]]
        taker_keys = {p.key for p in takers}
        if kind == "request" and m.group("msg"):
            # 收到X的信函，信中问能否援助: the letter asks; a gift read from the asking is none
            for e in [e for e in events if e.type in ("donation", "message") and e.evidence_span
                      and e.evidence_span[0] < o1 and o0 < e.evidence_span[1]
                      and {a.key for a in e.from_} & taker_keys and {a.key for a in e.to} == {sender.key}]:
                events.remove(e)
        turned = False
        for e in here:
            keys = {a.key for a in e.from_}
            if keys and keys <= taker_keys | {home.key if home else None} or not keys:
                e.from_ = [_actor(sender)]
                e.to = [_actor(p) for p in takers]
                turned = True
            elif keys == {sender.key}:
                turned = True
        if turned or here and kind == "message":
            continue
        if any(e.type == kind and {a.key for a in e.from_} == {sender.key} and {a.key for a in e.to} == taker_keys
               for e in events):
            continue  # (the same words told again)
        if dates is None:
            dates = find_dates(text, anchor)
        told = [d for d in dates if s0 <= d.start < s1 and not getattr(d, "further", False)]
        evidence = original[o0:o1].strip()
        o0 = original.find(evidence, o0)
        for p in takers if kind == "message" else takers[:1]:
            ev = Event(type=kind, date=DateRef(value=told[0].value, qualifier=told[0].qualifier) if told else None,
                       evidence=evidence, evidence_span=(o0, o0 + len(evidence)),
                       **{"from": [_actor(sender)], "to": [_actor(p)] if kind == "message" else [_actor(q) for q in takers]})
            if kind == "message":
                words = text[s0:s1]
                ev.kind = "condolence" if re.search(CONSOLE_ZH + r"|哀悼|致哀", words) else _kind(words, THANKS_ZH)
                ev.medium = _medium(original[o0:o1])
            events.append(ev)


#: a letter told before, named again as what the next act answers: 接到来函后，…; 收到这封信之后，…
LETTER_ANSWERED_ZH = re.compile(r"(?:接到|收到|接获|收悉)(?:了)?(?:对方的|对方)?(?:来函|来信|来电|该函|此函|此信|该信|这封信|"
                                r"这封来信|信函|信件|邮件)(?:后|之后|以后)")


def letters_answered(events: list[Event]) -> list[Event]:
    """A letter named again only as what the next act answers (接到来函后，省外办…筹措物资: the sentence opens
    with it, and what follows sends no words of its own) is the letter told before, not a second one (nor
    one the other way)."""
    from cityaid.clean.normalize import to_simplified

    out = []
    for e in events:
        m = LETTER_ANSWERED_ZH.search(to_simplified(e.evidence or "")) if e.type == "message" else None
        if m is not None and not _CLAUSE_BREAK_ZH.search(e.evidence, 0, m.start()) \
                and not REPLY_ZH.search(to_simplified(e.evidence[m.end():])):
            continue
        out.append(e)
    return out


#: words of the receiver's own after the letter: a reply, thanks, sympathy
REPLY_ZH = re.compile(r"回信|复信|复函|回函|回电|复电|致信|致函|致电|" + THANKS_ZH.pattern + "|" + SYMPATHY_ZH.pattern)


#: letters as the subject, their writers listed after 来自 (…的信函，分别来自A和B; 这些慰问信来自A、B)
LETTERS_FROM_ZH = re.compile(r"(?:信函|信件|来信|来函|慰问信|感谢信|问候信|声援信|慰问电|邮件)(?:[,，]\s*)?(?:分别|均|都|也)?"
                             r"(?:来自|寄自|发自|出自)")


def letters_from_zh(clean: CleanText, original: str, events: list[Event], publisher=None, anchor=None) -> None:
    """Letters named as the subject with their writers listed after 来自 (祝愿Y的信函，分别来自A和B): one
    message from each writer's place to the place the letters are for (named before them, else the page's)."""
    from cityaid.extract.dates import find_dates

    text = clean.text
    if not LETTERS_FROM_ZH.search(text):
        return
    parties = [p for p in _zh_parties(text, publisher) if p.key]
    home = _party(publisher)
    starts = [0] + [m.end() for m in SENT_END_ZH.finditer(text)]
    dates = None
    for m in LETTERS_FROM_ZH.finditer(text):
        s0 = _sentence_start(starts, m.start())
        end = SENT_END_ZH.search(text, m.end())
        s1 = end.start() if end else len(text)
        brk = re.compile(r"[,，;；]").search(text, m.end(), s1)
        writers: list[Party] = []
        for p in parties:
            if m.end() <= p.start < (brk.start() if brk else s1) and all(p.country != w.country for w in writers):
                writers.append(p)  # (one per country named: 奥地利A市 — the city, the lowest of its phrase)
            elif writers and p.country == writers[-1].country and m.end() <= p.start < (brk.start() if brk else s1):
                writers[-1] = p if p.key.count("/") >= writers[-1].key.count("/") else writers[-1]
        before = [p for p in parties if s0 <= p.start < m.start()]
        to = before[-1] if before else home
        writers = [w for w in writers if to is not None and w.country != to.country]
        if not writers or to is None:
            continue
        o0, o1 = clean.original_span(s0, s1)
        have = {(tuple(a.key for a in e.from_), tuple(a.key for a in e.to)) for e in events if e.type == "message"
                and e.evidence_span and e.evidence_span[0] < o1 and o0 < e.evidence_span[1]}
        if dates is None:
            dates = find_dates(text, anchor)
        told = [d for d in dates if s0 <= d.start < s1 and not getattr(d, "further", False)]
        evidence = original[o0:o1].strip()
        o0 = original.find(evidence, o0)
        for w in writers:
            if ((w.key,), (to.key,)) in have:
                continue
            ev = Event(type="message", date=DateRef(value=told[0].value, qualifier=told[0].qualifier) if told else None,
                       evidence=evidence, evidence_span=(o0, o0 + len(evidence)),
                       **{"from": [_actor(w)], "to": [_actor(to)]})
            words = text[s0:s1]
            ev.kind = "condolence" if CONSOLE_ZH_RE.search(words) else _kind(words, THANKS_ZH)
            ev.medium = "letter"
            events.append(ev)


# ------------------------------------------------------------------ a bare title standing for the place named before it
#: a clause that opens with an office alone (市长, 该市市长, 州长…; a name may follow): the office of the place the
#: sentence named last before it (A捐赠的口罩运抵B，市长X致信A市长 — the mayor is B's)
BARE_TITLE_ZH = re.compile(r"(?:(?:当天|当日|同日|随后|次日|其后|日前|近日|(?:\d{1,2}月)?\d{1,2}日)\s*[,，]?\s*)?"
                           r"(?:该市|该州|该省|该县|该道|该郡|当地|对方)?(?:政府)?"
                           r"(?:市长|州长|知事|省长|县长|郡守|区长|首席部长|议长|市议会)")
_CLAUSE_OPEN_ZH = re.compile(r"[,，;；]\s*")
#: words of a plan between the office and its verb (市长将择日致信, 拟复函)
PLAN_GAP_ZH = re.compile(r"将|拟|计划|准备|打算|有意|希望|考虑")
#: the goods told as having reached a place (运抵A, A收到…)
ARRIVED_AT_ZH = re.compile(r"运抵|抵达|到达|送达|运达|寄达|寄到|送到|收到|签收|接收|接到|获赠|交付|交接")


def _sentence_start(starts: list[int], pos: int) -> int:
    """The start of the sentence ``pos`` lies in, from the sorted sentence starts of the page (the first is 0)."""
    return starts[bisect_right(starts, pos) - 1]


def _page_setting_zh(text: str, original: str, events: list[Event], publisher):
    """What the readers of a message told beside another act start from: the page's keyed parties, its own place,
    where its sentences start, and the spans of the events already read."""
    parties = [p for p in _zh_parties(text, publisher) if p.key]
    return parties, _party(publisher), [0] + [m.end() for m in SENT_END_ZH.finditer(text)], _spans(original, events)


def titled_after_place_zh(clean: CleanText, original: str, events: list[Event], publisher=None, anchor=None) -> None:
    """A message told by a clause whose subject is a bare office (据报道，A寄出的一批防护服已到B，市长X致信A市长，感谢
    A的帮助): the office is the place named last before it in the sentence; the message goes to the party named after
    its verb (of another country), else, for words that come in (来信), to the page's place, else to the giver of the
    sentence's gift that place received. Added where the sentence gave no message from that place."""
    from cityaid.extract.dates import find_dates
    from cityaid.extract.triggers import PLAN, find_triggers

    text = clean.text
    if not BARE_TITLE_ZH.search(text):
        return
    parties, home, starts, spans = _page_setting_zh(text, original, events, publisher)
    dates = None
    for m in _CLAUSE_OPEN_ZH.finditer(text):
        t = BARE_TITLE_ZH.match(text, m.end())
        if t is None:
            continue
        s0 = _sentence_start(starts, m.start())
        end = SENT_END_ZH.search(text, t.end())
        s1 = end.start() if end else len(text)
        before = [p for p in parties if s0 <= p.start and p.end <= m.start()]
        if not before:
            continue  # (市长 with no place before it in the sentence stands for none this reader can tell)
        stop = _CLAUSE_BREAK_ZH.search(text, t.end(), s1)
        c1 = stop.start() if stop else s1
        trig = next((x for x in find_triggers(text, t.end(), c1) if x.type == "message"), None)
        if trig is None or any(t.end() <= p.start < trig.start for p in parties) \
                or PLAN.search(text, t.end(), trig.start) or PLAN_GAP_ZH.search(text, t.end(), trig.start):
            continue
        sender = before[-1]
        brk = [x.end() for x in _CLAUSE_BREAK_ZH.finditer(text, s0, m.start())]
        c0 = brk[-1] if brk else s0
        if sender.start < c0 or not (ARRIVED_AT_ZH.search(text, c0, m.start()) or CLAUSE_LEAD_ZH.fullmatch(
                text, c0, sender.start)):
            continue  # (我市向A捐赠口罩，市长…: in the giver's own page the mayor told bare is its own; the office is
            # the place of the clause right before only where the goods arrived there or that place is its subject)
        if any(p.key == sender.key for p in parties if trig.start <= p.start < s1):
            continue  # (我市向A捐赠口罩，市长致信A市长: writing to A, the mayor is not A's)
        if home is not None and sender.country == home.country and trig.word.direction == "in":
            continue
        after = [p for p in parties if trig.start <= p.start < s1 and p.country != sender.country]
        o0, o1 = clean.original_span(s0, s1)
        gifts = [e for a, b, e in spans if e.type == "donation" and a < o1 and o0 < b]
        to: Optional[Party] = after[0] if after else None
        if to is None and trig.word.direction == "in" and home is not None and home.country != sender.country:
            to = home
        if to is None:
            given = next((g for g in gifts if any(x.key == sender.key for x in g.to)), None)
            giver = next((x for x in (given.from_ if given else []) if x.key), None)
            if giver is not None and giver.key.split("/")[0] != sender.country:
                to = Party(-1, -1, giver.key, giver.level, giver.name, giver.key.split("/")[0])
        if to is None:
            continue
        if any(e.type == "message" and a < o1 and o0 < b and sender.key in {x.key for x in e.from_}
               for a, b, e in spans):
            continue  # (the sentence's message already has this sender)
        if dates is None:
            dates = find_dates(text, anchor)
        told = [d for d in dates if s0 <= d.start < trig.start and not getattr(d, "further", False)]
        evidence = original[o0:o1].strip()
        o0 = original.find(evidence, o0)
        ev = Event(type="message", date=DateRef(value=told[-1].value, qualifier=told[-1].qualifier) if told else None,
                   evidence=evidence, evidence_span=(o0, o0 + len(evidence)),
                   **{"from": [_actor(sender)], "to": [_actor(to)]})
        words = text[t.end():c1]
        ev.kind = trig.word.kind or ("condolence" if CONSOLE_ZH_RE.search(words) else _kind(text[t.end():s1], THANKS_ZH))
        ev.medium = trig.word.medium or _medium(words)
        events.append(ev)
        spans.append((o0, o0 + len(evidence), ev))


# ------------------------------------------------------------------ words sent after the goods were received
#: the goods received, as the time of what follows: 收到物资后, 接收这批口罩之后, 签收时
RECEIVED_THEN_ZH = re.compile(r"(?:收到|接到|接收|签收|获赠|收讫|收悉)(?:了)?[^,，。;；!?！？]{0,12}?(?:后|之后|以后|时)")


def message_after_receipt_zh(clean: CleanText, original: str, events: list[Event], publisher=None,
                             anchor=None) -> None:
    """X收到物资后再次来信 / 收到口罩后，X致函Y表示感谢: a message told after the receipt of the goods, its sender the
    one who received them (the clause's subject), to the party named after its verb (of another country), else the
    giver of the gift the sentence tells that party received, else the page's place for words that come in (来信).
    Added where the sentence gave no message from that sender (the receipt read as the sentence's act)."""
    from cityaid.extract.dates import find_dates
    from cityaid.extract.triggers import find_triggers

    text = clean.text
    if not RECEIVED_THEN_ZH.search(text):
        return
    parties, home, starts, spans = _page_setting_zh(text, original, events, publisher)
    dates = None
    for m in RECEIVED_THEN_ZH.finditer(text):
        s0 = _sentence_start(starts, m.start())
        end = SENT_END_ZH.search(text, m.end())
        s1 = end.start() if end else len(text)
        brk = [x.end() for x in _CLAUSE_BREAK_ZH.finditer(text, s0, m.start())]
        c0 = brk[-1] if brk else s0
        # the words follow in the receipt's clause or the next one (收到物资后，X市长致函…)
        nxt = _CLAUSE_BREAK_ZH.search(text, m.end(), s1)
        c1 = _CLAUSE_BREAK_ZH.search(text, nxt.end(), s1) if nxt is not None else None
        c1 = c1.start() if c1 is not None else s1
        trig = next((x for x in find_triggers(text, m.end(), c1) if x.type == "message"), None)
        if trig is None or PLAN_GAP_ZH.search(text, m.end(), trig.start):
            continue
        subject = [p for p in parties if c0 <= p.start < m.start()] or \
            [p for p in parties if m.end() <= p.start < trig.start]
        if not subject:
            continue
        sender = subject[-1] if subject[-1].end <= m.start() else subject[0]
        o0, o1 = clean.original_span(s0, s1)
        if any(e.type == "message" and a < o1 and o0 < b for a, b, e in spans):
            continue  # (the sentence gave its message)
        after = [p for p in parties if trig.start <= p.start < s1 and p.country != sender.country]
        to: Optional[Party] = after[0] if after else None
        if to is None:
            given = next((e for a, b, e in spans if e.type == "donation" and a < o1 and o0 < b
                          and any(x.key == sender.key for x in e.to)), None)
            giver = next((x for x in (given.from_ if given else []) if x.key), None)
            if giver is not None and giver.key.split("/")[0] != sender.country:
                to = Party(-1, -1, giver.key, giver.level, giver.name, giver.key.split("/")[0])
        if to is None and trig.word.direction == "in" and home is not None and home.country != sender.country:
            to = home
        if to is None:
            continue
        if dates is None:
            dates = find_dates(text, anchor)
        told = [d for d in dates if s0 <= d.start < s1 and not getattr(d, "further", False)]
        evidence = original[o0:o1].strip()
        o0 = original.find(evidence, o0)
        ev = Event(type="message", date=DateRef(value=told[0].value, qualifier=told[0].qualifier) if told else None,
                   evidence=evidence, evidence_span=(o0, o0 + len(evidence)),
                   **{"from": [_actor(sender)], "to": [_actor(to)]})
        words = text[m.end():s1]
        ev.kind = trig.word.kind or ("condolence" if CONSOLE_ZH_RE.search(words) else _kind(words, THANKS_ZH))
        ev.medium = trig.word.medium or _medium(words)
        events.append(ev)
        spans.append((o0, o0 + len(evidence), ev))
