"""The CHMED23A reader (``emediplan23``): the specification's own example is read, chunked codes are joined, the
posologies that have a CHMED16A form keep it, and 500 seeded damaged codes are each refused with one coded message
naming the CHMED23A field (or read) — no traceback. ``emediplan.decode`` (the reconciliation's "paste a code" path)
takes both versions."""

from __future__ import annotations

import base64
import copy
import gzip
import json
import random
import re
from datetime import date
from pathlib import Path

import pytest

from app.services.errors import ValidationError
from app.services.medications import emediplan, emediplan23
from app.ui.common.errors.medications import TEXTS

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "emediplan" / "chmed23a_readme_example.json5"
# chtransmissionformat/README.md, "ReleaseYear 23" example, verbatim (same commit as the fixture)
TRANSPORT_EXAMPLE = ("CHMED23A.H4sIAAAAAAAACq2OOw4CMQxE7zIt2ZUTAmzcLZsGiU+KUCEKYKlokIACRbk7jkLBAWisZz/NyAmb6/gAHxJWI7hsGgqhnsIOnBDBRmF4"
                     "+9cebCuBtUL0Xy38g73MnIu+DxX/1nRUkCRiv1zLl9tzOF1uIloqxj9FGTKmId1oHcnxtGM7a+28c9YtJqSZCPkD+iD8fPQAAAA=")


def readme_example() -> dict:
    """The README's example, its JSON5 line comments removed (no string in it holds "//")."""
    return json.loads(re.sub(r"\s*//[^\n]*", "", FIXTURE.read_text(encoding="utf-8")))


def pack(obj, prefix: str = "CHMED23A.") -> str:
    return prefix + base64.b64encode(gzip.compress(json.dumps(obj).encode("utf-8"))).decode("ascii")


def rich() -> dict:
    """A medication plan using most of the object model (the README's tables)."""
    return {
        "patient": {"fName": "Odette", "lName": "Girard", "bdt": "1941-03-12", "gender": 2, "street": "Rue du Rhône 3",
                    "zip": "1950", "city": "Sion", "lng": "fr", "phones": ["+41 27 000 00 00"],
                    "ids": [{"type": 1, "val": "80756012345678901234"}, {"type": 2, "sId": "urn:oid:1.2.3", "val": "77"}],
                    "mData": {"w": 62.5, "h": 160, "rcs": [{"id": 1, "rIds": [576]}, {"id": 6}], "prem": False}},
        "hcPerson": {"gln": "7601000000002", "fName": "Anne", "lName": "Roux"},
        "hcOrg": {"name": "Cabinet du Rhône", "street": "Rue 1", "zip": "1950", "city": "Sion"},
        "meds": [
            {"id": "7680336700282", "idType": 2, "rsn": "Hypertension", "autoMed": False, "prscbBy": "Dr Roux",
             "pos": [{"dtFrom": "2026-01-05", "po": {"t": 1, "ds": [1, 0, 0.5, 0]}, "unit": "Stk", "roa": "20053000",
                      "appInstr": "avec un verre d'eau", "relMeal": 2}]},
            {"id": "Paracétamol 1 g", "idType": 1, "autoMed": True,
             "pos": [{"inRes": True, "po": {"t": 4, "cyDuU": 4, "cyDu": 1, "tdo": {"t": 1, "do": {"t": 1, "a": 1}}},
                      "unit": "Stk"}]},
            {"id": "Méthotrexate 2.5 mg", "idType": 1,
             "pos": [{"po": {"t": 4, "cyDuU": 5, "cyDu": 1,
                             "tdo": {"t": 3, "ss": [{"s": 1, "do": {"t": 1, "a": 6}}]}}, "unit": "Stk"}]},
            {"id": "Crème", "idType": 1, "pos": [{"po": {"t": 2, "text": "appliquer 2 fois par jour"}}]},
            {"id": "Prednisone", "idType": 1,
             "pos": [{"po": {"t": 5, "sos": [{"t": 1, "po": {"t": 1, "ds": [1, 0, 0, 0]}, "du": 5, "duU": 4}]}}]},
        ],
        "medType": 1, "id": "0e1c7f8a-3f5b-4c61-9b8e-1d2f3a4b5c6d", "auth": 1, "dt": "2026-12-07T10:00:00+01:00",
        "rmk": "Plan revu",
    }


