"""Services raise codes, never sentences; every code has its text in French, German and English, and both the
screens and the command line say it in the user's language."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.services import errors as service_errors
from app.ui.common import i18n
from app.ui.common.errors import ERROR_TEXTS, describe

ROOT = Path(__file__).resolve().parents[2]
ERROR_CLASSES = {"CordeeError", "ValidationError", "StorageError", "AuthenticationError", "NotFoundError",
                 "TransitionError", "GuardRefusal", "CaseError", "KnowledgeError", "CatalogueImportError",
                 "ProtocolFileError", "ReferralTransitionError"}
CODE_POSITION = {  # (field, code, …); the others: (code, …)
    "ValidationError": 1,
    "TransitionError": 1,
    "GuardRefusal": 1,
    "ReferralTransitionError": 1,
    "CaseError": 1,
}
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def raised_codes() -> list[tuple[str, int, object]]:
    """(module, line, code or the node when the code is not a literal) of every error raised in app/."""
    found = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ERROR_CLASSES):
                continue
            if node.func.id in ("NotFoundError", "AccessDenied") and len(node.args) == 2:
                continue   # (entity, id): the code is not_found
            position = CODE_POSITION.get(node.func.id, 0)
            if len(node.args) <= position:
                continue   # the class's default code
            arg = node.args[position]
            code = arg.value if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else arg
            found.append((str(path.relative_to(ROOT)), node.lineno, code))
    return found


def test_services_raise_codes_that_have_texts():
    problems = []
    for module, line, code in raised_codes():
        if not isinstance(code, str):
            problems.append(f"{module}:{line}: the code is not a literal ({ast.unparse(code)})")
        elif " " in code:
            problems.append(f"{module}:{line}: a sentence instead of a code: {code!r}")
        elif code not in ERROR_TEXTS:
            problems.append(f"{module}:{line}: {code!r} has no text in app/ui/common/errors")
    assert not problems, "\n".join(problems)


def _translations(lang: str) -> dict[str, tuple[str, bool]]:
    tree = ET.parse(ROOT / "resources" / "i18n" / f"cordee_{lang}.ts")
    out = {}
    for context in tree.getroot().iter("context"):
        if context.findtext("name") != "errors":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            out[message.findtext("source")] = (translation.text or "", translation.get("type") is None)
    return out


@pytest.mark.parametrize("lang", ["fr", "de", "en"])
def test_every_code_is_translated_with_the_same_placeholders(lang):
    translations = _translations(lang)
    missing = []
    for code, source in ERROR_TEXTS.items():
        text, finished = translations.get(source, ("", False))
        if not finished or not text:
            missing.append(f"{code}: {source!r} is not translated in cordee_{lang}.ts")
        elif set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
            missing.append(f"{code}: the {lang} text has other placeholders than {source!r}")
    assert not missing, "\n".join(missing)


def sample_error(code: str) -> service_errors.CordeeError:
    """An error of this code with a value for each placeholder of its text."""
    params = {}
    for name in PLACEHOLDER.findall(ERROR_TEXTS[code]):
        params[name] = {"changed_at": datetime(2026, 12, 7, 9, 30, tzinfo=UTC), "entity": "patient",
                        "day": date(2026, 12, 7)}.get(name, 7 if name in ("max", "min", "entity_id") else "X")
    return service_errors.ValidationError("family_name", code, **params)


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_the_screens_say_every_code_in_the_users_language(qapp, lang):
    i18n.install(qapp, "en")
    english = {code: describe(sample_error(code)) for code in ERROR_TEXTS}
    i18n.install(qapp, lang)
    try:
        same = [f"{code}: {english[code]}" for code in ERROR_TEXTS
                if describe(sample_error(code)) == english[code]]
        leftovers = [code for code in ERROR_TEXTS if "{" in describe(sample_error(code))]
    finally:
        i18n.install(qapp, "en")
    assert not leftovers
    assert not same, "still English:\n" + "\n".join(same)


@pytest.mark.parametrize("lang, expected", [("fr", "Nom de famille"), ("de", "Nachname")])
def test_the_command_line_says_every_code_in_its_language(qapp, lang, expected):
    script = (
        "import sys\n"
        "from app.cli.main import report\n"
        "from app.ui.common.errors import ERROR_TEXTS\n"
        "from tests.architecture.test_error_codes import sample_error\n"
        "for code in sorted(ERROR_TEXTS):\n"
        "    report(sample_error(code))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT,
                         env={"CORDEE_LANG": lang, "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    lines = out.stderr.splitlines()
    assert out.returncode == 0 and len(lines) == len(ERROR_TEXTS), out.stderr[-2000:]
    assert all(re.match(rf"cordee: {expected}\s?: ", line) for line in lines), "\n".join(lines[:5])
    i18n.install(qapp, "en")
    english = {describe(sample_error(code)) for code in ERROR_TEXTS}
    assert not [line for line in lines if line.removeprefix("cordee: ") in english]
