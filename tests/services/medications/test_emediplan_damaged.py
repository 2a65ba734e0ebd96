"""Damaged CHMED16A payloads: mutations of a valid plan (transport, JSON and every field) are read or refused with
one coded error on the field ``emediplan`` naming the CHMED16A field; nothing else ever escapes the reader."""

from __future__ import annotations

import base64
import copy
import gzip
import json
import random
import re
import zlib

import pytest

from app.services.errors import ValidationError
from app.services.medications import emediplan, posology
from app.ui.common.errors.medications import TEXTS
from tests.services.medications.test_emediplan_posology import LINES, WHEN, _rows

BAD_VALUES = [None, "x", "", -1, 1e308, 10 ** 40, [], {}, [[[[1]]]], "9" * 5000, True, {"a": {"b": 1}}, [1, 2, 3, 4, 5],
              "2026-13-45", 0.5]


def _valid() -> dict:
    patient = emediplan.PlanPatient("Girard", "Odette", None, "F", "fr", "Rue du Rhône 3", "1950", "Sion",
                                    "80756012345678901234", 62.5, 25, risks=((3, (612,)), (6, ())), height_cm=160)
    obj = emediplan.plan_object(patient, _rows(LINES), WHEN, "7601000000002", "Rmk", validated_by="7601000000019",
                                validated_at=WHEN)
    obj["Patient"]["BDt"] = "1941-03-12"
    return obj


def _paths(value, path=()):
    """Every path of the object (containers and leaves)."""
    yield path
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*path, i))


def _set(obj, path, value, delete=False):
    out = copy.deepcopy(obj)
    target = out
    for key in path[:-1]:
        target = target[key]
    if delete:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return out


def _pack(obj) -> str:
    return emediplan.PREFIX + base64.b64encode(gzip.compress(json.dumps(obj).encode())).decode()


def _transport_damage(good: str) -> list[str]:
    rnd = random.Random(1516)
    body = good[len(emediplan.PREFIX):]
    raw = base64.b64decode(body)
    out = ["", "   ", "CHMED", "CHMED16A", "CHMED16A2" + body, "chmed16a1" + body, "CHMED23A1" + body,
           "CHMED16A1", "CHMED16A0", "CHMED16A0[]", "CHMED16A0null", "CHMED16A0\"text\"", "CHMED16A0 42",
           "CHMED16A0" + "[" * 100_000 + "]" * 100_000, "CHMED16A0" + '{"Patient":' * 50_000 + "1" + "}" * 50_000,
           "CHMED16A0{\"MedType\": NaN}", "CHMED16A0{\"MedType\": Infinity}", "CHMED16A0{\"MedType\": 1" + "0" * 5000 + "}",
           "CHMED16A1" + base64.b64encode(zlib.compress(json.dumps({"MedType": 1}).encode())).decode(),   # zlib: read
           "CHMED16A1" + base64.b64encode(gzip.compress(b"\xff\xfe not utf-8")).decode(),
           "CHMED16A1" + base64.b64encode(gzip.compress(b" " * (emediplan.MAX_JSON + 10))).decode(),   # a bomb
           "CHMED16A1" + body + "====", "CHMED16A1" + body[:-1], "CHMED16A1" + body.replace("A", "-", 1)]
    for cut in sorted(rnd.sample(range(1, len(raw)), 12)):          # truncated gzip streams
        out.append(emediplan.PREFIX + base64.b64encode(raw[:cut]).decode())
    for _ in range(16):                                               # flipped bytes inside the gzip stream
        data = bytearray(raw)
        i = rnd.randrange(10, len(data))
        data[i] ^= 1 << rnd.randrange(8)
        out.append(emediplan.PREFIX + base64.b64encode(bytes(data)).decode())
    for cut in sorted(rnd.sample(range(len(emediplan.PREFIX) + 1, len(good)), 8)):   # truncated base64 text
        out.append(good[:cut])
    return out


