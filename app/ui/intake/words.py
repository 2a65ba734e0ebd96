"""The words the intake screens show for statuses, step states and the facts that put a patient first."""

from __future__ import annotations

from PySide6.QtCore import QObject


class IntakeWords(QObject):
    """Translated words (one instance per screen)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.status = {"waiting": self.tr("Waiting"), "in_progress": self.tr("In progress"), "done": self.tr("Done"),
                       "withdrawn": self.tr("Withdrawn")}
        self.state = {"open": self.tr("To do"), "form_given": self.tr("Form given"), "done": self.tr("Done"),
                      "not_applicable": self.tr("Does not apply")}
        self.declaration = {"open": self.tr("Not started"), "form_given": self.tr("Form given (S3704)"),
                            "done": self.tr("Declared")}
        self.long_term = self.tr("long-term condition")
        self.frailty = self.tr("frailty")

    def state_of(self, kind: str, state: str) -> str:
        if kind == "gp_declaration" and state in self.declaration:
            return self.declaration[state]
        return self.state.get(state, state)

    def facts(self, row) -> str:
        """The facts that put the patient first, in words ("" when none)."""
        return ", ".join(w for w, on in ((self.long_term, row.long_term), (self.frailty, row.frailty)) if on)
