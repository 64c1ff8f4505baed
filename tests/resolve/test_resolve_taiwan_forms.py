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


@pytest.mark.parametrize("text, key", [
    ("浙江省近日向安省寄出两万个口罩", "CA/Ontario"),
    ("广东向加拿大卑詩衛生部門捐贈防護服", "CA/British Columbia"),
    ("青岛市向英國卡迪夫市捐贈口罩", "GB/Cardiff"),
    ("福州市與澳大利亞陽光海岸市舉行視像會議", "AU/Sunshine Coast"),
    ("东兴市向越南芒街市移交一批测温枪", "VN/Mong Cai"),
])
def test_short_and_press_forms_of_provinces_and_cities(text, key):
    assert key in [m.key for m in find_actors(_T2S.convert(text))]
