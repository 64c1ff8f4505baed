"""English, around a video meeting: the email that led to it "to ask how X had contained the epidemic" (or
"asking to hear about X's response to the outbreak") is a request to X; "the Dutch participants thanked the
Chinese doctors" thanks the meeting's Chinese side (the city whose hospital held it), not China at large."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(text, published="2020-04-03"):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published=published))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to]) for e in out.events]


_MEETING = ("Some 25 nurses and intensive-care doctors from across the Netherlands spent ninety minutes on a video "
            "link last Tuesday with physicians of the First Affiliated Hospital in Chengdu, learning about triage "
            "and ward protection.\n")


def test_email_to_ask_how_the_outbreak_was_handled_is_a_request():
    text = ("Dutch medics learn from Chengdu\n\n" + _MEETING +
            "The link was set up after a Rotterdam pulmonologist wrote to the hospital by email a week before to "
            "ask how Sichuan had contained the epidemic.\n")
    evs = _events(text)
    assert any(e[0] == "request" and e[1] == ["NL/Rotterdam"] and e[2] and e[2][0].startswith("CN/") for e in evs)


def test_thanks_to_the_chinese_doctors_go_to_the_meeting_city():
    text = ("Dutch medics learn from Chengdu\n\n" + _MEETING +
            "Dutch participants thanked the Chinese doctors when the link closed, calling the session "
            "enormously helpful.\n")
    msgs = [e for e in _events(text) if e[0] == "message"]
    assert msgs and all(e[2] != ["CN"] for e in msgs)
    assert any(e[2] == ["CN/Chengdu"] for e in msgs)
