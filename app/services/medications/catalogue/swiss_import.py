"""Importer for a simple Swiss product list (CSV: product, GTIN, ATC).

Format:

* UTF-8 (a BOM is tolerated; Windows-1252 is accepted as a fallback).
* Separator ``;`` (the default) or ``,`` - detected from the header line.
* A header line is required. Accepted column names (case-insensitive, order free):

  - product: ``product``, ``name``, ``produkt``, ``bezeichnung``, ``designation``, ``préparation``
  - GTIN: ``gtin``, ``ean``, ``ean13``, ``gtin13``
  - ATC: ``atc``, ``atc_code``, ``atc-code``, ``atccode``

* GTIN must be 13 digits with a valid GS1 check digit.
* ATC must be a full level-5 code (``^[A-Z]\\d{2}[A-Z]{2}\\d{2}$``). An empty ATC
  is allowed and imported as ``None``. Shorter valid prefixes (levels 1-4, e.g.
  ``C09D`` for a combination product classified only at group level) are
  accepted only with ``allow_atc_prefix=True``.

All-or-nothing: the first bad line raises ``CatalogueImportError`` naming file,
line, field and problem, and nothing is returned.
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from app.services.medications.catalogue.drug_catalogue import (
    CatalogueImportError,
    Product,
    is_valid_atc,
    is_valid_gtin13,
)
from app.services.medications.catalogue.import_text import read_text_lines

HEADER_ALIASES = {
    "product": {"product", "name", "produkt", "bezeichnung", "designation", "preparation"},
    "gtin": {"gtin", "ean", "ean13", "gtin13"},
    "atc": {"atc", "atc_code", "atc-code", "atccode"},
}


@dataclass(frozen=True, slots=True)
class SwissProduct:
    """One row of a Swiss product list."""

    product: str
    gtin: str
    atc: str | None


def _norm_header(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.strip().strip('"')).encode("ascii", "ignore").decode()
    return text.casefold().replace(" ", "")


def _map_header(path: Path, header: list[str]) -> dict[str, int]:
    positions: dict[str, int] = {}
    for index, raw in enumerate(header):
        key = _norm_header(raw)
        for field, aliases in HEADER_ALIASES.items():
            if key in aliases:
                if field in positions:
                    raise CatalogueImportError("medications.import_column_twice", path, 1, field, header=raw)
                positions[field] = index
    for field in HEADER_ALIASES:
        if field not in positions:
            raise CatalogueImportError("medications.import_column_missing", path, 1, field)
    return positions


def parse_swiss_csv(path: Path, *, allow_atc_prefix: bool = False) -> list[SwissProduct]:
    """Parse a Swiss ``product;gtin;atc`` file and return its rows in file order."""
    path = Path(path)
    lines = read_text_lines(path)
    delimiter = ";" if lines[0].count(";") >= lines[0].count(",") else ","
    reader = csv.reader(lines, delimiter=delimiter)
    positions = _map_header(path, next(reader))
    width = max(positions.values()) + 1
    result: list[SwissProduct] = []
    for line_no, fields in enumerate(reader, start=2):
        if not any(f.strip() for f in fields):
            continue
        if len(fields) < width:
            missing = min((f for f, i in positions.items() if i >= len(fields)), key=positions.get)
            raise CatalogueImportError("medications.import_truncated", path, line_no, missing, found=len(fields),
                                       expected=width)
        product = fields[positions["product"]].strip()
        gtin = fields[positions["gtin"]].strip()
        atc = fields[positions["atc"]].strip().upper()
        if not product:
            raise CatalogueImportError("medications.import_empty_value", path, line_no, "product")
        if not is_valid_gtin13(gtin):
            raise CatalogueImportError("medications.import_bad_gtin", path, line_no, "gtin", value=gtin)
        if atc and not is_valid_atc(atc, allow_prefix=allow_atc_prefix):
            raise CatalogueImportError("medications.import_bad_atc", path, line_no, "atc", value=atc)
        result.append(SwissProduct(product=product, gtin=gtin, atc=atc or None))
    return result


def swiss_to_products(rows: list[SwissProduct]) -> list[Product]:
    """Convert imported Swiss rows to catalogue ``Product`` rows for the search index."""
    return [Product(name=r.product, atc=r.atc, country="CH", source="Swiss list (user import)")
            for r in rows]
