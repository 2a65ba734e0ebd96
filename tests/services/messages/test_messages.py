"""Team messages through the real services: threads about a patient and general team threads, mentions, read status
per member, unread counts, search, retraction with a trace, access limited to the chart's readers, audit, and a
message turned into a task, an alert and a care-plan revision."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import func, select

from app.models.audit import AuditEvent
from app.models.care_plan import CarePlan, CarePlanProblem
from app.models.message import MessageLink, MessageThread, TeamMessage
from app.models.task import Task
from app.services.alerts import alert_flow
from app.services.alerts.alert_input import AlertInput
from app.services.care_plans import lifecycle
from app.services.care_plans import plans as care_plans
from app.services.care_plans.plan_input import GoalInput, PlanInput
from app.services.errors import AccessDenied, ValidationError
from app.services.messages import convert, inbox, threads
from app.services.messages.message_input import MAX_BODY, MessageInput, mentioned_logins
from app.services.tasks import recurrence
from app.services.tasks.task_input import TaskInput
from tests.services.security.test_record_access import limit_charts, patient, second_physician
from tests.support import in_english

TODAY = recurrence.today_local()


def _count(practice, table) -> int:
    with practice.db.session() as s:
        return s.exec(select(func.count()).select_from(table)).one()


def _audit(practice, action) -> list[AuditEvent]:
    with practice.db.session() as s:
        return list(s.exec(select(AuditEvent).where(AuditEvent.action == action)))


def test_mentions_are_read_from_the_text():
    assert mentioned_logins("Merci @nurse et @Medical.assistant. Mail: a@b.fr @nurse") == ["nurse",
                                                                                          "medical.assistant"]


def test_a_patient_thread_with_mentions_read_status_and_unread_counts(practice):
    pid = patient(practice)
    doc, nurse, ma = practice.ctx["physician"], practice.ctx["nurse"], practice.ctx["medical_assistant"]
    tid = threads.start_thread(doc, patient_id=pid, subject="Chute hier soir", message=MessageInput(
        "@nurse peux-tu passer la voir demain ? TA à contrôler.", urgent=True,
        mention_ids=[practice.staff_ids["medical_assistant"]]))
    assert inbox.unread_counts(doc) == inbox.UnreadCounts(0, 0, 0)            # one's own message is read
    assert inbox.unread_counts(nurse) == inbox.UnreadCounts(1, 1, 1)
    assert inbox.patient_unread(nurse, pid).unread == 1
    assert [t.id for t in inbox.threads(nurse, "mentions")] == [tid]
    assert [t.id for t in inbox.threads(practice.ctx["pharmacist"], "mentions")] == []   # not named
    assert [t.id for t in inbox.threads(practice.ctx["pharmacist"], "unread")] == [tid]
    detail = threads.open_thread(nurse, tid)
    first = detail.messages[0]
    assert first.urgent and set(first.mentions) == {"Test Nurse", "Test Medical"} and first.read_by == ("Test Nurse",)
    assert inbox.unread_counts(nurse) == inbox.UnreadCounts(0, 0, 0)          # opening it read it
    assert inbox.unread_counts(ma).unread == 1                                # each member their own
    threads.post(nurse, tid, MessageInput("Passée à 9 h, TA 128/76, pas de plaie."))
    detail = threads.open_thread(doc, tid)
    assert detail.messages[0].read_by == ("Test Nurse",)                      # read status per member
    assert detail.messages[1].read_by == ("Test Physician",)
    assert inbox.patient_unread(ma, pid).unread == 2
    assert [e.patient_id for e in _audit(practice, "message.read")] == [pid, pid]   # reads audited like the chart
    assert len(_audit(practice, "message.post")) == 2


def test_general_team_threads_and_search(practice):
    pid = patient(practice)
    doc, nurse = practice.ctx["physician"], practice.ctx["nurse"]
    team = threads.start_thread(nurse, subject="Planning de la semaine", message=MessageInput("Réunion jeudi 13 h"))
    chart = threads.start_thread(doc, patient_id=pid, subject="Anticoagulant", message=MessageInput(
        "INR à 4,2 : à recontrôler après la fenêtre thérapeutique"))
    assert [t.id for t in inbox.threads(doc, "team")] == [team]
    assert {t.id for t in inbox.threads(doc)} == {team, chart}
    assert [t.id for t in inbox.search(nurse, "therapeutique INR")] == [chart]   # accents and case ignored
    assert [t.id for t in inbox.search(nurse, "reunion")] == [team]
    assert inbox.search(nurse, "inr", patient_id=pid)[0].patient_name == "MOREL Jeanne"
    assert inbox.search(nurse, "absent") == []
    with pytest.raises(ValidationError) as err:
        inbox.search(nurse, "  ")
    assert err.value.field == "search"


@pytest.mark.parametrize(("subject", "body", "mentions", "field", "code"), [
    ("Sujet", "   ", [], "body", "required"),
    ("Sujet", "x" * (MAX_BODY + 1), [], "body", "too_long"),
    ("", "Texte", [], "subject", "required"),
    ("Sujet", "Pour @personne", [], "mentions", "messages.unknown_login"),
    ("Sujet", "Texte", [9999], "mentions", "access.unknown_staff"),
])
def test_bad_input_is_answered_clearly_and_nothing_is_stored(practice, subject, body, mentions, field, code):
    with pytest.raises(ValidationError) as err:
        threads.start_thread(practice.ctx["nurse"], subject=subject,
                             message=MessageInput(body, mention_ids=mentions))
    assert (err.value.field, err.value.code) == (field, code)
    text = in_english(err.value)                                              # a sentence naming the field
    assert text.split(":")[0] in ("Message", "Subject", "Mentions") and "." not in text.split(":")[1][:12]
    assert _count(practice, MessageThread) == 0 and _count(practice, TeamMessage) == 0


def test_retraction_keeps_a_trace_and_only_the_author_retracts(practice):
    doc, nurse = practice.ctx["physician"], practice.ctx["nurse"]
    tid = threads.start_thread(nurse, subject="Stock", message=MessageInput("Commande de pansements faite"))
    mid = threads.open_thread(nurse, tid).messages[0].id
    with pytest.raises(AccessDenied) as err:
        threads.retract(doc, mid, "erreur")
    assert err.value.reason == "not_author"
    with pytest.raises(ValidationError) as bad:
        threads.retract(nurse, mid, " ")
    assert bad.value.field == "retracted_reason"
    threads.retract(nurse, mid, "Mauvais fil")
    row = threads.open_thread(doc, tid).messages[0]
    assert row.retracted and row.body == "" and row.retracted_reason == "Mauvais fil" and row.retracted_by == \
        "Test Nurse"
    with practice.db.session() as s:                                           # never deleted
        assert s.get(TeamMessage, mid).body == "Commande de pansements faite"
    with pytest.raises(ValidationError) as again:
        threads.retract(nurse, mid, "encore")
    assert again.value.code == "messages.already_retracted"
    assert inbox.search(doc, "pansements") == []
    assert len(_audit(practice, "message.retract")) == 1


def test_a_member_outside_the_circle_cannot_read_a_restricted_thread(practice):
    pid = patient(practice)                                   # médecin traitant: the physician
    limit_charts(practice)
    other, other_id = second_physician(practice)
    doc = practice.ctx["physician"]
    tid = threads.start_thread(doc, patient_id=pid, subject="Fin de vie", message=MessageInput("Discussion LATA"))
    with pytest.raises(AccessDenied) as err:
        threads.open_thread(other, tid)
    assert err.value.reason == "not_in_circle"
    with pytest.raises(AccessDenied):
        threads.post(other, tid, MessageInput("Je peux aider"))
    assert inbox.threads(other) == [] and inbox.unread_counts(other).unread == 0
    assert inbox.search(other, "LATA") == []
    with pytest.raises(ValidationError) as mention:
        threads.post(doc, tid, MessageInput("Avis ?", mention_ids=[other_id]))
    assert mention.value.code == "messages.mention_outside_circle" and "Paul Martin" in in_english(mention.value)
    assert _count(practice, TeamMessage) == 1
    team = threads.start_thread(other, subject="Garde", message=MessageInput("Qui prend samedi ?"))
    assert [t.id for t in inbox.threads(other)] == [team]   # team threads stay open to everyone


def test_a_message_becomes_a_task_with_a_link_back(practice):
    pid = patient(practice)
    doc, nurse = practice.ctx["physician"], practice.ctx["nurse"]
    tid = threads.start_thread(doc, patient_id=pid, subject="Bilan", message=MessageInput("Prise de sang NFS lundi"))
    mid = threads.open_thread(nurse, tid).messages[0].id
    task_id = convert.to_task(nurse, mid, TaskInput(title="Prise de sang NFS", assignee_staff_id=practice.staff_ids["nurse"],
                                                   due_date=TODAY + timedelta(days=3)))
    with practice.db.session() as s:
        task = s.get(Task, task_id)
        assert (task.patient_id, task.origin_type, task.origin_id) == (pid, "message", mid)
        assert task.description == "«Prise de sang NFS lundi»"
    assert threads.open_thread(doc, tid).messages[0].links == (("task", task_id),)
    assert [e.detail for e in _audit(practice, "message.convert")] == [f"task {task_id}"]
    with pytest.raises(ValidationError) as err:
        convert.to_task(nurse, mid, TaskInput(title=""))
    assert err.value.field == "title" and _count(practice, MessageLink) == 1


def test_a_message_becomes_an_alert(practice):
    pid = patient(practice)
    ph = practice.ctx["pharmacist"]
    tid = threads.start_thread(ph, patient_id=pid, subject="Ordonnance", message=MessageInput(
        "Pas de statine malgré l'infarctus de 2019 ?"))
    mid = threads.open_thread(ph, tid).messages[0].id
    alert_id = convert.to_alert(ph, mid, AlertInput(problem_category="1.2", proposal_kind="information",
                                                    recipient_staff_id=practice.staff_ids["physician"]))
    alert = alert_flow.open_alert(practice.ctx["physician"], alert_id)
    assert alert.row.patient_id == pid and "statine" in alert.row.problem_text
    assert threads.open_thread(ph, tid).messages[0].links == (("alert", alert_id),)
    team = threads.start_thread(ph, subject="Garde", message=MessageInput("Pharmacie fermée samedi"))
    with pytest.raises(ValidationError) as err:
        convert.to_alert(ph, threads.open_thread(ph, team).messages[0].id, AlertInput(
            problem_category="1.2", proposal_kind="information"))
    assert err.value.code == "messages.no_patient"


def test_a_message_opens_a_care_plan_revision(practice):
    pid = patient(practice)
    doc, nurse = practice.ctx["physician"], practice.ctx["nurse"]
    plan_id = care_plans.create_plan(nurse, pid, PlanInput(referent_staff_id=practice.staff_ids["nurse"],
                                                           review_date=TODAY + timedelta(days=90)))
    tid = threads.start_thread(nurse, patient_id=pid, subject="Retour à domicile", message=MessageInput(
        "Ne peut plus monter l'escalier : prévoir un lit médicalisé au rez-de-chaussée"))
    mid = threads.open_thread(nurse, tid).messages[0].id
    with pytest.raises(ValidationError) as bad:      # a bad domain: nothing stored, the draft unchanged
        convert.to_plan_revision(nurse, mid, domain="nowhere")
    assert bad.value.field == "domain" and _count(practice, MessageLink) == 0
    version, _ = care_plans.save_item(nurse, plan_id, 1, "goal", GoalInput(objective="Rester à domicile"))
    version = lifecycle.validate(doc, plan_id, version, agreement_date=TODAY, agreement_how="oral")
    assert convert.to_plan_revision(nurse, mid, domain="environmental") == plan_id
    with practice.db.session() as s:
        plan = s.get(CarePlan, plan_id)
        assert (plan.status, plan.revision) == ("revised", 2)
        problem = s.exec(select(CarePlanProblem).where(CarePlanProblem.plan_id == plan_id)).one()
        assert problem.label.startswith("«Ne peut plus monter") and problem.domain == "environmental"
        assert problem.source.startswith("Test Nurse")
        link = s.exec(select(MessageLink)).one()
        assert (link.kind, link.target_id, link.target_revision) == ("care_plan", plan_id, 2)


def test_no_plan_in_force_and_a_retracted_message_are_refused(practice):
    pid = patient(practice)
    nurse = practice.ctx["nurse"]
    tid = threads.start_thread(nurse, patient_id=pid, subject="Kiné", message=MessageInput("Kiné 2x/semaine"))
    mid = threads.open_thread(nurse, tid).messages[0].id
    with pytest.raises(ValidationError) as err:
        convert.to_plan_revision(nurse, mid)
    assert err.value.code == "messages.no_plan_in_force"
    threads.retract(nurse, mid, "doublon")
    with pytest.raises(ValidationError) as gone:
        convert.to_task(nurse, mid, TaskInput(title="Kiné", assignee_staff_id=practice.staff_ids["nurse"]))
    assert gone.value.code == "messages.retracted_message" and _count(practice, Task) == 0
