"""``cordee init`` with the practice's contact and with ``--recovery-sheet``: the sheet is written 0600 and holds the
code that opens the database; beside the database (or its backups) it is refused in one line, nothing created."""

from __future__ import annotations

import re
import shutil
import stat
import subprocess

import pytest

from app.services.kernel.context import ServiceContext
from app.services.practice import practice_record as practice_service
from app.services.security.actor import SYSTEM
from app.services.storage.database import open_encrypted
from tests.cli.test_cli import PASS, run

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
CODE = re.compile(r"[A-Z2-9]{5}(?:-[A-Z2-9]{5}){4}")


@pytest.fixture
def folders(tmp_path):
    db_folder, sheets = tmp_path / "data", tmp_path / "usb"
    db_folder.mkdir()
    sheets.mkdir()
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASS + "\n")
    return db_folder, sheets, passfile


@needs_poppler
def test_init_stores_the_contact_and_writes_the_sheet(folders):
    db_folder, sheets, passfile = folders
    db, sheet = db_folder / "p.db", sheets / "recovery.pdf"
    out = run("init", "--db", str(db), "--passphrase-file", str(passfile), "--practice-name", "Cabinet du Lac",
              "--country", "CH", "--phone", "+41 21 600 00 00", "--address", "Rue du Lac 4", "--postal-code", "1003",
              "--city", "Lausanne", "--recovery-sheet", str(sheet), check=True)
    assert f"recovery sheet written to {sheet}" in out.stdout and "created" in out.stdout
    assert stat.S_IMODE(sheet.stat().st_mode) == 0o600
    text = subprocess.run(["pdftotext", "-layout", str(sheet), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Cabinet du Lac" in text
    code = CODE.search(text).group(0)
    assert code not in out.stdout   # the code is on the sheet only
    reopened = open_encrypted(db, recovery_code=code, use_keyring=False)
    try:
        row = practice_service.get_practice(ServiceContext(reopened, SYSTEM))
    finally:
        reopened.close()
    assert (row.phone, row.address_line, row.postal_code, row.city, row.email) == (
        "+41 21 600 00 00", "Rue du Lac 4", "1003", "Lausanne", None)


def test_without_the_sheet_init_says_how_to_get_one(folders):
    db_folder, _sheets, passfile = folders
    out = run("init", "--db", str(db_folder / "p.db"), "--passphrase-file", str(passfile), check=True)
    assert "recovery code (shown once" in out.stdout
    assert "no recovery sheet was printed" in out.stdout and "--recovery-sheet FILE" in out.stdout


@pytest.mark.parametrize("where", ["beside", "inside", "backups"])
def test_a_sheet_beside_the_database_is_refused_and_nothing_is_created(folders, where):
    db_folder, _sheets, passfile = folders
    db = db_folder / "p.db"
    target = {"beside": db_folder, "inside": db_folder / "sub", "backups": db_folder / "p.db.backups"}[where]
    target.mkdir(exist_ok=True)
    before = sorted(p.name for p in db_folder.rglob("*"))
    out = run("init", "--db", str(db), "--passphrase-file", str(passfile), "--recovery-sheet",
              str(target / "recovery.pdf"))
    assert out.returncode != 0
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cordee: Recovery sheet (--recovery-sheet): must not be in ")
    assert "recovery" not in out.stdout.lower() and "created" not in out.stdout
    assert sorted(p.name for p in db_folder.rglob("*")) == before


def test_a_bad_postal_code_is_refused_and_nothing_is_created(folders):
    db_folder, sheets, passfile = folders
    out = run("init", "--db", str(db_folder / "p.db"), "--passphrase-file", str(passfile), "--country", "FR",
              "--postal-code", "1003", "--recovery-sheet", str(sheets / "recovery.pdf"))
    assert out.returncode != 0
    assert out.stderr.strip().splitlines() == ["cordee: Postal code: must be 5 digits"]
    assert list(db_folder.iterdir()) == [] and list(sheets.iterdir()) == []
