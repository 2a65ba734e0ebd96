"""Benchmarks (on demand): patient search over 100,000 patients, database open, `cordee smoke`.

Run: .venv/bin/python -m pytest tests/benchmarks/test_foundation_bench.py --benchmark-enable -s
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

import pytest

from app.services.demo import base as demo
from app.services.kernel.context import ServiceContext
from app.services.patients import records as patients
from app.services.security.actor import SYSTEM
from app.services.storage.database import connect_postgres, create_encrypted, open_encrypted
from app.services.storage.keyslots import STRONG_KDF
from tests.conftest import PASSPHRASE

N = int(os.environ.get("CORDEE_BENCH_PATIENTS", "100000"))
QUERIES = ["m", "ma", "mar", "martin", "hel", "helene", "muller", "dupont j", "jean", "fav", "15.03.1948",
           "01/01/1960", "le", "ber", "zz", "nguyen", "anne marie", "lef", "rou", "chat"]


def _percentiles(ctx) -> tuple[float, float]:
    times = []
    for _ in range(5):
        for q in QUERIES:
            t = time.perf_counter()
            patients.search_patients(ctx, q, limit=200)
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


@pytest.fixture(scope="module")
def big_sqlite(tmp_path_factory):
    path = tmp_path_factory.mktemp("bench") / "big.db"
    # The real key-derivation cost (Argon2id, 64 MiB): opening and smoke below include it, as in practice.
    db, _ = create_encrypted(path, PASSPHRASE, kdf=STRONG_KDF, use_keyring=False)
    demo.generate_patients(ServiceContext(db, SYSTEM), N, seed=1)
    yield db, path
    db.close()


def test_search_sqlite(big_sqlite, benchmark):
    ctx = ServiceContext(big_sqlite[0], SYSTEM)
    p50, p95 = _percentiles(ctx)
    print(f"\nSQLCipher search over {N} patients: p50={p50:.2f} ms p95={p95:.2f} ms")
    benchmark(patients.search_patients, ctx, "mar", 200)


def test_open_database(big_sqlite, benchmark):
    db, path = big_sqlite

    def reopen():
        open_encrypted(path, passphrase=PASSPHRASE, use_keyring=False).close()
    benchmark(reopen)


def test_smoke_command(big_sqlite, tmp_path):
    _, path = big_sqlite
    passfile = tmp_path / "p"
    passfile.write_text(PASSPHRASE)
    subprocess.run([sys.executable, "-m", "compileall", "-q", "app"], check=True, capture_output=True)
    runs = []
    for _ in range(7):
        out = subprocess.run([sys.executable, "-m", "app", "smoke", "--db", str(path), "--passphrase-file",
                              str(passfile)], capture_output=True, text=True, timeout=120,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        assert out.returncode == 0, out.stderr
        runs.append(dict(item.split("=") for item in out.stdout.split()))
    ready = sorted(int(r["ready_ms"]) for r in runs)
    complete = sorted(int(r["complete_ms"]) for r in runs)
    print(f"\ncordee smoke on {N} patients, passphrase unlock included, 7 runs: ready_ms median "
          f"{statistics.median(ready)} (min {ready[0]}, max {ready[-1]}); complete_ms median "
          f"{statistics.median(complete)} (docks loaded)")


def test_search_postgres(benchmark):
    from tests.pg_support import fresh_database_url

    url, drop = fresh_database_url()
    db = connect_postgres(url)
    try:
        ctx = ServiceContext(db, SYSTEM)
        demo.generate_patients(ctx, N, seed=1)
        # What autovacuum does after a bulk load: statistics, and the visibility map index-only scans rely on.
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE patient, patient_search_word")
        p50, p95 = _percentiles(ctx)
        print(f"\nPostgreSQL search over {N} patients: p50={p50:.2f} ms p95={p95:.2f} ms")
        benchmark(patients.search_patients, ctx, "mar", 200)
    finally:
        db.close()
        drop()
