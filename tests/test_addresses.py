"""The plan's grievance/appeal mailing address, read from the letter: rows that must match and rows that must not."""

from __future__ import annotations

import pytest

from analyzer import samplegen
from analyzer.nlp.addresses import grievance_address
from analyzer.samplegen import vocab

MATCH = [
    ("To appeal, call Member Services at 1-800-464-4000 or write to us at Kaiser Foundation Health Plan, Inc.,\n"
     "Member Relations Grievance Operations, P.O. Box 23280, Oakland, CA 94623. Include your name.",
     "Kaiser Foundation Health Plan, Inc., Member Relations Grievance Operations, P.O. Box 23280, Oakland, CA 94623"),
    ("How to file a grievance\nSend your written grievance to:\nKaiser Permanente\nAppeals Program\nP.O. Box 378066\n"
     "Denver, CO 80237-8066\n\nYou may also file online.",
     "Kaiser Permanente, Appeals Program, P.O. Box 378066, Denver, CO 80237-8066"),
    ("If you want to appeal, mail your request to Member Appeals Department, 500 NE Multnomah St., Suite 100, "
     "Portland, OR 97232 within 180 days.",
     "Member Appeals Department, 500 NE Multnomah St., Suite 100, Portland, OR 97232"),
    ("Para presentar una apelación, envíe su carta a: Kaiser Permanente, Member Relations, P.O. Box 939001, "
     "San Diego, CA 92193.",
     "Kaiser Permanente, Member Relations, P.O. Box 939001, San Diego, CA 92193"),
    ("Your right to appeal\nAddress: Kaiser Permanente Appeals, 2101 E. Jefferson St., Rockville, MD 20852",
     "Kaiser Permanente Appeals, 2101 E. Jefferson St., Rockville, MD 20852"),
]

NO_MATCH = [
    # the member's own address in the header
    "Jane Q. Member\n1234 Elm Street\nOakland, CA 94612\n\nDear Jane Q. Member:\nWe denied your request.",
    # a State Hearing office, DMHC, OPM: where other requests go
    "After the appeal you may ask for a State Hearing. Write to California Department of Social Services, "
    "State Hearings Division, P.O. Box 944243, Mail Station 9-17-37, Sacramento, CA 94244-2430.",
    "If your grievance is not resolved, contact the Department of Managed Health Care, Help Center, "
    "980 9th Street, Suite 500, Sacramento, CA 95814-2725.",
    "If we uphold the denial of your appeal you may write to the U.S. Office of Personnel Management, "
    "Healthcare and Insurance, 1900 E Street NW, Washington, DC 20415-3630.",
    # an address with nothing about filing near it
    "Our clinic moved to 3495 Piedmont Road NE, Atlanta, GA 30305. Parking is free.",
    # a ZIP-like number that is no address
    "Claim 12345 for CPT 70553 was processed on 03/04/2025.",
]


@pytest.mark.parametrize("text,want", MATCH)
def test_address_found(text, want):
    a = grievance_address(text)
    assert a is not None and a.value == want
    assert text[a.start:a.end].rstrip().endswith(want.split(", ")[-1])


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_address(text):
    assert grievance_address(text) is None


def test_generated_letters_give_their_regions_appeal_address():
    checked = 0
    for seed in range(80):
        spec = samplegen.generate(seed)
        region_addr = vocab.GRIEVANCE_ADDR.get(spec.truth.get("region") or "")
        text = spec.text
        a = grievance_address(text)
        if not region_addr or " ".join(region_addr[-1].split()) not in " ".join(text.split()):
            continue
        checked += 1
        assert a is not None, spec.template
        assert a.value.endswith(region_addr[-1]) and region_addr[-2] in a.value, (spec.template, a.value)
    assert checked >= 30


def test_analysis_carries_the_address_with_evidence_and_it_can_be_corrected():
    from pathlib import Path

    from analyzer import analyze, reanalyze

    a = analyze(Path(__file__).resolve().parents[1] / "samples" / "second_opinion_denial.pdf")
    field = a.result["letter"]["grievance_address"]
    assert field["value"].endswith("P.O. Box 939001, San Diego, CA 92193")
    ev = field["evidence"][0]
    assert ev["page"] >= 1 and "939001" in ev["text"] and len(ev["bbox"]) == 4
    b = reanalyze(a, corrections={"grievance_address": "Member Appeals, P.O. Box 1, Oakland, CA 94612"})
    assert b.result["letter"]["grievance_address"]["value"] == "Member Appeals, P.O. Box 1, Oakland, CA 94612"
