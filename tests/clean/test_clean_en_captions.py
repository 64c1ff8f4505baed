"""English captions and inline related links told by a bracket or a 'cover image' label."""
from cityaid.clean.english import english_line_reason
from cityaid.clean.lines import split_lines


def _reason(text: str):
    [line] = split_lines(text)
    return english_line_reason(line)


def test_cover_and_top_image_captions():
    assert _reason("(Cover image: Crates of gowns for Leipzig and Brno waiting at the Zhengzhou airport. /Photo via the city office)") == "caption"
    assert _reason("(Top photo via Reuters)") == "caption"
    assert _reason("Featured image: the mayor of Split opens a box of test kits") == "caption"


def test_bracketed_related_links():
    assert _reason("[Related] Harbin sends doctors to Khabarovsk") == "related"
    assert _reason("(Related story) Cebu thanks Xiamen for face shields") == "related"


def test_sentences_that_start_alike_stay():
    assert _reason("Image makers in Kyoto donated 2,000 masks to Xi'an on Monday.") is None
    assert _reason("Related shipments from Nanning reached Hanoi on 3 May, the office said.") is None
    assert _reason("Cover images of the report showed the two mayors at the ceremony.") is None
