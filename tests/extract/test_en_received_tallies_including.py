"""English constructions: a running total "X has received N goods from <plural givers> since <day>" is one
aggregate, not dated by the day the tally starts; "received ... from donors, including A, B and C" keeps every
giver named after "including"."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(body, dateline="IPOH, June 9, 2020"):
    text = "Partner cities news\n\n" + dateline + " -- " + body + "\n"
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-06-09"))
    return [(e.type, tuple(a.key for a in e.from_), tuple(a.key for a in e.to),
             e.date.value if e.date else None) for e in out.events]


def test_received_from_many_givers_since_is_a_tally():
    got = _events("Penang has received 800,000 face masks and 12 ventilators from Chinese provinces, cities and "
                  "firms since the lockdown started on March 20, the state governor says.")
    assert len(got) == 1
    t, f, to, when = got[0]
    assert t == "aggregate" and to == ("MY/Penang",) and when != "2020-03-20"


def test_received_from_counted_givers_including_names_them_all():
    got = _events("With the new batch, Kathmandu has received medical supplies from six foreign cities and "
                  "groups, including Chengdu and Toyama, since the shutdown began on March 22, officials said.",
                  dateline="KATHMANDU, June 9, 2020")
    assert [(t, set(f), to) for t, f, to, _ in got] == [("aggregate", {"CN/Chengdu", "JP/Toyama"}, ("NP/Kathmandu",))]


def test_received_from_donors_including_keeps_every_giver():
    got = _events("So far Penang has received gloves worth RM2 million from donors, including Chengdu and the "
                  "Dutch city of Utrecht, a state official said.")
    assert [(t, set(f)) for t, f, to, _ in got] == [("aggregate", {"CN/Chengdu", "NL/Utrecht"})]
