"""Exports analysts open: the ledger as XLSX, CSV with HXL hashtags, GeoJSON, spec JSON Lines, and a
Datasette metadata file — one function per format, each writing to a binary or text stream.

``cityaid export --format ...`` and the web's ``/export/...`` downloads both call these, so a file
fetched from a listing page is the file the command writes.  Tables and their columns live in
``tables``; each format only decides how to write them.
"""
from .datasette import datasette_metadata
from .geojson import write_geojson
from .hxl import write_hxl
from .tables import TABLES, Table, table_rows
from .xlsx import write_xlsx

FORMATS = ("csv", "xlsx", "hxl", "geojson", "jsonl", "datasette-metadata")

__all__ = ["FORMATS", "TABLES", "Table", "datasette_metadata", "table_rows", "write_geojson", "write_hxl",
           "write_xlsx"]
