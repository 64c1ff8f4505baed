"""Gift phrases, plans, teams and totals as Chinese reports tell them (issue 9 §2-3), on sentences
written for these tests (other places, other figures)."""
from datetime import date

from cityaid.clean import clean_text
from cityaid.extract.dedupe import dedupe
from cityaid.extract.events import extract_events
from cityaid.resolve import resolve_name

ANCHOR = date(2020, 4, 30)


def events(text: str, publisher: str | None = None):
    pub = resolve_name(publisher) if publisher else None
    return dedupe(extract_events(clean_text(text), text, publisher=pub, anchor=ANCHOR))


def keys(actors):
    return sorted(a.key for a in actors)


def test_hui_before_an_act_is_a_plan():
    assert events("市长还说，横滨市会向上海市长致信，转达市民的谢意。") == []
    # a body whose name ends in 会 still acts
    [e] = events("4月2日，苏州市友好协会向池田市捐赠1万只口罩。")
    assert keys(e.to) == ["JP/Ikeda"]


def test_a_team_named_before_a_planned_departure_is_no_event():
    assert events("另据介绍，四川省组建的医疗专家组预计将于下周启程赴塞尔维亚。") == []


def test_a_bare_expert_team_on_its_way_is_a_medical_team():
    [e] = events("4月2日，由福建省组建的第二批专家组从福州出发前往意大利。")
    assert e.type == "medical_team" and keys(e.from_) == ["CN/Fujian"] and keys(e.to) == ["IT"]


def test_zizhiqu_alone_is_the_publishing_region():
    [e] = events("由自治区卫生健康委组建的10人医疗专家组于4月20日抵达乌兰巴托。", "内蒙古自治区")
    assert e.type == "medical_team" and keys(e.from_) == ["CN/Inner Mongolia"] and keys(e.to) == ["MN"]


def test_a_count_of_sister_cities_is_partners_not_goods():
    [e] = events("4月20日，嘉義市已分別向美國、日本共5個姊妹市撥贈口罩，總數約4萬片。")
    assert e.type == "aggregate" and [(i.item, i.quantity) for i in e.items] == [("mask", 40000)]


def test_the_airport_is_where_the_goods_landed_not_whom_they_are_for():
    [e] = events("常州市向友城德国埃森市捐赠的8千只口罩于4月6日运抵法兰克福机场。")
    assert keys(e.from_) == ["CN/Changzhou"] and keys(e.to) == ["DE/Essen"]


def test_an_agency_dateline_names_no_party():
    [e] = events("中国侨网4月9日电 据外事办消息，温州市向普拉托市捐赠的口罩已于4月8日运抵。")
    assert keys(e.from_) == ["CN/Wenzhou"]


def test_a_gift_phrase_with_yu_then_its_arrival_is_one_gift():
    [e] = events("天津市政府表示，该市捐赠予友好城市仁川广域市的3万个口罩，已于5日经海运送抵釜山港，再由陆路转运仁川。")
    assert keys(e.from_) == ["CN/Tianjin"] and keys(e.to) == ["KR/Incheon"]
    assert e.date.value == "2020-04-05"
