"""Open-world places: a name is a place when the sentence's construction says so, known or not.

The gazetteer's automaton only finds names it holds.  Sister-city news names
small towns, counties and regions that no table has (a Hungarian town, a
Mexican village, a Croatian county), and always in the same few frames:

* a country, then the name, optionally with its admin suffix:
  ``匈牙利索普龙市``, ``墨西哥迪兹詹顿``, ``克罗地亚奥西耶克-巴拉尼亚省``;
* a partner noun, then the name: ``友城X``, ``友好城市X市``, ``友好省X省``,
  ``姐妹城市X`` (the country from a country named just before, if any);
* a foreign province or state already found, then a town in it:
  ``尤卡坦州小镇X``, ``X州首府Y市``;
* a country's capital: ``X首都Y``;
* the next items of a list that began with such a place: ``X市、Y市和Z市``.

The name itself is a run of the characters Chinese spells foreign names with
(``translit_chars.tsv``), ended by an admin suffix or by the first character
outside that set.  Each name found is then resolved within the country named
beside it: an exact Chinese name in the large gazetteer (``geodb``), else a
transliteration match (``transliterate``; not for Japan and Korea, whose names
are read in kanji/hanja), else it stays as written, keyed ``CC/<name>``: still an
actor, still merged by name.  A name found once is recognised again wherever
it recurs in the same text.  An English spelling in brackets right after the
name (``基尔梅斯市（Quilmes）``) is looked up too.
"""
from __future__ import annotations

import csv
import io
import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import Optional

from . import geodb, korean, transliterate
from .gazetteer import gazetteer
from .mention import ActorMention

# suffix -> level of the actor; longer first
SUFFIXES = (("特别自治市", "city"), ("特别市", "city"), ("广域市", "city"), ("联邦区", "adm1"), ("边疆区", "adm1"),
            ("自治州", "adm1"), ("自治区", "adm1"), ("大区", "adm1"), ("地区", "adm1"), ("市", "city"), ("镇", "city"),
            ("町", "city"), ("村", "city"), ("州", "adm1"), ("省", "adm1"), ("县", "adm1"), ("郡", "adm1"),
            ("道", "adm1"), ("府", "adm1"), ("区", "adm1"))
_SUFFIX_RE = "|".join(s for s, _ in SUFFIXES)
_SUFFIX_LEVEL = dict(SUFFIXES)
# the nouns of a tie, longest first (友好省份 before 友好省: 友好省份辽宁省 is not a place 份辽宁);
# Taiwan and Hong Kong write 姊妹市 where the mainland writes 姐妹城市
PARTNER_NOUNS = ("友好交流城市|友好交往城市|友好城市|友好城区|友城|姐妹城市|姊妹城市|姐妹市|姊妹市|姐妹省|姊妹省|姐妹州|姊妹州|"
                 "友好省份|友好省州|友好省|友好州|友好县|友好地区|友好交流地区|友好大区")
# Han-reading countries: their names are not transliterations
HAN_COUNTRIES = frozenset({"JP", "KR", "KP", "TW", "HK", "MO", "SG", "CN"})
# partner nouns and other frames that announce a place name right after them
PARTNER_CUE = re.compile(rf"(?:国际)?(?:{PARTNER_NOUNS})(?:之一)?(?:[—―\-]{{1,2}}|,)?$")
CAPITAL_CUE = re.compile(r"(?:的)?(?:首都|首府|第二大城市|最大城市|小镇|小城|城市|港口城市|港市)$")
LIST_GLUE = re.compile(r"^(?:、|和|及|以及|与|,)$")
# words that end a name even though their characters could spell one
_END_WORDS = ("代表", "市长", "州长", "省长", "县长", "郡守", "知事", "议会", "议长", "政府", "当局", "人民", "居民", "市民",
              "友好", "姐妹", "姊妹", "友城", "地区", "华人", "侨胞", "医院", "大学", "机场", "总领", "领事", "大使", "首都",
              "首府", "卫生", "官员", "代表", "方面", "民众", "分别", "捐赠", "赠送", "送来", "发来", "向", "的")


@lru_cache(maxsize=1)
def _chars() -> frozenset[str]:
    text = resources.files("cityaid").joinpath("data", "translit_chars.tsv").read_text(encoding="utf-8")
    return frozenset(r["char"] for r in csv.DictReader(io.StringIO(text), delimiter="\t"))


def read_name(text: str, pos: int) -> Optional[tuple[int, str, str]]:
    """The place name that starts at ``pos``: (end, name without suffix, suffix) or None.

    The name ends at an admin suffix, or at the first character that no
    transliteration uses, or before a word such as 市长/政府/的.
    """
    chars = _chars()
    i = pos
    n = len(text)
    while i < n and i - pos < 16:
        ch = text[i]
        if ch in "·-‧•" and i > pos and i + 1 < n and text[i + 1] in chars:
            i += 1
            continue
        if i - pos >= 2:
            # an admin suffix ends the name (the longest that matches)
            for suf, _lvl in SUFFIXES:
                if text.startswith(suf, i):
                    after = text[i + len(suf):i + len(suf) + 1]
                    return i + len(suf), text[pos:i], suf
            if text.startswith(_END_WORDS, i):
                break
        if ch not in chars:
            break
        i += 1
    if i - pos < 2:
        return None
    name = text[pos:i]
    if name[-1] in "·-":
        return None
    return i, name, ""


def levels_for(suffix: str) -> tuple[str, ...]:
    lvl = _SUFFIX_LEVEL.get(suffix)
    if lvl == "city":
        return ("city",)
    if lvl == "adm1":
        return ("adm1", "adm2")
    return ("city", "adm1", "adm2")


