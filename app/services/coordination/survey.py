"""The anonymous patient experience survey: answers typed in from paper or given at the reception kiosk, and their
results per question and period.

**Anonymity.** An answer row holds the questionnaire (key, version), the ISO week ("2026-W49"), the channel (paper,
kiosk), the answers and the free comment: no patient, no staff member, no date or time finer than the week.

**Audit.** A batch of paper questionnaires typed in by reception writes one ``survey.answer`` event whose detail is
only the channel and the number of answer sets (the event's own timestamp is that of the typing, not of any answer,
and names reception, not a patient). Kiosk answers write **no** audit event: the event's timestamp (to the
second) and the kiosk account would date each answer exactly, and the people in the waiting room at that moment
could then be matched with what was answered. The kiosk account itself can do nothing else (policy role ``kiosk``),
and its logins are audited as every login.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlmodel import col, select

from app.models.survey import SurveyAnswer, SurveySetting
from app.services.coordination import survey_definition
from app.services.coordination.survey_definition import Questionnaire
from app.services.errors import ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.validation import clean_text
from app.services.security.access import can, require
from app.services.tasks import recurrence

CHANNELS = ("paper", "kiosk")
PERIODS = ("week", "month")
WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
MAX_BATCH = 500


@dataclass
class AnswerSet:
    """One filled-in questionnaire: {question key: 1-5 (Likert) | True/False (yes/no) | None}, and the comment."""

    answers: dict[str, int | bool | None] = field(default_factory=dict)
    comment: str | None = None


def iso_week(day: date) -> str:
    """The ISO week of ``day`` as stored ("2026-W49")."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def week_monday(week: str) -> date:
    """The Monday of an ISO week given as "2026-W49"; ``ValidationError`` (field ``week``) otherwise."""
    m = WEEK.match(week.strip()) if isinstance(week, str) else None
    try:
        return date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    except (AttributeError, ValueError):
        raise ValidationError("week", "coordination.survey_week") from None


def _settings(session) -> SurveySetting | None:
    return session.exec(select(SurveySetting).order_by(col(SurveySetting.id))).first()


def _may_see_questionnaire(ctx: ServiceContext) -> None:
    if not any(can(ctx, a) for a in ("survey.answer", "survey.results", "survey.configure")):
        require(ctx, "survey.answer")   # refuses, with the account's reason


def questionnaire(ctx: ServiceContext) -> Questionnaire:
    """The practice's questionnaire (its own definition, else the default one)."""
    _may_see_questionnaire(ctx)
    with ctx.reading() as session:
        row = _settings(session)
        text = row.questionnaire if row is not None else None
    return survey_definition.parse(text) if text else survey_definition.default()


def form_url(ctx: ServiceContext) -> str | None:
    """The address of the form the practice hosts (printed as a QR code), if set."""
    _may_see_questionnaire(ctx)
    with ctx.reading() as session:
        row = _settings(session)
        return row.form_url if row is not None else None


def settings(ctx: ServiceContext) -> tuple[str | None, str | None]:
    """The hosted form's address and the practice's own questionnaire definition (None: the default one)."""
    require(ctx, "survey.configure")
    with ctx.reading() as session:
        row = _settings(session)
        return (row.form_url, row.questionnaire) if row is not None else (None, None)


def configure(ctx: ServiceContext, *, form_url: str | None, definition: str | None) -> None:
    """Set the hosted form's address (http/https) and the practice's own questionnaire (JSON text; empty: the
    default). Nothing is stored when either is wrong."""
    require(ctx, "survey.configure")
    url = clean_text(form_url, "form_url", 500)
    if url is not None and not re.match(r"^https?://[^\s/]+\.[^\s]+$", url):
        raise ValidationError("form_url", "coordination.survey_url")
    text = (definition or "").strip() or None
    if text is not None:
        survey_definition.parse(text)
    with ctx.transaction() as session:
        row = _settings(session) or SurveySetting()
        if row.id is not None:
            row.version += 1
        row.form_url, row.questionnaire, row.updated_by = url, text, ctx.actor.display_name
        session.add(row)
        session.flush()
        ctx.audit(session, "survey.configure", entity_type="survey_setting", entity_id=row.id,
                  detail="own questionnaire" if text else "default questionnaire")


def _checked(q: Questionnaire, data: AnswerSet, index: int | None) -> tuple[str, str | None]:
    where = "answers" if index is None else f"questionnaires[{index}]"    # a batch names the questionnaire
    kinds = {x.key: x.kind for x in q.questions}
    values = {}
    for key, value in (data.answers or {}).items():
        kind = kinds.get(key)
        if kind is None or kind == "text":
            raise ValidationError(where, "coordination.survey_unknown_question", question=str(key))
        if value is None:
            continue
        if kind == "likert" and (isinstance(value, bool) or value not in (1, 2, 3, 4, 5)):
            raise ValidationError(where, "coordination.survey_likert", question=key)
        if kind == "yes_no" and not isinstance(value, bool):
            raise ValidationError(where, "coordination.survey_yes_no", question=key)
        values[key] = value
    comment = clean_text(data.comment, "comment" if index is None else f"questionnaires[{index}].comment", 1000)
    if not values and not comment:
        raise ValidationError(where, "coordination.survey_empty")
    return json.dumps(values, sort_keys=True), comment


