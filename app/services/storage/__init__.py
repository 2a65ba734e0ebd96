"""Where records live: the SQLCipher-encrypted file (keys wrapped in the key-slot file, the OS keyring, Argon2id
passphrase and recovery code) or a PostgreSQL server, schema migrations, verified backups and atomic files.

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["database", "keyslots", "keyring_slot", "backup", "atomic", "server_url", "migrate", "practice_file",
           "anchoring", "anchor_places"]
