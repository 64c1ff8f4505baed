"""Every mention of a party in a document: places, bodies, people, and the words that point at them.

The gazetteer (``cityaid.resolve``) finds named places; this module adds what
only the document can tell: 我市/本市/我省 and bare offices (市长, 市外办)
stand for the publishing place, 该市 for the city last named, a head of state
for their country.  It also drops a possessor in "我市友好城市益山市" (the
recipient is Iksan, not us) and marks which preposition precedes each mention,
which is what the role reader works from.
"""
from __future__ import annotations

import csv
from collections import Counter
import re
from bisect import bisect_left
from dataclasses import dataclass, is_dataclass
from functools import lru_cache
from importlib import resources

from cityaid.extract.layout import in_byline
from cityaid.resolve import ActorMention, find_actors
from cityaid.resolve.actors import AUTONOMOUS_REGIONS as _AUTONOMOUS_REGIONS
from cityaid.resolve import persons
from cityaid.resolve import resolve_name as _resolve_name
from cityaid.resolve.openworld import PARTNER_NOUNS

CITY_PRONOUN = re.compile(r"我市|本市|我们市|贵市|该市|此市|全市|市领导|市长|副市长|市外办|市政府外办|市人民政府|市政府|市委|市卫健委|市民")
# a person's name (2-4 characters, no function words) right before 市长, at the start of a clause
NAME_BEFORE_TITLE = re.compile(r"(?:^|[,，。；;:：\n”」』]|日|\s)((?:(?![的在和与向由了是将对给为代表副市省县区州])[\u4e00-\u9fff]){2,6})$")
# a foreign person's name written out (罗伯托·迪斯特凡诺) right after a title
FOREIGN_NAME_AFTER = re.compile(r"[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}")
ORG_PAIR = re.compile(r"[\u4e00-\u9fff]{1,2}(?:友好|友协|交流协会|民间|经济|文化)")
SAR_PRONOUN = re.compile(r"本澳|本港|特区政府|特区")
# 当地市政府 / 当地政府: the government of the place the sentence is set in
LOCAL_GOV = re.compile(r"当地(?:市政府|市府|政府|州政府|县政府)")
# (当地企业X已为哈尔滨捐出 / 当地一家公司: a company or community of the place the sentence is set in)
LOCAL_BODY = re.compile(r"当地(?:的)?(?:一家|几家|多家|一些|数家)?(?:企业|公司|工厂|厂商|华人团体|华人社团|侨团|商会|华人商会)")
# 市府 / 县府 (Taiwan and overseas press): the home side's city or county government
HOME_GOV = re.compile(r"(?<![该本地])(?:市府|市政府|县府|县政府)")
HOME_COUNTRIES = frozenset({"CN", "TW", "HK", "MO"})
#: 甲广域市政府 / 甲市政府 / 甲市府: a city named with its government
_OWN_GOV_AFTER = re.compile(r"(?:广域|廣域|特别|特別)?(?:市)?(?:政府|府)")
THAT_BODY = re.compile(r"该(基金会|协会|友协|商会|联合会|侨团|社团|团体|慈善机构|机构|公司|企业|集团|工作组|组织|会(?![议上谈见长员后面晤同商]))")
# what a bare 该会 points back to: the last body named with a 会 of its own
BODY_WITH_HUI = re.compile(r"基金会|协会|友协|商会|联合会|总会|同乡会|联谊会|红十字会|侨团")
# 了某某会长 / ,某某会长: a person's name (no body of its own before the title) then 会长
NAMED_HEAD_OF_BODY = re.compile(r"(?:(?<=[了由是的,，。、；;:：\n])|^)((?:(?![会协副的和与向给对在])[\u4e00-\u9fff]){2,3})会长")
_HUI_ENDS = ("基金会", "协会", "友协", "商会", "联合会", "总会", "同乡会", "联谊会", "红十字会")
THAT_REGION = re.compile(r"该(省|州|道|府)(?![长份])|(?<![\u4e00-\u9fff])(道)内(?=\d|[一二三四五六七八九十两各多]|[^\u4e00-\u9fff])")
# 该镇 / 该县 / 该町 / 该郡: the town, county or district named last before its clause
THAT_TOWN = re.compile(r"该(镇|县|町|郡|村|区)(?![长委])")
PROVINCE_PRONOUN = re.compile(r"我省|本省|贵省|全省各级政府|全省|省领导|省长|省外办|省外事办公室|省外事办|省政府|省人民政府|省委|"
                              r"省卫生健康委员会|省卫生健康委|省卫健委|省商务厅|"
                              r"自治区(?:人民政府|政府|卫生健康委员会|卫生健康委|卫健委|外事办公室|外事办|外办)?|"
                              r"我区|本区")  # (我区 only on an autonomous region's own page)
# (国家卫健委: the national health authority is China's; it forms the teams sent abroad)
COUNTRY_PRONOUN = re.compile(r"我国|中方|国家卫生健康委员会|国家卫生健康委|国家卫健委")
# Titles after which a person's name follows; the name is part of how the document names the party.
TITLE = re.compile(r"(?:第一|副)?(?:市长|知事|州长|省长|道知事|总领事|领事|大使|外长|总理|总统|主席|秘书长|议长|市议长|负责人|发言人|首脑|专员|郡守|县长|区长|行政议员|首席部长)((?!表示|介绍|指出|强调|认为|透露|证实|宣布|确认|公布|说|称|等|一行|先生|女士|们|一起|专门|当天|也|还|曾|的|表达|致以|发来|在|于|对|向|给|与|和|同|将|已|出席|写|寄|回信|复信|打电话|通电话|视频|发出|发表|发布|亲自|当面|代表|转交|移交|交给|交予|接收|签收|接过|接受|捐赠|赠送|随后|特别|本月|上月|今年|去年|近日|日前|月初|月底|相继|先后|分别|一同|一道|共同|联名|聯名|联合|聯合|同时|纷纷|陆续|均|都|致函|致信|致电|致谢|来信|来函|来电|其后|及|以及|随即|随之|旋即|立即|立刻|马上|即刻|隨即|馬上)[\u4e00-\u9fff]{2,6}?|[\u4e00-\u9fff]{1,5}(?:·[\u4e00-\u9fff]{1,5}){1,3}(?=\d)|[\u4e00-\u9fff]{1,5}(?:·[\u4e00-\u9fff]{1,5}){1,3}?(?<!相继)(?<!先后)(?<!分别)(?<!一同)(?<!一道)(?<!共同)(?<!均)(?<!都))?(?=\d|[在于向给对的致表说称,，。:：、和与同来发收回等专曾也还就已亲特再通当今近随率及并昨(（]|相继|先后|分别|一同|一道|共同|联名|聯名|联合|聯合|日前|近日|其后|随后|随即|随之|旋即|立即|立刻|马上|即刻|均|都|出席|參加|参加|主持|会见|會見|接见|接見|$)")
PARTNER_NOUN = r"(?:的)?(?:国际)?(?:友好城市|友好交流城市|友好交往城市|友城|姐妹城市|姊妹城市|姊妹市|姐妹市|姊妹省份|姊妹省|姊妹州|友好省州|友好省份|友好省|友好州|友好地区|友好交流地区)"
# between a place and the title of the person who speaks for it: 迪兹詹顿(Dzidzantún)的市长, 民礼市政府秘书长
TITLE_GAP = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:的)?(?:市政府|州政府|省政府|县政府|人民政府|政府|议会)?")
# (威斯巴登的友城、河南省会郑州: the partner noun and a pause mark before the partner's name, an apposition)
POSSESSIVE = re.compile(r"\s*" + PARTNER_NOUN + r"\s*、?\s*$")
MARKERS = (
    ("捐赠予", "to"), ("赠予", "to"), ("捐予", "to"), ("赠与", "to"),  # (before 与: 赠与X is a gift to X)
    ("送往", "to"), ("运往", "to"), ("寄往", "to"), ("发往", "to"),  # (送往X的口罩已运抵: X is whom they are for)
    ("在给", "to"), ("在致", "to"), ("来自", "from"),
    ("交由", "to"), ("交予", "to"), ("交到", "to"),  # (交由X分配 / 交到X手中: X takes the goods in; before 由)
    ("收到", "recv"), ("委托", "via"), ("通过", "via"), ("通過", "via"),  # (委托X转达 / 通过X红十字会捐给Y: X only carries)
    ("向", "to"), ("给", "to"),
    ("致", "to"), ("为", "to"), ("对于", "about"), ("对", "about"), ("同", "with"), ("与", "with"), ("跟", "with"),
    ("从", "origin"), ("由", "from"), ("应", "at"), ("赴", "to"), ("前往", "to"), ("在", "at"), ("于", "at"),
)
# (给姊妹市X / 向友城X: the partner noun before a name does not hide the preposition before it)
FILLER = re.compile(r"(?:包括|其|其他|各|国际|外国|海外|了|已|已经|先后|分别|再次|主动|纷纷|也|都|相关|"
                    r"友好城市|友好交流城市|友城|姐妹城市|姊妹城市|姊妹市|姐妹市|友好省州|友好省份|友好省|友好州|姊妹省份|姊妹省|姊妹州|"
                    r"友好省县|友好省道|友好省区|友好县|友好道)*$")  # (向友好省道X / 给友好省县Y: a Korean 道, a Japanese 县)
# (speed) the last characters of FILLER's words: a head ending otherwise has no filler to drop;
# the marker words as one tuple: a head ending in none of them skips the ordered look-up
_FILLER_LAST = frozenset("括其他各际国外了已经后别次动纷也都关市城州省份县道区")
_PARTNER_NOUN_RE = re.compile(PARTNER_NOUN)
_CLAUSE_PUNCT = re.compile(r"[,，。;；]")
_CLAUSE_BREAK = re.compile(r"[,，。;；\n]")
_SENTENCE_BREAK = re.compile(r"[。;；\n]")
_WITH_WORD = re.compile(r"与|同|跟")
_AT_PLACE_BEFORE = re.compile(r"在[\u4e00-\u9fff]{1,4}$")
# 在信中感谢X / 在会上向X: the 在-frame closed (中/上/里/时/后) before the name; the name is no place of the act
_AT_FRAME_CLOSED = re.compile(r"在[\u4e00-\u9fff]{0,2}?[中上里内时后][\u4e00-\u9fff]+$|感谢$")  # (在推特感谢X: X is thanked)
_AT_TO = re.compile(r"在(?:给|致)")
_MARKER_WORDS = tuple(word for word, _m in MARKERS)
# (塔科马市(Tacoma)及土沙市: the name as written in its own script, in brackets, does not end the list)
# (柬埔寨卫生部、尼泊尔卫生与人口部: the bodies named after each place do not end the list either)
LIST_GLUE = re.compile(r"^\s*(?:\([A-Za-z][^()]{0,40}\)\s*)?(?:[\u4e00-\u9fff]{0,6}?(?:卫生部|外交部|卫生局|卫健委|政府|卫生厅))?"
                       r"(?:、|和|及|以及|还有|及其)\s*(?:特别是|尤其是)?(?:其)?(?:所在的?|所属的?)?"  # (甲市及其所在的乙州)
                       r"(?:" + PARTNER_NOUNS + r"|友好省县|友好省道|友好省区)?\s*$")
# 给A与B / 向A和B: after 向/给/来自, 与 joins a list of counterparts; it marks a partner only where the clause opens
# (甲市与姊妹市乙市各自… / 甲市同友城乙市分别…: the tie's noun names the second of the pair, who acts too)
WITH_AS_AND = re.compile(r"^\s*(?:\([A-Za-z][^()]{0,40}\)\s*)?(?:与|同)\s*(?:其)?(?:" + PARTNER_NOUNS + r")?\s*$")
# A与B分别获赠 / A和B各收到: a pair joined by 与 that acts each on its own is one list, not a partner
EACH_AFTER = re.compile(r"\s*(?:也|亦|则)?(?:分别|各自|各)")
# 由甲部门组建、乙省卫健委选派的专家组: agents of one 由-phrase, each with its own verb, all give
AGENT_GLUE = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:组建|选派|派出|组织|牵头|承办|主办|协调|筹集|筹措|捐赠|提供)\s*、\s*$")


