"""Import a received XDM package: first a preview (the patient found, the documents), then, once confirmed, each
document attached to the patient (``coordination.documents``) in one transaction, audited as an import.

A hospital letter (discharge letter, hospital stay report, transfer note: ``xdm_terms.HOSPITAL_LETTER_TYPES``) also
records a hospital event of the patient, to which it is attached; a discharge starts the medication reconciliation
task (``coordination.hospital_events``).

The patient is found by the INS of the metadata's ``patientId``, and then the identity traits of
``sourcePatientInfo`` must agree with the register (the birth date always, sex and family name when given); without an INS, by family name and birth
date, and only when exactly one patient has them. No patient found, or traits that disagree: a coded refusal, and
nothing is stored. Nothing is stored either when any document is refused (all or nothing).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, select

from app.models.patient import Patient
from app.services.coordination import documents, hospital_events
from app.services.coordination.hospital_events import EventInput
from app.services.errors import CordeeError
from app.services.exchange import xdm_read
from app.services.exchange.xdm_terms import DISCHARGE_TYPES, HOSPITAL_LETTER_TYPES
from app.services.kernel.context import ServiceContext
from app.services.security.access import require


@dataclass(frozen=True)
class DocumentRow:
    """A document of the package as the preview shows it (no content)."""

    title: str
    filename: str
    media_type: str
    size: int
    type_code: str | None
    type_name: str | None
    day: date | None
    institution: str | None
    author: str | None
    hospital_letter: bool


@dataclass
class PackagePreview:
    patient_id: int
    matched_by: str                 # "ins" or "name_birth_date"
    patient_name: str
    documents: list[tuple[str, str, str, int, str | None]] = field(default_factory=list)
    """(title, file name, media type, size, XDS type code) of each document."""
    hospital_letters: int = 0
    document_ids: list[int] = field(default_factory=list)   # once applied
    event_ids: list[int] = field(default_factory=list)      # hospital events recorded from letters, once applied
    received: xdm_read.ReceivedPatient | None = None         # the patient as the package names them
    submission: xdm_read.Submission | None = None            # the submission set: title, time, author
    rows: list[DocumentRow] = field(default_factory=list)
    patient_birth_date: date | None = None                   # the matched patient's, to compare

    @property
    def changes(self) -> int:
        return len(self.documents)


def _norm(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


def _find(session: Session, received: xdm_read.ReceivedPatient) -> tuple[Patient, str]:
    if received.ins:
        patient = session.exec(select(Patient).where(Patient.ins_matricule == received.ins)).first()
        if patient is None:
            raise CordeeError("exchange.xdm_unknown_patient")
        if patient.birth_date != received.birth_date or (
                received.sex in ("F", "M") and patient.sex != received.sex) or (
                received.family_name and _norm(received.family_name) not in
                {_norm(patient.family_name), _norm(patient.birth_name)}):
            raise CordeeError("exchange.xdm_identity_mismatch")
        return patient, "ins"
    if not (received.family_name and received.birth_date):
        raise CordeeError("exchange.xdm_unknown_patient")
    found = session.exec(select(Patient).where(func.lower(Patient.family_name) == received.family_name.lower(),
                                               Patient.birth_date == received.birth_date)).all()
    if len(found) != 1:
        raise CordeeError("exchange.xdm_unknown_patient")
    return found[0], "name_birth_date"


def _media_type(d: xdm_read.ReceivedDocument) -> str:
    return "application/pdf" if d.filename.endswith(".pdf") else "text/xml"


def _preview(session: Session, package: xdm_read.Package) -> PackagePreview:
    patient, how = _find(session, package.patient)
    docs = [(d.title, d.filename, _media_type(d), len(d.content), d.type_code) for d in package.documents]
    letters = sum(1 for d in package.documents if d.type_code in HOSPITAL_LETTER_TYPES)
    rows = [DocumentRow(d.title, d.filename, _media_type(d), len(d.content), d.type_code, d.type_name, d.day,
                        d.institution, d.author, d.type_code in HOSPITAL_LETTER_TYPES) for d in package.documents]
    return PackagePreview(patient.id, how, f"{patient.family_name.upper()} {patient.given_names}", docs, letters,
                          received=package.patient, submission=package.submission, rows=rows,
                          patient_birth_date=patient.birth_date)


def _hospital_event(ctx: ServiceContext, preview: PackagePreview, d: xdm_read.ReceivedDocument) -> int | None:
    """A hospital letter records its hospital event (a discharge letter or stay report: a discharge, which starts
    the medication reconciliation task; a transfer note: an admission); the document is attached to it."""
    if d.type_code not in HOSPITAL_LETTER_TYPES:
        return None
    today = date.today()
    day = d.day if d.day and d.day <= today else today
    kind = "discharge" if d.type_code in DISCHARGE_TYPES else "admission"
    event_id = hospital_events.record_event(ctx, preview.patient_id, EventInput(
        kind=kind, event_date=day, facility=d.institution or d.title or "?", source="hospital", summary=d.title), today=today)
    preview.event_ids.append(event_id)
    return event_id


def preview_package(ctx: ServiceContext, data: bytes) -> PackagePreview:
    """What importing the package would attach, and to whom; nothing is stored."""
    require(ctx, "document.add")
    package = xdm_read.read(data)
    with ctx.reading() as session:
        return _preview(session, package)


def apply_package(ctx: ServiceContext, data: bytes) -> PackagePreview:
    """Attach every document of the package to its patient, in one transaction (all or nothing; audited)."""
    require(ctx, "document.add")
    package = xdm_read.read(data)
    with ctx.transaction() as session:
        preview = _preview(session, package)
        for d in package.documents:
            event_id = _hospital_event(ctx, preview, d)
            preview.document_ids.append(documents.add_document(
                ctx, preview.patient_id, title=d.title or d.filename, filename=d.filename, content=d.content,
                event_id=event_id))
        ctx.audit(session, "patient.import", entity_type="patient", entity_id=preview.patient_id,
                  patient_id=preview.patient_id,
                  detail=f"XDM package: {len(package.documents)} documents (matched by {preview.matched_by})")
        return preview


def refuse_package(ctx: ServiceContext, data: bytes) -> PackagePreview:
    """The user looked at the package and refused it: nothing is attached; the refusal is audited on the patient it
    names (so that a letter received and not filed leaves a trace)."""
    require(ctx, "document.add")
    package = xdm_read.read(data)
    with ctx.transaction() as session:
        preview = _preview(session, package)
        ctx.audit(session, "patient.import_refused", entity_type="patient", entity_id=preview.patient_id,
                  patient_id=preview.patient_id,
                  detail=f"XDM package refused: {len(package.documents)} documents, nothing attached")
        return preview
