"""Record one checklist step of an intake: its state, date, doctor or where from, checked against its kind.

* identity: confirmed (with the date, today by default) once the INS is qualified — for a patient in France the
  patients package's identity vigilance decides (``identity.exportable_ins``); elsewhere it is confirmed by hand.
  An INS that cannot be qualified now (no identity document, INSi unavailable, no INS …) marks the step *not
  qualifiable* with a reason of ``resources/intake/identity_reasons.json`` and an optional note: the intake may
  close all the same (a provisional identity is allowed; the INS is not used or shared while it is not qualified,
  which ``exportable_ins`` keeps to), and a task to qualify the identity later goes to the medical assistants' pool,
  once;
* confirm: done (with the date) or open again; a summary step that needs the chart (problems) is refused while the
  chart holds none;
* médecin traitant declaration: not started, form given, or declared (date and doctor — who becomes the patient's
  médecin traitant through the patients service, on the patient's version the caller read); it does not apply to a
  patient outside France;
* past records requested (from whom, date), then received (date, not before the request);
* first appointment (date, with whom).

When the last required step of an intake in progress is done (or does not apply, or the identity is not
qualifiable), the intake is done.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from app.models.intake import IntakeStep, StepState
from app.models.patient import Patient
from app.services.errors import ValidationError
from app.services.intake import intakes, step_tasks
from app.services.intake.checklist import StepDef, identity_reasons, load
from app.services.kernel.context import ServiceContext
from app.services.kernel.validation import clean_text, parse_date
from app.services.patients import records as patient_records
from app.services.patients.identity import exportable_ins
from app.services.security.access import require
from app.services.tasks import recurrence

STATES_OF_KIND = {
    "identity": (StepState.OPEN, StepState.DONE, StepState.NOT_QUALIFIABLE),
    "confirm": (StepState.OPEN, StepState.DONE),
    "gp_declaration": (StepState.OPEN, StepState.FORM_GIVEN, StepState.DONE),
    "records_requested": (StepState.OPEN, StepState.DONE),
    "records_received": (StepState.OPEN, StepState.DONE),
    "appointment": (StepState.OPEN, StepState.DONE),
}


@dataclass
class StepInput:
    """What the checklist dialog hands over for one step."""

    state: str = StepState.DONE
    on: date | str | None = None          # default today (not for an appointment)
    staff_id: int | None = None           # the declared médecin traitant, the doctor of the appointment
    detail: str | None = None             # from whom the past records were asked; the note of a reason
    reason: str | None = None             # why the identity is not qualifiable (a code of identity_reasons.json)
    patient_version: int | None = None    # the patient's version read (a declared médecin traitant is saved on it)


@dataclass(frozen=True)
class Checked:
    """What a step's input comes to, once checked."""

    state: str
    day: date | None = None
    staff_id: int | None = None
    detail: str | None = None
    reason: str | None = None


def _past_day(value, today: date) -> date:
    day = today if value in (None, "") else parse_date(value, "step_on")
    if day > today:
        raise ValidationError("step_on", "future_date")
    if day.year < 1900:
        raise ValidationError("step_on", "intake.before_1900")
    return day


def _identity(patient: Patient, data: StepInput, today: date) -> Checked:
    """The identity step: confirmed once the INS is qualified (in France), or not qualifiable with a reason."""
    qualified = exportable_ins(patient) is not None
    if data.state == StepState.DONE:
        if intakes.ins_required(patient) and not qualified:
            raise ValidationError("identity", "intake.ins_not_qualified")
        return Checked(StepState.DONE, _past_day(data.on, today))
    if not intakes.ins_required(patient):
        raise ValidationError("state", "intake.step_not_applicable")
    if qualified:
        raise ValidationError("state", "intake.ins_already_qualified")
    vocabulary = identity_reasons()
    code = (data.reason or "").strip()
    if not code:
        raise ValidationError("identity_reason", "required")
    reason = vocabulary.reason(code)
    if reason is None:
        raise ValidationError("identity_reason", "one_of", allowed=", ".join(r.code for r in vocabulary.reasons))
    note = clean_text(data.detail, "detail", 300, reason.note_required)
    return Checked(StepState.NOT_QUALIFIABLE, _past_day(data.on, today), None, note, reason.code)


