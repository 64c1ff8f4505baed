"""'the Chinese partner city of X': the demonym qualifies the head told before the phrase (the partner of X);
X itself lies on the other side."""
from cityaid.resolve.english import find_actors_en


def _key(text, surface):
    return next(m.key for m in find_actors_en(text) if m.surface.endswith(surface))


def test_partner_city_of_name_is_not_of_the_demonym():
    text = ("Dutch town thanks partner\n\nTILBURG, May 3 -- Wenzhou, the Chinese partner city of Tilburg, "
            "has sent 30,000 masks to the town.\n")
    assert _key(text, "Tilburg") == "NL/Tilburg"


def test_sister_province_of_name_is_not_of_the_demonym():
    text = ("Gift for Bavaria\n\nMUNICH, June 2 -- Shandong, the Chinese sister province of Bavaria, "
            "shipped 12,000 gowns to the state last week.\n")
    assert _key(text, "Bavaria") == "DE/Bavaria"


def test_demonym_before_bare_partner_name_still_places_it():
    # "its Chinese sister city Wenzhou": the demonym qualifies the name that follows
    text = ("Town receives gowns\n\nTILBURG, May 3 -- The town received 8,000 gowns from its Chinese sister city "
            "Wenzhou on Friday.\n")
    assert _key(text, "Wenzhou").startswith("CN")
