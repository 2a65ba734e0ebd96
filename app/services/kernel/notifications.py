"""Change notifications without Qt: services publish, the UI subscribes through an adapter.

On PostgreSQL, ``PgListener`` rides on LISTEN/NOTIFY so that another
workstation hears about a change within seconds; on the single-file database
every subscriber is in this process.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable

from app.services.kernel import error_log

Callback = Callable[[str, dict], None]
PG_CHANNEL = "cordee_changes"


class Notifier:
    """In-process publish/subscribe; thread-safe; callbacks run on the publishing thread.

    A change is published after its transaction has committed: a subscriber or the server that fails then cannot
    undo it, so the failure is written to the error log and counted (``delivery_failures``), never raised to the
    service's caller, who would otherwise hear that a saved change had failed and save it again."""

    def __init__(self) -> None:
        self._subscribers: list[Callback] = []
        self._lock = threading.Lock()
        self.remote_publish: Callable[[str, dict], None] | None = None
        self.delivery_failures = 0

    def subscribe(self, callback: Callback) -> Callable[[], None]:
        with self._lock:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)
        return unsubscribe

    def publish(self, topic: str, payload: dict, *, remote: bool = True) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        for callback in subscribers:
            self._deliver(callback, topic, payload, "notification")
        if remote and self.remote_publish is not None:
            self._deliver(self.remote_publish, topic, payload, "notification to the other workstations")

    def _deliver(self, callback: Callback, topic: str, payload: dict, where: str) -> None:
        try:
            callback(topic, payload)
        except Exception as exc:  # noqa: BLE001 — the change is saved; one listener's fault must not undo the report
            with self._lock:
                self.delivery_failures += 1
            error_log.record(exc, f"{where} {topic}")


class PgListener:
    """LISTEN on the practice server and forward other workstations' changes to a Notifier."""

    def __init__(self, dsn: str, notifier: Notifier, origin: str):
        import psycopg

        self._psycopg = psycopg
        self._dsn = dsn
        self._notifier = notifier
        self._origin = origin
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="pg-listen", daemon=True)
        self._sender = None                  # one connection for NOTIFY, opened at the first change
        self._send_lock = threading.Lock()
        notifier.remote_publish = self._send

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        with self._send_lock:
            if self._sender is not None:
                self._sender.close()
                self._sender = None

    def _send(self, topic: str, payload: dict) -> None:
        """NOTIFY on one kept connection (a new connection per change cost a server process each time: 8 ms on
        an idle server, far more on a busy one); after a server restart or a network loss, one new connection."""
        body = json.dumps({"topic": topic, "payload": payload, "origin": self._origin}, default=str)
        with self._send_lock:
            for attempt in (1, 2):
                if self._sender is None or self._sender.closed:
                    self._sender = self._psycopg.connect(self._dsn, autocommit=True)
                try:
                    self._sender.execute("SELECT pg_notify(%s, %s)", (PG_CHANNEL, body))
                    return
                except self._psycopg.OperationalError:
                    self._sender.close()
                    self._sender = None
                    if attempt == 2:
                        raise

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                with self._psycopg.connect(self._dsn, autocommit=True) as conn:
                    conn.execute(f"LISTEN {PG_CHANNEL}")
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=1.0):
                            message = json.loads(note.payload)
                            if message.get("origin") != self._origin:
                                self._notifier.publish(message["topic"], message["payload"], remote=False)
            except Exception:
                self._stop.wait(2.0)  # server restart or network loss: reconnect
