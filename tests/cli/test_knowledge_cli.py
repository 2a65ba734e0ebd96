"""``cordee knowledge report`` prints the coverage report or writes it to a file; a bad path is a coded error."""

from __future__ import annotations

from app.cli.main import main


def test_report_to_standard_output(capsys):
    assert main(["knowledge", "report"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Coverage of the ANSM interaction thesaurus (2020-10, the newest machine-readable edition)")
    assert "Raised a finding" in out


def test_report_to_a_file_and_refused_folder(tmp_path, capsys):
    target = tmp_path / "report.md"
    assert main(["knowledge", "report", "--output", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("# Coverage")
    assert main(["knowledge", "report", "--output", str(tmp_path)]) != 0
    assert "report.md" not in capsys.readouterr().err
