"""Goods told leaving home and driven straight (直奔) to a partner are a gift to it; a person or a team
travelling the same way, or goods only passing through on their way, are no gift to the place. Own sentences."""
from tests.extract.page_helpers import page_sides


def test_a_truck_of_goods_straight_to_the_partner():
    assert page_sides("5月1日，满载着4万只口罩的货车从温州出发，经釜山港转运，直奔韩国光州。", title="温州与友城守望相助") == [
        ("donation", ["CN/Wenzhou"], ["KR/Gwangju"])]


def test_goods_set_off_then_straight_to_the_partner():
    assert page_sides("5月6日，6万只医用口罩和800套防护服从温州启程，直奔加拿大多伦多市。", title="温州与友城守望相助") == [
        ("donation", ["CN/Wenzhou"], ["CA/Toronto"])]


def test_people_heading_there_give_nothing():
    assert page_sides("6月3日，温州市长从温州出发，直奔多伦多访问。", title="温州与友城守望相助") == []
    assert page_sides("温州医疗专家组6月2日从温州出发，直奔多伦多。", title="温州与友城守望相助") == []


def test_a_stop_on_the_way_is_no_recipient():
    sides = page_sides("6月2日，满载5万只口罩的货车从温州出发，直奔釜山，再转运至光州。", title="温州与友城守望相助")
    assert all("KR/Busan" not in to for _, _, to in sides)
