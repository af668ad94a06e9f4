"""Grievance arguments: one per raised rule outcome, plus category arguments that do not depend on a defect.

Each argument states the facts of THIS letter (quoted with page), the rule, the citation and a concrete request.
Facts come only from the extracted letter (``ctx.letter``), the evidence spans of the outcome, and facts whose
source is the member or the letter; a value that is not known becomes a clearly marked blank such as
``[NAME OF THE OUTSIDE PROVIDER]`` that the letter drafter lists for the member to fill in.

Argument templates are data: ``ARGUMENT_TEMPLATES`` below holds one per rule id of the catalogue, in the member's
voice, with per-plan text and placeholders for facts of the letter (``{service}``, ``{outside_provider}``); the
catalogue's own ``argument`` entry (which may name only ``{citation}``/``{explanation}``/``{title}``) is used for
a rule id not listed here. Citations are the engine's (the catalogue's [V]/[P] forms for the plan) plus ours, all
[V]/[P] in ``shared/domain/rules.md`` (a [U] subdivision is cited at section level).
"""

from __future__ import annotations

import datetime as _dt
import logging
import re
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .context import Context
from .rules.outcome import RAISED, Outcome

log = logging.getLogger(__name__)

SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}
CATEGORY_STRENGTH = "supporting"  # strength of arguments that do not depend on a defect in the letter

# columns every argument dict carries (schema keys first, then ours)
ARGUMENT_KEYS = ("rule_id", "heading", "text", "citations", "kind", "strength", "request", "evidence_pages")

MAX_QUOTE = 300  # characters of evidence quoted in an argument
LOOKED_IN_MIN = 400  # evidence longer than this is "where the analyzer looked", not offending text
ABSENCE_QUOTE_MAX = 200  # for rules about a missing element, only a short (partial) match is worth quoting

# Rules whose finding is usually that something is missing: their evidence is where the analyzer looked.
ABSENCE_RULES = frozenset({
    "notice.criteria_cited", "notice.clinical_rationale", "notice.reviewer_contact", "notice.plan_provision",
    "notice.grievance_rights", "notice.appeal_deadline", "notice.external_review", "notice.dmhc_statement",
    "notice.expedited_review", "notice.language_assistance", "notice.claim_identification",
    "notice.consumer_assistance", "notice.documents_access", "notice.continuation_of_benefits",
    "notice.delay_requirements",
})

KNOX_KEENE_PLANS = ("commercial_hmo", "erisa_group", "medi_cal")


# ---------------------------------------------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ArgumentTemplate:
    """An argument as data. ``text``/``request``/``citations`` may vary by plan: keys of ``by_plan`` are tried
    in the order ``plan:STATE``, ``plan``, ``*:STATE`` (each a dict with any of text/request/citations/extra).
    Placeholders are ``{name}`` (see ``_fill_values``); unknown values render as a blank marker.
    ``missing`` describes the defect in the member's words when the letter has no quotable text for it."""

    heading: str
    text: str
    request: str
    citations: tuple[str, ...] = ()
    missing: str = ""
    by_plan: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)


T = ArgumentTemplate
HSC = "Cal. Health & Safety Code"

