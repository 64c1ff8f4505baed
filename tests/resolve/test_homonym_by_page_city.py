"""A foreign homonym with no country named on the page: the country of a city the page names by a form that
other places share only as a weak reading (温哥华 is Vancouver, Canada; the US town of that name needs a cue).
Sentences written for these tests."""
from cityaid.clean import clean_text
from cityaid.resolve.actors import find_actors


def _keys(text):
    return [(m.surface, m.key) for m in find_actors(clean_text(text).text)]


def test_homonym_takes_the_country_of_the_page_city():
    got = _keys("明报 温哥华 5月3日\n列治文市议会昨日收到友好城市厦门寄来的两万只口罩。")
    assert ("列治文市", "CA/Richmond") in got, got


def test_homonym_with_its_country_named_is_unchanged():
    got = _keys("美国弗吉尼亚州列治文市长致函厦门表示感谢。")
    assert any(k == "US/Richmond" for _s, k in got), got
