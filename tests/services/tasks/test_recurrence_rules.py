"""The simple rules the recurrence editor offers: written by dateutil, read back identically; others refused."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.services.errors import ValidationError
from app.services.tasks.recurrence import SimpleRule, build_rule, check_ends_after_start, simple_rule

SPECS = [SimpleRule(freq, interval, days if freq == "WEEKLY" else (), until, count)
         for freq in ("DAILY", "WEEKLY", "MONTHLY") for interval in (1, 2, 12)
         for days in ((), (0,), (0, 3), (0, 1, 2, 3, 4, 5, 6))
         for until, count in ((None, None), (date(2027, 3, 31), None), (None, 5))]


@pytest.mark.parametrize("spec", sorted(set(SPECS), key=repr), ids=repr)
def test_every_simple_rule_round_trips(spec):
    text = build_rule(spec)
    assert simple_rule(text) == spec and build_rule(simple_rule(text)) == text


def test_written_rules_look_like_rfc_5545():
    assert build_rule(SimpleRule("WEEKLY", 2, (3, 0), date(2027, 3, 31))) == \
        "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270331T235959;BYDAY=MO,TH"
    assert build_rule(SimpleRule("MONTHLY", 3, count=4)) == "FREQ=MONTHLY;INTERVAL=3;COUNT=4"


@pytest.mark.parametrize("rule", ["FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1", "FREQ=YEARLY", "FREQ=MONTHLY;BYMONTHDAY=15",
                                  "FREQ=WEEKLY;BYDAY=1MO", "FREQ=DAILY;BYMONTH=1,2", "", None])
def test_rules_the_editor_cannot_show(rule):
    assert simple_rule(rule) is None


def test_until_before_the_start_is_refused():
    with pytest.raises(ValidationError) as err:
        check_ends_after_start("FREQ=DAILY;UNTIL=20270301T235959", datetime(2027, 3, 2, 8, 0))
    assert (err.value.field, err.value.code) == ("recurrence_rule", "tasks.rule_until_before_start")
    check_ends_after_start("FREQ=DAILY;UNTIL=20270302T235959", datetime(2027, 3, 2, 8, 0))   # the same day: fine
