"""Record an act that clears a patient's follow-up item (by hand or from a hospital letter)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QWidget

from app.services.due_care import acts, schedules
from app.ui.common import dates, i18n
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import choice_combo, combo_value, save_cancel_frame, set_combo_value
from app.ui.common.operations import FormOperation
from app.ui.due_care.words import Words


class RecordActDialog(QDialog):
    """Act, date done, where it comes from, a note; the items it satisfies are cleared when it is saved."""

    sig_saved = Signal(int)
    """The act was recorded: its id."""

    def __init__(self, session: AppSession, patient_id: int, act_code: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.patient_id = session, patient_id
        self.setWindowTitle(self.tr("Record an act"))
        lang = i18n.current()
        known = schedules.load().acts
        self.act = choice_combo(sorted(((c, schedules.label(a.labels, lang)) for c, a in known.items()),
                                       key=lambda p: p[1].lower()), self)
        if act_code:
            set_combo_value(self.act, act_code)
        self.done_on = QLineEdit(self)
        self.done_on.setPlaceholderText(dates.placeholder(self.tr("dd.mm.yyyy (empty: today)")))
        words = Words(self)
        self.source = choice_combo([(k, words.source[k]) for k in ("manual", "hospital_letter")], self)
        self.note = QLineEdit(self)
        self.note.setMaxLength(600)
        form = QFormLayout()
        form.addRow(self.tr("Act"), self.act)
        form.addRow(self.tr("Date done"), self.done_on)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Note"), self.note)
        self.banner, self.buttons = save_cancel_frame(self, form, self.save)
        self.operation = FormOperation(self, self.banner, {"act": self.act, "done_on": self.done_on,
                                                           "source": self.source, "note": self.note})

    def save(self) -> None:
        ctx, pid = self.session.ctx, self.patient_id
        act, day, source, note = (combo_value(self.act), self.done_on.text(), combo_value(self.source),
                                  self.note.text())
        self.operation.run(lambda: acts.record_act(ctx, pid, act, day, source=source, note=note), self._saved)

    def _saved(self, act_id: int) -> None:
        self.sig_saved.emit(act_id)
        self.accept()
