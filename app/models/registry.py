"""Every table of the schema, for the migrations and the schema checks (the program imports what it uses)."""

from __future__ import annotations

import importlib

MODULES = ("alert", "assessment", "audit", "break_glass", "care_plan", "catalogue", "coordination", "deprescribing",
           "directory", "due_care", "exchange_peer", "intake", "knowledge", "maturity", "medication",
           "medication_review_sheet", "message", "patient", "practice", "protocol", "reconciliation", "staff",
           "survey", "task")


def load_all() -> None:
    """Register every table on ``SQLModel.metadata``."""
    for name in MODULES:
        importlib.import_module(f"app.models.{name}")
