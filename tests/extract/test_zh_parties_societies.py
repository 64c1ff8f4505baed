"""Chinese parties named as a friendship society of two countries, or as a partner set off by a pause mark."""
from datetime import date

from cityaid.clean import clean_text
from cityaid.extract.dedupe import dedupe
from cityaid.extract.events import extract_events
from cityaid.resolve import resolve_name

ANCHOR = date(2020, 4, 20)


def events(text, publisher=None):
    pub = resolve_name(publisher) if publisher else None
    return dedupe(extract_events(clean_text(text), text, publisher=pub, anchor=ANCHOR))


def sides(text, kind):
    return [([a.key for a in e.from_], [a.key for a in e.to]) for e in events(text) if e.type == kind]


def test_society_named_with_its_country_gives():
    assert (["NZ"], ["CN/Huangshi"]) in sides("纽中友好协会捐赠的3000只口罩上周运抵黄石。", "donation")


def test_society_with_china_first_gives():
    assert (["US"], ["CN/Wuhan"]) in sides("中美友好协会向武汉捐赠了一批防护服。", "donation")


def test_short_society_name_writes():
    assert (["DE"], ["CN/Nanjing"]) in sides("德中友协致信南京市，表达慰问。", "message")


def test_society_receives_goods():
    assert (["CN/Huangshi"], ["NZ"]) in sides("黄石市人民对外友好协会捐赠的2000只口罩于5月运抵纽中友好协会。", "donation")


def test_society_after_its_city_leaves_the_city_as_party():
    assert (["JP/Ikeda"], ["CN/Suzhou"]) in sides("池田市日中友好协会向苏州捐赠口罩。", "donation")


def test_partner_in_apposition_after_pause_mark_asks():
    assert (["CN/Zhengzhou"], ["DE/Wiesbaden"]) in sides("威斯巴登的友城、河南省会郑州也向威斯巴登求援。", "request")


def test_sister_city_in_apposition_asks():
    assert (["CN/Xi'an"], ["US/Kansas City"]) in sides("堪萨斯城的姐妹城市、陕西省会西安也曾向堪萨斯城求助。", "request")


def test_society_arranging_the_flight_is_no_giver():
    got = sides("庆尚南道向友好省山东省发送的1万只口罩已由韩中友好协会协调的航班运抵济南。", "donation")
    assert got and all(f != ["KR"] for f, _t in got)
