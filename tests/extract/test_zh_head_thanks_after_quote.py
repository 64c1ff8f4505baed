"""Chinese thanks told by 他/她 right after the quote of a foreign head (sentences written for these tests):
the pronoun is the head who spoke, not the country the team or gift went to."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _messages(text: str):
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-03-28"))
    return [([a.key for a in e.from_], [a.key for a in e.to]) for e in out.events if e.type == "message"]


def test_she_after_the_heads_quote_is_the_heads_region():
    text = ("浙江日报\n\n当地时间3月26日晚，由我省组建的医疗专家组一行12人乘包机抵达意大利威尼斯。\n\n专家组随机携带了呼吸机、口罩等一批医疗物资，均由我省捐赠。\n\n"
            "威尼托大区主席扎亚在机场迎接时说：“我们正面对困难，中国朋友的到来给了我们信心。”她代表大区向浙江人民表示感谢。")
    assert _messages(text) == [(["IT/Veneto"], ["CN/Zhejiang"])]


def test_thanks_told_after_the_closing_mark_are_not_the_quotes_words():
    text = ("欧洲日报\n\n4月8日，一批由广州捐赠的口罩运抵里昂。\n\n"
            "1月底，里昂市长致信广州市长，表达慰问；2月，该市又通过包机，向广州运送了一批防护服。\n\n"
            "里昂市长8日在市政厅接收物资时表示：“我们曾在广州最困难的时候与它站在一起，今天广州同样没有忘记里昂。”"
            "他随后在网上向广州人民致谢。")
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-04-10"))
    thanks = [e for e in out.events if e.type == "message" and "网上" in e.evidence]
    assert [([a.key for a in e.from_], [a.key for a in e.to]) for e in thanks] == [(["FR/Lyon"], ["CN/Guangzhou"])]
