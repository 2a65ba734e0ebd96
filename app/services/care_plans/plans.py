"""Shared care plans (HAS PPCS): create a plan, edit it and its items, read it whole.

The plan is the aggregate: every save names the plan version it was made on; a stale save is refused
with who changed the plan and when. Each save keeps a snapshot (``care_plan_version``). Content is edited
while the plan is a draft or being revised; once validated or active, only the progress of actions
(status and outcome) is recorded — by the team, or by the person the action is assigned to.
Lifecycle steps: ``care_plan_lifecycle``; actions → tasks → progress: ``care_plan_tasks``.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, datetime

from sqlalchemy import update
from sqlmodel import Session, select

from app.models.base import utcnow
from app.models.care_plan import (
    CarePlan,
    CarePlanAction,
    CarePlanGoal,
    CarePlanMember,
    CarePlanProblem,
    CarePlanUnmetNeed,
    CarePlanVersion,
    PlanStatus,
)
from app.models.patient import Patient
from app.models.staff import Staff
from app.services.care_plans import plan_input as ci
from app.services.care_plans.plan_input import (
    ActionInput,
    GoalInput,
    MemberInput,
    PlanInput,
    ProblemInput,
    UnmetNeedInput,
)
from app.services.errors import NotFoundError, StaleRecordError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.locks import locked
from app.services.security import records as access_records
from app.services.security.access import require
from app.services.security.relations import Record

EDITABLE = (PlanStatus.DRAFT, PlanStatus.REVISED)
ITEM_TABLES = {"member": CarePlanMember, "problem": CarePlanProblem, "goal": CarePlanGoal,
               "action": CarePlanAction, "unmet_need": CarePlanUnmetNeed}
PLAN_FIELDS = tuple(PlanInput.__dataclass_fields__)


@dataclass(frozen=True)
class PlanView:
    """A whole plan for the tab, the printouts and the export (items are plain dicts with their ids)."""

    id: int
    patient_id: int
    patient_name: str
    version: int
    revision: int
    status: str
    data: PlanInput
    referent_name: str
    members: list[dict]
    problems: list[dict]
    goals: list[dict]
    actions: list[dict]
    unmet_needs: list[dict]
    validated_by: str | None
    validated_at: datetime | None
    patient_agreement_date: date | None
    patient_agreement_how: str | None
    closed_at: datetime | None
    closed_reason: str | None
    updated_by: str
    updated_at: datetime
    progress: tuple[int, int]          # actions done, actions counted (cancelled ones are not counted)
    record: Record | None = None       # what access decisions on the plan need (the patient's gp and care team)

    def action_record(self, action: dict) -> Record:
        """What access decisions on one of the plan's actions need (its responsible person or role)."""
        return access_records.action_record(self.record, action)

    @property
    def progress_percent(self) -> int:
        done, total = self.progress
        return round(100 * done / total) if total else 0


@dataclass(frozen=True)
class PlanSummary:
    id: int
    status: str
    revision: int
    review_date: date | None
    updated_at: datetime


def _patient(session: Session, patient_id: int) -> Patient:
    patient = session.get(Patient, patient_id)
    if patient is None:
        raise NotFoundError("patient", patient_id)
    return patient


def get_plan_row(session: Session, plan_id: int, expected_version: int | None = None) -> CarePlan:
    """The plan; with ``expected_version`` (a change), locked first (``kernel.locks``: a plan before its tasks and
    actions) and a stale version refused with who/when."""
    plan = session.get(CarePlan, plan_id) if expected_version is None else locked(session, CarePlan, plan_id)
    if plan is None:
        raise NotFoundError("care_plan", plan_id)
    if expected_version is not None and plan.version != expected_version:
        raise StaleRecordError("care plan", plan_id, plan.updated_by, plan.updated_at)
    return plan


def plan_for(ctx: ServiceContext, session: Session, action: str, plan_id: int,
             expected_version: int | None = None) -> CarePlan:
    """The plan, once the user may do ``action`` on it (stale versions refused first)."""
    plan = get_plan_row(session, plan_id, expected_version)
    require(ctx, action, access_records.care_plan_record(session, plan))
    return plan


def bump(ctx: ServiceContext, session: Session, plan_id: int, expected_version: int, change: str,
         **values) -> CarePlan:
    """Save plan values on ``expected_version`` (stale: refused), keep a snapshot; returns the fresh plan."""
    result = session.execute(update(CarePlan).where(CarePlan.id == plan_id, CarePlan.version == expected_version)
                             .values(**values, version=expected_version + 1, updated_at=utcnow(),
                                     updated_by=ctx.actor.display_name))
    if result.rowcount != 1:
        get_plan_row(session, plan_id, expected_version)   # raises NotFound or Stale
    plan = get_plan_row(session, plan_id)
    session.refresh(plan)
    keep_version(ctx, session, plan, change)
    ctx.announce("care_plan.changed", plan_id=plan_id, patient_id=plan.patient_id)
    return plan


