"""From cleaned text to typed aid events, each tied to the sentence that states it.

The reading is rule-based and sentence-local, in the order a person reads a
Chinese news sentence:

1. find trigger words (捐赠, 慰问信, 视频会议, 医疗专家组, 请求 ...) outside
   quotes and reported speech, and drop those under a plan (将, 拟) or a
   negation (无力);
2. read roles from prepositions: the unmarked party before the verb is the
   subject, 向/给/致/同/与 mark the counterpart, 来自/从 the source, 收到 turns
   the subject into the recipient, 来信/来电 come in to the publisher;
3. decide whether the sentence states one act or a total (a count of
   countries, partners or letters; 截至, 累计, 先后, 陆续) — totals become
   ``aggregate`` events, which are never split or summed;
4. attach items, money and the date, and split acts with several
   counterparts (three phone calls, teams to three countries) into one event
   each, as the spec asks.

Everything here is a pure function of the cleaned text and the publisher.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from cityaid.extract.actors import Ref, gather
from cityaid.extract.dates import DateMention, find_dates
from cityaid.extract.items import itemize
from cityaid.extract.quantities import QuantityMention, find_quantities
from cityaid.extract.triggers import AGGREGATE_CUE, EVALUATION, NEGATION, PLAN, Trigger, find_triggers
from cityaid.extract.units import Sentence, quote_mask, split_sentences
from cityaid.model import Actor, CleanText, DateRef, Event, ItemQty, Money

PLURAL_PARTNERS = re.compile(r"^(?:等)?(?:\d+个)?(?:国|国家)?(?:的)?(?:各级)?(?:国际)?(?:友好省州|友好城市|友城|友好地区|友好省|姐妹城市|友好交流城市|友好市州)")
INCOMING = re.compile(r"(发来|寄来|送来|传来|来)$")
COUNT_KINDS = {"countries": "countries_count", "partners": "partners_count", "events": "events_count"}
SPLIT_TYPES = ("message", "consultation", "medical_team", "request")


@dataclass
class Draft:
    """An event being assembled, with the offsets it came from."""

    type: str
    trigger: Trigger
    sentence: Sentence
    frm: list[Ref] = field(default_factory=list)
    to: list[Ref] = field(default_factory=list)
    of: str | None = None
    date: DateMention | None = None
    counts: dict = field(default_factory=dict)
    requested: str | None = None


def extract_events(clean: CleanText, original: str, publisher=None, anchor: date | None = None,
                   province=None) -> list[Event]:
    """All events stated in ``clean``.

    ``original`` is the document's text (evidence is cut from it, garbling and
    all); ``publisher`` resolves 我市/我省; ``anchor`` (the publication date)
    completes dates that omit the year or month.
    """
    text = clean.text
    refs = gather(text, publisher, province)
    quotes = quote_mask(text)
    dates = find_dates(text, anchor)
    quantities = find_quantities(text)
    drafts: list[Draft] = []
    context: dict[int, Trigger] = {}  # paragraph -> last message trigger (for "X表示:“…”")
    last_date: dict[int, DateMention] = {}
    for s in split_sentences(text):
        found = _sentence_drafts(text, s, refs, quotes, dates, quantities, publisher, context)
        if not found:
            found = _statement_message(text, s, refs, quotes, publisher, context)
        s_dates = [d for d in dates if s.start <= d.start < s.end and not quotes[d.start]]
        for d in found:
            if d.date is None and not s_dates and s.paragraph in last_date:
                d.date = last_date[s.paragraph]
        if s_dates:
            last_date[s.paragraph] = s_dates[-1]
        for d in found:
            if d.type in ("message",) or d.of == "message":
                context[s.paragraph] = d.trigger
        drafts.extend(found)
    return [e for d in drafts for e in _build(clean, original, d, quantities)]


# --------------------------------------------------------------------- sentences
def _masked(s: Sentence, quotes: list[bool], pos: int) -> bool:
    return quotes[pos] or (s.speech_from is not None and pos >= s.speech_from)


def _clause_of(s: Sentence, pos: int) -> int:
    for i, c in enumerate(s.clauses):
        if c.start <= pos < c.end:
            return i
    return len(s.clauses) - 1


def _sentence_drafts(text, s, refs, quotes, dates, quantities, publisher, context) -> list[Draft]:
    triggers = [t for t in find_triggers(text, s.start, s.end) if not _masked(s, quotes, t.start)]
    if not triggers:
        return []
    s_refs = [r for r in refs if s.start <= r.start < s.end and not _masked(s, quotes, r.start)]
    by_clause: dict[int, list[Trigger]] = {}
    for t in triggers:
        by_clause.setdefault(_clause_of(s, t.start), []).append(t)
    out: list[Draft] = []
    for ci, ts in sorted(by_clause.items()):
        clause = s.clauses[ci]
        ts = _pick(ts)
        for t in ts:
            head = text[s.start:t.start]
            clause_head = text[clause.start:t.start]
            if PLAN.search(head) or NEGATION.search(clause_head[-8:]):
                continue
            if t.type != "message" and _in_evaluation(text, clause, t):
                continue
            d = Draft(t.type, t, s)
            if t.type == "request":
                later = [u for u in triggers if u.type != "request" and u.start > t.start] + \
                        [u for u in triggers if u.type != "request" and _clause_of(s, u.start) == ci]
                d.requested = later[0].type if later else "supplies"
            _roles(text, s, ci, d, s_refs, publisher)
            _aggregate(text, s, ci, d, quantities, by_clause)
            d.date = _date_for(s, ci, t, dates, quotes)
            out.append(d)
    # A clause that asks for something absorbs the other triggers around it (请求举行视频会 is a request).
    if any(d.type == "request" for d in out):
        req_clauses = {_clause_of(s, d.trigger.start) for d in out if d.type == "request"}
        out = [d for d in out if d.type == "request" or _clause_of(s, d.trigger.start) not in req_clauses
               and not _absorbed_by_request(d, out, s)]
    return out


def _absorbed_by_request(d: Draft, out: list[Draft], s: Sentence) -> bool:
    """视频连线 told as what was asked for (在乌方的要求下…连线) stays a consultation; 提出…视频会的请求 does not."""
    return any(r.type == "request" and r.trigger.start > d.trigger.start and r.requested == d.type for r in out)


def _pick(ts: list[Trigger]) -> list[Trigger]:
    """One trigger per type in a clause; a handover ceremony outranks the 捐赠 inside its name."""
    if any(t.word.direction == "ceremony" for t in ts):
        ts = [t for t in ts if t.type != "donation" or t.word.direction == "ceremony"]
    seen, out = set(), []
    for t in ts:
        if t.type in seen:
            continue
        seen.add(t.type)
        out.append(t)
    return out


def _in_evaluation(text: str, clause, t: Trigger) -> bool:
    """对我市分享抗疫经验给予高度评价: praise of an act already told, not a new act."""
    before = text[clause.start:t.start]
    after = text[t.end:clause.end]
    return "对" in before and bool(EVALUATION.search(after))


# --------------------------------------------------------------------- roles
def _groups(refs: list[Ref]) -> list[list[Ref]]:
    groups: dict[int, list[Ref]] = {}
    for r in refs:
        groups.setdefault(r.group, []).append(r)
    return [groups[k] for k in sorted(groups)]


def _roles(text: str, s: Sentence, ci: int, d: Draft, refs: list[Ref], publisher) -> None:
    t = d.trigger
    clause = s.clauses[ci]
    groups = _groups(refs)
    in_clause = [g for g in groups if clause.start <= g[0].start < clause.end]
    direction = t.word.direction
    recv_pos = text.rfind("收到", s.start, t.start)
    subject: list[Ref] = []
    counterpart: list[Ref] = []
    source: list[Ref] = []

    def unmarked_before(gs, limit):
        return [g for g in gs if g[0].marker is None and g[0].start < limit]

    # the subject: unmarked party in the trigger's clause, else in the sentence (继…后, X…: after).
    cands = unmarked_before(in_clause, t.start)
    if "对" in text[clause.start:t.start] and any(g[0].marker == "about" for g in in_clause):
        # 对X…感谢: the thanked one is the counterpart; the act inside 对… is X's.
        pass
    if cands:
        subject = cands[0]
    else:
        earlier = [g for g in groups if g[0].marker is None and g[0].start < clause.start]
        later = [g for g in groups if g[0].marker is None and g[0].start >= clause.end]
        if earlier:
            subject = earlier[0]
        elif later and not any(g[0].start > t.end and g[0].start < clause.end for g in groups if g[0].marker is None):
            subject = later[0]
    for g in groups:
        m = g[0].marker
        if m == "from":
            source += g
        elif m in ("to", "with") and (clause.start <= g[0].start < clause.end or g[0].start < t.start):
            counterpart += g
        elif m == "about" and d.type == "message" and clause.start <= g[0].start < t.start:
            counterpart += g
    # the party right after the verb: 寄往镇江, 致信曼海姆市, 捐赠北海道物资
    after = [g for g in in_clause if g[0].start >= t.end and g[0].marker is None]
    if after and not counterpart:
        counterpart = after[0]

    if direction == "ceremony":
        host = subject
        givers = [r for g in in_clause for r in g if r.start < t.start and g is not host and g[0].marker is None]
        d.frm, d.to = givers or source, host
    elif recv_pos != -1 and (not subject or subject[0].start < recv_pos):
        d.to = subject or counterpart
        d.frm = source or [r for g in groups if g[0].start > recv_pos and g is not subject for r in g][:1]
        if not d.frm:
            d.frm = [r for g in groups if g[0].start > recv_pos and g[0].marker in (None, "from") and g is not subject for r in g]
    elif d.type == "request":
        asked_by = [r for g in groups if g[0].marker == "at" and g[0].start < t.start for r in g]
        if asked_by and t.word.word == "要求下":
            d.frm = asked_by
            main = [g for g in groups if g[0].marker is None and g[0].start > t.end]
            d.to = main[0] if main else []
        else:
            d.frm = subject or source
            d.to = counterpart
    else:
        d.frm = source or subject
        d.to = counterpart if counterpart is not subject else []
        if direction == "in" and not subject and counterpart and not source:
            d.frm, d.to = counterpart, []
    incoming = direction == "in" or bool(INCOMING.search(text[max(s.start, t.start - 3):t.start]))
    if not d.to and publisher is not None:
        foreign_from = d.frm and all(r.country not in (None, "CN") or (r.key or "").startswith("ORG/") for r in d.frm)
        if incoming or foreign_from:
            d.to = [Ref(t.start, t.start, publisher.key, publisher.level, _publisher_name(publisher), "CN")]
    if d.type == "request" and d.frm and d.to and d.frm[0].country == "CN" and d.to[0].country not in (None, "CN"):
        d.frm, d.to = d.to, d.frm


def _publisher_name(p) -> str:
    return getattr(p, "surface", None) or getattr(p, "name_en", None) or p.key


# --------------------------------------------------------------------- totals
def _aggregate(text: str, s: Sentence, ci: int, d: Draft, quantities: list[QuantityMention], by_clause) -> None:
    """Decide whether the sentence states a total over many partners or acts."""
    clause = s.clauses[ci]
    spans = [(clause.start, clause.end)]
    # the subject's clause, when it has no act of its own, belongs to this statement (11个国家的…,纷纷向重庆提供…)
    if d.frm:
        sci = _clause_of(s, d.frm[0].start)
        if sci != ci and sci not in by_clause:
            spans.append((s.clauses[sci].start, s.clauses[sci].end))
    cue_span = [(clause.start, clause.end)]
    if ci > 0 and (ci - 1) not in by_clause:
        cue_span.append((s.clauses[ci - 1].start, s.clauses[ci - 1].end))
    counts = {}
    for q in quantities:
        if any(a <= q.start < b for a, b in spans) and q.kind in COUNT_KINDS:
            field_ = COUNT_KINDS[q.kind]
            if field_ not in counts and q.value is not None and q.value >= 2:
                counts[field_] = int(q.value)
                if q.qualifier == "over":
                    counts[field_ + "_qualifier"] = "over"
    big = {k: v for k, v in counts.items() if not k.endswith("_qualifier")}
    cue = any(AGGREGATE_CUE.search(text, a, b) for a, b in cue_span)
    plural = any(PLURAL_PARTNERS.match(text, r.end) for r in d.to) or bool(
        re.search(r"等(?:\d+个)?(?:国|国家)的(?:各级)?(?:友好|友城)", text[clause.start:clause.end]))
    if d.type == "medical_team":
        is_total = "events_count" in big and big["events_count"] >= 3
    else:
        is_total = bool(big and max(big.values()) >= 3) or cue or plural
    if is_total and d.type != "request":
        d.of = d.type
        d.type = "aggregate"
        d.counts = counts


# --------------------------------------------------------------------- dates
def _date_for(s: Sentence, ci: int, t: Trigger, dates: list[DateMention], quotes) -> DateMention | None:
    clause = s.clauses[ci]
    inside = [d for d in dates if clause.start <= d.start < clause.end and not quotes[d.start]]
    if inside:
        return inside[0]
    in_sentence = [d for d in dates if s.start <= d.start < s.end and not quotes[d.start]]
    before = [d for d in in_sentence if d.start < t.start]
    if before:
        return before[-1]
    return in_sentence[0] if in_sentence else None


# --------------------------------------------------------------------- statements
SAYS = re.compile(r"(表示|说|称|写道)\s*[,:，：]")


def _statement_message(text, s, refs, quotes, publisher, context) -> list[Draft]:
    """In a paragraph about letters, "首尔市市长…表示:“…”" is that partner's message to us."""
    trig = context.get(s.paragraph)
    if trig is None or publisher is None:
        return []
    m = SAYS.search(text, s.start, s.end)
    if not m:
        return []
    s_refs = [r for r in refs if s.start <= r.start < m.start() and not quotes[r.start]]
    if not s_refs or s_refs[0].marker is not None:
        return []
    who = s_refs[0]
    if who.country in (None, "CN") and not (who.key or "").startswith("ORG/"):
        return []
    head = text[s.start:who.start]
    if head.strip(" ,"):
        return []
    d = Draft("message", Trigger(m.start(), m.end(), trig.word), s)
    d.frm = [who]
    d.to = [Ref(m.start(), m.start(), publisher.key, publisher.level, _publisher_name(publisher), "CN")]
    return [d]


