"""Read a received ``IHE_XDM.ZIP`` (ours or another program's) into plain values, or refuse it.

The zip is untrusted: its size, its number of entries, each entry's declared and real size and its compression
ratio are bounded; a name that is absolute, climbs out (``..``), carries a drive, a backslash or a NUL is refused;
nothing is ever written to disk. ``METADATA.XML`` (in ``IHE_XDM/<subset>/``) and the CDA documents are parsed with
defusedxml (no DTD, no entity expansion, no external reference). Each DocumentEntry's document is found by its
``URI`` (relative to ``IHE_XDM/``, as in the ANS example, or to the subset folder) and checked against the ``size``
and ``hash`` (SHA-1) of the metadata. A CDA level 1 gives the PDF of its ``nonXMLBody``; another CDA is kept as its
XML text. A refusal is one coded error naming the entry; plain data, no database. Codes: ``xdm_terms``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeXml

from app.services.errors import CordeeError, ValidationError
from app.services.exchange import xdm_terms as t
from app.services.patients.identity import OIDS

MAX_ZIP_BYTES = 30 * 1024 * 1024
MAX_ENTRIES = 64
MAX_ENTRY_BYTES = 28 * 1024 * 1024       # a CDA carrying a 20 MB PDF in base64
MAX_TOTAL_BYTES = 64 * 1024 * 1024
MAX_RATIO = 200                          # uncompressed / compressed, beyond a small entry
MAX_METADATA_BYTES = 2 * 1024 * 1024
MAX_DOCUMENTS = 20
RIM = "{" + t.RIM + "}"
V3 = "{" + t.V3 + "}"
DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})")


@dataclass(frozen=True)
class ReceivedDocument:
    title: str
    filename: str
    content: bytes              # the PDF of a level 1 CDA, else the document as received
    mime_type: str
    type_code: str | None
    class_code: str | None
    entry: str                  # the zip entry it came from
    hash: str
    size: int
    day: date | None = None           # serviceStopTime, else creationTime (the day the document speaks of)
    institution: str | None = None    # the author's institution (XON name)
    type_name: str | None = None      # the type code's display name, as the metadata gives it
    author: str | None = None         # the author person (given and family names of the XCN)


@dataclass(frozen=True)
class ReceivedPatient:
    ins: str | None             # matricule when the patientId is under an INS OID
    ins_oid: str | None
    family_name: str | None
    given_name: str | None
    birth_date: date | None
    sex: str | None


@dataclass(frozen=True)
class Submission:
    """The submission set: what the sender called it, when and who sent it."""

    title: str
    submitted: datetime | None        # submissionTime (UTC)
    author: str | None                # the author person (given and family names)
    institution: str | None           # the author's institution
    source_id: str | None             # the sending system's OID


@dataclass
class Package:
    patient: ReceivedPatient
    documents: list[ReceivedDocument] = field(default_factory=list)
    metadata_entry: str = ""
    submission: Submission | None = None


def shown(name: str) -> str:
    """An entry's name as a refusal names it: control characters as "?", at most 200 characters."""
    return "".join("?" if ord(c) < 32 or 127 <= ord(c) < 160 else c for c in name[:200])


def read_file(path, field_name: str = "package_file") -> bytes:
    """A package's bytes from a file: at most one byte more than ``read`` accepts."""
    try:
        with open(path, "rb") as fh:
            return fh.read(MAX_ZIP_BYTES + 1)
    except OSError as exc:
        raise ValidationError(field_name, "exchange.unreadable_file", error=exc.strerror or type(exc).__name__) \
            from None
    except ValueError:   # a NUL character in the path
        raise ValidationError(field_name, "exchange.unreadable_file", error="NUL") from None


def _safe_name(name: str) -> bool:
    if not name or "\x00" in name or "\\" in name or name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return False
    return all(part not in ("..", ".") for part in name.rstrip("/").split("/"))


