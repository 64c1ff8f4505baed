"""日前/近日 in a sentence that goes on to date the next step (the handover a day or two before the page) is
before that step's day, not before the page's; a recollection's date further back does not pull it."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _gift_date(text: str, published: str) -> str | None:
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published=published))
    gifts = [e for e in out.events if e.type == "donation"]
    assert len(gifts) == 1
    return gifts[0].date.value if gifts[0].date else None


def test_recently_arrived_before_the_handover_day_told_after_it():
    text = "　　西安市赠予友城奥克兰的3万只口罩近日运抵当地，奥克兰市长前天（16日）出席交接仪式并致谢。"
    assert _gift_date(text, "2020-05-18") == "2020-05-16"


def test_a_date_long_before_the_page_does_not_move_recently():
    text = "　　西安市赠予友城奥克兰的3万只口罩近日运抵当地，这是继3月10日之后的第二批。"
    assert _gift_date(text, "2020-05-18") == "2020-05-18"
