"""The reception kiosk: the patient survey alone, full screen, for a computer logged in with a ``kiosk`` account.

No menu, no patient search, no chart: the window holds only the questionnaire, a Send button and a way to log
out (which shows the login again). After each answer it thanks the patient and clears itself for the next one."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.services.coordination import survey
from app.ui.common import background, i18n
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, guarded
from app.ui.coordination.survey_form import SurveyAnswerForm

THANKS_MS = 4000


class KioskWindow(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.logged_out = False
        """The kiosk logged out (the program shows the login again) rather than quit."""
        self.setWindowTitle(self.tr("Patient survey"))
        q = survey.questionnaire(session.ctx)
        lang = i18n.current() if i18n.current() in ("fr", "de", "en") else "fr"
        title = QLabel(q.title[lang], self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(q.intro[lang], self)
        intro.setWordWrap(True)
        self.banner = ErrorBanner(self)
        self.form = SurveyAnswerForm(q, self, large=True)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.thanks = QLabel(self.tr("Thank you! Your answers have been recorded anonymously."), self)
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks.setStyleSheet("font-size: 20pt; color: #1e6b3a;")
        self.thanks.hide()
        self.send_button = QPushButton(self.tr("&Send my answers"), self)
        self.send_button.setMinimumHeight(48)
        self.send_button.clicked.connect(self.send)
        self.logout_button = QPushButton(self.tr("Log out"), self)
        self.logout_button.clicked.connect(self.logout)
        bottom = QHBoxLayout()
        bottom.addWidget(self.logout_button)
        bottom.addStretch(1)
        bottom.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.thanks)
        layout.addLayout(bottom)
        self.resize(1280, 720)

    def send(self) -> None:
        data, ctx = self.form.answer_set(), self.session.ctx
        self.banner.clear()
        self.send_button.setEnabled(False)
        background.run(lambda: survey.record_kiosk_answer(ctx, data), guarded(self, self._sent),
                       guarded(self, self._failed))

    def _sent(self, _result=None) -> None:
        self.form.reset()
        self.send_button.setEnabled(True)
        self.thanks.show()
        QTimer.singleShot(THANKS_MS, self.thanks.hide)

    def _failed(self, exc: Exception) -> None:
        self.send_button.setEnabled(True)
        self.banner.show_message(describe(exc))

    def logout(self) -> None:
        self.logged_out = True
        self.close()
