"""CHMED16A payload: structure, round trip, bad payloads."""

from __future__ import annotations

import base64
import gzip
import json
from datetime import date, datetime

import pytest

from app.services.errors import ValidationError
from app.services.medications import emediplan
from app.services.medications.medication_list import MedicationInput, MedicationRow, Posology

WHEN = datetime(2026, 3, 1, 9, 30)


def _row(i, **data):
    return MedicationRow(i, 1, 1, MedicationInput(**data), False, "Dr Martin", None, None, None, WHEN, "x")


def test_plan_object_and_round_trip():
    patient = emediplan.PlanPatient("Girard", "Odette", date(1941, 3, 12), "F", "fr", "Rue du Rhône 3", "1950", "Sion",
                                    "80756012345678901234", 62.5, 25)
    rows = [_row(1, atc="B01AA03", substances="warfarine", product_name="Coumadine", strength="5 mg",
                 posology=Posology(dose_evening="1", start_date=date(2024, 1, 2)), indication="FA"),
            _row(2, atc="N02BE01", substances="paracétamol", self_medication=True,
                 posology=Posology(schedule="as_needed", instructions="max 3 g/j")),
            _row(3, substances="Arnica 9 CH", catalogue_ref="7680123456789", posology=Posology(dose_morning="0.5"))]
    obj = emediplan.plan_object(patient, rows, WHEN, "7601000000002")
    assert obj["MedType"] == 1 and obj["Auth"] == "7601000000002" and obj["Dt"] == "2026-03-01T09:30:00"
    assert obj["Patient"]["Gender"] == 2 and obj["Patient"]["BDt"] == "1941-03-12"
    assert obj["Patient"]["Med"] == {"Meas": [{"Type": 1, "Val": "62.5", "Unit": 2}], "Rc": [{"Id": 1, "R": [575]}]}
    first, second, third = obj["Medicaments"]
    assert first["Pos"] == [{"DtFrom": "2024-01-02", "D": [0.0, 0.0, 1.0, 0.0]}] and first["IdType"] == 1
    assert {"Nm": "ATC", "Val": "B01AA03"} in first["PFields"] and first["TkgRsn"] == "FA"
    assert obj["PSchema"] == "cordee-1" and first["AutoMed"] == 0
    # DtFrom is required: a line without a start gets the plan's date, and a private field says so
    assert second["Pos"] == [{"DtFrom": "2026-03-01", "InRes": 1}] and second["AutoMed"] == 1
    assert {"Nm": "NoStart", "Val": "1"} in second["PFields"] and second["AppInstr"] == "max 3 g/j"
    assert third["IdType"] == 2 and third["Id"] == "7680123456789"
    assert all(v not in (None, "", [], {}) for m in obj["Medicaments"] for v in m.values())
    payload = emediplan.encode(obj)
    assert payload.startswith("CHMED16A1")
    assert json.loads(gzip.decompress(base64.b64decode(payload[9:]))) == obj
    assert emediplan.decode(payload) == obj
    assert emediplan.decode("CHMED16A0" + json.dumps(obj)) == obj
    back = emediplan.medication_inputs(obj)
    assert back[0].atc == "B01AA03" and back[0].posology.dose_evening == "1" and back[0].indication == "FA"
    assert back[0].start_date == date(2024, 1, 2) and back[0].product_name == "Coumadine"
    assert back[1].as_needed and back[1].self_medication and back[1].start_date is None
    assert back[2].posology.dose_morning == "0.5" and back[2].catalogue_ref == "7680123456789"


@pytest.mark.parametrize("payload, code", [
    ("", "emediplan_prefix"), ("hello", "emediplan_prefix"), ("CHMED16A1!!notbase64", "emediplan_unreadable"),
    ("CHMED16A1" + base64.b64encode(b"not gzip").decode(), "emediplan_unreadable"),
    ("CHMED16A0{bad json", "emediplan_unreadable")])
def test_bad_payload_refused(payload, code):
    with pytest.raises(ValidationError) as err:
        emediplan.decode(payload)
    assert (err.value.field, err.value.code, err.value.params) == ("emediplan", f"medications.{code}", {})
