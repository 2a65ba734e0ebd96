#!/usr/bin/env python3
"""Work on the translation files (resources/i18n/cordee_*.ts), which are the one place of Cordée's translations.

    ts_tool.py fill FILE.json …        put translations into messages that lupdate has added (run
                                      scripts/update_translations.sh first). Each file is a list of
                                      {"context": …, "source": …, "fr": …, "de": …} (English = the source unless
                                      "en" is given); plural sources take lists of forms. Finished translations
                                      are replaced only with --force.
    ts_tool.py absorb OTHER.ts TARGET.ts [--base BASE.ts]
                                      copy OTHER's finished translations into TARGET's unfinished messages of the
                                      same context and source (after a merge: lupdate, then absorb both sides);
                                      with the merge base's file, also the translations OTHER changed where
                                      TARGET still has the base's.
    ts_tool.py reuse TARGET.ts [DONOR.ts]
                                      fill an unfinished message from a finished one with the same source text in
                                      another context (a text that moved to another class), found in TARGET or in
                                      DONOR (a copy of the file from before lupdate dropped the old context).
    ts_tool.py check                  list the unfinished messages of each file; exit 1 if French or German has
                                      any (an unfinished English message shows its source text, which is English).

A plain space before : ; ? ! becomes a no-break space in French when filled.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

I18N = Path(__file__).resolve().parents[1] / "resources" / "i18n"
LANGS = ("fr", "de", "en")


def _load(path: Path) -> ET.ElementTree:
    return ET.parse(path)


def _save(tree: ET.ElementTree, path: Path) -> None:
    """Write in lupdate's own layout (whitespace as parsed, &apos;, &#xa0;, <x/>): a fill changes only its lines."""
    body = ET.tostring(tree.getroot(), encoding="unicode").replace("'", "&apos;").replace("\u00a0", "&#xa0;")
    body = re.sub(r"<(translation|numerusform)([^>]*) />", r"<\1\2></\1>", body).replace(" />", "/>")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def _messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform")
    return all(f.text for f in forms) if forms else bool(translation.text)


def _set(message: ET.Element, value: str | list[str], lang: str) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
        translation.tail = "\n    "
    translation.attrib.pop("type", None)
    for form in list(translation):
        translation.remove(form)
    if message.get("numerus") == "yes":
        translation.text = "\n            "
        forms = value if isinstance(value, list) else [value]
        for i, form in enumerate(forms):
            element = ET.SubElement(translation, "numerusform")
            element.text = _typography(form, lang)
            element.tail = "\n        " if i == len(forms) - 1 else "\n            "
    else:
        translation.text = _typography(value if isinstance(value, str) else value[0], lang)


def _typography(text: str, lang: str) -> str:
    return re.sub(r" ([:;?!])", "\u00a0\\1", text) if lang == "fr" else text


def _copy(source: ET.Element, target: ET.Element) -> None:
    old = target.find("translation")
    tail = old.tail if old is not None else "\n    "
    if old is not None:
        target.remove(old)
    copied = ET.fromstring(ET.tostring(source.find("translation")))
    copied.tail = tail
    target.append(copied)


def fill(files: list[str], force: bool = False) -> int:
    entries = [e for f in files for e in json.loads(Path(f).read_text(encoding="utf-8"))]
    wanted = {(e["context"], e["source"]): e for e in entries}
    missing = set(wanted)
    for lang in LANGS:
        path = I18N / f"cordee_{lang}.ts"
        tree = _load(path)
        for context, message in _messages(tree):
            entry = wanted.get((context, message.findtext("source")))
            if entry is None:
                continue
            missing.discard((context, message.findtext("source")))
            if force or not _finished(message):
                _set(message, entry.get(lang, entry["source"]), lang)
        _save(tree, path)
    for context, source in sorted(missing):
        print(f"not in the .ts files (run update_translations.sh first?): {context} | {source}")
    return 1 if missing else 0


def _translation(message: ET.Element | None) -> str | None:
    return None if message is None else ET.tostring(message.find("translation"), encoding="unicode").strip()


def absorb(other: str, target: str, base: str | None = None) -> int:
    donor = {(c, m.findtext("source")): m for c, m in _messages(_load(Path(other))) if _finished(m)}
    before = {(c, m.findtext("source")): m for c, m in _messages(_load(Path(base)))} if base else {}
    tree = _load(Path(target))
    count = 0
    for context, message in _messages(tree):
        key = (context, message.findtext("source"))
        found = donor.get(key)
        if found is None:
            continue
        changed_there = key in before and _translation(found) != _translation(before[key]) \
            and _translation(message) == _translation(before[key])
        if not _finished(message) or changed_there:
            _copy(found, message)
            count += 1
    _save(tree, Path(target))
    print(f"{target}: {count} translation(s) taken from {other}")
    return 0


def reuse(target: str, donor: str | None = None) -> int:
    tree = _load(Path(target))
    by_source = {}
    for _context, message in list(_messages(tree)) + (list(_messages(_load(Path(donor)))) if donor else []):
        if _finished(message):
            by_source.setdefault((message.findtext("source"), message.get("numerus")), message)
    count = 0
    for _context, message in _messages(tree):
        found = by_source.get((message.findtext("source"), message.get("numerus")))
        if found is not None and not _finished(message):
            _copy(found, message)
            count += 1
    _save(tree, Path(target))
    print(f"{target}: {count} translation(s) reused from other contexts")
    return 0


def check() -> int:
    bad = 0
    for lang in LANGS:
        unfinished = [(c, m.findtext("source")) for c, m in _messages(_load(I18N / f"cordee_{lang}.ts"))
                      if not _finished(m)]
        for context, source in unfinished:
            print(f"cordee_{lang}.ts unfinished: {context} | {source}")
        bad += len(unfinished) if lang != "en" else 0
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, args = argv[0], argv[1:]
    if command == "fill":
        force = "--force" in args
        return fill([a for a in args if a != "--force"], force)
    if command == "absorb" and len(args) == 4 and args[2] == "--base":
        return absorb(args[0], args[1], args[3])
    if command == "absorb" and len(args) == 2:
        return absorb(*args)
    if command == "reuse" and len(args) in (1, 2):
        return reuse(*args)
    if command == "check":
        return check()
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
