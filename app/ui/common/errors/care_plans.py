"""Texts of the codes of shared care plans (the plan, its parts and its lifecycle), and how a plan's status is shown
(in the care plan tab's words)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TEXTS: dict[str, str] = {
    "care_plans.directory_for_outside_only": QT_TRANSLATE_NOOP("errors", "only an outside member comes from the "
                                                                         "directory"),
    "care_plans.unknown_directory_resource": QT_TRANSLATE_NOOP("errors", "is not an active resource of the "
                                                                         "directory"),
    # the lifecycle (field shown before: "Status: …")
    "care_plans.transition_not_allowed": QT_TRANSLATE_NOOP(
        "errors", "a plan in status «{plan_status}» cannot move to «{wanted_plan_status}» "
                  "(possible: {next_plan_statuses})"),
    "care_plans.not_editable": QT_TRANSLATE_NOOP("errors", "a plan in status «{plan_status}» cannot be changed: "
                                                           "revise it first"),
    "care_plans.plan_closed": QT_TRANSLATE_NOOP("errors", "a closed plan cannot be changed"),
    "care_plans.review_date_needed": QT_TRANSLATE_NOOP("errors", "is required before the plan is validated"),
    "care_plans.no_goal": QT_TRANSLATE_NOOP("errors", "a plan needs at least one shared goal to be validated"),
    "care_plans.open_plan_exists": QT_TRANSLATE_NOOP("errors", "already has a care plan that is not closed"),
    "care_plans.no_plan": QT_TRANSLATE_NOOP("errors", "patient {patient_id} has no care plan"),
    # the plan and its parts
    "care_plans.unknown_part": QT_TRANSLATE_NOOP("errors", "is not a part of a care plan"),
    "care_plans.in_future": QT_TRANSLATE_NOOP("errors", "must not be in the future"),
    "care_plans.implausible_date": QT_TRANSLATE_NOOP("errors", "is not a plausible date"),
    "care_plans.not_clinical_member": QT_TRANSLATE_NOOP("errors", "must be an active clinical or front-desk member "
                                                                  "of the practice"),
    "care_plans.bad_phone": QT_TRANSLATE_NOOP("errors", "must contain only digits, spaces and + . ( ) -"),
    "care_plans.bad_email": QT_TRANSLATE_NOOP("errors", "must be an e-mail address like name@example.org"),
    "care_plans.directives_not_yes": QT_TRANSLATE_NOOP("errors", "must be yes when a date or a place is given"),
    "care_plans.trusted_person_needed": QT_TRANSLATE_NOOP("errors", "is required when a contact or a designation "
                                                                    "date is given"),
    "care_plans.staff_for_practice_only": QT_TRANSLATE_NOOP("errors", "only for a member of the practice"),
    "care_plans.end_before_start": QT_TRANSLATE_NOOP("errors", "must not be before the start date"),
    "care_plans.unknown_problems": QT_TRANSLATE_NOOP("errors", "must be problems of this plan"),
    "care_plans.unknown_goal": QT_TRANSLATE_NOOP("errors", "must be a goal of this plan"),
    "care_plans.one_responsible": QT_TRANSLATE_NOOP("errors", "choose one responsible: a person, a role or an "
                                                              "outside contact"),
    "care_plans.rule_needs_due_date": QT_TRANSLATE_NOOP("errors", "needs a due date to start the series"),
    "care_plans.reported_without_report": QT_TRANSLATE_NOOP("errors", "is only given when the need was reported to "
                                                                      "the territory"),
}

ENTITIES = (
    # the records of this capability an error can name ("This record no longer exists (care plan goal 4).")
    QT_TRANSLATE_NOOP("entities", "care plan version"), QT_TRANSLATE_NOOP("entities", "care plan member"),
    QT_TRANSLATE_NOOP("entities", "care plan problem"), QT_TRANSLATE_NOOP("entities", "care plan goal"),
    QT_TRANSLATE_NOOP("entities", "care plan action"), QT_TRANSLATE_NOOP("entities", "care plan unmet need"),
)

STATUS_WORDS = {
    # the care plan tab's words for a plan's status
    "draft": QT_TRANSLATE_NOOP("Words", "Draft"), "validated": QT_TRANSLATE_NOOP("Words", "Validated"),
    "active": QT_TRANSLATE_NOOP("Words", "Active"), "revised": QT_TRANSLATE_NOOP("Words", "Being revised"),
    "closed": QT_TRANSLATE_NOOP("Words", "Closed"),
}
NO_NEXT_STATUS = QT_TRANSLATE_NOOP("errors", "none (the plan is closed)")


def plan_status_text(value) -> str:
    """A plan status code as the care plan tab says it ("revised" → "En révision")."""
    text = STATUS_WORDS.get(str(value))
    return QCoreApplication.translate("Words", text) if text else str(value)


def plan_statuses_text(values) -> str:
    """Several plan statuses; none: the plan is closed."""
    if isinstance(values, str):
        return plan_status_text(values)
    return ", ".join(plan_status_text(v) for v in values) or QCoreApplication.translate("errors", NO_NEXT_STATUS)


PARAMS = {"plan_status": plan_status_text, "wanted_plan_status": plan_status_text,
          "next_plan_statuses": plan_statuses_text}
