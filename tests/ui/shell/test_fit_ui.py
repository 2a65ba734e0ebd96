"""The main window fits a 1366×768 laptop: its minimum size with a chart open stays within 1,280×720 in French and
German (every chart tab and both docks open), and there the medication list shows at least 10 lines, the docks
collapsed to their badges."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.ui.common import i18n
from app.ui.common.app_session import AppSession
from app.ui.shell.main_window import MainWindow
from tests.alert_support import add_line, warfarin_aspirin
from tests.ui.screens import shot

pytestmark = pytest.mark.gui

DRUGS = (("C09AA05", "ramipril"), ("C08CA01", "amlodipine"), ("C10AA05", "atorvastatine"), ("A10BA02", "metformine"),
         ("C07AB07", "bisoprolol"), ("C03CA01", "furosémide"), ("A02BC01", "oméprazole"),
         ("H03AA01", "lévothyroxine"), ("M04AA01", "allopurinol"), ("N06AB10", "escitalopram"))


@pytest.mark.parametrize("language", ["fr", "de"])
def test_main_window_fits_1366x768_with_ten_medication_lines(qtbot, practice, language):
    i18n.install(QApplication.instance(), language)
    pid, _w, _a = warfarin_aspirin(practice)
    for atc, name in DRUGS:
        add_line(practice, pid, atc, name, strength="10 mg", indication="Hypertension artérielle")
    window = MainWindow(AppSession(practice.ctx["physician"]), 10)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.docks_installed)
    chart = window.open_patient(pid)
    qtbot.waitUntil(lambda: chart.tab("medications") is not None and chart.tab("medications").model.rowCount() == 12,
                    timeout=10000)
    tab = chart.tab("medications")
    for index in range(chart.tabs.count()):   # every tab has been laid out once
        chart.tabs.setCurrentIndex(index)
        QApplication.processEvents()
    for installed in window.features.values():
        for dock in installed.docks:
            dock.show()
    QApplication.processEvents()
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert minimum.width() <= 1280 and minimum.height() <= 720, minimum

    for installed in window.features.values():   # at 1366×768 the docks start as badges
        for dock in installed.docks:
            dock.hide()
    window.resize(1366, 768 - 40)   # the window's title bar and the desktop's panel take their part
    chart.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.table.isVisible())
    QApplication.processEvents()
    shot(window, f"fit_1366_{language}")
    lines = tab.table.viewport().height() // tab.table.rowHeight(0)
    assert lines >= 10, lines
