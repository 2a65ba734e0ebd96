"""The FHIR R4 patient summary: export validated with the R4B models, round trip between two practices, preview."""

from __future__ import annotations

import json

import pytest
from fhir.resources.R4B.bundle import Bundle
from sqlmodel import func, select

from app.models.audit import AuditEvent
from app.models.medication import MedicationLine, Observation
from app.models.patient import Patient, PatientProblem
from app.services.errors import CordeeError
from app.services.exchange import summary_export, summary_import
from app.services.medications import medication_list, observations
from app.services.patients import records
from tests.services.exchange.fhir_support import full_patient, second_practice


def concept(statement: dict) -> dict:
    """The medication of a statement: its CodeableConcept, or the code of its contained Medication."""
    return statement.get("medicationCodeableConcept") or statement["contained"][0]["code"]


def resources(bundle: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def test_export_validates_with_the_r4b_models_and_uses_real_code_systems(practice):
    pid = full_patient(practice)
    bundle = summary_export.export_summary(practice.ctx["physician"], pid)
    parsed = Bundle.model_validate_json(json.dumps(bundle))
    assert parsed.type == "collection" and len(parsed.entry) == len(bundle["entry"])
    assert "urn:cordee" not in json.dumps(bundle)
    patient = resources(bundle, "Patient")[0]
    ins = [i for i in patient["identifier"] if i["system"] == "urn:oid:1.2.250.1.213.1.4.8"]
    assert [(i["value"], i["use"], i["type"]["coding"][0]["code"]) for i in ins] == [
        ("241036938805496", "official", "INS-NIR")]   # as FR Core types it, through patients.identity.exportable_ins
    assert {"system": "urn:oid:2.16.756.5.32", "value": "7561234567897"} in patient["identifier"]
    assert patient["birthDate"] == "1941-03-12" and patient["gender"] == "female"
    conditions = resources(bundle, "Condition")
    assert {c["code"]["coding"][0]["system"] for c in conditions} == {"http://hl7.org/fhir/sid/icd-10"}
    allergy = [a for a in resources(bundle, "AllergyIntolerance") if a["code"].get("coding")][0]
    assert allergy["code"]["coding"][0] == {"system": "http://www.whocc.no/atc", "code": "J01C"}
    ramipril = [m for m in resources(bundle, "MedicationStatement") if concept(m)["text"] == "Triatec 5 mg"][0]
    assert {"system": "urn:oid:1.3.160", "code": "3400936398733"} in concept(ramipril)["coding"]
    assert ramipril["medicationReference"]["reference"] == "#medication"
    assert ramipril["contained"][0]["ingredient"][0]["strength"]["numerator"] == {
        "value": 5, "unit": "mg", "system": "http://unitsofmeasure.org", "code": "mg"}
    assert [d["timing"]["repeat"]["when"] for d in ramipril["dosage"]] == [["MORN"], ["EVE"]]
    assert ramipril["dosage"][1]["doseAndRate"][0]["doseQuantity"] == {"value": 0.5, "unit": "tablet"}
    paracetamol = [m for m in resources(bundle, "MedicationStatement")
                   if concept(m).get("coding") and concept(m)["coding"][0]["code"] == "N02BE01"][0]
    assert paracetamol["dosage"][0]["maxDosePerPeriod"]["numerator"]["code"] == "mg"
    loinc = sorted(o["code"]["coding"][0]["code"] for o in resources(bundle, "Observation"))
    assert loinc == ["14682-9", "29463-7", "62238-1", "62238-1"]
    with practice.db.session() as s:
        assert s.exec(select(AuditEvent).where(AuditEvent.action == "patient.export",
                                               AuditEvent.patient_id == pid)).first() is not None


@pytest.mark.parametrize("status", ["PROV", "RECUP", "VALI", None])
def test_the_ins_travels_only_when_qualified(practice, status):
    pid = full_patient(practice, ins_status=status or "PROV")
    if status is None:
        row = records.open_patient(practice.ctx["physician"], pid)
        records.update_patient(practice.ctx["physician"], pid, row.version,
                               records.with_changes(row, ins_matricule=None, ins_status=None, ins_oid=None))
    bundle = summary_export.export_summary(practice.ctx["physician"], pid)
    assert "1.2.250.1.213.1.4" not in json.dumps(bundle)


def _snapshot(practice, pid):
    ctx = practice.ctx["physician"]
    row = records.open_patient(ctx, pid).data
    identity = {f: getattr(row, f) for f in ("family_name", "given_names", "birth_name", "birth_date", "sex",
                                             "address_line", "postal_code", "city", "country", "phone",
                                             "preferred_language", "ins_matricule", "avs_number")}
    meds = sorted(((m.data.atc, m.data.substances, m.data.product_name, m.data.strength, m.data.posology.kind, m.data.posology.times,
                   m.data.posology.unit, m.data.posology.as_needed_amount, m.data.posology.max_per_day,
                   m.data.posology.route, m.data.posology.instructions, m.data.self_medication,
                   m.data.catalogue_ref)
                  for m in medication_list.list_current(ctx, pid)), key=repr)
    values = sorted((o.code, o.value, o.measured_on) for code in ("egfr", "weight_kg", "creatinine_umol_l")
                    for o in observations.history(ctx, pid, code))
    problems = sorted((p.kind, p.label, p.code) for p in row.problems)
    return identity, meds, values, problems


def test_round_trip_between_two_practice_databases(practice, tmp_path):
    pid = full_patient(practice)
    data = summary_export.export_summary_json(practice.ctx["physician"], pid)
    other = second_practice(tmp_path)
    try:
        preview = summary_import.preview_import(other.ctx["physician"], data)
        assert preview.patient_id is None and len(preview.new_medications) == 3 and len(preview.new_values) == 4
        done = summary_import.apply_import(other.ctx["physician"], data)
        theirs, ours = _snapshot(other, done.patient_id), _snapshot(practice, pid)
        for a, b in zip(theirs, ours):
            assert a == b
        imported = records.open_patient(other.ctx["physician"], done.patient_id).data
        assert imported.ins_status == "PROV"   # the receiving practice qualifies the identity again
        again = summary_import.preview_import(other.ctx["physician"], data)
        assert again.patient_id == done.patient_id and again.matched_by == "ins" and again.changes == 0
        with other.db.session() as s:
            assert s.exec(select(AuditEvent).where(AuditEvent.action == "patient.import")).first() is not None
    finally:
        other.db.close()


def _counts(practice) -> tuple[int, ...]:
    with practice.db.session() as s:
        return tuple(s.exec(select(func.count()).select_from(t)).one()
                     for t in (Patient, PatientProblem, MedicationLine, Observation))


def test_preview_writes_nothing_and_shows_the_differences(practice, tmp_path):
    pid = full_patient(practice)
    data = summary_export.export_summary_json(practice.ctx["physician"], pid)
    other = second_practice(tmp_path)
    try:
        summary_import.apply_import(other.ctx["physician"], data)
        bundle = json.loads(data)
        patient = resources(bundle, "Patient")[0]
        patient["address"][0]["city"] = "Villeurbanne"
        bundle["entry"].append({"fullUrl": "urn:uuid:6f0d4a4e-1111-4c1c-8c1c-000000000001", "resource": {
            "resourceType": "AllergyIntolerance", "patient": {"reference": bundle["entry"][0]["fullUrl"]},
            "code": {"coding": [{"system": "http://www.whocc.no/atc", "code": "M01A"}], "text": "AINS"}}})
        before = _counts(other)
        preview = summary_import.preview_import(other.ctx["physician"], json.dumps(bundle).encode())
        assert _counts(other) == before
        assert ("city", "Lyon", "Villeurbanne") in preview.identity_differences
        assert [p.label for p in preview.new_problems] == ["AINS"] and preview.changes == 1
        summary_import.apply_import(other.ctx["physician"], json.dumps(bundle).encode())
        assert _counts(other)[1] == before[1] + 1
    finally:
        other.db.close()


def test_a_bad_bundle_names_the_element_and_stores_nothing(practice):
    pid = full_patient(practice)
    bundle = summary_export.export_summary(practice.ctx["physician"], pid)
    index = next(i for i, e in enumerate(bundle["entry"]) if e["resource"]["resourceType"] == "Condition")
    bundle["entry"][index]["resource"]["code"]["coding"][0]["system"] = 42
    before = _counts(practice)
    with pytest.raises(CordeeError) as caught:
        summary_import.apply_import(practice.ctx["physician"], json.dumps(bundle).encode())
    assert caught.value.code == "exchange.fhir_invalid"
    assert caught.value.params["path"] == f"Bundle.entry[{index}].resource.code.coding[0].system"
    assert _counts(practice) == before


def test_the_care_plan_travels_without_private_codes_and_is_not_imported_as_problems(practice, tmp_path):
    from tests.services.care_plans.test_care_plans import draft

    pid = full_patient(practice)
    draft(practice, pid)
    bundle = summary_export.export_summary(practice.ctx["physician"], pid)
    Bundle.model_validate_json(json.dumps(bundle))
    assert "urn:cordee" not in json.dumps(bundle)
    kinds = {e["resource"]["resourceType"] for e in bundle["entry"]}
    assert {"CarePlan", "CareTeam", "Goal", "Task"} <= kinds
    patient_url = bundle["entry"][0]["fullUrl"]
    assert resources(bundle, "CarePlan")[0]["subject"]["reference"] == patient_url
    assert len(resources(bundle, "Patient")) == 1
    other = second_practice(tmp_path)
    try:
        preview = summary_import.preview_import(other.ctx["physician"], json.dumps(bundle).encode())
        assert "Chutes à domicile" not in [p.label for p in preview.new_problems]
        assert len(preview.new_problems) == 4 and preview.care_plan_resources >= 5
    finally:
        other.db.close()


def test_a_bundle_from_another_program_is_read_with_its_codes(practice):
    pid = full_patient(practice)
    subject = {"reference": "Patient/p1"}
    bundle = {"resourceType": "Bundle", "type": "document", "entry": [
        {"fullUrl": "http://example.org/fhir/Patient/p1", "resource": {
            "resourceType": "Patient", "id": "p1", "name": [{"family": "GIRARD", "given": ["Odette", "Marie"]}],
            "birthDate": "1941-03-12", "gender": "female"}},
        {"resource": {"resourceType": "Observation", "status": "final", "subject": subject,
                      "code": {"coding": [{"system": "http://loinc.org", "code": "2160-0"}]},
                      "effectiveDateTime": "2026-01-05T08:30:00+01:00",
                      "valueQuantity": {"value": 1.2, "unit": "mg/dL", "system": "http://unitsofmeasure.org",
                                        "code": "mg/dL"}}},
        {"resource": {"resourceType": "Observation", "status": "final", "subject": subject,
                      "code": {"coding": [{"system": "http://loinc.org", "code": "33914-3"}]},
                      "effectiveDateTime": "2026-01-05", "valueQuantity": {"value": 55}}},
        {"resource": {"resourceType": "Observation", "status": "final", "subject": subject,
                      "code": {"coding": [{"system": "http://loinc.org", "code": "8480-6"}]},
                      "effectiveDateTime": "2026-01-05", "valueQuantity": {"value": 135}}},
        {"resource": {"resourceType": "Condition", "subject": subject, "code": {"text": "Arthrose du genou"}}},
        {"resource": {"resourceType": "MedicationStatement", "status": "active", "subject": subject,
                      "medicationCodeableConcept": {"coding": [{"system": "http://www.whocc.no/atc",
                                                                "code": "M01AE01", "display": "ibuprofen"}]},
                      "dosage": [{"text": "1 cp 3 fois par jour si douleur"}]}},
        {"fullUrl": "urn:uuid:5d1f7a1e-2b3c-4d5e-8f90-123456789abc", "resource": {
            "resourceType": "Medication", "id": "m1",
            "code": {"coding": [{"system": "http://www.whocc.no/atc", "code": "C03CA01", "display": "furosemide"}],
                     "text": "Lasilix 40 mg"},
            "ingredient": [{"itemCodeableConcept": {"text": "furosemide"},
                            "strength": {"numerator": {"value": 40, "unit": "mg"}, "denominator": {"value": 1}}}]}},
        {"resource": {"resourceType": "MedicationStatement", "status": "active", "subject": subject,
                      "medicationReference": {"reference": "Medication/m1"}}},
    ]}
    preview = summary_import.preview_import(practice.ctx["physician"], json.dumps(bundle).encode())
    assert preview.patient_id == pid and preview.matched_by == "name_birth_date"
    assert sorted(preview.new_values) == [("creatinine_umol_l", 106.104, "2026-01-05"), ("egfr", 55.0, "2026-01-05")]
    assert [(p.kind, p.label, p.code) for p in preview.new_problems] == [("condition", "Arthrose du genou", None)]
    med, furosemide = preview.new_medications
    assert (furosemide.atc, furosemide.product_name, furosemide.strength) == ("C03CA01", "Lasilix 40 mg", "40 mg")
    assert med.atc == "M01AE01" and med.posology.kind == "text"
    assert med.posology.instructions == "1 cp 3 fois par jour si douleur"


def test_a_dosage_the_medication_list_would_refuse_is_named(practice):
    pid = full_patient(practice)
    bundle = summary_export.export_summary(practice.ctx["physician"], pid)
    index = next(i for i, e in enumerate(bundle["entry"]) if e["resource"].get("contained"))
    bundle["entry"][index]["resource"]["dosage"][0]["doseAndRate"][0]["doseQuantity"]["value"] = 500
    with pytest.raises(CordeeError) as caught:
        summary_import.preview_import(practice.ctx["physician"], json.dumps(bundle).encode())
    assert caught.value.code == "exchange.fhir_invalid"
    assert caught.value.params == {"path": f"Bundle.entry[{index}].resource.dosage",
                                   "problem": "medications.amount_too_large"}
