"""Start a deprescribing plan for one line: choose a taper scheme (its source shown), let it propose the steps,
edit their dates and doses, say who calls the patient after each step, record the patient's agreement."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.care_plans import deprescribing, taper_schemes
from app.services.care_plans.deprescribing_input import Agreement, DeprescribingInput, StepInput
from app.services.medications import posology_text
from app.services.medications.posology import TIME_FIELDS, Posology
from app.ui.common import background, dates
from app.ui.common import settings as ui_settings
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, choice_combo, combo_value, format_date, guarded

ROLES = {"nurse": QT_TRANSLATE_NOOP("DeprescribingDialog", "A nurse (pool)"),
         "pharmacist": QT_TRANSLATE_NOOP("DeprescribingDialog", "A pharmacist (pool)"),
         "medical_assistant": QT_TRANSLATE_NOOP("DeprescribingDialog", "A medical assistant (pool)")}
HOW = {"consultation": QT_TRANSLATE_NOOP("DeprescribingDialog", "In consultation"),
       "phone": QT_TRANSLATE_NOOP("DeprescribingDialog", "By phone"),
       "written": QT_TRANSLATE_NOOP("DeprescribingDialog", "In writing")}


class _StepRow:
    """The widgets of one step: date, the four amounts (a "times" posology) and stop."""

    def __init__(self, parent: QWidget, due: date | None, stop: bool, posology: Posology | None, editable: bool):
        self.posology = posology
        self.number = QLabel(parent)
        self.day = QLineEdit(format_date(due) if due else "", parent)
        self.day.setPlaceholderText(dates.placeholder(QCoreApplication.translate("DeprescribingDialog", "dd.mm.yyyy")))
        self.day.setMaximumWidth(130)
        self.amounts = [QLineEdit(str(getattr(posology, f) or "") if posology else "", parent) for f in TIME_FIELDS]
        for w in self.amounts:
            w.setMaximumWidth(90)
        self.stop = QCheckBox(QCoreApplication.translate("DeprescribingDialog", "Stop"), parent)
        self.stop.setChecked(stop)
        self.stop.toggled.connect(self._stop_toggled)
        self.editable = editable
        self._stop_toggled(stop)

    def widgets(self) -> list[QWidget]:
        return [self.number, self.day, *self.amounts, self.stop]

    def _stop_toggled(self, stopped: bool) -> None:
        for w in self.amounts:
            w.setEnabled(self.editable and not stopped)

    def value(self, current: Posology) -> StepInput:
        if self.stop.isChecked():
            return StepInput(self.day.text(), True, None)
        base = self.posology or current
        if self.editable:
            base = replace(base, schedule="times", **{f: w.text() for f, w in zip(TIME_FIELDS, self.amounts)})
        return StepInput(self.day.text(), False, base)


class DeprescribingDialog(QDialog):
    """A new deprescribing plan for ``row`` (a current line); ``finding`` (optional) is the review finding it
    answers."""

    sig_saved = Signal(int)
    """The plan was saved: its id."""

    def __init__(self, session: AppSession, patient_id: int, row, finding=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.patient_id, self.row, self.finding = session, patient_id, row, finding
        self.lang = ui_settings.get(ui_settings.LANGUAGE)
        self.current: Posology = row.data.posology
        self.editable = self.current.kind == "times"
        self.steps: list[_StepRow] = []
        self.setWindowTitle(self.tr("Deprescribing plan — %1").replace("%1", row.display_name))
        self.banner = ErrorBanner(self)
        schemes = taper_schemes.schemes_for(row.data.atc)
        self.scheme = choice_combo([(s.key, s.title(self.lang)) for s in schemes], self)
        self.scheme.currentIndexChanged.connect(lambda _i: self._scheme_changed())
        self.source = QLabel(self)
        self.source.setWordWrap(True)
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        self.start = QLineEdit(format_date(date.today()), self)
        self.start.setPlaceholderText(dates.placeholder(self.tr("dd.mm.yyyy")))
        self.propose_button = QPushButton(self.tr("Propose steps"), self)
        self.propose_button.clicked.connect(self.propose)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start, 1)
        start_row.addWidget(self.propose_button)
        self.reason = QLineEdit(finding.message[:500] if finding is not None else "", self)
        form = QFormLayout()
        form.addRow(self.tr("Medication"), QLabel(f"{row.display_name} — "
                                                  f"{posology_text.describe(self.current, self.lang)}", self))
        form.addRow(self.tr("Scheme"), self.scheme)
        form.addRow("", self.source)
        form.addRow(self.tr("First step on"), start_row)
        form.addRow(self.tr("Reason"), self.reason)

        self.grid_host = QWidget(self)
        host_layout = QVBoxLayout(self.grid_host)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(7, 1)       # the fields keep their width; the room is left on the right
        host_layout.addLayout(self.grid)
        host_layout.addStretch(1)
        for col, text in enumerate((self.tr("Step"), self.tr("From"), self.tr("Morning"), self.tr("Noon"),
                                    self.tr("Evening"), self.tr("Night"), "")):
            self.grid.addWidget(QLabel(f"<b>{text}</b>", self.grid_host), 0, col)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        scroll.setMinimumHeight(170)
        self.add_step_button = QPushButton(self.tr("Add a step"), self)
        self.add_step_button.clicked.connect(lambda: self._add_step(None, False, None))
        self.remove_step_button = QPushButton(self.tr("Remove the last step"), self)
        self.remove_step_button.clicked.connect(self._remove_step)
        step_bar = QHBoxLayout()
        step_bar.addWidget(self.add_step_button)
        step_bar.addWidget(self.remove_step_button)
        step_bar.addStretch(1)
        if not self.editable:
            step_bar.addWidget(QLabel(self.tr("Amounts follow the scheme (this posology is not by times of day)."),
                                      self))

        self.follow_role = choice_combo([(k, QCoreApplication.translate("DeprescribingDialog", v)) for k, v in ROLES.items()], self)
        self.follow_days = QSpinBox(self)
        self.follow_days.setRange(1, 90)
        self.follow_days.setSuffix(self.tr(" day(s) after each step"))
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_role, 1)
        follow_row.addWidget(self.follow_days)
        self.agreed = QCheckBox(self.tr("The patient agrees"), self)
        self.agreed_on = QLineEdit(format_date(date.today()), self)
        self.agreed_on.setPlaceholderText(dates.placeholder(self.tr("dd.mm.yyyy")))
        self.agreed_how = choice_combo([(k, QCoreApplication.translate("DeprescribingDialog", v)) for k, v in HOW.items()], self)
        agree_row = QHBoxLayout()
        agree_row.addWidget(self.agreed)
        agree_row.addWidget(self.agreed_on)
        agree_row.addWidget(self.agreed_how, 1)
        lower = QFormLayout()
        lower.addRow(self.tr("Follow-up calls by"), follow_row)
        lower.addRow(self.tr("Agreement"), agree_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addLayout(step_bar)
        layout.addLayout(lower)
        layout.addWidget(self.buttons)
        self.resize(900, 620)
        self._scheme_changed()

    # -- scheme and proposal --------------------------------------------------------------------------------
    def _scheme_changed(self) -> None:
        s = taper_schemes.schemes()[combo_value(self.scheme)]
        src = s.source
        text = self.tr("Source: %1, %2 (%3). Reuse: %4").replace("%1", src.get("publisher", "")).replace(
            "%2", src.get("edition", "")).replace("%3", src.get("url", "")).replace("%4", src.get("reuse", ""))
        if s.verify:
            text += " " + self.tr("Figures to check against the source before relying on them.")
        self.source.setText(text)
        self.follow_days.setValue(s.follow_up_days)
        self.propose()

    def propose(self) -> None:
        """Ask the service for the scheme's steps from the start date (replacing the steps shown)."""
        ctx, line, key, start = self.session.ctx, self.row.id, combo_value(self.scheme), self.start.text()
        self.banner.clear()
        background.run(lambda: deprescribing.propose_steps(ctx, line, key, start or None),
                       guarded(self, self._proposed), guarded(self, self._failed))

    def _proposed(self, steps) -> None:
        while self.steps:
            self._remove_step()
        for s in steps:
            self._add_step(s.due_date, s.stop, s.posology)

    def _add_step(self, due: date | None, stop: bool, posology: Posology | None) -> None:
        step = _StepRow(self.grid_host, due, stop, posology, self.editable)
        n = len(self.steps) + 1
        step.number.setText(str(n))
        for col, w in enumerate(step.widgets()):
            self.grid.addWidget(w, n, col)
        self.steps.append(step)

    def _remove_step(self) -> None:
        if self.steps:
            for w in self.steps.pop().widgets():
                self.grid.removeWidget(w)
                w.deleteLater()

    # -- saving ---------------------------------------------------------------------------------------------
    def value(self) -> DeprescribingInput:
        agreement = Agreement(self.agreed_on.text(), combo_value(self.agreed_how)) if self.agreed.isChecked() else None
        return DeprescribingInput(
            line_id=self.row.id, scheme_key=combo_value(self.scheme),
            steps=[s.value(self.current) for s in self.steps], reason=self.reason.text(),
            finding_code=(getattr(self.finding, "rule", None) or "")[:120] or None, follow_up_role=combo_value(self.follow_role),
            follow_up_days=self.follow_days.value(), agreement=agreement)

    def submit(self) -> None:
        ctx, pid, data = self.session.ctx, self.patient_id, self.value()
        self.banner.clear()
        self.buttons.setEnabled(False)
        background.run(lambda: deprescribing.create_plan(ctx, pid, data), guarded(self, self._saved),
                       guarded(self, self._failed))

    def _saved(self, plan_id: int) -> None:
        self.buttons.setEnabled(True)
        self.sig_saved.emit(plan_id)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.banner.show_message(describe(exc))
