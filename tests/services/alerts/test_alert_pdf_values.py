"""The alert printout names each clinical value with its label and unit in the document's language, with a decimal
comma in French and German ("DFG (eGFR) : 41 mL/min/1,73 m²"), never the stored keys ("egfr 41; weight_kg 55.1")."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta

import pytest

from app.services.alerts import alert_flow as alerts
from app.services.alerts import alert_pdf
from app.services.alerts.alert_input import AlertInput, ClinicalValue
from tests.alert_support import warfarin_aspirin

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is needed")


def _texts(practice, tmp_path) -> dict[str, str]:
    pid, _warfarin, aspirin = warfarin_aspirin(practice)
    day = date.today() - timedelta(days=2)
    alerts.raise_alert(practice.ctx["pharmacist"], AlertInput(
        patient_id=pid, problem_category="1.6", problem_text="Warfarine + aspirine : risque hémorragique",
        proposal_kind="stop", line_ids=[aspirin], urgency="24h",
        clinical_context=[ClinicalValue("egfr", "41", day), ClinicalValue("weight_kg", "55.1", day),
                          ClinicalValue("creatinine_umol_l", "118", day), ClinicalValue("inr", "3.4", day)]))
    out = {}
    for lang in ("fr", "de", "en"):
        path = tmp_path / f"alerts_{lang}.pdf"
        path.write_bytes(alert_pdf.alerts_pdf(practice.ctx["physician"], pid, lang=lang))
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        out[lang] = " ".join(text.split())
    return out


def test_clinical_values_are_labelled_with_units(practice, tmp_path):
    texts = _texts(practice, tmp_path)
    day = f"{date.today() - timedelta(days=2):%d.%m.%Y}"
    for lang, expected in {
            "fr": ("DFG (eGFR) : 41 mL/min/1,73 m²", "Poids : 55,1 kg", "Créatinine : 118 µmol/L", "INR : 3,4"),
            "de": ("eGFR (glomeruläre Filtrationsrate): 41 mL/min/1,73 m²", "Gewicht: 55,1 kg",
                   "Kreatinin: 118 µmol/L", "INR: 3,4"),
            "en": ("eGFR: 41 mL/min/1.73 m²", "Weight: 55.1 kg", "Creatinine: 118 µmol/L", "INR: 3.4")}.items():
        for words in expected:
            assert f"{words} ({day})" in texts[lang], (lang, words)
        for key in ("egfr", "weight_kg", "creatinine_umol_l"):
            assert key not in texts[lang], (lang, key)
