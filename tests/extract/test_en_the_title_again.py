"""English: a titled person named again by the title alone as the subject ("... to X Governor A B. The governor
thanked Y") speaks for the place of the person named last with that title, not for a place named after the verb."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _messages(*paras, published="2020-04-29"):
    out = extract_document(Document(doc_id="t", text="\n\n".join(paras), content_hash="x", published=published))
    return [([a.key for a in e.from_], [a.key for a in e.to]) for e in out.events if e.type == "message"]


def test_the_governor_thanked():
    got = _messages("UDON THANI – The Chinese Consul-General on Monday handed over 20,000 face masks, a gift from "
                    "Guangxi, to Udon Thani Governor Somsak Dee.",
                    "The governor thanked Guangxi for its kindness, adding that nurses across the province would get "
                    "them first.",
                    "Last week, nearby Khon Kaen province received 5,000 masks from Nanning.")
    assert got == [(["TH/Udon Thani"], ["CN/Guangxi"])]
