"""The codes and identifiers an XDM package for MSSanté / HIN mail carries: what was read, where, and nothing more.

Sources (read for this module; each value below comes from one of them):

* ANS, test kit ``ansforge/TestContenuCDA-3-0`` (commit 7cd489b39368809df9bcf2cfef5e5d6354438a02):
  ``ExemplesCDA/DOC_NON_STRUCTURE_CDA-R2-N1.xml`` (a CDA R2 level 1 document with its PDF in ``nonXMLBody``:
  realmCode FR, typeId, the HL7 France / CI-SIS / IHE XDS-SD templateIds, confidentiality N, fr-FR, the patient's
  birth names with qualifier BR and used names with CL, birthplace as INSEE code in ``addr/county``, author IDNPS
  under 1.2.250.1.71.4.2.1, organisation under 1.2.250.1.71.4.2.2, AMBULATOIRE under 1.2.250.1.213.1.1.4.9, SA07
  "Cabinet individuel" under 1.2.250.1.71.4.2.4); ``jeuxDeValeurs/JDV_J07_XdsTypeCode_CISIS.xml`` (type codes);
  ``schematrons/profils/CI-SIS_StructurationMinimale.sch`` (the header schematron).
* ANS, ``ansforge/DRIM-M_DATA`` (commit 1bd4ac77209425f325934acc400c2cde61e0e517):
  ``informatif/XDM/KA202401/IHE_XDM/SS000001/METADATA.XML`` — an XDM METADATA.XML: the ebRIM classification and
  identification schemes, the slots and their HL7 v2 forms (CX patient ids, XCN authors, XON institutions,
  ``PID-5|…`` source patient info), SHA-1 hash in hexadecimal, size, ``URI`` relative to ``IHE_XDM/``.
* ANS, ``ansforge/IG-hl7v2-volet-transmission-document-cda-r2`` (commit 63093b2284b68d3fe9d5a47b44a7405cbd5511ba),
  ``input/pagecontent/mapping.md``: which CDA header element fills each XDS metadata (patientId = INS from
  recordTarget/patientRole/id, creationTime = effectiveTime, typeCode = code, formatCode of a CDA level 1 =
  ``urn:ihe:iti:xds-sd:pdf:2008``, mimeType ``text/xml``), contentTypeCode of an outpatient visit (PV1-2 O) = 07.
* ANS, ``ansforge/IG-hl7v2-volet-trans-lps-doc-cda-courriel-mss`` (commit 0054ab677a4802221fb1ba7ca89f33fed9f77aea),
  ``input/pagecontent/struct-email-standard.md``: the subject ``XDM/1.0/DDM+<libellé> <NOM> <prénom> <date de
  naissance>`` and the two attachments (``IHE_XDM.zip`` and the PDF), base64.
* ANS Terminologies de santé, ValueSet JDV_J06-XdsClassCode-CISIS (version 20230922120000): class codes 10
  "Compte rendu", 44 "Plan de soins, protocole de soins" of TRE_A03 (1.2.250.1.213.1.1.4.1).

Not read, so not claimed: the ANS correspondence table type → class (ASS_X04); the class of each type below is our
choice among J06's codes. The CI-SIS volet's own text on MSSanté (PDF on esante.gouv.fr) was not reachable here.
"""

from __future__ import annotations

from dataclasses import dataclass

LOINC = "2.16.840.1.113883.6.1"
CLASS_SYSTEM = "1.2.250.1.213.1.1.4.1"          # TRE_A03-ClasseDocument
CONFIDENTIALITY = ("N", "2.16.840.1.113883.5.25", "Normal")
FORMAT = ("urn:ihe:iti:xds-sd:pdf:2008", "1.3.6.1.4.1.19376.1.2.3", "Document à corps non structuré en PDF")
FACILITY = ("SA07", "1.2.250.1.71.4.2.4", "Cabinet individuel")
PRACTICE_SETTING = ("AMBULATOIRE", "1.2.250.1.213.1.1.4.9", "Ambulatoire")
CONTENT_TYPE = ("07", "1.2.250.1.213.2.2")       # the mapping's code for an outpatient visit (PV1-2 = O)
GENDER_SYSTEM = "2.16.840.1.113883.5.1"
IDNPS = "1.2.250.1.71.4.2.1"                     # professional: 8 + RPPS, 0 + ADELI
IDNST = "1.2.250.1.71.4.2.2"                     # structure: 3 + FINESS
GLN = "2.51.1.3"
TEMPLATE_IDS = ("2.16.840.1.113883.2.8.2.1", "1.2.250.1.213.1.1.1.1", "1.3.6.1.4.1.19376.1.2.20")

