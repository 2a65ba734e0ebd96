"""This installation's exchange identity and its partners (other Cordée installations).

The identity is created on first use (``identity``): a UUID, the practice's name and two key pairs
(``peer_keys``), the private parts wrapped by the database's secret. Its card (``card_json``; printable:
``peer_card_pdf``) carries the public keys and their fingerprint. A partner is added by importing their card
(``preview_card`` shows the fingerprint, ``add_partner`` stores it only when the fingerprint the user compared
matches) and can be revoked; every change is audited. Packages from an unknown or revoked partner are refused
(``peer_import``).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from app.models.base import utcnow
from app.models.exchange_peer import ExchangeIdentity, ExchangePartner, ExchangePartnerStatus
from app.services.errors import CordeeError, NotFoundError, StaleRecordError, ValidationError
from app.services.exchange import peer_keys
from app.services.kernel.context import ServiceContext
from app.services.kernel.validation import clean_text
from app.services.practice import practice_record
from app.services.security.access import require

CARD_FORMAT = "cordee-exchange-card/1"
MAX_CARD_BYTES = 64 * 1024


@dataclass(frozen=True)
class IdentityRow:
    identity_id: str
    practice_name: str
    fingerprint: str            # grouped in blocks of four
    created: datetime
    incoming_folder: str | None
    version: int


@dataclass(frozen=True)
class PartnerRow:
    id: int
    identity_id: str
    practice_name: str
    fingerprint: str            # grouped
    status: str
    added: datetime
    changed_by: str
    revoked_at: datetime | None
    version: int


@dataclass(frozen=True)
class CardPreview:
    identity_id: str
    practice_name: str
    fingerprint: str            # grouped
    created: str | None
    known_as: str | None        # the partner's current status when the card is already known


def _identity_row(i: ExchangeIdentity) -> IdentityRow:
    return IdentityRow(i.identity_id, i.practice_name, peer_keys.grouped(i.fingerprint), i.created_at,
                       i.incoming_folder, i.version)


def _partner_row(p: ExchangePartner) -> PartnerRow:
    return PartnerRow(p.id, p.identity_id, p.practice_name, peer_keys.grouped(p.fingerprint), p.status,
                      p.created_at, p.updated_by, p.revoked_at, p.version)


def stored_identity(ctx: ServiceContext, session: Session) -> ExchangeIdentity:
    """The identity row, created (and audited) the first time (in the caller's transaction; access checked).

    Two workstations may create it at the same moment (PostgreSQL): the table holds one row at most (its unique
    ``singleton``), so the second insert fails; it was made under a savepoint, which is rolled back, and the
    identity the first workstation stored is read and used instead (its insert has committed by then: PostgreSQL
    makes the second wait for it)."""
    found = session.exec(select(ExchangeIdentity)).first()
    if found is not None:
        return found
    practice = practice_record.get_practice(ctx)
    identity_id = str(uuid.uuid4())
    private = peer_keys.new_private_set()
    public = peer_keys.public_set(private)
    made = ExchangeIdentity(identity_id=identity_id, practice_name=(practice.name if practice else "Cordée")[:200],
                            public_jwks=peer_keys.canonical(public),
                            private_wrapped=peer_keys.wrap(private, ctx.db.audit_key, identity_id),
                            fingerprint=peer_keys.fingerprint(public), updated_by=ctx.actor.display_name)
    try:
        with session.begin_nested():
            session.add(made)
    except IntegrityError:
        winner = session.exec(select(ExchangeIdentity).execution_options(populate_existing=True)).first()
        if winner is None:   # not a second identity: another constraint failed
            raise
        return winner
    ctx.audit(session, "exchange.identity", entity_type="exchange_identity", entity_id=made.id,
              detail=f"exchange identity created, fingerprint {made.fingerprint[:16]}…")
    return made


def private_keys(ctx: ServiceContext, found: ExchangeIdentity):
    """The identity's private key set (unwrapped in memory only)."""
    return peer_keys.unwrap(found.private_wrapped, ctx.db.audit_key, found.identity_id)


def identity(ctx: ServiceContext) -> IdentityRow:
    """This installation's exchange identity (created on first use)."""
    require(ctx, "exchange.card")
    with ctx.transaction() as session:
        return _identity_row(stored_identity(ctx, session))


def incoming_folder(ctx: ServiceContext) -> str | None:
    """The watched folder, if one is set (read only: no identity is created for asking)."""
    require(ctx, "exchange.card")
    with ctx.reading() as session:
        found = session.exec(select(ExchangeIdentity)).first()
        return found.incoming_folder if found else None


def card(ctx: ServiceContext) -> dict:
    """Our card: practice name, identity id, public keys, fingerprint, creation date."""
    require(ctx, "exchange.card")
    with ctx.transaction() as session:
        found = stored_identity(ctx, session)
        ctx.audit(session, "exchange.card", entity_type="exchange_identity", entity_id=found.id, detail="card shown")
        return {"format": CARD_FORMAT, "practice_name": found.practice_name, "identity_id": found.identity_id,
                "keys": json.loads(found.public_jwks), "fingerprint": found.fingerprint,
                "created": found.created_at.astimezone(UTC).isoformat(timespec="seconds")}


def card_json(ctx: ServiceContext) -> bytes:
    """Our card as the JSON file handed to partners."""
    return (json.dumps(card(ctx), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def set_incoming_folder(ctx: ServiceContext, folder: str | None, expected_version: int) -> int:
    """The watched folder for incoming packages (None: none); returns the new version."""
    require(ctx, "exchange.partner")
    value = clean_text(folder, "incoming_folder", 1000)
    if value is not None and not Path(value).is_dir():
        raise ValidationError("incoming_folder", "exchange.peer_bad_folder")
    with ctx.transaction() as session:
        found = stored_identity(ctx, session)
        done = session.execute(update(ExchangeIdentity).where(
            ExchangeIdentity.id == found.id, ExchangeIdentity.version == expected_version).values(
            incoming_folder=value, version=expected_version + 1, updated_at=utcnow(),
            updated_by=ctx.actor.display_name))
        if done.rowcount != 1:
            raise StaleRecordError("exchange_identity", found.id, found.updated_by, found.updated_at)
        ctx.audit(session, "exchange.folder", entity_type="exchange_identity", entity_id=found.id,
                  detail="watched folder set" if value else "watched folder cleared")
        return expected_version + 1


def parse_card(data: bytes) -> dict:
    """A partner's card, checked: its keys, and its fingerprint recomputed from them."""
    if not data or len(data) > MAX_CARD_BYTES:
        raise ValidationError("card_file", "exchange.peer_bad_card")
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ValidationError("card_file", "exchange.peer_bad_card") from None
    if not isinstance(raw, dict) or raw.get("format") != CARD_FORMAT:
        raise ValidationError("card_file", "exchange.peer_bad_card")
    ident, name = raw.get("identity_id"), raw.get("practice_name")
    try:
        ident_ok = isinstance(ident, str) and str(uuid.UUID(ident)) == ident
    except ValueError:
        ident_ok = False
    if not ident_ok or not isinstance(name, str) or not name.strip() or len(name) > 200:
        raise ValidationError("card_file", "exchange.peer_bad_card")
    try:
        keys = peer_keys.check_public_set(raw.get("keys"))
    except CordeeError:
        raise ValidationError("card_file", "exchange.peer_bad_card") from None
    if peer_keys.normalized(raw.get("fingerprint") if isinstance(raw.get("fingerprint"), str) else "") != \
            peer_keys.fingerprint(keys):
        raise ValidationError("card_file", "exchange.peer_card_fingerprint")
    created = raw.get("created") if isinstance(raw.get("created"), str) else None
    return {"identity_id": ident, "practice_name": " ".join(name.split()), "keys": keys,
            "fingerprint": peer_keys.fingerprint(keys), "created": created[:40] if created else None}


def preview_card(ctx: ServiceContext, data: bytes) -> CardPreview:
    """What adding the card would add (the fingerprint to compare with the partner's printed card); nothing stored."""
    require(ctx, "exchange.partner")
    c = parse_card(data)
    with ctx.transaction() as session:
        ours = stored_identity(ctx, session)
        if ours.identity_id == c["identity_id"]:
            raise ValidationError("card_file", "exchange.peer_own_card")
        known = session.exec(select(ExchangePartner).where(ExchangePartner.identity_id == c["identity_id"])).first()
    return CardPreview(c["identity_id"], c["practice_name"], peer_keys.grouped(c["fingerprint"]), c["created"],
                       known.status if known else None)


def add_partner(ctx: ServiceContext, data: bytes, confirmed_fingerprint: str) -> int:
    """Add the partner of the card once the user compared its fingerprint (``confirmed_fingerprint``, as read on the
    partner's printed card); returns the partner's id; audited."""
    require(ctx, "exchange.partner")
    c = parse_card(data)
    if peer_keys.normalized(confirmed_fingerprint) != c["fingerprint"]:
        raise ValidationError("fingerprint", "exchange.peer_fingerprint_mismatch")
    with ctx.transaction() as session:
        if stored_identity(ctx, session).identity_id == c["identity_id"]:
            raise ValidationError("card_file", "exchange.peer_own_card")
        if session.exec(select(ExchangePartner).where(ExchangePartner.identity_id == c["identity_id"])).first():
            raise ValidationError("card_file", "exchange.peer_partner_exists")
        partner = ExchangePartner(identity_id=c["identity_id"], practice_name=c["practice_name"][:200],
                                  public_jwks=peer_keys.canonical(c["keys"]), fingerprint=c["fingerprint"],
                                  card_created=c["created"], updated_by=ctx.actor.display_name)
        session.add(partner)
        session.flush()
        ctx.audit(session, "exchange.partner_add", entity_type="exchange_partner", entity_id=partner.id,
                  detail=f"{partner.practice_name}, fingerprint {partner.fingerprint[:16]}… compared")
        return partner.id


def revoke_partner(ctx: ServiceContext, partner_id: int, expected_version: int) -> int:
    """Revoke a partner: its packages are refused from now on (kept on the list, never deleted); audited."""
    require(ctx, "exchange.partner")
    with ctx.transaction() as session:
        partner = session.get(ExchangePartner, partner_id) if isinstance(partner_id, int) else None
        if partner is None:
            raise NotFoundError("exchange_partner", partner_id)
        if partner.status == ExchangePartnerStatus.REVOKED:
            raise ValidationError("status", "exchange.peer_already_revoked")
        done = session.execute(update(ExchangePartner).where(
            ExchangePartner.id == partner.id, ExchangePartner.version == expected_version).values(
            status=ExchangePartnerStatus.REVOKED, revoked_at=utcnow(), version=expected_version + 1,
            updated_at=utcnow(), updated_by=ctx.actor.display_name))
        if done.rowcount != 1:
            raise StaleRecordError("exchange_partner", partner.id, partner.updated_by, partner.updated_at)
        ctx.audit(session, "exchange.partner_revoke", entity_type="exchange_partner", entity_id=partner.id,
                  detail=partner.practice_name)
        return expected_version + 1


def partners(ctx: ServiceContext) -> list[PartnerRow]:
    """Every partner, active first, then by name."""
    require(ctx, "exchange.card")
    with ctx.reading() as session:
        rows = session.exec(select(ExchangePartner)).all()
    return sorted((_partner_row(p) for p in rows), key=lambda r: (r.status != "active", r.practice_name.casefold()))
