"""Write docs/max-doses.md from resources/knowledge/max_doses.json (``--check``: fail when the copy is stale)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.services.medications.review.max_doses import MAX_DOSES_FILE, render_report  # noqa: E402

DOC = ROOT / "docs" / "max-doses.md"


def main(argv: list[str]) -> int:
    data = json.loads((ROOT / "resources" / "knowledge" / MAX_DOSES_FILE).read_text(encoding="utf-8"))
    text = render_report(data)
    if "--check" in argv:
        current = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
        if current != text:
            print(f"{DOC} is stale: run python scripts/max_doses_report.py", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(text, encoding="utf-8")
    print(f"wrote {DOC}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
