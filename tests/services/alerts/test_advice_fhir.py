"""A doctor's answer as a CH EMED Pharmaceutical Advice document: one Observation with the PADV code and the
identifier of the line it concerns, a reason (note), a changed MedicationStatement keeping the line's identifier;
validated with fhir.resources (R4B models)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from fhir.resources.R4B.bundle import Bundle
from sqlmodel import select

from app.models.audit import AuditEvent
from app.models.practice import Practice
from app.services.alerts import advice_fhir
from app.services.alerts import alert_flow as alerts
from app.services.alerts.alert_input import AlertInput, MedicationAction
from app.services.errors import AccessDenied, NotFoundError, ValidationError
from app.services.medications import medication_list as medications
from app.services.medications.medication_list import with_posology
from tests.alert_support import add_line, warfarin_aspirin


def _raise(practice, pid, kind, lines, changes=()):
    return alerts.raise_alert(practice.ctx["pharmacist"], AlertInput(
        patient_id=pid, problem_category="1.6", problem_text="Warfarine + aspirine : risque hémorragique",
        proposal_kind=kind, line_ids=list(lines), proposed_changes=list(changes), urgency="24h"))


def _row(practice, pid, line_id):
    return next(r for r in medications.list_current(practice.ctx["physician"], pid) if r.id == line_id)


def _parts(bundle: dict) -> dict:
    """Validated with the R4B models; the resources by type."""
    parsed = Bundle.model_validate(json.loads(json.dumps(bundle)))
    assert parsed.type == "document" and parsed.entry[0].resource.__resource_type__ == "Composition"
    out: dict = {}
    for entry in bundle["entry"]:
        out.setdefault(entry["resource"]["resourceType"], []).append(entry["resource"])
    return out


def _check(bundle: dict, padv: str, line_uuid: str) -> dict:
    parts = _parts(bundle)
    (obs,) = parts["Observation"]
    (comp,) = parts["Composition"]
    assert obs["code"]["coding"] == [{"system": advice_fhir.PADV_SYSTEM, "code": padv}]
    assert obs["status"] == "final" and len(obs["note"]) == 1 and obs["note"][0]["text"]
    assert obs["identifier"][0]["value"].startswith("urn:uuid:") and obs["performer"]
    plan = next(e for e in obs["extension"] if e["url"] == advice_fhir.EXT_TREATMENT_PLAN)
    assert {e["url"]: e["valueIdentifier"]["value"] for e in plan["extension"]}["id"] == line_uuid
    assert comp["section"][0]["code"]["coding"][0]["code"] == "61357-0"
    assert [e["reference"] for e in comp["section"][0]["entry"]] == [
        next(e["fullUrl"] for e in bundle["entry"] if e["resource"] is obs)]
    assert comp["identifier"] == bundle["identifier"] and comp["status"] == "final"
    return parts


@pytest.mark.parametrize("kind, answer, padv", [("stop", "accept", "CANCEL"), ("suspend", "accept", "SUSPEND"),
                                                ("stop", "refuse", "OK"), ("monitor", "accept", "COMMENT"),
                                                ("stop", "question", "COMMENT")])
def test_each_answer_carries_its_code_reason_and_line(practice, kind, answer, padv):
    pid, _warfarin, aspirin = warfarin_aspirin(practice)
    changes = [MedicationAction("stop", aspirin)] if kind in ("stop", "suspend") else []
    aid = _raise(practice, pid, kind, [aspirin], changes)
    doc = practice.ctx["physician"]
    version = alerts.open_alert(doc, aid).row.version
    text = {"accept": "D'accord", "refuse": "Bithérapie voulue par le cardiologue",
            "question": "Depuis quand l'aspirine ?"}[answer]
    {"accept": alerts.accept, "refuse": alerts.refuse, "question": alerts.ask_question}[answer](
        doc, aid, version, text)
    bundle = advice_fhir.export_advice(practice.ctx["pharmacist"], aid)
    with practice.db.session() as s:
        practice_key = next(f"{p.id}/{p.created_at.isoformat()}" for p in s.exec(
            select(Practice)).all())
    parts = _check(bundle, padv, advice_fhir.line_identifier(practice_key, aspirin))
    assert parts["Observation"][0]["note"][0]["text"] == text
    assert "MedicationStatement" not in parts
    with practice.db.session() as s:
        event = s.exec(select(AuditEvent).where(AuditEvent.action == "patient.export")).one()
    assert event.entity_type == "alert" and event.entity_id == str(aid) and padv in event.detail


def test_a_change_keeps_the_line_identifier(practice):
    pid, warfarin, _aspirin = warfarin_aspirin(practice)
    aid = _raise(practice, pid, "dose_change", [warfarin], [MedicationAction("change", warfarin, replace(
        with_posology(_row(practice, pid, warfarin), dose_evening="0.5"), daily_dose_mg=2.5))])
    doc = practice.ctx["physician"]
    alerts.accept(doc, aid, alerts.open_alert(doc, aid).row.version)   # no comment: the reason is the problem
    bundle = advice_fhir.export_advice(practice.ctx["pharmacist"], aid, lang="de")
    obs_plan = next(e for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation")["resource"]
    line_uuid = next(e["valueIdentifier"]["value"] for x in obs_plan["extension"] if x["url"] ==
                     advice_fhir.EXT_TREATMENT_PLAN for e in x["extension"] if e["url"] == "id")
    parts = _check(bundle, "CHANGE", line_uuid)
    (statement,) = parts["MedicationStatement"]
    assert statement["identifier"] == [{"system": "urn:ietf:rfc:3986", "value": line_uuid}]   # the same line
    obs_url = next(e["fullUrl"] for e in bundle["entry"] if e["resource"] is parts["Observation"][0])
    assert statement["partOf"] == [{"reference": obs_url}]
    changed = next(x for x in parts["Observation"][0]["extension"] if x["url"] == advice_fhir.EXT_STATEMENT_CHANGED)
    assert changed["valueReference"]["reference"] == next(
        e["fullUrl"] for e in bundle["entry"] if e["resource"] is statement)
    assert parts["Observation"][0]["note"][0]["text"] == "Warfarine + aspirine : risque hémorragique"
    assert statement["dosage"][0]["patientInstruction"] == "0-0-½-0"
    assert statement["contained"][0]["code"]["coding"] == [{"system": advice_fhir.ATC_SYSTEM, "code": "B01AA03"}]
    assert parts["Composition"][0]["title"] == "Kommentar zur Medikation"
    assert parts["Composition"][0]["language"] == "de-CH"


def test_every_code_builds_a_valid_document():
    """REFUSE (refusing the treatment) is no answer of Cordée's doctors; the document would carry it the same."""
    line = advice_fhir.AdviceLine(7, "Kardégic 75 mg", "OK", "B01AC06", "7680123456789", "Prévention", "1-0-0-0")
    for code in ("OK", "CHANGE", "SUSPEND", "CANCEL", "REFUSE", "COMMENT"):
        data = advice_fhir.AdviceData("1/x", "MSP", "7601000000002", 3, {"family": "Girard", "given": "Odette",
                                                                          "sex": "F", "birth_date": "1941-03-12"},
                                      "5", "Dr Test", None, 11, 12, datetime(2026, 1, 5, 9, 30, tzinfo=UTC),
                                      "Raison", replace(line, padv=code))
        parts = _check(advice_fhir.build_document(data), code, advice_fhir.line_identifier("1/x", 7))
        assert ("MedicationStatement" in parts) == (code == "CHANGE")


