"""Due care: items from problems, age and sex; acts and observations clear them; the overdue lists; recall tasks
created once; a completed recall task records its act; bad input refused with nothing stored."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from app.models.due_care import DueItem, RecordedAct
from app.models.task import Task
from app.services.due_care import acts, engine, recall, schedules, worklist
from app.services.errors import AccessDenied, ValidationError
from app.services.medications import observations
from app.services.patients import records as patients
from app.services.tasks import protocols
from app.services.tasks import task_flow as tasks
from app.services.tasks.recurrence import today_local
from tests.services.tasks.test_tasks_helpers import add_patient


def _items(practice, pid) -> dict[str, str]:
    return {i.item_key: i.status for i in acts.patient_items(practice.ctx["physician"], pid)}


def test_schedules_load_with_sources_for_every_item():
    s = schedules.load()
    groups = {g.key for g in s.groups.values()}
    assert {"t2d", "hypertension", "heart_failure", "copd", "asthma", "ckd", "coronary", "af_anticoag",
            "screening", "vaccination"} <= groups
    assert all(i.source in s.sources and s.sources[i.source].url.startswith("https://") for i in s.items)
    assert {c for i in s.items for c in i.countries} == {"FR", "CH"}


def test_items_checked_against_their_source_quote_it():
    s = schedules.load()
    checked = [i for i in s.items if s.groups[i.group].kind == "condition" and not i.verify]
    assert {i.key for i in checked} >= {"t2d.hba1c", "t2d.eye", "ckd.egfr", "heart_failure.review"}
    assert all("«" in i.note and "»" in i.note for i in checked)          # the source's own words
    assert (s.item("ckd.egfr").interval_months, s.item("ckd.egfr").source) == (12, "kdigo_2024")  # "at least annually"
    assert s.item("af_anticoag.kidney").verify and s.item("coronary.ecg").verify      # not read: still to check


def test_diabetic_patient_gets_follow_up_and_an_hba1c_clears_it(practice):
    pid = add_patient(practice.ctx["physician"], age_years=60, sex="M", conditions=["E11.9"])
    items = _items(practice, pid)
    assert {"t2d.hba1c", "t2d.eye", "t2d.foot", "t2d.egfr", "t2d.albuminuria", "fr.colorectal"} <= set(items)
    assert "fr.breast" not in items and items["fr.zoster"] == "upcoming"   # a man, under 65: shingles later
    assert items["t2d.hba1c"] == "overdue"
    observations.record_observation(practice.ctx["nurse"], pid, "hba1c", "7.1")
    assert _items(practice, pid)["t2d.hba1c"] == "ok"
    acts.record_act(practice.ctx["nurse"], pid, "foot_exam", date.today() - timedelta(days=400))
    assert _items(practice, pid)["t2d.foot"] == "overdue"           # a year and more ago: still overdue
    acts.record_act(practice.ctx["nurse"], pid, "foot_exam", date.today() - timedelta(days=10), source="hospital_letter")
    assert _items(practice, pid)["t2d.foot"] == "ok"
    [newest, _old] = acts.patient_acts(practice.ctx["nurse"], pid)
    assert (newest.act_code, newest.source) == ("foot_exam", "hospital_letter")


def test_problem_added_later_brings_its_items(practice):
    ctx = practice.ctx["physician"]
    pid = add_patient(ctx, age_years=40, sex="F")
    assert "ckd.egfr" not in _items(practice, pid)
    row = patients.open_patient(ctx, pid)
    data = patients.with_changes(row, problems=[patients.ProblemEntry("condition", "MRC stade 3", "N18.3")])
    patients.update_patient(ctx, pid, row.version, data)
    assert _items(practice, pid)["ckd.egfr"] == "overdue"


def test_age_sex_and_boosters():
    f = engine.Facts(1, date(1960, 6, 15), "F", "FR")
    got = {c.item_key: c for c in engine.compute(f)}
    assert got["fr.breast"].due_on == date(2010, 6, 15) and got["fr.breast"].until_on == date(2035, 6, 15)
    assert got["fr.zoster"].due_on == date(2025, 6, 15)                     # from 65
    assert got["fr.dtp"].due_on == date(1985, 6, 15)                        # never recorded: since 25
    f.done["vaccine_dtp"] = date(2004, 3, 1)                                # counted for 45 (2005)
    assert engine.compute_item(schedules.load().item("fr.dtp"), f).due_on == date(2025, 6, 15)
    f.done["vaccine_zoster"] = date(2025, 9, 1)
    assert engine.compute_item(schedules.load().item("fr.zoster"), f).due_on == engine.DONE_FOR_GOOD
    f.done["colonoscopy"] = date(2024, 1, 10)                               # counts 5 years in France
    c = engine.compute_item(schedules.load().item("fr.colorectal"), f)
    assert (c.due_on, c.last_done_on) == (date(2029, 1, 10), date(2024, 1, 10))
    swiss = engine.Facts(2, date(1960, 6, 15), "M", "CH")
    keys = {c.item_key for c in engine.compute(swiss)}
    assert "ch.colorectal" in keys and "fr.colorectal" not in keys and "ch.breast" not in keys
    assert engine.status(date(2026, 1, 1), date(2026, 6, 1), None, date(2026, 3, 1)) == "due"
    assert engine.status(date(2026, 1, 1), date(2026, 6, 1), date(2026, 2, 1), date(2026, 3, 1)) == "not_applicable"


def test_af_items_need_the_anticoagulant():
    f = engine.Facts(1, date(1950, 1, 1), "M", "FR", problems=["I48.1"])
    assert "af_anticoag.kidney" not in {c.item_key for c in engine.compute(f)}
    f.medications.append("B01AF02")
    assert "af_anticoag.kidney" in {c.item_key for c in engine.compute(f)}


def test_overdue_list_and_recall_are_idempotent(practice):
    ctx = practice.ctx["physician"]
    a = add_patient(ctx, age_years=60, conditions=["E11.9"], family="Alpha")
    b = add_patient(ctx, age_years=55, conditions=["E11.65"], family="Beta")
    add_patient(ctx, age_years=55, conditions=["I10"], family="Gamma")
    observations.record_observation(ctx, b, "hba1c", "6.8")
    ma = practice.ctx["medical_assistant"]
    listed = worklist.work_list(ma, "t2d")
    assert listed.total == 9 and {r.patient_id for r in listed.rows} == {a, b}
    assert ("t2d.hba1c", b) not in {(r.item_key, r.patient_id) for r in listed.rows}
    counts = {c.group_key: c for c in worklist.group_counts(ma)}
    assert counts["t2d"].overdue == 9 and counts["hypertension"].overdue == 2
    first = recall.create_recall_tasks(ma, "t2d")
    assert (first.created, first.skipped) == (9, 0)
    second = recall.create_recall_tasks(ma, "t2d")
    assert (second.created, second.skipped) == (0, 9)
    with practice.db.session() as s:
        made = s.exec(select(Task).where(Task.task_type == "due_care")).all()
    assert len(made) == 9 and all(t.pool_role == "medical_assistant" and t.origin_type == "recall" for t in made)


def test_completing_a_recall_task_records_the_act_and_clears_the_item(practice):
    ctx = practice.ctx["physician"]
    pid = add_patient(ctx, age_years=60, conditions=["E11.9"])
    recall.create_recall_tasks(practice.ctx["medical_assistant"], "t2d")
    with practice.db.session() as s:
        task = s.exec(select(Task).where(Task.dedup_key.like("due:t2d.foot:%"))).one()
    ma = practice.ctx["medical_assistant"]
    v = tasks.claim_task(ma, task.id, task.version)
    v = tasks.transition(ma, task.id, v, "in_progress")
    tasks.transition(ma, task.id, v, "completed", result="pieds examinés, grade 0")
    assert _items(practice, pid)["t2d.foot"] == "ok"
    with practice.db.session() as s:
        act = s.exec(select(RecordedAct).where(RecordedAct.patient_id == pid)).one()
    assert (act.act_code, act.source, act.task_id, act.done_on) == ("foot_exam", "task", task.id, today_local())
    assert "t2d.foot" not in {r.item_key for r in worklist.work_list(ma, "t2d").rows}


def test_recall_goes_to_asalee_when_the_protocol_applies(practice):
    ctx = practice.ctx["physician"]
    pid = add_patient(ctx, age_years=60, conditions=["E11.9"])
    protocols.set_active(practice.ctx["admin"], "fr-asalee", True, activated_on=date.today())
    protocols.enrol_patient(ctx, "fr-asalee", pid, consent_date=date.today(), consent_how="oral")
    result = recall.create_recall_tasks(practice.ctx["coordinator"], "t2d")
    assert result.created == 5 and result.delegated == 5
    with practice.db.session() as s:
        made = s.exec(select(Task).where(Task.patient_id == pid)).all()
    assert {(t.protocol_code, t.pool_role) for t in made} == {("fr-asalee", "nurse")}
    assert {t.act for t in made} == {"t2d_exam_prescription", "t2d_foot_exam"}


@pytest.mark.parametrize("kwargs,field,code", [
    ({"act_code": ""}, "act", "required"),
    ({"act_code": "laser_tag"}, "act", "due_care.unknown_act"),
    ({"act_code": "ecg", "done_on": "31.02.2026"}, "done_on", "not_a_calendar_date"),
    ({"act_code": "ecg", "done_on": today_local() + timedelta(days=1)}, "done_on", "due_care.in_future"),
    ({"act_code": "ecg", "done_on": date(1850, 1, 1)}, "done_on", "due_care.before_1900"),
    ({"act_code": "ecg", "source": "task"}, "source", "due_care.bad_source"),
    ({"act_code": "ecg", "note": "x" * 501}, "note", "too_long"),
])
def test_bad_act_input_names_the_field_and_stores_nothing(practice, kwargs, field, code):
    pid = add_patient(practice.ctx["physician"], age_years=60, conditions=["I25.1"])
    before = _items(practice, pid)
    with pytest.raises(ValidationError) as err:
        acts.record_act(practice.ctx["nurse"], pid, **kwargs)
    assert (err.value.field, err.value.code) == (field, code)
    with practice.db.session() as s:
        assert s.exec(select(RecordedAct)).all() == []
    assert _items(practice, pid) == before


def test_bad_list_input_and_access(practice):
    with pytest.raises(ValidationError) as err:
        worklist.work_list(practice.ctx["nurse"], "gout")
    assert (err.value.field, err.value.code) == ("group", "due_care.unknown_group")
    with pytest.raises(ValidationError) as err:
        recall.create_recall_tasks(practice.ctx["nurse"], "t2d", kind="someday")
    assert (err.value.field, err.value.code) == ("kind", "one_of")
    with pytest.raises(AccessDenied):
        worklist.work_list(practice.ctx["pharmacist"], "t2d")
    pid = add_patient(practice.ctx["physician"])
    with pytest.raises(AccessDenied):
        acts.record_act(practice.ctx["pharmacist"], pid, "ecg")


def test_refresh_all_rebuilds_the_table(practice):
    ctx = practice.ctx["physician"]
    pid = add_patient(ctx, age_years=70, conditions=["J44.9"])
    with practice.db.session() as s, s.begin():
        s.execute(DueItem.__table__.delete())
    with practice.db.session() as s, s.begin():
        assert engine.refresh_all(s) > 0
    assert _items(practice, pid)["copd.spirometry"] == "overdue"
