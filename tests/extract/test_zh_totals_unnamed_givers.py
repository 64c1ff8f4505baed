"""Chinese totals whose givers are many unnamed partners, and gifts told as a noun phrase taken in with 由 (own sentences)."""

from cityaid.model import Document
from cityaid.pipeline import extract_document


def run(text: str, published: str | None = "2020-04-10"):
    return extract_document(Document(doc_id="t.txt", text=text, content_hash="t", published=published)).events


def keys(actors):
    return sorted(a.key for a in actors)


def test_letters_counted_in_jian_are_a_received_total():
    [e] = run("温州市外办消息\n截至3月28日，温州市共收到海外友好省州和友好城市发来的慰问函电65多件。")
    assert (e.type, e.of, keys(e.from_), keys(e.to)) == ("aggregate", "message", [], ["CN/Wenzhou"])
    assert e.events_count == 65


def test_letters_counted_after_lai_zi_are_a_received_total():
    [e] = run("贵阳市外办消息\n截至4月2日，贵阳市累计收到来自各国友城的慰问信件35份。")
    assert (e.type, e.of, keys(e.to)) == ("aggregate", "message", ["CN/Guiyang"])
    assert e.events_count == 35


def test_unnamed_givers_summed_toward_a_named_receiver():
    [e] = run("南宁市外办消息\n截至5月初，国际友城和海外侨胞累计向南宁捐赠医用口罩约6万只。")
    assert (e.type, e.of, keys(e.from_), keys(e.to)) == ("aggregate", "donation", [], ["CN/Nanning"])
    assert [(i.item, i.quantity) for i in e.items] == [("medical_mask", 60000)]


def test_an_unnamed_class_of_givers_without_an_amount_gives_nothing():
    assert run("南宁市外办消息\n各国友城和海外侨胞纷纷向南宁表达关心。") == []


def test_gift_phrase_then_taken_in_by_you_keeps_its_giver():
    [e] = run("太原市外办消息\n日本埼玉县向太原捐赠的一批防护服已由太原市外办签收。")
    assert (e.type, keys(e.from_), keys(e.to)) == ("donation", ["JP/Saitama"], ["CN/Taiyuan"])


def test_gift_phrase_then_handed_on_by_you_keeps_its_giver():
    [e] = run("济南市外办消息\n韩国水原市向济南捐赠的3000只口罩日前已由济南市转交定点医院。")
    assert (e.type, keys(e.from_), keys(e.to)) == ("donation", ["KR/Suwon"], ["CN/Jinan"])


def test_a_provinces_cities_as_a_class_give_for_the_province():
    [e] = run("河南省外办消息\n与此同时，省内各地市还向40多个国外友好城市捐赠了防护物资。")
    assert (e.type, e.of, keys(e.from_), keys(e.to)) == ("aggregate", "donation", ["CN/Henan"], [])
    assert e.partners_count == 40


def test_a_citys_districts_as_a_class_are_not_read_as_the_province():
    assert run("洛阳市外办消息\n各区县也向30多个国外友好城市捐赠了口罩。") == []


def test_unnamed_givers_total_with_no_receiver_named_goes_to_the_page_s_place():
    [e] = run("江西省外办消息\n截至3月10日，海外友好省州、国外友好人士和企业捐赠到位的防护服约1.2万套。")
    assert (e.type, e.of, keys(e.from_), keys(e.to)) == ("aggregate", "donation", [], ["CN/Jiangxi"])


def test_unnamed_givers_with_no_amount_and_no_receiver_give_nothing():
    assert run("江西省外办消息\n海外友好省州和国外友好人士纷纷捐赠防疫物资。") == []
