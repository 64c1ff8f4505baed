"""A 日前 gift followed in its sentence by the other side's thanks on a named day keeps the page's "lately"
(the thanks are no next step of the goods); a numbered item of a work report (三是…) is not dated by the
item before it."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(text: str, published: str):
    return extract_document(Document(doc_id="t", text=text, content_hash="x", published=published)).events


def test_recent_gift_does_not_take_the_day_of_the_partners_thanks():
    text = "　　温州市政府日前把3万只口罩寄往友好城市普拉托，普拉托市长前天（9日）在市政厅公开感谢温州。"
    gifts = [e for e in _events(text, "2020-05-11") if e.type == "donation"]
    assert len(gifts) == 1 and gifts[0].date.value == "2020-05-11" and gifts[0].date.qualifier == "before"


def test_recent_gift_still_takes_the_day_of_the_handover():
    text = "　　温州市政府赠予普拉托的3万只口罩日前运抵，普拉托市长前天（9日）出席交接仪式并致谢。"
    gifts = [e for e in _events(text, "2020-05-11") if e.type == "donation"]
    assert len(gifts) == 1 and gifts[0].date.value == "2020-05-09"


def test_numbered_report_item_is_not_dated_by_the_item_before():
    text = ("苏州市外办 近期动态\n\n"
            "　　一是开展视频交流。5月6日，苏州市疾控专家与荷兰埃因霍温市卫生部门举行视频会议，分享检测经验。\n\n"
            "　　二是致函问候。苏州市市长分别致信芬兰图尔库市市长、匈牙利佩奇市市长，对两市疫情表示慰问。")
    msgs = [e for e in _events(text, "2020-05-20") if e.type == "message"]
    assert msgs and all(e.date.value == "2020-05-20" for e in msgs)
