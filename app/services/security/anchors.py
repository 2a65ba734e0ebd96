"""Anchors of the audit chain: its head (position, hash, time) written outside the database, and their comparison
with the chain.

The chain's key derives from the database key, so whoever holds the passphrase can delete every row, rebuild a
valid chain or put an older copy of the file in place. An anchor written before that, in a place they cannot
rewrite, still names the position and hash the genuine chain had: verification then finds the chain shorter than
the anchor (rows deleted, older copy) or a different hash at its position (chain rebuilt). Anchors are signed with
the audit key so that a line written by anyone else is recognised (they are not secret).

A ``restore`` anchor is written when a backup is restored on purpose: anchors written before it, beyond the
restored position, are then reported as set back by that restore (not as tampering), and it is shown.

Where the anchors are kept (key-slot file, backup manifests, an append-only file or syslog) is ``storage``'s
business; here is what an anchor is and what a set of them says about a chain.
"""

from __future__ import annotations

import hmac
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

from app.services.security.audit import Finding, mac

TAG = "cordee-anchor"
KINDS = ("head", "restore")
PLACES = ("key_file", "backup", "log")
_LINE = re.compile(re.escape(TAG) + r"\s+(\{.*\})")


@dataclass(frozen=True)
class Anchor:
    """The chain's head at one moment: ``seq`` rows, the last one's ``row_hash``, written at ``at`` (UTC, ISO)."""

    db_uuid: str
    seq: int
    row_hash: str
    at: str
    kind: str = "head"
    mac: str = ""

    def _payload(self) -> bytes:
        return f"anchor|{self.kind}|{self.db_uuid}|{self.seq}|{self.row_hash}|{self.at}".encode()

    def signed(self, key: bytes) -> Anchor:
        return Anchor(self.db_uuid, self.seq, self.row_hash, self.at, self.kind, mac(key, self._payload()))

    def genuine(self, key: bytes) -> bool:
        return hmac.compare_digest(self.mac, mac(key, self._payload()))

    @property
    def time(self) -> datetime | None:
        try:
            when = datetime.fromisoformat(self.at)
        except ValueError:
            return None
        return when.replace(tzinfo=UTC) if when.utcoffset() is None else when

    def to_dict(self) -> dict:
        return {"db": self.db_uuid, "seq": self.seq, "hash": self.row_hash, "at": self.at, "kind": self.kind,
                "mac": self.mac}

    @classmethod
    def from_dict(cls, d: dict) -> Anchor:
        """Raises ValueError when ``d`` is not an anchor."""
        try:
            anchor = cls(str(d["db"]), d["seq"], str(d["hash"]), str(d["at"]), str(d.get("kind", "head")),
                         str(d.get("mac", "")))
        except (KeyError, TypeError) as exc:
            raise ValueError(f"not an anchor: {exc}") from None
        if not isinstance(anchor.seq, int) or isinstance(anchor.seq, bool) or anchor.seq < 0 \
                or anchor.kind not in KINDS:
            raise ValueError("not an anchor")
        return anchor

    def to_line(self) -> str:
        """One line of an anchor log (also the syslog message): the tag, then the anchor as JSON."""
        return f"{TAG} {json.dumps(self.to_dict(), sort_keys=True, separators=(',', ':'))}"


