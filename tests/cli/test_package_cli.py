"""``cordee export package`` and ``cordee import package``: real processes, two practice databases, a preview that
stores nothing, then the documents attached; bad arguments and bad packages are one line on stderr, exit != 0."""

from __future__ import annotations

import email
from email import policy

from sqlmodel import func, select

from app.models.audit import AuditEvent
from app.models.coordination import CoordinationDocument
from tests.cli.test_export_cli import run
from tests.services.exchange.fhir_support import full_patient, second_practice
from tests.services.exchange.xdm_support import patient_with_plan


def _documents(practice) -> int:
    with practice.db.session() as s:
        return s.exec(select(func.count()).select_from(CoordinationDocument)).one()


def _audited(practice, action: str) -> int:
    with practice.db.session() as s:
        return s.exec(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == action)).one()


def test_export_then_preview_then_import_into_another_practice(practice, tmp_path):
    pid = patient_with_plan(practice)
    other = second_practice(tmp_path)
    target = full_patient(other)
    package, draft = tmp_path / "IHE_XDM.zip", tmp_path / "draft.eml"
    try:
        for out_file in (package, draft):
            out = run("export", "package", "--db", str(practice.path), "--patient", str(pid), "--what",
                      "care-plan", "--out", str(out_file))
            assert out.returncode == 0, out.stderr
            assert out_file.stat().st_mode & 0o077 == 0
        msg = email.message_from_bytes(draft.read_bytes(), policy=policy.default)
        assert msg["Subject"].startswith("XDM/1.0/DDM+Plan personnalisé de soins GIRARD Odette")
        out = run("import", "package", str(package), "--db", str(other.path))
        assert out.returncode == 0, out.stderr
        assert f"patient\t{target}\tGIRARD Odette Marie\tfound by ins" in out.stdout
        assert "document\tPlan personnalisé de soins\tDOC0001.pdf\tapplication/pdf" in out.stdout
        assert "nothing stored" in out.stdout and _documents(other) == 0
        out = run("import", "package", str(package), "--db", str(other.path), "--confirm")
        assert out.returncode == 0, out.stderr
        assert f"imported: 1 documents for patient {target}" in out.stdout
        assert _documents(other) == 1 and _audited(other, "patient.import") == 1
    finally:
        other.db.close()


def test_bad_arguments_and_bad_packages_are_one_line(practice, tmp_path):
    pid = patient_with_plan(practice)
    db = str(practice.path)
    (tmp_path / "text.zip").write_text("not a zip", encoding="utf-8")
    before = _documents(practice)
    cases = [
        (("import", "package", str(tmp_path / "text.zip"), "--db", db, "--confirm"), "not a zip archive"),
        (("import", "package", str(tmp_path / "missing.zip"), "--db", db), "Package file (IHE_XDM.ZIP"),
        (("import", "package", str(tmp_path), "--db", db), "Package file (IHE_XDM.ZIP"),
        (("import", "package", "--db", db), "FILE"),
        (("export", "package", "--db", db, "--patient", str(pid), "--what", "letter", "--out",
          str(tmp_path / "x.zip")), "invalid choice"),
        (("export", "package", "--db", db, "--patient", str(pid), "--out", str(tmp_path / "x.zip")), "--what"),
        (("export", "package", "--db", db, "--patient", str(pid), "--what", "care-plan", "--out",
          str(tmp_path / "x.pdf")), ".zip or .eml"),
        (("export", "package", "--db", db, "--patient", "999999", "--what", "care-plan", "--out",
          str(tmp_path / "x.zip")), "patient 999999"),
        (("export", "package", "--db", db, "--patient", "abc", "--what", "care-plan", "--out",
          str(tmp_path / "x.zip")), "--patient"),
    ]
    for args, expected in cases:
        out = run(*args)
        assert out.returncode != 0, args
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("cordee") and expected in lines[0], (args, out.stderr)
        assert "Traceback" not in out.stderr
    assert _documents(practice) == before and _audited(practice, "patient.import") == 0
    assert not (tmp_path / "x.zip").exists() and not (tmp_path / "x.pdf").exists()
