"""Who is acting: the logged-in staff member as plain values."""

from __future__ import annotations

import socket
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Actor:
    staff_id: int | None
    username: str
    display_name: str
    roles: frozenset[str] = field(default_factory=frozenset)
    workstation: str = field(default_factory=socket.gethostname)

    @property
    def roles_text(self) -> str:
        return " ".join(sorted(self.roles))


SYSTEM = Actor(None, "system", "Cordée", frozenset({"system"}))
