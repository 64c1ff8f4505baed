"""A writer's letters to all its partners, counted ("wrote to its 37 sister cities", "all 24 of its partner
cities"): a tally from the writer with no one partner; "the two cities" still names a pair.  Own sentences."""
from tests.extract.en_helpers import keys, page_events


def _sides(body):
    return [(e["type"], keys(e["from"]), keys(e["to"])) for e in page_events(body, "Letters abroad")]


def test_letters_to_its_counted_partners_are_a_tally():
    assert _sides("Nanning wrote to its 23 sister cities in early April.") == [("aggregate", ["CN/Nanning"], [])]


def test_letters_to_all_of_a_counted_set():
    assert _sides("Hefei has written to all 19 of its sister cities to share its experience.") \
        == [("aggregate", ["CN/Hefei"], [])]
