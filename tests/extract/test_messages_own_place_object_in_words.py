"""A named mayor (tied to a place earlier in the page) whose quoted words name his own place as the object of
another place's act (今天甲市同样没有忘记乙市) speaks for his own place: that place is not one addressed, and the
thanks do not turn round to come from the partner (sentences written for these tests)."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(body, published="2020-05-14"):
    out = extract_document(Document(doc_id="t", text=body, content_hash="x", published=published))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to]) for e in out.events]


def test_quote_naming_the_speakers_own_place_as_object_keeps_the_speaker():
    evs = _events("报道\n\n5月12日，一批由成都市捐赠的5万个口罩运抵里昂。\n\n"
                  "疫情期间，两市往来从未中断。3月初，里昂市长格雷戈里·杜塞（Gregory Doucet）即致信成都市长，表达慰问；"
                  "3月中旬，该市又向成都寄送了一批防护服。\n\n"
                  "杜塞市长12日在市政厅接收物资时表示：“我们曾在成都最困难的时候与它站在一起，今天成都同样没有忘记里昂。”")
    msgs = [e for e in evs if e[0] == "message"]
    assert ("message", ["CN/Chengdu"], ["FR/Lyon"]) not in msgs
    assert ("message", ["FR/Lyon"], ["CN/Chengdu"]) in msgs
