"""Extraction end to end: schema shape, evidence that points at the value, held-out generated PDFs, Spanish, scans."""

from __future__ import annotations

import re

import pytest

from analyzer.document import Document
from analyzer.extract import extract
from analyzer.nlp import build_doc, model_version
from analyzer.pipeline import empty_letter

LETTER = """Kaiser Permanente
Kaiser Foundation Health Plan, Inc. - Northern California Region
1950 Franklin Street, Oakland, CA 94612
March 11, 2026
Jane Q. Doe
1234 Elm Street
Berkeley, CA 94704
RE: Medical Record Number: 110062419837
Requesting provider: Dr. Robert Chen
Dear Jane Q. Doe:
We received your request on March 9, 2026 for the service below.
Code Service requested Decision
72148 MRI lumbar spine without contrast Denied
Diagnosis: Low back pain (M54.50)
Why we made this decision
We cannot approve the MRI because it is not medically necessary. Your records do not show six weeks of
physical therapy before the imaging was requested.
We used MCG Care Guidelines, 27th edition, Lumbar Spine MRI when we reviewed your request.
This decision was made by Ann Lee, MD, board certified in Internal Medicine. Your doctor may discuss
this decision with the reviewer by calling (510) 555-0142.
Your right to appeal
You have 180 calendar days from the date of this letter to file an appeal.
Independent Medical Review
You may ask the Department of Managed Health Care (DMHC) for an Independent Medical Review.
Sincerely,
Regional Appeals Unit
"""


@pytest.fixture(scope="module")
def extraction():
    doc = Document.from_text(LETTER)
    return doc, extract(doc, build_doc(doc))


def test_letter_has_every_schema_field(extraction):
    _, ex = extraction
    template = empty_letter()
    assert set(ex.letter) == set(template)
    assert set(ex.letter["dates"]) == set(template["dates"])
    assert set(ex.letter["reviewer"]) == set(template["reviewer"])
    for key, f in ex.letter.items():
        if isinstance(f, dict) and "value" in f:
            assert {"value", "evidence", "confidence", "source"} <= set(f), key
            assert f["source"], key


def test_values_of_a_plain_letter(extraction):
    _, ex = extraction
    L = ex.letter
    assert ex.language == "en"
    assert L["state"]["value"] == "CA" and L["region"]["value"] == "Northern California"
    assert L["plan_type"]["value"] == "commercial_hmo"
    assert L["letter_kind"]["value"] == "initial_denial"
    assert L["urgency"]["value"] == "standard"
    assert L["denial_category"]["value"] == "medical_necessity"
    assert L["member_id"]["value"] == "110062419837"
    assert L["member_name"]["value"] == "Jane Q. Doe"
    assert L["requesting_provider"]["value"] == "Dr. Robert Chen"
    assert L["dates"]["letter"]["value"] == "2026-03-11"
    assert L["dates"]["request_received"]["value"] == "2026-03-09"
    assert L["dates"]["service"]["value"] is None  # the letter does not say: never guessed
    assert [s["codes"] for s in L["services"]] == [["72148"]]
    assert L["services"][0]["text"] == "MRI lumbar spine without contrast"
    assert [d["codes"] for d in L["diagnoses"]] == [["M54.50"]]
    assert "not medically necessary" in L["denial_reason"]["value"]
    assert L["reviewer"]["name"]["value"] == "Ann Lee"
    assert L["reviewer"]["credentials"]["value"] == "MD"
    assert L["reviewer"]["specialty"]["value"] == "Internal Medicine"
    assert L["reviewer"]["phone"]["value"] == "(510) 555-0142"
    assert any("MCG" in c["value"] for c in L["criteria_cited"])
    assert L["stated_appeal_deadline_days"]["value"] == 180


def test_evidence_text_equals_value(extraction):
    doc, ex = extraction
    L = ex.letter
    for f in (L["member_id"], L["member_name"], L["reviewer"]["name"], L["reviewer"]["phone"], L["region"]):
        (ev,) = f["evidence"]
        page = doc.pages[ev["page"] - 1]
        assert page.text[ev["start"]:ev["end"]] == ev["text"] == f["value"]
        assert ev["bbox"] is not None


def test_sections_use_global_offsets(extraction):
    doc, ex = extraction
    names = [s.name for s in ex.sections]
    assert names[0] == "header" and "appeal_rights" in names and "external_review" in names
    appeal = next(s for s in ex.sections if s.name == "appeal_rights")
    assert doc.text[appeal.start:appeal.end].startswith("Your right to appeal")


def test_empty_document_gives_nulls_and_a_warning():
    doc = Document.from_text("")
    ex = extract(doc, build_doc(doc))
    assert ex.letter["member_id"]["value"] is None and ex.letter["services"] == []
    assert ex.warnings


