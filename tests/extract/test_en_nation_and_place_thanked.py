"""'expressed gratitude to the Chinese government and especially to the X mayor': both the nation and the
place are thanked."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def test_government_and_especially_the_city():
    text = ("Xiamen masks reach Lahore\n\n"
            "LAHORE: Lahore has received 5,000 masks from Xiamen, a port city in Fujian province, China.\n\n"
            "Deputy Commissioner Ali Raza expressed gratitude to the Chinese government and especially to the "
            "Xiamen mayor for the gesture, the statement said.\n")
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-06-02"))
    msgs = [(e.from_[0].key, sorted(a.key for a in e.to)) for e in out.events if e.type == "message"]
    assert ("PK/Lahore", ["CN", "CN/Xiamen"]) in msgs


def test_government_and_the_mayor_of_the_city_in_particular():
    text = ("Xiamen masks reach Lahore\n\n"
            "LAHORE: Lahore has received 5,000 masks from Xiamen, a port city in Fujian province, China.\n\n"
            "According to the statement, Raza thanked the Chinese government, and the mayor of Xiamen in "
            "particular, for the gesture.\n")
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-06-02"))
    msgs = [(e.from_[0].key, sorted(a.key for a in e.to)) for e in out.events if e.type == "message"]
    assert ("PK/Lahore", ["CN", "CN/Xiamen"]) in msgs
