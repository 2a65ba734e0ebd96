"""Importing a BDPM folder or a Swiss product list into the practice's drug catalogue: a preview of what changes
(added, changed, unchanged), then the import on confirmation (one unit of work, audited). A file with a bad line
is refused whole (the error names file, line and column) and nothing is stored.

The imported products are rows of the practice's database (``catalogue_product``), keyed by source and code (CIS
for the BDPM, GTIN for the Swiss list): a later import of the same source updates them in place. The catalogue
search (``search_catalogue``) reads them with the shipped lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, func, select

from app.models.base import utcnow
from app.models.catalogue import CatalogueProduct
from app.services.kernel.context import ServiceContext
from app.services.medications.catalogue import bdpm_import, swiss_import
from app.services.medications.catalogue import search as catalogue_search
from app.services.medications.catalogue.drug_catalogue import CatalogueImportError, Product
from app.services.security.access import require

SOURCES = ("bdpm", "swiss")
BDPM_FILES = ("CIS_bdpm.txt", "CIS_COMPO_bdpm.txt", "CIS_CIP_bdpm.txt")
TOPIC = "catalogue.imported"
LABELS = {"bdpm": "BDPM (user import)", "swiss": "Swiss list (user import)"}


@dataclass(frozen=True)
class ImportRow:
    """One product as a source file gives it."""

    code: str
    name: str
    atc: str | None
    country: str
    form: str = ""


@dataclass(frozen=True)
class ImportPreview:
    """What importing the file would change (``changed``: same code, another name, ATC or form)."""

    source: str
    path: str
    rows: int
    added: int
    changed: int
    unchanged: int
    without_atc: int
    examples_added: tuple[str, ...] = ()
    examples_changed: tuple[str, ...] = ()


def bdpm_atc_file(folder: Path) -> Path:
    """The ``cip13;atc`` mapping of a BDPM folder: the one file whose name holds "atc" (.csv or .txt)."""
    found = sorted(p for p in folder.iterdir() if p.is_file() and "atc" in p.name.lower()
                   and p.suffix.lower() in (".csv", ".txt"))
    if not found:
        raise CatalogueImportError("medications.import_no_atc_map", folder / "cip_atc.csv")
    if len(found) > 1:
        raise CatalogueImportError("medications.import_atc_maps", folder / "cip_atc.csv", count=len(found))
    return found[0]


def read_source(source: str, path: str | Path) -> list[ImportRow]:
    """The products of a BDPM folder or a Swiss file (CatalogueImportError on the first bad line)."""
    path = Path(path)
    if source == "bdpm":
        if not path.is_dir():
            raise CatalogueImportError("medications.import_not_a_folder", path)
        for name in BDPM_FILES:
            if not (path / name).is_file():
                raise CatalogueImportError("medications.import_file_missing", path / name, folder=str(path))
        products = bdpm_import.import_bdpm(*(path / n for n in BDPM_FILES), bdpm_atc_file(path))
        return [ImportRow(p.cis, p.name[:400], p.atc, "FR", p.form[:200]) for p in products]
    if source == "swiss":
        if path.is_dir():
            raise CatalogueImportError("medications.import_is_a_folder", path)
        rows, seen = [], set()
        for row in swiss_import.parse_swiss_csv(path):
            if row.gtin in seen:
                continue   # the same pack twice: the first line wins
            seen.add(row.gtin)
            rows.append(ImportRow(row.gtin, row.product[:400], row.atc, "CH"))
        return rows
    raise ValueError(f"unknown catalogue source {source!r}")


def _compare(session: Session, source: str, rows: list[ImportRow]) -> tuple[list, list, int]:
    stored = {p.code: p for p in session.exec(select(CatalogueProduct).where(CatalogueProduct.source == source))}
    added, changed, unchanged = [], [], 0
    for row in rows:
        old = stored.get(row.code)
        if old is None:
            added.append(row)
        elif (old.name, old.atc, old.form) != (row.name, row.atc, row.form):
            changed.append(row)
        else:
            unchanged += 1
    return added, changed, unchanged


def _preview(source: str, path, rows, added, changed, unchanged) -> ImportPreview:
    return ImportPreview(source, str(path), len(rows), len(added), len(changed), unchanged,
                         sum(1 for r in rows if r.atc is None), tuple(r.name for r in added[:5]),
                         tuple(r.name for r in changed[:5]))


def preview_import(ctx: ServiceContext, source: str, path: str | Path) -> ImportPreview:
    """Read the file and say what importing it would change (nothing stored)."""
    require(ctx, "catalogue.import")
    rows = read_source(source, path)
    with ctx.reading() as session:
        added, changed, unchanged = _compare(session, source, rows)
    return _preview(source, path, rows, added, changed, unchanged)


def import_catalogue(ctx: ServiceContext, source: str, path: str | Path) -> ImportPreview:
    """Import the file into the practice's catalogue (all or nothing), audited; returns what changed."""
    require(ctx, "catalogue.import")
    rows = read_source(source, path)
    with ctx.transaction() as session:
        added, changed, unchanged = _compare(session, source, rows)
        stored = {p.code: p for p in session.exec(select(CatalogueProduct).where(
            CatalogueProduct.source == source, CatalogueProduct.code.in_([r.code for r in changed])))} \
            if changed else {}
        now = utcnow()
        for row in added:
            session.add(CatalogueProduct(source=source, code=row.code, name=row.name, atc=row.atc,
                                         country=row.country, form=row.form, imported_at=now))
        for row in changed:
            product = stored[row.code]
            product.name, product.atc, product.form, product.imported_at = row.name, row.atc, row.form, now
            session.add(product)
        result = _preview(source, path, rows, added, changed, unchanged)
        ctx.audit(session, "catalogue.import", entity_type="catalogue_product",
                  detail=f"{source} import of {Path(path).name}: {result.added} added, {result.changed} changed, "
                         f"{result.unchanged} unchanged"[:1000])
        ctx.announce(TOPIC, source=source, added=result.added, changed=result.changed)
    return result


# -- the search over the shipped lists and the imported products ------------------------------------------------
_INDEX: dict[str, tuple[tuple, catalogue_search.CatalogueIndex]] = {}


def catalogue_index(ctx: ServiceContext) -> catalogue_search.CatalogueIndex:
    """The search index of the shipped catalogue plus the practice's imported products (rebuilt after an import)."""
    with ctx.reading() as session:
        stamp = tuple(session.exec(select(func.count(CatalogueProduct.id), func.max(CatalogueProduct.imported_at))).one())
        key = ctx.db.db_uuid
        hit = _INDEX.get(key)
        if hit is not None and hit[0] == stamp:
            return hit[1]
        if not stamp[0]:
            index = catalogue_search.default_index()
        else:
            products = [Product(name=p.name, atc=p.atc, country=p.country, form=p.form, source=LABELS[p.source])
                        for p in session.exec(select(CatalogueProduct).where(CatalogueProduct.atc.is_not(None)))]
            index = catalogue_search.build_index(extra_products=products)
    _INDEX[key] = (stamp, index)
    return index


def search_catalogue(ctx: ServiceContext, query: str, lang: str = "fr", limit: int = 20):
    """Search-as-you-type over the practice's catalogue (no audit: reference data, no patient)."""
    return catalogue_index(ctx).search(query, lang=lang, limit=limit)
