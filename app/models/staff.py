"""Staff accounts: personal logins, professions, roles and identifiers."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlmodel import Field

from app.models.base import Versioned


class Role(StrEnum):
    PHYSICIAN = "physician"
    PHARMACIST = "pharmacist"
    ADVANCED_PRACTICE_NURSE = "advanced_practice_nurse"
    NURSE = "nurse"
    MEDICAL_ASSISTANT = "medical_assistant"
    COORDINATOR = "coordinator"
    ADMIN = "admin"
    KIOSK = "kiosk"            # a reception computer that only takes patient survey answers


class Staff(Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=64, unique=True, index=True)
    family_name: str = Field(max_length=100)
    given_names: str = Field(max_length=100)
    profession: str = Field(max_length=100)
    roles: str = Field(default="", max_length=300)  # space-separated Role values
    rpps: str | None = Field(default=None, max_length=11)
    adeli: str | None = Field(default=None, max_length=9)
    gln: str | None = Field(default=None, max_length=13)
    email: str | None = Field(default=None, max_length=200)
    password_hash: str = Field(max_length=200)
    active: bool = Field(default=True)
    failed_logins: int = Field(default=0)
    locked: bool = Field(default=False)
    last_failed_at: datetime | None = None
    must_change_password: bool = Field(default=False)
    language: str | None = Field(default=None, max_length=2)
    """The interface language the user chose (fr, de, en); None: the practice's language."""

    @property
    def role_set(self) -> frozenset[str]:
        return frozenset(self.roles.split())

    @property
    def display_name(self) -> str:
        return f"{self.given_names} {self.family_name}".strip()