def _checked(session, intake, step: StepDef, data: StepInput, today: date) -> Checked:
    """What to store, or a ValidationError naming the field."""
    if data.state not in STATES_OF_KIND[step.kind]:
        raise ValidationError("state", "one_of", allowed=", ".join(STATES_OF_KIND[step.kind]))
    patient = session.get(Patient, intake.patient_id)
    if not step.applies_to(patient.country):
        raise ValidationError("step", "intake.step_not_applicable")
    if data.state == StepState.OPEN:
        return Checked(StepState.OPEN)
    before = None
    if step.after:
        before = session.execute(select(IntakeStep.state, IntakeStep.step_on).where(
            IntakeStep.intake_id == intake.id, IntakeStep.step_key == step.after)).one()
        if before.state != StepState.DONE:
            raise ValidationError("step", "intake.step_before", step=step.after)
    if step.kind == "identity":
        return _identity(patient, data, today)
    if step.kind == "confirm":
        if step.chart and intakes.chart_counts(session, patient.id).get(step.chart, 0) == 0:
            raise ValidationError("step", "intake.chart_empty", what=step.chart)
        return Checked(StepState.DONE, _past_day(data.on, today))
    if step.kind == "gp_declaration":
        day = _past_day(data.on, today)
        if data.state == StepState.FORM_GIVEN:
            return Checked(StepState.FORM_GIVEN, day)
        if data.staff_id in (None, ""):
            raise ValidationError("staff_id", "required")
        if data.patient_version is None:
            raise ValidationError("patient_version", "required")
        return Checked(StepState.DONE, day, data.staff_id)   # the patients service checks the physician
    if step.kind == "records_requested":
        source = clean_text(data.detail, "records_from", 300, True)
        return Checked(StepState.DONE, _past_day(data.on, today), None, source)
    if step.kind == "records_received":
        day = _past_day(data.on, today)
        if before is not None and before.step_on and day < before.step_on:
            raise ValidationError("step_on", "intake.received_before_request")
        return Checked(StepState.DONE, day, None, clean_text(data.detail, "detail", 300))
    # appointment: a date of its own (it may lie ahead) with a physician
    if data.on in (None, ""):
        raise ValidationError("step_on", "required")
    day = parse_date(data.on, "step_on")
    if day.year < 1900:
        raise ValidationError("step_on", "intake.before_1900")
    return Checked(StepState.DONE, day, intakes.physician(session, data.staff_id, "staff_id"))


def record_step(ctx: ServiceContext, intake_id: int, expected_version: int, step_key: str, data: StepInput,
                lang: str = "fr") -> int:
    """Record the step (audited; a stale save is refused; bad input names the field and nothing is stored). A
    declared médecin traitant becomes the patient's (``patients.records.set_gp``: its rule, audit event and version
    check); an identity marked not qualifiable gets its task to qualify it later (once; its title in ``lang``).
    Returns the intake's new version."""
    require(ctx, "intake.manage")
    step = load().step(step_key or "")
    if step is None:
        raise ValidationError("step", "intake.unknown_step", value=step_key)
    today = recurrence.today_local()
    with ctx.transaction() as session:
        intake = intakes.locked_intake(session, intake_id, expected_version, ctx)
        patient_id = intake.patient_id
        checked = _checked(session, intake, step, data, today)
        if step.kind == "gp_declaration" and checked.state == StepState.DONE:
            patient_records.set_gp(ctx, patient_id, data.patient_version, checked.staff_id)
            checked = replace(checked, staff_id=int(checked.staff_id))   # an active physician: the service said so
        intakes.set_step(ctx, session, intake_id, step.key, checked.state, checked.day, checked.staff_id,
                         checked.detail, checked.reason)
        if checked.state == StepState.NOT_QUALIFIABLE:
            step_tasks.qualify_identity_task(ctx, session, intake_id, patient_id, checked.reason, checked.detail,
                                             lang)
        version = intakes.bump(ctx, session, intake)
        closed = intakes.close_if_complete(session, intake_id)
        ctx.audit(session, "intake.step", entity_type="intake", entity_id=intake_id, patient_id=patient_id,
                  detail=f"{step.key}: {checked.state}" + (f" ({checked.reason})" if checked.reason else "")
                  + (f" {checked.day.isoformat()}" if checked.day else "") + ("; done" if closed else ""))
        ctx.announce("intake.changed", patient_id=patient_id)
        return version
