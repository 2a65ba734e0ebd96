"""Texts Cordée writes into shared records follow the practice's language, chosen at set-up or in the settings."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.models.coordination import HospitalEvent
from app.models.practice import Practice
from app.models.task import Task
from app.services.coordination import hospital_events
from app.services.coordination.hospital_events import EventInput
from app.services.errors import ValidationError
from app.services.kernel.shared_texts import LANGUAGES, TEXTS
from app.services.patients.records import PatientInput, create_patient
from app.services.practice import practice_record as practice_service


def _discharge_task_title(ctx, gp_id) -> str:
    pid = create_patient(ctx, PatientInput(family_name="Rochat", given_names="Odile", birth_date="02.02.1940",
                                           sex="F", gp_staff_id=gp_id))
    event_id = hospital_events.record_event(ctx, pid, EventInput(
        kind="discharge", event_date=date.today() - timedelta(days=1), facility="HUG Genève"))
    with ctx.transaction() as session:
        return session.get(Task, session.get(HospitalEvent, event_id).task_id).title


def test_every_text_has_all_languages_and_the_same_fields():
    import string
    for key, versions in TEXTS.items():
        assert len(versions) == len(LANGUAGES), key
        fields = [{f for _, f, _, _ in string.Formatter().parse(v) if f} for v in versions]
        assert fields[0] == fields[1] == fields[2], key


def test_shared_texts_follow_the_practice_language(practice):
    admin, doctor = practice.ctx["admin"], practice.ctx["physician"]
    gp = practice.staff_ids["physician"]
    assert _discharge_task_title(doctor, gp) == "Conciliation médicamenteuse de sortie"
    row = practice_service.get_practice(admin)
    practice_service.update_practice(admin, row.version, name=row.name, country="CH", finess=None, gln=None,
                             idle_lock_minutes=row.idle_lock_minutes, language="de")
    assert practice_service.get_practice(admin).language == "de"
    assert _discharge_task_title(doctor, gp) == "Medikationsabgleich nach Spitalaustritt"


def test_unknown_language_refused_and_nothing_changed(practice):
    admin = practice.ctx["admin"]
    row = practice_service.get_practice(admin)
    with pytest.raises(ValidationError) as err:
        practice_service.update_practice(admin, row.version, name=row.name, country=row.country, finess=None, gln=None,
                                 idle_lock_minutes=row.idle_lock_minutes, language="it")
    assert (err.value.field, err.value.code, err.value.params) == ("language", "one_of", {"allowed": ("fr", "de", "en")})
    assert practice_service.get_practice(admin) == row
    with admin.transaction() as session:
        assert session.get(Practice, row.id).language == "fr"
