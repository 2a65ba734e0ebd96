"""The words of the medication review report, in French, German and English: also what the worksheet screen and
the pharmacist's check sheet say of a finding's severity and of the eligibility reason (no PDF writer here, so that a
screen can use them without loading one)."""

from __future__ import annotations

import re

TEXTS = {
    "fr": {"title": "Compte rendu de revue de médication", "patient": "Patient·e", "born": "né·e le",
           "practice": "Cabinet", "author": "Réalisée par", "printed": "Imprimé le", "type": "Type de revue",
           "bpm": "Bilan partagé de médication (France)", "pmc": "Polymedikations-Check (Suisse)",
           "eligibility": "Éligibilité", "eligible": "éligible", "not_eligible": "non éligible",
           "steps": "Étapes", "interview_on": "Entretien avec le patient", "analysis_on": "Analyse des traitements",
           "advice_on": "Avis transmis au médecin", "followup_on": "Suivi", "not_done": "— (pas encore)",
           "findings": "Constats de l'analyse", "cols": ("N°", "Gravité", "Constat et recommandation",
                                                         "Annotation / décision"),
           "no_finding": "Aucun constat de l'analyse automatique.", "no_annotation": "—",
           "conclusion": "Conclusion et avis au médecin", "no_conclusion": "Pas encore de conclusion.",
           "sources": "Sources des constats", "no_source": "Aucune source citée.", "see": "Sources",
           "knowledge": "Connaissances des interactions : thésaurus ANSM, édition {0}.",
           "page": "Page", "footer": "Document confidentiel — données de santé.",
           "severity": {"contraindicated": "Contre-indiqué", "avoid": "À éviter", "precaution": "Précaution",
                        "consider": "À considérer", "not_evaluable": "Non évaluable"},
           "reason": ("âge {0} ≥ 75", "âge {0} ≥ 65 avec une affection de longue durée (ALD)",
                      "âge {0} : il faut ≥ 75, ou ≥ 65 avec une affection de longue durée (ALD)",
                      "{0} substances chroniques depuis ≥ 6 mois (il en faut ≥ 5)",
                      "{0} médicaments prescrits depuis ≥ 3 mois (il en faut ≥ 4)")},
    "de": {"title": "Bericht zur Medikationsanalyse", "patient": "Patient/in", "born": "geboren am",
           "practice": "Praxis", "author": "Durchgeführt von", "printed": "Gedruckt am", "type": "Art der Analyse",
           "bpm": "Bilan partagé de médication (Frankreich)", "pmc": "Polymedikations-Check (Schweiz)",
           "eligibility": "Anspruch", "eligible": "erfüllt", "not_eligible": "nicht erfüllt",
           "steps": "Schritte", "interview_on": "Gespräch mit dem Patienten", "analysis_on": "Analyse der Medikation",
           "advice_on": "Empfehlung an den Arzt", "followup_on": "Nachkontrolle", "not_done": "— (noch nicht)",
           "findings": "Befunde der Analyse", "cols": ("Nr.", "Schweregrad", "Befund und Empfehlung",
                                                       "Anmerkung / Entscheid"),
           "no_finding": "Keine Befunde der automatischen Prüfung.", "no_annotation": "—",
           "conclusion": "Schlussfolgerung und Empfehlung an den Arzt", "no_conclusion": "Noch keine Schlussfolgerung.",
           "sources": "Quellen der Befunde", "no_source": "Keine Quelle angegeben.", "see": "Quellen",
           "knowledge": "Wissensbasis der Interaktionen: ANSM-Thesaurus, Ausgabe {0}.",
           "page": "Seite", "footer": "Vertrauliches Dokument — Gesundheitsdaten.",
           "severity": {"contraindicated": "Kontraindiziert", "avoid": "Vermeiden", "precaution": "Vorsicht",
                        "consider": "Prüfen", "not_evaluable": "Nicht beurteilbar"},
           "reason": ("Alter {0} ≥ 75", "Alter {0} ≥ 65 mit Langzeiterkrankung (ALD)",
                      "Alter {0}: nötig sind ≥ 75 oder ≥ 65 mit Langzeiterkrankung (ALD)",
                      "{0} Dauerwirkstoffe seit ≥ 6 Monaten (nötig sind ≥ 5)",
                      "{0} verordnete Medikamente seit ≥ 3 Monaten (nötig sind ≥ 4)")},
    "en": {"title": "Medication review report", "patient": "Patient", "born": "born", "practice": "Practice",
           "author": "Carried out by", "printed": "Printed on", "type": "Type of review",
           "bpm": "Bilan partagé de médication (France)", "pmc": "Polymedikations-Check (Switzerland)",
           "eligibility": "Eligibility", "eligible": "eligible", "not_eligible": "not eligible",
           "steps": "Steps", "interview_on": "Interview with the patient", "analysis_on": "Analysis of the treatment",
           "advice_on": "Advice sent to the doctor", "followup_on": "Follow-up", "not_done": "— (not yet)",
           "findings": "Findings of the analysis", "cols": ("No.", "Severity", "Finding and recommendation",
                                                            "Annotation / decision"),
           "no_finding": "No finding from the automatic check.", "no_annotation": "—",
           "conclusion": "Conclusion and advice to the doctor", "no_conclusion": "No conclusion yet.",
           "sources": "Sources of the findings", "no_source": "No source cited.", "see": "Sources",
           "knowledge": "Interaction knowledge: ANSM thesaurus, edition {0}.",
           "page": "Page", "footer": "Confidential document — health data.",
           "severity": {"contraindicated": "Contraindicated", "avoid": "Avoid", "precaution": "Precaution",
                        "consider": "Consider", "not_evaluable": "Not evaluable"},
           "reason": ("age {0} ≥ 75", "age {0} ≥ 65 with a long-term condition (ALD)",
                      "age {0}: needs ≥ 75, or ≥ 65 with a long-term condition (ALD)",
                      "{0} chronic substances for ≥ 6 months (needs ≥ 5)",
                      "{0} prescribed drugs for ≥ 3 months (needs ≥ 4)")},
}
# the English parts of ``review_worksheet.eligibility``'s reason, in the order of TEXTS[lang]["reason"]
REASON_PATTERNS = tuple(re.compile("^" + re.escape(p).replace(re.escape("{0}"), r"(\d+)") + "$")
                        for p in TEXTS["en"]["reason"])


def severity_text(severity: str, lang: str) -> str:
    """A finding's severity code ("precaution") in ``lang``; an unknown code as stored."""
    return TEXTS.get(lang, TEXTS["fr"])["severity"].get(severity, severity)


def reason_text(reason: str, lang: str) -> str:
    """The eligibility reason (stored in English) in the report's language; unknown parts stay as they are."""
    templates = TEXTS.get(lang, TEXTS["fr"])["reason"]
    parts = []
    for part in (reason or "").split("; "):
        for pattern, template in zip(REASON_PATTERNS, templates):
            match = pattern.match(part.strip())
            if match:
                part = template.format(match.group(1))
                break
        parts.append(part)
    return "; ".join(parts)
