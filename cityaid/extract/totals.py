"""Totals (``aggregate`` events) and the itemised events around them.

A total is a claim as printed: "累计向16个国际友城捐赠口罩逾30万只", "收到外方感谢信12封",
"have sent a total of over 1 million masks to their partner prefectures". Its sides are
often left unnamed in the clause that states it:

- the home side of a page (the city or province whose office reports its year) gives
  what went abroad (对外捐赠) and received what came in (收到…感谢信);
- the partners counted ("20多个友好城市") are those listed right after the total (受援城市有A、B…);
  in English, partners of givers told as a class ("Chinese provinces ... to their partner
  prefectures") are the gifts the page names between the two countries.

Totals are never summed from, nor do they absorb, the itemised gifts: the readers here
only fill in the sides of a total that its own clause leaves open.
"""
from __future__ import annotations

import re

from cityaid.extract.actors import Ref, dedupe_refs

#: 对外捐赠 / 向海外友城捐赠 / 向国外…提供: what went abroad, no partner named
_ABROAD_BEFORE = re.compile(r"(?:对外|对海外|对国外|对境外|向海外|向国外|向境外|向外国|向国际|向世界各地|为海外|为国外)"
                            r"[^,，。;；]{0,12}$")
#: 向23个国家的36个友城 / 向20多个友好城市: partners counted, none named
_TO_COUNTED = re.compile(r"(?:向|为|給|给)[^,，。;；]{0,12}?(?:\d+|[一二三四五六七八九十两]+)(?:多|余)?个(?:国家|國家)?[^,，。;；]{0,6}?"
                         r"(?:友城|友好城市|姐妹城市|友好省州|友好省|国际友城|友好地区|地方政府|城市)[^,，。;；]{0,8}$")
#: (全年)组织专家与国外同行 / 医疗专家与外方: the place's own people meeting partners abroad, no party named
_OWN_STAFF_BEFORE = re.compile(r"^[^,，。;；]{0,8}?(?:组织|組織|安排)?[^,，。;；]{0,6}?(?:专家|專家|医生|醫生|医护人员|醫護人員)"
                               r"(?:与|與|同|和)(?:国外|國外|外方|海外|境外|外国|外國|国际|國際|友好省州|友城|友好城市|国际友城|友好省|姐妹城市)")
#: (全年)举办或参与国际抗疫视频会议N场: the page's place holding or joining meetings with partners abroad, none named
_OWN_MEETINGS_BEFORE = re.compile(r"^[^,，。;；]{0,8}?(?:举办|舉辦|举行|舉行|召开|召開|参与|參與|参加|參加|出席)"
                                  r"(?:(?:或|和|及|、|并|並)(?:参与|參與|参加|參加|举办|舉辦|举行|舉行))?"
                                  r"(?:了)?(?:国际|國際|涉外|对外|對外|与友城|與友城|与外方|與外方)")
#: 各区县 / 省内各地市: the place's own parts as a class act, not the place itself
_PARTS_AS_CLASS = re.compile(r"各(?:区县|县区|区|县|地|地市|市州|市县|市|级)|下辖|所属")
#: 收到 / 接到 / 共收到 …(外方|国外友城)的感谢信: what came in, told with no receiver named; 收到来自A、B、C等国
#: N个友城的慰问信: its senders listed after 来自 lengthen the gap
_RECEIVED_BEFORE = re.compile(r"(?:收到|接到|收获|接收|获得|获赠|收悉)(?:来自[^,，。;；]{0,40}?)?[^,，。;；]{0,16}$")
#: the sentence after a total lists whom it went to (受援城市有A、B以及C等)
_RECIPIENTS_LISTED = re.compile(r"\s*(?:其中[,，]?\s*)?(?:受援|受赠|受捐|获赠|受助|援助|捐赠)(?:的)?(?:对象|城市|国家|友城|地区|方|省州)"
                                r"(?:主要)?(?:有|包括|包含|为|是|涵盖)")


