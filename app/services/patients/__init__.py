"""The patient register: identity (INS, AVS) under the identity-vigilance rules, problems and allergies, the médecin
traitant, the patient's say on sharing, and the name search.

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["identity", "records", "search", "sharing"]
