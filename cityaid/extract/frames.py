"""Clause frames of the Chinese genre: the cues that say who acts, on whom, and whether it happened.

Pure functions of the cleaned text and the party mentions (``Ref``), used by
the event reader (``cityaid.extract.events``):

- role cues: 向/给/致/同/与/为 mark the counterpart (``TO_WORD``), receipt
  verbs turn the subject into the recipient (``RECEIPT``), a circumstance
  clause (得知/鉴于…) names no actor (``SUBORDINATE``), goods sent on
  (再转运至X) reach X (``ONWARD``), partners listed after 其中包括;
- apposition (X首都Y, X的小城Y, X省会Y reads Y) and nested naming
  (韩国全罗南道务安郡 is Muan);
- whether a trigger states an act: a gift word used as a noun (X的慷慨捐赠,
  寄送地址), an aside in brackets, what a speaker tells of itself;
- clause structure the splitter cannot see: two acts joined by 、, parties
  listed after a colon, partners in named countries as a plural.
"""
from __future__ import annotations

import re

from cityaid.extract.actors import TRANSIT_BEFORE, Ref
from cityaid.extract.triggers import Trigger, find_triggers
from cityaid.extract.units import Clause, Sentence

PLURAL_PARTNERS = re.compile(r"(?:等)?(?:\d+个)?(?:国|国家)?(?:的)?(?:各级)?(?:国际)?(?:友好省州|友好城市|友城|友好地区|友好省|姐妹城市|姊妹城市|姊妹市|姐妹市|友好交流城市|友好市州)")

NOUN_AFTER = re.compile(r"(?:地址|方式|渠道|事宜|计划|方案|清单|名单|费用|手续|流程|工作组|机制|内容|对象)")

# (…国家的友城捐赠口罩200万只: goods or an amount right after the word make it a verb with its object)
OBJECT_AFTER = re.compile(r"(?:了)?(?:\d|[一两二三四五六七八九十百千万]+[万千百十]?[只个件套副台片箱吨批]|口罩|防护|医用|呼吸机|手套|护目镜|检测|消毒|测温)")
# 捐赠给B的 / 捐赠予B的: a relative clause naming the recipient, before the goods it describes
GIVEN_TO_WHOM = re.compile(r"(?:给|予)[^,，。的]{1,20}?的")
TO_WHOM_OF = re.compile(r"[^,，。的]{1,20}?的")
# ... and the verb that tells those goods moving, later in the sentence
LATER_MOVE = re.compile(r"运抵|送抵|寄抵|抵达|到达|送达|运往|发往|寄往|运至|启运|起运|交付|移交|转交|交给")


def _sentence_end(text: str, pos: int) -> int:
    end = text.find("。", pos)
    return len(text) if end == -1 else end


# X的捐助累计到位 / 这批捐赠已运抵: the gift named as a thing is the subject of its arrival
ARRIVED = re.compile(r"[^,，。]{0,8}?(?:已经?|均已|全部)(?:累计)?(?:到位|运抵|送达|抵达|到达|交付)")
# (compiled once: asked for every trigger and clause)
_ENUM_COMMA = re.compile(r"、")
_THIS_GIFT_BEFORE = re.compile(r"(?:一|这|那|此|该)(?:笔|批|次|份|项)[^,，。向给]{0,8}$")
_OF_BEFORE = re.compile(r"的[\u4e00-\u9fff]{0,2}$")
NOMINAL_GIFT = frozenset("捐赠 赠予 赠送 援助 支援 捐助 捐献 捐款 驰援 帮助 提供援助 提供帮助 援助物资 回赠".split())

# 得知A疫情严重后 / 鉴于A…: a clause opened so tells the circumstance; its parties do not act
SUBORDINATE = re.compile(r"\s*(?:得知|听说|获悉|了解到|鉴于|由于|面对|随着|考虑到|因为|在得知)")

