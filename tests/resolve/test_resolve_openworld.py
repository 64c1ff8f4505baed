"""Open-world places: names the small gazetteer lacks, found by their construction (sentences written for the tests)."""
from __future__ import annotations

import pytest

from cityaid.resolve import find_actors, geodb
from cityaid.resolve.openworld import read_name, resolve
from cityaid.resolve.transliterate import match, pinyin, skeleton_latin, skeleton_zh

pytestmark = pytest.mark.skipif(not geodb.enabled() or not geodb.stats()["rows"], reason="open-world layer off")


def places(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.surface, m.key, m.level) for m in find_actors(text)]


def test_country_then_unknown_town_with_suffix_is_a_place_of_that_country():
    got = places("斯洛伐克科希策市政府向我市寄来了慰问信")
    assert got[0][1].startswith("SK/") and got[0][2] == "city"


def test_a_name_no_table_holds_is_kept_as_written():
    (surface, key, level), = places("匈牙利巴拉顿菲兹村发来视频")
    assert key == "HU/巴拉顿菲兹" and level == "city" and surface == "匈牙利巴拉顿菲兹村"


def test_region_suffix_gives_adm1():
    got = places("克罗地亚斯普利特-达尔马提亚省省长表示感谢")
    assert got[0][1].startswith("HR/") and got[0][2] == "adm1"


def test_partner_noun_then_name_without_suffix():
    got = places("西班牙友城萨拉戈萨送来一批口罩")
    assert ("ES/Zaragoza" in {k for _s, k, _l in got}) or any("萨拉戈萨" in s for s, _k, _l in got)


def test_town_inside_a_known_region():
    got = places("美国得克萨斯州小镇科珀斯克里斯蒂的居民")
    assert [k for _s, k, _l in got][-1] == "US/Corpus Christi"


def test_list_after_an_unknown_first_item_keeps_the_country():
    got = places("向葡萄牙友城布拉加市、吉马良斯市和阿威罗市捐赠口罩")
    assert len(got) == 3 and all(k and k.startswith("PT/") for _s, k, _l in got)


def test_latin_spelling_in_brackets_is_looked_up():
    got = places("智利比尼亚德尔马市(Viña del Mar)收到捐赠")
    assert got[-1][1] == "CL/Vina del Mar"


def test_a_name_found_once_is_found_again_alone():
    got = places("罗马尼亚友城克卢日-纳波卡市来信。克卢日-纳波卡市长说")
    keys = [k for _s, k, _l in got]
    assert len(keys) == 2 and keys[0] == keys[1]


def test_no_place_from_ordinary_words_after_a_country():
    assert places("德国总理默克尔") == [("德国", "DE", "country")]
    assert places("美国东部地区") == [("美国", "US", "country")]
    assert places("法国华人社区捐款") == [("法国", "FR", "country")]
    assert places("英国代表来自伦敦") == [("英国", "GB", "country"), ("伦敦", "GB/London", "city")]


def test_japanese_names_are_not_transliterations():
    # 岐阜 is read in kanji: no pinyin match may turn it into another town
    key, level, _en, _found = resolve("某某", "町", "JP")
    assert key == "JP/某某" and level == "city"


def test_read_name_stops_at_suffix_and_at_title():
    assert read_name("索普龙市市长", 0) == (4, "索普龙", "市")
    assert read_name("佩鲁贾市长", 0)[1] == "佩鲁贾"


def test_transliteration_matches_within_the_named_country():
    assert pinyin("波兹南") == ("bo", "zi", "nan")
    assert skeleton_zh("卡拉奇") == "KLJ" and skeleton_latin("Karachi") == "KLJ"
    place, score = match("卡拉奇", "PK")
    assert place.key == "PK/Karachi" and score >= 0.95
    assert match("卡拉奇", "US") is None or match("卡拉奇", "US")[0].cc == "US"


def test_switch_turns_the_layer_off(monkeypatch):
    monkeypatch.setenv("CITYAID_OPEN_WORLD", "0")
    assert not geodb.enabled()