# 中国多地向我国回赠口罩 / 我国政府曾向中国运送物资: 我国 and China on the two sides of one act
_WE_AND_CHINA = re.compile(r"中国[^,，。;；]{0,8}?(?:向|给|为|对)我国|我国[^,，。;；]{0,10}?(?:向|给|为|对)中国")


#: 友城市长 / 友好城市的市长 / 各城市市长: a mayor's title after a class of cities names their mayors, not one
_MAYORS_OF_A_CLASS = re.compile(r"(?:友城|友好城市|姐妹城市|姊妹城市|友好交流城市|友好合作城市|各城市|各市|城市)(?:的)?$")

def _paper_country(text: str) -> str | None:
    """The country of an overseas Chinese-language paper (Singapore, Malaysia): on a page where 我国 and China
    stand on the two sides of an act, 我国 is the foreign country the page names most (twice at least, more
    than any other)."""
    if not _WE_AND_CHINA.search(text):
        return None
    counts = Counter(m.key for m in find_actors(text) if m.key and m.level == "country" and m.key not in HOME_COUNTRIES)
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or (len(top) == 2 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


# A、B、C(和D)四省 / A和B两市: a list of bare names counted with their kind
#: (A、B、C、D 4个边境省份: the count in digits, the kind told with where the places lie)
_COUNTED_KIND = r"\s*([两二三四五六七八九十]|\d{1,2})\s*(?:个)?(?:边境|沿边|接壤|毗邻|相邻|北部|南部|东部|西部|中部|东北部|西北部|东南部|西南部)?(省|市|县|州|道|郡)"
COUNTED_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2,4}(?:、|和|及|与)){1,9}[\u4e00-\u9fff]{2,4}?)" + _COUNTED_KIND)
#: 当地医院和(市民): a local body, then the word that joins the next
_LOCAL_THEN = re.compile(r"当地[\u4e00-\u9fff]{1,6}?(?:和|及|与|以及|、)$")
#: 、丙三市 / 和丙两县: the last member of a counted list of bare names (group 1), its count and its kind
_COUNTED_LAST = re.compile(r"(?<=、|和|及|与)([\u4e00-\u9fff]{2,4}?)" + _COUNTED_KIND)
_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _counted_members(text: str, country) -> list[tuple[int, int, str]]:
    """越南谅山、北江两省 right after the country: each member with its kind (谅山省 …), as
    (start, end, name with kind); [] where the count does not match the members."""
    m = COUNTED_LIST.match(text, country.end)
    if m is None:
        return []
    out, at = [], m.start(1)
    for piece in re.split(r"(、|和|及|与)", m.group(1)):
        if piece in ("、", "和", "及", "与"):
            at += len(piece)
            continue
        out.append((at, at + len(piece), piece + m.group(3)))
        at += len(piece)
    return out if len(out) == (int(m.group(2)) if m.group(2).isdigit() else _COUNT[m.group(2)]) else []


@dataclass
class Ref:
    """A party mentioned at ``[start, end)`` of the cleaned text."""

    start: int
    end: int
    key: str | None
    level: str | None
    name: str
    country: str | None = None
    marker: str | None = None  # to / from / recv / with / about / topic / at / None
    group: int = -1  # index of the coordinated list it belongs to



def dedupe_refs(refs: list) -> list:
    """``refs`` (anything with a ``key`` and a ``name``) with each party once, the first kept; a party with no
    key counts by its name."""
    seen, out = set(), []
    for r in refs:
        k = r.key or r.name
        if k in seen:
            continue
        seen.add(k)
        out.append(r)
    return out

# a one-character name after a verb of arrival or aid: 运抵蓉, 驰援汉, 援鄂医疗队, 抵华
SHORT_FORM_CUE = r"(?:运抵|飞抵|抵达|抵|驰援|援助|支援|援|运往|发往|送往|寄往|来|赴)"
SHORT_FORM_END = re.compile(r"(?:[^\u4e00-\u9fff]|$|的|后|时|物资|医疗|专家|口罩|途中|航班|抗疫|工作|期间|一线)")


@lru_cache(maxsize=1)
def _short_forms() -> tuple[re.Pattern, dict[str, tuple[str, str]]]:
    with resources.files("cityaid.data").joinpath("cn_short_forms.tsv").open(encoding="utf-8") as fh:
        table = {r["abbrev"]: (r["key"], r["level"]) for r in csv.DictReader(fh, delimiter="\t")}
    return re.compile(SHORT_FORM_CUE + "([" + "".join(table) + "])"), table


def _short_form_refs(text: str) -> list[tuple[int, int, str, str, str]]:
    """(start, end, key, level, name) for 抵蓉 / 援汉-style one-character names (only after those verbs)."""
    pattern, table = _short_forms()
    out = []
    for m in pattern.finditer(text):
        ch = m.group(1)
        if ch == "华" and not text.startswith(("援华", "抵华", "来华", "赴华"), m.start()):
            continue
        if not SHORT_FORM_END.match(text, m.end()):
            continue
        key, level = table[ch]
        out.append((m.start(1), m.end(1), key, level, ch))
    return out


# 浙大一院 / 安医大二附院 / 川大华西医院 / 吉大第一医院: a university's short name (one character of its province or
# provincial-level city, then 大 or 医大) opening a hospital's short name: the body takes that place's key
SCHOOL_SHORT = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[与和及、由向给对为自]))([\u4e00-\u9fff])(?:中医大|医科大|医大|大)"
                          r"(?:第?[一二三四五六七八九](?:附院|院|医院)|附院|附属[\u4e00-\u9fff]{0,4}?医院|[\u4e00-\u9fff]{2}医院)")


# (characters whose 某大 is another school or a word: 西大 广西, 青大 青岛, 海大 海洋, 宁大 宁波, 台大/港大/澳大 outside
# the mainland's keys, 重大/天大/四大/内大/新大 also words)
_SCHOOL_NOT = frozenset("西青海宁台香澳港重天四内新中大石成济太合")