def _field_damage(obj: dict) -> list[str]:
    rnd = random.Random(15)
    paths = [p for p in _paths(obj) if p]
    out = []
    for path in rnd.sample(paths, min(len(paths), 70)):
        out.append(_pack(_set(obj, path, rnd.choice(BAD_VALUES))))
        out.append(_pack(_set(obj, path, None, delete=True)))
    for i, m in enumerate(obj["Medicaments"]):                        # D with fewer (and more) than four entries
        if "D" in m["Pos"][0]:
            for n in (0, 1, 3, 5):
                out.append(_pack(_set(obj, ("Medicaments", i, "Pos", 0, "D"), m["Pos"][0]["D"][:n] + [0] * (n - 4))))
    deep = {"Nm": "x", "Val": "y"}
    for _ in range(40):
        deep = {"Nm": "x", "PFields": [deep]}
    out += [_pack(_set(obj, ("Medicaments", 0, "PFields"), [deep])), _pack(_set(obj, ("Medicaments",), [{}] * 600)),
            _pack(_set(obj, ("Medicaments", 0, "Pos", 0, "TT"), [{"Off": 10 ** 30, "DoFrom": 1}])),
            _pack(_set(obj, ("Medicaments", 0, "Pos", 0, "CyDu"), -86400)),
            _pack(_set(obj, ("Medicaments", 0, "Pos"), [{}, {"D": [1]}, "x"])),
            _pack(_set(obj, ("Medicaments", 1, "Pos", 0, "TT", 0, "Off"), "12h"))]
    return out


def _read(payload: str) -> str:
    """'read' or the error code; anything but a ValidationError on the field emediplan fails the test."""
    try:
        obj = emediplan.decode(payload)
        lines = emediplan.medication_inputs(obj)
        emediplan.plan_patient(obj)
        emediplan.risk_categories(obj)
    except ValidationError as exc:
        assert exc.field == "emediplan" and exc.code in TEXTS, (exc.field, exc.code)
        assert set(exc.params) <= {"path", "max"}
        return exc.code
    for line in lines:   # what was read is something the medication list can check (and refuse with a code)
        try:
            posology.checked(line.posology)
        except ValidationError:
            pass
    return "read"


def test_damaged_payloads_never_crash_the_reader():
    good = emediplan.encode(_valid())
    assert _read(good) == "read"
    payloads = _transport_damage(good) + _field_damage(_valid())
    assert len(payloads) >= 120
    outcomes = {}
    crashes = []
    for payload in payloads:
        try:
            outcome = _read(payload)
        except Exception as exc:   # noqa: BLE001 - counted: the test wants none
            crashes.append((payload[:60], repr(exc)[:200]))
            continue
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    assert crashes == []
    # both ways happen: some damage is refused, some leaves a plan that reads
    assert outcomes.get("read", 0) > 10 and sum(n for k, n in outcomes.items() if k != "read") > 60, outcomes
    assert {"medications.emediplan_unreadable", "medications.emediplan_prefix", "medications.emediplan_too_large",
            "medications.emediplan_not_a_list", "medications.emediplan_not_a_number"} <= set(outcomes)


@pytest.mark.parametrize("path, value, code, where", [
    (("Medicaments", 2, "Pos", 0, "TT"), "x", "not_a_list", "Medicaments[2].Pos[0].TT"),
    (("Medicaments", 0, "Pos", 0, "D"), [1, 0, "lots", 0], "not_a_number", "Medicaments[0].Pos[0].D[2]"),
    (("Medicaments", 0, "Pos", 0, "D"), [1, 0, 0, 0, 1], "too_many", "Medicaments[0].Pos[0].D"),
    (("Medicaments", 0, "Pos", 0, "DtFrom"), "2026-02-30", "not_a_date", "Medicaments[0].Pos[0].DtFrom"),
    (("Medicaments", 1, "Pos", 0, "CyDu"), 10 ** 40, "out_of_range", "Medicaments[1].Pos[0].CyDu"),
    (("Medicaments", 3), "ramipril", "not_an_object", "Medicaments[3]"),
    (("Patient", "Med", "Rc", 0, "R"), 577, "not_a_list", "Patient.Med.Rc[0].R"),
    (("Patient",), [], "not_an_object", "Patient"),
    (("Dt",), "yesterday", "not_a_date", "Dt"),
    (("Medicaments", 0, "Id"), "", "missing", "Medicaments[0].Id"),
    (("Medicaments", 0, "TkgRsn"), "x" * 3000, "too_long", "Medicaments[0].TkgRsn"),
])
def test_a_damaged_field_is_named(path, value, code, where):
    with pytest.raises(ValidationError) as err:
        emediplan.decode(_pack(_set(_valid(), path, value)))
    assert (err.value.field, err.value.code, err.value.params["path"]) == ("emediplan", f"medications.emediplan_{code}",
                                                                           where)


