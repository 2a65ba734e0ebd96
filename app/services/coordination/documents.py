"""Documents attached to a hospital event or a referral (discharge letter, results …).

The bytes are stored inside the encrypted database (never as a file beside it) and shown inside the
program. A plaintext copy on disk is written only when the user explicitly asks for one
(``export_copy``), and that is audited.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlmodel import Session, select

from app.models.coordination import CoordinationDocument, HospitalEvent, Referral
from app.services.coordination.hospital_events import patient_or_fail
from app.services.errors import CordeeError, NotFoundError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.validation import clean_text
from app.services.security.access import require

MAX_BYTES = 20 * 1024 * 1024
SIGNATURES = ((b"%PDF-", "application/pdf"), (b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"))


@dataclass(frozen=True)
class DocumentRow:
    """A document without its bytes (for lists)."""

    id: int
    patient_id: int
    event_id: int | None
    referral_id: int | None
    title: str
    filename: str
    media_type: str
    size: int
    added_at: datetime
    added_by: str


@dataclass(frozen=True)
class DocumentContent:
    row: DocumentRow
    content: bytes


def media_type_of(content: bytes) -> str:
    """PDF, PNG, JPEG or UTF-8 text, recognised from the bytes themselves; anything else is refused."""
    for signature, kind in SIGNATURES:
        if content.startswith(signature):
            return kind
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        raise ValidationError("content", "coordination.document_type") from None
    if "\x00" in text:
        raise ValidationError("content", "coordination.document_type")
    return "text/plain"


def _row(d: CoordinationDocument) -> DocumentRow:
    return DocumentRow(d.id, d.patient_id, d.event_id, d.referral_id, d.title, d.filename, d.media_type, d.size,
                       d.added_at, d.added_by)


def _check_link(session: Session, patient_id: int, event_id: int | None, referral_id: int | None) -> None:
    if event_id is not None:
        event = session.get(HospitalEvent, event_id)
        if event is None or event.patient_id != patient_id:
            raise ValidationError("event_id", "coordination.not_patient_event")
    if referral_id is not None:
        referral = session.get(Referral, referral_id)
        if referral is None or referral.patient_id != patient_id:
            raise ValidationError("referral_id", "coordination.not_patient_referral")


def add_document(ctx: ServiceContext, patient_id: int, *, title: str, filename: str, content: bytes,
                 event_id: int | None = None, referral_id: int | None = None) -> int:
    """Store a document in the database (at most 20 MB); returns its id."""
    require(ctx.actor, "document.add")
    if not isinstance(content, (bytes, bytearray)) or not content:
        raise ValidationError("content", "coordination.document_empty")
    if len(content) > MAX_BYTES:
        raise ValidationError("content", "coordination.document_too_large", size_mb=round(len(content) / 1048576, 1),
                              max_mb=MAX_BYTES // 1048576)
    name = clean_text(Path(filename or "").name, "filename", 200, True)
    kind = media_type_of(bytes(content))
    with ctx.transaction() as session:
        patient_or_fail(session, patient_id)
        _check_link(session, patient_id, event_id, referral_id)
        doc = CoordinationDocument(patient_id=patient_id, event_id=event_id, referral_id=referral_id,
                                   title=clean_text(title, "title", 200, True), filename=name, media_type=kind,
                                   size=len(content), sha256=hashlib.sha256(content).hexdigest(),
                                   content=bytes(content), added_by=ctx.actor.display_name)
        session.add(doc)
        session.flush()
        ctx.audit(session, "document.add", entity_type="document", entity_id=doc.id, patient_id=patient_id,
                  detail=kind)
        ctx.announce("document.changed", patient_id=patient_id, document_id=doc.id)
        return doc.id


def list_documents(ctx: ServiceContext, patient_id: int, *, event_id: int | None = None,
                   referral_id: int | None = None) -> list[DocumentRow]:
    """A patient's documents (optionally those of one event or referral), newest first, without bytes."""
    require(ctx.actor, "document.read")
    with ctx.transaction() as session:
        patient_or_fail(session, patient_id)
        cols = [c for c in CoordinationDocument.__table__.c if c.name != "content"]
        stmt = select(*cols).where(CoordinationDocument.patient_id == patient_id)
        if event_id is not None:
            stmt = stmt.where(CoordinationDocument.event_id == event_id)
        if referral_id is not None:
            stmt = stmt.where(CoordinationDocument.referral_id == referral_id)
        rows = session.execute(stmt.order_by(CoordinationDocument.added_at.desc(),
                                             CoordinationDocument.id.desc())).mappings().all()
        return [DocumentRow(r["id"], r["patient_id"], r["event_id"], r["referral_id"], r["title"], r["filename"],
                            r["media_type"], r["size"], r["added_at"], r["added_by"]) for r in rows]


def open_document(ctx: ServiceContext, document_id: int) -> DocumentContent:
    """The document with its bytes, to be shown in the program (audited read)."""
    require(ctx.actor, "document.read")
    with ctx.transaction() as session:
        doc = session.get(CoordinationDocument, document_id)
        if doc is None:
            raise NotFoundError("document", document_id)
        ctx.audit(session, "document.open", entity_type="document", entity_id=document_id,
                  patient_id=doc.patient_id)
        return DocumentContent(_row(doc), bytes(doc.content))


def export_copy(ctx: ServiceContext, document_id: int, target: Path) -> Path:
    """Write a plaintext copy where the user chose (explicit request only; audited). Returns the path."""
    require(ctx.actor, "document.export")
    target = Path(target)
    if not target.parent.is_dir():
        raise ValidationError("target", "coordination.no_folder")
    doc = open_document(ctx, document_id)
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(doc.content)
    except OSError as exc:
        raise CordeeError("cannot_write", path=target, error=exc.strerror or str(exc)) from None
    with ctx.transaction() as session:
        ctx.audit(session, "document.export", entity_type="document", entity_id=document_id,
                  patient_id=doc.row.patient_id, detail="plaintext copy written on request")
    return target
