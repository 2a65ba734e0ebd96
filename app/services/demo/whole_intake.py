"""The whole practice, intake part: new patients taken in over the last year, in every state, as the intake services
would have left them (``intake.intakes``, ``intake.steps``, ``intake.step_tasks``). Rows only: ``whole_practice``
writes them, in the chunk's transaction.

* waiting (no médecin traitant, on the waiting list: the patient has no médecin traitant and no record the team
  made — ``whole_practice`` leaves them out of the clinical and team records), in progress at every step, done,
  withdrawn (from the waiting list; no médecin traitant either);
* taken on from the waiting list: the first appointment recorded, the médecin traitant set through the patients
  service (the patient's version 2, its "patient.update" event); a patient who already had the practice's doctor
  when asking (``no_gp`` false) is in progress at once and books the first appointment as a step;
* the identity step follows the patient's INS: a qualified one is confirmed; otherwise the identity is closed "not
  qualifiable" with the reason its status says (retrieved from INSi but no document checked: documents missing;
  checked against a document but not retrieved: INSi unavailable or no identity found; provisional: any INSi or
  document reason; no INS: no INS) and a task to qualify it waits in the medical assistants' pool;
* tasks of the open steps (``intake:<step>:<intake id>``) for part of the open intakes, as "Make tasks for the
  open steps" makes them; the audit events of each change, dated when it was made.

Shares (house assumption, stated in ``whole_practice``): of the intakes, about 15 % waiting, 15 % in progress, 62 %
done, 8 % withdrawn; the first ones take each state in turn, and one done intake closes with an identity that
cannot be qualified, so that a small practice shows them all.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from app.models.intake import IntakeStatus, StepState
from app.models.task import TaskStatus
from app.services.demo.whole_team import stamp, task_row
from app.services.intake.checklist import identity_reasons, label, load
from app.services.intake.step_tasks import QUALIFY, TASK_TYPE, dedup_key

STATES = (IntakeStatus.WAITING, IntakeStatus.IN_PROGRESS, IntakeStatus.DONE, IntakeStatus.WITHDRAWN)
WEIGHTS = (0.15, 0.15, 0.62, 0.08)
TURN = (IntakeStatus.WAITING, IntakeStatus.IN_PROGRESS, IntakeStatus.DONE, IntakeStatus.WITHDRAWN,
        IntakeStatus.IN_PROGRESS)
# the order an assistant works the steps in (the first appointment of a patient taken on is booked at the take-on)
ORDER = ("records_requested", "identity", "gp_declaration", "records_received", "summary_problems",
         "summary_medications", "summary_allergies", "summary_risk_factors", "first_appointment")
# why an identity of this INS status cannot be qualified (the reasons of resources/intake/identity_reasons.json)
NOT_QUALIFIABLE = {"RECUP": ("documents_missing",), "VALI": ("insi_unavailable", "insi_not_found"),
                   "PROV": ("insi_not_found", "insi_several", "document_doubt", "insi_unavailable"),
                   None: ("no_ins",)}
REQUESTS = ("Médecin traitant parti à la retraite", "Arrivé dans la commune", "Sans médecin traitant depuis deux ans",
            "Sortie d'hospitalisation sans médecin traitant", "Médecin traitant en cessation d'activité")
WITHDRAWALS = ("A trouvé un médecin plus près de chez lui", "Déménagement dans une autre région",
               "Plus de nouvelles malgré deux relances")
PAST_DOCTORS = ("Dr Roux, cabinet de la Croix-Rousse", "Dr Keller, Sion", "Centre de santé municipal",
                "Dr Martin, Lyon 7e", "Dr Aubry, Villeurbanne")
TASKS_MADE = 0.6   # of the open intakes: "Make tasks for the open steps" was used


@dataclass
class IntakePlan:
    """One patient's intake as rows: the intake, its steps by key, the tasks (made once the intake has its id), the
    audit events (when, action, entity type, "intake" / "patient" for the entity id) and the patient's change."""

    patient_id: int
    intake: dict
    steps: dict[str, dict]
    tasks: list[tuple[str, date, dict]] = field(default_factory=list)   # (step key or QUALIFY, created, row)
    events: list[tuple] = field(default_factory=list)
    taken_on_from_list: bool = False   # the médecin traitant was set at the take-on (the patient's version 2)

    @property
    def outside(self) -> bool:
        """Not (yet) the practice's patient: waiting, or withdrawn from the waiting list."""
        return self.intake["status"] in (IntakeStatus.WAITING, IntakeStatus.WITHDRAWN)


