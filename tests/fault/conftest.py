"""The fault-injection suite: every test here carries the ``fault`` marker and counts, per scenario, tries / handled
/ lost (printed at the end of the run, and written as JSON to ``$CORDEE_FAULT_REPORT`` when set).

The default run is the reduced form (a few minutes, in CI with the other tests); ``CORDEE_FAULT_FULL=1`` runs the
full one (≥ 1,000 kills, 500 PostgreSQL races …): ``CORDEE_FAULT_FULL=1 pytest -m fault -p no:cacheprovider``.

Some scenarios check what opening a damaged file, a full disk or an interrupted command must do once the opening
checks and honest messages of issue 13 (items 1, 2, 6, 7: branch ``reliability``) are in — the ``cordee check``
command marks them: until then those scenarios still run and count what is not handled, and are expected to fail
(``needs_opening_checks``); once ``check`` exists the mark is off and they must pass.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from dataclasses import dataclass, field

import pytest

from app.cli.main import COMMAND_GROUPS

FULL = os.environ.get("CORDEE_FAULT_FULL") == "1"
OPENING_CHECKS = "check" in {name for group in COMMAND_GROUPS for name in group.HANDLERS}
needs_opening_checks = pytest.mark.xfail(not OPENING_CHECKS, strict=False,
                                         reason="opening checks and honest messages (issue 13) not merged yet")


def scale(reduced: int, full: int) -> int:
    """How many tries: ``full`` with CORDEE_FAULT_FULL=1, else ``reduced``."""
    return full if FULL else reduced


@dataclass
class Tally:
    tries: int = 0
    handled: int = 0
    lost: int = 0
    notes: dict = field(default_factory=lambda: defaultdict(int))

    def add(self, handled: bool, lost: bool = False, **notes: int) -> None:
        self.tries += 1
        self.handled += bool(handled)
        self.lost += bool(lost)
        for k, v in notes.items():
            self.notes[k] += v


TALLIES: dict[str, Tally] = defaultdict(Tally)


@pytest.fixture
def tally():
    """``tally(scenario)`` → the scenario's counter."""
    return lambda scenario: TALLIES[scenario]


def pytest_collection_modifyitems(items):
    for item in items:
        if "/tests/fault/" in str(item.path):
            item.add_marker(pytest.mark.fault)


def pytest_terminal_summary(terminalreporter):
    if not TALLIES:
        return
    tr = terminalreporter
    tr.section(f"fault injection ({'full' if FULL else 'reduced'} run)")
    tr.write_line(f"{'scenario':60} {'tries':>7} {'handled':>8} {'lost':>6}  notes")
    for name, t in sorted(TALLIES.items()):
        notes = ", ".join(f"{k}={v}" for k, v in sorted(t.notes.items()))
        tr.write_line(f"{name:60} {t.tries:>7} {t.handled:>8} {t.lost:>6}  {notes}")
    target = os.environ.get("CORDEE_FAULT_REPORT")
    if target:
        with open(target, "w", encoding="utf-8") as fh:
            json.dump({n: {"tries": t.tries, "handled": t.handled, "lost": t.lost, **t.notes}
                       for n, t in TALLIES.items()}, fh, indent=2, sort_keys=True)
