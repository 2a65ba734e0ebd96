"""Helpers of the failure-class tests: a small tmpfs (full or read-only), a command run without the right to
override file permissions (root's tests then meet "permission denied" like anyone), and checksums of folders."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def digest(folder: Path) -> dict[str, str]:
    """sha256 of every file under ``folder`` (relative path → digest)."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(Path(folder).rglob("*")) if p.is_file() and not p.is_symlink()}


@contextmanager
def tmpfs(folder: Path, size: str = "4m") -> Iterator[Path]:
    """A tmpfs of ``size`` mounted on ``folder`` (skips the test where mounting is not allowed)."""
    folder.mkdir(parents=True, exist_ok=True)
    if not IS_ROOT or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def remount(folder: Path, mode: str) -> None:
    """``mode``: "ro" or "rw"."""
    subprocess.run(["mount", "-o", f"remount,{mode}", str(folder)], check=True, capture_output=True)


def fill(folder: Path) -> Path:
    """Fill the file system of ``folder`` to the last byte; returns the filler file (delete it to free space)."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as fh:   # unbuffered: the last write fails here, not at close
        for size in (65536, 4096, 512, 1):
            try:
                while fh.write(b"\0" * size):
                    pass
            except OSError:
                continue
    return filler


def unprivileged() -> list[str]:
    """The prefix that runs a command subject to file permissions (root loses the override capabilities)."""
    if not IS_ROOT:
        return []
    if not shutil.which("setpriv"):
        pytest.skip("setpriv is needed to drop root's file-permission override")
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner"]


def cordee(*args: str, prefix: list[str] | None = None, env: dict | None = None,
           timeout: float = 120) -> subprocess.CompletedProcess:
    """Run the ``cordee`` command line as a real process (English, no keyring, the log in the test's folder)."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CORDEE_LANG": "en",
                   "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "PYTHONPATH": str(ROOT)}
    environment.pop("CORDEE_PASSPHRASE", None)
    environment.update(env or {})
    return subprocess.run([*(prefix or []), sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          env=environment, cwd=ROOT, timeout=timeout)
