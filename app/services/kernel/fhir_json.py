"""FHIR resources as JSON: what every FHIR writer of Cordée shares (care plan, patient summary, pharmaceutical
advice)."""

from __future__ import annotations


def clean(value):
    """``value`` with its empty strings, lists and objects dropped at every depth (FHIR forbids them)."""
    if isinstance(value, dict):
        out = {k: clean(v) for k, v in value.items()}
        return {k: v for k, v in out.items() if v not in (None, "", [], {})}
    if isinstance(value, list):
        return [x for x in (clean(v) for v in value) if x not in (None, "", [], {})]
    return value
