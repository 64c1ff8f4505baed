"""English ranking of a giver ("X is the third province to send supplies to Y, after A on April 2 and B on April
9"): the gifts told are those of the givers listed after "after", each to Y on the day named with it."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _gifts(body):
    text = "Aid news\n\n" + body + "\n"
    out = extract_document(Document(doc_id="t", text=text, content_hash="x"))
    return [(tuple(a.key for a in e.from_), tuple(a.key for a in e.to), e.date.value if e.date else None)
            for e in out.events if e.type == "donation"]


def test_givers_after_with_days():
    got = _gifts("According to Bavarian officials, Shandong is the third Chinese province to send supplies to "
                 "Bavaria, after Jiangsu on April 2 and Henan on April 9.")
    assert sorted(got) == [(("CN/Henan",), ("DE/Bavaria",), "2020-04-09"), (("CN/Jiangsu",), ("DE/Bavaria",), "2020-04-02")]


def test_givers_after_with_relative_clauses():
    got = _gifts("Officials in Bavaria said Shandong is the third Chinese province to send supplies to Bavaria, "
                 "after Jiangsu, whose shipment came on April 2, and Henan, whose masks arrived on April 9.")
    assert sorted(got) == [(("CN/Henan",), ("DE/Bavaria",), "2020-04-09"), (("CN/Jiangsu",), ("DE/Bavaria",), "2020-04-02")]


def test_givers_after_without_days():
    got = _gifts("Liaoning became the fourth Chinese province to send aid to Hokkaido, after Jilin, Hebei and Anhui.")
    assert sorted(f for f, _t, _d in got) == [("CN/Anhui",), ("CN/Hebei",), ("CN/Jilin",)]


def test_after_an_event_not_a_giver():
    got = _gifts("Lyon was the first city to send masks to Nanjing, after the outbreak began in January.")
    assert [(f, t) for f, t, _d in got] == [(("FR/Lyon",), ("CN/Nanjing",))]
