"""Concurrent workstations on the PostgreSQL test server: wrong logins at the same moment, and answers to one alert
raced from several workstations. Shared by the PostgreSQL tests and the fault-injection suite."""

from __future__ import annotations

import random
import threading
from collections import Counter
from dataclasses import dataclass, field

from app.models.alert import Alert
from app.services.alerts import alert_flow as alerts
from app.services.alerts.alert_input import AlertInput
from app.services.errors import CordeeError, StaleRecordError
from app.services.kernel.context import ServiceContext
from app.services.practice import accounts
from app.services.security.actor import SYSTEM
from app.services.storage.database import connect_postgres
from tests.alert_support import warfarin_aspirin


def together(calls: list, timeout: float = 60) -> list[tuple[object, BaseException | None]]:
    """Run the calls on threads released at the same moment; (result, exception) of each, in order."""
    barrier = threading.Barrier(len(calls))
    out: list = [None] * len(calls)

    def run(i, call):
        barrier.wait()
        try:
            out[i] = (call(), None)
        except BaseException as exc:   # every outcome is counted by the caller
            out[i] = (None, exc)
    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout)
    return out


def concurrent_wrong_logins(url: str, username: str, n: int = 24) -> list[BaseException | None]:
    """``n`` wrong-password logins at the same moment from 8 workstations (database connections, each with its
    pool); returns what each login raised."""
    dbs = [connect_postgres(url) for _ in range(min(n, 8))]
    calls = [lambda db=dbs[i % len(dbs)]: accounts.login(ServiceContext(db, SYSTEM), username, "wrong password 123")
             for i in range(n)]
    results = together(calls)
    for db in dbs:
        db.close()
    return [exc for _, exc in results]


@dataclass
class RaceTally:
    """What the alert races gave: tries (races), handled (exactly one winner, every loser told who won and
    when), lost (anything else), the raw database errors and the outcomes by kind."""

    tries: int = 0
    handled: int = 0
    lost: int = 0
    raw_errors: list[str] = field(default_factory=list)
    outcomes: Counter = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)


ANSWERS = ("refuse", "accept", "question")


def alert_races(fx, races: int, *, workstations: int = 3, seed: int = 13) -> RaceTally:
    """``races`` times: a new alert (aspirin to stop, with warfarin), then ``workstations`` answers of its doctor
    from as many workstations at the same moment (refuse, accept, question, in a random mix)."""
    rng = random.Random(seed)
    dbs = [connect_postgres(fx.url) for _ in range(workstations)]
    doctor = fx.ctx["physician"].actor
    contexts = [ServiceContext(db, doctor) for db in dbs]
    tally = RaceTally()
    try:
        for _ in range(races):
            pid, _warfarin, aspirin = warfarin_aspirin(fx)
            aid = alerts.raise_alert(fx.ctx["pharmacist"], AlertInput(
                patient_id=pid, problem_category="1.6", problem_text="Risque hémorragique", proposal_kind="stop",
                line_ids=[aspirin], urgency="urgent"))
            version = alerts.open_alert(fx.ctx["physician"], aid).row.version
            kinds = [rng.choice(ANSWERS) for _ in contexts]
            calls = [_answer(kind, ctx, aid, version) for kind, ctx in zip(kinds, contexts)]
            results = together(calls)
            tally.tries += 1
            _judge(tally, fx, aid, kinds, results)
    finally:
        for db in dbs:
            db.close()
    return tally


def _answer(kind: str, ctx: ServiceContext, aid: int, version: int):
    if kind == "refuse":
        return lambda: alerts.refuse(ctx, aid, version, "Maintenu : avis du cardiologue")
    if kind == "accept":
        return lambda: alerts.accept(ctx, aid, version)
    return lambda: alerts.ask_question(ctx, aid, version, "INR du jour ?")


def _judge(tally: RaceTally, fx, aid: int, kinds: list[str], results: list) -> None:
    with fx.db.session() as s:
        row = s.get(Alert, aid)
    winners = [k for k, (_, exc) in zip(kinds, results) if exc is None]
    ok = len(winners) == 1
    for kind, (_, exc) in zip(kinds, results):
        if exc is None:
            tally.outcomes[f"won:{kind}"] += 1
        elif isinstance(exc, StaleRecordError):
            tally.outcomes["told who won"] += 1
            if exc.changed_by != row.updated_by or exc.changed_at != row.updated_at:
                ok = False
                tally.problems.append(f"alert {aid}: loser told {exc.changed_by} at {exc.changed_at}, "
                                      f"the alert says {row.updated_by} at {row.updated_at}")
        elif isinstance(exc, CordeeError):
            tally.outcomes[f"coded:{exc.code}"] += 1
            ok = False
        else:
            tally.outcomes[f"raw:{type(exc).__name__}"] += 1
            tally.raw_errors.append(f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
            ok = False
    tally.handled += ok
    tally.lost += not ok


