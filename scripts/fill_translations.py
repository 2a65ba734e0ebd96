#!/usr/bin/env python3
"""Helpers of ``scripts/update_translations.sh`` (and of ``tests/ui/test_i18n.py``).

    aliases OUT.py        write the texts that lupdate cannot see (``tr = self.tr`` then ``tr("…")``,
                          ``tr = QCoreApplication.translate``, ``w, tr = self, self.tr``, ``wizard.tr("…")`` on an
                          annotated parameter or a receiver of KNOWN_RECEIVERS, ``_tr("…")`` through a module function
                          that returns ``QCoreApplication.translate("Context", text)``)
                          as ``QT_TRANSLATE_NOOP(context, text)`` lines, with the context Qt looks up at run time
    clean TS…             drop the messages lupdate misread at those call sites (empty or wrong context)
    fill TS…              put the translations of ``scripts/translation_table.py`` into messages that are still
                          unfinished (never overwrites a finished translation unless --force); English gets the
                          source text
    report TS…            count finished / unfinished messages per file (exit status 1 if any is unfinished)

The .ts files are the reference for translations: a translator may also finish them with Qt Linguist.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "app" / "ui"
I18N_DIR = ROOT / "resources" / "i18n"
ALIASES_FILE = I18N_DIR / "aliased_strings.py"


# -- texts behind aliases ---------------------------------------------------------------------------------------
@dataclass
class AliasScan:
    strings: list[tuple[str, str, str, int]] = field(default_factory=list)  # context, source, file, line
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)    # file -> [(first, last line)]
    receivers: set[str] = field(default_factory=set)                         # wrong contexts lupdate may use


def _text(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _annotation_class(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.split(".")[-1].strip("'\" ")
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


# ``x.tr("…")`` on a name that is neither ``self`` nor an annotated parameter: the class of the object at run time
# (PySide looks the text up under the object's class name, then its base classes). Better: annotate the parameter.
KNOWN_RECEIVERS: dict[tuple[str, str], str] = {
    ("plan_history.py", "window"): "MainWindow",    # install_review_list(window): the main window
    ("raise_dialog.py", "view"): "FindingsView",   # install_raise_alert: view = tab.findings
}


def _wrappers(tree: ast.Module) -> dict[str, str]:
    """Module functions ``def _tr(text): return QCoreApplication.translate("Context", text)`` -> {name: context}."""
    found = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        param = node.args.args[0].arg
        for ret in ast.walk(node):
            call = ret.value if isinstance(ret, ast.Return) else None
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "translate" \
                    and len(call.args) >= 2 and _text(call.args[0]) is not None \
                    and isinstance(call.args[1], ast.Name) and call.args[1].id == param:
                found[node.name] = _text(call.args[0])
    return found


def _constants(tree: ast.Module) -> dict[str, ast.AST]:
    """Module-level ``NAME = (…)`` assignments (for ``for a, text, b in NAME: _tr(text)``)."""
    return {t.id: node.value for node in tree.body if isinstance(node, ast.Assign)
            for t in node.targets if isinstance(t, ast.Name)}


def scan_aliases(files: list[Path]) -> AliasScan:
    scan = AliasScan()
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        _scan_node(tree, None, path, scan)
        _scan_wrappers(tree, path, scan)
    return scan


def _scan_wrappers(tree: ast.Module, path: Path, scan: AliasScan) -> None:
    wrappers = _wrappers(tree)
    if not wrappers:
        return
    constants = _constants(tree)
    for node in ast.walk(tree):   # entries = [e for e in ENTRIES if …]: a filtered module constant
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
                and isinstance(node.value, (ast.ListComp, ast.GeneratorExp)) and len(node.value.generators) == 1:
            gen = node.value.generators[0]
            if isinstance(gen.iter, ast.Name) and gen.iter.id in constants and isinstance(node.value.elt, ast.Name) \
                    and isinstance(gen.target, ast.Name) and gen.target.id == node.value.elt.id:
                constants.setdefault(node.targets[0].id, constants[gen.iter.id])
    loops: dict[str, list[str]] = {}   # loop variable -> the texts it takes from a module constant
    for node in ast.walk(tree):
        if isinstance(node, ast.For) and isinstance(node.iter, ast.Name) and node.iter.id in constants \
                and isinstance(node.target, ast.Tuple) and isinstance(constants[node.iter.id], (ast.Tuple, ast.List)):
            for i, elt in enumerate(node.target.elts):
                if isinstance(elt, ast.Name):
                    texts = [_text(row.elts[i]) for row in constants[node.iter.id].elts
                             if isinstance(row, (ast.Tuple, ast.List)) and i < len(row.elts)]
                    if texts and all(t is not None for t in texts):
                        loops[elt.id] = texts
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in wrappers and node.args:
            arg = node.args[0]
            texts = [_text(arg)] if _text(arg) is not None else loops.get(arg.id, []) if isinstance(arg, ast.Name) else []
            for text in texts:
                scan.strings.append((wrappers[node.func.id], text, str(path), node.lineno))


def _scan_node(node: ast.AST, cls: str | None, path: Path, scan: AliasScan) -> None:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.ClassDef):
            _scan_node(child, child.name, path, scan)
        elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
            _scan_function(child, cls, path, scan)
            _scan_node(child, cls, path, scan)
        else:
            _scan_node(child, cls, path, scan)


def _scan_function(func: ast.FunctionDef, cls: str | None, path: Path, scan: AliasScan) -> None:
    aliases: dict[str, str] = {}  # local name -> "self" | "translate"
    for node in ast.walk(func):
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
            continue
        target = node.targets[0]
        pairs = [(target, node.value)]
        if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple) \
                and len(target.elts) == len(node.value.elts):   # w, tr = self, self.tr
            pairs = list(zip(target.elts, node.value.elts))
        for name, value in pairs:
            if not (isinstance(name, ast.Name) and isinstance(value, ast.Attribute)):
                continue
            if value.attr == "tr" and isinstance(value.value, ast.Name) and value.value.id == "self" and cls:
                aliases[name.id] = "self"
            elif value.attr == "translate" and isinstance(value.value, ast.Name) \
                    and value.value.id in ("QCoreApplication", "QApplication", "QGuiApplication"):
                aliases[name.id] = "translate"
    annotated = {a.arg: _annotation_class(a.annotation) for a in func.args.args + func.args.kwonlyargs}
    for node in ast.walk(func):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        context = source = None
        if isinstance(node.func, ast.Name) and node.func.id in aliases:
            if aliases[node.func.id] == "self":
                context, source = cls, _text(node.args[0])
            elif len(node.args) >= 2:
                context, source = _text(node.args[0]), _text(node.args[1])
            scan.receivers.add(node.func.id)
        elif isinstance(node.func, ast.Attribute) and node.func.attr == "tr" \
                and isinstance(node.func.value, ast.Name) and node.func.value.id != "self" \
                and (annotated.get(node.func.value.id) or (path.name, node.func.value.id) in KNOWN_RECEIVERS):
            receiver = node.func.value.id
            context, source = annotated.get(receiver) or KNOWN_RECEIVERS[(path.name, receiver)], _text(node.args[0])
            scan.receivers.add(receiver)
        if context and source is not None:
            scan.strings.append((context, source, str(path), node.lineno))
            scan.spans.setdefault(str(path.resolve()), []).append((node.lineno, node.end_lineno or node.lineno))


def write_aliases(scan: AliasScan, out: Path) -> None:
    lines = ['"""Generated by scripts/update_translations.sh (scripts/fill_translations.py aliases): do not edit.',
             "",
             "Texts that app/ui translates through a local alias (``tr = self.tr``, ``tr = QCoreApplication.translate``,",
             "``wizard.tr``), which lupdate cannot follow; listed here with the context Qt looks up at run time.",
             '"""', "", "from PySide6.QtCore import QT_TRANSLATE_NOOP", "", "TEXTS = ["]
    seen = set()
    for context, source, file, line in sorted(scan.strings, key=lambda s: (s[2], s[3])):
        if (context, source) in seen:
            continue
        seen.add((context, source))
        where = Path(file).resolve().relative_to(ROOT) if Path(file).resolve().is_relative_to(ROOT) else file
        lines.append(f"    QT_TRANSLATE_NOOP({context!r}, {source!r}),  # {where}:{line}")
    lines += ["]", ""]
    out.write_text("\n".join(lines), encoding="utf-8")


