"""The review findings beside the medication list: a tree grouped by severity.

Groups (most serious first): contraindicated, avoid, precaution, consider, not
evaluable, then the free-text lines the engine could not check. Each finding
expands to its explanation, recommendation, sources (with edition), the drugs
involved and, for the anticholinergic burden, each drug's contribution.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QStyle,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.services.medications import plan_words
from app.services.medications.check import ReviewResult
from app.services.medications.review import Finding
from app.ui.common import settings as ui_settings
from app.ui.common.fitting import WrappingDelegate, rewrap

SEVERITIES = ("contraindicated", "avoid", "precaution", "consider", "not_evaluable")
NOT_CHECKED = "not_checked"
COLOURS = {"contraindicated": "#b71c1c", "avoid": "#d84315", "precaution": "#9a6700", "consider": "#1565c0",
           "not_evaluable": "#616161", NOT_CHECKED: "#6d4c41"}
BACKGROUNDS = {"contraindicated": "#fdecea", "avoid": "#fff0e6", "precaution": "#fff8e1", "consider": "#e8f0fe",
               "not_evaluable": "#f2f2f2", NOT_CHECKED: "#f5efe9"}
ICONS = {"contraindicated": QStyle.StandardPixmap.SP_MessageBoxCritical,
         "avoid": QStyle.StandardPixmap.SP_MessageBoxWarning,
         "precaution": QStyle.StandardPixmap.SP_MessageBoxInformation,
         "consider": QStyle.StandardPixmap.SP_MessageBoxQuestion,
         "not_evaluable": QStyle.StandardPixmap.SP_DialogHelpButton,
         NOT_CHECKED: QStyle.StandardPixmap.SP_FileIcon}

SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 1
"""The severity of a group or finding row (or "not_checked")."""
FINDING_ROLE = Qt.ItemDataRole.UserRole + 2
"""The engine's Finding object of a finding row (None on groups and detail rows)."""
NODE_KIND_ROLE = Qt.ItemDataRole.UserRole + 3
""""group", "finding" or "detail"."""


SEVERITY_LABELS = {
    "contraindicated": QT_TRANSLATE_NOOP("FindingsView", "Contraindicated"),
    "avoid": QT_TRANSLATE_NOOP("FindingsView", "Avoid"), "precaution": QT_TRANSLATE_NOOP("FindingsView", "Precaution"),
    "consider": QT_TRANSLATE_NOOP("FindingsView", "Take into account"),
    "not_evaluable": QT_TRANSLATE_NOOP("FindingsView", "Not evaluable"),
    NOT_CHECKED: QT_TRANSLATE_NOOP("FindingsView", "Not checked by the engine")}
KIND_LABELS = {
    "interaction": QT_TRANSLATE_NOOP("FindingsView", "Interaction"),
    "duplication": QT_TRANSLATE_NOOP("FindingsView", "Duplication"),
    "inappropriate_in_elderly": QT_TRANSLATE_NOOP("FindingsView", "Inappropriate in the elderly"),
    "renal_dose": QT_TRANSLATE_NOOP("FindingsView", "Renal dose"),
    "max_dose": QT_TRANSLATE_NOOP("FindingsView", "Maximum dose"),
    "anticholinergic_burden": QT_TRANSLATE_NOOP("FindingsView", "Anticholinergic burden"),
    "qt_prolongation": QT_TRANSLATE_NOOP("FindingsView", "QT prolongation"),
    "drug_disease": QT_TRANSLATE_NOOP("FindingsView", "Drug–disease"),
    "allergy": QT_TRANSLATE_NOOP("FindingsView", "Allergy"),
    "polypharmacy": QT_TRANSLATE_NOOP("FindingsView", "Polypharmacy")}


def severity_label(severity: str) -> str:
    text = SEVERITY_LABELS.get(severity)
    return QCoreApplication.translate("FindingsView", text) if text else severity


def kind_label(kind: str) -> str:
    text = KIND_LABELS.get(kind)
    return QCoreApplication.translate("FindingsView", text) if text else kind


class _Node:
    __slots__ = ("parent", "children", "text", "severity", "kind", "finding", "tooltip")

    def __init__(self, parent, text: str, severity: str, kind: str, finding: Finding | None = None):
        self.parent, self.children, self.text = parent, [], text
        self.severity, self.kind, self.finding, self.tooltip = severity, kind, finding, text
        if parent is not None:
            parent.children.append(self)