@lru_cache(maxsize=1)
def _school_chars() -> dict[str, tuple[str, str]]:
    """One character -> (key, level) of the city a university so shortened stands in: the first character of
    a province's or provincial-level city's name, or its conventional one-character name (川, 浙), where it
    names only one of them (a province's short form stands for the province, as the page's own province would)."""
    from cityaid.resolve.institutions import capitals

    caps = capitals()
    capital_keys = set(caps.values())
    seen: dict[str, set[str]] = {}
    with resources.files("cityaid.data").joinpath("cn_divisions.tsv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            if r["key"] and (not r["parent"] or r["key"] in capital_keys):  # (provinces, capitals, 北京 …)
                seen.setdefault(r["short"][:1], set()).add(r["key"])
    with resources.files("cityaid.data").joinpath("cn_short_forms.tsv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            if r["level"] == "adm1":
                seen.setdefault(r["abbrev"], set()).add(r["key"])
    out = {}
    for ch, keys in seen.items():
        if len(keys) == 1 and ch not in _SCHOOL_NOT:
            key = next(iter(keys))
            out[ch] = (key, "city" if key in capital_keys else "adm1")
    return out


def _school_short_refs(text: str) -> list[tuple[int, int, str, str, str]]:
    if "大" not in text:
        return []  # (speed)
    table = _school_chars()
    out = []
    for m in SCHOOL_SHORT.finditer(text):
        hit = table.get(m.group(1))
        if hit is not None:
            out.append((m.start(), m.end(), hit[0], hit[1], m.group()))
    return out


@lru_cache(maxsize=1)
def _people() -> dict[str, tuple[str, str]]:
    with resources.files("cityaid.data").joinpath("people.tsv").open(encoding="utf-8") as fh:
        return {r["name"]: (r["key"], r["level"]) for r in csv.DictReader(fh, delimiter="\t")}


def _country_of(key: str | None) -> str | None:
    if not key or key.startswith("ORG/") or key.startswith("?"):
        return None
    return key.split("/", 1)[0]


#: (speed) the parties of the last pages read: the event reader and the spoken-message reader both ask
#: for a page's parties, read once; each caller gets copies of its own (the readers set markers on them)
_GATHERED: dict[tuple, list[Ref]] = {}


def gather(text: str, publisher: ActorMention | None, province: ActorMention | None = None) -> list[Ref]:
    """All party mentions in ``text`` (see :func:`_gather`), read once per page and publisher."""
    refs = gathered(text, publisher, province)
    new = object.__new__
    out = []
    for r in refs:  # (a shallow copy of each: ``copy.copy`` goes through pickling's protocol, several times slower)
        c = new(Ref)
        c.__dict__.update(r.__dict__)
        out.append(c)
    return out


def gathered(text: str, publisher: ActorMention | None, province: ActorMention | None = None) -> list[Ref]:
    """:func:`gather`'s mentions themselves, shared: for a reader that only reads them (no copies made)."""
    if not all(p is None or is_dataclass(p) for p in (publisher, province)):
        return _gather(text, publisher, province)  # (a key by value needs a dataclass)
    key = (text, _by_value(publisher), _by_value(province))
    refs = _GATHERED.get(key)
    if refs is None:
        refs = _GATHERED[key] = _gather(text, publisher, province)
        while len(_GATHERED) > 4:
            _GATHERED.pop(next(iter(_GATHERED)), None)  # (another thread may have dropped it)
    return refs


@lru_cache(maxsize=1)
def _cn_surnames() -> frozenset[str]:
    """The commonest Chinese surnames (``data/cn_surnames.tsv``): a mayor so named in a city's paper is its own."""
    rows = resources.files("cityaid.data").joinpath("cn_surnames.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return frozenset(r.split("\t")[0] for r in rows if r)


def _by_value(p) -> object:
    """A dataclass (or None) as a hashable key of its class and field values (cheaper than its ``repr``)."""
    if p is None:
        return None
    values = getattr(p, "__dict__", None)
    if values is None:
        return repr(p)
    key = (type(p), tuple(values.items()))
    try:
        hash(key)
    except TypeError:
        return repr(p)
    return key


def _gather(text: str, publisher: ActorMention | None, province: ActorMention | None = None) -> list[Ref]:
    """All party mentions in ``text``, sorted, non-overlapping, with pronouns resolved.

    Linear in the text: positions are marked in arrays, and look-ups of "the
    city named last" walk back from a bisected position.
    """
    refs: list[Ref] = []
    foreign_tails: dict[str, Ref] = {}  # 三重县津市 -> later 津市 is Tsu, not the Hunan county-level city
    for m in find_actors(text):
        if len(m.surface) == 1 and ORG_PAIR.match(text, m.start):
            continue  # 日中友好协会: the two countries name a friendship society, not two parties
        r = Ref(m.start, m.end, m.key, m.level, m.surface, m.country or _country_of(m.key))
        earlier = foreign_tails.get(m.surface) or (foreign_tails.get(m.surface[:-1]) if m.surface[-1:] in "市县区" else None)
        if earlier is not None and r.key != earlier.key and (r.country == "CN" or (
                r.country != earlier.country and len(earlier.name) > len(m.surface))):
            # (韩国X市 … later a bare X市 that a gazetteer reads in Japan: the city the page named with its country)
            r.key, r.level, r.country = earlier.key, earlier.level, earlier.country
        elif r.country not in (None, "CN") and r.level in ("city", "adm1"):
            for n in range(2, min(len(m.surface), 6) + 1):
                foreign_tails.setdefault(m.surface[-n:], r)
        refs.append(r)
    refs = _paired_societies(text, refs)
    refs = _missions(text, refs)
    paper = _paper_country(text) if "我国" in text else None
    if paper is not None:
        # (an overseas paper's 我国 is its own country: 中国多地向我国回赠口罩 in a Singapore daily)
        for r in refs:
            if r.name == "我国":
                r.key, r.country = paper, paper
    taken = bytearray(len(text) + 1)
    ends = bytearray(len(text) + 3)  # ends[i]: a place name ends at i

    def mark(r: Ref) -> None:
        taken[r.start:r.end] = b"\x01" * (r.end - r.start)
        ends[r.end] = 1

    for r in refs:
        mark(r)

    def free(a: int, b: int) -> bool:
        return not any(taken[a:b])

    def add(a: int, b: int, key, level, name):
        if free(a, b):
            r = Ref(a, b, key, level, name, _country_of(key))
            refs.append(r)
            mark(r)

    def after_place(pos: int) -> bool:
        """A place name ends right before ``pos`` (曼海姆市第一市长: the mayor is Mannheim's)."""
        return bool(ends[pos] or (pos >= 1 and ends[pos - 1] and text[pos - 1] in "副的")
                    or (pos >= 2 and ends[pos - 2] and text[pos - 2:pos] == "第一"))

    for r in [r for r in refs if r.level == "country" and r.key not in HOME_COUNTRIES]:
        # 越南谅山、北江两省: the members of a counted list of one kind, in the country named before it
        members = [(a, b, _resolve_name(r.name + name)) for a, b, name in _counted_members(text, r)]
        if all(found is not None and found.key and _country_of(found.key) == r.key and free(a, b)
               for a, b, found in members):
            for a, b, found in members:
                add(a, b, found.key, found.level, text[a:b])
    for m in _COUNTED_LAST.finditer(text):
        # 甲、乙、丙三市: the last bare name of a counted list, written with the count word right after it, is a
        # place of the kind counted, of the country of the member named right before it
        prev = next((x for x in reversed(refs) if x.end == m.start() - 1 and x.key), None)
        if prev is None or prev.level == "country" or prev.country in HOME_COUNTRIES or not free(m.start(1), m.end(1)):
            continue
        found = _resolve_name(m.group(1) + m.group(3))
        if found is not None and found.key and _country_of(found.key) == prev.country:
            add(m.start(1), m.end(1), found.key, found.level, m.group(1))
    for name, (key, level) in _people().items():
        if name not in text:
            continue  # (speed) the common case: no need to compile the name's pattern
        for m in re.finditer(re.escape(name), text):
            add(m.start(), m.end(), key, level, name)
    for m in COUNTRY_PRONOUN.finditer(text):
        add(m.start(), m.end(), "CN", "country", m.group())
    for a, b, key, level, name in _short_form_refs(text):
        add(a, b, key, level, name)
    for a, b, key, level, name in _school_short_refs(text):
        add(a, b, key, level, name)
    city = publisher if publisher is not None and publisher.level in ("city", "district") else None
    prov = province or (publisher if publisher is not None and publisher.level == "adm1" else None)
    named_places = sorted(refs, key=lambda r: r.start)  # what 该市 and a named mayor can point back to
    place_starts = [r.start for r in named_places]

    def last_before(pos: int, ok) -> Ref | None:
        i = bisect_left(place_starts, pos)
        while i > 0:
            i -= 1
            r = named_places[i]
            if r.end <= pos and ok(r):
                return r
        return None

    for m in (LOCAL_BODY.finditer(text) if "当地" in text else ()):
        # 据X市长办公室说明,当地企业…已为Y捐出: the local company stands for the place named last before it
        if free(m.start(), m.end()) and not after_place(m.start()):
            p = last_before(m.start(), lambda r: r.level in ("city", "district", "adm1") and r.key is not None
                            and m.start() - r.end <= 40 and not _SENTENCE_BREAK.search(text[r.end:m.start()])
                            and not re.search(r"[向给为对]\s*$", text[max(0, r.start - 2):r.start]))
            if p is not None:
                add(m.start(), m.end(), p.key, p.level, m.group())
    for m in (LOCAL_GOV.finditer(text) if "当地" in text else ()):  # (speed) every match has 当地
        # 在某国某城,当地市政府收到…: "the local government" is that of the place the sentence is set in
        if free(m.start(), m.end()) and not after_place(m.start()):
            p = last_before(m.start(), lambda r: r.level in ("city", "district", "adm1") and r.key is not None
                            and m.start() - r.end <= 60 and not _SENTENCE_BREAK.search(text[r.end:m.start()]))
            if p is not None:
                add(m.start(), m.end(), p.key, p.level, m.group())
    for m in (HOME_GOV.finditer(text) if "府" in text else ()):
        # 甲广域市政府15日表示,…,市政府先后向乙、丙捐赠: a bare 市政府 in the sentence of a foreign city's government
        # named by its own name, with no other place between, is that government (whoever publishes the page)
        if not free(m.start(), m.end()) or after_place(m.start()) or text[max(0, m.start() - 1):m.start()] in "该本当":
            continue
        named = last_before(m.start(), lambda r: r.key is not None and r.level in ("city", "adm1")
                            and r.country not in HOME_COUNTRIES and not _SENTENCE_BREAK.search(text[r.end:m.start()])
                            and _OWN_GOV_AFTER.match(text, r.end))
        if named is not None and not any(named.end <= r.start < m.start() and r.key is not None
                                         for r in named_places):
            add(m.start(), m.end(), named.key, named.level, m.group())
    for r0 in [r for r in named_places if r.key and r.country not in HOME_COUNTRIES and r.level in ("city", "adm1", "district")]:
        # 甲府府尹某某到港口迎接。…某某府尹又向乙市送去善款: a person the page introduced with a foreign place's
        # office, named again alone (the office after the name at most), acts for that place
        intro = _PLACE_OFFICE_NAME.match(text, r0.end)
        if intro is None:
            continue
        at = intro.end()
        name = next((text[at:at + n] for n in (4, 3, 2) if text.find(text[at:at + n], at + n) != -1
                     and re.fullmatch(r"[\u4e00-\u9fff·]+", text[at:at + n])), None)
        if name is None:
            continue
        for later in re.finditer(re.escape(name) + _OFFICE_AFTER_NAME, text[at + len(name):]):
            a, b = at + len(name) + later.start(), at + len(name) + later.end()
            if free(a, b) and not (a and ends[a]) and text[max(0, a - 1):a] not in "的之与和及、":
                add(a, b, r0.key, r0.level, text[a:b])
    for m in (HOME_GOV.finditer(text) if "方面" in text else ()):
        # 甲市方面,市政府周二宣布…: the place set up as the topic (X方面) owns the bare government right after it
        if not free(m.start(), m.end()) or text[max(0, m.start() - 1):m.start()] in "该本当":
            continue
        topic = _TOPIC_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if topic is None:
            continue
        named = last_before(m.start(), lambda r: r.end == topic.start() and r.key is not None
                            and r.level in ("city", "district", "adm1"))
        if named is not None:
            add(m.start(), m.end(), named.key, named.level, m.group())
    if city is None:
        for m in (HOME_GOV.finditer(text) if "府" in text else ()):  # (speed) every match has 府
            # 市府/县府 in a page with no publishing city (Taiwan and overseas press): the government of the
            # home-side city or county named last before it (桃园市长…表示,大和市曾捐赠市府 -> Taoyuan)
            if not free(m.start(), m.end()) or after_place(m.start()) or text[max(0, m.start() - 1):m.start()] in "该本":
                continue
            suffix = "县" if m.group().startswith("县") else "市"
            p = last_before(m.start(), lambda r: r.country in HOME_COUNTRIES and r.key is not None
                            and r.level in ("city", "district", "adm1") and (r.name.endswith(suffix) or (
                                suffix == "市" and r.level == "city" and not r.name.endswith("县"))))
            if p is not None:
                add(m.start(), m.end(), p.key, p.level, m.group())
    for m in (THIS_CITY.finditer(text) if "这座" in text or "這座" in text else ()):
        # 两天后运抵这座同甲市交好多年的城市: "this city", described, is the foreign city last named before
        # it (not a place the goods only passed through, nor one of another country than the words name)
        told = {r.key for r in named_places if m.start() <= r.start < m.end() and r.level == "country"}
        p = last_before(m.start(), lambda r: r.level == "city" and r.key is not None and r.country not in HOME_COUNTRIES
                        and not TRANSIT_BEFORE.search(text, max(0, r.start - 4), r.start)
                        and (not told or r.country in told))
        if p is not None and free(m.start(), m.start() + 2):
            # (the places the words describe it by, 与甲市结好 / 法国南部, are no parties of their own)
            refs[:] = [r for r in refs if not (m.start() <= r.start and r.end <= m.end())]
            taken[m.start():m.end()] = b"\x00" * (m.end() - m.start())
            ends[m.start() + 1:m.end()] = b"\x00" * (m.end() - m.start() - 1)
            add(m.start(), m.end(), p.key, p.level, m.group())
    for m in CITY_PRONOUN.finditer(text):
        word = m.group()
        if not free(m.start(), m.end()) or after_place(m.start()):
            continue
        if word in ("市长", "副市长") and _MAYORS_OF_A_CLASS.search(text, max(0, m.start() - 8), m.start()):
            continue  # 致信全部国际友城市长 / 各友好城市的市长: the mayors of partners as a class, no one city's
        if word in ("该市", "此市"):
            # (深圳市…向该市捐赠: a clause does not call its own subject 该市; the city is one named before it)
            # (…感谢成都送来的口罩。今年1月该市曾向成都寄出…: a city does not act on itself; 该市 is another one)
            stop = _CLAUSE_STOP.search(text, m.end())
            if stop is not None and stop.group() in ",，" and _MEANS_FIRST.match(text, m.end()):
                # (该市又通过包机,向乙市运送了…: the clause of the means runs on into the act's, its recipient too)
                stop = _CLAUSE_STOP.search(text, stop.end())
            clause_end = stop.start() if stop else len(text)
            # (该市曾通过X转来慰问信,市长在信中说“甲市与乙市站在一起”: names inside the words quoted are not the
            # clause's own parties)
            quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(text, m.end(), clause_end)] if "“" in text or "「" in text else []
            same_clause = {r.key for r in named_places if m.end() <= r.start < clause_end
                           and not any(a <= r.start < b for a, b in quoted)}
            # (甲市通过其驻乙市事务所,向我市转交了该市捐赠的…: the city an office sits in is not the one meant)
            # (乙市同为甲市的友城,该市…: a city named only as the owner of a tie is not the one taken up)
            # (…运抵武汉。4日,该市又寄来…: the page's own city named as where goods arrived is not 该市)
            own = city.key if city is not None and ("我市" in text or "本市" in text) else None
            # (我市向该市寄去口罩: a page that calls its own city 我市 does not call it 该市)
            p = last_before(m.start(), lambda r: r.level in ("city", "district") and r.key not in same_clause
                            and not (own is not None and r.key == own)
                            and not (r.key == own and _ARRIVED_AT.search(text, max(0, r.start - 3), r.start))
                            and _CLAUSE_BREAK.search(text[r.end:m.start()]) is not None
                            and not (r.start and text[r.start - 1] == "驻")
                            and not _TIE_OWNER.match(text, r.end))
            if p is not None:
                add(m.start(), m.end(), p.key, p.level, word)
            continue
        if word == "贵市":
            # 甲市市长致信乙市市长…贵市向我市捐赠了…: "your city" is the city the letter was written to
            letter = None
            for letter in _LETTER_TO.finditer(text, 0, m.start()):
                pass
            p = last_before(m.start(), lambda r: letter is not None and letter.end() <= r.start <= letter.end() + 2
                            and r.key is not None and r.level in ("city", "district"))
            if p is not None and (city is None or p.key != city.key):
                add(m.start(), m.end(), p.key, p.level, word)
                continue
        named = NAME_BEFORE_TITLE.search(text, max(0, m.start() - 8), m.start()) if word in ("市长", "副市长") else None
        if named is not None and free(named.start(1), named.end(1)):
            # 竹本幸夫市长: a named mayor is the mayor of the foreign city the paragraph is about
            para = text.rfind("\n", 0, m.start()) + 1
            p = last_before(named.start(1), lambda r: r.country not in (None, "CN") and r.level == "city")
            if p is not None and _mayor_is_another(text, p, named.group(1)):
                p = None  # (甲市长某某致函我市…乙丙市长复信某某市长: that city's mayor is another, so this one is ours)
            if p is not None and p.end >= para:
                add(named.start(1), m.end(), p.key, p.level, text[named.start(1):m.end()])
            elif city is not None and len(named.group(1)) <= 3 and named.group(1)[0] in _cn_surnames() \
                    and not re.search(r"(?:长|知事|郡守)" + re.escape(named.group(1)), text):
                # 陈绍旺市长分别致信…: in a city's own paper, a mayor named bare (never titled after a place) is its own
                add(named.start(1), m.end(), city.key, city.level, text[named.start(1):m.end()])
            continue
        if word in ("市长", "副市长") and FOREIGN_NAME_AFTER.match(text, m.end()) \
                and (m.start() == 0 or text[m.start() - 1] in ",，。；;:：\n"):
            # 对于A的善意,市长罗伯托·X表示感谢: a mayor named after the title with a foreign name is the mayor of
            # the foreign city the paragraph is about, not the page's own
            para = text.rfind("\n", 0, m.start()) + 1
            p = last_before(m.start(), lambda r: r.country not in (None, "CN") and r.level == "city")
            if p is not None and p.end >= para:
                add(m.start(), m.end(), p.key, p.level, word)
                continue
        if word in ("市长", "副市长") and m.start() and text[m.start() - 1] in ",，" \
                and _MAYOR_ALSO_ACTED.match(text, m.end()):
            # 甲市政府曾向我市捐赠口罩,市长某某还发来慰问视频: the mayor, told bare after the clause its foreign
            # city opened as the one acting, is that city's mayor
            sent = max(text.rfind(c, 0, m.start()) for c in "。；;\n") + 1
            p = last_before(m.start(), lambda r: r.country not in (None, "CN") and r.level == "city"
                            and r.start >= sent)
            if p is not None and not re.search(r"[向给給为為对對与與和]\s*$", text[max(sent, p.start - 2):p.start]) \
                    and not _SUBJECT_SWITCH.search(text, p.end, m.start()):
                add(m.start(), m.end(), p.key, p.level, word)
                continue
        if word in ("市长", "副市长") and m.start() and text[m.start() - 1] in ",，":
            # 3月2日，在某国首都甲市，市长某某接收…: a bare mayor right after a clause that only sets the scene in a
            # foreign city (在 and the place, its country or 首都 before it) is that city's mayor
            c0 = max((x.end() for x in _CLAUSE_BREAK.finditer(text, max(0, m.start() - 30), m.start() - 1)),
                     default=max(0, m.start() - 30))
            scene = _SCENE_ZH.fullmatch(text, c0, m.start() - 1)
            p = last_before(m.start(), lambda r: r.end == m.start() - 1) if scene else None
            if p is not None and p.key and p.start > c0 and p.country not in (None, "CN") \
                    and p.level in ("city", "district"):
                add(m.start(), m.end(), p.key, p.level, word)
                continue
        if word == "市长" and _BARE_MAYOR_NAMED.match(text, m.end()) \
                and (m.start() == 0 or text[m.start() - 1] in "。；;\n"):
            # 甲市政府宣布收到乙市的口罩。市长某某表示…: a mayor titled bare and named at a sentence's start is the
            # mayor of the city the sentence before it opened with (where there is no publishing city, or that
            # city is a foreign one: the page's own mayor is not told of right after another city's news)
            p = _opening_city(text, named_places, m.start())
            if p is not None and (city is None or p.country not in (None, "CN")):
                add(m.start(), m.end(), p.key, p.level, word)
                continue
        if word == "市民" and _LOCAL_THEN.search(text, max(0, m.start() - 12), m.start()):
            continue  # 分发给当地医院和市民: the residents joined to a local body are that place's, not the page's city's
        if city is not None:
            add(m.start(), m.end(), city.key, city.level, word)
    has_that = "该" in text
    for m in (THAT_REGION.finditer(text) if has_that or "道内" in text else ()):  # (speed) 该… or 道内
        # 该州/该省/该道: the state or province named last before its clause (华盛顿州…感谢无锡市为该州送来)
        if not free(m.start(), m.end()) or after_place(m.start()):
            continue
        # (该州 after 甘孜州: a Chinese autonomous prefecture is a 州 too)
        kind = m.group(1) or m.group(2)
        # (甘孜州 read as 甘孜: the 州 written right after the name counts too)
        # (该府: a Thai province, named by its seat: 清迈…该府)
        p = last_before(m.start(), lambda r: (r.level == "adm1" or kind in r.name[:-1] or r.name.endswith(kind)
                                              or (r.key is not None and text[r.end:r.end + 1] == kind)
                                              or (kind == "府" and r.country == "TH"))
                        and _CLAUSE_BREAK.search(text[r.end:m.start()]) is not None)
        if p is not None and p.level != "adm1" and kind in p.name[:-1]:
            # (威斯康星州密尔沃基…该州: the state the city was named with, not the city)
            whole = _resolve_name(p.name[:p.name.index(kind) + 1])
            if whole is not None and whole.key and whole.level == "adm1":
                add(m.start(), m.end(), whole.key, whole.level, m.group())
                continue
        if p is not None:
            add(m.start(), m.end(), p.key, p.level, m.group())
    for m in (THAT_TOWN.finditer(text) if has_that else ()):  # (speed) every match opens with 该
        if not free(m.start(), m.end()) or after_place(m.start()):
            continue
        kind = m.group(1)
        # (a place named as one: 小镇X, X镇, X町; not the city whose airport the goods passed)
        # (该县 after 富山县: a Japanese prefecture is a 县 too)
        p = last_before(m.start(), lambda r: r.key is not None and (r.level in ("city", "district") or (
                            r.level == "adm1" and r.country == "JP" and kind == "县"))
                        and (kind in r.name or text[max(0, r.start - 2):r.start].endswith(kind))
                        and _CLAUSE_BREAK.search(text[r.end:m.start()]) is not None)
        if p is not None:
            add(m.start(), m.end(), p.key, p.level, m.group())
    for m in (THAT_BODY.finditer(text) if has_that else ()):
        # 美国波特兰市慈善机构"X基金会"…该基金会: the body named with its place before; the body stands for the place
        if not free(m.start(), m.end()):
            continue
        noun = m.group(1)
        if noun == "会":  # 该会: the foundation or association named last before it
            bodies = [b.start() for b in BODY_WITH_HUI.finditer(text, 0, m.start()) if text[b.start() - 1:b.start()] != "该"]
            noun = text[bodies[-1]:BODY_WITH_HUI.match(text, bodies[-1]).end()] if bodies else noun
        # (the body as first named with its place, not a later 该… / 这家… that names none)
        intro, p = text.rfind(noun, 0, m.start()), None
        while intro != -1 and p is None:
            if text[intro - 1:intro] != "该":
                p = last_before(intro, lambda r: r.key is not None and intro - r.end <= 30
                                and not _SENTENCE_BREAK.search(text[r.end:intro]))
            intro = text.rfind(noun, 0, intro)
        if p is not None and p.country is not None:
            add(m.start(), m.end(), p.key, p.level, m.group())
    for m in (NAMED_HEAD_OF_BODY.finditer(text) if "会长" in text else ()):
        # (an association named earlier in the page) …转交了某某会长写给X的信: a president named bare, with no body before
        # the title, heads the association the page named last before
        if not free(m.start(1), m.end()) or after_place(m.start(1)):
            continue
        p = last_before(m.start(1), lambda r: r.key is not None and r.name.endswith(_HUI_ENDS))
        if p is not None:
            add(m.start(1), m.end(), p.key, p.level, m.group())
    own_county = _own_county(text, named_places, publisher)
    if own_county is not None:
        for m in OWN_COUNTY.finditer(text):
            # 本县 / 我县: the county (or Japanese prefecture) whose page this is
            if free(m.start(), m.end()) and not after_place(m.start()):
                add(m.start(), m.end(), own_county.key, own_county.level, m.group())
        for m in NAMED_GOVERNOR.finditer(text):
            # 某某知事于5月1日致信…: on that prefecture's page, a governor named with no place is its own
            if free(m.start(1), m.end()) and not after_place(m.start(1)) and own_county.country == "JP":
                add(m.start(1), m.end(), own_county.key, own_county.level, m.group())
    for m in (SAR_PRONOUN.finditer(text) if "特区" in text or "本澳" in text or "本港" in text else ()):
        # 本澳 / 本港 / 特区政府 (Macau and Hong Kong press): the region itself; bare 特区政府 where the page
        # names only one of the two
        word = m.group()
        if not free(m.start(), m.end()) or after_place(m.start()):
            continue
        if word.startswith("本"):
            name = "澳门" if word.endswith("澳") else "香港"
        else:
            # (the one the page names, or names most: 葡萄牙驻澳门及香港总领事 on a Macau page is Macau's)
            counts = sorted(((text.count(n), n) for n in ("澳门", "香港") if n in text), reverse=True)
            if not counts or (len(counts) == 2 and counts[1][0] * 2 > counts[0][0]):
                continue
            name = counts[0][1]
        sar = next((a for a in find_actors(name) if a.key), None)
        if sar is not None:
            add(m.start(), m.end(), sar.key, sar.level, word)
    for m in PROVINCE_PRONOUN.finditer(text):
        if after_place(m.start()):
            continue
        own = prov
        if m.group() in ("我区", "本区") and (prov is None or prov.key not in _AUTONOMOUS_REGIONS):
            continue  # (a district's page says 我区 too: only a region's own page means the province by it)
        if m.group().startswith("自治区"):
            # (内蒙古自治区外办统计,自治区及各盟市… / 在新疆,自治区人民政府…: a page naming two autonomous
            # regions means by the bare word the one its paragraph named last)
            p = last_before(m.start(), lambda r: r.key in _AUTONOMOUS_REGIONS and "\n" not in text[r.end:m.start()])
            own = p if p is not None else own
        if own is not None:
            add(m.start(), m.end(), own.key, own.level, m.group())
    refs.sort(key=lambda r: r.start)
    refs = _state_short_forms(text, refs, taken)
    refs = _city_short_forms(text, refs, taken)
    refs = _bare_names_again(text, refs, taken)
    refs = _partner_words(text, refs)
    refs = _partner_subjects(text, refs)
    refs = _person_pronouns(text, refs)
    refs = _drop_possessors(text, refs)
    people = _extend_names(text, refs)
    refs = _people_again(text, refs, people)
    refs = _the_two_partners(text, refs)
    refs = _the_listed_partners(text, refs)
    refs = _the_counted_places_above(text, refs)
    refs = _the_local_side(text, refs)
    gifted = {id(r) for r in refs if r.marker == "gifted"}
    _mark(text, refs)
    for r in refs:
        if id(r) in gifted:
            r.marker = "to"
    refs = [r for r in refs if not in_byline(text, r)]
    return _fang_of_named_country(_based_in(text, [_line_of_its_own(r) for r in refs]))


def _line_of_its_own(r: Ref) -> Ref:
    """■ 甲致信美国友城 / 乙市近日致信…: a heading's last words and the next line's place are no one name; the
    place is the one that opens the line."""
    if "\n" not in r.name:
        return r
    cut = r.name.rfind("\n") + 1
    while cut < len(r.name) - 1 and r.name[cut] in " \t\u3000":
        cut += 1
    r.start, r.name = r.start + cut, r.name[cut:]
    return r


def _fang_of_named_country(refs: list[Ref]) -> list[Ref]:
    """中国援助塞内加尔的物资…交给塞方: a one-character abbreviation with 方 stands for several countries (塞:
    Serbia or Senegal, 尼: Nepal or Nigeria); where the page named no country of the abbreviation's reading
    before it, but named one country whose name begins with that character, the X方 is that country."""
    seen: dict[str, set[str]] = {}  # first character -> the countries named with it so far
    keys: set[str] = set()
    for r in refs:
        if r.level == "country" and len(r.name) == 2 and r.name.endswith("方") and r.key:
            named = seen.get(r.name[0], set())
            if r.key not in keys and len(named) == 1:
                key = next(iter(named))
                r.key, r.country = key, key
            continue
        if r.level == "country" and r.key and len(r.name) >= 2 and not r.name.endswith("方"):
            keys.add(r.key)
            seen.setdefault(r.name[0], set()).add(r.key)
    return refs


# 收到两市的关怀信函 / 两市曾致函慰问: "the two cities" that wrote, right after two partners were named
TWO_WROTE = re.compile(r"两(?:市|城|地)(?=的?[^,，。;；]{0,4}?(?:信|函|电|视频|问候|慰问)|曾?(?:分别)?(?:致函|致信|来信|来函|发来))")


def _the_two_partners(text: str, refs: list[Ref]) -> list[Ref]:
    """台南分别致赠仙台市、哥伦布市…,台南疫情期间也收到两市的关怀信函: 两市 that wrote are the two
    places abroad named last before it in its paragraph; each is a party of its own, as a list of two."""
    if "两" not in text:
        return refs  # (speed)
    out = list(refs)
    for m in TWO_WROTE.finditer(text):
        para = text.rfind("\n", 0, m.start()) + 1
        before = [r for r in refs if para <= r.start and r.end <= m.start() and r.key
                  and r.country not in (None, *HOME_COUNTRIES) and r.level != "country"]
        seen: list[Ref] = []
        for r in reversed(before):
            if r.key not in {x.key for x in seen}:
                seen.insert(0, r)
            if len(seen) == 2:
                break
        if len(seen) < 2:
            continue
        a, b = seen
        out += [Ref(m.start(), m.start() + 1, a.key, a.level, a.name, a.country),
                Ref(m.start() + 1, m.end(), b.key, b.level, b.name, b.country)]
    out.sort(key=lambda r: r.start)
    return out


# 向两地 / 给三市 / 向上述友城 / 向这些城市 / 向各友城: the places named before in the sentence (or the one
# before it in the paragraph), as the act's other side
LISTED_PARTNERS = re.compile(r"(?<=[向给为对与同])\s*(?:(?:这|该)?([两二三四五六七八九十])\s*(?:个)?(?:地|市|城|座城市|个城市|省|州|县|道|省州|国)"
                             r"|(?:上述|以上|这些|这几个|该几个|各)(?:" + PARTNER_NOUNS + r"|城市|地区|地方|省州|友好省州|市|地))"
                             r"(?![\u4e00-\u9fff]{0,1}(?:们|间|之间|关系|合作|交流|人民|政府|的))")
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")


# 市长某某表示 / 市長某某說: a bare mayor's title with a name (two to four characters) and a verb of saying or acting
# 市长某某还发来… / 市长某某也致信…: a bare mayor's title, a name, and an act told as one more of the subject's
_MAYOR_ALSO_ACTED = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:还|也|亦|并|另)(?:专门|特意|特别)?(?:发来|寄来|致信|致函|来信|录制|送来|写信)")
# (…,我市/本市/中方 … a clause whose subject is the home side between the city and the mayor)
_SUBJECT_SWITCH = re.compile(r"[,，]\s*(?:我市|本市|我省|我们)")
# 致信/致函/写信给 X: the one a letter is written to (贵市 in the letter is X's city)
_LETTER_TO = re.compile(r"(?:致信|致函|写信给|寫信給|去信|去函|复信|復信|回信)(?:给|給)?")
#: 在某国首都甲市 / 在甲市: a clause that only tells where the scene is
_SCENE_ZH = re.compile(r"\s*在[\u4e00-\u9fff]{2,16}")
#: (市长某某（Latin name）在市府网站发表声明: the name glossed in Latin letters, then where the words were told)
_BARE_MAYOR_NAMED = re.compile(r"[\u4e00-\u9fff]{2,4}(?:\s*[（(][A-Za-z][A-Za-z .'’-]{1,40}[)）])?"
                               r"(?:表示|說|说|称|稱|指出|強調|强调|透露|感谢|感謝|已|曾|亲自|親自|在(?:市府|市政府|社交|网站|網站|记者会|記者會))")


def _opening_city(text: str, places: list[Ref], pos: int) -> Ref | None:
    """The city (of any country) that opens the sentence before ``pos``: its first party, where that is a city
    named at the start of the sentence's first clause (甲市政府周三宣布… / 【报道】甲市…)."""
    end = pos
    while end > 0 and text[end - 1] in "。；;\n \t":
        end -= 1
    start = max((x.end() for x in _SENTENCE_BREAK.finditer(text, 0, end)), default=0)
    first = next((r for r in places if start <= r.start < end), None)
    if first is None or first.level not in ("city", "district") or not first.key:
        return None
    if len(_CLAUSE_BREAK.findall(text, start, first.start)) > 0 or first.start - start > 12:
        return None
    return first


def _subject_before(text: str, refs: list[Ref], pos: int) -> Ref | None:
    """The first party of the clause that ``pos`` lies in (the act's subject, where the clause opens with it)."""
    stop = max((x.end() for x in _CLAUSE_STOP.finditer(text, max(0, pos - 40), pos)), default=0)
    return next((r for r in refs if stop <= r.start < pos and r.key), None)


def _the_listed_partners(text: str, refs: list[Ref]) -> list[Ref]:
    """在甲、乙两市疫情告急之时,我市分别向两地发去慰问信 / 甲和乙疫情恶化,我市向上述友城捐赠: the word for
    "the places (just named)" after 向/给/为/对 is the list of places of another country than the clause's
    subject named before it in its sentence (or, where the sentence names none, in the sentence before it
    within the paragraph); a counted word (两地, 三市) takes as many, the last named, and needs that many."""
    if not refs or not LISTED_PARTNERS.search(text):
        return refs
    out = list(refs)
    for m in LISTED_PARTNERS.finditer(text):
        a, b = m.start() + len(m.group()) - len(m.group().lstrip()), m.end()
        if any(r.start < b and a < r.end for r in refs):
            continue
        count = _COUNT.get(m.group(1)) if m.group(1) else None
        subject = _subject_before(text, refs, a)
        sub_country = subject.country if subject is not None else None
        para = text.rfind("\n", 0, a) + 1
        starts = [para] + [x.end() for x in _SENTENCE_END.finditer(text, para, a)]

        def fits(r: Ref) -> bool:
            return (r.key is not None and r.level != "country" and r.country is not None
                    and (r.country != sub_country if sub_country else r.country not in HOME_COUNTRIES)
                    and (subject is None or r.key != subject.key))
        members: list[Ref] = []
        for lo, hi in ((starts[-1], a), (starts[-2], starts[-1]) if len(starts) > 1 else (a, a)):
            seen: list[Ref] = []
            for r in reversed([r for r in refs if lo <= r.start and r.end <= hi and fits(r)]):
                if r.key not in {x.key for x in seen}:
                    seen.insert(0, r)
            if count is not None:
                seen = seen[-count:]
            if len(seen) >= 2 and (count is None or len(seen) == count):
                members = seen
                break
            if seen:
                break  # (the sentence names places, but not the list the word counts)
        if not members:
            continue
        # (each member is a party of its own, on the word's span: one list, in the order named)
        out += [Ref(a, b, r.key, r.level, r.name, r.country) for r in members]
    out.sort(key=lambda r: r.start)
    return out


# (甲国)上述4省 / 以上三市 / 前述两州: a counted word for places named earlier in the page, wherever it stands
COUNTED_ABOVE = re.compile(r"(?:上述|以上|前述)\s*([两二三四五六七八九十]|\d{1,2})\s*(?:个|座)?(?:省份|省州|城市|省|市|州|县|縣|府|郡|地|城|道)"
                           r"(?![\u4e00-\u9fff]{0,1}(?:们|們|间|間|之间|之間|关系|關係|人民|政府|的))")


def _the_counted_places_above(text: str, refs: list[Ref]) -> list[Ref]:
    """越南上述4省曾向甲省捐赠 / 向以上三市致信: the counted word names again the places of one foreign country
    that an earlier sentence of the page lists, as many as it counts (the nearest such list before it); a
    country named right before the word (甲国上述N省) is that list's own country, read with it."""
    if not refs or not COUNTED_ABOVE.search(text):
        return refs
    out = list(refs)
    for m in COUNTED_ABOVE.finditer(text):
        a, b = m.start(), m.end()
        if any(r.start < b and a < r.end for r in refs):
            continue
        n = m.group(1)
        count = int(n) if n.isdigit() else _COUNT.get(n)
        land = next((r for r in refs if r.level == "country" and r.end == a and r.country), None)
        sent = max((x.end() for x in _SENTENCE_END.finditer(text, 0, a)), default=0)
        ends = [0] + [x.end() for x in _SENTENCE_END.finditer(text, 0, sent)]
        members: list[Ref] = []
        for lo, hi in zip(reversed(ends[:-1] or [0]), reversed(ends[1:] or [sent])):
            named: list[Ref] = []
            for r in refs:
                if lo <= r.start and r.end <= hi and r.key and r.level != "country" \
                        and r.country not in (None, *HOME_COUNTRIES) \
                        and (land is None or r.country == land.country) and r.key not in {x.key for x in named}:
                    named.append(r)
            if len(named) == count and len({r.country for r in named}) == 1:
                members = named
                break
        if not members or not count:
            continue
        if land is not None:
            out = [r for r in out if r is not land]
            a = land.start
        out += [Ref(a, b, r.key, r.level, r.name, r.country) for r in members]
    out.sort(key=lambda r: r.start)
    return out


# 应某市请求,我市专家与当地医生视频连线 / 在某市疫情暴发后,我市向当地致以慰问: 当地 (its people or
# bodies, or the bare word before the act's verb) is the foreign place named in an earlier clause of the sentence
LOCAL_SIDE = re.compile(r"(?<=[向给为对与同和])\s*当地(?:的)?(?:(医护人员|医务人员|医生|医疗专家|专家|居民|民众|卫生部门|卫生官员|"
                        r"卫生局|医院|医疗机构|疾控部门|疾控中心|卫生机构|官员)|(?=(?:分别|再次|紧急|及时|第一时间)?"
                        r"(?:致以|发去|发出|致函|致信|致电|捐赠|捐献|赠送|提供|寄|运送|表达|转交)))")


def _the_local_side(text: str, refs: list[Ref]) -> list[Ref]:
    if not refs or "当地" not in text:
        return refs
    out = list(refs)
    for m in LOCAL_SIDE.finditer(text):
        a = m.start() + len(m.group()) - len(m.group().lstrip())
        b = m.end() if m.group(1) else a + 2
        if any(r.start < b and a < r.end for r in refs):
            continue
        sent = max((x.end() for x in _SENTENCE_END.finditer(text, 0, a)), default=0)
        clause = max((x.end() for x in _CLAUSE_STOP.finditer(text, sent, a)), default=sent)
        subject = _subject_before(text, refs, a)
        named = [r for r in refs if sent <= r.start and r.end <= clause and r.key and r.level != "country"
                 and r.country not in (None, *HOME_COUNTRIES)
                 and (subject is None or (r.key != subject.key and r.country != subject.country))]
        if not named or len({r.key for r in named}) != 1:
            continue
        p = named[-1]
        out.append(Ref(a, b, p.key, p.level, text[a:b], p.country))
    out.sort(key=lambda r: r.start)
    return out


# 本县 / 我县: the page's own county; on a Japanese prefecture's Chinese page (本县 in its own news), the prefecture
OWN_COUNTY = re.compile(r"本县|我县")
# 某某知事 at a sentence's start (a personal name of two to five characters before the title, no place before it)
NAMED_GOVERNOR = re.compile(r"(?:^|(?<=[。；;\n,，]))\s*((?:(?![的在和与向由了是将对给为县市省])[\u4e00-\u9fff]){2,5})知事")


def _own_county(text: str, places: list[Ref], publisher: ActorMention | None) -> Ref | None:
    """What 本县/我县 stand for: the publisher where it is a county; else the one county or Japanese
    prefecture (a name ending in 县) that the page names most, at least twice or where it is the only one."""
    if not OWN_COUNTY.search(text):
        return None
    if publisher is not None and publisher.key and publisher.level == "district" and publisher.surface.endswith("县"):
        return Ref(0, 0, publisher.key, publisher.level, publisher.surface, _country_of(publisher.key))
    counties = [r for r in places if r.key and r.name.endswith("县") and r.level in ("adm1", "district", "city")]
    if not counties:
        return None
    counts = Counter(r.key for r in counties)
    (best, n), *rest = counts.most_common()
    if rest and rest[0][1] == n:
        return None  # two counties as often: the page could be either's
    return next(r for r in counties if r.key == best)


# 向对方 / 给友城 / 为姊妹城市 with no name after: the partner named before (向友城益山市 names it)
# (向其捐赠 / 给其寄去: 其 before the act's verb is that partner too; 其他, 其中, 其友城X are not)
PARTNER_WORD = re.compile(rf"(?<=[向给为对与同])(?:对方|{PARTNER_NOUNS})(?![\u4e00-\u9fff]{{0,1}}(?:们|等|各|间|之间|关系|合作|交流))"
                          r"|(?<=[向给])其(?=(?:再次|又|再|分别|先后|陆续|紧急|无偿|定向)?(?:捐|赠|寄|送|提供|发|致|援|转交|交付|回赠|运))")
_CLAUSE_STOP = re.compile(r"[,，。;；:：\n]")
#: 该市(又)通过…, / 經由…,: a clause that only tells the means the subject acted by, the act in the next
_MEANS_FIRST = re.compile(r"(?:又|也|还|還|则|則|曾|已|再)*(?:通过|通過|透过|透過|经由|經由|借助|藉助|利用)")
# 这座城市 / 这座同甲市交好多年的港口城市 / 这座古城: "this city", however described
THIS_CITY = re.compile(r"(?:这座|這座)[^,，。;；:：\n]{0,24}?(?:城市|之城|古城|港城|名城|都市)")
# 辗转X / 途经X / 经停X / 取道X / 在X中转: the goods pass through X on their way (no side, nor "this city")
TRANSIT_BEFORE = re.compile(r"(?:辗转|輾轉|途经|途經|经停|經停|取道|转道|轉道|中转|中轉)(?:于|於|至|到)?\s*$")
#: the head of a place's office (府尹, 市长, 知事 …), simplified and traditional
_PLACE_OFFICES = r"府尹|省长|省長|州长|州長|市长|市長|县长|縣長|知事|郡守|议长|議長|区长|區長|首长|首長"
#: a foreign place's office right after the place, a person's name to follow: 甲府府尹 / 甲市市长 / 甲县知事
_PLACE_OFFICE_NAME = re.compile(r"(?:[（(][^）)，,。]{1,40}[）)])?(?:的)?(?:(?<=府)尹|道知事|" + _PLACE_OFFICES + r")")
#: what may follow a person's name named again: the office, then no more of a name
_OFFICE_AFTER_NAME = (r"(?:" + _PLACE_OFFICES + r")?"
                      r"(?=[曾也还還亦已在于於随隨亲親并並再又通向对對致表说說称稱写寫专專特,，])")
#: 甲市方面, / 甲市方面表示,: a place set up as the topic of what follows, right before a bare government
_TOPIC_BEFORE = re.compile(r"方面\s*[,，]\s*$")
_QUOTED = re.compile(r"[“「『][^”」』\n]{1,200}[”」』]")
_ARRIVED_AT = re.compile(r"(?:运抵|抵达|送达|到达|运到|送到|寄到|飞抵)$")
# 甲市的友城 / 甲市的姊妹市: the place named as the owner of a tie (not the tie itself, 友城关系)
# (乙市是甲市在亚洲的首个友城 / 甲市最早的友城: a place and the rank of the tie may stand between)
_TIE_OWNER = re.compile(r"\s*(?:在[\u4e00-\u9fff]{1,4}?)?(?:最早|最早结好|唯一|首个|第[一二三四五六七八九十\d]+个)?的"
                        r"(?:第[一二三四五六七八九十\d]+个|首个|唯一(?:一个)?|最早(?:的)?)?(?:国际)?(?:" + PARTNER_NOUNS + r")(?!关系|合作|交流|工作)")


# 1月29日,对方就寄来了口罩: 对方 opening a clause is the acting partner the paragraph named before
SUBJECT_PARTNER = re.compile(r"(?:^|(?<=[,，。;；:：\n]))\s*(对方)(?=[\u4e00-\u9fff])(?!的|是|[\u4e00-\u9fff]?(?:医生|专家|人员|官员|代表|负责人))")


def _partner_subjects(text: str, refs: list[Ref]) -> list[Ref]:
    """对方 as a clause's subject: the one foreign place (not a country) its paragraph named before it,
    where it named exactly one."""
    out = list(refs)
    for m in (SUBJECT_PARTNER.finditer(text) if "对方" in text else ()):  # (speed) every match has 对方
        a, b = m.start(1), m.end(1)
        if any(r.start < b and a < r.end for r in refs):
            continue
        para = text.rfind("\n", 0, a) + 1
        named = [r for r in refs if para <= r.start and r.end <= a and r.key and r.country not in (None, "CN")
                 and r.level != "country"]
        if not named:
            # (the paragraph names no partner: the one foreign place the page named before it)
            named = [r for r in refs if r.end <= a and r.key and r.country not in (None, "CN") and r.level != "country"]
        if len({r.key for r in named}) > 1:
            # (池田市位于大阪府北部…对方: a city and the prefecture it lies in: the city is the partner)
            cities = [r for r in named if r.level in ("city", "district")]
            if len({r.key for r in cities}) == 1 and len({r.country for r in named}) == 1:
                named = cities
        if len({r.key for r in named}) != 1:
            continue
        p = named[-1]
        out.append(Ref(a, b, p.key, p.level, m.group(1), p.country))
    out.sort(key=lambda r: r.start)
    return out


def _partner_words(text: str, refs: list[Ref]) -> list[Ref]:
    """我市向友城捐赠口罩 / 益山市向对方捐赠: the word for the partner stands for the one partner its
    paragraph named before: a place of another country than the clause's subject."""
    if not refs or not PARTNER_WORD.search(text):
        return refs
    out = list(refs)
    for m in PARTNER_WORD.finditer(text):
        if any(r.start < m.end() and m.start() < r.end for r in refs) or any(m.end() <= r.start <= m.end() + 1 for r in refs):
            continue  # part of a name, or the partner named right after (向友城益山市)
        word = m.group()
        stop = max((x.end() for x in _CLAUSE_STOP.finditer(text, max(0, m.start() - 40), m.start())), default=0)
        subject = next((r for r in reversed(refs) if stop <= r.start < m.start() and r.key), None)
        if subject is None:
            continue
        want = "adm1" if word[-1] in "省州份" else "city" if word[-1] in "市城" else None

        def fits(r: Ref) -> bool:
            return r.key is not None and r.country != subject.country and r.level != "country" \
                and (want is None or r.level == want or (want == "city" and r.level == "district"))
        # (the one partner its paragraph names: where it names several, the word is general: 向友城伸出援手)
        para = text.rfind("\n", 0, m.start()) + 1
        if word == "其":  # (其 looks back within its own sentence only: 得知X短缺后,我市向其捐赠)
            para = max(para, max((x.end() for x in re.finditer(r"[。！？!?]", text[para:m.start()])), default=0) + para)
        named = [r for r in refs if para <= r.start and r.end <= stop and fits(r)]
        if len({r.key for r in named}) != 1:
            continue
        partner = named[-1]
        out.append(Ref(m.start(), m.end(), partner.key, partner.level, word, partner.country))
    out.sort(key=lambda r: r.start)
    return out


def _state_short_forms(text: str, refs: list[Ref], taken: bytearray) -> list[Ref]:
    """威斯康辛州 … 威州, 俄勒冈州 … 俄州: after a foreign state or province is named in full, its first
    character and 州 name it again (a two-character name the gazetteer reads otherwise, or not at all)."""
    full = [r for r in refs if r.level == "adm1" and r.country not in (None, "CN") and len(r.name) >= 3
            and not r.name.endswith(("省", "县", "道", "府"))]
    if not full:
        return refs
    out = list(refs)
    for m in re.finditer(r"([\u4e00-\u9fff])州", text):
        first = [r for r in full if r.end <= m.start() and r.name[0] == m.group(1)]
        if not first or {r.key for r in first} != {first[-1].key}:
            continue
        src = first[-1]
        here = [r for r in out if r.start < m.end() and m.start() < r.end]
        if any(r.key == src.key or (r.start, r.end) != (m.start(), m.end()) for r in here):
            continue  # already read, or part of a longer name
        for r in here:
            out.remove(r)
        out.append(Ref(m.start(), m.end(), src.key, src.level, m.group(), src.country))
    out.sort(key=lambda r: r.start)
    return out


# 高市 / 温市 / 中市府: a city named in full before, called again by one character of its name and 市
# (高市长 is Mayor Gao, 上市 is "goes on sale": not before 长, 场, 区, 级, 值, 容, 面, 民, 内, 中心)
CITY_SHORT = re.compile(r"([\u4e00-\u9fff])市(?!长|场|区|级|值|容|面|民|内|中心|委|县|镇)")
# words that end in 市 and are no city (上市, 超市, 股市, 都市 …) and the pronouns read elsewhere (全市, 该市 …)
NOT_SHORT = frozenset("上超门股夜都城开闭楼车菜集街全本该我两各此贵每同省县州")
SHORT_BEFORE = re.compile(r"(?:^|[^\u4e00-\u9fff]|[向给与和及、由对为同]|收到|获赠|接收|感谢|支援|援助|捐赠|致赠|拨赠)$")


def _city_short_forms(text: str, refs: list[Ref], taken: bytearray) -> list[Ref]:
    """高雄市 … 高市, 温哥华 … 温市, 台中市 … 中市府: after a city is named in full, the press calls it by the
    first character of its name (or the second of a two-character name, 台中 -> 中) and 市.  Only where
    the short name stands as a party (after a preposition or a clause break, or before 府/长/民)."""
    cities = [r for r in refs if r.level == "city" and r.key and "市" not in r.name[:1]]
    if not cities:
        return refs
    out = list(refs)
    for m in CITY_SHORT.finditer(text):
        if any(taken[m.start():m.end()]) or not SHORT_BEFORE.search(text[max(0, m.start() - 4):m.start()]):
            continue
        ch = m.group(1)
        if ch in NOT_SHORT:
            continue
        named = []
        for r in cities:
            if r.end > m.start():
                break
            bare = re.split(r"[州省县国道府]", r.name.split("市")[0])[-1]
            if 2 <= len(bare) <= 4 and (bare[0] == ch or (len(bare) == 2 and bare[1] == ch)):
                named.append(r)
        if not named or len({r.key for r in named}) != 1:
            continue  # none, or two cities it could be
        src = named[-1]
        out.append(Ref(m.start(), m.end(), src.key, src.level, m.group(), src.country))
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    out.sort(key=lambda r: r.start)
    return out


# where the bare name of a foreign place stands as a party: after a preposition, a verb of arrival or a clause break
BARE_BEFORE = re.compile(r"(?:^|[^\u4e00-\u9fff]|[向给与和及、对为同至到往抵达赴]|收到|获赠|接收|感谢|支援|援助|捐赠)$")
BARE_AFTER = re.compile(r"(?:[^\u4e00-\u9fff]|$|的|方面|方|人民|市民|政府|当地|后|时|港|机场|[，。、和与及])")


# what ends the words before a place's own name (韩国友城江原道春川市): a province, a country, a partner noun
_CORE_CUT = re.compile(rf"{PARTNER_NOUNS}|省|國|国|城市")


def _bare_names_again(text: str, refs: list[Ref], taken: bytearray) -> list[Ref]:
    """日本冈山市 … 运抵冈山, 浙江省绍兴市 … 送达绍兴: a foreign city or province (or a Chinese city of a
    name long enough to be safe) named in full is named again without its 市/县/省, where the bare name stands
    as a party (after 向/抵/至 …, before a clause break or 的)."""
    full = [r for r in refs if r.key and r.level in ("city", "district", "adm1") and r.name[-1:] in "市县縣省州道府郡町"
            and len(r.name) >= 3 and (r.country is not None and r.country not in HOME_COUNTRIES and r.level != "district"
                                      or (r.level in ("city", "district") and len(r.name) >= 4))]
    if not full:
        return refs
    out = list(refs)
    cores: dict[str, Ref] = {}
    for r in full:
        core = r.name[:-1]
        for k in (4, 3, 2):  # (日本冈山市: without the country written before it)
            if len(core) > k + 1 and _names_a_country(core[:k]):
                core = core[k:]
                break
        core = _CORE_CUT.split(core)[-1]  # (韩国友城江原道春川市: the city's own name)
        if 2 <= len(core) <= 5 and cores.get(core, r).key == r.key:
            cores.setdefault(core, r)  # (from its first full naming on)
        elif core in cores:
            cores[core] = Ref(0, 0, None, None, core)  # two places share it: no reading
    for core, src in cores.items():
        if src.key is None:
            continue
        for m in re.compile(re.escape(core)).finditer(text, src.end):
            if any(taken[m.start():m.end()]) or not BARE_BEFORE.search(text[max(0, m.start() - 2):m.start()]) \
                    or not BARE_AFTER.match(text, m.end()):
                continue
            out.append(Ref(m.start(), m.end(), src.key, src.level, core, src.country))
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    out.sort(key=lambda r: r.start)
    return out


def names_a_country(name: str) -> bool:
    """``name`` read alone is a country (日本, 韩国); for readers outside this module."""
    return _names_a_country(name)


@lru_cache(maxsize=4096)
def _names_a_country(name: str) -> bool:
    """``name`` read alone is a country (日本, 韩国).

    (speed) Cached: every page asks it for the first characters of each place it names in full,
    and the look-up converts the name to simplified characters and may scan it for places.
    """
    c = _resolve_name(name)
    return c is not None and c.level == "country"


MISSION = re.compile(r"(中华人民共和国|中国|我国)?驻([\u4e00-\u9fff]{1,8}?)(?:特区)?(台北经济文化办事处|台北经济文化代表处|台北代表处|"
                     r"总领事馆|总领馆|领事馆|大使馆|使馆|总领事|领事|大使|办事处)")


# the mission named again without its place: after punctuation or 该/本, before its act
BARE_MISSION = re.compile(r"(?:^|[,，。;；:：\s、]|该|本)(总领事馆|总领馆|大使馆|使馆)(?=[^,，。;；\u4e00-\u9fff]|[还也已曾向给为对与同并随即特])")


def _missions(text: str, refs: list[Ref]) -> list[Ref]:
    """``驻X总领馆`` is a mission *in* X: China's, unless a country is named right before 驻.

    ``中国驻大阪总领事馆``, ``驻棉兰总领事`` -> one CN party over the whole phrase; in
    ``日本驻上海总领事馆`` Japan stays the party.  The place after 驻 is where the
    mission sits, never a party itself.
    """
    spans = []
    if "驻" not in text:
        return refs  # (speed) every mission is named with 驻: a page without it has none
    for m in MISSION.finditer(text):
        start = m.start()
        before = [r for r in refs if r.end == start and r.level == "country"]
        if before and before[-1].key != "CN":
            spans.append((m.start(2) - 1, m.end(), None))  # another country's mission: drop the host place only
            continue
        if m.group(3).startswith("台北"):  # 驻迈阿密台北经济文化办事处: Taiwan's representative office
            spans.append((start, m.end(), Ref(start, m.end(), "TW", "country", text[start:m.end()], "TW")))
            continue
        if before:
            start = before[-1].start
        spans.append((start, m.end(), Ref(start, m.end(), "CN", "country", text[start:m.end()], "CN")))
    first_cn = min((a for a, _b, n in spans if n is not None and n.key == "CN"), default=None)
    if first_cn is not None:
        # 驻圣保罗总领馆向…转交…。当天,总领馆还向…捐赠: the mission named again bare is the same, China's
        for m in BARE_MISSION.finditer(text, first_cn):
            if not any(a <= m.start(1) < b for a, b, _n in spans):
                spans.append((m.start(1), m.end(1), Ref(m.start(1), m.end(1), "CN", "country", m.group(1), "CN")))
    if not spans:
        return refs
    out = [r for r in refs if not any(a <= r.start and r.end <= b for a, b, _n in spans)]
    out += [n for _a, _b, n in spans if n is not None]
    out.sort(key=lambda r: r.start)
    return out


# 纽中友好协会 / 中美友好协会 / 日中友协: a friendship society named by its own country's one-character name
# beside 中; the society stands for that country (a place named right before it, 池田市日中友好协会, is the party)
_SOCIETY_COUNTRY = {"日": "JP", "韩": "KR", "美": "US", "英": "GB", "德": "DE", "法": "FR", "意": "IT", "纽": "NZ",
                    "澳": "AU", "加": "CA", "俄": "RU", "泰": "TH", "越": "VN", "菲": "PH", "墨": "MX", "荷": "NL",
                    "比": "BE", "奥": "AT", "波": "PL", "匈": "HU", "捷": "CZ", "希": "GR", "葡": "PT", "西": "ES",
                    "芬": "FI", "挪": "NO", "丹": "DK", "蒙": "MN", "老": "LA", "柬": "KH", "缅": "MM", "朝": "KP"}
_SOCIETY_TAIL = r"(?:人民)?(?:友好|友好交流|交流)?协会|友协"
PAIRED_SOCIETY = re.compile(r"([%s])中(?:%s)|中([%s])(?:%s)" % ("".join(_SOCIETY_COUNTRY), _SOCIETY_TAIL,
                                                                "".join(_SOCIETY_COUNTRY), _SOCIETY_TAIL))


_SOCIETY_HELPS = re.compile(r"\s*(?:的)?(?:协调|安排|协助|帮助|牵线|促成|对接|联络|联系|居中)")


def _paired_societies(text: str, refs: list[Ref]) -> list[Ref]:
    """纽中友好协会捐赠的口罩 / 运抵英中协会: the society is a party of its own country."""
    if "协会" not in text and "友协" not in text:
        return refs  # (speed)
    out = list(refs)
    for m in PAIRED_SOCIETY.finditer(text):
        if any(r.start < m.end() and m.start() < r.end for r in refs):
            continue
        if any(r.end == m.start() and r.key for r in refs):
            continue  # 池田市日中友好协会: the city before it is the party
        if _SOCIETY_HELPS.match(text, m.end()):
            continue  # 由韩中友好协会协调的包机: the society arranges the transport of another's gift
        key = _SOCIETY_COUNTRY[m.group(1) or m.group(2)]
        out.append(Ref(m.start(), m.end(), key, "country", m.group(), key))
    out.sort(key=lambda r: r.start)
    return out


# 他/她 opening a sentence: the titled person the sentence before introduced (X州立大学项目主任Y…。她致信…)
# (not a speaker, 他表示/她说: what the speaker tells is read from the quote, not as the speaker's act)
PERSON_PRONOUN = re.compile(r"(?:^|(?<=[。；;\n]))\s*([他她])(?![们人国乡])(?=[\u4e00-\u9fff])"
                            r"(?![^,，。;；]{0,4}?(?:表示|说|称|指出|强调|认为|介绍|透露|坦言|感叹|回忆|告诉|谈到|提到))")
_PERSON_TITLE = re.compile(r"主任|协调员|市长|州长|省长|知事|会长|主席|负责人|官员|议员|教授|院长|总领事|领事|大使|秘书长|"
                           r"理事长|董事长|总裁|经理|郡守|县长|道知事")
_ADDRESSED_BEFORE = re.compile(r"(?:向|给|致|对|与|同|和|电|信|函|见|晤|访)\s*$")
_TITLE_REACH = re.compile(r"[^,，。;；:：\n(（]{0,24}")


def _person_pronouns(text: str, refs: list[Ref]) -> list[Ref]:
    """她得知州内物资告急后,致信Y: 她 stands for the place of the person with a title named in the sentence before."""
    if "他" not in text and "她" not in text:
        return refs  # (speed)
    out = list(refs)
    for m in PERSON_PRONOUN.finditer(text):
        p = m.start(1)
        if any(r.start <= p < r.end for r in refs):
            continue
        end_prev = max(text.rfind(c, 0, max(0, p - 1)) for c in "。；;\n")
        before = [r for r in refs if end_prev < r.start < p and r.key is not None
                  and _PERSON_TITLE.search(_TITLE_REACH.match(text, r.start).group())]
        # (the subject's person, not one addressed: 里昂市长致电武汉市长。他…: 他 is Lyon's mayor)
        before = [r for r in before if not _ADDRESSED_BEFORE.search(text, max(0, r.start - 3), r.start)]
        if before:
            src = before[0]
            out.append(Ref(p, p + 1, src.key, src.level, m.group(1), src.country))
    out.sort(key=lambda r: r.start)
    return out


def _drop_possessors(text: str, refs: list[Ref]) -> list[Ref]:
    """In "我市友好城市日本丰川市" the party is Toyokawa; 我市 only says whose partner it is.

    So in "X所在的Y省卫生厅" the party is the province Y; X only says which province.
    """
    out: list[Ref] = []
    for i, r in enumerate(refs):
        nxt = refs[i + 1] if i + 1 < len(refs) else None
        if nxt is not None:
            between = text[r.end:nxt.start]
            if len(between) <= 10 and POSSESSIVE.fullmatch(between) and _GIFT_OF_PARTNER.match(text, nxt.end) \
                    and r.country and nxt.country and r.country != nxt.country:
                r.marker = "gifted"  # 甲州的友好省乙省捐赠的口罩: 甲 is whom its partner gave to, a party of its own
                out.append(r)
                continue
            if len(between) <= 10 and (POSSESSIVE.fullmatch(between) or _FRIEND_NAMED.fullmatch(between)) \
                    or _PARTNER_NOUN_RE.fullmatch(between or "-") or between in ("所在的", "所在") or (
                    (between in ("", "的") or _COUNTED_OF.fullmatch(between)) and r.country == "CN"
                    and nxt.country not in (None, "CN")
                    and _PARTNER_NOUN_RE.search(nxt.name)):
                nxt.start = r.start  # the possessed inherits the possessor's position and preposition
                nxt.name = text[r.start:nxt.end]
                continue
            if r.country == "CN" and _possesses_farther(text, refs, i):
                continue  # 我市在美国的友好城市——马里兰州安纳波利斯市: ours, but not a party
        out.append(r)
    return out


# 甲市的两个日本友好城市乙市和丙市: the possessor's partners counted before they are named
_COUNTED_OF = re.compile(r"的(?:[两兩二三四五六七八九十\d]+|几|幾|多)[个個]")
# 甲州的友好省乙省捐赠的口罩 / 甲市的姊妹城市乙市寄来的防护服: the partner's gift phrase, told of goods the possessor got
_GIFT_OF_PARTNER = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?(?:政府|人民政府))?(?:捐赠|捐助|捐献|赠送|援助|寄来|送来|提供|致赠)的")
# (意大利朋友——安科纳: the country only says where the friend is; the party is the one named after the dash)
_FRIEND_NAMED = re.compile(r"\s*(?:的)?[\u4e00-\u9fff]{0,4}?(?:朋友|伙伴)\s*(?:——|—|--)\s*")
# 济南的另一个意大利朋友——安科纳: a friend or partner introduced by a dash, its name after it
_FRIEND_DASH = re.compile(r"(?:朋友|伙伴)\s*(?:——|—|--)\s*$")


