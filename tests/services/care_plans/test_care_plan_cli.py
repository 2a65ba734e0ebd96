"""``cordee export care-plan``: PDF, patient sheet and FHIR files; errors are one line on stderr, non-zero."""

from __future__ import annotations

import json

import pytest

from app.cli import main as cli
from tests.conftest import PASSPHRASE
from tests.services.care_plans.test_care_plans import draft


@pytest.fixture
def exported(practice, monkeypatch, capsys):
    plan_id, _v, _ids = draft(practice)
    monkeypatch.setenv("CORDEE_PASSPHRASE", PASSPHRASE)

    def run(*args):
        code = cli.main(["export", "care-plan", "--db", str(practice.path), *args])
        out, err = capsys.readouterr()
        return code, out, err
    return run, plan_id


def test_exports_fhir_pdf_and_sheet(practice, exported, tmp_path):
    run, plan_id = exported
    from app.services.care_plans import plans as care_plans
    pid = care_plans.get_plan(practice.ctx["nurse"], plan_id).patient_id
    code, out, err = run("--patient", str(pid), "--format", "fhir", "--out", str(tmp_path / "plan.json"))
    assert code == 0 and err == ""
    bundle = json.loads((tmp_path / "plan.json").read_text())
    assert bundle["resourceType"] == "Bundle" and len(bundle["entry"]) == 8
    for fmt in ("pdf", "sheet"):
        code, out, err = run("--patient", str(pid), "--format", fmt, "--out", str(tmp_path / f"{fmt}.pdf"))
        assert code == 0 and (tmp_path / f"{fmt}.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("args,message", [
    (["--patient", "999", "--format", "fhir"], "This record no longer exists (patient 999)."),
    (["--patient", "0", "--format", "fhir"], "--patient: must be at least 1"),
    (["--patient", "1", "--format", "docx"], "invalid choice"),
])
def test_errors_are_one_line_and_non_zero(exported, tmp_path, args, message):
    run, _ = exported
    with pytest.raises(SystemExit) if "docx" in args else _Nothing() as raised:
        code, out, err = run(*args, "--out", str(tmp_path / "x.out"))
    if raised is not None and hasattr(raised, "value"):
        assert raised.value.code != 0
        return
    assert code != 0 and message in err and err.count("\n") == 1 and not (tmp_path / "x.out").exists()


def test_patient_without_plan(practice, exported, tmp_path):
    from app.services.patients import records as patients
    from app.services.patients.records import PatientInput
    run, _ = exported
    pid = patients.create_patient(practice.ctx["nurse"], PatientInput(family_name="Sans", given_names="Plan",
                                                                      birth_date="01.01.1950", sex="M"))
    code, out, err = run("--patient", str(pid), "--out", str(tmp_path / "x.pdf"))
    assert code != 0 and err.strip() == f"cordee: patient {pid} has no care plan"


class _Nothing:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False
