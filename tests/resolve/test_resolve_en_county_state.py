"""An English county told with its state after it ("X County, Texas"): one place, the county, of the
state's country (sentences written for the tests; real place names)."""
from __future__ import annotations

import pytest

from cityaid.resolve import geodb
from cityaid.resolve.english import find_actors_en

pytestmark = pytest.mark.skipif(not geodb.enabled() or not geodb.stats()["rows"], reason="open-world layer off")


def keys(text: str) -> list[str | None]:
    return [m.key for m in find_actors_en(text)]


@pytest.mark.parametrize("text, key", [
    ("The Chinese city shipped 4,000 gowns to Harris County, Texas, last week.", "US/Harris County"),
    ("Gloves were handed to health workers in Cook County, Illinois.", "US/Cook County"),
    ("Dallas County, Texas, received the face shields on Monday.", "US/Dallas County"),
    ("A box of thermometers reached Hamilton County, Ohio.", "US/Hamilton County"),
])
def test_a_county_then_its_state_is_the_county(text, key):
    assert [k for k in keys(text) if k != "CN"] == [key]


def test_a_county_in_a_province_takes_the_provinces_country():
    got = keys("Test kits arrived in Gapyeong County in Gyeonggi Province.")
    assert got[0] == "KR/Gapyeong"


@pytest.mark.parametrize("text, key", [
    ("Seoul's Gangnam District gave 8,000 masks.", "KR/Seoul/Gangnam"),
    ("Busan's Haeundae District sent its thanks.", "KR/Busan/Haeundae"),
])
def test_a_korean_citys_district_is_keyed_under_the_city(text, key):
    assert keys(text) == [key]
