"""Find the actors (countries, subdivisions, cities, Chinese divisions, bodies) named in a text.

Input is normalised text (simplified Chinese, half-width punctuation); offsets are into it.

* :func:`find_actors` — one Aho-Corasick pass, leftmost-longest over the forms that
  are acceptable in their context, then chains such as ``美国华盛顿州西雅图市``
  are merged into the most specific actor.
* :func:`resolve_name` — one name (simplified, traditional or English, or a key) to an actor.
* :func:`publisher_place` / :func:`pronoun_actor` — who ``我市`` / ``我省`` / ``该市`` are.
* :func:`person_suffix_span` — where a title and a person's name after a place end.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import Iterable, Optional

from . import geodb, institutions
from .gazetteer import HAN_RE, LEVEL_RANK, RANK, Cand, Entry, gazetteer
from .mention import ActorMention
from .openworld import _CONNECT_AFTER_CITY, _GLOSSED, HAN_COUNTRIES, PARTNER_NOUNS, _chars, add_open


# ------------------------------------------------------------------ context cues
# between a place and a place inside it: 日本北海道, 日本友城津市, 德国友城杜塞尔多夫市
# (德国友好城市——亚琛市: a dash or colon after the partner noun, then the partner's name)
_CONNECTOR_RE = re.compile(rf"^(?:[·・]|(?:的)?(?:国际)?(?:(?:{PARTNER_NOUNS}|友好省道)(?:\s*(?:——|—|–|:|：)\s*)?)?)$")  # 意大利·威尼斯: a label
# a region, then a town in it: 尤卡坦州小镇X, X州首府Y市, X国首都Y, X省省会Y市 (the town is the party)
_INSIDE_GAP_RE = re.compile(r"^(?:的)?(?:(?:东|西|南|北|中|东南|东北|西南|西北)部(?:的)?)?"
                            r"(?:首府|首都|省会|省城|小镇|小城|城市|港口城市|港市|海滨城市|边境城市|"
                            r"[\u4e00-\u9fff]{1,4}?(?:小城|小镇))$"
                            r"|^(?:的)?(?:东|西|南|北|中|东南|东北|西南|西北)部(?:的)?$")  # (泰国东北部X府: the part of the country)  # (X州的葡萄酒小城Y: a word for the kind of town)
# between items of a list of places of one country: 仓敷、丰川
_LIST_RE = re.compile(r"^(?:、|,|和|与|及|以及|、以及)$")
_FRIEND_BEFORE_RE = re.compile(r"(?:友城|友好城市|姐妹城市|姊妹城市|姐妹市|姊妹市|友好交往城市|友好交流城市)$")
# 穆尔黑德的姊妹市 / 维尔塞伦的友好城市: a name whose partner city is told right after it is a place;
# 总部位于X: so is a name where something lies
_FRIEND_AFTER_RE = re.compile(rf"(?:的)?(?:国际)?(?:{PARTNER_NOUNS})")
_PLACE_BEFORE_RE = re.compile(r"位于$")
#: goods arriving at a town (运抵汉堡, 飞抵, 运往) or the town's airport or port (汉堡机场, 汉堡港): the weak name is a place
_ARRIVED_AT_RE = re.compile(r"(?:运抵|運抵|飞抵|飛抵|抵达|抵達|运往|運往|发往|發往|寄往|寄抵|送抵|到达|到達|降落)(?:在|于|於)?$")
_PORT_AFTER_RE = re.compile(r"(?:国际|國際)?(?:机场|機場|空港|港口|火车站|火車站)")
# 与A、B、C等友城: every item of a list that a partner noun closes is a partner place (a short bare name too);
# the items between are short runs with no punctuation
_PARTNER_LIST_AFTER_RE = re.compile(rf"(?:(?:、|和|及|以及)[^，。；：,;:！？!?、和及等的\s]{{1,10}})*"
                                    rf"等(?:国际)?(?:{PARTNER_NOUNS})")
# the admin suffix of a region whose name the gazetteer holds without it (布宜诺斯艾利斯 + 省)
# the size of a town whose weak name the page's naming its country vouches for (see Resolver._of_named_country)
NAMED_COUNTRY_POP = 50_000
_REGION_SUFFIX_GAP = frozenset({"省", "州", "大区", "地区"})
# a state's own offices right after its short name (德州州长, 加州州政府): the state, not a homonym
_STATE_TITLES = ("州长", "州政府", "州议会", "州府", "州卫生厅", "州众议", "州参议")
# 'X方' is not a country when it is the start of 方面, 方式 ...
_FANG_BREAK = set("面式案法向针便位形可圆块程")
_FANG_TO_ACT = re.compile(r"向[^,，。;；]{1,16}?(?:捐|赠|贈|援助|支援|提供|致|表示|转交|轉交|寄|送|通报|介绍|请求|求助|发出|發出)")
# an admin suffix glued to an ordinary word: 区域, 市场
_SUFFIX_BREAK = {"区": set("域"), "市": set("场值面")}
# an unknown place after a known country: 日本X市, 美国X州
_UNKNOWN_RE = re.compile(r"([\u4e00-\u9fff·]{2,8}?)(特别市|广域市|边疆区|边区|共和国|市|州|县|省|道|府)")
_UNKNOWN_STOP = set("的和与及等各向对在为是将从把被给了也都已并或其该这那我你他她们本贵两全国人民政府友好城当地"
                    "一二三四五六七八九十多个总驻外内时后前中各每些所")


_FOLLOW_OK = set("的和与及等在市县州区道府将也已向对为是发捐送有都之首知议第政")
_PAIR_WORDS = "两国|两地|两市|两省|两省道|关系|友谊|友好|合作|双方|人民|边境|建交|友城|之间"


# what closes a list of Chinese places: 等地, 等省市, 等城市
_CN_LIST_CLOSE = re.compile(r"等(?:地|省市|省区市|省份|城市|市)")


@lru_cache(maxsize=1)
def _cn_weak_shorts() -> dict[str, tuple[str, ...]]:
    """Chinese cities whose short name is a common word (天门, 中山, 吉安): key -> those short forms."""
    out: dict[str, list[str]] = {}
    for surface, cands in gazetteer().by_surface.items():
        for c in cands:
            if c.weak and c.entry.kind == "cn" and c.entry.level == "city" and c.entry.key:
                out.setdefault(c.entry.key, []).append(surface)
    return {k: tuple(v) for k, v in out.items()}


def _is_han(ch: str) -> bool:
    return bool(ch) and "\u3400" <= ch <= "\u9fff"


@lru_cache(maxsize=1)
def _pair_re() -> re.Pattern:
    abbrevs = sorted(gazetteer().abbrev, key=len, reverse=True)
    alt = "|".join(map(re.escape, abbrevs))
    return re.compile(rf"({alt})({alt})(?:{_PAIR_WORDS})")


@lru_cache(maxsize=1)
def _name_runs() -> re.Pattern:
    """Runs of characters that occur in some gazetteer name.

    No name spans a character outside them, so the automaton is run on each
    run alone: the same matches, without walking the automaton's root over
    punctuation, digits and Latin text (slow in pyahocorasick).
    """
    chars = set()
    for surface in gazetteer().by_surface:
        chars.update(surface)
    return re.compile("[" + re.escape("".join(sorted(chars))) + "]+") if chars else re.compile(r"(?!)")


@lru_cache(maxsize=8192)
def _names_in_run(run: str) -> tuple[tuple[int, int, str], ...]:
    """The gazetteer names inside one run of :func:`_name_runs` as ``(start, end, surface)``, offsets in the
    run, in the automaton's order (a one-character run: a name only if it is one, a look-up).

    (speed) A pure function of the run's characters: the automaton started at a run's first character
    finds the same names whatever text holds the run, and runs (我市, 日本友城, a partner's name) recur
    across sentences and pages, so each is walked once.
    """
    g = gazetteer()
    if len(run) == 1:
        return ((0, 1, run),) if run in g.by_surface else ()
    return tuple((end_idx + 1 - len(surface), end_idx + 1, surface) for end_idx, surface in g.automaton.iter(run))


def _cand_sort_key(c: Cand, memo: dict[str, Entry], surface: str):
    e = c.entry
    mem = 0 if memo.get(surface) == e else 1
    lvl = {"adm1": 0, "city": 1, "district": 2}.get(e.level, 0) if e.kind == "cn" else 0
    return (mem, c.weak, RANK[e.kind], lvl, -e.pop)


# titles a person's name follows at once (市长科隆(Gérard Collomb), 州长金特)
_PERSON_TITLES = ("市长", "州长", "省长", "县长", "区长", "知事", "总统", "总理", "首相", "议长", "大使", "领事", "主席",
                  "部长", "外长", "郡守", "书记")


# characters of transliterations that also end common words before a place name (抵达, 参加, 感谢, 部门, 中华)
_NOT_INSIDE = frozenset("达加于曾谢让派居察代门公华大下多")


# transliteration characters that also start the words after a place name (那时, 曾经, 于是)
_NOT_AFTER = frozenset("那曾于")
_SUFFIX_CHARS_ALL = frozenset("市州县省镇村区郡町道府都")
_CONJ = frozenset("和与及同")
# an admin suffix that starts a word with the character after it (县内, 市民, 省外)
_SUFFIX_WORD_AFTER = {"县": "内里外城域级委", "市": "内里外民区域级委", "州": "内里外民域级", "省": "内里外级委",
                      "区": "内里外域级委"}


def _titled_person(text: str, name: str) -> bool:
    """``name`` follows a title somewhere in ``text`` (市长穆尔): a person's name there."""
    return any(t + name in text for t in _PERSON_TITLES)


def _runs_on_to_suffix(text: str, end: int) -> bool:
    """The transliteration goes on past ``end`` and ends in an admin suffix or a bracketed spelling (萨市, 萨(Tulsa))."""
    chars = _chars()
    i = end
    while i < len(text) and i - end < 8 and text[i] in chars:
        i += 1
    return i > end and i < len(text) and (text[i] in _SUFFIX_CHARS_ALL or text[i] in "(（")


class _Scanner:
    def __init__(self, text: str, home: Optional[str] = None):
        self.g = gazetteer()
        self.text = text
        self.home = home
        self.memo: dict[str, Entry] = {}
        self.pairs: Optional[set[tuple[int, int]]] = None
        self._named: Optional[Counter] = None
        self._named_cities: Optional[Counter] = None
        self.chosen: set[str] = set()  # keys of the places read so far
        self.full_named: set[str] = set()  # Chinese counties (县, county-level 市) named by their full name
        self.cn_full: dict[str, Entry] = {}  # weak short names of Chinese cities the page names in full
        self.titled: dict[str, Entry] = {}  # surfaces read as a foreign state by its own office (德州州长)
        by_start: dict[int, list[tuple[int, str]]] = {}
        for run in _name_runs().finditer(text):
            a = run.start()
            for s, e, surface in _names_in_run(run.group()):  # (offsets into the run)
                by_start.setdefault(a + s, []).append((a + e, surface))
        for lst in by_start.values():
            if len(lst) > 1:
                lst.sort(reverse=True)  # longest first (one surface per start and end, so ends decide)
        self.by_start = by_start

    # countries that a mention right here may take as a cue
    def _country_in_brackets(self, end: int) -> Optional[str]:
        """The country named alone in brackets right after ``end`` (汉堡(德国)), or None."""
        if not self.text.startswith("(", end):
            return None
        for e2, s2 in self.by_start.get(end + 1, ()):
            if self.text.startswith(")", e2):
                cc = {c.entry.country for c in self.g.by_surface.get(s2, ()) if c.entry.kind == "country"}
                if len(cc) == 1:
                    return next(iter(cc))
        return None

    def _cue(self, start: int, prev: Optional[ActorMention]) -> tuple[Optional[str], bool, Optional[ActorMention]]:
        """(country cue, cue is a containing place, previous mention used as cue)."""
        if prev is None or prev.country is None:
            return None, False, None
        gap = self.text[prev.end:start]
        if len(gap) > 8:
            return None, False, None
        if _CONNECTOR_RE.match(gap):
            if prev.level in ("country", "adm1") or (prev.country == "CN" and prev.level == "city"):
                return prev.country, True, prev
            return None, False, None
        if gap in _REGION_SUFFIX_GAP and prev.country not in (None, "CN") and prev.level in ("adm1", "city"):
            # 布宜诺斯艾利斯省贝尔维尔: a foreign region read without its 省/州 (the name is also its capital's),
            # then a town in it: the town is of that country
            return prev.country, False, prev
        if _LIST_RE.match(gap) and prev.level != "country":
            return prev.country, False, prev
        return None, False, None

    def _cn_list_goes_on(self, end: int) -> bool:
        """A list of Chinese places goes on after ``end``: 、 and a Chinese place named in full or by a
        form no common word shares, or 等地/等省市 closing it."""
        text = self.text
        if _CN_LIST_CLOSE.match(text, end):
            return True
        if not text.startswith("、", end):
            return False
        for _e2, s2 in self.by_start.get(end + 1, ()):
            if any(c.entry.country == "CN" and not c.weak and c.entry.level in ("adm1", "city")
                   for c in self.g.by_surface.get(s2, ())):
                return True
        return False

    def _inside(self, e: Entry, key: Optional[str]) -> bool:
        parent = e.parent
        while parent:
            if parent == key:
                return True
            parent = self.g.cn_parent.get(parent)
        return False

    def _city_of_country_at(self, pos: int, country: str) -> bool:
        """A city of ``country`` (and of no Chinese reading) is named right at ``pos``: 德州达拉斯 names
        the state before its city, as 美国德州 names the country before it."""
        for _e2, s2 in self.by_start.get(pos, ()):
            cands = self.g.by_surface.get(s2, ())
            if any(c.entry.country == "CN" for c in cands):
                continue
            if any(c.entry.country == country and c.entry.level == "city" and not c.weak for c in cands):
                return True
        return False

    def _abbrev_ok(self, start: int, end: int, country: str) -> bool:
        """An abbreviation (俄, 韩 ...) stands for its country only before 驻 or one of its places,
        or in a pair such as 中韩两国, 日中友好."""
        if end < len(self.text) and self.text[end] == "驻":
            return True
        if self.pairs is None:
            self.pairs = set()
            for m in _pair_re().finditer(self.text):
                self.pairs.add((m.start(1), m.end(1)))
                self.pairs.add((m.start(2), m.end(2)))
        if (start, end) in self.pairs:
            return True
        if country == "CN":
            return False
        if start > 0 and self.text[start - 1].isdigit():
            return False  # 3月29日云南…: the day of a date, not 日 for Japan
        for e2, s2 in self.by_start.get(end, ()):
            cands = self.g.by_surface.get(s2, ())
            if any(c.entry.country == "CN" and not c.weak for c in cands):
                continue  # 日云南, 美吉林: a Chinese province or city does not take a foreign prefix
            for c in cands:
                if c.entry.country == country and c.entry.level in ("adm1", "city") and c.entry.kind != "abbrev":
                    return True
        return False

    def choose(self, start: int, end: int, surface: str, prev: Optional[ActorMention]) -> Optional[ActorMention]:
        cands = self.g.by_surface.get(surface)
        if not cands:
            return None  # noise pattern: swallows the span (handled by caller)
        text = self.text
        nxt = text[end] if end < len(text) else ""
        if nxt and surface[-1] in _SUFFIX_BREAK and nxt in _SUFFIX_BREAK[surface[-1]]:
            return None
        if (len(surface) == 2 and surface[1] == "市" and text.startswith("长", end)
                and all(c.entry.kind == "cn_district" for c in cands)):
            return None  # 王建新市长 / 新市长: a person's name (or "new") and the title 市长, not a district called X市
        cue_country, containing, cue_mention = self._cue(start, prev) if prev is not None else (None, False, None)
        if (start > 0 and cue_country is None and text[start - 1] in _chars()
                and text[start - 1] not in _NOT_INSIDE and not (prev is not None and prev.end == start)
                and all(c.entry.kind in ("geo", "curated") for c in cands)):
            return None  # 冈萨雷斯市长: a foreign town's name inside a longer transliterated name (抵达X is not)
        if (nxt and nxt in _chars() and nxt not in _NOT_AFTER and surface[-1] not in _SUFFIX_CHARS_ALL
                and cue_country is None and all(c.entry.kind == "geo" for c in cands)
                and _runs_on_to_suffix(text, end)):
            return None  # 塔尔萨市: not the Swiss village 塔尔 at the start of a longer transliterated name
        if (len(surface) == 2 and surface[0] in _CONJ and start > 0 and text[start - 1] in _SUFFIX_CHARS_ALL
                and nxt in _SUFFIX_WORD_AFTER.get(surface[1], "")):
            return None  # 某县和县内团体: the conjunction and the start of 县内 after a place, not the county 和县
        if (surface.endswith("市") and text.startswith("长", end) and len(surface) >= 3
                and all(c.entry.kind == "geo" for c in cands) and _titled_person(text, surface[:-1])):
            return None  # 穆尔市长致谢 after 市长穆尔: Mayor Moore, not a town named Moore
        if (start >= 2 and text.endswith(_PERSON_TITLES, 0, start) and not (prev is not None and prev.end == start)
                and all(c.entry.kind in ("geo", "curated") and c.entry.level == "city" for c in cands)):
            return None  # 市长科隆(Gérard Collomb): a person's name after a title, though a town has that name
        friend = None  # (speed) 友城 before the name: looked at only for a weak foreign form
        viable: list[Cand] = []
        titled: Optional[Cand] = None
        for c in cands:
            e = c.entry
            if e.kind == "fang":
                if nxt in _FANG_BREAK and not (nxt == "向" and _FANG_TO_ACT.match(text, end)):
                    continue  # (日方向我市捐赠: 向 opens the counterpart of an act, not the word 方向)
                viable.append(c)
                continue
            if e.kind == "abbrev":
                if self._abbrev_ok(start, end, e.country):
                    viable.append(c)
                continue
            if cue_country and e.country == cue_country and e.level != "country":
                if not c.weak or (e.country != "CN" and (not _is_han(nxt) or nxt in _FOLLOW_OK or c.suffixed)):
                    viable.append(c)
                    continue
                # a Chinese short name (永川, 沙坪坝) only right after the place that contains it
                if containing and start == cue_mention.end and self._inside(e, cue_mention.key):
                    viable.append(c)
                    continue
                # 上海、天津、中山、河北等地: a city's short name in a list of Chinese places, another place
                # (or 等地) after it
                if (e.country == "CN" and e.kind == "cn" and e.level == "city" and not containing
                        and self.text[cue_mention.end:start] == "、" and self._cn_list_goes_on(end)):
                    viable.append(c)
                    continue
            if not c.weak:
                viable.append(c)
                continue
            # weak forms: need a cue
            if self.memo.get(surface) == e:
                viable.append(c)
            elif e.country == "CN" and self.home and e.key and e.key.startswith(self.home + "/"):
                viable.append(c)
            elif e.kind == "cn_district" and e.key in self.full_named and len(surface) >= 2:
                viable.append(c)  # 瑞安市 … 瑞安: a county's short name once the page has named it in full
            elif e.country != "CN" and (friend if friend is not None else (
                    friend := _FRIEND_BEFORE_RE.search(text, max(0, start - 6), start) is not None
                    or (len(surface) >= 3 and (_FRIEND_AFTER_RE.match(text, end) is not None
                                               or _PLACE_BEFORE_RE.search(text, max(0, start - 2), start) is not None)
                    or _PARTNER_LIST_AFTER_RE.match(text, end) is not None))):
                viable.append(c)  # (… 等友城: an item of a list of partner places)
            elif self._of_named_country(e, start, end, nxt):
                viable.append(c)  # 林茨, 戛纳 on a page that names Austria, France: that country's sizeable town
            elif e.country != "CN" and e.level == "city" and e.pop >= 100_000 and (
                    _ARRIVED_AT_RE.search(text, max(0, start - 3), start)
                    or (_PORT_AFTER_RE.match(text, end) and (start == 0 or text[start - 1] in "，,。；;、：: \n"))):
                # 运抵汉堡 / (，)汉堡机场: where goods arrive, a port or an airport names the town (东京成田机场: the
                # airport's own name after its city's, no town)
                viable.append(c)
            elif e.country != "CN" and self._country_in_brackets(end) == e.country:
                viable.append(c)  # 汉堡(德国): a weak name with its country in brackets right after it
            elif e.country != "CN" and e.level == "adm1" and (text.startswith(_STATE_TITLES, end)
                                                               or self._city_of_country_at(end, e.country)
                                                               or text.endswith(("姐妹州", "姊妹州", "友好州"), 0, start)):
                viable.append(c)
                # 德州州长 / 德州奥斯汀市 / 姊妹州德州: a state's governor, a city of it, a sister state: so
                # Texas, not the Chinese city 德州
                titled = c
        if titled is not None:
            viable = [titled]
            self.titled[surface] = titled.entry
        if not viable:
            return None
        if cue_country and cue_country != "CN" and _HOMETOWN_BODY.match(text, end):
            # 日本河北总商会, 德国福建同乡会: a body of people from a Chinese place living in that country; the
            # Chinese place, not a homonym town of the country named before it
            home_cn = [c for c in viable if c.entry.country == "CN" and not c.weak and c.entry.kind == "cn"]
            if home_cn:
                viable, cue_country = home_cn, None
        if cue_country:
            same = [c for c in viable if c.entry.country == cue_country]
            if same:
                viable = same
        elif len(viable) > 1 and text.startswith("(", end):
            bracket = self._country_in_brackets(end)  # 汉密尔顿(新西兰): the homonym of the country in brackets
            same = [c for c in viable if c.entry.country == bracket]
            if same:
                viable = same
        if self.home:
            home = [c for c in viable if c.entry.key and (c.entry.key == self.home
                                                          or c.entry.key.startswith(self.home + "/"))]
            if home and len({c.entry.key for c in viable}) > 1:
                viable = home + [c for c in viable if c not in home]
        # a place named inside a Chinese place just before it (重庆沙坪坝区, 黑龙江省哈尔滨市)
        if cue_mention is not None and cue_mention.country == "CN" and cue_mention.key:
            inside = [c for c in viable if c.entry.parent == cue_mention.key]
            if inside:
                viable = inside
        if len(viable) > 1:
            viable.sort(key=lambda c: _cand_sort_key(c, self.memo, surface))
            if not cue_country and self.memo.get(surface) is None:
                viable = self._by_named_country(viable)
            if any(c.entry.country != "CN" for c in viable):
                viable = self._glossed(end, viable)
        best = viable[0]
        e = best.entry
        if (best.weak or (cue_country and e.country == cue_country)) and e.kind != "cn_district":
            self.memo[surface] = e
        if len(surface) >= 3 and surface[-1] in "市县縣州" and e.country != "CN" and e.key:
            self.memo.setdefault(surface[:-1], e)  # 高雄市 named once, then bare 高雄
        if e.kind == "cn" and e.level == "city" and not best.weak and e.key:
            for short in _cn_weak_shorts().get(e.key, ()):
                if len(short) < len(surface) and surface.startswith(short):
                    # 天门市 named once, then bare 天门 (a common word elsewhere): the Chinese city, rather than a
                    # foreign village of that name read from a partner noun alone
                    prior = self.memo.get(short)
                    if prior is None or (prior.country != "CN" and prior.kind == "geo"):
                        self.memo[short] = e
                    self.cn_full[short] = e
        if e.key:
            self.chosen.add(e.key)
            if e.kind == "cn_district" and not best.weak and surface.endswith(("县", "市")) and len(surface) >= 3:
                self.full_named.add(e.key)
                short = surface[:-1]
                if len(short) >= 2 and any(c.entry == e for c in self.g.by_surface.get(short, ())):
                    # 都江堰市 named once: bare 都江堰 is that county-level city wherever the page names it
                    self.cn_full.setdefault(short, e)
        return ActorMention(start, end, surface, e.key, e.level, e.country, e.name_en, (e.key,) if e.key else ())

    def _of_named_country(self, e: Entry, start: int, end: int, nxt: str) -> bool:
        """A weak foreign town's name (two characters, or no suffix) taken without a cue beside it: a sizeable
        town (``NAMED_COUNTRY_POP``) of a country the page names, its name a transliteration (every character one
        that transliterations use; not a Japanese or Korean word, not a translated common word), and no part of a longer transliterated name (no such character right before or after)."""
        if (e.kind not in ("geo", "curated") or e.level != "city" or e.country in (None, "CN")
                or e.country in HAN_COUNTRIES or e.pop < NAMED_COUNTRY_POP):
            return False
        chars = _chars()
        if (start > 0 and self.text[start - 1] in chars) or (nxt and nxt in chars):
            return False
        if not all(ch in chars for ch in self.text[start:end]):
            return False  # 联合 (Union City): a translated name is a common word; only a transliteration
        return bool(self._named_countries().get(e.country))

    def _named_countries(self) -> Counter:
        """How often the text names each foreign country, by the country itself or one of its
        first-level divisions (卑诗省 names Canada): decides a homonym with no cue beside it."""
        if self._named is None:
            named: Counter = Counter()
            for start, lst in self.by_start.items():
                for _end, surface in lst[:1]:
                    strong = [c.entry for c in self.g.by_surface.get(surface, ()) if not c.weak
                              and c.entry.kind in ("country", "subdiv") and c.entry.country not in (None, "CN")]
                    if strong and len({e.country for e in strong}) == 1:
                        named[strong[0].country] += 1
            self._named = named
        return self._named

    def _by_named_country(self, viable: list[Cand]) -> list[Cand]:
        """Among foreign homonyms (奥克兰: Auckland, Oakland; 列治文: Richmond in the US, in Canada),
        the place in the country the text names more comes first; ties keep the table's order."""
        countries = {c.entry.country for c in viable}
        if len(countries) < 2 or "CN" in countries or any(c.entry.level == "country" for c in viable):
            return viable
        chosen = self.chosen  # 威尼斯 read as Venice, Italy: so is 威尼斯市 later
        if any(c.entry.key in chosen for c in viable):
            return sorted(viable, key=lambda c: c.entry.key not in chosen)
        named = self._named_countries()
        if not any(named.get(cc) for cc in countries):
            # no country named for any of them: the country of the cities the page names by a form that
            # only one place has (三藩市 … 奥克兰: a Bay Area story, Oakland)
            named = self._named_city_countries()
            if not any(named.get(cc) for cc in countries):
                return viable
        return sorted(viable, key=lambda c: -named.get(c.entry.country, 0))  # stable: the table's order on ties

    def _named_city_countries(self) -> Counter:
        """How often the text names a foreign city by a form that is no other place's name."""
        if self._named_cities is None:
            named: Counter = Counter()
            for start, lst in self.by_start.items():
                for _end, surface in lst[:1]:
                    # (a form other places share only as a weak reading, 温哥华: Vancouver, not the US town)
                    cands = [c for c in self.g.by_surface.get(surface, ()) if not c.weak]
                    if (cands and len({c.entry.key for c in cands}) == 1
                            and all(c.entry.level == "city" and c.entry.kind in ("curated", "geo") for c in cands)
                            and len(surface) >= 3 and cands[0].entry.country not in (None, "CN")):
                        named[cands[0].entry.country] += 1
            self._named_cities = named
        return self._named_cities

    def _glossed(self, end: int, viable: list[Cand]) -> list[Cand]:
        """A foreign homonym glossed with its own spelling in brackets (奥克兰市(Oakland)): that place."""
        m = _GLOSSED.match(self.text, end)  # a Latin spelling in brackets, its admin suffix between
        if not m:
            return viable
        latin = m.group(1).strip().lower()
        same = [c for c in viable if c.entry.name_en and c.entry.name_en.lower() == latin]
        return same + [c for c in viable if c not in same] if same else viable

    def _hides_memo(self, start: int, end: int, m: ActorMention) -> bool:
        """A GeoNames-only name that overlaps a name this document already established (当时津市: 津市)."""
        if m.key is None:
            return False
        kinds = {c.entry.kind for c in self.g.by_surface.get(m.surface, ()) if c.entry.key == m.key}
        if kinds != {"geo"} or self.memo.get(m.surface):
            return False
        for s2 in range(start + 1, end):
            for e2, surf2 in self.by_start.get(s2, ()):
                if surf2 in self.memo:
                    return True
        return False

    def scan(self) -> list[ActorMention]:
        out: list[ActorMention] = []
        pos = 0
        for start in sorted(self.by_start):
            if start < pos:
                continue
            prev = out[-1] if out else None
            for end, surface in self.by_start[start]:
                if not self.g.by_surface.get(surface):  # noise word: skip past it
                    pos = end
                    break
                if end - start == 2 and self.text.startswith("两国", end) and surface[0] in self.g.abbrev \
                        and surface[1] in self.g.abbrev:
                    continue  # 巴中两国: two countries' one-character names, not a city so spelled
                m = self.choose(start, end, surface, prev)
                if m is not None and self.memo and self._hides_memo(start, end, m):
                    continue
                if m is not None:
                    out.append(m)
                    pos = end
                    break
        if self.titled:  # 德州政府 … 德州州长: the state its own office named, throughout the text
            out = [replace(m, key=e.key, level=e.level, country=e.country, name_en=e.name_en, components=(e.key,))
                   if (e := self.titled.get(m.surface)) is not None and m.key != e.key else m for m in out]
        return out


def _add_unknown(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """``X国Y市`` with Y unknown: a mention with ``key=None`` and the country's code."""
    out: list[ActorMention] = []
    for i, m in enumerate(mentions):
        out.append(m)
        if m.level != "country" or not m.country or m.key is None:
            continue
        mt = _UNKNOWN_RE.match(text, m.end)
        if not mt or any(ch in _UNKNOWN_STOP for ch in mt.group(1)):
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and nxt.start < mt.end():
            continue
        out.append(ActorMention(mt.start(), mt.end(), mt.group(0), None, "city" if mt.group(2) in ("市", "特别市", "广域市")
                                else "adm1", m.country, None, ()))
    return out


# a first-level region's suffix, then a second-level part's: 伦巴第大区贝加莫省, 忠清南道扶余郡
_REGION_ENDS = ("大区", "州", "道", "边疆区", "共和国", "自治区")
_PART_ENDS = ("省", "县", "郡")


def _region_then_part(p: ActorMention, m: ActorMention, gap: str) -> bool:
    """Two first-level names written one after the other, the second a part of the first (an Italian
    province in its region, a Korean county in its province): the part is the party."""
    return (p.level == m.level == "adm1" and gap == "" and p.key != m.key and p.country != "CN"
            and (p.surface.endswith(_REGION_ENDS) and m.surface.endswith(_PART_ENDS)
                 or p.surface.endswith("省") and m.surface.endswith(("县", "郡"))))  # (老挝X省Y县: a district)


def _near_town(p: ActorMention, m: ActorMention, gap: str) -> bool:
    """A city, then a town beside it (佛罗伦萨近郊的小城X, 米兰附近的小镇Y): the town is the party."""
    return (p.level == m.level == "city" and p.country == m.country and p.country not in (None, "CN")
            and p.key is not None and m.key is not None and p.key != m.key and bool(_CONNECT_AFTER_CITY.fullmatch(gap)))


def _merge_chains(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    out: list[ActorMention] = []
    for m in mentions:
        if out:
            p = out[-1]
            gap = text[p.end:m.start]
            if (m.level == "country" and p.level != "country" and p.key and m.country == p.country
                    and p.country not in (None, "CN") and gap == "(" and text.startswith(")", m.end)):
                continue  # 米兰(意大利): the city's country in brackets tells where it is; not a second party
            if (p.level in ("country", "adm1", "city") and m.level in ("adm1", "city", "district")
                    and p.key is not None and p.country and p.country == m.country
                    and (LEVEL_RANK.get(p.level, 9) < LEVEL_RANK.get(m.level, -1) or _region_then_part(p, m, gap))
                    and (_CONNECTOR_RE.match(gap) or _INSIDE_GAP_RE.match(gap)
                         or gap == "会" and p.surface.endswith("省") and m.level == "city")  # (福建省会福州: 省 read with the name)
                    and not (p.key == m.key)
                    or _near_town(p, m, gap)):
                key = m.key
                if (m.country == "CN" and m.level == "district" and m.key and m.key.count("/") == 1
                        and gazetteer().cn_parent.get(m.key) == p.key):
                    key = f"{p.key}/{m.name_en}"  # 宁波余姚: a county-level city named under its prefecture
                out[-1] = ActorMention(p.start, m.end, text[p.start:m.end], key, m.level, m.country, m.name_en,
                                       p.components + m.components)
                continue
        out.append(m)
    return out


def find_actors(text: str, home: Optional[str] = None) -> list[ActorMention]:
    """All actors named in ``text`` (normalised), in order, non-overlapping.

    ``home`` (optional, a CN key such as ``CN/Chongqing``) prefers that place's
    districts where a district name is ambiguous, and lets its districts' short
    names match without their suffix.

    A page is often read twice (for its own place, then for its parties):
    the mentions are remembered per text (shared; callers only read them).
    """
    return list(_find_actors(text, home))


@lru_cache(maxsize=64)
def _find_actors(text: str, home: Optional[str]) -> tuple[ActorMention, ...]:
    scanner = _Scanner(text, home)
    mentions = scanner.scan()
    # a small foreign town's bare name, taken where a cue says it is a place (X的姊妹市, 位于X, 美国X市),
    # names the same place where the page named it earlier with no cue: read once more, knowing it
    # (and a Chinese city's short name, once the page names the city in full: 姊妹市中山 … 中山市)
    g = scanner.g
    known = {s: e for s, e in scanner.memo.items() if e.country not in (None, "CN") and e.kind == "geo"
             and len(s) >= 3 and any(c.entry == e and c.weak for c in g.by_surface.get(s, ()))}
    known.update(scanner.cn_full)
    if known:
        covered = {m.start: m.key for m in mentions}
        if any(surface in known and covered.get(start, "") != known[surface].key
               for start, lst in scanner.by_start.items() for _end, surface in lst):
            again = _Scanner(text, home)
            again.memo.update(known)
            mentions = again.scan()
    if geodb.enabled():
        mentions = add_open(text, mentions)
    else:
        mentions = _add_unknown(text, mentions)
    mentions = _overseas_chinese(text, institutions.named_bodies(text, mentions,
                                                                 lambda s, e, key: _body_mention(text, s, e, key)))
    return tuple(_one_sense_per_page(_nicknames(text, home, _bracket_aliases(text, _short_forms_of_named(
        text, institutions.province_bodies_zh(text, _merge_chains(text, _not_in_person_names(text, mentions))))))))


@lru_cache(maxsize=1)
def _nickname_table() -> dict[str, tuple[tuple[str, str], ...]]:
    from cityaid.clean.tables import load_table

    out: dict[str, list[tuple[str, str]]] = {}
    for r in load_table("cn_nicknames.tsv"):
        out.setdefault(r["nickname"], []).append((r["key"], r["level"]))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _nickname_re() -> re.Pattern:
    return re.compile("|".join(sorted(map(re.escape, _nickname_table()), key=len, reverse=True)))


def _nicknames(text: str, home: Optional[str], mentions: list[ActorMention]) -> list[ActorMention]:
    """驰援江城 / 榕城市民 / 蓉城: a Chinese city's literary name (``cn_nicknames.tsv``) is that city on a page that
    names the city in full or is its own (so 江城 is Wuhan on a Wuhan page, and stays Yangjiang's district of that name on a
    page about Yangjiang); a district mention of the same characters gives way to it there."""
    hits = [h for h in _nickname_re().finditer(text)] if any(n[0] in text for n in _nickname_table()) else []
    if not hits:
        return mentions
    named = {m.key for m in mentions if m.key and m.surface not in _nickname_table()} | ({home} if home else set())
    parents = {k.rsplit("/", 1)[0] for k in named if k.count("/") >= 2}
    out = list(mentions)
    for h in hits:
        a, b = h.span()
        cities = [(k, lv) for k, lv in _nickname_table()[h.group()] if k in named or k in parents]
        if len(cities) != 1:
            continue
        key, level = cities[0]
        over = [m for m in out if m.start < b and a < m.end]
        if any(not (m.start == a and m.end == b) or (m.key and m.key.count("/") >= 2 and m.key.rsplit("/", 1)[0] in named)
               for m in over):
            continue  # part of a longer name, or the district of a city the page names
        e = gazetteer().by_key.get(key)
        out = [m for m in out if m not in over]
        out.append(ActorMention(a, b, h.group(), key, level, "CN", e.name_en if e else None, ("CN", key)))
    return sorted(out, key=lambda m: m.start)


_ALIAS_STOP = frozenset("的和与及等各向对在为是将从把被给了也都已并或其该这那我你他她们本贵两全国人民政府友好当地"
                        "一二三四五六七八九十多个总驻外内时后前中每些所部社会局院校厅馆通过经由让使令请派赴往到于即"
                        "据说称示谢感报网讯刊台站团队组代表书有缔姐姊妹转赠捐送寄运交接收市省州县郡区道府长天日月年")


def _bracket_aliases(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """屋仑（奥克兰市）… 屋仑市长 … 屋仑在2月: an overseas paper names a foreign town by its local Chinese
    name, glossing it once with the common name in brackets; the local name, unknown to the gazetteer, is that
    place wherever the page names it."""
    if "（" not in text and "(" not in text:
        return mentions
    aliases: dict[str, ActorMention] = {}
    for m in mentions:
        if m.country in (None, "CN") or m.level not in ("city", "adm1") or not m.key or m.start < 3 \
                or text[m.start - 1] not in "（(" or text[m.end:m.end + 1] not in ("）", ")"):
            continue
        a = m.start - 1
        while a > 0 and m.start - 1 - a < 4 and _is_han(text[a - 1]) and text[a - 1] not in _ALIAS_STOP:
            a -= 1
        name = text[a:m.start - 1]
        if len(name) < 2 or (a > 0 and _is_han(text[a - 1])) or any(x.start < m.start - 1 and a < x.end
                                                                     for x in mentions):
            continue
        aliases.setdefault(name, m)
    if not aliases:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    added = []
    for name, m in aliases.items():
        for hit in re.finditer(re.escape(name), text):
            a, b = hit.start(), hit.end()
            if (a > 0 and _is_han(text[a - 1]) and text[a - 1] not in _SHORT_FORM_BEFORE) \
                    or any(s < b and a < e for s, e in taken):
                continue
            added.append(ActorMention(a, b, name, m.key, m.level, m.country, m.name_en, m.components))
    return sorted(mentions + added, key=lambda x: x.start) if added else mentions


def _not_in_person_names(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """A foreign place's bare name that is one part of a transliterated person's name (玛丽亚·门多萨: Mendoza;
    理查德·里斯: Chad inside Richard): the part across the name dot is no place but a transliteration, so the name
    is a person's.  A label of two places (意大利·威尼斯) keeps both."""
    if "·" not in text:
        return mentions
    chars = _chars()
    starts = {m.start for m in mentions}
    ends = {m.end for m in mentions}
    out = []
    for m in mentions:
        if m.country in (None, "CN") or m.level not in ("city", "country") or len(m.surface) > 4 \
                or m.surface[-1] in "市州省县郡道府":
            out.append(m)
            continue
        person = False
        if text[m.end:m.end + 1] == "·" and m.end + 1 not in starts:
            n = 0
            while m.end + 1 + n < len(text) and text[m.end + 1 + n] in chars:
                n += 1
            person = n >= 2
        if not person and m.start > 1 and text[m.start - 1] == "·" and m.start - 1 not in ends:
            n = 0
            while m.start - 2 - n >= 0 and text[m.start - 2 - n] in chars:
                n += 1
            person = n >= 2
        if person and m.level == "country" and not (m.start > 0 and _is_han(text[m.start - 1])):
            person = False  # (a country opening a label, 美国·X, stays; 理查德 holds 查德 inside a word)
        if not person:
            out.append(m)
    return out


def _one_sense_per_page(mentions: list[ActorMention]) -> list[ActorMention]:
    """新西兰汉密尔顿市 … 汉密尔顿市长: a foreign town named once with its country keeps that sense where the page
    names it again bare (a homonym elsewhere, US/Hamilton, is not meant)."""
    senses: dict[str, ActorMention] = {}
    for m in mentions:
        if m.country in (None, "CN") or m.level == "country" or not m.key:
            continue
        rest = _after_country(m.surface)
        if rest is not None:
            senses.setdefault(rest, m)
    if not senses:
        return mentions
    out = []
    for m in mentions:
        first = senses.get(m.surface)
        if first is not None and m.start > first.start and m.country != first.country and m.country != "CN":
            m = ActorMention(m.start, m.end, m.surface, first.key, first.level, first.country, first.name_en,
                             (first.key,))
        out.append(m)
    return out


# what may stand right before a short form (亞省, 俄州): a sentence or clause start, a preposition, or the end of
# a verb of sending on (转送俄州, 转运至俄州, 运往亚省)
_SHORT_FORM_BEFORE = set("向给給与與和及对對从從由在是为為把被将將同跟、，,。；;：:“”「」（(\n 送至往到抵")


def _short_forms_of_named(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """亞伯達省 … 亞省衛生服務局 / 俄勒冈州 … 俄州州长: a foreign province or state named in full on the page is
    named again by its first character and its unit word; the short form is that place (only once the page has
    named it in full, so 俄州 is Oregon on an Oregon page)."""
    shorts: dict[str, ActorMention] = {}
    for m in mentions:
        if m.country in (None, "CN") or m.level != "adm1" or not m.key or m.surface[-1:] not in ("省", "州"):
            continue
        name = _after_country(m.surface) or m.surface  # 加拿大亞伯達省: the name after its country's
        if len(name) >= 3 and _is_han(name[0]):
            shorts.setdefault(name[0] + name[-1], m)
        for short in _weak_unit_forms().get(m.key, ()):  # 阿尔伯塔省 … 亚省: the table's own short form of it
            shorts.setdefault(short, m)
    if not shorts:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    added = []
    for short, full in shorts.items():
        for hit in re.finditer(short, text):
            a, b = hit.start(), hit.end()
            if a < full.end or (a > 0 and text[a - 1] not in _SHORT_FORM_BEFORE) \
                    or any(s < b and a < e for s, e in taken):
                continue
            added.append(ActorMention(a, b, short, full.key, full.level, full.country, full.name_en, full.components))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


@lru_cache(maxsize=1)
def _weak_unit_forms() -> dict[str, tuple[str, ...]]:
    """Foreign first-level places' weak two-character forms with their unit word (亚省, 沙省), by key: taken
    only once the page has named the place in full (:func:`_short_forms_of_named`)."""
    out: dict[str, list[str]] = {}
    for surface, cands in gazetteer().by_surface.items():
        if len(surface) != 2 or surface[-1] not in ("省", "州"):
            continue
        for c in cands:
            e = c.entry
            if c.weak and e.key and e.level == "adm1" and e.country not in (None, "CN"):
                out.setdefault(e.key, []).append(surface)
    return {k: tuple(v) for k, v in out.items()}


def _after_country(surface: str) -> Optional[str]:
    """新西兰汉密尔顿市 -> 汉密尔顿市: what follows a country's exact Chinese name opening ``surface`` (at least two
    characters), else None.  The name must be the whole country name the gazetteer registers (加拿大, not the
    加拿大亚 a looser read would take)."""
    by_surface = gazetteer().by_surface
    for k in (5, 4, 3, 2):
        if len(surface) > k + 1 and any(c.entry.kind == "country" and c.entry.level == "country"
                                        for c in by_surface.get(surface[:k], ())):
            return surface[k:]
    return None


# 旅日华人, 在美华侨, 旅意侨胞: Chinese living abroad give as China's side (the gold keys them CN), not as
# the country they live in
_OVERSEAS_RE = re.compile(r"(?:旅|在|旅居)(日本|美国|德国|法国|意大利|英国|韩国|俄罗斯|澳大利亚|加拿大|西班牙|葡萄牙|荷兰|"
                          r"比利时|瑞士|奥地利|匈牙利|泰国|新加坡|马来西亚|印尼|菲律宾|巴西|阿根廷|墨西哥|南非|"
                          r"日|美|德|法|意|英|韩|俄|澳|加|欧|西|葡|荷|比|奥|匈|泰|马|菲|巴)"
                          r"(?:的)?(?:华人华侨|华侨华人|华人|华侨|侨胞|侨界|同胞|留学生)")


# 德国福建同乡会, 意大利温州商会: a hometown body abroad stands for its Chinese hometown, not for the country
_HOMETOWN_BODY = re.compile(r"(?:籍)?(?:总)?(?:同乡|商会|联谊会|侨团|华人|华侨|乡亲|社团)")


def _hometown_bodies(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    drop = set()
    for a, b in zip(mentions, mentions[1:]):
        if (a.level == "country" and a.country not in (None, "CN") and b.country == "CN" and b.start == a.end
                and b.level != "country" and _HOMETOWN_BODY.match(text, b.end)):
            drop.add(id(a))
    return [m for m in mentions if id(m) not in drop] if drop else mentions


def _overseas_chinese(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    mentions = _hometown_bodies(text, mentions)
    if "华" not in text and "侨" not in text and "同胞" not in text and "留学生" not in text:
        return mentions
    out = list(mentions)
    for mt in _OVERSEAS_RE.finditer(text):
        s, e = mt.start(), mt.end()
        if any(m.start < e and s < m.end and not (s <= m.start and m.end <= e) for m in out):
            continue
        out = [m for m in out if not (s <= m.start and m.end <= e)]
        out.append(ActorMention(s, e, mt.group(), "CN", "country", "CN", "China", ("CN",)))
    out.sort(key=lambda m: (m.start, -m.end))
    return out


def _body_mention(text: str, start: int, end: int, key: str) -> Optional[ActorMention]:
    e = gazetteer().by_key.get(key)
    return None if e is None else ActorMention(start, end, text[start:end], key, e.level, e.country, e.name_en, (key,))


# ------------------------------------------------------------------ single names
@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def _to_mention(e: Entry, surface: str) -> ActorMention:
    return ActorMention(0, len(surface), surface, e.key, e.level, e.country, e.name_en, (e.key,) if e.key else ())


@lru_cache(maxsize=1)
def _keys_folded() -> dict[str, Entry]:
    """Keys in lower case (``jp/hokkaido``), the first key of each folded form as the table orders them.

    Built once: a scan of every key per call made the name lookups that extraction does for each
    page cost more than the rest of the page."""
    folded: dict[str, Entry] = {}
    for k, e in gazetteer().by_key.items():
        folded.setdefault(k.lower(), e)
    return folded


def resolve_name(name: str) -> Optional[ActorMention]:
    """One name (``镇江``, ``鎮江``, ``Zhenjiang``, ``CN/Zhenjiang``, ``JP``) to the best actor, or None."""
    if not name or not name.strip():
        return None
    g = gazetteer()
    raw = name.strip()
    s = _t2s().convert(raw)
    for k in (raw, s):
        if k in g.by_key:
            return _to_mention(g.by_key[k], raw)
    low = raw.lower()
    if low in _keys_folded():
        return _to_mention(_keys_folded()[low], raw)
    cands = [c for c in g.by_surface.get(s, ()) if c.entry.kind != "abbrev"]
    if cands:
        cands.sort(key=lambda c: (c.weak, RANK[c.entry.kind],
                                  {"adm1": 0, "city": 1, "district": 2}.get(c.entry.level, 0), -c.entry.pop))
        return _to_mention(cands[0].entry, raw)
    ents = [e for e in g.by_english.get(low, ()) if e.kind != "abbrev"]
    if not ents:
        for suf in (" province", " prefecture", " city", " state", " oblast", " krai", " county", " district"):
            if low.endswith(suf):
                ents = [e for e in g.by_english.get(low[: -len(suf)], ()) if e.kind != "abbrev"]
                if ents:
                    break
    if ents:
        ents.sort(key=lambda e: (RANK[e.kind], {"adm1": 0, "city": 1, "district": 2}.get(e.level, 0), -e.pop))
        return _to_mention(ents[0], raw)
    # a text that contains one place (鎮江市人民政府)
    ms = [m for m in find_actors(s) if m.key]
    if len(ms) == 1:
        m = ms[0]
        return replace(m, start=0, end=len(raw), surface=raw)
    return None


# ------------------------------------------------------------------ people after a place
_TITLE_RE = re.compile(
    r"(?:驻[\u4e00-\u9fff]{1,3}?)?(?:第一|常务|代理|前|副)?"
    r"(?:市议会议长|道知事|知事|市长|州长|省长|县长|区长|郡守|总统|总理|首相|外交部长|外长|部长|总领事|领事|大使|"
    r"秘书长|主席|议长|行政长官|长官|市委书记|省委书记|书记|国王|女王|总督|会长|理事长|主任|代表)"
)
_NAME_STOP = ("表示", "在", "说", "称", "致", "来信", "回信", "的", "对", "向", "与", "和", "及", "等", "发", "收到",
              "给", "代表", "指出", "强调", "一行", "先生", "女士", "也", "就", "于", "通过", "专门", "亲自", "还",
              "今天", "日前", "近日", "当天", "此前", "随后", "致信", "表达", "感谢", "会见", "出席", "签署", "写",
              "已", "将", "为", "是", "从", "同", "到", "以")
_NAME_CH = re.compile(r"[\u4e00-\u9fff·‧・•]")


def person_suffix_span(text: str, end: int) -> int:
    """End offset of a title and a person's name right after ``end`` (``市长张叶飞``,
    ``第一市长皮特·库尔茨``, ``知事李始钟``, ``总统博索纳罗``); ``end`` itself when none follows."""
    m = _TITLE_RE.match(text, end)
    if not m:
        return end
    pos = m.end()
    i = pos
    dotted = False
    while i < len(text) and _NAME_CH.match(text[i]) and i - pos < 14:
        if any(text.startswith(w, i) for w in _NAME_STOP):
            break
        if text[i] in "·‧・•":
            dotted = True
        i += 1
    n = i - pos
    if n < 2 or (text[pos] in "·‧・•"):
        return pos
    if not dotted and n > 8:
        return pos + 3  # a Chinese name is 2-4 characters; take three when no boundary was found
    return i


# ------------------------------------------------------------------ publisher and pronouns
_SOURCE_RE = re.compile(r"来源\s*[::]\s*([^\s|,;]{2,30})")


def _cn_places(mentions: Iterable[ActorMention]) -> list[ActorMention]:
    return [m for m in mentions if m.key and m.country == "CN" and m.level in ("adm1", "city", "district")
            and m.key.startswith("CN/")]


def publisher_place(title: Optional[str], head: str, body: str) -> Optional[ActorMention]:
    """The Chinese place that publishes or owns the story (what ``我市``/``我省`` stand for).

    The first CN place named in the title (or, without a title, the first line of
    ``head``); else in a ``来源:`` line; else the most frequent CN province or
    city in ``body``.  A story that says 我省 and never 我市 is a province's: a
    city found for it (the airport its goods left from) stands for its province.
    """
    says_prov = any(w in (body or "") for w in _PROV_WORDS)
    says_city = any(w in (body or "") for w in _CITY_WORDS)
    found = _publisher_place(title, head, body, says_prov, says_city)
    if found is not None and says_prov and not says_city and found.level in ("city", "district") \
            and found.country == "CN":
        return _province_of(found) or found
    if found is not None and says_city and not says_prov and found.level == "adm1" and found.country == "CN":
        # 津门… (a municipality named as its province-level self) in a page that says 我市 and never 我省: the
        # page is the city's, where the place is a city as well as a province (天津, 上海 …)
        entry = gazetteer().by_key.get(found.key or "")
        if entry is not None and entry.level == "city":
            return replace(found, level="city")
    return found


def _province_of(m: ActorMention) -> Optional[ActorMention]:
    """The Chinese province (adm1) a city or district lies in, or None (a municipality is its own)."""
    g = gazetteer()
    key = m.key or ""
    while key in g.cn_parent:
        key = g.cn_parent[key]
        e = g.by_key.get(key)
        if e and e.level == "adm1":
            return _to_mention(e, key)
    return None


def _publisher_place(title: Optional[str], head: str, body: str, says_prov: bool,
                     says_city: bool) -> Optional[ActorMention]:
    if not title:
        title = next((ln for ln in (head or "").splitlines() if HAN_RE.search(ln)), "")
    site = _foreign_site(title or "")
    if site is not None:
        return site
    places = _cn_places(find_actors(title or ""))
    if places:
        return places[0]
    for m in _SOURCE_RE.finditer((head or "") + "\n" + (body or "")[:3000]):
        places = _cn_places(find_actors(m.group(1)))
        if places:
            return places[0]
    if _taiwan_voice(body or ""):
        return _entry_mention("TW")
    places = [m for m in _cn_places(find_actors(body or "")) if m.level in ("adm1", "city")]
    # A story that says 我省 is told by a province, one that says 我市 by a city: then one mention is enough.
    if says_prov != says_city:
        wanted = "adm1" if says_prov else "city"
        places = [m for m in places if m.level == wanted] or places
    if not places:
        return None
    counts = Counter(m.key for m in places)
    best = max(counts.values())
    if best < 2 and not (says_prov or says_city):
        return None
    return next(m for m in places if counts[m.key] == best)


#: offices and words only Taiwan's own government pages use (read after conversion to simplified): the
#: Executive Yuan, the Presidential Office, the Republic of China, the New Taiwan dollar, the health ministry
#: and disease-control centre by their Taiwanese names, the epidemic command centre
_TW_OWN = re.compile(r"行政院|立法院|总统府|中华民国|新台币|卫福部|卫生福利部|疾管署|疾病管制署|中央流行疫情指挥中心|"
                     r"陆委会|监察院|考试院|侨委会|国发会")


def _taiwan_voice(body: str) -> bool:
    """A page with no publisher line where Taiwan's own offices speak (two of :data:`_TW_OWN`, or one of them
    and 总统/外交部 named without a country before them): its own side is Taiwan (TW), not China."""
    found = {m.group() for m in _TW_OWN.finditer(body[:6000])}
    if len(found) >= 2 or "中华民国" in found:
        return True
    return bool(found) and re.search(r"(?:^|[^一-鿿国方])(?:总统|外交部)", body[:6000]) is not None


#: what a site's name may add to its place's name: 水原市政府 / 大邱广域市 中文网 / 冈山县官网
_SITE_WORDS = re.compile(r"人民政府|市政府|县政府|縣政府|政府|官方网站|官方網站|官网|官網|全球资讯网|全球資訊網|"
                         r"中文网|中文網|中文版|网站|網站|[\s·・\-—]")
#: a title that opens with a newsletter's name: a place, then 新闻简报 / 中文通讯 / 快讯 (某市新闻简报 第45期)
_NEWSLETTER = re.compile(r"^(.{2,12}?)(?:中文版)?(?:新闻简报|新聞簡報|中文通讯|中文通訊|通讯|通訊|简报|簡報|快讯|快訊|"
                         r"新闻通讯|新聞通訊)(?![员員社])")
#: the site part of a page title: what follows its last bar, underscore or spaced dash
#: (新闻标题 | 某市, 新闻标题_某市政府, 新闻标题 - 某市); a dash inside a name (巴登-符腾堡) has no spaces
_SITE_BAR = re.compile(r"[|｜_]|\s[-–—]+\s|--")


def _foreign_site(title: str) -> Optional[ActorMention]:
    """A page whose site is a place abroad (its title ends in ``| 水原市`` or is only that place's masthead,
    ``大邱广域市``) is that place's own Chinese page: 本市/我市 on it are that place, not the Chinese partner
    its headline names.  Only the site part counts, and only where it is a place's name and office words."""
    site = _SITE_BAR.split(title)[-1].strip()
    masthead = _NEWSLETTER.match(site)
    if masthead:  # 某市新闻简报 第N期: the newsletter's place is the site
        site = masthead.group(1)
    if not site or len(site) > 20:
        return None
    found = [m for m in find_actors(site) if m.key and m.country not in (None, "CN", "TW", "HK", "MO")
             and m.level in ("adm1", "city", "district")]
    if len(found) != 1:
        return None
    rest = _SITE_WORDS.sub("", site.replace(found[0].surface, "", 1))
    rest = re.sub(r"^(?:市|县|縣|省|广域市|廣域市|特别市|特別市|府|道)", "", rest)
    return found[0] if not rest else None


_CITY_WORDS = {"我市", "本市", "我们市", "全市", "我们这座城市"}
_PROV_WORDS = {"我省", "本省", "全省", "我们省"}
_DISTRICT_WORDS = {"我区", "本区", "全区", "我县", "本县", "全县"}
#: the provinces that call themselves 区 (自治区): their own pages say 我区/全区 as a district's say it of itself
AUTONOMOUS_REGIONS = frozenset({"CN/Inner Mongolia", "CN/Xinjiang", "CN/Tibet", "CN/Guangxi", "CN/Ningxia"})
_COUNTRY_WORDS = {"我国", "中方", "我们国家", "祖国"}
PRONOUN_RE = re.compile(r"我们市|我市|本市|我省|本省|我区|本区|我县|本县|我国|该市|该省|该州|该国|两市|两省|贵市|贵省|贵国")


def _entry_mention(key: str) -> Optional[ActorMention]:
    e = gazetteer().by_key.get(key)
    return _to_mention(e, key) if e else None


def pronoun_actor(word: str, publisher: Optional[ActorMention],
                  context_mentions: Iterable[ActorMention] = ()) -> Optional[ActorMention]:
    """What a pronoun-like word stands for.

    ``我市``/``本市`` → the publisher city (None for a province publisher);
    ``我省``/``本省`` → the publisher province, or the province of the publisher city;
    ``我区``/``本区`` → the publisher district, or the publisher autonomous region (自治区);
    ``我国``/``中方`` → CN; ``该市``/``该省``/``该国`` → the last such place in
    ``context_mentions`` (the mentions before the word, in order); ``贵市``/``两市`` → None.
    The mention returned carries the antecedent's offsets.
    """
    g = gazetteer()
    if word in _COUNTRY_WORDS:
        if word != "中方" and publisher is not None and publisher.key == "TW":
            return publisher  # 我国 on a Taiwan government's page
        return _entry_mention("CN")
    if word in _CITY_WORDS:
        if publisher is None:
            return None
        if publisher.level == "city":
            return publisher
        if publisher.level == "district":
            parent = g.cn_parent.get(publisher.key or "")
            return _entry_mention(parent) if parent else None
        return None
    if word in _PROV_WORDS:
        if publisher is None:
            return None
        if publisher.level == "adm1":
            return publisher
        return _province_of(publisher)
    if word in _DISTRICT_WORDS:
        if publisher is not None and publisher.level == "adm1" and publisher.key in AUTONOMOUS_REGIONS:
            return publisher if word.endswith("区") else None  # (an autonomous region's own page: 我区 is itself)
        return publisher if publisher is not None and publisher.level == "district" else None
    level = {"该市": ("city",), "该省": ("adm1",), "该州": ("adm1",), "该国": ("country",)}.get(word)
    if level:
        for m in reversed(list(context_mentions)):
            if m.key and m.level in level:
                return m
        return None
    return None
