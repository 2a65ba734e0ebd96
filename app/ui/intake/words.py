"""The words the intake screens show for statuses, step states and the facts that put a patient first, and the
columns of a checklist (the checklist dialog and the chart's tab show the same)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.ui.common import dates


class IntakeWords(QObject):
    """Translated words (one instance per screen)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.status = {"waiting": self.tr("Waiting"), "in_progress": self.tr("In progress"), "done": self.tr("Done"),
                       "withdrawn": self.tr("Withdrawn")}
        self.state = {"open": self.tr("To do"), "form_given": self.tr("Form given"), "done": self.tr("Done"),
                      "not_applicable": self.tr("Does not apply"), "not_qualifiable": self.tr("Not qualifiable")}
        self.declaration = {"open": self.tr("Not started"), "form_given": self.tr("Form given (S3704)"),
                            "done": self.tr("Declared")}
        self.long_term = self.tr("long-term condition")
        self.frailty = self.tr("frailty")
        self.unqualified = self.tr("Identity not qualified: the INS is neither used nor shared until it is qualified "
                                   "in the patient's record.")

    def state_of(self, kind: str, state: str) -> str:
        if kind == "gp_declaration" and state in self.declaration:
            return self.declaration[state]
        return self.state.get(state, state)

    def facts(self, row) -> str:
        """The facts that put the patient first, in words ("" when none)."""
        return ", ".join(w for w, on in ((self.long_term, row.long_term), (self.frailty, row.frailty)) if on)

    def step_columns(self) -> list[tuple]:
        """The columns of a checklist's steps (``intakes.StepView`` rows): step, state, date, with whom / from whom
        (or why the identity is not qualifiable), what the chart holds, who recorded the step and when."""
        return [
            (self.tr("Step"), lambda s: s.label + ("" if s.required else self.tr(" (optional)"))),
            (self.tr("State"), lambda s: self.state_of(s.kind, s.state)),
            (self.tr("Date"), lambda s: dates.day(s.step_on) if s.step_on else ""),
            (self.tr("With / from"), self.with_or_from),
            (self.tr("In the chart"), lambda s: "" if s.chart_count is None else str(s.chart_count)),
            (self.tr("Recorded by"), lambda s: self.tr("%1, %2").replace("%1", s.recorded_by).replace(
                "%2", dates.stamp(s.recorded_at)) if s.recorded_by else "")]

    def with_or_from(self, step) -> str:
        if step.reason:
            return " — ".join(x for x in (step.reason_label or step.reason, step.detail) if x)
        return step.staff_name or step.detail or ""

    @staticmethod
    def is_open(step) -> bool:
        return step.state in ("open", "form_given")