def test_name_with_suffix_before_a_title_in_a_story_about_a_country():
    got = places("【葡萄牙】5月3日,我省向阿威罗市政府捐赠口罩")
    assert got[-1][1].startswith("PT/") and got[-1][0].startswith("阿威罗")
    # the walk back stops at a verb: 通过X省政府 is X, not 通过X
    got = places("【意大利】我市通过翁布里亚大区政府转交物资")
    assert got[-1][0] == "翁布里亚大区"


def test_country_in_brackets_after_title_and_person():
    got = places("塞格德州长托特·安德拉什(匈牙利)来信")
    assert got[0][1].startswith("HU/")


def test_partner_noun_then_list_comma_and_a_region():
    got = places("在智利,我市将口罩转交给友城、比奥比奥大区小城洛塔")
    assert [k for _s, k, _l in got][-1].startswith("CL/")


def test_taiwan_and_hong_kong_spellings_after_t2s():
    # written as in Taiwan or Hong Kong; the cleaner's t2s gives these simplified forms
    for name, key in (("旧金山", "US/San Francisco"), ("纽约", "US/New York"), ("三藩市", "US/San Francisco"),
                      ("佛罗伦斯", "IT/Florence"), ("休士顿", "US/Houston"), ("蒙特娄", "CA/Montreal"),
                      ("纽泽西州", "US/New Jersey"), ("槟城州", "MY/Penang")):
        got = places(f"{name}政府寄来一批手套")
        assert got and got[0][1] == key, (name, got)


def test_homonym_takes_the_country_named_before_it():
    assert places("英国波士顿市议会来信")[0][1] == "GB/Boston"
    assert places("美国波士顿市议会来信")[0][1] == "US/Boston"


def test_ordinary_words_before_a_suffix_are_not_places():
    assert places("【德国】萨克森州卫生部长代表州政府收下了这批口罩") == [("德国", "DE", "country"), ("萨克森州", "DE/Saxony", "adm1")]
    assert places("【美国】收货方把物资转赠州政府")[1:] == []
    assert places("据日本新侨报网报道") == [("日本", "JP", "country")]


def test_phonetic_alignment_reads_vowels_the_skeleton_drops():
    from cityaid.resolve.transliterate import match_phonetic

    # four syllables whose consonants alone (FN) fit hundreds of French towns
    assert match_phonetic("阿维尼翁", "FR")[0].name == "Avignon"
    assert match_phonetic("克拉科夫", "PL")[0].name == "Kraków"
    # two syllables: only in a country of few places (Palau's sixteen states)
    assert match_phonetic("科罗", "PW", ("adm1", "adm2"))[0].name == "Koror"
    assert match_phonetic("瓦拉", "SE") is None


@pytest.mark.parametrize("name, cc", [("布里德", "US"), ("英斯利", "US"), ("斯旺西", "DE"), ("马尔萨拉", "BE")])
def test_phonetic_alignment_keeps_short_or_foreign_names_unmatched(name, cc):
    from cityaid.resolve.transliterate import match_phonetic

    assert match_phonetic(name, cc) is None


@pytest.mark.parametrize("text,key", [
    ("卢布林省卫生局发来感谢信", "PL/Lublin"),      # a city the automaton reads, then the voivodeship's 省
    ("我市向大波兰省捐赠了防护服", "PL/Greater Poland"),  # a direction before the country's name
    ("上奥地利州州长致信表示感谢", "AT/Upper Austria"),
    ("安徽省向波兰小波兰省寄去口罩", "PL/Lesser Poland"),  # the country, then the region with it inside
])
def test_a_city_or_country_name_with_a_region_suffix_is_the_region(text, key):
    got = [(m.key, m.level) for m in find_actors(text) if m.country != "CN"]
    assert got[0] == (key, "adm1"), got


def test_a_country_with_a_suffix_no_gazetteer_holds_stays_the_country():
    got = [(m.key, m.level) for m in find_actors("波兰省份众多") if m.country != "CN"]
    assert got[0] == ("PL", "country"), got


@pytest.mark.parametrize("text,key", [
    ("轻井泽町向我市寄来口罩", "JP/Karuizawa"),      # 町: a Japanese town, no country named before it
    ("今天上午，富士河口湖町政府发来慰问信", "JP/Fujikawaguchiko"),
])
def test_a_town_with_machi_is_a_japanese_town(text, key):
    got = [(m.key, m.level) for m in find_actors(text) if m.country == "JP"]
    assert got == [(key, "city")], got


