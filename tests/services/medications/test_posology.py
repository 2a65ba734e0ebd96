"""The posology of a line: validation that names the field (nothing stored), derived amounts (a weekly drug per
week, an as-needed one at its maximum), the words a patient reads, and the vocabularies behind it."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest
from sqlmodel import select

from app.models.medication import MedicationLine, MedicationLineVersion
from app.services.errors import ValidationError
from app.services.medications import check as medication_check
from app.services.medications import medication_list as medications
from app.services.medications import posology_terms as terms
from app.services.medications import posology_text
from app.services.medications.medication_list import MedicationInput, Posology, Taking
from app.services.medications.posology import amounts, checked, mg_per_unit, scaled
from tests.alert_support import make_patient

MONDAY = date(2026, 3, 2)
METHOTREXATE = Posology(schedule="cycle", cycle_days=7, takings=(Taking(0, "08:00", "15"),), unit="mg",
                        route="20053000", start_date=MONDAY)
PARACETAMOL = Posology(schedule="as_needed", as_needed_amount="1", max_per_day="3", unit="tablet", route="20053000")


def _line(strength: str | None, posology: Posology, atc="L04AX03", name="méthotrexate") -> MedicationInput:
    return MedicationInput(atc=atc, substances=name, strength=strength, posology=posology)


BAD = [
    ("schedule", Posology(schedule="monthly")),
    ("dose_morning", Posology(schedule="times")),                                  # no amount at all
    ("dose_noon", Posology(dose_noon="une")),
    ("dose_night", Posology(dose_night="101", unit="tablet")),                      # more than 100 tablets
    ("dose_morning", Posology(schedule="as_needed", dose_morning="1")),             # not used by the schedule
    ("cycle_days", Posology(schedule="cycle", cycle_days=0, takings=(Taking(0, "08:00", "1"),))),
    ("cycle_days", Posology(schedule="cycle", cycle_days="sept", takings=(Taking(0, "08:00", "1"),))),
    ("cycle_days", Posology(schedule="cycle", cycle_days=400, takings=(Taking(0, "08:00", "1"),))),
    ("takings", Posology(schedule="cycle", cycle_days=7)),
    ("takings[1].day", Posology(schedule="cycle", cycle_days=7, takings=(Taking(7, "08:00", "1"),))),
    ("takings[2].time", Posology(schedule="cycle", cycle_days=7,
                                 takings=(Taking(0, "08:00", "1"), Taking(1, "25:00", "1")))),
    ("takings[1].amount", Posology(schedule="cycle", cycle_days=7, takings=(Taking(0, "08:00", ""),))),
    ("takings[2].time", Posology(schedule="cycle", cycle_days=7,
                                 takings=(Taking(0, "08:00", "1"), Taking(0, "8:00", "2")))),   # twice
    ("max_per_day", Posology(schedule="as_needed", as_needed_amount="2", max_per_day="1")),
    ("as_needed_amount", Posology(schedule="as_needed", max_per_day="3")),
    ("in_reserve", Posology(schedule="as_needed", in_reserve=True)),
    ("unit", Posology(dose_morning="1", unit="bucket")),
    ("route", Posology(dose_morning="1", route="12345678")),
    ("route_text", Posology(dose_morning="1", route="20053000", route_text="par la bouche")),
    ("end_date", Posology(dose_morning="1", start_date="02.03.2026", end_date="01.03.2026")),
    ("start_date", Posology(dose_morning="1", start_date="02.03.1800")),
]


@pytest.mark.parametrize("field, posology", BAD)
def test_bad_posology_names_the_field_and_stores_nothing(practice, field, posology):
    pid = make_patient(practice)
    with pytest.raises(ValidationError) as err:
        medications.add_medication(practice.ctx["physician"], pid, _line("2.5 mg", posology))
    assert err.value.field == field
    assert " " not in err.value.code   # a code, not a sentence
    with practice.db.session() as s:
        assert s.exec(select(MedicationLine)).all() == [] and s.exec(select(MedicationLineVersion)).all() == []


def test_codes_carry_their_parameters():
    with pytest.raises(ValidationError) as err:
        checked(Posology(dose_night="101", unit="tablet"))
    assert (err.value.code, err.value.params) == ("medications.amount_too_large", {"max": 100})
    with pytest.raises(ValidationError) as err:
        checked(Posology(schedule="cycle", cycle_days=7, takings=(Taking(9, "08:00", "1"),)))
    assert (err.value.code, err.value.params) == ("out_of_range", {"min": 0, "max": 6})


def test_schedule_is_read_from_the_fields_and_normalised():
    assert checked(Posology(dose_evening="½")).schedule == "times"
    assert checked(Posology(dose_evening="½")).dose_evening == "0.5"
    assert checked(Posology(as_needed_amount="1")).schedule == "as_needed"
    assert checked(Posology()).schedule == "text"
    weekly = checked(Posology(cycle_days="7", takings=(Taking("3", "8h30", "1/2"), Taking(0, "08:00", 1))))
    assert weekly.schedule == "cycle" and weekly.cycle_days == 7
    assert weekly.takings == (Taking(0, "08:00", "1"), Taking(3, "08:30", "0.5"))   # sorted, canonical
    assert checked(Posology(dose_morning="1", route_text="Voie orale")).route == "20053000"   # a term is its code
    assert checked(Posology(dose_morning="1", route_text="oral")).route_text is None


def test_weekly_methotrexate_counts_per_week_not_per_day(practice):
    pid = make_patient(practice, problems=[("condition", "Polyarthrite rhumatoïde", "M06.9")])
    doc = practice.ctx["physician"]
    medications.add_medication(doc, pid, _line("2.5 mg", METHOTREXATE))
    row = medications.list_current(doc, pid)[0]
    a = row.data.amounts()
    assert (a.per_week, a.per_day, a.cycle_days) == (Fraction(15), Fraction(15, 7), 7)
    assert a.mg_per_week == 15.0 and row.data.daily_dose_mg == pytest.approx(15 / 7, abs=1e-4)
    engine_view = medication_check.to_medication(row)
    assert engine_view.weekly_dose_mg == 15.0 and engine_view.cycle_days == 7
    assert engine_view.daily_dose_mg == pytest.approx(15 / 7, abs=1e-4) and engine_view.is_regular
    assert engine_view.route == "oral" and engine_view.route_code == "20053000"
    daily = _line("2.5 mg", Posology(dose_morning="6", unit="tablet"))
    medications.add_medication(doc, pid, daily)
    daily_row = next(r for r in medications.list_current(doc, pid) if r.data.posology.kind == "times")
    assert medication_check.to_medication(daily_row).weekly_dose_mg == 105.0   # 15 mg a day is 105 mg a week


def test_as_needed_gives_its_maximum_a_day(practice):
    pid = make_patient(practice)
    doc = practice.ctx["physician"]
    medications.add_medication(doc, pid, _line("1 g", PARACETAMOL, "N02BE01", "paracétamol"))
    row = medications.list_current(doc, pid)[0]
    a = row.data.amounts()
    assert (a.per_day, a.per_week, a.max_per_day, a.max_mg_per_day) == (None, None, Fraction(3), 3000.0)
    assert row.data.daily_dose_mg == 3000.0 and row.data.as_needed
    view = medication_check.to_medication(row)
    assert view.as_needed and not view.is_regular and view.cycle_days is None and view.weekly_dose_mg is None


@pytest.mark.parametrize("strength, unit, expected", [
    ("5 mg", "tablet", Fraction(5)), ("1 g", "tablet", Fraction(1000)), ("75 µg", "tablet", Fraction(3, 40)),
    ("100 µg/dose", "puff", Fraction(1, 10)), ("500 mg/5 ml", "ml", Fraction(100)), ("20 mg/ml", "ml", Fraction(20)),
    ("2,5 mg", "capsule", Fraction(5, 2)), (None, "mg", Fraction(1)), ("whatever", "g", Fraction(1000)),
    ("50 mg/12.5 mg", "tablet", None), ("25 µg/h", "patch", None), ("0.5 %", "drop", None), ("5 mg", None, None),
    ("20 mg/ml", "drop", None), ("100 U/ml", "unit", None)])
def test_mg_per_unit_only_where_the_strength_says_it(strength, unit, expected):
    assert mg_per_unit(strength, unit) == expected


def test_times_of_day_amounts():
    a = amounts(checked(Posology(dose_morning="1", dose_evening="1", unit="tablet")), "5 mg")
    assert (a.per_day, a.per_week, a.mg_per_day, a.mg_per_week) == (2, 14, 10.0, 70.0)
    reserve = amounts(checked(Posology(dose_evening="1", in_reserve=True, unit="tablet")), "5 mg")
    assert reserve.per_day is None and reserve.max_per_day == 1 and reserve.daily_mg == 5.0
    drops = amounts(checked(Posology(dose_morning="2", dose_night="2", unit="drop")), "0.5 %")
    assert drops.per_day == 4 and drops.mg_per_day is None


@pytest.mark.parametrize("posology, fr, de, en", [
    (Posology(dose_morning="1", dose_evening="1", unit="tablet"), "1-0-1-0 comprimés", "1-0-1-0 Tabletten",
     "1-0-1-0 tablets"),
    (Posology(dose_morning="0.5", unit="tablet"), "½-0-0-0 comprimé", "½-0-0-0 Tablette", "½-0-0-0 tablet"),
    (METHOTREXATE, "15 mg une fois par semaine, le lundi", "15 mg einmal pro Woche, am Montag",
     "15 mg once a week on Monday"),
    (Posology(cycle_days=7, takings=(Taking(0, "08:00", "1"), Taking(3, "08:00", "1")), unit="tablet"),
     "1 comprimé deux fois par semaine, le lundi et le jeudi",
     "1 Tablette zweimal pro Woche, am Montag und Donnerstag", "1 tablet twice a week on Monday and Thursday"),
    (Posology(cycle_days=14, takings=(Taking(2, "18:00", "1"),), unit="capsule"),
     "1 gélule toutes les 2 semaines, le mercredi, le soir", "1 Kapsel alle 2 Wochen, am Mittwoch, abends",
     "1 capsule every 2 weeks on Wednesday in the evening"),
    (Posology(cycle_days=3, takings=(Taking(0, "08:00", "1"),), unit="sachet"), "1 sachet tous les 3 jours",
     "1 Beutel alle 3 Tage", "1 sachet every 3 days"),
    (PARACETAMOL, "si besoin : 1 comprimé, au maximum 3 par jour", "bei Bedarf: 1 Tablette, höchstens 3 pro Tag",
     "if needed: 1 tablet, at most 3 a day"),
    (Posology(schedule="as_needed", as_needed_amount="2", unit="puff"), "si besoin : 2 bouffées",
     "bei Bedarf: 2 Hübe", "if needed: 2 puffs"),
    (Posology(dose_morning="2", dose_night="2", unit="drop"), "2-0-0-2 gouttes", "2-0-0-2 Tropfen",
     "2-0-0-2 drops"),
    (Posology(schedule="text", instructions="selon INR"), "voir les instructions", "siehe Anwendung",
     "see instructions"),
])
def test_posology_reads_in_each_language(posology, fr, de, en):
    p = checked(posology)
    assert [posology_text.describe(p, lang) for lang in ("fr", "de", "en")] == [fr, de, en]


def test_routes_and_units_are_data_with_their_sources():
    routes = terms.routes()
    assert len(routes) == 81 and routes["20053000"].label("fr") == "Voie orale"
    assert routes["20053000"].label("de") == "zum Einnehmen" and routes["20053000"].label("en") == "Oral use"
    assert routes["20053000"].cdtyp26 == "PO" and terms.route_from_cdtyp26("ORINHL") == "20020000"
    assert all(r.fr and r.de and r.en for r in routes.values())
    assert terms.route_code("inhaled") == "20020000" and terms.route_code("Voie inhalée") == "20020000"
    assert terms.route_code("par la fenêtre") is None and terms.route_word("20045000") == "intravenous"
    common = [r.code for r in terms.routes_for_choice("fr")[:15]]
    assert "20053000" in common and all(routes[c].common for c in common)
    units = terms.units()
    assert units["tablet"].cdtyp9 == "tablet" and units["puff"].cdtyp9 == "Hub" and units["capsule"].cdtyp9 is None
    assert terms.unit_label("drop", "de", plural=True) == "Tropfen" and terms.unit_from_cdtyp9("gtt") == "drop"


def test_scaled_keeps_the_schedule_and_names_the_field_of_an_amount_it_makes_too_large():
    weekly = scaled(checked(METHOTREXATE), Fraction(1, 2))
    assert (weekly.kind, weekly.cycle_days, [(t.day, t.time, t.amount) for t in weekly.takings]) == (
        "cycle", 7, [(0, "08:00", "7.5")])
    prn = scaled(checked(PARACETAMOL), 0.5)
    assert (prn.as_needed_amount, prn.max_per_day, prn.route) == ("0.5", "1.5", "20053000")
    see = checked(Posology(schedule="text", instructions="Selon l'INR"))
    assert scaled(see, 0.5) == see
    with pytest.raises(ValidationError) as err:
        scaled(checked(Posology(dose_morning="1", dose_evening="60", unit="tablet")), 2)
    assert (err.value.field, err.value.code) == ("dose_evening", "medications.amount_too_large")
