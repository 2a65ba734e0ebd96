"""The demo practice shows nurse-assisted teleconsultations: one booked (checklist open), one prepared (checklist
done), one concluded under a protocol with its conclusion in the patient's chart."""

from __future__ import annotations

from app.services.coordination import teleconsultation as tele
from app.services.demo.practice import create_demo_practice
from app.services.kernel.context import ServiceContext
from app.services.tasks import worklists
from tests.conftest import TEST_KDF


def test_demo_teleconsultations(tmp_path):
    (tmp_path / "demo").mkdir()
    db, doctor, _folder = create_demo_practice(tmp_path / "demo", patients=20, kdf=TEST_KDF)
    try:
        ctx = ServiceContext(db, doctor)
        rows = tele.list_teleconsultations(ctx, include_closed=True)
        assert sorted(r.status for r in rows) == ["booked", "concluded", "prepared"]
        booked = next(r for r in rows if r.status == "booked")
        assert booked.tasks_done == 0 < booked.tasks_total
        concluded = next(r for r in rows if r.status == "concluded")
        assert concluded.protocol_code == "fr-asalee" and "metformine" in concluded.conclusion
        note = worklists.chart_notes(ctx, concluded.patient_id)[0]
        assert "protocole fr-asalee" in note.text and "metformine" in note.text
        assert [r.status for r in tele.list_teleconsultations(ctx)] == ["booked", "prepared"]
    finally:
        db.close()
