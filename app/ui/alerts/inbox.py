"""The alert inbox: a box (received / sent / escalated / all), state buttons with counts, the list.

Counts refresh every few seconds (``POLL_MS``; on the single-file database this is how another
workstation's alert shows up) and at once when a service announces ``alert.changed`` (on
PostgreSQL that arrives by LISTEN/NOTIFY). Urgent overdue alerts are escalated on the way.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.alerts import inbox as alert_inbox
from app.ui.alerts.alert_model import ROW_ROLE, AlertFilterProxy, AlertTableModel
from app.ui.alerts.alert_texts import box_label, state_label
from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.fitting import measure_first_rows
from app.ui.common.form_helpers import choice_combo, combo_value, guarded, set_combo_value
from app.ui.common.permissions import guard

POLL_MS = 4000
ESCALATE_EVERY = 15   # polls (about a minute)
FILTERS = ("", "waiting", "open", "read", "question", "replied", "partial", "overdue", "escalated", "accepted",
           "modified", "refused", "answered")


class InboxPanel(QWidget):
    sig_title = Signal(str)
    """The dock title with the number of alerts waiting, e.g. "Alerts (3)"."""
    sig_open_patient = Signal(int)
    """The user asked to open the chart of an alert's patient."""
    sig_counts = Signal(dict)
    """Fresh counts per state of the current box."""

    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.counts: dict[str, int] = {}
        self._polls = 0
        default = alert_inbox.default_box(session.ctx)
        boxes = ["received", "sent", "escalated", "all"] if session.can("alert.answer") or \
            "coordinator" in session.account.roles else ["sent", "received", "all"]
        if default not in boxes:
            boxes.insert(0, default)
        self.box = choice_combo([(b, box_label(b)) for b in boxes], self)
        set_combo_value(self.box, default)
        self.box.currentIndexChanged.connect(lambda _i: self.reload())
        # The states with their counts, as tabs that scroll rather than widen the window on a small screen.
        self.filters = QTabBar(self)
        self.filters.setDrawBase(False)
        self.filters.setExpanding(False)
        self.filters.setUsesScrollButtons(True)
        self.filters.setElideMode(Qt.TextElideMode.ElideNone)
        for state in FILTERS:
            self.filters.setTabData(self.filters.addTab(""), state)
        self.filters.currentChanged.connect(lambda i: self.proxy.set_state(self.filters.tabData(i)))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Box:")))
        bar.addWidget(self.box)
        bar.addWidget(self.filters, 1)
        self.open_button = QPushButton(self.tr("Open…"), self)
        self.open_button.clicked.connect(lambda: self.open_alert(self.view.currentIndex()))
        self.chart_button = QPushButton(self.tr("Open chart"), self)
        self.chart_button.clicked.connect(self._open_chart)
        bar.addWidget(self.open_button)
        bar.addWidget(self.chart_button)
        self.model = AlertTableModel(self)
        self.proxy = AlertFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        measure_first_rows(self.view)
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.setAccessibleName(self.tr("Alerts"))
        self.view.doubleClicked.connect(self.open_alert)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        self._show_counts({})
        self._update_buttons()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        session.sig_changed.connect(self._on_changed)
        session.sig_locked.connect(self._drop)
        session.sig_unlocked.connect(self.reload)
        self.reload()

    # -- loading --------------------------------------------------------------------------------------------
    def current_box(self) -> str:
        return combo_value(self.box)

    def reload(self) -> None:
        """Reload the list and the counts of the current box (in the background)."""
        if self.session.locked:
            return
        ctx, box = self.session.ctx, self.current_box()
        background.run(lambda: (alert_inbox.inbox(ctx, box), alert_inbox.counts(ctx, box)),
                       guarded(self, self._loaded), guarded(self, self._failed))

    def poll(self) -> None:
        """Fetch the counts; reload the list only when they changed (another workstation did something)."""
        if self.session.locked or not self.isVisible():   # a closed window stops polling
            return
        ctx, box = self.session.ctx, self.current_box()
        self._polls += 1
        escalate = self._polls % ESCALATE_EVERY == 1

        def job():
            if escalate:
                alert_inbox.escalate_overdue(ctx)
            return alert_inbox.counts(ctx, box)
        background.run(job, guarded(self, self._polled), guarded(self, self._failed))

    def _polled(self, counts: dict) -> None:
        if counts != self.counts and not self.session.locked:
            self.reload()

    def _loaded(self, result) -> None:
        if self.session.locked:
            return
        rows, counts = result
        self.error.hide()
        self.model.set_rows(rows)
        self._show_counts(counts)
        self._update_buttons()

    def _failed(self, exc: Exception) -> None:
        self.error.setText(describe(exc))
        self.error.show()

    def _show_counts(self, counts: dict) -> None:
        self.counts = dict(counts)
        total = sum(counts.get(s, 0) for s in alert_inbox.STATES)   # every state, grouped alerts' included
        for index in range(self.filters.count()):
            state = self.filters.tabData(index)
            n = total if not state else counts.get(state, 0)
            name = self.tr("All") if not state else state_label(state)
            self.filters.setTabText(index, f"{name} ({n})")
            alarming = state in ("overdue", "escalated") and n
            self.filters.setTabTextColor(index, QColor("#b71c1c") if alarming else self.palette().windowText().color())
        self.sig_counts.emit(self.counts)
        self.sig_title.emit(self.tr("Alerts (%1)").replace("%1", str(self.badge())))

    def badge(self) -> int:
        """What the badge shows, always the size of one of the lists: in a box of received alerts the ones waiting
        (open, read — overdue or escalated included —, a question asked, replied), in the sent box the questions
        I must answer, in the coordinator's box the escalated ones."""
        if self.current_box() == "escalated":
            return self.counts.get("escalated", 0)
        if self.current_box() == "sent":
            return self.counts.get("question", 0)
        return self.counts.get("waiting", 0)

    def badge_state(self) -> str:
        """The filter whose list the badge counts."""
        return {"escalated": "escalated", "sent": "question"}.get(self.current_box(), "waiting")

    def show_badge_list(self) -> None:
        """Show the list the badge counts."""
        for index in range(self.filters.count()):
            if self.filters.tabData(index) == self.badge_state():
                self.filters.setCurrentIndex(index)

    def _on_changed(self, topic: str, _payload: dict) -> None:
        if topic in ("alert.changed", "medication.changed", "access.changed") and not self.session.locked \
                and self.isVisible():
            self.reload()

    def _drop(self) -> None:
        self.model.set_rows([])
        self._update_buttons()

    def _update_buttons(self) -> None:
        """"Open" and "Open chart" follow the access decision on the selected alert and its patient."""
        row = self.selected()
        guard(self.open_button, self.session, "alert.read", row.record if row else None, enabled=row is not None)
        guard(self.chart_button, self.session, "patient.read", row.patient_record if row else None,
              enabled=row is not None)

    # -- actions --------------------------------------------------------------------------------------------
    def selected(self):
        index = self.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def open_alert(self, index: QModelIndex):
        """Open an alert's dialog (thread and answer buttons)."""
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row is None or self.session.locked or not self.session.can("alert.read", row.record):
            return None
        from app.ui.alerts.alert_dialog import AlertDialog  # opened on demand (it loads the PDF writer)

        dialog = AlertDialog(self.session, row.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_open_patient.connect(self.sig_open_patient)
        dialog.open()
        return dialog

    def _open_chart(self) -> None:
        row = self.selected()
        if row is not None and self.session.can("patient.read", row.patient_record):
            self.sig_open_patient.emit(row.patient_id)
