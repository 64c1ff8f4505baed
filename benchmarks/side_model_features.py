"""Features, candidates and decision of the side-model experiment (``benchmarks/side_model.py``).

The rule readers (``events``, ``en_events``, ``messages``) choose each event's
``from`` and ``to``.  This experiment looks again at every party named around
the event (its evidence sentence, the sentences beside it or its whole
paragraph, the headline and lead, and the parties the rules chose) and scores
each one for each side with a small logistic model.  The features describe the
construction, never the place: where the mention stands against the event's
trigger, the words just left and right of it (other names masked), whether it
is Chinese or foreign, its level, whether the rules chose it, whether the
page's own place is it.  The weights are plain JSON, scored here without a
numerical library.

The rules keep the last word unless the model is confident: a side held by one
party is replaced only where another candidate's probability is above a
threshold *and* above the rules' choice by a margin (or, with ``joint``, where
another pair of giver and taker beats the rules' pair, so that a swap is one
choice), a side with several parties is left as it is, and an event never ends
with one party on both sides.

Measured, it does not beat the rules (figures in ``side_model.py``), so the
pipeline does not call it.  It is applied to a page already read with
``reassign_sides(events, side_context(extracted), model)``.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Optional

from cityaid.model import Actor, CleanText, Event

HOME = frozenset({"CN", "TW", "HK", "MO"})
SIDES = ("from", "to")
# (a sentence ends at these; the English reader's own splitter is used for English text)
_ZH_STOP = re.compile(r"[。！？!?；;\n]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|\d+|[^\sA-Za-z\d]")
_MASK = "▲"  # a character of another party's name in a cue window


@dataclass
class Mention:
    """One party named at clean ``[start, end)``: the key it resolves to and the words as written."""

    start: int
    end: int
    key: str
    name: str
    level: Optional[str]
    country: Optional[str]
    marker: Optional[str] = None  # the Chinese reader's preposition mark (to / from / recv / with ...)


@dataclass
class Candidate:
    """A party that could stand on a side of one event, with its mentions near the event."""

    key: str
    name: str
    level: Optional[str]
    country: Optional[str]
    mentions: list[Mention] = field(default_factory=list)
    rule_sides: set[str] = field(default_factory=set)

    def actor(self) -> Actor:
        return Actor(key=self.key, name=self.name, level=self.level)


@dataclass
class SideContext:
    """What the role step needs to know about one page, besides its events.

    ``english`` holds the clean spans read as English; ``publisher`` and
    ``publisher_en`` are the page's own place as each reader resolved it.
    """

    clean: CleanText
    original: str
    zh_text: str
    publisher: object = None
    publisher_en: object = None
    english: list[tuple[int, int]] = field(default_factory=list)
    _cache: dict = field(default_factory=dict, repr=False)

    # ------------------------------------------------------------ per page, read once
    def mentions(self, lang: str) -> list[Mention]:
        if lang not in self._cache:
            self._cache[lang] = _zh_mentions(self) if lang == "zh" else _en_mentions(self)
        return self._cache[lang]

    def sentences(self, lang: str) -> list[tuple[int, int]]:
        k = "sent-" + lang
        if k not in self._cache:
            self._cache[k] = _sentences(self.clean.text, lang)
        return self._cache[k]

    def masked(self, lang: str) -> str:
        """The clean text with every party's name written as ``_MASK`` (cue windows never hold names)."""
        k = "mask-" + lang
        if k not in self._cache:
            chars = list(self.clean.text)
            for m in self.mentions(lang):
                for i in range(m.start, m.end):
                    chars[i] = _MASK
            self._cache[k] = "".join(chars)
        return self._cache[k]

    def head_end(self) -> int:
        """End of the headline and lead: the first two non-empty lines, at most 300 characters."""
        text, n, pos = self.clean.text, 0, 0
        for m in re.finditer(r"[^\n]+", text[:300]):
            if m.group().strip():
                n, pos = n + 1, m.end()
                if n == 2:
                    break
        return pos or min(len(text), 300)


