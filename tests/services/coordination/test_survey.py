"""The anonymous patient survey: paper batches and kiosk answers aggregated per question and period, nothing that
could re-identify an answer stored (no patient, no staff, the ISO week only), bad input refused with nothing
stored, the kiosk denied every other action."""

from __future__ import annotations

import json
from datetime import date

import pytest
import sqlalchemy as sa
from sqlmodel import select

from app.models.audit import AuditEvent
from app.models.survey import SurveyAnswer
from app.services.coordination import survey, survey_definition, survey_pdf
from app.services.coordination.survey import AnswerSet
from app.services.errors import AccessDenied, ValidationError
from app.services.patients import records as patients
from app.services.patients.records import PatientInput
from app.services.security import access
from tests.services.coordination.survey_support import kiosk_ctx

TODAY = date(2026, 12, 9)          # Wednesday of 2026-W50


def _rows(practice):
    with practice.db.session() as s:
        return s.exec(select(SurveyAnswer).order_by(SurveyAnswer.id)).all()


def test_paper_and_kiosk_answers_are_aggregated_per_question_and_week(practice):
    reception, kiosk = practice.ctx["medical_assistant"], kiosk_ctx(practice)
    assert survey.record_paper_batch(reception, "2026-W49", [
        AnswerSet({"welcome": 5, "waiting": 2, "recommend": True}, "Très bon accueil"),
        AnswerSet({"welcome": 4, "recommend": False}),
    ], today=TODAY) == 2
    survey.record_kiosk_answer(kiosk, AnswerSet({"welcome": 3, "recommend": True}, "Attente longue"), today=TODAY)
    res = survey.results(practice.ctx["coordinator"], "2026-W48", "2026-W50")
    assert res.periods == ["2026-W48", "2026-W49", "2026-W50"]
    assert res.answer_sets == {"2026-W48": 0, "2026-W49": 2, "2026-W50": 1}
    assert res.channels == {"paper": 2, "kiosk": 1}
    welcome = res.stats["welcome"]
    assert (welcome["2026-W49"].count, welcome["2026-W49"].mean) == (2, 4.5)
    assert welcome["2026-W49"].distribution == {1: 0, 2: 0, 3: 0, 4: 1, 5: 1}
    assert (res.totals["welcome"].count, res.totals["welcome"].mean) == (3, 4.0)
    assert res.totals["recommend"].yes_share == pytest.approx(200 / 3)
    assert res.stats["waiting"]["2026-W50"].count == 0 and res.stats["waiting"]["2026-W50"].mean is None
    assert res.comments == [("2026-W49", "Très bon accueil"), ("2026-W50", "Attente longue")]
    monthly = survey.results(practice.ctx["coordinator"], "2026-W45", "2026-W50", period="month")
    assert monthly.periods == ["2026-11", "2026-12"] and monthly.answer_sets["2026-12"] == 3


def test_an_answer_row_holds_nothing_that_reidentifies(practice):
    survey.record_kiosk_answer(kiosk_ctx(practice), AnswerSet({"welcome": 5}), today=TODAY)
    columns = {c["name"] for c in sa.inspect(practice.db.engine).get_columns("survey_answer")}
    assert columns == {"id", "questionnaire_key", "questionnaire_version", "week", "channel", "answers", "comment"}
    row = _rows(practice)[0]
    assert (row.week, row.channel, json.loads(row.answers)) == ("2026-W50", "kiosk", {"welcome": 5})


def test_audit_paper_batch_once_without_content_kiosk_not_at_all(practice):
    survey.record_paper_batch(practice.ctx["coordinator"], "2026-W50", [AnswerSet({"welcome": 1}, "Secret X")],
                              today=TODAY)
    survey.record_kiosk_answer(kiosk_ctx(practice), AnswerSet({"welcome": 2}), today=TODAY)
    with practice.db.session() as s:
        events = s.exec(select(AuditEvent).where(AuditEvent.action == "survey.answer")).all()
    assert [(e.detail, e.patient_id, e.entity_id) for e in events] == [("paper x1", None, None)]


@pytest.mark.parametrize(("batch", "week", "field", "code"), [
    ([AnswerSet({"welcome": 6})], "2026-W50", "questionnaires[1]", "coordination.survey_likert"),
    ([AnswerSet({"welcome": True})], "2026-W50", "questionnaires[1]", "coordination.survey_likert"),
    ([AnswerSet({"recommend": "oui"})], "2026-W50", "questionnaires[1]", "coordination.survey_yes_no"),
    ([AnswerSet({"nom_du_patient": 3})], "2026-W50", "questionnaires[1]", "coordination.survey_unknown_question"),
    ([AnswerSet({"welcome": 4}), AnswerSet({})], "2026-W50", "questionnaires[2]", "coordination.survey_empty"),
    ([], "2026-W50", "questionnaires", "coordination.survey_empty"),
    ([AnswerSet({"welcome": 4})], "2026-12-07", "week", "coordination.survey_week"),
    ([AnswerSet({"welcome": 4})], "2026-W54", "week", "coordination.survey_week"),
    ([AnswerSet({"welcome": 4})], "2027-W02", "week", "coordination.survey_week_range"),
    ([AnswerSet({"welcome": 4}, "x" * 1001)], "2026-W50", "questionnaires[1].comment", "too_long"),
])
def test_bad_paper_input_is_refused_and_nothing_stored(practice, batch, week, field, code):
    with pytest.raises(ValidationError) as err:
        survey.record_paper_batch(practice.ctx["medical_assistant"], week, batch, today=TODAY)
    assert (err.value.field, err.value.code) == (field, code)
    assert _rows(practice) == []


