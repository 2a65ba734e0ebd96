"""Identity vigilance on screen: the form greys the statuses the attributes forbid (with the reason), the chart
header marks a doubtful, fictitious or homonym identity, and the chart shows the patient's say on sharing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.patients import records as patients
from app.services.patients import sharing
from app.services.patients.records import PatientInput, SharingRecord
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import combo_value, set_combo_value
from app.ui.patients.chart import PatientChart
from app.ui.patients.patient_form import PatientForm

pytestmark = pytest.mark.gui

INS = "248037512345658"


@pytest.fixture
def session(practice):
    s = AppSession(practice.ctx["physician"])
    yield s
    s.close()


def _enabled(form) -> dict[str, bool]:
    model = form.fields["ins_status"].model()
    return {s: bool(model.flags(model.index(model.row_of(s))) & Qt.ItemFlag.ItemIsEnabled)
            for s in ("PROV", "RECUP", "VALI", "QUAL")}


def test_statuses_forbidden_by_the_attributes_are_greyed_with_the_reason(qtbot, session):
    form = PatientForm(session)
    qtbot.addWidget(form)
    form.show()
    assert all(_enabled(form).values())
    form.fields["identity_doubtful"].setChecked(True)
    assert _enabled(form) == {"PROV": True, "RECUP": False, "VALI": False, "QUAL": False}
    model = form.fields["ins_status"].model()
    tip = model.data(model.index(model.row_of("QUAL")), Qt.ItemDataRole.ToolTipRole)
    assert "doubtful" in tip
    form.fields["identity_doubtful"].setChecked(False)
    form.fields["identity_fictitious"].setChecked(True)
    assert _enabled(form)["VALI"] is False and "fictitious" in model.data(
        model.index(model.row_of("VALI")), Qt.ItemDataRole.ToolTipRole)
    form.fields["identity_fictitious"].setChecked(False)
    form.fields["identity_homonym"].setChecked(True)   # a homonym forbids nothing
    assert all(_enabled(form).values())


def test_saving_a_forbidden_status_is_refused_by_the_service(qtbot, practice, session):
    ctx = practice.ctx["physician"]
    pid = patients.create_patient(ctx, PatientInput(family_name="Roux", given_names="Anne", birth_date="02.02.1948",
                                                    sex="F", ins_matricule=INS, ins_status="VALI"))
    form = PatientForm(session, patients.open_patient(ctx, pid))
    qtbot.addWidget(form)
    form.show()
    assert combo_value(form.fields["ins_status"]) == "VALI"
    form.fields["identity_doubtful"].setChecked(True)   # the status stays as it was: nothing changes silently
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.error_text() != "", timeout=5000)
    assert form.fields["ins_status"].property("invalid") is True
    assert not patients.open_patient(ctx, pid).data.identity_doubtful
    set_combo_value(form.fields["ins_status"], "PROV")
    with qtbot.waitSignal(form.sig_saved, timeout=5000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    d = patients.open_patient(ctx, pid).data
    assert (d.identity_doubtful, d.ins_status) == (True, "PROV")


def test_chart_header_marks_the_identity_and_shows_sharing(qtbot, practice, session):
    ctx = practice.ctx["physician"]
    pid = patients.create_patient(ctx, PatientInput(family_name="Roux", given_names="Anne", birth_date="02.02.1948",
                                                    sex="F", ins_matricule=INS, ins_status="PROV",
                                                    identity_doubtful=True, identity_homonym=True,
                                                    birth_given_names="Anne Marie", birth_place_code="99134"))
    sharing.record_sharing(ctx, pid, patients.open_patient(ctx, pid).version,
                           SharingRecord("01.12.2026", "Dr Test", "team"))
    chart = PatientChart(session, pid)
    qtbot.addWidget(chart)
    chart.show()
    qtbot.waitUntil(lambda: chart.row is not None, timeout=5000)
    assert chart.marker.isVisible()
    assert "DOUBTFUL IDENTITY" in chart.marker.text() and "HOMONYM" in chart.marker.text()
    assert "provisional" in chart.subheader.text()
    assert chart.values["birth_traits"].text() == "Anne Marie · born abroad (INSEE 99134)"
    text = chart.values["sharing"].text()
    assert "01.12.2026" in text and "Dr Test" in text and "OBJECTS" in text


def test_sharing_dialog_records_the_objection(qtbot, practice, session):
    from app.ui.patients.sharing_dialog import SharingDialog

    ctx = practice.ctx["physician"]
    pid = patients.create_patient(ctx, PatientInput(family_name="Roux", given_names="Anne", birth_date="02.02.1948",
                                                    sex="F"))
    dialog = SharingDialog(session, patients.open_patient(ctx, pid))
    qtbot.addWidget(dialog)
    dialog.show()
    set_combo_value(dialog.fields["sharing_objection"], "scope")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.banner.text() != "", timeout=5000)
    assert dialog.fields["sharing_objection_scope"].property("invalid") is True   # say what the patient refuses
    dialog.fields["sharing_objection_scope"].setText("pas au kiné")
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    s = patients.open_patient(ctx, pid).sharing
    assert (s.objection, s.objection_scope, s.informed_by) == ("scope", "pas au kiné", session.actor.display_name)


@pytest.mark.parametrize("language", ["fr", "de"])
def test_patient_form_fits_1366x768(qtbot, session, language):
    from PySide6.QtWidgets import QApplication

    from app.ui.common import i18n

    i18n.install(QApplication.instance(), language)
    try:
        form = PatientForm(session)
        qtbot.addWidget(form)
        form.show()
        minimum = form.minimumSizeHint().expandedTo(form.minimumSize())
        assert minimum.width() <= 1280 and minimum.height() <= 700, minimum
        assert form.height() <= 768 - 70   # its own size leaves room for the title bar and the desktop's panel
    finally:
        i18n.install(QApplication.instance(), "en")
