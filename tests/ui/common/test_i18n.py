"""Translations: French (default) and German complete, .qm files current, service messages translated, and every
text visible to lupdate (the .ts files are the one place of translations).

When this fails after you added or changed a text: run ``scripts/update_translations.sh``, translate what it lists
(``scripts/ts_tool.py fill FILE.json`` or Qt Linguist), run it again and commit the .ts and .qm files.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.services.errors import AuthenticationError, StorageError, ValidationError
from app.services.security.actor import SYSTEM
from app.ui.common import errors as messages
from app.ui.common import i18n
from app.ui.common.field_labels import FIELD_LABELS

ROOT = Path(__file__).resolve().parents[3]
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"%(?:\d+|n)")
TRANSLATED = ("fr", "de")


def _messages(ts: Path):
    for ctx in ET.parse(ts).getroot().findall("context"):
        for msg in ctx.findall("message"):
            yield ctx.findtext("name") or "", msg


def _qt_tool(name: str) -> str:
    exe = BIN / (name + (".exe" if sys.platform == "win32" else ""))
    if not exe.exists():
        pytest.skip(f"{name} is not installed next to {sys.executable}")
    return str(exe)


# -- (a) every text translated, placeholders kept -----------------------------------------------------------------
@pytest.mark.parametrize("language", TRANSLATED + ("en",))
def test_every_message_is_finished_and_keeps_its_placeholders(language):
    """French and German: every text. English (the source language): every text that has plural forms."""
    ts = I18N / f"cordee_{language}.ts"
    problems = []
    count = 0
    for context, msg in _messages(ts):
        count += 1
        source = msg.findtext("source") or ""
        translation = msg.find("translation")
        kind = None if translation is None else translation.get("type")
        forms = [] if translation is None else (
            [n.text or "" for n in translation.findall("numerusform")] or [translation.text or ""])
        if translation is None or kind in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms):
            if language != "en" or msg.get("numerus") == "yes":
                problems.append(f"[{context}] {source!r}: {kind or 'empty'}")
            continue
        for form in forms:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(form)) and "%n" not in source:
                problems.append(f"[{context}] {source!r}: placeholders differ in {form!r}")
            if source.count("&") - source.count("&&") != form.count("&") - form.count("&&"):
                problems.append(f"[{context}] {source!r}: accelerator (&) missing or doubled in {form!r}")
    assert count > 300
    assert not problems, f"{ts.name}: fix these (scripts/update_translations.sh):\n" + "\n".join(problems)


def test_menu_accelerators_do_not_clash_in_french_and_german():
    for language in TRANSLATED:
        texts = {source: (msg.findtext("translation") or "") for context, msg in
                 _messages(I18N / f"cordee_{language}.ts") if context == "MainWindow"
                 for source in [msg.findtext("source")]}
        for menu in (("&File", "&Administration", "&Help"),
                     ("&New patient…", "&Find patient", "&Close chart", "&Lock", "Log &out", "&Quit"),
                     ("&Staff…", "&Audit trail…", "S&ettings…")):
            keys = [re.search(r"&(\w)", texts[s]).group(1).lower() for s in menu if s in texts]
            assert len(keys) == len(set(keys)), (language, menu, keys)


# -- (b) nothing in the sources is missing from the .ts files -----------------------------------------------------
def test_lupdate_finds_no_text_missing_from_the_translations(tmp_path):
    lupdate = _qt_tool("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))
    fresh = tmp_path / "cordee_fr.ts"
    subprocess.run([lupdate, *sources, "-source-language", "en", "-target-language", "fr", "-locations", "none",
                    "-no-obsolete", "-ts", str(fresh)], check=True, capture_output=True, cwd=ROOT, timeout=120)
    found = {(c, m.findtext("source")) for c, m in _messages(fresh)}
    assert len(found) > 300
    for language in TRANSLATED + ("en",):
        known = {(c, m.findtext("source")) for c, m in _messages(I18N / f"cordee_{language}.ts")}
        missing = sorted(found - known)
        assert not missing, (f"cordee_{language}.ts lacks {len(missing)} text(s); run scripts/update_translations.sh "
                             "and translate them:\n" + "\n".join(f"[{c}] {s!r}" for c, s in missing))
        gone = sorted(known - found)
        assert not gone, f"cordee_{language}.ts keeps texts no longer in the sources: {gone[:10]}"


# -- (c) the shipped .qm files are compiled from the current .ts files --------------------------------------------
@pytest.mark.parametrize("language", TRANSLATED + ("en",))
def test_qm_files_are_up_to_date(tmp_path, language):
    lrelease = _qt_tool("pyside6-lrelease")
    out = tmp_path / f"cordee_{language}.qm"
    subprocess.run([lrelease, "-silent", str(I18N / f"cordee_{language}.ts"), "-qm", str(out)], check=True,
                   capture_output=True, timeout=120)
    assert out.read_bytes() == (I18N / f"cordee_{language}.qm").read_bytes(), \
        f"cordee_{language}.qm is stale: run scripts/update_translations.sh"


# -- service fields and problems ----------------------------------------------------------------------------------
def _raised_in_services():
    """(field node, problem node) of every ValidationError(...), and message nodes of the other errors."""
    fields, problems = [], []
    for path in sorted((ROOT / "app" / "services").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id == "ValidationError" and len(node.args) >= 2:
                fields.append((path, node.args[0]))
                problems.append((path, tree, node.args[1]))
            elif node.func.id == "NotFoundError" and len(node.args) == 2:
                continue   # (entity, id): the code is not_found
            elif node.func.id in ("AuthenticationError", "NotFoundError", "CordeeError") and node.args:
                problems.append((path, tree, node.args[0]))
            elif node.func.id == "StorageError" and len(node.args) >= 2:
                problems.append((path, tree, node.args[1]))
            elif node.func.id == "KeyringOutcome" and len(node.args) >= 3:
                problems.append((path, tree, node.args[2]))
    return fields, problems


def _constant_choices(tree: ast.AST, name: str) -> list[str]:
    """The string constants a local name is assigned (``kind = "a" if x else "b"``), for f-string problems."""
    choices = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            values = [node.value.body, node.value.orelse] if isinstance(node.value, ast.IfExp) else [node.value]
            if all(isinstance(v, ast.Constant) and isinstance(v.value, str) for v in values):
                choices += [v.value for v in values]
    return choices


def _samples(tree: ast.AST, node: ast.AST) -> list[str]:
    """The texts of a literal or an f-string: {a name bound to string constants} takes each of them, any other
    {value} a sample number."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # "must be one of " + ", ".join(...)
        return [left + right for left in (_samples(tree, node.left) or ["7"])
                for right in (_samples(tree, node.right) or ["7"])]
    if not isinstance(node, ast.JoinedStr):
        return []
    texts = [""]
    for part in node.values:
        if isinstance(part, ast.Constant):
            options = [part.value]
        else:
            named = part.value.id if isinstance(part.value, ast.Name) else None
            options = (_constant_choices(tree, named) if named else []) or ["7"]
        texts = [t + o for t in texts for o in options]
    return texts