def record_kiosk_answer(ctx: ServiceContext, data: AnswerSet, *, today: date | None = None) -> None:
    """Store one answer set given at the kiosk, in the current week (no audit event: see the module's docstring)."""
    require(ctx, "survey.answer")
    q = questionnaire(ctx)
    answers, comment = _checked(q, data, None)
    week = iso_week(today or recurrence.today_local())
    with ctx.transaction() as session:
        session.add(SurveyAnswer(questionnaire_key=q.key, questionnaire_version=q.version, week=week,
                                 channel="kiosk", answers=answers, comment=comment))


def record_paper_batch(ctx: ServiceContext, week: str, batch: list[AnswerSet], *,
                       today: date | None = None) -> int:
    """Store paper questionnaires typed in by reception for the ISO week they were collected (not in the future);
    all or nothing: a wrong one names its number and nothing is stored. Returns how many were stored."""
    require(ctx, "survey.answer")
    monday = week_monday(week)
    if monday > (today or recurrence.today_local()) or monday < (today or recurrence.today_local()) - timedelta(
            days=3 * 366):
        raise ValidationError("week", "coordination.survey_week_range")
    if not batch:
        raise ValidationError("questionnaires", "coordination.survey_empty")
    if len(batch) > MAX_BATCH:
        raise ValidationError("questionnaires", "coordination.survey_batch_size", max=MAX_BATCH)
    q = questionnaire(ctx)
    rows = [_checked(q, data, i) for i, data in enumerate(batch, 1)]
    stored_week = iso_week(monday)
    with ctx.transaction() as session:
        for answers, comment in rows:
            session.add(SurveyAnswer(questionnaire_key=q.key, questionnaire_version=q.version, week=stored_week,
                                     channel="paper", answers=answers, comment=comment))
        ctx.audit(session, "survey.answer", entity_type="survey", detail=f"paper x{len(rows)}")
    return len(rows)


@dataclass
class QuestionStat:
    count: int = 0
    distribution: dict[int, int] = field(default_factory=lambda: dict.fromkeys(range(1, 6), 0))
    yes: int = 0
    mean: float | None = None
    yes_share: float | None = None   # percent


@dataclass
class SurveyResults:
    questionnaire: Questionnaire
    periods: list[str]                                  # "2026-W49" or "2026-12", in order
    stats: dict[str, dict[str, QuestionStat]]           # question key -> period -> stat
    totals: dict[str, QuestionStat]                     # question key -> the whole span
    answer_sets: dict[str, int]                         # period -> how many answer sets
    channels: dict[str, int]                            # paper / kiosk -> how many
    comments: list[tuple[str, str]]                     # (week, text), by week


def _period_of(week: str, period: str) -> str:
    if period == "week":
        return week
    thursday = week_monday(week) + timedelta(days=3)     # the ISO week belongs to the month of its Thursday
    return f"{thursday:%Y-%m}"


def _add(stat: QuestionStat, kind: str, value) -> None:
    stat.count += 1
    if kind == "likert":
        stat.distribution[int(value)] += 1
    elif value:
        stat.yes += 1


def _finish(stat: QuestionStat, kind: str) -> None:
    if not stat.count:
        return
    if kind == "likert":
        stat.mean = sum(k * n for k, n in stat.distribution.items()) / stat.count
    else:
        stat.yes_share = 100.0 * stat.yes / stat.count


def results(ctx: ServiceContext, week_from: str, week_to: str, period: str = "week") -> SurveyResults:
    """Answers of the practice's questionnaire between two ISO weeks (both included), per question and per
    ``period`` (week or month): count, distribution and mean (Likert), yes share (yes/no); comments by week."""
    require(ctx, "survey.results")
    if period not in PERIODS:
        raise ValidationError("period", "one_of", allowed=", ".join(PERIODS))
    start, end = week_monday(week_from), week_monday(week_to)
    if end < start:
        raise ValidationError("week", "coordination.survey_week_order")
    if (end - start).days > 3 * 366:
        raise ValidationError("week", "coordination.survey_week_span")
    q = questionnaire(ctx)
    weeks, day = [], start
    while day <= end:
        weeks.append(iso_week(day))
        day += timedelta(days=7)
    periods = list(dict.fromkeys(_period_of(w, period) for w in weeks))
    kinds = {x.key: x.kind for x in q.scored()}
    stats = {k: {p: QuestionStat() for p in periods} for k in kinds}
    totals = {k: QuestionStat() for k in kinds}
    sets, channels, comments = Counter(), Counter(), []
    with ctx.reading() as session:
        rows = session.exec(select(SurveyAnswer).where(SurveyAnswer.questionnaire_key == q.key,
                                                       col(SurveyAnswer.week).in_(weeks))).all()
        rows = [(r.week, r.channel, r.answers, r.comment) for r in rows]
    for week, channel, answers, comment in rows:
        p = _period_of(week, period)
        sets[p] += 1
        channels[channel] += 1
        for key, value in json.loads(answers).items():
            if key in kinds and value is not None:
                _add(stats[key][p], kinds[key], value)
                _add(totals[key], kinds[key], value)
        if comment:
            comments.append((week, comment))
    for key, kind in kinds.items():
        for stat in [*stats[key].values(), totals[key]]:
            _finish(stat, kind)
    comments.sort()   # by week, then by text: the order of entry within a week is not shown
    return SurveyResults(q, periods, stats, totals, {p: sets[p] for p in periods},
                         {c: channels[c] for c in CHANNELS}, comments)
