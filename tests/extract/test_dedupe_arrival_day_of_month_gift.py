"""A gift told by its month (3月上旬…回赠…) and its goods told next as arriving on a day of that month
(物资于3月10日运抵…): one gift, dated by the day."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(text, published="2020-03-20"):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published=published))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to], e.date and e.date.value) for e in out.events]


def test_the_arrival_day_of_a_gift_told_by_its_month():
    es = _events("杭州市2月5日向岐阜县捐赠了手套2万副。\n\n杭州市3月中旬又向岐阜县赠送了4万只口罩。据报道，物资于3月17日运抵名古屋机场。")
    gifts = [e for e in es if e[0] == "donation" and e[1] == ["CN/Hangzhou"]]
    assert len(gifts) == 2
    assert {e[3] for e in gifts} == {"2020-02-05", "2020-03-17"}


def test_a_day_of_another_month_is_another_delivery():
    es = _events("杭州市3月中旬向岐阜县赠送了4万只口罩。据报道，物资于4月2日运抵名古屋机场。", published="2020-04-10")
    dates = {e[3] for e in es if e[0] == "donation"}
    assert "2020-03" in dates
