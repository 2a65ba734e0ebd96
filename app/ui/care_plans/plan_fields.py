"""The words and form fields of the Care plan tab (English sources, translated through ``tr``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from app.services.care_plans.plan_input import (
    ActionInput,
    GoalInput,
    MemberInput,
    PlanInput,
    ProblemInput,
    UnmetNeedInput,
)
from app.services.kernel import labels
from app.services.tasks.task_input import POOL_ROLES
from app.ui.care_plans.plan_forms import Field
from app.ui.common import dates, i18n


def _day(value) -> str:
    """An ISO date as the user reads it (``dates.day``)."""
    return dates.day(date.fromisoformat(value[:10])) if value else ""


INPUTS = {"member": MemberInput, "problem": ProblemInput, "goal": GoalInput, "action": ActionInput,
          "unmet_need": UnmetNeedInput, "plan": PlanInput}


class Words(QObject):
    """Translated labels for the plan's fixed values."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.status = {"draft": self.tr("Draft"), "validated": self.tr("Validated"), "active": self.tr("Active"),
                       "revised": self.tr("Being revised"), "closed": self.tr("Closed")}
        self.domain = {"medical": self.tr("Medical"), "psychological": self.tr("Psychological"),
                       "social": self.tr("Social"), "environmental": self.tr("Environmental")}
        self.priority = {"high": self.tr("High"), "medium": self.tr("Medium"), "low": self.tr("Low")}
        self.goal = {"in_progress": self.tr("In progress"), "achieved": self.tr("Achieved"),
                     "not_achieved": self.tr("Not achieved"), "abandoned": self.tr("Abandoned")}
        self.action_type = {"prevention": self.tr("Prevention"), "care": self.tr("Care"),
                            "support": self.tr("Support")}
        self.action = {"planned": self.tr("Planned"), "in_progress": self.tr("In progress"), "done": self.tr("Done"),
                       "not_done": self.tr("Not done"), "cancelled": self.tr("Cancelled")}
        self.category = {"practice_staff": self.tr("Practice staff"), "hospital_service": self.tr("Hospital service"),
                         "home_nursing": self.tr("Home nursing"), "dac": self.tr("DAC (coordination support)"),
                         "social_worker": self.tr("Social worker"), "family_caregiver": self.tr("Family caregiver"),
                         "trusted_person": self.tr("Trusted person"), "other": self.tr("Other")}
        self.directives = {"unknown": self.tr("Not known"), "yes": self.tr("Yes"), "no": self.tr("No")}
        self.role = {"physician": self.tr("Physicians"), "pharmacist": self.tr("Pharmacists"),
                     "advanced_practice_nurse": self.tr("Advanced practice nurses"), "nurse": self.tr("Nurses"),
                     "medical_assistant": self.tr("Medical assistants"), "coordinator": self.tr("Coordinators")}

    def columns(self, kind: str):
        """The table columns of one kind of item: (header, row → text)."""
        if kind == "member":
            return [(self.tr("Name"), lambda r: r["name"]), (self.tr("Role"), lambda r: r.get("role")),
                    (self.tr("Kind"), lambda r: self.category[r["category"]]),
                    (self.tr("Contact"), lambda r: " · ".join(x for x in (r.get("organisation"), r.get("phone"),
                                                                         r.get("email")) if x)),
                    (self.tr("Period"), lambda r: " – ".join(x for x in (_day(r.get("start_date")),
                                                                        _day(r.get("end_date"))) if x))]
        if kind == "problem":
            return [(self.tr("Domain"), lambda r: self.domain[r["domain"]]),
                    (self.tr("Priority"), lambda r: self.priority[r["priority"]]),
                    (self.tr("Problem or need"), lambda r: r["label"]),
                    (self.tr("Raised by"), lambda r: r.get("source"))]
        if kind == "goal":
            return [(self.tr("Objective"), lambda r: r["objective"]), (self.tr("Measure"), lambda r: r.get("measure")),
                    (self.tr("Target date"), lambda r: _day(r.get("target_date"))),
                    (self.tr("Status"), lambda r: self.goal[r["status"]])]
        if kind == "action":
            return [(self.tr("Type"), lambda r: self.action_type[r["action_type"]]),
                    (self.tr("Action"), lambda r: r["description"]),
                    (self.tr("Responsible"), lambda r: self.role.get(r["responsible"], r["responsible"])),
                    (self.tr("When"), lambda r: " ".join(x for x in (_day(r.get("due_date")), labels.every(
                        r.get("recurrence_rule"), i18n.current())) if x)),
                    (self.tr("Status"), lambda r: self.action[r["status"]]),
                    (self.tr("Outcome"), lambda r: r.get("outcome"))]
        return [(self.tr("Need or goal not met"), lambda r: r["description"]),
                (self.tr("Reason"), lambda r: r.get("reason")),
                (self.tr("Reported to the territory"),
                 lambda r: (self.tr("Yes") + " " + _day(r.get("reported_on"))).strip() if r["reported_to_territory"]
                 else self.tr("No"))]

    def fields(self, kind: str, staff: list[tuple[int, str]], goals: list[tuple[int, str]],
               problems: list[tuple[int, str]], directory: list[tuple[int, str]] = ()) -> list[Field]:
        """The form of one kind of item (``plan`` for the plan's own fields; ``directory``: the resources an outside
        member can be copied from)."""
        people = [(None, "—")] + staff
        if kind == "plan":
            return [Field("referent_staff_id", self.tr("Référent"), "choice", people),
                    Field("review_date", self.tr("Review date"), "date"),
                    Field("synthesis_medical", self.tr("Medical situation"), "text"),
                    Field("synthesis_psychological", self.tr("Psychological situation"), "text"),
                    Field("synthesis_social", self.tr("Social situation"), "text"),
                    Field("synthesis_environmental", self.tr("Environmental situation"), "text"),
                    Field("expectations", self.tr("Patient's expectations and preferences"), "text"),
                    Field("advance_directives", self.tr("Advance directives"), "choice", list(self.directives.items())),
                    Field("advance_directives_date", self.tr("Advance directives dated"), "date"),
                    Field("advance_directives_location", self.tr("Where they are kept")),
                    Field("trusted_person_name", self.tr("Trusted person")),
                    Field("trusted_person_contact", self.tr("Trusted person's contact")),
                    Field("trusted_person_designated_on", self.tr("Designated on"), "date"),
                    Field("alert_procedure", self.tr("Alert procedure (who to call)"), "text")]
        if kind == "member":
            return [Field("category", self.tr("Kind"), "choice", list(self.category.items())),
                    Field("staff_id", self.tr("Practice staff member"), "choice", people),
                    Field("directory_resource_id", self.tr("…or from the directory"), "choice",
                          [(None, "—")] + list(directory)),
                    Field("name", self.tr("Name")), Field("role", self.tr("Role")),
                    Field("organisation", self.tr("Organisation")),
                    Field("phone", self.tr("Phone")), Field("email", self.tr("E-mail")),
                    Field("start_date", self.tr("From"), "date"), Field("end_date", self.tr("Until"), "date")]
        if kind == "problem":
            return [Field("domain", self.tr("Domain"), "choice", list(self.domain.items())),
                    Field("label", self.tr("Problem or need")),
                    Field("priority", self.tr("Priority"), "choice", list(self.priority.items())),
                    Field("source", self.tr("Raised by"))]
        if kind == "goal":
            return [Field("objective", self.tr("Objective")), Field("measure", self.tr("Measure")),
                    Field("target_date", self.tr("Target date"), "date"),
                    Field("status", self.tr("Status"), "choice", list(self.goal.items())),
                    Field("problem_ids", self.tr("Problems addressed"), "multi", problems)]
        if kind == "action":
            return [Field("action_type", self.tr("Type"), "choice", list(self.action_type.items())),
                    Field("description", self.tr("Action")),
                    Field("responsible_staff_id", self.tr("Responsible person"), "choice", people),
                    Field("responsible_role", self.tr("…or a role"), "choice",
                          [(None, "—")] + [(r, self.role[r]) for r in POOL_ROLES]),
                    Field("responsible_other", self.tr("…or an outside contact")),
                    Field("due_date", self.tr("Due date"), "date"),
                    Field("recurrence_rule", self.tr("Repeat (iCalendar rule, e.g. FREQ=WEEKLY)")),
                    Field("status", self.tr("Status"), "choice", list(self.action.items())),
                    Field("outcome", self.tr("Outcome"), "text"),
                    Field("goal_id", self.tr("Goal"), "choice", [(None, "—")] + goals)]
        return [Field("description", self.tr("Need or goal not met")), Field("reason", self.tr("Reason")),
                Field("reported_to_territory", self.tr("Reported to the territory"), "check"),
                Field("reported_on", self.tr("Reported on"), "date")]


def to_input(kind: str, values: dict):
    """The service input of a form's values (ids stay ids; empty texts become None in the service)."""
    if kind == "goal":
        values = {**values, "problem_ids": [int(p) for p in values.get("problem_ids", [])]}
    return INPUTS[kind](**values)


def form_values(kind: str, row: dict | None) -> dict:
    """A stored row (ISO dates) as form values."""
    if row is None:
        return {}
    out = {}
    for key, value in row.items():
        if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
            value = date.fromisoformat(value)
        out[key] = value
    if kind == "goal":
        out["problem_ids"] = [int(p) for p in row.get("problem_ids", "").split()]
    return out