def keep_version(ctx: ServiceContext, session: Session, plan: CarePlan, change: str) -> None:
    session.add(CarePlanVersion(plan_id=plan.id, version=plan.version, revision=plan.revision, status=plan.status,
                                change=change[:200], snapshot=json.dumps(snapshot(session, plan), default=str),
                                saved_by=ctx.actor.display_name))


def _items(session: Session, table, plan_id: int) -> list:
    return list(session.exec(select(table).where(table.plan_id == plan_id).order_by(table.id)))


def _names(session: Session) -> dict[int, str]:
    return {s.id: s.display_name for s in session.exec(select(Staff))}


def snapshot(session: Session, plan: CarePlan) -> dict:
    """The plan as plain JSON-able values (what a version keeps and what the diff compares)."""
    names = _names(session)
    out = {name: getattr(plan, name) for name in PLAN_FIELDS}
    out["referent"] = names.get(plan.referent_staff_id, "")
    for key in ("status", "revision", "patient_agreement_date", "patient_agreement_how", "closed_reason"):
        out[key] = getattr(plan, key)
    out["validated_by"] = names.get(plan.validated_by_staff_id) if plan.validated_by_staff_id else None
    for kind, table in ITEM_TABLES.items():
        rows = []
        for item in _items(session, table, plan.id):
            row = item.model_dump(exclude={"plan_id"})
            if kind == "action":
                row["responsible"] = names.get(item.responsible_staff_id) or item.responsible_role or \
                    item.responsible_other or ""
            rows.append(row)
        out[kind + "s"] = rows
    return json.loads(json.dumps(out, default=str))


def create_plan(ctx: ServiceContext, patient_id: int, data: PlanInput) -> int:
    """Start a draft plan for a patient (one open plan per patient); returns its id."""
    with ctx.transaction() as session:
        _patient(session, patient_id)
        require(ctx, "care_plan.edit", access_records.patient_record(session, patient_id))
        values = ci.validated_plan(session, data)
        open_plan = session.exec(select(CarePlan.id).where(CarePlan.patient_id == patient_id,
                                                           CarePlan.status != PlanStatus.CLOSED)).first()
        if open_plan is not None:
            raise ValidationError("patient_id", "care_plans.open_plan_exists")
        plan = CarePlan(patient_id=patient_id, **values, updated_by=ctx.actor.display_name)
        session.add(plan)
        session.flush()
        keep_version(ctx, session, plan, "created")
        ctx.audit(session, "care_plan.create", entity_type="care_plan", entity_id=plan.id, patient_id=patient_id)
        ctx.announce("care_plan.changed", plan_id=plan.id, patient_id=patient_id)
        return plan.id


def _require_editable(plan: CarePlan) -> None:
    if plan.status not in EDITABLE:
        raise ValidationError("status", "care_plans.not_editable", plan_status=plan.status)


def update_plan(ctx: ServiceContext, plan_id: int, expected_version: int, data: PlanInput) -> int:
    """Save the plan's own fields; returns the new version."""
    with ctx.transaction() as session:
        plan = plan_for(ctx, session, "care_plan.edit", plan_id, expected_version)
        _require_editable(plan)
        values = ci.validated_plan(session, data)
        plan = bump(ctx, session, plan_id, expected_version, "plan details changed", **values)
        ctx.audit(session, "care_plan.update", entity_type="care_plan", entity_id=plan_id, patient_id=plan.patient_id)
        return plan.version


def _validated_item(session: Session, plan_id: int, kind: str, data) -> dict:
    if kind == "member":
        return ci.validated_member(session, data)
    if kind == "problem":
        return ci.validated_problem(data)
    if kind == "goal":
        return ci.validated_goal(data, {p.id for p in _items(session, CarePlanProblem, plan_id)})
    if kind == "action":
        return ci.validated_action(session, data, {g.id for g in _items(session, CarePlanGoal, plan_id)})
    if kind == "unmet_need":
        return ci.validated_unmet_need(data)
    raise ValidationError("kind", "care_plans.unknown_part", kind=kind)


