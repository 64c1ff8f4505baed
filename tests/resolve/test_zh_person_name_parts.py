"""A place name that is one part of a transliterated person's name, and region words holding 美国
(sentences written for these tests)."""

from cityaid.resolve.actors import find_actors


def keys(text):
    return [(m.surface, m.key) for m in find_actors(text)]


def test_a_surname_that_is_a_city_name_after_the_name_dot_is_no_place():
    got = keys("该市市长卡拉·门多萨近日向长沙市致谢。")
    assert not any(s == "门多萨" for s, _k in got)
    assert ("长沙市", "CN/Changsha") in got


def test_a_country_inside_a_given_name_is_no_place():
    got = keys("伯明翰市议会议员理查德·克拉克致信成都。")
    assert not any(k == "TD" for _s, k in got)


def test_a_label_of_two_places_keeps_both():
    got = keys("意大利·威尼斯市向杭州捐赠口罩。")
    assert any(k == "IT" or (k or "").startswith("IT/") for _s, k in got)


def test_latin_american_countries_name_no_united_states():
    got = keys("截至6月，浙江已向拉美国家的12座友城捐赠口罩。")
    assert not any(k == "US" for _s, k in got)
