"""The service context: an open database plus the acting user.

Every public service function takes a ``ServiceContext``. ``ctx.transaction()``
opens one unit of work per user action; nested calls on the same context and
thread join the outer transaction, so services compose.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from app.services.errors import StorageError
from app.services.kernel import rules
from app.services.kernel.notifications import Notifier
from app.services.security import audit
from app.services.security.actor import Actor
from app.services.storage.database import Database

CONFLICT_SQLSTATES = ("40P01", "40001")   # deadlock detected, serialization failure (PostgreSQL)


class ServiceContext:
    def __init__(self, db: Database, actor: Actor, notifier: Notifier | None = None):
        self.db = db
        self.actor = actor
        self.notifier = notifier or Notifier()
        self._local = threading.local()

    def as_actor(self, actor: Actor) -> ServiceContext:
        """The same database and notifier, another user (after a login)."""
        return ServiceContext(self.db, actor, self.notifier)

    def in_same_unit_as(self, actor: Actor) -> ServiceContext:
        """Another user acting inside this context's current unit of work (e.g. the system creating a task as a
        consequence of the user's change): one transaction, one commit."""
        other = ServiceContext(self.db, actor, self.notifier)
        other._local = self._local
        return other

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        outer = getattr(self._local, "session", None)
        if outer is not None:
            yield outer
            return
        session = self.db.session()
        self._local.session = session
        self._local.pending = []
        self._local.events = []
        self._local.depth = 0
        try:
            with session.begin():
                yield session
                # The audit events join the chain last: on PostgreSQL its lock is then held only for these inserts
                # and the commit, after every row lock of the change (one order, no deadlock).
                audit.append(session, self.db.audit_key, self._local.events)
            pending, self._local.pending = self._local.pending, []
            written, self._local.events = len(self._local.events), []
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) in CONFLICT_SQLSTATES:
                # A race no lock order foresaw: nothing was saved, and the user hears it in words.
                raise StorageError("storage.concurrent_change") from None
            raise
        finally:
            self._local.session = None
            self._local.events = []
            session.close()
        if written:
            self.db.anchors.after_commit(written)
        for topic, payload in _distinct(pending):
            self.notifier.publish(topic, payload)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A unit of work that only reads (cheaper on PostgreSQL); inside a transaction, that transaction."""
        outer = getattr(self._local, "session", None)
        if outer is not None:
            yield outer
            return
        with self.db.reading_session() as session:
            yield session

    def audit(self, session: Session, action: str, **fields) -> None:
        """Write an audit event for the current actor inside the current transaction (it joins the chain when the
        transaction commits, and not at all when it rolls back)."""
        if session is getattr(self._local, "session", None):
            self._local.events.append(audit.Event(self.actor, action, **fields))
        else:
            audit.record(session, self.db.audit_key, self.actor, action, **fields)

    def announce(self, topic: str, **payload) -> None:
        """Run the rules of ``topic`` in the current transaction, then publish the change once it has committed
        (``app.services.RULES`` lists the rules)."""
        pending = getattr(self._local, "pending", None)
        session = getattr(self._local, "session", None)
        if pending is None or session is None:
            self.notifier.publish(topic, payload)
            return
        pending.append((topic, payload))
        if self._local.depth >= rules.MAX_DEPTH:
            return
        self._local.depth += 1
        try:
            for rule in rules.rules_for(topic):
                rule(self, session, dict(payload))
        finally:
            self._local.depth -= 1


def _distinct(pending: list[tuple[str, dict]]) -> list[tuple[str, dict]]:
    """Each announcement once, in order: three medication changes in one step reload a screen once."""
    seen, out = set(), []
    for topic, payload in pending:
        key = (topic, repr(sorted(payload.items())))
        if key not in seen:
            seen.add(key)
            out.append((topic, payload))
    return out