def test_lenient_where_real_plans_are():
    obj = _valid()
    obj["Medicaments"][0]["Pos"][0]["D"] = [1]              # the object model allows 0 to 4 entries
    obj["Medicaments"][1]["Pos"][0]["TT"][0]["Off"] = "453600"   # Off typed as text in the object model
    obj["Patient"]["Med"]["DLstMen"] = ""                   # an empty optional field, as in the specification's example
    obj["Unknown"] = {"kept": [1, {"deep": None}]}
    read = emediplan.medication_inputs(emediplan.decode(_pack(obj)))
    assert read[0].posology.times == ("1", "", "", "")
    assert read[1].posology.takings[0].time == "06:00"


def _random_damage(obj: dict, count: int, seed: int) -> list[str]:
    """``count`` seeded damaged payloads: one to three fields of a valid plan replaced (bad values, wrong kinds) or
    deleted, a list emptied or cut, and some of the results' gzip streams flipped or cut."""
    rnd = random.Random(seed)
    paths = [p for p in _paths(obj) if p]
    out = []
    while len(out) < count:
        damaged = obj
        for _ in range(rnd.randint(1, 3)):
            candidates = [p for p in _paths(damaged) if p]
            path = rnd.choice(candidates if rnd.random() < 0.5 else [p for p in paths if p in candidates] or candidates)
            how = rnd.random()
            if how < 0.15:
                damaged = _set(damaged, path, None, delete=True)
            elif how < 0.25:
                damaged = _set(damaged, path, rnd.choice([{"x": rnd.random()}, [rnd.random()], "é" * rnd.randint(0, 9)]))
            else:
                damaged = _set(damaged, path, rnd.choice(BAD_VALUES))
        payload = _pack(damaged)
        if rnd.random() < 0.1:   # transport damage on top
            raw = bytearray(base64.b64decode(payload[len(emediplan.PREFIX):]))
            if rnd.random() < 0.5:
                raw[rnd.randrange(10, len(raw))] ^= 1 << rnd.randrange(8)
            else:
                raw = raw[:rnd.randrange(1, len(raw))]
            payload = emediplan.PREFIX + base64.b64encode(bytes(raw)).decode()
        out.append(payload)
    return out


_TRANSPORT_CODES = {"medications.emediplan_unreadable", "medications.emediplan_prefix",
                    "medications.emediplan_too_large", "medications.emediplan23_unreadable",  # "CHMED23A1…": CHMED23
                    "medications.emediplan23_version", "medications.emediplan23_chunks"}


def test_a_thousand_seeded_damaged_payloads_each_get_one_coded_message():
    """≥ 1,000 seeded damaged plans: each is read, or refused with one coded error whose message has what it needs
    (the CHMED16A field's path for a damaged field); no traceback."""
    payloads = _random_damage(_valid(), 1000, 20261207) + _transport_damage(emediplan.encode(_valid()))
    assert len(payloads) >= 1000
    outcomes: dict[str, int] = {}
    crashes = []
    for payload in payloads:
        try:
            outcome = _read(payload)
        except Exception as exc:   # noqa: BLE001 - counted: the test wants none
            crashes.append((payload[:60], repr(exc)[:200]))
            continue
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    assert crashes == []
    assert outcomes.get("read", 0) > 50 and sum(n for k, n in outcomes.items() if k != "read") > 500, outcomes
    for payload in payloads:
        try:
            emediplan.medication_inputs(emediplan.decode(payload))
        except ValidationError as exc:
            needs = set(re.findall(r"\{(\w+)\}", TEXTS[exc.code]))
            assert needs <= set(exc.params), (exc.code, exc.params)
            if exc.code not in _TRANSPORT_CODES:
                assert exc.params["path"] and re.fullmatch(r"[A-Za-z]+(\[\d+\])*(\.[A-Za-z]+(\[\d+\])*)*",
                                                           exc.params["path"]), exc.params
