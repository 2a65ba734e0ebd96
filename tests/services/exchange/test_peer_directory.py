"""The directory shared between two practices of a CPTS as Cordée packages: all or selected resources with their
pathways; a second package updates what the first added (matched on the external id) instead of adding it twice;
a local edit is never overwritten silently (conflicts shown, kept unless the partner's version is taken)."""

from __future__ import annotations

import pytest
from sqlmodel import select

from app.models.audit import AuditEvent
from app.models.exchange_peer import ExchangeDirectoryBaseline
from app.services.directory import directory_csv, resources
from app.services.errors import AccessDenied, CordeeError, ValidationError
from app.services.exchange import peer_directory, peer_identity, peer_import, peer_package
from tests.services.exchange.directory_support import (  # noqa: F401  (fixture)
    counts,
    cpts,
    directory_of,
    edit_pathway,
    edit_resource,
)

STEPS = [("Call the DAC and send the referral form", "coordinator", 0), ("Home assessment with the DAC", "nurse", 7),
         ("Review the DAC's care plan proposal", "physician", 14)]


def _send(c, **options) -> bytes:
    return peer_directory.export_package(c.a.ctx["coordinator"], c.partner_in_a, **options)


def _actions(preview) -> dict[str, tuple[str, str]]:
    return {c.external_id: (c.record, c.action) for c in preview.items}


def _ext(c, resource_id: int) -> str:
    return resources.open_resource(c.a.ctx["coordinator"], resource_id).row.external_id


def test_the_directory_travels_and_lands_once(cpts):  # noqa: F811
    c = cpts
    package = _send(c)
    assert b"DAC" not in package and message_name(package) == "CORDEE/MESSAGE.JWE"     # encrypted
    before = counts(c.b)
    seen = peer_directory.preview_package(c.b.ctx["coordinator"], package)
    assert counts(c.b) == before                                                        # the preview stored nothing
    dac, nursing = _ext(c, c.dac), _ext(c, c.nursing)
    pathway = resources.open_resource(c.a.ctx["coordinator"], c.dac).pathways[0].external_id
    assert _actions(seen) == {dac: ("resource", "add"), nursing: ("resource", "add"), pathway: ("pathway", "add")}
    assert seen.partner == "MSP des Tilleuls" and seen.encrypted
    done = peer_directory.apply_package(c.b.ctx["coordinator"], package)
    assert done.changes == 3
    assert directory_of(c.b) == directory_of(c.a)                                       # same ids, same content
    with c.b.db.session() as s:
        assert {(b.record, b.external_id, b.direction) for b in s.exec(select(ExchangeDirectoryBaseline))} == {
            ("resource", dac, "in"), ("resource", nursing, "in"), ("pathway", pathway, "in")}
    # a second package of the same directory adds nothing: the ids match
    again = peer_directory.apply_package(c.b.ctx["coordinator"], _send(c))
    assert {a for _r, a in _actions(again).values()} == {"same"} and again.changes == 0
    assert directory_of(c.b) == directory_of(c.a)
    for fx, action in ((c.a, "directory.send"), (c.b, "directory.receive")):
        with fx.db.session() as s:
            assert s.exec(select(AuditEvent).where(AuditEvent.action == action)).first() is not None


def message_name(package: bytes) -> str:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(package)) as z:
        return next(n for n in z.namelist() if n.startswith("CORDEE/MESSAGE"))


def test_a_second_package_updates_what_was_not_edited_here(cpts):  # noqa: F811
    c = cpts
    peer_directory.apply_package(c.b.ctx["coordinator"], _send(c))
    dac = _ext(c, c.dac)
    pathway = resources.open_resource(c.a.ctx["coordinator"], c.dac).pathways[0].external_id
    edit_resource(c.a, dac, phone="02 99 99 99 99")
    edit_pathway(c.a, pathway, "Refer to the DAC (2026)", STEPS[:2])
    seen = peer_directory.preview_package(c.b.ctx["coordinator"], package := _send(c))
    assert _actions(seen)[dac] == ("resource", "update") and _actions(seen)[pathway] == ("pathway", "update")
    change = next(x for x in seen.items if x.external_id == dac)
    assert [(d.field, d.local, d.incoming) for d in change.differences] == [
        ("phone", "02 00 00 00 01", "02 99 99 99 99")]
    resources_before = len(resources.list_resources(c.b.ctx["coordinator"], include_inactive=True))
    peer_directory.apply_package(c.b.ctx["coordinator"], package)
    assert len(resources.list_resources(c.b.ctx["coordinator"], include_inactive=True)) == resources_before
    assert directory_of(c.b) == directory_of(c.a)