# (甲州曾获乙国捐赠一批物资: a bare 获 before a gift verb is a receipt too)
# (the scan stops at the trigger, so a gift verb right there is the scan's end: $)
# (市长接受媒体采访时向A致谢: taking an interview is no receipt)
RECEIPT = re.compile(r"收到|接收|接受(?![^,，。]{0,8}?(?:采访|採訪|专访|專訪|访问|訪問|提问))|获赠|受赠|收下|获得"
                     r"|获(?![悉知奖批准胜救益利选释取])(?=[^,，。]{1,12}?(?:捐赠|捐助|赠送|援助|致赠|捐出|寄赠|赠予|$))")

INCLUDING = re.compile(r"(?:其中)?包括|(?:受援|受赠)[^,，。]{0,6}?(?:有|包括|为)")

# 再转运至X / 发往米兰后转运威尼斯 / 随后转交X: the goods go on to X
ONWARD = re.compile(r"再(?:(?:经由|经|由|通过)[^,，。]{0,10}?)?(?:转运|转送|运|送|寄|转交|转赠)(?:至|到|往|给)"
                    r"|(?:后|之后|随后|然后|并|再)(?:(?:经由|经|由|通过)[^,，。]{0,10}?)?(?:转运|转送)(?:至|到|往|给)?"
                    # (运往日本，最终交到甲市政府手中: where the goods ended is who got them)
                    r"|(?:最终|最后|最後)(?:被)?(?:交到|送到|交给|交予|转交)")

TO_WORD = re.compile(r"向|给|致|(?:(?<![一共相协陪如等认赞])同(?![时样期步意样等在为属是批机天日一])|与)(?![^,，。]{0,12}?(?:结为|缔结|建立)[^,，。]{0,8}?的)|(?<![成作认因以而更较称结])为(?![了主首止此期由何人准契支帮抗应表实])")

# 某国第三大城甲城, 法国某大区首府乙市, 吉林省会长春: the last name is the party
APPOSITION = re.compile(r"(?:的)?(?:会|府|[\u4e00-\u9fff]{0,4}?(?:首都|首府|省会|州府|首邑|第[一二三四五六七八九十]大(?:城市|城|港)?|小城|小镇|城市|港城|县城))?")


def listed_after(text: str, s: Sentence, t: Trigger, groups: list[list[Ref]]) -> list[Ref]:
    """The parties listed after a colon that follows an incoming message (not those in brackets)."""
    colon = re.match(r"[^,，。]{0,4}?[:：]", text[t.end:s.end])
    if not colon:
        return []
    a = t.end + colon.end()
    nxt = find_triggers(text, a, s.end)
    b = nxt[0].start if nxt else s.end
    end = re.search(r"等人|等(?:友城|城市|地方|国家)", text[a:b])
    b = a + end.start() if end else b
    return [r for g in groups for r in g if a <= r.start < b and r.marker is None and not aside(text, a, r.start)]


def one_party(text: str, refs: list[Ref]) -> bool:
    """One party, however nested its naming (韩国全罗南道务安郡 is Muan): names that touch, or one name."""
    refs = sorted(refs, key=lambda r: r.start)
    return len({r.key or r.name for r in refs}) == 1 or all(
        not text[a.end:b.start].strip() for a, b in zip(refs, refs[1:]))


def split_paired_clauses(text: str, s: Sentence, refs: list[Ref]) -> None:
    """上海支援伊朗、四川支援意大利: two acts joined by 、 are two clauses, each with its own subject.

    A 、 starts a new clause where a party follows it and an act of the same
    kind follows that party before the next 、 or comma.
    """
    if text.find("、", s.start, s.end) == -1:
        return  # (speed) no 、 in the sentence: no cut, the clauses stay as they are
    out = []
    for c in s.clauses:
        cuts = []
        for m in _ENUM_COMMA.finditer(text[c.start:c.end]):
            pos = c.start + m.start()
            nxt = next((r for r in refs if pos < r.start <= pos + 2), None)
            if nxt is None:
                continue
            nxt_sep = text.find("、", pos + 1, c.end)
            seg_end = nxt_sep if nxt_sep != -1 else c.end
            before = find_triggers(text, c.start if not cuts else cuts[-1], pos)
            after = find_triggers(text, nxt.end, seg_end)
            if before and after and before[-1].type == after[0].type \
                    and re.fullmatch(r"(?:也|亦|则|还|又|[市省州县]?政府)?", text[nxt.end:after[0].start]) \
                    and text[after[0].end:after[0].end + 1] != "的":
                cuts.append(pos + 1)
        a = c.start
        for cut in cuts:
            out.append(Clause(a, cut - 1))
            a = cut
        out.append(Clause(a, c.end))
    s.clauses = out


