"""Texts the program itself writes into shared records (task titles, alert texts), in the practice's language.

Everyone in the practice reads these records, whatever language their own screen speaks, so the words
are chosen once, from the practice setting (French, German or English; French by default). Services
have no Qt: the wording lives here, one line per language.
"""

from __future__ import annotations

from sqlmodel import Session, select

from app.models.practice import Practice
from app.services.kernel.labels import LANGS, label, lang_of

LANGUAGES = LANGS

TEXTS: dict[str, tuple[str, str, str]] = {
    "discharge.title": ("Conciliation médicamenteuse de sortie", "Medikationsabgleich nach Spitalaustritt",
                        "Medication reconciliation after discharge"),
    "discharge.description": (
        "Sortie de {facility} le {date} : concilier la liste des traitements avec l'ordonnance de sortie.",
        "Austritt aus {facility} am {date}: Medikationsliste mit dem Austrittsrezept abgleichen.",
        "Discharge from {facility} on {date}: reconcile the medication list with the discharge prescription."),
    "clarify.text": ("Conciliation de sortie ({source}, {date}) : {drug} — {kind}, à clarifier.",
                     "Abgleich nach Austritt ({source}, {date}): {drug} — {kind}, zu klären.",
                     "Discharge reconciliation ({source}, {date}): {drug} — {kind}, to be clarified."),
    "clarify.group_text": ("Conciliation de sortie ({source}, {date}) : lignes à clarifier, une réponse par ligne.",
                           "Abgleich nach Austritt ({source}, {date}): zu klärende Zeilen, eine Antwort pro Zeile.",
                           "Discharge reconciliation ({source}, {date}): lines to be clarified, one answer per line."),
    "clarify.accepted": ("Version de sortie acceptée par le médecin (alerte #{id})",
                         "Austrittsversion von der Ärztin / vom Arzt angenommen (Meldung #{id})",
                         "Discharge version accepted by the doctor (alert #{id})"),
    "clarify.modified": ("Autre modification faite par le médecin (alerte #{id})",
                         "Andere Änderung durch die Ärztin / den Arzt (Meldung #{id})",
                         "Another change made by the doctor (alert #{id})"),
    "clarify.title": ("Conciliation : {drug} à clarifier", "Abgleich: {drug} zu klären",
                      "Reconciliation: {drug} to be clarified"),
    "renewal.until": ("renouvelé jusqu'au {date}", "erneuert bis {date}", "renewed until {date}"),
    "renewal.dose": ("posologie adaptée : {dose}", "Dosierung angepasst: {dose}", "dose adjusted to {dose}"),
    "renewal.title": ("Pharmacien : {drug} {what}", "Apotheke: {drug} {what}", "Pharmacist: {drug} {what}"),
    "care_plan.title": ("Plan de soins : {action}", "Betreuungsplan: {action}", "Care plan: {action}"),
    "daum.title": ("Passages aux urgences répétés : {count} en 12 mois",
                   "Wiederholte Notfallbesuche: {count} in 12 Monaten",
                   "Frequent emergency visits: {count} in 12 months"),
    "daum.description": (
        "{count} passages aux urgences en 12 mois (règle DAUM) :\n{visits}\n\n"
        "Vérifier le consentement du patient avant toute prise de contact.",
        "{count} Notfallbesuche innert 12 Monaten (DAUM-Regel):\n{visits}\n\n"
        "Vor jeder Kontaktaufnahme die Einwilligung der Patientin / des Patienten prüfen.",
        "{count} emergency visits within 12 months (DAUM rule):\n{visits}\n\n"
        "Check the patient's consent before any outreach."),
    "daum.contact": ("Contact du dispositif d'appui à la coordination (DAC) : {contact}",
                     "Kontakt der Koordinationsstelle (DAC): {contact}",
                     "Coordination-support contact (DAC): {contact}"),
    "break_glass.title": ("Accès d'urgence à votre patient par {who}", "Notfallzugriff auf Ihre Patientin / Ihren "
                          "Patienten durch {who}", "Emergency access to your patient by {who}"),
    "break_glass.description": (
        "{who} a ouvert le dossier en urgence, hors cercle de soins, jusqu'au {until}. Motif : {reason}",
        "{who} hat das Dossier im Notfall ausserhalb des Betreuungsnetzes geöffnet, bis {until}. Grund: {reason}",
        "{who} opened the chart in an emergency, outside the care circle, until {until}. Reason: {reason}"),
    "alert.escalated": ("Alerte urgente n° {id} sans réponse", "Dringende Meldung Nr. {id} ohne Antwort",
                        "Urgent alert #{id} unanswered"),
    "alert.escalated_message": ("Sans réponse depuis le {date} : transmise à la coordination",
                                "Seit {date} unbeantwortet: an die Koordination weitergeleitet",
                                "Unanswered since {date}: escalated to the coordinator"),
    "meeting.revise_plan": ("Réviser le plan de soins : {text}", "Betreuungsplan überarbeiten: {text}",
                            "Revise the care plan: {text}"),
    "meeting.description": (
        "Décidé en réunion de concertation le {date}.\nQuestion : {question}\nDécision : {decision}",
        "An der Fallbesprechung vom {date} beschlossen.\nFrage: {question}\nEntscheid: {decision}",
        "Decided at the concertation meeting of {date}.\nQuestion: {question}\nDecision: {decision}"),
    "teleconsultation.conclusion": (
        "Téléconsultation assistée du {date} ({physician}, à distance ; {companion}, auprès du patient){protocol}.\n"
        "Conclusion : {text}",
        "Begleitete Telekonsultation vom {date} ({physician}, aus der Ferne; {companion}, beim Patienten){protocol}.\n"
        "Schlussfolgerung: {text}",
        "Assisted teleconsultation of {date} ({physician}, remote; {companion}, with the patient){protocol}.\n"
        "Conclusion: {text}"),
    "teleconsultation.protocol": (" — protocole {code}", " — Protokoll {code}", " — protocol {code}"),
}

DIFFERENCE = {"added": ("ajouté", "neu", "added"), "stopped": ("arrêté", "abgesetzt", "stopped"),
              "dose_changed": ("posologie modifiée", "Dosis geändert", "dose changed"),
              "substituted": ("substitué", "ersetzt", "substituted"), "unchanged": ("inchangé", "unverändert",
                                                                                   "unchanged")}


def practice_language(session: Session) -> str:
    """The language of the practice's shared texts (French when no practice is set up yet); read once per
    unit of work."""
    if "practice_language" not in session.info:
        session.info["practice_language"] = lang_of(session.exec(select(Practice.language)).first())
    return session.info["practice_language"]


def say(session: Session, key: str, **fields) -> str:
    """The text ``key`` in the practice's language, with its fields filled in."""
    return TEXTS[key][LANGS.index(practice_language(session))].format(**fields)


def word(session: Session, table: dict[str, tuple[str, str, str]], key: str) -> str:
    """One enumerated value (e.g. a kind of difference) in the practice's language."""
    return label(table, key, practice_language(session))
