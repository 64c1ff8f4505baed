"""Parties the document names around places: missions (驻X总领馆) and people who speak for a place (sentences written for the tests)."""
from cityaid.extract.actors import gather


def keys(text):
    return [(r.name, r.key) for r in gather(text, None)]


def test_chinese_consulate_is_china():
    assert keys("中国驻釜山总领事馆向釜山市转交口罩") [0] == ("中国驻釜山总领事馆", "CN")
    assert keys("驻里昂总领事陈某出席仪式")[0][1] == "CN"


def test_another_countrys_mission_keeps_that_country():
    assert keys("德国驻成都总领事馆送来慰问信")[0] == ("德国", "DE")


def test_person_named_after_place_title_stands_for_it_later():
    text = "智利友城塔尔卡(Talca)的市长胡安·卡洛斯·迪亚斯出席。迪亚斯市长对我市的援助表示感谢"
    refs = gather(text, None)
    keys_ = [r.key for r in refs]
    assert len(refs) == 2 and keys_[0] == keys_[1] and keys_[0].startswith("CL/")
    assert refs[1].name.startswith("迪亚斯")


def test_person_after_place_government_title():
    refs = gather("物资移交给匈牙利佩奇市政府秘书长科瓦奇。科瓦奇感谢我市", None)
    assert [r.key for r in refs][-1] == refs[0].key


def test_one_character_city_names_only_after_arrival_or_aid_verbs():
    assert keys("这批防护服周三运抵榕后即分发")[0] == ("榕", "CN/Fuzhou")
    assert keys("驰援鄂的医疗队")[0] == ("鄂", "CN/Hubei")
    assert keys("捐赠物资已抵华") == [("华", "CN")]
    # the same characters in ordinary words are not places
    assert keys("津贴按月发放") == []
    assert keys("沪深股市上涨") == []
    assert keys("华人华侨捐款") == []


def test_possessor_of_a_giving_partner_stays_a_party():
    # 甲州的友好省乙省捐赠的…: both are parties; the possessor is whom the gift is for
    refs = gather("华盛顿州的友好省四川省捐赠的8万只口罩运抵。", None)
    assert [(r.key, r.marker) for r in refs] == [("US/Washington", "to"), ("CN/Sichuan", None)]
    # (我市友好城市日本丰川市: without a gift phrase the possessor only says whose partner it is)
    assert [r.key for r in gather("我市友好城市日本丰川市发来慰问信。", None)] == ["JP/Toyokawa"]


def test_home_city_taking_in_its_partners_gift_stays_a_party():
    refs = gather("3月2日，绍兴市外办接收了友好城市日本枚方市捐赠的4000只口罩。", None)
    assert [r.key for r in refs] == ["CN/Shaoxing", "JP/Hirakata"]


def test_a_title_followed_by_a_verb_of_telling_has_no_name_after_it():
    for text in ("多伦多市长证实，物资已经运抵", "旧金山市长宣布，口罩已到", "奥克兰市长确认，口罩已到"):
        name = keys(text)[0][0]
        assert not any(w in name for w in ("证实", "宣布", "确认")), name


def test_a_giver_before_a_gift_verb_and_a_partner_noun_is_a_party():
    assert [k for _, k in keys("福州市赠送友好城市长崎市的1万只口罩")] == ["CN/Fuzhou", "JP/Nagasaki"]
    assert [k for _, k in keys("我市友好城市日本丰川市")] == ["JP/Toyokawa"]


def test_that_society_is_the_chinese_body_named_with_its_place():
    from cityaid.extract.actors import gather
    from cityaid.resolve import resolve_name
    text = "据悉，杭州市人民对外友好协会筹集了一批防护服。3月12日，该协会把这批物资寄往友城。"
    refs = gather(text, resolve_name("宁波市"))
    assert [r.key for r in refs if r.name == "该协会"] == ["CN/Hangzhou"]


def test_that_working_group_is_the_body_named_with_its_place():
    from cityaid.extract.actors import gather
    from cityaid.resolve import resolve_name
    text = "印尼西爪哇省防疫工作组提出需要测温仪。广西随后向该工作组交付了一批物资。"
    refs = gather(text, resolve_name("南宁市"))
    assert [r.key for r in refs if r.name == "该工作组"] == ["ID/West Java"]