def test_dear_line_is_not_a_provider():
    doc = Document.from_text("Dear Jane Q. Doe:\nWe reviewed the request. It is not medically necessary.\n")
    ex = extract(doc, build_doc(doc))
    assert ex.letter["requesting_provider"]["value"] is None


CLAIM = """Kaiser Permanente
Member Claims Department
Jane Q. Doe    Statement date: June 15, 2026
1234 Elm Street Member ID: 71439033
Portland, OR 97201 Claim number: 23171221626
Claim received: May 27, 2026
Provider: Dr. Ana Lee. The claim below was denied.
Date of service Code Description Billed Plan paid Remark
05/17/2026 99284 Emergency department visit, moderate severity $1,169.95 $0.00 D17
05/17/2026 74177 CT abdomen and pelvis with contrast $3,044.65 $0.00 D17

Remark D17: {remark}
Processed on 06/12/2026.
"""


def _letter(text: str) -> dict:
    doc = Document.from_text(text)
    return extract(doc, build_doc(doc)).letter


@pytest.mark.parametrize(
    "remark, category",
    [
        ("This claim duplicates a claim we already processed for the same services and date.", "administrative"),
        ("We denied the referral to an outside hospital, which is outside our network, because the services you need "
         "can be provided by Plan Physicians.", "out_of_network"),
        ("The request is for a non-covered service.", "not_covered"),
        ("Upon further review, your eligibility for this service could not be confirmed on the date of service.",
         "administrative"),
        ("The authorization for the office visit was issued in error, and the claim is denied after a later review.",
         "administrative"),
        ("The request was received after the service was scheduled without the referral your plan requires.",
         "no_prior_authorization"),
        ("Prior authorization is required for speech therapy, so it cannot be approved as submitted.",
         "no_prior_authorization"),
    ],
)
def test_claim_table_letter(remark, category):
    L = _letter(CLAIM.format(remark=remark))
    assert L["dates"]["letter"]["value"] == "2026-06-15"
    assert L["dates"]["service"]["value"] == "2026-05-17"
    assert L["dates"]["decision"]["value"] == "2026-06-12"
    assert {c for s in L["services"] for c in s["codes"]} == {"99284", "74177"}
    assert L["denial_category"]["value"] == category
    assert remark[:30] in L["denial_reason"]["value"]


def test_technology_assessment_title_is_not_an_experimental_reason():
    L = _letter("Dear Jane:\nYour proton beam therapy will end because it is not medically necessary for your condition.\n"
                "This request was reviewed using MCG Health guidelines and Kaiser Permanente National Technology "
                "Assessment: Proton Beam Therapy.\n")
    assert L["denial_category"]["value"] == "medical_necessity"


@pytest.mark.parametrize(
    "text, category",
    [
        # "not authorized because ... not medically necessary" is a medical-necessity denial, not a missing authorization
        ("The requested total hip arthroplasty is not authorized because the X-rays show mild narrowing and you have "
         "not tried physical therapy. Without this, the service is not considered medically necessary.", "medical_necessity"),
        ("We did not pay this claim because the services were not authorized in advance by Kaiser Permanente.",
         "no_prior_authorization"),
    ],
)
def test_not_authorized_category(text, category):
    assert _letter("Dear Jane:\n" + text + "\n")["denial_category"]["value"] == category


def test_rights_sentences_are_not_the_reason():
    L = _letter("Dear Jane:\nWhy we made this decision\nThis service is not covered under your plan.\n\n"
                "Fast (expedited) decisions\nIf the decision is about medical necessity, experimental or investigational "
                "treatment, you can apply for an Independent Medical Review (IMR).\n"
                "You may qualify for an Independent Medical Review (IMR) of decisions about experimental or "
                "investigational treatment.\n")
    assert L["denial_category"]["value"] == "not_covered"
    assert "not covered" in L["denial_reason"]["value"]


def test_quoted_section_titles_are_not_category_cues():
    L = _letter("Dear Jane:\nReason for our decision\nThe request was received after the service was scheduled without "
                "the referral your plan requires, so it cannot be approved.\nCondition: E10.65 - Type 1 diabetes. The plan "
                "terms that apply are in the \"Exclusions, Limitations, Coordination of Benefits, and Reductions\" section "
                "of your Evidence of Coverage.\n")
    assert L["denial_category"]["value"] == "no_prior_authorization"
    # a quoted statement is not a title: it still counts
    L = _letter('Dear Jane:\nThe reviewer wrote: "The treatment is experimental and not proven for your condition."\n')
    assert L["denial_category"]["value"] == "experimental_investigational"


