"""Chinese: a video exchange wished for inside a request is the request only (sentences written for this test)."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _types(text):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-04-29"))
    return sorted(e.type for e in out.events)


def test_the_exchange_hoped_for_after_a_request_is_no_meeting():
    text = "据天津市外办介绍，大阪市卫生部门此前向天津方面提出请求，希望两市专家就新冠肺炎重症救治经验进行视频交流。\n"
    assert _types(text) == ["request"]


def test_an_exchange_held_is_still_a_meeting():
    text = "4月20日，天津市与大阪市卫生部门举行视频会议，两市专家就新冠肺炎重症救治经验进行交流。\n"
    assert _types(text) == ["consultation"]