def test_every_field_named_by_a_service_has_a_label():
    fields, _problems = _raised_in_services()
    names = {node.value for _path, node in fields if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    # fields passed on through a parameter named ``field`` or ``field_name``: its defaults and the callers' literals
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "app" / "services").rglob("*.py"))]
    takes_field: dict[str, int] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and any(
                    isinstance(c, ast.Call) and isinstance(c.func, ast.Name) and c.func.id == "ValidationError"
                    and c.args and isinstance(c.args[0], ast.Name) and c.args[0].id in ("field", "field_name")
                    for c in ast.walk(node)):
                params = [a.arg for a in node.args.args]
                for i, param in enumerate(params):
                    if param in ("field", "field_name"):
                        takes_field[node.name] = i
                for arg, default in zip(node.args.args[::-1], node.args.defaults[::-1]):
                    if arg.arg in ("field", "field_name") and isinstance(default, ast.Constant):
                        names.add(default.value)
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, (ast.Name, ast.Attribute)):
                name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr
                if name not in takes_field:
                    continue
                args = [a for a in node.args] + [k.value for k in node.keywords if k.arg in ("field", "field_name")]
                index = takes_field[name]
                candidates = [args[index]] if index < len(node.args) else args[len(node.args):]
                names |= {a.value for a in candidates if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    assert {"birth_date", "family_name", "ins_matricule", "passphrase", "username", "roles", "rpps", "gln",
            "idle_lock_minutes", "practice_name"} <= names
    missing = sorted(names - set(FIELD_LABELS))
    assert not missing, f"add labels for these fields to app/ui/field_labels.py: {missing}"


# -- (d) the running application in French, German, English ------------------------------------------------------
@pytest.fixture
def source_texts_afterwards(qapp):
    """The other UI tests read the English source texts: leave no translator installed behind."""
    yield qapp
    i18n.install(qapp, "en")


def test_field_labels_are_readable_in_english(source_texts_afterwards):
    i18n.install(source_texts_afterwards, "en")
    assert messages.field_label("birth_date") == "Birth date"
    assert messages.field_label("problems[2].code") == "Problem 2 — code"
    assert messages.field_label("problems[3]") == "Problem 3"
    assert messages.field_label("some_new_field") == "Some new field"
    assert messages.describe(ValidationError("family_name", "too_long", max=100)) == \
        "Family name: is too long (at most 100 characters)"


def test_service_messages_in_french_and_german(source_texts_afterwards):
    app = source_texts_afterwards
    assert i18n.install(app, "fr") == "fr"
    assert messages.describe(ValidationError("birth_date", "not_a_calendar_date")) == \
        "Date de naissance\u00a0: n'est pas une date réelle du calendrier"
    assert messages.describe(ValidationError("problems[2].code", "patients.condition_code")) == \
        "Problème 2 — code\u00a0: doit être un code CIM-10 (p. ex. I50.9)"
    assert messages.describe(ValidationError("family_name", "too_long", max=100)) == \
        "Nom de famille\u00a0: est trop long (100 caractères au plus)"
    assert messages.describe(ValidationError("idle_lock_minutes", "practice.idle_lock_range", min=2, max=30)).endswith(
        "doit être compris entre 2 et 30 minutes")
    assert messages.describe(AuthenticationError("practice.login_backoff", wait_seconds=12)) == \
        "Trop d'échecs de connexion\u00a0: attendez 12 s avant de réessayer."
    assert messages.describe(StorageError("storage.damaged_key_file", path="/x/k.json", detail="bad page")) == \
        "Le fichier de clés /x/k.json de cette base de données est endommagé. Restaurez-le à partir de la " \
        "sauvegarde\u00a0; la base elle-même n'a pas été modifiée."
    assert i18n.install(app, "de") == "de"
    assert messages.describe(ValidationError("birth_date", "not_a_calendar_date")) == \
        "Geburtsdatum: ist kein gültiges Kalenderdatum"
    assert messages.describe(ValidationError("passphrase", "too_short", min=12)) == \
        "Passphrase der Praxis: muss mindestens 12 Zeichen lang sein"
    i18n.install(app, "en")
    assert messages.describe(ValidationError("birth_date", "not_a_calendar_date")) == \
        "Birth date: is not a real calendar date"


def test_windows_follow_the_installed_language(qtbot, practice, source_texts_afterwards):
    from app.ui.common.app_session import AppSession
    from app.ui.shell.login_dialog import LoginDialog
    from app.ui.shell.main_window import MainWindow

    app = source_texts_afterwards
    expected = {"fr": ("&Fichier", "Cordée — connexion", "Se connecter"),
                "de": ("&Datei", "Cordée — Anmeldung", "Anmelden"),
                "en": ("&File", "Cordée — log in", "Log in")}
    for language, (file_menu, login_title, login_button) in expected.items():
        i18n.install(app, language)
        window = MainWindow(AppSession(practice.ctx["admin"]), 10)
        qtbot.addWidget(window)
        assert window.menuBar().actions()[0].text() == file_menu
        dialog = LoginDialog(practice.ctx["admin"].as_actor(SYSTEM))
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == login_title and dialog.ok_button.text() == login_button
        window.session.close() if hasattr(window.session, "close") else None
        window.close()
        dialog.close()
    assert QApplication.instance() is app


def test_every_translation_context_exists_at_run_time():
    """A context named after a variable (``window.tr`` on an unannotated name) is never looked up."""
    classes, literal_contexts = set(), set()
    for path in (ROOT / "app" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                classes.add(node.name)
            elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                    "translate", "QT_TRANSLATE_NOOP", "tr") and len(node.args) >= 2 \
                    and isinstance(node.args[0], ast.Constant):
                literal_contexts.add(node.args[0].value)
    contexts = {c.find("name").text for c in ET.parse(I18N / "cordee_fr.ts").getroot().findall("context")}
    unknown = {c for c in contexts - classes - literal_contexts if not c.startswith("Q")}
    assert unknown == set(), f"translation contexts nobody asks for at run time: {sorted(unknown)}"


def _translate_wrappers(tree: ast.AST) -> list[ast.FunctionDef]:
    """Functions that only pass their text on to ``translate``: lupdate cannot see the texts given to them."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.args.args:
            params = {a.arg for a in node.args.args}
            for ret in ast.walk(node):
                call = ret.value if isinstance(ret, ast.Return) else None
                if isinstance(call, ast.Call) and getattr(call.func, "attr", "") in ("translate", "tr") and any(
                        isinstance(a, ast.Name) and a.id in params for a in call.args) and len(node.body) <= 2:
                    found.append(node)
    return found


def test_no_translation_alias():
    """Every text is in a direct ``self.tr("…")``, ``QCoreApplication.translate("Context", "…")`` or
    ``QT_TRANSLATE_NOOP`` call that lupdate reads: no ``tr = self.tr``, no ``other.tr("…")`` (looked up under the
    other object's class at run time), no ``_tr("…")`` wrapper."""
    found = []
    for path in sorted((ROOT / "app" / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(ROOT)
        for node in ast.walk(tree):
            values = node.value.elts if isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple) else \
                [node.value] if isinstance(node, ast.Assign) else []
            if any(isinstance(v, ast.Attribute) and v.attr in ("tr", "translate") for v in values):
                found.append(f"{where}:{node.lineno}: an alias of tr/translate")
            elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "tr" and not (
                    isinstance(node.func.value, ast.Name) and node.func.value.id == "self"):
                found.append(f"{where}:{node.lineno}: tr() on another object than self")
        found += [f"{where}:{f.lineno}: {f.name}() wraps translate" for f in _translate_wrappers(tree)]
    assert found == [], "\n".join(found)


def test_no_translated_text_inside_an_f_string():
    """lupdate does not look inside f-strings: a text there would never be translated."""
    found = []
    for path in (ROOT / "app" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and getattr(inner.func, "attr", "") in ("tr", "translate"):
                        found.append(f"{path.relative_to(ROOT)}:{inner.lineno}")
    assert found == []


@pytest.mark.parametrize("language, counts", [
    ("fr", ["0 patient", "1 patient", "2 patients"]),          # French: singular for 0 and 1
    ("de", ["0 Patient/innen", "1 Patient/in", "2 Patient/innen"]),
    ("en", ["0 patients", "1 patient", "2 patients"]),
])
def test_counts_take_the_plural_of_each_language(qapp, language, counts):
    from PySide6.QtCore import QCoreApplication

    from app.ui.common import i18n
    try:
        i18n.install(qapp, language)
        assert [QCoreApplication.translate("PatientSearchPanel", "%n patient(s)", "", n) for n in (0, 1, 2)] == counts
    finally:
        i18n.install(qapp, "en")


def test_qt_standard_buttons_speak_swiss_german(qtbot, source_texts_afterwards):
    """Qt's own texts (qtbase_de: standard buttons, wizard, docks) in Swiss spelling: "ss", never "ß"; French and
    Cordée's own German unchanged."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    buttons = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(buttons.Close | buttons.Cancel | buttons.Save | buttons.Discard | buttons.Ok)
    qtbot.addWidget(box)
    i18n.install(source_texts_afterwards, "de")
    box.setStandardButtons(box.standardButtons())   # the buttons' texts are read when they are made
    texts = {box.standardButton(b): b.text() for b in box.buttons()}
    assert texts[buttons.Close] == "Schliessen" and texts[buttons.Cancel] == "Abbrechen"
    assert not [t for t in texts.values() if "ß" in t]
    message = QMessageBox(QMessageBox.Icon.Question, "Cordée", "?", QMessageBox.StandardButton.Close)
    qtbot.addWidget(message)
    assert message.button(QMessageBox.StandardButton.Close).text() == "Schliessen"
    for context, source, swiss in [("QPlatformTheme", "Close", "Schliessen"), ("QWizard", "&Finish", "Ab&schliessen"),
                                   ("QDockWidget", "Close", "Schliessen"), ("QShortcut", "Zoom In", "Vergrössern"),
                                   ("QFileSystemModel", "Size", "Grösse")]:
        assert QCoreApplication.translate(context, source) == swiss
    assert QCoreApplication.translate("QPlatformTheme", "a text no translator knows") == "a text no translator knows"
    assert messages.describe(ValidationError("birth_date", "not_a_calendar_date")) == \
        "Geburtsdatum: ist kein gültiges Kalenderdatum"
    i18n.install(source_texts_afterwards, "fr")
    box.setStandardButtons(box.standardButtons())
    assert box.button(buttons.Close).text() == "Fermer"
