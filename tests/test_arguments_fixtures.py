"""Hand-made letters, contexts and outcomes shared by the argument, letter and export tests.

The letters are fictional. They are built in the schema shape (``Document.from_text`` plus a ``letter`` dict with
evidence spans) so these tests do not depend on extraction or on the rule engine.
"""

from __future__ import annotations

import copy

from analyzer.context import Context, Fact
from analyzer.document import Document
from analyzer.rules.outcome import NOT_APPLICABLE, PASSED, RAISED, Outcome

SECOND_OPINION_PAGES = [
    """Kaiser Permanente
Northern California Region
Regional Outside Referral Review

April 2, 2026

Dana Okafor
41 Linden Street
Oakland, CA 94607

Medical record number: 220031457788
Reference number: ORR-26-044210

Dear Ms. Okafor:

You asked us to authorize a second opinion from a thoracic surgeon at the Stanford Cancer Center in Palo Alto. This provider is not part of the Kaiser Permanente network. We received your request on March 30, 2026.

Your Kaiser Permanente surgeon has recommended a left upper lobectomy for stage II non-small cell lung cancer (ICD-10-CM C34.12). You wrote that you have serious concerns about the surgery.

Why we denied your request
Our thoracic tumor board agreed with the recommended operation. An opinion from a physician outside Kaiser Permanente would not be expected to change your treatment plan. For this reason, a second opinion from a non-Plan provider is not medically necessary.

Please call the Oakland Thoracic Surgery department if you would like another visit with your surgeon.
""",
    """Your right to file a grievance
You may file a grievance within 180 days from the date of this letter. Call Member Services at 1-800-464-4000 (TTY 711).
""",
]

SO_FACTS = {
    "outside": "a second opinion from a thoracic surgeon at the Stanford Cancer Center in Palo Alto",
    "reason": "An opinion from a physician outside Kaiser Permanente would not be expected to change your treatment plan.",
    "referback": "Please call the Oakland Thoracic Surgery department if you would like another visit with your surgeon.",
}


def field(doc: Document | None, value, needle: str | None = None) -> dict:
    ev = []
    if doc is not None and needle:
        i = doc.text.find(needle)
        assert i >= 0, needle
        ev = [s.to_dict() for s in doc.spans(i, i + len(needle))]
    return {"value": value, "evidence": ev}


def spans_of(doc: Document, needle: str):
    i = doc.text.find(needle)
    assert i >= 0, needle
    return tuple(doc.spans(i, i + len(needle)))


def second_opinion_letter(doc: Document) -> dict:
    f = lambda v, n=None: field(doc, v, n)  # noqa: E731
    return {
        "insurer": f("Kaiser Permanente", "Kaiser Permanente"),
        "region": f("Northern California", "Northern California"),
        "state": f("CA"),
        "plan_type": f("commercial_hmo"),
        "letter_kind": f("second_opinion_denial"),
        "urgency": f("standard"),
        "member_name": f("Dana Okafor", "Dana Okafor"),
        "member_id": f("220031457788", "220031457788"),
        "requesting_provider": f(None),
        "dates": {
            "letter": f("2026-04-02", "April 2, 2026"),
            "request_received": f("2026-03-30", "March 30, 2026"),
            "decision": f(None),
            "service": f(None),
        },
        "services": [{"text": "Outside second opinion, thoracic surgery", "codes": ["99245"], "evidence": []}],
        "diagnoses": [{"text": "stage II non-small cell lung cancer", "codes": ["C34.12"], "evidence": []}],
        "denial_category": f("second_opinion"),
        "denial_reason": f(SO_FACTS["reason"], SO_FACTS["reason"]),
        "reviewer": {"name": f(None), "credentials": f(None), "specialty": f(None), "phone": f(None)},
        "criteria_cited": [],
        "stated_appeal_deadline_days": f(180, "within 180 days"),
    }


def second_opinion_ctx(facts: dict | None = None) -> Context:
    doc = Document.from_text(SECOND_OPINION_PAGES, file="so.txt")
    letter = second_opinion_letter(doc)
    fx = {k: Fact(k, v, "member") for k, v in (facts or {}).items()}
    return Context(document=doc, letter=letter, sections=[], facts=fx)


def second_opinion_outcomes(ctx: Context) -> list[Outcome]:
    doc = ctx.document
    so = "Cal. Health & Safety Code § 1383.15"
    return [
        Outcome("notice.language_assistance", RAISED, "No language-assistance taglines", "low",
                "Cal. Health & Safety Code § 1367.04", explanation="No taglines were found.",
                evidence=tuple(doc.spans(0, len(doc.text)))),
        Outcome("second_opinion.invalid_reason", RAISED, "Refusal rests on a reason the law does not allow", "high",
                so, explanation="The stated reason is that an outside opinion would not change the plan.",
                evidence=spans_of(doc, SO_FACTS["reason"])),
        Outcome("second_opinion.eligible_denied", RAISED, "Second opinion refused although eligible", "high",
                so + "(a)", explanation="Surgery is recommended for cancer and the member has concerns.",
                evidence=spans_of(doc, SO_FACTS["outside"]),
                details={"triggers": ["surgery_proposed", "serious_condition", "member_concerns"]}),
        Outcome("second_opinion.no_qualified_in_network", RAISED, "No qualified in-network professional offered",
                "high", so, explanation="Only the same department is offered.",
                evidence=spans_of(doc, SO_FACTS["referback"])),
        Outcome("notice.dmhc_statement", RAISED, "DMHC statement missing", "medium",
                "Cal. Health & Safety Code § 1368.02(b)", explanation="No DMHC statement was found.",
                evidence=tuple(doc.spans(0, len(doc.text)))),
        Outcome("notice.reason_specific", PASSED, "No specific reason", "high", "Cal. Health & Safety Code § 1367.01"),
        Outcome("medicare.internal_criteria", NOT_APPLICABLE, "MA internal criteria", "high", "42 CFR § 422.101(b)",
                reason="not a Medicare Advantage plan"),
    ]


