"""English subjects: "Members will recall that in March, when X was closed off, our society sent a message to Y":
the place of the fronted when-clause is not the sender, also behind a reporting frame ("will recall that")."""
from cityaid.model import Document
from cityaid.pipeline import extract_document

PAGE = ("TACOMA FRIENDSHIP SOCIETY\nNewsletter -- Autumn 2020\n\n2. GLOVES FROM JILIN CITY\nOn June 2 a pallet of "
        "8,000 gloves arrived at City Hall, a gift from Jilin City, our sister city in China since 1990.\n\n{last}\n")


def _messages(last):
    out = extract_document(Document(doc_id="t", text=PAGE.format(last=last), content_hash="x", published="2020-09-01"))
    return [([a.key for a in e.from_], [a.key for a in e.to]) for e in out.events if e.type == "message"]


def test_when_clause_place_behind_a_reporting_frame_is_not_the_sender():
    got = _messages("Many members will recall that in March, when Jilin was closed off, our society sent a message "
                    "of support to the Jilin City government, signed by each member.")
    assert got == [(["US/Tacoma"], ["CN/Jilin City"])]
