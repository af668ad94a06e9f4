"""Tables for the rule recognizers: codes (and what is never a code), date roles, sections, sentences, cues."""

from __future__ import annotations

import pytest

from analyzer.nlp import recognizers as R


def codes(text: str) -> list[tuple[str, str]]:
    return [(c.label, c.value) for c in R.find_codes(text)]


# --- codes: rows that must be found ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Service requested: MRI lumbar spine without contrast (CPT 72148)", ("CPT", "72148")),
        ("CPT code: 97110 Therapeutic exercise", ("CPT", "97110")),
        ("Code Service Decision\n72148 MRI lumbar spine Denied", ("CPT", "72148")),
        ("Code Service Decision\nMRI lumbar spine 72148 Not approved", ("CPT", "72148")),
        ("CPT Description\n0042T Cerebral perfusion analysis", ("CPT", "0042T")),
        ("CPT II code 3074F reported", ("CPT", "3074F")),
        ("Power wheelchair, group 2 standard (code K0823) Denied", ("HCPCS", "K0823")),
        ("HCPCS J9271 Pembrolizumab injection", ("HCPCS", "J9271")),
        ("Diagnosis: Low back pain (M54.50)", ("ICD10", "M54.50")),
        ("ICD-10-CM Description\nF33.1 Major depressive disorder, recurrent", ("ICD10", "F33.1")),
        ("Diagnosis code: Z79.4", ("ICD10", "Z79.4")),
        # OCR read 0 as O and 1 as l inside a code
        ("CPT code 72l48 MRI", ("CPT", "72148")),
        ("Diagnosis: heart failure (I5O.32)", ("ICD10", "I50.32")),
        # claim-table rows led by the date of service, then the code column
        ("Date of service Code Description Billed Plan paid\n17 December 2025 92507 Speech treatment $3,780.05 $0.00",
         ("CPT", "92507")),
        ("DOS Code Description Paid\n05/17/2026 99284 Emergency department visit $0.00", ("CPT", "99284")),
        ("Date of service Code Description\nJan. 28, 2026 A0427 Ambulance service, advanced life support $0.00",
         ("HCPCS", "A0427")),
        ("Service date CPT Description\n2026-03-27 45380 Colonoscopy with biopsy", ("CPT", "45380")),
        # prose: a code before an upper-case abbreviation
        ("We received a request from Dr. Lee for 72148 MRI lumbar spine without contrast.", ("CPT", "72148")),
        ("You have been receiving J9271 Pembrolizumab injection, 200 mg every 3 weeks since 2025-12-02.", ("HCPCS", "J9271")),
        ("You have been receiving E1390 Oxygen concentrator and E0431 Portable gaseous oxygen system.", ("HCPCS", "E0431")),
        ("Condition: E10.65 - Type 1 diabetes mellitus with hyperglycemia", ("ICD10", "E10.65")),
        ("Condition: C61 - Prostate cancer", ("ICD10", "C61")),
    ],
)
def test_code_found(text, expected):
    assert expected in codes(text)


# --- codes: rows that must NOT be codes -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kaiser Permanente, 1950 Franklin Street, Oakland, CA 94612",  # ZIP
        "Oakland, CA 94612-3404",  # ZIP+4
        "Sacramento, California 95814",  # ZIP after a state name
        "Call Member Services at 1-800-464-4000 (TTY 711)",  # phone
        "Call us at (510) 625-4187 about your code",  # phone near the word code
        "Medical Record Number: 11006 CPT",  # member id with a label
        "MRN: 12345 service",
        "Claim number 55012 for the procedure",  # claim number
        "Reference #: 44120 requested procedure",
        "Amount billed $12500 for the procedure",  # money
        "Billed 12500.00 for the procedure code",
        "Date of service 03/11/2026 code",  # date
        "Welfare and Institutions Code section 14022",  # statute number
        "Title 22 CCR section 51321",
        "Suite 20345, Pasadena",  # no code context
        "In 2026 we received 12 requests",
        "On March 3, 2026 12500 members were notified",  # a count after a date in prose
        "Claim received 05/27/2026 44120 Plan paid",  # an id-like number outside any code column
        "We paid for 12500 MEMBERS in 2026",  # a count before capitals, not a code
        "Suite 200 and 20345 Pasadena Avenue",  # an address number, no code context
        "Conditions of coverage: K0823 is listed",  # a label that is not a diagnosis list
    ],
)
def test_never_a_code(text):
    assert [c for c in codes(text) if c[0] in ("CPT", "HCPCS")] == []


