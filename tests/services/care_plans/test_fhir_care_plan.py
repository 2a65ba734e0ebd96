"""FHIR R4 export of a care plan: validated with fhir.resources (R4B models) and read back (round trip)."""

from __future__ import annotations

import json

import pytest
from fhir.resources.R4B.bundle import Bundle

from app.services.care_plans import fhir as fhir_care_plan
from app.services.care_plans import lifecycle as life
from app.services.care_plans import plans as care_plans
from app.services.care_plans.plan_input import MemberInput
from app.services.errors import AccessDenied, CordeeError
from app.services.patients import records as patients
from app.services.patients import sharing
from app.services.patients.records import SharingRecord
from tests.services.care_plans.test_care_plans import TODAY, draft

CODES = {"CarePlan": {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"},
         "Task": {"draft", "requested", "received", "accepted", "rejected", "ready", "cancelled", "in-progress",
                  "on-hold", "failed", "completed", "entered-in-error"},
         "Goal": {"proposed", "planned", "accepted", "active", "on-hold", "completed", "cancelled",
                  "entered-in-error", "rejected"}}


@pytest.fixture
def active_plan(practice):
    plan_id, v, ids = draft(practice)
    nurse, doc = practice.ctx["nurse"], practice.ctx["physician"]
    v, _ = care_plans.save_item(nurse, plan_id, v, "member", MemberInput(
        category="home_nursing", name="SSIAD du Val", role="IDE coordinatrice", phone="04 75 00 00 00",
        start_date=TODAY))
    view = care_plans.get_plan(nurse, plan_id)
    v = care_plans.update_plan(nurse, plan_id, v, care_plans.as_input(
        view, expectations="Rester chez elle", synthesis_social="Vit seule", trusted_person_name="Marc"))
    v = life.validate(doc, plan_id, v, agreement_date=TODAY, agreement_how="oral")
    life.activate(doc, plan_id, v)
    return plan_id


def test_bundle_validates_as_fhir_r4(practice, active_plan):
    bundle = fhir_care_plan.export_bundle(practice.ctx["pharmacist"], active_plan)
    parsed = Bundle.model_validate(json.loads(json.dumps(bundle)))
    kinds = [e.resource.__resource_type__ for e in parsed.entry]
    assert kinds.count("CarePlan") == 1 and kinds.count("CareTeam") == 1 and kinds.count("Patient") == 1
    assert kinds.count("Condition") == 1 and kinds.count("Goal") == 1 and kinds.count("Task") == 3
    for entry in bundle["entry"]:
        r = entry["resource"]
        if r["resourceType"] in ("CarePlan", "Task"):
            assert r["status"] in CODES[r["resourceType"]]
        if r["resourceType"] == "Goal":
            assert r["lifecycleStatus"] in CODES["Goal"]
    urls = {e["fullUrl"] for e in bundle["entry"]}
    plan = next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "CarePlan")
    refs = [a["reference"]["reference"] for a in plan["activity"]] + [g["reference"] for g in plan["goal"]] + \
        [c["reference"] for c in plan["addresses"]] + [plan["careTeam"][0]["reference"], plan["subject"]["reference"]]
    assert set(refs) <= urls   # every reference resolves inside the bundle


def test_round_trip_of_the_main_fields(practice, active_plan):
    view = care_plans.get_plan(practice.ctx["physician"], active_plan)
    back = fhir_care_plan.read_bundle(json.loads(json.dumps(fhir_care_plan.export_bundle(
        practice.ctx["physician"], active_plan))))
    assert back["status"] == "active" and back["revision"] == 1
    assert back["review_date"] == view.data.review_date.isoformat()
    assert back["synthesis_medical"] == "Insuffisance cardiaque" and back["synthesis_social"] == "Vit seule"
    assert back["expectations"] == "Rester chez elle" and back["alert_procedure"] == view.data.alert_procedure
    assert back["referent"] == "Test Nurse"
    assert [(p["label"], p["domain"], p["priority"], p["source"]) for p in back["problems"]] == \
        [(p["label"], p["domain"], p["priority"], p["source"]) for p in view.problems]
    assert [(g["objective"], g["status"], g["measure"], g["target_date"]) for g in back["goals"]] == \
        [(g["objective"], g["status"], g["measure"], g["target_date"]) for g in view.goals]
    assert back["goals"][0]["problems"] == [back["problems"][0]["id"]]
    assert [(a["description"], a["action_type"], a["status"], a["responsible"], a["due_date"], a["recurrence_rule"])
            for a in back["actions"]] == \
        [(a["description"], a["action_type"], a["status"], a["responsible"], a["due_date"], a["recurrence_rule"])
         for a in view.actions]
    assert back["actions"][0]["goal"] == back["goals"][0]["id"]
    assert [(m["name"], m["category"], m["role"], m["phone"]) for m in back["members"]] == \
        [("SSIAD du Val", "home_nursing", "IDE coordinatrice", "04 75 00 00 00")]


def test_export_needs_the_right(practice, active_plan):
    with pytest.raises(AccessDenied):
        fhir_care_plan.export_bundle(practice.ctx["medical_assistant"], active_plan)


def _set_identity(practice, plan_id, **changes) -> int:
    doc = practice.ctx["physician"]
    pid = care_plans.get_plan(doc, plan_id).patient_id
    row = patients.open_patient(doc, pid)
    patients.update_patient(doc, pid, row.version, patients.with_changes(row, **changes))
    return pid


QUALIFIED = dict(birth_name="Martin", birth_given_names="Jeanne Marie", sex="F", birth_place_code="99134",
                 ins_matricule="248037512345658", ins_oid="1.2.250.1.213.1.4.10", ins_status="QUAL")


def _patient_resource(practice, plan_id) -> dict:
    bundle = fhir_care_plan.export_bundle(practice.ctx["physician"], plan_id)
    Bundle.model_validate(json.loads(json.dumps(bundle)))
    return next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient")


def test_the_ins_goes_with_a_qualified_identity_and_its_traits(practice, active_plan):
    _set_identity(practice, active_plan, **QUALIFIED)
    patient = _patient_resource(practice, active_plan)
    assert patient["identifier"] == [{
        "use": "official", "system": "urn:oid:1.2.250.1.213.1.4.10", "value": "248037512345658",
        "type": {"coding": [{"system": "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203",
                             "code": "INS-NIR-TEST"}]}}]
    assert patient["name"][0] == {"use": "official", "family": "Martin", "given": ["Jeanne", "Marie"]}
    assert patient["gender"] == "female"
    status = patient["extension"][0]["extension"][0]["valueCoding"]["code"]
    place = patient["extension"][1]["valueAddress"]["extension"][0]["valueCoding"]["code"]
    assert (status, place) == ("QUAL", "99134")


@pytest.mark.parametrize("changes", [{"ins_status": "VALI"}, {"ins_status": "PROV", "identity_doubtful": True}])
def test_no_ins_unless_exportable(practice, active_plan, changes):
    _set_identity(practice, active_plan, **{**QUALIFIED, **changes})
    patient = _patient_resource(practice, active_plan)
    assert "identifier" not in patient and "extension" not in patient and len(patient["name"]) == 1


def test_export_refused_when_the_patient_objected_to_sharing(practice, active_plan):
    doc = practice.ctx["physician"]
    pid = care_plans.get_plan(doc, active_plan).patient_id
    sharing.record_sharing(doc, pid, patients.open_patient(doc, pid).version, SharingRecord(objection="team"))
    with pytest.raises(CordeeError) as err:
        fhir_care_plan.export_bundle(doc, active_plan)
    assert err.value.code == "patients.sharing_objection"
