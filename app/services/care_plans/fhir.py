"""A care plan as a FHIR R4 Bundle (collection): Patient, CarePlan, CareTeam, Condition (problems), Goal, Task
(actions); and the reading back of such a bundle into the plan's main fields (round trip).

PPCS fields FHIR R4 has no element for (the four-domain synthesis, the patient's expectations, the alert
procedure, the review date, the lifecycle status and version, a contact's phone) travel as extensions under
``urn:cordee:fhir:``. Plain JSON, no Qt, no database: ``export_bundle`` reads the plan through the services.
"""

from __future__ import annotations

import uuid

from app.models.patient import Patient
from app.services.care_plans import plans as care_plans
from app.services.kernel import fhir_json
from app.services.kernel.context import ServiceContext
from app.services.patients import identity, sharing
from app.services.security.access import require

EXT = "urn:cordee:fhir:"
NS = uuid.UUID("6b1d0c52-7a35-4f0e-9a52-0c0ffee0ca7e")
PLAN_STATUS = {"draft": "draft", "validated": "active", "active": "active", "revised": "draft",
               "closed": "completed"}
TASK_STATUS = {"planned": "requested", "in_progress": "in-progress", "done": "completed", "not_done": "failed",
               "cancelled": "cancelled"}
GOAL_STATUS = {"in_progress": ("active", "in-progress"), "achieved": ("completed", "achieved"),
               "not_achieved": ("completed", "not-achieved"), "abandoned": ("cancelled", None)}
PLAN_EXTENSIONS = ("synthesis_medical", "synthesis_psychological", "synthesis_social", "synthesis_environmental",
                   "expectations", "alert_procedure")
GENDER = {"F": "female", "M": "male", "X": "other", "U": "unknown"}
# The INS as HL7 France FR Core (fr-core-patient-ins) carries it: only for a qualified identity (identity.exportable_ins)
FR_CORE = "https://hl7.fr/ig/fhir/core/"
INS_TYPES = {"1.2.250.1.213.1.4.8": "INS-NIR", "1.2.250.1.213.1.4.9": "INS-NIA", "1.2.250.1.213.1.4.10": "INS-NIR-TEST",
             "1.2.250.1.213.1.4.11": "INS-NIA-TEST"}


def _ref(kind: str, key) -> str:
    return f"urn:uuid:{uuid.uuid5(NS, f'{kind}/{key}')}"


def _ext(name: str, value, kind: str = "valueString") -> dict | None:
    """An extension, or None when there is no value (FHIR forbids an extension without one)."""
    return None if value in (None, "") else {"url": EXT + name.replace("_", "-"), kind: value}


def _coding(system: str, code: str) -> dict:
    return {"coding": [{"system": EXT + system, "code": code}], "text": code}


def ins_identifier(ins: identity.ExportableIns) -> dict:
    """The INS as FR Core writes a Patient.identifier: the OID of its authority as the system, INS-NIR or INS-NIA
    (or their test forms) as the type."""
    return {"use": "official", "system": "urn:oid:" + ins.oid, "value": ins.matricule,
            "type": {"coding": [{"system": FR_CORE + "CodeSystem/fr-core-cs-v2-0203", "code": INS_TYPES[ins.oid]}]}}


def _patient(patient: dict) -> dict:
    resource = {"resourceType": "Patient", "name": [{"family": patient["family"], "given": [patient["given"]]}],
                "gender": GENDER.get(patient["sex"], "unknown"), "birthDate": patient["birth_date"]}
    ins: identity.ExportableIns | None = patient.get("ins")
    if ins is None:
        return resource
    traits = ins.traits
    resource["meta"] = {"profile": [FR_CORE + "StructureDefinition/fr-core-patient-ins"]}
    resource["identifier"] = [ins_identifier(ins)]
    resource["name"].insert(0, {"use": "official", "family": traits.birth_name, "given": list(traits.birth_given_names)})
    resource["name"][1]["use"] = "usual"
    resource["extension"] = [
        {"url": FR_CORE + "StructureDefinition/fr-core-identity-reliability",
         "extension": [{"url": "identityStatus", "valueCoding": {
             "system": FR_CORE + "CodeSystem/fr-core-cs-identity-status", "code": "QUAL"}}]},
        {"url": "http://hl7.org/fhir/StructureDefinition/patient-birthPlace", "valueAddress": {"extension": [
            {"url": FR_CORE + "StructureDefinition/fr-core-address-insee-code",
             "valueCoding": {"code": traits.birth_place_code}}]}}]
    return resource


