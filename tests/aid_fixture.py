"""Shared fixtures: a multi-outlet set of aid reports built as Events (no extraction involved).

Eight real-world facts, each told by two or three differently worded reports
(simplified, traditional, English; rounded figures, dispatch vs arrival
dates, month-only and undated mentions), one page that prints its body twice,
and three single-report facts (a money gift between the same pair as a mask
gift, a district's gift, its city's gift).  ``AID_TRUTH`` says which fact
each report tells, so merge quality can be scored exactly.
"""
from __future__ import annotations

import hashlib

from cityaid.model import Document, Event

WX, TY = ("CN/Wuxi", "无锡市", "city"), ("JP/Toyokawa", "丰川市", "city")
TY_T, WX_T = ("JP/Toyokawa", "豐川市", "city"), ("CN/Wuxi", "無錫市", "city")
TY_E, WX_E = ("JP/Toyokawa", "Toyokawa", "city"), ("CN/Wuxi", "Wuxi", "city")
HLJ, NC = ("CN/Heilongjiang", "黑龙江省", "adm1"), ("KR/North Chungcheong", "忠清北道", "adm1")
HLJ_E, NC_E = ("CN/Heilongjiang", "Heilongjiang", "adm1"), ("KR/North Chungcheong", "North Chungcheong", "adm1")
SAKHA, SAKHA_E = ("RU/Sakha Republic", "萨哈共和国", "adm1"), ("RU/Sakha Republic", "Yakutia", "adm1")
HOK = ("JP/Hokkaido", "北海道", "adm1")


def ev(type, frm, to, date=None, q="on", items=(), money=(), evidence="", **extra) -> Event:
    def actor(a):
        return {"key": a[0], "name": a[1], "level": a[2]}

    return Event.model_validate({
        "type": type, "from": [actor(a) for a in frm], "to": [actor(a) for a in to],
        "date": {"value": date, "qualifier": q} if date else None,
        "items": [{"item": i[0], "quantity": i[1], "unit": i[2], **({"qualifier": i[3]} if len(i) > 3 else {})}
                  for i in items],
        "money": [{"amount": a, "currency": c} for a, c in money], "evidence": evidence, **extra})


