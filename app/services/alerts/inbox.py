"""Reading alerts: the inbox with counts per state, a patient's alert history, one alert's thread,
and overdue handling (urgent alerts past their reply-by date are escalated to the coordinator).

Boxes: ``received`` (I am the recipient), ``sent`` (I raised it), ``escalated`` (urgent and
overdue: the coordinator's box) and ``all``. "overdue" is derived: an alert still waiting
(open, read, question, replied, partly answered) whose reply-by date has passed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_
from sqlmodel import Session, select

from app.models.alert import OPEN_STATES, Alert, AlertMessage, AlertState, Urgency
from app.models.base import utcnow
from app.models.patient import Patient
from app.models.staff import Staff
from app.services.alerts.alert_input import is_complete
from app.services.alerts.line_view import AlertLine, lines_of
from app.services.errors import NotFoundError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.shared_texts import say
from app.services.security import records as access_records
from app.services.security.access import require
from app.services.security.actor import SYSTEM
from app.services.security.relations import PatientTeam, Record
from app.services.tasks import task_flow as tasks
from app.services.tasks.task_input import TaskInput

BOXES = ("received", "sent", "escalated", "all")
STATES = tuple(s.value for s in AlertState)
COUNT_KEYS = STATES + ("overdue", "escalated")


@dataclass(frozen=True)
class AlertRow:
    """One line of an inbox or of a patient's alert history."""

    id: int
    version: int
    patient_id: int
    patient_name: str
    state: str
    urgency: str
    reply_by: date
    problem_category: str
    problem_text: str
    proposal_kind: str
    sender_name: str
    recipient_staff_id: int
    recipient_name: str
    created_at: datetime
    updated_at: datetime
    escalated: bool
    overdue: bool
    finding_rule: str | None
    reopened_count: int
    sender_staff_id: int | None = None
    team: PatientTeam | None = None

    @property
    def record(self) -> Record:
        """What access decisions on the alert need: its sender, its recipient, its patient's care team."""
        return Record("alert", self.id, self.team, author_id=self.sender_staff_id,
                      recipient_id=self.recipient_staff_id)

    @property
    def patient_record(self) -> Record:
        """What access decisions on the alert's patient need (their care team)."""
        return Record("patient", self.patient_id, self.team)


@dataclass(frozen=True)
class MessageRow:
    kind: str
    at: datetime
    author_name: str
    text: str | None
    changes: list
    padv: str | None = None


@dataclass(frozen=True)
class AlertDetail:
    """The whole alert: its row, the snapshots taken when raised, the proposal (kind in ``row.proposal_kind``,
    changes per line with their PADV codes; ``proposal_complete`` False only for an alert raised before the
    vocabulary whose kind needs changes it does not hold), the answer (``answer_code``) and the thread."""

    row: AlertRow
    sender_staff_id: int | None
    intervention_text: str | None
    medications: list
    clinical_context: list
    proposed_changes: list
    answer_text: str | None
    answered_at: datetime | None
    answered_by: str | None
    messages: tuple[MessageRow, ...]
    answer_code: str | None = None
    proposal_complete: bool = True
    lines: tuple[AlertLine, ...] = ()
    """The reconciliation lines of a grouped alert, each with its answer (empty for another alert)."""

    @property
    def grouped(self) -> bool:
        """True for a grouped alert: answered line by line."""
        return bool(self.lines)

    @property
    def record(self) -> Record:
        return self.row.record


INBOX_LIMIT = 500
"""A box lists its answered and closed alerts up to this many, newest first: years of a large practice hold
thousands, which cost a second to list and that nobody scrolls through (the alerts waiting are always all listed)."""
LIST_COLUMNS = (Alert.id, Alert.version, Alert.patient_id, Alert.state, Alert.urgency, Alert.reply_by,
                Alert.problem_category, Alert.problem_text, Alert.proposal_kind, Alert.sender_name,
                Alert.recipient_staff_id, Alert.created_at, Alert.updated_at, Alert.escalated_at, Alert.finding_rule,
                Alert.reopened_count, Alert.sender_staff_id)
"""What a list row shows (``_rows``), read as plain rows: the proposal, medications and clinical context stay in the
database, and no object is built per alert."""


def is_overdue(alert: Alert, today: date) -> bool:
    return alert.state in OPEN_STATES and alert.reply_by < today


