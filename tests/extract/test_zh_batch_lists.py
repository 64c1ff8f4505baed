"""A gift to a list of partners (sentences written for these tests): one batch sent to all of them
(向友城A、B、C寄出一批手套) is one shipment with several receivers; gifts told as served apart
(陆续/先后向A、B送去…) are one event per partner."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def test_one_batch_to_partners_in_two_countries_is_one_event():
    [e] = [e for e in events("3月上旬，湖南省向友好省县日本滋贺县、韩国庆尚南道及蔚山市寄出一批防护手套。")
           if e.type == "donation"]
    assert keys(e.from_) == ["CN/Hunan"] and sorted(keys(e.to)) == ["JP/Shiga", "KR/South Gyeongsang", "KR/Ulsan"]


def test_goods_without_a_batch_to_two_countries_stay_one_each():
    gifts = [e for e in events("3月上旬，湖南省向日本滋贺县、韩国庆尚南道捐赠了防疫物资。") if e.type == "donation"]
    assert sorted(k for e in gifts for k in keys(e.to)) == ["JP/Shiga", "KR/South Gyeongsang"] and len(gifts) == 2


def test_sent_one_after_another_is_one_event_each():
    gifts = [e for e in events("4月以来，宁波陆续向静冈县、名古屋市送去防疫物资。") if e.type == "donation"]
    assert len(gifts) == 2 and sorted(k for e in gifts for k in keys(e.to)) == ["JP/Nagoya", "JP/Shizuoka"]


def test_a_batch_served_apart_is_one_each():
    gifts = [e for e in events("3月上旬，湖南省分别向日本滋贺县、韩国庆尚南道寄出一批防护手套。") if e.type == "donation"]
    assert len(gifts) == 2
