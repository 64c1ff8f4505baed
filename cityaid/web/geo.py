"""Where to draw a place: its own coordinates, else its parent's, else its country's centroid.

The gazetteer has latitude/longitude for the world's cities (``cities.tsv``,
``cities_curated.tsv``) but none for Chinese divisions, provinces or
countries.  Rather than invent coordinates, a place without its own is drawn
at its parent's (``CN/Chongqing/Shapingba`` -> ``CN/Chongqing``) and, failing
that, at its country's centroid — which the browser computes from the
vendored world atlas, so the server only says which country (ISO numeric
code, the atlas's feature id).  ``precision`` tells the reader which.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

import pycountry

_FILES = ("cities.tsv", "cities_curated.tsv", "cn_divisions.tsv")


@lru_cache(maxsize=1)
def _coords() -> dict[str, tuple[float, float]]:
    out: dict[str, tuple[float, float]] = {}
    data = resources.files("cityaid") / "data"
    for name in _FILES:
        with (data / name).open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                try:
                    out[row["key"]] = (float(row["lat"]), float(row["lon"]))
                except (KeyError, TypeError, ValueError):
                    continue
    return out


@lru_cache(maxsize=512)
def _numeric(alpha2: str) -> str | None:
    c = pycountry.countries.get(alpha_2=alpha2)
    return c.numeric if c is not None else None


def country_of(key: str) -> str | None:
    head = key.split("/", 1)[0]
    return None if head in ("?", "ORG", "") else head


@lru_cache(maxsize=65536)
def locate(key: str) -> dict:
    """``{"lat", "lon", "precision": place|parent|country|none, "country", "iso_n3"}`` for an actor key."""
    country = country_of(key)
    out = {"lat": None, "lon": None, "precision": "none", "country": country,
           "iso_n3": _numeric(country) if country and len(country) == 2 else None}
    coords = _coords()
    k, precision = key, "place"
    while "/" in k:
        if k in coords:
            out["lat"], out["lon"] = coords[k]
            out["precision"] = precision
            return out
        k, precision = k.rsplit("/", 1)[0], "parent"
    if out["iso_n3"]:
        out["precision"] = "country"
    return out


def warm() -> None:
    """Load the gazetteer coordinates now (first request would otherwise pay ~0.2 s)."""
    _coords()
