"""Benchmark (on demand): the service-level budgets of issue 16 on a whole generated practice — patient search,
a chart's medication list with its findings, the alert inbox, the worklists, the plans to review and the
dashboard's indicators — each read as the member of staff who uses it, p50 and p95 over repeated runs.

The practice: ``CORDEE_BENCH_DB`` (a file made by ``cordee demo-data``, passphrase in ``CORDEE_PASSPHRASE``), or
else one generated here of ``CORDEE_BENCH_WHOLE`` patients (10,000 by default: 100,000 take 90 s to make).

Run: .venv/bin/python -m pytest tests/benchmarks/test_budgets_bench.py -o addopts="" --benchmark-enable -s
"""

from __future__ import annotations

import os
import statistics
import time
from datetime import date, timedelta

import pytest
from sqlmodel import select

from app.models.medication import MedicationLine
from app.models.staff import Staff
from app.services.alerts import inbox
from app.services.care_plans import action_tasks
from app.services.coordination import indicators
from app.services.demo import whole_practice
from app.services.kernel.context import ServiceContext
from app.services.medications import check
from app.services.patients import records as patients
from app.services.practice.accounts import actor_for
from app.services.security.actor import SYSTEM
from app.services.storage.database import create_encrypted, open_encrypted
from app.services.tasks import worklists
from tests.conftest import PASSPHRASE, TEST_KDF
from tests.support import build_practice

pytestmark = pytest.mark.benchmark
N = int(os.environ.get("CORDEE_BENCH_WHOLE", "10000"))
BUDGETS_MS = {"search": 3, "chart medications": 100, "inbox": 150, "my tasks": 150, "pool tasks": 150,
              "overdue tasks": 150, "plans to review": 150, "dashboard": 150}
SEARCHES = ["m", "mar", "martin", "dupont j", "15.03.1948", "le", "nguyen", "anne marie", "fav", "zz"]


@pytest.fixture(scope="module")
def whole(tmp_path_factory):
    given = os.environ.get("CORDEE_BENCH_DB")
    if given:
        db = open_encrypted(given, passphrase=os.environ["CORDEE_PASSPHRASE"], use_keyring=False)
    else:
        db, _ = create_encrypted(tmp_path_factory.mktemp("budgets") / "p.db", PASSPHRASE, kdf=TEST_KDF,
                                 use_keyring=False)
        build_practice(db, None, "")
        whole_practice.generate_practice(ServiceContext(db, SYSTEM), N, 1, today=date.today())
    yield db
    db.close()


def _as(db, role: str) -> ServiceContext:
    """The first active member of staff with ``role`` (the generated practice has several of each)."""
    with db.session() as s:
        member = next(m for m in s.exec(select(Staff).where(Staff.active.is_(True)).order_by(Staff.id))
                      if role in m.roles.split())
        return ServiceContext(db, actor_for(member))


def _times(call, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        out.append((time.perf_counter() - start) * 1000)
    return sorted(out)


def _report(name: str, times: list[float]) -> tuple[float, float]:
    p50, p95 = statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)]
    verdict = "ok" if p95 <= BUDGETS_MS[name] else "OVER"
    print(f"\n{name:18} p50={p50:7.1f} ms  p95={p95:7.1f} ms  budget {BUDGETS_MS[name]} ms  {verdict}")
    return p50, p95


def _patients_with_long_lists(db, count: int) -> list[int]:
    with db.session() as s:
        rows = s.exec(select(MedicationLine.patient_id).where(MedicationLine.stopped_at.is_(None))).all()
    by_patient: dict[int, int] = {}
    for pid in rows:
        by_patient[pid] = by_patient.get(pid, 0) + 1
    return sorted(by_patient, key=lambda p: -by_patient[p])[:count]


def test_service_budgets(whole, benchmark):
    doctor, pharmacist, nurse, coordinator = (_as(whole, r) for r in (
        "physician", "pharmacist", "nurse", "coordinator"))
    figures = {}
    times = []
    for _ in range(3):
        for q in SEARCHES:
            times += _times(lambda q=q: patients.search_patients(doctor, q, limit=200), 1)
    figures["search"] = _report("search", sorted(times))

    charts = _patients_with_long_lists(whole, 20)

    def chart(pid: int) -> None:
        check.chart_medications(doctor, pid)
    figures["chart medications"] = _report("chart medications",
                                           sorted(t for pid in charts for t in _times(lambda p=pid: chart(p), 1)))
    figures["inbox"] = _report("inbox", _times(lambda: inbox.inbox(pharmacist), 10))
    figures["my tasks"] = _report("my tasks", _times(lambda: worklists.my_tasks(nurse), 10))
    figures["pool tasks"] = _report("pool tasks", _times(lambda: worklists.pool_tasks(nurse), 10))
    figures["overdue tasks"] = _report("overdue tasks", _times(lambda: worklists.overdue_tasks(coordinator), 10))
    figures["plans to review"] = _report("plans to review", _times(lambda: action_tasks.plans_to_review(doctor), 10))
    end = date.today().replace(day=1) - timedelta(days=1)
    figures["dashboard"] = _report("dashboard", _times(
        lambda: indicators.compute(coordinator, end.replace(day=1) - timedelta(days=330), end), 5))
    benchmark.extra_info.update({k: {"p50_ms": round(a, 1), "p95_ms": round(b, 1)} for k, (a, b) in figures.items()})
    benchmark(patients.search_patients, doctor, "mar", 200)