_ACT_IN_GAP = re.compile(r"接收|收到|获赠|受赠|签收|感谢|致信|致函|致电")
# X赠送友好城市Y / X将…送往友城Y (unless 经/由/从/自X): X acts, it does not describe its partner
_GIVE_IN_GAP = re.compile(r"向|给|与|同|和|(?<![作成认])为|捐|赠|寄|送")
_TOWARD_IN_GAP = re.compile(r"往|至|到")
_FROM_BEFORE = re.compile(r"[经由从自]$")


def _possesses_farther(text: str, refs: list[Ref], i: int) -> bool:
    """A Chinese place followed, within a short phrase, by 友好城市/友城 and then a foreign place it owns."""
    r = refs[i]
    for nxt in refs[i + 1:i + 4]:
        if nxt.start - r.end > 20 or _CLAUSE_PUNCT.search(text[r.end:nxt.start]):
            return False
        gap = text[r.end:nxt.start]
        if _ACT_IN_GAP.search(gap):
            return False  # 扬州市外办接收了友好城市日本唐津市捐赠的…: X acts on its partner, it does not describe it
        if nxt.country not in (None, "CN") and (_PARTNER_NOUN_RE.search(gap) or _FRIEND_DASH.search(gap)) and not _GIVE_IN_GAP.search(gap) and not (
                _TOWARD_IN_GAP.search(gap) and not _FROM_BEFORE.search(text[:r.start])):  # X将…送往友城Y: X gives
            return True  # (X赠送友好城市Y的口罩: X gives, the verb stands between)
        if nxt.country not in (None, "CN") and gap in ("在", "于", "位于") and _PARTNER_NOUN_RE.search(nxt.name):
            return True  # 我市在美国的友好城市马里兰州X市: the partner noun read inside the foreign place's name
    return False


