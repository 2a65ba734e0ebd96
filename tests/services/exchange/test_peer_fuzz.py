"""A seeded fuzz of damaged Cordée packages, in both containers (the standalone zip, the message inside an IHE XDM
package): bytes of the zip, characters of the encrypted token (in an XDM package, with the metadata's hash made to
follow half of the time), and genuinely signed messages whose content is wrong. Every one ends in a coded refusal
with its sentence (or, when the damage missed everything read, in the same preview as the intact package); no
traceback, nothing stored."""

from __future__ import annotations

import copy
import json
import random

from sqlmodel import select

from app.models.exchange_peer import ExchangeIdentity
from app.services.errors import CordeeError
from app.services.exchange import peer_identity, peer_import, peer_package, peer_send
from tests.services.exchange.peer_support import (  # noqa: F401  (fixture)
    counts,
    message_of,
    pair,
    raise_alert,
    sealed,
    send,
    with_message,
)
from tests.support import in_english

SEED = 20261207
ROUNDS = 1200


def _bytes_damaged(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    how = rng.randrange(5)
    if how == 0:
        for _ in range(rng.randint(1, 4)):
            b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
    elif how == 1:
        del b[rng.randrange(len(b)):]
    elif how == 2:
        at = rng.randrange(len(b))
        b[at:at] = rng.randbytes(rng.randint(1, 16))
    elif how == 3:
        at = rng.randrange(len(b))
        del b[at:at + rng.randint(1, 64)]
    else:
        b[rng.randrange(len(b))] = rng.randrange(256)
    return bytes(b)


def _token_damaged(rng: random.Random, data: bytes) -> bytes:
    text = bytearray(message_of(data)[1].encode("latin-1"))
    for _ in range(rng.randint(1, 3)):
        text[rng.randrange(len(text))] = rng.choice(b"ABCxyz019-_.=+/ \x00\xff")
    return with_message(data, bytes(text), fix_metadata=rng.random() < 0.5)


WRONG = [None, 0, -1, 2 ** 70, 1.5, True, "", "x" * 5000, [], {}, ["x"], {"a": 1}, "1.6", "stop", "2026-13-40",
         "\x00", "urgent", [{"action": "fly"}], [1, 2]]


def _content_damaged(rng: random.Random, message: dict) -> dict:
    m = copy.deepcopy(message)
    for _ in range(rng.randint(1, 3)):
        inner = [x for x in (m.get("alert"), m.get("patient")) if isinstance(x, dict) and x]
        where = m if rng.random() < 0.3 or not inner else rng.choice(inner)
        key = rng.choice(list(where))
        where[key] = rng.choice(WRONG)
    return m


def test_damaged_packages_are_refused_with_one_message(pair):  # noqa: F811
    rng = random.Random(SEED)
    ctx = pair.b.ctx["physician"]
    aid = raise_alert(pair)
    a = pair.a.ctx["pharmacist"]
    encrypted = send(pair, "alert", aid)
    signed = send(pair, "alert", aid, encrypt=False)
    intact = peer_import.preview_package(ctx, encrypted)
    with pair.a.db.session() as s:
        ours = s.exec(select(ExchangeIdentity)).one()
    keys = peer_identity.private_keys(pair.a.ctx["admin"], ours)
    b_card = json.loads(peer_identity.card_json(pair.b.ctx["admin"]))
    message = peer_package.envelope("alert", ours.identity_id, b_card["identity_id"],
                                    peer_send.patient_traits(a, pair.pid_a), {"id": aid} | _body(pair, aid))
    before = counts(pair.b)
    refused, accepted, codes = 0, 0, set()
    for i in range(ROUNDS):
        kind = i % 4
        if kind == 0:
            data = _bytes_damaged(rng, encrypted)
        elif kind == 1:
            data = _bytes_damaged(rng, signed)
        elif kind == 2:
            data = _token_damaged(rng, rng.choice((encrypted, signed)))
        else:
            damaged = _content_damaged(rng, message)
            damaged["package_id"], damaged["nonce"] = f"fuzz-{i:08d}", f"nonce-{i:08d}"
            data = sealed(pair, signed, damaged, keys, b_card if rng.random() < 0.5 else None)
        try:
            seen = peer_import.preview_package(ctx, data)
        except CordeeError as exc:
            refused += 1
            codes.add(exc.code)
            assert in_english(exc) and "exchange." not in in_english(exc), exc.code
            continue
        accepted += 1
        assert (seen.kind, seen.patient_id) == (intact.kind, intact.patient_id)
    assert refused + accepted == ROUNDS and refused >= 1000
    assert counts(pair.b) == before
    assert {"exchange.peer_damaged", "exchange.peer_tampered", "exchange.peer_bad_payload"} <= codes, codes
    if pair.container == "xdm":    # the XDM checks answer for the container: a message changed alone, a CRC
        assert {"exchange.xdm_hash_mismatch", "exchange.xdm_damaged"} <= codes, codes


def _body(pair, aid: int) -> dict:  # noqa: F811
    from app.models.alert import Alert
    from app.services.exchange.peer_send import _alert_body  # the body the service sends, to damage it here

    with pair.a.db.session() as s:
        return _alert_body(s, s.get(Alert, aid))