def test_a_local_edit_is_a_conflict_kept_unless_theirs_is_taken(cpts):  # noqa: F811
    c = cpts
    peer_directory.apply_package(c.b.ctx["coordinator"], _send(c))
    dac, nursing = _ext(c, c.dac), _ext(c, c.nursing)
    edit_resource(c.b, dac, opening_hours="Lun–Ven 8h–18h")               # edited here
    edit_resource(c.a, dac, phone="02 99 99 99 99")                        # and there
    edit_resource(c.b, nursing, eligibility="Sur prescription, canton")   # edited here only
    package = _send(c)
    seen = peer_directory.preview_package(c.b.ctx["coordinator"], package)
    assert _actions(seen)[dac] == ("resource", "conflict") and _actions(seen)[nursing] == ("resource", "kept")
    conflict = seen.of("conflict")[0]
    assert {(d.field, d.local, d.incoming) for d in conflict.differences} == {
        ("phone", "02 00 00 00 01", "02 99 99 99 99"), ("opening_hours", "Lun–Ven 8h–18h", "Mon–Fri 9:00–17:00")}
    mine = directory_of(c.b)
    done = peer_directory.apply_package(c.b.ctx["coordinator"], package)              # conflicts kept by default
    assert done.taken == () and directory_of(c.b) == mine
    # the next package still shows the conflict; taking the partner's version this time
    package = _send(c)
    assert _actions(peer_directory.preview_package(c.b.ctx["coordinator"], package))[dac] == ("resource",
                                                                                              "conflict")
    done = peer_directory.apply_package(c.b.ctx["coordinator"], package, take_theirs=[dac])
    assert done.taken == (dac,)
    assert directory_of(c.b)[dac] == directory_of(c.a)[dac]
    assert directory_of(c.b)[nursing] == mine[nursing]                     # the edit made here only: kept


def test_taking_theirs_for_what_is_no_conflict_is_refused(cpts):  # noqa: F811
    c = cpts
    package = _send(c)
    before = counts(c.b)
    with pytest.raises(ValidationError) as caught:
        peer_directory.apply_package(c.b.ctx["coordinator"], package, take_theirs=[_ext(c, c.dac)])
    assert (caught.value.field, caught.value.code) == ("take_theirs", "exchange.peer_directory_not_conflict")
    assert counts(c.b) == before


def test_records_never_shared_but_with_the_same_id_are_conflicts(cpts):  # noqa: F811
    """A directory first shared by CSV, then edited on one side: the package cannot know who is right."""
    c = cpts
    parsed = directory_csv.parse_csv(directory_csv.export_csv(c.a.ctx["coordinator"]))
    directory_csv.apply_import(c.b.ctx["coordinator"], parsed)
    dac = _ext(c, c.dac)
    edit_resource(c.a, dac, name="DAC Val-de-Loire")
    seen = peer_directory.preview_package(c.b.ctx["coordinator"], _send(c))
    assert _actions(seen)[dac] == ("resource", "conflict")
    assert {a for e, (_r, a) in _actions(seen).items() if e != dac} == {"same"}


def test_selected_resources_and_the_way_back(cpts):  # noqa: F811
    c = cpts
    package = _send(c, resource_ids=[c.nursing], encrypt=False)
    assert message_name(package) == "CORDEE/MESSAGE.JWS"
    done = peer_directory.apply_package(c.b.ctx["coordinator"], package)
    assert list(directory_of(c.b)) == [_ext(c, c.nursing)] and not done.encrypted
    # b edits what it received and sends it back: a, unchanged since it sent it, takes the update silently
    nursing = _ext(c, c.nursing)
    edit_resource(c.b, nursing, phone="02 11 11 11 11")
    back = peer_directory.export_package(c.b.ctx["coordinator"], c.partner_in_b)
    seen = peer_directory.apply_package(c.a.ctx["coordinator"], back)
    assert _actions(seen) == {nursing: ("resource", "update")}
    assert directory_of(c.a)[nursing][2] == "02 11 11 11 11"


def test_sending_needs_an_active_partner_and_a_resource(cpts):  # noqa: F811
    c = cpts
    with pytest.raises(ValidationError) as caught:
        _send(c, resource_ids=[])
    assert caught.value.code == "exchange.peer_directory_empty"
    with pytest.raises(CordeeError) as caught:
        _send(c, resource_ids=[999_999])
    assert caught.value.code == "not_found"
    partner = next(p for p in peer_identity.partners(c.a.ctx["admin"]) if p.id == c.partner_in_a)
    peer_identity.revoke_partner(c.a.ctx["admin"], partner.id, partner.version)
    with pytest.raises(ValidationError) as caught:
        _send(c)
    assert caught.value.code == "exchange.peer_partner_revoked"


def test_importing_needs_the_right_to_edit_the_directory(cpts):  # noqa: F811
    c = cpts
    package = _send(c)
    before = counts(c.b)
    with pytest.raises(AccessDenied):
        peer_directory.apply_package(c.b.ctx["nurse"], package)
    assert counts(c.b) == before


def test_the_kinds_of_packages_go_to_their_own_import(cpts):  # noqa: F811
    c = cpts
    package = _send(c)
    assert peer_package.is_peer_package(package)
    assert peer_import.package_kind(c.b.ctx["physician"], package) == "directory"
    before = counts(c.b)
    with pytest.raises(CordeeError) as caught:
        peer_import.apply_package(c.b.ctx["physician"], package)
    assert caught.value.code == "exchange.peer_directory_package" and counts(c.b) == before


def test_the_watched_folder_leaves_a_directory_package_to_a_person(cpts, tmp_path):  # noqa: F811
    from app.services.exchange import peer_folder

    c = cpts
    (tmp_path / "directory.zip").write_bytes(_send(c))
    before = counts(c.b)
    result = peer_folder.scan_incoming(c.b.ctx["physician"], tmp_path, settle_seconds=0)
    assert result.refused == [("directory.zip", "exchange.peer_directory_package")] and counts(c.b) == before
    assert (tmp_path / "refused" / "directory.zip").exists()
    assert peer_directory.apply_package(c.b.ctx["coordinator"], (tmp_path / "refused" / "directory.zip")
                                        .read_bytes()).changes == 3           # imported by hand from there
