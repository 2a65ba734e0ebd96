"""The demo practice shows the Cordée to Cordée exchange: its identity, a partner pharmacy added from its card, and
an alert received from it in Dr Martin's inbox (imported through the services: audited)."""

from __future__ import annotations

from sqlmodel import select

from app.models.audit import AuditEvent
from app.services.alerts import inbox as alert_inbox
from app.services.demo.exchange import PHARMACY
from app.services.demo.practice import create_demo_practice
from app.services.exchange import peer_identity
from app.services.kernel.context import ServiceContext
from tests.conftest import TEST_KDF


def test_demo_exchange(tmp_path):
    (tmp_path / "demo").mkdir()
    db, doctor, _folder = create_demo_practice(tmp_path / "demo", patients=40, kdf=TEST_KDF)
    try:
        ctx = ServiceContext(db, doctor)
        assert len(peer_identity.identity(ctx).fingerprint.split()) == 16
        assert [(p.practice_name, p.status) for p in peer_identity.partners(ctx)] == [(PHARMACY, "active")]
        received = [r for r in alert_inbox.inbox(ctx, "received") if PHARMACY in r.sender_name]
        assert len(received) == 1 and received[0].state == "open"
        with db.session() as s:
            actions = {e.action for e in s.exec(select(AuditEvent))}
        assert {"exchange.identity", "exchange.partner_add", "alert.receive", "exchange.receive"} <= actions
    finally:
        db.close()