def new_anchor(key: bytes, db_uuid: str, seq: int, row_hash: str, kind: str = "head",
               at: datetime | None = None) -> Anchor:
    """A signed anchor of the head ``(seq, row_hash)`` written now."""
    when = (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds")
    return Anchor(db_uuid, seq, row_hash, when, kind).signed(key)


def parse_lines(lines: Iterable[str]) -> Iterator[tuple[int, Anchor | None]]:
    """(line number, anchor) for every line that carries the tag, whatever precedes it (a syslog or journal export
    keeps its own prefix); None for a tagged line that is not a readable anchor."""
    for number, line in enumerate(lines, 1):
        if TAG not in line:
            continue
        match = _LINE.search(line)
        try:
            yield number, Anchor.from_dict(json.loads(match.group(1))) if match else None
        except ValueError:
            yield number, None


@dataclass(frozen=True)
class Placed:
    """An anchor as read from a place: ``place`` is key_file, backup or log; ``where`` names the file, backup or
    line. ``anchor`` None: a tagged entry that could not be read."""

    anchor: Anchor | None
    place: str
    where: str


@dataclass(frozen=True)
class AnchorCheck:
    """What one place's anchors say about the chain; ``detects`` when they show tampering."""

    place: str
    where: str
    finding: Finding
    detects: bool = False


@dataclass
class _Group:
    place: str
    where: str
    matching: list[Anchor] = field(default_factory=list)
    beyond: list[Anchor] = field(default_factory=list)
    differs: list[Anchor] = field(default_factory=list)
    forged: int = 0
    superseded: list[tuple[Anchor, Anchor]] = field(default_factory=list)


def compare(placed: Iterable[Placed], db_uuid: str, key: bytes, rows: int, last_seq: int,
            hashes: dict[int, str]) -> list[AnchorCheck]:
    """Compare every anchor of this database with the chain (``hashes``: row_hash at each anchored position that
    exists); one or more checks per place, the ones that detect tampering first."""
    placed = [p for p in placed if p.anchor is None or p.anchor.db_uuid == db_uuid]
    genuine = [p.anchor for p in placed if p.anchor is not None and p.anchor.genuine(key)]
    restores = [a for a in genuine if a.kind == "restore" and _holds(a, last_seq, hashes)]
    groups: dict[tuple[str, str], _Group] = {}
    for p in placed:
        group = groups.setdefault((p.place, _group_name(p)), _Group(p.place, _group_name(p)))
        a = p.anchor
        if a is None or not a.genuine(key):
            group.forged += 1
            continue
        if _holds(a, last_seq, hashes):
            group.matching.append(a)
            continue
        restore = next((r for r in sorted(restores, key=lambda r: r.at) if r.seq <= a.seq and r.at > a.at), None)
        if restore is not None:
            group.superseded.append((a, restore))
        elif a.seq > last_seq:
            group.beyond.append(a)
        else:
            group.differs.append(a)
    checks: list[AnchorCheck] = []
    for g in groups.values():
        checks += _checks_of(g, rows)
    return sorted(checks, key=lambda c: (not c.detects, PLACES.index(c.place) if c.place in PLACES else 9, c.where))


def _holds(a: Anchor, last_seq: int, hashes: dict[int, str]) -> bool:
    if a.seq == 0:
        return True   # the empty chain: nothing to contradict
    return a.seq <= last_seq and hashes.get(a.seq) == a.row_hash


def _group_name(p: Placed) -> str:
    """A log is one place whatever line an anchor is on (``where`` is "path:line")."""
    return p.where.rsplit(":", 1)[0] if p.place == "log" and ":" in p.where else p.where


def _params(g: _Group, a: Anchor, **more) -> dict:
    return {"anchor_place": g.place, "where": g.where, "seq": a.seq, "at": a.time or a.at, **more}


def _checks_of(g: _Group, rows: int) -> list[AnchorCheck]:
    out = []
    if g.beyond:
        a = max(g.beyond, key=lambda x: x.seq)
        out.append(AnchorCheck(g.place, g.where, Finding("security.anchor_beyond_chain",
                                                         _params(g, a, rows=rows, count=len(g.beyond))), True))
    if g.differs:
        a = min(g.differs, key=lambda x: x.seq)
        out.append(AnchorCheck(g.place, g.where, Finding("security.anchor_differs",
                                                         _params(g, a, count=len(g.differs))), True))
    if g.forged:
        out.append(AnchorCheck(g.place, g.where, Finding("security.anchor_forged", {
            "anchor_place": g.place, "where": g.where, "count": g.forged}), True))
    for a, restore in _newest_per_restore(g.superseded):
        out.append(AnchorCheck(g.place, g.where, Finding("security.anchor_set_back_by_restore", _params(
            g, a, restore_seq=restore.seq, restore_at=restore.time or restore.at))))
    if g.matching:
        a = max(g.matching, key=lambda x: (x.seq, x.at))
        out.append(AnchorCheck(g.place, g.where, Finding("security.anchor_matches", _params(g, a))))
    return out


def _newest_per_restore(pairs: list[tuple[Anchor, Anchor]]) -> list[tuple[Anchor, Anchor]]:
    by_restore: dict[Anchor, Anchor] = {}
    for a, restore in pairs:
        if restore not in by_restore or a.seq > by_restore[restore].seq:
            by_restore[restore] = a
    return [(a, r) for r, a in by_restore.items()]
