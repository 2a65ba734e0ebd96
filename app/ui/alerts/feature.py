"""The alerts feature: the inbox dock "Alerts (N)", the Alerts menu, the chart's Alerts tab, and "Raise alert…"
from the medications tab's findings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.ui.common.app_session import AppSession
from app.ui.common.features import (
    ChartHost,
    ChartTab,
    Feature,
    FeatureHost,
    Installed,
    MenuEntry,
    add_entries,
    install_dock,
)

if TYPE_CHECKING:
    from app.services.medications.review import Finding  # a type only: the review engine loads with the first chart

PARTNERS = MenuEntry("exchange.partner", QT_TRANSLATE_NOOP("MainWindow", "E&xchange partners…"),
                     "app.ui.alerts.exchange_partners", "ExchangePartnersDialog")
"""Administration → Exchange partners: the installation's card and its partners (the administrator's screen of this
capability, who reads no alerts)."""


def install(window: FeatureHost) -> Installed | None:
    """The inbox dock and the Alerts menu, when the user may read alerts; the exchange partners in Administration."""
    session = window.session
    if not session.can("alert.read"):
        return _install_partners(window)
    from app.ui.alerts.inbox import InboxPanel  # built after the patient list is on screen

    panel = InboxPanel(session, window)
    installed = Installed()
    menu = install_dock(window, panel, installed, QCoreApplication.translate("InboxDock", "Alerts"), "alertInboxDock",
                        QCoreApplication.translate("InboxDock", "A&lerts"),
                        QCoreApplication.translate("InboxDock", "&Inbox"), "Ctrl+I", panel.view.setFocus)
    if session.can("exchange.receive"):
        from app.ui.alerts import partner_watch  # the Cordée to Cordée exchange: its action and watched folder

        exchange = QAction(QCoreApplication.translate("InboxDock", "&Packages from partners…"), window)
        exchange.triggered.connect(lambda: partner_watch.open_partners(window))
        menu.addAction(exchange)
        installed.actions.append(exchange)
        installed.parts["exchange"] = exchange
        installed.parts["watcher"] = partner_watch.FolderWatcher(session, window)
    _install_partners(window, installed)
    return installed


def _install_partners(window: FeatureHost, installed: Installed | None = None) -> Installed | None:
    """Add "Exchange partners…" to the Administration menu for those the policy allows."""
    if not window.session.can(PARTNERS.permission):
        return installed
    installed = installed or Installed()
    add_entries(window, window.admin_menu, "MainWindow", (PARTNERS,), installed)
    window.admin_actions[PARTNERS.permission] = installed.parts[PARTNERS.permission]
    window.admin_menu.menuAction().setVisible(True)
    return installed


def wire_chart(chart: ChartHost) -> None:
    """"Raise alert…" under the medications tab's findings opens the raise dialog, prefilled from the finding."""
    if not chart.session.can("alert.raise", chart.session.patient_record(chart.patient_id)):
        return

    def connect(medications: QWidget) -> None:
        def open_dialog(finding: Finding | None) -> None:
            from app.ui.alerts.raise_dialog import RaiseAlertDialog  # opened on demand

            dialog = RaiseAlertDialog(chart.session, chart.patient_id, finding, medications)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            medications.dialog = dialog

        medications.enable_raise_alert()
        medications.sig_raise_alert.connect(open_dialog)
    chart.when_tab("medications", connect)


def _alerts_tab(session: AppSession, patient_id: int, parent: QWidget) -> QWidget:
    from app.ui.alerts.alert_tab import AlertTab  # loaded with the first chart

    return AlertTab(session, patient_id, parent)


FEATURE = Feature(
    "alerts", install=install, wire_chart=wire_chart,
    chart_tabs=(ChartTab("alerts", QT_TRANSLATE_NOOP("ChartTabs", "Alerts"), "alert.read", _alerts_tab, 20),))