def test_the_wrong_answer_set_of_a_batch_is_named(practice):
    with pytest.raises(ValidationError) as err:
        survey.record_paper_batch(practice.ctx["medical_assistant"], "2026-W50",
                                  [AnswerSet({"welcome": 4}), AnswerSet({"welcome": 0})], today=TODAY)
    assert (err.value.field, err.value.params) == ("questionnaires[2]", {"question": "welcome"})


def test_kiosk_may_answer_and_nothing_else(practice):
    kiosk = kiosk_ctx(practice)
    pid = patients.create_patient(practice.ctx["physician"], PatientInput(
        family_name="Martin", given_names="Paul", birth_date="01.02.1950", sex="M"))
    for action in sorted(access.POLICY):
        assert access.can(kiosk, action) == (action == "survey.answer"), action
    with pytest.raises(AccessDenied):
        patients.search_patients(kiosk, "Martin")
    with pytest.raises(AccessDenied):
        patients.open_patient(kiosk, pid)
    with pytest.raises(AccessDenied):
        survey.results(kiosk, "2026-W49", "2026-W50")
    assert survey.questionnaire(kiosk).key == "cordee-default"


def test_results_and_configuration_are_guarded(practice):
    with pytest.raises(AccessDenied):
        survey.results(practice.ctx["medical_assistant"], "2026-W49", "2026-W50")
    with pytest.raises(AccessDenied):
        survey.configure(practice.ctx["physician"], form_url=None, definition=None)
    with pytest.raises(ValidationError) as err:
        survey.results(practice.ctx["coordinator"], "2026-W50", "2026-W49")
    assert err.value.code == "coordination.survey_week_order"


def test_practice_defines_its_own_questionnaire_and_form_address(practice):
    own = {"key": "msp-tilleuls", "version": "1", "title": {"fr": "Votre avis"}, "source": "Équipe de la MSP",
           "questions": [{"key": "q1", "kind": "likert", "text": {"fr": "Accueil", "de": "Empfang"}},
                         {"key": "c", "kind": "text", "text": {"fr": "Commentaire"}}]}
    survey.configure(practice.ctx["coordinator"], form_url="https://msp-tilleuls.fr/avis",
                     definition=json.dumps(own))
    q = survey.questionnaire(practice.ctx["medical_assistant"])
    assert (q.key, [x.key for x in q.questions], q.questions[0].text["en"]) == ("msp-tilleuls", ["q1", "c"], "Accueil")
    assert survey.form_url(practice.ctx["medical_assistant"]) == "https://msp-tilleuls.fr/avis"


@pytest.mark.parametrize(("url", "definition", "field", "problem"), [
    ("ftp://x.fr", None, "form_url", None),
    ("https://x.fr", "{not json", "questionnaire", "not JSON"),
    ("https://x.fr", '{"key": "k", "version": "1", "title": {"fr": "T"}, "questions": []}', "questionnaire",
     "a source is needed"),
    ("https://x.fr", '{"key": "k", "version": "1", "title": {"fr": "T"}, "source": "s", "questions": '
                     '[{"key": "a", "kind": "stars", "text": {"fr": "A"}}]}', "questionnaire", "question 1: kind"),
    ("https://x.fr", '{"key": "k", "version": "1", "title": {"fr": "T"}, "source": "s", "questions": '
                     '[{"key": "a", "kind": "likert", "text": {"de": "A"}}]}', "questionnaire", "question 1: a French"),
])
def test_bad_configuration_is_refused_and_nothing_stored(practice, url, definition, field, problem):
    with pytest.raises(ValidationError) as err:
        survey.configure(practice.ctx["coordinator"], form_url=url, definition=definition)
    assert err.value.field == field
    if problem:
        assert err.value.params["problem"].startswith(problem)
    assert survey.form_url(practice.ctx["coordinator"]) is None


def test_default_questionnaire_is_short_and_sourced():
    q = survey_definition.default()
    assert 6 <= len(q.questions) <= 10 and q.comment_key() == "comment"
    assert {x.kind for x in q.questions} == {"likert", "yes_no", "text"}
    assert all(set(x.text) == {"fr", "de", "en"} for x in q.questions)
    assert "e-Satis" in q.source


def test_results_pdf_and_paper_form(practice):
    survey.configure(practice.ctx["coordinator"], form_url="https://msp-tilleuls.fr/avis", definition=None)
    survey.record_paper_batch(practice.ctx["medical_assistant"], "2026-W50", [AnswerSet({"welcome": 4}, "Bien")],
                              today=TODAY)
    form = survey_pdf.paper_form(practice.ctx["medical_assistant"], "de")
    assert form.startswith(b"%PDF")
    data = survey_pdf.results_pdf(practice.ctx["coordinator"], "2026-W49", "2026-W50", lang="fr")
    assert data.startswith(b"%PDF")
    with pytest.raises(AccessDenied):
        survey_pdf.results_pdf(practice.ctx["advanced_practice_nurse"], "2026-W49", "2026-W50")


def test_a_kiosk_account_has_no_other_role(practice):
    from app.services.practice import staff
    from app.services.practice.staff import StaffInput

    with pytest.raises(ValidationError) as err:
        staff.create_staff(practice.ctx["admin"], StaffInput(
            username="borne2", family_name="Borne", given_names="B", profession="Borne",
            roles=["kiosk", "medical_assistant"]), "Correct-Horse-42-battery")
    assert (err.value.field, err.value.code) == ("roles", "practice.kiosk_alone")
