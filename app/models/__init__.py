"""SQLModel tables. Importing this package registers every table on the metadata."""

from app.models.audit import AuditEvent, AuditHead
from app.models.medication import MedicationLine, MedicationLineVersion, Observation
from app.models.patient import InsStatus, Patient, PatientProblem, ProblemKind, Sex
from app.models.practice import Practice
from app.models.staff import Role, Staff

__all__ = ["AuditEvent", "AuditHead", "InsStatus", "MedicationLine", "MedicationLineVersion", "Observation",
           "Patient", "PatientProblem", "Practice", "ProblemKind", "Role", "Sex", "Staff"]
