"""Access decided on the record, through the real services: the médecin traitant validates, the recipient answers,
a restricted document is read by the people it names, charts limited to the care circle (search, chart, lists,
the front desk's identity card), and the account read on every call (deactivation, demotion)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import event

from app.services.alerts import alert_flow as alerts
from app.services.alerts import inbox as alert_inbox
from app.services.alerts.alert_input import AlertInput
from app.services.care_plans import lifecycle as life
from app.services.care_plans import plans as care_plans
from app.services.care_plans.plan_input import GoalInput, MemberInput, PlanInput
from app.services.coordination import documents, referrals
from app.services.coordination.referrals import ReferralInput
from app.services.errors import AccessDenied
from app.services.medications import medication_list as medications
from app.services.medications.medication_list import MedicationInput
from app.services.medications.posology import Posology
from app.services.patients import records as patients
from app.services.patients.records import PatientInput, ProblemEntry
from app.services.practice import practice_record
from app.services.practice import staff as staff_service
from app.services.practice.accounts import actor_for
from app.services.practice.staff import StaffInput
from app.services.security import access, records
from app.services.tasks import recurrence, worklists
from app.services.tasks import task_flow as tasks
from app.services.tasks.task_input import TaskInput
from tests.support import PASSWORD

TODAY = recurrence.today_local()
PDF = b"%PDF-1.4 compte rendu\n"


def second_physician(practice):
    """Another physician of the practice (not the patients' médecin traitant)."""
    from app.models.staff import Staff

    sid = staff_service.create_staff(practice.ctx["admin"], StaffInput(
        username="dr.martin", family_name="Martin", given_names="Paul", profession="Médecin généraliste",
        roles=["physician"]), PASSWORD, temporary_password=False)
    with practice.db.session() as s:
        return practice.ctx["admin"].as_actor(actor_for(s.get(Staff, sid))), sid


def patient(practice, family="Morel", gp=True) -> int:
    return patients.create_patient(practice.ctx["physician"], PatientInput(
        family_name=family, given_names="Jeanne", birth_date="12.03.1938", sex="F",
        gp_staff_id=practice.staff_ids["physician"] if gp else None, notes="Vit seule",
        problems=[ProblemEntry("condition", "Insuffisance cardiaque", "I50.9")]))


def limit_charts(practice, mode="circle") -> None:
    admin = practice.ctx["admin"]
    row = practice_record.get_practice(admin)
    practice_record.update_practice(admin, row.version, name=row.name, country=row.country, finess=row.finess,
                                    gln=row.gln, idle_lock_minutes=row.idle_lock_minutes, chart_access=mode)


def ready_plan(practice, pid) -> tuple[int, int]:
    nurse = practice.ctx["nurse"]
    plan_id = care_plans.create_plan(nurse, pid, PlanInput(referent_staff_id=practice.staff_ids["nurse"],
                                                           review_date=TODAY + timedelta(days=90)))
    version, _goal = care_plans.save_item(nurse, plan_id, 1, "goal", GoalInput(objective="Rester à domicile"))
    return plan_id, version


# -- relationships ----------------------------------------------------------------------------------------------
def test_only_the_patients_gp_validates_the_care_plan(practice):
    pid = patient(practice)
    plan_id, version = ready_plan(practice, pid)
    other, _sid = second_physician(practice)
    with pytest.raises(AccessDenied) as refused:
        life.validate(other, plan_id, version, agreement_date=TODAY, agreement_how="oral")
    assert refused.value.code == "access.not_gp" and refused.value.reason == "not_gp"
    assert care_plans.get_plan(other, plan_id).version == version          # nothing stored
    view = care_plans.get_plan(practice.ctx["physician"], plan_id)
    assert not access.can(other, "care_plan.validate", view.record)
    assert access.can(practice.ctx["physician"], "care_plan.validate", view.record)
    assert life.validate(practice.ctx["physician"], plan_id, version, agreement_date=TODAY,
                         agreement_how="oral") == version + 1


def test_without_a_gp_in_the_practice_any_physician_validates(practice):
    pid = patient(practice, gp=False)
    plan_id, version = ready_plan(practice, pid)
    other, _sid = second_physician(practice)
    assert life.validate(other, plan_id, version, agreement_date=TODAY, agreement_how="oral") == version + 1


def test_only_the_recipient_answers_an_alert(practice):
    pid = patient(practice)
    line = medications.add_medication(practice.ctx["physician"], pid, MedicationInput(
        atc="B01AC06", substances="acide acétylsalicylique", posology=Posology(dose_morning="1")))
    other, other_id = second_physician(practice)
    aid = alerts.raise_alert(practice.ctx["pharmacist"], AlertInput(
        patient_id=pid, problem_category="1.6", problem_text="Saignements", proposal_kind="information",
        line_ids=[line], urgency="routine", recipient_staff_id=practice.staff_ids["physician"]))
    detail = alerts.open_alert(other, aid)          # another physician may read it (open charts) …
    with pytest.raises(AccessDenied) as refused:    # … but not answer it
        alerts.refuse(other, aid, detail.row.version, "Non")
    assert refused.value.code == "access.not_recipient"
    assert alerts.open_alert(other, aid).row.state == "open"
    assert not access.can(other, "alert.answer", detail.record)
    doc = practice.ctx["physician"]
    alerts.refuse(doc, aid, alerts.open_alert(doc, aid).row.version, "Avis du cardiologue")


def test_a_restricted_document_is_read_by_the_people_it_names(practice):
    pid = patient(practice)
    doc, nurse, ma = (practice.ctx[r] for r in ("physician", "nurse", "medical_assistant"))
    open_id = documents.add_document(ma, pid, title="CR de sortie", filename="sortie.pdf", content=PDF)
    secret = documents.add_document(ma, pid, title="Courrier du psychiatre", filename="psy.pdf", content=PDF,
                                    restricted_staff=[practice.staff_ids["physician"]])
    by_role = documents.add_document(doc, pid, title="Bilan infirmier", filename="ide.pdf", content=PDF,
                                     restricted_roles=["nurse"])
    rows = {r.id: r for r in documents.list_documents(nurse, pid)}
    assert rows[secret].withheld and rows[secret].title == "" and rows[open_id].title == "CR de sortie"
    assert not rows[by_role].withheld
    with pytest.raises(AccessDenied) as refused:
        documents.open_document(nurse, secret)
    assert refused.value.code == "access.restricted"
    assert documents.open_document(doc, secret).row.title == "Courrier du psychiatre"
    assert documents.open_document(ma, secret).content == PDF          # who added it
    assert documents.open_document(nurse, by_role).row.title == "Bilan infirmier"
    with pytest.raises(AccessDenied):
        documents.open_document(practice.ctx["coordinator"], by_role)
    with pytest.raises(AccessDenied):
        documents.open_document(practice.ctx["pharmacist"], secret)


def test_a_restriction_names_active_staff_and_known_roles(practice):
    from app.services.errors import ValidationError

    pid = patient(practice)
    ma = practice.ctx["medical_assistant"]
    with pytest.raises(ValidationError) as e:
        documents.add_document(ma, pid, title="X", filename="x.pdf", content=PDF, restricted_staff=[4242])
    assert (e.value.field, e.value.code, e.value.params["ids"]) == ("restricted_staff", "access.unknown_staff",
                                                                     [4242])
    with pytest.raises(ValidationError) as e:
        documents.add_document(ma, pid, title="X", filename="x.pdf", content=PDF, restricted_roles=["surgeon"])
    assert e.value.field == "restricted_roles"
    assert documents.list_documents(ma, pid) == []


def test_only_the_responsible_person_or_the_team_records_progress(practice):
    from app.services.care_plans import action_tasks
    from app.services.care_plans.plan_input import ActionInput

    pid = patient(practice)
    plan_id, version = ready_plan(practice, pid)
    version, action = care_plans.save_item(practice.ctx["nurse"], plan_id, version, "action", ActionInput(
        action_type="support", description="Appeler la patiente",
        responsible_staff_id=practice.staff_ids["medical_assistant"]))
    version, other = care_plans.save_item(practice.ctx["nurse"], plan_id, version, "action", ActionInput(
        action_type="care", description="Pesée", responsible_role="nurse"))
    version = life.validate(practice.ctx["physician"], plan_id, version, agreement_date=TODAY, agreement_how="oral")
    ma, pharmacist = practice.ctx["medical_assistant"], practice.ctx["pharmacist"]
    version = action_tasks.record_action_progress(ma, plan_id, version, action, "in_progress", "Appelée lundi")
    with pytest.raises(AccessDenied) as refused:
        action_tasks.record_action_progress(ma, plan_id, version, other, "done", None)
    assert refused.value.code == "access.not_responsible"
    with pytest.raises(AccessDenied):
        action_tasks.record_action_progress(pharmacist, plan_id, version, action, "done", None)


# -- charts limited to the care circle ---------------------------------------------------------------------------
def test_limited_charts_open_to_the_care_team_only(practice):
    pid = patient(practice)
    other_pid = patient(practice, "Bernard", gp=False)
    plan_id, plan_version = ready_plan(practice, other_pid)     # the nurse, its referent, is in its circle
    limit_charts(practice)
    doc, nurse, ph = (practice.ctx[r] for r in ("physician", "nurse", "pharmacist"))
    assert patients.open_patient(doc, pid).data.notes == "Vit seule"            # the médecin traitant
    with pytest.raises(AccessDenied) as refused:
        patients.open_patient(nurse, pid)
    assert refused.value.code == "access.not_in_circle"
    with pytest.raises(AccessDenied):
        medications.list_current(nurse, pid)
    assert [p.id for p in patients.search_patients(nurse, "")] == [other_pid]
    assert [p.id for p in patients.search_patients(nurse, "mor")] == []
    assert [p.id for p in patients.search_patients(doc, "")] == [pid]
    assert patients.count_patients(doc) == 1 and patients.count_patients(nurse) == 1
    # a task assigned to the nurse brings her into the team while it is open
    task = tasks.create_task(doc, TaskInput(title="Pansement", patient_id=pid,
                                            assignee_staff_id=practice.staff_ids["nurse"], due_date=TODAY))
    assert patients.open_patient(nurse, pid).identity_only is False
    assert [p.id for p in patients.search_patients(nurse, "mor")] == [pid]
    version = worklists.get_task(nurse, task).row.version
    version = tasks.transition(nurse, task, version, "accepted")
    version = tasks.transition(nurse, task, version, "in_progress")
    tasks.transition(nurse, task, version, "completed", result="Fait")
    with pytest.raises(AccessDenied):
        patients.open_patient(nurse, pid)
    # the care circle of a plan in force: a pharmacist member
    care_plans.save_item(nurse, plan_id, plan_version, "member", MemberInput(
        category="practice_staff", staff_id=practice.staff_ids["pharmacist"], name="Test Pharmacist"))
    assert patients.open_patient(ph, other_pid).id == other_pid
    with pytest.raises(AccessDenied):
        patients.open_patient(ph, pid)
    # back to open charts: everyone reads again
    limit_charts(practice, "open")
    assert patients.open_patient(ph, pid).id == pid


def test_creating_a_care_plan_needs_the_chart(practice):
    pid = patient(practice)
    limit_charts(practice)
    with pytest.raises(AccessDenied):
        care_plans.create_plan(practice.ctx["nurse"], pid, PlanInput(referent_staff_id=practice.staff_ids["nurse"]))


def test_the_front_desk_keeps_the_register_but_not_the_chart(practice):
    pid = patient(practice)
    limit_charts(practice)
    ma, coord = practice.ctx["medical_assistant"], practice.ctx["coordinator"]
    assert [p.id for p in patients.search_patients(ma, "morel")] == [pid]
    card = patients.open_patient(ma, pid)
    assert card.identity_only and card.data.problems == [] and card.data.notes is None
    assert card.data.family_name == "Morel" and card.gp_display == "Test Physician"
    # the identity is edited; the chart's part stays as stored
    version = patients.update_patient(ma, pid, card.version, patients.with_changes(card, city="Annecy"))
    whole = patients.open_patient(practice.ctx["physician"], pid)
    assert whole.version == version and whole.data.city == "Annecy"
    assert whole.data.notes == "Vit seule" and [p.label for p in whole.data.problems] == ["Insuffisance cardiaque"]
    # the front desk files a letter and books a task for the doctor, without reading the chart
    documents.add_document(coord, pid, title="Courrier", filename="c.pdf", content=PDF)
    tasks.create_task(ma, TaskInput(title="Rappeler la patiente", patient_id=pid,
                                    assignee_staff_id=practice.staff_ids["physician"], due_date=TODAY))
    with pytest.raises(AccessDenied):
        medications.list_current(ma, pid)


def test_lists_do_not_show_patients_outside_the_circle(practice):
    pid, other = patient(practice), patient(practice, "Bernard")
    doc, nurse, coord = (practice.ctx[r] for r in ("physician", "nurse", "coordinator"))
    line = medications.add_medication(doc, other, MedicationInput(atc="C03CA01", substances="furosémide",
                                                                  posology=Posology(dose_morning="1")))
    aid = alerts.raise_alert(practice.ctx["pharmacist"], AlertInput(
        patient_id=other, problem_category="1.6", problem_text="Kaliémie", proposal_kind="information",
        line_ids=[line], urgency="routine", recipient_staff_id=practice.staff_ids["physician"]))
    overdue = tasks.create_task(doc, TaskInput(title="Bilan", patient_id=pid, assignee_staff_id=doc.actor.staff_id,
                                               due_date=TODAY - timedelta(days=10)))
    referrals.create_referral(doc, pid, ReferralInput(recipient="Cardiologie", clinical_question="Souffle ?"))
    limit_charts(practice)
    # the coordinator supervises: in open charts the whole practice, limited: the patients of her circle
    assert [a.id for a in alert_inbox.inbox(coord, "all")] == []
    assert alert_inbox.counts(coord, "all")["open"] == 0
    assert overdue not in [t.id for t in worklists.overdue_tasks(coord)]
    assert [a.id for a in alert_inbox.inbox(doc, "all")] == [aid]
    assert [t.id for t in worklists.overdue_tasks(doc)] == [overdue]
    # the front desk books every patient's referrals, without the clinical question
    (row,) = referrals.list_referrals(coord)
    assert row.withheld and row.clinical_question == "" and row.patient_id == pid
    assert referrals.list_referrals(nurse) == []
    assert referrals.list_referrals(doc)[0].clinical_question == "Souffle ?"
    limit_charts(practice, "open")
    assert [a.id for a in alert_inbox.inbox(coord, "all")] == [aid]


# -- the account as it is now ------------------------------------------------------------------------------------
def test_a_deactivated_nurse_is_refused_at_her_next_action(practice):
    nurse = practice.ctx["nurse"]
    heard = []
    nurse.notifier.subscribe(lambda topic, payload: heard.append((topic, payload)))
    pid = patients.create_patient(nurse, PatientInput(family_name="Petit", given_names="Luc",
                                                      birth_date="01.02.1950", sex="M"))
    staff_service.set_active(practice.ctx["admin"], practice.staff_ids["nurse"], False)
    with pytest.raises(AccessDenied) as refused:
        patients.create_patient(nurse, PatientInput(family_name="Petit", given_names="Léa",
                                                    birth_date="01.02.1951", sex="F"))
    assert refused.value.code == "access.inactive"
    assert ("access.revoked", {"staff_id": practice.staff_ids["nurse"], "reason": "inactive"}) in heard
    assert [p.id for p in patients.search_patients(practice.ctx["physician"], "petit")] == [pid]
    with pytest.raises(AccessDenied):
        patients.open_patient(nurse, pid)


def test_a_physician_demoted_to_medical_assistant_no_longer_prescribes(practice):
    doc = practice.ctx["physician"]
    pid = patient(practice)
    medications.add_medication(doc, pid, MedicationInput(atc="C09AA05", substances="ramipril",
                                                         posology=Posology(dose_morning="1")))
    member = next(s for s in staff_service.list_staff(practice.ctx["admin"]) if s.id == doc.actor.staff_id)
    staff_service.update_staff(practice.ctx["admin"], member.id, member.version, StaffInput(
        username=member.username, family_name=member.family_name, given_names=member.given_names,
        profession="Assistante médicale", roles=["medical_assistant"]))
    with pytest.raises(AccessDenied) as refused:
        medications.add_medication(doc, pid, MedicationInput(atc="C03CA01", substances="furosémide",
                                                             posology=Posology(dose_morning="1")))
    assert refused.value.code == "access_denied" and refused.value.params["roles"] == ("medical_assistant",)
    assert access.can(doc, "patient.create") and not access.can(doc, "medication.prescribe")
    assert len(medications.list_current(doc, pid)) == 1       # a medical assistant still reads the list


def test_the_account_is_read_once_per_unit_of_work(practice):
    doc = practice.ctx["physician"]
    pid = patient(practice)
    statements = []

    def count(conn, cursor, statement, *args):
        if statement.startswith("SELECT staff.active, staff.roles"):   # the account read
            statements.append(statement)
    event.listen(practice.db.engine, "before_cursor_execute", count)
    try:
        with doc.transaction() as session:
            for _ in range(5):
                access.require(doc, "patient.read")
            access.require(doc, "medication.read", records.patient_record(session, pid))
        assert len(statements) == 1
        patients.open_patient(doc, pid)
        assert len(statements) == 2
    finally:
        event.remove(practice.db.engine, "before_cursor_execute", count)


def test_require_wants_the_context_not_the_actor(practice):
    with pytest.raises(TypeError):
        access.require(practice.ctx["physician"].actor, "patient.read")


def test_the_demo_practice_has_a_restricted_letter_and_open_charts(tmp_path):
    from sqlmodel import select

    from app.models.coordination import CoordinationDocument
    from app.services.demo.practice import create_demo_practice
    from app.services.kernel.context import ServiceContext
    from tests.conftest import TEST_KDF

    db, doctor, _folder = create_demo_practice(tmp_path, patients=40, kdf=TEST_KDF)
    try:
        ctx = ServiceContext(db, doctor)
        assert practice_record.get_practice(ctx).chart_access == "open"
        with db.session() as s:
            (letter,) = s.exec(select(CoordinationDocument).where(CoordinationDocument.restricted_staff != "")).all()
        assert documents.open_document(ctx, letter.id).row.title == "Courrier du psychiatre"   # dr.martin
        rows = documents.list_documents(ctx, letter.patient_id)
        assert any(r.title == "Courrier du psychiatre" for r in rows)
    finally:
        db.close()


def test_teams_of_a_long_list_are_read_in_batches(practice):
    from app.services.demo.base import generate_patients

    generate_patients(practice.ctx["physician"], 300, gp_ids=[practice.staff_ids["physician"]])
    with practice.db.session() as session:
        from sqlmodel import select

        from app.models.patient import Patient
        ids = session.exec(select(Patient.id)).all()
        teams = records.patient_teams(session, ids)
    assert len(teams) == len(ids) == 300
    assert {t.gp_id for t in teams.values()} == {practice.staff_ids["physician"]}
