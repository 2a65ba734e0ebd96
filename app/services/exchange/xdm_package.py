"""A document of the record as an IHE XDM package for secure mail: a CDA R2 level 1 document (the PDF in its
``nonXMLBody``) with its ebRIM ``METADATA.XML`` inside ``IHE_XDM.ZIP``, and the mail draft (.eml) that carries it.

France (MSSanté): the subject is ``XDM/1.0/DDM+<title> <NAME> <first name> <birth date>`` and the draft carries the
zip and the PDF; Switzerland (HIN mail): the same two attachments under a plain subject. The patient is named by the
INS only when ``patients.identity.exportable_ins`` gives one (a qualified identity); otherwise (Switzerland) by the
practice's own identifier for the patient. What each code is and where it was read: ``xdm_terms``.

Pure builders (``build_cda``, ``build_metadata``, ``build_zip``, ``build_eml``) and one service
(``export_package``: access checked, audited; the command line writes the bytes through the checked export writer).
"""

from __future__ import annotations

import base64
import hashlib
import io
import uuid
import zipfile
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from xml.sax.saxutils import escape, quoteattr

from app.models.staff import Staff
from app.services.errors import ValidationError
from app.services.exchange import xdm_terms as t
from app.services.kernel.context import ServiceContext
from app.services.patients import identity, records
from app.services.practice import practice_record
from app.services.security.access import require

WHATS = tuple(t.KINDS)
FORMATS = ("zip", "eml")


@dataclass(frozen=True)
class PatientId:
    """How the package names the patient: the INS (matricule, OID of its authority) or a local identifier."""

    value: str
    root: str
    is_ins: bool

    @property
    def cx(self) -> str:
        """HL7 v2 CX form, as METADATA.XML writes patient ids."""
        return f"{self.value}^^^&{self.root}&ISO^{'NH' if self.is_ins else 'PI'}"


@dataclass(frozen=True)
class Author:
    family_name: str
    given_names: str
    id_root: str | None        # IDNPS or GLN OID, None when the person has no national identifier
    id_value: str | None
    organisation: str
    org_root: str | None
    org_value: str | None
    local_root: str            # the practice's own OID (``practice_oid``)
    local_id: str              # the person's number in the practice (staff id, or the command line's user)


@dataclass(frozen=True)
class Attachment:
    """A further document of the submission set, carried as it is: the Cordée message (``xdm_terms.CORDEE_*``)."""

    name: str                  # file name in the subset folder (8.3)
    content: bytes
    mime_type: str
    format_code: tuple[str, str, str]
    title: str
    unique_oid: str


@dataclass(frozen=True)
class PackageDocument:
    """Everything the builders need (plain values)."""

    kind: str                  # a key of xdm_terms.KINDS
    title: str
    pdf: bytes
    patient: object            # records.PatientInput
    patient_id: PatientId
    author: Author
    country: str               # FR or CH
    created: datetime          # aware
    document_oid: str
    set_oid: str
    submission_oid: str
    source_oid: str
    attachments: tuple[Attachment, ...] = ()


def new_oid() -> str:
    """A unique OID (ITU-T X.667: 2.25 + a random UUID as an integer)."""
    return f"2.25.{uuid.uuid4().int}"


def _el(tag: str, attrs: dict | None = None, *children: str, text: str | None = None) -> str:
    a = "".join(f" {k}={quoteattr(str(v))}" for k, v in (attrs or {}).items() if v is not None)
    inner = escape(text) if text is not None else "".join(children)
    return f"<{tag}{a}/>" if not inner else f"<{tag}{a}>{inner}</{tag}>"


def _ts(moment: datetime) -> str:
    return moment.strftime("%Y%m%d%H%M%S%z")


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%d%H%M%S")


def _birth(p) -> str:
    b = p.birth_date
    return (b if isinstance(b, date) else date.fromisoformat(str(b))).strftime("%Y%m%d")


