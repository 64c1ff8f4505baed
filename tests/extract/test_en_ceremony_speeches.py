"""English constructions: words said at a hand-over ceremony and told without quotation marks - the
receiver's official "was moved that" or "called it touching that" the giver helped (thanks), the giver's
envoy "expressed the hope that the supplies would help" the receiver (good wishes); near-misses: a thing
"moved that morning", a motion "moved that", a hope with no receiver and no gift."""
from cityaid.model import Document
from cityaid.pipeline import extract_document

_LEAD = ("Masks and gloves donated by the city government of Ningbo were handed to Sendai at a ceremony at the "
         "city hall on Friday, April 3. ")


def _events(body, dateline="SENDAI"):
    text = "Sendai receives masks from Ningbo\n\n" + dateline + " -- " + _LEAD + body + "\n"
    out = extract_document(Document(doc_id="t", text=text, content_hash="x"))
    return [(e.type, tuple(a.key for a in e.from_), tuple(a.key for a in e.to)) for e in out.events]


def _messages(body):
    return [e for e in _events(body) if e[0] == "message"]


def test_receiver_moved_that_the_giver_helped():
    got = _messages("Mayor Kazuko Kori said she was moved that China had come to Japan's aid so quickly.")
    assert got == [("message", ("JP/Sendai",), ("CN",))]


def test_receiver_called_it_touching_that_the_giver_helped():
    got = _messages("Mayor Kazuko Kori called it touching that China was helping Japan so quickly.")
    assert len(got) == 1 and got[0][1] == ("JP/Sendai",) and got[0][2][0].startswith("CN")


def test_receiver_deeply_touched_that():
    got = _messages("The mayor of Sendai said the city was deeply touched that its Chinese partner had thought of it.")
    assert len(got) == 1 and got[0][1] == ("JP/Sendai",) and got[0][2][0].startswith("CN")


def test_envoy_hoped_the_supplies_would_help_the_receiver():
    got = _messages("Lin Feng, the Chinese consul general, attended. He expressed the hope that the supplies would "
                    "help Sendai beat the epidemic soon.")
    assert len(got) == 1 and got[0][1][0].startswith("CN") and got[0][2] == ("JP/Sendai",)


def test_envoy_said_he_hoped_the_masks_would_help():
    got = _messages("The consul general said he hoped the masks would help Sendai get through the outbreak.")
    assert got == [("message", ("CN",), ("JP/Sendai",))]


def test_thing_moved_that_morning_is_no_message():
    assert _messages("The pallets were moved that morning to a warehouse in Osaka.") == []


def test_motion_moved_that_is_no_message():
    assert _messages("The council moved that the gloves go to clinics first.") == []


def test_hope_to_help_later_is_no_message():
    assert _messages("The city hopes to help more partners soon.") == []
