"""Chinese constructions read as the genre writes them (issue 9), on sentences written for these tests."""

from cityaid.extract.dedupe import dedupe
from cityaid.model import Event
from cityaid.pipeline import extract_document
from cityaid.model import Document


def run(text: str):
    return extract_document(Document(doc_id="t.txt", text=text, content_hash="t", published="2020-05-20")).events


def keys(actors):
    return sorted(a.key for a in actors)


def test_a_total_over_many_partners_keeps_no_list_when_only_some_are_named_next():
    evs = run("截至5月10日，无锡市已向9个国家的15个友好城市捐赠口罩30万只。"
              "其中，无锡市分别向韩国大邱市、日本丰川市各捐赠口罩2万只。")
    [total] = [e for e in evs if e.type == "aggregate"]
    assert total.to == []
    assert sorted(k for e in evs if e.type == "donation" for k in keys(e.to)) == ["JP/Toyokawa", "KR/Daegu"]


def test_goods_sent_to_a_transit_city_then_on_go_to_the_partner():
    evs = run("4月2日，无锡市向意大利友城佛罗伦萨捐赠口罩2万只，物资经北京发往米兰后转运佛罗伦萨。")
    assert [(e.type, keys(e.to)) for e in evs] == [("donation", ["IT/Florence"])]


def test_a_video_message_told_as_a_noun_phrase():
    [e] = run("5月6日，大邱市市长在一段发给青岛市民的视频中说，感谢青岛的帮助。")
    assert e.type == "message" and keys(e.from_) == ["KR/Daegu"] and keys(e.to) == ["CN/Qingdao"]


def test_a_new_paragraphs_bare_masks_are_not_the_kind_named_before():
    evs = run("3月2日，无锡市向丰川市捐赠N95口罩1万只。\n\n回顾2月，丰川市向无锡市捐赠了5000只口罩。")
    back = next(e for e in evs if keys(e.from_) == ["JP/Toyokawa"])
    assert [(i.item, i.quantity) for i in back.items] == [("mask", 5000)]


def _ev(**kw) -> Event:
    return Event.model_validate({"type": "donation", "from": [{"key": "CN/Wuxi", "name": "无锡"}], **kw})


def test_a_count_over_all_partners_and_a_named_handful_are_two_totals():
    many = _ev(type="aggregate", of="donation", to=[], partners_count=25,
               items=[{"item": "mask", "quantity": 300000}])
    few = _ev(type="aggregate", of="donation", date={"value": "2020-03", "qualifier": "approx"},
              to=[{"key": k, "name": k} for k in ("KR/Daegu", "JP/Toyokawa", "IT/Florence")],
              items=[{"item": "mask"}])
    assert len(dedupe([many, few])) == 2


def test_goods_reported_arrived_now_are_the_gift_told_before():
    gift = _ev(to=[{"key": "JP/Toyokawa", "name": "丰川市"}], date={"value": "2020-03", "qualifier": "approx"},
               items=[{"item": "mask", "quantity": 20000}])
    status = _ev(to=[{"key": "JP", "name": "日本"}], date={"value": "2020-05-20", "qualifier": "as_of"},
                 items=[{"item": "supplies"}])
    [one] = dedupe([gift, status])
    assert one.date.value == "2020-03" and keys(one.to) == ["JP/Toyokawa"]
    second = _ev(to=[{"key": "JP", "name": "日本"}], date={"value": "2020-05-20", "qualifier": "as_of"},
                 items=[{"item": "mask", "quantity": 8000}])
    assert len(dedupe([gift, second])) == 2
