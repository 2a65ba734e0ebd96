"""Soak (on demand): N workstations (processes) on one PostgreSQL practice for a while, a realistic mix of actions.

Each workstation is a process with its own connection pool and LISTEN connection, logged in as its own doctor; it
searches, opens charts, adds medications, raises and answers alerts (with the practice's pharmacist), creates and
completes tasks and edits its care plan, with a think time of 2–5 s between actions. Afterwards: p50/p95/p99 per
operation, errors by kind, every acknowledged write checked in the database, the audit chain verified.

Run (about 6 actions a second with 20 workstations):
    CORDEE_SOAK=1 CORDEE_SOAK_SECONDS=600 CORDEE_SOAK_WORKSTATIONS=20 CORDEE_TEST_PG_URL=… \
        .venv/bin/python -m pytest tests/benchmarks/test_pg_soak.py -m soak -s
Goals: p95 of every save ≤ 50 ms, no acknowledged write missing, no raw database error.
"""

from __future__ import annotations

import json
import math
import multiprocessing
import os
import time
from datetime import date, timedelta

import pytest
from sqlmodel import select

from app.models.alert import Alert
from app.models.care_plan import CarePlan
from app.models.medication import MedicationLine
from app.models.patient import Patient
from app.models.task import Task
from app.services.care_plans import plans as care_plans
from app.services.care_plans.plan_input import PlanInput
from app.services.demo import base as demo
from app.services.practice import audit_trail
from app.services.practice import staff as staff_service
from app.services.practice.staff import StaffInput
from app.services.storage.database import connect_postgres
from tests.alert_support import add_line, make_patient
from tests.benchmarks.soak_workstation import Plan, run
from tests.support import PASSWORD, build_practice

pytestmark = [pytest.mark.soak, pytest.mark.postgres,
              pytest.mark.skipif(not os.environ.get("CORDEE_SOAK"), reason="soak on demand: set CORDEE_SOAK=1")]

SECONDS = float(os.environ.get("CORDEE_SOAK_SECONDS", "600"))
WORKSTATIONS = int(os.environ.get("CORDEE_SOAK_WORKSTATIONS", "20"))
PATIENTS = int(os.environ.get("CORDEE_SOAK_PATIENTS", "2000"))
THINK = (2.0, 5.0)
SAVES = ("add_medication", "raise_alert", "answer_alert", "create_task", "task_step", "complete_task",
         "edit_care_plan")


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(p / 100 * len(ordered)) - 1))]


def _set_up(fx, count: int) -> list[dict]:
    """One doctor per workstation, the shared patients (their médecin traitant among these doctors), and per
    workstation a patient on warfarin + aspirin for the alerts and a care plan of its own."""
    admin, nurse = fx.ctx["admin"], fx.ctx["nurse"]
    doctors = []
    for i in range(count):
        doctors.append(staff_service.create_staff(admin, StaffInput(
            username=f"soak.dr{i}", family_name=f"Docteur{i}", given_names="Soak", profession="Médecin généraliste",
            roles=["physician"]), PASSWORD, temporary_password=False))
    demo.generate_patients(admin.as_actor(fx.ctx["physician"].actor), PATIENTS, seed=7, gp_ids=doctors)
    stations = []
    for i, doctor in enumerate(doctors):
        pid = make_patient(fx, family=f"Soak{i}", given="Alerte")
        w = add_line(fx, pid, "B01AA03", "warfarine", ("", "", "1", ""), 5, strength="5 mg")
        a = add_line(fx, pid, "B01AC06", "acide acétylsalicylique", ("1", "", "", ""), 75, strength="75 mg")
        plan_id = care_plans.create_plan(nurse, pid, PlanInput(
            referent_staff_id=doctor, synthesis_medical="Polymédication", review_date=date.today() + timedelta(90)))
        stations.append({"doctor": doctor, "alert_patient": pid, "lines": [w, a], "plan": plan_id})
    return stations


def _load() -> tuple[float, float, float]:
    return os.getloadavg()