def _entries(z: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = z.infolist()
    if len(infos) > MAX_ENTRIES:
        raise CordeeError("exchange.xdm_too_many", max=MAX_ENTRIES)
    total = 0
    out: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        if not _safe_name(name):
            raise CordeeError("exchange.xdm_bad_path", entry=shown(name))
        if info.flag_bits & 0x1:
            raise CordeeError("exchange.xdm_damaged", entry=shown(name))
        total += info.file_size
        if info.file_size > MAX_ENTRY_BYTES or total > MAX_TOTAL_BYTES or (
                info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1)):
            raise CordeeError("exchange.xdm_entry_too_large", entry=shown(name), max=MAX_ENTRY_BYTES)
        if not name.endswith("/"):
            if name.upper() in {n.upper() for n in out}:
                raise CordeeError("exchange.xdm_bad_path", entry=shown(name))
            out[name] = info
    return out


def _read(z: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int = MAX_ENTRY_BYTES) -> bytes:
    """The entry's bytes, never more than ``limit`` whatever its header says (a lying header is refused)."""
    try:
        with z.open(info) as fh:
            data = fh.read(limit + 1)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, OSError, EOFError,
            ValueError, KeyError, IndexError, OverflowError, zlib.error):
        raise CordeeError("exchange.xdm_damaged", entry=shown(info.filename)) from None
    if len(data) > limit:
        raise CordeeError("exchange.xdm_entry_too_large", entry=shown(info.filename), max=limit)
    return data


def _parse(data: bytes, entry: str):
    try:
        return SafeXml.fromstring(data, forbid_dtd=True)
    except (SafeXml.ParseError, DefusedXmlException, ValueError, UnicodeError):
        raise CordeeError("exchange.xdm_bad_xml", entry=shown(entry)) from None


def _slots(obj) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for slot in obj.findall(f"{RIM}Slot"):
        out[slot.get("name") or ""] = [(v.text or "").strip() for v in slot.iter(f"{RIM}Value")]
    return out


def _first(slots: dict[str, list[str]], name: str) -> str | None:
    values = slots.get(name) or []
    return values[0] if values else None


def _scheme(obj, tag: str, scheme: str, attr: str) -> str | None:
    for child in obj.findall(f"{RIM}{tag}"):
        if child.get("classificationScheme" if tag == "Classification" else "identificationScheme") == scheme:
            return child.get(attr)
    return None


def _title(obj) -> str:
    name = obj.find(f"{RIM}Name/{RIM}LocalizedString")
    return ((name.get("value") if name is not None else None) or "").strip()


def parse_cx(value: str | None) -> tuple[str | None, str | None]:
    """``matricule^^^&oid&ISO^NH`` → (matricule, oid)."""
    if not value:
        return None, None
    parts = value.split("^")
    ident = parts[0].strip() or None
    authority = parts[3].split("&") if len(parts) > 3 else []
    return ident, (authority[1].strip() if len(authority) > 1 else None) or None


def _patient(slots: dict[str, list[str]], patient_cx: str | None) -> ReceivedPatient:
    ident, oid = parse_cx(patient_cx)
    info = {}
    for value in slots.get("sourcePatientInfo", []):
        key, _, rest = value.partition("|")
        info.setdefault(key.strip(), rest)
    name = info.get("PID-5", "").split("~")[0].split("^")
    birth = _day(info.get("PID-7"))
    sex = info.get("PID-8", "").strip()[:1] or None
    is_ins = oid in OIDS and bool(ident) and ident.isdigit()
    return ReceivedPatient(ident if is_ins else None, oid if is_ins else None, name[0].strip() or None,
                           (name[1].strip() if len(name) > 1 else "") or None, birth, sex)


def cda_pdf(data: bytes, entry: str) -> bytes | None:
    """The PDF of a level 1 CDA (``nonXMLBody/text`` application/pdf, B64), or None for a structured CDA."""
    root = _parse(data, entry)
    if root.tag != f"{V3}ClinicalDocument":
        raise CordeeError("exchange.xdm_bad_cda", entry=shown(entry))
    text = root.find(f"{V3}component/{V3}nonXMLBody/{V3}text")
    if text is None:
        return None
    if text.get("mediaType") != "application/pdf" or text.get("representation") != "B64":
        raise CordeeError("exchange.xdm_bad_cda", entry=shown(entry))
    try:
        pdf = base64.b64decode("".join((text.text or "").split()), validate=True)
    except (binascii.Error, ValueError):
        raise CordeeError("exchange.xdm_bad_cda", entry=shown(entry)) from None
    if not pdf.startswith(b"%PDF-"):
        raise CordeeError("exchange.xdm_bad_cda", entry=shown(entry))
    return pdf


