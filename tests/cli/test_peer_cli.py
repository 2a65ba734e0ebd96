"""``cordee exchange card``, ``cordee exchange partner add|list|revoke``, ``cordee export package --what alert|answer``
and ``cordee import package`` of a Cordée package: real processes, two practice databases."""

from __future__ import annotations

import json

from sqlmodel import func, select

from app.models.alert import Alert
from app.services.alerts import alert_flow
from tests.cli.test_export_cli import run
from tests.services.exchange.peer_support import message_of, pair, raise_alert  # noqa: F401  (fixture)


def _alerts(fx) -> int:
    with fx.db.session() as s:
        return s.exec(select(func.count()).select_from(Alert)).one()


def test_cards_partners_and_a_package_both_ways(pair, tmp_path):  # noqa: F811
    a_db, b_db = str(pair.a.path), str(pair.b.path)
    out = run("exchange", "card", "--db", a_db, "--out", str(tmp_path / "a.pdf"), "--lang", "de")
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF-") and "fingerprint\t" in out.stdout
    out = run("exchange", "card", "--db", a_db, "--out", str(tmp_path / "a.json"))
    card = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    out = run("exchange", "partner", "list", "--db", b_db)
    assert out.returncode == 0 and "active\tMSP des Tilleuls" in out.stdout

    aid = raise_alert(pair)
    package = tmp_path / "alert.zip"
    signed = ["--signed-only"] if pair.container == "xdm" else []      # secure mail: inside the IHE_XDM.ZIP
    out = run("export", "package", "--db", a_db, "--patient", str(pair.pid_a), "--what", "alert", "--alert", str(aid),
              "--partner", str(pair.partner_in_a), "--out", str(package), *signed)
    assert out.returncode == 0, out.stderr
    assert message_of(package.read_bytes())[0] == (
        "IHE_XDM/SUBSET01/CORDEE01.JWS" if signed else "CORDEE/MESSAGE.JWE")
    before = _alerts(pair.b)
    out = run("import", "package", str(package), "--db", b_db)
    assert out.returncode == 0, out.stderr
    assert f"alert\tfrom MSP des Tilleuls\t{'signed' if signed else 'encrypted'}" in out.stdout
    assert "nothing stored" in out.stdout
    assert _alerts(pair.b) == before
    out = run("import", "package", str(package), "--db", b_db, "--confirm")
    assert out.returncode == 0, out.stderr
    assert _alerts(pair.b) == before + 1
    out = run("import", "package", str(package), "--db", b_db, "--confirm")
    assert out.returncode != 0 and "already imported" in out.stderr and _alerts(pair.b) == before + 1

    with pair.b.db.session() as s:
        received = s.exec(select(Alert).order_by(Alert.id.desc())).first()
    alert_flow.refuse(pair.b.ctx["physician"], received.id, received.version, "Indication validée.")
    answer = tmp_path / ("answer.eml" if signed else "answer.zip")
    out = run("export", "package", "--db", b_db, "--patient", str(pair.pid_b), "--what", "answer", "--alert",
              str(received.id), "--out", str(answer), *signed)
    assert out.returncode == 0, out.stderr
    if signed:   # the mail draft: its IHE_XDM.ZIP attachment is the package
        import email
        from email import policy

        draft = email.message_from_bytes(answer.read_bytes(), policy=policy.default)
        zipped = next(p.get_content() for p in draft.iter_attachments() if p.get_filename() == "IHE_XDM.ZIP")
        answer = tmp_path / "IHE_XDM.ZIP"
        answer.write_bytes(zipped)
    assert out.returncode == 0, out.stderr
    out = run("import", "package", str(answer), "--db", a_db, "--confirm")
    assert out.returncode == 0, out.stderr
    assert alert_flow.open_alert(pair.a.ctx["pharmacist"], aid).row.state == "refused"

    out = run("exchange", "partner", "revoke", str(pair.partner_in_b), "--db", b_db)
    assert out.returncode == 0 and "revoked" in out.stdout
    out = run("exchange", "partner", "add", str(tmp_path / "a.json"), "--db", b_db)
    assert out.returncode == 0 and "already a partner\trevoked" in out.stdout
    out = run("exchange", "partner", "add", str(tmp_path / "a.json"), "--db", b_db, "--fingerprint",
              card["fingerprint"])
    assert out.returncode != 0 and "already on the list" in out.stderr


def test_adding_a_partner_needs_the_compared_fingerprint(pair, tmp_path):  # noqa: F811
    from app.services.storage.database import create_encrypted
    from tests.conftest import PASSPHRASE, TEST_KDF
    from tests.support import build_practice

    db, recovery = create_encrypted(tmp_path / "c.db", PASSPHRASE, kdf=TEST_KDF, use_keyring=False)
    build_practice(db, tmp_path / "c.db", recovery)
    db.close()
    out = run("exchange", "card", "--db", str(tmp_path / "c.db"), "--out", str(tmp_path / "c.json"))
    assert out.returncode == 0, out.stderr
    fingerprint = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["fingerprint"]
    out = run("exchange", "partner", "add", str(tmp_path / "c.json"), "--db", str(pair.a.path))
    assert out.returncode == 0 and "nothing stored" in out.stdout
    out = run("exchange", "partner", "add", str(tmp_path / "c.json"), "--db", str(pair.a.path), "--fingerprint",
              "0000")
    assert out.returncode != 0 and "fingerprint" in out.stderr.lower()
    grouped = " ".join(fingerprint[i:i + 4] for i in range(0, 64, 4)).lower()
    out = run("exchange", "partner", "add", str(tmp_path / "c.json"), "--db", str(pair.a.path), "--fingerprint",
              grouped)
    assert out.returncode == 0 and "added\t" in out.stdout, out.stderr
    out = run("export", "package", "--db", str(pair.a.path), "--patient", str(pair.pid_a), "--what", "alert",
              "--out", str(tmp_path / "x.zip"))
    assert out.returncode != 0 and "--alert" in out.stderr
