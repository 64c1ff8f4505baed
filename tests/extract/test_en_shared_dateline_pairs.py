"""English constructions of a wire filed from two bureaus: a dateline shared by two cities ("ROME/LIMA, June 3
(Xinhua) --") names where it was filed, not the page's own city (the city the lead tells of is, so a bare
"the mayor" is that city's); and a gift told as reaching a country whose town the next sentence pairs with the
giver ("A and X have been sister cities since ...") went to that town. Near-miss: a tie sentence in another
paragraph leaves the country as it stands."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(text):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-06-03"))
    return [(e.type, tuple(a.key for a in e.from_), tuple(a.key for a in e.to)) for e in out.events]


PAGE = ("Chinese partners lend a hand to towns abroad\n\n"
        "ROME/LIMA, June 3 (Xinhua) -- Turin, a sister city of Nanning since 1999, has received help from its "
        "partner. The 4,000 goggles donated by Nanning were received by the mayor at the city hall on Monday.\n\n")


PERU = ("In Peru, the capital's municipal administration took delivery of gowns from the Chengdu Municipal "
        "Government last week, an official said. Lima and Chengdu have been sister cities since 1993.\n")


def test_bureau_dateline_is_not_the_pages_city():
    got = _events(PAGE + PERU)
    assert ("donation", ("CN/Nanning",), ("IT/Turin",)) in got
    assert not any("PE/Lima" in to for _, frm, to in got if "CN/Nanning" in frm)


def test_country_receiver_narrowed_by_the_tie_told_next():
    got = _events(PAGE + PERU)
    assert ("donation", ("CN/Chengdu",), ("PE/Lima",)) in got


def test_tie_in_another_paragraph_is_not_read():
    got = _events(PAGE + "In Peru, the capital's municipal administration took delivery of gowns from the Chengdu "
                         "Municipal Government last week, an official said.\n\nLima and Chengdu have been sister "
                         "cities since 1993.\n")
    assert ("donation", ("CN/Chengdu",), ("PE/Lima",)) not in got
