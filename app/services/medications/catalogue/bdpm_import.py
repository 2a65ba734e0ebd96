"""Importer for the French public drug database (BDPM) files.

Files (tab-separated, no header, Windows-1252/Latin-1; UTF-8 is accepted too):

* ``CIS_bdpm.txt`` - 12 columns: CIS code, denomination, pharmaceutical form,
  routes (``;``-separated), AMM status, AMM procedure, commercialisation status,
  AMM date, BdM status, EU authorisation number, holder(s), reinforced
  surveillance (``Oui``/``Non``).
* ``CIS_COMPO_bdpm.txt`` - 8 columns (a trailing empty column is tolerated):
  CIS, element designation, substance code, substance denomination, dosage,
  dosage reference, nature (``SA`` active substance / ``FT`` therapeutic
  fraction), link number.
* ``CIS_CIP_bdpm.txt`` - presentations, at least 7 columns: CIS, CIP7, label,
  status, commercialisation state, declaration date, CIP13, then optional
  collectivity agreement, reimbursement rate, prices, indications.
* a ``cip13;atc`` CSV mapping (``,`` also accepted, optional header line).

Every parser is all-or-nothing: the first bad line raises
``CatalogueImportError`` naming file, line, field and problem, and nothing is
returned. Rows of the composition and presentation files whose CIS is absent
from ``CIS_bdpm.txt`` are ignored (the public files routinely contain them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from app.services.medications.catalogue.drug_catalogue import ATC_RE, CatalogueImportError, Product, is_valid_gtin13
from app.services.medications.catalogue.import_text import read_text_lines

CIS_RE = re.compile(r"^\d{8}$")
CIS_COLUMNS = ("cis", "denomination", "form", "routes", "amm_status", "amm_procedure",
               "commercialisation", "amm_date", "bdm_status", "eu_number", "holders", "surveillance")
COMPO_COLUMNS = ("cis", "element", "substance_code", "substance", "dosage", "dosage_reference",
                 "nature", "link_number")
CIP_MIN_COLUMNS = ("cis", "cip7", "label", "status", "commercialisation", "declaration_date", "cip13")


@dataclass(frozen=True, slots=True)
class BdpmComponent:
    """One line of ``CIS_COMPO_bdpm.txt``."""

    substance: str
    dosage: str
    dosage_reference: str
    nature: str
    substance_code: str
    link_number: str


@dataclass(frozen=True, slots=True)
class BdpmProduct:
    """A BDPM specialty joined with its composition, presentations and ATC."""

    cis: str
    name: str
    form: str
    routes: tuple[str, ...]
    substances: tuple[BdpmComponent, ...]
    cip13: tuple[str, ...]
    atc: str | None
    holders: str = ""
    commercialisation: str = ""
    reinforced_surveillance: bool = False


def _split(path: Path, lines: list[str], columns: tuple[str, ...], *, minimum: int | None = None):
    """Yield (line_no, fields) for non-blank lines; check the column count."""
    need = minimum if minimum is not None else len(columns)
    for line_no, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        fields = [f.strip() for f in line.split("\t")]
        if minimum is None and len(fields) == need + 1 and fields[-1] == "":
            fields = fields[:-1]  # trailing tab, common in the public files
        if len(fields) < need:
            raise CatalogueImportError("medications.import_truncated", path, line_no,
                                       columns[len(fields)] if len(fields) < len(columns) else columns[-1],
                                       found=len(fields), expected=need)
        if minimum is None and len(fields) > need:
            raise CatalogueImportError("medications.import_too_many_columns", path, line_no, columns[-1],
                                       found=len(fields), expected=need)
        yield line_no, fields


def _check_cis(path: Path, line_no: int, cis: str) -> None:
    if not CIS_RE.match(cis):
        raise CatalogueImportError("medications.import_bad_cis", path, line_no, "cis", value=cis)


def parse_cis_bdpm(path: Path) -> dict[str, dict[str, str]]:
    """Parse ``CIS_bdpm.txt`` into ``{cis: {column: value}}``."""
    path = Path(path)
    result: dict[str, dict[str, str]] = {}
    for line_no, fields in _split(path, read_text_lines(path), CIS_COLUMNS):
        row = dict(zip(CIS_COLUMNS, fields))
        _check_cis(path, line_no, row["cis"])
        if not row["denomination"]:
            raise CatalogueImportError("medications.import_empty_value", path, line_no, "denomination")
        if row["surveillance"] not in ("Oui", "Non"):
            raise CatalogueImportError("medications.import_not_one_of", path, line_no, "surveillance",
                                       value=row["surveillance"], allowed=("Oui", "Non"))
        if row["cis"] in result:
            raise CatalogueImportError("medications.import_duplicate", path, line_no, "cis", value=row["cis"])
        result[row["cis"]] = row
    return result


def parse_cis_compo(path: Path) -> dict[str, list[BdpmComponent]]:
    """Parse ``CIS_COMPO_bdpm.txt`` into ``{cis: [components]}``."""
    path = Path(path)
    result: dict[str, list[BdpmComponent]] = {}
    for line_no, fields in _split(path, read_text_lines(path), COMPO_COLUMNS):
        row = dict(zip(COMPO_COLUMNS, fields))
        _check_cis(path, line_no, row["cis"])
        if row["nature"] not in ("SA", "FT"):
            raise CatalogueImportError("medications.import_not_one_of", path, line_no, "nature", value=row["nature"],
                                       allowed=("SA", "FT"))
        if not row["substance"]:
            raise CatalogueImportError("medications.import_empty_value", path, line_no, "substance")
        result.setdefault(row["cis"], []).append(BdpmComponent(
            row["substance"], row["dosage"], row["dosage_reference"], row["nature"],
            row["substance_code"], row["link_number"]))
    return result


def parse_cis_cip(path: Path) -> dict[str, list[str]]:
    """Parse ``CIS_CIP_bdpm.txt`` into ``{cis: [cip13, ...]}`` (CIP13 check digit verified)."""
    path = Path(path)
    result: dict[str, list[str]] = {}
    for line_no, fields in _split(path, read_text_lines(path), CIP_MIN_COLUMNS, minimum=len(CIP_MIN_COLUMNS)):
        row = dict(zip(CIP_MIN_COLUMNS, fields))
        _check_cis(path, line_no, row["cis"])
        if not is_valid_gtin13(row["cip13"]):
            raise CatalogueImportError("medications.import_bad_gtin", path, line_no, "cip13", value=row["cip13"])
        result.setdefault(row["cis"], []).append(row["cip13"])
    return result


def parse_cip_atc(path: Path) -> dict[str, str]:
    """Parse a ``cip13;atc`` mapping (``,`` accepted; a header line is skipped)."""
    path = Path(path)
    result: dict[str, str] = {}
    for line_no, line in enumerate(read_text_lines(path), start=1):
        if not line.strip():
            continue
        sep = ";" if ";" in line else ","
        fields = [f.strip().strip('"') for f in line.split(sep)]
        if line_no == 1 and "cip" in fields[0].lower():
            continue
        if len(fields) < 2:
            raise CatalogueImportError("medications.import_truncated", path, line_no, "atc", found=len(fields),
                                       expected=2)
        cip13, atc = fields[0], fields[1].upper()
        if not is_valid_gtin13(cip13):
            raise CatalogueImportError("medications.import_bad_gtin", path, line_no, "cip13", value=cip13)
        if not ATC_RE.match(atc):
            raise CatalogueImportError("medications.import_bad_atc", path, line_no, "atc", value=atc)
        result[cip13] = atc
    return result


def import_bdpm(cis_path: Path, compo_path: Path, cip_path: Path, atc_map_path: Path) -> list[BdpmProduct]:
    """Import the BDPM files and return one ``BdpmProduct`` per CIS, sorted by name.

    The ATC comes from the first presentation (CIP13) found in the mapping;
    products without any mapped CIP13 are kept with ``atc=None``.
    """
    specialties = parse_cis_bdpm(cis_path)
    compositions = parse_cis_compo(compo_path)
    presentations = parse_cis_cip(cip_path)
    atc_by_cip = parse_cip_atc(atc_map_path)
    products = []
    for cis, row in specialties.items():
        cips = tuple(presentations.get(cis, ()))
        atc = next((atc_by_cip[c] for c in cips if c in atc_by_cip), None)
        products.append(BdpmProduct(
            cis=cis, name=row["denomination"], form=row["form"],
            routes=tuple(r.strip() for r in row["routes"].split(";") if r.strip()),
            substances=tuple(compositions.get(cis, ())), cip13=cips, atc=atc,
            holders=row["holders"], commercialisation=row["commercialisation"],
            reinforced_surveillance=row["surveillance"] == "Oui"))
    return sorted(products, key=lambda p: (p.name.casefold(), p.cis))


def bdpm_to_products(rows: list[BdpmProduct]) -> list[Product]:
    """Convert imported BDPM rows to catalogue ``Product`` rows for the search index."""
    return [Product(name=r.name, atc=r.atc, country="FR", form=r.form, strength="",
                    source="BDPM (user import)", edition="") for r in rows]
