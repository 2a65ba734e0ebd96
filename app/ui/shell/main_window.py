"""The main window: patient search on the left, open charts on the right, the lock screen on demand."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

import app
from app.services.errors import StorageError
from app.services.practice import accounts, backups, database_health
from app.services.practice import practice_record as practice
from app.ui.common import background, i18n, settings
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.features import Installed
from app.ui.common.form_helpers import guarded
from app.ui.patients.chart import PatientChart
from app.ui.patients.fhir_summary_dialog import choose_and_import
from app.ui.patients.patient_form import PatientForm
from app.ui.patients.search_panel import PatientSearchPanel
from app.ui.shell.dock_bar import DockBadgeBar
from app.ui.shell.features import FEATURES, make_chart
from app.ui.shell.idle_lock import IdleWatcher
from app.ui.shell.lock_screen import LockScreen
from app.ui.shell.os_lock import OsLockWatcher, forward_native_event, register_windows_session_notifications

DOCK_MIN_HEIGHT = 200
FIRST_SIZE = (1440, 900)
#: Below this window height the docks start collapsed to their badges (until the user opens one: then the
#: window remembers).
DOCKS_OPEN_FROM_HEIGHT = 900
#: The program's check of the database (quick, or full once a week) and then its daily backup start this long after
#: the first patient list (None: never, e.g. in tests).
AUTO_BACKUP_DELAY_MS: int | None = 3000


class MainWindow(QMainWindow):
    sig_logout = Signal()
    """The user logged out; the window closes (the caller may show the login dialog again)."""

    def __init__(self, session: AppSession, idle_minutes: int, parent: QWidget | None = None, clock=time.time):
        super().__init__(parent)
        self.session = session
        self.charts: dict[int, PatientChart] = {}
        self.features: dict[str, Installed] = {}
        """What each feature of ``app.ui.shell.features`` installed, by feature name."""
        self.setWindowTitle("Cordée")
        self.search_panel = PatientSearchPanel(session, self)
        self.search_panel.sig_open_patient.connect(self.open_patient)
        self.chart_tabs = QTabWidget(self)
        self.chart_tabs.setTabsClosable(True)
        self.chart_tabs.setDocumentMode(True)
        self.chart_tabs.tabCloseRequested.connect(self.close_chart)
        self.empty_note = QLabel(self.tr("Search for a patient on the left and press Enter to open the chart."))
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setWordWrap(True)
        self.right = QStackedWidget(self)
        self.right.addWidget(self.empty_note)
        self.right.addWidget(self.chart_tabs)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.search_panel)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([360, 920])
        self.lock_screen = LockScreen(session, self)
        self.lock_screen.sig_unlocked.connect(self._unlocked)
        self.lock_screen.sig_logout.connect(self.logout)
        session.sig_revoked.connect(self.revoke)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.lock_screen)
        self.setCentralWidget(self.pages)
        self._build_menus()
        self.docks_installed = False
        self._to_install: list | None = None   # the features whose docks and menus are still to come
        self._new_docks: list = []
        self._first_new_action = 0
        self.logged_out = False
        """The user logged out (the program shows the login again) rather than quit."""
        # The patient list is what the user waits for: search first; the docks come once it is painted.
        self.search_panel.sig_settled.connect(self._install_docks_soon)
        self.search_panel.search_now()
        if not self.session.can("patient.search"):
            QTimer.singleShot(0, self.install_docks)
        self.dock_bar = DockBadgeBar(self)
        self.statusBar().addPermanentWidget(self.dock_bar)
        self.statusBar().addPermanentWidget(QLabel(self.tr("Logged in as %1").replace(
            "%1", session.actor.display_name)))
        self.idle_watcher = IdleWatcher(QApplication.instance(), idle_minutes, self, clock=clock)
        self.idle_watcher.sig_idle.connect(lambda: self.lock("idle"))
        self.os_lock = OsLockWatcher(self)   # screen lock and sleep of the operating system
        self.os_lock.sig_lock.connect(self.lock)
        register_windows_session_notifications(self)
        QApplication.instance().installEventFilter(self)   # Ctrl+L also from a modal dialog
        self._restore_geometry()
        self._load_title()

    def _install_docks_soon(self) -> None:
        QTimer.singleShot(0, self, self._install_next_feature)   # after the pending paint of the list

    def _install_next_feature(self) -> None:
        """One feature's docks and menus per turn of the event loop, so that the window answers between them (all at
        once held the UI thread for the sum of them: 220 ms for a physician on a large practice)."""
        if self.docks_installed:
            return
        self._begin_install()
        if self._to_install:
            self._install_feature(self._to_install.pop(0))
        if self._to_install:
            QTimer.singleShot(0, self, self._install_next_feature)
        else:
            self._finish_install()

    def install_docks(self) -> None:
        """The features' docks and menus (tasks, coordination, alerts, care plans) not installed yet, at once; the
        window installs them one by one once the first patient list is on screen."""
        if self.docks_installed:
            return
        self._begin_install()
        while self._to_install:
            self._install_feature(self._to_install.pop(0))
        self._finish_install()

    def _begin_install(self) -> None:
        if self._to_install is not None:
            return
        self.search_panel.sig_settled.disconnect(self._install_docks_soon)
        self._to_install = [f for f in FEATURES if not f.early and f.install is not None]
        self._first_new_action = len(self.patient_actions)

    def _install_feature(self, feature) -> None:
        installed = feature.install(self)
        if installed is None:
            return
        self.features[feature.name] = installed
        self.patient_actions += installed.actions
        for dock in installed.docks:
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            if self._new_docks:
                self.tabifyDockWidget(self._new_docks[0], dock)
            self._new_docks.append(dock)

    def _finish_install(self) -> None:
        self.docks_installed = True
        for dock in self._new_docks:
            self.dock_bar.add(dock)
        if self._new_docks:
            self._restore_docks(self._new_docks)
        if self.session.locked:
            for action in self.patient_actions[self._first_new_action:]:
                action.setEnabled(False)
        if AUTO_BACKUP_DELAY_MS is not None:
            QTimer.singleShot(AUTO_BACKUP_DELAY_MS, self._check_database)

    def _restore_docks(self, docks: list) -> None:
        """The docks as the user left them (open or collapsed to their badge, their height); the first time, open
        on a tall screen and collapsed on a small one (the chart needs the height)."""
        saved = settings.get(settings.MAIN_STATE)
        if saved and self.restoreState(QByteArray(saved)):
            return
        opened = self.height() >= DOCKS_OPEN_FROM_HEIGHT
        for dock in docks:
            dock.setVisible(opened)   # a dock added to a window already on screen starts hidden
        if opened:
            # A third of the height: the patient list stays the main thing on screen; the last dock in front.
            self.resizeDocks([docks[0]], [max(DOCK_MIN_HEIGHT, self.height() // 3)], Qt.Orientation.Vertical)
            docks[-1].raise_()

    def add_feature_menu(self, menu: QMenu) -> None:
        """A feature's menu, placed with the other feature menus (before Administration)."""
        self.menuBar().insertMenu(self.admin_menu.menuAction(), menu)

    def _check_database(self) -> None:
        """The database check after start (off the UI thread: it reads the whole file), then the daily backup."""
        ctx = self.session.ctx
        background.run_long(lambda: database_health.check_after_start(ctx), guarded(self, self._database_checked),
                            guarded(self, self._database_unchecked))

    def _database_checked(self, outcome) -> None:
        if not outcome.report.ok:
            self._database_damaged(self.session.ctx.db.write_block)
            return
        if outcome.cleaned:
            self.statusBar().showMessage(self.tr("Removed %n unfinished backup(s) left by an interrupted run.", "",
                                                 len(outcome.cleaned)), 15000)
        self._daily_backup()

    def _database_unchecked(self, exc: Exception) -> None:
        if isinstance(exc, StorageError) and exc.code == "storage.damaged":
            self._database_damaged(exc)
        else:
            self.statusBar().showMessage(self.tr("The database check could not run: %1").replace("%1", describe(exc)))

    def _database_damaged(self, exc) -> None:
        """The file failed its check: it takes no more writes; the user is told what to do."""
        text = describe(exc) if exc is not None else ""
        self.statusBar().showMessage(text)
        box = QMessageBox(QMessageBox.Icon.Critical, "Cordée", text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _daily_backup(self) -> None:
        """The encrypted file's daily verified backup, in the background; the status bar tells how it went."""
        ctx = self.session.ctx
        background.run(lambda: backups.back_up_if_due(ctx), guarded(self, self._daily_backup_done),
                       guarded(self, lambda exc: self.statusBar().showMessage(
                           self.tr("The daily backup failed: %1").replace("%1", describe(exc)))))

    def _daily_backup_done(self, report) -> None:
        if report is not None:
            self.statusBar().showMessage(self.tr("Daily backup written and verified."), 15000)

    # -- menus ----------------------------------------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.action_new = self._action(file_menu, self.tr("&New patient…"), self.new_patient, "Ctrl+N")
        self.action_new.setVisible(self.session.can("patient.create"))
        self.action_import_fhir = self._action(file_menu, self.tr("&Import FHIR summary…"), self.import_fhir)
        self.action_import_fhir.setVisible(self.session.can("patient.create"))
        self.action_find = self._action(file_menu, self.tr("&Find patient"), self.search_panel.focus_search, "Ctrl+F")
        self.action_close_chart = self._action(file_menu, self.tr("&Close chart"), self.close_current_chart,
                                               "Ctrl+W")
        file_menu.addSeparator()
        self.action_language = self._action(file_menu, self.tr("Lan&guage…"), self.choose_language)
        self.action_language.setVisible(self.session.can("staff.preferences"))
        self.action_lock = self._action(file_menu, self.tr("&Lock"), lambda: self.lock("user"), "Ctrl+L")
        self.action_logout = self._action(file_menu, self.tr("Log &out"), self.logout)
        self.action_quit = self._action(file_menu, self.tr("&Quit"), self.close, "Ctrl+Q")
        self.admin_menu = bar.addMenu(self.tr("&Administration"))
        self.admin_actions: dict[str, QAction] = {}
        self.admin_menu.menuAction().setVisible(False)
        for feature in FEATURES:
            if feature.early and feature.install is not None:
                installed = feature.install(self)
                if installed is not None:
                    self.features[feature.name] = installed
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About Cordée"), self.about)
        self.patient_actions = [self.action_new, self.action_import_fhir, self.action_find, self.action_close_chart]

    def choose_language(self) -> None:
        """File → Language…: the user's own interface language, from their next login."""
        from app.ui.shell.language_dialog import LanguageDialog  # opened rarely: kept out of start-up

        if self.session.locked:
            return
        dialog = LanguageDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_saved.connect(self._language_saved)
        dialog.open()
        self.language_dialog = dialog

    def _language_saved(self, locale) -> None:
        """The whole window keeps the language it was built in; the new one starts at the next login (offered
        now)."""
        name = i18n.LANGUAGES.get(locale.language, locale.language)
        box = QMessageBox(QMessageBox.Icon.Information, "Cordée",
                          self.tr("Cordée will speak %1 from your next login. Log out now to switch?").replace(
                              "%1", name), QMessageBox.StandardButton.NoButton, self)
        self.logout_now = box.addButton(self.tr("Log out now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.logout_now.clicked.connect(self.logout)
        self.language_notice = box
        box.open()

    def _notice(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, "Cordée", text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def about(self) -> None:
        """Help → About: the version and the edition of the interaction knowledge the practice's review uses."""
        from app.services.medications import knowledge_update  # the review's modules stay out of start-up

        ctx = self.session.ctx
        background.run(lambda: knowledge_update.knowledge_edition(ctx), guarded(self, self._show_about),
                       guarded(self, lambda exc: self._show_about(None)))

    def _show_about(self, edition: str | None) -> None:
        text = self.tr("Cordée %1 — shared care plans, medication reviews and delegated tasks for group "
                       "practices.").replace("%1", app.__version__)
        if edition:
            text += "\n\n" + self.tr("Medication knowledge: ANSM interaction thesaurus, edition %1 (2020-10 is the "
                                      "newest machine-readable edition published).").replace("%1", edition)
        self._notice(text)

    # -- charts ---------------------------------------------------------------------------------------------
    def open_patient(self, patient_id: int) -> PatientChart | None:
        """Show the patient's chart, opening it if needed (an open chart is only brought forward)."""
        if self.session.locked:
            return None
        chart = self.charts.get(patient_id)
        if chart is None:
            chart = make_chart(self.session, patient_id, self.chart_tabs)
            chart.sig_loaded.connect(self._retitle)
            self.charts[patient_id] = chart
            self.chart_tabs.addTab(chart, chart.title())
        self.chart_tabs.setCurrentWidget(chart)
        self.right.setCurrentWidget(self.chart_tabs)
        return chart

    def _retitle(self, patient_id: int) -> None:
        chart = self.charts.get(patient_id)
        if chart is not None:
            self.chart_tabs.setTabText(self.chart_tabs.indexOf(chart), chart.title())

    def close_chart(self, index: int) -> None:
        chart = self.chart_tabs.widget(index)
        if chart is None:
            return
        self.chart_tabs.removeTab(index)
        self.charts.pop(chart.patient_id, None)
        chart.deleteLater()
        if not self.charts:
            self.right.setCurrentWidget(self.empty_note)

    def close_current_chart(self) -> None:
        if self.chart_tabs.count():
            self.close_chart(self.chart_tabs.currentIndex())

    def new_patient(self) -> None:
        if self.session.locked or not self.session.can("patient.create"):
            return
        form = PatientForm(self.session, None, self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.sig_saved.connect(self.open_patient)
        form.open()

    def import_fhir(self) -> None:
        """File → Import FHIR summary…: preview a bundle's differences with the register, import on confirmation,
        then open the chart."""
        if self.session.locked or not self.session.can("patient.create"):
            return
        dialog = choose_and_import(self, self.session)
        if dialog is not None:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.sig_imported.connect(self.open_patient)

    # -- lock -----------------------------------------------------------------------------------------------
    def lock(self, reason: str = "user") -> None:
        """Drop every patient datum from the views and show the lock screen."""
        if self.session.locked:
            return
        ctx = self.session.ctx
        background.run(lambda: accounts.record_lock(ctx, reason), None, lambda exc: None)
        self._drop_patient_views()
        self.lock_screen.reset()
        self.pages.setCurrentWidget(self.lock_screen)
        self.lock_screen.password.setFocus()

    def revoke(self, reason: str) -> None:
        """The account was deactivated or its roles changed (here or on another workstation): lock, say why, and
        offer only to log out."""
        if not self.session.locked:
            self.lock("revoked")
        self.lock_screen.show_revoked(reason)

    if sys.platform == "win32":   # session lock and suspend arrive as window messages
        def nativeEvent(self, event_type, message):  # noqa: N802 (Qt name)
            forward_native_event(self.os_lock, event_type, message)
            return super().nativeEvent(event_type, message)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        """Ctrl+L reaches a widget only when no shortcut took it: i.e. a modal dialog blocks the menu action."""
        if (event.type() == QEvent.Type.KeyPress and not self.session.locked
                and QKeySequence(event.keyCombination()) == self.action_lock.shortcut()):
            self.lock("user")
            return True
        return False

    def _drop_patient_views(self) -> None:
        """Not an overlay: charts are deleted, the list emptied, dialogs closed, our clipboard cleared."""
        self.session.set_locked(True)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
                widget.deleteLater()
        while self.chart_tabs.count():
            self.close_chart(0)
        self.search_panel.clear()
        if QApplication.clipboard().ownsClipboard():
            QApplication.clipboard().clear()
        for action in self.patient_actions + list(self.admin_actions.values()):
            action.setEnabled(False)

    def _unlocked(self) -> None:
        self.session.set_locked(False)
        for action in self.patient_actions + list(self.admin_actions.values()):
            action.setEnabled(True)
        self.pages.setCurrentWidget(self.splitter)
        self.idle_watcher.reset()
        self.search_panel.search_now()
        self.search_panel.focus_search()

    def logout(self) -> None:
        ctx = self.session.ctx
        background.run(lambda: accounts.logout(ctx), None, lambda exc: None)
        self._drop_patient_views()
        self.logged_out = True
        self.sig_logout.emit()
        self.close()

    # -- geometry and title ---------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        saved = settings.get(settings.MAIN_GEOMETRY)
        if saved and self.restoreGeometry(QByteArray(saved)):
            return
        # First start: a laptop screen (1366×768) is filled; a large one gets a comfortable window.
        available = self.screen().availableGeometry()
        if available.width() < FIRST_SIZE[0] + 160 or available.height() < FIRST_SIZE[1] + 100:
            self.resize(available.size())
            self.setWindowState(Qt.WindowState.WindowMaximized)
        else:
            self.resize(*FIRST_SIZE)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        settings.put(settings.MAIN_GEOMETRY, bytes(self.saveGeometry().data()))
        if self.docks_installed:
            settings.put(settings.MAIN_STATE, bytes(self.saveState().data()))
        super().closeEvent(event)

    def _load_title(self) -> None:
        ctx = self.session.ctx
        background.run(lambda: practice.get_practice(ctx), guarded(self, self._show_title), lambda exc: None)

    def _show_title(self, row) -> None:
        if row is not None:
            self.setWindowTitle(self.tr("Cordée — %1").replace("%1", row.name))
