"""The team's maturity self-assessment: two members, two periods, exact aggregates per axis; each member sees only
their own answers, the coordinator everyone's; bad input (level out of range, unknown axis, closed period, missing
axis, stale version) is refused with the field named and nothing stored; the PDF read back (FR and DE)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from sqlmodel import func, select

from app.models.maturity import MaturityAnswer, MaturityAnswerSet
from app.services.coordination import maturity, maturity_grid, maturity_pdf, maturity_results
from app.services.coordination.maturity import AnswerInput, PeriodInput
from app.services.errors import AccessDenied, StaleRecordError, ValidationError
from tests.support import in_english

AXES = maturity_grid.load().axis_keys


def answers(*levels, comment=None):
    return [AnswerInput(axis, level, comment) for axis, level in zip(AXES, levels, strict=True)]


def counts(practice) -> tuple[int, int]:
    with practice.db.session() as s:
        return (s.exec(select(func.count()).select_from(MaturityAnswerSet)).one(),
                s.exec(select(func.count()).select_from(MaturityAnswer)).one())


@pytest.fixture
def rounds(practice):
    coord = practice.ctx["coordinator"]
    first = maturity.open_period(coord, PeriodInput("2026 S1", "01.01.2026", "30.06.2026"))
    second = maturity.open_period(coord, PeriodInput("2026 S2", "01.07.2026", "31.12.2026"))
    return first, second


def test_the_grid_is_data_with_its_source():
    grid = maturity_grid.load()
    assert AXES == ("health_project", "team_work", "information_system", "patient_involvement")
    assert (grid.lowest, grid.highest) == (1, 4)
    assert "has-sante.fr" in grid.source_url and "2012" in grid.source_edition
    assert "translations" in grid.translations and grid.verify_note
    assert grid.axis_label("team_work", "de") == "Interprofessionelle Teamarbeit"


def test_two_members_two_periods_aggregated_per_axis(practice, rounds):
    first, second = rounds
    doc, nurse = practice.ctx["physician"], practice.ctx["nurse"]
    assert maturity.submit_answers(doc, first, answers(1, 2, 3, 1, comment="à revoir")) == 1
    assert maturity.submit_answers(nurse, first, answers(2, 2, 4, 2)) == 1
    maturity.close_period(practice.ctx["coordinator"], first, 1)
    maturity.submit_answers(doc, second, answers(3, 3, 3, 2))
    maturity.submit_answers(nurse, second, answers(4, 2, 4, 1))
    # the physician changes their mind: the set is replaced, its version goes up
    assert maturity.submit_answers(doc, second, answers(2, 3, 3, 2), version=1) == 2

    res = maturity_results.compute(practice.ctx["coordinator"])
    s1, s2 = res.periods
    assert (s1.label, s1.closed, s1.respondents, s2.label, s2.closed, s2.respondents) == (
        "2026 S1", True, 2, "2026 S2", False, 2)
    figures = {p.label: {a.axis: (a.mean, a.lowest, a.highest, a.respondents) for a in p.axes} for p in res.periods}
    assert figures == {
        "2026 S1": {"health_project": (1.5, 1, 2, 2), "team_work": (2.0, 2, 2, 2),
                    "information_system": (3.5, 3, 4, 2), "patient_involvement": (1.5, 1, 2, 2)},
        "2026 S2": {"health_project": (3.0, 2, 4, 2), "team_work": (2.5, 2, 3, 2),
                    "information_system": (3.5, 3, 4, 2), "patient_involvement": (1.5, 1, 2, 2)}}
    assert counts(practice) == (4, 16)


def test_a_period_nobody_answered_has_no_figures(practice, rounds):
    res = maturity_results.compute(practice.ctx["physician"])
    assert [(a.mean, a.respondents) for a in res.periods[0].axes] == [(None, 0)] * 4


def test_each_member_sees_their_own_answers_the_coordinator_everyones(practice, rounds):
    first, _ = rounds
    doc, nurse, coord = practice.ctx["physician"], practice.ctx["nurse"], practice.ctx["coordinator"]
    maturity.submit_answers(doc, first, answers(1, 2, 3, 4, comment="réunions irrégulières"))
    assert maturity.my_answers(nurse, first) is None
    mine = maturity.my_answers(doc, first)
    assert [a.level for a in mine.answers] == [1, 2, 3, 4] and mine.answers[0].comment == "réunions irrégulières"
    everyone = maturity.member_answers(coord, first)
    assert [(v.staff_name, v.level_of("team_work")) for v in everyone] == [("Test Physician", 2)]
    for role in ("physician", "nurse", "pharmacist"):
        with pytest.raises(AccessDenied):
            maturity.member_answers(practice.ctx[role], first)
    for role in ("nurse", "medical_assistant", "pharmacist"):
        with pytest.raises(AccessDenied):
            maturity_results.compute(practice.ctx[role])
    with pytest.raises(AccessDenied):
        maturity.submit_answers(practice.ctx["admin"], first, answers(1, 1, 1, 1))
    with pytest.raises(AccessDenied):
        maturity.open_period(doc, PeriodInput("x", "01.01.2026", "02.01.2026"))


@pytest.mark.parametrize(("given", "field", "code", "english"), [
    (answers(1, 5, 1, 1), "answers[2].level", "out_of_range", "Axis 2 — level: must be between 1 and 4"),
    (answers(0, 1, 1, 1), "answers[1].level", "out_of_range", "Axis 1 — level: must be between 1 and 4"),
    (answers(1, "deux", 1, 1), "answers[2].level", "not_a_whole_number", "Axis 2 — level: must be a whole number"),
    (answers(1, None, 1, 1), "answers[2].level", "required", "Axis 2 — level: is required"),
    (answers(1, 1, 1, 1)[:3] + [AnswerInput("team_life", 2)], "answers[4].axis", "coordination.maturity_unknown_axis",
     "Axis 4 — axis: «team_life» is not an axis of the grid"),
    (answers(1, 1, 1, 1)[:3] + [AnswerInput("team_work", 2)], "answers[4].axis",
     "coordination.maturity_duplicate_axis", "Axis 4 — axis: the axis «team_work» is answered twice"),
    (answers(1, 1, 1, 1)[:2], "answers", "coordination.maturity_incomplete",
     "Answers: every axis needs a level (2 not answered)"),
    (answers(1, 1, 1, 1, comment="x" * 1001), "answers[1].comment", "too_long",
     "Axis 1 — Comment: is too long (at most 1000 characters)"),
])
def test_bad_answers_are_refused_and_nothing_is_stored(practice, rounds, given, field, code, english):
    with pytest.raises(ValidationError) as err:
        maturity.submit_answers(practice.ctx["nurse"], rounds[0], given)
    assert (err.value.field, err.value.code) == (field, code)
    assert in_english(err.value).endswith(english)
    assert counts(practice) == (0, 0)


def test_a_closed_period_takes_no_answer_and_a_stale_version_is_refused(practice, rounds):
    first, second = rounds
    coord, nurse = practice.ctx["coordinator"], practice.ctx["nurse"]
    maturity.close_period(coord, first, 1)
    with pytest.raises(ValidationError) as err:
        maturity.submit_answers(nurse, first, answers(1, 1, 1, 1))
    assert (err.value.field, err.value.code) == ("period_id", "coordination.maturity_period_closed")
    assert "closed" in in_english(err.value)
    with pytest.raises(StaleRecordError):
        maturity.close_period(coord, second, 7)
    maturity.submit_answers(nurse, second, answers(1, 1, 1, 1))
    with pytest.raises(StaleRecordError):
        maturity.submit_answers(nurse, second, answers(4, 4, 4, 4), version=None)
    assert [a.level for a in maturity.my_answers(nurse, second).answers] == [1, 1, 1, 1]
    assert counts(practice) == (1, 4)


def test_a_period_needs_a_name_and_dates_in_order(practice):
    coord = practice.ctx["coordinator"]
    with pytest.raises(ValidationError) as err:
        maturity.open_period(coord, PeriodInput("", "01.01.2026", "30.06.2026"))
    assert err.value.field == "label"
    with pytest.raises(ValidationError) as err:
        maturity.open_period(coord, PeriodInput("S1", "01.07.2026", "30.06.2026"))
    assert (err.value.field, err.value.code) == ("ends_on", "coordination.period_reversed")
    assert maturity.list_periods(coord) == []


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) not installed")
@pytest.mark.parametrize(("lang", "words"), [
    ("fr", ["Autoévaluation de la maturité de l'équipe", "Travail en équipe pluriprofessionnelle", "2,5 (2–3), n = 2",
            "Haute Autorité de Santé", "Échelle des niveaux"]),
    ("de", ["Selbstbewertung der Reife des Teams", "Interprofessionelle Teamarbeit", "2,5 (2–3), n = 2",
            "Haute Autorité de Santé", "Stufenskala"]),
])
def test_the_pdf_reads_back(practice, rounds, tmp_path, lang, words):
    first, second = rounds
    for ctx, levels in ((practice.ctx["physician"], (1, 2, 3, 1)), (practice.ctx["nurse"], (2, 3, 4, 2))):
        maturity.submit_answers(ctx, first, answers(*levels))
        maturity.submit_answers(ctx, second, answers(*levels))
    data = maturity_results.export_pdf(practice.ctx["coordinator"], lang)
    assert data.startswith(b"%PDF")
    (tmp_path / "m.pdf").write_bytes(data)
    text = " ".join(subprocess.run(["pdftotext", "-layout", str(tmp_path / "m.pdf"), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    for word in words:
        assert " ".join(word.split()) in text, word


def test_the_pdf_without_any_period():
    empty = maturity_results.MaturityResults(maturity_grid.load(), [])
    assert maturity_pdf.render(empty, "MSP", "Test", "de").startswith(b"%PDF")
