"""Translated words of the alert screens: states, urgencies, thread steps, the vocabulary's proposal kinds and
answers, and each change of a proposal or an answer in words (never a code)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.alerts import vocabulary
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
        parts.append(_tr("doses %1 (before %2)").replace("%1", _schedule(doses)).replace("%2", _schedule(old)))
    if data.get("strength") and not _same(data.get("strength"), before.get("strength")):
        parts.append(_tr("strength %1").replace("%1", str(data["strength"])))
    if data.get("daily_dose_mg") not in (None, "") and not _same(data["daily_dose_mg"], before.get("daily_dose_mg")):
        parts.append(_tr("%1 mg a day").replace("%1", f"{float(str(data['daily_dose_mg']).replace(',', '.')):g}"))
    if data.get("route") and not _same(data["route"], before.get("route")):
        parts.append(_tr("route: %1").replace("%1", route_word(str(data["route"]))))
    if data.get("instructions") and not _same(data["instructions"], before.get("instructions")):
        parts.append(_tr("instructions: %1").replace("%1", str(data["instructions"])))
    return parts


def _what_changes(change: dict) -> str:
    return ", ".join(change_differences(change)) or _tr("new values")


def route_word(route: str) -> str:
    """A route code in words."""
    return {"oral": _tr("oral"), "sublingual": _tr("sublingual"), "buccal": _tr("buccal"),
            "cutaneous": _tr("cutaneous"), "transdermal": _tr("transdermal"), "inhaled": _tr("inhaled"),
            "nasal": _tr("nasal"), "ophthalmic": _tr("ophthalmic"), "otic": _tr("otic"), "rectal": _tr("rectal"),
            "vaginal": _tr("vaginal"), "subcutaneous": _tr("subcutaneous"), "intramuscular": _tr("intramuscular"),
            "intravenous": _tr("intravenous"), "other": _tr("other route")}.get(route, route)


def line_change_label(change: dict) -> str:
    """One line of a proposal or an answer in words: "Stop Kardégic 75 mg", "Coumadine: doses 0-0-0.5-0 …"."""
    name, action = _line_name(change), change.get("action")
    if action == "stop":
        text = _tr("Suspend %1") if change.get("padv") == "SUSPEND" else _tr("Stop %1")
        return text.replace("%1", name)
    if action == "change":
        return _tr("%1: %2").replace("%1", name).replace("%2", _what_changes(change))
    if action == "add":
        data = change.get("data") or {}
        doses = [data.get(k) for k in ("dose_morning", "dose_noon", "dose_evening", "dose_night")]
        detail = " ".join(x for x in (data.get("strength") or "", _schedule(doses) if any(doses) else "") if x)
        return _tr("Add %1").replace("%1", f"{name} {detail}".strip())
    if action == "keep":
        return _tr("Keep %1 as it is").replace("%1", name)
    return name


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
    if what == "keep":
        return line_change_label(change)
    verb = {"stop": _tr("stopped"), "change": _tr("changed"), "add": _tr("added")}.get(what, what or "")
    if what == "stop" and change.get("padv") == "SUSPEND":
        verb = _tr("suspended")
    return f"{change.get('name', '')}: {verb}"
