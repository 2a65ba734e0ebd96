"""Texts of the alert codes: the proposal a pharmacist raises and what accepting it needs."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.alerts import vocabulary
from app.ui.common import i18n

TEXTS: dict[str, str] = {
    "alerts.proposal_incomplete": QT_TRANSLATE_NOOP(
        "errors", "the proposal \u201c{proposal}\u201d needs {needs}: give it, or choose another kind of proposal"),
    "alerts.proposal_changes_nothing": QT_TRANSLATE_NOOP(
        "errors", "a proposal \u201c{proposal}\u201d does not change the medication list: leave the changes empty"),
    "alerts.action_not_in_proposal": QT_TRANSLATE_NOOP(
        "errors", "{line_action} is not part of a proposal \u201c{proposal}\u201d"),
    "alerts.change_changes_nothing": QT_TRANSLATE_NOOP("errors", "changes nothing: give the new values"),
    "alerts.line_changed_since_proposal": QT_TRANSLATE_NOOP(
        "errors", "{name} was changed since the proposal: answer with Modify, from the line as it is now"),
}

LINE_ACTIONS = {
    "stop": QT_TRANSLATE_NOOP("errors", "the line to stop"),
    "change": QT_TRANSLATE_NOOP("errors", "the new values of the line"),
    "add": QT_TRANSLATE_NOOP("errors", "the new product"),
}


def _kind(code) -> str:
    kind = vocabulary.kinds().get(str(code))
    return kind.label(i18n.current()) if kind else str(code)


def _action(code) -> str:
    text = LINE_ACTIONS.get(str(code))
    return QCoreApplication.translate("errors", text) if text else str(code)


def _actions(codes) -> str:
    return ", ".join(_action(c) for c in ((codes,) if isinstance(codes, str) else codes))


PARAMS = {"proposal": _kind, "line_action": _action, "needs": _actions}
