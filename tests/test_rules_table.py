"""One table per rule: letters that must raise it, letters that must pass, letters where it does not apply.

Each row is (expected status, letter text, facts, letter fields). A catalogue-wide test checks every rule has
raise and pass rows (and a not-applicable row unless the rule applies everywhere).
"""

from __future__ import annotations

import pytest
from test_rules_support import BLOCKS, letter_text, outcome

from analyzer.rules import load_catalogue
from analyzer.rules.outcome import INSUFFICIENT, NOT_APPLICABLE, PASSED, RAISED

R, P, NA, IN = RAISED, PASSED, NOT_APPLICABLE, INSUFFICIENT
BASE = letter_text()
CC = "\ncc: Tobias Renner, MD, Orthopedics"


def row(status, text=None, facts=None, label="", **fields):
    return pytest.param(status, BASE if text is None else text, facts or {}, fields, id=label or status)


NOTICE_REASON = [
    row(R, label="category-label-only", denial_reason="Not medically necessary."),
    row(R, label="boilerplate-criteria", denial_reason="The request does not meet criteria."),
    row(P, label="member-specific-facts"),
    row(NA, label="delay-notice", letter_kind="delay_notice"),
    row(IN, label="reason-not-found", denial_reason=None),
]

NOTICE_CRITERIA = [
    row(R, letter_text(omit=["criteria"], replace={"documents": "Call us with questions."}), label="generic-only",
        criteria_cited=[]),
    row(R, letter_text(omit=["criteria", "reason"], replace={"documents": "Call us."}), label="absent",
        criteria_cited=[], denial_reason="Your records show 2 weeks of physical therapy; 6 weeks are required first."),
    row(R, letter_text(omit=["criteria", "reason"], replace={"documents": "Call us."}),
        label="bare-reason-names-no-criteria-either", criteria_cited=[], denial_reason="Not medically necessary."),
    row(P, label="named-guideline"),
    row(P, letter_text(omit=["criteria"], extra=["You may ask for a free copy of the criteria we used."]),
        label="generic-with-free-copy", criteria_cited=[]),
    row(P, letter_text(omit=["criteria"], extra=["We applied MCG criteria."]), label="mcg-in-text", criteria_cited=[]),
    row(P, letter_text(omit=["criteria"], extra=["This decision is based on California Code of Regulations, Title 22, "
                                                 "section 51321 and the Medi-Cal Provider Manual."]),
        label="regulation-and-manual", criteria_cited=[], plan_type="medi_cal"),
    row(NA, label="not-covered", denial_category="not_covered"),
    row(NA, label="payment-denial", letter_kind="payment_denial"),
]

NOTICE_CLINICAL = [
    row(R, label="no-clinical-facts", denial_reason="This service is not medically necessary and is not approved."),
    row(P, label="records-show"),
    row(P, letter_text(extra=["An explanation of the scientific or clinical judgment for this decision is available "
                              "free of charge upon request."]), label="erisa-offer", plan_type="erisa_group",
        denial_reason="This service is not medically necessary and is not approved."),
    row(NA, label="administrative", denial_category="administrative"),
]

NOTICE_REVIEWER = [
    row(R, letter_text(omit=["reviewer"]) + CC, label="no-reviewer", reviewer__name=None, reviewer__phone=None,
        reviewer__credentials=None),
    row(R, BASE + CC, label="member-services-number", reviewer__phone="1-800-464-4000"),
    row(P, BASE + CC, label="name-and-direct-line"),
    row(P, facts={"provider_copy": "yes"}, label="member-says-provider-copy"),
    row(NA, facts={"provider_copy": "no"}, label="member-copy"),
    row(NA, BASE + CC, label="colorado", state="CO"),
    row(NA, BASE + CC, label="medicare-advantage", plan_type="medicare_advantage"),
    row(IN, label="unknown-whose-copy"),
]

NOTICE_PROVISION = [
    row(R, letter_text(omit=["provision"]), label="no-eoc-section", denial_category="not_covered"),
    row(R, letter_text(omit=["provision"], extra=["Please read your Evidence of Coverage for more information."]),
        label="generic-eoc-mention", denial_category="not_covered"),
    row(P, label="eoc-section", denial_category="not_covered"),
    row(P, letter_text(omit=["provision"], extra=['Plan provision: Summary Plan Description, Section 9, "Exclusions."']),
        label="spd-section", denial_category="not_covered", plan_type="erisa_group"),
    row(NA, letter_text(omit=["provision"]), label="medicare-advantage", denial_category="not_covered",
        plan_type="medicare_advantage"),
    row(NA, letter_text(omit=["provision"]), label="medical-necessity"),
]

