"""The words of the printed plan: abbreviations written out (whole words, case kept), INN names in the patient's
language, a unit for every line."""

from __future__ import annotations

from app.services.medications import plan_words
from app.services.medications.posology import Posology


def test_abbreviations_are_written_out_whole_word_and_case_sensitive():
    assert plan_words.expand("HTA", "fr") == "Hypertension artérielle"
    assert plan_words.expand("HTA", "de") == "Bluthochdruck"
    assert plan_words.expand("HTA et DT2", "fr") == "Hypertension artérielle et diabète de type 2"
    assert plan_words.expand("suivi FA, IRC", "en") == "suivi atrial fibrillation, chronic kidney disease"
    assert plan_words.expand("aHT", "fr") == "Hypertension artérielle"
    # not inside a word, not in small letters, not a near miss
    assert plan_words.expand("FAtigue, hta, HTAP, Fa", "fr") == "FAtigue, hta, HTAP, Fa"
    assert plan_words.expand(None, "fr") == ""


def test_every_entry_has_its_three_languages():
    for abbr, words in plan_words.abbreviations().items():
        assert all(words[lang].strip() for lang in ("fr", "de", "en")), abbr


def test_substance_names_follow_the_language_only_for_catalogue_names():
    assert plan_words.substance_names("N02BE01", "paracétamol", "de") == "Paracetamol"
    assert plan_words.substance_names("C03CA01", "Furosemid", "fr") == "furosémide"
    assert plan_words.substance_names("C03CA01", "furosémide maison", "de") == "furosémide maison"
    assert plan_words.substance_names(None, "tisane", "de") == "tisane"


def test_a_line_without_unit_gets_one():
    assert plan_words.line_unit(Posology(dose_morning="1", unit="drop"), None) == "drop"
    assert plan_words.line_unit(Posology(dose_morning="1"), "Doliprane 1000 mg") == "tablet"
    assert plan_words.line_unit(Posology(dose_morning="1"), "Amlor") == "capsule"
    assert plan_words.line_unit(Posology(dose_morning="1"), None) == "piece"
    assert plan_words.with_line_unit(Posology(dose_morning="1"), None).unit == "piece"


def test_allergy_in_the_patients_language_when_coded():
    assert plan_words.allergy_label("J01C", "Pénicillines", "de") == "Penicilline"
    assert plan_words.allergy_label("J01C", "Pénicillines", "fr") == "Pénicillines"
    assert plan_words.allergy_label("J01C", "Pénicillines (urticaire 2019)", "de") == "Pénicillines (urticaire 2019)"
    assert plan_words.allergy_label("J01CA04", "amoxicilline", "de") == "Amoxicillin"
    assert plan_words.allergy_label(None, "Latex", "de") == "Latex"


def test_listed_indications_are_written_in_the_patients_language():
    assert plan_words.indication_words("fibrillation atriale", "de") == "Vorhofflimmern"
    assert plan_words.indication_words("insuffisance rénale chronique et goutte", "de") == \
        "Chronische Nierenkrankheit und Gicht"
    assert plan_words.indication_words("FA + HTA", "en") == "Atrial fibrillation + high blood pressure"
    assert plan_words.indication_words("Schmerzen", "fr") == "Douleur"
    # words already in the plan's language stay as typed (a synonym is not reworded)
    assert plan_words.indication_words("fibrillation atriale", "fr") == "Fibrillation atriale"
    # a text that is not only listed words keeps its words (half a sentence translated would read worse)
    assert plan_words.indication_words("douleur thoracique", "de") == "douleur thoracique"
    assert plan_words.indication_words("HTA sévère", "de") == "Bluthochdruck sévère"
    assert plan_words.indication_words(None, "de") == ""


def test_every_listed_indication_has_a_code_and_three_languages_and_no_words_twice():
    seen = {}
    for indication in plan_words.indications():
        assert indication.code[:1].isalpha() and indication.code[1:3].isdigit(), indication.code
        for lang in ("fr", "de", "en"):
            words = indication.words[lang].casefold()
            assert words, (indication.code, lang)
            assert seen.setdefault((lang, words), indication.code) == indication.code, (lang, words)
    assert plan_words.indication_choices("de")[:2] == ["Alkoholabhängigkeit", "Alzheimer-Krankheit"]
