"""The patient register: create, edit, open and search patients.

Search works as you type on both backends: word prefixes of any name
(accent- and case-insensitive), a birth date (dd.mm.yyyy, dd/mm/yyyy,
yyyy-mm-dd) or an identifier (INS, AVS, insurance card, local number).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy import func, text, update
from sqlmodel import Session, delete, select

from app.models.base import utcnow
from app.models.patient import InsStatus, Patient, PatientProblem, ProblemKind, Sex
from app.models.staff import Staff
from app.services.errors import NotFoundError, StaleRecordError, ValidationError
from app.services.kernel import identifiers
from app.services.kernel.context import ServiceContext
from app.services.kernel.text_search import search_text, sort_key
from app.services.kernel.validation import clean_text, parse_date
from app.services.patients import identity
from app.services.patients.search import find_patients
from app.services.security import records as access_records
from app.services.security.access import can, require
from app.services.security.relations import Record

LANGUAGES = ("fr", "de", "en", "it")
ICD10 = re.compile(r"^[A-TV-Z]\d{2}(\.\d{1,2})?$")
ATC_OR_CLASS = re.compile(r"^[A-Z](\d{2}([A-Z]([A-Z](\d{2})?)?)?)?$")


@dataclass(frozen=True)
class ProblemEntry:
    """A condition / ALD (ICD-10 code where known) or an allergy (ATC code or class where known)."""

    kind: str
    label: str
    code: str | None = None


@dataclass
class PatientInput:
    """What a form or an import hands to the service (plain values, checked here)."""

    family_name: str = ""
    given_names: str = ""
    birth_date: date | str | None = None
    sex: str = ""
    birth_name: str | None = None
    address_line: str | None = None
    postal_code: str | None = None
    city: str | None = None
    country: str = "FR"
    phone: str | None = None
    preferred_language: str = "fr"
    ins_matricule: str | None = None
    ins_status: str | None = None
    ins_oid: str | None = None
    birth_given_names: str | None = None
    birth_place_code: str | None = None
    identity_doubtful: bool = False
    identity_fictitious: bool = False
    identity_homonym: bool = False
    avs_number: str | None = None
    insurance_card_number: str | None = None
    gp_staff_id: int | None = None
    gp_external_name: str | None = None
    notes: str | None = None
    problems: list[ProblemEntry] = field(default_factory=list)


@dataclass(frozen=True)
class PatientSummary:
    """One line of a search result."""

    id: int
    family_name: str
    given_names: str
    birth_name: str | None
    birth_date: date
    sex: str
    city: str | None


@dataclass(frozen=True)
class SharingRecord:
    """The patient's say on sharing within the care team: informed (when, by whom), objection (``team``: to the
    whole team, ``scope``: to what ``objection_scope`` says), None when not recorded."""

    informed_on: date | None = None
    informed_by: str | None = None
    objection: str | None = None
    objection_scope: str | None = None

    @property
    def objected(self) -> bool:
        return self.objection is not None


@dataclass(frozen=True)
class PatientRow:
    """A whole patient record for the chart and the edit form.

    ``identity_only``: the reader may see the identity card, not the chart (the front desk, when charts are limited
    to the care circle): problems and notes are left out. ``record``: what access decisions on the patient need."""

    id: int
    version: int
    data: PatientInput
    gp_display: str | None
    updated_at: datetime
    updated_by: str
    record: Record | None = None
    identity_only: bool = False
    sharing: SharingRecord | None = None

    @property
    def display_name(self) -> str:
        return f"{self.data.family_name.upper()} {self.data.given_names}"


def _validated(session: Session, data: PatientInput) -> dict:
    values = {
        "family_name": clean_text(data.family_name, "family_name", 100, True),
        "given_names": clean_text(data.given_names, "given_names", 150, True),
        "birth_name": clean_text(data.birth_name, "birth_name", 100),
        "birth_given_names": clean_text(data.birth_given_names, "birth_given_names", 150),
        "address_line": clean_text(data.address_line, "address_line", 200),
        "postal_code": clean_text(data.postal_code, "postal_code", 10),
        "city": clean_text(data.city, "city", 100),
        "phone": clean_text(data.phone, "phone", 30),
        "gp_external_name": clean_text(data.gp_external_name, "gp_external_name", 200),
        "notes": clean_text(data.notes, "notes", 10000),
    }
    birth = parse_date(data.birth_date, "birth_date")
    if birth > date.today():
        raise ValidationError("birth_date", "future_date")
    if birth.year < 1900:
        raise ValidationError("birth_date", "patients.born_before_1900")
    values["birth_date"] = birth
    if data.sex not in {s.value for s in Sex}:
        raise ValidationError("sex", "patients.sex")
    values["sex"] = data.sex
    if data.country not in ("FR", "CH"):
        raise ValidationError("country", "one_of", allowed=("FR", "CH"))
    values["country"] = data.country
    if data.preferred_language not in LANGUAGES:
        raise ValidationError("preferred_language", "one_of", allowed=LANGUAGES)
    values["preferred_language"] = data.preferred_language
    if values["phone"] and not re.fullmatch(r"\+?[\d\s.()\-]{6,30}", values["phone"]):
        raise ValidationError("phone", "patients.phone_format")
    values.update(_identifiers(data))
    values["birth_place_code"] = identity.normalise_birth_place_code(data.birth_place_code)
    for flag in ("identity_doubtful", "identity_fictitious", "identity_homonym"):
        values[flag] = bool(getattr(data, flag))
    identity.check_identity(values)
    values["gp_staff_id"] = None if data.gp_staff_id is None else _checked_gp(session, data.gp_staff_id)
    values["search_text"] = search_text(values["family_name"], values["given_names"], values["birth_name"])
    values["sort_key"] = sort_key(values["family_name"], values["given_names"])
    return values


def _checked_gp(session: Session, staff_id) -> int:
    """The médecin traitant of the practice: an active physician (on the field ``gp_staff_id``)."""
    try:
        gp = session.get(Staff, int(staff_id))
    except (TypeError, ValueError):
        gp = None
    if gp is None or not gp.active or "physician" not in gp.role_set:
        raise ValidationError("gp_staff_id", "patients.gp_not_physician")
    return gp.id


def _identifiers(data: PatientInput) -> dict:
    out: dict = {"ins_matricule": None, "ins_status": None, "ins_oid": (data.ins_oid or "").strip() or None,
                 "avs_number": None, "insurance_card_number": None}
    if (data.ins_matricule or "").strip():
        out["ins_matricule"] = identifiers.normalise_ins(data.ins_matricule)
        if data.ins_status not in {s.value for s in InsStatus}:
            raise ValidationError("ins_status", "patients.ins_status")
        out["ins_status"] = data.ins_status
    elif data.ins_status:
        raise ValidationError("ins_status", "patients.ins_status_without_ins")
    if (data.avs_number or "").strip():
        out["avs_number"] = identifiers.normalise_avs(data.avs_number)
    if (data.insurance_card_number or "").strip():
        out["insurance_card_number"] = identifiers.normalise_insurance_card(data.insurance_card_number)
    return out


def _validated_problems(problems: list[ProblemEntry]) -> list[ProblemEntry]:
    out = []
    for i, p in enumerate(problems):
        where = f"problems[{i + 1}]"
        if p.kind not in {k.value for k in ProblemKind}:
            raise ValidationError(where, "patients.problem_kind")
        label = clean_text(p.label, f"{where}.label", 200, True)
        code = (p.code or "").strip().upper() or None
        if code:
            pattern = ATC_OR_CLASS if p.kind == ProblemKind.ALLERGY else ICD10
            if not pattern.match(code) and p.kind == ProblemKind.ALLERGY:
                raise ValidationError(f"{where}.code", "patients.allergy_code")
            if not pattern.match(code):
                raise ValidationError(f"{where}.code", "patients.condition_code")
        out.append(ProblemEntry(p.kind, label, code))
    return out


def create_patient(ctx: ServiceContext, data: PatientInput) -> int:
    """Register a new patient; returns the id."""
    with ctx.transaction() as session:
        require(ctx, "patient.create")
        values = _validated(session, data)
        problems = _validated_problems(data.problems)
        patient = Patient(**values, updated_by=ctx.actor.display_name)
        session.add(patient)
        session.flush()
        _replace_problems(session, patient.id, problems)
        ctx.audit(session, "patient.create", entity_type="patient", entity_id=patient.id, patient_id=patient.id)
        ctx.announce("patient.changed", patient_id=patient.id)
        return patient.id


def update_patient(ctx: ServiceContext, patient_id: int, expected_version: int, data: PatientInput) -> int:
    """Save an edit made on version ``expected_version``; a stale save is refused. Returns the new version.

    Who may edit the identity but not read the chart (the front desk, when charts are limited to the care circle)
    changes the identity only: the problems and notes stay as stored."""
    with ctx.transaction() as session:
        record = _record(session, patient_id)
        require(ctx, "patient.edit", record)
        whole = can(ctx, "patient.read", record)
        values = _validated(session, data)
        problems = _validated_problems(data.problems)
        if not whole:
            values.pop("notes")
        _save(ctx, session, patient_id, expected_version, values)
        if whole:
            _replace_problems(session, patient_id, problems)
        ctx.audit(session, "patient.update", entity_type="patient", entity_id=patient_id, patient_id=patient_id)
        ctx.announce("patient.changed", patient_id=patient_id)
        return expected_version + 1


def set_gp(ctx: ServiceContext, patient_id: int, expected_version: int, gp_staff_id) -> int:
    """Make ``gp_staff_id`` the patient's médecin traitant, on the version the caller read (a stale save is refused):
    the rule (an active physician of the practice), the access (``patient.edit``), the audit event
    (``patient.update``) and the announcement of a save of the patient's form, for a use case that changes the
    médecin traitant only (a new patient taken on). Returns the new version (the same when that physician already
    was the médecin traitant: nothing is written)."""
    with ctx.transaction() as session:
        record = _record(session, patient_id)
        require(ctx, "patient.edit", record)
        if gp_staff_id in (None, ""):
            raise ValidationError("gp_staff_id", "required")
        gp = _checked_gp(session, gp_staff_id)
        current = session.execute(select(Patient.gp_staff_id, Patient.version).where(Patient.id == patient_id)).one()
        if tuple(current) == (gp, expected_version):
            return expected_version
        _save(ctx, session, patient_id, expected_version, {"gp_staff_id": gp})
        ctx.audit(session, "patient.update", entity_type="patient", entity_id=patient_id, patient_id=patient_id)
        ctx.announce("patient.changed", patient_id=patient_id)
        return expected_version + 1


def _save(ctx: ServiceContext, session: Session, patient_id: int, expected_version: int, values: dict) -> None:
    """Write ``values`` over version ``expected_version`` with the next version; a stale save is refused."""
    result = session.execute(
        update(Patient).where(Patient.id == patient_id, Patient.version == expected_version)
        .values(**values, version=expected_version + 1, updated_at=utcnow(), updated_by=ctx.actor.display_name))
    if result.rowcount != 1:
        current = session.get(Patient, patient_id)
        if current is None:
            raise NotFoundError("patient", patient_id)
        raise StaleRecordError("patient", patient_id, current.updated_by, current.updated_at)


def _replace_problems(session: Session, patient_id: int, problems: list[ProblemEntry]) -> None:
    session.execute(delete(PatientProblem).where(PatientProblem.patient_id == patient_id))
    for p in problems:
        session.add(PatientProblem(patient_id=patient_id, kind=p.kind, code=p.code, label=p.label))


def _record(session: Session, patient_id: int) -> Record:
    if session.execute(select(Patient.id).where(Patient.id == patient_id)).first() is None:
        raise NotFoundError("patient", patient_id)
    return access_records.patient_record(session, patient_id)


def open_patient(ctx: ServiceContext, patient_id: int) -> PatientRow:
    """Read a whole record (opening a chart): audited. Who may identify the patient but not read the chart (the
    front desk, when charts are limited to the care circle) gets the identity card (``PatientRow.identity_only``)."""
    with ctx.transaction() as session:
        record = _record(session, patient_id)
        whole = can(ctx, "patient.read", record)
        if not whole:
            require(ctx, "patient.identify", record)
        patient = session.get(Patient, patient_id)
        problems = session.exec(select(PatientProblem).where(PatientProblem.patient_id == patient_id)
                                .order_by(PatientProblem.id)).all() if whole else []
        gp = session.get(Staff, patient.gp_staff_id) if patient.gp_staff_id else None
        ctx.audit(session, "patient.open" if whole else "patient.identify", entity_type="patient",
                  entity_id=patient_id, patient_id=patient_id)
        data = PatientInput(**{f: getattr(patient, f) for f in PatientInput.__dataclass_fields__
                               if f != "problems"},
                            problems=[ProblemEntry(p.kind, p.label, p.code) for p in problems])
        if not whole:
            data.notes = None
        gp_display = gp.display_name if gp else patient.gp_external_name
        sharing = SharingRecord(patient.sharing_informed_on, patient.sharing_informed_by, patient.sharing_objection,
                                patient.sharing_objection_scope)
        return PatientRow(patient.id, patient.version, data, gp_display, patient.updated_at, patient.updated_by,
                          record, identity_only=not whole, sharing=sharing)


def patient_access(ctx: ServiceContext, patient_id: int) -> Record:
    """What access decisions on the patient need (the médecin traitant and care team), for a screen's buttons."""
    with ctx.reading() as session:
        return _record(session, patient_id)


