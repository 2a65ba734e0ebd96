"""Who may do what, decided in one place: ``can(ctx, action, record)`` and ``require(ctx, action, record)``.

A decision reads the acting user's account as the database has it now (``records.load_account``: active flag and
roles, once per unit of work), takes the role table (``policy.POLICY``) and the action's relationship rule
(``relations.RULES``: the patient's médecin traitant, the care circle, the author or recipient of the record, the
restrictions on it), and denies by default.

Without a record the question is the role's (menus, lists that filter their rows). ``allowed(actor, action)``
answers from the roles known at login, for the menus only; services always ask ``require``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.services.errors import AccessDenied
from app.services.security.actor import Actor
from app.services.security.audit import EMERGENCY_PATIENTS
from app.services.security.policy import (  # noqa: F401  (the role table is read through this module)
    ADMIN,
    APN,
    CLINICAL,
    COORDINATOR,
    FRONT_DESK,
    MA,
    NURSE,
    PHARMACIST,
    PHYSICIAN,
    POLICY,
    ROLES,
    allowed,
    roles_allow,
)
from app.services.security.records import current_account
from app.services.security.relations import Decision, Record, decide

if TYPE_CHECKING:
    from app.services.kernel.context import ServiceContext  # type hints only: the context sits above security

REVOKED_TOPIC = "access.revoked"
"""Announced (in this process) when a call is refused because the account was deactivated or its roles changed
since login: the user's screens learn of it at once."""


def check(ctx: ServiceContext, action: str, record: Record | None = None) -> Decision:
    """The decision for the acting user, their account read now, on ``record`` (None: the role's question)."""
    if isinstance(ctx, Actor):
        raise TypeError("access is decided on the service context (ctx), not on the actor cached at login")
    return _noted(ctx, decide(current_account(ctx), action, record), record)


def _noted(ctx: ServiceContext, decision: Decision, record: Record | None) -> Decision:
    """An access through an emergency (break-glass) grant: the unit of work remembers the patient, so that the
    audit events it writes about them carry that purpose of use (``audit.EMERGENCY_PATIENTS``)."""
    if decision.reason == "break_glass" and record is not None and record.patient is not None:
        with ctx.reading() as session:
            session.info.setdefault(EMERGENCY_PATIENTS, set()).add(record.patient.patient_id)
    return decision


def can(ctx: ServiceContext, action: str, record: Record | None = None) -> bool:
    """Whether the acting user may do ``action`` (on ``record``)."""
    return check(ctx, action, record).allowed


def require(ctx: ServiceContext, action: str, record: Record | None = None) -> None:
    """Raise ``AccessDenied`` (its code says why) unless the acting user may do ``action`` (on ``record``)."""
    if isinstance(ctx, Actor):
        raise TypeError("access is decided on the service context (ctx), not on the actor cached at login")
    account = current_account(ctx)
    decision = _noted(ctx, decide(account, action, record), record)
    if decision.allowed:
        return
    if decision.by_account and (not account.active or account.roles != ctx.actor.roles):
        ctx.notifier.publish(REVOKED_TOPIC, {"staff_id": ctx.actor.staff_id, "reason": decision.reason},
                             remote=False)
    raise AccessDenied(action, sorted(account.roles), reason=decision.reason)
