"""The coordination feature: the Coordination menu (meetings, referrals, the directory, a package received by secure
mail looked at before it is attached, team indicators, the team's maturity self-assessment, the patient survey's
paper questionnaires, per the user's roles) and the chart's Documents tab
(hospital events and their documents)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.ui.common.app_session import AppSession
from app.ui.common.features import ChartTab, Feature, FeatureHost, Installed, MenuEntry, install_menu

ENTRIES = (MenuEntry("meeting.read", QT_TRANSLATE_NOOP("CoordinationMenu", "&Meetings…"),
                     "app.ui.coordination.meeting_window", "MeetingWindow"),
           MenuEntry("referral.read", QT_TRANSLATE_NOOP("CoordinationMenu", "&Referrals…"),
                     "app.ui.coordination.referral_window", "ReferralWindow"),
           MenuEntry("directory.read", QT_TRANSLATE_NOOP("CoordinationMenu", "&Directory of local resources…"),
                     "app.ui.coordination.directory_window", "DirectoryWindow"),
           MenuEntry("document.add", QT_TRANSLATE_NOOP("CoordinationMenu", "&Package received by secure mail…"),
                     "app.ui.coordination.package_dialog", "ReceivedPackageDialog"),
           MenuEntry("teleconsultation.read", QT_TRANSLATE_NOOP("CoordinationMenu", "&Teleconsultations…"),
                     "app.ui.coordination.teleconsult_window", "TeleconsultWindow"),
           MenuEntry("indicators.read", QT_TRANSLATE_NOOP("CoordinationMenu", "Team &indicators…"),
                     "app.ui.coordination.dashboard_window", "DashboardWindow"),
           MenuEntry("maturity.answer", QT_TRANSLATE_NOOP("CoordinationMenu", "M&aturity self-assessment…"),
                     "app.ui.coordination.maturity_window", "MaturityWindow"),
           MenuEntry("survey.answer", QT_TRANSLATE_NOOP("CoordinationMenu", "Patient &survey: paper questionnaires…"),
                     "app.ui.coordination.paper_survey_dialog", "PaperSurveyDialog"),
           MenuEntry("survey.configure", QT_TRANSLATE_NOOP("CoordinationMenu", "Patient survey setti&ngs…"),
                     "app.ui.coordination.survey_settings_dialog", "SurveySettingsDialog"))


def install(window: FeatureHost) -> Installed | None:
    """The menu, inserted with the other feature menus when the user may see at least one entry."""
    return install_menu(window, "CoordinationMenu", QT_TRANSLATE_NOOP("CoordinationMenu", "&Coordination"), ENTRIES)


def _documents_tab(session: AppSession, patient_id: int, parent: QWidget) -> QWidget:
    from app.ui.coordination.events_tab import EventsTab  # loaded with the first chart

    return EventsTab(session, patient_id, parent)


FEATURE = Feature(
    "coordination", install=install,
    chart_tabs=(ChartTab("documents", QT_TRANSLATE_NOOP("ChartTabs", "Documents"), "hospital_event.read",
                         _documents_tab, 60),))
