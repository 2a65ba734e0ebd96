"""On PostgreSQL a new alert and its answer reach another workstation within 5 seconds (LISTEN/NOTIFY)."""

from __future__ import annotations

import queue
import time

import pytest

from app.services.alerts import alert_flow as alerts
from app.services.alerts import inbox as alert_inbox
from app.services.alerts.alert_input import AlertInput
from app.services.kernel.context import ServiceContext
from app.services.kernel.notifications import Notifier, PgListener
from app.services.storage.database import connect_postgres
from tests.alert_support import warfarin_aspirin

pytestmark = pytest.mark.postgres


def test_alert_and_answer_reach_the_other_workstation(pg_practice):
    dsn = pg_practice.url.replace("postgresql+psycopg://", "postgresql://")
    pid, _w, aspirin = warfarin_aspirin(pg_practice)
    # workstation A: the pharmacist; workstation B: the doctor, on its own connection and notifier
    ph = pg_practice.ctx["pharmacist"]
    doctor_db = connect_postgres(pg_practice.url)
    doc = ServiceContext(doctor_db, pg_practice.ctx["physician"].actor, Notifier())
    heard_by_doctor, heard_by_pharmacist = queue.Queue(), queue.Queue()
    doc.notifier.subscribe(lambda topic, payload: heard_by_doctor.put((topic, payload)))
    ph.notifier.subscribe(lambda topic, payload: heard_by_pharmacist.put((topic, payload)))
    listener_a = PgListener(dsn, ph.notifier, origin="workstation-a")
    listener_b = PgListener(dsn, doc.notifier, origin="workstation-b")
    listener_a.start()
    listener_b.start()
    try:
        time.sleep(0.5)
        started = time.monotonic()
        aid = alerts.raise_alert(ph, AlertInput(patient_id=pid, problem_category="1.6", problem_text="Risque hémorragique",
                                                proposal_kind="stop", line_ids=[aspirin], urgency="urgent"))
        topic, payload = heard_by_doctor.get(timeout=5)
        assert time.monotonic() - started < 5
        assert topic == "alert.changed" and payload["alert_id"] == aid and payload["state"] == "open"
        assert alert_inbox.counts(doc)["open"] == 1                    # the badge the doctor's inbox shows
        while not heard_by_pharmacist.empty():
            heard_by_pharmacist.get()
        version = alerts.open_alert(doc, aid).row.version
        alerts.refuse(doc, aid, version, "Maintenu : avis du cardiologue")
        states = set()
        deadline = time.monotonic() + 5
        while "refused" not in states and time.monotonic() < deadline:
            topic, payload = heard_by_pharmacist.get(timeout=max(0.1, deadline - time.monotonic()))
            states.add(payload.get("state"))
        assert "refused" in states
        assert alert_inbox.counts(ph)["refused"] == 1
    finally:
        listener_a.stop()
        listener_b.stop()
        doctor_db.close()


def test_a_value_recorded_on_another_workstation_reopens_the_refused_alert(pg_practice):
    """The metformin alert kept as is at eGFR 48 reopens when a nurse records 28 on her own workstation."""
    from datetime import date, timedelta

    from app.services.alerts import memory as alert_memory
    from app.services.medications import check as medication_check
    from app.services.medications import observations
    from tests.alert_support import add_line, make_patient

    dsn = pg_practice.url.replace("postgresql+psycopg://", "postgresql://")
    doc = pg_practice.ctx["physician"]
    pid = make_patient(pg_practice, problems=[("condition", "Diabète de type 2", "E11.9")])
    met = add_line(pg_practice, pid, "A10BA02", "metformine", ("1", "", "1", ""), 2000)
    observations.record_observation(doc, pid, "egfr", 48, date.today() - timedelta(days=30))
    finding = next(f for f in medication_check.review_patient(doc, pid).findings if f.kind == "renal_dose")
    aid = alerts.raise_alert(pg_practice.ctx["pharmacist"], AlertInput(
        patient_id=pid, problem_category="1.4", problem_text="Metformine et DFG", proposal_kind="monitor",
        line_ids=[met], finding_key=alert_memory.finding_key(finding)))
    alerts.refuse(doc, aid, alerts.open_alert(doc, aid).row.version, "Surveillance rapprochée")
    heard = queue.Queue()
    doc.notifier.subscribe(lambda topic, payload: heard.put((topic, payload)))
    listener = PgListener(dsn, doc.notifier, origin="workstation-doctor")
    listener.start()
    nurse_db = connect_postgres(pg_practice.url)
    try:
        time.sleep(0.5)
        nurse = ServiceContext(nurse_db, pg_practice.ctx["nurse"].actor, Notifier())
        PgListener(dsn, nurse.notifier, origin="workstation-nurse")   # publishes to the server
        observations.record_observation(nurse, pid, "egfr", 28, date.today())
        deadline = time.monotonic() + 5
        states = set()
        while "open" not in states and time.monotonic() < deadline:
            topic, payload = heard.get(timeout=max(0.1, deadline - time.monotonic()))
            if topic == "alert.changed" and payload.get("alert_id") == aid:
                states.add(payload.get("state"))
        assert "open" in states
        detail = alerts.open_alert(pg_practice.ctx["pharmacist"], aid)
        assert detail.row.reopened_count == 1
        assert detail.messages[-1].changes == [{"what": "egfr_band", "before": "30-59", "after": "15-29"}]
    finally:
        listener.stop()
        nurse_db.close()
