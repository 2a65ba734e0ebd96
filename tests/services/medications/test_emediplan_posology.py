"""eMediplan CHMED16A and the posology: one line of each kind written and read back gives equal lines (and
"unchanged" in a reconciliation); the public fields say what a reader of the specification expects."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.services.alerts import reconciliation
from app.services.medications import emediplan
from app.services.medications.medication_list import MedicationInput, MedicationRow, Posology, Taking
from app.services.medications.posology import checked

WHEN = datetime(2026, 3, 4, 10, 0)          # a Wednesday
MONDAY, WEDNESDAY = date(2026, 3, 2), date(2026, 3, 4)
LINES = [
    MedicationInput(atc="C09AA05", substances="ramipril", product_name="Triatec", strength="5 mg",
                    catalogue_ref="product:Triatec", indication="HTA", posology=Posology(
                        dose_morning="1", dose_evening="0.5", unit="tablet", route="20053000", start_date=MONDAY,
                        instructions="Au cours du repas")),
    MedicationInput(atc="L04AX03", substances="méthotrexate", strength="2.5 mg", posology=Posology(
        cycle_days=7, takings=(Taking(0, "08:00", "15"),), unit="mg", route="20053000", start_date=WEDNESDAY)),
    MedicationInput(atc="B03BB01", substances="acide folique", strength="5 mg", posology=Posology(
        cycle_days=14, takings=(Taking(2, "18:00", "1"), Taking(9, "18:00", "0.5")), unit="capsule")),
    MedicationInput(atc="A11CC05", substances="colécalciférol", posology=Posology(
        cycle_days=3, takings=(Taking(0, "08:00", "4"),), unit="drop", route="20053000", start_date=MONDAY,
        end_date=date(2026, 6, 30))),
    MedicationInput(atc="N02BE01", substances="paracétamol", product_name="Doliprane", strength="1 g",
                    self_medication=True, posology=Posology(schedule="as_needed", as_needed_amount="1",
                                                            max_per_day="3", unit="tablet", route="20053000")),
    MedicationInput(atc="R03AC02", substances="salbutamol", strength="100 µg/dose", posology=Posology(
        schedule="as_needed", as_needed_amount="2", unit="puff", route="20020000", instructions="si gêne")),
    MedicationInput(atc="N05CF01", substances="zopiclone", strength="7.5 mg", posology=Posology(
        dose_night="1", in_reserve=True, unit="tablet", route="20053000")),
    MedicationInput(atc="S01ED01", substances="timolol", strength="0.5 %", posology=Posology(
        dose_morning="1", dose_evening="1", unit="drop", route="20051000")),
    MedicationInput(substances="Mélange de la pharmacie", posology=Posology(
        schedule="text", instructions="Selon le schéma joint", route_text="par sonde gastrique")),
    MedicationInput(atc="A06AD11", substances="lactulose", strength="10 g/15 ml", posology=Posology(
        dose_morning="15", unit="ml", route="20021000")),   # a route CdTyp26 reads back as another one
]


def _rows(lines):
    """The lines as the list gives them (posology checked)."""
    return [MedicationRow(i, 1, 1, replace(d, posology=checked(d.posology)), False, None, None, None, None, WHEN, "x")
            for i, d in enumerate(lines, start=1)]


def _payload(rows) -> dict:
    patient = emediplan.PlanPatient("Girard", "Odette", date(1941, 3, 12), "F", "fr")
    return emediplan.decode(emediplan.encode(emediplan.plan_object(patient, rows, WHEN)))


def test_every_posology_kind_round_trips_to_equal_lines():
    rows = _rows(LINES)
    back = emediplan.medication_inputs(_payload(rows))
    assert len(back) == len(rows)
    for row, read in zip(rows, back):
        d = row.data
        assert checked(read.posology) == d.posology, d.substances
        assert (read.atc, read.substances, read.product_name, read.strength, read.catalogue_ref, read.indication,
                read.self_medication) == (d.atc, d.substances, d.product_name, d.strength, d.catalogue_ref,
                                          d.indication, d.self_medication)
    differences = reconciliation.compare(rows, back)
    assert [x.kind for x in differences] == ["unchanged"] * len(rows)


def test_public_fields_follow_chmed16a():
    obj = emediplan.plan_object(emediplan.PlanPatient("Girard", "Odette", date(1941, 3, 12), "F"), _rows(LINES), WHEN)
    m = {d["PFields"][0]["Val"] if d["PFields"][0]["Nm"] == "ATC" else d["Id"]: d for d in obj["Medicaments"]}
    ramipril = m["C09AA05"]
    assert ramipril["Pos"] == [{"DtFrom": "2026-03-02", "D": [1.0, 0.0, 0.5, 0.0]}]
    assert (ramipril["Unit"], ramipril["Roa"], ramipril["AppInstr"]) == ("tablet", "PO", "Au cours du repas")
    # once a week on Monday, from a Wednesday: the first Monday is 5 days (and 8 hours) after DtFrom
    mtx = m["L04AX03"]["Pos"][0]
    assert mtx == {"DtFrom": "2026-03-04", "CyDu": 604800, "TT": [{"Off": 5 * 86400 + 8 * 3600, "DoFrom": 15.0}]}
    assert m["L04AX03"]["Unit"] == "mg"
    # as needed: the reserve flag, the amount a taking and the most a day
    para = m["N02BE01"]
    assert para["Pos"][0]["InRes"] == 1 and para["Pos"][0]["TT"] == [{"Off": 0, "A": 1.0, "MA": 3.0}]
    assert para["Pos"][0]["DtFrom"] == "2026-03-04" and {"Nm": "NoStart", "Val": "1"} in para["PFields"]
    assert m["R03AC02"]["Unit"] == "Hub" and m["R03AC02"]["Roa"] == "ORINHL"
    assert m["N05CF01"]["Pos"][0] == {"DtFrom": "2026-03-04", "D": [0.0, 0.0, 0.0, 1.0], "InRes": 1}
    # a unit without a CdTyp9 code of its own: "Stk", Cordée's unit in a private field
    folic = m["B03BB01"]
    assert folic["Unit"] == "Stk" and {"Nm": "Unit", "Val": "capsule"} in folic["PFields"]
    assert m["S01ED01"]["Unit"] == "gtt" and m["S01ED01"]["Roa"] == "OPTHALTA"
    assert m["Mélange de la pharmacie"]["Roa"] == "par sonde gastrique"
    assert m["A06AD11"]["Roa"] == "GT" and {"Nm": "Roa", "Val": "20021000"} in m["A06AD11"]["PFields"]


def _foreign(pos: dict, **medicament) -> MedicationInput:
    """A plan written by other software (no Cordée schema)."""
    obj = {"Patient": {"LName": "X"}, "MedType": 1, "Medicaments": [{"Id": "Produit", "IdType": 1, "Pos": [pos],
                                                                     **medicament}]}
    return emediplan.medication_inputs(obj)[0]


def test_plans_from_other_software_are_read():
    every_8_hours = _foreign({"DtFrom": "2026-03-04", "CyDu": 28800, "TT": [{"Off": 21600, "DoFrom": 1}]},
                             Unit="Stk", Roa="PO")
    p = checked(every_8_hours.posology)
    assert (p.schedule, p.cycle_days, [t.time for t in p.takings]) == ("cycle", 1, ["06:00", "14:00", "22:00"])
    assert (p.unit, p.route, every_8_hours.product_name) == ("piece", "20053000", "Produit")
    monday = _foreign({"DtFrom": "2026-03-04", "CyDu": 604800, "TT": [{"Off": "453600", "DoFrom": 15}]}, Unit="mg")
    assert checked(monday.posology).takings == (Taking(0, "06:00", "15"),)   # Wednesday + 5 days 06:00: Monday
    reserve = _foreign({"DtFrom": "2026-03-04", "InRes": 1, "TT": [{"Off": 0, "A": 2, "MA": 6}]}, Unit="Hub",
                       Roa="20020000")
    assert (reserve.posology.kind, reserve.posology.as_needed_amount, reserve.posology.max_per_day,
            reserve.posology.unit, reserve.posology.route) == ("as_needed", "2", "6", "puff", "20020000")
    old_cordee = _foreign({"D": [1, 0, "x", None, 7]}, Roa="oral", PFields=[{"Nm": "ATC", "Val": "C08CA01"}])
    assert old_cordee.atc == "C08CA01" and old_cordee.posology.route == "20053000"
    assert old_cordee.posology.times == ("1", "", "", "") and old_cordee.start_date is None
    unknown = _foreign({"DtFrom": "2026-03-04", "D": [1]}, Roa="à la louche", Unit="Kanne")
    assert (unknown.posology.route, unknown.posology.route_text, unknown.posology.unit) == (None, "à la louche", None)


@pytest.mark.parametrize("pos", [{"CyDu": 100000, "TT": [{"Off": 0, "DoFrom": 1}]}, {"TT": "x"}, {"D": "x"},
                                 {"InRes": 1}, {}, {"TT": [{"Off": -5, "DoFrom": -1}]}])
def test_odd_positions_read_as_something_the_list_accepts(pos):
    p = checked(_foreign(pos).posology)
    assert p.schedule in ("text", "as_needed")