class IntakeBuilder:
    """The intakes of generated patients, one patient at a time."""

    def __init__(self, rng: random.Random, today: date, staff: dict[str, list[tuple[int, str]]]):
        self.rng, self.today, self.staff = rng, today, staff
        self.checklist, self.reasons = load(), identity_reasons()
        self.turn = 0
        self.unqualified_done = False

    def _state(self, unqualified: bool, has_condition: bool) -> str:
        if not self.unqualified_done and unqualified and has_condition:
            self.unqualified_done = True
            return IntakeStatus.DONE
        if self.turn < len(TURN):
            self.turn += 1
            return TURN[self.turn - 1]
        return self.rng.choices(STATES, WEIGHTS)[0]

    def plan(self, patient_id: int, row: dict, problems: list[tuple]) -> IntakePlan:
        """The patient's intake (``row``: the patient as generated, whose ``gp_staff_id`` is the doctor who takes
        them on; the caller clears it for a patient still outside the practice)."""
        rng, today = self.rng, self.today
        france = row["country"] == "FR"
        qualified = france and row.get("ins_status") == "QUAL"
        has_condition = any(kind == "condition" for kind, _, _ in problems)
        status = self._state(france and not qualified, has_condition)
        if status == IntakeStatus.DONE and not has_condition:
            status = IntakeStatus.IN_PROGRESS   # the summary of problems needs one in the chart
        ma, ma_name = rng.choice(self.staff["medical_assistant"])
        age = (today - row["birth_date"]).days / 365.25
        conditions = sum(1 for kind, _, _ in problems if kind == "condition")
        no_gp = status in (IntakeStatus.WAITING, IntakeStatus.WITHDRAWN) or rng.random() < 0.85
        back = {IntakeStatus.WAITING: (1, 120), IntakeStatus.WITHDRAWN: (30, 330),
                IntakeStatus.IN_PROGRESS: (15, 200), IntakeStatus.DONE: (60, 365)}[status]
        requested = today - timedelta(days=rng.randint(*back))
        intake = {"patient_id": patient_id, "status": status, "requested_on": requested,
                  "long_term": conditions >= 2 and rng.random() < 0.6, "frailty": age >= 75 and rng.random() < 0.4,
                  "no_gp": no_gp, "reason": rng.choice(REQUESTS) if no_gp else "Nouveau patient du cabinet",
                  "taken_on": None, "closed_on": None, "withdrawn_reason": None, "version": 1,
                  "created_at": stamp(requested, 9), "updated_at": stamp(requested, 9), "updated_by": ma_name}
        steps = {s.key: {"step_key": s.key, "state": StepState.OPEN if s.applies_to(row["country"])
                         else StepState.NOT_APPLICABLE, "step_on": None, "staff_id": None, "detail": None,
                         "reason": None, "updated_at": stamp(requested, 9), "updated_by": ma_name}
                 for s in self.checklist.steps}
        plan = IntakePlan(patient_id, intake, steps)
        plan.events.append((stamp(requested, 9), "intake.register", "intake"))
        last = requested
        if status == IntakeStatus.WITHDRAWN:
            closed = min(requested + timedelta(days=rng.randint(7, 60)), today - timedelta(days=1))
            intake.update(closed_on=closed, withdrawn_reason=rng.choice(WITHDRAWALS), version=2,
                          updated_at=stamp(closed, 15))
            plan.events.append((stamp(closed, 15), "intake.withdraw", "intake"))
            return plan
        if status == IntakeStatus.WAITING:
            self._step_tasks(plan, requested)
            return plan
        gp = row["gp_staff_id"]
        if no_gp:   # off the waiting list: the médecin traitant (patients service) and the first appointment
            taken = min(requested + timedelta(days=rng.randint(3, 45)), today)
            appointment = taken + timedelta(days=rng.randint(0, 14))
            self._record(plan, "first_appointment", taken, StepState.DONE, appointment, gp, event=False)
            plan.taken_on_from_list = True
            plan.events += [(stamp(taken, 10), "patient.update", "patient"), (stamp(taken, 10), "intake.take_on",
                                                                             "intake")]
        else:       # already the practice's doctor: in progress at once
            taken = requested
        intake["taken_on"] = taken
        last = taken
        keys = [k for k in ORDER if steps[k]["state"] == StepState.OPEN]
        if status == IntakeStatus.IN_PROGRESS:
            count = rng.randint(0, len(keys) - 1)
            if not has_condition and "summary_problems" in keys:
                count = min(count, keys.index("summary_problems"))
            keys = keys[:count]
        for key in keys:
            last = min(last + timedelta(days=rng.randint(0, 6)), today)
            self._work(plan, key, last, row, gp)
        if status == IntakeStatus.IN_PROGRESS:
            nxt = next((k for k in ORDER if steps[k]["state"] == StepState.OPEN), None)
            if nxt == "gp_declaration" and rng.random() < 0.5:     # the declaration form given, not yet back
                self._record(plan, nxt, last, StepState.FORM_GIVEN, last)
            self._step_tasks(plan, last)
        else:
            intake["closed_on"] = last   # the last step's save closed it
        return plan

    def _record(self, plan: IntakePlan, key: str, on: date, state: str, step_on: date | None, staff: int | None = None,
                detail: str | None = None, reason: str | None = None, event: bool = True) -> None:
        """A step recorded on ``on``: one intake version, and its "intake.step" event (``event`` false: the take-on,
        whose own event the caller writes, books the first appointment)."""
        plan.steps[key].update(state=state, step_on=step_on, staff_id=staff, detail=detail, reason=reason,
                               updated_at=stamp(on, 11))
        plan.intake["version"] += 1
        plan.intake["updated_at"] = stamp(on, 11)
        if event:
            plan.events.append((stamp(on, 11), "intake.step", "intake"))

    def _work(self, plan: IntakePlan, key: str, on: date, row: dict, gp: int) -> None:
        """The step done as the services check it."""
        rng = self.rng
        if key == "identity":
            if row["country"] != "FR" or row.get("ins_status") == "QUAL":
                self._record(plan, key, on, StepState.DONE, on)
                return
            reason = rng.choice(NOT_QUALIFIABLE.get(row.get("ins_status"), NOT_QUALIFIABLE[None]))
            self._record(plan, key, on, StepState.NOT_QUALIFIABLE, on, reason=reason)
            vocabulary = self.reasons
            task = task_row(label(vocabulary.task_labels, "fr"), TASK_TYPE, plan.patient_id, TaskStatus.REQUESTED,
                            on, pool="medical_assistant", by=plan.intake["updated_by"], origin_type="other",
                            due=on + timedelta(days=vocabulary.reason(reason).recall_days))
            task["description"] = label(vocabulary.reason(reason).labels, "fr")
            plan.tasks.append((QUALIFY, on, task))
        elif key == "gp_declaration":
            self._record(plan, key, on, StepState.DONE, on, gp)   # the same doctor: the patient is not changed
        elif key == "records_requested":
            self._record(plan, key, on, StepState.DONE, on, detail=rng.choice(PAST_DOCTORS))
        elif key == "first_appointment":
            self._record(plan, key, on, StepState.DONE, on + timedelta(days=rng.randint(0, 10)), gp)
        else:
            self._record(plan, key, on, StepState.DONE, on)

    def _step_tasks(self, plan: IntakePlan, on: date) -> None:
        """The tasks of the open steps, for part of the intakes ("Make tasks for the open steps" on ``on``)."""
        if self.rng.random() >= TASKS_MADE:
            return
        for step in self.checklist.steps:
            state = plan.steps[step.key]["state"]
            if step.task is None or state not in (StepState.OPEN, StepState.FORM_GIVEN):
                continue
            if step.after and plan.steps[step.after]["state"] != StepState.DONE:
                continue
            task = task_row(label(step.task.labels, "fr"), TASK_TYPE, plan.patient_id, TaskStatus.REQUESTED, on,
                            pool="medical_assistant", by=plan.intake["updated_by"], origin_type="other",
                            due=on + timedelta(days=step.task.recall_days))
            task["description"] = label(step.labels, "fr")
            plan.tasks.append((step.key, on, task))
        plan.events.append((stamp(on, 12), "intake.tasks", "intake"))


def task_rows(plans: list[IntakePlan], intake_ids: list[int]) -> list[dict]:
    """The plans' tasks with their intake (origin) and the key that makes each once."""
    rows = []
    for plan, intake_id in zip(plans, intake_ids, strict=True):
        for key, _on, row in plan.tasks:
            rows.append(dict(row, origin_id=intake_id, dedup_key=dedup_key(key, intake_id)))
    return rows
