"""The whole practice, clinical part: medication lists (from the catalogue's products, with posology), each line
with its history as the medication list service keeps it (its "add" version, a dose changed on the day it was
changed, a stop on the day it was stopped), and dated clinical values. Rows are built here and written in bulk by
``whole_practice``; each line holds the column values the medication list service would have written
(``medication_list.line_values``) and its version snapshots the same JSON.

The history is what the anticholinergic-burden and risk timeline (``medications.timeline``) is drawn from: lines
started over three years, some doses changed, some lines stopped, and for a share of older patients drugs taken
earlier and stopped since. (The knowledge edition of each point is the one the practice installed then, kept in
``knowledge_edition``; the generator installs none — it has no older thesaurus to install — so the timeline labels
its points with today's knowledge, as it does in any practice that never installed an edition.)

Shares (house assumption, see the README): the share of patients with a medication list and its length rise
with age, so that patients of 75 and more take 5 to 12 drugs, as in French and Swiss general practice.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlmodel import Session

from app.models.medication import MedicationChange, ObservationCode
from app.services.medications import medication_list
from app.services.medications import posology as posologies
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
STOPPED_SHARE = 0.08        # of the lines picked: stopped since
DOSE_CHANGE_SHARE = 0.12    # of the other lines started more than two months ago: the dose changed once
EARLIER_SHARE = 0.30        # of patients of 65 and more with a list: one or two drugs taken earlier, stopped since
POSOLOGY_COLUMNS = ("schedule", "dose_morning", "dose_noon", "dose_evening", "dose_night", "cycle_days", "takings",
                    "as_needed_amount", "max_per_day", "unit", "route", "route_text", "instructions", "as_needed",
                    "daily_dose_mg")


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


@dataclass
class GenLine:
    """One generated line: its columns as they stand today, the snapshot of its addition and its later changes
    (day, "change" or "stop", the snapshot the list service keeps, who made it)."""

    values: dict
    added: dict
    changes: list[tuple[date, str, dict, str]] = field(default_factory=list)

    @property
    def start(self) -> date:
        return self.values["start_date"]

    @property
    def stopped(self) -> bool:
        return self.values.get("stopped_at") is not None

    @property
    def last_day(self) -> date:
        """The day of its last change (its start when never changed)."""
        return self.changes[-1][0] if self.changes else self.start

    @property
    def current(self) -> dict:
        """The snapshot of the line as it stands (input values, without the stop fields)."""
        return self.changes[-1][2] if self.changes else self.added

    def change(self, day: date, values: dict, snapshot: dict, by: str) -> None:
        """A change of the line's posology on ``day``: ``values`` its new columns, ``snapshot`` its new input."""
        self.values.update({k: values[k] for k in POSOLOGY_COLUMNS})
        self.changes.append((day, MedicationChange.CHANGE.value,
                             dict(snapshot, stopped_at=None, stopped_by=None, stop_reason=None), by))

    def stop(self, day: date, reason: str, by: str) -> None:
        self.values.update(stopped_at=day, stopped_by=by, stop_reason=reason)
        self.changes.append((day, MedicationChange.STOP.value,
                             dict(self.current, stopped_at=day.isoformat(), stopped_by=by, stop_reason=reason), by))


