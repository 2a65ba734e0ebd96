"""Knowledge pack: completeness of entries and clear validation errors on broken packs."""

from __future__ import annotations

import json
import shutil

import pytest

from app.services.medications.review import KnowledgeError, load_knowledge, read_pack
from app.services.medications.review.knowledge import FILES, knowledge_dir

LANGS = ("fr", "de", "en")


def test_every_rule_has_source_edition_note_and_three_languages():
    root = knowledge_dir()
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["pack"]["version"] and manifest["pack"]["edition_date"]
    entries = []
    for fname in FILES[2:]:
        data = json.loads((root / fname).read_text(encoding="utf-8"))
        for section in ("rules", "combinations", "thresholds", "classes"):
            entries += data.get(section, [])
    assert len(entries) > 100
    for e in entries:
        assert e["source"] in manifest["sources"] and e["edition"] and e["reviewer_note"], e["id"]
        assert all(e["message"][lang] and e["recommendation"][lang] for lang in LANGS), e["id"]


def test_rule_counts_cover_the_seed_facts():
    counts = load_knowledge().counts()
    assert counts["ansm_rules"] >= 1500 and counts["qt_prolongation"] >= 60
    assert counts["interaction"] >= 5
    assert counts["inappropriate_in_elderly"] >= 16
    assert counts["renal_dose"] >= 13
    assert counts["duplication"] >= 10


def test_load_is_cached_and_reads_the_shipped_pack():
    """Loaded once per process (speed is measured in tests/benchmarks, not asserted here)."""
    assert load_knowledge() is load_knowledge()
    assert read_pack(knowledge_dir()).version == load_knowledge().version


@pytest.fixture
def pack(tmp_path):
    """A writable copy of the real pack; returns a function editing one file."""
    root = tmp_path / "knowledge"
    shutil.copytree(knowledge_dir(), root)

    def edit(fname, change):
        path = root / fname
        data = json.loads(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return root
    return edit


def _expect_error(root, *fragments):
    with pytest.raises(KnowledgeError) as info:
        read_pack(root)
    for fragment in fragments:
        assert fragment in str(info.value)


def test_unknown_key_is_reported_with_file_and_id(pack):
    root = pack("interactions.json", lambda d: d["rules"][0].update(sevrity="avoid"))
    _expect_error(root, "interactions.json", "LATER:clopidogrel+omeprazole-esomeprazole", "unknown key 'sevrity'")


def test_missing_source_is_reported(pack):
    root = pack("elderly.json", lambda d: d["rules"][0].update(source="NOPE"))
    _expect_error(root, "elderly.json", "PIM-01", "unknown source 'NOPE'")


def test_bad_severity_is_reported(pack):
    root = pack("renal.json", lambda d: d["rules"][0].update(bands=[dict(d["rules"][0]["bands"][0], severity="fatal")]))
    _expect_error(root, "renal.json", "REN-METFORMIN", "bad severity 'fatal'")


def test_missing_key_and_missing_language_are_reported(pack):
    root = pack("duplication.json", lambda d: d["rules"][0].pop("reviewer_note"))
    _expect_error(root, "duplication.json", "DUP-NSAID", "missing key 'reviewer_note'")
    root = pack("duplication.json", lambda d: d["rules"][0].update(reviewer_note="ok", message={"fr": "x", "de": "y"}))
    _expect_error(root, "duplication.json", "DUP-NSAID", "fr, de, en")


def test_unknown_selector_and_invalid_atc_are_reported(pack):
    rule = "LATER:aliskiren+ace-inhibitors-arbs"
    _expect_error(pack("interactions.json", lambda d: d["rules"][3].update(b=["@NOT_A_CLASS"])), rule, "@NOT_A_CLASS")
    _expect_error(pack("interactions.json", lambda d: d["rules"][3].update(b=["warfarin"])), rule, "invalid ATC")


def test_duplicate_ids_are_reported(pack):
    root = pack("elderly.json", lambda d: d["rules"][1].update(id="PIM-01"))
    _expect_error(root, "elderly.json", "PIM-01", "duplicate id")


def test_invalid_json_and_missing_file_are_reported(tmp_path):
    root = tmp_path / "k"
    shutil.copytree(knowledge_dir(), root)
    for fname in ("renal.json", "ansm/thesaurus.json", "combinations.json"):
        (root / fname).write_text("{broken", encoding="utf-8")
        _expect_error(root, fname, "invalid JSON", "line 1")
        (root / fname).unlink()
        _expect_error(root, fname, "missing")
        shutil.copy(knowledge_dir() / fname, root / fname)


def test_ansm_rule_with_an_unknown_term_or_effect_is_reported(pack):
    def bad_term(d):
        d["rules"][0]["a"]["term"] = "nope"
    _expect_error(pack("ansm/thesaurus.json", bad_term), "ansm/thesaurus.json", "unknown term 'nope'")

    def bad_effect(d):
        d["rules"][0]["a"]["term"] = "abatacept"     # the copy still holds the first change
        d["rules"][0]["effect"] = "nope"
    _expect_error(pack("ansm/thesaurus.json", bad_effect), "ansm/thesaurus.json", "unknown effect 'nope'")


def test_pyinstaller_bundle_directory_is_preferred(tmp_path, monkeypatch):
    (tmp_path / "resources" / "knowledge").mkdir(parents=True)
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert knowledge_dir() == tmp_path / "resources" / "knowledge"
