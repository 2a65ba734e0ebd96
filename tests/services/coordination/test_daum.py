"""The frequent-emergency-visit (DAUM) rule at its boundaries: 3 visits, the 4th, visits spanning the 12-month
window, a 5th visit, re-crossing after the count fell below 4, back-dated entries, and the recipients."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.care_plans import plans as care_plans
from app.services.care_plans.plan_input import MemberInput, PlanInput
from app.services.coordination import daum, hospital_events
from app.services.coordination.hospital_events import EventInput
from app.services.errors import AccessDenied, ValidationError
from tests.services.coordination.test_hospital_events import add_patient


def visit(practice, pid, day: str, today: date | None = None, facility="CHU Nancy urgences"):
    d = date.fromisoformat(day)
    hospital_events.record_event(practice.ctx["medical_assistant"], pid,
                                 EventInput(kind="ed_visit", event_date=d, facility=facility), today=today or d)


def alerts(practice, pid):
    return daum.list_alerts(practice.ctx["coordinator"], patient_id=pid)


def test_window_counts_and_episodes_pure():
    days = [date(2025, 1, 10), date(2025, 5, 1), date(2025, 9, 1), date(2026, 1, 10), date(2026, 1, 11)]
    assert daum.window_counts(days) == [1, 2, 3, 3, 4]   # 10.01.2025 is exactly 12 months before 10.01.2026
    assert daum.episodes(days) == [[4]]


def test_three_visits_raise_nothing_the_fourth_raises_one_listing_the_visits(practice):
    pid = add_patient(practice)
    for day in ("2025-08-01", "2025-10-01", "2026-01-05"):
        visit(practice, pid, day)
    assert alerts(practice, pid) == []
    visit(practice, pid, "2026-03-01")
    [alert] = alerts(practice, pid)
    assert alert.visit_count == 4 and alert.trigger_date == date(2026, 3, 1)
    assert [v["date"] for v in alert.visits] == ["2025-08-01", "2025-10-01", "2026-01-05", "2026-03-01"]
    tasks = __import__("app.services.tasks.worklists", fromlist=["x"]).patient_tasks(practice.ctx["coordinator"], pid)
    assert [(t.pool_role, t.task_type) for t in tasks] == [("coordinator", "daum_alert")]


def test_visits_spanning_the_window(practice):
    pid = add_patient(practice)
    for day in ("2025-01-10", "2025-05-01", "2025-09-01", "2026-01-10"):
        visit(practice, pid, day)
    assert alerts(practice, pid) == []            # the first visit is exactly 12 months old: 3 in the window
    other = add_patient(practice, family="Bernard")
    for day in ("2025-01-11", "2025-05-01", "2025-09-01", "2026-01-10"):
        visit(practice, other, day)
    assert len(alerts(practice, other)) == 1      # one day later: 4 within 12 months


def test_fifth_visit_raises_nothing_more_and_recrossing_raises_again(practice):
    pid = add_patient(practice)
    for day in ("2025-01-05", "2025-02-05", "2025-03-05", "2025-04-05", "2025-05-05"):
        visit(practice, pid, day)
    assert len(alerts(practice, pid)) == 1        # the 5th visit is not a new crossing
    visit(practice, pid, "2026-04-10")             # the window holds 05.05.2025 and this one: 2, below 4
    visit(practice, pid, "2026-04-20")             # 3
    assert len(alerts(practice, pid)) == 1
    visit(practice, pid, "2026-05-01")             # 4 again (05.05.2025 is still inside): re-crossed
    got = alerts(practice, pid)
    assert len(got) == 2 and got[0].trigger_date == date(2026, 5, 1) and got[0].visit_count == 4


def test_back_dated_visit_in_the_same_episode_does_not_raise_twice(practice):
    pid = add_patient(practice)
    for day in ("2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01"):
        visit(practice, pid, day)
    visit(practice, pid, "2026-01-15", today=date(2026, 4, 2))   # entered late: moves the crossing earlier
    assert len(alerts(practice, pid)) == 1


def test_old_history_entered_late_raises_nothing(practice):
    pid = add_patient(practice)
    for day in ("2023-01-01", "2023-02-01", "2023-03-01", "2023-04-01"):
        visit(practice, pid, day, today=date(2026, 1, 1))
    assert alerts(practice, pid) == []


def test_external_dac_contact_of_the_care_circle_is_named(practice):
    pid = add_patient(practice)
    ctx = practice.ctx["coordinator"]
    plan = care_plans.create_plan(ctx, pid, PlanInput(referent_staff_id=practice.staff_ids["coordinator"]))
    care_plans.save_item(ctx, plan, 1, "member", MemberInput(category="dac", name="Mme Colin",
                                                              organisation="DAC 54", phone="03 83 00 00 00"))
    for day in ("2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01"):
        visit(practice, pid, day)
    [alert] = alerts(practice, pid)
    assert alert.external_contact == "Mme Colin, DAC 54, 03 83 00 00 00"


def test_acknowledge(practice):
    pid = add_patient(practice)
    for day in ("2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01"):
        visit(practice, pid, day)
    [alert] = alerts(practice, pid)
    with pytest.raises(AccessDenied):
        daum.acknowledge(practice.ctx["nurse"], alert.id, alert.version)
    with pytest.raises(ValidationError) as err:
        daum.acknowledge(practice.ctx["coordinator"], alert.id, alert.version, "x" * 1001)
    assert err.value.field == "note"
    daum.acknowledge(practice.ctx["coordinator"], alert.id, alert.version, "Appel DAC fait")
    assert daum.list_alerts(practice.ctx["coordinator"], open_only=True) == []
    with pytest.raises(ValidationError):
        daum.acknowledge(practice.ctx["coordinator"], alert.id, alert.version + 1)
