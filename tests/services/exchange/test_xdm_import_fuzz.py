"""1,200 packages made from a valid IHE_XDM.ZIP by a seeded generator (bytes flipped, cut short, entries renamed
out of the folder, METADATA.XML and the CDA damaged — with their hash and size made to match again, so that the
CDA reader is reached too —, entries multiplied or inflated): each is either imported whole or refused with one
coded message and nothing stored; no traceback."""

from __future__ import annotations

import hashlib
import io
import random
import re
import zipfile

import pytest
from sqlmodel import func, select

from app.models.coordination import CoordinationDocument
from app.services.errors import CordeeError
from app.services.exchange import xdm_import
from app.ui.common.errors import ERROR_TEXTS
from tests.services.exchange.fhir_support import full_patient, second_practice
from tests.services.exchange.xdm_support import care_plan_package
from tests.support import in_english

PACKAGES = 1200
META = "IHE_XDM/SUBSET01/METADATA.XML"
CDA = "IHE_XDM/SUBSET01/DOC0001.XML"
BAD_NAMES = ["../x", "/abs", "C:/x", "a\\b", "IHE_XDM/../../x", "IHE_XDM/SUBSET01/./x", "ihe_xdm/subset01/metadata.xml"]


def _entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist()}


def _zip(files: dict[str, bytes], method=zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return out.getvalue()


def _flip(data: bytes, rng: random.Random, count: int) -> bytes:
    buf = bytearray(data)
    for _ in range(count):
        i = rng.randrange(len(buf))
        buf[i] = rng.randrange(256)
    return bytes(buf)


def _rehash(files: dict[str, bytes]) -> None:
    """Make the metadata's size and hash agree with the (damaged) CDA again."""
    cda = files.get(CDA, b"")
    meta = files[META].decode("utf-8", "replace")
    meta = re.sub(r'(name="hash"><rim:ValueList><rim:Value>)[0-9a-f]*', r"\g<1>" + hashlib.sha1(cda).hexdigest(), meta)
    meta = re.sub(r'(name="size"><rim:ValueList><rim:Value>)\d*', r"\g<1>" + str(len(cda)), meta)
    files[META] = meta.encode()


def mutate(base: bytes, files: dict[str, bytes], rng: random.Random) -> bytes:
    kind = rng.choice(["flip_zip", "cut_zip", "bad_name", "flip_meta", "edit_meta", "flip_cda", "edit_cda",
                       "drop_entry", "many_entries", "inflate", "stored"])
    f = dict(files)
    if kind == "flip_zip":
        return _flip(base, rng, rng.randrange(1, 12))
    if kind == "cut_zip":
        return base[:rng.randrange(0, len(base))]
    if kind == "bad_name":
        f[rng.choice(BAD_NAMES)] = b"x"
    elif kind == "flip_meta":
        f[META] = _flip(f[META], rng, rng.randrange(1, 8))
    elif kind == "edit_meta":
        text = f[META].decode()
        old = rng.choice(["DOC0001.XML", "SUBSET01/", "text/xml", "urn:uuid:7edca82f", "PID-7|19410312",
                          "241036938805496", "1.2.250.1.213.1.4.8", "rim:ExtrinsicObject", "&amp;", "<rim:Slot"])
        new = rng.choice(["", "../../etc/passwd", "application/octet-stream", "PID-7|99999999", "x" * 5000,
                          "<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>", "&e;", "\x00", "é"])
        f[META] = text.replace(old, new, rng.randrange(1, 3)).encode("utf-8", "surrogatepass")
    elif kind in ("flip_cda", "edit_cda"):
        if kind == "flip_cda":
            f[CDA] = _flip(f[CDA], rng, rng.randrange(1, 8))
        else:
            text = f[CDA].decode()
            old = rng.choice(['representation="B64"', 'mediaType="application/pdf"', "JVBERi0", "<nonXMLBody>",
                              "ClinicalDocument", "urn:hl7-org:v3", "</text>"])
            new = rng.choice(["", 'representation="TXT"', "!!!!", "<structuredBody>", "Other", "urn:x", "====="])
            f[CDA] = text.replace(old, new, 1).encode()
        if rng.random() < 0.8:
            _rehash(f)
    elif kind == "drop_entry":
        del f[rng.choice(list(f))]
    elif kind == "many_entries":
        for i in range(rng.randrange(60, 80)):
            f[f"IHE_XDM/SUBSET01/X{i}.TXT"] = b"x"
    elif kind == "inflate":
        f[rng.choice(["IHE_XDM/SUBSET01/BIG.BIN", CDA])] = b"\0" * rng.choice([3_000_000, 29_000_000])
    elif kind == "stored":
        return _flip(_zip(f, zipfile.ZIP_STORED), rng, rng.randrange(1, 6))
    return _zip(f)


def _stored(practice) -> int:
    with practice.db.session() as s:
        return s.exec(select(func.count()).select_from(CoordinationDocument)).one()


@pytest.mark.parametrize("seed", [20261207])
def test_fuzzed_packages_are_imported_whole_or_refused_with_one_coded_message(practice, tmp_path, seed):
    _pid, base = care_plan_package(practice)
    files = _entries(base)
    other = second_practice(tmp_path)
    full_patient(other)
    rng = random.Random(seed)
    codes: dict[str, int] = {}
    accepted = 0
    try:
        for n in range(PACKAGES):
            data = mutate(base, files, rng)
            before = _stored(other)
            try:
                done = xdm_import.apply_package(other.ctx["physician"], data)
            except CordeeError as exc:
                assert exc.code in ERROR_TEXTS, (n, exc)
                message = in_english(exc)
                assert "\n" not in message and not re.search(r"\{[a-z_]+\}", message), (n, message)
                assert _stored(other) == before, n
                codes[exc.code] = codes.get(exc.code, 0) + 1
            else:
                accepted += 1
                assert _stored(other) == before + len(done.document_ids), n
    finally:
        other.db.close()
    assert sum(codes.values()) + accepted == PACKAGES
    assert len(codes) >= 8, codes
