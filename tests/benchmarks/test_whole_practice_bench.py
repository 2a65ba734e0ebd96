"""Benchmark (on demand): ``cordee demo-data`` for a whole practice of 10,000 patients (CORDEE_BENCH_WHOLE to
change), on the encrypted file and on PostgreSQL; the budget is 100,000 patients in 3 minutes, so 10,000 in 18 s.

Run: .venv/bin/python -m pytest tests/benchmarks/test_whole_practice_bench.py -o addopts="" --benchmark-enable -s
"""

from __future__ import annotations

import os
from datetime import date

import pytest

from app.services.demo import whole_practice
from app.services.kernel.context import ServiceContext
from app.services.security.actor import SYSTEM
from app.services.storage.database import create_encrypted
from tests.conftest import PASSPHRASE, TEST_KDF
from tests.support import build_practice

N = int(os.environ.get("CORDEE_BENCH_WHOLE", "10000"))
BUDGET_S = 180 * N / 100_000


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_whole_practice_generation(benchmark, tmp_path, backend):
    if backend == "sqlite":
        db, _ = create_encrypted(tmp_path / "p.db", PASSPHRASE, kdf=TEST_KDF, use_keyring=False)
        drop = None
    else:
        from app.services.storage.database import connect_postgres
        from tests.pg_support import fresh_database_url

        url, drop = fresh_database_url()
        db = connect_postgres(url)
    try:
        build_practice(db, None, "")
        ctx = ServiceContext(db, SYSTEM)
        made = benchmark.pedantic(whole_practice.generate_practice, args=(ctx, N, 1), kwargs={"today": date.today()},
                                  rounds=1, iterations=1)
        assert made["patients"] == N
        seconds = benchmark.stats.stats.max
        print(f"\n{backend}: {N} patients, {made['lines']} medication lines in {seconds:.1f} s")
        assert seconds < BUDGET_S, f"{seconds:.1f} s for {N} patients (budget {BUDGET_S:.0f} s)"
    finally:
        db.close()
        if drop:
            drop()
