"""Demo data for shared care plans: one plan in each lifecycle state (draft, validated, active with tasks and
progress, revised, closed, one past its review date), with care circles, goals and actions turned into tasks.
One of the steps of ``demo.practice.STEPS``."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from app.models.patient import Patient
from app.models.staff import Staff
from app.services.care_plans import lifecycle as life
from app.services.care_plans import plans as care_plans
from app.services.care_plans.plan_input import (
    ActionInput,
    GoalInput,
    MemberInput,
    PlanInput,
    ProblemInput,
    UnmetNeedInput,
)
from app.services.kernel.context import ServiceContext
from app.services.practice.accounts import actor_for
from app.services.tasks import recurrence
from app.services.tasks import task_flow as tasks
from app.services.tasks import worklists as task_lists

STATES = ("draft", "validated", "active", "revised", "closed", "overdue")


def _plan(ctx: ServiceContext, ids: dict, patient_id: int, review_in: int) -> tuple[int, int]:
    today = recurrence.today_local()
    plan_id = care_plans.create_plan(ctx, patient_id, PlanInput(
        referent_staff_id=ids["ide.nguyen"], review_date=today + timedelta(days=review_in),
        synthesis_medical="Insuffisance cardiaque (NYHA II), diabète de type 2, chutes répétées.",
        synthesis_psychological="Humeur triste depuis le veuvage.", synthesis_social="Vit seule, fils à 40 km.",
        synthesis_environmental="Maison à étage, salle de bain non adaptée.",
        expectations="Rester chez elle le plus longtemps possible.", advance_directives="yes",
        advance_directives_date=today - timedelta(days=400), advance_directives_location="Mon espace santé",
        trusted_person_name="Marc (fils)", trusted_person_contact="06 12 34 56 78",
        trusted_person_designated_on=today - timedelta(days=400),
        alert_procedure="Prise de poids > 2 kg en 3 jours ou chute : appeler l'infirmier, sinon le médecin "
                        "traitant ; la nuit, le 15."))
    v = 1
    v, _ = care_plans.save_item(ctx, plan_id, v, "member", MemberInput(category="practice_staff",
                                                                        staff_id=ids["dr.martin"]))
    v, _ = care_plans.save_item(ctx, plan_id, v, "member", MemberInput(
        category="home_nursing", name="SSIAD du Val", role="Infirmière coordinatrice", phone="04 75 12 34 56",
        start_date=today - timedelta(days=30)))
    v, _ = care_plans.save_item(ctx, plan_id, v, "member", MemberInput(
        category="family_caregiver", name="Marc (fils)", role="Aidant", phone="06 12 34 56 78"))
    v, falls = care_plans.save_item(ctx, plan_id, v, "problem", ProblemInput(
        domain="medical", label="Chutes à domicile", priority="high", source="IDE"))
    v, lonely = care_plans.save_item(ctx, plan_id, v, "problem", ProblemInput(
        domain="social", label="Isolement", priority="medium", source="Coordinatrice"))
    v, goal = care_plans.save_item(ctx, plan_id, v, "goal", GoalInput(
        objective="Ne plus chuter à domicile", measure="Nombre de chutes par mois",
        target_date=today + timedelta(days=90), problem_ids=[falls]))
    v, goal2 = care_plans.save_item(ctx, plan_id, v, "goal", GoalInput(
        objective="Sortir deux fois par semaine", target_date=today + timedelta(days=60), problem_ids=[lonely]))
    for data in (ActionInput(action_type="prevention", description="Appel de suivi à la patiente",
                             responsible_staff_id=ids["am.lefebvre"], due_date=today + timedelta(days=2), goal_id=goal),
                 ActionInput(action_type="care", description="Pesée et surveillance des œdèmes", responsible_role="nurse",
                             due_date=today + timedelta(days=1), recurrence_rule="FREQ=WEEKLY", goal_id=goal),
                 ActionInput(action_type="support", description="Inscription au club des aînés",
                             responsible_staff_id=ids["coord.dubois"], due_date=today + timedelta(days=10),
                             goal_id=goal2),
                 ActionInput(action_type="support", description="Portage des repas", responsible_other="CCAS")):
        v, _ = care_plans.save_item(ctx, plan_id, v, "action", data)
    v, _ = care_plans.save_item(ctx, plan_id, v, "unmet_need", UnmetNeedInput(
        description="Pas de place en accueil de jour", reason="Liste d'attente de 6 mois",
        reported_to_territory=True, reported_on=today - timedelta(days=5)))
    return plan_id, v


def add_demo_care_plans(ctx: ServiceContext, ids: dict[str, int]) -> None:
    """One plan per lifecycle state, for patients of Dr Martin (``ids``: demo username → staff id)."""
    today = recurrence.today_local()
    with ctx.transaction() as session:
        actors = {u: ctx.as_actor(actor_for(session.get(Staff, ids[u])))
                  for u in ("dr.martin", "ide.nguyen", "am.lefebvre", "coord.dubois")}
        patient_ids = session.exec(select(Patient.id).where(Patient.gp_staff_id == ids["dr.martin"])
                                   .order_by(Patient.id).limit(len(STATES))).all()
    doc, nurse, ma, coord = (actors[u] for u in ("dr.martin", "ide.nguyen", "am.lefebvre", "coord.dubois"))
    for state, pid in zip(STATES, patient_ids):
        plan_id, v = _plan(nurse, ids, pid, -4 if state == "overdue" else 5 if state == "active" else 90)
        if state == "draft":
            continue
        v = life.validate(doc, plan_id, v, agreement_date=today - timedelta(days=1), agreement_how="oral, en consultation")
        if state == "validated":
            continue
        v = life.activate(coord, plan_id, v)
        if state == "active":   # the medical assistant did her call: the action is done through its task
            task = next(t for t in task_lists.my_tasks(ma) if t.patient_id == pid and t.task_type == "care_plan_action")
            tv = tasks.transition(ma, task.id, task.version, "accepted")
            tv = tasks.transition(ma, task.id, tv, "in_progress")
            tasks.transition(ma, task.id, tv, "completed", result="Patiente jointe, pas de chute cette semaine")
        elif state == "revised":
            v = life.revise(nurse, plan_id, v)
            view = care_plans.get_plan(nurse, plan_id)
            care_plans.update_plan(nurse, plan_id, v, care_plans.as_input(
                view, synthesis_medical=view.data.synthesis_medical + " Hospitalisation récente pour décompensation."))
        elif state == "closed":
            life.close(coord, plan_id, v, "Entrée en EHPAD")
