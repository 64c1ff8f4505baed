"""On a Chinese outlet's page about a Chinese place, a foreign gift with no recipient named went to that place."""
from cityaid.pipeline import extract_document
from cityaid.model import Document


def test_foreign_gift_on_chinese_outlet_page_goes_to_the_chinese_place():
    text = ("Chengdu ships gloves to its partner cities in Europe\n\n"
            "China Daily | Updated 09:12, 11-May-2020\n\n"
            "Chengdu has flown 80,000 gloves to two of its partner cities, Lodz in Poland and Bonn in Germany.\n\n"
            "Among the first to help the city in February was Linz in Austria, which sent 12,000 masks, "
            "an official said.\n")
    out = extract_document(Document(doc_id="t", text=text, content_hash="x"))
    gift = next(e for e in out.events if e.type == "donation" and e.from_ and e.from_[0].key == "AT/Linz")
    assert [a.key for a in gift.to] == ["CN/Chengdu"]
