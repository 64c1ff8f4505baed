"""A handover attended by the foreign mayor together with the Chinese consul (X市长与中国驻X总领事出席交接仪式):
the envoy attends for the giving side, so the goods go to the mayor's city, not from it (sentences written for
these tests)."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(body):
    out = extract_document(Document(doc_id="t", text="报道\n\n" + body, content_hash="x", published="2020-05-20"))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to], [(i.item, i.quantity) for i in e.items])
            for e in out.events]


def test_gift_phrase_before_the_ceremony_names_the_giver():
    evs = _events("5月8日，巴西累西腓市市长与中国驻累西腓总领事在市政厅出席广州市捐赠物资交接仪式。")
    assert [(e[1], e[2]) for e in evs] == [(["CN/Guangzhou"], ["BR/Recife"])]


def test_traditional_script_too():
    evs = _events("5月8日，巴西累西腓市市長與中國駐累西腓總領事在市政廳出席廣州市捐贈物資交接儀式。")
    assert [(e[1], e[2]) for e in evs] == [(["CN/Guangzhou"], ["BR/Recife"])]


def test_gift_told_before_in_the_sentence_stays_one_event():
    evs = _events("友好城市杭州市捐赠的医用口罩5万只，8日运抵累西腓机场，"
                  "累西腓市长当天在市政厅与中国驻累西腓总领事共同出席交接仪式。")
    assert evs == [("donation", ["CN/Hangzhou"], ["BR/Recife"], [("medical_mask", 50000.0)])]


def test_no_giver_named_the_envoys_country_gave():
    evs = _events("5月8日，累西腓市长与中国驻累西腓总领事共同出席交接仪式。")
    assert [(e[1], e[2]) for e in evs] == [(["CN"], ["BR/Recife"])]
