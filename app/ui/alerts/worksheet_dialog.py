"""Medication review worksheet (BPM / Polymedikations-Check): eligibility with its reason, steps, annotations,
the recommendations of a Polymedication Check and the conclusion."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.alerts import worksheet as review_worksheet
from app.services.alerts.review_report_texts import reason_text, severity_text
from app.ui.alerts.recommendations_box import RecommendationsBox
from app.ui.common import background, dates, i18n
from app.ui.common import settings as ui_settings
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, choice_combo, combo_value, format_date, guarded
from app.ui.common.permissions import guard
from app.ui.medications.timeline_view import TimelineDialog


class ReviewWorksheetDialog(QDialog):
    def __init__(self, session: AppSession, patient_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.patient_id, self.sheet = session, patient_id, None
        self.timeline: TimelineDialog | None = None
        self.setWindowTitle(self.tr("Medication review worksheet"))
        self.resize(820, 760)
        self.banner = ErrorBanner(self)
        self.scheme = choice_combo([("bpm", self.tr("Bilan partagé de médication (FR)")),
                                    ("pmc", self.tr("Polymedikations-Check (CH)"))], self)
        self.eligibility = QLabel(self)
        self.eligibility.setWordWrap(True)
        create = QPushButton(self.tr("Start a worksheet"), self)
        create.clicked.connect(self.create)
        self.steps = {name: QLineEdit(self) for name in review_worksheet.STEPS}
        self.findings = QTextBrowser(self)
        self.annotation_key = choice_combo([], self)
        self.annotation_key.setMinimumWidth(260)
        self.annotation = QLineEdit(self)
        self.recommendations = RecommendationsBox(self)
        self.conclusion = QPlainTextEdit(self)
        self.conclusion.setMaximumHeight(80)
        form = QFormLayout()
        top = QHBoxLayout()
        top.addWidget(self.scheme)
        top.addWidget(create)
        form.addRow(self.tr("Scheme"), top)
        form.addRow(self.tr("Eligibility"), self.eligibility)
        for name, label in zip(review_worksheet.STEPS, (self.tr("Interview"), self.tr("Analysis"),
                                                        self.tr("Advice to the doctor"), self.tr("Follow-up"))):
            self.steps[name].setPlaceholderText(dates.placeholder(self.tr("dd.mm.yyyy")))
            form.addRow(label, self.steps[name])
        form.addRow(self.tr("Findings"), self.findings)
        note_row = QHBoxLayout()
        note_row.addWidget(self.annotation_key)
        note_row.addWidget(self.annotation, 1)
        form.addRow(self.tr("Annotation"), note_row)
        form.addRow(self.tr("Recommendations"), self.recommendations)
        form.addRow(self.tr("Conclusion"), self.conclusion)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.report_button = buttons.addButton(self.tr("Report PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.report_button.setEnabled(False)
        self.report_button.setToolTip(self.tr("Save the worksheet as a PDF report (an audited export)"))
        self.report_button.clicked.connect(lambda: self.export_report())
        self.timeline_button = buttons.addButton(self.tr("Timeline…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.timeline_button.setToolTip(self.tr("Anticholinergic score, medications and serious findings over time"))
        self.timeline_button.clicked.connect(self.show_timeline)
        guard(self.timeline_button, session, "medication.read", session.patient_record(patient_id))
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.scheme.currentIndexChanged.connect(lambda _i: self.check())
        self._run(lambda ctx, pid: (review_worksheet.list_worksheets(ctx, pid) or [None])[0], self._show)
        self.check()

    def _run(self, fn, done) -> None:
        ctx, pid = self.session.ctx, self.patient_id
        background.run(lambda: fn(ctx, pid), guarded(self, done),
                       guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def check(self) -> None:
        scheme = combo_value(self.scheme)
        self._run(lambda ctx, pid: review_worksheet.check_eligibility(ctx, pid, scheme), self._eligible)

    def _eligible(self, result) -> None:
        verdict = self.tr("Eligible") if result.eligible else self.tr("Not eligible")
        self.eligibility.setText(f"<b>{verdict}</b> — {escape(reason_text(result.reason, i18n.current()))}")

    def create(self) -> None:
        scheme = combo_value(self.scheme)
        self._run(lambda ctx, pid: (review_worksheet.create_worksheet(ctx, pid, scheme),
                                    review_worksheet.list_worksheets(ctx, pid)[0])[1], self._show)

    def _show(self, sheet) -> None:
        if sheet is None:
            return
        self.sheet = sheet
        self.report_button.setEnabled(True)
        for name, box in self.steps.items():
            box.setText(format_date(sheet.steps[name]))
        self.findings.setHtml("".join(f"<p><b>{escape(severity_text(f['severity'], i18n.current()))}</b> {escape(f['message'])}<br>"
                                      f"<i>{escape(f['annotation'] or '')}</i></p>" for f in sheet.findings)
                              or self.tr("No finding."))
        self.annotation_key.model().set_choices([(f["key"], f["message"][:60]) for f in sheet.findings])
        self.recommendations.set_values(sheet.recommendations)
        self.conclusion.setPlainText(sheet.conclusion or "")
        verdict = self.tr("Eligible") if sheet.eligible else self.tr("Not eligible")
        self.eligibility.setText(f"<b>{verdict}</b> — {escape(reason_text(sheet.eligibility_reason, i18n.current()))}")

    def save(self) -> None:
        if self.sheet is None:
            return
        sid, version = self.sheet.id, self.sheet.version
        steps = {k: b.text() for k, b in self.steps.items()}
        key = combo_value(self.annotation_key)
        notes = {key: self.annotation.text()} if key and self.annotation.text() else {}
        conclusion = self.conclusion.toPlainText()
        recommendations = self.recommendations.values()
        self.banner.clear()
        self._run(lambda ctx, pid: (review_worksheet.update_worksheet(ctx, sid, version, steps, notes, conclusion,
                                                                      recommendations),
                                    review_worksheet.list_worksheets(ctx, pid)[0])[1], self._show)

    def show_timeline(self) -> None:
        """The patient's anticholinergic burden and risk timeline (the report prints it too)."""
        self.timeline = TimelineDialog(self.session, self.patient_id, self)
        self.timeline.open()

    def export_report(self, path: str | None = None) -> None:
        """Ask where to save the report (last saved state of the worksheet), then write it off the GUI thread."""
        if self.sheet is None:
            return
        if not path:
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the review report"),
                                                   self.tr("medication-review-%1.pdf").replace("%1", str(self.sheet.id)), self.tr("PDF (*.pdf)"))
        if not path:
            return
        ctx, sid, lang = self.session.ctx, self.sheet.id, ui_settings.get(ui_settings.LANGUAGE)
        self.banner.clear()
        self.status.clear()
        background.run(lambda: review_worksheet.export_report(ctx, sid, path, lang),
                       guarded(self, lambda written: self.status.setText(
                           self.tr("Report written to %1").replace("%1", str(written)))),
                       guarded(self, lambda exc: self.banner.show_message(describe(exc))))
