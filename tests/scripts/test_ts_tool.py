"""scripts/ts_tool.py absorb after a merge: the other side's new translations fill ours, and with the merge base
its changed translations replace ours where ours kept the base's (a change on our side wins)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _ts(path: Path, messages: dict[str, str | None]) -> Path:
    body = "".join(
        f"    <message>\n        <source>{src}</source>\n        "
        + (f"<translation>{tr}</translation>" if tr else '<translation type="unfinished"></translation>')
        + "\n    </message>\n" for src, tr in messages.items())
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fr_FR">\n'
                    f"<context>\n    <name>C</name>\n{body}</context>\n</TS>\n", encoding="utf-8")
    return path


def _absorb(*args: Path | str) -> None:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "ts_tool.py"), "absorb", *map(str, args)], check=True,
                   capture_output=True)


def _translations(path: Path) -> dict[str, str]:
    import xml.etree.ElementTree as ET

    return {m.findtext("source"): m.findtext("translation") or "" for m in ET.parse(path).iter("message")}


def test_absorb_with_the_base_takes_their_changes_and_keeps_ours(tmp_path):
    base = _ts(tmp_path / "base.ts", {"Birth date": "Date de naissance", "Sex": "Sexe", "Name": "Nom"})
    theirs = _ts(tmp_path / "theirs.ts", {"Birth date": "Naissance", "Sex": "Sexe", "Name": "Nom de famille",
                                          "New": "Nouveau"})
    ours = _ts(tmp_path / "ours.ts", {"Birth date": "Date de naissance", "Sex": "Genre", "Name": "Nom",
                                      "New": None})
    _absorb(theirs, ours, "--base", base)
    assert _translations(ours) == {"Birth date": "Naissance", "Sex": "Genre", "Name": "Nom de famille",
                                   "New": "Nouveau"}


def test_absorb_without_the_base_fills_only_unfinished_messages(tmp_path):
    theirs = _ts(tmp_path / "theirs.ts", {"Birth date": "Naissance", "New": "Nouveau"})
    ours = _ts(tmp_path / "ours.ts", {"Birth date": "Date de naissance", "New": None})
    _absorb(theirs, ours)
    assert _translations(ours) == {"Birth date": "Date de naissance", "New": "Nouveau"}