def side_context(extracted) -> SideContext:
    """The context of a page read by ``cityaid.pipeline.extract_document`` (its publishers found again).

    Built after the fact so that the pipeline need not change while the step
    is measured; the calls are those ``extract_document`` makes.
    """
    from cityaid.clean.language import paragraph_languages
    from cityaid.pipeline import _blank, _title_and_head
    from cityaid.resolve import publisher_place
    from cityaid.resolve.english import publisher_place_en

    doc, clean = extracted.document, extracted.clean
    parts = paragraph_languages(clean.text)
    langs = {lang for _s, _e, lang in parts}
    english = [(a, b) for a, b, lang in parts if lang == "en"]
    title, head = _title_and_head(doc, clean)
    zh_clean, publisher, publisher_en = clean, None, None
    if langs != {"en"}:
        zh_clean = clean if not english else _blank(clean, english)
        publisher = publisher_place(title, head, zh_clean.text)
    if english:
        publisher_en = publisher_place_en(title, head, clean.text)
    return SideContext(clean, doc.text, zh_clean.text, publisher, publisher_en, english)


def _zh_mentions(ctx: SideContext) -> list[Mention]:
    from cityaid.extract.actors import gathered

    out = []
    for r in gathered(ctx.zh_text, ctx.publisher):
        if r.key:
            out.append(Mention(r.start, r.end, r.key, _written(ctx, r.start, r.end, r.name), r.level,
                               _country(r.key), r.marker))
    return out


def _en_mentions(ctx: SideContext) -> list[Mention]:
    from cityaid.resolve.english import find_actors_en

    return [Mention(m.start, m.end, m.key, _written(ctx, m.start, m.end, m.surface), m.level, _country(m.key))
            for m in find_actors_en(ctx.clean.text, ctx.publisher_en) if m.key]


def _written(ctx: SideContext, a: int, b: int, fallback: str) -> str:
    """The name as the original page writes it at clean ``[a, b)`` (the reader's own name where unmapped)."""
    if b <= a or b > len(ctx.clean.offsets):
        return fallback
    o0, o1 = ctx.clean.original_span(a, b)
    got = ctx.original[o0:o1]
    return got if got.strip() and o1 - o0 <= 3 * (b - a) + 8 else fallback


def _country(key: Optional[str]) -> Optional[str]:
    if not key or key.startswith("ORG/") or key.startswith("?"):
        return None
    return key.split("/")[0]


