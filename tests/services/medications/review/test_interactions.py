"""Drug-drug interactions: the ANSM thesaurus layer (levels, conditions, stated assumptions) and the later facts."""

from __future__ import annotations

import pytest

from app.services.medications.review import load_knowledge

from .helpers import med, none_of, of_kind, one, run


@pytest.mark.parametrize("a, b, severity", [
    ("C10AA01", "J01FA09", "contraindicated"),   # simvastatin + clarithromycin
    ("C10AA05", "J02AC02", "contraindicated"),   # atorvastatin + itraconazole
    ("M04AC01", "J01FA09", "contraindicated"),   # colchicine + clarithromycin (macrolide)
    ("M04AC01", "J02AC02", "avoid"),             # colchicine + itraconazole (azole)
    ("N02CA02", "J05AE03", "contraindicated"),   # ergotamine + ritonavir
    ("B01AA03", "M01AE01", "avoid"),             # warfarin + ibuprofen
    ("B01AF02", "M01AB05", "avoid"),             # apixaban + diclofenac
    ("B01AA07", "A01AB09", "contraindicated"),   # acenocoumarol + miconazole oral gel
    ("B01AA03", "J01EE01", "avoid"),             # warfarin + co-trimoxazole
    ("B01AA03", "J01MA02", "precaution"),        # warfarin + ciprofloxacin
    ("B01AF01", "J01FA09", "avoid"),             # rivaroxaban + clarithromycin
    ("B01AE07", "C01BD07", "contraindicated"),   # dabigatran + dronedarone
    ("B01AF02", "J04AB02", "avoid"),             # apixaban + rifampicin
    ("L04AX03", "J01EE01", "contraindicated"),   # methotrexate + co-trimoxazole
    ("M04AA01", "L04AX01", "contraindicated"),   # allopurinol + azathioprine
    ("N05AN01", "C09AA05", "avoid"),             # lithium + ramipril
    ("N05AN01", "M01AE02", "avoid"),             # lithium + naproxen
    ("N05AN01", "C03AA03", "avoid"),             # lithium + hydrochlorothiazide
    ("N05AN01", "N06AB06", "precaution"),        # lithium + sertraline
    ("N06AB06", "N06AF05", "contraindicated"),   # sertraline + iproniazid
    ("N06AB10", "J01XX08", "avoid"),             # escitalopram + linezolid
    ("G04BE03", "C01DA14", "contraindicated"),   # sildenafil + isosorbide mononitrate
    ("C08DA01", "C07AB07", "avoid"),             # verapamil + bisoprolol
    ("C01AA05", "C01BD01", "precaution"),        # digoxin + amiodarone
    ("R03DA04", "N06AB08", "precaution"),        # theophylline + fluvoxamine
    ("R03DA04", "J01FA01", "avoid"),             # theophylline + erythromycin
    ("N06AX22", "N06AB08", "contraindicated"),   # agomelatine + fluvoxamine
    ("C09AA02", "C03DB01", "avoid"),             # enalapril + amiloride
    ("C09CA01", "A12BA01", "avoid"),             # losartan + potassium chloride
    ("C03DA01", "C03DB01", "contraindicated"),   # spironolactone + amiloride
    ("A10BA02", "V08AB02", "contraindicated"),   # metformin + iodinated contrast
    ("C09AA05", "C09DX04", "contraindicated"),   # ramipril + sacubitril/valsartan
    ("N04BA02", "A03FA01", "contraindicated"),   # levodopa + metoclopramide
    ("D10BA01", "J01AA02", "contraindicated"),   # isotretinoin (oral) + doxycycline
    ("C10AA01", "C10AB04", "contraindicated"),   # simvastatin + gemfibrozil
    ("C10AA05", "C10AB05", "avoid"),             # atorvastatin + fenofibrate
    ("J04AB02", "P02BA01", "contraindicated"),   # rifampicin + praziquantel
    ("N02AA05", "J01FA09", "avoid"),             # oxycodone + clarithromycin
])
def test_thesaurus_pairs(a, b, severity):
    for order in ((a, b), (b, a)):
        finding = one(run(list(order)), "interaction", a, b)
        assert finding.severity == severity
        details = dict(finding.details)
        assert finding.rule.startswith("ANSM:") and details["edition"] == "2020-10" and " + " in details["entry"]
        assert "2020-10" in finding.sources[0] and details["entry"] in finding.sources[0]


