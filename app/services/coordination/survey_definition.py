"""The patient survey's questionnaire as data: the default one (``resources/surveys/default.json``, with its source)
or the practice's own definition, validated with clear errors (field ``questionnaire``, the problem named)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.resources import resource_dir
from app.services.errors import ValidationError

KINDS = ("likert", "yes_no", "text")
LANGS = ("fr", "de", "en")
DEFAULT_FILE = resource_dir("surveys", "default.json")


@dataclass(frozen=True)
class Question:
    key: str
    kind: str                     # likert (1-5), yes_no, text (the free comment: at most one)
    text: dict[str, str]


@dataclass(frozen=True)
class Questionnaire:
    key: str
    version: str
    title: dict[str, str]
    intro: dict[str, str]
    source: str
    questions: tuple[Question, ...]

    def scored(self) -> tuple[Question, ...]:
        """The questions with a countable answer (Likert and yes/no), in order."""
        return tuple(q for q in self.questions if q.kind != "text")

    def comment_key(self) -> str | None:
        return next((q.key for q in self.questions if q.kind == "text"), None)


def _texts(value, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or not isinstance(value.get("fr"), str) or not value["fr"].strip():
        raise ValidationError("questionnaire", "coordination.survey_definition", problem=f"{where}: a French text (fr) is needed")
    texts = {lang: str(value.get(lang) or value["fr"]).strip() for lang in LANGS}
    if any(len(t) > 300 for t in texts.values()):
        raise ValidationError("questionnaire", "coordination.survey_definition", problem=f"{where}: text longer than 300 characters")
    return texts


def parse(data: str | dict) -> Questionnaire:
    """A checked questionnaire from its JSON text (or already decoded dict); ``ValidationError`` names the problem."""
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except ValueError as exc:
            raise ValidationError("questionnaire", "coordination.survey_definition", problem=f"not JSON ({exc})") from None
    if not isinstance(data, dict):
        raise ValidationError("questionnaire", "coordination.survey_definition", problem="not a JSON object")
    key, version = data.get("key"), data.get("version")
    if not isinstance(key, str) or not 0 < len(key) <= 40 or not isinstance(version, str) or not 0 < len(version) <= 20:
        raise ValidationError("questionnaire", "coordination.survey_definition", problem="key (≤ 40) and version (≤ 20) are needed")
    source = data.get("source")
    source_text = source.get("text") if isinstance(source, dict) else source
    if not isinstance(source_text, str) or not source_text.strip():
        raise ValidationError("questionnaire", "coordination.survey_definition", problem="a source is needed")
    raw = data.get("questions")
    if not isinstance(raw, list) or not 1 <= len(raw) <= 20:
        raise ValidationError("questionnaire", "coordination.survey_definition", problem="1 to 20 questions are needed")
    questions, seen = [], set()
    for i, item in enumerate(raw, 1):
        if not isinstance(item, dict) or item.get("kind") not in KINDS:
            raise ValidationError("questionnaire", "coordination.survey_definition",
                                  problem=f"question {i}: kind must be likert, yes_no or text")
        qkey = item.get("key")
        if not isinstance(qkey, str) or not qkey or len(qkey) > 40 or qkey in seen:
            raise ValidationError("questionnaire", "coordination.survey_definition",
                                  problem=f"question {i}: a unique key (≤ 40 characters) is needed")
        seen.add(qkey)
        questions.append(Question(qkey, item["kind"], _texts(item.get("text"), f"question {i}")))
    if sum(q.kind == "text" for q in questions) > 1:
        raise ValidationError("questionnaire", "coordination.survey_definition", problem="at most one free-text question")
    if not any(q.kind != "text" for q in questions):
        raise ValidationError("questionnaire", "coordination.survey_definition", problem="at least one Likert or yes/no question")
    return Questionnaire(key, version, _texts(data.get("title"), "title"),
                         _texts(data.get("intro") or data.get("title"), "intro"), source_text.strip(),
                         tuple(questions))


def default() -> Questionnaire:
    """The project's default questionnaire (its source and edition are in the file)."""
    return parse(DEFAULT_FILE.read_text(encoding="utf-8"))
