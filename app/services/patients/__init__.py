"""The patient register: identity (INS, AVS), problems and allergies, the médecin traitant, and the name search.

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["records", "search"]
