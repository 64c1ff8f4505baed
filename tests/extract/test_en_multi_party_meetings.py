"""English: one meeting with several partners is one consultation with all of them on one side, whatever the
meeting is called (summit, roundtable, forum), whether the partners follow "with" or open the sentence as its
subject ("The mayors of A, B and C joined X's mayor ..."), and a list of places is not read as "A in B"."""
from cityaid.model import Document
from cityaid.pipeline import extract_document
from cityaid.resolve.english import find_actors_en


def _meetings(*paras, published="2020-04-29"):
    out = extract_document(Document(doc_id="t", text="\n\n".join(paras), content_hash="x", published=published))
    return [([a.key for a in e.from_], sorted(a.key for a in e.to)) for e in out.events if e.type == "consultation"]


def test_online_summit_with_listed_partners():
    got = _meetings("On June 3, Wuxi held an online summit with its partner cities Chungju, Sagamihara and "
                    "Leverkusen to exchange epidemic control experience.")
    assert got == [(["CN/Wuxi"], ["DE/Leverkusen", "JP/Sagamihara", "KR/Chungju"])]


def test_virtual_roundtable():
    got = _meetings("On June 3, Nanjing hosted a virtual roundtable with Leipzig, Lyon and Perth on reopening "
                    "schools.")
    assert len(got) == 1 and got[0][0] == ["CN/Nanjing"] and len(got[0][1]) == 3


def test_exchanged_experience_with_a_list():
    got = _meetings("On June 3, officials of Wuxi exchanged prevention experience with Chungju, Sagamihara and "
                    "Leverkusen.")
    assert got == [(["CN/Wuxi"], ["DE/Leverkusen", "JP/Sagamihara", "KR/Chungju"])]


def test_listed_subject_joined_the_host():
    got = _meetings("The mayors of Chungju, Leipzig and Perth joined Wuxi's mayor by video link on June 9 to "
                    "compare notes on reopening schools.")
    assert got == [(["CN/Wuxi"], sorted(["KR/Chungju", "DE/Leipzig", "AU/Perth"]))]


def test_listed_subject_joined_a_conference_hosted_by():
    got = _meetings("Officials from Chungju, Leipzig and Perth joined a video conference hosted by Wuxi on June 9.")
    assert got == [(["CN/Wuxi"], sorted(["KR/Chungju", "DE/Leipzig", "AU/Perth"]))]


def test_plain_list_is_no_town_in_a_region():
    text = "Suzhou held a video conference with the mayors of Grenoble, Penang, Sasebo and Mobile on May 5."
    keys = [m.key for m in find_actors_en(text)]
    assert "MY/Penang" in keys and not any(k and k.startswith("MY/") and k != "MY/Penang" for k in keys)


def test_us_town_and_state_kept():
    text = "Suzhou sent masks to Tulsa, Oklahoma, and Dayton, Ohio, on May 5."
    keys = [m.key for m in find_actors_en(text)]
    assert keys[1:] == ["US/Tulsa", "US/Dayton"]


def test_two_sides_as_one_subject_stay_apart():
    got = _meetings("Doctors from Suzhou and Grenoble held a video conference on May 5.")
    assert got == [(["CN/Suzhou"], ["FR/Grenoble"])]


def test_forum_attended_by_the_mayors_of_a_list():
    got = _meetings("On May 12, Nanjing hosted an online forum attended by the mayors of Chungju, Leipzig, Perth and "
                    "Lyon.")
    assert got == [(["CN/Nanjing"], sorted(["KR/Chungju", "DE/Leipzig", "AU/Perth", "FR/Lyon"]))]


def test_forum_with_a_word_between_and_the_mayors_taking_part():
    got = _meetings("On May 12, Nanjing hosted an online anti-epidemic forum for its sister cities; the mayors of "
                    "Chungju, Leipzig, Perth and Lyon took part.")
    assert got == [(["CN/Nanjing"], sorted(["KR/Chungju", "DE/Leipzig", "AU/Perth", "FR/Lyon"]))]


def test_a_provinces_health_services_are_the_province():
    got = _meetings("WINNIPEG - Earlier this month, Manitoba Health Services clinicians held a video conference with "
                    "health experts from Harbin and Daqing on intensive care.")
    assert got == [(["CN/Daqing", "CN/Harbin"], ["CA/Manitoba"])] or got == [(["CN/Harbin", "CN/Daqing"], ["CA/Manitoba"])]
