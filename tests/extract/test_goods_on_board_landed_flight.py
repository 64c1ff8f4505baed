"""一架包机降落甲市乙区国际机场,机上搭载着A赠送的口罩: goods on board a plane that landed at a place's own airport,
with no word of going on from there, were A's gift to that place (the city, though the airport bears its
district's name)."""
from tests.extract.page_helpers import page_sides


def test_landed_plane_carries_a_partners_gift():
    sides = page_sides("周五凌晨，一架包机降落杭州萧山国际机场，机上搭载着静冈市赠送的医用口罩6000只。")
    assert sides == [("donation", ["JP/Shizuoka"], ["CN/Hangzhou"])]


def test_goods_going_on_from_the_landing_place():
    sides = page_sides("一架货机降落上海浦东国际机场，机上搭载着静冈市捐赠的口罩8000只，随后转运至杭州。")
    assert ("donation", ["JP/Shizuoka"], ["CN/Shanghai"]) not in sides