def first_given(names: str | None) -> str:
    """The first of the given names ('' when there is none)."""
    parts = (names or "").split()
    return parts[0] if parts else ""


def _patient_name(p, ins) -> str:
    used = [_el("family", {"qualifier": "CL"}, text=p.family_name),
            _el("given", {"qualifier": "CL"}, text=first_given(p.given_names))]
    if ins is None:
        return _el("name", None, _el("family", None, text=p.family_name), _el("given", None, text=p.given_names))
    traits = ins.traits
    birth = [_el("family", {"qualifier": "BR"}, text=traits.birth_name),
             _el("given", None, text=" ".join(traits.birth_given_names)),
             _el("given", {"qualifier": "BR"}, text=traits.birth_given_names[0])]
    return _el("name", None, *birth, *used)


def build_cda(doc: PackageDocument) -> bytes:
    """The CDA R2 level 1 document: header after the ANS example of a non-structured document, the PDF in base64."""
    p = doc.patient
    ins = identity.exportable_ins(p)
    kind = t.KINDS[doc.kind]
    code, system, display = kind.type_code
    time = _ts(doc.created)
    birthplace = (_el("birthplace", None, _el("place", None, _el("addr", None, _el(
        "county", None, text=ins.traits.birth_place_code)))) if ins else "")
    patient = _el("patient", {"classCode": "PSN"}, _patient_name(p, ins),
                  _el("administrativeGenderCode", {"code": p.sex if p.sex in ("F", "M") else "UN",
                                                   "codeSystem": t.GENDER_SYSTEM}),
                  _el("birthTime", {"value": _birth(p)}), birthplace)
    lines = [x for x in (p.address_line, " ".join(y for y in (p.postal_code, p.city) if y)) if x]
    addr = _el("addr", None, *(_el("streetAddressLine", None, text=x) for x in lines)) if lines else ""
    record_target = _el("recordTarget", None, _el("patientRole", None, _el(
        "id", {"root": doc.patient_id.root, "extension": doc.patient_id.value}), addr, patient))
    a = doc.author
    # without a national identifier: the practice's own root (the schematron refuses a nullFlavor id)
    org_id = _el("id", {"root": a.org_root, "extension": a.org_value}) if a.org_root else ""
    custodian_id = org_id or _el("id", {"root": a.local_root})
    person_id = _el("id", {"root": a.id_root or a.local_root + ".1", "extension": a.id_value or a.local_id})
    person = _el("assignedPerson", None, _el("name", None, _el("given", None, text=a.given_names),
                                             _el("family", None, text=a.family_name)))
    organisation = _el("representedOrganization", None, org_id, _el("name", None, text=a.organisation))
    author = _el("author", None, _el("time", {"value": time}),
                 _el("assignedAuthor", None, person_id, person, organisation))
    custodian = _el("custodian", None, _el("assignedCustodian", None, _el(
        "representedCustodianOrganization", None, custodian_id, _el("name", None, text=a.organisation))))
    legal = _el("legalAuthenticator", None, _el("time", {"value": time}), _el("signatureCode", {"code": "S"}),
                _el("assignedEntity", None, person_id, person))
    service = _el("documentationOf", None, _el("serviceEvent", None, _el(
        "effectiveTime", None, _el("low", {"value": time})), _el("performer", {"typeCode": "PRF"}, _el(
            "assignedEntity", None, person_id, person, _el("representedOrganization", None, _el(
                "standardIndustryClassCode", {"code": t.PRACTICE_SETTING[0], "displayName": t.PRACTICE_SETTING[2],
                                              "codeSystem": t.PRACTICE_SETTING[1]}))))))
    encounter = _el("componentOf", None, _el("encompassingEncounter", None, _el(
        "effectiveTime", None, _el("low", {"value": time})), _el("location", None, _el(
            "healthCareFacility", None, _el("code", {"code": t.FACILITY[0], "displayName": t.FACILITY[2],
                                                     "codeSystem": t.FACILITY[1]})))))
    body = _el("component", None, _el("nonXMLBody", None, _el(
        "text", {"mediaType": "application/pdf", "representation": "B64"},
        text=base64.b64encode(doc.pdf).decode("ascii"))))
    header = [
        _el("realmCode", {"code": doc.country if doc.country in ("FR", "CH") else "FR"}),
        _el("typeId", {"root": "2.16.840.1.113883.1.3", "extension": "POCD_HD000040"}),
        *(_el("templateId", {"root": root}) for root in t.TEMPLATE_IDS),
        _el("id", {"root": doc.document_oid}),
        _el("code", {"code": code, "displayName": display, "codeSystem": system, "codeSystemName": "LOINC"}),
        _el("title", None, text=doc.title),
        _el("effectiveTime", {"value": time}),
        _el("confidentialityCode", {"code": t.CONFIDENTIALITY[0], "displayName": t.CONFIDENTIALITY[2],
                                    "codeSystem": t.CONFIDENTIALITY[1]}),
        _el("languageCode", {"code": "fr-FR" if doc.country == "FR" else "fr-CH"}),
        _el("setId", {"root": doc.set_oid}), _el("versionNumber", {"value": "1"}),
    ]
    root = _el("ClinicalDocument", {"xmlns": t.V3}, *header, record_target, author, custodian, legal, service,
               encounter, body)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + root + "\n").encode("utf-8")


