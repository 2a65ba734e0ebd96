"""The docks' badge bar: one button per dock in the status bar, showing the dock's title with its count
("Tasks (2)", "Alerts (8)"). A click opens the dock or collapses it back to its badge, so that on a small screen
(1366×768) the chart keeps the height and the counts stay in sight."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QToolButton, QWidget


class DockBadgeBar(QWidget):
    """Badges of the window's docks; each button is its dock's toggle action (title and checked state follow)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.buttons: dict[str, QToolButton] = {}
        """The badge of each dock, by the dock's object name."""
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)

    def add(self, dock: QDockWidget) -> QToolButton:
        """A badge for ``dock``: its title, pressed while the dock is open."""
        button = QToolButton(self)
        button.setDefaultAction(dock.toggleViewAction())
        button.setAutoRaise(True)
        button.setAccessibleName(dock.windowTitle())
        dock.windowTitleChanged.connect(button.setAccessibleName)
        self._layout.addWidget(button)
        self.buttons[dock.objectName()] = button
        return button