# --------------------------------------------------------------------- output
def _actor(r: Ref) -> Actor:
    return Actor(key=r.key, name=r.name, level=r.level)


def _dedupe_refs(refs: list[Ref]) -> list[Ref]:
    seen, out = set(), []
    for r in refs:
        k = r.key or r.name
        if k in seen:
            continue
        seen.add(k)
        out.append(r)
    return out


def _build(clean: CleanText, original: str, d: Draft, quantities: list[QuantityMention]) -> list[Event]:
    text = clean.text
    s = d.sentence
    frm = _dedupe_refs(d.frm)
    to = [r for r in _dedupe_refs(d.to) if (r.key or r.name) not in {(f.key or f.name) for f in frm}]
    if not frm:
        return []
    exact_date = d.date is not None and d.date.qualifier == "on"
    if not to and d.type != "aggregate" and not exact_date:
        return []  # "we keep helping our partners": no counterpart, no date, no fact
    if d.type == "aggregate" and not to and not d.counts and not exact_date:
        return []
    items, money, value = [], [], None
    if d.type in ("donation", "request") or d.of == "donation":
        for line in itemize(text, s.start, s.end):
            if _in_speech(s, line.start):
                continue
            items.append(ItemQty(item=line.item, quantity=line.quantity, unit=line.unit if line.quantity is not None else None,
                                 qualifier=line.qualifier if line.quantity is not None else None))
        for q in quantities:
            if q.currency and s.start <= q.start < s.end and not _in_speech(s, q.start):
                m = Money(amount=q.value, currency=q.currency, qualifier=q.qualifier)
                if re.search(r"价值[约近逾超过]*$", text[max(s.start, q.start - 6):q.start]):
                    value = m
                else:
                    money.append(m)
    if d.type == "request":
        items = [ItemQty(item=i.item) for i in items]
        money = []
    a, b = clean.original_span(s.start, s.end)
    evidence_text = original[a:b]
    base = dict(
        type=d.type,
        date=DateRef(value=d.date.value, qualifier=d.date.qualifier) if d.date else None,
        items=items, money=money, value=value, evidence=evidence_text, evidence_span=(a, b),
        of=d.of, kind=d.trigger.word.kind if "message" in (d.type, d.of) else None,
        medium=d.trigger.word.medium, requested=d.requested,
    )
    base.update({k: v for k, v in d.counts.items() if not k.endswith("_qualifier")})
    extra = {k: v for k, v in d.counts.items() if k.endswith("_qualifier")}
    if d.type in SPLIT_TYPES and (len(to) > 1 or (d.type == "request" and len(frm) > 1)):
        out = []
        for f in (frm if d.type == "request" else [frm]):
            for t in (to or [None]):
                ev = Event(**base, **{"from": [_actor(x) for x in (f if isinstance(f, list) else [f])]},
                           to=[_actor(t)] if t else [], **extra)
                out.append(ev)
        return out
    return [Event(**base, **{"from": [_actor(x) for x in frm]}, to=[_actor(x) for x in to], **extra)]


def _in_speech(s: Sentence, pos: int) -> bool:
    return s.speech_from is not None and pos >= s.speech_from

