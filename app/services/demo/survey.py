"""Demo patient survey: eight weeks of answers typed in from paper and given at the kiosk, with a few comments,
and the address of the practice's (fictitious) online form."""

from __future__ import annotations

import random
from datetime import timedelta

from app.services.coordination import survey
from app.services.coordination.survey import AnswerSet
from app.services.kernel.context import ServiceContext
from app.services.tasks import recurrence

WEEKS = 8
COMMENTS = ("Accueil très agréable, merci à l'équipe.", "Difficile de joindre le secrétariat le lundi matin.",
            "Attente un peu longue mais médecin à l'écoute.", "Pratique d'avoir l'infirmière et le médecin au même "
            "endroit.", "Parking trop petit.", "Merci pour le suivi après ma sortie d'hôpital.")


def _answers(rng: random.Random, week_index: int) -> AnswerSet:
    lift = week_index / WEEKS             # the waiting time improves over the weeks (a visible trend)
    answers = {"appointment": rng.choice((2, 3, 4, 4, 5)), "welcome": rng.choice((4, 5, 5, 5, 3)),
               "waiting": min(5, rng.choice((1, 2, 2, 3, 3, 4)) + round(lift * 1.5)),
               "listening": rng.choice((4, 5, 5)), "information": rng.choice((3, 4, 4, 5, 5)),
               "coordination": rng.choice((3, 4, 4, 5)), "recommend": rng.random() < 0.88}
    if rng.random() < 0.12:
        del answers["coordination"]       # left blank on some questionnaires
    return AnswerSet(answers, rng.choice(COMMENTS) if rng.random() < 0.15 else None)


def add_demo_survey(ctx: ServiceContext, ids: dict[str, int]) -> None:
    """Answers over the last eight weeks (paper batches and kiosk), as the practice would have them."""
    rng = random.Random(49)
    today = recurrence.today_local()
    survey.configure(ctx, form_url="https://msp-tilleuls.example/avis", definition=None)
    for i in range(WEEKS):
        day = today - timedelta(weeks=WEEKS - 1 - i)
        batch = [_answers(rng, i) for _ in range(rng.randint(4, 9))]
        survey.record_paper_batch(ctx, survey.iso_week(day), batch, today=today)
        for _ in range(rng.randint(2, 6)):
            survey.record_kiosk_answer(ctx, _answers(rng, i), today=day)
