"""Score a set of answers with an instrument's rules (pure: no database): the total (a sum of points, or the number
of positive domains), the band it falls in, the item or domain rules that fire, and the actions they propose."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.assessments.instruments import Action, Instrument
from app.services.errors import ValidationError


@dataclass(frozen=True)
class Result:
    score: int
    band: str
    flags: tuple[str, ...]            # keys of the rules that fired
    actions: tuple[Action, ...]       # proposed, each key once (the band's first, then the rules')
    positive_domains: tuple[str, ...] = ()


def checked_answers(instrument: Instrument, answers) -> dict[str, str]:
    """The answers as ``{item key: option key}``; a missing, unknown or badly answered item is refused naming it."""
    if not isinstance(answers, dict):
        raise ValidationError("answers", "required")
    for key in answers:
        if instrument.item(str(key)) is None:
            raise ValidationError("answers", "assessments.unknown_item", item=str(key))
    out = {}
    for number, item in enumerate(instrument.items, 1):
        value = answers.get(item.key)
        if value in (None, ""):
            raise ValidationError("answers", "assessments.missing_answer", item=item.key, number=number)
        if item.option(str(value)) is None:
            raise ValidationError("answers", "assessments.unknown_option", item=item.key, number=number,
                                  value=str(value))
        out[item.key] = str(value)
    return out


def partial_score(instrument: Instrument, answers: dict) -> int:
    """The score so far of a form being filled in (unanswered items count nothing), for the live display."""
    points = {i.key: i.option(str(answers[i.key])).points for i in instrument.items
              if answers.get(i.key) is not None and i.option(str(answers[i.key])) is not None}
    if instrument.method == "domains":
        return len({instrument.item(k).domain for k, p in points.items() if p > 0})
    return sum(points.values())


def score(instrument: Instrument, answers) -> Result:
    """Score complete answers (checked first: see ``checked_answers``)."""
    clean = checked_answers(instrument, answers)
    points = {k: instrument.item(k).option(v).points for k, v in clean.items()}
    positive: tuple[str, ...] = ()
    if instrument.method == "domains":
        positive = tuple(d for d, _t in instrument.domains
                         if any(points[i.key] > 0 for i in instrument.items if i.domain == d))
        total = len(positive)
    else:
        total = sum(points.values())
    band = next(b for b in instrument.bands if b.low <= total <= b.high)
    fired = [r for r in instrument.rules
             if (r.item is not None and points[r.item] >= r.min_points) or (r.domain is not None
                                                                            and r.domain in positive)]
    actions: dict[str, Action] = {}
    for action in list(band.actions) + [a for r in fired for a in r.actions]:
        actions.setdefault(action.key, action)
    return Result(total, band.key, tuple(r.key for r in fired), tuple(actions.values()), positive)
