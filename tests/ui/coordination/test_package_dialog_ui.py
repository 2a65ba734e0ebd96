"""A package received by secure mail, looked at before it is stored (offscreen, real encrypted databases): an IHE
XDM hospital letter shows its submission set, the patient as named and as matched, its documents; refused, nothing
is attached; accepted, the letter and its hospital stay are filed. A partner Cordée's alert inside an XDM package is
shown as such and imported into the inbox; a directory package is sent to the directory; a damaged one is refused
in the banner."""

from __future__ import annotations

import io
import zipfile

import pytest
from sqlmodel import select

from app.models.coordination import CoordinationDocument, HospitalEvent
from app.services.alerts import inbox as alert_inbox
from app.services.exchange import peer_directory
from app.ui.common import i18n
from app.ui.common.app_session import AppSession
from app.ui.coordination.package_dialog import ReceivedPackageDialog
from tests.services.exchange.directory_support import make_cpts
from tests.services.exchange.fhir_support import full_patient, second_practice
from tests.services.exchange.peer_support import make_pair, raise_alert, send
from tests.services.exchange.xdm_support import care_plan_package
from tests.ui.screens import shot

pytestmark = pytest.mark.gui
META = "IHE_XDM/SUBSET01/METADATA.XML"


def _letter(practice) -> bytes:
    """A care plan package turned into a discharge letter (its type code), as a hospital would send one."""
    _pid, data = care_plan_package(practice)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        files = {n: z.read(n) for n in z.namelist()}
    files[META] = files[META].replace(b'nodeRepresentation="18776-5"', b'nodeRepresentation="11490-0"').replace(
        b'value="Plan personnalis\xc3\xa9 de soins" xml:lang="fr-FR"/></rim:Name></rim:Classification>',
        b'value="Lettre de liaison \xc3\xa0 la sortie" xml:lang="fr-FR"/></rim:Name></rim:Classification>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for n, d in files.items():
            z.writestr(n, d)
    return out.getvalue()


def _dialog(qtbot, fx, role, path) -> ReceivedPackageDialog:
    dialog = ReceivedPackageDialog(AppSession(fx.ctx[role]))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(str(path))
    qtbot.waitUntil(lambda: not dialog.operation.running, timeout=20000)
    return dialog


def _filed(fx) -> tuple[int, int]:
    with fx.db.session() as s:
        return len(s.exec(select(CoordinationDocument)).all()), len(s.exec(select(HospitalEvent)).all())


def test_a_hospital_letter_looked_at_then_refused_then_attached(qtbot, practice, tmp_path):
    i18n.install(qtbot_app(), "en")
    (tmp_path / "letter.zip").write_bytes(_letter(practice))
    other = second_practice(tmp_path)
    target = full_patient(other)
    dialog = _dialog(qtbot, other, "physician", tmp_path / "letter.zip")
    assert dialog.read["kind"] == "xdm" and dialog.submission_box.isVisibleTo(dialog)
    assert dialog.fields["title"].text() == "Plan personnalisé de soins"
    assert dialog.fields["author"].text() == "Test Physician"
    assert dialog.fields["institution"].text() == "MSP des Tilleuls"
    assert dialog.fields["received"].text() == "GIRARD Odette, born 12.03.1941, female, INS 241036938805496"
    assert dialog.fields["matched"].text().startswith("GIRARD Odette Marie, 12.03.1941 — found by the INS")
    row, = dialog.model.rows
    assert row.hospital_letter and row.type_name == "Lettre de liaison à la sortie"
    assert "hospital stay" in dialog.note.text() and not dialog.message_box.isVisibleTo(dialog)
    shot(dialog, "received_package_xdm")
    with qtbot.waitSignal(dialog.sig_done, timeout=20000) as done:
        dialog.refuse_package()
    assert done.args == ["refused"] and _filed(other) == (0, 0)
    dialog = _dialog(qtbot, other, "physician", tmp_path / "letter.zip")
    with qtbot.waitSignal(dialog.sig_done, timeout=20000) as done:
        dialog.accept_package()
    assert done.args == ["accepted"] and _filed(other) == (1, 1)
    with other.db.session() as s:
        assert s.exec(select(CoordinationDocument)).one().patient_id == target


def test_a_partner_alert_inside_an_xdm_package(qtbot, practice, tmp_path):
    i18n.install(qtbot_app(), "en")
    pair, db = make_pair(practice, tmp_path, "xdm")
    try:
        (tmp_path / "IHE_XDM.ZIP").write_bytes(send(pair, "alert", raise_alert(pair), encrypt=False))
        dialog = _dialog(qtbot, pair.b, "physician", tmp_path / "IHE_XDM.ZIP")
        assert dialog.read["kind"] == "peer" and dialog.message_box.isVisibleTo(dialog)
        assert dialog.fields["partner"].text() == "MSP des Tilleuls (signed)"
        assert dialog.fields["what"].text().startswith("an alert, for the inbox — GIRARD")
        assert dialog.fields["title"].text() == "Intervention pharmaceutique"       # the XDM's submission set
        assert not dialog.refuse_button.isEnabled() and dialog.accept_button.text() == "Import the message"
        shot(dialog, "received_package_cordee")
        with qtbot.waitSignal(dialog.sig_done, timeout=20000):
            dialog.accept_package()
        assert len(alert_inbox.inbox(pair.b.ctx["physician"], "received")) == 1
        assert _filed(pair.b) == (0, 0)                     # the readable copy is not attached again
    finally:
        db.close()


def test_a_directory_package_or_a_damaged_file(qtbot, practice, tmp_path):
    i18n.install(qtbot_app(), "en")
    other = second_practice(tmp_path)
    c = make_cpts(practice, other)
    (tmp_path / "directory.zip").write_bytes(peer_directory.export_package(practice.ctx["coordinator"],
                                                                           c.partner_in_a))
    dialog = _dialog(qtbot, other, "physician", tmp_path / "directory.zip")
    assert "directory entries" in dialog.banner.text() and dialog.read is None
    assert not dialog.accept_button.isEnabled()
    (tmp_path / "broken.zip").write_bytes(b"PK\x03\x04 broken")
    dialog.load(str(tmp_path / "broken.zip"))
    qtbot.waitUntil(lambda: not dialog.operation.running, timeout=20000)
    assert "damaged" in dialog.banner.text() and dialog.read is None


def qtbot_app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()
