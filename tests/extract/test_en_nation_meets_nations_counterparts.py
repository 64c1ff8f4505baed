"""English: "Chinese experts held a video call with their Peruvian counterparts" on a page about a Chinese city's
sister city: where one side is a nation named by its adjective, the counterparts named by the other nation's
adjective are that nation too (sides of one level), not the page's partner city; "her Italian counterpart" beside a
named city still stands for the page's place of that country."""
from tests.extract.page_helpers import page_sides


def test_nation_and_nations_counterparts():
    got = page_sides("News agency",
                     "LIMA, June 3 -- Shanghai on Tuesday handed over 20,000 masks to Lima, its sister city, at a "
                     "ceremony in the city hall.",
                     "On Monday, Chinese epidemic experts held a video call with their Peruvian counterparts, sharing "
                     "experience in testing.", published="2020-06-03")
    assert ("consultation", ["CN"], ["PE"]) in got
