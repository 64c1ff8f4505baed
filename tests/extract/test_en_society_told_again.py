"""English: a country's friendship society named once ("the Canada China Friendship Society") and then told by its
noun alone ("reached the society", "the Society took delivery of") is that country's side."""
from cityaid.model import Document
from cityaid.pipeline import extract_document, spec_events


def _events(*paras):
    doc = Document(doc_id="t", content_hash="x", text="\n\n".join(paras), title="Gowns shared among groups",
                   published="2020-06-10")
    return spec_events(extract_document(doc))


def test_the_society_is_the_country_of_the_society_named():
    es = _events("Gowns sent by Hunan have been shared out among clinics, the Canada China Friendship Society says.",
                 "A further 800 gowns, a gift from the Hubei Provincial People's Association for Friendship with "
                 "Foreign Countries, reached the society in early May.")
    gift = [e for e in es if e["type"] == "donation" and "800" in e["evidence"]]
    assert gift and [a["key"] for a in gift[0]["to"]] == ["CA"]


def test_the_association_named_after_a_province_is_no_country():
    es = _events("The Hubei Provincial People's Association for Friendship with Foreign Countries sent 700 gowns "
                 "to Kelowna in May.", "Kelowna thanked the association in a letter.")
    notes = [e for e in es if e["type"] == "message"]
    assert notes and [a["key"] for a in notes[0]["to"]] == ["CN/Hubei"]
