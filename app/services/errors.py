"""Errors that services raise; the UI and the command line turn them into messages.

Every error carries enough structure for a translated message (``code`` and
``params``) and an English ``str()`` for logs and the command line.
"""

from __future__ import annotations


class CordeeError(Exception):
    """Base class of the errors a user can be shown."""

    code = "error"

    def __init__(self, message: str, **params):
        super().__init__(message)
        self.message = message
        self.params = params


class ValidationError(CordeeError):
    """Bad input: names the field and the problem; nothing was stored."""

    code = "invalid"

    def __init__(self, field: str, problem: str, **params):
        super().__init__(f"{field}: {problem}", **params)
        self.field = field
        self.problem = problem


class NotFoundError(CordeeError):
    """A record asked for by id does not exist."""

    code = "not_found"


class AccessDenied(CordeeError):
    """The acting user's roles do not allow the action."""

    code = "access_denied"

    def __init__(self, action: str, roles: tuple[str, ...] | list[str]):
        super().__init__(f"access denied: {action} is not allowed for roles {', '.join(roles) or '(none)'}",
                         action=action, roles=tuple(roles))
        self.action = action


class StaleRecordError(CordeeError):
    """Someone else saved the record since it was loaded: the save is refused."""

    code = "stale"

    def __init__(self, entity: str, entity_id: int, changed_by: str, changed_at):
        when = changed_at.strftime("%Y-%m-%d %H:%M UTC") if changed_at else "?"
        super().__init__(
            f"{entity} {entity_id} was changed by {changed_by} at {when} since you opened it; reload before saving",
            entity=entity, entity_id=entity_id, changed_by=changed_by, changed_at=changed_at)
        self.changed_by = changed_by
        self.changed_at = changed_at


class AuthenticationError(CordeeError):
    """Login failed (unknown user or wrong password), or the account is locked."""

    code = "auth_failed"


class StorageError(CordeeError):
    """The database cannot be opened or created; ``kind`` says why."""

    code = "storage"

    def __init__(self, kind: str, message: str):
        super().__init__(message, kind=kind)
        self.kind = kind
