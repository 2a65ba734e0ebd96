"""1,200 bundles made from a valid one by a seeded generator (elements deleted, given the wrong type, oversized,
nested too deep, cut short, coded wrongly): each is refused with one coded message, nothing is stored, no
traceback."""

from __future__ import annotations

import copy
import json
import random

import pytest
from sqlmodel import func, select

from app.models.audit import AuditEvent
from app.models.medication import MedicationLine, Observation
from app.models.patient import Patient, PatientProblem
from app.services.errors import CordeeError
from app.services.exchange import summary_export, summary_import
from app.ui.common.errors import ERROR_TEXTS
from tests.services.exchange.fhir_support import full_patient, second_practice
from tests.support import in_english

BUNDLES = 1200
REQUIRED = {"Patient": ["birthDate", "name"],
            "MedicationStatement": ["status", "subject", "medicationCodeableConcept", "medicationReference"],
            "Observation": ["status", "code"], "Condition": ["subject"], "AllergyIntolerance": ["patient"]}


def _nodes(value, path=()):
    """(path, value) of every element below the root."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield (*path, key), item
            yield from _nodes(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield (*path, i), item
            yield from _nodes(item, (*path, i))


def _set(bundle, path, value):
    target = bundle
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value


def mutate(base: dict, rng: random.Random) -> bytes:
    bundle = copy.deepcopy(base)
    nodes = list(_nodes(bundle))
    kind = rng.choice(["leaf_wrong_type", "object_to_scalar", "unknown_key", "delete_required", "oversized",
                       "too_deep", "cut_short", "bad_code", "out_of_range", "not_bundle"])
    if kind == "leaf_wrong_type":
        path, _ = rng.choice([(p, v) for p, v in nodes if not isinstance(v, dict | list)])
        _set(bundle, path, rng.choice([{"bad": 1}, [{"bad": 1}], {"value": None, "x": []}]))
    elif kind == "object_to_scalar":
        path, _ = rng.choice([(p, v) for p, v in nodes if isinstance(v, dict)])
        _set(bundle, path, rng.choice(["text", 12, 3.5, True]))
    elif kind == "unknown_key":
        path, target = rng.choice([(p, v) for p, v in nodes if isinstance(v, dict)])
        target["cordeeFuzz" + str(rng.randrange(100))] = "x"
    elif kind == "delete_required":
        entries = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] in REQUIRED]
        resource = rng.choice(entries)
        del resource[rng.choice([k for k in REQUIRED[resource["resourceType"]] if k in resource])]
    elif kind == "oversized":
        path, _ = rng.choice([(p, v) for p, v in nodes if isinstance(v, str)])
        _set(bundle, path, "x" * rng.choice([5_000_001, 6_000_000]))
    elif kind == "too_deep":
        path, _ = rng.choice(nodes)
        deep: object = "x"
        for _ in range(rng.randrange(45, 400)):
            deep = [deep]
        _set(bundle, path, deep)
    elif kind == "cut_short":
        text = json.dumps(bundle)
        return text[:rng.randrange(0, len(text) - 1)].encode()
    elif kind == "bad_code":
        codings = [v for p, v in nodes if isinstance(v, dict) and v.get("system") in (
            "http://hl7.org/fhir/sid/icd-10", "http://www.whocc.no/atc", "urn:oid:1.2.250.1.213.1.4.8")]
        coding = rng.choice(codings)
        coding["code" if "code" in coding else "value"] = rng.choice(["??", "123", "ZZZZZZZZZ"])
    elif kind == "out_of_range":
        values = [v for p, v in nodes if isinstance(v, dict) and "valueQuantity" in v]
        rng.choice(values)["valueQuantity"]["value"] = rng.choice([-5, 10_000, 1e9])
    elif kind == "not_bundle":
        bundle["resourceType"] = rng.choice(["Patient", "bundle", 7, None])
    return json.dumps(bundle).encode()


def _stored(practice) -> tuple[int, ...]:
    with practice.db.session() as s:
        return tuple(s.exec(select(func.count()).select_from(t)).one()
                     for t in (Patient, PatientProblem, MedicationLine, Observation)) + \
            (s.exec(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "patient.import")).one(),)


@pytest.mark.parametrize("seed", [20261207])
def test_fuzzed_bundles_are_refused_with_one_coded_message(practice, tmp_path, seed):
    pid = full_patient(practice)
    base = summary_export.export_summary(practice.ctx["physician"], pid)
    other = second_practice(tmp_path)
    rng = random.Random(seed)
    codes: dict[str, int] = {}
    try:
        before = _stored(other)
        for n in range(BUNDLES):
            data = mutate(base, rng)
            with pytest.raises(CordeeError) as caught:
                summary_import.apply_import(other.ctx["physician"], data)
            assert caught.value.code in ERROR_TEXTS, (n, caught.value)
            if caught.value.code == "exchange.fhir_invalid":   # the element is named, not the whole bundle
                assert caught.value.params["path"].startswith("Bundle."), (n, caught.value)
            message = in_english(caught.value)
            assert "\n" not in message and "{" not in message, (n, message)
            codes[caught.value.code] = codes.get(caught.value.code, 0) + 1
        assert _stored(other) == before
    finally:
        other.db.close()
    assert sum(codes.values()) == BUNDLES
    assert len(codes) >= 8, codes
