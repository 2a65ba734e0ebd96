"""`cordee review --input FILE [--output FILE]`: review cases from a JSON or JSON Lines file.

A malformed case does not stop the batch: its result says where it is (``line`` in a JSON Lines file, ``case``
number in a JSON array), the ``field`` (its JSON path in the case), the error ``code`` with its ``params``, and
``error``: the same in one sentence, as the caller's ``say`` writes it (the command line: in its language).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from typing import Any, TextIO

from app.services.errors import CordeeError

from .engine import review
from .knowledge import KnowledgeError, load_knowledge
from .parsing import CaseError, case_id_of, parse_case

EXIT_OK, EXIT_INPUT, EXIT_KNOWLEDGE = 0, 2, 3

Say = Callable[..., str]
"""say(error, line=…, case=…) → one sentence: the error, with where it is when a place is given."""


def plain(exc: CordeeError, **place) -> str:
    """The error as codes (for logs and scripts that run without the translations)."""
    where = ", ".join(f"{name} {value}" for name, value in place.items())
    return f"{where}: {exc}" if where else str(exc)


def review_case(raw: Any, kb=None, say: Say = plain, **place) -> dict[str, Any]:
    """Result object for one raw case: {'id', 'findings'}, or {'id', <place>, 'field', 'code', 'params', 'error'}."""
    try:
        case = parse_case(raw)
    except CaseError as exc:
        return error_result(case_id_of(raw), exc, say, **place)
    try:
        findings = review(case.patient, case.medications, lang=case.lang, knowledge=kb)
    except Exception as exc:  # one faulty case must not stop a batch of thousands
        failed = CaseError("case", "medications.case_review_failed", reason=f"{type(exc).__name__}: {exc}")
        return error_result(case.id, failed, say, **place)
    return {"id": case.id, "findings": [f.to_dict() for f in findings]}


def error_result(case_id: Any, exc: CaseError, say: Say = plain, **place) -> dict[str, Any]:
    """The result line of a case that could not be reviewed."""
    params = json.loads(json.dumps(exc.params, default=str))
    return {"id": case_id, **place, "field": exc.field, "code": exc.code, "params": params,
            "error": say(exc, **place)}


def _jsonl_cases(text: str) -> Iterator[tuple[int, Any]]:
    for lineno, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                yield lineno, json.loads(line)
            except json.JSONDecodeError as exc:
                yield lineno, CaseError("case", "medications.case_bad_json", column=exc.colno, reason=exc.msg)


def _detect(text: str) -> tuple[str, Any]:
    """('single', obj), ('array', list) or ('lines', None)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return "lines", None
    return ("array", data) if isinstance(data, list) else ("single", data)


def run_review_file(input_path: str, output_path: str | None, stdout: TextIO, err: TextIO | None = None,
                    say: Say = plain) -> int:
    """Review every case of input_path; write JSON (single case/array) or JSON Lines in input order.

    Returns 0 when the file was processed (malformed cases become error results), 2 when the input
    cannot be read or the output cannot be written, 3 when the knowledge pack is broken; then one line on ``err``
    (standard error by default).
    """
    err = err or sys.stderr
    try:
        with open(input_path, encoding="utf-8-sig") as fh:
            text = fh.read()
    except FileNotFoundError:
        print(f"cordee review: {say(CordeeError('medications.review_input_missing', path=input_path))}", file=err)
        return EXIT_INPUT
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        failed = CordeeError("medications.review_input_unreadable", path=input_path, reason=reason)
        print(f"cordee review: {say(failed)}", file=err)
        return EXIT_INPUT
    try:
        kb = load_knowledge()
    except KnowledgeError as exc:
        print(f"cordee review: {say(exc)}", file=err)
        return EXIT_KNOWLEDGE
    mode, data = _detect(text)
    if mode == "single":
        body = json.dumps(review_case(data, kb, say, case=1), ensure_ascii=False, indent=2) + "\n"
    elif mode == "array":
        body = json.dumps([review_case(c, kb, say, case=i) for i, c in enumerate(data, start=1)],
                          ensure_ascii=False, indent=2) + "\n"
    else:
        lines = []
        for lineno, raw in _jsonl_cases(text):
            result = (error_result(None, raw, say, line=lineno) if isinstance(raw, CaseError)
                      else review_case(raw, kb, say, line=lineno))
            lines.append(json.dumps(result, ensure_ascii=False))
        body = "".join(line + "\n" for line in lines)
    if output_path is None:
        stdout.write(body)
        return EXIT_OK
    try:
        with open(output_path, "w", encoding="utf-8") as fh:
            fh.write(body)
    except OSError as exc:
        failed = CordeeError("medications.review_output_unwritable", path=output_path, reason=exc.strerror or str(exc))
        print(f"cordee review: {say(failed)}", file=err)
        return EXIT_INPUT
    return EXIT_OK
