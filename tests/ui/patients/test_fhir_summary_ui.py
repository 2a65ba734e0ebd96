"""The FHIR summary on screen: the chart's export button, the import dialog's preview, import and refusal."""

from __future__ import annotations

import json

import pytest
from sqlmodel import func, select

from app.models.medication import MedicationLine
from app.models.patient import Patient
from app.services.exchange import summary_export
from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.patients import fhir_summary_dialog
from app.ui.patients.fhir_summary_dialog import FhirImportDialog
from app.ui.shell.features import make_chart
from tests.services.exchange.fhir_support import full_patient, second_practice

pytestmark = pytest.mark.gui


def _count(practice, table) -> int:
    with practice.db.session() as s:
        return s.exec(select(func.count()).select_from(table)).one()


def test_preview_then_import_into_another_practice(practice, tmp_path, qtbot):
    pid = full_patient(practice)
    path = tmp_path / "summary.json"
    path.write_bytes(summary_export.export_summary_json(practice.ctx["physician"], pid))
    other = second_practice(tmp_path)
    session = AppSession(other.ctx["physician"])
    try:
        dialog = FhirImportDialog(session, str(path))
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
        text = dialog.details.toPlainText()
        assert "New medication: Triatec 5 mg" in text and "New allergy: Pénicillines (J01C)" in text
        assert "not in the register" in dialog.summary.text() and dialog.import_button.isEnabled()
        assert _count(other, Patient) == 0
        with qtbot.waitSignal(dialog.sig_imported, timeout=10000) as imported:
            dialog.import_button.click()
        assert imported.args[0] == 1 and _count(other, MedicationLine) == 3
    finally:
        background.wait_idle()
        session.close()
        other.db.close()


def test_a_bad_file_shows_its_message_and_cannot_be_imported(practice, tmp_path, qtbot):
    pid = full_patient(practice)
    bundle = summary_export.export_summary(practice.ctx["physician"], pid)
    bundle["entry"][3]["resource"]["code"]["coding"][0]["system"] = 42
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    session = AppSession(practice.ctx["physician"])
    try:
        dialog = FhirImportDialog(session, str(path))
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: bool(dialog.banner.text()), timeout=10000)
        assert "Bundle.entry[3].resource.code.coding[0].system is not valid FHIR R4" in dialog.banner.text()
        assert not dialog.import_button.isEnabled()
    finally:
        background.wait_idle()
        session.close()


def test_the_chart_exports_the_summary(practice, tmp_path, qtbot, monkeypatch):
    pid = full_patient(practice)
    target = tmp_path / "out.json"
    monkeypatch.setattr(fhir_summary_dialog.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    session = AppSession(practice.ctx["physician"])
    try:
        chart = make_chart(session, pid)
        qtbot.addWidget(chart)
        qtbot.waitUntil(lambda: chart.fhir_button.isEnabled(), timeout=10000)
        chart.fhir_button.click()
        qtbot.waitUntil(target.exists, timeout=10000)
        assert json.loads(target.read_text(encoding="utf-8"))["resourceType"] == "Bundle"
    finally:
        background.wait_idle()
        session.close()
