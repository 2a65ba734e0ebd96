"""SQLModel tables. Importing this package registers every table on the metadata."""

from app.models.alert import Alert, AlertMessage
from app.models.audit import AuditEvent, AuditHead
from app.models.coordination import (ConcertationMeeting, CoordinationDocument, DaumAlert, HospitalEvent,
                                     MeetingCase, MeetingDecision, Referral)
from app.models.care_plan import (CarePlan, CarePlanAction, CarePlanGoal, CarePlanMember, CarePlanProblem,
                                  CarePlanUnmetNeed, CarePlanVersion)
from app.models.medication import MedicationLine, MedicationLineVersion, Observation
from app.models.patient import InsStatus, Patient, PatientProblem, ProblemKind, Sex
from app.models.medication_review_sheet import MedicationReviewSheet
from app.models.practice import Practice
from app.models.reconciliation import Reconciliation, ReconciliationItem
from app.models.protocol import PharmacistRenewal, ProtocolActivation, ProtocolAdherence, ProtocolEnrolment
from app.models.staff import Role, Staff
from app.models.task import ChartNote, StaffAbsence, Task, WorklistSetting

__all__ = ["AuditEvent", "AuditHead", "InsStatus", "MedicationLine", "MedicationLineVersion", "Observation",
           "Patient", "PatientProblem", "Practice", "ProblemKind", "Role", "Sex", "Staff",
           "ChartNote", "PharmacistRenewal", "ProtocolActivation", "ProtocolAdherence", "ProtocolEnrolment",
           "StaffAbsence", "Task", "WorklistSetting", "CarePlan", "CarePlanAction", "CarePlanGoal",
           "CarePlanMember", "CarePlanProblem", "CarePlanUnmetNeed", "CarePlanVersion",
           "ConcertationMeeting", "CoordinationDocument", "DaumAlert", "HospitalEvent", "MeetingCase",
           "MeetingDecision", "Referral"]
