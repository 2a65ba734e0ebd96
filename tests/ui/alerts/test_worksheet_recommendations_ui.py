"""The review worksheet dialog: the Polymedication Check's recommendations are ticked, answered and saved."""

from __future__ import annotations

import pytest

from app.services.alerts import worksheet as review_worksheet
from app.ui.alerts.worksheet_dialog import ReviewWorksheetDialog
from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import set_combo_value
from tests.alert_support import warfarin_aspirin
from tests.ui.screens import shot

pytestmark = pytest.mark.gui


def test_recommendations_are_saved_and_shown_again(qtbot, practice):
    pid, _w, _a = warfarin_aspirin(practice)
    ph = practice.ctx["pharmacist"]
    review_worksheet.create_worksheet(ph, pid, "pmc")
    dialog = ReviewWorksheetDialog(AppSession(ph), pid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.sheet is not None, timeout=5000)
    ticked, agreed, remark = dialog.recommendations.rows[1]
    ticked.setChecked(True)
    set_combo_value(agreed, True)
    qtbot.keyClicks(remark, "Semainier le lundi")
    ticked, agreed, _remark = dialog.recommendations.rows[4]
    ticked.setChecked(True)
    set_combo_value(agreed, False)
    version = dialog.sheet.version
    dialog.save()
    qtbot.waitUntil(lambda: dialog.sheet.version > version, timeout=5000)
    assert review_worksheet.list_worksheets(ph, pid)[0].recommendations == [
        {"kind": 1, "agreed": True, "remark": "Semainier le lundi"}, {"kind": 4, "agreed": False, "remark": ""}]
    shot(dialog, "review_worksheet_recommendations")
    other = ReviewWorksheetDialog(AppSession(ph), pid)
    qtbot.addWidget(other)
    qtbot.waitUntil(lambda: other.sheet is not None, timeout=5000)
    assert other.recommendations.values() == [{"kind": 1, "agreed": True, "remark": "Semainier le lundi"},
                                               {"kind": 4, "agreed": False, "remark": ""}]
    background.wait_idle()
