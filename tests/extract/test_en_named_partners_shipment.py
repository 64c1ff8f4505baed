"""One shipment to N partners that the sentence all names is one gift to them, not an aggregate."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def test_shipment_to_n_partners_all_named_is_one_donation():
    text = ("Changsha ships gowns abroad\n\n"
            "Changsha has sent a shipment of 60,000 gowns to two of its sister cities: Kumamoto in Japan and "
            "Perth in Australia, the city's foreign affairs office said on Friday.\n")
    out = extract_document(Document(doc_id="t", text=text, content_hash="x"))
    gifts = [e for e in out.events if e.type == "donation"]
    assert not [e for e in out.events if e.type == "aggregate"]
    assert gifts and gifts[0].from_[0].key == "CN/Changsha" and len(gifts[0].to) == 2


def test_total_to_partners_with_a_total_cue_stays_an_aggregate():
    text = ("Changsha ships gowns abroad\n\n"
            "So far Changsha has sent a total of 60,000 gowns to two of its sister cities: Kumamoto in Japan and "
            "Perth in Australia, the city's foreign affairs office said on Friday.\n")
    out = extract_document(Document(doc_id="t", text=text, content_hash="x"))
    assert [e for e in out.events if e.type == "aggregate"]
