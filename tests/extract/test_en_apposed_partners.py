"""'from their Chinese partners, A and B': the names in the apposition are the givers, not the country;
'A and B counties': each name of the list is a county."""
from cityaid.model import Document
from cityaid.pipeline import extract_document
from cityaid.resolve.english import find_actors_en

_TEXT = ("Korean counties thank partners\n\n"
         "GWANGJU, April 9 (Yonhap) -- Hwasun and Boseong counties received 4,000 gowns apiece from their "
         "Chinese partners, Liuyang and Yichang, respectively, county officials said Thursday.\n")


def test_names_before_plural_unit_word_are_units():
    keys = [m.key for m in find_actors_en(_TEXT)]
    assert "KR/Hwasun" in keys and "KR/Boseong" in keys


def test_apposed_chinese_partners_are_the_givers():
    out = extract_document(Document(doc_id="t", text=_TEXT, content_hash="x"))
    pairs = {(e.from_[0].key, e.to[0].key) for e in out.events if e.type == "donation" and e.from_ and e.to}
    assert ("CN/Changsha/Liuyang", "KR/Hwasun") in pairs and ("CN/Yichang", "KR/Boseong") in pairs
