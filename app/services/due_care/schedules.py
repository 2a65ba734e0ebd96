"""The schedules as data: ``resources/due_care/*.json`` (acts, sources, condition follow-up, prevention).

Each item says when it applies (ICD-10 prefixes of the patient's problems, ATC prefixes of a current medication,
sex, age range, country), which act (or observation) clears it, its interval and its source. A malformed file
is refused with a ``ScheduleFileError`` naming the file and the key.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache

from app.resources import resource_dir
from app.services.errors import CordeeError

SCHEDULE_DIR = resource_dir("due_care")
SCHEDULE_FILES = ("conditions.json", "prevention.json")
COUNTRIES = ("FR", "CH")


class ScheduleFileError(CordeeError):
    """A schedule file is malformed: the params name the file and the key."""

    code = "schedule_file"

    def __init__(self, code: str, file: str, key: str, **params):
        super().__init__(code, file=file, key=key, **params)


@dataclass(frozen=True)
class Act:
    code: str
    labels: dict


@dataclass(frozen=True)
class Source:
    key: str
    title: str
    publisher: str
    edition: str
    url: str


@dataclass(frozen=True)
class Group:
    key: str
    kind: str            # condition | prevention
    labels: dict


@dataclass(frozen=True)
class Item:
    key: str
    group: str
    countries: tuple[str, ...]
    act: str
    observations: tuple[str, ...] = ()
    also: tuple[tuple[str, int], ...] = ()          # (act code, months it counts)
    icd10: tuple[str, ...] = ()
    atc: tuple[str, ...] = ()
    sex: str | None = None
    age_min: int | None = None
    age_max: int | None = None
    interval_months: int | None = None
    overdue_after_months: int = 0
    once: bool = False
    booster_ages: tuple[int, ...] = ()
    then_every_years: int | None = None
    asalee_act: str | None = None
    source: str = ""
    verify: bool = True
    note: str = ""


@dataclass(frozen=True)
class Schedules:
    acts: dict[str, Act]
    sources: dict[str, Source]
    groups: dict[str, Group]
    items: tuple[Item, ...]
    _index: dict = field(default_factory=dict, compare=False, repr=False)

    def for_country(self, country: str) -> tuple[Item, ...]:
        return self._by_country().get(country, ())

    def of_group(self, group: str) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.group == group)

    def item(self, key: str) -> Item | None:
        return self._by_key().get(key)

    def _by_key(self) -> dict[str, Item]:
        if "by_key" not in self._index:
            self._index["by_key"] = {i.key: i for i in self.items}
        return self._index["by_key"]

    def candidates(self, country: str, problems: list[str]) -> list[Item]:
        """The items of ``country`` that may apply to a patient with these problem codes: those without a condition
        and those whose ICD-10 prefix one of the codes starts with (quick in batch: most items need a condition)."""
        index = self._index.get("by_icd3")
        if index is None:
            index = self._index["by_icd3"] = {}
            for c in COUNTRIES:
                free, by3 = [], {}
                for i in self.for_country(c):
                    if not i.icd10 or any(len(p) < 3 for p in i.icd10):
                        free.append(i)
                    else:
                        for p in {p[:3] for p in i.icd10}:
                            by3.setdefault(p, []).append(i)
                index[c] = (free, by3)
        free, by3 = index.get(country, ((), {}))
        out = list(free)
        for code in {p[:3] for p in problems}:
            out.extend(i for i in by3.get(code, ()) if i not in out)
        return out

    def _by_country(self) -> dict[str, tuple[Item, ...]]:
        if "by_country" not in self._index:
            self._index["by_country"] = {c: tuple(i for i in self.items if c in i.countries) for c in COUNTRIES}
        return self._index["by_country"]


def _load(name: str) -> dict:
    try:
        return json.loads((SCHEDULE_DIR / name).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ScheduleFileError("due_care.schedule_unreadable", name, "", reason=str(exc)) from None


def _item(raw: dict, name: str, i: int, acts: dict, sources: dict, groups: dict) -> Item:
    where = f"items[{i}]"
    trigger = raw.get("trigger") or {}
    if not isinstance(raw.get("key"), str) or raw.get("group") not in groups:
        raise ScheduleFileError("due_care.schedule_bad_item", name, where)
    if raw.get("act") not in acts or any(a.get("act") not in acts for a in raw.get("also", [])):
        raise ScheduleFileError("due_care.schedule_bad_item", name, f"{where}.act")
    if raw.get("source") not in sources or not set(raw.get("countries", [])) <= set(COUNTRIES):
        raise ScheduleFileError("due_care.schedule_bad_item", name, f"{where}.source")
    if not (raw.get("once") or raw.get("booster_ages") or raw.get("interval_months")):
        raise ScheduleFileError("due_care.schedule_bad_item", name, f"{where}.interval_months")
    return Item(
        key=raw["key"], group=raw["group"], countries=tuple(raw.get("countries", COUNTRIES)), act=raw["act"],
        observations=tuple(raw.get("observations", ())),
        also=tuple((a["act"], int(a["valid_months"])) for a in raw.get("also", [])),
        icd10=tuple(trigger.get("icd10", ())), atc=tuple(trigger.get("atc", ())), sex=trigger.get("sex"),
        age_min=trigger.get("age_min"), age_max=trigger.get("age_max"),
        interval_months=raw.get("interval_months"),
        overdue_after_months=int(raw.get("overdue_after_months", raw.get("interval_months") or 0)),
        once=bool(raw.get("once")), booster_ages=tuple(raw.get("booster_ages", ())),
        then_every_years=raw.get("then_every_years"), asalee_act=raw.get("asalee_act"), source=raw["source"],
        verify=bool(raw.get("verify", True)), note=raw.get("note", ""))


@lru_cache(maxsize=1)
def load() -> Schedules:
    """Every schedule, checked (cached: the files ship with the program)."""
    acts = {a["code"]: Act(a["code"], a["labels"]) for a in _load("acts.json")["acts"]}
    sources = {k: Source(k, s["title"], s["publisher"], s["edition"], s["url"])
               for k, s in _load("sources.json")["sources"].items()}
    groups: dict[str, Group] = {}
    items: list[Item] = []
    for name in SCHEDULE_FILES:
        data = _load(name)
        for g in data["groups"]:
            groups[g["key"]] = Group(g["key"], g["kind"], g["labels"])
        items.extend(_item(raw, name, i, acts, sources, groups) for i, raw in enumerate(data["items"]))
    keys = [i.key for i in items]
    if len(set(keys)) != len(keys):
        raise ScheduleFileError("due_care.schedule_bad_item", "", "key")
    return Schedules(acts, sources, groups, tuple(items))


def label(labels: dict, lang: str) -> str:
    """The word in ``lang`` (fr, de, en), French when missing."""
    return labels.get(lang) or labels.get("fr") or labels.get("en", "")
