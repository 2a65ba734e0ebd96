"""The patient survey screens (offscreen, real encrypted DB): the kiosk window answers and clears itself and holds
no chart, no search and no menu; reception types in paper questionnaires (bad input named, nothing stored); the
dashboard's survey tab shows the results per question and period; screenshots in French and German."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMenuBar, QTableView
from sqlmodel import select

from app.models.survey import SurveyAnswer
from app.services.coordination import survey
from app.services.coordination.survey import AnswerSet
from app.services.demo import survey as demo_survey
from app.services.security.actor import SYSTEM
from app.services.tasks import recurrence
from app.ui.common import background, i18n
from app.ui.common.app_session import AppSession
from app.ui.coordination.dashboard_window import DashboardWindow
from app.ui.coordination.kiosk_window import KioskWindow
from app.ui.coordination.paper_survey_dialog import PaperSurveyDialog
from app.ui.coordination.survey_settings_dialog import SurveySettingsDialog
from app.ui.patients.chart import PatientChart
from app.ui.patients.search_panel import PatientSearchPanel
from tests.services.coordination.survey_support import kiosk_ctx
from tests.ui.screens import shot

pytestmark = pytest.mark.gui


def _count(practice) -> int:
    with practice.db.session() as s:
        return len(s.exec(select(SurveyAnswer)).all())


def test_kiosk_answers_clears_itself_and_offers_no_record(qtbot, practice):
    window = KioskWindow(AppSession(kiosk_ctx(practice)))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.send()                                     # nothing ticked: refused, named, nothing stored
    qtbot.waitUntil(lambda: window.banner.text() != "")
    assert "Answers" in window.banner.text() and _count(practice) == 0
    window.form.choose("welcome", 5)
    window.form.choose("recommend", True)
    window.form.comment.setPlainText("Très bien")
    window.send()
    qtbot.waitUntil(lambda: window.thanks.isVisibleTo(window))
    assert _count(practice) == 1
    assert window.form.answer_set() == AnswerSet({}, "")
    assert not window.findChildren(PatientChart) and not window.findChildren(PatientSearchPanel)
    assert not window.findChildren(QMenuBar) and not window.findChildren(QTableView)


def test_paper_batch_typed_in_and_bad_week_refused(qtbot, practice, tmp_path):
    dialog = PaperSurveyDialog(AppSession(practice.ctx["medical_assistant"]))
    qtbot.addWidget(dialog)
    dialog.form.choose("welcome", 4)
    dialog.add()
    dialog.form.choose("waiting", 2)
    dialog.week.setText("2026-49")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.banner.text() != "")
    assert "Week" in dialog.banner.text() and _count(practice) == 0
    dialog.week.setText(survey.iso_week(recurrence.today_local()))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.batch == [])
    assert _count(practice) == 2 and "2" in dialog.count.text()
    target = tmp_path / "q.pdf"
    dialog.print_form(str(target))
    qtbot.waitUntil(lambda: target.exists())
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("language", ["fr", "de"])
def test_dashboard_survey_tab_and_screenshots(qtbot, practice, language):
    demo_survey.add_demo_survey(practice.ctx["admin"].as_actor(SYSTEM), {})
    app = QApplication.instance()
    i18n.install(app, language)
    try:
        window = DashboardWindow(AppSession(practice.ctx["coordinator"]))
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.tabs.setCurrentWidget(window.survey_tab)
        qtbot.waitUntil(lambda: window.survey_tab.model.rowCount() == 7)
        assert window.survey_tab.model.columnCount() == 3 + 8
        assert window.survey_tab.comments.rowCount() > 0
        shot(window, f"survey_dashboard_{language}.png")
        kiosk = KioskWindow(AppSession(kiosk_ctx(practice)))
        qtbot.addWidget(kiosk)
        kiosk.resize(1366, 768)
        kiosk.show()
        shot(kiosk, f"survey_kiosk_{language}.png")
        paper = PaperSurveyDialog(AppSession(practice.ctx["medical_assistant"]))
        qtbot.addWidget(paper)
        paper.show()
        assert paper.width() <= 1366 and paper.height() <= 768
        shot(paper, f"survey_paper_{language}.png")
        background.wait_idle()
    finally:
        i18n.install(app, "en")


def test_settings_load_a_questionnaire_file_bad_one_named_nothing_stored(qtbot, practice, tmp_path):
    dialog = SurveySettingsDialog(AppSession(practice.ctx["coordinator"]))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.source.text() != "")
    bad = tmp_path / "bad.json"
    bad.write_text('{"key": "k", "version": "1", "title": {"fr": "T"}, "source": "s", "questions": []}',
                   encoding="utf-8")
    dialog.url.setText("https://msp.example/avis")
    dialog.load(str(bad))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.banner.text() != "")
    assert "Questionnaire" in dialog.banner.text() and "1 to 20 questions" in dialog.banner.text()
    assert survey.settings(practice.ctx["coordinator"]) == (None, None)
    good = tmp_path / "good.json"
    good.write_text('{"key": "own", "version": "1", "title": {"fr": "Avis"}, "source": "MSP", "questions": '
                    '[{"key": "q", "kind": "yes_no", "text": {"fr": "Satisfait ?"}}]}', encoding="utf-8")
    dialog.load(str(good))
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    assert survey.questionnaire(practice.ctx["medical_assistant"]).key == "own"
    assert survey.form_url(practice.ctx["medical_assistant"]) == "https://msp.example/avis"
