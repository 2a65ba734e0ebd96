"""``cordee due-care``: recompute every patient's items, then the counts per group; bad input in one clear line."""

from __future__ import annotations

from tests.cli.test_cli import PASS, run


def test_recompute_then_counts(tmp_path):
    db, passfile = tmp_path / "p.db", tmp_path / "pass.txt"
    passfile.write_text(PASS + "\n")
    run("init", "--db", str(db), "--passphrase-file", str(passfile), check=True)
    run("demo-data", "--db", str(db), "--patients", "200", "--patients-only", "--passphrase-file", str(passfile),
        check=True)
    out = run("due-care", "recompute", "--db", str(db), "--passphrase-file", str(passfile), check=True)
    assert "due items computed" in out.stdout and not out.stdout.startswith("0 ")
    out = run("due-care", "counts", "--db", str(db), "--passphrase-file", str(passfile), check=True)
    counts = {line.split("\t")[0]: int(line.split("\t")[1]) for line in out.stdout.splitlines()}
    assert counts["vaccination"] > 0 and counts["t2d"] > 0
    bad = run("due-care", "explode", "--db", str(db), "--passphrase-file", str(passfile))
    assert bad.returncode != 0 and "explode" in bad.stderr and "Traceback" not in bad.stderr
