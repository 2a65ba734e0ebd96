"""A posology as a patient reads it, in French, German or English: "1-0-1-0 comprimés", "15 mg once a week on
Monday", "if needed: 1 tablet, at most 3 a day". No Qt: the printouts speak the patient's language, the screens
the user's; both read the same words from here.
"""

from __future__ import annotations

from fractions import Fraction
from itertools import groupby

from app.services.kernel.labels import LANGS, lang_of
from app.services.medications import posology_terms as terms
from app.services.medications.posology import TIME_FIELDS, TIME_OF_DAY, Posology

WORDS: dict[str, tuple[str, str, str]] = {
    "if_needed": ("si besoin", "bei Bedarf", "if needed"),
    "at_most": ("au maximum {n} par jour", "höchstens {n} pro Tag", "at most {n} a day"),
    "see": ("voir les instructions", "siehe Anwendung", "see instructions"),
    "dose_morning": ("le matin", "morgens", "in the morning"),
    "dose_noon": ("à midi", "mittags", "at noon"),
    "dose_evening": ("le soir", "abends", "in the evening"),
    "dose_night": ("au coucher", "zur Nacht", "at night"),
    "at": ("à {t}", "um {t}", "at {t}"),
    "once_week": ("une fois par semaine", "einmal pro Woche", "once a week"),
    "twice_week": ("deux fois par semaine", "zweimal pro Woche", "twice a week"),
    "n_week": ("{n} fois par semaine", "{n}-mal pro Woche", "{n} times a week"),
    "every_weeks": ("toutes les {n} semaines", "alle {n} Wochen", "every {n} weeks"),
    "every_days": ("tous les {n} jours", "alle {n} Tage", "every {n} days"),
    "every_day": ("chaque jour", "täglich", "every day"),
    "every_week": ("chaque semaine", "jede Woche", "every week"),
    "on": ("le {days}", "am {days}", "on {days}"),
    "and": ("et", "und", "and"),
    "week_n": ("semaine {n}", "Woche {n}", "week {n}"),
    "day_n": ("jour {n}", "Tag {n}", "day {n}"),
}
WEEKDAYS = (("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
            ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
            ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
_GLYPHS = {Fraction(1, 2): "½", Fraction(1, 4): "¼", Fraction(3, 4): "¾", Fraction(1, 3): "1/3",
           Fraction(2, 3): "2/3", Fraction(1, 8): "1/8"}


def word(key: str, lang: str, **params) -> str:
    """One of the words above in ``lang``, its ``{placeholders}`` filled."""
    return WORDS[key][LANGS.index(lang_of(lang))].format(**params)


def weekday(index: int, lang: str) -> str:
    """Monday = 0 … Sunday = 6, in ``lang``."""
    return WEEKDAYS[LANGS.index(lang_of(lang))][index % 7]


def amount_text(value, lang: str) -> str:
    """"0.5" → "½", "1.5" → "1½", "0.333" → "1/3", "2.5" in French → "2½", "1.2" in French → "1,2"."""
    if value in (None, ""):
        return "0"
    number = Fraction(str(value))
    whole, rest = divmod(number, 1)
    for glyph_value, glyph in _GLYPHS.items():
        if abs(rest - glyph_value) < Fraction(1, 500):
            if whole == 0:
                return glyph
            return f"{whole}{glyph}" if len(glyph) == 1 else f"{whole} {glyph}"
    text = f"{float(number):.3f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang_of(lang) in ("fr", "de") else text


def unit_word(unit: str | None, total, lang: str) -> str:
    """The unit's word for an amount: plural from 2 in French ("1½ comprimé"), above 1 in German and English."""
    if not unit:
        return ""
    number = Fraction(str(total)) if total not in (None, "") else Fraction(0)
    return terms.unit_label(unit, lang, number >= 2 if lang_of(lang) == "fr" else number > 1)


def with_unit(value, unit: str | None, lang: str) -> str:
    """"2 comprimés", "1 Tablette", "15 mg"; the number alone when the unit is not known."""
    text = amount_text(value, lang)
    return f"{text} {unit_word(unit, value, lang)}" if unit else text


def times_total(p: Posology) -> Fraction:
    """The amounts of the four times of day added up."""
    return sum((Fraction(str(getattr(p, f))) for f in TIME_FIELDS if getattr(p, f)), Fraction(0))


def times_text(p: Posology, lang: str) -> str:
    """"1-0-1-0", "½-0-0-0"."""
    return "-".join(amount_text(getattr(p, f) or None, lang) if getattr(p, f) else "0" for f in TIME_FIELDS)


def _time_words(times: list[str], lang: str) -> str:
    slots = {v: k for k, v in TIME_OF_DAY.items()}
    words = [word(slots[t], lang) if t in slots else word("at", lang, t=t) for t in times]
    return _join(words, lang)


def _join(items: list[str], lang: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word('and', lang)} {items[-1]}"


def _day_name(day: int, cycle: int, lang: str, weeks: bool = True) -> str:
    if cycle % 7 == 0:
        name = weekday(day, lang)
        return f"{name} ({word('week_n', lang, n=day // 7 + 1)})" if cycle > 7 and weeks else name
    return word("day_n", lang, n=day + 1)


def _on_days(days: list[int], cycle: int, lang: str) -> str:
    weeks = any(d >= 7 for d in days)
    names = [_day_name(d, cycle, lang, weeks) for d in days]
    if lang_of(lang) == "fr" and cycle % 7 == 0:
        return _join([f"le {n}" for n in names], lang)
    return word("on", lang, days=_join(names, lang))


def _cycle_phrase(cycle: int, count: int, lang: str) -> str:
    if cycle == 1:
        return word("every_day", lang)
    if cycle == 7:
        return word("once_week" if count == 1 else "twice_week" if count == 2 else "n_week", lang, n=count)
    if cycle % 7 == 0:
        return word("every_weeks", lang, n=cycle // 7)
    return word("every_days", lang, n=cycle)


def cycle_text(p: Posology, lang: str) -> str:
    """"15 mg une fois par semaine, le lundi"; "1 comprimé tous les 3 jours"; several amounts listed by day."""
    cycle = int(p.cycle_days or 1)
    takings = list(p.takings)
    days = sorted({int(t.day) for t in takings})
    times = sorted({t.time for t in takings})
    every_day_same_times = all(sorted(t.time for t in takings if int(t.day) == d) == times for d in days)
    if len({str(t.amount) for t in takings}) == 1 and every_day_same_times:
        parts = [with_unit(takings[0].amount, p.unit, lang),
                 _cycle_phrase(cycle, len(days) if cycle % 7 == 0 else 1, lang)]
        if cycle > 1 and (cycle % 7 == 0 or days != [0]):
            parts.append(_on_days(days, cycle, lang))
        if times != [TIME_OF_DAY["dose_morning"]]:
            parts.append(_time_words(times, lang))
        sep = " " if lang_of(lang) == "en" else ", "
        return parts[0] + " " + parts[1] + "".join(sep + x for x in parts[2:])
    if cycle == 1:   # every day, several times with different amounts
        return word("every_day", lang) + _colon(lang) + "; ".join(
            f"{_time_words([t.time], lang)} {with_unit(t.amount, p.unit, lang)}" for t in takings)
    head = word("every_week", lang) if cycle == 7 else _cycle_phrase(cycle, len(takings), lang)
    weeks = any(d >= 7 for d in days)
    entries = []
    for day, group in groupby(takings, key=lambda t: int(t.day)):
        items = [with_unit(t.amount, p.unit, lang) + ("" if t.time == TIME_OF_DAY["dose_morning"]
                                                       else " " + _time_words([t.time], lang)) for t in group]
        entries.append(f"{_day_name(day, cycle, lang, weeks)} {', '.join(items)}")
    return head + _colon(lang) + "; ".join(entries)


def _colon(lang: str) -> str:
    return " : " if lang_of(lang) == "fr" else ": "


def describe(p: Posology | None, lang: str) -> str:
    """The posology in one line, in ``lang`` (the route, dates and instructions are shown apart)."""
    if p is None:
        return ""
    kind = p.kind
    if kind == "times":
        text = times_text(p, lang)
        if p.unit:
            text += " " + unit_word(p.unit, times_total(p), lang)
        return f"{word('if_needed', lang)}{_colon(lang)}{text}" if p.in_reserve else text
    if kind == "cycle" and p.takings:
        return cycle_text(p, lang)
    if kind == "as_needed":
        if not p.as_needed_amount:
            return word("if_needed", lang)
        text = f"{word('if_needed', lang)}{_colon(lang)}{with_unit(p.as_needed_amount, p.unit, lang)}"
        if p.max_per_day:
            text += ", " + word("at_most", lang, n=amount_text(p.max_per_day, lang))
        return text
    return word("see", lang) if p.instructions else ""


__all__ = ["WORDS", "word", "weekday", "amount_text", "unit_word", "with_unit", "times_total", "times_text",
           "cycle_text", "describe"]
