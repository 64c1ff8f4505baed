"""English part of goods named before ("Sichuan bought 10,000 masks. On Monday, 5,000 of them were donated to
X"): the count takes the goods named last before it."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _gifts(body):
    text = "Masks news\n\nCHENGDU, May 5 -- " + body + "\n"
    out = extract_document(Document(doc_id="t", text=text, content_hash="x"))
    return [(tuple(a.key for a in e.from_), tuple(a.key for a in e.to), tuple((i.item, i.quantity) for i in e.items))
            for e in out.events if e.type == "donation"]


def test_part_of_masks_bought_before():
    got = _gifts("Sichuan bought 10,000 masks last week. On Monday, 5,000 of them were donated to Hamilton by the "
                 "provincial government.")
    assert got == [(("CN/Sichuan",), ("CA/Hamilton",), (("mask", 5000),))]


def test_part_of_a_pledge_presented_by_an_office():
    got = _gifts("Taiwan pledged two million masks to the United States. On Friday, 50,000 of them were presented "
                 "to Texas by the Taipei Economic and Cultural Office in Houston.")
    assert got == [(("TW",), ("US/Texas",), (("mask", 50000),))]


def test_part_of_no_goods_counts_nothing():
    assert _gifts("Ten cities sent help. Three of them were in Japan.") == []
