"""The Cordée to Cordée package, as pure functions: one message, signed by the sender (JWS compact, ES256) and,
outside a secure-mail space, encrypted to the recipient (JWE compact, ECDH-ES+A256KW and A256GCM, around the JWS).

It travels in one of two containers: inside an IHE XDM package, as a document of its submission set beside the
readable CDA (secure mail: one attachment, and a receiver without Cordée still reads a valid XDM; built by
``peer_send`` with ``xdm_package``), or alone in a small zip (``seal``: a USB key, a shared folder). Both are read.

The message: ``{format, type (alert | answer | directory), package_id, nonce, sender, recipient, issued_at,
expires_at, patient (identity traits for the match; not in a directory message), alert | answer | directory}``.
``open_message`` checks everything that needs no database: the zip (bounded, one message), the JOSE structure, the
recipient of a JWE; ``verify`` checks the signature with
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
from app.services.exchange import peer_keys, xdm_read, xdm_terms

FORMAT = "cordee-exchange/1"
JWS_ENTRY = "CORDEE/MESSAGE.JWS"
JWE_ENTRY = "CORDEE/MESSAGE.JWE"
README = "CORDEE/README.TXT"
MAX_PACKAGE_BYTES = xdm_read.MAX_ZIP_BYTES      # an IHE XDM package carrying the message beside its PDF
MAX_MESSAGE_BYTES = 4 * 1024 * 1024      # a directory of a CPTS: up to a thousand resources
MAX_ENTRIES = 8
VALIDITY = timedelta(days=30)
CLOCK_SKEW = timedelta(minutes=10)
KINDS = ("alert", "answer", "directory")
PATIENT_KINDS = ("alert", "answer")
_DECODE_ERRORS = (JoseError, ValueError, TypeError, KeyError, IndexError, UnicodeError, binascii.Error,
                  AttributeError, OverflowError)


@dataclass(frozen=True)
class Opened:
    """A package opened: the JWS it carries, the sender named by its header, whether it came encrypted."""

    token: str
    sender_id: str
    encrypted: bool


def envelope(kind: str, sender_id: str, recipient_id: str, patient: dict | None, body: dict,
             now: datetime | None = None) -> dict:
    """A new message (fresh package id and nonce; valid ``VALIDITY`` from ``now``); ``patient`` None for a message
    about no patient (the directory)."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    message = {"format": FORMAT, "type": kind, "package_id": str(uuid.uuid4()), "nonce": secrets.token_hex(16),
               "sender": sender_id, "recipient": recipient_id, "issued_at": now.isoformat(timespec="seconds"),
               "expires_at": (now + VALIDITY).isoformat(timespec="seconds"), kind: body}
    if patient is not None:
        message["patient"] = patient
    return message


def sign(message: dict, sender_keys, recipient_jwks: dict | None, recipient_id: str) -> tuple[str, str]:
    """The message signed with the sender's key (JWS compact), encrypted around it to the recipient when
    ``recipient_jwks`` is given (JWE compact): ("JWS" or "JWE", the token)."""
    payload = json.dumps(message, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    token = jws.serialize_compact({"alg": peer_keys.SIGN_ALG, "kid": f"{message['sender']}#sig",
                                   "typ": "cordee-exchange+jws"}, payload, sender_keys.get_by_kid("sig"),
                                  algorithms=[peer_keys.SIGN_ALG])
    if recipient_jwks is None:
        return "JWS", token
    return "JWE", jwe.encrypt_compact({"alg": peer_keys.WRAP_ALG, "enc": peer_keys.ENC_ALG,
                                       "kid": f"{recipient_id}#enc", "cty": "JWS"}, token.encode("ascii"),
                                      peer_keys.key_of(recipient_jwks, "enc"),
                                      algorithms=[peer_keys.WRAP_ALG, peer_keys.ENC_ALG])


def seal(message: dict, sender_keys, recipient_jwks: dict | None, recipient_id: str) -> bytes:
    """The standalone package (a zip holding the message alone): signed with the sender's key, encrypted to the
    recipient when ``recipient_jwks`` is given. In a secure-mail space the message travels inside the IHE XDM
    package instead (``peer_send``)."""
    return zipped(*sign(message, sender_keys, recipient_jwks, recipient_id))


def zipped(kind: str, content: str) -> bytes:
    """The standalone zip of a signed ("JWS") or encrypted ("JWE") message."""
    out = io.BytesIO()
    stamp = datetime.now(UTC).timetuple()[:6]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo(README, date_time=stamp),
                   "Cordée exchange package: import it in Cordée (File > Import package).\r\n", zipfile.ZIP_DEFLATED)
        z.writestr(zipfile.ZipInfo(JWE_ENTRY if kind == "JWE" else JWS_ENTRY, date_time=stamp), content,
                   zipfile.ZIP_DEFLATED)
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
    """The one message of the package (JWS_ENTRY or JWE_ENTRY, its text), bounded: the standalone zip's entry, or
    the Cordée document of an IHE XDM package (``xdm_read.cordee_message``). Refusals: empty, too large, not a zip,
    damaged, no message (and the XDM reader's own, naming the entry)."""
    if not data:
        raise CordeeError("exchange.peer_empty")
    if len(data) > MAX_PACKAGE_BYTES:
        raise CordeeError("exchange.peer_too_large", max=MAX_PACKAGE_BYTES)
    if not data.startswith(b"PK"):
        raise CordeeError("exchange.peer_not_zip")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
            found = [i for i in infos if i.filename in (JWS_ENTRY, JWE_ENTRY)]
            if found:
                if len(infos) > MAX_ENTRIES or len(found) > 1 or found[0].file_size > MAX_MESSAGE_BYTES or \
                        found[0].flag_bits & 0x1:
                    raise CordeeError("exchange.peer_damaged")
                with z.open(found[0]) as fh:
                    name, raw = found[0].filename, fh.read(MAX_MESSAGE_BYTES + 1)
    except CordeeError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, OSError, EOFError,
            ValueError, KeyError, IndexError, OverflowError, UnicodeDecodeError, zlib.error):
        raise CordeeError("exchange.peer_damaged") from None
    if not found:
        inside = xdm_read.cordee_message(data, MAX_MESSAGE_BYTES)
        if inside is None:
            raise CordeeError("exchange.peer_no_message")
        name = JWE_ENTRY if inside[0] == xdm_terms.CORDEE_NAMES["JWE"] else JWS_ENTRY
        raw = inside[1]
    if len(raw) > MAX_MESSAGE_BYTES:
        raise CordeeError("exchange.peer_damaged")
    try:
        return name, raw.decode("ascii").strip()
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
    if message["type"] in PATIENT_KINDS and not isinstance(message.get("patient"), dict):
        raise CordeeError("exchange.peer_bad_payload", item="patient")
    if not isinstance(message.get(message["type"]), dict):
        raise CordeeError("exchange.peer_bad_payload", item=message["type"])
    return message
