"""An envoy handing over goods named bare (总领事把口罩交到B方官员手中) right after a gift told by its giver:
the same gift handed over, not another gift of the envoy's country."""
from tests.extract.test_events import events, keys


def gifts(text, pub=None):
    return [e for e in events(text, pub) if e.type == "donation"]


def test_consul_hands_over_the_cities_gift():
    found = gifts("泰国清迈府是云南省玉溪市的友好城市。近日，玉溪市政府为清迈府送去医用口罩2万个。"
                  "交接在清迈府政府大楼举行：中国驻清迈总领事在府尹办公室把口罩交到清迈府副府尹手中。")
    assert [(keys(e.from_), keys(e.to)) for e in found] == [(["CN/Yuxi"], ["TH/Chiang Mai"])]


def test_envoy_handing_over_counted_goods_of_his_own_is_a_gift():
    found = gifts("近日，玉溪市政府为清迈府送去医用口罩2万个。"
                  "同日，中国驻清迈总领事在领馆将5000只口罩交给清迈府卫生厅。")
    assert len(found) == 2
