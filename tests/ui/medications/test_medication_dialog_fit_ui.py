"""The medication dialog at its own size (1,100×660 on any screen, 1920×1080 included), at its narrowest and
maximised on the screens of practice computers (1366×768, 1920×1080), in French and German: the catalogue hint
above the name fields is shown in full — a hint wrapped on two lines was clipped at the top when its row had the
height of one. Screenshots ``medication_dialog_<size>_<language>.png`` to look at."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.services.patients import records as patients
from app.services.patients.records import PatientInput
from app.ui.common import i18n
from app.ui.common import settings as ui_settings
from app.ui.common.app_session import AppSession
from app.ui.medications.medication_dialog import MedicationDialog
from tests.ui.screens import shot

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", ["fr", "de"])
@pytest.mark.parametrize("size", ["own", "narrowest", (1366, 768), (1920, 1080)])
def test_catalogue_hint_is_shown_in_full(qtbot, practice, language, size):
    doc = practice.ctx["physician"]
    patient_id = patients.create_patient(doc, PatientInput(family_name="Favre", given_names="Rosa",
                                                           birth_date="02.05.1950", sex="F"))
    ui_settings.put(ui_settings.LANGUAGE, language)
    i18n.install(QApplication.instance(), language)
    dialog = MedicationDialog(AppSession(doc), patient_id)
    qtbot.addWidget(dialog)
    if size == "narrowest":
        dialog.resize(dialog.minimumSizeHint())
    elif isinstance(size, tuple):
        dialog.resize(*size)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    hint = dialog.coded
    name = size if isinstance(size, str) else "x".join(map(str, size))
    shot(dialog, f"medication_dialog_{name}_{language}")
    assert hint.isVisible() and hint.text().startswith({"fr": "Choisissez", "de": "Katalogeintrag"}[language])
    assert hint.height() >= hint.heightForWidth(hint.width()), f"{hint.height()} px for {hint.text()!r}"
    assert hint.geometry().bottom() < dialog.free_button.parentWidget().height()


@pytest.mark.parametrize("language, typed, offered", [("de", "flimm", "Vorhofflimmern"),
                                                      ("fr", "fibril", "fibrillation auriculaire")])
def test_the_indication_field_offers_the_listed_indications_in_the_users_language(qtbot, practice, language, typed,
                                                                                   offered):
    doc = practice.ctx["physician"]
    patient_id = patients.create_patient(doc, PatientInput(family_name="Favre", given_names="Rosa",
                                                           birth_date="02.05.1950", sex="F"))
    ui_settings.put(ui_settings.LANGUAGE, language)
    dialog = MedicationDialog(AppSession(doc), patient_id)
    qtbot.addWidget(dialog)
    dialog.show()
    completer = dialog.fields["indication"].completer()
    completer.setCompletionPrefix(typed)
    offers = [completer.completionModel().index(r, 0).data() for r in range(completer.completionCount())]
    assert offers == [offered]
