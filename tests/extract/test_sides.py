from cityaid.extract.sides import tidy_all, tidy_sides
from cityaid.model import Event


def ev(frm, to):
    return Event.model_validate({"type": "donation", "from": [{"key": k, "name": k} for k in frm],
                                 "to": [{"key": k, "name": k} for k in to]})


def test_a_place_on_both_sides_stays_with_the_recipient():
    e = tidy_sides(ev(["CN/Qingdao", "KR/Daegu"], ["KR/Daegu"]))
    assert [a.key for a in e.from_] == ["CN/Qingdao"] and [a.key for a in e.to] == ["KR/Daegu"]


def test_an_event_from_a_place_to_itself_is_dropped_and_others_are_kept():
    kept = ev(["JP/Tsu"], ["CN/Zhenjiang"])
    assert tidy_all([ev(["KR/Daegu"], ["KR/Daegu"]), kept]) == [kept]



def test_a_gift_between_two_places_of_one_country_is_aid_at_home_and_dropped():
    abroad = ev(["CN/Hangzhou"], ["JP/Gifu"])
    assert tidy_all([ev(["CN/Hangzhou"], ["CN/Hubei"]), abroad]) == [abroad]
    embassy = ev(["CN"], ["CN/Hubei"])  # a country-level side (an embassy's country) is kept
    assert tidy_all([embassy]) == [embassy]


def test_a_gift_from_the_mainland_to_hong_kong_or_macau_is_aid_at_home():
    assert tidy_all([ev(["CN/Zhuhai"], ["MO"]), ev(["CN/Guangdong"], ["HK"])]) == []
    abroad = ev(["HK"], ["JP/Osaka"])
    assert tidy_all([abroad]) == [abroad]


def _typed(kind, frm, to):
    e = ev(frm, to)
    return e.model_copy(update={"type": kind})


def test_a_message_or_meeting_sent_from_a_place_inside_the_country_of_all_it_names_is_dropped():
    assert tidy_all([_typed("message", ["CN/Hunan"], ["CN/Changsha"]),
                     _typed("consultation", ["IT/Tuscany"], ["IT/Florence"]),
                     _typed("donation", ["KR/Gyeonggi"], ["KR"])]) == []


def test_a_nation_writing_to_its_own_province_and_messages_abroad_stay():
    kept = [_typed("request", ["CN"], ["CN/Yunnan"]), _typed("message", ["JP/Kobe"], ["CN/Tianjin"])]
    assert tidy_all(kept) == kept


def test_a_foreign_nation_and_its_own_town_is_no_exchange():
    assert tidy_all([_typed("donation", ["UZ"], ["UZ/Samarkand"]), _typed("message", ["PE"], ["PE/Cusco"])]) == []