# rule id -> template. Wording follows item 6 "Grievance argument" of each rule in shared/domain/rules.md.
# A rule added to the catalogue without an entry here still gets an argument from the catalogue's template.
ARGUMENT_TEMPLATES: dict[str, ArgumentTemplate] = {
    "notice.reason_specific": T(
        heading="The denial does not give a specific reason",
        missing="the letter appears to give only a general label, not a reason tied to my request or my records",
        text="The law requires a denial to state the specific reason for the decision. Without one I cannot "
        "meaningfully respond to it.",
        request="give me a written, specific explanation of why {service} was denied, send me free copies of all "
        "documents relied on, and withdraw the denial or treat the time to appeal as not started until a "
        "compliant notice is issued",
        citations=(f"{HSC} § 1367.01(h)(4)",),
        by_plan={
            "erisa_group": {"citations": ("29 CFR § 2560.503-1(g)(1)(i)", "45 CFR § 147.136(b)"),
                            "extra": "A notice that fails the claims rules means internal appeals are deemed "
                            "exhausted, so I may go to external review (45 CFR § 147.136(b))."},
            "commercial_hmo": {"citations": ("45 CFR § 147.136(b)(3)(i)",)},
            "commercial_hmo:CA": {"citations": (f"{HSC} § 1367.01(h)(4)", "45 CFR § 147.136(b)")},
            "medicare_advantage": {"citations": ("42 CFR § 422.568(e)(2)",)},
            "medi_cal": {"citations": (f"{HSC} § 1367.01(h)(4)", "42 CFR § 438.404(b)(2)", "42 CFR § 438.408(c)(3)"),
                         "extra": "A defective notice counts as deemed exhaustion, so I may ask for a State Hearing "
                         "directly (42 CFR § 438.408(c)(3))."},
            "medicaid": {"citations": ("42 CFR § 438.404(b)(2)", "42 CFR § 438.408(c)(3)")},
            "fehb": {"citations": ("5 CFR § 890.105",)},
        },
    ),
    "notice.criteria_cited": T(
        heading="The criteria used to deny were not disclosed",
        missing="the letter appears not to name the guideline or criteria it relied on",
        text="The plan must identify the criteria or guideline it used to decide and give them to me on request.",
        request="send me, free of charge, a complete copy of every criterion or guideline applied (with its version "
        "and date), and re-make the decision under the correct criteria",
        citations=(f"{HSC} § 1367.01(h)(4)",),
        by_plan={
            "erisa_group": {"citations": ("29 CFR § 2560.503-1(g)(1)(v)(A)",)},
            "erisa_group:CA": {"citations": (f"{HSC} § 1367.01(h)(4)", "29 CFR § 2560.503-1(g)(1)(v)(A)")},
            "commercial_hmo": {"citations": ("45 CFR § 147.136(b)",)},
            "commercial_hmo:CA": {"citations": (f"{HSC} § 1367.01(h)(4)",)},
            "medicare_advantage": {
                "citations": ("42 CFR § 422.101(b)(6)", "42 CFR § 422.568(e)(2)"),
                "request": "identify the National or Local Coverage Determination applied or, if you used internal "
                "criteria, show that Medicare criteria are not fully established and send me the publicly "
                "accessible criteria with their evidence summary; then re-make the decision under Medicare's rules"},
            "medi_cal": {"citations": (f"{HSC} § 1367.01(h)(4)", "42 CFR § 438.404(b)(2)")},
            "medicaid": {"citations": ("42 CFR § 438.404(b)(2)",)},
        },
    ),
    "notice.clinical_rationale": T(
        heading="No clinical explanation applied to my case",
        missing="the letter appears not to explain how the criteria were applied to my own medical facts",
        text="A medical-necessity denial must explain the clinical reasons for the decision as applied to my "
        "medical circumstances. My treating clinician's letter addressing each criterion is enclosed or will follow.",
        request="explain the clinical reasons applied to my own records, tell me the name and credentials of the "
        "reviewer, and offer my doctor a peer-to-peer discussion with the reviewer before any final decision",
        citations=(f"{HSC} § 1367.01(h)(4)",),
        by_plan={
            "commercial_hmo:CA": {"citations": (f"{HSC} § 1367.01(h)(4)", f"{HSC} § 1374.30(b)"),
                                  "extra": "Medical-necessity disputes are eligible for Independent Medical Review "
                                  "(Health & Safety Code § 1374.30(b))."},
            "medi_cal": {"citations": (f"{HSC} § 1367.01(h)(4)", "42 CFR § 438.404(b)(2)")},
            "erisa_group": {"citations": ("29 CFR § 2560.503-1(g)(1)(v)(B)",)},
            "commercial_hmo": {"citations": ("45 CFR § 147.136(b)",)},
            "medicare_advantage": {"citations": ("42 CFR § 422.568(e)(2)",)},
            "medicaid": {"citations": ("42 CFR § 438.404(b)(2)",)},
        },
    ),
    "notice.reviewer_contact": T(
        heading="The reviewer's name and direct telephone number are missing",
        missing="the letter appears not to give the name and direct telephone number of the professional who "
        "made the decision",
        text="A denial sent to the requesting provider must name the health professional responsible for the "
        "decision and give a direct telephone number or extension.",
        request="give me and my doctor the name, credentials and direct telephone number of the professional "
        "responsible for this decision, and offer my treating physician a peer-to-peer discussion with that reviewer",
        citations=(f"{HSC} § 1367.01(h)(4)",),
    ),
    "notice.plan_provision": T(
        heading="The plan provision relied on is not identified",
        missing="the letter appears not to quote or cite the Evidence of Coverage provision it relied on",
        text="When a plan says a service is not covered, it must clearly specify the provision of the contract "
        "that excludes it. Any ambiguity in the coverage documents should be read in my favor.",
        request="identify the exact provision of my Evidence of Coverage relied on and send me a complete copy of "
        "my Evidence of Coverage",
        citations=(f"{HSC} § 1374.30(b)",),
        by_plan={
            "*:CA": {"extra": "If you cannot point to a contract exclusion, the dispute is about medical necessity and "
                     "is eligible for Independent Medical Review (Health & Safety Code § 1374.30(b))."},
            "erisa_group": {"citations": ("29 CFR § 2560.503-1(g)(1)(ii)",),
                            "request": "identify the exact plan provision relied on and send me a complete copy of "
                            "the plan document and Summary Plan Description"},
            "erisa_group:CA": {"citations": ("29 CFR § 2560.503-1(g)(1)(ii)", f"{HSC} § 1374.30(b)")},
            "commercial_hmo": {"citations": ("45 CFR § 147.136(b)",)},
            "commercial_hmo:CA": {"citations": (f"{HSC} § 1374.30(b)",)},
            "fehb": {"citations": ("5 CFR § 890.105",),
                     "request": "identify the exact section of the FEHB brochure relied on"},
            "medicaid": {"citations": ("42 CFR § 438.404(b)(2)",)},
        },
    ),
    "notice.grievance_rights": T(
        heading="The letter does not explain how to file a grievance",
        missing="the letter appears not to explain how, where and by when I can file a grievance or appeal",
        text="A denial must explain how to file a grievance or appeal. I am filing now and ask that no deadline be "
        "treated as having started under the letter.",
        request="confirm in writing that you received this grievance and send me your complete grievance and "
        "appeal procedures",
        citations=(f"{HSC} § 1367.01(h)(4)", f"{HSC} § 1368.02(b)"),
        by_plan={
            "erisa_group": {"citations": ("29 CFR § 2560.503-1(g)(1)(iv)",)},
            "erisa_group:CA": {"citations": ("29 CFR § 2560.503-1(g)(1)(iv)", f"{HSC} § 1368.02(b)")},
            "commercial_hmo": {"citations": ("45 CFR § 147.136(b)",)},
            "commercial_hmo:CA": {"citations": (f"{HSC} § 1367.01(h)(4)", f"{HSC} § 1368.02(b)")},
            "medicare_advantage": {"citations": ("42 CFR § 422.568(e)",)},
            "medi_cal": {"citations": (f"{HSC} § 1367.01(h)(4)", "42 CFR § 438.404(b)")},
            "medicaid": {"citations": ("42 CFR § 438.404(b)",)},
            "fehb": {"citations": ("5 CFR § 890.105",)},
        },
    ),
    "notice.appeal_deadline": T(
        heading="The time limit to appeal is missing or too short",
        missing="the letter appears not to state the time I have to file, or states less than the law allows",
        text="The law gives me at least {filing_minimum} to file. This grievance is timely under that period.",
        request="treat this grievance as timely and correct the time limit stated in your notices",
        citations=("28 CCR § 1300.68",),
        by_plan={
            "erisa_group": {"citations": ("29 CFR § 2560.503-1(h)(3)(i)",),
                            "extra": "A wrong deadline is a notice defect that supports deemed exhaustion of "
                            "internal appeals (45 CFR § 147.136(b))."},
            "commercial_hmo": {"citations": ("45 CFR § 147.136(b)",)},
            "commercial_hmo:CA": {"citations": ("28 CCR § 1300.68",)},
            "medicare_advantage": {"citations": ("42 CFR § 422.582(b)",)},
            "medi_cal": {"citations": ("42 CFR § 438.402(c)(2)(ii)",)},
            "medicaid": {"citations": ("42 CFR § 438.402(c)(2)(ii)",)},
            "fehb": {"citations": ("5 CFR § 890.105(b)(1)",)},
        },
    ),
    "notice.external_review": T(
        heading="My right to an independent review is not explained",
        missing="the letter appears not to describe independent (external) review of this decision",
        text="The notice must tell me about independent review of this decision, how to ask for it and the "
        "deadline.",
        request="send me complete information on independent review of this decision, including how to apply, "
        "the deadline and that it is free",
        citations=(f"{HSC} § 1368.02(b)", f"{HSC} § 1374.30"),
        by_plan={
            "*:CA": {"extra": "If my case is urgent, or the denial is for experimental or investigational treatment, "
                     "I may apply to the Department of Managed Health Care for Independent Medical Review without "
                     "waiting 30 days."},
            "erisa_group": {"citations": ("45 CFR § 147.136(d)", "45 CFR § 147.136(b)"),
                            "extra": "Because the notice is defective, I ask that my internal appeals be treated as "
                            "exhausted so that I can request external review now."},
            "commercial_hmo": {"citations": ("45 CFR § 147.136(b)",)},
            "medicare_advantage": {"citations": ("42 CFR § 422.568(e)(4)", "42 CFR § 422.590")},
            "medi_cal": {"citations": ("42 CFR § 438.408(f)", f"{HSC} § 1374.30")},
            "medicaid": {"citations": ("42 CFR § 438.404(b)(3)", "42 CFR § 438.408(f)")},
            "fehb": {"citations": ("5 CFR § 890.105",)},
        },
    ),
    "notice.dmhc_statement": T(
        heading="The required Department of Managed Health Care statement is missing or incomplete",
        missing="the letter appears to lack the complete Department of Managed Health Care statement",
        text="California law requires every letter that offers the grievance process to carry the Department of "
        "Managed Health Care statement with its toll-free number (1-888-466-2219), TDD line (1-877-688-9891), "
        "website (www.dmhc.ca.gov) and the plan's own telephone number.",
        request="reissue your decision with the complete statement required by Health & Safety Code § 1368.02(b)",
        citations=(f"{HSC} § 1368.02(b)",),
    ),
    "notice.expedited_review": T(
        heading="Expedited (urgent) review is not explained",
        missing="the letter appears not to explain how to get a fast (expedited) review",
        text="The notice must explain that urgent cases are decided quickly and how to ask for that.",
        request="explain how to obtain expedited review and, if my condition is urgent, decide this grievance "
        "within 72 hours",
        citations=(f"{HSC} § 1368.01(b)",),
        by_plan={
            "erisa_group": {"citations": ("29 CFR § 2560.503-1(g)(1)(vi)",)},
            "medicare_advantage": {"citations": ("42 CFR § 422.568(e)(4)(i)",)},
            "medi_cal": {"citations": (f"{HSC} § 1368.01(b)", "42 CFR § 438.404(b)(5)")},
            "medicaid": {"citations": ("42 CFR § 438.404(b)(5)",)},
        },
    ),
    "notice.language_assistance": T(
        heading="No notice of free language assistance",
        missing="the letter appears to lack the taglines offering free interpretation and translation",
        text="The notice must tell me, in the languages the law requires, that free language assistance is "
        "available.",
        request="send this decision in my preferred language, and treat every deadline as running only from my "
        "receipt of a notice I can understand",
        citations=(f"{HSC} § 1367.04",),
        by_plan={
            "erisa_group": {"citations": ("45 CFR § 147.136(e)",)},
            "commercial_hmo": {"citations": ("45 CFR § 147.136(e)",)},
            "commercial_hmo:CA": {"citations": (f"{HSC} § 1367.04", "45 CFR § 147.136(e)")},
            "medi_cal": {"citations": (f"{HSC} § 1367.04", "42 CFR § 438.10(d)")},
            "medicaid": {"citations": ("42 CFR § 438.10(d)",)},
            "medicare_advantage": {"citations": ("45 CFR § 92.11",)},
        },
    ),
    "notice.claim_identification": T(
        heading="The claim is not identified",
        missing="the letter appears not to identify the claim (date of service, provider, amount) or to offer the "
        "diagnosis and treatment codes",
        text="A claim denial must identify the claim and tell me that the diagnosis and treatment codes and their "
        "meanings are available on request.",
        request="send me the date of service, provider, claim amount, and the diagnosis and treatment codes with "
        "their meanings (this request is not an appeal)",
        citations=("45 CFR § 147.136(b)",),
    ),
    "notice.consumer_assistance": T(
        heading="The consumer assistance program is not named",
        missing="the letter appears not to give the contact for the consumer assistance program",
        text="A denial must give the contact information of the consumer assistance program or ombudsman that "
        "can help me appeal for free.",
        request="include the consumer assistance contact information in your notices",
        citations=("45 CFR § 147.136(b)",),
        by_plan={"*:CA": {"extra": "In California this is the Health Consumer Alliance, 1-888-804-3536."}},
    ),
    "notice.documents_access": T(
        heading="My right to free copies of the documents is not stated",
        missing="the letter appears not to tell me that I can get free copies of the documents and criteria used",
        text="I am entitled to free copies of the documents, records and criteria relevant to this decision.",
        request="send me, free of charge, my complete claim and case file, including the criteria, reviewer notes "
        "and internal correspondence, and do not decide this grievance until I have had a chance to review them",
        citations=(f"{HSC} § 1363.5",),
        by_plan={
            "erisa_group": {"citations": ("29 CFR § 2560.503-1",)},
            "commercial_hmo": {"citations": ("45 CFR § 147.136(b)",)},
            "commercial_hmo:CA": {"citations": (f"{HSC} § 1363.5",)},
            "medi_cal": {"citations": ("42 CFR § 438.404(b)(2)",)},
            "medicaid": {"citations": ("42 CFR § 438.404(b)(2)",)},
            "medicare_advantage": {"citations": ("42 CFR § 422.568(e)",)},
        },
    ),
    "notice.continuation_of_benefits": T(
        heading="My right to keep my services during the appeal is not explained",
        missing="the letter appears not to explain that my services can continue while I appeal (aid paid pending)",
        text="A Medi-Cal/Medicaid notice must explain the right to keep receiving services while an appeal is "
        "pending when the appeal is filed in time.",
        request="continue {service} without interruption while this appeal and any State Hearing are pending "
        "(aid paid pending)",
        citations=("42 CFR § 438.420", "42 CFR § 438.404(b)"),
    ),
    "notice.delay_requirements": T(
        heading="The delay notice does not say what is missing or when you will decide",
        missing="the delay letter appears not to list the information needed, an expected decision date, or my "
        "right to file a grievance about the delay",
        text="A notice that delays a decision must say exactly what information is needed and when a decision "
        "will be made. The information needed to decide has already been supplied by my providers.",
        request="tell me exactly what information is missing and from whom, give a decision date, and decide "
        "within the original time frame",
        citations=(f"{HSC} § 1367.01",),
        by_plan={
            "erisa_group": {"citations": ("29 CFR § 2560.503-1(f)",)},
            "erisa_group:CA": {"citations": ("29 CFR § 2560.503-1(f)", f"{HSC} § 1367.01")},
            "medicare_advantage": {"citations": ("42 CFR § 422.568(b)", "42 CFR § 422.572(b)"),
                                   "extra": "I also file an expedited grievance against the extension."},
            "medi_cal": {"citations": (f"{HSC} § 1367.01", "42 CFR § 438.210(d)", "42 CFR § 438.404(c)")},
            "medicaid": {"citations": ("42 CFR § 438.210(d)", "42 CFR § 438.404(c)"),
                         "extra": "A decision not made in time is itself a denial that I may appeal at once."},
        },
    ),
    "process.reviewer_not_physician": T(
        heading="The decision was not made by a qualified physician",
        missing="the letter appears not to show that a physician or competent licensed professional made the "
        "medical-necessity decision",
        text="Only a licensed physician, or a licensed health care professional competent to evaluate the specific "
        "clinical issues, may deny a request for medical-necessity reasons, and the decision must rest on my own "
        "clinical circumstances, not on an automated tool (SB 1120, Ch. 879, Stats. 2024).",
        request="tell me the name, license type, specialty and board certification of each reviewer, and have a "
        "physician of the same or similar specialty as my treating doctor review my case again",
        citations=(f"{HSC} § 1367.01(e)", "SB 1120 (Ch. 879, Stats. 2024)"),
        by_plan={
            "erisa_group": {"citations": ("29 CFR § 2560.503-1",),
                            "text": "On appeal the plan must consult a health care professional with appropriate "
                            "training and experience who was not involved in the first decision."},
            "commercial_hmo": {"citations": ("29 CFR § 2560.503-1", "45 CFR § 147.136"),
                               "text": "On appeal the plan must consult a health care professional with appropriate "
                               "training and experience who was not involved in the first decision."},
            "commercial_hmo:CA": {},
            "medicare_advantage": {"citations": ("42 CFR § 422.566(d)", "42 CFR § 422.590(g)(2)"),
                                   "text": "A physician or other appropriate professional with expertise, including "
                                   "knowledge of Medicare coverage criteria, must review before a medical-necessity "
                                   "denial, and a reconsideration must be made by a physician with expertise in "
                                   "the relevant field."},
            "medicaid": {"citations": ("42 CFR § 438.210",),
                         "text": "A denial must be made by an individual with appropriate expertise in my medical "
                         "needs."},
        },
    ),
    "process.decision_untimely": T(
        heading="The decision was made too late",
        missing="the decision appears to have been made after the legal time limit{dates_phrase}",
        text="The plan must decide within the legal time frame counted from receipt of the request.",
        request="authorize {service} now, or decide immediately",
        citations=(f"{HSC} § 1367.01(h)",),
        by_plan={
            "*:CA": {"extra": "Timeliness is a matter the Department of Managed Health Care enforces; I reserve the "
                     "right to contact its Help Center."},
            "erisa_group": {"citations": ("29 CFR § 2560.503-1(f)(2)",),
                            "extra": "A late decision means internal appeals are deemed exhausted and I may request "
                            "external review (45 CFR § 147.136(b))."},
            "erisa_group:CA": {"citations": ("29 CFR § 2560.503-1(f)(2)", f"{HSC} § 1367.01(h)")},
            "commercial_hmo": {"citations": ("29 CFR § 2560.503-1(f)(2)", "45 CFR § 147.136(b)")},
            "commercial_hmo:CA": {"citations": (f"{HSC} § 1367.01(h)",)},
            "medicare_advantage": {"citations": ("42 CFR § 422.568(b)", "42 CFR § 422.572")},
            "medi_cal": {"citations": (f"{HSC} § 1367.01(h)", "42 CFR § 438.210(d)")},
            "medicaid": {"citations": ("42 CFR § 438.210(d)",),
                         "extra": "A decision not made in time is treated as a denial, and I may go on to a State "
                         "fair hearing."},
            "fehb": {"citations": ("5 CFR § 890.105",)},
        },
    ),
    "process.retro_denial_of_authorized": T(
        heading="You cannot take back an authorization after the care was given",
        missing="the letter appears to deny payment for care that had been authorized before it was given",
        text="A plan that authorized a treatment may not rescind or modify that authorization after the provider "
        "rendered the service in good faith under it, for any reason.",
        request="pay the claim for {service} as authorized and withdraw any bill sent to me",
        citations=(f"{HSC} § 1371.8",),
        by_plan={
            "medicare_advantage": {"citations": ("42 CFR § 422.138(c)",),
                                   "text": "A Medicare Advantage plan that approved a service through prior "
                                   "authorization may not later deny coverage for lack of medical necessity, except "
                                   "for good cause or fraud."},
        },
    ),
    "process.emergency_prior_auth": T(
        heading="Emergency care does not need prior authorization",
        missing="the letter appears to deny emergency care for lack of prior authorization or on hindsight",
        text="Emergency care is covered without prior authorization, judged by the symptoms as I experienced them "
        "(a prudent layperson), not by the final diagnosis.",
        request="pay for the emergency care in full, less my usual cost sharing",
        citations=(f"{HSC} § 1371.4", f"{HSC} § 1371.5"),
        by_plan={
            "*:CA": {"extra": "Payment disputes over emergency or urgent services are eligible for Independent "
                     "Medical Review."},
            "erisa_group": {"citations": ("45 CFR § 147.138",)},
            "erisa_group:CA": {"citations": (f"{HSC} § 1371.4", "45 CFR § 147.138")},
            "commercial_hmo": {"citations": ("45 CFR § 147.138",)},
            "commercial_hmo:CA": {"citations": (f"{HSC} § 1371.4", f"{HSC} § 1371.5")},
            "medicare_advantage": {"citations": ("42 CFR § 422.113",)},
            "medicaid": {"citations": ("42 CFR § 438.114",)},
            "fehb": {"citations": ("45 CFR § 147.138",)},
        },
    ),
    "second_opinion.eligible_denied": T(
        heading="I qualify for a second opinion under California law",
        missing="the letter refuses a second opinion although my situation is one the law covers",
        text="California law requires the plan to provide or authorize a second opinion by an appropriately "
        "qualified health care professional when I ask for one in these situations, among others: I question "
        "the reasonableness or necessity of recommended surgery; I question a diagnosis or plan of care for a "
        "condition that threatens loss of life, limb or bodily function or is a serious chronic condition; the "
        "clinical picture is unclear or the diagnosis is in doubt; the treatment is not improving my condition; "
        "or I have serious concerns about the diagnosis or plan of care. The list is not exhaustive.",
        request="authorize the second opinion with {outside_provider} {timeframe}, or with an appropriately "
        "qualified clinician of the same or equivalent specialty and expertise in my condition, and send me your "
        "written second-opinion policy and the second-opinion timelines you filed with the Department of Managed "
        "Health Care",
        citations=(f"{HSC} § 1383.15(a)", f"{HSC} § 1383.1"),
    ),
    "second_opinion.invalid_reason": T(
        heading="The reason given for refusing the second opinion is not one the law allows",
        missing="the stated reason for refusing the second opinion is not a lawful ground",
        text="When I qualify for a second opinion, the plan must provide or authorize it. That another physician "
        "would likely agree, that your physicians follow the same guideline, or that a second opinion is \"not "
        "medically necessary\" is not a permitted reason to refuse one.",
        request="authorize the second opinion with {outside_provider} {timeframe} and, if you still refuse, give me "
        "a written decision stating a reason the law allows",
        citations=(f"{HSC} § 1383.15",),
    ),
    "second_opinion.no_qualified_in_network": T(
        heading="No appropriately qualified in-network physician was offered",
        missing="the letter refuses an outside second opinion without offering an in-network clinician with "
        "expertise in my condition",
        text="The second opinion must come from a professional with training and expertise in my particular "
        "condition. If no participating provider meets that standard, the plan must authorize a second opinion "
        "outside the network, at my usual cost sharing. Sending me back to the same physician or department that "
        "gave the first opinion is not a second opinion.",
        request="authorize the second opinion with {outside_provider} at in-network cost sharing, or name an "
        "in-network clinician of the same or equivalent specialty with specific expertise in my condition and give "
        "me an appointment date; and send me the list of in-network clinicians with that expertise and their "
        "appointment availability",
        citations=(f"{HSC} § 1383.15",),
    ),
    "second_opinion.untimely": T(
        heading="The second-opinion request was not decided in time",
        missing="the second-opinion request appears not to have been decided in the time the law allows"
        "{dates_phrase}",
        text="A second-opinion request must be decided expeditiously, and within 72 hours when my condition poses "
        "an imminent and serious threat to my health.",
        request="authorize the second opinion immediately and send me the second-opinion timelines you filed with "
        "the Department of Managed Health Care",
        citations=(f"{HSC} § 1383.15", f"{HSC} § 1368.01(b)"),
    ),
    "mh_parity.non_association_criteria": T(
        heading="My mental health care must be judged by generally accepted standards",
        missing="the letter appears not to base the decision on the nonprofit professional-association criteria "
        "that California requires for mental health and substance use care",
        text="Since SB 855 (Ch. 151, Stats. 2020), medical-necessity decisions for mental health and substance use "
        "disorder care must follow generally accepted standards of care and the most recent criteria of the "
        "nonprofit professional association for the relevant specialty (for example the ASAM Criteria for "
        "substance use, LOCUS or CALOCUS-CASII for mental health level of care). The Department of Managed Health "
        "Care fined Kaiser $50 million in 2023 over behavioral-health access, including mental health parity and "
        "grievance handling.",
        request="re-review my request under the correct nonprofit-association criteria, by a reviewer trained in "
        "them, and send me the criteria you applied",
        citations=(f"{HSC} § 1374.721(b)", "28 CCR § 1300.74.721", "SB 855 (Ch. 151, Stats. 2020)"),
    ),
    "medicare.internal_criteria": T(
        heading="Medicare Advantage must follow Traditional Medicare's coverage rules",
        missing="the letter appears to rely on internal criteria rather than Medicare's own coverage rules",
        text="A Medicare Advantage plan must cover what Traditional Medicare covers under the same National and "
        "Local Coverage Determinations and regulations. It may use internal criteria only where Medicare's criteria "
        "are not fully established, and then only publicly accessible, evidence-based criteria (CMS-4201-F, "
        "88 FR 22120). The HHS Office of Inspector General found in April 2022 (OEI-09-18-00260) that 13% of "
        "Medicare Advantage prior-authorization denials it reviewed met Medicare coverage rules.",
        request="identify the Medicare rule applied; if internal criteria were used, send me the public criteria, "
        "their evidence summary and your basis for finding Medicare's criteria not fully established; and have a "
        "physician with expertise in Medicare coverage criteria review my case",
        citations=("42 CFR § 422.101(b)", "42 CFR § 422.101(b)(6)", "42 CFR § 422.566(d)"),
    ),
    "medicare.transition_period": T(
        heading="My ongoing treatment is protected during the 90-day transition period",
        missing="the letter denies an active course of treatment for lack of prior authorization during my first "
        "90 days in the plan",
        text="When an enrollee in an active course of treatment joins a Medicare Advantage plan, the plan must "
        "provide a transition period of at least 90 days during which it may not require prior authorization for "
        "that course of treatment (CMS-4201-F, 88 FR 22120).",
        request="authorize and pay for {service} as part of my ongoing course of treatment and honor the prior "
        "authorization from my previous coverage",
        citations=("42 CFR § 422.112", "CMS-4201-F (88 FR 22120)"),
    ),
    "experimental.terminal_illness_rights": T(
        heading="My rights for an experimental-treatment denial in a serious illness were not given",
        missing="the letter appears to lack the medical and scientific reasons, the covered alternatives, the "
        "conference offer or the independent review right",
        text="When a plan denies a therapy as experimental or investigational for a life-threatening or seriously "
        "debilitating condition, it must give the specific medical and scientific reasons, describe covered "
        "alternatives, offer a conference, and tell me of my right to Independent Medical Review, which I may "
        "request without first finishing the plan's grievance process.",
        request="send me the specific medical and scientific reasons and a description of any covered alternative "
        "treatments, schedule a conference (expedited if delay would reduce the treatment's effectiveness), and "
        "authorize {service}",
        citations=(f"{HSC} § 1368.1", f"{HSC} § 1370.4", "28 CCR § 1300.70.4"),
    ),
    "network.no_timely_in_network_alternative": T(
        heading="No timely in-network appointment was offered",
        missing="the letter says the care is available in network but appears not to offer an in-network "
        "appointment within the timely-access standards",
        text="If the plan says the care is available in its network, it must actually offer an appointment within "
        "the timely-access standards (for example 15 business days for a non-urgent specialist, 10 business days "
        "for non-physician mental health care, 96 hours for urgent care that needs prior authorization). If it "
        "cannot, it must arrange the care, including outside the network. The Department of Managed Health Care "
        "fined Kaiser in 2013 and 2023 over timely access to mental health care.",
        request="give me a named in-network provider and an appointment within the applicable standard, or "
        "authorize {outside_provider_or_any} at in-network cost sharing",
        citations=(f"{HSC} § 1367.03", "28 CCR § 1300.67.2.2"),
    ),
}


