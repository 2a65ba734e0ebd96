#!/usr/bin/env bash
# Make the upgrade fixture tests/fixtures/upgrade/schema-0009/: a practice database (and its key file) written by
# Cordée at commit 2651b98, whose schema is at revision 0009, with generated patients. A newer Cordée must open it,
# take its "…-before-upgrade" backup when the schema changes, and migrate it (tests/services/storage/
# test_upgrade_fixture.py on the source, scripts/ci_packages.sh on the installed Debian package).
# The database is encrypted with a random key, so the bytes differ from run to run; its content does not.
# Usage: bash scripts/make_upgrade_fixture.sh      (PYBIN: a Python with Cordée's dependencies, default .venv)
set -euo pipefail
cd "$(dirname "$0")/.."
rev=2651b98
passphrase="upgrade fixture passphrase 0009 (test value)"   # also in the test; a test value, nothing else
py="$(cd "$(dirname "${PYBIN:-.venv/bin/python}")" && pwd)/$(basename "${PYBIN:-.venv/bin/python}")"
out="$(pwd)/tests/fixtures/upgrade/schema-0009"
old="$(mktemp -d)"
trap 'rm -rf "$old"' EXIT
git archive "$rev" | tar -x -C "$old"
rm -rf "$out" && mkdir -p "$out"
printf '%s\n' "$passphrase" > "$old/pass"
cd "$old"   # `python -m app` runs the old version's code from here
export PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring QT_QPA_PLATFORM=offscreen
"$py" -c "import app, sys; sys.exit(0 if app.__file__.startswith('$old/') else 'not the old code: ' + app.__file__)"
"$py" -m app init --db "$out/practice.db" --passphrase-file pass --practice-name "Cabinet fixture 0009" \
    --admin-password-file pass >/dev/null
"$py" -m app demo-data --db "$out/practice.db" --passphrase-file pass --patients 25 --seed 9
"$py" -c "
from pathlib import Path
from sqlalchemy import text
from app.services.storage.database import open_encrypted
db = open_encrypted(Path('$out/practice.db'), passphrase=open('pass').read().strip(), use_keyring=False)
with db.engine.connect() as c:
    print('schema', c.execute(text('SELECT version_num FROM alembic_version')).scalar(),
          'patients', c.execute(text('SELECT count(*) FROM patient')).scalar())
db.close()
"
rm -rf "$out/practice.db.backups"
ls -la "$out"
