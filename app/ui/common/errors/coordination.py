"""Texts of the coordination codes: hospital events, DAUM alerts, documents, referrals, meetings, indicators."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TEXTS: dict[str, str] = {
    "coordination.unknown_directory_resource": QT_TRANSLATE_NOOP("errors", "is not an active resource of the "
                                                                           "directory"),
    # the patient survey
    "coordination.survey_week": QT_TRANSLATE_NOOP("errors", "must be an ISO week such as 2026-W49"),
    "coordination.survey_week_range": QT_TRANSLATE_NOOP("errors", "must be this week or one of the last three years"),
    "coordination.survey_week_order": QT_TRANSLATE_NOOP("errors", "the first week comes after the last one"),
    "coordination.survey_week_span": QT_TRANSLATE_NOOP("errors", "the span must be at most three years"),
    "coordination.survey_empty": QT_TRANSLATE_NOOP("errors", "no answer given"),
    "coordination.survey_batch_size": QT_TRANSLATE_NOOP("errors", "at most {max} questionnaires at once"),
    "coordination.survey_likert": QT_TRANSLATE_NOOP("errors", "question «{question}» takes a mark from 1 to 5"),
    "coordination.survey_yes_no": QT_TRANSLATE_NOOP("errors", "question «{question}» takes yes or no"),
    "coordination.survey_unknown_question": QT_TRANSLATE_NOOP("errors", "«{question}» is not a question of the "
                                                                        "questionnaire"),
    "coordination.survey_definition": QT_TRANSLATE_NOOP("errors", "the questionnaire definition is not valid: "
                                                                  "{problem}"),
    "coordination.survey_url": QT_TRANSLATE_NOOP("errors", "must be a web address starting with https:// or http://"),
    # hospital events and DAUM alerts
    "coordination.event_kind": QT_TRANSLATE_NOOP("errors", "must be ed_visit, admission or discharge"),
    "coordination.event_source": QT_TRANSLATE_NOOP("errors", "must be hospital, dmp, patient or other"),
    "coordination.daum_acknowledged": QT_TRANSLATE_NOOP("errors", "this alert has already been acknowledged"),
    # documents
    "coordination.document_type": QT_TRANSLATE_NOOP("errors", "must be a PDF, a PNG or JPEG image, or a text file"),
    "coordination.document_empty": QT_TRANSLATE_NOOP("errors", "is empty"),
    "coordination.document_too_large": QT_TRANSLATE_NOOP("errors", "is too large ({size_mb} MB; at most {max_mb} MB "
                                                                   "per document)"),
    "coordination.not_patient_event": QT_TRANSLATE_NOOP("errors", "is not an event of this patient"),
    "coordination.not_patient_referral": QT_TRANSLATE_NOOP("errors", "is not a referral of this patient"),
    "coordination.no_folder": QT_TRANSLATE_NOOP("errors", "the folder does not exist"),
    # referrals
    "coordination.referral_priority": QT_TRANSLATE_NOOP("errors", "must be p1_48h, p2_7d, p3_scheduled or advice"),
    "coordination.request_date": QT_TRANSLATE_NOOP("errors", "must be within the last year and not in the future"),
    "coordination.not_referral_status": QT_TRANSLATE_NOOP("errors", "is not a referral status"),
    "coordination.referral_transition": QT_TRANSLATE_NOOP("errors", "a «{referral_from}» referral cannot become "
                                                                    "«{referral_to}» (possible: {referral_next})"),
    "coordination.before_request": QT_TRANSLATE_NOOP("errors", "must not be before the request"),
    "coordination.before_visit": QT_TRANSLATE_NOOP("errors", "must not be before the visit"),
    "coordination.booked_too_late": QT_TRANSLATE_NOOP("errors", "must be within a year"),
    # teleconsultations
    "coordination.teleconsult_in_past": QT_TRANSLATE_NOOP("errors", "must not be in the past"),
    "coordination.teleconsult_too_far": QT_TRANSLATE_NOOP("errors", "must be within a year"),
    "coordination.teleconsult_end": QT_TRANSLATE_NOOP("errors", "must be after the start, at most {hours} hours "
                                                                "later"),
    "coordination.teleconsult_url_https": QT_TRANSLATE_NOOP("errors", "must be an https:// link to the practice's "
                                                                      "video service"),
    "coordination.teleconsult_accompanying_role": QT_TRANSLATE_NOOP("errors", "must be an active nurse, advanced "
                                                                              "practice nurse or medical assistant"),
    "coordination.teleconsult_physician_role": QT_TRANSLATE_NOOP("errors", "must be an active physician"),
    "coordination.teleconsult_same_person": QT_TRANSLATE_NOOP("errors", "must not be the member who is with the "
                                                                        "patient"),
    "coordination.teleconsult_not_remote_physician": QT_TRANSLATE_NOOP("errors", "only the remote physician of "
                                                                                 "this teleconsultation concludes it"),
    "coordination.teleconsult_closed": QT_TRANSLATE_NOOP("errors", "this teleconsultation is already concluded or "
                                                                   "cancelled"),
    # meetings
    "coordination.meeting_kind": QT_TRANSLATE_NOOP("errors", "must be monthly, ad_hoc, cpts or quality_circle"),
    "coordination.inactive_participants": QT_TRANSLATE_NOOP("errors", "must be active members of the practice"),
    "coordination.no_participant": QT_TRANSLATE_NOOP("errors", "a meeting needs at least one participant"),
    "coordination.decision_kind": QT_TRANSLATE_NOOP("errors", "must be note, task or care_plan"),
    "coordination.no_open_plan": QT_TRANSLATE_NOOP("errors", "the patient has no open care plan to revise"),
    # indicators
    "coordination.period_reversed": QT_TRANSLATE_NOOP("errors", "must not be before the start of the period"),
    "coordination.period_too_long": QT_TRANSLATE_NOOP("errors", "the period must be at most {max} months"),
    # maturity self-assessment
    "coordination.maturity_period_closed": QT_TRANSLATE_NOOP("errors", "this self-assessment period is closed: "
                                                                      "answers can no longer be given or changed"),
    "coordination.maturity_unknown_axis": QT_TRANSLATE_NOOP("errors", "«{axis}» is not an axis of the grid"),
    "coordination.maturity_duplicate_axis": QT_TRANSLATE_NOOP("errors", "the axis «{axis}» is answered twice"),
    "coordination.maturity_incomplete": QT_TRANSLATE_NOOP("errors", "every axis needs a level ({count} not "
                                                                    "answered)"),
}

ENTITIES = (
    # the kinds of coordination record an error can name ("This record no longer exists (referral 12).")
    QT_TRANSLATE_NOOP("entities", "DAUM alert"), QT_TRANSLATE_NOOP("entities", "document"),
    QT_TRANSLATE_NOOP("entities", "hospital event"), QT_TRANSLATE_NOOP("entities", "meeting"),
    QT_TRANSLATE_NOOP("entities", "meeting record"), QT_TRANSLATE_NOOP("entities", "referral"),
    QT_TRANSLATE_NOOP("entities", "maturity period"), QT_TRANSLATE_NOOP("entities", "maturity answer set"),
)

REFERRAL_STATUSES: dict[str, str] = {
    "requested": QT_TRANSLATE_NOOP("errors", "requested"),
    "booked": QT_TRANSLATE_NOOP("errors", "booked"),
    "seen": QT_TRANSLATE_NOOP("errors", "seen"),
    "report_received": QT_TRANSLATE_NOOP("errors", "report received"),
    "cancelled": QT_TRANSLATE_NOOP("errors", "cancelled"),
}


def _status(value) -> str:
    """A referral status (or several) as the user reads it; no status left: the referral is closed."""
    if isinstance(value, (list, tuple, set, frozenset)):
        if not value:
            return QCoreApplication.translate("errors", "none (it is closed)")
        return ", ".join(_status(v) for v in value)
    text = REFERRAL_STATUSES.get(str(value))
    return QCoreApplication.translate("errors", text) if text else str(value)


PARAMS = {"referral_from": _status, "referral_to": _status, "referral_next": _status}
