"""Every text of every screen is translated: in a pseudo-locale that marks each text of the .ts files, the walk of
the feature registry (``cordee smoke --all-screens`` with the screens' dialogs opened) finds no visible text that is
neither marked nor data — as the doctor, the pharmacist, the coordinator and the administrator of the demo practice."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from app.models.staff import Staff
from app.services.demo.practice import create_demo_practice
from app.services.kernel.context import ServiceContext
from app.services.practice.accounts import actor_for
from app.ui.shell import smoke
from tests.conftest import TEST_KDF
from tests.ui import pseudo

pytestmark = pytest.mark.gui

USERS = ("dr.martin", "ph.bernard", "coord.dubois", "admin")


def test_every_visible_text_is_translated_or_data(tmp_path, monkeypatch):
    db, _doctor, _folder = create_demo_practice(tmp_path, patients=20, kdf=TEST_KDF)
    translator = None
    try:
        with db.session() as session:
            staff = {s.username: s for s in session.exec(select(Staff)).all()}
            actors = [actor_for(staff[name]) for name in USERS]
        data = pseudo.data_words(db, "fr")
        translator = pseudo.install(QApplication.instance())
        monkeypatch.setattr(smoke, "application", QApplication.instance)   # no real translator installed again
        found: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
        screens = 0

        def check(label, window):
            nonlocal screens
            screens += 1
            for where, text in pseudo.visible_texts(window):
                words = pseudo.unmarked_words(text, data)
                if words:
                    labels, unmarked = found.setdefault((where, text[:80]), (set(), set()))
                    labels.add(label)
                    unmarked.update(words)

        for actor in actors:
            report = smoke.smoke(ServiceContext(db, actor), time.perf_counter(), all_screens=True, dialogs=True,
                                 visit=check)
            assert report.errors == [], report.errors
        assert screens > 60
        listing = "\n".join(f"{where}: {text!r} {sorted(words)} ({sorted(labels)[0]})"
                            for (where, text), (labels, words) in sorted(found.items()))
        assert not found, f"{len(found)} texts neither marked nor data:\n{listing}"
    finally:
        db.close()
        pseudo.uninstall(QApplication.instance(), translator)
