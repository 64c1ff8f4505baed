"""English running totals of a place's partners ("Since early March, X's sister cities and partners have given
more than N pieces of protective gear to the city"): the total is an aggregate received by X from givers
unnamed, and its "since" opener is no day of the single gifts told after it."""
from cityaid.model import Document
from cityaid.pipeline import extract_document, spec_events


def _events(*paras, pub="2020-06-03"):
    doc = Document(doc_id="t", content_hash="x", text="\n\n".join(paras), published=pub)
    return spec_events(extract_document(doc))


_PAGE = ("Mayor Thanks Partner Cities for Supplies",
         "June 3, 2020",
         "DENVER -- Mayor Tom Ruiz today thanked the city's partners abroad for their gifts of protective gear.",
         "Since early March, Denver's sister cities and partners have given more than 310,000 pieces of "
         "protective gear to the City. Kunming, a sister city since 1986, gave 45,000 surgical masks, while "
         "Chengdu contributed 15,000 KN95 masks.")


def test_partners_and_friends_total_is_an_aggregate_to_the_owner():
    es = _events(*_PAGE)
    [agg] = [e for e in es if e["type"] == "aggregate"]
    assert [a["key"] for a in agg["to"]] == ["US/Denver"] and agg["from"] == []
    assert not any(e["type"] == "donation" and [a["key"] for a in e["from"]] == ["US/Denver"] for e in es)


def test_since_opener_does_not_date_the_gifts_after_it():
    es = _events(*_PAGE)
    gifts = {e["from"][0]["key"]: e["date"]["value"] for e in es if e["type"] == "donation"}
    assert gifts == {"CN/Kunming": "2020-06-03", "CN/Chengdu": "2020-06-03"}
