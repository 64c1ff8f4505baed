"""English: "X has written to the mayor of Y to thank X's sister city for a gift of N masks": the partner the
possessive names gave, the writer got them (not the reverse); "Y told the town it wished to pay back the favour"
is a wish to act, not good wishes sent."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(text, published="2020-05-06"):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published=published))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to]) for e in out.events]


def test_infinitive_thanks_to_a_possessed_partner():
    text = ("CITY OF PERTH\n\n"
            "PERTH LORD MAYOR THANKS NANJING\n\n"
            "Lord Mayor Basil Zempilas has written to the Mayor of Nanjing, Han Liming, to thank Perth's sister "
            "city for a gift of 15,000 surgical masks, which reached the Council House last Friday.\n")
    evs = _events(text)
    gifts = [e for e in evs if e[0] == "donation"]
    assert gifts and all(e[1] == ["CN/Nanjing"] and e[2] == ["AU/Perth"] for e in gifts)
    assert ("message", ["AU/Perth"], ["CN/Nanjing"]) in evs


def test_wished_to_do_is_no_message():
    text = ("Masks for Kurashiki\n\n"
            "In late January the town of Kurashiki mailed 3,000 masks to Ningbo. Ningbo has now told the town "
            "that it wished to pay back the favour.\n")
    evs = _events(text, "2020-04-20")
    assert not [e for e in evs if e[0] == "message" and e[1] and e[1][0].startswith("CN")]


def test_a_bare_title_writing_to_thank_is_the_page_place():
    # "The Mayor has written to ...": the page's own town thanks and received; the one written to gave
    from cityaid.model import Document
    from cityaid.pipeline import extract_document
    doc = Document(doc_id="t", content_hash="x", published="2020-06-12",
                   text="TOWN OF WAGGA WAGGA\n\nThe Mayor has written to the Mayor of Kunming to thank Wagga Wagga's "
                        "sister city for a gift of 6,500 surgical masks.")
    gifts = [e for e in extract_document(doc).events if e.type == "donation"]
    assert gifts and gifts[0].from_[0].key == "CN/Kunming" and gifts[0].to[0].key.startswith("AU/")
