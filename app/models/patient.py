"""Patients, their identifiers and their problem list (conditions, allergies, ALD)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from app.models import staff  # noqa: F401  (the tables referred to must be registered)
from app.models.base import Versioned


class Sex(StrEnum):
    FEMALE = "F"
    MALE = "M"
    OTHER = "X"
    UNKNOWN = "U"


class InsStatus(StrEnum):
    """RNIV identity trust statuses (only QUAL allows exchanging data with the INS)."""

    PROVISIONAL = "PROV"
    RETRIEVED = "RECUP"
    VALIDATED = "VALI"
    QUALIFIED = "QUAL"


class InsOid(StrEnum):
    """Assigning authority of an INS matricule (test identities have their own OIDs)."""

    NIR = "1.2.250.1.213.1.4.8"
    NIA = "1.2.250.1.213.1.4.9"
    TEST_NIR = "1.2.250.1.213.1.4.10"
    TEST_NIA = "1.2.250.1.213.1.4.11"


class SharingObjection(StrEnum):
    """The patient's objection to sharing within the care team (none stored as NULL)."""

    TEAM = "team"      # to sharing with the whole care team
    SCOPE = "scope"    # to what a free text says


class ProblemKind(StrEnum):
    CONDITION = "condition"
    ALLERGY = "allergy"
    LONG_TERM = "ald"


class Patient(Versioned, table=True):
    # Walking this covering index in name order answers broad name searches without sorting.
    __table_args__ = (Index("ix_patient_sort_search", "sort_key", "search_text"),)

    id: int | None = Field(default=None, primary_key=True)
    family_name: str = Field(max_length=100)
    given_names: str = Field(max_length=150)
    birth_name: str | None = Field(default=None, max_length=100)
    birth_date: date = Field(index=True)
    sex: str = Field(max_length=1)
    address_line: str | None = Field(default=None, max_length=200)
    postal_code: str | None = Field(default=None, max_length=10)
    city: str | None = Field(default=None, max_length=100)
    country: str = Field(default="FR", max_length=2)
    phone: str | None = Field(default=None, max_length=30)
    preferred_language: str = Field(default="fr", max_length=2)
    ins_matricule: str | None = Field(default=None, max_length=15, index=True)
    ins_status: str | None = Field(default=None, max_length=5)
    ins_oid: str | None = Field(default=None, max_length=30)
    birth_given_names: str | None = Field(default=None, max_length=150)  # the INS trait: every birth first name
    birth_place_code: str | None = Field(default=None, max_length=5)  # INSEE COG code; 99xxx: born abroad
    # RNIV identity attributes: while doubtful or fictitious the status stays provisional
    identity_doubtful: bool = Field(default=False)
    identity_fictitious: bool = Field(default=False)
    identity_homonym: bool = Field(default=False)
    # the patient's say on sharing within the care team
    sharing_informed_on: date | None = Field(default=None)
    sharing_informed_by: str | None = Field(default=None, max_length=200)
    sharing_objection: str | None = Field(default=None, max_length=10)
    sharing_objection_scope: str | None = Field(default=None, max_length=500)
    avs_number: str | None = Field(default=None, max_length=16, index=True)
    insurance_card_number: str | None = Field(default=None, max_length=20, index=True)
    gp_staff_id: int | None = Field(default=None, foreign_key="staff.id", index=True)
    gp_external_name: str | None = Field(default=None, max_length=200)
    notes: str | None = Field(default=None, max_length=10000)
    search_text: str = Field(default="", max_length=600)
    sort_key: str = Field(default="", max_length=300)  # folded "family given" for ordering


class PatientProblem(SQLModel, table=True):
    """A condition, allergy or long-term condition; coded where the code is known."""

    __tablename__ = "patient_problem"

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    kind: str = Field(max_length=10)
    code: str | None = Field(default=None, max_length=10)  # ICD-10 (conditions, ALD) or ATC (allergies)
    label: str = Field(max_length=200)
