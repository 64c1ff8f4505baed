"""Conventions of Taiwan pages (zh-Hant, read after conversion to simplified), on sentences written
for these tests: 市府 / 县府 after the city or county named first, a gift told days ago (日前) inside a
government's statement, the Republic of China's foreign ministry, and 德州 as the American state."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from zh_reading import events, keys  # noqa: E402 - the shared reader


def test_city_government_statement_with_a_gift_days_ago():
    out = events("嘉義市政府昨天表示，市府日前分別致贈姊妹市日本福岡縣久留米市及大分縣別府市醫療口罩各6000片。")
    assert sorted(k for e in out for k in keys(e.to)) == ["JP/Beppu", "JP/Kurume"]
    assert all(keys(e.from_) == ["TW/Chiayi"] and e.items[0].quantity == 6000 for e in out)


def test_county_government_statement_with_a_gift_days_ago():
    [e] = events("屏東縣政府表示，縣府日昨已寄出3000片口罩給友好城市菲律賓巴丹省。")
    assert keys(e.from_) == ["TW/Pingtung"]


def test_roc_foreign_ministry_is_taiwan_and_texas_is_the_state():
    [e] = events("駐休士頓辦事處指出，中華民國外交部日前已將8萬片口罩捐贈給美國德州。")
    assert keys(e.from_) == ["TW"] and keys(e.to) == ["US/Texas"]


def test_texas_government_named_with_its_governor_later():
    out = events("中華民國外交部日前捐贈4萬片口罩給德州政府，德州州長辦公室隨後發布聲明致謝。")
    gifts = [e for e in out if e.type == "donation"]
    assert [keys(e.from_) for e in gifts] == [["TW"]] and [keys(e.to) for e in gifts] == [["US/Texas"]]


def _found(text):
    from cityaid.clean import clean_text
    from cityaid.resolve.actors import find_actors
    return [(m.surface, m.key) for m in find_actors(clean_text(text).text)]


def test_texas_before_one_of_its_cities_is_the_state():
    found = _found("高雄市日前捐贈1萬5000片口罩給德州達拉斯市")
    assert all(key != "CN/Dezhou" for _, key in found) and any(key == "US/Dallas" for _, key in found)


def test_a_sister_state_is_the_american_state():
    assert ("德州", "US/Texas") in _found("臺中市的姊妹州德州日前來函致謝")


def test_dezhou_stays_the_chinese_city_without_a_cue():
    assert [key for _, key in _found("山东德州向日本友城寄出口罩")] == ["CN/Dezhou", "JP"]
    assert "CN/Dezhou" in [key for _, key in _found("德州市向韩国友城寄出口罩")]
