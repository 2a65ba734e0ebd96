"""Demo structured assessments for the oldest patients, recorded by the nurse over the last year and a half: a PHQ-9
that rises to a moderate score (its review task accepted), a GDS-15 that improves, a FRAIL scale that reaches
"frail" (its proposals left to decide) and an ICOPE step 1 screening. One of the steps of ``demo.practice.STEPS``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import select

from app.models.patient import Patient
from app.models.staff import Staff
from app.services.assessments import proposals, records
from app.services.kernel.context import ServiceContext
from app.services.practice.accounts import actor_for

PHQ = ("not_at_all", "several_days", "more_than_half", "nearly_every_day")


def _phq(*points: int) -> dict:
    return {f"q{n + 1}": PHQ[p] for n, p in enumerate(points)}


def _gds(depressive: int) -> dict:
    answers = {f"q{n}": "yes" for n in (1, 5, 7, 11, 13)}            # the non-depressed answers
    answers.update({f"q{n}": "no" for n in (2, 3, 4, 6, 8, 9, 10, 12, 14, 15)})
    for n in (2, 3, 4, 6, 8, 9, 10, 12, 14, 15)[:depressive]:
        answers[f"q{n}"] = "yes"
    return answers


def add_demo_assessments(ctx: ServiceContext, ids: dict[str, int]) -> None:
    """Add the demo assessments (``ids``: demo username → staff id)."""
    with ctx.reading() as session:
        pids = session.exec(select(Patient.id).order_by(Patient.birth_date, Patient.id).limit(3)).all()
        nurse = ctx.as_actor(actor_for(session.get(Staff, ids["ide.nguyen"])))
    if len(pids) < 3:
        return
    now = datetime.now(UTC)
    ago = lambda days: now - timedelta(days=days)  # noqa: E731
    first, second, third = pids
    for days, points in ((540, (1, 1, 0, 1, 0, 0, 0, 0, 0)), (360, (1, 1, 1, 1, 1, 1, 0, 0, 0)),
                         (180, (2, 1, 1, 2, 1, 1, 0, 0, 0))):
        records.record_assessment(nurse, first, "phq9", _phq(*points), done_at=ago(days))
    latest = records.record_assessment(nurse, first, "phq9", _phq(2, 2, 1, 2, 1, 1, 1, 1, 0), done_at=ago(10))
    proposals.accept(nurse, latest.id, "phq9_review")
    records.record_assessment(nurse, first, "icope_step1", dict(
        recall="all_three", orientation="correct", chair_rise="no", weight_loss="no", appetite_loss="yes",
        eye_problems="yes", whisper="yes", down="yes", interest="no"), done_at=ago(10))
    for days, depressive in ((400, 8), (220, 5), (30, 2)):
        records.record_assessment(nurse, second, "gds15", _gds(depressive), done_at=ago(days))
    for days, answers in ((300, dict(fatigue="some", resistance="yes", ambulation="no", illnesses="no",
                                     weight_loss="no")),
                          (20, dict(fatigue="most", resistance="yes", ambulation="yes", illnesses="no",
                                    weight_loss="yes"))):
        records.record_assessment(nurse, third, "frail", answers, done_at=ago(days))
    records.record_assessment(nurse, third, "steadi_stay_independent",
                              {f"q{n}": "yes" if n in (1, 3, 5, 6) else "no" for n in range(1, 13)},
                              done_at=ago(20))
