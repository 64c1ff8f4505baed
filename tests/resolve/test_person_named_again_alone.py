"""A person the page introduced with a foreign place's office (甲县知事某某 / 甲府府尹某某), named again by
the name alone or the name and office, acts for that place. Own sentences."""
from tests.extract.page_helpers import page_sides


def test_governor_named_again_gives_for_the_prefecture():
    sides = page_sides("静冈县知事川胜亲自到港口迎接。",
                       "3月2日，川胜知事经由中国驻名古屋总领事馆把200万日元善款交给杭州市，还写了一封信慰问杭州市民。",
                       title="日本华文报 静冈")
    assert ("donation", ["JP/Shizuoka"], ["CN/Hangzhou"]) in sides
    assert all(f != ["CN/Hangzhou"] for _, f, _ in sides)


def test_a_name_not_named_again_adds_no_party():
    assert page_sides("静冈县知事川胜亲自到港口迎接。", title="日本华文报 静冈") == []
