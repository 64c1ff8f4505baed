"""Chinese: a partner's gift phrase handed over or signed for with no receiver named (A捐赠的N只口罩,于5月在
使馆举行的仪式上交付 / 则在9月3日签收) goes to whom the page's batches went, a party abroad; a receipt told
with its taker (A捐赠的口罩由B消防局签收) names both sides; a lead whose givers outnumber the batches it
counts as a part (四批…,其中三批在去年抵达) is no sum of the gifts told after it.  Own sentences."""
from zh_reading import events, keys

from cityaid.pipeline import extract_document
from cityaid.model import Document

LEAD = "卢萨卡先后接收了友好城市成都、杭州和武汉的三批捐赠，大部分在去年到货。"


def of(evs, kind):
    return [e for e in evs if e.type == kind]


def _one_gift(text, giver):
    [e] = [e for e in of(events(text), "donation") if keys(e.from_) == [giver]]
    return e


def test_handed_over_at_a_ceremony_after_a_comma():
    e = _one_gift(LEAD + "杭州捐赠的2000只N95口罩和其他防护用品，于去年6月在中国驻赞比亚使馆举行的仪式上交付。", "CN/Hangzhou")
    assert keys(e.to) == ["ZM/Lusaka"]
    assert any(i.item == "n95_mask" and i.quantity == 2000 for i in e.items)


def test_transferred_without_a_comma():
    e = _one_gift(LEAD + "成都援助的5000副手套于去年7月在市政厅移交。", "CN/Chengdu")
    assert keys(e.to) == ["ZM/Lusaka"] and e.items[0].quantity == 5000


def test_signed_for_on_a_day():
    e = _one_gift(LEAD + "武汉捐赠的6万只口罩则在去年9月3日签收。", "CN/Wuhan")
    assert keys(e.to) == ["ZM/Lusaka"] and e.date.value == "2019-09-03"


def test_traditional_script():
    lead = "盧薩卡先後接收了友好城市成都、杭州和武漢的三批捐贈。"
    e = _one_gift(lead + "杭州捐贈的2000隻N95口罩，去年6月在使館舉行的儀式上移交。", "CN/Hangzhou")
    assert keys(e.to) == ["ZM/Lusaka"]


def test_signed_for_by_a_named_taker():
    [e] = of(events("5月初，宁波赠送的两万个口罩由波特兰一家医院签收。"), "donation")
    assert keys(e.from_) == ["CN/Ningbo"] and keys(e.to) == ["US/Portland"]


def test_no_page_receiver_no_gift():
    assert not of(events("武汉捐赠的6万只口罩则在9月3日签收。"), "donation")


def test_goods_with_no_giver_are_no_gift():
    assert not of(events(LEAD + "杭州的口罩已经交付。"), "donation")


def test_part_of_counted_batches_keeps_the_lead():
    text = ("卢萨卡的四份礼物\n\n卢萨卡先后收到四批来自中国友好城市的捐赠，捐赠方分别是成都、杭州、武汉和宁波，"
            "其中三批在去年抵达。杭州捐赠的2000只N95口罩，去年6月在使馆举行的仪式上移交。"
            "武汉的3万只口罩于去年6月1日送达卢萨卡；成都捐赠的6000副手套则在9月3日运到。")
    ex = extract_document(Document(doc_id="t.txt", text=text, content_hash="x"))
    [a] = [e for e in ex.events if e.type == "aggregate"]
    assert len(a.from_) == 4 and keys(a.to) == ["ZM/Lusaka"]
    assert len([e for e in ex.events if e.type == "donation"]) == 3


def test_batch_told_before_signed_for_is_no_new_gift():
    evs = events("温州向波特兰赠送了两万个口罩。这批口罩上周已由波特兰一家医院签收，将先发给护理人员。")
    [e] = of(evs, "donation")
    assert keys(e.from_) == ["CN/Wenzhou"] and keys(e.to) == ["US/Portland"]
