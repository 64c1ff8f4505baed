"""English: several givers told with a count ("Three towns of X, A, B and C, jointly sent ...") give one gift
together, all of them givers (a count is no total when every giver is named and they act together); a small
town listed with a town of the same country is read as a town; a gift "totalling" the goods of several named
givers with no joint word is a tally (aggregate)."""
from tests.extract.page_helpers import page_sides
from cityaid.resolve.english import find_actors_en


def _events(*paras, published="2020-05-20"):
    return page_sides(*paras, published=published)


def test_small_towns_listed_with_a_known_one():
    keys = [m.key for m in find_actors_en("Arao, Omuta and Tamana sent gowns to Ningbo.")]
    assert {"JP/Arao", "JP/Omuta", "JP/Tamana"} <= set(keys)


def test_counted_givers_acting_together_give_one_gift():
    got = _events("Three Spanish cities - Valencia, Alicante and Elche - together shipped 12,000 gowns to Ningbo "
                  "on May 2.")
    assert got == [("donation", ["ES/Alicante", "ES/Elche", "ES/Valencia"], ["CN/Ningbo"])]


def test_counted_givers_in_commas_give_one_gift():
    got = _events("Two Spanish cities, Valencia and Alicante, have sent 8,000 gowns to Ningbo.")
    assert got == [("donation", ["ES/Alicante", "ES/Valencia"], ["CN/Ningbo"])]


def test_total_of_several_givers_is_a_tally():
    got = _events("Ningbo has received a total of 70,000 gowns from Valencia, Rouen and Padua since March.")
    assert [t for t, _, _ in got] == ["aggregate"]
    assert got[0][1] == sorted(["ES/Valencia", "FR/Rouen", "IT/Padua"])


def test_total_told_with_together_stays_one_gift():
    got = _events("Valencia and Alicante together sent a total of 8,000 gowns to Ningbo on May 2.")
    assert got == [("donation", ["ES/Alicante", "ES/Valencia"], ["CN/Ningbo"])]
