"""The office story the tests tell: Mannheim asks Zhenjiang for masks; 20,000 pledged, sent, 18,000 arrive."""
from __future__ import annotations

import hashlib

from cityaid.model import Document, Event

POEM = "山川异域，风月同天"
PASSWORD = "correct horse battery"


def press_doc(doc_id: str, quantity: int, date: str = "2020-03-10", source: str = "press") -> tuple:
    """A press report of Zhenjiang's mask gift to Mannheim (figures as the paper printed them)."""
    text = f"镇江市向德国曼海姆市捐赠{quantity}只口罩。"
    doc = Document(doc_id=doc_id, text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(),
                   source=source, published=date)
    ev = Event.model_validate({
        "type": "donation",
        "from": [{"key": "CN/Zhenjiang", "name": "镇江市", "level": "city"}],
        "to": [{"key": "DE/Mannheim", "name": "曼海姆市", "level": "city"}],
        "date": {"value": date, "qualifier": "on"},
        "items": [{"item": "mask", "quantity": quantity, "unit": "piece"}],
        "evidence": text, "evidence_span": [0, len(text)],
    })
    return doc, None, [ev]


def run_story(office, editor, partner_editor=None) -> dict:
    """Request -> pledge -> shipment -> partial receipt -> acknowledgement; returns the records."""
    req = office.create(editor, "request", {"from": "曼海姆", "to": "镇江", "date": "2020-03-05",
                                            "lines": [{"item": "口罩", "quantity": 20000, "unit": "piece"}],
                                            "note": "our hospital will run out of masks"})
    pledge = office.create(editor, "pledge", {"request_id": req.id, "date": "2020-03-06",
                                              "lines": [{"item": "mask", "quantity": 20000, "unit": "piece"}]})
    ship = office.create(editor, "shipment", {"pledge_id": pledge.id, "date": "2020-03-10", "waybill": "SF1234567",
                                              "carrier": "SF Express", "route": "Zhenjiang-Frankfurt-Mannheim",
                                              "inscription": POEM,
                                              "lines": [{"item": "mask", "sent": 20000, "unit": "piece"}]})
    office.act(editor, ship.id, "status", {"status": "in_transit"})
    ship = office.act(editor, ship.id, "receive", {"lines": [{"item": "mask", "received": 18000}]},
                      why="2,000 held at customs")
    ack = office.create(editor, "acknowledgement", {"shipment_id": ship.id, "date": "2020-03-20",
                                                    "medium": "letter", "text": "Thank you, dear friends."})
    meeting = office.create(editor, "meeting", {"parties": ["曼海姆"], "date": "2020-03-25",
                                                "topics": ["home isolation"], "participants": ["Dr. A", "Dr. B"],
                                                "minutes": "shared guidance on home isolation"})
    return {"request": req, "pledge": pledge, "shipment": ship, "ack": ack, "meeting": meeting}
