"""The catalogue of deliberate defects: which rule ids a sample may carry, where they apply, what they need.

Applicability follows the matrix of ../shared/domain/rules.md section 10; a defect is only planted in a letter
whose state, plan type, letter kind and category make its rule apply. ``extra`` lists rule ids that the
same omission necessarily triggers too; ``either`` lists ids that become debatable.
"""

from __future__ import annotations

KK = ("commercial_hmo", "medi_cal")  # Knox-Keene plans we generate (ERISA samples are self-funded)
SERVICE_KINDS = ("initial_denial", "partial_denial", "termination_notice")
DECISION_KINDS = ("initial_denial", "partial_denial", "grievance_decision", "termination_notice")
ALL_PLANS = ("commercial_hmo", "erisa_group", "medicare_advantage", "medi_cal", "medicaid", "fehb")

DEFECTS: dict[str, dict] = {
    "notice.dmhc_statement": dict(
        plans=KK,
        ca=True,
        kinds=(
            "initial_denial",
            "partial_denial",
            "second_opinion_denial",
            "delay_notice",
            "grievance_decision",
            "termination_notice",
            "payment_denial",
        ),
        note="the DMHC statement (1-888-466-2219, TDD 1-877-688-9891, www.dmhc.ca.gov) is missing from a California Knox-Keene letter",
    ),
    "notice.language_assistance": dict(
        plans=ALL_PLANS, note="no language-assistance taglines anywhere in the letter packet"
    ),
    "process.reviewer_not_physician": dict(
        plans=("commercial_hmo", "erisa_group", "medicare_advantage", "medi_cal", "medicaid"),
        kinds=DECISION_KINDS,
        cats=("medical_necessity", "experimental_investigational"),
        note="the medical-necessity decision is signed by a non-physician reviewer",
    ),
    "process.decision_untimely": dict(
        plans=ALL_PLANS,
        kinds=("initial_denial", "partial_denial", "second_opinion_denial", "grievance_decision"),
        note="the decision came later than the legal time frame counted from the stated receipt date",
    ),
    "notice.appeal_deadline": dict(
        plans=ALL_PLANS,
        kinds=("initial_denial", "partial_denial", "payment_denial", "termination_notice", "second_opinion_denial"),
        note="the letter gives an appeal window shorter than the legal minimum for this plan type",
    ),
    "notice.criteria_cited": dict(
        plans=("commercial_hmo", "erisa_group", "medicare_advantage", "medi_cal", "medicaid"),  # fehb: only "C (brochure)"
        kinds=DECISION_KINDS,
        cats=("medical_necessity",),
        scen="not_mh",
        note="a medical-necessity denial that names no guideline or criteria",
    ),
    "process.emergency_prior_auth": dict(
        plans=ALL_PLANS,
        kinds=("payment_denial",),
        cats=("no_prior_authorization",),
        scen="er",
        note="emergency care was denied for lack of prior authorization",
    ),
    "second_opinion.eligible_denied": dict(
        plans=KK,
        ca=True,
        kinds=("second_opinion_denial",),
        cats=("second_opinion",),
        scen="serious",
        extra=("second_opinion.invalid_reason", "second_opinion.no_qualified_in_network"),
        note="a second opinion on a serious condition/recommended surgery was refused outright because the treating doctor's opinion was said to be sufficient, with no qualified in-network clinician offered",
    ),
    "second_opinion.untimely": dict(
        plans=KK,
        ca=True,
        kinds=("second_opinion_denial",),
        cats=("second_opinion",),
        urgent=True,
        extra=("process.decision_untimely",),
        note="an urgent second-opinion request was decided more than 72 hours after receipt",
    ),
    "mh_parity.non_association_criteria": dict(
        plans=("commercial_hmo",),
        ca=True,
        kinds=DECISION_KINDS,
        cats=("medical_necessity",),
        scen="mh",
        note="a mental-health/SUD level-of-care denial rests on proprietary or internal criteria instead of nonprofit-association criteria",
    ),
    "medicare.internal_criteria": dict(
        plans=("medicare_advantage",),
        kinds=DECISION_KINDS,
        cats=("medical_necessity",),
        scen="ma_rules",
        note="a Medicare Advantage denial applies internal/proprietary criteria although a Medicare NCD/LCD or manual rule governs the service",
    ),
    "notice.external_review": dict(
        plans=("erisa_group", "medicare_advantage", "medicaid", "fehb", "commercial_hmo"),
        ca=False,
        kinds=("initial_denial", "partial_denial", "grievance_decision", "termination_notice"),
        note="no external review / IRE / fair hearing / OPM route is described",
    ),
    "notice.expedited_review": dict(
        plans=("commercial_hmo", "medicare_advantage", "medicaid"),
        ca=False,
        kinds=SERVICE_KINDS,
        standard=True,  # an urgent letter says "expedited" about its own review, which blurs the omission
        note="a service denial that does not describe expedited (fast) review",
    ),
    "notice.plan_provision": dict(
        plans=("commercial_hmo", "erisa_group", "medi_cal", "medicaid", "fehb"),
        kinds=("initial_denial", "partial_denial", "payment_denial", "grievance_decision"),
        cats=("not_covered",),
        note="a coverage-exclusion denial that cites no plan/EOC provision",
    ),
    "notice.continuation_of_benefits": dict(
        plans=("medi_cal", "medicaid"),
        kinds=("termination_notice", "initial_denial"),
        note="Medicaid/Medi-Cal notice without aid-paid-pending / continuation-of-benefits information",
    ),
    "notice.consumer_assistance": dict(
        plans=("commercial_hmo", "erisa_group"),
        kinds=("initial_denial", "partial_denial", "payment_denial", "grievance_decision", "termination_notice"),
        note="no consumer assistance program / ombudsman contact",
    ),
    "notice.claim_identification": dict(
        plans=("commercial_hmo", "erisa_group", "fehb"),
        kinds=("payment_denial",),
        note="payment denial lacks the claim amount and the statement that diagnosis/treatment codes are available on request",
    ),
    "notice.delay_requirements": dict(
        plans=("commercial_hmo", "erisa_group", "medicare_advantage", "medi_cal", "medicaid"),
        kinds=("delay_notice",),
        note="extension notice does not say what information is needed or when a decision is expected",
    ),
    "network.no_timely_in_network_alternative": dict(
        plans=KK,
        ca=True,
        kinds=("initial_denial",),
        cats=("out_of_network",),
        note="an out-of-network denial says the care is available in network but offers no named provider or appointment",
    ),
    "medicare.transition_period": dict(
        plans=("medicare_advantage",),
        kinds=("payment_denial", "initial_denial"),
        cats=("no_prior_authorization",),
        scen="course",
        note="a new enrollee's ongoing course of treatment was denied for lack of prior authorization within the 90-day transition period",
    ),
    "experimental.terminal_illness_rights": dict(
        plans=("commercial_hmo",),
        ca=True,
        kinds=("initial_denial",),
        cats=("experimental_investigational",),
        scen="cancer",
        note="experimental denial for a life-threatening cancer without covered alternatives, the conference offer or the IMR notice",
    ),
    "process.retro_denial_of_authorized": dict(
        plans=("commercial_hmo", "medi_cal", "medicare_advantage"),
        kinds=("payment_denial",),
        cats=("administrative", "medical_necessity"),
        ca_unless_ma=True,
        note="payment denied for a service that the plan had authorized before it was provided",
    ),
    "notice.reason_specific": dict(
        plans=ALL_PLANS,
        kinds=("initial_denial", "partial_denial", "termination_notice"),
        cats=("medical_necessity", "not_covered"),
        extra_mn=("notice.clinical_rationale",),
        note="the reason is a bare category label with no fact about the member's request",
    ),
}

# rule ids whose presence conflicts when planted together
CONFLICTS = [
    {"notice.criteria_cited", "medicare.internal_criteria"},
    {"notice.criteria_cited", "mh_parity.non_association_criteria"},
    {"notice.reason_specific", "notice.criteria_cited"},
    {"second_opinion.eligible_denied", "second_opinion.untimely"},
    {"notice.dmhc_statement", "notice.external_review"},
]


def applicable(defect: str, plan: str, state: str, kind: str, urgent: bool | None = None) -> bool:
    d = DEFECTS[defect]
    if plan not in d["plans"] or kind not in d.get("kinds", (kind,)):
        return False
    if d.get("ca") is True and state != "CA":
        return False
    if d.get("ca") is False and state == "CA" and plan in KK:
        return False
    if d.get("ca_unless_ma") and plan != "medicare_advantage" and state != "CA":
        return False
    if defect == "notice.expedited_review" and plan == "commercial_hmo" and state == "CA":
        return False
    if d.get("urgent") and urgent is False:
        return False
    return True
