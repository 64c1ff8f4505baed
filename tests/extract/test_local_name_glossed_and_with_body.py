"""Overseas Chinese papers name a foreign town by its local Chinese name and gloss it once with the common name in
brackets (屋崙（奧克蘭市）); the local name, bare later on the page, is that town.  A mayor named earlier acts
"以市議會名義" (in the council's name): 以 opens the body's name, it ends no place name."""
from cityaid.model import Document
from cityaid.pipeline import extract_document, spec_events


def _events(*paras, pub="2020-05-10"):
    doc = Document(doc_id="t", content_hash="x", text="\n\n".join(paras), title=None, published=pub)
    return [(e["type"], [a["key"] for a in e["from"]], [a["key"] for a in e["to"]])
            for e in spec_events(extract_document(doc))]


def test_local_name_glossed_once_then_bare():
    ev = _events("上週，屋崙（奧克蘭市）收到友好城市青島捐贈的8萬個口罩。",
                 "屋崙市長表示，屋崙在1月曾經向青島寄去一批防護服和手套。")
    assert ("donation", ["US/Oakland"], ["CN/Qingdao"]) in ev or ("donation", ["NZ/Auckland"], ["CN/Qingdao"]) in ev


def test_mayor_acts_in_council_name_with_country_named():
    ev = _events("加拿大溫哥華本月收到友好城市廣州捐贈的4萬個醫用口罩，溫哥華市長史提華特（Kennedy Stewart）說，禮物很珍貴。",
                 "今年1月，史提華特曾以市議會名義向廣州發出慰問信。")
    msgs = [e for e in ev if e[0] == "message"]
    assert msgs and msgs[0][1] == ["CA/Vancouver"] and msgs[0][2] == ["CN/Guangzhou"]
