"""The `cordee review` batch function: JSON, JSON Lines, malformed cases, unreadable input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.services.medications.review.batch import run_review_file

ROOT = Path(__file__).resolve().parents[4]

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
    errors = [(r.get("line"), r.get("field"), r.get("code"), r.get("params")) for r in results[1:5]]
    assert errors == [
        (2, "as_of", "medications.case_bad_date", {"value": "2026-13-45"}),
        (3, "case", "medications.case_bad_json", {"column": 2, "reason": "Expecting property name enclosed in double "
                                                                          "quotes"}),
        (5, "medications[0].atc", "medications.case_missing", {}),
        (6, "patient.egfr", "medications.case_not_a_number", {"json_type": "string"}),
    ]
    assert results[1]["error"].startswith("line 2: as_of: medications.case_bad_date")   # without translations
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
    assert code == 0 and results[0]["id"] == "c1"
    assert results[1] == {"id": "x", "case": 2, "field": "medications", "code": "medications.case_not_a_list",
                          "params": {}, "error": "case 2: medications: medications.case_not_a_list"}


def test_missing_input_file_returns_2_with_one_line_on_stderr(tmp_path, capsys):
    code = run_review_file(str(tmp_path / "absent.jsonl"), None, io.StringIO())
    err = capsys.readouterr().err
    assert code == 2 and "medications.review_input_missing" in err and "absent.jsonl" in err and err.count("\n") == 1


def test_directory_as_input_returns_2(tmp_path, capsys):
    assert run_review_file(str(tmp_path), None, io.StringIO()) == 2
    assert "medications.review_input_unreadable" in capsys.readouterr().err


def test_a_broken_knowledge_pack_returns_3(tmp_path, capsys, monkeypatch):
    from app.services.medications.review import knowledge

    monkeypatch.setattr(knowledge, "knowledge_dir", lambda: tmp_path / "nowhere")
    knowledge.load_knowledge.cache_clear()
    try:
        src = tmp_path / "in.json"
        src.write_text(json.dumps(CASE), encoding="utf-8")
        assert run_review_file(str(src), None, io.StringIO()) == 3
    finally:
        knowledge.load_knowledge.cache_clear()
    assert "medications.knowledge_file_missing" in capsys.readouterr().err


@pytest.mark.parametrize("lang, expected", [
    ("fr", ["Ligne 2, as_of\u00a0: 2026-13-45 n'est pas une date (attendu\u00a0: AAAA-MM-JJ)",
            "Ligne 3, medications[0].atc\u00a0: manque"]),
    ("de", ["Zeile 2, as_of: 2026-13-45 ist kein Datum (erwartet: JJJJ-MM-TT)", "Zeile 3, medications[0].atc: fehlt"]),
])
def test_the_command_says_where_and_which_field_in_its_language(tmp_path, lang, expected):
    src = tmp_path / "cases.jsonl"
    src.write_text("\n".join(json.dumps(c) for c in (CASE, dict(CASE, id="c2", as_of="2026-13-45"),
                                                     dict(CASE, id="c3", medications=[{"name": "x"}]))) + "\n",
                   encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "app", "review", "--input", str(src)], capture_output=True, text=True,
                         timeout=120, cwd=ROOT, env={"CORDEE_LANG": lang, "QT_QPA_PLATFORM": "offscreen",
                                                     "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    results = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r.get("error") for r in results[1:]] == expected
    assert results[2]["field"] == "medications[0].atc" and results[2]["line"] == 3


def test_a_number_too_long_to_convert_or_nesting_too_deep_is_a_case_error(tmp_path):
    lines = [json.dumps(CASE), '{"id": "c2", "patient": {"egfr": ' + "9" * 5000 + "}}", "[" * 100_000 + "]" * 100_000]
    code, text = _run(tmp_path, "\n".join(lines) + "\n")
    results = [json.loads(line) for line in text.splitlines()]
    assert code == 0 and "findings" in results[0]
    assert (results[1]["line"], results[1]["code"], results[1]["params"]) == (
        2, "medications.case_number_too_long", {"max": sys.get_int_max_str_digits()})
    assert (results[2]["line"], results[2]["code"]) == (3, "medications.case_too_deep")


@pytest.mark.parametrize("source, code, where", [("/dev/zero", "medications.review_line_too_long", "line=1,"),
                                                 ("long line", "medications.review_line_too_long", "line=3,"),
                                                 ("too many", "medications.review_too_many_cases", "limit=")])
def test_review_input_is_read_within_named_bounds(tmp_path, capsys, source, code, where):
    from app.services.medications.review import batch

    if source == "long line":
        source = tmp_path / "long.jsonl"
        source.write_bytes(b"{}\n{}\n" + b'{"id": "' + b"x" * (batch.MAX_LINE_BYTES + 10) + b'"}\n{}\n')
    elif source == "too many":
        source = tmp_path / "many.jsonl"
        source.write_bytes(b"{}\n" * (batch.MAX_CASES + 1))
    assert run_review_file(str(source), None, io.StringIO()) == 2
    err = capsys.readouterr().err
    assert code in err and where in err and err.count("\n") == 1
