"""Administration screens: staff accounts, the audit trail, settings and backups.

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["feature"]