def test_rule_identifier_is_built_from_the_entry_names():
    finding = one(run(["B01AA03", "M01AE01"]), "interaction", "B01AA03")
    assert finding.rule == "ANSM:anti-inflammatoires-non-steroidiens+anticoagulants-oraux"
    assert dict(finding.details)["entry"] == "ANTICOAGULANTS ORAUX + ANTI-INFLAMMATOIRES NON STÉROÏDIENS"


def test_morphine_has_no_cyp3a4_interaction():
    assert none_of(run(["N02AA01", "J01FA09"]), "interaction", "N02AA01", "J01FA09")


def test_topical_nsaid_does_not_interact_with_anticoagulant():
    assert none_of(run([med("B01AA03"), med("M01AB05", route="topical")]), "interaction", "B01AA03", "M01AB05")
    assert none_of(run(["B01AA03", "M02AA15"]), "interaction", "B01AA03", "M02AA15")


def test_eye_drops_count_where_ansm_includes_them():
    assert one(run(["C08DA01", "S01ED01"]), "interaction", "C08DA01", "S01ED01").severity == "avoid"


def _missing(finding):
    return list(dict(finding.details).get("missing", ()))


def test_aspirin_dose_sets_the_anticoagulant_level_and_an_unknown_dose_is_stated():
    def level(line, **kw):
        return one(run([med("B01AA03"), line], **kw), "interaction", "B01AA03")
    assert level(med("B01AC06", daily_dose_mg=75)).severity == "consider"
    assert level(med("N02BA01", daily_dose_mg=1500)).severity == "avoid"
    assert level(med("N02BA01", daily_dose_mg=4000)).severity == "contraindicated"
    assert level(med("N02BA01", daily_dose_mg=1500), conditions=["K25.9"]).severity == "contraindicated"
    from_atc = level(med("B01AC06"), lang="en")
    assert from_atc.severity == "consider" and "assumed from the ATC code B01AC06" in from_atc.recommendation
    unknown = level(med("N02BA01"), lang="en")
    assert unknown.severity == "consider" and _missing(unknown) == ["dose:N02BA01"]
    assert "Not evaluable (N02BA01: dose unknown)" in unknown.recommendation
    assert "contraindicated" in unknown.recommendation and dict(unknown.details)["assumed_level"] == "consider"


def test_methotrexate_nsaid_level_follows_the_weekly_dose():
    def level(mtx):
        return one(run([mtx, med("M01AE01")]), "interaction", "L04AX03")
    assert level(med("L04AX03", weekly_dose_mg=15)).severity == "precaution"
    assert level(med("L04AX03", weekly_dose_mg=25)).severity == "avoid"
    unknown = level(med("L04AX03"))
    assert unknown.severity == "precaution" and _missing(unknown) == ["dose:L04AX03"]


def test_route_sets_the_level_of_midazolam_with_a_strong_cyp3a4_inhibitor():
    def level(line):
        return one(run([line, med("J01FA09")], lang="de"), "interaction", "N05CD08")
    assert level(med("N05CD08", route="oral")).severity == "avoid"
    assert level(med("N05CD08", route="iv")).severity == "precaution"
    assert level(med("N05CD08", route_code="20067000")).severity == "precaution"     # coded route: sublingual
    unknown = level(med("N05CD08"))
    assert unknown.severity == "precaution" and _missing(unknown) == ["route:N05CD08"]
    assert "Midazolam oral" in unknown.recommendation and "Stufe «nicht empfohlen»" in unknown.recommendation


def test_mineralocorticoid_antagonist_is_a_precaution_only_in_heart_failure_at_low_dose():
    assert one(run(["C09AA05", "C03DA01"]), "interaction", "C03DA01").severity == "avoid"
    hf = one(run(["C09AA05", med("C03DA01", daily_dose_mg=25)], conditions=["I50.0"]), "interaction", "C03DA01")
    assert hf.severity == "precaution" and not _missing(hf)
    hf_unknown_dose = one(run(["C09AA05", "C03DA01"], conditions=["I50.0"]), "interaction", "C03DA01")
    assert hf_unknown_dose.severity == "precaution" and _missing(hf_unknown_dose) == ["dose:C03DA01"]


