"""The same journey with the pharmacy's database on the PostgreSQL server (its exchange keys wrapped under the
server's practice secret) and the medical practice on an encrypted file."""

from __future__ import annotations

import pytest

from app.services.alerts import alert_flow
from app.services.errors import CordeeError
from app.services.exchange import peer_import, peer_send
from app.services.storage.database import create_encrypted
from tests.alert_support import warfarin_aspirin
from tests.conftest import PASSPHRASE, TEST_KDF
from tests.services.exchange.peer_support import Pair, add_card, counts, raise_alert
from tests.support import build_practice

pytestmark = pytest.mark.postgres


def test_postgres_pharmacy_and_file_practice(pg_practice, tmp_path):
    db, recovery = create_encrypted(tmp_path / "b.db", PASSPHRASE, kdf=TEST_KDF, use_keyring=False)
    try:
        b = build_practice(db, tmp_path / "b.db", recovery)
        pid_a, _w, aspirin = warfarin_aspirin(pg_practice)
        pid_b, _w, _asp = warfarin_aspirin(b)
        pair = Pair(pg_practice, b, pid_a, pid_b, add_card(pg_practice, b), add_card(b, pg_practice), aspirin)
        aid = raise_alert(pair)
        package = peer_send.export_package(pg_practice.ctx["pharmacist"], pid_a, "alert", aid, pair.partner_in_a)
        received = peer_import.apply_package(b.ctx["physician"], package).alert_id
        detail = alert_flow.open_alert(b.ctx["physician"], received)
        alert_flow.refuse(b.ctx["physician"], received, detail.row.version, "Indication validée par le cardiologue.")
        answer = peer_send.export_package(b.ctx["physician"], pid_b, "answer", received)
        assert peer_import.apply_package(pg_practice.ctx["pharmacist"], answer).alert_id == aid
        thread = alert_flow.open_alert(pg_practice.ctx["pharmacist"], aid)
        assert thread.row.state == "refused" and [m.kind for m in thread.messages] == ["raised", "refused"]
        before = counts(pg_practice)
        with pytest.raises(CordeeError) as caught:
            peer_import.apply_package(pg_practice.ctx["pharmacist"], answer)
        assert caught.value.code == "exchange.peer_replayed" and counts(pg_practice) == before
    finally:
        db.close()
