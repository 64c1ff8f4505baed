"""Cities (and their province's body) that raised goods for a country's side (A、B等市和C省…协会为X方筹措到物资),
the goods travelling along with the state's batch (随中国首批援X物资运抵…): the cities and the province gave to X;
the state's batch is no gift of that sentence."""
from tests.extract.test_events import events, keys


def gifts(text, pub=None):
    return [e for e in events(text, pub) if e.type == "donation"]


def test_cities_and_province_body_raised_for_the_side():
    found = gifts("塞尔维亚疫情形势严峻，绵阳、德阳等市和四川省对外友好协会三天之内就为塞方筹集到一批防护服，"
                  "随中国第一批援塞物资搭乘塞尔维亚政府包机运抵贝尔格莱德。")
    assert [(sorted(keys(e.from_)), keys(e.to)) for e in found] == [(["CN/Deyang", "CN/Mianyang", "CN/Sichuan"], ["RS"])]