def _sentences(text: str, lang: str) -> list[tuple[int, int]]:
    if lang == "en":
        from cityaid.extract.en_events import split_sentences_en

        return split_sentences_en(text)
    out, pos = [], 0
    for m in _ZH_STOP.finditer(text):
        if text[pos:m.end()].strip():
            out.append((pos, m.end()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out


# ------------------------------------------------------------------ one event
def language(event: Event) -> str:
    return "zh" if _CJK.search(event.evidence or "") else "en"


def evidence_span(event: Event, ctx: SideContext) -> Optional[tuple[int, int]]:
    """The event's evidence as clean offsets (``None`` where it has no span)."""
    span = event.evidence_span
    if not span:
        return None
    offs = ctx.clean.offsets
    a, b = bisect_left(offs, span[0]), bisect_left(offs, span[1])
    return (a, max(a, b)) if a < len(offs) else None


def trigger_at(event: Event, ctx: SideContext, lang: str, a: int, b: int) -> tuple[int, str]:
    """Where the event's act is told inside ``[a, b)`` and its direction (``out``, ``in``, ``recv`` ...)."""
    want = event.of if event.type == "aggregate" and event.of else event.type
    text = ctx.clean.text
    if lang == "zh":
        from cityaid.extract.triggers import find_triggers

        found = [(t.start, t.word.direction, t.type) for t in find_triggers(text, a, b)]
    else:
        from cityaid.extract.en_events import find_triggers_en

        found = [(t.start, t.direction, t.type) for t in find_triggers_en(text, a, b)]
    best = next((f for f in found if f[2] == want), None) or (found[0] if found else None)
    return (best[0], best[1] or "-") if best else (a, "none")


def candidates(event: Event, ctx: SideContext, lang: str, wide: bool = False) -> list[Candidate]:
    """The parties that could stand on a side of ``event``: named near it, in the head, or chosen by the rules.

    Near is the evidence sentence and the one on each side; ``wide`` adds the
    rest of its paragraph (a party named two sentences earlier).
    """
    span = evidence_span(event, ctx)
    sents = ctx.sentences(lang)
    starts = [s for s, _e in sents]
    near: tuple[int, int] = (0, 0)
    if span is not None:
        i = max(0, bisect_right(starts, span[0]) - 1)
        j = max(i, bisect_right(starts, max(span[0], span[1] - 1)) - 1)
        near = (sents[max(0, i - 1)][0] if sents else 0, sents[min(len(sents) - 1, j + 1)][1] if sents else 0)
        if wide:
            text = ctx.clean.text
            end = text.find("\n", span[1])
            near = (min(near[0], text.rfind("\n", 0, span[0]) + 1), max(near[1], len(text) if end < 0 else end))
    head = ctx.head_end()
    by_key: dict[str, Candidate] = {}
    for m in ctx.mentions(lang):
        if near[0] <= m.start < near[1] or m.start < head:
            c = by_key.setdefault(m.key, Candidate(m.key, m.name, m.level, m.country))
            c.mentions.append(m)
    for side in SIDES:
        for a in (event.from_ if side == "from" else event.to):
            k = a.key or a.name
            c = by_key.get(k)
            if c is None:
                c = by_key[k] = Candidate(k, a.name, a.level, _country(a.key))
            c.rule_sides.add(side)
    return list(by_key.values())


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def _cues(ctx: SideContext, lang: str, m: Mention) -> list[str]:
    """Words just left and right of a mention (names masked, figures as 0) as short n-grams."""
    text = ctx.masked(lang)
    if lang == "zh":
        left = re.sub(r"\d+", "0", text[max(0, m.start - 3):m.start])
        right = re.sub(r"\d+", "0", text[m.end:m.end + 3])
        out = []
        for n in (1, 2, 3):
            if len(left) >= n:
                out.append("L" + str(n) + ":" + left[-n:])
            if len(right) >= n:
                out.append("R" + str(n) + ":" + right[:n])
        wide_l, wide_r = text[max(0, m.start - 8):m.start], text[m.end:m.end + 8]
        out += sorted({"Lbag:" + ch for ch in wide_l if ch in _ZH_ROLE_CUES} | {"Rbag:" + ch for ch in wide_r
                                                                               if ch in _ZH_ROLE_CUES})
        return out
    lw = [_en_token(w) for w in _WORD.findall(text[max(0, m.start - 40):m.start])][-2:]
    rw = [_en_token(w) for w in _WORD.findall(text[m.end:m.end + 40])][:2]
    out = []
    if lw:
        out.append("L1:" + lw[-1])
    if len(lw) == 2:
        out.append("L2:" + " ".join(lw))
    if rw:
        out.append("R1:" + rw[0])
    if len(rw) == 2:
        out.append("R2:" + " ".join(rw))
    wide_l = {_en_token(w) for w in _WORD.findall(text[max(0, m.start - 50):m.start])[-6:]}
    wide_r = {_en_token(w) for w in _WORD.findall(text[m.end:m.end + 50])[:6]}
    out += sorted({"Lbag:" + w for w in wide_l if w in _EN_ROLE_CUES} | {"Rbag:" + w for w in wide_r if w in _EN_ROLE_CUES})
    return out


# words that tell a role a few words away (the bag of a wider window holds only these)
_ZH_ROLE_CUES = frozenset("向给为对从自由收到接获赠捐致与和同的驻市长谢援送运抵往来")
_EN_ROLE_CUES = frozenset({"to", "from", "by", "of", "for", "with", "in", "thanked", "thanks", "received", "receive",
                           "sister", "partner", "friendship", "mayor", "governor", "donated", "sent", "gift", "behalf",
                           "delivered", "arrived", "consul", "embassy", "its", "their", "our"})


def _en_token(w: str) -> str:
    if w.isdigit():
        return "0"
    if w[:1].isupper() and w.lower() not in _EN_KEEP_CAPS:
        return "Cap"
    return w.lower()


# (capitalised function words keep their word; other capitalised words are names or sentence starts)
_EN_KEEP_CAPS = frozenset({"the", "a", "to", "from", "by", "of", "for", "with", "in", "on", "mayor", "city", "governor"})


def features(event: Event, c: Candidate, side: str, ctx: SideContext, lang: str,
             info: Optional[dict] = None) -> list[str]:
    """Binary features of party ``c`` standing on ``side`` of ``event`` (never the party's name or key)."""
    info = info if info is not None else event_info(event, ctx, lang)
    other = "to" if side == "from" else "from"
    this_rule = event.from_ if side == "from" else event.to
    other_rule = event.to if side == "from" else event.from_
    f = ["bias", "lang:" + lang, "type:" + event.type]
    if side in c.rule_sides:
        f.append("rule_this" + ("_multi" if len(this_rule) > 1 else ""))
    if other in c.rule_sides:
        f.append("rule_other" + ("_multi" if len(other_rule) > 1 else ""))
    if not this_rule:
        f.append("rule_empty")
    home = c.country in HOME
    f.append("home" if home else ("org" if c.key.startswith("ORG/") else "foreign"))
    f.append("level:" + str(c.level))
    f.append(("home-" if home else "abroad-") + "level:" + str(c.level))
    pub = ctx.publisher if lang == "zh" else ctx.publisher_en
    pkey = getattr(pub, "key", None)
    if pkey and c.key == pkey:
        f.append("publisher")
    elif pkey and (c.key.startswith(pkey + "/") or pkey.startswith(c.key + "/")):
        f.append("publisher_chain")
    rule_this_c = {_country(a.key) for a in this_rule} - {None}
    rule_other_c = {_country(a.key) for a in other_rule} - {None}
    if c.country and c.country in rule_other_c and other not in c.rule_sides:
        f.append("same_country_other")
    if c.country and c.country in rule_this_c and side not in c.rule_sides:
        f.append("same_country_this")
        for a in this_rule:
            if a.key and c.key.startswith(a.key + "/"):
                f.append("child_of_this")
            elif a.key and a.key.startswith(c.key + "/"):
                f.append("parent_of_this")
    if c.country and rule_other_c and other not in c.rule_sides and (c.country in HOME) == bool(rule_other_c & HOME):
        f.append("same_home_as_other")
    # where it stands
    span, trig, direction = info["span"], info["trigger"], info["direction"]
    f.append("dir:" + direction)
    if not c.mentions:
        f.append("pos:none")
    else:
        m = _nearest(c.mentions, trig)
        if span and span[0] <= m.start < span[1]:
            where = "before" if m.start < trig else "after"
            dist = _bucket(abs(m.start - trig) if m.start < trig else m.start - trig,
                           (3, 8, 20, 40) if lang == "zh" else (10, 30, 80, 160))
            f += ["pos:" + where, "pos:" + where + dist, "dir:" + direction + "|" + where,
                  "type:" + event.type + "|" + where]
            ins = [x for x in info["inside"] if x.key != c.key]
            if not any(x.start < m.start for x in ins):
                f.append("first_inside")
            if not any(x.start > m.start for x in ins):
                f.append("last_inside")
            near = [x for x in ins if (x.start < trig) == (m.start < trig)]
            if not any(abs(x.start - trig) < abs(m.start - trig) for x in near):
                f.append("nearest_" + where)
            mates = [x for x in ins if (x.country in HOME) == home]
            if not mates:
                f.append("only_" + ("home" if home else "abroad") + "_inside")
            f.append("parties_inside:" + _bucket(len({x.key for x in ins}), (0, 1, 2, 4)))
            if m.marker:
                f += ["marker:" + m.marker, "marker:" + m.marker + "|" + where]
            for cue in _cues(ctx, lang, m):
                f += [cue, cue + "|" + where]
        else:
            f.append("pos:" + ("head" if m.start < info["head"] else ("prev" if span and m.start < span[0] else "next")))
            if m.marker:
                f.append("marker_out:" + m.marker)
        if any(m.start < info["head"] for m in c.mentions):
            f.append("in_head")
        if any(m.start == info["dateline"] for m in c.mentions) or c.key == info["dateline_key"]:
            f.append("dateline")
        f.append("mentions:" + _bucket(info["counts"].get(c.key, 0), (1, 3, 6)))
    return [side + "|" + x for x in f] + [side + "|" + lang + "|" + x for x in f]


def _nearest(ms: list[Mention], pos: int) -> Mention:
    return min(ms, key=lambda m: abs(m.start - pos))


def event_info(event: Event, ctx: SideContext, lang: str) -> dict:
    span = evidence_span(event, ctx)
    if span:
        trig, direction = trigger_at(event, ctx, lang, *span)
    else:
        trig, direction = -1, "none"
    ms = ctx.mentions(lang)
    counts: dict[str, int] = {}
    for m in ms:
        counts[m.key] = counts.get(m.key, 0) + 1
    inside = [m for m in ms if span and span[0] <= m.start < span[1]]
    line = _dateline(ctx, lang)
    return {"span": span, "trigger": trig, "direction": direction, "head": ctx.head_end(), "counts": counts,
            "inside": inside, "dateline": line[0], "dateline_key": line[1]}


def _dateline(ctx: SideContext, lang: str) -> tuple[int, Optional[str]]:
    """Where the page's dateline place is named and its key (``(-1, None)`` where it has none)."""
    k = "dateline-" + lang
    if k not in ctx._cache:
        got: tuple[int, Optional[str]] = (-1, None)
        if lang == "zh":
            from cityaid.extract.layout import in_dateline

            m = next((m for m in ctx.mentions(lang) if in_dateline(ctx.clean.text, m)), None)
            got = (m.start, m.key) if m else got
        else:
            from cityaid.resolve.english import dateline_place

            m = dateline_place(ctx.clean.text)
            got = (m.start, m.key) if m is not None else got
        ctx._cache[k] = got
    return ctx._cache[k]


# ------------------------------------------------------------------ the model
@dataclass(frozen=True)
class Model:
    weights: dict
    intercept: float
    threshold: float
    margin: float
    fill: float  # probability needed to fill a side the rules left empty (above 1: never)
    scope: str = "any"  # which parties may replace the rules' one: "any", or "same" (of its country only)
    joint: bool = False  # choose both sides as one pair (a swap of giver and taker is one choice)
    wide: bool = False  # candidates from the evidence's whole paragraph (see ``candidates``)

    def probability(self, feats: list[str]) -> float:
        z = self.intercept + sum(self.weights.get(x, 0.0) for x in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def model_from(data: dict) -> Model:
    d = data.get("decision") or {}
    return Model(dict(data.get("weights") or {}), float(data.get("intercept", 0.0)),
                 float(d.get("threshold", 1.1)), float(d.get("margin", 1.0)), float(d.get("fill", 1.1)),
                 str(d.get("scope", "any")), bool(d.get("joint", False)),
                 bool(d.get("wide", False)))


def side_scores(event: Event, ctx: SideContext, model: Model) -> tuple[list[Candidate], dict[str, list[float]]]:
    """Candidates of ``event`` and each one's probability of standing on each side."""
    lang = language(event)
    cands = candidates(event, ctx, lang, model.wide)
    info = event_info(event, ctx, lang)
    return cands, {s: [model.probability(features(event, c, s, ctx, lang, info)) for c in cands] for s in SIDES}


def decide(event: Event, cands: list[Candidate], probs: dict[str, list[float]], model: Model) -> Event:
    """``event`` with a side replaced where the model is confident against the rules (see the module doc)."""
    if model.joint and len(event.from_) == 1 and len(event.to) == 1:
        return _decide_pair(event, cands, probs, model)
    chosen: dict[str, Optional[int]] = {}
    gain: dict[str, float] = {}
    for side in SIDES:
        held = event.from_ if side == "from" else event.to
        if len(held) > 1:
            continue
        p = probs[side]
        rule = next((i for i, c in enumerate(cands) if side in c.rule_sides), None)
        order = sorted((i for i in range(len(cands)) if i != rule and _in_scope(cands, rule, i, model.scope)),
                       key=lambda i: -p[i])
        if not order:
            continue
        best = order[0]
        if rule is None:
            if p[best] >= model.fill:
                chosen[side], gain[side] = best, p[best]
        elif p[best] >= model.threshold and p[best] - p[rule] >= model.margin:
            chosen[side], gain[side] = best, p[best] - p[rule]
    if not chosen:
        return event
    new = {s: ([cands[chosen[s]].actor()] if s in chosen else list(event.from_ if s == "from" else event.to))
           for s in SIDES}
    keys = lambda side: {a.key or a.name for a in new[side]}  # noqa: E731
    if keys("from") & keys("to"):
        if len(chosen) == 2:
            weaker = min(chosen, key=lambda s: gain[s])
            new[weaker] = list(event.from_ if weaker == "from" else event.to)
        if keys("from") & keys("to"):
            return event
    return event.model_copy(update={"from_": new["from"], "to": new["to"]})


def _decide_pair(event: Event, cands: list[Candidate], probs: dict[str, list[float]], model: Model) -> Event:
    """Both sides chosen at once: the pair of two parties with the most probability together.

    The rules' pair stays unless another pair gains at least the margin over
    it (the two sides' gains summed) and every side it changes is above the
    threshold; so giver and taker read the wrong way round are put right by
    one choice, where side by side each would have to win against the other.
    """
    rf = next((i for i, c in enumerate(cands) if "from" in c.rule_sides), None)
    rt = next((i for i, c in enumerate(cands) if "to" in c.rule_sides), None)
    if rf is None or rt is None:
        return event
    pf, pt = probs["from"], probs["to"]
    base = pf[rf] + pt[rt]
    best, best_gain = None, model.margin
    for i in range(len(cands)):
        if i != rf and (pf[i] < model.threshold or not _in_scope(cands, rf, i, model.scope)):
            continue
        for j in range(len(cands)):
            if j == i or (j != rt and (pt[j] < model.threshold or not _in_scope(cands, rt, j, model.scope))):
                continue
            gain = pf[i] + pt[j] - base
            if (i, j) != (rf, rt) and gain >= best_gain and gain > 0:
                best, best_gain = (i, j), gain
    if best is None:
        return event
    i, j = best
    return event.model_copy(update={"from_": [event.from_[0] if i == rf else cands[i].actor()],
                                    "to": [event.to[0] if j == rt else cands[j].actor()]})


def _in_scope(cands: list[Candidate], rule: Optional[int], i: int, scope: str) -> bool:
    """Whether candidate ``i`` may take the place of the rules' choice ``rule`` (a place of its country, for "same")."""
    if scope != "same" or rule is None:
        return True
    return bool(cands[i].country) and cands[i].country == cands[rule].country


def reassign_sides(events: list[Event], ctx: SideContext, model: Model) -> list[Event]:
    """Each event with its sides checked by the learned model."""
    if not model.weights:
        return events
    out = []
    for e in events:
        if e.type == "aggregate" or not e.evidence_span:
            out.append(e)
            continue
        cands, probs = side_scores(e, ctx, model)
        out.append(decide(e, cands, probs, model))
    return out
