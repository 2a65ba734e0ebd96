"""Who acts and what they may do: the acting user, access decided on the record (``access``: ``can`` and
``require``, over the role table ``policy`` and the relationship rules ``relations``, with what ``records`` reads
from the database), the hash-chained audit trail, and password hashing.

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["actor", "access", "policy", "relations", "records", "audit", "anchors", "passwords"]