def resolve(name: str, suffix: str, cc: Optional[str], latin: Optional[str] = None, town: bool = False):
    """(key, level, English name, found in the gazetteer) for an open-world name in country ``cc``.

    Exact Chinese name first (with its suffix, then without), then an English
    spelling given in brackets, then a transliteration match; else the name
    as written, ``CC/<name>``.
    """
    levels = ("city",) if town and not suffix else levels_for(suffix)  # (小城X, 小镇X: a town, not a province)
    own_level = _SUFFIX_LEVEL.get(suffix)
    if geodb.enabled() and cc:
        for form in ((name + suffix, name) if suffix else (name,)):
            hits = sorted(geodb.by_zh(form, cc), key=lambda p: p.level not in levels)
            if hits:
                p = hits[0]
                return p.key, own_level or p.actor_level, p.name, True
        if latin:
            hits = sorted(geodb.by_english(latin, cc), key=lambda p: p.level not in levels)
            if hits:
                p = hits[0]
                return p.key, own_level or p.actor_level, p.name, True
        if cc not in HAN_COUNTRIES:
            found = transliterate.match(name, cc, levels)
            if found is not None:
                p = found[0]
                return p.key, own_level or p.actor_level, p.name, True
    if geodb.enabled() and not cc:
        # no country named: an exact Chinese name, when only one country has it
        for form in ((name + suffix, name) if suffix else (name,)):
            hits = geodb.by_zh(form)
            if hits and len({p.cc for p in hits}) == 1:
                p = hits[0]
                return p.key, own_level or p.actor_level, p.name, True
    if latin and cc:
        return f"{cc}/{geodb.key_name(cc, latin)}", own_level or "city", latin, False
    if cc == "KR":
        rom = korean.romanise(name)  # 高灵郡 -> KR/Goryeong: the reading is regular
        if rom:
            return f"KR/{rom}", own_level or "city", rom, False
    return (f"{cc}/{name}" if cc else None), own_level or "city", None, False


# titles a glossed person's name follows (州长艾波特(Greg Abbott))
_TITLE_ENDS = ("长", "主席", "议员", "官", "书记", "大使", "领事", "总统", "总理", "部长", "先生", "女士", "教授", "医生",
               "经理", "董事", "会长", "主任", "记者", "专员")
_LATIN_AFTER = re.compile(r"\s*[(（]\s*([A-Z][A-Za-z\u00c0-\u024f'’\.\- ]{1,40}?)\s*[)）]")
# a run of transliteration characters glossed at once with a capitalised Latin spelling (an admin suffix between)
_GLOSSED = re.compile(r"(?:市|镇|州|省|县|郡)?" + _LATIN_AFTER.pattern)
# Han-reading countries: a name of 1-4 Han characters before an admin suffix (日本X町, 韩国X郡)
_HAN_NAME = re.compile(r"((?:[\u4e00-\u9fff]|(?<=[\u4e00-\u9fff])[·\-](?=[\u4e00-\u9fff])){1,10}?)(" + _SUFFIX_RE + ")")
_HAN_STOP = set("的和与及等各向对在为是将从把被给了也都已并或其该这那我你他她们本贵两全国人民政府友好城当地"
                "一二三四五六七八九十多个总驻外内时后前中各每些所部社会局院校厅馆通过经由让使令请派赴往到于即并"
                "据说称示谢感报网讯社刊台站团队组代表书有缔姐姊妹转赠捐送寄运交接收") - {"城"}


def _known_han(name: str, suffix: str, cc: Optional[str]) -> bool:
    """A Japanese/Korean name the large gazetteer holds, though it starts with a word such as 与 (与那国町)."""
    return bool(cc in ("JP", "KR") and geodb.enabled() and (geodb.by_zh(name + suffix, cc) or geodb.by_zh(name, cc)))


# adverbs that follow a clause's subject (X已收到, X也发来, X曾致信): a transliterated name ends before them
_SUBJECT_ADVERBS = frozenset("已也曾还亦则又再均都即随")
# words for kinds of places, written with an admin suffix (城市, 城镇): never a place's name
_GENERIC_PLACE_WORDS = frozenset({"城市", "城镇", "城区", "市区", "市镇", "乡镇", "乡村", "村镇", "都市", "州府", "省府",
                                  "县城", "郡县", "州县", "城乡", "城郡"})
# those that start no transliteration either (都 does: 都灵, 都柏林)
_LEADING_ADVERBS = _SUBJECT_ADVERBS - {"都"}


def _is_han(ch: str) -> bool:
    return bool(ch) and "\u4e00" <= ch <= "\u9fff"
_CONNECT_AFTER_COUNTRY = re.compile(rf"(?:的)?(?:国际)?(?:{PARTNER_NOUNS}|首都|首府|小镇|小城|城市|"
                                    r"(?:第[二三四五六七八九十]|最)大(?:城市|城|港口城市|港市|港)|"
                                    r"(?:东|西|南|北|中|东南|东北|西南|西北)部(?:的)?(?:小镇|小城|城市|港口城市)?)?")
# (泰国东北部X府: a bare part of the country says where, not that a name follows; the name needs a suffix or the
# gazetteer)
_BARE_PART = re.compile(r"(?:的)?(?:东|西|南|北|中|东南|东北|西南|西北)部(?:的)?")
# (爱荷华州东部小城X: a part of the region named before the kind of town)
_TOWN_WORD = re.compile(r"小城|小镇|城镇|市镇")
# (X市近郊的小城Y, X附近的小镇Y: a town near a city, named as such)
_CONNECT_AFTER_CITY = re.compile(r"(?:市)?(?:近郊|郊区|附近|周边|以北|以南|以东|以西)(?:的)?(?:小城|小镇|城镇|城市|市镇)")
# (X州的葡萄酒小城Y, X州的温泉小镇Y: a word of up to four characters may say what kind of town)
_CONNECT_AFTER_REGION = re.compile(r"(?:的)?(?:(?:东|西|南|北|中|东南|东北|西南|西北|中西|中东)部(?:的)?)?"
                                   r"(?:首府|首都|小镇|小城|城市|港口城市|[\u4e00-\u9fff]{1,4}?(?:小城|小镇))?")


