"""The `cordee review` batch function: JSON, JSON Lines, malformed cases, unreadable input."""

from __future__ import annotations

import io
import json

from app.services.medications.review.batch import run_review_file

CASE = {"id": "c1", "as_of": "2026-11-23",
        "patient": {"birth_date": "1948-03-15", "sex": "F", "egfr": 42, "weight_kg": 61, "creatinine_umol_l": 110,
                    "conditions": ["I50.9"], "allergies": ["J01C"]},
        "medications": [{"atc": "B01AA03", "name": "warfarin", "as_needed": False, "daily_dose_mg": 5},
                        {"atc": "M01AE01", "name": "ibuprofen", "as_needed": False},
                        {"atc": "J01CA04", "name": "amoxicillin", "as_needed": False}]}


def _run(tmp_path, text, output=False):
    src = tmp_path / "in.json"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "out.json" if output else None
    stdout = io.StringIO()
    code = run_review_file(str(src), str(out) if out else None, stdout)
    return code, (out.read_text(encoding="utf-8") if out else stdout.getvalue())


def test_single_json_case_gives_json_object(tmp_path):
    code, text = _run(tmp_path, json.dumps(CASE))
    result = json.loads(text)
    assert code == 0 and result["id"] == "c1"
    kinds = {(f["kind"], tuple(f["atc"])) for f in result["findings"]}
    assert ("interaction", ("B01AA03", "M01AE01")) in kinds
    assert ("allergy", ("J01CA04",)) in kinds and ("drug_disease", ("M01AE01",)) in kinds
    for f in result["findings"]:
        assert {"kind", "severity", "atc", "rule", "message", "recommendation", "sources"} <= set(f)


def test_jsonl_keeps_order_and_reports_malformed_lines(tmp_path):
    bad_date = dict(CASE, id="c2", as_of="2026-13-45")
    no_atc = dict(CASE, id="c3", medications=[{"name": "mystery"}])
    wrong_type = dict(CASE, id="c4", patient=dict(CASE["patient"], egfr="high"))
    lines = [json.dumps(CASE), json.dumps(bad_date), "{not json", "", json.dumps(no_atc), json.dumps(wrong_type),
             json.dumps(dict(CASE, id="c5", lang="de"))]
    code, text = _run(tmp_path, "\n".join(lines) + "\n", output=True)
    results = [json.loads(line) for line in text.splitlines()]
    assert code == 0
    assert [r["id"] for r in results] == ["c1", "c2", None, "c3", "c4", "c5"]
    assert results[1]["error"].startswith("as_of: invalid date")
    assert results[2]["error"].startswith("line 3: invalid JSON")
    assert results[3]["error"] == "medications[0].atc: missing"
    assert results[4]["error"].startswith("patient.egfr: must be a number")
    assert "findings" in results[0] and "findings" in results[5]
    assert any("Blutungsrisiko" in f["message"] for f in results[5]["findings"])


def test_null_optional_fields_are_accepted(tmp_path):
    case = {"id": 7, "as_of": "2026-11-23",
            "patient": {"birth_date": "1950-01-01", "sex": "M", "egfr": None, "weight_kg": None,
                        "creatinine_umol_l": None, "conditions": [], "allergies": []},
            "medications": [{"atc": "A10BA02", "name": "metformin", "as_needed": False, "daily_dose_mg": None}]}
    code, text = _run(tmp_path, json.dumps(case))
    result = json.loads(text)
    assert code == 0 and result["id"] == 7
    assert [f["severity"] for f in result["findings"] if f["kind"] == "renal_dose"] == ["not_evaluable"]


def test_json_array_gives_json_array(tmp_path):
    code, text = _run(tmp_path, json.dumps([CASE, dict(CASE, id="x", medications="none")]))
    results = json.loads(text)
    assert code == 0 and results[0]["id"] == "c1" and results[1] == {"id": "x", "error": "medications: must be a list"}


def test_missing_input_file_returns_2_with_one_line_on_stderr(tmp_path, capsys):
    code = run_review_file(str(tmp_path / "absent.jsonl"), None, io.StringIO())
    err = capsys.readouterr().err
    assert code == 2 and "absent.jsonl" in err and err.count("\n") == 1


def test_directory_as_input_returns_2(tmp_path, capsys):
    assert run_review_file(str(tmp_path), None, io.StringIO()) == 2
    assert "cannot read" in capsys.readouterr().err
