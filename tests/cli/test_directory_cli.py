"""``cordee directory``: import shows what a file adds before --confirm stores it; export then import into a second
practice gives the same file; a bad file is refused in one line naming its line and column, nothing stored."""

from __future__ import annotations

from tests.cli.test_cli import PASS, run

HEADER = ("record,resource_id,kind,name,contact_person,phone,email,address,opening_hours,eligibility,active,"
          "pathway_id,pathway_name,step_position,step_label,step_role,step_delay_days")
FILE = "\n".join([
    HEADER,
    "resource,demo-dac,dac,DAC Touraine (démo),Mme Démo,02 00 00 00 01,dac@example.invalid,"
    "\"1 rue de la Démo, Tours\",Mon–Fri 9–17,Complex situations at home,1,,,,,,",
    "pathway,demo-dac,,,,,,,,,,demo-dac-refer,Refer to the DAC,,,,",
    "step,,,,,,,,,,,demo-dac-refer,,1,Call the DAC,coordinator,0",
    "step,,,,,,,,,,,demo-dac-refer,,2,Home assessment,nurse,7",
    "resource,demo-ssiad,home_nursing,SSIAD du Cher (démo),,,,,,,1,,,,,,"]) + "\n"


def _init(tmp_path, name):
    db, passfile = tmp_path / f"{name}.db", tmp_path / "pass.txt"
    passfile.write_text(PASS + "\n")
    run("init", "--db", str(db), "--passphrase-file", str(passfile), check=True)
    return ["--db", str(db), "--passphrase-file", str(passfile)]


def test_import_export_round_trip_and_bad_file(tmp_path):
    first = _init(tmp_path, "first")
    source = tmp_path / "in.csv"
    source.write_text(FILE, encoding="utf-8")
    shown = run("directory", "import", str(source), *first, check=True)
    assert "resources to add: 2" in shown.stdout and "DAC Touraine (démo)" in shown.stdout
    assert "nothing stored" in shown.stdout
    empty = tmp_path / "empty.csv"
    run("directory", "export", "--out", str(empty), *first, check=True)
    assert empty.read_bytes() == b"\xef\xbb\xbf" + HEADER.encode() + b"\r\n"      # the preview stored nothing
    done = run("directory", "import", str(source), "--confirm", *first, check=True)
    assert "resources added: 2" in done.stdout and "pathways added: 1" in done.stdout
    out1, out2 = tmp_path / "out1.csv", tmp_path / "out2.csv"
    run("directory", "export", "--out", str(out1), *first, check=True)
    second = _init(tmp_path, "second")
    run("directory", "import", str(out1), "--confirm", *second, check=True)
    run("directory", "export", "--out", str(out2), *second, check=True)
    assert out1.read_bytes() == out2.read_bytes() and out1.read_bytes().count(b"\r\n") == 6
    again = run("directory", "import", str(out1), *second, check=True)
    assert "resources to add: 0" in again.stdout and "unchanged: 3" in again.stdout

    bad = tmp_path / "bad.csv"
    bad.write_text(FILE.replace("Home assessment,nurse,7", "Home assessment,nurse,soon"), encoding="utf-8")
    third = _init(tmp_path, "third")
    refused = run("directory", "import", str(bad), "--confirm", *third)
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert "line 5" in refused.stderr and "step_delay_days" in refused.stderr
    run("directory", "export", "--out", str(empty), *third, check=True)
    assert empty.read_bytes().count(b"\r\n") == 1
