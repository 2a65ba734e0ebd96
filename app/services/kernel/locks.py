"""Row locks for competing changes on PostgreSQL, always taken in one order.

Two workstations that change the same record at the same moment must not deadlock. Every change that competes
takes, first thing in its transaction, the lock of the record it moves (the alert answered, the task moved, the
care plan changed — a plan before its tasks, a task before the plan action it updates), then the rows that
change follows (medication lines, tasks, actions, the alerts its rules reopen), and the audit chain last (its
events join the chain at commit). Whoever comes second waits for the first to commit, then reads the record as
the first left it: the version check answers "changed by X at T" (``StaleRecordError``).

On SQLite writers are serialised by the database itself; ``FOR UPDATE`` is not sent there.
"""

from __future__ import annotations

from sqlmodel import Session


def locked(session: Session, model: type, ident: object):
    """The row ``ident`` of ``model``, locked until the transaction ends (PostgreSQL) and read as last committed;
    None when there is no such row."""
    return session.get(model, ident, with_for_update=True, populate_existing=True)
