"""The reader's words for the kinds of directory resources and for the columns a shared record may differ in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_labels() -> dict[str, str]:
    """Translated names of the resource kinds, in the order the forms offer them."""
    return {
        "dac": QCoreApplication.translate("DirectoryKinds", "Care coordination support (DAC)"),
        "cpts": QCoreApplication.translate("DirectoryKinds", "Territorial health community (CPTS)"),
        "home_nursing": QCoreApplication.translate("DirectoryKinds", "Home nursing"),
        "social_services": QCoreApplication.translate("DirectoryKinds", "Social services"),
        "mobile_geriatric": QCoreApplication.translate("DirectoryKinds", "Mobile geriatric team"),
        "mobile_palliative": QCoreApplication.translate("DirectoryKinds", "Mobile palliative care team"),
        "patient_education": QCoreApplication.translate("DirectoryKinds", "Patient education programme"),
        "specialist": QCoreApplication.translate("DirectoryKinds", "Specialist"),
        "other": QCoreApplication.translate("DirectoryKinds", "Other"),
    }


def field_label(name: str) -> str:
    """The directory form's word for a resource's column, or a pathway's name and steps."""
    return {
        "kind": QCoreApplication.translate("DirectoryFields", "Kind"),
        "name": QCoreApplication.translate("DirectoryFields", "Name"),
        "contact_person": QCoreApplication.translate("DirectoryFields", "Contact person"),
        "phone": QCoreApplication.translate("DirectoryFields", "Telephone"),
        "email": QCoreApplication.translate("DirectoryFields", "E-mail"),
        "address": QCoreApplication.translate("DirectoryFields", "Address"),
        "opening_hours": QCoreApplication.translate("DirectoryFields", "Opening hours"),
        "eligibility": QCoreApplication.translate("DirectoryFields", "Eligibility"),
        "active": QCoreApplication.translate("DirectoryFields", "Active"),
        "steps": QCoreApplication.translate("DirectoryFields", "Steps"),
    }.get(name, name)
