"""A local authority the gazetteer lacks, shown to be a place by its construction ('a partner of X', 'everyone
in X', 'X Council'), is the division of that name where one country alone has one; and a thanks said 'on
behalf of everyone in X' runs from X."""
from cityaid.model import Document
from cityaid.pipeline import extract_document
from cityaid.resolve.english import find_actors_en


def _events(*paras):
    text = "\n\n".join(paras) + "\n"
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-08-03"))
    return [(e.type, e.from_[0].key if e.from_ else None, [a.key for a in e.to]) for e in out.events]


def test_council_and_partner_of_cue_the_place():
    text = ("Powys has been given 3,000 gowns by Hubei, a friendly partner of Powys.\n\n"
            "Powys Council said the gowns would go to care homes.\n")
    keys = [m.key for m in find_actors_en(text)]
    assert keys.count("GB/Powys") >= 2


def test_gift_and_thanks_on_behalf_of_everyone_there():
    got = _events("Hubei gowns reach Powys",
                  "Powys has received 3,000 gowns donated by the provincial government of Hubei in China.",
                  "\"Hubei has been most kind,\" said the council leader. \"I would like to thank them warmly on "
                  "behalf of everyone in Powys.\"")
    assert ("donation", "CN/Hubei", ["GB/Powys"]) in got
    assert ("message", "GB/Powys", ["CN/Hubei"]) in got
    assert not any(t == "message" and f == "CN/Hubei" for t, f, _ in got)
