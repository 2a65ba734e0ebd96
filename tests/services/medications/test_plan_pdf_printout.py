"""The printed plan as a patient and a pharmacy read it (eMediplan print conventions), checked with pdftotext on a
real database: a 30-line plan runs over pages that each carry the header and "page N of M", every line shows a
unit, no abbreviation is left, allergies are shown, and a German patient's plan is in German."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import pytest

from app.services.medications import medication_list as medications
from app.services.medications import plan_pdf, plan_words, posology_terms
from app.services.medications.medication_list import MedicationInput, Posology
from app.services.patients import records as patients
from app.services.patients.records import PatientInput, ProblemEntry
from app.services.practice import practice_record
from app.services.practice.practice_record import PracticeContact

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is needed")

START = date(2026, 1, 5)
# (atc, substances as stored, product, strength, morning-noon-evening-night, unit, indication as typed)
REGULAR = [
    ("C08CA01", "amlodipine", None, "5 mg", "1-0-0-0", "tablet", "HTA"),
    ("C09AA05", "ramipril", None, "5 mg", "1-0-1-0", "tablet", "HTA et IC"),
    ("A10BA02", "metformine", None, "1000 mg", "1-0-1-0", "tablet", "DT2"),
    ("A10BK01", "dapagliflozine", None, "10 mg", "1-0-0-0", "tablet", "DT2, IRC"),
    ("B01AF02", "apixaban", None, "5 mg", "1-0-1-0", "tablet", "FA"),
    ("C07AB07", "bisoprolol", None, "2.5 mg", "1-0-0-0", "tablet", "IC"),
    ("C03CA01", "furosémide", None, "40 mg", "1-0-0-0", "tablet", "IC"),
    ("C03DA01", "spironolactone", None, "25 mg", "1-0-0-0", "tablet", "IC"),
    ("C10AA05", "atorvastatine", None, "40 mg", "0-0-1-0", "tablet", "prévention après AVC"),
    ("B01AC06", "acide acétylsalicylique", None, "75 mg", "1-0-0-0", "sachet", "AVC"),
    ("A02BC01", "oméprazole", None, "20 mg", "1-0-0-0", "capsule", "RGO"),
    ("H03AA01", "lévothyroxine", "Levothyrox", "100 µg", "1-0-0-0", None, "Hypothyroïdie"),
    ("A02BC05", "ésoméprazole", "Inexium", "20 mg", "0-0-1-0", None, "RGO"),
    ("R03BB04", "bromure de tiotropium", None, "18 µg", "1-0-0-0", "capsule", "BPCO"),
    ("M04AA01", "allopurinol", None, "100 mg", "1-0-0-0", "tablet", "Goutte"),
    ("N06AB10", "escitalopram", None, "10 mg", "1-0-0-0", "tablet", "Dépression"),
    ("N06DA02", "donépézil", None, "10 mg", "0-0-1-0", "tablet", "Maladie d'Alzheimer"),
    ("C09CA01", "losartan", None, "50 mg", "1-0-0-0", "tablet", "HTA"),
    ("C10AA01", "simvastatine", None, "20 mg", "0-0-1-0", "tablet", "Dyslipidémie"),
    ("N05CF01", "zopiclone", None, "7.5 mg", "0-0-0-1", "tablet", "Insomnie"),
    ("A11CC05", "colécalciférol", None, "800 UI", "1-0-0-0", "drop", "Carence"),
    ("H02AB06", "prednisolone", None, "5 mg", "1-0-0-0", "tablet", "PPR"),
    ("S01ED01", "timolol (collyre)", None, "0.5 %", "1-0-1-0", "drop", "Glaucome"),
    ("L04AX03", "méthotrexate", None, "2.5 mg", "1-0-0-0", "tablet", "Polyarthrite"),
    ("C01DA02", "trinitrine (nitroglycérine)", None, "0.4 mg", "1-0-0-0", None, "KHK"),
    ("A10BA02", "metformine", None, "500 mg", "0-1-0-0", "tablet", "DT2"),
]
RESERVE = [
    ("N02BE01", "paracétamol", "Doliprane 1000 mg", None, "1", "3", None, "Douleurs"),
    ("R03AC02", "salbutamol", None, "100 µg/dose", "2", "8", "puff", "BPCO"),
    ("M01AE01", "ibuprofène", None, "400 mg", "1", "3", "tablet", "Douleurs de l'HTA ?"),
    ("N02AJ13", "tramadol et paracétamol", None, "37.5/325 mg", "1", "4", "tablet", "Douleurs"),
]


def _make_plan(practice, language: str) -> int:
    doc = practice.ctx["physician"]
    pid = patients.create_patient(doc, PatientInput(
        family_name="Favre", given_names="Rosa", birth_date="02.05.1950", sex="F", preferred_language=language,
        problems=[ProblemEntry("allergy", "amoxicilline", "J01CA04"), ProblemEntry("allergy", "Latex"),
                  ProblemEntry("allergy", "Pénicillines", "J01C"),
                  ProblemEntry("condition", "HTA", "I10")]))
    for atc, substances, product, strength, times, unit, indication in REGULAR:
        morning, noon, evening, night = (x if x != "0" else None for x in times.split("-"))
        medications.add_medication(doc, pid, MedicationInput(
            atc=atc, substances=substances, product_name=product, strength=strength, indication=indication,
            prescriber_staff_id=practice.staff_ids["physician"],
            posology=Posology(dose_morning=morning, dose_noon=noon, dose_evening=evening, dose_night=night,
                              unit=unit, route="20053000", start_date=START)))
    for atc, substances, product, strength, amount, most, unit, indication in RESERVE:
        medications.add_medication(doc, pid, MedicationInput(
            atc=atc, substances=substances, product_name=product, strength=strength, indication=indication,
            self_medication=atc == "M01AE01", posology=Posology(
                schedule="as_needed", as_needed_amount=amount, max_per_day=most, unit=unit, start_date=START)))
    return pid


def _pdf(practice, tmp_path, language: str):
    pid = _make_plan(practice, language)
    path = tmp_path / f"plan_{language}.pdf"
    path.write_bytes(plan_pdf.medication_plan_pdf(practice.ctx["physician"], pid, today=date(2026, 3, 1)))
    return path


def _pages(path) -> list[str]:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [" ".join(page.split()) for page in out.split("\f") if page.strip()]


def _rows(path, first_words: set[str]) -> list[list[str]]:
    """The words of each medication row: from the word that starts a line's name down to the next one's."""
    tsv = subprocess.run(["pdftotext", "-tsv", str(path), "-"], capture_output=True, text=True, check=True).stdout
    words = []
    for line in tsv.splitlines()[1:]:
        cells = line.split("\t")
        if cells[0] == "5" and len(cells) == 12:
            words.append((int(cells[1]), float(cells[7]), float(cells[6]), cells[11]))
    starts = sorted(w for w in words if w[2] < 80 and w[3] in first_words)   # the name column, at the left
    rows = []
    for i, (page, top, _left, _word) in enumerate(starts):
        nxt = starts[i + 1] if i + 1 < len(starts) and starts[i + 1][0] == page else None
        bottom = nxt[1] - 3 if nxt else top + 40
        rows.append([w[3].strip(",;:.") for w in words if w[0] == page and top - 3 <= w[1] < bottom])
    return rows


def _first_words(language: str) -> set[str]:
    """The word each line's name starts with (product, else the substance in ``language``)."""
    return {product.split()[0] if product else plan_words.substance_names(atc, subs, language).split()[0]
            for atc, subs, product, *_rest in REGULAR + RESERVE}


