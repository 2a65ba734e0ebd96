"""Demo data for delegated tasks: protocol activation, adherences and enrolments, tasks in every status, pool and
overdue tasks, a recurring HbA1c task, and an absence. One of the steps of ``demo.practice.STEPS``."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from app.models.patient import Patient, PatientProblem
from app.services.kernel.context import ServiceContext
from app.services.kernel.labels import TASK_STATUS, label
from app.services.tasks import absences, protocols, recurrence
from app.services.tasks import task_flow as tasks
from app.services.tasks.task_flow import TaskInput


def add_demo_tasks(ctx: ServiceContext, ids: dict[str, int]) -> None:
    """Add the demo tasks (``ids``: demo username → staff id)."""
    today = recurrence.today_local()
    trained = today - timedelta(days=120)
    for code in ("fr-asalee", "fr-pc-cystitis", "fr-pharmacien-correspondant", "fr-assistant-medical", "fr-ipa-pcs"):
        protocols.set_active(ctx, code, True, activated_on=today - timedelta(days=200))
    protocols.set_adherence(ctx, "fr-asalee", ids["ide.nguyen"], training_date=trained)
    protocols.set_adherence(ctx, "fr-pc-cystitis", ids["ide.nguyen"], training_date=trained)
    protocols.set_adherence(ctx, "fr-pharmacien-correspondant", ids["ph.bernard"], training_date=None)
    protocols.set_adherence(ctx, "fr-assistant-medical", ids["am.lefebvre"], training_date=None)
    protocols.set_adherence(ctx, "fr-ipa-pcs", ids["ipa.roux"], training_date=trained)
    with ctx.transaction() as session:
        diabetic = session.exec(select(Patient.id).join(PatientProblem, PatientProblem.patient_id == Patient.id)
                                .where(PatientProblem.code == "E11.9").order_by(Patient.id).limit(3)).all()
        others = session.exec(select(Patient.id).order_by(Patient.id).limit(12)).all()
    if not others:
        return
    for pid in diabetic:
        protocols.enrol_patient(ctx, "fr-asalee", pid, consent_date=today - timedelta(days=60), consent_how="written")
    nurse, ma, ipa, doc = ids["ide.nguyen"], ids["am.lefebvre"], ids["ipa.roux"], ids["dr.martin"]

    def task(title, *, who=None, pool=None, patient=None, due=0, **extra):
        return tasks.create_task(ctx, TaskInput(title=title, assignee_staff_id=who, pool_role=pool, patient_id=patient,
                                                due_date=today + timedelta(days=due), **extra))

    p = lambda i: others[i % len(others)]  # noqa: E731
    if diabetic:
        task("HbA1c trimestrielle", who=nurse, patient=diabetic[0], due=0, task_type="lab_monitoring",
             recurrence_rule="FREQ=MONTHLY;INTERVAL=3", protocol_code="fr-asalee", act="t2d_exam_prescription")
        task("Examen des pieds (diabète)", who=nurse, patient=diabetic[-1], due=3, protocol_code="fr-asalee",
             act="t2d_foot_exam")
    task("Rappeler pour le vaccin grippe", pool="medical_assistant", patient=p(1), due=1, task_type="recall")
    task("Préparer le dossier de la RCP", pool="coordinator", due=5)
    task("Mesure tension et poids avant consultation", pool="medical_assistant", patient=p(2), due=-4,
         priority="urgent")
    task("Bilan rénal à prescrire", who=ipa, patient=p(3), due=-6)
    task("Rendez-vous cardiologue à organiser", who=ma, patient=p(4), due=-1, task_type="coordination")
    statuses = [("requested", []), ("accepted", ["accepted"]), ("in_progress", ["accepted", "in_progress"]),
                ("on_hold", ["accepted", "in_progress", "on_hold"]),
                ("completed", ["accepted", "in_progress", "completed"]), ("cancelled", ["cancelled"]),
                ("failed", ["accepted", "in_progress", "failed"])]
    for i, (name, path) in enumerate(statuses):
        tid = task(f"Pansement à domicile ({label(TASK_STATUS, name, 'fr')})", who=nurse, patient=p(5 + i), due=i - 2)
        version = 1
        for status in path:
            version = tasks.transition(ctx, tid, version, status, reason="démo", result="Plaie propre, cicatrisation en cours")
    task("Contrôle INR", who=doc, patient=p(6), due=0, priority="asap")
    absences.record_absence(ctx, nurse, today + timedelta(days=7), today + timedelta(days=14), "Congés")
