"""The practice (one database = one practice)."""

from __future__ import annotations

from sqlmodel import Field

from app.models.base import Versioned


class Practice(Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    country: str = Field(max_length=2)  # FR or CH
    finess: str | None = Field(default=None, max_length=9)
    gln: str | None = Field(default=None, max_length=13)
    # how patients and correspondents reach the practice (printed on every document handed out)
    phone: str | None = Field(default=None, max_length=30)
    email: str | None = Field(default=None, max_length=200)
    address_line: str | None = Field(default=None, max_length=200)
    postal_code: str | None = Field(default=None, max_length=10)
    city: str | None = Field(default=None, max_length=100)
    idle_lock_minutes: int = Field(default=10)
    language: str = Field(default="fr", max_length=2)  # of the texts the program writes into shared records
    chart_access: str = Field(default="open", max_length=10)  # open (every clinician) or circle (the care team)
    break_glass_minutes: int = Field(default=240)  # how long an emergency access to a chart lasts
    break_glass_read_only: bool = Field(default=True)  # an emergency access reads the chart, changes nothing
    pim_lists: str | None = Field(default=None, max_length=200)  # lists for older people, comma-separated; None: country's
    audit_secret: str = Field(default="", max_length=128)  # only used on PostgreSQL (no local key there)
    audit_anchor_sink: str = Field(default="", max_length=300)  # file:… or syslog…: where the audit anchors also go