def _extend_names(text: str, refs: list[Ref]) -> dict[str, Ref]:
    """Let the name carry a title and person (日本丰川市市长竹本幸夫), as the document names the party.

    Returns the people so named, so that later bare mentions (巴克利致信…) are
    attributed to the same place.
    """
    people: dict[str, Ref] = {}
    swallowed: list[Ref] = []
    for i, r in enumerate(refs):
        limit = refs[i + 1].start if i + 1 < len(refs) else len(text)
        m = TITLE.match(text, TITLE_GAP.match(text, r.end).end())
        if m is not None and m.group(1) is None and m.start() > r.end:
            m = None  # across a gap only a named person ties the title to the place
        if m is None and r.name[-1:] in "市省州" and text[r.end:r.end + 1] == "长":
            m = TITLE.match(text, r.end - 1)  # 安纳波利斯市长: the gazetteer took 市 as the name's suffix
        if m and m.group(1) and "·" in m.group(1) and m.end() > limit and r.key:
            # 甲市市长胡安·门多萨: a place read inside a foreign person's written-out name (after its dot) is
            # part of the name, where it is a place of another country
            inner = [x for x in refs[i + 1:] if x.start < m.end()]
            if all(x.end <= m.end() and x.start > m.start(1) + m.group(1).index("·") and x.country != r.country
                   for x in inner):
                swallowed += inner
                limit = refs[i + 1 + len(inner)].start if i + 1 + len(inner) < len(refs) else len(text)
        if m is None and r.key and r.country != "CN":
            at = r.end - 1 if r.name.endswith("市") and text.startswith("长", r.end) else TITLE_GAP.match(text, r.end).end()
            again = _titled_again(text, at + 2) if text.startswith("市长", at) else ""
            if again and at + 2 + len(again) <= limit:
                # (甲市长某某第一时间致函…某某市长: the name the page titles again is this mayor's)
                m = re.compile("市长(" + re.escape(again) + ")").match(text, at)
        if m and r.end < m.end() <= limit:
            person = m.group(1)
            end = m.end() if not person else m.start(1) + len(persons.trim_name(person))
            r.name = r.name + text[r.end:end]
            r.end = end
            if person and r.key:
                for form, alone in persons.name_forms(persons.trim_name(person), r.country).items():
                    people.setdefault(form if alone else form + "\0", r)  # (a family name only before a title)
    if swallowed:
        refs[:] = [x for x in refs if all(x is not y for y in swallowed)]
    return people


