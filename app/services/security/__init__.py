"""Who acts and what they may do: the acting user, the access policy (one role × action table, deny by default),
the hash-chained audit trail, and password hashing.

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["actor", "access", "audit", "passwords"]
