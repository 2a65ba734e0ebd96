"""The encrypted file: keys, slots, wrong passphrase vs damaged file, never replace, no plaintext."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from sqlalchemy import text

from app.services.errors import StorageError, ValidationError
from app.services.storage import keyring_slot
from app.services.storage.database import change_passphrase, create_encrypted, open_encrypted
from app.services.storage.keyslots import KeySlotFile, normalise_recovery_code, slot_file_path
from tests.conftest import PASSPHRASE, TEST_KDF
from tests.support import in_english


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_file_is_encrypted_and_pragmas_pinned(new_db):
    db, path, _ = new_db
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA cipher_version")).scalar()
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA temp_store")).scalar() == 2  # MEMORY


def test_reopen_with_passphrase_and_recovery_code(new_db):
    db, path, recovery = new_db
    db.close()
    open_encrypted(path, passphrase=PASSPHRASE, use_keyring=False).close()
    sloppy = normalise_recovery_code(recovery).lower().replace("-", " ")
    open_encrypted(path, recovery_code=sloppy, use_keyring=False).close()


def test_wrong_passphrase_changes_nothing(new_db):
    db, path, _ = new_db
    db.close()
    before = _sha(path), _sha(slot_file_path(path))
    with pytest.raises(StorageError) as err:
        open_encrypted(path, passphrase="not the passphrase at all", use_keyring=False)
    assert err.value.code == "storage.wrong_passphrase"
    with pytest.raises(StorageError) as err:
        open_encrypted(path, recovery_code="AAAAA-BBBBB-CCCCC-DDDDD-EEEEE", use_keyring=False)
    assert err.value.code == "storage.wrong_recovery_code"
    assert (_sha(path), _sha(slot_file_path(path))) == before


def test_damaged_file_is_told_apart_from_wrong_key(new_db):
    db, path, _ = new_db
    db.close()
    data = bytearray(path.read_bytes())
    data[0:16] = os.urandom(16)  # the salt: the whole file becomes unreadable
    path.write_bytes(bytes(data))
    before = _sha(path)
    with pytest.raises(StorageError) as err:
        open_encrypted(path, passphrase=PASSPHRASE, use_keyring=False)
    assert err.value.code == "storage.damaged" and err.value.params["path"] == path
    assert "damaged" in in_english(err.value) and "wrong passphrase" not in in_english(err.value).lower()
    assert _sha(path) == before


def test_damaged_slot_file_and_missing_slot_file(new_db):
    db, path, _ = new_db
    db.close()
    slots = slot_file_path(path)
    saved = slots.read_text()
    slots.write_text("{not json")
    with pytest.raises(StorageError) as err:
        open_encrypted(path, passphrase=PASSPHRASE, use_keyring=False)
    assert err.value.code == "storage.damaged_key_file" and err.value.params["path"] == slots
    slots.unlink()
    with pytest.raises(StorageError) as err:
        open_encrypted(path, passphrase=PASSPHRASE, use_keyring=False)
    assert err.value.code == "storage.no_key_file" and err.value.params["path"] == slots
    slots.write_text(saved)
    open_encrypted(path, passphrase=PASSPHRASE, use_keyring=False).close()


def test_existing_database_is_never_replaced(new_db):
    db, path, _ = new_db
    before = _sha(path)
    with pytest.raises(StorageError) as err:
        create_encrypted(path, PASSPHRASE, kdf=TEST_KDF, use_keyring=False)
    assert err.value.code == "storage.exists" and err.value.params["path"] == path
    assert _sha(path) == before


def test_plaintext_database_refused(tmp_path):
    import sqlcipher3

    plain = tmp_path / "plain.db"
    conn = sqlcipher3.connect(str(plain))  # no key: a plain SQLite file
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError) as err:
        open_encrypted(plain, passphrase=PASSPHRASE, use_keyring=False)
    assert err.value.code == "storage.plaintext"


def test_short_passphrase_refused(tmp_path):
    with pytest.raises(ValidationError) as err:
        create_encrypted(tmp_path / "x.db", "short", kdf=TEST_KDF, use_keyring=False)
    assert (err.value.field, err.value.code, err.value.params) == ("passphrase", "too_short", {"min": 12})
    assert not (tmp_path / "x.db").exists()


def test_change_passphrase(new_db):
    db, path, _ = new_db
    db.close()
    change_passphrase(path, PASSPHRASE, "a brand new passphrase", kdf=TEST_KDF)
    with pytest.raises(StorageError):
        open_encrypted(path, passphrase=PASSPHRASE, use_keyring=False)
    open_encrypted(path, passphrase="a brand new passphrase", use_keyring=False).close()


def test_keyring_unavailable_falls_back_to_passphrase(new_db):
    db, path, _ = new_db
    db.close()
    # The fail backend (set in conftest) is not allowed: no key from the keyring, ask for the passphrase.
    outcome = keyring_slot.store_key("x", b"\x00" * 32)
    assert outcome.backend is None and outcome.reason == "storage.keyring_none_allowed"
    with pytest.raises(StorageError) as err:
        open_encrypted(path, use_keyring=True)
    assert err.value.code == "storage.need_passphrase" and err.value.kind == err.value.code
    open_encrypted(path, passphrase=PASSPHRASE, use_keyring=True).close()


class _MemoryKeyring:
    """An in-memory backend standing in for the OS keystore (allowed explicitly by the test)."""

    priority = 10

    def __init__(self):
        self.items = {}

    def set_password(self, service, account, value):
        self.items[(service, account)] = value

    def get_password(self, service, account):
        return self.items.get((service, account))


def test_keyring_slot_records_backend_and_checks_key(new_db, monkeypatch):
    db, path, _ = new_db
    db.close()
    backend = _MemoryKeyring()
    name = f"{type(backend).__module__}.{type(backend).__qualname__}"
    monkeypatch.setattr(keyring_slot, "_resolve_backends", lambda: [backend])
    monkeypatch.setattr(keyring_slot, "ALLOWED_BACKENDS", frozenset({name}))
    slots = KeySlotFile.read(slot_file_path(path))
    key = slots.unlock_with_passphrase(PASSPHRASE)
    outcome = keyring_slot.store_key(slots.db_uuid, key, allowed=frozenset({name}))
    assert outcome.backend == name
    fetched = keyring_slot.fetch_key(slots.db_uuid, name, allowed=frozenset({name}))
    assert slots.check(bytes.fromhex(fetched.key_hex))
    # A different backend than the recorded one is never used.
    other = keyring_slot.fetch_key(slots.db_uuid, "keyrings.alt.file.PlaintextKeyring", allowed=frozenset({name}))
    assert other.key_hex is None and other.reason == "storage.keyring_backend_refused"
    # A key that does not match the KCV is refused.
    backend.items[(f"cordee/{slots.db_uuid}", "dek-v1")] = "00" * 32
    assert not slots.check(bytes.fromhex(keyring_slot.fetch_key(slots.db_uuid, name, allowed=frozenset({name})).key_hex))


def test_plaintext_backend_refused_by_allow_list():
    assert "keyrings.alt.file.PlaintextKeyring" not in keyring_slot.ALLOWED_BACKENDS
    assert "keyring.backends.null.Keyring" not in keyring_slot.ALLOWED_BACKENDS
    assert "keyring.backends.fail.Keyring" not in keyring_slot.ALLOWED_BACKENDS


def test_slot_file_holds_no_key(new_db):
    db, path, recovery = new_db
    slots = json.loads(slot_file_path(path).read_text())
    text_ = json.dumps(slots)
    assert recovery not in text_ and PASSPHRASE not in text_
    assert set(slots["slots"]) >= {"passphrase", "recovery"}


def test_schema_newer_than_program_refused(new_db):
    db, path, _ = new_db
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.close()
    with pytest.raises(StorageError) as err:
        open_encrypted(path, passphrase=PASSPHRASE, use_keyring=False)
    assert err.value.code == "storage.schema_too_new" and err.value.params == {"revision": "9999"}


def test_network_share_refused(tmp_path):
    from app.services.storage.sqlcipher_engine import refuse_network_location

    mounts = tmp_path / "mounts"
    share = tmp_path / "share"
    share.mkdir()
    mounts.write_text(f"/dev/vda / ext4 rw 0 0\n//nas/cabinet {share} cifs rw 0 0\n")
    with pytest.raises(StorageError) as err:
        refuse_network_location(share / "practice.db", mounts)
    assert err.value.code == "storage.network_share" and "PostgreSQL" in in_english(err.value)
    refuse_network_location(tmp_path / "practice.db", mounts)  # local disk: fine
    with pytest.raises(StorageError):
        refuse_network_location(Path("//server/share/practice.db"), mounts)


def test_passphrase_derived_ahead_unlocks_once_and_wrong_one_still_refused(new_db):
    from app.services.storage import keyslots
    from app.services.storage.database import open_encrypted
    from tests.conftest import PASSPHRASE

    db, path, _ = new_db
    db.close()
    slots = keyslots.slot_file_path(path)
    keyslots.derive_ahead(slots, PASSPHRASE)
    assert len(keyslots._AHEAD) == 1
    open_encrypted(path, passphrase=PASSPHRASE, use_keyring=False).close()
    assert keyslots._AHEAD == {}   # used once, then forgotten
    keyslots.derive_ahead(slots, "not the passphrase at all")
    with pytest.raises(StorageError) as err:
        open_encrypted(path, passphrase="not the passphrase at all", use_keyring=False)
    assert err.value.code == "storage.wrong_passphrase" and keyslots._AHEAD == {}
    keyslots.derive_ahead(path.with_name("absent.json"), PASSPHRASE)   # unreadable key file: nothing started
    assert keyslots._AHEAD == {}
