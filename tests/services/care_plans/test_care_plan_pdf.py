"""Printouts of a care plan: the team's PDF and the one-page patient sheet, checked through pdftotext."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from app.services.care_plans import export as care_plan_export
from app.services.care_plans import lifecycle as life
from app.services.care_plans import plans as care_plans
from app.services.care_plans.plan_input import MemberInput, UnmetNeedInput
from app.services.errors import AccessDenied
from app.services.medications import medication_list as medications
from app.services.medications.medication_list import MedicationInput, Posology
from tests.services.care_plans.test_care_plans import TODAY, draft

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
KEEP = os.environ.get("CORDEE_KEEP_PDF")   # a folder: keep the PDFs to look at them


def text_of(pdf: bytes, tmp_path: Path, name: str) -> tuple[str, int]:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    if KEEP:
        Path(KEEP, f"{name}.pdf").write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return text, text.count("\f")


@pytest.fixture
def full_plan(practice):
    plan_id, v, ids = draft(practice)
    nurse, doc = practice.ctx["nurse"], practice.ctx["physician"]
    v, _ = care_plans.save_item(nurse, plan_id, v, "member", MemberInput(
        category="home_nursing", name="SSIAD du Val", role="IDE coordinatrice", phone="04 75 00 00 00"))
    v, _ = care_plans.save_item(nurse, plan_id, v, "unmet_need", UnmetNeedInput(
        description="Pas de place en accueil de jour", reported_to_territory=True, reported_on=TODAY))
    view = care_plans.get_plan(nurse, plan_id)
    v = care_plans.update_plan(nurse, plan_id, v, care_plans.as_input(
        view, expectations="Rester chez elle le plus longtemps possible", advance_directives="yes",
        advance_directives_date="02.02.2024", advance_directives_location="Mon espace santé",
        trusted_person_name="Marc Morel (fils)", trusted_person_contact="06 12 34 56 78",
        trusted_person_designated_on="02.02.2024"))
    v = life.validate(doc, plan_id, v, agreement_date=TODAY, agreement_how="oral, en consultation")
    life.activate(doc, plan_id, v)
    medications.add_medication(doc, view.patient_id, MedicationInput(
        atc="C03CA01", substances="furosémide", product_name="Lasilix", strength="40 mg",
        posology=Posology(dose_morning="1", unit="tablet", start_date=TODAY - timedelta(days=30))))
    return plan_id


def test_team_pdf_has_every_section(practice, full_plan, tmp_path):
    text, pages = text_of(care_plan_export.plan_pdf(practice.ctx["physician"], full_plan, lang="en"), tmp_path,
                          "care_plan_en")
    flat = " ".join(text.split())
    for expected in ("Shared care plan (PPCS) — MOREL Jeanne", "Version 1 · active", "validated by Test Physician",
                     "oral, en consultation", "Référent: Test Nurse", "Care circle", "SSIAD du Val",
                     "Situation synthesis", "Insuffisance cardiaque", "Problems and needs", "Chutes à domicile",
                     "Shared goals", "Plus de chute", "Actions", "Appeler la patiente", "every week", "Portage des repas", "The patient's expectations", "Mon espace santé",
                     "Marc Morel (fils)", "Alert procedure", "Appeler l'IDE puis le 15", "Unmet needs",
                     "Pas de place en accueil de jour", "progress: 0 of 3 actions done"):
        assert expected in flat, expected


def test_patient_sheet_is_one_page_with_goals_contacts_appointments_medications(practice, full_plan, tmp_path):
    text, pages = text_of(care_plan_export.patient_sheet(practice.ctx["nurse"], full_plan, lang="en"), tmp_path,
                          "patient_sheet")
    flat = " ".join(text.split())
    assert pages == 1
    for expected in ("My care plan — MOREL Jeanne", "Our goals together", "Plus de chute", "Who to call",
                     "Appeler l'IDE puis le 15", "Test Nurse (your référent)", "SSIAD du Val", "04 75 00 00 00",
                     "Marc Morel (fils)", "Next appointments", f"{TODAY + timedelta(days=1):%d.%m.%Y} Pesée",
                     "My medications today", "Lasilix 40 mg"):
        assert expected in flat, expected
    assert "1-0-0-0 tablet" in flat   # the posology as the patient reads it, in the sheet's language
    assert "Medication plan (eMediplan)" in flat
    if shutil.which("zbarimg"):   # the QR code carries the medication plan payload
        subprocess.run(["pdftoppm", "-png", "-r", "150", str(tmp_path / "patient_sheet.pdf"), str(tmp_path / "p")],
                       check=True)
        png = next(tmp_path.glob("p*.png"))
        decoded = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True).stdout.strip()
        from app.services.medications import emediplan
        assert emediplan.decode(decoded)["Medicaments"][0]["Id"] == "Lasilix 40 mg"


def test_sheet_without_medication_right_and_long_lists_stays_one_page(practice, full_plan, tmp_path):
    from app.services.care_plans.plan_input import ActionInput
    nurse = practice.ctx["nurse"]
    view = care_plans.get_plan(nurse, full_plan)
    v = life.revise(nurse, full_plan, view.version)
    for i in range(25):
        v, _ = care_plans.save_item(nurse, full_plan, v, "action", ActionInput(
            description=f"Visite à domicile numéro {i} avec un texte assez long pour passer à la ligne",
            responsible_role="nurse", due_date=TODAY + timedelta(days=i + 2)))
        v, _ = care_plans.save_item(nurse, full_plan, v, "member", MemberInput(
            category="other", name=f"Contact {i}", phone="01 02 03 04 05"))
    text, pages = text_of(care_plan_export.patient_sheet(practice.ctx["coordinator"], full_plan, lang="en"),
                          tmp_path, "patient_sheet_long")
    assert pages == 1
    assert "Ask your doctor or pharmacist" in text and "Lasilix" not in text   # coordinator: no medication right
    assert re.search(r"… and \d+ more", text)


def test_team_pdf_is_french_by_default(practice, full_plan, tmp_path):
    text, pages = text_of(care_plan_export.plan_pdf(practice.ctx["physician"], full_plan), tmp_path, "care_plan")
    flat = " ".join(text.split())
    for expected in ("Plan de soins partagé (PPCS) — MOREL Jeanne", "Version 1 · actif",
                     "validé par Test Physician", "Référent : Test Nurse", "Cercle de soins", "soins à domicile",
                     "Synthèse de la situation", "médical", "Problèmes et besoins", "Objectifs partagés", "en cours",
                     "Actions", "chaque semaine", "prévue", "Attentes et préférences du patient",
                     "Directives anticipées : oui", "Personne de confiance : Marc Morel (fils)", "Procédure d'alerte",
                     "Besoins non couverts", f"oui, {TODAY:%d.%m.%Y}", "avancement : 0 actions faites sur 3",
                     "Imprimé par Test Physician", "plan de soins v1", "page 1"):
        assert expected in flat, expected
    for english in ("Care circle", "Shared goals", "every week", "planned", "Printed by"):
        assert english not in flat, english


def test_team_pdf_in_german(practice, full_plan, tmp_path):
    text, pages = text_of(care_plan_export.plan_pdf(practice.ctx["physician"], full_plan, lang="de"), tmp_path,
                          "care_plan_de")
    flat = " ".join(text.split())
    for expected in ("Gemeinsamer Betreuungsplan — MOREL Jeanne", "Version 1 · aktiv", "validiert von Test Physician",
                     "Behandlungsteam", "Spitex", "Zusammenfassung der Situation", "Probleme und Bedürfnisse",
                     "Gemeinsame Ziele", "Massnahmen", "wöchentlich", "geplant", "Patientenverfügung: ja",
                     "Vertrauensperson: Marc Morel (fils)", "Ungedeckte Bedürfnisse", "Gedruckt von Test Physician",
                     "Seite 1"):
        assert expected in flat, expected
    assert "Cercle de soins" not in flat and "Care circle" not in flat


def test_patient_sheet_follows_the_patients_language(practice, full_plan, tmp_path):
    from app.models.patient import Patient
    nurse = practice.ctx["nurse"]
    text, pages = text_of(care_plan_export.patient_sheet(nurse, full_plan), tmp_path, "patient_sheet_fr")
    flat = " ".join(text.split())
    assert pages == 1
    for expected in ("Mon plan de soins — MOREL Jeanne", "Nos objectifs ensemble", "Qui appeler",
                     "En cas de problème :", "Test Nurse (votre référent)", "Prochains rendez-vous",
                     "Mes médicaments aujourd'hui", "Lasilix 40 mg", "Plan de médication (eMediplan)",
                     "Gardez cette feuille à la maison"):
        assert expected in flat, expected
    assert "My care plan" not in flat
    view = care_plans.get_plan(nurse, full_plan)
    with nurse.transaction() as session:
        session.get(Patient, view.patient_id).preferred_language = "de"
    text, pages = text_of(care_plan_export.patient_sheet(nurse, full_plan), tmp_path, "patient_sheet_de")
    flat = " ".join(text.split())
    assert pages == 1
    for expected in ("Mein Betreuungsplan — MOREL Jeanne", "Unsere gemeinsamen Ziele", "Wen anrufen",
                     "Test Nurse (Ihre Bezugsperson)", "Nächste Termine", "Meine Medikamente heute",
                     "Medikationsplan (eMediplan)"):
        assert expected in flat, expected
    text, _ = text_of(care_plan_export.patient_sheet(nurse, full_plan, lang="fr"), tmp_path, "patient_sheet_fr2")
    assert "Mon plan de soins" in text    # an explicit language wins over the patient's


def test_printing_needs_the_right(practice, full_plan):
    with pytest.raises(AccessDenied):
        care_plan_export.plan_pdf(practice.ctx["medical_assistant"], full_plan)
