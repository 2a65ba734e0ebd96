"""The recurrence editor of the task dialog: does not repeat / every N days, weeks (on chosen weekdays) or months,
ending never, on a date or after N times, with a summary in the user's language. It writes the RRULE the task
service stores; a stored rule it cannot show (BYSETPOS, YEARLY … written by another program) is kept as it is,
shown as a read-only summary, until the user chooses to replace it."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ValidationError
from app.services.tasks.recurrence import SimpleRule, build_rule, simple_rule
from app.ui.common import dates, i18n
from app.ui.common.form_helpers import choice_combo, combo_value, set_combo_value

ENDS = ("never", "until", "count")


class RecurrenceEditor(QWidget):
    sig_changed = Signal()
    """The rule shown changed (by the user or by ``set_rule``)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._stored: str | None = None   # a rule the editor cannot show, kept until replaced
        self._loaded: tuple[str, SimpleRule] | None = None   # a rule shown as it was stored, and what it means
        self.freq = choice_combo([(None, self.tr("does not repeat")), ("DAILY", self.tr("daily")),
                                  ("WEEKLY", self.tr("weekly")), ("MONTHLY", self.tr("monthly"))], self)
        self.freq.setAccessibleName(self.tr("Repeats"))
        self.every_label = QLabel(self)
        self.interval = QSpinBox(self)
        self.interval.setRange(1, 999)
        self.interval.setAccessibleName(self.tr("Interval"))
        self.every_label.setBuddy(self.interval)
        self.unit = QLabel(self)
        self.end = choice_combo([("never", self.tr("no end")), ("until", self.tr("until")),
                                 ("count", self.tr("after"))], self)
        self.end.setAccessibleName(self.tr("Ends"))
        self.until = QDateEdit(self)
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat(dates.qt_format())
        self.until.setAccessibleName(self.tr("Until"))
        self.count = QSpinBox(self)
        self.count.setRange(1, 999)
        self.count.setAccessibleName(self.tr("Number of times"))
        self.count_unit = QLabel(self)
        locale = QLocale(i18n.current())
        self.weekdays = [QCheckBox(locale.dayName(i + 1, QLocale.FormatType.ShortFormat), self) for i in range(7)]
        for i, box in enumerate(self.weekdays):
            box.setAccessibleName(locale.dayName(i + 1, QLocale.FormatType.LongFormat))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-style: italic")
        self.replace_button = QPushButton(self.tr("Replace…"), self)
        self.replace_button.setToolTip(self.tr("This rule was set elsewhere and cannot be edited here; replace it"))
        self.replace_button.clicked.connect(self.replace_stored)
        self.setFocusProxy(self.freq)

        first = QHBoxLayout()
        for widget in (self.freq, self.every_label, self.interval, self.unit):
            first.addWidget(widget)
        first.addStretch(1)
        self.end_row = QWidget(self)
        ends = QHBoxLayout(self.end_row)
        ends.setContentsMargins(0, 0, 0, 0)
        for widget in (self.end, self.until, self.count, self.count_unit):
            ends.addWidget(widget)
        ends.addStretch(1)
        self.days_row = QWidget(self)
        days = QHBoxLayout(self.days_row)
        days.setContentsMargins(0, 0, 0, 0)
        for box in self.weekdays:
            days.addWidget(box)
        days.addStretch(1)
        last = QHBoxLayout()
        last.addWidget(self.summary, 1)
        last.addWidget(self.replace_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(first)
        layout.addWidget(self.days_row)
        layout.addWidget(self.end_row)
        layout.addLayout(last)
        chain = [self.freq, self.interval, *self.weekdays, self.end, self.until, self.count, self.replace_button]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.until.setDate(QDate.currentDate().addYears(1))
        for signal in (self.freq.currentIndexChanged, self.interval.valueChanged, self.end.currentIndexChanged,
                       self.until.dateChanged, self.count.valueChanged,
                       *(box.toggled for box in self.weekdays)):
            signal.connect(self._refresh)
        self._refresh()

    # -- the rule ---------------------------------------------------------------------------------------------
    def spec(self) -> SimpleRule | None:
        """The rule the controls show (None: does not repeat)."""
        freq = combo_value(self.freq)
        if freq is None:
            return None
        end = combo_value(self.end)
        weekdays = tuple(i for i, box in enumerate(self.weekdays) if box.isChecked()) if freq == "WEEKLY" else ()
        return SimpleRule(freq, self.interval.value(), weekdays,
                          self.until.date().toPython() if end == "until" else None,
                          self.count.value() if end == "count" else None)

    def rule(self) -> str:
        """The RRULE text to store ("" for no repetition); a stored rule the editor cannot show, unchanged."""
        if self._stored is not None:
            return self._stored
        spec = self.spec()
        if self._loaded and self._loaded[1] == spec:   # untouched: the stored text, not a rewritten equivalent
            return self._loaded[0]
        return build_rule(spec) if spec else ""

    def set_rule(self, rule: str | None) -> None:
        """Shows a stored rule; one the editor cannot represent is kept as it is, with a summary and "Replace…"."""
        self._stored, self._loaded = None, None
        try:
            spec = simple_rule(rule)
        except ValidationError:   # a broken stored rule is kept, not dropped
            spec = None
        if spec is None and (rule or "").strip():
            self._stored = rule.strip()
        elif spec is not None:
            self._loaded = (rule.strip(), spec)
        self._show(spec)

    def is_custom(self) -> bool:
        """True while a stored rule the editor cannot show is kept."""
        return self._stored is not None

    def replace_stored(self) -> None:
        """Drops the kept rule: the controls edit a new one (starting from "weekly")."""
        self._stored, self._loaded = None, None
        self._show(SimpleRule("WEEKLY"))
        self.freq.setFocus()

    def _show(self, spec: SimpleRule | None) -> None:
        widgets = [self.freq, self.interval, self.end, self.until, self.count, *self.weekdays]
        for widget in widgets:
            widget.blockSignals(True)
        set_combo_value(self.freq, spec.freq if spec else None)
        self.interval.setValue(spec.interval if spec else 1)
        for i, box in enumerate(self.weekdays):
            box.setChecked(bool(spec) and i in spec.weekdays)
        end = "until" if spec and spec.until else "count" if spec and spec.count else "never"
        set_combo_value(self.end, end)
        if spec and spec.until:
            self.until.setDate(QDate(spec.until))
        self.count.setValue(spec.count if spec and spec.count else 1)
        for widget in widgets:
            widget.blockSignals(False)
        self._refresh()

    # -- what is shown ----------------------------------------------------------------------------------------
    def _refresh(self) -> None:
        custom = self._stored is not None
        freq = combo_value(self.freq)
        end = combo_value(self.end)
        repeats = freq is not None and not custom
        self.freq.setVisible(not custom)
        for widget in (self.every_label, self.interval, self.unit, self.end_row):
            widget.setVisible(repeats)
        self.until.setVisible(repeats and end == "until")
        self.count.setVisible(repeats and end == "count")
        self.count_unit.setVisible(repeats and end == "count")
        self.days_row.setVisible(repeats and freq == "WEEKLY")
        self.replace_button.setVisible(custom)
        n = self.interval.value()
        self.unit.setText({"DAILY": self.tr("day(s)", "", n), "WEEKLY": self.tr("week(s)", "", n),
                           "MONTHLY": self.tr("month(s)", "", n)}.get(freq, ""))
        self.every_label.setText({"DAILY": self.tr("every", "… N days"), "WEEKLY": self.tr("every", "… N weeks"),
                                  "MONTHLY": self.tr("every", "… N months")}.get(freq, ""))   # French: tous / toutes
        self.count_unit.setText(self.tr("time(s)", "", self.count.value()))
        self.summary.setText(self.summary_text())
        self.summary.setVisible(bool(self.summary.text()))
        self.sig_changed.emit()

    def summary_text(self) -> str:
        """The rule in words, e.g. "Every 2 weeks, on Monday and Thursday, until 31.03.2027"."""
        if self._stored is not None:
            return self.tr("Set elsewhere, cannot be edited here: %1").replace("%1", self._stored)
        spec = self.spec()
        if spec is None:
            return ""
        n = spec.interval
        parts = [{"DAILY": self.tr("Every %n day(s)", "", n), "WEEKLY": self.tr("Every %n week(s)", "", n),
                  "MONTHLY": self.tr("Every %n month(s)", "", n)}[spec.freq]]
        if spec.weekdays:
            locale = QLocale(i18n.current())
            names = [self.tr("%1", "a weekday in the summary: 'the %1' in French").replace(
                "%1", locale.dayName(i + 1, QLocale.FormatType.LongFormat)) for i in spec.weekdays]
            listed = names[0] if len(names) == 1 else self.tr("%1 and %2").replace(
                "%1", ", ".join(names[:-1])).replace("%2", names[-1])
            parts.append(self.tr("on %1").replace("%1", listed))
        if spec.until:
            parts.append(self.tr("until %1").replace("%1", dates.day(spec.until)))
        elif spec.count:
            parts.append(self.tr("%n time(s) in all", "", spec.count))
        return ", ".join(parts)
