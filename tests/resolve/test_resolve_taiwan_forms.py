"""Country and city names as the Taiwan and Hong Kong press writes them (多明尼加, 雪梨, 札格雷布).

Traditional-script pages are converted to simplified characters before the gazetteer reads them,
but conversion changes the script, not the wording: 多明尼加 stays 多明尼加 where the mainland
writes 多米尼加.  Each form is a data row (``countries.tsv``, ``cities_curated.tsv``)."""
import opencc
import pytest

from cityaid.resolve import find_actors

_T2S = opencc.OpenCC("t2s")


@pytest.mark.parametrize("name, key", [
    ("多明尼加", "DO"), ("聖文森", "VC"), ("波士尼亞", "BA"),
    ("雪梨", "AU/Sydney"), ("札格雷布", "HR/Zagreb"), ("布拉提斯拉瓦", "SK/Bratislava"),
    ("貝爾格勒", "RS/Belgrade"), ("宿霧", "PH/Cebu City"),
])
def test_taiwan_press_form_is_found_in_running_text(name, key):
    text = _T2S.convert(f"高雄市府上週將一批額溫槍寄往{name}，由當地衛生單位點收。")
    assert key in [m.key for m in find_actors(text)]
