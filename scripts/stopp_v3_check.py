"""Check the STOPP v3 items of resources/knowledge/elderly.json against the published supplement.

Usage: python scripts/stopp_v3_check.py APPENDIX.pdf|APPENDIX.txt

APPENDIX is Appendix 1 of O'Mahony D et al., Eur Geriatr Med 2023;14:625-632 (the supplementary material: STOPP
then START, 15 pages), as a PDF (read with poppler's ``pdftotext -layout``) or as that text. The file is not kept in
the repository (the criteria are restated in our words, the table is not reproduced); its SHA-256 is printed and
recorded in docs/pim-lists.md.

Checks: the STOPP part has, per section, the number of criteria that ``items_by_section`` of the STOPP-V3 list says
(133 in all), and every STOPP rule of elderly.json names criteria that exist. Prints, per criterion, whether it is
encoded. Exit 1 on any difference.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "resources" / "knowledge" / "elderly.json"
SECTION = re.compile(r"^\s*Section ([A-M])[:.]")
CRITERION = re.compile(r"^\s*(\d{1,2})\.\s+\S")


def appendix_text(path: Path) -> str:
    if path.suffix.lower() == ".pdf":
        return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                              text=True).stdout
    return path.read_text(encoding="utf-8")


def stopp_criteria(text: str) -> dict[str, list[int]]:
    """The STOPP criteria numbers per section, in the order of the text (the START part, after the
    "Screening Tool to Alert to Right Treatment" title, is left out)."""
    stopp = re.split(r"Screening Tool to Alert to Right Treatment", text, maxsplit=1)[0]
    found: dict[str, list[int]] = {}
    section = None
    for line in stopp.splitlines():
        m = SECTION.match(line)
        if m:
            section = m.group(1)
            found.setdefault(section, [])
            continue
        m = CRITERION.match(line)
        if section and m:
            number = int(m.group(1))
            expected = len(found[section]) + 1
            if number == expected:   # a numbered line that continues the section's sequence
                found[section].append(number)
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    path = Path(argv[0])
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    found = stopp_criteria(appendix_text(path))
    data = json.loads(DATA.read_text(encoding="utf-8"))
    spec = data["lists"]["STOPP-V3"]
    expected = spec["items_by_section"]
    errors = []
    counts = {sec: len(nums) for sec, nums in found.items()}
    if counts != expected:
        errors.append(f"criteria per section: appendix {counts}, elderly.json {expected}")
    exists = {f"{sec}{n}" for sec, nums in found.items() for n in nums}
    encoded = set()
    for rule in data["rules"]:
        if rule["list"] != "STOPP-V3":
            continue
        for part in rule["item"].split(","):
            token = part.strip().split()[-1]
            if token not in exists:
                errors.append(f"{rule['id']}: {token} is not a STOPP criterion of the appendix")
            encoded.add(token)
    print(f"appendix sha256 {digest}")
    print(f"STOPP criteria in the appendix: {sum(counts.values())}; encoded: {len(encoded & exists)}")
    for sec, nums in found.items():
        left = [f"{sec}{n}" for n in nums if f"{sec}{n}" not in encoded]
        print(f"  {sec}: {len(nums)} criteria, not encoded: {', '.join(left) or '-'}")
    for e in errors:
        print(f"ERROR {e}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
