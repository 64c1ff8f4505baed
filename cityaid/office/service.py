"""``Office``: every operation on records, with the access check and the optimistic lock, in one place.

The web forms, the JSON API and the CLI all call these methods, so a rule
enforced here holds everywhere.  A write is one transaction: the record's
new event plus the events it causes on its parents (a pledge counts against
its request, a shipment against its pledge, a receipt towards the request
being met, an acknowledgement closes its shipment).  Every record touched is
moved with ``UPDATE ... WHERE version = :seen``, so a concurrent change to any
of them makes the whole write fail with ``Conflict`` and nothing is stored.

Published records are copied into the ledger as documents
(``office:<kind>:<id>``) and the facts are re-merged, so the pair and place
answers show them, the record's figures winning (see ``publish``).
"""
from __future__ import annotations

from typing import Any

from cityaid.ledger import office_sql as sql
from cityaid.ledger.office_sql import OfficeStore, RecordEventRow, RecordRow, StaleVersion, UserRow

from . import state as st
from .access import can_read, can_write, default_office, visible_offices
from .errors import E_, Forbidden, NotFound, OfficeError
from .places import place_key, within

# actions a person may take; the others are consequences the service writes itself
USER_ACTIONS = ("publish", "edit", "withdraw", "cancel", "status", "receive", "add", "allocate", "release")
SYSTEM = UserRow(id=0, name="cli", role="admin", places=(), disabled=False)


def _id(v: Any, what: str) -> int:
    try:
        return int(str(v).strip())
    except (TypeError, ValueError):
        raise OfficeError(E_("%(what)s: not a record id: %(v)s", what=what, v=repr(v))) from None