def _home(publisher, at: int) -> Ref:
    name = getattr(publisher, "surface", None) or getattr(publisher, "name", "") or ""
    return Ref(at, at, publisher.key, publisher.level, name, (publisher.key or "").split("/")[0] or None)


#: 为在A、B、C等N个国家生活的某籍侨胞 / 向分布在A、B等N个国家的留学生: the lands named are where the
#: people given to live (a total to one's own people abroad, told by their lands)
_NATIVES_ABROAD = re.compile(r"(?:向|为|給|给|對|对)(?:分布|生活|居住|旅居|散居)?(?:在|於|于)(?P<lands>[^,，。;；]{2,40}?)等?"
                             r"(?:\d+|[一二三四五六七八九十两]+)(?:多|余)?个(?:国家|國家)(?:和地区|和地區|及地区)?"
                             r"[^,，。;；]{0,12}?的[^,，。;；]{0,24}?(?:侨胞|僑胞|留学生|留學生|华侨|華僑|华人|華人|侨团|僑團|同胞|乡亲|鄉親|学子|學子)")
#: 山西籍 / 晋籍: a place of origin, no party
_NATIVE_OF = re.compile(r"籍")


def _natives_abroad(text: str, d, refs: list, publisher) -> None:
    m = _NATIVES_ABROAD.search(text, d.clause_start, d.sentence.end)
    if m is None or m.start() > d.trigger.start + 40:
        return
    lands = [r for r in refs if r.level == "country" and r.key and m.start("lands") <= r.start < m.end("lands")]
    if not lands:
        return
    natives = [r for r in d.to if _NATIVE_OF.match(text, r.end)]
    d.to, d.defaulted_to = lands, False
    if not d.frm:  # (山西籍侨胞: the people's home province looks after them; else the page's own place)
        if natives:
            d.frm = natives[:1]
        elif publisher is not None and getattr(publisher, "key", None):
            d.frm = [_home(publisher, d.trigger.start)]


def zh_home_of_total(text: str, d, publisher, refs: list = ()) -> None:
    """A total told with no party of its own on a place's page: 全年累计对外捐赠防疫物资价值逾200万元 is the
    page's place giving; (…,)收到外方感谢信12封 is the page's place (or the clause's subject) receiving."""
    if d.type != "aggregate":
        return
    if d.of == "donation" and refs:
        _natives_abroad(text, d, refs, publisher)
    t = d.trigger
    lo = d.clause_start
    before = text[lo:t.start]
    if not d.to and _RECEIVED_BEFORE.search(before) and d.of in ("message", "donation") \
            and t.word.direction != "in" and not any(r.marker == "from" for r in d.frm):
        # 收到 …感谢信: the letters' writers are the many unnamed; the subject (or the page) got them
        who = [r for r in d.frm if r.start < t.start and r.country in ("CN", None)]
        if who:
            d.to, d.frm = who, [r for r in d.frm if r not in who]
            d.defaulted_to = False
        elif not d.frm and publisher is not None and getattr(publisher, "key", None):
            d.to, d.defaulted_to = [_home(publisher, t.start)], False
        return
    if not d.frm and not d.to and d.of == "consultation" and d.counts and publisher is not None \
            and getattr(publisher, "key", None) and (_OWN_STAFF_BEFORE.search(before) or _OWN_MEETINGS_BEFORE.search(before)) \
            and not _PARTS_AS_CLASS.search(before):
        # (全年组织卫生专家与国外同行举行视频会议31场: the page's place held them, its partners counted or not)
        d.frm = [_home(publisher, t.start)]
        return
    home_key = getattr(publisher, "key", None) if publisher is not None else None
    if not d.frm and d.to and (d.of or "donation") == "donation" and t.word.direction == "out" and home_key \
            and home_key.startswith("CN/") and all((r.key or "").startswith("CN/") and r.key != home_key
                                                   and not home_key.startswith(r.key + "/") for r in d.to) \
            and not _PARTS_AS_CLASS.search(before):
        # (此前,本地企业已先后向湖北运送物资20余批次: sent out to another place of China with no giver named, on a
        # Chinese place's page, is the page's side giving: aid at home, which the domestic reader then sets aside)
        d.frm = [_home(publisher, t.start)]
        return
    if not d.frm and not d.to and d.of == "donation" and t.word.direction == "out" \
            and publisher is not None and getattr(publisher, "key", None) \
            and (_ABROAD_BEFORE.search(before) or _TO_COUNTED.search(before)) and not _PARTS_AS_CLASS.search(before):
        # (全年累计向23个国家的36个友城捐赠…: partners abroad, counted not named, on the page's own account)
        d.frm = [_home(publisher, t.start)]


