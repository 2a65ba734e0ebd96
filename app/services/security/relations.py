"""Access decided on the record: the relationship rule of every action, in one table, deny by default.

A decision combines the account as it is now (active, roles: ``Account``), the role table (``policy.POLICY``) and
the record the action is about (``Record``): its patient's médecin traitant and care team, its author, its
recipient, its restrictions. ``decide`` is a pure function: the services call it with the account read from the
database in the unit of work (``access``), the screens with the account their session holds and the record data
the view already has — the same answer on both sides.

Without a record, the question is the role's ("could this role ever do it?"): a screen hides what the role can
never do, and disables, with the reason, what the relationship forbids.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from app.services.security.policy import FRONT_DESK, POLICY

OPEN = "open"
"""Practice setting: every clinician of the practice may read every chart (the default)."""
CIRCLE = "circle"
"""Practice setting: a chart is read by the patient's care team only (see ``PatientTeam``)."""
CHART_ACCESS = (OPEN, CIRCLE)

#: Reasons of a refusal that depend on the account, not on the record: a screen hides the action.
ACCOUNT_REASONS = frozenset({"role", "inactive"})


@dataclass(frozen=True)
class Account:
    """The acting staff member as the database has them now, and the practice's chart access setting."""

    staff_id: int | None
    roles: frozenset[str]
    active: bool = True
    chart_access: str = OPEN

    @property
    def system(self) -> bool:
        return "system" in self.roles


@dataclass(frozen=True)
class PatientTeam:
    """Who is related to a patient: the médecin traitant, the care circle of a plan in force (members who are
    staff, the referent, those responsible for an action), whoever has an open task on the patient (or the pool
    roles it is offered to) and the sender and recipient of an open alert."""

    patient_id: int
    gp_id: int | None = None
    members: frozenset[int] = frozenset()
    pools: frozenset[str] = frozenset()
    emergency: frozenset[int] = frozenset()
    """Staff outside the circle holding an unexpired emergency (break-glass) access to the chart."""
    emergency_writers: frozenset[int] = frozenset()
    """Those of ``emergency`` whose access may also change the chart (the practice's policy when it was granted)."""

    def includes(self, account: Account) -> bool:
        me = account.staff_id
        return me is not None and (me == self.gp_id or me in self.members) or bool(account.roles & self.pools)


@dataclass(frozen=True)
class Record:
    """What an access decision needs to know about a record (plain values; the UI holds them too).

    ``author_id``: who raised, created or added it. ``recipient_id`` / ``recipient_role``: the doctor an alert is
    sent to, the person or pool a task or a care-plan action is assigned to, the role a DAUM alert is addressed
    to. ``restricted_staff`` / ``restricted_roles``: a record restricted to named people or roles."""

    kind: str
    id: int | None = None
    patient: PatientTeam | None = None
    author_id: int | None = None
    recipient_id: int | None = None
    recipient_role: str | None = None
    restricted_staff: frozenset[int] = field(default_factory=frozenset)
    restricted_roles: frozenset[str] = field(default_factory=frozenset)

    @property
    def restricted(self) -> bool:
        return bool(self.restricted_staff or self.restricted_roles)


@dataclass(frozen=True)
class Decision:
    """Allowed, or refused with a reason code (``ACCOUNT_REASONS``: the account; others: the relationship)."""

    allowed: bool
    reason: str | None = None

    def __bool__(self) -> bool:
        return self.allowed

    @property
    def by_account(self) -> bool:
        """Refused whatever the record: the role (or a deactivated account) can never do it — hide the action."""
        return self.reason in ACCOUNT_REASONS


ALLOWED = Decision(True)
BREAK_GLASS = Decision(True, "break_glass")
"""Allowed only through an emergency access (the reads it makes are audited as such)."""
Rule = Callable[[Account, Record], str | None]


# -- the relationship rules: each returns None (allowed) or the reason of the refusal ----------------------------
def anyone(account: Account, record: Record) -> str | None:
    """No relationship needed (practice-wide actions; lists filter their rows themselves)."""
    return None


def chart(account: Account, record: Record) -> str | None:
    """The patient's chart: open to the practice's clinicians, or to the patient's care team only."""
    team = record.patient
    if team is None or account.chart_access == OPEN or team.includes(account):
        return None
    return "not_in_circle"


