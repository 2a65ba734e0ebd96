"""One simulated workstation of the PostgreSQL soak (``test_pg_soak.py``): a process of its own, the services with a
staff actor, a realistic mix of actions with a think time between them; it writes what it measured and every
acknowledged write to a JSON file for the parent to check."""

from __future__ import annotations

import json
import os
import random
import time
import traceback
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

# What a workstation does, by weight (about 55 % reads, 45 % saves).
MIX = {"search": 30, "open_chart": 25, "add_medication": 12, "alert": 11, "task": 11, "care_plan": 11}
QUERIES = ["mar", "martin", "hel", "dupont", "jean", "fav", "ber", "nguyen", "lef", "rou", "chat", "mul", "anne",
           "15.03.1948", "pierre", "cla", "fra", "gir", "mo", "sch"]
DRUGS = [("C09AA05", "ramipril", "5 mg", "Triatec 5 mg"), ("C10AA05", "atorvastatine", "20 mg", "Tahor 20 mg"),
         ("A02BC01", "oméprazole", "20 mg", "Mopral 20 mg"), ("C07AB07", "bisoprolol", "5 mg", "Cardensiel 5 mg"),
         ("N02BE01", "paracétamol", "1 g", "Doliprane 1 g"), ("A10BA02", "metformine", "850 mg", "Glucophage 850 mg")]


@dataclass
class Plan:
    """What the parent hands to one workstation."""

    index: int
    url: str
    out: str
    seconds: float               # how long to work once all workstations are ready
    max_actions: int
    think: tuple[float, float]
    doctor_id: int
    pharmacist_id: int
    patient_ids: list[int]
    alert_patient: int
    alert_lines: list[int]
    plan_id: int
    listen: bool = True
    seed: int = 0
    timings: dict = field(default_factory=dict)


