"""The demo practice shows the directory: a dozen local resources of every kind with fictitious contacts marked
"démo", two pathways with their steps, and a referral to the DAC whose pathway's steps are tasks; and the two
resources (one with a pathway) a partner practice of the CPTS shared as a package (``demo.exchange``)."""

from __future__ import annotations

from app.services.coordination import referrals
from app.services.demo.practice import create_demo_practice
from app.services.directory import follow, resources
from app.services.directory.resource_input import KINDS
from app.services.kernel.context import ServiceContext
from tests.conftest import TEST_KDF


def test_demo_directory(tmp_path):
    (tmp_path / "demo").mkdir()
    db, doctor, _folder = create_demo_practice(tmp_path / "demo", patients=20, kdf=TEST_KDF)
    try:
        ctx = ServiceContext(db, doctor)
        rows = resources.list_resources(ctx)
        assert len(rows) == 12 + 2 and {r.kind for r in rows} == set(KINDS)
        assert all("démo" in r.name for r in rows)
        assert all(r.email is None or r.email.endswith(".example") for r in rows)
        assert sum(r.pathway_count for r in rows) == 2 + 1
        referral = next(r for r in referrals.list_referrals(ctx) if r.directory_resource_id is not None)
        titles = [t[1] for t in follow.pathway_tasks(ctx, referral.id)]
        assert titles[0] == "Adresser au DAC: Appeler le DAC et envoyer la fiche d'orientation" and len(titles) == 4
    finally:
        db.close()
