"""Integrity of the shipped substance and product catalogue."""

from __future__ import annotations

import csv
import re

import pytest

from app.services.medications.catalogue.drug_catalogue import (
    PRODUCT_COLUMNS,
    SUBSTANCE_COLUMNS,
    catalogue_dir,
    load_products,
    load_substances,
)

ATC = re.compile(r"^[A-Z]\d{2}[A-Z]{2}\d{2}$")

# Well-known substances with their exact WHO ATC codes (checked against the 2025 index).
KNOWN = {
    "atorvastatin": {"C10AA05"}, "simvastatin": {"C10AA01"}, "rosuvastatin": {"C10AA07"},
    "amiodarone": {"C01BD01"}, "digoxin": {"C01AA05"}, "clarithromycin": {"J01FA09"},
    "amoxicillin": {"J01CA04"}, "omeprazole": {"A02BC01"}, "esomeprazole": {"A02BC05"},
    "pantoprazole": {"A02BC02"}, "tramadol": {"N02AX02"}, "fluoxetine": {"N06AB03"},
    "sertraline": {"N06AB06"}, "citalopram": {"N06AB04"}, "escitalopram": {"N06AB10"},
    "apixaban": {"B01AF02"}, "rivaroxaban": {"B01AF01"}, "dabigatran etexilate": {"B01AE07"},
    "clopidogrel": {"B01AC04"}, "acetylsalicylic acid": {"B01AC06", "N02BA01"},
    "metformin": {"A10BA02"}, "lisinopril": {"C09AA03"}, "ramipril": {"C09AA05"},
    "perindopril": {"C09AA04"}, "losartan": {"C09CA01"}, "spironolactone": {"C03DA01"},
    "furosemide": {"C03CA01"}, "levothyroxine": {"H03AA01"}, "allopurinol": {"M04AA01"},
    "colchicine": {"M04AC01"}, "methotrexate": {"L04AX03", "L01BA01"}, "lithium": {"N05AN01"},
    "zolpidem": {"N05CF02"}, "oxazepam": {"N05BA04"}, "lorazepam": {"N05BA06"},
    "alprazolam": {"N05BA12"}, "amitriptyline": {"N06AA09"}, "hydroxyzine": {"N05BB01"},
    "warfarin": {"B01AA03"}, "phenprocoumon": {"B01AA04"}, "paracetamol": {"N02BE01"},
    "acenocoumarol": {"B01AA07"}, "fluindione": {"B01AA12"}, "bisoprolol": {"C07AB07"},
    "amlodipine": {"C08CA01"}, "ibuprofen": {"M01AE01"}, "diclofenac": {"M01AB05", "M02AA15"},
    "gabapentin": {"N02BF01"}, "pregabalin": {"N02BF02"}, "prednisone": {"H02AB07"},
}


@pytest.fixture(scope="module")
def substances():
    return load_substances()


@pytest.fixture(scope="module")
def products():
    return load_products()


def test_header_and_columns():
    for name, columns in (("substances.csv", SUBSTANCE_COLUMNS), ("products.csv", PRODUCT_COLUMNS)):
        with open(catalogue_dir() / name, encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        assert tuple(rows[0]) == columns
        assert all(len(r) == len(columns) for r in rows[1:]), name


def test_at_least_800_unique_substances(substances):
    assert len({s.inn_en.casefold() for s in substances}) >= 800
    assert len({s.inn_fr.casefold() for s in substances}) >= 800


def test_every_row_is_complete(substances):
    for s in substances:
        assert ATC.match(s.atc), s
        assert s.inn_fr and s.inn_de and s.inn_en, s
        assert s.source == "WHO ATC/DDD Index" and s.edition == "2025", s


def test_no_duplicate_atc_and_name(substances):
    keys = [(s.atc, s.inn_en.casefold()) for s in substances]
    assert len(keys) == len(set(keys))
    keys_fr = [(s.atc, s.inn_fr.casefold()) for s in substances]
    assert len(keys_fr) == len(set(keys_fr))


@pytest.mark.parametrize("inn, codes", sorted(KNOWN.items()))
def test_known_substance_codes(substances, inn, codes):
    found = {s.atc for s in substances if s.inn_en == inn}
    assert found == codes


def test_major_primary_care_groups_present(substances):
    prefixes = {s.atc[:3] for s in substances} | {s.atc[:4] for s in substances}
    for group in ("A02", "A06", "A10", "B01", "C03", "C07", "C08", "C09", "C10", "D07", "G04",
                  "H02", "H03", "J01", "J02", "J05", "M01", "M04", "M05", "N02", "N03", "N05A",
                  "N05B", "N05C", "N06A", "R03", "R06", "S01", "A11", "A12"):
        assert group in prefixes, group


def test_products(products, substances):
    assert len(products) >= 300
    atcs = {s.atc for s in substances}
    for p in products:
        assert ATC.match(p.atc) and p.atc in atcs, p
        assert p.country in ("FR", "CH") and p.source and p.edition, p
    keys = [(p.name.casefold(), p.country, p.form) for p in products]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("name, atc", [
    ("Doliprane", "N02BE01"), ("Dafalgan", "N02BE01"), ("Kardégic", "B01AC06"),
    ("Aspirine Cardio", "B01AC06"), ("Levothyrox", "H03AA01"), ("Euthyrox", "H03AA01"),
    ("Previscan", "B01AA12"), ("Coumadine", "B01AA03"), ("Marcoumar", "B01AA04"),
    ("Eliquis", "B01AF02"), ("Xarelto", "B01AF01"), ("Inexium", "A02BC05"), ("Nexium", "A02BC05"),
    ("Pantozol", "A02BC02"), ("Inipomp", "A02BC02"), ("Tahor", "C10AA05"), ("Sortis", "C10AA05"),
    ("Crestor", "C10AA07"), ("Glucophage", "A10BA02"), ("Metfin", "A10BA02"), ("Lasilix", "C03CA01"),
    ("Lasix", "C03CA01"), ("Seresta", "N05BA04"), ("Temesta", "N05BA06"), ("Xanax", "N05BA12"),
    ("Stilnox", "N05CF02"), ("Deroxat", "N06AB05"), ("Seroplex", "N06AB10"), ("Cipralex", "N06AB10"),
    ("Zoloft", "N06AB06"), ("Efexor ER", "N06AX16"), ("Laroxyl", "N06AA09"), ("Saroten", "N06AA09"),
    ("Tramal", "N02AX02"), ("Topalgic", "N02AX02"), ("Contramal", "N02AX02"),
    ("Dafalgan Codéine", "N02AJ06"), ("Ixprim", "N02AJ13"), ("Voltarène", "M01AB05"),
    ("Ponstan", "M01AG01"), ("Brufen", "M01AE01"), ("Spedifen", "M01AE01"), ("Augmentin", "J01CR02"),
    ("Co-Amoxi Mepha", "J01CR02"), ("Clamoxyl", "J01CA04"), ("Ciproxine", "J01MA02"), ("Ciflox", "J01MA02"),
])
def test_known_products(products, name, atc):
    assert atc in {p.atc for p in products if p.name == name}


def test_resources_dir_in_source_tree_and_pyinstaller_bundle(monkeypatch, tmp_path):
    import sys

    from app.services.medications.catalogue.drug_catalogue import resources_dir

    assert (resources_dir() / "catalogue" / "substances.csv").is_file()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"
