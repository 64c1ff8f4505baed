"""English: goods "unloaded" where they were sent have arrived there (a receipt told by the arrival)."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def test_unloaded_goods_from_a_partner_arrived():
    text = ("Gowns arrive in Spokane\n"
            "Six thousand isolation gowns from Jilin City, Spokane's sister city in China, were unloaded Monday at "
            "the Spokane city warehouse.\n")
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-04-22"))
    assert [(e.type, e.from_[0].key, e.to[0].key) for e in out.events] == [("donation", "CN/Jilin City", "US/Spokane")]
