"""English: a place's unnamed partner with the owner written in capitals ("FRESNO'S sister city in China has
sent ...", a lead's first words in capitals) is the page's partner, as "Fresno's sister city in China" is."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _gifts(text, published="2020-04-17"):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published=published))
    return [([a.key for a in e.from_], [a.key for a in e.to]) for e in out.events if e.type == "donation"]


def test_capital_possessive_sister_city_in_a_country_is_the_partner():
    got = _gifts("The Valley Courier\nNews > Fresno\n\nMayor thanks Kunming as 7,000 gloves arrive\n\n"
                 "FRESNO'S sister city in China has sent 7,000 gloves to help hospital staff.\n\n"
                 "The gloves from Kunming, the capital of Yunnan province, were delivered to City Hall last Monday.\n\n"
                 "Fresno and Kunming were twinned in 1985.")
    assert got and all(g == (["CN/Kunming"], ["US/Fresno"]) for g in got)
