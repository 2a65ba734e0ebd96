"""What an access decision reads from the database: the account as it is now, a patient's care team, the records'
relationship facts, and which patients a list may show.

The account (active flag, roles) and the practice's chart access setting are read in one query, at most once per
unit of work (kept in the session's ``info``): a deactivation or a change of roles takes effect at the next
action, whatever the user's session cached at login.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import String, and_, cast, literal, null, or_, union, union_all
from sqlmodel import Session, select

from app.models.alert import OPEN_STATES, Alert
from app.models.base import utcnow
from app.models.break_glass import BreakGlassGrant
from app.models.care_plan import CarePlan, CarePlanAction, CarePlanMember, PlanStatus
from app.models.coordination import CoordinationDocument, DaumAlert
from app.models.patient import Patient
from app.models.practice import Practice
from app.models.staff import Staff
from app.models.task import OPEN_STATUSES, Task
from app.services.security.actor import Actor
from app.services.security.policy import FRONT_DESK
from app.services.security.relations import OPEN, Account, PatientTeam, Record

if TYPE_CHECKING:
    from app.services.kernel.context import ServiceContext  # type hints only: the context sits above security

_ACCOUNTS = "cordee.accounts"
_OPEN_TASKS = [s.value for s in OPEN_STATUSES]
_OPEN_ALERTS = [s.value for s in OPEN_STATES]
_NOBODY: frozenset = frozenset()   # one empty set shared by the teams without anyone in a part
_BATCH = 120   # patients per team query (7 branches: under SQLite's 999 parameters)


def system_account(actor: Actor) -> Account | None:
    """The account of an actor that is no staff member (the system, the command line): allowed everything."""
    return Account(None, actor.roles) if "system" in actor.roles or actor.staff_id is None else None


def load_account(session: Session, actor: Actor) -> Account:
    """The actor's account as the database has it now (one query per unit of work)."""
    known = system_account(actor)
    if known is not None:
        return known
    cache = session.info.setdefault(_ACCOUNTS, {})
    if actor.staff_id in cache:
        return cache[actor.staff_id]
    setting = select(Practice.chart_access).limit(1).scalar_subquery()
    row = session.execute(select(Staff.active, Staff.roles, setting).where(Staff.id == actor.staff_id)).first()
    if row is None:
        account = Account(actor.staff_id, frozenset(), active=False)
    else:
        account = Account(actor.staff_id, frozenset((row[1] or "").split()), bool(row[0]), row[2] or OPEN)
    cache[actor.staff_id] = account
    return account


def current_account(ctx: ServiceContext) -> Account:
    """The acting user's account now, read in the context's unit of work (or a short read of its own)."""
    known = system_account(ctx.actor)
    if known is not None:
        return known
    with ctx.reading() as session:
        return load_account(session, ctx.actor)


# -- a patient's care team --------------------------------------------------------------------------------------
def _in_force():
    return CarePlan.status != PlanStatus.CLOSED


def _team_query(patients, today: date):
    """(patient id, staff id, role) rows: "gp" for the médecin traitant, a pool role, or no role for a member."""
    no_role = cast(null(), String)
    return union_all(
        select(Patient.id, Patient.gp_staff_id, literal("gp", String)).where(patients(Patient.id)),
        select(CarePlan.patient_id, CarePlanMember.staff_id, no_role)
        .join(CarePlan, CarePlan.id == CarePlanMember.plan_id).where(
            patients(CarePlan.patient_id), _in_force(), CarePlanMember.staff_id.is_not(None),
            or_(CarePlanMember.end_date.is_(None), CarePlanMember.end_date >= today)),
        select(CarePlan.patient_id, CarePlan.referent_staff_id, no_role).where(
            patients(CarePlan.patient_id), _in_force(), CarePlan.referent_staff_id.is_not(None)),
        select(CarePlan.patient_id, CarePlanAction.responsible_staff_id, no_role)
        .join(CarePlan, CarePlan.id == CarePlanAction.plan_id).where(
            patients(CarePlan.patient_id), _in_force(), CarePlanAction.responsible_staff_id.is_not(None)),
        select(Task.patient_id, Task.assignee_staff_id, Task.pool_role).where(
            patients(Task.patient_id), Task.status.in_(_OPEN_TASKS)),
        select(Alert.patient_id, Alert.sender_staff_id, no_role).where(
            patients(Alert.patient_id), Alert.state.in_(_OPEN_ALERTS)),
        select(Alert.patient_id, Alert.recipient_staff_id, no_role).where(
            patients(Alert.patient_id), Alert.state.in_(_OPEN_ALERTS)),
    )


