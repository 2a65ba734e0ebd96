"""Texts of the codes of the exchange formats read from another program (the FHIR patient summary, XDM packages)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "exchange.unreadable_file": QT_TRANSLATE_NOOP("errors", "the file cannot be read ({error})"),
    "exchange.fhir_too_large": QT_TRANSLATE_NOOP("errors", "the FHIR file is larger than {max} bytes: nothing was "
                                                           "imported"),
    "exchange.fhir_not_json": QT_TRANSLATE_NOOP("errors", "the file is not JSON (line {line}, column {column}): "
                                                          "nothing was imported"),
    "exchange.fhir_too_deep": QT_TRANSLATE_NOOP("errors", "the FHIR file is nested more than {max} levels deep: "
                                                          "nothing was imported"),
    "exchange.fhir_too_many": QT_TRANSLATE_NOOP("errors", "{path} holds more than {max} elements: nothing was "
                                                          "imported"),
    "exchange.fhir_not_bundle": QT_TRANSLATE_NOOP("errors", "the file is not a FHIR Bundle (resourceType {found}): "
                                                            "nothing was imported"),
    "exchange.fhir_invalid": QT_TRANSLATE_NOOP("errors", "{path} is not valid FHIR R4 ({problem}): nothing was "
                                                         "imported"),
    "exchange.fhir_missing": QT_TRANSLATE_NOOP("errors", "{path} is missing: nothing was imported"),
    "exchange.fhir_out_of_range": QT_TRANSLATE_NOOP("errors", "{path} is out of the plausible range: nothing was "
                                                              "imported"),
    "exchange.fhir_too_long": QT_TRANSLATE_NOOP("errors", "{path} is longer than {max} characters: nothing was "
                                                          "imported"),
    "exchange.fhir_bad_code": QT_TRANSLATE_NOOP("errors", "{path} is not a valid code of {system}: nothing was "
                                                          "imported"),
    "exchange.fhir_patients": QT_TRANSLATE_NOOP("errors", "the bundle holds {count} patients instead of one: "
                                                          "nothing was imported"),
    "exchange.xdm_needs_ins": QT_TRANSLATE_NOOP("errors", "a package for MSSanté names the patient by a qualified "
                                                          "INS: qualify the identity first"),
    "exchange.xdm_bad_format": QT_TRANSLATE_NOOP("errors", "the package is written as .zip or .eml"),
    "exchange.xdm_too_large": QT_TRANSLATE_NOOP("errors", "the package is larger than {max} bytes: nothing was "
                                                          "imported"),
    "exchange.xdm_not_zip": QT_TRANSLATE_NOOP("errors", "the file is not a zip archive: nothing was imported"),
    "exchange.xdm_too_many": QT_TRANSLATE_NOOP("errors", "the package holds more than {max} entries: nothing was "
                                                         "imported"),
    "exchange.xdm_bad_path": QT_TRANSLATE_NOOP("errors", "the package entry {entry} has a forbidden name: nothing "
                                                         "was imported"),
    "exchange.xdm_damaged": QT_TRANSLATE_NOOP("errors", "the package entry {entry} is damaged or encrypted: "
                                                        "nothing was imported"),
    "exchange.xdm_entry_too_large": QT_TRANSLATE_NOOP("errors", "the package entry {entry} is too large once "
                                                                "unpacked: nothing was imported"),
    "exchange.xdm_no_metadata": QT_TRANSLATE_NOOP("errors", "the package has no IHE_XDM/…/METADATA.XML (found "
                                                            "{found}): nothing was imported"),
    "exchange.xdm_bad_xml": QT_TRANSLATE_NOOP("errors", "the package entry {entry} is not readable XML: nothing "
                                                        "was imported"),
    "exchange.xdm_no_document": QT_TRANSLATE_NOOP("errors", "{entry} describes no document: nothing was imported"),
    "exchange.xdm_several_patients": QT_TRANSLATE_NOOP("errors", "{entry} names several patients: nothing was "
                                                                 "imported"),
    "exchange.xdm_missing_document": QT_TRANSLATE_NOOP("errors", "the document {entry} named by the metadata is "
                                                                 "not in the package: nothing was imported"),
    "exchange.xdm_hash_mismatch": QT_TRANSLATE_NOOP("errors", "the document {entry} does not match the size and "
                                                              "hash of the metadata: nothing was imported"),
    "exchange.xdm_bad_cda": QT_TRANSLATE_NOOP("errors", "the document {entry} is not a readable CDA document: "
                                                        "nothing was imported"),
    "exchange.xdm_unsupported_document": QT_TRANSLATE_NOOP("errors", "the document {entry} is of a type Cordée "
                                                                     "does not import ({mime}): nothing was "
                                                                     "imported"),
    "exchange.xdm_unknown_patient": QT_TRANSLATE_NOOP("errors", "no patient of the practice matches the package "
                                                                "(INS, or name and birth date): nothing was "
                                                                "imported"),
    "exchange.xdm_identity_mismatch": QT_TRANSLATE_NOOP("errors", "the patient with this INS has other identity "
                                                                  "traits than the package: nothing was imported"),
    # Cordée to Cordée packages and exchange cards
    "exchange.peer_empty": QT_TRANSLATE_NOOP("errors", "the file is empty: nothing was imported"),
    "exchange.peer_too_large": QT_TRANSLATE_NOOP("errors", "the package is larger than {max} bytes: nothing was "
                                                           "imported"),
    "exchange.peer_not_zip": QT_TRANSLATE_NOOP("errors", "the file is not a Cordée package (not a zip archive): "
                                                         "nothing was imported"),
    "exchange.peer_no_message": QT_TRANSLATE_NOOP("errors", "the zip archive holds no Cordée message: nothing was "
                                                            "imported"),
    "exchange.peer_damaged": QT_TRANSLATE_NOOP("errors", "the package is damaged and cannot be read: nothing was "
                                                         "imported"),
    "exchange.peer_not_for_us": QT_TRANSLATE_NOOP("errors", "the package is addressed to another installation: "
                                                            "nothing was imported"),
    "exchange.peer_tampered": QT_TRANSLATE_NOOP("errors", "the package was altered after it was signed (the "
                                                          "signature does not match): nothing was imported"),
    "exchange.peer_unknown_sender": QT_TRANSLATE_NOOP("errors", "the package comes from an installation that is not "
                                                                "one of your partners: import its card first; "
                                                                "nothing was imported"),
    "exchange.peer_revoked_sender": QT_TRANSLATE_NOOP("errors", "the package comes from {partner}, a revoked partner: "
                                                                "nothing was imported"),
    "exchange.peer_expired": QT_TRANSLATE_NOOP("errors", "the package expired on {day}: ask the sender for a new one; "
                                                         "nothing was imported"),
    "exchange.peer_replayed": QT_TRANSLATE_NOOP("errors", "this package was already imported on {day}: nothing was "
                                                          "imported again"),
    "exchange.peer_bad_payload": QT_TRANSLATE_NOOP("errors", "the package's content is not valid ({item}): nothing "
                                                             "was imported"),
    "exchange.peer_unknown_alert": QT_TRANSLATE_NOOP("errors", "the answer is for an alert this practice did not send "
                                                               "to that partner: nothing was imported"),
    "exchange.peer_already_answered": QT_TRANSLATE_NOOP("errors", "the alert this answer is for is already closed: "
                                                                  "nothing was imported"),
    "exchange.peer_already_received": QT_TRANSLATE_NOOP("errors", "this alert was already received from that "
                                                                  "partner: nothing was imported"),
    "exchange.peer_no_recipient": QT_TRANSLATE_NOOP("errors", "no physician to address the alert to: import it as a "
                                                              "physician, or name the patient's GP; nothing was "
                                                              "imported"),
    "exchange.peer_identity_damaged": QT_TRANSLATE_NOOP("errors", "the practice's exchange keys cannot be opened with "
                                                                  "this database's key"),
    "exchange.peer_bad_card": QT_TRANSLATE_NOOP("errors", "the file is not a valid Cordée exchange card"),
    "exchange.peer_card_fingerprint": QT_TRANSLATE_NOOP("errors", "the card's fingerprint does not match its keys: "
                                                                  "the card was altered"),
    "exchange.peer_fingerprint_mismatch": QT_TRANSLATE_NOOP("errors", "the fingerprint compared differs from the "
                                                                      "card's: the partner was not added"),
    "exchange.peer_own_card": QT_TRANSLATE_NOOP("errors", "this is your own practice's card"),
    "exchange.peer_partner_exists": QT_TRANSLATE_NOOP("errors", "this partner is already on the list"),
    "exchange.peer_already_revoked": QT_TRANSLATE_NOOP("errors", "this partner is already revoked"),
    "exchange.peer_bad_folder": QT_TRANSLATE_NOOP("errors", "the folder does not exist"),
    "exchange.peer_partner_revoked": QT_TRANSLATE_NOOP("errors", "{partner} is a revoked partner: nothing can be "
                                                                 "sent to it"),
    "exchange.peer_alert_of_other_patient": QT_TRANSLATE_NOOP("errors", "the alert is about another patient"),
    "exchange.peer_received_alert": QT_TRANSLATE_NOOP("errors", "this alert was received from a partner: send its "
                                                                "answer instead"),
    "exchange.peer_not_received": QT_TRANSLATE_NOOP("errors", "this alert was not received from a partner: there is "
                                                              "no one to send its answer to"),
    "exchange.peer_not_answered": QT_TRANSLATE_NOOP("errors", "the alert is not answered yet"),
    "exchange.peer_directory_package": QT_TRANSLATE_NOOP("errors", "the package holds directory entries: import it "
                                                                   "from the directory of local resources (Import a "
                                                                   "partner's package); nothing was imported"),
    "exchange.peer_not_directory": QT_TRANSLATE_NOOP("errors", "the package holds an alert or an answer, not "
                                                               "directory entries: import it from the exchange "
                                                               "partners; nothing was imported"),
    "exchange.peer_directory_empty": QT_TRANSLATE_NOOP("errors", "choose at least one resource to send"),
    "exchange.peer_directory_too_large": QT_TRANSLATE_NOOP("errors", "{count} resources are too many for one "
                                                                     "package: send them in several"),
    "exchange.peer_directory_not_conflict": QT_TRANSLATE_NOOP("errors", "{item} is not a conflict of this package "
                                                                        "whose partner's version can be taken: "
                                                                        "nothing was imported"),
}