_MACHI = re.compile(r"[\u4e00-\u9fff]町")
_GUN = re.compile(r"([\u4e00-\u9fff]{2})(郡)(?!守)")  # 郡守 is the title: X郡守 is a person
_KR_GU = re.compile(r"([\u4e00-\u9fff]{1,3}?)(区)(?:厅|政府)?")
# Korea's metropolitan cities that have counties (郡) as well as wards (区)
_KR_METRO_GUN = frozenset({"KR/Busan", "KR/Daegu", "KR/Incheon", "KR/Ulsan"})
_KR_METRO_GUN_RE = re.compile(r"([\u4e00-\u9fff]{2})(郡)(?:厅|政府)?")
# the one-character wards every metropolitan city has: 中区 Jung-gu, 东区 Dong-gu ...
_KR_DIRECTION_WARDS = frozenset("中东西南北")


def _ward_en(name: str, rom: str) -> str:
    """A ward's name in a key: a one-character ward keeps -gu (Jung-gu, Dong-gu: the bare syllable names
    nothing); a longer one is its name alone, as English writes Jongno District or Gangnam (KR/Seoul/Gangnam)."""
    return f"{rom}-gu" if len(name) == 1 else rom


def _ward_name(name: str) -> bool:
    """The name before 区 can be a Korean ward's: not 市区, 疫区, 灾区, 地区; a direction alone is (中区)."""
    if name in _KR_DIRECTION_WARDS:
        return True
    return not any(ch in _HAN_STOP or ch in "地疫灾郊城社园景辖" for ch in name)
_SUFFIX_CHARS = frozenset("".join(s for s, _ in SUFFIXES))
_BARE_DIVISION = re.compile(r"省|州|大区")
_TITLED = re.compile(r"(州|省|市|县|郡|道|府|大区)(?=政府|市长|州长|省长|县长|郡守|知事|道知事|议会|长官|行政议员)")


def _name_before(text: str, end: int) -> int:
    """Start of the longest plausible foreign name ending at ``end`` (walking back over name characters)."""
    chars = _chars()
    start, outside = end, 0
    while start > 0 and end - start < 10:
        ch = text[start - 1]
        if ch in "·-" and start - 1 > 0 and _is_han(text[start - 2]):
            start -= 1
            continue
        if not _is_han(ch) or ch in _HAN_STOP:
            break
        if ch not in chars:
            if outside == 2:
                break
            outside += 1
        start -= 1
    return start
_BRACKET_COUNTRY = re.compile(r"[(（]([\u4e00-\u9fff]{2,8})[)）]")


def _country_in_brackets(text: str, pos: int, mentions: list) -> Optional[str]:
    """``X省省长阿努西奇(克罗地亚)``: a country in brackets shortly after the title and name."""
    m = _BRACKET_COUNTRY.search(text, pos, pos + 16)
    if m is None or re.search(r"[,。;、]", text[pos:m.start()]):
        return None
    for x in mentions:
        if m.start(1) <= x.start and x.end <= m.end(1) and x.level == "country":
            return x.country
    return None


