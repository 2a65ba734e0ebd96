"""Every export reaches the disk one way: checked path, atomic write, owner-only file; refusals name the field."""

from __future__ import annotations

import os
import stat

import pytest

from app.services.errors import ValidationError
from app.services.storage.atomic import write_export


def test_writes_atomically_and_for_the_owner_only(tmp_path):
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")
    assert write_export(target, b"%PDF-new") == target
    assert target.read_bytes() == b"%PDF-new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]   # no temporary file left


@pytest.mark.parametrize("case, code", [("missing_folder", "exports.folder_missing"), ("folder", "exports.is_folder"),
                                        ("symlink", "exports.not_a_file"), ("device", "exports.not_a_file"),
                                        ("fifo", "exports.not_a_file")])
def test_refuses_paths_that_are_not_an_ordinary_file(tmp_path, case, code):
    kept = tmp_path / "kept.pdf"
    kept.write_bytes(b"keep me")
    path = {"missing_folder": tmp_path / "nope" / "x.pdf", "folder": tmp_path, "symlink": tmp_path / "link.pdf",
            "device": tmp_path / "dev" / "null", "fifo": tmp_path / "pipe"}[case]
    if case == "symlink":
        path.symlink_to(kept)
    elif case == "device":
        path = type(path)("/dev/null")
    elif case == "fifo":
        os.mkfifo(path)
    with pytest.raises(ValidationError) as err:
        write_export(path, b"data", field="--out")
    assert (err.value.field, err.value.code) == ("--out", code)
    assert kept.read_bytes() == b"keep me"
