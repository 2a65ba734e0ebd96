"""Demo data for deprescribing plans: a benzodiazepine taper agreed two weeks ago (step 1 confirmed by the doctor
and its follow-up call made by the nurse, step 2 due today for the doctor to confirm), a PPI plan the pharmacist
proposed that waits for the patient's agreement, and an opioid taper (the CDC 2022 monthly scheme) made from the
review's finding on the patient's tramadol, agreed five weeks ago, its first step ahead. One of the steps of
``demo.practice.STEPS``."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from app.models.medication import MedicationLine
from app.models.staff import Staff
from app.services.care_plans import deprescribing
from app.services.care_plans.deprescribing_input import Agreement, DeprescribingInput, StepInput
from app.services.kernel.context import ServiceContext
from app.services.medications import check as medication_check
from app.services.practice.accounts import actor_for
from app.services.tasks import recurrence
from app.services.tasks import task_flow as tasks
from app.services.tasks import worklists as task_lists


def _first_line(ctx: ServiceContext, prefix: str, skip: set[int]) -> MedicationLine | None:
    with ctx.transaction() as session:
        return session.exec(select(MedicationLine).where(MedicationLine.stopped_at.is_(None),
            MedicationLine.atc.startswith(prefix), MedicationLine.patient_id.not_in(skip or {0}))
            .order_by(MedicationLine.id)).first()


def _input(pharmacist: ServiceContext, line: MedicationLine, scheme: str, start, agreed, reason: str,
           finding: str | None = None, role: str = "nurse") -> DeprescribingInput:
    proposal = deprescribing.propose_steps(pharmacist, line.id, scheme, start)
    return DeprescribingInput(line_id=line.id, scheme_key=scheme, reason=reason, follow_up_role=role,
                              steps=[StepInput(s.due_date, s.stop, s.posology) for s in proposal],
                              agreement=Agreement(agreed, "consultation") if agreed else None, finding_code=finding)


def add_demo_deprescribing(ctx: ServiceContext, ids: dict[str, int]) -> None:
    """The two plans above, for demo patients who take such a drug (``ids``: demo username → staff id)."""
    today = recurrence.today_local()
    with ctx.transaction() as session:
        doc, pharmacist, nurse = (ctx.as_actor(actor_for(session.get(Staff, ids[u])))
                                  for u in ("dr.martin", "ph.bernard", "ide.nguyen"))
    taper = _first_line(ctx, "N05BA", set()) or _first_line(ctx, "N05CF", set())
    if taper is not None:
        start = today - timedelta(days=14)
        plan_id = deprescribing.create_plan(pharmacist, taper.patient_id, _input(
            pharmacist, taper, "has_bzd_2015", start, start,
            "Benzodiazépine au long cours chez une personne âgée (risque de chute) — arrêt progressif convenu"))
        plan = deprescribing.get_plan(doc, plan_id)
        deprescribing.confirm_step(doc, plan_id, plan.version, plan.steps[0].id, today=start)
        task_id = plan.steps[0].task_id
        v = tasks.claim_task(nurse, task_id, task_lists.get_task(nurse, task_id).row.version)
        v = tasks.transition(nurse, task_id, v, "in_progress")
        tasks.transition(nurse, task_id, v, "completed", result="Bien tolérée ; sommeil un peu plus léger.")
    taken = {taper.patient_id} if taper else set()
    ppi = _first_line(ctx, "A02BC", taken)
    if ppi is not None:
        taken.add(ppi.patient_id)
        deprescribing.create_plan(pharmacist, ppi.patient_id, _input(
            pharmacist, ppi, "deprescribing_org_ppi_2017_lower", today + timedelta(days=7), None,
            "IPP depuis plus d'un an sans indication au long cours retrouvée"))
    opioid = _first_line(ctx, "N02A", taken)
    if opioid is not None:
        findings = [f for f in medication_check.review_patient(pharmacist, opioid.patient_id).findings
                    if opioid.atc in f.atc]
        found = findings[0] if findings else None
        start = today - timedelta(days=35)
        deprescribing.create_plan(pharmacist, opioid.patient_id, _input(
            pharmacist, opioid, "cdc_2022_opioid_long", start, start,
            (found.message if found else "Tramadol au long cours sans bénéfice clair sur la douleur")[:500],
            found.rule[:120] if found else None, role="pharmacist"))