def test_several_lines_need_a_line_and_errors(practice):
    pid, warfarin, aspirin = warfarin_aspirin(practice)
    ibuprofen = add_line(practice, pid, "M01AE01", "ibuprofène", ("1", "1", "1", ""), 1200, strength="400 mg")
    aid = _raise(practice, pid, "stop", [aspirin, ibuprofen], [MedicationAction("stop", aspirin),
                                                              MedicationAction("stop", ibuprofen)])
    ph, doc = practice.ctx["pharmacist"], practice.ctx["physician"]
    with pytest.raises(ValidationError) as err:   # not answered yet
        advice_fhir.export_advice(ph, aid)
    assert (err.value.field, err.value.code) == ("alert_id", "alerts.no_advice")
    alerts.accept(doc, aid, alerts.open_alert(doc, aid).row.version)
    with pytest.raises(ValidationError) as err:
        advice_fhir.export_advice(ph, aid)
    assert (err.value.field, err.value.code, err.value.params) == ("line_id", "alerts.advice_line_needed",
                                                                   {"lines": [aspirin, ibuprofen]})
    with pytest.raises(ValidationError) as err:
        advice_fhir.export_advice(ph, aid, warfarin)
    assert err.value.code == "alerts.advice_line_not_in_answer"
    _parts(advice_fhir.export_advice(ph, aid, ibuprofen))
    with pytest.raises(NotFoundError):
        advice_fhir.export_advice(ph, 99999)
    with pytest.raises(AccessDenied):
        advice_fhir.export_advice(practice.ctx["secretary"] if "secretary" in practice.ctx else
                                  practice.ctx["admin"], aid, ibuprofen)


