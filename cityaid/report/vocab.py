"""The ledger's own words (event types, items, units, cleaning reasons) as people read them.

The ledger stores canonical identifiers (``medical_team``, ``protective_suit``);
pages show them in the reader's language.  Each English label here is a
``msgid`` of the catalogues (``N_`` only marks it for ``pybabel extract``), so
a new item gets its translation the same way a template string does.
"""
from __future__ import annotations

from typing import Callable


def N_(s: str) -> str:  # noqa: N802 - the gettext convention for "mark, translate later"
    return s


def Np_(one: str, many: str) -> tuple[str, str]:  # noqa: N802 - a plural pair, for ngettext
    return one, many


TYPES = {
    "donation": N_("donation"),
    "message": N_("letter"),
    "consultation": N_("consultation"),
    "medical_team": N_("medical team"),
    "request": N_("request"),
    "aggregate": N_("aggregate claim"),
}
ITEMS = {
    "mask": N_("masks"), "medical_mask": N_("medical masks"), "n95_mask": N_("N95 masks"),
    "disposable_mask": N_("disposable masks"), "protective_suit": N_("protective suits"),
    "goggles": N_("goggles"), "gloves": N_("gloves"), "face_shield": N_("face shields"),
    "test_kit": N_("test kits"), "thermometer": N_("thermometers"), "ventilator": N_("ventilators"),
    "disinfectant": N_("disinfectant"), "medicine": N_("medicine"), "supplies": N_("supplies"),
    "item": N_("goods"), "other": N_("other goods"),
}
UNITS = {"piece": "", "set": N_("sets"), "pair": N_("pairs"), "box": N_("boxes"), "kg": N_("kg"),
         "ton": N_("tonnes"), "bottle": N_("bottles"), "litre": N_("litres"), "person": N_("people")}
DIRECTIONS = {"outward": N_("China → abroad"), "inward": N_("abroad → China"), "other": N_("other")}
PRECISION = {"place": N_("own coordinates"), "parent": N_("at its parent's position"),
             "country": N_("at its country's centre"), "none": N_("not on the map")}
LEVELS = {"country": N_("country"), "adm1": N_("province or state"), "city": N_("city"),
          "district": N_("district"), "org": N_("organisation")}
DATE_QUALIFIERS = {"approx": N_("about %(date)s"), "as_of": N_("as of %(date)s"), "before": N_("before %(date)s")}
RECORD_FIELDS = {"location": N_("Location (warehouse)"), "waybill": N_("Waybill"), "carrier": N_("Carrier"),
                 "route": N_("Route"), "inscription": N_("Inscription"), "note": N_("Note"), "text": N_("Text"),
                 "minutes": N_("Minutes"), "letter_kind": N_("Kind (sympathy, solidarity, thanks)"),
                 "medium": N_("Medium")}
RECORD_KINDS = {"request": N_("request"), "pledge": N_("pledge"), "shipment": N_("shipment"),
                "acknowledgement": N_("acknowledgement"), "letter": N_("letter"), "meeting": N_("meeting"),
                "stock": N_("stock")}
RECORD_STATUSES = {"open": N_("open"), "partly_met": N_("partly met"), "met": N_("met"),
                   "withdrawn": N_("withdrawn"), "pledged": N_("pledged"), "partly_shipped": N_("partly shipped"),
                   "shipped": N_("shipped"), "cancelled": N_("cancelled"), "sent": N_("sent"),
                   "in_transit": N_("in transit"), "received": N_("received"),
                   "partly_received": N_("partly received"), "held": N_("held"), "available": N_("available"),
                   "allocated": N_("allocated")}
RECORD_ACTIONS = {"create": N_("created"), "publish": N_("published or unpublished"), "edit": N_("edited"),
                  "withdraw": N_("withdrawn"), "cancel": N_("cancelled"), "status": N_("status set"),
                  "receive": N_("receipt recorded"), "acknowledge": N_("acknowledged"),
                  "pledged": N_("pledge linked"), "received": N_("receipt linked"), "shipped": N_("shipment linked"),
                  "add": N_("stock added"), "allocate": N_("stock allocated"), "release": N_("stock released")}
