"""The words of the printed medication plan in the patient's language: abbreviations written out, substance
names from the catalogue's INN table, and a unit for every line.

eMediplan print conventions ask for a plan the patient and any pharmacy can read: no abbreviations
("HTA" → "hypertension artérielle" / "Bluthochdruck"), drug names and units in the patient's language.
Texts typed by clinicians stay as typed apart from the abbreviations of ``abbreviations.json``.
"""

from __future__ import annotations

import dataclasses
import json
import re
from functools import cache

from app.resources import resource_dir
from app.services.kernel.labels import LANGS, lang_of
from app.services.medications.catalogue.drug_catalogue import Substance, load_products, load_substances
from app.services.medications.posology import Posology
from app.services.medications.review import load_knowledge

#: A product's form (French words of the shipped catalogue, first match wins) → the unit its amount counts.
FORM_UNITS = (("comprimé", "tablet"), ("dragée", "tablet"), ("gélule", "capsule"), ("capsule", "capsule"),
              ("collyre", "drop"), ("suppositoire", "suppository"), ("dispositif transdermique", "patch"),
              ("patch", "patch"), ("sachet", "sachet"), ("granulés", "sachet"),
              ("poudre pour inhalation", "dose"), ("pour inhalation", "puff"), ("spray", "puff"),
              ("pulvérisation", "puff"), ("crème", "application"), ("gel", "application"),
              ("pommade", "application"))
#: The unit of a line that names none and whose product form is unknown: "unité" / "Stück" / "piece".
FALLBACK_UNIT = "piece"


@cache
def abbreviations() -> dict[str, dict[str, str]]:
    """Abbreviation → {fr, de, en: the full words} (``resources/medications/abbreviations.json``)."""
    data = json.loads(resource_dir("medications", "abbreviations.json").read_text(encoding="utf-8"))
    return {a["abbr"]: {lang: a[lang] for lang in LANGS} for a in data["abbreviations"]}


@cache
def _pattern() -> re.Pattern:
    # longest first, so that "DT2" is not read as a shorter entry; whole words only (letters, digits)
    parts = [re.escape(a) if a != a.lower() else f"(?i:{re.escape(a)})"
             for a in sorted(abbreviations(), key=len, reverse=True)]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


def expand(text: str | None, lang: str) -> str:
    """``text`` with every listed abbreviation written out in ``lang``; a text that starts with one starts with a
    capital ("HTA" → "Hypertension artérielle", "HTA et DT2" → "Hypertension artérielle et diabète de type 2")."""
    if not text:
        return ""
    lang = lang_of(lang)
    table = abbreviations()
    lowered = {k.lower(): v for k, v in table.items() if k == k.lower()}

    def full(match: re.Match) -> str:
        found = match.group(0)
        words = (table.get(found) or lowered[found.lower()])[lang]
        return words[:1].upper() + words[1:] if match.start() == 0 else words

    return _pattern().sub(full, text)


@dataclasses.dataclass(frozen=True)
class Indication:
    """A listed indication: its ICD-10 category and its words in each language."""

    code: str
    words: dict[str, str]


@cache
def indications() -> tuple[Indication, ...]:
    """The indications the medication form offers (``resources/medications/indications.json``)."""
    data = json.loads(resource_dir("medications", "indications.json").read_text(encoding="utf-8"))
    return tuple(Indication(i["code"], {lang: i[lang] for lang in LANGS}) for i in data["indications"])


def indication_choices(lang: str) -> list[str]:
    """The listed indications' words in ``lang``, in alphabetical order (what the form offers)."""
    lang = lang_of(lang)
    return sorted((i.words[lang] for i in indications()), key=str.casefold)


CONJUNCTIONS = {"fr": "et", "de": "und", "en": "and"}
_PARTS = re.compile(r"(\s*(?:[,;/+]|(?<!\w)(?:et|und|and)(?!\w))\s*)", re.IGNORECASE)


@cache
def _indication_index() -> dict[str, tuple[Indication, frozenset[str]]]:
    """Listed words (labels and synonyms, folded) → the indication and the languages the words belong to."""
    data = json.loads(resource_dir("medications", "indications.json").read_text(encoding="utf-8"))
    found: dict[str, tuple[Indication, set[str]]] = {}
    for entry, listed in zip(data["indications"], indications(), strict=True):
        for lang in LANGS:
            for words in [entry[lang], *entry.get("synonyms", {}).get(lang, [])]:
                found.setdefault(words.casefold(), (listed, set()))[1].add(lang)
    return {words: (listed, frozenset(langs)) for words, (listed, langs) in found.items()}