# -- .ts files --------------------------------------------------------------------------------------------------
def read_ts(path: Path) -> ET.ElementTree:
    return ET.parse(path)


def _escape(text: str) -> str:
    """Escape as lupdate does, so that a round trip through this script and lupdate changes nothing."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    """Write the .ts in lupdate's own layout (contexts at column 0, messages indented by four)."""
    root = tree.getroot()
    attrs = "".join(f' {k}="{_escape(v)}"' for k, v in root.attrib.items())
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{attrs}>"]
    for ctx in root.findall("context"):
        out += ["<context>", f"    <name>{_escape(ctx.findtext('name') or '')}</name>"]
        for msg in ctx.findall("message"):
            mattrs = "".join(f' {k}="{_escape(v)}"' for k, v in msg.attrib.items())
            out.append(f"    <message{mattrs}>")
            for child in msg:
                cattrs = "".join(f' {k}="{_escape(v)}"' for k, v in child.attrib.items())
                if child.tag == "location":
                    out.append(f"        <location{cattrs}/>")
                elif len(child):  # numerus forms
                    out.append(f"        <{child.tag}{cattrs}>")
                    out += [f"            <numerusform>{_escape(n.text or '')}</numerusform>" for n in child]
                    out.append(f"        </{child.tag}>")
                else:
                    out.append(f"        <{child.tag}{cattrs}>{_escape(child.text or '')}</{child.tag}>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def messages(tree: ET.ElementTree):
    """(context element, context name, message element) for every message."""
    for ctx in tree.getroot().findall("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            yield ctx, name, msg


def clean(ts_path: Path, scan: AliasScan) -> int:
    """Drop the messages lupdate read at alias call sites with a wrong context; returns how many."""
    tree = read_ts(ts_path)
    wrong = {"", "QCoreApplication"} | scan.receivers
    dropped = 0
    for ctx, name, msg in list(messages(tree)):
        if name not in wrong:
            continue
        locations = [((ts_path.parent / loc.get("filename", "")).resolve(), int(loc.get("line", "0")))
                     for loc in msg.findall("location")]
        if locations and all(any(a <= line <= b for a, b in scan.spans.get(str(f), [])) for f, line in locations):
            ctx.remove(msg)
            dropped += 1
    for ctx in list(tree.getroot().findall("context")):
        if not ctx.findall("message"):
            tree.getroot().remove(ctx)
    write_ts(tree, ts_path)
    return dropped


def language_of(ts_path: Path) -> str:
    return ts_path.stem.rsplit("_", 1)[-1]


def fill(ts_path: Path, force: bool = False) -> tuple[int, list[tuple[str, str]]]:
    """Fill unfinished messages from the table; returns (filled, [(context, source) still missing])."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from translation_table import lookup, lookup_plural

    language = language_of(ts_path)
    tree = read_ts(ts_path)
    filled, missing = 0, []
    for _ctx, name, msg in messages(tree):
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        if tr.get("type") in ("vanished", "obsolete"):
            continue
        if tr.get("type") != "unfinished" and (tr.text or "") and not force:
            continue
        source = msg.findtext("source") or ""
        if msg.get("numerus") == "yes":   # counts: one form per plural class of the language
            forms = lookup_plural(language, source)
            if forms is None:
                missing.append((name, source))
                continue
            for old in list(tr):
                tr.remove(old)
            tr.text = None
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            text = lookup(language, name, source)
            if text is None:
                missing.append((name, source))
                continue
            tr.text = text
        tr.attrib.pop("type", None)
        filled += 1
    write_ts(tree, ts_path)
    return filled, missing


def report(ts_path: Path) -> tuple[int, int]:
    done = todo = 0
    for _ctx, _name, msg in messages(read_ts(ts_path)):
        tr = msg.find("translation")
        forms = [] if tr is None else ([n.text or "" for n in tr.findall("numerusform")] or [tr.text or ""])
        if tr is None or tr.get("type") or not all(forms):
            todo += 1
        else:
            done += 1
    return done, todo


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, args = argv[0], argv[1:]
    if command == "aliases":
        out = Path(args[0]) if args else ALIASES_FILE
        write_aliases(scan_aliases(sorted(UI_DIR.rglob("*.py"))), out)
        return 0
    if command == "clean":
        scan = scan_aliases(sorted(UI_DIR.rglob("*.py")))
        for ts in args:
            n = clean(Path(ts), scan)
            if n:
                print(f"{ts}: dropped {n} message(s) misread at alias call sites")
        return 0
    if command == "fill":
        force = "--force" in args
        status = 0
        for ts in [a for a in args if a != "--force"]:
            filled, missing = fill(Path(ts), force)
            print(f"{ts}: {filled} filled, {len(missing)} without a translation")
            for name, source in missing:
                print(f"    [{name}] {source!r}")
            status |= bool(missing)
        return status
    if command == "report":
        status = 0
        for ts in args:
            done, todo = report(Path(ts))
            print(f"{ts}: {done} finished, {todo} unfinished")
            status |= bool(todo)
        return status
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