def save_item(ctx: ServiceContext, plan_id: int, expected_version: int, kind: str,
              data: MemberInput | ProblemInput | GoalInput | ActionInput | UnmetNeedInput,
              item_id: int | None = None) -> tuple[int, int]:
    """Add (``item_id`` None) or change one item of the plan; returns (new plan version, item id)."""
    with ctx.transaction() as session:
        plan = plan_for(ctx, session, "care_plan.edit", plan_id, expected_version)
        _require_editable(plan)
        values = _validated_item(session, plan_id, kind, data)
        table = ITEM_TABLES[kind]
        if item_id is None:
            item = table(plan_id=plan_id, **values)
            session.add(item)
        else:
            item = get_item(session, kind, plan_id, item_id)
            for name, value in values.items():
                setattr(item, name, value)
        session.flush()
        word = "added" if item_id is None else "changed"
        plan = bump(ctx, session, plan_id, expected_version, f"{kind.replace('_', ' ')} {word}")
        ctx.audit(session, f"care_plan.{kind}", entity_type="care_plan", entity_id=plan_id,
                  patient_id=plan.patient_id, detail=f"{word} {item.id}")
        return plan.version, item.id


def get_item(session: Session, kind: str, plan_id: int, item_id: int):
    item = session.get(ITEM_TABLES[kind], item_id)
    if item is None or item.plan_id != plan_id:
        raise NotFoundError(f"care_plan_{kind}", item_id, plan_id=plan_id)
    return item


def remove_item(ctx: ServiceContext, plan_id: int, expected_version: int, kind: str, item_id: int) -> int:
    """Remove one item (links to it are dropped); returns the new plan version."""
    with ctx.transaction() as session:
        plan = plan_for(ctx, session, "care_plan.edit", plan_id, expected_version)
        _require_editable(plan)
        session.delete(get_item(session, kind, plan_id, item_id))
        if kind == "goal":
            for action in _items(session, CarePlanAction, plan_id):
                if action.goal_id == item_id:
                    action.goal_id = None
        if kind == "problem":
            for goal in _items(session, CarePlanGoal, plan_id):
                goal.problem_ids = " ".join(p for p in goal.problem_ids.split() if p != str(item_id))
        session.flush()
        plan = bump(ctx, session, plan_id, expected_version, f"{kind.replace('_', ' ')} removed")
        ctx.audit(session, f"care_plan.{kind}", entity_type="care_plan", entity_id=plan_id,
                  patient_id=plan.patient_id, detail=f"removed {item_id}")
        return plan.version


def _view(session: Session, plan: CarePlan, record: Record | None = None) -> PlanView:
    patient = session.get(Patient, plan.patient_id)
    snap = snapshot(session, plan)
    counted = [a for a in snap["actions"] if a["status"] != "cancelled"]
    data = PlanInput(**{name: getattr(plan, name) for name in PLAN_FIELDS})
    return PlanView(plan.id, plan.patient_id, f"{patient.family_name.upper()} {patient.given_names}", plan.version,
                    plan.revision, plan.status, data, snap["referent"], snap["members"],
                    snap["problems"], snap["goals"], snap["actions"], snap["unmet_needs"],
                    snap["validated_by"], plan.validated_at,
                    plan.patient_agreement_date, plan.patient_agreement_how, plan.closed_at, plan.closed_reason,
                    plan.updated_by, plan.updated_at,
                    (sum(1 for a in counted if a["status"] == "done"), len(counted)),
                    record or access_records.care_plan_record(session, plan))


def get_plan(ctx: ServiceContext, plan_id: int) -> PlanView:
    """The whole plan (audited read); action statuses follow their tasks as the tasks change."""
    with ctx.transaction() as session:
        plan = get_plan_row(session, plan_id)
        record = access_records.care_plan_record(session, plan)
        require(ctx, "care_plan.read", record)
        ctx.audit(session, "care_plan.open", entity_type="care_plan", entity_id=plan_id, patient_id=plan.patient_id)
        return _view(session, plan, record)


def patient_plans(ctx: ServiceContext, patient_id: int) -> list[PlanSummary]:
    """A patient's plans, the open one first, then closed ones newest first."""
    with ctx.transaction() as session:
        _patient(session, patient_id)
        require(ctx, "care_plan.read", access_records.patient_record(session, patient_id))
        rows = session.exec(select(CarePlan).where(CarePlan.patient_id == patient_id)
                            .order_by(CarePlan.id.desc())).all()
        out = [PlanSummary(p.id, p.status, p.revision, p.review_date, p.updated_at) for p in rows]
        return sorted(out, key=lambda s: s.status == PlanStatus.CLOSED)


def current_plan_id(ctx: ServiceContext, patient_id: int) -> int | None:
    """The patient's plan that is not closed (else the latest closed one, else None)."""
    plans = patient_plans(ctx, patient_id)
    return plans[0].id if plans else None


def as_input(view: PlanView, **changes) -> PlanInput:
    values = asdict(view.data)
    values.update(changes)
    return PlanInput(**values)
