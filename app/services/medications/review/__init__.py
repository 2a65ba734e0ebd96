"""Offline polymedication review engine (pure Python, no Qt, no database).

Typical use::

    from app.services.medications.review import PatientContext, Medication, review
    findings = review(PatientContext(as_of=date.today(), birth_date=...), [Medication(atc="B01AA03")])
"""

from .context import Medication, PatientContext, cockcroft_gault
from .engine import anticholinergic_score, review
from .findings import SEVERITY_RANK, Contribution, Finding
from .knowledge import Knowledge, KnowledgeError, load_knowledge, read_pack
from .parsing import CaseError, parse_case

__all__ = [
    "CaseError", "Contribution", "Finding", "Knowledge", "KnowledgeError", "Medication", "PatientContext",
    "SEVERITY_RANK", "anticholinergic_score", "cockcroft_gault", "load_knowledge", "parse_case", "read_pack", "review",
]
