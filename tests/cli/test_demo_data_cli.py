"""``cordee demo-data`` as a real process: a whole practice that ``cordee check`` and ``cordee audit verify`` pass,
with its progress on stderr."""

from __future__ import annotations

from tests.cli.test_cli import PASS, run


def test_whole_practice_passes_check_and_audit_verify(tmp_path):
    db, passfile = tmp_path / "p.db", tmp_path / "pass.txt"
    passfile.write_text(PASS + "\n")
    run("init", "--db", str(db), "--passphrase-file", str(passfile), check=True)
    made = run("demo-data", "--db", str(db), "--passphrase-file", str(passfile), "--patients", "300", "--seed", "5",
               check=True)
    assert "added 300 patients" in made.stdout
    assert "100% 300/300 patients" in made.stderr   # the progress, one line per chunk off a terminal
    checked = run("check", "--db", str(db), "--passphrase-file", str(passfile), check=True)
    assert "database check passed (full)" in checked.stdout
    verified = run("audit", "verify", "--db", str(db), "--passphrase-file", str(passfile), check=True)
    assert "audit trail intact" in verified.stdout
