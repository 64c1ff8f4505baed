"""A total sent to a country's partners, counted (分送美國3座姊妹市), then split after 其中 into each partner's share:
when the shares add up to the total, those partners are the total's recipients, not the country."""
from cityaid.model import Document
from cityaid.pipeline import extract_document, spec_events


def _events(text):
    doc = Document(doc_id="t", content_hash="x", text=text, title=None, published="2020-05-12")
    return [(e["type"], [a["key"] for a in e["to"]], [(i["item"], i["quantity"]) for i in e["items"]])
            for e in spec_events(extract_document(doc))]


def test_shares_adding_up_name_the_recipients():
    ev = _events("台中市政府近日將共15萬片醫用口罩分送美國3座姊妹市，其中丹佛6萬片、波士頓5萬片、芝加哥4萬片。")
    agg = [e for e in ev if e[0] == "aggregate"]
    assert agg and agg[0][1] == ["US/Denver", "US/Boston", "US/Chicago"]
    assert ("donation", ["US/Boston"], [("medical_mask", 50000)]) in ev


def test_shares_short_of_the_total_keep_the_country():
    ev = _events("台中市政府近日將共20萬片醫用口罩分送美國5座姊妹市，其中丹佛6萬片、波士頓5萬片、芝加哥4萬片。")
    agg = [e for e in ev if e[0] == "aggregate"]
    assert agg and agg[0][1] == ["US"]