def _mayor_is_another(text: str, place: Ref, name: str) -> bool:
    """The page titled ``place``'s mayor with a person's name other than ``name`` (石卷市长龟山纮 … 王立平市长):
    a city has one mayor, so a mayor named otherwise is not that city's."""
    at = place.end - 1 if place.name.endswith("市") and text.startswith("长", place.end) else \
        TITLE_GAP.match(text, place.end).end()
    if not text.startswith("市长", at):
        return False
    m = TITLE.match(text, at)
    other = persons.trim_name(m.group(1) or "") if m is not None else _titled_again(text, at + 2)
    return len(other) >= 2 and other not in name and name not in other


def _titled_again(text: str, pos: int) -> str:
    """甲市长某某第一时间致函… 某某市长: a name right after a title at ``pos`` that runs on into the words
    after it (so the title's own pattern cannot end it) is the one the page titles again elsewhere
    (某某市长); '' where none is.  Only where the title's own pattern finds no end at all (a title followed by
    a verb, 市长致信张市长, names nobody)."""
    for k in (4, 3, 2):
        cand = text[pos:pos + k]
        if len(cand) == k and re.fullmatch(r"[\u4e00-\u9fff]+", cand) and cand + "市长" in text:
            return cand
    return ""


def _person_place(people: dict[str, Ref], word: str) -> Ref | None:
    """The place of the person ``word`` names: the whole name, else a family name kept only before a title
    (stored with a trailing NUL) that ``word`` starts with."""
    return people.get(word) or next((people[p] for p in people if p.endswith("\0") and word.startswith(p[:-1])), None)


