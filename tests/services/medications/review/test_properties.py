"""Property tests: order independence, symmetric pair rules, monotonicity when adding unrelated drugs."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.medications.review import SEVERITY_RANK, load_knowledge, review
from app.services.medications.review.matching import matches

from .helpers import med, patient

POOL = ["B01AA03", "B01AF02", "M01AE01", "M01AB05", "B01AC06", "B01AC04", "A02BC01", "A02BC02", "C09AA05", "C09CA01",
        "C03CA01", "C03DA01", "A12BA01", "N05AN01", "N06AB04", "N06AB05", "N06AB06", "N02AX02", "N05BA01", "N05BB01",
        "N02AA05", "C07AA07", "C07AB07", "J01FA09", "C10AA01", "C10AA05", "M04AC01", "C01AA05", "C01BD01", "C08DA01",
        "A10BA02", "G04BD07", "R06AB04", "J01CA04", "J01MA02", "H02AB06", "L04AX03", "N03AX16", "N05AH04", "S01ED01"]
# not laxatives: a regular opioid without a laxative is a finding (STOPP v3 L2), so a laxative is related
UNRELATED = ["A11DA01", "A11EA", "A11HA03", "A11JB", "A11AA03"]

meds_strategy = st.lists(st.sampled_from(POOL), min_size=0, max_size=12, unique=True)
patients = st.builds(
    patient, age=st.one_of(st.none(), st.integers(18, 99)), sex=st.sampled_from(["F", "M"]),
    egfr=st.one_of(st.none(), st.integers(5, 120)), weight_kg=st.one_of(st.none(), st.integers(40, 120)),
    creatinine_umol_l=st.one_of(st.none(), st.integers(50, 400)),
    conditions=st.lists(st.sampled_from(["I50.9", "J45", "N18.5", "G30.1", "I25.1"]), max_size=2),
    allergies=st.lists(st.sampled_from(["J01C", "B01AC06", "J01CA04"]), max_size=1))
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_unrelated_pool_really_is_unrelated():
    kb = load_knowledge()
    for code in UNRELATED:
        for index in (kb.ddi_index, kb.dup_index, kb.elderly_index, kb.renal_index, kb.dd_index, kb.acb_index):
            assert not index.lookup(code), code
        assert kb.ansm.code_terms(code) == (frozenset(), frozenset()), code
        assert not [r for r in kb.elderly if "_unless" in r and matches(code, r["_unless"])], code


@SETTINGS
@given(patients, meds_strategy, st.randoms())
def test_order_of_medications_does_not_change_findings(ctx, codes, rnd):
    shuffled = list(codes)
    rnd.shuffle(shuffled)
    assert review(ctx, [med(c) for c in codes]) == review(ctx, [med(c) for c in shuffled])


@SETTINGS
@given(patients, meds_strategy, st.sampled_from(UNRELATED))
def test_adding_an_unrelated_drug_never_removes_a_finding(ctx, codes, extra):
    before = review(ctx, [med(c) for c in codes])
    after = review(ctx, [med(c) for c in codes + [extra]])
    after_set = set(after)
    for f in before:
        if f.kind == "polypharmacy":
            poly = [g for g in after if g.kind == "polypharmacy"]
            assert poly and SEVERITY_RANK[poly[0].severity] >= SEVERITY_RANK[f.severity]
        else:
            assert f in after_set, f


def _plain_pair_rules():
    kb = load_knowledge()
    out = []
    for rule in kb.ddi:
        if any(k in rule for k in ("dose", "require_conditions", "exclude_conditions")):
            continue
        a = [p for p, excl in rule["_a"] if len(p) == 7 and not excl]
        b = [p for p, excl in rule["_b"] if len(p) == 7 and not excl and p not in a]
        if a and b:
            out.append((rule, a[0], b[0]))
    return out


PAIR_RULES = _plain_pair_rules()


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(PAIR_RULES), patients)
def test_pair_rule_fires_whichever_side_comes_first(item, ctx):
    rule, a, b = item
    forward = review(ctx, [med(a), med(b)])
    backward = review(ctx, [med(b), med(a)])
    assert forward == backward
    hits = [f for f in forward if f.kind == "interaction" and set(f.atc) == {a, b}]
    assert hits and SEVERITY_RANK[hits[0].severity] >= SEVERITY_RANK[rule["severity"]], (rule["id"], a, b)
