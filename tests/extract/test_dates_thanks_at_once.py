"""Thanks told as sent at once (随即) after an arrival dated to the day keep that day; thanks after an arrival
dated only to a month, or without 随即, are dated by the page (written by then). Own sentences."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _messages(*paras, published="2020-06-03"):
    doc = Document(doc_id="t", content_hash="x", text="\n\n".join(paras), title=None, published=published)
    return [e for e in extract_document(doc).events if e.type == "message"]


def test_thanks_at_once_take_the_arrival_day():
    [m] = _messages("扬州市赠予智利圣地亚哥的口罩共计3万只，于5月20日送抵当地。圣地亚哥市长随即发推文，向扬州人民表示感谢。")
    assert m.date.value == "2020-05-20"


def test_thanks_after_a_month_arrival_stay_with_the_page():
    [m] = _messages("记者获悉，5月下旬，天津市向友好城市美国费城捐赠的5万只口罩运抵费城。", "费城市长随即致信天津市市长，表示感谢。")
    assert m.date.value == "2020-06-03" and m.date.qualifier == "before"


def test_taiwan_name_of_st_louis_is_the_us_city():
    [m] = _messages("圣路易市长日前在脸书发文，感谢台中市致赠的2万片口罩。")
    assert [a.key for a in m.from_] == ["US/St. Louis"]
