"""English: thanks that recall an earlier gift ("..., recalling that X had sent Y ...") tell two acts: the
message, dated by its own clause, and the earlier gift, whose giver is the recalled clause's subject."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(text):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-05-08"))
    return [(e.type, tuple(a.key for a in e.from_), tuple(a.key for a in e.to),
             e.items[0].quantity if e.items else None, e.date.value if e.date else None) for e in out.events]


def test_thanks_recalling_an_earlier_gift_of_the_thanker():
    got = _events("Masks for Kanazawa\n"
                  "On May 6, Suzhou's 60,000 masks reached Kanazawa. Mayor Yamano thanked Suzhou Mayor Li for the "
                  "masks on May 7, recalling that Kanazawa had sent Suzhou 4,000 gowns in January.\n")
    msg = [e for e in got if e[0] == "message"]
    assert msg and msg[0][1] == ("JP/Kanazawa",) and msg[0][2] == ("CN/Suzhou",) and msg[0][4] == "2020-05-07"
    assert ("donation", ("JP/Kanazawa",), ("CN/Suzhou",), 4000, "2020-01") in got


def test_noting_that_the_speakers_side_had_given():
    got = _events("Help returned\n"
                  "Incheon Mayor Park thanked Tianjin by video on Tuesday, noting that Incheon had donated 30,000 "
                  "masks to Tianjin in February.\n")
    assert any(t == "message" and f == ("KR/Incheon",) and to == ("CN/Tianjin",) for t, f, to, _q, _d in got)
    assert any(t == "donation" and f == ("KR/Incheon",) and to == ("CN/Tianjin",) and q == 30000
               for t, f, to, q, _d in got)
