"""A list of receivers goes on past an apposition on one item ('in Lyon, Turin's sister city, and in Nice,
Marseille ...', 'in A and B, both in C province, and in D and E'); goods 'meant for ... in X' go to X."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _gifts(*paras):
    text = "\n\n".join(paras) + "\n"
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-03-06"))
    return [(e.from_[0].key if e.from_ else None, sorted(a.key for a in e.to)) for e in out.events
            if e.type == "donation"]


def test_list_past_a_sister_city_apposition():
    got = _gifts("Denver charity ships gowns",
                 "Denver-based Mile High Relief put 90,000 gowns on planes this week, bound for nurses in Xi'an, "
                 "Denver's sister city, and in Baoji, Lanzhou and Xining, the charity said Thursday.")
    assert ("US/Denver", ["CN/Baoji", "CN/Lanzhou", "CN/Xi'an", "CN/Xining"]) in got


def test_meant_for_list_with_shared_province():
    got = _gifts("Denver charity ships gowns",
                 "A second and bigger load of gowns from Mile High Relief, a Denver charity, is in the air, headed "
                 "for China and Denver's sister city of Xi'an.",
                 "The charity said Thursday the shipment -- 90,000 gowns -- is meant for nurses on the wards in "
                 "Xi'an and Baoji, both in Shaanxi province, and in Lanzhou and Xining.")
    assert any(to == ["CN/Baoji", "CN/Lanzhou", "CN/Xi'an", "CN/Xining"] for _, to in got)
