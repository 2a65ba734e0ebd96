"""Protocol files (loader checks) and the delegation guard, for every shipped protocol."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from app.models.task import Task
from app.services.errors import AccessDenied, NotFoundError, ValidationError
from app.services.tasks import protocols
from app.services.tasks import task_flow as tasks
from app.services.tasks.guard import GuardRefusal
from app.services.tasks.protocol_files import PROTOCOL_DIR, ProtocolFileError, load_folder, shipped_protocols
from app.services.tasks.task_flow import TaskInput
from tests.services.tasks.test_tasks_helpers import add_patient, add_staff, delegate_for, fitting_patient, ready

SHIPPED = shipped_protocols()
CODES = sorted(SHIPPED)


def test_every_required_protocol_is_shipped_with_sources():
    kinds = {p.kind for p in SHIPPED.values()}
    assert {"asalee", "national_cooperation", "ipa", "pharmacien_correspondant", "assistant_medical", "ch_mpk",
            "ch_apn"} <= kinds
    national = [p for p in SHIPPED.values() if p.kind == "national_cooperation"]
    assert len(national) == 6
    ages = {p.code: (p.inclusion.age_min_years, p.inclusion.age_min_months, p.inclusion.age_max_years)
            for p in national}
    assert ages["fr-pc-cystitis"] == (16, None, 65) and SHIPPED["fr-pc-cystitis"].inclusion.sex == ("F",)
    assert ages["fr-pc-odynophagia"][0] == 6 and SHIPPED["fr-pc-odynophagia"].verify
    assert ages["fr-pc-allergic-rhinitis"] == (15, None, 50)
    assert ages["fr-pc-ankle-sprain"] == (18, None, 55) and SHIPPED["fr-pc-ankle-sprain"].verify
    assert ages["fr-pc-low-back-pain"] == (20, None, 55)
    assert ages["fr-pc-varicella"] == (None, 12, 12)
    assert all(a.label_in("fr") != a.label and a.label_in("de") != a.label and a.label_in("en") == a.label
               for p in SHIPPED.values() for a in p.acts)     # every act is labelled in French and German
    assert {a.domain for a in SHIPPED["fr-asalee"].acts} >= {"type_2_diabetes", "cardiovascular_risk",
                                                             "copd_smokers", "cognitive_screening"}
    assert SHIPPED["fr-ipa-pcs"].verify and SHIPPED["fr-asalee"].verify
    pc = SHIPPED["fr-pharmacien-correspondant"]
    assert pc.max_total_months == 12 and pc.requires_prescription_authorisation
    for p in SHIPPED.values():
        assert p.source and p.legal_reference and p.version and p.report_to_doctor


@pytest.mark.parametrize("mutate,field,code", [
    (lambda d: d.pop("legal_reference"), "legal_reference", "tasks.protocol_file_missing"),
    (lambda d: d.update(name=" "), "name", "tasks.protocol_file_empty"),
    (lambda d: d.update(kind="magic"), "kind", "tasks.protocol_file_one_of"),
    (lambda d: d.update(country="IT"), "country", "tasks.protocol_file_one_of"),
    (lambda d: d.update(source=[]), "source", "tasks.protocol_file_no_source"),
    (lambda d: d["inclusion"].update(age_min_years="six"), "inclusion.age_min_years", "tasks.protocol_file_wrong_type"),
    (lambda d: d["inclusion"].update(age_min_years=200), "inclusion.age_min_years", "tasks.protocol_file_out_of_range"),
    (lambda d: d["inclusion"].update(age_min_years=60, age_max_years=20), "inclusion.age_max_years",
     "tasks.protocol_file_below"),
    (lambda d: d["inclusion"].update(conditions_icd10=["diabetes"]), "inclusion.conditions_icd10[0]",
     "tasks.protocol_file_bad_value"),
    (lambda d: d["acts"][0].update(code="Bad Code"), "acts[0].code", "tasks.protocol_file_bad_act_code"),
    (lambda d: d["acts"].__setitem__(0, "x"), "acts[0]", "tasks.protocol_file_not_an_object"),
    (lambda d: d["acts"].append(dict(d["acts"][0])), "acts", "tasks.protocol_file_duplicate_acts"),
    (lambda d: d.update(acts=[]), "acts", "tasks.protocol_file_no_act"),
    (lambda d: d["acts"][0].update(labels={"it": "Diagnosi"}), "acts[0].labels.it", "tasks.protocol_file_bad_value"),
    (lambda d: d["acts"][0].update(labels="Diagnostic"), "acts[0].labels", "tasks.protocol_file_wrong_type"),
    (lambda d: d.update(delegate_roles=["wizard"]), "delegate_roles[0]", "tasks.protocol_file_bad_value"),
    (lambda d: d.update(delegate_roles=[], delegate_profession_keywords=[]), "delegate_roles",
     "tasks.protocol_file_no_delegate"),
    (lambda d: d.update(valid_from="06.03.2020"), "valid_from", "tasks.protocol_file_not_a_date"),
    (lambda d: d.update(valid_from="2030-01-01", valid_until="2029-01-01"), "valid_until", "tasks.protocol_file_below"),
    (lambda d: d.update(verify=True, verify_notes=[]), "verify_notes", "tasks.protocol_file_no_verify_notes"),
    (lambda d: d.update(code="Other Code"), "code", "tasks.protocol_file_bad_code"),
    (lambda d: d.update(code="other-code"), "code", "tasks.protocol_file_code_mismatch"),
])
def test_loader_names_file_and_field(tmp_path, mutate, field, code):
    data = json.loads((PROTOCOL_DIR / "fr-pc-cystitis.json").read_text(encoding="utf-8"))
    mutate(data)
    (tmp_path / "fr-pc-cystitis.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProtocolFileError) as err:
        load_folder(tmp_path)
    assert err.value.file == "fr-pc-cystitis.json" and err.value.field == field and err.value.code == code
    assert err.value.params["file"] == "fr-pc-cystitis.json" and err.value.params["key"] == field


def test_loader_refuses_broken_json(tmp_path):
    (tmp_path / "x.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ProtocolFileError) as err:
        load_folder(tmp_path)
    assert err.value.code == "tasks.protocol_file_unreadable" and err.value.params["file"] == "x.json"
    assert err.value.params["detail"]
    (tmp_path / "x.json").write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ProtocolFileError) as err:
        load_folder(tmp_path)
    assert err.value.code == "tasks.protocol_file_not_a_json_object"


def _task(patient_id, code, act, assignee=None, pool=None, **extra):
    return TaskInput(title="Delegated act", patient_id=patient_id, protocol_code=code, act=act,
                     assignee_staff_id=assignee, pool_role=pool, **extra)


@pytest.mark.parametrize("code", CODES)
def test_guard_accepts_a_fitting_delegation(practice, code):
    p = SHIPPED[code]
    staff_id, _ctx, patient_id = ready(practice, p)
    tid = tasks.create_task(practice.ctx["physician"], _task(patient_id, code, p.acts[0].code, staff_id))
    with practice.db.session() as s:
        assert s.get(Task, tid).protocol_code == code


@pytest.mark.parametrize("code", CODES)
def test_guard_refuses_a_delegate_who_does_not_adhere(practice, code):
    p = SHIPPED[code]
    _staff_id, _ctx, patient_id = ready(practice, p)
    other, _ = delegate_for(practice, p)
    with pytest.raises(GuardRefusal) as err:
        tasks.create_task(practice.ctx["physician"], _task(patient_id, code, p.acts[0].code, other))
    assert (err.value.field, err.value.code) == ("assignee_staff_id", "tasks.delegate_not_adherent")
    assert err.value.params["protocol"] == p.name and err.value.params["staff"]
    _assert_nothing_stored(practice)


@pytest.mark.parametrize("code", CODES)
def test_guard_refuses_someone_of_another_profession(practice, code):
    p = SHIPPED[code]
    _staff_id, _ctx, patient_id = ready(practice, p)
    role = "coordinator" if "coordinator" not in p.delegate_roles else "pharmacist"
    outsider, _ = add_staff(practice, role, "Secrétaire")
    with pytest.raises(GuardRefusal) as err:
        tasks.create_task(practice.ctx["physician"], _task(patient_id, code, p.acts[0].code, outsider))
    assert (err.value.code, err.value.params["profession"], err.value.params["protocol"]) == (
        "tasks.delegate_profession", "Secrétaire", p.name)
    with pytest.raises(ValidationError) as err:
        protocols.set_adherence(practice.ctx["admin"], code, outsider, training_date=date.today())
    assert (err.value.field, err.value.code) == ("staff_id", "tasks.staff_not_delegate")
    assert err.value.params["professions"] == p.delegate_professions


@pytest.mark.parametrize("code", CODES)
def test_guard_refuses_an_act_the_protocol_does_not_allow(practice, code):
    p = SHIPPED[code]
    staff_id, _ctx, patient_id = ready(practice, p)
    with pytest.raises(GuardRefusal) as err:
        tasks.create_task(practice.ctx["physician"], _task(patient_id, code, "heart_surgery", staff_id))
    assert (err.value.field, err.value.code) == ("act", "tasks.act_not_allowed")
    assert err.value.params == {"protocol": p.name, "act": f"{code}/heart_surgery",
                                "acts": tuple(f"{code}/{a.code}" for a in p.acts)}
    _assert_nothing_stored(practice)


def _outside_variants(p):
    crit = p.inclusion
    out = []
    if crit.age_max_years is not None:
        out.append(({"age_years": crit.age_max_years + 1}, {"tasks.patient_age_outside"}))
    if crit.age_min_years or crit.age_min_months:
        low_months = crit.age_min_months if crit.age_min_months is not None else crit.age_min_years * 12
        out.append(({"age_years": (low_months - 1) // 12, "age_months": (low_months - 1) % 12 - 11
                     if low_months < 24 else 0} if low_months < 24 else {"age_years": low_months // 12 - 1},
                    {"tasks.patient_age_outside"}))
    if crit.sex:
        out.append(({"sex": "M" if "M" not in crit.sex else "F"}, {"tasks.patient_sex_outside"}))
    if crit.conditions_icd10 or p.acts[0].criteria.conditions_icd10:
        out.append(({"conditions": []}, {"tasks.patient_lacks_condition", "tasks.patient_lacks_condition_act"}))
    if p.exclusion_conditions:
        prefix = p.exclusion_conditions[0]
        code = prefix + ("00" if len(prefix) == 1 else "") + ("" if "." in prefix or len(prefix) == 1 else ".9")
        out.append(({"conditions": [*_fitting_conditions(p), code]}, {"tasks.patient_excluded_condition"}))
    return out


def _fitting_conditions(p):
    crit, act = p.inclusion, p.acts[0].criteria
    return [x[0] if "." in x[0] or len(x[0]) == 3 else x[0] + "0" for x in (crit.conditions_icd10,
                                                                           act.conditions_icd10) if x]


@pytest.mark.parametrize("code", CODES)
def test_guard_refuses_a_patient_outside_the_criteria(practice, code):
    p = SHIPPED[code]
    staff_id, _ctx, _patient = ready(practice, p)
    variants = _outside_variants(p)
    if p.requires_enrolment:
        variants.append(({}, {"tasks.patient_not_enrolled"}))
    if not variants:
        pytest.skip(f"{code} has no patient criteria (task profile): refused by profession and act only")
    for override, codes in variants:
        pid = fitting_patient(practice, p, **override)
        with pytest.raises(GuardRefusal) as err:
            tasks.create_task(practice.ctx["physician"], _task(pid, code, p.acts[0].code, staff_id))
        assert err.value.field == "patient_id" and err.value.code in codes, (override, err.value)
        assert err.value.params["protocol"] == p.name
        if err.value.code == "tasks.patient_age_outside":
            low, high = err.value.params["age_range"]
            age = err.value.params["patient_age"]
            assert (low is not None and age < low) or (high is not None and age // 12 > high // 12)
    _assert_nothing_stored(practice)


@pytest.mark.parametrize("code", CODES)
def test_guard_refuses_a_protocol_the_practice_has_not_activated(practice, code):
    p = SHIPPED[code]
    staff_id, _ctx, patient_id = ready(practice, p)
    protocols.set_active(practice.ctx["admin"], code, False)
    with pytest.raises(GuardRefusal) as err:
        tasks.create_task(practice.ctx["physician"], _task(patient_id, code, p.acts[0].code, staff_id))
    assert (err.value.field, err.value.code, err.value.params) == (
        "protocol_code", "tasks.protocol_not_activated", {"protocol": p.name})


def test_guard_applies_when_claiming_from_a_pool(practice):
    p = SHIPPED["fr-pc-varicella"]
    staff_id, staff_ctx, patient_id = ready(practice, p)
    tid = tasks.create_task(practice.ctx["physician"], _task(patient_id, p.code, "diagnosis", pool="nurse"))
    with pytest.raises(GuardRefusal) as err:
        tasks.claim_task(practice.ctx["nurse"], tid, 1)  # the fixture's nurse has no adherence
    assert err.value.code == "tasks.delegate_not_adherent"
    assert tasks.claim_task(staff_ctx, tid, 1) == 2
    with pytest.raises(GuardRefusal) as err:
        tasks.create_task(practice.ctx["physician"], _task(patient_id, p.code, "diagnosis", pool="medical_assistant"))
    assert (err.value.field, err.value.code, err.value.params) == (
        "pool_role", "tasks.pool_not_delegated", {"protocol": p.name, "pool": "medical_assistant"})
    with pytest.raises(GuardRefusal) as err:
        tasks.create_task(practice.ctx["physician"], _task(patient_id, p.code, None, pool="nurse"))
    assert (err.value.field, err.value.code) == ("act", "tasks.act_missing")
    with pytest.raises(GuardRefusal) as err:
        tasks.create_task(practice.ctx["physician"], _task(None, p.code, "diagnosis", pool="nurse"))
    assert (err.value.field, err.value.code) == ("patient_id", "tasks.protocol_needs_patient")


def test_training_is_required_when_the_protocol_says_so(practice):
    with pytest.raises(ValidationError) as err:
        protocols.set_adherence(practice.ctx["admin"], "fr-pc-cystitis", practice.staff_ids["nurse"],
                                training_date=None)
    assert (err.value.field, err.value.code) == ("training_date", "required")
    with pytest.raises(ValidationError) as err:
        protocols.set_adherence(practice.ctx["admin"], "fr-pc-cystitis", practice.staff_ids["nurse"],
                                training_date=date.today() + timedelta(days=3))
    assert (err.value.field, err.value.code) == ("training_date", "tasks.not_a_past_date")


@pytest.mark.parametrize("kwargs,field,code", [
    ({"consent_date": None, "consent_how": "written"}, "consent_date", "required"),
    ({"consent_date": "31.02.2024", "consent_how": "written"}, "consent_date", "not_a_calendar_date"),
    ({"consent_date": date(1985, 1, 1), "consent_how": "written"}, "consent_date", "tasks.not_a_past_date"),
    ({"consent_date": date.today(), "consent_how": "telepathy"}, "consent_how", "tasks.bad_consent_how"),
    ({"consent_date": date.today(), "consent_how": "oral", "consent_by": "neighbour"}, "consent_by",
     "tasks.bad_consent_by"),
])
def test_enrolment_bad_input_names_the_field(practice, kwargs, field, code):
    pid = add_patient(practice.ctx["physician"])
    with pytest.raises(ValidationError) as err:
        protocols.enrol_patient(practice.ctx["physician"], "fr-asalee", pid, **kwargs)
    assert (err.value.field, err.value.code) == (field, code)
    assert protocols.patient_enrolments(practice.ctx["physician"], pid) == []


def test_enrolment_records_consent_and_can_end(practice):
    pid = add_patient(practice.ctx["physician"])
    eid = protocols.enrol_patient(practice.ctx["physician"], "fr-asalee", pid, consent_date=date.today(),
                                  consent_how="oral")
    [row] = protocols.patient_enrolments(practice.ctx["physician"], pid)
    assert (row.consent_how, row.consent_by, row.consent_date) == ("oral", "patient", date.today())
    with pytest.raises(ValidationError) as err:
        protocols.end_enrolment(practice.ctx["physician"], eid, 1, " ")
    assert (err.value.field, err.value.code) == ("exit_reason", "required")
    with pytest.raises(NotFoundError) as err:
        protocols.end_enrolment(practice.ctx["physician"], 99999, 1, "consent withdrawn")
    assert err.value.params == {"entity": "protocol_enrolment", "entity_id": 99999}
    protocols.end_enrolment(practice.ctx["physician"], eid, 1, "consent withdrawn")
    assert protocols.patient_enrolments(practice.ctx["physician"], pid)[0].exit_reason == "consent withdrawn"


def test_protocol_administration_access_and_listing(practice):
    with pytest.raises(AccessDenied):
        protocols.set_active(practice.ctx["nurse"], "fr-asalee", True)
    with pytest.raises(ValidationError) as err:
        protocols.set_active(practice.ctx["admin"], "fr-unknown", True)
    assert (err.value.field, err.value.code) == ("protocol_code", "tasks.unknown_protocol")
    with pytest.raises(ValidationError) as err:
        protocols.set_active(practice.ctx["admin"], "fr-asalee", True, declaration_ref="x" * 101)
    assert (err.value.field, err.value.code, err.value.params) == ("declaration_ref", "too_long", {"max": 100})
    with pytest.raises(NotFoundError) as err:
        protocols.end_adherence(practice.ctx["admin"], "fr-asalee", practice.staff_ids["nurse"])
    assert err.value.params == {"entity": "protocol_adherence", "entity_id": practice.staff_ids["nurse"],
                                "protocol": "fr-asalee"}
    protocols.set_active(practice.ctx["admin"], "fr-asalee", True)
    rows = {r.code: r for r in protocols.list_protocols(practice.ctx["admin"])}
    assert rows["fr-asalee"].active and not rows["fr-pc-cystitis"].active and len(rows) == len(SHIPPED)


def _assert_nothing_stored(practice):
    with practice.db.session() as s:
        from sqlmodel import select
        assert s.exec(select(Task)).all() == []