# doc id -> (publisher, published, [(fact label, Event), ...])
AID_DOCS: dict[str, tuple[str, str, list[tuple[str, Event]]]] = {
    "wuxi_daily.zh.txt": ("无锡日报", "2020-03-28", [
        ("F1", ev("donation", [WX], [TY], "2020-03-06", items=[("mask", 10000, "piece", "exact")],
                  evidence="3月6日，我市向日本丰川市捐赠1万只口罩")),
        ("F2", ev("donation", [WX], [TY], "2020-03-27", items=[("mask", 20000, "piece", "exact"),
                                                             ("protective_suit", 500, "set", "exact")],
                  evidence="3月27日，第二批2万只口罩和500套防护服启程")),
        ("F3", ev("donation", [TY], [WX], "2020-02", "approx", items=[("mask", 4500, "piece", "exact")],
                  evidence="2月上旬，丰川市向我市捐赠口罩4500只")),
        ("M1", ev("donation", [TY], [WX], None, money=[(50000, "CNY")], evidence="丰川市民捐款5万元")),
    ]),
    "xinhua_wire.trad.txt": ("新華社", "2020-04-02", [
        ("F1", ev("donation", [WX_T], [TY_T], "2020-03-06", items=[("mask", 10000, "piece", "exact")],
                  evidence="3月6日，無錫市向豐川市捐贈1萬隻口罩")),
        ("F2", ev("donation", [WX_T], [TY_T], "2020-04-02", "before",
                  items=[("mask", 20000, "piece", "exact"), ("protective_suit", 500, "set", "exact")],
                  evidence="日前，無錫市第二批2萬隻口罩和500套防護服運抵豐川")),
        ("F3", ev("donation", [TY_T], [WX_T], "2020-02-04", items=[("mask", 4500, "piece", "exact")],
                  evidence="早在2月4日，豐川市就向無錫捐贈口罩4500隻")),
    ]),
    "toyokawa_news.en.txt": ("Toyokawa News", "2020-04-03", [
        ("F2", ev("donation", [WX_E], [TY_E], "2020-04-01",
                  items=[("mask", 21000, "piece", "approx"), ("protective_suit", 500, "item", "exact")],
                  evidence="About 21,000 masks and 500 gowns from Wuxi arrived on April 1")),
        ("F1", ev("donation", [WX_E], [TY_E], "2020-03-12", items=[("mask", 10000, "piece", "exact")],
                  evidence="The first 10,000 masks arrived on March 12")),
        ("F3", ev("donation", [TY_E], [WX_E], "2020-02-04", items=[("mask", 4500, "piece", "exact")],
                  evidence="Toyokawa sent 4,500 masks to Wuxi on February 4")),
    ]),
    "hlj_daily.zh.txt": ("黑龙江日报", "2020-03-28", [
        ("F4", ev("donation", [HLJ], [NC], "2020-03-06", items=[("mask", 50000, "piece", "exact")],
                  evidence="3月6日，我省向韩国忠清北道捐赠口罩5万只")),
        ("F5", ev("message", [NC], [HLJ], "2020-03-16", kind="thanks", medium="letter",
                  evidence="16日，忠清北道知事李始钟致信感谢")),
        ("F6", ev("consultation", [HLJ], [SAKHA], "2020-03-25", medium="video",
                  evidence="3月25日，我省与萨哈共和国举行视频会议")),
        ("F8", ev("aggregate", [HLJ], [SAKHA, HOK, NC], "2020-03-27", "as_of", of="donation",
                  items=[("supplies", 200000, "item", "over")], partners_count=10,
                  evidence="截至3月27日，我省已向10个国际友城捐赠防疫物资20余万件")),
        ("H3", ev("donation", [HLJ], [HOK], "2020-03-10", items=[("mask", 30000, "piece", "exact")],
                  evidence="3月10日，向北海道捐赠口罩3万只")),
    ]),
    "hlj_portal.big5.txt": ("黑龍江省政府網", "2020-03-29", [
        ("F4", ev("donation", [("CN/Heilongjiang", "黑龍江省", "adm1")], [("KR/North Chungcheong", "忠清北道", "adm1")],
                  "2020-03", "approx", items=[("mask", 50000, "piece", "exact")],
                  evidence="3月上旬，黑龍江省向忠清北道捐贈五萬只口罩")),
        ("F5", ev("message", [("KR/North Chungcheong", "忠清北道", "adm1")], [("CN/Heilongjiang", "黑龍江省", "adm1")],
                  None, kind="thanks", medium="letter", evidence="忠清北道知事來信感謝")),
        ("F6", ev("consultation", [("CN/Heilongjiang", "黑龍江省", "adm1")], [("RU/Sakha Republic", "薩哈共和國", "adm1")],
                  "2020-03-25", medium="video", evidence="3月25日，雙方舉行視頻會議")),
    ]),
    "chungbuk_news.en.txt": ("Chungbuk Ilbo", "2020-03-17", [
        ("F4", ev("donation", [HLJ_E], [NC_E], "2020-03-09", items=[("mask", 50000, "piece", "approx")],
                  evidence="About 50,000 masks from Heilongjiang arrived on March 9")),
        ("F5", ev("message", [NC_E], [HLJ_E], "2020-03-16", kind="thanks", medium="letter",
                  evidence="Governor Lee sent a letter of thanks on March 16")),
    ]),
    "yakutia_news.en.txt": ("Yakutia Today", "2020-04-03", [
        ("F6", ev("consultation", [SAKHA_E], [HLJ_E], "2020-03-25", medium="video",
                  evidence="Yakutia and Heilongjiang held a video conference on March 25")),
        ("F7", ev("donation", [HLJ_E], [SAKHA_E], "2020-04-02",
                  items=[("medical_mask", 20000, "piece", "exact"), ("protective_suit", 1000, "item", "exact")],
                  evidence="20,000 medical masks and 1,000 suits from Heilongjiang arrived on April 2")),
        ("F8", ev("aggregate", [HLJ_E], [], "2020-03-27", "as_of", of="donation",
                  items=[("supplies", 200000, "piece", "over")], partners_count=10,
                  evidence="more than 200,000 pieces to 10 partner regions as of March 27")),
    ]),
    "sakha_repeat.zh.txt": ("黑龙江新闻网", "2020-04-03", [
        ("F7", ev("donation", [HLJ], [SAKHA], "2020-04-02",
                  items=[("medical_mask", 20000, "piece", "exact"), ("protective_suit", 1000, "set", "exact")],
                  evidence="4月2日，我省捐赠的2万只医用口罩及1000套防护服运抵雅库茨克")),
        # the page prints its body twice
        ("F7", ev("donation", [HLJ], [SAKHA], "2020-04-02",
                  items=[("medical_mask", 20000, "piece", "exact"), ("protective_suit", 1000, "set", "exact")],
                  evidence="4月2日，我省捐赠的2万只医用口罩及1000套防护服运抵雅库茨克。")),
    ]),
    "chongqing_daily.zh.txt": ("重庆日报", "2020-03-20", [
        ("CQ1", ev("donation", [("CN/Chongqing/Shapingba", "沙坪坝区", "district")], [("JP/Toyokawa", "丰川市", "city")],
                   "2020-03-15", items=[("mask", 3000, "piece", "exact")], evidence="沙坪坝区捐赠口罩3000只")),
        ("CQ2", ev("donation", [("CN/Chongqing", "重庆市", "city")], [("DE/Dusseldorf", "杜塞尔多夫", "city")],
                   "2020-03-18", items=[("mask", 100000, "piece", "exact")], money=[(20000, "EUR")],
                   evidence="重庆市向杜塞尔多夫捐赠口罩10万只")),
    ]),
}

AID_FACTS_TOTAL = 12  # F1-F8, M1, H3, CQ1, CQ2


def aid_spec_events():
    """``(SpecEvent list, truth label per event)`` in a fixed order."""
    from cityaid.merge import SpecEvent

    specs, truth, n = [], [], 0
    for doc, (publisher, published, events) in AID_DOCS.items():
        for idx, (label, e) in enumerate(events):
            specs.append(SpecEvent(n, doc, idx, e.to_spec(), publisher, published))
            truth.append(label)
            n += 1
    return specs, truth


def store_aid_docs(ledger) -> None:
    for doc, (publisher, published, events) in AID_DOCS.items():
        text = "\n".join(e.evidence for _, e in events)
        ledger.store(Document(doc_id=doc, text=text, content_hash=hashlib.sha256((doc + text).encode()).hexdigest(),
                              published=published, source=publisher), None, [e for _, e in events])
