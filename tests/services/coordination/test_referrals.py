"""Referrals: the lifecycle (every allowed and forbidden move), advice-only referrals, overdue and booked-late
flags, delays, bad input on every field (named, nothing stored), stale saves."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from app.models.coordination import Referral
from app.services.coordination import referrals
from app.services.coordination.referrals import ReferralInput, ReferralTransitionError
from app.services.errors import AccessDenied, StaleRecordError, ValidationError
from tests.services.coordination.test_hospital_events import add_patient
from tests.support import in_english

TODAY = date(2026, 6, 15)


def new(practice, priority="p2_7d", requested_on="10.06.2026", **extra) -> int:
    pid = extra.pop("pid", None) or add_patient(practice)
    return referrals.create_referral(practice.ctx["physician"], pid, ReferralInput(
        recipient="Dr Lambert, cardiologue", specialty="cardiologie", priority=priority,
        clinical_question="Souffle systolique récent, dyspnée d'effort", requested_on=requested_on, **extra),
        today=TODAY)


def row(practice, rid):
    return next(r for r in referrals.list_referrals(practice.ctx["coordinator"], today=TODAY) if r.id == rid)


def test_full_lifecycle_and_delay(practice):
    rid = new(practice)
    r = row(practice, rid)
    assert r.status == "requested" and r.due_by == date(2026, 6, 17) and not r.overdue
    v = referrals.advance(practice.ctx["medical_assistant"], rid, 1, "booked", on="16.06.2026", today=TODAY)
    v = referrals.advance(practice.ctx["medical_assistant"], rid, v, "booked", on="18.06.2026", today=TODAY)
    assert row(practice, rid).booked_late
    v = referrals.advance(practice.ctx["nurse"], rid, v, "seen", on="15.06.2026", today=TODAY)
    v = referrals.advance(practice.ctx["physician"], rid, v, "report_received", on="15.06.2026",
                          answer="Rétrécissement aortique modéré; écho à 6 mois", today=TODAY)
    r = row(practice, rid)
    assert (r.status, r.delay_days, r.answer[:12]) == ("report_received", 5, "Rétrécisseme")


FORBIDDEN = [("requested", "report_received"), ("requested", "requested"), ("booked", "report_received"),
             ("booked", "requested"), ("seen", "booked"), ("seen", "cancelled"), ("seen", "seen"),
             ("report_received", "seen"), ("report_received", "cancelled"), ("cancelled", "booked")]
PATH = {"requested": [], "booked": [("booked", "12.06.2026")], "seen": [("seen", "12.06.2026")],
        "report_received": [("seen", "12.06.2026"), ("report_received", "13.06.2026")],
        "cancelled": [("cancelled", None)]}


def _walk(practice, rid, steps) -> int:
    v = 1
    for status, on in steps:
        v = referrals.advance(practice.ctx["physician"], rid, v, status, on=on, answer="ok", reason="patient refuses",
                              today=TODAY)
    return v


@pytest.mark.parametrize("start,target", FORBIDDEN)
def test_forbidden_transitions(practice, start, target):
    rid = new(practice)
    v = _walk(practice, rid, PATH[start])
    with pytest.raises(ReferralTransitionError) as err:
        referrals.advance(practice.ctx["physician"], rid, v, target, on="14.06.2026", answer="x", reason="x",
                          today=TODAY)
    assert (err.value.field, err.value.code) == ("status", "coordination.referral_transition")
    assert (err.value.params["referral_from"], err.value.params["referral_to"]) == (start, target)
    assert "cannot become" in in_english(err.value)


def test_advice_only_goes_straight_to_the_answer(practice):
    rid = new(practice, priority="advice")
    with pytest.raises(ReferralTransitionError):
        referrals.advance(practice.ctx["physician"], rid, 1, "booked", on="14.06.2026", today=TODAY)
    referrals.advance(practice.ctx["physician"], rid, 1, "report_received", on="14.06.2026",
                      answer="Pas d'indication à une consultation", today=TODAY)
    assert row(practice, rid).delay_days == 4


def test_overdue_per_priority_and_filter(practice):
    pid = add_patient(practice)
    late = new(practice, priority="p1_48h", requested_on="12.06.2026", pid=pid)      # due 14.06: overdue
    on_time = new(practice, priority="p1_48h", requested_on="13.06.2026", pid=pid)   # due 15.06: not yet
    scheduled = new(practice, priority="p3_scheduled", requested_on="01.04.2026", pid=pid)  # due 30.06
    seen = new(practice, priority="p1_48h", requested_on="01.06.2026", pid=pid)
    referrals.advance(practice.ctx["physician"], seen, 1, "seen", on="02.06.2026", today=TODAY)
    overdue = referrals.list_referrals(practice.ctx["coordinator"], overdue_only=True, today=TODAY)
    assert [r.id for r in overdue] == [late]
    every = referrals.list_referrals(practice.ctx["coordinator"], today=TODAY)
    assert every[0].id == late and {r.id for r in every} == {late, on_time, scheduled, seen}


BAD = [({"recipient": ""}, "recipient", "required"), ({"recipient": "x" * 201}, "recipient", "too_long"),
       ({"specialty": "x" * 101}, "specialty", "too_long"), ({"priority": "p0"}, "priority",
                                                            "coordination.referral_priority"),
       ({"clinical_question": " "}, "clinical_question", "required"),
       ({"clinical_question": "x" * 5001}, "clinical_question", "too_long"),
       ({"requested_on": "16.06.2026"}, "requested_on", "coordination.request_date"),
       ({"requested_on": "01.01.2020"}, "requested_on", "coordination.request_date"),
       ({"requested_on": "32.01.2026"}, "requested_on", "not_a_calendar_date")]


@pytest.mark.parametrize("change,field,code", BAD)
def test_bad_input_names_the_field_and_stores_nothing(practice, change, field, code):
    pid = add_patient(practice)
    values = dict(recipient="Dr X", priority="p2_7d", clinical_question="Q?", requested_on="10.06.2026")
    values.update(change)
    with pytest.raises(ValidationError) as err:
        referrals.create_referral(practice.ctx["physician"], pid, ReferralInput(**values), today=TODAY)
    assert (err.value.field, err.value.code) == (field, code)
    with practice.db.session() as s:
        assert s.exec(select(Referral)).all() == []


@pytest.mark.parametrize("status,kwargs,field,code", [
    ("booked", {"on": None}, "booked_for", "required"),
    ("booked", {"on": "01.06.2026"}, "booked_for", "coordination.before_request"),
    ("booked", {"on": "01.08.2027"}, "booked_for", "coordination.booked_too_late"),
    ("seen", {"on": "20.06.2026"}, "seen_on", "future_date"),
    ("cancelled", {"reason": ""}, "cancel_reason", "required"),
    ("lost", {}, "status", "coordination.not_referral_status")])
def test_bad_transition_input(practice, status, kwargs, field, code):
    rid = new(practice)
    with pytest.raises(ValidationError) as err:
        referrals.advance(practice.ctx["physician"], rid, 1, status, today=TODAY, **kwargs)
    assert (err.value.field, err.value.code) == (field, code)
    assert row(practice, rid).status == "requested" and row(practice, rid).version == 1


def test_report_needs_answer_stale_and_access(practice):
    rid = new(practice)
    v = referrals.advance(practice.ctx["physician"], rid, 1, "seen", on="12.06.2026", today=TODAY)
    with pytest.raises(ValidationError) as err:
        referrals.advance(practice.ctx["physician"], rid, v, "report_received", on="13.06.2026", today=TODAY)
    assert err.value.field == "answer"
    with pytest.raises(StaleRecordError):
        referrals.advance(practice.ctx["physician"], rid, 1, "report_received", on="13.06.2026", answer="a")
    with pytest.raises(AccessDenied):
        referrals.create_referral(practice.ctx["nurse"], add_patient(practice), ReferralInput())
    with pytest.raises(AccessDenied):
        referrals.advance(practice.ctx["pharmacist"], rid, v, "report_received")
