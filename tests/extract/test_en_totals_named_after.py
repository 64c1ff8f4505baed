"""English: a total over counted partners with some of them named in the next sentence ("Recipients included
...", "Under the allocation, A and B got N apiece") goes to those named; one meeting held with many partners
("held its first online meeting with partner cities, attended by N officials from M cities, including ...") is a
consultation, not a total."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(dateline, body):
    text = "Partner cities news\n\n" + dateline + " " + body + "\n"
    out = extract_document(Document(doc_id="t", text=text, content_hash="x"))
    return [(e.type, tuple(a.key for a in e.from_), tuple(sorted(a.key for a in e.to))) for e in out.events]


def test_recipients_named_after_a_total():
    got = _events("NANJING, May 6, 2020 --", "As of May 3, Nanjing had supplied more than 15 sister cities abroad "
                  "with gloves, gowns and test kits. Recipients included Lyon in France, Perth in Australia, and "
                  "Chile and Peru.")
    assert got == [("aggregate", ("CN/Nanjing",), ("AU/Perth", "CL", "FR/Lyon", "PE"))]


def test_shares_named_after_a_total():
    got = _events("DAEGU, May 6, 2020 --", "Eleven partner cities in Japan have been sent a combined 30,000 masks "
                  "by Daegu, the city said. Under the allocation, Osaka and Nagoya got 5,000 apiece, while Kobe, "
                  "Sendai and five other cities received 2,000 each.")
    assert ("aggregate", ("KR/Daegu",), ("JP/Kobe", "JP/Nagoya", "JP/Osaka", "JP/Sendai")) in got
    assert ("donation", ("KR/Daegu",), ("JP/Osaka",)) in got


def test_total_with_no_names_after_keeps_its_country():
    got = _events("DAEGU, May 6, 2020 --", "Eleven partner cities in Japan have been sent a combined 30,000 masks "
                  "by Daegu, the city said. The masks left by sea.")
    assert got[0][0] == "aggregate" and got[0][2] in ((), ("JP",))


def test_one_meeting_with_counted_partners():
    got = _events("NANJING, May 6, 2020 --", "On May 5 the Nanjing municipal government held its first online "
                  "meeting with partner cities abroad, attended by 40 officials from 12 cities in 9 countries, "
                  "including Florence, Leipzig and Daejeon.")
    assert got == [("consultation", ("CN/Nanjing",), ("DE/Leipzig", "IT/Florence", "KR/Daejeon"))]


def test_meetings_told_in_sum_stay_a_total():
    got = _events("CHENGDU, May 6, 2020 --", "So far Chengdu has held video meetings with 14 sister cities in "
                  "9 countries.")
    assert [t for t, _f, _t in got] == ["aggregate"]
