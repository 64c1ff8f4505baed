"""A side's words that speak for a nation (an office, head, ministry, mission, 'X side'), not for a place in it."""
from cityaid.resolve.national import national_voice


def test_missions_heads_and_ministries_speak_for_the_nation():
    for name in ("the Embassy of Peru in Ankara", "Korean Consulate-General in Qingdao", "President Ana Ruiz",
                 "the Foreign Ministry", "the Malawian government", "中国驻名古屋总领事馆", "韩国政府",
                 "外交部发言人", "西班牙首相"):
        assert national_voice(name), name


def test_country_sides_are_the_nation():
    assert national_voice("中方") and national_voice("越方") and national_voice("秘鲁方面")


def test_places_and_their_offices_are_their_own():
    for name in ("the Gansu provincial government", "Minister-President of Saxony", "Chief Minister of Sindh",
                 "Governor Lee", "湖北省政府", "青岛市市长", "the Medical Team from Fujian", "Chile", "大阪府知事"):
        assert not national_voice(name), name


def test_a_word_before_a_title_that_makes_it_a_places_office():
    from cityaid.resolve.national import local_title
    assert local_title("Bavaria's regional ") and local_title("Minister-") and local_title("the provincial ")
    assert not local_title("on Monday, ") and not local_title("Peruvian ")
