"""English: a speaker telling, in quotation, a letter their own side sent ("In March we wrote to the mayor of X to
offer our support," the mayor said): a message from the page's place to the place the words name."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _messages(text, published="2020-05-04"):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published=published))
    return [([a.key for a in e.from_], [a.key for a in e.to], e.date.value if e.date else None)
            for e in out.events if e.type == "message"]


def test_we_sent_a_message_of_support_in_the_quotation():
    text = ("CITY OF HOBART\n\n"
            "Hobart has received 25,000 surgical masks from its sister city Yantai.\n\n"
            "\"Back in late January we sent a message of support to the people of Yantai while they faced the "
            "virus, and now they have answered in kind,\" the Lord Mayor said.\n")
    msgs = _messages(text)
    assert any(m[0] == ["AU/Hobart"] and m[1] == ["CN/Yantai"] and m[2] == "2020-01" for m in msgs)


def test_a_planned_letter_in_the_quotation_is_none():
    text = ("CITY OF HOBART\n\n"
            "Hobart has received 25,000 surgical masks from its sister city Yantai.\n\n"
            "\"Next week we will send a message of thanks to the people of Yantai,\" the Lord Mayor said.\n")
    msgs = _messages(text)
    assert not any(m[0] == ["AU/Hobart"] and m[2] is not None and m[2] < "2020-05" for m in msgs)
