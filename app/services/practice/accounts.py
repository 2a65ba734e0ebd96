"""Logging in and out, locking the screen, changing one's own password.

Back-off doubles from the 5th failed login; the 10th locks the account until
an administrator unlocks it. Every outcome is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from sqlalchemy import or_, update
from sqlmodel import select

from app.models.base import utcnow
from app.models.staff import Staff
from app.services.errors import AuthenticationError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.security import passwords
from app.services.security.actor import SYSTEM, Actor

BACKOFF_FROM = 5
LOCK_AT = 10


@dataclass(frozen=True)
class LoginResult:
    actor: Actor
    must_change_password: bool


def backoff_seconds(failed_logins: int) -> int:
    """Seconds to wait before the next try: 0 for the first four failures, then 2, 4, 8 …"""
    if failed_logins < BACKOFF_FROM:
        return 0
    return min(2 ** (failed_logins - BACKOFF_FROM + 1), 300)


def actor_for(member: Staff, workstation: str | None = None) -> Actor:
    actor = Actor(member.id, member.username, member.display_name, member.role_set)
    return actor if workstation is None else Actor(member.id, member.username, member.display_name,
                                                   member.role_set, workstation)


def login(system_ctx: ServiceContext, username: str, password: str, *, now: datetime | None = None) -> LoginResult:
    """Check a personal login; raises AuthenticationError: ``practice.login_failed`` (the same for an unknown user
    and a wrong password), ``practice.login_backoff`` (``wait_seconds``) or ``practice.account_locked``."""
    now = now or utcnow()
    username = (username or "").strip().lower()
    ctx = system_ctx.as_actor(SYSTEM)
    with ctx.transaction() as session:
        member = session.exec(select(Staff).where(Staff.username == username)).first()
        if member is None or not member.active:
            passwords.verify_password(_dummy_hash(), password or "")  # same cost as a real check
            ctx.audit(session, "login.failure", entity_type="staff", outcome="failure",
                      detail=f"unknown or inactive user {username[:64]}")
            failure = AuthenticationError("practice.login_failed")
        elif member.locked:
            ctx.audit(session, "login.failure", entity_type="staff", entity_id=member.id, outcome="failure",
                      detail="account locked")
            failure = AuthenticationError("practice.account_locked", locked=True)
        else:
            wait = backoff_seconds(member.failed_logins)
            if wait and member.last_failed_at and now < member.last_failed_at + timedelta(seconds=wait):
                left = int((member.last_failed_at + timedelta(seconds=wait) - now).total_seconds()) + 1
                ctx.audit(session, "login.failure", entity_type="staff", entity_id=member.id, outcome="failure",
                          detail="too early after failures")
                failure = AuthenticationError("practice.login_backoff", wait_seconds=left)
            elif passwords.verify_password(member.password_hash, password or ""):
                values = {"failed_logins": 0, "last_failed_at": None}
                if passwords.needs_rehash(member.password_hash):
                    values["password_hash"] = passwords.hash_password(password)
                # Only if no concurrent failure locked the account meanwhile (the row lock orders them).
                reset = session.execute(update(Staff).where(Staff.id == member.id, Staff.locked == False)  # noqa: E712
                                        .values(**values).returning(Staff.id)
                                        .execution_options(synchronize_session=False)).first()
                if reset is None:
                    ctx.audit(session, "login.failure", entity_type="staff", entity_id=member.id, outcome="failure",
                              detail="account locked")
                    failure = AuthenticationError("practice.account_locked", locked=True)
                else:
                    actor = actor_for(member)
                    ctx.as_actor(actor).audit(session, "login.success", entity_type="staff", entity_id=member.id)
                    return LoginResult(actor, member.must_change_password)
            else:
                # One atomic UPDATE … RETURNING: concurrent wrong passwords each count (no read–modify–write).
                failed, locked = session.execute(
                    update(Staff).where(Staff.id == member.id)
                    .values(failed_logins=Staff.failed_logins + 1, last_failed_at=now,
                            locked=or_(Staff.locked, Staff.failed_logins + 1 >= LOCK_AT))
                    .returning(Staff.failed_logins, Staff.locked)
                    .execution_options(synchronize_session=False)).one()
                ctx.audit(session, "login.failure", entity_type="staff", entity_id=member.id, outcome="failure",
                          detail=f"wrong password ({failed} in a row)" + ("; account locked" if locked else ""))
                failure = AuthenticationError("practice.login_failed")
    raise failure


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return passwords.hash_password("not a real password, only spends time")


def logout(ctx: ServiceContext) -> None:
    with ctx.transaction() as session:
        ctx.audit(session, "logout", entity_type="staff", entity_id=ctx.actor.staff_id)


def record_lock(ctx: ServiceContext, reason: str) -> None:
    """The screen was locked (idle, Ctrl+L, resume after sleep)."""
    with ctx.transaction() as session:
        ctx.audit(session, "session.lock", entity_type="staff", entity_id=ctx.actor.staff_id, detail=reason)


def unlock_session(ctx: ServiceContext, password: str) -> None:
    """Unlock needs the logged-in user's password; failures count like login failures."""
    result = login(ctx, ctx.actor.username, password)
    if result.actor.staff_id != ctx.actor.staff_id:
        raise AuthenticationError("practice.login_failed")
    with ctx.transaction() as session:
        ctx.audit(session, "session.unlock", entity_type="staff", entity_id=ctx.actor.staff_id)


def change_own_password(ctx: ServiceContext, old_password: str, new_password: str) -> None:
    passwords.check_password_rules(new_password, "new_password")
    if old_password == new_password:
        raise ValidationError("new_password", "practice.password_unchanged")
    with ctx.transaction() as session:
        member = session.get(Staff, ctx.actor.staff_id)
        if member is None or not passwords.verify_password(member.password_hash, old_password or ""):
            ctx.audit(session, "password.change", entity_type="staff", entity_id=ctx.actor.staff_id,
                      outcome="failure", detail="wrong current password")
            raise ValidationError("old_password", "practice.wrong_current_password")
        member.password_hash = passwords.hash_password(new_password)
        member.must_change_password = False
        member.version += 1
        member.updated_at = utcnow()
        session.add(member)
        ctx.audit(session, "password.change", entity_type="staff", entity_id=member.id)
