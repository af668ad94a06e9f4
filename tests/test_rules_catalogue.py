"""Catalogue validation (every error names the file and the rule) and engine-wide guarantees."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_rules_support import letter_text, make_ctx

from analyzer.rules import (
    Catalogue,
    CatalogueError,
    catalogue_version,
    evaluate_rules,
    flags_from_outcomes,
    load_catalogue,
)
from analyzer.rules.catalogue import DEFAULT_PATH, parse_catalogue
from analyzer.rules.contacts import CONTACTS, contacts_for
from analyzer.rules.facts import FACTS, coerce
from analyzer.rules.outcome import NOT_APPLICABLE, RAISED, STATUSES
from analyzer.rules.questions import open_questions

RULE_IDS = [
    "notice.reason_specific", "notice.criteria_cited", "notice.clinical_rationale", "notice.reviewer_contact",
    "notice.plan_provision", "notice.grievance_rights", "notice.appeal_deadline", "notice.external_review",
    "notice.dmhc_statement", "notice.expedited_review", "notice.language_assistance", "notice.claim_identification",
    "notice.consumer_assistance", "notice.documents_access", "notice.continuation_of_benefits",
    "notice.delay_requirements", "process.reviewer_not_physician", "process.decision_untimely",
    "process.retro_denial_of_authorized", "process.emergency_prior_auth", "second_opinion.eligible_denied",
    "second_opinion.invalid_reason", "second_opinion.no_qualified_in_network", "second_opinion.untimely",
    "mh_parity.non_association_criteria", "medicare.internal_criteria", "medicare.transition_period",
    "experimental.terminal_illness_rights", "network.no_timely_in_network_alternative",
]

GOOD = '''
version = "t"
[[rule]]
id = "notice.x"
title = "X"
severity = "high"
predicate = "grievance_rights"
[rule.applies]
states = ["CA"]
[[rule.citations]]
text = "Cal. Health & Safety Code § 1368.02(b)"
tag = "V"
[rule.argument]
heading = "H"
text = "T {citation}"
request = "R"
'''


def _parse(text: str) -> Catalogue:
    return parse_catalogue(text.encode(), Path("bad.toml"))


def test_catalogue_has_exactly_the_29_contract_ids():
    cat = load_catalogue()
    assert cat.ids == RULE_IDS
    assert len(cat) == 29


def test_good_minimal_catalogue_loads():
    cat = _parse(GOOD)
    assert cat.ids == ["notice.x"] and cat.version.startswith("t+")


@pytest.mark.parametrize("mutate,message", [
    (lambda s: s.replace('severity = "high"', 'severity = "high"\ncolour = "red"'), r"unknown key\(s\) \['colour'\]"),
    (lambda s: s.replace('states = ["CA"]', 'states = ["CA"]\nregions = ["x"]'), r"unknown key\(s\) \['regions'\]"),
    (lambda s: s.replace('predicate = "grievance_rights"', 'predicate = "no_such_check"'),
     r"unknown predicate 'no_such_check'"),
    (lambda s: s.replace('predicate = "grievance_rights"', 'predicate = "grievance_rights"\nparams = { window = 3 }'),
     r"params \['window'\] do not fit predicate grievance_rights"),
    (lambda s: s.replace('predicate = "grievance_rights"',
                         'predicate = "reason_specific"\nparams = { min_word = 3 }'), r"do not fit predicate"),
    (lambda s: s + s.split('version = "t"')[1], r"rule 'notice.x': duplicate id"),
    (lambda s: s.split("[rule.argument]")[0], r"missing argument template"),
    (lambda s: s.replace('request = "R"', 'request = ""'), r"argument template lacks 'request'"),
    (lambda s: s.replace("T {citation}", "T {member_name}"), r"unknown placeholder"),
    (lambda s: s.replace('states = ["CA"]', 'states = ["XX"]'), r"applies.states has unknown value"),
    (lambda s: s.replace('states = ["CA"]', 'conditions = { erisa_group = "nope" }'), r"unknown condition 'nope'"),
    (lambda s: s.replace('tag = "V"', 'tag = "maybe"'), r"citation needs text and a tag"),
    (lambda s: s.replace('severity = "high"', 'severity = "urgent"'), r"severity 'urgent'"),
])
def test_invalid_catalogue_names_file_and_rule(mutate, message):
    with pytest.raises(CatalogueError) as e:
        _parse(mutate(GOOD))
    msg = str(e.value)
    assert msg.startswith("bad.toml: rule 'notice.x'"), msg
    assert re.search(message, msg), msg


def test_catalogue_version_changes_with_content():
    a = parse_catalogue(DEFAULT_PATH.read_bytes(), DEFAULT_PATH).version
    b = parse_catalogue(DEFAULT_PATH.read_bytes() + b"\n# edited\n", DEFAULT_PATH).version
    assert a != b and catalogue_version() == a


def test_every_rule_carries_an_argument_and_shown_citations():
    for rule in load_catalogue():
        assert {"heading", "text", "request", "citations"} <= set(rule.argument)
        assert rule.argument["citations"], rule.id
        for c in rule.citations:
            if c.tag == "U":
                assert c.text not in rule.argument["citations"] or c.text == c.safe


def test_unverified_citations_never_shown():
    cat = load_catalogue()
    unverified = {c.text for r in cat for c in r.citations if c.tag == "U" and c.text != c.safe}
    for pt in ("commercial_hmo", "erisa_group", "medicare_advantage", "medi_cal", "medicaid", "fehb"):
        for st in ("CA", "GA", "WA"):
            for r in cat:
                shown = r.citation_for(pt, st)
                assert not any(u in shown for u in unverified), (r.id, pt, st, shown)


LETTERS = [
    dict(),
    dict(plan_type="medicare_advantage"),
    dict(plan_type="medi_cal", letter_kind="termination_notice"),
    dict(plan_type="erisa_group", state="GA", letter_kind="payment_denial", denial_category="no_prior_authorization"),
    dict(plan_type="fehb", state="MD", letter_kind="grievance_decision"),
    dict(plan_type=None, state=None, letter_kind=None, denial_category=None, denial_reason=None,
         dates__letter=None, dates__request_received=None, dates__decision=None),
    dict(letter_kind="second_opinion_denial", denial_category="second_opinion"),
    dict(plan_type="medicaid", state="VA", letter_kind="delay_notice"),
]


@pytest.mark.parametrize("fields", LETTERS)
def test_every_rule_gets_an_outcome_on_every_letter(fields):
    ctx = make_ctx(letter_text(omit=["dmhc", "taglines", "external"]), **fields)
    outs = evaluate_rules(ctx)
    assert [o.rule_id for o in outs] == RULE_IDS
    for o in outs:
        assert o.status in STATUSES
        if o.status == RAISED:
            assert o.evidence and o.explanation and o.citation
        elif o.status == NOT_APPLICABLE:
            assert o.reason
        else:
            assert o.status != "insufficient_data" or o.missing


CA_ONLY = [r.id for r in load_catalogue() if r.applies.states == ("CA",)] + [
    "notice.reviewer_contact", "network.no_timely_in_network_alternative", "process.retro_denial_of_authorized"]


@pytest.mark.parametrize("fields", [dict(plan_type="medicare_advantage"), dict(state="CO"), dict(state="GA"),
                                    dict(state="HI", plan_type="medicare_advantage")])
@pytest.mark.parametrize("kind,cat", [("initial_denial", "medical_necessity"), ("second_opinion_denial",
                                      "second_opinion"), ("payment_denial", "no_prior_authorization"),
                                      ("initial_denial", "out_of_network")])
def test_no_california_rule_raised_outside_california_or_on_medicare(fields, kind, cat):
    text = letter_text(omit=["dmhc", "taglines"], extra=["cc: Dr. Ana Ortiz", "Authorization number: AUTH-12345"])
    ctx = make_ctx(text, facts={"serious_condition": "yes"}, letter_kind=kind, denial_category=cat, **fields)
    for o in evaluate_rules(ctx):
        if o.rule_id in CA_ONLY and not (o.rule_id == "process.retro_denial_of_authorized"
                                         and ctx.value("plan_type") == "medicare_advantage"):
            assert o.status == NOT_APPLICABLE, (o.rule_id, o.status, o.reason)


def test_flags_are_schema_shaped_and_ordered_by_severity():
    ctx = make_ctx(letter_text(omit=["taglines", "dmhc", "criteria", "documents"]), criteria_cited=[],
                   stated_appeal_deadline_days=60)
    flags = flags_from_outcomes(evaluate_rules(ctx))
    assert flags
    order = {"high": 0, "medium": 1, "low": 2}
    assert [order[f["severity"]] for f in flags] == sorted(order[f["severity"]] for f in flags)
    for f in flags:
        assert {"rule_id", "severity", "title", "explanation", "citation", "evidence"} <= set(f)
        assert f["evidence"] and all({"page", "start", "end", "text"} <= set(e) for e in f["evidence"])


def test_member_facts_accept_strings_and_override_the_letter():
    assert coerce("serious_condition", "Yes") is True
    assert coerce("serious_condition", "false") is False
    assert coerce("serious_condition", "") is None
    assert coerce("serious_condition", float("nan")) is None
    with pytest.raises(ValueError):
        coerce("serious_condition", "perhaps")
    ctx = make_ctx(letter_text(extra=["You have breast cancer."]), facts={"serious_condition": "no"})
    assert ctx.fact("serious_condition") is False and ctx.facts["serious_condition"].source == "member"


def test_letter_facts_carry_evidence():
    ctx = make_ctx(letter_text(extra=["Your surgeon has recommended surgery to remove the tumor."]))
    for fid in ("serious_condition", "surgery_proposed"):
        f = ctx.facts[fid]
        assert f.value is True and f.source == "letter" and f.evidence


def test_boilerplate_emergency_text_is_not_emergency_care():
    ctx = make_ctx(letter_text(extra=["If you have a medical emergency, call 911."]))
    assert ctx.fact("emergency_care") is None


def test_questions_ask_what_would_change_an_outcome():
    so = dict(letter_kind="second_opinion_denial", denial_category="second_opinion", denial_reason=None,
              services=[{"text": "Office consultation", "codes": ["99244"]}])
    ctx = make_ctx(letter_text(extra=["You asked for a second opinion from an outside physician."]), **so)
    qs = open_questions(ctx, evaluate_rules(ctx))
    ids = {q["id"]: q for q in qs}
    assert "member_concerns" in ids and "second_opinion.eligible_denied" in ids["member_concerns"]["affects"]
    for q in qs:
        assert q["question"] and q["current"] is None and q["affects"]
    answered = make_ctx(letter_text(extra=["You asked for a second opinion from an outside physician."]),
                        facts={"member_concerns": "yes"}, **so)
    assert "member_concerns" not in {q["id"] for q in open_questions(answered, evaluate_rules(answered))}


def test_facts_table_has_plain_questions():
    for f in FACTS.values():
        assert f.question.endswith("?") and f.id == f.id.lower()


def test_contacts_print_only_verified_numbers():
    assert CONTACTS["dmhc"].display().startswith("California Department of Managed Health Care")
    assert "check your plan documents" in CONTACTS["ebsa"].display()
    assert CONTACTS["kp_hawaii"].display() is None
    assert all(c.tag != "U" for c in contacts_for("commercial_hmo", "HI"))
    assert "dmhc" in {c.id for c in contacts_for("medi_cal", "CA")}
    assert "dmhc" not in {c.id for c in contacts_for("medicare_advantage", "CA")}