@pytest.mark.parametrize(
    "text, category",
    [
        ("We denied proton beam therapy because IMRT, a covered and equally effective treatment, is available.",
         "medical_necessity"),
        ("Your doctor asked for a treatment that is experimental and not proven. We based this on the Kaiser "
         "Permanente Technology Assessment.", "experimental_investigational"),
    ],
)
def test_technology_assessment_titles(text, category):
    assert _letter("Dear Jane:\n" + text + "\n")["denial_category"]["value"] == category


def test_decision_table_row_is_not_the_reason():
    L = _letter("Dear Jane:\nLine Procedure Description Determination\n1 n/a Semaglutide 2.4 mg weekly Not Authorized\n"
                "Why we made this decision\nThe request is for a non-covered service under your plan.\n")
    assert "non-covered" in (L["denial_reason"]["value"] or "")
    assert L["denial_category"]["value"] == "not_covered"


@pytest.mark.parametrize(
    "address, plan",
    [
        ("Denver, CO 80251", "medicaid"),  # a Notice of Action outside California is the state's Medicaid
        ("Oakland, CA 94612", "medi_cal"),
    ],
)
def test_notice_of_action_plan_by_state(address, plan):
    L = _letter(f"Kaiser Permanente\nJane Doe\n12 Elm St\n{address}\nNOTICE OF ACTION\nDear Jane Doe:\n"
                "We denied your request because it is not medically necessary.\n")
    assert L["plan_type"]["value"] == plan


def test_model_version_is_a_string():
    assert isinstance(model_version(), str) and model_version()


SPANISH = """Kaiser Permanente - Región del Sur de California
393 E. Walnut Street, Pasadena, CA 91188
17 de septiembre de 2026
AVISO DE ACCIÓN
Nombre del miembro: Mateo Ramírez Soto
Número de registro médico: 110187640223
Estimada Sra. Ramírez:
Recibimos la solicitud de su médico el 15 de septiembre de 2026 para el servicio siguiente.
Código Servicio Decisión
43239 Endoscopia digestiva alta con biopsia Denegado
Diagnóstico: dolor abdominal (R10.13)
No podemos aprobar este servicio porque el proveedor está fuera de la red y el servicio está disponible
dentro de Kaiser Permanente con proveedores del plan.
Esta decisión fue tomada por la Dra. Elena Ruiz, MD. Puede llamar a la doctora al (626) 555-0188.
Sus derechos
Usted tiene 60 días para pedir una apelación. Si no está de acuerdo, puede pedir una Audiencia Estatal de Medi-Cal.
"""


def test_spanish_letter():
    doc = Document.from_text(SPANISH)
    ex = extract(doc, build_doc(doc))
    L = ex.letter
    assert ex.language == "es"
    assert L["plan_type"]["value"] == "medi_cal"
    assert L["member_id"]["value"] == "110187640223"
    assert L["dates"]["letter"]["value"] == "2026-09-17"
    assert L["dates"]["request_received"]["value"] == "2026-09-15"
    assert [s["codes"] for s in L["services"]] == [["43239"]]
    assert [d["codes"] for d in L["diagnoses"]] == [["R10.13"]]
    assert L["denial_category"]["value"] == "out_of_network"
    assert L["reviewer"]["phone"]["value"] == "(626) 555-0188"
    assert L["stated_appeal_deadline_days"]["value"] == 60


# --- generated letters (our generator), templates held out of training ------------------------------------------
def _held_out() -> list[str]:
    from analyzer.nlp import model_meta
    from analyzer.train import DEFAULT_HOLDOUT

    return list(model_meta().get("held_out_templates") or DEFAULT_HOLDOUT)


def _generated(template: str, seed: int):
    samplegen = pytest.importorskip("analyzer.samplegen")
    from analyzer.ingest import load_document

    try:
        spec = samplegen.generate(seed, template=template)
    except ValueError as err:  # pragma: no cover - generator constraints
        pytest.skip(str(err))
    doc = load_document(samplegen.render_pdf(spec, None), file_name=f"{template}.pdf")
    return spec, doc, extract(doc, build_doc(doc))


@pytest.mark.parametrize("template", _held_out())
def test_held_out_template_fields_with_evidence(template):
    from analyzer.nlp.evaluate import score_letter

    spec, doc, ex = _generated(template, 424242)
    L = ex.letter
    for path in ("member_id", "member_name"):
        f = L[path]
        if f["value"] is None:
            continue
        ev = f["evidence"][0]
        assert doc.pages[ev["page"] - 1].text[ev["start"]:ev["end"]] == ev["text"]
        assert re.sub(r"\W", "", ev["text"]).lower().endswith(re.sub(r"\W", "", str(f["value"])).lower()[-4:])
    for item in L["services"]:
        for code in item["codes"]:
            assert any(code in ev["text"] for ev in item["evidence"]), (code, item)
    for role, f in L["dates"].items():
        if f["value"]:
            assert f["evidence"], role
    scores = score_letter(spec.truth, L)
    mean = sum(scores.values()) / len(scores)
    assert mean >= 0.6, {k: v for k, v in scores.items() if v < 1}


