"""Chinese totals split after 其中 into each partner's bare share, the place then its amount (sentences written
for these tests)."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def _shares(*paras):
    return sorted((keys(e.to)[0], e.items[0].item, e.items[0].quantity) for e in events("\n\n".join(paras))
                  if e.type == "donation" and len(e.to) == 1 and e.items)


def test_bare_shares_of_a_gift_to_two_partners():
    got = _shares("5月6日下午，扬州市向日本唐津市和韩国庆州市捐赠的口罩从南京禄口机场启运，其中唐津市6万只、庆州市4万只。")
    assert got == [("JP/Karatsu", "mask", 60000), ("KR/Gyeongju", "mask", 40000)]


def test_bare_shares_of_a_total_told_with_a_bracketed_name():
    got = _shares("台南市政府本月先后向海外姐妹城市捐赠防疫物资，合计口罩7万片，"
                  "其中美国德州休士顿市（Houston）4万片、日本长野市3万片。")
    assert got == [("JP/Nagano", "mask", 30000), ("US/Houston", "mask", 40000)]


def test_a_city_named_after_the_part_of_its_country():
    got = [(keys(e.from_), keys(e.to)) for e in events("同一天，德国北部的基尔市收到了友好城市青岛捐赠的口罩2万只。")
           if e.type == "donation"]
    assert got == [(["CN/Qingdao"], ["DE/Kiel"])]


def test_a_recipient_with_its_name_in_brackets_before_the_gift_verb():
    got = [(keys(e.from_), keys(e.to)) for e in events(
        "常州市向荷兰友好城市蒂尔堡（Tilburg）捐赠的4万个医用口罩，近日经法兰克福中转运抵阿姆斯特丹。")
           if e.type == "donation"]
    assert got == [(["CN/Changzhou"], ["NL/Tilburg"])]


def test_the_place_right_after_the_gift_verb_is_given_to():
    got = [(keys(e.from_), keys(e.to)) for e in events(
        "常州市向友城荷兰蒂尔堡市捐赠的5万只口罩已于3日运抵。另一批捐赠比利时根特市的2万只口罩也已送抵，由根特市卫生局签收。")
           if e.type == "donation"]
    assert got == [(["CN/Changzhou"], ["NL/Tilburg"]), (["CN/Changzhou"], ["BE/Gent"])]


def test_a_country_in_the_byline_bracket_is_no_party():
    got = [(keys(e.from_), keys(e.to)) for e in events(
        "【欧华日报法国版记者李明巴黎报道】法国布列塔尼大区友好省陕西省捐赠的一批防疫物资4月11日运抵雷恩机场，包括10万只医用口罩。")
           if e.type == "donation"]
    assert got == [(["CN/Shaanxi"], ["FR/Brittany"])]
