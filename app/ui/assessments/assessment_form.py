"""Fill an instrument in for a patient: each question a group of radio buttons (Tab moves between questions, the
arrow keys between answers), the score live, the protocol for a delegated member; once saved, the result and what
it proposes, each to accept (a task, a care-plan need)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.assessments import instruments, proposals, records, scoring
from app.services.assessments.instruments import Instrument, label
from app.services.tasks import protocol_files
from app.ui.common import i18n
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import ErrorBanner, choice_combo, combo_value, set_combo_value
from app.ui.common.operations import FormOperation


class QuestionBox(QGroupBox):
    """One question: its text and its answers as exclusive radio buttons."""

    def __init__(self, number: int, item: instruments.Item, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.item = item
        self.group = QButtonGroup(self)
        text = QLabel(f"{number}. {label(item.text, lang)}", self)
        text.setWordWrap(True)
        answers = QHBoxLayout()
        self.buttons: dict[str, QRadioButton] = {}
        for option in item.options:
            button = QRadioButton(label(option.text, lang), self)
            button.setProperty("option", option.key)
            self.group.addButton(button)
            self.buttons[option.key] = button
            answers.addWidget(button)
        answers.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(text)
        layout.addLayout(answers)

    def answer(self) -> str | None:
        checked = self.group.checkedButton()
        return checked.property("option") if checked else None


class AssessmentForm(QDialog):
    """New assessment: instrument, questions, live score; Save records it and shows its proposals."""

    sig_saved = Signal(int)
    """The assessment was recorded: its id."""

    def __init__(self, session: AppSession, patient_id: int, instrument_id: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.patient_id, self.lang = session, patient_id, i18n.current()
        self.setWindowTitle(self.tr("New assessment"))
        self.saved: records.AssessmentRow | None = None
        self.questions: list[QuestionBox] = []
        self.instrument_combo = choice_combo([(i.id, label(i.title, self.lang)) for i in instruments.current()], self)
        if instrument_id:
            set_combo_value(self.instrument_combo, instrument_id)
        self.protocol = choice_combo([], self)
        self.source = QLabel(self)
        self.source.setWordWrap(True)
        self.source.setStyleSheet("color: #555;")
        self.instructions = QLabel(self)
        self.instructions.setWordWrap(True)
        self.score = QLabel(self)
        self.score.setStyleSheet("font-weight: bold;")
        head = QFormLayout()
        head.addRow(self.tr("Instrument"), self.instrument_combo)
        head.addRow(self.tr("Protocol"), self.protocol)
        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.body)
        self.banner = ErrorBanner(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form_page = QWidget(self)
        form_layout = QVBoxLayout(form_page)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addLayout(head)
        form_layout.addWidget(self.source)
        form_layout.addWidget(self.instructions)
        form_layout.addWidget(self.scroll, 1)
        form_layout.addWidget(self.score)
        form_layout.addWidget(self.buttons)
        self.result_page = ResultPage(self)
        self.result_page.sig_done.connect(self.accept)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(form_page)
        self.pages.addWidget(self.result_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        self.operation = FormOperation(self, self.banner, {"instrument": self.instrument_combo,
                                                           "protocol_code": self.protocol}, inputs=self.pages)
        self.operation.sig_failed.connect(self._show_unanswered)
        self.instrument_combo.currentIndexChanged.connect(lambda _i: self._show_instrument())
        self._show_instrument()
        room = parent.window().size() if parent is not None else None   # no larger than the main window
        self.resize(min(900, room.width() - 40) if room else 900, min(680, room.height() - 60) if room else 680)

    @property
    def instrument(self) -> Instrument | None:
        return instruments.get(combo_value(self.instrument_combo) or "")

    def _show_instrument(self) -> None:
        for box in self.questions:
            box.deleteLater()
        self.questions = []
        inst = self.instrument
        if inst is None:
            return
        self.protocol.model().set_choices([("", self.tr("In my own right"))] + [
            (code, protocol.name if (protocol := protocol_files.get_protocol(code)) else code)
            for code, _act in inst.protocols])
        self.protocol.setCurrentIndex(0)
        self.source.setText(self.tr("Source: %1, %2 (%3). Reuse: %4").replace("%1", inst.source["publisher"])
                            .replace("%2", inst.source["title"]).replace("%3", inst.source["edition"])
                            .replace("%4", inst.reuse["summary"]))
        self.instructions.setText(label(inst.instructions, self.lang))
        for n, item in enumerate(inst.items, 1):
            box = QuestionBox(n, item, self.lang, self.body)
            box.group.buttonToggled.connect(lambda _b, _on: self._update_score())
            self.body_layout.addWidget(box)
            self.questions.append(box)
        self._update_score()

    def answers(self) -> dict:
        return {box.item.key: box.answer() for box in self.questions if box.answer() is not None}

    def _update_score(self) -> None:
        inst = self.instrument
        if inst is None:
            return
        given = self.answers()
        left = len(inst.items) - len(given)
        text = self.tr("Score: %1 / %2").replace("%1", str(scoring.partial_score(inst, given))).replace(
            "%2", str(inst.score_max))
        if left:
            text += " — " + self.tr("%n question(s) unanswered", "", left)
        else:
            result = scoring.score(inst, given)
            text += " — " + label(inst.band(result.band).title, self.lang)
        self.score.setText(text)

    def _show_unanswered(self, exc) -> None:
        """Scroll to the question an error names and put the focus on its first answer."""
        key = getattr(exc, "params", {}).get("item")
        box = next((b for b in self.questions if b.item.key == key), None)
        if box is not None:
            self.scroll.ensureWidgetVisible(box)
            box.group.buttons()[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        ctx, pid, lang = self.session.ctx, self.patient_id, self.lang
        inst_id, answers, protocol = combo_value(self.instrument_combo), self.answers(), combo_value(self.protocol)
        self.operation.run(lambda: records.record_assessment(ctx, pid, inst_id or "", answers,
                                                             protocol_code=protocol or None, lang=lang), self._saved)

    def _saved(self, row: records.AssessmentRow) -> None:
        self.saved = row
        self.sig_saved.emit(row.id)
        self.result_page.show_result(self.session, row, self.lang)
        self.pages.setCurrentWidget(self.result_page)


class ResultPage(QWidget):
    """The result just saved: score, band, rules that fired, and the proposals with a box each to accept."""

    sig_done = Signal()
    """The user closed the result (after accepting the proposals ticked, if any)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 13pt;")
        self.flags = QLabel(self)
        self.flags.setWordWrap(True)
        self.flags.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.none = QLabel(self.tr("This result proposes nothing."), self)
        self.box = QGroupBox(self.tr("Proposed"), self)
        self.box_layout = QVBoxLayout(self.box)
        self.checks: list[QCheckBox] = []
        self.banner = ErrorBanner(self)
        self.accept_button = QPushButton(self.tr("&Accept the ticked proposals"), self)
        self.accept_button.clicked.connect(self.accept_ticked)
        close = QPushButton(self.tr("&Close"), self)
        close.clicked.connect(self.sig_done)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.accept_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary)
        layout.addWidget(self.flags)
        layout.addWidget(self.none)
        layout.addWidget(self.box)
        layout.addStretch(1)
        layout.addLayout(row)
        self.operation = FormOperation(self, self.banner)

    def show_result(self, session: AppSession, row: records.AssessmentRow, lang: str) -> None:
        self.session, self.row, self.lang = session, row, lang
        self.summary.setText(self.tr("%1: score %2 / %3 — %4").replace("%1", row.title).replace(
            "%2", str(row.score)).replace("%3", str(row.score_max)).replace("%4", row.band_title))
        self.flags.setText("\n".join(row.flag_titles))
        self.flags.setVisible(bool(row.flag_titles))
        for check in self.checks:
            check.deleteLater()
        self.checks = []
        for p in row.proposals:
            kind = self.tr("Task") if p.kind == "task" else self.tr("Care-plan need")
            check = QCheckBox(f"{kind}: {p.text}", self.box)
            check.setProperty("action", p.key)
            check.setChecked(not p.accepted)
            check.setEnabled(not p.accepted)
            self.box_layout.addWidget(check)
            self.checks.append(check)
        self.none.setVisible(not row.proposals)
        self.box.setVisible(bool(row.proposals))
        self.accept_button.setVisible(bool(row.proposals))
        self.accept_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept_ticked(self) -> None:
        ctx, aid, lang = self.session.ctx, self.row.id, self.lang
        keys = [c.property("action") for c in self.checks if c.isChecked() and c.isEnabled()]
        self.operation.run(lambda: [proposals.accept(ctx, aid, k, lang) for k in keys], lambda _r: self.sig_done.emit())
