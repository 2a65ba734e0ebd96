"""``cordee directory send`` and ``cordee import package`` of a directory package: real processes, two practice
databases; the preview lists additions, updates and conflicts, ``--confirm`` keeps the conflicts unless
``--take-theirs`` names them, a bad call is one line with nothing stored."""

from __future__ import annotations

from app.services.directory import resources
from tests.cli.test_export_cli import run
from tests.services.exchange.directory_support import (  # noqa: F401  (fixture)
    counts,
    cpts,
    directory_of,
    edit_resource,
)


def test_send_preview_confirm_and_take_theirs(cpts, tmp_path):  # noqa: F811
    c = cpts
    a_db, b_db = str(c.a.path), str(c.b.path)
    package = tmp_path / "directory.zip"
    out = run("directory", "send", "--db", a_db, "--partner", str(c.partner_in_a), "--out", str(package))
    assert out.returncode == 0, out.stderr
    before = counts(c.b)
    out = run("import", "package", str(package), "--db", b_db)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("directory\tfrom MSP des Tilleuls\tencrypted")
    assert out.stdout.count("\nadd\t") == 3 and "3 records written; nothing stored" in out.stdout
    assert counts(c.b) == before
    out = run("import", "package", str(package), "--db", b_db, "--confirm")
    assert out.returncode == 0, out.stderr
    assert "imported: 3 records written" in out.stdout and directory_of(c.b) == directory_of(c.a)

    dac = next(e for e, v in directory_of(c.a).items() if v[0] == "dac")
    edit_resource(c.b, dac, opening_hours="Lun–Ven 8h–18h")
    edit_resource(c.a, dac, phone="02 99 99 99 99")
    out = run("directory", "send", "--db", a_db, "--partner", str(c.partner_in_a), "--resource", str(c.dac),
              "--out", str(package), "--signed-only")
    assert out.returncode == 0, out.stderr
    out = run("import", "package", str(package), "--db", b_db)
    assert f"conflict\tresource\t{dac}\tDAC Val-de-Loire (démo)" in out.stdout
    assert "\tphone\there: 02 00 00 00 01\tpartner: 02 99 99 99 99" in out.stdout
    assert "\topening_hours\there: Lun–Ven 8h–18h\tpartner: Mon–Fri 9:00–17:00" in out.stdout
    out = run("import", "package", str(package), "--db", b_db, "--confirm", "--take-theirs", "no-such-id")
    assert out.returncode != 0 and "no-such-id" in out.stderr
    out = run("import", "package", str(package), "--db", b_db, "--confirm", "--take-theirs", dac)
    assert out.returncode == 0, out.stderr
    assert f"conflict (theirs taken)\tresource\t{dac}" in out.stdout
    assert directory_of(c.b)[dac] == directory_of(c.a)[dac]


def test_bad_calls(cpts, tmp_path):  # noqa: F811
    c = cpts
    out = run("directory", "send", "--db", str(c.a.path), "--partner", str(c.partner_in_a), "--out",
              str(tmp_path / "x.csv"))
    assert out.returncode != 0 and ".zip" in out.stderr and not (tmp_path / "x.csv").exists()
    out = run("directory", "send", "--db", str(c.a.path), "--partner", "99", "--out", str(tmp_path / "x.zip"))
    assert out.returncode != 0 and not (tmp_path / "x.zip").exists()
    before = len(resources.list_resources(c.b.ctx["coordinator"], include_inactive=True))
    (tmp_path / "broken.zip").write_bytes(b"PK\x03\x04 broken")
    out = run("import", "package", str(tmp_path / "broken.zip"), "--db", str(c.b.path), "--confirm")
    assert out.returncode != 0 and "damaged" in out.stderr
    assert len(resources.list_resources(c.b.ctx["coordinator"], include_inactive=True)) == before
