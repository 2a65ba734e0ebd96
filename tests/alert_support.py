"""Helpers for the alert, reconciliation and worksheet tests: a patient with a list that triggers findings."""

from __future__ import annotations

from datetime import date, timedelta

from app.services.medications import medication_list as medications
from app.services.medications import observations
from app.services.medications.medication_list import MedicationInput
from app.services.medications.posology import TIME_FIELDS, Posology
from app.services.patients import records as patients
from app.services.patients.records import PatientInput, ProblemEntry


def make_patient(practice, *, birth="12.03.1941", problems=(), family="Girard", given="Odette", sex="F") -> int:
    ctx = practice.ctx["physician"]
    return patients.create_patient(ctx, PatientInput(
        family_name=family, given_names=given, birth_date=birth, sex=sex, gp_staff_id=practice.staff_ids["physician"],
        problems=[ProblemEntry(*p) for p in problems]))


POSOLOGY_KEYS = ("instructions", "route", "route_text", "end_date", "unit")


def posology(schedule=("1", "", "", ""), as_needed=False, **values) -> Posology:
    """Times of day (in reserve when ``as_needed``), or, without doses, an as-needed or instructions-only one."""
    doses = {f: x or None for f, x in zip(TIME_FIELDS, schedule)}
    if any(doses.values()):
        return Posology(schedule="times", in_reserve=as_needed, **doses, **values)
    return Posology(schedule="as_needed" if as_needed else "text", **values)


def add_line(practice, pid: int, atc: str, substances: str, schedule=("1", "", "", ""), mg=None, months_ago=12,
             **extra) -> int:
    start = extra.pop("start_date", date.today() - timedelta(days=int(months_ago * 30.5)))
    values = {k: extra.pop(k) for k in POSOLOGY_KEYS if k in extra}
    p = posology(schedule, extra.pop("as_needed", False), start_date=start, **values)
    return medications.add_medication(practice.ctx["physician"], pid, MedicationInput(
        atc=atc, substances=substances, posology=p, daily_dose_mg=mg, **extra))


def warfarin_aspirin(practice) -> tuple[int, int, int]:
    """A patient on warfarin + aspirin (an interaction finding); returns (patient, warfarin line, aspirin line)."""
    pid = make_patient(practice, problems=[("condition", "Fibrillation auriculaire", "I48.9")])
    w = add_line(practice, pid, "B01AA03", "warfarine", ("", "", "1", ""), 5, strength="5 mg",
                 product_name="Coumadine 5 mg", indication="Fibrillation auriculaire")
    a = add_line(practice, pid, "B01AC06", "acide acétylsalicylique", ("1", "", "", ""), 75, strength="75 mg",
                 product_name="Kardégic 75 mg", indication="Prévention secondaire")
    observations.record_observation(practice.ctx["physician"], pid, "egfr", 58, date.today() - timedelta(days=10))
    observations.record_observation(practice.ctx["physician"], pid, "inr", 3.4, date.today() - timedelta(days=3))
    return pid, w, a
