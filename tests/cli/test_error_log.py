"""The command line's top-level handler: an error nobody expected is one line naming the log, and the log holds
where it happened (class, error number, frames) — never the exception's message, a file name or a value, which can
be patient data. The log file is private."""

from __future__ import annotations

import io
import stat
from contextlib import redirect_stderr

import pytest

from app.cli import commands
from app.cli.main import main
from app.services.kernel import error_log

PATIENT = "DUPONT Jeanne née le 15.03.1948"


@pytest.fixture
def log_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CORDEE_LOG_DIR", str(tmp_path / "log" / "cordee"))
    monkeypatch.setenv("CORDEE_LANG", "en")
    error_log.reset()
    yield tmp_path / "log" / "cordee"
    error_log.reset()


@pytest.mark.parametrize("failure, kind, fact", [
    (ValueError(f"bad value {PATIENT}"), "ValueError", "builtins.ValueError"),
    (PermissionError(13, "Permission denied", f"/home/{PATIENT}.pdf"), None, "errno=13"),
    (KeyError(PATIENT), "KeyError", "builtins.KeyError"),
])
def test_an_unexpected_error_is_one_line_and_a_log_without_patient_data(log_dir, monkeypatch, failure, kind, fact,
                                                                       in_process_qt):
    def broken(args):
        raise failure

    monkeypatch.setitem(commands.HANDLERS, "patients", broken)
    err = io.StringIO()
    with redirect_stderr(err):
        code = main(["patients", "--db", "x.db"])
    lines = err.getvalue().strip().splitlines()
    assert code == 1 and len(lines) == 1 and lines[0].startswith("cordee: ")
    if kind:   # an error no code describes: its kind and where the details are
        assert f"({kind})" in lines[0] and str(log_dir / "cordee.log") in lines[0]
    log = (log_dir / "cordee.log").read_text(encoding="utf-8")
    assert "cli patients" in log and fact in log and "test_error_log.py" in log and "in broken" in log
    assert "DUPONT" not in log and "1948" not in log
    assert stat.S_IMODE((log_dir / "cordee.log").stat().st_mode) == 0o600
    assert stat.S_IMODE(log_dir.stat().st_mode) == 0o700 and stat.S_IMODE(log_dir.parent.stat().st_mode) == 0o700
