"""The team's maturity self-assessment (HAS "matrice de maturité"): rounds (periods) opened and closed by the
coordinator, and each member's answers — one answer set per member per period, a level per axis of the grid with
an optional comment.

Each member reads and changes only their own answers (while the period is open); the coordinator, who leads the
consensus meeting, reads every member's answers; the team's aggregated results are in ``maturity_results``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete
from sqlmodel import Session, col, select

from app.models.base import utcnow
from app.models.maturity import MaturityAnswer, MaturityAnswerSet, MaturityPeriod
from app.models.staff import Staff
from app.services.coordination import maturity_grid
from app.services.errors import NotFoundError, StaleRecordError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.validation import clean_text, parse_date
from app.services.security.access import require

MAX_COMMENT = 1000


@dataclass
class PeriodInput:
    label: str = ""
    starts_on: date | str | None = None
    ends_on: date | str | None = None


@dataclass
class AnswerInput:
    axis: str = ""
    level: int | str | None = None
    comment: str | None = None


@dataclass(frozen=True)
class PeriodRow:
    id: int
    version: int
    grid: str
    label: str
    starts_on: date
    ends_on: date
    closed: bool


@dataclass(frozen=True)
class AnswerRow:
    axis: str
    level: int
    comment: str | None


@dataclass(frozen=True)
class AnswerSetView:
    period_id: int
    staff_id: int
    staff_name: str
    version: int
    answers: list[AnswerRow] = field(default_factory=list)

    def level_of(self, axis: str) -> int | None:
        return next((a.level for a in self.answers if a.axis == axis), None)


def _row(p: MaturityPeriod) -> PeriodRow:
    return PeriodRow(p.id, p.version, p.grid, p.label, p.starts_on, p.ends_on, p.closed)


def _period(session: Session, period_id) -> MaturityPeriod:
    period = session.get(MaturityPeriod, period_id) if isinstance(period_id, int) else None
    if period is None:
        raise NotFoundError("maturity_period", period_id)
    return period


def open_period(ctx: ServiceContext, data: PeriodInput, grid: str = maturity_grid.DEFAULT_GRID) -> int:
    """Open a self-assessment round (the coordinator): its name and the dates it covers."""
    require(ctx, "maturity.manage")
    label = clean_text(data.label, "label", 100, True)
    starts_on = parse_date(data.starts_on, "starts_on")
    ends_on = parse_date(data.ends_on, "ends_on")
    if ends_on < starts_on:
        raise ValidationError("ends_on", "coordination.period_reversed")
    maturity_grid.load(grid)
    with ctx.transaction() as session:
        period = MaturityPeriod(grid=grid, label=label, starts_on=starts_on, ends_on=ends_on,
                                updated_by=ctx.actor.display_name)
        session.add(period)
        session.flush()
        ctx.audit(session, "maturity.open", entity_type="maturity_period", entity_id=period.id, detail=label)
        ctx.announce("maturity.changed", period_id=period.id)
        return period.id


def close_period(ctx: ServiceContext, period_id: int, version: int) -> None:
    """Close a round: no answer is given or changed afterwards (its results stay)."""
    require(ctx, "maturity.manage")
    with ctx.transaction() as session:
        period = _period(session, period_id)
        if period.version != version:
            raise StaleRecordError("maturity_period", period_id, period.updated_by, period.updated_at)
        if period.closed:
            raise ValidationError("period_id", "coordination.maturity_period_closed")
        period.closed, period.closed_at = True, utcnow()
        period.version += 1
        period.updated_at, period.updated_by = utcnow(), ctx.actor.display_name
        ctx.audit(session, "maturity.close", entity_type="maturity_period", entity_id=period_id)
        ctx.announce("maturity.changed", period_id=period_id)


def list_periods(ctx: ServiceContext) -> list[PeriodRow]:
    """Every round, oldest first."""
    require(ctx, "maturity.answer")
    with ctx.reading() as session:
        return [_row(p) for p in session.exec(select(MaturityPeriod).order_by(
            col(MaturityPeriod.starts_on), col(MaturityPeriod.id)))]


def _answers(session: Session, answer_set: MaturityAnswerSet, name: str) -> AnswerSetView:
    rows = session.exec(select(MaturityAnswer).where(MaturityAnswer.answer_set_id == answer_set.id)
                        .order_by(col(MaturityAnswer.id))).all()
    return AnswerSetView(answer_set.period_id, answer_set.staff_id, name, answer_set.version,
                         [AnswerRow(a.axis, a.level, a.comment) for a in rows])


def _own_set(session: Session, period_id: int, staff_id: int | None) -> MaturityAnswerSet | None:
    return session.exec(select(MaturityAnswerSet).where(MaturityAnswerSet.period_id == period_id,
                                                        MaturityAnswerSet.staff_id == staff_id)).first()


def my_answers(ctx: ServiceContext, period_id: int) -> AnswerSetView | None:
    """The acting member's own answers for the round (None: not answered yet)."""
    require(ctx, "maturity.answer")
    with ctx.reading() as session:
        _period(session, period_id)
        answer_set = _own_set(session, period_id, ctx.actor.staff_id)
        return _answers(session, answer_set, ctx.actor.display_name) if answer_set else None


