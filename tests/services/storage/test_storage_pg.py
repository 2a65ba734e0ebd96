"""The same services on a real PostgreSQL server: migrations, search, stale writes, audit, notifications."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from app.services.errors import StaleRecordError, StorageError
from app.services.kernel.notifications import Notifier, PgListener
from app.services.patients import records as patients
from app.services.patients.records import PatientInput
from app.services.practice import audit_trail
from app.services.storage.database import connect_postgres
from app.services.storage.migrate import current_revisions, head_revisions

pytestmark = pytest.mark.postgres


def test_migrations_reach_head(pg_practice):
    assert current_revisions(pg_practice.db.engine) == head_revisions()
    with pg_practice.db.engine.connect() as conn:
        assert conn.execute(text("SELECT to_regclass('patient_search_word') IS NOT NULL")).scalar()
        assert conn.execute(text("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'patient_words_%'")).scalar() == 2


def test_search_on_postgres(pg_practice):
    ctx = pg_practice.ctx["physician"]
    a = patients.create_patient(ctx, PatientInput(family_name="Müller-Lüdenscheidt", given_names="Hélène",
                                                  birth_date="15.03.1948", sex="F"))
    patients.create_patient(ctx, PatientInput(family_name="Martin", given_names="Paul", birth_date="01.01.1960",
                                              sex="M"))
    for q in ("helene", "MULLER", "lud", "15/03/1948", "hel mul"):
        assert [r.id for r in patients.search_patients(ctx, q)] == [a], q
    for q in ("%", "_", "\\", "' OR 1=1 --"):
        assert patients.search_patients(ctx, q) == []


def test_two_workstations_stale_write_refused(pg_practice):
    other_db = connect_postgres(pg_practice.url)
    try:
        ctx_a = pg_practice.ctx["physician"]
        ctx_b = pg_practice.ctx["nurse"].__class__(other_db, pg_practice.ctx["nurse"].actor)
        pid = patients.create_patient(ctx_a, PatientInput(family_name="Roux", given_names="Anne",
                                                          birth_date="02.02.1952", sex="F"))
        row_a, row_b = patients.open_patient(ctx_a, pid), patients.open_patient(ctx_b, pid)
        patients.update_patient(ctx_b, pid, row_b.version, patients.with_changes(row_b, city="Sion"))
        with pytest.raises(StaleRecordError) as err:
            patients.update_patient(ctx_a, pid, row_a.version, patients.with_changes(row_a, city="Lyon"))
        assert err.value.changed_by == "Test Nurse"
        assert patients.open_patient(ctx_a, pid).data.city == "Sion"
    finally:
        other_db.close()


def test_audit_chain_on_postgres(pg_practice):
    ctx = pg_practice.ctx["physician"]
    pid = patients.create_patient(ctx, PatientInput(family_name="Roux", given_names="Anne",
                                                    birth_date="02.02.1952", sex="F"))
    patients.open_patient(ctx, pid)
    assert audit_trail.verify(pg_practice.ctx["admin"]).ok
    with pg_practice.db.engine.begin() as conn:
        conn.execute(text("ALTER TABLE audit_event DISABLE TRIGGER audit_no_change"))
        conn.execute(text("UPDATE audit_event SET detail = 'tampered' WHERE seq = 2"))
    assert not audit_trail.verify(pg_practice.ctx["admin"]).ok


def test_notification_reaches_other_workstation(pg_practice):
    dsn = pg_practice.url.replace("postgresql+psycopg://", "postgresql://")
    heard = threading.Event()
    received = {}
    remote_notifier = Notifier()
    remote_notifier.subscribe(lambda topic, payload: (received.update(topic=topic, **payload), heard.set()))
    listener = PgListener(dsn, remote_notifier, origin="workstation-b")
    listener.start()
    local = PgListener(dsn, pg_practice.ctx["physician"].notifier, origin="workstation-a")
    try:
        import time
        time.sleep(0.5)  # let LISTEN register
        pid = patients.create_patient(pg_practice.ctx["physician"], PatientInput(
            family_name="Roux", given_names="Anne", birth_date="02.02.1952", sex="F"))
        assert heard.wait(5.0)
        assert received == {"topic": "patient.changed", "patient_id": pid}
    finally:
        listener.stop()
        local.stop()


def test_tls_required_outside_loopback():
    with pytest.raises(StorageError) as err:
        connect_postgres("postgresql+psycopg://u:p@db.example.org/cordee")
    assert err.value.code == "storage.tls_required" and err.value.params == {"host": "db.example.org"}


def test_connection_dropped_while_idle_is_replaced(pg_practice, monkeypatch):
    """A server restart or a cut link while the program sat idle costs the user nothing."""
    from app.services.storage import pool_ping

    ctx = pg_practice.ctx["physician"]
    pid = patients.create_patient(ctx, PatientInput(family_name="Aebischer", given_names="Ruth",
                                                    birth_date="02.03.1944", sex="F"))
    assert [r.id for r in patients.search_patients(ctx, "aeb")] == [pid]
    monkeypatch.setattr(pool_ping, "IDLE_SECONDS", 0.0)
    admin = connect_postgres(pg_practice.url)
    try:
        with admin.engine.connect() as conn:
            killed = conn.execute(text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()")).scalar()
    finally:
        admin.close()
    assert killed >= 1
    assert [r.id for r in patients.search_patients(ctx, "aeb")] == [pid]
    assert patients.open_patient(ctx, pid).data.family_name == "Aebischer"


def test_search_inside_a_transaction_sees_its_uncommitted_rows(pg_practice):
    ctx = pg_practice.ctx["physician"]
    with ctx.transaction():
        pid = patients.create_patient(ctx, PatientInput(family_name="Zurbriggen", given_names="Iris",
                                                        birth_date="05.06.1977", sex="F"))
        assert [r.id for r in patients.search_patients(ctx, "zurb iri")] == [pid]
