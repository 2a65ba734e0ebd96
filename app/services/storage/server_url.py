"""Checks on a PostgreSQL server URL: TLS outside loopback, no password kept in workstation settings."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from app.services.errors import ValidationError

LOOPBACK_HOSTS = {"localhost", "127.0.0.1", "::1", ""}
TLS_MODES = {"require", "verify-ca", "verify-full"}


def check_server_url(url: str) -> str:
    """The URL with the psycopg driver named; TLS is required unless the host is this computer."""
    url = (url or "").strip()
    parts = urlsplit(url)
    if not parts.scheme.startswith("postgresql"):
        raise ValidationError("database_url", "storage.url_scheme")
    host = parts.hostname or ""
    sslmode = (parse_qs(parts.query).get("sslmode") or [""])[0]
    if host not in LOOPBACK_HOSTS and not host.startswith("/") and sslmode not in TLS_MODES:
        raise ValidationError("database_url", "storage.url_needs_tls", host=host)
    if parts.scheme == "postgresql":
        url = "postgresql+psycopg" + url[len("postgresql"):]
    return url


def validate_database_url(url: str) -> str:
    """For the workstation settings: as ``check_server_url`` and without a password ('' = this computer only).

    The settings file is plain text, so the password belongs in a .pgpass file.
    """
    url = (url or "").strip()
    if not url:
        return ""
    if urlsplit(url).password:
        raise ValidationError("database_url", "storage.url_has_password")
    check_server_url(url)
    return url
