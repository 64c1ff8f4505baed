"""Place names read through a part of the country (泰国北部X府), an autonomous prefecture's short form with its
州 (红河州X市), and a few curated border towns and regions (sentences written for these tests)."""

from cityaid.resolve import find_actors


def keys(text):
    return [(m.surface, m.key) for m in find_actors(text)]


def test_part_of_country_then_province():
    got = keys("据报道，泰国北部清迈府昨天收到了一批手套。")
    assert [k for _s, k in got] == ["TH/Chiang Mai"]


def test_part_of_country_then_list_of_provinces():
    got = [k for _s, k in keys("昆明向老挝北部乌多姆赛、丰沙里两省寄去了体温计。")]
    assert "LA/Oudomxay" in got and "LA/Phongsaly" in got and "LA" not in got


def test_part_of_country_alone_is_no_name():
    got = [k for _s, k in keys("泰国北部疫情趋缓，学校陆续复课。")]
    assert got == ["TH"]


def test_autonomous_prefecture_short_form_then_county_city():
    got = keys("红河州个旧市与越南老街省举行了视频会谈。")
    assert got[0][1] == "CN/Honghe/Gejiu"
    assert keys("延边州向俄罗斯滨海边疆区寄出了防护服。")[0][1] == "CN/Yanbian"


def test_curated_border_towns_and_regions():
    assert ("阿联酋沙迦", "AE/Sharjah") in keys("宁夏向阿联酋沙迦寄去了三千只口罩。")
    assert keys("蒙古国扎门乌德口岸当天开放。")[0][1] == "MN/Zamyn-Uud"
    assert keys("智利比奥比奥大区的官员表示感谢。")[0][1] == "CL/Biobio"
    got = [k for _s, k in keys("斯里兰卡中央省省长致信云南省。")]
    assert got[0] == "LK/Central Province"


def test_canadian_short_form_needs_its_country():
    assert [k for _s, k in keys("加拿大亚省政府发来感谢信。")] == ["CA/Alberta"]
    assert keys("东南亚省份的学生也参加了会议。") == []



def test_english_renamed_capital_and_border_town():
    from cityaid.resolve.english import find_actors_en
    text = "Nur-Sultan received 4,000 gloves, and the town of Zamiin Uud got 900 thermometers."
    got = [m.key for m in find_actors_en(text)]
    assert "KZ/Astana" in got and "MN/Zamyn-Uud" in got
