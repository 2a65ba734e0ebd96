"""BDPM (French public drug database) importer: happy path and every error path."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.medications.catalogue.bdpm_import import (
    bdpm_to_products,
    import_bdpm,
    parse_cip_atc,
    parse_cis_bdpm,
    parse_cis_cip,
    parse_cis_compo,
)
from app.services.medications.catalogue.drug_catalogue import CatalogueImportError
from app.services.medications.catalogue.search import build_index

FIX = Path(__file__).parent / "fixtures"
OK = FIX / "bdpm"
BAD = FIX / "bdpm_errors"


def run_import(**override):
    paths = {"cis_path": OK / "CIS_bdpm.txt", "compo_path": OK / "CIS_COMPO_bdpm.txt",
             "cip_path": OK / "CIS_CIP_bdpm.txt", "atc_map_path": OK / "cip_atc.csv"}
    paths.update(override)
    return import_bdpm(**paths)


def test_fixture_is_really_windows_1252():
    raw = (OK / "CIS_bdpm.txt").read_bytes()
    assert "KARDÉGIC".encode("cp1252") in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")


def test_import_happy_path():
    products = {p.cis: p for p in run_import()}
    assert set(products) == {"60000001", "60000002", "60000003", "60000004"}
    doliprane = products["60000001"]
    assert doliprane.name == "DOLIPRANE 1000 mg, comprimé"
    assert doliprane.form == "comprimé" and doliprane.routes == ("orale",)
    assert doliprane.atc == "N02BE01" and doliprane.cip13 == ("3400930000014",)
    assert [(c.substance, c.dosage, c.nature) for c in doliprane.substances] == [("PARACÉTAMOL", "1000 mg", "SA")]
    kardegic = products["60000002"]
    assert kardegic.name.startswith("KARDÉGIC") and kardegic.atc == "B01AC06"
    assert [c.nature for c in kardegic.substances] == ["SA", "FT"]
    augmentin = products["60000003"]
    assert augmentin.cip13 == ("3400930000038", "3400950000049")
    assert augmentin.atc == "J01CR02"  # only the second presentation is in the mapping
    assert augmentin.reinforced_surveillance is True
    assert len(augmentin.substances) == 2


def test_products_without_atc_are_kept_and_flagged():
    eosine = {p.cis: p for p in run_import()}["60000004"]
    assert eosine.atc is None and eosine.cip13 == ()
    assert eosine.routes == ("cutanée", "transdermique")
    assert eosine.holders == "LABORATOIRE DE L'ŒUF"


def test_orphan_rows_are_ignored():
    assert "69999999" in parse_cis_compo(OK / "CIS_COMPO_bdpm.txt")
    assert "69999999" not in {p.cis for p in run_import()}


def test_imported_products_feed_the_search_index():
    index = build_index(extra_products=bdpm_to_products(run_import()))
    hit = next(r for r in index.search("kardegic 75") if r.kind == "product")
    assert hit.atc == "B01AC06" and hit.countries == ("FR",)
    assert index.search("creme a l eosine")[0].atc is None


def test_parse_cip_atc_accepts_comma_and_no_header(tmp_path):
    path = tmp_path / "map.csv"
    path.write_text("3400930000014,n02be01\n\n", encoding="utf-8")
    assert parse_cip_atc(path) == {"3400930000014": "N02BE01"}


@pytest.mark.parametrize("parser, path, code, line, column, params", [
    (parse_cis_bdpm, BAD / "CIS_bdpm_truncated.txt", "import_truncated", 2, "amm_procedure",
     {"found": 5, "expected": 12}),
    (parse_cis_bdpm, BAD / "CIS_bdpm_bad_cis.txt", "import_bad_cis", 3, "cis", {"value": "6000X003"}),
    (parse_cis_bdpm, BAD / "CIS_bdpm_bad_surveillance.txt", "import_not_one_of", 2, "surveillance",
     {"value": "Peut-être", "allowed": ("Oui", "Non")}),
    (parse_cis_compo, BAD / "CIS_COMPO_bad_nature.txt", "import_not_one_of", 3, "nature",
     {"value": "XX", "allowed": ("SA", "FT")}),
    (parse_cis_cip, BAD / "CIS_CIP_bad_cip13.txt", "import_bad_gtin", 2, "cip13", {"value": "3400930000022"}),
    (parse_cip_atc, BAD / "cip_atc_bad_atc.csv", "import_bad_atc", 3, "atc", {"value": "B1AC06"}),
    (parse_cip_atc, BAD / "cip_atc_bad_cip.csv", "import_bad_gtin", 3, "cip13", {"value": "12345"}),
    (parse_cis_bdpm, BAD / "empty.txt", "import_empty_file", None, None, {}),
])
def test_error_names_file_line_and_column(parser, path, code, line, column, params):
    with pytest.raises(CatalogueImportError) as err:
        parser(path)
    assert err.value.code == f"medications.{code}"
    assert err.value.params == {"file": path.name, "line": line, "column": column, **params}


@pytest.mark.parametrize("override", [
    {"cis_path": BAD / "CIS_bdpm_truncated.txt"},
    {"compo_path": BAD / "CIS_COMPO_bad_nature.txt"},
    {"cip_path": BAD / "CIS_CIP_bad_cip13.txt"},
    {"atc_map_path": BAD / "cip_atc_bad_atc.csv"},
    {"atc_map_path": BAD / "empty.txt"},
    {"cip_path": BAD / "does_not_exist.txt"},
])
def test_import_is_all_or_nothing(override):
    result = None
    with pytest.raises(CatalogueImportError):
        result = run_import(**override)
    assert result is None


def test_duplicate_cis_and_too_many_columns(tmp_path):
    line = (OK / "CIS_bdpm.txt").read_bytes().splitlines()[0]
    dup = tmp_path / "CIS_bdpm.txt"
    dup.write_bytes(line + b"\n" + line + b"\n")
    with pytest.raises(CatalogueImportError) as err:
        parse_cis_bdpm(dup)
    assert err.value.code == "medications.import_duplicate"
    assert (err.value.params["line"], err.value.params["column"]) == (2, "cis")
    wide = tmp_path / "wide.txt"
    wide.write_bytes(line + b"\textra\tmore\n")
    with pytest.raises(CatalogueImportError) as err:
        parse_cis_bdpm(wide)
    assert err.value.code == "medications.import_too_many_columns"
    assert err.value.params == {"file": "wide.txt", "line": 1, "column": "surveillance", "found": 14, "expected": 12}
