"""English: a time phrase followed by a lower-case clause ("In April, after floods hit a district of X, Y's mayor wrote
to ...") is fronted: the place inside it is not the subject of the main clause."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _messages(*paras, published="2020-04-29"):
    out = extract_document(Document(doc_id="t", text="\n\n".join(paras), content_hash="x", published=published))
    return [([a.key for a in e.from_], [a.key for a in e.to]) for e in out.events if e.type == "message"]


def test_in_month_after_clause_then_subject():
    got = _messages("HAMM - The town of Hamm received 5,000 masks from Wuxi on Monday, officials said.",
                    "In April, after floods hit a district of Wuxi, Hamm's mayor wrote to the Chinese city offering "
                    "sympathy.")
    assert got == [(["DE/Hamm"], ["CN/Wuxi"])]
