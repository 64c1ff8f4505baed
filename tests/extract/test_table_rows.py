"""A page's numbered table of gifts: one gift per row, from the page's own place to the row's partner."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(text, published="2020-06-10"):
    return extract_document(Document(doc_id="t", text=text, content_hash="x", published=published)).events


PAGE = ("江苏省外办\n国际友城防疫物资援助情况表\n\n"
        "序号\u3000友城\u3000物资\u3000数量\u3000时间\n"
        "1\u3000法国上法兰西大区\u3000医用口罩\u30003万只\u30005月6日发出\n"
        "2\u3000加拿大安大略省\u3000防护服\u30002000套\u30005月18日运抵\n")


def test_each_row_is_one_gift_from_the_page_owner():
    gifts = [e for e in _events(PAGE) if e.type == "donation"]
    got = {(e.from_[0].key, e.to[0].key, e.date.value if e.date else None,
            tuple((i.item, i.quantity) for i in e.items)) for e in gifts}
    assert ("CN/Jiangsu", "CA/Ontario", "2020-05-18", (("protective_suit", 2000),)) in got
    assert any(g[0] == "CN/Jiangsu" and g[1].startswith("FR/") and g[2] == "2020-05-06" and g[3][0][1] == 30000
               for g in got)


def test_rows_of_givers_column_come_in():
    page = ("江苏省外办\n收到国际友城捐赠物资一览\n\n"
            "序号\t捐赠方\t物资\t数量\t时间\n"
            "1\t加拿大安大略省\t防护服\t2000套\t2月18日运抵\n"
            "2\t法国上法兰西大区\t医用口罩\t3万只\t2月6日运抵\n")
    gifts = [e for e in _events(page) if e.type == "donation" and e.to and e.to[0].key == "CN/Jiangsu"]
    assert any(e.from_[0].key == "CA/Ontario" for e in gifts)


def test_one_numbered_line_is_no_table():
    page = "江苏省外办\n\n1\u3000加拿大安大略省\u3000防护服\u30002000套\u30005月18日运抵\n"
    assert not [e for e in _events(page) if e.type == "donation" and e.evidence.startswith("1")]
