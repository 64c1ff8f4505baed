"""Thanks said at the handover ceremony of a gift told in the sentence before, where no sentence names the
ceremony with a day: the thanks are of the handover's day, not the page's (sentences written for these tests)."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(body, published="2020-05-21"):
    out = extract_document(Document(doc_id="t", text="报道\n\n" + body, content_hash="x", published=published))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to], e.date.value if e.date else None)
            for e in out.events]


def test_thanks_at_the_receiving_ceremony_take_the_handover_day():
    evs = _events("记者18日从江苏省外办获悉，江苏省政府日前向爱知县回赠的3万只医用口罩已运抵爱知，由爱知县知事代表县政府接收。\n\n"
                  "爱知县知事在接收仪式上说，江苏的援助体现了两地的深厚情谊，他代表县民向江苏表示衷心感谢。")
    gift = [e for e in evs if e[0] == "donation"]
    thanks = [e for e in evs if e[0] == "message"]
    assert gift and thanks and thanks[0][3] == gift[0][3]