NOTICE_GRIEVANCE = [
    row(R, letter_text(omit=["grievance", "expedited", "external", "dmhc", "consumer"]), label="absent"),
    row(R, "Kaiser Foundation Health Plan\n\nWe denied your request. You may appeal this decision.", label="no-channel"),
    row(P, label="channels-given"),
    row(P, "Usted puede presentar una apelación. Llame al 1-800-464-4000.", label="spanish"),
    row(NA, label="grievance-decision", letter_kind="grievance_decision"),
]

NOTICE_DEADLINE = [
    row(R, label="60-days-ca-commercial", stated_appeal_deadline_days=60),
    row(R, letter_text(replace={"grievance": "You may file a grievance. Call 1-800-464-4000."}), label="none-stated",
        stated_appeal_deadline_days=None),
    row(R, letter_text(replace={"grievance": "You may file an appeal within 30 days of the date of service. Call "
                                             "1-800-464-4000."}), label="from-service-date-too-short",
        stated_appeal_deadline_days=None),
    row(P, label="180-days"),
    row(P, letter_text(replace={"grievance": "You must file your grievance within 180 days. Call 1-800-464-4000."}),
        label="found-in-text", stated_appeal_deadline_days=None),
    row(P, label="ma-65-days", plan_type="medicare_advantage", stated_appeal_deadline_days=65),
    row(R, label="ma-30-days", plan_type="medicare_advantage", stated_appeal_deadline_days=30),
    row(R, letter_text(omit=["dmhc"], replace={"external": "You may ask the Department of Managed Health Care for "
                                                           "an Independent Medical Review."}),
        label="grievance-decision-no-imr-window", letter_kind="grievance_decision", stated_appeal_deadline_days=None),
    row(NA, letter_text(omit=["external", "dmhc"]), label="grievance-decision-no-next-level-at-all",
        letter_kind="grievance_decision", stated_appeal_deadline_days=None),
    row(P, label="grievance-decision-imr-window", letter_kind="grievance_decision", stated_appeal_deadline_days=None),
    row(NA, label="ma-reconsideration", letter_kind="grievance_decision", plan_type="medicare_advantage"),
    row(NA, label="delay-notice", letter_kind="delay_notice"),
]

NOTICE_EXTERNAL = [
    row(R, letter_text(omit=["external", "dmhc"]), label="absent-ca"),
    row(R, letter_text(omit=["external", "dmhc"]), label="absent-erisa-ga", plan_type="erisa_group", state="GA"),
    row(P, label="imr-described"),
    row(P, letter_text(omit=["external", "dmhc"], extra=["If we uphold our decision, your case goes to the "
                                                          "Independent Review Entity."]),
        label="ma-ire", plan_type="medicare_advantage"),
    row(NA, letter_text(omit=["external", "dmhc"]), facts={"grandfathered_plan": "yes"}, label="grandfathered-erisa",
        plan_type="erisa_group", state="GA"),
    row(NA, label="payment-denial", letter_kind="payment_denial"),
]

NOTICE_DMHC = [
    row(R, letter_text(omit=["dmhc"]), label="absent"),
    row(R, letter_text(replace={"dmhc": BLOCKS["dmhc"].replace(" and its TDD line is 1-877-688-9891", "")}),
        label="no-tdd-partial"),
    row(P, label="complete"),
    row(P, label="medi-cal", plan_type="medi_cal"),
    row(NA, letter_text(omit=["dmhc"]), label="medicare-advantage", plan_type="medicare_advantage"),
    row(NA, letter_text(omit=["dmhc"]), label="oregon", state="OR"),
    row(NA, letter_text(omit=["dmhc"], extra=["This is a self-funded plan; Kaiser is the claims administrator."]),
        label="self-funded-erisa", plan_type="erisa_group"),
    row(IN, letter_text(omit=["dmhc"]), label="state-unknown", state=None),
]

