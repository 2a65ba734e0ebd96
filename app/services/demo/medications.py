"""Demo medication lists: chronic treatments for most adults, and one patient per finding kind.

One of the steps of ``demo.practice.STEPS``; ``generate_patients`` (100k) never calls it.
Posologies of every kind appear: times of day, once a week (alendronate, methotrexate 15 mg on Monday, folic
acid on Wednesday), as needed with a daily maximum (paracetamol, a salbutamol inhaler), eye drops.
About 60 % of adult demo patients get a list matching their conditions; a few
elderly patients carry the textbook problems the review must show (warfarin +
aspirin, SSRI + tramadol, simvastatin + clarithromycin, ≥ 10 drugs, benzodiazepine
+ amitriptyline, metformin with eGFR 25, NSAID in heart failure, penicillin allergy
with amoxicillin, two QT drugs, colchicine above its maximum dose), plus a free-text line, stopped lines and values.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from sqlmodel import Session, select

from app.models.medication import MedicationLine, MedicationLineVersion, Observation
from app.models.patient import Patient, PatientProblem
from app.services.kernel.context import ServiceContext
from app.services.medications import medication_list as medications
from app.services.medications import posology_terms
from app.services.medications.catalogue.drug_catalogue import load_products, load_substances
from app.services.medications.medication_list import MedicationInput, Posology, Taking
from app.services.medications.observations import RANGES
from app.services.medications.posology import TIME_FIELDS

# atc -> (strength, dosing, daily mg or None, route word, indication); dosing is "morning-noon-evening-night",
# "weekly:<weekday 0-6>:<amount>" or "prn:<amount>:<at most a day>" (see _posology); the mg a day follow from the
# posology and the strength when it says them (the third value is kept for the lines where it does not)
DRUGS = {
    "C08CA01": ("5 mg", "1-0-0-0", 5, "oral", "HTA"), "C09AA05": ("5 mg", "1-0-0-0", 5, "oral", "HTA"),
    "C09CA01": ("50 mg", "1-0-0-0", 50, "oral", "HTA"), "C03CA01": ("40 mg", "1-0-0-0", 40, "oral", "Œdèmes"),
    "C07AB07": ("2.5 mg", "1-0-0-0", 2.5, "oral", "Insuffisance cardiaque"),
    "C03DA01": ("25 mg", "1-0-0-0", 25, "oral", "Insuffisance cardiaque"),
    "A10BA02": ("1000 mg", "1-0-1-0", 2000, "oral", "Diabète de type 2"),
    "A10BK01": ("10 mg", "1-0-0-0", 10, "oral", "Diabète de type 2"),
    "B01AF02": ("5 mg", "1-0-1-0", 10, "oral", "Fibrillation auriculaire"),
    "C10AA05": ("20 mg", "0-0-1-0", 20, "oral", "Dyslipidémie"),
    "N06AB10": ("10 mg", "1-0-0-0", 10, "oral", "Dépression"), "N06AB06": ("50 mg", "1-0-0-0", 50, "oral",
                                                                             "Dépression"),
    "M05BA04": ("70 mg", "weekly:0:1", None, "oral", "Ostéoporose"),
    "R03AC02": ("100 µg/dose", "prn:2:8", None, "inhaled", "Asthme"),
    "R03BB04": ("18 µg", "1-0-0-0", None, "inhaled", "BPCO"), "N06DA02": ("10 mg", "0-0-1-0", 10, "oral",
                                                                           "Maladie d'Alzheimer"),
    "N02BE01": ("1 g", "prn:1:3", None, "oral", "Douleurs"), "A02BC01": ("20 mg", "1-0-0-0", 20, "oral", "RGO"),
    "H03AA01": ("75 µg", "1-0-0-0", 0.075, "oral", "Hypothyroïdie"), "M04AA01": ("100 mg", "1-0-0-0", 100, "oral",
                                                                                  "Goutte"),
    "B01AA03": ("5 mg", "0-0-1-0", 5, "oral", "Fibrillation auriculaire"),
    "B01AC06": ("75 mg", "1-0-0-0", 75, "oral", "Prévention secondaire"),
    "N02AX02": ("50 mg", "1-1-1-0", 150, "oral", "Lombalgie"), "C10AA01": ("40 mg", "0-0-1-0", 40, "oral",
                                                                           "Dyslipidémie"),
    "J01FA09": ("500 mg", "1-0-1-0", 1000, "oral", "Bronchite"), "N05BA04": ("10 mg", "0-0-0-1", 10, "oral",
                                                                             "Anxiété"),
    "N06AA09": ("25 mg", "0-0-1-0", 25, "oral", "Douleurs neuropathiques"),
    "M01AE01": ("400 mg", "1-1-1-0", 1200, "oral", "Gonarthrose"), "J01CA04": ("1 g", "1-1-1-0", 3000, "oral",
                                                                               "Angine"),
    "N06AB04": ("20 mg", "1-0-0-0", 20, "oral", "Dépression"), "N05BB01": ("25 mg", "0-0-1-0", 25, "oral",
                                                                           "Anxiété"),
    "N05CF01": ("7.5 mg", "0-0-0-1", 7.5, "oral", "Insomnie"),
    "L04AX03": ("2.5 mg", "weekly:0:15", None, "oral", "Polyarthrite rhumatoïde"),
    "B03BB01": ("5 mg", "weekly:2:1", None, "oral", "Sous méthotrexate"),
    "S01ED01": ("0.5 %", "1-0-1-0", None, "ophthalmic", "Glaucome chronique"),
    "M04AC01": ("1 mg", "1-1-1-0", 3, "oral", "Crise de goutte"),
}
# the product shown, when the first one of the catalogue has another strength
PRODUCTS = {"L04AX03": "Novatrex"}
# the unit a line counts in, when not a tablet
UNITS = {"R03AC02": "puff", "R03BB04": "capsule", "L04AX03": "mg", "S01ED01": "drop"}
INSTRUCTIONS = {"M05BA04": "Le matin à jeun avec un grand verre d'eau, rester debout 30 min",
                "L04AX03": "Le même jour chaque semaine", "N02BE01": "Espacer les prises d'au moins 4 heures",
                "R03AC02": "Si gêne respiratoire", "S01ED01": "Une goutte dans chaque œil"}
BY_CONDITION = {"I10": ["C08CA01", "C09AA05"], "E11": ["A10BA02", "A10BK01"], "I48": ["B01AF02", "C07AB07"],
                "I50": ["C03CA01", "C07AB07", "C09AA05", "C03DA01"], "F32": ["N06AB10"], "E78": ["C10AA05"],
                "M81": ["M05BA04"], "J45": ["R03AC02"], "J44": ["R03BB04"], "G30": ["N06DA02"],
                "M17": ["N02BE01"]}
COMMON = ["C08CA01", "C10AA05", "A02BC01", "H03AA01", "N02BE01", "M04AA01"]
POLYPHARMACY = ["A10BA02", "C09AA05", "C08CA01", "C10AA05", "C07AB07", "C03CA01", "B01AF02", "A02BC01",
                "H03AA01", "N02BE01", "N06AB10", "M04AA01"]
# Each scenario: (drugs, extra problems (kind, code, label), eGFR or None, minimum age)
SCENARIOS = [
    (["B01AA03", "B01AC06"], [("condition", "I48.9", "Fibrillation auriculaire")], 58, 70),
    (["N06AB06", "N02AX02"], [("condition", "F32.9", "Épisode dépressif")], 75, 50),
    (["C10AA01", "J01FA09"], [("condition", "E78.5", "Hyperlipidémie")], 70, 50),
    # also what the printed plan must show: an allergy, reserve medication, indications typed as "HTA", "RGO"
    (POLYPHARMACY, [("condition", "E11.9", "Diabète de type 2"), ("condition", "I48.9", "Fibrillation auriculaire"),
                    ("allergy", "J01C", "Pénicillines")], 48, 75),
    (["N05BA04", "N06AA09"], [], 55, 78),
    (["A10BA02", "C09AA05"], [("condition", "E11.9", "Diabète de type 2"),
                              ("condition", "N18.4", "Maladie rénale chronique stade 4")], 25, 70),
    (["M01AE01", "C03CA01"], [("condition", "I50.9", "Insuffisance cardiaque")], 62, 70),
    (["J01CA04"], [("allergy", "J01C", "Pénicillines")], 90, 30),
    (["N06AB04", "N05BB01"], [("condition", "F32.9", "Épisode dépressif")], 80, 50),
    # posologies of every kind: once a week, as needed, drops, an inhaler
    (["L04AX03", "B03BB01", "N02BE01", "S01ED01", "R03AC02"],
     [("condition", "M06.9", "Polyarthrite rhumatoïde"), ("condition", "H40.1", "Glaucome chronique")], 72, 60),
    # a dose above the SmPC maximum: colchicine 1 mg three times a day (max_doses.json: 2 mg a day)
    (["M04AC01", "M04AA01"], [("condition", "M10.9", "Goutte")], 66, 75),
]


def _posology(atc: str, dosing: str, route: str | None, start: date) -> Posology:
    """The demo posology of a drug: times of day, once a week on a weekday, or as needed with a daily maximum."""
    common = dict(unit=UNITS.get(atc, "tablet"), route=posology_terms.route_code(route), start_date=start,
                  instructions=INSTRUCTIONS.get(atc))
    if dosing.startswith("weekly:"):
        _kind, weekday, amount = dosing.split(":")
        return Posology(schedule="cycle", cycle_days=7, takings=(Taking(int(weekday), "08:00", amount),), **common)
    if dosing.startswith("prn:"):
        _kind, amount, most = dosing.split(":")
        return Posology(schedule="as_needed", as_needed_amount=amount, max_per_day=most, **common)
    parts = dosing.split("-") if dosing else []
    if not parts:
        return Posology(schedule="text", **common)
    return Posology(schedule="times", **{f: (x if x not in ("", "0") else None) for f, x in zip(TIME_FIELDS, parts)},
                    **common)


def _age(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


class _Writer:
    """Adds lines, snapshots and observations for one patient in bulk (no per-line audit: one demo event)."""

    def __init__(self, session: Session, by: str, prescribers: list[int], today: date, rng: random.Random):
        self.session, self.by, self.prescribers, self.today, self.rng = session, by, prescribers, today, rng
        self.names = {s.atc: s.inn_fr for s in load_substances()}
        self.products: dict[str, str] = {}
        for p in load_products():
            if p.atc and p.country == "FR":
                self.products.setdefault(p.atc, p.name)

    def line(self, patient_id: int, atc: str | None, *, name: str = "", stop: str | None = None,
             self_medication: bool = False) -> None:
        strength, dosing, mg, route, indication = DRUGS.get(atc or "", ("", "", None, None, None))
        start = self.today - timedelta(days=self.rng.randint(40, 1500))
        prescribed = not self_medication
        renewal = min(self.today + timedelta(days=90), start + medications.MAX_RENEWAL)   # 12 months at most
        data = MedicationInput(
            atc=atc, substances=self.names.get(atc or "", ""), product_name=PRODUCTS.get(atc or "") or self.products.get(atc) or name or None,
            catalogue_ref=f"substance:{atc}" if atc else None, strength=strength or None,
            posology=_posology(atc or "", dosing, route, start), self_medication=self_medication,
            indication=indication, daily_dose_mg=mg,
            prescriber_staff_id=self.rng.choice(self.prescribers) if prescribed and self.prescribers else None,
            renewal_allowed_until=renewal if prescribed and self.rng.random() < 0.3 and renewal > self.today
            else None)
        line = MedicationLine(patient_id=patient_id, updated_by=self.by,
                              **medications.line_values(self.session, data))
        self.session.add(line)
        self.session.flush()
        self._snapshot(line, "add")
        if stop:
            line.stopped_at = min(self.today, start + timedelta(days=self.rng.randint(20, 300)))
            line.stopped_by, line.stop_reason, line.version = self.by, stop, 2
            self._snapshot(line, "stop")

    def _snapshot(self, line: MedicationLine, change: str) -> None:
        state = medications.input_to_dict(medications.line_data(line))
        state.update(stopped_at=line.stopped_at, stopped_by=line.stopped_by, stop_reason=line.stop_reason)
        self.session.add(MedicationLineVersion(line_id=line.id, patient_id=line.patient_id, version=line.version,
                                               change=change, changed_by=self.by,
                                               snapshot=json.dumps(state, default=str, ensure_ascii=False)))

    def values(self, patient_id: int, egfr: float | None, sex: str) -> None:
        weight = round(self.rng.uniform(52, 95), 1)
        creat = round(self.rng.uniform(60, 110) if egfr is None or egfr > 45 else self.rng.uniform(160, 230))
        day = self.today - timedelta(days=self.rng.randint(5, 120))
        for code, value in (("egfr", egfr), ("weight_kg", weight), ("creatinine_umol_l", creat)):
            if value is not None:
                self.session.add(Observation(patient_id=patient_id, code=code, value=value, unit=RANGES[code][0],
                                             measured_on=day, recorded_by=self.by))


def add_demo_medications(ctx: ServiceContext, staff_ids: dict[str, int], seed: int = 11) -> int:
    """Give demo patients medication lists and values; returns how many patients got a list."""
    rng, today = random.Random(seed), date.today()
    prescribers = [i for k, i in staff_ids.items() if k.startswith("dr.") or k == "physician"]
    with ctx.transaction() as session:
        adults = [p for p in session.exec(select(Patient).order_by(Patient.id)) if _age(p.birth_date, today) >= 18]
        problems: dict[int, set[str]] = {}
        for pr in session.exec(select(PatientProblem).where(PatientProblem.code.is_not(None))):
            problems.setdefault(pr.patient_id, set()).add(pr.code)
        writer = _Writer(session, ctx.actor.display_name, prescribers, today, rng)
        used: set[int] = set()
        chosen: list[int] = []   # scenario patients, in SCENARIOS order
        for drugs, extra, egfr, min_age in SCENARIOS:
            patient = next((p for p in adults if p.id not in used and _age(p.birth_date, today) >= min_age), None)
            if patient is None:
                continue
            used.add(patient.id)
            chosen.append(patient.id)
            for kind, code, label in extra:
                if code not in problems.get(patient.id, set()):
                    session.add(PatientProblem(patient_id=patient.id, kind=kind, code=code, label=label))
            for atc in drugs:
                writer.line(patient.id, atc)
            writer.values(patient.id, egfr, patient.sex)
        if len(chosen) >= 4:   # the ≥ 10 drugs patient also has a free-text line and a stopped one
            writer.line(chosen[3], None, name="Arnica montana 9 CH granules", self_medication=True)
            writer.line(chosen[3], "N05CF01", stop="Sevrage progressif réussi")
            writer.line(chosen[0], "M01AE01", stop="Remplacé par paracétamol (sous anticoagulant)")
        made = len(used)
        for patient in adults:
            if patient.id in used or rng.random() >= 0.6:
                continue
            codes = problems.get(patient.id, set())
            drugs = [atc for prefix, atcs in BY_CONDITION.items() if any(c.startswith(prefix) for c in codes)
                     for atc in atcs]
            drugs += rng.sample(COMMON, rng.randint(0 if drugs else 1, 2))
            for atc in dict.fromkeys(drugs):
                writer.line(patient.id, atc)
            if rng.random() < 0.2:
                writer.line(patient.id, "A02BC01", stop=rng.choice(["Fin du traitement", "Effet indésirable"]))
            if rng.random() < 0.7:
                writer.values(patient.id, rng.choice([88, 74, 63, 52, 41, 35]), patient.sex)
            made += 1
        ctx.audit(session, "demo.medications", entity_type="medication_line", detail=f"{made} patients")
        return made
