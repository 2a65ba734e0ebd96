"""Errors that services raise: a code and its parameters, never a sentence.

The screens and the command line render ``code`` and ``params`` in the user's language
(``app.ui.common.errors``, through the Qt translations); ``str(exc)`` is for logs only. A code is a short
name: the shared ones (``required``, ``too_long`` …) have no dot, the others start with their capability
(``alerts.already_open``). A ``ValidationError`` also names the field, so that the form can mark it.
"""

from __future__ import annotations

from datetime import datetime


class CordeeError(Exception):
    """Base class of the errors a user can be shown."""

    code = "error"

    def __init__(self, code: str | None = None, **params):
        self.code = code or type(self).code
        self.params = params
        super().__init__(self.code)

    def __str__(self) -> str:
        if not self.params:
            return self.code
        return f"{self.code} ({', '.join(f'{k}={v}' for k, v in self.params.items())})"


class ValidationError(CordeeError):
    """Bad input: names the field and the problem; nothing was stored."""

    code = "invalid"

    def __init__(self, field: str, code: str, **params):
        super().__init__(code, **params)
        self.field = field

    def __str__(self) -> str:
        return f"{self.field}: {super().__str__()}"


class NotFoundError(CordeeError):
    """A record asked for by id does not exist (``entity``: patient, task, alert …)."""

    code = "not_found"

    def __init__(self, entity: str, entity_id: object = None, **params):
        super().__init__("not_found", entity=entity, entity_id=entity_id, **params)


class AccessDenied(CordeeError):
    """The acting user's roles, account or relation to the record do not allow the action.

    ``reason`` (``security.relations``): "role" (the code is ``access_denied``), "inactive" (the account was
    deactivated), or the relationship that is missing ("not_gp", "not_in_circle", "restricted" …: the code is
    ``access.<reason>``)."""

    code = "access_denied"

    def __init__(self, action: str, roles: tuple[str, ...] | list[str] = (), *, reason: str | None = None,
                 **params):
        code = "access_denied" if reason in (None, "role") else f"access.{reason}"
        super().__init__(code, action=action, roles=tuple(roles), **params)
        self.action = action
        self.reason = reason or "role"


class StaleRecordError(CordeeError):
    """Someone else saved the record since it was loaded: the save is refused."""

    code = "stale"

    def __init__(self, entity: str, entity_id: int, changed_by: str, changed_at: datetime | None):
        super().__init__("stale", entity=entity, entity_id=entity_id, changed_by=changed_by, changed_at=changed_at)
        self.changed_by = changed_by
        self.changed_at = changed_at


class AuthenticationError(CordeeError):
    """Login failed (unknown user or wrong password), or the account is locked."""

    code = "practice.login_failed"


class StorageError(CordeeError):
    """The database cannot be opened or created; the code says why (``kind`` is the same, for the screens that
    branch on it: ``storage.need_passphrase`` asks for the passphrase)."""

    code = "storage.failed"

    @property
    def kind(self) -> str:
        return self.code
