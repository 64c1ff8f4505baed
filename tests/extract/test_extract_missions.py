"""驻X总领馆: a mission in X is its country's party, not X's (sentences written for the test)."""
from cityaid.extract.actors import gather


def keys(text):
    return [(r.name, r.key) for r in gather(text, None)]


def test_chinese_consulate_is_china():
    assert keys("中国驻釜山总领事馆向釜山市转交口罩") [0] == ("中国驻釜山总领事馆", "CN")
    assert keys("驻里昂总领事陈某出席仪式")[0][1] == "CN"


def test_another_countrys_mission_keeps_that_country():
    assert keys("德国驻成都总领事馆送来慰问信")[0] == ("德国", "DE")
