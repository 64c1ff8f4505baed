"""Overseas Chinese papers tell goods bought abroad and mailed home as 採購…寄回X: a gift to X (a letter mailed
back stays a message)."""
from cityaid.model import Document
from cityaid.pipeline import extract_document, spec_events


def _events(*paras):
    doc = Document(doc_id="t", content_hash="x", text="\n\n".join(paras), title=None, published="2020-04-20")
    return [(e["type"], [a["key"] for a in e["from"]], [a["key"] for a in e["to"]]) for e in spec_events(extract_document(doc))]


def test_bought_and_mailed_back():
    assert ("donation", ["IT/Milan"], ["CN/Wenzhou"]) in _events("1月，米蘭華人華僑聯誼會曾採購8萬只口罩寄回溫州。")


def test_letter_mailed_back_is_a_message():
    ev = _events("2月，溫州市長給米蘭寄回一封感謝信。")
    assert ("message", ["CN/Wenzhou"], ["IT/Milan"]) in ev and not [e for e in ev if e[0] == "donation"]


def test_body_of_a_country_giving_to_its_own_town_is_no_partner_gift():
    ev = _events("另外，葡萄牙華人華僑協會近日亦向里斯本市政府捐贈了一批口罩。", "里斯本華僑也向廣州寄去口罩。")
    assert [e for e in ev if e[0] == "donation"] == [("donation", ["PT/Lisbon"], ["CN/Guangzhou"])]
