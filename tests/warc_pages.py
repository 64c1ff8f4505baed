"""A small web crawl for the WARC and Spark tests: aid reports in Chinese and English, and pages about other things.

Every page here was written for these tests (no sentence is copied from a
real page or from ../shared).  ``write_warc`` stores pages as HTTP response
records with warcio, as a crawler would (a warcinfo record first, a request
record before some responses, a redirect, an image), gzipped per record or
plain.  ``benchmarks/warc_scale.py`` builds its large archive from the
same pages with the places and figures varied.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Page:
    url: str
    html: str
    charset: str = "utf-8"
    declare_in_header: bool = True  # charset in the HTTP Content-Type; else only in <meta>
    status: str = "200 OK"
    content_type: str = "text/html"

    def body(self) -> bytes:
        return self.html.encode(self.charset)


def _zh_page(title: str, date: str, paras: list[str], site: str, charset: str = "utf-8") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="{charset}"><title>{title}_{site}</title></head>
<body>
<div class="nav"><a href="/">首页</a> | <a href="/news">新闻中心</a> | <a href="/gk">政务公开</a> | <a href="/hd">互动交流</a></div>
<div class="article">
<h1>{title}</h1>
<div class="info">发布时间：{date}　来源：{site}</div>
{body}
</div>
<div class="footer">版权所有：{site}　地址：人民路1号　备案号：00000000号</div>
</body></html>"""


