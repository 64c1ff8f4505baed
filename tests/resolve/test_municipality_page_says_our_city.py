"""A page whose own place is first named as a province-level municipality (津门, a literary name read as
the province) but which calls itself 我市 and never 我省 is the city's: 我市 is that city. Own sentences."""
from tests.extract.page_helpers import page_sides


def test_our_city_on_a_municipality_page_named_by_its_old_name():
    sides = page_sides("津门与友城携手抗疫_天津市外事办公室", "3月中旬，韩国釜山广域市给我市寄来外科口罩3万只和隔离衣600件。")
    assert sides == [("donation", ["KR/Busan"], ["CN/Tianjin"])]
