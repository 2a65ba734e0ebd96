"""Coordination screens: hospital events and documents, meetings, referrals and the team dashboard.

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["feature"]