def _en_page(title: str, date: str, paras: list[str], site: str) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {site}</title>
<meta property="article:published_time" content="{date}T09:00:00Z"></head>
<body>
<nav><a href="/">Home</a> <a href="/city">City Hall</a> <a href="/news">News</a> <a href="/contact">Contact</a></nav>
<article>
<h1>{title}</h1>
<p class="byline">Posted {date} by the Office of International Affairs</p>
{body}
</article>
<footer>Copyright {site}. All rights reserved. Privacy policy. Terms of use.</footer>
</body></html>"""


def report_pages(city_zh: str = "无锡", partner_zh: str = "丰川", country_zh: str = "日本", masks: str = "5万",
                 city_en: str = "Wuxi", partner_en: str = "Toyokawa", masks_en: str = "50,000",
                 n: int = 0) -> list[Page]:
    """Aid reports (Chinese in UTF-8 and in GBK with its charset only in <meta>, English)."""
    return [
        Page(f"http://www.example-gov.cn/news/{n}/a1.html", _zh_page(
            f"{city_zh}市向{country_zh}友好城市{partner_zh}市捐赠防疫物资", "2020-03-12",
            [f"3月12日，{city_zh}市向友好城市{country_zh}{partner_zh}市捐赠医用口罩{masks}只、防护服2000套，"
             f"帮助对方渡过疫情难关。",
             f"{partner_zh}市市长发来感谢信，感谢{city_zh}市在困难时刻伸出援手。两市结好多年，平日往来频繁。",
             "这批物资已于当日通过航空货运发出，预计三天内运抵。"], f"{city_zh}市外事办公室")),
        Page(f"http://news.example-daily.cn/{n}/b2.shtml", _zh_page(
            f"情谊无价 {partner_zh}市收到{city_zh}捐赠的口罩", "2020-03-16",
            [f"据{city_zh}日报报道，{city_zh}市捐赠给{country_zh}{partner_zh}市的{masks}只医用口罩日前运抵。",
             f"{partner_zh}市相关负责人表示，这些口罩会先送到当地医院和养老院，并对{city_zh}市的帮助深表谢意。"],
            f"{city_zh}日报", charset="gbk"), charset="gbk", declare_in_header=False),
        Page(f"https://www.example-city.jp/en/{n}/news/masks-arrive", _en_page(
            f"{masks_en} masks arrive from sister city {city_en}", "2020-03-17",
            [f"{partner_en}, March 17, 2020 - The city of {city_en}, China, donated {masks_en} surgical masks to "
             f"{partner_en} this week to help the city fight the novel coronavirus outbreak.",
             f"The masks will go first to clinics and care homes. The mayor thanked {city_en} for its support and "
             "said the friendship between the two cities has grown over thirty years of exchanges.",
             "Residents with questions about distribution can call the city health office."], f"City of {partner_en}")),
    ]


def unrelated_pages(n: int = 0) -> list[Page]:
    """Pages a crawl holds in their thousands: none tells an aid event."""
    return [
        Page(f"http://www.example-weather.cn/{n}/today.html", _zh_page(
            "今日天气预报", "2020-03-12",
            ["今天白天多云转晴，最高气温十八摄氏度，最低气温九摄氏度，东南风三到四级。",
             "明天有小雨，请市民出门注意携带雨具，早晚温差较大，注意添加衣物。"], "气象服务中心")),
        Page(f"https://www.example-sports.com/{n}/football/league-report", _en_page(
            "Late goal settles the derby", "2020-02-02",
            ["A header in the final minute gave the home side a narrow win on Saturday in front of a full stadium.",
             "The coach praised the defence, which has not conceded at home since November, and said the squad "
             "would rest two players before the cup tie."], "Example Sports")),
        Page(f"https://www.example-kitchen.com/{n}/recipes/noodles", _en_page(
            "Hand-pulled noodles at home", "2019-11-20",
            ["Mix the flour with warm water and a pinch of salt, knead for ten minutes and let the dough rest.",
             "Stretch each piece slowly; if it tears, let it rest again. Serve with a spicy broth and spring onions."],
            "Example Kitchen")),
    ]


def _http_headers(page: Page, length: int):
    from warcio.statusandheaders import StatusAndHeaders

    ctype = page.content_type + (f"; charset={page.charset}" if page.declare_in_header else "")
    return StatusAndHeaders(page.status, [("Content-Type", ctype), ("Content-Length", str(length)),
                                          ("Server", "nginx")], protocol="HTTP/1.1")


def write_warc(path: str | Path, pages: list[Page], gzip: bool = True, extras: bool = True,
               raw: list[tuple[str, bytes]] = ()) -> Path:
    """Pages as response records (``extras``: with warcinfo, requests, a redirect and an image);
    ``raw``: ``(url, http bytes)`` records written as they are (a broken HTTP head...)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = Path(path)
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gzip)
        if extras:
            w.write_record(w.create_warcinfo_record(path.name, {"software": "cityaid tests", "format": "WARC/1.0"}))
        for i, page in enumerate(pages):
            body = page.body()
            if extras and i % 2 == 0:
                req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example")], is_http_request=True)
                w.write_record(w.create_warc_record(page.url, "request", http_headers=req))
            w.write_record(w.create_warc_record(page.url, "response", payload=io.BytesIO(body),
                                                http_headers=_http_headers(page, len(body))))
        if extras:
            moved = StatusAndHeaders("301 Moved Permanently", [("Location", "https://example.org/")],
                                     protocol="HTTP/1.1")
            w.write_record(w.create_warc_record("http://example.org/", "response", payload=io.BytesIO(b""),
                                                http_headers=moved))
            png = b"\x89PNG\r\n\x1a\n" + bytes(200)
            img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record("http://example.org/logo.png", "response",
                                                payload=io.BytesIO(png), http_headers=img))
        for url, http in raw:  # by hand: warcio would repair the HTTP head
            fh.write(raw_record(url, http, gzip))
    return path


def raw_record(url: str, http: bytes, gzip: bool) -> bytes:
    """One response record around ``http`` exactly as given."""
    import gzip as gz
    import uuid

    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            f"WARC-Target-URI: {url}\r\nWARC-Date: 2020-03-20T00:00:00Z\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    rec = head + http + b"\r\n\r\n"
    return gz.compress(rec) if gzip else rec
