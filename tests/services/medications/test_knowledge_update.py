"""A newer ANSM thesaurus: compared with the installed edition (entries added, removed, changed in level),
installed by a pharmacist only (audited, nothing stored otherwise), malformed files refused, and the chart's review
using the installed edition."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from app.models.audit import AuditEvent
from app.models.knowledge import KnowledgeEdition
from app.services.errors import AccessDenied, ValidationError
from app.services.medications import check as medication_check
from app.services.medications import knowledge_update
from tests.services.medications.ansm_files import modified_entries, shipped_pack, source_entries, write
from tests.services.medications.test_medication_check import add, make_patient


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ansm")
    pack = shipped_pack()
    entries, done = modified_entries(pack, remove=2, change=3)
    return {"same": write(folder / "same.json", source_entries(pack)), "newer": write(folder / "newer.json", entries),
            "done": done}


def _rows(practice) -> list[KnowledgeEdition]:
    with practice.db.session() as s:
        return list(s.exec(select(KnowledgeEdition)).all())


def test_the_unchanged_thesaurus_differs_in_nothing(files):
    diff = knowledge_update.diff_ansm(None, files["same"], "2020-10")
    assert (diff.added, diff.removed, diff.changed) == ((), (), ())
    assert diff.unchanged == len(shipped_pack()["rules"])


def test_diff_counts_added_removed_and_changed_exactly(files):
    diff = knowledge_update.diff_ansm(None, files["newer"], "2023-09")
    done = files["done"]
    assert {rid for rid, _ in diff.added} == done["added"]
    assert {rid for rid, _ in diff.removed} == done["removed"]
    assert {c.rule_id for c in diff.changed} == done["changed"]
    assert all(c.before != c.after for c in diff.changed)
    assert diff.installed_edition == "2020-10" and diff.new_edition == "2023-09"
    assert diff.unchanged == len(shipped_pack()["rules"]) - 2 - 3


def test_only_a_pharmacist_installs_and_nothing_is_stored_otherwise(practice, files):
    for role in ("physician", "admin", "nurse"):
        with pytest.raises(AccessDenied):
            knowledge_update.install_ansm(practice.ctx[role], files["newer"], "2023-09")
    assert _rows(practice) == []
    assert knowledge_update.knowledge_edition(practice.ctx["physician"]) == "2020-10"
    diff = knowledge_update.install_ansm(practice.ctx["pharmacist"], files["newer"], "2023-09")
    assert len(diff.changed) == 3
    (row,) = _rows(practice)
    assert row.edition == "2023-09" and row.installed_by_staff_id == practice.staff_ids["pharmacist"]
    with practice.db.session() as s:
        event = s.exec(select(AuditEvent).where(AuditEvent.action == "knowledge.update")).one()
    assert event.user_id == practice.staff_ids["pharmacist"] and event.entity_id == str(row.id)
    assert "2023-09" in event.detail and row.sha256 in event.detail
    assert knowledge_update.knowledge_edition(practice.ctx["physician"]) == "2023-09"


def test_an_edition_not_newer_than_the_installed_one_is_refused(practice, files):
    with pytest.raises(ValidationError) as err:
        knowledge_update.install_ansm(practice.ctx["pharmacist"], files["same"], "2020-10")
    assert err.value.code == "medications.ansm_not_newer" and err.value.params["installed"] == "2020-10"
    with pytest.raises(ValidationError) as err:
        knowledge_update.install_ansm(practice.ctx["pharmacist"], files["same"], "2023/09")
    assert (err.value.field, err.value.code) == ("--edition", "medications.ansm_bad_edition")
    assert _rows(practice) == []


@pytest.mark.parametrize("content, problem", [
    (b"{not json", "not JSON (line 1"),
    (b"\xff\xfe garbage", "not UTF-8"),
    (json.dumps({"main_drug": "X"}).encode(), "non-empty JSON list"),
    (json.dumps([{"main_drug": "A", "plus_drug": "B", "interaction_mechanism": "m"}]).encode(),
     "entry 1 (A + B): no 'severity_levels'"),
    (json.dumps([{"main_drug": "A", "plus_drug": "B", "interaction_mechanism": "m",
                  "severity_levels": [{"level": "TERRIBLE", "info": ""}]}]).encode(), "unknown level 'TERRIBLE'"),
    (json.dumps([{"main_drug": "", "plus_drug": "B", "interaction_mechanism": "m",
                  "severity_levels": [{"level": "CONTRE-INDICATION", "info": ""}]}]).encode(),
     "entry 1: 'main_drug' is missing"),
])
def test_malformed_files_are_refused_naming_the_problem(practice, tmp_path, content, problem):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    with pytest.raises(ValidationError) as err:
        knowledge_update.install_ansm(practice.ctx["pharmacist"], bad, "2023-09")
    assert (err.value.field, err.value.code) == ("--ansm", "medications.ansm_file_invalid")
    assert problem in err.value.params["problem"] and err.value.params["file"] == "bad.json"
    assert _rows(practice) == []


def test_a_missing_file_is_refused(practice, tmp_path):
    with pytest.raises(ValidationError) as err:
        knowledge_update.diff_ansm(practice.ctx["pharmacist"], tmp_path / "nowhere.json", "2023-09")
    assert err.value.code == "medications.ansm_file_unreadable"


def test_the_review_of_a_chart_uses_the_installed_edition(practice, files):
    pid = make_patient(practice)
    add(practice, pid, "J01CA04", "amoxicilline")
    add(practice, pid, "N02BE01", "paracétamol")
    rule = "ANSM:amoxicilline+paracetamol"
    before = medication_check.review_patient(practice.ctx["physician"], pid)
    assert not [f for f in before.findings if f.rule == rule]
    knowledge_update.install_ansm(practice.ctx["pharmacist"], files["newer"], "2023-09")
    after = medication_check.review_patient(practice.ctx["physician"], pid)
    (hit,) = [f for f in after.findings if f.rule == rule]
    assert hit.severity == "precaution" and ("edition", "2023-09") in hit.details
    assert any("2023-09" in s for s in hit.sources)


def test_an_entry_naming_an_unknown_substance_is_reported_not_installed_as_a_rule(tmp_path, files):
    entries = json.loads(files["same"].read_text(encoding="utf-8"))
    entries.append({"main_drug": "NOUVELLUMAB", "plus_drug": "WARFARINE", "interaction_mechanism": "m",
                    "severity_levels": [{"level": "Association DECONSEILLEE", "info": ""}]})
    diff = knowledge_update.diff_ansm(None, write(tmp_path / "new.json", entries), "2023-09")
    assert diff.unknown_entries == ("NOUVELLUMAB + WARFARINE",) and diff.added == ()


@pytest.mark.postgres
def test_install_on_postgresql_and_a_second_workstation_reads_it(pg_practice, files):
    from app.services.kernel.context import ServiceContext
    from app.services.storage.database import connect_postgres

    knowledge_update.install_ansm(pg_practice.ctx["pharmacist"], files["newer"], "2023-09")
    other = connect_postgres(pg_practice.url)
    try:
        ctx = ServiceContext(other, pg_practice.ctx["physician"].actor)
        assert knowledge_update.knowledge_edition(ctx) == "2023-09"
    finally:
        other.close()
