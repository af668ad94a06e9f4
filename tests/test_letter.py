"""The drafted grievance letter: facts only from the analysis or the member, blanks never filled silently."""

from __future__ import annotations

import re

import pytest
from test_arguments_fixtures import make_ctx, raised, result_for, second_opinion_result

from analyzer.arguments import BLANK_RE
from analyzer.letter import FALLBACK_CONTACTS, GrievanceLetter, contact_line, draft_letter, find_blanks

FILE_DL = {"action": "File your appeal", "due": "2026-03-06", "basis": "60 calendar days from the notice date",
           "citation": "42 CFR § 438.402(c)(2)(ii)", "kind": "file_appeal", "days": 60, "unit": "calendar_days"}


def _all_blanks_listed(letter: GrievanceLetter) -> None:
    found = {m.group(0) for m in BLANK_RE.finditer(letter.text)}
    assert found == set(letter.blanks), (found, letter.blanks)


def test_second_opinion_letter_contains_facts_arguments_and_citations():
    result = second_opinion_result()
    member = {"name": "Dana Okafor", "address": "41 Linden Street\nOakland, CA 94607", "phone": "(510) 555-0142",
              "email": "dana@example.org", "signature_date": "2026-04-10",
              "story": "I want a sarcoma-experienced thoracic surgeon to look at my scans before I lose part of "
                       "my lung."}
    letter = draft_letter(result, member)
    t = letter.text
    for fact in ("Dana Okafor", "220031457788", "April 2, 2026", "March 30, 2026", "Outside second opinion",
                 "41 Linden Street", "Oakland, CA 94607", "(510) 555-0142", "dana@example.org", "April 10, 2026",
                 "sarcoma-experienced thoracic surgeon"):
        assert fact in t, fact
    for arg in result["arguments"]:
        assert arg["heading"] in t
        for c in arg["citations"]:
            assert c in t, c
    assert "Stanford Cancer Center" in t
    assert letter.title == "Grievance (Appeal) of Denial"
    assert "Kaiser Foundation Health Plan, Inc." in letter.recipient
    # the filing deadline from result["deadlines"]
    assert "by September 29, 2026" in t and "28 CCR § 1300.68" in t
    # next steps: DMHC IMR after 30 days, verified contacts
    assert "Independent Medical Review" in t and "within 30 days" in t
    assert "1-888-466-2219" in t and "1-888-804-3536" in t
    assert "Enclosures:" in t and "Copy of your denial letter dated April 2, 2026" in t
    # only the grievance mailing address and the optional enclosures remain to be filled
    assert set(letter.blanks) == {"[GRIEVANCE MAILING ADDRESS FROM YOUR DENIAL LETTER]", "[IF ENCLOSED]"}
    _all_blanks_listed(letter)


def test_requests_are_not_repeated():
    letter = draft_letter(second_opinion_result())
    sec = next(s for s in letter.sections if s.heading == "What I am asking for")
    so = [p for p in sec.paragraphs if p.startswith("Authorize the second opinion")]
    assert 1 <= len(so) <= 2
    assert len({p.lower() for p in sec.paragraphs}) == len(sec.paragraphs)


def test_missing_member_facts_are_marked_blanks_and_listed():
    result = second_opinion_result(member_name=None, member_id=None)
    result["deadlines"] = []
    letter = draft_letter(result)
    t = letter.text
    for marker in ("[YOUR FULL NAME]", "[YOUR MEMBER ID / MEDICAL RECORD NUMBER]", "[YOUR MAILING ADDRESS]",
                   "[YOUR PHONE NUMBER]", "[DATE YOU SEND THIS LETTER]",
                   "[DEADLINE TO FILE, FROM YOUR DENIAL LETTER]"):
        assert marker in t and marker in letter.blanks, marker
    assert "Dana Okafor" not in t  # nothing taken from anywhere else
    _all_blanks_listed(letter)
    assert any("Fill in or remove every bracketed blank" in n for n in letter.notes)


def test_member_typed_name_wins_and_nothing_is_invented():
    result = second_opinion_result()
    letter = draft_letter(result, {"name": "D. Okafor"})
    assert "D. Okafor" in letter.sender[0]
    assert "Email:" not in letter.text  # no email typed: the optional line is left out, not invented
    assert "[YOUR PHONE NUMBER]" in letter.blanks


def test_medicare_advantage_reconsideration_and_ire():
    ctx = make_ctx(plan="medicare_advantage", state="CA")
    letter = draft_letter(result_for(ctx, [raised(ctx, "medicare.internal_criteria", "high")]))
    t = letter.text
    assert letter.title == "Request for Reconsideration"
    assert "RECONSIDERATION" in t and "42 CFR § 422.582" in t
    assert "Independent Review Entity" in t
    assert "1-800-633-4227" in t and "1-800-434-0222" in t
    assert "1-800-443-0815" in t  # Senior Advantage member services [V]
    assert "Department of Managed Health Care for an Independent" not in t
    _all_blanks_listed(letter)


