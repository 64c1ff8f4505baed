"""The gazetteer: data tables in ``cityaid/data`` turned into one Aho-Corasick automaton.

Every place or body is an :class:`Entry`; every surface form (Chinese name, with
or without its admin suffix) points at a list of :class:`Cand` (entry + whether
the form is *weak*, i.e. only taken with a cue).  The automaton and the indexes
are built once per process, lazily (:func:`gazetteer`).
"""
from __future__ import annotations

import csv
import gc
import io
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import ahocorasick

# kind -> rank (lower wins when several entries share a surface and no cue decides)
RANK = {"country": 0, "fang": 0, "org": 1, "cn": 2, "subdiv": 3, "curated": 4, "cn_district": 5, "geo": 6,
        "abbrev": 9}
LEVEL_RANK = {"country": 0, "adm1": 1, "city": 2, "district": 3, "org": -1}

ADMIN_SUFFIXES = ("特别自治市", "特别自治道", "特别市", "广域市", "边疆区", "边区", "共和国", "自治州", "自治区",
                  "大区", "市", "县", "区", "州", "省", "道", "府", "都", "郡", "町", "村")
# geonames names that are ordinary words in Chinese running text
GEO_STOP = {"中心", "友好", "向日", "国际", "政府", "人民", "中央", "新闻", "日本", "中国", "世界", "和平", "平和",
            "大和", "本部", "东方", "西方", "南方", "北方", "上海", "北京", "天津", "重庆", "长春", "太平", "长安",
            "安全", "自由", "光明", "文化", "大同", "同心", "协和", "共和", "合作", "和田", "一宫", "三和", "美国",
            "英国", "法国", "德国", "俄国", "公园", "医院", "大学", "学院", "机场", "市场", "长江", "江南", "华南",
            "永和", "中和", "新市", "本市", "我市", "城市", "全市", "两市", "该市", "贵市", "东京都"}
# Chinese short names that are also common words: matched only with a cue (or with their suffix)
CN_WEAK_SHORT = {"东方", "安康", "白银", "大同", "中山", "阿里", "天门", "朝阳", "三明", "长治", "普洱", "文昌",
                 "万宁", "双河", "北屯", "玉树", "海东", "海西", "海北", "兴安", "白山", "昆玉", "吉安", "永安",
                 "和田", "新星", "白杨", "胡杨河", "铁门关", "可克达拉", "三沙", "黄南", "果洛", "海南"}
# Chinese districts whose full name is a common word (城区 a town's centre, 郊区 its suburbs) or a ward name
# every city has (东区: Korea's, Hong Kong's): taken only with a cue (after their city, on their city's page)
CN_WEAK_FULL = {"城区", "郊区", "矿区", "东区", "西区"}

# surfaces that swallow a shorter place name inside an ordinary word
NOISE = ("汉堡包", "三明治", "东方红", "朝阳产业", "大同小异", "天门冬", "白银时代", "安康鱼", "中山装",
         "阿里巴巴", "新市民", "丽水湾", "长治久安", "国际友好城市", "中心城市", "吉安娜",
         "拉美国家", "欧美国家", "南美国家", "北美国家")  # (Latin American, Western countries: no United States)


# the division table's rows for Taiwan, Hong Kong and Macau: the spec keys them by their own ISO 3166-1
# codes (TW, HK, MO), so 台湾省, 香港特别行政区 are names of those entries (countries.tsv), not CN/...
_OWN_COUNTRY_CODE = {"710000": "TW", "810000": "HK", "820000": "MO"}


@dataclass(frozen=True, slots=True)
class Entry:
    key: str | None
    level: str
    country: str | None
    name_en: str | None
    kind: str
    pop: int = 0
    parent: str | None = None  # CN divisions: the parent's key; subdivisions: the country


@dataclass(frozen=True, slots=True)
class Cand:
    entry: Entry
    weak: bool
    suffixed: bool  # the surface includes an admin suffix (市, 州, 道 ...)


@dataclass
class Gazetteer:
    automaton: ahocorasick.Automaton
    by_surface: dict[str, list[Cand]]
    by_key: dict[str, Entry]
    by_english: dict[str, list[Entry]]
    abbrev: dict[str, str]
    cn_by_adcode: dict[str, Entry] = field(default_factory=dict)
    cn_parent: dict[str, str] = field(default_factory=dict)  # key -> parent key


def _read(name: str) -> list[dict[str, str]]:
    text = resources.files("cityaid").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\"))


