"""Documents attached to a hospital event or a referral (discharge letter, results …).

The bytes are stored inside the encrypted database (never as a file beside it) and shown inside the
program. A plaintext copy on disk is written only when the user explicitly asks for one
(``export_copy``), and that is audited.

A document may be restricted to named staff members and / or roles (e.g. a psychiatric letter for the médecin
traitant only): then only they and the person who added it open it; the others see that a restricted document
exists, without its title (``security.relations.named_or_chart``).

When the patient has objected to sharing within the care team (``patients.sharing``), a new document given no
restriction is restricted to the person adding it and the médecin traitant, and no copy is exported.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlmodel import Session, select

from app.models.coordination import CoordinationDocument, HospitalEvent, Referral
from app.models.staff import Staff
from app.services.coordination.hospital_events import patient_or_fail
from app.services.errors import NotFoundError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.validation import clean_text
from app.services.patients import sharing
from app.services.security import records as access_records
from app.services.security.access import can, require
from app.services.security.policy import ROLES
from app.services.security.relations import PatientTeam, Record
from app.services.storage.atomic import check_export_path, write_export

MAX_BYTES = 20 * 1024 * 1024
SIGNATURES = ((b"%PDF-", "application/pdf"), (b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"))


@dataclass(frozen=True)
class DocumentRow:
    """A document without its bytes (for lists). A restricted document the reader may not open comes without its
    title and file name (``withheld``)."""

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
    added_by_staff_id: int | None = None
    restricted_staff: tuple[int, ...] = ()
    restricted_roles: tuple[str, ...] = ()
    team: PatientTeam | None = None
    withheld: bool = False

    @property
    def record(self) -> Record:
        """What access decisions on the document need: its author, its restrictions, its patient's care team."""
        return Record("document", self.id, self.team, author_id=self.added_by_staff_id,
                      restricted_staff=frozenset(self.restricted_staff),
                      restricted_roles=frozenset(self.restricted_roles))


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


def _row(d, team: PatientTeam | None = None) -> DocumentRow:
    """The row of a document (an ORM object or a mapping of its columns)."""
    get = d.get if isinstance(d, dict) else (lambda name: getattr(d, name))
    return DocumentRow(get("id"), get("patient_id"), get("event_id"), get("referral_id"), get("title"),
                       get("filename"), get("media_type"), get("size"), get("added_at"), get("added_by"),
                       get("added_by_staff_id"), tuple(int(x) for x in (get("restricted_staff") or "").split()),
                       tuple((get("restricted_roles") or "").split()), team)


def _restriction(session: Session, staff_ids, roles) -> dict:
    """The restriction columns, checked: active staff members of the practice, known roles."""
    ids = sorted({int(x) for x in staff_ids or ()})
    if ids:
        found = {s.id for s in session.exec(select(Staff).where(Staff.id.in_(ids), Staff.active))}
        missing = [i for i in ids if i not in found]
        if missing:
            raise ValidationError("restricted_staff", "access.unknown_staff", ids=missing)
    names = sorted(set(roles or ()))
    unknown = [r for r in names if r not in ROLES]
    if unknown:
        raise ValidationError("restricted_roles", "one_of", allowed=", ".join(ROLES))
    return {"restricted_staff": " ".join(map(str, ids)), "restricted_roles": " ".join(names)}


def _check_link(session: Session, patient_id: int, event_id: int | None, referral_id: int | None) -> None:
    if event_id is not None:
        event = session.get(HospitalEvent, event_id)
        if event is None or event.patient_id != patient_id:
            raise ValidationError("event_id", "coordination.not_patient_event")
    if referral_id is not None:
        referral = session.get(Referral, referral_id)
        if referral is None or referral.patient_id != patient_id:
            raise ValidationError("referral_id", "coordination.not_patient_referral")


def _objection_restriction(ctx: ServiceContext, session: Session, patient_id: int) -> tuple[int, ...]:
    if sharing.objection_of(session, patient_id) is None:
        return ()
    gp = access_records.patient_team(session, patient_id).gp_id
    return tuple(sorted({i for i in (ctx.actor.staff_id, gp) if i is not None}))


def default_restriction(ctx: ServiceContext, patient_id: int) -> tuple[int, ...]:
    """The staff a new document of the patient is restricted to when none is chosen: the person adding it and the
    médecin traitant when the patient has objected to sharing, else nobody (the chart's readers)."""
    with ctx.reading() as session:
        patient_or_fail(session, patient_id)
        return _objection_restriction(ctx, session, patient_id)