def _document(z, entries, base: str, obj, index: int) -> ReceivedDocument:
    slots = _slots(obj)
    uri = _first(slots, "URI") or ""
    candidates = [f"IHE_XDM/{uri}", f"{base}/{uri}"]
    info = next((entries[c] for c in candidates if _safe_name(uri) and c in entries), None)
    if info is None:
        raise CordeeError("exchange.xdm_missing_document", entry=shown(uri or f"DocumentEntry {index + 1}"))
    data = _read(z, info)
    size, digest = _first(slots, "size"), (_first(slots, "hash") or "").lower()
    if size != str(len(data)) or digest != hashlib.sha1(data).hexdigest():
        raise CordeeError("exchange.xdm_hash_mismatch", entry=shown(info.filename))
    mime = (obj.get("mimeType") or "").lower()
    title = _title(obj)[:200] or uri.rsplit("/", 1)[-1]
    stem = uri.rsplit("/", 1)[-1].rsplit(".", 1)[0] or f"document{index + 1}"
    if mime in ("text/xml", "application/xml"):
        pdf = cda_pdf(data, info.filename)
        content, filename = (pdf, stem + ".pdf") if pdf is not None else (data, stem + ".xml")
    elif mime == "application/pdf" and data.startswith(b"%PDF-"):
        content, filename = data, stem + ".pdf"
    else:
        raise CordeeError("exchange.xdm_unsupported_document", entry=shown(info.filename), mime=shown(mime[:60]))
    return ReceivedDocument(title, filename, content, mime,
                            _scheme(obj, "Classification", t.DE_TYPE, "nodeRepresentation"),
                            _scheme(obj, "Classification", t.DE_CLASS, "nodeRepresentation"),
                            info.filename, digest, len(data),
                            _day(_first(slots, "serviceStopTime") or _first(slots, "creationTime")),
                            _institution(obj), _code_name(obj, t.DE_TYPE), _author(obj, t.DE_AUTHOR))


def _day(value: str | None) -> date | None:
    m = DATE.match(value or "")
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _institution(obj, scheme: str = t.DE_AUTHOR) -> str | None:
    for c in obj.findall(f"{RIM}Classification"):
        if c.get("classificationScheme") == scheme:
            value = _first(_slots(c), "authorInstitution")
            name = (value or "").split("^")[0].strip()
            return shown(name)[:200] or None
    return None


def _author(obj, scheme: str) -> str | None:
    """The author person of an XCN (``id^family^given^…``) as "given family"."""
    for c in obj.findall(f"{RIM}Classification"):
        if c.get("classificationScheme") == scheme:
            parts = (_first(_slots(c), "authorPerson") or "").split("^")
            name = " ".join(p.strip() for p in (parts[2:3] + parts[1:2]) if p.strip())
            return shown(name)[:200] or None
    return None


def _code_name(obj, scheme: str) -> str | None:
    for c in obj.findall(f"{RIM}Classification"):
        if c.get("classificationScheme") == scheme:
            return shown(_title(c))[:200] or None
    return None


def _moment(value: str | None) -> datetime | None:
    m = re.match(r"^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?", value or "")
    if not m:
        return None
    try:
        return datetime(*(int(x) for x in m.groups(default="0")), tzinfo=UTC)
    except ValueError:
        return None


def _submission(root) -> Submission | None:
    for package in root.iter(f"{RIM}RegistryPackage"):
        return Submission(shown(_title(package))[:200], _moment(_first(_slots(package), "submissionTime")),
                          _author(package, t.SS_AUTHOR), _institution(package, t.SS_AUTHOR),
                          shown(_scheme(package, "ExternalIdentifier", t.SS_SOURCE_ID, "value") or "")[:80] or None)
    return None


def _open(data: bytes) -> zipfile.ZipFile:
    if len(data) > MAX_ZIP_BYTES:
        raise CordeeError("exchange.xdm_too_large", max=MAX_ZIP_BYTES)
    if not data.startswith(b"PK"):
        raise CordeeError("exchange.xdm_not_zip")
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, NotImplementedError,
            IndexError, KeyError, OverflowError, UnicodeDecodeError):
        raise CordeeError("exchange.xdm_not_zip") from None