class Office:
    """The office records of one ledger."""

    def __init__(self, ledger, remerge: bool = True) -> None:  # noqa: ANN001 - a cityaid Ledger
        self.ledger = ledger
        self.store = OfficeStore(ledger.engine)
        self.remerge = remerge

    # ---------------------------------------------------------- reads
    def get(self, user: UserRow | None, record_id: int) -> RecordRow:
        with self.store.tx() as s:
            rec = sql.get_record(s, record_id)
        if rec is None or not can_read(user, rec):
            raise NotFound(E_("no record %(record_id)s", record_id=record_id))
        return rec

    def history(self, user: UserRow | None, record_id: int) -> list[RecordEventRow]:
        self.get(user, record_id)
        with self.store.tx() as s:
            return sql.record_events(s, record_id)

    def records(self, user: UserRow | None, kind: str | None = None, status: list[str] | None = None,
                party: str | None = None, parent_id: int | None = None, limit: int | None = 500) -> list[RecordRow]:
        """Records ``user`` may see: its offices' records and every published one."""
        offices = visible_offices(user)
        with self.store.tx() as s:
            mine = sql.list_records(s, kind=kind, offices=offices, status=status, party=party, parent_id=parent_id,
                                    limit=limit)
            if offices is not None:
                seen = {r.id for r in mine}
                mine += [r for r in sql.list_records(s, kind=kind, status=status, party=party, parent_id=parent_id,
                                                     published=True, limit=limit) if r.id not in seen]
        return sorted(mine, key=lambda r: -r.id)

    # ---------------------------------------------------------- writes
    def create(self, user: UserRow | None, kind: str, fields: dict, why: str = "") -> RecordRow:
        """A new record of ``kind`` from ``fields`` (names or keys for places; lines as dicts)."""
        if kind not in st.KINDS:
            raise OfficeError(E_("kind: one of %(v1)s, not %(kind)s", v1=', '.join(st.KINDS), kind=repr(kind)))
        who = user.name if user else "?"
        touched: list[int] = []
        with self.store.tx() as s:
            data, parent = self._creation(s, user, kind, dict(fields))
            if not can_write(user, data["office"]):
                raise Forbidden(E_("%(who)s may not keep records for %(v1)s", who=who, v1=data['office']))
            state = st.create(kind, data)
            if parent is not None and parent.state.get("cancelled"):
                raise OfficeError(E_("%(parent_kind)s %(parent_id)s is cancelled", parent_kind=parent.kind, parent_id=parent.id))
            if parent is not None and parent.kind == "shipment" and parent.state.get("closed"):
                raise OfficeError(E_("shipment %(parent_id)s is already acknowledged", parent_id=parent.id))
            rid = sql.insert_record(s, kind=kind, office=data["office"], status=state["status"],
                                    parent_id=parent.id if parent else None, from_key=data.get("from"),
                                    to_key=data.get("to"), state=state, who=who, why=why, data=data)
            touched.append(rid)
            if parent is not None:
                if kind == "pledge":
                    action, pdata = "pledged", {"pledge_id": rid, "lines": state["lines"]}
                elif kind == "shipment":
                    action, pdata = "shipped", {"shipment_id": rid, "lines": [
                        {"item": ln["item"], "quantity": ln["sent"]} for ln in state["lines"]]}
                else:
                    action, pdata = "acknowledge", {"acknowledgement_id": rid}
                self._advance(s, parent, action, pdata, who, why)
                touched.append(parent.id)
            rec = sql.get_record(s, rid)
        self._sync(touched)
        return rec

    def act(self, user: UserRow | None, record_id: int, action: str, data: dict | None = None, why: str = "",
            version: int | None = None) -> RecordRow:
        """Apply one of ``USER_ACTIONS`` to a record; ``version``: the version the caller saw (else: as read now)."""
        if action not in USER_ACTIONS:
            raise OfficeError(E_("action: one of %(v1)s, not %(action)s", v1=', '.join(USER_ACTIONS), action=repr(action)))
        who = user.name if user else "?"
        touched = [record_id]
        with self.store.tx() as s:
            rec = sql.get_record(s, record_id)
            if rec is None or not can_read(user, rec):
                raise NotFound(E_("no record %(record_id)s", record_id=record_id))
            if not can_write(user, rec.office):
                raise Forbidden(E_("%(who)s may not change records of %(rec_office)s", who=who, rec_office=rec.office))
            if version is not None and int(version) != rec.version:
                raise StaleVersion(record_id, int(version), rec.version)
            data = dict(data or {})
            if rec.kind == "stock" and action in ("allocate", "release"):
                data.update(self._allocation_target(s, user, rec, data.get("record")))
            self._advance(s, rec, action, data, who, why)
            if rec.kind == "shipment" and action == "receive":
                touched += self._roll_up_receipt(s, rec, data or {}, who)
            out = sql.get_record(s, record_id)
        self._sync(touched)
        return out

    def publish(self, user: UserRow | None, record_id: int, version: int | None = None) -> RecordRow:
        return self.act(user, record_id, "publish", {}, "", version)

    # ---------------------------------------------------------- internals
    def _allocation_target(self, s, user: UserRow | None, stock: RecordRow, ref: Any) -> dict:  # noqa: ANN001
        """The pledge or shipment stock is allocated to: one this user sees, kept by the stock's office (or below)."""
        if ref in (None, ""):
            raise OfficeError(E_("record: which pledge or shipment is the stock for? (its id)"))
        target = sql.get_record(s, _id(ref, "record"))
        if target is None or not can_read(user, target) or target.kind not in ("pledge", "shipment"):
            raise NotFound(E_("record: no pledge or shipment %(ref)s", ref=ref))
        if not (within(target.office, stock.office) or within(stock.office, target.office)):
            raise OfficeError(E_("record: %(kind)s %(id)s is kept by %(office)s, not by this stock's office "
                                 "%(stock_office)s", kind=target.kind, id=target.id, office=target.office,
                                 stock_office=stock.office))
        return {"record": target.id, "record_kind": target.kind}

    def _advance(self, s, rec: RecordRow, action: str, data: dict, who: str, why: str) -> int:  # noqa: ANN001
        new = st.apply(rec.state, action, data, why)
        return sql.append_event(s, rec.id, rec.version, action=action, who=who, why=why, data=data, state=new,
                                status=new["status"], published=bool(new.get("published")))

    def _roll_up_receipt(self, s, shipment: RecordRow, data: dict, who: str) -> list[int]:  # noqa: ANN001
        """What arrived counts towards the request the pledge answered (damaged or returned goods do not)."""
        pledge = sql.get_record(s, shipment.parent_id) if shipment.parent_id else None
        req_id = pledge.state.get("request_id") if pledge else None
        req = sql.get_record(s, int(req_id)) if req_id else None
        if req is None:
            return []
        got = [{"item": ln.get("item"), "quantity": ln.get("received") or 0} for ln in data.get("lines") or []]
        got = [g for g in got if st.quantity(g["quantity"], "received")]
        if got:
            self._advance(s, req, "received", {"shipment_id": shipment.id, "lines": got}, who,
                          f"received with shipment {shipment.id}")
            return [req.id]
        return []

    def _creation(self, s, user: UserRow | None, kind: str, f: dict) -> tuple[dict, RecordRow | None]:  # noqa: ANN001
        """The resolved creation data (office, parties, parent id) and the parent record, if any."""
        parent_kind = st.PARENT_KIND.get(kind)
        pid_field = f"{parent_kind}_id" if parent_kind else None
        parent = None
        if pid_field and f.get(pid_field) not in (None, ""):
            parent = sql.get_record(s, _id(f[pid_field], pid_field))
            if parent is None or parent.kind != parent_kind or not can_read(user, parent):
                raise NotFound(E_("%(pid_field)s: no %(parent_kind)s %(v1)s", pid_field=pid_field, parent_kind=parent_kind, v1=f[pid_field]))
        elif kind in ("shipment", "acknowledgement"):
            raise OfficeError(E_("%(pid_field)s: a %(kind)s belongs to a %(parent_kind)s; give its id", pid_field=pid_field, kind=kind, parent_kind=parent_kind))
        data = {k: v for k, v in f.items() if k not in ("office", "from", "to", "parties", pid_field)}
        data["kind"] = kind
        if parent is not None:
            data["office"] = parent.office
            data[pid_field] = parent.id
            if kind == "pledge":  # the one asked gives to the one asking
                data["from"], data["to"] = parent.to_key, parent.from_key
            elif kind == "shipment":
                data["from"], data["to"] = parent.from_key, parent.to_key
            else:  # an acknowledgement comes back from the recipient
                data["from"], data["to"] = parent.to_key, parent.from_key
            return data, parent
        office = f.get("office") or default_office(user)
        if not office:
            raise OfficeError(E_("office: which office keeps this record? (a place, e.g. 镇江)"))
        data["office"] = place_key(office, "office")
        if kind == "meeting":
            parties = f.get("parties") or ([f["to"]] if f.get("to") else [])
            if isinstance(parties, str):
                parties = [p for p in parties.replace("，", ",").split(",") if p.strip()]
            if not parties:
                raise OfficeError(E_("parties: with whom was the meeting?"))
            data["parties"] = [place_key(p, "parties") for p in parties]
            data["from"], data["to"] = place_key(f.get("from") or data["office"], "from"), data["parties"][0]
        elif kind == "stock":  # the office's own inventory: nobody else is party to it
            data["from"], data["to"] = data["office"], None
        elif kind == "request":
            if not f.get("from"):
                raise OfficeError(E_("from: who is asking?"))
            data["from"] = place_key(f["from"], "from")
            data["to"] = place_key(f.get("to") or data["office"], "to")
        else:  # unsolicited pledge, letter
            if not f.get("to"):
                raise OfficeError(E_("to: to whom?"))
            data["from"] = place_key(f.get("from") or data["office"], "from")
            data["to"] = place_key(f["to"], "to")
        return data, None

    def _sync(self, record_ids: list[int]) -> None:
        """Copy published records among ``record_ids`` into the ledger and re-merge the facts."""
        from .publish import sync_records

        if sync_records(self.ledger, self.store, record_ids) and self.remerge:
            from cityaid.merge import merge_ledger

            merge_ledger(self.ledger)
