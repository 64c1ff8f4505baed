"""Hard-wrapped English paragraphs: wrapping breaks become spaces, other breaks stay."""
from cityaid.clean import clean_text
from cityaid.clean.unwrap import wrap_breaks
from cityaid.model import Document
from cityaid.pipeline import extract_document

WRAPPED = """Harbour Gazette | 2020-05-14

Lakeport thanks its twin town

The northern port of Lakeport has received 12,000 surgical masks and 400 face
shields from its twin city of Yangzhou, the mayor's office said on Wednesday, a
shipment that left eastern China late last month and cleared customs on Monday
after a week in transit through Rotterdam and a long road journey north again.

Mayor Ellen Marsh said the city would write to Yangzhou to thank its people for
the gift, which will go to care homes and to the two district clinics first.
"""

ONE_LINE_PARAGRAPHS = (
    "Rivertown gets masks\n"
    "Rivertown received 8,000 masks from its sister city Weifang on Tuesday, the council said in a statement "
    "released to local media in the afternoon.\n"
    "The masks will go to nursing homes.\n"
)


def test_wrapping_breaks_become_spaces_and_offsets_stay():
    clean = clean_text(WRAPPED)
    assert "400 face shields from its twin city" in clean.text
    assert "long road journey north again." in clean.text
    assert len(clean.text) == len(clean.offsets)
    # the headline and the paragraph ends keep their breaks
    assert "Lakeport thanks its twin town\n" in clean.text
    assert "north again.\n" in clean.text


def test_a_page_of_whole_paragraphs_is_left_alone():
    assert wrap_breaks(ONE_LINE_PARAGRAPHS) == []
    assert clean_text(ONE_LINE_PARAGRAPHS).text.count("\n") == ONE_LINE_PARAGRAPHS.count("\n")


def test_short_lines_are_no_wrapped_paragraph():
    listing = "Masks to Kisumu\nGloves to Mombasa\nThermometers to Eldoret\nTest kits to Nakuru\n"
    assert wrap_breaks(listing) == []


def test_chinese_lines_are_left_to_the_chinese_reader():
    text = ("扬州市向友好城市捐赠了一万二千只口罩和四百个面罩这批物资上周从上海启运经过\n"
            "鹿特丹转运后于本周一顺利通关并已送达当地的养老院和两家社区诊所供一线人员使用\n") * 3
    assert wrap_breaks(text) == []


def test_a_wrapped_report_reads_as_whole_sentences():
    events = extract_document(Document(doc_id="w", text=WRAPPED, content_hash="w")).events
    gifts = [e for e in events if e.type == "donation"]
    assert gifts, events
    gift = gifts[0]
    assert [a.key for a in gift.from_] == ["CN/Yangzhou"]
    assert {i.item for i in gift.items} >= {"medical_mask", "face_shield"}