# 先后两次向Y捐赠物资:3月3日捐赠…,3月20日再捐赠…: a lead counting the acts, then each act after the colon
TOLD_IN_PARTS = re.compile(r"(?:先后|前后|分)(?:[两二三四五]|[2-5])(?:次|批)[^,，。;；:：]{0,30}?[:：]\s*"
                           r"(?=\d{1,2}月\d{1,2}日|(?:第一|首)(?:次|批))")


def split_told_parts(text: str, s: Sentence) -> None:
    """先后两次向Y捐赠物资:3月3日捐赠口罩3万只,…: the colon ends the lead; the first act told after it is
    a clause of its own (the splitter cuts at commas only)."""
    if text.find("：", s.start, s.end) == -1 and text.find(":", s.start, s.end) == -1:
        return  # (speed) no colon in the sentence
    out = []
    for c in s.clauses:
        m = TOLD_IN_PARTS.search(text, c.start, c.end)
        if m and m.end() < c.end:
            colon = m.start() + max(m.group().rfind("："), m.group().rfind(":"))
            out += [Clause(c.start, colon), Clause(m.end(), c.end)]
        else:
            out.append(c)
    s.clauses = out


# a clause right after the act telling the goods already left or arrived
SHIPPED_AFTER = re.compile(r"[,，]\s*(?:并|均|也|现)?已(?:经|于|於)?[^,，。]{0,8}?(?:寄出|送出|发出|运出|启运|起运|运抵|送达|抵达|交付|送抵)")


def spoken_message(s: Sentence, quotes: list[bool], t: Trigger, text: str = "") -> bool:
    """What the speaker tells of itself in unquoted reported speech is a fact.

    Thanks or a letter (X表示,感谢Y… / 希望借此信…) are X's message; a gift
    told as done (X表示,已收到Y捐赠的…) happened.  Plans stay plans (将, 拟 …
    are read by the caller).
    """
    if quotes[t.start]:
        return False
    c = next((c for c in s.clauses if c.start <= t.start < c.end), None)
    if text and c is not None and re.search(r"已(?:经)?有[^,，。]{0,6}?[\d一二三四五六七八九十两几多]+个", text[c.start:t.start]):
        return True  # X表示,…已有十多个友城向Y表达慰问: a tally of acts done, told by the one who counted
    if t.type == "message":
        return t.word.kind == "thanks" or t.word.medium == "letter"
    if t.type == "donation" and text:
        c = next((c for c in s.clauses if c.start <= t.start < c.end), None)
        # (…正分别向X寄送口罩: goods on their way are sent, not planned; …致赠X各1万片口罩,已于本月中旬寄出)
        # (…,昨日(4日)由郑州机场发出: an act dated in the past is told as done; 日前/日昨 (Taiwan press: days ago))
        return c is not None and bool(_DONE_IN_SPEECH.search(text[c.start:min(c.end, t.end + 2)])
                                      or SHIPPED_AFTER.match(text, c.end, s.end)
                                      or _goes_on_done(text, s, c))
    return False


_DONE_IN_SPEECH = re.compile(r"已经?|曾|了|正在|正(?:分别|陆续)?(?:向|给|为)|昨[日天]|前[日天]|日前|日昨|稍早|\d{1,2}日")
# 并向A、B各捐赠… / 还向C捐赠…: a clause joined to the gift just told goes on telling what was done
_JOINED_ACT = re.compile(r"\s*(?:并且?|还|同时|另外|此外)[,，]?\s*(?:也|还|又|另)?(?:向|给|为)")


