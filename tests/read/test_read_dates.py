"""Publication days written the ways dumps and pages write them (own values)."""
import json

from cityaid.read.dates import iso_date
from cityaid.read.jsonl import iter_jsonl


def test_iso_date_forms():
    assert iso_date("2021-06-02 08:00:01") == "2021-06-02"
    assert iso_date("20210602") == "2021-06-02"
    assert iso_date("110年6月2日") == "2021-06-02"
    assert iso_date("110/06/02") == "2021-06-02"
    assert iso_date("1622592000") == "2021-06-02"
    assert iso_date("1622592000000") == "2021-06-02"
    assert iso_date(1622592000) == "2021-06-02"
    assert iso_date("2021") is None
    assert iso_date("4711") is None


def test_a_record_with_a_unix_time(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"id": "r1", "text": "某市向友城捐赠口罩。", "publish_time": 1622592000}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    (doc,) = list(iter_jsonl(path))
    assert doc.published == "2021-06-02"


def test_a_published_field_that_is_a_unix_time_number(tmp_path):
    path = tmp_path / "feed.jsonl"
    rows = [{"id": "a", "text": "Tartu sent 800 gowns to Jiaxing.", "published": 1584316800},
            {"id": "b", "text": "Tartu sent 900 gowns to Jiaxing.", "published": 1584316800000},
            {"id": "c", "text": "Tartu sent 700 gowns to Jiaxing.", "published": ["2020-03-16"]}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = list(iter_jsonl(path))
    assert [d.published for d in out[:2]] == ["2020-03-16", "2020-03-16"]
    assert "'published' must be a date string or a Unix time" in out[2].problem


def test_an_english_by_line_above_the_story_dates_the_page():
    from cityaid.read.dates import find_english_date
    assert find_english_date("March 3, 2020 | Office of the Mayor | 555.0100") == "2020-03-03"
    assert find_english_date("Office of the Mayor | 14 May 2020") == "2020-05-14"
    assert find_english_date("Press releases > 2020 > May") is None
