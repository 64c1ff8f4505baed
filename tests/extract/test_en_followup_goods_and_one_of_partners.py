"""English: a later sentence that names the goods again and adds more ("The masks, along with N gloves, were
delivered ...", "The consignment, which also included N gowns, ...") adds them to the gift told first, even when that
sentence named both the receiver and the giver ("N masks have arrived in A from B"); "donated by X, one of Y's four
sister cities" is one gift (the count tells what X is to Y), not a running total."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(text, published="2020-05-06"):
    return extract_document(Document(doc_id="t", text=text, content_hash="x", published=published,
                                     title="Masks arrive")).events


def _items(ev):
    return sorted((i.item, i.quantity) for i in ev.items)


def test_along_with_after_arrived_in_from():
    evs = _events("Sixty thousand face masks have arrived in Leeds from Dalian, the city's twin in north-east "
                  "China, the council has confirmed.\n\nThe masks, along with 3,000 pairs of gloves, were "
                  "delivered to the council's depot on Tuesday, May 5. They were donated by the Dalian "
                  "Municipal Government.")
    gifts = [e for e in evs if e.type == "donation"]
    assert len(gifts) == 1
    assert [a.key for a in gifts[0].from_] == ["CN/Dalian"] and [a.key for a in gifts[0].to] == ["GB/Leeds"]
    assert _items(gifts[0]) == [("gloves", 3000), ("mask", 60000)]


def test_which_also_included_joins_the_gift():
    evs = _events("Twelve thousand masks from Suzhou, the Chinese city that has been Portland's partner since "
                  "1988, were unloaded at the depot on Monday, the mayor said.\n\nThe consignment, which also "
                  "included 800 isolation gowns, was arranged by the Suzhou government.")
    gifts = [e for e in evs if e.type == "donation"]
    assert len(gifts) == 1
    assert ("mask", 12000) in _items(gifts[0]) and len(gifts[0].items) == 2


def test_one_of_owners_sister_cities_is_one_gift():
    evs = _events("The town of Eugene on Monday received 8,000 surgical masks donated by Kakegawa, Japan, one of "
                  "Eugene's four sister cities.")
    assert [e.type for e in evs if e.items] == ["donation"]
    gift = next(e for e in evs if e.type == "donation")
    assert [a.key for a in gift.from_] == ["JP/Kakegawa"] and [a.key for a in gift.to] == ["US/Eugene"]