def indication_words(text: str | None, lang: str) -> str:
    """An indication as the patient reads it on the plan, in ``lang``.

    A text made only of listed indications (or their synonyms, in any of the three languages) and abbreviations,
    joined by commas, "+", "/" or "and" in any language, is written wholly in ``lang`` ("fibrillation atriale et
    HTA" → "Vorhofflimmern und Bluthochdruck"); words already in ``lang`` stay as typed. Any other text keeps its
    words, with the abbreviations written out: half a sentence translated would read worse than none."""
    if not text:
        return ""
    lang = lang_of(lang)
    index, table = _indication_index(), abbreviations()
    lowered = {k.lower(): v for k, v in table.items() if k == k.lower()}
    pieces = _PARTS.split(text.strip())
    words, joints = pieces[0::2], pieces[1::2]

    def known(piece: str) -> bool:
        return piece.casefold() in index or piece in table or piece.lower() in lowered

    if not all(known(w) for w in words):
        return expand(text, lang)
    out = []
    for i, piece in enumerate(words):
        abbreviation = table.get(piece) or lowered.get(piece.lower())
        if abbreviation:   # an abbreviation is written out even in its own language
            out.append(abbreviation[lang])
        else:
            listed, langs = index[piece.casefold()]
            out.append(piece if lang in langs else listed.words[lang])
        if i < len(joints):
            joint = joints[i]
            conjunction = joint.strip()
            out.append(joint.replace(conjunction, CONJUNCTIONS[lang]) if conjunction.isalpha() else joint)
    result = "".join(out)
    return result[:1].upper() + result[1:]


@cache
def _substances() -> dict[str, Substance]:
    return {s.atc: s for s in load_substances()}


def substance_names(atc: str | None, stored: str, lang: str) -> str:
    """The INN in ``lang`` when the line's ATC code is in the catalogue and the stored names are that entry's
    (in any of its languages); otherwise the names as stored (a substance typed by hand stays as typed)."""
    entry = _substances().get(atc or "")
    if entry is None or not stored:
        return stored
    known = {entry.inn_fr.casefold(), entry.inn_de.casefold(), entry.inn_en.casefold()}
    return entry.name(lang_of(lang)) if stored.strip().casefold() in known else stored


def _folded(words: str) -> str:
    """Compared without case nor plural s ("Pénicillines" reads as "pénicilline")."""
    return " ".join(w.rstrip("s") for w in words.casefold().split())


def _class_names(code: str | None) -> dict[str, str] | None:
    """The names (fr, de, en) of the allergy class whose ATC codes include ``code`` (``allergy_classes.json``)."""
    if not code:
        return None
    return next((c["name"] for c in load_knowledge().allergy_classes if code in c.get("atc", ())), None)


def allergy_label(code: str | None, label: str, lang: str) -> str:
    """An allergy as the plan prints it: for an ATC code, the substance's INN or the allergy class's name in
    ``lang`` when the recorded label is that name in another language ("Pénicillines", J01C → "Penicilline");
    else the label as recorded (abbreviations written out)."""
    names = _class_names(code)
    lang = lang_of(lang)
    if names and _folded(label) != _folded(names[lang]) and _folded(label) in {_folded(n) for n in names.values()}:
        return names[lang][:1].upper() + names[lang][1:]
    return expand(substance_names(code, label, lang), lang)


@cache
def _product_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for p in load_products():
        if p.form:
            forms.setdefault(p.name.casefold(), p.form.casefold())
    return forms


def product_form(product_name: str | None) -> str | None:
    """The form of a shipped catalogue product ("Doliprane 1000 mg" → "comprimé"), None if unknown."""
    name = (product_name or "").casefold()
    if not name:
        return None
    forms = _product_forms()
    if name in forms:
        return forms[name]
    for known, form in forms.items():
        if name.startswith(known + " "):
            return form
    return None


def line_unit(p: Posology, product_name: str | None) -> str:
    """The unit a line's amounts count: its own, else the one its product's form implies, else "piece"."""
    if p.unit:
        return p.unit
    form = product_form(product_name) or ""
    for words, unit in FORM_UNITS:
        if words in form:
            return unit
    return FALLBACK_UNIT


def with_line_unit(p: Posology, product_name: str | None) -> Posology:
    """The posology with the unit the plan prints (only a copy changes: the stored line keeps no unit)."""
    return p if p.unit else dataclasses.replace(p, unit=line_unit(p, product_name))
