"""Two practices on one PostgreSQL server: one database and one role each, and nothing crosses — no connection to
the other's database, no notification, no row."""

from __future__ import annotations

import queue
import time
import uuid

import psycopg
import pytest
from sqlalchemy.engine import URL, make_url

from app.services.errors import ValidationError
from app.services.kernel.notifications import PG_CHANNEL, Notifier, PgListener
from app.services.patients import records as patients
from app.services.patients.records import PatientInput
from app.services.storage.database import connect_postgres
from app.services.storage.server_practices import add_practice, remove_practice, server_statements
from tests.pg_support import require_pg
from tests.support import build_practice

pytestmark = pytest.mark.postgres


def _admin_url() -> str:
    """The test server's superuser (the throwaway cluster trusts ``postgres`` on loopback)."""
    test_url = make_url(require_pg())
    url = URL.create(test_url.drivername, username="postgres", host=test_url.host, port=test_url.port,
                     database=test_url.database)
    try:
        with psycopg.connect(_dsn(url.render_as_string(hide_password=False)), connect_timeout=5):
            pass
    except psycopg.OperationalError:
        pytest.skip("no superuser access to the PostgreSQL test server")
    return url.render_as_string(hide_password=False)


def _dsn(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


@pytest.fixture
def two_practices():
    admin = _admin_url()
    tag = uuid.uuid4().hex[:8]
    names = [(f"cordee_p{tag}_{x}", f"cordee_r{tag}_{x}") for x in "ab"]
    urls = []
    try:
        for database, role in names:
            url = add_practice(admin, database, role, password=f"pw-{role}")
            urls.append(make_url(url).set(password=f"pw-{role}").render_as_string(hide_password=False))
        yield urls
    finally:
        for database, role in names:
            remove_practice(admin, database, role)


def test_statements_refuse_odd_names():
    for bad in ('x"; DROP ROLE postgres; --', "Cabinet", "", "1abc", "a" * 64):
        with pytest.raises(ValidationError):
            server_statements(bad, "cordee_role")
        with pytest.raises(ValidationError):
            server_statements("cordee_db", bad)
    assert "REVOKE ALL ON DATABASE \"cordee_db\" FROM PUBLIC" in server_statements("cordee_db", "cordee_role")
    assert "'it''s'" in server_statements("cordee_db", "cordee_role", "it's")[0]


def test_role_cannot_connect_to_the_other_practice(two_practices):
    url_a, url_b = two_practices
    role_a = make_url(url_a).username
    cross = make_url(url_b).set(username=role_a, password=make_url(url_a).password)
    with pytest.raises(psycopg.OperationalError) as refused:
        psycopg.connect(_dsn(cross.render_as_string(hide_password=False)), connect_timeout=5)
    assert "permission denied for database" in str(refused.value)
    # nor may it create a database or role of its own, or reach the maintenance database
    with psycopg.connect(_dsn(url_a), autocommit=True) as conn:
        row = conn.execute("SELECT rolsuper, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = current_user")
        assert row.fetchone() == (False, False, False)
        owned = conn.execute("SELECT datname FROM pg_database WHERE datdba = "
                             "(SELECT oid FROM pg_roles WHERE rolname = current_user)").fetchall()
        assert owned == [(make_url(url_a).database,)]
    public_on_b = make_url(url_b).set(username="cordee", password="cordee")
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(_dsn(public_on_b.render_as_string(hide_password=False)), connect_timeout=5)


def test_no_row_and_no_notification_crosses(two_practices):
    url_a, url_b = two_practices
    db_a, db_b = connect_postgres(url_a), connect_postgres(url_b)
    heard_a, heard_b = queue.Queue(), queue.Queue()
    notifier_a, notifier_b = Notifier(), Notifier()
    notifier_a.subscribe(lambda topic, payload: heard_a.put((topic, payload)))
    notifier_b.subscribe(lambda topic, payload: heard_b.put((topic, payload)))
    # a second workstation of practice B, to prove B's notifications do travel
    heard_b2 = queue.Queue()
    notifier_b2 = Notifier()
    notifier_b2.subscribe(lambda topic, payload: heard_b2.put((topic, payload)))
    listeners = [PgListener(_dsn(url_a), notifier_a, origin="a-1"), PgListener(_dsn(url_b), notifier_b, origin="b-1"),
                 PgListener(_dsn(url_b), notifier_b2, origin="b-2")]
    for listener in listeners:
        listener.start()
    try:
        fx_a, fx_b = build_practice(db_a, None, ""), build_practice(db_b, None, "")
        time.sleep(0.5)   # LISTEN registered
        for q in (heard_a, heard_b, heard_b2):
            while not q.empty():
                q.get()
        ctx_b = fx_b.ctx["physician"].__class__(db_b, fx_b.ctx["physician"].actor, notifier_b)
        pid_b = patients.create_patient(ctx_b, PatientInput(family_name="Zurbriggen", given_names="Odile",
                                                            birth_date="03.04.1941", sex="F"))
        # B's other workstation hears it within seconds ...
        topic, _payload = heard_b2.get(timeout=5)
        assert topic.startswith("patient")
        # ... A's does not, even by raw LISTEN on the same channel name
        with psycopg.connect(_dsn(url_a), autocommit=True) as raw_a:
            raw_a.execute(f"LISTEN {PG_CHANNEL}")
            with psycopg.connect(_dsn(url_b), autocommit=True) as raw_b:
                raw_b.execute("SELECT pg_notify(%s, %s)", (PG_CHANNEL, '{"topic": "x", "payload": {}, "origin": "b"}'))
            assert list(raw_a.notifies(timeout=2.0)) == []
        assert heard_a.empty()
        # no row of B through A's connection: A's register does not hold B's patient
        assert patients.search_patients(fx_a.ctx["physician"], "Zurbriggen") == []
        assert [r.id for r in patients.search_patients(fx_b.ctx["physician"], "Zurbriggen")] == [pid_b]
        with psycopg.connect(_dsn(url_a), autocommit=True) as raw_a:
            assert raw_a.execute("SELECT count(*) FROM patient WHERE family_name = 'Zurbriggen'").fetchone() == (0,)
            with pytest.raises(psycopg.errors.FeatureNotSupported):   # cross-database references are refused
                raw_a.execute(f'SELECT * FROM "{make_url(url_b).database}".public.patient')
            assert raw_a.execute("SELECT count(*) FROM pg_extension WHERE extname = 'dblink'").fetchone() == (0,)
    finally:
        for listener in listeners:
            listener.stop()
        db_a.close()
        db_b.close()


def test_server_commands(tmp_path, capsys):
    from app.cli.main import main

    assert main(["server", "sql", "--database", "cabinet_sion", "--role", "cabinet_sion"]) == 0
    out = capsys.readouterr().out
    assert 'REVOKE ALL ON DATABASE "cabinet_sion" FROM PUBLIC;' in out and "\\connect cabinet_sion" in out
    assert main(["server", "sql", "--database", "x; DROP", "--role", "r"]) != 0
    admin = _admin_url()
    tag = uuid.uuid4().hex[:8]
    database, role = f"cordee_p{tag}_c", f"cordee_r{tag}_c"
    secret = tmp_path / "pw"
    secret.write_text("s3cret-for-tests\n")
    try:
        capsys.readouterr()
        assert main(["server", "add-practice", "--admin-url", admin, "--database", database, "--role", role,
                     "--password-file", str(secret)]) == 0
        url = capsys.readouterr().out.strip()
        assert url.endswith(f"{role}@127.0.0.1:{make_url(admin).port}/{database}")
        # the same again is refused in one line (the role exists), nothing else done
        assert main(["server", "add-practice", "--admin-url", admin, "--database", database, "--role", role]) != 0
        assert "already exists" in capsys.readouterr().err
    finally:
        remove_practice(admin, database, role)
