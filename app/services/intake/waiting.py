"""The waiting list of patients without a médecin traitant, in the priority order of ``resources/intake/priority.json``
(a long-term condition or frailty first, then the oldest request), and the intake counts of the dashboard."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, case, func, or_, select

from app.models.intake import INTAKE_STATUSES, Intake, IntakeStatus
from app.models.patient import Patient
from app.services.errors import ValidationError
from app.services.intake.checklist import label, priority
from app.services.kernel.context import ServiceContext
from app.services.kernel.text_search import fold
from app.services.security.access import require
from app.services.tasks import recurrence


@dataclass(frozen=True)
class WaitingRow:
    intake_id: int
    version: int
    patient_id: int
    patient_name: str
    birth_date: date
    age: int
    requested_on: date
    days_waiting: int
    long_term: bool
    frailty: bool
    first: bool          # put first by the priority rule
    reason: str | None
    patient_version: int = 1   # the patient's version read (taking the patient on saves the médecin traitant on it)


@dataclass(frozen=True)
class IntakeCounts:
    waiting: int
    waiting_first: int          # of which put first (long-term condition or frailty)
    in_progress: int
    done_this_month: int


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _first_expression():
    rule = priority()
    facts = {"long_term": Intake.long_term, "frailty": Intake.frailty}
    return or_(*(facts[f].is_(True) for f in rule.first))


def waiting_list(ctx: ServiceContext, text: str = "", only_first: bool = False,
                 status: str = IntakeStatus.WAITING) -> list[WaitingRow]:
    """The patients waiting, in the priority order (first those the rule puts first, then the oldest request);
    ``text`` filters on the name, ``only_first`` keeps those put first; ``status`` lists the intakes in progress,
    done or withdrawn instead, in the same order. Audited."""
    require(ctx, "intake.list")
    if status not in INTAKE_STATUSES:
        raise ValidationError("status", "one_of", allowed=", ".join(INTAKE_STATUSES))
    today = recurrence.today_local()
    first = _first_expression()
    query = (select(Intake, Patient.family_name, Patient.given_names, Patient.birth_date,
                    case((first, 0), else_=1).label("rank"), Patient.version)
             .join(Patient, Patient.id == Intake.patient_id).where(Intake.status == status))
    folded = fold(text or "").strip()
    if folded:
        query = query.where(Patient.search_text.like(f"%{folded}%"))
    if only_first:
        query = query.where(first)
    query = query.order_by("rank", getattr(Intake, priority().then), Intake.id)
    with ctx.transaction() as session:
        rows = session.execute(query).all()
        ctx.audit(session, "intake.list", entity_type="intake", detail=f"{status} {len(rows)}")
    return [WaitingRow(i.id, i.version, i.patient_id, f"{fam.upper()} {given}", born, _age(born, today),
                       i.requested_on, (today - i.requested_on).days, i.long_term, i.frailty, rank == 0, i.reason,
                       patient_version)
            for i, fam, given, born, rank, patient_version in rows]


def counts(ctx: ServiceContext) -> IntakeCounts:
    """Waiting (and how many of them first), in progress, done since the first of this month."""
    require(ctx, "intake.list")
    today = recurrence.today_local()
    month = today.replace(day=1)
    first = _first_expression()
    with ctx.transaction() as session:
        row = session.execute(select(
            func.count().filter(Intake.status == IntakeStatus.WAITING),
            func.count().filter(and_(Intake.status == IntakeStatus.WAITING, first)),
            func.count().filter(Intake.status == IntakeStatus.IN_PROGRESS),
            func.count().filter(and_(Intake.status == IntakeStatus.DONE, Intake.closed_on >= month)))).one()
    return IntakeCounts(*row)


def priority_text(lang: str = "fr") -> str:
    """The priority rule in words, for the waiting list's header."""
    return label(priority().description, lang)