# a gift told as done: 曾/已/了 with the verb (已经 is found by its 已)
DONE_MARK = re.compile(r"曾|已|了")


def _goes_on_done(text: str, s: Sentence, c: Clause) -> bool:
    """X表示,已向甲省捐赠口罩5万只,并向乙省、丙省各捐赠3万只: the joined clause is as done as the one before it."""
    if not _JOINED_ACT.match(text, c.start):
        return False
    before = [k for k in s.clauses if k.end <= c.start and (s.speech_from is None or k.end > s.speech_from)]
    if not before:
        return False
    k = before[-1]
    return any(t.type == "donation" for t in find_triggers(text, k.start, k.end)) \
        and bool(DONE_MARK.search(text[k.start:k.end]))


def aside(text: str, lo: int, pos: int) -> bool:
    """Inside brackets (该公司协助将物资运至札幌): an aside about a helper, not the sentence's act."""
    opened = max(text.rfind("(", lo, pos), text.rfind("（", lo, pos))
    return opened != -1 and max(text.rfind(")", opened, pos), text.rfind("）", opened, pos)) == -1


# A向B捐赠的2万只口罩: a giver, 向/给 and the recipient right before the verb, counted goods right after 的
# (甲市及其所在的乙州: the 的 of 所在的 joins a recipient's list)
_GIVER_TO_RECIPIENT = re.compile(r"[\u4e00-\u9fff]{2,}?(?:市|省|州|县|縣|区|區|郡|町|府|政府|方)?(?:向|给|給|为|為)"
                                 r"(?:[^,，。；;向给給为為的()（）]|(?<=所在)的|[(（][^()（）,，。]{1,30}[)）]){2,16}$")
# (向甲市(Jia City)捐赠的: the name in brackets after a place counts as one piece of the recipient)
# 机上就有A为B捐赠的物资 / 车上装着A向B捐赠的口罩: goods said to be there, A's gift to B, counted or not
_THERE_IS = re.compile(r"(?:有|是|装着|装载着|装载|载着|满载)[^,，。；;有是]{2,10}?(?:向|给|給|为|為)[^,，。；;向给給为為的]{2,16}$")
_GOODS_AFTER_DE = re.compile(r"的(?:一批|首批|第[一二三四五六七八九十]批)?(?:防疫|医疗|抗疫|援助)?(?:物资|口罩|防护服|呼吸机|试剂盒)")
# a figure: digits, or Chinese numerals with a power or a measure word (两万, 五十箱)
_FIGURE = r"(?:\d|[一两二三四五六七八九十百千萬万]+(?:[万萬千百十]|[只隻个個件套副台片箱吨噸批]))"
_COUNTED_AFTER_DE = re.compile(r"的(?:约|近|共|逾|超过)?" + _FIGURE)
_COUNT_SOON = re.compile(r"(?:[^,，。]{0,6}?(?:包括|共计|共有|计有|共))?\s*(?:约|近|逾|超过)?" + _FIGURE)
_TWO_HAN = re.compile(r"[\u4e00-\u9fff]{2,}")
# 其中甲市(于2月12日)捐赠的: a part of the gifts just told, with its own giver
_PART_BY = re.compile(r"\s*其中[,，]?\s*[\u4e00-\u9fff][^,，。;；向给給为為的]{1,20}")
# 这是甲市捐赠的 / 这些就是乙县紧急筹措的: a clause opening "this is", then the giver right before the verb
_THIS_IS = re.compile(r"\s*(?:这|这些|这批[\u4e00-\u9fff]{0,4}?|它们)(?:就|正|便|也|都|均)?(?:是|为)[\u4e00-\u9fff]{2,16}")


