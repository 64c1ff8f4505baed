"""The pairwise rules: figures, dates, actors, types."""
from cityaid.merge.compatible import compatible, key_compatible, quantities_compatible
from cityaid.merge.records import from_spec


def rec(eid=0, doc="a", type="donation", frm=("CN/Wuxi",), to=("JP/Toyokawa",), date=None, q="on", items=(),
        money=(), evidence="", **extra):
    spec = {"type": type, "from": [{"key": k, "name": k} for k in frm], "to": [{"key": k, "name": k} for k in to],
            "date": {"value": date, "qualifier": q} if date else None,
            "items": [{"item": i, "quantity": n, "qualifier": ql} for i, n, ql in items],
            "money": [{"amount": a, "currency": c} for a, c in money], "evidence": evidence, **extra}
    return from_spec(eid, doc, spec)


def test_quantities_rounding_and_qualifiers():
    assert quantities_compatible(50000, "exact", 50000, None)          # 5万只 / 50,000
    assert quantities_compatible(50000, "approx", 48000, "exact")      # about 50,000 / 48,000 (10 %)
    assert not quantities_compatible(50000, "approx", 40000, "exact")
    assert not quantities_compatible(10000, "exact", 20000, "exact")
    assert quantities_compatible(200000, "over", 230000, "exact")      # 20余万
    assert not quantities_compatible(200000, "over", 190000, "exact")


def test_shipments_between_one_pair_stay_apart():
    a = rec(0, "d1", date="2020-03-06", items=[("mask", 10000, "exact")])
    b = rec(1, "d2", date="2020-03-12", items=[("mask", 10000, "exact")])   # arrival 6 days later
    c = rec(2, "d3", date="2020-03-27", items=[("mask", 20000, "exact")])
    d = rec(3, "d4", date="2020-03-08", items=[("mask", 20000, "exact")])
    assert compatible(a, b)
    assert not compatible(a, c)   # quantity and date
    assert not compatible(a, d)   # quantity


def test_date_windows_by_type():
    assert compatible(rec(0, "a", date="2020-03-24"), rec(1, "b", date="2020-04-02"))      # 9 days, donation
    assert not compatible(rec(0, "a", date="2020-03-24"), rec(1, "b", date="2020-04-05"))
    msg = dict(type="message", frm=("KR/Daegu",), to=("CN/Qingdao",))
    assert compatible(rec(0, "a", date="2020-03-05", **msg), rec(1, "b", date="2020-03-06", **msg))
    assert not compatible(rec(0, "a", date="2020-03-05", **msg), rec(1, "b", date="2020-03-08", **msg))
    assert compatible(rec(0, "a", date="2020-03-05", **msg), rec(1, "b", **msg))             # undated
    assert compatible(rec(0, "a", date="2020-03-05", **msg), rec(1, "b", date="2020-03", q="approx", **msg))


def test_actor_keys_parent_rule():
    assert key_compatible("CN/Chongqing", "CN/Chongqing/Shapingba")
    assert not key_compatible("JP", "JP/Toyokawa")            # a bare country is too vague
    assert not key_compatible("?/某市", "CN/Wuxi")
    assert not compatible(rec(0, "a", to=("JP/Toyokawa",)), rec(1, "b", to=("JP/Tsu",)))
    assert not compatible(rec(0, "a"), rec(1, "b", frm=("JP/Toyokawa",), to=("CN/Wuxi",)))   # direction


def test_consultation_is_symmetric():
    a = rec(0, "a", type="consultation", frm=("CN/Heilongjiang",), to=("RU/Sakha Republic",), date="2020-03-25")
    b = rec(1, "b", type="consultation", frm=("RU/Sakha Republic",), to=("CN/Heilongjiang",), date="2020-03-25")
    assert compatible(a, b)


def test_items_and_money_are_different_gifts():
    masks = rec(0, "a", items=[("mask", 4500, "exact")])
    cash = rec(1, "b", money=[(50000, "CNY")])
    assert not compatible(masks, cash)
    assert compatible(masks, rec(2, "c"))                          # a report with no figures
    assert compatible(rec(0, "a", items=[("mask", 100000, None)]), rec(1, "b", items=[("medical_mask", 100000, None)]))
    assert not compatible(rec(0, "a", items=[("n95_mask", 100, None)]), rec(1, "b", items=[("medical_mask", 100, None)]))


def test_aggregate_never_merges_with_itemised():
    agg = rec(0, "a", type="aggregate", of="donation", items=[("mask", 10000, "exact")], to=())
    item = rec(1, "b", items=[("mask", 10000, "exact")])
    assert not compatible(agg, item)


def test_one_document_merges_only_its_repeats():
    a = rec(0, "p", date="2020-04-02", items=[("mask", 20000, None)], evidence="4月2日，口罩2万只运抵。")
    b = rec(1, "p", date="2020-04-02", items=[("mask", 20000, None)], evidence="4月2日,口罩2万只运抵")
    c = rec(2, "p", date="2020-04-02", items=[("mask", 20000, None)], evidence="另一批口罩2万只")
    assert compatible(a, b)
    assert not compatible(a, c)


def test_messages_of_different_media_are_different():
    m = dict(type="message", frm=("JP/Toyokawa",), to=("CN/Wuxi",))
    assert not compatible(rec(0, "a", medium="video", **m), rec(1, "b", medium="letter", **m))
