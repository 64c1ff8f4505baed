"""A place's own shipment, then 另悉,该地部分企业也向同一友城捐赠了…: the firms' gift is one more gift, not the
shipment told again (sentences written for these tests)."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(body, head):
    out = extract_document(Document(doc_id="t", text=head + "\n\n" + body, content_hash="x", published="2020-05-20"))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to], sorted(i.item for i in e.items)) for e in out.events]


def test_firms_giving_too_are_another_gift():
    evs = _events("3月16日，一批防疫物资从长春机场启运，发往韩国哈南市。这批物资包括口罩3万只、防护服800套。\n"
                  "另悉，吉林市部分企业也自发向哈南市捐赠了消毒液等物资。", "吉林市人民政府门户网站")
    gifts = [e for e in evs if e[0] == "donation"]
    assert len(gifts) == 2
    assert ("donation", ["CN/Jilin City"], ["KR/Hapnam"], ["mask", "protective_suit"]) in gifts

