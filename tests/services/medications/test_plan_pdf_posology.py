"""The printed plan shows each posology as the patient reads it, with its unit, in the patient's language; the
regular lines and the reserve (as-needed) lines in blocks of their own (text checked with pdftotext)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from app.services.medications import medication_list as medications
from app.services.medications import plan_pdf as medication_plan_pdf
from app.services.medications.medication_list import MedicationInput, Posology, Taking
from app.services.patients import records as patients
from app.services.patients.records import PatientInput

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is needed")


def _plan_text(practice, tmp_path, language: str) -> str:
    doc = practice.ctx["physician"]
    pid = patients.create_patient(doc, PatientInput(family_name="Favre", given_names="Rosa", birth_date="02.05.1950",
                                                    sex="F", preferred_language=language))
    start = date(2026, 1, 5)
    for line in (
            MedicationInput(atc="L04AX03", substances="méthotrexate", strength="2.5 mg", posology=Posology(
                cycle_days=7, takings=(Taking(0, "08:00", "15"),), unit="mg", route="20053000", start_date=start)),
            MedicationInput(atc="C09AA05", substances="ramipril", product_name="Triatec", strength="5 mg",
                            posology=Posology(dose_morning="1", dose_evening="1", unit="tablet", route="20053000",
                                              start_date=start)),
            MedicationInput(atc="S01ED01", substances="timolol", strength="0.5 %", posology=Posology(
                dose_morning="1", dose_evening="1", unit="drop", route="20051000", start_date=start)),
            MedicationInput(atc="N02BE01", substances="paracétamol", strength="1 g", posology=Posology(
                schedule="as_needed", as_needed_amount="1", max_per_day="3", unit="tablet", start_date=start)),
            MedicationInput(atc="R03AC02", substances="salbutamol", strength="100 µg/dose", posology=Posology(
                schedule="as_needed", as_needed_amount="2", max_per_day="8", unit="puff", route="20020000"))):
        medications.add_medication(doc, pid, line)
    pdf = tmp_path / f"plan_{language}.pdf"
    pdf.write_bytes(medication_plan_pdf.medication_plan_pdf(doc, pid, today=date(2026, 3, 1)))
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def test_french_plan_reads_each_posology(practice, tmp_path):
    text = _plan_text(practice, tmp_path, "fr")
    regular, reserve = text.split("Médicaments en réserve (si besoin)")
    assert "Médicaments à prendre régulièrement" in regular
    for expected in ("15 mg une fois par semaine, le lundi", "comprimés", "gouttes", "Voie ophtalmique",
                     "Voie orale", "05.01.2026"):
        assert expected in regular, expected
    assert "paracétamol" not in regular and "salbutamol" not in regular
    for expected in ("paracétamol", "1 comprimé, au maximum 3 par jour", "salbutamol",
                     "2 bouffées, au maximum 8 par jour", "Voie inhalée"):
        assert expected in reserve, expected


def test_german_plan_reads_each_posology(practice, tmp_path):
    text = _plan_text(practice, tmp_path, "de")
    regular, reserve = text.split("Reservemedikation (bei Bedarf)")
    for expected in ("Regelmässig einzunehmende Medikamente", "15 mg einmal pro Woche, am Montag", "Tabletten",
                     "Tropfen", "Anwendung am Auge", "zum Einnehmen"):
        assert expected in regular, expected
    for expected in ("1 Tablette, höchstens 3 pro Tag", "2 Hübe, höchstens 8 pro Tag", "zur Inhalation"):
        assert expected in reserve, expected
