"""A letter asking the other side to help arrange goods (希望X帮忙协调一批防护服) is a request, not a message;
an invitation to a video meeting sent over (发来视频会议邀请) asks for a consultation, and is no meeting held.
Own sentences."""
from tests.extract.page_helpers import page_sides


def test_letter_asking_help_to_arrange_goods():
    assert page_sides("3月5日，光州市政府写信给温州市外办，希望温州方面帮忙协调5000副医用手套。", title="温州与友城守望相助") == [
        ("request", ["KR/Gwangju"], ["CN/Wenzhou"])]


def test_invitation_to_a_video_meeting_is_a_request():
    assert page_sides("另外，波特兰市卫生局也给温州寄来视频会议邀请，想请温州专家讲讲学校复课的安排。", title="温州与友城守望相助") == [
        ("request", ["US/Portland"], ["CN/Wenzhou"])]