NOTICE_EXPEDITED = [
    row(R, letter_text(omit=["expedited"]), label="absent"),
    row(R, letter_text(omit=["expedited"]), label="erisa-urgent", plan_type="erisa_group", urgency="expedited"),
    row(P, label="described"),
    row(P, letter_text(omit=["expedited"], extra=["Para una apelación acelerada llame al 1-800-464-4000."]),
        label="spanish", plan_type="medi_cal"),
    row(NA, letter_text(omit=["expedited"]), label="erisa-standard", plan_type="erisa_group"),
    row(NA, letter_text(omit=["expedited"]), label="payment-denial", letter_kind="payment_denial"),
]

NOTICE_LANGUAGE = [
    row(R, letter_text(omit=["taglines"]), label="absent"),
    row(R, letter_text(replace={"taglines": BLOCKS["taglines"].split("\n")[1]}), label="ca-only-spanish"),
    row(P, label="fifteen-languages"),
    row(P, letter_text(replace={"taglines": "\n".join(BLOCKS["taglines"].split("\n")[:3])}), label="maryland-few",
        state="MD"),
]

NOTICE_CLAIM = [
    row(R, "We denied payment for your visit. You may appeal. Call 1-800-464-4000.", label="payment-missing-all",
        letter_kind="payment_denial", denial_category="no_prior_authorization"),
    row(R, letter_text(omit=["documents"]), label="initial-no-codes-statement"),
    row(P, letter_text(extra=["Date of service: 01/24/2026. Provider: Valley Hospital. Amount billed: $412.00."]),
        label="payment-complete", letter_kind="payment_denial", denial_category="no_prior_authorization",
        dates__service="2026-01-24"),
    row(P, label="initial-codes-offered"),
    row(NA, letter_text(omit=["documents"]), label="medicare-advantage", plan_type="medicare_advantage"),
    row(NA, letter_text(omit=["documents"]), facts={"grandfathered_plan": True}, label="grandfathered"),
]

NOTICE_CONSUMER = [
    row(R, letter_text(omit=["consumer"]), label="absent"),
    row(P, label="hca-named"),
    row(P, letter_text(omit=["consumer"], extra=["Contact the Employee Benefits Security Administration at "
                                                 "1-866-444-EBSA."]), label="ebsa", plan_type="erisa_group",
        state="GA"),
    row(P, letter_text(omit=["consumer"], extra=["Help is available from the Oregon Division of Financial Regulation "
                                                 "at 1-888-877-4894."]), label="state-regulator-offers-help", state="OR"),
    row(R, letter_text(omit=["consumer"], extra=["You may ask for an external review by an organization assigned by the "
                                                 "Colorado Division of Insurance."]), label="regulator-only-for-review",
        state="CO"),
    row(NA, letter_text(omit=["consumer"]), label="medi-cal", plan_type="medi_cal"),
    row(NA, letter_text(omit=["consumer"]), facts={"grandfathered_plan": "true"}, label="grandfathered"),
]

NOTICE_DOCUMENTS = [
    row(R, letter_text(omit=["documents"]), label="appeal-decision-absent", letter_kind="grievance_decision"),
    row(R, letter_text(omit=["documents"]), label="medi-cal-initial", plan_type="medi_cal"),
    row(P, label="appeal-decision-present", letter_kind="grievance_decision"),
    row(NA, letter_text(omit=["documents"]), label="commercial-initial"),
    row(NA, label="payment-denial", letter_kind="payment_denial"),
]

APP = "To keep getting services during your appeal (aid paid pending), you must ask within 10 days of this notice."
NOTICE_CONTINUATION = [
    row(R, label="medi-cal-termination", plan_type="medi_cal", letter_kind="termination_notice"),
    row(R, letter_text(extra=["We are reducing your home health visits from 3 to 1 per week."]),
        label="medicaid-reduction", plan_type="medicaid", state="GA"),
    row(P, letter_text(extra=[APP]), label="app-explained", plan_type="medi_cal", letter_kind="termination_notice"),
    row(NA, label="commercial", letter_kind="termination_notice"),
    row(R, label="medi-cal-initial-denial", plan_type="medi_cal"),
    row(NA, letter_text(extra=[APP]), label="medi-cal-appeal-decision-no-cut", plan_type="medi_cal",
        letter_kind="grievance_decision"),
]

DELAY_GOOD = ("We need more time to decide your request. We need the notes from your January visit with your "
              "doctor. We expect to make a decision by March 20, 2026. You may file a grievance about this delay: call "
              "1-800-464-4000.")
