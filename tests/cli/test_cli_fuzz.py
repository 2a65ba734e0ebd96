"""The command line fuzzed: generated argument lists (every command, its options with hostile values, stray tokens,
dropped and repeated options) against a real practice file. No input may end in a traceback or an unexpected
error: a refusal is a non-zero exit with exactly one line on stderr; an accepted input exits 0.

The calls run in this process (``app.cli.main.main``, the same top-level handler as ``python -m app``) so a
thousand inputs take seconds. ``CORDEE_FUZZ_INPUTS`` sets how many (default 1,000; the full run on demand is
``CORDEE_FUZZ_INPUTS=20000``), ``CORDEE_FUZZ_SEED`` the seed; the figures are printed (``-s``), and
``CORDEE_FUZZ_SHOW=1`` prints every refusal.
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import stat
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from app.cli.export import EXPORTERS
from app.cli.main import main
from app.services.storage.keyslots import slot_file_path
from tests.conftest import PASSPHRASE

INPUTS = int(os.environ.get("CORDEE_FUZZ_INPUTS", "1000"))
SEED = int(os.environ.get("CORDEE_FUZZ_SEED", "13"))

pytestmark = pytest.mark.fault

HOSTILE_TEXT = ["", " ", "²", "\x00", "\udcff", "é" * 40, "a" * 5000, "-", "--", "-1", "0", "1" * 400,
                "1180591620717411303424", "1e308", "nan", "inf", "0x10", "１２", "01.01.9999", "31.02.2024",
                "2024-01-01", "1.1.1", "32.13.2020", "01.01.0001", "99.99.99999", "%s%n", "'; DROP TABLE patient;--",
                "../outside/passwd", "\n", "\t", "a\nb", "x\r\ny", "\u2028"]
"""Values for any option, paths among them. They run in the test's own folder: never a path outside it (the
process may be root: a write to ``/etc/passwd`` or ``/dev/full`` would really happen if a check failed)."""
NUMBERS = ["0", "-1", "", "1" * 400, "1e3", "²", "1000001", "4294967296", "1180591620717411303424", " 2 ", "2",
           "abc", "-0", "+1", "9223372036854775808", "3.5"]
DATES = ["01.01.9999", "31.02.2024", "2024-01-01", "", "1.1.1", "01.01.0001", "32.13.2020", "²", "01.01.2024",
         "31.12.2023", "00.00.0000", "1" * 400, "01.01.10000", "29.02.2023"]


def _devices(folder: Path) -> list[str]:
    """Copies of /dev/null, /dev/zero and /dev/full in ``folder`` (root only: elsewhere a test without them)."""
    made = []
    for name, minor in (("null", 3), ("zero", 5), ("full", 7)):
        try:
            os.mknod(folder / name, 0o666 | stat.S_IFCHR, os.makedev(1, minor))
        except OSError:   # not root: no device nodes
            continue
        made.append(str(folder / name))
    return made


@pytest.fixture
def paths(practice, tmp_path, monkeypatch):
    """The practice file and hostile neighbours: empty, foreign, truncated files, folders, devices, links. The
    test runs in a folder of its own, so relative paths stay in ``tmp_path`` too."""
    db = Path(practice.path)
    folder = tmp_path / "hostile"
    folder.mkdir()
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "passwd").write_text("root:x:0:0\n")
    (tmp_path / "cwd").mkdir()
    monkeypatch.chdir(tmp_path / "cwd")

    def file(name: str, data: bytes) -> str:
        (folder / name).write_bytes(data)
        return str(folder / name)

    empty = file("empty.db", b"")
    foreign = file("foreign.db", bytes(random.Random(1).randrange(256) for _ in range(8192)))
    truncated = folder / "truncated.db"
    truncated.write_bytes(db.read_bytes()[: max(1, db.stat().st_size // 3)])
    shutil.copy(slot_file_path(db), slot_file_path(truncated))
    (folder / "a-folder").mkdir()
    (folder / "link.pdf").symlink_to(folder / "target.pdf")
    (folder / "target.pdf").write_bytes(b"keep me")
    deep = "[" * 100_000 + "]" * 100_000
    common = [str(folder / "a-folder"), *_devices(folder), str(folder / "missing" / "x"), str(folder / "link.pdf"),
              str(folder / "a\x00b"), str(folder / ("n" * 300)), str(folder / "target.pdf" / "under-a-file"), ""]
    return {
        "db": [str(db), empty, foreign, str(truncated), *common, "postgresql+psycopg://nobody@127.0.0.1:1/none"],
        "bad_db": [empty, foreign, str(truncated), *common],
        "secret": [file("good.txt", (PASSPHRASE + "\n").encode()), file("wrong.txt", b"not the passphrase\n"),
                   file("big.txt", b"x" * 5000), file("binary.txt", b"\xff\xfe\x00\x81" * 10), empty, *common],
        "input": [file("deep.json", deep.encode()), file("bignum.json", ("9" * 5000).encode()),
                  file("binary.json", b"\xff" * 100), empty, file("array.json", b"[]"), file("obj.json", b"{}"),
                  file("lines.jsonl", b'{"a": 1}\n\n{oops\n[1, 2]\n'),
                  file("case.json", json.dumps({"patient": {"age": "x" * 400}, "medications": [{"atc": "²"}]}).encode()),
                  *common],
        "out": [str(folder / "out.pdf"), str(folder / "target.pdf"), *common],
        "folder": [str(tmp_path / "backups"), str(folder / "target.pdf"), *common],
    }


def _option(rng: random.Random, pools: dict, name: str, kind: str | list[str]) -> list[str]:
    pool = kind if isinstance(kind, list) else pools[kind]
    value = rng.choice(pool if rng.random() < 0.8 else HOSTILE_TEXT)
    return [name, value]


def _arguments(rng: random.Random, pools: dict) -> list[str]:
    """One generated argument list (never one that starts the GUI)."""
    export_kind = rng.choice([*EXPORTERS, "nothing", "²"])
    db = [("--db", "db"), ("--passphrase-file", "secret")]
    shapes = {
        "init": ["init", ("--db", "bad_db"), ("--passphrase-file", "secret"), ("--practice-name", HOSTILE_TEXT),
                 ("--country", ["FR", "CH", "DE", "fr", ""]), ("--language", ["fr", "de", "en", "it", ""]),
                 ("--admin-user", HOSTILE_TEXT), ("--admin-password-file", "secret"), ("--phone", HOSTILE_TEXT),
                 ("--postal-code", NUMBERS), ("--city", HOSTILE_TEXT), ("--recovery-sheet", "out")],
        "demo-data": ["demo-data", *db, ("--patients", NUMBERS), ("--seed", NUMBERS)],
        "audit": ["audit", "verify", *db],
        "audit-bad": ["audit", rng.choice(["", "check", "²"]), *db],
        "check": ["check", *db, ("--recovery-code-file", "secret"), "--quick"],
        "patients": ["patients", *db, ("--search", HOSTILE_TEXT), ("--limit", NUMBERS)],
        "smoke": ["smoke", ("--db", "bad_db"), ("--passphrase-file", "secret")],
        "review": ["review", ("--input", "input"), ("--output", "out")],
        "export": ["export", export_kind, *db, ("--patient", NUMBERS), ("--lang", ["fr", "de", "en", "xx", ""]),
                   ("--from", DATES), ("--to", DATES), ("--format", ["pdf", "csv", "sheet", "fhir", "docx"]),
                   ("--alert", NUMBERS), ("--line", NUMBERS), ("--out", "out")],
        "import": ["import", rng.choice(["fhir", "", "²"]), rng.choice(pools["input"]), *db, "--confirm"],
        "backup": ["backup", *db, ("--to", "folder")],
        "restore": ["restore", ("--from", "folder"), ("--to", "db"), ("--passphrase-file", "secret"),
                    ("--recovery-code-file", "secret")],
        "knowledge": ["knowledge", rng.choice(["report", "", "²"]), ("--output", "out")],
        "noise": [rng.choice(["²", "nothing", "-x", "--db", "--unknown", "patients2", "\x00", "1" * 400])],
    }
    shape = shapes[rng.choice(list(shapes))]
    argv: list[str] = []
    for part in shape:
        if isinstance(part, str):
            if part or rng.random() < 0.5:
                argv.append(part)
        elif rng.random() < 0.85:
            argv += _option(rng, pools, *part)
            if rng.random() < 0.05:   # the same option twice
                argv += _option(rng, pools, *part)
    for _ in range(rng.choice([0, 0, 0, 1, 2])):   # stray tokens anywhere after the command
        argv.insert(rng.randint(1, len(argv)), rng.choice([*HOSTILE_TEXT, "--db", "--limit", "--out", "-h2"]))
    return argv


def _run(argv: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:   # argparse's refusals (status 2) and --version
            code = exc.code if isinstance(exc.code, int) else 1
    return code, err.getvalue()


def test_no_input_ends_in_a_traceback(paths, monkeypatch, tmp_path, in_process_qt):
    monkeypatch.setenv("CORDEE_LANG", "en")
    monkeypatch.setenv("CORDEE_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    rng = random.Random(SEED)
    figures = {"inputs": 0, "refused": 0, "accepted": 0, "unexpected": 0}
    wrong: list[tuple[list[str], int, str]] = []
    for _ in range(INPUTS):
        argv = _arguments(rng, paths)
        secret = rng.choice([PASSPHRASE, "wrong passphrase", None])
        if secret is None:
            monkeypatch.delenv("CORDEE_PASSPHRASE", raising=False)
        else:
            monkeypatch.setenv("CORDEE_PASSPHRASE", secret)
        code, err = _run(argv)
        figures["inputs"] += 1
        lines = err.strip().splitlines()
        if "Traceback" in err or "Unexpected error" in err:
            figures["unexpected"] += 1
            wrong.append((argv, code, err))
        elif code == 0:
            figures["accepted"] += 1
        elif len(lines) == 1 and lines[0].startswith("cordee"):
            figures["refused"] += 1
            if os.environ.get("CORDEE_FUZZ_SHOW"):
                print(argv[:2], lines[0][:110])
        else:
            wrong.append((argv, code, err))
    print(f"\nCLI fuzz (seed {SEED}): {figures}")
    hostile = tmp_path / "hostile"
    assert all(stat.S_ISCHR((hostile / name).lstat().st_mode) for name in ("null", "zero", "full")
               if (hostile / name).exists()), "a device was replaced"
    assert (hostile / "link.pdf").is_symlink() and (hostile / "a-folder").is_dir()
    assert figures["inputs"] == INPUTS and figures["refused"] > figures["accepted"]
    assert not wrong, "\n".join(f"{argv!r} → {code}: {err[:300]!r}" for argv, code, err in wrong[:10])
