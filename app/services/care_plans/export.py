"""Printouts and exports of a care plan: the team's PDF, the patient's one-page sheet, the FHIR bundle, and the
command-line export (``cordee export care-plan --db PATH --patient ID --format pdf|sheet|fhir --out FILE``,
registered in ``app.cli.export``)."""

from __future__ import annotations

import json

from app.models.patient import Patient
from app.services.care_plans import deprescribing, patient_sheet_pdf
from app.services.care_plans import fhir as fhir_care_plan
from app.services.care_plans import plan_pdf as care_plan_pdf
from app.services.care_plans import plans as care_plans
from app.services.errors import CordeeError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.labels import DEFAULT_LANG, lang_of
from app.services.medications import medication_list as medications
from app.services.medications import plan_pdf as medication_plan_pdf
from app.services.medications import posology_text
from app.services.practice import contact as practice_contact
from app.services.practice import practice_record as practice
from app.services.security.access import can, require

FORMATS = ("pdf", "sheet", "fhir")


def _audit(ctx: ServiceContext, view, what: str) -> None:
    with ctx.transaction() as session:
        ctx.audit(session, "care_plan.export", entity_type="care_plan", entity_id=view.id,
                  patient_id=view.patient_id, detail=what)


def plan_pdf(ctx: ServiceContext, plan_id: int, lang: str = DEFAULT_LANG) -> bytes:
    """The whole plan for the team (PDF bytes, in ``lang``: fr, de or en; audited)."""
    require(ctx, "care_plan.export")
    view = care_plans.get_plan(ctx, plan_id)
    require(ctx, "care_plan.export", view.record)
    _audit(ctx, view, "team PDF")
    tapers = deprescribing.patient_plans(ctx, view.patient_id) if can(ctx, "medication.read", view.record) else None
    return care_plan_pdf.render(view, ctx.actor.display_name, lang=lang_of(lang),
                                contact=practice_contact.contact_line(practice.get_practice(ctx), lang_of(lang)),
                                deprescribing=tapers)


def medication_qr_payload(ctx: ServiceContext, patient_id: int) -> str | None:
    """The eMediplan (CHMED16A) QR text of the patient's current medication plan, as the medication plan prints
    it; None when it cannot be made (e.g. the printing person may not read a part of it)."""
    try:
        return medication_plan_pdf.load_plan(ctx, patient_id).payload
    except (ImportError, CordeeError):
        return None


def patient_language(ctx: ServiceContext, patient_id: int) -> str:
    """The patient's preferred language for what is handed to them: fr, de or en (otherwise French)."""
    with ctx.transaction() as session:
        patient = session.get(Patient, patient_id)
        return lang_of(patient.preferred_language if patient else None)


def patient_sheet(ctx: ServiceContext, plan_id: int, lang: str | None = None) -> bytes:
    """The one-page sheet for the patient and the caregivers (PDF bytes; audited), in ``lang`` or else the
    patient's preferred language. Medications and their QR code appear when the printing person may read the
    medication list."""
    require(ctx, "care_plan.export")
    view = care_plans.get_plan(ctx, plan_id)
    require(ctx, "care_plan.export", view.record)
    lang = lang_of(lang) if lang else patient_language(ctx, view.patient_id)
    meds, payload = None, None
    if can(ctx, "medication.read", view.record):
        meds = [(m.display_name + (f" {m.data.strength}" if m.data.strength else ""),
                 posology_text.describe(m.data.posology, lang), m.data.instructions or "")
                for m in medications.list_current(ctx, view.patient_id)]
        payload = medication_qr_payload(ctx, view.patient_id)
    _audit(ctx, view, "patient sheet")
    return patient_sheet_pdf.render(view, meds, payload, ctx.actor.display_name, lang=lang,
                                    practice=practice.get_practice(ctx))


def export_for_patient(ctx: ServiceContext, patient_id: int, fmt: str, lang: str | None = None) -> bytes:
    """The patient's current plan as ``pdf`` (team), ``sheet`` (patient) or ``fhir`` (JSON bundle). ``lang``
    (fr, de, en): the team PDF defaults to French, the patient sheet to the patient's language."""
    if fmt not in FORMATS:
        raise ValidationError("format", "one_of", allowed=FORMATS)
    plan_id = care_plans.current_plan_id(ctx, patient_id)
    if plan_id is None:
        raise CordeeError("care_plans.no_plan", patient_id=patient_id)
    if fmt == "fhir":
        return json.dumps(fhir_care_plan.export_bundle(ctx, plan_id), ensure_ascii=False, indent=2).encode()
    return plan_pdf(ctx, plan_id, lang or DEFAULT_LANG) if fmt == "pdf" else patient_sheet(ctx, plan_id, lang)

