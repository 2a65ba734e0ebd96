"""Medication review benchmarks (opt-in: pytest tests/benchmarks --benchmark-enable --benchmark-only)."""

from __future__ import annotations

from datetime import date

from app.services.medications.review import Medication, PatientContext, load_knowledge, read_pack, review
from app.services.medications.review.knowledge import knowledge_dir

TWENTY = ["B01AA03", "M01AE01", "B01AC06", "A02BC01", "C09AA05", "C03CA01", "C03DA01", "N06AB04", "N05BA01",
          "N02AA05", "C07AB07", "C10AA01", "C01AA05", "A10BA02", "G04BD07", "N03AX16", "H03AA01", "A12AA04",
          "C08CA01", "N02BE01"]
PATIENT = PatientContext(as_of=date(2026, 11, 23), birth_date=date(1944, 5, 2), sex="F", egfr=41, weight_kg=58,
                         creatinine_umol_l=118, conditions=("I50.9", "E11.9"), allergies=("J01C",))
MEDS = [Medication(atc=c, name=c) for c in TWENTY]


def test_review_one_patient_with_20_medications(benchmark):
    load_knowledge()
    findings = benchmark(review, PATIENT, MEDS)
    assert findings
    assert benchmark.stats.stats.mean < 0.001  # ≤ 1 ms once the pack is loaded


def test_knowledge_load(benchmark):
    kb = benchmark(read_pack, knowledge_dir())
    assert kb.counts()["interaction"] >= 300
    assert benchmark.stats.stats.mean < 0.150  # ≤ 150 ms