@pytest.mark.parametrize("text", ["REASON FOR DECISION", "THIS IS NOT A CODE", "Form A12 revised"])
def test_words_are_not_icd_codes(text):
    assert [c for c in codes(text) if c[0] == "ICD10"] == []


# --- dates with their role --------------------------------------------------------------------------------------
HEADER = "Kaiser Permanente\n1950 Franklin St\nOakland, CA 94612\n"


@pytest.mark.parametrize(
    "text, value, role",
    [
        (HEADER + "March 11, 2026\nJane Doe\nDear Jane Doe:\nBody.", "2026-03-11", "letter"),
        (HEADER + "Date: 03/11/2026\nDear Jane Doe:\nBody.", "2026-03-11", "letter"),
        ("Dear Jane:\nWe received your request on March 9, 2026.", "2026-03-09", "request_received"),
        ("Dear Jane:\nOn March 9, 2026, we received a request from your doctor.", "2026-03-09", "request_received"),
        ("Dear Jane:\nDr. Lee asked us on 05-15-2025 to approve an MRI.", "2025-05-15", "request_received"),
        ("Dear Jane:\nRequest received: 2026-03-09", "2026-03-09", "request_received"),
        ("Dear Jane:\nWe made this decision on March 11, 2026.", "2026-03-11", "decision"),
        ("Dear Jane:\nDecision date: Mar. 11, 2026", "2026-03-11", "decision"),
        ("Dear Jane:\nThe decision was made on 24-Jun-2026.", "2026-06-24", "decision"),
        ("Dear Jane:\nOn March 11, 2026, a Plan physician reviewed the request.", "2026-03-11", "decision"),
        ("Dear Jane:\nDate of service: 01/27/2026", "2026-01-27", "service"),
        ("Dear Jane:\nWe received a claim for care you received on January 27, 2026.", "2026-01-27", "service"),
        ("Estimada Sra. Ruiz:\nRecibimos su solicitud el 15 de septiembre de 2026.", "2026-09-15", "request_received"),
        ("Estimada Sra. Ruiz:\nFecha de servicio: 3 de marzo de 2026", "2026-03-03", "service"),
        # label mid-line in a two-column header
        ("Jane Doe Statement date: 9 January 2026\n815 Ridge Dr Member ID: 714", "2026-01-09", "letter"),
        ("Jane Doe    Notice date: 06/15/2026\nDear Jane:", "2026-06-15", "letter"),
        ("Date of this notice: Jul. 28, 2026\nDear Jane:", "2026-07-28", "letter"),
        # claim-table rows under a "Date of service"/"DOS" column
        ("Dear Jane:\nDate of service Code Description Billed\nJanuary 28, 2026 A0427 Ambulance $0.00\n"
         "January 28, 2026 A0425 Ground mileage $0.00", "2026-01-28", "service"),
        ("Dear Jane:\nDOS CPT Description Paid\n05/17/2026 99284 ED visit $0.00", "2026-05-17", "service"),
        ("Dear Jane:\nLine Date(s) of service Code\n1 03/11/2026 72148 MRI", "2026-03-11", "service"),
        # "Your <service> started on <date>"
        ("Dear Jane:\nYour 15823 Blepharoplasty, upper eyelid, started on 02-03-2026, and we reviewed it.", "2026-02-03",
         "service"),
        ("Dear Jane:\nYour external insulin infusion pump started on February 14, 2026.", "2026-02-14", "service"),
        # a preposition far from the date is not a deadline ("treatment by protocol ... on <date>")
        ("Dear Jane:\nWe received a request for Adaptive behavior treatment by protocol (ABA) from Dr. Lee on 08/29/2026.",
         "2026-08-29", "request_received"),
        # a wrapped "(CPT\n92523)" does not start a list item (the sentence goes on to its date)
        ("Dear Jane:\nWe received a request for Evaluation of speech sound production with evaluation of language (CPT\n"
         "92523) from Kalani Villanueva, MD on 08/13/2025. The visit was later.", "2025-08-13", "request_received"),
        ("Dear Jane:\nThe claim was processed on May 25, 2026.", "2026-05-25", "decision"),
        ("Dear Jane:\nYou have been receiving Humira (adalimumab) 40 mg/0.4 mL pen since 2026-06-01.", "2026-06-01", "service"),
        ("Dear Jane:\nPayment is denied: no prior authorization was on file for the services on\n05-14-2026.", "2026-05-14",
         "service"),
        ("Dear Jane:\nYou must file by May 30, 2026.", "2026-05-30", "none"),
        # not a role: birth dates, appointments, deadlines
        ("Dear Jane:\nDate of birth: 01/02/1980", "1980-01-02", "none"),
        ("Dear Jane:\nYour appointment is scheduled for April 2, 2026.", "2026-04-02", "none"),
        ("Dear Jane:\nYou must file no later than May 30, 2026.", "2026-05-30", "none"),
    ],
)
def test_date_role(text, value, role):
    secs = R.find_sections(text)
    header_end = next((e for n, s, e, h in secs if n == "header"), 0)
    found = {(c.value, c.role or "none") for c in R.find_dates(text, header_end=header_end)}
    assert (value, role) in found, found