def _rows(session: Session, alerts, today: date, among=None) -> list[AlertRow]:
    """List rows of loaded alerts; ``among``: a query of patient ids that holds theirs (``patient_teams``)."""
    pids = {a.patient_id for a in alerts}
    sids = {a.recipient_staff_id for a in alerts}
    names = {pid: f"{family.upper()} {given}" for pid, family, given in session.execute(
        select(Patient.id, Patient.family_name, Patient.given_names).where(Patient.id.in_(pids)))} if pids else {}
    staff = {s.id: s.display_name for s in session.exec(select(Staff).where(Staff.id.in_(sids)))} if sids else {}
    teams = access_records.patient_teams(session, pids, among=among)
    return [AlertRow(a.id, a.version, a.patient_id, names.get(a.patient_id, "?"), a.state, a.urgency, a.reply_by,
                     a.problem_category, a.problem_text, a.proposal_kind, a.sender_name, a.recipient_staff_id,
                     staff.get(a.recipient_staff_id, "?"), a.created_at, a.updated_at, a.escalated_at is not None,
                     is_overdue(a, today), a.finding_rule, a.reopened_count, a.sender_staff_id,
                     teams.get(a.patient_id)) for a in alerts]


def detail_of(session: Session, alert: Alert, today: date | None = None) -> AlertDetail:
    """An AlertDetail of a loaded alert (no access check: for the alerts service)."""
    messages = session.exec(select(AlertMessage).where(AlertMessage.alert_id == alert.id)
                            .order_by(AlertMessage.at, AlertMessage.id)).all()
    row = _rows(session, [alert], today or date.today())[0]
    proposed = json.loads(alert.proposed_changes)
    return AlertDetail(row, alert.sender_staff_id, alert.intervention_text, json.loads(alert.medications),
                       json.loads(alert.clinical_context), proposed, alert.answer_text,
                       alert.answered_at, alert.answered_by,
                       tuple(MessageRow(m.kind, m.at, m.author_name, m.text, json.loads(m.changes) if m.changes
                                        else [], m.padv) for m in messages),
                       alert.answer_code, is_complete(alert.proposal_kind, proposed), lines_of(session, alert.id))


def _box_filter(ctx: ServiceContext, session: Session, box: str):
    """The alerts of a box that the user may read (sender, recipient, or the patient's chart)."""
    me = ctx.actor.staff_id
    if box == "received":
        return Alert.recipient_staff_id == me
    if box == "sent":
        return Alert.sender_staff_id == me
    scope = access_records.patient_scope(access_records.load_account(session, ctx.actor))
    mine = access_records.visible(Alert.patient_id, scope, Alert.sender_staff_id == me,
                                  Alert.recipient_staff_id == me)
    if box == "escalated":
        return and_(Alert.escalated_at.is_not(None), mine)
    return mine


def default_box(ctx: ServiceContext) -> str:
    """What a user's inbox shows first: doctors their received alerts, the coordinator escalations, others sent."""
    roles = access_records.current_account(ctx).roles
    if "physician" in roles:
        return "received"
    if "coordinator" in roles and not roles & {"pharmacist", "nurse", "advanced_practice_nurse"}:
        return "escalated"
    return "sent"


def inbox(ctx: ServiceContext, box: str | None = None, state: str | None = None,
          today: date | None = None) -> list[AlertRow]:
    """The alerts of a box, newest first: every alert still waiting for an answer and the newest ``INBOX_LIMIT``
    others (the counts give the whole box); ``state`` filters (a state, "overdue" or "open_all"), again at most
    ``INBOX_LIMIT``."""
    box = box or default_box(ctx)
    if box not in BOXES:
        raise ValidationError("box", "one_of", allowed=BOXES)
    if state is not None and state not in COUNT_KEYS + ("waiting",):
        raise ValidationError("state", "one_of", allowed=COUNT_KEYS + ("waiting",))
    today = today or date.today()
    with ctx.transaction() as session:
        require(ctx, "alert.read")
        stmt = select(*LIST_COLUMNS).order_by(Alert.updated_at.desc(), Alert.id.desc())
        stmt = stmt.where(_box_filter(ctx, session, box))
        if state in STATES:
            stmt = stmt.where(Alert.state == state)
        elif state in ("overdue", "waiting"):
            stmt = stmt.where(Alert.state.in_([s.value for s in OPEN_STATES]))
            if state == "overdue":
                stmt = stmt.where(Alert.reply_by < today)
        elif state == "escalated":
            stmt = stmt.where(Alert.escalated_at.is_not(None))
        if state is None:   # every alert still waiting, then the newest of the others
            waiting = session.execute(stmt.where(Alert.state.in_([s.value for s in OPEN_STATES]))).all()
            others = session.execute(stmt.where(Alert.state.not_in([s.value for s in OPEN_STATES]))
                                  .limit(INBOX_LIMIT)).all()
            found = sorted(waiting + others, key=lambda a: (a.updated_at, a.id), reverse=True)
        else:
            found = session.execute(stmt.limit(INBOX_LIMIT)).all()
        among = stmt.with_only_columns(Alert.patient_id).order_by(None)   # the box's patients, as a subquery
        rows = _rows(session, found, today, among=among)
        ctx.audit(session, "alert.list", entity_type="alert", detail=f"{box} {state or ''} {len(rows)} rows".strip())
        return rows


