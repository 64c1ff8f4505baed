"""English totals: "They include N masks from A, M from B ..." breaks the total told before into gifts; a total
"from 11 Chinese provinces and cities" comes from that nation; "X delivered N masks to Y, one of six partner
cities to which it has sent a total of M masks" is a gift and a running total."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(text, published="2020-04-10"):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published=published))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to], sorted((i.item, i.quantity) for i in e.items))
            for e in out.events]


def test_they_include_breaks_the_total_down():
    evs = _events("SEOUL, April 9 (Yonhap) -- Gangwon Province said Thursday it has received a total of 900,000 "
                  "masks from 11 Chinese provinces and cities since early March.\n\nThey include 250,000 masks from "
                  "Jilin Province, 150,000 from Heilongjiang Province and 40,000 from the city of Dalian, the "
                  "provincial government said.")
    assert ("aggregate", ["CN"], ["KR/Gangwon"], [("mask", 900000)]) in evs
    gifts = {(e[1][0], e[3][0][1]) for e in evs if e[0] == "donation"}
    assert gifts == {("CN/Jilin", 250000), ("CN/Heilongjiang", 150000), ("CN/Dalian", 40000)}


def test_gift_then_running_total_in_apposition():
    evs = _events("In early February, Daegu delivered 10,000 masks to Qingdao, one of six Chinese partner cities to "
                  "which the city has sent a total of 60,000 masks so far.")
    assert ("donation", ["KR/Daegu"], ["CN/Qingdao"], [("mask", 10000)]) in evs
    assert any(e[0] == "aggregate" and e[3] == [("mask", 60000)] for e in evs)