def add_document(ctx: ServiceContext, patient_id: int, *, title: str, filename: str, content: bytes,
                 event_id: int | None = None, referral_id: int | None = None,
                 restricted_staff: list[int] | tuple[int, ...] = (), restricted_roles: list[str] | tuple[str, ...] = (),
                 ) -> int:
    """Store a document in the database (at most 20 MB); returns its id. ``restricted_staff`` / ``restricted_roles``:
    only these people and roles (and the person adding it) will open it. When the patient objected to sharing and
    no restriction is given: the person adding it and the médecin traitant only (``default_restriction``)."""
    require(ctx, "document.add")
    if not isinstance(content, (bytes, bytearray)) or not content:
        raise ValidationError("content", "coordination.document_empty")
    if len(content) > MAX_BYTES:
        raise ValidationError("content", "coordination.document_too_large", size_mb=round(len(content) / 1048576, 1),
                              max_mb=MAX_BYTES // 1048576)
    name = clean_text(Path(filename or "").name, "filename", 200, True)
    kind = media_type_of(bytes(content))
    with ctx.transaction() as session:
        patient_or_fail(session, patient_id)
        require(ctx, "document.add", access_records.patient_record(session, patient_id))
        _check_link(session, patient_id, event_id, referral_id)
        if not restricted_staff and not restricted_roles:
            restricted_staff = _objection_restriction(ctx, session, patient_id)
        doc = CoordinationDocument(patient_id=patient_id, event_id=event_id, referral_id=referral_id,
                                   title=clean_text(title, "title", 200, True), filename=name, media_type=kind,
                                   size=len(content), sha256=hashlib.sha256(content).hexdigest(),
                                   content=bytes(content), added_by=ctx.actor.display_name,
                                   added_by_staff_id=ctx.actor.staff_id,
                                   **_restriction(session, restricted_staff, restricted_roles))
        session.add(doc)
        session.flush()
        ctx.audit(session, "document.add", entity_type="document", entity_id=doc.id, patient_id=patient_id,
                  detail=kind + (" restricted" if doc.restricted_staff or doc.restricted_roles else ""))
        ctx.announce("document.changed", patient_id=patient_id, document_id=doc.id)
        return doc.id


def list_documents(ctx: ServiceContext, patient_id: int, *, event_id: int | None = None,
                   referral_id: int | None = None) -> list[DocumentRow]:
    """A patient's documents (optionally those of one event or referral), newest first, without bytes; a restricted
    document the reader may not open comes without its title (``DocumentRow.withheld``)."""
    with ctx.transaction() as session:
        patient_or_fail(session, patient_id)
        team = access_records.patient_team(session, patient_id)
        require(ctx, "document.read", Record("patient", patient_id, team))
        cols = [c for c in CoordinationDocument.__table__.c if c.name != "content"]
        stmt = select(*cols).where(CoordinationDocument.patient_id == patient_id)
        if event_id is not None:
            stmt = stmt.where(CoordinationDocument.event_id == event_id)
        if referral_id is not None:
            stmt = stmt.where(CoordinationDocument.referral_id == referral_id)
        rows = session.execute(stmt.order_by(CoordinationDocument.added_at.desc(),
                                             CoordinationDocument.id.desc())).mappings().all()
        out = []
        for r in rows:
            row = _row(dict(r), team)
            if not can(ctx, "document.read", row.record):
                row = replace(row, title="", filename="", withheld=True)
            out.append(row)
        return out


def open_document(ctx: ServiceContext, document_id: int) -> DocumentContent:
    """The document with its bytes, to be shown in the program (audited read)."""
    with ctx.transaction() as session:
        doc = session.get(CoordinationDocument, document_id)
        if doc is None:
            raise NotFoundError("document", document_id)
        row = _row(doc, access_records.patient_team(session, doc.patient_id))
        require(ctx, "document.read", row.record)
        ctx.audit(session, "document.open", entity_type="document", entity_id=document_id,
                  patient_id=doc.patient_id)
        return DocumentContent(row, bytes(doc.content))


def export_copy(ctx: ServiceContext, document_id: int, target: Path) -> Path:
    """Write a plaintext copy where the user chose (explicit request only; audited). Returns the path."""
    require(ctx, "document.export")
    target = Path(target)
    if not target.parent.is_dir():
        raise ValidationError("target", "coordination.no_folder")
    check_export_path(target, "target")   # never into a folder, a device or through a link
    doc = open_document(ctx, document_id)
    require(ctx, "document.export", doc.row.record)
    with ctx.reading() as session:
        sharing.refuse_export(session, doc.row.patient_id)
    write_export(target, doc.content, "target")
    with ctx.transaction() as session:
        ctx.audit(session, "document.export", entity_type="document", entity_id=document_id,
                  patient_id=doc.row.patient_id, detail="plaintext copy written on request")
    return target
