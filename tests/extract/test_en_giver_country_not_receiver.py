"""'N gowns arrived from X Province in China', 'a gift from X, Y's twin city in China, is on its way': the
country after the giver places the giver; the goods went to the page's place or the partner the apposition
names, never to the giver's own country."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _gifts(*paras):
    text = "\n\n".join(paras) + "\n"
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-04-20"))
    return [(e.from_[0].key if e.from_ else None, [a.key for a in e.to]) for e in out.events if e.type == "donation"]


def test_arrived_from_province_in_its_country():
    got = _gifts("Lyon thanks partners abroad",
                 "Lyon has been sent help by its partners abroad, officials said on Monday.",
                 "Earlier this month, 3,000 gowns arrived from Hubei Province in China.")
    assert ("CN/Hubei", ["FR/Lyon"]) in got
    assert all("CN" not in to for _, to in got)


def test_gift_on_its_way_from_partner_in_china():
    got = _gifts("Lyon awaits more gowns",
                 "Lyon has been sent help by its partners abroad, officials said on Monday.",
                 "Still on its way is a gift from Wenzhou, Lyon's oldest twin city in China: 8,000 masks plus "
                 "300 goggles.")
    assert ("CN/Wenzhou", ["FR/Lyon"]) in got


def test_benefit_from_gift_of_the_towns_twin():
    # the benefit waits; the gift is made, by the twin the apposition names
    got = _gifts("Lyon nurses to get masks",
                 "Nurses in Lyon are to benefit from a gift of 6,000 surgical masks from the town's Chinese twin, "
                 "Wenzhou.")
    assert got == [("CN/Wenzhou", ["FR/Lyon"])]


def test_benefit_from_consignment_a_gift_from_the_citys_twin():
    got = _gifts("Lyon nurses to get masks",
                 "Nurses in Lyon are set to benefit from a consignment of 6,000 surgical masks, a gift from the "
                 "city's twin, Wenzhou.")
    assert got == [("CN/Wenzhou", ["FR/Lyon"])]


def test_benefit_from_a_gift_still_planned_is_no_gift():
    got = _gifts("Lyon to get masks",
                 "Lyon will benefit from masks that Wenzhou plans to send next month.")
    assert got == []
