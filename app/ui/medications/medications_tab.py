"""The chart's Medications tab: current list (history on demand), clinical values and review findings.

Every change (here or on another workstation, announced by the services) reloads
the list and re-runs the review in the background.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.care_plans import deprescribing
from app.services.medications import check as medication_check
from app.services.medications import medication_list as medications
from app.services.medications import observations
from app.services.medications.check import ReviewResult
from app.services.medications.observations import RANGES, REVIEW_CODES
from app.ui.common import background, dates, numbers
from app.ui.common import settings as ui_settings
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.fitting import compact_rows, size_columns
from app.ui.common.form_helpers import ErrorBanner, choice_combo, combo_value, format_date, guarded
from app.ui.common.permissions import guard
from app.ui.medications.deprescribing_dialog import DeprescribingDialog
from app.ui.medications.deprescribing_plans import DeprescribingPlansDialog
from app.ui.medications.findings_view import FindingsView
from app.ui.medications.medication_dialog import MedicationDialog
from app.ui.medications.medication_model import HistoryTableModel, MedicationTableModel

TOPICS = ("medication.changed", "observation.changed", "patient.changed", "deprescribing.changed")


OBSERVATIONS = {
    "egfr": QT_TRANSLATE_NOOP("MedicationsTab", "eGFR"), "weight_kg": QT_TRANSLATE_NOOP("MedicationsTab", "Weight"),
    "creatinine_umol_l": QT_TRANSLATE_NOOP("MedicationsTab", "Creatinine"),
    "height_cm": QT_TRANSLATE_NOOP("MedicationsTab", "Height"),
    "potassium": QT_TRANSLATE_NOOP("MedicationsTab", "Potassium"),
    "sodium": QT_TRANSLATE_NOOP("MedicationsTab", "Sodium"), "inr": QT_TRANSLATE_NOOP("MedicationsTab", "INR"),
    "hba1c": QT_TRANSLATE_NOOP("MedicationsTab", "HbA1c"),
    "systolic_bp": QT_TRANSLATE_NOOP("MedicationsTab", "Systolic blood pressure"),
    "diastolic_bp": QT_TRANSLATE_NOOP("MedicationsTab", "Diastolic blood pressure"),
    "heart_rate": QT_TRANSLATE_NOOP("MedicationsTab", "Heart rate"),
    "qtc_ms": QT_TRANSLATE_NOOP("MedicationsTab", "QTc")}


def observation_label(code: str) -> str:
    text = OBSERVATIONS.get(code)
    return QCoreApplication.translate("MedicationsTab", text) if text else code


class _ServiceDialog(QDialog):
    """A small dialog whose OK runs one service call in the background; errors show in a banner."""

    sig_done = Signal()
    """The service call succeeded (the dialog then closes)."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.banner = ErrorBanner(self)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def job(self):
        raise NotImplementedError

    def submit(self) -> None:
        self.banner.clear()
        self.buttons.setEnabled(False)
        background.run(self.job(), guarded(self, self._ok), guarded(self, self._failed))

    def _ok(self, _result) -> None:
        self.buttons.setEnabled(True)
        self.sig_done.emit()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.banner.show_message(describe(exc))


class StopDialog(_ServiceDialog):
    """Stop a line: reason (required) and date; the line stays in the history."""

    def __init__(self, session: AppSession, row, parent: QWidget | None = None):
        super().__init__(self.tr("Stop %1").replace("%1", row.display_name), parent)
        self.session, self.row = session, row
        self.reason = QLineEdit(self)
        self.day = QLineEdit(format_date(date.today()), self)
        self.day.setPlaceholderText(dates.placeholder(self.tr("dd.mm.yyyy")))
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.tr("Stopped on"), self.day)
        self.reason.setFocus()

    def job(self):
        ctx, row, reason, day = self.session.ctx, self.row, self.reason.text(), self.day.text()
        return lambda: medications.stop_medication(ctx, row.id, row.version, reason, day or None)


