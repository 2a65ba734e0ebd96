"""Translated words of the alert screens: states, urgencies, thread steps, the vocabulary's proposal kinds and
answers, and each change of a proposal or an answer in words (never a code)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.alerts import vocabulary
from app.services.errors import ValidationError
from app.services.medications import posology as posologies
from app.services.medications import posology_terms, posology_text
from app.services.medications.posology import Posology
from app.ui.common import numbers
from app.ui.common import settings as ui_settings

STATE_COLOURS = {"open": "#1565c0", "read": "#37474f", "question": "#9a6700", "replied": "#6a1b9a",
                 "accepted": "#2e7d32", "modified": "#2e7d32", "refused": "#b71c1c",
                 "partial": "#9a6700", "answered": "#2e7d32"}
STATES = {"open": QT_TRANSLATE_NOOP("AlertTexts", "Open"), "read": QT_TRANSLATE_NOOP("AlertTexts", "Read"),
          "question": QT_TRANSLATE_NOOP("AlertTexts", "Question asked"),
          "replied": QT_TRANSLATE_NOOP("AlertTexts", "Question answered"),
          "accepted": QT_TRANSLATE_NOOP("AlertTexts", "Accepted"),
          "modified": QT_TRANSLATE_NOOP("AlertTexts", "Modified"),
          "refused": QT_TRANSLATE_NOOP("AlertTexts", "Refused"),
          "partial": QT_TRANSLATE_NOOP("AlertTexts", "Partly answered"),
          "answered": QT_TRANSLATE_NOOP("AlertTexts", "Answered line by line"), "overdue": QT_TRANSLATE_NOOP("AlertTexts", "Overdue"),
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
         "reopened": QT_TRANSLATE_NOOP("AlertTexts", "Reopened"),
         "line_added": QT_TRANSLATE_NOOP("AlertTexts", "Line added"),
         "line_answer": QT_TRANSLATE_NOOP("AlertTexts", "Line answered"),
         "line_accept": QT_TRANSLATE_NOOP("AlertTexts", "Line accepted"),
         "line_modify": QT_TRANSLATE_NOOP("AlertTexts", "Line accepted with a change"),
         "line_refuse": QT_TRANSLATE_NOOP("AlertTexts", "Line refused (kept as is)")}
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


def _posology(values: dict | None) -> Posology | None:
    """A posology kept as a dict (a proposal's data or a line snapshot), checked when it can be."""
    if not values:
        return None
    p = posologies.from_dict(values)
    try:
        return posologies.checked(p)
    except ValidationError:
        return p


def posology_words(values: dict | None) -> str:
    """A posology kept as a dict in words, as the patient reads it ("1-0-1-0 comprimés"; "—" when none)."""
    p = _posology(values)
    return (posology_text.describe(p, language()) if p is not None else "") or "—"


def _schedule_of(p: Posology | None) -> Posology | None:
    """What a dose comparison looks at: the schedule and amounts (the route, instructions and dates aside)."""
    if p is None:
        return None
    return replace(p, route=None, route_text=None, instructions=None, start_date=None, end_date=None)


def _route_words(p: Posology | None) -> str:
    if p is None:
        return "—"
    return posology_terms.route_label(p.route, language()) or p.route_text or "—"


def _mg_text(p: Posology | None, daily_mg) -> str:
    """The mg a day in words, or the mg a week for a schedule in whole weeks ("10 mg a week")."""
    try:
        mg = float(str(daily_mg).replace(",", "."))
    except ValueError:
        return str(daily_mg)
    if p is not None and p.kind == "cycle" and p.cycle_days and int(p.cycle_days) % 7 == 0:
        return QCoreApplication.translate("AlertTexts", "%1 mg a week").replace(
            "%1", posology_text.amount_text(round(mg * 7, 3), language()))
    return QCoreApplication.translate("AlertTexts", "%1 mg a day").replace(
        "%1", posology_text.amount_text(round(mg, 3), language()))


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
    """What a "change" alters, in words: the posology (with the one before), strength, mg a day, route,
    instructions (empty: nothing)."""
    data, before = change.get("data") or {}, change.get("before") or {}
    new, old = _posology(data.get("posology")), _posology(before.get("posology"))
    parts = []
    if _schedule_of(new) != _schedule_of(old):
        parts.append(QCoreApplication.translate("AlertTexts", "doses %1 (before %2)")
                     .replace("%1", posology_words(data.get("posology")))
                     .replace("%2", posology_words(before.get("posology"))))
    if data.get("strength") and not _same(data.get("strength"), before.get("strength")):
        parts.append(QCoreApplication.translate("AlertTexts", "strength %1").replace("%1", str(data["strength"])))
    mg_said = new is not None and new.unit == "mg"   # the posology counts in mg already
    if data.get("daily_dose_mg") not in (None, "") and not _same(data["daily_dose_mg"], before.get("daily_dose_mg")) \
            and not mg_said:
        parts.append(_mg_text(new, data["daily_dose_mg"]))
    if new is not None and (new.route, new.route_text) != ((old.route, old.route_text) if old else (None, None)):
        parts.append(QCoreApplication.translate("AlertTexts", "route: %1").replace("%1", _route_words(new)))
    if new is not None and not _same(new.instructions, old.instructions if old else None):
        parts.append(QCoreApplication.translate("AlertTexts", "instructions: %1")
                     .replace("%1", new.instructions or "—"))
    return parts


def _what_changes(change: dict) -> str:
    return ", ".join(change_differences(change)) or QCoreApplication.translate("AlertTexts", "new values")


def line_change_label(change: dict) -> str:
    """One line of a proposal or an answer in words: "Stop Kardégic 75 mg", "Coumadine: doses ½-0-0-0 (before
    1-0-0-0)", "Add paracétamol 1 g 1-1-1-0 comprimés"."""
    name, action = _line_name(change), change.get("action")
    if action == "stop":
        text = QCoreApplication.translate("AlertTexts", "Suspend %1") if change.get("padv") == "SUSPEND" else QCoreApplication.translate("AlertTexts", "Stop %1")
        return text.replace("%1", name)
    if action == "change":
        return QCoreApplication.translate("AlertTexts", "%1: %2").replace("%1", name).replace("%2", _what_changes(change))
    if action == "add":
        data = change.get("data") or {}
        p = _posology(data.get("posology"))
        words = posology_text.describe(p, language()) if p is not None else ""
        detail = " ".join(x for x in (data.get("strength") or "", words) if x)
        return QCoreApplication.translate("AlertTexts", "Add %1").replace("%1", f"{name} {detail}".strip())
    if action == "keep":
        return QCoreApplication.translate("AlertTexts", "Keep %1 as it is").replace("%1", name)
    return name


def change_label(change: dict) -> str:
    what = change.get("what") or change.get("action")
    if what == "new_drug":
        return QCoreApplication.translate("AlertTexts", "new drug in the combination: %1").replace(
            "%1", change.get("name") or change["atc"])
    if what == "dose_increase":
        return (QCoreApplication.translate("AlertTexts", "dose increased for %1: %2 → %3")
                .replace("%1", change.get("name") or change["atc"]).replace("%2", numbers.decimal(change['before']))
                .replace("%3", numbers.decimal(change['after'])))
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
    if change.get("posology"):   # a line changed or added: the posology it now holds
        strength = change.get("strength") or ""
        strength = "" if strength in (change.get("name") or "") else strength
        made = " ".join(x for x in (strength, posology_words(change["posology"])) if x)
        verb = f"{verb} — {made}"
    return QCoreApplication.translate("AlertTexts", "%1: %2").replace("%1", change.get("name", "")).replace("%2", verb)
