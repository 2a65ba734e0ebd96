"""The shared ground of every use case: the service context (database + acting user, one unit of work per user
action, rules run in the transaction of a change),
row locks in one order for competing changes, change notifications, input validation, text search keys, the
texts Cordée writes into shared records in the practice's language, national identifiers, printout helpers.

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["context", "locks", "rules", "notifications", "validation", "text_search", "shared_texts", "labels",
           "error_log", "identifiers", "pdf_parts", "pdfa", "fhir_json"]
