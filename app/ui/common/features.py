"""What a capability contributes to the main window: its menus and docks, and its tabs in a patient's chart.

Each capability screen package declares one ``Feature`` in its ``feature`` module; ``app.ui.shell.features``
lists them in one explicit tuple that the main window and the chart read. Nothing is patched onto the window:
a feature's ``install`` returns what it added (``Installed``) and the window keeps it under the feature's name.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDockWidget, QMenu, QMenuBar, QWidget

from app.ui.common.app_session import AppSession


class FeatureHost(Protocol):
    """The part of the main window a feature may use."""

    session: AppSession
    admin_menu: QMenu
    admin_actions: dict[str, QAction]

    def menuBar(self) -> QMenuBar: ...  # noqa: N802 (Qt name)

    def open_patient(self, patient_id: int) -> object: ...

    def add_feature_menu(self, menu: QMenu) -> None: ...


class ChartHost(Protocol):
    """The part of a patient's chart a feature may use to connect its tabs to each other."""

    session: AppSession
    patient_id: int

    def tab(self, key: str) -> QWidget | None: ...

    def tab_place(self, key: str) -> QWidget | None: ...

    def when_tab(self, key: str, connect: Callable[[QWidget], None]) -> None: ...


@dataclass
class Installed:
    """What a feature put into the main window."""

    docks: list[QDockWidget] = field(default_factory=list)
    actions: list[QAction] = field(default_factory=list)
    """Actions on patient data: disabled while the window is locked."""
    parts: dict[str, object] = field(default_factory=dict)
    """Named widgets and actions (the feature's panel, its menu entries …), for the window and for tests."""


@dataclass(frozen=True)
class ChartTab:
    """A tab of the patient's chart. ``title`` is source text in the ``ChartTabs`` translation context."""

    key: str
    title: str
    permission: str
    """The action a user needs for the tab to be shown at all."""
    make: Callable[[AppSession, int, QWidget], QWidget]
    order: int
    """Its place among the tabs. A tab's page is built (and loads its data) when the user first opens it, so that
    opening a chart builds and loads only what is looked at."""


@dataclass(frozen=True)
class Feature:
    """One capability's contribution to the main window and the chart."""

    name: str
    install: Callable[[FeatureHost], Installed | None] | None = None
    """Menus and docks, installed once the first patient list is on screen (None: nothing for this user)."""
    chart_tabs: tuple[ChartTab, ...] = ()
    wire_chart: Callable[[ChartHost], None] | None = None
    """Connects this feature to other features' chart tabs (e.g. "raise alert" from the medications tab), through
    ``ChartHost.when_tab`` so that a tab not yet opened is connected when it is built."""
    early: bool = False
    """Installed with the window itself (the Administration menu) rather than after the first patient list."""


@dataclass(frozen=True)
class MenuEntry:
    """A menu entry that opens a window on demand. ``text`` is source text in the menu's translation context; the
    window's class ``cls`` in ``module`` takes (session, parent) and is imported when first asked for, so that
    start-up stays light."""

    permission: str
    """The action a user needs for the entry to be shown; also its name in ``Installed.parts``."""
    text: str
    module: str
    cls: str


def open_on_demand(window: FeatureHost, module: str, cls: str) -> QDialog:
    """Open a feature's window, imported now; a window that can open a chart (``sig_open_patient``) opens it in
    the main window."""
    dialog = getattr(importlib.import_module(module), cls)(window.session, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if hasattr(dialog, "sig_open_patient"):
        dialog.sig_open_patient.connect(window.open_patient)
    dialog.open()
    return dialog


def add_entries(window: FeatureHost, menu: QMenu, context: str, entries: Sequence[MenuEntry],
                installed: Installed) -> None:
    """Add the entries the user may see to ``menu``; each action and its last opened window go into
    ``installed.parts`` (under the permission, and the permission + ``":window"``)."""
    for entry in entries:
        if not window.session.can(entry.permission):
            continue
        action = QAction(QCoreApplication.translate(context, entry.text), window)

        def opened(_checked=False, e=entry) -> None:
            installed.parts[e.permission + ":window"] = open_on_demand(window, e.module, e.cls)
        action.triggered.connect(opened)
        menu.addAction(action)
        installed.parts[entry.permission] = action
        installed.actions.append(action)


def install_menu(window: FeatureHost, context: str, title: str, entries: Sequence[MenuEntry]) -> Installed | None:
    """A feature's own menu (``title`` in ``context``) with the entries the user may see; None when there is none
    (the menu is not added)."""
    if not any(window.session.can(e.permission) for e in entries):
        return None
    menu = QMenu(QCoreApplication.translate(context, title), window)
    window.add_feature_menu(menu)
    installed = Installed(parts={"menu": menu})
    add_entries(window, menu, context, entries, installed)
    return installed


def install_dock(window: FeatureHost, panel: QWidget, installed: Installed, title: str, name: str, menu_title: str,
                 show_text: str, shortcut: str, focus: Callable[[], object]) -> QMenu:
    """A feature's ``panel`` in a dock of the main window and the feature's menu, whose first entry (``shortcut``)
    brings the dock forward and calls ``focus``. The dock's title follows the panel's ``sig_title`` ("Alerts (3)"),
    and a patient the panel opens (``sig_open_patient``) opens in the window. Texts come translated; the dock,
    panel, menu and entry go into ``installed`` (parts ``dock``, ``panel``, ``menu``, ``show``). Returns the menu
    for the feature's other entries."""
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(panel)
    panel.sig_title.connect(dock.setWindowTitle)
    panel.sig_open_patient.connect(window.open_patient)
    menu = QMenu(menu_title, window)
    window.add_feature_menu(menu)
    show = QAction(show_text, window)
    show.setShortcut(QKeySequence(shortcut))
    show.triggered.connect(lambda: (dock.show(), dock.raise_(), focus()))
    menu.addAction(show)
    installed.docks.append(dock)
    installed.actions.append(show)
    installed.parts.update(panel=panel, dock=dock, menu=menu, show=show)
    return menu
