"""One report written for the review tests, and the events an extractor could read from it (built by hand)."""
from __future__ import annotations

import hashlib

from cityaid.model import Document, Event

DOC_ID = "taizhou_daily.txt"
TEXT = """泰州日报 2020年4月8日

本市向友好城市德国奥格斯堡市捐赠的6万只医用口罩和2000套防护服于4月3日运抵奥格斯堡。
4月6日，奥格斯堡市市长致信本市市长，对泰州的援助表示衷心感谢。
4月7日，本市卫生部门与日本熊本市专家举行视频会议，分享新冠肺炎防控经验。
此前，韩国清州市于2月10日向本市捐赠了1万只口罩。
本市还计划向意大利帕多瓦市提供防护物资。
"""
TZ = {"key": "CN/Taizhou", "name": "本市", "level": "city"}
AUG = {"key": "DE/Augsburg", "name": "奥格斯堡市", "level": "city"}
KUM = {"key": "JP/Kumamoto", "name": "熊本市", "level": "city"}
CJ = {"key": "KR/Cheongju", "name": "清州市", "level": "city"}
PAD = {"key": "IT/Padua", "name": "帕多瓦市", "level": "city"}

# (type, from, to, date, items, evidence)
READINGS = [
    ("donation", [TZ], [AUG], "2020-04-03", [("medical_mask", 60000, "piece"), ("protective_suit", 2000, "set")],
     "本市向友好城市德国奥格斯堡市捐赠的6万只医用口罩和2000套防护服于4月3日运抵奥格斯堡"),
    ("message", [AUG], [TZ], "2020-04-06", [], "4月6日，奥格斯堡市市长致信本市市长，对泰州的援助表示衷心感谢"),
    ("consultation", [TZ], [KUM], "2020-04-07", [], "4月7日，本市卫生部门与日本熊本市专家举行视频会议，分享新冠肺炎防控经验"),
    ("donation", [TZ], [PAD], None, [("supplies", None, None)], "本市还计划向意大利帕多瓦市提供防护物资"),
]
MISSED = "此前，韩国清州市于2月10日向本市捐赠了1万只口罩"  # no reading: a person adds it


def story_document(text: str = TEXT) -> Document:
    return Document(doc_id=DOC_ID, text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(),
                    published="2020-04-08", source="泰州日报")


def event(type, frm, to, date, items, evidence, text: str = TEXT) -> Event:  # noqa: A002
    start = text.index(evidence)
    return Event.model_validate({
        "type": type, "from": frm, "to": to, "date": {"value": date, "qualifier": "on"} if date else None,
        "items": [{"item": i, "quantity": q, "unit": u} for i, q, u in items], "money": [],
        "evidence": evidence, "evidence_span": [start, start + len(evidence)]})


def story_events(text: str = TEXT, readings=READINGS) -> list[Event]:
    return [event(*r, text=text) for r in readings]
