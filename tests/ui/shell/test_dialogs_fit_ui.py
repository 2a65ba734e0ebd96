"""Every screen and dialog of the feature registry fits a 1366×768 laptop screen: the walk of ``cordee smoke
--all-screens`` with the screens' dialogs opened, in German (the longer texts) and French, as the doctor and as the
administrator of the demo practice, finds no window larger than the screen."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from app.models.staff import Staff
from app.services.demo.practice import create_demo_practice
from app.services.kernel.context import ServiceContext
from app.services.practice.accounts import actor_for
from app.ui.common import i18n
from app.ui.shell import smoke
from tests.conftest import TEST_KDF

pytestmark = pytest.mark.gui

SCREEN = (1366, 768)
USERS = ("dr.martin", "admin")


@pytest.mark.parametrize("language", ["de", "fr"])
def test_every_screen_and_dialog_fits_1366x768(tmp_path, monkeypatch, language):
    db, _doctor, _folder = create_demo_practice(tmp_path, patients=20, kdf=TEST_KDF)
    app = QApplication.instance()
    try:
        with db.session() as session:
            staff = {s.username: s for s in session.exec(select(Staff)).all()}
            actors = [actor_for(staff[name]) for name in USERS]
        i18n.install(app, language)
        monkeypatch.setattr(smoke, "application", QApplication.instance)   # the translator installed here stays
        sizes: dict[str, tuple[int, int]] = {}

        def measure(label, window):
            sizes[label] = (window.width(), window.height())

        for actor in actors:
            report = smoke.smoke(ServiceContext(db, actor), time.perf_counter(), all_screens=True, dialogs=True,
                                 visit=measure, size=SCREEN)
            assert report.errors == [], report.errors
        assert len(sizes) > 40
        too_large = {label: size for label, size in sizes.items() if size[0] > SCREEN[0] or size[1] > SCREEN[1]}
        assert not too_large, too_large
    finally:
        db.close()
        i18n.install(app, "en")
