"""The demo practice has a patient whose printed plan shows what a plan must: an allergy, reserve medication, and
indications typed as abbreviations ("HTA", "RGO") written out."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from sqlmodel import select

from app.models.medication import MedicationLine
from app.models.patient import PatientProblem
from app.services.demo.practice import create_demo_practice
from app.services.kernel.context import ServiceContext
from app.services.medications import plan_pdf, plan_words
from tests.conftest import TEST_KDF

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is needed")


def test_demo_patient_plan_shows_allergy_reserve_and_no_abbreviation(tmp_path):
    (tmp_path / "demo").mkdir()
    db, doctor, _folder = create_demo_practice(tmp_path / "demo", kdf=TEST_KDF)
    try:
        with db.session() as s:
            allergic = set(s.exec(select(PatientProblem.patient_id).where(PatientProblem.kind == "allergy")).all())
            lines = s.exec(select(MedicationLine).where(MedicationLine.stopped_at.is_(None))).all()
        reserve = {m.patient_id for m in lines if m.schedule == "as_needed"}
        abbreviated = {m.patient_id for m in lines if m.indication in plan_words.abbreviations()}
        shown = sorted(allergic & reserve & abbreviated)
        assert shown, "no demo patient with an allergy, reserve medication and an abbreviated indication"
        path = tmp_path / "plan.pdf"
        path.write_bytes(plan_pdf.medication_plan_pdf(ServiceContext(db, doctor), shown[0]))
        text = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                       check=True).stdout.split())
        assert "Allergies et intolérances: aucune documentée" not in text
        assert "Médicaments en réserve (si besoin)" in text
        assert [a for a in plan_words.abbreviations() if re.search(rf"(?<!\w){re.escape(a)}(?!\w)", text)] == []
    finally:
        db.close()
