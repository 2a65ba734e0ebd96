"""Importing a BDPM folder or a Swiss list into the practice's catalogue: the preview counts added, changed and
unchanged products; the import stores them (audited) and feeds the search; a bad line refuses the whole file,
naming file and line, and nothing is stored; only pharmacists and administrators import."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlmodel import select

from app.models.audit import AuditEvent
from app.models.catalogue import CatalogueProduct
from app.services.errors import AccessDenied
from app.services.medications.catalogue import practice_import
from app.services.medications.catalogue.drug_catalogue import CatalogueImportError

FIX = Path(__file__).parent / "fixtures"
SWISS_OK = FIX / "swiss" / "swiss_ok.csv"


def bdpm_folder(tmp_path: Path, **replace: Path) -> Path:
    """A copy of the good BDPM fixture folder, with some files replaced."""
    folder = tmp_path / "bdpm"
    shutil.copytree(FIX / "bdpm", folder)
    for name, source in replace.items():
        shutil.copy(source, folder / name)
    return folder


def stored(practice) -> dict[str, CatalogueProduct]:
    with practice.db.session() as s:
        return {f"{p.source}:{p.code}": p for p in s.exec(select(CatalogueProduct)).all()}


def test_swiss_preview_import_then_changed_and_unchanged(practice, tmp_path):
    ph = practice.ctx["pharmacist"]
    first = practice_import.preview_import(ph, "swiss", SWISS_OK)
    assert (first.rows, first.added, first.changed, first.unchanged, first.without_atc) == (4, 4, 0, 0, 1)
    assert stored(practice) == {}, "a preview stores nothing"
    done = practice_import.import_catalogue(ph, "swiss", SWISS_OK)
    assert (done.added, done.changed) == (4, 0)
    rows = stored(practice)
    assert rows["swiss:7680654321022"].atc == "M01AE01" and rows["swiss:7680123456033"].atc is None
    newer = tmp_path / "swiss_new.csv"
    newer.write_text(SWISS_OK.read_text(encoding="utf-8").replace("Marcoumar 3 mg", "Marcoumar 3 mg Tabletten")
                     + "Xarelto 20 mg;7680111111111;B01AF01\n", encoding="utf-8")
    again = practice_import.preview_import(ph, "swiss", newer)
    assert (again.added, again.changed, again.unchanged) == (1, 1, 3)
    assert again.examples_changed == ("Marcoumar 3 mg Tabletten",)
    practice_import.import_catalogue(practice.ctx["admin"], "swiss", newer)
    assert stored(practice)["swiss:7680998877049"].name == "Marcoumar 3 mg Tabletten" and len(stored(practice)) == 5
    with practice.db.session() as s:
        events = s.exec(select(AuditEvent).where(AuditEvent.action == "catalogue.import")).all()
    assert [e.detail for e in events] == ["swiss import of swiss_ok.csv: 4 added, 0 changed, 0 unchanged",
                                          "swiss import of swiss_new.csv: 1 added, 1 changed, 3 unchanged"]


def test_imported_products_are_found_by_the_practice_search(practice):
    ph = practice.ctx["pharmacist"]
    assert not [r for r in practice_import.search_catalogue(ph, "Marcoumar 3") if "Marcoumar 3 mg" in r.product_names]
    practice_import.import_catalogue(ph, "swiss", SWISS_OK)
    hits = practice_import.search_catalogue(ph, "Marcoumar 3")
    assert any(r.atc == "B01AA04" for r in hits)


def test_bdpm_folder_import(practice, tmp_path):
    ph = practice.ctx["pharmacist"]
    folder = bdpm_folder(tmp_path)
    preview = practice_import.preview_import(ph, "bdpm", folder)
    assert (preview.rows, preview.added, preview.without_atc) == (4, 4, 1)
    practice_import.import_catalogue(ph, "bdpm", folder)
    rows = stored(practice)
    assert rows["bdpm:60000001"].name == "DOLIPRANE 1000 mg, comprimé" and rows["bdpm:60000001"].atc == "N02BE01"
    assert rows["bdpm:60000001"].country == "FR" and rows["bdpm:60000001"].form == "comprimé"
    assert practice_import.preview_import(ph, "bdpm", folder).unchanged == 4


@pytest.mark.parametrize("name, broken, code, line", [
    ("CIS_bdpm.txt", "CIS_bdpm_bad_cis.txt", "medications.import_bad_cis", None),
    ("CIS_COMPO_bdpm.txt", "CIS_COMPO_bad_nature.txt", "medications.import_not_one_of", None),
    ("CIS_CIP_bdpm.txt", "CIS_CIP_bad_cip13.txt", "medications.import_bad_gtin", None),
    ("cip_atc.csv", "cip_atc_bad_atc.csv", "medications.import_bad_atc", None),
])
def test_a_bad_bdpm_line_refuses_the_folder_and_stores_nothing(practice, tmp_path, name, broken, code, line):
    folder = bdpm_folder(tmp_path, **{name: FIX / "bdpm_errors" / broken})
    with pytest.raises(CatalogueImportError) as err:
        practice_import.import_catalogue(practice.ctx["pharmacist"], "bdpm", folder)
    assert err.value.code == code and err.value.params["file"] == name and err.value.params["line"] >= 1
    assert stored(practice) == {}


def test_a_bad_swiss_line_names_its_line_and_stores_nothing(practice):
    with pytest.raises(CatalogueImportError) as err:
        practice_import.import_catalogue(practice.ctx["pharmacist"], "swiss", FIX / "swiss" / "swiss_bad_gtin.csv")
    assert (err.value.code, err.value.params["line"], err.value.params["column"]) == (
        "medications.import_bad_gtin", 3, "gtin")
    assert stored(practice) == {}


def test_folder_without_a_file_or_without_atc_mapping(practice, tmp_path):
    folder = bdpm_folder(tmp_path)
    (folder / "cip_atc.csv").unlink()
    with pytest.raises(CatalogueImportError) as err:
        practice_import.preview_import(practice.ctx["pharmacist"], "bdpm", folder)
    assert err.value.code == "medications.import_no_atc_map"
    (folder / "CIS_CIP_bdpm.txt").unlink()
    with pytest.raises(CatalogueImportError) as err:
        practice_import.preview_import(practice.ctx["pharmacist"], "bdpm", folder)
    assert (err.value.code, err.value.params["file"]) == ("medications.import_file_missing", "CIS_CIP_bdpm.txt")
    with pytest.raises(CatalogueImportError) as err:
        practice_import.preview_import(practice.ctx["pharmacist"], "bdpm", SWISS_OK)
    assert err.value.code == "medications.import_not_a_folder"


def test_only_pharmacists_and_administrators_import(practice):
    for role in ("physician", "nurse", "medical_assistant"):
        with pytest.raises(AccessDenied):
            practice_import.import_catalogue(practice.ctx[role], "swiss", SWISS_OK)
    assert stored(practice) == {}
