"""Texts of the new-patient intake codes: registering, taking a patient on, the checklist steps."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "intake.before_1900": QT_TRANSLATE_NOOP("errors", "must not be before 1900"),
    "intake.already_registered": QT_TRANSLATE_NOOP("errors", "This patient already has an intake."),
    "intake.not_a_physician": QT_TRANSLATE_NOOP("errors", "must be an active physician of the practice"),
    "intake.closed": QT_TRANSLATE_NOOP("errors", "This intake is closed (done or withdrawn): it can no longer "
                                                 "be changed."),
    "intake.not_waiting": QT_TRANSLATE_NOOP("errors", "This patient is no longer on the waiting list."),
    "intake.appointment_past": QT_TRANSLATE_NOOP("errors", "must be today or later"),
    "intake.step_not_applicable": QT_TRANSLATE_NOOP("errors", "does not apply to this patient"),
    "intake.step_before": QT_TRANSLATE_NOOP("errors", "needs the step before it done first"),
    "intake.ins_not_qualified": QT_TRANSLATE_NOOP(
        "errors", "can be checked once the INS is qualified (see the patient's identity)"),
    "intake.ins_already_qualified": QT_TRANSLATE_NOOP(
        "errors", "cannot be «not qualifiable»: the INS is qualified, confirm the identity instead"),
    "intake.chart_empty": QT_TRANSLATE_NOOP("errors", "needs at least one entry in the chart first"),
    "intake.unknown_step": QT_TRANSLATE_NOOP("errors", "«{value}» is not a step of the checklist"),
    "intake.received_before_request": QT_TRANSLATE_NOOP("errors", "must not be before the request"),
}
ENTITIES = (QT_TRANSLATE_NOOP("entities", "intake"),)
