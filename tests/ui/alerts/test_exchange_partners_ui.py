"""The exchange screens: our card and its fingerprint, a partner added only once the fingerprint typed matches the
card's (a wrong one is refused, nothing stored), a partner revoked, a package imported by hand into the inbox, and
"Send to partner…" saving an alert as a package the partner imports."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QApplication

from app.services.alerts import inbox as alert_inbox
from app.services.errors import CordeeError
from app.services.exchange import peer_identity, peer_import
from app.ui.alerts.exchange_partners import ExchangePartnersDialog
from app.ui.alerts.partner_exchange import SendToPartnerDialog
from app.ui.common import background, i18n
from app.ui.common.app_session import AppSession
from tests.services.exchange.peer_support import message_of, pair, raise_alert  # noqa: F401  (fixture)
from tests.services.exchange.peer_support import send as send_package
from tests.services.exchange.test_peer_refusals import _stranger_card


def _open(qtbot, fx, role: str) -> ExchangePartnersDialog:
    i18n.install(QApplication.instance(), "en")
    dialog = ExchangePartnersDialog(AppSession(fx.ctx[role]))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.identity is not None, timeout=10000)
    return dialog


def test_card_compare_add_and_revoke(qtbot, pair, tmp_path):  # noqa: F811
    dialog = _open(qtbot, pair.a, "admin")
    assert dialog.fingerprint.text() == peer_identity.identity(pair.a.ctx["admin"]).fingerprint
    assert [r.practice_name for r in dialog.model.rows] == ["MSP des Tilleuls"]
    card, _keys, _ident = _stranger_card()
    (tmp_path / "card.json").write_bytes(card)
    dialog.open_card(str(tmp_path / "card.json"))
    qtbot.waitUntil(lambda: hasattr(dialog, "compare_dialog"), timeout=10000)
    compare = dialog.compare_dialog
    compare.typed.setText("1234 5678")
    compare.add()
    qtbot.waitUntil(lambda: not compare.operation.running, timeout=10000)
    assert "fingerprint compared differs" in compare.banner.text() and len(peer_identity.partners(
        pair.a.ctx["admin"])) == 1
    compare.typed.setText(json.loads(card)["fingerprint"].lower())
    with qtbot.waitSignal(compare.accepted, timeout=10000):
        compare.add()
    qtbot.waitUntil(lambda: len(dialog.model.rows) == 2, timeout=10000)
    dialog.view.selectRow([r.practice_name for r in dialog.model.rows].index("Pharmacie inconnue"))
    assert dialog.revoke_button.isEnabled()
    dialog.revoke_now(dialog.current())
    qtbot.waitUntil(lambda: any(r.status == "revoked" for r in dialog.model.rows), timeout=10000)


def test_a_clinician_sees_the_card_but_manages_no_partner(qtbot, pair):  # noqa: F811
    dialog = _open(qtbot, pair.b, "physician")
    assert not dialog.add_button.isEnabled() and not dialog.save_folder.isEnabled()
    assert dialog.import_button.isEnabled() and dialog.folder.isReadOnly()


def test_send_then_import_by_hand(qtbot, pair, tmp_path):  # noqa: F811
    aid = raise_alert(pair)
    i18n.install(QApplication.instance(), "en")
    send = SendToPartnerDialog(AppSession(pair.a.ctx["pharmacist"]), pair.pid_a, aid)
    qtbot.addWidget(send)
    send.show()
    qtbot.waitUntil(lambda: send.save_button.isEnabled(), timeout=10000)
    assert send.partner.currentData() == pair.partner_in_a and send.by_folder.isChecked()    # encrypted by default
    if pair.container == "xdm":
        send.by_mail.setChecked(True)
    assert send.container(str(tmp_path / "alert.zip")) == pair.container
    with qtbot.waitSignal(send.accepted, timeout=20000):
        send.save_to(str(tmp_path / "alert.zip"))
    assert message_of((tmp_path / "alert.zip").read_bytes())[0].endswith(
        ".JWS" if pair.container == "xdm" else ".JWE")
    dialog = _open(qtbot, pair.b, "physician")
    dialog.import_file(str(tmp_path / "alert.zip"))
    qtbot.waitUntil(lambda: not dialog.operation.running, timeout=10000)
    assert dialog.banner.text().startswith("Alert from MSP des Tilleuls imported into the inbox")
    assert len(alert_inbox.inbox(pair.b.ctx["physician"], "received")) == 1
    dialog.import_file(str(tmp_path / "alert.zip"))
    qtbot.waitUntil(lambda: not dialog.operation.running, timeout=10000)
    assert "already imported" in dialog.banner.text()
    background.wait_idle()
    with pytest.raises(CordeeError) as caught:
        peer_import.apply_package(pair.b.ctx["physician"], (tmp_path / "alert.zip").read_bytes())
    assert caught.value.code == "exchange.peer_replayed"


def test_the_watched_folder_is_scanned_off_the_ui_thread(qtbot, pair, tmp_path):  # noqa: F811
    from app.ui.alerts.partner_watch import SCAN_INTERVAL_MS, FolderWatcher

    version = peer_identity.identity(pair.b.ctx["admin"]).version
    peer_identity.set_incoming_folder(pair.b.ctx["admin"], str(tmp_path), version)
    (tmp_path / "alert.zip").write_bytes(send_package(pair, "alert", raise_alert(pair)))
    import os
    import time
    os.utime(tmp_path / "alert.zip", (time.time() - 60, time.time() - 60))
    watcher = FolderWatcher(AppSession(pair.b.ctx["physician"]), QApplication.instance())
    assert watcher.timer.isActive() and watcher.timer.interval() == SCAN_INTERVAL_MS
    watcher.scan()
    qtbot.waitUntil(lambda: not watcher.busy, timeout=10000)
    assert [name for name, _id in watcher.last.imported] == ["alert.zip"]
    assert (tmp_path / "done" / "alert.zip").exists()
    assert len(alert_inbox.inbox(pair.b.ctx["physician"], "received")) == 1
    watcher.timer.stop()
    watcher.deleteLater()
