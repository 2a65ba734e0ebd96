"""Demo new-patient intake: nine patients asking to be taken in, in every state — five waiting (three with a
long-term condition or frailty, so the list's order shows), one in progress, two done (one of them closed with an
identity that cannot be qualified: insured in Switzerland, no INS, her task to qualify it waiting), one withdrawn —
worked by the medical assistant through the services, so the rules hold."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import select

from app.models.intake import Intake
from app.models.patient import InsOid
from app.models.staff import Staff
from app.services.intake import intakes, step_tasks, steps
from app.services.intake.intakes import IntakeInput
from app.services.intake.steps import StepInput
from app.services.kernel.context import ServiceContext
from app.services.patients import records as patients
from app.services.patients.records import PatientInput, ProblemEntry
from app.services.practice.accounts import actor_for
from app.services.tasks import recurrence

# family, given, sex, birth, days since the request, long-term condition (ALD code, label), frailty, reason, state
PEOPLE = (
    ("Lambert", "Odette", "F", date(1943, 6, 2), 45, None, True, "Médecin traitant parti à la retraite", "waiting"),
    ("Roussel", "Marcel", "M", date(1958, 11, 20), 12, ("E11", "Diabète de type 2"), False,
     "Arrivé dans la commune", "waiting"),
    ("Garnier", "Sophie", "F", date(1991, 3, 14), 60, None, False, "Sans médecin traitant depuis deux ans",
     "waiting"),
    ("Perrin", "Louis", "M", date(1973, 9, 5), 30, None, False, "Médecin traitant parti à la retraite", "waiting"),
    ("Chevalier", "Anne", "F", date(1950, 1, 28), 5, ("I50", "Insuffisance cardiaque"), True,
     "Sortie d'hospitalisation sans médecin traitant", "waiting"),
    ("Morel", "Jacques", "M", date(1967, 4, 17), 25, ("J44", "BPCO"), False, "Arrivé dans la commune",
     "in_progress"),
    ("Fontaine", "Claire", "F", date(1980, 8, 9), 40, None, False, "Médecin traitant parti à la retraite", "done"),
    ("Blanc", "Henri", "M", date(1962, 12, 3), 50, None, False, "A trouvé un médecin près de son travail",
     "withdrawn"),
    ("Weber", "Ursula", "F", date(1957, 5, 22), 20, None, False, "Frontalière assurée en Suisse, arrivée à Lyon",
     "done_unqualified"),
)


def _ins(sex: str, birth: date, serial: int) -> str:
    """A matricule with a valid key (fictitious; born in Lyon, commune code 69123)."""
    number = f"{1 if sex == 'M' else 2}{birth.year % 100:02d}{birth.month:02d}69123{serial:03d}"
    return number + f"{97 - int(number) % 97:02d}"


def add_demo_intake(ctx: ServiceContext, ids: dict[str, int]) -> None:
    """The intakes, worked as the medical assistant; the tasks of the open steps of the first waiting patient."""
    with ctx.transaction() as session:
        ma = ctx.as_actor(actor_for(session.get(Staff, ids["am.lefebvre"])))
        if session.exec(select(Intake.id)).first() is not None:
            return
    doctor, today = ids["dr.favre"], recurrence.today_local()   # the services' day (the practice's time zone)
    for serial, (family, given, sex, birth, days, ald, frail, reason, state) in enumerate(PEOPLE, start=1):
        problems = [ProblemEntry("ald", ald[1], ald[0])] if ald else []
        if state != "waiting":
            problems.append(ProblemEntry("condition", "Hypertension artérielle", "I10"))
        no_ins = state == "done_unqualified"
        pid = patients.create_patient(ma, PatientInput(
            family_name=family, given_names=given, birth_date=birth.strftime("%d.%m.%Y"), sex=sex, city="Lyon",
            postal_code="69003", birth_name=family, birth_given_names=given, birth_place_code="69123",
            ins_matricule=None if no_ins else _ins(sex, birth, serial), ins_oid=None if no_ins else InsOid.TEST_NIR.value,
            ins_status=None if no_ins else "QUAL" if state == "done" else "PROV", problems=problems))
        iid = intakes.register(ma, pid, IntakeInput(today - timedelta(days=days), bool(ald), frail, reason))
        if state == "waiting":
            continue
        if state == "withdrawn":
            intakes.withdraw(ma, iid, 1, reason)
            continue
        v = intakes.take_on(ma, iid, 1, doctor, today + timedelta(days=4 if state == "in_progress" else 0), 1)
        v = steps.record_step(ma, iid, v, "gp_declaration", StepInput("form_given", today - timedelta(days=3)))
        v = steps.record_step(ma, iid, v, "records_requested", StepInput(
            on=today - timedelta(days=days - 2), detail="Dr Roux, cabinet de la Croix-Rousse"))
        if state == "in_progress":
            step_tasks.create_step_tasks(ma, iid)
            continue
        if no_ins:
            v = steps.record_step(ma, iid, v, "identity", StepInput(
                "not_qualifiable", today - timedelta(days=days - 1), reason="no_ins",
                detail="Carte d'assurance suisse, pas de NIR connu"))
        else:
            v = steps.record_step(ma, iid, v, "identity", StepInput(on=today - timedelta(days=days - 1)))
        v = steps.record_step(ma, iid, v, "gp_declaration", StepInput(on=today - timedelta(days=1), staff_id=doctor,
                                                                      patient_version=2))
        v = steps.record_step(ma, iid, v, "records_received", StepInput(on=today - timedelta(days=10)))
        for key in ("summary_problems", "summary_medications", "summary_allergies", "summary_risk_factors"):
            v = steps.record_step(ma, iid, v, key, StepInput())
    first = next(i for i, p in enumerate(PEOPLE) if p[8] == "waiting")
    with ctx.transaction() as session:
        iid = session.exec(select(Intake.id).order_by(Intake.id).offset(first)).first()
    step_tasks.create_step_tasks(ma, iid)