def _slot(name: str, *values: str) -> str:
    return _el("rim:Slot", {"name": name}, _el("rim:ValueList", None, *(_el("rim:Value", None, text=v)
                                                                        for v in values)))


def _name(value: str) -> str:
    return _el("rim:Name", None, _el("rim:LocalizedString", {"value": value, "xml:lang": "fr-FR"}))


def _classification(ident: str, scheme: str, obj: str, code: tuple[str, ...]) -> str:
    node, system, *display = code
    return _el("rim:Classification", {"id": ident, "classificationScheme": scheme, "classifiedObject": obj,
                                      "nodeRepresentation": node},
               _slot("codingScheme", system), _name(display[0]) if display else "")


def _external(ident: str, scheme: str, obj: str, value: str, name: str) -> str:
    return _el("rim:ExternalIdentifier", {"id": ident, "identificationScheme": scheme, "registryObject": obj,
                                          "value": value}, _name(name))


def _xcn(a: Author) -> str:
    """The author as HL7 v2 XCN (as in the ANS example)."""
    if not a.id_root:
        return f"^{a.family_name}^{a.given_names}"
    return f"{a.id_value}^{a.family_name}^{a.given_names}^^^^^^&{a.id_root}&ISO^D^^^{'IDNPS' if a.id_root == t.IDNPS else 'GLN'}"


def _xon(a: Author) -> str:
    if not a.org_root:
        return a.organisation
    return f"{a.organisation}^^^^^&{a.org_root}&ISO^{'IDNST' if a.org_root == t.IDNST else 'GLN'}^^^{a.org_value}"


def source_patient_info(p) -> tuple[str, ...]:
    """``sourcePatientInfo``: PID-5 (name), PID-7 (birth date), PID-8 (sex), as in the ANS example."""
    return (f"PID-5|{p.family_name.upper()}^{first_given(p.given_names)}^^^^^L", f"PID-7|{_birth(p)}",
            f"PID-8|{p.sex if p.sex in ('F', 'M') else 'U'}")