# ebRIM (OASIS regrep 3.0) and the IHE XDS identifiers of METADATA.XML
LCM = "urn:oasis:names:tc:ebxml-regrep:xsd:lcm:3.0"
RIM = "urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0"
V3 = "urn:hl7-org:v3"
DOCUMENT_ENTRY = "urn:uuid:7edca82f-054d-47f2-a032-9b2a5b5186c1"
SUBMISSION_SET = "urn:uuid:a54d6aa5-d40d-43f9-88c5-b4633d873bdd"
DE_AUTHOR = "urn:uuid:93606bcf-9494-43ec-9b4e-a7748d1a838d"
DE_CLASS = "urn:uuid:41a5887f-8865-4c09-adf7-e362475b143a"
DE_TYPE = "urn:uuid:f0306f51-975f-434e-a61c-c59651d33983"
DE_CONFIDENTIALITY = "urn:uuid:f4f85eac-e6cb-4883-b524-f2705394840f"
DE_FORMAT = "urn:uuid:a09d5840-386c-46f2-b5ad-9c3699a4309d"
DE_FACILITY = "urn:uuid:f33fb8ac-18af-42cc-ae0e-ed0b0bdb91e1"
DE_PRACTICE = "urn:uuid:cccf5598-8b07-4b77-a05e-ae952c785ead"
DE_PATIENT_ID = "urn:uuid:58a6f841-87b3-4a3e-92fd-a8ffeff98427"
DE_UNIQUE_ID = "urn:uuid:2e82c1f6-a085-4c72-9da3-8640a32e42ab"
SS_AUTHOR = "urn:uuid:a7058bb9-b4e4-4307-ba5b-e3f0ab85e12d"
SS_CONTENT_TYPE = "urn:uuid:aa543740-bdda-424e-8c96-df4873be8500"
SS_PATIENT_ID = "urn:uuid:6b5aea1a-874d-4603-a4bc-96a0a7b38446"
SS_SOURCE_ID = "urn:uuid:554ac39e-e3fe-47fe-b233-965d2a147832"
SS_UNIQUE_ID = "urn:uuid:96fdda7c-d067-4183-912e-bf5ee74998a8"

SUBSET = "IHE_XDM/SUBSET01"
DOCUMENT_NAME = "DOC0001.XML"
SUBJECT_FR = "XDM/1.0/DDM"


@dataclass(frozen=True)
class DocumentKind:
    """What a kind of exported document is called in the metadata: XDS typeCode (J07) and classCode (J06)."""

    type_code: tuple[str, str, str]
    class_code: tuple[str, str, str]
    file_stem: str


KINDS: dict[str, DocumentKind] = {
    "care-plan": DocumentKind(("18776-5", LOINC, "Plan personnalisé de soins"),
                              ("44", CLASS_SYSTEM, "Plan de soins, protocole de soins"), "plan_de_soins"),
    "review": DocumentKind(("56445-0", LOINC, "Bilan médicamenteux (Officine)"),
                           ("10", CLASS_SYSTEM, "Compte rendu"), "bilan_medicamenteux"),
    "alerts": DocumentKind(("61357-0", LOINC, "Intervention pharmaceutique"),
                           ("10", CLASS_SYSTEM, "Compte rendu"), "interventions_pharmaceutiques"),
}

HOSPITAL_LETTER_TYPES = {"11490-0", "34112-3", "18761-7"}
"""J07 types of a letter from a hospital stay: discharge letter, hospital stay report, transfer note."""
DISCHARGE_TYPES = {"11490-0", "34112-3"}
"""J07 types written at the end of a stay: "Lettre de liaison à la sortie d'un établissement de soins", "CR
hospitalier (séjour)"."""

# -- the Cordée message carried as a further document of the submission set ----------------------------------------
# No national or IHE format code names a signed (JWS) or encrypted (JWE) message between two installations of one
# program: the format code below is Cordée's own, under an OID of its own (ITU-T X.667: 2.25 followed by a fixed
# UUID as an integer), so that no receiver mistakes it for a format it knows. The media type is the one IANA
# registered for the compact serialisation of JWS and JWE (RFC 7515 §9.2.1, RFC 7516 §9.2.1): ``application/jose``.
# A receiver without Cordée sees a valid submission set whose readable document is the CDA; it leaves this one aside.
CORDEE_MIME = "application/jose"
CORDEE_FORMAT = ("urn:cordee:exchange-message:1", "2.25.144511778575107947993388231115320735650",
                 "Message Cordée signé (JOSE, compact)")
CORDEE_NAMES = {"JWS": "CORDEE01.JWS", "JWE": "CORDEE01.JWE"}    # in the subset folder, beside DOC0001.XML
