"""English dates: a gift told with no day of its own, followed in the same sentence by a clause telling its goods
reached the taker on a day ("…, and the crates were unloaded at the fire hall on Wednesday"), takes that day; a day
fronted before the gift's verb still dates the gift."""
from cityaid.model import Document
from cityaid.pipeline import extract_document

PAGE = "Twin town sends masks to Moose Jaw\nPublished May 9, 2020\n\n{body}\n"


def _gift_dates(body):
    out = extract_document(Document(doc_id="t", text=PAGE.format(body=body), content_hash="x",
                                    published="2020-05-09"))
    return [(e.date.value if e.date else None) for e in out.events if e.type == "donation"]


def test_goods_unloaded_on_a_weekday_told_after_date_the_gift():
    assert _gift_dates("Moose Jaw's twin city of Lanzhou has shipped 12,000 surgical masks to the city, and the "
                       "crates were unloaded at the fire hall on Wednesday.") == ["2020-05-06"]


def test_goods_delivered_on_a_day_told_after_date_the_gift():
    assert _gift_dates("Lanzhou has sent 8,000 gloves to Moose Jaw, and they were delivered to the depot "
                       "on May 4.") == ["2020-05-04"]


def test_a_day_fronted_before_the_verb_still_dates_the_gift():
    assert _gift_dates("On April 20, Lanzhou sent 8,000 gloves to Moose Jaw, and the boxes arrived at the "
                       "depot on Wednesday.") == ["2020-04-20"]
