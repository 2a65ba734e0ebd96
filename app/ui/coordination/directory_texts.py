"""The reader's words for the kinds of directory resources."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_labels() -> dict[str, str]:
    """Translated names of the resource kinds, in the order the forms offer them."""
    t = QCoreApplication.translate
    return {
        "dac": t("DirectoryKinds", "Care coordination support (DAC)"),
        "cpts": t("DirectoryKinds", "Territorial health community (CPTS)"),
        "home_nursing": t("DirectoryKinds", "Home nursing"),
        "social_services": t("DirectoryKinds", "Social services"),
        "mobile_geriatric": t("DirectoryKinds", "Mobile geriatric team"),
        "mobile_palliative": t("DirectoryKinds", "Mobile palliative care team"),
        "patient_education": t("DirectoryKinds", "Patient education programme"),
        "specialist": t("DirectoryKinds", "Specialist"),
        "other": t("DirectoryKinds", "Other"),
    }
