"""Translated words of the alert screens: states, urgencies, thread steps, codes in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.alerts import codes as alert_codes
from app.ui.common import settings as ui_settings

STATE_COLOURS = {"open": "#1565c0", "read": "#37474f", "question": "#9a6700", "replied": "#6a1b9a",
                 "accepted": "#2e7d32", "modified": "#2e7d32", "refused": "#b71c1c"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AlertTexts", text)


def language() -> str:
    lang = ui_settings.get(ui_settings.LANGUAGE)
    return lang if lang in ("fr", "de", "en") else "fr"


def state_label(state: str) -> str:
    return {"open": _tr("Open"), "read": _tr("Read"), "question": _tr("Question asked"),
            "replied": _tr("Question answered"), "accepted": _tr("Accepted"), "modified": _tr("Modified"),
            "refused": _tr("Refused"), "overdue": _tr("Overdue"), "escalated": _tr("Escalated"),
            "waiting": _tr("Waiting")}.get(state, state)


def urgency_label(urgency: str) -> str:
    return {"urgent": _tr("Urgent"), "24h": _tr("Within 24 h"), "routine": _tr("Routine")}.get(urgency, urgency)


def step_label(kind: str) -> str:
    return {"raised": _tr("Raised"), "read": _tr("Read"), "question": _tr("Question"), "reply": _tr("Reply"),
            "accepted": _tr("Accepted"), "modified": _tr("Modified"), "refused": _tr("Refused"),
            "escalated": _tr("Escalated to the coordinator"), "reopened": _tr("Reopened")}.get(kind, kind)


def box_label(box: str) -> str:
    return {"received": _tr("Received"), "sent": _tr("Sent"), "escalated": _tr("Escalated"),
            "all": _tr("All alerts")}.get(box, box)


def problem_label(code: str) -> str:
    problem = alert_codes.problems().get(code)
    return f"{code} {problem.label(language())}" if problem else code


def intervention_label(code: str) -> str:
    item = alert_codes.interventions().get(code)
    if item is None:
        return code
    sfpc = f"SFPC {item.sfpc}, " if item.sfpc else ""
    return f"{item.label(language())} ({sfpc}PADV {item.ch_padv})"


def change_label(change: dict) -> str:
    what = change.get("what") or change.get("action")
    if what == "new_drug":
        return _tr("new drug in the combination: %1").replace("%1", change["atc"])
    if what == "dose_increase":
        return _tr("dose increased for %1: %2 → %3").replace("%1", change["atc"]).replace(
            "%2", f"{change['before']:g}").replace("%3", f"{change['after']:g}")
    if what == "egfr_band":
        return _tr("renal function band changed: %1 → %2").replace("%1", change.get("before") or "?").replace(
            "%2", change.get("after") or "?")
    if what == "age_threshold":
        return _tr("the patient is now %1 or older").replace("%1", str(change["after"]))
    verb = {"stop": _tr("stopped"), "change": _tr("changed"), "add": _tr("added")}.get(what, what or "")
    return f"{change.get('name', '')}: {verb}"
