"""The whole practice, deprescribing plans: for a share of older patients' lines of a class a taper scheme covers
(benzodiazepines and Z-drugs, PPIs, antipsychotics, opioids), a plan in every state, as ``care_plans.deprescribing``
would have left it on the day the practice is generated:

* draft — proposed, the patient's agreement not recorded yet: no follow-up call;
* active — agreed, the steps whose day has passed confirmed by the physician (one in ten skipped), sometimes the
  step due now still waiting for the physician, the line's dose changed on each confirmed step's day;
* completed — every step decided, the line stopped by the last step;
* cancelled — agreed, a step or two confirmed, then cancelled (the calls still open cancelled with it).

Each agreed plan has one follow-up call per step (a task for the nurse, pharmacist or medical assistant pool, due
``follow_up_days`` after the step): made when the patient agreed, claimed and completed (its result written to the
chart) once its day has passed, cancelled with a cancelled plan. The steps come from the scheme's proposal for the
line's dose (``taper_schemes.propose``), so the taper is the one the plan dialog would have shown.

Rows and their audit events only; ``whole_practice`` writes them (the lines' changes go with the lines).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import Session

from app.models.deprescribing import DeprescribingStatus, StepState
from app.models.task import TaskStatus
from app.services.care_plans import deprescribing, taper_schemes
from app.services.demo.whole_clinical import ClinicalBuilder, GenLine
from app.services.demo.whole_team import task_row
from app.services.medications import posology as posologies
from app.services.security.actor import SYSTEM

# The states in turn (three active for two completed, one draft, one cancelled: plans run for months).
STATES = (DeprescribingStatus.ACTIVE, DeprescribingStatus.COMPLETED, DeprescribingStatus.DRAFT,
          DeprescribingStatus.ACTIVE, DeprescribingStatus.CANCELLED, DeprescribingStatus.COMPLETED,
          DeprescribingStatus.ACTIVE)
FOLLOW_UP_ROLES = ("nurse", "pharmacist", "medical_assistant")
REASONS = {"N05B": "Benzodiazépine au long cours chez une personne âgée (chutes, vigilance) — arrêt progressif",
           "N05C": "Hypnotique au long cours, sommeil à revoir sans médicament — arrêt progressif",
           "A02B": "IPP depuis plus d'un an sans indication au long cours retrouvée",
           "N05A": "Antipsychotique pour des troubles du comportement stabilisés depuis plus de trois mois",
           "N02A": "Opioïde au long cours sans bénéfice clair sur la douleur ni la fonction"}
SKIP_NOTES = ("Patiente hospitalisée cette semaine", "Reprise de l'anxiété, palier prolongé",
              "Douleurs majorées, on garde la dose un mois de plus")
CANCEL_REASONS = ("Reprise des symptômes malgré un palier prolongé", "Le patient ne souhaite plus poursuivre",
                  "Nouvelle indication posée par le spécialiste")
CALL_RESULTS = ("Bien toléré.", "Sommeil un peu plus léger, pas d'autre gêne.", "Quelques douleurs, supportables.")
MIN_AGE = 65
# How often a line of the class is the one tapered, against benzodiazepines and PPIs (house assumption: those two
# are most of what primary care deprescribes; antipsychotics concern fewer older patients at home).
CLASS_WEIGHT = {"N05A": 0.35, "N02A": 0.7}


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


@dataclass
class PlanDraft:
    """One plan's rows before they have ids, and what was done when (for the audit events)."""

    patient_id: int
    line: GenLine
    plan: dict
    steps: list[dict]
    calls: list[dict | None] = field(default_factory=list)   # the step's follow-up task row (None: not agreed)
    notes: list[str | None] = field(default_factory=list)    # the call's result written to the chart
    # (when, action, actor staff id or None for Cordée, detail, what: "plan" / ("step", i) / ("task", i))
    events: list[tuple] = field(default_factory=list)
    step_ids: list[int] = field(default_factory=list)          # once written


