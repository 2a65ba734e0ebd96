"""Shared fixtures: a real encrypted practice database in tmp_path, staff of every role."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The workstation settings (QSettings) of a test run live in a folder of its own, never the user's, and one per
# pytest-xdist worker: a test that switches the language must not switch it under another worker's test.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix=f"cordee-settings-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}-")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
os.environ.setdefault("CORDEE_LANG", "en")   # the command line speaks English in tests unless a test says otherwise

import pytest  # noqa: E402
from argon2 import PasswordHasher  # noqa: E402

from app.services.security import passwords  # noqa: E402
from app.services.storage.database import create_encrypted  # noqa: E402
from app.services.storage.keyslots import KdfParams  # noqa: E402

# Cheap Argon2 for speed in tests only; production code always uses the strong defaults.
TEST_KDF = KdfParams(time_cost=1, memory_kib=8192, parallelism=1)
PASSPHRASE = "practice passphrase for tests"
PASSWORD = "Correct-Horse-42-battery"
passwords.use_hasher(PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))


def pytest_collection_modifyitems(items):
    """Every test that uses the PostgreSQL server carries the ``postgres`` marker and every test that drives the
    GUI the ``gui`` marker, so that ``-m "not postgres"`` and ``-m "not gui"`` select exactly."""
    for item in items:
        callspec = getattr(item, "callspec", None)
        params = {str(v) for v in callspec.params.values()} if callspec else set()
        if "pg_practice" in item.fixturenames or "postgres" in params:
            item.add_marker(pytest.mark.postgres)
        if {"qtbot", "qapp"} & set(item.fixturenames) or "/tests/ui/" in str(item.path):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True, scope="session")
def _one_qt_application():
    """One QApplication for the whole run. Tests that run ``cordee`` in-process make the command line say something
    through Qt's translations, which creates a bare QCoreApplication when there is none; a widget test after that
    would abort the run (a QWidget needs a QApplication). pytest-qt's ``qapp`` takes this one."""
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


@pytest.fixture
def new_db(tmp_path):
    """A fresh, empty, encrypted database file; yields (Database, path, recovery_code)."""
    path = tmp_path / "practice.db"
    db, recovery = create_encrypted(path, PASSPHRASE, kdf=TEST_KDF, use_keyring=False)
    yield db, path, recovery
    db.close()


@pytest.fixture
def practice(new_db):
    """A set-up practice with one account per role; yields a dict of contexts by role."""
    from tests.support import build_practice

    db, path, recovery = new_db
    return build_practice(db, path, recovery)


@pytest.fixture
def pg_practice():
    """A set-up practice in a fresh database on the PostgreSQL test server (``.url`` for a second workstation)."""
    from app.services.storage.database import connect_postgres
    from tests.pg_support import fresh_database_url
    from tests.support import build_practice

    url, drop = fresh_database_url()
    db = connect_postgres(url)
    fx = build_practice(db, None, "")
    fx.url = url
    yield fx
    db.close()
    drop()
