"""The directory sent to a partner and a partner's package imported through the directory window (offscreen, two
real encrypted databases): ticked resources only; the preview lists what the import does, shows the differences of
a conflict, keeps it unless "Take theirs" is ticked; a tampered package is refused in the banner with nothing
stored; a nurse can send but not import."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.exchange import peer_directory
from app.ui.common import i18n
from app.ui.common.app_session import AppSession
from app.ui.coordination.directory_window import DirectoryWindow
from tests.services.exchange.directory_support import (  # noqa: F401  (fixture)
    counts,
    cpts,
    directory_of,
    edit_resource,
)
from tests.services.exchange.peer_support import message_of, with_message
from tests.ui.screens import shot

pytestmark = pytest.mark.gui


def _window(qtbot, fx, role) -> DirectoryWindow:
    window = DirectoryWindow(AppSession(fx.ctx[role]))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == len(directory_of(fx)), timeout=10000)
    return window


def _send_from_window(qtbot, c, path, tick: str | None = None) -> None:
    window = _window(qtbot, c.a, "coordinator")
    dialog = window.send_to_partner()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10000)
    assert dialog.partner.currentData() == c.partner_in_a and dialog.encrypt.isChecked()
    if tick:
        dialog.ticked.setChecked(True)
        for i in range(dialog.choices.count()):
            if dialog.choices.item(i).text().startswith(tick):
                dialog.choices.item(i).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.sig_saved, timeout=20000):
        dialog.save_to(str(path))
    qtbot.waitUntil(lambda: str(path) in window.status.text())


def _import_in_window(qtbot, window, path):
    window.import_package(str(path))
    qtbot.waitUntil(lambda: window.package_dialog is not None and window.package_dialog.isVisible(), timeout=10000)
    return window.package_dialog


def test_send_ticked_then_import_with_a_conflict(qtbot, cpts, tmp_path):  # noqa: F811
    c = cpts
    i18n.install(qtbot_app(), "en")
    _send_from_window(qtbot, c, tmp_path / "nursing.zip", tick="Cabinet infirmier")
    window = _window(qtbot, c.b, "coordinator")
    dialog = _import_in_window(qtbot, window, tmp_path / "nursing.zip")
    assert [(r.name, r.action) for r in dialog.model.rows] == [("Cabinet infirmier des Tilleuls", "add")]
    with qtbot.waitSignal(dialog.sig_imported, timeout=20000):
        dialog.apply()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10000)
    assert "1 records written" in window.status.text()

    # both sides change the nursing practice; b's change made here makes a conflict
    nursing = next(iter(directory_of(c.b)))
    edit_resource(c.b, nursing, phone="02 22 22 22 22")
    edit_resource(c.a, nursing, phone="02 33 33 33 33", opening_hours="Tous les jours 6h–21h")
    _send_from_window(qtbot, c, tmp_path / "all.zip")
    dialog = _import_in_window(qtbot, window, tmp_path / "all.zip")
    assert [r.action for r in dialog.model.rows] == ["conflict", "add", "add"]        # conflicts first
    dialog.view.setCurrentIndex(dialog.model.index(0, 1))
    qtbot.waitUntil(lambda: "02 33 33 33 33" in dialog.detail.toPlainText())
    assert "02 22 22 22 22" in dialog.detail.toPlainText() and "Opening hours" in dialog.detail.toPlainText()
    box = dialog.model.index(0, 0)
    assert dialog.model.flags(box) & Qt.ItemFlag.ItemIsUserCheckable
    assert not dialog.model.flags(dialog.model.index(1, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    shot(dialog, "directory_package_preview")
    assert dialog.model.setData(box, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert dialog.taken() == [nursing]
    with qtbot.waitSignal(dialog.sig_imported, timeout=20000):
        dialog.apply()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=10000)
    assert directory_of(c.b) == directory_of(c.a)


def test_a_tampered_package_is_refused_in_the_banner(qtbot, cpts, tmp_path):  # noqa: F811
    c = cpts
    i18n.install(qtbot_app(), "en")
    package = peer_directory.export_package(c.a.ctx["coordinator"], c.partner_in_a)
    text = message_of(package)[1]
    (tmp_path / "bad.zip").write_bytes(with_message(package, text[:-30] + ("A" if text[-30] != "A" else "B") +
                                                    text[-29:]))
    before = counts(c.b)
    window = _window(qtbot, c.b, "coordinator")
    window.import_package(str(tmp_path / "bad.zip"))
    qtbot.waitUntil(lambda: "altered" in window.banner.text(), timeout=10000)
    assert window.package_dialog is None and counts(c.b) == before


def test_a_nurse_sends_but_does_not_import(qtbot, cpts):  # noqa: F811
    window = _window(qtbot, cpts.a, "nurse")
    assert window.send_button.isEnabled() and not window.receive_button.isEnabled()


def qtbot_app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()