def _metadata(z: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo]):
    """(entry name, parsed root, DocumentEntries) of the package's one METADATA.XML."""
    metas = [n for n in entries if re.fullmatch(r"IHE_XDM/[^/]+/METADATA\.XML", n, re.IGNORECASE)]
    if len(metas) != 1:
        raise CordeeError("exchange.xdm_no_metadata", found=len(metas))
    root = _parse(_read(z, entries[metas[0]], MAX_METADATA_BYTES), metas[0])
    objects = [o for o in root.iter(f"{RIM}ExtrinsicObject") if o.get("objectType") == t.DOCUMENT_ENTRY]
    if len(objects) > MAX_DOCUMENTS:
        raise CordeeError("exchange.xdm_too_many", max=MAX_DOCUMENTS)
    return metas[0], root, objects


def is_cordee_entry(obj) -> bool:
    """A DocumentEntry that carries a Cordée message (its format code), which only Cordée reads."""
    return _scheme(obj, "Classification", t.DE_FORMAT, "nodeRepresentation") == t.CORDEE_FORMAT[0]


def cordee_message(data: bytes, limit: int) -> tuple[str, bytes] | None:
    """The Cordée message an XDM package carries as a document of its submission set: (its file name, its bytes),
    checked against the size and hash of the metadata, once the rest of the package passed ``read``. None when the
    zip is no readable XDM package (its names, sizes and METADATA.XML checked as ``read`` checks them) or carries
    no Cordée message; a coded refusal when it carries one and anything in it is damaged."""
    try:
        z = _open(data)
    except CordeeError:
        return None
    with z:
        try:
            entries = _entries(z)
            meta_name, _root, objects = _metadata(z, entries)
        except CordeeError:
            return None     # no readable XDM package: what is wrong with it is the XDM import's to say
        found = [o for o in objects if is_cordee_entry(o)]
        if not found:
            return None
        read(data)      # the whole package is checked as any XDM package (each document's size, hash, CDA)
        if len(found) > 1 or (found[0].get("mimeType") or "").lower() != t.CORDEE_MIME:
            raise CordeeError("exchange.peer_damaged")
        uri = _first(_slots(found[0]), "URI") or ""
        name = uri.rsplit("/", 1)[-1]
        if name not in t.CORDEE_NAMES.values():
            raise CordeeError("exchange.peer_damaged")
        base = meta_name.rsplit("/", 1)[0]
        info = next((entries[c] for c in (f"IHE_XDM/{uri}", f"{base}/{uri}") if _safe_name(uri) and c in entries),
                    None)
        if info is None:
            raise CordeeError("exchange.xdm_missing_document", entry=shown(uri))
        content = _read(z, info, limit)
        slots = _slots(found[0])
        if _first(slots, "size") != str(len(content)) or \
                (_first(slots, "hash") or "").lower() != hashlib.sha1(content).hexdigest():
            raise CordeeError("exchange.xdm_hash_mismatch", entry=shown(info.filename))
        return name, content


def read(data: bytes) -> Package:
    """The checked package (patient traits and documents), or a coded refusal naming the entry. A Cordée message
    the package carries (``cordee_message``) is not one of its documents."""
    with _open(data) as z:
        entries = _entries(z)
        meta_name, root, objects = _metadata(z, entries)
        objects = [o for o in objects if not is_cordee_entry(o)]
        if not objects:
            raise CordeeError("exchange.xdm_no_document", entry=shown(meta_name))
        base = meta_name.rsplit("/", 1)[0]
        first = objects[0]
        patient_cx = _scheme(first, "ExternalIdentifier", t.DE_PATIENT_ID, "value")
        for package in root.iter(f"{RIM}RegistryPackage"):
            patient_cx = patient_cx or _scheme(package, "ExternalIdentifier", t.SS_PATIENT_ID, "value")
        patient = _patient(_slots(first), patient_cx)
        for obj in objects[1:]:   # one patient per package
            other = _scheme(obj, "ExternalIdentifier", t.DE_PATIENT_ID, "value")
            if other and other != patient_cx:
                raise CordeeError("exchange.xdm_several_patients", entry=shown(meta_name))
        documents = [_document(z, entries, base, obj, i) for i, obj in enumerate(objects)]
    return Package(patient, documents, meta_name, _submission(root))
