"""Administration → Drug catalogue import: the preview counts, the import on confirmation (off the GUI thread), a
bad line shown with file and line and nothing stored; the menu entry for pharmacists and administrators."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from app.models.catalogue import CatalogueProduct
from app.ui.admin.catalogue_import_dialog import CatalogueImportDialog
from app.ui.common import i18n
from app.ui.common.app_session import AppSession
from tests.ui.screens import shot

FIX = Path(__file__).parents[2] / "services" / "medications" / "catalogue" / "fixtures"


def _count(practice) -> int:
    with practice.db.session() as s:
        return len(s.exec(select(CatalogueProduct)).all())


@pytest.fixture
def dialog(qtbot, practice):
    i18n.install(QApplication.instance(), "en")
    d = CatalogueImportDialog(AppSession(practice.ctx["pharmacist"]))
    qtbot.addWidget(d)
    d.show()
    return d


def _preview(qtbot, dialog, source: str, path: Path) -> None:
    dialog.source.setCurrentIndex(dialog.source.findData(source))
    dialog.path.setText(str(path))
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.preview_button.isEnabled(), timeout=10000)


def test_preview_then_import_on_confirmation(qtbot, dialog, practice):
    _preview(qtbot, dialog, "bdpm", FIX / "bdpm")
    text = dialog.message.text()
    assert "4 products read:" in text and "4 to add" in text and "0 unchanged" in text
    assert dialog.import_button.isEnabled() and _count(practice) == 0
    with qtbot.waitSignal(dialog.sig_imported, timeout=10000) as blocker:
        dialog.import_button.click()
    assert blocker.args[0].added == 4 and _count(practice) == 4
    assert dialog.message.text() == "Imported: 4 added, 0 updated."
    _preview(qtbot, dialog, "bdpm", FIX / "bdpm")
    assert "4 unchanged" in dialog.message.text() and not dialog.import_button.isEnabled()


def test_a_bad_line_is_shown_and_nothing_is_stored(qtbot, dialog, practice):
    _preview(qtbot, dialog, "swiss", FIX / "swiss" / "swiss_bad_gtin.csv")
    assert dialog.message.text().startswith("Nothing was imported. swiss_bad_gtin.csv, line 3")
    assert not dialog.import_button.isEnabled() and _count(practice) == 0


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_screenshot_at_1366x768(qtbot, practice, lang):
    i18n.install(QApplication.instance(), lang)
    try:
        d = CatalogueImportDialog(AppSession(practice.ctx["admin"]))
        qtbot.addWidget(d)
        d.resize(min(d.width(), 1366), min(d.height(), 768))
        d.show()
        _preview(qtbot, d, "swiss", FIX / "swiss" / "swiss_ok.csv")
        assert d.import_button.isEnabled() and d.width() <= 1366 and d.height() <= 768
        shot(d, f"catalogue_import_{lang}")
    finally:
        i18n.install(QApplication.instance(), "en")


def test_menu_entry_for_pharmacists_and_admins_only(practice):
    for role, expected in (("pharmacist", True), ("admin", True), ("physician", False), ("nurse", False)):
        assert AppSession(practice.ctx[role]).can("catalogue.import") is expected
