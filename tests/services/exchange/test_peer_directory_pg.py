"""Directory packages with the receiving practice on the PostgreSQL server: added, updated on a second package,
a local edit kept as a conflict then taken, a replay refused with nothing stored; and the same with the server
practice sending."""

from __future__ import annotations

import pytest

from app.services.errors import CordeeError
from app.services.exchange import peer_directory
from tests.services.exchange.directory_support import counts, directory_of, edit_resource, make_cpts, open_second

pytestmark = pytest.mark.postgres


def test_directory_packages_into_a_server_practice(pg_practice, tmp_path):
    sender, db = open_second(tmp_path, "sender.db")
    try:
        c = make_cpts(sender, pg_practice)
        send = lambda: peer_directory.export_package(sender.ctx["coordinator"], c.partner_in_a)  # noqa: E731
        first = send()
        done = peer_directory.apply_package(pg_practice.ctx["coordinator"], first)
        assert done.changes == 3 and directory_of(pg_practice) == directory_of(sender)
        dac = next(e for e, v in directory_of(sender).items() if v[0] == "dac")
        edit_resource(sender, dac, phone="02 99 99 99 99")
        assert [x.action for x in peer_directory.apply_package(pg_practice.ctx["coordinator"], send()).items
                if x.external_id == dac] == ["update"]
        edit_resource(pg_practice, dac, opening_hours="Lun–Ven 8h–18h")
        edit_resource(sender, dac, phone="02 88 88 88 88")
        package = send()
        kept = peer_directory.apply_package(pg_practice.ctx["coordinator"], package)
        assert kept.of("conflict")[0].external_id == dac and directory_of(pg_practice)[dac][3] == "Lun–Ven 8h–18h"
        before = counts(pg_practice)
        with pytest.raises(CordeeError) as caught:
            peer_directory.apply_package(pg_practice.ctx["coordinator"], package)
        assert caught.value.code == "exchange.peer_replayed" and counts(pg_practice) == before
        taken = peer_directory.apply_package(pg_practice.ctx["coordinator"], send(), take_theirs=[dac])
        assert taken.taken == (dac,) and directory_of(pg_practice) == directory_of(sender)
        # the way back: the server practice sends, the file practice receives
        edit_resource(pg_practice, dac, eligibility="Situations complexes, tout âge")
        back = peer_directory.export_package(pg_practice.ctx["coordinator"], c.partner_in_b)
        assert [x.action for x in peer_directory.apply_package(sender.ctx["coordinator"], back).items
                if x.external_id == dac] == ["update"]
        assert directory_of(sender) == directory_of(pg_practice)
    finally:
        db.close()
