"""Hong Kong, Macau and Taiwan papers name a foreign currency as its country's coin (日幣, 泰幣, 巴西幣), often before
the figure and its 元: the sum is in that currency, not in yuan."""
from cityaid.model import Document
from cityaid.pipeline import extract_document, spec_events


def _money(sentence):
    doc = Document(doc_id="t", content_hash="x", text=sentence, title=None, published="2020-05-10")
    return [m for e in spec_events(extract_document(doc)) for m in e.get("money") or []]


def test_coin_word_before_the_figure():
    assert _money("巴西里約熱內盧州僑團向廈門市捐贈巴西幣八萬元。") == [
        {"amount": 80000, "currency": "BRL", "qualifier": "exact"}]


def test_coin_word_of_japan_and_thailand():
    assert [m["currency"] for m in _money("日本京都府向西安市捐贈日幣500萬元。")] == ["JPY"]
    assert [m["currency"] for m in _money("泰國普吉府向海口市捐贈泰幣20萬元。")] == ["THB"]
