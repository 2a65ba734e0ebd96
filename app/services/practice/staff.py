"""Staff accounts (administrator): create, edit, deactivate, reset passwords, unlock."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import update
from sqlmodel import Session, select

from app.models.base import utcnow
from app.models.staff import Role, Staff
from app.services.errors import NotFoundError, StaleRecordError, ValidationError
from app.services.kernel import identifiers
from app.services.kernel.context import ServiceContext
from app.services.security import passwords
from app.services.security.access import require

USERNAME = re.compile(r"^[a-z][a-z0-9._-]{1,63}$")


@dataclass
class StaffInput:
    username: str = ""
    family_name: str = ""
    given_names: str = ""
    profession: str = ""
    roles: list[str] = field(default_factory=list)
    rpps: str | None = None
    adeli: str | None = None
    gln: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class StaffRow:
    id: int
    version: int
    username: str
    family_name: str
    given_names: str
    profession: str
    roles: tuple[str, ...]
    rpps: str | None
    adeli: str | None
    gln: str | None
    email: str | None
    active: bool
    locked: bool

    @property
    def display_name(self) -> str:
        return f"{self.given_names} {self.family_name}".strip()


def to_row(s: Staff) -> StaffRow:
    return StaffRow(s.id, s.version, s.username, s.family_name, s.given_names, s.profession,
                    tuple(sorted(s.role_set)), s.rpps, s.adeli, s.gln, s.email, s.active, s.locked)


def _text(value: str | None, name: str, max_len: int, required: bool = False) -> str | None:
    v = (value or "").strip()
    if not v:
        if required:
            raise ValidationError(name, "required")
        return None
    if len(v) > max_len:
        raise ValidationError(name, "too_long", max=max_len)
    return v


def _validated(data: StaffInput) -> dict:
    username = (data.username or "").strip().lower()
    if not USERNAME.match(username):
        raise ValidationError("username", "practice.username_format")
    roles = sorted(set(data.roles))
    if not roles:
        raise ValidationError("roles", "practice.no_role")
    unknown = [r for r in roles if r not in {x.value for x in Role}]
    if unknown:
        raise ValidationError("roles", "practice.unknown_role", role=unknown[0])
    if Role.KIOSK in roles and len(roles) > 1:   # mixed with another role, the reception kiosk would open records
        raise ValidationError("roles", "practice.kiosk_alone")
    email = _text(data.email, "email", 200)
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        raise ValidationError("email", "practice.not_an_email")
    return {
        "username": username,
        "family_name": _text(data.family_name, "family_name", 100, True),
        "given_names": _text(data.given_names, "given_names", 100, True),
        "profession": _text(data.profession, "profession", 100, True),
        "roles": " ".join(roles),
        "rpps": identifiers.normalise_rpps(data.rpps) if (data.rpps or "").strip() else None,
        "adeli": identifiers.normalise_adeli(data.adeli) if (data.adeli or "").strip() else None,
        "gln": identifiers.normalise_gln(data.gln) if (data.gln or "").strip() else None,
        "email": email,
    }


def _unique_username(session: Session, username: str, exclude_id: int | None = None) -> None:
    other = session.exec(select(Staff).where(Staff.username == username)).first()
    if other is not None and other.id != exclude_id:
        raise ValidationError("username", "practice.username_taken")


def add_staff(session: Session, data: StaffInput, password: str, by: str, *, temporary: bool = False) -> Staff:
    """Insert an account (used by the first-run setup and by ``create_staff``)."""
    values = _validated(data)
    passwords.check_password_rules(password)
    _unique_username(session, values["username"])
    member = Staff(**values, password_hash=passwords.hash_password(password), updated_by=by,
                   must_change_password=temporary)
    session.add(member)
    session.flush()
    return member


def create_staff(ctx: ServiceContext, data: StaffInput, password: str, *, temporary_password: bool = True) -> int:
    """A new account; the password an administrator chose is temporary (changed at first login) by default."""
    require(ctx, "staff.manage")
    with ctx.transaction() as session:
        member = add_staff(session, data, password, ctx.actor.display_name, temporary=temporary_password)
        ctx.audit(session, "staff.create", entity_type="staff", entity_id=member.id,
                  detail=f"roles={member.roles}")
        ctx.announce("staff.changed", staff_id=member.id)
        return member.id


def update_staff(ctx: ServiceContext, staff_id: int, expected_version: int, data: StaffInput) -> int:
    require(ctx, "staff.manage")
    with ctx.transaction() as session:
        values = _validated(data)
        _unique_username(session, values["username"], staff_id)
        if staff_id == ctx.actor.staff_id and "admin" not in values["roles"].split():
            raise ValidationError("roles", "practice.own_admin_role")
        _versioned_update(session, staff_id, expected_version, values, ctx.actor.display_name)
        ctx.audit(session, "staff.update", entity_type="staff", entity_id=staff_id, detail=f"roles={values['roles']}")
        ctx.announce("staff.changed", staff_id=staff_id)
        return expected_version + 1


def _versioned_update(session: Session, staff_id: int, expected_version: int, values: dict, by: str) -> None:
    result = session.execute(update(Staff).where(Staff.id == staff_id, Staff.version == expected_version)
                             .values(**values, version=expected_version + 1, updated_at=utcnow(), updated_by=by))
    if result.rowcount != 1:
        current = session.get(Staff, staff_id)
        if current is None:
            raise NotFoundError("staff member", staff_id)
        raise StaleRecordError("staff", staff_id, current.updated_by, current.updated_at)


def _get(session: Session, staff_id: int) -> Staff:
    member = session.get(Staff, staff_id)
    if member is None:
        raise NotFoundError("staff member", staff_id)
    return member


def set_active(ctx: ServiceContext, staff_id: int, active: bool) -> None:
    """Deactivate or reactivate an account (accounts are never deleted: the audit trail refers to them)."""
    require(ctx, "staff.manage")
    with ctx.transaction() as session:
        member = _get(session, staff_id)
        if not active and staff_id == ctx.actor.staff_id:
            raise ValidationError("active", "practice.own_account")
        _versioned_update(session, staff_id, member.version, {"active": active}, ctx.actor.display_name)
        ctx.audit(session, "staff.activate" if active else "staff.deactivate", entity_type="staff",
                  entity_id=staff_id)
        ctx.announce("staff.changed", staff_id=staff_id)


def reset_password(ctx: ServiceContext, staff_id: int, new_password: str) -> None:
    """Set a temporary password; the user must change it at the next login. Also unlocks."""
    require(ctx, "staff.manage")
    passwords.check_password_rules(new_password, "new_password")
    with ctx.transaction() as session:
        member = _get(session, staff_id)
        _versioned_update(session, staff_id, member.version,
                          {"password_hash": passwords.hash_password(new_password), "must_change_password": True,
                           "failed_logins": 0, "locked": False}, ctx.actor.display_name)
        ctx.audit(session, "staff.reset_password", entity_type="staff", entity_id=staff_id)


def unlock(ctx: ServiceContext, staff_id: int) -> None:
    require(ctx, "staff.manage")
    with ctx.transaction() as session:
        member = _get(session, staff_id)
        _versioned_update(session, staff_id, member.version, {"failed_logins": 0, "locked": False},
                          ctx.actor.display_name)
        ctx.audit(session, "staff.unlock", entity_type="staff", entity_id=staff_id)


def list_staff(ctx: ServiceContext, *, include_inactive: bool = True, role: str | None = None) -> list[StaffRow]:
    require(ctx, "staff.read")
    with ctx.transaction() as session:
        rows = [to_row(s) for s in session.exec(select(Staff).order_by(Staff.family_name, Staff.given_names))]
    return [r for r in rows if (include_inactive or r.active) and (role is None or role in r.roles)]
