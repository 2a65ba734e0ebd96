"""CHMED16A fields written and read: the plan's header (Id, Auth, ValBy/ValDt), medicament identifiers (GTIN,
Pharmacode, free text), prescriber, every Pos, the patient with measures and the seven risk categories; and the
round trip through the real reconciliation service: every posology kind comes back "unchanged"."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import date, datetime

from app.services.alerts import reconciliation
from app.services.medications import emediplan
from app.services.medications import medication_list as medications
from app.services.medications.medication_list import MedicationInput, MedicationRow, Posology
from tests.alert_support import make_patient
from tests.services.medications.test_emediplan_posology import LINES, WHEN, _rows

PATIENT = emediplan.PlanPatient("Girard", "Odette", date(1941, 3, 12), "F", "de", "Rue du Rhône 3", "1950", "Sion",
                                "80756012345678901234", 62.5, 45, risks=((2, ()), (3, (77, 612)), (6, (555,)), (7, ())),
                                height_cm=158)


def _row(i, prescriber=None, **data):
    return MedicationRow(i, 1, 1, MedicationInput(**data), False, prescriber, None, None, None, WHEN, "x")


def test_header_fields():
    obj = emediplan.plan_object(PATIENT, [], WHEN, author_name="Dr Anne Martin", validated_by="7601000000019",
                                validated_at=datetime(2026, 3, 4, 11, 0))
    assert obj["Auth"] == "Dr Anne Martin" and obj["MedType"] == 1 and obj["Dt"] == "2026-03-04T10:00:00"
    assert (obj["ValBy"], obj["ValDt"]) == ("7601000000019", "2026-03-04T11:00:00")
    assert uuid.UUID(obj["Id"]) and obj["Id"] == emediplan.plan_object(
        PATIENT, [], WHEN, author_name="Dr Anne Martin", validated_by="7601000000019",
        validated_at=datetime(2026, 3, 4, 11, 0))["Id"]           # the same plan, the same id
    assert emediplan.plan_object(PATIENT, [], WHEN, "7601000000002", author_name="x")["Auth"] == "7601000000002"
    assert emediplan.plan_object(PATIENT, [], WHEN, plan_id="plan-1")["Id"] == "plan-1"
    assert emediplan.decode(emediplan.encode(obj)) == obj


def test_patient_measures_and_seven_risk_categories():
    obj = emediplan.plan_object(PATIENT, [], WHEN)
    med = obj["Patient"]["Med"]
    assert med["Meas"] == [{"Type": 1, "Val": "62.5", "Unit": 2}, {"Type": 2, "Val": "158", "Unit": 1}]
    # renal from the eGFR (45: moderate, 576); an excluded category has no R; unknown ones (4, 5) are absent
    assert med["Rc"] == [{"Id": 1, "R": [576]}, {"Id": 2}, {"Id": 3, "R": [77, 612]}, {"Id": 6, "R": [555]}, {"Id": 7}]
    back = emediplan.decode(emediplan.encode(obj))
    assert emediplan.risk_categories(back) == {1: (576,), 2: (), 3: (77, 612), 6: (555,), 7: ()}
    assert emediplan.plan_patient(back) == replace(PATIENT, egfr=None, risks=(
        (1, (576,)), (2, ()), (3, (77, 612)), (6, (555,)), (7, ())))
    # an eGFR of 90 or more: renal insufficiency explicitly excluded; given risks win over the eGFR
    assert emediplan.plan_object(replace(PATIENT, egfr=95, risks=()), [], WHEN)["Patient"]["Med"]["Rc"] == [{"Id": 1}]
    assert emediplan.plan_object(replace(PATIENT, risks=((1, (597,)),)), [], WHEN)["Patient"]["Med"]["Rc"] == \
        [{"Id": 1, "R": [597]}]
    assert emediplan.plan_object(replace(PATIENT, egfr=None, risks=()), [], WHEN)["Patient"]["Med"].get("Rc") is None


def test_medicament_identifiers_and_prescriber():
    rows = [_row(1, "Dr Martin", atc="C09AA05", substances="ramipril", product_name="Triatec", strength="5 mg",
                 catalogue_ref="7680123456789", posology=Posology(dose_morning="1")),
            _row(2, None, atc="B01AC06", substances="acide acétylsalicylique", catalogue_ref="pharmacode:1234567",
                 prescriber_external="Dr Favre, HUG", posology=Posology(dose_morning="1")),
            _row(3, None, substances="Tisane maison", catalogue_ref="product:Tisane", posology=Posology(
                schedule="text", instructions="le soir"))]
    obj = emediplan.plan_object(PATIENT, rows, WHEN)
    gtin, pharmacode, free = obj["Medicaments"]
    assert (gtin["Id"], gtin["IdType"], gtin["PrscbBy"]) == ("7680123456789", 2, "Dr Martin")
    assert (pharmacode["Id"], pharmacode["IdType"], pharmacode["PrscbBy"]) == ("1234567", 3, "Dr Favre, HUG")
    assert (free["Id"], free["IdType"]) == ("Tisane maison", 1) and {"Nm": "Ref", "Val": "product:Tisane"} in \
        free["PFields"]
    back = emediplan.medication_inputs(emediplan.decode(emediplan.encode(obj)))
    assert [b.catalogue_ref for b in back] == ["7680123456789", "pharmacode:1234567", "product:Tisane"]
    assert [b.prescriber_external for b in back] == ["Dr Martin", "Dr Favre, HUG", None]
    # Unit is mandatory with a Pos: a line without a unit says "Stk" and reads back without one
    assert [m["Unit"] for m in obj["Medicaments"]] == ["Stk"] * 3 and {"Nm": "NoUnit", "Val": "1"} in free["PFields"]
    assert [b.posology.unit for b in back] == [None, None, None]
    # another software's plan: the identifier names the line when no name comes with it
    foreign = {"Patient": {}, "MedType": 1, "Medicaments": [{"Id": "971867", "IdType": 3, "Unit": "STK"},
                                                             {"Id": "7680555", "IdType": 4}]}
    read = emediplan.medication_inputs(emediplan.decode("CHMED16A0" + json.dumps(foreign)))
    assert [(r.product_name, r.catalogue_ref) for r in read] == [("Pharmacode 971867", "pharmacode:971867"),
                                                                  ("Product number 7680555", None)]


def test_every_pos_is_read_as_a_line_of_its_own():
    obj = {"Patient": {}, "MedType": 1, "Medicaments": [{
        "Id": "Prednison 20 mg", "IdType": 1, "Unit": "Stk", "Roa": "PO", "TkgRsn": "COPD", "AppInstr": "zum Essen",
        "PrscbBy": "7601000000026", "AutoMed": 0,
        "Pos": [{"DtFrom": "2026-03-01", "DtTo": "2026-03-05", "D": [2, 0, 0, 0]},
                {"DtFrom": "2026-03-06", "DtTo": "2026-03-10", "D": [1, 0, 0, 0]},
                {"DtFrom": "2026-03-11", "InRes": 1, "TT": [{"Off": 0, "A": 1, "MA": 2}]}]}]}
    lines = emediplan.medication_inputs(emediplan.decode("CHMED16A0" + json.dumps(obj)))
    assert [(x.posology.kind, x.posology.dose_morning, x.start_date, x.end_date) for x in lines] == [
        ("times", "2", date(2026, 3, 1), date(2026, 3, 5)), ("times", "1", date(2026, 3, 6), date(2026, 3, 10)),
        ("as_needed", None, date(2026, 3, 11), None)]
    assert {(x.indication, x.instructions, x.prescriber_external, x.posology.unit, x.posology.route) for x in lines} \
        == {("COPD", "zum Essen", "7601000000026", "piece", "20053000")}
    assert (lines[2].posology.as_needed_amount, lines[2].posology.max_per_day) == ("1", "2")


def test_round_trip_through_the_reconciliation_service_is_unchanged(practice):
    """Every posology kind (times, times in reserve, weekly and other cycles, as needed with A/MA, free
    instructions, date ranges), added to a patient's list, printed as CHMED16A, read back as a discharge list."""
    ctx = practice.ctx["physician"]
    pid = make_patient(practice)
    for line in LINES:
        medications.add_medication(ctx, pid, replace(line, posology=replace(
            line.posology, start_date=line.posology.start_date or date(2026, 1, 5))))
    rows = medications.list_current(ctx, pid)
    payload = emediplan.encode(emediplan.plan_object(PATIENT, rows, datetime.now(), author_name="Dr Test"))
    discharge = emediplan.medication_inputs(emediplan.decode(payload))
    assert len(discharge) == len(LINES)
    rid = reconciliation.start_reconciliation(practice.ctx["nurse"], pid, discharge, "HUG", date.today())
    view = reconciliation.get_reconciliation(ctx, rid)
    assert [(i.name, i.kind) for i in view.items] == [(i.name, "unchanged") for i in view.items]
    assert len(view.items) == len(LINES)


def test_rows_of_the_posology_test_keep_their_dates():
    back = emediplan.medication_inputs(emediplan.decode(emediplan.encode(emediplan.plan_object(
        PATIENT, _rows(LINES), WHEN))))
    assert [(b.start_date, b.end_date) for b in back] == [(d.posology.start_date, d.posology.end_date) for d in LINES]
