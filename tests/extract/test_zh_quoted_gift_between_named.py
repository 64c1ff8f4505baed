"""Chinese: inside quoted words (a speech, a letter), a gift told as done between two parties both named —
the giver opening its clause, the receiver right after 向, the verb told as done (了/曾/已) — is a fact with
those sides ("…说:“今年2月,甲市向乙捐赠了N只口罩”"); 贵市 in a letter is the city written to.
Plans inside quotes stay plans."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _gifts(*paras, published="2020-04-29"):
    out = extract_document(Document(doc_id="t", text="\n\n".join(paras), content_hash="x", published=published,
                                    title="友城援助"))
    return [([a.key for a in e.from_], [a.key for a in e.to], e.date.value if e.date else None)
            for e in out.events if e.type == "donation"]


def test_speech_recalls_partner_gift():
    got = _gifts("4月20日，宁波市副市长在交接仪式上说：“今年2月，在我们最艰难的日子里，鲁昂市向宁波捐赠了1万只口罩。”")
    assert (["FR/Rouen"], ["CN/Ningbo"], "2020-02") in got


def test_letter_your_city_gave():
    got = _gifts("3月2日，宁波市长致信法国友好城市鲁昂市市长，信中写道：“今年2月，贵市向宁波捐赠了1万只口罩，宁波人民不会忘记。”")
    assert (["FR/Rouen"], ["CN/Ningbo"], "2020-02") in got


def test_quoted_plan_is_no_gift():
    assert _gifts("宁波市长说：“鲁昂市将向宁波捐赠1万只口罩。”") == []


def test_letter_your_city_gift_arrived():
    got = _gifts("5月2日，鲁昂市长致信宁波市长，信中写道：“贵市捐赠的1万只口罩已于4月20日运抵鲁昂，并已分发给本市的养老院。”")
    assert (["CN/Ningbo"], ["FR/Rouen"], "2020-04-20") in got


def test_letter_your_city_gift_not_yet_arrived():
    assert _gifts("5月2日，鲁昂市长致信宁波市长，信中写道：“贵市捐赠的1万只口罩将运抵鲁昂。”") == []
