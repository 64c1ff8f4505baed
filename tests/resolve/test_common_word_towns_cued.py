"""A town whose name is a common English word (or a short one) is a place where the words around it say so
(sentences written for these tests)."""

from cityaid.resolve.english import find_actors_en


def keys(text):
    return [(m.surface, m.key) for m in find_actors_en(text, None)]


def test_a_town_closing_a_hospital_name():
    got = keys("A week ago Aoife Byrne, a nurse at Mater Hospital Derby, wrote to the doctors in Jinan.")
    assert ("Derby", "GB/Derby") in got


def test_a_town_before_a_trade_and_a_person():
    got = keys("Split surgeon Ivana Horvat asked the Tianjin team about ventilators.")
    assert ("Split", "HR/Split") in got


def test_a_town_said_to_be_a_partner():
    got = keys("Metz, which is also a partner of the province, was sent 8,000 gloves of its own.")
    assert ("Metz", "FR/Metz") in got


def test_a_common_word_without_a_cue_is_no_place():
    got = keys("The hospital will split the 8,000 gloves between two wards.")
    assert not any(k == "HR/Split" for _s, k in got)
    got = keys("Mobile clinics were sent to the villages.")
    assert not any(k == "US/Mobile" for _s, k in got)


def test_a_short_town_named_again_with_an_apposition():
    text = ("Wuxi county ships gloves to Italian twin town Como\n\n"
            "Como, the Lombardy town twinned with Yixing, has been sent 3,000 gloves.")
    got = keys(text)
    assert [s for s, k in got if k == "IT/Como"][:2] == ["Como", "Como"] or len([k for _s, k in got if k == "IT/Como"]) >= 2


def test_a_short_town_again_after_to_with_its_tie():
    text = ("Yixing sends gloves to Italian sister town Como\n\n"
            "A box of gloves from Yixing is on its way to Como, the city's sister town in Lombardy.")
    got = keys(text)
    assert len([k for _s, k in got if k == "IT/Como"]) >= 2
