"""Start-up: demo practice, first run, unlocking the database, login, main window.

Each step's module is imported inside the function that shows it: the first run wizard, the unlock dialog and
the demo practice load only when needed, and the main window's modules after the database is open.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from platformdirs import user_data_dir
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.resources import resource_dir
from app.services.errors import CordeeError, StorageError
from app.services.kernel.context import ServiceContext
from app.services.security.actor import SYSTEM
from app.services.storage.failures import from_os_error
from app.ui.common import background, crash, i18n, settings
from app.ui.common.app_session import AppSession


def default_database_path() -> Path:
    return Path(user_data_dir("Cordee", "Cordee")) / "practice.db"


def application() -> QApplication:
    """The one QApplication, named, with Cordée's icon and the interface language installed."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Cordée")
    app.setOrganizationName("Cordee")
    app.setDesktopFileName("org.cordee.Cordee")  # Wayland and the Linux desktop entry find the icon by this name
    app.setWindowIcon(QIcon(str(resource_dir("icons") / "cordee-256.png")))
    i18n.install(app, settings.get(settings.LANGUAGE))
    return app


def install_user_language(ctx: ServiceContext) -> str:
    """At login: the translator of the user's own language (empty: the practice's) and the date format of that
    language in the practice's country. Returns the language installed."""
    from app.services.practice.preferences import my_locale

    try:
        locale = my_locale(ctx)
    except CordeeError:   # unreadable preference: the workstation's language, as before login
        return i18n.current()
    return i18n.install(QApplication.instance(), locale.language, locale.country)


def idle_minutes(ctx: ServiceContext) -> int:
    """The practice's idle-lock delay in minutes."""
    from app.services.practice.practice_record import get_practice

    row = get_practice(ctx.as_actor(SYSTEM))
    return row.idle_lock_minutes if row else 10


def _open_database(practice_file: Path | None = None):
    """The practice named by a practice file (.cordee) if one was opened, else the configured PostgreSQL server,
    else the encrypted file (first-run wizard if none)."""
    from app.services.storage.database import connect_postgres, database_url_from_env, open_encrypted

    if practice_file is not None:
        from app.services.storage.practice_file import read_practice_file  # only for a practice file

        target = read_practice_file(practice_file)
        url, path = target.server_url, target.database
    else:
        url = database_url_from_env() or settings.get(settings.DATABASE_URL)
        path = Path(settings.get(settings.DATABASE_PATH) or default_database_path())
    if url:
        return connect_postgres(url), None
    if not os.path.lexists(path) and practice_file is None:   # a practice file's missing database: an error, below
        from app.services.storage.atomic import private_folder
        from app.ui.shell.first_run_wizard import FirstRunWizard

        try:
            private_folder(path.parent)   # Cordée's own data folder: readable by the user only
        except OSError as exc:
            raise from_os_error(exc, path.parent, writing=True) from None
        wizard = FirstRunWizard(default_path=path)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return None, None
        settings.put(settings.DATABASE_PATH, str(wizard.database.path))
        settings.put(settings.LANGUAGE, getattr(wizard, "language", settings.get(settings.LANGUAGE)))
        return wizard.database, wizard.actor
    try:
        return open_encrypted(path, use_keyring=True), None
    except StorageError as exc:
        if exc.code != "storage.need_passphrase":
            raise
        from app.ui.shell.unlock_database_dialog import UnlockDatabaseDialog, keyring_reason

        dialog = UnlockDatabaseDialog(path, reason=keyring_reason(exc))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None, None
        return dialog.database, None


def run_gui(demo: bool = False, practice_file: Path | None = None) -> int:
    """The desktop program (on the practice a practice file names, if given); returns the process exit code."""
    app = application()
    crash.install()   # from here on, an error nobody caught is one sentence in a message box, details in the log
    demo_folder = None
    try:
        if demo:
            from app.services.demo.practice import create_demo_practice

            db, actor, demo_folder = create_demo_practice()
        else:
            try:
                db, actor = _open_database(practice_file)
            except (CordeeError, OSError) as exc:   # refused with its reason: nothing was opened or changed
                QMessageBox.critical(None, "Cordée", crash.message(exc))
                return 1
            if db is None:
                return 0
        base = ServiceContext(db, SYSTEM)
        while True:   # a logout shows the login again (e.g. to switch to the language the user just chose)
            if actor is None:
                from app.ui.shell.login_dialog import LoginDialog

                i18n.install(app, settings.get(settings.LANGUAGE))   # the workstation's language until login
                login = LoginDialog(base)
                if login.exec() != QDialog.DialogCode.Accepted:
                    background.wait_idle(10000)
                    db.close()
                    return 0
                actor = login.login_result.actor
            from app.ui.shell.main_window import MainWindow

            install_user_language(base.as_actor(actor))
            session = AppSession(base.as_actor(actor))
            if actor.roles == frozenset({"kiosk"}):   # the reception kiosk: the patient survey alone, no records
                from app.ui.coordination.kiosk_window import KioskWindow  # only a kiosk needs it

                window = KioskWindow(session)
                window.showFullScreen()
            else:
                window = MainWindow(session, idle_minutes(base))
                window.show()
            code = app.exec()
            window.close()
            session.close()
            background.wait_idle(10000)  # let running jobs finish before the database goes away
            if not window.logged_out:
                db.close()
                return code
            window.deleteLater()
            actor = None
    finally:
        if demo_folder is not None:
            shutil.rmtree(demo_folder, ignore_errors=True)
