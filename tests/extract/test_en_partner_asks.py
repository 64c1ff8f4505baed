"""English asks between partners: a partner placed by a wider region ("its partner Y in Z province had asked"),
a passive ask ("X had been asked by its partner Y to supply"), asks of many partners told only in sum, and a gift
of "a local firm" that belongs to the town the story was telling of."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(body):
    text = "Partner cities news\n\nBERLIN, March 3, 2020 -- " + body + "\n"
    out = extract_document(Document(doc_id="t", text=text, content_hash="x"))
    return [(e.type, tuple(a.key for a in e.from_), tuple(a.key for a in e.to)) for e in out.events]


def test_partner_placed_in_a_region_asks():
    got = _events("Dortmund, in North Rhine-Westphalia, said its partner city Zhenjiang in Jiangsu had asked it "
                  "to provide gloves.")
    assert got == [("request", ("CN/Zhenjiang",), ("DE/Dortmund",))]


def test_partner_with_region_after_said():
    got = _events("Bonn said its partner Changzhou in Jiangsu province had requested goggles.")
    assert got == [("request", ("CN/Changzhou",), ("DE/Bonn",))]


def test_passive_ask_by_a_partner():
    got = _events("Kassel had been asked by its partner, Yangzhou in Jiangsu Province, to supply protective suits, "
                  "but it had none to spare.")
    assert got == [("request", ("CN/Yangzhou",), ("DE/Kassel",))]


def test_passive_ask_for_help_by_a_partner():
    got = _events("Kassel has been asked for help by its partner city Yangzhou.")
    assert got == [("request", ("CN/Yangzhou",), ("DE/Kassel",))]


def test_asks_of_plural_partners_are_no_event():
    assert _events("Six towns in Bavaria have been asked for help by their Chinese partner cities, a radio "
                   "survey found.") == []
    assert _events("Six towns in Bavaria have been approached for help by their partner cities in China.") == []
    assert _events("The Chinese side described an urgent need for gowns and asked for anything from buying "
                   "advice to outright gifts.") == []
    assert _events("Requests came in from several partners; what they asked for ranged from supplier lists "
                   "to gloves.") == []


def test_local_firm_gives_for_the_town_told_of():
    got = _events("Nanjing also sought help from its partner Leipzig. Two thousand gowns have been donated to "
                  "Nanjing by Elster Textil, a local manufacturer.")
    assert ("donation", ("DE/Leipzig",), ("CN/Nanjing",)) in got
    got = _events("Harbin, the capital of Heilongjiang, also turned to its partner Bremen for help. The head of "
                  "the mayor's office said a local firm, Nordwind GmbH, had donated 8,000 masks to Harbin.")
    assert ("donation", ("DE/Bremen",), ("CN/Harbin",)) in got


def test_local_business_in_a_fronted_town():
    got = _events("Lyon sent gowns to Suzhou. In Milan, a local business gave 400 masks to Wuhan.")
    assert ("donation", ("IT/Milan",), ("CN/Wuhan",)) in got
