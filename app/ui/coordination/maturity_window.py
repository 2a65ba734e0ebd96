"""The team's maturity self-assessment (HAS grid): each member's own answers for a round; the team's results over
the rounds with the PDF export (physician, coordinator); opening and closing rounds and each member's answers
(coordinator). The level scale is explained on screen, with the grid's source."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.coordination import maturity, maturity_grid
from app.ui.common import background, dates
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, guarded
from app.ui.coordination.maturity_form import MaturityForm
from app.ui.coordination.maturity_results_view import MaturityResultsView
from app.ui.coordination.maturity_rounds import MaturityRounds
from app.ui.coordination.maturity_texts import level_description, level_label


class MaturityWindow(QDialog):
    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.grid = maturity_grid.load()
        self.periods: list = []
        self.setWindowTitle(self.tr("Team maturity self-assessment"))
        self.banner = ErrorBanner(self)
        self.period_combo = QComboBox(self)
        self.period_combo.currentIndexChanged.connect(self._period_chosen)
        choose = QLabel(self.tr("&Round"), self)
        choose.setBuddy(self.period_combo)
        top = QHBoxLayout()
        top.addWidget(choose)
        top.addWidget(self.period_combo, 1)
        self.form = MaturityForm(session, self.grid, self)
        self.save_button = QPushButton(self.tr("&Save my answers"), self)
        self.save_button.clicked.connect(self.form.save)
        self.form.sig_saved.connect(lambda _v: self._refresh_results())
        scale = QLabel(self._scale_text(), self)
        scale.setWordWrap(True)
        source = QLabel(self.tr("Grid: %1 (%2). Axis names after the HAS; level descriptions are our wording, to be "
                                "checked against the HAS document.").replace("%1", "HAS — Matrice de maturité en "
                                                                                   "soins primaires")
                        .replace("%2", self.grid.source_url), self)
        source.setWordWrap(True)
        mine = QWidget(self)
        mine_layout = QVBoxLayout(mine)
        mine_layout.addWidget(scale)
        mine_layout.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(source, 1)
        buttons.addWidget(self.save_button)
        mine_layout.addLayout(buttons)
        mine_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(mine)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(scroll, self.tr("&My answers"))
        self.results = None
        if session.can("maturity.results"):
            self.results = MaturityResultsView(session, self)
            self.tabs.addTab(self.results, self.tr("&Team results"))
        self.rounds = None
        if session.can("maturity.manage"):
            self.rounds = MaturityRounds(session, self.grid, self)
            self.rounds.sig_changed.connect(self.reload)
            self.tabs.addTab(self.rounds, self.tr("R&ounds"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        room = parent.window().size() if parent is not None else None   # no taller than the main window
        self.resize(min(1100, room.width()) if room else 1100, min(700, room.height() - 40) if room else 700)
        self.reload()

    def _scale_text(self) -> str:
        parts = [f"<b>{v.level} — {level_label(self.grid, v.level)}</b>: {level_description(self.grid, v.level)}"
                 for v in self.grid.levels]
        return self.tr("Levels: %1").replace("%1", " · ".join(parts))

    def reload(self, chosen_id: int | None = None) -> None:
        """Read the rounds again (then show ``chosen_id``, else the round shown before)."""
        ctx = self.session.ctx
        self.banner.clear()
        background.run(lambda: maturity.list_periods(ctx),
                       guarded(self, lambda periods: self._show_periods(periods, chosen_id)),
                       guarded(self, lambda exc: self.banner.show_message(describe(exc))))
        self._refresh_results()

    def _refresh_results(self) -> None:
        if self.results is not None:
            self.results.reload()

    def _show_periods(self, periods, chosen_id: int | None = None) -> None:
        shown = self.current_period()
        chosen_id = chosen_id if chosen_id is not None else (shown.id if shown else None)
        self.periods = list(periods)
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for p in self.periods:
            state = self.tr("closed") if p.closed else self.tr("open")
            self.period_combo.addItem(f"{p.label} ({dates.day(p.starts_on)} – {dates.day(p.ends_on)}, {state})")
        # the round chosen before, else the latest open one, else the latest
        index = next((i for i, p in enumerate(self.periods) if p.id == chosen_id), None)
        if index is None:
            index = next((i for i in reversed(range(len(self.periods))) if not self.periods[i].closed),
                         len(self.periods) - 1)
        self.period_combo.setCurrentIndex(index)
        self.period_combo.blockSignals(False)
        self._period_chosen(index)

    def current_period(self):
        index = self.period_combo.currentIndex()
        return self.periods[index] if 0 <= index < len(self.periods) else None

    def _period_chosen(self, _index: int) -> None:
        period = self.current_period()
        if self.rounds is not None:
            self.rounds.show_period(period)
        self.save_button.setEnabled(period is not None and not period.closed)
        if period is None:
            self.form.show_answers(None, None, False)
            return
        ctx, period_id = self.session.ctx, period.id
        background.run(lambda: maturity.my_answers(ctx, period_id),
                       guarded(self, lambda view: self.form.show_answers(period_id, view, not period.closed)),
                       guarded(self, lambda exc: self.banner.show_message(describe(exc))))
