"""Several practices on one PostgreSQL server: one database and one login role per practice, that cannot cross.

A CPTS or a multi-site MSP may host several practices on one server. Each practice gets its own database (not a
schema: LISTEN/NOTIFY channels are per database, so schemas would share the change notifications) owned by its own
login role, and nobody else may connect to it (``REVOKE ALL ON DATABASE … FROM PUBLIC``). The statements are made
here so that the README, the tests and the administrator run the same ones; ``add_practice`` runs them as the
server's administrator (a superuser, or a role with CREATEROLE and CREATEDB).
"""

from __future__ import annotations

import re

from app.services.errors import ValidationError

NAME = re.compile(r"^[a-z][a-z0-9_]{0,62}$")


def _check_name(field: str, value: str) -> str:
    if not NAME.match(value or ""):
        raise ValidationError(field, "invalid")
    return value


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def server_statements(database: str, role: str, password: str | None = None) -> list[str]:
    """The statements run on the server's maintenance database (``postgres``), in order.

    The role logs in, owns its database and nothing else: no superuser, no CREATEDB, no CREATEROLE, no inheritance,
    no replication. ``password`` (SCRAM with ``password_encryption = scram-sha-256``) may be left out to set it
    later with ``\\password`` in psql, which keeps it out of the server log."""
    _check_name("database", database)
    _check_name("role", role)
    login = f" PASSWORD {_literal(password)}" if password else ""
    return [
        f'CREATE ROLE "{role}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION '
        f"CONNECTION LIMIT 100{login}",
        f'CREATE DATABASE "{database}" OWNER "{role}" ENCODING \'UTF8\' TEMPLATE template0',
        f'REVOKE ALL ON DATABASE "{database}" FROM PUBLIC',
        f'GRANT CONNECT, TEMPORARY ON DATABASE "{database}" TO "{role}"',
    ]


def database_statements(role: str) -> list[str]:
    """The statements run inside the new database: its ``public`` schema belongs to the practice role alone."""
    _check_name("role", role)
    return [
        "REVOKE ALL ON SCHEMA public FROM PUBLIC",
        f'ALTER SCHEMA public OWNER TO "{role}"',
    ]


def add_practice(admin_url: str, database: str, role: str, password: str | None = None) -> str:
    """Create the practice's role and database on the server ``admin_url`` names (as its administrator); returns
    the practice's URL (without the password: workstations keep it in a .pgpass file). Cordée creates the tables
    at the first connection (``cordee init --db URL``)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    server = make_url(admin_url)
    statements = server_statements(database, role, password)
    engine = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()
    inside = create_engine(server.set(database=database), isolation_level="AUTOCOMMIT")
    try:
        with inside.connect() as conn:
            for statement in database_statements(role):
                conn.execute(text(statement))
    finally:
        inside.dispose()
    return server.set(username=role, password=None, database=database).render_as_string(hide_password=False)


def remove_practice(admin_url: str, database: str, role: str) -> None:
    """Drop a practice's database (ending its sessions) and its role: for tests and for a practice that left."""
    from sqlalchemy import create_engine, text

    _check_name("database", database)
    _check_name("role", role)
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
    finally:
        engine.dispose()