def counts(ctx: ServiceContext, box: str | None = None, today: date | None = None) -> dict[str, int]:
    """Number of alerts per state in a box, plus "overdue", "escalated" and "waiting" (not audited: no content)."""
    today = today or date.today()
    with ctx.transaction() as session:
        require(ctx, "alert.read")
        box = box or default_box(ctx)
        stmt = select(Alert.state, Alert.reply_by, Alert.escalated_at).where(_box_filter(ctx, session, box))
        out = dict.fromkeys(COUNT_KEYS + ("waiting",), 0)
        for state, reply_by, escalated_at in session.execute(stmt):
            out[state] += 1
            if state in OPEN_STATES:
                out["waiting"] += 1
                out["overdue"] += reply_by < today
            out["escalated"] += escalated_at is not None
        return out


def patient_alerts(ctx: ServiceContext, patient_id: int, today: date | None = None) -> list[AlertRow]:
    """Every alert of the patient, closed ones included (the chart's Alerts tab; audited)."""
    with ctx.transaction() as session:
        if session.get(Patient, patient_id) is None:
            raise NotFoundError("patient", patient_id)
        require(ctx, "alert.read", access_records.patient_record(session, patient_id))
        alerts = session.exec(select(Alert).where(Alert.patient_id == patient_id)
                              .order_by(Alert.created_at.desc(), Alert.id.desc())).all()
        ctx.audit(session, "alert.history", entity_type="patient", entity_id=patient_id, patient_id=patient_id)
        return _rows(session, alerts, today or date.today())


def patient_details(ctx: ServiceContext, patient_id: int) -> list[AlertDetail]:
    """Every alert of the patient with its thread, oldest first (printouts; audited)."""
    with ctx.transaction() as session:
        if session.get(Patient, patient_id) is None:
            raise NotFoundError("patient", patient_id)
        require(ctx, "alert.read", access_records.patient_record(session, patient_id))
        alerts = session.exec(select(Alert).where(Alert.patient_id == patient_id).order_by(Alert.id)).all()
        ctx.audit(session, "alert.history", entity_type="patient", entity_id=patient_id, patient_id=patient_id)
        return [detail_of(session, a) for a in alerts]


def escalate_overdue(ctx: ServiceContext, today: date | None = None) -> list[int]:
    """Escalate urgent alerts past their reply-by date to the coordinator (once each): a message in the thread,
    the coordinator's inbox and, when the task service is there, a task in the coordinator pool."""
    require(ctx, "alert.read")
    today = today or date.today()
    escalated = []
    with ctx.transaction() as session:
        due = session.exec(select(Alert).where(Alert.urgency == Urgency.URGENT, Alert.escalated_at.is_(None),
                                               Alert.state.in_([s.value for s in OPEN_STATES]),
                                               Alert.reply_by < today)).all()
        for alert in due:
            alert.escalated_at = utcnow()
            alert.escalation_task_id = _coordinator_task(ctx, alert, say(session, "alert.escalated", id=alert.id))
            session.add(AlertMessage(alert_id=alert.id, kind="escalated", author_name=SYSTEM.display_name,
                                     text=say(session, "alert.escalated_message", date=f"{alert.reply_by:%d.%m.%Y}")))
            ctx.audit(session, "alert.escalate", entity_type="alert", entity_id=alert.id,
                      patient_id=alert.patient_id)
            ctx.announce("alert.changed", alert_id=alert.id, patient_id=alert.patient_id, state=alert.state,
                         recipient_staff_id=alert.recipient_staff_id, sender_staff_id=alert.sender_staff_id)
            escalated.append(alert.id)
    return escalated


def _coordinator_task(ctx: ServiceContext, alert: Alert, title: str) -> int | None:
    system = ctx.in_same_unit_as(SYSTEM)
    return tasks.create_task(system, TaskInput(
        title=title, description=alert.problem_text[:1000],
        task_type="alert_followup", patient_id=alert.patient_id, pool_role="coordinator", priority="urgent",
        due_date=date.today(), origin_type="alert", origin_id=alert.id), dedup_key=f"alert-escalation:{alert.id}")
