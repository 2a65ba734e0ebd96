"""Demo data for team messages: a general team thread, patient threads with mentions, an urgent message, a
retracted one, a message turned into a task, some read and some waiting unread for the demo doctor (dr.martin).
One of the steps of ``demo.practice.STEPS``."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from app.models.patient import Patient
from app.models.staff import Staff
from app.services.kernel.context import ServiceContext
from app.services.messages import convert, threads
from app.services.messages.message_input import MessageInput
from app.services.practice.accounts import actor_for
from app.services.tasks import recurrence
from app.services.tasks.task_input import TaskInput


def add_demo_messages(ctx: ServiceContext, ids: dict[str, int]) -> None:
    """Add the demo threads (``ids``: demo username → staff id)."""
    with ctx.transaction() as session:
        people = {u: ctx.as_actor(actor_for(session.get(Staff, ids[u])))
                  for u in ("dr.martin", "dr.favre", "ph.bernard", "ide.nguyen", "am.lefebvre", "coord.dubois")}
        pids = session.exec(select(Patient.id).order_by(Patient.id).offset(2).limit(3)).all()
    if len(pids) < 3:
        return
    martin, favre, pharmacist = people["dr.martin"], people["dr.favre"], people["ph.bernard"]
    nurse, assistant, coordinator = people["ide.nguyen"], people["am.lefebvre"], people["coord.dubois"]
    team = threads.start_thread(coordinator, subject="Réunion d'équipe de jeudi", message=MessageInput(
        "Ordre du jour : retours d'hospitalisation, PPCS à réviser, planning des congés. @dr.martin @ide.nguyen "
        "merci d'apporter vos dossiers."))
    threads.post(nurse, team, MessageInput("Je serai là à 13 h."))
    threads.open_thread(martin, team)                                        # read by the demo doctor
    threads.post(assistant, team, MessageInput("Salle de réunion réservée, vidéoprojecteur prêt."))

    fall = threads.start_thread(nurse, patient_id=pids[0], subject="Chute à domicile", message=MessageInput(
        "Chute cette nuit en se levant, pas de perte de connaissance. TA couchée 132/78, debout 104/60. "
        "@dr.martin hypotension orthostatique ? Revoir le traitement antihypertenseur.", urgent=True))
    threads.open_thread(pharmacist, fall)
    threads.post(pharmacist, fall, MessageInput("Amlodipine + furosémide + tamsulosine : cumul d'effets "
                                                "hypotenseurs. Je peux préparer une analyse pharmaceutique."))
    wrong = threads.post(favre, fall, MessageInput("RDV pris vendredi 10 h"))
    threads.retract(favre, wrong, "Erreur de patient : message destiné à un autre dossier")

    bloods = threads.start_thread(martin, patient_id=pids[1], subject="Bilan rénal", message=MessageInput(
        "@am.lefebvre merci d'organiser une prise de sang (créatinine, kaliémie) avant le renouvellement."))
    first = threads.open_thread(assistant, bloods).messages[0].id
    convert.to_task(assistant, first, TaskInput(title="Prise de sang créatinine + kaliémie",
                                                assignee_staff_id=ids["am.lefebvre"],
                                                due_date=recurrence.today_local() + timedelta(days=5)))
    threads.post(assistant, bloods, MessageInput("Tâche créée, prélèvement à domicile mardi."))

    threads.start_thread(pharmacist, patient_id=pids[2], subject="Renouvellement", message=MessageInput(
        "Ordonnance expirée le mois dernier, le patient demande un renouvellement de 1 mois. @dr.favre "
        "@dr.martin qui le voit cette semaine ?"))