def test_pg_soak(tmp_path):
    from tests.pg_support import fresh_database_url

    url, drop = fresh_database_url()
    db = connect_postgres(url)
    try:
        fx = build_practice(db, None, "")
        t0 = time.time()
        stations = _set_up(fx, WORKSTATIONS)
        with db.session() as s:
            patient_ids = list(s.exec(select(Patient.id)).all())
        print(f"\nset-up: {WORKSTATIONS} doctors, {len(patient_ids)} patients in {time.time() - t0:.0f} s")
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
        spawn = multiprocessing.get_context("spawn")   # no fork with open connections and Qt loaded
        ready, go = spawn.Queue(), spawn.Event()
        max_actions = int(SECONDS / THINK[0]) + 1
        procs = []
        for i, st in enumerate(stations):
            plan = Plan(index=i, url=url, out=str(tmp_path / f"ws{i}.json"), seconds=SECONDS,
                        max_actions=max_actions, think=THINK, doctor_id=st["doctor"],
                        pharmacist_id=fx.staff_ids["pharmacist"], patient_ids=patient_ids,
                        alert_patient=st["alert_patient"], alert_lines=st["lines"], plan_id=st["plan"], seed=i)
            proc = spawn.Process(target=run, args=(plan, ready, go), name=f"workstation-{i}")
            proc.start()
            procs.append(proc)
        for _ in procs:                                 # every workstation connected, then all start together
            ready.get(timeout=300)
        start = time.time()
        go.set()
        loads, next_sample = [_load()], start + 30
        while any(p.is_alive() for p in procs) and time.time() < start + SECONDS + 120:
            time.sleep(1.0)
            if time.time() >= next_sample:
                loads.append(_load())
                next_sample += 30
        loads.append(_load())
        for p in procs:
            p.join(timeout=30)
            assert p.exitcode == 0, f"{p.name} ended with {p.exitcode}"
        results = [json.loads((tmp_path / f"ws{i}.json").read_text()) for i in range(len(stations))]
        report = _report(results, time.time() - start, loads)
        missing = _missing_writes(db, results)
        ok = audit_trail.verify(fx.ctx["admin"]).ok
        print(report)
        print(f"lost writes: {len(missing)} {missing[:10]}; audit chain verified: {ok}")
        raw = {k: v for r in results for k, v in r["errors"].items() if k.startswith("raw:")}
        assert not missing
        assert ok
        assert not raw, [r["samples"] for r in results if r["samples"]][:3]
    finally:
        db.close()
        drop()


def _report(results: list[dict], elapsed: float, loads) -> str:
    timings: dict[str, list[float]] = {}
    errors: dict[str, int] = {}
    for r in results:
        for op, values in r["timings"].items():
            timings.setdefault(op, []).extend(values)
        for kind, n in r["errors"].items():
            errors[kind] = errors.get(kind, 0) + n
    saves = [v for op in SAVES for v in timings.get(op, [])]
    actions = sum(r["actions"] for r in results)
    lines = [f"soak: {len(results)} workstations, {elapsed:.0f} s, {actions} actions ({actions / elapsed:.1f}/s), "
             f"load average (1 min) min {min(x[0] for x in loads):.2f} max {max(x[0] for x in loads):.2f} on "
             f"{os.cpu_count()} CPUs",
             f"{'operation':<16}{'n':>7}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}"]
    for op in sorted(timings) + ["all saves"]:
        values = saves if op == "all saves" else timings[op]
        if values:
            lines.append(f"{op:<16}{len(values):>7}{_pct(values, 50):>9.1f}{_pct(values, 95):>9.1f}"
                         f"{_pct(values, 99):>9.1f}{max(values):>9.1f}")
    lines.append(f"errors by kind: {errors or 'none'}")
    samples = {k: v for r in results for k, v in r["samples"].items()}
    for kind, text in list(samples.items())[:5]:
        lines.append(f"  {kind}: {text.splitlines()[-1][:300] if text else ''}")
    return "\n".join(lines)


def _missing_writes(db, results: list[dict]) -> list[tuple]:
    """Every write a workstation was told had succeeded is in the database, as it was told."""
    missing = []
    with db.session() as s:
        lines = dict(s.exec(select(MedicationLine.id, MedicationLine.patient_id)).all())
        alerts = dict(s.exec(select(Alert.id, Alert.state)).all())
        task_status = dict(s.exec(select(Task.id, Task.status)).all())
        plans = {p.id: p for p in s.exec(select(CarePlan)).all()}
        for r in results:
            acks = r["acks"]
            missing += [("medication", line) for line, pid in acks.get("medication", []) if lines.get(line) != pid]
            missing += [("alert", a) for a in acks.get("alert_raised", []) if a not in alerts]
            missing += [("alert answer", a) for a in acks.get("alert_answered", [])
                        if str(alerts.get(a)) not in ("refused", "AlertState.REFUSED")]
            missing += [("task", t) for t in acks.get("task_created", []) if t not in task_status]
            missing += [("task done", t) for t in acks.get("task_completed", [])
                        if str(task_status.get(t)) not in ("completed", "TaskStatus.COMPLETED")]
            if acks.get("care_plan"):
                plan_id, version, text = acks["care_plan"][-1]
                plan = plans.get(plan_id)
                if plan is None or plan.version != version or plan.expectations != text:
                    missing.append(("care plan", plan_id, version))
    return missing
