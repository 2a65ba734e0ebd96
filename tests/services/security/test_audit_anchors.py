"""The audit trail survives its own database: anchors of the chain's head outside it detect rows deleted, a chain
rebuilt with the key, an older copy of the file; a row damaged behind the program's back never stops it."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from app.services.kernel.context import ServiceContext
from app.services.patients import records as patients
from app.services.patients.records import PatientInput
from app.services.practice import audit_trail, backups
from app.services.security.actor import SYSTEM
from app.services.storage import anchoring
from app.services.storage.anchor_places import parse_sink
from app.services.storage.database import open_encrypted
from app.services.storage.keyslots import slot_file_path
from tests import audit_tamper as tamper
from tests.conftest import PASSPHRASE
from tests.support import PracticeFixture


def _events(fx: PracticeFixture, n: int = 1) -> list[int]:
    ctx = fx.ctx["physician"]
    ids = []
    for i in range(n):
        pid = patients.create_patient(ctx, PatientInput(family_name=f"Durand{i}", given_names="Anne",
                                                        birth_date="01.02.1950", sex="F"))
        patients.open_patient(ctx, pid)
        ids.append(pid)
    return ids


def _reopen(fx: PracticeFixture) -> PracticeFixture:
    fx.db.close()
    db = open_encrypted(fx.path, passphrase=PASSPHRASE, use_keyring=False)
    new = PracticeFixture(db, fx.path, fx.recovery_code)
    new.ctx = {role: ServiceContext(db, ctx.actor) for role, ctx in fx.ctx.items()}
    new.staff_ids = fx.staff_ids
    return new


def _verify(fx: PracticeFixture, **kw):
    return audit_trail.verify(fx.ctx["admin"], **kw)


def _detecting(report) -> dict[str, str]:
    """place → code of the anchors that detect something."""
    return {c.place: c.finding.code for c in report.anchors if c.detects}


def _key_file_anchor(path: Path) -> dict | None:
    return json.loads(slot_file_path(path).read_text())["audit_anchor"] if "audit_anchor" in \
        json.loads(slot_file_path(path).read_text()) else None


# --- a bad row never stops the program ------------------------------------------------------------------------

def test_an_unsigned_appended_row_does_not_stop_later_commands_and_is_reported(practice):
    _events(practice)
    tamper.append_unsigned_row(practice.db)
    pid = _events(practice)[0]                       # before: IntegrityError on every audited command
    assert patients.open_patient(practice.ctx["physician"], pid).data.family_name == "Durand0"
    report = _verify(practice)
    assert not report.ok
    assert {"security.audit_row_changed", "security.audit_not_following"} <= set(report.codes)
    rows = audit_trail.browse(practice.ctx["admin"])
    assert "Mallory" in {r.user_display for r in rows}


def test_a_row_with_a_damaged_value_is_reported_and_the_trail_still_reads(practice):
    _events(practice)
    tamper.damage_time(practice.db, 3)
    report = _verify(practice)
    assert "security.audit_row_unreadable" in report.codes
    rows = audit_trail.browse(practice.ctx["admin"])
    assert any(r.seq == 3 and r.occurred_at.year == 1970 for r in rows)
    _events(practice)


def test_a_deleted_head_is_reported_and_the_program_goes_on(practice):
    _events(practice)
    tamper.sql(practice.db, "DELETE FROM audit_head")
    _events(practice)
    report = _verify(practice)
    assert not report.ok and "security.audit_not_following" in report.codes


# --- anchors: where and when they are written ------------------------------------------------------------------

def test_closing_anchors_the_head_in_the_key_file_and_not_per_event(practice):
    before = _key_file_anchor(practice.path)
    _events(practice, 2)
    assert _key_file_anchor(practice.path) == before   # nothing written per event
    fx = _reopen(practice)
    anchor = _key_file_anchor(fx.path)
    with fx.db.session() as s:
        from app.services.security.audit import chain_head
        assert (anchor["seq"], anchor["hash"]) == chain_head(s)
    fx.db.close()


def test_every_few_hundred_events_anchor_without_closing(practice, monkeypatch):
    monkeypatch.setattr(anchoring, "EVERY_EVENTS", 10)
    start = (_key_file_anchor(practice.path) or {}).get("seq", 0)
    _events(practice, 6)                               # 12 events
    assert _key_file_anchor(practice.path)["seq"] >= start + 10


def test_a_verified_backup_anchors_in_its_manifest(practice):
    report = backups.back_up(practice.ctx["admin"])
    manifest = json.loads((report.folder / "manifest.json").read_text())
    assert manifest["audit_anchor"]["seq"] == report.audit_rows
    checks = _verify(practice).anchors
    assert any(c.place == "backup" and c.finding.code == "security.anchor_matches" for c in checks)


# --- what each anchor detects ----------------------------------------------------------------------------------

@pytest.fixture
def anchored(practice, tmp_path):
    """A practice whose anchors go to a file as well, with some events, a backup and anchors everywhere."""
    log = tmp_path / "anchors.log"
    audit_trail.set_anchor_sink(practice.ctx["admin"], f"file:{log}")
    _events(practice, 3)
    backups.back_up(practice.ctx["admin"])
    _events(practice, 2)
    fx = _reopen(practice)   # the close anchors the newest events
    fx.log = log
    yield fx
    fx.db.close()


def test_intact_trail_matches_every_anchor(anchored):
    report = _verify(anchored)
    assert report.ok, report.codes
    assert {c.place for c in report.anchors if c.finding.code == "security.anchor_matches"} == \
           {"key_file", "backup", "log"}


def test_all_rows_deleted_is_detected_by_every_anchor(anchored):
    tamper.delete_everything(anchored.db)
    report = _verify(anchored)
    assert not report.problems   # the chain alone looks like an empty trail …
    assert _detecting(report) == {"key_file": "security.anchor_beyond_chain", "backup": "security.anchor_beyond_chain",
                                  "log": "security.anchor_beyond_chain"}   # … the anchors do not


def test_a_chain_rebuilt_with_the_key_is_detected(anchored):
    tamper.rebuild_chain(anchored.db, without_actions=("patient.open",))
    report = _verify(anchored)
    assert not report.problems   # a valid chain: the key derives from the passphrase
    assert set(_detecting(report).values()) <= {"security.anchor_differs", "security.anchor_beyond_chain"}
    assert set(_detecting(report)) == {"key_file", "backup", "log"}


def test_an_older_database_file_swapped_in_is_detected_by_the_key_file(anchored, tmp_path):
    anchored.db.close()
    old = tamper.copy_files(anchored.path, tmp_path / "old", with_key_file=False)
    fx = _reopen(anchored)
    _events(fx, 2)
    fx = _reopen(fx)
    fx.db.close()
    tamper.put_back(old, fx.path)                  # the database alone, the key file stays
    fx = _reopen(fx)
    _events(fx, 3)                                 # and people go on working on it
    fx = _reopen(fx)
    report = _verify(fx)
    assert not report.problems
    assert _detecting(report)["key_file"] in ("security.anchor_beyond_chain", "security.anchor_differs")
    assert _detecting(report)["log"] in ("security.anchor_beyond_chain", "security.anchor_differs")
    fx.db.close()


def test_older_database_and_key_file_swapped_in_are_detected_by_the_log_and_newer_backups(anchored, tmp_path):
    anchored.db.close()
    old = tamper.copy_files(anchored.path, tmp_path / "old")
    fx = _reopen(anchored)
    _events(fx, 2)
    backups.back_up(fx.ctx["admin"])
    fx.db.close()
    tamper.put_back(old, fx.path)
    fx = _reopen(fx)
    report = _verify(fx)
    assert not report.problems
    assert "key_file" not in _detecting(report)     # it is as old as the database: out of the attacker's way
    assert _detecting(report)["backup"] == "security.anchor_beyond_chain"
    assert _detecting(report)["log"] == "security.anchor_beyond_chain"
    fx.db.close()


def test_the_key_file_keeps_the_evidence_of_a_rollback(anchored, tmp_path):
    anchored.db.close()
    old = tamper.copy_files(anchored.path, tmp_path / "old", with_key_file=False)
    fx = _reopen(anchored)
    _events(fx, 2)
    fx.db.close()
    evidence = _key_file_anchor(fx.path)
    tamper.put_back(old, fx.path)
    fx = _reopen(fx)
    _events(fx, 10)                                # more events than the evidence records
    fx.db.close()
    assert _key_file_anchor(fx.path) == evidence


def test_a_forged_log_line_is_reported(anchored):
    with anchored.log.open("a") as fh:
        fh.write("cordee-anchor " + json.dumps({"db": anchored.db.db_uuid, "seq": 99999, "hash": "a" * 64,
                                                "at": "2030-01-01T00:00:00+00:00", "kind": "head", "mac": "00"}) + "\n")
    report = _verify(anchored)
    assert _detecting(report) == {"log": "security.anchor_forged"}


def test_the_practice_sink_file_deleted_is_reported(anchored):
    anchored.log.unlink()
    report = _verify(anchored)
    assert _detecting(report) == {"log": "security.anchor_place_unreadable"}


def test_a_copy_of_the_log_kept_elsewhere_is_compared_too(anchored, tmp_path):
    kept = tmp_path / "kept-elsewhere.log"
    kept.write_text(anchored.log.read_text())
    anchored.log.write_text("")                      # the attacker empties the practice's own log …
    tamper.delete_everything(anchored.db)
    report = _verify(anchored, logs=[kept])
    assert any(c.where == str(kept) and c.detects for c in report.anchors)   # … not the copy out of reach


def test_a_restore_on_purpose_is_shown_not_reported_as_tampering(anchored, tmp_path):
    from app.services.storage.backup import list_backups

    folder = list_backups(tmp_path / "practice.db.backups")[-1].folder
    anchored.db.close()
    from app.cli.main import main

    target = tmp_path / "restored.db"
    passfile = tmp_path / "pass"
    passfile.write_text(PASSPHRASE)
    assert main(["restore", "--from", str(folder), "--to", str(target), "--passphrase-file", str(passfile)]) == 0
    db = open_encrypted(target, passphrase=PASSPHRASE, use_keyring=False)
    try:
        report = audit_trail.verify(ServiceContext(db, SYSTEM), backup_folders=[tmp_path / "practice.db.backups"])
        assert report.ok, [str(c.finding) for c in report.anchors if c.detects]
        assert "security.anchor_set_back_by_restore" in {c.finding.code for c in report.anchors}
    finally:
        db.close()


# --- sinks -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("value, code", [
    ("file:relative/path.log", "storage.anchor_sink_absolute"),
    ("file:/no/such/folder/a.log", "storage.anchor_sink_no_folder"),
    ("ftp://example.org", "storage.anchor_sink_format"),
    ("syslog:host:99999", "storage.anchor_sink_format"),
    ("syslog+tcp:", "storage.anchor_sink_format"),
])
def test_a_bad_sink_is_refused_with_its_code_and_nothing_changes(practice, value, code):
    from app.services.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        audit_trail.set_anchor_sink(practice.ctx["admin"], value)
    assert caught.value.code == code and caught.value.field == "sink"
    assert audit_trail.anchor_sink(practice.ctx["admin"]) == ""


def test_an_unwritable_sink_is_refused(practice, tmp_path):
    from app.services.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        audit_trail.set_anchor_sink(practice.ctx["admin"], f"syslog:{tmp_path}/no-such-socket")
    assert caught.value.code == "storage.anchor_sink_unwritable"
    assert audit_trail.anchor_sink(practice.ctx["admin"]) == ""


def test_only_an_administrator_sets_the_sink(practice, tmp_path):
    from app.services.errors import AccessDenied

    with pytest.raises(AccessDenied):
        audit_trail.set_anchor_sink(practice.ctx["physician"], f"file:{tmp_path}/a.log")


def test_syslog_sink_through_pythons_handler_to_a_local_socket(practice, tmp_path):
    address = str(tmp_path / "log.sock")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    server.bind(address)
    server.settimeout(5)
    try:
        audit_trail.set_anchor_sink(practice.ctx["admin"], f"syslog:{address}")
        assert str(parse_sink(f"syslog:{address}")) == audit_trail.anchor_sink(practice.ctx["admin"])
        _events(practice, 2)
        practice.db.close()                          # closing anchors the new events
        received = []
        while True:
            try:
                received.append(server.recv(65536).decode().rstrip("\x00"))
            except TimeoutError:
                break
            server.settimeout(0.5)
    finally:
        server.close()
    assert received and all(m.startswith("<") and "cordee: cordee-anchor {" in m for m in received)
    assert "<" + str(10 * 8 + 6) + ">" in received[0]   # authpriv.info
    export = tmp_path / "journal-export.txt"
    export.write_text("\n".join(received) + "\n")
    fx = _reopen(practice)
    report = _verify(fx, logs=[export])
    assert report.ok and any(c.where == str(export) and c.finding.code == "security.anchor_matches"
                             for c in report.anchors)
    assert any(c.finding.code == "security.anchor_syslog" for c in report.anchors)
    tamper.delete_everything(fx.db)
    assert _detecting(_verify(fx, logs=[export]))["log"] == "security.anchor_beyond_chain"
    fx.db.close()


def test_a_hung_syslog_socket_holds_the_program_no_longer_than_the_timeout(tmp_path):
    from app.services.security.anchors import new_anchor
    from app.services.storage import anchor_places

    address = str(tmp_path / "full.sock")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    server.bind(address)                                 # never read: once its queue is full, a send blocks
    filler = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    filler.setblocking(False)
    try:
        while True:
            filler.sendto(b"x" * 1024, address)
    except BlockingIOError:
        pass
    try:
        with pytest.raises(TimeoutError):   # raised by the caller's thread once the timeout is over
            anchor_places.send(parse_sink(f"syslog:{address}"), new_anchor(b"k" * 32, "db", 1, "0" * 64), timeout=0.5)
    finally:
        filler.close()
        server.close()


def test_verify_from_the_command_line_names_what_each_anchor_detects(anchored, tmp_path, capsys):
    from app.cli.main import main

    anchored.db.close()
    passfile = tmp_path / "pass"
    passfile.write_text(PASSPHRASE)
    assert main(["audit", "verify", "--db", str(anchored.path), "--passphrase-file", str(passfile)]) == 0
    out = capsys.readouterr().out
    assert "[ok] Key file" in out and "[ok] Backup" in out and "[ok] Anchor log" in out and "intact" in out
    db = open_encrypted(anchored.path, passphrase=PASSPHRASE, use_keyring=False)
    tamper.delete_everything(db)
    db.engine.dispose()
    assert main(["audit", "verify", "--db", str(anchored.path), "--passphrase-file", str(passfile)]) == 1
    captured = capsys.readouterr()
    assert "[DETECTS] Key file" in captured.out and "entries were deleted or an older copy" in captured.out
    assert "BROKEN" in captured.err and "Traceback" not in captured.err


def test_anchor_and_sink_commands(practice, tmp_path, capsys):
    from app.cli.main import main

    practice.db.close()
    passfile = tmp_path / "pass"
    passfile.write_text(PASSPHRASE)
    db = ["--db", str(practice.path), "--passphrase-file", str(passfile)]
    assert main(["audit", "sink", *db, "--set", f"file:{tmp_path}/a.log"]) == 0
    assert main(["audit", "sink", *db]) == 0
    assert f"anchor sink: file:{tmp_path}/a.log" in capsys.readouterr().out
    assert main(["audit", "anchor", *db]) == 0
    out = capsys.readouterr().out
    assert "written: key_file" in out and f"written: file:{tmp_path}/a.log" in out
    assert main(["audit", "sink", *db, "--set", "file:relative"]) == 1
    assert "full path" in capsys.readouterr().err
    assert main(["audit", "sink", *db, "--clear"]) == 0
    assert "anchor sink: -" in capsys.readouterr().out


def test_a_passphrase_change_keeps_the_key_file_anchor(practice):
    from app.services.storage.database import change_passphrase
    from tests.conftest import TEST_KDF
    fx = _reopen(practice)
    anchor = _key_file_anchor(fx.path)
    fx.db.close()
    assert anchor is not None
    change_passphrase(fx.path, PASSPHRASE, "un autre secret assez long 2026", kdf=TEST_KDF)
    assert _key_file_anchor(fx.path) == anchor
