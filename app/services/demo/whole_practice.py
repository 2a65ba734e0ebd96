"""The whole practice (``cordee demo-data``): generated patients with every capability's data, reproducible with
the seed, written in bulk (SQLAlchemy Core, one transaction per chunk of patients) below the services, as the
services would have written it.

The audit trail: every record made gets its event ("alert.raise", "care_plan.create", …) dated when the record was
made — so that the history spreads over three years — appended through the chain's own ``security.audit.append``
at the chunk's commit (the context collects them), plus one "demo.generate" event per chunk; the chain verifies.

The team's maturity self-assessment: six half-yearly rounds through the services (``demo.maturity``); the
directory of local resources and pathways through the services too (``demo.directory``, once).

The medication lines carry their history (doses changed, lines stopped, earlier drugs: ``whole_clinical``), which
the anticholinergic-burden timeline draws; deprescribing plans in every state change the lines they taper
(``whole_deprescribing``); emergency (break-glass) accesses are running or expired, acknowledged or waiting
(``whole_break_glass``). Their audit events name who did what (the pharmacist who made the plan, the physician who
confirmed a step, the clinician who broke the glass, Cordée for the tasks it made), as the services write them.

New-patient intakes (``whole_intake``): a patient still waiting to be taken in (or withdrawn from the waiting list)
has no médecin traitant and none of the records the team makes (medication lists, alerts, care plans, tasks,
hospital events, referrals, messages); a patient taken on has the médecin traitant set as the patients service sets
it (version 2, its "patient.update" event).

Shares (house assumption, stated in the README): the patients' ages are those of ``base``; see ``whole_clinical``
for medication lists and ``SHARES`` below for the rest.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import bindparam, select, update

from app.models.alert import Alert, AlertMessage
from app.models.break_glass import BreakGlassGrant
from app.models.care_plan import (
    CarePlan,
    CarePlanAction,
    CarePlanGoal,
    CarePlanMember,
    CarePlanProblem,
    CarePlanVersion,
)
from app.models.coordination import (
    ConcertationMeeting,
    DaumAlert,
    HospitalEvent,
    MeetingCase,
    MeetingDecision,
    Referral,
)
from app.models.deprescribing import DeprescribingPlan, DeprescribingStep
from app.models.due_care import RecordedAct
from app.models.intake import Intake, IntakeStep
from app.models.medication import MedicationLine, MedicationLineVersion, Observation
from app.models.message import MessageMention, MessageThread, TeamMessage, ThreadReadMark
from app.models.patient import Patient
from app.models.practice import Practice
from app.models.protocol import ProtocolActivation, ProtocolAdherence, ProtocolEnrolment
from app.models.reconciliation import Reconciliation, ReconciliationItem
from app.models.staff import Staff
from app.models.task import ChartNote, Task, TaskStatus
from app.services.care_plans import deprescribing as deprescribing_service
from app.services.care_plans import plans as plan_service
from app.services.demo import base, directory, exchange, maturity
from app.services.demo import due_care as demo_due_care
from app.services.demo.bulk import insert_rows, insert_with_ids
from app.services.demo.whole_alerts import AlertBuilder
from app.services.demo.whole_break_glass import BreakGlassBuilder, GrantDraft
from app.services.demo.whole_clinical import ClinicalBuilder, line_row
from app.services.demo.whole_deprescribing import MIN_AGE as DEPRESCRIBING_AGE
from app.services.demo.whole_deprescribing import DeprescribingBuilder, PlanDraft
from app.services.demo.whole_intake import IntakeBuilder, IntakePlan
from app.services.demo.whole_intake import task_rows as intake_task_rows
from app.services.demo.whole_team import PROTOCOL_ACTS, TeamBuilder, stamp, task_row
from app.services.due_care import engine as due_care_engine
from app.services.kernel.context import ServiceContext
from app.services.kernel.text_search import search_text
from app.services.practice.accounts import actor_for
from app.services.security.access import require
from app.services.security.actor import SYSTEM

CHUNK = 2000
# what share of patients get what (house assumption; ``whole_clinical`` for the medication lists)
SHARES = {"alert": 0.06,            # of patients of 65 and more with 5 lines or more: a pharmacist's alert
          "reconciliation": 0.01,   # of patients with 2 lines or more: a discharge reconciliation
          "care_plan": 0.15,        # of patients of 70 and more with 2 conditions or more: a shared care plan
          "protocol": 0.04,         # of adults: a delegated act under a protocol
          "recall": 0.10,           # of patients of 50 and more: a recall
          "hospital": 0.04,         # an admission or an emergency visit
          "frequent_ed": 0.003,     # four emergency visits within twelve months (DAUM)
          "referral": 0.05,         # a referral
          "meeting_case": 0.3,      # of patients with a care plan: discussed at a meeting
          "message": 0.08,          # a team thread about the patient
          "deprescribing": 0.06,    # of patients of 65 and more taking a drug a taper scheme covers: a plan
          "break_glass": 0.002,     # of patients outside any care circle: an emergency access over three years
          "intake": 0.03,           # a new patient taken in over the last year (INS qualified, or not in France) …
          "intake_unqualified": 0.015}   # … or an INS not qualified (new patients are asked for their papers)
# the first eligible patients get the record whatever the share, so that a small practice shows every state
AT_LEAST = {"alert": 9, "reconciliation": 2, "care_plan": 5, "protocol": 7, "recall": 3, "frequent_ed": 2,
            "hospital": 2, "referral": 5, "meeting_case": 3,
            "message": 4, "deprescribing": 8, "break_glass": 4, "intake": 6, "intake_unqualified": 2}
Progress = Callable[[int, int], None]
ROLES = ("physician", "pharmacist", "nurse", "advanced_practice_nurse", "medical_assistant", "coordinator")


def _staff(session) -> dict[str, list[tuple[int, str]]]:
    out: dict[str, list[tuple[int, str]]] = {}
    for member in session.execute(select(Staff).where(Staff.active.is_(True)).order_by(Staff.id)).scalars():
        for role in member.roles.split():
            out.setdefault(role, []).append((member.id, member.display_name))
    return out


def _prepare(ctx: ServiceContext, today: date) -> None:
    """Staff of every role, the protocols in use with their delegates, and a monthly meeting over three years."""
    with ctx.reading() as session:
        missing = set(ROLES) - set(_staff(session))
    if missing:   # the demo's staff (every role) where the practice lacks a role the records need
        base.add_demo_staff(ctx)
    with ctx.transaction() as session:
        staff = _staff(session)
        active = set(session.execute(select(ProtocolActivation.protocol_code)).scalars())
        since = today - timedelta(days=3 * 365 + 30)
        for code in sorted({p[0] for p in PROTOCOL_ACTS} - active):
            session.add(ProtocolActivation(protocol_code=code, activated_on=since, updated_by=ctx.actor.display_name))
            for role in sorted({p[2] for p in PROTOCOL_ACTS if p[0] == code}):
                for staff_id, _ in staff.get(role, []):
                    session.add(ProtocolAdherence(protocol_code=code, staff_id=staff_id, training_date=since,
                                                  since=since, updated_by=ctx.actor.display_name))
            ctx.audit(session, "protocol.activate", entity_type="protocol", entity_id=code)
        if session.execute(select(ConcertationMeeting.id).limit(1)).first() is None:
            participants = " ".join(str(i) for role in ("physician", "nurse", "coordinator")
                                    for i, _ in staff.get(role, []))
            for month in range(36, 0, -1):
                day = today - timedelta(days=30 * month)
                session.add(ConcertationMeeting(meeting_date=day, kind="monthly", title="Concertation mensuelle",
                                                participants=participants, created_at=stamp(day),
                                                updated_at=stamp(day), updated_by=ctx.actor.display_name))


class _Chunk:
    """One chunk's rows and audit events, written in one transaction."""

    def __init__(self, ctx: ServiceContext, session, gen: _Generator):
        self.ctx, self.session, self.g = ctx, session, gen
        self.events: list[tuple] = []   # (when, action, entity_type, entity_id, patient_id[, detail, actor])
        self.busy: set[int] = set()     # patients with a record that puts staff in their care circle

    def audit(self, when, action: str, entity_type: str, ids: list[int], patient_ids: list[int | None]) -> None:
        self.events += [(w, action, entity_type, i, p) for w, i, p in zip(when, ids, patient_ids, strict=True)]
        self.busy.update(p for p in patient_ids if p is not None)

    def audit_as(self, when, action: str, entity_type: str, entity_id, patient_id: int, detail: str,
                 actor: int | None) -> None:
        """One event made by staff member ``actor`` (None: Cordée itself, for what a service does in its place)."""
        self.events.append((when, action, entity_type, entity_id, patient_id, detail, actor))

    def run(self, size: int) -> dict[str, int]:
        g, s = self.g, self.session
        everyone = base.insert_patients(s, g.rng, g.pools, g.today, size, g.by, [i for i, _ in g.staff["physician"]])
        intakes = self._intakes(everyone)
        outside = {p.patient_id for p in intakes if p.outside}
        patients = [p for p in everyone if p[0] not in outside]   # the practice's patients
        # medication lines with their history, the deprescribing plans changing some of them, clinical values
        lines, owners = [], []
        for pid, row, _ in patients:
            age = (g.today - row["birth_date"]).days / 365.25
            for line in g.clinical.medication_lines(age):
                lines.append(line)
                owners.append(pid)
        plans = self._deprescribing(patients, lines, owners)
        line_ids = insert_with_ids(s, MedicationLine, [line_row(line, p, g.by, stamp)
                                                       for line, p in zip(lines, owners, strict=True)])
        versions, by_patient = [], {}
        for line_id, line, pid in zip(line_ids, lines, owners, strict=True):
            versions += g.clinical.versions(line_id, pid, line, stamp)
            by_patient.setdefault(pid, []).append((line_id, line.values))
        insert_rows(s, MedicationLineVersion, versions)
        observations = []
        for pid, row, problems in patients:
            if pid in by_patient:
                age = (g.today - row["birth_date"]).days / 365.25
                diabetic = any(code == "E11.9" for _, code, _ in problems)
                observations += g.clinical.observations(pid, age, row["sex"], diabetic, stamp(g.today))
        insert_rows(s, Observation, observations)
        self._alerts(patients, by_patient)
        self._team(patients)
        self._messages(patients)
        self._write_plans(plans, {id(line): i for line, i in zip(lines, line_ids, strict=True)})
        self._break_glass(patients)
        self._due_care(everyone)
        self._write_audit(size)
        return {"patients": size, "lines": len(line_ids)}

    # deprescribing ---------------------------------------------------------------------------------------------
    def _deprescribing(self, patients, lines, owners) -> list[PlanDraft]:
        """A plan for a share of the older patients who take a drug a taper scheme covers (their first such line);
        the plans' confirmed steps change the lines before they are written."""
        g = self.g
        info = {pid: row for pid, row, _ in patients}
        doctors = dict(g.staff["physician"])
        seen, drafts = set(), []
        for line, pid in zip(lines, owners, strict=True):
            if pid in seen or not g.deprescribing.eligible(line):
                continue
            seen.add(pid)
            row = info[pid]
            if (g.today - row["birth_date"]).days / 365.25 < DEPRESCRIBING_AGE or not g.wants("deprescribing"):
                continue
            gp = row.get("gp_staff_id")
            draft = g.deprescribing.plan(self.session, pid, (gp, doctors[gp]) if gp in doctors else None, line)
            if draft is not None:
                drafts.append(draft)
        return drafts

    def _write_plans(self, drafts: list[PlanDraft], line_id_of: dict[int, int]) -> None:
        """The plans, their steps, their follow-up calls (the steps pointing to them, the calls' results in the
        chart) and their audit events."""
        if not drafts:
            return
        s = self.session
        for d in drafts:
            d.plan["line_id"] = line_id_of[id(d.line)]
        plan_ids = insert_with_ids(s, DeprescribingPlan, [d.plan for d in drafts])
        step_ids = insert_with_ids(s, DeprescribingStep, [dict(step, plan_id=plan_id) for d, plan_id
                                                          in zip(drafts, plan_ids, strict=True) for step in d.steps])
        calls, notes, owners, cursor = [], [], [], 0
        for d in drafts:
            ids = step_ids[cursor:cursor + len(d.steps)]
            cursor += len(d.steps)
            d.step_ids = ids
            for step_id, call, note in zip(ids, d.calls, d.notes, strict=True):
                if call is not None:
                    calls.append(dict(call, origin_id=step_id, dedup_key=f"{deprescribing_service.ORIGIN}:{step_id}"))
                    notes.append(note)
                    owners.append(step_id)
        task_ids = insert_with_ids(s, Task, calls)
        if task_ids:
            s.execute(update(DeprescribingStep.__table__).where(DeprescribingStep.__table__.c.id == bindparam("b_id"))
                      .values(task_id=bindparam("b_task")),
                      [{"b_id": step, "b_task": task} for step, task in zip(owners, task_ids, strict=True)])
        insert_rows(s, ChartNote, [{"patient_id": call["patient_id"], "task_id": task_id, "kind": "task_result",
                                    "text": note, "written_at": call["completed_at"], "written_by": call["completed_by"]}
                                   for call, task_id, note in zip(calls, task_ids, notes, strict=True) if note])
        task_of = dict(zip(owners, task_ids, strict=True))
        for d, plan_id in zip(drafts, plan_ids, strict=True):
            self.busy.add(d.patient_id)
            line_id = d.plan["line_id"]
            for when, action, actor, detail, what in d.events:
                if what == "plan":
                    kind, entity = "deprescribing_plan", plan_id
                elif what == "line":
                    kind, entity = "medication_line", line_id
                else:
                    kind, entity = "task", task_of[d.step_ids[what[1]]]
                self.audit_as(when, action, kind, entity, d.patient_id, detail.replace("{line}", str(line_id)), actor)

    # emergency accesses ----------------------------------------------------------------------------------------
    def _break_glass(self, patients) -> None:
        """Emergency accesses to a share of the patients nobody's circle holds, by a clinician other than their
        médecin traitant, each with the médecin traitant's task."""
        g, s = self.g, self.session
        doctors = dict(g.staff["physician"])
        drafts: list[GrantDraft] = []
        for pid, row, _ in patients:
            if pid in self.busy or not g.wants("break_glass"):
                continue
            gp = row.get("gp_staff_id")
            draft = g.break_glass.grant(s, pid, (gp, doctors[gp]) if gp in doctors else None)
            if draft is not None:
                drafts.append(draft)
        grant_ids = insert_with_ids(s, BreakGlassGrant, [d.grant for d in drafts])
        told = [(d, i) for d, i in zip(drafts, grant_ids, strict=True) if d.task]
        task_ids = insert_with_ids(s, Task, [dict(d.task, origin_id=i, dedup_key=f"break-glass:{i}") for d, i in told])
        insert_rows(s, ChartNote, [{"patient_id": d.patient_id, "task_id": t, "kind": "task_result", "text": d.note,
                                    "written_at": d.task["completed_at"], "written_by": d.task["completed_by"]}
                                   for (d, _), t in zip(told, task_ids, strict=True) if d.note])
        task_of = {i: t for (_, i), t in zip(told, task_ids, strict=True)}
        for d, grant_id in zip(drafts, grant_ids, strict=True):
            for when, action, actor, detail, what in d.events:
                kind, entity = {"grant": ("break_glass", grant_id), "patient": ("patient", d.patient_id),
                                "task": ("task", task_of.get(grant_id))}[what]
                self.audit_as(when, action, kind, entity, d.patient_id, detail, actor)

    # new-patient intakes -----------------------------------------------------------------------------------
    def _intakes(self, patients) -> list[IntakePlan]:
        """The chunk's new patients with their intakes, steps, tasks and events; a patient still outside the practice
        loses the médecin traitant the generator gave them, one taken on from the waiting list gets version 2."""
        g, s = self.g, self.session
        plans = []
        for pid, row, problems in patients:
            unqualified = row["country"] == "FR" and row.get("ins_status") != "QUAL"
            if g.wants("intake_unqualified" if unqualified else "intake"):
                plans.append(g.intake.plan(pid, row, problems))
        if not plans:
            return plans
        intake_ids = insert_with_ids(s, Intake, [p.intake for p in plans])
        insert_rows(s, IntakeStep, [dict(step, intake_id=i) for p, i in zip(plans, intake_ids, strict=True)
                                    for step in p.steps.values()])
        tasks = intake_task_rows(plans, intake_ids)
        task_ids = insert_with_ids(s, Task, tasks)
        self.audit([t["created_at"] for t in tasks], "task.create", "task", task_ids, [t["patient_id"] for t in tasks])
        for plan, intake_id in zip(plans, intake_ids, strict=True):
            for when, action, entity in plan.events:
                self.events.append((when, action, entity, intake_id if entity == "intake" else plan.patient_id,
                                    plan.patient_id))
        rows = {pid: row for pid, row, _ in patients}
        outside = [p.patient_id for p in plans if p.outside]
        for pid in outside:
            rows[pid]["gp_staff_id"] = None
        if outside:
            s.execute(update(Patient.__table__).where(Patient.__table__.c.id.in_(outside)).values(gp_staff_id=None))
        taken = [p.patient_id for p in plans if p.taken_on_from_list]
        if taken:
            s.execute(update(Patient.__table__).where(Patient.__table__.c.id.in_(taken)).values(version=2))
        return plans

    def _due_care(self, patients) -> None:
        """Acts done for a share of each patient's items, then the chunk's due items."""
        g = self.g
        insert_rows(self.session, RecordedAct, demo_due_care.act_rows(
            g.rng, g.today, [(pid, row["birth_date"], row["sex"], row.get("country", "FR"),
                              [code for kind, code, _ in problems if kind != "allergy"]) for pid, row, problems in patients],
            g.by))
        due_care_engine.refresh_patients(self.session, [pid for pid, _, _ in patients])

    def _alerts(self, patients, by_patient) -> None:
        g, s = self.g, self.session
        alerts, threads = [], []
        for pid, row, _ in patients:
            current = [x for x in by_patient.get(pid, []) if not x[1].get("stopped_at")]
            age = (g.today - row["birth_date"]).days / 365.25
            if age >= 65 and len(current) >= 5 and g.wants("alert", g.alerts.count):
                made = g.alerts.from_review(s, pid)
                if made:
                    alerts.append(made[0])
                    threads.append(made[1])
        recons = []
        for pid, _, _ in patients:
            current = [x for x in by_patient.get(pid, []) if not x[1].get("stopped_at")]
            if len(current) >= 2 and g.wants("reconciliation"):
                discharge = g.today - timedelta(days=g.rng.randint(5, 700))
                recon, alert, items = g.alerts.reconciliation(pid, discharge, current[:2], g.by,
                                                              answered=len(recons) % 2 == 1)
                recons.append((recon, items))
                alerts.append(alert)
                threads.append(g.alerts.grouped_thread(alert))
        alert_ids = insert_with_ids(s, Alert, alerts)
        insert_rows(s, AlertMessage, [dict(m, alert_id=a) for a, t in zip(alert_ids, threads, strict=True)
                                                   for m in t])
        self.audit([a["created_at"] for a in alerts], "alert.raise", "alert", alert_ids, [a["patient_id"] for a in alerts])
        if recons:
            recon_ids = insert_with_ids(s, Reconciliation, [r for r, _ in recons])
            grouped = alert_ids[len(alert_ids) - len(recons):]
            insert_rows(s, ReconciliationItem,
                      [dict(item, reconciliation_id=rid, alert_id=aid) for rid, aid, (_, items)
                       in zip(recon_ids, grouped, recons, strict=True) for item in items])
            self.audit([r["created_at"] for r, _ in recons], "reconciliation.create", "reconciliation", recon_ids,
                       [r["patient_id"] for r, _ in recons])

    def _team(self, patients) -> None:
        g, s, team = self.g, self.session, self.g.team
        plans, tasks, enrolments, events, referrals = [], [], [], [], []
        for pid, row, problems in patients:
            age = (g.today - row["birth_date"]).days / 365.25
            conditions = [(code, label) for kind, code, label in problems if kind == "condition"]
            codes = {code for code, _ in conditions}
            if age >= 70 and len(conditions) >= 2 and g.wants("care_plan"):
                plans.append(team.care_plan(pid, conditions))
            if age >= 18 and g.wants("protocol"):
                made = team.protocol_task(pid, codes)
                if made and (made[1]["protocol_code"], pid) not in g.enrolled:
                    g.enrolled.add((made[1]["protocol_code"], pid))
                    tasks.append(made[0])
                    enrolments.append(made[1])
            if age >= 50 and g.wants("recall"):
                tasks.append(team.recall(pid))
            if g.wants("frequent_ed"):
                events.append((pid, team.hospital_events(pid, frequent=True)))
            elif g.wants("hospital"):
                events.append((pid, team.hospital_events(pid, frequent=False)))
            if g.wants("referral"):
                referrals.append(team.referral(pid))
        insert_rows(s, ProtocolEnrolment, enrolments)
        self._plans(plans, tasks)
        task_ids = insert_with_ids(s, Task, tasks)
        self.audit([t["created_at"] for t in tasks], "task.create", "task", task_ids, [t["patient_id"] for t in tasks])
        self._events(events)
        referral_ids = insert_with_ids(s, Referral, referrals)
        self.audit([r["created_at"] for r in referrals], "referral.create", "referral", referral_ids,
                   [r["patient_id"] for r in referrals])
        self._meetings([p for p in plans if g.wants("meeting_case")])

    def _plans(self, plans: list[dict], tasks: list[dict]) -> None:
        s, g = self.session, self.g
        plan_ids = insert_with_ids(s, CarePlan, [p["plan"] for p in plans])
        for plan_id, p in zip(plan_ids, plans, strict=True):
            p["id"] = plan_id
        insert_rows(s, CarePlanMember, [dict(p["member"], plan_id=p["id"]) for p in plans])
        problem_ids = insert_with_ids(s, CarePlanProblem, [dict(x, plan_id=p["id"]) for p in plans for x in p["problems"]])
        goals = []
        cursor = 0
        for p in plans:
            ids = problem_ids[cursor:cursor + len(p["problems"])]
            cursor += len(p["problems"])
            goals += [dict(goal, plan_id=p["id"], problem_ids=str(pid)) for goal, pid in zip(p["goals"], ids, strict=False)]
        insert_with_ids(s, CarePlanGoal, goals)
        action_ids = insert_with_ids(s, CarePlanAction, [dict(a, plan_id=p["id"]) for p in plans for a in p["actions"]])
        cursor = 0
        versions = []
        for p in plans:
            ids = action_ids[cursor:cursor + len(p["actions"])]
            cursor += len(p["actions"])
            tasks += g.team.action_tasks(p["plan"]["patient_id"], p, ids, g.by)
            kept = plan_service.snapshot(s, s.get(CarePlan, p["id"]))   # the version as the plan service keeps it
            versions.append({"plan_id": p["id"], "version": p["plan"]["version"], "revision": p["plan"]["revision"],
                             "status": p["plan"]["status"], "change": "demo", "snapshot": json.dumps(kept, default=str),
                             "saved_at": p["plan"]["updated_at"], "saved_by": p["plan"]["updated_by"]})
        insert_rows(s, CarePlanVersion, versions)
        self.audit([p["plan"]["created_at"] for p in plans], "care_plan.create", "care_plan", plan_ids,
                   [p["plan"]["patient_id"] for p in plans])

    def _events(self, events: list[tuple[int, list[dict]]]) -> None:
        s, g = self.session, self.g
        flat = [e for _, rows in events for e in rows]
        ids = insert_with_ids(s, HospitalEvent, flat)
        self.audit([e["created_at"] for e in flat], "hospital_event.record", "hospital_event", ids,
                   [e["patient_id"] for e in flat])
        cursor, daums = 0, []
        for pid, rows in events:
            event_ids = ids[cursor:cursor + len(rows)]
            cursor += len(rows)
            alert = g.team.daum_alert(pid, rows, event_ids)
            if alert:
                daums.append(alert)
        daum_ids = insert_with_ids(s, DaumAlert, daums)
        tasks = [task_row(f"Passages aux urgences répétés ({d['visit_count']})", "daum_alert", d["patient_id"],
                          TaskStatus.COMPLETED if d["status"] == "acknowledged" else TaskStatus.REQUESTED,
                          d["trigger_date"] + timedelta(days=1), pool="coordinator", by=g.by, origin_type="other",
                          origin_id=i, dedup=f"daum:{i}", priority="urgent") for i, d in zip(daum_ids, daums, strict=True)]
        task_ids = insert_with_ids(s, Task, tasks)
        if daum_ids:
            s.execute(update(DaumAlert.__table__).where(DaumAlert.__table__.c.id == bindparam("b_id"))
                      .values(task_id=bindparam("b_task")),
                      [{"b_id": a, "b_task": t} for a, t in zip(daum_ids, task_ids, strict=True)])
        self.audit([d["created_at"] for d in daums], "daum.raise", "daum_alert", daum_ids, [d["patient_id"] for d in daums])

    def _meetings(self, plans: list[dict]) -> None:
        s, g = self.session, self.g
        if not plans:
            return
        cases = []
        for p in plans:
            meeting_id, day = g.rng.choice(g.meetings)
            question = "Réévaluation du plan de soins et du traitement"
            cases.append(({"meeting_id": meeting_id, "patient_id": p["plan"]["patient_id"], "question": question,
                           "discussion": "Discussion en équipe.", "search_text": search_text(question)}, day, p))
        case_ids = insert_with_ids(s, MeetingCase, [c for c, _, _ in cases])
        decisions = []
        for case_id, (_, day, p) in zip(case_ids, cases, strict=True):
            kind = g.team._next("decision", ("note", "task", "care_plan"))
            nurse = g.team.who("nurse")[0]
            decisions.append({"case_id": case_id, "kind": kind, "text": "Adapter le suivi à domicile.",
                              "assignee_staff_id": nurse if kind == "task" else None, "pool_role": None,
                              "due_date": day + timedelta(days=30) if kind != "note" else None, "task_id": None,
                              "care_plan_id": p["id"] if kind == "care_plan" else None, "created_at": stamp(day, 18)})
        decision_ids = insert_with_ids(s, MeetingDecision, decisions)
        tasks, owners = [], []
        for i, d, (case, day, p) in zip(decision_ids, decisions, cases, strict=True):
            if d["kind"] == "note":
                continue
            assignee = d["assignee_staff_id"] or p["plan"]["referent_staff_id"]
            tasks.append(task_row(d["text"], "meeting_decision", case["patient_id"],
                                  g.team._next("decision_task", (TaskStatus.REQUESTED, TaskStatus.COMPLETED)), day,
                                  assignee=assignee, by=g.by, origin_type="other", origin_id=i,
                                  dedup=f"meeting_decision:{i}", due=d["due_date"]))
            owners.append(i)
        task_ids = insert_with_ids(s, Task, tasks)
        if task_ids:
            s.execute(update(MeetingDecision.__table__).where(MeetingDecision.__table__.c.id == bindparam("b_id"))
                      .values(task_id=bindparam("b_task")),
                      [{"b_id": d, "b_task": t} for d, t in zip(owners, task_ids, strict=True)])
        self.audit([stamp(day, 18) for _, day, _ in cases], "meeting.case", "meeting_case", case_ids,
                   [c["patient_id"] for c, _, _ in cases])

    def _messages(self, patients) -> None:
        """A thread about some patients: a nurse asks the médecin traitant (mentioned), who answers; one in five
        urgent. Each has read the thread up to their own message."""
        s, g = self.session, self.g
        rows, doctors = [], dict(g.staff["physician"])
        for pid, row, _ in patients:
            if g.wants("message"):
                day = g.today - timedelta(days=g.rng.randint(0, 60))
                gp = row.get("gp_staff_id")
                doctor = (gp, doctors[gp]) if gp in doctors else g.team.who("physician")
                rows.append((pid, day, g.team.who("nurse"), doctor, len(rows) % 5 == 0))
        thread_ids = insert_with_ids(s, MessageThread, [
            {"patient_id": pid, "subject": "Suivi à domicile", "created_by_staff_id": nurse[0],
             "created_at": stamp(day, 9), "last_message_at": stamp(day, 17)} for pid, day, nurse, _, _ in rows])
        messages = []
        for tid, (_pid, day, nurse, doctor, urgent) in zip(thread_ids, rows, strict=True):
            ask = "Tension basse au passage de ce matin, vertiges au lever : à revoir ?"
            messages += [{"thread_id": tid, "author_staff_id": nurse[0], "author_name": nurse[1], "body": ask,
                          "urgent": urgent, "mentions": str(doctor[0]), "search_text": search_text("Suivi à domicile",
                                                                                                   ask),
                          "created_at": stamp(day, 9)},
                         {"thread_id": tid, "author_staff_id": doctor[0], "author_name": doctor[1],
                          "body": "Vu, je le rappelle cet après-midi.", "urgent": False, "mentions": "",
                          "search_text": search_text("Suivi à domicile", "Vu, je le rappelle cet après-midi."),
                          "created_at": stamp(day, 17)}]
        message_ids = insert_with_ids(s, TeamMessage, messages)
        insert_rows(s, MessageMention, [{"message_id": message_ids[2 * i], "staff_id": r[3][0]}
                                        for i, r in enumerate(rows)])
        insert_rows(s, ThreadReadMark, [
            {"thread_id": tid, "staff_id": who, "last_read_message_id": message_ids[2 * i + k],
             "read_at": messages[2 * i + k]["created_at"]}
            for i, (tid, r) in enumerate(zip(thread_ids, rows, strict=True))
            for k, who in ((0, r[2][0]), (1, r[3][0])) if not (k == 0 and who == r[3][0])])
        self.audit([m["created_at"] for m in messages], "message.post", "team_message", message_ids,
                   [r[0] for r in rows for _ in (0, 1)])

    def _write_audit(self, size: int) -> None:
        for event in sorted(self.events, key=lambda e: (e[0], e[3] or 0)):
            when, action, entity_type, entity_id, patient_id = event[:5]
            if len(event) == 5:   # made by whoever runs the generator
                self.ctx.audit(self.session, action, entity_type=entity_type, entity_id=entity_id,
                               patient_id=patient_id, occurred_at=when)
                continue
            detail, actor = event[5:]
            by = self.ctx.in_same_unit_as(self.g.actors[actor] if actor is not None else SYSTEM)
            by.audit(self.session, action, entity_type=entity_type, entity_id=entity_id, patient_id=patient_id,
                     detail=detail[:1000], occurred_at=when)
        self.ctx.audit(self.session, "demo.generate", entity_type="patient",
                       detail=f"{size} generated patients with their records, seed {self.g.seed}")


