"""Protocols: activate for the practice, record staff adherence (training date), enrol a patient with consent."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.practice import staff as staff_service
from app.services.tasks import protocols
from app.services.tasks.protocol_files import get_protocol
from app.ui.common import background, dates, i18n
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, choice_combo, combo_value, format_date, guarded, set_invalid
from app.ui.common.permissions import guard


class ProtocolsDialog(QDialog):
    def __init__(self, session: AppSession, parent: QWidget | None = None, *, patient_id: int | None = None):
        super().__init__(parent)
        self.session, self.patient_id = session, patient_id
        self.rows, self.adherences = {}, []
        self.setWindowTitle(self.tr("Delegation protocols"))
        self.banner = ErrorBanner(self)
        self.protocol = choice_combo([], self)
        self.protocol.currentIndexChanged.connect(self._describe)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.activate_button = QPushButton(self.tr("Activate for the practice"), self)
        self.activate_button.clicked.connect(lambda: self._toggle(True))
        self.withdraw_button = QPushButton(self.tr("Withdraw"), self)
        self.withdraw_button.clicked.connect(lambda: self._toggle(False))
        manage = session.can("protocol.manage")
        self.staff = choice_combo([], self)
        self.training = QLineEdit(self)
        self.training.setPlaceholderText(dates.placeholder(self.tr("training date dd.mm.yyyy")))
        self.adhere_button = QPushButton(self.tr("Record adherence"), self)
        self.adhere_button.clicked.connect(self.adhere)
        self.adherents = QLabel(self)
        adherence = QGroupBox(self.tr("Staff adherence"), self)
        a_form = QFormLayout(adherence)
        a_form.addRow(self.tr("Staff member"), self.staff)
        a_form.addRow(self.tr("Training date"), self.training)
        a_form.addRow("", self.adhere_button)
        a_form.addRow(self.tr("Adherent"), self.adherents)
        adherence.setVisible(manage)
        for button in (self.activate_button, self.withdraw_button, self.adhere_button):
            guard(button, session, "protocol.manage")
        self.consent_date = QLineEdit(format_date(date.today()), self)
        self.consent_how = choice_combo([("written", self.tr("written")), ("oral", self.tr("oral")),
                                         ("electronic", self.tr("electronic"))], self)
        self.consent_by = choice_combo([("patient", self.tr("the patient")),
                                        ("representative", self.tr("a representative"))], self)
        self.enrol_button = QPushButton(self.tr("Enrol the patient"), self)
        self.enrol_button.clicked.connect(self.enrol)
        enrolment = QGroupBox(self.tr("Patient enrolment (consent)"), self)
        e_form = QFormLayout(enrolment)
        e_form.addRow(self.tr("Consent date"), self.consent_date)
        e_form.addRow(self.tr("Consent given"), self.consent_how)
        e_form.addRow(self.tr("Consent by"), self.consent_by)
        e_form.addRow("", self.enrol_button)
        enrolment.setVisible(patient_id is not None and session.can("protocol.enrol"))
        if patient_id is not None:
            guard(self.enrol_button, session, "protocol.enrol", session.patient_record(patient_id))
        self.fields = {"training_date": self.training, "staff_id": self.staff, "consent_date": self.consent_date,
                       "consent_how": self.consent_how, "consent_by": self.consent_by}
        row = QHBoxLayout()
        row.addWidget(self.protocol, 1)
        row.addWidget(self.activate_button)
        row.addWidget(self.withdraw_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(row)
        layout.addWidget(self.details)
        layout.addWidget(adherence)
        layout.addWidget(enrolment)
        layout.addStretch(1)
        layout.addWidget(close)
        self.resize(700, 560)
        ctx = session.ctx
        if manage:
            background.run(lambda: staff_service.list_staff(ctx, include_inactive=False),
                           guarded(self, self._staff), guarded(self, self._failed))
        self.reload()

    def _staff(self, rows) -> None:
        self.staff.model().set_choices([(r.id, f"{r.display_name} — {r.profession}") for r in rows
                                        if set(r.roles) - {"admin"}])

    def reload(self) -> None:
        ctx = self.session.ctx
        background.run(lambda: (protocols.list_protocols(ctx), protocols.list_adherences(ctx)),
                       guarded(self, self._show), guarded(self, self._failed))

    def _show(self, result) -> None:
        rows, adherences = result
        current = combo_value(self.protocol)
        active = self.tr("active")
        self.protocol.model().set_choices([(r.code, f"{r.name}" + (f" — {active}" if r.active else ""))
                                           for r in rows])
        self.rows = {r.code: r for r in rows}
        self.adherences = adherences
        index = self.protocol.model().row_of(current)
        self.protocol.setCurrentIndex(max(index, 0))
        self._describe()

    def _describe(self) -> None:
        code = combo_value(self.protocol)
        p = get_protocol(code)
        if p is None:
            return
        row = self.rows.get(code)
        lines = [p.legal_reference + f" (v{p.version})", self.tr("Delegates: %1").replace(
            "%1", ", ".join(p.delegate_professions)), self.tr("Acts: %1").replace(
            "%1", "; ".join(a.label_in(i18n.current()) for a in p.acts)), self.tr("Report to the doctor: %1").replace(
            "%1", p.report_to_doctor)]
        if p.verify:
            lines.append(self.tr("To verify: %1").replace("%1", " ".join(p.verify_notes)))
        if row is not None and row.active:
            lines.append(self.tr("Active since %1").replace("%1", format_date(row.activated_on)))
        self.details.setText("\n".join(lines))
        people = [f"{a.staff_name} ({format_date(a.training_date) or '—'})" for a in getattr(self, "adherences", [])
                  if a.protocol_code == code and a.ended_on is None]
        self.adherents.setText(", ".join(people) or self.tr("nobody yet"))

    def _run(self, job) -> None:
        for w in self.fields.values():
            set_invalid(w, False)
        self.banner.clear()
        background.run(job, guarded(self, lambda _r: self.reload()), guarded(self, self._failed))

    def _toggle(self, active: bool) -> None:
        ctx, code = self.session.ctx, combo_value(self.protocol)
        self._run(lambda: protocols.set_active(ctx, code, active))

    def adhere(self) -> None:
        ctx, code, sid, trained = self.session.ctx, combo_value(self.protocol), combo_value(self.staff), \
            self.training.text()
        self._run(lambda: protocols.set_adherence(ctx, code, sid, training_date=trained))

    def enrol(self) -> None:
        ctx, code, pid = self.session.ctx, combo_value(self.protocol), self.patient_id
        day, how, by = self.consent_date.text(), combo_value(self.consent_how), combo_value(self.consent_by)
        self._run(lambda: protocols.enrol_patient(ctx, code, pid, consent_date=day, consent_how=how, consent_by=by))

    def _failed(self, exc: Exception) -> None:
        self.banner.show_message(describe(exc))
        widget = self.fields.get(getattr(exc, "field", ""))
        if widget is not None:
            set_invalid(widget, True)