def _unit_words(language: str) -> set[str]:
    return {w for u in posology_terms.units().values() for label in u.labels[language] for w in label.split()}


@pytest.mark.parametrize("language", ["fr", "de"])
def test_every_page_has_the_header_and_every_line_a_unit(practice, tmp_path, language):
    path = _pdf(practice, tmp_path, language)
    pages = _pages(path)
    assert len(pages) >= 2
    page_word = {"fr": "page {n} sur {total}", "de": "Seite {n} von {total}"}[language]
    born = {"fr": "né·e le 02.05.1950", "de": "geboren am 02.05.1950"}[language]
    for n, page in enumerate(pages, start=1):
        assert page_word.format(n=n, total=len(pages)) in page, (n, page[:200])
        assert "FAVRE Rosa" in page and born in page, n
        assert "MSP des Tilleuls" in page, n
    rows = _rows(path, _first_words(language))
    assert len(rows) == len(REGULAR) + len(RESERVE)
    units = _unit_words(language)
    for row in rows:
        assert units & set(row), row


def test_no_abbreviation_on_the_plan(practice, tmp_path):
    text = " ".join(_pages(_pdf(practice, tmp_path, "fr")))
    left = [a for a in plan_words.abbreviations() if re.search(rf"(?<!\w){re.escape(a)}(?!\w)", text)]
    assert left == []
    for expected in ("Hypertension artérielle", "Hypertension artérielle et insuffisance cardiaque",
                     "Diabète de type 2, insuffisance rénale chronique", "Fibrillation auriculaire",
                     "Bronchopneumopathie chronique obstructive", "prévention après accident vasculaire cérébral",
                     "Reflux gastro-œsophagien", "Douleurs de l'hypertension artérielle ?"):
        assert expected in text, expected


