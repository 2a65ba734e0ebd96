"""Texts of the codes of delegated tasks: the task flow, the delegation guard, protocol files, recurrences,
recalls, pharmacist renewals, absences and escalation; and how their params are shown (task statuses and pools in
the task dialog's words, ages, sexes)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.tasks.protocol_files import get_protocol
from app.ui.common import i18n

TEXTS: dict[str, str] = {
    # the task flow (field shown before: "Status: …")
    "tasks.transition_not_allowed": QT_TRANSLATE_NOOP(
        "errors", "the task is {task_status}: it cannot move to «{wanted_task_status}» (possible: {next_task_statuses})"),
    "tasks.closed_task_not_editable": QT_TRANSLATE_NOOP("errors", "the task is {task_status}: it can no longer be "
                                                                  "edited"),
    "tasks.task_not_claimable": QT_TRANSLATE_NOOP("errors", "the task is {task_status}: it cannot be claimed"),
    "tasks.closed_task_not_reassignable": QT_TRANSLATE_NOOP("errors", "the task is {task_status}: it can no longer "
                                                                      "be reassigned"),
    "tasks.claim_first": QT_TRANSLATE_NOOP("errors", "claim the task from the pool first"),
    "tasks.not_a_status": QT_TRANSLATE_NOOP("errors", "is not a task status"),
    # task input
    "tasks.person_or_pool": QT_TRANSLATE_NOOP("errors", "choose either a person or a pool (one of the two)"),
    "tasks.inactive_member": QT_TRANSLATE_NOOP("errors", "must be an active member of the practice"),
    "tasks.not_clinical_member": QT_TRANSLATE_NOOP("errors", "must be an active clinical or front-desk member of the "
                                                             "practice"),
    "tasks.bad_time": QT_TRANSLATE_NOOP("errors", "must be a time like 08:30"),
    "tasks.bad_task_type": QT_TRANSLATE_NOOP("errors", "must be 2–40 lower-case letters, digits or underscores"),
    "tasks.bad_priority": QT_TRANSLATE_NOOP("errors", "must be routine, urgent, asap or stat"),
    "tasks.unknown_patient": QT_TRANSLATE_NOOP("errors", "is not a patient of the practice"),
    "tasks.implausible_date": QT_TRANSLATE_NOOP("errors", "is not a plausible date"),
    "tasks.time_needs_date": QT_TRANSLATE_NOOP("errors", "needs a due date"),
    "tasks.rule_needs_due_date": QT_TRANSLATE_NOOP("errors", "needs a due date to start the series"),
    "tasks.bad_origin": QT_TRANSLATE_NOOP("errors", "needs an origin type and a positive id"),
    "tasks.act_without_protocol": QT_TRANSLATE_NOOP("errors", "an act is only recorded for a protocol-bound task"),
    # recurrences (iCalendar rules)
    "tasks.rule_syntax": QT_TRANSLATE_NOOP("errors", "must be an iCalendar rule like FREQ=MONTHLY;INTERVAL=3"),
    "tasks.rule_dtstart": QT_TRANSLATE_NOOP("errors", "must not contain DTSTART (the due date starts the series)"),
    "tasks.rule_freq": QT_TRANSLATE_NOOP("errors", "must set FREQ to DAILY, WEEKLY, MONTHLY or YEARLY"),
    "tasks.rule_part_not_a_number": QT_TRANSLATE_NOOP("errors", "{part} must be a number"),
    "tasks.rule_part_out_of_range": QT_TRANSLATE_NOOP("errors", "{part} must be between {min} and {max}"),
    "tasks.rule_until_before_start": QT_TRANSLATE_NOOP("errors", "ends before the series starts on the due date"),
    "tasks.rule_invalid": QT_TRANSLATE_NOOP("errors", "is not a valid iCalendar rule ({detail})"),
    # absences and escalation
    "tasks.end_before_start": QT_TRANSLATE_NOOP("errors", "must not be before the start date"),
    "tasks.absence_too_long": QT_TRANSLATE_NOOP("errors", "an absence lasts at most one year"),
    "tasks.no_task_selected": QT_TRANSLATE_NOOP("errors", "select at least one task"),
    "tasks.delay_not_whole_days": QT_TRANSLATE_NOOP("errors", "must be a whole number of days"),
    "tasks.delay_out_of_range": QT_TRANSLATE_NOOP("errors", "must be between {min} and {max} days"),
    # recalls
    "tasks.bad_code_prefix": QT_TRANSLATE_NOOP("errors", "«{value}» is not a valid code prefix"),
    "tasks.bad_recall_name": QT_TRANSLATE_NOOP("errors", "must be 2–60 letters, digits, dots, dashes or underscores"),
    "tasks.age_below_minimum": QT_TRANSLATE_NOOP("errors", "must not be below the minimum age"),
    "tasks.not_done_pair": QT_TRANSLATE_NOOP("errors", "give both the task type and the number of months"),
    "tasks.no_criterion": QT_TRANSLATE_NOOP("errors", "give at least one criterion (age, condition, medication or "
                                                      "task not done)"),
    # protocols: activation, adherence, enrolment
    "tasks.unknown_protocol": QT_TRANSLATE_NOOP("errors", "is not a known protocol"),
    "tasks.not_a_past_date": QT_TRANSLATE_NOOP("errors", "must be a past date after 1990"),
    "tasks.staff_not_delegate": QT_TRANSLATE_NOOP(
        "errors", "{staff} is not of a profession the protocol «{protocol}» delegates to ({professions})"),
    "tasks.bad_consent_how": QT_TRANSLATE_NOOP("errors", "must be oral, written or electronic"),
    "tasks.bad_consent_by": QT_TRANSLATE_NOOP("errors", "must be patient or representative"),
    # the delegation guard: the protocol and the act
    "tasks.protocol_not_activated": QT_TRANSLATE_NOOP("errors", "the practice has not activated the protocol "
                                                                "«{protocol}»"),
    "tasks.protocol_not_valid_on": QT_TRANSLATE_NOOP("errors", "the protocol «{protocol}» is not valid on {day}"),
    "tasks.act_missing": QT_TRANSLATE_NOOP("errors", "choose one of the acts of the protocol «{protocol}» ({acts})"),
    "tasks.act_not_allowed": QT_TRANSLATE_NOOP("errors", "the protocol «{protocol}» does not allow the act «{act}» "
                                                         "(allowed: {acts})"),
    "tasks.pool_not_delegated": QT_TRANSLATE_NOOP("errors", "the protocol «{protocol}» does not delegate to the "
                                                            "pool «{pool}»"),
    "tasks.protocol_needs_patient": QT_TRANSLATE_NOOP("errors", "a task under the protocol «{protocol}» needs a "
                                                                "patient"),
    # the delegation guard: the patient (the protocol's own criteria, or those of one of its acts)
    "tasks.patient_age_outside": QT_TRANSLATE_NOOP(
        "errors", "the patient is {patient_age}; the protocol «{protocol}» covers patients {age_range}"),
    "tasks.patient_age_outside_act": QT_TRANSLATE_NOOP(
        "errors", "the patient is {patient_age}; the act «{act}» covers patients {age_range}"),
    "tasks.patient_sex_outside": QT_TRANSLATE_NOOP("errors", "the protocol «{protocol}» covers only {sexes}"),
    "tasks.patient_sex_outside_act": QT_TRANSLATE_NOOP("errors", "the act «{act}» covers only {sexes}"),
    "tasks.patient_lacks_condition": QT_TRANSLATE_NOOP(
        "errors", "the patient has none of the conditions the protocol «{protocol}» covers (ICD-10 {conditions})"),
    "tasks.patient_lacks_condition_act": QT_TRANSLATE_NOOP(
        "errors", "the patient has none of the conditions the act «{act}» covers (ICD-10 {conditions})"),
    "tasks.patient_lacks_medication": QT_TRANSLATE_NOOP(
        "errors", "the patient takes none of the medications the protocol «{protocol}» covers (ATC {medications})"),
    "tasks.patient_lacks_medication_act": QT_TRANSLATE_NOOP(
        "errors", "the patient takes none of the medications the act «{act}» covers (ATC {medications})"),
    "tasks.patient_excluded_condition": QT_TRANSLATE_NOOP(
        "errors", "the patient has an exclusion criterion of the protocol «{protocol}» (condition {condition}): "
                  "refer to the doctor"),
    "tasks.patient_excluded_medication": QT_TRANSLATE_NOOP(
        "errors", "the patient takes a medication that excludes the protocol «{protocol}» (ATC {medication}): "
                  "refer to the doctor"),
    "tasks.patient_not_enrolled": QT_TRANSLATE_NOOP("errors", "the patient is not enrolled (with consent) in the "
                                                              "protocol «{protocol}»"),
    # the delegation guard: the person
    "tasks.delegate_inactive": QT_TRANSLATE_NOOP("errors", "{staff} is no longer an active member of the practice"),
    "tasks.delegate_profession": QT_TRANSLATE_NOOP(
        "errors", "{staff} ({profession}) is not of a profession the protocol «{protocol}» delegates to"),
    "tasks.delegate_not_adherent": QT_TRANSLATE_NOOP("errors", "{staff} does not adhere to the protocol «{protocol}»"),
    "tasks.delegate_not_trained": QT_TRANSLATE_NOOP("errors", "{staff} has no recorded training for the protocol "
                                                              "«{protocol}»"),
    # pharmacist renewals and dose adjustments
    "tasks.bad_renewal_kind": QT_TRANSLATE_NOOP("errors", "must be renewal or dose_adjustment"),
    "tasks.medication_stopped": QT_TRANSLATE_NOOP("errors", "this medication has been stopped"),
    "tasks.prescription_expired": QT_TRANSLATE_NOOP(
        "errors", "the {months}-month limit of this prescription ended on {ended}: a new prescription is needed"),
    "tasks.renewal_not_authorised": QT_TRANSLATE_NOOP(
        "errors", "the prescription does not authorise renewal by the pharmacien correspondant"),
    "tasks.dose_adjustment_not_authorised": QT_TRANSLATE_NOOP(
        "errors", "the prescription does not authorise dose adjustment by the pharmacien correspondant"),
    "tasks.renewal_too_long": QT_TRANSLATE_NOOP(
        "errors", "the renewal may run until {until} at the latest (authorisation on the prescription and "
                  "{months}-month total)"),
    "tasks.not_after_today": QT_TRANSLATE_NOOP("errors", "must be after today"),
    # protocol files (resources/protocols/*.json): the file and the key
    "tasks.protocol_file_unreadable": QT_TRANSLATE_NOOP("errors", "{file} is not readable JSON ({detail})"),
    "tasks.protocol_file_not_a_json_object": QT_TRANSLATE_NOOP("errors", "{file} does not hold a JSON object"),
    "tasks.protocol_file_missing": QT_TRANSLATE_NOOP("errors", "{file}: {key} is missing"),
    "tasks.protocol_file_wrong_type": QT_TRANSLATE_NOOP("errors", "{file}: {key} must be of JSON type {expected}"),
    "tasks.protocol_file_empty": QT_TRANSLATE_NOOP("errors", "{file}: {key} must not be empty"),
    "tasks.protocol_file_bad_value": QT_TRANSLATE_NOOP("errors", "{file}: {key} has an invalid value {value}"),
    "tasks.protocol_file_not_a_date": QT_TRANSLATE_NOOP("errors", "{file}: {key} must be a date YYYY-MM-DD"),
    "tasks.protocol_file_out_of_range": QT_TRANSLATE_NOOP("errors", "{file}: {key} is out of range"),
    "tasks.protocol_file_below": QT_TRANSLATE_NOOP("errors", "{file}: {key} is less than {other}"),
    "tasks.protocol_file_not_an_object": QT_TRANSLATE_NOOP("errors", "{file}: {key} must be a JSON object"),
    "tasks.protocol_file_bad_code": QT_TRANSLATE_NOOP("errors", "{file}: {key} must be lower-case letters, digits "
                                                                "and dashes"),
    "tasks.protocol_file_bad_act_code": QT_TRANSLATE_NOOP("errors", "{file}: {key} must be lower-case letters, "
                                                                    "digits and underscores"),
    "tasks.protocol_file_one_of": QT_TRANSLATE_NOOP("errors", "{file}: {key} must be one of {allowed}"),
    "tasks.protocol_file_no_source": QT_TRANSLATE_NOOP("errors", "{file}: {key} must name at least one source"),
    "tasks.protocol_file_no_act": QT_TRANSLATE_NOOP("errors", "{file}: {key} must list at least one allowed act"),
    "tasks.protocol_file_duplicate_acts": QT_TRANSLATE_NOOP("errors", "{file}: {key} has duplicate act codes"),
    "tasks.protocol_file_no_delegate": QT_TRANSLATE_NOOP("errors", "{file}: {key} needs at least one role or one "
                                                                   "profession keyword"),
    "tasks.protocol_file_no_verify_notes": QT_TRANSLATE_NOOP("errors", "{file}: {key} must say what to verify when "
                                                                       "verify is true"),
    "tasks.protocol_file_code_mismatch": QT_TRANSLATE_NOOP("errors", "{file}: {key} must equal the file name "
                                                                     "without .json"),
}

ENTITIES = (
    # the records of this capability an error can name ("This record no longer exists (absence 3).")
    QT_TRANSLATE_NOOP("entities", "absence"), QT_TRANSLATE_NOOP("entities", "protocol enrolment"),
    QT_TRANSLATE_NOOP("entities", "protocol adherence"),
)

STATUS_WORDS = {
    # the task dialog's words for the statuses
    "requested": QT_TRANSLATE_NOOP("TaskDialog", "requested"), "accepted": QT_TRANSLATE_NOOP("TaskDialog", "accepted"),
    "in_progress": QT_TRANSLATE_NOOP("TaskDialog", "in progress"), "on_hold": QT_TRANSLATE_NOOP("TaskDialog", "on hold"),
    "completed": QT_TRANSLATE_NOOP("TaskDialog", "completed"), "cancelled": QT_TRANSLATE_NOOP("TaskDialog", "cancelled"),
    "failed": QT_TRANSLATE_NOOP("TaskDialog", "failed"),
}
POOL_WORDS = {
    # the task dialog's words for the pools
    "physician": QT_TRANSLATE_NOOP("TaskDialog", "Physicians"), "pharmacist": QT_TRANSLATE_NOOP("TaskDialog",
                                                                                               "Pharmacists"),
    "advanced_practice_nurse": QT_TRANSLATE_NOOP("TaskDialog", "Advanced practice nurses"),
    "nurse": QT_TRANSLATE_NOOP("TaskDialog", "Nurses"), "medical_assistant": QT_TRANSLATE_NOOP("TaskDialog",
                                                                                              "Medical assistants"),
    "coordinator": QT_TRANSLATE_NOOP("TaskDialog", "Coordinators"),
}
SEX_WORDS = {
    # whom a protocol covers ("the protocol «…» covers only women")
    "F": QT_TRANSLATE_NOOP("errors", "women"), "M": QT_TRANSLATE_NOOP("errors", "men"),
    "X": QT_TRANSLATE_NOOP("errors", "people of other sex"),
}
NO_NEXT_STATUS = QT_TRANSLATE_NOOP("errors", "none (the task is closed)")


def _word(words: dict[str, str], context: str, value) -> str:
    text = words.get(str(value))
    return QCoreApplication.translate(context, text) if text else str(value)


def task_status_text(value) -> str:
    """A task status code as the task dialog says it ("in_progress" → "en cours")."""
    return _word(STATUS_WORDS, "TaskDialog", value)


def task_statuses_text(values) -> str:
    """Several task statuses; none: the task is closed."""
    if isinstance(values, str):
        return task_status_text(values)
    return ", ".join(task_status_text(v) for v in values) or QCoreApplication.translate("errors", NO_NEXT_STATUS)


def _pool(value) -> str:
    return _word(POOL_WORDS, "TaskDialog", value)


def _sexes(values) -> str:
    if isinstance(values, str):
        return _word(SEX_WORDS, "errors", values)
    words = [_word(SEX_WORDS, "errors", v) for v in values]
    if len(words) < 2:
        return "".join(words)
    return QCoreApplication.translate("errors", "%1 and %2").replace("%1", ", ".join(words[:-1])).replace(
        "%2", words[-1])


def _age(months) -> str:
    """The patient's age: in months under two years, else in years."""
    if not isinstance(months, int):
        return str(months)
    if months < 24:
        return QCoreApplication.translate("errors", "%n month(s) old", "", months)
    return QCoreApplication.translate("errors", "%n year(s) old", "", months // 12)


def _age_limit(months: int) -> str:
    """One end of an age range (German needs another case here than for the patient's age)."""
    if months < 24 or months % 12:
        return QCoreApplication.translate("errors", "%n month(s)", "", months)
    return QCoreApplication.translate("errors", "%n year(s)", "", months // 12)


def _age_range(value) -> str:
    """(lowest age, highest age) in months, either may be None: "from 6 months to 17 years", "from 18 years" …"""
    if not (isinstance(value, (tuple, list)) and len(value) == 2):
        return str(value)
    low, high = value
    if low is not None and high is not None:
        return QCoreApplication.translate("errors", "from %1 to %2").replace("%1", _age_limit(low)).replace(
            "%2", _age_limit(high))
    if low is not None:
        return QCoreApplication.translate("errors", "from %1").replace("%1", _age_limit(low))
    if high is not None:
        return QCoreApplication.translate("errors", "up to %1").replace("%1", _age_limit(high))
    return ""


def act_text(value) -> str:
    """A protocol's act (``fr-ipa-pcs/renew_prescription``) by its label in the user's language; several joined; an
    act the protocol does not know as given."""
    if isinstance(value, (list, tuple)):
        return ", ".join(act_text(v) for v in value)
    protocol_code, _, act_code = str(value).rpartition("/")
    protocol = get_protocol(protocol_code) if protocol_code else None
    act = protocol.act(act_code) if protocol is not None else None
    return act.label_in(i18n.current()) if act is not None else act_code


PARAMS = {
    "task_status": task_status_text, "wanted_task_status": task_status_text, "next_task_statuses": task_statuses_text,
    "pool": _pool, "sexes": _sexes, "patient_age": _age, "age_range": _age_range, "act": act_text, "acts": act_text,
}
