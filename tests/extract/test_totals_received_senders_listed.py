"""A tally of letters received with no receiver named, its senders listed after 来自 (来自A、B、C等国N个友城的
慰问信M封): the page's own province received them (sentences written for these tests)."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(body):
    out = extract_document(Document(doc_id="t", text=body, content_hash="x", published=None))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to]) for e in out.events]


def test_letters_received_from_a_listed_class_belong_to_the_page_province():
    evs = _events("湖南省外办2020年工作总结\n\n疫情发生后，我办第一时间向友好省州通报我省防控情况。"
                  "截至4月底，共收到来自韩、俄、美、德等国21个友好省州城市的慰问信函37封。")
    assert ("aggregate", [], ["CN/Hunan"]) in evs
