"""A fresh PostgreSQL database per test, on the server that .ci/run starts."""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text

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
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return url, drop
