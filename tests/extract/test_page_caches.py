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


def test_gathered_is_the_shared_reading_of_what_gather_copies():
    from cityaid.extract.actors import gathered

    text = "5月8日,我市向日本友城丰川市捐赠3000只口罩。丰川市市长来信致谢。"
    publisher = publisher_place("无锡日报", "无锡日报", text)
    shared = gathered(text, publisher)
    assert [vars(r) for r in shared] == [vars(r) for r in gather(text, publisher)]
    assert all(a is b for a, b in zip(shared, gathered(text, publisher)))  # read once, not copied
