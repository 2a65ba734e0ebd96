"""The whole generated practice (``cordee demo-data``): reproducible, every capability's table filled, and what the
services would have written — alert-memory fingerprints, care-plan action tasks, a review that finds something,
intakes in every state that the intake services read and carry on, an audit chain that verifies — on the encrypted
file and on PostgreSQL."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, text

from app.models.alert import Alert
from app.models.audit import AuditEvent
from app.models.break_glass import BreakGlassGrant
from app.models.care_plan import CarePlan, CarePlanAction, CarePlanVersion
from app.models.deprescribing import DeprescribingPlan, DeprescribingStep
from app.models.intake import Intake, IntakeStep
from app.models.medication import MedicationLine, MedicationLineVersion
from app.models.patient import Patient
from app.models.staff import Staff
from app.models.task import ChartNote, Task
from app.services.alerts import memory as alert_memory
from app.services.break_glass import review
from app.services.care_plans import deprescribing
from app.services.care_plans import plans as plan_service
from app.services.demo import whole_practice
from app.services.demo.whole_team import ACTION_TASK
from app.services.intake import checklist, intakes, steps, waiting
from app.services.kernel.context import ServiceContext
from app.services.medications import check as medication_check
from app.services.medications import medication_list as medications
from app.services.medications import timeline
from app.services.patients.identity import exportable_ins
from app.services.practice.accounts import actor_for
from app.services.security import audit
from app.services.security.actor import SYSTEM
from app.services.storage.database import create_encrypted
from app.services.tasks import recurrence
from tests.conftest import PASSPHRASE, TEST_KDF
from tests.support import build_practice

PATIENTS, SEED = 300, 11
TABLES = ("patient", "patient_problem", "medication_line", "medication_line_version", "observation", "alert",
          "alert_message", "reconciliation", "reconciliation_item", "care_plan", "care_plan_member",
          "care_plan_problem", "care_plan_goal", "care_plan_action", "care_plan_version", "task",
          "protocol_activation", "protocol_adherence", "protocol_enrolment", "hospital_event", "daum_alert",
          "referral", "concertation_meeting", "meeting_case", "meeting_decision", "maturity_period",
          "maturity_answer_set", "maturity_answer", "message_thread", "team_message", "message_mention",
          "message_read_mark", "deprescribing_plan", "deprescribing_step", "break_glass_grant", "chart_note",
          "intake", "intake_step", "audit_event")


def _generated(db, today: date):
    fx = build_practice(db, None, "")
    ctx = ServiceContext(db, SYSTEM)
    made = whole_practice.generate_practice(ctx, PATIENTS, SEED, today=today)
    return fx, ctx, made


def _counts(db) -> dict[str, int]:
    with db.session() as s:
        return {t: s.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar() for t in TABLES}


def _first_rows(db) -> list:
    with db.session() as s:
        patients = s.execute(select(Patient.family_name, Patient.given_names, Patient.birth_date)
                             .order_by(Patient.id).limit(5)).all()
        lines = s.execute(select(MedicationLine.atc, MedicationLine.strength, MedicationLine.start_date)
                          .order_by(MedicationLine.id).limit(5)).all()
        alerts = s.execute(select(Alert.state, Alert.finding_key).order_by(Alert.id).limit(5)).all()
    return [tuple(r) for r in patients + lines + alerts]


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def whole(request, tmp_path_factory):
    """A 300-patient whole practice on the encrypted file, then on PostgreSQL."""
    today = date.today()
    if request.param == "sqlite":
        db, _ = create_encrypted(tmp_path_factory.mktemp("whole") / "p.db", PASSPHRASE, kdf=TEST_KDF,
                                 use_keyring=False)
        drop = None
    else:
        from app.services.storage.database import connect_postgres
        from tests.pg_support import fresh_database_url

        url, drop = fresh_database_url()
        db = connect_postgres(url)
    _, ctx, made = _generated(db, today)
    yield db, ctx, made, today
    db.close()
    if drop:
        drop()


def test_every_capability_table_has_rows(whole):
    db, _, made, _ = whole
    counts = _counts(db)
    assert counts["patient"] == PATIENTS and made["patients"] == PATIENTS
    assert [t for t, n in counts.items() if n == 0] == []
    with db.session() as s:
        states = set(s.execute(select(Alert.state)).scalars())
        plans = set(s.execute(select(CarePlan.status)).scalars())
        tasks = set(s.execute(select(Task.status).where(Task.protocol_code.is_not(None))).scalars())
        older = s.execute(text("SELECT COUNT(*) FROM audit_event WHERE occurred_at < :d"),
                          {"d": date(today_year(whole) - 2, 1, 1)}).scalar()
    assert states == {"open", "read", "question", "replied", "accepted", "modified", "refused", "partial", "answered"}
    assert plans == {"draft", "validated", "active", "revised", "closed"}
    assert tasks == {"requested", "accepted", "in_progress", "on_hold", "completed", "cancelled", "failed"}
    assert older > 0   # the audit history reaches back (three years)


def today_year(whole) -> int:
    return whole[3].year


def test_audit_chain_verifies(whole):
    db, _, _, _ = whole
    with db.session() as s:
        report = audit.verify_chain(s, db.audit_key)
    assert report.ok, report.problems


def test_alert_fingerprints_are_what_memory_computes(whole):
    db, _, _, today = whole
    with db.session() as s:
        alerts = s.execute(select(Alert).where(Alert.finding_key.is_not(None))).scalars().all()
        assert alerts
        for alert in alerts:
            result = medication_check.review_in(s, alert.patient_id, today)
            found = [f for f in result.findings if alert_memory.finding_key(f) == alert.finding_key]
            assert found, alert.finding_key
            assert json.loads(alert.fingerprint) == alert_memory.fingerprint(found[0], result)
            assert alert.finding_rule == found[0].rule


def test_each_care_plan_action_has_its_task_pointing_back(whole):
    db, _, _, _ = whole
    with db.session() as s:
        plans = {p.id: p for p in s.execute(select(CarePlan)).scalars()}
        actions = s.execute(select(CarePlanAction)).scalars().all()
        tasks = s.execute(select(Task).where(Task.origin_type == "care_plan_action")).scalars().all()
        by_action = {}
        for task in tasks:
            by_action.setdefault(task.origin_id, []).append(task)
        assert set(by_action) <= {a.id for a in actions}
        for action in actions:
            plan = plans[action.plan_id]
            linked = by_action.get(action.id, [])
            if plan.status == "draft":
                assert linked == []
                continue
            assert len(linked) == 1, action.id
            task = linked[0]
            assert task.patient_id == plan.patient_id and task.task_type == "care_plan_action"
            assert (task.assignee_staff_id, task.pool_role) == (action.responsible_staff_id, action.responsible_role)
            assert task.status == ACTION_TASK[action.status]
        for plan in list(plans.values())[:20]:   # the kept version is the plan as the plan service sees it
            kept = s.execute(select(CarePlanVersion.snapshot).where(CarePlanVersion.plan_id == plan.id)).scalar()
            assert json.loads(kept) == plan_service.snapshot(s, plan)


def test_the_review_finds_something_for_an_older_patient(whole):
    db, _, _, today = whole
    with db.session() as s:
        pid = s.execute(select(MedicationLine.patient_id).join(Patient, Patient.id == MedicationLine.patient_id)
                        .where(Patient.birth_date < date(today.year - 75, 1, 1), MedicationLine.stopped_at.is_(None))
                        .group_by(MedicationLine.patient_id).having(func.count() >= 5)
                        .order_by(MedicationLine.patient_id).limit(1)).scalar()
        assert pid is not None
        assert medication_check.review_in(s, pid, today).findings


def test_a_stopped_line_has_its_add_and_stop_versions(whole):
    db, _, _, _ = whole
    with db.session() as s:
        line = s.execute(select(MedicationLine).where(MedicationLine.stopped_at.is_not(None))
                         .order_by(MedicationLine.id).limit(1)).scalar_one()
        changes = s.execute(text("SELECT version, change FROM medication_line_version WHERE line_id = :i "
                                 "ORDER BY version"), {"i": line.id}).all()
    assert line.version == 2 and [tuple(c) for c in changes] == [(1, "add"), (2, "stop")]


def test_same_seed_same_practice(whole, tmp_path):
    db, _, _, today = whole
    if db.engine.dialect.name != "sqlite":
        pytest.skip("reproducibility is checked once, on the file")
    again, _ = create_encrypted(tmp_path / "again.db", PASSPHRASE, kdf=TEST_KDF, use_keyring=False)
    try:
        _generated(again, today)
        assert _counts(again) == _counts(db)
        assert _first_rows(again) == _first_rows(db)
    finally:
        again.close()


# -- medication history, deprescribing plans, emergency accesses ------------------------------------------------
def test_each_line_stands_as_its_last_kept_version(whole):
    """A line's columns are those of its last snapshot (what the list service would read back), its version the
    number of snapshots, and each change is dated the day it was made, in order."""
    db, _, _, _ = whole
    with db.session() as s:
        lines = {line.id: line for line in s.execute(select(MedicationLine)).scalars()}
        kept: dict[int, list] = {}
        for v in s.execute(select(MedicationLineVersion).order_by(MedicationLineVersion.line_id,
                                                                  MedicationLineVersion.version)).scalars():
            kept.setdefault(v.line_id, []).append(v)
    changed = stopped = 0
    for line_id, line in lines.items():
        versions = kept[line_id]
        assert [v.version for v in versions] == list(range(1, line.version + 1))
        assert versions[0].change == "add" and all(v.change in ("change", "stop") for v in versions[1:])
        assert [v.changed_at for v in versions] == sorted(v.changed_at for v in versions)
        last = json.loads(versions[-1].snapshot)
        now = medications.input_to_dict(medications.line_data(line))
        assert {k: last["posology"].get(k) for k in ("dose_morning", "dose_noon", "dose_evening", "dose_night")} == \
            {k: now["posology"][k] for k in ("dose_morning", "dose_noon", "dose_evening", "dose_night")}, line_id
        assert (last["stopped_at"] or None) == (line.stopped_at.isoformat() if line.stopped_at else None)
        if line.stopped_at:
            assert versions[-1].change == "stop" and versions[-1].changed_at.date() == line.stopped_at
            stopped += 1
        changed += any(v.change == "change" for v in versions)
    assert changed and stopped


def test_the_daily_dose_of_a_changed_line_is_the_list_services(whole):
    db, _, _, _ = whole
    with db.session() as s:
        changed = s.execute(select(MedicationLine).where(MedicationLine.version > 1, MedicationLine.stopped_at.is_(None))
                            .order_by(MedicationLine.id).limit(40)).scalars().all()
        assert changed
        for line in changed:
            again = medications.line_values(s, replace(medications.line_data(line), prescriber_staff_id=None))
            assert again["daily_dose_mg"] == line.daily_dose_mg, line.id


def test_the_timeline_moves_for_an_older_patient_with_history(whole):
    db, ctx, _, today = whole
    with db.session() as s:
        pid = s.execute(select(MedicationLineVersion.patient_id).join(Patient, Patient.id == MedicationLineVersion.patient_id)
                        .where(MedicationLineVersion.change == "stop", Patient.birth_date < date(today.year - 70, 1, 1))
                        .order_by(MedicationLineVersion.patient_id).limit(1)).scalar()
    points = timeline.medication_timeline(ctx, pid).points
    assert len(points) >= 3 and len({p.drugs for p in points}) >= 2
    assert any(c.kind == "stopped" for p in points for c in p.changes)
    assert {p.basis for p in points} == {"today"}   # the generator installs no knowledge edition


def test_deprescribing_plans_in_every_state_as_the_service_leaves_them(whole):
    db, ctx, _, today = whole
    with db.session() as s:
        plans = s.execute(select(DeprescribingPlan)).scalars().all()
        steps = s.execute(select(DeprescribingStep).order_by(DeprescribingStep.plan_id, DeprescribingStep.number)
                          ).scalars().all()
        calls = {t.id: t for t in s.execute(select(Task).where(Task.task_type == "deprescribing_follow_up")).scalars()}
        lines = {line.id: line for line in s.execute(select(MedicationLine).where(
            MedicationLine.id.in_([p.line_id for p in plans]))).scalars()}
        notes = set(s.execute(select(ChartNote.task_id)).scalars())
    assert {p.status for p in plans} == {"draft", "active", "completed", "cancelled"}
    assert {p.scheme_key for p in plans} >= {"has_bzd_2015", "deprescribing_org_ppi_2017_lower"}
    by_plan: dict[int, list] = {}
    for step in steps:
        by_plan.setdefault(step.plan_id, []).append(step)
    for plan in plans:
        mine, line = by_plan[plan.id], lines[plan.line_id]
        states = [x.state for x in mine]
        assert [x.number for x in mine] == list(range(1, len(mine) + 1))
        assert states == sorted(states, key=lambda st: st == "planned")     # decided in order
        for x in mine:
            if x.state != "planned":
                assert x.decided_at.date() >= x.due_date and x.decided_by_staff_id is not None
        if plan.status == "draft":
            assert plan.agreed_on is None and all(x.task_id is None for x in mine) and set(states) == {"planned"}
            continue
        assert plan.agreed_on and all(x.task_id in calls for x in mine)
        for x in mine:
            call = calls[x.task_id]
            assert (call.origin_type, call.origin_id, call.dedup_key) == ("deprescribing_step", x.id,
                                                                           f"deprescribing_step:{x.id}")
            assert call.due_date == x.due_date + timedelta(days=plan.follow_up_days)
            assert call.pool_role == plan.follow_up_role and call.patient_id == plan.patient_id
            assert (call.status == "completed") == (x.task_id in notes)
        if plan.status == "completed":
            assert "planned" not in states
            assert (line.stopped_at is not None) == mine[-1].stop
        if plan.status == "active":
            assert states[-1] == "planned" and line.stopped_at is None
            assert all(calls[x.task_id].status in ("requested", "completed") for x in mine)
        if plan.status == "cancelled":
            assert plan.closed_reason and "planned" in states and line.stopped_at is None
            assert {calls[x.task_id].status for x in mine} <= {"completed", "cancelled"}
        applied = [x for x in mine if x.state == "applied" and not x.stop]
        if applied and plan.status != "completed":   # the line is taken as the last confirmed step says
            last = json.loads(applied[-1].posology)
            assert (line.dose_morning, line.dose_evening) == (last["dose_morning"], last["dose_evening"])
        assert plan.version == 1 + sum(st != "planned" for st in states) + (plan.status == "cancelled")
    due = [p for p in plans if p.status == "active" and any(
        x.state == "planned" and x.due_date <= today for x in by_plan[p.id])]
    assert due   # some steps wait for the physician's confirmation
    assert deprescribing.due_steps(ctx, due[0].patient_id, today)


def test_emergency_accesses_running_expired_acknowledged_or_waiting(whole):
    db, ctx, _, _ = whole
    with db.session() as s:
        admin = ServiceContext(db, actor_for(s.execute(select(Staff).where(Staff.username == "admin")).scalar_one()))
        grants = s.execute(select(BreakGlassGrant)).scalars().all()
        patients = {p.id: p for p in s.execute(select(Patient).where(
            Patient.id.in_([g.patient_id for g in grants]))).scalars()}
        told = {t.origin_id: t for t in s.execute(select(Task).where(Task.task_type == "break_glass")).scalars()}
        granted = s.execute(text("SELECT entity_id, user_id FROM audit_event WHERE action = 'break_glass.grant'")
                            ).all()
        reads = s.execute(text("SELECT COUNT(*) FROM audit_event WHERE action = 'patient.open' AND detail = :d"),
                          {"d": audit.EMERGENCY_PURPOSE}).scalar()
    waiting, done = review.list_accesses(admin), review.list_accesses(admin, acknowledged=True)
    assert {g.active() for g in waiting} == {True, False} and {g.active() for g in done} == {True, False}
    assert len(waiting) + len(done) == len(grants) and reads == len(grants)
    for g in grants:
        assert g.staff_id != patients[g.patient_id].gp_staff_id
        task = told[g.id]
        assert task.assignee_staff_id == patients[g.patient_id].gp_staff_id and task.priority == "urgent"
        assert task.dedup_key == f"break-glass:{g.id}"
    assert {(int(e), u) for e, u in granted} == {(g.id, g.staff_id) for g in grants}   # the clinician's own events


def _assistant(db, ctx) -> ServiceContext:
    with db.session() as s:
        member = next(m for m in s.execute(select(Staff).order_by(Staff.id)).scalars()
                      if "medical_assistant" in m.role_set and m.active)
        return ctx.as_actor(actor_for(member))


def test_intakes_in_every_state_as_the_services_leave_them(whole):
    db, ctx, _, today = whole
    with db.session() as s:
        intakes_ = s.execute(select(Intake)).scalars().all()
        rows = s.execute(select(IntakeStep)).scalars().all()
        patients = {p.id: p for p in s.execute(select(Patient).where(
            Patient.id.in_([i.patient_id for i in intakes_]))).scalars()}
        tasks = s.execute(select(Task).where(Task.task_type == "intake")).scalars().all()
        own_records = s.execute(select(func.count()).select_from(MedicationLine).where(MedicationLine.patient_id.in_(
            [i.patient_id for i in intakes_ if i.status in ("waiting", "withdrawn")]))).scalar_one()
        updates = dict(s.execute(select(AuditEvent.patient_id, func.count()).where(
            AuditEvent.action == "patient.update").group_by(AuditEvent.patient_id)).all())
    steps_of = {}
    for r in rows:
        steps_of.setdefault(r.intake_id, {})[r.step_key] = r
    assert {i.status for i in intakes_} == {"waiting", "in_progress", "done", "withdrawn"}
    assert own_records == 0   # still outside the practice: no medication list made by the team
    required = [d.key for d in checklist.load().steps if d.required]
    for intake in intakes_:
        steps, patient = steps_of[intake.id], patients[intake.patient_id]
        assert set(steps) == {d.key for d in checklist.load().steps}
        if intake.status in ("waiting", "withdrawn"):
            assert patient.gp_staff_id is None and intake.taken_on is None
            assert {r.state for r in steps.values()} <= {"open", "not_applicable"}
        else:
            assert patient.gp_staff_id is not None and intake.taken_on is not None
        if intake.status == "done":
            assert all(steps[k].state in intakes.DONE_STATES for k in required)
            assert intake.closed_on is not None and intake.closed_on <= today
        if intake.no_gp and intake.status in ("in_progress", "done"):   # taken on: the patients service's change
            assert patient.version == 2 and updates.get(patient.id) == 1
            assert steps["first_appointment"].staff_id == patient.gp_staff_id
        identity = steps["identity"]
        if identity.state == "not_qualifiable":
            assert identity.reason in {r.code for r in checklist.identity_reasons().reasons}
            assert exportable_ins(patient) is None and patient.country == "FR"
            assert [t.dedup_key for t in tasks if t.origin_id == intake.id and "qualify" in t.dedup_key] == [
                f"intake:identity_qualify:{intake.id}"]
        elif identity.state == "done" and patient.country == "FR":
            assert exportable_ins(patient) is not None
    unqualified_done = [i for i in intakes_ if i.status == "done" and steps_of[i.id]["identity"].state ==
                        "not_qualifiable"]
    assert unqualified_done
    assert len({t.dedup_key for t in tasks}) == len(tasks)


def test_the_intake_services_read_and_carry_on_the_generated_intakes(whole):
    db, ctx, _, _ = whole
    ma = _assistant(db, ctx)
    counts = waiting.counts(ma)
    rows = waiting.waiting_list(ma)
    with db.session() as s:
        assert counts.waiting == len(rows) == s.execute(select(func.count()).where(
            Intake.status == "waiting")).scalar_one() > 0
        ids = s.execute(select(Intake.id).order_by(Intake.id)).scalars().all()
    ranks = [0 if r.first else 1 for r in rows]
    assert ranks == sorted(ranks)
    for iid in ids:   # every generated intake reads as the services' own
        view = intakes.open_intake(ma, iid)
        assert view.version >= 1 and len(view.steps) == 9


def test_a_generated_intake_goes_on_through_the_services(tmp_path):
    """On a practice of its own (the module's practice is only read): the versions the generator wrote are the ones
    the services check — a waiting patient taken on, an intake in progress given its next step."""
    db, _ = create_encrypted(tmp_path / "p.db", PASSPHRASE, kdf=TEST_KDF, use_keyring=False)
    try:
        _, ctx, _ = _generated(db, date.today())
        ma = _assistant(db, ctx)
        row = waiting.waiting_list(ma)[0]
        version = intakes.take_on(ma, row.intake_id, row.version, _physician(db), recurrence.today_local(),
                                  row.patient_version)
        view = intakes.open_intake(ma, row.intake_id)
        assert view.version == version and view.status == "in_progress" and view.patient_version == 2
        going = waiting.waiting_list(ma, status="in_progress")
        view = intakes.open_intake(ma, next(r.intake_id for r in going if r.intake_id != row.intake_id))
        step = next(s for s in view.steps if s.state == "open" and s.key in ("summary_risk_factors",
                                                                             "summary_allergies"))
        assert steps.record_step(ma, view.id, view.version, step.key, steps.StepInput()) == view.version + 1
    finally:
        db.close()


def _physician(db) -> int:
    with db.session() as s:
        return next(m.id for m in s.execute(select(Staff).order_by(Staff.id)).scalars()
                    if "physician" in m.role_set and m.active)
