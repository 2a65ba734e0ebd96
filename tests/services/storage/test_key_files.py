"""The key file and the keyring: a malformed key file is "damaged" (or names the key-derivation setting out of
bounds) before any derivation runs, and is left as it was; keyring values are validated and a keyring that hangs
or fails only costs the convenience; key files, backups and the folders Cordée creates are private."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app.services.errors import StorageError
from app.services.practice import backups
from app.services.storage import keyring_slot
from app.services.storage.database import open_encrypted, restore_backup
from app.services.storage.keyslots import KDF_BOUNDS, KDF_WORK_LIMIT, slot_file_path
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _set(data: dict, where: str, value) -> None:
    *parents, last = where.split(".")
    for name in parents:
        data = data[name]
    if value is _DELETE:
        del data[last]
    else:
        data[last] = value


_DELETE = object()
MALFORMED = {   # where → value: every field of the file, of the wrong kind, size or range
    "format": "something else", "version": "1", "db_uuid": 12, "db_salt": "zz" * 16, "kcv": "00",
    "slots": [], "slots.passphrase": "x", "slots.passphrase.kdf": "scrypt", "slots.passphrase.params": None,
    "slots.passphrase.salt": "not base64!", "slots.passphrase.nonce": "AAAA", "slots.passphrase.ciphertext": 7,
    "slots.recovery.salt": _DELETE, "slots.passphrase.params.t": "3", "slots.passphrase.params.m": True,
}
KDF_OUT_OF_BOUNDS = {"t": [0, 100_000, -1], "m": [1024, 2**40], "p": [0, 1000]}


@pytest.fixture
def closed(new_db):
    db, path, _ = new_db
    db.close()
    return path


def refused_open(path: Path) -> StorageError:
    keys = slot_file_path(path)
    before = (path.read_bytes(), keys.read_bytes())
    with pytest.raises(StorageError) as err:
        open_encrypted(path, passphrase=PASSPHRASE, use_keyring=False)
    assert (path.read_bytes(), keys.read_bytes()) == before
    return err.value


@pytest.mark.parametrize("where", list(MALFORMED))
def test_a_malformed_key_file_is_damaged_never_a_traceback(closed, where):
    keys = slot_file_path(closed)
    data = json.loads(keys.read_text())
    _set(data, where, MALFORMED[where])
    keys.write_text(json.dumps(data))
    err = refused_open(closed)
    assert err.code in ("storage.damaged_key_file", "storage.key_file_kdf", "storage.key_file_too_new")
    assert err.params["path"] == keys


@pytest.mark.parametrize("name, value", [(n, v) for n, values in KDF_OUT_OF_BOUNDS.items() for v in values])
def test_key_derivation_settings_out_of_bounds_are_named_before_any_derivation(closed, name, value):
    keys = slot_file_path(closed)
    data = json.loads(keys.read_text())
    data["slots"]["passphrase"]["params"][name] = value
    keys.write_text(json.dumps(data))
    err = refused_open(closed)
    assert err.code == "storage.key_file_kdf" and err.params["param"] == f"slots.passphrase.params.{name}"
    assert (err.params["min"], err.params["max"]) == KDF_BOUNDS[name]


def test_the_work_of_one_derivation_is_bounded_too(closed):
    keys = slot_file_path(closed)
    data = json.loads(keys.read_text())
    data["slots"]["passphrase"]["params"].update(t=10, m=1024 * 1024)
    keys.write_text(json.dumps(data))
    err = refused_open(closed)
    assert err.code == "storage.key_file_kdf" and err.params["max"] == KDF_WORK_LIMIT


@pytest.mark.parametrize("content", [b"", b"\xff\xfe", b"[]", b"{" * 100_000, b" " * (70 * 1024)])
def test_a_key_file_that_is_no_json_object_is_damaged(closed, content):
    slot_file_path(closed).write_bytes(content)
    assert refused_open(closed).code == "storage.damaged_key_file"


def test_key_files_backups_and_restored_copies_are_private(practice, tmp_path):
    assert mode(slot_file_path(practice.path)) == 0o600
    report = backups.back_up(practice.ctx["admin"], tmp_path / "backups")
    assert mode(tmp_path / "backups") == 0o700 and mode(report.folder) == 0o700
    assert {p.name: mode(p) for p in report.folder.iterdir()} == {
        "manifest.json": 0o600, "practice.db": 0o600, "practice.db.cordee-keys.json": 0o600}
    chosen = tmp_path / "chosen"
    chosen.mkdir(mode=0o755)
    chosen.chmod(0o755)
    restore_backup(report.folder, chosen / "restored.db", passphrase=PASSPHRASE)
    assert mode(chosen / "restored.db") == 0o600 and mode(slot_file_path(chosen / "restored.db")) == 0o600
    assert mode(chosen) == 0o755, "the permissions of a folder the user chose were changed"


class _Fake:
    """A keyring backend that answers ``value``, raises it, or never answers."""

    def __init__(self, value):
        self.value = value

    def get_password(self, service, account):
        if self.value == "hang":
            import threading
            threading.Event().wait(5)   # longer than the timeout; the thread ends after the test
        if isinstance(self.value, Exception):
            raise self.value
        return self.value


def _fetch(monkeypatch, value, timeout=5.0):
    fake = _Fake(value)
    name = keyring_slot._backend_name(fake)
    monkeypatch.setattr(keyring_slot, "_resolve_backends", lambda: [fake])
    return keyring_slot.fetch_key("uuid", name, allowed=frozenset({name}), timeout=timeout)


@pytest.mark.parametrize("value, reason", [
    ("zz" * 32, "storage.keyring_bad_value"), ("ab" * 31, "storage.keyring_bad_value"),
    ("ab" * 32 + "\n", "storage.keyring_bad_value"), ("", "storage.keyring_empty"), (None, "storage.keyring_empty"),
    (RuntimeError("locked"), "storage.keyring_error"), ("hang", "storage.keyring_timeout"),
])
def test_a_keyring_value_is_validated_and_a_failing_keyring_says_why(monkeypatch, value, reason):
    outcome = _fetch(monkeypatch, value, timeout=0.2)
    assert outcome.key_hex is None and outcome.reason == reason


def test_a_good_keyring_value_is_the_key(monkeypatch):
    assert _fetch(monkeypatch, "AB" * 32).key_hex == "ab" * 32


def test_a_keyring_that_never_answers_does_not_keep_the_program_from_ending():
    script = (
        "import threading, sys\n"
        "from app.services.storage import keyring_slot\n"
        "class Hang:\n"
        "    def get_password(self, s, a): threading.Event().wait()\n"
        "hang = Hang(); name = keyring_slot._backend_name(hang)\n"
        "keyring_slot._resolve_backends = lambda: [hang]\n"
        "print(keyring_slot.fetch_key('u', name, allowed=frozenset({name}), timeout=0.2).reason)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == "storage.keyring_timeout", done.stderr


def _allowed_fake_backend(store: dict):
    """A keyring backend under an allow-listed name, holding its values in ``store``."""
    def get_password(self, service, account):
        value = store.get("value")
        if value == "hang":
            import threading
            threading.Event().wait(5)   # longer than the timeout; the thread ends after the test
        if isinstance(value, Exception):
            raise value
        return value

    def set_password(self, service, account, value):
        store["value"] = value

    backend = type("Keyring", (), {"get_password": get_password, "set_password": set_password})
    backend.__module__ = "keyring.backends.SecretService"
    return backend()


@pytest.mark.parametrize("broken, reason", [
    ("not hex at all", "storage.keyring_bad_value"), ("0" * 64, "storage.keyring_mismatch"),
    ("", "storage.keyring_empty"), (RuntimeError("dbus"), "storage.keyring_error"),
    ("hang", "storage.keyring_timeout"),
])
def test_a_broken_keyring_at_start_asks_for_the_passphrase_and_says_why(tmp_path, monkeypatch, broken, reason):
    from app.services.storage.database import create_encrypted
    from tests.conftest import TEST_KDF

    store: dict = {}
    fake = _allowed_fake_backend(store)
    monkeypatch.setattr(keyring_slot, "_resolve_backends", lambda: [fake])
    path = tmp_path / "kr.db"
    db, _ = create_encrypted(path, PASSPHRASE, kdf=TEST_KDF, use_keyring=True)
    db.close()
    assert "os" in json.loads(slot_file_path(path).read_text())["slots"] and len(store["value"]) == 64
    open_encrypted(path, use_keyring=True).close()   # the keyring's key opens the file
    store["value"] = broken
    monkeypatch.setitem(keyring_slot.fetch_key.__kwdefaults__, "timeout", 0.2)   # a hung keyring: not 10 s here
    with pytest.raises(StorageError) as err:
        open_encrypted(path, use_keyring=True)
    assert err.value.code == "storage.need_passphrase" and err.value.params["keyring_reason"] == reason
    open_encrypted(path, passphrase=PASSPHRASE, use_keyring=True).close()
