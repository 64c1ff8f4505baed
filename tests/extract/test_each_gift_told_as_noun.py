"""A向B、C各捐赠的N只口罩已启运: 各 before a gift told as a noun phrase still gives each partner that amount."""
from tests.extract.page_helpers import page_sides


def test_each_partner_gets_its_own_gift():
    sides = page_sides("昨天，洛阳向友城德国杜伊斯堡、日本大分各捐赠的3万只口罩已经发出。")
    gifts = [s for s in sides if s[0] == "donation"]
    assert ("donation", ["CN/Luoyang"], ["DE/Duisburg"]) in gifts
    assert ("donation", ["CN/Luoyang"], ["JP/Oita"]) in gifts
    assert len(gifts) == 2
