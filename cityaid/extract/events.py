"""From cleaned text to typed aid events, each tied to the sentence that states it.

The reading is rule-based, in the order a person reads a Chinese news
report (page layout in ``cityaid.extract.layout``, clause cues in
``cityaid.extract.frames``):

1. skip what is not the story's body (headline, section and sidebar lines,
   bullet labels, the dateline city);
2. find trigger words (捐赠, 慰问信, 视频会议, 医疗专家组, 请求 ...) outside
   quotes and reported speech — what a speaker tells of itself (thanks, a
   letter, a gift already received) is kept — and drop those under a plan
   (将, 拟, 决定, 愿意 …), a negation, a purpose (为支援…) or used as nouns;
3. read roles clause by clause: the unmarked party opening the clause (or
   the clause before) is the subject, 向/给/致/同/与/为 mark the counterpart,
   来自/由 the source, receipt verbs (收到/接收/获得) turn the subject into the
   recipient and read the sender from "A捐赠的", apposition (X首都Y) reads
   Y, and goods sent on (再转运至X) reach X;
4. decide whether the sentence states one act or a total (a count of
   countries, partners or letters; 截至, 累计, 先后, 陆续) — totals become
   ``aggregate`` events, never split or summed; a count that every named
   partner fills, or 各/分别 with amounts, is one act per partner instead;
5. across sentences: thanks and letters without named parties follow the
   gift told last, 其中… itemises the total told before, 继A、B之后 gives A
   and B the same act;
6. attach items, money and the date, and split acts with several
   counterparts (three phone calls, teams to three countries, letters from
   two mayors) into one event each, as the spec asks.

Everything here is a pure function of the cleaned text and the publisher.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date

from cityaid.extract.totals import zh_home_of_total, zh_total_partners
from cityaid.extract.actors import Ref, dedupe_refs, gather, names_a_country
from cityaid.extract.lists import join_country_groups
from cityaid.extract.dates import THEN_WORDS, DateMention, act_date, find_dates, story_date
from cityaid.extract.frames import (
    CALLED_OR_WROTE,
    DONE_MARK,
    INCLUDING,
    ONWARD,
    PLURAL_PARTNERS,
    SUBORDINATE,
    TO_WORD,
    TOLD_IN_PARTS,
    apposed,
    aside,
    departure_place,
    last_receipt,
    listed_after,
    most_specific,
    nominal,
    one_party,
    opens_as_caller,
    plural_after,
    split_paired_clauses,
    split_told_parts,
    spoken_message,
)
from cityaid.extract.items import find_items, itemize
from cityaid.extract.route import holder_ref, zh_route_sides
from cityaid.extract.layout import heading_lines, in_dateline, label_ends, title_span
from cityaid.extract.quantities import QuantityMention, find_quantities, parse_number
from cityaid.extract.triggers import AGGREGATE_CUE, EVALUATION, NEGATION, PLAN, Trigger, TriggerWord, find_triggers
from cityaid.extract.units import QUOTE_PAIRS, Sentence, quote_mask, split_sentences
from cityaid.model import Actor, CleanText, DateRef, Event, ItemQty, Money

DISTRIBUTED = re.compile(r"(?:分发|分配|发放|配发|下发|转发)(?:至|到|给)?[^,，。]{0,12}$")
ORDINAL_AGAIN = re.compile(r"\s*(?:这|此)(?:已|已经|也|还)?是[^,，。]{0,16}?(?:第[二三四五六七八九十\d]+(?:次|批|支|个)|首(?:支|批|个|次))")
#: …,这也成为我省获得的第一批海外援助物资 / …,是该市获得的第二批援助: a clause with no subject of its own ranks the
#: act told just before it (first, second batch); its gift word names the goods, no act
RANKED_AFTER = re.compile(r"\s*(?:这|此)?(?:也|还|从而)?(?:成为|成了|是|系)(?:了)?[^,，。;；]{0,20}?(?:第[一二三四五六七八九十\d]+(?:次|批|支|个|份)|首(?:支|批|个|次|份)|最早|最先)")
REPORTED = re.compile(r"介绍|表示|指出|说|称|透露|获悉")
SOURCE_AFTER = re.compile(r"(?:的)?(?:统计数据|统计|数据)(?:显示|表明)")
WITH_THOSE_FROM = re.compile(r"(?:与|和|同|跟)来自$")
INCOMING = re.compile(r"(发来|寄来|送来|传来|来)$")
GENERIC_PARTNER = re.compile(r"(?:向|给|为|与)[^,，。]{0,8}?(?:友好城市|友城|姐妹城市|姊妹城市|姊妹市|姐妹市|友好省州|友好地区|国家|政府|组织)")
#: givers told as a class, no one named (国际友城和海外侨胞累计向X捐赠…): a total claimed for the receiver
UNNAMED_GIVERS = re.compile(r"(?:国际|各国|海外|境外|国外|外国|世界各地|各地)[^,，。;；向]{0,4}?"
                            r"(?:友城|友好城市|友好省州|姐妹城市|友好人士|友人|侨胞|华侨|华人|企业|组织|团体)")
COUNT_KINDS = {"countries": "countries_count", "partners": "partners_count", "events": "events_count"}
SPLIT_TYPES = ("message", "consultation", "medical_team", "request")
# several givers acting together give one gift (A和B共同捐赠); otherwise each listed giver gave its own
# (江苏、浙江两省向…回赠, 收到武汉、南京…五市回赠的): a counted list acted as one
STRONG_CUE = re.compile(r"截至|截止|累计|总计|共计|合计|一共|总共|合共|共(?=收到|向|捐|接收|发出|举行|派|计|有|为|与)")
# a gift told of several givers is one gift each only where the sentence says they acted apart
EACH_GIVER = re.compile(r"分别|陆续|先后|各自|来自|分头|(?<![首成])都(?=在|正|已|将|向|把|给)")
#: shipments told as a stream (一批批 / 一批又一批 …, 从/自某日起): a tally, not one act per partner named
_BATCH_AFTER_BATCH = re.compile(r"一批又一批|批批|(?:从|自)[^,，。；;]{1,10}?起")
# 应B请求 just before the verb: the ask that made the act happen
_ASKED_BY_BEFORE = re.compile(r"应[^,，。]{1,12}$")
#: words addressed to the one asked, the wish told next (X曾向中方表示,希望…): the speaker asks
_ASKED_IN_WORDS = re.compile(r"(?:向(?!记者|媒体|本报|外界)[^,，。:：]{1,12}?|在与[^,，。:：]{1,16}?的[^,，。:：]{0,4}?"
                             r"(?:视频|视像|电话)(?:会议|通话|会谈|连线)中)(?:表示|提出|表达)\s*[,，:：]\s*$")
# 正在募集…: goods being raised, just before the verb
_UNDER_WAY_BEFORE = re.compile(r"正在[^,，。]{0,6}$")
# 在X(顺利)交付 / 在X市政府(正式)完成交接: nothing but the place's own seat of government (its hall, its
# offices) and an adverb between the place and the verb: the goods were handed over at the taker's door
_AT_PLACE_THEN_VERB = re.compile(r"(?:市|县|縣|州|省|府|道|都)?(?:政府|政厅|政廳|役所|厅舍|廳舍|厅|廳|议会|議會|政府大楼|政府大樓)?"
                                 r"\s*(?:顺利|順利|正式|成功)?")
# 乙州首府丙 (one mention): the seat of the region named before it
_SEAT_INSIDE = re.compile(r"首府|省会|州府")
# 首府Z: the place named just after is a seat
_SEAT_BEFORE = re.compile(r"(?:首府|首都|省会|州府)$")
# an aside in brackets (【…】 / （…） / (…)), dropped before looking at a clause's head
_BRACKETED = re.compile(r"【[^】]*】|（[^）]*）|\([^)]*\)")
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
# 随物资附上一封慰问信 / 与物资一同寄来的信: a letter that travelled with the goods
WITH_GOODS = re.compile(r"随(?:同)?(?:这批|该批|此批)?(?:物资|货物|口罩|包裹)|(?:与|和)(?:这批|该批)?(?:物资|货物)一(?:同|起|并)")
JOINT = re.compile(r"共同|联合|聯合|联名|聯名|携手|一起|合共|共计|总计|合计|[两二三四五六七八九十\d]+个?(?:市|省|城市|地|国|方|家)(?![长民])")


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
    defaulted_to: bool = False  # the counterpart is the publisher by default, not named in the sentence
    date_inherited: bool = False
    clause_start: int = 0
    frm_named: bool = True  # the giver/sender is named in the sentence (not carried over or defaulted)
    item_span: tuple[int, int] | None = None  # where its goods are listed, when not the whole sentence
    each_from: int | None = None  # 各捐赠1万只 / 两地各10万只: the amount given to each recipient starts here
    each_date: list = field(default_factory=list)  # 3月31日和4月1日,先后与A、B…: one date per partner, in order
    together: bool = False  # one meeting with many partners (其中包括A、B): not split per partner
    all_partners: bool = False  # told to or from every partner, none named (向全部国际友城): a tally, count left out
    subject: list[Ref] = field(default_factory=list)  # the clause's grammatical subject, for the clauses after it


def extract_events(clean: CleanText, original: str, publisher=None, anchor: date | None = None,
                   province=None) -> list[Event]:
    """All events stated in ``clean``.

    ``original`` is the document's text (evidence is cut from it, garbling and
    all); ``publisher`` resolves 我市/我省; ``anchor`` (the publication date)
    completes dates that omit the year or month.
    """
    # (向韩国A、B，日本C、D…: the commas between a list's country groups are read as list marks)
    text = join_country_groups(clean.text, names_a_country)
    # 驻X总领馆 / 驻X办事处: X is where the office sits, not whose it is; 据X介绍: X tells, it does not act
    # (X统计显示,截至…: X counts, it does not act)
    refs = [r for r in gather(text, publisher, province)
            if not in_dateline(text, r) and not (r.start and text[r.start - 1] in "驻据")
            and not SOURCE_AFTER.match(text, r.end)]
    # (A与B、C联合向X捐赠: what follows the with-list, read after its last member)
    group_end: dict[int, int] = {}
    for x in refs:
        if x.group >= 0 and x.end > group_end.get(x.group, -1):
            group_end[x.group] = x.end

    def after_list(r: Ref) -> int:
        return group_end.get(r.group, r.end) if r.group >= 0 and r.marker == "with" else r.end
    for r in refs:
        if r.marker == "with" and re.search(r"(?:结为|缔结|建立)[^,，。]{0,8}?的", r.name):
            r.marker = None  # 与青岛结为友城的大邱市: the 与 belongs to the relative clause, Daegu is unmarked
        elif r.marker == "from" and WITH_THOSE_FROM.search(text, max(0, r.start - 4), r.start):
            r.marker = "with"  # 与来自X的同行交流: the ones met come from X; X is the partner, not a giver
        elif r.marker == "at" and "的" in r.name and r.level != "country":
            r.marker = None  # 同在山东的济南市: the 在 says where Jinan lies, Jinan itself is unmarked
        elif r.marker == "with" and JOINT_GIVERS_AFTER.match(text, after_list(r)):
            r.marker = None  # A与B各自寄出口罩 / A与B一道捐赠: B gives along with A, it is no counterpart
            before = [x for x in refs if x.end <= r.start]
            if before and before[-1].group != r.group and _BODY_THEN_WITH.fullmatch(text, before[-1].end, r.start):
                r.group = before[-1].group  # (甲市人民对外友好协会与乙区联合捐赠: the body of 甲 and 乙 give as one)
        elif r.marker == "with" and JOINT_HOSTS_AFTER.match(text, after_list(r)):
            r.marker = None  # A与B联合举办视频会议: B hosts along with A, it is no partner met
            before = [x for x in refs if x.end <= r.start]
            if before and _CO_ACTOR_JOIN.fullmatch(text, before[-1].end, r.start):
                r.group = before[-1].group  # (the hosts are one side)
        elif r.marker == "with" and JOINT_WRITERS_AFTER.match(text, after_list(r)):
            r.marker = None  # A市长与B市长相继来信: B writes along with A, it is no counterpart
            before = [x for x in refs if x.end <= r.start]
            if before and _CO_ACTOR_JOIN.fullmatch(text, before[-1].end, r.start):
                r.group = before[-1].group  # (the two write as one list of writers)
    # (speed) each list's last end read once, not once per member: linear in the mentions, not quadratic
    list_end: dict[int, int] = {}
    for x in refs:
        if x.end > list_end.get(x.group, -1):
            list_end[x.group] = x.end
    among: dict[int, bool] = {}
    for r in refs:  # A、B以及C等均在受援之列: the listed places are among those given to
        if r.marker is None and r.group >= 0:
            if r.group not in among:
                among[r.group] = AMONG_RECIPIENTS_AFTER.match(text, list_end[r.group]) is not None
            if among[r.group]:
                r.marker = "to"
    quotes = quote_mask(text)
    dates = find_dates(text, anchor)
    quantities = find_quantities(text)
    drafts: list[Draft] = []
    context: dict[int, Trigger] = {}  # paragraph -> last message trigger (for "X表示:“…”")
    last_date: dict[int, DateMention] = {}
    subject: dict[int, list[Ref]] = {}  # paragraph -> the last sentence's subject, for subject-less sentences
    dates.sort(key=lambda d: d.start)
    quantities.sort(key=lambda q: q.start)
    ref_starts, date_starts, q_starts = [r.start for r in refs], [d.start for d in dates], [q.start for q in quantities]
    last_gift: Draft | None = None  # the gift told last: thanks without named parties are for it
    prev_gift: Draft | None = None  # the previous sentence's gift: 其中… itemises it
    prev_total: Draft | None = None  # the previous sentence's total to "N个X国友城": the next may name them
    prev_date: DateMention | None = None  # the date of the previous sentence's acts: 其中… itemises them
    title = title_span(text)
    headings = heading_lines(text)
    labels = label_ends(text)
    prev_refs: list[Ref] = []  # the previous sentence's mentions (a gate the goods reached is on the way to its partner)
    prev_para = -1
    page_receiver: list[Ref] = []  # who received the gift told last on the page (its later batches arrive there)
    for s in split_sentences(text):
        if title[0] <= s.start < title[1] or headings[s.start]:
            continue  # the headline restates the body (and a headline list is not the story)
        s_refs = _within(refs, ref_starts, s.start, s.end)
        label_end = labels.get(s.start)
        if label_end is not None:  # ● 老挝万象 4月21日,…: the label names the place the item is about, not a party
            s_refs = [r for r in s_refs if r.start >= label_end]
        s_all_dates = _within(dates, date_starts, s.start, s.end)
        people = _people_act(text, s)
        carried = subject.get(s.paragraph) if _no_party_before_verb(text, s, s_refs) and not people else None
        if carried is None and prev_para == s.paragraph and prev_refs and _HE_OPENS.match(text, s.start) \
                and not any(r.marker is None for r in s_refs[:1]) and _head_spoke(text, prev_refs[0]):
            # X大区主席某某在机场说:"…"。他代表大区向Y致谢: 他/她 goes on with the head who spoke just before
            carried = [prev_refs[0]]
        s_quantities = _within(quantities, q_starts, s.start, s.end)
        found = _sentence_drafts(text, s, s_refs, quotes, s_all_dates, s_quantities, publisher, context, carried)
        found = _raised_for_side(text, s, found, refs)
        _aid_to_whom_named_with_dui(text, found, s_refs)
        _team_of_state_and_province(text, s, found, refs)
        found = _teams_of_each_builder(text, s, found)
        if not found and drafts and drafts[-1].type == "consultation":
            _delegates_took_part(text, s, drafts[-1], s_refs)
        if not found and drafts and drafts[-1].sentence.paragraph == s.paragraph:
            # (甲和乙分别获得1万只；丙、丁等其余6市，每市5000只: the rest of the shares, told in a sentence of its own)
            found = _rest_each_their_share(text, s, [d for d in drafts if d.sentence is drafts[-1].sentence], s_refs)
        if not found:
            found = _statement_message(text, s, s_refs, quotes, publisher, context)
        if people:  # (the page's own place, filled in as the giver by default, is not who acted)
            found = [d for d in found if not d.frm or any(r.end > r.start for r in d.frm)]
        for d in found:
            _both_sides(text, s, d, refs, ref_starts, publisher)
            if publisher is None or not publisher.key:
                _home_recipient(text, s, d, refs, ref_starts)
        _to_page_receiver(text, s, found, page_receiver)
        _taken_in_from_told_giver(found, drafts)
        givers_here = {r.key for g in found if g.type == "donation" for r in g.frm if r.key}
        found = [d for d in found if not _partnership_past(text, s, d)
                 and not (d.type == "message" and d.frm and {r.key for r in d.frm} <= givers_here
                          and _ALONG_WITH.search(text, max(s.start, d.trigger.start - 3), d.trigger.start))]
        if not found and page_receiver:
            found = _batch_from_giver(text, s, s_refs, page_receiver)
        if not found:
            found = _counted_goods_come_from(text, s, s_refs, publisher, s_all_dates)
        if not any(d.type == "donation" for d in found):
            found += _on_board_the_landed_plane(text, s, s_refs, s_all_dates)
        _trained_where_the_team_went(text, s, found, drafts)
        came = _taker_come_for_the_goods(text, s, s_refs, drafts)
        if came is not None:  # (负责接收物资的X官员: the taking-in of the gift told before, no gift of its own)
            found = [d for d in found if not (d.type == "donation" and came[0] <= d.trigger.start < came[1])]
        zh_route_sides(text, s, found, s_refs, subject.get(s.paragraph), refs)  # (自X空运 / 运抵X,再转运至Y: X is on the way)
        page_receiver = next((list(d.to) for d in reversed(found) if d.type in ("donation", "aggregate")
                              and d.to and not d.defaulted_to and d.frm), page_receiver)
        _shares_of_total(found, drafts, text)
        _gate_on_the_way(text, found, prev_refs if prev_para == s.paragraph else [])
        s_dates = [d for d in s_all_dates if not quotes[d.start]]
        if not s_dates and prev_date is not None and re.match(r"\s*其中", text[s.start:s.end]):
            for d in found:  # 截至3月9日,共收到…。其中,A、B分别向…: the parts of a total are told as of its date
                if d.date is None:
                    # (4月以来,已先后向10个友城捐赠…。其中,向A捐赠…: as the total stood, not from the month it began)
                    d.date, d.date_inherited = replace(prev_date, since=None), True
        if found:
            prev_date = next((d.date for d in reversed(found) if d.date is not None), None)
        for d in found:
            if d.date is None and not s_dates and s.paragraph in last_date:
                d.date = story_date(dates, last_date[s.paragraph], text[s.start:s.end])
                d.date_inherited = True
        if s_dates and all(d.text in THEN_WORDS for d in s_dates):
            pass  # (市长坦言,当时没想到…。她向X致谢: "at the time" looks back; the next act is of the story's time)
        elif s_dates and not (s_dates[-1].said and s_dates[-1].semicolon_at >= s.end - 1 and s.paragraph in last_date):
            # (A市政府周四证实,…已运抵；B则收到…: the day A told its own news on is not B's; B keeps the story's time)
            last_date[s.paragraph] = s_dates[-1]
        if PART.match(text, s.start) and prev_gift is not None:
            found = _parts_from(text, s, s_refs, s_quantities, found, prev_gift)
            _itemised(found, prev_gift)
        if not found and prev_gift is not None:
            _contents_of(text, s, prev_gift)
        if not found:
            found = _with_the_letter(text, s, s_refs, drafts)
        if prev_total is not None:
            _partners_named(found, prev_total)
        for d in found:
            # (A将口罩转赠友城B,B市长去函感谢: the gift told earlier in the same sentence, outside reported speech)
            here = None if _in_speech(s, d.trigger.start) or REPORTED.search(text, s.start, d.trigger.start) else next(
                (g for g in found if g.type == "donation" and g.frm and g.to and g.trigger.start < d.trigger.start
                 and {r.key or r.name for r in g.to} & {r.key or r.name for r in d.frm}), None)
            if here is None and d.type == "message" and not d.frm and d.trigger.word.kind == "thanks" \
                    and not _in_speech(s, d.trigger.start):
                # (A向B捐赠的口罩运抵B,市长某某在接收仪式上感谢A: the bare office thanking is the gift's receiver's)
                here = next((g for g in reversed(found) if g.type == "donation" and g.frm and g.to
                             and g.trigger.start < d.trigger.start), None)
            if d.type == "message" and (here or last_gift) is not None:
                _thanks_for(d, _gift_of_the_thanked(d, here or last_gift, drafts))
                if last_gift is not None and last_gift.date is not None and WITH_GOODS.search(text, s.start, d.trigger.start):
                    # (随物资寄出的还有A市长致B市长的信: the goods are the writer's own gift, not the last one told)
                    writer = {r.key for r in d.frm if r.key} if d.frm_named else set()
                    own = next((g for g in reversed(drafts) if g.type == "donation" and g.date is not None
                                and writer & {r.key for r in g.frm if r.key}), None) if writer else None
                    d.date, d.date_inherited = (own or last_gift).date, True  # 随物资附上的慰问信: it came with the gift
            if d.type in ("message",) or d.of == "message":
                context[s.paragraph] = d.trigger
        found += _each_way(text, s, found)
        gifts = [d for d in found if d.type == "donation" and d.frm_named and d.frm and d.to and not d.defaulted_to
                 and one_party(text, d.frm) and one_party(text, d.to)]
        if gifts:
            last_gift = gifts[-1]
        prev_gift = next((d for d in reversed(found) if d.type == "donation" and d.frm and d.to), None)
        prev_total = next((d for d in reversed(found) if d.type == "aggregate" and d.frm
                           and all(r.level == "country" for r in d.to)), None)
        if found and found[-1].frm:
            subject[s.paragraph] = found[-1].frm
        prev_refs, prev_para = s_refs, s.paragraph
        for d in found:
            _landed_at_partners_city(text, d, drafts)
            _speaker_by_name_alone(text, s, d, refs)
            _writer_by_name_alone(text, s, d, refs)
        _next_gift_of_the_giver(text, found)
        _shares_of_gift(text, s, found, drafts)
        found = [d for d in found if not _told_again(text, s, d, drafts) and not _part_received(text, d, drafts)
                 and not _envoy_hands_told_gift(text, s, d, drafts) and not _ceremony_of_told_gift(text, s, d, drafts)]
        for d in found:
            if d.trigger.word.direction == "withteam":  # (the team may be told earlier in the same sentence)
                _with_the_team(text, s, d, drafts + [g for g in found if g.trigger.start < d.trigger.start], s_refs)
        # (专家组还携带了一批防疫物资: goods the team carries with no one told as giving them are its kit, no gift)
        # (同机运抵的还有一批物资: goods told as arriving with the team stay its side's gift)
        found = [d for d in found if d.trigger.word.direction != "withteam" or (d.to and (
                 not re.search(r"携带|攜帶", text[d.trigger.start:d.trigger.end])
                 or _GIVEN_BY_SOMEONE.search(text, d.trigger.start, s.end)))]
        drafts.extend(found)
    _gift_answers_the_request(drafts)
    drafts = [d for d in drafts if not _bare_goods_retold(text, d, drafts)]
    drafts += _gifts_thanked_for(text, drafts, refs, ref_starts, dates)
    drafts = [x for d in drafts for x in _each_earlier_giver(text, d)]
    zh_total_partners(text, drafts, refs)
    return [e for d in drafts
            for e in _build(clean, original, d, _within(quantities, q_starts, d.sentence.start, d.sentence.end))
            if not _domestic(e)]


#: 中国多个友好团体 / 日本一些城市: many unnamed parties of the country just named
_MANY_OF_COUNTRY = re.compile(r"(?:的)?(?:多个|多家|一些|不少|许多|众多|各地)(?:的)?(?:友好)?(?:团体|组织|机构|省份|城市|省市|友城|地方|民间)")
_MANY_BEFORE = re.compile(r"(?:多个|多家|一些|不少|许多|众多)$")
_GROUP_AFTER = re.compile(r"(?:的)?(?:友好)?(?:团体|组织|机构|省份|城市|省市|友城|地方|民间)")
#: the goods' arrival or taking-in, told with no place (…于9月上旬寄到 / 则在8月28日送达)
_ARRIVED_NOWHERE = frozenset("运抵 运到 送到 送达 寄到 寄抵 送抵 到货 抵达".split())
#: the goods handed over or signed for, told with no party (A捐赠的口罩,于5月在使馆举行的仪式上交付 / 则在8月28日签收)
_HANDED_OVER_AT = frozenset("交付 移交 完成交接 签收 交给 交予".split())


#: 也/还/另/又/再 before the verb: one gift more
_ALSO_GAVE = re.compile(r"也|还|還|另|又|再")
#: the goods named only as a class (将物资运出 / 组织货源): no amount, no kind of their own
_BARE_GOODS = re.compile(r"物资|物資|货源|貨源|货物|貨物")


def _bare_goods_retold(text: str, d: Draft, drafts: list[Draft]) -> bool:
    """收到来函后,甲市立即组织筹措,将物资运出: goods told with no amount and no day of their own, between the
    same two sides as a gift the page tells with its goods counted, are that gift told again (how it was got
    ready or sent), not a second one."""
    if d.type != "donation" or not d.frm or not d.to or (d.date is not None and not d.date_inherited):
        return False
    a, b = d.clause_start, d.sentence.clauses[_clause_of(d.sentence, d.trigger.start)].end
    if find_quantities(text, d.sentence.start, d.sentence.end) or not _BARE_GOODS.search(text, a, b) \
            or any(i.item != "supplies" for i in find_items(text, a, b)) or _ALSO_GAVE.search(text, a, d.trigger.start):
        return False  # (企业也捐赠了消毒液等物资: goods of a kind, or a gift told as one more, are their own)
    sides = ({r.key for r in d.frm}, {r.key for r in d.to})
    return any(g is not d and g.type == "donation" and ({r.key for r in g.frm}, {r.key for r in g.to}) == sides
               and find_quantities(text, g.sentence.start, g.sentence.end) for g in drafts)


def _country(r: Ref) -> str:
    return r.country or (r.key or "").split("/")[0]


def _to_page_receiver(text: str, s: Sentence, found: list[Draft], receiver: list[Ref]) -> None:
    """甲市先后接收了乙、丙两市的捐赠。…丙市捐赠的4万只口罩则在8月28日送达: a gift phrase whose goods arrive
    with no place named went to whom the page's last gift went, a party abroad from the giver."""
    if not receiver:
        return
    for d in found:
        word = d.trigger.word.word
        if d.type != "donation" or word not in _ARRIVED_NOWHERE | _HANDED_OVER_AT:
            continue
        if word in RECEIPT_VERBS and not d.frm and len(d.to) == 1 and d.to[0].start < d.trigger.start:
            d.frm, d.to = d.to, []  # (A捐赠的口罩则在8月28日签收: the party opening the gift phrase gave; no taker named)
        if d.to or not d.frm:
            continue
        end = _gift_end(text, s, d)
        # (A捐赠的N只口罩,于5月在X使馆举行的仪式上交付: a hand-over may tell where, after a comma)
        gap = r"[,，]?[^,，。;；]{0,30}" if word in _HANDED_OVER_AT else r"[^,，。;；]{0,14}"
        if end is None or not re.fullmatch(gap, text[end:d.trigger.start]):
            continue
        if {_country(r) for r in receiver} & {_country(r) for r in d.frm} or None in {r.key for r in receiver}:
            continue
        d.to, d.defaulted_to = list(receiver), False


#: …此前也向X捐赠了物资,他一并表示谢意: thanks extended along with the thanks told before; where the givers
#: just told are read as its sender, it is no message of its own
_ALONG_WITH = re.compile(r"(?:一并|一併|一同|同时也|也一并)(?:向[^,，。]{0,8})?$")


#: 共同 / 联合 / 合力: givers that gave one gift together
_TOGETHER = re.compile(r"共同|联合|聯合|合力|携手|攜手|一道|一起|一同|联手|聯手|合作")
#: 此前也 / 早前亦已: gifts told as earlier ones, beside the one the story is about
_TOLD_AS_EARLIER = re.compile(r"此前|早前|先前|之前|早些时候|早些時候")


def _each_earlier_giver(text: str, d: Draft) -> list[Draft]:
    """甲省和乙省此前也向X捐赠了物资 / X早前亦已收到甲省及乙省捐赠的物资: places of one rank, told as having
    given earlier and not together, each gave a gift of its own."""
    frm = d.frm
    if d.type != "donation" or len(frm) < 2 or any(r.end <= r.start or not r.key for r in frm) \
            or len({r.key for r in frm}) < len(frm) or len({(r.country, r.level) for r in frm}) != 1 \
            or frm[0].level not in ("adm1", "city"):
        return [d]
    sent = text[d.sentence.start:d.sentence.end]
    if not _TOLD_AS_EARLIER.search(sent) or _TOGETHER.search(sent):
        return [d]
    return [replace(d, frm=[r]) for r in frm]


#: 两市于2018年结为友好城市 / 建立友好关系: the sentence tells the partnership's history
_TWINNED = re.compile(r"(?:结为|結為|缔结|締結|建立|结成|結成)[^,，。;；]{0,6}?(?:友好|姊妹|姐妹|友城)")
#: …,双方曾就X交流经验 / 此前已在X方面开展经验交流: an exchange told as the partnership's past
_ONCE_BEFORE = re.compile(r"(?:曾经|曾|此前已|此前曾|此前也|先前已|以往|过去|過去)(?:[^,，。;；]{0,16}?)$")


def _partnership_past(text: str, s: Sentence, d: Draft) -> bool:
    """两市2016年结为友城,双方曾就港口管理交流经验: an exchange of experience told with when the partners
    twinned, as something they did before, is their history, not a consultation of the story."""
    if d.type != "consultation" or not _TWINNED.search(text, s.start, d.trigger.start):
        return False
    lo = max((text.rfind(c, s.start, d.trigger.start) for c in ",，;；"), default=-1)
    lo = max(lo + 1, s.start)
    return bool(_ONCE_BEFORE.search(text[lo:d.trigger.start]))


def _taken_in_from_told_giver(found: list[Draft], drafts: list[Draft]) -> None:
    """甲市接收了友城乙市捐赠的呼吸机。…甲市副市长当天接收了物资: a taking-in that names no giver is of the gift
    told last to the same taker, not a gift from the page's own place (filled in by default)."""
    for d in found:
        if d.type != "donation" or d.trigger.word.direction != "recv" or not d.to or not d.frm \
                or any(r.end > r.start for r in d.frm) or any(r.end == r.start for r in d.to):
            continue
        takers = {r.key for r in d.to if r.key}
        told = next((g for g in reversed(drafts) if g.type == "donation" and g.frm and g.to
                     and any(r.end > r.start for r in g.frm) and takers & {r.key for r in g.to if r.key}), None)
        if told is not None:
            d.frm = list(told.frm)


#: 这批来自A的物资 / 最近的一批来自A / 最晚到达的一批也是最大的一批,来自A: a batch told by whom it came from
_BATCH_FROM = re.compile(r"(?:这|那|该|此|最近的|最新的|最后的?|最晚(?:到达|送达|运抵|抵达)?的|第[一二三四五六七八九十]|首)"
                         r"(?:一)?批[^。;；:：]{0,16}?[,，]?(?:也|则|均|都)?(?:是)?来自")
#: A送来的物资价值…,包括…: the goods a partner sent, named as what the batch held
_SENT_GOODS_LEAD = re.compile(r"(?:送来|寄来|捐来|运来|捐赠|捐出|赠送)的(?:这批|一批)?(?:抗疫|防疫|医疗|援助)?(?:物资|捐赠|捐赠物资|设备)")
#: …包括/计有/有 N件X: the batch's contents listed by count
_CONTENTS_LISTED = re.compile(r"(?:包括|包含|计有|其中有|含有|有)")


def _batch_from_giver(text: str, s: Sentence, refs: list[Ref], receiver: list[Ref]) -> list[Draft]:
    """甲市先后收到乙、丙两市的捐赠。…最近的一批来自丙市,包括防护服700件… / 丙市送来的物资包括…: a batch told
    by its giver, with no verb of giving and no taker, went to whom the page's gifts went (a party abroad)."""
    head = None
    m = _BATCH_FROM.search(text, s.start, s.end)
    if m is not None:
        head = next((r for r in refs if r.start == m.end() and r.end > r.start), None)
        verb = (m.end() - 2, m.end())
    else:
        first = next((r for r in refs if r.end > r.start), None)
        if first is not None and not text[s.start:first.start].strip(" \t\u3000,，") \
                and _SENT_GOODS_LEAD.match(text, first.end, s.end):
            head, verb = first, (first.end, first.end + 2)
    if head is None or not head.key:
        return []
    clause_end = s.end
    listed = _CONTENTS_LISTED.search(text, verb[1], clause_end)
    if listed is None or not _counted_goods_after(text, listed.end(), clause_end):
        return []
    if {_country(r) for r in receiver} & {_country(head)} or None in {r.key for r in receiver}:
        return []
    t = Trigger(verb[0], verb[1], TriggerWord(text[verb[0]:verb[1]], "donation", "shipin", None, None))
    d = Draft("donation", t, s, frm=[head], to=list(receiver), clause_start=s.start)
    return [d]


#: 车厢里的N只口罩和M套防护服,来自…: counted goods open the clause, 来自 then names where they came from
_GOODS_COME_FROM = re.compile(r"[^,，。;；:：“”「」]{2,40}?\s*[,，]?\s*(?:均|都|也|则|全部|正是)?(?:是)?来自")
#: between 来自 and the giver: the page's own place and the tie (我市在日本的友好城市——), nothing else
_TIE_BEFORE_GIVER = re.compile(r"(?:我市|我省|本市|本省|我区|我县|[\u4e00-\u9fff]{2,3}?)?(?:(?:在|的)[\u4e00-\u9fff]{1,6}?的?)?"
                               r"(?:友好城市|友城|姐妹城市|姊妹城市|友好省州|友好省县|友好县|友好省)?\s*(?:——|—|－|-|：|:)?\s*")


def _counted_goods_come_from(text: str, s: Sentence, refs: list[Ref], publisher, dates: list[DateMention]) -> list[Draft]:
    """车厢里的N只口罩和M套防护服,来自我市的友城——X市: goods counted as a clause's topic,
    told only by where they came from (no verb of giving), are that partner's gift to the page's own place."""
    if publisher is None or not getattr(publisher, "key", None) or not str(publisher.key).startswith("CN"):
        return []
    m = None
    for c in s.clauses:  # (一辆卡车开进仓库,车厢里的…,来自X: the clause that opens on the goods)
        m = _GOODS_COME_FROM.match(text, c.start, s.end)
        if m is not None and _counted_goods_after(text, c.start, m.end() - 2):
            break
        m = None
    if m is None:
        return []
    home = {"CN", "HK", "MO"}
    giver = next((r for r in refs if r.start >= m.end() and r.key and r.country not in home
                  and _TIE_BEFORE_GIVER.fullmatch(text, m.end(), r.start)
                  and not re.search(r"[,，。;；]", text[m.end():r.start])), None)
    if giver is None or giver.level == "country":
        return []
    rest = text[giver.end:s.end]
    if re.search(r"捐赠|捐贈|赠送|贈送|援助|寄|运|運|送|购|購|采购|採購|订购|訂購|进口|進口", rest[:12]):
        return []  # (the verb after the giver tells the act; bought or shipped goods are read elsewhere)
    t = Trigger(m.end() - 2, m.end(), TriggerWord(text[m.end() - 2:m.end()], "donation", "shipin", None, None))
    home_ref = Ref(t.start, t.start, publisher.key, publisher.level, _publisher_name(publisher), "CN")
    when = [d for d in dates if d.start < m.start()]  # (一辆货车昨天(20日)驶入…: the day the goods came)
    return [Draft("donation", t, s, frm=[giver], to=[home_ref], clause_start=m.start(), defaulted_to=True,
                  item_span=(m.start(), m.end()), date=when[-1] if when else None)]


#: 一架…飞机降落在X(的机场): where a plane carrying goods landed
_PLANE_LANDED = re.compile(r"(?:飞机|包机|专机|货机|航班)[^,，。;；]{0,6}?(?:降落在|降落于|降落(?=[\u4e00-\u9fff]{2}))")
#: the goods go on from where the plane landed (再转运至 / 随后运往): the landing place is a stop, not the taker
#: the place's own airport right after its name (甲市国际机场 / 甲市乙区国际机场)
_OWN_AIRPORT = re.compile(r"\s*(?:国际|國際)?(?:机场|機場|空港)")
_ONWARD_AFTER_LANDING = re.compile(r"转运|中转后|转机|转往|再运往|再送往|随后运往|随后送往|经陆路")
#: 机上装有A提供的… / 货舱里就有A捐赠的…: goods on board, told by whom they came from
_ON_BOARD_FROM = re.compile(r"(?:机上|机舱里|机舱内|舱内|货舱里|货舱内|飞机上)(?:就|还|也)?(?:装有|载有|装着|装载着|运有|搭载着|搭载|载着|运载着|有)(?:着|了)?")
_GIVER_OF_GOODS = re.compile(r"\s*(?:政府|人民政府)?(?:提供|捐赠|捐助|援助|赠送|捐出|筹集)的")


def _on_board_the_landed_plane(text: str, s: Sentence, refs: list[Ref], dates: list[DateMention]) -> list[Draft]:
    """一架飞机降落在X国首都Y郊外的机场,机上装有A提供的手套和防护服。前往接收物资的Z州官员…: the goods on
    board the landed plane were A's gift to the place it landed in (to Z, see :func:`_taker_come_for_the_goods`);
    so are those of a plane that landed in Y (降落Y机场,机上载有A赠送的…) with no word of going on from there."""
    land = _PLANE_LANDED.search(text, s.start, s.end)
    if land is None:
        return []
    taker = _CAME_TO_TAKE.search(text, s.end, min(len(text), s.end + 40))
    board = _ON_BOARD_FROM.search(text, land.end(), s.end)
    if board is None:
        return []
    no_taker = taker is None or not re.fullmatch(r"[。!！?？\s\u3000]*[^。!！?？;；\n]{0,12}", text[s.end:taker.start()])
    if no_taker and _ONWARD_AFTER_LANDING.search(text, land.end(), s.end):
        return []  # (the one who came to take the goods in, told next, names where they went; else goods that
        # go on from the landing place were not given to it, and goods that stop at the place's own airport were)
    giver = next((r for r in refs if r.start == board.end() and r.key), None)
    if giver is None or not _GIVER_OF_GOODS.match(text, giver.end) \
            or not find_items(text, _GIVER_OF_GOODS.match(text, giver.end).end(), s.end):
        return []
    where = [r for r in refs if land.end() <= r.start < board.start() and r.key]
    if not where or _country(where[-1]) == _country(giver):
        return []
    if no_taker and not _OWN_AIRPORT.match(text, where[-1].end):
        return []  # (降落在Y郊外的机场 with no taker told: near Y is not Y's)
    if where[-1].level == "district" and where[-1].key.count("/") == 2 and _OWN_AIRPORT.match(text, where[-1].end):
        # (降落甲市乙区国际机场: the airport bears its district's name; the plane landed in the city)
        where[-1] = replace(where[-1], key=where[-1].key.rsplit("/", 1)[0], level="city")
    t = Trigger(land.start(), land.end(), TriggerWord(text[land.start():land.end()], "donation", "out", None, None))
    when = [d for d in dates if d.start < land.start()]
    return [Draft("donation", t, s, frm=[giver], to=[where[-1]], clause_start=s.start, date=when[-1] if when else None)]


_TRAINING = re.compile(r"培训|受训|授课|讲座")


def _trained_where_the_team_went(text: str, s: Sentence, found: list[Draft], drafts: list[Draft]) -> None:
    """A省专家组抵达X国。…A省专家组在当地工作的15天里,开展培训30余场: a count of the team's training told with
    no taker was for the country the team went to."""
    for d in found:
        if d.type != "aggregate" or d.to or not d.frm or not _TRAINING.search(text, s.start, s.end):
            continue
        keys_ = {r.key for r in d.frm}
        team = next((g for g in reversed(drafts) if g.type == "medical_team" and g.to
                     and keys_ & {r.key for r in g.frm} and s.paragraph - g.sentence.paragraph <= 2), None)
        if team is None or len({_country(r) for r in team.to}) != 1 or _country(team.to[0]) == "CN":
            continue
        c = _country(team.to[0])
        d.to = [Ref(team.to[0].start, team.to[0].end, c, "country", team.to[0].name, c)]


#: 前往接收物资的X州副州长 / 负责接收这批物资的X市官员: the official who came to take the goods in names the taker
_CAME_TO_TAKE = re.compile(r"(?:前往|前来|负责|赶来|到场|专程)接收(?:这批|该批|上述)?(?:援助|捐赠|抗疫|防疫)?(?:物资|货物|捐赠)的")


def _taker_come_for_the_goods(text: str, s: Sentence, refs: list[Ref], drafts: list[Draft]) -> tuple[int, int] | None:
    """…机上装有A提供的手套。前往接收物资的X州副州长向A表示感谢: the gift told just before went to X (a place
    within the country it was landed in)."""
    m = _CAME_TO_TAKE.search(text, s.start, s.end)
    if m is None or not drafts:
        return None
    taker = next((r for r in refs if r.start == m.end() and r.key), None)
    gift = drafts[-1]
    if taker is None or gift.type != "donation" or len(gift.to) != 1 or gift.sentence.paragraph < s.paragraph - 1:
        return None
    if _country(gift.to[0]) != _country(taker):
        return None
    if gift.to[0].key != taker.key and gift.to[0].level != "country":
        gift.to = [taker]
    return m.start(), m.end()


#: A捐赠的(N只口罩…)  / A寄来的 / A送来的: a gift phrase naming the goods, its giver right before it
_GIFT_PHRASE_GOODS = re.compile(r"[^,，。;；]{0,12}?(?:捐赠|捐助|捐出|赠送|寄来|送来|寄去|援助)的[^,，。;；]{1,60}?(?=[于於在已则也均亦顺,，]|$)")


def _gift_end(text: str, s: Sentence, d: Draft) -> int | None:
    """The end of the gift phrase (X捐赠的N只口罩) that opens ``d``'s clause right after its giver, if it does
    (or the clause before, for a hand-over told after a comma)."""
    clause = s.clauses[_clause_of(s, d.trigger.start)]
    giver = d.frm[-1]
    opens = clause.start
    if d.trigger.word.word in _HANDED_OVER_AT and _clause_of(s, d.trigger.start) > 0:
        opens = s.clauses[_clause_of(s, d.trigger.start) - 1].start
    if not (opens <= giver.start < d.trigger.start):
        return None
    m = _GIFT_PHRASE_GOODS.match(text, giver.end, d.trigger.start)
    if m is None:
        return None
    return m.end()


def _gate_on_the_way(text: str, found: list[Draft], prev_refs: list[Ref]) -> None:
    """…陆续向甲市送出口罩;其中乙市的物资已运抵丙港海关: the gate (an airport, port or customs of a city) is on
    the way to the partner of its country the sentence before sent to; that partner got the goods."""
    for d in found:
        if d.type != "donation" or not d.to or not all(ARRIVAL_POINT.match(text, r.end) for r in d.to):
            continue
        gate = d.to[0]
        named = [r for r in prev_refs if r.country == gate.country and r.key and r.key != gate.key
                 and r.level not in ("country", None) and r.marker in ("to", None)
                 and not ARRIVAL_POINT.match(text, r.end)]
        keys = {r.key for r in named}
        if len(keys) == 1:  # (one partner only: several named leave the gate as the nearest reading)
            d.to = [Ref(gate.start, gate.start, named[0].key, named[0].level, named[0].name, gate.country)]


def _domestic(e: Event) -> bool:
    """我市向荆州捐赠物资 / 我省累计向湖北捐赠…: gifts, and totals of any kind, from one place of China to
    another are aid at home, not aid between a Chinese place and a foreign partner (single letters, meetings
    and teams are left to their own readers)."""
    if e.type not in ("donation", "aggregate") or not e.from_ or not e.to:
        return False
    if (e.type != "aggregate" and any(a.level == "district" for a in e.from_ + e.to)) or any(m.currency not in (None, "CNY") for m in e.money):
        return False  # (津市…捐款8万日元: a county's name is often a foreign town's too; the yen tell which)
    if e.type == "donation" and all(a.key and "/" not in a.key and a.key != "CN" for a in e.from_) \
            and all(a.key and "/" in a.key and a.key.split("/")[0] == e.from_[0].key for a in e.to) \
            and len({a.key for a in e.from_}) == 1:
        return True  # 西班牙华侨协会向马德里捐赠: a body of a foreign country gives to a town of that country
    return all((a.key or "").split("/")[0] == "CN" for a in e.from_ + e.to)


# 感谢山东省捐赠的5万只口罩 / 感谢X向该州捐赠5万只口罩: the one thanked, its gift verb, then a counted good
# (感谢我市4月向该市捐赠的… / 感谢X此前捐赠的…: when it was given may stand between the giver and the verb)
GIFT_WHEN = r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份|初|上旬|中旬|下旬|底|末)?|此前|之前|日前|早前|先前|前不久|近日|上月|上周|曾经|曾)*"
THANKED_GIFT = re.compile(r"\s*" + GIFT_WHEN + r"(?:向[^,，。]{1,10}?)?(?:捐赠|捐助|捐献|赠送|送来|寄来|援助)(?:的|了)?")


def _gifts_thanked_for(text: str, drafts: list[Draft], refs: list[Ref], starts: list[int],
                       dates: list[DateMention] = ()) -> list[Draft]:
    """X知事致信Y省省长,感谢Y省捐赠的5万只口罩: the thanks tell a gift with its figure; where the page
    tells that gift nowhere else (no gift from Y to X among its acts), it is a gift of its own."""
    out: list[Draft] = []
    for d in drafts:
        if d.type != "message" or not d.frm or not d.to or d.defaulted_to:
            continue
        thanked = [x for x in _within(refs, starts, d.sentence.start, d.sentence.end)
                   if THANKED_BEFORE.search(text, d.sentence.start, x.start) and (x.key or x.name) in
                   {y.key or y.name for y in d.to}]
        if not thanked:
            continue
        r = thanked[0]
        verb = THANKED_GIFT.match(text, r.end)
        if verb is None or not (any(q.quantity is not None for q in itemize(text, verb.end(), d.sentence.end))
                                or any(q.currency and q.value is not None  # (感谢该市捐赠1万美元善款: a sum given)
                                       for q in find_quantities(text, verb.end(), d.sentence.end))):
            continue
        sender, giver = {x.key or x.name for x in d.frm}, r.key or r.name
        if any(g.type in ("donation", "aggregate") and giver in {x.key or x.name for x in g.frm}
               and sender & {x.key or x.name for x in g.to} for g in drafts + out):
            continue
        word = TriggerWord(text[verb.start():verb.end()].strip(), "donation", "out", None, None)
        gift = Draft("donation", Trigger(verb.start(), verb.end(), word), d.sentence, frm=[r], to=list(d.frm),
                     clause_start=r.start,  # (undated where the thanks do not say when it was given)
                     item_span=(verb.end(), d.sentence.end),
                     date=next((m for m in dates if r.end <= m.start < verb.end()), None))
        out.append(gift)
    return out


# (两市于1月5日和2月9日先后举行…: the days the pair met may stand between them and the act)
BOTH = re.compile(r"(?:[两兩](?:市|地|省|城|座城市|省州)|双方|雙方)(?:(?:于|於|在)?\d{1,2}月\d{1,2}日"
                  r"(?:(?:和|、|及|与|與)\d{1,2}月\d{1,2}日)*)?[^,，。]{0,12}$")


def _both_sides(text: str, s: Sentence, d: Draft, refs: list[Ref], starts: list[int], publisher) -> None:
    """X与Y结为友好城市。…两市卫生部门举行视频会议: "the two cities" are the pair named just before."""
    if d.type not in ("consultation", "message") or (d.frm and d.to) \
            or not BOTH.search(text, d.clause_start, d.trigger.start):
        return
    before = refs[:bisect_left(starts, s.start)][-12:]
    home = [r for r in before if r.country == "CN" and r.key and "/" in r.key]
    away = [r for r in before if r.country not in (None, "CN") and r.level != "country"]
    if not away or not (home or publisher is not None and publisher.key):
        return
    d.frm = [home[-1]] if home else [Ref(d.trigger.start, d.trigger.start, publisher.key, publisher.level,
                                         _publisher_name(publisher), "CN")]
    d.to, d.defaulted_to, d.frm_named = [away[-1]], False, True


HOME_COUNTRIES = frozenset({"CN", "TW", "HK", "MO"})
THESE_GOODS = re.compile(r"\s*(?:据了解|据悉|据介绍|另据了解|记者了解到)?[,，]?\s*(?:这批|该批|此批|上述|这些)(?:捐赠|援助|防疫|医疗)?(?:物资|口罩|货物)")


GIVEN_BY = re.compile(r"\s*(?:政府|人民政府|红十字会|红会)?(?:捐赠|捐助|援助|提供)的")


#: (物资)全部由A捐赠 / 均为A捐赠 / 系A提供: the giver told after the goods, as the one they came from
_GIVEN_BY_AFTER = re.compile(r"(?:全部|均|都|全)?(?:由|为|系|是)$")
_GIVER_VERB_AFTER = re.compile(r"\s*(?:政府|人民政府)?(?:无偿)?(?:捐赠|捐助|援助|提供|捐出)(?!的)")


# (中国政府援助某国的物资: the aid verb takes the receiver as its object, no 向 before it)
_GIVEN_TO_BY = re.compile(r"\s*(?:政府|人民政府|红十字会|紅十字會)?(?:(?:向|给|給|为|為)[^,，。;；]{1,8}?(?:捐赠|捐贈|捐助|援助|提供)"
                          r"|(?:援助|支援|捐给|赠给|送给|捐赠给|赠送给|捐贈給|贈給|送給)[^,，。;；的]{1,10}?)的")


#: 甲国卫生部长某某 / 乙县知事某某: an office right after a place's name, then the holder's name
_OFFICE_ZH = (r"(?:卫生部长|衛生部長|外交部长|外交部長|外长|外長|部长|部長|总统|總統|总理|總理|首相|省长|省長|州长|州長|市长|市長|"
              r"县长|縣長|知事|郡守|道知事|议长|議長|大使|总领事|總領事|副市长|副市長|副州长|副州長|副省长|副省長)")
#: 某某在机场致辞时表示, / 某某说, : a sentence opening with a person's name alone, speaking
_NAME_SPEAKS = re.compile(r"\s*([\u4e00-\u9fff·]{2,8}?)(?:在[^,，。；;]{1,12}?)?(?:致辞时|致辭時|讲话时|講話時|发言时|發言時)?"
                          r"(?:[,，])?(?:表示|说|說|指出)[,，:：]")


def _speaker_by_name_alone(text: str, s: Sentence, d: Draft, refs: list[Ref]) -> None:
    """甲国卫生部长某某到机场迎接。…某某在机场致辞时表示,感谢乙省…: the thanks of a person named alone are from
    the place whose office the page gave that person before."""
    if d.type != "message" or d.frm or not d.to:
        return
    m = _NAME_SPEAKS.match(text, s.start, d.trigger.start + 1)
    if m is None or m.end() > d.trigger.start:
        return
    name = m.group(1)
    for t in re.finditer(_OFFICE_ZH + re.escape(name), text[:s.start]):
        place = [r for r in refs if r.end == t.start() and r.key and r.marker is None]
        if place and not {place[0].key} & {r.key for r in d.to}:
            d.frm, d.frm_named = [place[0]], True
            return


#: …,某某市长曾致函甲市 / …,某某曾致信…: a clause opening with a person's name alone (a bare title at most), writing
_NAME_WRITES = re.compile(r"(?:^|[,，;；])\s*([他她]|[\u4e00-\u9fff]{2,6}?)(?:市长|市長|州长|州長|省长|省長|知事)?(?:也|还|還|亦)?"
                          r"(?:曾经?|曾經|已经?|已經)?(?:亲自|親自)?(?:致函|致信|去函|去信|写信|寫信)")
#: 某某回顾说, / 某某表示,: a sentence opening with a person's name who speaks (the 他 of the words is that person)
_NAME_RECALLS = re.compile(r"\s*([\u4e00-\u9fff·]{2,8}?)(?:回顾|回憶|回忆|坦言|透露)?(?:说|說|表示|称|稱|指出)\s*[,，:：][^。]*$")
#: the place's name, its own spelling in brackets at most, then the office: 甲市（Xx）市长
_PLACE_THEN_OFFICE = re.compile(r"\s*(?:[（(][^）)，,。]{1,40}[）)]\s*)?$")


def _writer_by_name_alone(text: str, s: Sentence, d: Draft, refs: list[Ref]) -> None:
    """甲市市长某某·某某致信…。今年2月,某某市长曾致函乙市,表示慰问: the letter of a person named alone is
    from the place whose office the page gave that person before (the surname after a given name and ·)."""
    if d.type != "message" or d.frm or not d.to:
        return
    m = None
    for m in _NAME_WRITES.finditer(text, s.start, d.trigger.end):
        pass
    if m is None or m.end() > d.trigger.end or m.end() < d.trigger.start - 20:
        return
    name = m.group(1)
    if name in ("他", "她"):
        # 某某回顾说,2月时…,他曾致函乙市市长: the one who speaks, named opening the sentence, wrote the letter
        told = _NAME_RECALLS.match(text, s.start, m.start(1))
        if told is None:
            return
        name = told.group(1)
    if any(r.start < m.end(1) and m.start(1) < r.end for r in refs):
        return  # (the writer is a place named: read as such)
    for t in re.finditer(_OFFICE_ZH + r"(?:[\u4e00-\u9fff]{1,6}·)?" + re.escape(name) + r"(?!·)",
                         text[:s.start]):
        # (…运抵甲市,市长某某当天…: a bare office opening the clause right after a place is that place's)
        place = [r for r in refs if r.key and r.marker is None and r.start <= t.start() and (
                 r.end >= t.end() or r.start < t.start() <= r.end <= t.start() + 3
                 or r.end <= t.start() and (_PLACE_THEN_OFFICE.match(text[r.end:t.start()])
                                            or re.fullmatch(r"\s*[,，]\s*", text[r.end:t.start()])))]
        last = max((r.end for r in place), default=None)
        place = [r for r in place if r.end == last]
        if place and not {place[0].key} & {r.key for r in d.to} and place[0].country not in (None, "CN"):
            d.frm, d.frm_named = [place[0]], True
            return


def _giver_carried(frm: list[Ref]) -> bool:
    """The giver was carried from before (a zero-width mention), not named in the clause."""
    return all(r.end == r.start for r in frm)


_GIFT_VERB_TO = re.compile(r"(?:捐给|赠给|送给|捐赠给|赠送给|赠予|捐予|捐贈給|贈給|送給)$")
_GIFT_VERB_AFTER_TAKER = re.compile(r"[^,，。;；]{0,6}?(?:捐赠|捐贈|捐助|援助|赠送|贈送|提供)")


def _named_by_gift_verb(text: str, r: Ref) -> bool:
    """捐给甲市 / 向甲市捐赠: the place is the one a gift verb names as taking the goods (not where they land)."""
    return bool(_GIFT_VERB_TO.search(text, max(0, r.start - 4), r.start)) or (
        r.start > 0 and text[r.start - 1] in "向给給" and bool(_GIFT_VERB_AFTER_TAKER.match(text, r.end)))


_TEAM_NAMED_BEFORE = re.compile(r"(?:与|和|随|跟)(?:该|这支)?(?:医疗)?(?:专家组|医疗队|专家团队)")


def _with_the_team(text: str, s: Sentence, d: Draft, drafts: list[Draft], refs: list[Ref] = ()) -> None:
    """专家组随机携带了中国政府捐赠的物资 / 同机运抵的还有一批医疗物资: the goods go where the team told
    last went; the giver is the one the gift phrase names, else the team's sender."""
    team = next((g for g in reversed(drafts) if g.type == "medical_team" and g.to), None)
    if d.frm and d.to and not d.defaulted_to and all(r.country not in (None, "CN") for r in d.to) \
            and all(r.start >= d.clause_start for r in d.frm + d.to):
        if team is not None and {r.country for r in d.to} == {r.country for r in team.to} \
                and not _named_by_gift_verb(text, d.to[0]):
            # (a place the gift verb itself names, 捐给甲市政府 / 向甲大区捐赠的物资, stays the receiver)
            d.to = [Ref(r.start, r.end, r.country, "country", r.name, r.country) for r in d.to]
        gave_to = [r for r in refs if r.key and d.clause_start <= r.start < d.to[0].start and _GIVEN_TO_BY.match(text, r.end)]
        if gave_to and _giver_carried(d.frm):
            d.frm = gave_to[:1]  # (同机运抵的还有中国政府向塞方提供的物资: the one giving to the named side)
        return  # (随团携带的X捐赠物资运抵Y: the sentence names both sides itself; the team's country is whom)
    # (a team told far before is another story, unless the clause names the team itself: 和医疗队同机到达的,还有…)
    if team is None or (team.sentence.paragraph < s.paragraph - 1
                        and not _TEAM_NAMED_BEFORE.search(text, d.clause_start, d.trigger.start)):
        d.to = []
        return
    named = [r for r in gather_in(d, s) if GIVEN_BY.match(text, r.end) and text[r.start - 1] not in "向给給为為"]
    named = named or [r for r in refs if r.key and _GIVER_VERB_AFTER.match(text, r.end)
                      and _GIVEN_BY_AFTER.search(text, max(s.start, r.start - 4), r.start)]
    # 同机运抵的还有中国政府向该国提供的物资: the one that gives "to the other side" names the giver
    named = named or [r for r in refs if r.key and d.clause_start <= r.start and _GIVEN_TO_BY.match(text, r.end)]
    # (the team is sent to a country, the city it lands in is where: so are its goods)
    to = [Ref(r.start, r.end, r.country, "country", r.name, r.country)
          if r.country and r.country != "CN" and r.key and "/" in r.key else r for r in team.to]
    if d.to and {r.country for r in d.to} == {r.country for r in team.to} and all(r.start >= d.clause_start for r in d.to) \
            and _named_by_gift_verb(text, d.to[0]):
        to = list(d.to)  # (捐给甲市政府的一批物资: the place the gift verb names, in the team's country, takes them)
    d.frm, d.to, d.frm_named, d.defaulted_to = (named[:1] or list(team.frm)), to, True, False
    if d.date is None:
        d.date = team.date


def gather_in(d: Draft, s: Sentence) -> list[Ref]:
    """The parties the draft's sentence names (its subject and counterparts as read)."""
    return [r for r in d.frm + d.to + d.subject if s.start <= r.start < s.end]


#: 这次A向B赠送口罩,引起反响 / 本次捐赠…: "this time's" gift, the act the page has just told, named again to be judged
THIS_ACT = re.compile(r"\s*(?:据了解|据悉|据介绍|另据了解)?[,，]?\s*(?:此次|这次|本次|此番|這次)"
                      r"(?=[^,，。;；]{0,12}?(?:捐赠|捐贈|回赠|回贈|赠送|贈送|援助|捐助|捐献|寄送|送来|送去))")


def _told_again(text: str, s: Sentence, d: Draft, drafts: list[Draft]) -> bool:
    """据了解,这批物资4月3日从武汉启运,运抵波尔多: the goods told before, on their way; the same gift, not a new one.
    So is a sentence that opens on "this time's" gift (这次A向B赠送口罩,在当地引起反响) between the same two sides with no
    amount of its own: it names the act told before to say what it meant."""
    this_act = THIS_ACT.match(text, s.start) is not None
    if d.type != "donation" or not (THESE_GOODS.match(text, s.start) or this_act):
        return False
    sides = ({r.key or r.name for r in d.frm}, {r.key or r.name for r in d.to})
    same = [g for g in drafts if g.type == "donation" and ({r.key or r.name for r in g.frm}, {r.key or r.name for r in g.to}) == sides]
    if this_act and not same:  # (the gift told before went to more partners at once: one of them named again)
        return any(g.type == "donation" and {r.key or r.name for r in g.frm} == sides[0] and d.to
                   and sides[1] <= {r.key or r.name for r in g.to} for g in drafts) and not any(
            line.quantity is not None for line in itemize(text, *(d.item_span or (s.start, s.end))))
    if same and d.each_from is not None and len(sides[1]) >= 2:
        # 这批口罩于18日启运,A和B各得10万个: the share each got, told after the whole, is each one's gift
        for g in same:
            drafts.remove(g)
        return False
    a, b = d.item_span or (s.start, s.end)
    if any(line.quantity is not None for line in itemize(text, a, b)):
        return False  # (这批物资中的5万只口罩…: a part with its own figure)
    return bool(same)


#: 总领事X(在Y)把口罩交到Z手中 / 大使将物资移交Z: an envoy hands over goods named bare, no count of their own
_ENVOY_HANDS_BARE = re.compile(r"(?:大使|总领事|領事|领事|参赞|使馆|领馆|总领馆|总领事馆|大使馆)[\u4e00-\u9fff·]{0,6}?"
                               r"(?:在[^,，。;；]{1,14}?)?(?:把|将)(?:这批|该批|这些|上述)?(?:捐赠的|援助的)?"
                               r"(?:口罩|物资|防疫物资|医疗物资|抗疫物资|防护用品)(?:交到|移交|转交|交给|交付|递交)")


def _envoy_hands_told_gift(text: str, s: Sentence, d: Draft, drafts: list[Draft]) -> bool:
    """A市政府为B市送去口罩3万个。交接在C进行:中国驻D总领事把口罩交到B方官员手中: the envoy hands over the
    gift of the sentence before (its goods named bare), no new gift of the envoy's country."""
    if d.type != "donation" or not d.frm or any(r.level != "country" for r in d.frm) or not d.to:
        return False
    c = s.clauses[_clause_of(s, d.trigger.start)]
    if not _ENVOY_HANDS_BARE.search(text, c.start, d.trigger.end):
        return False
    a, b = d.item_span or (c.start, c.end)
    if any(line.quantity is not None for line in itemize(text, a, b)):
        return False
    told = next((g for g in reversed(drafts) if g.type == "donation"), None)
    return told is not None and told.sentence.paragraph == s.paragraph and bool(told.frm) and bool(told.to) \
        and any(r.level != "country" for r in told.frm) \
        and {_country(r) for r in told.frm} == {_country(r) for r in d.frm} \
        and {_country(r) for r in told.to} == {_country(r) for r in d.to}


#: 为尼方筹措 / 向塞方捐赠: a one-character abbreviation of a country with 方, before the verb
_FOR_SIDE = re.compile(r"(?:为|向|给)([\u4e00-\u9fff])方")
#: 随中国首批援X物资(一同)搭乘…: the goods travel along with another's gift, told as such
_ALONG_WITH_AID = re.compile(r"\s*随(?:同)?[^,，。;；]{1,12}?(?:首批|第一批|第二批|这批|该批)?援[\u4e00-\u9fff]{0,4}?物资")


#: A、B等市和 / 等市州以及: a list of cities closed, another giver joined after it
_CITIES_AND_BODY = re.compile(r"等(?:市州|市县|市|地市|城市|地)(?:和|以及|及|与)")
#: C省对外友好协会 / C省的国际交流协会: a body of the province
_BODY_AFTER = re.compile(r"(?:人民)?(?:政府)?[\u4e00-\u9fff]{0,12}?(?:协会|促进会|联合会|商会|基金会)")


def _raised_for_side(text: str, s: Sentence, found: list[Draft], refs: list[Ref]) -> list[Draft]:
    """X国疫情加剧,A、B等市几天内就为X方筹措到一批物资,随中国首批援X物资运抵X首都: the cities gave to X (the
    side named by its first character, the country named before it); the goods only travel with the
    state's batch, which is no gift of this sentence."""
    out = []
    for d in found:
        if d.type == "donation" and not d.to and d.frm and any(r.level != "country" for r in d.frm):
            c = s.clauses[_clause_of(s, d.trigger.start)]
            m = None
            for m in _FOR_SIDE.finditer(text, c.start, d.trigger.start):
                pass
            named = {r.key: r for r in refs if m is not None and r.end <= m.start() and r.level == "country" and r.key
                     and r.name.startswith(m.group(1)) and not r.name.endswith("方")} if m else {}
            if len(named) == 1:
                r = next(iter(named.values()))
                d.to = [Ref(m.start(1), m.end(), r.key, "country", text[m.start(1):m.end()], r.country)]
        out.append(d)
    for d in out:
        if d.type == "donation" and d.frm and d.frm[-1].end < d.trigger.start:
            # A、B等市和C省对外友好协会(、D集团)为X筹措: the province's own body gives along with the cities
            body = next((r for r in refs if d.frm[-1].end < r.start < d.trigger.start and r.level == "adm1"
                         and r.country == "CN" and _CITIES_AND_BODY.fullmatch(text, d.frm[-1].end, r.start)
                         and _BODY_AFTER.match(text, r.end)), None)
            if body is not None and all(x.key != body.key for x in d.frm):
                d.frm = list(d.frm) + [body]
    gave = [d for d in out if d.type == "donation" and d.to and d.frm and any(r.level != "country" for r in d.frm)]
    return [d for d in out if not (d.type == "donation" and gave and d not in gave and d.trigger.start > gave[0].trigger.start
                                   and d.frm and all(r.level == "country" for r in d.frm)
                                   and _ALONG_WITH_AID.match(text, s.clauses[_clause_of(s, d.trigger.start)].start)
                                   and {_country(r) for r in d.to} == {_country(r) for r in gave[0].to})]


def _shares_of_gift(text: str, s: Sentence, found: list[Draft], drafts: list[Draft]) -> None:
    """X向A和B捐赠20万个口罩。这批口罩已从Y启运,A和B各得10万个: the goods told again are the gift told
    before, split among its recipients; the giver is that gift's (Y is where they left from) and the
    shares replace the whole."""
    if not THESE_GOODS.match(text, s.start):
        return
    from cityaid.extract.lists import each_named  # (speed: after the cheap test; most sentences stop there)
    from cityaid.resolve.actors import resolve_name  # (the module itself: a package import costs more per call)
    for d in found:
        if d.type != "donation":
            continue
        got = each_named(text, d.trigger.end, s.end, resolve_name)
        if got is None:
            continue
        keys = {m[2].key for m in got[0]}
        whole = next((g for g in reversed(drafts) if g.type == "donation" and g.frm and g.trigger.start < s.start
                      and keys <= {r.key for r in g.to}), None)
        if whole is None:
            continue
        d.frm = list(whole.frm)
        drafts.remove(whole)
        return


PART_RECEIVED = re.compile(r"(?:了)?(?:其中的?)?(?:首批|第一批|头一批|一部分|部分)")


def _part_received(text: str, d: Draft, drafts: list[Draft]) -> bool:
    """…向水原市寄出3万只口罩。水原市表示,已收到首批2万只: the first part of the gift told before, received;
    no gift of its own where no giver is named with it."""
    if d.type != "donation" or d.trigger.word.direction != "recv" or not PART_RECEIVED.match(text, d.trigger.end):
        return False
    if d.frm_named:
        return False  # (收到首批来自X的物资: a giver of its own)
    takers = {r.key or r.name for r in d.to}
    return any(g.type == "donation" and takers & {r.key or r.name for r in g.to} for g in drafts[-6:])


def _landed_at_partners_city(text: str, d: Draft, drafts: list[Draft]) -> None:
    """甲市市长来信,请求长沙市提供支持。长沙市随即捐赠口罩2万只,物资已运抵乙市: the city the goods landed
    in (named after 运抵, no 向/给) is on their way to the partner of that country the paragraph named with
    the giver just before; that partner got them."""
    if d.type != "donation" or not d.frm or not d.to or not all(
            r.marker is None and r.level != "country" and text[max(0, r.start - 2):r.start] in LANDED for r in d.to):
        return
    givers = {r.key or r.name for r in d.frm}
    countries = {r.country for r in d.to}
    landed = {r.key or r.name for r in d.to}
    for k in reversed(drafts):
        if k.sentence.paragraph != d.sentence.paragraph:
            break
        for mine, theirs in ((k.frm, k.to), (k.to, k.frm)):
            if givers & {r.key or r.name for r in mine}:
                partner = [r for r in theirs if r.country in countries and r.level != "country" and r.key
                           and (r.key or r.name) not in landed]
                if partner and len(theirs) == 1:
                    d.to, d.defaulted_to = partner, False
                    return
                if theirs:
                    return


# ，给乙方的… / ；同日，给乙方送去的…: a clause that opens with the gift's taker, no giver of its own
_TAKER_OPENS = re.compile(r"\s*(?:(?:同一天|同日|当天|此外|另外|随后)\s*[,，]?\s*)?(?:向|给)")


def _opens_with_taker(text: str, d: Draft) -> bool:
    """…,给乙方赠送的N片口罩则在次日运到: the clause opens with the taker, named before the verb (a gift of
    its own, not the way of the goods told before)."""
    return d.type == "donation" and bool(d.to) and _TAKER_OPENS.match(text, d.clause_start) is not None and all(
        d.clause_start <= r.start < d.trigger.start and r.marker == "to" for r in d.to)


def _next_gift_of_the_giver(text: str, found: list[Draft]) -> None:
    """给甲方赠送的N片口罩先运到甲方,给乙方赠送的M片则随后运到: a second gift phrase in the same sentence,
    opening with its taker, is the same giver's; the place the goods of the first landed in is not its giver,
    and each gift owns its own clause's goods."""
    gifts = [d for d in found if d.type == "donation"]
    for prev, d in zip(gifts, gifts[1:]):
        if d.sentence is not prev.sentence or not prev.frm or d.clause_start <= prev.clause_start:
            continue
        if not _TAKER_OPENS.match(text, d.clause_start) or not d.to:
            continue
        if d.frm and [r.key for r in d.frm] != [r.key for r in prev.frm] and not all(
                r.end <= d.clause_start and text[max(0, r.start - 2):r.start] in LANDED for r in d.frm):
            continue
        if {r.key or r.name for r in d.to} & {r.key or r.name for r in prev.to}:
            continue
        d.frm, d.frm_named = list(prev.frm), prev.frm_named
        if prev.item_span is None or prev.item_span[1] > d.clause_start:
            prev.item_span = (prev.item_span[0] if prev.item_span else prev.sentence.start, d.clause_start)
        if d.item_span is None or d.item_span[0] < d.clause_start:
            d.item_span = (d.clause_start, d.item_span[1] if d.item_span else d.sentence.end)


def _home_recipient(text: str, s: Sentence, d: Draft, refs: list[Ref], starts: list[int]) -> None:
    """高崎市曾寄来3000片口罩 in a page no city publishes (Taiwan and overseas press): what came in came
    to the home-side city or county the story is about, the one named last before the sentence."""
    t = d.trigger
    if d.type == "donation" and not d.frm and d.to and t.word.direction == "recv" and all(
            r.country not in (None, *HOME_COUNTRIES) for r in d.to):
        # 加拿大X市与日本Y市分别获赠1万片: the home side of the story gave what its partners received
        home = _home_before(refs, starts, s.start)
        if home is not None:
            d.frm = [Ref(t.start, t.start, home.key, home.level, home.name, home.country)]
        return
    if d.to or not d.frm or d.type not in ("donation", "message") or any(
            r.country in HOME_COUNTRIES for r in d.frm):
        return
    if not (t.word.direction in ("in", "shipin") or INCOMING.search(text[max(s.start, t.start - 3):t.start])):
        return
    # (桃园市长表示,高崎市曾寄来3000片口罩: the speaker's own city, named before the verb, got them)
    last = _home_before(refs, starts, t.start)
    if last is not None:
        d.to, d.defaulted_to = [Ref(t.start, t.start, last.key, last.level, last.name, last.country)], False


def _home_before(refs: list[Ref], starts: list[int], pos: int) -> Ref | None:
    """The home-side (Chinese, Taiwanese, Hong Kong, Macau) city or province named last before ``pos``,
    where the story is about one such place (it is the only one named so far)."""
    home = [r for r in refs[:bisect_left(starts, pos)]
            if r.country in HOME_COUNTRIES and r.key and "/" in r.key and r.level in ("city", "adm1", "district")]
    return home[-1] if home and len({r.key for r in home}) == 1 else None


def _shares_of_total(found: list[Draft], drafts: list[Draft], text: str = "") -> None:
    """A市向8个友城送去5万只口罩。B、C两市各获赠1万只,其余城市每座分得5000只: the shares received,
    told without a giver, are the total's giver's gifts (to partners abroad: not the givers' own country).
    So are the shares given (其中,向D市捐赠3万只) where the part names no giver of its own."""
    _shares_given(found, drafts, text)
    shares = [d for d in found if d.type == "donation" and d.trigger.word.direction == "recv" and not d.frm and d.to
              and not d.defaulted_to]
    if not shares:
        return
    total = next((g for g in reversed(drafts) if g.type in ("donation", "aggregate")), None)
    here = next((g for g in reversed(found) if g.type == "aggregate" and g.frm and g not in shares
                 and g.sentence is shares[0].sentence and g.trigger.start < shares[0].trigger.start), None)
    if here is not None and _SHARE_RECEIVED.match(text, shares[0].clause_start, shares[0].trigger.end):
        total = here  # 已向A、B等8个友城捐出口罩共N万只,其中A获赠M万只: the share told in the total's own sentence
    if total is None or not total.frm or total.sentence.paragraph < shares[0].sentence.paragraph - 1:
        return
    if not (total.type == "aggregate" or not total.to or all(r.level == "country" for r in total.to)):
        return  # (a gift to one named partner is not shared out)
    givers = {r.country for r in total.frm}
    shares = [d for d in shares if None not in givers and not givers & {r.country for r in d.to}]
    for k, d in enumerate(shares):
        d.frm = list(total.frm)
        if d.date is None and total.date is not None:
            d.date, d.date_inherited = total.date, True
        nxt = shares[k + 1] if k + 1 < len(shares) else None
        if nxt is not None and nxt.sentence is d.sentence and d.clause_start < nxt.clause_start:
            d.item_span = (d.clause_start, nxt.clause_start)  # each share owns its clause's amount
        elif total is here and d.item_span is None:
            d.item_span = (d.clause_start, d.sentence.end)  # (not the total's amount told before it)
    named = dedupe_refs([r for d in shares for r in d.to])
    if total.type == "aggregate" and len(named) >= 2 and all(
            r.level == "country" or (r.key or r.name) in {x.key or x.name for x in named} for r in total.to):
        total.to = named  # the total's partners are the cities sharing it


# (这批口罩中,)6万只来自A省政府 / 另有2万只是来自B市的: a part of the total told by where it came from
CAME_FROM = re.compile(r"\s*(?:是|为|系)?来自$")
CAME_FROM_END = re.compile(r"(?:[^,，。;；]{0,6}?(?:政府|人民政府))?(?:的)?(?:捐赠|捐助|赠送)?(?:的)?\s*(?=[,，。;；]|$)")
FROM_PART = TriggerWord("来自", "donation", "out", None, None)


def _parts_from(text: str, s: Sentence, refs: list[Ref], quantities: list[QuantityMention], found: list[Draft],
                total: Draft) -> list[Draft]:
    """这批口罩中,6万只来自A省政府,2万只来自B市,另有4000只是C协会赠予D的: each part came from its
    giver to the total's recipient, as 其中,A捐赠6万只,B捐赠2万只 tells it."""
    if total.type != "donation" or not total.to:
        return found
    parts, came = [], set()
    for c in s.clauses:
        for r in refs:
            if not (c.start <= r.start < c.end and r.marker == "from"):
                continue
            q = next((q for q in quantities if c.start <= q.start and q.end <= r.start and q.value is not None
                      and not q.currency and CAME_FROM.search(text, q.end, r.start)
                      and CAME_FROM.search(text, q.end, r.start).start() == q.end), None)
            if q is None or not CAME_FROM_END.match(text, r.end, c.end) or r.country == total.to[0].country:
                continue
            t = Trigger(r.start, r.start, FROM_PART)
            parts.append(Draft("donation", t, s, frm=[r], to=list(total.to), date=total.date,
                               date_inherited=total.date is not None, clause_start=c.start,
                               item_span=(c.start, c.end), each_from=q.start))
            came.add(r.start)
    if len(parts) < 2 and not (parts and found):
        return found
    for d in found:  # (另有4000只是C赠予D的: the giver named in its own clause, not a part's source before it)
        if d.type == "donation" and d.frm and all(r.start in came for r in d.frm):
            own = [r for r in refs if d.clause_start <= r.start < d.trigger.start and r.marker is None]
            d.frm = own[:1]
            d.item_span = (d.clause_start, s.clauses[_clause_of(s, d.trigger.start)].end)
            d.each_from = d.clause_start if d.each_from is None else d.each_from  # (its amount names no goods)
    return sorted(parts + [d for d in found if d.frm], key=lambda d: d.trigger.start)


def _itemised(found: list[Draft], total: Draft) -> None:
    """X等向Y捐赠的8.4万只口罩交付Y。其中,A捐赠6万只,B捐赠2万只: the first is the total, the parts each a gift.

    The parts take the recipient of the total where they name none; the
    total becomes an aggregate claim when two or more gifts (other givers or
    other recipients) are itemised.
    """
    parts = [d for d in found if d.type == "donation" and d.frm]
    for d in parts:
        if not d.to or d.defaulted_to:
            d.to, d.defaulted_to = list(total.to), False
    sides = {(frozenset(r.key or r.name for r in d.frm), frozenset(r.key or r.name for r in d.to)) for d in parts}
    if len(parts) >= 2 and len(sides) >= 2 and total.type == "donation":
        total.of, total.type = "donation", "aggregate"


# 箱子里,是甲市紧急筹措的1万只口罩 / 纸箱内装着…: what the boxes just told held
#: (此次捐赠物资包括… / 本次援助的物资有…: the sentence after a handover told without its goods lists them)
CONTENTS = re.compile(r"\s*(?:(?:(?:这些|这批|一些)?(?:纸箱|箱子|包裹|货箱|集装箱|箱)(?:里|内|中)(?:面)?|里面)\s*[,，]?\s*"
                      r"(?:是|装着|装的是|装有|装满了?|有)"
                      r"|(?:此次|这次|本次)(?:所)?(?:捐赠|捐助|援助|赠送|捐赠的|援助的|赠送的)物资(?:包括|包含|计有|有)"
                      r"|(?:此次|这次|本次)(?:共|共计|总计)?(?:捐赠|捐助|援助|赠送)(?:了)?(?=[^,，。;；\d]{1,8}?[\d一二三四五六七八九十两]))")


# 随信而来的,还有X募集的2万副手套 / 与信一同寄来的是…: goods that came with the letter just told
WITH_LETTER = re.compile(r"\s*(?:随|与|和)(?:这封|该|此)?(?:慰问信|慰问函|来信|信函|信件|信|函)(?:一同|一起|一并)?"
                         r"(?:而来|寄来|送来|运来|寄到|送到|抵达)的(?:物资)?[,，]?\s*(?:还有|是|有)")


def _with_the_letter(text: str, s: Sentence, refs: list[Ref], drafts: list[Draft]) -> list[Draft]:
    """X市长致信Y市长,表示慰问。随信而来的,还有X某集团募集的2万副手套: the goods came from the letter's
    side (the giver named in the sentence, else the writer's) to its addressee, with the letter."""
    if not WITH_LETTER.match(text, s.start):
        return []
    letter = next((d for d in reversed(drafts) if d.type == "message"), None)
    if letter is None or letter.sentence.paragraph != s.paragraph or not letter.frm or not letter.to:
        return []
    lines = [x for x in itemize(text, s.start, s.end) if x.quantity is not None]
    gifts = [t for t in find_triggers(text, s.start, s.end) if t.type == "donation"]
    if not lines or not gifts:
        return []
    sender = {r.country for r in letter.frm}
    named = [r for r in refs if r.marker is None and r.start < gifts[0].start and r.country in sender]
    d = Draft("donation", gifts[0], s, frm=named[:1] or list(letter.frm), to=list(letter.to),
              date=letter.date, date_inherited=letter.date is not None, clause_start=s.start,
              item_span=(s.start, s.end))
    return [d]


def _contents_of(text: str, s: Sentence, gift: Draft) -> None:
    """2月10日,从甲市寄来的一批纸箱运抵乙市。箱子里,是甲市筹措的1万只口罩: the sentence after a gift
    told without its goods says what the boxes held; those are the gift's goods."""
    if gift.type != "donation" or not CONTENTS.match(text, s.start):
        return
    a, b = gift.item_span or (gift.sentence.start, gift.sentence.end)
    if any(line.quantity is not None for line in itemize(text, a, b)):
        return
    if any(line.quantity is not None for line in itemize(text, s.start, s.end)):
        gift.item_span = (s.start, s.end)
        m = EACH.search(text, s.start, s.end) if len(gift.to) >= 2 else None
        if m:
            gift.each_from = m.end()  # 此次捐赠口罩20万只,向四省各捐5万只: each recipient's share of the gift told before


def _partners_named(found: list[Draft], total: Draft) -> None:
    """向6个中国友城共捐出4万只口罩。甲市向长沙和厦门各捐赠8000只,…: the total's partners are those named next.

    A total told only by country is given the places the next sentence names
    as getting the same giver's gifts in that country.
    """
    if not total.to:
        return  # 向23个国家的41个友城捐赠…。其中,A、B、C各…: a few of many partners, not the total's list
    givers = {r.key or r.name for r in total.frm}
    countries = {r.key for r in total.to}
    named = [r for d in found if d.type == "donation" and {x.key or x.name for x in d.frm} & givers
             for r in d.to if r.country in countries]
    if len({r.key or r.name for r in named}) >= 2:
        total.to = dedupe_refs(named)


def _gift_of_the_thanked(d: Draft, gift: Draft, drafts: list[Draft]) -> Draft:
    """甲向乙市市长致谢, no thanker named: the thanks are for the gift the thanked one gave, which need not be the
    gift told last (乙 gave in April, 甲 had given in February, told after)."""
    thanked = {r.key for r in d.to if r.key}
    if d.trigger.word.kind != "thanks" or d.frm or not thanked or d.defaulted_to \
            or thanked & {r.key for r in gift.frm}:
        return gift
    return next((g for g in reversed(drafts) if g.type == "donation" and g.to and thanked & {r.key for r in g.frm}
                 and not thanked & {r.key for r in g.to}), gift)


def _thanks_for(d: Draft, gift: Draft) -> None:
    """Messages follow the gift: 市长对这份善意表示感谢 goes from its recipient to its giver,
    and a letter the giver wrote (市长在写给X的信中) goes to the recipient.

    Only the sides the sentence leaves unnamed are filled, and only where the
    named side fits the gift.
    """
    gave = {r.key or r.name for r in gift.frm}
    got = {r.key or r.name for r in gift.to} | {r.country for r in gift.to if r.country}
    thanks = d.trigger.word.kind == "thanks"
    if thanks and not d.frm_named and (not d.to or d.defaulted_to or {r.key or r.name for r in d.to} & gave):
        d.frm, d.frm_named = list(gift.to), True
    elif thanks and d.frm and d.to and not d.defaulted_to and {r.key for r in d.frm} <= gave \
            and {r.key for r in d.frm} & {r.key for r in d.to} and not {r.key for r in d.to} <= {r.key for r in d.frm}:
        # 市长对中国政府、尤其是A市长的善举表示感谢: the giver is among the thanked, so the bare 市长 thanking
        # is the recipient's (a party does not thank itself)
        d.frm = list(gift.to)
    if (not d.to or d.defaulted_to) and d.frm:
        sender = {r.key or r.name for r in d.frm} | {r.country for r in d.frm}
        if sender & got:
            d.to, d.defaulted_to = list(gift.frm), False
        elif not thanks and {r.key or r.name for r in d.frm} & gave:
            d.to, d.defaulted_to = list(gift.to), False


# --------------------------------------------------------------------- sentences
def _within(items: list, starts: list[int], a: int, b: int) -> list:
    """Items (sorted by ``start``) that start in ``[a, b)``: a slice, not a scan, so long documents stay linear."""
    return items[bisect_left(starts, a):bisect_left(starts, b)]


# 各地华侨华人也积极行动 / 当地侨胞纷纷…: people, not a place, open the sentence and act
PEOPLE_SUBJECT = re.compile(r"华侨华人|华人华侨|华侨|华人|侨胞|侨界|侨团|留学生|中资企业")


def _people_act(text: str, s: Sentence) -> bool:
    """法国各地华侨华人也积极行动,已向当地医院捐赠口罩: the overseas Chinese act, not the paragraph's place."""
    trig = find_triggers(text, s.start, s.end)
    if not trig:
        return False
    first = s.clauses[_clause_of(s, trig[0].start)]
    head = s.clauses[0]
    # (甲市市长从当地华人商会会长手中接过了口罩: the people who hand the goods over are not the subject)
    return any(PEOPLE_SUBJECT.search(_FROM_HANDS.sub(lambda m: "＿" * len(m.group()), text[c.start:min(c.end, trig[0].start)]))
               for c in (head, first) if c.start < trig[0].start)


_FROM_HANDS = re.compile(r"(?:从|從|自)[^,，。;；]{1,30}?(?:手中|手里|手裡|手上)")


#: 他/她 opening a sentence (the one the sentence before told of)
_HE_OPENS = re.compile(r"[\s”」\"]*(?:他|她)(?!们|們|国|國|人|方)")
#: X(的)市长/主席(某某)(在…)说/表示: the head of the place opening the sentence speaks
_HEAD_SPOKE = re.compile(r"(?:的)?(?:市长|市長|省长|省長|州长|州長|知事|主席|首长|首長|府尹|总督|總督|市议长|议长|議長)"
                         r"[\u4e00-\u9fff·]{0,6}?(?:在[^,，。;；]{0,16}?)?(?:时|時)?(?:说|說|表示|指出|称|稱)")


def _head_spoke(text: str, r: Ref) -> bool:
    """The party opening the sentence is told with its head, who speaks (the title may be part of the mention)."""
    m = _HEAD_SPOKE.search(text, r.start, r.end + 40)
    return m is not None and m.start() <= r.end and not re.search(r"[,，。;；:：“”]", text[r.end:m.start()])


def _no_party_before_verb(text: str, s: Sentence, refs: list[Ref]) -> bool:
    """A sentence that names no party before its first act continues the previous one's subject."""
    trig = find_triggers(text, s.start, s.end)
    if not trig:
        return False
    # (这批口罩从省会X启运: the place the goods leave from is no party acting)
    return not any(r.start < trig[0].start and not departure_place(text, r.start, r.end) for r in refs)


def _masked(s: Sentence, quotes: list[bool], pos: int) -> bool:
    return quotes[pos] or (s.speech_from is not None and pos >= s.speech_from)


def _clause_of(s: Sentence, pos: int) -> int:
    """The clause holding ``pos``; the last one for a position between clauses (at a comma) or after them.

    Clauses are in order and do not overlap, so the scan stops at the first clause starting after ``pos``.
    """
    clauses = s.clauses
    for i, c in enumerate(clauses):
        if pos < c.end:
            return i if c.start <= pos else len(clauses) - 1
    return len(clauses) - 1


# 援助B的 / 捐给B的 / 援B物资: the one the goods are for, inside the phrase that names them
_AID_FOR_BEFORE = re.compile(r"(?:援助|支援|捐助|捐赠给|捐给|赠送给|赠给|赠予|(?<![支救求增声应])援)$")
_AID_FOR_AFTER = re.compile(r"的|(?:抗疫|防疫|医疗)?物资")


# 对A向B提供的物资表示感谢: B is who the thanked gift went to
_GIVEN_TO_AFTER = re.compile(r"[^,，。;；]{0,8}?(?:提供|捐赠|援助|赠送|捐助|捐献|寄来|送来)(?:了)?的")


def _thanked_gift_receiver(text: str, d: Draft) -> None:
    """A致辞时,对B向A国提供的大批物资表示感谢: the place the thanked gift was given to (向X提供的, inside the
    对 phrase) is the side that thanks, not one thanked."""
    if d.type != "message" or len(d.to) < 2:
        return
    start = text.rfind("对", d.clause_start, d.trigger.start)
    if start < 0:
        return
    got = [r for r in d.to if start < r.start < d.trigger.start and text[r.start - 1:r.start] in ("向", "给")
           and _GIVEN_TO_AFTER.match(text, r.end)]
    if got and len(got) < len(d.to):
        d.to = [r for r in d.to if r not in got]
        if not d.frm:
            d.frm = got


#: 同乡会联同新州多个侨团募得善款…寄往X: the community bodies of a place joined by an unnamed association
_JOINED_BEFORE = re.compile(r"(?:联同|会同|联合)了?$")
_JOINED_BODIES = re.compile(r"(?:的)?(?:多个|各个|各|众多|多家|当地|[一二三四五六七八九十两数几\d]+个|[一二三四五六七八九十两数几\d]+家)?"
                            r"(?:华人社团|华人团体|华侨团体|侨团|社团|侨社|华社|团体|商会)")


def _joined_bodies_place(text: str, start: int, end: int, refs: list[Ref]) -> Ref | None:
    """The place whose community bodies an association acted together with (…联同新州多个侨团…), between start and end."""
    for r in refs:
        if start <= r.start < end and r.key and r.marker in (None, "with") and _JOINED_BEFORE.search(text, max(0, r.start - 3), r.start) \
                and _JOINED_BODIES.match(text, r.end):
            return r
    return None


def _giver_joined_bodies(text: str, s: Sentence, d: Draft, refs: list[Ref]) -> None:
    """同乡会已联同新州多个侨团募得善款,采购防护物资寄往X: no giver named but an association that acted with a
    place's community bodies; that place gave."""
    if d.type != "donation" or any(r.key for r in d.frm):
        return
    r = _joined_bodies_place(text, s.start, d.trigger.start, refs)
    if r is not None and all(r.key != x.key for x in d.to):
        d.frm = [r]


def _giver_by_the_verb(text: str, d: Draft) -> None:
    """其中A出资4万只,N只由B捐赠: the giver the clause names with 由 right before its gift verb gave this part;
    a giver of the clauses before is not one of its sides."""
    if d.type != "donation" or len(d.frm) < 2:
        return
    own = [r for r in d.frm if d.clause_start <= r.start < d.trigger.start
           and _BY_GIVER_BEFORE.search(text, max(d.clause_start, r.start - 2), r.start)
           and re.fullmatch(r"[^,，。;；]{0,6}", text[r.end:d.trigger.start])]
    if own and len(own) < len(d.frm):
        d.frm = own


def _aid_phrase_recipient(text: str, d: Draft, refs: list[Ref]) -> None:
    """一批由A援助B的抗疫物资经C转交: the goods moved or handed over, with no recipient read for the verb,
    are named by a phrase that says whom they are for; B got them (C only handed them over)."""
    if d.type != "donation" or d.to or d.trigger.word.direction not in ("ship", "recv", "goods"):
        return
    giver = {id(r) for r in d.frm}
    for r in refs:
        if d.clause_start <= r.start < d.trigger.start and id(r) not in giver and r.marker in (None, "to") \
                and _AID_FOR_BEFORE.search(text, max(0, r.start - 3), r.start) and _AID_FOR_AFTER.match(text, r.end):
            d.to, d.defaulted_to = [r], False
            return


#: 甲对乙的援助 / 甲对乙的第二批捐赠物资: between the place after 对 and the aid noun, only 的 and a few words
_DUI_AID_GAP = re.compile(r"(?:的)(?:[^,，。;；:：的]{0,6}?)$")


def _aid_to_whom_named_with_dui(text: str, found: list[Draft], s_refs: list[Ref]) -> None:
    """济南对雷根斯堡的援助已送达: a gift named as a noun after 甲对乙的 goes to 乙 (对 otherwise only says what a
    word is about: 对乙表示感谢 is read by the message rules)."""
    for d in found:
        if d.type not in ("donation", "aggregate") or (d.to and not d.defaulted_to) or not d.frm:
            continue
        r = next((r for r in s_refs if r.marker == "about" and r.start > max(f.end for f in d.frm) - 1
                  and r.end <= d.trigger.start and text[r.start - 1:r.start] == "对"
                  and _DUI_AID_GAP.search(text, r.end, d.trigger.start)), None)
        if r is not None and r.key not in {f.key for f in d.frm} and not _THANKS_FOR_IT.match(text, d.trigger.end):
            d.to, d.defaulted_to = [r], False


#: 对乙的援助表示感谢: the aid named is what thanks are said for (乙's gift), no gift to 乙
_THANKS_FOR_IT = re.compile(r"[^,，。;；]{0,8}?(?:表示|致以|深表|表达|致)?(?:了)?(?:衷心|诚挚|真诚|由衷|深深)?(?:的)?(?:感谢|谢意|致谢|感激|谢忱)")

def _sentence_drafts(text, s, refs, quotes, dates, quantities, publisher, context, carried=None) -> list[Draft]:
    split_paired_clauses(text, s, refs)
    split_told_parts(text, s)
    found = [t for t in find_triggers(text, s.start, s.end) if not aside(text, s.start, t.start)]
    triggers = [t for t in found if not _masked(s, quotes, t.start) or spoken_message(s, quotes, t, text)
                or _told_as_done(text, s, refs, quotes, t)]
    if not triggers:
        return _quoted_own_acts(text, s, refs, quotes, found, dates, [])
    # X表示,…,并向Y表达了感谢: thanks said by the speaker are the speaker's act; its clause is read too
    spoken = [s.clauses[_clause_of(s, t.start)] for t in triggers if _masked(s, quotes, t.start)]
    # (X说,甲市以及乙市,正分头把口罩寄来: the givers open the clause before the one under way)
    spoken += [s.clauses[_clause_of(s, t.start) - 1] for t in triggers if _masked(s, quotes, t.start)
               and t.word.word in _SENT_ON_THE_WAY and _clause_of(s, t.start) > 0
               and _ON_THE_WAY.match(text, s.clauses[_clause_of(s, t.start)].start)]
    # (X表示,A向B捐赠的物资,包括…,昨日由Y机场发出: the goods' departure reads its parties from the gift phrase before)
    spoken += [c for t in triggers if _masked(s, quotes, t.start) and (moved(t) or _arrived_too(text, s, t))
               for c in s.clauses if s.speech_from is not None and s.speech_from <= c.start < t.start]
    # (县府表示,A市议长也于上周致电B镇长,表达谢意: the call told before the thanks names who thanked whom)
    spoken += [c for t in triggers if _masked(s, quotes, t.start) and t.type == "message" and t.word.kind == "thanks"
               for c in s.clauses if s.speech_from is not None and s.speech_from <= c.start and c.end <= t.start
               and not _clause_of(s, c.start) == _clause_of(s, t.start) and CALLED_OR_WROTE.search(text, c.start, c.end)]
    # (部里指出,甲县日前透过乙处表示,县内口罩不足,希望丙协助: the one telling inside the speech asks; its clause is read)
    spoken += [c for t in triggers if _masked(s, quotes, t.start) and t.type == "request"
               for c in s.clauses if s.speech_from is not None and s.speech_from <= c.start and c.end <= t.start
               and _TELLER_CLAUSE.fullmatch(text, c.start, c.end)]
    # (某某说,甲市在疫情最严重时,曾收到乙地捐赠的物资: the party opening the time clause before acts in the speech)
    for t in triggers:
        ci = _clause_of(s, t.start)
        if ci == 0 or s.speech_from is None or not _masked(s, quotes, t.start):
            continue
        before = s.clauses[ci - 1]
        if s.speech_from <= before.start and any(r.start == before.start for r in refs) \
                and _WHEN_CLAUSE.search(text, before.start, s.clauses[ci].start):
            spoken.append(before)
    # (X表示,A的第二批物资已在途中,目的地包括B、C: where the goods told of are bound is read too)
    for t in triggers:
        bound = _masked(s, quotes, t.start) and (GOODS_STATE.fullmatch(t.word.word) or moved(t)) \
            and _bound_clause(text, s, _clause_of(s, t.start))
        if bound:
            k = s.clauses.index(bound)
            spoken.append(bound)
            while k + 1 < len(s.clauses) and _LIST_GOES_ON.match(text, s.clauses[k + 1].start):
                k += 1
                spoken.append(s.clauses[k])
    s_refs = [r for r in refs if s.start <= r.start < s.end and (
        not _masked(s, quotes, r.start) or any(c.start <= r.start < c.end for c in spoken)
        or _cheered(text, r))]  # 说「X加油」: the cheer names whom it is for
    for r in s_refs:
        if _cheered(text, r) and r.marker is None:
            r.marker = "to"
    by_clause: dict[int, list[Trigger]] = {}
    for t in triggers:
        by_clause.setdefault(_clause_of(s, t.start), []).append(t)
    out: list[Draft] = []
    for ci, ts in sorted(by_clause.items()):
        clause = s.clauses[ci]
        ts = [t for t in ts if _asserted(text, s, clause, t)]
        for t in _pick(text, clause, ts):
            d = Draft(t.type, t, s, clause_start=clause.start)
            if t.type == "request":
                later = [u for u in triggers if u.type != "request" and u.start > t.start] + \
                        [u for u in triggers if u.type != "request" and _clause_of(s, u.start) == ci]
                d.requested = later[0].type if later and later[0].type != "donation" else "supplies"
                if re.search(r"经验|视频|连线", t.word.word):
                    d.requested = "consultation"  # 希望X分享防疫经验: what is asked for is a meeting
            prev = out[-1].subject if out and _clause_of(s, out[-1].trigger.start) == ci - 1 else None
            _roles(text, s, ci, d, s_refs, publisher, by_clause, carried, prev)
            _aid_phrase_recipient(text, d, s_refs)
            _caller_of_reported_thanks(text, s, d, s_refs)
            _giver_by_the_verb(text, d)
            _giver_joined_bodies(text, s, d, refs)
            _thanked_gift_receiver(text, d)
            _aggregate(text, s, ci, d, quantities, by_clause)
            zh_home_of_total(text, d, publisher, s_refs)
            d.date = _date_for(s, ci, t, dates, quotes)
            d.each_date = _dates_in_turn(text, s, t, dates, quotes)
            _acts_on_days_listed(text, s, d)
            out.append(d)
    _joined_gift_goes_on(text, s, out)
    out = _givers_named_after(text, s, out, s_refs)
    handed = _HANDED_ON_LOCALLY.search(text, s.start, s.end)
    if handed is not None:  # 这批口罩已转赠社区卫生团体:甲地N只,乙分会送出N只: the goods handed on at home
        out = [d for d in out if not (d.type == "donation" and d.trigger.start >= handed.start())]
    out = _post_carries_thanks(text, s, refs, out)
    _asked_to_share_with(text, refs, out)
    if any(d.type == "medical_team" for d in out):
        # 专家组从福州出发,飞往米兰,支援意大利北部疫情防控: what the team goes to do, not goods given
        out = [d for d in out if not (d.type == "donation" and d.trigger.word.word in TEAM_ERRAND
                                and not _items_in_clause(text, s, d.trigger.start))]
    out = _shares_of_named_giver(text, s, out, s_refs)
    out = _logistics_told(text, s, out)
    out = _recording_sent(text, s, out)
    _meeting_parties_listed(text, s, out, s_refs)
    _country_givers_named_after(text, s, out, s_refs)
    _team_named_by_place(text, out, s_refs)
    _team_landed_and_chosen(text, s, out, s_refs)
    out = _drop_parts(text, s, out)
    _parallel_total_receiver(text, out)
    out = _lead_of_parts(text, s, out)
    out = _total_of_aid_at_home(out)
    _next_gift_of_the_giver(text, out)
    out = _drop_route(text, out)
    out = _same_goods_on_their_way(text, s, out)
    _taken_in_after_arrival(text, s, out, s_refs)
    _arrived_then_handed_out(text, s, out, s_refs)
    _announced_by_receiver(s, out, s_refs)
    out += _before_us(text, s, out, refs, dates)
    out += _quoted_own_acts(text, s, refs, quotes, found, dates, out)
    _item_spans(text, s, out)
    out += _rest_each_their_share(text, s, out, s_refs)
    out = _bare_shares(text, s, out, s_refs)
    out = _gift_phrases_listed(text, s, out, s_refs)
    # A clause that asks for something absorbs the other triggers around it (请求举行视频会 is a request).
    if any(d.type == "request" for d in out):
        vehicles = [d for d in out if d.type == "message" and d.trigger.word.kind is None]
        out = [d for d in out if d.type == "request" or not _absorbed_by_request(d, out)]
        out = [d for d in out if not (d.type == "consultation" and _call_frames_the_ask(text, s, d, out))]
        # 致信…介绍口罩紧缺,希望得到援助: the letter is the request's vehicle, not a second act
        letters = [d for d in out if d.type == "message" and d.trigger.word.kind is None]
        for d in out:  # (探询对方能否援助, the letter absorbed by the request: it still tells who wrote to whom)
            if d.type == "request" and vehicles and vehicles[0].to and not letters:
                _asked_back(d, vehicles[0])
        writ = (letters or vehicles)[:1]
        for d in out:  # 甲市市长致函乙市长,介绍甲市及丙区疫情,希望乙市…给予支持: the writer asks, not a place described
            if d.type == "request" and writ and writ[0].frm and {r.key for r in d.to} & {r.key for r in writ[0].to} \
                    and not {r.key for r in d.frm} & {r.key for r in writ[0].frm} \
                    and {r.country for r in d.frm} <= {r.country for r in writ[0].frm} \
                    and not any(d.trigger.start <= r.start < d.trigger.end for r in d.frm):
                d.frm = list(writ[0].frm)
        out = [d for d in out if d not in letters]
        for d in out:  # 致函X,询问能否提供: the request goes where the letter went
            if d.type == "request" and letters and letters[0].to:
                _letter_asks(text, d, letters[0])
    return _collapse(out, text)


#: a clause that only names who tells what follows (甲县日前透过乙处表示)
_TELLER_CLAUSE = re.compile(r"[^,，。;；:：]{2,40}?(?:表示|称|說|说|指出|透露)\s*")


#: 询问能否为甲州援助 / 希望…为甲州筹措: the place the help is for, inside the request's words
_HELP_FOR = re.compile(r"为\s*$")
#: 表达了甲市对口罩的需求: the place whose need is told (right before 对) is the asker
_NEED_OF = re.compile(r"\s*(?:市|省|州|方|政府|市政府|人民)?(?:对|对于|對|對於)")


def _asked_back(d: Draft, letter: Draft) -> bool:
    """探询对方能否援助: 对方 read as the letter's addressee names it on both sides of the request; the asker is
    the letter's writer.  True where the request was put right."""
    keys_letter = {r.key for r in letter.to}
    if d.frm and d.to and {r.key for r in d.to} == {r.key for r in d.frm} == keys_letter:
        d.frm = [r for r in letter.frm if r.key not in keys_letter]
        return True
    return False


def _letter_asks(text: str, d: Draft, letter: Draft) -> None:
    """致函X,询问能否提供: the request goes where the letter went. The place the help is asked for (询问能否为甲州
    援助口罩) is the asker, not the one asked; one asked that is the asker too (探询对方能否援助: 对方 read as the
    letter's addressee) is the letter's addressee asked by the letter's writer."""
    keys_to = {r.key for r in d.to}
    keys_letter = {r.key for r in letter.to}
    if _asked_back(d, letter):
        d.to, d.defaulted_to = letter.to, letter.defaulted_to
    elif not d.to or d.defaulted_to:
        d.to, d.defaulted_to = letter.to, letter.defaulted_to
    elif all(d.trigger.start <= r.start < d.trigger.end and (_HELP_FOR.search(text, d.trigger.start, r.start)
                                                         or _NEED_OF.match(text, r.end))
             for r in d.to) and not keys_to & keys_letter:
        d.frm, d.to, d.defaulted_to = d.to, letter.to, letter.defaulted_to
        d.frm_named = True


#: a message told as a post or a recording made public (官网发文, 在推特上发文, 发布视频): its words may follow
_POSTED = frozenset({"web", "social_media", "video"})
#: thanks opening quoted words (:“感谢…” / 「谢谢…」), or the quotation right after 感谢 (感谢“来自X的朋友”)
_QUOTED_THANKS = re.compile(r"[:：]?\s*[“「『]\s*(?:衷心|真诚|诚挚|非常|十分|再次)?(?:感谢|谢谢|致谢)"
                            r"|(?:感谢|谢谢)\s*[“「『]")
#: between 感谢 and the one thanked inside the quotation: 我们的 / 我们在 / 来自 / 亲爱的
_THANKED_LEAD = re.compile(r"\s*[“「『]?\s*(?:我们|我們)?(?:的|在)?(?:亲爱的|姊妹|姐妹|友好)?(?:省|市|城市|县|州)?"
                           r"(?:来自)?\s*$")


def _thanked_in_quote(text: str, d: Draft, refs: list[Ref]) -> Ref | None:
    """X在推特上发文:「感谢我们的姊妹省Y,…」 / X发文感谢“来自Y的朋友”: the one named first after the thanks
    that open the quoted words is the one thanked (names in quotes are not read as parties elsewhere)."""
    s = d.sentence
    m = _QUOTED_THANKS.search(text, d.trigger.start, s.end)
    if m is None or re.search(r"[。;；]", text[d.trigger.end:m.start()]) or m.start() - d.trigger.end > 12:
        return None
    for r in refs:
        if m.end() <= r.start <= m.end() + 12 and r.key and _THANKED_LEAD.fullmatch(text, m.end(), r.start):
            return r
    return None


#: 希望Y(能)与X分享经验: Y is asked to share with X, the one asking (与 names no partner met here)
_SHARE_WITH_ASKER = re.compile(r"(?:能够?|可以|能否|继续)?(?:与|同|和|跟|向)")
_SHARE_AFTER = re.compile(r"(?:分享|交流|介绍)")


def _asked_to_share_with(text: str, refs: list[Ref], out: list[Draft]) -> None:
    """希望Y能与X分享防控经验: a request from X (the beneficiary named after 与) to Y (the one hoped to share)."""
    for d in out:
        if d.type != "request" or not d.trigger.word.word.startswith("希望"):
            continue
        inside = [r for r in refs if d.trigger.start < r.start < d.trigger.end and r.key]
        for y, x in zip(inside, inside[1:]):
            if y.start == d.trigger.start + 2 and _SHARE_WITH_ASKER.fullmatch(text, y.end, x.start) \
                    and _SHARE_AFTER.match(text, x.end) and x.key != y.key:
                d.frm, d.to, d.defaulted_to = [x], [y], False
                break


def _post_carries_thanks(text: str, s: Sentence, refs: list[Ref], out: list[Draft]) -> list[Draft]:
    """X在官网发文,感谢Y… / X在推特发布影片,…,感谢Y…: the post is how the thanks were said; one message, sent
    by the one who posted, to the one thanked, by the post's medium (not a second message, nor a letter of
    unknown medium told elsewhere)."""
    msgs = [d for d in out if d.type == "message"]
    if not msgs or not any(d.trigger.word.medium in _POSTED for d in msgs):
        return out
    for d in msgs:
        r = _thanked_in_quote(text, d, refs)
        sender = {x.key for x in d.frm if x.key}
        if r is not None and r.key not in sender and (not d.to or d.defaulted_to or all(
                x.key in sender or (x.country and x.country in {y.country for y in d.frm}) for x in d.to)):
            d.to, d.defaulted_to = [r], False
    drop = []
    for p in msgs:
        if p.trigger.word.medium not in _POSTED or p in drop:
            continue
        later = [t for t in msgs if t.trigger.start > p.trigger.end and t not in drop]
        t = later[0] if later else None
        if t is None or t.trigger.word.kind != "thanks" or t.trigger.word.medium:
            continue
        if p.frm and t.frm and {x.key for x in p.frm} != {x.key for x in t.frm} and any(
                s.clauses[_clause_of(s, t.trigger.start)].start <= x.start < t.trigger.start for x in t.frm):
            continue  # …;Y市长也感谢…: the thanks of another, in a clause of its own
        frm = p.frm or t.frm
        sender = {x.key for x in frm if x.key}
        to = next((c for c in (t.to, p.to) if c and not {x.key for x in c} & sender), t.to or p.to)
        t.frm, t.to = frm, to
        t.defaulted_to = t.defaulted_to if to is t.to else p.defaulted_to
        t.trigger = _with_medium(t.trigger, p.trigger.word.medium)
        t.date = t.date or p.date
        drop.append(p)
    return [d for d in out if d not in drop]


# …,并捐赠2万只口罩 / …,同时还捐赠了一批防护服: a gift joined on to the act before, with no party of its own
_JOINED_GIFT_OPEN = re.compile(r"\s*(?:并且?|同时|还|另外|此外|随后|随即)[,，]?\s*(?:还|也|又|另)?(?:已|已经|再)?$")


def _joined_gift_goes_on(text: str, s: Sentence, out: list[Draft]) -> None:
    """A市长致信B市长,对该市疫情表示慰问,并捐赠1万只口罩: the gift joined by 并 names neither side; it goes
    to whom the act before in the sentence went, from the same subject."""
    for i, d in enumerate(out):
        if d.type != "donation" or (d.to and not d.defaulted_to) or not d.frm:
            continue
        clause = s.clauses[_clause_of(s, d.trigger.start)]
        if not _JOINED_GIFT_OPEN.fullmatch(text, clause.start, d.trigger.start) \
                or not find_items(text, d.trigger.end, clause.end):
            continue
        prev = next((p for p in reversed(out[:i]) if p.type in ("message", "donation") and p.to and not p.defaulted_to), None)
        if prev is not None and prev.frm and _same_refs(d.frm, prev.frm):
            d.to, d.defaulted_to = prev.to, False


#: 这批口罩已转赠社区卫生团体 / 这些物资随后分发给当地医院: the goods received, handed on to local bodies
_HANDED_ON_LOCALLY = re.compile(r"(?:这批|该批|此批|这些|上述)(?:捐赠的?)?(?:口罩|物资|防护用品|货物)[^,，。;；]{0,8}?"
                                r"(?:转赠|转交|转给|分发给|分送给?|发放给|转送给?)(?:了)?(?:当地)?(?:的)?"
                                r"(?:社区|医院|卫生|团体|机构|居民|市民|一线|养老|学校|慈善|诊所)")
#: 捐赠方分别是A、B和C / 捐赠者是A: the givers named as such after the goods received
_GIVERS_NAMED = re.compile(r"(?:捐赠|捐助|援助|捐赠物资的)(?:方|者|人|单位|城市)(?:分别|依次|则|均|主要)?(?:是|为)")


def _givers_named_after(text: str, s: Sentence, out: list[Draft], refs: list[Ref]) -> list[Draft]:
    """A先后收到四批来自友城的捐赠,捐赠方分别是B、C和D / A接收了一批口罩,捐赠者是B: the parties after the
    giver noun gave what A received; the noun itself is no act."""
    m = _GIVERS_NAMED.search(text, s.start, s.end)
    if m is None:
        return out
    clause = s.clauses[_clause_of(s, m.start())]
    named = [r for r in refs if m.end() <= r.start < clause.end]
    out = [d for d in out if not (m.start() <= d.trigger.start < m.end())]
    if not named:
        return out
    for d in out:
        if d.type in ("donation", "aggregate") and d.trigger.start < m.start() and d.to \
                and (not d.frm or all(r.level == "country" for r in d.frm) or _giver_outside(s, d)) \
                and not {r.key for r in d.to} & {r.key for r in named}:
            d.frm, d.frm_named = list(named), True
    return out


def _giver_outside(s: Sentence, d: Draft) -> bool:
    """X客户端5月2日讯 近日,A接收了口罩,捐赠方为B: a giver read outside the clause of the act (a dateline, an
    outlet's name) gives way to the one the giver noun names."""
    c = s.clauses[_clause_of(s, d.trigger.start)]
    # (the page's own place by default stands at no place of the text)
    return all(r.end == r.start or not (c.start <= r.start < c.end) for r in d.frm)


def _ceremony_of_told_gift(text: str, s: Sentence, d: Draft, drafts: list[Draft]) -> bool:
    """A…捐赠的口罩已在B完成交接。B市长出席交接仪式,感谢A: the ceremony of a gift told just before, naming no
    goods of its own, is that gift's handover (the thanks said there are the message), not a second gift."""
    if d.type != "donation" or "仪式" not in d.trigger.word.word or _items_in_clause(text, s, d.trigger.start):
        return False
    got = {r.key for r in d.to if r.key}
    return bool(got) and any(g.type == "donation" and g.sentence.paragraph == s.paragraph and g.frm
                             and got & {r.key for r in g.to if r.key} for g in drafts[-3:])


def _items_in_clause(text: str, s: Sentence, pos: int):
    """The items named in the clause that holds pos."""
    c = s.clauses[_clause_of(s, pos)]
    return find_items(text, c.start, c.end)


# a gift told as done: DONE_MARK (曾/已/了) with the verb, or a counted good right after it
def _told_as_done(text: str, s: Sentence, refs: list[Ref], quotes: list[bool], t: Trigger) -> bool:
    """X市长表示,日本Y市曾于2月寄来3000片口罩,Z市也回赠1万片口罩给Y市: reported speech (no quotation
    marks) that tells a gift done, in a clause opening with its own named giver, is a fact like any other."""
    if t.type == "request" and s.speech_from is not None and t.start >= s.speech_from and not quotes[t.start]:
        # X表示,专家组是A应B请求派出的: the ask that made a team go, told as the reason, happened
        clause = s.clauses[_clause_of(s, t.start)]
        if _ASKED_IN_WORDS.search(text, s.start, clause.start) and clause.start <= t.start <= clause.start + 2:
            return True  # X曾向中方表示,希望获得试剂方面的支持: telling the one asked what one hopes for is the ask
        if t.word.word.startswith("希望") and any(t.start < r.start < t.end and r.key for r in refs) \
                and clause.start <= t.start <= clause.start + 2:
            return True  # X表示,本市急需试剂,希望得到Y的帮助: the one asked is named in the wish itself
        if _ASKED_BY_BEFORE.search(text[clause.start:t.start]) and _clause_of(s, t.start) > 0 \
                and _SENT_THEN_ASKED.fullmatch(text, s.clauses[_clause_of(s, t.start) - 1].start, t.start):
            return True  # X表示,A派出专家组,是应B的请求: the sending told first, then the ask it answered
        opener = [r for r in refs if clause.start <= r.start < t.start and r.marker is None and r.key
                  and _clause_initial(text, s, r)]
        if opener and _CAME_BEFORE.fullmatch(text, opener[0].end, t.start) and "曾" in text[opener[0].end:t.start] \
                and any(t.start < r.start < t.end and r.key for r in refs) and not PLAN.search(text, clause.start, t.end):
            return True  # X说,甲市在3月底曾请乙协助提供物资: an ask recalled with 曾, the one asked named in it, happened
        return bool(_ASKED_BY_BEFORE.search(text[clause.start:t.start])) and bool(ANSWERED_ASK.match(text, t.end))
    if t.type == "request" and quotes[t.start]:
        return _quoted_answered_ask(text, s, t)
    if t.type == "message" and s.speech_from is not None and t.start >= s.speech_from and not quotes[t.start]:
        # X说,今年初…期间,甲曾向乙表达慰问: the speaker recalls a message sent before, told as done
        clause = s.clauses[_clause_of(s, t.start)]
        opener = [r for r in refs if clause.start <= r.start < t.start and r.marker is None and r.key
                  and _clause_initial(text, s, r)]
        return bool(opener) and not PLAN.search(text, clause.start, t.end) and (
            bool(_SENT_BEFORE_TO.fullmatch(text, opener[0].end, t.start))
            # (X说,甲市在2月曾专门发来慰问信: a message that came in, the one it came to told by the page)
            or (t.word.direction == "in" and bool(_CAME_BEFORE.fullmatch(text, opener[0].end, t.start))))
    if t.type != "donation" or s.speech_from is None or t.start < s.speech_from or quotes[t.start]:
        return False
    ci = _clause_of(s, t.start)
    clause = s.clauses[ci]
    start = clause.start
    k = ci  # (…,其中向A捐赠6万只、向B捐赠4万只: the later shares go on the list 其中 opened)
    while k > 1 and not _SHARE_OPENS.match(text, s.clauses[k].start) and re.match(r"\s*(?:向|给)", text[s.clauses[k].start:]) \
            and text[s.clauses[k].start - 1] in "、，,":
        k -= 1
    if k > 0 and s.clauses[k - 1].start >= s.speech_from and _SHARE_OPENS.match(text, s.clauses[k].start) \
            and DONE_MARK.search(text, s.speech_from, s.clauses[k].start) and not PLAN.search(text, s.speech_from, t.end):
        return True  # X表示,已向40个友城捐赠口罩共90万只,其中向A捐赠6万只: a share of the total told as done
    if ci > 0 and clause.start >= s.speech_from and t.word.direction == "recv" \
            and _SHARE_RECEIVED.match(text, clause.start, t.end) \
            and DONE_MARK.search(text, s.speech_from, clause.start) and not PLAN.search(text, s.speech_from, t.end):
        return True  # X表示,已向A、B等友城捐出口罩共N万只,其中A获赠M万只: the share one partner got, told as done
    if _arrived_too(text, s, t):
        start = s.clauses[ci - 1].start  # X表示,A捐赠的口罩已于4日入境,并运抵B: the goods the clause before named
    if ci > 0 and s.clauses[ci - 1].start >= s.speech_from and re.match(r"\s*(?:向|给|为)", text[clause.start:clause.end]) \
            and start == clause.start:
        start = s.clauses[ci - 1].start  # X表示,市府已经由Y协助,向A、B捐出…: the giver opens the clause before
    on_way = _ON_THE_WAY.match(text, clause.start)
    if on_way is not None and ci > 0 and s.clauses[ci - 1].start >= s.speech_from:
        start = s.clauses[ci - 1].start  # X说,甲市以及乙市,正分头把口罩寄来: the givers open the clause before
    opener = [r for r in refs if start <= r.start < t.start and r.marker is None and (
        _clause_initial(text, s, r) or PARTNER_LABEL.fullmatch(text, s.clauses[_clause_of(s, r.start)].start, r.start))]
    if not opener and ci > 0:  # X表示,同乡会已联同新州多个侨团募得善款,采购物资寄往Y: the bodies' place gave
        joined = _joined_bodies_place(text, s.speech_from, t.start, refs)
        if joined is not None:
            opener, start = [joined], s.clauses[_clause_of(s, joined.start)].start
    # X表示,今年2月甲市向乙市捐赠口罩时,…: an act recalled as the time of what the speaker felt, dated in the past
    when = [r for r in refs if start <= r.start < t.start and r.marker is None and r.key
            and _PAST_TIME_OPENS.fullmatch(text, start, r.start)] if _RECALLED_WHEN.match(text, t.end, clause.end + 1) else []
    recalled = bool(when) and not opener
    opener = opener or when
    if not opener or PLAN.search(text, start, t.end):
        return False
    sending = on_way is not None and t.word.word in _SENT_ON_THE_WAY
    return bool(DONE_MARK.search(text, start, t.end + 1)) or sending or recalled \
        or _counted_goods_after(text, t.end, clause.end)


#: (甲向乙捐赠口罩)时, / 之时,: the gift told as the time of what follows
_RECALLED_WHEN = re.compile(r"[^,，。;；“”「」]{0,12}?(?:之时|时|時)\s*[,，]")
#: 今年2月 / 2月 / 年初 / 去年: a past time opening the clause before its giver
_PAST_TIME_OPENS = re.compile(r"\s*(?:(?:今年|去年)(?:年初|初)?|年初)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:初|中|底|份|上旬|中旬|下旬)?)?[,，]?\s*(?<=[年初月旬底份中,，])\s*")


#: (甲)也曾向乙(表达慰问): a message the clause's opener sent before, to the party after 向
_SENT_BEFORE_TO = re.compile(r"(?:也|还)?(?:曾经|曾)(?:向|给)[^,，。;；“”「」]{1,16}?")
#: 甲市在2月曾专门(发来慰问信) / 甲市1月也曾(来函): a time told, then 曾, before a message that came in
_CAME_BEFORE = re.compile(r"(?:(?:在|于|於)?[^,，。;；“”「」向给]{1,8}?)?(?:也|还)?(?:曾经|曾)(?:专门|特地|特意|主动|先后)?")
#: X说,甲市以及乙市,正分头把口罩寄来: goods being sent as the speaker tells it, a gift under way
_ON_THE_WAY = re.compile(r"\s*(?:正在|正|都在|也在)(?:分头|各自|分别)?")
_SENT_ON_THE_WAY = frozenset("寄来 寄出 寄送 运送 运来 送来 发来 发运".split())


def _quoted_answered_ask(text: str, s: Sentence, t: Trigger) -> bool:
    """“这支专家组是A应B请求派出的。”X表示: quoted words telling why a team was sent tell an ask that
    happened (who asked, whom), however the quotation is set."""
    clause = s.clauses[_clause_of(s, t.start)]
    return bool(_ASKED_BY_BEFORE.search(text[clause.start:t.start])) and bool(ANSWERED_ASK.match(text, t.end)) \
        and re.search(r"(?:专家组|医疗队|工作组|团队)", text[clause.start:t.start]) is not None


# 姊妹城市A市捐赠的… / 友城A市寄来的…: the partner named by its tie first still opens the clause
PARTNER_LABEL = re.compile(r"\s*(?:(?:姊妹|姐妹|友好)(?:城市|省州|省|州|市)|友城)")
# 并运抵 / 并以货车运抵 / 随后运抵: a clause carrying on the goods' way, with no subject of its own
ARRIVED_TOO = re.compile(r"\s*(?:并|随后|随即|后)[^,，。;；]{0,6}?(?:运抵|抵达|飞抵)")


def _arrived_too(text: str, s: Sentence, t: Trigger) -> bool:
    """X表示,A捐赠的口罩已于4日入境,并运抵B: the arrival carries on the clause before, spoken as well."""
    ci = _clause_of(s, t.start)
    return t.word.word in ARRIVAL_VERBS and ci > 0 and s.speech_from is not None \
        and bool(ARRIVED_TOO.match(text, s.clauses[ci].start)) and s.clauses[ci - 1].start >= s.speech_from


#: A(此次)派出专家组,是应B(的)请求: the clause that sends the team, then the one that names the ask
_SENT_THEN_ASKED = re.compile(r"[^,，。;；]{0,16}?(?:派出|派遣|选派|派往)[^,，。;；]{0,8}?(?:专家组|医疗队|工作组|团队)\s*[,，]\s*"
                              r"(?:这|此|则|乃)?(?:是|系)应[^,，。;；]{1,12}")
# (应X请求)派出的 / 而派遣: the ask was answered by sending
ANSWERED_ASK = re.compile(r"[^,，。]{0,4}?(?:派出|派遣|选派|组建|派往|派)")


# 受A委托 / 受A之托 / 应A委托: A gave the errand
_ENTRUSTED_BY = re.compile(r"(?:受|应|應)$")
_ENTRUSTS = re.compile(r"[^,，。;；受应]{0,8}?(?:的)?(?:委托|委託|之托|之託|嘱托|囑託)")
# 交由X / 交予X / 移交X / 转交X: whom the goods are handed to
HANDED_TO = re.compile(r"(?:交由|交予|移交|转交)(?:给|予)?$")
HAND_OVER = frozenset("转交 移交 交付 转送 交给 递交".split())
# (the family of gift verbs: 捐出, 寄赠, 致赠, 赠予 … name the giver the same way)
GIFT_VERBS = "捐赠|捐助|捐献|赠送|援助|捐出|寄赠|致赠|赠予|赠与|馈赠|拨赠|捐送|送赠|援赠|回赠"
# (A)向B捐赠的口罩近日由C转交 / (A)送给B的5000只口罩,已由C企业运抵: the gift phrase of A, then the one (由/经由)
# who hands the goods over or carries them, at most one comma later
_GIFT_PHRASE_THEN_BY = re.compile(rf"[^,，。;；]{{0,10}}?(?:{GIFT_VERBS}|送给|赠给|捐给|寄给)[^,，。;；]{{0,16}}?的"
                                  r"[^,，。;；]{1,20}?[,，]?[^,，。;；由]{0,12}?(?:经由|由)\s*")
# (A与)B已各自寄出 / (A与)B一道,捐赠了 / (A和)B分别向C捐赠: the party after 与 gives along with the one before
JOINT_GIVERS_AFTER = re.compile(r"\s*(?:(?:驻[\u4e00-\u9fff]{1,6}?)?(?:大使馆|總領事館|总领事馆|领事馆|使馆|人民政府|政府))?"
                                # (B 3月26日联合向X捐赠 / B早前联合向X捐赠: when, between the second giver and 联合)
                                r"\s*(?:[,，]\s*)?(?:(?:\d{1,2}月)?\d{1,2}日|早前|日前|近日|近期|此前|先前|之前|上周|上月)?"
                                r"(?:已经?|也|亦|还|均|都|曾)?(?:各自|分别|一道|一同|一起|共同|联合|携手)\s*[,，]?"
                                # (共同向法国某大区捐赠: the taker between 向 and the verb may be long)
                                r"(?:[^,，。;；]{0,10}?|(?:向|给|为)[^,，。;；]{1,24}?)"
                                rf"(?:{GIFT_VERBS}|寄出|送出|寄去|送去|寄来|送来|运送|捐款|寄赠)"
                                # (A与B寄来的口罩: a gift verb right after the second name, then 的: both sent the goods)
                                rf"|\s*(?:(?:已经?|所|共同)?(?:{GIFT_VERBS}|寄出|送出|寄来|送来)(?:了)?的)")
# (A、B)等均在受援之列 / 都是受援对象: the list names the places given to
AMONG_RECIPIENTS_AFTER = re.compile(r"\s*(?:等(?:地|国|城市|友城|国家|地区)?)?\s*(?:均|都|也|亦)?(?:在|属|属于|为|是|列入|位列)"
                                    r"(?:受援|受赠|受助|获赠|获援)(?:之列|对象|名单|方|城市|国家|地区|范围)")
JOINT_WRITERS_AFTER = re.compile(r"\s*(?:[,，]\s*)?(?:(?:也|亦|还|均|都|曾)?(?:相继|先后|分别|各自|一同|一道|共同|联名)|"
                                 # B市长日前联名致函: the writers' titles and a time word before 联名
                                 r"[^,，。;；:：“”「」]{0,10}?(?:联名|聯名|共同|一同|一道|联合|聯合))\s*"
                                 r"(?:来信|来函|致信|致函|去信|写信|发来|致电|来电|发表|寄来|來信|來函|去函|寫信|發來|致電|來電|發表|寄來)")
#: 甲州(上月)与乙市联合致函 / 甲省与乙市联合举办: what joins a second host or writer to the first
_CO_ACTOR_JOIN = re.compile(r"\s*(?:(?:\d{1,2}月)?\d{1,2}日|上月|本月|近日|日前|早前|此前|先前)?\s*(?:与|與|和|及|以及|同)\s*")
#: 甲市人民对外友好协会与…: a body of the place named before 与 (the place acts through it)
_BODY_THEN_WITH = re.compile(r"\s*[\u4e00-\u9fff]{0,10}?(?:协会|友协|政府|外办|外事办公室|委员会|商会|基金会|红十字会)\s*(?:与|和|同)\s*")
#: A与B联合举办/共同举行视频会议: B hosts the meeting along with A
JOINT_HOSTS_AFTER = re.compile(r"\s*(?:[,，]\s*)?(?:[^,，。;；]{0,6}?(?:人民政府|政府))?\s*(?:联合|聯合|共同|一同|一道|一起)\s*"
                               r"(?:举办|舉辦|举行|舉行|召开|召開|主办|主辦|组织|組織)")
JOINED_GIVER = re.compile(r"\s*(?:与|和|及|同|以及)\s*(?:其)?(?:国际)?(?:姊妹市|姐妹市|姊妹城市|姐妹城市|友好城市|友城|友好省州|友好省)?\s*")
#: A市政府与B… / A与B…: what stands between two givers joined before a joint gift verb
_JOINED_BEFORE = re.compile(r"\s*(?:人民政府|政府)?\s*(?:与|和|同)\s*")
# (A援助B的口罩: the gift verb may carry its recipient before 的)
GIFT_VERB_TO_AFTER = re.compile(rf"[^,，。]{{0,6}}?(?:{GIFT_VERBS})(?:给)?(?:[^,，。的]{{1,10}}?)?的")
#: (A与B联合)向X捐赠的: the gift phrase with its taker, after the subject
_GIFT_TO_VERB_AFTER = re.compile(rf"[^,，。;；]{{0,6}}?(?:向|给|为)[^,，。;；的]{{1,16}}?(?:{GIFT_VERBS})的")
GIFT_VERB_AFTER = re.compile(rf"[^,，。]{{0,6}}?(?:{GIFT_VERBS}|提供|筹集|筹措)的")
# (X卫生厅随即接收 / X已签收): the goods taken in by the party the clause opens with
RECEIVED_AFTER = re.compile(r"[^,，。;；]{0,10}?(?:接收|签收|收到|接收了|接下|(?:各|分别)(?:获得|获|得|分得)|分得)(?![^,，。]{0,4}?(?:请求|求助|来信|慰问))")


# a clause that ends in 的 + a word for a party: the act describes who, it is not told as done
PARTY_DESCRIBED = re.compile(r"[^,，。]{0,16}?的[^,，。的]{0,6}?(?:国家|城市|地方政府|政府|地区|友城|省份|城镇)(?=[,，。;；]|$)")

# (A向B、C各捐赠的N只口罩已启运: the amount after 各…的 is each one's share, as after 各捐赠; so is an amount
# told after the gift as 数量均为N: the same count for every partner named)
# 「X加油」 / “X挺住”: a cheer quoted from someone is a message to the place it names
CHEER = re.compile(r"(?:市民|人民|的朋友们?)?(?:加油|挺住|必胜)")


def _cheered(text: str, r: Ref) -> bool:
    return r.start > 0 and text[r.start - 1] in "「“\"『‘'" and bool(CHEER.match(text, r.end))

EACH = re.compile(r"(?:(?<![每])各(?:自)?|(?:数量|數量|数额|數額|金额|金額)?(?:均|都)(?=为|為)|每(?:地|市|城|省|州|县|座城市|个城市|座友城|个友城)(?=[\d一两二三四五六七八九十])|分别(?=获赠|收到|获得|分得|接收)|每(?:座|个|家)?(?:城市|市)?(?=获赠|收到|获得|分得|接收))(?:(?:捐赠|捐助|捐献|赠送|提供|送去)的(?=\s*[\d一两二三四五六七八九十])|捐赠|捐助|捐献|赠送|提供|送去|获赠|收到|获得|接收|分得|分配|为|约|近|超过|获|得|捐|赠)?"
                  r"\s*(?=[\d一两二三四五六七八九十百千万]|(?:医用|医疗|外科|防护|一次性|N95|KN95)?[\u4e00-\u9fff]{0,6}?(?:口罩|防护服|防护衣|手套|护目镜|试剂盒|测温枪|呼吸机)\s*[\d一两二三四五六七八九十百千万])")


def _each_way(text: str, s: Sentence, drafts: list[Draft]) -> list[Draft]:
    """两市市长互致信函 / 两地互赠口罩: the act went both ways, one event each way."""
    out = []
    for d in drafts:
        if not text.startswith("互", d.trigger.start) and not _MUTUAL_BEFORE.search(text[max(0, d.trigger.start - 2):d.trigger.start]):
            continue
        if d.frm and d.to:
            out.append(Draft(d.type, d.trigger, s, frm=list(d.to), to=list(d.frm), of=d.of, date=d.date,
                             clause_start=d.clause_start, item_span=(d.trigger.start, d.trigger.start)))
    return out


# 「今年1月我们向X送去了1万个口罩」: inside a quotation, the speaker's side telling a gift it made
WE_GAVE = re.compile(r"[^,，。“”「」]{0,10}?(?:我们|我市|我们市|我们城市|本市)(?:已经|已|也|曾经|曾|还|早在[^,，。]{0,8}?就)?"
                     r"[^,，。“”「」]{0,8}?向")
# 「…我谨向X人民致以慰问」: the speaker's own words of sympathy or thanks to X, quoted
I_SAY = re.compile(r"(?:[^“”「」]{0,30}?[,，:：])?[^,，。“”「」]{0,8}?(?:我|我们)(?:谨|在此|再次|衷心|代表[^,，。]{1,12}?)?[^,，。“”「」]{0,4}?向")
QUOTE_OPEN = "“「『\""


def _quoted_own_acts(text: str, s: Sentence, refs: list[Ref], quotes: list[bool], found: list[Trigger],
                     dates: list[DateMention], drafts: list[Draft]) -> list[Draft]:
    """X市长说:“我们已经向Y寄出了2万只口罩”: the speaker's own gift, told as done, is a fact.

    The giver is the party naming the speaker before the quotation, the
    recipient the party after 向 inside it; plans (将, 准备 …) stay plans.
    """
    out = []
    for t in found:
        if t.type not in ("donation", "message") or not quotes[t.start] or any(d.trigger.start == t.start for d in drafts):
            continue
        q0 = max(text.rfind(ch, s.start, t.start) for ch in QUOTE_OPEN)
        if q0 < 0:
            # (信中写道:“…致以谢意。贵市捐赠的1万只口罩已于4月20日运抵甲市…”: a later sentence of a quotation
            # opened before it; the gift phrase opening that sentence is read as opening the quoted words)
            named = _quoted_gift_arrived(text, s, refs, t, s.start - 1) if s.start > 0 else None
            if named is None and s.start > 0:
                # (…不会忘记。今年1月,甲曾向乙送去一批口罩…: a later quoted sentence telling the giver's earlier gift)
                to = [r for r in refs if s.start <= r.start < t.start and text[r.start - 1] == "向"]
                named = _quoted_named_gift(text, s, refs, t, s.start - 1, to)
            if named is not None:
                after = [x for x in dates if t.start < x.start < named.item_span[1]]
                inside = [x for x in dates if s.start <= x.start < t.start]
                named.date = inside[-1] if inside else after[0] if after else None
                out.append(named)
            continue
        came = _quoted_incoming(text, s, refs, quotes, t, q0) or _quoted_to_us(text, s, refs, quotes, t, q0)
        if came is not None:
            inside = [x for x in dates if q0 < x.start < t.start]
            came.date = inside[-1] if inside else None
            out.append(came)
            continue
        to = [r for r in refs if q0 < r.start < t.start and text[r.start - 1] == "向"]
        named = _quoted_named_gift(text, s, refs, t, q0, to) or _quoted_gift_arrived(text, s, refs, t, q0)
        if named is not None:
            inside = [x for x in dates if q0 < x.start < t.start]
            after = [x for x in dates if t.start < x.start < named.item_span[1]]  # (…已于4月20日运抵Y)
            named.date = inside[-1] if inside else after[0] if after else None
            out.append(named)
            continue
        own = WE_GAVE if t.type == "donation" else I_SAY
        if len(to) != 1 or not own.fullmatch(text, q0 + 1, to[0].start) or PLAN.search(text, q0, t.end):
            continue
        if t.type == "donation" and not re.search(r"了|已|曾", text[q0:t.end + 2]):
            continue
        if t.type == "message" and any(d.type == "message" for d in drafts + out):
            continue  # X在信中说:「我谨向…致以慰问」: the letter already told is the message
        speaker = [r for r in refs if s.start <= r.start < q0 and not quotes[r.start] and r.marker is None]
        if not speaker or speaker[0].country == to[0].country and speaker[0].key == to[0].key:
            continue
        close = text.find(QUOTE_PAIRS.get(text[q0], text[q0]), t.end, s.end + 200)
        d = Draft(t.type, t, s, frm=[speaker[0]], to=[to[0]], clause_start=t.start,
                  item_span=(t.start, close if close != -1 else s.end))
        inside = [x for x in dates if q0 < x.start < t.start]
        d.date = inside[-1] if inside else None
        out.append(d)
    return out


#: “今年2月,甲市向乙市捐赠了1万只口罩”: between the clause-opening giver and 向, only a time word or adverb
_NAMED_GIVER_GAP = re.compile(r"(?:曾经|曾|也|就|还|先后|已经|已|主动|第一时间)?")


def _quoted_named_gift(text: str, s: Sentence, refs: list[Ref], t: Trigger, q0: int, to: list[Ref]) -> Draft | None:
    """X说:“今年2月,甲市向乙市捐赠了1万只口罩,…”: inside the quotation a gift told as done between two
    parties both named (the giver opening its clause, the receiver after 向) is a fact with those sides."""
    if t.type != "donation" or len(to) != 1 or PLAN.search(text, q0, t.end):
        return None
    if to[0].end != t.start or not (re.match(r"了|曾|已", text[t.end:t.end + 1])
                                    or re.search(r"(?:曾经|曾|已经|已)$", text[max(q0, to[0].start - 4):to[0].start - 1])):
        return None  # 甲向乙捐赠了… / 甲曾向乙送去…: the verb right after the receiver, told as done
    ci = _clause_of(s, to[0].start)
    cs = max(s.clauses[ci].start, q0 + 1)
    giver = [r for r in refs if cs <= r.start < to[0].start and r.marker is None]
    if len(giver) != 1 or text[cs:giver[0].start].strip() or not _NAMED_GIVER_GAP.fullmatch(
            text, giver[0].end, to[0].start - 1) or text[to[0].start - 1] != "向":
        return None
    if (giver[0].key or giver[0].name) == (to[0].key or to[0].name):
        return None
    close = text.find(QUOTE_PAIRS.get(text[q0], text[q0]), t.end, s.end + 200)
    return Draft(t.type, t, s, frm=[giver[0]], to=[to[0]], clause_start=t.start,
                 item_span=(t.start, close if close != -1 else s.end))


#: …的1万只口罩已于4月20日运抵Y: the goods of the gift phrase told as having reached a named place
_ARRIVED_AT_NAMED = re.compile(r"[^,，。;；“”「」]{1,16}?(?:已|已经)(?:于[^,，。;；]{1,10}?)?(?:运抵|送抵|抵达|送达|运达|寄达|寄到|送到)$")


def _quoted_gift_arrived(text: str, s: Sentence, refs: list[Ref], t: Trigger, q0: int) -> Draft | None:
    """信中写道:“贵市捐赠的1万只口罩已于4月20日运抵甲市”: inside the quotation, the goods a named party gave,
    told as having reached a named place: a gift between those two."""
    if t.type != "donation" or text[t.end:t.end + 1] != "的" or PLAN.search(text, q0, t.end):
        return None
    giver = [r for r in refs if r.end == t.start and r.start > q0 and r.key and r.marker is None]
    if not giver or text[q0 + 1:giver[0].start].strip():
        return None  # (the giver opens the quoted words)
    close = text.find(QUOTE_PAIRS.get(text[q0], text[q0]), t.end, s.end + 200)
    end = close if close != -1 else s.end
    at = [r for r in refs if t.end < r.start < end and r.key and _ARRIVED_AT_NAMED.search(text, t.end + 1, r.start)]
    if not at or at[0].key == giver[0].key or at[0].country == giver[0].country and "/" not in (at[0].key or ""):
        return None
    return Draft(t.type, t, s, frm=[giver[0]], to=[at[0]], clause_start=t.start, item_span=(t.start, end))


def _quoted_incoming(text: str, s: Sentence, refs: list[Ref], quotes: list[bool], t: Trigger, q0: int) -> Draft | None:
    """X市长说:“今年2月,八王子市就寄来了一批防护服”: a partner's gift the speaker's side received,
    told as done inside the quotation, went from that partner to the speaker's place."""
    if t.type != "donation" or not (t.word.direction == "shipin" or INCOMING.search(text[max(q0, t.start - 3):t.start])):
        return None
    if PLAN.search(text, q0, t.end) or not re.search(r"了|已|曾", text[q0:t.end + 2]):
        return None
    giver = [r for r in refs if q0 < r.start < t.start and r.marker is None and r.country not in HOME_COUNTRIES]
    speaker = [r for r in refs if s.start <= r.start < q0 and not quotes[r.start] and r.marker is None
               and r.country in HOME_COUNTRIES]
    if len(giver) != 1:
        return None
    close = text.find(QUOTE_PAIRS.get(text[q0], text[q0]), t.end, s.end + 200)
    # (no home-side speaker named: the story's home city is filled in later, where the page has one)
    d = Draft(t.type, t, s, frm=[giver[0]], to=speaker[:1], clause_start=t.start,
              item_span=(t.start, close if close != -1 else s.end))
    return d


#: …向我们捐赠了: the speaker's own side received it
_TO_US = re.compile(r"向(?:我们|我們|我市|我省|我州|我县|我縣)(?:捐赠|捐贈|赠送|贈送|提供|送来|送來|寄来|寄來|捐献|捐獻|援助)$")


def _quoted_to_us(text: str, s: Sentence, refs: list[Ref], quotes: list[bool], t: Trigger, q0: int) -> Draft | None:
    """X在信中写道:“甲省和乙市共同向我们捐赠了2万只口罩”: a gift the writer's side got from parties named
    opening the clause, told as done inside the quotation, went from them to the writer's place."""
    if t.type != "donation" or not _TO_US.search(text, max(q0, t.start - 4), t.end) or PLAN.search(text, q0, t.end) \
            or not re.match(r"了|过|過", text[t.end:t.end + 1]):
        return None
    cs = max(s.clauses[_clause_of(s, t.start)].start, q0 + 1)
    givers = [r for r in refs if cs <= r.start < t.start and r.marker is None and r.key]
    speaker = [r for r in refs if s.start <= r.start < q0 and not quotes[r.start] and r.marker is None and r.key]
    if not givers or not speaker or {r.country for r in givers} & {speaker[0].country}:
        return None
    close = text.find(QUOTE_PAIRS.get(text[q0], text[q0]), t.end, s.end + 200)
    return Draft(t.type, t, s, frm=givers, to=speaker[:1], clause_start=cs,
                 item_span=(t.start, close if close != -1 else s.end))


AFTER_OTHERS = re.compile(r"继([^,，。]{2,60}?)(?:之后|以后|后)")


def _before_us(text: str, s: Sentence, drafts: list[Draft], refs: list[Ref], dates: list[DateMention]) -> list[Draft]:
    """X是继A(3月17日)、B(3月25日)之后第三个向Y捐赠的…: A and B each did the same before X.

    Each party listed between 继 and 之后 gets the act of the main clause,
    with the same counterpart, and the date written beside it if any.
    """
    m = AFTER_OTHERS.search(text, s.start, s.end)
    if not m or find_triggers(text, m.start(1), m.end(1)):
        return []  # 继同法国领导人通电话后: the earlier act is told in full, with its own partners
    main = [d for d in drafts if d.trigger.start > m.end() and d.to]
    if not main:
        return []
    d0 = main[0]
    if d0.date is not None and m.start() <= d0.date.start < m.end():
        d0.date = None  # the dates inside 继…之后 are the others
    out = []
    for r in refs:
        if m.start(1) <= r.start < m.end(1) and r.marker is None and (r.key or r.name) not in {
                x.key or x.name for x in d0.to}:
            near = [x for x in dates if r.end <= x.start <= r.end + 2]
            out.append(Draft(d0.type, d0.trigger, s, frm=[r], to=list(d0.to), of=d0.of,
                             date=near[0] if near else d0.date, clause_start=d0.clause_start,
                             item_span=(r.start, r.start)))
    return out


PART = re.compile(r"\s*(?:其中|首批|其余|余下|剩余|剩下|另有|第[二三四五]批|后续|这批|该批|此批|这些)")


def _total_of_aid_at_home(drafts: list[Draft]) -> list[Draft]:
    """我市调配物资支援湖北甲市,截至目前已发出各类物资12批次: a total with no counterpart of its own, after
    the same giver's aid to a place at home, counts that aid (at home, not the genre's)."""
    out: list[Draft] = []
    for d in drafts:
        if d.type == "aggregate" and d.of == "donation" and (not d.to or d.defaulted_to) and any(
                k.type == "donation" and k.trigger.start < d.trigger.start and _same_refs(k.frm, d.frm) and k.to
                and all(r.country == "CN" and r.key and "/" in r.key for r in k.to + k.frm) for k in out):
            continue
        out.append(d)
    return out


def _lead_of_parts(text: str, s: Sentence, drafts: list[Draft]) -> list[Draft]:
    """甲市先后两次向乙郡捐赠物资:3月3日捐赠口罩3万只,3月20日再捐赠手套1万副: the lead counts the gifts told
    after its colon; each dated part is a gift (with the lead's sides), the lead is no act of its own."""
    m = TOLD_IN_PARTS.search(text, s.start, s.end)
    if not m:
        return drafts
    lead = [d for d in drafts if d.trigger.start < m.end() and (d.of or d.type) == "donation"]
    parts = [d for d in drafts if d.trigger.start >= m.end() and d.type == "donation"]
    if len(lead) != 1 or len(parts) < 2:
        return drafts
    for d in parts:
        if not d.frm:
            d.frm, d.frm_named = list(lead[0].frm), lead[0].frm_named
        if not d.to or d.defaulted_to:
            d.to, d.defaulted_to = list(lead[0].to), lead[0].defaulted_to
    return [d for d in drafts if d is not lead[0]]


#: a clause opening on partners counted as its subject (9个友城捐赠了…, 另有12个国际友好城市寄来…)
_COUNTED_PARTNERS_OPEN = re.compile(r"\s*(?:另有|还有|也有|已有|有)?(?:\d+|[一二三四五六七八九十两]+)(?:多|余)?个(?:国际)?"
                                    r"(?:友城|友好城市|姐妹城市|友好省州|友好省|友好交流城市|友好地区)")


def _parallel_total_receiver(text: str, drafts: list[Draft]) -> None:
    """截至某日,N个友城向我市发来慰问信,M个友城捐赠了物资: a second count of partners, told in a clause of its own
    with no side named, is the same side's tally of another kind of act: its receiver is the one the sentence's
    first count named (the partners counted are that side's)."""
    for i, d in enumerate(drafts):
        if d.type != "aggregate" or d.frm or d.to or not _COUNTED_PARTNERS_OPEN.match(text, d.clause_start):
            continue
        first = next((k for k in drafts[:i] if k.type == "aggregate" and k.to and not k.frm
                      and (k.of or "donation") != (d.of or "donation")), None)
        if first is not None:
            d.to = list(first.to)


def _drop_parts(text: str, s: Sentence, drafts: list[Draft]) -> list[Draft]:
    """某道援助我省口罩15万只,其中首批9万只已到,余下6万只随后运来: one gift told in parts.

    A later clause that opens with 其中/首批/其余 and names no giver of its
    own tells a part of the gift just told, not a new one.
    """
    out: list[Draft] = []
    for d in drafts:
        # (截至某日,N个友城发来慰问信,另有M个友城捐赠了物资: a count of gifts is no part of a count of letters)
        earlier = [k for k in out if k.type == d.type and k.clause_start < d.clause_start
                   and (k.of or k.type) == (d.of or d.type)]
        whole = [k for k in out if k.type == "aggregate" and k.clause_start < d.clause_start]
        if whole and not any(d.clause_start <= r.start < d.trigger.start for r in d.frm) \
                and _countrys_share(text, d, whole[-1]):
            d.frm, d.frm_named = list(whole[-1].frm), True
            d.of, d.type = d.of or "donation", "aggregate"
            out.append(d)
            continue
        if earlier and d.type in ("donation", "aggregate") and PART.match(text, d.clause_start) and not any(
                d.clause_start <= r.start < d.trigger.start and (r.marker is None or (
                    r.marker == "from" and _BY_GIVER_BEFORE.search(text, max(d.clause_start, r.start - 2), r.start)))
                for r in d.frm) and not _one_partners_part(d, earlier[-1]):  # (另有N只由A赠予B: A gave that part)
            if not _share_of_count(text, d, earlier[-1]):
                continue
            d.frm, d.frm_named = list(earlier[-1].frm), True
        out.append(d)
    return out


def _countrys_share(text: str, d: Draft, whole: Draft) -> bool:
    """截至某日,已向A国、B国等N个国家的M个友城捐赠…,其中向A国友城捐赠口罩K只: the share that went to the
    partners of one (or a few) of the countries counted is a total of its own (to those countries), from the
    total's giver."""
    return whole.type == "aggregate" and (whole.of or "donation") == "donation" and bool(whole.frm) \
        and d.type in ("donation", "aggregate") and (d.of or d.type) in ("donation", "aggregate") \
        and _SHARE_OPENS.match(text, d.clause_start) is not None and bool(d.to) \
        and all(r.level == "country" and r.marker == "to" and d.clause_start <= r.start for r in d.to) \
        and (not whole.to or {r.key or r.name for r in d.to} <= {r.key or r.name for r in whole.to}) \
        and not {r.key or r.name for r in whole.frm} & {r.key or r.name for r in d.to}


def _share_of_count(text: str, d: Draft, whole: Draft) -> bool:
    """已向40个友城捐赠口罩共90万只,其中向A捐赠6万只: a total over partners counted, not named, then the share of
    one partner named after 其中向: that partner's own gift, from the total's giver."""
    return whole.type == "aggregate" and d.type == "donation" and bool(whole.frm) and not whole.to \
        and _SHARE_OPENS.match(text, d.clause_start) is not None and bool(d.to) \
        and all(r.marker == "to" and d.clause_start <= r.start for r in d.to) \
        and not {r.key or r.name for r in whole.frm} & {r.key or r.name for r in d.to}


_BY_GIVER_BEFORE = re.compile(r"(?:由|经由)$")


def _one_partners_part(d: Draft, whole: Draft) -> bool:
    """向A、B等友城送去物资,其中向A捐赠的3万只口罩已送达: the part names one of the partners, its own shipment."""
    return d.type == "donation" and _parallel(whole.to) and bool(d.to) \
        and all(r.marker == "to" and d.clause_start <= r.start for r in d.to) \
        and {r.key or r.name for r in d.to} < {r.key or r.name for r in whole.to}


# the goods change planes or trucks on the way (经上海转机运往东京, 经北京转运至米兰)
ROUTE = re.compile(r"经[^,，。;；]{1,12}?(?:转机|转运|中转|转道)?|转机|中转")
ROUTE_VERBS = frozenset("运往 运至 空运至 运抵 发往 转运至 抵达 飞抵".split())
ARRIVAL_VERBS = frozenset("运抵 抵达 飞抵 到达 到了".split())  # (where the goods landed, on their way or not)


def _drop_route(text: str, drafts: list[Draft]) -> list[Draft]:
    """向都灵市捐赠的口罩从成都启运,经北京转运至米兰: the goods' way to the partner the gift phrase
    names, through a city of its country, is no second gift (to Milan); a later movement verb with no
    giver of its own, after 经/转机 (or an arrival: 由…航空运抵巴黎), in the country of a recipient
    already named, tells the route."""
    out: list[Draft] = []
    for d in drafts:
        first = next((k for k in out if k.type == "donation" and k.to and not k.defaulted_to), None)
        if first is not None and d.type == "donation" and d.trigger.word.word in ROUTE_VERBS \
                and not any(d.clause_start <= r.start < d.trigger.start for r in d.frm) \
                and d.to and (ROUTE.search(text, first.trigger.end, d.trigger.start) or d.trigger.word.word in ARRIVAL_VERBS) \
                and {r.country for r in d.to} <= {r.country for r in first.to} \
                and not {r.key for r in d.to} & {r.key for r in first.to} and not _opens_with_taker(text, d):
            continue
        out.append(d)
    return out


def _item_spans(text: str, s: Sentence, drafts: list[Draft]) -> None:
    """Which part of the sentence lists each act's goods.

    Several gifts told clause by clause (江西省捐赠4万只,九江市捐赠1万只) each
    own the clauses from their trigger to the next act; an amount after 各
    (各捐赠1万只, 两地各10万只) is what each recipient got.
    """
    gifts = sorted((d for d in drafts if d.type in ("donation", "aggregate")), key=lambda d: d.trigger.start)
    # a clause whose act names no counterpart (…共收到X近12万件,捐款7万余元) lists more of the act before it
    starts = sorted({d.clause_start for d in gifts if d.frm and (
        d.to or d.type == "aggregate" or any(d.clause_start <= r.start < d.trigger.start for r in d.frm))})
    for d in gifts:
        if len(starts) > 1:
            nxt = [c for c in starts if c > d.clause_start]
            own = max([c for c in starts if c <= d.clause_start], default=d.clause_start)
            d.item_span = (own, nxt[0] if nxt else s.end)
        a, b = d.item_span or (d.clause_start, s.end)
        m = EACH.search(text, a, b)
        if m is None and len(d.to) >= 2 and d.to[0].start >= b:
            # (…已于18日启运,A、B分别获赠10万只: the recipients a later clause names take the amount after 分别/各)
            m = EACH.match(text, d.to[-1].end)
        if m and len(d.to) >= 2 and (d.trigger.start < m.start() + 12 or m.start() == d.to[-1].end):
            d.each_from = m.end()
            if d.type == "aggregate":  # 向开封、大连等5个城市各捐赠3000只: each named city's gift, not a total
                d.type, d.of, d.counts = d.of or "donation", None, {}


#: 丙、丁等其余6座城市每城5000只 / 其余6市，每市5000只: the other places named, each with its share
_REST_EACH = re.compile(r"\s*等?(?:其余|其他|另外|剩下的?|余下的?)?(?:[\d一二三四五六七八九十]+(?:座|个)?)?(?:城市|市|地|城|友城)?"
                        r"\s*[,，]?\s*(?:各|每(?:城|市|地|座城市|个城市|座友城|个友城))(?:获赠|获得|分得|得到)?(?=\s*[\d一两二三四五六七八九十])")


def _rest_each_their_share(text: str, s: Sentence, drafts: list[Draft], refs: list[Ref]) -> list[Draft]:
    """甲、乙两市各获赠1万只，丙、丁等其余6座城市每城5000只: the clause after a gift shared out per place names
    the other places and each one's share; they got their shares of the same gift."""
    out = []
    for d in drafts:
        if d.type != "donation" or d.each_from is None or len(d.to) < 2:
            continue
        taken = {r.key for r in d.to}
        later = [r for r in refs if d.each_from <= r.start < s.end and r.key and r.key not in taken
                 and r.country == d.to[0].country]
        if not later:
            continue
        group = [r for r in later if r.group == later[0].group] if later[0].group >= 0 else later[:1]
        m = _REST_EACH.match(text, group[-1].end)
        if m is None:
            continue
        if d.sentence is s:
            a, b = d.item_span or (d.clause_start, s.end)
            d.item_span = (a, min(b, group[0].start))
        out.append(replace(d, to=list(group), each_from=m.end(), item_span=(m.end(), s.end), sentence=s,
                           clause_start=s.clauses[_clause_of(s, group[0].start)].start))
    return out


#: 其中 / 其中, : the list of each partner's share follows
_SHARES_OPEN = re.compile(r"其中\s*[,，:：]?\s*")
_SHARE_GAP_BREAK = re.compile(r"[、，,;；。\d]")
_SHARE_SEP = re.compile(r"\s*[、，,;；]\s*(?:另|还有|而)?\s*")
_SHARE_JOIN = re.compile(r"\s*(?:、|和|及|与|以及)\s*")
_SHARE_EACH = re.compile(r"各(?:得|获|获得|獲得|分得|收到)?")
_SHARE_NONE = re.compile(r"")
_SHARE_TAIL = re.compile(r"[^,，;；。、]{0,16}?[，,;；]\s*(?:另|还有|而)?\s*")


def _bare_shares(text: str, s: Sentence, drafts: list[Draft], refs: list[Ref]) -> list[Draft]:
    """向甲、乙、丙三市捐赠口罩共9万只,其中甲4万只、乙3万只、丙2万只: after 其中 each partner of the gift is
    named with only its amount; each got that share from the giver (a total told as one gift is replaced by the
    shares, a total already counted as such stays beside them)."""
    out = list(drafts)
    for d in drafts:
        if d.type not in ("donation", "aggregate") or not d.frm or len(d.to) == 1 and d.type != "aggregate":
            continue  # (a shipment told with no taker at all: the shares after 其中 name each one)
        m = _SHARES_OPEN.search(text, d.trigger.end, s.end)
        if m is None:
            continue
        keys = {r.key: r for r in d.to if r.key}
        if len(d.to) < 2:  # (a total whose partners are told only in the shares: any place abroad named there)
            home = {r.country for r in d.frm}
            keys = {r.key: r for r in refs if r.start >= m.end() and r.key and r.level != "country"
                    and r.country not in home and None not in home}
        pos, shares = m.end(), []
        while True:
            r = next((r for r in refs if pos <= r.start <= pos + 12 and r.key in keys
                      and not _SHARE_GAP_BREAK.search(text, pos, r.start)), None)  # (美国甲州乙市: the country, state first)
            if r is None:
                break
            takers = [r]  # (甲市、乙市各2万只: the places listed before 各 take one share each)
            while True:
                j = _SHARE_JOIN.match(text, takers[-1].end)
                nxt = next((x for x in refs if j and x.start == j.end() and x.key in keys), None)
                if nxt is None:
                    break
                takers.append(nxt)
            gap = _SHARE_EACH if len(takers) > 1 else _SHARE_NONE
            q = next((q for q in find_quantities(text, takers[-1].end, s.end)
                      if gap.fullmatch(_BRACKETED.sub("", text[takers[-1].end:q.start]).strip()) and q.value is not None
                      and not q.currency), None)  # (乙市（Yi City）3万片: the name in brackets after it)
            if q is None or q.kind != "goods":
                break
            shares += [(x, q) for x in takers]
            # (甲市2万只口罩,乙市…: the share's goods may be named before the comma that ends it)
            sep = _SHARE_SEP.match(text, q.end) or (_SHARE_TAIL.match(text, q.end) if not d.to else None)
            if sep is None:
                break
            pos = sep.end()
        if len(shares) < 2 or len({r.key for r, _ in shares}) < len(shares):
            continue
        for r, q in shares:
            span = (q.start, q.end)
            if not d.to:  # (丙市2万只口罩和500套防护服: a share told with its goods lists them up to the next share)
                nxt = next((x.start for x, _q in shares if x.start > q.end), None)
                stop = re.search(r"[,，;；。]", text[q.end:nxt or s.end])
                span = (q.start, q.end + stop.start() if stop else (nxt or s.end))
            out.append(replace(d, type="donation", of=None, counts={}, to=[keys[r.key]], each_from=q.start,
                               item_span=span, defaulted_to=False))
        if d.type == "aggregate" and all(t.level == "country" for t in d.to):
            # 将共22万片分送美国3座姊妹市,其中甲10万片、乙7万片、丙5万片: the shares add up to the total, so
            # the partners named in them are the total's recipients (not the country they lie in)
            whole = sum(q.value for _r, q in shares)
            if any(q.value == whole and q.kind == "goods" and not q.currency
                   for q in find_quantities(text, s.start, m.start())):
                d.to = [keys[r.key] for r, _ in shares]
        if d.type == "donation":
            rest = [t for t in d.to if t.key not in {r.key for r, _ in shares}]
            if rest:
                d.to = rest
            else:
                out.remove(d)
    return sorted(out, key=lambda x: x.trigger.start)


#: 向X捐赠的 right after the taker's name: the gift told as a noun phrase, its amount next
_GIFT_NOUN_AFTER = re.compile(r"\s*(?:捐赠|捐贈|捐助|捐献|捐獻|赠送|贈送|援助|寄送|寄去|送去|回赠|回贈)(?:给|給)?的\s*")
#: between two gift phrases of one list: 、 / 及 / 和 / 以及, and the next giver if it changes
_GIFT_PHRASE_JOIN = re.compile(r"[^,，。;；]{0,12}?(?:[、,，]|及|和|与|與|以及)\s*[^,，。;；、]{0,12}$")


def _gift_phrases_listed(text: str, s: Sentence, drafts: list[Draft], refs: list[Ref]) -> list[Draft]:
    """甲市向A赠送的N只口罩、乙市向B赠送的M只口罩已装车启运 / 甲市向A赠送的N个口罩以及向B赠送的M个口罩搭乘
    同一架货机出发: gifts listed as noun phrases, each with its own taker (向X…的) and its own amount, under one
    verb of shipping, are one gift each; the shared verb (一同, 陆续) tells how they went, not that the amounts
    make one shipment or a total.  Each phrase's giver is the party just before its 向, else the one before it."""
    out = list(drafts)
    for d in drafts:
        if d.type not in ("donation", "aggregate") or len(d.to) < 2 or not d.frm:
            continue
        phrases = []
        for r in d.to:
            head = text.rfind("向", max(s.start, r.start - 8), r.start)
            head = head if head < 0 or not re.search(r"[,，。;；、]", text[head:r.start]) else -1
            if head < 0:
                head = text.rfind("向", max(s.start, r.start - 1), r.start + 1)
            m = _GIFT_NOUN_AFTER.match(text, r.end)
            q = next((q for q in find_quantities(text, m.end(), s.end) if q.start == m.end()), None) if m else None
            if head < 0 or q is None or q.kind != "goods" or q.value is None or q.currency:
                break
            phrases.append((head, r, q))
        if len(phrases) != len(d.to) or len({r.key for _h, r, _q in phrases}) < len(phrases):
            continue
        if any(not _GIFT_PHRASE_JOIN.search(text, phrases[k][2].end, phrases[k + 1][0])
               for k in range(len(phrases) - 1)):
            continue
        giver = list(d.frm)
        for k, (head, r, q) in enumerate(phrases):
            own = [x for x in refs if x.key and x.end <= head and not text[x.end:head].strip()
                   and x.key not in {t.key for t in d.to}]
            if own:
                giver = own[-1:]
            stop = phrases[k + 1][0] if k + 1 < len(phrases) else s.end
            out.append(replace(d, type="donation", of=None, counts={}, frm=list(giver), to=[r], each_from=q.start,
                               item_span=(q.start, stop), defaulted_to=False))
        out.remove(d)
    return sorted(out, key=lambda x: x.trigger.start)


# the goods' journey after the gift is told: arrival and routing words
JOURNEY = frozenset("运抵 抵达 送达 送抵 寄抵 到达 运至 运往 发往 入境 通关 清关".split())


def _same_goods_on_their_way(text: str, s: Sentence, drafts: list[Draft]) -> list[Draft]:
    """A接收了来自B的5万只口罩,物资经C机场入境后运抵: the later clause tells the way of the goods just
    given; with no giver named in it (carried over) or no recipient (the paper's own by default), it is
    the same gift, not a second one in the other direction."""
    out: list[Draft] = []
    for d in drafts:
        earlier = [g for g in out if g.type == "donation" and g.frm and g.to
                   and _clause_of(s, g.trigger.start) < _clause_of(s, d.trigger.start)]
        if d.type == "donation" and earlier and d.trigger.word.word in JOURNEY and (
                (not d.frm_named or d.defaulted_to) and not _same_refs(d.frm, earlier[-1].frm)
                or _route_of(d, earlier[-1])) and not _opens_with_taker(text, d):
            continue
        out.append(d)
    return out


#: 省内各地市 / 各市州 / 本省各地: a province's own cities as a class, opening the clause
OWN_CITIES_AS_CLASS = re.compile(r"\s*(?:此外|另外|同时|与此同时)?[,，]?\s*(?:省内|本省|全省)?各(?:地市|市州|地级市|市|地)"
                                 r"(?:也|亦|还|均|都|已|先后|陆续|纷纷|累计)*(?:向|给|為|为)")
#: (由C)转交/分发…: C hands the goods on
_HANDS_ON_AFTER = re.compile(r"[^,，。;；由]{0,8}?(?:转交|移交|转送|转赠|分发|交付|转运)")
# 由X接收 / 由X签收: X takes the goods in
TAKEN_IN_BY = re.compile(r"[^,，。;；由]{0,10}?(?:接收|签收|接下|收下)(?![^,，。]{0,3}的)")


def _taken_in_after_arrival(text: str, s: Sentence, drafts: list[Draft], refs: list[Ref]) -> None:
    """A捐赠的口罩,2月6日运抵X机场,由B接收: the goods reach the airport's city on their way; the one a later
    clause names as taking them in (由B接收) is the recipient."""
    for d in drafts:
        if d.type != "donation" or not d.to or not all(ARRIVAL_POINT.match(text, r.end) for r in d.to):
            continue
        takers = [r for r in refs if r.start > d.to[-1].end and r.marker == "from" and text[r.start - 1:r.start] == "由"
                  and TAKEN_IN_BY.match(text, r.end) and _clause_of(s, r.start) > _clause_of(s, d.to[-1].start)]
        if takers and not any(_same_refs([takers[0]], [f]) for f in d.frm):
            d.to, d.defaulted_to = [takers[0]], False


# A口罩的接收工作由B牵线安排 / 这批物资的运输由C负责: how a gift told elsewhere was received or carried
_LOGISTICS_LEAD = re.compile(r"\s*[^,，。;；:：]{0,16}?的(?:接收|接运|运输|转运|运送|配送|物流|通关|清关)(?:工作|事宜|安排)?"
                             r"(?:都|均|全部|全程)?(?:由|是由)[^,，。;；:：]{1,40}?(?:牵线|协调|安排|负责|承担|协助|联系|打理)")


def _logistics_told(text: str, s: Sentence, drafts: list[Draft]) -> list[Draft]:
    """A口罩的接收工作由B牵线安排,运费由C承担,D航空将货物运到E: a sentence telling who arranged, paid for or
    carried the goods of a gift (told elsewhere) is no gift of its own."""
    if not drafts or not _LOGISTICS_LEAD.match(text, s.start):
        return drafts
    return [d for d in drafts if d.type not in ("donation", "aggregate")]


# 录制了一段加油视频寄给X / 写了一封信寄给X: what is sent is words, not goods
_WORDS_BEFORE_SENT = re.compile(r"(?:视频|影片|录像|短片|贺卡|明信片|慰问信|感谢信|信)(?:并|后)?$")


def _recording_sent(text: str, s: Sentence, drafts: list[Draft]) -> list[Draft]:
    """A录制了一段加油视频寄给B: the video (a message, read on its own) is what was sent; no gift, unless goods
    are counted in the clause."""
    if not any(d.type == "message" for d in drafts):
        return drafts
    out = []
    for d in drafts:
        clause = s.clauses[_clause_of(s, d.trigger.start)]
        if d.type == "donation" and _WORDS_BEFORE_SENT.search(text, clause.start, d.trigger.start) \
                and not find_items(text, clause.start, clause.end):
            continue
        out.append(d)
    return out


# …运抵X,(本周内)将发放给市民 / 已送达X,随后分发给各医院: where the goods go on to, in a clause after
_HANDED_OUT_BEFORE = re.compile(r"(?:将|会|再|并|随后|之后|陆续|逐步|已)?(?:发放|分发|派发|分配|发|转发|配发)(?:给|予|到|至)$")


def _arrived_then_handed_out(text: str, s: Sentence, drafts: list[Draft], refs: list[Ref]) -> None:
    """A捐出的口罩运抵X,将发放给市民: the goods came to the place named right after the arrival verb; the
    people they are then handed out to (a later clause) are that place's own, not a counterpart of the gift."""
    for d in drafts:
        if d.type != "donation" or d.trigger.word.word not in ARRIVED or not d.to:
            continue
        ci = _clause_of(s, d.trigger.start)
        if not all(_clause_of(s, r.start) > ci and _HANDED_OUT_BEFORE.search(text, max(s.start, r.start - 6), r.start)
                   for r in d.to):
            continue
        at = next((r for r in refs if r.start >= d.trigger.end and r.key and r.marker is None
                   and _clause_of(s, r.start) == ci and not any(r.key == f.key for f in d.frm)), None)
        if at is not None and re.fullmatch(r"\s*(?:了)?", text[d.trigger.end:at.start]):
            d.to, d.defaulted_to = [at], False


# 这批由A捐出 / 这些由A捐赠 / 该批由A提供: the goods just counted, their giver told after them
_GOODS_GIVEN_BY_AFTER = re.compile(r"\s*(?:这批|这些|该批|此批|上述)[^,，。;；由]{0,6}?由$")
_EACH_BEFORE = re.compile(r"(?:将|均|都|已)?(?:各|分别)(?:将|可)?$")


_TEAM_LANDED_IN = re.compile(r"[^,，。;；]{0,6}?(?:降落|着陆|落地)(?:在|于)?$")
_TEAM_CHOSEN_BY = re.compile(r"\s*(?:该|这支)?(?:专家组|医疗队|工作组)?(?:的)?(?:成员|队员|专家)(?:均|都|全部)?(?:是)?由$")
_CHOSEN_AFTER = re.compile(r"[^,，。;；]{0,12}?(?:选派|派出|选拔|抽调|组建)")


def _team_landed_and_chosen(text: str, s: Sentence, drafts: list[Draft], refs: list[Ref]) -> None:
    """一支医疗专家组降落在X首都Y,专家组成员由Z选派: the team lands where it helps; the one that picked its
    members, named in the clause after, sent it."""
    for d in drafts:
        if d.type != "medical_team":
            continue
        ci = _clause_of(s, d.trigger.start)
        clause = s.clauses[ci]
        if not d.to:
            d.to = [r for r in refs if d.trigger.end <= r.start < clause.end and r.key
                    and _TEAM_LANDED_IN.fullmatch(text, d.trigger.end, r.start)][:1]
        if not d.frm and ci + 1 < len(s.clauses):
            nxt = s.clauses[ci + 1]
            d.frm = [r for r in refs if nxt.start <= r.start < nxt.end and r.key
                     and _TEAM_CHOSEN_BY.fullmatch(text, nxt.start, r.start) and _CHOSEN_AFTER.match(text, r.end)][:1]


#: 中国政府(第三批)(赴X)(抗疫)医疗专家组: the team is the state's, whichever province made it up
# (国家卫生健康委(和中国红十字会)组建的中国…专家组: a team the national bodies built is the state's too)
_STATE_TEAM = re.compile(r"\s*政府(?:[^,，。;；]{0,14}|[^,，。;；由]{0,10}由[^,，。;；]{2,30}?(?:组建|选派|组成)的[^,，。;；]{0,10})$"
                         r"|(?:和|与|、)?[^,，。;；由]{0,10}?(?:组建|组成)的[^,，。;；]{0,10}$")
#: 专家组成员主要来自A省: the province the members come from made up the team
_MEMBERS_FROM = re.compile(r"(?:成员|队员)(?:主要|大多|大部分|全部|均|都)?(?:来自|來自)$")
#: (成员由)A省(卫生健康委)(负责)选派 / 国家卫健委组建、A省负责挑选: the province that made up the team
_PROVINCE_PICKED = re.compile(r"[^,，。;；、由]{0,8}?(?:负责)?(?:选派|挑选|选拔|抽调|组建)")
_PICKED_BY_BEFORE = re.compile(r"(?:由|、)\s*$")


def _team_of_state_and_province(text: str, s: Sentence, found: list[Draft], refs: list[Ref]) -> None:
    """由A省组建的中国政府医疗专家组 / 中国政府医疗专家组…,成员由A省选派: a state team made up by a
    province is sent by both, the state and the province."""
    for d in found:
        if d.type != "medical_team":
            continue
        clause = s.clauses[_clause_of(s, d.trigger.start)]
        state = [r for r in refs if r.key == "CN" and clause.start <= r.start < d.trigger.start
                 and _STATE_TEAM.match(text, r.end, d.trigger.start)]
        if not state:
            continue
        if not any(r.key == "CN" for r in d.frm):
            if any(r.country == "CN" and r.level != "country" for r in d.frm):
                d.frm = d.frm + state[:1]
            continue
        if any(r.country == "CN" and r.level != "country" for r in d.frm):
            continue
        # the province that picked the members, told in this sentence or the ones after it (same or next paragraph)
        picked = [r for r in refs if s.start <= r.start and r.key and r.key.startswith("CN/") and r.key.count("/") == 1
                  and r.level == "adm1" and ((_PROVINCE_PICKED.match(text, r.end)
                                              and _PICKED_BY_BEFORE.search(text, max(0, r.start - 2), r.start))
                                             or _MEMBERS_FROM.search(text, max(0, r.start - 8), r.start))
                  and "专家组" in text[max(s.start, r.start - 24):r.start] + text[r.end:r.end + 16]
                  and r.start - s.end < 400]
        if picked:
            d.frm = d.frm + picked[:1]


#: 由甲省、乙省组建的两批医疗专家组: the teams counted, one per listed builder
_TEAMS_COUNTED = re.compile(r"由[^,，。;；]{2,30}?(?:组建|选派|组成)的\s*([两二三四五六七八九十\d]+)\s*(?:批|支|个)")


def _teams_of_each_builder(text: str, s: Sentence, found: list[Draft]) -> list[Draft]:
    """(中国政府)先后派出由甲省、乙省组建的两批医疗专家组: as many teams as provinces listed, each sent by its own
    province (and the state, where the state sent them)."""
    out: list[Draft] = []
    for d in found:
        m = _TEAMS_COUNTED.search(text, s.clauses[_clause_of(s, d.trigger.start)].start, d.trigger.end) \
            if d.type == "medical_team" else None
        builders = [r for r in d.frm if m is not None and m.start() <= r.start < m.end() and r.level != "country"]
        if m is None or len({r.key or r.name for r in builders}) < 2 or \
                len({r.key or r.name for r in builders}) != parse_number(m.group(1)):
            out.append(d)
            continue
        others = [r for r in d.frm if r not in builders]
        for r in builders:
            out.append(replace(d, frm=[r] + others))
    return out


def _gift_answers_the_request(drafts: list[Draft]) -> None:
    """A市长致函B省,希望B提供口罩…。(接函后…)B省捐赠的N只口罩从某机场启运: goods the one asked sends,
    with no receiver named, go to the one that asked (told in the same or the paragraph before)."""
    for i, d in enumerate(drafts):
        if d.type != "donation" or d.to or not d.frm or not d.frm_named or d.trigger.word.direction != "ship":
            continue  # (goods raised or bought are no goods sent: only goods leaving go to the asker)
        givers = {r.key for r in d.frm if r.key}
        for k in range(i - 1, -1, -1):
            g = drafts[k]
            if g.sentence.paragraph < d.sentence.paragraph - 1:
                break
            if g.type == "donation" and g.to:
                break  # (a gift told in between has its own receiver: the ask is another story)
            if g.type == "request" and g.frm and g.to and givers & {r.key for r in g.to if r.key} \
                    and not givers & {r.key for r in g.frm if r.key}:
                d.to = list(g.frm)
                break


def _team_named_by_place(text: str, drafts: list[Draft], refs: list[Ref]) -> None:
    """由A医院、B中心等N家单位的专家组成的X专家组抵达Y: the team is X's (the place its name opens with);
    the bodies it is drawn from only say where its members work."""
    for d in drafts:
        if d.type != "medical_team":
            continue
        own = next((r for r in refs if r.key and r.end == d.trigger.start and r.level != "country"
                    and text[max(0, r.start - 3):r.start] == "组成的"), None)
        if own is not None and d.frm and all(f.end <= own.start for f in d.frm):
            d.frm = [own]


def _named_in_text(refs: list[Ref]) -> bool:
    """Some party of the list is named in the text (not the page's own place put in where none is named)."""
    return any(r.end > r.start for r in refs)


def _shares_of_named_giver(text: str, s: Sentence, drafts: list[Draft], refs: list[Ref]) -> list[Draft]:
    """A与B(将)各获得N只口罩,这批由C捐出、合计2N只的物资已启运: the parties before 各 each receive N from C,
    the giver the next clause names for the goods just counted (one gift to each, not a total with no recipient)."""
    for r in drafts:
        if r.type != "donation" or r.trigger.word.direction != "recv" or _named_in_text(r.frm) \
                or not _EACH_BEFORE.search(text, max(s.start, r.trigger.start - 4), r.trigger.start):
            continue
        ci = _clause_of(s, r.trigger.start)
        clause = s.clauses[ci]
        takers = [x for x in refs if clause.start <= x.start < r.trigger.start and x.key]
        for k in range(1, len(takers)):  # (A与B / A、B和C: the parties joined up to the verb)
            if not re.fullmatch(r"\s*(?:与|和|及|、|以及)\s*", text[takers[k - 1].end:takers[k].start]):
                takers = takers[:k]
                break
        gift = next((g for g in drafts if g is not r and g.type in ("donation", "aggregate") and g.frm and not g.to
                     and _clause_of(s, g.trigger.start) == ci + 1
                     and any(_GOODS_GIVEN_BY_AFTER.fullmatch(text, s.clauses[ci + 1].start, f.start) for f in g.frm)), None)
        amount = next((q for q in find_quantities(text, r.trigger.end, clause.end) if q.value is not None), None)
        if gift is None or len(takers) < 2 or amount is None:
            continue
        r.frm, r.frm_named, r.to, r.defaulted_to = list(gift.frm), True, takers, False
        r.type, r.of, r.counts, r.each_from = "donation", None, {}, amount.start
        r.item_span = (clause.start, clause.end)
        r.date = r.date or gift.date
        return [d for d in drafts if d is not gift]
    return drafts


def _announced_by_receiver(s: Sentence, drafts: list[Draft], refs: list[Ref]) -> None:
    """A州政府发布消息说,友好省B赠送的口罩已经启运: the goods of B's gift leave or are on their way, and the one
    announcing it, a party of another country named before the report, is whom they are for."""
    if s.speech_from is None:
        return
    for d in drafts:
        if d.type != "donation" or not moved(d.trigger) or d.trigger.start < s.speech_from or not d.frm \
                or (d.to and not d.defaulted_to) or not all(f.country for f in d.frm):
            continue
        speakers = [r for r in refs if s.start <= r.start < s.speech_from and r.marker is None and r.key]
        if speakers and speakers[0].country not in {f.country for f in d.frm}:
            d.to, d.defaulted_to = [r for r in speakers if r.group == speakers[0].group and r.group >= 0] or speakers[:1], False


def _route_of(d: Draft, gift: Draft) -> bool:
    """…向始兴市捐赠的口罩顺利通关,发往仁川: the same giver's goods, sent on to another place than the
    city they were given to: the place is on their way (a port, an airport's city), not a second recipient."""
    return (not d.frm or _same_refs(d.frm, gift.frm)) and bool(d.to) and not _same_refs(d.to, gift.to) \
        and all(r.level != "country" for r in gift.to)


# 援助意愿 / 捐赠意向 / 支援计划 (as a noun): the wish or plan to give, not a gift
# …,这批物资将分发给医院,对于A的鼎力相助深表谢意: a clause opened by 对/对于 thanks on its own; a plan told in
# a clause before (what will be done with the goods) is not what the thanks are
_OWN_THANKS_FRAME = re.compile(r"\s*(?:对于|對於|对|對)(?!此)")
INTENT_NOUN_AFTER = re.compile(r"(?:的)?(?:意愿|意願|意向|心愿|心願|打算)")


#: 与/和/同 before a team named in the same clause, no verb of sending between (与Y市医疗团队开展线上交流)
_MET_WITH_BEFORE = re.compile(r"[与和同跟][^,，。;；派遣选组]{0,14}$")


# 视频里那些纸箱,就是本市送给X的口罩 / 箱子里装的就是Y寄来的手套: goods identified as a gift made
_IDENTIFIED_AS = re.compile(r"(?:正是|就是|便是|即是|乃是)[^,，。;；]{0,30}$")
# 满载物资的货车从甲地出发,…直奔乙市: a verb of travel that states a gift only when goods travel (飞往 is left
# out: a flight's route, 搭乘航班从A飞往B, names a stop as often as the partner)
_FLOWN_TO = frozenset(("直奔",))
_ROUTE_BEFORE = re.compile(r"发往|运往|寄往|送往|捐给|赠给|赠予|捐赠给|向[^,，。]{1,20}?(?:捐赠|捐献|援助|赠送|提供|回赠|捐)")
_FLIGHT_ROUTE = re.compile(r"(?:搭乘|乘坐|经由|通过|经|由)[^,，。]{0,12}?(?:航班|班机|客机)[^,，。]{0,14}$")
_SET_OFF = re.compile(r"(?:启程|起飞|出发|启运|起运|发车|发运)[^。]{0,30}?[,，]")
_ONWARD = re.compile(r"(?:再|后|转|然后|随后|最终|最后|经)[^。]{0,6}?(?:运往|运抵|送往|送抵|运至|送至|转运|转送|抵达|运到|送到|交付|陆运|发往)")
_TRAVELLERS = re.compile(r"专家|医疗队|医护|代表团|市长|省长|州长|知事|官员|一行")


def _asserted(text: str, s: Sentence, clause, t: Trigger) -> bool:
    """Is the act stated as having happened (not planned, denied, referred to, or merely praised)?"""
    for at in (s.start, clause.start):
        again = ORDINAL_AGAIN.match(text, at)
        if again and at == s.start and clause.start > again.end() and EARLIER_BATCH.match(text, clause.start):
            continue  # 这是A给B的第三批援助,第一批手套早已送到B: the clause after tells the earlier batch itself
        if again and (again.end() <= t.start or at == clause.start):
            return False  # 这已是X第二次向武汉提供帮助 / …,这是我国派出的首支专家组: a comment on the act just told
    if clause.start > s.start and RANKED_AFTER.match(text, clause.start) and t.start >= clause.start:
        return False  # …运抵省会,这也成为我省获得的第一批海外援助物资: the goods just told, ranked
    plan_from = clause.start if t.type == "message" and _OWN_THANKS_FRAME.match(text, clause.start) else s.start
    if t.type != "request" and _plan_before(text, plan_from, t.end) and not _decided_and_sent(text, s, t):
        return False  # a need "about to" arise (即将面临短缺) is still a request
    if t.type == "medical_team" and t.word.word.endswith("组") and text.startswith("成", t.end):
        return False  # 由我省医疗专家组成: 组成 (made up of) is the verb; the team is told elsewhere
    if t.type == "medical_team" and _MET_WITH_BEFORE.search(text, clause.start, t.start) and any(
            o.type == "consultation" for o in find_triggers(text, t.end, clause.end)):
        return False  # 与Y市医疗队举行视频会议: the other side's team is who the meeting is held with
    if t.type == "medical_team" and text[t.start - 1:t.start] in ("与", "和", "随", "跟") \
            and re.match(r"(?:一行)?(?:同机|随机|一同|一起|同时)", text[t.end:t.end + 4]):
        return False  # 和医疗队同机到达的,还有…: the team only goes along with the goods told
    if t.type == "donation" and INTENT_NOUN_AFTER.match(text, t.end):
        return False  # 表达了援助意愿 / 有捐赠意向: the gift verb names what is wished, no gift yet
    if UNDER_WAY_AFTER.match(text, t.end) or UNDER_STUDY_BEFORE.search(text, clause.start, t.start):
        return False  # 线上交流也在筹划之中 / 正在研究向X追加提供消毒液: being planned, not done
    past = PAST_EVENT.search(text, s.start, t.start)
    if past and not re.search(r"今年|\d{1,2}月|20(?:19|2\d)年", text[past.end():t.start]):
        return False  # 2008年汶川地震时,日本曾向四川提供援助: a memory of an old disaster, not this epidemic's aid
    if t.word.direction == "goods" and _UNDER_WAY_BEFORE.search(text[clause.start:t.start]) \
            and PLAN.search(text, t.end, s.end):
        return False  # 正在募集第二批物资,计划下月发往X: goods being raised for a sending planned, not given
    if t.word.direction == "goods" and _UNDER_WAY_BEFORE.search(text[clause.start:t.start]) \
            and re.fullmatch(r"(?:之?中|当中)?\s*[。；;!！]?\s*", text[t.end:clause.end]):
        return False  # 有关物资正在筹措中: goods still being raised, nothing given yet
    if (t.type == "medical_team" or t.word.word == "援助物资") and PLAN.search(text, t.end, clause.end):
        return False  # 医疗专家组预计将于近日启程: the team (a noun) is told before its verb, and the verb is a plan
    if NEGATION.search(text, max(clause.start, t.start - 8), t.start):
        return False
    if nominal(text, t) and t.word.direction != "withteam" and not (
            t.type == "donation" and _IDENTIFIED_AS.search(text, clause.start, t.start) and find_items(text, t.end, clause.end)):
        return False  # (同机运抵的还有…: the goods are the news; 视频里那些纸箱,就是本市送给X的口罩: the goods shown
        # are named as a gift the page's side made, an act told)
    if _PURPOSE_BEFORE.search(text[max(clause.start, t.start - 3):t.start]) and t.type == "donation":
        return False  # 为支援中国抗击疫情,…: the purpose of what follows, not an act
    if t.type == "donation" and t.word.word in ("支援", "援助", "帮助", "支持") and re.search(
            r"表示[^,，。]{0,4}$", text[clause.start:t.start]) and not find_items(text, t.end, clause.end):
        return False  # 表示全力支援: support declared (Taiwan 支援 = support), not goods given
    if t.type == "donation" and _HOPED_FOR.search(text, clause.start, t.start):
        return False  # …发出请求,希望对方支援口罩: the gift hoped for, not given
    if t.type == "consultation" and _WISHED_IN_REQUEST.fullmatch(text, clause.start, t.start) \
            and _REQUEST_MADE.search(text, s.start, clause.start):
        return False  # …向Y提出请求,希望两市专家就…进行视频交流: the meeting wished for inside the request
    if t.type == "donation" and _OFFERED.search(text, clause.start, t.start):
        return False  # 并表示X愿尽全力提供帮助: help offered, not given
    if t.word.direction == "goods" and _RAISING_BEGUN.search(text, clause.start, t.start) \
            and _RAISING_WORK.match(text, t.end, clause.end):
        return False  # Y市已着手开展筹集防护服的工作: raising begun, nothing given yet
    if t.type == "request" and _ANSWERING.search(text, clause.start, t.start):
        return False  # 为回应友城的请求,A向B捐赠…: the request of a partner left unnamed, told before (a named asker stays)
    if t.type == "donation" and TOKEN_OF_THANKS.match(text, t.end):
        return False  # 向青岛市赠送了感谢牌 / 回赠锦旗: a token of thanks, not aid
    if t.type == "donation" and (_PREPARING.search(text, clause.start, t.start) or _UNDER_WAY.match(text, t.end, clause.end)):
        return False  # 正在筹备向X捐赠物资 / 向X捐赠物资的工作正在推进中: a gift being got ready, not yet given
    if t.type == "donation" and _GOODS_NOUN_THEN_PLAN.match(text, t.end, clause.end) \
            and not re.search(r"[向给为]", text[clause.start:t.start]):
        return False  # 第二批捐赠物资计划于下月发往X: the goods' sending is planned
    if t.type == "donation" and _SUPPLIER_BEFORE.search(text, clause.start, t.start):
        return False  # 口罩由一家生产商提供: who made or sold the goods
    if t.type == "donation" and _NOT_A_GIFT.search(text, t.end, s.end):
        return False  # 向X捐赠呼吸机的消息…,但企业表示属商业订单,并非捐赠: the sentence itself says it was no gift
    if t.type == "donation" and _LETTER_SENT.match(text, t.end, clause.end) and not find_items(text, t.end, clause.end):
        return False  # 寄送了一封由全体议员签名的慰问信: what was sent is a letter, not goods
    if t.type == "donation" and _PICTURED.match(text, t.end, clause.end):
        return False  # 并贴出了物资运抵市政厅的照片: the arrival is what a picture shows, told with the post
    if t.type == "donation" and _BATCHES_TOLD.match(text, clause.start) and clause.start > s.start and any(
            u.type == "donation" for u in find_triggers(text, s.start, clause.start)):
        return False  # …向A、B捐赠…,向C捐赠…,三批物资均已运抵当地: the batches just told, arriving
    if t.type == "donation" and clause.start > s.start and _BATCH_PART.match(text, clause.start) \
            and not re.search(r"[向给為为]", text[clause.start:t.start]) \
            and _BATCHES_RECEIVED.search(text, s.start, clause.start):
        return False  # A先后收到B、C的三批捐赠,其中两批在去年送达 / 大部分已运抵: parts of the batches just counted
    if t.type == "donation" and _BOUGHT_FOR.search(text[clause.start:t.start]):
        return False  # 这批代为采购的口罩已运到 / 甲国从中国采购的呼吸机已运抵: goods bought, not a gift
    if t.type == "request" and re.search(r"应(?:有关|相关|一些|多个|多国|各|不少)[^,，。]{0,8}$", text[clause.start:t.start]):
        return False  # 应有关国家请求,…: the askers are unnamed, the request frames what follows
    if t.type == "request" and t.word.word == "急需" and _MANY_PEOPLE_NEED.search(text[clause.start:t.start]):
        return False  # 不少患者急需口罩,药店口罩断货: people's want on the market, no side asking the other
    if t.type == "request" and text[t.end:t.end + 1] == "的" and t.word.word in ("急需", "紧缺", "短缺", "求助", "求援"):
        return False  # 急需的医疗物资: an adjective, not a need stated
    if t.type == "request" and t.word.word in ("紧缺", "短缺") and not re.match(
            r"(?:[,，。;；:：!！\s]|$|的问题|问题|的情况|状况|局面)", text[t.end:t.end + 3]):
        return False  # 紧缺医疗物资: an adjective, not a need stated
    described = PARTY_DESCRIBED.match(text, t.end, clause.end)
    if t.type in ("donation", "request") and described and (
            "最" in described.group() or re.search(r"曾经?$", text[max(clause.start, t.start - 2):t.start])):
        return False  # 多个曾援助中国的韩国地方政府 / 是某省捐赠口罩最多的国家: a party described, not an act
    if t.type == "request" and re.search(r"(?:收到|接到)[^,，。]{0,6}$", text[clause.start:t.start]) \
            and re.match(r"[^,，。]{0,6}?(?:后|之后|时)", text[t.end:clause.end]):
        return False  # 收到求援信后,…: the request was told before; this clause frames what follows
    if t.word.direction in ("ship", "shipin", "recv", "goods", "withteam") and not find_items(text, clause.start, clause.end) \
            and not ((moved(t) or _into_hands(text, clause, t) or _handed_on_by(text, s, clause, t)
                      or t.word.word in _HANDED_OVER_AT) and _gift_phrase_before(text, s, clause)) \
            and not _received_after_gift(text, s, clause, t) \
            and not (t.word.direction == "recv" and GIFT_NOUN_AFTER.match(text, t.end, clause.end)) \
            and not (t.word.direction == "recv" and _counted_goods_after(text, t.end, clause.end)) \
            and not (t.word.direction == "ship" and _money_handed(text, clause.start, t.start)):
        return False  # 发出/启运 only count when goods are what leaves
    if t.word.word in _FLOWN_TO and (not find_items(text, s.start, t.start) or _TRAVELLERS.search(text, s.start, t.start)):
        return False  # 市长直奔X / 专家组出发,直奔X: people travel; only goods (or a plane or truck of them) sent are a gift
    if t.word.word in _FLOWN_TO and (_ROUTE_BEFORE.search(text, s.start, t.start) or _FLIGHT_ROUTE.search(text, clause.start, t.start)
                                     or not _SET_OFF.search(text, s.start, t.start) or _ONWARD.search(text, t.end, s.end)):
        # 发往甲国的口罩搭乘航班从A出发,直奔B: the gift is told by its own verb; the trip only says the way it went.
        # The goods must be told setting off first (从甲地出发,…直奔乙市): a bare 直奔 is a route;
        # and 直奔A,再转运至B heads for a stop on the way, not to the partner.
        return False
    if t.word.word == "签收" and _BACK_REFERENCE.match(text, clause.start):
        return False  # 这批口罩已由B消防局签收: the gift told before, taken in
    if GOODS_STATE.fullmatch(t.word.word) and not (
            GIFT_PHRASE.search(text, clause.start, t.start) or GIFT_GOODS.search(text, clause.start, t.start)
            or _SENT_HERE_PHRASE.search(text, clause.start, t.start) or RAISED_FOR.search(text, clause.start, t.start) or _RAISED_AND_BOUND(text, s, clause, t)
            or _gift_phrase_before(text, s, clause)):
        return False  # 订购的口罩已经到货 / 物资已在途中: goods on their way or arrived are a gift only when named one
    if GOODS_STATE.fullmatch(t.word.word) and re.match(r"(?:了)?\s*(?:后|之后|以后|时)", text[t.end:t.end + 4]):
        return False  # 这批口罩到货后,…: the arrival frames what follows
    if t.word.direction in ("ship", "recv") and re.search(r"在[^,，。]{0,6}$", text[clause.start:t.start]) \
            and re.match(r"[^,，。]{0,8}?(?:后|之后|时)", text[t.end:clause.end]):
        return False  # 在收到物资后发表声明: the receipt frames what follows
    if t.word.direction == "ceremony" and _AT_PLACE_BEFORE.search(text, clause.start, t.start) \
            and _AT_OCCASION_AFTER.match(text, t.end):
        return False  # X市长在交接仪式上说…: the ceremony is where words were said; the gift is told elsewhere
    if t.word.direction in ("ship", "recv", "out") and (_BACK_REFERENCE.match(text, clause.start)
                                                        or _BARE_GOODS_LEAD.fullmatch(text, clause.start, t.start)) \
            and re.match(r"[^,，。]{0,4}?(?:后|之后|以后|时|之际)\s*[,，]", text[t.end:clause.end + 1]):
        return False  # 这批物资运抵后,X市长…: the gift told before, now the time of what follows
    if t.type == "donation" and t.word.word in _VAGUE_HELP and _THANKED_FOR.search(text, clause.start, t.start) \
            and _THANKS_CLOSE.search(text, t.end, s.end) and not find_items(text, t.start, s.end) \
            and _IN_LETTER.search(text, s.start, t.start):
        # A致信B,对于B在疫情期间伸出援手表示感谢: the help a letter thanks for, named by no goods, is no gift
        # told (thanks said at a hand-over stand for the gift just handed over)
        return False
    if _ONE_OF_LEAD.match(text, clause.start, t.start) and _ONE_OF_AFTER.match(text, t.end, clause.end):
        return False  # …,成为乙市最早收到的外国捐赠之一: the act just told, ranked among others, no act of its own
    return t.type == "message" or not _in_evaluation(text, clause, t)


#: a clause that only ranks the act told before it (成为/是 … 之一): it opens on the copula …
_ONE_OF_LEAD = re.compile(r"\s*(?:这|此|它|也|并|还|亦|更|则)*(?:已经?|已)?(?:成为|成了|是|為|为|算是|屬於|属于)")
#: … and the trigger is a noun in the group it is ranked in
_ONE_OF_AFTER = re.compile(r"[^,，。;；]{0,6}?(?:之一|中的一(?:批|个|個|份|笔|筆))")


# 友好城市A送来的N个口罩已经到货: goods a named partner sent here, arrived (送来 names the sender as giver)
_SENT_HERE_PHRASE = re.compile(r"(?:送来|寄来|捎来|運來|送來|寄來)的[^,，。;；的]{0,16}?(?:口罩|防护服|防護服|手套|物资|物資|试剂|試劑|呼吸机|呼吸機)")


# help without goods (伸出援手) inside a 对(于)…表示感谢 frame: what the thanks are for, not a gift of its own
_VAGUE_HELP = frozenset({"伸出援手", "伸出援助之手", "支援", "援助", "帮助", "支持", "提供帮助", "提供援助"})
_THANKED_FOR = re.compile(r"(?<![面针相绝])对(?![口方外接话])")
_IN_LETTER = re.compile(r"致信|致函|去信|去函|来信|来函|回信|复信|信中|函中|写信|一封信")
_THANKS_CLOSE = re.compile(r"(?:表示|表达|致以|深表|深致|心存)[^,，。]{0,6}?(?:感谢|谢意|感激|敬意)")


def _caller_of_reported_thanks(text: str, s: Sentence, d: Draft, s_refs: list[Ref]) -> None:
    """县府表示,A市议长也于上周致电B镇长,表达谢意: the reporter of the call is not its caller; the party
    before 致电 thanks, the one after it is thanked."""
    if d.type != "message" or d.trigger.word.kind != "thanks" or s.speech_from is None or d.trigger.start < s.speech_from:
        return
    for c in s.clauses:
        if not (s.speech_from <= c.start and c.end <= d.trigger.start) or _clause_of(s, c.start) == _clause_of(s, d.trigger.start):
            continue
        m = CALLED_OR_WROTE.search(text, c.start, c.end)
        if m is None:
            continue
        before = [r for r in s_refs if c.start <= r.start < m.start() and r.key and opens_as_caller(text, c.start, r.start)]
        after = [r for r in s_refs if m.end() <= r.start < c.end and r.key]
        # (…致电乙镇镇长: the one called unnamed as a place, the reporter's own side was called)
        after = after or [r for r in s_refs if s.start <= r.start < s.speech_from and r.key]
        if not before or not after or after[0].country == before[0].country:
            return
        d.frm, d.to, d.frm_named, d.defaulted_to = [before[0]], [after[0]], True, False
        return


# 首批… / 第一批… / 上一批…: a clause telling an earlier batch than the one just counted
EARLIER_BATCH = re.compile(r"\s*(?:其中)?(?:首批|第一批|头一批|上一批|前一批|前两批|此前一批)")


# 按照X公布的分配计划, / 根据两市商定的方案,: the published plan is what the acts followed, not a plan of them
FOLLOWED_PLAN = re.compile(r"(?:按照|根据|依照|依据)[^,，。;；将]{0,20}?的[^,，。;；将]{0,6}?(?:计划|方案|安排)\s*[,，]")


#: 将 + verb + 到/好/得 + 的: the verb's result names the object 将 moves (将筹集到的捐款汇往…), no plan
_DONE_OBJECT_AFTER = re.compile(r"(?:到|好|得|齐)的")


def _plan_before(text: str, a: int, b: int):
    """PLAN in [a, b), leaving out a clause that says which published plan the acts followed."""
    m = PLAN.search(text, a, b)
    while m is not None:
        if m.group().startswith("将") and _DONE_OBJECT_AFTER.match(text, m.end()):
            m = PLAN.search(text, m.end(), b)  # 将筹集到的N日元捐款汇往X: 将 takes the raised sum as its object
            continue
        basis = FOLLOWED_PLAN.search(text, max(a, m.start() - 30), b)
        if basis is None or not basis.start() <= m.start() < basis.end():
            return m
        m = PLAN.search(text, basis.end(), b)
    return None


# …,首批物资已于31日从X机场起运 / 物资已运抵: the goods already left or arrived
SENT_ALREADY = re.compile(r"\s*(?:首批|第一批|(?:这|该|此)批(?:[^,，。;；]{0,10}?的)?|上述)?(?:物资|口罩|货物)?(?:已经?|均已)[^,，。;；]{0,16}?"
                          r"(?:起运|启运|发出|寄出|运出|运抵|送达|抵达|交付)")


# …物资(更/也/均)已(于N日)运抵: the verb of arrival told as done
_ARRIVED_ALREADY = re.compile(r"(?:已经?|均已)[^,，。;；将拟]{0,10}$")


def _decided_and_sent(text: str, s: Sentence, t: Trigger) -> bool:
    """X市政府决定向Y捐赠口罩5万只,首批物资已于31日起运: a gift decided, whose goods already left, was made."""
    if t.type != "donation":
        return False
    plans = list(PLAN.finditer(text, s.start, t.end))
    ci = _clause_of(s, t.start)
    # (A、B表示有意支援,其中A的物资已运抵X: a later clause tells the goods of one of them arrived; that gift is made)
    if plans and all(m.start() < s.clauses[ci].start for m in plans) and t.word.word in ARRIVED \
            and _ARRIVED_ALREADY.search(text, s.clauses[ci].start, t.start):
        return True
    # (B即将收到A捐赠的口罩,这批口罩已于23日运出: what is about to arrive has left; the gift was made)
    # (X宣布将致赠Y口罩5万片,已于14日寄出: a gift announced as coming whose goods already left was made)
    if not plans or any(m.group() not in ("决定", "即将") and not m.group().startswith("将") for m in plans):
        return False
    return any(SENT_ALREADY.match(text, c.start) for c in s.clauses[ci + 1:])


def _counted_goods_after(text: str, a: int, b: int) -> bool:
    """分别获赠1万片: an amount counted with a counter for things, the goods named before."""
    from cityaid.extract.items import _is_goods
    return any(_is_goods(q) and q.value is not None and q.unit for q in find_quantities(text, a, b))


# a year long before the epidemic, told as the time of something (2008年…地震时, 2011年…期间)
PAST_EVENT = re.compile(r"(?<!\d)(?:19\d{2}|20(?:0\d|1[0-8]))年[^,，。;；]{0,20}?(?:时|期间|之际|后)")
TOKEN_OF_THANKS = re.compile(r"(?:了)?(?:一|两|[\d])?(?:块|面|封|份|幅|枚)?(?:感谢牌|感谢状|感谢信|锦旗|牌匾|奖状|纪念牌|纪念品|荣誉市民)")
MOVED = frozenset("抵达 启运 起运 启程 搭乘 发出 运出 寄出 到达 到了".split())  # the goods leave or arrive (not 转交: a person hands on)
# the family of predicates telling where the goods of a gift now are (已经到货, 已顺利清关, 已入境, 已在空运途中,
# 已登上航班, 已踏上旅途): like the verbs above, their subject is the goods, so a gift phrase before names the giver
GOODS_STATE = re.compile(r"到货|清关|通关|入境|(?:已|正|仍|尚|目前|现)(?:经)?在(?:空运|海运|陆运|运输|运送|转运|寄送|邮寄)?途中"
                         r"|登上(?:了)?|踏上(?:了)?(?:旅途|旅程|征程|归途)|装机(?:起飞|启运|起运|运出)|装上(?:了)?(?:飞机|货机|包机|航班)")


def _money_handed(text: str, start: int, end: int) -> bool:
    """A把200万日元的支援金交给B: a sum of money is what is handed over (no goods in the clause)."""
    return any(q.currency is not None for q in find_quantities(text[start:end]))


def moved(t: Trigger) -> bool:
    """The trigger tells the goods leaving, arriving or on their way (MOVED, or a GOODS_STATE predicate)."""
    return t.word.word in MOVED or bool(GOODS_STATE.fullmatch(t.word.word))


def _received_after_gift(text: str, s: Sentence, clause, t: Trigger) -> bool:
    """A捐出的一万片口罩,已由B接收 / …,B随即签收: the receipt whose goods are the gift phrase of the clause before."""
    return t.word.direction == "recv" and t.word.word in RECEIPT_VERBS and _gift_phrase_before(text, s, clause)


# (…已在途中,)将送往B / 随后运往B: the clause after goods on their way names where they are bound
# (本周内将分两批抵达B / 预计月底运抵B: a time of arrival and the batches it comes in may come before the verb)
BOUND_FOR = re.compile(r"\s*(?:(?:其|这批物资的|物资的)?目的地(?:包括|包含|为|是|有|分别为|分别是)|(?:并|随后|之后|然后|再|将|预计|即将|将会|于[^,，。]{0,8}?|(?:本|下|这)(?:周|月)(?:内|底|初)?|月底|月初|近日|日内"
                       r"|分[两二三四五六\d]批){0,4}(?:分别)?(?:送往|运往|发往|寄往|飞往|运抵|送抵|运至|送至|运到|送到|分送|抵达|飞抵))")
_BOUND_VERBS = frozenset("送往 运往 发往 寄往 飞往 运抵 送抵 运至 送至 运到 送到 分送 抵达 飞抵".split())
# goods named as a gift by a noun (捐赠物资, 援助口罩, 赠品)
GIFT_GOODS = re.compile(r"(?:捐赠|援助|捐助|捐献|赠送)(?:的)?(?:防疫|医疗|抗疫)?(?:物资|口罩|防护服|货物)|赠品|礼物|善款")
def _RAISED_AND_BOUND(text: str, s: Sentence, clause, t: Trigger) -> bool:
    """由A筹集的口罩已装机起飞,将送往B / A的第二批物资已在途中,目的地包括B和C: goods a giver raised, or one
    batch of a series, on their way to a partner named in a clause after."""
    if not (RAISED_BY.search(text, clause.start, t.start) or _ONE_BATCH.search(text, clause.start, t.start)):
        return False
    return _bound_clause(text, s, _clause_of(s, t.start)) is not None


def _bound_clause(text: str, s: Sentence, ci: int):
    """The clause after clause ``ci`` that says where the goods are bound (将送往B / 目的地包括B), passing over
    clauses that count or list the goods (共有口罩N只, 包括…)."""
    for c in s.clauses[ci + 1:ci + 3]:
        if BOUND_FOR.match(text, c.start, c.end):
            return c
        if not (LISTING.match(text, c.start) or _GOODS_COUNTED.match(text, c.start)):
            return None
    return None


# (紧急)联系/联络/致电 X: X is the one reached
_CONTACTED = re.compile(r"(?:联系|联络|致电|电话联系|写信给|发邮件给|致函)(?:了|上)?$")
# the clause that asks opens with the asking (请她帮忙 / 紧急请求协助): its subject is the one who contacted
_ASKED_TO_HELP = re.compile(r"\s*(?:并|随即|随后|当即)?(?:紧急|急切地|迫切地)?(?:请求|恳请|请)")
_LIST_GOES_ON = re.compile(r"\s*(?:以及|还有|及)")
# 第二批(…的)物资 / 又一批口罩: one batch of a series of gifts
_ONE_BATCH = re.compile(r"(?:第[二三四五六七八九十\d]+|又一|再一)批")
# 共有口罩N只 / 计有…: a clause that counts the goods
_GOODS_COUNTED = re.compile(r"\s*(?:共有|计有|其中有|内有|含|合共|总共)")


# (由)A筹集的 / A募集来的: goods raised by the one named before
RAISED_BY = re.compile(r"(?:募集|筹集|筹措|募捐)(?:来|到)?的")
# 由A为B募集的物资 / A为B筹措的口罩: goods raised for the partner are a gift to it
RAISED_FOR = re.compile(r"(?:为|給|给)[^,，。]{1,16}?(?:募集|筹集|筹措|募捐)(?:来)?的")
# 收到X的捐赠 / 接收了X的援助: what is received is the gift itself, named by its noun
GIFT_NOUN_AFTER = re.compile(r"(?:了)?[^,，。;；的]{2,20}?的(?:[一二两三四五六七八九十\d]+批|多批|几批)?(?:大力|慷慨|爱心)?(?:捐赠|捐助|援助|馈赠|捐款|捐物|赠礼)(?=[,，。;；和及、]|$)")
# the receipt verbs whose object may be the goods of a gift phrase told just before
RECEIPT_VERBS = frozenset("接收 签收 收到 收下 接下 接过 接获 获得 获赠 受赠".split())
# 物资运抵后,X… / 口罩送达后,…: goods named by a bare noun, the clause's whole subject, are the gift told before
_BARE_GOODS_LEAD = re.compile(r"\s*(?:援助|捐赠|防疫|抗疫|医疗)?(?:物资|货物|口罩)(?:已|已经|顺利|均)?")
# 此番物资 / 这批口罩 / 上述物资: goods named again, whose gift was told before
_BACK_REFERENCE = re.compile(r"\s*(?:此番|此次|这次|这批|该批|此批|上述|这些)(?:捐赠|援助|防疫|医疗)?(?:的)?(?:物资|口罩|货物|防护服|礼物)")
GIFT_PHRASE = re.compile(rf"(?:(?:捐|送|赠|寄)(?=给)|{GIFT_VERBS}|寄出|送出|寄来|送来)(?:给[^,，。]{{1,16}}?|(?!仪式|活动|工作|行动)[^,，。的、]{{2,10}}?)?的")


LISTING = re.compile(r"\s*(?:包括|其中包括|含|共计|总计|合计|共有|计有)")


def _handed_on_by(text: str, s: Sentence, clause, t: Trigger) -> bool:
    """A捐赠的5000只口罩,日前由C转交我市: the goods of a gift phrase with no recipient of its own, handed over
    (由/经由 C) in the clause after; that clause names whom they were for.  (A向B捐赠的口罩,经C交付B方 is the
    gift told already; B收到…,将转交医院 hands the goods on.)"""
    if t.word.word not in HAND_OVER or not _BY_BEFORE_HANDING.search(text, clause.start, t.start):
        return False
    before = [c for c in s.clauses if c.end <= clause.start]
    return bool(before) and not re.search(r"[向给給为為]", text[before[-1].start:before[-1].end]) \
        and last_receipt(text, before[-1].start, before[-1].end) == -1


# 援X(的)抗疫物资 / 由A提供的物资: goods named as aid (援 with the one-character name of whom it is for)
_AID_LEAD = re.compile(r"(?<![支救求增声应])援[\u4e00-\u9fff]{1,2}(?=(?:的)?(?:抗疫|防疫|医疗)?物资)|由[^,，。;；]{1,16}?提供的")


# (日前)由C / 经由C / 通过C: who hands the goods over, before the verb
_BY_BEFORE_HANDING = re.compile(r"(?:由|经由|經由|通过|通過|(?<![已曾])经(?![过過济理营验历常费]))[^,，。;；]{1,20}$")


def _gift_phrase_before(text: str, s: Sentence, clause) -> bool:
    """A捐赠的5万只口罩,15日抵达B机场: the goods are the gift phrase of the clause before, the subject of the arrival."""
    before = [c for c in s.clauses if c.end <= clause.start]
    prev = before[-1] if before else None
    # (A捐赠的一批物资,包括口罩5万个、…,昨日由X机场发出: the clauses listing its goods lie between)
    while len(before) >= 2 and LISTING.match(text, before[-1].start):
        before.pop()
        prev = before[-1]
    if prev is None or not (GIFT_PHRASE.search(text, prev.start, prev.end) or _AID_LEAD.search(text, prev.start, prev.end)):
        return False
    items = find_items(text, prev.start, prev.end)
    if items and _AID_LEAD.search(text, prev.start, items[0].start):
        return True  # 中国援X抗疫物资,经…移交X方面 / 由A提供的物资,…: the goods named as aid, handed over after
    # (A捐赠给B的外科口罩共十八万个,已于18日抵达B: the count of the goods may close their phrase)
    rest = COUNT_CLOSING.sub("", text[items[-1].end:prev.end].strip(" ,，")) if items else ""
    return bool(items) and GIFT_PHRASE.search(text, prev.start, items[0].start) is not None \
        and not re.search(r"[\u4e00-\u9fff]{2,}", rest)


# 共十八万个 / 共计5万只 / 约3000套: the count closing a phrase that names goods
COUNT_CLOSING = re.compile(r"^(?:共|共计|总计|合计|计|约|达|逾|超过|近)?\s*[\d一二三四五六七八九十百千万亿两.,，]+\s*(?:余|多)?"
                           r"(?:个|只|隻|件|套|副|台|支|片|瓶|箱|包|盒|吨|份|剂|顶|张|双|卷|桶|袋|枚|具|辆|批)$")


def _collapse(drafts: list[Draft], text: str = "") -> list[Draft]:
    """One act per party and kind in a sentence: "X在官网刊文,向Y表示感谢" is one message."""
    out: list[Draft] = []
    for d in drafts:
        for k in out:
            if k.type == d.type and k.of == d.of and _same_refs(k.frm, d.frm) and (
                    _same_refs(k.to, d.to) or k.defaulted_to or d.defaulted_to or not k.to or not d.to) \
                    and not _own_figures(text, k, d):
                if (k.defaulted_to or not k.to) and d.to and not d.defaulted_to:
                    k.to, k.defaulted_to = d.to, False
                if d.date is not None and k.trigger.word.direction == "goods" and d.trigger.word.direction == "out":
                    k.date = d.date  # 第二天就募集了口罩,于3月4日寄出: the gift is dated by its sending, not its raising
                else:
                    k.date = _finer_date(k.date, d.date)
                k.counts = k.counts or d.counts
                if k.item_span or d.item_span:  # 向我市伸出援手,捐赠了8000只口罩: the goods of either clause
                    ka, kb = k.item_span or (k.sentence.start, k.sentence.end)
                    da, db = d.item_span or (d.sentence.start, d.sentence.end)
                    k.item_span = (min(ka, da), max(kb, db))
                kw, dw = k.trigger.word, d.trigger.word
                if (kw.kind is None and dw.kind) or (kw.medium is None and dw.medium):
                    # 致信…,对…表示慰问: the letter's kind comes from the clause that says it
                    k.trigger = _with_medium(Trigger(k.trigger.start, k.trigger.end, kw.__class__(
                        kw.word, kw.type, kw.direction, kw.kind or dw.kind, kw.medium)), dw.medium)
                break
        else:
            out.append(d)
    # 该市伸出援手,先后两次向我市捐赠口罩共计N只: the help named by the idiom is the total the next clause counts
    return [d for d in out if not (d.type == "donation" and d.trigger.word.word in _HELP_IDIOM and any(
        t.type == "aggregate" and t.of == "donation" and t.trigger.start > d.trigger.start and _same_refs(t.frm, d.frm)
        and (not t.to or not d.to or _same_refs(t.to, d.to)) for t in out))]


#: help named by an idiom alone, no goods of its own
_HELP_IDIOM = frozenset({"伸出援手", "伸出援助之手"})


def _finer_date(first: DateMention | None, other: DateMention | None) -> DateMention | None:
    """今年2月,A向B捐赠的口罩于2月10日运抵: one act told by two clauses takes the day the later gives
    within the month the first gives; otherwise the first clause's date stands."""
    if first is None:
        return other
    if other is not None and len(first.value) == 7 and len(other.value) == 10 and other.qualifier == "on" \
            and other.value.startswith(first.value) and first.qualifier in ("on", "approx"):
        return other
    return first


def _own_figures(text: str, k: Draft, d: Draft) -> bool:
    """其中,省政府捐赠5万只,甲市捐赠1.5万只,省友协向Y捐赠5000只: gifts told clause by clause, each with its
    own figure, stay apart even where two name the same side."""
    if k.type != "donation" or not k.item_span or not d.item_span or k.clause_start == d.clause_start:
        return False
    (ka, kb), (da, db) = k.item_span, d.item_span
    if ka < db and da < kb:
        return False
    return all(any(line.quantity is not None for line in itemize(text, a, b)) for a, b in ((ka, kb), (da, db)))


def _same_refs(a: list[Ref], b: list[Ref]) -> bool:
    return {r.key or r.name for r in a} == {r.key or r.name for r in b}


#: X通过电话向Y表示, … 希望…: the call is the medium the words went by, the clause told through it asks
_ASKED_BY_CALL = re.compile(r"(?:通过|透过|通過|经由|經由|借助|利用)[^,，。:：]{0,6}?(?:视频|視頻|视像|視像|电话|電話|网络|網絡)"
                            r"[^,，。:：]{0,6}?向(?!记者|媒体|本报|外界)[^,，。:：]{1,12}?(?:表示|提出|表达|表達|反映)\s*[,，:：]")


def _call_frames_the_ask(text: str, s: Sentence, d: Draft, out: list[Draft]) -> bool:
    """X曾在与Y的视频会议中表示,希望Y提供试剂 / X通过电话向Y表示,…希望给予支援: the call is only where (or how)
    the wish was told; the request is the act."""
    for r in out:
        if r.type == "request" and r.clause_start > d.clause_start:
            m = _ASKED_IN_WORDS.search(text, s.start, r.clause_start)
            if m and m.start() <= d.trigger.start < m.end():
                return True
            m = _ASKED_BY_CALL.search(text, s.start, r.clause_start)
            if m and m.start() <= d.trigger.start < m.end():
                return True
    return False


def _absorbed_by_request(d: Draft, out: list[Draft]) -> bool:
    """提出举行视频会的请求: the conference is what was asked for, not an act that took place."""
    same_clause = [r for r in out if r.type == "request" and r.clause_start == d.clause_start]
    return bool(same_clause) or any(r.type == "request" and r.trigger.start > d.trigger.start
                                    and r.requested == (d.of or d.type) and r.trigger.word.word != "要求下" for r in out)


def _pick(text: str, clause, ts: list[Trigger]) -> list[Trigger]:
    """One trigger per type in a clause.

    A handover ceremony outranks the 捐赠 inside its name; a video link that
    only frames a message (视频连线时感谢…) gives the message its medium.
    """
    if any(t.type == "message" for t in ts) and all(not t.word.medium for t in ts):
        # 在致辞中感谢 / 在交接仪式上致谢: words said where the sides met, no letter
        ts = [_with_medium(t, "in_person") if t.type == "message" and _SAID_AT_OCCASION.search(text, clause.start, t.start)
              else t for t in ts]
    if len(ts) == 1 and (ts[0].word.kind or None) == ts[0].word.kind and (ts[0].word.medium or None) == ts[0].word.medium:
        return list(ts)  # (speed) one trigger: none of the rules below changes it
    if any(t.word.direction == "ceremony" for t in ts):
        ts = [t for t in ts if t.type != "donation" or t.word.direction == "ceremony"]
    if any(t.type == "medical_team" for t in ts):
        ts = [t for t in ts if t.type != "donation"]  # 医疗专家组驰援意大利: the team's journey, not a gift
    if any(t.type == "message" for t in ts):
        framed = [t for t in ts if t.type == "consultation" and _framed(text, clause, t)]
        if framed:
            ts = [t for t in ts if t not in framed]
            ts = [_with_medium(t, framed[0].word.medium) if t.type == "message" else t for t in ts]
    if any(t.type == "message" for t in ts):
        # 共收到来自…的慰问函电40余件: what was received is the letters (counted in 件), no goods
        for g in [t for t in ts if t.type == "donation" and t.word.direction == "recv"]:
            msg = next((u for u in ts if u.type == "message" and u.start > g.end), None)
            if msg is not None and LETTER_COUNT.match(text, msg.end) and not find_items(text, g.end, msg.start):
                ts = [t for t in ts if t is not g]
    gifts = [t for t in ts if t.type == "donation"]
    if len(gifts) >= 2 and _CARRY_VERB.fullmatch(gifts[0].word.word):
        # 包机还运送了甲省援助乙国的一批物资: the gift is told in the goods' own words, the carrying is no gift
        inner = [u for u in gifts[1:] if u.start - gifts[0].end <= 14 and _OF_THE_GOODS.match(text, u.end, clause.end)
                 and "的" not in text[gifts[0].end:u.start]]
        if inner:
            ts = [t for t in ts if t is not gifts[0]]
    # 感谢成都专家介绍经验: what is thanked for is not a new act.
    thanks = [t for t in ts if t.type == "message" and t.word.kind == "thanks"]
    if thanks:
        ts = [t for t in ts if t.type == "message" or t.start < thanks[0].start]
    seen, out = set(), []
    for t in ts:
        if t.type in seen:
            continue
        seen.add(t.type)
        same = [u for u in ts if u.type == t.type]
        kind = next((u.word.kind for u in same if u.word.kind), None)
        medium = next((u.word.medium for u in same if u.word.medium), None)
        if (kind, medium) != (t.word.kind, t.word.medium):
            w = t.word
            t = Trigger(t.start, t.end, w.__class__(w.word, w.type, w.direction, w.kind or kind, w.medium or medium))
        out.append(t)
    return out


#: 在(交接仪式上的)致辞中 / 在仪式上 / 在讲话时, right before a message verb: said in person (not on a video or a call)
_SAID_AT_OCCASION = re.compile(r"在(?:(?!视频|視頻|影片|线上|線上|网上|網上|电话|電話|连线|連線|会议|會議)[^,，。;；:：“”「」]){0,10}?"
                               r"(?:致辞|致辭|讲话|講話|发言|發言|仪式|儀式|典礼|典禮|现场|現場)(?:上|中|时|時)?"
                               r"(?:专门|專門|特别|特別|再次|也|还|還|亦)?\s*(?:向[^,，。;；]{0,16}?)?$")


#: goods carried by a team told as someone's gift (X捐赠的 / 由X援助 / 援菲的 / X提供的)
_GIVEN_BY_SOMEONE = re.compile(r"捐|援|赠|贈|提供|筹集|籌集|筹措|籌措|募集")
#: verbs that only carry goods (运送, 携带) and a gift verb opening the goods' own words (…援助乙国的一批物资)
_CARRY_VERB = re.compile(r"运送|运来|运去|带来|带去|携带|运载|搭载|载运|送来|送去")
_OF_THE_GOODS = re.compile(r"[^,，。、]{0,10}?的(?:一批|首批|第[一二三四五六七八九十]批|这批|该批|[\d一二三四五六七八九十]+批)?")


LETTER_COUNT = re.compile(r"(?:函电|信函|信件|电报|电|件|信|函)?(?:共|计|达)?[\d一二三四五六七八九十百两]+(?:余|多)?(?:件|封|份|条|通)(?=[。，,；;、]|$)")


def _framed(text: str, clause, t: Trigger) -> bool:
    return bool(re.search(r"在[^,，。]{0,12}$", text[clause.start:t.start])) and text[t.end:t.end + 3].startswith("中")


def _with_medium(t: Trigger, medium: str | None) -> Trigger:
    w = t.word
    return Trigger(t.start, t.end, w.__class__(w.word, w.type, w.direction, w.kind, w.medium or medium))


def _in_evaluation(text: str, clause, t: Trigger) -> bool:
    """对本市介绍防控经验给予积极评价: praise of an act already told, not a new act."""
    before = text[clause.start:t.start]
    after = text[t.end:clause.end]
    return "对" in before and bool(EVALUATION.search(after))


# --------------------------------------------------------------------- roles
def _groups(refs: list[Ref], s: Sentence | None = None) -> list[list[Ref]]:
    """Coordinated lists of mentions; a list never runs across a clause boundary (青岛支援大邱、无锡支援丰川)."""
    groups: dict[tuple, list[Ref]] = {}
    for r in refs:
        groups.setdefault((r.group, _clause_of(s, r.start) if s is not None else 0), []).append(r)
    out = [groups[k] for k in sorted(groups)]
    for prev, g in zip(out, out[1:]):
        if prev[0].group == g[0].group and s is not None and g[0].start == s.clauses[_clause_of(s, g[0].start)].start:
            for r in g:  # a list cut at a clause start: its marker was the first part's preposition, not its own
                r.marker = None
    return out


DATED_LIST_GAP = re.compile(r"\s*[（(]?\s*(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?\s*[)）]?\s*(?:、|和|及|与|以及)\s*")


#: 感谢A政府,尤其是B市长: the one singled out after a comma is one of the list before
_ESPECIALLY_GAP = re.compile(r"(?:政府|人民|政府和人民)?[,，]\s*(?:尤其是|特别是|尤其|特別是|尤其要感谢|特别要感谢)")


def _sentence_groups(text: str, s: Sentence, refs: list[Ref]) -> list[list[Ref]]:
    """:func:`_groups` of a sentence's mentions, without places goods pass through (经米兰机场运抵, 途经首尔).

    (speed) Read once per sentence: every trigger of the sentence asks, and
    nothing changes the mentions or the clauses in between.
    """
    memo = s.__dict__.get("_groups_memo")
    if memo is not None and memo[0] is refs and memo[1] is s.clauses:
        return memo[2]
    groups = [g for g in _groups(refs, s) if not PASSED_THROUGH.search(text[max(s.start, g[0].start - 2):g[0].start])]
    merged: list[list[Ref]] = []
    for g in groups:
        # 安徽省3月17日、河北省3月25日先后… / 甲市(4月2日)、乙市(4月9日)和丙市: a date told after each member
        # does not cut the list
        if merged and ((_clause_of(s, g[0].start) == _clause_of(s, merged[-1][0].start)
                        and g[0].marker is None and DATED_LIST_GAP.fullmatch(text, merged[-1][-1].end, g[0].start))
                       or (g[0].marker is None and _ESPECIALLY_GAP.fullmatch(text, merged[-1][-1].end, g[0].start))):
            for r in g:
                r.group = merged[-1][0].group
            merged[-1] = merged[-1] + g
        else:
            merged.append(g)
    groups = merged
    s.__dict__["_groups_memo"] = (refs, s.clauses, groups)
    return groups


#: 在疫情最严重时 / 在1月疫情暴发期间: a clause that only tells when, after the party opening it
_WHEN_CLAUSE = re.compile(r"\s*(?:在|於|于)[^,，。;；:：“”「」]{1,24}?(?:时|時|期间|期間|之际|之際)\s*[,，]?\s*$")


def _clause_initial(text: str, s: Sentence, r: Ref) -> bool:
    """继…通话之后,李市长…: a party opening a later clause can be the subject told first; an object cannot."""
    c = s.clauses[_clause_of(s, r.start)]
    head = PARTNER_TIE_HEAD.sub("", text[c.start:r.start])  # (我省的友好省县X / 本市友城X: X still opens the clause)
    return not re.sub(r"[\d月日年晚上下午早当天同时随后此后其后并且而]", "", head).strip()


# 我省的友好省县 / 我市的国际友城 / 本市姊妹城市: the tie that names the party opening the clause
PARTNER_TIE_HEAD = re.compile(r"^\s*(?:我省|我市|我区|我州|我县|本省|本市|该省|该市)?(?:的)?(?:国际)?(?:友好省县|友好省州|友好省份|友好省|"
                              r"友好交流城市|友好合作城市|友好城市|友城|姊妹城市|姐妹城市|姊妹市|姐妹市|姊妹省|姐妹省)\s*$")


def _scope(s: Sentence, ci: int, by_clause) -> tuple[int, int]:
    """The trigger's clause plus the clauses before it that state no act of their own."""
    first = ci
    while first > 0 and (first - 1) not in by_clause:
        first -= 1
    return s.clauses[first].start, s.clauses[ci].end


# between a letter's writer and 致: a title and a name at most (广东省省长致…, 上海市市长龚正致…)
WRITER_GAP = re.compile(r"(?:的)?(?:[^,，。;；、的\s]{0,4}?(?:长|知事|主席|领事|大使|书记))?[\u4e00-\u9fff·]{0,6}?")
ARRIVAL_POINT = re.compile(r"(?:[\u4e00-\u9fff]{1,4}?)?(?:国际)?(?:机场|空港|港口|码头|海关|火车站|货运站|口岸)|港(?![\u4e00-\u9fff]{0,2}(?:市|区))")
# 从X寄来的 / 从X发来: the place the goods came from sent them
# 池田市之外 / 除X以外: a party named only to set it aside is not the one acting
BESIDES = re.compile(r"(?:之外|以外|外)(?=[,，、]|还|也|又|更|另)")


def _set_aside(text: str, s: Sentence, g: list[Ref]) -> bool:
    """X之外, / 除(了)X(以)外,: the party is named only to set it aside."""
    m = BESIDES.match(text, g[-1].end)
    return bool(m) and (m.group() != "外" or bool(re.search(r"除(?:了)?$", text[max(s.start, g[0].start - 2):g[0].start])))


# …的是(由)X: the focus of a cleft that opens with the verb
CLEFT_FOCUS = re.compile(r"[^,，。;；是]{0,20}?的(?:[^,，。;；是]{0,10}?)?(?:就|正|则|便|都|依次|分别|先后)?是(?:由)?(?:其)?(?:友城|友好城市|姊妹城市|姐妹城市|友好省州)?[,，、]?")
SENT_IN_AFTER = re.compile(r"寄来|发来|送来|运来|捐来|寄送来|(?:援助|捐赠|捐助|支援|驰援|馈赠|赠送|援赠|寄赠)而来")
PASSED_THROUGH = re.compile(r"(?:经|经由|途经|取道|转道)$")
CARRIER_AFTER = re.compile(r"(?:国际)?(?:航空|航空公司|货运航空|货运|物流|快递|邮政|海运|铁路)")
THANKED_BEFORE = re.compile(r"感谢(?:了)?(?:友好城市|友城|姐妹城市|姊妹城市|姐妹市|姊妹市)?$")
# (compiled once: the role, assertion and total readers ask them for every trigger)
_MUTUAL_BEFORE = re.compile(r"(?:相)?互$")
_AT_PLACE_BEFORE = re.compile(r"在[^,，。]{0,10}$")  # 在交接仪式上说: where words were said
_AT_OCCASION_AFTER = re.compile(r"上|中|现场")
_MANY_CUE = re.compile(r"纷纷|等")  # (many acting, or a list cut short)
# (A)向B捐赠的 / (A)捐赠给B的 / (A)送给B的: the giver of a gift phrase, right before it
_GIFT_PHRASE_OPENS = re.compile(rf"\s*(?:(?:向|给|給|为|為)[^,，。;；的]{{1,16}}?)?(?:{GIFT_VERBS}|送给|赠给|捐给|寄给)(?:给|予)?[^,，。;；的]{{0,16}}?的")
_TAKER_GAP = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:负责|统一|正式|随即|当场)?")  # 由X(负责)接收
_PURPOSE_BEFORE = re.compile(r"为了?\s*$")
_BATCHES_TOLD = re.compile(r"\s*(?:上述|以上|这|这些)?(?:[两二三四五六七八九十\d]+|几|各)批(?:援助|捐赠|防疫|医疗)?(?:物资|货物|口罩)?(?:均|都|全部|也|已)")
# 其中两批 / 大部分 / 最后一批 / 最近一批 (opening a clause after batches received): a part of those batches
_BATCH_PART = re.compile(r"\s*(?:其中)?(?:的)?(?:大部分|大多数|大多|多数|绝大部分|其余(?:[两二三四五六七八九十\d]+批)?|前?[两二三四五六七八九十\d]+批"
                         r"|(?:最后|最近|最晚|最早|首|第[一二三四五六七八九十\d])一?批)")
_BATCHES_RECEIVED = re.compile(r"(?:收到|接收|接受|获得|获赠|收到了|接收了|接受了)[^。;；]{0,40}?(?:[两二三四五六七八九十\d]+|多|几)批")
# (…仍在清点货源并安排运送 / 还在安排: the goods of a later batch not yet sent)
_PREPARING = re.compile(r"(?:(?:正在|正|在)?(?:筹备|酝酿|着手准备|正在准备|积极准备)|(?:正在|正)(?:协调|联系|洽谈|沟通|商洽|对接)"
                        r"|(?:仍在|还在|尚在|正在)(?:安排|清点|准备|筹集|募集))[^,，。]{0,12}$")
# 第二批捐赠物资计划于下月发往X: the gift named as goods (the subject), its sending told as a plan
_GOODS_NOUN_THEN_PLAN = re.compile(r"(?:的)?(?:防疫|医疗|抗疫)?(?:物资|物品|款物|口罩)[^,，。;；]{0,4}?(?:计划|预计|拟|准备|将于|将要|即将)[^,，。;；]{0,14}?"
                                   r"(?:发往|寄往|运往|送往|起运|启运|发出|寄出|运出|送出|交付|捐出)")
# 很多市民/大批患者急需…: a want of many people, told as the state of the market
_MANY_PEOPLE_NEED = re.compile(r"(?:很多|不少|大批|大量|许多|众多|一些|部分)[^,，。;；]{0,6}?(?:患者|病人|老人|市民|民众|居民|百姓|群众|消费者|家庭)(?:都|仍|也)?$")
# 首批口罩由一家美国生产商提供: the maker that supplied goods, not a giver
_SUPPLIER_BEFORE = re.compile(r"由[^,，。;；]{0,12}?(?:生产商|厂商|供应商|厂家|制造商|经销商|生产企业)$")
# (…的工作正在推进中 / 向X捐赠口罩的事宜正在协商中 / …相关事项仍在洽谈: the gift still being worked out)
_UNDER_WAY = re.compile(r"[^,，。]{0,12}?的?(?:相关)?(?:工作|事宜|事项)[^,，。]{0,4}?(?:在推进|推进中|进行中|在进行|在筹备|筹备中|在落实"
                        r"|在协商|协商中|在商讨|商讨中|在洽谈|洽谈中|在商议|商议中|在对接|对接中)")
_NOT_A_GIFT = re.compile(r"(?:并非|不是|不属于?|而非|并不是)(?:一笔|一次)?(?:捐赠|捐助|赠送|援助)|商业(?:订单|采购|合同)")
# …的照片 / 的视频 right after the verb in its clause: the act is what a picture or film shows (not a video call)
_PICTURED = re.compile(r"[^,，。;；:：“”「」]{0,12}?的(?:照片|相片|图片|圖片|视频|視頻|影片|画面|畫面|录像|錄像|影像|镜头|鏡頭)"
                       r"(?!会|會|连线|連線|通话|通話|设备|設備|终端|終端|系统|系統)")
_LETTER_SENT = re.compile(r"(?:了)?[^,，。]{0,16}?(?:慰问信|感谢信|信函|贺卡|明信片|慰问电|公开信|(?<![\u4e00-\u9fff]{2}物)信)(?=[,，。;；]|$)")
_OFFERED = re.compile(r"(?<![自志心宿夙祝请情宁甘])愿(?:意)?(?!望|景)[^,，。;；]{0,12}$")
_RAISING_BEGUN = re.compile(r"(?:启动|开始|着手|展开|开展|发起)(?:了)?[^,，。;；]{0,4}$")
_RAISING_WORK = re.compile(r"[^,，。;；]{0,8}?(?:的)?(?:工作|活动|行动)(?=[,，。;；]|$)")
_ANSWERING = re.compile(r"(?:回应|响应)(?:了)?(?:友城|友好城市|友好省州?|友好省份|姊妹城市|姐妹城市|姊妹省|对方|该市|该省|其)?(?:的)?$")
_WISHED_IN_REQUEST = re.compile(r"\W*(?:希望|盼望|期望|期盼)[^,，。;；]{0,40}")
_REQUEST_MADE = re.compile(r"(?:提出|发出|發出|提交)(?:了)?(?:[^,，。;；]{0,6})?(?:请求|請求|求助)[,，]?\s*$")
_HOPED_FOR = re.compile(r"(?:希望|盼望|期望|期盼|恳请|请求)[^,，。;；]{0,8}$")
#: goods bought with help (代为采购的) or bought from a seller (从中国采购的, 自X订购的): a purchase, not a gift
_BOUGHT_FOR = re.compile(r"(?:(?:协助|帮助|帮忙|代为|代)|(?:从|自)[^,，。;；的]{1,12}?)(?:采购|购买|订购|购置|进口)的")
_THANKS_AFTER = re.compile(r"(感谢|谢意|评价|重视|赞赏)")
_MANY_SIDES = re.compile(r"[三四五六七八九十多]方|多边")
_PARTNERS_OF_COUNTRIES = re.compile(r"等(?:\d+个)?(?:国|国家)的(?:各级)?(?:友好|友城)")
#: 向全部国际友城 / 致信所有友好省州 / 向各友城: every partner the place has, none named -- a tally over all of
#: them (the count left out), like 向21个国际友城
_ALL_PARTNERS = re.compile(r"(?:向|给|给予|致|为|对|致信|致函|致电|来自)(?:本市|本省|我市|我省|该市|该省|其)?(?:的)?"
                           r"(?:全部|所有|全体|各个|各)(?:的)?(?:国际|国外|海外|境外|外国)?" + PLURAL_PARTNERS.pattern
                           + r"|" + r"(?:全部|所有|全体|各个|各)(?:的)?(?:国际|国外|海外|境外|外国)?"
                           + r"(?:友好省州|友好城市|友城|友好地区|友好省|姐妹城市|姊妹城市|友好交流城市)(?:纷纷|都|均|也|先后|陆续)")


INTO_HANDS = re.compile(r"[^,，。;；]{1,16}?手(?:中|上|里)")


#: 捐赠给B的… / 赠送B的…: a gift phrase opening its clause, no giver named in it
_GIVERLESS_GIFT = re.compile(rf"\s*(?:所|已|曾)?(?:{GIFT_VERBS}|捐给|送给)(?:给)?[^,，。;；的]{{1,16}}?的")
#: A(市政府)(今天)表示,: the one telling, right before the clause it tells
_TELLS_THEN = re.compile(r"(?:市|省|州|县|郡|道)?(?:人民)?(?:政府|市府|当局)?(?:方面)?(?:今天|今日|日前|近日|昨天|昨日|当天|\d{1,2}日)?"
                         r"(?:表示|宣布|透露|介绍|称|说|指出|证实|公布)[,，:：]\s*")


def _into_hands(text: str, clause, t: Trigger) -> bool:
    """(A向B赠送的口罩,)已交到这座城市手中: the goods of the gift phrase handed into the partner's hands."""
    return t.word.word in ("交到", "送到") and bool(INTO_HANDS.match(text, t.end, clause.end))


THIS_ONE_BEFORE = re.compile(r"(?:这座|这个|该)$")
# X南郊的小城 / X附近的小镇 / X以北的县城: a town told by where it lies from a larger place
NEAR_TOWN = re.compile(r"(?:[东南西北]|东南|东北|西南|西北)?(?:郊|郊区|近郊|远郊|部|边|面|方)?(?:附近|一带|周边|以[东南西北]|[东南西北]郊)?"
                       r"(?:约?\d+(?:公里|千米|英里))?的(?:小城|小镇|城镇|县城|市镇|小村|村庄|港城)"
                       r"|(?:的)?(?:首都|首府|省会|州府|首邑)")
OF_KIND_AFTER = re.compile(r"(?:的)?(?:城市|小城|小镇|城镇|港城)")


def _described_again(text: str, r: Ref) -> bool:
    """这座X省城市 / 这个X的小镇: a place that only describes the partner already named."""
    return bool(THIS_ONE_BEFORE.search(text, max(0, r.start - 2), r.start)) and bool(OF_KIND_AFTER.match(text, r.end))


#: a clause that goes on with the same subject by writing (…,并致信/同时致函/还来电): no addressee named
_AND_ALSO_WROTE = re.compile(r"\s*(?:并且?|同时|还|另外还?|随后|随即)\s*(?:致信|致函|致电|去信|去函|来信|来函|来电|写信|发来?(?:慰问|感谢)(?:信|函|电))")


#: a taking-in told as a first act, the thanks a second one (接收物资后致谢 / 接收并致谢 / 在接收仪式上致谢): the taker
#: thanks; the goods taken in are no words received (收到X的感谢信 names what came in)
# X在收到物资后致信Y / X收到口罩时即致电Y: the receipt only dates the letter or call; its writer is the taker
#: taking goods in: 接收, 签收, 接过, 获赠 …
_TOOK_IN = r"接收|签收|收下|接过|获赠|受赠"
_RECEIPT_AS_TIME = re.compile(r"(?:收到|" + _TOOK_IN + r")(?:了)?[^,，。;；!?！？向对给]{0,10}?(?:后|之后|以后|时)"
                              r"\s*[,，]?\s*(?:即|随即|随后|立即|马上|便|就|亲自|专门|特别)?\s*")
_RECEIVED_THEN_THANKED = re.compile(r"(?:接受|" + _TOOK_IN + r")(?:了)?[^,，。;；!?！？向对给的]{0,10}?"
                                    r"(?:并|后|之后|以后|随即|随后|仪式上|仪式时)\s*(?:亲自|当场|当即|特别|再次|郑重)?"
                                    # (在接收仪式上向A表示感谢: the one thanked named before the thanks)
                                    r"(?:(?:向|对|給|给)[^,，。;；!?！？]{1,16}?)?")


#: (A)…的 right before the next party: the words after A describe that party (受到A制裁困扰的B)
_DESCRIBES_NEXT = re.compile(r"[^,，。;；、“”「」的]{1,12}的")
#: …the one described, then its predicate (not more of a noun phrase: 四川省组建的中国政府赴意大利专家组)
_PREDICATE_NEXT = re.compile(r"\s*(?:[,，]|向|給|给|为|為|对|對|也|还|還|曾|已|于|於|在|又|再|先后|先後|分别|分別|都|均)")


#: between a ceremony's subject and the next party: a gift verb (A援助/捐赠/赠送B的…交接仪式)
_GIFT_VERB_BETWEEN = re.compile(rf"\s*(?:向|给|为)?\s*(?:{GIFT_VERBS}|支援|捐给|赠给|送给)(?:给)?\s*(?:了)?\s*")


#: 通过/借助/利用 (the) video link: the means of a talk told in the next clause
_BY_MEANS_BEFORE = re.compile(r"(?:通过|通過|借助|利用|经由|經由|以)\s*[^,，。;；]{0,6}$")
#: (与乙市官员)和医生"面对面"交流 / 进行了交流: the talk itself, after the one met with
#: (向乙市官员)介绍了经验 / 讲解了做法: what the experts told those they met by the link
_TOLD_TO_AFTER = re.compile(r"[^,，。;；]{0,16}?(?:介绍|介紹|讲解|講解|传授|傳授|分享|通报|通報)")
_TALK_AFTER = re.compile(r"[^,，。;；]{0,16}?(?:交流|座谈|座談|会谈|會談|沟通|溝通|研讨|研討|探讨|探討|分享|讨论|討論|连线|連線)")


def _roles(text: str, s: Sentence, ci: int, d: Draft, refs: list[Ref], publisher, by_clause,
           carried: list[Ref] | None = None, prev_subject: list[Ref] | None = None) -> None:
    t = d.trigger
    clause = s.clauses[ci]
    lo, hi = _scope(s, ci, by_clause)
    # 经米兰机场运抵 / 途经首尔: a place the goods pass through is no party
    groups = _sentence_groups(text, s, refs)
    in_scope = [g for g in groups if lo <= g[0].start < hi]
    direction = t.word.direction
    recv_pos = t.start if direction == "recv" else last_receipt(text, lo, t.start)
    counterpart: list[Ref] = []
    source: list[Ref] = []

    # 对X…表示感谢 / 对X向Y伸出援手深表感谢: inside the 对-frame, X is the one who acted.
    about = [g for g in in_scope if g[0].marker == "about" and g[0].start < t.start]
    thanks_after = _THANKS_AFTER.search(text[t.end:clause.end])
    if about and d.type != "message" and thanks_after:
        subject = about[0]
    else:
        # the party after 向/为 (为疫情严峻的友城X捐赠) is the counterpart, never the subject
        first_to = TO_WORD.search(text, clause.start, t.start)
        limit = first_to.start() if first_to else t.start
        before = [g for g in in_scope if g[0].marker is None and g[0].start < min(limit, clause.start)]
        # 我市物资紧缺,益山市得知后,向我市捐赠: of the clauses before, the nearest that opens with a party
        opening = [g for g in before if _clause_initial(text, s, g[0])]
        cands = [g for g in in_scope if g[0].marker is None and clause.start <= g[0].start < limit] or \
                (opening[-1:] if opening else before)
        cands = [g for g in cands if not SUBORDINATE.match(text, s.clauses[_clause_of(s, g[0].start)].start)
                 or _clause_of(s, g[0].start) == ci]
        if d.type == "donation":
            cands = [g for g in cands if not departure_place(text, g[0].start, g[-1].end)]  # (从省会X启运: no side)
        cands = [g for g in cands if not _set_aside(text, s, g)]
        # 受到A制裁困扰的B,向…捐赠 / 与A接壤的B: a party inside the phrase that describes the next one only
        # describes it; the one described acts
        cands = [g for i, g in enumerate(cands) if not (
            i + 1 < len(cands) and _clause_of(s, g[0].start) == _clause_of(s, cands[i + 1][0].start)
            and _DESCRIBES_NEXT.fullmatch(text, g[-1].end, cands[i + 1][0].start)
            and _PREDICATE_NEXT.match(text, cands[i + 1][-1].end))]
        if not cands and prev_subject:
            cands = [prev_subject]  # X曾向我市捐赠口罩,X市长还致信我市市长,表达慰问: the acts go on with their subject
        if not cands:
            earlier = [g for g in groups if g[0].marker is None and s.start <= g[0].start < lo
                       and not SUBORDINATE.match(text, s.clauses[_clause_of(s, g[0].start)].start)]
            later = [g for g in groups if g[0].marker is None and g[0].start >= hi and _clause_initial(text, s, g[0])
                     and not (d.type == "donation" and RECEIVED_AFTER.match(text, g[-1].end))]  # (…启运,A和B各得N: they got it)
            cands = earlier or later
            if not earlier and d.type == "donation" and _gift_phrase_before(text, s, clause):
                # 由A捐赠的口罩,周日运抵B机场,C随即接收: the goods' giver is the gift phrase's, not a later clause's subject
                cands = [g for g in groups if g[0].marker == "from" and s.start <= g[0].start < lo][-1:] or later
        subject = cands[0] if cands else []
        subject = apposed(text, subject, groups)
        nxt = next((g for g in groups if subject and g[0].start >= subject[-1].end), None)
        if nxt and nxt[0].marker is None and re.fullmatch(r"\s*(?:所辖|下辖|辖下|所属)(?:的)?", text[subject[-1].end:nxt[0].start]):
            subject = nxt  # 我市所辖兰陵县: the county acts; the city only says whose it is
        if d.type == "donation" and nxt and subject and nxt[0].marker is None and nxt[0].start < t.start \
                and JOINED_GIVER.fullmatch(text, subject[-1].end, nxt[0].start) and JOINT_GIVERS_AFTER.match(text, nxt[-1].end):
            subject = subject + nxt  # A与姊妹市B已各自寄出… / A与B一道捐赠: both give
    occasion = _gift_at_occasion(text, clause, groups, t) if d.type == "donation" else None
    if occasion and (not subject or subject[0].start >= clause.end):
        subject = occasion[0]  # 在A向B捐赠物资的仪式上: the 在 opens the act named as an occasion; A gave
    held_by: list[Ref] = []
    if d.type == "donation" and (moved(t) or t.word.word in ROUTE_VERBS) \
            and (_gift_phrase_before(text, s, clause) or _arrived_too(text, s, t)) \
            and not any(clause.start <= g[0].start < t.start for g in in_scope):
        # X的医院里,使用着A捐赠的呼吸机,这批设备于4月运抵: the goods are the gift phrase's, so is their giver
        # (A, right before 捐赠的), not the place the sentence opens with; that place holds them
        gave = [g for g in groups if s.start <= g[0].start < clause.start and g[0].marker is None
                and GIFT_VERB_AFTER.match(text, g[-1].end)]
        if gave:
            held_by = [g for g in groups if s.start <= g[0].start < gave[-1][0].start and g[0].marker is None
                       and {r.country for r in g} != {r.country for r in gave[-1]}][:1]
            subject = gave[-1]
    # 宣读了A市长致B知事的慰问信 / 转交了A致B的信: the letter named as a noun phrase is the writer's,
    # whoever reads it out or hands it over
    if d.type == "message" and re.match(r"(?:致|写给|寄给|发给)[^,，。]{1,24}?的[^,，。]{0,6}?(?:信|函|电)$", t.word.word):
        writer = [g for g in groups if g[-1].end <= t.start and g is not subject and g[0].marker is None
                  and WRITER_GAP.fullmatch(text, g[-1].end, t.start)]
        if writer:
            subject = writer[-1]
    # 总领事代表利马大区致函X / 市长代表全市人民向Y致谢: the one spoken for acts, not the speaker
    behalf = [g for g in in_scope if g[0].start < t.start and g is not subject
              and text[max(s.start, g[0].start - 2):g[0].start] == "代表" and g[0].marker is None]
    if behalf and d.type in ("message", "request", "donation"):
        subject = behalf[0]
    # 受A(政府)委托,总领馆向B转交了口罩 / 应A委托: the one who gave the errand acts, the envoy carries it out
    entrusting = [g for g in groups if s.start <= g[0].start < t.start and g[0].marker is None
                  and _ENTRUSTED_BY.search(text, max(s.start, g[0].start - 3), g[0].start)
                  and _ENTRUSTS.match(text, g[-1].end)]
    if entrusting and d.type in ("message", "donation") and not behalf:
        subject = entrusting[-1]
    d.subject = subject
    if d.type == "consultation" and _MANY_SIDES.search(text[clause.start:clause.end]):
        d.together = True  # 三方视频会议: one meeting with all the partners
    # counterparts: marked by 向/给/致/同/与/为, or anything between 向 and the verb (向30多个国家和上合组织捐赠)
    to_word = None
    for m in TO_WORD.finditer(text, clause.start, t.start):
        to_word = m.start()
    origin: list[Ref] = []
    departed: list[Ref] = []
    for g in in_scope:
        m = g[0].marker
        if g is subject or (subject and g[0] in subject):  # (A与B一道捐赠: B joined the subject)
            continue
        if d.type == "donation" and m in ("from", "origin", None) and departure_place(text, g[0].start, g[-1].end):
            departed += g  # 从省会X启运 / 由X发运: where the goods left from
        elif m == "from" and (re.match(r"\s*(?:飞抵|飞往|出发|起飞|启程|运往|发往|运抵|运至|经|转运|转送|分发|配送)", text[g[-1].end:g[-1].end + 3])
                            or ARRIVAL_POINT.match(text, g[-1].end)):  # (由郑州新郑机场发出: where it left from)
            origin += g  # 由昆明飞抵仰光: where the flight left from, not who gave
        elif m == "from" and CARRIER_AFTER.match(text, g[-1].end):
            continue  # 由法国航空运抵: the airline carries the goods, it does not give them
        elif m == "from" and d.type == "donation" and direction != "recv" and g[0].start >= t.end \
                and (TAKEN_IN_BY.match(text, g[-1].end) or _HANDS_ON_AFTER.match(text, g[-1].end)):
            # A向B捐赠的口罩已由B(市长)签收 / 由C转交医院: after the gift verb, 由 names who takes the goods in or
            # hands them on, not the giver
            if TAKEN_IN_BY.match(text, g[-1].end) and not any(r.marker == "to" for r in counterpart):
                counterpart += g
            continue
        elif m == "from":
            source += g
        elif m == "origin" and SENT_IN_AFTER.match(text, g[-1].end):
            source += g  # 从日本甲市寄来的一批纸箱: what came from a place was sent by it
        elif m == "origin":
            origin += g
        elif g[0].start < clause.start and not (m == "with" and d.type == "consultation"):
            continue  # (X与Y的专家,27日举行视频会议: the partner named in the clause before still meets)
        elif (m == "to" or (m == "with" and (g[0].start < t.start or t.word.kind != "thanks"))) or (to_word is not None and to_word < g[0].start < t.start and m is None
                                       and subject and g[0].start > subject[0].start):
            counterpart += g
        elif m == "about" and d.type == "message" and g[0].start < t.start:
            counterpart += g
    if d.type == "donation" and t.word.word in HAND_OVER and not source:
        # 总领事向X转交了A捐赠的口罩: the one who hands over carries A's gift; A gave it
        # (将A捐赠的口罩转交X: the gift phrase may come before the verb too)
        given = [g for g in in_scope if clause.start <= g[0].start < clause.end and g[0].marker is None
                 and g is not subject and GIFT_VERB_AFTER.match(text, g[-1].end)]
        if given:
            source = given[0]
    if d.type == "donation" and (t.word.word in HAND_OVER or _into_hands(text, clause, t)) \
            and _gift_phrase_before(text, s, clause):
        # 一批A援助B的口罩,由中国驻B大使馆交到B政府手中: the one handing over carries A's gift; A gave it
        gave = [g for g in groups if s.start <= g[0].start < clause.start and g[0].marker is None
                and GIFT_VERB_TO_AFTER.match(text, g[-1].end)]
        if not gave:
            # A市政府表示,捐赠给B的口罩,已由C交到B手中: a gift phrase with no giver of its own is the teller's
            before = [c for c in s.clauses if c.end <= clause.start]
            if before and _GIVERLESS_GIFT.match(text, before[-1].start):
                gave = [g for g in groups if s.start <= g[0].start < before[-1].start and g[0].marker is None
                        and _TELLS_THEN.fullmatch(text, g[-1].end, before[-1].start)]
        if gave:
            source = gave[-1]
    if d.type == "donation" and source and source[0].marker == "from" and source[0].start < t.start \
            and (t.word.word in HAND_OVER or t.word.word in ARRIVED or moved(t) or t.word.word in ROUTE_VERBS):
        # A向B捐赠的口罩由C转交 / A送给B的口罩,已由C企业运抵: C carries or hands over A's gift; A gave it
        gave = [g for g in groups if s.start <= g[0].start < source[0].start and g[0].marker is None
                and _GIFT_PHRASE_THEN_BY.fullmatch(text, g[-1].end, source[0].start)]
        if gave:
            source = gave[-1]
    if not counterpart and d.type == "request" and ci > 0:
        # A紧急联系B(的负责人),请她帮忙寻找口罩 / 请求协助采购口罩: the one contacted is the one asked
        prev = s.clauses[ci - 1]
        contacted = [g for g in groups if prev.start <= g[0].start < prev.end and g is not subject
                     and _CONTACTED.search(text, max(prev.start, g[0].start - 4), g[0].start)]
        if contacted and _ASKED_TO_HELP.match(text, clause.start, t.end):
            counterpart = contacted[-1]
    if not counterpart and d.type in ("medical_team", "donation"):
        # 专家组从成都出发,飞赴意大利罗马: where it goes is told in the clauses after, before the next act
        k = ci + 1
        # (…经口岸出境,在X市交到Y手中: a clause that only moves the same goods on goes on telling this act)
        while k < len(s.clauses) and (k not in by_clause or all(u.word.direction == "ship" for u in by_clause[k])
                                      or (d.type == "donation" and BOUND_FOR.match(text, s.clauses[k].start, s.clauses[k].end)
                                          and "分别" not in text[s.clauses[k].start:s.clauses[k].end]
                                          and all(u.word.word in _BOUND_VERBS for u in by_clause[k]))) \
                and not counterpart:
            c = s.clauses[k]
            counterpart = [r for g in groups if c.start <= g[0].start < c.end and g[0].marker == "to" for r in g]
            bound = BOUND_FOR.match(text, c.start, c.end) if d.type == "donation" and counterpart else None
            if bound:
                # …一批物资启运,将送往A、B和C等地: every place of the list after the verb is bound for
                counterpart = [r for g in groups if bound.end() <= g[0].start < c.end
                               and g[0].marker in (None, "to") and g is not subject for r in g]
            if not counterpart and d.type == "medical_team":
                # 专家组…,18日晚抵达米兰,将支援X大区: the team goes to help the one after 支援 (else where it lands)
                for cue in (TEAM_HELPS, TEAM_LANDS):
                    counterpart = counterpart or [r for g in groups if c.start <= g[0].start < c.end
                                                  and g[0].marker is None and cue.search(text, c.start, g[0].start)
                                                  for r in g]
            k += 1
    if not counterpart and d.type == "donation" and GOODS_STATE.fullmatch(t.word.word) and ci + 1 < len(s.clauses):
        # A捐赠的口罩已在空运途中,将送往B和C: where goods on their way are bound for is whom they are for
        # (…已在途中,共有口罩N只,目的地包括B和C: a clause that counts the goods may come between)
        c = _bound_clause(text, s, ci) or s.clauses[ci + 1]
        bound = BOUND_FOR.match(text, c.start, c.end)
        if bound:
            end = c.end
            for more in s.clauses[s.clauses.index(c) + 1:]:
                if not _LIST_GOES_ON.match(text, more.start):
                    break
                end = more.end  # (目的地包括A、B,以及C与D: the list goes on past a comma)
            counterpart = [r for g in groups if bound.end() <= g[0].start < end and g is not subject
                           and (g[0].marker in (None, "to") or (g[0].marker == "with" and any(
                               x.end == g[0].start - 1 for x in refs)))  # (…成都与北京: one more of the list)
                           for r in g]
    if d.type == "message" and t.end - t.start > 4:
        # 致大邱市长和釜山市长的信: the addressees are named inside the letter's own phrase
        inside = [r for g in groups for r in g if t.start < r.start < t.end and g is not subject]
        if inside:
            counterpart = dedupe_refs(counterpart + inside)
    if d.type == "message" and not counterpart:
        # …,对于A在口罩短缺之时鼎力相助深表谢意: the party that opens the 对于-frame is the one thanked
        # (however 在 after it was read)
        framed = [g for g in in_scope if g is not subject and clause.start <= g[0].start < t.start
                  and _OWN_THANKS_FRAME.fullmatch(text, clause.start, g[0].start)]
        if framed:
            counterpart = framed[0]
    if d.type == "message":
        # 感谢X向Y捐赠的口罩: the one thanked is X, right after 感谢; Y (often the writer's own side) only
        # says whom X's act was for
        thanked = [g for g in in_scope if g is not subject and g[0].marker is None and g[0].start >= t.start
                   and THANKED_BEFORE.search(text, clause.start, g[0].start)]
        if thanked:
            counterpart = thanked[0]
    # the party right after the verb: 寄往镇江, 致信曼海姆市, 捐赠北海道物资
    after = [g for g in in_scope if g[0].start >= t.end and g[0].marker is None and g is not subject]
    if after and not counterpart:
        counterpart = after[0]
    if not counterpart and d.type == "message" and ci > 0 and _AND_ALSO_WROTE.match(text, clause.start, t.end):
        # A向B回赠了口罩,并致信表示感谢: the letter that goes along with the act is to the act's receiver
        prev = s.clauses[ci - 1]
        counterpart = [r for g in groups if prev.start <= g[0].start < prev.end and g[0].marker == "to"
                       and g is not subject for r in g][:1]
    if not counterpart and d.type == "message":
        # 发布一段短片,用中文说「X加油」: the cheer quoted names whom the message is for
        counterpart = [r for g in groups for r in g if r.start > t.end and _cheered(text, r)][:1]
    if not counterpart and d.type in ("donation", "consultation", "message"):
        # 与各国友城开视频会,…,其中包括罗马、里斯本: the partners are named in the list after 包括
        inc = INCLUDING.search(text, t.end, s.end)
        if inc and not re.match(r"[^,，。]{1,20}?在内", text[inc.end():s.end]):  # 包括成都在内的援助: not a list
            stop = re.search(r"[,，。;；]", text[inc.end():s.end])
            b = inc.end() + stop.start() if stop else s.end
            counterpart = [r for g in groups if inc.end() <= g[0].start < b for r in g if r.marker is None]
            d.together = True
    if d.type == "donation" and counterpart and all(_described_again(text, r) for r in counterpart):
        counterpart = []  # …交到这座X省城市手中: "this city of X province" is the partner named before, not X
    if d.type == "donation" and (not counterpart or all(r.level == "country" for r in counterpart)):
        # 镇江向益山捐赠的5万只口罩,已运往韩国: the partner named with 向 before is more than its country
        named = [r for g in groups if g[0].marker == "to" and g[0].start < clause.start and any(
            u.type == "donation" for u in find_triggers(text, g[-1].end, s.clauses[_clause_of(s, g[0].start)].end))
                 for r in g]
        if named and (not counterpart or {r.country for r in named} <= {r.key for r in counterpart}):
            counterpart = named
    if d.type == "donation" and counterpart and (moved(t) or t.word.word in ROUTE_VERBS):
        counterpart = _named_country_over_landing(text, s, clause, groups, subject, counterpart)
    if d.type == "donation" and direction != "recv" and (not counterpart or all(ARRIVAL_POINT.match(text, r.end) for r in counterpart)):
        # …运抵X机场,Y卫生厅随即接收: the party that opens a later clause by taking the goods in got them
        for c in s.clauses[ci + 1:]:
            head = [g for g in groups if c.start <= g[0].start < c.end and g[0].marker is None and g is not subject]
            if head and _clause_initial(text, s, head[0][0]) and RECEIVED_AFTER.match(text, head[0][-1].end):
                counterpart = head[0]
                break
    if d.type == "donation" and counterpart and all(ARRIVAL_POINT.match(text, r.end) for r in counterpart):
        # 向亚琛捐赠的口罩运抵杜塞尔多夫机场: the airport's city is where the goods landed; the gift is for the
        # party the gift phrase names with 向/给 (or, without one, the city is the nearest reading there is)
        named = [r for g in groups if g[0].marker == "to" and g[0].start < t.start and g is not subject for r in g]
        # (X省府证实,Y捐赠的口罩运抵温哥华机场: the one telling of the arrival, of the airport's country, got it)
        teller = [r for g in groups if g[0].marker is None and g[0].start < t.start and g is not subject
                  and _clause_of(s, g[0].start) < ci and not re.search(
                      r"[\u4e00-\u9fff]", re.sub(r"【[^】]*】", "", text[s.clauses[_clause_of(s, g[0].start)].start:g[0].start]))
                  and re.match(r"[^,，。]{0,8}?(?:证实|表示|宣布|透露|说|称|指出)", text[g[-1].end:s.clauses[_clause_of(s, g[0].start)].end])
                  for r in g if r.country == counterpart[0].country]
        if named or teller:
            counterpart = named or teller[:1]
        else:
            # 口罩由A、B先后寄往X,其中来自C的物资已抵达仁川海关: the gate is on the way to the party of its
            # country the sentence named before (where the goods go on after is route's to read; else, in a paper of that country, to the paper's own place)
            gate = counterpart[0]
            named = [r for g in groups if g is not subject and g[0].marker in (None, "to") and g[0].start < t.start
                     for r in g
                     if r.country == gate.country and r.key != gate.key and r.level != "country"
                     and not ARRIVAL_POINT.match(text, r.end)][:1]
            if named:
                counterpart = named
            elif publisher is not None and publisher.key and publisher.key.split("/")[0] == gate.country:
                counterpart = [Ref(t.start, t.start, publisher.key, publisher.level, _publisher_name(publisher),
                                   gate.country)]
    if d.type == "donation" and _landed_in_home_province(text, t, subject, counterpart, publisher):
        # (a province's paper) 日本甲县捐赠的口罩运抵乙市机场: a prefecture's gift to its partner province lands in
        # a city of that province; the province got it
        counterpart = [Ref(counterpart[0].start, counterpart[0].start, publisher.key, publisher.level,
                           _publisher_name(publisher), "CN")]
    if d.type == "donation" and subject and (
            ((t.word.word in ARRIVED or t.word.word in _HANDED_OVER_AT) and GIFT_VERB_AFTER.match(text, subject[-1].end))
            or (GOODS_STATE.fullmatch(t.word.word) and _SENT_HERE_AFTER.match(text, subject[-1].end))):
        # X市政府证实,友城Y捐赠的3万只口罩已运抵 / …已于19日运抵首府Z / …已交到市府: the goods reached the one
        # telling of them (the place named is its seat, or none is): it got them
        gift_keys = {r.key or r.name for r in subject}
        seat = counterpart and _SEAT_BEFORE.search(text[max(s.start, counterpart[0].start - 2):counterpart[0].start])
        if not counterpart or seat or {r.key or r.name for r in counterpart} <= gift_keys:
            told_by = _teller(text, s, ci, groups, subject)
            if told_by:
                counterpart = told_by
        if not counterpart:
            # A捐赠的N只口罩在乙州首府丙交付: the goods handed over at a place; the place (the state, over its
            # seat) got them
            at = [g for g in groups if g[0].marker == "at" and subject[-1].end <= g[0].start < t.start
                  and clause.start <= g[0].start and g is not subject
                  and _AT_PLACE_THEN_VERB.fullmatch(text, g[-1].end, t.start)]  # (在X举行的仪式上交付: not the place)
            if at:
                seat = [r for r in at[-1] if _SEAT_BEFORE.search(text[max(s.start, r.start - 2):r.start])]
                rest = [r for r in at[-1] if r not in seat and r.level != "country"]
                counterpart = rest or [r for r in at[-1] if r.level != "country"] or at[-1]
                # (one mention 甲国乙州首府丙: the state it names before its seat)
                counterpart = [(holder_ref(r) or r) if _SEAT_INSIDE.search(r.name) else r for r in counterpart]
    if d.type == "donation":
        # 运抵芝加哥,再转运至威斯康星州: the goods go on to where they are meant for
        on = ONWARD.search(text, t.end, s.end)
        final = [g for g in groups if on.start() <= g[0].start <= on.end() + 12 and g[0].end > on.end()
                 and g is not subject] if on else []
        if final:
            counterpart = final[0]
        # …再转运至X州Y市的物资仓库,交由该州卫生厅分配: the body the goods are handed to is the recipient,
        # not the warehouse's town
        handed = [g for g in groups if g[0].marker in (None, "to") and t.end <= g[0].start < s.end and g is not subject
                  and HANDED_TO.search(text, max(s.start, g[0].start - 4), g[0].start)
                  and not GIFT_VERB_AFTER.match(text, g[-1].end)]  # (转交了A捐赠的口罩: A gave, it is not handed to)
        if handed and (final or not counterpart or all(ARRIVAL_POINT.match(text, r.end) for r in counterpart)):
            counterpart = handed[0]

    if d.type == "donation" and len(counterpart) == 1 and counterpart[0].start >= t.end:
        # 运抵X南郊的小城Y / 到了X附近的小镇Y: the town named through the larger place it lies near got the goods
        nxt = next((g for g in groups if g[0].start >= counterpart[0].end), None)
        if nxt is not None and nxt[0].marker is None and nxt[0].country == counterpart[0].country \
                and NEAR_TOWN.fullmatch(text, counterpart[0].end, nxt[0].start):
            counterpart = nxt
    if held_by and not counterpart:
        counterpart = held_by[0]
    envoy = [r for r in counterpart if r.marker == "with" and r.country in HOME_COUNTRIES
             and (_ENVOY_AFTER.match(text, r.end) or _ENVOY_AFTER.search(r.name))] if direction == "ceremony" else []
    if envoy and subject and all(r.country not in HOME_COUNTRIES for r in subject):
        # X市长与中国驻X总领事共同出席(A捐赠物资的)交接仪式: the envoy attends for the giving side, the foreign
        # mayor for the side that gets the goods; the gift phrase before the ceremony names the giver
        given = [g for g in in_scope if g is not subject and g[0].marker is None and clause.start <= g[0].start < t.start
                 and g[0].country in HOME_COUNTRIES and _GIFT_VERB_THEN_CEREMONY.fullmatch(text, g[-1].end, t.start)]
        counterpart = [r for r in counterpart if r not in envoy and not (given and r in given[-1])]
        # (A捐赠的口罩运抵X机场,X市长…与中国驻X总领事出席交接仪式: the gift told before is the one handed over,
        # its giver read there)
        told = [g for g in groups if s.start <= g[0].start < clause.start and g[0].marker is None
                and g[0].country in HOME_COUNTRIES and GIFT_VERB_AFTER.match(text, g[-1].end)]
        if not counterpart and not occasion:
            source = given[-1] if given else [] if told else envoy[:1]
    if direction == "ceremony" and occasion:
        d.frm, d.to = occasion
    elif direction == "ceremony" and not counterpart:
        held = max(text.rfind("举行", clause.start, t.start), text.rfind("举办", clause.start, t.start))
        givers = [r for g in in_scope if g is not subject and g[0].marker is None and max(held, -1) < g[0].start < t.start
                  for r in g]
        if subject and givers and subject[-1].end <= givers[0].start \
                and _GIFT_VERB_BETWEEN.fullmatch(text, subject[-1].end, givers[0].start):
            d.frm, d.to = subject, givers  # A援助B的物资交接仪式: the gift phrase names who gives; A gave to B
        else:
            d.frm, d.to = givers or source, subject
    elif recv_pos != -1 and (not subject or subject[0].start < recv_pos
                             or (direction == "recv" and _receipt_frames_next(text, clause, t, subject))) and not (
            d.type == "message" and direction != "recv" and t.word.kind == "thanks"
            and (any(t.end <= g[0].start < clause.end for g in in_scope)
                 or _RECEIVED_THEN_THANKED.fullmatch(text, recv_pos, t.start))) and not (
            d.type == "message" and direction != "recv" and _RECEIPT_AS_TIME.fullmatch(text, recv_pos, t.start)):
        # (X市长接收物资后致谢 / X代表府方接收并致谢: the taking-in is an act before the thanks; the taker thanks)
        # (X表示,收到来自Y的援助,…衷心感谢Y: the thanks go from the speaker to the one thanked)
        # B收到A(、C)捐赠的…: the receiver is the subject, the sender the list after the verb
        d.to = subject or counterpart
        senders = [g for g in in_scope if g[0].start > recv_pos and g is not subject
                   and g[0].marker in (None, "from", "recv")]
        # A捐赠的口罩由B(市政府)接收: 由 names who takes the goods in; the gift phrase's A gave them
        # (A捐赠的口罩被B接收: 被 names the taker the same way)
        taker = [g for g in in_scope if (g[0].marker == "from" or text[max(0, g[0].start - 1):g[0].start] == "被")
                 and g[-1].end <= recv_pos
                 and _TAKER_GAP.fullmatch(text, g[-1].end, recv_pos)]
        if taker and subject and subject is not taker[-1] and (GIFT_VERB_AFTER.match(text, subject[-1].end)
                                                                or _GIFT_TO_VERB_AFTER.match(text, subject[-1].end)):
            d.to, d.frm = taker[-1], subject
            source, senders = [], []
        elif taker and _received_after_gift(text, s, clause, t):
            # A向B捐赠的1万只口罩,由B市长亲自接收: the gift phrase of the clause before names the giver
            giver = [g for g in groups if s.start <= g[0].start < clause.start and g[0].marker is None
                     and _GIFT_PHRASE_OPENS.match(text, g[-1].end)]
            if giver:
                d.to, d.frm = taker[-1], giver[-1]
                source, senders = [], []
        # 由我市捐赠的口罩在X完成交接,X…接收了这批物资: the giver named with 由 in the gift phrase before
        given_by = [r for g in groups if g[0].marker == "from" and g[0].start < lo and any(
            u.type == "donation" for u in find_triggers(text, g[-1].end, s.clauses[_clause_of(s, g[0].start)].end))
                    for r in g]
        # A赠送的护目镜,B当天签收: the giver is the one right before the gift verb of the clause before
        gave = [g for g in groups if s.start <= g[0].start < clause.start and g[0].marker is None
                and GIFT_VERB_AFTER.match(text, g[-1].end)] if _received_after_gift(text, s, clause, t) else []
        d.frm = d.frm if taker and d.to is taker[-1] else source or (senders[0] if senders else []) or given_by \
            or (gave[-1] if gave else [])
    elif d.type == "message" and direction == "in" and listed_after(text, s, t, groups):
        # 友城纷纷来信问候:A市长X(韩国)、B知事Y(日本)…: each listed party wrote in
        home = publisher.key if publisher is not None else None
        d.frm = [r for r in listed_after(text, s, t, groups) if r.key != home]  # a place does not write to itself
        d.to = []
    elif d.type == "request":
        asked_by = [r for g in in_scope if g[0].marker == "at" and g[0].start < t.start for r in g]
        asked_at = t.word.word == "要求下" or bool(re.search(r"应[^,，。]{0,12}$", text[clause.start:t.start]))
        if asked_by and asked_at:  # 在乌方的要求下 / 应意大利请求: the asker is named after 在/应
            d.frm = asked_by
            main = [g for g in groups if g[0].marker is None and g[0].start > t.end and g[0].start < s.end]
            # (某国政府应甲方请求组建团队: the one asked is the subject before 应, where none follows)
            before_at = [g for g in in_scope if g[0].marker is None and g[0].start < t.start and g is not asked_by
                         and not any(r in asked_by for r in g)]
            d.to = main[0] if main else (before_at[-1] if before_at else [])
            if not d.to and subject and not any(r in asked_by for r in subject) \
                    and not {r.country for r in subject} & {r.country for r in asked_by}:
                d.to = subject  # 甲国政府派出专家组,是应乙方的请求: the one asked is the subject of the clause before
            if not d.to and ci > 0 and _SENT_THEN_ASKED.fullmatch(text, s.clauses[ci - 1].start, t.start):
                # (X表示,甲国政府此次派出专家组,是应乙方的请求: the sender opens the clause before)
                c0 = s.clauses[ci - 1].start
                d.to = [r for r in refs if r.key and r.start == c0 and r not in asked_by][:1]
                state = re.match(r"中[国國](?:政府)?", text[c0:c0 + 4])
                if not d.to and state:  # (the state named as the sender, whether or not read as a mention)
                    d.to = [Ref(c0, c0 + state.end(), "CN", "country", state.group(), "CN")]
        else:
            d.frm = subject or source
            d.to = counterpart
        asked = re.match(r"询问|了解|考虑", t.word.word)
        inner = [r for g in groups for r in g if t.start < r.start < t.end]
        # 希望X协助Y采购口罩: Y, the one to be helped, asks; X is asked
        helped_in = [r for r in inner if HELPED_BEFORE.search(text, t.start, r.start)]
        if not asked and helped_in and not _same_refs(d.frm, helped_in[:1]):
            rest = [r for r in inner if r not in helped_in]
            d.to = rest[:1] or d.frm or d.to  # (X致函Y,希望Y协助X采购: the subject told before is the one asked)
            d.frm, inner = helped_in[:1], rest
        if not d.to and not asked and inner and (t.end - t.start > 6 or t.word.word[0] in "请希"):
            # 表达了希望得到中方援助的愿望: the one asked is inside (X致信Y,希望协助X采购…: not X, the one helped)
            d.to = [r for r in inner if r not in d.frm and not (r in helped_in and (r.key or r.name) in {
                x.key or x.name for x in d.frm})][:1]
        if asked and inner:
            # 询问我市能否给该市提供口罩: the one asked follows 询问, the one to be helped (the asker's side) 为/给
            helped = [r for r in inner if text[r.start - 1] in "为给"]
            first = [r for r in inner if r not in helped][:1]
            if helped and (not d.frm or {r.key for r in d.frm} & {r.key for r in first if r.key}):
                d.frm = helped[:1]  # (写信给A省外办,询问A能否为B匀出口罩: A, told before as written to, is asked)
            if first:
                d.to = first
        told = _ASKED_IN_WORDS.search(text, s.start, clause.start) if not d.to else None
        if told:  # X曾向中方表示,希望获得…支持: the one the wish was told to is asked
            d.to = [r for g in groups for r in g if told.start() < r.start < told.end()][:1]
        told = _ASKED_IN_WORDS.search(text, s.start, clause.start) if len(d.to) == 1 and d.to[0].level == "country" else None
        if told:  # X在与Y市领导的视频会议中表示,希望中方提供…: the side named is the city on that call
            named = [r for g in groups for r in g if told.start() < r.start < told.end()
                     and r.country == d.to[0].country and r.level != "country" and r not in d.frm]
            d.to = named[:1] or d.to
    else:
        # 由浙江省组建 / 来自X names the giver; 从哈尔滨发出 only where it leaves from.
        d.frm = source or subject or [r for r in origin if _is_home(r, publisher)] \
            or ([] if carried else [r for r in departed if _is_home(r, publisher)])  # (the giver told before goes on)
        if not d.frm and d.type == "donation" and _bound_home(counterpart, publisher):
            # 8万只口罩从广岛县发往四川 / 口罩已从友城甲市寄出: goods leaving a place abroad for home were its gift
            # (由美国发运: a whole country is where goods ship from, not the partner that gave them)
            d.frm = [r for r in origin + departed if r.country and r.country not in HOME_COUNTRIES
                     and r.level != "country"][:1]
        d.to = counterpart
        if direction == "in" and not subject and counterpart and not source \
                and not all(r.marker == "to" for r in counterpart):  # (有N个友城向我市发来慰问信: 我市 got them)
            d.frm, d.to = counterpart, []
    if d.type == "consultation" and not d.to and subject and d.frm is subject:
        # 甲市卫生部门官员和乙市专家召开视频会议: the partner joined to the subject by 和 meets it
        joined = [r for g in in_scope if g is not subject and g[0].marker is None and subject[-1].end <= g[0].start < t.start
                  and MEETING_JOIN.fullmatch(text, subject[-1].end, g[0].start) for r in g]
        if joined and len({r.country for r in subject + joined}) >= 2:
            d.frm, d.to = _meeting_sides(subject + joined[:1] + [r for r in joined[1:] if r.country == joined[0].country])
    if d.type == "consultation" and not d.to and d.frm and _BY_MEANS_BEFORE.search(text, clause.start, t.start):
        # 甲市专家通过视频连线,与乙市官员交流…: the link is only the means; the party met with (与/同/和 …交流)
        # is named in the clause that tells the talk itself
        for c in s.clauses[ci + 1:ci + 3]:
            # (借助视频会议,向乙市官员和丙市医院的专家讲解了做法: those told to, each named by their people, are met too)
            met = [g for g in groups if c.start <= g[0].start < c.end and (
                   g[0].marker == "with" and _TALK_AFTER.match(text, g[-1].end)
                   or g[0].marker == "to" and _TOLD_TO_AFTER.match(text, g[-1].end))
                   and not any(r.key == f.key for r in g for f in d.frm)]
            if met:
                d.to = met[0]
                break
    if d.type == "medical_team" and d.frm:
        # 中国政府…医疗专家组…,主要由我省医疗专家组成: the province that made up the team sent it too
        formed = [r for g in groups if g[0].marker == "from" and t.end <= g[0].start < s.end
                  and TEAM_FORMED.match(text, g[-1].end) for r in g if r.country in HOME_COUNTRIES]
        d.frm = dedupe_refs(d.frm + formed[:1])
    focus = [g for g in groups if t.end <= g[0].start < clause.end and g[0].marker is None
             and CLEFT_FOCUS.fullmatch(text, t.end, g[0].start)] if d.type in ("donation", "request") else []
    if focus and not any(clause.start <= g[0].start < t.start for g in in_scope):
        # 送来这批口罩的是X / 发出请求的是X: the one the cleft puts after 的是 did the verb that opens it
        was, d.frm = d.frm, focus[0]
        if any(r.key == f.key for r in d.to for f in focus[0]) and was and not _same_refs(was, focus[0]):
            d.to = was  # (X收到了求援,发出请求的是Y: the one read as asking was asked)
        d.to = [r for r in d.to if all(r.key != f.key for f in focus[0])]
    if d.type in ("donation", "request") and len(d.frm) == 1 and d.frm[0].start > s.start:
        # 获福建省会福州市政府捐赠 / 发出请求的是江苏省会南京: the place named through its province acts
        d.frm = apposed(text, d.frm, groups)
    incoming = direction in ("in", "shipin") or bool(INCOMING.search(text[max(s.start, t.start - 3):t.start])) \
        or (not subject and not counterpart and bool(re.search(r"来自[^,，。]{0,16}?的$", text[max(lo, t.start - 20):t.start])))
    # (来自友城和企业的捐助累计到位…: gifts coming in to the paper's own place)
    if d.frm and d.to and {r.key or r.name for r in d.frm} == {r.key or r.name for r in d.to}:
        d.frm = []  # the counterpart read again as the subject (…与X连线,X副省长参会): the acting side is unnamed
    if d.type == "donation" and not d.frm and d.to and ci + 1 < len(s.clauses):
        # B接收了其中10万片,由Y转赠 / …转赠给B,由Y代表政府完成交接: the clause after names who gave or handed it over
        c = s.clauses[ci + 1]
        by = [g for g in groups if c.start <= g[0].start < c.end and g[0].marker == "from"
              and BY_NEXT.fullmatch(text, c.start, g[0].start) and GIVEN_BY_NEXT.match(text, g[-1].end, c.end)
              and not any(r.key == g[0].key for r in d.to)]
        if by:
            d.frm = by[0]
    if d.type == "donation" and d.frm and d.frm[0].end > d.frm[0].start and JOINT_GIVERS_AFTER.match(text, d.frm[-1].end):
        # A(市政府)与中国驻X大使馆联合捐赠的物资: the one joined before 与 gave along with the giver
        joined = [g for g in groups if g[-1].end <= d.frm[0].start and s.start <= g[0].start
                  and _JOINED_BEFORE.fullmatch(text, g[-1].end, d.frm[0].start)
                  and not any(r.key == x.key for r in g for x in d.frm)]
        if joined:
            d.frm = joined[-1] + list(d.frm)
    elif d.type == "donation" and d.frm and d.frm[0].end > d.frm[0].start:
        # A市政府与中国驻X大使馆联合捐赠的物资 (A read as the giver): the one joined after 与 gave along with it
        joined = [g for g in groups if g[0].start >= d.frm[-1].end and g[-1].end <= s.end
                  and _JOINED_BEFORE.fullmatch(text, d.frm[-1].end, g[0].start) and JOINT_GIVERS_AFTER.match(text, g[-1].end)
                  and not any(r.key == x.key for r in g for x in d.frm + d.to)]
        if joined:
            d.frm = list(d.frm) + joined[0]
    d.frm_named = bool(d.frm)
    if not d.frm and carried:
        d.frm = carried  # the paragraph's subject goes on (…。并从储备中调拨2万只口罩,于31日发往青岛)
    if not d.frm and publisher is not None and publisher.key and not incoming and d.type in ("donation", "consultation") \
            and d.to \
            and all(r.country not in (None, "CN") for r in d.to):
        # a local paper's "2万只口罩寄往仓敷市": the sender is the paper's own city
        d.frm = [Ref(t.start, t.start, publisher.key, publisher.level, _publisher_name(publisher), "CN")]
        d.frm_named = True  # the paper's own place, as the genre tells it
    if not d.frm and publisher is not None and publisher.key and getattr(publisher, "level", None) == "adm1" \
            and d.type == "donation" and not incoming and all(r.country not in (None, "CN") for r in d.to) \
            and OWN_CITIES_AS_CLASS.match(text, clause.start):
        # a province's page: 省内各地市亦向100多个友城捐赠…: its cities as a class give; the province stands for them
        d.frm = [Ref(t.start, t.start, publisher.key, publisher.level, _publisher_name(publisher), "CN")]
    named_elsewhere = not counterpart and to_word is not None and to_word > (subject[0].end if subject else clause.start)
    if not d.to and publisher is not None and publisher.key and not named_elsewhere:
        # (向七家机构求助: the counterpart is named, just not a place; it is not the publisher)
        foreign_from = d.frm and all(r.country not in (None, "CN") or (r.key or "").startswith("ORG/") for r in d.frm)
        # (海外友城和外国友人捐赠到位的防护服N套: a class of unnamed givers gave to the page's own place)
        unnamed = not d.frm and d.type == "donation" and not counterpart \
            and bool(UNNAMED_GIVERS.search(text, clause.start, t.start))
        if incoming or foreign_from or unnamed:
            d.to = [Ref(t.start, t.start, publisher.key, publisher.level, _publisher_name(publisher), "CN")]
            d.defaulted_to = True
    if d.type == "message" and (not d.to or d.defaulted_to) and ci > 0 and THANKS_FOR_THIS.search(text, clause.start, t.start):
        # A给予了有力支持,B对此深表谢意: the thanks go to the subject of the clause before
        before = s.clauses[ci - 1]
        back = [g for g in groups if g[0].marker is None and before.start <= g[0].start < before.end]
        if back and d.frm and back[0][0].country != d.frm[0].country:
            d.to, d.defaulted_to = back[0], False


#: (中国)驻X总领事 / 驻X大使馆: the country named before 驻 is an envoy's, attending for the giving side
_ENVOY_AFTER = re.compile(r"驻[\u4e00-\u9fff·]{1,12}?(?:总领事|總領事|领事|領事|大使|总领馆|總領館|领事馆|領事館|大使馆|大使館|使馆|使館)")
#: A捐赠物资的交接仪式 / A捐赠的口罩交接仪式: the gift verb between A and the ceremony
_GIFT_VERB_THEN_CEREMONY = re.compile(rf"\s*(?:{GIFT_VERBS}|捐贈|贈送|捐給)[^,，。;；]{{0,8}}?")


# 在A向B捐赠…的(交接)仪式上 / 在A给B赠送口罩的活动中: 在 opens the whole act, named as the occasion
_AT_OCCASION_OPEN = re.compile(r"[^,，。;；向给給为為]{0,10}?(?:在|於|于)")
_OCCASION_TO = re.compile(r"(?:向|给|給|为|為)")
_GIFT_BEFORE_OCCASION = re.compile(rf"[^,，。;；]{{0,4}}?(?:{GIFT_VERBS}|送给|赠给|捐给)[^,，。;；]{{0,20}}?的[^,，。;；的]{{0,6}}")
_OCCASION_CLOSE = re.compile(r"[^,，。;；]{0,20}?的[^,，。;；的]{0,10}?(?:仪式|儀式|活动|活動|现场|現場|典礼|典禮|会|會)(?:上|中|现场|現場)?(?=[,，。;；]|$)")


def _gift_at_occasion(text: str, clause, groups: list[list[Ref]], t: Trigger):
    """在A向B捐赠物资的交接仪式上,…: A (read as where, after 在) is the giver, B the recipient: (A, B) or None."""
    for i, g in enumerate(groups[:-1]):
        nxt = groups[i + 1]
        if not clause.start <= g[0].start < nxt[0].start < t.start:
            continue
        if _AT_OCCASION_OPEN.fullmatch(text, clause.start, g[0].start) \
                and _OCCASION_TO.fullmatch(text, g[-1].end, nxt[0].start) \
                and (re.fullmatch(r"[^,，。;；]{0,4}", text[nxt[-1].end:t.start])
                     and _OCCASION_CLOSE.match(text, t.end, clause.end)
                     or t.word.direction == "ceremony" and _GIFT_BEFORE_OCCASION.fullmatch(text, nxt[-1].end, t.start)):
            return g, nxt
    return None


# 收到A捐赠的口罩后,B市长…: the receipt frames the next clause, whose opening party took the goods
_RECEIPT_OPEN = re.compile(r"\s*(?:在|于|於)?\s*$")
_RECEIPT_CLOSE = re.compile(r"(?:了)?[^,，。;；]{2,24}?(?:后|之后|以后|後|之後)\s*$")


def _receipt_frames_next(text: str, clause, t: Trigger, subject: list[Ref]) -> bool:
    """收到A捐赠的口罩后,B…: a clause with no subject of its own, opened by the receipt and closed by 后,
    names what B got; B (the next clause's opening party) is the receiver, A the giver."""
    return bool(subject) and subject[0].start >= clause.end \
        and bool(_RECEIPT_OPEN.fullmatch(text, clause.start, t.start)) \
        and bool(_RECEIPT_CLOSE.fullmatch(text, t.end, clause.end)) \
        and bool(GIFT_PHRASE.search(text, t.end, clause.end) or GIFT_NOUN_AFTER.match(text, t.end, clause.end))


# …,由Y转赠 / …,并由Y代表政府完成交接: the clause after a gift or receipt with no giver, opened by 由Y
BY_NEXT = re.compile(r"\s*(?:(?:这|這|该|該|此)(?:批|些)[^,，。;；由的]{1,6}?)?(?:并|均|则|系|是|再)?由")  # (这批口罩由Y捐赠; not 这批由Y捐出的物资, a modifier)
GIVEN_BY_NEXT = re.compile(rf"[^,，。;；]{{0,12}}?(?:{GIFT_VERBS}|转赠|转交|移交|交接|提供|赠送|捐给)")


#: 对此 just before the words of thanks: what the clause before told is thanked for
THANKS_FOR_THIS = re.compile(r"对此[^,，。]{0,4}$")


UNDER_WAY_AFTER = re.compile(r"[^,，。;；]{0,4}?(?:正在|正|也在|还在|在)(?:筹划|筹备|酝酿|商讨|研究|规划|洽谈)(?:之?中|当中)")
UNDER_STUDY_BEFORE = re.compile(r"(?:正在|正|也在|还在)(?:研究|讨论|商讨|酝酿|筹划)[^,，。;；]{0,10}$")
TEAM_ERRAND = frozenset("支援 驰援 援助 帮助 协助".split())
TEAM_FORMED = re.compile(r"[^,，。;；]{0,8}?(?:组成|组建|选派)")
TEAM_HELPS = re.compile(r"(?:支援|驰援|援助|协助)$")
TEAM_LANDS = re.compile(r"(?:抵达|飞抵|飞往|前往|赶赴|奔赴)$")
LANDED = frozenset("运抵 抵达 飞抵 送抵 运到 到达".split())


MEETING_JOIN = re.compile(r"[^,，。;；、和及与]{0,8}?(?:和|及|以及)")


#: 甲、乙等城市均派员参加 / 均在其列 / 均在其中 / 出席: the partners that took part, named after the meeting
_TOOK_PART = re.compile(r"\s*等?(?:[\d一二三四五六七八九十]+个)?(?:城市|友城|友好城市|地区|地方|国家|市)?(?:的代表)?"
                        # (甲、乙等友城市长在线参加: the partners' mayors or delegates, online)
                        r"(?:的)?(?:市长|州长|省长|知事|代表|官员|卫生官员|负责人|嘉宾|专家)?(?:们)?"
                        r"(?:也|亦)?(?:均|都|皆)?(?:已)?(?:在线|线上|通过视频|以视频方式|远程)?"
                        r"(?:派员|派代表|派人)?(?:参加|参会|与会|出席|列席|在其列|在其中|位列其中)")
#: 参会的乙方地区包括甲、乙 / 与会城市有: the partners that took part, listed after the meeting
_TOOK_PART_LEAD = re.compile(r"(?:参会|与会|出席|参加会议)(?:的)?[^,，。;；]{0,6}?(?:包括|包含|有|为)\s*$")
#: 甲、乙等N个地区的M名医生参会: the partners whose delegates took part, told in a sentence of their own
_DELEGATES_TOOK_PART = re.compile(r"[^。;；]{0,40}?(?:参会|与会|出席|参加(?:了)?(?:会议|交流|视频会议))\s*[。;；]?\s*$")
#: 甲、乙等N个国家的M个城市的代表与X举行视频会议: the partners' delegates meet X
_DELEGATES_WITH = re.compile(r"[^,，。;；]{0,24}?(?:代表|官员|专家|嘉宾)(?:们)?\s*(?:与|同|和|跟)\s*$")


def _meeting_parties_listed(text: str, s: Sentence, out: list[Draft], refs: list[Ref]) -> None:
    """A meeting the home side held with its partners at large (同全球友城召开视频会议), the partners that took
    part named in a clause of their own (甲、乙等城市均派员参加 / 参会的地区包括甲、乙); or the partners' delegates
    named first (甲、乙等…的代表与X举行视频会议): the home side shares its experience, the partners hear it."""
    for d in out:
        if (d.of or d.type) != "consultation":
            continue
        home = [r for r in d.frm + d.to if r.country in HOME_COUNTRIES]
        foreign = [r for r in d.frm + d.to if r.country not in HOME_COUNTRIES]
        if home and foreign and all(r in d.frm for r in foreign) and all(r in d.to for r in home) \
                and _DELEGATES_WITH.match(text, max(r.end for r in d.frm), min(r.start for r in d.to)) \
                and max(r.end for r in d.frm) <= d.trigger.start:
            d.frm, d.to = home, foreign
            d.together = True
            if d.type == "aggregate":
                d.type, d.of, d.counts = "consultation", None, {}
            continue
        cohost = [r for r in d.frm if r.country not in HOME_COUNTRIES]
        if cohost and len(cohost) < len(d.frm) and all(r.country not in HOME_COUNTRIES for r in d.to) \
                and re.search(r"(?:参会|与会|出席|参加会议)(?:的)?[^,，。;；]{0,6}?(?:包括|包含|有|为)", text[d.trigger.end:s.end]):
            # 由我省与乙方共同举办，参会乙方地区包括…: the co-host abroad is a side the home side meets
            d.frm, d.to = [r for r in d.frm if r not in cohost], cohost + [r for r in d.to if r not in cohost]
            d.together = True
        if not d.frm or not all(r.country in HOME_COUNTRIES for r in d.frm) \
                or any(r.country not in HOME_COUNTRIES for r in d.to):
            continue
        after = [r for r in refs if d.trigger.end <= r.start < s.end and r.country and r.country not in HOME_COUNTRIES]
        groups: dict[int, list[Ref]] = {}
        for r in after:
            groups.setdefault(r.group if r.group >= 0 else -r.start - 1, []).append(r)
        for g in groups.values():
            lead = _TOOK_PART_LEAD.search(text[max(s.start, g[0].start - 20):g[0].start])
            if _TOOK_PART.match(text, g[-1].end) or lead is not None:
                d.to = d.to + [r for r in g if r.key not in {x.key for x in d.to}]
                d.together = True
                if d.type == "aggregate":
                    d.type, d.of, d.counts = "consultation", None, {}
                break


#: 收到来自中国的两批物资：甲市和乙市正各自寄出…: the givers of the goods from a country, named after a colon
_COLON = re.compile(r"[:：]")
_SENDS_AFTER = re.compile(r"[^,，。;；:：]{0,8}?(?:寄出|寄来|寄送|运送|送来|发出|捐赠|捐出|捐助|提供|筹集|调拨)")


def _country_givers_named_after(text: str, s: Sentence, out: list[Draft], refs: list[Ref]) -> None:
    """将收到来自乙国的两批物资：甲市和姊妹市丙市正各自寄出口罩: the country the goods come from is told first, the
    places of it that send them after the colon; those places are the givers."""
    for d in out:
        if d.type not in ("donation", "aggregate") or not d.frm or any(r.level != "country" for r in d.frm):
            continue
        colon = _COLON.search(text, d.trigger.end, s.end)
        if colon is None:
            continue
        countries = {r.key for r in d.frm}
        after = [r for r in refs if colon.end() <= r.start < s.end]
        if not after or after[0].start - colon.end() > 2 or after[0].country not in countries \
                or after[0].level == "country":
            continue
        named = [r for r in after if r.group == after[0].group and r.group >= 0] or after[:1]
        if all(r.country in countries and r.level != "country" for r in named) \
                and _SENDS_AFTER.match(text, named[-1].end):
            d.frm = named


def _delegates_took_part(text: str, s: Sentence, meeting: Draft, refs: list[Ref]) -> None:
    """…与乙方视频交流。乙方甲、丙等9个联邦主体的50余名医生参会: the places whose delegates took part, named in
    the sentence after the meeting, are sides the home side met too (of the country it met)."""
    if not meeting.frm or not all(r.country in HOME_COUNTRIES for r in meeting.frm) or not meeting.to \
            or s.start - meeting.sentence.end > 200:
        return
    countries = {r.country for r in meeting.to}
    named = [r for r in refs if r.key and r.country in countries and r.level != "country"
             and r.key not in {x.key for x in meeting.to}]
    if len(named) < 2 or not _DELEGATES_TOOK_PART.match(text, named[-1].end, s.end):
        return
    meeting.to = meeting.to + named
    meeting.together = True


def _meeting_sides(refs: list[Ref]) -> tuple[list[Ref], list[Ref]]:
    """甲国卫生部官员和中国国家卫健委专家召开视频会议: both sides of the meeting are named together as its
    subject; the Chinese side shares its experience (without one, the first named), the other side hears it."""
    home = [r for r in refs if r.country in HOME_COUNTRIES]
    if home and len(home) < len(refs):
        return home, [r for r in refs if r not in home]
    first = refs[0].country
    return [r for r in refs if r.country == first], [r for r in refs if r.country != first]


def _named_country_over_landing(text: str, s: Sentence, clause, groups: list[list[Ref]], subject: list[Ref],
                                counterpart: list[Ref]) -> list[Ref]:
    """A向乙国捐赠的一批物资,…,日前搭乘航班运抵丙市: the gift phrase names the country the goods are for;
    the city of that country they land in is where they arrived, not the recipient."""
    named = [r for g in groups if g[0].marker == "to" and s.start <= g[0].start < clause.start and g is not subject
             and GIFT_VERB_AFTER.match(text, g[-1].end) for r in g]
    if named and all(r.level == "country" for r in named) and all(
            r.level != "country" and r.country in {n.key for n in named} for r in counterpart):
        return named
    return counterpart


def _landed_in_home_province(text: str, t: Trigger, subject: list[Ref], counterpart: list[Ref], publisher) -> bool:
    """The goods of a foreign province-level giver arrive (运抵X) in a city of the publishing province."""
    if publisher is None or publisher.level != "adm1" or not publisher.key or t.word.word not in LANDED:
        return False
    if len(counterpart) != 1 or not subject or any(r.country in HOME_COUNTRIES or r.level != "adm1" for r in subject):
        return False
    r = counterpart[0]
    if r.country != "CN" or r.marker is not None or r.start < t.end or text[t.end:r.start].strip() or not r.key:
        return False
    from cityaid.resolve.gazetteer import gazetteer
    parent, key = gazetteer().cn_parent, r.key
    while key in parent:
        key = parent[key]
        if key == publisher.key:
            return True
    return False


# 协助Y / 帮助Y / 帮Y: the party right after is the one helped
HELPED_BEFORE = re.compile(r"(?:协助|帮助|帮忙|帮)$")
# the goods arrive or are handed in: where they got to is whose they became
ARRIVED = frozenset("运抵 抵达 送达 送抵 寄抵 寄达 送到 交到 交付 运到 寄到 到达 到了".split())
# (友城A)送来的 / 捐赠的: the goods of the party just named (its gift, or what it sent here), before 已经到货
_SENT_HERE_AFTER = re.compile(rf"[^,，。]{{0,6}}?(?:{GIFT_VERBS}|送来|寄来|送來|寄來)的")
# X(市政府)(21日在记者会上)证实, … : the one telling, at the head of the sentence
TELLS = re.compile(r"[^,，。;；]{0,40}?(?:证实|表示|宣布|透露|指出|确认|介绍|称|说)\s*[,，:：]")


def _teller(text: str, s: Sentence, ci: int, groups: list[list[Ref]], giver: list[Ref]) -> list[Ref]:
    """The party that opens a clause before the act by saying something (X证实, / X表示,), of another country
    than the giver: in a report of goods arriving, the one who tells of them is the one they reached."""
    countries = {r.country for r in giver}
    for g in groups:
        k = _clause_of(s, g[0].start)
        if k >= ci or g[0].marker is not None or g is giver or not (g[0].start >= s.start):
            continue
        c = s.clauses[k]
        head = _BRACKETED.sub("", text[c.start:g[0].start])
        if _HAN_CHAR.search(head) or not TELLS.match(text, g[-1].end, c.end + 1):
            continue
        if {r.country for r in g} & countries:
            continue
        return g
    return []


def _bound_home(counterpart: list[Ref], publisher) -> bool:
    """The goods go home: to places of the home countries, or (none named) to the publisher's own place."""
    if counterpart:
        return all(r.country in HOME_COUNTRIES for r in counterpart)
    return publisher is not None and bool(publisher.key) and publisher.key.split("/")[0] in HOME_COUNTRIES


def _is_home(r: Ref, publisher) -> bool:
    """从重庆出发: the place goods leave from gives them only if it is the publisher's own."""
    if publisher is None or not publisher.key or not r.key:
        return publisher is None
    return r.key == publisher.key or r.key.startswith(publisher.key + "/") or publisher.key.startswith(r.key + "/")


def _publisher_name(p) -> str:
    return getattr(p, "surface", None) or getattr(p, "name_en", None) or p.key


# --------------------------------------------------------------------- totals
# 由A、B等5家单位12名专家组成的专家组: the bodies a team is drawn from, counted, are no partners of a total
_MADE_UP_OF = re.compile(r"[^,，。;；]*?由[^,，。;；由]{0,40}")
TEAM_MAKEUP_AFTER = re.compile(r"[^,，。;；]{0,16}?(?:组成|组建)的")


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
    k = ci - 1
    while k >= 0 and k not in by_clause:  # 截至6月9日,该协会已经由…渠道,向…捐赠: the cue opens the statement
        cue_span.append((s.clauses[k].start, s.clauses[k].end))
        k -= 1
    counts = {}
    for q in quantities:
        if any(a <= q.start < b for a, b in spans) and q.kind in COUNT_KINDS and not DISTRIBUTED.search(
                text[s.clauses[_clause_of(s, q.start)].start:q.start]) \
                and not (_MADE_UP_OF.fullmatch(text, s.clauses[_clause_of(s, q.start)].start, q.start)
                         and TEAM_MAKEUP_AFTER.match(text, q.end)):  # (已分发至省内15家医院: handed on, not partners)
            field_ = COUNT_KINDS[q.kind]
            if field_ not in counts and q.value is not None and q.value >= 2:
                counts[field_] = int(q.value)
                if q.qualifier == "over":
                    counts[field_ + "_qualifier"] = "over"
    if "events_count" not in counts and (d.of or d.type) == "message":
        # 收到…发来的慰问函电120多件: letters counted in 件/份/条 (a counter of goods elsewhere) are the tally
        for a, b in spans:
            for m in _LETTERS_COUNTED.finditer(text, a, b):
                q = next((q for q in quantities if q.start == m.start(1) and q.value is not None), None)
                if q is not None and q.value >= 2:
                    counts["events_count"] = int(q.value)
                    if q.qualifier == "over":
                        counts["events_count_qualifier"] = "over"
                    break
    big = {k: v for k, v in counts.items() if not k.endswith("_qualifier")}
    cue = any(AGGREGATE_CUE.search(text, a, b) for a, b in cue_span)
    # (向北京等中国友城 / 向其德国友城、X州的小城Y: a place of that country named with it is the partner, the
    # country only its class)
    plural = any(r.level == "country" and plural_after(text, r.end) and not _place_of_country(r, d.to)
                 for r in d.to) or bool(_PARTNERS_OF_COUNTRIES.search(text[clause.start:clause.end]))
    # 收到来自美国多个州和城市的捐赠物资: many unnamed places of one country gave, told as one
    plural = plural or any(r.level == "country" and MANY_PLACES_OF.match(text, r.end) for r in d.frm + d.to)
    if (not d.to or d.defaulted_to) and _ALL_PARTNERS.search(text, clause.start, clause.end):
        plural = d.all_partners = True
    if cue and not big and not plural and _parallel(d.frm) and not any(
            STRONG_CUE.search(text, a, b) for a, b in cue_span):
        cue = False  # 广东、福建、重庆等地亦陆续向仁川送出口罩: each named giver's own act, told together
    if cue and not big and not plural and d.type == "donation" and len({r.key or r.name for r in d.frm}) == 1 \
            and len({r.key or r.name for r in d.to}) == 1 and all(r.level != "country" for r in d.to) \
            and not any(STRONG_CUE.search(text, a, b) or _MANY_CUE.search(text, a, b) for a, b in cue_span):
        cue = False  # 4月10日至15日,我市陆续向X县寄送手套5万副: one gift to one partner, sent in parts
    named = len({r.key or r.name for r in d.to}) if _parallel(d.to) else 0
    if cue and not big and not plural and named and d.type in SPLIT_TYPES and not any(
            STRONG_CUE.search(text, a, b) for a, b in cue_span) and not re.search(
            r"等(?:国|国家|城市|地|友城)?", text[max(r.end for r in d.to):d.trigger.start]):
        cue = False  # 先后与A、B的专家举行视频会议: each named partner's own meeting, told in order
    if cue and not plural and named and d.type in ("donation", "consultation") and big in ({}, {"events_count": named}) \
            and not _BATCH_AFTER_BATCH.search(text, s.start, s.end) \
            and not any(STRONG_CUE.search(text, a, b) for a, b in cue_span) \
            and not any(line.quantity is not None for line in itemize(text, clause.start, clause.end)):
        # 陆续向A、B等友城送去防疫物资 / 先后与A、B的医生举行两场视频交流会: each named one's own (batch after
        # batch since a day, 自某日起,一批批物资…陆续发往甲国、乙国等国家, stays a tally)
        cue, big = False, {}
    if cue and not plural and named >= 2 and d.type == "donation" and not big \
            and not _GIVERS_COUNT.match(text, max(r.end for r in d.to)) \
            and all(_SUM_ONLY.fullmatch(m.group()) for a, b in cue_span for m in AGGREGATE_CUE.finditer(text, a, b)) \
            and not _SPREAD_OVER_TIME.search(text, s.start, s.end) \
            and not re.search(r"等(?:国|国家|城市|地|友城)?", text[max(r.end for r in d.to):d.trigger.start]):
        # 向A市、B市合计寄去手套N副: one shipment to the named partners, its goods summed: one gift to them
        # all (a tally spreads over time, 累计/先后/陆续, leaves its partners open with 等, or counts them: 向甲、乙、丙
        # 三市合共捐出N只 sums the gifts to a counted set)
        cue = False
    builders = {r.key or r.name for r in d.frm}
    if cue and d.type == "medical_team" and not plural and _parallel(d.frm) and big in ({}, {"events_count": len(builders)}) \
            and _BUILT_BY.search(text, clause.start, d.trigger.start) \
            and not any(STRONG_CUE.search(text, a, b) for a, b in cue_span):
        cue, big = False, {}  # 先后派出由甲省、乙省组建的两批医疗队: each named province's own team, told in order
    if big and set(big) == {"events_count"} and not plural and _one_party_each(d) \
            and _BATCHES.search(text, clause.start, clause.end) \
            and not any(STRONG_CUE.search(text, a, b) for a, b in cue_span):
        cue, big = False, {}  # A县分三批向B市捐赠口罩N只: one giver's gift to one partner, sent in parts
    if big and named and all(v == named for k, v in big.items() if k != "events_count") and "events_count" not in big \
            and not (named >= 3 and _VALUE_OF_ALL.search(text, s.start, s.end)):
        # 向大邱、釜山、仁川三个友城捐赠: every partner counted is named, one act to several (向甲、乙、丙、丁4个友城
        # 捐赠…,总价值约N万元: the value claimed over the counted partners is a total)
        big = {}
    if cue and not big and not plural and d.type == "donation" and _ON_DAYS_IN_BATCHES.search(
            text, min(a for a, _b in cue_span), d.trigger.end) and not any(
            AGGREGATE_CUE_NOT_BATCH.search(text, a, b) or _MANY_CUE.search(text, a, b) for a, b in cue_span):
        cue = False  # 2月10日分批空运到甲、乙两省: the goods of one day (or a few days) sent in parts, one gift
    # 收到武汉、南京…五市回赠的8.3万个口罩: a counted list of givers, each its own gift, told as one total
    giver_count = _GIVERS_COUNT.match(text, max(r.end for r in d.frm)) if d.frm else None
    givers_counted = _parallel(d.frm) and len({r.key or r.name for r in d.frm}) >= 3 and giver_count is not None
    if cue and d.frm and _parallel(d.frm) and len({r.key or r.name for r in d.frm}) >= 2:
        # 甲、乙、丙三市共向X捐赠 / 甲和乙共同向X…: all the givers named, then 共 right before the act: the gift
        # they gave together (a tally says 累计/先后/共计, or leaves the list open with 等)
        after = max(r.end for r in d.frm)
        cnt = _GIVERS_COUNT.match(text, after)
        joint = _JOINT_ACT.match(text, cnt.end() if cnt is not None and not cnt.group().startswith("等") else after)
        if joint is not None and not any(AGGREGATE_CUE.search(text, a, joint.start(1)) or AGGREGATE_CUE.search(
                text, joint.end(1), b) for a, b in cue_span if a < joint.start(1) < b) and not big.get("events_count"):
            cue, d.together = False, True
            big = {k: v for k, v in big.items() if not (k == "partners_count" and v == len({r.key or r.name for r in d.frm}))}
    if givers_counted and _SUBJECT_LIST_ACTS.match(text, giver_count.end()) and "events_count" not in big:
        # 甲、乙、丙三市(联合)向X捐赠: the counted, all-named givers are the act's subject; the count is theirs,
        # not a tally of partners (one gift by the three, or one each where they acted apart)
        givers_counted = False
        big = {k: v for k, v in big.items() if not (k == "partners_count" and v == len({r.key or r.name for r in d.frm}))}
    givers = len({r.key or r.name for r in d.frm}) if _parallel(d.frm) else 0
    if big and givers >= 2 and set(big) == {"partners_count"} and big["partners_count"] == givers \
            and not plural and _EACH_AFTER_GIVERS.match(text, max(r.end for r in d.frm)) \
            and not any(STRONG_CUE.search(text, a, b) for a, b in cue_span):
        # 甲、乙、丙、丁四个友城市长分别致函X: the count is of the givers, every one named, each acting on
        # its own (分别/各自): one act each, no total
        big, givers_counted = {}, False
        cue = cue and not re.search(r"分别|分別|各自", text[clause.start:clause.end])
    is_total = bool(big and max(big.values()) >= 3) or cue or plural or givers_counted
    if is_total and d.type != "request":
        d.of = d.type
        d.type = "aggregate"
        d.counts = counts


#: the cues that only sum the goods of one act (合计/共计), and the words of acts spread over a time
_SUM_ONLY = re.compile(r"合计|共计|总计|一共|共")
_SPREAD_OVER_TIME = re.compile(r"截至|截止|累计|先后|陆续|陸續|先後|纷纷|分批|一批批|据统计|以来|期间|全年|至今|迄今|多次|几次|[两二三四五六七八九十\d]次")


#: 总价值约110万元 / 价值约N万元的: the value claimed for the goods
_VALUE_OF_ALL = re.compile(r"(?:总价值|总值|价值)(?:约|近|逾|超过|达)?[\d.]+(?:多|余)?(?:万|亿)?(?:元|美元|欧元|日元|人民币)")


#: 慰问信函/函电/来信 + 共|达 + N余|多 + 件|封|份|条|通: the letters counted (group 1: the number)
_LETTERS_COUNTED = re.compile(r"(?:信函|函电|信件|来信|慰问函|慰问信|感谢信|贺电|慰问电|信|函|电)(?:共|计|达|共计)?"
                              r"([\d一二三四五六七八九十百两]+(?:\.\d+)?(?:余|多)?)(?:件|封|份|条|通)")

#: 由甲省、乙省组建的 / 由甲省和乙省选派的: the teams' builders, listed
_BUILT_BY = re.compile(r"由[^,，。;；]{2,30}?(?:组建|选派|派出|组成|抽调)的")

#: 分三批 / 分4批: the shipments of one gift counted
_BATCHES = re.compile(r"分(?:[两二三四五六七八九十几多]|\d+)批")
#: 2月10日(由…)分批空运 / 2月1日至5日…分批寄回: the days told, the goods sent in parts over them
_ON_DAYS_IN_BATCHES = re.compile(r"\d{1,2}[日号](?:至\d{1,2}[日号])?[^。;；]{0,30}?分批")
#: the cues of a tally other than 分批 (many acts over a time, or a sum)
AGGREGATE_CUE_NOT_BATCH = re.compile(r"截至|截止|累计|总计|共计|合计|一共|总共|先后|陆续|陸續|先後|纷纷|一批批|以来")


def _summed(text: str, s: Sentence, d: Draft) -> bool:
    """疫情发生以来,我市已累计向海外友城捐赠口罩10万只 / 先后…捐赠口罩共计8万只: the act's own clause sums it
    up, a claim to count even with no day told."""
    c = s.clauses[_clause_of(s, d.trigger.start)]
    return bool(STRONG_CUE.search(text, c.start, c.end))


def _shares_given(found: list[Draft], drafts: list[Draft], text: str) -> None:
    """A市累计向海外友城捐赠口罩10万只。其中,向B市捐赠3万只: the part, told with no giver named, is the
    total's giver's gift."""
    shares = [d for d in found if d.type == "donation" and d.trigger.word.direction != "recv" and d.to
              and (not d.frm_named or all(r.end == r.start for r in d.frm))  # (none, carried, or the page's own)
              and _SHARE_OPENS.match(text, d.sentence.start)]
    total = next((g for g in reversed(drafts) if g.type in ("donation", "aggregate")), None) if shares else None
    if total is None or not total.frm or total.type != "aggregate" and total.to \
            or total.sentence.paragraph < shares[0].sentence.paragraph - 1:
        return
    givers = {r.key or r.name for r in total.frm}
    for d in shares:
        if not givers & {r.key or r.name for r in d.to}:
            d.frm, d.frm_named = list(total.frm), True


#: 其中A市获赠 / 其中,A收到: the share one partner of a total got (up to the receiving verb)
_SHARE_RECEIVED = re.compile(r"\s*其中\s*[,，]?\s*[^,，。;；]{2,12}?(?:获赠|获得|收到|分得|得到)")
_SHARE_OPENS = re.compile(r"\s*其中\s*[,，]?\s*(?:向|给|为)")


def _place_of_country(r: Ref, refs: list[Ref]) -> bool:
    """A place (not the country itself) of country ``r`` among ``refs``."""
    return any(x.level != "country" and x.country == r.country and x.key != r.key for x in refs)


def _one_party_each(d: Draft) -> bool:
    """One named giver and one named partner that is a place, not a country."""
    return len({r.key or r.name for r in d.frm}) == 1 and len({r.key or r.name for r in d.to}) == 1 \
        and all(r.level != "country" for r in d.to)


#: (甲、乙三市)共向 / 共同向 / 联合向: the listed givers act together (group 1: the joint word)
_JOINT_ACT = re.compile(r"\s*(?:的)?(?:市长|省长|州长|知事|政府)?\s*(?:也|还|已|日前|近日)?(共同|联合|共)(?=向|给|为|对)")
#: (甲、乙、丙)四个友城市长分别… : the givers' count, their heads, then 分别/各自 (each acting on its own)
_EACH_AFTER_GIVERS = re.compile(r"\s*(?:等)?[两兩二三四五六七八九十\d]+\s*[个個]?(?:国际)?(?:友城|友好城市|城市|市|省|州|县|縣|地|国|國|方)"
                                r"(?:的)?(?:市长|市長|省长|省長|州长|州長|知事|领导|領導|负责人|負責人|政府)?\s*(?:也|还|還|已|曾)?\s*"
                                r"(?:分别|分別|各自)")
_GIVERS_COUNT = re.compile(r"(?:等)?[两二三四五六七八九十\d]+个?(?:市|省|城市|地|国|方)")
_SUBJECT_LIST_ACTS = re.compile(r"\s*(?:的)?(?:市长|省长|州长|知事|领导|负责人|政府)?\s*(?:也|还|已|曾|日前|近日)?"
                                r"(?:联合|共同|一道|一起|携手|分别|各自|联名|共(?=向|给|为|对))?\s*"
                                # (甲、乙、丙三市市长联名致信X: the counted writers of one letter)
                                r"(?:向|给|为|对|致信|致函|致电|来信|来函|发来|写信)")


MANY_PLACES_OF = re.compile(r"(?:的)?(?:多个|多座|多地|一些|部分|众多|不少|许多)(?:的)?(?:州|省|县|城市|市|地方政府|友城|友好城市|地区"
                            r"|(?:姊妹|姐妹)(?:城市|市|州|省|县)|友好(?:省州|省县|省|州|县|交流城市))")


# --------------------------------------------------------------------- dates
def _date_for(s: Sentence, ci: int, t: Trigger, dates: list[DateMention], quotes) -> DateMention | None:
    return act_date(dates, (s.start, s.end), (s.clauses[ci].start, s.clauses[ci].end), t.start, quotes)


def _dates_in_turn(text: str, s: Sentence, t: Trigger, dates: list[DateMention], quotes) -> list[DateMention]:
    """3月31日和4月1日,…先后与A、B举行视频会议: days listed together before an act told 先后/分别, one per partner."""
    before = [x for x in dates if s.start <= x.start < t.start and not quotes[x.start] and len(x.value) == 10]
    if len(before) < 2 or not re.search(r"先后|分别|依次", text[before[-1].end:t.start]):
        return []
    run = [before[-1]]
    for x in reversed(before[:-1]):
        if not re.fullmatch(r"\s*(?:和|及|、|与)\s*", text[x.end:run[0].start]):
            break
        run.insert(0, x)
    return run if len(run) >= 2 else []


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
    # (speed) built without re-validation: a Ref's key, name and level are our own strings (or None)
    if not _ACTOR_PLAIN:
        return Actor.model_construct(key=r.key, name=r.name, level=r.level)
    # what ``model_construct`` sets, set directly (its per-field loop costs several times more)
    a = _new_model(Actor)
    _set_attr(a, "__dict__", {"key": r.key, "name": r.name, "level": r.level})
    _set_attr(a, "__pydantic_fields_set__", {"key", "name", "level"})
    _set_attr(a, "__pydantic_extra__", {})
    _set_attr(a, "__pydantic_private__", None)
    return a


_new_model = object.__new__
_set_attr = object.__setattr__
#: (speed) Actor is plain (three fields, in this order, extras allowed, no post-init or private attributes):
#: the direct build in :func:`_actor` is then what ``model_construct`` makes
_ACTOR_PLAIN = (list(Actor.model_fields) == ["key", "name", "level"] and Actor.model_config.get("extra") == "allow"
                and not Actor.__pydantic_post_init__ and not Actor.__private_attributes__
                and not Actor.__pydantic_root_model__)


def _as_written(clean: CleanText, original: str, r: Ref) -> Ref:
    """The party's name in the page's own script (奧克蘭市, not the simplified form read): the spec's
    ``name`` is the words the document uses, and a traditional page is matched by them."""
    if r.end <= r.start or clean.text[r.start:r.end] != r.name:
        return r  # a name put together by the reader (the publisher, a possessor joined): as it is
    a, b = clean.original_span(r.start, r.end)
    written = original[a:b]
    if not written or written == r.name or len(written) != len(r.name):
        return r
    return Ref(r.start, r.end, r.key, r.level, written, r.country, r.marker, r.group)


def _acts_on_days_listed(text: str, s: Sentence, d: Draft) -> None:
    """两地于2月3日和4月9日先后举行了两次视频会议: the days listed before the acts, counted by the sentence (or
    told 先后/分别 with no count), are one act each with the one partner, not a tally (a sum, 累计/截至, still is)."""
    if d.type != "aggregate" or d.of not in SPLIT_TYPES or len(d.each_date) < 2:
        return
    counts = {k: v for k, v in d.counts.items() if not k.endswith("_qualifier")}
    if counts not in ({}, {"events_count": len(d.each_date)}) or d.counts.get("events_count_qualifier"):
        return
    if len({r.key or r.name for r in d.to}) > 1 or len({r.key or r.name for r in d.frm}) > 1 \
            or STRONG_CUE.search(text, s.start, s.end):
        return
    d.type, d.of, d.counts = d.of, None, {}


def _act_date(d: Draft) -> DateRef | None:
    """The event's date; one act dated by a range read as a tally's (4月10日至15日,陆续寄送手套5万副) is
    dated by the range's first day, approximately: a total stands as of the end, a single act began first."""
    if d.date is None:
        return None
    if (d.type != "aggregate" and d.date.qualifier == "as_of" and d.date.since and len(d.date.since) >= 7
            and d.date.since[:7] <= d.date.value[:7]):
        # (3月下旬以来,分别与A、B举行视频会议: each act began then; the month when the range gives no day)
        return DateRef(value=d.date.since, qualifier="approx")
    return DateRef(value=d.date.value, qualifier=d.date.qualifier)


def _build(clean: CleanText, original: str, d: Draft, quantities: list[QuantityMention]) -> list[Event]:
    text = clean.text
    s = d.sentence
    frm = [_as_written(clean, original, r) for r in most_specific(text, dedupe_refs(d.frm))]
    to = [_as_written(clean, original, r) for r in most_specific(text, dedupe_refs(d.to))]
    both = {r.key or r.name for r in frm} & {r.key or r.name for r in to}
    if both and len(frm) > len(both):
        frm = [r for r in frm if (r.key or r.name) not in both]  # 我省收到由X、我省同乡会…捐赠的: we are the recipient
    to = [r for r in to if (r.key or r.name) not in {(f.key or f.name) for f in frm}]
    if "medical_team" in (d.type, d.of):
        # teams are sent to a country; the city they land in (抵达柬埔寨金边) is where, not whom
        to = dedupe_refs([Ref(r.start, r.end, r.country, "country", r.name, r.country)
                           if r.country and r.country != "CN" and r.key and "/" in r.key else r for r in to])
    # (累计接收各类防疫物资捐赠12万余件: a received total names its recipient, not its many givers)
    quantified_total = d.type == "aggregate" and to and (d.defaulted_to or d.trigger.word.direction == "recv" or (
        not frm and UNNAMED_GIVERS.search(text, d.clause_start, d.trigger.start))) and any(
        line.quantity is not None for line in itemize(text, *(d.item_span or (s.start, s.end))))
    if not frm and not (d.type == "aggregate" and d.counts and to) and not quantified_total:
        return []  # a total received "from 12 countries" names no sender, but is still a claim
    exact_date = d.date is not None and d.date.qualifier == "on" and not d.date_inherited
    stated_as_of = d.date is not None and d.date.qualifier == "as_of" and not d.date_inherited
    if d.type == "donation" and not to and frm and stated_as_of and GENERIC_PARTNER.search(text, d.clause_start, d.trigger.end) \
            and any(line.quantity is not None for line in itemize(text, *(d.item_span or (s.start, s.end)))):
        # 目前,我市已向国外友城捐赠口罩28万只: a running total to partners in general is a claim to count
        d.type, d.of = "aggregate", "donation"
        exact_date = True
    if not to and d.type != "aggregate" and not (exact_date and GENERIC_PARTNER.search(text, d.clause_start, d.trigger.end)):
        return []  # "we keep helping our partners": no named counterpart and no dated, partner-addressed act
    if d.type == "aggregate" and not d.counts and to and frm and not exact_date \
            and all(r.level == "country" for r in frm + to) \
            and not any(line.quantity is not None for line in itemize(text, s.start, s.end)):
        return []  # 日本地方政府陆续收到台湾县市捐赠的口罩: countries' places in general, no count, no amount, no day
    if d.type == "donation" and frm and all(r.level == "country" for r in frm) and not exact_date \
            and any(_MANY_OF_COUNTRY.match(text, r.end) or _MANY_BEFORE.search(text, max(s.start, r.start - 4), r.start)
                    and _GROUP_AFTER.match(text, r.end) for r in frm) \
            and not any(line.quantity is not None for line in itemize(text, s.start, s.end)):
        return []  # 今年以来,中国多个友好团体和友好省份向X寄来口罩: many unnamed givers of a country, no count, no day
    if d.type == "aggregate" and not to and not d.counts and not d.all_partners:
        quantified = [line for line in itemize(text, s.start, s.end) if line.quantity is not None] or \
            [q for q in quantities if q.currency]
        if not (exact_date or stated_as_of or _summed(text, s, d)) or not quantified:
            return []  # 中国多个省市先后给友好省市送去物资: a lead about cities in general, no claim to count
    if d.type == "aggregate" and d.of == "donation" and not d.counts and not d.all_partners \
            and not itemize(text, s.start, s.end) and not any(q.currency for q in quantities if s.start <= q.start < s.end):
        return []  # 已有多个甲国友城向我市伸出援手: help told with no goods, no count and no amount claims no total
    items, money, value = [], [], None
    ia, ib = d.item_span or (s.start, s.end)
    if d.each_from is not None:
        ia = d.each_from
    if d.type in ("donation", "request") or d.of == "donation":
        lines = itemize(text, ia, ib)
        if d.each_from is not None and not any(x.quantity is not None for x in lines):
            lines = _each_amount(text, s, ia, ib)
        for line in lines:
            if _in_speech(s, line.start) and not _in_speech(s, d.trigger.start):
                continue  # goods named in what someone says belong to the act they tell, not to this one
            items.append(ItemQty(item=line.item, quantity=line.quantity, unit=line.unit if line.quantity is not None else None,
                                 qualifier=line.qualifier if line.quantity is not None else None))
        for q in quantities:
            if q.currency and ia <= q.start < ib and (not _in_speech(s, q.start) or _in_speech(s, d.trigger.start)):
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
        date=_act_date(d),
        items=items, money=money, value=value, evidence=evidence_text, evidence_span=(a, b),
        of=d.of, kind=d.trigger.word.kind if "message" in (d.type, d.of) else None,
        medium=d.trigger.word.medium, requested=d.requested,
    )
    base.update({k: v for k, v in d.counts.items() if not k.endswith("_qualifier")})
    extra = {k: v for k, v in d.counts.items() if k.endswith("_qualifier")}
    par_frm, par_to = _parallel(frm), _parallel(to)  # (speed) asked below several times
    span = (min(d.clause_start, frm[0].start if frm else d.clause_start),
            max(d.trigger.end, s.clauses[_clause_of(s, d.trigger.start)].end))
    joint = JOINT.search(text, *span)
    if joint is not None and any(r.start <= joint.start() < r.end for r in frm):
        joint = None  # 收到两市的信函: "the two cities" are the senders themselves, each wrote its own
    if joint is not None and joint.group()[0] in "两二三四五六七八九十0123456789" \
            and re.search(r"分别|各自|先后|相继", text[span[0]:span[1]]):
        joint = None  # 甲、乙、丙三市市长分别致信X: counted, but each wrote its own
    by_sender = d.type in ("request", "message", "donation") and par_frm and joint is None \
        and (d.type != "donation" or bool(EACH_GIVER.search(text, *span)))
    # (向A国的X、B国的Y等友城寄去了口罩: with no amount to share, partners in different countries each got their own parcel)
    unshared = d.type == "donation" and not d.together and not money and par_to \
        and len({r.country for r in to}) >= 2 and not any(i.quantity is not None for i in items) \
        and not JOINT.search(text, *span) and not _one_batch(text, s, d)
    # (陆续/先后向A、B送去口罩: acts apart, one each, wherever the partners lie)
    unshared = unshared or (d.type == "donation" and not d.together and not money and par_to
                            and not any(i.quantity is not None for i in items)
                            and _APART_BEFORE.search(text, s.clauses[_clause_of(s, d.trigger.start)].start, d.trigger.start))
    # 与A、B、C等友城召开视频会议: one meeting with all the partners, wherever they lie; meetings told as held
    # one by one (先后, 分别, 两场) are one each
    one_meeting = d.type == "consultation" and not _MEETINGS_APART.search(text, s.start, s.end)
    # 致函A省省长及B市市长: one letter addressed to both (向A、B等友城致信: letters, one each)
    one_letter = d.type in ("message", "request") and par_to and _one_letter_to(text, to, s)
    by_recipient = (d.type in SPLIT_TYPES and par_to and not d.together and not one_meeting and not one_letter) \
        or (d.each_from is not None and par_to) or unshared
    side = "to" if par_to else "from" if par_frm else None
    if d.type == "donation" and side and not d.together and not (par_frm and par_to):
        split = _split_by_list(text, s, d, frm if side == "from" else to, side, base, frm, to, extra)
        if split:
            return split
    if d.type in ("donation", "aggregate") and frm and not d.together and not par_frm \
            and not (d.each_from is not None and len(to) == 1):  # (a share already read to its one taker)
        split = _each_named_after(text, s, d, base, frm, to, extra)
        if split:
            return split
    if d.type == "donation" and side and items and "分别" in text[d.clause_start:d.trigger.end]:
        # 分别向A和B捐助5万只和3万只 / A、B两市分别向X捐赠1万只和2万只: amounts go to the parties in order
        from cityaid.extract.items import _is_goods
        parties = to if side == "to" else frm
        amounts = [q for q in find_quantities(text, d.trigger.end, ib) if _is_goods(q) and q.value is not None]
        lines = [i for i in items if i.quantity is not None]

        def one(r, its):
            sides = {"from": [_actor(x) for x in frm], "to": [_actor(x) for x in to]}
            sides[side] = [_actor(r)]
            return Event(**{**base, "items": its}, **sides, **extra)
        if par_frm and par_to and len(frm) == len(to) >= 2 and len(amounts) in (0, len(to)) \
                and (amounts or len(lines) == len(to)):
            # A、B和C分别向X、Y和Z捐赠N1、N2和N3: givers, recipients and amounts pair in order
            its = [[ItemQty(item=items[-1].item, quantity=q.value, unit=q.unit, qualifier=q.qualifier)]
                   for q in amounts] if amounts else [[i] for i in lines]
            return [Event(**{**base, "items": i}, **{"from": [_actor(f)]}, to=[_actor(t)], **extra)
                    for f, t, i in zip(frm, to, its)]
        if len(lines) == len(parties) >= 2 and len({i.item for i in lines}) == len(lines):
            # 分别捐赠2万只N95口罩和1万套防护服: each named goods line to the party in the same place
            return [one(r, [i]) for r, i in zip(parties, lines)]
        if len(amounts) == len(parties) >= 2:
            return [one(r, [ItemQty(item=items[-1].item, quantity=q.value, unit=q.unit, qualifier=q.qualifier)])
                    for r, q in zip(parties, amounts)]
        if len(amounts) == 1 and len(lines) == 1:
            return [one(r, items) for r in parties]  # 向釜山、仁川分别捐赠5万只: that much each
    if d.type in SPLIT_TYPES and len(d.each_date) >= 2 and not par_frm and not par_to and not items:
        # 两市于2月3日和4月9日先后举行了两次视频会议: one act with the one partner on each day listed
        return [Event(**{**base, "date": DateRef(value=x.value, qualifier=x.qualifier)},
                      **{"from": [_actor(r) for r in frm]}, to=[_actor(r) for r in to], **extra) for x in d.each_date]
    if by_sender or by_recipient:
        out = []
        for f in (frm if by_sender else [frm]):
            one_each = by_recipient and len(d.each_date) == len(to) >= 2
            for k, t in enumerate((to if by_recipient else [to]) or [None]):
                t = t if isinstance(t, list) else ([t] if t else [])
                when = {"date": DateRef(value=d.each_date[k].value, qualifier=d.each_date[k].qualifier)} if one_each else {}
                if by_sender and not one_each and not isinstance(f, list):
                    when = _own_day(text, f, base.get("date")) or when  # 安徽省3月17日、河北省3月25日先后捐赠
                ev = Event(**{**base, **when}, **{"from": [_actor(x) for x in (f if isinstance(f, list) else [f])]},
                           to=[_actor(x) for x in t], **extra)
                out.append(ev)
        return out
    return [Event(**base, **{"from": [_actor(x) for x in frm]}, to=[_actor(x) for x in to], **extra)]


# 向A、B、C送出一批口罩: one batch for all of them (not 一批批 / 一批又一批, a stream)
ONE_BATCH = re.compile(r"(?:一|这|此)批(?![批又])")
# …分别/各/陆续/先后…: the members are served apart
APART = re.compile(r"分别|各自|各(?=[得获收向给为])|陆续|先后|纷纷|依次|逐一")


_APART_BEFORE = re.compile(r"(?:陆续|先后|依次|逐一)[^,，。;；]{0,20}?(?:向|给|为)")
#: a letter's verb with its addressees right after it (致函A及B)
_LETTER_TO_LIST = re.compile(r"(?:致函|致信|去函|去信|发函|写信给|致函给|致信给)\s*$")
_ADDRESSEES_JOINED = re.compile(r"\s*(?:和|及|以及|与|、)\s*")


def _one_letter_to(text: str, to: list[Ref], s: Sentence) -> bool:
    """致函甲省省长及乙市市长 / 曾致函甲市和乙省: the addressees of one country listed right after the letter's
    verb, with no 分别 and no 等, are the addressees of one letter."""
    to = sorted(to, key=lambda r: r.start)
    if len({r.country for r in to}) != 1:
        return False  # (致信法国甲市和美国乙市: partners abroad in two countries get a letter each)
    if not _LETTER_TO_LIST.search(text, max(s.start, to[0].start - 6), to[0].start):
        return False
    if any(not _ADDRESSEES_JOINED.fullmatch(text, a.end, b.start) for a, b in zip(to, to[1:])):
        return False
    clause_end = re.search(r"[,，。;；]|$", text[to[-1].end:s.end])
    return not re.search(r"分别|各自|等", text[max(s.start, to[0].start - 12):to[-1].end + clause_end.start()])


#: meetings told as held one by one: 先后/分别/逐一与A、B视频连线, 两场视频会议
_MEETINGS_APART = re.compile(r"先后|分别|陆续|各自|相继|依次|逐一|一一|[两二三四五六七八九十多数几]场|多次|系列|轮流|"
                             r"继[^,，。;；]{1,30}?(?:后|之后)|(?<![一])又(?=与|同|和|跟|举行|召开|开展)")


def _one_batch(text: str, s: Sentence, d: Draft) -> bool:
    """向友城A、B、C送出一批口罩: a gift told as one batch to a list, with no word serving the members apart,
    is one shipment with several receivers (陆续向A、B送去口罩 / 分别寄出一批: one each)."""
    clause = s.clauses[_clause_of(s, d.trigger.start)]
    return bool(ONE_BATCH.search(text, d.trigger.end, clause.end)
                or ONE_BATCH.search(text, clause.start, d.trigger.start)) \
        and not APART.search(text, clause.start, clause.end)


OWN_DAY_AFTER = re.compile(r"\s*[（(]?\s*(\d{1,2})月(\d{1,2})日\s*[)）]?\s*(?:、|和|及|与|以及|先后|分别|依次)")


def _own_day(text: str, r: Ref, told) -> dict:
    """A giver of a list followed by its own day (安徽省3月17日、河北省3月25日先后…): that day, in the act's year."""
    m = OWN_DAY_AFTER.match(text, r.end)
    if not m or told is None or not getattr(told, "value", None):
        return {}
    return {"date": DateRef(value=f"{told.value[:4]}-{int(m.group(1)):02d}-{int(m.group(2)):02d}", qualifier="on")}


def _split_by_list(text, s, d, parties, side, base, frm, to, extra) -> list[Event]:
    """向A、B捐赠的5万只和3万只口罩 (figures in step with the list) / 捐赠给A和B的各3万只 (one figure
    each): one gift per member of the list with its own amount."""
    from cityaid.extract.lists import each_figure, figures_in_step

    last = max(r.end for r in parties)
    end = s.clauses[_clause_of(s, d.trigger.start)].end if d.trigger.start >= last else s.clauses[_clause_of(s, last)].end
    step = figures_in_step(text, last, end)
    if len(step) == len(parties):
        figs = step
    else:
        q = each_figure(text, last, end)
        if q is None:
            return []
        figs = [q] * len(parties)
    goods = itemize(text, figs[-1].start, end)
    item = goods[0].item if goods else "supplies"
    # 各3万只口罩和500套防护服: with one figure each, every goods line after it is each member's
    also = [ItemQty(item=g.item, quantity=g.quantity, unit=g.unit, qualifier=g.qualifier)
            for g in goods[1:] if g.quantity is not None] if figs[0] is figs[-1] else []

    def one(r, q):
        sides = {"from": [_actor(x) for x in frm], "to": [_actor(x) for x in to]}
        sides[side] = [_actor(r)]
        its = [ItemQty(item=item, quantity=q.value, unit=q.unit, qualifier=q.qualifier)] + also
        return Event(**{**base, "items": its}, **sides, **extra)
    return [one(r, q) for r, q in zip(parties, figs)]


def _each_named_after(text, s, d, base, frm, to, extra) -> list[Event]:
    """这批口罩已从X启运,A和B各得10万个 / 运抵X机场,随后分别转运至A和B,两县各5万只: the members named
    with 各 after the act are the recipients, each with that figure (the place the goods left or
    landed at is on their way)."""
    from cityaid.extract.lists import each_named
    from cityaid.resolve.actors import resolve_name  # (the module itself: a package import costs more per call)

    got = each_named(text, d.trigger.end, s.end, resolve_name)
    if got is None:
        return []
    members, q = got
    goods = itemize(text, q.start, s.end)
    item = goods[0].item if goods and goods[0].start <= q.start < goods[0].end else (
        next((i.item for i in itemize(text, s.start, q.start)), None)
        or next((i.item for i in itemize(text, max(0, s.start - 300), s.start)[-1:]), "supplies"))
    keys = {m[2].key for m in members}
    if any(r.key in keys for r in frm):
        return []
    # the giver stays the one the sentence (or the one before) names; a departure city of the
    # same country as an earlier giver with the list's members as recipients is only on the way
    out = []
    base = {**base, "type": "donation"}  # (an aggregate gift to 两个友城——A和B, each got its share: one gift each)
    for at, surface, r in members:
        ref = Ref(at, at + len(surface), r.key, r.level, surface, r.country)
        its = [ItemQty(item=item, quantity=q.value, unit=q.unit, qualifier=q.qualifier)]
        out.append(Event(**{**base, "items": its}, **{"from": [_actor(x) for x in frm]}, to=[_actor(ref)], **extra))
    return out


def _each_amount(text: str, s: Sentence, a: int, b: int) -> list:
    """各捐赠1万只: the amount names no goods; they are the goods the sentence names elsewhere."""
    from cityaid.extract.items import ItemLine, _is_goods

    q = next((q for q in find_quantities(text, a, b) if _is_goods(q) and q.value is not None), None)
    if q is None:
        return []
    named = itemize(text, s.start, s.end) or itemize(text, max(0, s.start - 300), s.start)[-1:]
    item = named[0].item if named else "supplies"
    return [ItemLine(item, q.value, q.unit, q.qualifier, q.start, q.end)]


def _parallel(refs: list[Ref]) -> bool:
    """Several distinct parties none of which contains another (德国、日本、秘鲁; not 重庆及中国)."""
    if len(refs) < 2:
        return False  # (speed) one party or none: not several
    keys = [r.key or r.name for r in refs]
    if len(set(keys)) < 2:
        return False
    for a in keys:
        for b in keys:
            if a != b and (b.startswith(a + "/") or a == (b.split("/")[0] if "/" in b else None)):
                return False
    return True


def _in_speech(s: Sentence, pos: int) -> bool:
    return s.speech_from is not None and pos >= s.speech_from

