"""Parts of a total each told with its own giver (N只由A捐赠 / 另有M只由B赠予C): a gift of that giver."""
from cityaid.model import Document
from cityaid.pipeline import extract_document


def gifts(text: str):
    doc = Document(doc_id="t", content_hash="x", text=text, title="口罩运抵", published="2020-05-20")
    return [e for e in extract_document(doc).events if e.type == "donation"]


TEXT = ("5月9日，6万只口罩运抵日本静冈县并完成交接，这批口罩由浙江省人民政府等捐赠给这个友好省县。"
        "其中4万只来自浙江省政府，1.5万只由宁波市捐赠，另有5000只由浙江省人民对外友好协会赠予静冈县日中友好协会。")


def test_each_part_keeps_its_own_giver_and_figure():
    parts = {(tuple(a.key for a in e.from_), e.items[0].quantity) for e in gifts(TEXT) if e.items}
    assert (("CN/Ningbo",), 15000) in parts
    assert (("CN/Zhejiang",), 5000) in parts
    assert (("CN/Zhejiang",), 40000) in parts
