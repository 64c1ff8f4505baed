"""Work remembered per page is handed out so that no reader sees another's changes."""
from __future__ import annotations

from cityaid.extract.actors import gather
from cityaid.resolve import publisher_place


def test_gathered_parties_are_fresh_copies_each_time():
    text = "4月3日,我市向韩国友城安山市捐赠2000只口罩。安山市市长致信我市表示感谢。"
    publisher = publisher_place("绍兴日报", "绍兴日报", text)
    first = gather(text, publisher)
    assert first
    for r in first:
        r.marker = "changed"
    second = gather(text, publisher)
    assert [(r.start, r.end, r.key) for r in second] == [(r.start, r.end, r.key) for r in first]
    assert all(r.marker != "changed" for r in second)
    assert all(a is not b for a, b in zip(first, second))


def test_a_publisher_without_a_dataclass_repr_is_read_afresh():
    class Place:  # no value-based repr: not a cache key
        key, level, surface = "CN/Shaoxing", "city", "绍兴"
        country = "CN"

    text = "我市向友城捐赠口罩。"
    assert [(r.start, r.key) for r in gather(text, Place())] == [(r.start, r.key) for r in gather(text, Place())]
