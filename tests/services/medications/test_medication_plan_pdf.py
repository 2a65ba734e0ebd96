"""The printed medication plan: text checked with pdftotext, the QR code decoded by a real reader (zbarimg)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from sqlmodel import select

from app.models.audit import AuditEvent
from app.services.errors import AccessDenied
from app.services.medications import emediplan
from app.services.medications import medication_list as medications
from app.services.medications import plan_pdf as medication_plan_pdf
from tests.alert_support import add_line, warfarin_aspirin

pytestmark = pytest.mark.skipif(not (shutil.which("pdftotext") and shutil.which("zbarimg")),
                                reason="poppler-utils and zbar-tools are needed")


def test_plan_text_and_qr_payload(practice, tmp_path):
    pid, _w, _a = warfarin_aspirin(practice)
    add_line(practice, pid, "N02BE01", "paracétamol", ("", "", "", ""), as_needed=True,
             instructions="1 g si douleur, max 3 g/j", product_name="Doliprane 1000 mg")
    add_line(practice, pid, "C08CA01", "amlodipine", ("1", "", "0.5", ""), instructions="Au cours du repas",
             indication="Hypertension artérielle")
    ph = practice.ctx["pharmacist"]
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(medication_plan_pdf.medication_plan_pdf(ph, pid))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for expected in ("Plan de médication", "GIRARD Odette", "12.03.1941", "Test Pharmacist", "MSP des Tilleuls",
                     "Matin", "Midi", "Soir", "Nuit", "Coumadine 5 mg", "Kardégic 75 mg", "Fibrillation auriculaire",
                     "Médicaments en réserve (si besoin)", "1 g si douleur, max 3 g/j", "Au cours du repas",
                     "Hypertension artérielle", "CHMED16A"):
        assert expected in text, expected
    subprocess.run(["pdftoppm", "-png", "-r", "200", "-singlefile", str(pdf), str(tmp_path / "page")], check=True)
    decoded = subprocess.run(["zbarimg", "--raw", "-q", str(tmp_path / "page.png")], capture_output=True,
                             text=True).stdout.strip()
    assert decoded.startswith("CHMED16A1")
    plan = emediplan.decode(decoded)
    current = medications.list_current(ph, pid)
    assert [m["Id"] for m in plan["Medicaments"]] == [
        " ".join(x for x in (r.data.product_name or r.data.substances,
                             r.data.strength if r.data.strength and r.data.strength not in (r.data.product_name or "")
                             else None) if x) for r in current]
    by_atc = {next(p["Val"] for p in m["PFields"] if p["Nm"] == "ATC"): m for m in plan["Medicaments"]}
    assert by_atc["C08CA01"]["Pos"][0]["D"] == [1.0, 0.0, 0.5, 0.0]
    assert by_atc["B01AA03"]["Pos"][0]["D"] == [0.0, 0.0, 1.0, 0.0]
    assert by_atc["N02BE01"]["Pos"][0]["InRes"] == 1
    assert plan["Patient"]["LName"] == "Girard" and plan["Patient"]["BDt"] == "1941-03-12"
    with practice.db.session() as s:
        assert s.exec(select(AuditEvent).where(AuditEvent.action == "patient.export")).first() is not None


def test_plan_needs_export_right(practice):
    pid, _w, _a = warfarin_aspirin(practice)
    with pytest.raises(AccessDenied):
        medication_plan_pdf.medication_plan_pdf(practice.ctx["medical_assistant"], pid)