def test_korean_province_short_form_with_do():
    got = [(m.key, m.level) for m in find_actors("全南道厅向友好省份发来慰问")]
    assert got[0] == ("KR/South Jeolla", "adm1")


def test_a_region_list_goes_on_after_a_widened_region():
    # 老街 read as a city, widened to 老街省: the list after it is read in the same country
    got = [(m.key, m.level) for m in find_actors("省政府向越南老街省、河江省各捐赠口罩三万只") if m.country == "VN"]
    assert got == [("VN/Lao Cai", "adm1"), ("VN/Ha Giang", "adm1")], got


def test_a_name_already_placed_keeps_its_place_when_another_country_is_named_nearer():
    text = ("昨天，菲律宾宿务收到了我市的口罩。同一天印尼泗水市也收到了物资。"
            "宿务市市长发文表示感谢。")
    got = [m.key for m in find_actors(text) if "宿务" in m.surface]
    assert len(got) == 2 and got[0] == got[1] and got[0].startswith("PH/Cebu"), got


def test_a_foreign_city_shortened_to_its_first_character_and_shi():
    text = "多伦多市议会周二表决通过，多市将向友城捐出十万只口罩，省内等多市也表示支持。"
    got = [(m.surface, m.key) for m in find_actors(text) if m.country == "CA"]
    assert got == [("多伦多市", "CA/Toronto"), ("多市", "CA/Toronto")], got


def test_a_run_after_a_partner_noun_that_ends_in_a_chinese_city_is_no_foreign_place():
    # 盛赞 (praise) + 杭州: the characters could spell a name with 州, but the run ends in a Chinese city's name
    got = places("塔吉克斯坦友城盛赞杭州经验")
    assert ("杭州", "CN/Hangzhou", "city") in got
    assert not any(k and k.startswith("TJ/") for _s, k, _l in got)


def test_a_us_county_is_keyed_as_a_county_under_its_state():
    assert places("美国马里兰州蒙哥马利县") == [("美国马里兰州蒙哥马利县", "US/Montgomery County", "city")]


def test_the_region_a_foreign_city_lies_in_is_a_place_of_that_country():
    got = places("约翰内斯堡所在的豪登省卫生厅表示感谢")
    assert ("豪登省", "ZA/Gauteng", "adm1") in got


def test_us_city_name_with_county_suffix_is_the_county():
    got = places("4月3日，西安市向美国西雅图所在的金县捐赠口罩，洛杉矶县卫生局也收到了防护服")
    assert ("洛杉矶县", "US/Los Angeles County", "city") in got


def test_homonym_after_its_country_is_that_countrys_even_when_unknown_there():
    # 莱昂 is known only as León, Nicaragua; after 墨西哥 it is the Mexican city of that name
    got = places("湘潭市向墨西哥莱昂市赠送了口罩")
    assert ("墨西哥莱昂市", "MX/Leon", "city") in got


def test_town_near_a_city_is_the_party():
    got = places("物资随后送到了米兰近郊的小城科多尼奥")
    assert len(got) == 1 and got[0][1].startswith("IT/") and got[0][1] != "IT/Milan" and got[0][2] == "city"


def test_town_in_a_part_of_a_country():
    got = places("位于德国南部的小镇奥伯斯多夫（Oberstdorf）收到了口罩")
    assert [k for _s, k, _l in got] == ["DE/Oberstdorf"]


@pytest.mark.parametrize("text", ["云南向老挝边境地区捐赠了一批测温枪", "缅方边境地区的防控压力较大",
                                  "法国某市议会也发来了慰问信", "德国沿海地区的医院收到口罩"])
def test_a_kind_of_area_before_a_suffix_is_no_place_name(text):
    assert not any(k and "/" in k and not k.startswith("CN/") for _s, k, _l in places(text))


