"""The practice file (.cordee): names a database beside it or elsewhere, or a server; anything else is refused
with the code ``practice_file`` and the file's path."""

from __future__ import annotations

import json

import pytest

from app.cli.main import main
from app.services.errors import StorageError
from app.services.storage.practice_file import MAX_BYTES, is_practice_file, read_practice_file


def _write(path, content) -> None:
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")


def test_database_named_relative_to_the_file_or_absolute(tmp_path):
    (tmp_path / "sub").mkdir()
    link = tmp_path / "sub" / "Cabinet.cordee"
    _write(link, {"cordee": "practice", "database": "../practice.db"})
    assert read_practice_file(link).database == tmp_path / "practice.db"
    _write(link, {"cordee": "practice", "database": str(tmp_path / "elsewhere.db")})
    target = read_practice_file(link)
    assert target.database == tmp_path / "elsewhere.db" and target.server_url is None


def test_server_url(tmp_path):
    link = tmp_path / "cabinet.cordee"
    url = "postgresql+psycopg://cordee@server/cordee?sslmode=verify-full"
    _write(link, {"cordee": "practice", "server": url})
    assert read_practice_file(link).server_url == url and read_practice_file(link).database is None


@pytest.mark.parametrize("content", [
    "not json {", [1, 2], {"cordee": "backup", "database": "p.db"}, {"cordee": "practice"},
    {"cordee": "practice", "database": "p.db", "server": "postgresql://x"}, {"cordee": "practice", "database": " "},
    {"cordee": "practice", "server": "sqlite:///p.db"}, "x" * (MAX_BYTES + 1),
])
def test_anything_else_is_refused_with_its_path(tmp_path, content):
    link = tmp_path / "bad.cordee"
    _write(link, content)
    with pytest.raises(StorageError) as err:
        read_practice_file(link)
    assert err.value.code == "storage.practice_file" and err.value.params == {"path": str(link)}


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(StorageError) as err:
        read_practice_file(tmp_path / "gone.cordee")
    assert err.value.code == "storage.practice_file"


def test_a_practice_file_argument_starts_the_program_on_it(tmp_path, monkeypatch):
    assert is_practice_file("C:\\Cabinet\\Cabinet.CORDEE") and not is_practice_file("practice.db")
    link = tmp_path / "Cabinet.cordee"
    _write(link, {"cordee": "practice", "database": "practice.db"})
    opened = []
    import app.ui.shell.startup as startup

    monkeypatch.setattr(startup, "run_gui", lambda practice_file=None, demo=False: opened.append(practice_file) or 0)
    assert main([str(link)]) == 0 and opened == [link]
