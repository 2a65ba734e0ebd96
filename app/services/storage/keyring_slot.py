"""The OS keyring slot: convenience only, never the root of trust.

Only an allow-list of real keyring backends is used (plaintext and null
backends are refused), the backend class is recorded in the slot file, and
every call runs in a worker thread with a timeout because an unlock prompt can
block forever.
"""

from __future__ import annotations

import concurrent.futures
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
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="keyring")
    try:
        return pool.submit(fn).result(timeout=timeout)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


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
        return KeyringOutcome(value, recorded_backend)
    except concurrent.futures.TimeoutError:
        return KeyringOutcome(None, None, "storage.keyring_timeout")
    except Exception as exc:
        return KeyringOutcome(None, None, "storage.keyring_error", type(exc).__name__)