class DeprescribingBuilder:
    """Plans for one patient's lines at a time; counters keep every state and scheme in turn."""

    def __init__(self, rng: random.Random, today: date, staff: dict[str, list[tuple[int, str]]],
                 clinical: ClinicalBuilder):
        self.rng, self.today, self.staff, self.clinical = rng, today, staff, clinical
        self.turn: dict[str, int] = {}
        self._fits: dict[str, tuple] = {}   # ATC code -> the schemes offered for it

    def _next(self, name: str, values: tuple):
        i = self.turn.get(name, 0)
        self.turn[name] = i + 1
        return values[i % len(values)]

    def eligible(self, line: GenLine) -> bool:
        """A current line of a class a taper scheme is offered for, with amounts by time of day to reduce."""
        atc = line.values.get("atc")
        if line.stopped or not atc or line.values.get("schedule") != "times":
            return False
        if atc not in self._fits:
            self._fits[atc] = tuple(s for s in taper_schemes.schemes_for(atc) if s.fits(atc))
        return bool(self._fits[atc]) and self.rng.random() < CLASS_WEIGHT.get(atc[:4], 1.0)

    def plan(self, session: Session, patient_id: int, gp: tuple[int, str] | None, line: GenLine) -> PlanDraft | None:
        """A plan for ``line`` (its state the next in turn, or a draft where the line is too recent for it); the
        line gets the changes of the confirmed steps. None when the scheme proposes nothing for this dose."""
        rng, today = self.rng, self.today
        atc = line.values["atc"]
        scheme = self._next(f"scheme:{atc[:4]}", self._fits[atc])
        current = posologies.checked(posologies.from_dict(line.current["posology"]))
        earliest = line.last_day + timedelta(days=14)
        span = (scheme.steps[-1].day(today) - today).days   # the proposal may leave steps out, never the last
        state = self._next("state", STATES)
        start = self._start(state, earliest, span)
        if start is None:
            state, start = DeprescribingStatus.DRAFT, self._start(DeprescribingStatus.DRAFT, earliest, span)
        proposal = taper_schemes.propose(scheme.key, current, start)
        if not proposal:   # a dose the scheme cannot lower (a quarter tablet halved): no plan
            return None
        if state == DeprescribingStatus.CANCELLED and len(proposal) < 2:   # a one-step plan ends when decided
            state = DeprescribingStatus.COMPLETED if proposal[-1].due_date < today else DeprescribingStatus.ACTIVE
        doctor = gp if gp and gp[0] in dict(self.staff["physician"]) else rng.choice(self.staff["physician"])
        author = rng.choice(self.staff["pharmacist"]) if rng.random() < 0.6 else doctor
        created = max(line.last_day, min(today, start - timedelta(days=rng.randint(3, 21))))
        role = self._next("role", FOLLOW_UP_ROLES)
        agreed = created if state != DeprescribingStatus.DRAFT else None
        drug = (line.values.get("product_name") or line.values["substances"])[:200]
        draft = PlanDraft(patient_id, line, {
            "patient_id": patient_id, "drug": drug, "scheme_key": scheme.key, "status": state.value,
            "reason": REASONS.get(atc[:4]), "finding_code": None, "agreed_on": agreed,
            "agreed_how": self._next("how", ("consultation", "phone", "consultation")) if agreed else None,
            "agreement_recorded_by": author[1] if agreed else None,
            "agreement_recorded_at": _at(agreed, 11) if agreed else None, "follow_up_staff_id": None,
            "follow_up_role": role, "follow_up_days": scheme.follow_up_days, "created_by": author[1],
            "closed_reason": None, "created_at": _at(created, 11)}, [])
        draft.events.append((_at(created, 11), "deprescribing.create", author[0],
                             f"{scheme.key}, {len(proposal)} steps, line {{line}}", "plan"))
        if agreed:
            draft.events.append((_at(agreed, 11), "deprescribing.agreement", author[0],
                                 f"{agreed.isoformat()} {draft.plan['agreed_how']}", "plan"))
        cancel_day = self._cancel_day(proposal) if state == DeprescribingStatus.CANCELLED else None
        why = rng.choice(CANCEL_REASONS) if cancel_day else None
        decided = self._decided(state, proposal, cancel_day)
        limit = (cancel_day or today) - timedelta(days=1)   # decided before the plan was cancelled, before today
        last = (created, author)
        for n, step in enumerate(proposal, start=1):
            row = {"number": n, "due_date": step.due_date, "stop": step.stop,
                   "posology": json.dumps(posologies.to_dict(step.posology)) if step.posology else None,
                   "state": StepState.PLANNED.value, "decided_by": None, "decided_by_staff_id": None,
                   "decided_at": None, "note": None, "task_id": None}
            if n <= decided:
                day = min(limit, step.due_date + timedelta(days=rng.randint(0, 3)))
                skip = not step.stop and n < len(proposal) and rng.random() < 0.1
                row.update(state=(StepState.SKIPPED if skip else StepState.APPLIED).value, decided_by=doctor[1],
                           decided_by_staff_id=doctor[0], decided_at=_at(day, 12),
                           note=rng.choice(SKIP_NOTES) if skip else None)
                if skip:
                    draft.events.append((_at(day, 12), "deprescribing.skip", doctor[0],
                                         f"step {n}: {row['note'][:150]}", "plan"))
                else:
                    self._apply(session, draft, step, n, day, doctor)
                last = (day, doctor)
            draft.steps.append(row)
        self._calls(session, draft, proposal, cancel_day, why)
        if state == DeprescribingStatus.CANCELLED:
            draft.plan["closed_reason"] = why
            draft.events.append((_at(cancel_day, 15), "deprescribing.cancel", doctor[0], why[:200], "plan"))
            last = (cancel_day, doctor)
        draft.plan.update(version=1 + decided + (state == DeprescribingStatus.CANCELLED),
                          updated_at=_at(last[0], 15 if state == DeprescribingStatus.CANCELLED else 12),
                          updated_by=last[1][1])
        return draft

    def _start(self, state: str, earliest: date, span: int) -> date | None:
        """The first step's day for a plan in ``state`` whose steps run over ``span`` days (None: not possible on
        this line)."""
        rng, today = self.rng, self.today
        if state == DeprescribingStatus.DRAFT:   # proposed lately, its first step soon (or a few days ago)
            return max(earliest, today + timedelta(days=rng.randint(-7, 21)))
        if state == DeprescribingStatus.ACTIVE:   # started, its last step still ahead
            low, high = max(earliest, today - timedelta(days=span - 1)), today
        elif state == DeprescribingStatus.COMPLETED:   # every step a week or more ago
            low, high = earliest, today - timedelta(days=span + 7)
            low = max(low, high - timedelta(days=700))
        else:   # cancelled: a step or more ago
            low, high = max(earliest, today - timedelta(days=span + 300)), today - timedelta(days=20)
        if low > high:
            return None
        return low + timedelta(days=rng.randint(0, (high - low).days))

    def _cancel_day(self, proposal) -> date:
        """Some days after one of the steps already passed (not the last step), before the next one and before
        today: the plan's start leaves a step or more behind (``_start``)."""
        passed = [s.due_date for s in proposal[:-1] if s.due_date <= self.today - timedelta(days=2)] or \
            [proposal[0].due_date]
        k = self.rng.randint(1, min(2, len(passed)))
        after = passed[k - 1]
        before = min(self.today, proposal[k].due_date if k < len(proposal) else self.today)
        return after + timedelta(days=self.rng.randint(1, max(1, (before - after).days - 1)))

    def _decided(self, state: str, proposal, cancel_day: date | None) -> int:
        """How many steps (the first ones) the physician has decided."""
        today = self.today
        if state == DeprescribingStatus.DRAFT:
            return 0
        if state == DeprescribingStatus.COMPLETED:
            return len(proposal)
        if state == DeprescribingStatus.CANCELLED:
            return sum(1 for s in proposal if s.due_date < cancel_day)
        due = sum(1 for s in proposal if s.due_date < today)
        waiting = due > 0 and self._next("waiting", (True, False, False))   # the step due waits for the physician
        return min(due - waiting, len(proposal) - 1)

    def _apply(self, session: Session, draft: PlanDraft, step, n: int, day: date, doctor: tuple[int, str]) -> None:
        """A confirmed step changes the line on its day (the last one stops it), as ``confirm_step`` does."""
        line = draft.line
        if step.stop:
            line.stop(day, deprescribing.stop_reason(session, n), doctor[1])
            action, detail = "medication.stop", line.values["stop_reason"][:200]
        else:
            values, snapshot = self.clinical.columns(line, step.posology)
            line.change(day, values, snapshot, doctor[1])
            action, detail = "medication.change", f"version {1 + len(line.changes)}"
        draft.events.append((_at(day, 12), action, doctor[0], detail, "line"))
        draft.events.append((_at(day, 12), "deprescribing.confirm", doctor[0],
                             f"step {n}" + (" (stop)" if step.stop else ""), "plan"))

    def _calls(self, session: Session, draft: PlanDraft, proposal, cancel_day: date | None, why: str | None) -> None:
        """One follow-up call per step once agreed: completed when its day has passed (and its step was decided),
        cancelled with the plan, else waiting in the pool."""
        plan = draft.plan
        if plan["agreed_on"] is None:
            draft.calls = [None] * len(proposal)
            draft.notes = [None] * len(proposal)
            return
        role, days, agreed = plan["follow_up_role"], plan["follow_up_days"], plan["agreed_on"]
        for i, (step, row) in enumerate(zip(proposal, draft.steps, strict=True)):
            due = step.due_date + timedelta(days=days)
            title, description = deprescribing.follow_up_texts(session, plan["drug"], row["number"], step.due_date)
            done = row["state"] != StepState.PLANNED.value and due < self.today and (cancel_day is None
                                                                                    or due < cancel_day)
            status = TaskStatus.COMPLETED if done else TaskStatus.CANCELLED if cancel_day else TaskStatus.REQUESTED
            caller = self.rng.choice(self.staff[role]) if done else None
            task = task_row(title, deprescribing.TASK_TYPE, draft.patient_id, status, agreed,
                            assignee=caller[0] if caller else None, pool=role, by=caller[1] if caller else "",
                            origin_type=deprescribing.ORIGIN, due=due)
            task.update(description=description, dedup_key=None, created_at=_at(agreed, 11),
                        updated_at=_at(agreed, 11))
            draft.events.append((_at(agreed, 11), "task.create", None, deprescribing.TASK_TYPE, ("task", i)))
            note = None
            if done:
                result = self.rng.choice(CALL_RESULTS)
                task.update(result_text=result, completed_at=_at(due, 11), completed_by=caller[1], version=4,
                            updated_at=_at(due, 11), updated_by=caller[1], status_reason=None)
                note = f"{title}: {result}"
                for hour, action in ((9, "task.claim"), (10, "task.in_progress"), (11, "task.completed")):
                    draft.events.append((_at(due, hour), action, caller[0], "", ("task", i)))
            elif status == TaskStatus.CANCELLED:   # by Cordée, in the transaction that cancels the plan
                task.update(status_reason=why[:500], completed_at=_at(cancel_day, 15), completed_by=SYSTEM.display_name,
                            result_text=None, version=2, updated_at=_at(cancel_day, 15),
                            updated_by=SYSTEM.display_name)
                draft.events.append((_at(cancel_day, 15), "task.cancelled", None, why[:500], ("task", i)))
            draft.calls.append(task)
            draft.notes.append(note)


__all__ = ["DeprescribingBuilder", "PlanDraft", "MIN_AGE", "CLASS_WEIGHT"]