def _document_entry(doc: PackageDocument, n: int, mime: str, format_code: tuple[str, ...], data: bytes, name: str,
                    title: str, unique_oid: str) -> str:
    """The DocumentEntry ``Document<n>`` of a file of the subset folder (hash: SHA-1, hex; size; URI)."""
    kind = t.KINDS[doc.kind]
    created = _utc(doc.created)
    obj = f"Document{n:02d}"
    author_slots = (_slot("authorPerson", _xcn(doc.author)), _slot("authorInstitution", _xon(doc.author)))
    cl = [f"cl{n:02d}{k}" for k in "abcdefg"]
    return _el(
        "rim:ExtrinsicObject", {"id": obj, "mimeType": mime, "objectType": t.DOCUMENT_ENTRY},
        _slot("creationTime", created), _slot("languageCode", "fr-FR" if doc.country == "FR" else "fr-CH"),
        _slot("legalAuthenticator", _xcn(doc.author)), _slot("serviceStartTime", created),
        _slot("sourcePatientId", doc.patient_id.cx), _slot("sourcePatientInfo", *source_patient_info(doc.patient)),
        _slot("hash", hashlib.sha1(data).hexdigest()), _slot("size", str(len(data))),
        _slot("URI", f"{t.SUBSET.split('/')[1]}/{name}"),
        _name(title),
        _el("rim:Classification", {"id": cl[0], "classificationScheme": t.DE_AUTHOR, "classifiedObject": obj},
            *author_slots),
        _classification(cl[1], t.DE_CLASS, obj, kind.class_code),
        _classification(cl[2], t.DE_CONFIDENTIALITY, obj, t.CONFIDENTIALITY),
        _classification(cl[3], t.DE_FORMAT, obj, format_code),
        _classification(cl[4], t.DE_FACILITY, obj, t.FACILITY),
        _classification(cl[5], t.DE_PRACTICE, obj, t.PRACTICE_SETTING),
        _classification(cl[6], t.DE_TYPE, obj, kind.type_code),
        _external(f"ei{n:02d}a", t.DE_PATIENT_ID, obj, doc.patient_id.cx, "XDSDocumentEntry.patientId"),
        _external(f"ei{n:02d}b", t.DE_UNIQUE_ID, obj, unique_oid, "XDSDocumentEntry.uniqueId"))


def build_metadata(doc: PackageDocument, cda: bytes) -> bytes:
    """``METADATA.XML``: one SubmissionSet, the DocumentEntry of the CDA and one of each attachment (a Cordée
    message), each with its hash (SHA-1, hex) and size, each a member of the submission set."""
    entries = [_document_entry(doc, 1, "text/xml", t.FORMAT, cda, t.DOCUMENT_NAME, doc.title, doc.document_oid)]
    entries += [_document_entry(doc, i, a.mime_type, a.format_code, a.content, a.name, a.title, a.unique_oid)
                for i, a in enumerate(doc.attachments, start=2)]
    author_slots = (_slot("authorPerson", _xcn(doc.author)), _slot("authorInstitution", _xon(doc.author)))
    submission = _el(
        "rim:RegistryPackage", {"id": "SubmissionSet01"},
        _slot("submissionTime", _utc(datetime.now(UTC))), _name(doc.title),
        _el("rim:Classification", {"id": "clss1", "classificationScheme": t.SS_AUTHOR,
                                   "classifiedObject": "SubmissionSet01"}, *author_slots),
        _classification("clss2", t.SS_CONTENT_TYPE, "SubmissionSet01", t.CONTENT_TYPE),
        _external("eiss1", t.SS_UNIQUE_ID, "SubmissionSet01", doc.submission_oid, "XDSSubmissionSet.uniqueId"),
        _external("eiss2", t.SS_SOURCE_ID, "SubmissionSet01", doc.source_oid, "XDSSubmissionSet.sourceId"),
        _external("eiss3", t.SS_PATIENT_ID, "SubmissionSet01", doc.patient_id.cx, "XDSSubmissionSet.patientId"))
    members = [_el("rim:Association", {"id": f"as{i:02d}", "associationType":
                                       "urn:oasis:names:tc:ebxml-regrep:AssociationType:HasMember",
                                       "sourceObject": "SubmissionSet01", "targetObject": f"Document{i:02d}"},
                   _slot("SubmissionSetStatus", "Original")) for i in range(1, len(entries) + 1)]
    rest = (_el("rim:Classification", {"id": "clss3", "classifiedObject": "SubmissionSet01",
                                       "classificationNode": t.SUBMISSION_SET}), *members)
    root = _el("lcm:SubmitObjectsRequest", {"xmlns:lcm": t.LCM, "xmlns:rim": t.RIM},
               _el("rim:RegistryObjectList", None, submission, *entries, *rest))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + root + "\n").encode("utf-8")


