"""The pseudo-locale: a translator that wraps every text of the .ts files (and Qt's own) in ⟦ ⟧, and a reader of
every text a screen shows, to find those that are neither marked (so never translated) nor data.

Data are what the practice typed or the knowledge base holds: the words of the database's texts (not its codes:
a stored code such as ``general`` shown as is is exactly what this test is for), of the catalogue's names and of the
knowledge files' texts in the screen's language, numbers, dates and unit symbols.
"""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QProgressBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from sqlalchemy import String, Text
from sqlmodel import select

from app.models.staff import Staff
from app.services.alerts import review_report_pdf
from app.services.medications import posology_text

ROOT = Path(__file__).resolve().parents[2]
OPEN, CLOSE = "⟦", "⟧"
CODE = re.compile(r"^[a-z0-9_.:\-/]+$")
WORD = re.compile(r"[^\W\d_]{2,}")
UNITS = {"mg", "µg", "mcg", "ml", "mL", "kg", "cm", "min", "mmol", "µmol", "umol", "mmhg", "mmHg", "ms", "bpm",
         "ui", "iu", "pdf", "csv", "fhir", "qr", "ch", "fr", "ins", "avs", "atc", "cim", "icd", "inr", "hba1c", "qtc",
         # identifier systems (names of registers, the same in every language) and the languages' own names
         "rpps", "adeli", "gln", "zsr", "ean", "finess", "nir", "lamal", "kvg",
         "français", "deutsch", "english"}
URL = re.compile(r"\b[a-z][a-z0-9+.\-]*://\S+")
HEX_BLOCKS = re.compile(r"\b(?:[0-9A-F]{4} ){3,}[0-9A-F]{4}\b")   # a key's fingerprint in groups of four


