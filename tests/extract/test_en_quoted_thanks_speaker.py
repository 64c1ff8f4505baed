"""A thanks ending a quotation opened in the sentence before: the speaker named before the quotation thanks
the page's partner, not a place of the speaker's own country."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def test_quoted_thanks_after_a_quoted_sentence_runs_from_the_speaker_to_the_partner():
    text = ("Hunan doctors land in Madrid\n\n"
            "MADRID, April 6 -- Eleven doctors from central China's Hunan Province arrived in Madrid on Monday "
            "to help Spanish hospitals.\n\n"
            "Spanish Health Minister Ana Ruiz, who met the doctors at the airport, wrote on Twitter: \"We "
            "will not forget this gesture. Thank you.\"\n")
    out = extract_document(Document(doc_id="t", text=text, content_hash="x"))
    msgs = [e for e in out.events if e.type == "message"]
    assert msgs and msgs[-1].from_[0].key == "ES" and msgs[-1].to[0].key == "CN/Hunan"
