"""The Cordée to Cordée package, as pure functions: a zip holding one message, signed by the sender (JWS compact,
ES256) and, outside a secure-mail space, encrypted to the recipient (JWE compact, ECDH-ES+A256KW and A256GCM,
around the JWS).

The message: ``{format, type (alert | answer), package_id, nonce, sender, recipient, issued_at, expires_at, patient
(identity traits for the match), alert | answer}``. ``open_message`` checks everything that needs no database:
the zip (bounded, one message), the JOSE structure, the recipient of a JWE; ``verify`` checks the signature with
the partner's key and the payload's envelope (sender, recipient, dates). Every refusal is one coded error; the
database checks (unknown or revoked sender, replay, patient, thread) are in ``peer_import``.
"""

from __future__ import annotations

import base64
import binascii
import io
import json
import secrets
import uuid
import zipfile
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from joserfc import jwe, jws
from joserfc.errors import JoseError

from app.services.errors import CordeeError
from app.services.exchange import peer_keys

FORMAT = "cordee-exchange/1"
JWS_ENTRY = "CORDEE/MESSAGE.JWS"
JWE_ENTRY = "CORDEE/MESSAGE.JWE"
README = "CORDEE/README.TXT"
MAX_PACKAGE_BYTES = 1024 * 1024
MAX_MESSAGE_BYTES = 768 * 1024
MAX_ENTRIES = 8
VALIDITY = timedelta(days=30)
CLOCK_SKEW = timedelta(minutes=10)
KINDS = ("alert", "answer")
_DECODE_ERRORS = (JoseError, ValueError, TypeError, KeyError, IndexError, UnicodeError, binascii.Error,
                  AttributeError, OverflowError)


@dataclass(frozen=True)
class Opened:
    """A package opened: the JWS it carries, the sender named by its header, whether it came encrypted."""

    token: str
    sender_id: str
    encrypted: bool