class PseudoTranslator(QTranslator):
    """Marks the texts of Cordée's .ts files and Qt's own texts; any other text stays as written (unmarked)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        tree = ET.parse(ROOT / "resources" / "i18n" / "cordee_fr.ts")
        self.known = {(c.findtext("name"), m.findtext("source")) for c in tree.getroot().iter("context")
                      for m in c.iter("message")}

    def isEmpty(self) -> bool:  # noqa: N802 (Qt name)
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        if (context, source) in self.known or (context or "").startswith("Q"):
            return f"{OPEN}{source}{CLOSE}"
        return ""


def install(app: QCoreApplication) -> PseudoTranslator:
    """Only the pseudo translator (the screens' language stays French for their data and dates)."""
    from app.ui.common import i18n

    i18n.install(app, "fr")
    for translator in list(i18n._installed):  # noqa: SLF001 (the test replaces the real translators)
        app.removeTranslator(translator)
    translator = PseudoTranslator(app)
    app.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    return translator


def uninstall(app: QCoreApplication, translator: PseudoTranslator | None) -> None:
    """Back to the English source texts the other UI tests read."""
    from app.ui.common import i18n

    if translator is not None:
        app.removeTranslator(translator)
    i18n.install(app, "en")


def data_words(db, language: str = "fr") -> set[str]:
    """The words a screen may show without a mark: the database's texts (codes excepted), the resources' and those
    of Cordée's own tables of the patients' and printouts' words in the three languages (posology, review report),
    which the screens share with the printouts."""
    from app.models import registry
    from app.models.base import SQLModel

    registry.load_all()

    words: set[str] = set(UNITS)

    def add(text, code_like_too: bool = False) -> None:
        if isinstance(text, str) and text and (code_like_too or not CODE.match(text)):
            words.update(w.casefold() for w in WORD.findall(text))

    def add_any(text) -> None:
        add(text, True)

    with db.reading_session() as session:
        for table in SQLModel.metadata.sorted_tables:
            columns = [c for c in table.columns if _is_text(c.type)]
            if columns:
                for row in session.execute(select(*columns)):
                    for value in row:
                        if isinstance(value, str) and value[:1] in "[{":
                            try:
                                _json_strings(json.loads(value), add, None)
                                continue
                            except ValueError:
                                pass
                        add(value)
        for username in session.execute(select(Staff.username)).scalars():
            add(username, True)   # typed by the administrator ("dr.martin"), not a code of Cordée
    for path in (ROOT / "resources" / "catalogue").glob("*.csv"):
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                for key in ("name", f"inn_{language}", "form", "strength"):
                    add(row.get(key))
    for folder in ("knowledge", "medications", "alerts", "maturity", "deprescribing", "surveys", "due_care", "intake",
                   "assessments"):
        for path in (ROOT / "resources" / folder).rglob("*.json"):
            _json_strings(json.loads(path.read_text(encoding="utf-8")), add_any, language)
    if language == "fr":   # the ANSM thesaurus and the protocols' legal texts are French sources, shown as written
        _json_strings(json.loads((ROOT / "resources" / "knowledge" / "ansm" / "thesaurus.json").read_text(
            encoding="utf-8")), add, None)
    for path in (ROOT / "resources" / "protocols").glob("*.json"):
        protocol = json.loads(path.read_text(encoding="utf-8"))
        for key in ("name", "legal_reference", "delegate_professions", "setting"):
            _json_strings(protocol.get(key), add, None)
        for act in protocol.get("acts", []):   # the acts' labels in the screen's language
            add((act.get("labels") or {}).get(language, act.get("label")))
    # the due-care schedules' sources are titles shown as written (French, Swiss and international publications)
    for source in json.loads((ROOT / "resources" / "due_care" / "sources.json").read_text(
            encoding="utf-8"))["sources"].values():
        for key in ("title", "publisher", "edition"):
            add(source.get(key))
    # the posology in words, Cordée's own table of the patient's words in the three languages
    index = posology_text.LANGS.index(language)
    for forms in posology_text.WORDS.values():
        add_any(forms[index])
    for day in posology_text.WEEKDAYS[index]:
        add_any(day)
    # the review report's words (eligibility reasons, severities), also shown on the worksheet screen
    _json_strings(review_report_pdf.TEXTS[language], add_any, None)
    return words


def _is_text(column_type) -> bool:
    """String columns, sqlmodel's AutoString (a type decorator over String) included."""
    return isinstance(getattr(column_type, "impl", column_type), (String, Text)) or \
        isinstance(column_type, (String, Text))


def _json_strings(value, add, language: str | None) -> None:
    """Strings of a JSON value; in the resources only the screen's language of {fr, de, en} texts."""
    if isinstance(value, dict):
        if language is not None and {"fr", "de"} <= set(value):
            _json_strings(value.get(language), add, None)
            return
        for item in value.values():
            _json_strings(item, add, language)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _json_strings(item, add, language)
    elif language is None:
        add(value)


def unmarked_words(text: str, data: set[str]) -> list[str]:
    """The words of ``text`` outside ⟦ ⟧ marks that are not data."""
    previous = None
    while previous != text:   # marks may nest ("⟦Stop ⟦…⟧⟧"): innermost first
        previous, text = text, re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", " ", text)
    text = URL.sub(" ", text)   # an address (an example of one) is not a sentence
    text = HEX_BLOCKS.sub(" ", text)
    return [w for w in WORD.findall(text) if w.casefold() not in data]


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text a window shows: titles, labels, buttons, fields and their placeholders, combo
    items, tabs, menus, list headers and cells, progress texts."""
    out: list[tuple[str, str]] = [(f"{type(root).__name__}:title", root.windowTitle())]
    file_dialog = isinstance(root, QFileDialog)
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() and not isinstance(widget, QComboBox):
            continue
        if file_dialog and isinstance(widget, (QAbstractItemView, QComboBox)):
            continue   # the folders and files of the disk are data
        where = f"{type(root).__name__}>{type(widget).__name__}"
        if isinstance(widget, QLabel):
            out.append((where, _plain(widget.text())))
        elif isinstance(widget, QAbstractButton):
            out += [(where, widget.text()), (f"{where}:tooltip", widget.toolTip())]
        elif isinstance(widget, QGroupBox):
            out.append((where, widget.title()))
        elif isinstance(widget, QDockWidget):
            out.append((where, widget.windowTitle()))
        elif isinstance(widget, QLineEdit):
            out += [(where, widget.text()), (where, widget.placeholderText())]
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            out += [(where, widget.toPlainText()), (where, widget.placeholderText())]
        elif isinstance(widget, QComboBox) and widget.isVisibleTo(root):
            out += [(where, widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            out += [(where, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QProgressBar):
            out.append((where, widget.text()))
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                out.append((where, action.text()))
                if action.menu() is not None:
                    out += [(f"{where}:menu", a.text()) for a in action.menu().actions()]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            out += [(f"{where}:cell", text) for text in _model_texts(widget.model())]
    return [(w, t) for w, t in out if t]


def _model_texts(model, parent: QModelIndex = QModelIndex(), depth: int = 0) -> list[str]:
    columns = _count(model.columnCount, parent)
    texts = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)] if depth == 0 else []
    for row in range(min(_count(model.rowCount, parent), 40)):
        for column in range(columns):
            index = model.index(row, column, parent)
            value = index.data()
            if isinstance(value, str):
                texts.append(value)
            if depth < 3 and column == 0 and _count(model.rowCount, index) > 0:
                texts += _model_texts(model, index, depth + 1)
    return texts


def _count(method, parent: QModelIndex) -> int:
    """rowCount/columnCount of any model (some of Qt's own models keep the one with a parent private)."""
    try:
        return method(parent)
    except TypeError:
        pass
    try:
        return 0 if parent.isValid() else method()
    except TypeError:
        return 1 if method.__name__ == "columnCount" and not parent.isValid() else 0   # a list model


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ").replace("&amp;", "&")
