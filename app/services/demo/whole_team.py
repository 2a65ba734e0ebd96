"""The whole practice, team part: care plans in every lifecycle state with problems, goals, actions and the
tasks of their actions (linked as ``care_plans.action_tasks`` links them: ``origin_type`` "care_plan_action",
``origin_id`` the action), delegated tasks in every state under the practice's protocols, recalls, hospital
events (some patients crossing the DAUM rule, with its alert and task), referrals, meetings with decisions.
Rows only: ``whole_practice`` writes them.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, time, timedelta

from app.models.care_plan import PlanStatus
from app.models.coordination import EventKind, ReferralPriority, ReferralStatus
from app.models.task import TaskStatus
from app.services.coordination import daum

PLAN_STATES = tuple(PlanStatus)
TASK_STATES = tuple(TaskStatus)
# action status -> the status of its task (as ``action_tasks.derived_status`` reads them back)
ACTION_TASK = {"planned": TaskStatus.REQUESTED, "in_progress": TaskStatus.IN_PROGRESS,
               "done": TaskStatus.COMPLETED, "not_done": TaskStatus.FAILED, "cancelled": TaskStatus.CANCELLED}
ACTIONS = (("care", "Surveillance tensionnelle à domicile", "nurse"),
           ("prevention", "Vaccination antigrippale", "nurse"),
           ("support", "Évaluation des aides à domicile", "coordinator"),
           ("care", "Bilan de chute et kinésithérapie", "advanced_practice_nurse"),
           ("prevention", "Éducation thérapeutique : automesure", "medical_assistant"))
# protocol, act, the roles that may do it, the condition the patient needs (None: anyone)
PROTOCOL_ACTS = (("fr-asalee", "t2d_foot_exam", "nurse", "E11.9"),
                 ("fr-asalee", "cv_risk_ecg", "nurse", "I10"),
                 ("ch-mpk", "chronic_care_follow_up", "medical_assistant", None),
                 ("fr-assistant-medical", "vital_signs", "medical_assistant", None))
RECALLS = (("vaccin_grippe", "Rappel : vaccination antigrippale"), ("hba1c", "Rappel : HbA1c trimestrielle"),
           ("bilan_annuel", "Rappel : bilan annuel"))
FACILITIES = ("CHU de Lyon — urgences", "Hôpital de Sion — urgences", "Clinique du Parc")
SPECIALTIES = (("Dr Morel, cardiologue", "cardiologie"), ("Dr Keller, néphrologue", "néphrologie"),
               ("CMP secteur 3", "psychiatrie"), ("Dr Aubry, gériatre", "gériatrie"))
PRIORITY_DAYS = {ReferralPriority.WITHIN_48H: 2, ReferralPriority.WITHIN_7D: 7,
                 ReferralPriority.SCHEDULED: 60, ReferralPriority.ADVICE: 30}
PERIOD_DAYS = 3 * 365


def stamp(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


def task_row(title: str, task_type: str, patient_id: int | None, status: TaskStatus, created: date, *,
             assignee: int | None = None, pool: str | None = None, by: str = "", origin_type: str | None = None,
             origin_id: int | None = None, protocol: str | None = None, act: str | None = None,
             dedup: str | None = None, priority: str = "routine", due: date | None = None) -> dict:
    """A task row with every column (one executemany needs the same keys)."""
    closed = status in (TaskStatus.COMPLETED, TaskStatus.CANCELLED, TaskStatus.FAILED)
    return {"title": title[:200], "description": None, "task_type": task_type, "patient_id": patient_id,
            "protocol_code": protocol, "act": act, "assignee_staff_id": assignee, "pool_role": pool,
            "priority": priority, "due_date": due or created + timedelta(days=14), "status": status.value,
            "status_reason": "demo" if status in (TaskStatus.CANCELLED, TaskStatus.FAILED, TaskStatus.ON_HOLD)
            else None, "result_text": "Fait." if status == TaskStatus.COMPLETED else None,
            "completed_at": stamp(created + timedelta(days=5), 16) if closed else None,
            "completed_by": by if closed else None, "origin_type": origin_type, "origin_id": origin_id,
            "dedup_key": dedup, "version": 1 if status == TaskStatus.REQUESTED else 2,
            "created_at": stamp(created, 8), "updated_at": stamp(created + timedelta(days=5 if closed else 1), 16),
            "updated_by": by}


class TeamBuilder:
    """Rows of the team's work, one patient at a time; counters keep every state in turn."""

    def __init__(self, rng: random.Random, today: date, staff: dict[str, list[tuple[int, str]]]):
        self.rng, self.today, self.staff = rng, today, staff
        self.turn: dict[str, int] = {}

    def _next(self, name: str, values: tuple):
        i = self.turn.get(name, 0)
        self.turn[name] = i + 1
        return values[i % len(values)]

    def _day(self, back: int = PERIOD_DAYS, least: int = 10) -> date:
        """A day in the past (``least`` to ``back`` days ago), so that what follows it (up to ``least`` days
        later) is past too."""
        return self.today - timedelta(days=self.rng.randint(least, back))

    def who(self, role: str) -> tuple[int, str]:
        return self.rng.choice(self.staff[role])

    # care plans ------------------------------------------------------------------------------------------------
    def care_plan(self, patient_id: int, conditions: list[tuple[str, str]]) -> dict:
        """A plan (state the next in turn), with its problems, goals and actions under the keys of the same name;
        the actions' task rows are made once the actions have ids (``action_tasks``)."""
        status = self._next("plan", PLAN_STATES)
        referent, referent_name = self.who("physician")
        created = self._day(least=210)
        validated = status != PlanStatus.DRAFT
        plan = {"patient_id": patient_id, "status": status.value, "revision": 2 if status == PlanStatus.REVISED else 1,
                "referent_staff_id": referent, "synthesis_medical": "; ".join(label for _, label in conditions),
                "advance_directives": "unknown", "review_date": created + timedelta(days=180),
                "validated_by_staff_id": referent if validated else None,
                "validated_at": stamp(created + timedelta(days=7)) if validated else None,
                "patient_agreement_date": created + timedelta(days=7) if validated else None,
                "closed_at": stamp(created + timedelta(days=200)) if status == PlanStatus.CLOSED else None,
                "closed_reason": "objectifs atteints" if status == PlanStatus.CLOSED else None,
                "created_at": stamp(created), "updated_at": stamp(created + timedelta(days=7)),
                "updated_by": referent_name, "version": 1 + PLAN_STATES.index(status)}
        problems = [{"domain": "medical", "label": label, "priority": "high" if i == 0 else "medium",
                     "source": referent_name} for i, (_, label) in enumerate(conditions[:3])]
        goals = [{"objective": f"Stabiliser : {label}", "measure": None, "target_date": created + timedelta(days=180),
                  "status": "achieved" if status == PlanStatus.CLOSED else "in_progress", "problem_ids": ""}
                 for _, label in conditions[:2]]
        actions = []
        for i in range(self.rng.randint(2, 3)):
            kind, text, role = ACTIONS[(patient_id + i) % len(ACTIONS)]
            if status == PlanStatus.DRAFT:
                action_status = "planned"
            elif status == PlanStatus.CLOSED:
                action_status = ("done", "not_done", "cancelled")[i % 3]
            else:
                action_status = ("planned", "in_progress", "done")[(patient_id + i) % 3]
            staff_id = self.who(role)[0] if i % 2 == 0 else None
            actions.append({"action_type": kind, "description": text, "responsible_staff_id": staff_id,
                            "responsible_role": None if staff_id else role, "responsible_other": None,
                            "due_date": created + timedelta(days=30 * (i + 1)), "recurrence_rule": None,
                            "status": action_status, "outcome": None, "goal_id": None})
        return {"plan": plan, "problems": problems, "goals": goals, "actions": actions, "created": created,
                "member": {"category": "practice_staff", "staff_id": referent, "name": referent_name,
                           "role": "médecin référent", "organisation": None, "phone": None, "email": None,
                           "start_date": created, "end_date": None}}

    def action_tasks(self, patient_id: int, plan: dict, action_ids: list[int], by: str) -> list[dict]:
        """The tasks of a plan's actions once validated (a draft has none): one per action, its status what the
        action's says."""
        if plan["plan"]["status"] == PlanStatus.DRAFT:
            return []
        rows = []
        for action_id, action in zip(action_ids, plan["actions"], strict=True):
            rows.append(task_row(f"Plan de soins : {action['description']}", "care_plan_action", patient_id,
                                 ACTION_TASK[action["status"]], plan["created"] + timedelta(days=7),
                                 assignee=action["responsible_staff_id"], pool=action["responsible_role"], by=by,
                                 origin_type="care_plan_action", origin_id=action_id, due=action["due_date"]))
        return rows

    # tasks under protocols, recalls ----------------------------------------------------------------------------
    def protocol_task(self, patient_id: int, codes: set[str]) -> tuple[dict, dict] | None:
        """(task, enrolment) of a delegated act the patient qualifies for, its status the next in turn."""
        fitting = [p for p in PROTOCOL_ACTS if p[3] is None or p[3] in codes]
        protocol, act, role, _ = self.rng.choice(fitting)
        status = self._next("task", TASK_STATES)
        created = self._day()
        delegate, name = self.who(role)
        task = task_row(f"Protocole {protocol} : {act}", "protocol_act", patient_id, status, created,
                        assignee=delegate, by=name, protocol=protocol, act=act)
        enrolment = {"protocol_code": protocol, "patient_id": patient_id, "consent_date": created - timedelta(days=1),
                     "consent_how": "oral", "consent_by": "patient", "enrolled_by": name, "ended_on": None,
                     "exit_reason": None, "created_at": stamp(created), "updated_at": stamp(created),
                     "updated_by": name, "version": 1}
        return task, enrolment

    def recall(self, patient_id: int) -> dict:
        name, title = self._next("recall", RECALLS)
        status = TaskStatus.COMPLETED if self.rng.random() < 0.6 else TaskStatus.REQUESTED
        created = self._day(365)
        return task_row(title, "recall", patient_id, status, created, pool="medical_assistant",
                        by=self.who("medical_assistant")[1], origin_type="recall", dedup=f"recall:{name}:{patient_id}")

    # hospital events, DAUM -----------------------------------------------------------------------------------
    def hospital_events(self, patient_id: int, frequent: bool) -> list[dict]:
        """An admission and its discharge or an emergency visit; ``frequent``: visits crossing the DAUM rule (four
        emergency visits within twelve months)."""
        by = self.who("coordinator")[0]
        rows = []
        if frequent:
            first = self._day(least=200)
            days = sorted({first} | {first + timedelta(days=self.rng.randint(1, 180)) for _ in range(3)})
            while len(days) < 4:
                days.append(days[-1] + timedelta(days=1))
            rows += [self._event(patient_id, EventKind.ED_VISIT, d, by) for d in sorted(days)]
        elif self.rng.random() < 0.5:
            day = self._day()
            rows += [self._event(patient_id, EventKind.ADMISSION, day - timedelta(days=self.rng.randint(2, 12)), by),
                     self._event(patient_id, EventKind.DISCHARGE, day, by)]
        else:
            rows.append(self._event(patient_id, EventKind.ED_VISIT, self._day(), by))
        return rows

    def _event(self, patient_id: int, kind: EventKind, day: date, by: int) -> dict:
        return {"patient_id": patient_id, "kind": kind.value, "event_date": day, "facility": self.rng.choice(FACILITIES),
                "source": "hospital", "summary": None, "recorded_by_staff_id": by, "task_id": None,
                "created_at": stamp(day + timedelta(days=1)), "updated_at": stamp(day + timedelta(days=1)),
                "updated_by": "", "version": 1}

    def daum_alert(self, patient_id: int, events: list[dict], event_ids: list[int]) -> dict | None:
        """The DAUM alert the coordination service raises for these emergency visits (None: no crossing)."""
        visits = [(e["event_date"], i) for i, e in zip(event_ids, events, strict=True) if e["kind"] == EventKind.ED_VISIT]
        visits.sort()
        days = [d for d, _ in visits]
        found = daum.episodes(days)
        if not found:
            return None
        first = found[0][0]
        trigger_day, trigger_id = visits[first]
        in_window = [events[event_ids.index(i)] for d, i in visits[:first + 1] if d > trigger_day - daum.WINDOW]
        listed = [{"date": e["event_date"].isoformat(), "facility": e["facility"], "summary": ""} for e in in_window]
        status = self._next("daum", ("open", "acknowledged"))
        return {"patient_id": patient_id, "trigger_event_id": trigger_id, "trigger_date": trigger_day,
                "visit_count": len(in_window), "visits": json.dumps(listed), "recipient_role": "coordinator",
                "external_contact": None, "status": status, "task_id": None,
                "acknowledged_at": stamp(trigger_day + timedelta(days=2)) if status == "acknowledged" else None,
                "acknowledged_by": self.who("coordinator")[1] if status == "acknowledged" else None,
                "note": None, "created_at": stamp(trigger_day + timedelta(days=1)),
                "updated_at": stamp(trigger_day + timedelta(days=2)), "updated_by": "", "version": 1}

    # referrals, meetings ---------------------------------------------------------------------------------------
    def referral(self, patient_id: int) -> dict:
        status = self._next("referral", tuple(ReferralStatus))
        priority = self._next("priority", tuple(ReferralPriority))
        recipient, specialty = self.rng.choice(SPECIALTIES)
        day = self._day()
        reached = list(ReferralStatus).index(status)
        return {"patient_id": patient_id, "recipient": recipient, "specialty": specialty, "priority": priority.value,
                "clinical_question": "Avis sur l'adaptation du traitement.", "requested_on": day,
                "due_by": day + timedelta(days=PRIORITY_DAYS[priority]), "status": status.value,
                "booked_for": day + timedelta(days=5) if 1 <= reached <= 3 else None,
                "seen_on": day + timedelta(days=5) if 2 <= reached <= 3 else None,
                "report_received_on": day + timedelta(days=12) if reached == 3 else None,
                "answer": "Compte rendu reçu." if reached == 3 else None,
                "cancel_reason": "annulé par le patient" if status == ReferralStatus.CANCELLED else None,
                "requested_by_staff_id": self.who("physician")[0], "created_at": stamp(day),
                "updated_at": stamp(day), "updated_by": "", "version": 1 + min(reached, 3)}
