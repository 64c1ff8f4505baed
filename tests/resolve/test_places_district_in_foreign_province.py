"""A district written after its foreign province (越南X省Y县), and a district whose name ends like a place named
earlier (琅南塔 … 南塔县) is not that place (sentences written for these tests)."""

from cityaid.resolve import find_actors


def keys(text):
    return [(m.surface, m.key) for m in find_actors(text)]


def test_district_after_its_province_is_the_party():
    got = keys("红河州向越南老街省巴刹县送去了八千只口罩。")
    assert got[-1][0] == "越南老街省巴刹县" and got[-1][1] != "VN/Lao Cai"


def test_province_alone_keeps_its_key():
    assert keys("普洱市向老挝丰沙里省寄去了体温计。")[-1][1] == "LA/Phongsaly"


def test_district_not_taken_for_a_longer_name_ending_alike():
    text = "昆明向老挝北部琅南塔捐了手套；次日，勐海县也向老挝琅南塔省南塔县送去了一千只口罩。"
    got = keys(text)
    assert got[-1][0].endswith("南塔县") and got[-1][1] != "LA/Luang Namtha"


def test_city_named_again_keeps_its_place():
    got = keys("菲律宾宿务收到了厦门的手套，宿务市市长致信感谢。")
    assert [k for _s, k in got if k and k.startswith("PH")] == ["PH/Cebu City", "PH/Cebu City"]
