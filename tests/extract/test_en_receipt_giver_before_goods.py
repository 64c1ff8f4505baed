"""English receipt told with the giver in a from-phrase BEFORE the goods ("X authorities took delivery from
the Chinese embassy of a batch of supplies"): the receiver is the subject, the giver the from-phrase."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(body, dateline="NAIROBI, May 3, 2020"):
    text = "Regional news in brief\n\n" + dateline + " -- " + body + "\n"
    out = extract_document(Document(doc_id="t", text=text, content_hash="x"))
    return [(e.type, tuple(a.key for a in e.from_), tuple(a.key for a in e.to),
             tuple((i.item, i.quantity) for i in e.items)) for e in out.events]


def test_national_authorities_take_delivery_from_an_embassy():
    got = _events("Kenyan authorities on May 2 took delivery from the Chinese embassy of a third batch of "
                  "medical supplies.")
    assert [(t, f, to) for t, f, to, _ in got] == [("donation", ("CN",), ("KE",))]


def test_goods_counted_after_the_from_phrase():
    got = _events("On May 2 Kenyan officials took delivery from the Chinese embassy of 30,000 masks.")
    assert got == [("donation", ("CN",), ("KE",), (("mask", 30000),))]


def test_city_takes_delivery_from_a_partner_city():
    got = _events("Health officials in Mombasa took delivery from Guangzhou of 8,000 protective suits on Friday.")
    assert got == [("donation", ("CN/Guangdong/Guangzhou",), ("KE/Mombasa",), (("protective_suit", 8000),))] or \
        got == [("donation", ("CN/Guangzhou",), ("KE/Mombasa",), (("protective_suit", 8000),))]


def test_plain_receipt_still_read():
    got = _events("Zambian health officials took delivery of 12,000 gloves from the Chinese embassy on Tuesday.",
                  dateline="LUSAKA, June 4, 2020")
    assert [(t, f, to) for t, f, to, _ in got] == [("donation", ("CN",), ("ZM",))]


def test_a_parcel_service_delivery_is_no_gift():
    got = _events("The shop took delivery from its supplier of new shelves last week.")
    assert got == []
