"""Field forms real notices use that our own templates did not: labels without colons, form rows, decision columns.

Each row is a short letter (hand-written here, not from our generator) run through the whole extraction; rows that
must match and rows that must not.
"""

from __future__ import annotations

import pytest

from analyzer.document import Document
from analyzer.extract import extract
from analyzer.nlp import build_doc

HEAD = "Kaiser Permanente\nUtilization Management\n"


def _letter(body: str) -> dict:
    doc = Document.from_text(HEAD + body)
    return extract(doc, build_doc(doc)).letter


@pytest.mark.parametrize("line,want", [
    ("Your ID 6064-5261", "6064-5261"),
    ("Patient ID 162957910", "162957910"),
    ("KP number N3149177", "N3149177"),
    ("MRN 2375650", "2375650"),
])
def test_member_id_label_without_colon(line, want):
    letter = _letter(f"Date of this notice May 12, 2025\nMember Latoya T. Montoya\n{line}\n\nWe denied your request.\n")
    assert letter["member_id"]["value"] == want


@pytest.mark.parametrize("line", ["Claim number 123456789", "Group number 7781234", "Case number 66548631"])
def test_other_numbers_are_not_member_ids(line):
    assert _letter(f"Date of this notice May 12, 2025\n{line}\n\nWe denied your request.\n")["member_id"]["value"] is None


@pytest.mark.parametrize("line,role,iso", [
    ("Decision made Mar. 30, 2026", "decision", "2026-03-30"),
    ("Care started Nov. 18, 2025", "service", "2025-11-18"),
    ("Admitted / started Mar. 11, 2026", "service", "2026-03-11"),
    ("You have been getting this care since April 14, 2025.", "service", "2025-04-14"),
])
def test_date_roles_from_labels_without_colons(line, role, iso):
    letter = _letter(f"Date: March 31, 2026\nMember Thuy H. Lockhart\n{line}\n\nWe reviewed the request and denied it.\n")
    assert letter["dates"][role]["value"] == iso


def test_birth_date_row_has_no_role():
    letter = _letter("Date: March 31, 2026\nDOB Oct. 9, 1972\n\nWe denied the request.\n")
    assert "1972-10-09" not in {f["value"] for f in letter["dates"].values()}


def test_review_type_row_is_this_requests_urgency_not_a_rights_heading():
    letter = _letter("Date issued 07/21/2026\nReview type Expedited pre-service review\nPatient Priya P. Gallagher\n\n"
                     "We denied the request because the records do not show that the surgery is needed now.\n"
                     "How to appeal\nIf you disagree you may appeal within 180 days.\n")
    assert letter["urgency"]["value"] == "expedited"


def test_nondiscrimination_notice_is_never_the_reason():
    letter = _letter("Date: June 1, 2026\n\nWe cannot approve an MRI of the knee at this time.\n"
                     "Kaiser Permanente follows federal civil rights laws. We do not treat people differently because "
                     "of race, color, national origin, age, disability or sex.\n")
    reason = letter["denial_reason"]["value"] or ""
    assert "race" not in reason and "civil rights" not in reason


def test_prescriber_row_is_the_requesting_provider_not_the_reviewer():
    letter = _letter("Formulary Exception Request: Decision\nMember ID K34391513\nPrescriber Ingrid C. Prescott, DO\n"
                     "Request received 11/27/2025\nDecision made 12/01/2025\nDear Harriet Pham,\n"
                     "Your prescriber asked us to cover Humira (adalimumab) 40 mg pen. Our decision: not approved, because "
                     "you have not tried a preferred drug first.\n")
    assert letter["requesting_provider"]["value"].startswith("Ingrid C. Prescott")
    assert (letter["reviewer"]["name"]["value"] or "") != "Ingrid C. Prescott"


def test_decision_column_authorized_and_denied_is_a_partial_decision():
    letter = _letter("Determination date July 9, 2025\nPatient Ezequiel Haddad\nMember # 44908895\n\n"
                     "Code Description Units Decision\n99214 Office visit, established patient, 30 minutes 1 Authorized\n"
                     "15823 Blepharoplasty, upper eyelid, with excessive skin 1 DENIED\n\n"
                     "The visual field test does not show enough improvement, so the eyelid surgery is not medically necessary.\n")
    assert letter["letter_kind"]["value"] == "partial_denial"
    assert letter["dates"]["letter"]["value"] == "2025-07-09"  # the header's only date dates the notice


def test_all_lines_pending_is_a_delay_notice():
    letter = _letter("Determination date December 2, 2025\nPatient Diego Galvan\n\n"
                     "CPT/HCPCS Service requested Qty Determination\n89280 In vitro fertilization cycle 1 Pending\n\n"
                     "The review is on hold while we wait for clinical information from the ordering office.\n")
    assert letter["letter_kind"]["value"] == "delay_notice"


def test_will_not_pay_for_care_not_yet_given_is_not_a_payment_denial():
    letter = _letter("Date issued 07/21/2026\nReview type Standard pre-service review\n\n"
                     "You asked to get a hip replacement from a hospital which is not in our network. Kaiser Permanente "
                     "doctors can give you this care, so we will not pay for it outside the network.\n")
    assert letter["letter_kind"]["value"] != "payment_denial"


