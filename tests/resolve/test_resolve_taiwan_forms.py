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


@pytest.mark.parametrize("text, key", [
    ("台南市府昨日把一批護目鏡空運到愛民頓", "CA/Edmonton"),
    ("台南市府昨日把一批護目鏡空運到艾德蒙頓", "CA/Edmonton"),
    ("新竹縣的僑團替滿地可的安老院募得三千個口罩", "CA/Montreal"),
    ("新竹縣的僑團替溫尼辟的安老院募得三千個口罩", "CA/Winnipeg"),
    ("桃園市向加拿大卑詩省素里的醫院致贈手套", "CA/Surrey"),
    ("屋崙的華人社團上月運來兩百箱消毒液", "US/Oakland"),
    ("丹佛的華人社團上月運來兩百箱消毒液", "US/Denver"),
    ("坦帕的華人社團上月運來兩百箱消毒液", "US/Tampa"),
    ("爾灣的華人社團上月運來兩百箱消毒液", "US/Irvine"),
    ("帕沙迪納的華人社團上月運來兩百箱消毒液", "US/Pasadena"),
    ("美國加州長堤的華人社團上月運來兩百箱消毒液", "US/Long Beach"),
    ("土桑的華人社團上月運來兩百箱消毒液", "US/Tucson"),
    ("波夕的華人社團上月運來兩百箱消毒液", "US/Boise"),
    ("聖塔克拉拉的華人社團上月運來兩百箱消毒液", "US/Santa Clara"),
    ("華府宣布向當地再撥一筆防疫經費", "US/Washington"),
    ("彰化縣致函杜塞道夫市長，感謝對方寄來的呼吸器", "DE/Düsseldorf"),
    ("彰化縣把一批呼吸器寄往史特拉斯堡，由當地醫院點收", "FR/Strasbourg"),
    ("彰化縣致函波隆那市長，感謝對方寄來的呼吸器", "IT/Bologna"),
    ("彰化縣把一批呼吸器寄往畢爾包，由當地醫院點收", "ES/Bilbao"),
    ("彰化縣把一批呼吸器寄往布里斯托，由當地醫院點收", "GB/Bristol"),
    ("彰化縣致函英國列斯市長，感謝對方寄來的呼吸器", "GB/Leeds"),
    ("屏東縣把五千件隔離衣送往洛桑", "CH/Lausanne"),
    ("屏東縣把五千件隔離衣送往林茲", "AT/Linz"),
    ("屏東縣把五千件隔離衣送往柏斯", "AU/Perth"),
    ("宜蘭縣與沖繩縣簽署防疫物資互助備忘錄", "JP/Okinawa"),
    ("宜蘭縣把一萬片口罩寄到沖繩，由當地政府分發", "JP/Okinawa"),
    ("宜蘭縣把一萬片口罩寄到那霸，由當地政府分發", "JP/Naha"),
])
def test_hong_kong_and_taiwan_forms_of_foreign_places(text, key):
    assert key in [m.key for m in find_actors(_T2S.convert(text))]
