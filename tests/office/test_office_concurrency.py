"""Parallel editors on one shipment (PostgreSQL): no lost update, no figure past what was sent, every conflict told."""
from __future__ import annotations

import threading

import pytest
from office_story import PASSWORD, run_story

from cityaid.ledger import Ledger, LedgerError
from cityaid.office import Accounts, Conflict, Office, OfficeError



THREADS = 8
STEP = 100
SENT = 3000


def _setup(url):
    lg = Ledger(url)
    acc = Accounts(lg)
    zj = acc.add_user("zj", PASSWORD, "editor", ["镇江"])
    office = Office(lg, remerge=False)
    req = office.create(zj, "request", {"from": "曼海姆", "office": "镇江", "lines": [{"item": "mask", "quantity": SENT}]})
    pledge = office.create(zj, "pledge", {"request_id": req.id, "lines": [{"item": "mask", "quantity": SENT}]})
    ship = office.create(zj, "shipment", {"pledge_id": pledge.id, "lines": [{"item": "mask", "sent": SENT}]})
    return lg, office, zj, req, ship


def _hammer(office, user, ship_id, want, outcomes, lock, barrier):
    """Receive ``want`` lots of STEP, retrying after each conflict, until done or refused (all sent is in)."""
    barrier.wait()
    done = 0
    for _ in range(500):
        if done == want:
            return
        try:
            seen = office.get(user, ship_id)  # read, think, write with the version seen
            office.act(user, ship_id, "receive", {"lines": [{"item": "mask", "received": STEP}]},
                       version=seen.version)
            kind = "ok"
            done += 1
        except Conflict:
            kind = "conflict"
        except OfficeError:
            kind = "refused"  # would pass what was sent
        except LedgerError as e:  # a conflict the database itself detected (unique seq), still nothing stored
            kind = "conflict" if "conflict" in str(e) else f"error: {e}"
        with lock:
            outcomes.append(kind)
        if kind == "refused":
            return


def test_parallel_receipts_on_postgresql(pg_url):
    lg, office, zj, req, ship = _setup(pg_url)
    try:
        outcomes: list[str] = []
        lock, barrier = threading.Lock(), threading.Barrier(THREADS)
        want = SENT // STEP // THREADS + 2  # together more than was sent
        threads = [threading.Thread(target=_hammer, args=(Office(lg, remerge=False), zj, ship.id, want, outcomes,
                                                          lock, barrier)) for _ in range(THREADS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not [o for o in outcomes if o.startswith("error")], outcomes
        ok, conflicts = outcomes.count("ok"), outcomes.count("conflict")
        assert ok + conflicts + outcomes.count("refused") == len(outcomes)
        assert outcomes.count("refused") > 0  # some wanted more than was left: refused, not stored
        assert conflicts > 0  # they did collide, and each collision was reported
        final = office.get(zj, ship.id)
        line = final.state["lines"][0]
        assert line["received"] == ok * STEP <= SENT  # no lost update, never past what was sent
        assert line["received"] == SENT  # and the retries got everything in
        assert final.version == 1 + ok and final.status == "received"
        hist = office.history(zj, ship.id)
        assert [e.seq for e in hist] == list(range(1, final.version + 1))
        assert sum(e.data["lines"][0]["received"] for e in hist if e.action == "receive") == SENT
        # the receipts rolled up into the request, each once
        r = office.get(zj, req.id)
        assert r.state["received"] == {"mask": SENT} and r.status == "met"
        assert all(q >= 0 for q in r.state["received"].values())
    finally:
        lg.close()


def test_parallel_shipments_never_overship_a_pledge(pg_url):
    lg, office, zj, req, ship = _setup(pg_url)
    try:
        pledge = office.create(zj, "pledge", {"to": "曼海姆", "office": "镇江",
                                              "lines": [{"item": "gloves", "quantity": 1000}]})
        outcomes: list[str] = []
        lock, barrier = threading.Lock(), threading.Barrier(THREADS)

        def ship_some():
            o = Office(lg, remerge=False)
            barrier.wait()
            for _ in range(4):
                try:
                    o.create(zj, "shipment", {"pledge_id": pledge.id, "lines": [{"item": "gloves", "sent": 100}]})
                    kind = "ok"
                except Conflict:
                    kind = "conflict"
                except OfficeError:
                    kind = "refused"
                except LedgerError as e:
                    kind = "conflict" if "conflict" in str(e) else f"error: {e}"
                with lock:
                    outcomes.append(kind)

        threads = [threading.Thread(target=ship_some) for _ in range(THREADS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not [o for o in outcomes if o.startswith("error")], outcomes
        p = office.get(zj, pledge.id)
        ships = office.records(zj, kind="shipment", parent_id=pledge.id)
        assert p.state["shipped"]["gloves"] == 100 * outcomes.count("ok") == 100 * len(ships) <= 1000
    finally:
        lg.close()


@pytest.mark.parametrize("n", [2])
def test_stale_version_is_refused_on_every_backend(office, users, n):
    r = run_story(office, users["zj"])
    rec = office.get(users["zj"], r["request"].id)
    office.act(users["zj"], rec.id, "edit", {"note": "first editor"}, version=rec.version)
    with pytest.raises(Conflict) as e:
        office.act(users["zj"], rec.id, "edit", {"note": "second editor"}, version=rec.version)
    assert "changed by someone else" in str(e.value)
    assert office.get(users["zj"], rec.id).state["note"] == "first editor"