def _readme(doc: PackageDocument) -> bytes:
    files = "".join(f"{t.SUBSET}/{a.name}  ({a.title})\r\n" for a in doc.attachments)
    return (f"{doc.author.organisation}\r\nCordée — IHE XDM\r\n{doc.title}\r\n"
            f"{t.SUBSET}/METADATA.XML\r\n{t.SUBSET}/{t.DOCUMENT_NAME}\r\n{files}").encode()


def _index(doc: PackageDocument) -> bytes:
    items = "".join(f"<li><a href=\"{t.SUBSET}/{a.name}\">{escape(a.title)}</a></li>" for a in doc.attachments)
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>IHE XDM</title></head><body>"
            f"<p>{escape(doc.author.organisation)}</p><p><a href=\"README.TXT\">README.TXT</a></p><ul>"
            f"<li><a href=\"{t.SUBSET}/{t.DOCUMENT_NAME}\">{escape(doc.title)}</a></li>{items}</ul></body></html>"
            ).encode()


def build_zip(doc: PackageDocument) -> bytes:
    """``IHE_XDM.ZIP``: INDEX.HTM and README.TXT at the root, the subset folder with METADATA.XML, the CDA and the
    attachments."""
    cda = build_cda(doc)
    out = io.BytesIO()
    stamp = doc.created.astimezone(UTC).timetuple()[:6]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("INDEX.HTM", _index(doc)), ("README.TXT", _readme(doc)),
                           (f"{t.SUBSET}/METADATA.XML", build_metadata(doc, cda)),
                           (f"{t.SUBSET}/{t.DOCUMENT_NAME}", cda),
                           *((f"{t.SUBSET}/{a.name}", a.content) for a in doc.attachments)):
            z.writestr(zipfile.ZipInfo(name, date_time=stamp), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def subject(doc: PackageDocument) -> str:
    """France: ``XDM/1.0/DDM+<title> <NAME> <first name> <dd/mm/yyyy>`` (MSSanté); Switzerland: the title."""
    if doc.country != "FR":
        return doc.title
    p = doc.patient
    birth = _birth(p)
    return (f"{t.SUBJECT_FR}+{doc.title} {p.family_name.upper()} {first_given(p.given_names)} "
            f"{birth[6:8]}/{birth[4:6]}/{birth[0:4]}")


def build_eml(doc: PackageDocument, package: bytes, sender: str | None = None) -> bytes:
    """The mail draft: a short text, ``IHE_XDM.ZIP`` and the PDF; ``X-Unsent: 1`` so that the mail client opens it
    as a draft to address and send from the secure-mail space."""
    msg = EmailMessage()
    msg["Subject"] = subject(doc)
    if sender:
        msg["From"] = sender
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain="cordee.invalid")
    msg["X-Unsent"] = "1"
    msg.set_content(f"{doc.title}\n\n{doc.author.given_names} {doc.author.family_name}\n{doc.author.organisation}\n")
    msg.add_attachment(package, maintype="application", subtype="zip", filename="IHE_XDM.ZIP")
    birth = _birth(doc.patient)
    msg.add_attachment(doc.pdf, maintype="application", subtype="pdf",
                       filename=f"{birth}_{t.KINDS[doc.kind].file_stem}.pdf")
    return bytes(msg)


