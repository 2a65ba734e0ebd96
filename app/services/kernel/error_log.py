"""The local error log: what the user was not shown (a traceback), written without patient data.

The screens and the command line show one sentence; the details of an unexpected error go to ``cordee.log`` in
the user's log folder (``$CORDEE_LOG_DIR`` if set; else, on Linux, ``~/.local/state/Cordee/log``; on Windows
``%LOCALAPPDATA%\\Cordee\\Cordee\\Logs``; on macOS ``~/Library/Logs/Cordee``). The file is readable by its
owner only and rotated at 512 KiB (three older files are kept: ``cordee.log.1`` … ``.3``).

Only what cannot hold patient data is written: the program's version, where it happened, the exception's
class, the error code of a ``CordeeError`` (not its parameters), the ``errno`` of an ``OSError`` (not the file
name), and the traceback's frames (file, line, function) — never exception messages or local values, which can
hold names, dates of birth or whatever a user typed.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import threading
import traceback
from pathlib import Path

import app

MAX_BYTES = 512 * 1024
BACKUPS = 3
_lock = threading.Lock()
_logger: logging.Logger | None = None


def log_folder() -> Path:
    """Where the log file is written."""
    configured = os.environ.get("CORDEE_LOG_DIR")
    if configured:
        return Path(configured)
    from platformdirs import user_log_dir  # only when there is something to log

    return Path(user_log_dir("Cordee", "Cordee"))


def log_file() -> Path:
    return log_folder() / "cordee.log"


def describe_for_log(exc: BaseException) -> str:
    """The exception and its causes as lines without patient data (see the module's docstring)."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = type(current)
        facts = [f"{kind.__module__}.{kind.__qualname__}"]
        code = getattr(current, "code", None)
        if isinstance(code, str) and hasattr(current, "params"):
            facts.append(f"code={code}")
        if isinstance(current, OSError) and current.errno is not None:
            facts.append(f"errno={current.errno}")
        sqlite_code = getattr(current, "sqlite_errorcode", None) or getattr(getattr(current, "orig", None),
                                                                             "sqlite_errorcode", None)
        if isinstance(sqlite_code, int):
            facts.append(f"sqlite={sqlite_code}")
        lines.append(" ".join(facts))
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  {_short(frame.filename)}:{frame.lineno} in {frame.name}")
        current = current.__cause__ or current.__context__
        if current is not None:
            lines.append("caused by / while handling:")
    return "\n".join(lines)


def _short(filename: str) -> str:
    """A path inside the program relative to it; elsewhere (a library) from its package folder on."""
    root = Path(app.__file__).resolve().parent.parent
    try:
        return str(Path(filename).resolve().relative_to(root))
    except ValueError:
        parts = Path(filename).parts
        return str(Path(*parts[-3:])) if len(parts) >= 3 else filename


def _get_logger() -> logging.Logger:
    global _logger
    with _lock:
        if _logger is None:
            folder = log_folder()
            if not folder.exists():
                missing, probe = [], folder
                while not probe.exists() and probe != probe.parent:
                    missing.append(probe)
                    probe = probe.parent
                for level in reversed(missing):
                    level.mkdir(mode=0o700, exist_ok=True)
            path = folder / "cordee.log"
            if not path.exists():
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
            handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                           encoding="utf-8")
            handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
            logger = logging.getLogger("cordee.errors")
            logger.propagate = False
            logger.setLevel(logging.INFO)
            for old in list(logger.handlers):
                logger.removeHandler(old)
            logger.addHandler(handler)
            _logger = logger
        return _logger


def record(exc: BaseException, where: str) -> Path | None:
    """Write ``exc`` to the log (``where``: the command or the screen); the log file, or None when the log itself
    cannot be written (the caller still shows its one line)."""
    try:
        _get_logger().error("cordee %s, %s:\n%s", app.__version__, where, describe_for_log(exc))
        return log_file()
    except Exception:  # a log that cannot be written must not hide the error being reported
        return None


def reset() -> None:
    """Forget the open log file (tests point ``CORDEE_LOG_DIR`` elsewhere)."""
    global _logger
    with _lock:
        if _logger is not None:
            for handler in list(_logger.handlers):
                handler.close()
                _logger.removeHandler(handler)
        _logger = None
