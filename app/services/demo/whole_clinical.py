"""The whole practice, clinical part: medication lists (from the catalogue's products, with posology and their
"add" version, some stopped), dated clinical values. Rows are built here and written in bulk by
``whole_practice``; each line holds the column values the medication list service would have written
(``medication_list.line_values``) and its version snapshot the same JSON.

Shares (house assumption, see the README): the share of patients with a medication list and its length rise
with age, so that patients of 75 and more take 5 to 12 drugs, as in French and Swiss general practice.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session

from app.models.medication import MedicationChange, ObservationCode
from app.services.medications import medication_list
from app.services.medications.catalogue import drug_catalogue
from app.services.medications.medication_list import MedicationInput
from app.services.medications.posology import Posology

# age band (lower bound in years) -> (share with a list, fewest lines, most lines)
MEDICATION_SHARES = ((75, 0.95, 5, 12), (65, 0.85, 5, 9), (45, 0.60, 2, 5), (18, 0.35, 1, 3), (0, 0.15, 1, 2))
SCHEDULES = (("1", None, None, None), ("1", None, "1", None), (None, None, "1", None), ("1", "1", "1", None),
             ("0.5", None, None, None))
STOP_REASONS = ("effet indésirable", "traitement terminé", "remplacé", "sur avis du pharmacien")
# Drugs common in older patients' lists (ATC prefixes): picked first so that the review finds what it finds in
# real lists (interactions, lists for older people, renal doses, duplications).
OLDER_PREFIXES = ("C09", "C07", "C03", "C10", "B01", "A10", "N05", "N06", "N02", "M01", "A02", "C08", "N03", "R03")
PERIOD_DAYS = 3 * 365


@dataclass(frozen=True)
class LineTemplate:
    """A product with a posology: the checked column values and the snapshot without its start date."""

    values: dict
    snapshot: dict


def _templates(session: Session) -> tuple[list[LineTemplate], list[LineTemplate]]:
    """(every product's templates, the older patients' products' templates), from the shipped catalogue."""
    substances = {s.atc: s.inn_fr for s in drug_catalogue.load_substances()}
    everyone, older = [], []
    for product in drug_catalogue.load_products():
        if not product.atc or product.atc not in substances or "/" in product.strength or not product.strength:
            continue
        doses = SCHEDULES[len(everyone) % len(SCHEDULES)]
        data = MedicationInput(atc=product.atc, substances=substances[product.atc], product_name=product.name,
                               catalogue_ref=f"product:{product.name}", strength=product.strength,
                               posology=Posology(schedule="times", dose_morning=doses[0], dose_noon=doses[1],
                                                 dose_evening=doses[2], dose_night=doses[3], unit="tablet",
                                                 route="20053000"))
        try:
            values = medication_list.line_values(session, data)
        except Exception:   # noqa: BLE001  a product the list would refuse with this posology is left out
            continue
        template = LineTemplate(values, medication_list.input_to_dict(data))
        everyone.append(template)
        if product.atc.startswith(OLDER_PREFIXES):
            older.append(template)
    return everyone, older


class ClinicalBuilder:
    """Builds the medication lines and clinical values of one patient at a time (rows only, no session)."""

    def __init__(self, session: Session, rng: random.Random, today: date, prescriber_ids: list[int], by: str):
        self.rng, self.today, self.prescribers, self.by = rng, today, prescriber_ids, by
        self.everyone, self.older = _templates(session)

    def medication_lines(self, age: float) -> list[tuple[dict, dict]]:
        """(line values, snapshot) of the lines of a patient of this age; stopped lines carry their stop."""
        rng = self.rng
        share, fewest, most = next(band[1:] for band in MEDICATION_SHARES if age >= band[0])
        if rng.random() >= share:
            return []
        pool = self.older if age >= 65 else self.everyone
        picked = rng.sample(pool, min(len(pool), rng.randint(fewest, most)))
        out = []
        for template in picked:
            start = self.today - timedelta(days=rng.randint(30, PERIOD_DAYS))
            values = dict(template.values, start_date=start, prescriber_staff_id=rng.choice(self.prescribers))
            snapshot = dict(template.snapshot, prescriber_staff_id=values["prescriber_staff_id"],
                            posology=dict(template.snapshot["posology"], start_date=start.isoformat()))
            if rng.random() < 0.08:
                stopped = min(self.today, start + timedelta(days=rng.randint(10, 400)))
                values.update(stopped_at=stopped, stopped_by=self.by, stop_reason=rng.choice(STOP_REASONS), version=2)
            out.append((values, snapshot))
        return out

    def versions(self, line_id: int, patient_id: int, values: dict, snapshot: dict, stamp) -> list[dict]:
        """The line's version rows: its addition, and its stop when stopped (as the list service writes them)."""
        added = dict(snapshot, stopped_at=None, stopped_by=None, stop_reason=None)
        rows = [{"line_id": line_id, "patient_id": patient_id, "version": 1, "change": MedicationChange.ADD.value,
                 "changed_at": stamp, "changed_by": self.by, "snapshot": json.dumps(added, default=str,
                                                                                    ensure_ascii=False)}]
        if values.get("stopped_at"):
            stopped = dict(snapshot, stopped_at=values["stopped_at"].isoformat(), stopped_by=self.by,
                           stop_reason=values["stop_reason"])
            rows.append({"line_id": line_id, "patient_id": patient_id, "version": 2,
                         "change": MedicationChange.STOP.value, "changed_at": stamp, "changed_by": self.by,
                         "snapshot": json.dumps(stopped, default=str, ensure_ascii=False)})
        return rows

    def observations(self, patient_id: int, age: float, sex: str, diabetic: bool, stamp) -> list[dict]:
        """Dated clinical values: weight and blood pressure; renal function from 65; HbA1c for diabetics."""
        rng = self.rng
        rows = []
        for _ in range(rng.randint(1, 3)):
            day = self.today - timedelta(days=rng.randint(0, PERIOD_DAYS))
            values = [(ObservationCode.WEIGHT, round(rng.gauss(78 if sex == "M" else 66, 12), 1), "kg"),
                      (ObservationCode.SYSTOLIC_BP, float(rng.randint(105, 175)), "mmHg"),
                      (ObservationCode.DIASTOLIC_BP, float(rng.randint(60, 100)), "mmHg")]
            if age >= 65:
                egfr = max(8.0, round(rng.gauss(95 - age * 0.6, 15)))
                values += [(ObservationCode.EGFR, egfr, "mL/min/1.73m²"),
                           (ObservationCode.CREATININE, round(7000 / egfr, 0), "µmol/L")]
            if diabetic:
                values.append((ObservationCode.HBA1C, round(rng.uniform(6.0, 9.5), 1), "%"))
            rows += [{"patient_id": patient_id, "code": code.value, "value": value, "unit": unit, "measured_on": day,
                      "recorded_at": stamp, "recorded_by": self.by} for code, value, unit in values]
        return rows


def with_stop_columns(values: dict) -> dict:
    """A line's values with the stop columns present (one executemany needs the same keys on every row)."""
    return {"stopped_at": None, "stopped_by": None, "stop_reason": None, **values}
