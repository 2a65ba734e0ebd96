"""Choosing the level of an ANSM entry for one pair of drugs: coded conditions, three-valued.

A condition is True, False or unknown (None) when the record lacks the input it reads (a dose, a route, an
indication). The level is the most serious whose condition holds. When a more serious level's condition is
unknown, or when no level's condition holds but some are unknown, the finding says which inputs are missing and
which level was assumed: the least serious of the levels still possible (never silently the lower tier).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .context import PatientContext


@dataclass(frozen=True)
class Side:
    """One drug of the pair as the conditions read it."""

    name: str
    atc: str
    codes: tuple[str, ...]
    terms: frozenset[str]
    daily_mg: float | None
    weekly_mg: float | None
    route: str | None


@dataclass
class Reading:
    """What evaluating the conditions needed: the inputs that were missing and the assumptions made."""

    missing: list[tuple[str, str]] = field(default_factory=list)      # (input, drug name or "")
    assumed: list[tuple[str, str, float]] = field(default_factory=list)  # (drug name, ATC code, mg/day)

    def miss(self, what: str, who: str = "") -> None:
        if (what, who) not in self.missing:
            self.missing.append((what, who))


@dataclass(frozen=True)
class Choice:
    """The level chosen for a pair, and how sure it is."""

    index: int
    level: dict
    assumed: bool
    applies_unknown: bool
    uncertain_levels: tuple[int, ...]
    reading: Reading


def _sides(side: str, a: Side, b: Side) -> tuple[Side, ...]:
    return {"a": (a,), "b": (b,)}.get(side, (a, b))


def _combine(values: list[bool | None], op: str) -> bool | None:
    if op == "any":
        return True if True in values else (None if None in values else False)
    if op == "all":
        return False if False in values else (None if None in values else True)
    raise ValueError(op)


def _combine_reading(conds: list[dict], op: str, a: Side, b: Side, ctx: PatientContext,
                     reading: Reading) -> bool | None:
    """any / all, keeping the missing inputs only when they leave the result unknown (False and anything is False
    whatever the rest is, so an unknown route beside it is no uncertainty)."""
    parts = []
    for cond in conds:
        sub = Reading()
        parts.append((evaluate(cond, a, b, ctx, sub), sub))
    value = _combine([v for v, _ in parts], op)
    for v, sub in parts:
        if value is None and v is None:
            for item in sub.missing:
                reading.miss(*item)
        for item in sub.assumed:
            if item not in reading.assumed:
                reading.assumed.append(item)
    return value


def _compare(value: float, spec: dict) -> bool:
    return all((
        "gt" not in spec or value > spec["gt"], "gte" not in spec or value >= spec["gte"],
        "lt" not in spec or value < spec["lt"], "lte" not in spec or value <= spec["lte"]))


def _dose(spec: dict, side: Side, reading: Reading) -> bool | None:
    value = side.weekly_mg if spec["per"] == "week" else side.daily_mg
    if value is None and spec["per"] == "week" and side.daily_mg is not None:
        value = side.daily_mg * 7
    if value is None:
        for code, mg in spec.get("assume_by_atc", {}).items():
            if code in side.codes:
                if (side.name, code, mg) not in reading.assumed:
                    reading.assumed.append((side.name, code, mg))
                return _compare(mg, spec)
        reading.miss("dose", side.name)
        return None
    return _compare(value, spec)


def _one_side(op: str, spec: dict, side: Side, reading: Reading) -> bool | None:
    if op == "member":
        return any(t in side.terms for t in spec["in"])
    if op == "atc":
        return any(c.startswith(tuple(spec["in"])) for c in side.codes)
    if op == "route":
        if side.route is None:
            reading.miss("route", side.name)
            return None
        return side.route in spec["in"]
    return _dose(spec, side, reading)


def evaluate(cond: dict, a: Side, b: Side, ctx: PatientContext, reading: Reading) -> bool | None:
    """True / False / None (unknown) for one compiled condition."""
    (op, spec), = cond.items()
    if op in ("any", "all"):
        return _combine_reading([c for c in spec], op, a, b, ctx, reading)
    if op == "not":
        value = evaluate(spec, a, b, ctx, reading)
        return None if value is None else not value
    if op in ("member", "atc", "route", "dose"):
        values = [_one_side(op, spec, s, reading) for s in _sides(spec["side"], a, b)]
        return _combine(values, "all" if spec["side"] == "both" else "any")
    if op == "unknown":
        reading.miss(spec)
        return None
    if op == "diagnosis":
        return ctx.has_condition(tuple(c.replace(".", "") for c in spec))
    if op == "age":
        age = ctx.age
        if age is None:
            reading.miss("age")
            return None
        return _compare(age, spec)
    if op == "egfr":
        renal = ctx.renal_value("egfr")
        if renal is None:
            reading.miss("renal_function")
            return None
        return _compare(renal[0], spec)
    if op == "same_atc_group":
        return a.atc[:spec] == b.atc[:spec]
    raise ValueError(f"unknown condition {op!r}")


def choose(rule: dict, a: Side, b: Side, ctx: PatientContext, route_conditional: bool) -> Choice | None:
    """The level of ``rule`` for drugs ``a`` and ``b``, or None when the entry does not apply to them."""
    reading = Reading()
    applies: bool | None = True
    if "applies" in rule:
        applies = evaluate(rule["applies"], a, b, ctx, reading)
        if applies is False:
            return None
    if route_conditional:
        applies = None
    results = [True if "when" not in lv else evaluate(lv["when"], a, b, ctx, reading) for lv in rule["levels"]]
    chosen = next((i for i, r in enumerate(results) if r is True), None)
    assumed = False
    if chosen is None:
        possible = [i for i, r in enumerate(results) if r is None]
        if not possible:
            return None
        chosen, assumed = possible[-1], True
    uncertain = tuple(i for i, r in enumerate(results[:chosen]) if r is None)
    return Choice(chosen, rule["levels"][chosen], assumed or bool(uncertain) or bool(reading.assumed),
                  applies is None, uncertain, reading)