def envelope(kind: str, sender_id: str, recipient_id: str, patient: dict, body: dict,
             now: datetime | None = None) -> dict:
    """A new message (fresh package id and nonce; valid ``VALIDITY`` from ``now``)."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    return {"format": FORMAT, "type": kind, "package_id": str(uuid.uuid4()), "nonce": secrets.token_hex(16),
            "sender": sender_id, "recipient": recipient_id,
            "issued_at": now.isoformat(timespec="seconds"), "expires_at": (now + VALIDITY).isoformat(timespec="seconds"),
            "patient": patient, kind: body}


def seal(message: dict, sender_keys, recipient_jwks: dict | None, recipient_id: str) -> bytes:
    """The package (zip): the message signed with the sender's key, encrypted to the recipient when
    ``recipient_jwks`` is given."""
    payload = json.dumps(message, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    token = jws.serialize_compact({"alg": peer_keys.SIGN_ALG, "kid": f"{message['sender']}#sig",
                                   "typ": "cordee-exchange+jws"}, payload, sender_keys.get_by_kid("sig"),
                                  algorithms=[peer_keys.SIGN_ALG])
    name, content = JWS_ENTRY, token
    if recipient_jwks is not None:
        name = JWE_ENTRY
        content = jwe.encrypt_compact({"alg": peer_keys.WRAP_ALG, "enc": peer_keys.ENC_ALG,
                                       "kid": f"{recipient_id}#enc", "cty": "JWS"}, token.encode("ascii"),
                                      peer_keys.key_of(recipient_jwks, "enc"),
                                      algorithms=[peer_keys.WRAP_ALG, peer_keys.ENC_ALG])
    out = io.BytesIO()
    stamp = datetime.now(UTC).timetuple()[:6]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo(README, date_time=stamp),
                   "Cordée exchange package: import it in Cordée (File > Import package).\r\n", zipfile.ZIP_DEFLATED)
        z.writestr(zipfile.ZipInfo(name, date_time=stamp), content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _header(token: str) -> dict:
    """The protected header of a compact JWS or JWE (base64url JSON), unverified."""
    part = token.split(".", 1)[0]
    raw = base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
    header = json.loads(raw)
    if not isinstance(header, dict):
        raise ValueError("header")
    return header


def _entry(data: bytes) -> tuple[str, str]:
    """The one message entry of the zip (name, text), bounded; refusals: not a zip, damaged, no message."""
    if not data:
        raise CordeeError("exchange.peer_empty")
    if len(data) > MAX_PACKAGE_BYTES:
        raise CordeeError("exchange.peer_too_large", max=MAX_PACKAGE_BYTES)
    if not data.startswith(b"PK"):
        raise CordeeError("exchange.peer_not_zip")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
            if len(infos) > MAX_ENTRIES:
                raise CordeeError("exchange.peer_damaged")
            found = [i for i in infos if i.filename in (JWS_ENTRY, JWE_ENTRY)]
            if not found:
                raise CordeeError("exchange.peer_no_message")
            if len(found) > 1 or found[0].file_size > MAX_MESSAGE_BYTES or found[0].flag_bits & 0x1:
                raise CordeeError("exchange.peer_damaged")
            with z.open(found[0]) as fh:
                raw = fh.read(MAX_MESSAGE_BYTES + 1)
    except CordeeError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, OSError, EOFError,
            ValueError, KeyError, IndexError, OverflowError, UnicodeDecodeError, zlib.error):
        raise CordeeError("exchange.peer_damaged") from None
    if len(raw) > MAX_MESSAGE_BYTES:
        raise CordeeError("exchange.peer_damaged")
    try:
        return found[0].filename, raw.decode("ascii").strip()
    except UnicodeDecodeError:
        raise CordeeError("exchange.peer_damaged") from None


def is_peer_package(data: bytes) -> bool:
    """True when the zip carries a Cordée message (else it may be an XDM package for ``xdm_import``)."""
    try:
        _entry(data)
    except CordeeError as exc:
        return exc.code not in ("exchange.peer_no_message", "exchange.peer_not_zip", "exchange.peer_empty",
                                "exchange.peer_too_large")
    return True


def open_message(data: bytes, our_id: str, our_keys) -> Opened:
    """The signed message of a package for us: decrypted when it came encrypted (refused when encrypted to another
    installation, or altered), the sender taken from the JWS header (verified later, ``verify``)."""
    name, text = _entry(data)
    encrypted = name == JWE_ENTRY
    if encrypted:
        try:
            header = _header(text)
        except _DECODE_ERRORS:
            raise CordeeError("exchange.peer_damaged") from None
        if header.get("kid") != f"{our_id}#enc":
            raise CordeeError("exchange.peer_not_for_us")
        if header.get("alg") != peer_keys.WRAP_ALG or header.get("enc") != peer_keys.ENC_ALG:
            raise CordeeError("exchange.peer_damaged")
        try:
            text = jwe.decrypt_compact(text, our_keys.get_by_kid("enc"),
                                       algorithms=[peer_keys.WRAP_ALG, peer_keys.ENC_ALG]).plaintext.decode("ascii")
        except _DECODE_ERRORS:
            raise CordeeError("exchange.peer_tampered") from None
    try:
        header = _header(text)
        kid = header.get("kid")
        sender = kid[:-4] if isinstance(kid, str) and kid.endswith("#sig") else None
    except _DECODE_ERRORS:
        raise CordeeError("exchange.peer_damaged") from None
    if not sender or header.get("alg") != peer_keys.SIGN_ALG or text.count(".") != 2:
        raise CordeeError("exchange.peer_damaged")
    return Opened(text, sender[:64], encrypted)


def _when(value, what: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise CordeeError("exchange.peer_bad_payload", item=what) from None
    if moment.tzinfo is None:
        raise CordeeError("exchange.peer_bad_payload", item=what)
    return moment


def verify(opened: Opened, sender_jwks: dict, our_id: str, now: datetime | None = None) -> dict:
    """The message, once its signature is the sender's and its envelope is for us and still valid."""
    try:
        token = jws.deserialize_compact(opened.token, peer_keys.key_of(sender_jwks, "sig"),
                                        algorithms=[peer_keys.SIGN_ALG])
        message = json.loads(token.payload.decode("utf-8"))
    except CordeeError:
        raise
    except _DECODE_ERRORS:
        raise CordeeError("exchange.peer_tampered") from None
    if not isinstance(message, dict) or message.get("format") != FORMAT or message.get("type") not in KINDS:
        raise CordeeError("exchange.peer_bad_payload", item="format")
    if message.get("sender") != opened.sender_id:
        raise CordeeError("exchange.peer_tampered")
    if message.get("recipient") != our_id:
        raise CordeeError("exchange.peer_not_for_us")
    now = (now or datetime.now(UTC)).astimezone(UTC)
    issued, expires = _when(message.get("issued_at"), "issued_at"), _when(message.get("expires_at"), "expires_at")
    if expires < now:
        raise CordeeError("exchange.peer_expired", day=expires.date().isoformat())
    if issued > now + CLOCK_SKEW or expires - issued > VALIDITY + CLOCK_SKEW:
        raise CordeeError("exchange.peer_bad_payload", item="issued_at")
    for name in ("package_id", "nonce"):
        if not isinstance(message.get(name), str) or not 8 <= len(message[name]) <= 64:
            raise CordeeError("exchange.peer_bad_payload", item=name)
    if not isinstance(message.get("patient"), dict) or not isinstance(message.get(message["type"]), dict):
        raise CordeeError("exchange.peer_bad_payload", item=message["type"])
    return message
