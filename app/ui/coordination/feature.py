"""The coordination feature: the Coordination menu (meetings, referrals, team indicators, the team's maturity
self-assessment, the patient survey's paper questionnaires, per the user's roles) and the chart's Documents tab
(hospital events and their documents)."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from app.ui.common.app_session import AppSession
from app.ui.common.features import ChartTab, Feature, FeatureHost, Installed

ENTRIES = (("meeting.read", QT_TRANSLATE_NOOP("CoordinationMenu", "&Meetings…"),
            "app.ui.coordination.meeting_window", "MeetingWindow"),
           ("referral.read", QT_TRANSLATE_NOOP("CoordinationMenu", "&Referrals…"),
            "app.ui.coordination.referral_window", "ReferralWindow"),
           ("directory.read", QT_TRANSLATE_NOOP("CoordinationMenu", "&Directory of local resources…"),
            "app.ui.coordination.directory_window", "DirectoryWindow"),
           ("teleconsultation.read", QT_TRANSLATE_NOOP("CoordinationMenu", "&Teleconsultations…"),
            "app.ui.coordination.teleconsult_window", "TeleconsultWindow"),
           ("indicators.read", QT_TRANSLATE_NOOP("CoordinationMenu", "Team &indicators…"),
            "app.ui.coordination.dashboard_window", "DashboardWindow"),
           ("maturity.answer", QT_TRANSLATE_NOOP("CoordinationMenu", "M&aturity self-assessment…"),
            "app.ui.coordination.maturity_window", "MaturityWindow"),
           ("survey.answer", QT_TRANSLATE_NOOP("CoordinationMenu", "Patient &survey: paper questionnaires…"),
            "app.ui.coordination.paper_survey_dialog", "PaperSurveyDialog"),
           ("survey.configure", QT_TRANSLATE_NOOP("CoordinationMenu", "Patient survey setti&ngs…"),
            "app.ui.coordination.survey_settings_dialog", "SurveySettingsDialog"))


def install(window: FeatureHost) -> Installed | None:
    """The menu, inserted with the other feature menus when the user may see at least one entry."""
    entries = [e for e in ENTRIES if window.session.can(e[0])]
    if not entries:
        return None
    menu = QMenu(QCoreApplication.translate("CoordinationMenu", "&Coordination"), window)
    window.add_feature_menu(menu)
    installed = Installed(parts={"menu": menu})
    for action_name, text, module, cls in entries:
        action = QAction(QCoreApplication.translate("CoordinationMenu", text), window)
        action.triggered.connect(lambda _c=False, m=module, c=cls: open_window(window, m, c))
        menu.addAction(action)
        installed.parts[action_name] = action
        installed.actions.append(action)
    return installed


def open_window(window: FeatureHost, module: str, cls: str) -> QDialog:
    """Open one of the coordination windows (its module is imported when first asked for: start-up stays light)."""
    dialog = getattr(importlib.import_module(module), cls)(window.session, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _documents_tab(session: AppSession, patient_id: int, parent: QWidget) -> QWidget:
    from app.ui.coordination.events_tab import EventsTab  # loaded with the first chart

    return EventsTab(session, patient_id, parent)


FEATURE = Feature(
    "coordination", install=install,
    chart_tabs=(ChartTab("documents", QT_TRANSLATE_NOOP("ChartTabs", "Documents"), "hospital_event.read",
                         _documents_tab, 60),))
