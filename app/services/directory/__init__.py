"""The directory of local resources and pathways: the organisations and people the team refers patients to (DAC,
CPTS, home nursing, social services, mobile geriatric and palliative teams, patient education programmes,
specialists) with contacts, opening hours and eligibility; the local pathways attached to them with their ordered
steps, followed from a referral as tasks; the CSV file the practices of a CPTS share (never a connection between
their databases).

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["resource_input", "resources", "pathways", "follow", "directory_csv"]
