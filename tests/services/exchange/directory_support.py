"""Two practices of one CPTS that know each other's exchange card (``a`` sends its directory, ``b`` receives it), and
what a directory import may touch, counted to show that a refusal stored nothing."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlmodel import select

from app.models.audit import AuditEvent
from app.models.directory import DirectoryPathway, DirectoryPathwayStep, DirectoryResource
from app.models.exchange_peer import ExchangeDirectoryBaseline, ExchangeReceipt
from app.services.directory import pathways, resources
from app.services.directory.resource_input import PathwayInput, ResourceInput, StepInput
from app.services.storage.database import create_encrypted
from tests.conftest import PASSPHRASE, TEST_KDF
from tests.services.directory.helpers import dac_with_pathway
from tests.services.exchange.peer_support import add_card
from tests.support import build_practice

NURSING = ResourceInput(kind="home_nursing", name="Cabinet infirmier des Tilleuls", phone="02 00 00 00 02",
                        opening_hours="7 jours sur 7, 7h–20h", eligibility="Soins à domicile sur prescription")


@dataclass
class Cpts:
    a: object
    b: object
    partner_in_a: int          # b, as a partner of a
    partner_in_b: int          # a, as a partner of b
    dac: int                   # a's resources
    dac_pathway: int
    nursing: int


def open_second(tmp_path, name: str = "other.db"):
    db, recovery = create_encrypted(tmp_path / name, PASSPHRASE, kdf=TEST_KDF, use_keyring=False)
    return build_practice(db, tmp_path / name, recovery), db


def make_cpts(a, b) -> Cpts:
    dac, pathway = dac_with_pathway(a.ctx["coordinator"])
    nursing = resources.create_resource(a.ctx["coordinator"], NURSING)
    return Cpts(a, b, add_card(a, b), add_card(b, a), dac, pathway, nursing)


@pytest.fixture
def cpts(practice, tmp_path):
    other, db = open_second(tmp_path)
    yield make_cpts(practice, other)
    db.close()


def counts(fx) -> dict[str, int]:
    with fx.db.session() as s:
        return {m.__name__: len(s.exec(select(m)).all()) for m in (
            DirectoryResource, DirectoryPathway, DirectoryPathwayStep, ExchangeDirectoryBaseline, ExchangeReceipt,
            AuditEvent)}


def directory_of(fx) -> dict[str, tuple]:
    """Each resource by external id: its columns and its pathways (external id, name, steps)."""
    ctx = fx.ctx["coordinator"]
    out = {}
    for row in resources.list_resources(ctx, include_inactive=True):
        detail = resources.open_resource(ctx, row.id)
        out[row.external_id] = (row.kind, row.name, row.phone, row.opening_hours, row.eligibility, row.active,
                                tuple((p.external_id, p.name, tuple((s.label, s.pool_role, s.delay_days)
                                                                    for s in p.steps)) for p in detail.pathways))
    return out


def edit_resource(fx, external_id: str, **changes) -> None:
    ctx = fx.ctx["coordinator"]
    row = next(r for r in resources.list_resources(ctx, include_inactive=True) if r.external_id == external_id)
    data = row.as_input()
    for k, v in changes.items():
        setattr(data, k, v)
    resources.update_resource(ctx, row.id, row.version, data)


def edit_pathway(fx, external_id: str, name: str, steps: list[tuple[str, str, int]]) -> None:
    ctx = fx.ctx["coordinator"]
    for row in resources.list_resources(ctx, include_inactive=True):
        for p in resources.open_resource(ctx, row.id).pathways:
            if p.external_id == external_id:
                pathways.update_pathway(ctx, p.id, p.version, PathwayInput(name, [StepInput(*s) for s in steps]))
                return
    raise AssertionError(external_id)
