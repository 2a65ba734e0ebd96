"""On PostgreSQL, from another workstation: a deactivation or a change of roles made on one workstation refuses the
next action of the session open on another, and the announcement reaches it within seconds; charts limited to the
care circle are limited there too."""

from __future__ import annotations

import queue
import time

import pytest

from app.services.errors import AccessDenied
from app.services.kernel.context import ServiceContext
from app.services.kernel.notifications import Notifier, PgListener
from app.services.medications import medication_list as medications
from app.services.medications.medication_list import MedicationInput
from app.services.medications.posology import Posology
from app.services.patients import records as patients
from app.services.patients.records import PatientInput
from app.services.practice import staff as staff_service
from app.services.practice.staff import StaffInput
from app.services.storage.database import connect_postgres
from tests.services.security.test_record_access import limit_charts, patient

pytestmark = pytest.mark.postgres


def other_workstation(pg_practice, role: str):
    """The user of ``role`` on a second workstation: its own connection and notifier."""
    db = connect_postgres(pg_practice.url)
    return db, ServiceContext(db, pg_practice.ctx[role].actor, Notifier())


def test_revocations_reach_the_other_workstation(pg_practice):
    dsn = pg_practice.url.replace("postgresql+psycopg://", "postgresql://")
    nurse_db, nurse = other_workstation(pg_practice, "nurse")
    doc_db, doc = other_workstation(pg_practice, "physician")
    heard = queue.Queue()
    nurse.notifier.subscribe(lambda topic, payload: heard.put((topic, payload)))
    listener = PgListener(dsn, nurse.notifier, origin="workstation-nurse")
    admin = pg_practice.ctx["admin"]          # the administrator's workstation, which announces on the server
    admin_listener = PgListener(dsn, admin.notifier, origin="workstation-admin")
    listener.start()
    admin_listener.start()
    try:
        pid = patients.create_patient(nurse, PatientInput(family_name="Roux", given_names="Anne",
                                                          birth_date="03.04.1944", sex="F"))
        medications.add_medication(doc, pid, MedicationInput(atc="C09AA05", substances="ramipril",
                                                             posology=Posology(dose_morning="1")))
        time.sleep(0.5)
        staff_service.set_active(admin, pg_practice.staff_ids["nurse"], False)
        deadline = time.monotonic() + 5
        topic = None
        while topic != "staff.changed" and time.monotonic() < deadline:
            topic, payload = heard.get(timeout=max(0.1, deadline - time.monotonic()))
        assert topic == "staff.changed" and payload["staff_id"] == pg_practice.staff_ids["nurse"]
        with pytest.raises(AccessDenied) as refused:
            patients.create_patient(nurse, PatientInput(family_name="Roux", given_names="Paul",
                                                        birth_date="03.04.1940", sex="M"))
        assert refused.value.code == "access.inactive"
        member = next(r for r in staff_service.list_staff(admin) if r.id == pg_practice.staff_ids["physician"])
        staff_service.update_staff(admin, member.id, member.version, StaffInput(
            username=member.username, family_name=member.family_name, given_names=member.given_names,
            profession="Assistante médicale", roles=["medical_assistant"]))
        with pytest.raises(AccessDenied) as refused:
            medications.add_medication(doc, pid, MedicationInput(atc="C03CA01", substances="furosémide",
                                                                 posology=Posology(dose_morning="1")))
        assert refused.value.code == "access_denied"
        assert len(medications.list_current(doc, pid)) == 1
    finally:
        listener.stop()
        admin_listener.stop()
        nurse_db.close()
        doc_db.close()


def test_limited_charts_on_postgres(pg_practice):
    pid = patient(pg_practice)
    limit_charts(pg_practice)
    nurse_db, nurse = other_workstation(pg_practice, "nurse")
    try:
        assert patients.search_patients(nurse, "mor") == []
        assert [p.id for p in patients.search_patients(pg_practice.ctx["physician"], "mor")] == [pid]
        assert [p.id for p in patients.search_patients(pg_practice.ctx["medical_assistant"], "mor")] == [pid]
        with pytest.raises(AccessDenied):
            patients.open_patient(nurse, pid)
        assert patients.open_patient(pg_practice.ctx["coordinator"], pid).identity_only
    finally:
        nurse_db.close()
