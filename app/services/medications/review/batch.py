"""`cordee review --input FILE [--output FILE]`: review cases from a JSON or JSON Lines file."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from .engine import review
from .knowledge import KnowledgeError, load_knowledge
from .parsing import CaseError, case_id_of, parse_case

EXIT_OK, EXIT_INPUT, EXIT_KNOWLEDGE = 0, 2, 3


def review_case(raw: Any, kb=None) -> dict[str, Any]:
    """Result object for one raw case: {'id', 'findings'} or {'id', 'error'}."""
    try:
        case = parse_case(raw)
    except CaseError as exc:
        return {"id": case_id_of(raw), "error": str(exc)}
    try:
        findings = review(case.patient, case.medications, lang=case.lang, knowledge=kb)
    except Exception as exc:  # one faulty case must not stop a batch of thousands
        return {"id": case.id, "error": f"review: internal error ({type(exc).__name__}: {exc})"}
    return {"id": case.id, "findings": [f.to_dict() for f in findings]}


def _jsonl_cases(text: str) -> Iterator[tuple[int, Any]]:
    for lineno, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                yield lineno, json.loads(line)
            except json.JSONDecodeError as exc:
                yield lineno, CaseError(f"line {lineno}", f"invalid JSON ({exc.msg})")


def _detect(text: str) -> tuple[str, Any]:
    """('single', obj), ('array', list) or ('lines', None)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return "lines", None
    return ("array", data) if isinstance(data, list) else ("single", data)


def run_review_file(input_path: str, output_path: str | None, stdout: TextIO) -> int:
    """Review every case of input_path; write JSON (single case/array) or JSON Lines in input order.

    Returns 0 when the file was processed (malformed cases become error lines), 2 when the input
    cannot be read or the output cannot be written, 3 when the knowledge pack is broken.
    """
    try:
        with open(input_path, encoding="utf-8-sig") as fh:
            text = fh.read()
    except FileNotFoundError:
        print(f"cordee review: input file not found: {input_path}", file=sys.stderr)
        return EXIT_INPUT
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        print(f"cordee review: cannot read input file {input_path}: {reason}", file=sys.stderr)
        return EXIT_INPUT
    try:
        kb = load_knowledge()
    except KnowledgeError as exc:
        print(f"cordee review: knowledge pack error: {exc}", file=sys.stderr)
        return EXIT_KNOWLEDGE
    mode, data = _detect(text)
    if mode == "single":
        body = json.dumps(review_case(data, kb), ensure_ascii=False, indent=2) + "\n"
    elif mode == "array":
        body = json.dumps([review_case(c, kb) for c in data], ensure_ascii=False, indent=2) + "\n"
    else:
        lines = []
        for _, raw in _jsonl_cases(text):
            result = {"id": None, "error": str(raw)} if isinstance(raw, CaseError) else review_case(raw, kb)
            lines.append(json.dumps(result, ensure_ascii=False))
        body = "".join(line + "\n" for line in lines)
    if output_path is None:
        stdout.write(body)
        return EXIT_OK
    try:
        with open(output_path, "w", encoding="utf-8") as fh:
            fh.write(body)
    except OSError as exc:
        print(f"cordee review: cannot write output file {output_path}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_INPUT
    return EXIT_OK