NOTICE_DELAY = [
    row(R, "We need more time to decide your request.", label="bare-delay", letter_kind="delay_notice"),
    row(R, "We need the notes from your January visit. We expect to decide by March 20, 2026.",
        label="ma-no-grievance-right", letter_kind="delay_notice", plan_type="medicare_advantage"),
    row(P, DELAY_GOOD, label="complete", letter_kind="delay_notice"),
    row(P, "The following information is missing: the results of your most recent imaging study. We will decide by "
           "09-18-2026. You may file a grievance about this delay.", label="missing-list-and-numeric-date",
        letter_kind="delay_notice"),
    row(R, "We have not received the medical records we asked for. We will decide by March 20, 2026.",
        label="vague-records", letter_kind="delay_notice"),
    row(NA, "We need more time.", label="fehb", letter_kind="delay_notice", plan_type="fehb"),
    row(NA, label="initial-denial"),
]

PROCESS_REVIEWER = [
    row(R, letter_text(replace={"reviewer": "Pat Lee, RN, Utilization Review Nurse"}), label="nurse-signed",
        reviewer__name="Pat Lee", reviewer__credentials="RN"),
    row(R, letter_text(omit=["reviewer"], extra=["This request was decided by our automated review system."]),
        label="automated",
        reviewer__credentials=None, reviewer__name=None),
    row(P, label="md-reviewer"),
    row(P, letter_text(replace={"reviewer": "A physician reviewed your request. Signed, Pat Lee, Referral "
                                            "Coordinator"}), label="coordinator-signed-physician-reviewed",
        reviewer__credentials="Referral Coordinator"),
    row(NA, label="not-covered", denial_category="not_covered"),
    row(IN, letter_text(omit=["reviewer"]), label="no-reviewer", reviewer__name=None, reviewer__credentials=None),
]

PROCESS_UNTIMELY = [
    row(R, label="ca-8-business-days", dates__request_received="2026-02-02", dates__decision="2026-02-12"),
    row(R, label="expedited-4-days", urgency="expedited", dates__request_received="2026-04-13",
        dates__decision="2026-04-17"),
    row(R, label="erisa-ga-23-days", plan_type="erisa_group", state="GA", dates__request_received="2026-06-01",
        dates__decision="2026-06-24"),
    row(R, label="ma-2026-7-days", plan_type="medicare_advantage", dates__request_received="2026-03-02",
        dates__decision="2026-03-12"),
    row(P, label="ca-3-business-days"),
    row(P, label="medi-cal-appeal-23-days", plan_type="medi_cal", letter_kind="grievance_decision",
        dates__request_received="2026-06-01", dates__decision="2026-06-24"),
    row(NA, label="payment-denial", letter_kind="payment_denial"),
    row(IN, label="receipt-unknown", dates__request_received=None),
]

AUTH = "Authorization number: AUTH-55821. We have denied payment for the services on January 5, 2026."
PROCESS_RETRO = [
    row(R, letter_text(extra=[AUTH]), label="authorized-then-denied", letter_kind="payment_denial",
        denial_category="administrative"),
    row(R, facts={"authorized_before_service": "yes"}, label="member-says-authorized",
        plan_type="medicare_advantage", letter_kind="payment_denial", denial_category="administrative"),
    row(P, facts={"authorized_before_service": "no"}, label="member-says-not-authorized",
        letter_kind="payment_denial", denial_category="no_prior_authorization"),
    row(NA, letter_text(extra=[AUTH]), label="medicaid", plan_type="medicaid", letter_kind="payment_denial"),
    row(NA, letter_text(extra=[AUTH]), label="colorado-commercial", state="CO", letter_kind="payment_denial"),
    row(IN, letter_text(extra=["No prior authorization was obtained."]), label="unknown",
        letter_kind="payment_denial", denial_category="no_prior_authorization"),
]

