"""A handover told without its goods, then a sentence that lists what this gift held (此次捐赠物资包括…): those
are the gift's goods; named goods weighed in kilograms keep the weight as their amount."""
from cityaid.extract.items import itemize
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _items(*paras):
    out = extract_document(Document(doc_id="t", text="\n\n".join(paras), content_hash="x", title=None,
                                    published="2020-04-02"))
    return [sorted((i.item, i.quantity) for i in e.items) for e in out.events if e.type == "donation"]


def test_contents_sentence_after_handover():
    got = _items("5月12日，西双版纳州向老挝琅南塔省援助抗疫物资的交接仪式在磨憨口岸举行。"
                 "此次捐赠物资包括口罩3万只、体温计150支。")
    assert got == [[("mask", 30000.0), ("thermometer", 150.0)]]


def test_contents_sentence_in_its_own_paragraph():
    got = _items("5月12日，西双版纳州向老挝琅南塔省援助抗疫物资的交接仪式在磨憨口岸举行。", "本次援助的物资有口罩3万只。")
    assert got == [[("mask", 30000.0)]]


def test_kilograms_of_named_goods_are_their_amount():
    t = "捐赠口罩6000只、消毒粉300公斤。"
    got = {(x.item, x.quantity, x.unit) for x in itemize(t, 0, len(t))}
    assert ("disinfectant", 300.0, "kg") in got


def test_tons_of_generic_supplies_are_no_count():
    t = "捐赠十余吨防疫物资。"
    assert all(x.quantity is None for x in itemize(t, 0, len(t)))