def _names(field_: str) -> list[tuple[str, bool]]:
    out = []
    for n in field_.split("|"):
        n = n.strip()
        if not n:
            continue
        weak = n.startswith("~")
        out.append((n.lstrip("~"), weak))
    return out


def _has_suffix(s: str) -> bool:
    return any(s.endswith(x) for x in ADMIN_SUFFIXES) and len(s) >= 2


def _variants(name: str) -> list[str]:
    """Spelling variants of one name: hyphens and dots as they appear in Chinese text."""
    out = [name]
    if "-" in name:
        out += [name.replace("-", ""), name.replace("-", "·"), name.replace("-", "—")]
    if "(" in name:
        out.append(name.replace("(", "（").replace(")", "）"))
    if name.endswith("边疆区"):
        out.append(name[:-3] + "边区")
    return out


class _Builder:
    def __init__(self):
        self.by_surface: dict[str, list[Cand]] = {}
        self.by_key: dict[str, Entry] = {}
        self.by_english: dict[str, list[Entry]] = {}

    def add(self, surface: str, entry: Entry, weak: bool = False, suffixed: bool | None = None):
        if not surface:
            return
        if suffixed is None:
            suffixed = _has_suffix(surface)
        lst = self.by_surface.setdefault(surface, [])
        for c in lst:
            if c.entry.key == entry.key and c.entry.kind == entry.kind:
                if c.weak and not weak:  # upgrade
                    lst.remove(c)
                    break
                return
        lst.append(Cand(entry, weak, suffixed))

    def register(self, entry: Entry, english: list[str] = ()):
        if entry.key and (entry.key not in self.by_key or RANK[entry.kind] < RANK[self.by_key[entry.key].kind]):
            self.by_key[entry.key] = entry
        for e in [entry.name_en, *english]:
            if e:
                self.by_english.setdefault(e.lower(), []).append(entry)


