"""Team indicators for a period: monthly figures (and a period figure) for the dashboard, the PDF and the CSV.

Definitions (a month is a calendar month of the practice's local time; "month end" is its last day):

* **care plans** — *active plans*: plans in force (validated, active or being revised) at month end, from the
  kept versions; *reviews due*: review dates of plans in force that fall in the month; *reviewed on time*:
  those for which a revision was started (status "revised" with a higher revision) on or before that date.
* the current month's month-end figures are taken as of today.
* **alerts** (doctor ↔ pharmacist) — *raised* in the month; *answered* in the month (closed: accepted, modified or
  refused); *median answer time* in hours, of the alerts answered in the month; *acceptance rate*: accepted ÷
  answered, in %.
* **delegated tasks** (protocol-bound tasks) — *done*: completed in the month (also per protocol); *overdue at
  month end*: due before month end and not closed by then.
* **meetings** — *meetings held*; *patients discussed* (distinct); *complex patients discussed*: share of the
  complex patients (see ``meetings``) discussed in the month (period figure: over the whole period).
* **emergency visits** — *frequent ED users*: patients with ≥ 4 ED visits in the 12 months up to month end;
  *DAUM alerts* raised (by the day of the 4th visit).
* **referrals** — *requested* per priority class; *median delay* in days (request → visit, advice: → answer) of
  those seen/answered in the month; *overdue at month end*: not seen/answered by month end, target date passed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from app.services.coordination import indicator_sources as src
from app.services.errors import ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.validation import parse_date
from app.services.security.access import require
from app.services.tasks import recurrence

MAX_MONTHS = 60


@dataclass
class Indicator:
    section: str
    key: str
    label: str
    unit: str                       # count, %, hours, days
    monthly: list[float | None]
    total: float | None


@dataclass
class IndicatorReport:
    date_from: date
    date_to: date
    months: list[date]              # first day of each month
    indicators: list[Indicator] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def get(self, key: str) -> Indicator:
        return next(i for i in self.indicators if i.key == key)


def months_between(date_from: date, date_to: date) -> list[date]:
    out, cur = [], date_from.replace(day=1)
    while cur <= date_to:
        out.append(cur)
        cur = (cur + timedelta(days=32)).replace(day=1)
    return out


def month_end(first: date) -> date:
    return (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def check_period(date_from, date_to) -> tuple[date, date]:
    """Parse and check a period (each field named when wrong)."""
    start = parse_date(date_from, "date_from")
    end = parse_date(date_to, "date_to")
    if end < start:
        raise ValidationError("date_to", "coordination.period_reversed")
    if len(months_between(start, end)) > MAX_MONTHS:
        raise ValidationError("date_to", "coordination.period_too_long", max=MAX_MONTHS)
    return start, end


def compute(ctx: ServiceContext, date_from, date_to) -> IndicatorReport:
    """Every indicator for the period (an aggregate read: no patient-level data leaves the service)."""
    require(ctx, "indicators.read")
    start, end = check_period(date_from, date_to)
    report = IndicatorReport(start, end, months_between(start, end))
    today = recurrence.today_local()
    spans = [(a, min(b, today) if a <= today else b)      # month-end figures of the current month: as of today
             for a, b in ((max(m, start), min(month_end(m), end)) for m in report.months)]
    last = spans[-1][1]
    with ctx.transaction() as session:
        for section, key, label, unit, fn, total_fn in src.definitions(session, report):
            report.indicators.append(Indicator(section, key, label, unit, [fn(a, b) for a, b in spans],
                                               total_fn(start, last)))
        report.notes.extend(src.notes(session))
        ctx.audit(session, "indicators.compute", entity_type="indicators", detail=f"{start} – {end}")
    return report
