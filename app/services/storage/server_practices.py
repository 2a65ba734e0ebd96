"""Several practices on one PostgreSQL server: one database and one login role per practice, that cannot cross.

A CPTS or a multi-site MSP may host several practices on one server. Each practice gets its own database (not a
schema: LISTEN/NOTIFY channels are per database, so schemas would share the change notifications) owned by its own
login role, and nobody else may connect to it (``REVOKE ALL ON DATABASE … FROM PUBLIC``). The statements are made
here so that the README, the tests and the administrator run the same ones; ``add_practice`` runs them as the
server's administrator (a superuser, or a role with CREATEROLE and CREATEDB).
"""

from __future__ import annotations

import re

from app.services.errors import StorageError, ValidationError
from app.services.storage.server_url import check_server_url

NAME = re.compile(r"^[a-z][a-z0-9_]{0,62}$")


def _check_name(field: str, value: str) -> str:
    if not NAME.match(value or ""):
        raise ValidationError(field, "invalid")
    return value


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def server_statements(database: str, role: str, password: str | None = None, *,
                      connection_limit: int = 250) -> list[str]:
    """The statements run on the server's maintenance database (``postgres``), in order.

    The role logs in, owns its database and nothing else: no superuser, no CREATEDB, no CREATEROLE, no inheritance,
    no replication. ``password`` (SCRAM with ``password_encryption = scram-sha-256``) may be left out to set it
    later with ``\\password`` in psql, which keeps it out of the server log. ``connection_limit``: a workstation
    holds up to 10 connections (8 pooled, its LISTEN and a short one per notification), usually 2 or 3."""
    _check_name("database", database)
    _check_name("role", role)
    login = f" PASSWORD {_literal(password)}" if password else ""
    return [
        f'CREATE ROLE "{role}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION '
        f"CONNECTION LIMIT {int(connection_limit)}{login}",
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


def add_practice(admin_url: str, database: str, role: str, password: str | None = None, *,
                 connection_limit: int = 250) -> str:
    """Create the practice's role and database on the server ``admin_url`` names (as its administrator); returns
    the practice's URL (without the password: workstations keep it in a .pgpass file). Cordée creates the tables
    at the first connection (``cordee init --db URL``)."""
    from sqlalchemy.engine import URL, make_url

    try:
        server = make_url(check_server_url(admin_url))
    except ValidationError as exc:
        if exc.code == "storage.url_needs_tls":
            raise StorageError("storage.tls_required", **exc.params) from None
        raise StorageError("storage.bad_url", **exc.params) from None
    _run(server, server_statements(database, role, password, connection_limit=connection_limit))
    _run(server.set(database=database), database_statements(role))
    practice = URL.create(server.drivername, username=role, host=server.host, port=server.port, database=database,
                          query=server.query)   # (URL.set keeps the password when given None)
    return practice.render_as_string(hide_password=False)


def _run(url, statements: list[str]) -> None:
    """The statements one by one (CREATE DATABASE cannot run in a transaction); a refusal in one line."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import DBAPIError

    engine = create_engine(url, isolation_level="AUTOCOMMIT", hide_parameters=True)
    try:
        with engine.connect() as conn:
            for statement in statements:
                conn.execute(text(statement))
    except DBAPIError as exc:
        first = str(exc.orig).splitlines()[0] if exc.orig is not None else type(exc).__name__
        raise StorageError("storage.unreachable", error=first) from None
    finally:
        engine.dispose()


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
