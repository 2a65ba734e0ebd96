"""Patient context and medication inputs (plain values, no database)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Cockcroft-Gault with creatinine in µmol/L: 1 mg/dL = 88.4 µmol/L, constant 72.
_CG_FACTOR = 88.4 / 72.0
FEMALE_FACTOR = 0.85


def normalize_atc(code: str) -> str:
    """Upper-case ATC code without spaces."""
    return code.replace(" ", "").upper()


def normalize_icd(code: str) -> str:
    """Upper-case ICD-10 code without dot or spaces ("i50.9" -> "I509")."""
    return code.replace(".", "").replace(" ", "").upper()


def age_in_years(birth: date, as_of: date) -> int:
    """Completed years between birth and as_of."""
    return as_of.year - birth.year - ((as_of.month, as_of.day) < (birth.month, birth.day))


def cockcroft_gault(age: int, weight_kg: float, creatinine_umol_l: float, sex: str) -> float:
    """Creatinine clearance in mL/min (Cockcroft-Gault; sex factor 0.85 for women)."""
    if creatinine_umol_l <= 0 or weight_kg <= 0:
        raise ValueError("weight and creatinine must be positive")
    value = (140 - age) * weight_kg * _CG_FACTOR / creatinine_umol_l
    return value * FEMALE_FACTOR if sex == "F" else value


@dataclass(frozen=True)
class Medication:
    """One line of the medication list, identified by its ATC code."""

    atc: str
    name: str = ""
    as_needed: bool = False
    daily_dose_mg: float | None = None      # mean mg a day (as needed: the most a day)
    route: str | None = None
    topical: bool | None = None
    regular: bool | None = None
    self_medication: bool = False
    weekly_dose_mg: float | None = None     # mg a week (a weekly drug is checked per week)
    cycle_days: int | None = None           # 1 every day, 7 once a week …; None when not taken on a cycle
    route_code: str | None = None           # EDQM route code, when the line has one
    component_doses_mg: tuple[tuple[str, float], ...] = ()   # a combination: (component ATC code, mg a day) known

    @property
    def is_regular(self) -> bool:
        """Regular (chronic) use: explicit flag, else anything not taken as needed."""
        return self.regular if self.regular is not None else not self.as_needed


@dataclass(frozen=True)
class PatientContext:
    """What the engine knows about the patient at the review date."""

    as_of: date
    birth_date: date | None = None
    sex: str | None = None
    egfr: float | None = None
    weight_kg: float | None = None
    creatinine_umol_l: float | None = None
    conditions: tuple[str, ...] = ()
    allergies: tuple[str, ...] = ()
    pim_lists: frozenset[str] | None = None   # the lists for older people the practice applies (None: every list)
    _icd: tuple[str, ...] = field(default=(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_icd", tuple(normalize_icd(c) for c in self.conditions))

    @property
    def age(self) -> int | None:
        """Age in completed years at as_of, or None if the birth date is unknown."""
        return None if self.birth_date is None else age_in_years(self.birth_date, self.as_of)

    @property
    def crcl(self) -> float | None:
        """Cockcroft-Gault creatinine clearance, or None when an input is missing."""
        age = self.age
        if age is None or self.sex not in ("F", "M") or not self.weight_kg or not self.creatinine_umol_l:
            return None
        return cockcroft_gault(age, self.weight_kg, self.creatinine_umol_l, self.sex)

    def renal_value(self, metric: str) -> tuple[float, str] | None:
        """(value, metric actually used) for a rule's metric; the other metric is a fallback."""
        egfr, crcl = self.egfr, self.crcl
        order = (("crcl", crcl), ("egfr", egfr)) if metric == "crcl" else (("egfr", egfr), ("crcl", crcl))
        for name, value in order:
            if value is not None:
                return value, name
        return None

    def has_condition(self, prefixes) -> bool:
        """True if any recorded ICD-10 code starts with one of the (normalized) prefixes."""
        return any(code.startswith(p) for code in self._icd for p in prefixes)