def test_transliterated_name_ends_before_an_adverb_where_it_resolves():
    # 已/也/曾 after a subject: the name ends there, where the gazetteer knows the run as a place
    got = places("西班牙友城萨拉曼卡已寄来两千只口罩")
    assert any(k == "ES/Salamanca" for _s, k, _l in got), got
    # an unknown run cut before an adverb is no name
    assert not any(k and k.startswith("ES/") for _s, k, _l in places("西班牙友城布鲁塔达已寄来物资"))


def test_town_after_a_region_and_a_word_for_its_kind():
    # 某州的温泉小镇Y: a word telling what kind of town may stand before 小镇/小城
    got = places("向奥地利萨尔茨堡州的湖畔小城圣沃尔夫冈(St. Wolfgang)寄去口罩")
    assert got[-1][0].endswith("圣沃尔夫冈") and got[-1][1].startswith("AT/") and got[-1][1] != "AT/Salzburg", got


def test_no_foreign_name_opens_with_the_suffix_of_our_city():
    # 我市以市政府名义: the 市 of 我市, then 以, is no foreign town before 市政府
    got = places("为支援秘鲁利马市,我市以市政府名义寄去五千只口罩")
    assert [k for _s, k, _l in got] == ["PE/Lima"], got


def test_a_foreign_division_before_its_government_is_not_cut_to_a_chinese_district():
    # 柯克拉雷利州 (Kırklareli, Turkey) ends in 利州, 托尔巴州 (Torba, Vanuatu) in 巴州: Chinese districts' short forms
    got = places("土耳其驻华使馆转来消息：柯克拉雷利州政府收到了我省的口罩，柯克拉雷利州州长表示感谢")
    assert [k for _s, k, _l in got] == ["TR", "TR/Kirklareli", "TR/Kirklareli"]
    got = places("瓦努阿图北部的托尔巴州政府收到了口罩，托尔巴州议会表示感谢")
    # (瓦努阿图北部的托尔巴州: the part of the country and 的 before the state join the two into the state)
    assert [k for _s, k, _l in got] == ["VU/Torba", "VU/Torba"]


def test_the_second_city_of_a_country_is_a_place_of_it():
    assert places("斐济第三大城拉巴萨的议会收到一批口罩")[1][1] == "FJ/Labasa"
    assert places("斐济第二大城市拉巴萨市的议会收到一批口罩")[1][1] == "FJ/Labasa"


def test_a_country_of_few_places_takes_a_longer_name_spelled_sound_for_sound():
    from cityaid.resolve.transliterate import match_phonetic
    assert match_phonetic("拉巴萨", "FJ")[0].name == "Labasa"
    assert match_phonetic("赫兹利亚", "IL") is None  # a country of many places still asks more


def test_one_skeleton_two_names_the_vowels_decide():
    # S-N-T-N is both San Antonio and Santa Ana: 圣塔安娜 sounds like the smaller one
    place, _score = match("圣塔安娜", "US")
    assert place.name == "Santa Ana"
    place, _score = match("圣安东尼奥", "US")
    assert place.name == "San Antonio"


def test_quarter_of_a_known_city_by_direction_is_that_city():
    # 里斯本北区医院: the hospital of Lisbon's north quarter, not a town named 里斯本北
    from tests.extract.page_helpers import page_sides
    sides = page_sides("南宁市卫健委专家与葡萄牙里斯本北区医院中心的医生举行视频会议，交流救治经验。")
    assert sides == [("consultation", ["CN/Nanning"], ["PT/Lisbon"])]


def test_run_after_a_county_stops_at_another_countrys_known_town():
    # 南投县致函洛桑市长: a verb between a Taiwan county and a Swiss town is no town of the county
    import opencc
    from cityaid.resolve import find_actors
    text = opencc.OpenCC("t2s").convert("南投縣致函洛桑市長，感謝對方寄來的防護衣。")
    assert [m.key for m in find_actors(text)] == ["TW/Nantou", "CH/Lausanne"]


def test_a_short_form_inside_a_transliteration_does_not_cut_it():
    # 图库曼省 holds 曼省 (Manitoba's short form): the Argentine province stays whole
    from cityaid.resolve import find_actors
    keys = [m.key for m in find_actors("湖南省向阿根廷图库曼省捐赠了一批防护服。")]
    assert "CA/Manitoba" not in keys and any(k and k.startswith("AR/") for k in keys)
