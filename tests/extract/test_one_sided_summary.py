"""A meeting (letter, ask, team) with no party at all on one side, its partners told only as a class, is the
story's summary, not one of its acts."""
from cityaid.extract.sides import tidy_all
from cityaid.model import Actor, Event
from tests.extract.page_helpers import page_sides


def test_meeting_with_unnamed_partners_is_no_act():
    sides = page_sides("近期，吉林省多家医院的医生多次通过视频会议，同国外友好城市的医护人员交流救治心得。")
    assert not [x for x in sides if x[0] == "consultation"]


def test_total_with_no_named_partner_stays():
    total = Event(type="aggregate", from_=[Actor(key="CN/Jilin", name="吉林", level="adm1")], to=[], evidence="x")
    assert tidy_all([total]) == [total]
