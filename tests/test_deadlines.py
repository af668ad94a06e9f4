"""Deadlines: calendar vs business days (holidays included), the later of law and letter, plan time frames."""

from __future__ import annotations

from datetime import date

import pytest
from test_rules_support import make_ctx

from analyzer.deadlines import add_business_days, add_months, business_days_between, compute_deadlines

REQUIRED = {"action", "due", "basis", "citation", "kind", "days", "unit", "from_date", "source", "note"}


def by_action(ds, word):
    hits = [d for d in ds if word.lower() in d["action"].lower()]
    assert hits, [d["action"] for d in ds]
    return hits[0]


@pytest.mark.parametrize("start,n,state,expected", [
    (date(2026, 11, 24), 5, "CA", date(2026, 12, 3)),   # Thanksgiving 11-26 and CA's day after, 11-27
    (date(2026, 11, 24), 5, None, date(2026, 12, 2)),   # federal: only Thanksgiving
    (date(2026, 2, 25), 5, "CA", date(2026, 3, 4)),     # plain weekend
    (date(2026, 3, 27), 3, "CA", date(2026, 4, 2)),     # Cesar Chavez Day (CA) 03-31
    (date(2026, 3, 27), 3, None, date(2026, 4, 1)),
    (date(2026, 12, 31), 1, None, date(2027, 1, 4)),    # New Year's Day, year boundary
])
def test_add_business_days(start, n, state, expected):
    assert add_business_days(start, n, state) == expected
    assert business_days_between(start, expected, state) == n


def test_add_months_clamps_month_end():
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2026, 3, 17), 4) == date(2026, 7, 17)


def test_plan_decision_counts_business_days_across_thanksgiving():
    ctx = make_ctx(dates__request_received="2026-11-24", dates__decision="2026-12-03", dates__letter="2026-12-03")
    d = by_action(compute_deadlines(ctx), "plan's deadline to decide the request")
    assert d["due"] == "2026-12-03" and d["unit"] == "business" and d["days"] == 5 and d["kind"] == "plan"
    assert "Business days" in d["basis"] and d["citation"] == "Cal. Health & Safety Code § 1367.01"


def test_expedited_plan_decision_is_72_hours():
    ctx = make_ctx(urgency="expedited", dates__request_received="2026-04-13")
    d = by_action(compute_deadlines(ctx), "plan's deadline to decide the request")
    assert d["unit"] == "hours" and d["days"] == 72 and d["due"] == "2026-04-16"


def test_calendar_days_medicare_advantage_reconsideration():
    ctx = make_ctx(plan_type="medicare_advantage", state="HI", letter_kind="payment_denial",
                   denial_category="no_prior_authorization", dates__letter="2026-03-17",
                   stated_appeal_deadline_days=60)
    ds = compute_deadlines(ctx)
    d = by_action(ds, "reconsideration")
    assert d["due"] == "2026-05-16" and d["unit"] == "calendar" and d["kind"] == "member"
    assert d["citation"] == "42 CFR § 422.582(b)" and d["source"] == "law" and not d["note"]
    assert any("Independent Review Entity" in x["action"] for x in ds)
    for x in ds:
        assert REQUIRED <= set(x)


def test_letter_stating_less_than_the_law_shows_the_legal_date_and_says_so():
    ctx = make_ctx(dates__letter="2026-03-06", stated_appeal_deadline_days=60)
    d = by_action(compute_deadlines(ctx), "grievance")
    assert d["due"] == "2026-09-02"  # 180 calendar days, not the letter's 60
    assert "only 60 days" in d["basis"] and "2026-05-05" in d["basis"] and d["source"] == "law"
    assert d["note"] == "the letter states only 60 days"


def test_letter_stating_more_than_the_law_shows_the_letter_date():
    ctx = make_ctx(plan_type="medi_cal", dates__letter="2026-09-17", stated_appeal_deadline_days=90)
    d = by_action(compute_deadlines(ctx), "appeal")
    assert d["due"] == "2026-12-16" and d["source"] == "letter"


def test_fehb_six_months():
    ctx = make_ctx(plan_type="fehb", state="MD", dates__letter="2026-08-31", stated_appeal_deadline_days=None)
    d = by_action(compute_deadlines(ctx), "reconsider")
    assert d["due"] == "2027-02-28" and d["citation"] == "5 CFR § 890.105(b)(1)"


def test_medi_cal_termination_has_aid_paid_pending_and_state_hearing_after_nar():
    ctx = make_ctx(plan_type="medi_cal", letter_kind="termination_notice", dates__letter="2026-06-24")
    ds = compute_deadlines(ctx)
    app = by_action(ds, "aid paid pending")
    assert app["due"] == "2026-07-04" and app["days"] == 10 and app["citation"] == "42 CFR § 438.420"
    nar = compute_deadlines(make_ctx(plan_type="medi_cal", letter_kind="grievance_decision",
                                     dates__letter="2026-06-24", stated_appeal_deadline_days=None))
    assert by_action(nar, "State Hearing")["due"] == "2026-10-22"
    assert by_action(nar, "Independent Medical Review")["due"] == "2026-12-24"


def test_erisa_self_funded_gets_federal_external_review():
    ctx = make_ctx(plan_type="erisa_group", letter_kind="grievance_decision", dates__letter="2026-03-17",
                   facts={"self_funded": "yes"})
    ds = compute_deadlines(ctx)
    d = by_action(ds, "external review")
    assert d["due"] == "2026-07-17" and d["citation"] == "45 CFR § 147.136(d)(2)(i)"
    assert not any("Independent Medical Review" in x["action"] for x in ds)


def test_unknown_dates_give_null_due_not_a_guess():
    ctx = make_ctx(dates__letter=None, dates__decision=None, dates__request_received=None)
    ds = compute_deadlines(ctx)
    assert ds and all(d["due"] is None for d in ds if d["kind"] == "member")
    ctx = make_ctx(plan_type=None)
    ds = compute_deadlines(ctx)
    assert ds and ds[0]["due"] is None and "plan documents" in ds[0]["citation"]


def test_decision_date_is_the_fallback_start():
    ctx = make_ctx(dates__letter=None, dates__decision="2026-03-02")
    d = by_action(compute_deadlines(ctx), "grievance")
    assert d["from_date"] == "2026-03-02" and "decision date" in d["basis"]
