"""A later batch of goods on its way to several destinations (将送往A、B和C / 目的地包括A、B,以及C与D)."""
from zh_reading import events, keys


def _gifts(text, publisher=None):
    return [e for e in events(text, publisher) if e.type == "donation"]


def test_raised_goods_loaded_on_a_plane_go_to_every_place_listed():
    (e,) = _gifts("法国里昂一家慈善协会宣布,由该协会募集的6万只口罩已经装机起飞,将送往广州、佛山两市以及厦门的医院。")
    assert keys(e.from_) == ["FR/Lyon"]
    assert keys(e.to) == ["CN/Foshan", "CN/Guangzhou", "CN/Xiamen"]
    assert [(i.item, i.quantity) for i in e.items] == [("mask", 60000)]


def test_destinations_listed_after_the_count_of_the_goods():
    (e,) = _gifts("德国汉堡市政府8日表示,第三批防护物资已在海运途中,共有防护服2400套,"
                  "目的地包括江苏省的南京、无锡,以及上海与杭州,将交到医院手中。")
    assert keys(e.from_) == ["DE/Hamburg"]
    assert keys(e.to) == ["CN/Hangzhou", "CN/Nanjing", "CN/Shanghai", "CN/Wuxi"]


def test_a_batch_setting_off_then_bound_for_a_list():
    (e,) = _gifts("意大利米兰市又有一批物资启运,包括3万个医用口罩,将送往西安、兰州和银川等地。")
    assert keys(e.to) == ["CN/Lanzhou", "CN/Xi'an", "CN/Yinchuan"]


def test_each_destination_with_its_own_share_keeps_its_own_gift():
    gifts = _gifts("据福建省外事办透露,该省5日从福州启运8万个口罩,分别送往日本长崎县及韩国全罗南道,两地各获4万个。")
    assert sorted(keys(e.to)[0] for e in gifts) == ["JP/Nagasaki", "KR/South Jeolla"]
    assert all(e.items[0].quantity == 40000 for e in gifts)


def test_goods_bought_for_oneself_on_their_way_are_no_gift():
    assert _gifts("我市筹集的口罩已经装机起飞。") == []
