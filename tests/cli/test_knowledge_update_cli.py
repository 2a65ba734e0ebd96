"""``cordee knowledge diff`` and ``cordee knowledge update``: the comparison printed with exact counts, the update
installed for a pharmacist who confirms (``--yes``) and refused otherwise, with one coded line and nothing stored."""

from __future__ import annotations

import pytest
from sqlmodel import select

from app.cli.main import main
from app.models.knowledge import KnowledgeEdition
from tests.conftest import PASSPHRASE
from tests.services.medications.ansm_files import modified_entries, shipped_pack, write
from tests.support import PASSWORD


@pytest.fixture
def newer(tmp_path):
    entries, _ = modified_entries(shipped_pack(), remove=2, change=3)
    return write(tmp_path / "thesaurus-2023-09.json", entries)


@pytest.fixture
def files(practice, tmp_path, monkeypatch):
    monkeypatch.delenv("CORDEE_PASSWORD", raising=False)
    monkeypatch.setenv("CORDEE_LANG", "en")
    (tmp_path / "pass").write_text(PASSPHRASE, encoding="utf-8")
    (tmp_path / "pw").write_text(PASSWORD, encoding="utf-8")
    return ["--db", str(practice.path), "--passphrase-file", str(tmp_path / "pass"),
            "--password-file", str(tmp_path / "pw")]


def _editions(practice) -> list[str]:
    with practice.db.session() as s:
        return [row.edition for row in s.exec(select(KnowledgeEdition)).all()]


def test_diff_against_the_shipped_edition(newer, capsys):
    assert main(["knowledge", "diff", "--ansm", str(newer), "--edition", "2023-09"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == ("ANSM thesaurus 2023-09 against 2020-10: 1 added, 2 removed, 3 changed in level, "
                                   f"{len(shipped_pack()['rules']) - 5} unchanged")
    assert "added\tANSM:amoxicilline+paracetamol\tPARACETAMOL + AMOXICILLINE" in out
    assert sum(line.startswith("changed\t") for line in out.splitlines()) == 3


def test_update_by_a_pharmacist_then_diff_against_the_installed_edition(practice, newer, files, capsys):
    assert main(["knowledge", "update", "--ansm", str(newer), "--edition", "2023-09", "--user", "pharmacist",
                 "--yes", *files]) == 0
    assert "installed: ANSM thesaurus 2023-09" in capsys.readouterr().out
    assert _editions(practice) == ["2023-09"]
    assert main(["knowledge", "diff", "--ansm", str(newer), "--edition", "2024-01", *files[:4]]) == 0
    assert "against 2023-09: 0 added, 0 removed, 0 changed in level" in capsys.readouterr().out


@pytest.mark.parametrize("user, extra, message", [
    ("physician", ["--yes"], "cordee: "),
    ("pharmacist", [], "confirm with --yes"),
])
def test_update_refused_changes_nothing(practice, newer, files, capsys, user, extra, message):
    assert main(["knowledge", "update", "--ansm", str(newer), "--edition", "2023-09", "--user", user, *extra,
                 *files]) == 1
    err = capsys.readouterr().err
    assert err.startswith("cordee: ") and message in err and len(err.strip().splitlines()) == 1
    assert _editions(practice) == []


def test_malformed_file_is_one_line_naming_the_problem(practice, tmp_path, files, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('[{"main_drug": "A"}', encoding="utf-8")
    assert main(["knowledge", "update", "--ansm", str(bad), "--edition", "2023-09", "--user", "pharmacist", "--yes",
                 *files]) == 1
    err = capsys.readouterr().err
    assert "bad.json" in err and "not JSON (line 1" in err and "nothing was installed" in err
    assert _editions(practice) == []