def build_bundle(view: care_plans.PlanView, patient: dict) -> dict:
    """The FHIR R4 Bundle of a plan (``patient``: family, given, birth_date ISO, sex; ``ins``: the exportable INS
    with its traits, or None — ``patients.identity.exportable_ins``)."""
    key = view.id
    pat = {"reference": _ref("Patient", view.patient_id), "display": view.patient_name}
    plan_ref = _ref("CarePlan", key)
    entries = [(_ref("Patient", view.patient_id), _patient(patient))]
    entries.append((_ref("CareTeam", key), {
        "resourceType": "CareTeam", "status": "inactive" if view.status == "closed" else "active",
        "name": f"Care circle of {view.patient_name}", "subject": pat,
        "participant": [{"role": [_coding("care-circle-category", m["category"]) | {"text": m.get("role") or
                                                                                      m["category"]}],
                         "member": {"display": m["name"]},
                         "period": {"start": m.get("start_date"), "end": m.get("end_date")},
                         "extension": [_ext("organisation", m.get("organisation")), _ext("phone", m.get("phone")),
                                       _ext("email", m.get("email")), _ext("category", m["category"], "valueCode")]}
                        for m in view.members]}))
    for p in view.problems:
        entries.append((_ref("Condition", p["id"]), {
            "resourceType": "Condition", "subject": pat, "code": {"text": p["label"]},
            "category": [_coding("ppcs-domain", p["domain"])], "severity": _coding("ppcs-priority", p["priority"]),
            "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                           "code": "active"}]},
            "note": [{"authorString": p["source"], "text": f"Raised by {p['source']}"}] if p.get("source") else []}))
    for g in view.goals:
        lifecycle, achievement = GOAL_STATUS[g["status"]]
        entries.append((_ref("Goal", g["id"]), {
            "resourceType": "Goal", "lifecycleStatus": lifecycle, "subject": pat,
            "achievementStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/goal-achievement",
                                              "code": achievement}]} if achievement else None,
            "description": {"text": g["objective"]},
            "target": [{"measure": {"text": g["measure"]} if g.get("measure") else None, "dueDate": g["target_date"]}]
            if g.get("measure") or g.get("target_date") else [],
            "addresses": [{"reference": _ref("Condition", int(p))} for p in g["problem_ids"].split()],
            "extension": [_ext("goal-status", g["status"], "valueCode")]}))
    for a in view.actions:
        entries.append((_ref("Task", a["id"]), {
            "resourceType": "Task", "status": TASK_STATUS[a["status"]], "intent": "plan", "for": pat,
            "basedOn": [{"reference": plan_ref}], "description": a["description"],
            "code": _coding("ppcs-action-type", a["action_type"]),
            "owner": {"display": a["responsible"]},
            "restriction": {"period": {"end": a["due_date"]}} if a.get("due_date") else None,
            "reasonReference": {"reference": _ref("Goal", a["goal_id"])} if a.get("goal_id") else None,
            "output": [{"type": {"text": "outcome"}, "valueString": a["outcome"]}] if a.get("outcome") else [],
            "extension": [_ext("recurrence-rule", a.get("recurrence_rule")),
                          _ext("responsible-kind", "staff" if a.get("responsible_staff_id") else
                               "role" if a.get("responsible_role") else "other", "valueCode")]}))
    extensions = [_ext(name, getattr(view.data, name)) for name in PLAN_EXTENSIONS]
    extensions += [_ext("review_date", view.data.review_date.isoformat() if view.data.review_date else None,
                        "valueDate"), _ext("lifecycle_status", view.status, "valueCode"),
                   _ext("revision", view.revision, "valuePositiveInt")]
    entries.insert(1, (plan_ref, {
        "resourceType": "CarePlan", "status": PLAN_STATUS[view.status], "intent": "plan",
        "title": f"Plan personnalisé de coordination en santé — v{view.revision}", "subject": pat,
        "author": {"display": view.referent_name}, "careTeam": [{"reference": _ref("CareTeam", key)}],
        "addresses": [{"reference": _ref("Condition", p["id"])} for p in view.problems],
        "goal": [{"reference": _ref("Goal", g["id"])} for g in view.goals],
        "activity": [{"reference": {"reference": _ref("Task", a["id"])}} for a in view.actions],
        "extension": extensions}))
    return fhir_json.clean({"resourceType": "Bundle", "type": "collection",
                            "entry": [{"fullUrl": url, "resource": res} for url, res in entries]})


