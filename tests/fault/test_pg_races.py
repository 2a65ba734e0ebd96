"""Concurrent workstations on PostgreSQL: 24 wrong-password logins at the same moment lock the account; answers to
one alert raced from three workstations end with one winner and every loser told who won and when, never a raw
database error (deadlock or serialisation failure)."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import select

from app.models.staff import Staff
from app.services.errors import AuthenticationError
from tests.fault.conftest import FULL, scale
from tests.pg_races import alert_races, concurrent_wrong_logins

LOGIN_ROUNDS = scale(1, 5)
RACES = scale(20, 500)


def test_24_concurrent_wrong_logins_lock_the_account_every_time(pg_practice, tally):
    t = tally("PostgreSQL: 24 concurrent wrong logins")
    failures = []
    for i in range(LOGIN_ROUNDS):
        with pg_practice.db.engine.begin() as conn:
            conn.execute(text("UPDATE staff SET failed_logins = 0, last_failed_at = NULL, locked = false "
                              "WHERE username = 'nurse'"))
        outcomes = concurrent_wrong_logins(pg_practice.url, "nurse", 24)
        with pg_practice.db.session() as s:
            member = s.exec(select(Staff).where(Staff.username == "nurse")).one()
        coded = all(isinstance(exc, AuthenticationError) for exc in outcomes)
        ok = coded and member.failed_logins == 24 and member.locked
        t.add(ok, lost=not ok, counted=member.failed_logins, locked=int(member.locked),
              uncoded=sum(not isinstance(exc, AuthenticationError) for exc in outcomes))
        if not ok:
            failures.append(f"round {i}: failed_logins={member.failed_logins} locked={member.locked} "
                            f"outcomes={[type(exc).__name__ for exc in outcomes][:5]}")
    assert not failures, failures


def test_alert_answers_raced_never_deadlock(pg_practice, tally):
    t = tally("PostgreSQL: alert answers raced (3 workstations)")
    result = alert_races(pg_practice, RACES, seed=2026 if FULL else 13)
    t.tries, t.handled, t.lost = result.tries, result.handled, result.lost
    t.notes["raw_errors"] = len(result.raw_errors)
    for outcome, n in result.outcomes.items():
        t.notes[outcome.replace(" ", "_")] = n
    print(f"{result.tries} races: {len(result.raw_errors)} raw database errors, outcomes {dict(result.outcomes)}")
    assert result.raw_errors == [] and result.problems == [], (result.raw_errors[:3], result.problems[:3])
    assert result.handled == result.tries == RACES
