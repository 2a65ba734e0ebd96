"""docs/hand-written-rules.md lists every hand-written rule of the knowledge pack as the data holds it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_list_is_current_and_names_every_rule():
    result = subprocess.run([sys.executable, "scripts/hand_rules_report.py", "--check"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    doc = (ROOT / "docs" / "hand-written-rules.md").read_text(encoding="utf-8")
    for name in ("interactions.json", "renal.json", "drug_disease.json", "duplication.json", "elderly.json"):
        for rule in json.loads((ROOT / "resources" / "knowledge" / name).read_text(encoding="utf-8"))["rules"]:
            assert f"| {rule['id']} |" in doc, rule["id"]
