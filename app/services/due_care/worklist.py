"""The lists that feed recall campaigns: per condition (or prevention group), the patients with overdue items, or
items due soon (at risk of becoming overdue). Read from ``due_item`` through its (group, date) indexes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from app.models.due_care import DueItem
from app.models.patient import Patient
from app.services.due_care import engine
from app.services.due_care.schedules import label, load
from app.services.errors import ValidationError
from app.services.kernel.context import ServiceContext
from app.services.security.access import require
from app.services.tasks import recurrence

KINDS = ("overdue", "due")
LIMIT = 1000
COUNT_CAP = engine.COUNT_CAP


@dataclass(frozen=True)
class GroupCount:
    group_key: str
    kind: str               # condition | prevention
    label: str
    overdue: int            # up to ``COUNT_CAP``; ``COUNT_CAP + 1``: more
    due: int


@dataclass(frozen=True)
class WorkRow:
    patient_id: int
    patient_name: str
    birth_date: date
    item_key: str
    act_label: str
    due_on: date | None
    overdue_on: date | None
    last_done_on: date | None


@dataclass(frozen=True)
class WorkList:
    rows: list[WorkRow]
    total: int             # rows in all, up to ``COUNT_CAP`` (the list shows the first ``LIMIT``)
    capped: bool = False   # there are more than ``COUNT_CAP``


def checked_group(group: str) -> str:
    if group not in load().groups:
        raise ValidationError("group", "due_care.unknown_group", value=group)
    return group


def checked_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValidationError("kind", "one_of", allowed=KINDS)
    return kind


def selection(group: str, kind: str, today: date):
    """The filter of one list (for the list and the recall alike)."""
    live = (DueItem.until_on.is_(None)) | (DueItem.until_on > today)
    if kind == "overdue":
        return (DueItem.group_key == group, DueItem.overdue_on <= today, live)
    return (DueItem.group_key == group, DueItem.due_on <= today + timedelta(days=engine.SOON_DAYS),
            DueItem.overdue_on > today, live)


def group_counts(ctx: ServiceContext, lang: str = "fr") -> list[GroupCount]:
    """Every condition and prevention group with its overdue and due-soon counts (conditions first)."""
    require(ctx, "due_care.list")
    schedules = load()
    with ctx.reading() as session:
        counts = engine.counts_by_group(session, schedules.groups, recurrence.today_local())
    return [GroupCount(g.key, g.kind, label(g.labels, lang), *counts.get(g.key, (0, 0)))
            for g in sorted(schedules.groups.values(), key=lambda g: g.kind)]


def work_list(ctx: ServiceContext, group: str, kind: str = "overdue", lang: str = "fr",
              limit: int = LIMIT) -> WorkList:
    """The patients of one group whose items are overdue (or due soon), longest overdue first (audited)."""
    require(ctx, "due_care.list")
    checked_group(group)
    checked_kind(kind)
    schedules = load()
    today = recurrence.today_local()
    where = selection(group, kind, today)
    order = DueItem.overdue_on if kind == "overdue" else DueItem.due_on
    with ctx.transaction() as session:
        total = engine.capped_count(session, *where)
        rows = session.execute(
            select(DueItem.patient_id, Patient.family_name, Patient.given_names, Patient.birth_date, DueItem.item_key,
                   DueItem.due_on, DueItem.overdue_on, DueItem.last_done_on)
            .join(Patient, Patient.id == DueItem.patient_id).where(*where)
            .order_by(order, DueItem.patient_id, DueItem.item_key).limit(limit)).all()
        ctx.audit(session, "due_care.list", entity_type="due_item", detail=f"{group} {total}")
    acts = {i.key: label(schedules.acts[i.act].labels, lang) for i in schedules.items}
    out = []
    for pid, family, given, birth, key, due, overdue, last in rows:
        real = due != engine.NEVER
        out.append(WorkRow(pid, f"{family.upper()} {given}", birth, key, acts.get(key, key),
                           due if real else None, overdue if real else None, last))
    return WorkList(out, min(total, COUNT_CAP), total > COUNT_CAP)


def recompute_all(ctx: ServiceContext, progress=None) -> int:
    """Recompute every patient's items (after a change of the schedules; also ``cordee due-care``); returns how
    many items in all."""
    require(ctx, "due_care.list")
    with ctx.transaction() as session:
        total = engine.refresh_all(session, progress)
        ctx.audit(session, "due_care.recompute", entity_type="due_item", detail=str(total))
    ctx.announce("due_care.changed")
    return total
