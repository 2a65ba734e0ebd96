"""Helpers that keep screens within a 1366×768 laptop screen: a page that scrolls instead of imposing its height,
tables whose columns elide or wrap instead of widening the window, rows as tall as one line of text."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QWidget,
)

SIZE_FROM_ROWS = 50
"""Columns sized to their contents are measured on this many rows: Qt measures 1,000 by default, and a worklist of
thousands of rows then costs seconds of the UI thread at each refresh."""


def measure_first_rows(view: QTableView, rows: int = SIZE_FROM_ROWS) -> None:
    """Columns that fit their contents are measured on the first ``rows`` rows only (the horizontal header's
    precision is the one ``QTableView.sizeHintForColumn`` reads)."""
    view.horizontalHeader().setResizeContentsPrecision(rows)


def scrolling(page: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``page`` in a frameless scroll area: the window may be smaller than the page's form."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(page)
    return area


def compact_rows(view: QAbstractItemView, lines: int = 1) -> None:
    """Rows ``lines`` lines of text tall (plus a little air)."""
    if isinstance(view, QTableView):
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().lineSpacing() * lines + 6)
        view.verticalHeader().setMinimumSectionSize(view.fontMetrics().lineSpacing() + 4)


def size_columns(view: QTableView, cap: int = 260) -> None:
    """Interactive columns as wide as their contents but never wider than ``cap`` pixels (the rest of a long text
    ends in "…" and shows whole in its tooltip); the last column fills the remaining width."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    measure_first_rows(view)
    view.resizeColumnsToContents()
    for column in range(header.count() - 1):
        if view.columnWidth(column) > cap:
            view.setColumnWidth(column, cap)


def fit_columns(view: QTableView, stretch: int | None = None, fixed: tuple[int, ...] = ()) -> None:
    """Columns that never widen the window: ``fixed`` columns (dates, short codes) fit their contents and are never
    cut; the ``stretch`` column takes the remaining width and elides; others are interactive, starting at their
    contents' width. Text that does not fit ends with "…", and the tooltip of the model shows it whole."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    measure_first_rows(view)
    for column in fixed:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(stretch is None)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)


class FlowLayout(QLayout):
    """Widgets left to right, wrapping onto the next line when the width runs out (a row of buttons that must not
    widen the window); after Qt's flow layout example."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt name)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt name)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt name)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt name)
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt name)
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        width = sum(i.sizeHint().width() for i in self._visible()) + self._spacing * max(len(self._visible()) - 1, 0)
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt name)
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() and i.widget().isHidden())]

    def _place(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._visible():
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x, y, line_height = area.x(), y + line_height + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


def flow_row(widgets, parent: QWidget | None = None) -> QWidget:
    """A widget holding ``widgets`` in a FlowLayout (for a layout that expects a widget)."""
    holder = QWidget(parent)
    layout = FlowLayout(holder)
    for widget in widgets:
        layout.addWidget(widget)
    holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy = holder.sizePolicy()
    policy.setHeightForWidth(True)
    holder.setSizePolicy(policy)
    return holder


class WrappingDelegate(QStyledItemDelegate):
    """Tree rows as tall as their text wrapped to the column's width (a tree view does not wrap by itself: its
    delegate is asked for a size without a width). Re-lay the view out when it is resized (``rewrap``)."""

    def __init__(self, view: QTreeView):
        super().__init__(view)
        self.view = view
        view.setWordWrap(True)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 (Qt name)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        column = self.view.header().sectionSize(index.column()) or self.view.viewport().width()
        width = column - self.view.indentation() * (depth + int(self.view.rootIsDecorated()))
        wrapped = QStyleOptionViewItem(option)
        self.initStyleOption(wrapped, index)
        wrapped.rect = QRect(0, 0, max(width, 80), 10_000)
        wrapped.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        return super().sizeHint(wrapped, index).boundedTo(QSize(max(width, 80), 10_000))


def rewrap(view: QTreeView) -> None:
    """Compute the rows' heights again for the view's new width."""
    view.doItemsLayout()