def test_ocr_date_digits():
    (c,) = R.find_dates("Dear Jane:\nDecision date: O3/1l/2026")
    assert c.value == "2026-03-11"


# --- sentences and sections ---------------------------------------------------------------------------------------
def test_sentences_ignore_wrapped_lines_and_abbreviations():
    text = ("We reviewed the request from Dr. Lee for an MRI of the lumbar spine and found that it is not\n"
            "medically necessary at this time. Physical therapy was not tried first.\n"
            "Reason\n")
    sents = [text[a:b] for a, b in R.sentence_bounds(text)]
    assert sents[0].startswith("We reviewed") and sents[0].endswith("this time.")
    assert sents[1] == "Physical therapy was not tried first."
    assert sents[2] == "Reason"


def test_sections():
    text = ("Kaiser Permanente\nMarch 1, 2026\nDear Jane Doe:\nWe denied your request.\n"
            "Why we made this decision\nIt is not medically necessary.\n"
            "Your right to appeal\nYou may file an appeal within 180 days.\n"
            "Independent Medical Review\nYou may ask the DMHC for an IMR.\n"
            "Expedited review\nIf your health is at serious risk...\n"
            "Sincerely,\nAnn Lee, MD\n"
            "Language assistance\nATTENTION: free language help.\n")
    names = [n for n, s, e, h in R.find_sections(text)]
    for n in ("header", "reason", "appeal_rights", "external_review", "expedited_review", "reviewer", "taglines"):
        assert n in names, names
    # contiguous coverage
    secs = R.find_sections(text)
    assert secs[0][1] == 0 and secs[-1][2] == len(text)
    assert all(a[2] == b[1] for a, b in zip(secs, secs[1:], strict=False))


# --- people --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, name, cred, phone",
    [
        ("This decision was made by Mina Salazar, MD, MPH, board certified in Internal Medicine. Your doctor may "
         "discuss it with the reviewer by calling 425-288-3649.", "Mina Salazar", "MD, MPH", "425-288-3649"),
        ("A physician reviewer, Soo-jin Yoon, D.O., specialty Family Medicine, reviewed your request.",
         "Soo-jin Yoon", "D.O.", None),
        ("Sincerely,\nAnn Lee, MD\nMedical Director, Cardiology\nDirect line: (510) 555-0142\n", "Ann Lee", "MD",
         "(510) 555-0142"),
        ("Thank you,\n/s/ Daniel Nguyen, DO\nUtilization Management Physician\nPhone: 202.289.8520\n",
         "Daniel Nguyen", "DO", "202.289.8520"),
        ("Esta decisión fue tomada por la Dra. Elena Ruiz, MD, especialista en Pediatría.", "Dra. Elena Ruiz", "MD", None),
    ],
)
def test_reviewer(text, name, cred, phone):
    cands = R.find_reviewer(text, [])
    assert name in {c.value for c in cands if c.label == "reviewer_name"}
    assert cred in {c.value for c in cands if c.label == "reviewer_credentials"}
    if phone:
        assert phone in {c.value for c in cands if c.label == "reviewer_phone"}


