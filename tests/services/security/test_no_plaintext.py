"""No plaintext patient name in any file the program writes (database, WAL, temp files, slot file)."""

from __future__ import annotations

import tempfile

from app.services.patients import records as patients
from app.services.patients.records import PatientInput
from app.services.practice import audit_trail

CANARY = "Zyxqanarywort"


def _files_containing(folder, needle: str) -> list[str]:
    hits = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if any(n in data for n in (needle.encode("utf-8"), needle.encode("utf-16-le"),
                                       needle.lower().encode("utf-8"))):
                hits.append(str(path))
    return hits


def test_canary_never_in_plaintext(practice, tmp_path, monkeypatch):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    ctx = practice.ctx["physician"]
    for i in range(200):  # enough rows for the WAL and temp sorting to matter
        patients.create_patient(ctx, PatientInput(family_name=f"{CANARY}{i}", given_names="Élise",
                                                  birth_date="01.02.1950", sex="F", notes=f"{CANARY} note " * 20))
    rows = patients.search_patients(ctx, CANARY.lower(), limit=1000)
    assert len(rows) == 200
    patients.open_patient(ctx, rows[0].id)
    audit_trail.browse(practice.ctx["admin"])
    assert (tmp_path / "practice.db-wal").exists()  # checked while the WAL still holds the data
    assert _files_containing(tmp_path, CANARY) == []
    practice.db.close()
    assert _files_containing(tmp_path, CANARY) == []
