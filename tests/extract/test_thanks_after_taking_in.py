"""Thanks told as a second act after taking the goods in (接收物资后致谢 / 代表府方接收并致谢 / 在接收仪式上致谢)
go from the taker to the giver of the gift told before; words received (收到X的感谢信) still come from X.
Own sentences."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def _messages(*paras, published="2020-05-14"):
    doc = Document(doc_id="t", content_hash="x", text="\n\n".join(paras), title=None, published=published)
    return [e for e in extract_document(doc).events if e.type == "message"]


GIFT = "友好城市成都市捐赠的5万只口罩，12日由中国驻清迈总领事馆转交清迈府。"


def test_taken_in_and_thanked():
    [m] = _messages(GIFT + "清迈府尹代表府方接收并致谢。")
    assert [a.key for a in m.from_] == ["TH/Chiang Mai"] and [a.key for a in m.to] == ["CN/Chengdu"]


def test_thanked_after_taking_in():
    [m] = _messages(GIFT + "清迈府尹接收物资后致谢。")
    assert [a.key for a in m.from_] == ["TH/Chiang Mai"] and [a.key for a in m.to] == ["CN/Chengdu"]


def test_thanked_at_the_receiving_ceremony():
    [m] = _messages(GIFT + "清迈府尹在接收仪式上致谢。")
    assert [a.key for a in m.from_] == ["TH/Chiang Mai"] and [a.key for a in m.to] == ["CN/Chengdu"]


def test_caption_of_the_mayor_taking_the_goods_in():
    [m] = _messages("图一：5月3日，南京市捐赠给美国友城圣路易斯的3万只口罩在禄口机场装机。",
                    "图二：圣路易斯市长约翰（John Smith）在市政厅接收物资后致谢。")
    assert [a.key for a in m.from_] == ["US/St. Louis"] and [a.key for a in m.to] == ["CN/Nanjing"]


def test_a_letter_of_thanks_received_comes_from_its_writer():
    [m] = _messages(GIFT + "清迈府尹收到成都的感谢信。")
    assert [a.key for a in m.from_] == ["CN/Chengdu"] and [a.key for a in m.to] == ["TH/Chiang Mai"]