def gift_phrase_act(text: str, t: Trigger) -> bool:
    """A向B捐赠的10万只口罩 names the gift whole (who, to whom, how much): whatever verb follows
    (出发, 出境, 是…, 装载着…), the phrase itself states the act.  感谢A的捐赠 (no recipient, no
    count) stays a noun."""
    lo = max(text.rfind(ch, 0, t.start) for ch in ",，。；;:：\n")
    if _CLEFT_GOODS.search(text, lo + 1, t.start) and _CLEFT_END.match(text, t.end):
        return True  # 这批物资是A赠予B的。: the goods said to be A's gift to B (是…的 names who gave)
    if lo > 0 and _CLEFT_OPEN.match(text, lo + 1, t.start) and _CLEFT_END.match(text, t.end) \
            and _GOODS_BEFORE_COMMA.search(text, max(0, lo - 12), lo):
        return True  # 还有一批2万只口罩,是友城A送给B的: the clause before names the goods, this one whose gift they are
    if _THERE_IS.search(text, lo + 1, t.start) and _GOODS_AFTER_DE.match(text, t.end):
        return True
    if _PART_BY.fullmatch(text, lo + 1, t.start) and _COUNTED_AFTER_DE.match(text, t.end):
        return True  # (A、B等友城向我市捐赠了物资,)其中A于2月12日捐赠的2万只口罩…: A's part, counted
    if _THIS_IS.fullmatch(text, lo + 1, t.start) and _COUNTED_AFTER_DE.match(text, t.end):
        return True  # (卸下一批纸箱。)这是甲市捐赠的2万只口罩: the goods just told, said to be A's counted gift
    # (捐给B的 / 赠予B的: the trigger word itself may end with the 给 that marks the recipient)
    given_to = GIVEN_TO_WHOM.match(text, t.end) or (
        TO_WHOM_OF.match(text, t.end) if t.word.word[-1:] in ("给", "予") else None)
    if given_to and _COUNT_SOON.match(text, given_to.end()) and _TWO_HAN.search(text, lo + 1, t.start):
        return True  # (由)A捐赠给B的物资包括5万只口罩: the recipient after the verb, the count right after
    if t.word.direction == "recv" and _RECEIVED_AMOUNT.match(text, t.end) and _TWO_HAN.search(text, lo + 1, t.start):
        return True  # 甲市获赠的口罩数量最多,达10万只: what the place received, its amount told right after
    return bool(_COUNTED_AFTER_DE.match(text, t.end)) and bool(_GIVER_TO_RECIPIENT.search(text, lo + 1, t.start))


#: 获赠的口罩(数量最多,)达10万只 / 收到的物资共计3万件: the goods received, then their amount (达/共/为 and a figure)
_RECEIVED_AMOUNT = re.compile(r"的[^,，。;；\d]{1,8}?(?:数量|总数|总量)?(?:最多|最大|最少|较多)?[,，]?\s*"
                              r"(?:达到|达|共计|共|合计|总计|计|为|有)\s*(?:约|近|逾|超过)?\d")


# 这批物资是A(向B)捐赠的 / 口罩是A赠予B的: goods, 是, then the giver, ending the clause with 的
_CLEFT_GOODS = re.compile(r"(?:物资|口罩|防护服|礼物|货物|捐赠品|善款)(?:均|都|全部|也)?(?:是|系|为)[\u4e00-\u9fff]{2,}")
_CLEFT_END = re.compile(r"(?:给|予)?[^,，。的]{0,16}?的(?=[,，。;；]|$)")
# (…口罩,)是A送给B的 / (…物资,)均系A捐赠的: a clause opening with 是 after a clause that ends naming goods
_CLEFT_OPEN = re.compile(r"\s*(?:均|都|全部|也|则)?(?:是|系)[\u4e00-\u9fff]{2,}")
_GOODS_BEFORE_COMMA = re.compile(r"(?:口罩|物资|防护服|手套|护目镜|呼吸机|消毒液|试剂|货物|礼物|[\d万千百十]+(?:只|个|件|套|副|台|瓶|箱|片|隻))\s*$")


