"""The OS keyring slot: convenience only, never the root of trust.

Only an allow-list of real keyring backends is used (plaintext and null
backends are refused), the backend class is recorded in the slot file, and
every call runs in a worker thread with a timeout because an unlock prompt can
block forever.
"""

from __future__ import annotations

import concurrent.futures
import string
import threading
from dataclasses import dataclass

ALLOWED_BACKENDS = frozenset({
    "keyring.backends.Windows.WinVaultKeyring",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
})
SERVICE_PREFIX = "cordee"
ACCOUNT = "dek-v1"
DEFAULT_TIMEOUT_S = 10.0
KEY_BYTES = 32
HEX_DIGITS = frozenset(string.hexdigits)


@dataclass(frozen=True)
class KeyringOutcome:
    """What the keyring said: the key (hex) or the reason there is none (an error code: ``storage.keyring_…``;
    ``error`` names the keyring's exception when it failed)."""

    key_hex: str | None
    backend: str | None
    reason: str | None = None
    error: str | None = None


def _backend_name(backend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _resolve_backends():
    import keyring
    from keyring.backends import chainer

    backend = keyring.get_keyring()
    if isinstance(backend, chainer.ChainerBackend):
        return list(backend.backends)
    return [backend]


def _allowed_backend(allowed: frozenset[str]):
    for backend in _resolve_backends():
        if _backend_name(backend) in allowed:
            return backend
    return None


def _with_timeout(fn, timeout: float):
    """``fn()`` on a daemon thread, waited for at most ``timeout`` seconds. Not a thread pool: the interpreter
    joins a pool's threads at exit, so a keyring call that never returns would keep the program from ending."""
    done: concurrent.futures.Future = concurrent.futures.Future()

    def call() -> None:
        try:
            done.set_result(fn())
        except BaseException as exc:  # handed to the waiting caller
            done.set_exception(exc)

    threading.Thread(target=call, name="keyring", daemon=True).start()
    return done.result(timeout=timeout)


def _valid_key_hex(value: object) -> bool:
    return isinstance(value, str) and len(value) == 2 * KEY_BYTES and all(ch in HEX_DIGITS for ch in value)


def store_key(db_uuid: str, key: bytes | bytearray, *, allowed: frozenset[str] = ALLOWED_BACKENDS,
              timeout: float = DEFAULT_TIMEOUT_S) -> KeyringOutcome:
    """Put the key in an allow-listed keyring; returns the backend used or the reason it was not."""
    try:
        backend = _with_timeout(lambda: _allowed_backend(allowed), timeout)
        if backend is None:
            return KeyringOutcome(None, None, "storage.keyring_none_allowed")
        _with_timeout(lambda: backend.set_password(f"{SERVICE_PREFIX}/{db_uuid}", ACCOUNT, bytes(key).hex()),
                      timeout)
        return KeyringOutcome(None, _backend_name(backend))
    except concurrent.futures.TimeoutError:
        return KeyringOutcome(None, None, "storage.keyring_timeout")
    except Exception as exc:  # any keyring failure degrades to the passphrase slot
        return KeyringOutcome(None, None, "storage.keyring_error", type(exc).__name__)


def fetch_key(db_uuid: str, recorded_backend: str, *, allowed: frozenset[str] = ALLOWED_BACKENDS,
              timeout: float = DEFAULT_TIMEOUT_S) -> KeyringOutcome:
    """Read the key from the backend recorded in the slot file, never from another one."""
    if recorded_backend not in allowed:
        return KeyringOutcome(None, None, "storage.keyring_backend_refused")
    try:
        backend = _with_timeout(lambda: _allowed_backend(frozenset({recorded_backend})), timeout)
        if backend is None:
            return KeyringOutcome(None, None, "storage.keyring_unavailable")
        value = _with_timeout(lambda: backend.get_password(f"{SERVICE_PREFIX}/{db_uuid}", ACCOUNT), timeout)
        if not value:
            return KeyringOutcome(None, recorded_backend, "storage.keyring_empty")
        if not _valid_key_hex(value):   # never handed on: only 64 hexadecimal digits can be a key
            return KeyringOutcome(None, recorded_backend, "storage.keyring_bad_value")
        return KeyringOutcome(value.lower(), recorded_backend)
    except concurrent.futures.TimeoutError:
        return KeyringOutcome(None, None, "storage.keyring_timeout")
    except Exception as exc:
        return KeyringOutcome(None, None, "storage.keyring_error", type(exc).__name__)
