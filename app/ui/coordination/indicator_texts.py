"""The English texts of the team indicators (``app/services/indicator_sources.py``), marked for translation.

The sections are looked up in the ``DashboardWindow`` context (the window translates them with ``self.tr``);
labels, units and notes in the ``indicators`` context through ``indicator_text`` (labels that carry a value —
a task type, a referral priority — go through a template).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

SECTIONS = (
    QT_TRANSLATE_NOOP("DashboardWindow", "Care plans"),
    QT_TRANSLATE_NOOP("DashboardWindow", "Alerts"),
    QT_TRANSLATE_NOOP("DashboardWindow", "Delegated tasks"),
    QT_TRANSLATE_NOOP("DashboardWindow", "Meetings"),
    QT_TRANSLATE_NOOP("DashboardWindow", "Emergency visits"),
    QT_TRANSLATE_NOOP("DashboardWindow", "Referrals"),
)

TEXTS = (
    QT_TRANSLATE_NOOP("indicators", "Active care plans (month end)"),
    QT_TRANSLATE_NOOP("indicators", "Reviews due"),
    QT_TRANSLATE_NOOP("indicators", "Reviews done on time"),
    QT_TRANSLATE_NOOP("indicators", "Alerts raised"),
    QT_TRANSLATE_NOOP("indicators", "Alerts answered"),
    QT_TRANSLATE_NOOP("indicators", "Median answer time"),
    QT_TRANSLATE_NOOP("indicators", "Acceptance rate"),
    QT_TRANSLATE_NOOP("indicators", "Delegated tasks done"),
    QT_TRANSLATE_NOOP("indicators", "Delegated tasks overdue (month end)"),
    QT_TRANSLATE_NOOP("indicators", "Concertation meetings"),
    QT_TRANSLATE_NOOP("indicators", "Patients discussed"),
    QT_TRANSLATE_NOOP("indicators", "Complex patients discussed"),
    QT_TRANSLATE_NOOP("indicators", "Frequent ED users (≥ 4 in 12 months)"),
    QT_TRANSLATE_NOOP("indicators", "DAUM alerts raised"),
    QT_TRANSLATE_NOOP("indicators", "Referrals overdue (month end)"),
    QT_TRANSLATE_NOOP("indicators", "count"),
    QT_TRANSLATE_NOOP("indicators", "hours"),
    QT_TRANSLATE_NOOP("indicators", "days"),
    QT_TRANSLATE_NOOP("indicators", "within 48 h"),
    QT_TRANSLATE_NOOP("indicators", "within 7 days"),
    QT_TRANSLATE_NOOP("indicators", "scheduled"),
    QT_TRANSLATE_NOOP("indicators", "advice only"),
    QT_TRANSLATE_NOOP("indicators", "Complex patient: a long-term condition (ALD) and 75 or older, or a care plan in "
                                    "force."),
    QT_TRANSLATE_NOOP("indicators", "Frequent ED user: 4 or more emergency visits in the 12 months up to the month "
                                    "end (DAUM rule)."),
    QT_TRANSLATE_NOOP("indicators", "Acceptance rate: alerts accepted ÷ alerts answered (accepted, modified or "
                                    "refused)."),
)

TEMPLATES = (
    (re.compile(r"Done — (.+)"), QT_TRANSLATE_NOOP("indicators", "Done — %1")),
    (re.compile(r"Referrals (within 48 h|within 7 days|scheduled|advice only)"),
     QT_TRANSLATE_NOOP("indicators", "Referrals %1")),
    (re.compile(r"Median delay, (within 48 h|within 7 days|scheduled|advice only)"),
     QT_TRANSLATE_NOOP("indicators", "Median delay, %1")),
)


def indicator_text(text: str) -> str:
    """The translated label, unit or note of an indicator (the English text when it is not known)."""
    translated = QCoreApplication.translate("indicators", text)
    if translated != text:
        return translated
    for pattern, template in TEMPLATES:
        m = pattern.fullmatch(text)
        if m:
            value = QCoreApplication.translate("indicators", m.group(1))
            return template and QCoreApplication.translate("indicators", template).replace("%1", value)
    return text
