"""Translated words of the alert screens: states, urgencies, thread steps, codes in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.alerts import codes as alert_codes
from app.ui.common import settings as ui_settings

STATE_COLOURS = {"open": "#1565c0", "read": "#37474f", "question": "#9a6700", "replied": "#6a1b9a",
                 "accepted": "#2e7d32", "modified": "#2e7d32", "refused": "#b71c1c"}
STATES = {"open": QT_TRANSLATE_NOOP("AlertTexts", "Open"), "read": QT_TRANSLATE_NOOP("AlertTexts", "Read"),
          "question": QT_TRANSLATE_NOOP("AlertTexts", "Question asked"),
          "replied": QT_TRANSLATE_NOOP("AlertTexts", "Question answered"),
          "accepted": QT_TRANSLATE_NOOP("AlertTexts", "Accepted"),
          "modified": QT_TRANSLATE_NOOP("AlertTexts", "Modified"),
          "refused": QT_TRANSLATE_NOOP("AlertTexts", "Refused"), "overdue": QT_TRANSLATE_NOOP("AlertTexts", "Overdue"),
          "escalated": QT_TRANSLATE_NOOP("AlertTexts", "Escalated"),
          "waiting": QT_TRANSLATE_NOOP("AlertTexts", "Waiting")}
URGENCIES = {"urgent": QT_TRANSLATE_NOOP("AlertTexts", "Urgent"), "24h": QT_TRANSLATE_NOOP("AlertTexts", "Within 24 h"),
             "routine": QT_TRANSLATE_NOOP("AlertTexts", "Routine")}
STEPS = {"raised": QT_TRANSLATE_NOOP("AlertTexts", "Raised"), "read": QT_TRANSLATE_NOOP("AlertTexts", "Read"),
         "question": QT_TRANSLATE_NOOP("AlertTexts", "Question"), "reply": QT_TRANSLATE_NOOP("AlertTexts", "Reply"),
         "accepted": QT_TRANSLATE_NOOP("AlertTexts", "Accepted"),
         "modified": QT_TRANSLATE_NOOP("AlertTexts", "Modified"),
         "refused": QT_TRANSLATE_NOOP("AlertTexts", "Refused"),
         "escalated": QT_TRANSLATE_NOOP("AlertTexts", "Escalated to the coordinator"),
         "reopened": QT_TRANSLATE_NOOP("AlertTexts", "Reopened")}
BOXES = {"received": QT_TRANSLATE_NOOP("AlertTexts", "Received"), "sent": QT_TRANSLATE_NOOP("AlertTexts", "Sent"),
         "escalated": QT_TRANSLATE_NOOP("AlertTexts", "Escalated"),
         "all": QT_TRANSLATE_NOOP("AlertTexts", "All alerts")}
CHANGES = {"stop": QT_TRANSLATE_NOOP("AlertTexts", "stopped"), "change": QT_TRANSLATE_NOOP("AlertTexts", "changed"),
           "add": QT_TRANSLATE_NOOP("AlertTexts", "added")}


def _label(texts: dict[str, str], key: str) -> str:
    """The translated label of a code (the code itself when it has none)."""
    return QCoreApplication.translate("AlertTexts", texts[key]) if key in texts else key


def language() -> str:
    lang = ui_settings.get(ui_settings.LANGUAGE)
    return lang if lang in ("fr", "de", "en") else "fr"


def state_label(state: str) -> str:
    return _label(STATES, state)


def urgency_label(urgency: str) -> str:
    return _label(URGENCIES, urgency)


def step_label(kind: str) -> str:
    return _label(STEPS, kind)


def box_label(box: str) -> str:
    return _label(BOXES, box)


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
        return QCoreApplication.translate("AlertTexts", "new drug in the combination: %1").replace("%1", change["atc"])
    if what == "dose_increase":
        return (QCoreApplication.translate("AlertTexts", "dose increased for %1: %2 → %3")
                .replace("%1", change["atc"]).replace("%2", f"{change['before']:g}")
                .replace("%3", f"{change['after']:g}"))
    if what == "egfr_band":
        return (QCoreApplication.translate("AlertTexts", "renal function band changed: %1 → %2")
                .replace("%1", change.get("before") or "?").replace("%2", change.get("after") or "?"))
    if what == "age_threshold":
        return (QCoreApplication.translate("AlertTexts", "the patient is now %1 or older")
                .replace("%1", str(change["after"])))
    verb = _label(CHANGES, what) if what else ""
    return f"{change.get('name', '')}: {verb}"
