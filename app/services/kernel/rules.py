"""Rules that run in the transaction of the change that triggers them, whoever makes the change.

A service announces each change it makes (``ctx.announce("medication.changed", patient_id=…)``). Inside a
transaction the context first runs the rules listed for that topic, with the same session, so that a
consequence (reopening a refused alert when a dose goes up, bringing a care-plan action up to date when its task
is completed) commits or rolls back with the change itself — from a screen, the command line or another
workstation alike. The table of rules is written once, in ``app.services.RULES``; a rule is named by
``"module:function"`` and imported when first needed, so a capability low in the layers triggers a rule of one
above it without importing it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from typing import Any

Rule = Callable[[Any, Any, dict], None]
"""A rule: function(ctx, session, payload) -> None. It may change data; it must not commit."""

MAX_DEPTH = 4
_table: dict[str, tuple[str, ...]] = {}
_resolved: dict[str, Rule] = {}


def install(table: Mapping[str, Sequence[str]]) -> None:
    """Set the rules of each topic (called once, by ``app.services``)."""
    _table.clear()
    _table.update({topic: tuple(names) for topic, names in table.items()})
    _resolved.clear()


def rules_for(topic: str) -> list[Rule]:
    """The rule functions listed for ``topic`` (imported on first use)."""
    out = []
    for name in _table.get(topic, ()):
        rule = _resolved.get(name)
        if rule is None:
            module, function = name.split(":")
            rule = _resolved[name] = getattr(importlib.import_module(module), function)
        out.append(rule)
    return out


def listed() -> dict[str, tuple[str, ...]]:
    """The whole table (for tests and documentation)."""
    return dict(_table)
