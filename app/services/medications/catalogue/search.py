"""Search-as-you-type over the drug catalogue (substances in FR/DE/EN and brand names).

The index is built once, in memory, from the shipped CSV files plus any imported
products. Matching is accent- and case-insensitive; a match at the start of a
name ranks first, then a match at the start of a word, then any substring
(substrings only for queries of 3 characters or more). Pure Python, no Qt.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from app.services.medications.catalogue.drug_catalogue import Product, Substance, load_products, load_substances

RANK_PREFIX, RANK_WORD, RANK_SUBSTRING = 0, 1, 2
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d"})


def normalize(text: str) -> str:
    """Fold ``text`` for matching: no accents, lower case, punctuation as single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LIGATURES))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_ALNUM.sub(" ", stripped).strip()


@dataclass(frozen=True, slots=True)
class SearchResult:
    """One search hit, ready for display."""

    atc: str | None
    display_name: str
    kind: str  # "substance" or "product"
    product_names: tuple[str, ...]
    matched: str = ""
    substance_name: str = ""
    countries: tuple[str, ...] = ()
    rank: int = RANK_PREFIX


@dataclass(slots=True)
class _Entry:
    kind: str
    atc: str | None
    names: dict[str, str]  # lang -> display name (products: same name for all)
    terms: tuple[str, ...]
    countries: tuple[str, ...] = ()


class CatalogueIndex:
    """In-memory index of substances and products; build once, query many times."""

    def __init__(self, substances: Iterable[Substance], products: Iterable[Product]):
        self._entries: list[_Entry] = []
        products = list(products)
        by_atc: dict[str, set[str]] = {}
        for p in products:
            if p.atc:
                by_atc.setdefault(p.atc, set()).add(p.name)
        self._products_by_atc = {k: tuple(sorted(v, key=str.casefold)) for k, v in by_atc.items()}
        self._substance_by_atc: dict[str, Substance] = {}
        for s in substances:
            self._substance_by_atc.setdefault(s.atc, s)
            names = {"fr": s.inn_fr, "de": s.inn_de, "en": s.inn_en}
            self._entries.append(_Entry("substance", s.atc, names, tuple(dict.fromkeys(names.values()))))
        grouped: dict[tuple[str, str | None], _Entry] = {}
        for p in products:
            key = (normalize(p.name), p.atc)
            entry = grouped.get(key)
            if entry is None:
                entry = grouped[key] = _Entry("product", p.atc, {"fr": p.name}, (p.name,))
                self._entries.append(entry)
            if p.country and p.country not in entry.countries:
                entry.countries = tuple(sorted(entry.countries + (p.country,)))
        self._build_keys()

    def _build_keys(self) -> None:
        keys: list[tuple[str, int, int]] = []  # (word suffix, term id, rank)
        self._term_entry: list[int] = []
        self._term_text: list[str] = []
        norms: list[str] = []
        for entry_id, entry in enumerate(self._entries):
            for term in entry.terms:
                norm = normalize(term)
                if not norm:
                    continue
                term_id = len(self._term_entry)
                self._term_entry.append(entry_id)
                self._term_text.append(term)
                norms.append(norm)
                keys.append((norm, term_id, RANK_PREFIX))
                for m in re.finditer(r" ", norm):
                    keys.append((norm[m.end():], term_id, RANK_WORD))
        keys.sort()
        self._keys = [k[0] for k in keys]
        self._key_refs = [(k[1], k[2]) for k in keys]
        self._term_len = [len(n) for n in norms]
        # Substring blob ordered by term length, so a scan meets shorter names first
        # and can stop once enough entries are found.
        self._blob_terms = sorted(range(len(norms)), key=lambda t: (len(norms[t]), norms[t]))
        self._blob = "\n".join(norms[t] for t in self._blob_terms)
        self._starts, pos = [], 0
        for t in self._blob_terms:
            self._starts.append(pos)
            pos += len(norms[t]) + 1

    def __len__(self) -> int:
        return len(self._entries)

    def _matches(self, q: str, limit: int) -> dict[int, int]:
        """Return {term id: best rank} for terms matching ``q``."""
        best: dict[int, int] = {}
        lo = bisect_left(self._keys, q)
        hi = bisect_right(self._keys, q + "\uffff", lo)
        for term_id, rank in self._key_refs[lo:hi]:
            if rank < best.get(term_id, 3):
                best[term_id] = rank
        if len(q) < 3:
            return best
        entries = {self._term_entry[t] for t in best}
        starts, find, stop_len = self._starts, self._blob.find, None
        pos = find(q)
        while pos >= 0:
            slot = bisect_right(starts, pos) - 1
            term_id = self._blob_terms[slot]
            if stop_len is not None and self._term_len[term_id] > stop_len:
                break  # later terms are longer and cannot enter the top ``limit``
            if term_id not in best:
                best[term_id] = RANK_SUBSTRING
                entries.add(self._term_entry[term_id])
                if stop_len is None and len(entries) >= limit:
                    stop_len = self._term_len[term_id]
            if slot + 1 >= len(starts):
                break
            pos = find(q, starts[slot + 1])
        return best

    def search(self, query: str, lang: str = "fr", limit: int = 20) -> list[SearchResult]:
        """Return up to ``limit`` results for ``query``, best first, names in ``lang``."""
        q = normalize(query)
        if not q or limit <= 0:
            return []
        per_entry: dict[int, tuple[int, int, int]] = {}
        for term_id, rank in self._matches(q, limit).items():
            entry_id = self._term_entry[term_id]
            cand = (rank, self._term_len[term_id], term_id)
            if entry_id not in per_entry or cand < per_entry[entry_id]:
                per_entry[entry_id] = cand
        order = sorted(per_entry.items(), key=lambda item: (
            item[1][0], item[1][1], self._entries[item[0]].kind != "substance",
            self._term_text[item[1][2]].casefold()))
        return [self._result(entry_id, cand, lang) for entry_id, cand in order[:limit]]

    def _result(self, entry_id: int, cand: tuple[int, int, int], lang: str) -> SearchResult:
        entry = self._entries[entry_id]
        matched = self._term_text[cand[2]]
        if entry.kind == "substance":
            return SearchResult(entry.atc, entry.names.get(lang, entry.names["fr"]), "substance",
                                self._products_by_atc.get(entry.atc or "", ()), matched, rank=cand[0])
        substance = self._substance_by_atc.get(entry.atc or "")
        return SearchResult(entry.atc, entry.names["fr"], "product", (entry.names["fr"],), matched,
                            substance.name(lang) if substance else "", entry.countries, cand[0])


def build_index(extra_substances: Iterable[Substance] = (), extra_products: Iterable[Product] = ()) -> CatalogueIndex:
    """Build an index from the shipped catalogue plus imported substances/products."""
    return CatalogueIndex([*load_substances(), *extra_substances], [*load_products(), *extra_products])


@lru_cache(maxsize=1)
def default_index() -> CatalogueIndex:
    """Return the shared index over the shipped catalogue (built on first use)."""
    return build_index()


def search(query: str, lang: str = "fr", limit: int = 20) -> list[SearchResult]:
    """Search the shipped catalogue; see ``CatalogueIndex.search``."""
    return default_index().search(query, lang=lang, limit=limit)
