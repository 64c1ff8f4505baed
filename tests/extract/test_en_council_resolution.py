"""English: a council's resolution told by what it expresses ("adopted a resolution expressing support for X's
residents") is a message from the council's place to X."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _messages(*paras, published="2020-04-29"):
    out = extract_document(Document(doc_id="t", text="\n\n".join(paras), content_hash="x", published=published))
    return [([a.key for a in e.from_], [a.key for a in e.to]) for e in out.events if e.type == "message"]


def test_resolution_expressing_solidarity():
    got = _messages("BACOLOD – Bacolod City on Friday received 10,000 masks from Quanzhou, its twin city, officials "
                    "said.",
                    "In February, Bacolod's councillors adopted a resolution expressing support for Quanzhou residents "
                    "during the outbreak.")
    assert got == [(["PH/Bacolod City"], ["CN/Quanzhou"])]


def test_resolution_approving_a_tie_is_no_message():
    got = _messages("In 1991 Bacolod's councillors adopted a resolution approving a twinning pact with Quanzhou.")
    assert got == []