def _build() -> Gazetteer:
    b = _Builder()
    # ---- countries
    for r in _read("countries.tsv"):
        e = Entry(r["code"], "country", r["code"], r["name_en"], "country")
        b.register(e, [r["code"]])
        for n, weak in _names(r["names_zh"]):
            if len(n) >= 2:
                b.add(n, e, weak, suffixed=False)
    abbrev = {}
    for r in _read("country_abbrev.tsv"):
        abbrev[r["abbrev"]] = r["code"]
        e = Entry(r["code"], "country", r["code"], b.by_key[r["code"]].name_en if r["code"] in b.by_key else None,
                  "abbrev")
        b.add(r["abbrev"], e, True, suffixed=False)
        ef = Entry(r["code"], "country", r["code"], e.name_en, "fang")
        b.add(r["abbrev"] + "方", ef, False, suffixed=False)
    # ---- organisations
    for r in _read("orgs.tsv"):
        country = None if r["key"].startswith("ORG/") else r["key"].split("/")[0]
        e = Entry(r["key"], r["level"], country, r["name_en"], "org" if country is None else "country")
        b.register(e, [r["key"].split("/", 1)[-1]])
        for n, weak in _names(r["names_zh"]):
            b.add(n, e, weak, suffixed=False)
    # ---- Chinese divisions
    cn_by_adcode: dict[str, Entry] = {}
    cn_parent: dict[str, str] = {}
    rows = [r for r in _read("cn_divisions.tsv") if r["adcode"] not in _OWN_COUNTRY_CODE]
    for r in rows:
        parent = cn_by_adcode[r["parent"]].key if r["parent"] in cn_by_adcode else None
        kind = "cn_district" if r["level"] == "district" else "cn"
        e = Entry(r["key"], r["level"], "CN", r["name_en"], kind, parent=parent)
        cn_by_adcode[r["adcode"]] = e
        if parent:
            cn_parent[r["key"]] = parent
        b.register(e)
        b.add(r["name"], e, r["name"] in CN_WEAK_FULL)
        short = r["short"]
        if short and short != r["name"]:
            weak = ((kind == "cn_district" and not _has_suffix(short)) or len(short) < 2
                    or (short in CN_WEAK_SHORT and r["level"] != "adm1"))
            b.add(short, e, weak, suffixed=_has_suffix(short) and kind == "cn_district")
            if r["level"] == "adm1" and not r["name"].endswith("省"):
                b.add(short + "省", e, False)
            if r["name"].endswith("自治州") and not short.endswith("州"):
                b.add(short + "州", e, False)  # 德宏州, 延边州: an autonomous prefecture's usual short form
    # ---- subdivisions (and KR metropolitan cities)
    for r in _read("subdivisions.tsv"):
        e = Entry(r["key"], r["level"], r["country"], r["name_en"], "subdiv", parent=r["country"])
        b.register(e, [r["iso_code"]] if r["iso_code"] else [])
        for n, weak in _names(r["names_zh"]):
            for v in _variants(n):
                b.add(v, e, weak or len(v) < 2)
    # ---- curated cities
    for r in _read("cities_curated.tsv"):
        e = Entry(r["key"], r["level"], r["country"], r["name_en"], "curated", int(r["population"] or 0),
                  parent=r["country"])
        b.register(e)
        for n, weak in _names(r["names_zh"]):
            for v in _variants(n):
                if len(v) >= 2:
                    b.add(v, e, weak)
                if not v.endswith("市"):
                    b.add(v + "市", e, weak or len(v) < 2, suffixed=True)
    # ---- GeoNames cities
    # a name the curated tables give a better-known place (华盛顿: the US state and capital, taken only
    # with a cue) is not taken for a GeoNames homonym abroad without one (Washington, England)
    curated_names = {s: {c.entry.key for c in cands} for s, cands in b.by_surface.items()
                     if any(c.entry.kind in ("curated", "subdiv") for c in cands)}
    from .geodb import key_name, plain_name

    for r in _read("cities.tsv"):
        pop = int(r["population"] or 0)
        key, name_en = r["key"], r["name_en"]
        plain = plain_name(r["country"], name_en)
        if plain != name_en:  # Fukui-shi (keyed JP/Fukui), Hanau am Main: read in English by the plain name too
            key = f'{r["country"]}/{key_name(r["country"], plain_name(r["country"], name_en, keep_region=True))}'
        e = Entry(key, "city", r["country"], name_en if " " in name_en else plain, "geo", pop, parent=r["country"])
        b.register(e, [plain] if plain != e.name_en else [])
        names = _names(r["names_zh"])
        town = any(n.endswith(("町", "村", "郡", "区")) for n, _w in names)
        for n, _w in names:
            if n in GEO_STOP:
                if not town and len(n) >= 2:
                    b.add(n + "市", e, True, suffixed=True)
                continue
            if town and not n.endswith(("町", "村", "郡", "区")):
                # a town or ward: its bare name only with a cue, and never with 市
                if len(n) >= 2:
                    b.add(n, e, True, suffixed=False)
                continue
            if n.endswith("市") and len(n) >= 2:
                b.add(n, e, len(n) < 3 or pop < 15000, suffixed=True)
                continue
            if len(n) >= 2:
                # a bare name is taken without a cue only when it is long and the place is not tiny
                # (a two-character Japanese or Korean name of a city of a million, 大阪, 京都, 福冈, is no
                # Chinese word and is read bare too; its prefecture shares the key)
                short_ok = len(n) >= 3 or (pop >= 1_000_000 and r["country"] in ("JP", "KR"))
                b.add(n, e, not short_ok or pop < 50000 or bool(curated_names.get(n, set()) - {e.key}),
                      suffixed=False)
            if len(n) >= 1:
                b.add(n + "市", e, len(n) < 2 or pop < 15000, suffixed=True)
    # a county made a county-level city since the division table was drawn (玉环县 -> 玉环市): its
    # 市 form, where no other place has that name; weak (taken after its province or prefecture, or
    # once the page has named it), since many such forms are ordinary words (大城市, 富裕市民)
    for r in rows:
        name = r["name"]
        if r["level"] == "district" and name.endswith("县") and not name.endswith("自治县") and len(name) >= 3:
            upgraded = name[:-1] + "市"
            if upgraded not in b.by_surface:
                b.add(upgraded, cn_by_adcode[r["adcode"]], True, suffixed=True)
    for n in NOISE:
        b.by_surface.setdefault(n, [])

    A = ahocorasick.Automaton()
    for s, cands in b.by_surface.items():
        A.add_word(s, s)
    A.make_automaton()
    return Gazetteer(A, b.by_surface, b.by_key, b.by_english, abbrev, cn_by_adcode, cn_parent)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use).

    Its tens of thousands of entries and candidate lists live as long as the
    process: once built they are moved out of the cycle collector's reach
    (``gc.freeze``, as the web app does at start), or every full collection
    during a run walks them all again (about 50 ms each, several per thousand
    pages).  Objects frozen here are still freed by reference counting.
    """
    g = _build()
    gc.freeze()
    return g


HAN_RE = re.compile(r"[\u3400-\u9fff]")