def run(plan: Plan, ready, go) -> None:
    """The process's body: never raises; everything goes to the result file. ``ready`` (a queue) hears when this
    workstation is connected; it starts working when ``go`` (an event) is set."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    timings: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    samples: dict[str, str] = {}
    acks: dict[str, list] = defaultdict(list)
    actions = 0
    try:
        actions = _work(plan, timings, errors, samples, acks, ready, go)
    except Exception as exc:   # the set-up itself failed: report it as a raw error
        ready.put(plan.index)
        errors[f"raw:{type(exc).__name__}"] += 1
        samples[f"raw:{type(exc).__name__}"] = traceback.format_exc()[-2000:]
    with open(plan.out, "w", encoding="utf-8") as fh:
        json.dump({"index": plan.index, "actions": actions, "timings": timings, "errors": errors,
                   "samples": samples, "acks": acks}, fh)


def _work(plan: Plan, timings, errors, samples, acks, ready, go) -> int:
    from app.models.staff import Staff
    from app.services.alerts import alert_flow as alerts
    from app.services.alerts import inbox
    from app.services.alerts.alert_input import AlertInput
    from app.services.care_plans import plans as care_plans
    from app.services.errors import CordeeError
    from app.services.kernel.context import ServiceContext
    from app.services.kernel.notifications import Notifier, PgListener
    from app.services.medications import medication_list as medications
    from app.services.medications.medication_list import MedicationInput
    from app.services.medications.posology import Posology
    from app.services.patients import records as patients
    from app.services.practice.accounts import actor_for
    from app.services.storage.database import connect_postgres
    from app.services.tasks import task_flow as tasks
    from app.services.tasks.task_input import TaskInput

    rng = random.Random(plan.seed)
    db = connect_postgres(plan.url)
    notifier = Notifier()
    listener = None
    if plan.listen:
        listener = PgListener(plan.url.replace("postgresql+psycopg://", "postgresql://"), notifier,
                              origin=f"soak-{plan.index}")
        listener.start()
    with db.session() as s:
        doctor = ServiceContext(db, actor_for(s.get(Staff, plan.doctor_id)), notifier)
        pharmacist = ServiceContext(db, actor_for(s.get(Staff, plan.pharmacist_id)), notifier)
    ready.put(plan.index)
    go.wait(600)
    deadline = time.time() + plan.seconds
    open_alerts: list[int] = []
    task_state: dict | None = None    # the workstation's task in progress: id, version, step
    weights = list(MIX.values())
    names = list(MIX)
    actions = 0
    try:
        while time.time() < deadline and actions < plan.max_actions:
            time.sleep(rng.uniform(*plan.think))
            if time.time() >= deadline:
                break
            kind = rng.choices(names, weights)[0]
            actions += 1
            op = kind
            started = time.perf_counter()
            try:
                if kind == "search":
                    patients.search_patients(doctor, rng.choice(QUERIES), limit=50)
                elif kind == "open_chart":
                    pid = rng.choice(plan.patient_ids)
                    patients.open_patient(doctor, pid)
                    medications.list_current(doctor, pid)
                    inbox.patient_alerts(doctor, pid)
                elif kind == "add_medication":
                    pid = rng.choice(plan.patient_ids)
                    atc, substance, strength, product = rng.choice(DRUGS)
                    line = medications.add_medication(doctor, pid, MedicationInput(
                        atc=atc, substances=substance, strength=strength, product_name=product,
                        posology=Posology(schedule="times", dose_morning="1", start_date=date.today())))
                    acks["medication"].append([line, pid])
                elif kind == "alert":
                    if open_alerts:       # the doctor answers the oldest alert sent to them
                        op = "answer_alert"
                        aid = open_alerts.pop(0)
                        version = alerts.open_alert(doctor, aid).row.version
                        alerts.refuse(doctor, aid, version, "Maintenu : avis du cardiologue")
                        acks["alert_answered"].append(aid)
                    else:                 # the pharmacist raises one to this workstation's doctor
                        op = "raise_alert"
                        aid = alerts.raise_alert(pharmacist, AlertInput(
                            patient_id=plan.alert_patient, problem_category="1.6", problem_text="Risque hémorragique",
                            proposal_kind="stop", line_ids=plan.alert_lines, urgency="routine",
                            recipient_staff_id=plan.doctor_id))
                        open_alerts.append(aid)
                        acks["alert_raised"].append(aid)
                elif kind == "task":
                    if task_state is None:
                        op = "create_task"
                        tid = tasks.create_task(doctor, TaskInput(
                            title="Rappeler le patient", patient_id=rng.choice(plan.patient_ids),
                            assignee_staff_id=plan.doctor_id, due_date=date.today() + timedelta(days=2)))
                        task_state = {"id": tid, "version": 1, "next": "accepted"}
                        acks["task_created"].append(tid)
                    else:
                        step = task_state["next"]
                        op = "complete_task" if step == "completed" else "task_step"
                        task_state["version"] = tasks.transition(doctor, task_state["id"], task_state["version"],
                                                                 step, result="Fait" if step == "completed" else None)
                        task_state["next"] = {"accepted": "in_progress", "in_progress": "completed"}.get(step)
                        if step == "completed":
                            acks["task_completed"].append(task_state["id"])
                            task_state = None
                else:
                    view = care_plans.get_plan(doctor, plan.plan_id)
                    text = f"ws{plan.index} edit {actions}"
                    save_started = time.perf_counter()
                    version = care_plans.update_plan(doctor, plan.plan_id, view.version,
                                                     care_plans.as_input(view, expectations=text))
                    timings["read_care_plan"].append((save_started - started) * 1000)
                    started = save_started
                    op = "edit_care_plan"
                    acks["care_plan"].append([plan.plan_id, version, text])
                timings[op].append((time.perf_counter() - started) * 1000)
            except CordeeError as exc:
                key = f"{type(exc).__name__}:{exc.code}"
                errors[key] += 1
                samples.setdefault(key, f"{op}: {exc!r}")
                if kind == "task":
                    task_state = None
            except Exception as exc:
                key = f"raw:{type(exc).__name__}"
                errors[key] += 1
                samples.setdefault(key, f"{op}: " + traceback.format_exc()[-1500:])
                if kind == "task":
                    task_state = None
    finally:
        if listener is not None:
            listener.stop()
        db.close()
    return actions
