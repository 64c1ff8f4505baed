"""A reporter's overview of a province's goods landed in several countries, then the gift to one of them told
by the cities (and the province's own body) that raised it: one gift to that country, not two."""
from tests.extract.page_helpers import page_sides


def test_overview_of_the_province_is_the_cities_gift_told_again():
    sides = page_sides("6月2日，省外办介绍说，云南的防疫物资已先后运往缅甸、柬埔寨等国。",
                       "缅甸疫情形势趋紧，昆明、玉溪等市和云南省对外友好协会数日之内就为缅方筹集到一批防疫物资，"
                       "随中国首批援缅物资搭乘缅甸政府包机运抵仰光。", published="2020-06-02")
    to_mm = [f for t, f, to in sides if t == "donation" and to == ["MM"]]
    assert to_mm == [["CN/Kunming", "CN/Yunnan", "CN/Yuxi"]]
