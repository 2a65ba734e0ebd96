"""The administrator's review of emergency (break-glass) accesses: each one stays in the list of accesses to
review until an administrator acknowledges it (with an optional note); the acknowledged ones can be shown too."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.break_glass import review
from app.services.break_glass.review import NOTE_MAX
from app.ui.admin.break_glass_model import BreakGlassModel
from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, guarded
from app.ui.common.operations import FormOperation
from app.ui.common.permissions import guard

TOPIC = "break_glass.changed"


class BreakGlassReviewDialog(QDialog):
    sig_acknowledged = Signal(int)
    """An access was acknowledged: its id."""

    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Emergency accesses to charts"))
        self.banner = ErrorBanner(self)
        intro = QLabel(self.tr("Each emergency access to a chart outside the care circle stays here until an "
                               "administrator has checked it (the reason, the clinician, the audit trail of the "
                               "chart) and acknowledged it."), self)
        intro.setWordWrap(True)
        self.show_filter = QComboBox(self)
        self.show_filter.addItem(self.tr("To review"), False)
        self.show_filter.addItem(self.tr("Acknowledged"), True)
        self.show_filter.addItem(self.tr("All"), None)
        self.show_filter.currentIndexChanged.connect(self.reload)
        self.count_label = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show"), self))
        top.addWidget(self.show_filter)
        top.addStretch(1)
        top.addWidget(self.count_label)
        self.model = BreakGlassModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.COLUMNS.index("reason"), QHeaderView.ResizeMode.Stretch)
        self.note = QLineEdit(self)
        self.note.setMaxLength(NOTE_MAX + 1)   # one more than allowed: the service says what is too long
        self.note.setPlaceholderText(self.tr("Review note (optional), e.g. checked with the clinician"))
        self.acknowledge_button = QPushButton(self.tr("Acknowledge"), self)
        guard(self.acknowledge_button, session, "break_glass.review")
        self.acknowledge_button.clicked.connect(self.acknowledge)
        action = QHBoxLayout()
        action.addWidget(self.note, 1)
        action.addWidget(self.acknowledge_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(action)
        layout.addWidget(buttons)
        self.operation = FormOperation(self, self.banner, {"review_note": self.note, "acknowledged_at": self.view})
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        session.sig_changed.connect(self._on_changed)
        self.resize(1100, 560)
        self.reload()

    def reload(self) -> None:
        ctx, acknowledged = self.session.ctx, self.show_filter.currentData()
        background.run(lambda: review.list_accesses(ctx, acknowledged=acknowledged), guarded(self, self._loaded),
                       guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def _loaded(self, rows) -> None:
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n access(es)", "", len(rows)))
        if rows:
            self.view.selectRow(0)
        self._selection_changed()

    def current(self):
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _selection_changed(self) -> None:
        row = self.current()
        waiting = row is not None and row.acknowledged_at is None
        self.acknowledge_button.setEnabled(waiting)
        self.note.setEnabled(waiting)

    def acknowledge(self) -> None:
        row = self.current()
        if row is None or row.acknowledged_at is not None:
            return
        ctx, note = self.session.ctx, self.note.text()
        self.operation.run(lambda: review.acknowledge(ctx, row.id, row.version, note), lambda _v: self._done(row.id))

    def _done(self, grant_id: int) -> None:
        self.note.clear()
        self.sig_acknowledged.emit(grant_id)
        self.reload()

    def _on_changed(self, topic: str, payload: dict) -> None:
        if topic == TOPIC and not self.operation.running:
            self.reload()
