"""The doctor's "modified" answer: the change actually made (a new posology, stop, or another medication), made at
once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.alerts import alert_flow as alerts
from app.services.alerts.alert_input import MedicationAction
from app.services.alerts.inbox import AlertDetail
from app.services.medications import medication_list as medications
from app.ui.common import background
from app.ui.common import settings as ui_settings
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, choice_combo, combo_value, guarded
from app.ui.medications.catalogue_picker import CataloguePicker
from app.ui.medications.posology_editor import PosologyEditor


class ModifyDialog(QDialog):
    sig_done = Signal()
    """The modified answer was saved and the change made."""

    def __init__(self, session: AppSession, detail: AlertDetail, comment: str, parent: QWidget | None = None,
                 save: Callable | None = None, concerned: list[int] | None = None):
        """``save(ctx, changes, comment)`` records the answer (default: the whole alert modified); ``concerned``:
        the lines offered first (default: the alert's medications)."""
        super().__init__(parent)
        self.session, self.detail = session, detail
        self.save = save or (lambda ctx, changes, text: alerts.modify(ctx, detail.row.id, detail.row.version, changes,
                                                                      text))
        self.concerned = concerned
        self.rows = {}
        self.setWindowTitle(self.tr("Answer with another change"))
        self.banner = ErrorBanner(self)
        self.line = choice_combo([], self)
        self.action = choice_combo([("change", self.tr("Change the posology")), ("stop", self.tr("Stop")),
                                    ("replace", self.tr("Replace by another medication"))], self)
        self.replacement = None   # the catalogue entry chosen for "replace"
        self.picker = CataloguePicker(ui_settings.get(ui_settings.LANGUAGE), self)
        self.picker.sig_chosen.connect(self._replacement_chosen)
        self.replacement_label = QLabel(self.tr("No medication chosen"), self)
        self.posology = PosologyEditor(ui_settings.get(ui_settings.LANGUAGE), self)
        self.posology.sig_changed.connect(self._show_daily_mg)
        self.daily_mg = QLineEdit(self)
        self.daily_mg.setToolTip(self.tr("Needed only when the strength does not say how many mg a unit holds"))
        self.comment = QLineEdit(comment, self)
        form = QFormLayout()
        form.addRow(self.tr("Medication"), self.line)
        form.addRow(self.tr("Change"), self.action)
        form.addRow(self.tr("New medication"), self.picker)
        form.addRow("", self.replacement_label)
        form.addRow(self.tr("New posology"), self.posology)
        self.form = form
        form.addRow(self.tr("Daily dose (mg)"), self.daily_mg)
        form.addRow(self.tr("Comment"), self.comment)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.line.currentIndexChanged.connect(lambda _i: self._fill())
        self.action.currentIndexChanged.connect(lambda _i: self._show_replacement())
        self._show_replacement()
        ctx, pid = session.ctx, detail.row.patient_id
        background.run(lambda: medications.list_current(ctx, pid), guarded(self, self._loaded),
                       guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def _loaded(self, rows) -> None:
        self.rows = {r.id: r for r in rows}
        concerned = self.concerned or [m["line_id"] for m in self.detail.medications]
        ordered = sorted(rows, key=lambda r: (r.id not in concerned, r.display_name))
        self.line.model().set_choices([(r.id, r.display_name) for r in ordered])
        self.line.setCurrentIndex(0)
        self._fill()

    def _fill(self) -> None:
        row = self.rows.get(combo_value(self.line))
        if row is None:
            return
        self.posology.set_strength(None if combo_value(self.action) == "replace" else row.data.strength)
        self.posology.load(row.data.posology)
        self.daily_mg.setText("" if row.data.daily_dose_mg is None else f"{row.data.daily_dose_mg:g}")
        self._show_daily_mg()

    def _show_replacement(self) -> None:
        replacing = combo_value(self.action) == "replace"
        for widget in (self.picker, self.replacement_label):
            self.form.setRowVisible(widget, replacing)
        self.form.setRowVisible(self.posology, combo_value(self.action) != "stop")   # a stop needs no posology
        row = self.rows.get(combo_value(self.line))
        self.posology.set_strength(None if replacing or row is None else row.data.strength)   # the new product's
        self._show_daily_mg()                                                                # strength is unknown

    def _show_daily_mg(self) -> None:
        """The mg a day are typed only when the posology and the strength cannot give them."""
        self.form.setRowVisible(self.daily_mg, combo_value(self.action) != "stop" and
                                self.posology.derived_daily_mg() is None)

    def _replacement_chosen(self, result) -> None:
        self.replacement = result
        self.banner.clear()
        self.replacement_label.setText(self.tr("Replaced by: %1").replace("%1", result.display_name))

    def changes(self) -> list[MedicationAction]:
        row = self.rows.get(combo_value(self.line))
        if row is None:
            return []
        action = combo_value(self.action)
        if action == "stop":
            return [MedicationAction("stop", row.id, reason=self.comment.text() or None)]
        current = row.data.posology
        if action == "replace":
            if self.replacement is None:
                return []
            r = self.replacement
            names = ({"substances": r.display_name, "product_name": None} if r.kind == "substance" else
                     {"substances": r.substance_name, "product_name": r.display_name})
            ref = f"{r.kind}:{r.atc if r.kind == 'substance' else r.display_name}"
            new = medications.as_input(row, atc=r.atc, catalogue_ref=ref, strength=None,
                                       posology=self.posology.with_dates(date.today(), None),
                                       daily_dose_mg=self.daily_mg.text(), **names)
            return [MedicationAction("stop", row.id, reason=self.comment.text() or None),
                    MedicationAction("add", data=new)]
        changed = replace(row.data, posology=self.posology.with_dates(current.start_date, current.end_date),
                          daily_dose_mg=self.daily_mg.text())
        return [MedicationAction("change", row.id, changed)]

    def submit(self) -> None:
        self.banner.clear()
        if combo_value(self.action) == "replace" and self.replacement is None:
            self.banner.show_message(self.tr("New medication: choose it in the catalogue."))
            self.picker.field.setFocus()
            return
        ctx, save, changes, comment = self.session.ctx, self.save, self.changes(), self.comment.text()
        self.buttons.setEnabled(False)
        background.run(lambda: save(ctx, changes, comment),
                       guarded(self, self._ok), guarded(self, self._failed))

    def _ok(self, _version) -> None:
        self.sig_done.emit()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.banner.show_message(describe(exc))
