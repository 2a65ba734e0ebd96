"""The logged-in session as the UI sees it: the service context plus Qt signals.

Services announce changes through a plain Notifier; this adapter turns them into ``sig_changed`` on the GUI thread
so that views refresh. The session also holds the user's account as the database had it when last read (active,
roles, the practice's chart access setting): ``can(action, record)`` decides with it and with the record data the
view already holds, through the same function as the services (``security.relations.decide``), so a button the
service would refuse is never enabled. When an administrator deactivates the account or changes its roles
("staff.changed", from this workstation or another), or a service refuses a call for that reason
("access.revoked"), the account is read again off the UI thread and ``sig_revoked`` tells the window to lock.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.services.kernel.context import ServiceContext
from app.services.security import access
from app.services.security.actor import Actor
from app.services.security.records import current_account
from app.services.security.relations import Account, Decision, Record, decide
from app.ui.common import background


class AppSession(QObject):
    sig_changed = Signal(str, dict)
    """A service announced a change: topic (e.g. ``patient.changed``) and payload."""
    sig_locked = Signal()
    """The screen was locked: views must drop patient data now."""
    sig_unlocked = Signal()
    """The user unlocked: views may load data again."""
    sig_revoked = Signal(str)
    """The account was deactivated ("inactive") or its roles changed ("roles"): the window locks and says why."""

    def __init__(self, ctx: ServiceContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.locked = False
        self.revoked: str | None = None
        # One short read when the session starts (as the idle-lock setting is read): the practice's chart access
        # setting and the account as stored, for the screens' first decisions.
        self.account: Account = current_account(ctx)
        self._patients: dict[int, Record] = {}
        self._unsubscribe = ctx.notifier.subscribe(self._relay)
        self.sig_changed.connect(self._on_changed)

    @property
    def actor(self) -> Actor:
        return self.ctx.actor

    def check(self, action: str, record: Record | None = None) -> Decision:
        """The decision on ``action`` (on ``record``): refused by account (hide the action) or by relationship
        (disable it and show the reason)."""
        return decide(self.account, action, record)

    def can(self, action: str, record: Record | None = None) -> bool:
        """Whether the user may do ``action`` (on ``record``; without one, whether their role ever may)."""
        return self.check(action, record).allowed

    def remember_patient(self, record: Record) -> None:
        """Keep the access facts of a patient whose chart is open (its tabs decide with them)."""
        if record.id is not None:
            self._patients[record.id] = record

    def patient_record(self, patient_id: int) -> Record:
        """The access facts of a patient as last loaded by their chart (without them: the patient alone)."""
        return self._patients.get(patient_id) or Record("patient", patient_id)

    def _relay(self, topic: str, payload: dict) -> None:
        self.sig_changed.emit(topic, dict(payload))

    def _on_changed(self, topic: str, payload: dict) -> None:
        mine = payload.get("staff_id") == self.actor.staff_id
        if (topic in ("staff.changed", access.REVOKED_TOPIC) and mine) or topic == "practice.changed":
            self.refresh_account()

    def refresh_account(self) -> None:
        """Read the account again off the UI thread; a deactivation or a change of roles revokes the session."""
        ctx = self.ctx
        background.run(lambda: current_account(ctx), self._account_loaded, lambda exc: None)

    def _account_loaded(self, account: Account) -> None:
        before, self.account = self.account, account
        if not account.system and not account.active:
            self._revoke("inactive")
        elif not account.system and account.roles != self.actor.roles:
            self._revoke("roles")
        elif account.chart_access != before.chart_access:
            self.sig_changed.emit("access.changed", {"chart_access": account.chart_access})

    def _revoke(self, reason: str) -> None:
        if self.revoked is None:
            self.revoked = reason
            self.sig_revoked.emit(reason)

    def set_locked(self, locked: bool) -> None:
        if locked == self.locked:
            return
        self.locked = locked
        (self.sig_locked if locked else self.sig_unlocked).emit()

    def close(self) -> None:
        self._unsubscribe()
