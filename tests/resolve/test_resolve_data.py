"""The gazetteer tables: shape, provenance, coverage, speed."""
import csv
import io
from collections import Counter
from importlib import resources

import pytest

from cityaid.resolve import find_actors
from cityaid.resolve.gazetteer import _build

TABLES = ["countries.tsv", "country_abbrev.tsv", "subdivisions.tsv", "cities.tsv", "cities_curated.tsv",
          "cn_divisions.tsv", "orgs.tsv"]


def rows(name):
    text = resources.files("cityaid").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\"))


@pytest.mark.parametrize("name", TABLES)
def test_table_has_source_and_is_small(name):
    p = resources.files("cityaid").joinpath("data", name)
    assert len(p.read_bytes()) < 3_000_000
    rs = rows(name)
    assert rs and all(r["source"] for r in rs)


def test_countries_cover_the_world():
    codes = {r["code"] for r in rows("countries.tsv")}
    assert len(codes) >= 240


def test_subdivisions_cover_partner_countries():
    per = Counter(r["country"] for r in rows("subdivisions.tsv") if r["level"] == "adm1")
    minimum = {"JP": 47, "US": 50, "KR": 9, "RU": 30, "DE": 16, "FR": 13, "IT": 20, "GB": 4, "CA": 13, "AU": 8,
               "BR": 27, "BY": 6, "UA": 24, "KZ": 14}
    for cc, n in minimum.items():
        assert per[cc] >= n, cc


def test_cn_divisions():
    rs = rows("cn_divisions.tsv")
    lv = Counter(r["level"] for r in rs)
    assert lv["adm1"] + sum(1 for r in rs if r["level"] == "city" and not r["parent"]) >= 34
    assert lv["district"] > 2500
    keys = [r["key"] for r in rs]
    assert len(keys) == len(set(keys))


def test_matching_a_long_text_finds_every_mention():
    """Speed is measured by benchmarks/extract_speed.py, never asserted here."""
    _build()
    text = "黑龙江省向俄罗斯萨哈(雅库特)共和国、日本北海道和韩国忠清北道捐赠了口罩。" * 5000
    ms = find_actors(text)
    assert len(ms) == 4 * 5000


def test_japanese_cities_geonames_names_after_a_quarter_take_the_citys_name():
    """GeoNames names Funabashi after its central quarter (本町 Honchō); the build keys it by the city's name."""
    from cityaid.resolve.actors import find_actors

    for text, key in (("日本船桥市", "JP/Funabashi"), ("日本加古川市", "JP/Kakogawa"), ("日本八代市", "JP/Yatsushiro")):
        assert key in [m.key for m in find_actors(text)], text
