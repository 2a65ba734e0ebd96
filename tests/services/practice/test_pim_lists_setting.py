"""The lists for older people a practice applies: default by country, the practice's choice, used by the review."""

from __future__ import annotations

import pytest

from app.models.practice import Practice
from app.services.errors import ValidationError
from app.services.medications import check as medication_check
from app.services.medications import medication_list as medications
from app.services.medications.medication_list import MedicationInput, Posology
from app.services.medications.review import load_knowledge
from app.services.patients import records as patients
from app.services.patients.records import PatientInput
from app.services.practice import practice_record as practice_service
from app.services.practice.practice_record import DEFAULT_PIM_LISTS, PIM_LISTS


def _update(admin, row, **kw):
    values = {"name": row.name, "country": row.country, "finess": None, "gln": None,
              "idle_lock_minutes": row.idle_lock_minutes} | kw
    return practice_service.update_practice(admin, row.version, **values)


def _stored(admin, row_id):
    with admin.transaction() as session:
        return session.get(Practice, row_id).pim_lists


def test_practice_list_ids_are_the_knowledge_lists():
    assert set(PIM_LISTS) == set(load_knowledge().pim_lists)
    assert DEFAULT_PIM_LISTS["FR"] == ("EU7-PIM", "STOPP-V3", "LAROCHE", "BEERS-2023")
    assert DEFAULT_PIM_LISTS["CH"] == ("EU7-PIM", "PRISCUS-2", "STOPP-V3", "BEERS-2023")


def test_default_by_country_then_the_practice_choice(practice):
    admin = practice.ctx["admin"]
    row = practice_service.get_practice(admin)
    assert row.country == "FR" and row.pim_lists == DEFAULT_PIM_LISTS["FR"]
    _update(admin, row, country="CH")
    row = practice_service.get_practice(admin)
    assert row.pim_lists == DEFAULT_PIM_LISTS["CH"] and _stored(admin, row.id) is None
    _update(admin, row, pim_lists=["STOPP-V3", "PRISCUS-2"])
    row = practice_service.get_practice(admin)
    assert row.pim_lists == ("PRISCUS-2", "STOPP-V3") and _stored(admin, row.id) == "PRISCUS-2,STOPP-V3"
    _update(admin, row, pim_lists=[])          # no list at all is a choice too
    row = practice_service.get_practice(admin)
    assert row.pim_lists == () and _stored(admin, row.id) == ""
    _update(admin, row, pim_lists=list(DEFAULT_PIM_LISTS["CH"]))   # the default is stored as "no choice"
    row = practice_service.get_practice(admin)
    assert row.pim_lists == DEFAULT_PIM_LISTS["CH"] and _stored(admin, row.id) is None


def test_unknown_list_refused(practice):
    admin = practice.ctx["admin"]
    row = practice_service.get_practice(admin)
    with pytest.raises(ValidationError) as err:
        _update(admin, row, pim_lists=["BEERS-2019"])
    assert (err.value.field, err.value.code) == ("pim_lists", "one_of")
    assert practice_service.get_practice(admin) == row


def _review_pims(practice, pid):
    result = medication_check.review_patient(practice.ctx["physician"], pid)
    return [f for f in result.findings if f.kind == "inappropriate_in_elderly"]


def test_the_review_applies_the_practice_lists(practice):
    admin = practice.ctx["admin"]
    # 80 years old, an anticholinergic antispasmodic: an item of Laroche only (the French list)
    pid = patients.create_patient(practice.ctx["physician"], PatientInput(
        family_name="Martin", given_names="Paul", birth_date="12.04.1941", sex="M"))
    medications.add_medication(practice.ctx["physician"], pid, MedicationInput(
        atc="A03BA01", substances="atropine", posology=Posology(dose_morning="1")))
    found = _review_pims(practice, pid)
    assert [dict(f.details)["list"] for f in found] == ["LAROCHE"]
    row = practice_service.get_practice(admin)
    _update(admin, row, country="CH")            # Switzerland's default has no Laroche
    assert _review_pims(practice, pid) == []
    row = practice_service.get_practice(admin)
    _update(admin, row, pim_lists=["LAROCHE"])
    assert [dict(f.details)["list"] for f in _review_pims(practice, pid)] == ["LAROCHE"]
