"""Every table of the schema, for the migrations and the schema checks (the program imports what it uses)."""

from __future__ import annotations

import importlib

MODULES = ("alert", "audit", "care_plan", "catalogue", "coordination", "knowledge", "due_care", "medication", "medication_review_sheet", "patient",
           "practice", "protocol", "reconciliation", "staff", "task")


def load_all() -> None:
    """Register every table on ``SQLModel.metadata``."""
    for name in MODULES:
        importlib.import_module(f"app.models.{name}")
