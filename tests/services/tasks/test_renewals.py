"""Pharmacien correspondant: authorisation flags, adherence, designation, 12-month cap, doctor informed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from dateutil.relativedelta import relativedelta
from sqlmodel import select

from app.models.protocol import PharmacistRenewal
from app.models.task import Task
from app.services.errors import AccessDenied, ValidationError
from app.services.medications import medication_list as medications
from app.services.medications.medication_list import MedicationInput, Posology
from app.services.tasks import protocols, renewals
from app.services.tasks import worklists as task_lists
from app.services.tasks.guard import GuardRefusal
from tests.services.tasks.test_tasks_helpers import add_patient

TODAY = date.today()
CODE = "fr-pharmacien-correspondant"


@pytest.fixture
def setup(practice):
    protocols.set_active(practice.ctx["admin"], CODE, True)
    protocols.set_adherence(practice.ctx["admin"], CODE, practice.staff_ids["pharmacist"], training_date=None)
    pid = add_patient(practice.ctx["physician"], age_years=70)
    protocols.enrol_patient(practice.ctx["pharmacist"], CODE, pid, consent_date=TODAY, consent_how="written")

    def line(start=TODAY - relativedelta(months=3), until=TODAY + relativedelta(months=6), adjust=True):
        return medications.add_medication(practice.ctx["physician"], pid, MedicationInput(
            atc="C09AA05", substances="ramipril", product_name="Ramipril 5 mg", posology=Posology(start_date=start),
            renewal_allowed_until=until, dose_adjustment_allowed=adjust,
            prescriber_staff_id=practice.staff_ids["physician"]))
    return pid, line


def test_renewal_recorded_and_doctor_informed(practice, setup):
    pid, line = setup
    lid = line()
    rid = renewals.request(practice.ctx["pharmacist"], lid, "renewal", renewed_until=TODAY + relativedelta(months=3))
    doctor = practice.ctx["physician"]
    [task] = task_lists.my_tasks(doctor)
    assert task.patient_id == pid and "renouvelé jusqu'au" in task.title and task.task_type == "pharmacist_info"
    [row] = renewals.list_for_patient(doctor, pid)
    assert row.id == rid and row.informed == "Test Physician"


def test_dose_adjustment_needs_the_flag(practice, setup):
    _pid, line = setup
    lid = line(adjust=False)
    with pytest.raises(GuardRefusal) as err:
        renewals.request(practice.ctx["pharmacist"], lid, "dose_adjustment", new_dose="2.5 mg")
    assert (err.value.field, err.value.code) == ("medication_line_id", "tasks.dose_adjustment_not_authorised")
    lid2 = line()
    renewals.request(practice.ctx["pharmacist"], lid2, "dose_adjustment", new_dose="2.5 mg le soir")
    with practice.db.session() as s:
        assert s.exec(select(Task)).one().priority == "urgent"


def test_renewal_needs_the_authorisation(practice, setup):
    _pid, line = setup
    lid = line(until=None)
    with pytest.raises(GuardRefusal) as err:
        renewals.request(practice.ctx["pharmacist"], lid, "renewal", renewed_until=TODAY + timedelta(days=30))
    assert (err.value.field, err.value.code) == ("medication_line_id", "tasks.renewal_not_authorised")


def test_twelve_month_cap_and_authorised_date(practice, setup):
    _pid, line = setup
    lid = line(start=TODAY - relativedelta(months=10), until=TODAY + relativedelta(months=2))
    with pytest.raises(GuardRefusal) as err:
        renewals.request(practice.ctx["pharmacist"], lid, "renewal", renewed_until=TODAY + relativedelta(months=3))
    assert (err.value.field, err.value.code) == ("renewed_until", "tasks.renewal_too_long")
    assert err.value.params == {"until": TODAY + relativedelta(months=2), "months": 12}
    renewals.request(practice.ctx["pharmacist"], lid, "renewal", renewed_until=TODAY + relativedelta(months=2))
    start = TODAY - relativedelta(months=13)
    old = line(start=start, until=TODAY - relativedelta(months=2))
    with pytest.raises(GuardRefusal) as err:
        renewals.request(practice.ctx["pharmacist"], old, "renewal", renewed_until=TODAY + timedelta(days=10))
    assert (err.value.field, err.value.code) == ("medication_line_id", "tasks.prescription_expired")
    assert err.value.params == {"ended": start + relativedelta(months=12), "months": 12}


def test_adherence_and_designation_are_required(practice, setup):
    pid, line = setup
    lid = line()
    protocols.end_adherence(practice.ctx["admin"], CODE, practice.staff_ids["pharmacist"])
    with pytest.raises(GuardRefusal) as err:
        renewals.request(practice.ctx["pharmacist"], lid, "renewal", renewed_until=TODAY + timedelta(days=30))
    assert (err.value.field, err.value.code) == ("assignee_staff_id", "tasks.delegate_not_adherent")
    protocols.set_adherence(practice.ctx["admin"], CODE, practice.staff_ids["pharmacist"], training_date=None)
    [enrolment] = protocols.patient_enrolments(practice.ctx["pharmacist"], pid)
    protocols.end_enrolment(practice.ctx["pharmacist"], enrolment.id, 1, "patient changed pharmacy")
    with pytest.raises(GuardRefusal) as err:
        renewals.request(practice.ctx["pharmacist"], lid, "renewal", renewed_until=TODAY + timedelta(days=30))
    assert (err.value.field, err.value.code) == ("patient_id", "tasks.patient_not_enrolled")


@pytest.mark.parametrize("kwargs,field,code", [
    ({"kind": "refill"}, "kind", "tasks.bad_renewal_kind"),
    ({"kind": "renewal", "renewed_until": None}, "renewed_until", "required"),
    ({"kind": "renewal", "renewed_until": TODAY}, "renewed_until", "tasks.not_after_today"),
    ({"kind": "dose_adjustment", "new_dose": " "}, "new_dose", "required"),
    ({"kind": "dose_adjustment", "new_dose": "x" * 201}, "new_dose", "too_long"),
    ({"kind": "renewal", "renewed_until": TODAY + timedelta(days=9), "note": "x" * 1001}, "note", "too_long"),
])
def test_bad_input_names_the_field_and_stores_nothing(practice, setup, kwargs, field, code):
    _pid, line = setup
    lid = line()
    kind = kwargs.pop("kind")
    with pytest.raises(ValidationError) as err:
        renewals.request(practice.ctx["pharmacist"], lid, kind, **kwargs)
    assert (err.value.field, err.value.code) == (field, code)
    with practice.db.session() as s:
        assert s.exec(select(PharmacistRenewal)).all() == [] and s.exec(select(Task)).all() == []


def test_only_the_pharmacist_requests(practice, setup):
    _pid, line = setup
    with pytest.raises(AccessDenied):
        renewals.request(practice.ctx["nurse"], line(), "renewal", renewed_until=TODAY + timedelta(days=9))
