"""The maturity self-assessment grid, read from ``resources/maturity/<key>.json``: its axes, its level scale, its
source, edition and reuse terms (see the file: what is paraphrased is marked there)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from app.resources import resource_dir
from app.services.kernel import labels as L

DEFAULT_GRID = "has_matrice_2012"


@dataclass(frozen=True)
class Axis:
    key: str
    labels: dict[str, str]          # fr, de, en
    hints: dict[str, str]


@dataclass(frozen=True)
class Level:
    level: int
    labels: dict[str, str]
    descriptions: dict[str, str]


@dataclass(frozen=True)
class Grid:
    key: str
    axes: tuple[Axis, ...]
    levels: tuple[Level, ...]
    source_name: str
    source_edition: str
    source_url: str
    reuse_terms: str
    translations: str
    verify_note: str

    @property
    def axis_keys(self) -> tuple[str, ...]:
        return tuple(a.key for a in self.axes)

    @property
    def lowest(self) -> int:
        return min(v.level for v in self.levels)

    @property
    def highest(self) -> int:
        return max(v.level for v in self.levels)

    def axis_label(self, key: str, lang: str) -> str:
        """The axis' name in ``lang`` (fr, de, en); an unknown key as is."""
        axis = next((a for a in self.axes if a.key == key), None)
        return axis.labels[L.lang_of(lang)] if axis else key


@cache
def load(key: str = DEFAULT_GRID) -> Grid:
    """The grid ``key`` (read once; the file is shipped with the program)."""
    data = json.loads(resource_dir("maturity", f"{key}.json").read_text(encoding="utf-8"))
    source = data["source"]
    return Grid(
        key=data["key"],
        axes=tuple(Axis(a["key"], a["label"], a["hint"]) for a in data["axes"]),
        levels=tuple(Level(v["level"], v["label"], v["description"]) for v in data["levels"]),
        source_name=source["name"], source_edition=source["edition"], source_url=source["url"],
        reuse_terms=data["reuse_terms"], translations=data["translations"], verify_note=data.get("verify_note", ""))
