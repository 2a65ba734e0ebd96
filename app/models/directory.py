"""The practice's directory of local resources (DAC, CPTS, home nursing, social services, mobile teams, patient
education programmes, specialists) and the local pathways attached to them, with their ordered steps.

Practice-made data, shared between the practices of a CPTS by CSV: ``external_id`` is the stable key an import
matches on, never the row id of one practice's database.
"""

from __future__ import annotations

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field

from app.models.base import Versioned


class DirectoryResource(Versioned, table=True):
    """An organisation or a person the team refers patients to."""

    __tablename__ = "directory_resource"

    id: int | None = Field(default=None, primary_key=True)
    external_id: str = Field(max_length=36, unique=True)
    kind: str = Field(max_length=24, index=True)
    name: str = Field(max_length=200)
    contact_person: str | None = Field(default=None, max_length=200)
    phone: str | None = Field(default=None, max_length=40)
    email: str | None = Field(default=None, max_length=200)
    address: str | None = Field(default=None, max_length=500)
    opening_hours: str | None = Field(default=None, max_length=1000)
    eligibility: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    active: bool = Field(default=True)


class DirectoryPathway(Versioned, table=True):
    """A named local pathway run with a resource (e.g. "Refer to the DAC"); its steps are saved with it."""

    __tablename__ = "directory_pathway"

    id: int | None = Field(default=None, primary_key=True)
    external_id: str = Field(max_length=36, unique=True)
    resource_id: int = Field(foreign_key="directory_resource.id", index=True)
    name: str = Field(max_length=200)


class DirectoryPathwayStep(Versioned, table=True):
    """One step of a pathway: what is done, by whom (a role's pool), how many days after the start."""

    __tablename__ = "directory_pathway_step"
    __table_args__ = (UniqueConstraint("pathway_id", "position", name="uq_directory_step_position"),)

    id: int | None = Field(default=None, primary_key=True)
    pathway_id: int = Field(foreign_key="directory_pathway.id", index=True)
    position: int
    label: str = Field(max_length=200)
    pool_role: str = Field(max_length=40)
    delay_days: int = Field(default=0)