SO_DEADLINES = [
    {"action": "File your grievance with Kaiser Permanente", "due": "2026-09-29",
     "basis": "180 calendar days from the date of the letter (2026-04-02)", "citation": "28 CCR § 1300.68",
     "kind": "member", "days": 180, "unit": "calendar_days"},
    {"action": "Kaiser must decide your grievance", "due": None,
     "basis": "30 days after Kaiser receives your grievance", "citation": "Cal. Health & Safety Code § 1368.01(a)",
     "kind": "plan", "days": 30, "unit": "calendar_days"},
    {"action": "Apply to DMHC for Independent Medical Review", "due": "2026-10-02",
     "basis": "6 months after Kaiser's written grievance decision", "citation": "Cal. Health & Safety Code § 1374.30",
     "kind": "member", "days": 6, "unit": "months"},
]


def second_opinion_result(facts: dict | None = None, **letter_overrides) -> dict:
    """A schema-shaped analysis result for the second-opinion letter, with arguments built by our code."""
    from analyzer.arguments import build_arguments

    ctx = second_opinion_ctx(facts)
    for k, v in letter_overrides.items():
        ctx.letter[k] = {"value": v, "evidence": []}
    outcomes = second_opinion_outcomes(ctx)
    return {
        "schema_version": "1",
        "source": {"file": "so.txt", "sha256": ctx.document.sha256, "pages": 2, "ocr_pages": [],
                   "ocr_confidence": None, "language": "en"},
        "letter": copy.deepcopy(ctx.letter),
        "flags": [f for f in (o.to_flag() for o in outcomes) if f],
        "deadlines": copy.deepcopy(SO_DEADLINES),
        "arguments": build_arguments(ctx, outcomes),
        "warnings": [],
        "errors": [],
        "facts": {k: {"value": f.value, "source": f.source, "note": f.note} for k, f in ctx.facts.items()},
    }


def test_fixture_result_is_schema_valid():
    import json
    from pathlib import Path

    import jsonschema
    import pytest

    schema_path = Path(__file__).resolve().parents[2] / "shared" / "schema" / "analysis.schema.json"
    if not schema_path.exists():  # pragma: no cover - shared folder absent
        pytest.skip("shared/schema not beside the repository")
    schema = json.loads(schema_path.read_text())
    jsonschema.validate(second_opinion_result(), schema)


GENERIC_PAGES = [
    """Kaiser Permanente

January 5, 2026

Member: Alex Rivera
Member ID: 998877

We received your request on December 29, 2025. Your request for the service was denied.
The request does not meet our criteria. The service is not medically necessary for you.
""",
    """Appeal rights
You may appeal this decision.
""",
]
GENERIC_REASON = "The service is not medically necessary for you."


def make_ctx(plan: str = "commercial_hmo", state: str = "CA", category: str = "medical_necessity",
             kind: str = "initial_denial", urgency: str = "standard",
             services=("Lumbar spine MRI",), diagnoses=(("low back pain", "M54.50"),),
             facts: dict | None = None, pages=None, member_name="Alex Rivera", member_id="998877") -> Context:
    doc = Document.from_text(pages or GENERIC_PAGES, file="generic.txt")
    f = lambda v, n=None: field(doc, v, n)  # noqa: E731
    letter = {
        "insurer": f("Kaiser Permanente"), "region": f(None), "state": f(state), "plan_type": f(plan),
        "letter_kind": f(kind), "urgency": f(urgency),
        "member_name": f(member_name), "member_id": f(member_id), "requesting_provider": f(None),
        "dates": {"letter": f("2026-01-05"), "request_received": f("2025-12-29"), "decision": f(None),
                  "service": f(None)},
        "services": [{"text": s, "codes": [], "evidence": []} for s in services],
        "diagnoses": [{"text": t, "codes": [c], "evidence": []} for t, c in diagnoses],
        "denial_category": f(category),
        "denial_reason": f(GENERIC_REASON, GENERIC_REASON if GENERIC_REASON in doc.text else None),
        "reviewer": {"name": f(None), "credentials": f(None), "specialty": f(None), "phone": f(None)},
        "criteria_cited": [], "stated_appeal_deadline_days": f(None),
    }
    fx = {k: Fact(k, v, "member") for k, v in (facts or {}).items()}
    return Context(document=doc, letter=letter, sections=[], facts=fx)


def raised(ctx: Context, rule_id: str, severity: str = "medium", needle: str | None = GENERIC_REASON,
           citation: str = "", explanation: str = "") -> Outcome:
    ev = spans_of(ctx.document, needle) if needle else tuple(ctx.document.spans(0, len(ctx.document.text)))
    return Outcome(rule_id, RAISED, rule_id, severity, citation, explanation=explanation, evidence=ev)


def result_for(ctx: Context, outcomes: list[Outcome], deadlines: list[dict] | None = None) -> dict:
    from analyzer.arguments import build_arguments

    return {
        "schema_version": "1",
        "source": {"file": ctx.document.file, "sha256": ctx.document.sha256, "pages": len(ctx.document.pages),
                   "ocr_pages": [], "ocr_confidence": None, "language": "en"},
        "letter": copy.deepcopy(ctx.letter),
        "flags": [f for f in (o.to_flag() for o in outcomes) if f],
        "deadlines": copy.deepcopy(deadlines or []),
        "arguments": build_arguments(ctx, outcomes),
        "warnings": [], "errors": [],
        "facts": {k: {"value": f.value, "source": f.source, "note": f.note} for k, f in ctx.facts.items()},
    }
