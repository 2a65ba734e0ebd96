"""SIGKILL of a process writing through the service layer (patients, audited reads, medication lines, anchors every
15 events), then reopening: every acknowledged commit is there and the database reads."""

from __future__ import annotations

import random

from tests.conftest import PASSPHRASE, TEST_KDF
from tests.fault.conftest import FULL, scale
from tests.fault.kill_support import check_after_kill, kill_during_writes
from tests.support import build_practice

KILLS = scale(30, 1000)
PER_DATABASE = 250   # a new practice every so many kills keeps each check quick
FULL_CHECK_EVERY = scale(10, 25)


def _new_practice(folder):
    from app.services.storage.database import create_encrypted

    folder.mkdir()
    path = folder / "practice.db"
    db, recovery = create_encrypted(path, PASSPHRASE, kdf=TEST_KDF, use_keyring=False)
    build_practice(db, path, recovery)
    key = db.key
    db.close()
    return path, key


def test_sigkill_of_a_service_writer_loses_no_acknowledged_commit(tmp_path, tally):
    t = tally("kill: service-layer writer")
    rng = random.Random(20261)
    path = key = None
    unreadable, missing, chains_broken = [], 0, 0
    for i in range(KILLS):
        if i % PER_DATABASE == 0:
            path, key = _new_practice(tmp_path / f"db{i // PER_DATABASE}")
            ledger = path.with_name("ledger.txt")
        killed = kill_during_writes(path, ledger, f"K{i}", rng)
        last = i == KILLS - 1 or (i + 1) % PER_DATABASE == 0
        after = check_after_kill(path, ledger, key, full=last or (i + 1) % FULL_CHECK_EVERY == 0)
        bad = not after.readable or after.missing or after.chain_ok is False
        if not after.readable:
            unreadable.append(f"kill {i}: {after.error}")
        missing += after.missing
        chains_broken += after.chain_ok is False
        t.add(killed and not bad, lost=bad, acknowledged_commits=after.acknowledged if last else 0,
              missing_commits=after.missing, unreadable=int(not after.readable))
    print(f"{KILLS} kills ({'full' if FULL else 'reduced'}): {missing} acknowledged commits missing, "
          f"{len(unreadable)} unreadable, {chains_broken} audit chains broken")
    assert not unreadable, unreadable[:5]
    assert missing == 0 and chains_broken == 0
