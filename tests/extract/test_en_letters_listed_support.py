"""English letters told as a list: an item headed by a place and a colon ("- Lyon: Mayor A B sent his sympathy
to ...") runs from that place, not from a place named in the next item; support offered in words and addressed
("offered the council's support to X", "pledged Y's full support in a letter") is a message."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _messages(body):
    text = "Letters to Nanjing from partner cities\n\n" + body + "\n"
    out = extract_document(Document(doc_id="t", text=text, content_hash="x"))
    return [(tuple(a.key for a in e.from_), tuple(a.key for a in e.to)) for e in out.events if e.type == "message"]


LIST = ("Mayors in partner cities have been writing to Nanjing.\n\nFrom Europe\n"
        "- Lyon: Mayor Paul Martin sent his sympathy to the people of Nanjing and to the nurses caring for the sick.\n"
        "- Leeds: In his letter, Leeds City Council leader John Smith offered the council's support to Nanjing.\n"
        "- Turin: The mayor, Anna Rossi, wrote that Turin stood with Nanjing.\n")


def test_each_list_item_runs_from_its_heading_place():
    got = _messages(LIST)
    assert (("FR/Lyon",), ("CN/Nanjing",)) in got
    assert (("GB/Leeds",), ("CN/Nanjing",)) in got
    assert (("IT/Turin",), ("CN/Nanjing",)) in got
    assert len(got) == 3


def test_a_bulleted_item_with_a_star():
    got = _messages("* Busan: Mayor Kim Min-su wrote to Nanjing to express his concern.")
    assert got == [(("KR/Busan",), ("CN/Nanjing",))]


def test_support_pledged_in_a_letter():
    got = _messages("The first mayor, Peter Braun, pledged Hamburg's full support in a letter addressed to the "
                    "Nanjing government.")
    assert got == [(("DE/Hamburg",), ("CN/Nanjing",))]


def test_solidarity_pledged_with_a_partner():
    assert _messages("Osaka pledged its firm solidarity with Nanjing.") == [(("JP/Osaka",), ("CN/Nanjing",))]


def test_support_recalled_with_no_one_addressed_is_no_message():
    assert _messages("When Nanjing was fighting the virus, the people of Osaka offered firm support. "
                     "Now Osaka needs masks, Nanjing said.") == []


def test_help_of_a_kind_is_no_message():
    assert _messages("The mayor of Leeds offered technical support to hospitals in Nanjing.") == []
