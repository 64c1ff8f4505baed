"""Macau is keyed as a city under China (CN/Macau), as the exchange files key it, on either side.  Own sentences."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(text: str):
    doc = Document(doc_id="t", content_hash="x", text=text, title="澳门援助友城", published="2020-05-20")
    return extract_document(doc).events


def test_macau_as_giver_is_a_city_of_china():
    [e] = [e for e in _events("澳门特区政府向葡萄牙科英布拉市捐赠的5万个口罩已于5月18日运抵。") if e.type == "donation"]
    assert [a.key for a in e.from_] == ["CN/Macau"] and e.from_[0].level == "city"
    assert [a.key for a in e.to] == ["PT/Coimbra"]


def test_macau_as_recipient_of_thanks():
    [e] = [e for e in _events("5月19日，科英布拉市长致函澳门特区行政长官，感谢澳门的援助。") if e.type == "message"]
    assert [a.key for a in e.to] == ["CN/Macau"]
