"""The questions of the patient survey as a form: five choices per Likert question, yes/no, the comment.

Shared by the kiosk (large type, the patient answers) and reception's typing-in of paper questionnaires (keyboard:
Tab moves between questions, the arrow keys move within one, Space ticks)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from app.services.coordination.survey import AnswerSet
from app.services.coordination.survey_definition import Questionnaire
from app.ui.common import i18n


class SurveyAnswerForm(QWidget):
    def __init__(self, questionnaire: Questionnaire, parent: QWidget | None = None, *, large: bool = False):
        super().__init__(parent)
        self.questionnaire = questionnaire
        lang = i18n.current() if i18n.current() in ("fr", "de", "en") else "fr"
        if large:
            font = self.font()
            font.setPointSizeF(font.pointSizeF() * 1.35)
            self.setFont(font)
        scale = (self.tr("Strongly disagree"), self.tr("Disagree"), self.tr("Neutral"), self.tr("Agree"),
                 self.tr("Strongly agree"))
        self.groups: dict[str, QButtonGroup] = {}
        self.comment: QPlainTextEdit | None = None
        grid = QGridLayout(self)
        grid.setColumnStretch(0, 1)
        for col, text in enumerate(scale, 1):
            head = QLabel(text, self)
            head.setWordWrap(True)
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(head, 0, col)
        row = 1
        for number, question in enumerate(questionnaire.questions, 1):
            label = QLabel(f"{number}. {question.text[lang]}", self)
            label.setWordWrap(True)
            if question.kind == "text":
                self.comment = QPlainTextEdit(self)
                self.comment.setTabChangesFocus(True)
                self.comment.setMaximumHeight(90 if not large else 120)
                label.setBuddy(self.comment)
                grid.addWidget(label, row, 0, 1, 6)
                grid.addWidget(self.comment, row + 1, 0, 1, 6)
                row += 2
                continue
            grid.addWidget(label, row, 0)
            group = QButtonGroup(self)
            if question.kind == "likert":
                choices = [(v, str(v)) for v in range(1, 6)]
                columns = range(1, 6)
            else:
                choices = [(1, self.tr("Yes")), (0, self.tr("No"))]
                columns = (1, 2)
            for (value, text), col in zip(choices, columns, strict=True):
                button = QRadioButton(text, self)
                button.setAccessibleName(f"{question.key} {text}")
                group.addButton(button, value)
                cell = QHBoxLayout()
                cell.addStretch(1)
                cell.addWidget(button)
                cell.addStretch(1)
                grid.addLayout(cell, row, col)
            self.groups[question.key] = group
            row += 1
        grid.setRowStretch(row, 1)              # the questions stay together at the top
        grid.setVerticalSpacing(16 if large else 8)

    def answer_set(self) -> AnswerSet:
        """What is ticked and written (an unanswered question is left out)."""
        answers: dict[str, int | bool] = {}
        kinds = {q.key: q.kind for q in self.questionnaire.questions}
        for key, group in self.groups.items():
            value = group.checkedId()
            if value == -1:
                continue
            answers[key] = value if kinds[key] == "likert" else bool(value)
        comment = self.comment.toPlainText() if self.comment is not None else None
        return AnswerSet(answers, comment)

    def choose(self, key: str, value: int | bool) -> None:
        """Tick an answer (as a click would)."""
        self.groups[key].button(int(value)).setChecked(True)

    def reset(self) -> None:
        """Clear every answer, for the next patient."""
        for group in self.groups.values():
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        if self.comment is not None:
            self.comment.clear()