def _people_again(text: str, refs: list[Ref], people: dict[str, Ref]) -> list[Ref]:
    """Later mentions of a person already tied to a place stand for that place."""
    if not people:
        return refs
    taken = [False] * (len(text) + 1)
    for r in refs:
        for i in range(r.start, r.end):
            taken[i] = True
    pattern = re.compile("|".join(re.escape(p.rstrip("\0")) + (persons.TITLE_AFTER.pattern if p.endswith("\0") else "")
                                  for p in sorted(people, key=len, reverse=True) if len(p) >= 2))
    out = list(refs)
    for m in pattern.finditer(text):
        if taken[m.start()]:
            # 甲市市长胡安·门多萨…。门多萨市长说: a place read from the named person's own name, a title right after
            # it, is the person (of the place named with the person first), not a place of some other country
            who = _person_place(people, m.group())
            name_end = m.start() + len(next((p.rstrip("\0") for p in people if m.group().startswith(p.rstrip("\0"))
                                             and people[p] is who), m.group()))
            same = next((r for r in out if who is not None and r.start == m.start() and r.key and who.key
                         and r.country != who.country and r.end >= name_end
                         and persons.title_after(text, name_end) > name_end), None)
            if same is None:
                continue
            out.remove(same)
            for i in range(same.start, same.end):
                taken[i] = False
        src = _person_place(people, m.group())
        if any(taken[m.start():m.end()]):
            # a place that starts inside a known person's name is part of the name (阿吉拉尔市长: not 拉尔市)
            inside = [r for r in out if m.start() < r.start < m.end()]
            if not inside or any(r.start < m.end() < r.end and r.key and r.key == src.key
                                 for r in inside):
                continue
            for r in inside:
                out.remove(r)
                for i in range(r.start, r.end):
                    taken[i] = False
        end = persons.title_after(text, m.end())
        # (某某市长: the bare title read as the page's own mayor is this person's title, so this person's place)
        out = [r for r in out if not (m.end() <= r.start and r.end <= end and r.name == text[r.start:r.end]
                                      and CITY_PRONOUN.fullmatch(r.name))]
        out.append(Ref(m.start(), end, src.key, src.level, text[m.start():end], src.country))
    out.sort(key=lambda r: r.start)
    return out


