"""Drug catalogue search as you type: substances (FR/DE/EN names) and products, with their ATC code."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from app.services.medications.catalogue import practice_import
from app.services.medications.catalogue import search as catalogue_search
from app.services.medications.catalogue.search import SearchResult
from app.ui.common import background
from app.ui.common.form_helpers import guarded

RESULT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The SearchResult of a row."""
DELAY_MS = 120


class CatalogueResultModel(QAbstractListModel):
    """Search results as plain SearchResult values."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[SearchResult] = []

    def set_results(self, rows: list[SearchResult]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def results(self) -> list[SearchResult]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.describe(r)
        if role == Qt.ItemDataRole.ToolTipRole:
            return ", ".join(r.product_names[:12]) if r.kind == "substance" else ", ".join(r.countries)
        if role == RESULT_ROLE:
            return r
        return None

    def describe(self, r: SearchResult) -> str:
        atc = r.atc or self.tr("no ATC code")
        if r.kind == "substance":
            brands = ", ".join(r.product_names[:3]) + (" …" if len(r.product_names) > 3 else "")
            return f"{r.display_name}  ·  {atc}" + (f"  ·  {brands}" if brands else "")
        countries = "/".join(r.countries)
        substance = f" ({r.substance_name})" if r.substance_name else ""
        return f"{r.display_name}{substance}  ·  {atc}" + (f"  ·  {countries}" if countries else "")


class CataloguePicker(QWidget):
    """A search field and its results; choosing a result emits ``sig_chosen``."""

    sig_chosen = Signal(object)
    """The user chose a catalogue entry: the SearchResult."""
    sig_searched = Signal(str)
    """Results for this query are now shown."""

    def __init__(self, language: str = "fr", parent: QWidget | None = None, ctx=None):
        super().__init__(parent)
        self.language = language if language in ("fr", "de", "en") else "fr"
        self.ctx = ctx   # with the practice's context, the products it imported are found too
        self._wanted = ""
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Search the catalogue: substance (FR, DE, EN) or product name"))
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.model = CatalogueResultModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setMinimumHeight(120)
        self.list.activated.connect(self._choose_index)
        self.list.doubleClicked.connect(self._choose_index)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: palette(mid);")
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self._search)
        self.field.textChanged.connect(lambda _text: self.timer.start())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.field.setAccessibleName(self.tr("Catalogue search"))
        ctx = self.ctx   # build the index early, off the GUI thread
        background.run(catalogue_search.default_index if ctx is None else lambda: practice_import.catalogue_index(ctx))

    def _search(self) -> None:
        query, lang = self.field.text(), self.language
        self._wanted = query
        if len(query.strip()) < 2:
            self.model.set_results([])
            self.hint.setText(self.tr("Type at least two letters."))
            return
        ctx = self.ctx
        background.run(lambda: (query, catalogue_search.search(query, lang=lang, limit=30) if ctx is None
                                else practice_import.search_catalogue(ctx, query, lang=lang, limit=30)),
                       guarded(self, self._show), guarded(self, lambda exc: self.hint.setText(str(exc))))

    def _show(self, result) -> None:
        query, rows = result
        if query != self._wanted:
            return   # the user typed on: a newer search is on its way
        self.model.set_results(rows)
        self.hint.setText(self.tr("%n result(s)", "", len(rows)) if rows else
                          self.tr("Nothing found: you may keep the name as free text (not checked)."))
        if rows:
            self.list.setCurrentIndex(self.model.index(0, 0))
        self.sig_searched.emit(query)

    def _choose_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.sig_chosen.emit(index.data(RESULT_ROLE))

    def choose_current(self) -> bool:
        """Choose the highlighted result (Enter in the search field); False when there is none."""
        index = self.list.currentIndex()
        if not index.isValid():
            return False
        self._choose_index(index)
        return True

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        """Up/Down move in the results, Enter chooses, without leaving the search field."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                row = self.list.currentIndex().row() + (1 if key == Qt.Key.Key_Down else -1)
                row = max(0, min(row, self.model.rowCount() - 1))
                self.list.setCurrentIndex(self.model.index(row, 0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.model.rowCount():
                return self.choose_current()
        return super().eventFilter(watched, event)
