"""Chinese: a batch told by its giver with no verb of giving and no taker (最近的一批来自A,包括… /
这批来自A的物资…包括… / A送来的物资…包括…) went to whom the page's gifts went, a party abroad.  Own sentences."""
from zh_reading import events, keys

LEAD = "马来西亚槟城先后收到了友好城市厦门、福州和泉州的三批捐赠。"


def _gifts(text):
    return [e for e in events(text) if e.type == "donation"]


def _one(text, giver):
    [e] = [e for e in _gifts(text) if keys(e.from_) == [giver]]
    return e


def test_latest_batch_came_from():
    e = _one(LEAD + "最近的一批来自福州，价值20万林吉特，包括医用防护服300件、检查手套2000副。", "CN/Fuzhou")
    assert keys(e.to) == ["MY/Penang"]
    assert {(i.item, i.quantity) for i in e.items} == {("protective_suit", 300), ("gloves", 2000)}


def test_batch_described_before_its_giver():
    e = _one(LEAD + "最晚到达的一批也是数量最多的一批，来自泉州，包括红外测温仪60支。", "CN/Quanzhou")
    assert keys(e.to) == ["MY/Penang"] and e.items[0].quantity == 60


def test_this_batch_from_giver():
    e = _one(LEAD + "这批来自厦门的物资到货最晚，包括检查手套800副和防护服150件。", "CN/Xiamen")
    assert keys(e.to) == ["MY/Penang"]


def test_goods_the_partner_sent():
    e = _one(LEAD + "福州送来的物资价值9万林吉特，包括防护服420件。", "CN/Fuzhou")
    assert keys(e.to) == ["MY/Penang"] and e.items[0].quantity == 420


def test_no_page_receiver_no_gift():
    assert not _gifts("最近的一批来自福州，包括医用防护服300件、检查手套2000副。")


def test_no_counted_goods_no_gift():
    assert [keys(e.from_) for e in _gifts(LEAD + "最近的一批来自福州，目前由市议会保管。")] == []


def test_giver_of_the_receivers_country_is_no_gift():
    text = "马来西亚槟城先后收到了友好城市厦门和福州的两批捐赠。最近的一批来自吉隆坡，包括防护服90件。"
    assert not [e for e in _gifts(text) if "MY/Kuala Lumpur" in keys(e.from_)]