#: a call or a letter told as the act (致电, 来函, 写信): its clause names who called or wrote to whom
CALLED_OR_WROTE = re.compile(r"致电|来电|致函|来函|去函|致信|来信|去信|写信|打电话")
#: 向 / 给 / 对 / 为 / 代表 between a clause's start and a mention: that mention is addressed, not the caller
_ADDRESSED_BEFORE = re.compile(r"[向给对为]|代表")


def opens_as_caller(text: str, clause_start: int, pos: int) -> bool:
    """The mention at ``pos`` opens its clause as the one who calls or writes (not 代表…向X致函, where X is called)."""
    return not _ADDRESSED_BEFORE.search(text, clause_start, pos)

def nominal(text: str, t: Trigger) -> bool:
    """A trigger used as a noun names an act told elsewhere: 感谢X的慷慨赠予, 这是…自发捐赠的."""
    if t.type == "donation":
        # A向B捐赠的2万只口罩(从…出发 / 是…): giver, recipient and goods all told: the gift itself, never a noun
        # ((speed) asked only of a gift word the rules below read as a noun: most are not, and this one costs more)
        return _nominal(text, t) and not gift_phrase_act(text, t)
    return _nominal(text, t)


#: (speed) compiled once: 捐赠物资箱上…, and what after a gift word makes it an act (捐赠给 / 赠予 / 运往)
_BOXES_AFTER = re.compile(r"(?:物资|的物资)?(?:包装箱|箱子|纸箱|外包装|包装|箱)")
_MOVE_AFTER = re.compile(r"[了给予往至到]")


def _nominal(text: str, t: Trigger) -> bool:
    """:func:`nominal`, but for a gift phrase told whole."""
    after = text[t.end:t.end + 2]
    if t.type in ("donation", "message") and after.startswith("的") and t.word.direction != "ceremony":
        return True
    if t.type == "donation" and (GIVEN_TO_WHOM.match(text, t.end) or (
            t.word.word[-1:] in ("往", "给", "予") and TO_WHOM_OF.match(text, t.end))) and LATER_MOVE.search(
            text, t.end, _sentence_end(text, t.end)):
        return True  # A捐赠予B的口罩,已于2日送抵釜山港: a gift phrase; the arrival after it is the act told
    if t.type in ("donation", "request") and NOUN_AFTER.match(text, t.end):
        return True  # 寄送地址 / 捐赠事宜: the act names a thing about it
    if t.type == "donation" and _BOXES_AFTER.match(text[t.end:t.end + 6]):
        return True  # 捐赠物资箱上印着…: the boxes the gift came in (an inscription), not the act
    before = text[max(0, t.start - 3):t.start]
    if t.type == "donation" and t.word.word in NOMINAL_GIFT \
            and _THIS_GIFT_BEFORE.search(text[max(0, t.start - 10):t.start]) \
            and not _MOVE_AFTER.match(after):
        return True  # 这是…最大一笔对华捐赠: the gift named as a thing (此次X向Y捐赠 is an act: 向 marks a recipient)
    # 感谢X的慷慨赠予 / X的大力支援: a gift word used as a noun; a movement (…的口罩送达Y) stays an act
    if ARRIVED.match(text, t.end):
        return False
    # (的捐赠和运输 goes on as an act; 的支援和帮助 is two nouns)
    joined = text[t.end:t.end + 1] in ("和", "、") and not any(
        text.startswith(w, t.end + 1) for w in NOMINAL_GIFT)
    return t.type == "donation" and t.word.word in NOMINAL_GIFT and bool(_OF_BEFORE.search(before)) \
        and not after.startswith("物资") and not joined and not OBJECT_AFTER.match(text, t.end)


# 从省会X启运 / 自X空运 / 由X发运 / 从X出发: the place the goods leave from, seat noun or not, is no side
_DEPART_BEFORE = re.compile(r"(?:从|自|由)\s*(?:[\u4e00-\u9fff]{0,4}?(?:省会|首都|首府|州府|首邑|港口|港城))?\s*$")
_DEPART_AFTER = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:[\u4e00-\u9fff]{0,8}?(?:机场|空港|港口|港|口岸|码头|仓库|货运站))?"
                           r"(?:(?:经|经由|通过|用|以|乘|搭乘)[^,，。]{0,10}?)?"
                           r"(?:启运|起运|发运|运出|出发|起飞|启程|空运|海运|陆运|装机|装船|发车)")


