"""English: "X had received a request from Y for ..., and it shipped N suits": the request is Y's, and "it"
(X, the sentence's subject) sent the goods; bare "suits" in a shipment are protective suits."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def test_received_request_then_it_shipped():
    text = ("Aid between sister cities\n"
            "Matsuyama had received a request from Pyeongtaek for gowns and gloves, and it shipped 3,000 suits "
            "in March.\n")
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-04-02"))
    got = [(e.type, e.from_[0].key, e.to[0].key, e.items[0].item if e.items else None,
            e.items[0].quantity if e.items else None) for e in out.events]
    assert any(t == "request" and f == "KR/Pyeongtaek" and to == "JP/Matsuyama" for t, f, to, _i, _q in got)
    assert ("donation", "JP/Matsuyama", "KR/Pyeongtaek", "protective_suit", 3000) in got
