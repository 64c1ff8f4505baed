"""English letters page: a lead sentence whose writers are many and unnamed ("Mayors and council leaders in X's
sister cities have been writing to the city") is no message of its own; a titled person right after a fronted
place ("In Lyon, Mayor A B put his condolences in writing") is no second place listed with it."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _messages(body):
    text = "Letters from sister cities abroad\n\n" + body + "\n"
    out = extract_document(Document(doc_id="t", text=text, content_hash="x"))
    return [(tuple(a.key for a in e.from_), tuple(a.key for a in e.to)) for e in out.events if e.type == "message"]


def test_many_unnamed_writers_give_no_message():
    got = _messages("Mayors and council leaders in Nanjing's sister cities have been writing to the city since the "
                    "outbreak began, and the office has released excerpts.\n\nFrom Leeds in England, council leader "
                    "John Smith wrote to Nanjing that his city was thinking of its people.")
    assert got == [(("GB/Leeds",), ("CN/Nanjing",))]


def test_named_officials_of_one_place_still_write():
    assert _messages("Officials in Nanjing wrote to Leeds to thank the city for its masks.") == \
        [(("CN/Nanjing",), ("GB/Leeds",))]


def test_titled_person_after_a_fronted_place_is_not_a_second_sender():
    got = _messages("Leeds City Council's leader, John Smith, sent a letter saying he wanted to show the city's "
                    "support for Nanjing and that Leeds was thinking of the families hit by the virus.\n\n"
                    "In Lyon, Mayor Paul Martin put his condolences in writing, addressing them to the people of "
                    "Nanjing and to the doctors and nurses treating the sick.")
    assert sorted(got) == [(("FR/Lyon",), ("CN/Nanjing",)), (("GB/Leeds",), ("CN/Nanjing",))]
