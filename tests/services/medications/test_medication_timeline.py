"""The anticholinergic burden and risk timeline, rebuilt from a two-year medication history."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import select

from app.models.audit import AuditEvent
from app.models.knowledge import KnowledgeEdition
from app.models.medication import MedicationLineVersion
from app.services.errors import AccessDenied, NotFoundError
from app.services.medications import knowledge_update, timeline
from app.services.medications import medication_list as medications
from app.services.medications.medication_list import MedicationInput, Posology
from tests.services.medications.ansm_files import entry, shipped_pack, source_entries, write
from tests.services.medications.test_medication_check import make_patient

T = date.today()


def _day(days_ago: int) -> date:
    return T - timedelta(days=days_ago)


def _add(practice, pid, atc, name, strength, days_ago, **doses) -> int:
    return medications.add_medication(practice.ctx["physician"], pid, MedicationInput(
        atc=atc, substances=name, strength=strength,
        posology=Posology(start_date=_day(days_ago), unit="tablet", **(doses or {"dose_morning": "1"}))))


def _stop(practice, line_id, days_ago) -> None:
    row = next(r for r in medications.list_current(practice.ctx["physician"], practice.pid) if r.id == line_id)
    medications.stop_medication(practice.ctx["physician"], line_id, row.version, "Revue de médication",
                                _day(days_ago))


def _backdate_last_version(practice, line_id, days_ago) -> None:
    """A change recorded ``days_ago`` (the service stamps now: the test sets the day the history says)."""
    with practice.db.session() as s:
        version = s.exec(select(MedicationLineVersion).where(MedicationLineVersion.line_id == line_id)
                         .order_by(MedicationLineVersion.version.desc())).first()
        version.changed_at = datetime.combine(_day(days_ago), datetime.min.time(), UTC) + timedelta(hours=12)
        s.add(version)
        s.commit()


@pytest.fixture
def history(practice):
    return _history(practice)


def _history(practice) -> int:
    """Two years: furosemide (ACB 1), then oxybutynin (3), amitriptyline (3, dose raised), hydroxyzine (3); a review
    stops oxybutynin and hydroxyzine, then amitriptyline is replaced by sertraline (0)."""
    pid = practice.pid = make_patient(practice)
    _add(practice, pid, "C03CA01", "furosémide", "40 mg", 730)
    oxy = _add(practice, pid, "G04BD04", "oxybutynine", "5 mg", 600)
    ami = _add(practice, pid, "N06AA09", "amitriptyline", "25 mg", 420, dose_evening="1")
    hyd = _add(practice, pid, "N05BB01", "hydroxyzine", "25 mg", 300, dose_evening="1")
    row = next(r for r in medications.list_current(practice.ctx["physician"], pid) if r.id == ami)
    medications.change_medication(practice.ctx["physician"], ami, row.version,
                                  medications.with_posology(row, dose_evening="2"))
    _backdate_last_version(practice, ami, 200)
    _stop(practice, oxy, 120)
    _stop(practice, hyd, 120)
    _stop(practice, ami, 60)
    _add(practice, pid, "N06AB06", "sertraline", "50 mg", 60)
    return pid


def _points(result) -> dict[int, timeline.TimelinePoint]:
    return {(T - p.day).days: p for p in result.points}


def test_two_years_give_the_expected_scores_counts_and_changes_at_each_date(practice, history):
    result = timeline.medication_timeline(practice.ctx["pharmacist"], history)
    points = _points(result)
    assert list(points) == [730, 600, 420, 300, 200, 120, 60, 0]   # every day the list changed, and today
    # (anticholinergic score, lines, serious findings): the patient is 85, so the tricyclic (PRISCUS) and
    # hydroxyzine are to avoid, and two anticholinergic drugs together (STOPP M1)
    assert {d: (p.anticholinergic, p.drugs, p.serious) for d, p in points.items()} == {
        730: (1, 1, 0), 600: (4, 2, 0), 420: (7, 3, 2), 300: (10, 4, 3), 200: (10, 4, 3), 120: (4, 2, 1),
        60: (1, 2, 0), 0: (1, 2, 0)}
    changes = {d: [(c.kind, c.name) for c in p.changes] for d, p in points.items()}
    assert changes[730] == [("started", "furosémide")]
    assert changes[200] == [("dose_changed", "amitriptyline")]
    assert changes[120] == [("stopped", "hydroxyzine"), ("stopped", "oxybutynine")]
    assert changes[60] == [("started", "sertraline"), ("stopped", "amitriptyline")]
    assert changes[0] == []
    # no edition installed by the practice: every point is reviewed with today's knowledge, and says so
    assert {(p.basis, p.edition) for p in result.points} == {(timeline.TODAY, result.today_edition)}


def test_a_day_between_two_points_is_not_a_point_and_a_future_start_is_not_shown(practice, history):
    _add(practice, history, "R06AB04", "chlorphénamine", "4 mg", -10)   # starts in ten days
    points = _points(timeline.medication_timeline(practice.ctx["physician"], history))
    assert 500 not in points and -10 not in points and points[0].anticholinergic == 1


def _install(practice, path, edition, days_ago) -> None:
    knowledge_update.install_ansm(practice.ctx["pharmacist"], path, edition)
    with practice.db.session() as s:   # installed back then: the row keeps the day it was installed
        row = s.exec(select(KnowledgeEdition).where(KnowledgeEdition.edition == edition)).one()
        row.installed_at = datetime.combine(_day(days_ago), datetime.min.time(), UTC) + timedelta(hours=9)
        s.add(row)
        s.commit()


def test_each_point_uses_the_edition_in_force_that_day_else_todays(practice, history, tmp_path):
    base = source_entries(shipped_pack())
    # a fictitious contraindication, only in the 2023-09 edition (installed 90 days ago, replaced 30 days ago)
    with_pair = write(tmp_path / "a.json", [*base, entry("FUROSEMIDE", "SERTRALINE", ["contraindicated"])])
    _install(practice, with_pair, "2023-09", 90)
    _install(practice, write(tmp_path / "b.json", base), "2024-01", 30)
    result = timeline.medication_timeline(practice.ctx["physician"], history)
    points = _points(result)
    assert (points[60].basis, points[60].edition, points[60].serious) == (timeline.IN_FORCE, "2023-09", 1)
    assert (points[0].basis, points[0].edition, points[0].serious) == (timeline.IN_FORCE, "2024-01", 0)
    # before the first installation the edition then in force is not kept: today's is used, and labelled so
    assert (points[120].basis, points[120].edition, points[120].serious) == (timeline.TODAY, "2024-01", 1)
    assert result.today_edition == "2024-01"


def test_the_read_is_audited_and_checked(practice, history):
    timeline.medication_timeline(practice.ctx["nurse"], history)
    with practice.db.session() as s:
        assert s.exec(select(AuditEvent).where(AuditEvent.action == "medication.timeline",
                                               AuditEvent.patient_id == history)).first() is not None
    with pytest.raises(AccessDenied):
        timeline.medication_timeline(practice.ctx["coordinator"], history)
    with pytest.raises(NotFoundError):
        timeline.medication_timeline(practice.ctx["physician"], 9999)


def test_a_line_without_snapshots_counts_from_its_start(practice):
    pid = practice.pid = make_patient(practice)
    line = _add(practice, pid, "G04BD04", "oxybutynine", "5 mg", 100)
    with practice.db.session() as s:   # lines written before the history was kept have no snapshot
        for v in s.exec(select(MedicationLineVersion).where(MedicationLineVersion.line_id == line)).all():
            s.delete(v)
        s.commit()
    points = _points(timeline.medication_timeline(practice.ctx["physician"], pid))
    assert {d: (p.anticholinergic, p.drugs) for d, p in points.items()} == {100: (3, 1), 0: (3, 1)}


@pytest.mark.postgres
def test_the_same_history_on_postgresql(pg_practice):
    pid = _history(pg_practice)
    points = _points(timeline.medication_timeline(pg_practice.ctx["physician"], pid))
    assert {d: (p.anticholinergic, p.drugs, p.serious) for d, p in points.items()} == {
        730: (1, 1, 0), 600: (4, 2, 0), 420: (7, 3, 2), 300: (10, 4, 3), 200: (10, 4, 3), 120: (4, 2, 1),
        60: (1, 2, 0), 0: (1, 2, 0)}
