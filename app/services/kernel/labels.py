"""Words shared by the printouts (no Qt in services): the enumerated values a PDF prints, per language.

Every printout speaks French by default, German or English on request. ``label(TABLE, key, lang)`` gives
the word; an unknown key is printed as is (underscores as spaces). Dates are dd.mm.yyyy in every language.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

LANGS = ("fr", "de", "en")
DEFAULT_LANG = "fr"


def lang_of(value: str | None) -> str:
    """A supported language: fr, de or en (anything else, e.g. it or None, falls back to French)."""
    value = (value or "").strip().lower()[:2]
    return value if value in LANGS else DEFAULT_LANG


def label(table: dict[str, tuple[str, str, str]], key, lang: str) -> str:
    """The word for ``key`` in ``lang`` (fr, de, en); an unknown key as is."""
    if key is None:
        return ""
    words = table.get(str(key))
    if words is None:
        return str(key).replace("_", " ")
    return words[LANGS.index(lang_of(lang))]


def day(value) -> str:
    """An ISO date string, a date or a datetime as dd.mm.yyyy ("" when empty)."""
    if not value:
        return ""
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    return f"{value:%d.%m.%Y}"


def stamp(value: datetime) -> str:
    """A moment in local time as dd.mm.yyyy HH:MM."""
    return value.astimezone().strftime("%d.%m.%Y %H:%M")


_UNITS = {"DAILY": ("jour", "Tag", "day"), "WEEKLY": ("semaine", "Woche", "week"),
          "MONTHLY": ("mois", "Monat", "month"), "YEARLY": ("an", "Jahr", "year")}
_UNITS_PLURAL = {"DAILY": ("jours", "Tage", "days"), "WEEKLY": ("semaines", "Wochen", "weeks"),
                 "MONTHLY": ("mois", "Monate", "months"), "YEARLY": ("ans", "Jahre", "years")}


def every(rule: str | None, lang: str) -> str:
    """A short reading of a recurrence rule (``FREQ=WEEKLY;INTERVAL=2`` → "toutes les 2 semaines")."""
    if not rule:
        return ""
    parts = dict(p.split("=", 1) for p in rule.split(";") if "=" in p)
    try:
        n = int(parts.get("INTERVAL", "1"))
    except ValueError:
        n = 1
    i = LANGS.index(lang_of(lang))
    freq = parts.get("FREQ")
    if freq not in _UNITS:
        return ("récurrente", "wiederkehrend", "recurring")[i]
    if n == 1:
        if i == 0:
            return {"DAILY": "chaque jour", "WEEKLY": "chaque semaine", "MONTHLY": "chaque mois",
                    "YEARLY": "chaque année"}[freq]
        if i == 1:
            return {"DAILY": "täglich", "WEEKLY": "wöchentlich", "MONTHLY": "monatlich", "YEARLY": "jährlich"}[freq]
        return f"every {_UNITS[freq][2]}"
    if i == 0:
        every_fr = "toutes les" if freq in ("WEEKLY",) else "tous les"
        return f"{every_fr} {n} {_UNITS_PLURAL[freq][0]}"
    if i == 1:
        return f"alle {n} {_UNITS_PLURAL[freq][1]}"
    return f"every {n} {_UNITS_PLURAL[freq][2]}"


# --- care plans -------------------------------------------------------------------------------------------
PLAN_STATUS = {"draft": ("brouillon", "Entwurf", "draft"), "validated": ("validé", "validiert", "validated"),
               "active": ("actif", "aktiv", "active"), "revised": ("en révision", "in Überarbeitung",
                                                                   "being revised"),
               "closed": ("clos", "abgeschlossen", "closed")}
GOAL_STATUS = {"in_progress": ("en cours", "in Arbeit", "in progress"), "achieved": ("atteint", "erreicht", "achieved"),
               "not_achieved": ("non atteint", "nicht erreicht", "not achieved"),
               "abandoned": ("abandonné", "aufgegeben", "abandoned")}
ACTION_STATUS = {"planned": ("prévue", "geplant", "planned"), "in_progress": ("en cours", "in Arbeit", "in progress"),
                 "done": ("réalisée", "erledigt", "done"), "not_done": ("non réalisée", "nicht erledigt", "not done"),
                 "cancelled": ("annulée", "abgesagt", "cancelled")}
PRIORITY = {"high": ("haute", "hoch", "high"), "medium": ("moyenne", "mittel", "medium"),
            "low": ("basse", "niedrig", "low")}
DOMAIN = {"medical": ("médical", "medizinisch", "medical"), "psychological": ("psychologique", "psychisch",
                                                                             "psychological"),
          "social": ("social", "sozial", "social"), "environmental": ("environnement", "Umfeld", "environmental")}
ACTION_TYPE = {"prevention": ("prévention", "Prävention", "prevention"), "care": ("soin", "Pflege", "care"),
               "support": ("soutien", "Begleitung", "support")}
DIRECTIVES = {"yes": ("oui", "ja", "yes"), "no": ("non", "nein", "no"), "unknown": ("non connu", "unbekannt",
                                                                                  "not known")}
MEMBER_CATEGORY = {"practice_staff": ("cabinet", "Praxis", "practice"),
                   "hospital_service": ("service hospitalier", "Spitalabteilung", "hospital service"),
                   "home_nursing": ("soins à domicile", "Spitex", "home nursing"), "dac": ("DAC", "DAC", "DAC"),
                   "social_worker": ("travailleur social", "Sozialdienst", "social worker"),
                   "family_caregiver": ("proche aidant", "Angehörige", "family caregiver"),
                   "trusted_person": ("personne de confiance", "Vertrauensperson", "trusted person"),
                   "other": ("autre", "andere", "other")}
ROLE = {"physician": ("médecin", "Arzt/Ärztin", "physician"), "pharmacist": ("pharmacien", "Apotheker/in", "pharmacist"),
        "advanced_practice_nurse": ("infirmier en pratique avancée", "Pflegeexpert/in APN",
                                    "advanced practice nurse"),
        "nurse": ("infirmier", "Pflegefachperson", "nurse"), "medical_assistant": ("assistant médical", "MPA",
                                                                                 "medical assistant"),
        "coordinator": ("coordinateur", "Koordination", "coordinator"), "admin": ("administrateur", "Administration",
                                                                                 "administrator")}

# --- delegated tasks --------------------------------------------------------------------------------------
TASK_STATUS = {"requested": ("demandée", "angefordert", "requested"), "accepted": ("acceptée", "angenommen", "accepted"),
               "in_progress": ("en cours", "in Arbeit", "in progress"), "on_hold": ("en attente", "pausiert",
                                                                                 "on hold"),
               "completed": ("faite", "erledigt", "completed"), "cancelled": ("annulée", "storniert", "cancelled"),
               "failed": ("non faite", "nicht erfolgt", "failed")}
TASK_PRIORITY = {"stat": ("immédiate", "sofort", "stat"), "asap": ("au plus tôt", "baldmöglichst", "asap"),
                 "urgent": ("urgente", "dringend", "urgent"), "routine": ("courante", "Routine", "routine")}

# --- doctor-pharmacist alerts -----------------------------------------------------------------------------
ALERT_STATE = {"open": ("ouverte", "offen", "open"), "read": ("lue", "gelesen", "read"),
               "question": ("question posée", "Rückfrage gestellt", "question asked"),
               "replied": ("réponse à la question", "Rückfrage beantwortet", "question answered"),
               "accepted": ("acceptée", "angenommen", "accepted"),
               "modified": ("acceptée avec modification", "mit Änderung angenommen", "accepted with a change"),
               "refused": ("refusée (maintenu tel quel)", "abgelehnt (unverändert)", "refused (kept as is)"),
               "partial": ("réponse en partie", "teilweise beantwortet", "partly answered"),
               "answered": ("répondue ligne par ligne", "Zeile für Zeile beantwortet", "answered line by line")}
ALERT_EVENT = {"raised": ("Alerte émise", "Meldung erstellt", "Alert raised"), "read": ("Lue", "Gelesen", "Read"),
               "question": ("Question", "Rückfrage", "Question"), "reply": ("Réponse", "Antwort", "Reply"),
               "accepted": ("Acceptée", "Angenommen", "Accepted"), "modified": ("Modifiée", "Geändert", "Modified"),
               "refused": ("Refusée", "Abgelehnt", "Refused"), "escalated": ("Escaladée", "Eskaliert", "Escalated"),
               "reopened": ("Rouverte", "Wieder eröffnet", "Reopened"),
               "line_added": ("Ligne ajoutée", "Zeile hinzugefügt", "Line added"),
               "line_answer": ("Réponse à une ligne", "Antwort zu einer Zeile", "Line answered"),
               "line_accept": ("Ligne acceptée", "Zeile angenommen", "Line accepted"),
               "line_modify": ("Ligne acceptée avec modification", "Zeile mit Änderung angenommen",
                               "Line accepted with a change"),
               "line_refuse": ("Ligne refusée (maintenue telle quelle)", "Zeile abgelehnt (unverändert)",
                               "Line refused (kept as is)")}
URGENCY = {"urgent": ("urgente", "dringend", "urgent"), "24h": ("sous 24 h", "innert 24 h", "within 24 h"),
           "routine": ("courante", "Routine", "routine")}
CHANGE = {"stop": ("arrêt", "absetzen", "stop"), "change": ("modification", "ändern", "change"),
          "add": ("ajout", "hinzufügen", "add"), "keep": ("maintenu", "beibehalten", "kept")}

# --- clinical values --------------------------------------------------------------------------------------
OBSERVATION = {"egfr": ("DFG (eGFR)", "eGFR (glomeruläre Filtrationsrate)", "eGFR"),
               "weight_kg": ("Poids", "Gewicht", "Weight"), "height_cm": ("Taille", "Grösse", "Height"),
               "creatinine_umol_l": ("Créatinine", "Kreatinin", "Creatinine"),
               "potassium": ("Potassium (K+)", "Kalium (K+)", "Potassium (K+)"),
               "sodium": ("Sodium (Na+)", "Natrium (Na+)", "Sodium (Na+)"), "inr": ("INR", "INR", "INR"),
               "hba1c": ("HbA1c", "HbA1c", "HbA1c"),
               "systolic_bp": ("Pression artérielle systolique", "Systolischer Blutdruck", "Systolic blood pressure"),
               "diastolic_bp": ("Pression artérielle diastolique", "Diastolischer Blutdruck",
                                "Diastolic blood pressure"),
               "heart_rate": ("Fréquence cardiaque", "Herzfrequenz", "Heart rate"), "qtc_ms": ("QTc", "QTc", "QTc")}


def number(value, lang: str) -> str:
    """A measured value as printed: "55.1" → "55,1" in French and German, no trailing zeros ("41", not "41.0")."""
    try:
        text = f"{float(value):g}"
    except (TypeError, ValueError):
        return str(value or "")
    return text.replace(".", ",") if lang_of(lang) in ("fr", "de") else text


def decimal(value, lang: str, places: int = 1) -> str:
    """A computed figure as printed: rounded half up to ``places`` decimals ("3.25" → "3,3", as the screens show),
    no trailing zeros ("4", not "4.0"), a decimal comma in French and German; "—" for no value."""
    if value is None:
        return "—"
    rounded = Decimal(str(value)).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    return number(rounded.normalize() if rounded != rounded.to_integral() else rounded.to_integral(), lang)


def measured(code: str, value, unit: str | None, lang: str) -> str:
    """A clinical value with its label and unit in ``lang``: "DFG (eGFR) : 41 mL/min/1,73 m²", "Gewicht: 55,1 kg"."""
    colon = " : " if lang_of(lang) == "fr" else ": "
    unit = (unit or "").strip()
    if unit and lang_of(lang) in ("fr", "de"):
        unit = "".join(c if c != "." or not (i and unit[i - 1].isdigit()) else "," for i, c in enumerate(unit))
    return f"{label(OBSERVATION, code, lang)}{colon}{number(value, lang)}" + (f" {unit}" if unit else "")
