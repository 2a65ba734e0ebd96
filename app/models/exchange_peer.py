"""Cordée to Cordée exchange: this installation's exchange identity, the partner installations whose cards were
imported, and the packages received (their ids and nonces, so that none is imported twice) and the alerts they
link across the two databases.

The identity's private keys are kept only wrapped (AES-GCM under a key derived from the database key); the public
keys travel as a JWK set on the card, whose SHA-256 is the fingerprint partners compare.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.models import alert  # noqa: F401  (the tables referred to must be registered)
from app.models.base import Versioned, utcnow


class ExchangeIdentity(Versioned, table=True):
    """The one exchange identity of this practice database (created on first use). ``singleton`` is always 1 and
    unique: a second identity cannot be stored, even by two workstations creating one at the same moment."""

    __tablename__ = "exchange_identity"
    __table_args__ = (UniqueConstraint("singleton", name="uq_exchange_identity_singleton"),
                      CheckConstraint("singleton = 1", name="ck_exchange_identity_singleton"))

    id: int | None = Field(default=None, primary_key=True)
    identity_id: str = Field(max_length=64, unique=True)          # a UUID, named on the card and in each package
    practice_name: str = Field(max_length=200)
    public_jwks: str = Field(sa_column=Column(Text, nullable=False))      # canonical JSON of the public JWK set
    private_wrapped: str = Field(sa_column=Column(Text, nullable=False))  # base64(nonce + AES-GCM of the private set)
    fingerprint: str = Field(max_length=64)                       # SHA-256 (hex) of ``public_jwks``
    incoming_folder: str | None = Field(default=None, max_length=1000)   # the watched folder, if any
    singleton: int = Field(default=1)


class ExchangePartnerStatus:
    ACTIVE = "active"
    REVOKED = "revoked"


class ExchangePartner(Versioned, table=True):
    """Another Cordée installation, added by importing its card once its fingerprint was compared."""

    __tablename__ = "exchange_partner"

    id: int | None = Field(default=None, primary_key=True)
    identity_id: str = Field(max_length=64, unique=True)
    practice_name: str = Field(max_length=200)
    public_jwks: str = Field(sa_column=Column(Text, nullable=False))
    fingerprint: str = Field(max_length=64)
    status: str = Field(default=ExchangePartnerStatus.ACTIVE, max_length=10)
    card_created: str | None = Field(default=None, max_length=40)
    revoked_at: datetime | None = Field(default=None)


class ExchangeReceipt(SQLModel, table=True):
    """A package imported from a partner: its id and nonce are never accepted again."""

    __tablename__ = "exchange_receipt"
    __table_args__ = (UniqueConstraint("partner_id", "nonce", name="uq_exchange_receipt_nonce"),)

    id: int | None = Field(default=None, primary_key=True)
    package_id: str = Field(max_length=64, unique=True)
    nonce: str = Field(max_length=64)
    partner_id: int = Field(foreign_key="exchange_partner.id", index=True)
    kind: str = Field(max_length=10)              # alert / answer / directory
    alert_id: int | None = Field(default=None, foreign_key="alert.id", index=True)   # None for a directory
    received_at: datetime = Field(default_factory=utcnow)


class ExchangeAlertLink(SQLModel, table=True):
    """An alert of this database and the same alert in a partner's database (sent from here, or received)."""

    __tablename__ = "exchange_alert_link"
    __table_args__ = (UniqueConstraint("partner_id", "remote_alert_id", "direction",
                                       name="uq_exchange_alert_link_remote"),)

    id: int | None = Field(default=None, primary_key=True)
    alert_id: int = Field(foreign_key="alert.id", index=True)
    partner_id: int = Field(foreign_key="exchange_partner.id", index=True)
    remote_alert_id: int | None = Field(default=None)   # None until the partner answers an alert sent from here
    direction: str = Field(max_length=4)          # out: raised here and sent; in: received from the partner
    linked_at: datetime = Field(default_factory=utcnow)


class ExchangeDirectoryBaseline(SQLModel, table=True):
    """What a directory resource or pathway looked like when it was last shared with a partner (sent or received):
    the SHA-256 of its shared content. A later package that changes a record whose local content still has this
    hash updates it; when the local content differs (edited here since), the change is a conflict the user decides."""

    __tablename__ = "exchange_directory_baseline"
    __table_args__ = (UniqueConstraint("record", "external_id", name="uq_exchange_directory_baseline"),)

    id: int | None = Field(default=None, primary_key=True)
    record: str = Field(max_length=10)            # resource / pathway
    external_id: str = Field(max_length=36)
    content_hash: str = Field(max_length=64)
    partner_id: int = Field(foreign_key="exchange_partner.id", index=True)
    direction: str = Field(max_length=4)          # out: sent to the partner; in: received from it
    shared_at: datetime = Field(default_factory=utcnow)