class _Generator:
    def wants(self, what: str, made: int | None = None) -> bool:
        """Whether an eligible patient gets ``what``: its share, or surely while fewer than ``AT_LEAST`` were
        made (``made``: the count when the maker keeps it, else the times this said yes)."""
        done = self.made.get(what, 0) if made is None else made
        yes = done < AT_LEAST.get(what, 0) or self.rng.random() < SHARES[what]
        if yes and made is None:
            self.made[what] = done + 1
        return yes

    def __init__(self, ctx: ServiceContext, seed: int, today: date):
        self.seed, self.today, self.by = seed, today, ctx.actor.display_name
        self.rng = random.Random(seed)
        self.pools = base.pools_for(seed)
        with ctx.reading() as session:
            self.staff = _staff(session)
            self.clinical = ClinicalBuilder(session, self.rng, today, [i for i, _ in self.staff["physician"]], self.by)
            self.meetings = list(session.execute(select(ConcertationMeeting.id, ConcertationMeeting.meeting_date)
                                                 .order_by(ConcertationMeeting.id)).all())
            self.enrolled = set(session.execute(select(ProtocolEnrolment.protocol_code,
                                                       ProtocolEnrolment.patient_id)).all())
            self.actors = {m.id: actor_for(m) for m in session.execute(select(Staff)).scalars()}
            practice = session.execute(select(Practice)).scalars().one()
        self.made: dict[str, int] = {}
        self.alerts = AlertBuilder(self.rng, today, self.staff["physician"], self.staff["pharmacist"][0])
        self.team = TeamBuilder(self.rng, today, self.staff)
        self.deprescribing = DeprescribingBuilder(self.rng, today, self.staff, self.clinical)
        self.break_glass = BreakGlassBuilder(self.rng, today, self.staff, practice.break_glass_minutes,
                                             practice.break_glass_read_only)
        self.intake = IntakeBuilder(self.rng, today, self.staff)


def generate_practice(ctx: ServiceContext, count: int, seed: int = 1, progress: Progress | None = None,
                      today: date | None = None) -> dict[str, int]:
    """Add ``count`` generated patients with the whole practice's records (reproducible with ``seed``); calls
    ``progress(done, count)`` after each chunk. Returns the patients and medication lines added."""
    require(ctx, "patient.create")
    today = today or date.today()
    _prepare(ctx, today)
    maturity.add_maturity_history(ctx, today, seed)
    directory.add_demo_resources(ctx)   # the local resources and pathways (no patient data)
    exchange.add_demo_directory_exchange(ctx, {})   # a CPTS practice's directory package, imported once
    gen = _Generator(ctx, seed, today)
    made = {"patients": 0, "lines": 0}
    while made["patients"] < count:
        size = min(CHUNK, count - made["patients"])
        with ctx.transaction() as session:
            done = _Chunk(ctx, session, gen).run(size)
        for key, value in done.items():
            made[key] += value
        if progress:
            progress(made["patients"], count)
    return made
