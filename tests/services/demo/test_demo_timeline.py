"""The demo practice has a patient whose anticholinergic burden rises over two years, then falls after a review,
and a review worksheet for her (its report prints the timeline)."""

from __future__ import annotations

from sqlmodel import select

from app.models.medication import MedicationLine
from app.models.medication_review_sheet import MedicationReviewSheet
from app.services.demo.practice import create_demo_practice
from app.services.kernel.context import ServiceContext
from app.services.medications import timeline
from tests.conftest import TEST_KDF


def test_the_demo_timeline_rises_then_falls_after_the_review(tmp_path):
    db, doctor, _folder = create_demo_practice(tmp_path, kdf=TEST_KDF)
    try:
        with db.session() as s:
            pid = s.exec(select(MedicationLine.patient_id).where(MedicationLine.atc == "G04BD12")).one()
            assert s.exec(select(MedicationReviewSheet).where(MedicationReviewSheet.patient_id == pid)).first()
        points = timeline.medication_timeline(ServiceContext(db, doctor), pid).points
        scores = [p.anticholinergic for p in points]
        assert scores == [1, 4, 7, 10, 10, 4, 4, 1, 1]
        review = points[5]   # the shared medication review: hydroxyzine stopped, oxybutynin replaced
        assert [(c.kind, c.name) for c in review.changes] == [
            ("started", "mirabégron"), ("stopped", "hydroxyzine"), ("stopped", "oxybutynine")]
        assert [c.kind for p in points for c in p.changes].count("dose_changed") == 2
    finally:
        db.close()
