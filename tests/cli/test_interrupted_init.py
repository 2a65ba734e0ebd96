"""``cordee init`` killed (SIGKILL) at any moment: the practice either exists whole — database and key file, opening
with the passphrase, its recovery code shown — or not at all, and the next run removes what the killed one left.

``CORDEE_FAULT_KILLS`` sets the number of kills (default 3: each ``init`` derives a full-strength key, several
seconds); the figures tries / whole / nothing / half-made are printed (``-s``).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.services.storage.database import open_encrypted
from app.services.storage.keyslots import slot_file_path
from app.services.storage.staging import STAGING_PREFIX
from tests.fault_support import ROOT

pytestmark = pytest.mark.fault

KILLS = int(os.environ.get("CORDEE_FAULT_KILLS", "3"))
SECRET = "a long practice passphrase for kills"


def _init(db: Path, passfile: Path) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CORDEE_LANG": "en", "PYTHONPATH": str(ROOT),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    return subprocess.Popen([sys.executable, "-m", "app", "init", "--db", str(db), "--passphrase-file", str(passfile)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)


def test_a_killed_init_leaves_a_whole_practice_or_nothing_and_the_next_run_cleans_up(tmp_path):
    passfile = tmp_path / "pass.txt"
    passfile.write_text(SECRET + "\n")
    folder = tmp_path / "practices"
    folder.mkdir()
    rng = random.Random(int(os.environ.get("CORDEE_FAULT_SEED", "7")))
    figures = {"tries": 0, "whole": 0, "nothing": 0, "half-made": 0}
    for n in range(KILLS):
        db = folder / f"p{n}.db"
        proc = _init(db, passfile)
        time.sleep(rng.uniform(0.3, 12.0))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=60)
        figures["tries"] += 1
        if db.exists():
            assert slot_file_path(db).exists(), "a database without its key file"
            assert "recovery code" in out, "a practice whose recovery code was never shown"
            open_encrypted(db, passphrase=SECRET, use_keyring=False).close()
            figures["whole"] += 1
        elif slot_file_path(db).exists():
            figures["half-made"] += 1   # a key file alone: the next run must remove it
        else:
            figures["nothing"] += 1
    figures["left for the next run"] = sum(p.name.startswith(STAGING_PREFIX) for p in folder.iterdir())
    final = folder / "final.db"
    done = _init(final, passfile)
    out, err = done.communicate(timeout=300)
    assert done.returncode == 0, err
    print(f"\ninit killed: {figures}")
    left = sorted(p.name for p in folder.iterdir())
    assert not [name for name in left if name.startswith(STAGING_PREFIX)], left
    for name in left:   # only whole practices remain: every database with its key file, every key file with its database
        path = folder / name
        if name.endswith(".db"):
            assert slot_file_path(path).exists(), name
        else:
            assert name.endswith(".cordee-keys.json") and (folder / name.removesuffix(".cordee-keys.json")).exists(), name
    assert out.count("left by an interrupted run") >= figures["left for the next run"]