def patient_teams(session: Session, patient_ids, today: date | None = None, *, among=None) -> dict[int, PatientTeam]:
    """The médecin traitant and care team (``relations.PatientTeam``) of each patient, in one query.

    ``among``: a query of patient ids that holds all of ``patient_ids`` (the list's own query): one query whatever
    the number of patients, instead of one per batch of ids bound as parameters (thousands of ids cost seconds to
    bind and send)."""
    ids = sorted({int(p) for p in patient_ids if p is not None})
    today = today or date.today()
    if among is not None and len(ids) > _BATCH:
        wanted = set(ids)
        rows = [row for row in session.execute(_team_query(lambda column: column.in_(among), today)) if row[0] in wanted]
    else:
        rows = []
        for start in range(0, len(ids), _BATCH):   # a long list in batches: SQLite bounds the parameters of a query
            batch = ids[start:start + _BATCH]
            rows += session.execute(_team_query(lambda column, b=batch: column.in_(b), today)).all()
    gp: dict[int, int | None] = {}
    members: dict[int, set[int]] = defaultdict(set)
    pools: dict[int, set[str]] = defaultdict(set)
    for pid, staff, role in rows:
        if role == "gp":
            gp[pid] = staff
        elif staff is not None:
            members[pid].add(staff)
        elif role is not None:
            pools[pid].add(role)
    emergency: dict[int, set[int]] = defaultdict(set)
    writers: dict[int, set[int]] = defaultdict(set)
    wanted = set(ids)
    # Emergency accesses still running are few in any practice: all of them in one read, kept for these patients.
    for pid, staff, read_only in session.execute(select(
            BreakGlassGrant.patient_id, BreakGlassGrant.staff_id, BreakGlassGrant.read_only).where(
            BreakGlassGrant.expires_at > utcnow())):
        if pid in wanted:
            emergency[pid].add(staff)
            if not read_only:
                writers[pid].add(staff)

    def frozen(sets: dict, pid: int) -> frozenset:
        found = sets.get(pid)
        return frozenset(found) if found else _NOBODY
    return {pid: PatientTeam(pid, gp.get(pid), frozen(members, pid), frozen(pools, pid), frozen(emergency, pid),
                             frozen(writers, pid)) for pid in ids}


def patient_team(session: Session, patient_id: int | None, today: date | None = None) -> PatientTeam | None:
    """The patient's médecin traitant and care team (``relations.PatientTeam``), in one query."""
    if patient_id is None:
        return None
    return patient_teams(session, [patient_id], today)[patient_id]


def patient_record(session: Session, patient_id: int) -> Record:
    return Record("patient", patient_id, patient_team(session, patient_id))


def care_plan_record(session: Session, plan: CarePlan) -> Record:
    return Record("care_plan", plan.id, patient_team(session, plan.patient_id))


def action_record(plan: Record, action: CarePlanAction | dict) -> Record:
    """A care-plan action of a plan whose record is known (its responsible person or role)."""
    get = action.get if isinstance(action, dict) else (lambda name: getattr(action, name))
    return Record("care_plan_action", get("id"), plan.patient, recipient_id=get("responsible_staff_id"),
                  recipient_role=get("responsible_role"))


def alert_record(session: Session, alert: Alert, team: PatientTeam | None = None) -> Record:
    return Record("alert", alert.id, team or patient_team(session, alert.patient_id),
                  author_id=alert.sender_staff_id, recipient_id=alert.recipient_staff_id)


def task_record(session: Session | None, task: Task, team: PatientTeam | None = None) -> Record:
    """A task (``session`` None: without its patient's team, for the rules that need none)."""
    if team is None and session is not None:
        team = patient_team(session, task.patient_id)
    return Record("task", task.id, team, author_id=task.created_by_staff_id, recipient_id=task.assignee_staff_id,
                  recipient_role=task.pool_role)


def document_record(doc: CoordinationDocument, team: PatientTeam | None) -> Record:
    return Record("document", doc.id, team, author_id=doc.added_by_staff_id,
                  restricted_staff=frozenset(int(x) for x in (doc.restricted_staff or "").split()),
                  restricted_roles=frozenset((doc.restricted_roles or "").split()))


def daum_record(session: Session, alert: DaumAlert) -> Record:
    return Record("daum_alert", alert.id, patient_team(session, alert.patient_id), recipient_role=alert.recipient_role)


# -- which patients a list may show -----------------------------------------------------------------------------
def related_patients(account: Account, today: date | None = None):
    """A select of the ids of the patients whose care team includes the account (see ``PatientTeam``), and those
    of its unexpired emergency accesses."""
    today = today or date.today()
    me, roles = account.staff_id, sorted(account.roles)
    return union(
        select(Patient.id).where(Patient.gp_staff_id == me),
        select(CarePlan.patient_id).join(CarePlanMember, CarePlanMember.plan_id == CarePlan.id).where(
            _in_force(), CarePlanMember.staff_id == me,
            or_(CarePlanMember.end_date.is_(None), CarePlanMember.end_date >= today)),
        select(CarePlan.patient_id).where(_in_force(), CarePlan.referent_staff_id == me),
        select(CarePlan.patient_id).join(CarePlanAction, CarePlanAction.plan_id == CarePlan.id).where(
            _in_force(), CarePlanAction.responsible_staff_id == me),
        select(Task.patient_id).where(Task.patient_id.is_not(None), Task.status.in_(_OPEN_TASKS), or_(
            Task.assignee_staff_id == me, and_(Task.assignee_staff_id.is_(None), Task.pool_role.in_(roles)))),
        select(Alert.patient_id).where(Alert.state.in_(_OPEN_ALERTS),
                                       or_(Alert.sender_staff_id == me, Alert.recipient_staff_id == me)),
        select(BreakGlassGrant.patient_id).where(BreakGlassGrant.staff_id == me,
                                                 BreakGlassGrant.expires_at > utcnow()),
    )


def patient_scope(account: Account, purpose: str = "chart"):
    """The patients a list may show: None for all of them, or a select of patient ids.

    ``purpose`` "chart": lists of clinical records (alerts, tasks, referrals, plans …) — all patients when charts
    are open to every clinician, else the account's own. "register": the patient search — the front desk finds
    every patient to identify and book them (name, birth date, sex, town: the identity card, never the chart)."""
    if account.system or account.chart_access == OPEN:
        return None
    if purpose == "register" and account.roles & FRONT_DESK:
        return None
    return related_patients(account)


def visible(column, scope, *also) -> object:
    """A where-clause keeping the rows whose patient ``column`` is in ``scope`` (None: every row), or that match
    one of ``also`` (e.g. the rows addressed to the account)."""
    if scope is None:
        return True
    return or_(column.in_(scope), *also)
