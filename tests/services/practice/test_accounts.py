"""Logins: success, failures audited, back-off from the 5th failure, lock at the 10th."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.models.base import utcnow
from app.services.errors import AuthenticationError, ValidationError
from app.services.practice import accounts, audit_trail, staff
from app.services.practice.accounts import backoff_seconds
from tests.support import PASSWORD


def test_login_success_and_audit(practice):
    result = accounts.login(practice.ctx["admin"], "physician", PASSWORD)
    assert result.actor.roles == frozenset({"physician"}) and not result.must_change_password
    assert audit_trail.browse(practice.ctx["admin"], action_prefix="login.success")


def test_unknown_user_and_wrong_password_same_message(practice):
    with pytest.raises(AuthenticationError) as a:
        accounts.login(practice.ctx["admin"], "nobody", PASSWORD)
    with pytest.raises(AuthenticationError) as b:
        accounts.login(practice.ctx["admin"], "physician", "wrong password!!")
    assert a.value.code == b.value.code == "practice.login_failed" and a.value.params == b.value.params == {}
    failures = audit_trail.browse(practice.ctx["admin"], action_prefix="login.failure")
    assert len(failures) == 2 and all(r.outcome == "failure" for r in failures)


def test_backoff_then_lock(practice):
    ctx = practice.ctx["admin"]
    now = utcnow()
    for i in range(5):
        with pytest.raises(AuthenticationError):
            accounts.login(ctx, "nurse", "bad password here", now=now + timedelta(minutes=10 * i))
    # 5 failures: the next try within the back-off window is refused even with the right password.
    with pytest.raises(AuthenticationError) as err:
        accounts.login(ctx, "nurse", PASSWORD, now=now + timedelta(minutes=40, seconds=1))
    assert err.value.code == "practice.login_backoff" and 0 < err.value.params["wait_seconds"] <= 2
    t = now + timedelta(hours=1)
    for i in range(5):
        with pytest.raises(AuthenticationError):
            accounts.login(ctx, "nurse", "bad password here", now=t + timedelta(minutes=10 * i))
    with pytest.raises(AuthenticationError) as err:
        accounts.login(ctx, "nurse", PASSWORD, now=t + timedelta(hours=2))
    assert err.value.code == "practice.account_locked" and err.value.params == {"locked": True}
    staff.unlock(ctx, practice.staff_ids["nurse"])
    assert accounts.login(ctx, "nurse", PASSWORD).actor.username == "nurse"


def test_backoff_schedule():
    assert [backoff_seconds(n) for n in range(4, 9)] == [0, 2, 4, 8, 16]


def test_deactivated_account_cannot_log_in(practice):
    staff.set_active(practice.ctx["admin"], practice.staff_ids["coordinator"], False)
    with pytest.raises(AuthenticationError):
        accounts.login(practice.ctx["admin"], "coordinator", PASSWORD)


def test_reset_password_forces_change(practice):
    staff.reset_password(practice.ctx["admin"], practice.staff_ids["pharmacist"], "Temporary-pass-123")
    result = accounts.login(practice.ctx["admin"], "pharmacist", "Temporary-pass-123")
    assert result.must_change_password
    ctx = practice.ctx["admin"].as_actor(result.actor)
    with pytest.raises(ValidationError) as err:
        accounts.change_own_password(ctx, "Temporary-pass-123", "short")
    assert (err.value.field, err.value.code, err.value.params) == ("new_password", "too_short", {"min": 12})
    with pytest.raises(ValidationError) as err:
        accounts.change_own_password(ctx, "Temporary-pass-123", "Temporary-pass-123")
    assert (err.value.field, err.value.code) == ("new_password", "practice.password_unchanged")
    with pytest.raises(ValidationError) as err:
        accounts.change_own_password(ctx, "Not-the-current-one-1", "A-much-better-passphrase")
    assert (err.value.field, err.value.code) == ("old_password", "practice.wrong_current_password")
    accounts.change_own_password(ctx, "Temporary-pass-123", "A-much-better-passphrase")
    assert not accounts.login(practice.ctx["admin"], "pharmacist", "A-much-better-passphrase").must_change_password


def test_unlock_session_needs_own_password(practice):
    ctx = practice.ctx["physician"]
    accounts.record_lock(ctx, "Ctrl+L")
    with pytest.raises(AuthenticationError):
        accounts.unlock_session(ctx, "wrong password...")
    accounts.unlock_session(ctx, PASSWORD)
    actions = [r.action for r in audit_trail.browse(practice.ctx["admin"], action_prefix="session")]
    assert "session.lock" in actions and "session.unlock" in actions
