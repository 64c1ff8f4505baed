"""A writer named by the person alone (某某市长曾致函…), whose office the
page gave before; letters of differing words (thanks / sympathy) between the same pair are two letters."""
from zh_reading import events, keys  # noqa: F401 - the shared reader


def test_writer_named_alone_is_of_the_office_told_before():
    es = events("萨克拉门托市长凯伦·汉森在收到物资后致信济南市人民政府，对济南的支持表示感谢。\n\n"
                "今年3月，汉森市长曾致函济南市，向济南人民表示慰问。")
    ms = [e for e in es if e.type == "message" and keys(e.from_) == ["US/Sacramento"]]
    assert len(ms) == 2 and all(keys(m.to) == ["CN/Jinan"] for m in ms)
    assert any(m.date is not None and m.date.value == "2020-03" for m in ms)


def test_writer_named_alone_after_a_bracketed_spelling():
    es = events("美國沙加緬度（Sacramento）市長漢森（Karen Hansen）昨日向濟南市民致謝。\n\n"
                "今年3月濟南疫情緊張時，漢森曾致函濟南市長，表達沙加緬度市民的關懷。")
    ms = [e for e in es if e.type == "message"]
    assert len(ms) == 2 and all(keys(m.from_) == ["US/Sacramento"] for m in ms)