def _overlaps(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(s < b and a < e for s, e in spans)


# the suffixes of a first-level division written after a name the automaton read as a city or a country
_REGION_SUFFIX = re.compile(r"(?:大区|地区|省|州|府|县|区)")
# a region named as its country with a direction before it: 大波兰省, 上奥地利州, 下萨克森州
_REGION_PREFIX = frozenset("大小上下东西南北中新")


def _widen_to_region(text: str, out: list, spans: list) -> dict:
    """罗兹省, 卢布林省, 小波兰省: the automaton reads the city (罗兹) or the country (波兰) and leaves the
    suffix; when the large gazetteer holds the name with its suffix as a first-level division of that
    country, the mention is that division (a voivodeship, a state), suffix included.  Returns
    {id(old mention): new mention}."""
    widened = {}
    for i, m in enumerate(list(out)):
        if not m.country or m.country == "CN" or m.key is None or m.level not in ("city", "country"):
            continue
        if m.surface[-1:] in _SUFFIX_CHARS:
            continue
        suf = _REGION_SUFFIX.match(text, m.end)
        if suf is None or _overlaps(spans, m.end, suf.end()):
            continue
        start = m.start
        if m.level == "country":
            if start == 0 or text[start - 1] not in _REGION_PREFIX or _overlaps(spans, start - 1, start):
                continue
            start -= 1
        form = text[start:suf.end()]
        hits = [p for p in geodb.by_zh(form, m.country) if p.level != "city"]
        if not hits:
            continue
        p = hits[0]
        new = ActorMention(start, suf.end(), form, p.key, "adm1", m.country, p.name, (p.key,))
        j = out.index(m)
        out[j] = new
        spans[spans.index((m.start, m.end))] = (start, suf.end())
        widened[id(m)] = new
    return widened


def _widen_to_us_county(text: str, out: list, spans: list) -> dict:
    """萨克拉门托县, 洛杉矶县: an American city's name with 县 (Taiwan: 郡) is the county named after it, keyed
    as a county (US/Sacramento County).  Returns {id(old mention): new mention}."""
    widened = {}
    for m in list(out):
        if m.country != "US" or m.level != "city" or not m.name_en or m.surface[-1:] in _SUFFIX_CHARS:
            continue
        if text[m.end:m.end + 1] not in ("县", "郡") or _overlaps(spans, m.end, m.end + 1):
            continue
        key, level, en = _us_county(m.key, m.name_en)
        new = ActorMention(m.start, m.end + 1, text[m.start:m.end + 1], key, level, "US", en, (key,))
        out[out.index(m)] = new
        spans[spans.index((m.start, m.end))] = (m.start, m.end + 1)
        widened[id(m)] = new
    return widened


# words a GeoNames translation sometimes gives a place (美国农村 is rural America, not a town)
_WORDS_NOT_NAMES = frozenset("农村 乡村 城镇 城市 小镇 山区 中部 东部 西部 南部 北部 首都 当地".split())
# words for a kind of area, not a name, before an admin suffix: 越方边境地区, 沿海各省, 周边地区;
# and 某市, 某州 (a town the page does not name)
_AREA_WORDS = frozenset("边境 沿边 沿海 周边 边疆 内陆 其他 其它 部分 有关 相关 疫区 灾区 重灾".split())


def _area_word(name: str) -> bool:
    return name in _WORDS_NOT_NAMES or name in _AREA_WORDS or name[:1] in ("某", "各")


def _exact_before_word(text: str, pos: int, cc: Optional[str]) -> Optional[tuple[int, str, str]]:
    """(end, name, "") of the longest run of 2-6 Han characters at ``pos`` that the large gazetteer
    holds as a place of ``cc`` by that exact Chinese name: a known name right after its country runs on
    into the verb after it (菲律宾宿务收到, 越南海防发来), where no suffix or word ends it."""
    if not cc or not geodb.enabled():
        return None
    n = 0
    while n < 6 and pos + n < len(text) and _is_han(text[pos + n]):
        n += 1
    for k in range(n, 1, -1):
        name = text[pos:pos + k]
        if name not in _WORDS_NOT_NAMES and geodb.by_zh(name, cc):
            return pos + k, name, ""
    return None


def _sound_before_word(text: str, pos: int, cc: Optional[str]) -> Optional[tuple[int, str, str]]:
    """(end, name, "") of the longest run of 3-6 transliteration characters at ``pos`` that sounds like a town or
    region of ``cc``: a transliterated name right after its country and a word that says it is a town
    (第二大城市, 首府, 友城) runs on into the verb after it (…德雷达瓦接收了), where no suffix ends it."""
    if not cc or cc in HAN_COUNTRIES or not geodb.enabled():
        return None
    chars = _chars()
    n = 0
    while n < 6 and pos + n < len(text) and text[pos + n] in chars:
        n += 1
    for k in range(n, 2, -1):
        name = text[pos:pos + k]
        if name not in _WORDS_NOT_NAMES and transliterate.match(name, cc, ("city", "adm1")) is not None:
            return pos + k, name, ""
    return None


def _us_county(key: Optional[str], en: Optional[str]) -> tuple[Optional[str], str, Optional[str]]:
    """罗克兰县 in the United States is a county, keyed by its English name with "County"
    (US/Rockland County) and counted a city-level actor, as the spec's keys write US counties."""
    if en and not en.endswith("County"):
        en = f"{en} County"
        key = f"US/{en}"
    return key, "city", en


def _page_countries(mentions: list) -> list[str]:
    """The foreign countries (not read in Han characters) that the page names, most named first."""
    named = Counter(m.country for m in mentions if m.level == "country" and m.country and m.key == m.country
                    and m.country not in HAN_COUNTRIES)
    return [cc for cc, _n in named.most_common()]


_PART_TAIL = re.compile(r"(?:的)?(?:东|西|南|北|中|东南|东北|西南|西北)部(?:的)?$")


def _names_same(surface: str, name: str, suf: str) -> bool:
    """``surface`` (菲律宾宿务, 宿务市) names ``name``: it ends with it, after nothing or after a name the gazetteer
    knows (a country, a region, with a part of it: 老挝北部X); not a longer name ending the same (琅南塔 is no 南塔)."""
    for form in (name + suf, name) if suf else (name,):
        if surface.endswith(form):
            head = _PART_TAIL.sub("", surface[: len(surface) - len(form)])
            if not head or head in gazetteer().by_surface:
                return True
    return False


def add_open(text: str, mentions: list) -> list:
    """``mentions`` (the automaton's, in order) plus the open-world places the constructions mark."""
    if not text:
        return list(mentions)
    out = list(mentions)
    spans = [(m.start, m.end) for m in out]
    names: dict[str, tuple] = {}  # name as written (no suffix) -> (key, level, cc, en)
    wards: dict[str, tuple] = {}  # a Korean ward or county as written (中区, 达城郡) -> (key, English name)

    def take(pos: int, cc: Optional[str], strong: bool, town: bool = False) -> Optional[ActorMention]:
        must_resolve = False
        if pos >= len(text):
            return None
        if text[pos:pos + 1] in ("·", "-", "—") or text.startswith(_END_WORDS, pos):
            return None  # 大阪府知事吉村: a title, not the start of a town's name
        mt = (_GUN.match(text, pos) if cc == "KR" else None) or _HAN_NAME.match(text, pos)  # 清道郡, not 清+道
        if mt and all(ch in _SUFFIX_CHARS for ch in mt.group(1)):
            return None  # 县市, 町村: the kinds of place, not a name
        if mt and (not any(ch in _HAN_STOP for ch in mt.group(1)) or _known_han(mt.group(1), mt.group(2), cc)) \
                and "联邦" not in mt.group(1) and (
                len(mt.group(1)) >= 2 or mt.group(2) in ("市", "町", "村", "郡")) and (
                cc in HAN_COUNTRIES or sum(ch not in _chars() for ch in mt.group(1)) <= 2):
            end, name, suf = mt.end(), mt.group(1), mt.group(2)
        elif cc in HAN_COUNTRIES:
            return None
        else:
            got = read_name(text, pos)
            if got is not None and not got[2] and _is_han(text[got[0]:got[0] + 1]) \
                    and not text.startswith(_END_WORDS, got[0]):
                if text[got[0]] in _SUBJECT_ADVERBS and len(got[1]) >= 3:
                    must_resolve = True  # 法国友城阿维尼翁已收到: the adverb after a subject ends its name
                else:
                    got = None  # the run stopped inside a longer word: not a name we can read
            if got is None:
                got = _exact_before_word(text, pos, cc)  # 菲律宾宿务收到…
            if got is None and strong:
                got = _sound_before_word(text, pos, cc)  # 埃塞俄比亚第二大城市德雷达瓦接收了…
            if got is None:
                return None
            end, name, suf = got
        if name + suf in _GENERIC_PLACE_WORDS:
            return None  # 友好省州城市: the word for a city after a partner noun, not a town named 城
        if name[0] in _LEADING_ADVERBS:
            must_resolve = True  # 东戈壁省曾致函自治区: an adverb and a verb after a subject, not a transliteration
        if _area_word(name):
            return None
        inner = [x for x in out if pos <= x.start and x.end <= end]
        if any(x.start < end and pos < x.end and x not in inner for x in out):
            return None
        if inner and (not suf or any(x.level == "country" or (x.start, x.end) == (pos, end) for x in inner)):
            return None
        if any(x.country == "CN" and x.end == end for x in inner):
            return None  # 友城点赞兰州经验: the run ran on into a Chinese place's own name (兰州), not a foreign one
        if any(x.key and x.country not in (None, cc) and x.end == end and x.start > pos and x.end - x.start >= 3
               for x in inner):
            return None  # 彰化县致函洛桑市: the run after a place ran on into another country's known town
            # (a short form such as 曼省 inside 图库曼省 is no town's whole name)
        latin = _LATIN_AFTER.match(text, end)
        if latin is None:  # 艾福特、哈勒 ... 艾福特(Erfurt): the page spells it out at another mention
            for again in re.finditer(re.escape(name) + f"(?:{_SUFFIX_RE})?", text):
                latin = _LATIN_AFTER.match(text, again.end())
                if latin is not None:
                    break
        latin_name = latin.group(1).strip() if latin else None
        key, level, en, known = resolve(name, suf, cc, latin_name, town)
        if not known and suf == "区" and len(name) >= 3 and name[-1] in "东南西北中":
            # 里斯本北区医院: a quarter of a known city told by its direction is that city, not a town of its own
            got = resolve(name[:-1], "", cc, None, town)
            if got[3]:
                key, level, en, known = got
        if not known and cc is None:
            # 友城巴塞隆拿 with no country beside it: a name the page's own foreign countries know (a Hong Kong or
            # Taiwan spelling, matched by its sound), the country the page names most first
            for pc in _page_countries(out):
                got = resolve(name, suf, pc, latin_name, town)
                if got[3]:
                    key, level, en, known = got
                    cc = pc
                    break
        if not known:  # 宿务市市长…: a name the page has already placed (菲律宾宿务) keeps that place,
            # though a country named nearer (印尼泗水市) would guess a town of its own under that name
            seen = next((x for x in out if x.key and x.country not in (None, "CN") and x.level != "country"
                         and x.name_en and _names_same(x.surface, name, suf) and (x.start, x.end) != (pos, end)),
                        None)
            if seen is not None:
                key, level, en, known, cc = seen.key, seen.level, seen.name_en, True, seen.country
        if must_resolve and not known:
            return None  # (a run cut before an adverb is a name only where the gazetteer knows it)
        if cc is None and key and "/" in key:
            cc = key.split("/", 1)[0]
        if cc == "US" and suf in ("县", "郡"):  # (Taiwan writes a US county 郡)
            key, level, en = _us_county(key, en)
        elif cc == "IE" and suf in ("县", "郡") and en and known:
            en = en if en.startswith("County ") else f"County {en}"  # 爱尔兰科克郡: County Cork, as Ireland writes it
            key = f"IE/{en}"
        if not (suf or strong or known or latin_name):
            return None
        m = ActorMention(pos, end, text[pos:end], key, level, cc, en, (key,) if key else ())
        for x in inner:  # 伏尔加河沿岸联邦区 over the automaton's 联邦区
            out.remove(x)
            spans.remove((x.start, x.end))
        out.append(m)
        spans.append((pos, end))
        if known or suf or latin_name or len(name) >= 3:
            names.setdefault(name, (key, level, cc, en))  # a bare two-character guess is not spread
        return m

    def follow_list(m) -> None:
        """X市、Y市和Z市: the next items of a list, in X's country, when they carry a suffix or resolve."""
        cur = m
        for _ in range(12):
            glue = re.match(r"(?:、|和|及|以及|与|,)", text[cur.end:cur.end + 2])
            if not glue:
                return
            nxt = take(cur.end + glue.end(), cur.country, strong=False)
            if nxt is None:
                return
            cur = nxt

    def after(m, depth: int = 0) -> None:
        """What may follow a foreign place: a place inside it (country -> region -> town), else a list."""
        if not m.country or m.country == "CN" or m.key is None or depth > 3:
            return
        if m.country == "KR" and m.level == "city" and m.key.count("/") == 1:
            gu = _KR_GU.match(text, m.end)  # 大邱广域市东区厅: a district of a metropolitan city
            if gu and not _ward_name(gu.group(1)):
                gu = None  # 市区, 疫区, 灾区, 地区: not a district's name
            if gu is None and m.key in _KR_METRO_GUN:
                gu = _KR_METRO_GUN_RE.match(text, m.end)  # 大邱广域市达城郡: a county of a metropolitan city
                if gu and any(ch in _HAN_STOP for ch in gu.group(1)):
                    gu = None
            rom = korean.romanise(gu.group(1)) if gu else None
            inner = [x for x in out if gu.start() <= x.start and x.end <= gu.end()] if gu else []
            if rom and all(x.country == "CN" for x in inner):  # not 攀枝花's 东区
                for x in inner:
                    out.remove(x)
                    spans.remove((x.start, x.end))
            if rom and not _overlaps(spans, gu.start(), gu.end()):
                en = _ward_en(gu.group(1), rom) if gu.group(2) == "区" else rom  # a county is its name (KR/Muan)
                key = f"{m.key}/{en}"
                out.append(ActorMention(gu.start(), gu.end(), gu.group(), key, "district", "KR", en, (key,)))
                spans.append((gu.start(), gu.end()))
                wards[gu.group(1) + gu.group(2)] = (key, en)
                return
        if m.level == "country":
            gap = _CONNECT_AFTER_COUNTRY.match(text, m.end)
        elif m.level == "adm1":
            gap = _CONNECT_AFTER_REGION.match(text, m.end)
        else:
            gap = _CONNECT_AFTER_CITY.match(text, m.end)  # 佛罗伦萨近郊的小城X: a town beside the city
            if gap is not None and m.country in HAN_COUNTRIES:
                gap = None
        new = take(gap.end(), m.country, bool(gap.group()) and not _BARE_PART.fullmatch(gap.group()),
                   bool(gap is not None and _TOWN_WORD.search(gap.group()))) if gap is not None else None
        if new is not None:
            after(new, depth + 1)
            follow_list(new)
        elif m.level != "country":
            follow_list(m)

    widened = _widen_to_region(text, out, spans)
    widened.update(_widen_to_us_county(text, out, spans))
    if widened:  # what follows a widened place follows the region (老街省、河江省)
        mentions = [widened.get(id(m), m) for m in mentions]
    rekeyed: dict[int, ActorMention] = {}
    # homonyms: a known name right after a country is that country's place when the large gazetteer
    # has one of that name there (新西兰汉密尔顿市 is not Hamilton, US); so is a city right after a region
    # of that country (加拿大安大略省汉密尔顿市: the region is Canada's, so is the city), and a city with
    # its country in brackets after it (汉密尔顿(新西兰))
    for i, m in enumerate(list(out)):
        if m.level not in ("country", "adm1") or not m.country or m.country == "CN":
            continue
        j = None
        if (m.level == "country" and i >= 1 and text[m.start - 1:m.start] == "("
                and text.startswith(")", m.end) and out[i - 1].end == m.start - 1 and out[i - 1].level == "city"):
            j = i - 1
        elif i + 1 < len(out):
            x = out[i + 1]
            if m.level == "country":
                gap = _CONNECT_AFTER_COUNTRY.match(text, m.end)
                j = i + 1 if x.start == gap.end() else None
            elif x.level == "city" and m.key is not None and "/" in m.key:
                gap = _CONNECT_AFTER_REGION.match(text, m.end)
                j = i + 1 if x.start == gap.end() else None
        if j is None:
            continue
        x = out[j]
        if x.level == "country" or x.country in (None, "CN", m.country) or x.key is None:
            continue
        name, suf = x.surface, ""
        for s_, _l in SUFFIXES:
            if name.endswith(s_) and len(name) - len(s_) >= 2:
                name, suf = name[: -len(s_)], s_
                break
        key, level, en, known = resolve(name, suf, m.country)
        if not known and (m.country in HAN_COUNTRIES or x.country in HAN_COUNTRIES):
            # 韩国东海市 (Donghae) is no Tokai, Japan: a name read in Han characters is the named country's own
            # (a Korean one by its reading), never keyed by the homonym's English name
            known = key is not None
        elif not known and x.level == "city" and x.name_en:
            # 墨西哥莱昂市: the large gazetteer has no Chinese name for it, but a homonym's (León, Nicaragua)
            # is a transliteration of the same Latin name; the place is the named country's.  Only where the
            # country has a place of that Latin name: 德国莱尔市 is no Rhyl (Wales), but the German town as written
            if geodb.has_english_start(x.name_en, m.country):
                key, en = f"{m.country}/{geodb.key_name(m.country, x.name_en)}", x.name_en
            known = key is not None
        if known:
            out[j] = ActorMention(x.start, x.end, x.surface, key, x.level, m.country, en, (key,))
            names.setdefault(name, (key, x.level, m.country, en))
            rekeyed[id(x)] = out[j]
    for m in list(mentions):
        after(rekeyed.get(id(m), m))  # (a list goes on in the country the homonym pass chose: 德国莱尔市和X市)
    # 德班所在的夸祖鲁-纳塔尔省: the region a foreign city lies in, of the city's country
    for m in [x for x in out if x.country not in (None, "CN") and x.level != "country" and x.key]:
        if text.startswith("所在的", m.end) and not _overlaps(spans, m.end + 3, m.end + 4):
            take(m.end + 3, m.country, strong=True)
    # partner nouns: 友城X, 友好城市X市 (the country from the nearest country named before the noun)
    for cue in re.finditer(rf"(?:{PARTNER_NOUNS})(?:之一)?(?:[—―\-]{{1,2}}|,|:|、)?", text):
        pos, at = cue.end(), cue.start()
        if _overlaps(spans, pos, pos + 1):
            continue
        before = [x for x in out if x.end <= at and at - x.end <= 12 and x.country]
        cc = before[-1].country if before else None
        if cc == "CN":
            cc = None
        if cc is None:  # else the foreign country the paragraph names last (在墨西哥，…转交给友城X)
            para = text.rfind("\n", 0, at) + 1
            named = [x for x in out if para <= x.start and x.end <= at and x.level == "country"
                     and x.country not in (None, "CN")]
            cc = named[-1].country if named else None
        new = take(pos, cc, strong=True)
        if new is not None:
            after(new)
            follow_list(new)
    # a name with its suffix before a title or 政府, in a text about a foreign country:
    # 槟城州政府, X省省长Y(克罗地亚)
    for mt in _TITLED.finditer(text):
        pos = _name_before(text, mt.start())
        if mt.start() - pos < 2:
            continue
        # 沙巴州政府: a Chinese district's short form with its suffix (巴州) read at the end of a longer name
        # gives way below, where the whole name is a division of the foreign country
        glued = [x for x in out if x.start < mt.end() and pos < x.end]
        if glued and not all(x.country == "CN" and x.level == "district" and pos < x.start and x.end <= mt.end()
                             for x in glued):
            continue
        if text[mt.start() - 1] == "以":
            continue  # X曾以市议会名义: 以 opens a phrase naming the body (市议会), the suffix is no name's end
        if text[pos] in "市县省郡":
            continue  # 我市以市政府名义: a name does not open with an admin suffix (that of 我市 before it)
        cc = _country_in_brackets(text, mt.end(), out)
        if cc is None:
            before = [x for x in out if x.end <= pos and pos - x.end <= 400 and x.level == "country" and x.key]
            cc = before[-1].country if before else None
        if cc is None or cc == "CN":
            continue
        if glued:
            if not resolve(text[pos:mt.start()], mt.group(1), cc)[3]:
                continue
            for x in glued:
                out.remove(x)
                spans.remove((x.start, x.end))
        new = take(pos, cc, strong=True)
        if new is None and glued:
            out.extend(glued)
            spans.extend((x.start, x.end) for x in glued)
            out.sort(key=lambda m: (m.start, -m.end))
        if new is not None:
            follow_list(new)
    # X郡 with no country before it (分别向X郡、Y郡…): 郡 is a Korean (or Japanese) county today,
    # not a Chinese one; the country is the Korea/Japan its paragraph names nearest, else the one
    # the text names more, else Korea (when the name has a Korean reading)
    for mt in (_GUN.finditer(text) if "郡" in text else ()):  # (speed) no 郡, no county to read
        pos = mt.start()
        if _overlaps(spans, pos, mt.end()) or any(ch in _HAN_STOP for ch in mt.group(1)):
            continue
        if pos > 0 and _is_han(text[pos - 1]) and text[pos - 1] not in _HAN_STOP:
            continue
        para = (text.rfind("\n", 0, pos) + 1, (text.find("\n", pos) + 1 or len(text) + 1) - 1)
        near = sorted((x for x in out if x.country in ("KR", "JP") and x.key and para[0] <= x.start < para[1]),
                      key=lambda x: (x.end > pos, abs(pos - x.end)))
        counts = Counter(x.country for x in out if x.country in ("KR", "JP") and x.key)
        if near:
            cc = near[0].country
        elif counts["JP"] > counts["KR"]:
            cc = "JP"
        else:
            cc = "KR" if korean.romanise(mt.group(1)) else None
        if cc is None:
            continue
        new = take(pos, cc, strong=True)
        if new is not None:
            follow_list(new)
    # X町 with no country before it (向东川町捐赠): 町 is a Japanese town's suffix, not a Chinese one; a
    # town of Japan when the large gazetteer holds the name there (the longest name before 町 that it holds)
    for mt in (_MACHI.finditer(text) if "町" in text else ()):
        end = mt.end()
        if _overlaps(spans, end - 1, end):
            continue
        first = end - 1
        while first > 0 and end - 1 - first < 6 and _is_han(text[first - 1]) and text[first - 1] not in _HAN_STOP:
            first -= 1
        for pos in range(first, end - 2):
            if _overlaps(spans, pos, end) or (pos > 0 and text[pos - 1] == "·"):
                continue
            name = text[pos:end - 1]
            hits = geodb.by_zh(name + "町", "JP") or geodb.by_zh(name, "JP")
            if not hits:
                continue
            p = hits[0]
            m = ActorMention(pos, end, text[pos:end], p.key, "city", "JP", p.name, (p.key,))
            out.append(m)
            spans.append((pos, end))
            names.setdefault(name, (p.key, "city", "JP", p.name))
            break
    # a transliteration glossed with its own spelling, 哈勒(Halle): a place when that spelling is a place
    # of the foreign country the text names (nearest before, else most); a person's name, glossed the
    # same way, follows a title (州长艾波特(Greg Abbott)) or is no place of that country
    chars = _chars()
    for mt in _GLOSSED.finditer(text):
        end = pos = mt.start()
        while pos > 0 and end - pos < 12 and (text[pos - 1] in chars or (text[pos - 1] == "·" and pos - 1 < end - 1)):
            pos -= 1
        if end - pos < 2 or _overlaps(spans, pos, end) or text[max(0, pos - 2):pos].endswith(_TITLE_ENDS):
            continue
        if pos > 0 and _is_han(text[pos - 1]) and text[pos - 1] not in _HAN_STOP and text[pos - 1] not in "现于在到":
            continue  # the run may have started inside a longer word
        before = [x for x in out if x.end <= pos and pos - x.end <= 400 and x.level == "country"
                  and x.country not in (None, "CN")]
        if before:
            cc = before[-1].country
        else:
            counts = Counter(x.country for x in out if x.level == "country" and x.country not in (None, "CN"))
            cc = counts.most_common(1)[0][0] if counts else None
        if cc is None or not geodb.enabled():
            continue
        hits = sorted(geodb.by_english(mt.group(1).strip(), cc), key=lambda p: p.level == "adm2")
        if not hits:
            continue
        p = hits[0]
        m = ActorMention(pos, end, text[pos:end], p.key, p.actor_level, cc, p.name, (p.key,))
        out.append(m)
        spans.append((pos, end))
        names.setdefault(text[pos:end], (p.key, p.actor_level, cc, p.name))
    # X省 / X州 / X大区 with no country before it (X省是武汉在法国的友好省, 向X省捐赠): a first-level division of a
    # foreign country the page names, where the large gazetteer holds that name there (a name of three
    # characters or more may also sound like one of its divisions)
    countries = _page_countries(out)[:3]
    for mt in (_BARE_DIVISION.finditer(text) if countries and geodb.enabled() else ()):
        end = mt.start()
        if _overlaps(spans, end, mt.end()):
            continue
        first = end
        while first > 0 and end - first < 10 and text[first - 1] in chars:
            first -= 1
        hit = None
        for pos in range(first, end - 1):
            if _overlaps(spans, pos, end):
                continue
            name, suf = text[pos:end], mt.group()
            if name in _WORDS_NOT_NAMES or _area_word(name):
                continue
            for cc in countries:
                if len(name) < 3 and not (geodb.by_zh(name + suf, cc) or geodb.by_zh(name, cc)):
                    continue
                key, level, en, found = resolve(name, suf, cc)
                if found and level == "adm1" and key and key.isascii():
                    hit = (pos, name, key, level, cc, en)
                    break
            if hit:
                break
        if hit:
            pos, name, key, level, cc, en = hit
            out.append(ActorMention(pos, mt.end(), text[pos:mt.end()], key, level, cc, en, (key,)))
            spans.append((pos, mt.end()))
            names.setdefault(name, (key, level, cc, en))
    _korean_wards(text, out, spans, wards, names)
    # a name found once is the same place wherever it recurs
    for name, (key, level, cc, en) in names.items():
        if len(name) < 2:
            continue
        for mt in re.finditer(re.escape(name), text):
            end = mt.end()
            for suf, _lvl in SUFFIXES:
                if text.startswith(suf, end):
                    end += len(suf)
                    break
            if _overlaps(spans, mt.start(), end):
                # a shorter foreign name inside this one (塔尔, a Swiss village, inside 塔尔萨) gives way
                inner = [x for x in out if x.start < end and mt.start() < x.end]
                if (inner and key and key.isascii() and end > mt.end()
                        and all(x.country == "CN" and x.level == "district" and mt.start() < x.start and x.end <= end
                                for x in inner)):
                    pass  # 沙巴州 again: a Chinese district's short form glued inside it (巴州) gives way
                elif not inner or len(name) < 3 or any(x.start < mt.start() or x.end > mt.end()
                                                       or x.country in (None, "CN") or x.end - x.start >= len(name)
                                                       for x in inner):
                    continue
                for x in inner:
                    out.remove(x)
                    spans.remove((x.start, x.end))
            out.append(ActorMention(mt.start(), end, text[mt.start():end], key, level, cc, en,
                                    (key,) if key else ()))
            spans.append((mt.start(), end))
    _first_char_short_forms(text, out, spans)
    out.sort(key=lambda m: (m.start, -m.end))
    return out


_KR_METRO = frozenset({"KR/Seoul", "KR/Busan", "KR/Daegu", "KR/Incheon", "KR/Gwangju", "KR/Daejeon", "KR/Ulsan"})
_WARD_OFFICE = re.compile("区厅")


def _korean_wards(text: str, out: list, spans: list, wards: dict, names: dict) -> None:
    """A Korean ward named once under its city (首尔中区, 首尔市钟路区) is that ward wherever the page names
    it again alone (钟路区向东城区捐赠, 中区厅长); and X区厅 (the ward's office, a word Chinese districts do
    not use) names a ward of the one metropolitan city the page names, though it never writes them together."""
    metros = {x.key for x in out if x.key in _KR_METRO} if "区厅" in text else set()
    if len(metros) == 1:  # (X区厅 alone names a ward only where the page names one metropolitan city)
        g = gazetteer()
        for mt in _WARD_OFFICE.finditer(text):
            pos = mt.start()
            start = pos
            while start > 0 and pos - start < 3 and _is_han(text[start - 1]) and text[start - 1] not in _HAN_STOP:
                start -= 1
            name = text[start:pos]
            if not name or name + "区" in wards or _overlaps(spans, start, pos + 1) or not _ward_name(name) \
                    or g.by_surface.get(name + "区"):
                continue
            rom = korean.romanise(name)
            if rom:
                en = _ward_en(name, rom)
                key = f"{next(iter(metros))}/{en}"
                wards[name + "区"] = (key, en)
    for form, (key, en) in wards.items():
        for mt in re.finditer(re.escape(form), text):
            s, e = mt.span()
            if text[e:e + 1] == "域":
                continue
            same = [x for x in out if x.start < e and s < x.end]
            if same and not all(x.country == "CN" and x.level == "district" and s <= x.start and x.end <= e
                                for x in same):
                continue  # (a Chinese district of the same name, 东区, gives way to the ward the page is about)
            if len(form) == 2 and s > 0 and _is_han(text[s - 1]) and text[s - 1] not in _HAN_STOP:
                continue  # 华中区: a one-character ward only where a word starts (what was read there stays)
            for x in same:
                out.remove(x)
                spans.remove((x.start, x.end))
            out.append(ActorMention(s, e, form, key, "district", "KR", en, (key,)))
            spans.append((s, e))
        if form.endswith("郡") and len(form) >= 3:
            names.setdefault(form[:-1], (key, "district", "KR", en))  # 达城郡守: the county's head


# the words after which a city's short form may start (向温市, 据温市): not 等/多/各 (等多市 is many cities)
_SHORT_FORM_AFTER = frozenset("在向与和对为从及由将把给据但而则即至到让")


def _first_char_short_forms(text: str, out: list, spans: list) -> None:
    """温哥华 … 温市, 多伦多 … 多市: overseas Chinese papers shorten a foreign city of three or more
    characters, once named, to its first character and 市.  Taken where that short form is no name of
    its own, only one city named on the page starts with that character, and the form starts a word."""
    if "市" not in text:
        return
    firsts: dict[str, set] = {}
    for x in out:
        if x.level != "city" or x.country in (None, "CN") or not x.key:
            continue
        core = x.surface[:-1] if x.surface.endswith("市") else x.surface
        if len(core) >= 3 and all(_is_han(ch) for ch in core):
            firsts.setdefault(core[0], set()).add((x.key, x.country, x.name_en))
    if not firsts:
        return
    surfaces = gazetteer().by_surface
    for ch, places in firsts.items():
        form = ch + "市"
        if len(places) != 1 or form in surfaces or form not in text:
            continue
        (key, cc, en), = places
        for mt in re.finditer(re.escape(form), text):
            s, e = mt.span()
            if _overlaps(spans, s, e) or (s > 0 and _is_han(text[s - 1]) and text[s - 1] not in _SHORT_FORM_AFTER):
                continue  # 等多市, 国内多市: many cities
            if text[e:e + 1] in ("场", "值", "面", "区"):
                continue  # 温市场: not the city
            out.append(ActorMention(s, e, form, key, "city", cc, en, (key,)))
            spans.append((s, e))
