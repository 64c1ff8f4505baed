"""Pairs of parties joined by a conjunction and the noun of their tie (sentences written for these tests)."""
from cityaid.extract.actors import gather
from zh_reading import events, keys


def _marks(text):
    return [(r.key, r.marker, r.group) for r in gather(text, None)]


def _gifts(text):
    return sorted((tuple(keys(e.from_)), tuple(keys(e.to))) for e in events(text) if e.type == "donation")


def test_partner_noun_after_with_word_keeps_one_list_of_actors():
    m = _marks("南京市与姊妹市大阪市各自寄往首尔市口罩八千只。")
    assert m[0][2] == m[1][2] and m[1][1] is None
    m = _marks("杭州市同友好城市蒙彼利埃分别向里昂捐赠口罩。")
    assert m[0][2] == m[1][2] and m[1][1] is None
    m = _marks("苏州市和友城金泽市分别向釜山捐赠口罩。")
    assert m[0][2] == m[1][2]


def test_partner_noun_after_with_word_without_each_stays_a_partner():
    m = _marks("杭州市与友城蒙彼利埃签署合作备忘录")
    assert m[1][1] == "with" and m[0][2] != m[1][2]


def test_partner_pair_both_give():
    assert _gifts("5月7日，南京市与姊妹市大阪市分别向首尔市捐赠口罩6000只。") == [
        (("CN/Nanjing",), ("KR/Seoul",)), (("JP/Osaka",), ("KR/Seoul",))]
    assert _gifts("5月7日，南京市同友城大阪市各自向首尔市寄送防护服300套。") == [
        (("CN/Nanjing",), ("KR/Seoul",)), (("JP/Osaka",), ("KR/Seoul",))]


def test_after_to_the_partner_pair_both_receive():
    m = _marks("向杭州市与友城蒙彼利埃赠送口罩")
    assert [x[1] for x in m] == ["to", "to"]


def test_place_after_country_and_partner_noun_is_the_party():
    # (国名 + 友城 + 城市: the city is the party, as after 国名 + 首都)
    m = [(r.key, r.name) for r in gather("据匈牙利媒体报道，匈牙利友城索尔诺克已收到我市赠送的口罩", None)]
    assert m[-1][0] == "HU/Szolnok" and m[-1][1].startswith("匈牙利友城")
    assert _gifts("4月20日，葡萄牙友城卡斯凯什的市政府收到了宁波捐助的一万只口罩。") == [
        (("CN/Ningbo",), ("PT/Cascais",))]