class ObservationDialog(_ServiceDialog):
    """Record a clinical value (eGFR, weight, creatinine …) with its date."""

    def __init__(self, session: AppSession, patient_id: int, parent: QWidget | None = None):
        super().__init__(self.tr("Record a clinical value"), parent)
        self.session, self.patient_id = session, patient_id
        self.code = choice_combo([(c, observation_label(c)) for c in RANGES], self)
        self.value = QLineEdit(self)
        self.unit = QLabel(self)
        self.day = QLineEdit(format_date(date.today()), self)
        self.day.setPlaceholderText(dates.placeholder(self.tr("dd.mm.yyyy")))
        value_row = QHBoxLayout()
        value_row.addWidget(self.value, 1)
        value_row.addWidget(self.unit)
        self.form.addRow(self.tr("Value"), self.code)
        self.form.addRow("", value_row)
        self.form.addRow(self.tr("Measured on"), self.day)
        self.code.currentIndexChanged.connect(lambda _i: self.unit.setText(RANGES[combo_value(self.code)][0]))
        self.unit.setText(RANGES[combo_value(self.code)][0])
        self.value.setFocus()

    def job(self):
        ctx, pid, code, value, day = (self.session.ctx, self.patient_id, combo_value(self.code), self.value.text(),
                                      self.day.text())
        return lambda: observations.record_observation(ctx, pid, code, value, day or None)