def _level(value, field_name: str, grid: maturity_grid.Grid) -> int:
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        value = int(value.strip())
    if value is None or value == "":
        raise ValidationError(field_name, "required")
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field_name, "not_a_whole_number")
    if not grid.lowest <= value <= grid.highest:
        raise ValidationError(field_name, "out_of_range", min=grid.lowest, max=grid.highest)
    return value


def _validated(answers: list[AnswerInput], grid: maturity_grid.Grid) -> list[tuple[str, int, str | None]]:
    """Every axis once, each with a level on the grid's scale (each problem named: "Axis 2 — level")."""
    out, seen = [], set()
    for n, answer in enumerate(answers, start=1):
        if answer.axis not in grid.axis_keys:
            raise ValidationError(f"answers[{n}].axis", "coordination.maturity_unknown_axis", axis=answer.axis)
        if answer.axis in seen:
            raise ValidationError(f"answers[{n}].axis", "coordination.maturity_duplicate_axis", axis=answer.axis)
        seen.add(answer.axis)
        out.append((answer.axis, _level(answer.level, f"answers[{n}].level", grid),
                    clean_text(answer.comment, f"answers[{n}].comment", MAX_COMMENT)))
    missing = [key for key in grid.axis_keys if key not in seen]
    if missing:
        raise ValidationError("answers", "coordination.maturity_incomplete", count=len(missing))
    return out


def submit_answers(ctx: ServiceContext, period_id: int, answers: list[AnswerInput],
                   version: int | None = None) -> int:
    """Save the acting member's answers for an open round (all axes at once); ``version`` is the version of the
    answer set read (None for a first answer). Returns the new version. Bad input: nothing is stored."""
    require(ctx, "maturity.answer")
    with ctx.transaction() as session:
        period = _period(session, period_id)
        if period.closed:
            raise ValidationError("period_id", "coordination.maturity_period_closed")
        values = _validated(list(answers), maturity_grid.load(period.grid))
        staff = session.get(Staff, ctx.actor.staff_id) if ctx.actor.staff_id is not None else None
        if staff is None:
            raise NotFoundError("staff", ctx.actor.staff_id)
        answer_set = _own_set(session, period_id, staff.id)
        if answer_set is None:
            if version is not None:
                raise NotFoundError("maturity_answer_set", period_id)
            answer_set = MaturityAnswerSet(period_id=period_id, staff_id=staff.id, updated_by=ctx.actor.display_name)
            session.add(answer_set)
            session.flush()
        else:
            if version != answer_set.version:
                raise StaleRecordError("maturity_answer_set", answer_set.id, answer_set.updated_by,
                                       answer_set.updated_at)
            session.execute(delete(MaturityAnswer).where(col(MaturityAnswer.answer_set_id) == answer_set.id))
            answer_set.version += 1
            answer_set.updated_at, answer_set.updated_by = utcnow(), ctx.actor.display_name
        for axis, level, comment in values:
            session.add(MaturityAnswer(answer_set_id=answer_set.id, axis=axis, level=level, comment=comment))
        session.flush()
        ctx.audit(session, "maturity.answer", entity_type="maturity_period", entity_id=period_id)
        ctx.announce("maturity.changed", period_id=period_id)
        return answer_set.version


def member_answers(ctx: ServiceContext, period_id: int) -> list[AnswerSetView]:
    """Every member's answers for the round, by name (the coordinator, to lead the consensus meeting)."""
    require(ctx, "maturity.manage")
    with ctx.transaction() as session:
        _period(session, period_id)
        rows = session.exec(select(MaturityAnswerSet, Staff).join(Staff, col(Staff.id) == MaturityAnswerSet.staff_id)
                            .where(MaturityAnswerSet.period_id == period_id)
                            .order_by(col(Staff.family_name), col(Staff.given_names))).all()
        out = [_answers(session, s, p.display_name) for s, p in rows]
        ctx.audit(session, "maturity.read_members", entity_type="maturity_period", entity_id=period_id)
        return out
