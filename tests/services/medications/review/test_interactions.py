"""Drug-drug interaction rules: class-level matching, severities, modifiers."""

from __future__ import annotations

import pytest

from app.services.medications.review import load_knowledge

from .helpers import med, none_of, of_kind, one, run


@pytest.mark.parametrize("a, b, severity", [
    ("C10AA01", "J01FA09", "contraindicated"),   # simvastatin + clarithromycin
    ("C10AA05", "J02AC02", "contraindicated"),   # atorvastatin + itraconazole
    ("M04AC01", "J01FA09", "contraindicated"),   # colchicine + clarithromycin
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
    ("N06AB06", "N06AF04", "contraindicated"),   # sertraline + tranylcypromine
    ("N02CC01", "N06AF04", "contraindicated"),   # sumatriptan + tranylcypromine
    ("N06AB10", "J01XX08", "avoid"),             # escitalopram + linezolid
    ("G04BE03", "C01DA14", "contraindicated"),   # sildenafil + isosorbide mononitrate
    ("C08DA01", "C07AB07", "avoid"),             # verapamil + bisoprolol
    ("C01AA05", "C01BD01", "precaution"),        # digoxin + amiodarone
    ("C01AA05", "C08DA01", "precaution"),        # digoxin + verapamil
    ("B01AC04", "A02BC01", "avoid"),             # clopidogrel + omeprazole
    ("R03DA04", "N06AB08", "precaution"),        # theophylline + fluvoxamine
    ("M03BX02", "J01MA02", "contraindicated"),   # tizanidine + ciprofloxacin
    ("N06AX22", "N06AB08", "contraindicated"),   # agomelatine + fluvoxamine
    ("C09AA02", "C03DB01", "avoid"),             # enalapril + amiloride
    ("C09CA01", "A12BA01", "avoid"),             # losartan + potassium chloride
    ("C03DA01", "C03DB01", "contraindicated"),   # spironolactone + amiloride
    ("A10BA02", "V08AB02", "contraindicated"),   # metformin + iodinated contrast
    ("C09AA05", "C09DX04", "contraindicated"),   # ramipril + sacubitril/valsartan
    ("N04BA02", "A03FA01", "contraindicated"),   # levodopa + metoclopramide
    ("D10BA01", "J01AA02", "contraindicated"),   # isotretinoin (oral) + doxycycline
])
def test_pair_rules(a, b, severity):
    for order in ((a, b), (b, a)):
        finding = one(run(list(order)), "interaction", a, b)
        assert finding.severity == severity
        assert finding.sources and finding.rule.startswith("DDI-")


def test_clopidogrel_with_pantoprazole_is_not_flagged():
    assert none_of(run(["B01AC04", "A02BC02"]), "interaction", "B01AC04", "A02BC02")


def test_topical_nsaid_does_not_interact_with_anticoagulant():
    findings = run([med("B01AA03"), med("M01AB05", route="topical")])
    assert none_of(findings, "interaction", "B01AA03", "M01AB05")
    assert none_of(run(["B01AA03", "M02AA15"]), "interaction", "B01AA03", "M02AA15")


def test_ophthalmic_beta_blocker_counts_with_verapamil():
    assert one(run(["C08DA01", "S01ED01"]), "interaction", "C08DA01", "S01ED01").severity == "avoid"


def test_aspirin_dose_escalates_anticoagulant_interaction():
    low = one(run([med("B01AA03"), med("B01AC06", daily_dose_mg=75)]), "interaction", "B01AA03", "B01AC06")
    unknown = one(run(["B01AA03", "B01AC06"]), "interaction", "B01AA03", "B01AC06")
    analgesic = one(run([med("B01AA03"), med("N02BA01", daily_dose_mg=1500)]), "interaction", "N02BA01")
    anti_inflammatory = one(run([med("B01AA03"), med("N02BA01", daily_dose_mg=4000)]), "interaction", "N02BA01")
    assert (low.severity, unknown.severity) == ("precaution", "precaution")  # ANSM: APEC at antiplatelet doses
    assert (analgesic.severity, anti_inflammatory.severity) == ("avoid", "contraindicated")


def test_methotrexate_nsaid_depends_on_weekly_dose():
    low = one(run([med("L04AX03", daily_dose_mg=10 / 7), med("M01AE01")]), "interaction", "L04AX03")
    high = one(run([med("L04AX03", daily_dose_mg=25 / 7), med("M01AE01")]), "interaction", "L04AX03")
    assert (low.severity, high.severity) == ("precaution", "avoid")


def test_simvastatin_amlodipine_only_above_20_mg():
    assert one(run([med("C10AA01", daily_dose_mg=40), med("C08CA01")]), "interaction", "C10AA01").severity == "precaution"
    assert one(run(["C10AA01", "C08CA01"]), "interaction", "C10AA01").severity == "precaution"  # dose unknown
    assert none_of(run([med("C10AA01", daily_dose_mg=20), med("C08CA01")]), "interaction", "C10AA01", "C08CA01")


def test_mineralocorticoid_antagonist_is_precaution_in_heart_failure():
    assert one(run(["C09AA05", "C03DA01"]), "interaction", "C03DA01").severity == "avoid"
    assert one(run(["C09AA05", "C03DA01"], conditions=["I50.0"]), "interaction", "C03DA01").severity == "precaution"


def test_opioid_benzodiazepine_escalates_in_older_adults():
    young = one(run(["N02AA05", "N05BA12"], age=40), "interaction", "N02AA05", "N05BA12")
    old = one(run(["N02AA05", "N05BA12"], age=80), "interaction", "N02AA05", "N05BA12")
    assert (young.severity, old.severity) == ("consider", "precaution")
    assert one(run(["N02AA01", "N03AX16"], age=70), "interaction", "N03AX16").severity == "precaution"


def test_triple_whammy_lists_all_three_and_escalates():
    tw = [f for f in run(["C09AA05", "C03CA01", "M01AE01"], age=50) if f.rule == "DDI-TW-001"]
    assert len(tw) == 1 and set(tw[0].atc) == {"C09AA05", "C03CA01", "M01AE01"} and tw[0].severity == "precaution"
    old = [f for f in run(["C09AA05", "C03CA01", "M01AE01"], age=70) if f.rule == "DDI-TW-001"]
    assert old[0].severity == "avoid"
    assert not [f for f in run(["C09AA05", "M01AE01"]) if f.rule == "DDI-TW-001"]


def test_one_finding_per_pair_keeps_most_serious_rule():
    findings = of_kind(run(["N02AX02", "N06AB05"]), "interaction")  # serotonergic APEC + CYP2D6 ASDEC
    assert len(findings) == 1 and findings[0].severity == "avoid"


def test_unrelated_pair_gives_nothing():
    assert of_kind(run(["C08CA01", "N02BE01"]), "interaction") == []


def test_messages_follow_requested_language():
    fr = one(run(["B01AA03", "M01AE01"]), "interaction", "B01AA03")
    de = one(run(["B01AA03", "M01AE01"], lang="de"), "interaction", "B01AA03")
    en = one(run(["B01AA03", "M01AE01"], lang="en"), "interaction", "B01AA03")
    assert "hémorragique" in fr.message and "Blutungsrisiko" in de.message and "bleeding" in en.message
    assert fr.rule == de.rule == en.rule


def test_pack_has_at_least_300_class_level_interaction_rules():
    kb = load_knowledge()
    assert kb.counts()["interaction"] >= 300
    assert all(r["source"] in kb.sources and r["edition"] for r in kb.ddi)
