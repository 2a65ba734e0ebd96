"""Coordination around the patient: hospital events and their documents, the DAUM rule (frequent emergency
visits), referrals, concertation meetings with decisions, nurse-assisted teleconsultations, the team indicators
with their PDF and CSV exports, the team's maturity self-assessment (HAS grid) with its PDF, and the anonymous
patient experience survey (paper and kiosk) with its results.

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["hospital_events", "documents", "daum", "referrals", "meetings", "meeting_search", "indicators",
    "indicator_sources", "indicator_export", "indicators_csv", "indicators_pdf", "maturity", "maturity_grid",
    "maturity_results", "maturity_pdf", "teleconsultation", "teleconsultation_input", "survey", "survey_definition",
    "survey_pdf"]
