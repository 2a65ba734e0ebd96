"""Texts of the alert codes: raising and answering doctor–pharmacist alerts and their proposals, the inbox, the
reconciliation of a discharge list and the medication review worksheet."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.alerts import vocabulary
from app.ui.common import i18n

TEXTS: dict[str, str] = {
    # raising an alert (shown after the field's label)
    "alerts.not_a_patient": QT_TRANSLATE_NOOP("errors", "must be a patient of the practice"),
    "alerts.not_an_sfpc_problem": QT_TRANSLATE_NOOP("errors", "must be an SFPC problem code (1.1 to 1.10)"),
    "alerts.medication_required": QT_TRANSLATE_NOOP(
        "errors", "at least one medication is required (except for an untreated indication)"),
    "alerts.not_a_patient_medication": QT_TRANSLATE_NOOP("errors", "must be a medication of this patient"),
    "alerts.stopped_medication": QT_TRANSLATE_NOOP("errors", "is a stopped medication"),
    "alerts.bad_action": QT_TRANSLATE_NOOP("errors", "must be stop, change or add"),
    "alerts.in_future": QT_TRANSLATE_NOOP("errors", "must not be in the future"),
    "alerts.bad_urgency": QT_TRANSLATE_NOOP("errors", "must be urgent, 24h or routine"),
    "alerts.in_past": QT_TRANSLATE_NOOP("errors", "must not be in the past"),
    "alerts.beyond_a_year": QT_TRANSLATE_NOOP("errors", "must be within a year"),
    "alerts.no_gp": QT_TRANSLATE_NOOP("errors", "is required: the patient has no médecin traitant in the practice"),
    "alerts.not_an_active_physician": QT_TRANSLATE_NOOP("errors", "must be an active physician of the practice"),
    "alerts.not_a_current_finding": QT_TRANSLATE_NOOP("errors", "is not a current finding of this patient's review"),
    "alerts.already_open": QT_TRANSLATE_NOOP("errors", "already has an open alert (#{alert_id})"),
    "alerts.kept_as_is": QT_TRANSLATE_NOOP(
        "errors", "was kept as is by the doctor on {day} (alert #{alert_id}) and nothing relevant has changed since"),
    # answering an alert
    "alerts.already_closed": QT_TRANSLATE_NOOP("errors", "this alert is already closed ({alert_state})"),
    "alerts.no_question_waiting": QT_TRANSLATE_NOOP("errors", "there is no question waiting for a reply"),
    "alerts.change_required": QT_TRANSLATE_NOOP("errors", "the change made is required"),
    "alerts.line_not_on_list": QT_TRANSLATE_NOOP("errors", "medication line {line_id} is not on this patient's list"),
    # reconciliation of a discharge list
    "alerts.source_required": QT_TRANSLATE_NOOP("errors", "is required (hospital and department)"),
    "alerts.reconciliation_validated": QT_TRANSLATE_NOOP("errors", "this reconciliation is already validated"),
    "alerts.bad_decision": QT_TRANSLATE_NOOP(
        "errors", "must be intentional_documented, to_be_clarified or keep_current"),
    "alerts.undocumented_change": QT_TRANSLATE_NOOP(
        "errors", "an intentional change must be documented (why it was made)"),
    "alerts.nothing_to_keep": QT_TRANSLATE_NOOP("errors", "an added drug has no current line to keep"),
    "alerts.not_to_clarify": QT_TRANSLATE_NOOP("errors", "only a difference to be clarified can be sent"),
    "alerts.bad_via": QT_TRANSLATE_NOOP("errors", "must be alert or task"),
    "alerts.still_to_clarify": QT_TRANSLATE_NOOP("errors", "still to be clarified: line {lines}"),
    "alerts.nothing_to_clarify": QT_TRANSLATE_NOOP("errors", "no line to be clarified is waiting to be sent"),
    "alerts.line_already_sent": QT_TRANSLATE_NOOP("errors", "this line was already sent in alert #{alert_id}"),
    # the lines of a grouped alert
    "alerts.answer_by_line": QT_TRANSLATE_NOOP("errors", "this alert holds several lines: answer each line on its own"),
    "alerts.line_not_in_alert": QT_TRANSLATE_NOOP("errors", "this line is not part of alert #{alert_id}"),
    "alerts.line_already_answered": QT_TRANSLATE_NOOP(
        "errors", "this line was already answered by {by} on {day}: nothing was changed"),
    # the medication review worksheet
    "alerts.bad_scheme": QT_TRANSLATE_NOOP("errors", "must be bpm or pmc"),
    "alerts.bad_recommendation": QT_TRANSLATE_NOOP(
        "errors", "recommendation {row}: its kind must be one of 1 to 5, given once, and the patient's agreement "
                  "yes, no or not asked"),
    "alerts.no_finished_check": QT_TRANSLATE_NOOP(
        "errors", "has no finished Polymedication Check (a PMC worksheet with its analysis date and a conclusion)"),
    "alerts.bad_check_format": QT_TRANSLATE_NOOP("errors", "must be json or pdf"),
    "alerts.bad_advice_format": QT_TRANSLATE_NOOP("errors", "must be a .json file"),
    "alerts.no_advice": QT_TRANSLATE_NOOP(
        "errors", "has no answer of the doctor on a medication line yet (nothing to send as pharmaceutical advice)"),
    "alerts.advice_line_needed": QT_TRANSLATE_NOOP(
        "errors", "the answer concerns several medication lines ({lines}): choose one (one document per line)"),
    "alerts.advice_line_not_in_answer": QT_TRANSLATE_NOOP(
        "errors", "line {line_id} is not one the answer concerns"),
    "alerts.before_previous_step": QT_TRANSLATE_NOOP("errors", "must not be before the previous step"),
    "alerts.not_a_worksheet_finding": QT_TRANSLATE_NOOP("errors", "{finding} is not a finding of this worksheet"),
    # the proposal of an alert
    "alerts.proposal_incomplete": QT_TRANSLATE_NOOP(
        "errors", "the proposal \u201c{proposal}\u201d needs {needs}: give it, or choose another kind of proposal"),
    "alerts.proposal_changes_nothing": QT_TRANSLATE_NOOP(
        "errors", "a proposal \u201c{proposal}\u201d does not change the medication list: leave the changes empty"),
    "alerts.action_not_in_proposal": QT_TRANSLATE_NOOP(
        "errors", "{line_action} is not part of a proposal \u201c{proposal}\u201d"),
    "alerts.change_changes_nothing": QT_TRANSLATE_NOOP("errors", "changes nothing: give the new values"),
    "alerts.line_changed_since_proposal": QT_TRANSLATE_NOOP(
        "errors", "{name} was changed since the proposal: answer with Modify, from the line as it is now"),
}

ENTITIES = (
    # the records of this capability an error can name ("This record no longer exists (worksheet 3).")
    QT_TRANSLATE_NOOP("entities", "reconciliation"), QT_TRANSLATE_NOOP("entities", "reconciliation item"),
    QT_TRANSLATE_NOOP("entities", "worksheet"),
)

_STATES = {
    "open": QT_TRANSLATE_NOOP("errors", "open"), "read": QT_TRANSLATE_NOOP("errors", "read"),
    "question": QT_TRANSLATE_NOOP("errors", "question asked"), "replied": QT_TRANSLATE_NOOP("errors", "question answered"),
    "accepted": QT_TRANSLATE_NOOP("errors", "accepted"), "modified": QT_TRANSLATE_NOOP("errors", "modified"),
    "refused": QT_TRANSLATE_NOOP("errors", "refused"),
}


def _state(value) -> str:
    """An alert state as the user reads it ("refused" → "refusée")."""
    text = _STATES.get(str(value))
    return QCoreApplication.translate("errors", text) if text else str(value)


LINE_ACTIONS = {
    "stop": QT_TRANSLATE_NOOP("errors", "the line to stop"),
    "change": QT_TRANSLATE_NOOP("errors", "the new values of the line"),
    "add": QT_TRANSLATE_NOOP("errors", "the new product"),
}


def _kind(code) -> str:
    kind = vocabulary.kinds().get(str(code))
    return kind.label(i18n.current()) if kind else str(code)


def _action(code) -> str:
    text = LINE_ACTIONS.get(str(code))
    return QCoreApplication.translate("errors", text) if text else str(code)


def _actions(codes) -> str:
    return ", ".join(_action(c) for c in ((codes,) if isinstance(codes, str) else codes))



PARAMS = {"alert_state": _state, "proposal": _kind, "line_action": _action, "needs": _actions}