def register_or_chart(account: Account, record: Record) -> str | None:
    """The front desk works on the register (identity, booking, filing) of every patient; others need the chart."""
    return None if account.roles & FRONT_DESK else chart(account, record)


def gp(account: Account, record: Record) -> str | None:
    """The patient's médecin traitant; when the chart names none, a physician with access to the chart."""
    team = record.patient
    if team is None or team.gp_id is None:
        return chart(account, record)
    return None if account.staff_id == team.gp_id else "not_gp"


def recipient(account: Account, record: Record) -> str | None:
    """The person the record is addressed to (the recipient doctor of an alert)."""
    return None if account.staff_id is not None and account.staff_id == record.recipient_id else "not_recipient"


def party_or_chart(account: Account, record: Record) -> str | None:
    """The sender or the recipient of an alert; otherwise whoever may read the patient's chart."""
    if account.staff_id is not None and account.staff_id in (record.author_id, record.recipient_id):
        return None
    return chart(account, record)


def _task_worker(account: Account, record: Record) -> bool:
    if record.kind != "task":
        return False
    me = account.staff_id
    return (me is not None and me in (record.recipient_id, record.author_id)) \
        or (record.recipient_id is None and record.recipient_role in account.roles) \
        or bool(account.roles & POLICY["task.supervise"])


def worker(account: Account, record: Record) -> str | None:
    """A task: its assignee, a member of its pool, its creator, or a supervisor."""
    return None if _task_worker(account, record) else "not_worker"


def worker_or_chart(account: Account, record: Record) -> str | None:
    """Reading a task: whoever may work on it, or read the chart of its patient."""
    return None if _task_worker(account, record) else chart(account, record)


def pool_member(account: Account, record: Record) -> str | None:
    """Claiming a task: it waits, unassigned, in the pool of one of the account's roles."""
    return None if record.recipient_id is None and record.recipient_role in account.roles else "not_in_pool"


def responsible_or_team(account: Account, record: Record) -> str | None:
    """A care-plan action's progress: the care team (who may edit plans), or the person or role responsible."""
    if account.roles & POLICY["care_plan.edit"]:
        return chart(account, record)
    me = account.staff_id
    if (me is not None and me == record.recipient_id) or record.recipient_role in account.roles:
        return None
    return "not_responsible"


def named_or_chart(account: Account, record: Record) -> str | None:
    """A document: its author; when restricted, the people and roles it names; otherwise the chart's readers."""
    me = account.staff_id
    if me is not None and me == record.author_id:
        return None
    if record.restricted:
        named = (me is not None and me in record.restricted_staff) or bool(account.roles & record.restricted_roles)
        return None if named else "restricted"
    return chart(account, record)


def addressee_or_chart(account: Account, record: Record) -> str | None:
    """A DAUM alert: the role it is addressed to, or whoever may read the patient's chart."""
    return None if record.recipient_role in account.roles else chart(account, record)


def author(account: Account, record: Record) -> str | None:
    """The person who wrote the record (a team message), nobody else."""
    return None if account.staff_id is not None and account.staff_id == record.author_id else "not_author"


def oneself(account: Account, record: Record) -> str | None:
    """The user's own account (their preferences), nobody else's."""
    return None if account.staff_id is not None and account.staff_id == record.id else "not_self"


