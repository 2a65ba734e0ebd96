"""``cordee catalogue import``: the preview with its counts, --dry-run storing nothing, the import with --yes, and
a bad line refused with file and line named, nothing stored."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlmodel import select

from app.cli.main import main
from app.models.catalogue import CatalogueProduct
from tests.conftest import PASSPHRASE
from tests.support import PASSWORD

FIX = Path(__file__).parents[1] / "services" / "medications" / "catalogue" / "fixtures"


@pytest.fixture
def account(practice, tmp_path, monkeypatch):
    monkeypatch.delenv("CORDEE_PASSWORD", raising=False)
    monkeypatch.setenv("CORDEE_LANG", "en")
    (tmp_path / "pass").write_text(PASSPHRASE, encoding="utf-8")
    (tmp_path / "pw").write_text(PASSWORD, encoding="utf-8")
    return ["--db", str(practice.path), "--passphrase-file", str(tmp_path / "pass"),
            "--password-file", str(tmp_path / "pw"), "--user", "pharmacist"]


def _count(practice) -> int:
    with practice.db.session() as s:
        return len(s.exec(select(CatalogueProduct)).all())


def test_swiss_dry_run_then_import(practice, account, capsys):
    swiss = str(FIX / "swiss" / "swiss_ok.csv")
    assert main(["catalogue", "import", "--swiss", swiss, "--dry-run", *account]) == 0
    out = capsys.readouterr().out
    assert out.startswith("4 products read: 4 added, 0 changed, 0 unchanged (1 without ATC code")
    assert "dry run: nothing stored" in out and _count(practice) == 0
    assert main(["catalogue", "import", "--swiss", swiss, *account]) == 1   # no terminal, no --yes
    assert "confirm with --yes" in capsys.readouterr().err and _count(practice) == 0
    assert main(["catalogue", "import", "--swiss", swiss, "--yes", *account]) == 0
    assert "imported: 4 added, 0 changed" in capsys.readouterr().out and _count(practice) == 4
    assert main(["catalogue", "import", "--swiss", swiss, "--yes", *account]) == 0
    assert "0 added, 0 changed, 4 unchanged" in capsys.readouterr().out


def test_bdpm_folder_import(practice, account, capsys):
    assert main(["catalogue", "import", "--bdpm", str(FIX / "bdpm"), "--yes", *account]) == 0
    assert "imported: 4 added, 0 changed" in capsys.readouterr().out and _count(practice) == 4


def test_bad_line_is_named_and_nothing_stored(practice, account, tmp_path, capsys):
    folder = tmp_path / "bdpm"
    shutil.copytree(FIX / "bdpm", folder)
    shutil.copy(FIX / "bdpm_errors" / "CIS_CIP_bad_cip13.txt", folder / "CIS_CIP_bdpm.txt")
    assert main(["catalogue", "import", "--bdpm", str(folder), "--yes", *account]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("cordee: CIS_CIP_bdpm.txt, line ") and len(err.splitlines()) == 1
    assert main(["catalogue", "import", "--swiss", str(FIX / "swiss" / "swiss_bad_gtin.csv"), "--yes", *account]) == 1
    assert "swiss_bad_gtin.csv, line 3" in capsys.readouterr().err
    assert _count(practice) == 0


def test_a_physician_may_not_import(practice, account, capsys):
    args = [a if a != "pharmacist" else "physician" for a in account]
    assert main(["catalogue", "import", "--swiss", str(FIX / "swiss" / "swiss_ok.csv"), "--yes", *args]) == 1
    assert capsys.readouterr().err.startswith("cordee: ") and _count(practice) == 0