ER = "You were seen in the emergency department on January 24, 2026 for chest pain. No authorization was on file."
PROCESS_EMERGENCY = [
    row(R, letter_text(extra=[ER]), label="er-no-auth", letter_kind="payment_denial",
        denial_category="no_prior_authorization"),
    row(R, letter_text(extra=["Your final diagnosis of reflux shows this was not a true emergency."]),
        label="hindsight-mn", letter_kind="payment_denial"),
    row(P, letter_text(extra=[ER]), facts={"emergency_care": "no"}, label="member-says-not-emergency",
        letter_kind="payment_denial", denial_category="no_prior_authorization"),
    row(P, label="mn-no-hindsight", letter_kind="payment_denial"),
    row(NA, letter_text(extra=[ER]), label="initial-denial", denial_category="no_prior_authorization"),
    row(IN, label="unknown-if-emergency", letter_kind="payment_denial", denial_category="no_prior_authorization"),
]

SO_BASE = ("You asked for a second opinion from a surgeon at the UCSF cancer center, which is not a Plan provider. "
           "Your Kaiser Permanente surgeon, Dr. Tobias Renner, has recommended an operation to remove a tumor. "
           "In your request you wrote that you are worried about the surgery.")
SO_DENY = "We denied your request because an outside opinion would not be expected to change your treatment plan."
SO_OFFER = ("You have a second opinion appointment with Dr. Leila Haddad on 03/20/2026 at Oakland Medical Center. "
            "Dr. Haddad has not been involved in your care.")
SO_LAWFUL = "We denied the outside provider because qualified Plan surgeons are available."
SO_PLAIN = ("You asked for a second opinion from an outside physician. We denied your request because the service "
            "is available from Plan Providers.")
SO = dict(letter_kind="second_opinion_denial", denial_category="second_opinion")
CONSULT = [{"text": "Office consultation", "codes": ["99244"]}]
SO_ELIGIBLE = [
    row(R, letter_text(extra=[SO_BASE, SO_DENY]), label="cancer-surgery-refused", denial_reason=SO_DENY, **SO),
    row(R, letter_text(extra=[SO_PLAIN]), facts={"treatment_not_working": "yes"}, label="member-answer",
        denial_reason=None, **SO),
    row(P, letter_text(extra=[SO_BASE, SO_OFFER, SO_LAWFUL]), label="in-network-offered", denial_reason=SO_LAWFUL,
        **SO),
    row(P, letter_text(extra=[SO_PLAIN]), label="member-no-situation", denial_reason=None,
        facts={k: "no" for k in ("surgery_proposed", "serious_condition", "diagnosis_uncertain",
                                 "treatment_not_working", "member_concerns")}, **SO),
    row(NA, letter_text(extra=[SO_BASE, SO_DENY]), label="medicare-advantage", plan_type="medicare_advantage", **SO),
    row(NA, letter_text(extra=[SO_BASE, SO_DENY]), label="oregon", state="OR", **SO),
    row(IN, letter_text(extra=[SO_PLAIN]), label="no-situation-known", denial_reason=None, services=CONSULT, **SO),
]
SO_INVALID = [
    row(R, letter_text(extra=[SO_BASE, SO_DENY]), label="would-not-change", denial_reason=SO_DENY, **SO),
    row(R, letter_text(extra=[SO_BASE, SO_PLAIN]), label="available-but-none-offered",
        denial_reason="We denied your request because the service is available from Plan Providers.", **SO),
    row(P, letter_text(extra=[SO_BASE, SO_OFFER, SO_LAWFUL]), label="lawful-with-offer", denial_reason=SO_LAWFUL,
        **SO),
    row(NA, letter_text(extra=[SO_BASE, SO_DENY]), label="medicaid", plan_type="medicaid", state="GA", **SO),
    row(IN, letter_text(extra=[SO_PLAIN]), label="no-situation-known", services=CONSULT,
        denial_reason="We denied your request because the service is available from Plan Providers.", **SO),
]
SO_NETWORK = [
    row(R, letter_text(extra=[SO_BASE, SO_DENY]), label="nothing-offered", denial_reason=SO_DENY, **SO),
    row(R, letter_text(extra=[SO_BASE, SO_DENY, "You may schedule another visit with Dr. Renner."]),
        label="same-surgeon", denial_reason=SO_DENY, **SO),
    row(R, letter_text(extra=[SO_BASE, SO_OFFER]), facts={"qualified_in_network_offered": "no"},
        label="member-says-offer-unqualified", **SO),
    row(P, letter_text(extra=[SO_BASE, SO_OFFER, SO_LAWFUL]), label="offer", denial_reason=SO_LAWFUL, **SO),
    row(P, letter_text(extra=[SO_BASE, SO_DENY]), label="medicaid-member-says-offered", plan_type="medicaid",
        state="GA", facts={"qualified_in_network_offered": "yes"}, **SO),
    row(NA, letter_text(extra=[SO_BASE, SO_DENY]), label="medicare-advantage", plan_type="medicare_advantage", **SO),
]
SO_UNTIMELY = [
    row(R, letter_text(extra=[SO_BASE]), label="urgent-5-days", urgency="expedited",
        dates__request_received="2026-03-01", dates__decision="2026-03-06", **SO),
    row(P, letter_text(extra=[SO_BASE]), label="non-urgent-8-business-days-left-to-decision-untimely",
        dates__request_received="2026-02-02", dates__decision="2026-02-12", **SO),
    row(P, letter_text(extra=[SO_BASE]), label="two-days", **SO),
    row(NA, letter_text(extra=[SO_BASE]), label="colorado", state="CO", **SO),
    row(IN, letter_text(extra=[SO_BASE]), label="receipt-unknown", dates__request_received=None, **SO),
]

