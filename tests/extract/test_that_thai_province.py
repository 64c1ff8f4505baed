"""该府 after a Thai province named by its seat: the province's governor (府尹) thanks as that place
(sentences written for these tests)."""
import pytest

from cityaid.model import Document
from cityaid.pipeline import extract_document


def _events(body, head="报道"):
    out = extract_document(Document(doc_id="t", text=head + "\n\n" + body, content_hash="x", published="2020-05-20"))
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to]) for e in out.events]


@pytest.mark.parametrize("body", [
    "4月10日，湖南省捐赠的3万只医用口罩运抵清迈，该府府尹在交接仪式上专门致谢。",
    "4月10日，湖南省捐贈的3萬隻醫用口罩運抵清邁，該府府尹在交接儀式上專門致謝。",
])
def test_that_province_governor_thanks_the_giver(body):
    evs = _events(body)
    assert ("donation", ["CN/Hunan"], ["TH/Chiang Mai"]) in evs
    assert ("message", ["TH/Chiang Mai"], ["CN/Hunan"]) in evs
    assert ("message", ["CN/Hunan"], ["TH/Chiang Mai"]) not in evs


def test_that_province_on_the_givers_own_page():
    body = "2月中旬，清迈府向我省转交了一批手套。4月10日，我省捐赠的3万只医用口罩运抵清迈，该府府尹在交接仪式上专门致谢。"
    evs = _events(body, head="湖南网 > 新闻")
    assert ("message", ["TH/Chiang Mai"], ["CN/Hunan"]) in evs