@pytest.mark.postgres
def test_on_postgres(pg_practice):
    from app.services.alerts import review_check
    from tests.services.alerts.test_review_check import finished_check

    pid, warfarin, _aspirin = warfarin_aspirin(pg_practice)
    aid = _raise(pg_practice, pid, "dose_change", [warfarin], [MedicationAction("change", warfarin, replace(
        with_posology(_row(pg_practice, pid, warfarin), dose_evening="0.5"), daily_dose_mg=2.5))])
    doc = pg_practice.ctx["physician"]
    alerts.accept(doc, aid, alerts.open_alert(doc, aid).row.version, "INR dans 3 jours")
    parts = _parts(advice_fhir.export_advice(pg_practice.ctx["pharmacist"], aid))
    assert parts["Observation"][0]["code"]["coding"][0]["code"] == "CHANGE"
    assert parts["Observation"][0]["issued"].endswith("+00:00")
    pid, _sid = finished_check(pg_practice)
    obj = json.loads(review_check.export_check(pg_practice.ctx["pharmacist"], pid, "json"))
    assert obj["MedType"] == 2 and len(obj["Recoms"]) == 3


def test_a_modified_answer_carries_the_doctors_change(practice):
    pid, warfarin, aspirin = warfarin_aspirin(practice)
    aid = _raise(practice, pid, "stop", [aspirin], [MedicationAction("stop", aspirin)])
    doc = practice.ctx["physician"]
    alerts.modify(doc, aid, alerts.open_alert(doc, aid).row.version, [MedicationAction("change", warfarin, replace(
        with_posology(_row(practice, pid, warfarin), dose_evening="0.5"), daily_dose_mg=2.5))],
        "Warfarine réduite, INR dans 3 jours")
    bundle = advice_fhir.export_advice(practice.ctx["pharmacist"], aid)
    with practice.db.session() as s:
        prac = s.exec(select(Practice)).one()
        key = f"{prac.id}/{prac.created_at.isoformat()}"
    parts = _check(bundle, "CHANGE", advice_fhir.line_identifier(key, warfarin))
    assert parts["Observation"][0]["note"][0]["text"] == "Warfarine réduite, INR dans 3 jours"
    assert parts["MedicationStatement"][0]["identifier"][0]["value"] == advice_fhir.line_identifier(key, warfarin)
    with pytest.raises(ValidationError):   # the aspirin line is not part of this answer
        advice_fhir.export_advice(practice.ctx["pharmacist"], aid, aspirin)
