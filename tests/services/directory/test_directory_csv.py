"""The directory's CSV file: export, import into a fresh practice, the same rows; an import says what it adds and
updates; a bad file is refused with one message naming its line and column, and nothing is stored."""

from __future__ import annotations

import csv
import io

import pytest
from sqlmodel import func, select

from app.models.directory import DirectoryPathway, DirectoryResource
from app.services.directory import directory_csv, resources
from app.services.directory.resource_input import ResourceInput
from app.services.errors import AccessDenied, ValidationError
from app.services.storage.database import create_encrypted
from tests.conftest import PASSPHRASE, TEST_KDF
from tests.services.directory.helpers import DAC, dac_with_pathway
from tests.support import build_practice, in_english


def _snapshot(ctx) -> list:
    rows = resources.list_resources(ctx, include_inactive=True)
    out = []
    for r in rows:
        d = resources.open_resource(ctx, r.id)
        out.append((r.external_id, r.as_input(), [(p.external_id, p.name, [(s.position, s.label, s.pool_role,
                                                                            s.delay_days) for s in p.steps])
                                                  for p in d.pathways]))
    return sorted(out, key=lambda x: x[0])


@pytest.fixture
def other_practice(tmp_path):
    db, recovery = create_encrypted(tmp_path / "other.db", PASSPHRASE, kdf=TEST_KDF, use_keyring=False)
    yield build_practice(db, tmp_path / "other.db", recovery)
    db.close()


def test_round_trip_into_a_fresh_practice(practice, other_practice):
    ctx = practice.ctx["coordinator"]
    dac_with_pathway(ctx)
    resources.create_resource(ctx, ResourceInput(kind="specialist", name="Dr Weber; cardiologue, « démo »",
                                                 address="2 rue du Test\n37000 Tours", active=False))
    content = directory_csv.export_csv(practice.ctx["nurse"])
    assert content.startswith(b"\xef\xbb\xbf")
    assert content.decode("utf-8-sig").splitlines()[0] == ",".join(directory_csv.COLUMNS)
    parsed = directory_csv.parse_csv(content)
    target = other_practice.ctx["coordinator"]
    plan = directory_csv.plan_import(target, parsed)
    assert sorted(plan.resources_added) == sorted([DAC.name, "Dr Weber; cardiologue, « démo »"])
    assert plan.pathways_added == ("Refer to the DAC",) and not plan.resources_updated
    assert _count(other_practice, DirectoryResource) == 0            # the plan stores nothing
    directory_csv.apply_import(target, parsed)
    assert _snapshot(target) == _snapshot(ctx)
    # importing the same file again changes nothing; a changed phone is one update
    again = directory_csv.plan_import(target, directory_csv.parse_csv(content))
    assert again.resources_added == again.resources_updated == () and again.unchanged == 3
    dac = next(r for r in resources.list_resources(ctx) if r.kind == "dac")
    resources.update_resource(ctx, dac.id, dac.version, ResourceInput(**{**dac.as_input().__dict__,
                                                                        "phone": "02 99 99 99 99"}))
    changed = directory_csv.apply_import(target, directory_csv.parse_csv(directory_csv.export_csv(ctx)))
    assert changed.resources_updated == (DAC.name,) and changed.unchanged == 2
    assert _snapshot(target) == _snapshot(ctx)


def test_semicolon_file_from_excel_is_read(practice):
    dac_with_pathway(practice.ctx["coordinator"])
    text = directory_csv.export_csv(practice.ctx["coordinator"]).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    out = io.StringIO()
    csv.writer(out, delimiter=";").writerows(rows)
    parsed = directory_csv.parse_csv(out.getvalue().encode("utf-8"))
    assert [r.data.name for r in parsed.resources] == [DAC.name] and len(parsed.pathways[0].data.steps) == 3


def _count(fx, table) -> int:
    with fx.db.session() as s:
        return s.exec(select(func.count()).select_from(table)).one()


def _export_lines(practice) -> list[str]:
    dac_with_pathway(practice.ctx["coordinator"])
    return directory_csv.export_csv(practice.ctx["coordinator"]).decode("utf-8-sig").splitlines()


def _with(lines: list[str], index: int, column: str, value: str) -> bytes:
    rows = list(csv.reader(io.StringIO("\n".join(lines))))
    rows[index][directory_csv.COLUMNS.index(column)] = value
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode("utf-8")


@pytest.mark.parametrize("index, column, value, code, line", [
    (0, "kind", "type", "directory.csv_header", 1),
    (1, "kind", "hospital", "directory.csv_bad_cell", 2),
    (1, "name", "", "directory.csv_bad_cell", 2),
    (1, "email", "not-an-address", "directory.csv_bad_cell", 2),
    (1, "active", "maybe", "directory.csv_bad_cell", 2),
    (1, "resource_id", "", "directory.csv_missing", 2),
    (1, "resource_id", "bad id!", "directory.csv_bad_cell", 2),
    (1, "record", "person", "directory.csv_bad_cell", 2),
    (2, "resource_id", "elsewhere", "directory.csv_unknown_ref", 3),
    (2, "pathway_name", "", "directory.csv_missing", 3),
    (3, "step_role", "kiosk", "directory.csv_bad_cell", 4),
    (4, "step_delay_days", "soon", "directory.csv_bad_cell", 5),
    (4, "step_position", "1", "directory.csv_duplicate", 5),
    (5, "step_position", "zero", "directory.csv_bad_cell", 6),
    (5, "pathway_id", "nowhere", "directory.csv_unknown_ref", 6)])
def test_bad_file_refused_naming_line_and_column(practice, other_practice, index, column, value, code, line):
    content = _with(_export_lines(practice), index, column, value)
    with pytest.raises(ValidationError) as err:
        directory_csv.parse_csv(content)
    assert (err.value.code, err.value.params["line"], err.value.params["column"]) == (code, line, column)
    assert f"line {line}" in in_english(err.value) and "nothing was imported" in in_english(err.value)
    assert _count(other_practice, DirectoryResource) == _count(other_practice, DirectoryPathway) == 0


def test_other_bad_files(practice):
    lines = _export_lines(practice)
    for content, code in ((b"\xff\xfe\x00bad", "directory.csv_not_utf8"), (b"", "directory.csv_header"),
                          (("\n".join(lines[:1] + [lines[1] + ",extra"])).encode(), "directory.csv_cell_count"),
                          (("\n".join(lines[:3])).encode(), "directory.csv_no_steps"),
                          (b"x" * (directory_csv.MAX_BYTES + 1), "directory.csv_too_large")):
        with pytest.raises(ValidationError) as err:
            directory_csv.parse_csv(content)
        assert err.value.code == code and err.value.field == "csv_file"


def test_import_needs_edit_right_export_everyone(practice):
    content = "\n".join(_export_lines(practice)).encode()
    with pytest.raises(AccessDenied):
        directory_csv.plan_import(practice.ctx["nurse"], directory_csv.parse_csv(content))
    assert directory_csv.export_csv(practice.ctx["medical_assistant"]).count(b"\r\n") == 6
