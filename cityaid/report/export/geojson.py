"""GeoJSON (RFC 7946) of the ledger's places and flows, for QGIS, kepler.gl, geopandas or a web map.

* Places are ``Point`` features at the coordinates the web map uses
  (``cityaid.web.geo``: their own, else their parent's); a place only known
  by its country has ``"geometry": null`` (allowed by RFC 7946 §3.2) and says
  so in ``precision``.
* Flows (giver -> receiver, per type, with their fact count) are lines along
  the *shorter great circle*, sampled every few degrees, so a flow between
  California and China crosses the Pacific.  A line crossing the antimeridian
  is cut there into a ``MultiLineString`` (RFC 7946 §3.1.9), so no tool draws
  it the long way round.
* Coordinates are [longitude, latitude] in WGS 84, rounded to 5 decimals
  (about a metre; RFC 7946 §11.2).
"""
from __future__ import annotations

import json
import math
from typing import IO, Iterator

from cityaid.ledger import web_queries as wq

from ..names import names

STEPS_DEG = 3.0  # one vertex every ~3 degrees of arc


def great_circle(a: tuple[float, float], b: tuple[float, float], step_deg: float = STEPS_DEG) -> list[list[float]]:
    """Points [lon, lat] from ``a`` to ``b`` (both (lon, lat)) along the shorter great circle."""
    lon1, lat1, lon2, lat2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    d = 2 * math.asin(math.sqrt(math.sin((lat2 - lat1) / 2) ** 2
                                + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2))
    if d == 0:
        return [[a[0], a[1]], [b[0], b[1]]]
    n = max(1, int(math.ceil(math.degrees(d) / step_deg)))
    out = []
    for i in range(n + 1):
        t = i / n
        s1, s2 = math.sin((1 - t) * d) / math.sin(d), math.sin(t * d) / math.sin(d)
        x = s1 * math.cos(lat1) * math.cos(lon1) + s2 * math.cos(lat2) * math.cos(lon2)
        y = s1 * math.cos(lat1) * math.sin(lon1) + s2 * math.cos(lat2) * math.sin(lon2)
        z = s1 * math.sin(lat1) + s2 * math.sin(lat2)
        out.append([math.degrees(math.atan2(y, x)), math.degrees(math.atan2(z, math.hypot(x, y)))])
    out[0], out[-1] = [a[0], a[1]], [b[0], b[1]]
    return out


def split_antimeridian(points: list[list[float]]) -> list[list[list[float]]]:
    """``points`` cut where they cross longitude ±180 (each piece keeps to one side)."""
    parts, cur = [], [points[0]]
    for p, q in zip(points, points[1:]):
        if abs(q[0] - p[0]) > 180:  # crossed the antimeridian between p and q
            qx = q[0] + (360 if q[0] < p[0] else -360)  # q unwrapped next to p
            edge = 180.0 if qx > 180 else -180.0
            lat = p[1] + (q[1] - p[1]) * (edge - p[0]) / (qx - p[0])
            cur.append([edge, lat])
            parts.append(cur)
            cur = [[-edge, lat]]
        cur.append(q)
    parts.append(cur)
    return parts


def _r(points: list[list[float]]) -> list[list[float]]:
    return [[round(x, 5), round(y, 5)] for x, y in points]


def flow_geometry(a: tuple[float, float], b: tuple[float, float]) -> dict:
    parts = split_antimeridian(great_circle(a, b))
    if len(parts) == 1:
        return {"type": "LineString", "coordinates": _r(parts[0])}
    return {"type": "MultiLineString", "coordinates": [_r(p) for p in parts]}


def _where(loc: dict) -> tuple[float, float] | None:
    return (loc["lon"], loc["lat"]) if loc["lat"] is not None and loc["lon"] is not None else None


def features(ledger, f: wq.WebFilters | None = None, top: int = 100_000) -> Iterator[dict]:  # noqa: ANN001
    from cityaid.web.geo import locate  # the map's positions

    f = f or wq.WebFilters()
    flows = wq.flows(ledger, f, top=top)
    seen: dict[str, dict] = {}
    for r in wq.iter_places(ledger, f):
        seen[r["key"]] = r
    for key, r in seen.items():
        loc = locate(key)
        zh, en = names(key)
        pos = _where(loc)
        yield {"type": "Feature", "id": key,
               "geometry": {"type": "Point", "coordinates": [round(pos[0], 5), round(pos[1], 5)]} if pos else None,
               "properties": {"kind": "place", "key": key, "name_zh": zh, "name_en": en, "country": loc["country"],
                              "precision": loc["precision"], "given": r["given"], "received": r["received"]}}
    for fl in flows:
        a, b = _where(locate(fl["from"])), _where(locate(fl["to"]))
        geom = flow_geometry(a, b) if a and b and a != b else None
        yield {"type": "Feature", "geometry": geom,
               "properties": {"kind": "flow", "from": fl["from"], "to": fl["to"], "type": fl["type"],
                              "facts": fl["facts"], "from_zh": names(fl["from"])[0], "from_en": names(fl["from"])[1],
                              "to_zh": names(fl["to"])[0], "to_en": names(fl["to"])[1]}}


def geojson_chunks(ledger, f: wq.WebFilters | None = None) -> Iterator[str]:  # noqa: ANN001
    yield '{"type":"FeatureCollection","features":['
    first = True
    for feat in features(ledger, f):
        yield ("" if first else ",\n") + json.dumps(feat, ensure_ascii=False, separators=(",", ":"))
        first = False
    yield "]}\n"


def write_geojson(ledger, out: IO[str], f: wq.WebFilters | None = None) -> int:  # noqa: ANN001
    """The FeatureCollection into ``out``; returns the number of features."""
    n = 0
    for chunk in geojson_chunks(ledger, f):
        out.write(chunk)
        n += 1
    return n - 2
