"""Chinese press forms of German cities that the gazetteer's GeoNames names miss (sentences written here)."""

from cityaid.resolve import find_actors


def keys(text):
    return [(m.surface, m.key) for m in find_actors(text)]


def test_press_forms_of_german_cities():
    got = keys("德国马德堡向友城捐赠了两千只手套，艾福特也送来一批消毒液。")
    assert any(k == "DE/Magdeburg" and s.endswith("马德堡") for s, k in got)
    assert ("艾福特", "DE/Erfurt") in got


def test_a_two_character_form_needs_its_country_on_the_page():
    assert ("哈勒", "DE/Halle") in keys("在德国，哈勒向南通寄去口罩。")
    assert not any(k == "DE/Halle" for _s, k in keys("米哈勒先生向南通寄去口罩。"))


def test_short_press_form_of_erlangen():
    got = keys("江阴市向德国埃朗根市寄去八千只口罩。")
    assert any(k == "DE/Erlangen" and "埃朗根" in s for s, k in got)
    assert not any(k == "DE/Ellingen" for _s, k in got)
