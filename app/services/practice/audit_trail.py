"""Browsing and verifying the audit trail (administrators)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_
from sqlmodel import col, select

from app.models.audit import AuditEvent
from app.models.patient import Patient
from app.services.errors import ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.text_search import tokens
from app.services.security import audit
from app.services.security.access import require


def browse(ctx: ServiceContext, *, action_prefix: str | None = None, user_id: int | None = None,
           patient_id: int | None = None, since: datetime | None = None, until: datetime | None = None,
           outcome: str | None = None, patient_name: str | None = None, limit: int = 500) -> list[audit.AuditRow]:
    """Newest first, filtered; reading the trail is itself audited. ``patient_name``: the events of the patients
    whose names hold words starting with each of its words ("dup jea" finds Jean Dupont), accents and case aside."""
    require(ctx, "audit.read")
    words = tokens(patient_name or "")
    if patient_name is not None and patient_name.strip() and not words:
        raise ValidationError("patient_name", "practice.audit_name_words")
    if since is not None and until is not None and until < since:
        raise ValidationError("until", "practice.audit_period_reversed")
    with ctx.transaction() as session:
        stmt = select(AuditEvent)
        if words:
            named = select(Patient.id)
            for word in words:
                named = named.where(or_(col(Patient.search_text).startswith(word),
                                        col(Patient.search_text).contains(" " + word)))
            stmt = stmt.where(col(AuditEvent.patient_id).in_(named))
        if action_prefix:
            stmt = stmt.where(col(AuditEvent.action).startswith(action_prefix))
        if user_id is not None:
            stmt = stmt.where(AuditEvent.user_id == user_id)
        if patient_id is not None:
            stmt = stmt.where(AuditEvent.patient_id == patient_id)
        if since is not None:
            stmt = stmt.where(AuditEvent.occurred_at >= since)
        if until is not None:
            stmt = stmt.where(AuditEvent.occurred_at < until)
        if outcome:
            stmt = stmt.where(AuditEvent.outcome == outcome)
        rows = [audit.to_row(ev) for ev in session.exec(stmt.order_by(col(AuditEvent.seq).desc()).limit(limit))]
        ctx.audit(session, "audit.read", entity_type="audit", detail=f"{len(rows)} rows")
        return rows


def verify(ctx: ServiceContext) -> audit.ChainReport:
    """Check the whole chain (command line and administrators)."""
    require(ctx, "audit.verify")
    with ctx.transaction() as session:
        report = audit.verify_chain(session, ctx.db.audit_key)
    with ctx.transaction() as session:
        ctx.audit(session, "audit.verify", entity_type="audit", outcome="success" if report.ok else "failure",
                  detail=f"{report.rows} rows, {len(report.problems)} problems")
    return report
