"""A malformed review case is refused with the JSON field that is wrong, a code and its parameters."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.medications.review import CaseError, parse_case

CASE = {"id": "c1", "as_of": "2026-11-23", "patient": {"birth_date": "1948-03-15", "sex": "F", "egfr": 42},
        "medications": [{"atc": "B01AA03", "name": "warfarin"}]}


def _with(**changes):
    case = {**CASE, "patient": dict(CASE["patient"]), "medications": [dict(m) for m in CASE["medications"]]}
    for path, value in changes.items():
        target = case
        *parents, last = path.split("__")
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[last] = value
    return case


@pytest.mark.parametrize("case, field, code, params", [
    ([], "case", "case_not_an_object", {}),
    (_with(id=True), "id", "case_bad_id", {}),
    (_with(lang="it"), "lang", "case_bad_language", {"value": "it"}),
    (_with(as_of=20261123), "as_of", "case_date_not_text", {}),
    (_with(as_of="2026-13-45"), "as_of", "case_bad_date", {"value": "2026-13-45"}),
    (_with(patient="old"), "patient", "case_not_an_object", {}),
    (_with(patient__birth_date="2030-01-01"), "patient.birth_date", "case_after_as_of", {}),
    (_with(patient__sex="female"), "patient.sex", "case_bad_sex", {}),
    (_with(patient__egfr="high"), "patient.egfr", "case_not_a_number", {"json_type": "string"}),
    (_with(patient__egfr=True), "patient.egfr", "case_not_a_number", {"json_type": "boolean"}),
    (_with(patient__weight_kg=-3), "patient.weight_kg", "case_negative", {}),
    (_with(patient__conditions="I50.9"), "patient.conditions", "case_not_a_text_list", {}),
    (_with(medications={}), "medications", "case_not_a_list", {}),
    (_with(medications=["B01AA03"]), "medications[0]", "case_not_an_object", {}),
    (_with(medications=[{"name": "x"}]), "medications[0].atc", "case_missing", {}),
    (_with(medications__0__atc="warfarin"), "medications[0].atc", "case_bad_atc", {"value": "warfarin"}),
    (_with(medications__0__name=7), "medications[0].name", "case_not_a_text", {}),
    (_with(medications__0__as_needed="yes"), "medications[0].as_needed", "case_not_a_boolean", {}),
])
def test_a_bad_field_is_named_with_its_code(case, field, code, params):
    with pytest.raises(CaseError) as err:
        parse_case(case, today=date(2026, 11, 23))
    assert (err.value.field, err.value.code, err.value.params) == (field, f"medications.{code}", params)


def test_a_good_case_is_parsed():
    case = parse_case(CASE)
    assert case.id == "c1" and case.medications[0].atc == "B01AA03" and case.patient.egfr == 42
