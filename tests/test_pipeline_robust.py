"""Whatever text arrives, extraction returns events whose evidence is found where it says."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cityaid.model import Document
from cityaid.pipeline import extract_document

PIECES = ["3月10日，", "我市", "向", "韩国益山市", "捐赠", "2万只口罩", "和", "500套防护服", "。", "\n", "截至4月2日，",
          "镇(zhèn)江", "發來慰問信", "“", "”", "表示:", "将", "日本友城仓敷市", "视频会议", "请求", "医疗专家组",
          "Toyokawa donated 4,500 masks to Wuxi on March 3. ", "Mayor ", "sister city ", "(", ")", "、", "等12个国家",
          "2020-03-27 17:48:50|来源:镇江日报", "版权所有", " | ", "-", "？", "?", "１２３", "万", "余", "近"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=40))
def test_extraction_never_fails_and_evidence_maps_back(parts):
    text = "".join(parts)
    doc = Document(doc_id="fuzz.txt", text=text, content_hash="h")
    out = extract_document(doc)
    for e in out.events:
        assert e.type in ("donation", "message", "consultation", "medical_team", "request", "aggregate")
        a, b = e.evidence_span
        assert text[a:b] == e.evidence


def test_a_page_cut_inside_an_open_quotation_is_read():
    """A download cut short inside a quotation (no closing mark): the speaker's words run to the end."""
    from cityaid.model import Document
    from cityaid.pipeline import extract_document

    text = "3月2日，日本鸟取县向吉林省捐赠口罩2万只。\n\n吉林省官员李明表示，“感谢鸟取县在困难时刻的支持"
    out = extract_document(Document(doc_id="cut.txt", text=text, content_hash="c"))
    for e in out.events:
        a, b = e.evidence_span
        assert text[a:b] == e.evidence
