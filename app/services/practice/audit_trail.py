"""Browsing and verifying the audit trail (administrators), and where its anchors go.

Verification walks the chain and compares it with every anchor found outside the database: the key-slot file,
the backups' manifests, the practice's anchor sink and the logs the administrator names (a copy of the sink kept
out of reach, a syslog export). Each place says what it detects (``security.anchors``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import or_
from sqlmodel import col, select

from app.models.audit import AuditEvent
from app.models.patient import Patient
from app.models.practice import Practice
from app.services.errors import ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.text_search import tokens
from app.services.security import anchors, audit
from app.services.security.access import require
from app.services.security.anchors import AnchorCheck
from app.services.security.audit import Finding
from app.services.storage import anchor_places, anchoring
from app.services.storage.anchoring import AnchorOutcome


def browse(ctx: ServiceContext, *, action_prefix: str | None = None, user_id: int | None = None,
           patient_id: int | None = None, since: datetime | None = None, until: datetime | None = None,
           outcome: str | None = None, patient_name: str | None = None, limit: int = 500) -> list[audit.AuditRow]:
    """Newest first, filtered; reading the trail is itself audited. ``patient_name``: the events of the patients
    whose names hold words starting with each of its words ("dup jea" finds Jean Dupont), accents and case aside.
    A row damaged outside the program is shown as it is stored (verification reports it)."""
    require(ctx, "audit.read")
    words = tokens(patient_name or "")
    if patient_name is not None and patient_name.strip() and not words:
        raise ValidationError("patient_name", "practice.audit_name_words")
    if since is not None and until is not None and until < since:
        raise ValidationError("until", "practice.audit_period_reversed")
    c = AuditEvent.__table__.c
    conditions = []
    if words:
        named = select(Patient.id)
        for word in words:
            named = named.where(or_(col(Patient.search_text).startswith(word),
                                    col(Patient.search_text).contains(" " + word)))
        conditions.append(c.patient_id.in_(named))
    if action_prefix:
        conditions.append(c.action.startswith(action_prefix))
    if user_id is not None:
        conditions.append(c.user_id == user_id)
    if patient_id is not None:
        conditions.append(c.patient_id == patient_id)
    if since is not None:
        conditions.append(c.occurred_at >= since)
    if until is not None:
        conditions.append(c.occurred_at < until)
    if outcome:
        conditions.append(c.outcome == outcome)
    with ctx.transaction() as session:
        rows = audit.read_rows(session, conditions, limit)
        ctx.audit(session, "audit.read", entity_type="audit", detail=f"{len(rows)} rows")
        return rows


def verify(ctx: ServiceContext, *, logs: list[Path | str] = (), backup_folders: list[Path | str] = ()
           ) -> audit.ChainReport:
    """Check the whole chain and compare it with its anchors (command line and administrators). ``logs``: anchor
    logs or syslog exports to compare with as well; ``backup_folders``: backup folders besides the default one."""
    require(ctx, "audit.verify")
    with ctx.reading() as session:
        setting = session.exec(select(Practice.audit_anchor_sink)).first()
    found = anchoring.gather(ctx.db, setting, [Path(p) for p in logs], [Path(p) for p in backup_folders])
    with ctx.reading() as session:
        report = audit.verify_chain(session, ctx.db.audit_key,
                                    {p.anchor.seq for p in found.anchors if p.anchor is not None})
    checks = anchors.compare(found.anchors, ctx.db.db_uuid, ctx.db.audit_key, report.rows, report.last_seq,
                             report.hashes)
    checks += [AnchorCheck(place, where, Finding("security.anchor_place_unreadable", {
        "anchor_place": place, "where": where, "reason": reason}), _missing_sink(where, setting))
        for place, where, reason in found.unreadable]
    checks += [AnchorCheck("log", where, Finding("security.anchor_syslog", {"where": where}))
               for where in found.syslog]
    if not found.anchors:
        checks.append(AnchorCheck("log", "", Finding("security.anchor_none")))
    report = replace(report, anchors=tuple(checks))
    with ctx.transaction() as session:
        ctx.audit(session, "audit.verify", entity_type="audit", outcome="success" if report.ok else "failure",
                  detail=f"{report.rows} rows, {len(report.problems)} problems, "
                         f"{sum(c.detects for c in report.anchors)} anchors detecting")
    return report


def record_unwritten_export(ctx: ServiceContext, what: str, reason: str) -> None:
    """A document was produced (and audited as exported) but could not be written where the user asked
    (``reason``: the error code): the trail says so."""
    with ctx.transaction() as session:
        ctx.audit(session, "export.not_written", entity_type="export", outcome="failure",
                  detail=f"{what}: {reason}"[:200])
def _missing_sink(where: str, setting: str | None) -> bool:
    """The practice's own sink file is missing or unreadable: it was created when the sink was set, so this is
    reported as tampering; a log the administrator named is only said unreadable."""
    try:
        sink = anchor_places.parse_sink(setting)
    except ValidationError:
        return False
    return sink is not None and sink.readable_file is not None and str(sink.readable_file) == where


def anchor_sink(ctx: ServiceContext) -> str:
    """The practice's anchor sink as set ("" when none)."""
    require(ctx, "audit.verify")
    with ctx.reading() as session:
        return session.exec(select(Practice.audit_anchor_sink)).first() or ""


def set_anchor_sink(ctx: ServiceContext, sink: str | None) -> AnchorOutcome:
    """Send the chain's anchors also to ``sink`` (``file:/path``, ``syslog``, ``syslog:/socket``, ``syslog:host:port``,
    ``syslog+tcp:host:port``; empty: no sink). The old sink gets a last anchor, the new one its first at once:
    a sink that cannot be written is refused (``storage.anchor_sink_unwritable``) and the setting stays."""
    require(ctx, "practice.configure")
    new = anchor_places.parse_sink(sink)
    old_text = anchor_sink(ctx)
    try:
        old = anchor_places.parse_sink(old_text)
    except ValidationError:
        old = None
    if new is not None:
        first = ctx.db.anchors.anchor(sink=new)
        if first.failed:
            raise ValidationError("sink", "storage.anchor_sink_unwritable", sink=str(new), error=first.failed[-1][1])
    with ctx.transaction() as session:
        practice = session.exec(select(Practice)).one()
        practice.audit_anchor_sink = str(new) if new else ""
        session.add(practice)
        ctx.audit(session, "audit.anchor_sink", entity_type="practice", entity_id=practice.id,
                  detail=f"{old_text or '-'} -> {practice.audit_anchor_sink or '-'}")
    if old is not None and old != new:
        ctx.db.anchors.anchor(sink=old)   # the old sink's last anchor includes the change
    return ctx.db.anchors.anchor()


def anchor_now(ctx: ServiceContext) -> AnchorOutcome:
    """Write the chain's head to every anchor place now (``cordee audit anchor``, e.g. from cron)."""
    require(ctx, "audit.verify")
    with ctx.transaction() as session:
        ctx.audit(session, "audit.anchor", entity_type="audit")
    return ctx.db.anchors.anchor()


def record_restore(ctx: ServiceContext, backup_name: str) -> AnchorOutcome:
    """A backup was restored on purpose: audited in the restored trail, and a ``restore`` anchor tells every place
    that anchors written before it beyond this position were set back by the restore (``audit verify`` shows it)."""
    with ctx.transaction() as session:
        ctx.audit(session, "backup.restore", entity_type="database", detail=backup_name[:200])
    return ctx.db.anchors.anchor("restore")
