"""Cordée to Cordée, end to end: a pharmacy's alert travels to a medical practice as a signed, encrypted package,
lands in its inbox, is answered there, and the answer travels back into the pharmacy's thread; both audit trails
tell the story."""

from __future__ import annotations

import json

from sqlmodel import select

from app.models.audit import AuditEvent
from app.models.exchange_peer import ExchangeIdentity
from app.services.alerts import alert_flow
from app.services.alerts import inbox as alert_inbox
from app.services.exchange import peer_identity, peer_import, peer_keys, peer_package, peer_send
from app.services.medications import medication_list as medications
from tests.services.exchange.peer_support import counts, pair, raise_alert  # noqa: F401  (fixture)


def _actions(fx) -> list[str]:
    with fx.db.session() as s:
        return [e.action for e in s.exec(select(AuditEvent).order_by(AuditEvent.seq))]


def test_alert_travels_and_its_answer_comes_back(pair):  # noqa: F811
    a, b = pair.a, pair.b
    aid = raise_alert(pair)
    package = peer_send.export_package(a.ctx["pharmacist"], pair.pid_a, "alert", aid, pair.partner_in_a)
    assert b"CORDEE/MESSAGE.JWE" in package and b"Warfarine" not in package      # encrypted: no clear text

    seen = peer_import.preview_package(b.ctx["physician"], package)
    assert (seen.kind, seen.partner, seen.patient_id, seen.encrypted) == ("alert", "MSP des Tilleuls", pair.pid_b,
                                                                          True)
    before = counts(b)
    assert counts(b) == before                                                   # the preview stored nothing
    done = peer_import.apply_package(b.ctx["physician"], package)
    received = alert_inbox.inbox(b.ctx["physician"], "received")
    assert [r.id for r in received] == [done.alert_id]
    detail = alert_flow.open_alert(b.ctx["physician"], done.alert_id)
    assert detail.row.sender_name == "Test Pharmacist (MSP des Tilleuls)" and detail.row.state == "read"
    aspirin_b = next(r.id for r in medications.list_current(b.ctx["physician"], pair.pid_b) if r.data.atc == "B01AC06")
    assert detail.proposed_changes[0]["line_id"] == aspirin_b                    # the line, as this database knows it

    alert_flow.accept(b.ctx["physician"], done.alert_id, detail.row.version, "Arrêt de l'aspirine.")
    assert {r.data.atc for r in medications.list_current(b.ctx["physician"], pair.pid_b)} == {"B01AA03"}
    answer = peer_send.export_package(b.ctx["physician"], pair.pid_b, "answer", done.alert_id)
    back = peer_import.apply_package(a.ctx["pharmacist"], answer)
    assert (back.kind, back.alert_id) == ("answer", aid)

    thread = alert_flow.open_alert(a.ctx["pharmacist"], aid)
    assert thread.row.state == "accepted" and thread.answer_code == "accept"
    assert thread.answer_text == "Arrêt de l'aspirine." and thread.answered_by == "Test Physician (MSP des Tilleuls)"
    assert [m.kind for m in thread.messages] == ["raised", "accepted"]
    assert thread.messages[-1].changes[0]["action"] == "stop"
    b_thread = alert_flow.open_alert(b.ctx["physician"], done.alert_id)
    assert [m.kind for m in b_thread.messages] == ["raised", "read", "accepted"]

    trail_a, trail_b = _actions(a), _actions(b)
    for action in ("exchange.identity", "exchange.partner_add", "alert.raise", "exchange.send",
                   "alert.answer_received", "exchange.receive"):
        assert action in trail_a, action
    for action in ("exchange.identity", "exchange.partner_add", "alert.receive", "exchange.receive", "alert.open",
                   "alert.accept", "exchange.send"):
        assert action in trail_b, action
    assert trail_a.index("exchange.send") < trail_a.index("exchange.receive")


def test_signed_only_package_for_a_secure_mail_space(pair):  # noqa: F811
    aid = raise_alert(pair)
    package = peer_send.export_package(pair.a.ctx["pharmacist"], pair.pid_a, "alert", aid, pair.partner_in_a,
                                       encrypt=False)
    assert b"CORDEE/MESSAGE.JWS" in package
    assert not peer_import.preview_package(pair.b.ctx["physician"], package).encrypted
    assert peer_import.apply_package(pair.b.ctx["physician"], package).alert_id


def test_private_keys_are_stored_wrapped_only(pair):  # noqa: F811
    with pair.a.db.session() as s:
        ours = s.exec(select(ExchangeIdentity)).one()
    private = peer_identity.private_keys(pair.a.ctx["admin"], ours).get_by_kid("sig").as_dict(private=True)
    assert private["d"] not in ours.private_wrapped and private["d"] not in ours.public_jwks
    assert peer_keys.fingerprint(json.loads(ours.public_jwks)) == ours.fingerprint
    card = peer_identity.card(pair.a.ctx["nurse"])
    assert all("d" not in key for key in card["keys"]["keys"])                 # the card carries public keys only
    assert peer_identity.identity(pair.a.ctx["admin"]).fingerprint == peer_keys.grouped(ours.fingerprint)
    assert len(peer_identity.identity(pair.a.ctx["admin"]).fingerprint.split()) == 16
    assert peer_package.FORMAT == "cordee-exchange/1"
