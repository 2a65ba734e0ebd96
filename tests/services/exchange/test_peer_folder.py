"""The watched folder: a package dropped in is imported and moved to done/; a refused one goes to refused/ with its
reason; a file still being written waits."""

from __future__ import annotations

import os
import time

import pytest

from app.services.alerts import inbox as alert_inbox
from app.services.errors import ValidationError
from app.services.exchange import peer_folder, peer_identity
from tests.services.exchange.peer_support import counts, pair, raise_alert, send  # noqa: F401  (fixture)


def test_scan_imports_and_sorts(pair, tmp_path):  # noqa: F811
    folder = tmp_path / "incoming"
    folder.mkdir()
    package = send(pair, "alert", raise_alert(pair))
    (folder / "alert.zip").write_bytes(package)
    (folder / "again.zip").write_bytes(package)
    (folder / "notes.txt").write_text("not a package", encoding="utf-8")
    (folder / "broken.zip").write_bytes(b"PK\x03\x04 damaged")
    result = peer_folder.scan_incoming(pair.b.ctx["physician"], folder, settle_seconds=0)
    assert [name for name, _ in result.imported] == ["again.zip"]           # sorted: the first copy wins
    assert sorted(result.refused) == [("alert.zip", "exchange.peer_replayed"), ("broken.zip", "exchange.peer_damaged")]
    assert sorted(p.name for p in (folder / "done").iterdir()) == ["again.zip"]
    assert (folder / "refused" / "alert.zip.reason.txt").read_text(encoding="utf-8").startswith("exchange.peer_replayed")
    assert (folder / "notes.txt").exists()
    assert [r.id for r in alert_inbox.inbox(pair.b.ctx["physician"], "received")] == [result.imported[0][1]]
    assert peer_folder.scan_incoming(pair.b.ctx["physician"], folder, settle_seconds=0).imported == []


def test_a_file_being_written_waits(pair, tmp_path):  # noqa: F811
    (tmp_path / "late.zip").write_bytes(b"PK")
    before = counts(pair.b)
    assert peer_folder.scan_incoming(pair.b.ctx["physician"], tmp_path, settle_seconds=60).refused == []
    old = time.time() - 120
    os.utime(tmp_path / "late.zip", (old, old))
    assert peer_folder.scan_incoming(pair.b.ctx["physician"], tmp_path, settle_seconds=60).refused == [
        ("late.zip", "exchange.peer_damaged")]
    assert counts(pair.b) == before


def test_the_watched_folder_setting(pair, tmp_path):  # noqa: F811
    admin = pair.b.ctx["admin"]
    assert peer_identity.incoming_folder(admin) is None
    version = peer_identity.identity(admin).version
    with pytest.raises(ValidationError) as caught:
        peer_identity.set_incoming_folder(admin, str(tmp_path / "missing"), version)
    assert (caught.value.field, caught.value.code) == ("incoming_folder", "exchange.peer_bad_folder")
    peer_identity.set_incoming_folder(admin, str(tmp_path), version)
    assert peer_identity.identity(admin).incoming_folder == str(tmp_path)
    assert peer_identity.incoming_folder(pair.b.ctx["nurse"]) == str(tmp_path)
    with pytest.raises(ValidationError):
        peer_folder.scan_incoming(pair.b.ctx["physician"], tmp_path / "missing")
