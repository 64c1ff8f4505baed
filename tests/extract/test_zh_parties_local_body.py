"""Chinese givers named as a local company of the place the sentence is set in (当地企业…)."""
from datetime import date

from cityaid.clean import clean_text
from cityaid.extract.dedupe import dedupe
from cityaid.extract.events import extract_events

ANCHOR = date(2020, 4, 20)


def sides(text, kind):
    evs = dedupe(extract_events(clean_text(text), text, publisher=None, anchor=ANCHOR))
    return [([a.key for a in e.from_], [a.key for a in e.to]) for e in evs if e.type == kind]


def test_local_company_after_the_city_spokesman_gives_for_that_city():
    text = "据马格德堡市政府发言人介绍，当地企业Hansa Tech已为长春捐出两万个口罩。"
    assert (["DE/Magdeburg"], ["CN/Changchun"]) in sides(text, "donation")


def test_local_firm_counted_with_a_word_gives_for_that_city():
    text = "莱比锡市长表示，当地一家公司已向南京捐赠8000副医用手套。"
    assert (["DE/Leipzig"], ["CN/Nanjing"]) in sides(text, "donation")
