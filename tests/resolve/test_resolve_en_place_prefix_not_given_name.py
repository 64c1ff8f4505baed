"""English places: a small town the page keeps naming is a place, even where one mention follows a place name's own
first word ("New Tomakomai Port", "North Nayoro"); such a word is no given name making the town a surname."""
from cityaid.resolve.english import _repeated_names, find_actors_en


def test_new_before_a_town_is_no_given_name():
    text = ("Nayoro City News\n\nNayoro City has received 4,000 gloves from Harbin. The gloves landed at New Nayoro "
            "Port on May 2.\n\nIn March, Nayoro sent 2,000 masks to Harbin.")
    assert "Nayoro" in _repeated_names(text)
    assert any(m.key == "JP/Nayoro" and m.surface == "Nayoro" for m in find_actors_en(text))


def test_a_person_before_is_still_a_given_name():
    text = "Kenji Nayoro spoke. Later Kenji Nayoro wrote. Aiko Nayoro said so."
    assert "Nayoro" not in _repeated_names(text)