def test_allergies_prescriber_and_practice_on_the_plan(practice, tmp_path):
    pages = _pages(_pdf(practice, tmp_path, "fr"))
    assert "Allergies et intolérances: amoxicilline; Latex; Pénicillines" in pages[0]
    text = " ".join(pages)
    assert "Test Physician" in text and "automédication" in text


def test_plan_without_allergy_says_none_is_recorded(practice, tmp_path):
    doc = practice.ctx["physician"]
    pid = patients.create_patient(doc, PatientInput(family_name="Roux", given_names="Paul", birth_date="01.01.1960",
                                                    sex="M"))
    path = tmp_path / "plan.pdf"
    path.write_bytes(plan_pdf.medication_plan_pdf(doc, pid))
    assert "Allergies et intolérances: aucune documentée" in _pages(path)[0]


def test_german_plan_is_in_german(practice, tmp_path):
    text = " ".join(_pages(_pdf(practice, tmp_path, "de")))
    for expected in ("Medikationsplan", "Allergien und Unverträglichkeiten: Amoxicillin; Latex; Penicilline", "Amlodipin",
                     "Metformin", "Furosemid", "Acetylsalicylsäure", "Tiotropiumbromid", "Paracetamol", "Bluthochdruck",
                     "Bluthochdruck und Herzschwäche (Herzinsuffizienz)", "Vorhofflimmern",
                     "Diabetes Typ 2", "Koronare Herzkrankheit", "Tabletten", "Kapsel", "Stück", "Verordnet von",
                     # indications typed in French words from the form's list: in the patient's language
                     "Schilddrüsenunterfunktion", "Gicht", "Alzheimer-Krankheit", "Schlafstörungen", "Schmerzen",
                     "Grüner Star (Glaukom)",
                     "Selbstmedikation", "Reservemedikation (bei Bedarf)"):
        assert expected in text, expected
    for french in ("hypertension", "Hypertension", "comprimé", "gélule", "amlodipine", "furosémide", "Matin",
                   "automédication", "fibrillation", "diabète", "Pénicillines", "Goutte", "Hypothyroïdie",
                   "Insomnie", "Glaucome"):
        assert french not in text, french


def test_the_plan_gives_the_practice_address_and_phone(practice, tmp_path):
    admin = practice.ctx["admin"]
    row = practice_record.get_practice(admin)
    practice_record.update_practice(
        admin, row.version, name=row.name, country=row.country, finess=row.finess, gln=row.gln,
        idle_lock_minutes=row.idle_lock_minutes,
        contact=PracticeContact(phone="04 78 00 00 00", address_line="3 rue des Tilleuls", postal_code="69003",
                                city="Lyon"))
    pages = _pages(_pdf(practice, tmp_path, "fr"))
    for page in pages:   # the footer of every page
        assert "3 rue des Tilleuls" in page and "69003 Lyon" in page and "04 78 00 00 00" in page
