"""Accent- and case-folding for names, shared by indexing and querying."""

from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """Lower case without accents: 'Hélène Müller-Straße' -> 'helene muller-strasse'."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold().replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")


def tokens(text: str) -> list[str]:
    """Folded words (compound names are split on hyphens and apostrophes)."""
    return [t for t in _SEPARATORS.split(fold(text)) if t]


def search_text(*parts: str | None) -> str:
    """What the index stores for a record: its folded words, space separated."""
    words: list[str] = []
    for part in parts:
        words.extend(tokens(part or ""))
    return " ".join(words)


def sort_key(family_name: str, given_names: str) -> str:
    """Accent-insensitive alphabetical order: 'Éric' sorts with 'Eric', not after 'Z'."""
    return f"{' '.join(tokens(family_name))} {' '.join(tokens(given_names))}"[:300]
