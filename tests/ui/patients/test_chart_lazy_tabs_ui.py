"""A chart builds only what is looked at: the Summary at once, every other tab when the user first opens it — in its
place, with its title (Messages keeps its unread count before it is built), connected to the other features (issue 16: the UI thread blocked 400–500 ms at each chart that built every tab and loaded every tab's
data)."""

from __future__ import annotations

import pytest

from app.ui.common.app_session import AppSession
from app.ui.shell.features import make_chart
from tests.ui.patients.test_patient_ui import add_patient

pytestmark = pytest.mark.gui


@pytest.fixture
def chart(qtbot, practice):
    session = AppSession(practice.ctx["physician"])
    patient_id = add_patient(practice.ctx["physician"], "Lazare", "Anne", "02.05.1941")
    chart = make_chart(session, patient_id)
    qtbot.addWidget(chart)
    chart.show()
    qtbot.waitUntil(lambda: chart.row is not None)
    yield chart
    session.close()


def test_only_the_summary_is_built_at_opening(chart):
    assert set(chart.tab_pages) == {"summary"}
    assert chart.tab_keys()[0] == "summary" and {"medications", "alerts", "care_plan", "tasks"} <= set(
        chart.tab_keys())
    titles = [chart.tabs.tabText(i) for i in range(chart.tabs.count())]
    assert "Medications" in titles and all(titles)


def test_opening_a_tab_builds_it_in_place_and_current(qtbot, chart):
    index = chart.tab_keys().index("medications")
    title = chart.tabs.tabText(index)
    count = chart.tabs.count()
    chart.tabs.setCurrentIndex(index)
    page = chart.tab_pages["medications"]
    assert type(page).__name__ == "MedicationsTab"
    assert chart.tabs.widget(index) is page and chart.tabs.currentIndex() == index
    assert chart.tabs.tabText(index) == title and chart.tabs.count() == count
    assert chart.tab_keys().index("medications") == index
    chart.tabs.setCurrentIndex(0)
    chart.tabs.setCurrentIndex(index)   # opened again: the same page, not a second one
    assert chart.tab_pages["medications"] is page


def test_a_feature_wired_to_a_tab_not_yet_opened_is_connected_when_it_is_built(qtbot, chart):
    # the alerts feature puts "Raise alert…" under the medications tab's findings (physician: may raise)
    page = chart.tab("medications")   # asked for by code: built now
    assert page is not None and page.raise_alert_button is not None


def test_a_tab_the_user_may_not_see_is_neither_built_nor_waited_for(qtbot, practice):
    session = AppSession(practice.ctx["medical_assistant"])   # reads no alerts
    patient_id = add_patient(practice.ctx["physician"], "Lazare", "Marc", "02.05.1950", sex="M")
    chart = make_chart(session, patient_id)
    qtbot.addWidget(chart)
    qtbot.waitUntil(lambda: chart.row is not None)
    seen = []
    chart.when_tab("alerts", seen.append)
    assert "alerts" not in chart.tab_keys() and chart.tab("alerts") is None
    for index in range(chart.tabs.count()):
        chart.tabs.setCurrentIndex(index)
    assert seen == [] and set(chart.tab_pages) == set(chart.tab_keys())
    session.close()
