"""`cordee review --input FILE [--output FILE]`: review cases from a JSON or JSON Lines file.

The input is read within bounds named in the refusal: at most ``MAX_INPUT_BYTES`` in all, ``MAX_LINE_BYTES`` per
line of a JSON Lines file, ``MAX_CASES`` cases; reading stops as soon as one is passed (an endless device such as
``/dev/zero`` costs one line's worth of memory). JSON nested too deeply for the parser is a case error. The output
is written like every export (``storage.atomic.write_export``: never into a folder, a device or through a link).

A malformed case does not stop the batch: its result says where it is (``line`` in a JSON Lines file, ``case``
number in a JSON array), the ``field`` (its JSON path in the case), the error ``code`` with its ``params``, and
``error``: the same in one sentence, as the caller's ``say`` writes it (the command line: in its language).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

from app.services.errors import CordeeError
from app.services.storage.atomic import write_export

from .engine import review
from .knowledge import KnowledgeError, load_knowledge
from .parsing import CaseError, case_id_of, parse_case

EXIT_OK, EXIT_INPUT, EXIT_KNOWLEDGE = 0, 2, 3
MAX_INPUT_BYTES = 64 * 1024 * 1024
MAX_LINE_BYTES = 1024 * 1024
MAX_CASES = 100_000
CHUNK = 1024 * 1024

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
    unknown = sorted((case.patient.pim_lists or set()) - set((kb or load_knowledge()).pim_lists))
    if unknown:
        failed = CaseError("pim_lists", "medications.case_unknown_list", value=unknown[0],
                           allowed=", ".join((kb or load_knowledge()).pim_lists))
        return error_result(case.id, failed, say, **place)
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
            except RecursionError:
                yield lineno, CaseError("case", "medications.case_too_deep")
            except ValueError:   # a whole number of more digits than Python converts (sys.get_int_max_str_digits)
                yield lineno, CaseError("case", "medications.case_number_too_long", max=sys.get_int_max_str_digits())


def _detect(text: str) -> tuple[str, Any]:
    """('single', obj), ('array', list) or ('lines', None)."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):   # not one JSON document (bad JSON, too deep, a number too long)
        return "lines", None
    return ("array", data) if isinstance(data, list) else ("single", data)


def read_input(input_path: str) -> str:
    """The input file's text, read within the bounds (a ``CordeeError`` names the one passed)."""
    chunks: list[bytes] = []
    total = line = lines_before = 0
    array = None
    try:
        with open(input_path, "rb") as fh:
            while chunk := fh.read(CHUNK):
                total += len(chunk)
                if total > MAX_INPUT_BYTES:
                    raise CordeeError("medications.review_input_too_large", path=input_path,
                                      limit_mb=MAX_INPUT_BYTES // (1024 * 1024))
                if array is None and chunk.strip():
                    array = chunk.lstrip()[:1] == b"["   # a JSON array may be one long line; JSON Lines may not
                if not array:   # every line of the chunk measured: the one it continues, whole ones, the last
                    parts = chunk.split(b"\n")
                    for index, part in enumerate(parts):
                        length = line + len(part) if index == 0 else len(part)
                        if length > MAX_LINE_BYTES:
                            raise CordeeError("medications.review_line_too_long", path=input_path,
                                              line=lines_before + index + 1, limit_kb=MAX_LINE_BYTES // 1024)
                    line = line + len(parts[0]) if len(parts) == 1 else len(parts[-1])
                    lines_before += len(parts) - 1
                chunks.append(chunk)
    except FileNotFoundError:
        raise CordeeError("medications.review_input_missing", path=input_path) from None
    except OSError as exc:
        raise CordeeError("medications.review_input_unreadable", path=input_path,
                          reason=exc.strerror or type(exc).__name__) from None
    except ValueError:   # a NUL character in the path
        raise CordeeError("medications.review_input_missing", path=input_path) from None
    try:
        return b"".join(chunks).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CordeeError("medications.review_input_unreadable", path=input_path,
                          reason=f"not UTF-8 text (byte {exc.start + 1})") from None


def run_review_file(input_path: str, output_path: str | None, stdout: TextIO, err: TextIO | None = None,
                    say: Say = plain) -> int:
    """Review every case of input_path; write JSON (single case/array) or JSON Lines in input order.

    Returns 0 when the file was processed (malformed cases become error results), 2 when the input
    cannot be read or the output cannot be written, 3 when the knowledge pack is broken; then one line on ``err``
    (standard error by default).
    """
    err = err or sys.stderr
    try:
        text = read_input(input_path)
    except CordeeError as exc:
        print(f"cordee review: {say(exc)}", file=err)
        return EXIT_INPUT
    try:
        kb = load_knowledge()
    except KnowledgeError as exc:
        print(f"cordee review: {say(exc)}", file=err)
        return EXIT_KNOWLEDGE
    mode, data = _detect(text)
    cases = {"array": lambda: len(data), "single": lambda: 1,
             "lines": lambda: sum(1 for line in text.splitlines() if line.strip())}[mode]()
    if cases > MAX_CASES:
        too_many = CordeeError("medications.review_too_many_cases", path=input_path, limit=MAX_CASES)
        print(f"cordee review: {say(too_many)}", file=err)
        return EXIT_INPUT
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
        write_export(Path(output_path), body.encode("utf-8"), "--output")
    except CordeeError as exc:
        print(f"cordee review: {say(exc)}", file=err)
        return EXIT_INPUT
    return EXIT_OK
