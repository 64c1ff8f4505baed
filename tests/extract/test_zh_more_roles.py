"""Chinese sides (who gives to whom) in further constructions, on sentences written for these tests."""
from zh_reading import events, keys


def test_own_county_on_a_japanese_prefecture_page_is_that_prefecture():
    text = ("2020年4月10日 静冈县国际交流课\n"
            "浙江省政府向本县捐赠的口罩5万枚，已于4月8日经成田机场运抵本县。\n"
            "川胜平太知事于4月9日向浙江省发送感谢信。")
    out = events(text)
    gift = next(e for e in out if e.type == "donation")
    assert keys(gift.from_) == ["CN/Zhejiang"] and keys(gift.to) == ["JP/Shizuoka"]
    thanks = next(e for e in out if e.type == "message")
    assert keys(thanks.from_) == ["JP/Shizuoka"] and keys(thanks.to) == ["CN/Zhejiang"]


def test_own_county_acting_as_giver():
    out = events("静冈县国际交流课通报。今年3月，本县曾向浙江省捐赠防护服800套。")
    [e] = [e for e in out if e.type == "donation"]
    assert keys(e.from_) == ["JP/Shizuoka"] and keys(e.to) == ["CN/Zhejiang"]


def test_way_of_goods_received_is_no_gift_back():
    out = events("日本福冈市5日接收了来自辽宁大连市的3万只口罩，物资经成田机场入境后由陆路运抵。", "大连")
    assert [(keys(e.from_), keys(e.to)) for e in out if e.type == "donation"] == [(["CN/Dalian"], ["JP/Fukuoka"])]


def test_goods_sent_on_to_a_port_city_is_their_way_not_a_recipient():
    out = events("4月2日，我市向友好城市日本丰桥市捐赠的5000只医用口罩顺利通关，发往名古屋。", "无锡")
    assert [(keys(e.from_), keys(e.to)) for e in out if e.type == "donation"] == [(["CN/Wuxi"], ["JP/Toyohashi"])]


def test_raised_for_a_hometown_is_a_gift_to_it():
    [e] = events("3月初，米兰华侨华人商会曾为家乡丽水募集医用手套5000副。", "丽水")
    assert e.type == "donation" and keys(e.from_) == ["IT/Milan"]


def test_money_remitted_to_a_city_fund_is_a_gift_to_the_city():
    [e] = events("日本冈山县日中友好协会募集的200万日元善款已汇入南昌市慈善总会账户。", "南昌")
    assert keys(e.from_) == ["JP/Okayama"] and keys(e.to) == ["CN/Nanchang"]
    assert e.money and e.money[0].currency == "JPY"


def test_goods_raised_then_sent_are_dated_by_the_sending():
    [e] = events("2月5日得知消息后，日本富山市国际交流协会第二天就募集了600只口罩，于2月20日寄往沈阳。", "沈阳")
    assert e.date.value == "2020-02-20"


def test_company_based_in_a_city_gives_for_that_city_not_its_province():
    out = events("另外，总部位于苏州的江苏某医药企业也通过我市向日本大阪府捐赠了防护服300套。", "无锡")
    [e] = [e for e in out if e.type == "donation"]
    assert keys(e.from_) == ["CN/Suzhou"] and keys(e.to) == ["JP/Osaka"]


def test_receipt_from_a_company_based_in_a_city():
    out = events("西班牙的巴塞罗那也在4月上旬收到了总部位于深圳的一家电子集团捐赠的2万只口罩。", "深圳")
    [e] = [e for e in out if e.type == "donation"]
    assert keys(e.from_) == ["CN/Shenzhen"] and keys(e.to) == ["ES/Barcelona"]


def test_friend_introduced_by_a_dash_is_the_party_not_its_country_or_owner():
    out = events("深圳的另一个德国朋友——巴伐利亚州的纽伦堡，也在3月下旬收到了深圳市捐赠的1万只口罩。", "深圳")
    [e] = [e for e in out if e.type == "donation"]
    assert keys(e.from_) == ["CN/Shenzhen"] and keys(e.to) == ["DE/Nuremberg"]


def test_money_raised_to_buy_goods_later_is_a_plan():
    out = events("波士顿的武汉校友会上周在网上筹款，所得2万美元准备用于购买防护服，之后运往武汉。", "武汉")
    assert [e for e in out if e.type == "donation"] == []


def test_the_other_side_opening_a_clause_is_the_partner_named_before():
    out = events("答：最先伸出援手的是韩国顺天市。2月3日，对方就送来了3000只口罩。", "南昌")
    [e] = [e for e in out if e.type == "donation"]
    assert keys(e.from_) == ["KR/Suncheon"] and keys(e.to) == ["CN/Nanchang"]


def test_that_county_after_a_japanese_prefecture_is_the_prefecture():
    out = events("日本福井县与浙江省结好多年。该县捐赠的5000只口罩，3月2日运抵宁波，由浙江省卫健委统一接收。", "浙江")
    [e] = [e for e in out if e.type == "donation"]
    assert keys(e.from_) == ["JP/Fukui"]


def test_taken_in_after_landing_at_an_airport_names_the_recipient():
    out = events("日本福井县与浙江省结好多年。该县捐赠的5000只口罩，3月2日经货机运抵杭州萧山国际机场，由浙江省红十字会接收。", "浙江")
    [e] = [e for e in out if e.type == "donation"]
    assert keys(e.from_) == ["JP/Fukui"] and keys(e.to) == ["CN/Zhejiang"]


def test_sar_government_on_a_page_naming_both_regions_is_the_one_named_most():
    text = ("澳门特区政府向葡萄牙政府捐赠的口罩已运抵里斯本。澳门各界对此表示支持。\n"
            "葡萄牙驻澳门及香港总领事致函感谢。特区政府同时分别向安哥拉、莫桑比克各捐赠3万个口罩。")
    out = [e for e in events(text) if e.type == "donation"]
    assert sorted(keys(e.to)[0] for e in out if keys(e.from_) == ["MO"]) == ["AO", "MZ", "PT"]
