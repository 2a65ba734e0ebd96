"""Where records live: the SQLCipher-encrypted file (keys wrapped in the key-slot file, the OS keyring, Argon2id
passphrase and recovery code) or a PostgreSQL server, schema migrations, verified backups and atomic files; the
checks made before a file is opened (``file_checks``) and of an open one (``health``), the failure classes of
what the disk says (``failures``), and files that appear whole or not at all (``staging``).

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["database", "keyslots", "keyring_slot", "backup", "atomic", "server_url", "migrate", "practice_file",
           "failures", "file_checks", "health", "staging", "anchoring", "anchor_places",
           "server_practices", "json_text"]