def test_expedited_medicare_reconsideration():
    ctx = make_ctx(plan="medicare_advantage", urgency="expedited")
    letter = draft_letter(result_for(ctx, []))
    assert letter.title == "Request for Expedited Reconsideration" and letter.urgent
    assert "Request for expedited review" in letter.text and "within 72 hours" in letter.text


def test_expedited_california_grievance_goes_to_dmhc_at_once():
    ctx = make_ctx(urgency="expedited")
    letter = draft_letter(result_for(ctx, []))
    t = letter.text
    assert letter.title.startswith("Request for Expedited")
    assert "within 3 days" in t and "§ 1368.01(b)" in t
    assert "at once, because my case is urgent" in t


def test_urgency_from_member_fact():
    ctx = make_ctx(facts={"imminent_threat": "yes"})
    assert draft_letter(result_for(ctx, [])).urgent


def test_fehb_reconsideration_then_opm_with_caveat():
    ctx = make_ctx(plan="fehb", state="CA")
    letter = draft_letter(result_for(ctx, []))
    t = letter.text
    assert letter.title == "Request for Reconsideration of a Disputed Claim"
    assert "5 CFR § 890.105" in t and "Office of Personnel Management" in t
    assert "1900 E Street NW" in t and "(check your plan documents)" in t  # OPM address is [P]
    assert "[ADDRESS FROM SECTION 8 OF YOUR FEHB BROCHURE]" in letter.blanks


def test_erisa_appeal_outside_california():
    ctx = make_ctx(plan="erisa_group", state="GA")
    letter = draft_letter(result_for(ctx, []))
    t = letter.text
    assert letter.title == "Appeal of Adverse Benefit Determination"
    assert "29 CFR § 2560.503-1" in t and "external review" in t and "502(a)" in t
    assert "1-866-444-3272" in t and "(check your plan documents)" in t  # EBSA is [P]
    assert "Dear Plan Administrator:" in t
    assert "Managed Health Care" not in t


def test_insured_california_erisa_plan_also_gets_knox_keene():
    ctx = make_ctx(plan="erisa_group", state="CA")
    t = draft_letter(result_for(ctx, [])).text
    assert "Cal. Health & Safety Code § 1368" in t and "Independent Medical Review" in t
    ctx = make_ctx(plan="erisa_group", state="CA", facts={"self_funded": True})
    t = draft_letter(result_for(ctx, [])).text
    assert "Cal. Health & Safety Code § 1368)" not in t and "external review" in t


def test_medi_cal_state_hearing_and_filing_deadline():
    ctx = make_ctx(plan="medi_cal", state="CA")
    letter = draft_letter(result_for(ctx, [], deadlines=[FILE_DL]))
    t = letter.text
    assert "State Hearing" in t and "120 days" in t
    assert "1-800-743-8525" in t and "1-888-452-8609" in t
    assert "by March 6, 2026" in t and "42 CFR § 438.402(c)(2)(ii)" in t


def test_unverified_contacts_are_never_printed():
    assert contact_line("kp_hawaii") is None and contact_line("kp_northwest") is None
    ctx = make_ctx(plan="commercial_hmo", state="HI")
    t = draft_letter(result_for(ctx, [])).text
    for c in FALLBACK_CONTACTS.values():
        if c.tag == "U":
            assert c.details not in t


def test_partly_verified_contacts_carry_the_caveat():
    for c in FALLBACK_CONTACTS.values():
        line = contact_line(c.id)
        if c.tag == "P":
            assert line and line.endswith("(check your plan documents)")
        elif c.tag == "V":
            assert line and "check your plan documents" not in line


def test_payment_denial_asks_for_payment():
    ctx = make_ctx(kind="payment_denial", category="no_prior_authorization", services=("Emergency room visit",))
    letter = draft_letter(result_for(ctx, [raised(ctx, "process.emergency_prior_auth", "high")]))
    assert "Reverse your decision and pay the claim for emergency room visit." in letter.text


def test_no_services_is_a_blank():
    ctx = make_ctx(services=())
    letter = draft_letter(result_for(ctx, []))
    assert "[THE SERVICE THAT WAS DENIED]" in letter.blanks


def test_find_blanks_ignores_ordinary_brackets():
    assert find_blanks("a [YOUR NAME] b [sic] c [YOUR NAME] [1]") == ["[YOUR NAME]"]


def test_to_dict_carries_text_and_blanks():
    letter = draft_letter(second_opinion_result())
    d = letter.to_dict()
    assert d["text"] == letter.text and d["blanks"] == letter.blanks
    assert re.search(r"^GRIEVANCE \(APPEAL\) OF DENIAL$", letter.text, re.M)


@pytest.mark.parametrize("plan", ["commercial_hmo", "erisa_group", "medicare_advantage", "medi_cal", "medicaid",
                                  "fehb", "unknown"])
