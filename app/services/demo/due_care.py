"""Demo due care: acts done over the last years for a share of the items that apply to each patient (so that the
overdue lists hold some patients and not all), then every patient's items computed."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select

from app.models.due_care import RecordedAct
from app.models.patient import Patient
from app.services.demo.bulk import insert_rows
from app.services.due_care import engine, schedules
from app.services.kernel.context import ServiceContext
from app.services.security.access import require

DONE_SHARE = 0.65          # of the items that apply: an act was recorded (house assumption)
SOURCES = ("manual", "manual", "hospital_letter")


def act_rows(rng: random.Random, today: date, patients: list[tuple[int, date, str, str, list[str]]],
             by: str) -> list[dict]:
    """Recorded acts for ``patients`` (id, birth date, sex, country, problem codes): each item that applies is done,
    with ``DONE_SHARE`` chance, some day within its interval and a half (some on time, some overdue)."""
    plan = schedules.load()
    rows = []
    for pid, birth, sex, country, problems in patients:
        facts = engine.Facts(pid, birth, sex, country, problems=[p.upper() for p in problems if p])
        acts: dict[str, int] = {}
        for c in engine.compute(facts, plan):
            item = plan.item(c.item_key)
            if c.due_on > today or rng.random() > DONE_SHARE:
                continue
            months = item.interval_months or (item.then_every_years or 10) * 12
            acts[item.act] = min(acts.get(item.act, 10 ** 6), months)
        for code, months in sorted(acts.items()):
            day = today - timedelta(days=rng.randint(5, int(months * 30.4 * 1.5)))
            rows.append({"patient_id": pid, "act_code": code, "done_on": max(day, birth), "source": rng.choice(SOURCES),
                         "recorded_by": by})
    return rows


def add_demo_due_care(ctx: ServiceContext, ids: dict[str, int]) -> None:
    """The small demo's step: acts for every patient, then every patient's items."""
    require(ctx, "patient.create")
    rng = random.Random(19)
    today = date.today()
    with ctx.transaction() as session:
        patients = [(pid, birth, sex, country, []) for pid, birth, sex, country in session.execute(
            select(Patient.id, Patient.birth_date, Patient.sex, Patient.country).order_by(Patient.id))]
        facts = {f.patient_id: f for f in engine.facts_of(session, [p[0] for p in patients], schedules.load())} \
            if patients else {}
        patients = [(pid, birth, sex, country, facts[pid].problems) for pid, birth, sex, country, _ in patients]
        insert_rows(session, RecordedAct, act_rows(rng, today, patients, ctx.actor.display_name))
        total = engine.refresh_all(session)
        ctx.audit(session, "demo.generate", entity_type="due_item", detail=f"{total} due-care items")
