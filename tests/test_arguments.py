"""Grievance arguments: every catalogue rule renders an argument with facts, rule, citation and request."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from test_arguments_fixtures import (
    GENERIC_REASON,
    make_ctx,
    raised,
    second_opinion_ctx,
    second_opinion_outcomes,
    spans_of,
)

from analyzer.arguments import (
    ARGUMENT_KEYS,
    ARGUMENT_TEMPLATES,
    BLANK_RE,
    argument_for_outcome,
    build_arguments,
    catalogue_rule_ids,
    outside_provider,
    render,
)
from analyzer.rules.outcome import INSUFFICIENT, NOT_APPLICABLE, PASSED, RAISED, Outcome

# the 29 rule ids of shared/domain/rules.md (the public contract)
RULES_MD_IDS = [
    "notice.reason_specific", "notice.criteria_cited", "notice.clinical_rationale", "notice.reviewer_contact",
    "notice.plan_provision", "notice.grievance_rights", "notice.appeal_deadline", "notice.external_review",
    "notice.dmhc_statement", "notice.expedited_review", "notice.language_assistance",
    "notice.claim_identification", "notice.consumer_assistance", "notice.documents_access",
    "notice.continuation_of_benefits", "notice.delay_requirements", "process.reviewer_not_physician",
    "process.decision_untimely", "process.retro_denial_of_authorized", "process.emergency_prior_auth",
    "second_opinion.eligible_denied", "second_opinion.invalid_reason", "second_opinion.no_qualified_in_network",
    "second_opinion.untimely", "mh_parity.non_association_criteria", "medicare.internal_criteria",
    "medicare.transition_period", "experimental.terminal_illness_rights", "network.no_timely_in_network_alternative",
]
ALL_IDS = sorted(set(RULES_MD_IDS) | set(catalogue_rule_ids()))
PLANS = [("commercial_hmo", "CA"), ("commercial_hmo", "CO"), ("erisa_group", "CA"), ("erisa_group", "GA"),
         ("medicare_advantage", "CA"), ("medi_cal", "CA"), ("medicaid", "VA"), ("fehb", "CA")]

# [U] subdivisions of rules.md that must never be shown as a citation (cite the section without them)
UNVERIFIED = ["1300.68(b)", "1300.68(d)", "1383.15(b)", "1383.15(c)", "1367.01(h)(5)", "422.112(b)(8)",
              "2560.503-1(h)(2)", "2560.503-1(h)(3)(iii)", "1374.30(i)", "1363.5(b)", "890.105(e)", "422.584",
              "438.210(b)(3)", "1374.72(d)", "1300.67.2.2(c)(7)", "422.568(c)"]


def test_every_rules_md_id_has_a_fallback_template():
    assert set(RULES_MD_IDS) <= set(ARGUMENT_TEMPLATES)


@pytest.mark.parametrize("rule_id", ALL_IDS)
@pytest.mark.parametrize("plan,state", PLANS)
def test_every_rule_renders_an_argument(rule_id, plan, state):
    ctx = make_ctx(plan=plan, state=state)
    o = raised(ctx, rule_id, "high", citation="Test Code § 1")
    arg = argument_for_outcome(ctx, o)
    assert set(ARGUMENT_KEYS) <= set(arg)
    assert arg["rule_id"] == rule_id and arg["kind"] == "flag" and arg["strength"] == "high"
    assert arg["heading"].strip() and arg["request"].strip()
    assert arg["citations"] and all(isinstance(c, str) and c for c in arg["citations"])
    assert "Test Code § 1" in arg["citations"]  # the engine's citation is always kept
    assert "{" not in arg["text"] and "}" not in arg["text"], arg["text"]
    # facts of THIS letter, quoted with the page; then the request
    assert f'"{GENERIC_REASON}" (page 1)' in arg["text"]
    assert "I ask that you" in arg["text"]
    assert arg["evidence_pages"] == [1]
    for c in arg["citations"]:
        assert not any(u in c for u in UNVERIFIED), c


@pytest.mark.parametrize("rule_id", sorted(ARGUMENT_TEMPLATES))
def test_templates_cite_no_unverified_subdivision(rule_id):
    tpl = ARGUMENT_TEMPLATES[rule_id]
    texts = [tpl.text, tpl.request, *tpl.citations]
    for var in tpl.by_plan.values():
        texts += [var.get("text", ""), var.get("request", ""), var.get("extra", ""), *var.get("citations", ())]
    for t in texts:
        assert not any(u in t for u in UNVERIFIED), t


def test_only_raised_outcomes_get_arguments_and_order_is_by_strength():
    ctx = second_opinion_ctx()
    outcomes = second_opinion_outcomes(ctx) + [
        Outcome("notice.criteria_cited", INSUFFICIENT, "t", "medium", "c", missing=("criteria",)),
    ]
    args = build_arguments(ctx, outcomes)
    flag_ids = [a["rule_id"] for a in args if a["kind"] == "flag"]
    assert sorted(flag_ids) == sorted(o.rule_id for o in outcomes if o.status == RAISED)
    assert not {o.rule_id for o in outcomes if o.status in (PASSED, NOT_APPLICABLE, INSUFFICIENT)} & set(flag_ids)
    rank = {"high": 0, "medium": 1, "low": 2, "supporting": 3}
    strengths = [rank[a["strength"]] for a in args]
    assert strengths == sorted(strengths)
    assert args[-1]["kind"] == "category"


def test_second_opinion_request_names_the_outside_center_from_the_letter():
    ctx = second_opinion_ctx()
    args = build_arguments(ctx, second_opinion_outcomes(ctx))
    eligible = next(a for a in args if a["rule_id"] == "second_opinion.eligible_denied")
    assert "Stanford Cancer Center" in eligible["request"]
    assert "Cal. Health & Safety Code § 1383.15(a)" in eligible["citations"]
    assert "surgery has been recommended" in eligible["text"]  # predicate findings (triggers) are stated
    invalid = next(a for a in args if a["rule_id"] == "second_opinion.invalid_reason")
    assert "would not be expected to change your treatment plan" in invalid["text"]
    assert "(page 1)" in invalid["text"]


def test_urgent_second_opinion_asks_for_72_hours():
    ctx = second_opinion_ctx(facts={"imminent_threat": True})
    args = build_arguments(ctx, second_opinion_outcomes(ctx))
    eligible = next(a for a in args if a["rule_id"] == "second_opinion.eligible_denied")
    assert "within 72 hours" in eligible["request"]


def test_missing_outside_provider_is_a_blank_not_an_invention():
    ctx = make_ctx(category="second_opinion", kind="second_opinion_denial")
    assert outside_provider(ctx) is None
    arg = argument_for_outcome(ctx, raised(ctx, "second_opinion.no_qualified_in_network", "high"))
    assert "[NAME OF THE OUTSIDE PROVIDER YOU ASKED FOR]" in arg["request"]
    assert BLANK_RE.search(arg["text"])


def test_absence_rule_says_where_it_looked_instead_of_quoting_a_page():
    ctx = make_ctx()
    o = raised(ctx, "notice.dmhc_statement", "high", needle=None)
    arg = argument_for_outcome(ctx, o)
    assert arg["text"].startswith("I reviewed your letter dated January 5, 2026 (pages 1–2)")
    assert "appears to lack" in arg["text"]
    assert "1-888-466-2219" in arg["text"]


def test_plan_variants_pick_the_right_law():
    ma = argument_for_outcome(make_ctx(plan="medicare_advantage"), raised(make_ctx(plan="medicare_advantage"),
                                                                           "notice.reason_specific"))
    assert "42 CFR § 422.568(e)(2)" in ma["citations"]
    assert not any("1367.01" in c for c in ma["citations"])
    ctx = make_ctx(plan="erisa_group", state="GA")
    erisa = argument_for_outcome(ctx, raised(ctx, "notice.reason_specific"))
    assert "29 CFR § 2560.503-1(g)(1)(i)" in erisa["citations"]
    assert "deemed exhausted" in erisa["text"]
    ctx = make_ctx(plan="erisa_group", state="CA", facts={"self_funded": "yes"})
    selff = argument_for_outcome(ctx, raised(ctx, "notice.criteria_cited"))
    assert not any("Health & Safety" in c for c in selff["citations"])
    ctx = make_ctx(plan="commercial_hmo", state="CA")
    ca = argument_for_outcome(ctx, raised(ctx, "process.reviewer_not_physician"))
    assert "Cal. Health & Safety Code § 1367.01(e)" in ca["citations"]
    assert "SB 1120" in ca["text"]


def _category(args, cid):
    return next((a for a in args if a.get("category") == cid), None)


def test_category_medical_necessity():
    ctx = make_ctx()
    args = build_arguments(ctx, [])
    a = _category(args, "medical_necessity")
    assert a and a["rule_id"] is None and a["kind"] == "category"
    assert "letter of medical necessity" in a["text"] and "peer-to-peer" in a["request"]
    assert f'"{GENERIC_REASON}" (page 1)' in a["text"]
    # a raised clinical-rationale flag already makes the point: no duplicate
    args = build_arguments(ctx, [raised(ctx, "notice.clinical_rationale")])
    assert _category(args, "medical_necessity") is None


def test_category_experimental_cites_imr_law():
    ctx = make_ctx(category="experimental_investigational")
    a = _category(build_arguments(ctx, []), "experimental")
    assert a and "Cal. Health & Safety Code § 1370.4" in a["citations"]
    assert "Independent Medical Review" in a["text"]


def test_category_mental_health_sb855():
    ctx = make_ctx(services=("Residential treatment for eating disorder",), diagnoses=(("anorexia nervosa", "F50.01"),))
    args = build_arguments(ctx, [])
    a = _category(args, "mental_health")
    assert a and "SB 855" in a["text"] and "generally accepted standards" in a["text"]
    assert _category(args, "medical_necessity") is None  # the MH argument replaces the generic one


def test_category_mental_health_from_member_fact():
    ctx = make_ctx(facts={"mh_sud_service": "yes"})
    assert _category(build_arguments(ctx, []), "mental_health")


def test_category_medicare_advantage():
    ctx = make_ctx(plan="medicare_advantage")
    a = _category(build_arguments(ctx, []), "medicare_advantage")
    assert a and "42 CFR § 422.101(b)(6)" in a["citations"] and "Traditional Medicare" in a["text"]
    assert "13%" in a["text"]
    args = build_arguments(ctx, [raised(ctx, "medicare.internal_criteria", "high")])
    assert _category(args, "medicare_advantage") is None


def test_category_out_of_network_timely_access():
    ctx = make_ctx(category="out_of_network")
    a = _category(build_arguments(ctx, []), "out_of_network")
    assert a and "28 CCR § 1300.67.2.2" in a["citations"] and "15 business days" in a["text"]


def test_category_cancer_nci_second_opinion():
    ctx = make_ctx(diagnoses=(("invasive ductal carcinoma of the left breast", "C50.912"),))
    a = _category(build_arguments(ctx, []), "cancer")
    assert a and "National Cancer Institute-designated" in a["request"]
    assert "invasive ductal carcinoma" in a["text"]
    assert not BLANK_RE.search(a["request"])  # no outside provider named: the request does not need one


def test_no_category_arguments_outside_their_scope():
    ctx = make_ctx(plan="medicare_advantage", category="second_opinion", diagnoses=())
    ids = {a.get("category") for a in build_arguments(ctx, [])}
    assert "out_of_network" not in ids and "cancer" not in ids and "mental_health" not in ids


def test_render_marks_unknown_placeholders_as_blanks():
    assert render("see {service} at {outside_provider}", {"service": "an MRI"}) == \
        "see an MRI at [NAME OF THE OUTSIDE PROVIDER YOU ASKED FOR]"
    assert render("odd {0} and {}", {}) == "odd {0} and {}"


def test_arguments_validate_against_schema():
    import jsonschema

    schema_path = Path(__file__).resolve().parents[2] / "shared" / "schema" / "analysis.schema.json"
    if not schema_path.exists():  # pragma: no cover
        pytest.skip("shared/schema not beside the repository")
    schema = json.loads(schema_path.read_text())
    ctx = second_opinion_ctx()
    args = build_arguments(ctx, second_opinion_outcomes(ctx))
    jsonschema.validate(args, schema["properties"]["arguments"])


def test_evidence_quote_is_trimmed():
    long = "x" * 10
    ctx = make_ctx(pages=["Short page one. " + " ".join([long] * 40) + " end.", "p2"])
    needle = " ".join([long] * 35)
    o = Outcome("notice.reason_specific", RAISED, "t", "high", "c", evidence=spans_of(ctx.document, needle))
    arg = argument_for_outcome(ctx, o)
    m = re.search(r'says: "([^"]*)"', arg["text"])
    assert m and len(m.group(1)) <= 302 and m.group(1).endswith("…")


def test_general_citation_dropped_when_a_specific_one_is_present():
    from analyzer.arguments import _drop_general

    assert _drop_general(["45 CFR § 147.136(d)(2)(i)", "45 CFR § 147.136(d)", "42 CFR § 422.590"]) == [
        "45 CFR § 147.136(d)(2)(i)", "42 CFR § 422.590"]
    assert _drop_general(["Cal. Health & Safety Code § 1383.15", "HSC § 1383.15"]) == [
        "Cal. Health & Safety Code § 1383.15"]
    assert _drop_general(["Cal. Health & Safety Code § 1368", "Cal. Health & Safety Code § 1368.01(b)"]) == [
        "Cal. Health & Safety Code § 1368", "Cal. Health & Safety Code § 1368.01(b)"]


def test_short_evidence_in_a_header_line_is_not_widened_into_the_next_lines():
    pages = ["Kaiser Permanente\nDate request received: 01-Jun-2026\nNotice of Adverse Benefit Determination\n"
             "Dear Mr. Smith:\nWe decided your request late. " + "This sentence is long body text that wraps "
             "across the page width of the letter and keeps going for a while.\n", "p2"]
    ctx = make_ctx(pages=pages)
    o = Outcome("process.decision_untimely", RAISED, "t", "high", "c", evidence=spans_of(ctx.document, "01-Jun-2026"))
    arg = argument_for_outcome(ctx, o)
    assert '"Date request received: 01-Jun-2026" (page 1)' in arg["text"]


def test_engine_explanation_is_stated_in_the_members_voice():
    ctx = make_ctx()
    o = raised(ctx, "notice.dmhc_statement", "medium", needle=None,
               explanation="the DMHC statement appears incomplete: it lacks the TDD line (1-877-688-9891).")
    arg = argument_for_outcome(ctx, o)
    assert "and the DMHC statement appears incomplete: it lacks the TDD line (1-877-688-9891)." in arg["text"]
    o = raised(ctx, "second_opinion.no_qualified_in_network", "high",
               explanation="the member reports that the in-network doctor offered lacks expertise in the condition")
    arg = argument_for_outcome(ctx, o)
    assert "In my view, I report that the in-network doctor offered lacks expertise" in arg["text"]
    assert "the member" not in arg["text"]


def test_category_experimental_outside_california_uses_federal_review():
    ctx = make_ctx(plan="erisa_group", state="GA", category="experimental_investigational")
    args = build_arguments(ctx, [])
    assert _category(args, "experimental") is None
    a = _category(args, "experimental_federal")
    assert a and "45 CFR § 147.136(d)" in a["citations"] and "external review" in a["text"]
    ctx = make_ctx(plan="erisa_group", state="CA", category="experimental_investigational",
                   facts={"self_funded": True})
    assert _category(build_arguments(ctx, []), "experimental_federal")


@pytest.mark.parametrize("rule_id", catalogue_rule_ids())
def test_catalogue_template_renders_too(rule_id):
    from analyzer.arguments import catalogue_template

    tpl = catalogue_template(rule_id)
    if tpl is None:
        pytest.skip("the catalogue has no argument template (or is not available)")
    vals = {"citation": "Test Code § 1", "explanation": "the finding", "title": "the title"}
    for t in (tpl.heading, tpl.text, tpl.request):
        out = render(t, vals)
        assert out.strip() and "{" not in out and not BLANK_RE.search(out), out


@pytest.mark.parametrize("text,expected", [
    ("Your doctor (Family Medicine, Riverside Medical Center) asked for a second opinion from Dr. Ana Ruiz at the "
     "Cedars-Sinai Spine Center in Los Angeles.", "Dr. Ana Ruiz at the Cedars-Sinai Spine Center in Los Angeles"),
    ("You asked for a second opinion at the City of Hope Comprehensive Cancer Center. That provider is outside "
     "our network.", "City of Hope Comprehensive Cancer Center"),
    ("Your Kaiser Permanente San Jose Medical Center surgeon recommended surgery.", None),
    ("Please call Member Services at 1-800-464-4000 if you have questions.", None),
])
def test_outside_provider_is_read_from_the_letter_only(text, expected):
    ctx = make_ctx(pages=[text, "p2"])
    assert outside_provider(ctx) == expected


def test_section_lists_absorb_a_single_section():
    from analyzer.arguments import _drop_general

    assert _drop_general(["Cal. Health & Safety Code §§ 1367.04, 1367.042", "Cal. Health & Safety Code § 1367.04"]) \
        == ["Cal. Health & Safety Code §§ 1367.04, 1367.042"]


def _catalogue():
    try:
        from analyzer.rules.catalogue import load_catalogue

        return load_catalogue()
    except Exception:  # noqa: BLE001 - the catalogue may not be there yet
        return None


def test_no_catalogue_unverified_citation_is_shown_as_written():
    """A citation the catalogue tags [U] must never appear in its unverified form in any argument."""
    cat = _catalogue()
    if cat is None:
        pytest.skip("catalogue not available")
    unverified = {c.text for r in cat for c in r.citations if c.tag == "U" and c.text != c.safe}
    assert unverified  # the catalogue does carry some
    for rule in cat:
        for plan, state in PLANS:
            ctx = make_ctx(plan=plan, state=state)
            o = raised(ctx, rule.id, rule.severity, citation=rule.citation_for(plan, state))
            arg = argument_for_outcome(ctx, o)
            for u in unverified:
                assert u not in arg["text"] and u not in arg["citations"], (rule.id, plan, u)
