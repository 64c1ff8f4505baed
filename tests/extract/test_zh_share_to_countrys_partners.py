"""The share of a running total that went to one country's partners (sentences written for these tests):
截至某日,已向A国、B国等N个国家的M个友城捐赠…,其中向A国友城捐赠口罩K只 is a total of its own, from the
total's giver to that country, as the total stood; it adds no goods to the whole."""
from cityaid.model import Document
from cityaid.pipeline import extract_document, spec_events


def _events(*paras):
    doc = Document(doc_id="t", content_hash="x", text="\n\n".join(paras), title=None, published="2020-06-10")
    return spec_events(extract_document(doc))


def _side(e, k):
    return sorted(a["key"] for a in e[k])


def _items(e):
    return sorted((i["item"], i["quantity"]) for i in e["items"])


def test_share_to_one_countrys_partner_cities_is_its_own_total():
    es = _events("截至5月6日，苏州市已累计向法国、德国、意大利等12个国家的20个友好城市捐赠口罩40万只、"
                 "防护服6000套，其中向德国友城捐赠口罩15万只。")
    aggs = [e for e in es if e["type"] == "aggregate"]
    assert len(aggs) == 2 and not [e for e in es if e["type"] == "donation"]
    [share] = [e for e in aggs if _side(e, "to") == ["DE"]]
    assert _side(share, "from") == ["CN/Suzhou"] and _items(share) == [("mask", 150000)]
    assert share["date"]["value"] == "2020-05-06"
    [whole] = [e for e in aggs if e is not share]
    assert ("mask", 150000) not in _items(whole)


def test_share_to_two_countries_partner_provinces():
    es = _events("截至6月2日，云南省已向泰国、越南、老挝等9个国家的17个友好省州捐赠口罩90余万只，"
                 "其中向越南、老挝友好省市捐赠口罩近30万只。")
    [share] = [e for e in es if e["type"] == "aggregate" and _side(e, "to") == ["LA", "VN"]]
    assert _side(share, "from") == ["CN/Yunnan"] and _items(share) == [("mask", 300000)]


def test_share_to_one_named_city_stays_a_gift():
    es = _events("截至5月6日，苏州市已累计向12个国家的20个友好城市捐赠口罩40万只，其中向德国弗莱堡市捐赠口罩3万只。")
    assert not [e for e in es if e["type"] == "aggregate" and _side(e, "to") == ["DE"]]
