"""A total received from a count of partners names its givers right after the count: the countries they lie in
('from 12 cities in A, B and C') or some of them ('from 5 partners, among them X and Y')."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_en_events import _events, _keys  # noqa: E402


def test_total_from_cities_in_listed_countries():
    (e,), _ = _events("Since March, the city has received support from 12 sister and friendship cities in "
                      "China, Korea, France and Italy, including 300,000 masks.")
    assert e["type"] == "aggregate" and _keys(e["from"]) == ["CN", "KR", "FR", "IT"]
    assert _keys(e["to"]) == ["US/Fresno"]


def test_total_from_partners_among_them_named():
    (e,), _ = _events("Fresno has received donated PPE from 5 international partners since March, among them "
                      "Yunnan and Jeju Province.")
    assert e["type"] == "aggregate" and _keys(e["from"]) == ["CN/Yunnan", "KR/Jeju"]
