"""The review engine run on a patient record: context from the chart, lines from the list."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from app.models.audit import AuditEvent
from app.services.errors import AccessDenied
from app.services.medications import check as medication_check
from app.services.medications import medication_list as medications
from app.services.medications import observations
from app.services.medications.medication_list import MedicationInput, Posology
from app.services.patients import records as patients
from app.services.patients.records import PatientInput, ProblemEntry

TODAY = date.today()


def make_patient(practice, birth="12.04.1941", problems=()) -> int:
    return patients.create_patient(practice.ctx["physician"], PatientInput(
        family_name="Martin", given_names="Paul", birth_date=birth, sex="M", problems=list(problems)))


def add(practice, pid, atc, name, **dates) -> int:
    return medications.add_medication(practice.ctx["physician"], pid, MedicationInput(
        atc=atc, substances=name, posology=Posology(dose_morning="1", **dates)))


def test_warfarin_and_aspirin_give_an_interaction_with_both_codes(practice):
    pid = make_patient(practice)
    add(practice, pid, "B01AA03", "warfarine")
    add(practice, pid, "B01AC06", "acide acétylsalicylique")
    result = medication_check.review_patient(practice.ctx["pharmacist"], pid)
    hits = [f for f in result.findings if f.kind == "interaction" and {"B01AA03", "B01AC06"} <= set(f.atc)]
    assert hits and hits[0].sources and hits[0].message
    assert {r.data.atc for r in result.checked} == {"B01AA03", "B01AC06"} and result.not_checked == ()
    with practice.db.session() as s:
        assert s.exec(select(AuditEvent).where(AuditEvent.action == "medication.review",
                                               AuditEvent.patient_id == pid)).first() is not None


def test_metformin_without_egfr_is_not_evaluable_then_evaluated(practice):
    pid = make_patient(practice)
    add(practice, pid, "A10BA02", "metformine")
    before = medication_check.review_patient(practice.ctx["physician"], pid)
    renal = [f for f in before.findings if f.kind == "renal_dose"]
    assert renal and renal[0].severity == "not_evaluable" and "A10BA02" in renal[0].atc
    observations.record_observation(practice.ctx["nurse"], pid, "egfr", 25, TODAY - timedelta(days=2))
    after = medication_check.review_patient(practice.ctx["physician"], pid)
    renal = [f for f in after.findings if f.kind == "renal_dose"]
    assert renal and renal[0].severity != "not_evaluable"
    assert after.context.egfr == 25 and after.values["egfr"].value == 25


def test_record_problems_feed_the_context(practice):
    pid = make_patient(practice, problems=[ProblemEntry("condition", "Insuffisance cardiaque", "I50.9"),
                                           ProblemEntry("allergy", "Pénicillines", "J01C"),
                                           ProblemEntry("ald", "Diabète", "E11")])
    add(practice, pid, "M01AE01", "ibuprofène")
    add(practice, pid, "J01CA04", "amoxicilline")
    result = medication_check.review_patient(practice.ctx["physician"], pid, lang="en")
    kinds = {(f.kind, f.atc) for f in result.findings}
    assert ("allergy", ("J01CA04",)) in kinds
    assert any(k == "drug_disease" and "M01AE01" in atc for k, atc in kinds)
    assert set(result.context.conditions) == {"I50.9", "E11"} and result.context.allergies == ("J01C",)
    assert result.context.age >= 80 and result.context.sex == "M"


def test_free_text_line_is_listed_as_not_checked(practice):
    pid = make_patient(practice)
    add(practice, pid, "C09AA05", "ramipril")
    medications.add_medication(practice.ctx["physician"], pid, MedicationInput(product_name="Gouttes de Bach"))
    result = medication_check.review_patient(practice.ctx["physician"], pid)
    assert [r.display_name for r in result.not_checked] == ["Gouttes de Bach"]
    assert [r.data.atc for r in result.checked] == ["C09AA05"]


def test_ended_and_stopped_lines_are_not_reviewed(practice):
    pid = make_patient(practice)
    line = add(practice, pid, "B01AA03", "warfarine")
    add(practice, pid, "B01AC06", "aspirine", start_date=TODAY - timedelta(days=30),
        end_date=TODAY - timedelta(days=1))
    medications.stop_medication(practice.ctx["physician"], line, 1, "relais AOD")
    assert medication_check.review_patient(practice.ctx["physician"], pid).findings == ()


def test_review_needs_read_access(practice):
    pid = make_patient(practice)
    with pytest.raises(AccessDenied):
        medication_check.review_patient(practice.ctx["coordinator"], pid)