MH = dict(services=[{"text": "Residential substance use disorder treatment", "codes": ["H0018"]}],
          criteria_cited=[])
MH_PARITY = [
    row(R, letter_text(omit=["criteria"], extra=["We applied MCG Behavioral Health Care guidelines."]),
        label="mcg-for-sud", **MH),
    row(R, letter_text(omit=["criteria"]), label="no-criteria-named", **MH),
    row(P, letter_text(omit=["criteria"], extra=["We applied The ASAM Criteria, dimension 3."]), label="asam", **MH),
    row(NA, label="not-mh"),
    row(NA, letter_text(omit=["criteria"], extra=["We applied MCG guidelines."]), label="medi-cal",
        plan_type="medi_cal", **MH),
]

MEDICARE_INTERNAL = [
    row(R, letter_text(omit=["criteria"], extra=["We reviewed your request using InterQual criteria for inpatient "
                                                 "rehabilitation."]), label="interqual", plan_type="medicare_advantage",
        criteria_cited=[]),
    row(P, letter_text(omit=["criteria"], extra=["We applied Local Coverage Determination L33641."]), label="lcd",
        plan_type="medicare_advantage", criteria_cited=[]),
    row(P, letter_text(omit=["criteria"]), label="no-internal-criteria", plan_type="medicare_advantage",
        criteria_cited=[]),
    row(NA, label="commercial"),
]

MA_PA = dict(plan_type="medicare_advantage", letter_kind="payment_denial", denial_category="no_prior_authorization")
MEDICARE_TRANSITION = [
    row(R, facts={"enrolled_last_90_days": "yes", "active_treatment": "yes"}, label="member-answers", **MA_PA),
    row(R, letter_text(extra=["Your Senior Advantage membership began on January 1, 2026. Your oncologist has been "
                              "giving you infusions every three weeks since October 2025."]), label="letter-states",
        dates__service="2026-01-27", **MA_PA),
    row(P, facts={"enrolled_last_90_days": "no"}, label="long-time-member", **MA_PA),
    row(NA, label="commercial", letter_kind="payment_denial", denial_category="no_prior_authorization"),
    row(IN, label="unknown", **MA_PA),
]

EXP = dict(denial_category="experimental_investigational", diagnoses=[{"text": "Glioblastoma", "codes": ["C71.9"]}])
EXP_GOOD = ("Published studies do not show this therapy works better than standard treatment. Covered alternative "
            "treatments include radiation and temozolomide. You may ask for an Independent Medical Review now.")
TERMINAL = [
    row(R, letter_text(omit=["external", "dmhc"], extra=["You have glioblastoma. The therapy is investigational."]),
        label="cancer-no-rights", **EXP),
    row(P, letter_text(extra=["You have glioblastoma.", EXP_GOOD]), label="complete", **EXP),
    row(NA, letter_text(extra=["You have glioblastoma."]), label="medicare-advantage", plan_type="medicare_advantage",
        **EXP),
    row(NA, facts={"life_threatening": "no"}, label="member-says-not-life-threatening", **EXP),
    row(IN, label="seriousness-unknown", denial_category="experimental_investigational"),
    row(IN, letter_text(extra=["You have type 2 diabetes."]), label="chronic-is-not-life-threatening",
        denial_category="experimental_investigational"),
]