def test_the_specification_example_is_read():
    """chmed23a/README.md's example (fixture, verbatim): Dora Graber takes 1 of Med1 every day at 08:00."""
    obj = emediplan.decode(pack(readme_example()))
    patient = emediplan.plan_patient(obj)
    assert (patient.family_name, patient.given_names, patient.birth_date, patient.sex) == (
        "Graber", "Dora", date(1951, 11, 6), "F")
    [line] = emediplan.medication_inputs(obj)
    assert line.product_name == "Med1"
    p = line.posology
    assert p.schedule == "cycle" and p.cycle_days == 1
    assert [(t.time, t.amount) for t in p.takings] == [("08:00", "1")]
    assert obj["Auth"] == "patient" and obj["MedType"] == 1


def test_the_transmission_formats_example_is_an_older_draft_and_refused():
    """Its JSON is PascalCase (Meds, Ps, PO) with no patient: not the object model of the README."""
    with pytest.raises(ValidationError) as err:
        emediplan.decode(TRANSPORT_EXAMPLE)
    assert err.value.code == "medications.emediplan_missing" and err.value.params == {"path": "patient"}


def test_a_rich_plan_keeps_patient_and_posologies():
    obj = emediplan.decode(pack(rich()))
    patient = emediplan.plan_patient(obj)
    assert patient.insurance_card_number == "80756012345678901234" and patient.weight_kg == 62.5
    assert patient.height_cm == 160 and dict(patient.risks) == {1: (576,), 6: ()} and patient.language == "fr"
    lines = emediplan.medication_inputs(obj)
    assert [x.product_name for x in lines] == ["GTIN 7680336700282", "Paracétamol 1 g", "Méthotrexate 2.5 mg",
                                              "Crème", "Prednisone"]
    daily, reserve, weekly, cream, sequence = (x.posology for x in lines)
    assert daily.schedule == "times" and (daily.dose_morning, daily.dose_evening) == ("1", "0.5")
    assert daily.instructions == "avec un verre d'eau" and daily.start_date == date(2026, 1, 5)
    assert lines[0].indication == "Hypertension" and lines[0].prescriber_external == "Dr Roux"
    assert lines[0].catalogue_ref == "7680336700282"
    assert reserve.schedule == "as_needed" and reserve.as_needed_amount == "1" and lines[1].self_medication
    assert weekly.schedule == "cycle" and weekly.cycle_days == 7 and weekly.takings[0].amount == "6"
    assert cream.schedule == "text" and cream.instructions == "appliquer 2 fois par jour"
    assert sequence.schedule == "text" and sequence.instructions == "CHMED23A Sequence"   # no CHMED16A form


def test_chunks_pasted_together_in_any_order():
    whole = pack(rich())
    data = whole[len("CHMED23A."):]
    size = len(data) // 3 + 1
    chunks = [f"CHMED23A.{i + 1}/3.{data[i * size:(i + 1) * size]}" for i in range(3)]
    assert emediplan.decode("\n".join(reversed(chunks))) == emediplan.decode(whole)
    with pytest.raises(ValidationError) as err:
        emediplan.decode("\n".join(chunks[:2]))
    assert err.value.code == "medications.emediplan23_chunks" and err.value.params == {"total": 3, "found": 2}


def test_prefix_read_case_insensitively_and_other_sub_versions_refused():
    assert emediplan.decode(pack(readme_example(), "chmed23a."))["Patient"]["LName"] == "Graber"
    with pytest.raises(ValidationError) as err:
        emediplan.decode(pack(readme_example(), "CHMED23B."))
    assert err.value.code == "medications.emediplan23_version" and err.value.params == {"version": "B"}


