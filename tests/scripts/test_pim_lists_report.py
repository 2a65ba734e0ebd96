"""The coverage of the lists for older people (docs/pim-lists.md) is computed from elderly.json and kept current;
scripts/stopp_v3_check.py checks the STOPP items against the appendix text (here a text made for the test)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_coverage_block_is_current():
    result = subprocess.run([sys.executable, "scripts/pim_lists_report.py", "--check"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "STOPP/START v3: 93/133" in result.stdout and "Laroche: 0/36" in result.stdout
    doc = (ROOT / "docs" / "pim-lists.md").read_text(encoding="utf-8")
    assert "| STOPP/START v3 | 133 | **93** |" in doc


def _appendix(sections: dict[str, int], drop: str | None = None) -> str:
    """An appendix-shaped text (placeholder words, not the criteria): STOPP sections, then a START part that must be
    ignored."""
    lines = ["Appendix 1", "Screening Tool of Older Persons' Prescriptions (STOPP) version 3.", ""]
    for sec, n in sections.items():
        lines.append(f"Section {sec}: placeholder")
        for i in range(1, n + 1):
            if f"{sec}{i}" != drop:
                lines += [f"{i}. placeholder criterion {sec}{i} (reason", "continued on a second line)."]
    lines += ["", "Screening Tool to Alert to Right Treatment (START), version 3.", "Section A: placeholder",
              "1. placeholder", "2. placeholder"]
    return "\n".join(lines)


def _check(tmp_path, text):
    path = tmp_path / "appendix.txt"
    path.write_text(text, encoding="utf-8")
    return subprocess.run([sys.executable, "scripts/stopp_v3_check.py", str(path)], cwd=ROOT,
                          capture_output=True, text=True)


def test_the_stopp_check_accepts_the_right_counts_and_refuses_a_missing_criterion(tmp_path):
    data = json.loads((ROOT / "resources" / "knowledge" / "elderly.json").read_text(encoding="utf-8"))
    sections = data["lists"]["STOPP-V3"]["items_by_section"]
    ok = _check(tmp_path, _appendix(sections))
    assert ok.returncode == 0, ok.stderr
    assert "STOPP criteria in the appendix: 133; encoded: 93" in ok.stdout
    assert "K: 12 criteria, not encoded: K3" in ok.stdout
    missing = _check(tmp_path, _appendix(sections, drop="E10"))
    assert missing.returncode == 1
    assert "criteria per section" in missing.stderr
