"""Medication review benchmarks (on demand).

Run: .venv/bin/python -m pytest tests/benchmarks/test_medication_review_bench.py --benchmark-only -s

Targets (issue 12): a review of 20 drugs ≤ 1 ms once the knowledge is loaded, loading the knowledge ≤ 150 ms,
10,000 JSON Lines cases ≤ 10 s for the whole process (``cordee review``). Wall-clock figures are printed with the
CPU time of this process beside them: on a shared machine the wall clock counts the other processes too.
"""

from __future__ import annotations

import csv
import json
import random
import resource
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from app.resources import resource_dir
from app.services.medications.review import Medication, PatientContext, load_knowledge, read_pack, review
from app.services.medications.review.knowledge import knowledge_dir

TWENTY = ["B01AA03", "M01AE01", "B01AC06", "A02BC01", "C09AA05", "C03CA01", "C03DA01", "N06AB04", "N05BA01",
          "N02AA05", "C07AB07", "C10AA01", "C01AA05", "A10BA02", "G04BD07", "N03AX16", "H03AA01", "A12AA04",
          "C08CA01", "N02BE01"]
PATIENT = PatientContext(as_of=date(2026, 11, 23), birth_date=date(1944, 5, 2), sex="F", egfr=41, weight_kg=58,
                         creatinine_umol_l=118, conditions=("I50.9", "E11.9"), allergies=("J01C",))
MEDS = [Medication(atc=c, name=c) for c in TWENTY]


def _cpu_and_wall(fn, n: int) -> tuple[float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(n):
        fn()
    return (time.process_time() - cpu) / n, (time.perf_counter() - wall) / n


def test_review_one_patient_with_20_medications(benchmark):
    kb = load_knowledge()
    first_cpu = time.process_time()
    review(PATIENT, MEDS, knowledge=kb)                     # first review of this list: every pair evaluated
    first = time.process_time() - first_cpu
    findings = benchmark(review, PATIENT, MEDS)
    cpu, wall = _cpu_and_wall(lambda: review(PATIENT, MEDS, knowledge=kb), 300)
    print(f"\nreview of 20 drugs: {cpu * 1000:.2f} ms CPU, {wall * 1000:.2f} ms wall "
          f"(first review of the list: {first * 1000:.2f} ms CPU); {len(findings)} findings")
    assert findings


def test_knowledge_load(benchmark):
    kb = benchmark(read_pack, knowledge_dir())
    cpu, wall = _cpu_and_wall(lambda: read_pack(knowledge_dir()), 5)
    print(f"\nknowledge load: {cpu * 1000:.1f} ms CPU, {wall * 1000:.1f} ms wall")
    assert kb.counts()["ansm_rules"] >= 1500


def _cases(n: int, seed: int = 12) -> list[dict]:
    with resource_dir("catalogue", "substances.csv").open(encoding="utf-8", newline="") as fh:
        codes = sorted({row["atc"] for row in csv.DictReader(fh) if len(row["atc"]) == 7})
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        meds = [{"atc": c, "name": c} for c in rnd.sample(codes, rnd.randint(3, 15))]
        out.append({"id": i, "as_of": "2026-11-23", "lang": rnd.choice(["fr", "de", "en"]),
                    "patient": {"birth_date": f"{rnd.randint(1930, 2000)}-05-02", "sex": rnd.choice("FM"),
                                "egfr": rnd.choice([None, 25, 45, 70, 95]), "conditions": []},
                    "medications": meds})
    return out


def test_10000_json_lines_cases_whole_process(tmp_path, benchmark):
    source, target = tmp_path / "cases.jsonl", tmp_path / "out.jsonl"
    source.write_text("".join(json.dumps(c) + "\n" for c in _cases(10_000)), encoding="utf-8")
    start, children = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    done = benchmark.pedantic(subprocess.run, args=([sys.executable, "-m", "app.cli", "review", "--input", str(source),
                                                     "--output", str(target)],),
                              kwargs={"capture_output": True, "text": True, "timeout": 600,
                                      "cwd": Path(__file__).resolve().parents[2]}, rounds=1, iterations=1)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - children.ru_utime) + (after.ru_stime - children.ru_stime)
    assert done.returncode == 0, done.stderr
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 10_000 and not [line for line in lines if '"error"' in line]
    print(f"\n10,000 JSON Lines cases, whole process: {cpu:.1f} s CPU, {wall:.1f} s wall")