def search_patients(ctx: ServiceContext, query: str, limit: int = 100, *,
                    emergency: bool = False) -> list[PatientSummary]:
    """Patients matching a name prefix, a birth date or an identifier, sorted by name. When charts are limited to
    the care circle, a clinician finds the patients of their care team; the front desk finds every patient (the
    register: the identity columns of this summary, never the chart). ``emergency``: a clinician looking for a
    patient outside their circle to ask for an emergency access finds every patient of the register."""
    limit = max(1, min(int(limit), 1000))
    with ctx.reading() as session:
        require(ctx, "break_glass.request" if emergency else "patient.search")
        within = None if emergency else \
            access_records.patient_scope(access_records.load_account(session, ctx.actor), "register")
        return [PatientSummary(*row) for row in find_patients(session, query, limit, within)]


def count_patients(ctx: ServiceContext) -> int:
    """How many patients the user may find."""
    with ctx.transaction() as session:
        require(ctx, "patient.search")
        within = access_records.patient_scope(access_records.load_account(session, ctx.actor), "register")
        if within is None:
            return session.execute(text("SELECT count(*) FROM patient")).scalar_one()
        return session.execute(select(func.count()).select_from(within.subquery())).scalar_one()


def with_changes(row: PatientRow, **changes) -> PatientInput:
    """A copy of the record's values with some fields changed (handy for edits)."""
    return replace(row.data, **changes)
