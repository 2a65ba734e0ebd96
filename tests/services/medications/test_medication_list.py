"""Medication list services: add, change, stop, history, versioning, audit, validation, access."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from app.models.audit import AuditEvent
from app.models.medication import MedicationLine, MedicationLineVersion, Observation
from app.services.errors import AccessDenied, NotFoundError, StaleRecordError, ValidationError
from app.services.medications import medication_list as medications
from app.services.medications import observations
from app.services.medications.medication_list import MedicationInput, Posology
from app.services.medications.posology import parse_amount
from app.services.patients import records as patients
from app.services.patients.records import PatientInput

TODAY = date.today()


@pytest.fixture
def patient_id(practice):
    return patients.create_patient(practice.ctx["physician"], PatientInput(
        family_name="Durand", given_names="Louise", birth_date="12.04.1941", sex="F"))


POSOLOGY = {"dose_morning", "dose_noon", "dose_evening", "dose_night", "start_date", "end_date", "instructions",
            "route", "route_text", "unit", "schedule", "as_needed_amount", "max_per_day", "cycle_days", "takings",
            "in_reserve"}


def warfarin(**changes) -> MedicationInput:
    """Warfarin ½ tablet in the evening; posology fields and line fields can both be changed."""
    posology = dict(schedule="times", dose_evening="1/2", unit="tablet", start_date="01.02.2025", route="20053000")
    values = dict(atc="B01AA03", substances="warfarine", product_name="Coumadine", catalogue_ref="substance:B01AA03",
                  strength="2 mg", indication="FA")
    for key, value in changes.items():
        (posology if key in POSOLOGY else values)[key] = value
    return MedicationInput(posology=Posology(**posology), **values)


def audit_actions(practice, patient_id) -> list[str]:
    with practice.db.session() as s:
        return [e.action for e in s.exec(select(AuditEvent).where(AuditEvent.patient_id == patient_id)
                                         .order_by(AuditEvent.seq))]


def count(practice, model) -> int:
    with practice.db.session() as s:
        return len(s.exec(select(model)).all())


def test_add_list_change_stop_and_history(practice, patient_id):
    doc = practice.ctx["physician"]
    line_id = medications.add_medication(doc, patient_id, warfarin(prescriber_staff_id=practice.staff_ids["physician"]))
    rows = medications.list_current(practice.ctx["nurse"], patient_id)
    assert [r.id for r in rows] == [line_id]
    row = rows[0]
    assert row.version == 1 and row.data.posology.dose_evening == "0.5" and row.data.start_date == date(2025, 2, 1)
    assert row.data.daily_dose_mg == 1.0   # ½ tablet of 2 mg a day: derived from the posology and the strength
    assert row.free_text is False and row.prescriber_display and "Physician" in row.prescriber_display
    v2 = medications.change_medication(doc, line_id, 1, medications.with_posology(row, dose_evening="1"))
    assert v2 == 2
    v3 = medications.stop_medication(doc, line_id, 2, "INR instable", stopped_on=TODAY)
    assert v3 == 3
    assert medications.list_current(doc, patient_id) == []
    history = medications.list_history(doc, patient_id)
    assert [(h.change, h.version) for h in history] == [("stop", 3), ("change", 2), ("add", 1)]
    assert history[0].stopped_at == TODAY and history[0].stop_reason == "INR instable"
    assert history[1].data.posology.dose_evening == "1" and history[2].data.posology.dose_evening == "0.5"
    assert history[1].data.posology.route == "20053000" and history[1].data.posology.unit == "tablet"
    assert history[0].changed_by == doc.actor.display_name
    with practice.db.session() as s:
        line = s.get(MedicationLine, line_id)
        assert line.stopped_by == doc.actor.display_name and line.stopped_at == TODAY
    actions = audit_actions(practice, patient_id)
    for action in ("medication.add", "medication.list", "medication.change", "medication.stop",
                   "medication.history"):
        assert action in actions


def test_stale_change_and_stop_are_refused(practice, patient_id):
    doc, apn = practice.ctx["physician"], practice.ctx["advanced_practice_nurse"]
    line_id = medications.add_medication(doc, patient_id, warfarin())
    medications.change_medication(apn, line_id, 1, warfarin(dose_evening="1"))
    with pytest.raises(StaleRecordError) as err:
        medications.change_medication(doc, line_id, 1, warfarin(dose_evening="2"))
    assert err.value.changed_by == apn.actor.display_name
    with pytest.raises(StaleRecordError):
        medications.stop_medication(doc, line_id, 1, "arrêt")
    medications.stop_medication(doc, line_id, 2, "arrêt")
    with pytest.raises(StaleRecordError):   # a stopped line cannot be changed again
        medications.change_medication(doc, line_id, 3, warfarin())
    with pytest.raises(NotFoundError):
        medications.change_medication(doc, 9999, 1, warfarin())
    assert count(practice, MedicationLineVersion) == 3


def test_free_text_line_is_marked_not_checked(practice, patient_id):
    line_id = medications.add_medication(practice.ctx["physician"], patient_id, MedicationInput(
        product_name="Tisane maison au millepertuis", posology=Posology(dose_morning="1")))
    row = medications.list_current(practice.ctx["physician"], patient_id)[0]
    assert row.id == line_id and row.free_text and row.data.atc is None and row.data.catalogue_ref is None


@pytest.mark.parametrize("text, expected", [
    ("1", "1"), ("0,5", "0.5"), ("1/2", "0.5"), ("½", "0.5"), ("1½", "1.5"), ("1 1/2", "1.5"), (" 2 ", "2"),
    ("0.25", "0.25"), ("", None), ("0", None), (None, None), ("1/4", "0.25")])
def test_doses_are_normalised(text, expected):
    assert parse_amount(text, "dose_morning") == expected


BAD_FIELDS = [
    ("atc", {"atc": "B01AA"}), ("atc", {"atc": "warfarin"}), ("substances", {"substances": "", "product_name": ""}),
    ("substances", {"substances": "x" * 501}), ("product_name", {"product_name": "x" * 201}),
    ("strength", {"strength": "x" * 61}), ("dose_morning", {"dose_morning": "beaucoup"}),
    ("dose_noon", {"dose_noon": "1/0"}), ("dose_evening", {"dose_evening": "-1"}),
    ("dose_night", {"dose_night": "500"}), ("instructions", {"instructions": "x" * 501}),
    ("route", {"route": "by magic"}), ("route_text", {"route": None, "route_text": "x" * 101}),
    ("unit", {"unit": "bucket"}), ("start_date", {"start_date": "31.02.2025"}),
    ("end_date", {"end_date": "01.01.2024"}), ("end_date", {"end_date": "tomorrow"}),
    ("indication", {"indication": "x" * 201}), ("prescriber_staff_id", {"prescriber_staff_id": 9999}),
    ("prescriber_external", {"prescriber_external": "x" * 201}),
    ("renewal_allowed_until", {"renewal_allowed_until": "01.01.2024"}),
    ("renewal_allowed_until", {"renewal_allowed_until": "01.06.2026"}),
    ("daily_dose_mg", {"daily_dose_mg": "abc"}), ("daily_dose_mg", {"daily_dose_mg": "-5"}),
    ("substances", {"substances": "a\x00b"}),
]


@pytest.mark.parametrize("field, changes", BAD_FIELDS)
def test_bad_input_names_the_field_and_stores_nothing(practice, patient_id, field, changes):
    with pytest.raises(ValidationError) as err:
        medications.add_medication(practice.ctx["physician"], patient_id, warfarin(**changes))
    assert err.value.field == field
    assert count(practice, MedicationLine) == 0 and count(practice, MedicationLineVersion) == 0
    assert "medication.add" not in audit_actions(practice, patient_id)


def test_bad_change_and_stop_store_nothing(practice, patient_id):
    doc = practice.ctx["physician"]
    line_id = medications.add_medication(doc, patient_id, warfarin())
    with pytest.raises(ValidationError) as err:
        medications.change_medication(doc, line_id, 1, warfarin(dose_morning="x"))
    assert err.value.field == "dose_morning"
    with pytest.raises(ValidationError) as err:
        medications.stop_medication(doc, line_id, 1, "   ")
    assert err.value.field == "stop_reason"
    with pytest.raises(ValidationError) as err:
        medications.stop_medication(doc, line_id, 1, "fin", stopped_on="01.01.2020")
    assert err.value.field == "stopped_at"
    assert medications.list_current(doc, patient_id)[0].version == 1
    assert count(practice, MedicationLineVersion) == 1


def test_unknown_patient(practice):
    with pytest.raises(NotFoundError):
        medications.add_medication(practice.ctx["physician"], 4242, warfarin())


ROLES = ("physician", "pharmacist", "advanced_practice_nurse", "nurse", "medical_assistant", "coordinator", "admin")


@pytest.mark.parametrize("role", ROLES)
def test_access_matrix_through_the_services(practice, patient_id, role):
    ctx = practice.ctx[role]
    doc = practice.ctx["physician"]
    can_read = role in {"physician", "pharmacist", "advanced_practice_nurse", "nurse", "medical_assistant"}
    can_prescribe = role in {"physician", "advanced_practice_nurse"}
    can_self = role in {"physician", "pharmacist", "advanced_practice_nurse"}
    can_observe = can_read

    def attempt(fn, expected):
        if expected:
            return fn()
        with pytest.raises(AccessDenied):
            fn()

    attempt(lambda: medications.list_current(ctx, patient_id), can_read)
    attempt(lambda: medications.list_history(ctx, patient_id), can_read)
    attempt(lambda: observations.latest_values(ctx, patient_id), can_read)
    attempt(lambda: medications.add_medication(ctx, patient_id, warfarin()), can_prescribe)
    otc = MedicationInput(atc="N02BE01", substances="paracétamol", self_medication=True,
                          posology=Posology(schedule="as_needed"))
    self_id = attempt(lambda: medications.add_medication(ctx, patient_id, otc), can_self)
    if self_id:   # whoever may record self-medication may also correct and stop it
        medications.stop_medication(ctx, self_id, 1, "plus pris")
    line_id = medications.add_medication(doc, patient_id, warfarin())
    attempt(lambda: medications.change_medication(ctx, line_id, 1, warfarin(dose_morning="1")), can_prescribe)
    version = 2 if can_prescribe else 1
    attempt(lambda: medications.stop_medication(ctx, line_id, version, "arrêt"), can_prescribe)
    attempt(lambda: observations.record_observation(ctx, patient_id, "egfr", 55), can_observe)


def test_observations_record_latest_and_validate(practice, patient_id):
    nurse = practice.ctx["nurse"]
    observations.record_observation(nurse, patient_id, "egfr", "48,5", TODAY - timedelta(days=100))
    observations.record_observation(nurse, patient_id, "egfr", 32, TODAY - timedelta(days=3))
    observations.record_observation(nurse, patient_id, "weight_kg", 61, TODAY)
    latest = observations.latest_values(practice.ctx["pharmacist"], patient_id)
    assert latest["egfr"].value == 32 and latest["egfr"].unit.startswith("mL/min")
    assert latest["weight_kg"].measured_on == TODAY and "creatinine_umol_l" not in latest
    assert [r.value for r in observations.history(nurse, patient_id, "egfr")] == [32, 48.5]
    for code, value, day, field in [("egfr", 250, None, "value"), ("egfr", "abc", None, "value"),
                                    ("weight_kg", 0.1, None, "value"), ("creatinine_umol_l", 4000, None, "value"),
                                    ("glucose", 5, None, "code"), ("egfr", 40, TODAY + timedelta(days=2),
                                                                   "measured_on"),
                                    ("egfr", 40, "32.13.2020", "measured_on"), ("egfr", "", None, "value")]:
        with pytest.raises(ValidationError) as err:
            observations.record_observation(nurse, patient_id, code, value, day)
        assert err.value.field == field
    assert count(practice, Observation) == 3
    actions = audit_actions(practice, patient_id)
    assert actions.count("observation.record") == 3 and "observation.read" in actions