ROLES = {"admin": N_("administrator"), "editor": N_("editor"), "viewer": N_("viewer")}
# how a type is counted in a sentence: (singular, plural) for ngettext
COUNTED = {
    "donation": Np_("%(num)d gift", "%(num)d gifts"),
    "message": Np_("%(num)d letter", "%(num)d letters"),
    "consultation": Np_("%(num)d consultation", "%(num)d consultations"),
    "medical_team": Np_("%(num)d medical team", "%(num)d medical teams"),
    "request": Np_("%(num)d request", "%(num)d requests"),
    "aggregate": Np_("%(num)d aggregate claim", "%(num)d aggregate claims"),
}


class Words:
    """The ledger's identifiers in one language (``gettext``/``ngettext`` of that language's catalogue)."""

    def __init__(self, gettext: Callable[[str], str], ngettext: Callable[[str, str, int], str]) -> None:
        self._ = gettext
        self._n = ngettext
        self._labels: dict[str, str] = {}  # item_label is called per table cell; labels are few

    def facts(self, n: int) -> str:
        """``3 facts`` / ``3 项事实`` (plain ``ngettext``: cheaper than the template's in long tables)."""
        return self._n("%(num)d fact", "%(num)d facts", n) % {"num": n}

    def type(self, t: str) -> str:
        return self._(TYPES[t]) if t in TYPES else str(t)

    def item(self, i: str) -> str:
        return self._(ITEMS[i]) if i in ITEMS else str(i).replace("_", " ")

    def unit(self, u: str | None) -> str:
        if not u:
            return ""
        return self._(UNITS[u]) if UNITS.get(u) else ("" if u == "piece" else str(u))

    def unit_name(self, u: str | None) -> str:
        """A unit in a table's unit column, where pieces are named too (``件``) rather than left blank."""
        return self._(N_("pieces")) if (u or "piece") == "piece" else self.unit(u)

    def direction(self, d: str) -> str:
        return self._(DIRECTIONS[d]) if d in DIRECTIONS else str(d)

    def precision(self, p: str) -> str:
        return self._(PRECISION[p]) if p in PRECISION else str(p)

    def level(self, lv: str | None) -> str:
        return self._(LEVELS[lv]) if lv in LEVELS else str(lv or "")

    def date(self, d: dict | None) -> str:
        """A spec date (``{"value", "qualifier"}``) in words: ``2020-03``, ``about 2020-03``, ``before 2020-04-05``."""
        v, q = (d or {}).get("value"), (d or {}).get("qualifier")
        if not v:
            return ""
        return self._(DATE_QUALIFIERS[q]) % {"date": v} if q in DATE_QUALIFIERS else v

    def record_kind(self, k: str) -> str:
        return self._(RECORD_KINDS[k]) if k in RECORD_KINDS else str(k)

    def status(self, st: str | None) -> str:
        """A record's status (``in_transit``) in words: ``in transit`` / ``运输中``."""
        return self._(RECORD_STATUSES[st]) if st in RECORD_STATUSES else str(st or "")

    def action(self, a: str) -> str:
        """A record history entry's action (``receive``) in words."""
        return self._(RECORD_ACTIONS[a]) if a in RECORD_ACTIONS else str(a)

    def role(self, r: str) -> str:
        return self._(ROLES[r]) if r in ROLES else str(r)

    def tally(self, label: str, value: str) -> str:
        """A total with its unit after the figure: ``protective_suit (set)``, ``500`` -> ``防护服: 500 套``."""
        item, unit = label, None
        if label.endswith(")") and " (" in label:
            item, unit = label[:-1].split(" (", 1)
        u = self.unit(unit)
        return self._("%(item)s: %(amount)s") % {"item": self.item(item), "amount": f"{value} {u}" if u else value}

    def record_field(self, name: str) -> str:
        """A record's stored field (``waybill``) by its form label."""
        return self._(RECORD_FIELDS[name]) if name in RECORD_FIELDS else name

    def field(self, label: str) -> str:
        """A form field's label (``office_routes.FIELDS``, marked there with ``N_``)."""
        return self._(label)

    def counted(self, t: str, n: int) -> str:
        one, many = COUNTED.get(t, Np_("%(num)d fact", "%(num)d facts"))
        return self._n(one, many, n) % {"num": n}

    def item_label(self, label: str) -> str:
        """A report tally's label, ``mask`` or ``protective_suit (set)``, in words."""
        got = self._labels.get(label)
        if got is None:
            got = self._labels[label] = self._item_label(label)
        return got

    def _item_label(self, label: str) -> str:
        if label.endswith(")") and " (" in label:
            item, unit = label[:-1].split(" (", 1)
            u = self.unit(unit)
            return f"{self.item(item)} ({u})" if u else self.item(item)
        return self.item(label)