OON = dict(denial_category="out_of_network")
OON_TEXT = "We denied the referral to Dr. Esteban Moreira because pediatric gastroenterologists are available from " \
           "Plan Providers."
OON_OFFER = "You have an appointment with Dr. Leila Haddad on 03/06/2026 at Oakland Medical Center."
OON_LATE = "You have an appointment with Dr. Leila Haddad on 04/30/2026 at Oakland Medical Center."
NETWORK = [
    row(R, letter_text(extra=[OON_TEXT]), label="no-provider-named", **OON),
    row(R, letter_text(extra=[OON_TEXT, OON_LATE]), label="appointment-too-late", **OON),
    row(P, letter_text(extra=[OON_TEXT, OON_OFFER]), label="appointment-in-time", **OON),
    row(NA, letter_text(extra=[OON_TEXT]), label="colorado", state="CO", **OON),
    row(NA, letter_text(extra=[OON_TEXT]), label="payment-denial", letter_kind="payment_denial", **OON),
]

TABLES = {
    "notice.reason_specific": NOTICE_REASON,
    "notice.criteria_cited": NOTICE_CRITERIA,
    "notice.clinical_rationale": NOTICE_CLINICAL,
    "notice.reviewer_contact": NOTICE_REVIEWER,
    "notice.plan_provision": NOTICE_PROVISION,
    "notice.grievance_rights": NOTICE_GRIEVANCE,
    "notice.appeal_deadline": NOTICE_DEADLINE,
    "notice.external_review": NOTICE_EXTERNAL,
    "notice.dmhc_statement": NOTICE_DMHC,
    "notice.expedited_review": NOTICE_EXPEDITED,
    "notice.language_assistance": NOTICE_LANGUAGE,
    "notice.claim_identification": NOTICE_CLAIM,
    "notice.consumer_assistance": NOTICE_CONSUMER,
    "notice.documents_access": NOTICE_DOCUMENTS,
    "notice.continuation_of_benefits": NOTICE_CONTINUATION,
    "notice.delay_requirements": NOTICE_DELAY,
    "process.reviewer_not_physician": PROCESS_REVIEWER,
    "process.decision_untimely": PROCESS_UNTIMELY,
    "process.retro_denial_of_authorized": PROCESS_RETRO,
    "process.emergency_prior_auth": PROCESS_EMERGENCY,
    "second_opinion.eligible_denied": SO_ELIGIBLE,
    "second_opinion.invalid_reason": SO_INVALID,
    "second_opinion.no_qualified_in_network": SO_NETWORK,
    "second_opinion.untimely": SO_UNTIMELY,
    "mh_parity.non_association_criteria": MH_PARITY,
    "medicare.internal_criteria": MEDICARE_INTERNAL,
    "medicare.transition_period": MEDICARE_TRANSITION,
    "experimental.terminal_illness_rights": TERMINAL,
    "network.no_timely_in_network_alternative": NETWORK,
}


def _cases():
    for rid, rows in TABLES.items():
        for p in rows:
            yield pytest.param(rid, *p.values, id=f"{rid}:{p.id}")


@pytest.mark.parametrize("rule_id,status,text,facts,fields", list(_cases()))
def test_rule_table(rule_id, status, text, facts, fields):
    o = outcome(rule_id, text, facts, **fields)
    assert o.status == status, f"{rule_id}: {o.status} ({o.reason or o.explanation})"
    if status == RAISED:
        assert o.explanation and o.evidence, "a raised outcome explains itself and shows evidence"
        assert o.to_flag()["rule_id"] == rule_id
    if status == NOT_APPLICABLE:
        assert o.reason
    if status == INSUFFICIENT:
        assert o.missing


def test_every_rule_has_a_table_with_raise_pass_and_not_applicable_rows():
    cat = load_catalogue()
    assert set(TABLES) == set(cat.ids)
    for rid, rows in TABLES.items():
        statuses = {p.values[0] for p in rows}
        assert RAISED in statuses and PASSED in statuses, f"{rid} lacks a raise or a pass row"
        a = cat.rules[rid].applies
        applies_everywhere = not (a.states or a.plan_types or a.letter_kinds or a.categories or a.conditions)
        if not applies_everywhere:
            assert NOT_APPLICABLE in statuses, f"{rid} lacks a not-applicable row"
