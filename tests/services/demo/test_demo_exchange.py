"""The demo practice shows the Cordée to Cordée exchange: its identity, a partner pharmacy added from its card, and
an alert received from it in Dr Martin's inbox (imported through the services: audited); a practice of the CPTS
whose directory package was imported (its resources and pathway in the directory, their baselines kept)."""

from __future__ import annotations

from sqlmodel import select

from app.models.audit import AuditEvent
from app.services.alerts import inbox as alert_inbox
from app.services.demo.exchange import CPTS_PRACTICE, PHARMACY, add_demo_directory_exchange
from app.services.demo.practice import create_demo_practice
from app.services.directory import resources
from app.services.exchange import peer_identity
from app.services.kernel.context import ServiceContext
from app.services.security.actor import SYSTEM
from tests.conftest import TEST_KDF


def test_demo_exchange(tmp_path):
    (tmp_path / "demo").mkdir()
    db, doctor, _folder = create_demo_practice(tmp_path / "demo", patients=40, kdf=TEST_KDF)
    try:
        ctx = ServiceContext(db, doctor)
        assert len(peer_identity.identity(ctx).fingerprint.split()) == 16
        assert [(p.practice_name, p.status) for p in peer_identity.partners(ctx)] == [
            (CPTS_PRACTICE, "active"), (PHARMACY, "active")]
        shared = {r.name: r.pathway_count for r in resources.list_resources(ctx)
                  if r.name in ("Plateforme de répit des aidants (démo)",
                                "Dr Rey, gériatre, consultation mémoire (démo)")}
        assert shared == {"Plateforme de répit des aidants (démo)": 1,
                          "Dr Rey, gériatre, consultation mémoire (démo)": 0}
        before = len(resources.list_resources(ctx))
        add_demo_directory_exchange(ServiceContext(db, SYSTEM), {})          # nothing added twice
        assert len(resources.list_resources(ctx)) == before and len(peer_identity.partners(ctx)) == 2
        received = [r for r in alert_inbox.inbox(ctx, "received") if PHARMACY in r.sender_name]
        assert len(received) == 1 and received[0].state == "open"
        with db.session() as s:
            actions = {e.action for e in s.exec(select(AuditEvent))}
        assert {"exchange.identity", "exchange.partner_add", "alert.receive", "exchange.receive",
                "directory.receive"} <= actions
    finally:
        db.close()
