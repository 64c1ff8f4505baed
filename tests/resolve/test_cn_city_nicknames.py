"""A Chinese city's literary name (江城, 榕城, 蓉城) is that city on a page that names it in full or is its own;
elsewhere it stays what it was (a district of that name).  Sentences written for the test."""
from cityaid.resolve.actors import find_actors
from tests.extract.page_helpers import page_sides


def keys(text, home=None):
    return [(m.surface, m.key) for m in find_actors(text, home)]


def test_a_nickname_is_the_city_the_page_names():
    got = keys("成都市外办介绍，韩国光州市近日向蓉城送来口罩。")
    assert ("蓉城", "CN/Chengdu") in got


def test_a_nickname_that_is_also_a_district_name_goes_to_the_named_city():
    got = keys("福州市民记得，日本长崎市曾向榕城送来3000只口罩。")
    assert ("榕城", "CN/Fuzhou") in got


def test_a_nickname_on_the_own_page():
    assert ("江城", "CN/Wuhan") in keys("意大利某市向江城寄来慰问信。", home="CN/Wuhan")


def test_without_the_city_named_no_nickname_reading():
    assert not any(k == "CN/Chengdu" for _s, k in keys("光州市近日向蓉城送来口罩。"))


def test_a_gift_to_the_nickname():
    assert page_sides("武汉告急时，日本冈山市驰援江城，寄来口罩1万只。") == [("donation", ["JP/Okayama"], ["CN/Wuhan"])]
