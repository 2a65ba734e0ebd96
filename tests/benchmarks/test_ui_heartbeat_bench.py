"""Benchmark (on demand): the UI thread while the screens load, and the memory of the running program, on a whole
generated practice (issue 16: "the UI thread never blocked > 50 ms", "≤ 300 MB with 10 charts open").

A 5 ms heartbeat timer runs on the UI thread while ``cordee smoke --all-screens`` opens the main window, ten
charts with each of their tabs, and every dock and menu screen, as a physician and as the coordinator. Each
gap between two beats is a time the UI thread could not answer; the longest ones are printed with the screen
that was shown just before. The resident memory is read (``/proc/self/status``) with ten charts open.

The practice: ``CORDEE_BENCH_DB`` + ``CORDEE_PASSPHRASE``, or one generated of ``CORDEE_BENCH_WHOLE`` patients.
Run: .venv/bin/python -m pytest tests/benchmarks/test_ui_heartbeat_bench.py -o addopts="" --benchmark-enable -s
The memory figure holds for the first role run in the process (memory freed by Python is seldom given back to the
system): for both roles' figures, run each alone (``-k physician``, ``-k coordinator``); the resident memory at the
test's start is printed beside it.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer

from app.ui.shell.smoke import smoke
from tests.benchmarks.test_budgets_bench import _as, _patients_with_long_lists, whole  # noqa: F401 (fixture)

pytestmark = pytest.mark.benchmark
BEAT_MS = 5
BLOCK_BUDGET_MS = 50
MEMORY_BUDGET_MB = 300
CHARTS = 10


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        kib = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
    return kib / 1024


class Heartbeat:
    """Gaps between the beats of a timer on the UI thread, each tagged with the screen shown before it."""

    def __init__(self):
        self.gaps: list[tuple[float, str]] = []
        self.shown = "start"
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self.beat)

    def beat(self) -> None:
        now = time.perf_counter()
        self.gaps.append(((now - self.last) * 1000 - BEAT_MS, self.shown))
        self.last = now

    def longest(self, count: int) -> list[tuple[float, str]]:
        return sorted(self.gaps, reverse=True)[:count]


@pytest.mark.parametrize("role", ["physician", "coordinator"])
def test_ui_thread_and_memory_while_screens_load(whole, role, benchmark):  # noqa: F811 (the fixture)
    ctx = _as(whole, role)
    charts = _patients_with_long_lists(whole, CHARTS)
    beat = Heartbeat()
    memory = {"peak_mb": 0.0, "with_charts_mb": 0.0, "at_start_mb": _rss_mb()}

    def visit(label: str, _widget) -> None:
        beat.shown = label
        memory["peak_mb"] = max(memory["peak_mb"], _rss_mb())
        if label.startswith(f"chart{CHARTS}-"):
            memory["with_charts_mb"] = max(memory["with_charts_mb"], _rss_mb())
    beat.timer.start()
    try:
        report = smoke(ctx, time.perf_counter(), all_screens=True, visit=visit, patients=charts)
    finally:
        beat.timer.stop()
    assert report.ok, report.errors
    worst = beat.longest(8)
    over = [g for g in beat.gaps if g[0] > BLOCK_BUDGET_MS]
    print(f"\n{role}: ready {report.ready_ms} ms, complete {report.complete_ms} ms, {len(report.screens)} screens, "
          f"{len(beat.gaps)} beats; {len(over)} gaps over {BLOCK_BUDGET_MS} ms")
    for gap, after in worst:
        print(f"  UI thread blocked {gap:7.1f} ms after {after}")
    print(f"  memory with {CHARTS} charts open {memory['with_charts_mb']:.0f} MB (budget {MEMORY_BUDGET_MB} MB), "
          f"peak {memory['peak_mb']:.0f} MB, {memory['at_start_mb']:.0f} MB at the test's start")
    benchmark.extra_info.update({"longest_block_ms": round(worst[0][0], 1) if worst else 0.0,
                                 "blocks_over_budget": len(over), **{k: round(v) for k, v in memory.items()}})
    benchmark(lambda: None)
