"""English receipts told in a lead: "one of the cities it works with" counts nothing, an apposition
"home to ..." hides its adjectives from the subject, a post's sentence may end in emoji, and a day fronted before
the verb dates the act when a later clause has its own day."""
from cityaid.extract.en_quantities import find_quantities_en
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(text, published="2020-04-10"):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published=published))
    return [(e.type, tuple(a.key for a in e.from_), tuple(a.key for a in e.to),
             e.items[0].quantity if e.items else None, e.date.value if e.date else None) for e in out.events]


def test_one_of_the_cities_is_no_count():
    text = "Gwangju got 8,000 gowns from Dalian, one of the Chinese cities it has ties with."
    assert [q.kind for q in find_quantities_en(text)] == ["goods"]


def test_receipt_from_one_of_its_partners_is_one_gift():
    got = _events("Gowns arrive\n"
                  "Gwangju took delivery of 8,000 gowns from Dalian, one of the Chinese cities it has ties with, "
                  "on Monday, officials said.\n")
    assert [e[:4] for e in got] == [("donation", ("CN/Dalian",), ("KR/Gwangju",), 8000)]


def test_home_to_apposition_does_not_name_the_receiver():
    got = _events("Masks for Spain\n"
                  "The Spanish city of Valencia, home to a large Chinese community, took delivery of 12,000 masks "
                  "from Qingtian on Friday.\n")
    assert any(t == "donation" and to == ("ES/Valencia",) for t, _f, to, _q, _d in got)


def test_post_sentence_ending_in_emoji_is_read():
    got = _events("Maria Rossi\n"
                  "9 April 2020 at 10:02\n\n"
                  "This morning Bologna took delivery of 30,000 masks from our friends in Harbin, flown in on a "
                  "chartered plane. ✈️📦\n\n"
                  "Grazie!\n")
    assert any(t == "donation" and f == ("CN/Harbin",) and to == ("IT/Bologna",) and q == 30000
               for t, f, to, q, _d in got)


def test_fronted_month_dates_the_act_not_the_later_clause():
    got = _events("Friendship returned\n"
                  "In January we sent Xi'an 2,000 masks, and today Xi'an repaid us many times over, Mayor Rossi of "
                  "Bologna wrote.\n")
    gift = [e for e in got if e[0] == "donation" and e[3] == 2000]
    assert gift and gift[0][4] == "2020-01"