def export_bundle(ctx: ServiceContext, plan_id: int) -> dict:
    """Read the plan (audited) and build its bundle; refused when the patient objected to sharing. The INS goes
    only with a qualified identity (``patients.identity.exportable_ins``)."""
    require(ctx, "care_plan.export")
    view = care_plans.get_plan(ctx, plan_id)
    require(ctx, "care_plan.export", view.record)
    with ctx.transaction() as session:
        sharing.refuse_export(session, view.patient_id)
        p = session.get(Patient, view.patient_id)
        ctx.audit(session, "care_plan.export", entity_type="care_plan", entity_id=plan_id, patient_id=p.id,
                  detail="FHIR R4 bundle")
        patient = {"family": p.family_name, "given": p.given_names, "birth_date": p.birth_date.isoformat(),
                   "sex": p.sex, "ins": identity.exportable_ins(p)}
    return build_bundle(view, patient)


def _exts(resource: dict) -> dict:
    out = {}
    for e in resource.get("extension", []):
        value = next(v for k, v in e.items() if k.startswith("value"))
        out[e["url"].removeprefix(EXT).replace("-", "_")] = value
    return out


def read_bundle(bundle: dict) -> dict:
    """The main fields of a plan read back from a bundle (the shape of ``care_plans.snapshot``, ids as URLs)."""
    by_type: dict[str, list[tuple[str, dict]]] = {}
    for entry in bundle.get("entry", []):
        by_type.setdefault(entry["resource"]["resourceType"], []).append((entry["fullUrl"], entry["resource"]))
    plan = by_type["CarePlan"][0][1]
    ext = _exts(plan)
    out = {name: ext.get(name) for name in PLAN_EXTENSIONS}
    out.update(status=ext["lifecycle_status"], revision=ext["revision"], review_date=ext.get("review_date"),
               referent=plan.get("author", {}).get("display"))
    out["problems"] = [{"id": url, "label": r["code"]["text"], "domain": r["category"][0]["text"],
                        "priority": r["severity"]["text"],
                        "source": (r.get("note") or [{}])[0].get("authorString")}
                       for url, r in by_type.get("Condition", [])]
    out["goals"] = [{"id": url, "objective": r["description"]["text"], "status": _exts(r)["goal_status"],
                     "measure": (r.get("target") or [{}])[0].get("measure", {}).get("text"),
                     "target_date": (r.get("target") or [{}])[0].get("dueDate"),
                     "problems": [a["reference"] for a in r.get("addresses", [])]}
                    for url, r in by_type.get("Goal", [])]
    status_back = {v: k for k, v in TASK_STATUS.items()}
    out["actions"] = [{"id": url, "description": r["description"], "action_type": r["code"]["text"],
                       "status": status_back[r["status"]], "responsible": r.get("owner", {}).get("display"),
                       "due_date": r.get("restriction", {}).get("period", {}).get("end"),
                       "recurrence_rule": _exts(r).get("recurrence_rule"),
                       "outcome": (r.get("output") or [{}])[0].get("valueString"),
                       "goal": r.get("reasonReference", {}).get("reference")}
                      for url, r in by_type.get("Task", [])]
    team = by_type["CareTeam"][0][1]
    out["members"] = [{"name": p["member"]["display"], "category": _exts(p)["category"],
                       "role": p["role"][0].get("text"), "phone": _exts(p).get("phone")}
                      for p in team.get("participant", [])]
    return out
