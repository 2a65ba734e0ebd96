"""The watched folder: packages dropped into it (from a USB key, a shared folder) are imported, then moved to
``done/``, or to ``refused/`` beside a ``.reason.txt`` naming the refusal's code (no patient data).

Both containers are read (the message alone, or inside an ``IHE_XDM.ZIP``). A package of directory entries is
not imported here (its conflicts need a person to decide): it goes to ``refused/`` with the code
``exchange.peer_directory_package``, to be imported from the directory window.

Only ``*.zip`` files at the top of the folder are looked at, at most ``MAX_PER_SCAN`` a scan, and only once they
have not changed for ``settle_seconds`` (a copy still being written waits for the next scan).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from app.services.errors import CordeeError, ValidationError
from app.services.exchange import peer_import, peer_package
from app.services.kernel.context import ServiceContext
from app.services.security.access import require

DONE, REFUSED = "done", "refused"
MAX_PER_SCAN = 50


@dataclass
class ScanResult:
    imported: list[tuple[str, int]] = field(default_factory=list)    # (file name, alert id)
    refused: list[tuple[str, str]] = field(default_factory=list)     # (file name, error code)


def _free_name(folder: Path, name: str) -> Path:
    target = folder / name
    n = 1
    while target.exists():
        target = folder / f"{Path(name).stem}-{n}{Path(name).suffix}"
        n += 1
    return target


def _move(path: Path, sub: str) -> Path:
    folder = path.parent / sub
    folder.mkdir(exist_ok=True)
    target = _free_name(folder, path.name)
    path.replace(target)
    return target


def scan_incoming(ctx: ServiceContext, folder: str | Path, settle_seconds: float = 2.0) -> ScanResult:
    """Import the packages waiting in ``folder``; each one is moved to ``done/`` or ``refused/`` (with its reason)."""
    require(ctx, "exchange.receive")
    base = Path(folder)
    if not base.is_dir():
        raise ValidationError("incoming_folder", "exchange.peer_bad_folder")
    result = ScanResult()
    now = time.time()
    waiting = sorted(p for p in base.iterdir() if p.is_file() and not p.is_symlink() and p.suffix.lower() == ".zip"
                     and now - p.stat().st_mtime >= settle_seconds)
    for path in waiting[:MAX_PER_SCAN]:
        try:
            with path.open("rb") as fh:
                data = fh.read(peer_package.MAX_PACKAGE_BYTES + 1)
            done = peer_import.apply_package(ctx, data)
        except CordeeError as exc:
            target = _move(path, REFUSED)
            target.with_name(target.name + ".reason.txt").write_text(
                f"{exc.code}\n" + "".join(f"{k}={v}\n" for k, v in exc.params.items()), encoding="utf-8")
            result.refused.append((path.name, exc.code))
            continue
        except OSError:
            continue   # the file went away or is still locked: the next scan tries again
        _move(path, DONE)
        result.imported.append((path.name, done.alert_id))
    return result
