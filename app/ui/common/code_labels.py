"""The reader's words for the codes Cordée stores: access roles, task pools and task types. A record keeps the code
(``physician``, ``recall``); every screen shows it through these, in the user's language. A code without a label
(a task type a practice made up) is shown as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

ROLE_ORDER = ("physician", "pharmacist", "advanced_practice_nurse", "nurse", "medical_assistant", "coordinator",
              "admin", "kiosk")
POOL_ROLES = ROLE_ORDER[:-2]

TASK_TYPES: dict[str, str] = {
    "general": QT_TRANSLATE_NOOP("TaskTypes", "General"),
    "recall": QT_TRANSLATE_NOOP("TaskTypes", "Recall"),
    "follow_up": QT_TRANSLATE_NOOP("TaskTypes", "Follow-up"),
    "lab_monitoring": QT_TRANSLATE_NOOP("TaskTypes", "Lab monitoring"),
    "coordination": QT_TRANSLATE_NOOP("TaskTypes", "Coordination"),
    "alert_followup": QT_TRANSLATE_NOOP("TaskTypes", "Alert follow-up"),
    "pharmacist_info": QT_TRANSLATE_NOOP("TaskTypes", "Information from the pharmacist"),
    "medication_reconciliation": QT_TRANSLATE_NOOP("TaskTypes", "Medication reconciliation"),
    "reconciliation": QT_TRANSLATE_NOOP("TaskTypes", "Discharge line to clarify"),
    "care_plan_action": QT_TRANSLATE_NOOP("TaskTypes", "Care plan action"),
    "meeting_decision": QT_TRANSLATE_NOOP("TaskTypes", "Meeting decision"),
    "daum_alert": QT_TRANSLATE_NOOP("TaskTypes", "Frequent emergency visits"),
    "pathway_step": QT_TRANSLATE_NOOP("TaskTypes", "Local pathway step"),
}
"""The task types Cordée creates or offers; the first ones are those a user picks from."""
CHOSEN_TYPES = ("general", "recall", "follow_up", "lab_monitoring", "coordination")


def role_labels() -> dict[str, str]:
    """Translated names of the access roles, in display order."""
    return {
        "physician": QCoreApplication.translate("roles", "Physician"),
        "pharmacist": QCoreApplication.translate("roles", "Pharmacist"),
        "advanced_practice_nurse": QCoreApplication.translate("roles", "Advanced practice nurse"),
        "nurse": QCoreApplication.translate("roles", "Nurse"),
        "medical_assistant": QCoreApplication.translate("roles", "Medical assistant"),
        "coordinator": QCoreApplication.translate("roles", "Coordinator"),
        "admin": QCoreApplication.translate("roles", "Administrator"),
        "kiosk": QCoreApplication.translate("roles", "Survey kiosk (no records)"),
        "system": QCoreApplication.translate("roles", "Cordée (automatic)"),
    }


def role_label(code: str | None) -> str:
    """One role's name ("physician" → "Médecin"); an unknown code as stored."""
    return role_labels().get(code or "", code or "")


def roles_text(roles) -> str:
    """Several roles (a list, or a stored comma-separated text) in display order."""
    if isinstance(roles, str):
        roles = roles.replace(",", " ").split()   # the audit trail stores "admin physician"
    labels = role_labels()
    return ", ".join(labels.get(r, r) for r in sorted(roles, key=lambda r: ROLE_ORDER.index(r)
                                                       if r in ROLE_ORDER else 99))


def pool_labels() -> dict[str, str]:
    """Translated names of the task pools (one per role that can take tasks)."""
    return {
        "physician": QCoreApplication.translate("pools", "Physicians"),
        "pharmacist": QCoreApplication.translate("pools", "Pharmacists"),
        "advanced_practice_nurse": QCoreApplication.translate("pools", "Advanced practice nurses"),
        "nurse": QCoreApplication.translate("pools", "Nurses"),
        "medical_assistant": QCoreApplication.translate("pools", "Medical assistants"),
        "coordinator": QCoreApplication.translate("pools", "Coordinators"),
    }


def pool_label(code: str | None) -> str:
    """One pool's name ("nurse" → "Infirmiers"); an unknown code as stored."""
    return pool_labels().get(code or "", code or "")


def task_type_label(code: str | None) -> str:
    """A task type's name ("recall" → "Rappel"); a type the practice made up as typed."""
    if code in TASK_TYPES:
        return QCoreApplication.translate("TaskTypes", TASK_TYPES[code])
    return code or ""


def task_type_choices(current: str | None = None) -> list[tuple[str, str]]:
    """(code, label) for a task-type combo: the types a user picks from, plus ``current`` when it is another."""
    codes = list(CHOSEN_TYPES)
    if current and current not in codes:
        codes.append(current)
    return [(code, task_type_label(code)) for code in codes]
