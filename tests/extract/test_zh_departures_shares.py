"""Shipments as Chinese reports retell them: the place goods leave from, and the share each partner got,
on sentences written for these tests (other places, other figures)."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def test_departure_city_after_a_seat_noun_is_no_giver():
    out = events("甘肃省向友好县秋田县捐赠了3万只口罩。这批口罩已于5月6日从省会兰州启运。")
    assert out and all(keys(e.from_) == ["CN/Gansu"] for e in out)
    assert all(keys(e.to) == ["JP/Akita"] for e in out)


def test_departure_country_with_you_is_no_giver():
    # (the goods of a gift told before, leaving a country: no new gift, no country as giver)
    out = events("西雅图收到了该会捐助的第一批口罩共6万个。这些口罩3月2日由美国发运。", "西雅图")
    assert not any(keys(e.from_) == ["US"] for e in out)


def test_departure_with_zi_and_air_freight_is_no_giver():
    out = events("这批由山东省政府捐出的八万只口罩于5月上旬自济南空运至汉堡。")
    assert not any("CN/Jinan" in keys(e.from_) for e in out)


def test_each_partner_gets_a_share_after_the_whole_is_told():
    out = events("广西壮族自治区日前向友好省兵库县及濟州道捐赠40万个口罩。这批口罩已于9日从首府南宁启运，"
                 "兵库县和济州道各得20万个。")
    assert sorted(keys(e.to) for e in out) == [["JP/Hyogo"], ["KR/Jeju"]]
    assert all(keys(e.from_) == ["CN/Guangxi"] for e in out)
    assert all([(i.item, i.quantity) for i in e.items] == [("mask", 200000)] for e in out)


def test_partners_that_each_receive_are_recipients_not_givers():
    out = events("吉林省向友好道江原道和忠清北道捐赠6万只口罩。这批物资已于12日从长春发出，两道分别获得3万只。")
    assert out and not any("KR/Gangwon" in keys(e.from_) for e in out)
