"""The printed recovery sheet: text, code and QR are on the page; the write is atomic."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime

import pytest

from app.services.practice.recovery_sheet import TEXTS, write_recovery_sheet

CODE = "ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2"
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def _write(path, lang="fr"):
    return write_recovery_sheet(path, practice_name="MSP des Tilleuls", country="FR",
                                database_location="/home/cabinet/.local/share/Cordee/practice.db",
                                db_uuid="4f7c1f0e-7d0a-4c62-9d55-3d2f0f4f9b11", recovery_code=CODE,
                                created_at=datetime(2025, 3, 14, 9, 30, tzinfo=UTC), lang=lang)


@needs_poppler
@pytest.mark.parametrize("lang", ["fr", "de", "en"])
def test_sheet_holds_practice_code_and_title(tmp_path, lang):
    out = _write(tmp_path / "sheet.pdf", lang)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "MSP des Tilleuls" in text
    assert CODE in text
    assert TEXTS[lang]["title"] in text
    assert "14.03.2025" in text
    assert "Pages:           1" in subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout


@needs_poppler
def test_sheet_renders_to_png(tmp_path):
    out = _write(tmp_path / "sheet.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(out), str(tmp_path / "page")], check=True)
    assert list(tmp_path.glob("page*.png"))


def test_write_is_atomic_and_leaves_no_temp_file(tmp_path):
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old sheet")
    with pytest.raises(AttributeError):
        write_recovery_sheet(target, practice_name="X", country="FR", database_location="x", db_uuid="u",
                             recovery_code=CODE, created_at="not a date")
    assert target.read_bytes() == b"old sheet"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]
    _write(target)
    assert target.read_bytes().startswith(b"%PDF")


def test_the_sheet_never_lies_beside_the_database_even_through_a_link(tmp_path):
    from app.services.errors import ValidationError
    from app.services.practice.recovery_sheet import check_sheet_path

    data, usb = tmp_path / "data", tmp_path / "usb"
    (data / "p.db.backups").mkdir(parents=True)
    usb.mkdir()
    (usb / "data-link").symlink_to(data, target_is_directory=True)
    for refused in (data / "s.pdf", data / "p.db.backups" / "s.pdf", usb / "data-link" / "s.pdf"):
        with pytest.raises(ValidationError) as err:
            check_sheet_path(refused, data / "p.db", "--recovery-sheet")
        assert (err.value.field, err.value.code) == ("--recovery-sheet", "practice.recovery_sheet_beside_database")
    assert check_sheet_path(usb / "s.pdf", data / "p.db") == usb / "s.pdf"
    assert list(usb.iterdir()) == [usb / "data-link"]
