"""On a page about Chinese places and their partners, an act between two other parties who take no part in the
page's exchanges is background; a country's aid to a town of its own is aid at home."""
from cityaid.extract.sides import tidy_all
from cityaid.model import Actor, Event


def _ev(kind, frm, to):
    return Event(type=kind, from_=[Actor(key=k, name=k, level="country" if "/" not in k else "city") for k in frm],
                 to=[Actor(key=k, name=k, level="country" if "/" not in k else "city") for k in to],
                 evidence="x")


def _sides(events):
    return [(e.type, [a.key for a in e.from_], [a.key for a in e.to]) for e in events]


def test_third_countries_team_is_background():
    page = [_ev("donation", ["CN/Jilin"], ["RU/Primorsky Krai"]), _ev("message", ["RU/Primorsky Krai"], ["CN/Jilin"]),
            _ev("medical_team", ["DE"], ["ES"])]
    assert _sides(tidy_all(page)) == [("donation", ["CN/Jilin"], ["RU/Primorsky Krai"]),
                                      ("message", ["RU/Primorsky Krai"], ["CN/Jilin"])]


def test_act_of_a_partner_stays():
    page = [_ev("donation", ["CN/Jilin"], ["KR/Gangwon"]), _ev("message", ["JP/Niigata"], ["KR/Gangwon"])]
    assert len(tidy_all(page)) == 2


def test_page_without_chinese_side_keeps_its_story():
    page = [_ev("message", ["VN/Hue"], ["KR/Gyeongju"])]
    assert len(tidy_all(page)) == 1


def test_country_to_its_own_town_is_home_aid():
    page = [_ev("donation", ["CN/Kashgar"], ["KG/Osh"]), _ev("donation", ["KG"], ["KG/Osh"])]
    assert _sides(tidy_all(page)) == [("donation", ["CN/Kashgar"], ["KG/Osh"])]