# ---------------------------------------------------------------------------------------------------------------
# Catalogue access (tolerant: the catalogue is built by another module and may not exist yet)
# ---------------------------------------------------------------------------------------------------------------
def _catalogue_rules() -> Mapping[str, Any]:
    try:
        from .rules import catalogue as cat_mod  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - the catalogue module may not exist yet or may fail to import
        return {}
    for name in ("CATALOGUE", "catalogue"):
        cat = getattr(cat_mod, name, None)
        if cat is not None and not callable(cat):
            break
    else:
        loader = getattr(cat_mod, "load_catalogue", None) or getattr(cat_mod, "get_catalogue", None)
        try:
            cat = loader() if loader else None
        except Exception:  # noqa: BLE001
            cat = None
    rules = getattr(cat, "rules", None) if cat is not None else None
    if isinstance(rules, Mapping):
        return rules
    if isinstance(rules, (list, tuple)):
        return {getattr(r, "id", None) or getattr(r, "rule_id", None): r for r in rules}
    return {}


def catalogue_rule_ids() -> list[str]:
    """Rule ids of the catalogue when it is available, else those of ``ARGUMENT_TEMPLATES``."""
    ids = [i for i in _catalogue_rules() if i]
    return ids or list(ARGUMENT_TEMPLATES)


