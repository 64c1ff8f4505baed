"""X表示,今年3月甲市向乙市捐赠防护服时,…: in reported speech, a gift dated in the past and told as the time of
what the speaker felt (…时) happened (sentences written for these tests)."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(body):
    out = extract_document(Document(doc_id="t", text="报道\n\n" + body, content_hash="x", published="2020-05-20"))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to], e.date.value if e.date else None)
            for e in out.events]


def test_dated_gift_recalled_with_when_is_a_gift():
    evs = _events("全州市市长表示，今年3月全州市向青岛市捐赠防护服时，没有想到这么快就收到了回礼。")
    assert ("donation", ["KR/Jeonju"], ["CN/Qingdao"], "2020-03") in evs


def test_undated_when_clause_stays_a_frame():
    evs = _events("全州市市长表示，全州市向青岛市捐赠防护服时，没有想到这么快就收到了回礼。")
    assert not [e for e in evs if e[0] == "donation"]


def test_future_when_clause_is_no_gift():
    evs = _events("全州市市长表示，明年3月全州市向青岛市捐赠防护服时，将举行仪式。")
    assert not [e for e in evs if e[0] == "donation"]
