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


def _expect_error(root, code, file, entry=None, **params):
    with pytest.raises(KnowledgeError) as info:
        read_pack(root)
    assert info.value.code == f"medications.knowledge_{code}"
    assert (info.value.params["file"], info.value.params["entry"]) == (file, entry)
    assert params.items() <= info.value.params.items(), info.value.params
    return info.value


def test_unknown_key_is_reported_with_file_and_id(pack):
    root = pack("interactions.json", lambda d: d["rules"][0].update(sevrity="avoid"))
    error = _expect_error(root, "unknown_key", "interactions.json", "LATER:clopidogrel+omeprazole-esomeprazole", key="sevrity")
    assert error.params["where"] == "interactions.json [LATER:clopidogrel+omeprazole-esomeprazole]"


def test_missing_source_is_reported(pack):
    root = pack("elderly.json", lambda d: d["rules"][0].update(source="NOPE"))
    _expect_error(root, "unknown_source", "elderly.json", "PIM-01", value="NOPE")


def test_bad_severity_is_reported(pack):
    root = pack("renal.json", lambda d: d["rules"][0].update(bands=[dict(d["rules"][0]["bands"][0], severity="fatal")]))
    _expect_error(root, "bad_severity", "renal.json", "REN-METFORMIN", key="bands", value="fatal")


def test_missing_key_and_missing_language_are_reported(pack):
    root = pack("duplication.json", lambda d: d["rules"][0].pop("reviewer_note"))
    _expect_error(root, "missing_key", "duplication.json", "DUP-NSAID", key="reviewer_note")
    root = pack("duplication.json", lambda d: d["rules"][0].update(reviewer_note="ok", message={"fr": "x", "de": "y"}))
    _expect_error(root, "languages", "duplication.json", "DUP-NSAID", key="message", languages=("fr", "de", "en"))


def test_unknown_selector_and_invalid_atc_are_reported(pack):
    rule = "LATER:aliskiren+ace-inhibitors-arbs"
    _expect_error(pack("interactions.json", lambda d: d["rules"][3].update(b=["@NOT_A_CLASS"])), "unknown_selector",
                  "interactions.json", rule, key="b", value="@NOT_A_CLASS")
    _expect_error(pack("interactions.json", lambda d: d["rules"][3].update(b=["warfarin"])), "bad_atc",
                  "interactions.json", rule, key="b", value="warfarin")


def test_duplicate_ids_are_reported(pack):
    root = pack("elderly.json", lambda d: d["rules"][1].update(id="PIM-01"))
    _expect_error(root, "duplicate_id", "elderly.json", "PIM-01", other_file="elderly.json")


def test_a_rule_of_the_wrong_shape_is_reported(pack):
    root = pack("interactions.json", lambda d: d["rules"][0].update(dose={"side": "c", "gt": 5}))
    _expect_error(root, "bad_shape", "interactions.json", "LATER:clopidogrel+omeprazole-esomeprazole", key="dose")


def test_a_value_out_of_its_list_is_reported(pack):
    root = pack("renal.json", lambda d: d["rules"][0].update(metric="mdrd"))
    _expect_error(root, "not_one_of", "renal.json", "REN-METFORMIN", key="metric", value="mdrd",
                  allowed=("egfr", "crcl"))


def test_invalid_json_and_missing_file_are_reported(tmp_path):
    root = tmp_path / "k"
    shutil.copytree(knowledge_dir(), root)
    for fname in ("renal.json", "ansm/thesaurus.json", "combinations.json"):
        (root / fname).write_text("{broken", encoding="utf-8")
        _expect_error(root, "bad_json", fname, line=1, column=2)
        (root / fname).unlink()
        _expect_error(root, "file_missing", fname, folder=str(root))
        shutil.copy(knowledge_dir() / fname, root / fname)


def test_ansm_rule_with_an_unknown_term_or_effect_is_reported(pack):
    def bad_term(d):
        d["rules"][0]["a"]["term"] = "nope"
    with pytest.raises(KnowledgeError) as info:
        read_pack(pack("ansm/thesaurus.json", bad_term))
    assert info.value.code == "medications.knowledge_invalid" and "nope" in str(info.value.params.get("problem"))

    def bad_effect(d):
        d["rules"][0]["a"]["term"] = "abatacept"     # the copy still holds the first change
        d["rules"][0]["effect"] = "nope"
    with pytest.raises(KnowledgeError) as info:
        read_pack(pack("ansm/thesaurus.json", bad_effect))
    assert info.value.code == "medications.knowledge_invalid" and "nope" in str(info.value.params.get("problem"))


def test_a_broken_pack_is_said_in_the_users_language(pack, qapp):
    from app.ui.common import i18n
    from app.ui.common.errors import describe

    root = pack("interactions.json", lambda d: d["rules"][0].update(sevrity="avoid"))
    with pytest.raises(KnowledgeError) as info:
        read_pack(root)
    try:
        i18n.install(qapp, "fr")
        assert describe(info.value) == \
            "Base de connaissances, interactions.json [LATER:clopidogrel+omeprazole-esomeprazole]\u00a0: clé inconnue sevrity."
        i18n.install(qapp, "de")
        assert describe(info.value) == \
            "Wissensbasis, interactions.json [LATER:clopidogrel+omeprazole-esomeprazole]: unbekannter Schlüssel sevrity."
    finally:
        i18n.install(qapp, "en")


def test_pyinstaller_bundle_directory_is_preferred(tmp_path, monkeypatch):
    (tmp_path / "resources" / "knowledge").mkdir(parents=True)
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert knowledge_dir() == tmp_path / "resources" / "knowledge"


def test_a_second_condition_group_needs_a_first_and_an_item_read_flag_is_a_boolean(pack):
    def lone(d):
        rule = next(r for r in d["rules"] if r["id"] == "STOPP3-B10")
        rule.pop("require_conditions")
    _expect_error(pack("elderly.json", lone), "bad_shape", "elderly.json", "STOPP3-B10", key="also_require_conditions")

    def bad_flag(d):
        d["rules"][0]["item_read"] = "no"
    _expect_error(pack("elderly.json", bad_flag), "bad_shape", "elderly.json", "PIM-01", key="item_read")

    def bad_icd(d):
        next(r for r in d["rules"] if r["id"] == "STOPP3-B10")["also_require_conditions"] = ["incontinence"]
    _expect_error(pack("elderly.json", bad_icd), "bad_icd", "elderly.json", "STOPP3-B10",
                  key="also_require_conditions", value="incontinence")


def test_a_list_whose_sections_do_not_add_up_is_reported(pack):
    root = pack("elderly.json", lambda d: d["lists"]["STOPP-V3"]["items_by_section"].update(A=4))
    _expect_error(root, "bad_shape", "elderly.json", "STOPP-V3", key="items_by_section")
