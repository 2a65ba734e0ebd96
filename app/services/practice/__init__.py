"""The practice itself: its record, settings and contact (``contact.contact_lines``: the practice's name, address and
phone as every printed document shows them), staff accounts and logging in, verified backups, the audit trail
as administrators read and verify it, the recovery sheet, and the program's own checks of the database.

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["practice_record", "contact", "staff", "preferences", "accounts", "backups", "audit_trail", "recovery_sheet", "database_health"]