def test_no_prior_authorization_needed_for_an_alternative_is_not_the_category():
    letter = _letter("Prescription Drug Coverage Decision\nDate: May 1, 2026\n\n"
                     "Our decision: not approved. The clinical notes show your test results do not meet the criteria for "
                     "this drug, so it is not medically necessary for you now.\n"
                     "Covered alternative Notes\nmethotrexate tablets Preferred\n"
                     "etanercept (Enbrel) No prior authorization needed\n")
    assert letter["denial_category"]["value"] == "medical_necessity"


def test_a_provider_that_does_not_contract_with_the_plan_is_out_of_network():
    letter = _letter("Date: June 29, 2026\n\nWhy?\nSummit Ridge Spine Center does not contract with us, and the care you "
                     "need is available from our own specialists.\n")
    assert letter["denial_category"]["value"] == "out_of_network"


@pytest.mark.parametrize("line,role,iso", [
    ("We have completed our review of your appeal received on the 24th of June, 2026.", "request_received", "2026-06-24"),
    ("You have been receiving this care since the 25th of August, 2025.", "service", "2025-08-25"),
    ("On September 5, 2025, the request was denied.", "decision", "2025-09-05"),
    ("On 8/3/26, we authorized part of the request.", "decision", "2026-08-03"),
    ("2. Effective date of action:\n07/03/2026 (the date the decision was made).", "decision", "2026-07-03"),
    ("Decision on Jul 31 2025: the original decision is upheld.", "decision", "2025-07-31"),
])
def test_date_roles_in_prose_and_notes(line, role, iso):
    letter = _letter(f"Date: September 16th, 2026\n\nDear Member,\n{line}\n")
    assert letter["dates"][role]["value"] == iso


@pytest.mark.parametrize("line,want", [
    ("Kaiser ID No.: A60473305", "A60473305"),
    ("Date of notice 8/3/26 Client Index No. 27-719-312", "27-719-312"),
    ("Recipient ID 91234567", "91234567"),
])
def test_more_member_id_labels(line, want):
    assert _letter(f"{line}\n\nDear Member,\nWe denied your request.\n")["member_id"]["value"] == want


def test_reviewer_introduced_by_specialty():
    letter = _letter("Date: July 1, 2026\n\nDear Member,\nWe reviewed your appeal and uphold the denial.\n"
                     "Your appeal was reviewed by a board-certified physician in Ophthalmology, Graciela Gallagher, MD, "
                     "PhD, who was not involved in the initial decision.\n")
    assert letter["reviewer"]["name"]["value"] == "Graciela Gallagher"


def test_authorizing_one_service_but_not_another_is_partial():
    letter = _letter("Date: August 3, 2026\n\nDear Member,\nWe are authorizing the office visit, but not the vein "
                     "ablation, because you have not worn compression stockings for 3 months.\n")
    assert letter["letter_kind"]["value"] == "partial_denial"


def test_rights_conditionals_do_not_set_the_kind_or_urgency():
    letter = _letter("Date: July 3, 2026\n\nDear Member,\nOn 7/3/26, the request was denied because the treatment is "
                     "not medically necessary.\nIf our appeal decision still goes against you, you may request a State "
                     "Hearing. Expedited appeals are available when the normal time frame could seriously harm your health; "
                     "we decide those within 72 hours. Delay would substantially reduce the effectiveness of the treatment.\n")
    assert letter["letter_kind"]["value"] == "initial_denial"
    assert letter["urgency"]["value"] == "standard"


def test_an_appeal_handled_on_an_expedited_basis_is_expedited():
    letter = _letter("Date: July 31, 2025\n\nDear Member:\nWe have completed our review of your appeal received on "
                     "July 13, 2025. The original decision is upheld.\nYour appeal was handled on an expedited basis and "
                     "decided within 72 hours.\n")
    assert letter["letter_kind"]["value"] == "grievance_decision"
    assert letter["urgency"]["value"] == "expedited"


def test_notice_form_reason_is_not_the_legal_basis():
    letter = _letter("NOTICE OF ADVERSE BENEFIT DETERMINATION\nDate of notice 07/03/2026\n1. Action taken:\nDENIED.\n"
                     "3. Reason for action:\nThe service is denied as medically unnecessary.\n4. Legal basis:\n"
                     "California Welfare and Institutions Code section 14059.5 (medical necessity) and Title 22, "
                     "California Code of Regulations; 42 CFR Part 438, Subpart F.\n")
    assert letter["denial_reason"]["value"] == "The service is denied as medically unnecessary."


def test_a_terse_reason_alone_and_imr_paragraphs_never():
    letter = _letter("Date: April 21, 2026\n\nDear Member,\nOn April 21, 2026, we determined that coverage will stop. "
                     "Because the request was handled as urgent, the decision was made within 72 hours. Not medically "
                     "necessary. The California Department of Managed Health Care (DMHC) offers Independent Medical "
                     "Review: physicians outside Kaiser Permanente decide disputes about medical necessity and "
                     "experimental treatment.\n")
    assert letter["denial_reason"]["value"] == "Not medically necessary."


def test_a_sentence_with_a_colon_is_not_a_heading():
    letter = _letter("Date: July 31, 2025\n\nDear Member:\nWe have completed our review of your appeal. The original "
                     "decision is upheld.\nReason for the decision\nThe appeal file does not change the clinical picture: "
                     "you have not worn compression stockings for 3 months, so the vein ablation is still not medically "
                     "necessary for you.\n")
    assert (letter["denial_reason"]["value"] or "").startswith("The appeal file does not change the clinical picture")
