"""Reading the catalogue files: decoding and the errors of a missing or empty file."""

from __future__ import annotations

from pathlib import Path

from app.services.medications.catalogue.drug_catalogue import CatalogueImportError


def read_text_lines(path: Path, *, legacy_encoding: str = "cp1252") -> list[str]:
    """Read ``path`` as text lines.

    A UTF-8 BOM is stripped. Valid UTF-8 is decoded as UTF-8; anything else is
    decoded with ``legacy_encoding`` (Windows-1252, the BDPM encoding), and bytes
    that Windows-1252 leaves undefined fall back to Latin-1. Raises
    ``CatalogueImportError`` for a missing or empty file.
    """
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise CatalogueImportError("medications.import_unreadable", path, reason=exc.strerror) from exc
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = raw.decode(legacy_encoding)
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
    lines = text.splitlines()
    if not any(line.strip() for line in lines):
        raise CatalogueImportError("medications.import_empty_file", path)
    return lines
