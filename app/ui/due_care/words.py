"""The words the due-care screens show for statuses and act sources."""

from __future__ import annotations

from PySide6.QtCore import QObject


class Words(QObject):
    """Translated status and source words (one instance per screen)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.status = {"overdue": self.tr("Overdue"), "due": self.tr("Due soon"), "ok": self.tr("Up to date"),
                       "upcoming": self.tr("Later"),
                       "done": self.tr("Done")}
        self.source = {"manual": self.tr("By hand"), "hospital_letter": self.tr("Hospital letter"),
                       "task": self.tr("Task result")}
        self.kind = {"overdue": self.tr("Overdue"), "due": self.tr("Due within 30 days")}