class MedicationsTab(QWidget):
    """Current medications, history on demand, clinical values and findings grouped by severity."""

    sig_reviewed = Signal(object)
    """The list and its review were (re)loaded and shown: the ReviewResult."""
    sig_raise_alert = Signal(object)
    """The user asked to raise an alert: the selected Finding, or None (from scratch)."""

    def __init__(self, session: AppSession, patient_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.patient_id = session, patient_id
        self.result: ReviewResult | None = None
        self.rows: list = []
        self.dialog: QDialog | None = None
        self._build()
        session.sig_changed.connect(self._on_changed)
        session.sig_locked.connect(self._drop)
        session.sig_unlocked.connect(self.reload)
        if session.can("medication.read"):
            self.reload()
        else:
            self.status.setText(self.tr("Your role does not give access to the medication list."))

    # -- building -------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.banner = ErrorBanner(self)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.change_button = QPushButton(self.tr("Change…"), self)
        self.stop_button = QPushButton(self.tr("Stop…"), self)
        self.deprescribe_button = QPushButton(self.tr("Deprescribe…"), self)
        self.deprescribe_button.setToolTip(self.tr("A plan to stop or reduce the selected medication in steps"))
        self.plans_button = QPushButton(self.tr("Tapering plans…"), self)
        self.due_label = QLabel(self)
        self.due_label.setStyleSheet("font-weight: 600; color: #9a3412;")
        self.due_label.hide()
        for button, slot in ((self.add_button, self.add), (self.change_button, self.change),
                             (self.stop_button, self.stop), (self.deprescribe_button, lambda: self.deprescribe()),
                             (self.plans_button, self.show_plans)):
            button.clicked.connect(slot)
        self.history_toggle = QCheckBox(self.tr("Show history"), self)
        self.history_toggle.toggled.connect(self._history_toggled)
        self.timeline_button = QPushButton(self.tr("Timeline…"), self)
        self.timeline_button.setToolTip(self.tr("Anticholinergic score, medications and serious findings over time"))
        self.timeline_button.clicked.connect(self.show_timeline)
        self.status = QLabel(self)
        bar = QHBoxLayout()
        for w in (self.add_button, self.change_button, self.stop_button, self.deprescribe_button,
                  self.plans_button, self.due_label):
            bar.addWidget(w)
        bar.addSpacing(12)
        bar.addWidget(self.history_toggle)
        bar.addWidget(self.timeline_button)
        bar.addStretch(1)
        bar.addWidget(self.status)

        self.model = MedicationTableModel(self)
        self.table = self._table(self.model)
        # what is taken, how much and when come first; the flags (as needed, self-medication …) after them
        header = self.table.horizontalHeader()
        header.moveSection(header.visualIndex(MedicationTableModel.COLUMNS.index("flags")),
                           header.visualIndex(MedicationTableModel.COLUMNS.index("posology")))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.change())
        self.history_model = HistoryTableModel(self)
        self.history_table = self._table(self.history_model)
        self.history_box = QGroupBox(self.tr("History (changes and stopped lines)"), self)
        QVBoxLayout(self.history_box).addWidget(self.history_table)
        self.history_box.hide()

        # The values the review uses sit above its findings: the list keeps the height (≥ 10 lines at 1366×768).
        self.values_box = QWidget(self)
        values_layout = QGridLayout(self.values_box)
        values_layout.setContentsMargins(0, 0, 0, 0)
        self.value_labels: dict[str, QLabel] = {}
        for number, code in enumerate(REVIEW_CODES):
            label = QLabel(self.values_box)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            self.value_labels[str(code)] = label
            values_layout.addWidget(label, number, 0, 1, 2)
        self.record_button = QPushButton(self.tr("Record value…"), self.values_box)
        self.record_button.clicked.connect(self.record_value)
        values_layout.addWidget(self.record_button, len(REVIEW_CODES), 1)
        values_layout.setColumnStretch(0, 1)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 3)
        left_layout.addWidget(self.history_box, 2)
        self.findings = FindingsView(self)
        self.raise_alert_button: QPushButton | None = None
        self.finding_deprescribe_button = QPushButton(self.tr("Plan deprescribing…"), self.findings)
        self.finding_deprescribe_button.setToolTip(self.tr("A tapering plan for the medication of the selected "
                                                           "finding"))
        self.finding_deprescribe_button.clicked.connect(self.deprescribe_finding)
        # the actions on a finding share one row: a button per row made the chart too tall for 1366×768
        self.finding_actions = QHBoxLayout()
        self.finding_actions.addWidget(self.finding_deprescribe_button)
        self.findings.layout().addLayout(self.finding_actions)
        findings_box = QGroupBox(self.tr("Review"), self)
        review_layout = QVBoxLayout(findings_box)
        review_layout.addWidget(self.values_box)
        review_layout.addWidget(self.findings, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(findings_box)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        findings_box.setMinimumWidth(300)  # findings must stay readable beside a wide list
        self.splitter.setSizes([600, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self._update_buttons()

    def enable_raise_alert(self) -> None:
        """Show "Raise alert…" under the findings; it emits ``sig_raise_alert`` with the selected finding."""
        if self.raise_alert_button is not None:
            return
        button = QPushButton(self.tr("Raise alert…"), self.findings)
        button.setToolTip(self.tr("From the selected finding, or from scratch when none is selected"))
        button.clicked.connect(lambda: self.sig_raise_alert.emit(self.findings.selected_finding()))
        self.finding_actions.addWidget(button)
        self.raise_alert_button = button

    def _table(self, model) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        compact_rows(table)
        return table

    # -- loading --------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Reload the list, values and review (and the history when shown) off the GUI thread."""
        if self.session.locked or not self.session.can("medication.read"):
            return
        ctx, pid, with_history = self.session.ctx, self.patient_id, self.history_toggle.isChecked()
        lang = ui_settings.get(ui_settings.LANGUAGE)
        self.status.setText(self.tr("Checking…"))

        def job():
            loaded = medication_check.chart_medications(ctx, pid, with_history=with_history, lang=lang)
            due = deprescribing.due_steps(ctx, pid)
            return loaded.rows, loaded.history, loaded.review, due

        background.run(job, guarded(self, self._loaded), guarded(self, self._failed))

    def _loaded(self, loaded) -> None:
        if self.session.locked:
            return
        rows, history, result, due = loaded
        self.banner.clear()
        self.rows = rows
        self.due_label.setText(self.tr("%n tapering step(s) to confirm", "", len(due)))
        self.due_label.setVisible(bool(due))
        selected = self.selected_row()
        self.model.set_rows(rows)
        size_columns(self.table, cap=220)
        if history is not None:
            self.history_model.set_rows(history)
            size_columns(self.history_table)
        if selected is not None:
            for i, row in enumerate(rows):
                if row.id == selected.id:
                    self.table.selectRow(i)
        self.result = result
        self.findings.set_result(result)
        for code, label in self.value_labels.items():
            obs = result.values.get(code)
            text = (f"{numbers.decimal(obs.value)} {numbers.in_text(obs.unit)} ({format_date(obs.measured_on)})" if obs
                    else self.tr("not recorded"))
            label.setText(f"{observation_label(code)}: {text}")
        serious = sum(1 for f in result.findings if f.severity in ("contraindicated", "avoid"))
        self.status.setText(self.tr("%n line(s)", "", len(rows)) + " · "
                            + self.tr("%n finding(s)", "", len(result.findings))
                            + " (" + self.tr("%n serious", "", serious) + ")")
        self._update_buttons()
        self.sig_reviewed.emit(result)

    def _failed(self, exc: Exception) -> None:
        self.status.setText("")
        self.banner.show_message(describe(exc))

    def _drop(self) -> None:
        """Screen locked: forget the patient's data now."""
        self.model.set_rows([])
        self.history_model.set_rows([])
        self.findings.set_result(None)
        self.result = None

    def _on_changed(self, topic: str, payload: dict) -> None:
        if topic in TOPICS and payload.get("patient_id") == self.patient_id:
            self.reload()

    def _history_toggled(self, shown: bool) -> None:
        self.history_box.setVisible(shown)
        if shown:
            self.reload()

    # -- actions --------------------------------------------------------------------------------------------
    def selected_row(self):
        """The selected current line (None when none is selected)."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _write_action(self, row) -> str:
        """What writing a line takes: a prescriber's right, or (a self-medication line) recording it."""
        if (row is None or row.data.self_medication) and not self.session.can("medication.prescribe") \
                and self.session.can("medication.record_self"):
            return "medication.record_self"
        return "medication.prescribe"

    def _may_edit(self, row) -> bool:
        return row is not None and self.session.can(self._write_action(row),
                                                    self.session.patient_record(self.patient_id))

    def _update_buttons(self) -> None:
        """Buttons follow the access decision on the patient (and on the selected line's kind)."""
        patient, row = self.session.patient_record(self.patient_id), self.selected_row()
        guard(self.add_button, self.session, self._write_action(None), patient)
        for button in (self.change_button, self.stop_button):
            guard(button, self.session, self._write_action(row), patient, enabled=row is not None)
        guard(self.record_button, self.session, "observation.record", patient)
        guard(self.timeline_button, self.session, "medication.read", patient)
        guard(self.deprescribe_button, self.session, "deprescribing.plan", patient, enabled=row is not None)
        guard(self.finding_deprescribe_button, self.session, "deprescribing.plan", patient)
        guard(self.plans_button, self.session, "medication.read", patient)

    def add(self) -> None:
        self._open(MedicationDialog(self.session, self.patient_id, None, self))

    def change(self) -> None:
        row = self.selected_row()
        if self._may_edit(row):
            self._open(MedicationDialog(self.session, self.patient_id, row, self))

    def stop(self) -> None:
        row = self.selected_row()
        if self._may_edit(row):
            self._open(StopDialog(self.session, row, self))

    def deprescribe(self, row=None, finding=None) -> DeprescribingDialog | None:
        """A new tapering plan for ``row`` (else the selected line), answering ``finding`` when given."""
        row = row or self.selected_row()
        if row is None or not self.session.can("deprescribing.plan", self.session.patient_record(self.patient_id)):
            return None
        dialog = DeprescribingDialog(self.session, self.patient_id, row, finding, self)
        self._open(dialog)
        return dialog

    def deprescribe_finding(self) -> DeprescribingDialog | None:
        """From the selected finding: the plan is for the line the finding names (else the selected line)."""
        finding = self.findings.selected_finding()
        atcs = set(finding.atc) if finding is not None else set()
        row = next((r for r in self.rows if r.data.atc and r.data.atc in atcs), None) or self.selected_row()
        if row is None:
            self.banner.show_message(self.tr("Select a finding about a medication of the list, or a line."))
            return None
        return self.deprescribe(row, finding)

    def show_plans(self) -> DeprescribingPlansDialog:
        """The patient's tapering plans (the physician confirms the due steps there)."""
        dialog = DeprescribingPlansDialog(self.session, self.patient_id, self)
        self._open(dialog)
        return dialog

    def record_value(self) -> None:
        if self.session.can("observation.record", self.session.patient_record(self.patient_id)):
            self._open(ObservationDialog(self.session, self.patient_id, self))

    def show_timeline(self) -> None:
        if self.session.can("medication.read", self.session.patient_record(self.patient_id)):
            from app.ui.medications.timeline_view import TimelineDialog  # Qt Charts loads with the first timeline

            self._open(TimelineDialog(self.session, self.patient_id, self))

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()
