"""The medication plan is PDF/A-2b (what can be checked here: XMP, output intent, embedded fonts, no encryption) and
stays readable: the text by pdftotext, the QR code by zbarimg."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.services.medications import emediplan
from app.services.medications import plan_pdf as medication_plan_pdf
from tests.alert_support import add_line, warfarin_aspirin
from tests.pdfa_support import pdfa_problems

pytestmark = pytest.mark.skipif(not (shutil.which("pdftotext") and shutil.which("zbarimg")),
                                reason="poppler-utils and zbar-tools are needed")


def test_the_plan_is_pdfa_and_still_reads(practice, tmp_path):
    pid, _w, _a = warfarin_aspirin(practice)
    add_line(practice, pid, "N02BE01", "paracétamol", ("", "", "", ""), as_needed=True,
             instructions="1 g si douleur, max 3 g/j", product_name="Doliprane 1000 mg")
    data = medication_plan_pdf.medication_plan_pdf(practice.ctx["pharmacist"], pid)
    assert pdfa_problems(data, title="Plan de médication", language="fr") == []
    path = tmp_path / "plan.pdf"
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    for expected in ("Plan de médication", "GIRARD Odette", "Médicaments en réserve (si besoin)", "Doliprane 1000 mg",
                     "Coumadine 5 mg", "page 1 sur 1"):
        assert expected in text, expected
    subprocess.run(["pdftoppm", "-png", "-r", "200", "-singlefile", str(path), str(tmp_path / "page")], check=True)
    decoded = subprocess.run(["zbarimg", "--raw", "-q", str(tmp_path / "page.png")], capture_output=True,
                             text=True).stdout.strip()
    assert len(emediplan.decode(decoded)["Medicaments"]) == 3
