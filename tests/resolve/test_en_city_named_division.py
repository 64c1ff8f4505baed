"""A division named after its chief town ("X Province", "X Region"), which the gazetteer holds only as the town,
is keyed with the unit word it is told with: it is not the town."""
from cityaid.resolve.english import find_actors_en


def _keys(text):
    return [(m.surface, m.key, m.level) for m in find_actors_en(text, None)]


def test_province_named_after_its_capital():
    got = _keys("Last Friday Ndola Province received 4,000 gowns from Anhui, officials in Zambia said.")
    assert ("Ndola Province", "ZM/Ndola Province", "adm1") in got


def test_region_named_after_its_capital():
    got = _keys("Mzuzu Region in Malawi thanked Hefei for 900 goggles.")
    assert ("Mzuzu Region", "MW/Mzuzu Region", "adm1") in got


def test_state_stays_the_town():
    assert any(k == "NG/Kaduna" for _s, k, _l in _keys("Kaduna State took delivery of 900 goggles from Hefei."))


def test_bare_town_stays_the_town():
    assert any(k == "KE/Nakuru" for _s, k, _l in _keys("Nakuru took delivery of 900 goggles sent by Hefei."))


def test_province_with_its_own_entry_is_unchanged():
    assert any(k == "CN/Hubei" for _s, k, _l in _keys("Hubei Province shipped 5,000 gowns to Osaka."))
