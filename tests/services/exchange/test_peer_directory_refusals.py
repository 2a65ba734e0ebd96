"""Every refusal of a directory package: one coded error with its sentence, nothing stored (no resource, pathway,
step, baseline, receipt or audit event): tampered, for another installation, unknown or revoked sender, expired,
replayed, an alert package given to the directory, and content that is no valid directory (a seeded fuzz of
genuinely signed messages, and named cases)."""

from __future__ import annotations

import copy
import json
import random
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from app.models.exchange_peer import ExchangeIdentity
from app.services.errors import CordeeError
from app.services.exchange import peer_directory, peer_identity, peer_package
from tests.services.exchange.directory_support import counts, cpts  # noqa: F401  (fixture)
from tests.services.exchange.peer_support import message_of, with_message
from tests.services.exchange.test_peer_refusals import _flip, _stranger_card
from tests.support import in_english

SEED = 20260611
ROUNDS = 300


def _refused(c, data: bytes, code: str) -> CordeeError:
    before = counts(c.b)
    for call in (lambda: peer_directory.preview_package(c.b.ctx["coordinator"], data),
                 lambda: peer_directory.apply_package(c.b.ctx["coordinator"], data)):
        with pytest.raises(CordeeError) as caught:
            call()
        assert caught.value.code == code, caught.value
    assert counts(c.b) == before
    text = in_english(caught.value)
    assert text and "exchange." not in text
    return caught.value


def _send(c, **options) -> bytes:
    return peer_directory.export_package(c.a.ctx["coordinator"], c.partner_in_a, **options)


def _signed_by_a(c, body: dict, encrypt: bool = True, b_card: dict | None = None, **envelope) -> bytes:
    """A directory message genuinely signed by ``a`` (its own key) with any body."""
    with c.a.db.session() as s:
        ours = s.exec(select(ExchangeIdentity)).one()
    b_card = b_card or json.loads(peer_identity.card_json(c.b.ctx["admin"]))   # (showing the card is audited)
    message = peer_package.envelope("directory", ours.identity_id, b_card["identity_id"], None, body,
                                    **envelope)
    return peer_package.seal(message, peer_identity.private_keys(c.a.ctx["admin"], ours),
                             b_card["keys"] if encrypt else None, b_card["identity_id"])


def _body(c) -> dict:
    """The body ``a`` sends (read back from its signed package)."""
    import base64

    token = message_of(_send(c, encrypt=False))[1]
    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))["directory"]


def test_tampered_package(cpts):  # noqa: F811
    package = _send(cpts)
    text = message_of(package)[1]
    _refused(cpts, with_message(package, _flip(text, len(text) - 30)), "exchange.peer_tampered")   # tag
    signed = _send(cpts, encrypt=False)

    def payload_changed(t: str) -> str:
        head, body, sig = t.split(".")
        return ".".join((head, _flip(body, 60), sig))
    _refused(cpts, with_message(signed, payload_changed(message_of(signed)[1])), "exchange.peer_tampered")


def test_unknown_revoked_sender_other_recipient_expired_replayed(cpts):  # noqa: F811
    c = cpts
    _card, keys, ident = _stranger_card()
    b_card = json.loads(peer_identity.card_json(c.b.ctx["admin"]))
    stranger = peer_package.envelope("directory", ident, b_card["identity_id"], None, _body(c))
    _refused(c, peer_package.seal(stranger, keys, b_card["keys"], b_card["identity_id"]),
             "exchange.peer_unknown_sender")
    card, _k, _i = _stranger_card()
    other = peer_identity.add_partner(c.a.ctx["admin"], card, peer_identity.parse_card(card)["fingerprint"])
    _refused(c, peer_directory.export_package(c.a.ctx["coordinator"], other), "exchange.peer_not_for_us")
    _refused(c, _send(c, now=datetime.now(UTC) - timedelta(days=31)), "exchange.peer_expired")
    package = _send(c)
    peer_directory.apply_package(c.b.ctx["coordinator"], package)
    assert _refused(c, package, "exchange.peer_replayed").params["day"]
    partner = next(p for p in peer_identity.partners(c.b.ctx["admin"]) if p.id == c.partner_in_b)
    peer_identity.revoke_partner(c.b.ctx["admin"], partner.id, partner.version)
    _refused(c, _send(c), "exchange.peer_revoked_sender")