@pytest.mark.parametrize(
    "text",
    [
        "Sincerely,\nSenior Advantage Claims Unit\nKaiser Foundation Health Plan, Inc.\n",
        "Sincerely,\nMember Services Department\n",
    ],
)
def test_signature_of_a_unit_is_not_a_reviewer(text):
    assert not [c for c in R.find_reviewer(text, []) if c.label == "reviewer_name"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("March 1, 2026\nJane Q. Doe\n1234 Elm St\nOakland, CA 94612\nRE: MRN 12345678\n", "Jane Q. Doe"),
        ("Letter date: 03/06/2026 Member name: Carlos Ortiz\n", "Carlos Ortiz"),
        ("Nombre del miembro: Mateo Ramírez Soto\n", "Mateo Ramírez Soto"),
        ("Dear Ms. Alvarez:\nWe reviewed", "Alvarez"),
    ],
)
def test_member_name(text, name):
    assert name in {c.value for c in R.find_fields(text, []) if c.label == "member_name"}


@pytest.mark.parametrize(
    "text",
    [
        "Dear Dr. Ana Lopez:\nYour patient",  # a "Dear" line to a doctor is not the member
        "Dear Member:\nDr. Ezequiel Tanaka asked us on 05-15-2025",  # the label "Member:" has no name
        "Kaiser Permanente\n1950 Franklin St\nOakland, CA 94612\n",  # the plan's own return address
    ],
)
def test_not_a_member_name(text):
    names = {c.value for c in R.find_fields(text, []) if c.label == "member_name"}
    assert not names, names


@pytest.mark.parametrize(
    "text, value",
    [
        ("Medical Record Number: 11006 2419837", None),  # digits split by a space after a long run: not joined
        ("MRN: 110062419837", "110062419837"),
        ("Member ID #: 6363911", "6363911"),
        ("Member ID (medical record number): 1004218876", "1004218876"),
        ("Member ID: GA-40027816", "GA-40027816"),
        ("MR#: B40835141", "B40835141"),
        ("Número de registro médico: 11O187640223", "110187640223"),
    ],
)
def test_member_id(text, value):
    vals = {c.value for c in R.find_fields(text, []) if c.label == "member_id"}
    if value:
        assert value in vals, vals


@pytest.mark.parametrize(
    "sentence, days",
    [
        ("You have 180 calendar days from the date of this letter to file an appeal.", 180),
        ("You have the right to file a grievance. You must ask within 60 days after you receive this letter.", 60),
        ("You may file a grievance within six months of the date of this letter.", 180),
        ("Usted tiene 60 días para pedir una apelación.", 60),
    ],
)
def test_deadline(sentence, days):
    ds = R.find_deadlines(sentence, R.sentence_bounds(sentence))
    assert days in {c.value for c in ds if c.role == "internal"}


def test_deadline_not_continuation_of_benefits():
    s = "If you appeal within 10 days of the date of this notice, you can ask to keep getting the services."
    assert not R.find_deadlines(s, R.sentence_bounds(s))


@pytest.mark.parametrize(
    "text, lang",
    [
        ("We reviewed your request for the service and we are not able to approve it because it is not "
         "medically necessary for you at this time. You may appeal this decision.", "en"),
        ("Revisamos su solicitud para el servicio y no podemos aprobarla porque no es médicamente necesaria para "
         "usted en este momento. Usted puede apelar esta decisión de la solicitud.", "es"),
        ("", "unknown"),
    ],
)
def test_language(text, lang):
    assert R.detect_language(text) == lang


# --- dates that must NOT take a role from a label or a table column ----------------------------------------------
@pytest.mark.parametrize(
    "text, value, role",
    [
        # a dated row under a column header that is not a date of service
        ("Dear Jane:\nDate received Code Description\n05/17/2026 99284 ED visit", "2026-05-17", "service"),
        # prose sentences under a DOS header are not rows of its table
        ("Dear Jane:\nDOS: see below.\nWe wrote on 05/17/2026 about it.", "2026-05-17", "service"),
        # 'notice date' inside a sentence is not a label
        ("Dear Jane:\nThe notice date was moved. We decided on 06/15/2026.", "2026-06-15", "letter"),
        ("Dear Jane:\nDate of birth: 01/02/1980", "1980-01-02", "letter"),
        # "Your coverage started on" is not a date of service
        ("Dear Jane:\nYour coverage started on January 1, 2026.", "2026-01-01", "service"),
        ("Dear Jane:\nYour plan membership began on January 1, 2026.", "2026-01-01", "service"),
    ],
)
def test_date_role_not(text, value, role):
    secs = R.find_sections(text)
    header_end = next((e for n, s, e, h in secs if n == "header"), 0)
    found = {(c.value, c.role or "none") for c in R.find_dates(text, header_end=header_end)}
    assert (value, role) not in found, found


