"""English names of China's ethnic autonomous areas, and a possessed region named again bare.

Sentences written for these tests."""
from cityaid.resolve.english import find_actors_en


def _mentions(text):
    return [(m.surface, m.key) for m in find_actors_en(text)]


def test_autonomous_region_is_its_first_name():
    got = dict(_mentions("Northwest China's Ningxia Hui Autonomous Region shipped 6,000 gowns to Bishkek on Friday."))
    assert "CN/Ningxia" in got.values()
    assert not any("Autonomous" in (k or "") for k in got.values())


def test_autonomous_region_with_two_words():
    keys = [k for _, k in _mentions("The Inner Mongolia Autonomous Region handed 800 thermometers to Ulaanbaatar.")]
    assert "CN/Inner Mongolia" in keys
    assert not any("Autonomous" in (k or "") for k in keys)


def test_autonomous_prefecture_of_two_peoples():
    keys = [k for _, k in _mentions("Last week the Honghe Hani and Yi Autonomous Prefecture trucked 9,000 masks "
                                    "across the border to Laos.")]
    assert "CN/Honghe" in keys
    assert not any("Autonomous" in (k or "") for k in keys)


def test_people_named_in_the_area_is_not_a_country():
    keys = [k for _, k in _mentions("Doctors of the Yanbian Korean Autonomous Prefecture spoke with colleagues "
                                    "in Khabarovsk.")]
    assert "CN/Yanbian" in keys
    assert "KR" not in keys


def test_possessed_region_is_found_again_bare():
    text = ("Guangxi sent 4,000 goggles to Vietnam's Cao Bang province in May. "
            "Cao Bang had mailed a letter of thanks in April.")
    ms = find_actors_en(text)
    bare = [m for m in ms if m.surface == "Cao Bang"]
    assert bare and bare[0].key.startswith("VN/")


def test_the_region_is_the_autonomous_region_just_named():
    from cityaid.resolve.english import publisher_place_en
    head = "BEIJING, May 3 (Xinhua) --"
    body = ("The Guangxi Zhuang Autonomous Region on Friday gave 7,000 masks to Vietnam's Lang Son province. "
            "The governor of Lang Son wrote to the region to thank it.")
    text = head + " " + body
    pub = publisher_place_en("Border aid", head, body)
    refs = [m for m in find_actors_en(text, pub) if m.surface == "the region"]
    assert refs and refs[0].key == "CN/Guangxi"
