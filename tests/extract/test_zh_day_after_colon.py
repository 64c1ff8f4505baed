"""Chinese dates: a day right after a colon that opens its clause (经验分享：14日，…) is that act's day, the month
from the page; a clock's minutes (10:14) never are, and an act told after 在物资启运之前 keeps its own stated day."""
from datetime import date

from cityaid.extract.dates import find_dates
from cityaid.model import Document
from cityaid.pipeline import extract_document


def test_day_after_half_width_colon():
    found = find_dates("双方已开始交流:14日,甲市专家与乙市卫生部门视频连线。", date(2020, 3, 21))
    assert [d.value for d in found] == ["2020-03-14"]


def test_clock_minutes_are_no_day():
    assert find_dates("会议于10:14日程表公布后开始。", date(2020, 3, 21)) == [] or all(
        d.text != "14日" for d in find_dates("会议于10:14日程表公布后开始。", date(2020, 3, 21)))


def test_meeting_told_after_before_the_goods_frame_keeps_its_day():
    text = ("通讯社\n\n3月20日，宁波市捐赠的1万只口罩运抵亚琛。\n\n"
            "两市结好多年。在物资启运之前，双方已经开始了经验交流：14日，宁波市卫健委组织专家，与亚琛市卫生部门进行视频连线。")
    out = extract_document(Document(doc_id="t", text=text, content_hash="x", published="2020-03-21"))
    meet = [e for e in out.events if e.type == "consultation"]
    assert meet and meet[0].date.value == "2020-03-14"
