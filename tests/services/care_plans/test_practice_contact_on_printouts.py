"""Every document handed out shows how to reach the practice: the patient sheet's "Who to call" starts with the
practice's phone and its foot gives the address; the team's plan, the alerts and the review report name them too."""

from __future__ import annotations

import shutil

import pytest

from app.services.alerts import alert_pdf
from app.services.alerts import worksheet as review_worksheet
from app.services.care_plans import export as care_plan_export
from app.services.practice import practice_record as practice_service
from app.services.practice.practice_record import PracticeContact
from tests.services.alerts.test_review_report_pdf import _sheet, pdf_text
from tests.services.care_plans.test_care_plan_pdf import full_plan, text_of  # noqa: F401 (fixture)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
PHONE = "04 78 00 00 00"


@pytest.fixture
def reachable(practice):
    admin = practice.ctx["admin"]
    row = practice_service.get_practice(admin)
    practice_service.update_practice(admin, row.version, name=row.name, country=row.country, finess=row.finess,
                                     gln=row.gln, idle_lock_minutes=row.idle_lock_minutes, contact=PracticeContact(
                                         phone=PHONE, address_line="12 rue des Lilas", postal_code="69003",
                                         city="Lyon"))
    return practice


@pytest.mark.parametrize("lang,call,label,next_title", [("fr", "Qui appeler", "Tél.", "Prochains rendez-vous"),
                                                        ("de", "Wen anrufen", "Tel.", "Nächste Termine")])
def test_the_patient_sheet_gives_the_practice_phone_and_address(reachable, full_plan, tmp_path, lang, call,  # noqa: F811
                                                                label, next_title):
    text, pages = text_of(care_plan_export.patient_sheet(reachable.ctx["nurse"], full_plan, lang=lang), tmp_path,
                          f"sheet_contact_{lang}")
    flat = " ".join(text.split())
    assert pages == 1
    section = flat[flat.index(call):flat.index(next_title)]
    assert "MSP des Tilleuls" in section and PHONE in section
    assert section.index(PHONE) < section.index("Test Nurse")   # the practice first
    assert f"MSP des Tilleuls · 12 rue des Lilas · 69003 Lyon · {label} {PHONE}" in flat   # the foot of the page


def test_the_team_plan_alerts_and_review_report_name_the_practice_contact(reachable, full_plan, tmp_path):  # noqa: F811
    text, _ = text_of(care_plan_export.plan_pdf(reachable.ctx["physician"], full_plan, lang="de"), tmp_path, "team")
    assert f"MSP des Tilleuls · 12 rue des Lilas · 69003 Lyon · Tel. {PHONE}" in " ".join(text.split())
    (tmp_path / "alerts.pdf").write_bytes(alert_pdf.render([], "GIRARD Odette", "MSP des Tilleuls", "Test",
                                                           "fr", "12 rue des Lilas · 69003 Lyon · Tél. " + PHONE))
    assert f"12 rue des Lilas · 69003 Lyon · Tél. {PHONE}" in pdf_text(tmp_path / "alerts.pdf")
    _pid, sid, _sheet_row = _sheet(reachable)
    report = pdf_text(review_worksheet.export_report(reachable.ctx["pharmacist"], sid, tmp_path / "report.pdf"))
    assert f"MSP des Tilleuls 12 rue des Lilas 69003 Lyon Tél. {PHONE}" in report


def test_without_a_contact_the_sheet_still_names_the_practice(practice, full_plan, tmp_path):  # noqa: F811
    text, pages = text_of(care_plan_export.patient_sheet(practice.ctx["nurse"], full_plan, lang="en"), tmp_path,
                          "sheet_no_contact")
    assert pages == 1 and "MSP des Tilleuls your practice" in " ".join(text.split())
