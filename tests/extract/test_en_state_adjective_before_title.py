"""English: a page names a state ("the Australian state of Tasmania") and later its head by the state's adjective
("Tasmanian Premier A B"): the adjective stands for the state, so the premier's thanks come from it, even on a page
datelined in China (where a bare "Premier" would be the nation's) and when the sentence goes on to name a city of
that state."""
from tests.extract.page_helpers import page_sides

HEAD = "Wire service"
LEAD = "HEFEI, June 2 -- Anhui has donated masks to partners abroad, the provincial government said on Monday."


def test_state_adjective_premier_thanks():
    got = page_sides(HEAD, LEAD,
                     "The Australian state of Tasmania got 30,000 masks from Anhui on May 28. Tasmanian Premier Peter "
                     "Gutwein thanked Anhui in a letter, saying the masks would be used by nurses in Hobart.",
                     published="2020-06-02")
    assert ("message", ["AU/Tasmania"], ["CN/Anhui"]) in got


def test_state_adjective_before_minister_president():
    got = page_sides(HEAD, LEAD,
                     "The German state of Bavaria got 30,000 masks from Anhui on May 28. Bavarian Minister-President "
                     "Markus Soeder thanked Anhui in a letter.", published="2020-06-02")
    assert ("message", ["DE/Bavaria"], ["CN/Anhui"]) in got
