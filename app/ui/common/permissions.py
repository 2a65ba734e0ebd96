"""Buttons and actions that follow the access decision on their record, one way everywhere.

``guard(widget, session, action, record)`` asks ``session.check(action, record)``: the widget is hidden when the
user's role (or account) can never do it, disabled with the reason as its tooltip when the relationship to the
record forbids it, and enabled otherwise — never enabled and then refused. ``shown`` and ``enabled`` add the
screen's own conditions (the record's state). The action and the record stay on the widget (``guarded_access``),
so that a test can ask the services whether every enabled button would be allowed.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.services.errors import AccessDenied
from app.services.security.relations import Decision, Record
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe

_ORIGINAL_TIP = "_cordee_tooltip"


def reason_text(action: str, decision: Decision) -> str:
    """Why the action is refused, in the user's language (the text of the service's refusal)."""
    return "" if decision.allowed else describe(AccessDenied(action, reason=decision.reason))


def guard(widget: QWidget | QAction, session: AppSession, action: str, record: Record | None = None, *,
          shown: bool = True, enabled: bool = True) -> Decision:
    """Show, enable and explain ``widget`` for ``action`` on ``record``; returns the decision."""
    decision = session.check(action, record)
    if not hasattr(widget, _ORIGINAL_TIP):
        setattr(widget, _ORIGINAL_TIP, widget.toolTip())
    widget.guarded_access = (action, record)
    widget.setVisible(shown and not decision.by_account)
    widget.setEnabled(enabled and decision.allowed)
    widget.setToolTip(getattr(widget, _ORIGINAL_TIP) if decision.allowed else reason_text(action, decision))
    return decision


def guarded_access(widget: QWidget | QAction) -> tuple[str, Record | None] | None:
    """The (action, record) a widget was last guarded for (None: not guarded)."""
    return getattr(widget, "guarded_access", None)