def _key(r) -> str:
    return r.key or r.name


#: 截至 / 累计 / 共计…: the act's own clause sums it up
_SUMMED = re.compile(r"截至|截止|累计|总计|共计|合计|一共|总共|迄今|至今|到[^,，。]{1,8}为止")


def _claimed(text: str, d) -> bool:
    """The total claims a count or a figure (not a lead about many places in general)."""
    if d.counts:
        return True
    from cityaid.extract.items import itemize  # (speed: only for the few totals)
    s = d.sentence
    if not any(line.quantity is not None for line in itemize(text, s.start, s.end)):
        return False
    return bool(_SUMMED.search(text, s.start, s.end)) or (d.date is not None and d.date.qualifier == "as_of")


def zh_total_partners(text: str, drafts: list, refs: list) -> None:
    """The partners of a total told only by count (累计向20多个友城援助…) are those the sentence right after
    it lists (受援城市有A、B…); the itemised gifts of the same giver (其中…) are a few of many, not its list."""
    for d in drafts:
        if d.type != "aggregate" or d.of != "donation" or not d.frm or d.to:
            continue
        home = {r.country for r in d.frm if r.country}
        givers = {_key(r) for r in d.frm}
        if not _claimed(text, d):
            continue  # 中国多个省市陆续向友好省市捐赠物资: a lead about places in general, no figure claimed
        if any(g is not d and g.type == "aggregate" and g.to and givers & {_key(x) for x in g.frm} for g in drafts):
            continue  # (another total of the same giver names its partners: they are that claim's)
        s = d.sentence
        nxt = _RECIPIENTS_LISTED.match(text, s.end) or _RECIPIENTS_LISTED.match(text, s.end + 1)
        named: list[Ref] = []
        if nxt is not None:
            stop = text.find("。", nxt.end())
            stop = len(text) if stop < 0 else stop
            named = [r for r in refs if nxt.end() <= r.start < stop and r.key and r.country
                     and r.country not in home]
        if not named:
            named = _shares_named(text, d, refs, home)
        if named:
            d.to = dedupe_refs(named)


#: 其中，向A市捐赠… : the shares of a total, told right after it (same sentence or the next)
_SHARES_AFTER = re.compile(r"\s*(?:其中|當中|当中)[,，、]?\s*")


def _shares_named(text: str, d, refs: list, home: set) -> list:
    """The partners of a total told only by count are the ones its shares name (…共130万个，其中向A市捐赠10万个、
    向B市捐赠8万个): the total was claimed over them, each share stays a gift of its own."""
    s = d.sentence
    at = None
    for m in re.finditer(r"其中|當中|当中", text[d.trigger.end:s.end]):
        at = d.trigger.end + m.end()
        break
    if at is None:
        m = _SHARES_AFTER.match(text, s.end) or _SHARES_AFTER.match(text, s.end + 1)
        if m is None:
            return []
        at = m.end()
    stop = text.find("。", at)
    stop = len(text) if stop < 0 else stop
    # (…,5月与乙市举行视频会议: a place met with, after 与, is no share's receiver)
    return [r for r in refs if at <= r.start < stop and r.key and r.country and r.country not in home
            and text[r.start - 1:r.start] not in ("与", "與", "同", "跟")]


