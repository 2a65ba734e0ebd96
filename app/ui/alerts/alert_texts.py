"""Translated words of the alert screens: states, urgencies, thread steps, the vocabulary's proposal kinds and
answers, and each change of a proposal or an answer in words (never a code)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.alerts import vocabulary
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
    problem = vocabulary.problems().get(code)
    return f"{code} {problem.label(language())}" if problem else code


def kind_label(code: str) -> str:
    """A proposal kind in words ("Dose change" / "Adaptation posologique" …)."""
    kind = vocabulary.kinds().get(code)
    return kind.label(language()) if kind else code


def answer_label(code: str | None) -> str:
    """An answer in words ("Refused, kept as is" …); empty while the alert waits."""
    answer = vocabulary.answers().get(code or "")
    return answer.label(language()) if answer else ""


def _schedule(values) -> str:
    return "-".join(str(x) if x not in (None, "") else "0" for x in values)


def _line_name(change: dict) -> str:
    data = change.get("data") or {}
    return ((change.get("before") or {}).get("name") or change.get("name") or data.get("product_name")
            or data.get("substances") or "")


def _same(a, b) -> bool:
    """Two form values alike: blank is empty, "2,5", "2.5" and 2.5 are one number."""
    def norm(v):
        text = "" if v is None else str(v).strip()
        try:
            return float(text.replace(",", ".")) if text else ""
        except ValueError:
            return text
    return norm(a) == norm(b)


def change_differences(change: dict) -> list[str]:
    """What a "change" alters, in words: doses, strength, daily dose, route, instructions (empty: nothing)."""
    data, before = change.get("data") or {}, change.get("before") or {}
    parts = []
    doses = [data.get(k) for k in ("dose_morning", "dose_noon", "dose_evening", "dose_night")]
    old = list(before.get("schedule") or [None] * 4)
    if not all(_same(a, b) for a, b in zip(doses, old, strict=False)):
        parts.append(QCoreApplication.translate("AlertTexts", "doses %1 (before %2)").replace("%1", _schedule(doses)).replace("%2", _schedule(old)))
    if data.get("strength") and not _same(data.get("strength"), before.get("strength")):
        parts.append(QCoreApplication.translate("AlertTexts", "strength %1").replace("%1", str(data["strength"])))
    if data.get("daily_dose_mg") not in (None, "") and not _same(data["daily_dose_mg"], before.get("daily_dose_mg")):
        parts.append(QCoreApplication.translate("AlertTexts", "%1 mg a day").replace("%1", f"{float(str(data['daily_dose_mg']).replace(',', '.')):g}"))
    if data.get("route") and not _same(data["route"], before.get("route")):
        parts.append(QCoreApplication.translate("AlertTexts", "route: %1").replace("%1", route_word(str(data["route"]))))
    if data.get("instructions") and not _same(data["instructions"], before.get("instructions")):
        parts.append(QCoreApplication.translate("AlertTexts", "instructions: %1").replace("%1", str(data["instructions"])))
    return parts


def _what_changes(change: dict) -> str:
    return ", ".join(change_differences(change)) or QCoreApplication.translate("AlertTexts", "new values")


def route_word(route: str) -> str:
    """A route code in words."""
    return {"oral": QCoreApplication.translate("AlertTexts", "oral"), "sublingual": QCoreApplication.translate("AlertTexts", "sublingual"), "buccal": QCoreApplication.translate("AlertTexts", "buccal"),
            "cutaneous": QCoreApplication.translate("AlertTexts", "cutaneous"), "transdermal": QCoreApplication.translate("AlertTexts", "transdermal"), "inhaled": QCoreApplication.translate("AlertTexts", "inhaled"),
            "nasal": QCoreApplication.translate("AlertTexts", "nasal"), "ophthalmic": QCoreApplication.translate("AlertTexts", "ophthalmic"), "otic": QCoreApplication.translate("AlertTexts", "otic"), "rectal": QCoreApplication.translate("AlertTexts", "rectal"),
            "vaginal": QCoreApplication.translate("AlertTexts", "vaginal"), "subcutaneous": QCoreApplication.translate("AlertTexts", "subcutaneous"), "intramuscular": QCoreApplication.translate("AlertTexts", "intramuscular"),
            "intravenous": QCoreApplication.translate("AlertTexts", "intravenous"), "other": QCoreApplication.translate("AlertTexts", "other route")}.get(route, route)


def line_change_label(change: dict) -> str:
    """One line of a proposal or an answer in words: "Stop Kardégic 75 mg", "Coumadine: doses 0-0-0.5-0 …"."""
    name, action = _line_name(change), change.get("action")
    if action == "stop":
        text = QCoreApplication.translate("AlertTexts", "Suspend %1") if change.get("padv") == "SUSPEND" else QCoreApplication.translate("AlertTexts", "Stop %1")
        return text.replace("%1", name)
    if action == "change":
        return QCoreApplication.translate("AlertTexts", "%1: %2").replace("%1", name).replace("%2", _what_changes(change))
    if action == "add":
        data = change.get("data") or {}
        doses = [data.get(k) for k in ("dose_morning", "dose_noon", "dose_evening", "dose_night")]
        detail = " ".join(x for x in (data.get("strength") or "", _schedule(doses) if any(doses) else "") if x)
        return QCoreApplication.translate("AlertTexts", "Add %1").replace("%1", f"{name} {detail}".strip())
    if action == "keep":
        return QCoreApplication.translate("AlertTexts", "Keep %1 as it is").replace("%1", name)
    return name


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
    if what == "keep":
        return line_change_label(change)
    verb = _label(CHANGES, what) if what else ""
    if what == "stop" and change.get("padv") == "SUSPEND":
        verb = QCoreApplication.translate("AlertTexts", "suspended")
    return f"{change.get('name', '')}: {verb}"
