"""Chinese parties named only by a word pointing back (该市 on a page that calls its own city 我市, 对方 opening
a clause where the partner's prefecture was named beside it) - sentences written for these tests."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def test_gai_shi_after_own_city_named_last_is_the_partner():
    found = events("1月底，池田方面给苏州寄来5000只口罩，池田市长来信称“池田与苏州在一起”。\n"
                   "5月，当地疫情加重，我市向该市回赠了2万只医用口罩。", "苏州")
    back = [x for x in found if keys(x.from_) == ["CN/Suzhou"]]
    assert [(x.type, keys(x.to)) for x in back] == [("donation", ["JP/Ikeda"])]


def test_dui_fang_after_the_partner_and_its_prefecture():
    found = events("3月5日，我市向日本友好城市池田市捐赠的1万只口罩运抵当地。\n"
                   "池田市位于大阪府北部，1981年与我市结为友城。今年1月我市最困难的时候，对方通过民间团体筹集了6000只口罩寄往苏州。",
                   "苏州")
    gifts = [x for x in found if x.type == "donation" and keys(x.to) == ["CN/Suzhou"]]
    assert [keys(x.from_) for x in gifts] == [["JP/Ikeda"]]
