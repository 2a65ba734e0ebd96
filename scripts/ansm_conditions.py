"""Compiles the coded conditions of ``curation.json`` into the form the review engine evaluates.

A condition names the side of the entry it reads by the side's name as written in the entry ("DILTIAZEM"), or
"either" / "both"; the compiled form says "a", "b", "either" or "both". Forms (the engine's
``app/services/medications/review/ansm_conditions.py`` evaluates them, three-valued):

* ``{"member": {"side": S, "in": [names]}}`` — the drug on side S is one of these substances or classes;
* ``{"route": {"side": S, "in": ["oral", "intravenous", …]}}`` — its route (EDQM codes after compiling);
* ``{"dose": {"side": S, "per": "day"|"week", "gt"|"gte"|"lt"|"lte": mg, "assume_by_atc": {code: mg}}}``;
* ``{"atc": {"side": S, "in": [prefixes]}}`` — the ATC code of its line;
* ``{"diagnosis": [ICD-10 prefixes]}``, ``{"age": {"gte": n}}``, ``{"egfr": {"lt": n}}`` — patient data;
* ``{"same_atc_group": n}`` — both drugs share the first n characters of their ATC codes;
* ``{"unknown": INPUT}`` — a condition no record holds (indication, treatment phase …): never evaluable;
* ``{"any": [...]}``, ``{"all": [...]}``, ``{"not": {...}}``.
"""

from __future__ import annotations

from ansm_clean import key

SIDED = ("member", "route", "dose", "atc")
UNKNOWN_INPUTS = {"indication", "renal_hepatic_function", "renal_function", "cardiac_function", "treatment_phase",
                  "resistance", "timing", "smpc_reference", "patient_age_group", "hypokalaemia", "formulation"}


def compile_condition(spec: dict, sides: dict[str, str], known: set[str], routes: dict[str, str],
                      where: str) -> dict:
    """The engine form of one condition of entry ``where`` (raises ValueError naming the entry)."""
    if not isinstance(spec, dict) or len(spec) != 1:
        raise ValueError(f"{where}: a condition is an object with one key, not {spec!r}")
    (op, arg), = spec.items()
    if op in ("any", "all"):
        return {op: [compile_condition(s, sides, known, routes, where) for s in arg]}
    if op == "not":
        return {"not": compile_condition(arg, sides, known, routes, where)}
    if op in SIDED:
        out = dict(arg)
        out["side"] = _side(arg["side"], sides, where)
        if op == "member":
            out["in"] = [_term(n, known, where) for n in arg["in"]]
        elif op == "route":
            out["in"] = sorted({routes[w] for w in arg["in"]})
        elif op == "dose" and arg.get("per") not in ("day", "week"):
            raise ValueError(f"{where}: dose 'per' must be day or week")
        return {op: out}
    if op == "unknown":
        if arg not in UNKNOWN_INPUTS:
            raise ValueError(f"{where}: unknown input {arg!r} (expected one of {sorted(UNKNOWN_INPUTS)})")
        return spec
    if op in ("diagnosis", "age", "egfr", "same_atc_group"):
        return spec
    raise ValueError(f"{where}: unknown condition {op!r}")


def _side(name: str, sides: dict[str, str], where: str) -> str:
    if name in ("either", "both"):
        return name
    try:
        return sides[key(name)]
    except KeyError:
        raise ValueError(f"{where}: {name!r} is not a side of the entry") from None


def _term(name: str, known: set[str], where: str) -> str:
    k = key(name)
    if k not in known:
        raise ValueError(f"{where}: {name!r} is not a substance or class of the ANSM index")
    return k
