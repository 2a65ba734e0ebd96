"""Swiss product-list importer (product;gtin;atc): happy paths and every error path."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.medications.catalogue.drug_catalogue import (
    CatalogueImportError,
    gtin13_check_digit,
    is_valid_gtin13,
)
from app.services.medications.catalogue.search import build_index
from app.services.medications.catalogue.swiss_import import SwissProduct, parse_swiss_csv, swiss_to_products

SW = Path(__file__).parent / "fixtures" / "swiss"


def test_gtin_check_digit():
    assert gtin13_check_digit("400638133393") == 1  # GS1 worked example
    assert is_valid_gtin13("4006381333931")
    assert not is_valid_gtin13("4006381333932")
    assert not is_valid_gtin13("400638133393") and not is_valid_gtin13("400638133393X")


def test_happy_path_semicolon():
    rows = parse_swiss_csv(SW / "swiss_ok.csv")
    assert rows == [
        SwissProduct("Dafalgan 1 g, Filmtabletten", "7680543210017", "N02BE01"),
        SwissProduct("Algifor-L forte 400 mg", "7680654321022", "M01AE01"),
        SwissProduct("Bepanthen Plus Crème", "7680123456033", None),
        SwissProduct("Marcoumar 3 mg", "7680998877049", "B01AA04"),
    ]


def test_comma_separator_and_alternative_header():
    rows = parse_swiss_csv(SW / "swiss_comma_alt_header.csv")
    assert rows[0] == SwissProduct("Dafalgan, 500 mg Tabletten", "7680543210017", "N02BE01")
    assert len(rows) == 2


def test_bom_is_stripped():
    assert parse_swiss_csv(SW / "swiss_bom.csv") == [SwissProduct("Aspirin Cardio 100", "7680654321022", "B01AC06")]


def test_windows_1252_fallback():
    assert parse_swiss_csv(SW / "swiss_latin1.csv")[0].product == "Temesta 1 mg Tabletten (Lösung für Ärzte)"


def test_atc_prefix_only_when_allowed():
    with pytest.raises(CatalogueImportError) as err:
        parse_swiss_csv(SW / "swiss_prefix_atc.csv")
    assert (err.value.code, err.value.params["line"], err.value.params["value"]) == (
        "medications.import_bad_atc", 2, "C09D")
    rows = parse_swiss_csv(SW / "swiss_prefix_atc.csv", allow_atc_prefix=True)
    assert [r.atc for r in rows] == ["C09D", "B01AA04"]


@pytest.mark.parametrize("name, code, line, column, params", [
    ("swiss_bad_gtin.csv", "import_bad_gtin", 3, "gtin", {"value": "7680998877040"}),
    ("swiss_bad_atc.csv", "import_bad_atc", 2, "atc", {"value": "N2BE01"}),
    ("swiss_truncated.csv", "import_truncated", 3, "atc", {"found": 2, "expected": 3}),
    ("swiss_missing_column.csv", "import_column_missing", 1, "gtin", {}),
    ("empty.csv", "import_empty_file", None, None, {}),
])
def test_errors_name_file_line_column_and_return_nothing(name, code, line, column, params):
    result = None
    with pytest.raises(CatalogueImportError) as err:
        result = parse_swiss_csv(SW / name)
    assert result is None
    assert err.value.code == f"medications.{code}"
    assert err.value.params == {"file": name, "line": line, "column": column, **params}


def test_duplicate_header_column(tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text("product;gtin;ean;atc\nX;7680543210017;7680543210017;N02BE01\n", encoding="utf-8")
    with pytest.raises(CatalogueImportError) as err:
        parse_swiss_csv(path)
    assert err.value.code == "medications.import_column_twice"
    assert err.value.params == {"file": "dup.csv", "line": 1, "column": "gtin", "header": "ean"}


def test_empty_product_name(tmp_path):
    path = tmp_path / "noname.csv"
    path.write_text("product;gtin;atc\n;7680543210017;N02BE01\n", encoding="utf-8")
    with pytest.raises(CatalogueImportError) as err:
        parse_swiss_csv(path)
    assert err.value.code == "medications.import_empty_value"
    assert (err.value.params["line"], err.value.params["column"]) == (2, "product")


def test_imported_rows_are_searchable():
    index = build_index(extra_products=swiss_to_products(parse_swiss_csv(SW / "swiss_ok.csv")))
    hit = index.search("filmtabletten")[0]
    assert (hit.kind, hit.atc, hit.countries) == ("product", "N02BE01", ("CH",))
