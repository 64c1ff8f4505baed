"""Money handed to a go-between (a Red Cross branch) 'earmarked for Y' is a gift to Y."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _gifts(*paras):
    text = "\n\n".join(paras) + "\n"
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-03-05"))
    return [(e.from_[0].key if e.from_ else None, [a.key for a in e.to]) for e in out.events if e.type == "donation"]


def test_handed_to_branch_earmarked_for_partner():
    got = _gifts("Korean province helps partner",
                 "GWANGJU, March 5 (Yonhap) -- Partner regions are helping one another.",
                 "In other aid, South Jeolla Province handed 30 million won to the Korean Red Cross's provincial "
                 "branch on March 2, earmarked for Hubei Province, its sister region in China.")
    assert got == [("KR/South Jeolla", ["CN/Hubei"])]


def test_gave_to_chapter_money_it_earmarked_for_partner():
    got = _gifts("Korean province helps partner",
                 "GWANGJU, March 5 (Yonhap) -- Partner regions are helping one another.",
                 "On March 2, South Jeolla Province gave 30 million won to its local Korean Red Cross chapter, "
                 "money it had earmarked for Hubei Province, its sister region in China.")
    assert got == [("KR/South Jeolla", ["CN/Hubei"])]
