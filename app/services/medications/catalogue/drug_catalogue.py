"""Shipped drug catalogue: substances (ATC + INN in FR/DE/EN) and common brand names.

Pure Python, no Qt, no database. The CSV files live in ``resources/catalogue/``;
see ``resources/catalogue/README.md`` for sources, licence notes and edition.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from app.resources import resource_dir
from app.services.errors import CordeeError

#: A complete (level 5) WHO ATC code, e.g. ``B01AA03``.
ATC_RE = re.compile(r"^[A-Z]\d{2}[A-Z]{2}\d{2}$")
#: Valid shorter ATC prefixes (levels 1 to 4): ``B``, ``B01``, ``B01A``, ``B01AA``.
ATC_PREFIX_RE = re.compile(r"^[A-Z](\d{2}([A-Z]([A-Z])?)?)?$")

SUBSTANCE_COLUMNS = ("atc", "inn_fr", "inn_de", "inn_en", "atc_class_fr", "source", "edition")
PRODUCT_COLUMNS = ("name", "atc", "country", "form", "strength", "source", "edition")


class CatalogueImportError(CordeeError):
    """A catalogue file could not be read: the code says why; ``file``, ``line`` and ``column`` say where (no line
    and no column: the whole file)."""

    def __init__(self, code: str, file: str | Path, line: int | None = None, column: str | None = None, **params):
        super().__init__(code, file=Path(file).name, line=line, column=column, **params)


@dataclass(frozen=True, slots=True)
class Substance:
    """One active substance (or fixed combination) with its ATC code and INN names."""

    atc: str
    inn_fr: str
    inn_de: str
    inn_en: str
    atc_class_fr: str = ""
    source: str = ""
    edition: str = ""

    def name(self, lang: str = "fr") -> str:
        """Return the INN in ``lang`` (fr, de or en), falling back to French."""
        return {"fr": self.inn_fr, "de": self.inn_de, "en": self.inn_en}.get(lang, self.inn_fr)


@dataclass(frozen=True, slots=True)
class Product:
    """A marketed product (brand name) mapped to an ATC code; ``atc`` may be None."""

    name: str
    atc: str | None
    country: str = ""
    form: str = ""
    strength: str = ""
    source: str = ""
    edition: str = ""


def resources_dir() -> Path:
    """Return the ``resources`` folder, inside a PyInstaller bundle when frozen."""
    return resource_dir()


def catalogue_dir() -> Path:
    """Return the folder holding the shipped catalogue CSV files."""
    return resources_dir() / "catalogue"


def is_valid_atc(code: str, *, allow_prefix: bool = False) -> bool:
    """True if ``code`` is a full ATC code (or a valid level 1-4 prefix if allowed)."""
    if ATC_RE.match(code):
        return True
    return allow_prefix and bool(ATC_PREFIX_RE.match(code))


def gtin13_check_digit(first12: str) -> int:
    """Return the GS1 check digit for the first 12 digits of a GTIN-13/EAN-13/CIP13."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return (10 - total % 10) % 10


def is_valid_gtin13(code: str) -> bool:
    """True if ``code`` is 13 digits with a correct GS1 check digit."""
    return len(code) == 13 and code.isdigit() and gtin13_check_digit(code[:12]) == int(code[12])


def _read_rows(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    text = path.read_text(encoding="utf-8-sig")
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in columns if c not in (reader.fieldnames or [])]
    if missing:
        raise CatalogueImportError("medications.import_column_missing", path, 1, missing[0])
    rows = []
    for line_no, row in enumerate(reader, start=2):
        for col in columns:
            if row.get(col) is None:
                raise CatalogueImportError("medications.import_value_missing", path, line_no, col)
        rows.append({c: row[c].strip() for c in columns})
    return rows


def load_substances(path: Path | None = None) -> list[Substance]:
    """Load the shipped substance list (``substances.csv``)."""
    path = path or catalogue_dir() / "substances.csv"
    result = []
    for line_no, row in enumerate(_read_rows(path, SUBSTANCE_COLUMNS), start=2):
        if not ATC_RE.match(row["atc"]):
            raise CatalogueImportError("medications.import_bad_atc", path, line_no, "atc", value=row["atc"])
        result.append(Substance(**row))
    return result


def load_products(path: Path | None = None) -> list[Product]:
    """Load the shipped brand-name list (``products.csv``)."""
    path = path or catalogue_dir() / "products.csv"
    result = []
    for line_no, row in enumerate(_read_rows(path, PRODUCT_COLUMNS), start=2):
        if not ATC_RE.match(row["atc"]):
            raise CatalogueImportError("medications.import_bad_atc", path, line_no, "atc", value=row["atc"])
        result.append(Product(**row))
    return result