def test_an_alert_package_is_not_a_directory(cpts):  # noqa: F811
    c = cpts
    with c.a.db.session() as s:
        ours = s.exec(select(ExchangeIdentity)).one()
    b_card = json.loads(peer_identity.card_json(c.b.ctx["admin"]))
    message = peer_package.envelope("alert", ours.identity_id, b_card["identity_id"], {"family_name": "X"},
                                    {"id": 1})
    _refused(c, peer_package.seal(message, peer_identity.private_keys(c.a.ctx["admin"], ours), b_card["keys"],
                                  b_card["identity_id"]), "exchange.peer_not_directory")


@pytest.mark.parametrize(("change", "item"), [
    (lambda b: b.update(resources=[]), "directory.resources"),
    (lambda b: b.update(resources="all"), "directory.resources"),
    (lambda b: b["resources"][0].update(kind="hospital"), "directory.resources[0].kind"),
    (lambda b: b["resources"][0].update(email="not an address"), "directory.resources[0].email"),
    (lambda b: b["resources"][0].update(name=" "), "directory.resources[0].name"),
    (lambda b: b["resources"][0].update(id="../../etc"), "directory.resources[0].id"),
    (lambda b: b["resources"][1].update(id=b["resources"][0]["id"]), "directory.resources[1].id"),
    (lambda b: b["resources"][0].update(active="yes"), "directory.resources[0].active"),
    (lambda b: b["resources"][0]["pathways"][0].update(steps=[]), "directory.resources[0].pathways[0].steps"),
    (lambda b: b["resources"][0]["pathways"][0]["steps"][0].update(pool_role="janitor"),
     "directory.resources[0].pathways[0].step_role"),
    (lambda b: b["resources"][0]["pathways"][0]["steps"][0].update(delay_days=400),
     "directory.resources[0].pathways[0].step_delay_days"),
])
def test_damaged_content(cpts, change, item):  # noqa: F811
    body = _body(cpts)
    body["resources"].sort(key=lambda r: -len(r["pathways"]))     # the DAC (with its pathway) first
    change(body)
    data = _signed_by_a(cpts, body)
    assert _refused(cpts, data, "exchange.peer_bad_payload").params["item"] == item


WRONG = [None, 0, -1, 2 ** 70, 1.5, True, "", "x" * 6000, [], {}, ["x"], {"a": 1}, "dac", "nurse", "\x00",
         [{"label": "x"}], [1, 2], "a" * 37]


def _dicts(value):
    """Every dict inside ``value`` (itself included): the places a damage may land."""
    if isinstance(value, dict):
        yield value
        for v in value.values():
            yield from _dicts(v)
    elif isinstance(value, list):
        for v in value:
            yield from _dicts(v)


def test_fuzzed_content_is_refused_with_one_message(cpts):  # noqa: F811
    c = cpts
    rng = random.Random(SEED)
    body = _body(c)
    b_card = json.loads(peer_identity.card_json(c.b.ctx["admin"]))
    before = counts(c.b)
    refused, accepted, codes = 0, 0, set()
    for _ in range(ROUNDS):
        damaged = copy.deepcopy(body)
        for _ in range(rng.randint(1, 3)):
            places = list(_dicts(damaged))
            where = rng.choice(places)
            if not where:
                continue
            where[rng.choice(list(where))] = copy.deepcopy(rng.choice(WRONG))
        data = _signed_by_a(c, damaged, encrypt=rng.random() < 0.5, b_card=b_card)
        try:
            peer_directory.preview_package(c.b.ctx["coordinator"], data)
        except CordeeError as exc:
            refused += 1
            codes.add(exc.code)
            assert in_english(exc) and "exchange." not in in_english(exc), exc.code
            continue
        accepted += 1
    assert refused + accepted == ROUNDS and refused >= ROUNDS * 0.8, (refused, accepted)
    assert codes == {"exchange.peer_bad_payload"}, codes
    assert counts(c.b) == before
