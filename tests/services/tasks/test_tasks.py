"""Tasks: lifecycle (every allowed and forbidden transition), write-back to the chart, recurrence across month
ends and DST, bad input on every field, pools and claims, escalation, absences and reassignment, counts."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import select

from app.models.task import ChartNote, Task, TaskStatus
from app.services.errors import AccessDenied, StaleRecordError, ValidationError
from app.services.tasks import absences
from app.services.tasks import escalation as task_escalation
from app.services.tasks import task_flow as tasks
from app.services.tasks import worklists as task_lists
from app.services.tasks.task_flow import POOL_ROLES, TRANSITIONS, TaskInput, TransitionError
from app.services.tasks.task_input import ORIGIN_TYPES
from tests.services.tasks.test_tasks_helpers import add_patient

TODAY = date.today()
ALL = [s.value for s in TaskStatus]
PATH = {"requested": [], "accepted": ["accepted"], "in_progress": ["accepted", "in_progress"],
        "on_hold": ["accepted", "in_progress", "on_hold"], "completed": ["accepted", "in_progress", "completed"],
        "cancelled": ["cancelled"], "failed": ["accepted", "in_progress", "failed"]}


def new_task(practice, role="nurse", **extra) -> int:
    values = dict(title="Prise de sang", assignee_staff_id=practice.staff_ids[role], due_date=TODAY)
    values.update(extra)
    return tasks.create_task(practice.ctx["physician"], TaskInput(**values))


def move(ctx, tid, statuses) -> int:
    version = 1
    for s in statuses:
        version = tasks.transition(ctx, tid, version, s, reason="because")
    return version


def stored(practice, tid) -> Task:
    with practice.db.session() as s:
        return s.get(Task, tid)


@pytest.mark.parametrize("start", ALL)
@pytest.mark.parametrize("target", ALL)
def test_every_transition_allowed_or_refused(practice, start, target):
    ctx = practice.ctx["nurse"]
    tid = new_task(practice)
    version = move(ctx, tid, PATH[start])
    if target in TRANSITIONS[start]:
        assert tasks.transition(ctx, tid, version, target, reason="r") == version + 1
        assert stored(practice, tid).status == target
    else:
        with pytest.raises(TransitionError) as err:
            tasks.transition(ctx, tid, version, target, reason="r")
        assert (err.value.field, err.value.code) == ("status", "tasks.transition_not_allowed")
        assert err.value.params == {"task_status": start, "wanted_task_status": target,
                                    "next_task_statuses": TRANSITIONS[start]}
        assert stored(practice, tid).status == start


def test_cancel_fail_and_hold_need_a_reason(practice):
    tid = new_task(practice)
    with pytest.raises(ValidationError) as err:
        tasks.transition(practice.ctx["nurse"], tid, 1, "cancelled")
    assert (err.value.field, err.value.code) == ("status_reason", "required")


def test_completion_writes_result_to_the_chart_and_business_status(practice):
    pid = add_patient(practice.ctx["physician"])
    tid = new_task(practice, patient_id=pid)
    v = move(practice.ctx["nurse"], tid, ["accepted", "in_progress"])
    tasks.transition(practice.ctx["nurse"], tid, v, "completed", result="HbA1c 7.1 %", business_status="sent to GP")
    [note] = task_lists.chart_notes(practice.ctx["physician"], pid)
    assert "HbA1c 7.1 %" in note.text and note.task_id == tid
    t = stored(practice, tid)
    assert t.business_status == "sent to GP" and t.completed_by and t.result_text == "HbA1c 7.1 %"


def test_stale_update_and_transition_refused(practice):
    tid = new_task(practice)
    tasks.transition(practice.ctx["nurse"], tid, 1, "accepted")
    with pytest.raises(StaleRecordError):
        tasks.transition(practice.ctx["nurse"], tid, 1, "cancelled", reason="x")
    with pytest.raises(StaleRecordError):
        tasks.update_task(practice.ctx["physician"], tid, 1, TaskInput(
            title="Autre", assignee_staff_id=practice.staff_ids["nurse"]))


def test_only_assignee_pool_creator_or_supervisor_may_work(practice):
    tid = new_task(practice)
    with pytest.raises(AccessDenied):
        tasks.transition(practice.ctx["pharmacist"], tid, 1, "accepted")
    with pytest.raises(AccessDenied):
        tasks.transition(practice.ctx["admin"], tid, 1, "accepted")
    assert tasks.transition(practice.ctx["coordinator"], tid, 1, "cancelled", reason="duplicate") == 2


def _complete(ctx, tid, version=1):
    v = tasks.transition(ctx, tid, version, "accepted")
    v = tasks.transition(ctx, tid, v, "in_progress")
    return tasks.transition(ctx, tid, v, "completed", result="ok")


def _series(practice, tid, steps) -> list[Task]:
    ctx = practice.ctx["nurse"]
    for _ in range(steps):
        with practice.db.session() as s:
            current = s.exec(select(Task).where(Task.status == "requested").order_by(Task.id)).first()
        _complete(ctx, current.id)
    with practice.db.session() as s:
        return s.exec(select(Task).where(Task.series_id == tid).order_by(Task.id)).all()


def test_monthly_on_the_31st_keeps_the_month_end(practice):
    tid = new_task(practice, due_date=date(2027, 1, 31), recurrence_rule="FREQ=MONTHLY")
    dues = [t.due_date for t in _series(practice, tid, 4)]
    assert dues == [date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31), date(2027, 4, 30), date(2027, 5, 31)]


def test_quarterly_hba1c_from_november_30_and_leap_years(practice):
    tid = new_task(practice, due_date=date(2027, 11, 30), recurrence_rule="RRULE:FREQ=MONTHLY;INTERVAL=3",
                   title="HbA1c")
    dues = [t.due_date for t in _series(practice, tid, 3)]
    assert dues == [date(2027, 11, 30), date(2028, 2, 29), date(2028, 5, 30), date(2028, 8, 30)]


def test_weekly_task_across_the_dst_change_keeps_local_time(practice):
    tid = new_task(practice, due_date=date(2027, 3, 26), due_time="08:30", recurrence_rule="FREQ=WEEKLY")
    first, second = _series(practice, tid, 1)
    assert first.due_at.replace(tzinfo=UTC) == datetime(2027, 3, 26, 7, 30, tzinfo=UTC)
    assert second.due_date == date(2027, 4, 2)
    assert second.due_at.replace(tzinfo=UTC) == datetime(2027, 4, 2, 6, 30, tzinfo=UTC)
    # and back in autumn
    tid = new_task(practice, due_date=date(2027, 10, 29), due_time="08:30", recurrence_rule="FREQ=WEEKLY")
    _complete(practice.ctx["nurse"], tid)
    with practice.db.session() as s:
        nxt = s.exec(select(Task).where(Task.series_id == tid, Task.id != tid)).one()
    assert nxt.due_at.replace(tzinfo=UTC) == datetime(2027, 11, 5, 7, 30, tzinfo=UTC)


def test_a_series_with_count_ends(practice):
    tid = new_task(practice, due_date=date(2027, 1, 1), recurrence_rule="FREQ=DAILY;COUNT=2")
    assert len(_series(practice, tid, 2)) == 2


def test_cancelling_a_recurring_task_creates_no_next(practice):
    tid = new_task(practice, due_date=date(2027, 1, 1), recurrence_rule="FREQ=DAILY")
    tasks.transition(practice.ctx["nurse"], tid, 1, "cancelled", reason="stop")
    with practice.db.session() as s:
        assert len(s.exec(select(Task)).all()) == 1


BAD = [
    ({"title": ""}, "title", "required", {}), ({"title": "x" * 201}, "title", "too_long", {"max": 200}),
    ({"title": "a\x00b"}, "title", "forbidden_character", {}),
    ({"description": "x" * 10001}, "description", "too_long", {"max": 10000}),
    ({"task_type": "Bad Type"}, "task_type", "tasks.bad_task_type", {}),
    ({"patient_id": 999999}, "patient_id", "tasks.unknown_patient", {}),
    ({"assignee_staff_id": None}, "assignee_staff_id", "tasks.person_or_pool", {}),
    ({"assignee_staff_id": 999999}, "assignee_staff_id", "tasks.not_clinical_member", {}),
    ({"assignee_staff_id": None, "pool_role": "admin"}, "pool_role", "one_of", {"allowed": POOL_ROLES}),
    ({"priority": "whenever"}, "priority", "tasks.bad_priority", {}),
    ({"due_date": "31.02.2027"}, "due_date", "not_a_calendar_date", {}),
    ({"due_date": "1.1.1800"}, "due_date", "tasks.implausible_date", {}),
    ({"due_time": "25:00"}, "due_time", "tasks.bad_time", {}),
    ({"due_date": None, "due_time": "08:00"}, "due_time", "tasks.time_needs_date", {}),
    ({"recurrence_rule": "EVERY MONDAY"}, "recurrence_rule", "tasks.rule_syntax", {}),
    ({"recurrence_rule": "FREQ=DAILY;DTSTART=20260101"}, "recurrence_rule", "tasks.rule_dtstart", {}),
    ({"recurrence_rule": "FREQ=HOURLY"}, "recurrence_rule", "tasks.rule_freq", {}),
    ({"recurrence_rule": "FREQ=MONTHLY;BYMONTHDAY=40"}, "recurrence_rule", "tasks.rule_part_out_of_range",
     {"part": "BYMONTHDAY", "min": 1, "max": 31}),
    ({"recurrence_rule": "FREQ=MONTHLY;INTERVAL=X"}, "recurrence_rule", "tasks.rule_part_not_a_number",
     {"part": "INTERVAL"}),
    ({"recurrence_rule": "FREQ=DAILY", "due_date": None}, "recurrence_rule", "tasks.rule_needs_due_date", {}),
    ({"recurrence_rule": "FREQ=WEEKLY;UNTIL=20260101T235959"}, "recurrence_rule", "tasks.rule_until_before_start",
     {}),
    ({"recurrence_rule": "FREQ=DAILY;COUNT=0"}, "recurrence_rule", "tasks.rule_part_out_of_range",
     {"part": "COUNT", "min": 1, "max": 1000}),
    ({"business_status": "x" * 101}, "business_status", "too_long", {"max": 100}),
    ({"origin_type": "magic"}, "origin_type", "one_of", {"allowed": ORIGIN_TYPES}),
    ({"origin_id": 5}, "origin_id", "tasks.bad_origin", {}),
    ({"act": "urine_dipstick"}, "act", "tasks.act_without_protocol", {}),
    ({"protocol_code": "fr-nothing", "act": "x", "patient_id": None}, "protocol_code", "tasks.unknown_protocol",
     {"protocol_code": "fr-nothing"}),
]


@pytest.mark.parametrize("change,field,code,params", BAD)
def test_bad_input_names_the_field_and_stores_nothing(practice, change, field, code, params):
    values = dict(title="Prise de sang", assignee_staff_id=practice.staff_ids["nurse"], due_date=TODAY)
    values.update(change)
    with pytest.raises(ValidationError) as err:
        tasks.create_task(practice.ctx["physician"], TaskInput(**values))
    assert (err.value.field, err.value.code, err.value.params) == (field, code, params)
    with practice.db.session() as s:
        assert s.exec(select(Task)).all() == []


def test_pool_claim_and_lists_and_counts(practice):
    pid = add_patient(practice.ctx["physician"])
    pooled = tasks.create_task(practice.ctx["physician"], TaskInput(
        title="Rappel vaccin", pool_role="medical_assistant", patient_id=pid, due_date=TODAY - timedelta(days=3)))
    mine = new_task(practice, role="medical_assistant", due_date=TODAY + timedelta(days=1))
    ma = practice.ctx["medical_assistant"]
    assert [r.id for r in task_lists.pool_tasks(ma)] == [pooled]
    assert task_lists.counts(ma) == task_lists.WorklistCounts(mine=1, pool=1, overdue=1, escalated=0)
    with pytest.raises(TransitionError) as err:
        tasks.transition(ma, pooled, 1, "accepted")
    assert (err.value.field, err.value.code) == ("status", "tasks.claim_first")
    with pytest.raises(AccessDenied) as refused:   # not one of the nurse's pools
        tasks.claim_task(practice.ctx["nurse"], pooled, 1)
    assert refused.value.code == "access.not_in_pool"
    tasks.claim_task(ma, pooled, 1)
    assert {r.id for r in task_lists.my_tasks(ma)} == {pooled, mine}
    assert task_lists.pool_tasks(ma) == []
    assert [r.id for r in task_lists.patient_tasks(practice.ctx["physician"], pid)] == [pooled]
    assert [r.id for r in task_lists.overdue_tasks(ma)] == [pooled]
    detail = task_lists.get_task(ma, pooled)
    assert detail.row.patient_name.startswith("Durand") and detail.row.status == "accepted"


def test_escalation_after_the_configured_delay(practice):
    late = new_task(practice, due_date=TODAY - timedelta(days=3))
    new_task(practice, due_date=TODAY - timedelta(days=1))
    coord = practice.ctx["coordinator"]
    delay, version = task_escalation.escalation_delay(coord)
    assert delay == 2
    assert [r.id for r in task_lists.escalated_tasks(coord)] == [late]  # computed on reading
    assert task_escalation.escalate_overdue(practice.ctx["nurse"]) == 1  # and marked (audited) when run
    assert task_escalation.escalate_overdue(practice.ctx["nurse"]) == 0
    assert [r.id for r in task_lists.escalated_tasks(coord)] == [late]
    assert task_lists.counts(coord).escalated == 1
    with pytest.raises(ValidationError) as err:
        task_escalation.set_escalation_delay(coord, "soon", version)
    assert (err.value.field, err.value.code) == ("escalation_delay_days", "tasks.delay_not_whole_days")
    with pytest.raises(ValidationError) as err:
        task_escalation.set_escalation_delay(coord, 61, version)
    assert (err.value.code, err.value.params) == ("tasks.delay_out_of_range", {"min": 0, "max": 60})
    task_escalation.set_escalation_delay(coord, 0, version)
    assert task_escalation.escalate_overdue(coord) == 1
    assert task_lists.counts(coord).escalated == 2
    with pytest.raises(StaleRecordError):
        task_escalation.set_escalation_delay(coord, 5, version)
    with pytest.raises(AccessDenied):
        task_lists.escalated_tasks(practice.ctx["nurse"])


def test_absence_offers_open_tasks_and_shows_what_falls_due(practice):
    during = new_task(practice, due_date=TODAY + timedelta(days=2))
    after = new_task(practice, due_date=TODAY + timedelta(days=30))
    done = new_task(practice, due_date=TODAY + timedelta(days=1))
    _complete(practice.ctx["nurse"], done)
    coord = practice.ctx["coordinator"]
    aid = absences.record_absence(coord, practice.staff_ids["nurse"], TODAY + timedelta(days=1),
                                  TODAY + timedelta(days=7), "congé")
    assert [r.id for r in absences.due_during_absence(coord, aid)] == [during]
    assert [r.id for r in absences.open_tasks_of_absent(coord, aid)] == [during, after]
    assert absences.reassign_tasks(coord, [(during, 1)], assignee_staff_id=practice.staff_ids["advanced_practice_nurse"]) == 1
    assert absences.reassign_tasks(coord, [(after, 1)], pool_role="nurse") == 1
    assert stored(practice, during).assignee_staff_id == practice.staff_ids["advanced_practice_nurse"]
    assert stored(practice, after).pool_role == "nurse" and stored(practice, after).assignee_staff_id is None
    assert [a.id for a in absences.list_absences(coord)] == [aid]


def test_absence_reassignment_is_all_or_nothing(practice):
    a = new_task(practice)
    b = new_task(practice)
    coord = practice.ctx["coordinator"]
    with pytest.raises(StaleRecordError):
        absences.reassign_tasks(coord, [(a, 1), (b, 7)], pool_role="nurse")
    assert stored(practice, a).pool_role is None


@pytest.mark.parametrize("args,field,code", [
    ((None, TODAY), "start_date", "required"), ((TODAY, "xx"), "end_date", "not_a_date"),
    ((TODAY, TODAY - timedelta(days=1)), "end_date", "tasks.end_before_start"),
    ((TODAY, TODAY + timedelta(days=400)), "end_date", "tasks.absence_too_long"),
    ((TODAY, TODAY, "x" * 201), "reason", "too_long"),
])
def test_absence_bad_input(practice, args, field, code):
    with pytest.raises(ValidationError) as err:
        absences.record_absence(practice.ctx["coordinator"], practice.staff_ids["nurse"], *args)
    assert (err.value.field, err.value.code) == (field, code)
    assert absences.list_absences(practice.ctx["coordinator"]) == []


def test_day_worklist_orders_overdue_first_then_priority(practice):
    a = new_task(practice, due_date=TODAY)
    b = new_task(practice, due_date=TODAY, priority="stat")
    c = new_task(practice, due_date=TODAY - timedelta(days=2))
    new_task(practice, due_date=TODAY + timedelta(days=1))
    assert [r.id for r in task_lists.day_worklist(practice.ctx["nurse"], TODAY)] == [c, b, a]


def test_notes_not_written_without_patient(practice):
    _complete(practice.ctx["nurse"], new_task(practice))
    with practice.db.session() as s:
        assert s.exec(select(ChartNote)).all() == []


def test_worklist_pdf_french_by_default_german_on_request(tmp_path):
    import shutil
    import subprocess
    from datetime import date, timedelta

    from app.services.tasks import worklist_pdf
    from app.services.tasks.worklists import TaskRow
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    today = date(2026, 5, 4)
    rows = [TaskRow(1, 1, "Prise de sang HbA1c", "lab", 1, "MOREL Jeanne", "DIAB-01", "prise de sang", None, None,
                    "nurse", "urgent", today - timedelta(days=1), None, "in_progress", None, None, False),
            TaskRow(2, 1, "Pansement", "care", 2, "GIRARD Odette", None, None, None, None, "nurse", "routine", today,
                    None, "requested", None, None, False)]

    def text_of(**kw) -> str:
        path = tmp_path / "w.pdf"
        path.write_bytes(worklist_pdf.render(rows, today, "Test Nurse", "Test Nurse", **kw))
        out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
        return " ".join(out.stdout.split())

    fr = text_of()
    for expected in ("Liste de travail de Test Nurse — 04.05.2026", "Imprimé par Test Nurse", "Échéance", "Priorité",
                     "Tâche", "urgente", "courante", "en cours", "demandée", "03.05.2026", "Prise de sang HbA1c"):
        assert expected in fr, expected
    assert "in progress" not in fr and "routine" not in fr
    de = text_of(lang="de")
    for expected in ("Arbeitsliste von Test Nurse — 04.05.2026", "Gedruckt von", "Fällig", "dringend", "Routine",
                     "in Arbeit", "angefordert"):
        assert expected in de, expected
    en = text_of(lang="en")
    assert "Worklist of Test Nurse" in en and "in progress" in en and "requested" in en
    # the UI's translated texts win; its "lang" names the language of the values
    ui = text_of(labels={"title": "Arbeitsliste %s %s", "lang": "de"})
    assert "Arbeitsliste Test Nurse 04.05.2026" in ui and "angefordert" in ui and "Priorität" in ui