# -- the service ---------------------------------------------------------------------------------------------------
def _pdf(ctx: ServiceContext, patient_id: int, what: str) -> tuple[str, bytes]:
    if what == "care-plan":
        from app.services.care_plans import export as care_plan_export  # the printout (reportlab) only when used
        return "Plan personnalisé de soins", care_plan_export.export_for_patient(ctx, patient_id, "pdf", "fr")
    if what == "alerts":
        from app.services.alerts import alert_pdf  # the printout (reportlab) only when used
        return "Interventions pharmaceutiques et réponses", alert_pdf.alerts_pdf(ctx, patient_id, lang="fr")
    from app.services.alerts import review_check  # the printout (reportlab) only when used
    return "Bilan partagé de médication", review_check.export_check(ctx, patient_id, "pdf", "fr")


def _author(ctx: ServiceContext, practice) -> Author:
    with ctx.reading() as session:
        staff = session.get(Staff, ctx.actor.staff_id) if ctx.actor.staff_id else None
    family = staff.family_name if staff else ctx.actor.display_name
    given = staff.given_names if staff else ""
    if staff and staff.rpps:
        pid = (t.IDNPS, "8" + staff.rpps)
    elif staff and staff.adeli:
        pid = (t.IDNPS, "0" + staff.adeli)
    elif staff and staff.gln:
        pid = (t.GLN, staff.gln)
    else:
        pid = (None, None)
    if practice.finess:
        org = (t.IDNST, "3" + practice.finess)
    elif practice.gln:
        org = (t.GLN, practice.gln)
    else:
        org = (None, None)
    return Author(family, given, *pid, practice.name, *org, practice_oid(practice),
                  str(staff.id) if staff else ctx.actor.username)


def practice_oid(practice) -> str:
    """The practice's own root for its patient numbers (Switzerland, no INS): a 2.25 OID stable for the practice."""
    key = f"cordee:{practice.country}:{practice.finess or practice.gln or practice.name}:{practice.id}"
    return f"2.25.{uuid.uuid5(uuid.NAMESPACE_URL, key).int}"


def prepare(ctx: ServiceContext, patient_id: int, what: str,
            document: tuple[str, bytes] | None = None) -> PackageDocument:
    """The document's values, read with the exporting person's rights (each read audited by its service);
    ``document`` (title, PDF) when the caller made the PDF itself (one alert of the patient)."""
    if what not in t.KINDS:
        raise ValidationError("what", "one_of", allowed=", ".join(WHATS))
    require(ctx, "patient.export", records.patient_access(ctx, patient_id))   # an unknown id: NotFoundError
    practice = practice_record.get_practice(ctx)
    patient = records.open_patient(ctx, patient_id).data
    ins = identity.exportable_ins(patient)
    if ins is not None:
        pid = PatientId(ins.matricule, ins.oid, True)
    elif practice.country == "FR":
        raise ValidationError("ins_status", "exchange.xdm_needs_ins")
    else:
        pid = PatientId(str(patient_id), practice_oid(practice), False)
    title, pdf = document or _pdf(ctx, patient_id, what)
    return PackageDocument(what, title, pdf, patient, pid, _author(ctx, practice), practice.country,
                           datetime.now(UTC).astimezone(), new_oid(), new_oid(), new_oid(),
                           practice_oid(practice))


def export_package(ctx: ServiceContext, patient_id: int, what: str, fmt: str = "zip") -> bytes:
    """The patient's care plan (``care-plan``), latest medication review (``review``) or doctor–pharmacist alerts with
    their answers (``alerts``) as ``IHE_XDM.ZIP`` (``zip``) or as a mail draft carrying it (``eml``); audited."""
    if fmt not in FORMATS:
        raise ValidationError("format", "exchange.xdm_bad_format")
    doc = prepare(ctx, patient_id, what)
    package = build_zip(doc)
    with ctx.transaction() as session:
        ctx.audit(session, "patient.export", entity_type="patient", entity_id=patient_id, patient_id=patient_id,
                  detail=f"XDM package ({what}, {fmt}, {'INS' if doc.patient_id.is_ins else 'local id'})")
    return package if fmt == "zip" else build_eml(doc, package)