# --- category cues: experimental / investigational -------------------------------------------------------------
def exp_cues(text: str) -> set[str]:
    return {c.source for c in R.find_cues(text) if c.label == "denial_category" and c.value == "experimental_investigational"}


@pytest.mark.parametrize(
    "text, cue",
    [
        # the statutory standard of HSC 1370.4, in either word order and tense, granted or not
        ("The therapy is not likely to be more beneficial for your condition than any available standard therapy.",
         "cat.more_beneficial_than_standard"),
        ("The drug was more likely to be beneficial than standard treatment.", "cat.more_beneficial_than_standard"),
        ("The device is likely to have been more beneficial for the member than any other available standard therapy.",
         "cat.more_beneficial_than_standard"),
        ("The safety and efficacy of this procedure have not been established.", "cat.efficacy_not_established"),
        ("There is insufficient peer-reviewed evidence that the test improves health outcomes.", "cat.efficacy_not_established"),
        ("The implant has not been shown to be safe and effective for your condition.", "cat.efficacy_not_established"),
        ("This use is recommended only within a clinical trial.", "cat.clinical_trial_only"),
        ("Outside of a clinical trial, this regimen is not used.", "cat.clinical_trial_only"),
        ("This treatment is not the standard of care for your diagnosis.", "cat.not_standard_of_care"),
        ("The drug is not FDA-approved for this use.", "cat.experimental"),
        ("The drug has not been approved by the Food and Drug Administration for children.", "cat.experimental"),
        ("Este uso no está aprobado por la FDA.", "cat.experimental"),
        ("Los estudios publicados no muestran que este medicamento sea más eficaz que el tratamiento estándar.",
         "cat.es_evidence_lacking"),
        ("La seguridad y la eficacia de este dispositivo no se han establecido.", "cat.es_evidence_lacking"),
    ],
)
def test_experimental_cue(text, cue):
    assert cue in exp_cues(text), exp_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        # negated: the letter says the opposite
        "This treatment is not experimental or investigational, but your records do not show you need it.",
        "The drug is no longer considered investigational for this condition.",
        "It is not an experimental therapy.",
        "Esta terapia no es experimental.",
        # a trial cited as evidence is not a reason
        "In a large clinical trial, patients who took the drug lost weight.",
        # standard care named without the statutory comparison
        "Standard therapy for this condition includes physical therapy.",
    ],
)
def test_not_an_experimental_cue(text):
    assert not exp_cues(text), exp_cues(text)


# --- cues start at a word's start ----------------------------------------------------------------------------------
def _cue_ids(text: str) -> set[str]:
    return {c.source for c in R.find_cues(text)}


@pytest.mark.parametrize(
    "text, cue",
    [
        ("NOTICE OF TERMINATION OF SERVICES", "kind.termination_title"),
        ("Your plan is governed by ERISA § 502(a).", "plan.502a"),  # a cue that opens with a section sign
        ("[X] Delayed", "kind.checked_delayed"),  # a cue that opens with a bracket
        ("Status: Denial (modification)", "kind.modification"),
        ("This service is still experimental for your condition.", "cat.experimental"),
    ],
)
def test_cue_found(text, cue):
    assert cue in _cue_ids(text), _cue_ids(text)


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Claim Determination Notice", "kind.termination_title"),  # "termination notice" inside "Determination"
        ("The drug is nonexperimental.", "cat.experimental"),
    ],
)
def test_no_cue_inside_a_word(text, cue):
    assert cue not in _cue_ids(text), _cue_ids(text)


@pytest.mark.parametrize(
    "pattern, opens",
    [(r"experimental|investigational", True), (r"(still\s+)?experimental", True), (r"(?<!not )partial", True),
     (r"\bERISA\b|employee\s+retirement", True), (r"\d+\s+visits", True),
     (r"(section|§)\s*502", False), (r"\[x\]\s*delayed", False), (r"(^|\n)appeal", False), (r"(\[x\]\s+)?urgent", False),
     (r"x?", False), (r"\s+denied", False)],
)
def test_opens_with_word(pattern, opens):
    assert R._opens_with_word(pattern) is opens
