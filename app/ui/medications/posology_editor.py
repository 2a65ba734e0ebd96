"""The posology editor: times of day, every N days or weeks on chosen days, if needed with a maximum a day, or
"see instructions"; the unit, the route (a searchable list of the EDQM routes, or free text) and the instructions.

Used by the medication dialog, the discharge-line dialog and the doctor's "modified" answer. It gives a plain
``Posology`` (checking is the service's) and shows the line as the patient will read it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from app.services.errors import ValidationError
from app.services.medications import posology as posologies
from app.services.medications import posology_terms as terms
from app.services.medications import posology_text
from app.services.medications.posology import TIME_FIELDS, TIME_OF_DAY, Posology, Taking
from app.ui.common.form_helpers import choice_combo, combo_value, set_combo_value

PAGES = ("times", "cycle", "as_needed", "text")


class PosologyEditor(QWidget):
    """Edit one posology; ``load(posology)``, ``value()``; ``widget_for(field)`` finds the widget of an error."""

    sig_changed = Signal()
    """Something in the posology changed (the preview is already updated)."""

    def __init__(self, language: str = "fr", parent: QWidget | None = None):
        super().__init__(parent)
        self.language = language
        self.strength: str | None = None
        self._kept: Posology | None = None     # taking times the simple cycle controls cannot show
        self._loading = True
        self._dates: tuple = (None, None)
        self._build()
        self.load(Posology(schedule="times"))

    # -- building -------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.schedule = choice_combo([("times", self.tr("Times of day")), ("cycle", self.tr("Every … days or weeks")),
                                      ("as_needed", self.tr("If needed")), ("text", self.tr("See instructions"))],
                                     self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._times_page())
        self.pages.addWidget(self._cycle_page())
        self.pages.addWidget(self._as_needed_page())
        text_page = QLabel(self.tr("The instructions say how to take it."), self)
        text_page.setWordWrap(True)
        self.pages.addWidget(text_page)
        self.unit = choice_combo([(None, self.tr("(not given)"))] +
                                 [(u.code, u.label(self.language, plural=True)) for u in terms.units().values()], self)
        self.route = QComboBox(self)
        self.route.setEditable(True)
        self.route.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._routes = {r.label(self.language): r.code for r in terms.routes_for_choice(self.language)}
        self.route.addItems([""] + list(self._routes))
        self.route.lineEdit().setPlaceholderText(self.tr("Type to search the EDQM routes, or a text"))
        completer = QCompleter(list(self._routes), self.route)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.route.setCompleter(completer)
        self.instructions = QLineEdit(self)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("color: #1b4f72; font-weight: 600;")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Schedule"), self.schedule)
        form.addRow(self.pages)
        units_row = QHBoxLayout()
        units_row.addWidget(self.unit, 1)
        units_row.addWidget(QLabel(self.tr("Route"), self))
        units_row.addWidget(self.route, 3)
        form.addRow(self.tr("Unit"), units_row)
        form.addRow(self.tr("Instructions"), self.instructions)
        form.addRow(self.tr("Reads"), self.preview)
        self.schedule.currentIndexChanged.connect(self._page_changed)
        for widget in (self.unit, self.route):
            widget.currentIndexChanged.connect(self._changed)
        for edit in (self.route.lineEdit(), self.instructions, *self.doses.values(), self.cycle_amount,
                     self.as_needed_amount, self.max_per_day):
            edit.textChanged.connect(self._changed)
        self.in_reserve.toggled.connect(self._changed)
        for widget in (self.every, self.period, self.cycle_time, *self.weekdays):
            signal = widget.valueChanged if isinstance(widget, QSpinBox) else \
                widget.toggled if isinstance(widget, QCheckBox) else widget.currentIndexChanged
            signal.connect(self._cycle_edited)

    def _times_page(self) -> QWidget:
        page = QWidget(self)
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        labels = (self.tr("Morning"), self.tr("Noon"), self.tr("Evening"), self.tr("Night"))
        self.doses: dict[str, QLineEdit] = {}
        for column, (name, label) in enumerate(zip(TIME_FIELDS, labels)):
            edit = QLineEdit(page)
            edit.setMaximumWidth(70)
            edit.setPlaceholderText("0")
            edit.setToolTip(self.tr("Amount at this time: 1, 0.5 or 1/2"))
            edit.setAccessibleName(label)
            self.doses[name] = edit
            grid.addWidget(QLabel(label, page), 0, column)
            grid.addWidget(edit, 1, column)
        self.in_reserve = QCheckBox(self.tr("Only if needed"), page)
        grid.addWidget(self.in_reserve, 1, 4)
        grid.setColumnStretch(5, 1)
        return page

    def _cycle_page(self) -> QWidget:
        page = QWidget(self)
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        self.every = QSpinBox(page)
        self.every.setRange(1, 52)
        self.every.setAccessibleName(self.tr("Every"))
        self.period = choice_combo([("week", self.tr("week(s), on")), ("day", self.tr("day(s)"))], page)
        self.weekdays = [QCheckBox(name, page) for name in (
            self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
            self.tr("Sun"))]
        self.cycle_amount = QLineEdit(page)
        self.cycle_amount.setMaximumWidth(70)
        self.cycle_amount.setPlaceholderText("1")
        self.cycle_amount.setAccessibleName(self.tr("Amount"))
        self.cycle_time = choice_combo(self._slots(), page)
        self.detail = QLabel(page)
        self.detail.setWordWrap(True)
        grid.addWidget(QLabel(self.tr("Every"), page), 0, 0)
        grid.addWidget(self.every, 0, 1)
        grid.addWidget(self.period, 0, 2)
        days = QHBoxLayout()
        for box in self.weekdays:
            days.addWidget(box)
        days.addStretch(1)
        grid.addLayout(days, 0, 3)
        grid.addWidget(QLabel(self.tr("Amount"), page), 1, 0)
        grid.addWidget(self.cycle_amount, 1, 1)
        grid.addWidget(self.cycle_time, 1, 2)
        grid.addWidget(self.detail, 2, 0, 1, 4)
        grid.setColumnStretch(3, 1)
        self.period.currentIndexChanged.connect(self._period_changed)
        return page

    def _as_needed_page(self) -> QWidget:
        page = QWidget(self)
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        self.as_needed_amount = QLineEdit(page)
        self.as_needed_amount.setMaximumWidth(70)
        self.max_per_day = QLineEdit(page)
        self.max_per_day.setMaximumWidth(70)
        row.addWidget(QLabel(self.tr("Amount per taking"), page))
        row.addWidget(self.as_needed_amount)
        row.addWidget(QLabel(self.tr("at most a day"), page))
        row.addWidget(self.max_per_day)
        row.addStretch(1)
        return page

    def _slots(self, extra: str | None = None) -> list[tuple[str, str]]:
        slots = [(TIME_OF_DAY["dose_morning"], self.tr("in the morning")), (TIME_OF_DAY["dose_noon"], self.tr("at noon")),
                 (TIME_OF_DAY["dose_evening"], self.tr("in the evening")),
                 (TIME_OF_DAY["dose_night"], self.tr("at night"))]
        if extra and extra not in dict(slots):
            slots.append((extra, extra))
        return slots

    # -- state ----------------------------------------------------------------------------------------------
    def _page_changed(self) -> None:
        self._show_page(PAGES.index(combo_value(self.schedule) or "times"))
        self._changed()

    def _show_page(self, index: int) -> None:
        """Show one page; the hidden ones take no room (the editor is as high as the page shown)."""
        for i in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            self.pages.widget(i).setSizePolicy(policy, policy)
        self.pages.setCurrentIndex(index)
        self.pages.adjustSize()

    def _period_changed(self) -> None:
        weeks = combo_value(self.period) == "week"
        for box in self.weekdays:
            box.setVisible(weeks)
        self.every.setMaximum(52 if weeks else posologies.MAX_CYCLE_DAYS)

    def _cycle_edited(self) -> None:
        if not self._loading:
            self._kept = None
            self.detail.clear()
        self._changed()

    def set_strength(self, strength: str | None) -> None:
        """The line's strength, for the mg in the preview."""
        self.strength = strength
        self._changed()

    def _changed(self) -> None:
        if self._loading:
            return
        self.preview.setText(self.reading())
        self.sig_changed.emit()

    def reading(self) -> str:
        """The posology as the patient reads it, with the mg a day or a week when the strength gives them."""
        try:
            p = posologies.checked(self.value())
        except ValidationError:
            return self.tr("(incomplete)")
        words = posology_text.describe(p, self.language) or self.tr("(no schedule)")
        a = posologies.amounts(p, self.strength)
        if a.cycle_days and a.cycle_days > 1 and a.cycle_days % 7 == 0 and a.mg_per_week is not None:
            words += " — " + self.tr("%1 mg a week").replace("%1", posology_text.amount_text(
                round(a.mg_per_week, 3), self.language))
        elif a.mg_per_day is not None:
            words += " — " + self.tr("%1 mg a day").replace("%1", posology_text.amount_text(
                round(a.mg_per_day, 3), self.language))
        elif a.max_mg_per_day is not None:
            words += " — " + self.tr("at most %1 mg a day").replace("%1", posology_text.amount_text(
                round(a.max_mg_per_day, 3), self.language))
        return words

    def derived_daily_mg(self) -> float | None:
        """The mg a day the service will store (None when the strength does not give them)."""
        try:
            return posologies.amounts(posologies.checked(self.value()), self.strength).daily_mg
        except ValidationError:
            return None

    def load(self, p: Posology) -> None:
        """Show a posology (its dates are the dialog's)."""
        self._loading = True
        self._kept = None
        kind = p.kind
        set_combo_value(self.schedule, kind)
        self._show_page(PAGES.index(kind))
        for name, edit in self.doses.items():
            edit.setText(str(getattr(p, name) or "") if kind == "times" else "")
        self.in_reserve.setChecked(kind == "times" and bool(p.in_reserve))
        self._load_cycle(p if kind == "cycle" else None)
        self.as_needed_amount.setText(str(p.as_needed_amount or "") if kind == "as_needed" else "")
        self.max_per_day.setText(str(p.max_per_day or "") if kind == "as_needed" else "")
        set_combo_value(self.unit, p.unit)
        label = terms.route_label(p.route, self.language) if p.route else (p.route_text or "")
        self.route.setCurrentIndex(max(self.route.findText(label), 0) if p.route else 0)
        self.route.setEditText(label)
        self.instructions.setText(p.instructions or "")
        self._dates = (p.start_date, p.end_date)
        self._loading = False
        self._changed()

    def _load_cycle(self, p: Posology | None) -> None:
        for box in self.weekdays:
            box.setChecked(False)
        self.cycle_amount.clear()
        self.detail.clear()
        takings = list(p.takings) if p else []
        days = int(p.cycle_days or 7) if p else 7
        simple = takings and len({(str(t.amount), t.time) for t in takings}) == 1 and (
            (days % 7 == 0 and all(int(t.day) < 7 for t in takings)) or
            (days % 7 and [int(t.day) for t in takings] == [0]))
        weeks = days % 7 == 0
        self.period.setCurrentIndex(0 if weeks else 1)
        self._period_changed()
        self.every.setValue(days // 7 if weeks else days)
        time = takings[0].time if takings else TIME_OF_DAY["dose_morning"]
        self.cycle_time.model().set_choices(self._slots(time))
        set_combo_value(self.cycle_time, time)
        if not takings:
            self.weekdays[0].setChecked(True)
            return
        self.cycle_amount.setText(str(takings[0].amount or ""))
        for t in takings:
            if weeks and int(t.day) < 7:
                self.weekdays[int(t.day)].setChecked(True)
        if not simple:   # several amounts or times: kept as they are unless the controls above are changed
            self._kept = p
            self.detail.setText(self.tr("Detailed taking times: %1").replace(
                "%1", posology_text.describe(p, self.language)))

    def _route_value(self) -> tuple[str | None, str | None]:
        text = self.route.currentText().strip()
        if not text:
            return None, None
        if text in self._routes:
            return self._routes[text], None
        return None, text

    def value(self) -> Posology:
        """The posology as the service expects it (plain texts; the dates loaded are kept)."""
        kind = combo_value(self.schedule) or "times"
        route, route_text = self._route_value()
        common = dict(schedule=kind, unit=combo_value(self.unit), route=route, route_text=route_text,
                      instructions=self.instructions.text(), start_date=self._dates[0], end_date=self._dates[1])
        if kind == "times":
            return Posology(**common, **{name: edit.text() for name, edit in self.doses.items()},
                            in_reserve=self.in_reserve.isChecked())
        if kind == "cycle":
            if self._kept is not None:
                return replace(self._kept, **common)
            time, amount = combo_value(self.cycle_time), self.cycle_amount.text()
            if combo_value(self.period) == "week":
                takings = tuple(Taking(day, time, amount) for day, box in enumerate(self.weekdays) if box.isChecked())
                return Posology(**common, cycle_days=7 * self.every.value(), takings=takings)
            return Posology(**common, cycle_days=self.every.value(), takings=(Taking(0, time, amount),))
        if kind == "as_needed":
            return Posology(**common, as_needed_amount=self.as_needed_amount.text(),
                            max_per_day=self.max_per_day.text())
        return Posology(**common)

    def with_dates(self, start: date | str | None, end: date | str | None) -> Posology:
        """The value over the dates the dialog holds."""
        return replace(self.value(), start_date=start, end_date=end)

    def widget_for(self, field: str) -> QWidget | None:
        """The widget a service error names (``dose_noon``, ``takings[2].amount``, ``route`` …)."""
        if field in self.doses:
            return self.doses[field]
        if field.startswith("takings"):
            return self.cycle_time if field.endswith(".time") else \
                self.weekdays[0] if field.endswith(".day") or field == "takings" else self.cycle_amount
        return {"schedule": self.schedule, "in_reserve": self.in_reserve, "cycle_days": self.every,
                "as_needed_amount": self.as_needed_amount, "max_per_day": self.max_per_day, "unit": self.unit,
                "route": self.route, "route_text": self.route, "instructions": self.instructions}.get(field)
