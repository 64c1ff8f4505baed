"""English: on a prefecture's (province's) page, goods that "arrived at the Prefectural Office in X" reached the
prefecture, whose office stands in its chief town X; the town's own government received nothing."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def test_prefectural_office_in_the_chief_town_is_the_prefecture():
    text = ("Ehime Prefecture | Official Website | English\n\nHubei Province sends masks to Ehime\n\n"
            "Updated: 9 May 2020\n\nOn 7 May, a shipment of 40,000 masks donated by the People's Government of "
            "Hubei Province, Ehime's friendship province in China, arrived at the Prefectural Office in Matsuyama. "
            "The masks will go to nursing homes across the prefecture.\n")
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-05-09"))
    assert [(e.type, e.from_[0].key, e.to[0].key) for e in out.events] == [
        ("donation", "CN/Hubei", "JP/Ehime")]
