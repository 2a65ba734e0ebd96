"""Benchmark (on demand): the overdue list of each condition and prevention group for a generated practice of
100,000 patients (CORDEE_BENCH_DUE to change) in ≤ 200 ms at the service layer, on the encrypted file.

The practice is generated lean: patients with their problems (the demo generator's), acts done for a share of their
items (the demo's), then every patient's items computed in batch (``engine.refresh_all``, timed and printed).

Run: .venv/bin/python -m pytest tests/benchmarks/test_due_care_bench.py -o addopts="" --benchmark-enable -s
"""

from __future__ import annotations

import os
import random
import time
from datetime import date

import pytest

from app.models.due_care import RecordedAct
from app.services.demo import base
from app.services.demo import due_care as demo_due_care
from app.services.demo.bulk import insert_rows
from app.services.due_care import engine, schedules, worklist
from app.services.storage.database import create_encrypted
from tests.conftest import PASSPHRASE, TEST_KDF
from tests.support import build_practice

pytestmark = pytest.mark.benchmark

N = int(os.environ.get("CORDEE_BENCH_DUE", "100000"))
BUDGET_S = 0.200
COUNTS_BUDGET_S = 1.0    # the counts of every group (20 capped counts), shown when the lists open
GROUPS = tuple(schedules.load().groups)
# the demo generator codes no coronary disease and gives this lean practice no medications (no anticoagulant)
EMPTY_HERE = {"coronary", "af_anticoag"}


@pytest.fixture(scope="module")
def big_practice(tmp_path_factory):
    db, recovery = create_encrypted(tmp_path_factory.mktemp("due") / "p.db", PASSPHRASE, kdf=TEST_KDF,
                                    use_keyring=False)
    fx = build_practice(db, None, recovery)
    rng, pools, today = random.Random(3), base.pools_for(3), date.today()
    started = time.perf_counter()
    with db.session() as s, s.begin():
        for start in range(0, N, 5000):
            made = base.insert_patients(s, rng, pools, today, min(5000, N - start), "bench")
            insert_rows(s, RecordedAct, demo_due_care.act_rows(
                rng, today, [(pid, row["birth_date"], row["sex"], row["country"],
                              [c for kind, c, _ in problems if kind != "allergy"]) for pid, row, problems in made],
                "bench"))
    generated = time.perf_counter()
    with db.session() as s, s.begin():
        items = engine.refresh_all(s)
    print(f"\n{N} patients generated in {generated - started:.1f} s; {items} due items computed in "
          f"{time.perf_counter() - generated:.1f} s")
    yield fx
    db.close()


@pytest.mark.parametrize("group", GROUPS)
def test_overdue_list_of_each_group(big_practice, benchmark, group):
    ctx = big_practice.ctx["coordinator"]
    result = benchmark(worklist.work_list, ctx, group, "overdue")
    shown = f"more than {result.total}" if result.capped else str(result.total)
    print(f"\n{group}: {shown} overdue items, median {benchmark.stats.stats.median * 1000:.0f} ms")
    assert result.total > 0 or group in EMPTY_HERE
    assert benchmark.stats.stats.median < BUDGET_S


def test_group_counts(big_practice, benchmark):
    counts = benchmark(worklist.group_counts, big_practice.ctx["coordinator"])
    print(f"\ncounts: median {benchmark.stats.stats.median * 1000:.0f} ms")
    assert {c.group_key for c in counts} == set(GROUPS)
    assert benchmark.stats.stats.median < COUNTS_BUDGET_S