RULES: dict[str, Rule] = {
    # patient register and chart
    "patient.search": anyone,              # the results are filtered (records.patient_scope)
    "patient.identify": register_or_chart,
    "patient.read": chart,
    "patient.create": anyone,
    "patient.edit": register_or_chart,     # without the chart, the identity only (patients.records)
    "patient.export": chart,
    # medication list and clinical values
    "medication.read": chart,
    "medication.prescribe": chart,
    "medication.record_self": chart,
    "observation.record": chart,
    # tasks, worklists, recalls, protocols, renewals
    "task.read": worker_or_chart,
    "task.create": register_or_chart,
    "task.work": worker,
    "task.claim": pool_member,
    "task.assign": worker,
    "task.supervise": anyone,
    "absence.manage": anyone,
    "recall.run": anyone,
    "due_care.read": chart,
    "due_care.record": chart,
    "due_care.list": anyone,
    "intake.list": anyone,
    "intake.manage": register_or_chart,     # a new patient has no care team yet: the front desk takes them in
    "assessment.read": chart,
    "assessment.record": chart,
    "protocol.read": anyone,
    "protocol.manage": anyone,
    "protocol.enrol": chart,
    "renewal.request": chart,
    "renewal.read": chart,
    # shared care plans
    "care_plan.read": chart,
    "care_plan.edit": chart,
    "care_plan.work": responsible_or_team,
    "care_plan.validate": gp,
    "care_plan.activate": chart,
    "care_plan.close": chart,
    "care_plan.export": chart,
    "care_plan.review_list": anyone,
    # alerts, reconciliation, review worksheet
    "alert.read": party_or_chart,
    "alert.raise": chart,
    "alert.discuss": party_or_chart,
    "alert.answer": recipient,
    "exchange.card": anyone,               # the installation's own card, no patient record
    "exchange.partner": anyone,
    "exchange.send": party_or_chart,       # an alert (one's own, or of a chart one may read) to a partner
    "exchange.receive": anyone,            # no record before the package is matched to its patient
    "reconciliation.record": chart,
    "reconciliation.validate": chart,
    "review.worksheet": chart,
    "deprescribing.plan": chart,
    "deprescribing.confirm": chart,
    "knowledge.update": anyone,            # the practice's knowledge, no patient record
    "catalogue.import": anyone,            # the practice's drug catalogue, no patient record
    # coordination
    "hospital_event.read": chart,
    "hospital_event.record": register_or_chart,
    "document.read": named_or_chart,
    "document.add": register_or_chart,
    "document.export": named_or_chart,
    "daum.read": addressee_or_chart,
    "daum.acknowledge": addressee_or_chart,
    "referral.read": chart,
    "referral.create": chart,
    "referral.update": register_or_chart,
    "meeting.read": anyone,
    "meeting.manage": anyone,
    "teleconsultation.read": chart,        # the list is filtered (register scope); the conclusion needs the chart
    "teleconsultation.book": register_or_chart,
    "teleconsultation.conclude": chart,
    "indicators.read": anyone,
    "indicators.export": anyone,
    "maturity.answer": anyone,             # the team's organisation, no patient record
    "maturity.results": anyone,
    "maturity.manage": anyone,
    # team messages
    "message.read": chart,
    "message.post": chart,
    "message.retract": author,
    "survey.answer": anyone,        # anonymous: no record to relate to
    "survey.results": anyone,
    "survey.configure": anyone,
    # staff accounts, practice settings, audit trail
    "staff.read": anyone,
    "staff.manage": anyone,
    "staff.preferences": oneself,
    "practice.configure": anyone,
    "audit.read": anyone,
    "backup.run": anyone,
    "audit.verify": anyone,
    # emergency access to a chart outside the care circle, and its review
    "break_glass.request": anyone,         # the service refuses a chart the user may already read
    "break_glass.review": anyone,
    # the directory holds no patient data
    "directory.read": anyone,
    "directory.edit": anyone,
}


def _reads(action: str) -> bool:
    """Actions that only read a chart (what a read-only emergency access allows)."""
    return action.endswith(".read") or action == "patient.identify"


def emergency(account: Account, action: str, record: Record) -> Decision:
    """A chart refused to someone outside the care circle: open through an unexpired emergency access of theirs,
    for reading, and for changes when that access is not read-only."""
    team, me = record.patient, account.staff_id
    if team is None or me is None or me not in team.emergency:
        return Decision(False, "not_in_circle")
    if _reads(action) or me in team.emergency_writers:
        return BREAK_GLASS
    return Decision(False, "break_glass_read_only")


def decide(account: Account, action: str, record: Record | None = None) -> Decision:
    """The one access decision: account (active, roles), role table, then the action's relationship rule."""
    if account.system:
        return ALLOWED
    if not account.active:
        return Decision(False, "inactive")
    roles = POLICY.get(action)
    if roles is None or not account.roles & roles:
        return Decision(False, "role")
    rule = RULES.get(action)
    if rule is None:
        return Decision(False, "role")   # deny by default: an action without a rule is nobody's
    if record is None:
        return ALLOWED
    reason = rule(account, record)
    if reason == "not_in_circle":
        return emergency(account, action, record)
    return ALLOWED if reason is None else Decision(False, reason)