@pytest.mark.slow
def test_scanned_letter_is_read_through_ocr():
    samplegen = pytest.importorskip("analyzer.samplegen")
    from analyzer.ingest import load_document
    from analyzer.nlp.evaluate import score_letter

    spec = samplegen.generate(77, template="kp_letterhead")
    scan = samplegen.render_scan(samplegen.render_pdf(spec, None))
    doc = load_document(scan, file_name="scan.pdf")
    assert doc.ocr_pages
    ex = extract(doc, build_doc(doc))
    s = score_letter(spec.truth, ex.letter)
    assert s["member_id"] == 1.0
    assert s["services.codes"] >= 0.5
    assert sum(s.values()) / len(s) >= 0.7, {k: v for k, v in s.items() if v < 1}


# --- experimental / investigational vs medical necessity -------------------------------------------------------
@pytest.mark.parametrize(
    "text, category",
    [
        # a letter that says both: the experimental reason is the operative one
        ("Why we made this decision\nWe cannot approve the implant because it is not medically necessary. The safety and "
         "efficacy of this device have not been established in peer-reviewed studies, so it is investigational.",
         "experimental_investigational"),
        # the statutory standard alone, with the medical-necessity words in the reason
        ("Why we made this decision\nThe requested infusion is not medically necessary for you.\nThe reviewer found the "
         "infusion is not likely to be more beneficial for your condition than any available standard therapy.",
         "experimental_investigational"),
        # "not experimental" is no experimental reason
        ("Why we made this decision\nThe requested MRI is not experimental, but it is not medically necessary because "
         "your records do not show six weeks of physical therapy.", "medical_necessity"),
        # a trial cited as evidence is no experimental reason
        ("Why we made this decision\nIn a large clinical trial, the drug helped patients with a higher body mass index. "
         "Your records do not show that you meet the criteria, so it is not medically necessary.", "medical_necessity"),
    ],
)
def test_experimental_or_medical_necessity(text, category):
    assert _letter("Dear Jane:\n" + text + "\n")["denial_category"]["value"] == category


def test_experimental_imr_boilerplate_stays_medical_necessity():
    # the rights text about the experimental IMR process, inside or outside a rights section, is no reason
    L = _letter("Dear Jane:\nWhy we made this decision\nWe cannot approve the MRI because it is not medically necessary. "
                "Your records do not show six weeks of physical therapy.\n"
                "Review by the State of California\nIf the decision is about medical necessity, experimental or "
                "investigational treatment, you can apply for an Independent Medical Review (IMR).\n"
                "Apply within six months; usually you must first complete our grievance process for 30 days, unless your "
                "case is urgent or involves an experimental treatment.\n"
                "You may qualify for an Independent Medical Review of decisions about experimental or investigational "
                "treatment.\n")
    assert L["denial_category"]["value"] == "medical_necessity"


def test_sentence_continuing_imr_rights_is_boilerplate():
    # the second sentence explains the IMR of the first: its "experimental" is no reason either
    L = _letter("Dear Jane:\nYou may be able to ask the Department of Managed Health Care for an Independent Medical "
                "Review (IMR). Doctors who do not work for us decide whether the service is medically necessary or "
                "whether an experimental treatment should be covered.\n")
    assert L["denial_category"]["value"] != "experimental_investigational"


def test_cited_criteria_title_is_not_an_experimental_reason():
    L = _letter("Dear Jane:\nWhy we made this decision\nYour tumor testing does not show the marker the drug needs, so "
                "the injection is not medically necessary.\nCriteria used: Medicare Benefit Policy Manual, Chapter 15, "
                "Section 50.4.5 (off-label anticancer drugs).\n")
    assert L["denial_category"]["value"] == "medical_necessity"


@pytest.mark.parametrize("sets", ["blind8", "fresh,blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22", "blind23", "blind24",
                                  "blind25", "blind26", "blind27", "blind28", "blind29", "blind30",
                                  "blind31", "blind32", "blind33", "blind34", "blind35", "blind36",
                                  "blind37", "blind38", "blind39", "blind40", "blind41", "blind42",
                                  "blind43", "blind44", "blind45", "blind46", "blind47", "blind48", "blind49", "blind50", "blind51", "blind52", "blind53", "blind54",
                                  "blind55", "blind56", "blind57", "blind58", "blind59", "blind60",
                                  "blind61", "blind62", "blind63", "blind64", "blind65", "blind66",
                                  "blind67", "blind68", "blind69"])
def test_training_refuses_the_blind_evaluation_set(sets):
    from analyzer.train import main

    with pytest.raises(SystemExit) as err:
        main(["--extra-sets", sets, "--out", "/nonexistent/never-written"])
    assert err.value.code == 2
