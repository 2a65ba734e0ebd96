"""Reception types in paper questionnaires of the patient survey, a batch for one ISO week, and prints the paper
questionnaire (with the QR code to the practice's online form)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.coordination import survey, survey_pdf
from app.services.coordination.survey import AnswerSet
from app.services.errors import ValidationError
from app.services.tasks import recurrence
from app.ui.common import background, i18n
from app.ui.common.app_session import AppSession
from app.ui.common.documents import save_document
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, guarded
from app.ui.coordination.survey_form import SurveyAnswerForm


class PaperSurveyDialog(QDialog):
    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.batch: list[AnswerSet] = []
        self.setWindowTitle(self.tr("Patient survey — paper questionnaires"))
        self.banner = ErrorBanner(self)
        self.week = QLineEdit(survey.iso_week(recurrence.today_local()), self)
        self.week.setMaximumWidth(110)
        self.week.setToolTip(self.tr("The ISO week the questionnaires were collected, e.g. 2026-W49"))
        week_label = QLabel(self.tr("&Week collected"), self)
        week_label.setBuddy(self.week)
        self.print_button = QPushButton(self.tr("&Print the paper questionnaire…"), self)
        self.print_button.clicked.connect(lambda: self.print_form())
        top = QHBoxLayout()
        for w in (week_label, self.week):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.print_button)
        self.form = SurveyAnswerForm(survey.questionnaire(session.ctx), self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.count = QLabel(self)
        self.add_button = QPushButton(self.tr("&Next questionnaire (Ctrl+Enter)"), self)
        self.add_button.clicked.connect(self.add)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.add)
        self.save_button = QPushButton(self.tr("&Save the questionnaires"), self)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        for b in (self.add_button, self.save_button, close):
            bottom.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self._count()
        room = (parent.window().size() if parent is not None else None)
        self.resize(min(1000, room.width()) if room else 1000, min(700, room.height() - 40) if room else 700)

    def _count(self) -> None:
        self.count.setText(self.tr("%n questionnaire(s) typed in, not yet saved", "", len(self.batch)))
        self.save_button.setEnabled(bool(self.batch))

    def add(self) -> None:
        """Keep the questionnaire on screen in the batch and clear the form for the next one."""
        data = self.form.answer_set()
        if not data.answers and not (data.comment or "").strip():
            self.banner.show_message(describe(_empty()))
            return
        self.banner.clear()
        self.batch.append(data)
        self.form.reset()
        self._count()

    def save(self) -> None:
        """Store the batch (with the questionnaire on screen if it has answers); all or nothing."""
        current = self.form.answer_set()
        batch = self.batch + ([current] if current.answers or (current.comment or "").strip() else [])
        ctx, week = self.session.ctx, self.week.text()
        self.banner.clear()
        background.run(lambda: survey.record_paper_batch(ctx, week, batch), guarded(self, self._saved),
                       guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def _saved(self, count: int) -> None:
        self.batch = []
        self.form.reset()
        self._count()
        self.count.setText(self.tr("%n questionnaire(s) saved", "", count))

    def print_form(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Paper questionnaire"),
                                                  self.tr("questionnaire.pdf"), "PDF (*.pdf)")
        if not path:
            return
        ctx, lang = self.session.ctx, i18n.current()
        save_document(self, lambda: survey_pdf.paper_form(ctx, lang), path,
                      lambda p: self.count.setText(self.tr("Written to %1").replace("%1", p)),
                      lambda exc: self.banner.show_message(describe(exc)))


def _empty() -> ValidationError:
    """The refusal the service gives for an empty questionnaire, shown before anything is sent."""
    return ValidationError("questionnaires", "coordination.survey_empty")
