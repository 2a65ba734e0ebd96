"""Raise an alert: from an engine finding (prefilled) or from scratch.

Prefilled from a finding: the proposal the alert vocabulary suggests for it (kind, SFPC problem category and
the change of the line it targets, ``proposals.from_finding``), its message and recommendation, the drugs
involved, the latest clinical values. The pharmacist completes what the proposal needs (the new posology, the
new product) in the proposal editor, which shows the changes in words. The problem and its context are on the
left, the proposal on the right (both fit a 1366×768 screen). The alerts feature opens it from
the medications tab's "Raise alert…" (``app.ui.alerts.feature.wire_chart``) and from the Alerts tab.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.alerts import alert_flow as alerts
from app.services.alerts import memory as alert_memory
from app.services.alerts import proposals, vocabulary
from app.services.alerts.alert_input import AlertInput, ClinicalValue, default_reply_by
from app.services.medications import medication_list as medications
from app.services.medications import observations
from app.services.medications.review import Finding
from app.services.practice import staff
from app.ui.alerts.alert_texts import problem_label, urgency_label
from app.ui.alerts.proposal_editor import ProposalEditor
from app.ui.common import background, dates, numbers
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, choice_combo, combo_value, format_date, guarded, set_combo_value
from app.ui.medications.medication_model import posology_line
from app.ui.medications.medications_tab import observation_label

CONTEXT_CODES = ("egfr", "creatinine_umol_l", "weight_kg", "potassium", "inr", "hba1c")
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1


class RaiseAlertDialog(QDialog):
    sig_raised = Signal(int)
    """The alert was raised (or a refused one reopened): its id."""

    def __init__(self, session: AppSession, patient_id: int, finding: Finding | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.patient_id, self.finding = session, patient_id, finding
        self.setWindowTitle(self.tr("Raise an alert"))
        self.resize(1180, 620)
        self.banner = ErrorBanner(self)
        self.category = choice_combo([(c, problem_label(c)) for c in vocabulary.problems()], self)
        self.problem = QPlainTextEdit(self)
        self.problem.setMaximumHeight(100)
        self.lines_model = QStandardItemModel(self)
        self.lines = QListView(self)
        self.lines.setModel(self.lines_model)
        self.lines.setMaximumHeight(120)
        self.lines.setWordWrap(True)   # a long posology wraps in the narrow column instead of scrolling sideways
        self.lines.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.context_model = QStandardItemModel(self)
        self.context = QListView(self)
        self.context.setModel(self.context_model)
        self.context.setMaximumHeight(80)
        self.proposal = ProposalEditor(self)
        self.intervention_text = QLineEdit(self)
        self.urgency = choice_combo([(u, urgency_label(u)) for u in ("urgent", "24h", "routine")], self)
        self.reply_by = QLineEdit(self)
        self.reply_by.setPlaceholderText(dates.placeholder(self.tr("dd.mm.yyyy")))
        self.recipient = choice_combo([(None, self.tr("The patient's médecin traitant"))], self)
        alert_form = QFormLayout()   # left: the problem and its context; right: the proposal
        for label, widget in ((self.tr("Problem"), self.category), (self.tr("Description"), self.problem),
                              (self.tr("Medications concerned"), self.lines),
                              (self.tr("Clinical context"), self.context), (self.tr("Urgency"), self.urgency),
                              (self.tr("Reply by"), self.reply_by), (self.tr("To"), self.recipient)):
            alert_form.addRow(label, widget)
        self.proposal.form.addRow(self.tr("Details of the proposal"), self.intervention_text)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addLayout(alert_form)
        left.addStretch(1)
        right.addWidget(self.proposal)
        right.addStretch(1)   # rows the proposal hides leave no gap between its parts
        columns = QHBoxLayout()
        columns.addLayout(left, 5)
        columns.addSpacing(12)
        columns.addLayout(right, 6)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Raise alert"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        self.urgency.currentIndexChanged.connect(lambda _i: self._reply_by_default())
        set_combo_value(self.urgency, "routine")
        self._prefill()
        ctx, pid = session.ctx, patient_id
        background.run(lambda: (medications.list_current(ctx, pid), observations.latest_values(ctx, pid, CONTEXT_CODES),
                                staff.list_staff(ctx, include_inactive=False, role="physician")),
                       guarded(self, self._loaded), guarded(self, lambda e: self.banner.show_message(describe(e))))

    def _reply_by_default(self) -> None:
        self.reply_by.setText(format_date(default_reply_by(combo_value(self.urgency), date.today())))

    def _prefill(self) -> None:
        f = self.finding
        self._reply_by_default()
        if f is None:
            return
        rule = vocabulary.finding_rule(f.kind, f.severity)
        set_combo_value(self.category, rule.problem)
        self.proposal.set_kind(rule.kind)   # the lines follow once loaded (``_loaded``)
        self.problem.setPlainText(f.message)
        self.intervention_text.setText(f.recommendation)
        self.intervention_text.setCursorPosition(0)   # a long recommendation shows from its start
        if f.severity in ("contraindicated", "avoid"):
            set_combo_value(self.urgency, "24h")

    def _loaded(self, result) -> None:
        rows, values, doctors = result
        involved = set(self.finding.atc) if self.finding else set()
        self.proposal.set_rows(rows, {r.id for r in rows if r.data.atc in involved})
        if self.finding is not None:
            draft = proposals.from_finding(self.finding, rows)
            set_combo_value(self.category, draft.problem)
            self.proposal.set_draft(draft)
        for row in rows:
            strength = row.data.strength if row.data.strength and row.data.strength not in row.display_name else ""
            name = " ".join(x for x in (row.display_name, strength) if x)
            item = QStandardItem(f"{name} — {posology_line(row.data) or '—'}")
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Checked if row.data.atc in involved else Qt.CheckState.Unchecked)
            item.setData(row.id, VALUE_ROLE)
            self.lines_model.appendRow(item)
        for code, v in values.items():
            item = QStandardItem(f"{observation_label(code)} {numbers.decimal(v.value)} {numbers.in_text(v.unit)} "
                                 f"({format_date(v.measured_on)})")
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(ClinicalValue(code, v.value, v.measured_on), VALUE_ROLE)
            self.context_model.appendRow(item)
        self.recipient.model().set_choices([(None, self.tr("The patient's médecin traitant"))] +
                                           [(d.id, f"{d.given_names} {d.family_name}") for d in doctors])

    def _checked(self, model: QStandardItemModel) -> list:
        return [model.item(i).data(VALUE_ROLE) for i in range(model.rowCount())
                if model.item(i).checkState() == Qt.CheckState.Checked]

    def data(self) -> AlertInput:
        return AlertInput(patient_id=self.patient_id, problem_category=combo_value(self.category),
                          problem_text=self.problem.toPlainText(), proposal_kind=combo_value(self.proposal.kind),
                          proposed_changes=self.proposal.actions(),
                          intervention_text=self.intervention_text.text(), line_ids=self._checked(self.lines_model),
                          clinical_context=self._checked(self.context_model), urgency=combo_value(self.urgency),
                          reply_by=self.reply_by.text(), recipient_staff_id=combo_value(self.recipient),
                          finding_key=alert_memory.finding_key(self.finding) if self.finding else None)

    def submit(self) -> None:
        ctx, data = self.session.ctx, self.data()
        self.banner.clear()
        self.buttons.setEnabled(False)
        background.run(lambda: alerts.raise_alert(ctx, data), guarded(self, self._ok), guarded(self, self._failed))

    def _ok(self, alert_id: int) -> None:
        self.sig_raised.emit(alert_id)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.banner.show_message(describe(exc))
