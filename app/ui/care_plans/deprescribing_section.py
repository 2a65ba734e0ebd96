"""The care plan's section on deprescribing: each of the patient's tapering plans with its steps (date, dose,
state), read-only here; the plans are made and their steps confirmed from the medications tab."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.services.medications import posology_text
from app.ui.common import settings as ui_settings
from app.ui.common.form_helpers import format_date
from app.ui.common.rows_model import RowsTableModel

WORDS = {"draft": QT_TRANSLATE_NOOP("DeprescribingSection", "draft (agreement missing)"),
         "active": QT_TRANSLATE_NOOP("DeprescribingSection", "active"),
         "completed": QT_TRANSLATE_NOOP("DeprescribingSection", "completed"),
         "cancelled": QT_TRANSLATE_NOOP("DeprescribingSection", "cancelled"),
         "planned": QT_TRANSLATE_NOOP("DeprescribingSection", "planned"),
         "applied": QT_TRANSLATE_NOOP("DeprescribingSection", "applied"),
         "skipped": QT_TRANSLATE_NOOP("DeprescribingSection", "skipped")}


def _word(code: str) -> str:
    text = WORDS.get(code)
    return QCoreApplication.translate("DeprescribingSection", text) if text else code


class DeprescribingSection(QGroupBox):
    """One row per step of every plan ("Témesta 1 mg (active) — step 2, from 21.12.2026: ½-0-½-0, planned")."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Deprescribing plans"), parent)
        lang = ui_settings.get(ui_settings.LANGUAGE)
        self.model = RowsTableModel([
            (self.tr("Medication"), lambda r: f"{r[0].drug} ({_word(r[0].status)})"),
            (self.tr("Step"), lambda r: r[1].number), (self.tr("From"), lambda r: format_date(r[1].due_date)),
            (self.tr("Dose"), lambda r: self.tr("Stop") if r[1].stop else posology_text.describe(r[1].posology,
                                                                                                  lang)),
            (self.tr("State"), lambda r: _word(r[1].state))], self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.empty = QLabel(self.tr("No deprescribing plan."), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)

    def set_plans(self, plans) -> None:
        """Show the plans (``deprescribing.PlanRow``), newest first, their steps in order."""
        self.model.set_rows([(p, s) for p in plans for s in p.steps])
        self.empty.setVisible(not plans)
        self.table.setVisible(bool(plans))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        rows = sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
        self.table.setFixedHeight(min(max(rows, 48) + header.height() + 6, 320))
