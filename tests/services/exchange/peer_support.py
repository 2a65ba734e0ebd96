"""Two practice databases that know each other's exchange card: a pharmacy (``a``) whose pharmacist raises alerts
and a medical practice (``b``) whose physician answers them; the same patient, with the same list, in both."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from sqlmodel import select

from app.models.alert import Alert, AlertMessage
from app.models.audit import AuditEvent
from app.models.exchange_peer import ExchangeAlertLink, ExchangePartner, ExchangeReceipt
from app.services.alerts import alert_flow
from app.services.alerts.alert_input import AlertInput
from app.services.exchange import peer_identity
from app.services.storage.database import create_encrypted
from tests.alert_support import warfarin_aspirin
from tests.conftest import PASSPHRASE, TEST_KDF
from tests.support import build_practice


@dataclass
class Pair:
    a: object
    b: object
    pid_a: int
    pid_b: int
    partner_in_a: int      # b, as a partner of a
    partner_in_b: int      # a, as a partner of b
    aspirin_a: int


def add_card(into, of) -> int:
    """``of``'s card added as a partner of ``into`` (fingerprint compared)."""
    card = peer_identity.card_json(of.ctx["admin"])
    return peer_identity.add_partner(into.ctx["admin"], card, json.loads(card)["fingerprint"])


@pytest.fixture
def pair(practice, tmp_path):
    db, recovery = create_encrypted(tmp_path / "other.db", PASSPHRASE, kdf=TEST_KDF, use_keyring=False)
    other = build_practice(db, tmp_path / "other.db", recovery)
    pid_a, _w, aspirin_a = warfarin_aspirin(practice)
    pid_b, _w, _asp = warfarin_aspirin(other)
    yield Pair(practice, other, pid_a, pid_b, add_card(practice, other), add_card(other, practice), aspirin_a)
    db.close()


def raise_alert(pair: Pair) -> int:
    """The pharmacy's alert (its pharmacist): stop aspirin (warfarin + aspirin)."""
    return alert_flow.raise_alert(pair.a.ctx["pharmacist"], AlertInput(
        patient_id=pair.pid_a, problem_category="1.6", problem_text="Warfarine + aspirine : risque hémorragique",
        proposal_kind="stop", line_ids=[pair.aspirin_a], urgency="24h"))


def counts(fx) -> dict[str, int]:
    """How many rows each table touched by an import holds (to show that a refusal stored nothing)."""
    with fx.db.session() as s:
        return {m.__name__: len(s.exec(select(m)).all()) for m in (Alert, AlertMessage, ExchangeReceipt,
                                                                    ExchangeAlertLink, ExchangePartner, AuditEvent)}
