"""English: a place's own shipment that reached its partner "from <country>" is that place's gift; the next
lot of a gift told in a sentence of its own ("Another N masks went to Y."); a municipality named after its
country's adjective; a sharing told "in two video calls" is one consultation; two mayors talking in a call
about anything but care or control exchange words (a message), the one named first speaking."""
from cityaid.model import Document
from cityaid.pipeline import extract_document, spec_events


def _events(*paras, published="2020-04-29"):
    text = "\n\n".join(paras)
    doc = Document(doc_id="t", content_hash="x", text=text, title=None, published=published)
    return spec_events(extract_document(doc))


def _sides(e):
    return [a["key"] for a in e["from"]], [a["key"] for a in e["to"]]


def test_own_shipment_from_a_country_is_the_owner_gift():
    es = _events("Bremen's own shipment to Dalian in March – 4,000 gowns and 15,000 pairs of gloves, gathered "
                 "from local firms – was among the first to reach the Chinese city from Germany.")
    gifts = [e for e in es if e["type"] == "donation"]
    assert [_sides(e) for e in gifts] == [(["DE/Bremen"], ["CN/Dalian"])]


def test_next_lot_in_its_own_sentence():
    es = _events("Bavaria, Shandong's partner state since 1987, got the largest share, 100,000 masks. "
                 "Another 40,000 masks went to the Austrian province of Tyrol.")
    gifts = [e for e in es if e["type"] == "donation"]
    assert [_sides(e) for e in gifts] == [(["CN/Shandong"], ["DE/Bavaria"]), (["CN/Shandong"], ["AT/Tyrol"])]
    assert [(i["item"], i["quantity"]) for i in gifts[1]["items"]] == [("mask", 40000)]


def test_municipality_after_the_country_adjective():
    es = _events("A consignment of 40,000 masks from the Chinese municipality of Tianjin arrived at Belfast "
                 "Airport on Friday, the Northern Ireland government said.")
    gifts = [e for e in es if e["type"] == "donation"]
    assert len(gifts) == 1 and _sides(gifts[0])[0] == ["CN/Tianjin"]


def test_sharing_in_counted_calls_is_one_consultation():
    es = _events("Doctors from Sichuan had already shared their experience with Kenyan health workers in three "
                 "video conferences in March.")
    assert [(e["type"],) + tuple(_sides(e)) for e in es] == [("consultation", ["CN/Sichuan"], ["KE"])]


def test_held_counted_calls_stay_a_tally():
    es = _events("Shaanxi health officials had held four video conferences with the health department of Lima "
                 "to compare treatments.")
    assert [e["type"] for e in es] == ["aggregate"]


def test_mayors_talking_in_a_call_is_a_message():
    es = _events("In May, Mayor Grégory Doucet of Lyon and Guangzhou's Mayor Wen Guohui spoke in a video call "
                 "about the reopening of both cities.")
    assert [(e["type"],) + tuple(_sides(e)) for e in es] == [("message", ["FR/Lyon"], ["CN/Guangzhou"])]


def test_experts_in_a_call_stay_a_consultation():
    es = _events("In May, the Mayor of Lyon and Guangzhou's Mayor Wen Guohui spoke in a video call about "
                 "testing and quarantine in both cities.")
    assert [e["type"] for e in es] == ["consultation"]


def test_firm_named_again_gives_the_gift_its_place():
    es = _events("A Chinese shipping firm has given 3,000 gowns to Nagasaki Prefecture, the prefectural government said.",
                 "The 3,000 gowns from state-owned Fujian Shipping Group Co., Ltd. arrived on May 4.")
    gifts = [e for e in es if e["type"] == "donation"]
    assert [_sides(e) for e in gifts] == [(["CN/Fujian"], ["JP/Nagasaki"])]


def test_goods_a_place_makes_told_in_apposition_are_no_gift():
    es = _events("Shandong Province, one of China's largest producers of gowns, is now sending help to the foreign "
                 "regions that stood by it in February.",
                 "Weifang, which has been twinned with Toledo since 1990, sent 10,000 masks to the American city in May.")
    gifts = [e for e in es if e["type"] == "donation"]
    assert [_sides(e) for e in gifts] == [(["CN/Weifang"], ["US/Toledo"])]


def test_experts_who_spoke_with_doctors_about_care_consulted():
    es = _events("On May 4 specialists from Xiangya Hospital in Changsha spoke with doctors in Ontario, Canada, "
                 "about treating severe cases.")
    assert [(e["type"],) + tuple(_sides(e)) for e in es] == [("consultation", ["CN/Changsha"], ["CA/Ontario"])]
