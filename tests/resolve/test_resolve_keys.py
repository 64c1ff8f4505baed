"""How a key spells a foreign name: the marks English keeps, and the ones it drops."""
from __future__ import annotations

import pytest

from cityaid.resolve.geodb import key_name


@pytest.mark.parametrize("cc, name, key", [
    ("HU", "Pécs", "Pécs"), ("PL", "Kraków", "Kraków"), ("DE", "Lüneburg", "Lüneburg"),  # kept
    ("TR", "İzmir", "Izmir"), ("VN", "Đà Nẵng", "Da Nang"), ("BR", "Florianópolis", "Florianopolis"),
    ("IN", "Thāne", "Thane"), ("RU", "Tver’", "Tver"), ("MX", "Mérida", "Merida"),
])
def test_key_name_keeps_european_marks_and_drops_romanisation_marks(cc, name, key):
    assert key_name(cc, name) == key


def test_table_keys_follow_the_same_rule():
    import csv
    import io
    from importlib import resources

    for table in ("cities.tsv", "cities_curated.tsv", "subdivisions.tsv"):
        text = resources.files("cityaid").joinpath("data", table).read_text(encoding="utf-8")
        for row in csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE):
            cc, _, rest = row["key"].partition("/")
            assert key_name(cc, rest) == rest, (table, row["key"])
