"""``cordee export fhir`` and ``cordee import fhir``: real processes, two practice databases, audited, clear errors."""

from __future__ import annotations

import json

from fhir.resources.R4B.bundle import Bundle
from sqlmodel import func, select

from app.models.audit import AuditEvent
from app.models.medication import MedicationLine, Observation
from app.models.patient import Patient, PatientProblem
from tests.cli.test_export_cli import run
from tests.services.exchange.fhir_support import full_patient, second_practice


def _counts(practice) -> tuple[int, ...]:
    with practice.db.session() as s:
        return tuple(s.exec(select(func.count()).select_from(t)).one()
                     for t in (Patient, PatientProblem, MedicationLine, Observation))


def _audited(practice, action: str) -> int:
    with practice.db.session() as s:
        return s.exec(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == action)).one()


def test_export_then_preview_then_import_into_another_practice(practice, tmp_path):
    pid = full_patient(practice)
    other = second_practice(tmp_path)
    out_file = tmp_path / "summary.json"
    try:
        out = run("export", "fhir", "--db", str(practice.path), "--patient", str(pid), "--out", str(out_file))
        assert out.returncode == 0, out.stderr
        Bundle.model_validate_json(out_file.read_text(encoding="utf-8"))
        assert out_file.stat().st_mode & 0o077 == 0
        assert _audited(practice, "patient.export") == 1
        before = _counts(other)
        out = run("import", "fhir", str(out_file), "--db", str(other.path))
        assert out.returncode == 0, out.stderr
        assert "patient\tnew\tGIRARD Odette Marie" in out.stdout and "new medication\tTriatec 5 mg\tC09AA05" in out.stdout
        assert "new allergy\tPénicillines\tJ01C" in out.stdout and "nothing stored" in out.stdout
        assert _counts(other) == before and _audited(other, "patient.import") == 0
        out = run("import", "fhir", str(out_file), "--db", str(other.path), "--confirm")
        assert out.returncode == 0, out.stderr
        assert "imported: 12 changes" in out.stdout
        assert _counts(other) == (before[0] + 1, before[1] + 4, before[2] + 3, before[3] + 4)
        assert _audited(other, "patient.import") == 1
        out = run("import", "fhir", str(out_file), "--db", str(other.path))
        assert "found by ins" in out.stdout and "0 changes" in out.stdout
    finally:
        other.db.close()


def test_bad_input_is_one_line_and_stores_nothing(practice, tmp_path):
    pid = full_patient(practice)
    db = str(practice.path)
    good = tmp_path / "good.json"
    assert run("export", "fhir", "--db", db, "--patient", str(pid), "--out", str(good)).returncode == 0
    bundle = json.loads(good.read_text(encoding="utf-8"))
    bundle["entry"][3]["resource"]["code"]["coding"][0]["system"] = 42
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(bundle), encoding="utf-8")
    (tmp_path / "text.json").write_text("not json", encoding="utf-8")
    (tmp_path / "patient.json").write_text('{"resourceType": "Patient"}', encoding="utf-8")
    (tmp_path / "large.json").write_bytes(b" " * 5_000_001)
    (tmp_path / "deep.json").write_text("[" * 100 + "]" * 100, encoding="utf-8")
    before = _counts(practice)
    cases = [
        (("import", "fhir", str(bad), "--db", db, "--confirm"),
         "Bundle.entry[3].resource.code.coding[0].system is not valid FHIR R4"),
        (("import", "fhir", str(tmp_path / "text.json"), "--db", db), "the file is not JSON (line 1, column 1)"),
        (("import", "fhir", str(tmp_path / "patient.json"), "--db", db), "not a FHIR Bundle (resourceType Patient)"),
        (("import", "fhir", str(tmp_path / "large.json"), "--db", db), "larger than 5000000 bytes"),
        (("import", "fhir", str(tmp_path / "deep.json"), "--db", db), "more than 40 levels"),
        (("import", "fhir", str(tmp_path / "missing.json"), "--db", db), "FHIR bundle file"),
        (("import", "fhir", str(tmp_path), "--db", db), "FHIR bundle file"),
        (("import", "fhir", "--db", db), "FILE"),
        (("import", "hl7", str(good), "--db", db), "invalid choice"),
        (("export", "fhir", "--db", db, "--patient", "999999", "--out", str(tmp_path / "x.json")),
         "This record no longer exists (patient 999999)."),
        (("export", "fhir", "--db", db, "--patient", str(pid), "--out", str(tmp_path)), "is a folder"),
    ]
    for args, expected in cases:
        out = run(*args)
        assert out.returncode != 0, args
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("cordee") and expected in lines[0], (args, out.stderr)
        assert "Traceback" not in out.stderr
    assert _counts(practice) == before and _audited(practice, "patient.import") == 0
    assert not (tmp_path / "x.json").exists()