def test_opioid_and_benzodiazepine_are_to_take_into_account():
    assert one(run(["N02AA05", "N05BA12"]), "interaction", "N02AA05", "N05BA12").severity == "consider"


def test_one_finding_per_pair_keeps_the_most_serious_entry():
    findings = of_kind(run(["N02AX02", "N06AB05"]), "interaction")   # serotonergic APEC, CYP2D6 ASDEC
    assert len(findings) == 1 and findings[0].severity == "avoid"


def test_unrelated_pair_gives_nothing():
    assert of_kind(run(["C08CA01", "N02BE01"]), "interaction") == []


def test_french_shows_ansm_texts_and_other_languages_the_effect_templates():
    fr = one(run(["B01AA03", "M01AE01"]), "interaction", "B01AA03")
    de = one(run(["B01AA03", "M01AE01"], lang="de"), "interaction", "B01AA03")
    en = one(run(["B01AA03", "M01AE01"], lang="en"), "interaction", "B01AA03")
    assert "hémorragique" in fr.message and fr.recommendation.startswith("ANSM : Association déconseillée")
    assert "Blutungsrisiko" in de.message and "bleeding" in en.message
    for text in (de.message, de.recommendation, en.message, en.recommendation):
        assert "hémorragique" not in text and "Association" not in text
    assert fr.rule == de.rule == en.rule


def test_every_effect_has_its_texts_in_three_languages():
    layer = load_knowledge().ansm
    for effect in layer.effects.values():
        assert all(effect["text"][lang] and effect["advice"][lang] for lang in ("fr", "de", "en")), effect["id"]
    assert {r["effect"] for r in layer.rules} <= set(layer.effects)


@pytest.mark.parametrize("a, b, severity, rule", [
    ("B01AC04", "A02BC01", "avoid", "LATER:clopidogrel+omeprazole-esomeprazole"),
    ("B01AC04", "N06AB08", "avoid", "LATER:clopidogrel+cyp2c19-inhibitors"),
    ("B01AC04", "N06AB03", "avoid", "LATER:clopidogrel+cyp2c19-inhibitors"),
    ("J01MA02", "H02AB06", "avoid", "LATER:fluoroquinolones+corticosteroids"),
    ("M03BX02", "J01MA02", "contraindicated", "LATER:tizanidine+strong-cyp1a2-inhibitors"),
    ("N04BA02", "N06AF04", "contraindicated", "LATER:levodopa+non-selective-maois"),
])
def test_later_facts(a, b, severity, rule):
    finding = one(run([a, b]), "interaction", a, b)
    assert (finding.severity, finding.rule) == (severity, rule)


def test_clopidogrel_with_pantoprazole_is_not_flagged():
    assert none_of(run(["B01AC04", "A02BC02"]), "interaction", "B01AC04", "A02BC02")


def test_aliskiren_escalation_states_what_it_could_not_check():
    plain = one(run(["C09XA02", "C09AA05"], lang="en"), "interaction", "C09XA02")
    assert plain.severity == "avoid" and _missing(plain) == ["renal_function"]
    assert "the higher level (“contraindicated”) could not be checked" in plain.recommendation
    assert one(run(["C09XA02", "C09AA05"], egfr=45), "interaction", "C09XA02").severity == "contraindicated"
    diabetic = one(run(["C09XA02", "C09CA01"], conditions=["E11.9"]), "interaction", "C09XA02")
    assert diabetic.severity == "contraindicated" and not _missing(diabetic)
    assert not _missing(one(run(["C09XA02", "C09AA05"], egfr=80), "interaction", "C09XA02"))


def test_hand_written_rules_rest_on_later_sources_only():
    kb = load_knowledge()
    assert kb.ddi and all(r["id"].startswith("LATER:") for r in kb.ddi) and not kb.combos
    assert all(kb.sources[r["source"]]["edition"] for r in kb.ddi)
    assert "ANSM-TIM" not in {r["source"] for r in kb.ddi}
