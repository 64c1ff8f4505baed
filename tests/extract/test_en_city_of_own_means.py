"""English construction: "when X's own stocks ran low, the city still sent ... to Y" - "the city" is X, whose
own means the subordinate clause names, not the page's place; near-miss: a place in the clause with no "own"."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _donations(body):
    text = "The Italian city is among Hangzhou's oldest partners.\n\n" + body
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-05-06"))
    return [(tuple(a.key for a in e.from_), tuple(a.key for a in e.to)) for e in out.events if e.type == "donation"]


def test_the_city_is_the_one_whose_own_stocks_ran_low():
    got = _donations("Back in January, when Hangzhou's own depots were nearly empty, the city still mailed "
                     "7,500 surgical masks to Padua.")
    assert (("CN/Hangzhou",), ("IT/Padua",)) in got


def test_while_clause_with_own_names_the_city():
    got = _donations("In late January, while Hangzhou's own hospitals were short of gear, the city sent 6,200 "
                     "protective suits to Padua.")
    assert (("CN/Hangzhou",), ("IT/Padua",)) in got


def test_no_own_keeps_the_page_city():
    got = _donations("Back in March, when the virus reached Hangzhou, the city sent 900 goggles to its partner.")
    assert (("CN/Hangzhou",), ("IT/Padua",)) not in got
