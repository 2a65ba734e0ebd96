"""A change is announced after it has committed: a listener or a server that fails then is logged and counted, and
the service still reports the saved change (the user must not save it twice)."""

from __future__ import annotations

import pytest

from app.services.kernel import error_log
from app.services.kernel.notifications import Notifier
from app.services.patients import records as patients
from app.services.patients.records import PatientInput


@pytest.fixture
def log_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CORDEE_LOG_DIR", str(tmp_path / "log"))
    error_log.reset()
    yield tmp_path / "log"
    error_log.reset()


def _patient() -> PatientInput:
    return PatientInput(family_name="Dupont", given_names="Jeanne", birth_date="15.03.1948", sex="F")


def test_a_failing_listener_does_not_turn_a_saved_change_into_an_error(practice, log_dir):
    ctx = practice.ctx["physician"]
    heard = []

    def broken(topic, payload):
        raise RuntimeError("a screen that could not refresh")

    ctx.notifier.subscribe(broken)
    ctx.notifier.subscribe(lambda topic, payload: heard.append(topic))
    patient_id = patients.create_patient(ctx, _patient())

    assert patients.open_patient(ctx, patient_id).data.family_name.upper() == "DUPONT"
    assert "patient.changed" in heard, "the listeners after the failing one still hear the change"
    assert ctx.notifier.delivery_failures == 1
    log = (log_dir / "cordee.log").read_text()
    assert "notification patient.changed" in log and "RuntimeError" in log


def test_a_server_that_cannot_be_told_leaves_the_change_saved(practice, log_dir):
    ctx = practice.ctx["physician"]

    def server_gone(topic, payload):
        raise ConnectionError("server closed the connection")

    ctx.notifier.remote_publish = server_gone
    patient_id = patients.create_patient(ctx, _patient())

    assert patients.open_patient(ctx, patient_id).id == patient_id
    assert ctx.notifier.delivery_failures == 1
    assert "notification to the other workstations patient.changed" in (log_dir / "cordee.log").read_text()


def test_listeners_hear_every_topic_in_order():
    notifier = Notifier()
    heard = []
    unsubscribe = notifier.subscribe(lambda topic, payload: heard.append((topic, payload["n"])))
    notifier.publish("task.changed", {"n": 1})
    notifier.publish("alert.changed", {"n": 2})
    unsubscribe()
    notifier.publish("task.changed", {"n": 3})
    assert heard == [("task.changed", 1), ("alert.changed", 2)]
    assert notifier.delivery_failures == 0
