"""Aid named as such (援助X的物资 / 援X物资 / 由A提供的) handed over through an office; X方 of a shared
abbreviation; shipments a partner says will come."""
from tests.extract.test_events import events, keys


def gifts(text, pub=None):
    return [e for e in events(text, pub) if e.type == "donation"]


def test_aid_for_a_country_handed_over_through_the_embassy():
    [e] = gifts("12日，一批由中国政府援助古巴的抗疫物资经中国驻古巴使馆转交古方，内有口罩、手套和护目镜等。")
    assert keys(e.from_) == ["CN"] and keys(e.to) == ["CU"]


def test_goods_named_with_a_one_character_aid_word_handed_over():
    [e] = gifts("由两部委筹措提供的又一批中国援古防疫物资，本月9号经驻哈瓦那使馆移交古巴卫生部。")
    assert keys(e.from_) == ["CN"] and keys(e.to) == ["CU"]


def test_side_abbreviation_stands_for_the_country_the_page_named():
    [e] = gifts("上周五，我国援助塞内加尔的一批口罩由驻达喀尔使馆转给塞方卫生部官员。")
    assert keys(e.to) == ["SN"]
    [e] = gifts("7日，中国援助塞尔维亚的第一批物资交给塞方。")
    assert keys(e.to) == ["RS"]


def test_a_shipment_said_to_come_this_week_is_no_gift():
    assert gifts("无锡的友城日本相模原市也发来邮件询问收货地址，说本周内会寄来3万只口罩。") == []
    assert gifts("另一友城日本丰桥市来信说下周将寄出5000只口罩给无锡。") == []
