"""The medication review report (BPM / Polymedikations-Check): text checked with pdftotext, fr/de/en, audit."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlmodel import select

from app.models.audit import AuditEvent
from app.services.alerts import review_report_pdf
from app.services.alerts import worksheet as review_worksheet
from app.services.alerts.review_report_pdf import ReportData
from app.services.errors import AccessDenied, NotFoundError
from tests.alert_support import warfarin_aspirin
from tests.ui.screens import SCREENSHOTS

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is needed")


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())   # table cells wrap: compare on single spaces


def keep_png(pdf: Path, name: str) -> None:
    """The first page at 70 dpi in screenshots/ (to look at the layout)."""
    if shutil.which("pdftoppm"):
        SCREENSHOTS.mkdir(exist_ok=True)
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(SCREENSHOTS / name)], check=True)


def _sheet(practice):
    pid, _w, _a = warfarin_aspirin(practice)
    ph = practice.ctx["pharmacist"]
    sid = review_worksheet.create_worksheet(ph, pid, "pmc")
    sheet = review_worksheet.list_worksheets(ph, pid)[0]
    key = sheet.findings[0]["key"]
    review_worksheet.update_worksheet(ph, sid, sheet.version, {"interview_on": "01.06.2025",
                                                               "analysis_on": "03.06.2025"},
                                      {key: "Discuté avec le patient : saignements de nez"},
                                      "Proposer l'arrêt de l'aspirine au médecin traitant.\n"
                                      "Contrôle INR à 1 semaine.")
    return pid, sid, review_worksheet.list_worksheets(ph, pid)[0]


def test_report_in_french_with_findings_sources_and_audit(practice, tmp_path):
    pid, sid, sheet = _sheet(practice)
    ph = practice.ctx["pharmacist"]
    assert sheet.findings[0]["sources"], "the worksheet keeps the sources of each finding"
    out = review_worksheet.export_report(ph, sid, tmp_path / "bilan.pdf")
    assert out == tmp_path / "bilan.pdf" and not [p for p in os.listdir(tmp_path) if p.startswith(".review-report")]
    text = pdf_text(out)
    for expected in ("Compte rendu de revue de médication", "GIRARD Odette", "né·e le 12.03.1941",
                     "MSP des Tilleuls", "Test Pharmacist", "Polymedikations-Check (Suisse)", "non éligible",
                     "médicaments prescrits depuis >= 3 mois (il en faut >= 4)", "Entretien avec le patient",
                     "01.06.2025", "03.06.2025", "— (pas encore)", "Annotation / décision",
                     "Discuté avec le patient : saignements de nez", "Conclusion et avis au médecin",
                     "Proposer l'arrêt de l'aspirine au médecin traitant.", "Contrôle INR à 1 semaine.",
                     "Sources des constats", "[1]", sheet.findings[0]["message"][:40]):
        assert expected in text, expected
    assert sheet.findings[0]["sources"][0][:30] in text
    keep_png(out, "review_report_fr")
    with practice.db.session() as s:
        event = s.exec(select(AuditEvent).where(AuditEvent.action == "patient.export",
                                                AuditEvent.entity_type == "medication_review_sheet")).one()
        assert event.entity_id == str(sid) and event.patient_id == pid


@pytest.mark.parametrize("lang, expected", [
    ("de", ("Bericht zur Medikationsanalyse", "Polymedikations-Check (Schweiz)", "nicht erfüllt",
            "verordnete Medikamente seit >= 3 Monaten", "Gespräch mit dem Patienten", "Anmerkung / Entscheid",
            "Schlussfolgerung und Empfehlung an den Arzt", "Quellen der Befunde")),
    ("en", ("Medication review report", "Polymedikations-Check (Switzerland)", "not eligible",
            "prescribed drugs for >= 3 months (needs >= 4)", "Interview with the patient", "Annotation / decision",
            "Conclusion and advice to the doctor", "Sources of the findings"))])
def test_report_languages(practice, tmp_path, lang, expected):
    _pid, sid, _sheet_row = _sheet(practice)
    text = pdf_text(review_worksheet.export_report(practice.ctx["physician"], sid, tmp_path / "r.pdf", lang))
    for part in expected:
        assert part in text, part
    assert "saignements de nez" in text


def test_export_rights_and_missing_sheet(practice, tmp_path):
    _pid, sid, _row = _sheet(practice)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(AccessDenied):
        review_worksheet.export_report(practice.ctx["nurse"], sid, folder / "x.pdf")
    with pytest.raises(NotFoundError) as err:
        review_worksheet.export_report(practice.ctx["pharmacist"], 9999, folder / "x.pdf")
    assert err.value.params == {"entity": "worksheet", "entity_id": 9999}
    assert not list(folder.iterdir())


def test_bpm_eligible_long_report_without_conclusion(tmp_path):
    findings = tuple({"key": f"r{i}", "kind": "interaction", "severity": sev, "atc": ["B01AA03", "M01AE01"],
                      "message": f"Constat {i} : warfarine + ibuprofène, risque hémorragique majoré.",
                      "recommendation": "Éviter l'association ; préférer le paracétamol.",
                      "sources": [f"Source {i % 3}, 2025"], "annotation": "" if i % 2 else f"Décision {i}"}
                     for i, sev in enumerate(["contraindicated", "avoid", "precaution", "consider"] * 6))
    data = ReportData("MARTIN Jean", date(1940, 2, 1), "Cabinet du Lac", "Dr Test", "bpm", True,
                      "age 86 ≥ 75; 7 chronic substances for ≥ 6 months (needs ≥ 5)",
                      {"interview_on": date(2026, 1, 5), "analysis_on": None, "advice_on": None, "followup_on": None},
                      findings, None, "Dr Test", datetime(2026, 1, 6, 10, 0).astimezone())
    out = review_report_pdf.write(tmp_path / "long.pdf", data, "fr")
    text = pdf_text(out)
    for expected in ("Bilan partagé de médication (France)", "éligible — âge 86 >= 75",
                     "7 substances chroniques depuis >= 6 mois (il en faut >= 5)", "Contre-indiqué", "À éviter",
                     "Précaution", "À considérer", "Décision 22", "Pas encore de conclusion.", "[3] Source 2, 2025",
                     "Sources [1]", "Page 2"):
        assert expected in text, expected
    keep_png(out, "review_report_long")
    assert review_report_pdf.reason_text("something else; age 70 ≥ 65 with a long-term condition (ALD)", "de") \
        == "something else; Alter 70 ≥ 65 mit Langzeiterkrankung (ALD)"


@pytest.mark.gui
def test_report_button_writes_in_the_background(qtbot, practice, tmp_path):
    from app.ui.alerts.worksheet_dialog import ReviewWorksheetDialog
    from app.ui.common import background
    from app.ui.common.app_session import AppSession

    pid, sid, _row = _sheet(practice)
    dialog = ReviewWorksheetDialog(AppSession(practice.ctx["pharmacist"]), pid)
    qtbot.addWidget(dialog)
    assert not dialog.report_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.sheet is not None and dialog.report_button.isEnabled(), timeout=5000)
    dialog.export_report(str(tmp_path / "report.pdf"))
    qtbot.waitUntil(lambda: (tmp_path / "report.pdf").exists() and bool(dialog.status.text()), timeout=5000)
    assert str(tmp_path / "report.pdf") in dialog.status.text()
    assert "Discuté avec le patient" in pdf_text(tmp_path / "report.pdf")
    background.wait_idle()


def test_report_names_the_knowledge_edition_in_use(practice, tmp_path):
    from app.services.medications import knowledge_update
    from tests.services.medications.ansm_files import modified_entries, shipped_pack, write

    _pid, sid, _sheet_row = _sheet(practice)
    ph = practice.ctx["pharmacist"]
    assert "thésaurus ANSM, édition 2020-10." in pdf_text(review_worksheet.export_report(ph, sid, tmp_path / "a.pdf"))
    entries, _ = modified_entries(shipped_pack(), remove=1, change=0)
    knowledge_update.install_ansm(ph, write(tmp_path / "t.json", entries), "2023-09")
    text = pdf_text(review_worksheet.export_report(ph, sid, tmp_path / "b.pdf", "de"))
    assert "ANSM-Thesaurus, Ausgabe 2023-09." in text
