"""Where a name is not the place it spells, and one place per name on a page (sentences written for these tests)."""
from cityaid.resolve import find_actors
from cityaid.resolve.english import find_actors_en


def zh(text):
    return [(m.surface, m.key) for m in find_actors(text)]


def test_town_name_inside_a_transliterated_person_name():
    # 雷斯市 (Rees, DE) spelled inside a mayor's surname before 市长 is no place
    assert zh("据悉，佩雷斯市长当天出席了交接仪式") == []
    # after a verb it is the place
    assert ("旧金山", "US/San Francisco") in zh("这批物资昨日运达旧金山国际机场")


def test_a_title_does_not_start_a_town_name():
    got = zh("爱知县知事大村秀章在推特上致谢")
    assert got == [("爱知县", "JP/Aichi")]


def test_state_keys_carry_no_qualifier():
    assert zh("向巴西里约热内卢州捐赠")[-1][1] == "BR/Rio de Janeiro"


def test_english_city_suffix_picks_the_city():
    keys = [m.key for m in find_actors_en("Tacoma received gloves from Jilin City last week.")]
    assert "CN/Jilin City" in keys


def test_english_open_name_keeps_its_first_reading():
    text = ("JEONJU -- Sunchang County in North Jeolla Province said it had received masks from Lanling, "
            "its partner county in China.\nSunchang County Governor Hwang Sook-ju wrote to Lanling.")
    keys = [m.key for m in find_actors_en(text) if m.surface.startswith("Sunchang")]
    assert keys and all(k.startswith("KR/") for k in keys)


def test_latin_spelling_given_at_another_mention():
    got = zh("泉州市的一批口罩寄到了德国友城诺伊施塔特。诺伊施塔特(Neustadt an der Weinstraße)市政府表示感谢。")
    assert got[1] == ("德国友城诺伊施塔特", "DE/Neustadt an der Weinstraße")


def test_a_town_named_inside_its_region_is_the_party():
    surface, key = zh("口罩转交给友城、哈利斯科州小镇萨约拉的市长")[-1]
    assert surface == "哈利斯科州小镇萨约拉" and key != "MX/Jalisco" and key.startswith("MX/")
    assert zh("向加拿大安大略省首府多伦多市捐赠") == [("加拿大安大略省首府多伦多市", "CA/Toronto")]


def test_transliteration_reads_the_country_s_j_and_m():
    from cityaid.resolve import transliterate as t
    assert t.skeleton_latin("Jelenia Góra", "PL") == t.skeleton_latin("Yelenia Gora")  # Polish j is a y
    assert t.skeleton_zh("汉普顿") == t.skeleton_latin("Hampton")                      # n before p is m
    found = t.match("斯普利特-达尔马提亚", "HR")                                       # a hyphenated county
    assert found is not None and found[0].name == "Split-Dalmatia"


def test_geonames_qualifier_is_not_in_the_key():
    from cityaid.resolve import geodb
    hits = geodb.by_english("Halle", "DE")
    assert hits and all("(" not in p.key for p in hits)


def test_federal_districts_and_short_provinces():
    assert zh("湖南省与俄罗斯远东联邦区签署协议")[-1][1] == "RU/Far Eastern Federal District"
    assert zh("向苏北省卫生部门捐赠口罩") == [("苏北省", "ID/North Sumatra")]
    assert zh("苏北地区的企业捐款") == []   # 苏北 alone is northern Jiangsu, no province


def test_english_us_county_and_district_of_city():
    ms = find_actors_en("Orange County received 5,000 masks from Hangzhou last week.")
    assert ms[0].key == "US/Orange County"
    assert [m.key for m in find_actors_en("Officials in Montgomery, Alabama said")] == ["US/Montgomery"]
    ms = find_actors_en("Its partner is the Yuhang District of Hangzhou in Zhejiang Province.")
    assert [m.key for m in ms][:2] == ["CN/Hangzhou/Yuhang", "CN/Zhejiang"]  # no separate Hangzhou


def test_chinese_living_abroad_are_china_s_side():
    assert zh("旅法华人向巴黎的医院捐赠口罩")[0] == ("旅法华人", "CN")
    assert zh("在加华侨华人为多伦多募捐")[0] == ("在加华侨华人", "CN")
    assert zh("在德国举办的活动")[0][1] == "DE"
