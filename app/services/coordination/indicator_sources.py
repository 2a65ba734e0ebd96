"""The data behind each team indicator (definitions in ``app.services.coordination.indicators``).

Each source reads the few columns it needs once, then answers for any sub-period ``[a, b]`` (inclusive
local days). Instants stored in UTC are attributed to the practice's local day.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from statistics import median

from sqlmodel import Session, select

from app.models.alert import Alert
from app.models.care_plan import CarePlanVersion
from app.models.coordination import ConcertationMeeting, DaumAlert, EventKind, HospitalEvent, Referral
from app.models.task import Task
from app.services.coordination import daum
from app.services.coordination.meeting_search import complex_patients, discussed_patients
from app.services.coordination.referrals import PRIORITIES
from app.services.storage.json_text import json_text
from app.services.tasks import recurrence

IN_FORCE = ("validated", "active", "revised")
ANSWERED = ("accepted", "modified", "refused", "answered")
PRIORITY_LABELS = {"p1_48h": "within 48 h", "p2_7d": "within 7 days", "p3_scheduled": "scheduled",
                   "advice": "advice only"}


def local_day(instant: datetime | None) -> date | None:
    return recurrence.to_local(instant).date() if instant else None


def _count(days: list[date]):
    return lambda a, b: sum(1 for d in days if a <= d <= b)


def _pct(num: int, den: int) -> float | None:
    return round(100 * num / den, 1) if den else None


def _median(values: list[float]) -> float | None:
    return round(median(values), 1) if values else None


def care_plan_sources(session: Session):
    versions = session.execute(select(CarePlanVersion.plan_id, CarePlanVersion.status, CarePlanVersion.revision,
                                      CarePlanVersion.saved_at, json_text(CarePlanVersion.snapshot, "review_date"))
                               .order_by(CarePlanVersion.plan_id, CarePlanVersion.version)).all()
    by_plan: dict[int, list[tuple]] = defaultdict(list)
    for plan_id, status, revision, saved_at, review in versions:
        by_plan[plan_id].append((status, revision, local_day(saved_at), date.fromisoformat(review) if review else None))

    def active(_a, b):
        count = 0
        for rows in by_plan.values():
            known = [r for r in rows if r[2] <= b]
            count += bool(known) and known[-1][0] in IN_FORCE
        return count

    reviews = []   # (due date, reviewed on time)
    for rows in by_plan.values():
        seen = set()
        for status, revision, _saved, review in rows:
            if status in IN_FORCE and status != "revised" and review and review not in seen:
                seen.add(review)
                done = any(s == "revised" and rv > revision and d <= review for s, rv, d, _r in rows)
                reviews.append((review, done))
    due = _count([d for d, _ok in reviews])
    on_time = _count([d for d, ok in reviews if ok])
    return active, due, on_time


def alert_sources(session: Session):
    rows = session.execute(select(Alert.created_at, Alert.answered_at, Alert.state)).all()
    raised = [local_day(c) for c, _a, _s in rows]
    answered = [(local_day(a), (a - c).total_seconds() / 3600, s) for c, a, s in rows if a and s in ANSWERED]

    def in_span(a, b):
        return [x for x in answered if a <= x[0] <= b]
    return (_count(raised), lambda a, b: len(in_span(a, b)),
            lambda a, b: _median([h for _d, h, _s in in_span(a, b)]),
            lambda a, b: _pct(sum(1 for x in in_span(a, b) if x[2] == "accepted"), len(in_span(a, b))))


def task_sources(session: Session):
    rows = session.execute(select(Task.protocol_code, Task.status, Task.due_date, Task.completed_at, Task.created_at)
                           .where(Task.protocol_code.is_not(None))).all()
    done = [(local_day(c), code) for code, status, _due, c, _cr in rows if status == "completed" and c]
    codes = sorted({code for _d, code in done})
    # (due, created, closed) in local days, converted once rather than for every month asked
    dated = [(due, local_day(created), local_day(closed)) for _c, _s, due, closed, created in rows if due]

    def overdue(_a, b):
        return sum(1 for due, created, closed in dated if due < b and created <= b and (closed is None or closed > b))
    per_code = {code: _count([d for d, c in done if c == code]) for code in codes}
    return _count([d for d, _c in done]), per_code, overdue


def meeting_sources(session: Session):
    meetings = [d for (d,) in session.execute(select(ConcertationMeeting.meeting_date)).all()]
    discussed_ids, complex_on = discussed_patients(session), complex_patients(session)   # read once for all months

    def discussed(a, b):
        return len(discussed_ids(a, b))

    def complex_share(a, b):
        complex_ids = complex_on(b)
        return _pct(len(complex_ids & discussed_ids(a, b)), len(complex_ids))
    return _count(meetings), discussed, complex_share


def ed_sources(session: Session):
    visits: dict[int, list[date]] = defaultdict(list)
    for pid, day in session.execute(select(HospitalEvent.patient_id, HospitalEvent.event_date).where(
            HospitalEvent.kind == EventKind.ED_VISIT)).all():
        visits[pid].append(day)

    def frequent(_a, b):
        since = b - daum.WINDOW   # once per month: a relativedelta costs 50 µs, and there are visits by thousands
        return sum(1 for days in visits.values() if sum(1 for d in days if since < d <= b) >= daum.THRESHOLD)
    alerts = [d for (d,) in session.execute(select(DaumAlert.trigger_date)).all()]
    return frequent, _count(alerts)


def referral_sources(session: Session):
    rows = session.execute(select(Referral.priority, Referral.status, Referral.requested_on, Referral.due_by,
                                  Referral.seen_on, Referral.report_received_on)).all()

    # (priority, status, requested, due by, ended): a request for advice ends with its report, others when seen
    rows = [(r.priority, r.status, r.requested_on, r.due_by,
             r.report_received_on if r.priority == "advice" else r.seen_on) for r in rows]
    out = {}
    for p in PRIORITIES:
        mine = [r for r in rows if r[0] == p]
        out[p] = (_count([r[2] for r in mine]),
                  lambda a, b, mine=mine: _median([(end - requested).days for _p, _s, requested, _d, end in mine
                                                   if end and a <= end <= b]))

    def overdue(_a, b):
        return sum(1 for _p, status, requested, due_by, end in rows if status != "cancelled" and requested <= b
                   and due_by < b and (end is None or end > b))
    return out, overdue


def definitions(session: Session, report) -> list[tuple]:
    """(section, key, label, unit, monthly function, period function) for every indicator."""
    active, due, on_time = care_plan_sources(session)
    raised, answered, answer_hours, acceptance = alert_sources(session)
    done, per_code, task_overdue = task_sources(session)
    held, discussed, complex_share = meeting_sources(session)
    frequent, daum_alerts = ed_sources(session)
    per_priority, ref_overdue = referral_sources(session)
    out = [
        ("Care plans", "care_plans_active", "Active care plans (month end)", "count", active, active),
        ("Care plans", "care_plan_reviews_due", "Reviews due", "count", due, due),
        ("Care plans", "care_plan_reviews_on_time", "Reviews done on time", "count", on_time, on_time),
        ("Alerts", "alerts_raised", "Alerts raised", "count", raised, raised),
        ("Alerts", "alerts_answered", "Alerts answered", "count", answered, answered),
        ("Alerts", "alerts_median_answer_hours", "Median answer time", "hours", answer_hours, answer_hours),
        ("Alerts", "alerts_acceptance_rate", "Acceptance rate", "%", acceptance, acceptance),
        ("Delegated tasks", "tasks_done", "Delegated tasks done", "count", done, done),
    ]
    out += [("Delegated tasks", f"tasks_done:{code}", f"Done — {code}", "count", fn, fn)
            for code, fn in per_code.items()]
    out += [
        ("Delegated tasks", "tasks_overdue", "Delegated tasks overdue (month end)", "count", task_overdue,
         task_overdue),
        ("Meetings", "meetings_held", "Concertation meetings", "count", held, held),
        ("Meetings", "patients_discussed", "Patients discussed", "count", discussed, discussed),
        ("Meetings", "complex_discussed_share", "Complex patients discussed", "%", complex_share, complex_share),
        ("Emergency visits", "frequent_ed_users", "Frequent ED users (≥ 4 in 12 months)", "count", frequent,
         frequent),
        ("Emergency visits", "daum_alerts", "DAUM alerts raised", "count", daum_alerts, daum_alerts),
    ]
    for p, (count, delay) in per_priority.items():
        out.append(("Referrals", f"referrals:{p}", f"Referrals {PRIORITY_LABELS[p]}", "count", count, count))
        out.append(("Referrals", f"referral_delay:{p}", f"Median delay, {PRIORITY_LABELS[p]}", "days", delay, delay))
    out.append(("Referrals", "referrals_overdue", "Referrals overdue (month end)", "count", ref_overdue,
                ref_overdue))
    return out


def notes(session: Session) -> list[str]:
    """Plain definitions printed under the report."""
    return ["Complex patient: a long-term condition (ALD) and 75 or older, or a care plan in force.",
            "Frequent ED user: 4 or more emergency visits in the 12 months up to the month end (DAUM rule).",
            "Acceptance rate: alerts accepted ÷ alerts answered (accepted, modified or refused)."]