def test_every_plan_type_drafts(plan):
    ctx = make_ctx(plan=plan)
    letter = draft_letter(result_for(ctx, [raised(ctx, "notice.reason_specific", "high")]))
    assert letter.text.strip() and letter.title
    _all_blanks_listed(letter)


def test_medi_cal_termination_asks_to_keep_services():
    ctx = make_ctx(plan="medi_cal", kind="termination_notice")
    t = draft_letter(result_for(ctx, [])).text
    assert "aid paid pending, 42 CFR § 438.420" in t


def test_passed_filing_deadline_is_pointed_out_to_the_member():
    ctx = make_ctx(plan="medi_cal")
    res = result_for(ctx, [], deadlines=[FILE_DL])
    late = draft_letter(res, {"signature_date": "2026-04-01"})
    assert any("appears to have passed" in n for n in late.notes)
    on_time = draft_letter(res, {"signature_date": "2026-02-01"})
    assert any("Send it by March 6, 2026" in n for n in on_time.notes)
    assert "appears to have passed" not in on_time.text  # notes never go into the letter itself


@pytest.mark.parametrize("kind,phrase", [
    ("payment_denial", "to deny payment for"), ("termination_notice", "to reduce or stop"),
    ("partial_denial", "to deny in part my request for"), ("initial_denial", "to deny my request for"),
])
def test_opening_matches_the_letter_kind(kind, phrase):
    ctx = make_ctx(kind=kind)
    assert phrase in draft_letter(result_for(ctx, [])).text


def test_filing_deadline_without_a_date_keeps_its_citation():
    ctx = make_ctx()
    dl = dict(FILE_DL, due=None, citation="Cal. Code Regs. tit. 28, § 1300.68")
    t = draft_letter(result_for(ctx, [], deadlines=[dl])).text
    assert "I am sending this within the time the law allows to file (Cal. Code Regs. tit. 28, § 1300.68)." in t


def test_second_opinion_without_service_lines_names_the_second_opinion():
    ctx = make_ctx(kind="second_opinion_denial", category="second_opinion", services=())
    letter = draft_letter(result_for(ctx, []))
    assert "What was denied: a second opinion" in letter.text
    assert "[THE SERVICE THAT WAS DENIED]" not in letter.blanks


@pytest.mark.parametrize("state,contact", [("VA", "1-877-310-6560"), ("MD", "1-877-261-8807"), ("CO", None)])
def test_commercial_outside_california_external_review_and_state_help(state, contact):
    ctx = make_ctx(plan="commercial_hmo", state=state)
    t = draft_letter(result_for(ctx, [])).text
    assert "external review" in t and "45 CFR § 147.136" in t
    assert "Managed Health Care" not in t
    if contact:
        assert contact in t


def test_medicaid_fair_hearing():
    ctx = make_ctx(plan="medicaid", state="VA")
    t = draft_letter(result_for(ctx, [])).text
    assert "State fair hearing" in t and "42 CFR § 438.408(f)" in t


def test_letter_address_from_the_denial_replaces_the_blank():
    result = second_opinion_result()
    without = draft_letter(result)
    assert any("[GRIEVANCE MAILING ADDRESS" in r or "ADDRESS" in r for r in without.recipient)
    result["letter"]["grievance_address"] = {
        "value": "Kaiser Foundation Health Plan, Inc., Member Relations Grievance Operations, P.O. Box 23280, "
                 "Oakland, CA 94623", "evidence": [], "confidence": 0.8, "source": "test"}
    letter = draft_letter(result)
    assert letter.recipient[:4] == ["Kaiser Foundation Health Plan, Inc.", "Member Relations Grievance Operations",
                                    "P.O. Box 23280", "Oakland, CA 94623"]
    assert not [r for r in letter.recipient if BLANK_RE.search(r)]
    _all_blanks_listed(letter)


def test_unnamed_letter_address_keeps_the_plan_name_lines():
    result = second_opinion_result()
    result["letter"]["grievance_address"] = {"value": "P.O. Box 939001, San Diego, CA 92193", "evidence": [],
                                             "confidence": 0.8, "source": "test"}
    rec = draft_letter(result).recipient
    assert rec[2:4] == ["P.O. Box 939001", "San Diego, CA 92193"] and "Kaiser" in rec[0]


@pytest.mark.parametrize("address,lines", [
    ("Kaiser Permanente, Appeals Program, P.O. Box 378066, Denver, CO 80237-8066",
     ["Kaiser Permanente", "Appeals Program", "P.O. Box 378066", "Denver, CO 80237-8066"]),
    ("Acme Benefits, LLC, 500 NE Multnomah St., Suite 100, Portland, OR 97232",
     ["Acme Benefits, LLC", "500 NE Multnomah St.", "Suite 100", "Portland, OR 97232"]),
])
def test_address_lines(address, lines):
    from analyzer.letter import address_lines

    assert address_lines(address) == lines