BAD_VALUES = [None, "x", "", -1, 1e308, 10 ** 40, [], {}, [[[[1]]]], "9" * 5000, True, {"t": {"t": 1}},
              [1, 2, 3, 4, 5], "2026-13-45", 0.5, "25:99", {"t": 4, "tdo": {"t": 2, "ts": [{"dt": 8}]}}]


def _paths(value, path=()):
    yield path
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*path, i))


def _damaged(count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    good = rich()
    paths = [p for p in _paths(good) if p]
    good_code = pack(good)
    out = []
    while len(out) < count:
        kind = rnd.random()
        if kind < 0.7:   # a field given a wrong value, or removed
            obj = copy.deepcopy(good)
            path = rnd.choice(paths)
            target = obj
            for key in path[:-1]:
                target = target[key]
            if rnd.random() < 0.2 and isinstance(target, dict):
                del target[path[-1]]
            else:
                target[path[-1]] = copy.deepcopy(rnd.choice(BAD_VALUES))
            out.append(pack(obj))
        elif kind < 0.8:   # objects in objects without end
            sequences = rnd.random() < 0.5   # sequences of sequences, or week days of week days
            deep: dict = {"t": 1, "ds": [1, 0, 0, 0]} if sequences else {"t": 1, "do": {"t": 1, "a": 1}}
            for _ in range(rnd.randrange(5, 150)):
                deep = {"t": 5, "sos": [{"t": 1, "po": deep}]} if sequences else {"t": 4, "wds": [1], "tdo": deep}
            obj = copy.deepcopy(good)
            obj["meds"][0]["pos"][0]["po"] = deep if sequences else {"t": 4, "cyDuU": 5, "cyDu": 1, "tdo": deep}
            out.append(pack(obj))
        elif kind < 0.9:   # the transport damaged: a bit flipped, cut short, a wrong chunk header
            raw = bytearray(good_code.encode())
            choice = rnd.randrange(3)
            if choice == 0:
                raw[rnd.randrange(9, len(raw))] ^= 1 << rnd.randrange(7)
            elif choice == 1:
                raw = raw[:rnd.randrange(7, len(raw))]
            else:
                raw = bytearray(f"CHMED23A.{rnd.randrange(0, 5)}/{rnd.randrange(0, 5)}.".encode()) + raw[9:]
            out.append(raw.decode("latin-1"))
        else:   # the JSON itself wrong: not an object, not JSON, not UTF-8
            body = rnd.choice([b"[1,2]", b"{", b"\xff\xfe", b"null", b'"x"', b'{"patient": NaN}'])
            out.append("CHMED23A." + base64.b64encode(gzip.compress(body)).decode())
    return out


def test_500_seeded_damaged_codes_each_get_one_coded_message():
    read = refused = 0
    crashes = []
    for payload in _damaged(500, 20261207):
        try:
            obj = emediplan.decode(payload)
            emediplan.medication_inputs(obj)
            emediplan.plan_patient(obj)
            read += 1
        except ValidationError as exc:
            refused += 1
            assert exc.field == "emediplan" and exc.code in TEXTS, exc.code
            assert set(re.findall(r"\{(\w+)\}", TEXTS[exc.code])) <= set(exc.params), (exc.code, exc.params)
            if "path" in exc.params and exc.params["path"] != "Medication":   # the CHMED23A field, as written
                assert re.fullmatch(r"[a-z][A-Za-z]*(\[\d+\])*(\.[a-z][A-Za-z]*(\[\d+\])*)*", exc.params["path"]), \
                    exc.params
        except Exception as exc:   # noqa: BLE001 - counted: the test wants none
            crashes.append((payload[:60], repr(exc)[:300]))
    assert crashes == []
    assert read > 20 and refused > 250, (read, refused)


def test_the_module_checks_against_the_chmed23a_model():
    assert emediplan23.is_chmed23(" CHMED23A.x") and not emediplan23.is_chmed23("CHMED16A1x")
    with pytest.raises(ValidationError) as err:
        emediplan23.read_object(pack({**rich(), "meds": [{"id": "x", "autoMed": "yes"}]}))
    assert err.value.code == "medications.emediplan_not_a_boolean" and err.value.params == {"path": "meds[0].autoMed"}
