"""Small builders for medication review tests."""

from __future__ import annotations

from datetime import date

from app.services.medications.review import Medication, PatientContext, review

AS_OF = date(2026, 11, 23)


def patient(age: int | None = 50, **kw) -> PatientContext:
    """A patient of the given age on AS_OF (None = unknown birth date)."""
    birth = None if age is None else date(AS_OF.year - age, 1, 1)
    kw.setdefault("sex", "M")
    for key in ("conditions", "allergies"):
        kw[key] = tuple(kw.get(key, ()))
    return PatientContext(as_of=AS_OF, birth_date=birth, **kw)


def med(atc: str, name: str | None = None, **kw) -> Medication:
    """A regular medication identified by its ATC code."""
    return Medication(atc=atc, name=name or atc, **kw)


def run(codes, *, lang: str = "fr", **patient_kw):
    """Review plain codes (or Medication objects) for a patient built from patient_kw."""
    meds = [c if isinstance(c, Medication) else med(c) for c in codes]
    return review(patient(**patient_kw), meds, lang=lang)


def of_kind(findings, kind: str):
    """Findings of one kind."""
    return [f for f in findings if f.kind == kind]


def one(findings, kind: str, *codes: str):
    """The single finding of kind whose ATC codes include all of codes (asserts there is exactly one)."""
    hits = [f for f in findings if f.kind == kind and set(codes) <= set(f.atc)]
    assert len(hits) == 1, f"expected one {kind} finding with {codes}, got {[(f.kind, f.atc, f.rule) for f in findings]}"
    return hits[0]


def none_of(findings, kind: str, *codes: str) -> bool:
    """True when no finding of kind involves all of codes."""
    return not [f for f in findings if f.kind == kind and set(codes) <= set(f.atc)]
