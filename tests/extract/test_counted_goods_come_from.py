"""一辆卡车开进仓库,车厢里的N只口罩和M套防护服,来自我市的日本友城——X市: goods counted as a clause's topic and told
only by where they came from (no verb of giving) are that partner's gift to the page's own place."""
from tests.extract.page_helpers import page_sides


def test_goods_told_by_their_source():
    sides = page_sides("绍兴：富士的口罩到了",
                       "一辆卡车昨天（20日）开进市疾控中心仓库，车厢里的6000只口罩和300套防护服，"
                       "来自我市的日本友城——静冈县富士市。", title="绍兴：富士的口罩到了", published="2020-02-21")
    assert ("donation", ["JP/Fuji"], ["CN/Shaoxing"]) in sides


def test_goods_bought_from_abroad_are_no_gift():
    sides = page_sides("绍兴：一批呼吸机到了",
                       "这批200台呼吸机，来自德国柏林，由我市企业采购。", title="绍兴：一批呼吸机到了", published="2020-02-21")
    assert not [x for x in sides if x[0] == "donation"]
