"""Chinese thanks with no thanker named go from the side that got the thanked party's gift, even when a gift the
other way was told last (sentences written for these tests)."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _messages(*paras):
    doc = Document(doc_id="t", content_hash="x", text="\n\n".join(paras), title=None, published="2020-05-06")
    return [e for e in extract_document(doc).events if e.type == "message"]


def test_thanks_to_the_partners_mayor_after_a_recalled_gift():
    es = _messages("江苏省泰州市寄出的8000只口罩，日前送达其德国友城、黑森州小城韦茨拉尔。",
                   "就在几周前，情形恰好倒过来：3月，几箱由韦茨拉尔市寄出的口罩运抵泰州，帮助当地抗疫。",
                   "市长贝克尔特别向泰州市市长王立表示感谢。她说，困难时刻两市能互相扶持，足见双方的友谊。")
    assert es and all([a.key for a in e.from_] == ["DE/Wetzlar"] and [a.key for a in e.to] == ["CN/Taizhou"]
                      for e in es)


def test_goods_sent_from_the_partner_are_welcomed():
    from zh_reading import events, keys
    [e] = events("德国黑森州小城韦茨拉尔近日迎来寄自中国友城江苏省泰州市的8000只口罩。")
    assert e.type == "donation" and keys(e.from_) == ["CN/Taizhou"] and keys(e.to) == ["DE/Wetzlar"]
    assert [(i.item, i.quantity) for i in e.items] == [("mask", 8000)]
