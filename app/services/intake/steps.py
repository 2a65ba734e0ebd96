"""Record one checklist step of an intake: its state, date, doctor or where from, checked against its kind.

* confirm: done (with the date, today by default) or open again; the identity of a French patient is confirmed only
  once the INS is qualified (the patients package's identity vigilance decides); a summary step that needs the chart
  (problems) is refused while the chart holds none;
* médecin traitant declaration: not started, form given, or declared (date and doctor — who becomes the patient's
  médecin traitant); it does not apply to a patient outside France;
* past records requested (from whom, date), then received (date, not before the request);
* first appointment (date, with whom).

When the last required step of an intake in progress is done, the intake is done.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.models.intake import IntakeStep, StepState
from app.models.patient import Patient
from app.services.errors import ValidationError
from app.services.intake import intakes
from app.services.intake.checklist import StepDef, load
from app.services.kernel.context import ServiceContext
from app.services.kernel.validation import clean_text, parse_date
from app.services.patients.identity import exportable_ins
from app.services.security.access import require
from app.services.tasks import recurrence

STATES_OF_KIND = {
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
    detail: str | None = None             # from whom the past records were asked


def _past_day(value, today: date) -> date:
    day = today if value in (None, "") else parse_date(value, "step_on")
    if day > today:
        raise ValidationError("step_on", "future_date")
    if day.year < 1900:
        raise ValidationError("step_on", "intake.before_1900")
    return day


def _checked(session, ctx, intake, step: StepDef, data: StepInput, today: date) -> tuple:
    """(state, date, staff, detail) to store, or a ValidationError naming the field."""
    if data.state not in STATES_OF_KIND[step.kind]:
        raise ValidationError("state", "one_of", allowed=", ".join(STATES_OF_KIND[step.kind]))
    patient = session.get(Patient, intake.patient_id)
    if not step.applies_to(patient.country):
        raise ValidationError("step", "intake.step_not_applicable")
    if data.state == StepState.OPEN:
        return StepState.OPEN, None, None, None
    before = None
    if step.after:
        before = session.execute(select(IntakeStep.state, IntakeStep.step_on).where(
            IntakeStep.intake_id == intake.id, IntakeStep.step_key == step.after)).one()
        if before.state != StepState.DONE:
            raise ValidationError("step", "intake.step_before", step=step.after)
    if step.kind == "confirm":
        if step.key == "identity" and patient.country == "FR" and exportable_ins(patient) is None:
            raise ValidationError("identity", "intake.ins_not_qualified")
        if step.chart and intakes.chart_counts(session, patient.id).get(step.chart, 0) == 0:
            raise ValidationError("step", "intake.chart_empty", what=step.chart)
        return StepState.DONE, _past_day(data.on, today), None, None
    if step.kind == "gp_declaration":
        day = _past_day(data.on, today)
        if data.state == StepState.FORM_GIVEN:
            return StepState.FORM_GIVEN, day, None, None
        return StepState.DONE, day, intakes.physician(session, data.staff_id, "staff_id"), None
    if step.kind == "records_requested":
        source = clean_text(data.detail, "records_from", 300, True)
        return StepState.DONE, _past_day(data.on, today), None, source
    if step.kind == "records_received":
        day = _past_day(data.on, today)
        if before is not None and before.step_on and day < before.step_on:
            raise ValidationError("step_on", "intake.received_before_request")
        return StepState.DONE, day, None, clean_text(data.detail, "detail", 300)
    # appointment: a date of its own (it may lie ahead) with a physician
    if data.on in (None, ""):
        raise ValidationError("step_on", "required")
    day = parse_date(data.on, "step_on")
    if day.year < 1900:
        raise ValidationError("step_on", "intake.before_1900")
    return StepState.DONE, day, intakes.physician(session, data.staff_id, "staff_id"), None


def record_step(ctx: ServiceContext, intake_id: int, expected_version: int, step_key: str, data: StepInput) -> int:
    """Record the step (audited; a stale save is refused; bad input names the field and nothing is stored). A
    declared médecin traitant becomes the patient's. Returns the intake's new version."""
    require(ctx, "intake.manage")
    step = load().step(step_key or "")
    if step is None:
        raise ValidationError("step", "intake.unknown_step", value=step_key)
    today = recurrence.today_local()
    with ctx.transaction() as session:
        intake = intakes.locked_intake(session, intake_id, expected_version, ctx)
        state, day, staff, detail = _checked(session, ctx, intake, step, data, today)
        intakes.set_step(ctx, session, intake_id, step.key, state, day, staff, detail)
        if step.kind == "gp_declaration" and state == StepState.DONE:
            intakes.assign_gp(ctx, session, intake.patient_id, staff)
        patient_id = intake.patient_id
        version = intakes.bump(ctx, session, intake)
        closed = intakes.close_if_complete(session, intake_id)
        ctx.audit(session, "intake.step", entity_type="intake", entity_id=intake_id, patient_id=patient_id,
                  detail=f"{step.key}: {state}" + (f" {day.isoformat()}" if day else "") + ("; done" if closed else ""))
        ctx.announce("intake.changed", patient_id=patient_id)
        return version