def _get(obj: Any, key: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(key, default)
    return getattr(obj, key, default)


def template_for(rule_id: str) -> ArgumentTemplate | None:
    """The argument template for a rule.

    Our templates carry per-plan text and requests with letter facts (``{outside_provider}``, ``{service}``) that
    the catalogue's templates cannot name (they may use only ``{citation}``, ``{explanation}``, ``{title}``), so
    ours come first; the catalogue's template is used for a rule id we do not know. Citations always come from
    the engine's outcome (the catalogue's [V]/[P] forms for this plan) merged with ours (see
    ``argument_for_outcome``)."""
    base = ARGUMENT_TEMPLATES.get(rule_id)
    if base is not None:
        return base
    return catalogue_template(rule_id)


def catalogue_template(rule_id: str) -> ArgumentTemplate | None:
    """The catalogue's own argument template for a rule (placeholders {citation} {explanation} {title})."""
    rule = _catalogue_rules().get(rule_id)
    arg = _get(rule, "argument") if rule is not None else None
    if not arg:
        return None
    return ArgumentTemplate(
        heading=_get(arg, "heading") or _get(rule, "title", rule_id),
        text=_get(arg, "text") or "",
        request=_get(arg, "request") or "",
        citations=tuple(_get(arg, "citations") or ()),
    )


# ---------------------------------------------------------------------------------------------------------------
# Values from the letter (never invented)
# ---------------------------------------------------------------------------------------------------------------
def human_date(iso: Any) -> str | None:
    """2026-03-11 -> March 11, 2026 (None when not an ISO date)."""
    if not iso:
        return None
    try:
        d = _dt.date.fromisoformat(str(iso)[:10])
    except ValueError:
        return None
    return f"{d:%B} {d.day}, {d.year}"


def _truthy(v: Any) -> bool:
    if isinstance(v, str):
        return v.strip().lower() in ("1", "y", "yes", "true", "t", "on")
    return bool(v)


def fact_true(ctx: Context, *ids: str) -> bool:
    """True when any of the facts is true and came from the member or the letter (never a default)."""
    for i in ids:
        f = ctx.facts.get(i)
        if f is not None and f.source in ("member", "letter") and _truthy(f.value):
            return True
    return False


def fact_value(ctx: Context, *ids: str) -> str | None:
    for i in ids:
        f = ctx.facts.get(i)
        if f is not None and f.source in ("member", "letter") and f.value not in (None, "") and not isinstance(
                f.value, bool):
            return str(f.value)
    return None


_ORG = (r"(?:[A-Z][\w.&'’-]*\s+)(?:(?:of|and|for|the|at|&)\s+|[A-Z][\w.&'’-]*\s+){0,9}?"
        r"(?:Comprehensive Cancer Center|Cancer Center|Medical Center|Cancer Institute|Institute|Hospital|Clinic|"
        r"Program|Center|University)\b(?:\s+(?:in|at)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?")
_ORG_RE = re.compile(_ORG)
_OUTSIDE_CUE = re.compile(r"second opinion|outside|non-Plan|not (?:part of|in) (?:the )?(?:Kaiser|our|your)|"
                          r"out[- ]of[- ]network|non-?participating", re.I)
# sentence ends, but not after "Dr." / "St." and the like
_SENT_SPLIT = re.compile(r"(?=\s)(?:(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bSt\.)(?<!\bMrs\.)(?<!\bInc\.)"
                         r"(?<=[.!?])\s+|\n{2,})")  # whitespace first: the look-behinds run only there
_KAISER_RE = re.compile(r"Kaiser|Permanente|\bKP\b|Plan (?:Provider|Facility|Physician)", re.I)


def outside_provider(ctx: Context, outcomes: Sequence[Outcome] = ()) -> str | None:
    """The outside provider the member asked for, as named in the letter (or by the member); None if not named."""
    for o in outcomes:
        for k in ("outside_provider", "requested_provider", "provider_requested", "requested"):
            v = o.details.get(k) if isinstance(o.details, Mapping) else None
            if isinstance(v, str) and v.strip():
                return v.strip()
    v = fact_value(ctx, "outside_provider", "requested_provider", "second_opinion_provider")
    if v:
        return v
    text = ctx.document.search_text if ctx.document is not None else ""
    best: str | None = None
    for sent in _SENT_SPLIT.split(text):
        if not _OUTSIDE_CUE.search(sent):
            continue
        for m in _ORG_RE.finditer(sent):
            name = re.sub(r"\s+", " ", m.group(0)).strip()
            if _KAISER_RE.search(name) or len(name) < 6:
                continue
            before = sent[:m.start()]
            if before.count("(") > before.count(")"):
                continue  # "(Family Medicine, Riverside Medical Center)": the member's own doctor's facility
            if best is None or len(name) > len(best):
                best = name
        if best:
            return re.sub(r"^(?:The|the|a|an)\s+", "", best)
    return None


def balance_parens(s: str) -> str:
    """Close a parenthesis an extracted item left open ("surgical oncology (second opinion")."""
    return s + ")" * max(0, s.count("(") - s.count(")"))


def services_text(ctx: Context) -> str | None:
    items = [balance_parens(str(s.get("text", "")).strip()) for s in (ctx.value("services") or [])
             if isinstance(s, Mapping)]
    items = [i for i in items if i]
    if not items:
        return None
    return items[0] if len(items) == 1 else "; ".join(items[:3])


def diagnosis_text(ctx: Context) -> str | None:
    items = [str(s.get("text", "")).strip() for s in (ctx.value("diagnoses") or []) if isinstance(s, Mapping)]
    items = [i for i in items if i]
    return "; ".join(items[:2]) if items else None


FILING_MINIMUM = {
    "commercial_hmo": "180 calendar days",
    "erisa_group": "180 days",
    "medicare_advantage": "60 calendar days",
    "medi_cal": "60 calendar days",
    "medicaid": "60 calendar days",
    "fehb": "6 months",
}


def _fill_values(ctx: Context, outcomes: Sequence[Outcome]) -> dict[str, str]:
    """Placeholder values. Missing ones are left out, so they render as blank markers."""
    urgent = str(ctx.value("urgency") or "") == "expedited" or fact_true(ctx, "imminent_threat")
    svc = services_text(ctx)
    if not svc and (ctx.value("letter_kind") == "second_opinion_denial" or ctx.value("denial_category") == "second_opinion"):
        svc = "a second opinion"  # what the letter kind itself says was refused
    if svc and len(svc) > 1 and svc[0].isupper() and svc[1].islower():
        svc = svc[0].lower() + svc[1:]  # used mid-sentence; "MRI ..." stays as written
    vals: dict[str, str | None] = {
        "service": svc,
        "diagnosis": diagnosis_text(ctx),
        "outside_provider": outside_provider(ctx, outcomes),
        "letter_date": human_date(ctx.value("dates.letter")),
        "request_date": human_date(ctx.value("dates.request_received")),
        "decision_date": human_date(ctx.value("dates.decision")),
        "service_date": human_date(ctx.value("dates.service")),
        "requesting_provider": ctx.value("requesting_provider"),
        "reviewer": ctx.value("reviewer.name"),
        "reviewer_specialty": ctx.value("reviewer.specialty"),
        "criteria": "; ".join(str(c.get("value")) for c in (ctx.value("criteria_cited") or [])
                              if isinstance(c, Mapping) and c.get("value")) or None,
        "filing_minimum": FILING_MINIMUM.get(str(ctx.value("plan_type") or "")),
        "timeframe": "within 72 hours" if urgent else "without further delay",
    }
    vals["outside_provider_or_any"] = vals["outside_provider"] or "care from an outside provider"
    req, dec = vals["request_date"], vals["decision_date"] or vals["letter_date"]
    vals["dates_phrase"] = f" (request received {req}; decided {dec})" if req and dec else ""
    return {k: str(v) for k, v in vals.items() if v not in (None, "")}


BLANK_LABELS = {
    "service": "[THE SERVICE THAT WAS DENIED]",
    "outside_provider": "[NAME OF THE OUTSIDE PROVIDER YOU ASKED FOR]",
    "diagnosis": "[YOUR DIAGNOSIS]",
    "letter_date": "[DATE OF THE DENIAL LETTER]",
    "request_date": "[DATE YOU MADE THE REQUEST]",
    "decision_date": "[DATE OF THE DECISION]",
    "service_date": "[DATE OF SERVICE]",
    "requesting_provider": "[YOUR DOCTOR'S NAME]",
    "reviewer": "[REVIEWER'S NAME]",
    "reviewer_specialty": "[REVIEWER'S SPECIALTY]",
    "criteria": "[CRITERIA NAMED IN THE LETTER]",
    "filing_minimum": "[TIME ALLOWED BY LAW TO FILE]",
}

BLANK_RE = re.compile(r"\[[A-Z][A-Z0-9 '’/,.()&:-]*[A-Z)]\]")


class _Values(dict):
    def __missing__(self, key: str) -> str:
        return BLANK_LABELS.get(key, f"[{key.upper().replace('_', ' ')}]")


def render(text: str, values: Mapping[str, str]) -> str:
    """Fill ``{name}`` placeholders; unknown names become blank markers, stray braces are kept literally."""
    if not text:
        return ""
    vals = _Values(values)
    out = []
    for literal, name, _spec, _conv in string.Formatter().parse(text):
        out.append(literal)
        if name is None:
            continue
        if not re.fullmatch(r"[A-Za-z_][\w.]*", name):
            out.append("{" + name + "}")
            continue
        out.append(vals[name])
    return "".join(out)


# ---------------------------------------------------------------------------------------------------------------
# Building arguments
# ---------------------------------------------------------------------------------------------------------------
def _plan_keys(ctx: Context) -> list[str]:
    plan = str(ctx.value("plan_type") or "unknown")
    state = str(ctx.value("state") or "").upper()
    if plan == "erisa_group" and fact_true(ctx, "self_funded"):
        state = ""  # a self-funded plan is outside Knox-Keene: federal rules only
    keys = []
    if state:
        keys.append(f"{plan}:{state}")
    keys.append(plan)
    if state:
        keys.append(f"*:{state}")
    return keys


def _variant(tpl: ArgumentTemplate, ctx: Context) -> dict[str, Any]:
    chosen: dict[str, Any] = {"text": tpl.text, "request": tpl.request, "citations": tuple(tpl.citations),
                              "extra": ""}
    seen: set[str] = set()
    for key in _plan_keys(ctx):  # most specific first; a more specific key wins for each field
        var = tpl.by_plan.get(key)
        if var is None:
            continue
        if not var:  # an empty variant means "the base text applies here" (e.g. CA wins over federal)
            seen.update(("text", "request", "citations"))
            continue
        for f in ("text", "request", "citations", "extra"):
            if f in var and f not in seen:
                chosen[f] = tuple(var[f]) if f == "citations" else var[f]
                seen.add(f)
    return chosen


def _clean(s: str) -> str:
    return re.sub(r"\s+", " ", s or "").strip()


def _quote(text: str) -> str:
    t = _clean(text).replace('"', "'")
    if len(t) > MAX_QUOTE:
        cut = t[:MAX_QUOTE].rsplit(" ", 1)[0]
        t = cut.rstrip(",;:") + " …"
    return t


def quoted_evidence(outcome: Outcome, limit: int = 2, doc: Any = None) -> list[tuple[str, int]]:
    """(quote, page) for the offending text of an outcome; long spans are where the analyzer looked, not quoted.
    With the document, a very short span ("not medically necessary") is widened to its sentence."""
    out: list[tuple[str, int]] = []
    seen: set[str] = set()
    absence = outcome.rule_id in ABSENCE_RULES
    limit_chars = ABSENCE_QUOTE_MAX if absence else LOOKED_IN_MIN
    for sp in outcome.evidence:
        t = _clean(sp.text)
        lines = sp.text.strip().count("\n")
        if not t or len(t) > limit_chars or lines > (0 if absence else 1):
            continue
        if _whole_page(outcome, sp, doc):
            continue
        if doc is not None and len(t) < SHORT_QUOTE:
            t = _sentence_around(doc, sp) or t
        if t in seen or any(t in q or q in t for q in seen):
            continue
        seen.add(t)
        out.append((_quote(t), sp.page))
        if len(out) >= limit:
            break
    return out


SHORT_QUOTE = 40  # a quote shorter than this is widened to its sentence


def _sentence_around(doc: Any, sp: Any) -> str | None:
    """The sentence of the page text that contains a span; a heading or salutation line is not pulled in."""
    page, start, end = (_get(sp, "page"), _get(sp, "start"), _get(sp, "end"))
    try:
        text = doc.pages[int(page) - 1].text
    except (AttributeError, IndexError, TypeError, ValueError):
        return None
    if start is None or end is None or not (0 <= start <= end <= len(text)):
        return None
    lo = _sentence_start(text, start)
    ends = [m.start() + 1 for m in re.finditer(r"[.!?](?=\s|$)", text[end:])]
    hi = end + ends[0] if ends else len(text)
    para = text.find("\n\n", end)
    if 0 <= para < hi:
        hi = para
    line_end = text.find("\n", end)
    line = text[text.rfind("\n", 0, end) + 1:line_end if line_end >= 0 else len(text)]
    if 0 <= line_end < hi and len(line.rstrip()) < max(40, _wrap_width(text)):
        hi = line_end  # a short line (header field, heading) is not continued into the next one
    sent = _clean(text[lo:hi])
    return sent if 0 < len(sent) <= LOOKED_IN_MIN else None


def _wrap_width(text: str) -> float:
    """Lines at least this long are wrapped body text; shorter ones end a paragraph, heading or field."""
    return 0.8 * max((len(ln.rstrip()) for ln in text.split("\n")), default=0)


def _sentence_start(text: str, pos: int) -> int:
    line_start = text.rfind("\n", 0, pos) + 1
    k = max(text.rfind(". ", line_start, pos), text.rfind("? ", line_start, pos), text.rfind("! ", line_start, pos))
    if k >= 0:
        return k + 2
    lo = line_start
    wrap = _wrap_width(text)
    while lo > 0:  # walk back over wrapped body lines until a sentence end or a heading-like (short) line
        prev_start = text.rfind("\n", 0, lo - 1) + 1
        prev = text[prev_start:lo - 1]
        if not prev.strip() or prev.rstrip()[-1:] in ".:!?" or len(prev.rstrip()) < max(40, wrap):
            break
        k = max(prev.rfind(". "), prev.rfind("? "), prev.rfind("! "))
        if k >= 0:
            return prev_start + k + 2
        lo = prev_start
    return lo


def _whole_page(outcome: Outcome, sp: Any, doc: Any = None) -> bool:
    """A span that covers (nearly) a whole page is a search area, not a quote."""
    if sp.start != 0 or not sp.page:
        return False
    if doc is not None:
        try:
            return sp.end >= len(doc.pages[sp.page - 1].text.rstrip()) - 2 and len(sp.text.strip()) > SHORT_QUOTE
        except (AttributeError, IndexError, TypeError):
            pass
    return len(sp.text.strip()) > 80


def _pages(spans: Iterable[Any]) -> list[int]:
    return sorted({int(s.page) for s in spans if getattr(s, "page", None)})


def _page_range(pages: Sequence[int]) -> str:
    if not pages:
        return "the whole letter"
    if len(pages) == 1:
        return f"page {pages[0]}"
    return f"pages {pages[0]}–{pages[-1]}" if pages == list(range(pages[0], pages[-1] + 1)) else \
        "pages " + ", ".join(map(str, pages))


def _letter_ref(values: Mapping[str, str]) -> str:
    d = values.get("letter_date")
    return f"Your letter dated {d}" if d else "Your letter"


def _facts_paragraph(outcome: Outcome, tpl: ArgumentTemplate | None, values: Mapping[str, str],
                     doc: Any = None) -> str:
    quotes = quoted_evidence(outcome, doc=doc)
    ref = _letter_ref(values)
    finding = member_voice(outcome.explanation) or (render(tpl.missing, values) if tpl and tpl.missing else "")
    if quotes:
        parts = [f'"{q}" (page {p})' for q, p in quotes]
        said = parts[0] if len(parts) == 1 else f"{parts[0]} and {parts[1]}"
        s = f"{ref} says: {said}."
        if finding:
            s += f" In my view, {_lc_start(finding)}."
        return s
    looked = _page_range(_pages(outcome.evidence))
    missing = finding or outcome.title
    missing = re.sub(r"^(?:the|this) (?:delay )?letter ", "it ", _lc_start(missing)) if missing else ""
    d = values.get("letter_date")
    which = f"your letter dated {d}" if d else "your letter"
    where = "including its enclosures" if looked == "the whole letter" else looked
    return f"I reviewed {which} ({where}), and {missing.rstrip('.')}."


# the five § 1383.15(a) situations (fact ids of analyzer.rules.facts), in the member's voice
SITUATION_WORDS = {
    "surgery_proposed": "surgery has been recommended and I question it",
    "serious_condition": "my condition is serious or threatens my life, a limb or a bodily function",
    "diagnosis_uncertain": "my diagnosis is unclear or in doubt",
    "treatment_not_working": "my treatment is not improving my condition",
    "member_concerns": "I have serious concerns about my diagnosis or plan of care",
}


_VOICE = (
    (r"\bthe member's\b", "my"), (r"\bThe member's\b", "My"),
    (r"\bthe member (reports|says|states)\b", r"I \1"), (r"\bthe member has\b", "I have"),
    (r"\bthe member is\b", "I am"), (r"\bthe member was\b", "I was"), (r"\b(?:to|for|of) the member\b", "to me"),
)


def _lc_start(s: str) -> str:
    """Lower-case a sentence start for use mid-sentence, except "I" and acronyms ("DMHC")."""
    if not s or s.startswith("I ") or (len(s) > 1 and s[1].isupper()):
        return s
    return s[0].lower() + s[1:]


def member_voice(explanation: str) -> str:
    """The engine's explanation (written about "the member") in the member's own voice, without a final period."""
    t = _clean(explanation)
    for pat, rep in _VOICE:
        t = re.sub(pat, rep, t)
    t = re.sub(r"\b(I (?:report|say|state))s\b", r"\1", t)
    if re.search(r"\bthe member\b", t, re.I):  # a phrasing we cannot turn safely: leave it to the template
        return ""
    return t.rstrip(". ")


def _details_sentence(outcome: Outcome) -> str:
    d = outcome.details if isinstance(outcome.details, Mapping) else {}
    trig = d.get("triggers") or d.get("situations")
    if isinstance(trig, (list, tuple)) and trig:
        names = []
        for t in trig:
            if isinstance(t, Mapping):
                t = t.get("label") or t.get("text") or t.get("id")
            if t:
                names.append(SITUATION_WORDS.get(str(t), str(t).replace("_", " ")))
        if names:
            return "These situations apply to me: " + "; ".join(names) + "."
    return ""


def _sentence_case(s: str) -> str:
    s = s.strip()
    return s[:1].upper() + s[1:] if s else s


def argument_for_outcome(ctx: Context, outcome: Outcome, values: Mapping[str, str] | None = None,
                         outcomes: Sequence[Outcome] = ()) -> dict:
    """The grievance argument for one raised outcome."""
    values = dict(values if values is not None else _fill_values(ctx, outcomes or [outcome]))
    values.update({k: v for k, v in (("citation", outcome.citation), ("explanation", outcome.explanation),
                                     ("title", outcome.title)) if v})
    tpl = template_for(outcome.rule_id)
    var = _variant(tpl, ctx) if tpl else {"text": "", "request": "", "citations": (), "extra": ""}
    heading = tpl.heading if tpl else outcome.title
    facts = _facts_paragraph(outcome, tpl, values, ctx.document)
    rule_text = render(var["text"], values)
    extra = render(var["extra"], values)
    request = _clean(render(var["request"], values)) or "reverse this decision"
    citations = [c for c in var["citations"] if c]
    known = {_norm_cite(c) for c in citations}
    engine = [c.strip() for c in re.split(r";\s*", outcome.citation or "") if c.strip()]
    engine = [c for c in engine if not c.lower().startswith("no verified citation")]
    for c in reversed(engine):
        if _norm_cite(c) not in known:
            citations.insert(0, c)
            known.add(_norm_cite(c))
    citations = _drop_general(citations)
    cite_txt = "; ".join(citations)
    body = " ".join(x for x in (
        facts,
        "" if "situation" in (outcome.explanation or "") else _details_sentence(outcome),
        f"{rule_text.rstrip('.')} ({cite_txt})." if rule_text and cite_txt else rule_text,
        extra,
        f"I ask that you {request.rstrip('.')}.",
    ) if x)
    return {
        "rule_id": outcome.rule_id,
        "heading": heading,
        "text": _clean(body),
        "citations": citations,
        "kind": "flag",
        "strength": outcome.severity if outcome.severity in SEVERITY_RANK else "low",
        "request": _sentence_case(request.rstrip(".")),
        "evidence_pages": _pages(outcome.evidence),
    }


def _drop_general(citations: list[str]) -> list[str]:
    """Leave out "45 CFR § 147.136(d)" when "45 CFR § 147.136(d)(2)(i)" is also cited."""
    keys = [_norm_cite(c) for c in citations]
    out = []
    for i, c in enumerate(citations):
        k = keys[i]
        if any(j != i and keys[j] != k and keys[j].startswith(k) and (keys[j][len(k):][:1] in "(,")
               for j in range(len(keys))):
            continue
        if k in {_norm_cite(x) for x in out}:
            continue
        out.append(c)
    return out


def _norm_cite(c: str) -> str:
    """Comparison key of a citation: "HSC § 1383.15(a)" and "Cal. Health & Safety Code § 1383.15(a)" agree."""
    c = c.lower()
    if "§" in c:
        head, _, tail = c.partition("§")
        title = re.findall(r"\b(\d+)\s*(?:cfr|ccr)\b|tit\.\s*(\d+)", head)
        title = ["".join(t) for t in title]
        return (title[0] if title else "") + re.sub(r"[^a-z0-9().,]", "", tail)
    return re.sub(r"[^a-z0-9().,]", "", c)


# -- category arguments ------------------------------------------------------------------------------------------
_MH_RE = re.compile(r"psychiatr|mental health|behavioral health|substance|alcohol|opioid|detox|residential treatment|"
                    r"partial hospitali|\bPHP\b|\bIOP\b|intensive outpatient|\bABA\b|autism|eating disorder|"
                    r"depress|anxiety|bipolar|schizo|PTSD|gender-affirming", re.I)
_CANCER_RE = re.compile(r"cancer|carcinoma|sarcoma|lymphoma|leukemia|leukaemia|myeloma|melanoma|malignan|"
                        r"metasta|tumou?r|oncolog|glioblastoma|neoplasm", re.I)


def _items(ctx: Context, key: str) -> list[Mapping]:
    return [i for i in (ctx.value(key) or []) if isinstance(i, Mapping)]


def _is_mental_health(ctx: Context) -> bool:
    if fact_true(ctx, "mh_sud_service"):
        return True
    for it in _items(ctx, "services") + _items(ctx, "diagnoses"):
        if _MH_RE.search(str(it.get("text", ""))):
            return True
    return any(str(c).upper().startswith("F") for it in _items(ctx, "diagnoses") for c in it.get("codes", []))


def _is_cancer(ctx: Context) -> bool:
    if fact_true(ctx, "cancer"):
        return True
    for it in _items(ctx, "diagnoses"):
        if _CANCER_RE.search(str(it.get("text", ""))):
            return True
        for c in it.get("codes", []):
            c = str(c).upper()
            if c[:1] == "C" or (c[:1] == "D" and c[1:3].isdigit() and int(c[1:3]) <= 9):
                return True
    return False


def _evidence_quote_for(ctx: Context, path: str) -> tuple[str, int] | None:
    cur: Any = ctx.letter
    for p in path.split("."):
        cur = cur.get(p) if isinstance(cur, Mapping) else None
    if isinstance(cur, Mapping):
        for sp in cur.get("evidence") or []:
            t = sp.get("text") if isinstance(sp, Mapping) else getattr(sp, "text", None)
            page = sp.get("page") if isinstance(sp, Mapping) else getattr(sp, "page", None)
            if t and _clean(t) and len(_clean(t)) <= LOOKED_IN_MIN:
                return _quote(t), int(page or 0)
    return None


def _diagnosis_quote(ctx: Context) -> tuple[str, int] | None:
    """The sentence of the letter that states the (cancer) diagnosis, from the diagnosis item's evidence."""
    for it in _items(ctx, "diagnoses"):
        if not (_CANCER_RE.search(str(it.get("text", ""))) or any(
                str(c).upper().startswith("C") for c in it.get("codes", []))):
            continue
        for sp in it.get("evidence") or []:
            sent = _sentence_around(ctx.document, sp) if ctx.document is not None else None
            if sent:
                return _quote(sent), int(_get(sp, "page") or 0)
    return None


def _reason_sentence(ctx: Context, values: Mapping[str, str]) -> tuple[str, list[int]]:
    q = _evidence_quote_for(ctx, "denial_reason")
    if q:
        return f'{_letter_ref(values)} gives this reason: "{q[0]}" (page {q[1]}).', [q[1]]
    reason = ctx.value("denial_reason")
    if reason:
        return f'{_letter_ref(values)} gives this reason: "{_quote(str(reason))}".', []
    return "", []


@dataclass(frozen=True)
class CategoryArgument:
    id: str
    heading: str
    text: str
    request: str
    citations: tuple[str, ...]
    covered_by: tuple[str, ...] = ()  # raised rule ids whose argument already makes this point


CATEGORY_ARGUMENTS: dict[str, CategoryArgument] = {
    "medical_necessity": CategoryArgument(
        "medical_necessity",
        "{service_cap} is medically necessary for me",
        "My treating clinician supports this request and a letter of medical necessity addressing each of your "
        "criteria is enclosed or will follow. A decision on medical necessity must apply the criteria to my own "
        "clinical facts.",
        "reverse the denial of {service}; send me the criteria you applied, free of charge; and offer my treating "
        "physician a peer-to-peer discussion with the reviewer",
        (),
        ("notice.clinical_rationale",),
    ),
    "experimental": CategoryArgument(
        "experimental",
        "{service_cap} is supported by medical and scientific evidence",
        "My treating physician's statement and published medical and scientific evidence supporting {service} "
        "for my condition are enclosed or will follow. A denial of treatment as experimental or investigational "
        "can go to the Department of Managed Health Care for Independent Medical Review without first finishing "
        "your grievance process, and an expedited review is available when delay would reduce the treatment's "
        "effectiveness.",
        "authorize {service}, or give me the specific medical and scientific reasons for the denial and describe any "
        "covered alternative treatments",
        (f"{HSC} § 1370.4", "28 CCR § 1300.70.4", f"{HSC} § 1374.30"),
        ("experimental.terminal_illness_rights",),
    ),
    "experimental_federal": CategoryArgument(
        "experimental_federal",
        "{service_cap} is supported by medical and scientific evidence",
        "My treating physician's statement and published medical and scientific evidence supporting {service} "
        "for my condition are enclosed or will follow. A denial based on a finding that a treatment is experimental "
        "or investigational can be taken to independent external review once the internal appeal is decided, and "
        "an expedited review is available when delay would seriously jeopardize my health.",
        "authorize {service}, or give me the specific scientific or clinical reasons applied to my case and the "
        "criteria you used to find it experimental or investigational",
        ("45 CFR § 147.136(d)", "29 CFR § 2560.503-1(g)(1)(v)(B)"),
        (),
    ),
    "mental_health": CategoryArgument(
        "mental_health",
        "My mental health care must be judged by generally accepted standards of care",
        "Under SB 855 (Ch. 151, Stats. 2020), medically necessary treatment of mental health and substance use "
        "disorders must be covered under generally accepted standards of care, and medical-necessity decisions "
        "must use the criteria of the relevant nonprofit professional association. In 2023 the Department of "
        "Managed Health Care fined Kaiser $50 million over behavioral-health access, parity and grievance failures.",
        "re-review this request under generally accepted standards of care and the applicable nonprofit-association "
        "criteria, and tell me which criteria you applied",
        (f"{HSC} § 1374.72", f"{HSC} § 1374.721(b)", "SB 855 (Ch. 151, Stats. 2020)"),
        ("mh_parity.non_association_criteria",),
    ),
    "medicare_advantage": CategoryArgument(
        "medicare_advantage",
        "Traditional Medicare would cover {service}",
        "As a Medicare Advantage plan, you must cover what Traditional Medicare covers under the same National and "
        "Local Coverage Determinations, and may use internal criteria only where Medicare's criteria are not fully "
        "established (CMS-4201-F, 88 FR 22120). The HHS Office of Inspector General found in April 2022 "
        "(OEI-09-18-00260) that 13% of Medicare Advantage prior-authorization denials it reviewed met Medicare "
        "coverage rules.",
        "identify the Medicare coverage rule you applied and reverse the decision if Traditional Medicare would "
        "cover {service}",
        ("42 CFR § 422.101(b)", "42 CFR § 422.101(b)(6)"),
        ("medicare.internal_criteria",),
    ),
    "out_of_network": CategoryArgument(
        "out_of_network",
        "Timely care must be arranged, outside the network if needed",
        "If the care is not available from a plan provider within the timely-access standards (for example "
        "15 business days for a non-urgent specialist appointment), the plan must arrange it, including outside "
        "the network at in-network cost sharing.",
        "give me a named in-network provider and an appointment within the applicable standard, or authorize "
        "{outside_provider_or_any} at in-network cost sharing",
        (f"{HSC} § 1367.03", "28 CCR § 1300.67.2.2"),
        ("network.no_timely_in_network_alternative",),
    ),
    "cancer": CategoryArgument(
        "cancer",
        "A cancer diagnosis warrants an expert second opinion",
        "Your letter describes my diagnosis as \"{diagnosis}\", a condition that threatens life or bodily function. "
        "Cancer care decisions "
        "are commonly reviewed by specialists at a National Cancer Institute-designated cancer center, and a "
        "second opinion from a specialist with expertise in my specific cancer is reasonable before treatment "
        "proceeds.",
        "authorize a second opinion from a specialist in my type of cancer at a National Cancer "
        "Institute-designated cancer center (for example {outside_provider}, if it is one)",
        (f"{HSC} § 1383.15(a)",),
        (),
    ),
}


def _category_ids(ctx: Context) -> list[str]:
    cat = str(ctx.value("denial_category") or "")
    plan = str(ctx.value("plan_type") or "")
    state = str(ctx.value("state") or "").upper()
    ids: list[str] = []
    if cat == "medical_necessity" and not (_is_mental_health(ctx) and plan in ("commercial_hmo", "erisa_group")
                                           and state == "CA"):
        ids.append("medical_necessity")
    if cat == "experimental_investigational":
        if state == "CA" and plan in KNOX_KEENE_PLANS and not (plan == "erisa_group" and fact_true(ctx, "self_funded")):
            ids.append("experimental")
        elif plan in ("commercial_hmo", "erisa_group"):
            ids.append("experimental_federal")
    if (_is_mental_health(ctx) and state == "CA" and plan in ("commercial_hmo", "erisa_group")
            and cat in ("medical_necessity", "out_of_network", "not_covered", "")):
        ids.append("mental_health")
    if plan == "medicare_advantage" and cat in ("medical_necessity", "not_covered", "experimental_investigational",
                                                 "no_prior_authorization"):
        ids.append("medicare_advantage")
    if cat in ("out_of_network", "second_opinion") and state == "CA" and plan in KNOX_KEENE_PLANS:
        ids.append("out_of_network")
    if _is_cancer(ctx) and state == "CA" and plan in KNOX_KEENE_PLANS:
        ids.append("cancer")
    return ids


def category_arguments(ctx: Context, outcomes: Sequence[Outcome], values: Mapping[str, str]) -> list[dict]:
    raised = {o.rule_id for o in outcomes if o.status == RAISED}
    vals = dict(values)
    vals["service_cap"] = _sentence_case(values.get("service") or "The requested care")
    out = []
    reason, reason_pages = _reason_sentence(ctx, values)
    for cid in _category_ids(ctx):
        ca = CATEGORY_ARGUMENTS[cid]
        if raised.intersection(ca.covered_by):
            continue
        if cid == "out_of_network" and raised.intersection({"second_opinion.no_qualified_in_network"}):
            continue
        vals_c = vals
        ca_text = ca.text
        dq = _diagnosis_quote(ctx) if cid == "cancer" else None
        if dq:
            ca_text = ca_text.replace('Your letter describes my diagnosis as \"{diagnosis}\"',
                                      f'Your letter says: "{dq[0]}" (page {dq[1]}). This is cancer')
        elif cid == "cancer" and not vals.get("diagnosis"):
            ca_text = ca_text.replace('Your letter describes my diagnosis as \"{diagnosis}\"', "My diagnosis is a cancer")
        request = render(ca.request, vals_c)
        if cid == "cancer" and "outside_provider" not in values:
            request = render("authorize a second opinion from a specialist in my type of cancer at a National "
                             "Cancer Institute-designated cancer center", vals_c)
        cites = list(ca.citations)
        text = " ".join(x for x in (
            reason if cid in ("medical_necessity", "experimental", "experimental_federal", "medicare_advantage",
                              "mental_health") else "",
            render(ca_text, vals_c).rstrip(".") + (f" ({'; '.join(cites)})." if cites else "."),
            f"I ask that you {request}.",
        ) if x)
        out.append({
            "rule_id": None,
            "heading": render(ca.heading, vals_c),
            "text": _clean(text),
            "citations": cites,
            "kind": "category",
            "strength": CATEGORY_STRENGTH,
            "request": _sentence_case(request),
            "evidence_pages": reason_pages if reason and cid != "cancer" else [],
            "category": cid,
        })
    return out


def build_arguments(ctx: Context, outcomes: list[Outcome]) -> list[dict]:
    """Schema ``arguments``: one per raised outcome (high, medium, low severity), then category arguments."""
    raised = [o for o in outcomes if o.status == RAISED]
    values = _fill_values(ctx, raised)
    flag_args = []
    for i, o in enumerate(raised):
        arg = argument_for_outcome(ctx, o, values, raised)
        # within a severity, a defect in the decision itself argues more strongly than a defect in the notice
        substance = 1 if o.rule_id.startswith("notice.") else 0
        flag_args.append((SEVERITY_RANK.get(o.severity, 3), substance, i, arg))
    flag_args.sort(key=lambda t: t[:3])
    args = [t[3] for t in flag_args]
    stated: set[str] = set()
    for a in args:  # the § 1383.15 situations are stated once, in the strongest argument that has them
        for o in raised:
            sent = _details_sentence(o) if o.rule_id == a["rule_id"] else ""
            if sent and sent in stated:
                a["text"] = _clean(a["text"].replace(sent, ""))
            elif sent:
                stated.add(sent)
    args.extend(category_arguments(ctx, outcomes, values))
    log.debug("built %d arguments (%d from rules)", len(args), len(flag_args))
    return args