# 总部位于南京的江苏某企业 / 总部设在X的一家集团: the place a company or society is based in
BASED_IN = re.compile(r"(?:总部|总社|本部)?(?:位于|设在|设于|落户)$")
_BODY_AFTER = re.compile(r"的[^,，。;；]{0,16}?(?:企业|公司|集团|协会|商会|联谊会|基金会|社团|侨团|组织|医院|大学)")


def _based_in(text: str, refs: list[Ref]) -> list[Ref]:
    """总部位于南京的江苏某医疗器械企业: the body stands for the city it is based in, so that city is the party
    (no place of the act, as after 位于 otherwise), and a place named again between it and the body (its
    province, 江苏某企业) only describes the body."""
    out: list[Ref] = []
    skip_until = -1
    for r in refs:
        if r.start < skip_until:
            continue  # a place inside the body's description
        out.append(r)
        if BASED_IN.search(text, max(0, r.start - 6), r.start) and text.startswith("的", r.end):
            body = _BODY_AFTER.match(text, r.end)
            if body is not None:
                r.marker = None
                skip_until = body.end()
    return out


#: 、X、 between two members of a list: a member the reader does not know (the list goes on past it)
_UNREAD_MEMBER = re.compile(r"、[\u4e00-\u9fff]{2,4}(?:、|和|及)")
#: 向A市卫生局官员和B市医院的专家(讲解): after a counterpart marked 向/给, the people of the first place, then 和 and
#: the next place: both are told to (each named by its people), one list of counterparts
_PEOPLE_THEN_AND = re.compile(r"\s*(?:政府|卫生部门|卫生局|卫健委|卫生厅|卫生部|医院|部门)?(?:的)?"
                              r"(?:官员|医生|专家|代表|负责人|工作人员|医护人员|医务人员|同行)\s*(?:、|和|及|以及)\s*")


#: 捐赠 / 赠送 right before a place that 的 follows: the gift phrase names whom it went to (捐赠甲市的口罩)
_GIFT_VERB_HEAD = re.compile(r"(?:捐赠|捐贈|赠送|贈送|捐助|捐献|捐獻)$")
_OF_AFTER_NAME = re.compile(r"\s*(?:[(（][^()（）]{1,30}[)）])?的")


def _mark(text: str, refs: list[Ref]) -> None:
    """Record the preposition before each coordinated list of mentions, and group the list."""
    group = -1
    prev: Ref | None = None
    for r in refs:
        gap = text[prev.end:r.start] if prev is not None else None
        if prev is not None and gap is not None and ((LIST_GLUE.match(gap) or gap == "" or _UNREAD_MEMBER.fullmatch(gap))
                                                     and not _WITH_WORD.search(gap)
                                                     or prev.marker == "from" and AGENT_GLUE.match(gap)
                                                     or prev.marker in ("to", "from") and WITH_AS_AND.match(gap)
                                                     or prev.marker == "to" and _PEOPLE_THEN_AND.fullmatch(gap)
                                                     or WITH_AS_AND.match(gap) and EACH_AFTER.match(text, r.end)):
            r.group, r.marker = group, prev.marker
            prev = r
            continue
        group += 1
        r.group = group
        r.marker = None
        head = text[max(0, r.start - 12):r.start]
        head = FILLER.sub("", head) if head[-1:] in _FILLER_LAST else head
        for word, marker in (MARKERS if head.endswith(_MARKER_WORDS) else ()):
            if head.endswith(word):
                r.marker = marker
                break
        else:
            if _GIFT_VERB_HEAD.search(head) and _OF_AFTER_NAME.match(text, r.end):
                r.marker = "to"  # (另一批)捐赠甲市的口罩: the place right after the gift verb, then 的, is given to
                prev = r
                continue
            if len(r.name) == 1 and re.search(SHORT_FORM_CUE + "$", head) and not head.endswith(("来", "赴")):
                r.marker = "to"  # 运抵蓉, 援鄂: where the goods or the team go
                prev = r
                continue
            # 在首都维也纳: a place after 在 and a short noun is where something happened
            # (同在湾区的奥克兰市: 在…的 describes the party, it does not place an act)
            if _AT_PLACE_BEFORE.search(head) and not _AT_TO.search(head) and not head.endswith("的") \
                    and not _AT_FRAME_CLOSED.search(head):
                r.marker = "at"
        prev = r
