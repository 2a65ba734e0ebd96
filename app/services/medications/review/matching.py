"""ATC selectors compiled into prefix indexes, cached per ATC code."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable

Matcher = tuple[str, tuple[str, ...]]  # (included prefix, excluded prefixes)


def compile_side(items: Iterable[str], selectors: dict[str, dict],
                 extra_exclude: Iterable[str] = ()) -> tuple[Matcher, ...]:
    """Expand '@NAME' selectors and plain ATC prefixes into matchers."""
    extra = tuple(extra_exclude)
    out: list[Matcher] = []
    for item in items:
        if item.startswith("@"):
            sel = selectors[item[1:]]
            excl = tuple(sel.get("exclude", ())) + extra
            out.extend((p, excl) for p in sel["atc"])
        else:
            out.append((item, extra))
    return tuple(out)


def matches(code: str, matchers: Iterable[Matcher]) -> bool:
    """True if the ATC code falls under one of the matchers."""
    return any(code.startswith(p) and not any(code.startswith(e) for e in excl) for p, excl in matchers)


class PrefixIndex:
    """Maps an ATC code to the keys (rule, side…) whose selectors cover it.

    Lookups walk the code's own prefixes (at most 7), so cost does not grow with the
    number of rules; results are memoised per code because the same codes recur.
    """

    def __init__(self) -> None:
        self._by_prefix: dict[str, list[tuple[Hashable, tuple[str, ...]]]] = defaultdict(list)
        self._cache: dict[str, frozenset] = {}

    def add(self, key: Hashable, matchers: Iterable[Matcher]) -> None:
        """Register key under every matcher."""
        for prefix, excl in matchers:
            self._by_prefix[prefix].append((key, excl))
        self._cache.clear()

    def lookup(self, code: str) -> frozenset:
        """Keys whose selectors match code."""
        hit = self._cache.get(code)
        if hit is None:
            keys = set()
            for i in range(1, len(code) + 1):
                for key, excl in self._by_prefix.get(code[:i], ()):
                    if not any(code.startswith(e) for e in excl):
                        keys.add(key)
            hit = self._cache[code] = frozenset(keys)
        return hit
