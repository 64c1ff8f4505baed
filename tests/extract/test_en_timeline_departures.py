"""English departures told in a timeline's present ("N gowns leave X on the train to Y", "the boxes depart for
Y"): the goods leave for the place after the train's "to" (or "for"); the arrival told next is the same gift."""
from cityaid.model import Document
from cityaid.pipeline import extract_document

HEAD = ("Leeds City | News\n\nTIMELINE: Leeds and Harbin, partners in a pandemic\n\nPosted 30 April 2020 by City "
        "Promotion Office\n\nLeeds and Harbin have been partner cities since 1988.\n\n")


def _gifts(body):
    out = extract_document(Document(doc_id="t", text=HEAD + body + "\n", content_hash="x", published="2020-04-30"))
    return [([a.key for a in e.from_], [a.key for a in e.to], e.date.value if e.date else None)
            for e in out.events if e.type == "donation"]


def test_goods_leaving_on_the_train_to_a_place():
    got = _gifts("12 February -- A container with 2,500 protective overalls and 4,000 pairs of medical gloves, "
                 "bought by the city, leaves Leeds on the train to Harbin.\n\n21 February -- The shipment reaches "
                 "Harbin.")
    assert got == [(["GB/Leeds"], ["CN/Harbin"], "2020-02-12")]


def test_goods_departing_for_a_place_in_the_present():
    got = _gifts("12 February -- Two pallets of 6,000 masks from the city depart for Harbin.")
    assert got == [(["GB/Leeds"], ["CN/Harbin"], "2020-02-12")]