# ---------------------------------------------------------------- English

#: "so far", "a total of", "in all": the figure is claimed over many acts
_EN_CUE = re.compile(r"\b(?:as of|so far|to date|a total of|in total|altogether|in all|cumulatively|combined)\b", re.I)
#: "Chinese provinces, cities and companies", "Japanese local governments and firms": the givers as a class of
#: one country's many places or bodies, none named
_EN_CLASS_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:provinces|cities|municipalities|prefectures|regions|states|"
                             r"governments|companies|firms|enterprises|bodies|organi[sz]ations|donors|counties|"
                             r"localities|towns)\b")
_EN_PARTNERS = re.compile(r"\b(?:sister|partner|twin|friendship|friendly)\b", re.I)
_EN_RECEIVED = r"\s+(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+|also\s+|so\s+far\s+)?(?:received|got|collected)\b"


def _told_as_class(a, ev: str) -> bool:
    """The country actor ``a`` is named as a class of its places or bodies ("Chinese provinces and cities")."""
    return bool(a.name) and re.search(re.escape(a.name) + _EN_CLASS_AFTER.pattern, ev) is not None


def en_totals(text: str, events: list) -> list:
    """Sides and kind of the English totals, read over the whole page (``events`` in order, changed in place)."""
    for e in events:
        ev = e.evidence or ""
        if e.type == "donation" and e.from_ and all(a.level == "country" for a in e.from_) and _EN_CUE.search(ev):
            # "Chinese provinces, cities and companies have so far donated 2 million masks to X": a total
            if any(_told_as_class(a, ev) for a in e.from_):
                e.type, e.of = "aggregate", "donation"
        if e.type != "aggregate":
            continue
        # "In all, Wuhan received letters ... from 52 foreign cities": the one named before "received" got them
        taker = next((a for a in e.from_ if a.name and re.search(r"(?:^|[\s,])" + re.escape(a.name) + _EN_RECEIVED, ev)), None)
        if taker is not None:
            m = re.search(re.escape(taker.name) + _EN_RECEIVED, ev)
            after = ev[m.end():]
            givers = [a for a in e.to + e.from_ if a is not taker and a.name and re.search(
                r"\bfrom\b[^.;]*?" + re.escape(a.name), after)]
            e.from_, e.to = givers, [taker]
    for e in events:
        if e.type != "aggregate" or e.of not in (None, "donation") or not e.from_ or e.to:
            continue
        givers = {_key(a) for a in e.from_}
        # (the givers told as a class of one country's places, "Chinese provinces and cities", to partners)
        lands = {a.key for a in e.from_ if a.level == "country" and a.key and _told_as_class(a, e.evidence or "")} \
            if _EN_PARTNERS.search(e.evidence or "") else set()
        if not lands:
            continue  # (a named giver's total keeps its partners unnamed: "including 8,000 to A" are its shares)
        home = {(a.key or "").split("/")[0] for a in e.from_}
        gifts = [g for g in events if g is not e and g.type == "donation" and g.to and g.from_
                 and all((a.key or "").split("/")[0] in lands and a.level != "country" for a in g.from_)]
        to = [a for g in gifts for a in g.to if a.key and a.key.split("/")[0] not in home]
        if not to or givers & {_key(a) for g in gifts for a in g.from_}:
            continue
        # "More than 10 Chinese provinces have sent a total of N masks to their partner prefectures": the givers
        # and partners are those the page names, each with its own gift
        frm = [a for g in gifts for a in g.from_ if any(t.key and t.key.split("/")[0] not in home for t in g.to)]
        e.from_ = dedupe_refs(frm) or e.from_
        e.to = dedupe_refs(to)
    return events


