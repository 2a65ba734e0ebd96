"""Coordination screens: hospital events and documents, meetings, referrals, the team dashboard and the patient
survey (its kiosk window is opened by the start-up for a kiosk account).

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["feature", "kiosk_window"]