def departure_place(text: str, start: int, end: int) -> bool:
    """从省会X启运 / 自X空运至Y / 2月12日由X发运: the party at ``[start, end)`` is where the goods left from.

    A departure place is told with 从/自/由 (a seat noun may come between: 从省会X) and a verb of leaving
    right after; it is no side of the gift (the giver is told elsewhere, or the goods are a gift told before).
    """
    if TRANSIT_BEFORE.search(text, max(0, start - 4), start):
        return True  # 辗转甲地机场,两天后运抵X / 途经X转运: a stop on the goods' way is no side either
    return bool(_DEPART_BEFORE.search(text, max(0, start - 10), start)) and bool(_DEPART_AFTER.match(text, end))


def last_receipt(text: str, lo: int, hi: int) -> int:
    """Where a receipt verb (收到/接收 …) before the trigger turns the subject into the recipient, or -1."""
    pos = -1
    for m in RECEIPT.finditer(text, lo, hi):
        pos = m.start()
    return pos


def apposed(text: str, subject: list[Ref], groups: list[list[Ref]]) -> list[Ref]:
    """A place named through the larger one it lies in stands for itself (X首都Y, X第二大城Y → Y)."""
    while subject:
        last = subject[-1]
        nxt = next((g for g in groups if g[0].start >= last.end), None)
        if nxt is None or nxt[0].marker is not None or len(subject) > 1:
            return subject
        m = APPOSITION.fullmatch(text, last.end, nxt[0].start)
        same_country = last.country and nxt[0].country == last.country
        if not m or not same_country or (m.end() == last.end and last.level != "country" and last.level != "adm1"):
            return subject
        subject = nxt
    return subject


def plural_after(text: str, pos: int) -> bool:
    """日本、法国的友城 捐赠…: the list names countries whose partners got it, not one named partner.

    意大利友城佛罗伦萨 names its partner after the noun: that is one city, and so does 德国友好城市——亚琛市.
    """
    m = PLURAL_PARTNERS.match(text, pos)
    if not m:
        return False
    nxt = text[m.end():m.end() + 4]
    if re.match(r"(?:——|—|–|:|：)\s*[\u4e00-\u9fff]", text[m.end():m.end() + 4]):
        return False  # 其德国友好城市——亚琛市: a dash or colon names the one partner
    return not nxt or not re.match(r"[\u4e00-\u9fff]", nxt) or bool(
        re.match(r"(?:等|的|和|及|以及|各|都|均|分别|也)", nxt)) or any(t.start - m.end() <= 1 for t in find_triggers(text, m.end(), m.end() + 8))


def most_specific(text: str, refs: list[Ref]) -> list[Ref]:
    """韩国全罗南道务安郡 is Muan: a province written right before a place inside it only locates it."""
    out = []
    for i, r in enumerate(refs):
        nxt = refs[i + 1] if i + 1 < len(refs) else None
        if nxt is not None and r.level == "adm1" and (nxt.level in ("city", "district") or re.search(r"[郡町村]$", nxt.name)) \
                and nxt is not r and r.country == nxt.country and nxt.start >= r.end and not text[r.end:nxt.start].strip():
            continue  # (韩国忠清南道扶余郡: a county the gazetteer does not know is still inside the province)
        if nxt is not None and r.country == nxt.country and re.fullmatch(r"\s*(?:所辖|下辖|辖下|所属)(?:的)?", text[r.end:nxt.start]):
            continue  # 我市所辖兰陵县: the county acts; the city only says it is the city's
        if nxt is not None and r.key and nxt.key and nxt.key.startswith(r.key + "/") and nxt.start >= r.end \
                and not text[r.end:nxt.start].strip():
            continue  # 大邱广域市东区: the district, written after the city it lies in

        out.append(r)
    return out
