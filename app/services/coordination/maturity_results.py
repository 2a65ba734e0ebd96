"""The team's maturity results: per period and per axis, the mean, lowest and highest level and the number of
members who answered (aggregates only: no member's answer leaves this module), and their PDF report."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import col, select

from app.models.maturity import MaturityAnswer, MaturityAnswerSet, MaturityPeriod
from app.services.coordination import maturity_grid, maturity_pdf
from app.services.kernel.context import ServiceContext
from app.services.practice import practice_record as practice_service
from app.services.security.access import require


@dataclass(frozen=True)
class AxisResult:
    axis: str
    mean: float | None
    lowest: int | None
    highest: int | None
    respondents: int


@dataclass(frozen=True)
class PeriodResult:
    period_id: int
    label: str
    starts_on: object
    ends_on: object
    closed: bool
    respondents: int                 # members who answered the round
    axes: list[AxisResult] = field(default_factory=list)

    def axis(self, key: str) -> AxisResult:
        return next(a for a in self.axes if a.axis == key)


@dataclass(frozen=True)
class MaturityResults:
    grid: maturity_grid.Grid
    periods: list[PeriodResult]


def _aggregate(levels: list[int], axis: str) -> AxisResult:
    if not levels:
        return AxisResult(axis, None, None, None, 0)
    return AxisResult(axis, round(sum(levels) / len(levels), 2), min(levels), max(levels), len(levels))


def compute(ctx: ServiceContext, grid: str = maturity_grid.DEFAULT_GRID) -> MaturityResults:
    """The team's result per axis for every round of ``grid``, oldest first."""
    require(ctx, "maturity.results")
    the_grid = maturity_grid.load(grid)
    out = []
    with ctx.transaction() as session:
        periods = session.exec(select(MaturityPeriod).where(MaturityPeriod.grid == grid)
                               .order_by(col(MaturityPeriod.starts_on), col(MaturityPeriod.id))).all()
        for period in periods:
            rows = session.exec(select(MaturityAnswer.axis, MaturityAnswer.level, MaturityAnswerSet.staff_id)
                                .join(MaturityAnswerSet, col(MaturityAnswerSet.id) == MaturityAnswer.answer_set_id)
                                .where(MaturityAnswerSet.period_id == period.id)).all()
            by_axis: dict[str, list[int]] = {key: [] for key in the_grid.axis_keys}
            for axis, level, _staff in rows:
                by_axis.setdefault(axis, []).append(level)
            out.append(PeriodResult(period.id, period.label, period.starts_on, period.ends_on, period.closed,
                                    len({r[2] for r in rows}),
                                    [_aggregate(by_axis[key], key) for key in the_grid.axis_keys]))
        ctx.audit(session, "maturity.results", entity_type="maturity")
    return MaturityResults(the_grid, out)


def export_pdf(ctx: ServiceContext, lang: str = "fr", grid: str = maturity_grid.DEFAULT_GRID) -> bytes:
    """The results as a PDF report (bytes, kept in memory: the caller writes them where the user chose)."""
    require(ctx, "maturity.results")
    results = compute(ctx, grid)
    practice = practice_service.get_practice(ctx)
    data = maturity_pdf.render(results, practice.name if practice else "Cordée", ctx.actor.display_name, lang)
    with ctx.transaction() as session:
        ctx.audit(session, "maturity.export", entity_type="maturity", detail=f"pdf {lang}")
    return data
