"""Where the audit chain's anchors are kept outside the database, and reading them back.

* the key-slot file of an encrypted database (``audit_anchor``: the newest anchor; next to the database, so it
  catches an older copy of the database file alone, and rows deleted through SQL);
* the manifest of every verified backup (``audit_anchor``: the head of the chain the backup holds);
* the sink the administrator chooses (a practice setting, ``cordee audit sink``): an append-only file
  (``file:/var/log/cordee/anchors.log``, one line per anchor) or syslog / the systemd journal (``syslog`` for the
  local socket, ``syslog:/path/to/socket``, ``syslog:host:port`` over UDP, ``syslog+tcp:host:port``). Syslog lines
  carry the same text as the file's, so an export of them (``journalctl -t cordee -o cat``, the remote server's
  file) is read back like the file.

Writing a sink never waits more than ``SEND_TIMEOUT_S`` (a hung syslog server must not hold the program).
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import socket
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from app.services.errors import ValidationError
from app.services.security.anchors import Anchor, Placed, parse_lines
from app.services.storage.atomic import atomic_file

KEY_FILE_FIELD = "audit_anchor"
MANIFEST_FIELD = "audit_anchor"
SEND_TIMEOUT_S = 2.0
SYSLOG_IDENT = "cordee: "
MAX_SINK_CHARS = 300


@dataclass(frozen=True)
class Sink:
    """An anchor sink: ``kind`` file or syslog; ``address`` a path, or (host, port)."""

    kind: str
    address: str | tuple[str, int]
    tcp: bool = False

    def __str__(self) -> str:
        if self.kind == "file":
            return f"file:{self.address}"
        if isinstance(self.address, tuple):
            return f"syslog{'+tcp' if self.tcp else ''}:{self.address[0]}:{self.address[1]}"
        return "syslog" if self.address == default_syslog_socket() else f"syslog:{self.address}"

    @property
    def readable_file(self) -> Path | None:
        """The file verification reads back (None for syslog: give an export of it)."""
        return Path(self.address) if self.kind == "file" else None


def default_syslog_socket() -> str:
    """The local syslog socket (on systemd systems the journal reads it)."""
    return "/var/run/syslog" if sys.platform == "darwin" else "/dev/log"


def parse_sink(value: str | None, field: str = "sink") -> Sink | None:
    """The sink an administrator typed (None: no sink), or a coded refusal naming ``field``."""
    value = (value or "").strip()
    if not value:
        return None
    if len(value) > MAX_SINK_CHARS:
        raise ValidationError(field, "too_long", max=MAX_SINK_CHARS)
    kind, _, rest = value.partition(":")
    if kind == "file":
        path = Path(rest)
        if not rest or not path.is_absolute():
            raise ValidationError(field, "storage.anchor_sink_absolute")
        if not path.parent.is_dir():
            raise ValidationError(field, "storage.anchor_sink_no_folder", folder=str(path.parent))
        if path.is_dir():
            raise ValidationError(field, "storage.anchor_sink_is_folder", path=str(path))
        return Sink("file", str(path))
    if kind in ("syslog", "syslog+tcp"):
        if not rest:
            if kind == "syslog+tcp":
                raise ValidationError(field, "storage.anchor_sink_format")
            return Sink("syslog", default_syslog_socket())
        if rest.startswith("/"):
            if kind == "syslog+tcp":
                raise ValidationError(field, "storage.anchor_sink_format")
            return Sink("syslog", rest)
        host, _, port = rest.rpartition(":")
        if not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise ValidationError(field, "storage.anchor_sink_format")
        return Sink("syslog", (host.strip("[]"), int(port)), tcp=kind == "syslog+tcp")
    raise ValidationError(field, "storage.anchor_sink_format")


def send(sink: Sink, anchor: Anchor, timeout: float = SEND_TIMEOUT_S) -> None:
    """Append the anchor to the sink; raises OSError (or TimeoutError) when it could not."""
    if sink.kind == "file":
        _append_line(Path(sink.address), anchor.to_line())
        return
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            _to_syslog(sink, anchor.to_line())
            outcome.append(None)
        except BaseException as exc:   # handed to the caller's thread
            outcome.append(exc)
    worker = threading.Thread(target=run, name="cordee-syslog", daemon=True)   # daemon: a hung server never
    worker.start()                                                               # holds the program's exit
    worker.join(timeout)
    if not outcome:
        raise TimeoutError(f"syslog did not answer within {timeout:g} s")
    if outcome[0] is not None:
        raise outcome[0]


def _append_line(path: Path, line: str) -> None:
    fd = os.open(str(path), os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        os.write(fd, (line + "\n").encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


class _SyslogHandler(logging.handlers.SysLogHandler):
    """The standard handler, except that a failure to send is raised to the caller instead of printed."""

    def handleError(self, record):   # noqa: N802 (logging's name)
        raise   # called inside emit's ``except``: the send's own error


def _to_syslog(sink: Sink, message: str) -> None:
    socktype = socket.SOCK_STREAM if sink.tcp else (socket.SOCK_DGRAM if isinstance(sink.address, tuple) else None)
    handler = _SyslogHandler(address=sink.address, facility=logging.handlers.SysLogHandler.LOG_AUTHPRIV,
                             socktype=socktype)
    handler.ident = SYSLOG_IDENT
    if sink.tcp:
        handler.append_nul = False   # one message per line for a TCP receiver
        handler.setFormatter(logging.Formatter("%(message)s\n"))
    try:
        handler.emit(logging.LogRecord("cordee.audit", logging.INFO, __file__, 0, message, None, None))
    finally:
        handler.close()


def read_log(path: Path, place: str = "log") -> list[Placed]:
    """The anchors of a log file (ours, or a syslog / journal export); raises OSError when it cannot be read."""
    with path.open("r", encoding="utf-8", errors="replace") as fh:
        return [Placed(anchor, place, f"{path}:{number}") for number, anchor in parse_lines(fh)]


# -- the key-slot file ---------------------------------------------------------------------------------------------

@contextmanager
def slot_file_lock(slots_path: Path) -> Iterator[None]:
    """Serialise rewrites of a key-slot file between processes (an anchor written while the passphrase changes must
    not bring the old slots back): an exclusive lock on its folder, where the OS has one."""
    try:
        import fcntl
    except ImportError:   # Windows: a rewrite is atomic; two at the same moment are very unlikely
        yield
        return
    fd = os.open(str(slots_path.parent), os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)   # releases the lock


def read_key_file_anchor(slots_path: Path) -> Placed | None:
    """The anchor kept in a key-slot file (None when it has none or the file cannot be read: opening reports it)."""
    try:
        data = json.loads(slots_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = data.get(KEY_FILE_FIELD) if isinstance(data, dict) else None
    if value is None:
        return None
    try:
        return Placed(Anchor.from_dict(value), "key_file", slots_path.name)
    except ValueError:
        return Placed(None, "key_file", slots_path.name)


def write_key_file_anchor(slots_path: Path, anchor: Anchor, keep_if=None) -> bool:
    """Put ``anchor`` into the key-slot file, every other field kept as it is. ``keep_if(existing)`` True keeps the
    anchor already there (the caller's rule: never overwrite the evidence of a rollback). Returns whether it was
    written; raises OSError when the file cannot be rewritten."""
    with slot_file_lock(slots_path):
        data = json.loads(slots_path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != "cordee-keyslots":
            raise OSError(f"{slots_path.name} is not a key-slot file")
        existing = read_key_file_anchor(slots_path)
        if existing is not None and existing.anchor is not None and keep_if is not None and keep_if(existing.anchor):
            return False
        data[KEY_FILE_FIELD] = anchor.to_dict()
        with atomic_file(slots_path, text=True, prefix=".keys-") as fh:
            fh.write(json.dumps(data, indent=2, sort_keys=True))
    return True


# -- backups -------------------------------------------------------------------------------------------------------

def backup_anchors(folder: Path) -> list[Placed]:
    """The anchors in the manifests of the backups in ``folder`` (complete backups only)."""
    found = []
    for manifest in sorted(folder.glob("cordee-*/manifest.json")) if folder.is_dir() else []:
        if manifest.parent.name.endswith(".partial"):
            continue
        try:
            value = json.loads(manifest.read_text(encoding="utf-8")).get(MANIFEST_FIELD)
        except (OSError, ValueError, AttributeError):
            continue
        if value is None:
            continue
        try:
            found.append(Placed(Anchor.from_dict(value), "backup", manifest.parent.name))
        except ValueError:
            found.append(Placed(None, "backup", manifest.parent.name))
    return found
