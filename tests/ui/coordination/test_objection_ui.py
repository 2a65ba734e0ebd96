"""Attaching a document of a patient who objected to sharing: the dialog says it stays with its author and the
médecin traitant unless people or roles are ticked."""

from __future__ import annotations

import pytest

from app.services.patients import records as patients
from app.services.patients import sharing
from app.services.patients.records import SharingRecord
from app.ui.common.app_session import AppSession
from app.ui.coordination.restriction_dialog import RestrictionDialog
from tests.services.coordination.test_hospital_events import add_patient

pytestmark = pytest.mark.gui


@pytest.fixture
def session(practice):
    s = AppSession(practice.ctx["nurse"])
    yield s
    s.close()


def test_the_attach_dialog_says_when_the_patient_objected(qtbot, practice, session):
    objecting, other = add_patient(practice), add_patient(practice, family="Bernard")
    doc = practice.ctx["physician"]
    sharing.record_sharing(doc, objecting, patients.open_patient(doc, objecting).version,
                           SharingRecord(objection="team"))
    dialog = RestrictionDialog(session, "lettre.pdf", None, objecting)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.objection.isVisible(), timeout=5000)
    assert "médecin traitant" in dialog.everyone.text() and dialog.restriction() == ([], [])
    plain = RestrictionDialog(session, "lettre.pdf", None, other)
    qtbot.addWidget(plain)
    plain.show()
    qtbot.wait(300)
    assert not plain.objection.isVisible() and "Everyone" in plain.everyone.text()
