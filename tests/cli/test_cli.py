"""The command line, run as a real process: happy paths and one clear line for every bad input."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import pytest

PASS = "cli passphrase for tests"


def run(*args, env_extra=None, check=False):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "CORDEE_LANG": "en"}
    env.pop("CORDEE_PASSPHRASE", None)
    env.update(env_extra or {})
    proc = subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env,
                          timeout=180)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(scope="module")
def cli_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli")
    db = folder / "p.db"
    passfile = folder / "pass.txt"
    passfile.write_text(PASS + "\n")
    out = run("init", "--db", str(db), "--passphrase-file", str(passfile), "--practice-name", "MSP Test", check=True)
    assert "recovery code" in out.stdout and "temporary password" in out.stdout
    run("demo-data", "--db", str(db), "--patients", "300", "--seed", "3", env_extra={"CORDEE_PASSPHRASE": PASS},
        check=True)
    return db, passfile


def _sha(p):
    return hashlib.sha256(p.read_bytes()).hexdigest()


def test_version():
    out = run("--version", check=True)
    assert out.stdout.startswith("cordee ")


def test_patients_listing_is_tab_separated_and_audited(cli_db):
    db, passfile = cli_db
    out = run("patients", "--db", str(db), "--passphrase-file", str(passfile), "--limit", "5", check=True)
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 5
    for line in lines:
        pid, family, given, birth = line.split("\t")
        assert pid.isdigit() and family and given and len(birth) == 10 and birth[4] == "-"
    first_family = lines[0].split("\t")[1]
    found = run("patients", "--db", str(db), "--passphrase-file", str(passfile), "--search", first_family[:4],
                check=True)
    assert first_family in found.stdout
    verify = run("audit", "verify", "--db", str(db), "--passphrase-file", str(passfile), check=True)
    assert "intact" in verify.stdout


def test_same_seed_same_patients(tmp_path, cli_db):
    _, passfile = cli_db
    outputs = []
    for name in ("a.db", "b.db"):
        db = tmp_path / name
        run("init", "--db", str(db), "--passphrase-file", str(passfile), check=True)
        run("demo-data", "--db", str(db), "--passphrase-file", str(passfile), "--patients", "50", "--seed", "9",
            check=True)
        outputs.append(run("patients", "--db", str(db), "--passphrase-file", str(passfile), "--limit", "50",
                           check=True).stdout)
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize("args,needle", [
    (["patients", "--db", "/nonexistent/p.db", "--passphrase-file", "{pass}"], "No database at /nonexistent/p.db"),
    (["patients", "--db", "{db}", "--passphrase-file", "/nonexistent/pass"], "--passphrase-file: the file cannot be read"),
    (["patients", "--db", "{db}"], "No passphrase"),
    (["patients", "--db", "{db}", "--passphrase-file", "{wrong}"], "Wrong passphrase"),
    (["patients", "--db", "{db}", "--bogus"], "unrecognized arguments"),
    (["frobnicate"], "invalid choice"),
    (["demo-data", "--db", "{db}", "--passphrase-file", "{pass}", "--patients", "0"],
     "--patients: must be between 1 and 1000000"),
    (["patients", "--db", "{db}", "--passphrase-file", "{pass}", "--limit", "0"], "--limit: must be at least 1"),
    (["init", "--db", "{db}", "--passphrase-file", "{pass}"], "already exists"),
    (["smoke", "--db", "{db}", "--passphrase-file", "{wrong}"], "Wrong passphrase"),
    (["smoke", "--db", "{db}.missing", "--passphrase-file", "{pass}"], "No database"),
])
def test_bad_input_one_line_nonzero_and_nothing_changed(cli_db, tmp_path, args, needle):
    db, passfile = cli_db
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("definitely not the passphrase")
    before = _sha(db)
    args = [a.format(db=db, **{"pass": passfile, "wrong": wrong}) for a in args]
    out = run(*args)
    assert out.returncode != 0
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0], out.stderr
    assert _sha(db) == before


@pytest.mark.parametrize("lang, expected", [("fr", "cordee: Phrase de passe erronée pour cette base de données."),
                                             ("de", "cordee: Falsche Passphrase für diese Datenbank.")])
def test_errors_in_the_language_of_the_command_line(cli_db, tmp_path, lang, expected):
    db, _ = cli_db
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("definitely not the passphrase")
    out = run("patients", "--db", str(db), "--passphrase-file", str(wrong), env_extra={"CORDEE_LANG": lang})
    assert out.returncode != 0 and out.stderr.startswith(expected), out.stderr
    out = run("patients", "--db", str(db), "--passphrase-file", str(wrong), "--limit", "0",
              env_extra={"CORDEE_LANG": lang})
    assert out.stderr.strip() == {"fr": "cordee: --limit\u00a0: doit valoir au moins 1",
                                  "de": "cordee: --limit: muss mindestens 1 sein"}[lang], out.stderr


def test_damaged_file_reported_as_damaged(cli_db, tmp_path):
    db, passfile = cli_db
    copy = tmp_path / "copy.db"
    data = bytearray(db.read_bytes())
    data[:16] = bytes(16)
    copy.write_bytes(bytes(data))
    (tmp_path / "copy.db.cordee-keys.json").write_bytes((db.parent / "p.db.cordee-keys.json").read_bytes())
    out = run("patients", "--db", str(copy), "--passphrase-file", str(passfile))
    assert out.returncode != 0 and "damaged" in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_tampered_audit_fails_verify(cli_db, tmp_path):
    import shutil

    db, passfile = cli_db
    copy = tmp_path / "t.db"
    shutil.copy(db, copy)
    shutil.copy(str(db) + ".cordee-keys.json", str(copy) + ".cordee-keys.json")
    from sqlalchemy import text

    from app.services.storage.database import open_encrypted

    d = open_encrypted(copy, passphrase=PASS, use_keyring=False)
    with d.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_no_delete"))
        conn.execute(text("DELETE FROM audit_event WHERE seq = 2"))
    d.close()
    out = run("audit", "verify", "--db", str(copy), "--passphrase-file", str(passfile))
    assert out.returncode != 0 and "missing" in out.stdout


def test_smoke_opens_the_window_with_the_list_then_the_docks(cli_db):
    db, passfile = cli_db
    out = run("smoke", "--db", str(db), "--passphrase-file", str(passfile), check=True)
    fields = dict(item.split("=") for item in out.stdout.split())
    assert set(fields) == {"ready_ms", "complete_ms"}, out.stdout
    assert 0 < int(fields["ready_ms"]) <= int(fields["complete_ms"])


def test_smoke_all_screens_opens_every_feature_and_paints_a_chart(cli_db):
    from app.ui.shell.features import FEATURES

    db, passfile = cli_db
    out = run("smoke", "--all-screens", "--db", str(db), "--passphrase-file", str(passfile), check=True)
    opened = [line.removeprefix("opened ") for line in out.stdout.splitlines() if line.startswith("opened ")]
    features = {screen.split(":")[0] for screen in opened}
    assert {f.name for f in FEATURES if f.install} <= features
    assert {"chart:MedicationsTab", "chart:RaiseAlertDialog", "coordination:DashboardWindow",
            "tasks:dock:worklistDock", "alerts:dock:alertInboxDock"} <= set(opened), out.stdout
    summary = dict(item.split("=") for item in out.stdout.splitlines()[-1].split())
    assert int(summary["screens"]) == len(opened) and int(summary["charts_painted"]) > 0


def test_backup_then_restore_from_the_command_line(cli_db, tmp_path):
    db, passfile = cli_db
    out = run("backup", "--db", str(db), "--passphrase-file", str(passfile), "--to", str(tmp_path / "bk"), check=True)
    assert out.stdout.startswith("backup verified: ") and "300 patients" in out.stdout
    folder = next((tmp_path / "bk").iterdir())
    out = run("restore", "--from", str(folder), "--to", str(tmp_path / "back.db"), "--passphrase-file", str(passfile),
              check=True)
    assert out.stdout.startswith("restored ")
    listed = run("patients", "--db", str(tmp_path / "back.db"), "--passphrase-file", str(passfile), "--limit", "1000",
                 check=True)
    assert len(listed.stdout.splitlines()) == 300


@pytest.mark.parametrize("case, needle", [
    ("existing target", "already exists"),
    ("not a backup", "not a Cordée backup"),
    ("wrong passphrase", "Wrong passphrase"),
])
def test_restore_bad_input_one_line_and_nothing_left(cli_db, tmp_path, case, needle):
    db, passfile = cli_db
    run("backup", "--db", str(db), "--passphrase-file", str(passfile), "--to", str(tmp_path / "bk"), check=True)
    folder = next((tmp_path / "bk").iterdir())
    target, secret = tmp_path / "new.db", passfile
    if case == "existing target":
        target.write_bytes(b"keep me")
    elif case == "not a backup":
        folder = tmp_path
    else:
        secret = tmp_path / "wrong.txt"
        secret.write_text("definitely not the passphrase")
    out = run("restore", "--from", str(folder), "--to", str(target), "--passphrase-file", str(secret))
    lines = out.stderr.strip().splitlines()
    assert out.returncode != 0 and len(lines) == 1 and needle in lines[0], out.stderr
    if case == "existing target":
        assert target.read_bytes() == b"keep me"
    else:
        assert not target.exists() and not (tmp_path / "new.db.cordee-keys.json").exists()


@pytest.mark.parametrize("case", ["folder", "missing", "unreadable", "device", "pipe", "under_a_file"])
@pytest.mark.parametrize("command", ["patients", "smoke", "backup"])
def test_every_database_path_case_is_one_line_never_a_traceback(tmp_path, case, command):
    """--db naming a folder, nothing, an unreadable name, a device or a pipe: one sentence on stderr, exit ≠ 0."""
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASS)
    path, needle = {
        "folder": (tmp_path, "is a folder"),
        "missing": (tmp_path / "nothing.db", "No database"),
        "unreadable": (tmp_path / ("x" * 300 + ".db"), "not a usable path"),   # too long a name (root reads any file)
        "device": ("/dev/null", "not an ordinary file"),
        "pipe": (tmp_path / "pipe", "not an ordinary file"),
        "under_a_file": (passfile / "p.db", "is a file, not a folder"),
    }[case]
    if case == "pipe":
        os.mkfifo(path)
    extra = ["--to", str(tmp_path / "bk")] if command == "backup" else []
    out = run(command, "--db", str(path), "--passphrase-file", str(passfile), *extra)
    lines = out.stderr.strip().splitlines()
    assert out.returncode != 0 and len(lines) == 1 and "Traceback" not in out.stderr, out.stderr
    assert lines[0].startswith("cordee: ") and needle in lines[0]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads a file whatever its permissions")
def test_a_database_without_read_permission_is_one_line(tmp_path):
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASS)
    db = tmp_path / "locked.db"
    db.write_bytes(b"\0" * 64)
    db.chmod(0)
    out = run("patients", "--db", str(db), "--passphrase-file", str(passfile))
    assert out.returncode != 0 and out.stderr.strip().count("\n") == 0 and "cannot be read" in out.stderr
