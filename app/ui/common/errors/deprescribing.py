"""Texts of the codes of deprescribing plans (a taper in steps, its agreement and follow-up calls)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "deprescribing.no_amount": QT_TRANSLATE_NOOP("errors", "needs an amount (a posology without amounts cannot be "
                                                           "reduced step by step)"),
    "deprescribing.no_steps": QT_TRANSLATE_NOOP("errors", "a plan needs at least one step"),
    "deprescribing.too_many_steps": QT_TRANSLATE_NOOP("errors", "a plan has at most {max} steps"),
    "deprescribing.dates_not_increasing": QT_TRANSLATE_NOOP("errors", "must be after the date of the step before"),
    "deprescribing.stop_not_last": QT_TRANSLATE_NOOP("errors", "only the last step may stop the medication"),
    "deprescribing.person_or_role": QT_TRANSLATE_NOOP("errors", "choose a person or a pool, not both"),
    "deprescribing.not_follow_up_role": QT_TRANSLATE_NOOP("errors", "must be an active nurse, pharmacist or medical "
                                                                    "assistant of the practice"),
    "deprescribing.unknown_line": QT_TRANSLATE_NOOP("errors", "must be a current medication of this patient"),
    "deprescribing.line_stopped": QT_TRANSLATE_NOOP("errors", "the medication was stopped meanwhile: the plan can no "
                                                              "longer change it"),
    "deprescribing.open_plan_exists": QT_TRANSLATE_NOOP("errors", "already has a deprescribing plan in progress"),
    "deprescribing.not_draft": QT_TRANSLATE_NOOP("errors", "the agreement is recorded only on a plan that awaits it"),
    "deprescribing.not_active": QT_TRANSLATE_NOOP("errors", "the plan is not active (agreement missing, completed "
                                                            "or cancelled)"),
    "deprescribing.not_open": QT_TRANSLATE_NOOP("errors", "the plan is already completed or cancelled"),
    "deprescribing.step_decided": QT_TRANSLATE_NOOP("errors", "this step was already confirmed or skipped"),
    "deprescribing.earlier_step_open": QT_TRANSLATE_NOOP("errors", "an earlier step must be confirmed or skipped "
                                                                   "first"),
    "deprescribing.step_not_due": QT_TRANSLATE_NOOP("errors", "this step is planned for {due}: it can be confirmed "
                                                              "from that day"),
}

ENTITIES = (
    QT_TRANSLATE_NOOP("entities", "deprescribing plan"), QT_TRANSLATE_NOOP("entities", "deprescribing step"),
)