class FindingsModel(QAbstractItemModel):
    """Tree: severity group → finding → detail lines. Holds plain values only."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._root = _Node(None, "", "", "root")
        self._icons: dict[str, object] = {}

    def set_result(self, result: ReviewResult | None) -> None:
        """Show a review result (None: empty)."""
        self.beginResetModel()
        self._root = _Node(None, "", "", "root")
        if result is not None:
            self._build(result)
        self.endResetModel()

    def _build(self, result: ReviewResult) -> None:
        language = ui_settings.get(ui_settings.LANGUAGE)   # a line entered in French reads in German for a German user
        names = {row.data.atc: plan_words.substance_names(row.data.atc, row.data.substances, language)
                 or row.display_name for row in result.checked}
        for severity in SEVERITIES:
            findings = [f for f in result.findings if f.severity == severity]
            if not findings:
                continue
            group = _Node(self._root, f"{severity_label(severity)} ({len(findings)})", severity, "group")
            for f in findings:
                self._finding(group, f, names)
        if result.not_checked:
            group = _Node(self._root, f"{severity_label(NOT_CHECKED)} ({len(result.not_checked)})", NOT_CHECKED,
                          "group")
            for row in result.not_checked:
                node = _Node(group, row.display_name, NOT_CHECKED, "finding")
                _Node(node, QCoreApplication.translate(
                    "FindingsView", "Free text without an ATC code: no interaction, dose or allergy check."),
                      NOT_CHECKED, "detail")

    def _finding(self, group: _Node, f: Finding, names: dict[str, str]) -> None:
        drugs = ", ".join(names.get(code, code) for code in f.atc)
        node = _Node(group, f"{kind_label(f.kind)} — {drugs}", f.severity, "finding", f)
        node.tooltip = f.message
        _Node(node, f.message, f.severity, "detail")
        if f.recommendation:
            text = QCoreApplication.translate("FindingsView", "Recommendation: %1")
            _Node(node, text.replace("%1", f.recommendation), f.severity, "detail")
        if f.contributions:
            scale = f" ({f.scale})" if f.scale else ""
            total = sum(c.score for c in f.contributions)
            text = QCoreApplication.translate("FindingsView", "Anticholinergic score %1%2:")
            contrib = _Node(node, text.replace("%1", str(total)).replace("%2", scale), f.severity, "detail")
            for c in f.contributions:
                _Node(contrib, f"{names.get(c.atc, c.name or c.atc)} ({c.atc}): {c.score}", f.severity, "detail")
        involved = "; ".join(f"{names.get(code, code)} ({code})" for code in f.atc)
        text = QCoreApplication.translate("FindingsView", "Drugs involved: %1")
        _Node(node, text.replace("%1", involved), f.severity, "detail")
        for source in f.sources:
            _Node(node, QCoreApplication.translate("FindingsView", "Source: %1").replace("%1", source), f.severity,
                  "detail")

    # -- Qt model interface -----------------------------------------------------------------------------------
    def _node(self, index: QModelIndex) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        node = self._node(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = index.internalPointer().parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.parent.children.index(parent), 0, parent)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return len(self._node(parent).children)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 1

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()
        if role == Qt.ItemDataRole.DisplayRole:
            return node.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltip
        if role == Qt.ItemDataRole.DecorationRole and node.kind in ("group", "finding"):
            return self._icon(node.severity)
        if role == Qt.ItemDataRole.ForegroundRole and node.kind != "detail":
            return QBrush(QColor(COLOURS.get(node.severity, "#000000")))
        if role == Qt.ItemDataRole.BackgroundRole and node.kind == "group":
            return QBrush(QColor(BACKGROUNDS.get(node.severity, "#ffffff")))
        if role == Qt.ItemDataRole.FontRole and node.kind != "detail":
            font = QFont()
            font.setBold(node.kind == "group")
            font.setWeight(QFont.Weight.Bold if node.kind == "group" else QFont.Weight.DemiBold)
            return font
        if role == SEVERITY_ROLE:
            return node.severity
        if role == FINDING_ROLE:
            return node.finding
        if role == NODE_KIND_ROLE:
            return node.kind
        return None

    def _icon(self, severity: str):
        if severity not in self._icons:
            from PySide6.QtWidgets import QApplication
            self._icons[severity] = QApplication.style().standardIcon(ICONS.get(severity, ICONS["consider"]))
        return self._icons[severity]

    def findings(self) -> list[Finding]:
        """Every finding shown, in display order."""
        return [n.finding for g in self._root.children for n in g.children if n.finding is not None]


class FindingsView(QWidget):
    """A tree view over a FindingsModel (groups open, findings expandable) and the selected finding in full."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = FindingsModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(False)
        # a finding wraps in a narrow column rather than ending in "…"
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAccessibleName(self.tr("Review findings"))
        self.tree.selectionModel().currentChanged.connect(lambda current, _previous: self.show_details(current))
        self.details = QTextBrowser(self)
        self.details.setAccessibleName(self.tr("Selected finding"))
        self.details.setPlaceholderText(self.tr("Select a finding to read it in full."))
        self.tree.setMinimumHeight(60)
        self.details.setMinimumHeight(40)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        rewrap(self.tree)

    def set_result(self, result: ReviewResult | None) -> None:
        self.model.set_result(result)
        self.details.clear()
        for row in range(self.model.rowCount()):
            self.tree.expand(self.model.index(row, 0))

    def expand_findings(self) -> None:
        """Open every finding (and its sub-lines)."""
        self.tree.expandAll()

    def selected_finding(self) -> Finding | None:
        """The finding of the current line (or of the finding a detail line belongs to); None when none."""
        index = self.tree.currentIndex()
        while index.isValid() and index.data(NODE_KIND_ROLE) == "detail":
            index = index.parent()
        return index.data(FINDING_ROLE) if index.isValid() else None

    def show_details(self, index: QModelIndex) -> None:
        """Show the finding of ``index`` (or of its parent line) in full below the tree."""
        while index.isValid() and index.data(NODE_KIND_ROLE) == "detail":
            index = index.parent()
        if not index.isValid() or index.data(NODE_KIND_ROLE) != "finding":
            self.details.clear()
            return
        colour = COLOURS.get(index.data(SEVERITY_ROLE), "#000000")
        parts = [f'<p style="color:{colour}"><b>{html.escape(index.data())}</b></p>']
        child = self.model.index(0, 0, index)
        row = 0
        while child.isValid():
            parts.append(f"<p>{html.escape(child.data())}</p>")
            sub = [self.model.index(i, 0, child).data() for i in range(self.model.rowCount(child))]
            if sub:
                parts.append("<ul>" + "".join(f"<li>{html.escape(t)}</li>" for t in sub) + "</ul>")
            row += 1
            child = self.model.index(row, 0, index)
        self.details.setHtml("".join(parts))
