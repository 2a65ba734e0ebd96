"""Demo data for the team's maturity self-assessment: last half-year's round (closed) and this half-year's round
(open), scored by several members of the demo team, so that the results show progress per axis. One of the steps
of ``demo.practice.STEPS``."""

from __future__ import annotations

import random
from datetime import date

from sqlmodel import col, select

from app.models.staff import Staff
from app.services.coordination import maturity, maturity_grid
from app.services.coordination.maturity import AnswerInput, PeriodInput
from app.services.kernel.context import ServiceContext
from app.services.practice.accounts import actor_for
from app.services.security.policy import roles_allow
from app.services.tasks import recurrence

# member -> levels per axis (health project, team work, information system, patient involvement), for the
# earlier and the current round; None: has not answered this round yet
SCORES = {
    "dr.martin": ((2, 2, 3, 1), (3, 3, 3, 2)),
    "dr.favre": ((1, 2, 2, 1), (2, 3, 3, 1)),
    "ide.nguyen": ((2, 3, 2, 2), (2, 3, 4, 2)),
    "ipa.roux": ((2, 2, 3, 2), None),
    "coord.dubois": ((1, 2, 2, 1), (2, 3, 3, 2)),
}
COMMENTS = {("dr.martin", 3): "Peu d'actions d'éducation thérapeutique formalisées.",
            ("ide.nguyen", 1): "Réunions de concertation désormais mensuelles."}


def _half_years(today: date) -> tuple[tuple[date, date], tuple[date, date]]:
    if today.month <= 6:
        return (date(today.year - 1, 7, 1), date(today.year - 1, 12, 31)), (date(today.year, 1, 1),
                                                                          date(today.year, 6, 30))
    return (date(today.year, 1, 1), date(today.year, 6, 30)), (date(today.year, 7, 1), date(today.year, 12, 31))


def _label(start: date) -> str:
    return f"{start.year} S{1 if start.month <= 6 else 2}"


def add_demo_maturity(ctx: ServiceContext, ids: dict[str, int]) -> None:
    """Two rounds scored by several members (``ids``: demo username → staff id)."""
    with ctx.transaction() as session:
        actors = {name: actor_for(session.get(Staff, ids[name])) for name in SCORES}
    coordinator = ctx.as_actor(actors["coord.dubois"])
    periods = [maturity.open_period(coordinator, PeriodInput(_label(a), a, b))
               for a, b in _half_years(recurrence.today_local())]
    axes = maturity_grid.load().axis_keys
    for round_no, period_id in enumerate(periods):
        for name, rounds in SCORES.items():
            levels = rounds[round_no]
            if levels is None:
                continue
            maturity.submit_answers(ctx.as_actor(actors[name]), period_id, [
                AnswerInput(axis, level, COMMENTS.get((name, n)) if round_no else None)
                for n, (axis, level) in enumerate(zip(axes, levels, strict=True))])
        if round_no == 0:
            maturity.close_period(coordinator, period_id, 1)



def add_maturity_history(ctx: ServiceContext, today: date, seed: int) -> None:
    """For the whole generated practice: six half-yearly rounds up to this one (the last open), answered by every
    active member of the team, the levels rising slowly (nothing is added when the practice has rounds already)."""
    if maturity.list_periods(ctx):
        return
    rng = random.Random(seed)
    with ctx.transaction() as session:
        members = [actor_for(s) for s in session.exec(select(Staff).where(Staff.active.is_(True))
                                                      .order_by(col(Staff.id))).all()
                   if roles_allow(frozenset(s.roles.split()), "maturity.answer")]
        coordinator = next((m for m in members if "coordinator" in m.roles), None)
    if coordinator is None:
        return
    manager = ctx.as_actor(coordinator)
    half = today.year * 2 + (today.month > 6)          # this half-year, counted from year 0
    starts = [date(h // 2, 7 if h % 2 else 1, 1) for h in range(half - 5, half + 1)]
    axes = maturity_grid.load().axis_keys
    for n, start in enumerate(starts):
        end = date(start.year, 12, 31) if start.month == 7 else date(start.year, 6, 30)
        period_id = maturity.open_period(manager, PeriodInput(_label(start), start, end))
        for member in members:
            levels = [min(4, max(1, 1 + round(n * 0.4 + rng.uniform(-0.6, 0.9)))) for _ in axes]
            maturity.submit_answers(ctx.as_actor(member), period_id,
                                    [AnswerInput(axis, level) for axis, level in zip(axes, levels, strict=True)])
        if n < len(starts) - 1:
            maturity.close_period(manager, period_id, 1)
