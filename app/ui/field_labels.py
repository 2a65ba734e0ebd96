"""Readable labels for the field names that services put in ``ValidationError.field``.

The labels are English source text marked for translation in the ``fields`` context; ``messages.field_label``
translates them at run time. Add a line here when a service validates a new field (``tests/ui/test_i18n.py``
checks that every field name used in ``app/services`` has a label).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

FIELD_LABELS: dict[str, str] = {
    # practice and settings
    "practice": QT_TRANSLATE_NOOP("fields", "Practice"),
    "practice_name": QT_TRANSLATE_NOOP("fields", "Practice name"),
    "country": QT_TRANSLATE_NOOP("fields", "Country"),
    "finess": QT_TRANSLATE_NOOP("fields", "FINESS number"),
    "gln": QT_TRANSLATE_NOOP("fields", "GLN"),
    "idle_lock_minutes": QT_TRANSLATE_NOOP("fields", "Lock after inactivity (minutes)"),
    "database_url": QT_TRANSLATE_NOOP("fields", "PostgreSQL server"),
    "language": QT_TRANSLATE_NOOP("fields", "Language"),
    # staff accounts
    "username": QT_TRANSLATE_NOOP("fields", "Username"),
    "roles": QT_TRANSLATE_NOOP("fields", "Roles"),
    "email": QT_TRANSLATE_NOOP("fields", "E-mail"),
    "profession": QT_TRANSLATE_NOOP("fields", "Profession"),
    "rpps": QT_TRANSLATE_NOOP("fields", "RPPS number"),
    "adeli": QT_TRANSLATE_NOOP("fields", "ADELI number"),
    "active": QT_TRANSLATE_NOOP("fields", "Account status"),
    "password": QT_TRANSLATE_NOOP("fields", "Password"),
    "new_password": QT_TRANSLATE_NOOP("fields", "New password"),
    "old_password": QT_TRANSLATE_NOOP("fields", "Current password"),
    # database secrets
    "passphrase": QT_TRANSLATE_NOOP("fields", "Practice passphrase"),
    "recovery_code": QT_TRANSLATE_NOOP("fields", "Recovery code"),
    # patients
    "family_name": QT_TRANSLATE_NOOP("fields", "Family name"),
    "given_names": QT_TRANSLATE_NOOP("fields", "Given names"),
    "birth_name": QT_TRANSLATE_NOOP("fields", "Birth name"),
    "birth_date": QT_TRANSLATE_NOOP("fields", "Birth date"),
    "sex": QT_TRANSLATE_NOOP("fields", "Sex"),
    "address_line": QT_TRANSLATE_NOOP("fields", "Address"),
    "postal_code": QT_TRANSLATE_NOOP("fields", "Postal code"),
    "city": QT_TRANSLATE_NOOP("fields", "City"),
    "phone": QT_TRANSLATE_NOOP("fields", "Phone"),
    "preferred_language": QT_TRANSLATE_NOOP("fields", "Preferred language"),
    "gp_staff_id": QT_TRANSLATE_NOOP("fields", "Regular doctor"),
    "gp_external_name": QT_TRANSLATE_NOOP("fields", "External doctor"),
    "notes": QT_TRANSLATE_NOOP("fields", "Notes"),
    "ins_matricule": QT_TRANSLATE_NOOP("fields", "INS number"),
    "ins_status": QT_TRANSLATE_NOOP("fields", "INS identity status"),
    "avs_number": QT_TRANSLATE_NOOP("fields", "AVS number"),
    "insurance_card_number": QT_TRANSLATE_NOOP("fields", "Insurance card number"),
    "query": QT_TRANSLATE_NOOP("fields", "Search"),
    "problems": QT_TRANSLATE_NOOP("fields", "Problems"),
    "patient_id": QT_TRANSLATE_NOOP("fields", "Patient"),
    "staff_id": QT_TRANSLATE_NOOP("fields", "Staff member"),
    # medications
    "atc": QT_TRANSLATE_NOOP("fields", "ATC code"),
    "catalogue_ref": QT_TRANSLATE_NOOP("fields", "Catalogue reference"),
    "substances": QT_TRANSLATE_NOOP("fields", "Substance(s)"),
    "product_name": QT_TRANSLATE_NOOP("fields", "Product name"),
    "strength": QT_TRANSLATE_NOOP("fields", "Strength"),
    "dose_morning": QT_TRANSLATE_NOOP("fields", "Morning dose"),
    "dose_noon": QT_TRANSLATE_NOOP("fields", "Noon dose"),
    "dose_evening": QT_TRANSLATE_NOOP("fields", "Evening dose"),
    "dose_night": QT_TRANSLATE_NOOP("fields", "Night dose"),
    "route": QT_TRANSLATE_NOOP("fields", "Route"),
    "instructions": QT_TRANSLATE_NOOP("fields", "Instructions"),
    "indication": QT_TRANSLATE_NOOP("fields", "Indication"),
    "daily_dose_mg": QT_TRANSLATE_NOOP("fields", "Daily dose (mg)"),
    "start_date": QT_TRANSLATE_NOOP("fields", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("fields", "End date"),
    "renewal_allowed_until": QT_TRANSLATE_NOOP("fields", "Renewal allowed until"),
    "prescriber_staff_id": QT_TRANSLATE_NOOP("fields", "Prescriber"),
    "prescriber_external": QT_TRANSLATE_NOOP("fields", "Other prescriber"),
    "stop_reason": QT_TRANSLATE_NOOP("fields", "Reason for stopping"),
    "stopped_at": QT_TRANSLATE_NOOP("fields", "Stop date"),
    # observations
    "code": QT_TRANSLATE_NOOP("fields", "Measurement"),
    "value": QT_TRANSLATE_NOOP("fields", "Value"),
    "measured_on": QT_TRANSLATE_NOOP("fields", "Date of measurement"),
    # delegation protocols
    "protocol_code": QT_TRANSLATE_NOOP("fields", "Protocol"),
    "declaration_ref": QT_TRANSLATE_NOOP("fields", "Declaration reference"),
    "consent_how": QT_TRANSLATE_NOOP("fields", "Form of consent"),
    "consent_by": QT_TRANSLATE_NOOP("fields", "Consent given by"),
    "exit_reason": QT_TRANSLATE_NOOP("fields", "Reason for leaving"),
    # tasks
    "title": QT_TRANSLATE_NOOP("fields", "Title"),
    "description": QT_TRANSLATE_NOOP("fields", "Description"),
    "task_type": QT_TRANSLATE_NOOP("fields", "Task type"),
    "priority": QT_TRANSLATE_NOOP("fields", "Priority"),
    "assignee_staff_id": QT_TRANSLATE_NOOP("fields", "Assigned to"),
    "pool_role": QT_TRANSLATE_NOOP("fields", "Pool"),
    "due_date": QT_TRANSLATE_NOOP("fields", "Due date"),
    "due_time": QT_TRANSLATE_NOOP("fields", "Due time"),
    "recurrence_rule": QT_TRANSLATE_NOOP("fields", "Recurrence"),
    "origin_type": QT_TRANSLATE_NOOP("fields", "Origin"),
    "origin_id": QT_TRANSLATE_NOOP("fields", "Origin"),
    "act": QT_TRANSLATE_NOOP("fields", "Act performed"),
    "status": QT_TRANSLATE_NOOP("fields", "Status"),
    "business_status": QT_TRANSLATE_NOOP("fields", "Progress note"),
    "activated_on": QT_TRANSLATE_NOOP("fields", "Activation date"),
    "training_date": QT_TRANSLATE_NOOP("fields", "Training date"),
    "since": QT_TRANSLATE_NOOP("fields", "Since"),
    "consent_date": QT_TRANSLATE_NOOP("fields", "Date of consent"),
}

# ``problems[2]`` and ``problems[2].code``: an entry of a list field, and one part of it.
ROW_LABELS: dict[str, str] = {
    "problems": QT_TRANSLATE_NOOP("fields", "Problem %1"),
}
PART_LABELS: dict[str, str] = {
    "kind": QT_TRANSLATE_NOOP("fields", "kind"),
    "code": QT_TRANSLATE_NOOP("fields", "code"),
    "label": QT_TRANSLATE_NOOP("fields", "label"),
}
ROW_PART_TEMPLATE = QT_TRANSLATE_NOOP("fields", "%1 — %2")
