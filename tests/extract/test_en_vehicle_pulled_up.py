"""English: a truck or van that "pulled up" at the receiver's building with goods from a giver tells their
arrival, a gift; a vehicle pulling up with no goods is none."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(para, published="2020-04-16"):
    text = "Letter from the mayor\n\nFriends,\n\n" + para
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published=published))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to]) for e in out.events]


def test_van_pulled_up_with_goods_is_a_gift():
    got = _events("On Monday a van pulled up outside the Boise City Hall with 8,000 gowns from our sister city of "
                  "Xiangtan, China.")
    assert got == [("donation", ["CN/Xiangtan"], ["US/Boise"])]


def test_van_pulled_up_without_goods_is_nothing():
    assert _events("On Monday a van pulled up outside Boise City Hall and the driver asked for directions.") == []
