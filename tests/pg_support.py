"""A fresh PostgreSQL database per test, on the server that .ci/run starts."""

from __future__ import annotations

import os
import time
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

PG_URL = os.environ.get("CORDEE_TEST_PG_URL")


def require_pg() -> str:
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("CORDEE_TEST_PG_URL is not set: .ci/run must start PostgreSQL")
        pytest.skip("no PostgreSQL test server (run scripts/pg_test_server.sh)")
    return PG_URL


def fresh_database_url() -> tuple[str, callable]:
    """Create an empty database; returns its URL and a function that drops it."""
    admin_url = require_pg()
    name = f"cordee_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin_url.rsplit("/", 1)[0] + f"/{name}"

    def drop():
        """Drop with the test role's own rights: end this role's remaining sessions (listeners), then DROP (no
        FORCE, which would need pg_signal_backend for sessions of other roles)."""
        with admin.connect() as conn:
            for _ in range(50):
                conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                  "WHERE datname = :name AND usename = current_user AND pid <> pg_backend_pid()"),
                             {"name": name})
                try:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
                    break
                except OperationalError:
                    time.sleep(0.1)   # a session was still ending
            else:
                raise RuntimeError(f"could not drop the test database {name}")
        admin.dispose()
    return url, drop
