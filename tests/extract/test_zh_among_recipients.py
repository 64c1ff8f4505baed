"""Places listed as among those given to (A、B等均在受援之列) are the receivers of the total just told."""
from tests.extract.test_events import events, keys


def totals(text, pub=None):
    return [e for e in events(text, pub) if e.type == "aggregate"]


def test_partners_listed_among_recipients_after_a_receipt():
    [e] = totals("截至5月6日，已有10余座友城获得杭州提供的口罩、防护服等物资，秘鲁、智利、墨西哥以及日本滨松等均在受援之列。")
    assert keys(e.from_) == ["CN/Hangzhou"]
    assert set(keys(e.to)) == {"PE", "CL", "MX", "JP/Hamamatsu"}


def test_partners_listed_among_recipients_after_a_gift():
    [e] = totals("截至5月6日，杭州累计向10余座友城援助了口罩、防护服等物资，秘鲁、墨西哥以及日本滨松等均在受援之列。")
    assert keys(e.from_) == ["CN/Hangzhou"]
    assert set(keys(e.to)) == {"PE", "MX", "JP/Hamamatsu"}
