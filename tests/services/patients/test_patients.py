"""The patient register: create, edit, search, stale saves, bad input leaves data unchanged."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.errors import NotFoundError, StaleRecordError, ValidationError
from app.services.kernel.text_search import fold
from app.services.patients import records as patients
from app.services.patients.records import PatientInput, ProblemEntry

GOOD = dict(family_name="Müller", given_names="Hélène", birth_date="15.03.1948", sex="F")


def _new(ctx, **kw):
    return patients.create_patient(ctx, PatientInput(**{**GOOD, **kw}))


def test_create_open_and_fields(practice):
    ctx = practice.ctx["physician"]
    pid = _new(ctx, birth_name="Lévêque", city="Sion", country="CH", avs_number="756.1234.5678.97",
               gp_staff_id=practice.staff_ids["physician"],
               problems=[ProblemEntry("condition", "Insuffisance cardiaque", "I50.9"),
                         ProblemEntry("allergy", "Pénicillines", "J01C"), ProblemEntry("ald", "Diabète", "E11")])
    row = patients.open_patient(ctx, pid)
    assert row.data.avs_number == "7561234567897" and row.data.birth_date == date(1948, 3, 15)
    assert row.gp_display == "Test Physician"
    assert [p.code for p in row.data.problems] == ["I50.9", "J01C", "E11"]


@pytest.mark.parametrize("query", ["helene", "HÉLÈNE", "muller", "mül", "levêque", "hel mul", "15.03.1948",
                                   "15/03/1948", "1948-03-15"])
def test_search_accent_case_date(practice, query):
    ctx = practice.ctx["medical_assistant"]
    pid = _new(ctx, birth_name="Lévêque")
    _new(ctx, family_name="Martin", given_names="Paul", birth_date="01.01.1960", sex="M")
    assert [r.id for r in patients.search_patients(ctx, query)] == [pid]


def test_search_by_identifiers_and_compound_names(practice):
    ctx = practice.ctx["nurse"]
    a = _new(ctx, family_name="Dupont-Moretti", ins_matricule="2 48 03 75 123 456 58", ins_status="VALI")
    b = _new(ctx, family_name="D'Alembert", country="CH", avs_number="7561234567897")
    assert [r.id for r in patients.search_patients(ctx, "moretti")] == [a]
    assert [r.id for r in patients.search_patients(ctx, "alembert")] == [b]
    assert [r.id for r in patients.search_patients(ctx, "248037512345658")] == [a]
    assert [r.id for r in patients.search_patients(ctx, "756.1234.5678.97")] == [b]
    assert [r.id for r in patients.search_patients(ctx, str(b))] == [b]


def test_search_special_characters_are_literal(practice):
    ctx = practice.ctx["nurse"]
    _new(ctx)
    named = patients.search_patients(ctx, "Hélène")
    assert named   # the patient _new made is found by name
    for q in ['"', "*", "' OR 1=1 --", "NEAR(", "%", "_", "\\", "-", "hel*ne", 'x" OR "y']:
        # never an error, and operators are not operators: no query matches every patient or the wrong one
        assert patients.search_patients(ctx, q) == [], q


BAD = [
    ({"family_name": "  "}, "family_name", "required"),
    ({"given_names": ""}, "given_names", "required"),
    ({"birth_date": "31.02.1950"}, "birth_date", "not_a_calendar_date"),
    ({"birth_date": "1950"}, "birth_date", "not_a_date"),
    ({"birth_date": "01.01.2999"}, "birth_date", "future_date"),
    ({"birth_date": "01.01.1899"}, "birth_date", "patients.born_before_1900"),
    ({"sex": "Q"}, "sex", "patients.sex"),
    ({"country": "DE"}, "country", "one_of"),
    ({"preferred_language": "es"}, "preferred_language", "one_of"),
    ({"ins_matricule": "248037512345659", "ins_status": "QUAL"}, "ins_matricule", "ins_key_mismatch"),
    ({"ins_matricule": "248037512345658", "ins_status": None}, "ins_status", "patients.ins_status"),
    ({"ins_status": "QUAL"}, "ins_status", "patients.ins_status_without_ins"),
    ({"avs_number": "756.1234.5678.98"}, "avs_number", "check_digit"),
    ({"phone": "call me maybe"}, "phone", "patients.phone_format"),
    ({"family_name": "x" * 101}, "family_name", "too_long"),
    ({"gp_staff_id": 9999}, "gp_staff_id", "patients.gp_not_physician"),
    ({"problems": [ProblemEntry("condition", "Asthme", "ASTHMA")]}, "problems[1].code", "patients.condition_code"),
    ({"problems": [ProblemEntry("allergy", "Pollen", "POLLEN")]}, "problems[1].code", "patients.allergy_code"),
    ({"problems": [ProblemEntry("allergy", "", "J01C")]}, "problems[1].label", "required"),
    ({"problems": [ProblemEntry("other", "x", None)]}, "problems[1]", "patients.problem_kind"),
]


@pytest.mark.parametrize("change,field,code", BAD)
def test_bad_input_names_field_and_stores_nothing(practice, change, field, code):
    ctx = practice.ctx["physician"]
    with pytest.raises(ValidationError) as err:
        _new(ctx, **change)
    assert (err.value.field, err.value.code) == (field, code)
    assert patients.count_patients(ctx) == 0


def test_a_missing_patient_is_named(practice):
    with pytest.raises(NotFoundError) as err:
        patients.open_patient(practice.ctx["physician"], 999999)
    assert err.value.code == "not_found" and err.value.params == {"entity": "patient", "entity_id": 999999}


def test_choices_are_named_in_the_error(practice):
    with pytest.raises(ValidationError) as err:
        _new(practice.ctx["physician"], preferred_language="es")
    assert err.value.params == {"allowed": ("fr", "de", "en", "it")}


def test_bad_edit_leaves_record_unchanged(practice):
    ctx = practice.ctx["physician"]
    pid = _new(ctx, city="Lyon")
    row = patients.open_patient(ctx, pid)
    with pytest.raises(ValidationError):
        patients.update_patient(ctx, pid, row.version, patients.with_changes(row, city="Sion", birth_date="bad"))
    again = patients.open_patient(ctx, pid)
    assert again.data.city == "Lyon" and again.version == row.version


def test_stale_save_refused_with_who_and_when(practice):
    a, b = practice.ctx["physician"], practice.ctx["coordinator"]
    pid = _new(a)
    row_a = patients.open_patient(a, pid)
    row_b = patients.open_patient(b, pid)
    patients.update_patient(b, pid, row_b.version, patients.with_changes(row_b, city="Sion"))
    with pytest.raises(StaleRecordError) as err:
        patients.update_patient(a, pid, row_a.version, patients.with_changes(row_a, city="Lyon"))
    assert err.value.changed_by == "Test Coordinator" and err.value.changed_at is not None
    assert patients.open_patient(a, pid).data.city == "Sion"


NAMES = st.text(alphabet="abcdeéèêëàâäöüçñ -'ABCÉÜ", min_size=2, max_size=20).filter(lambda s: fold(s).strip(" -'"))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=NAMES)
def test_search_finds_any_name_by_its_first_word_prefix(practice, name):
    ctx = practice.ctx["physician"]
    pid = _new(ctx, family_name=name)
    word = [w for w in fold(name).replace("-", " ").replace("'", " ").split() if w][0]
    assert pid in [r.id for r in patients.search_patients(ctx, word[:3], limit=1000)]


def test_search_does_not_wait_for_a_save_in_progress(practice):
    """A search reads its own snapshot (plain BEGIN): a long save on another connection does not hold it up."""
    from app.models.patient import Patient

    ctx = practice.ctx["physician"]
    pid = _new(ctx, family_name="Zufferey", given_names="Alain")
    with ctx.transaction() as session:          # BEGIN IMMEDIATE: this connection holds the write lock
        session.get(Patient, pid).city = "Sierre"
        session.flush()
        assert [r.id for r in patients.search_patients(practice.ctx["nurse"], "zuff")] == [pid]
    assert patients.open_patient(ctx, pid).data.city == "Sierre"
