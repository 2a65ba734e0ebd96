"""``cordee export medication-plan`` and ``cordee export alerts``: real processes, audited, clear errors."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from sqlmodel import select

from app.models.audit import AuditEvent
from app.services.alerts import alert_flow as alerts
from app.services.alerts.alert_input import AlertInput
from tests.alert_support import warfarin_aspirin
from tests.conftest import PASSPHRASE


def run(*args, passphrase=PASSPHRASE):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "CORDEE_LANG": "en"}
    env.pop("CORDEE_PASSPHRASE", None)
    if passphrase:
        env["CORDEE_PASSPHRASE"] = passphrase
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, timeout=180)


@pytest.fixture
def exported(practice):
    pid, _w, aspirin = warfarin_aspirin(practice)
    aid = alerts.raise_alert(practice.ctx["pharmacist"], AlertInput(
        patient_id=pid, problem_category="1.6", problem_text="Warfarine + aspirine", proposal_kind="stop",
        line_ids=[aspirin], urgency="24h"))
    doc = practice.ctx["physician"]
    alerts.refuse(doc, aid, alerts.open_alert(doc, aid).row.version, "Bithérapie voulue par le cardiologue")
    return practice, pid


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils needed")
def test_export_medication_plan_and_alerts(exported, tmp_path):
    practice, pid = exported
    plan, alerts_file = tmp_path / "plan.pdf", tmp_path / "alerts.pdf"
    out = run("export", "medication-plan", "--db", str(practice.path), "--patient", str(pid), "--out", str(plan))
    assert out.returncode == 0, out.stderr
    out = run("export", "alerts", "--db", str(practice.path), "--patient", str(pid), "--out", str(alerts_file))
    assert out.returncode == 0, out.stderr
    text = subprocess.run(["pdftotext", str(plan), "-"], capture_output=True, text=True).stdout
    assert "Plan de médication" in text and "Coumadine 5 mg" in text
    text = subprocess.run(["pdftotext", str(alerts_file), "-"], capture_output=True, text=True).stdout
    for expected in ("Alertes médecin", "Warfarine + aspirine", "refusée", "Bithérapie voulue par le cardiologue",
                     "Test Pharmacist", "Test Physician", "PADV CANCEL"):
        assert expected in text, expected
    with practice.db.session() as s:
        exports = s.exec(select(AuditEvent).where(AuditEvent.action == "patient.export")).all()
    assert len(exports) == 2 and all(e.role == "system" and e.user_display.startswith("Command line") for e in exports)


def test_export_errors_are_one_clear_line(exported, tmp_path):
    practice, pid = exported
    db = str(practice.path)
    cases = [
        (("export", "medication-plan", "--db", db, "--patient", "999999", "--out", str(tmp_path / "x.pdf")),
         "This record no longer exists (patient 999999)."),
        (("export", "alerts", "--db", db, "--patient", "999999", "--out", str(tmp_path / "x.pdf")),
         "This record no longer exists (patient 999999)."),
        (("export", "alerts", "--db", db, "--patient", "abc", "--out", str(tmp_path / "x.pdf")),
         "--patient: must be a whole number"),
        (("export", "medication-plan", "--db", db, "--out", str(tmp_path / "x.pdf")), "--patient"),
        (("export", "medication-plan", "--db", db, "--patient", str(pid), "--out", str(tmp_path / "no" / "x.pdf")),
         "--out: the folder " + str(tmp_path / "no") + " does not exist"),
        (("export", "medication-plan", "--db", db, "--patient", str(pid), "--out", str(tmp_path)),
         f"--out: {tmp_path} is a folder: give a file name"),
        (("export", "medication-plan", "--db", db, "--patient", "0", "--out", str(tmp_path / "x.pdf")),
         "--patient: must be at least 1"),
        (("export", "medication-plan", "--db", str(tmp_path / "none.db"), "--patient", "1", "--out",
          str(tmp_path / "x.pdf")), "No database at"),
        (("export", "prescriptions", "--db", db), "invalid choice"),
    ]
    for args, expected in cases:
        out = run(*args)
        assert out.returncode != 0, args
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("cordee") and expected in lines[0], (args, out.stderr)
    out = run("export", "alerts", "--db", db, "--patient", str(pid), "--out", str(tmp_path / "x.pdf"), passphrase="")
    assert out.returncode != 0 and "No passphrase" in out.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_export_review_check_json_and_pdf(practice, tmp_path):
    from app.services.medications import emediplan
    from tests.alert_support import make_patient
    from tests.services.alerts.test_review_check import finished_check

    pid, _sid = finished_check(practice)
    other = make_patient(practice, family="Muster", given="Anna")
    db = str(practice.path)
    out = run("export", "review-check", "--db", db, "--patient", str(pid), "--out", str(tmp_path / "pmc.json"))
    assert out.returncode == 0, out.stderr
    obj = emediplan.decode("CHMED16A0" + (tmp_path / "pmc.json").read_text(encoding="utf-8"))
    assert obj["MedType"] == 2 and [r["Id"] for r in obj["Recoms"]] == ["1", "3", "4"]
    out = run("export", "review-check", "--db", db, "--patient", str(pid), "--lang", "de", "--out",
              str(tmp_path / "pmc.pdf"))
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "pmc.pdf").read_bytes().startswith(b"%PDF")
    with practice.db.session() as s:
        details = [e.detail for e in s.exec(select(AuditEvent).where(AuditEvent.action == "patient.export")).all()]
    assert details == ["polymedication check JSON (fr)", "polymedication check PDF (de)"]
    cases = [
        (("--patient", str(pid), "--out", str(tmp_path / "pmc.txt")), "--out: must be json or pdf"),
        (("--patient", "999999", "--out", str(tmp_path / "x.json")), "This record no longer exists (patient 999999)."),
        (("--patient", str(other), "--out", str(tmp_path / "x.json")),
         "Patient: has no finished Polymedication Check"),
        (("--patient", "x", "--out", str(tmp_path / "x.json")), "--patient: must be a whole number"),
        (("--patient", str(pid), "--lang", "it", "--out", str(tmp_path / "x.pdf")), "invalid choice"),
        (("--patient", str(pid)), "--out"),
    ]
    for args, expected in cases:
        out = run("export", "review-check", "--db", db, *args)
        lines = out.stderr.strip().splitlines()
        assert out.returncode != 0 and len(lines) == 1 and expected in lines[0], (args, out.stderr)
    assert not (tmp_path / "x.json").exists() and not (tmp_path / "pmc.txt").exists()


def test_export_advice(exported, tmp_path):
    from fhir.resources.R4B.bundle import Bundle

    from app.models.alert import Alert

    practice, pid = exported
    db = str(practice.path)
    with practice.db.session() as s:
        aid = s.exec(select(Alert.id)).one()
    out = run("export", "advice", "--db", db, "--alert", str(aid), "--out", str(tmp_path / "padv.json"))
    assert out.returncode == 0, out.stderr
    bundle = json.loads((tmp_path / "padv.json").read_text(encoding="utf-8"))
    Bundle.model_validate(bundle)
    obs = next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation")
    assert obs["code"]["coding"][0]["code"] == "OK" and obs["note"][0]["text"] == "Bithérapie voulue par le cardiologue"
    with practice.db.session() as s:
        assert s.exec(select(AuditEvent).where(AuditEvent.action == "patient.export",
                                               AuditEvent.entity_type == "alert")).one().entity_id == str(aid)
    cases = [
        (("--alert", str(aid), "--out", str(tmp_path / "padv.xml")), "--out: must be a .json file"),
        (("--alert", "999999", "--out", str(tmp_path / "x.json")), "This record no longer exists (alert 999999)."),
        (("--alert", "x", "--out", str(tmp_path / "x.json")), "(--alert): must be a whole number"),
        (("--alert", str(aid), "--line", "999999", "--out", str(tmp_path / "x.json")), "line 999999"),
        (("--out", str(tmp_path / "x.json")), "--alert"),
    ]
    for args, expected in cases:
        out = run("export", "advice", "--db", db, *args)
        lines = out.stderr.strip().splitlines()
        assert out.returncode != 0 and len(lines) == 1 and expected in lines[0], (args, out.stderr)
    assert not (tmp_path / "x.json").exists() and not (tmp_path / "padv.xml").exists()