class ClinicalBuilder:
    """Builds the medication lines and clinical values of one patient at a time (rows only, no session)."""

    def __init__(self, session: Session, rng: random.Random, today: date, prescriber_ids: list[int], by: str):
        self.rng, self.today, self.prescribers, self.by = rng, today, prescriber_ids, by
        self.everyone, self.older = _templates(session)
        self._doses: dict[tuple[str, tuple], dict] = {}

    def columns(self, line: GenLine, posology: Posology) -> tuple[dict, dict]:
        """(the line's posology columns, its input snapshot) when ``line`` (taken by times of day) is taken as
        ``posology`` instead: the amounts by time of day change and the daily dose in mg with them, as
        ``medication_list.line_values`` derives it; the rest of the posology stays the line's (remembered by
        product and amounts)."""
        doses = {name: getattr(posology, name) for name in posologies.TIME_FIELDS}
        snapshot = dict(line.current, posology=dict(line.current["posology"], **doses))
        key = (line.values.get("catalogue_ref") or line.values["substances"], tuple(doses.values()))
        values = self._doses.get(key)
        if values is None:
            derived = posologies.amounts(posologies.from_dict(snapshot["posology"]), line.values.get("strength")).daily_mg
            values = self._doses[key] = dict({name: line.values[name] for name in POSOLOGY_COLUMNS}, **doses,
                                             daily_dose_mg=round(derived, 4) if derived is not None else None)
        return values, snapshot

    def _line(self, template: LineTemplate, start: date) -> GenLine:
        values = dict(template.values, start_date=start, prescriber_staff_id=self.rng.choice(self.prescribers))
        snapshot = dict(template.snapshot, prescriber_staff_id=values["prescriber_staff_id"],
                        posology=dict(template.snapshot["posology"], start_date=start.isoformat()))
        return GenLine(values, snapshot)

    def _new_dose(self, line: GenLine) -> None:
        """The dose changed once, between a month after the start and ten days ago (another schedule)."""
        rng = self.rng
        day = line.start + timedelta(days=rng.randint(30, (self.today - line.start).days - 10))
        before = tuple(line.current["posology"].get(name) for name in posologies.TIME_FIELDS)
        doses = rng.choice([s for s in SCHEDULES if s != before])
        values, snapshot = self.columns(line, Posology(**dict(zip(posologies.TIME_FIELDS, doses, strict=True))))
        line.change(day, values, snapshot, self.by)

    def medication_lines(self, age: float) -> list[GenLine]:
        """The lines of a patient of this age, with their history (stopped lines carry their stop)."""
        rng = self.rng
        share, fewest, most = next(band[1:] for band in MEDICATION_SHARES if age >= band[0])
        if rng.random() >= share:
            return []
        pool = self.older if age >= 65 else self.everyone
        picked = rng.sample(pool, min(len(pool), rng.randint(fewest, most)))
        out = []
        for template in picked:
            line = self._line(template, self.today - timedelta(days=rng.randint(30, PERIOD_DAYS)))
            if rng.random() < STOPPED_SHARE:
                line.stop(min(self.today, line.start + timedelta(days=rng.randint(10, 400))), rng.choice(STOP_REASONS),
                          self.by)
            elif (self.today - line.start).days > 60 and rng.random() < DOSE_CHANGE_SHARE:
                self._new_dose(line)
            out.append(line)
        if age >= 65 and rng.random() < EARLIER_SHARE:   # drugs taken earlier, stopped since
            names = {t.values["catalogue_ref"] for t in picked}
            for template in rng.sample(pool, min(len(pool), 2))[:rng.randint(1, 2)]:
                if template.values["catalogue_ref"] in names:
                    continue
                line = self._line(template, self.today - timedelta(days=rng.randint(200, PERIOD_DAYS)))
                line.stop(line.start + timedelta(days=rng.randint(30, (self.today - line.start).days - 20)),
                          rng.choice(STOP_REASONS), self.by)
                out.append(line)
        return out

    def versions(self, line_id: int, patient_id: int, line: GenLine, stamp) -> list[dict]:
        """The line's version rows: its addition, then each change on its day (as the list service writes them)."""
        added = dict(line.added, stopped_at=None, stopped_by=None, stop_reason=None)
        rows = [{"line_id": line_id, "patient_id": patient_id, "version": 1, "change": MedicationChange.ADD.value,
                 "changed_at": stamp(line.start), "changed_by": self.by,
                 "snapshot": json.dumps(added, default=str, ensure_ascii=False)}]
        for version, (day, change, snapshot, by) in enumerate(line.changes, start=2):
            rows.append({"line_id": line_id, "patient_id": patient_id, "version": version, "change": change,
                         "changed_at": stamp(day), "changed_by": by,
                         "snapshot": json.dumps(snapshot, default=str, ensure_ascii=False)})
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


def line_row(line: GenLine, patient_id: int, by: str, stamp) -> dict:
    """The line's row: today's columns, its version the number of its snapshots, updated on its last change."""
    last_by = line.changes[-1][3] if line.changes else by
    return dict(with_stop_columns(line.values), patient_id=patient_id, version=1 + len(line.changes),
                created_at=stamp(line.start), updated_at=stamp(line.last_day), updated_by=last_by)
